"""Session 32 (sidefix10): physical acts aimed at the side their own object names; sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import sidefix10
from detente.coding.actors import load_dictionary
from detente.coding.coder import Event, Polarity, code_sentence
from detente.coding.ontology import EventType

_DAY = dt.date(2023, 6, 1)
_DICT = load_dictionary()


def _event(
    text: str,
    kind: EventType,
    source: tuple[str, ...],
    words: str,
    target: tuple[str, ...] = (),
    polarity: Polarity = Polarity.ASSERTED,
) -> Event:
    start = text.index(words)
    anchor = (start, start + len(words))
    return Event(kind, "", source, target, polarity, "2023-06-01", "day", anchor, anchor=anchor)


def _aimed(text: str, kind: EventType, source: tuple[str, ...], words: str) -> tuple[str, ...]:
    events = [_event(text, kind, source, words)]
    got = sidefix10.settled(text, _DAY, events, _DICT)
    assert len(got) == len(events)
    return got[0].target


# --- the object names the side -----------------------------------------------------------------------------


def test_attack_on_a_place_of_another_state_is_aimed_at_it() -> None:
    text = "Days after Berlin eased its export rules, Poland fired rockets at an airbase in the Kursk region."
    assert _aimed(text, EventType.ASSAULT, ("POL",), "fired rockets at") == ("RUS",)


def test_whole_coder_aims_the_attack_at_the_place_state() -> None:
    text = "Days after Berlin eased its export rules, Poland fired rockets at an airbase in the Kursk region."
    got = [e for e in code_sentence(text, date=_DAY) if e.event is EventType.ASSAULT]
    assert [e.target for e in got] == [("RUS",)]


def test_negated_attack_keeps_the_place_state() -> None:
    text = "Whatever Berlin says, Poland has never fired rockets at an airbase in the Kursk region."
    events = [_event(text, EventType.ASSAULT, ("POL",), "fired rockets at", polarity=Polarity.NEGATED)]
    got = sidefix10.settled(text, _DAY, events, _DICT)
    assert got[0].target == ("RUS",)
    assert got[0].polarity is Polarity.NEGATED


def test_passive_detention_is_aimed_at_the_owner_of_the_detainee() -> None:
    text = (
        "Juris Ozols, a clerk of the Latvian customs service, was taken into custody by the Belarusian KGB."
    )
    assert _aimed(text, EventType.COERCE, ("BLR",), "taken into custody") == ("LVA",)


def test_withdrawal_from_another_state_is_aimed_at_it() -> None:
    text = "After the vote in Washington, Russia moved its last units out of Moldovan territory."
    assert _aimed(text, EventType.RETREAT, ("RUS",), "moved its last units") == ("MDA",)


# --- near misses ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "source", "words"),
    [
        # the weapon's maker, the helper and the launch site are not the target
        ("Ukraine fired US-made rockets at the depot last night.", EventType.ASSAULT, ("UKR",), "fired"),
        ("Ukraine struck the depot with French help on Sunday.", EventType.ASSAULT, ("UKR",), "struck"),
        ("Russia launched drones from Belarusian soil overnight.", EventType.ASSAULT, ("RUS",), "launched"),
        # the one who names the act
        ("Israel bombed the port in what Tehran called a crime.", EventType.ASSAULT, ("ISR",), "bombed"),
        # a go-between or an overseer of the act
        ("Qatar paid the wages of clerks through Egyptian banks.", EventType.AID, ("QAT",), "paid"),
        ("The rebels laid down arms under UN supervision.", EventType.RETREAT, ("FARC",), "laid down arms"),
        # a place where the gift, withdrawal or sanction happens is no target
        ("Qatar paid the wages of clerks in the Gaza Strip.", EventType.AID, ("QAT",), "paid"),
        (
            "Russia reduced its forces in the Kharkiv region.",
            EventType.RETREAT,
            ("RUS",),
            "reduced its forces",
        ),
        # a withdrawal from the doer's own land
        ("Russia pulled its forces back from the Belgorod region.", EventType.RETREAT, ("RUS",), "pulled"),
        # an armed group's attack in a country is not aimed at that country
        (
            "Taliban gunmen stormed a school in Peshawar on Monday.",
            EventType.ASSAULT,
            ("TALIBAN",),
            "stormed",
        ),
        # two other sides in the object: which one is meant is not known
        ("Poland shelled posts in the Kursk region or in Ukraine.", EventType.ASSAULT, ("POL",), "shelled"),
        # a side in another clause
        ("Russia seized the tanker, which had left a Finnish port.", EventType.COERCE, ("RUS",), "seized"),
        # a reporter's nation is not the target of an act against the press
        ("Russian police arrested the American journalist in Perm.", EventType.COERCE, ("RUS",), "arrested"),
    ],
)
def test_near_misses_stay_unaimed(text: str, kind: EventType, source: tuple[str, ...], words: str) -> None:
    assert _aimed(text, kind, source, words) == ()


def test_mutual_exchange_stays_unaimed() -> None:
    text = "Moscow and Kyiv swapped prisoners through the good offices of the Emirates."
    events = [_event(text, EventType.RETREAT, ("RUS", "UKR"), "swapped prisoners")]
    assert sidefix10.settled(text, _DAY, events, _DICT)[0].target == ()


def test_an_aimed_act_is_left_alone() -> None:
    text = "Poland fired rockets at an airbase in the Kursk region."
    events = [_event(text, EventType.ASSAULT, ("POL",), "fired rockets at", target=("UKR",))]
    assert sidefix10.settled(text, _DAY, events, _DICT) == events


def test_speech_acts_are_not_aimed_here() -> None:
    text = "Poland criticised strikes on an airbase in the Kursk region."
    events = [_event(text, EventType.ACCUSE, ("POL",), "criticised")]
    assert sidefix10.settled(text, _DAY, events, _DICT) == events


# --- bad input -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "1234 5678 !!", "Poland fired rockets at Russia. " * 3300])
def test_bad_input_never_raises(text: str) -> None:
    events = [Event(EventType.ASSAULT, "", ("POL",), (), Polarity.ASSERTED, "2023-06-01", "day", (0, 0))]
    assert sidefix10.settled(text, _DAY, events, _DICT) == events
    assert sidefix10.settled(text, _DAY, [], _DICT) == []
    assert code_sentence(text, date=_DAY) == [] or len(text) < 100


def test_object_aimed_with_no_anchor_is_left_alone() -> None:
    text = "Poland fired rockets at an airbase in the Kursk region."
    events = [Event(EventType.ASSAULT, "", ("POL",), (), Polarity.ASSERTED, "2023-06-01", "day", (0, 5))]
    assert sidefix10.object_aimed(text, _DAY, events, _DICT) == events
