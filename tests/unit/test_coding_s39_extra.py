"""Extra event types dropped beside the right one (s39-extra); examples in our own words."""

from __future__ import annotations

import datetime as dt

from detente.coding import s39extra
from detente.coding.coder import code_sentence

DAY = dt.date(2024, 5, 2)


def _types(text: str) -> set[str]:
    return {e.event.value for e in code_sentence(text, date=DAY)}


def test_protests_named_as_a_charge_are_not_a_protest() -> None:
    text = "Moscow accused Western embassies of inciting the demonstrations and expelled two diplomats."
    assert "PROTEST" not in _types(text)
    assert {"ACCUSE", "SANCTION"} <= _types(text)


def test_protests_ahead_of_a_repeated_day_are_a_setting() -> None:
    text = "Some 60,000 gendarmes were deployed across France ahead of another day of protests."
    assert "PROTEST" not in _types(text)
    assert "MOBILIZE" in _types(text)


def test_protests_that_are_the_act_are_kept() -> None:
    text = "The opposition staged protests in twenty cities, and police detained hundreds."
    assert {"PROTEST", "COERCE"} <= _types(text)


def test_a_purpose_clause_is_not_a_ceasefire() -> None:
    text = "The Russian Air Force struck militant positions near Palmyra to halt their offensive."
    assert "RETREAT" not in _types(text)
    assert "ASSAULT" in _types(text)


def test_a_ceasefire_asked_for_is_left_to_the_request() -> None:
    text = "Moscow calls on Kyiv to halt the shelling of towns in the Donbass at once."
    assert "RETREAT" not in _types(text) or "REQUEST" in _types(text)


def test_an_annexation_treaty_is_not_support() -> None:
    text = "Moscow annexed four regions, with Putin signing treaties incorporating them into Russia."
    got = _types(text)
    assert "COERCE" in got
    assert "SUPPORT" not in got and "AGREE" not in got


def test_a_treaty_signed_without_annexation_is_kept() -> None:
    text = "Russia and Kazakhstan signed a treaty on good-neighbourly relations in Moscow on Friday."
    assert _types(text) & {"AGREE", "SUPPORT", "COOPERATE"}


def test_a_state_permitting_itself_is_not_cooperation() -> None:
    text = (
        "The Federation Council gave President Putin permission to use the armed forces abroad, "
        "and NATO condemned the move."
    )
    got = _types(text)
    assert "COOPERATE" not in got
    assert "ACCUSE" in got


def test_hostile_inputs() -> None:
    assert s39extra.settled("", []) == []
    assert s39extra.settled("!!! ??? ...", []) == []
    long = "Allies held talks to halt their protests. " * 3000
    assert isinstance(code_sentence(long[:100_000], date=DAY), list)
    events = code_sentence("NATO suspended cooperation with Russia.", date=DAY)
    assert s39extra.settled("x" * 10_000, events) == events
