"""Coder fixes of session 19 (helper prec2, precision on official Kremlin text): a welcome or readiness of
"anyone who ...", congratulations to people named by their group, an invitation to visit conveyed or renewed.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

import coded

DAY = dt.date(2017, 6, 1)


def _events(text: str) -> set[coded.Triple]:
    return coded.triples(text, DAY)


# --- a welcome or readiness of whoever comes: a standing attitude, no act between two actors


@pytest.mark.parametrize(
    "text",
    [
        "We will always welcome anyone who wants to invest in Kazakhstan.",
        "We welcome it when somebody says he is ready to trade with China.",
        "We welcome the fact that someone expresses readiness to work with India.",
    ],
)
def test_welcome_of_anyone_codes_nothing(text: str) -> None:
    assert _events(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany welcomed the readiness of Ankara to work with Moscow.", ("SUPPORT", ("DEU",), ("TUR",))),
        ("China is ready to work with anyone who respects its interests.", ("AGREE", ("CHN",), ())),
    ],
)
def test_welcome_or_readiness_of_a_named_side_stays(text: str, expected: coded.Triple) -> None:
    assert expected in _events(text)


# --- congratulations to students, a team, service members: a courtesy of a speech


@pytest.mark.parametrize(
    "text",
    [
        "I want to congratulate the Kazan University team on winning the chess olympiad.",
        "Let me congratulate all of Belarus's veterans and service members on Victory Day.",
        "I congratulate the students of the Novosibirsk school who won the robotics contest.",
    ],
)
def test_congratulations_to_a_group_code_nothing(text: str) -> None:
    assert _events(text) == set()


def test_congratulations_to_a_leader_stay() -> None:
    assert ("SUPPORT", ("KAZ",), ("RUS",)) in _events(
        "The Kazakh President congratulated Vladimir Putin on his victory in the election."
    )


# --- an invitation to visit conveyed, renewed or reaffirmed: a request to come, as "invited X to visit"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr Putin conveyed an invitation to the Chinese President to visit Moscow.",
            ("REQUEST", ("RUS",), ("CHN",)),
        ),
        (
            "Merkel reaffirmed her invitation to President Macron to pay a visit to Berlin.",
            ("REQUEST", ("DEU",), ("FRA",)),
        ),
    ],
)
def test_invitation_to_visit_is_a_request(text: str, expected: coded.Triple) -> None:
    events = _events(text)
    assert expected in events
    assert not [e for e in events if e[0] == "CONSULT"], events


def test_invitation_to_join_stays_an_offer() -> None:
    assert ("AGREE", ("NATO",), ("MNE",)) in _events(
        "NATO extended an invitation to Montenegro to join the Alliance."
    )
