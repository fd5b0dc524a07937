"""Bare titles and bodies of official text (session 33, helper titles11): detente.coding.titles11, the
"Chairman of the Government" title and one spokesperson in actors.toml, and the dictionary's existing reading
of titles by speaker, neighbour and date. Every sentence is invented for these tests."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from detente.coding.actors import load_dictionary
from detente.coding.coder import code_sentence
from detente.coding.titles11 import government_forces_placed, settled

DAY = dt.date(2016, 4, 12)
DICTIONARY = load_dictionary()


def title_code(text: str, speaker: str | None = None, day: dt.date = DAY) -> list[str | None]:
    return [m.code for m in DICTIONARY.match(text, date=day, speaker=speaker)]


def coded(
    text: str,
    speaker: str | None = None,
    context: str | None = None,
    day: dt.date = DAY,
) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [
        (e.event.value, e.source, e.target)
        for e in code_sentence(text, date=day, speaker=speaker, context=context)
    ]


# --- titles alone: the speaker tells, no clue tells nothing ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "code"),
    [
        ("The Foreign Ministry voiced regret over the vote.", "RUS", "RUS"),
        ("The Defence Ministry started snap drills near the frontier.", "RUS", "RUS"),
        ("The Chancellor telephoned her counterpart on Monday.", "DEU", "DEU"),
        ("The Prime Minister chaired the emergency meeting.", "GBR", "GBR"),
        ("The President held talks with the visiting delegation.", "RUS", "RUS"),
        ("The Secretary General opened the meeting of defence ministers.", "NATO", "NATO"),
        ("The Secretary General briefed the General Assembly.", "UN", "UN"),
        ("The Federal Government demands a full explanation.", "DEU", "DEU"),
    ],
)
def test_a_title_alone_takes_the_speakers_state(text: str, speaker: str, code: str) -> None:
    assert title_code(text, speaker)[0] == code


@pytest.mark.parametrize(
    "text",
    [
        "The Foreign Ministry voiced regret over the vote.",
        "The Defence Ministry started snap drills near the frontier.",
        "The Prime Minister chaired the emergency meeting.",
        "The President held talks with the visiting delegation.",
    ],
)
def test_a_state_title_with_no_clue_stays_unresolved(text: str) -> None:
    assert title_code(text)[0] is None


def test_a_title_of_another_state_named_wins_over_the_speakers_home() -> None:
    assert title_code("The German Chancellor arrived for the talks.", "RUS") == ["DEU"]
    assert title_code("The French President proposed a ceasefire.", "RUS") == ["FRA"]


def test_a_title_held_by_a_person_follows_the_date() -> None:
    # the same name holds another state's or body's title before and after a change of office
    assert title_code("Mr Solana spoke.", day=dt.date(1994, 5, 1)) == ["ESP"]
    assert title_code("Mr Solana spoke.", day=dt.date(1997, 5, 1)) == ["NATO"]
    assert title_code("Mr Solana spoke.", day=dt.date(2005, 5, 1)) == ["EU"]


# --- the Russian "Chairman of the Government" ------------------------------------------------------------


def test_chairman_of_the_government_alone_is_russias_whoever_speaks() -> None:
    assert title_code("The Chairman of the Government flew home early.") == ["RUS"]
    assert title_code("The Chairman of the Government flew home early.", "FRA") == ["RUS"]


def test_chairman_of_the_government_of_another_state_is_that_state() -> None:
    assert title_code("The Chairman of the Government of Kazakhstan flew home early.") == ["KAZ"]


def test_the_government_alone_still_needs_a_speaker() -> None:
    assert title_code("The Government approved the plan.") == [None]
    assert title_code("The Government approved the plan.", "RUS") == ["RUS"]


# --- a spokesperson named in the context -----------------------------------------------------------------


def test_a_german_spokesperson_in_the_context_makes_the_federal_government_german() -> None:
    found = coded(
        "The Federal Government urges the Russian Government to clear up the poisoning.",
        context="Statement by government spokesman Steffen Seibert",
        day=dt.date(2018, 3, 20),
    )
    assert ("REQUEST", ("DEU",), ("RUS",)) in found


def test_the_federal_government_with_no_clue_has_no_doer() -> None:
    found = coded("The Federal Government urges the Russian Government to clear up the poisoning.")
    assert all(src == () for typ, src, _ in found if typ == "REQUEST")


# --- the hyphenated Secretary-General ---------------------------------------------------------------------


def test_the_hyphenated_secretary_general_alone_is_the_uns() -> None:
    found = coded("The Secretary-General strongly deplored the shelling of the hospital in Aleppo.")
    assert ("ACCUSE", ("UN",), ()) in found or any(src == ("UN",) for _, src, _ in found)
    assert not any("NATO" in src for _, src, _ in found)


def test_the_unhyphenated_secretary_general_alone_stays_natos() -> None:
    found = coded("The Secretary General strongly deplored the shelling of the hospital in Aleppo.")
    assert any(src == ("NATO",) for _, src, _ in found)


def test_a_speaker_keeps_its_own_secretary_general() -> None:
    found = coded("The Secretary-General condemned the shelling of the hospital.", speaker="OSCE")
    assert any(src == ("OSCE",) for _, src, _ in found)
    assert not any("UN" in src for _, src, _ in found)


def test_nato_named_with_the_title_stays_nato() -> None:
    found = coded("NATO's Secretary-General welcomed the release of the monitors.")
    assert not any("UN" in src for _, src, _ in found)
    found = coded("The Secretary-General praised NATO for deploying more ships to the Aegean.")
    assert not any(src == ("UN",) for _, src, _ in found)


# --- government forces placed in a country ----------------------------------------------------------------


def test_government_troops_in_a_named_country_are_that_states() -> None:
    found = coded("Government troops shelled rebel positions in northern Mali overnight.")
    assert ("ASSAULT", ("MLI",), ("rebels",)) in found
    found = coded("Retreating government soldiers killed dozens of villagers in Chad's east.")
    assert any(typ == "ASSAULT" and src == ("TCD",) for typ, src, _ in found)


def test_government_troops_near_a_border_get_no_state() -> None:
    found = coded("Government troops shelled rebel positions near the border with Turkey.")
    assert not any("TUR" in src for _, src, _ in found)


def test_government_troops_with_two_places_or_none_get_no_state() -> None:
    for text in (
        "Government soldiers shelled rebel camps in Chad and in Niger.",
        "Government soldiers opened fire on protesters in the capital of Chad.",
    ):
        events = [dataclasses.replace(e, source=("military",)) for e in code_sentence(text, date=DAY)]
        assert events
        assert government_forces_placed(text, DAY, events, DICTIONARY) == events


def test_the_state_attacked_is_never_the_government_doer() -> None:
    found = coded("Rebels ambushed government forces in northern Mali.")
    assert not any(src == ("MLI",) for _, src, _ in found)


def test_settled_leaves_empty_and_odd_input_alone() -> None:
    assert settled("", DAY, [], DICTIONARY, None) == []
    assert settled("x" * 5000, None, [], DICTIONARY, "RUS") == []


def test_a_short_name_two_states_share_places_no_government_forces() -> None:
    found = coded("Government soldiers killed dozens of villagers in eastern Congo, investigators said.")
    assert not any(src in (("COG",), ("COD",)) for _, src, _ in found)


def test_the_uns_secretary_general_is_not_aimed_at_the_un() -> None:
    found = coded(
        "The Secretary-General proposed that the United Nations and the Red Cross jointly run the evacuation."
    )
    assert not any(set(src) & set(tgt) for _, src, tgt in found)
