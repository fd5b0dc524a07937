"""The passive-restriction reader (detente.coding.restrictions): measures announced without their doer.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

import coded
from detente.coding.coder import code_sentence

DAY = dt.date(2020, 6, 1)


def _events(text: str, context: str | None = None) -> set[coded.Triple]:
    return coded.triples(text, DAY, sort=False, context=context)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On a reciprocal basis, entry into the Russian Federation has been closed to several US senators.",
            ("SANCTION", ("RUS",), ("USA",)),
        ),
        (
            "Access to NATO Headquarters for Russian diplomats has been restricted from today.",
            ("SANCTION", ("NATO",), ("RUS",)),
        ),
        ("Russian gas supplies to Ukraine were cut off on Monday.", ("SANCTION", ("RUS",), ("UKR",))),
        # with no speaker and no doer named, a measure against a Western side is Russia's (s28-sides)
        (
            "Rail and postal communications with Georgia have been suspended.",
            ("SANCTION", ("RUS",), ("GEO",)),
        ),
        ("Imports of Polish apples are banned from Monday.", ("SANCTION", ("RUS",), ("POL",))),
        ("Imports of Chinese apples are banned from Monday.", ("SANCTION", (), ("CHN",))),
        ("Polish airspace has been closed to Belarusian aircraft.", ("SANCTION", ("POL",), ("BLR",))),
    ],
)
def test_restriction_without_its_doer_is_a_sanction(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert expected in _events(text)


def test_the_speaker_imposes_it() -> None:
    events = _events(
        "Air, sea and postal communications with Georgia have been suspended until further notice.",
        context="Statement by the Russian Ministry of Foreign Affairs",
    )
    assert ("SANCTION", ("RUS",), ("GEO",)) in events


def test_negated_restriction_is_negated() -> None:
    [event] = [e for e in code_sentence("Imports of Turkish tomatoes have not been banned.", date=DAY)]
    assert event.event.value == "SANCTION" and event.polarity.value == "negated"


@pytest.mark.parametrize(
    "text",
    [
        "Flights at Sheremetyevo were suspended because of the snowstorm.",  # no actor it is aimed at
        "Access to the site is restricted to registered users.",
        "The road was closed for two hours because of the accident.",
        "The border between the two countries has been closed since 1993.",  # not an item of the list
        "Imports from Turkey were blocked by protesters at the port.",  # a "by" agent: the ordinary passive
    ],
)
def test_no_restriction_sanction(text: str) -> None:
    assert not [e for e in _events(text) if e[0] == "SANCTION" and e[1] == ()], _events(text)


def test_banned_broadcasting_of_outlets_is_no_sanction_of_media() -> None:
    text = "Broadcasting by the Russian state outlets RT and Sputnik has been banned throughout the EU."
    assert not [e for e in _events(text) if e[0] == "SANCTION"]


@pytest.mark.parametrize(
    "text",
    [
        "banned",
        "have been banned",
        "Imports have been banned.",  # no actor at all
        "been been closed closed to to",
        "Entry into has been closed to .",
        "that killed",
        "It was that attacked.",
        "which which killed killed Russia",
        ", , that killed , which wounded",
        "Imports of Polish meat have been banned to Russia. " * 2000,  # about 100 KB
    ],
)
def test_garbage_through_the_new_readers_gives_events_or_nothing(text: str) -> None:
    events = code_sentence(text, date=DAY)
    assert isinstance(events, list)
    for event in events:
        assert event.event.value and all(isinstance(c, str) for c in (*event.source, *event.target))
