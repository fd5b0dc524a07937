"""Real Kremlin page wording of session 38 (:mod:`detente.coding.s38realpages`): a meeting's agenda told with
no sides, an audience greeted, a thing that offers, and a message of congratulation sent, with the near
misses of each.

The sentences are written for these tests, not taken from any gold set."""

from __future__ import annotations

import datetime as dt

from detente.coding import s38realpages
from detente.coding.coder import Event, code_sentence
from detente.coding.ontology import EventType, Polarity

DAY = dt.date(2004, 5, 6)

Coded = set[tuple[str, tuple[str, ...], tuple[str, ...]]]


def _coded(text: str) -> Coded:
    return {(e.event.name, e.source, e.target) for e in code_sentence(text, date=DAY)}


def _event(
    etype: EventType, source: tuple[str, ...], target: tuple[str, ...], span: tuple[int, int]
) -> Event:
    return Event(etype, "", source, target, Polarity.ASSERTED, "2004-05-06", "day", span)


# --- a meeting's agenda with no sides -----------------------------------------------------------------------


def test_sideless_agenda_dropped() -> None:
    text = "The session also discussed the building of new roads in the north."
    kept = s38realpages.settled(text, [_event(EventType.CONSULT, (), (), (0, 30))])
    assert kept == []


def test_agenda_with_sides_kept() -> None:
    text = "The discussion focused on trade between the two countries."
    event = _event(EventType.CONSULT, ("RUS", "FRA"), (), (0, 30))
    assert s38realpages.settled(text, [event]) == [event]


def test_sideless_talks_of_leaders_kept() -> None:
    # "the two leaders" are sides a later record may name: not a home meeting's agenda
    text = "The two leaders discussed the grain harvest."
    event = _event(EventType.CONSULT, (), (), (0, 30))
    assert s38realpages.settled(text, [event]) == [event]


def test_sideless_agenda_other_types_kept() -> None:
    text = "The meeting also discussed the ceasefire."
    event = _event(EventType.AGREE, (), (), (0, 20))
    assert s38realpages.settled(text, [event]) == [event]


# --- an audience greeted --------------------------------------------------------------------------------------


def test_audience_greeted_no_meeting() -> None:
    text = (
        "The President said he was happy to greet the people assembled at the French Embassy and believed "
        "Russia and France would become friends."
    )
    consult = _event(EventType.CONSULT, ("RUS",), ("FRA",), (0, 70))
    assert s38realpages.settled(text, [consult]) == []


def test_leader_welcomed_still_met() -> None:
    assert ("CONSULT", ("RUS",), ("DEU",)) in _coded(
        "President Putin welcomed Chancellor Schroeder at the airport."
    )


def test_audience_greeting_keeps_event_elsewhere() -> None:
    text = "He was glad to greet the guests. Later he held talks with the Chancellor of Germany."
    late = _event(EventType.CONSULT, ("RUS",), ("DEU",), (40, len(text)))
    assert s38realpages.settled(text, [late]) == [late]


# --- a thing that offers --------------------------------------------------------------------------------------


def test_route_offering_is_no_offer() -> None:
    text = "To open a new tourist route for the Moscow Kremlin offering walks across the grounds;"
    assert not {t for t, _, _ in _coded(text)} & {"AGREE"}


def test_state_offering_help_kept() -> None:
    assert ("AGREE", ("DEU",), ("RUS",)) in _coded("Germany is offering Russia help with the rescue.")


def test_thing_offering_lowercase_words_not_skipped() -> None:
    # the words between the noun and "offering" must be a name, not any words
    text = "They set up a programme for the people who are offering help to Serbia."
    event = _event(EventType.AGREE, ("RUS",), ("SRB",), (40, 60))
    assert s38realpages.settled(text, [event]) == [event]


# --- a message of congratulation (patterns.toml) -----------------------------------------------------------


def test_message_of_congratulation_sent() -> None:
    text = "Vladimir Putin sent a message of congratulation to President of Kyrgyzstan Askar Akayev."
    assert ("SUPPORT", ("RUS",), ("KGZ",)) in _coded(text)


def test_settled_never_raises_on_odd_input() -> None:
    assert s38realpages.settled("", []) == []
    assert s38realpages.settled("offer" * 1000, []) == []
    event = _event(EventType.CONSULT, (), (), (0, 1))
    assert s38realpages.settled("x" * 5000, [event]) == [event]
