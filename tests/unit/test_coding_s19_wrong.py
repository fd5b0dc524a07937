"""Coder fixes of session 19 (helper "wrong"): a discussion with no side named and no word of a second
side is a domestic agenda, no CONSULT. Sentences written for these tests."""

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
