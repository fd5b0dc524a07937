"""Domestic politics between two sides of one state (:mod:`detente.coding.domestic`, s27-domestic).

The sentences are written for these tests, not taken from any gold page."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence
from detente.coding.domestic import body_kind, rival_named, rival_sides
from detente.coding.units import Unit

DAY = dt.date(2024, 5, 20)

Coded = set[tuple[str, tuple[str, ...], tuple[str, ...]]]


def _coded(text: str) -> Coded:
    return {(e.event.name, e.source, e.target) for e in code_sentence(text, date=DAY)}


def _unit(text: str, code: str | None, kind: str) -> Unit:
    return Unit(0, len(text), 0, 1, code, kind, text=text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Biden said that Congress needs to ensure states have enough funding.",
            ("REQUEST", ("USA",), ("USA",)),
        ),
        ("Scholz called on Merz to support the budget.", ("REQUEST", ("DEU",), ("DEU",))),
        ("Biden called on Trump to concede.", ("REQUEST", ("USA",), ("USA",))),
        ("Starmer said he would challenge Sunak to a debate.", ("REQUEST", ("GBR",), ("GBR",))),
        ("Starmer said he had urged Sunak to call an election.", ("REQUEST", ("GBR",), ("GBR",))),
    ],
)
def test_rival_sides_of_one_state_keep_the_act(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert expected in _coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Putin asked Mishustin to prepare a report.",  # a leader's request to his own minister
        "Putin instructed Prime Minister Mishustin to prepare a report.",  # a command down the chain
        "Peskov said the Kremlin would not comment.",  # a spokesman and his own office
        "Putin said he had asked Mishustin to prepare a report.",  # his own minister, through "he"
    ],
)
def test_a_state_and_its_own_staff_code_nothing_between_them(text: str) -> None:
    assert not any(source == target and source for _, source, target in _coded(text))


def test_a_leader_speaking_for_his_state_has_no_target() -> None:
    coded = _coded("Lavrov said Moscow will respond to any provocation.")
    assert all(target != ("RUS",) for _, _, target in coded)


def test_body_kind_reads_the_words_of_checking_bodies() -> None:
    assert body_kind(_unit("Congress", "USA", "metonym")) == "legislature"
    assert body_kind(_unit("the State Duma", "RUS", "metonym")) == "legislature"
    assert body_kind(_unit("the Supreme Court", "PAK", "org")) == "court"
    assert body_kind(_unit("opposition party", "opposition", "group")) == "party"
    assert body_kind(_unit("the Kremlin", "RUS", "metonym")) is None
    assert body_kind(_unit("he", "USA", "pronoun")) is None


def test_rival_sides() -> None:
    biden = _unit("Biden", "USA", "person")
    assert rival_sides(biden, _unit("Congress", "USA", "metonym"))
    assert rival_sides(biden, _unit("Donald Trump", "USA", "person"))
    assert rival_sides(_unit("Labour", "GBR", "org"), _unit("the Conservative Party", "GBR", "org"))
    assert not rival_sides(biden, _unit("Joe Biden", "USA", "person"))  # the same man named twice
    assert not rival_sides(biden, _unit("he", "USA", "pronoun"))
    assert not rival_sides(_unit("Lavrov", "RUS", "person"), _unit("Moscow", "RUS", "metonym"))
    assert not rival_sides(biden, _unit("the Duma", "RUS", "metonym"))  # two states
    assert not rival_sides(None, _unit("Congress", "USA", "metonym"))


def test_rival_named_reads_the_pronoun_back_to_its_name() -> None:
    starmer = Unit(0, 7, 0, 1, "GBR", "person", text="Starmer")
    he = Unit(13, 15, 2, 3, "GBR", "pronoun", text="he")
    sunak = Unit(32, 37, 6, 7, "GBR", "person", text="Sunak")
    britain = Unit(32, 39, 6, 7, "GBR", "state", text="Britain")
    assert rival_named([starmer, he, sunak], [he], [sunak])
    assert not rival_named([starmer, he, britain], [he], [britain])  # his own state
    assert not rival_named([he, sunak], [he], [sunak])  # no name before the pronoun
    assert not rival_named(
        [starmer, he, sunak], [starmer], [sunak]
    )  # no pronoun: the roles reader's own case
