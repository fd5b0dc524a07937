"""Coder fixes of session 19 (helper "multi"): sentences with two events where the coder found one.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

import coded

DAY = dt.date(2021, 6, 1)


def _events(text: str) -> set[coded.Triple]:
    return coded.triples(text, DAY, sort=False)


# --- a joint exercise told as strategic or nuclear: cooperation and a show of force


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Belarus opened the joint strategic exercise Union Shield on Monday.",
        "The joint strategic exercise of the armed forces of Russia and Belarus started this morning.",
        "Russia and Belarus began joint drills with tactical nuclear weapons on Tuesday.",
    ],
)
def test_strategic_or_nuclear_joint_exercise_also_mobilises(text: str) -> None:
    events = _events(text)
    assert ("COOPERATE", ("RUS", "BLR"), ()) in events, events
    assert ("MOBILIZE", ("RUS", "BLR"), ()) in events, events


@pytest.mark.parametrize(
    "text",
    [
        "Russian and Chinese warships began joint naval drills in the East China Sea on Friday.",
        "Russia and Belarus held joint drills, and the strategic situation in the region stayed calm.",
    ],
)
def test_plain_joint_exercise_stays_cooperation(text: str) -> None:
    events = _events(text)
    assert any(e[0] == "COOPERATE" for e in events), events
    assert not any(e[0] == "MOBILIZE" for e in events), events
