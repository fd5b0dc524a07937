"""Coder fixes of session 19 (prec3): a precision audit of coded official text. A state's dealings with
its own regions and domestic bodies are no event between actors. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

import coded

DAY = dt.date(2019, 5, 1)


def _events(text: str, **kw: object) -> set[coded.Triple]:
    return coded.triples(text, DAY, **kw)


# --- one state only, with its own regions, governors or parliament: domestic business


@pytest.mark.parametrize(
    "text",
    [
        "I am asking the governors of all Russian regions to finish this work by the end of the year.",
        "Gazprom signed an agreement with the Tomsk Region on gas supplies to rural schools.",
        "We are working closely with the State Duma on the new budget.",
        "Our ministers regularly visit the Krasnoyarsk Territory.",
        "The President met with the governor of the Pskov region to discuss road building.",
    ],
)
def test_home_affairs_uncoded(text: str) -> None:
    assert _events(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign side named in the sentence keeps the act
        (
            "Gazprom signed an agreement with China on gas supplies to the Tomsk Region.",
            ("COOPERATE", ("RUS",), ("CHN",)),
        ),
        # a treaty ratified by the parliament is a stance towards its other sides
        ("The State Duma ratified the treaty with Kazakhstan.", ("SUPPORT", ("RUS",), ("KAZ",))),
        # the same request to a foreign government is an event
        (
            "Russia asked the governor of the Ukrainian region to open a corridor.",
            ("REQUEST", ("RUS",), ("UKR",)),
        ),
    ],
)
def test_home_affairs_near_events_stay(text: str, expected: coded.Triple) -> None:
    assert expected in _events(text)


# --- a state's offices dealing with each other: no relation between actors


@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin instructed Prime Minister Mikhail Mishustin to prepare the new budget.",
        "Joe Biden asked Kamala Harris to lead the talks with Congress.",
    ],
)
def test_act_aimed_at_itself_uncoded(text: str) -> None:
    assert _events(text) == set()


def test_act_aimed_at_another_state_stays() -> None:
    assert ("REQUEST", ("RUS",), ("JPN",)) in _events(
        "Vladimir Putin asked Prime Minister Shinzo Abe to visit Moscow."
    )
