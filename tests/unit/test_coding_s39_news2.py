"""s39news2: acts between domestic and unnamed sides in news ledes (examples in our own words)."""

from __future__ import annotations

import datetime as dt

from detente.coding.coder import code_sentence

_DAY = dt.date(2024, 5, 1)


def _types(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event.value, e.source, e.target) for e in code_sentence(text, date=_DAY)]


def test_meeting_between_offices_is_consult() -> None:
    assert [t for t, _, _ in _types("The senator met with the mayor about the harbour plan.")] == ["CONSULT"]
    assert ("CONSULT", ("unions",), ()) in _types("Union leaders met the premier to talk about pensions.")


def test_fine_by_a_regulator_is_coerce() -> None:
    assert [t for t, _, _ in _types("The regulator fined the bank over its card fees.")] == ["COERCE"]
    assert [t for t, _, _ in _types("The firm was fined a large sum by the regulator.")] == ["COERCE"]


def test_blame_praise_and_asks_of_offices() -> None:
    assert [t for t, _, _ in _types("The mayor criticized the firm for the oil leak.")] == ["ACCUSE"]
    assert ("SUPPORT", ("workers",), ("farmers",)) in _types("Unions backed the farmers in their dispute.")
    assert [t for t, _, _ in _types("The governor asked the cabinet for flood money.")] == ["REQUEST"]


def test_near_misses_stay_silent() -> None:
    assert _types("The mayor met reporters outside the town hall.") == []  # no actor's word after the verb
    assert "CONSULT" not in [t for t, _, _ in _types("The senator met with police after the break-in.")]
    # a name the dictionary does not know is left to the readers above
    made = code_sentence("The Valdoria government met with the mayor on Friday.", date=_DAY)
    assert all(e.trigger != "s39-news2" for e in made)


def test_hostile_inputs() -> None:
    assert _types("") == []
    assert _types("!!! ??? 123") == []
    assert isinstance(_types("The mayor met the governor. " * 4000), list)
