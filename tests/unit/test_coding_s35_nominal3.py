"""s35-nominal3: acts told as noun phrases that a protest or a condemnation is aimed at."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import nominal3
from detente.coding.coder import code_sentence
from detente.coding.patterns import tokenize

DAY = dt.date(2024, 3, 1)


def _triples(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {
        (e.event.value, tuple(sorted(e.source)), tuple(sorted(e.target)))
        for e in code_sentence(text, date=DAY)
    }


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the object of a protest, read again in a judging frame
        (
            "Moscow protested against Estonia's expulsion of two Russian envoys.",
            ("SANCTION", ("EST",), ("RUS",)),
        ),
        ("Beijing protested against the EU's sanctions on Chinese firms.", ("SANCTION", ("EU",), ("CHN",))),
        # a military intervention or a bombing campaign with its doer and its place
        (
            "Students in Vilnius rallied against Russia's military intervention in Georgia.",
            ("MOBILIZE", ("RUS",), ("GEO",)),
        ),
        (
            "Crowds in Belgrade demonstrated over the NATO bombing campaign in Yugoslavia.",
            ("ASSAULT", ("NATO",), ("SRB",)),
        ),
        ("Russia condemned the Turkish military intervention in Syria.", ("MOBILIZE", ("TUR",), ("SYR",))),
    ],
)
def test_noun_acts_protested_or_condemned(
    text: str, want: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert want in _triples(text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Crowds rallied against its expulsion of Russian diplomats.", "SANCTION"),  # a pronoun owner
        (
            "Crowds rallied against Latvia's expulsion of Russian diplomats in 2018.",
            "SANCTION",
        ),  # dated: background
        ("Moscow protested against the expulsion of two Russian envoys.", "SANCTION"),  # no doer named
        ("Crowds rallied against Latvia's expulsion of its own diplomats.", "SANCTION"),  # no one aimed at
        (
            "Several hundred people protested against the NATO air strikes.",
            "ASSAULT",
        ),  # no one attacked named
        ("Crowds demonstrated over the NATO bombing campaign.", "ASSAULT"),
        ("Students would rally against Russia's military intervention in Georgia.", "MOBILIZE"),  # modal
        ("Students rallied against their military intervention in Georgia.", "MOBILIZE"),
        ("Activists protested against plans for a French military intervention in Mali.", "MOBILIZE"),
        ("Thousands protested against the possible Turkish military intervention in Syria.", "MOBILIZE"),
        ("Trade fell after the Turkish military intervention in Syria.", "MOBILIZE"),  # a time marker
        ("Ministers met to discuss the Turkish military intervention in Syria.", "MOBILIZE"),  # a purpose
        ("Russia did not condemn the Turkish military intervention in Syria.", "MOBILIZE"),
        ("Moscow called for an end to the Turkish military intervention in Syria.", "MOBILIZE"),  # a demand
        ("Moscow protested against the military intervention in Syria.", "MOBILIZE"),  # no doer named
    ],
)
def test_look_alikes_add_nothing(text: str, etype: str) -> None:
    assert all(t[0] != etype for t in _triples(text))


@pytest.mark.parametrize("text", ["", "!!! ??? ...", "protested against " * 6000])
def test_bad_input(text: str) -> None:
    assert code_sentence(text, date=DAY) == []


def test_settled_without_events_or_reread() -> None:
    text = "Crowds rallied against Latvia's expulsion of Russian diplomats."
    assert nominal3.settled(text, tokenize(text), [], [], lambda *a: None, None) == []  # type: ignore[arg-type,return-value]
    long = "Crowds rallied against Latvia's expulsion of Russian diplomats. " * 20
    assert nominal3.settled(long, tokenize(long), [], [], lambda *a: None, None) == []  # type: ignore[arg-type,return-value]
