"""Occupying a building: armed men seize it (COERCE, CAMEO 192), protesters hold a sit-in (PROTEST)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DAY = dt.date(2022, 6, 1)


def _typed(text: str) -> list[tuple[str, str]]:
    return [(e.event.value, e.mode) for e in code_sentence(text, date=DAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops occupied the nuclear power plant near Enerhodar.",
        "Rebels occupied the ministry building in the capital.",
    ],
)
def test_armed_men_occupying_a_building_seize_it(text: str) -> None:
    assert ("COERCE", "seize") in _typed(text)
    assert all(event != "PROTEST" for event, _ in _typed(text))


@pytest.mark.parametrize(
    "text", ["Protesters occupied the parliament building.", "Students occupied the campus for a week."]
)
def test_protesters_occupying_a_building_hold_a_sit_in(text: str) -> None:
    assert _typed(text) == [("PROTEST", "obstruct")]
