"""Coder fixes of session 19 (actors): whom the police, agents or prosecutors arrest when the object names
private people the dictionary does not know. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

import coded

DAY = dt.date(2021, 5, 1)


def _events(text: str) -> set[coded.Triple]:
    return coded.triples(text, DAY)


# --- an active arrest of private people by a law body: the arrested are "criminals"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Police detained the manager of a local restaurant on Tuesday.", ("police",)),
        ("Police detain restaurant bosses after poisoning deaths", ("police",)),
        ("Police arrested two suspects in the shooting.", ("police",)),
        # s22-newsactors: federal agents are the United States, as U.S. Marshals are
        ("Federal agents took Jon Doakes, 30, into custody at his home on Monday.", ("USA",)),
        (
            "U.S. Marshals in Ohio have arrested a college basketball player accused of robbing a store.",
            ("USA",),
        ),
    ],
)
def test_private_people_arrested_by_a_law_body_are_criminals(text: str, source: tuple[str, ...]) -> None:
    assert ("COERCE", source, ("criminals",)) in _events(text), _events(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Police arrested the mayor of a small town.", ()),  # a political case
        ("Police arrested 40 protesters outside parliament.", ("protesters",)),  # a known group
        ("Police detained hundreds of people at the rally.", ("protesters",)),  # a crowd
        ("Soldiers detained six men suspected of planting bombs.", ()),  # no law body
    ],
)
def test_other_arrests_keep_their_target(text: str, target: tuple[str, ...]) -> None:
    events = _events(text)
    assert [e[2] for e in events if e[0] == "COERCE"] == [target], events


# --- a protest phrase after a protest with no target names whom that protest is aimed at


def test_protest_phrase_gives_the_aim_of_the_protest_before_it() -> None:
    day = dt.date(2024, 7, 17)
    text = (
        "Last week the group called for its supporters to assemble in Hyde Park on Saturday in protest over "
        "Prime Minister Keir Starmer's policy on Gaza."
    )
    assert coded.triples(text, day) == {("PROTEST", ("protesters",), ("GBR",))}


def test_protest_phrase_after_another_act_stays_that_act() -> None:
    events = coded.triples(
        "Russia recalled its ambassador in protest at the expulsion of its diplomats by Poland.", DAY
    )
    assert events == {("SANCTION", ("RUS",), ("POL",))}, events
