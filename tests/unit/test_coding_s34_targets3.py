"""Sides completed or corrected from the syntax around them (session 34, helper targets3):
detente.coding.targets3. Every sentence is invented for these tests."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from detente.coding.actors import load_dictionary
from detente.coding.coder import Event, code_sentence
from detente.coding.ontology import EventType, Polarity
from detente.coding.targets3 import (
    apposition,
    coordinated,
    doer_blamed,
    settled,
    shared_with_sibling,
    west_named_region,
)

DAY = dt.date(2019, 5, 14)
DICTIONARY = load_dictionary()


def coded(text: str, speaker: str | None = None) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event.value, e.source, e.target) for e in code_sentence(text, date=DAY, speaker=speaker)]


def event(
    kind: EventType,
    source: tuple[str, ...],
    target: tuple[str, ...],
    anchor: tuple[int, int],
) -> Event:
    return Event(
        event=kind,
        mode="",
        source=source,
        target=target,
        polarity=Polarity.ASSERTED,
        event_date="2019-05-14",
        event_date_precision="day",
        evidence=(0, 0),
        anchor=anchor,
    )


def span(text: str, words: str) -> tuple[int, int]:
    at = text.index(words)
    return at, at + len(words)


# --- "the West ..." as a region's name ------------------------------------------------------------------------


def test_west_african_bloc_is_ecowas() -> None:
    text = "The junta in Niamey turned down the West African bloc's ultimatum on Sunday."
    ev = event(EventType.REJECT, ("NER",), ("WEST",), span(text, "turned down"))
    out = west_named_region(text, DAY, [ev], DICTIONARY)
    assert out[0].target == ("ECOWAS",)


def test_west_named_region_without_a_body_drops_the_west() -> None:
    text = "Leaders of the West Balkan states criticised the decision."
    ev = event(EventType.ACCUSE, ("WEST",), (), span(text, "criticised"))
    out = west_named_region(text, DAY, [ev], DICTIONARY)
    assert out[0].source == ()


@pytest.mark.parametrize(
    "text",
    [
        "Moscow accused the West of double standards.",
        "Moscow accused the West on Tuesday of double standards.",
        "The West and the West African bloc both condemned the coup.",
    ],
)
def test_the_west_itself_is_kept(text: str) -> None:
    ev = event(EventType.ACCUSE, ("RUS",), ("WEST",), (0, 6))
    assert west_named_region(text, DAY, [ev], DICTIONARY)[0].target == ("WEST",)


# --- coordination -----------------------------------------------------------------------------------------------


def test_coordinated_target_takes_both_sides() -> None:
    text = "Moscow objected to manoeuvres that were staged jointly by Kyiv and Washington last week."
    ev = event(EventType.ACCUSE, ("RUS",), ("UKR",), span(text, "objected to"))
    assert coordinated(text, DAY, [ev], DICTIONARY)[0].target == ("UKR", "USA")


def test_coordinated_places_are_not_joined() -> None:
    text = "After the rounds in Minsk and Kyiv, the Alliance welcomed the plan."
    ev = event(EventType.SUPPORT, ("NATO",), ("UKR",), span(text, "welcomed"))
    assert coordinated(text, DAY, [ev], DICTIONARY)[0].target == ("UKR",)


def test_coordinated_pair_that_is_a_subject_is_not_joined() -> None:
    text = "Moscow criticised Ukraine and Belarus said nothing about it."
    ev = event(EventType.ACCUSE, ("RUS",), ("UKR",), span(text, "criticised"))
    assert coordinated(text, DAY, [ev], DICTIONARY)[0].target == ("UKR",)


def test_coordinated_same_body_and_adjectives_are_not_joined() -> None:
    text = "Both leaders praised the work of the OSCE and its mission chief on the ground."
    ev = event(EventType.SUPPORT, ("RUS",), ("OSCE",), span(text, "praised"))
    assert coordinated(text, DAY, [ev], DICTIONARY)[0].target == ("OSCE",)
    text = "Students burned French and German flags outside the embassy."
    ev = event(EventType.PROTEST, ("students",), ("FRA",), span(text, "burned"))
    assert coordinated(text, DAY, [ev], DICTIONARY)[0].target == ("FRA",)


# --- apposition ---------------------------------------------------------------------------------------------------


def test_apposition_end_to_end() -> None:
    assert ("REJECT", ("NOR",), ("RUS",)) in coded(
        "Norway, one of the twelve founders of the Alliance, turned down the Russian demands."
    )
    assert ("SUPPORT", ("KAZ",), ("RUS",)) in coded(
        "Kazakhstan, a fellow member of the CSTO, backed the Russian plan."
    )


def test_apposition_not_read_from_lists_or_places() -> None:
    text = "Late at night in Minsk, heads of Ukraine, Russia, France and Germany approved a paper."
    ev = event(EventType.AGREE, ("UKR", "RUS", "FRA", "DEU"), (), span(text, "approved"))
    assert apposition(text, DAY, [ev], DICTIONARY)[0].source == ("UKR", "RUS", "FRA", "DEU")
    text = "Russia, the United States, China and France agreed on the text."
    ev = event(EventType.AGREE, ("RUS", "USA", "CHN", "FRA"), (), span(text, "agreed"))
    assert apposition(text, DAY, [ev], DICTIONARY)[0].source == ("RUS", "USA", "CHN", "FRA")


# --- a call joined to an aimed act ----------------------------------------------------------------------------


def test_call_takes_the_target_of_the_joined_welcome() -> None:
    text = "We ask for calm, and we are glad of the phone calls between Ankara and Moscow."
    call = event(EventType.REQUEST, ("NATO",), (), span(text, "ask for"))
    welcome = event(EventType.SUPPORT, ("NATO",), ("TUR", "RUS"), span(text, "are glad"))
    out = shared_with_sibling(text, [call, welcome])
    assert out[0].target == ("TUR", "RUS")


def test_pledge_does_not_take_the_target_of_blame() -> None:
    text = "The Council condemned the attacks on the city and pledged closer work on security."
    blame = event(EventType.ACCUSE, ("NATO",), ("terrorists",), span(text, "condemned"))
    pledge = event(EventType.AGREE, ("NATO",), (), span(text, "pledged"))
    assert shared_with_sibling(text, [blame, pledge])[1].target == ()


# --- blame aimed at the doer --------------------------------------------------------------------------------------


def test_passive_blame_goes_to_the_doer_end_to_end() -> None:
    out = coded("Russia's expulsion of two Norwegian diplomats was condemned by the Allies.")
    assert ("ACCUSE", ("NATO",), ("RUS",)) in out


def test_blame_in_another_clause_is_not_moved() -> None:
    text = "Members back Washington's exit from the accord, and Moscow alone is to blame for its collapse."
    sanction = event(EventType.SANCTION, ("USA",), ("RUS",), span(text, "exit"))
    blame = event(EventType.ACCUSE, ("NATO",), ("RUS",), span(text, "is to blame"))
    assert doer_blamed(text, [sanction, blame])[1].target == ("RUS",)


def test_condolences_are_not_moved() -> None:
    text = "The President conveyed condolences over the attacks by terrorists on the city."
    support = event(EventType.SUPPORT, ("RUS",), ("USA",), span(text, "conveyed condolences"))
    attack = event(EventType.ASSAULT, ("terrorists",), ("USA",), span(text, "attacks"))
    assert doer_blamed(text, [support, attack])[0].target == ("USA",)


# --- bad input ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "1234 5678 --- ???", "and , , and West " * 6000])
def test_bad_input_does_not_crash(text: str) -> None:
    ev = event(EventType.ACCUSE, ("RUS",), ("WEST",), (0, 0))
    assert settled(text, DAY, [ev], DICTIONARY) in ([ev], [dataclasses.replace(ev)])
    assert settled(text, DAY, [], DICTIONARY) == []


def test_long_sentence_codes() -> None:
    text = "Norway, a founding member of the Alliance, rejected the Russian demands. " * 1400
    assert len(text) > 100_000
    code_sentence(text, date=DAY)
