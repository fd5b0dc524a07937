"""Look-alikes found in rules-2026.27's session: "striking" naming people on strike."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DAY = dt.date(2023, 3, 7)


def types(text: str) -> set[str]:
    return {e.event.value for e in code_sentence(text, date=DAY)}


@pytest.mark.parametrize(
    "text",
    [
        "Striking miners blocked the main road to the capital.",
        "Thousands of striking rail workers marched through Paris.",
        "Striking public sector employees rallied outside parliament in Athens.",
    ],
)
def test_people_on_strike_are_not_struck(text: str) -> None:
    assert "ASSAULT" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russian missiles were striking Kyiv through the night.",
        "Israeli aircraft struck targets in Gaza.",
    ],
)
def test_strikes_on_places_are_still_attacks(text: str) -> None:
    assert "ASSAULT" in types(text)
