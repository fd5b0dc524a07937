"""Known misses of session 38 (:mod:`detente.coding.s38misses` and the aircraft heads of ``actors.toml``):
a body's sayers declaring, a body's office named by its city, a decision judged after a semicolon,
attacks a drill only simulates, and "Russian MiGs", with the near
misses of each.

The sentences are written for these tests, not taken from any gold set."""

from __future__ import annotations

import datetime as dt

from detente.coding import s38misses
from detente.coding.coder import code_sentence

DAY = dt.date(2021, 3, 9)

Coded = set[tuple[str, tuple[str, ...], tuple[str, ...]]]


def _coded(text: str) -> Coded:
    return {(e.event.name, e.source, e.target) for e in code_sentence(text, date=DAY)}


def _types(text: str) -> set[str]:
    return {t for t, _, _ in _coded(text)}


# --- a body's sayers declaring -----------------------------------------------------------------------------


def test_body_ministers_declaring_are_the_source() -> None:
    assert ("ACCUSE", ("NATO",), ("RUS",)) in _coded(
        "NATO foreign ministers declared that Moscow's conduct undermines European security."
    )
    assert ("ACCUSE", ("EU",), ("RUS",)) in _coded(
        "EU defence ministers stated that Russia bears full responsibility for the escalation."
    )
    assert ("ACCUSE", ("NATO",), ("RUS",)) in _coded(
        "Allied leaders declared that Russia is a direct threat to the security of the Alliance."
    )


def test_declaring_state_is_the_source() -> None:
    assert ("ACCUSE", ("RUS",), ("NATO",)) in _coded(
        "Russia stated that NATO's build-up threatens stability in the region."
    )


def test_sayer_not_given_to_acts_reported_or_to_its_own_target() -> None:
    coded = _coded("Ukraine declared that unknown gunmen had attacked a police station near Kharkiv.")
    assert not any(t == "ASSAULT" and s == ("UKR",) for t, s, _ in coded)


# --- a body's office named by its city ---------------------------------------------------------------------


def test_office_named_by_city_is_the_body() -> None:
    assert ("ACCUSE", ("NATO",), ("RUS",)) in _coded(
        "NATO's Moscow office criticised the ruling by the Russian government."
    )
    assert ("ACCUSE", ("EU",), ("RUS",)) in _coded("The EU's Kyiv delegation condemned the Russian shelling.")


def test_office_city_leaves_acts_of_others_alone() -> None:
    coded = _coded("NATO's Moscow office said Russia had attacked Ukraine.")
    assert ("ASSAULT", ("RUS",), ("UKR",)) in coded
    assert not any(t == "ASSAULT" and "NATO" in s for t, s, _ in coded)


# --- a decision judged after a semicolon ---------------------------------------------------------------------


def test_decision_judged_after_semicolon_is_aimed_at_the_decider() -> None:
    assert ("ACCUSE", ("POL",), ("HUN",)) in _coded(
        "Hungary vetoed the aid package; Poland criticised the decision."
    )
    assert ("ACCUSE", ("USA",), ("TUR",)) in _coded(
        "Turkey purchased Russian air defence systems; Washington criticised the decision."
    )
    assert ("SUPPORT", ("UKR",), ("RUS",)) in _coded(
        "Putin ordered the troops to pull back; Kyiv welcomed the move."
    )


def test_decision_with_its_own_maker_is_left_alone() -> None:
    coded = _coded("Hungary vetoed the aid package; Poland criticised the decision of the court.")
    assert not any(t == "ACCUSE" and g == ("HUN",) for t, _, g in coded)
    # no semicolon: nothing to read
    coded = _coded("Poland criticised the decision.")
    assert not any(g for t, _, g in coded if t == "ACCUSE")


# --- attacks that a drill only simulates -----------------------------------------------------------------


def test_simulated_attacks_are_no_assault() -> None:
    for text in (
        "In a simulated raid, enemy aircraft bombed Latvian air bases.",
        "The drills featured the simulated hijacking of a Russian tanker by pirates.",
        "Under the exercise scenario, militants attacked a Lithuanian power plant.",
        "The exercise rested on a scenario in which Russia invaded Finland.",
        "Belarus held drills simulating an attack by NATO forces on its territory.",
        "Soldiers answered a mock assault in which insurgents shelled an Estonian border post.",
    ):
        assert not _types(text) & {"ASSAULT", "COERCE"}, text


def test_simulated_strike_is_no_labour_strike() -> None:
    assert "PROTEST" not in _types(
        "Russian and Belarusian units held an exercise simulating a missile strike on Poland."
    )


def test_real_attacks_beside_a_drill_stay() -> None:
    assert "ASSAULT" in _types("Russian troops shelled Kharkiv after the exercise ended.")
    assert "ASSAULT" in _types("Russian jets bombed Aleppo; the scenario Moscow feared came true.")


def test_governed_spans_stop_at_clause_breaks() -> None:
    spans = s38misses._governed_spans("A simulated raid was held, and then troops attacked the town.")
    at = "A simulated raid was held, and then troops attacked the town.".index("attacked")
    assert not any(a <= at < b for a, b in spans)


# --- Russian MiGs ---------------------------------------------------------------------------------------------


def test_demonym_before_aircraft_family_is_the_source() -> None:
    assert ("MOBILIZE", ("RUS",), ("EST",)) in _coded("Russian MiGs violate Estonian airspace.")
    assert ("MOBILIZE", ("RUS",), ("FIN",)) in _coded("Two Russian Sukhois violated Finnish airspace.")
    assert ("MOBILIZE", ("RUS",), ("NOR",)) in _coded("Russian Tupolevs violated Norwegian airspace.")
    assert ("ASSAULT", ("SYR",), ("rebels",)) in _coded("Syrian MiGs attacked rebel positions.")


def test_aircraft_family_alone_is_no_actor() -> None:
    assert not any(s for _, s, _ in _coded("MiGs violated the airspace of the island."))


# --- robustness ----------------------------------------------------------------------------------------------


def test_settled_never_raises_and_keeps_empty() -> None:
    assert s38misses.settled("", [], []) == []
    assert s38misses.settled("x" * 6000, [], []) == []
    assert s38misses.settled("Under the scenario; ; simulated", [], []) == []
