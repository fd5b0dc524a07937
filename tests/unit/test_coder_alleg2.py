"""ACCUSE beside another act: a crowd's charge, a state's report of a foreign craft, a breached truce."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence
from detente.coding.ontology import EventType

DATE = dt.date(2021, 5, 1)

Triple = tuple[str, tuple[str, ...], tuple[str, ...]]


def _triples(text: str) -> set[Triple]:
    return {(e.event.value, e.source, e.target) for e in code_sentence(text, date=DATE)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Protesters marched through Minsk, accusing the authorities of rigging the vote.",
            {("PROTEST", ("protesters",), ("BLR",)), ("ACCUSE", ("protesters",), ("BLR",))},
        ),
        (
            "Farmers rallied outside parliament in Paris, accusing the government of betraying rural France.",
            {("PROTEST", ("farmers",), ("FRA",)), ("ACCUSE", ("farmers",), ("FRA",))},
        ),
        (
            "Manila said a Chinese coast guard vessel had entered its waters near Scarborough Shoal.",
            {("ACCUSE", ("PHL",), ("CHN",))},
        ),
        (
            "Lithuania said a Belarusian military drone had crossed into its airspace.",
            {("ACCUSE", ("LTU",), ("BLR",))},
        ),
        (
            "Finland said a Russian helicopter had entered its airspace on Friday.",
            {("ACCUSE", ("FIN",), ("RUS",))},
        ),
        (
            "Armenia announced a truce, but Azerbaijani officials reported renewed shelling along the border.",
            {("CONCEDE", ("ARM",), ("AZE",)), ("ACCUSE", ("AZE",), ("ARM",))},
        ),
        (
            "Turkish jets shot down a Syrian helicopter, and Turkey said the helicopter had violated its airspace.",
            {("ASSAULT", ("TUR",), ("SYR",)), ("ACCUSE", ("TUR",), ("SYR",))},
        ),
        (
            "Indian troops shot down a Pakistani drone, and India said it had crossed the Line of Control.",
            {("ASSAULT", ("IND",), ("PAK",)), ("ACCUSE", ("IND",), ("PAK",))},
        ),
        (
            "Polish guards detained two Belarusian soldiers, and Poland said they had crossed the border illegally.",
            {("COERCE", ("POL",), ("BLR",)), ("ACCUSE", ("POL",), ("BLR",))},
        ),
    ],
)
def test_charge_beside_an_act(text: str, expected: set[Triple]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thousands rallied in Tbilisi, calling for early elections.",
        "Turkey said it had entered Syrian airspace by mistake.",
        "Estonia said its fighters had entered Latvian airspace during an exercise.",
        "Japan said a Chinese delegation had entered the talks in good faith.",
        "Russian jets bombed a Turkish convoy, and Russia said it had not crossed the border.",
        "Berlin said the French deployment was a step towards closer cooperation.",
        "Russian forces shelled Kharkiv overnight, Ukrainian officials said.",
    ],
)
def test_no_charge(text: str) -> None:
    assert EventType.ACCUSE not in {e.event for e in code_sentence(text, date=DATE)}


def test_judged_preparation_and_truce_on_a_place() -> None:
    assert ("ACCUSE", ("PRK",), ("KOR",)) in _triples(
        "Pyongyang said South Korea's drills were a rehearsal for invasion."
    )
    assert ("ACCUSE", ("RUS",), ("NATO",)) in _triples(
        "Moscow said the NATO exercises were preparations for war."
    )
    assert ("ACCUSE", ("RUS",), ("UKR",)) in _triples(
        "Kyiv declared a ceasefire for the harvest, but Russian-installed officials reported continued shelling "
        "near Kherson."
    )
    assert EventType.ACCUSE not in {
        e.event
        for e in code_sentence(
            "Seoul said the joint drills were preparation for a humanitarian mission.", date=DATE
        )
    }


def test_named_shelling_stays_the_attack() -> None:
    triples = _triples("Russian forces shelled Kharkiv overnight, Ukrainian officials said.")
    assert ("ASSAULT", ("RUS",), ("UKR",)) in triples
