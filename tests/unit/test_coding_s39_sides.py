"""The one counterpart named after a statement (session 39, helper sides): detente.coding.s39sides.
Every sentence is invented for these tests."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from detente.coding.actors import load_dictionary
from detente.coding.coder import Event
from detente.coding.ontology import EventType, Polarity
from detente.coding.s39sides import settled

DAY = dt.date(2019, 5, 14)
DICTIONARY = load_dictionary()


def event(kind: EventType, source: tuple[str, ...], text: str, words: str) -> Event:
    at = text.index(words)
    return Event(
        event=kind,
        mode="",
        source=source,
        target=(),
        polarity=Polarity.ASSERTED,
        event_date="2019-05-14",
        event_date_precision="day",
        evidence=(0, len(text)),
        anchor=(at, at + len(words)),
    )


def aimed(text: str, kind: EventType, source: tuple[str, ...], words: str) -> tuple[str, ...]:
    (out,) = settled(text, DAY, [event(kind, source, text, words)], DICTIONARY)
    return out.target


@pytest.mark.parametrize(
    ("text", "kind", "source", "words", "target"),
    [
        (
            "We stand ready to help but we cannot do the work that the Georgian authorities must do.",
            EventType.AGREE,
            ("RUS",),
            "ready",
            ("GEO",),
        ),
        (
            "The ministry finds it regrettable that Western observers dismissed the count in advance.",
            EventType.ACCUSE,
            ("RUS",),
            "regrettable",
            ("WEST",),
        ),
        (
            "Our cabinet will work to deepen its trade ties with Japan over the coming decade.",
            EventType.AGREE,
            ("GBR",),
            "work",
            ("JPN",),
        ),
    ],
)
def test_the_one_counterpart_after_the_act_is_the_target(
    text: str, kind: EventType, source: tuple[str, ...], words: str, target: tuple[str, ...]
) -> None:
    assert aimed(text, kind, source, words) == target


@pytest.mark.parametrize(
    ("text", "source", "words"),
    [
        # a place, and a state joined to a place
        ("The minister praised the plan for new bases in Poland and Romania.", ("USA",), "praised"),
        (
            "The accord was endorsed on behalf of Spain in Porto Alegre, Brazil last winter.",
            ("ESP",),
            "endorsed",
        ),
        # the doer's partner in a joint act, named before the act
        ("Chile and Japan agree that the dispute must be settled by a court.", ("CHL",), "agree"),
        ("Together with Japan, Chile pledged to cut its tariffs on grain.", ("CHL",), "pledged"),
        # a post's seat, a topic, one pressed, a group someone belongs to
        ("The senator mocked the former ambassador to the United Nations.", ("USA",), "mocked"),
        (
            "The White House weighs penalties for allies that gave little help during the Iran war.",
            ("USA",),
            "weighs",
        ),
        ("Moscow said any pressure on the leadership of the Serbian state was harmful.", ("RUS",), "said"),
        ("The report said he had agreed to help a member of the Turkish team.", ("USA",), "agreed"),
        # two counterparts: no choice
        ("Berlin welcomed the steps taken by Kyiv and by Moscow.", ("DEU",), "welcomed"),
        # the counterpart in a later clause after ", but"
        ("We stand ready to help, but the Georgian authorities must act first.", ("RUS",), "ready"),
        # no counterpart at all
        ("The ministry said it was ready to continue the talks.", ("RUS",), "ready"),
    ],
)
def test_no_target_where_no_single_counterpart_is_named(
    text: str, source: tuple[str, ...], words: str
) -> None:
    assert aimed(text, EventType.AGREE, source, words) == ()


def test_a_named_target_and_other_types_are_left_alone() -> None:
    text = "Tokyo criticised the tests carried out by Pyongyang."
    ev = event(EventType.ACCUSE, ("JPN",), text, "criticised")
    kept = dataclasses.replace(ev, target=("CHN",))
    assert settled(text, DAY, [kept], DICTIONARY)[0].target == ("CHN",)
    force = event(EventType.MOBILIZE, ("JPN",), text, "carried")
    assert settled(text, DAY, [force], DICTIONARY)[0].target == ()
    group = event(EventType.ACCUSE, ("protesters",), text, "criticised")
    assert settled(text, DAY, [group], DICTIONARY)[0].target == ()


def test_no_event_is_added_or_dropped() -> None:
    text = "Ankara said it was ready to help Baghdad and welcomed the new cabinet."
    events = [
        event(EventType.AGREE, ("TUR",), text, "ready"),
        event(EventType.SUPPORT, ("TUR",), text, "welcomed"),
    ]
    out = settled(text, DAY, events, DICTIONARY)
    assert [e.event for e in out] == [EventType.AGREE, EventType.SUPPORT]


@pytest.mark.parametrize("text", ["", "!!! ??? ... 123 456", "x" * 100_000, "Japan " * 20_000])
def test_hostile_input(text: str) -> None:
    assert settled(text, DAY, [], DICTIONARY) == []
    ev = Event(
        event=EventType.AGREE,
        mode="",
        source=("JPN",),
        target=(),
        polarity=Polarity.ASSERTED,
        event_date="2019-05-14",
        event_date_precision="day",
        evidence=(0, len(text)),
        anchor=(0, min(3, len(text))),
    )
    (out,) = settled(text, DAY, [ev], DICTIONARY)
    assert out.target == ()


def test_a_person_named_after_the_act_is_what_it_is_about() -> None:
    text = "The Taliban again declined to surrender bin Laden to anyone."
    assert aimed(text, EventType.REJECT, ("TALIBAN",), "declined") == ()
