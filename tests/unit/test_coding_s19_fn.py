"""Coder fixes of session 19 (helper "fn"): sentences with an event the coder missed entirely. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

import coded

DAY = dt.date(2020, 6, 1)


def _events(text: str) -> set[coded.Triple]:
    return coded.triples(text, DAY)


# --- people exchanged or handed over with no doer named (handovers.persons_handed_over)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Finnish journalist was exchanged for Ivan Sokolov, a former Russian intelligence officer.",
            ("RETREAT", ("FIN", "RUS"), ()),
        ),
        (
            "Marta Kowalska, sentenced in Belarus for espionage, was handed over to Poland in exchange for "
            "Pavel Orlov.",
            ("RETREAT", ("BLR", "POL"), ()),
        ),
        (
            "Finland and Russia swapped Mikko Virtanen for Ivan Sokolov at the Vaalimaa crossing.",
            ("RETREAT", ("FIN", "RUS"), ()),
        ),
        (
            "The three Lithuanian fishermen detained in Russia were handed over to Lithuania on Monday.",
            ("RETREAT", ("RUS",), ("LTU",)),
        ),
    ],
)
def test_people_exchanged_or_handed_over(text: str, expected: coded.Triple) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The disputed islands were handed over to Lithuania in exchange for a strip of Russian land.",
        "The documents were handed over to the Lithuanian side on Monday.",
        "Russia exchanged gas for Lithuanian machinery.",
        "The three Lithuanian fishermen were handed over to Lithuania on Monday.",
    ],
)
def test_things_or_no_holder_are_no_release(text: str) -> None:
    assert not [e for e in _events(text) if e[0] == "RETREAT"]


# --- a passive with a named doer, read once more in the active (passives.active_reading)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kherson was left by the Russian garrison on Monday.", ("RETREAT", ("RUS",), ("UKR",))),
        (
            "Warning shots were fired near the Dutch frigate by Russian aircraft.",
            ("MOBILIZE", ("RUS",), ("NLD",)),
        ),
    ],
)
def test_passive_with_a_doer_read_in_the_active(text: str, expected: coded.Triple) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kherson is held by the Russian garrison.",  # a standing state
        "Kherson will be left by the Russian garrison if the talks fail.",  # a condition
        "The unrest was prompted by Turkey's shelling of the town.",  # the doer is an act
        "A ban on strikes at the shipyards was declared by the government of Poland.",  # governed by "ban on"
    ],
)
def test_passive_states_conditions_and_owned_acts_are_not_reread(text: str) -> None:
    assert not [e for e in _events(text) if e[0] in ("RETREAT", "ASSAULT", "PROTEST")]


# --- the place of a named meeting is no party an act is aimed at


def test_meeting_name_is_no_counterpart() -> None:
    text = "Russia announced a sharp cut in military activity around Kharkiv after the Ankara meeting."
    assert ("CONCEDE", ("RUS",), ("UKR",)) in _events(text)
