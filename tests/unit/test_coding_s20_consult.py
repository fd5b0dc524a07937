"""Coder fixes of session 20 (helper "consult"): meetings told indirectly in official readouts
(:mod:`detente.coding.consults`). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

import coded

DAY = dt.date(2015, 6, 1)
PUTIN = "Vladimir Putin, President of Russia"


def _consults(text: str, **kw: object) -> set[coded.Triple]:
    return {t for t in coded.triples(text, DAY, sort=False, **kw) if t[0] == "CONSULT"}


# --- a domestic briefing on one's own trip or talks abroad (consults.briefed_on_own_trip)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sergei Lavrov updated the President on the outcome of his two-day trip to Italy.",
            ("CONSULT", ("RUS",), ("ITA",)),
        ),
        (
            "Foreign Minister Sergei Lavrov briefed Vladimir Putin on his recent trip to Turkey.",
            ("CONSULT", ("RUS",), ("TUR",)),
        ),
    ],
)
def test_briefing_on_own_trip_is_a_consult_with_the_side_visited(text: str, expected: coded.Triple) -> None:
    assert _consults(text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # a trip only spoken about, no briefing
        "Vladimir Putin spoke warmly of his recent trip to Turkey.",
        # someone else's trip, or a trip planned
        "Sergei Lavrov informed President Putin about the planned visit of the Turkish President.",
        # one's talks or meeting with another side reported home: not coded in the gold
        "Sergei Shoigu told Mr Putin how his meeting with the NATO Secretary-General had gone.",
    ],
)
def test_no_consult_for_a_trip_only_spoken_of(text: str) -> None:
    assert _consults(text) == set()


def test_briefing_a_foreign_leader_stays_the_one_consult() -> None:
    assert _consults("Mr Putin also informed Mr Obama about his visit to Turkey.") == {
        ("CONSULT", ("RUS",), ("USA",))
    }


# --- a topic "discussed with" another side, in the passive (consults.discussed_with)


def test_topic_discussed_with_a_side_is_a_joint_consult_of_the_sayer() -> None:
    text = (
        "Mr Putin called for a UN resolution on Iraq to be passed soon, adding that the question had been "
        "discussed with the German Chancellor."
    )
    assert ("CONSULT", ("RUS", "DEU"), ()) in _consults(text)


def test_topic_discussed_during_talks_with_a_side() -> None:
    text = (
        "The Russian President said the pipeline question had been discussed during his talks with the "
        "Georgian President, Eduard Shevardnadze."
    )
    assert _consults(text) == {("CONSULT", ("RUS", "GEO"), ())}


def test_topic_discussed_with_a_side_told_by_the_speaker() -> None:
    assert _consults("The issue of gas transit was discussed with the Turkish side.", context=PUTIN) == {
        ("CONSULT", ("RUS", "TUR"), ())
    }


def test_topic_to_be_discussed_with_a_side_is_future() -> None:
    found = coded.with_polarity(
        "Ukraine will be discussed with the German Chancellor next week.", DAY, context=PUTIN
    )
    assert ("CONSULT", ("DEU", "RUS"), (), "future") in found


@pytest.mark.parametrize(
    "text",
    [
        "The matter was raised with Russia.",  # the speaker is the side met: no second side
        "The budget was discussed with the ministers.",  # no other state
        "Ukraine was discussed by the Security Council.",  # the ordinary passive
    ],
)
def test_no_joint_consult_without_a_second_side(text: str) -> None:
    assert all(len(t[1]) < 2 for t in _consults(text, context=PUTIN))


# --- the speaker's "we talked about" in the statements after talks (consults.we_talked)


def _after_talks(lines: list[str]) -> list[list[tuple[str, list[str], list[str]]]]:
    return coded.stream(["Press statements following Russian-Armenian talks", *lines], DAY, PUTIN)


def test_we_talked_about_after_talks_is_both_sides() -> None:
    found = _after_talks(
        [
            "We talked about the situation in the South Caucasus.",
            "We noted our common positions in our exchange of views on regional issues.",
            "We also spoke about energy cooperation.",
        ]
    )
    for line in found[1:]:
        assert ("CONSULT", ["ARM", "RUS"], []) in line


@pytest.mark.parametrize(
    "text",
    [
        "We can talk about this later.",  # an offer
        "We talked about it with the Russian Prime Minister.",  # the speaker's own side
    ],
)
def test_we_talked_near_misses(text: str) -> None:
    assert not any(e[0] == "CONSULT" for e in _after_talks([text])[1])


def test_we_talked_outside_a_meeting_is_no_consult() -> None:
    # no meeting reported: "we" is the speaker's own side
    assert _consults("We talked about the situation in the housing sector.", context=PUTIN) == set()


# --- "spoke recently with" (patterns.toml)


def test_spoke_recently_with_a_leader() -> None:
    assert ("CONSULT", ("RUS",), ("SRB",)) in _consults(
        "I spoke recently with Serbia's President, and please give him my warm regards.",
        context=PUTIN,
    )


# --- "the talks with X" told by how they went (consults.judged_meeting_with)


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov said the talks with Kerry were constructive.",
        "Lavrov called the talks with Kerry useful.",
        "Sergei Ryabkov described the conversation with the American delegation as lengthy and businesslike.",
    ],
)
def test_talks_with_a_side_judged_are_a_joint_consult(text: str) -> None:
    assert _consults(text) == {("CONSULT", ("RUS", "USA"), ())}


@pytest.mark.parametrize(
    "text",
    [
        "The talks with Iran were postponed.",  # no word of how they went
        "Lavrov said the talks with Kerry would be difficult.",  # a forecast
        "Lavrov said the talks with Moscow were constructive.",  # no second side
    ],
)
def test_talks_with_a_side_near_misses(text: str) -> None:
    assert all(len(t[1]) < 2 for t in _consults(text))


# --- "military-political leadership" names the state's leadership (actors: compound modifier)


def test_military_political_leadership_is_the_states() -> None:
    text = "Mr Ivanov said that he and the United States military-political leadership had talked over arms control."
    assert _consults(text) == {("CONSULT", ("RUS", "USA"), ())}


def test_discussed_with_said_by_someone_unnamed_is_not_the_speakers() -> None:
    assert _consults("He said the bill was discussed with Ukrainian lawmakers.", context=PUTIN) == set()
