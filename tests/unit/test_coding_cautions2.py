"""Session 32 (cautions2, :mod:`detente.coding.cautions2`): intentions signalled, intimidation refused and
platforms said to be abused, with near misses.

The sentences are written for these tests, not taken from any gold set."""

from __future__ import annotations

import datetime as dt

from tests.badinput import coded_twice_cleanly, near_limit

from detente.coding import cautions2
from detente.coding.coder import Event, Polarity, code_sentence
from detente.coding.ontology import EventType
from detente.coding.patterns import tokenize
from detente.coding.roleparts import Roles

DAY = dt.date(2023, 6, 1)

Coded = set[tuple[str, tuple[str, ...], tuple[str, ...], str]]


def _coded(text: str) -> Coded:
    return {(e.event.name, e.source, e.target, e.polarity.name) for e in code_sentence(text, date=DAY)}


def _types(text: str) -> set[str]:
    return {e.event.name for e in code_sentence(text, date=DAY)}


def _make(
    etype: EventType, mode: str, roles: Roles, polarity: Polarity, start: int, end: int, trigger: str
) -> Event:
    return Event(etype, mode, roles.source, roles.target, polarity, "", "", roles.span, anchor=(start, end))


# --- an intention signalled ----------------------------------------------------------------------------------
def test_a_signalled_trip_is_a_future_visit() -> None:
    coded = _coded("The Hungarian premier signaled his intention to travel to Beijing in the autumn.")
    assert ("CONSULT", ("HUN",), ("CHN",), "FUTURE") in coded
    assert not {"THREATEN", "AGREE"} & {c[0] for c in coded}


def test_a_signalled_exit_from_a_pact_is_a_future_sanction() -> None:
    coded = _coded("Moscow has signalled its intention to withdraw from the missile treaty with Washington.")
    assert any(c[0] == "SANCTION" and c[1] == ("RUS",) and c[3] == "FUTURE" for c in coded)
    assert "THREATEN" not in {c[0] for c in coded}


def test_a_signalled_strike_stays_a_threat() -> None:
    assert "THREATEN" in _types("Tehran signalled its intention to strike Israel.")


def test_signalled_intent_to_keep_talking_stays_agree() -> None:
    assert "AGREE" in _types("Paris and Rome signalled their intention to continue the dialogue.")


def test_an_intention_denied_is_no_future_act() -> None:
    coded = _coded("Moscow has not signalled any intention to withdraw from the missile treaty.")
    assert not any(c[0] == "SANCTION" and c[3] == "FUTURE" for c in coded)


# --- intimidation refused ------------------------------------------------------------------------------------
def test_refusing_intimidation_is_no_threat_back() -> None:
    coded = _coded(
        "The Alliance will not be intimidated by Moscow's reckless atomic signalling "
        "and will continue to defend every inch of its territory."
    )
    assert not any(c[0] == "THREATEN" and c[1] == ("NATO",) for c in coded)


def test_a_plain_threat_by_the_alliance_is_kept() -> None:
    sentence = "NATO threatened Russia with a firm response to any incursion."
    assert ("THREATEN", ("NATO",), ("RUS",), "ASSERTED") in _coded(sentence)


def test_intimidation_refused_reading_keeps_other_threats() -> None:
    threat = Event(
        EventType.THREATEN, "", ("NATO",), ("RUS",), Polarity.ASSERTED, "", "", (0, 4), anchor=(0, 4)
    )
    text = "NATO warned Russia, and said it would not be intimidated by Moscow."
    out = cautions2.intimidation_refused(text, [], [threat])
    assert out == [threat]


# --- abuse warned --------------------------------------------------------------------------------------------
def test_warning_of_platforms_exploited_by_a_side_accuses_that_side() -> None:
    coded = _coded("Poland warned that online platforms were being exploited by Belarus to spread lies.")
    assert ("ACCUSE", ("POL",), ("BLR",), "ASSERTED") in coded
    assert not any(c[0] == "ACCUSE" and "POL" in c[2] for c in coded)


def test_warning_of_platforms_exploited_by_no_one_named_is_the_warners_charge() -> None:
    coded = _coded("Spain's interior minister warned that digital platforms are being abused to stir unrest.")
    assert ("ACCUSE", ("ESP",), (), "ASSERTED") in coded
    assert not any(c[0] == "ACCUSE" and "ESP" in c[2] for c in coded)


def test_platforms_not_being_exploited_is_no_charge() -> None:
    coded = _coded("Poland said that online platforms are not being exploited by Belarus.")
    assert not any(c[0] == "ACCUSE" and c[1] == ("POL",) for c in coded)


def test_a_road_being_used_is_no_charge() -> None:
    coded = _coded("Poland warned that the bridge is being used by Belarus.")
    assert not any(c[0] == "ACCUSE" and c[1] == ("POL",) and c[2] == ("BLR",) for c in coded)


# --- bad input -----------------------------------------------------------------------------------------------
def test_bad_input_is_returned_as_it_is() -> None:
    threat = Event(EventType.THREATEN, "", ("RUS",), ("NATO",), Polarity.ASSERTED, "", "", (0, 3))
    for text in ("", "12 345 --- !!!", "signalled its intention to " * 5000):
        assert cautions2.settled(text, tokenize(text[:2000]), [], [threat], _make) == [threat]
    for text in (
        "",
        "... ;; ?",
        near_limit("Russia signalled its intention to visit Paris and will not be intimidated by "),
        near_limit("France warned that platforms are being exploited by Russia "),
    ):
        coded_twice_cleanly(text, date=DAY)
