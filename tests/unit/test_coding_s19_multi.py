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


# --- an attack named after "after the", "following the", "in protest at": told, not only a date


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        (
            "Merkel sent condolences to Hollande after the terrorist attacks on France.",
            ("ASSAULT", ("terrorists",), ("FRA",)),
        ),
        (
            "Serbia recalled its ambassador in protest at the Croatian air strikes on Bosnia.",
            ("ASSAULT", ("HRV",), ("BIH",)),
        ),
        (
            "Thousands fled their homes following the Turkish shelling of Syria.",
            ("ASSAULT", ("TUR",), ("SYR",)),
        ),
    ],
)
def test_attack_after_a_time_or_protest_marker_is_told(text: str, attack: coded.Triple) -> None:
    assert attack in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Years after the Turkish shelling of Syria, the town was rebuilt.",
        "The ministers met ahead of the expected Turkish strikes on Syria.",
        "Germany and France discussed the question of air strikes on Syria.",
        "France postponed the talks after the signing of the agreement with Germany.",
    ],
)
def test_attack_only_dated_planned_or_discussed_is_no_assault(text: str) -> None:
    assert not any(e[0] == "ASSAULT" for e in _events(text)), _events(text)
