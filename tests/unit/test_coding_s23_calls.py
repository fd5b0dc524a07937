"""A joint call's topic is not whom it asks: places and a people's crisis named in the common position
of two sides stay out of the target; an addressee named after "call on" stays."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DAY = dt.date(2003, 3, 1)


def _requests(text: str, participants: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    events = code_sentence(text, date=DAY, participants=participants)
    return [(e.source, e.target) for e in events if e.event.value == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia and France insisted on a peaceful solution to the Iraqi crisis.",
        "Germany and Italy called for a negotiated settlement of the Libyan conflict.",
    ],
)
def test_a_peoples_crisis_is_the_topic(text: str) -> None:
    found = _requests(text)
    assert found and all(target == () for _, target in found)


def test_a_place_in_the_call_is_the_topic() -> None:
    found = _requests(
        "The leaders called for stronger joint efforts against terrorism in the Idlib Province.",
        participants=("RUS", "TUR"),
    )
    assert found == [(("RUS", "TUR"), ())]


def test_an_addressee_stays() -> None:
    assert _requests("Russia and France called on Iraq to admit the inspectors.") == [
        (("RUS", "FRA"), ("IRQ",))
    ]


def test_one_side_calling_keeps_its_reading() -> None:
    # the rule is for a common position of two sides; a single caller is read as before
    found = _requests("Russia called for a peaceful solution to the Iraqi crisis.")
    assert [source for source, _ in found] == [("RUS",)]
