"""ACCUSE told by a clause beside another act: a participle's charge, a sayer's report of another's wrong."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence
from detente.coding.ontology import EventType

DATE = dt.date(2020, 6, 1)


def _triples(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {(e.event.value, e.source, e.target) for e in code_sentence(text, date=DATE)}


def _types(text: str) -> set[EventType]:
    return {e.event for e in code_sentence(text, date=DATE)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thousands marched through Tehran, alleging that the election had been rigged.",
            {("PROTEST", ("protesters",), ("IRN",)), ("ACCUSE", ("protesters",), ("IRN",))},
        ),
        (
            "Estonia said the Russian aircraft had violated its airspace twice.",
            {("ACCUSE", ("EST",), ("RUS",))},
        ),
        ("Seoul said a North Korean submarine torpedoed the corvette.", {("ACCUSE", ("KOR",), ("PRK",))}),
        (
            "Norway said the investigation had proven that a Russian drone downed the airliner.",
            {("ACCUSE", ("NOR",), ("RUS",))},
        ),
        (
            "Greek jets shot down a Turkish drone; Greece said the drone had violated its airspace.",
            {("ASSAULT", ("GRC",), ("TUR",)), ("ACCUSE", ("GRC",), ("TUR",))},
        ),
        (
            "Seoul cut trade with Pyongyang, saying a panel had proven that a North Korean torpedo sank the ship.",
            {("ACCUSE", ("KOR",), ("PRK",))},
        ),
        (
            "The EU froze the assets of Belarusian officials, citing the repression of peaceful protesters.",
            {("SANCTION", ("EU",), ("BLR",)), ("ACCUSE", ("EU",), ("BLR",))},
        ),
        (
            "Germany expelled two Russian diplomats over what it described as espionage.",
            {("SANCTION", ("DEU",), ("RUS",)), ("ACCUSE", ("DEU",), ("RUS",))},
        ),
    ],
)
def test_charge_in_a_clause(text: str, expected: set[tuple[str, tuple[str, ...], tuple[str, ...]]]) -> None:
    assert expected <= _triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey said its own aircraft had entered Syrian airspace by mistake.",
        "Germany said its troops had completed their withdrawal from Afghanistan.",
        "Thousands rallied in Berlin, calling for peace talks.",
        "Seoul said North Korean delegates had accepted the invitation.",
        "India signed a defence pact with France, saying the deal would deepen cooperation.",
        "Moscow said the Chinese delegation had arrived for talks.",
        "Canada imposed new sanctions on Iran, citing its nuclear programme.",
        "Germany expelled two Russian diplomats over what it called routine consular matters.",
        "Mali's junta ordered the Danish envoy to leave after what it called hostile remarks by Danish officials.",
    ],
)
def test_no_charge(text: str) -> None:
    assert EventType.ACCUSE not in _types(text)
