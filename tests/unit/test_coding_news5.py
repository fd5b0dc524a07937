"""News wording of session 28 (:mod:`detente.coding.news5`): visits told in passing, attacks that only date
or are protested, campaign "attacks" and support that is no backing.

The sentences are written for these tests, not taken from any gold set."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DAY = dt.date(2024, 5, 20)

Coded = set[tuple[str, tuple[str, ...], tuple[str, ...]]]


def _coded(text: str) -> Coded:
    return {(e.event.name, e.source, e.target) for e in code_sentence(text, date=DAY)}


def _types(text: str) -> set[str]:
    return {t for t, _, _ in _coded(text)}


# --- a visit told in passing ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The German chancellor criticised Beijing over press freedom during a visit to China.",
            ("CONSULT", ("DEU",), ("CHN",)),
        ),
        (
            "On a two-day trip to Kyiv, the US secretary of state announced new funding.",
            ("CONSULT", ("USA",), ("UKR",)),
        ),
        (
            "Moscow will pull back its troops, the Elysee said after Macron's talks in the Kremlin.",
            ("CONSULT", ("FRA",), ("RUS",)),
        ),
    ],
)
def test_a_visit_told_in_passing_is_a_consult(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert expected in _coded(text)


def test_a_planned_visit_is_no_consult() -> None:
    text = "Ahead of his visit to China, the German chancellor criticised Beijing over press freedom."
    assert ("CONSULT", ("DEU",), ("CHN",)) not in _coded(text)


def test_the_venue_of_other_sides_talks_is_not_visited() -> None:
    coded = _coded("Armenia and Azerbaijan agreed to a truce after talks in Moscow.")
    assert not any(t == "CONSULT" and "RUS" in tg for t, _, tg in coded)


def test_a_visit_with_no_side_named_adds_nothing() -> None:
    assert "CONSULT" not in _types("During a visit to the museum, the pupils drew pictures.")


# --- an attack that only dates another act --------------------------------------------------------------
def test_an_attack_dating_a_dated_act_is_not_coded() -> None:
    coded = _coded("Finland and Sweden applied to join NATO in May 2022, soon after Russia invaded Ukraine.")
    assert "REQUEST" in {t for t, _, _ in coded}
    assert "ASSAULT" not in {t for t, _, _ in coded}


@pytest.mark.parametrize(
    "text",
    [
        # news of the day: no calendar date, the attack told with the reaction
        "Venezuela sent troops to the border on Sunday after Colombian forces raided a rebel camp.",
        # the attack is the main act
        "Russia attacked Kharkiv in May 2024 after talks failed.",
    ],
)
def test_attacks_of_the_day_and_main_attacks_are_kept(text: str) -> None:
    assert "ASSAULT" in _types(text)


# --- the war a protest is against -----------------------------------------------------------------------
def test_a_protested_standing_war_is_the_protest_only() -> None:
    coded = _coded("Students rallied in Paris against Russia's invasion of Ukraine.")
    assert "PROTEST" in {t for t, _, _ in coded}
    assert "ASSAULT" not in {t for t, _, _ in coded}


def test_a_protested_act_by_an_agent_keeps_the_attack() -> None:
    types = _types("Thousands gathered to protest against the bombing of Yugoslavia by NATO aircraft.")
    assert {"PROTEST", "ASSAULT"} <= types


# --- words, not blows ------------------------------------------------------------------------------------
def test_attacking_a_politician_in_words_is_no_assault() -> None:
    assert "ASSAULT" not in _types("Everybody went and attacked Ambassador Haley tonight.")


def test_an_attack_on_a_politicians_convoy_stays_an_assault() -> None:
    assert "ASSAULT" in _types("Gunmen attacked the convoy of Senator Warren near the border.")


# --- support that is no backing --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kyrgyzstan's parliament voted to close the US air base at Manas, which supports operations in Afghanistan.",
        "The governor eschewed endorsing any of the Republican candidates.",
    ],
)
def test_idle_support_is_no_support(text: str) -> None:
    assert "SUPPORT" not in _types(text)


def test_an_actor_that_supports_keeps_its_support() -> None:
    assert ("SUPPORT", ("NATO",), ("UKR",)) in _coded("NATO, which supports Ukraine, met in Brussels.")
