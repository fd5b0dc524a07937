"""detente.coding.clauses: clause bounds and the sides named in a stretch of a sentence."""

from __future__ import annotations

from detente.coding.clauses import clause_end, clause_start, is_side, sides_between
from detente.coding.units import Unit


def _unit(start: int, end: int, code: str | None, *, locative: bool = False) -> Unit:
    return Unit(start, end, 0, 0, code, "actor", locative)


def test_sides_between_keeps_order_and_drops_repeats_groups_and_outsiders() -> None:
    units = [
        _unit(0, 6, "RUS"),
        _unit(10, 14, "NATO"),
        _unit(20, 26, "RUS"),
        _unit(30, 41, "journalists"),
        _unit(45, 50, None),
        _unit(60, 65, "USA"),
    ]
    assert sides_between(units, 0, 55) == ["RUS", "NATO"]
    assert sides_between(units, 8, 70) == ["NATO", "RUS", "USA"]
    assert sides_between(units, 11, 70) == ["RUS", "USA"]  # a mention cut by the bound is not inside
    assert sides_between([], 0, 100) == []


def test_places_can_be_left_out() -> None:
    units = [_unit(0, 6, "RUS"), _unit(15, 19, "LVA", locative=True)]
    assert sides_between(units, 0, 30) == ["RUS", "LVA"]
    assert sides_between(units, 0, 30, places=False) == ["RUS"]


def test_clause_bounds_and_sides() -> None:
    text = "Moscow protested; the Alliance replied: it was routine."
    assert clause_start(text, 20) == 17
    assert clause_end(text, 20) == text.index(":")
    assert clause_end(text, 0) == text.index(";")
    assert is_side("NATO") and not is_side("journalists") and not is_side(None) and not is_side("")
