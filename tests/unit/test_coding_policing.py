"""Restrictions and custody told in news (:mod:`detente.coding.policing`, patterns ``# --- s28-coerce``).

The sentences are written for these tests, not taken from the pages of any gold set."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DAY = dt.date(2023, 3, 14)


def _coerce(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(e.source, e.target) for e in code_sentence(text, date=DAY) if e.event.name == "COERCE"]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Greece and Malta added to Irish quarantine list", (("IRL",), ("GRC", "MLT"))),
        ("Ireland added Greece and Malta to its quarantine list on Monday.", (("IRL",), ("GRC", "MLT"))),
        ("Malta was removed from Ireland's travel corridors list.", (("IRL",), ("MLT",))),
    ],
)
def test_a_quarantine_list_is_its_owners_measure(
    text: str, sides: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    assert sides in _coerce(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Spanish government ordered travellers from Portugal to self-isolate for ten days.",
        "The three smugglers will each serve six years in prison.",
    ],
)
def test_custody_and_quarantine_wordings(text: str) -> None:
    assert _coerce(text)


@pytest.mark.parametrize(
    "text",
    [
        "He served two years in the army before joining the bank.",
        "The chef added two spoons of sugar to the list of ingredients.",
        "The engineer charged the battery before the long drive to the coast.",
        "The band's new album is a study in arrested development.",
    ],
)
def test_no_custody_or_quarantine(text: str) -> None:
    assert _coerce(text) == []
