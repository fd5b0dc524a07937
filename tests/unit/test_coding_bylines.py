"""Headline bylines: a label before a colon or a dash after the claim names who says it; an outlet credited
in brackets at the end is no side; a headline's "X ready to ..." leaves out "is" but states an intent."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.actors import load_dictionary
from detente.coding.bylines import label_turn, trailing_credit
from detente.coding.coder import code_sentence

DAY = dt.date(2019, 6, 1)


def _events(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {(e.event.value, e.source, e.target) for e in code_sentence(text, date=DAY)}


@pytest.mark.parametrize(
    ("text", "sayer"),
    [
        ("NATO: Moscow's plan to station new missiles in Kaliningrad is a grave mistake", "NATO"),
        ("Kremlin: NATO's drills near our border are a provocation", "RUS"),
        ("Stoltenberg: Russia's new missile is a clear breach of the treaty", "NATO"),
    ],
)
def test_a_label_names_the_sayer(text: str, sayer: str) -> None:
    accusations = {(src, tgt) for kind, src, tgt in _events(text) if kind == "ACCUSE"}
    assert accusations and all(src == (sayer,) for src, _ in accusations)


@pytest.mark.parametrize(
    ("text", "sayer", "accused"),
    [
        ("NATO's build-up near our borders is a provocation - Shoigu", "RUS", "NATO"),
        ("Moscow's behaviour in the Black Sea is reckless \u2014 Stoltenberg", "NATO", "RUS"),
        ("NATO drills in the Baltic are a provocation \u2013 Kremlin (TASS)", "RUS", "NATO"),
    ],
)
def test_a_dash_credits_the_sayer(text: str, sayer: str, accused: str) -> None:
    assert ("ACCUSE", (sayer,), (accused,)) in _events(text)


def test_an_outlet_in_brackets_is_no_side() -> None:
    found = _events("Moscow to cut diplomatic ties with NATO next month (RT)")
    assert ("SANCTION", ("RUS",), ("NATO",)) in found
    assert not any("media" in src + tgt for _, src, tgt in found)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine: Russian artillery shelled Kharkiv overnight",  # a state before the colon: a topic
        "Moscow: the minister criticised the drills",  # a capital: a dateline
        "Vague Name: talks went well",  # nobody the dictionary knows
    ],
)
def test_states_capitals_and_unknown_labels_name_no_sayer(text: str) -> None:
    assert label_turn(load_dictionary(), text, DAY) is None


@pytest.mark.parametrize(
    "text",
    [
        "Moscow has found a new strategic partner \u2014 China.",  # an appositive state
        "Drones flew over a symbol of state power \u2014 the Kremlin.",  # an article: an appositive
        "Talks - Lavrov",  # too short to be a claim
        "The talks were useful (Geneva)",  # a bracket that names no outlet
    ],
)
def test_appositives_and_other_endings_credit_no_one(text: str) -> None:
    assert trailing_credit(load_dictionary(), text, DAY) is None


def test_a_dash_credit_ends_the_claim() -> None:
    text = "The new sanctions are unlawful - Peskov"
    credit = trailing_credit(load_dictionary(), text, DAY)
    assert (
        credit is not None and credit.code == "RUS" and text[: credit.end] == "The new sanctions are unlawful"
    )


def test_a_headline_states_readiness_without_is() -> None:
    assert ("AGREE", ("RUS",), ("NATO",)) in _events("Russia ready to resume dialogue with NATO")
