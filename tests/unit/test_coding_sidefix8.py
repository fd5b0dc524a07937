"""Session 31 (sidefix8): targets of warnings with none named, deployments aimed at their judges, and
signings by all their signers; sentences written for these tests."""

from __future__ import annotations

import dataclasses
import datetime as dt

from tests.coded import triples

from detente.coding import sidefix8
from detente.coding.actors import load_dictionary
from detente.coding.coder import Event, Polarity
from detente.coding.ontology import EventType

_DAY = dt.date(2019, 6, 1)
_DICT = load_dictionary()


def _event(kind: EventType, source: tuple[str, ...], target: tuple[str, ...], anchor: int = 0) -> Event:
    return Event(
        kind, "", source, target, Polarity.ASSERTED, "2019-06-01", "day", (0, 1), anchor=(anchor, anchor + 6)
    )


# --- warnings aimed ---------------------------------------------------------------------------------------


def test_warning_with_no_one_named_stays_unaimed() -> None:
    events = [_event(EventType.THREATEN, ("RUS",), ())]
    text = "The ministry in Moscow cautioned that such a step would certainly meet an answer."
    assert sidefix8.warning_aimed(text, _DAY, events, _DICT) == events


def test_warning_is_aimed_at_the_side_the_sentence_names() -> None:
    events = [_event(EventType.THREATEN, ("NATO",), ())]
    text = "Any strike on an ally would meet the whole force of the Alliance, and President Putin knows it."
    got = sidefix8.warning_aimed(text, _DAY, events, _DICT)
    assert [e.target for e in got] == [("RUS",)]


def test_warning_takes_the_sides_of_the_context() -> None:
    events = [_event(EventType.THREATEN, ("RUS",), ())]
    text = "We shall respond in kind, and quickly."
    got = sidefix8.warning_aimed(text, _DAY, events, _DICT, "Remarks on the missile plans of Washington.")
    assert [e.target for e in got] == [("USA",)]


def test_warning_leaves_out_those_who_ask_and_places() -> None:
    events = [_event(EventType.THREATEN, ("NATO",), ()), _event(EventType.REQUEST, ("LVA",), ("NATO",))]
    text = "Latvia asked for talks, and the Allies warned of a firm answer to any incursion in Latvia."
    assert sidefix8.warning_aimed(text, _DAY, events, _DICT) == events


def test_warning_is_aimed_at_those_who_sanction_the_one_warning() -> None:
    events = [_event(EventType.SANCTION, ("CAN",), ("RUS",)), _event(EventType.THREATEN, ("RUS",), ())]
    text = "Ottawa froze the assets of ten officials; the ministry in Moscow said this would meet an answer."
    assert sidefix8.warning_aimed(text, _DAY, events, _DICT)[1].target == ("CAN",)


def test_negated_warning_stays_unaimed() -> None:
    events = [dataclasses.replace(_event(EventType.THREATEN, ("RUS",), ()), polarity=Polarity.NEGATED)]
    text = "Russia has threatened no one, Kremlin officials said of the remarks in Berlin."
    assert sidefix8.warning_aimed(text, _DAY, events, _DICT) == events


def test_whole_coder_aims_a_warning_at_the_side_named() -> None:
    text = "NATO warned that any attack on an ally would be met with a decisive response, and President Putin should know it."
    assert ("THREATEN", ("NATO",), ("RUS",)) in triples(text, _DAY)


# --- judges of deployments ----------------------------------------------------------------------------------


def test_judge_of_a_deployment_is_not_its_target() -> None:
    text = "Two Dutch frigates were sent to the region, a move Moscow called reckless."
    events = [
        _event(EventType.MOBILIZE, ("NATO",), ("RUS",)),
        _event(EventType.ACCUSE, ("RUS",), ("NATO",)),
    ]
    got = sidefix8.judge_not_target(text, _DAY, events, _DICT)
    assert got[0].target == () and got[1].target == ("NATO",)


def test_judge_named_in_the_move_stays_its_target() -> None:
    text = "Russian jets shadowed a Dutch frigate for hours, which The Hague condemned."
    events = [
        _event(EventType.MOBILIZE, ("RUS",), ("NLD",)),
        _event(EventType.ACCUSE, ("NLD",), ("RUS",)),
    ]
    assert sidefix8.judge_not_target(text, _DAY, events, _DICT) == events


def test_deployment_placed_at_its_judge_keeps_the_target() -> None:
    text = "We condemn the flight of two bombers into the airspace of Norway, the Norwegian ministry said."
    events = [
        _event(EventType.MOBILIZE, ("RUS",), ("NOR",)),
        _event(EventType.ACCUSE, ("NOR",), ("RUS",)),
    ]
    assert sidefix8.judge_not_target(text, _DAY, events, _DICT) == events


# --- signed together ----------------------------------------------------------------------------------------


def test_signing_with_a_partner_makes_both_signers() -> None:
    text = "The Chancellor signed the accord with the President of Poland in Berlin."
    start = text.index("signed")
    events = [_event(EventType.SUPPORT, ("DEU",), ("POL",), start)]
    got = sidefix8.signed_together(text, _DAY, events, _DICT)
    assert [(set(e.source), e.target) for e in got] == [({"DEU", "POL"}, ())]


def test_two_signers_have_no_target() -> None:
    text = "Norway and Sweden signed the border protocol in Washington on Friday."
    start = text.index("signed")
    events = [_event(EventType.SUPPORT, ("NOR", "SWE"), ("USA",), start)]
    assert sidefix8.signed_together(text, _DAY, events, _DICT)[0].target == ()


def test_decree_signed_against_a_state_is_left_alone() -> None:
    text = "The President signed a decree on new duties on steel from Japan."
    start = text.index("signed")
    events = [_event(EventType.SUPPORT, ("RUS",), ("JPN",), start)]
    assert sidefix8.signed_together(text, _DAY, events, _DICT) == events


def test_welcoming_a_signing_is_left_alone() -> None:
    text = "Canada welcomed the signing of the deal between Kyiv and Moscow."
    events = [_event(EventType.SUPPORT, ("CAN",), ("UKR", "RUS"), 7)]
    assert sidefix8.signed_together(text, _DAY, events, _DICT) == events


def test_whole_coder_codes_signers_together() -> None:
    got = triples(
        "Norway and Finland signed the fisheries protocol at a ceremony at the White House on Friday.", _DAY
    )
    assert got == {("SUPPORT", ("FIN", "NOR"), ())}  # main gave the host a target
    got = triples(
        "The Prime Minister of Estonia signed the defence accord with President Biden in Tallinn.", _DAY
    )
    assert got == {("SUPPORT", ("EST", "USA"), ())}


# --- bad input ------------------------------------------------------------------------------------------------


def test_bad_input_is_returned_unchanged() -> None:
    events = [_event(EventType.THREATEN, ("RUS",), ())]
    assert sidefix8.settled("", _DAY, events, _DICT) == events
    assert sidefix8.settled("1234 ... !!", _DAY, [], _DICT) == []
    long = "signed warned " * 400
    assert sidefix8.settled(long, _DAY, events, _DICT) == events
    assert sidefix8.settled("?? ,, 12", None, events, _DICT) == events
