"""Aircraft named by model in the plural are subjects: a bare verb after "F-16s" is their verb (s38)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DAY = dt.date(2015, 11, 24)


def _triples(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {(str(e.event), e.source, e.target) for e in code_sentence(text, date=DAY)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkish F-16s shoot down a Russian bomber over the border.", ("ASSAULT", ("TUR",), ("RUS",))),
        ("Russian MiG-31s violate Finnish airspace over the gulf.", ("MOBILIZE", ("RUS",), ("FIN",))),
        ("Two Russian Su-27s violate Latvian airspace.", ("MOBILIZE", ("RUS",), ("LVA",))),
    ],
)
def test_a_bare_verb_after_a_model_plural_is_read(text: str, expected: tuple[object, ...]) -> None:
    assert expected in _triples(text)


def test_the_past_tense_was_read_already_and_still_is() -> None:
    assert ("ASSAULT", ("TUR",), ("RUS",)) in _triples(
        "Turkish F-16s shot down a Russian bomber over the border."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Russia handed 2,500 assault rifles to the Syrian army.",  # a count, then a noun
        "The 1990s attacks on the region were recalled at the meeting.",  # a decade, then a noun
    ],
)
def test_counts_and_decades_before_a_noun_stay_nouns(text: str) -> None:
    assert not any(t[0] == "ASSAULT" for t in _triples(text))
