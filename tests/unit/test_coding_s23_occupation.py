"""Occupying a building: armed men seize it (COERCE, CAMEO 192), protesters hold a sit-in (PROTEST); economic
forces that "hit" a country strike no one."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DAY = dt.date(2022, 6, 1)


def _typed(text: str) -> list[tuple[str, str]]:
    return [(e.event.value, e.mode) for e in code_sentence(text, date=DAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops occupied the nuclear power plant near Enerhodar.",
        "Rebels occupied the ministry building in the capital.",
    ],
)
def test_armed_men_occupying_a_building_seize_it(text: str) -> None:
    assert ("COERCE", "seize") in _typed(text)
    assert all(event != "PROTEST" for event, _ in _typed(text))


@pytest.mark.parametrize(
    "text", ["Protesters occupied the parliament building.", "Students occupied the campus for a week."]
)
def test_protesters_occupying_a_building_hold_a_sit_in(text: str) -> None:
    assert _typed(text) == [("PROTEST", "obstruct")]


@pytest.mark.parametrize(
    "text", ["The sanctions hit Russian oil refineries.", "The embargo hit Cuban sugar exporters hard."]
)
def test_economic_forces_hitting_are_no_strike(text: str) -> None:
    assert all(event != "ASSAULT" for event, _ in _typed(text))


def test_missiles_hitting_are_still_a_strike() -> None:
    assert ("ASSAULT", "heavy-weapons") in _typed("Russian missiles hit Ukrainian power plants.")


def test_condolences_told_beside_an_attack_go_to_the_side_struck() -> None:
    events = code_sentence(
        "The Secretary General condemned the bombing of a school in Beslan by Chechen terrorists and expressed "
        "his condolences to the families of the victims.",
        date=dt.date(2004, 9, 3),
    )
    assert [(e.source, e.target) for e in events if e.event.value == "SUPPORT"] == [(("NATO",), ("RUS",))]


def test_terrorism_condemned_accuses_the_terrorists() -> None:
    events = code_sentence("Poland condemned terrorism in all its forms and manifestations.", date=DAY)
    assert [(e.source, e.target) for e in events if e.event.value == "ACCUSE"] == [
        (("POL",), ("terrorists",))
    ]


def test_the_fight_against_terrorism_criticised_accuses_no_terrorists() -> None:
    events = code_sentence("Poland criticised the coalition's fight against terrorism.", date=DAY)
    assert all("terrorists" not in e.target for e in events)
