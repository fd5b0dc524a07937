"""Official readouts and transcripts: greetings, press appearances, passive topics, polite performatives,
plural titles after two demonyms, remembered history and plans that "call for" things; each rule with
look-alikes that must keep (or must not get) an event."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence
from detente.coding.document import RecordStream


def coded(text: str, date: str = "2010-05-04") -> set[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    return {
        (e.event.value, tuple(sorted(e.source)), tuple(sorted(e.target)), e.polarity.value)
        for e in code_sentence(text, date=dt.date.fromisoformat(date))
    }


def types(text: str) -> set[str]:
    return {e for e, _, _, _ in coded(text)}


# --- a welcome said as a greeting is no praise ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "President of Kazakhstan Nursultan Nazarbayev: Mr Chancellor, friends, welcome and good morning.",
        "It is a great pleasure to welcome the delegates of this international congress.",
        "I am delighted to welcome all of you to Kazan for the opening of the games.",
        "Welcome to Minsk, Mr President.",
    ],
)
def test_greeting_welcome_is_no_event(text: str) -> None:
    assert "SUPPORT" not in types(text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Moscow welcomed the ceasefire declared by Armenia.", ("RUS",), ("ARM",)),
        ("The Kremlin welcomes Finland's decision to stay neutral.", ("RUS",), ("FIN",)),
    ],
)
def test_welcome_of_an_act_stays_support(text: str, source: tuple[str, ...], target: tuple[str, ...]) -> None:
    assert any(e == "SUPPORT" and s == source and t == target for e, s, t, _ in coded(text))


# --- meeting the press is no meeting between the subjects -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "After their negotiations the leaders of Hungary and Slovakia met with journalists.",
        "The Presidents of Kazakhstan and Uzbekistan later met reporters in Astana.",
        "At the end of the visit the Prime Ministers of Japan and India met the press.",
    ],
)
def test_meeting_the_press_is_no_consult(text: str) -> None:
    assert "CONSULT" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Presidents of Kazakhstan and Uzbekistan met in Astana.",
        "The Hungarian Prime Minister met with the Slovak President.",
    ],
)
def test_meetings_between_leaders_stay(text: str) -> None:
    assert "CONSULT" in types(text)


# --- a passive topic of a readout: "came under discussion" ----------------------------------------------


def test_came_under_discussion_takes_the_meeting_sides() -> None:
    rs = RecordStream()
    day = dt.date(2004, 6, 2)
    rs("d-0", "The President of Kazakhstan and the Chinese President held talks in Beijing.", day, None)
    later = rs("d-1", "Energy transit through Central Asia also came under discussion.", day, None)
    raised = rs("d-2", "The question of water resources was also raised during the talks.", day, None)
    for events in (later, raised):
        assert [(e["event"], sorted(e["source"])) for e in events] == [("CONSULT", ["CHN", "KAZ"])]


def test_under_discussion_elsewhere_is_no_meeting_of_states() -> None:
    assert not any(s for _, s, _, _ in coded("The budget bill came under discussion in parliament."))


# --- "would like to thank / express / congratulate" is said now -----------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Italy would like to express its full solidarity with Greece.", ("GRC",)),
        ("Japan would like to once again congratulate Brazil on the election.", ("BRA",)),
        ("Canada would like to thank Norway for its mediation.", ("NOR",)),
    ],
)
def test_polite_performative_is_asserted(text: str, target: tuple[str, ...]) -> None:
    assert any(e == "SUPPORT" and t == target and p == "asserted" for e, _, t, p in coded(text))


@pytest.mark.parametrize(
    "text",
    [
        "Italy would express its solidarity with Greece if asked.",
        "If Norway mediated, Canada would like to thank it.",
    ],
)
def test_supposed_acts_stay_hypothetical(text: str) -> None:
    assert all(p == "hypothetical" for _, _, _, p in coded(text))


# --- "the Russian and Armenian Presidents": both states -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The Polish and Lithuanian Presidents held a meeting in Vilnius.", ("LTU", "POL")),
        ("The Greek and Cypriot Presidents held talks in Nicosia.", ("CYP", "GRC")),
    ],
)
def test_plural_title_after_two_demonyms(text: str, sides: tuple[str, ...]) -> None:
    assert ("CONSULT", sides, (), "asserted") in coded(text)


def test_named_institution_after_demonym_stays_a_name() -> None:
    # "the Russian Orthodox Church" is a name, not Russia
    assert not any(
        "RUS" in s for _, s, _, _ in coded("The Russian Orthodox Church welcomed the Pope's message.")
    )


# --- remembered history is no news ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "He recalled that Norway had been among the first to recognise Lithuania's independence.",
        "The minister remembered how Cuba had helped Angola in the seventies.",
    ],
)
def test_recalled_history_is_no_event(text: str) -> None:
    assert not coded(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Poland recalled its ambassador from Minsk.", "SANCTION"),
        ("We remember that Serbia is our friend, and so I thank Greece for its help.", "SUPPORT"),
    ],
)
def test_recalled_envoy_or_later_clause_stays(text: str, event: str) -> None:
    assert event in types(text)


# --- what a plan "calls for"; industrial "civilian" -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gazprom's updated development strategy calls for raising deliveries to China.",
        "The Indian government's programme calls for raising the share of civilian goods made by arms plants.",
    ],
)
def test_plan_calling_for_is_no_request(text: str) -> None:
    assert "REQUEST" not in types(text)


def test_company_calling_for_stays_a_request() -> None:
    assert "REQUEST" in types("Naftogaz called for raising deliveries to Poland.")


def test_resolution_calling_for_stays_a_request() -> None:
    assert "REQUEST" in types("The Security Council resolution calls on Israel to withdraw.")


def test_civilian_goods_are_no_civilians() -> None:
    text = "The Indian minister called for the share of civilian goods made by arms plants to rise."
    assert not any("civilians" in t for _, _, t, _ in coded(text))


def test_civilian_killed_stays() -> None:
    assert any("civilians" in t for _, _, t, _ in coded("A rocket attack killed a civilian in Kharkiv."))
