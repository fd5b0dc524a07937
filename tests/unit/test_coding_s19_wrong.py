"""Coder fixes of session 19 (helper "wrong"): a discussion with no side named and no word of a second
side is a domestic agenda, no CONSULT; forces sent to help another's forces are AID. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

import coded

DAY = dt.date(2021, 3, 1)


def _types(text: str) -> set[str]:
    return {t for t, _, _ in coded.triples(text, DAY)}


# --- a domestic meeting's agenda: no consultation between political actors


@pytest.mark.parametrize(
    "text",
    [
        "The meeting also discussed heating tariffs and road repairs in a number of regions.",
        "Housing for young teachers was discussed as well.",
        "They also discussed the history of the local shipyard and its future.",
    ],
)
def test_home_agenda_codes_nothing(text: str) -> None:
    assert "CONSULT" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders also discussed the history of the shipyard.",
        "Bilateral trade was also discussed.",
        "The situation in Moldova was discussed.",
        "Development of cooperation in science was also discussed.",
    ],
)
def test_two_sided_discussion_stays(text: str) -> None:
    assert "CONSULT" in _types(text)


# --- forces sent to help another's forces or rulers: military aid to the side helped


@pytest.mark.parametrize(
    ("text", "helper", "helped"),
    [
        (
            "Egypt sent 500 soldiers into Sudan on Friday to help the army regain control of the capital.",
            "EGY",
            "SDN",
        ),
        (
            "Some 3,000 Belarusian troops were sent to Crimea to fight alongside Russian forces, Kyiv said.",
            "BLR",
            "RUS",
        ),
    ],
)
def test_forces_sent_to_help_are_aid(text: str, helper: str, helped: str) -> None:
    events = coded.triples(text, DAY)
    assert ("AID", (helper,), (helped,)) in events
    assert not {t for t, _, _ in events} & {"MOBILIZE", "COOPERATE"}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Turkey sent thousands of troops to Idlib to counter the advance of Syrian forces.", "MOBILIZE"),
        ("Polish soldiers fight alongside American troops in Afghanistan.", "COOPERATE"),
    ],
)
def test_forces_sent_against_or_fighting_together_stay(text: str, kept: str) -> None:
    types = _types(text)
    assert kept in types
    assert "AID" not in types
