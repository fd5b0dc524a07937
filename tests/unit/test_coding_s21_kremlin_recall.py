"""Readouts of talks (s21-kremlin-recall, :mod:`detente.coding.readouts`): an exchange of views, the
speaker's "we had talks", the agenda of the talks, attention drawn to a hostile act and a shared stance;
with the look-alikes that must stay out and bad input."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from tests.coded import triples, with_polarity

from detente.coding import readouts
from detente.coding.coder import code_sentence

DAY = dt.date(2018, 3, 2)
PUTIN = "Vladimir Putin, President of Russia"
MEETING: dict[str, Any] = {"participants": ("RUS", "FRA"), "reported_meeting": True}
TRIO: dict[str, Any] = {"participants": ("RUS", "IRN", "TUR"), "reported_meeting": True}


def types(text: str, **kw: Any) -> set[str]:
    return {t[0] for t in triples(text, DAY, **kw)}


# --- an exchange of views -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "While exchanging views on Syria, the Russian President informed his counterpart of the talks in Astana.",
        "The two presidents continued exchanging views on the prospects for a settlement in Libya.",
        "The exchange of views was frank and businesslike.",
    ],
)
def test_exchange_of_views_is_a_consult_of_the_meeting_sides(text: str) -> None:
    assert ("CONSULT", ("FRA", "RUS"), ()) in triples(text, DAY, **MEETING)


def test_exchange_of_views_to_come_is_future() -> None:
    got = with_polarity("The delegations will exchange views on arms control.", DAY, **MEETING)
    assert ("CONSULT", ("FRA", "RUS"), (), "future") in got


@pytest.mark.parametrize(
    "text",
    [
        "While exchanging views on Syria, the minister spoke of the harvest.",  # no meeting reported
        "The exchange of prisoners took place at the border.",  # not views
    ],
)
def test_exchange_outside_a_reported_meeting_is_not_read(text: str) -> None:
    assert "CONSULT" not in types(text)


# --- the speaker's "we had talks" --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We had very useful and detailed talks today.",
        "We have had a thorough discussion on the energy partnership.",
    ],
)
def test_we_had_talks_is_both_sides(text: str) -> None:
    assert ("CONSULT", ("FRA", "RUS"), ()) in triples(text, DAY, context=PUTIN, **MEETING)


def test_we_discussed_with_three_sides() -> None:
    got = triples("At the summit we also discussed the situation in Idlib.", DAY, context=PUTIN, **TRIO)
    assert ("CONSULT", ("IRN", "RUS", "TUR"), ()) in got


@pytest.mark.parametrize(
    "text",
    [
        "We can have talks whenever our partners are ready.",  # an offer
        "We had a good harvest this year.",  # no talks
    ],
)
def test_we_had_look_alikes(text: str) -> None:
    assert "CONSULT" not in types(text, context=PUTIN, **MEETING)


def test_we_had_talks_needs_the_speaker_among_the_sides() -> None:
    kw = {"participants": ("DEU", "FRA"), "reported_meeting": True}
    assert "CONSULT" not in types("We had substantive talks.", context=PUTIN, **kw)


# --- the agenda of the talks ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On the agenda were energy supplies and the situation in the Middle East.",
        "The meeting's agenda included investment, transport and education.",
        "The agenda of the talks covered regional security.",
    ],
)
def test_agenda_of_the_reported_meeting_is_a_consult(text: str) -> None:
    assert ("CONSULT", ("FRA", "RUS"), ()) in triples(text, DAY, **MEETING)


@pytest.mark.parametrize(
    "text",
    [
        "The agenda includes European security and the coming summit.",  # announced, not held
        "Energy is high on the agenda of his meetings this week.",  # a time marker
        "Pension reform is on the agenda.",
    ],
)
def test_agenda_look_alikes(text: str) -> None:
    assert "CONSULT" not in types(text, **MEETING)


def test_agenda_without_a_meeting_is_not_read() -> None:
    assert "CONSULT" not in types("On the agenda were housing and utilities.")


# --- attention drawn to a hostile act ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vladimir Putin drew attention to the shelling of residential areas by the Ukrainian armed forces.",
            ("ACCUSE", ("RUS",), ("UKR",)),
        ),
        (
            "Putin drew the Chancellor's attention to the anti-Russian campaign by the British authorities.",
            ("ACCUSE", ("RUS",), ("GBR",)),
        ),
        ("We drew attention to Georgia's provocations in the region.", ("ACCUSE", ("RUS",), ("GEO",))),
    ],
)
def test_attention_drawn_to_a_hostile_act(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert expected in triples(text, DAY, context=PUTIN)


@pytest.mark.parametrize(
    "text",
    [
        "Putin drew attention to the weakness of the existing legal framework.",  # nothing hostile
        "Putin drew attention to the anti-terrorist campaign by the Syrian army.",  # anti- a threat, not a state
        "Putin drew attention to the shelling of residential areas.",  # no doer named
        "The exhibition drew a large crowd to the anti-war rally.",  # no attention drawn
    ],
)
def test_attention_drawn_look_alikes(text: str) -> None:
    assert "ACCUSE" not in types(text, context=PUTIN)


# --- the speaker's "we cooperate" -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We cooperate closely within the Eurasian Economic Union.",
        "We are working together on the new railway.",
        "We implement joint projects in energy and transport.",
    ],
)
def test_we_cooperate_is_both_sides(text: str) -> None:
    assert ("COOPERATE", ("FRA", "RUS"), ()) in triples(text, DAY, context=PUTIN, **MEETING)


@pytest.mark.parametrize(
    "text",
    [
        "We will work together on the new railway.",  # a pledge, not work done
        "Life demands that we carry out such projects.",  # not joint
        "We carry out many kinds of activity.",
    ],
)
def test_we_cooperate_look_alikes(text: str) -> None:
    assert "COOPERATE" not in types(text, context=PUTIN, **MEETING)


def test_we_cooperate_needs_a_reported_meeting_of_the_speaker() -> None:
    assert "COOPERATE" not in types("We are working together on the new railway.", context=PUTIN)


# --- joint exercises named with their partner ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Drills took place in the Baltic, as well as joint naval exercises with India in the Bay of Bengal.",
            ("COOPERATE", ("IND", "RUS"), ()),
        ),
        # read by the ordinary trigger already, one way
        ("China's joint drills with Russia ended on Friday.", ("COOPERATE", ("CHN",), ("RUS",))),
    ],
)
def test_joint_drills_with_a_partner(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert expected in triples(text, DAY, context=PUTIN)


@pytest.mark.parametrize(
    "text",
    [
        "Joint exercises were held in the Arctic.",  # no partner named
        "The joint statement with France was signed.",  # not drills
    ],
)
def test_joint_drills_look_alikes(text: str) -> None:
    assert "COOPERATE" not in types(text)


# --- the host's welcome to a place --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Allow me to welcome you to Kazan.",
        "Mr President, let me wish you a very warm welcome to the Kremlin.",
    ],
)
def test_host_welcomes_the_guest_to_a_place(text: str) -> None:
    assert ("CONSULT", ("RUS",), ("FRA",)) in triples(text, DAY, context=PUTIN, **MEETING)


@pytest.mark.parametrize(
    "text",
    [
        "I am so glad to welcome you here today.",  # no place
        "Colleagues, welcome and good afternoon.",
        "We welcome you to invest in Russia.",  # a doing, not a place
        "I welcome you and wish success to Ivanov.",
    ],
)
def test_welcome_look_alikes(text: str) -> None:
    assert "CONSULT" not in types(text, context=PUTIN, **MEETING)


def test_welcome_outside_a_meeting_is_a_greeting() -> None:
    assert "CONSULT" not in types("Allow me to welcome you to Kazan.", context=PUTIN)


# --- strikes named in the topic of talks --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers discussed Lebanon, including recent air strikes by the Israeli Air Force near Beirut.",
            ("ASSAULT", ("ISR",), ("LBN",)),
        ),
        (
            "Putin and Erdogan discussed the situation in Syria after recent air strikes carried out by Turkey.",
            ("ASSAULT", ("TUR",), ("SYR",)),
        ),
    ],
)
def test_strikes_in_the_topic_of_talks(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert expected in triples(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Putin and Erdogan discussed possible missile strikes by the United States on Syria.",  # not done
        "Putin and Erdogan discussed strikes by the United States.",  # no marked strikes, no target
        "Brutal raids by militants must not go unpunished.",  # no talks
    ],
)
def test_strikes_look_alikes(text: str) -> None:
    assert "ASSAULT" not in types(text)


# --- a pair who spoke about a topic --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vladimir Putin and Emmanuel Macron also spoke about the situation in Libya.", ("FRA", "RUS")),
        ("Putin and Erdogan talked about gas supplies.", ("RUS", "TUR")),
    ],
)
def test_pair_spoke_about_is_a_consult_of_both(text: str, expected: tuple[str, ...]) -> None:
    assert ("CONSULT", expected, ()) in triples(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Mr Putin also spoke about the prospects of the World Trade Organisation.",  # one speaker
        "Vladimir Putin and Dmitry Medvedev spoke about the budget.",  # one state
        "Relations between Russia and Italy spoke of trust.",
    ],
)
def test_pair_spoke_about_look_alikes(text: str) -> None:
    assert "CONSULT" not in types(text)


# --- a briefing of "his counterpart" -------------------------------------------------------------------


def test_briefed_named_counterpart() -> None:
    got = triples("Putin informed his Italian counterpart about the talks in Astana.", DAY)
    assert ("CONSULT", ("RUS",), ("ITA",)) in got


@pytest.mark.parametrize(
    "text",
    [
        "Mr Putin told his host about his telephone conversations with the US President.",
        "The Russian President also told his colleague about the results of his meeting in Brussels.",
    ],
)
def test_briefed_host_is_the_other_side(text: str) -> None:
    assert ("CONSULT", ("RUS",), ("FRA",)) in triples(text, DAY, **MEETING)


@pytest.mark.parametrize(
    "text",
    [
        "Mr Putin told his colleagues in the government about the talks.",  # his own circle
        "Mr Putin told his colleague in the Kremlin about the talks.",
    ],
)
def test_briefed_own_circle_is_not_read(text: str) -> None:
    assert ("CONSULT", ("RUS",), ("FRA",)) not in triples(text, DAY, **MEETING)


def test_briefed_host_without_a_meeting_is_not_read() -> None:
    assert "CONSULT" not in types("Mr Putin told his host about the talks in Astana.")


# --- bad input ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "— ... !!!",
        "1234 5678",
        "we had",
        "We had very",
        "drew attention to",
        "drew attention to the anti-",
        "On the agenda",
        "On the agenda were",
        "The meeting's agenda",
        "exchange of",
        "We are working",
        "joint exercises with",
        "welcome you to",
        "Putin told his",
        "Putin told his Italian",
        "Putin and Macron spoke",
        "Putin and Macron spoke about",
        "discussed recent missile strikes by",
        "discussed recent missile strikes by the",
        "Allow me to welcome you to the",
        "agenda " * 20_000,
        "we had talks drew attention to shelling by welcome you to joint drills with exchanging views "
        * 1_500,
    ],
)
def test_bad_input_gives_a_list(text: str) -> None:
    for kw in ({}, MEETING, {"context": PUTIN, **TRIO}):
        assert isinstance(code_sentence(text, date=DAY, **kw), list)


def test_may_read_is_a_cheap_guard() -> None:
    assert readouts.may_read({"agenda"})
    assert readouts.may_read({"drew", "attention"})
    assert not readouts.may_read({"drew", "picture"})
    assert not readouts.may_read(set())
