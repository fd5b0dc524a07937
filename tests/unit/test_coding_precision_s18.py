"""Precision fixes of the s18 real-text audit: look-alikes of PLOVER events found in a random sample of
coded real sentences (Kremlin pages and English news), each with a near sentence that must still code the
event. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DAY = dt.date(2020, 6, 1)


def _types(text: str) -> set[str]:
    return {e.event.value for e in code_sentence(text, date=DAY)}


def _events(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event.value, e.source, e.target) for e in code_sentence(text, date=DAY)]


# --- MOBILIZE look-alikes: servicemen's pay, civil infrastructure, "creative muscles", arms inspections,
# election campaigns mobilising, a palate "buzzing from" a drink


@pytest.mark.parametrize(
    "text",
    [
        "The government has raised service pay and increased military pensions this year.",
        "We have done much to bolster social guarantees for military service personnel and their families.",
        "Incomes grew because the state increased payouts to servicemen and military veterans.",
        "The ministry is building up port infrastructure along the northern sea route.",
        "She joined the charity to build up the organisation's infrastructure.",
        "The new job lets him flex his creative muscles every day.",
        "Russia proposed conducting an inspection at the airfield where the chemical attack was alleged.",
        "With the primaries over, the party campaigns will mobilise in the autumn.",
        "My ears were still buzzing from the concert.",
    ],
)
def test_mobilize_lookalike_codes_no_mobilize(text: str) -> None:
    assert "MOBILIZE" not in _types(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Russia increased its military presence near the Estonian border.", "RUS"),
        ("NATO is building up military infrastructure in Poland.", "NATO"),
        ("China flexed its military muscles near Taiwan this week.", "CHN"),
        (
            "Russia conducted a snap inspection of the combat readiness of its Western Military District troops.",
            "RUS",
        ),
        ("Russia mobilised 300,000 reservists in September.", "RUS"),
        ("Russian jets buzzed a US destroyer in the Baltic Sea.", "RUS"),
    ],
)
def test_mobilize_kept(text: str, source: str) -> None:
    assert any(t == "MOBILIZE" and source in s for t, s, _ in _events(text))
