""" "Called" before a side's act judges the act; before a side or its leader it is a call (s33)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence
from detente.coding.ontology import EventType

DAY = dt.date(2022, 7, 1)


def _events(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {(e.event.value, tuple(e.source), tuple(e.target)) for e in code_sentence(text, date=DAY)}


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov called the Madrid decision a serious mistake.",
        "The Kremlin called Washington's move a hostile act.",
        "Peskov called the Vilnius statement a provocation.",
        "The ambassador called the Berlin measures unfriendly.",
    ],
)
def test_an_act_called_something_is_no_phone_call(text: str) -> None:
    assert all(t != EventType.CONSULT.value for t, _, _ in _events(text))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Biden called the German chancellor on Tuesday.", "DEU"),
        ("Putin called the Turkish president to discuss grain exports.", "TUR"),
        ("Lavrov called Madrid on Tuesday.", "ESP"),
    ],
)
def test_a_side_called_is_still_a_call(text: str, target: str) -> None:
    assert any(t == EventType.CONSULT.value and target in tg for t, _, tg in _events(text))
