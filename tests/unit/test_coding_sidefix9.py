"""Session 32 (sidefix9): targets of acts that are always aimed at someone, of deployments not made, and of
deportations, broadcast bans and relief; sentences written for these tests."""

from __future__ import annotations

import dataclasses
import datetime as dt

from detente.coding import sidefix9
from detente.coding.actors import load_dictionary
from detente.coding.coder import Event, Polarity
from detente.coding.ontology import EventType

_DAY = dt.date(2019, 6, 1)
_DICT = load_dictionary()


def _event(
    kind: EventType,
    source: tuple[str, ...],
    target: tuple[str, ...],
    polarity: Polarity = Polarity.ASSERTED,
) -> Event:
    return Event(kind, "", source, target, polarity, "2019-06-01", "day", (0, 1), anchor=(0, 6))


# --- always aimed -----------------------------------------------------------------------------------------


def test_refusal_is_aimed_at_the_other_side_the_sentence_names() -> None:
    events = [_event(EventType.REJECT, ("USA",), ())]
    text = "After the meeting with the Russian envoys, Washington brushed their ideas aside as unworkable."
    got = sidefix9.always_aimed(text, _DAY, events, _DICT)
    assert [e.target for e in got] == [("RUS",)]


def test_refusal_takes_the_other_side_of_the_context() -> None:
    events = [_event(EventType.REJECT, ("NATO",), ())]
    text = "Allies made plain that they will never trade away the open door."
    context = "Remarks after the NATO-Russia Council; 'we' are the Allies."
    got = sidefix9.always_aimed(text, _DAY, events, _DICT, context)
    assert [e.target for e in got] == [("RUS",)]


def test_acts_are_not_aimed_by_this_pass() -> None:
    events = [_event(EventType.ASSAULT, ("UKR",), ())]
    text = "Kyiv fired long-range rockets at a depot overnight, a Russian spokesman said."
    got = sidefix9.always_aimed(text, _DAY, events, _DICT, "Statement of the Russian Defence Ministry.")
    assert got == events


def test_criticism_takes_only_the_context() -> None:
    events = [_event(EventType.ACCUSE, ("NATO",), ())]
    text = "Allies condemned the raid on the Georgian border post."
    assert sidefix9.always_aimed(text, _DAY, events, _DICT, "Remarks about Russia.") == events
    bare = "Allies voiced deep concern at what happened there."
    got = sidefix9.always_aimed(bare, _DAY, events, _DICT, "Remarks after the NATO-Russia Council.")
    assert [e.target for e in got] == [("RUS",)]


def test_places_and_topics_are_not_aimed_at() -> None:
    events = [_event(EventType.REQUEST, ("RUS", "FRA"), ())]
    text = "The two leaders, meeting in Berlin, insisted on a peaceful way out of the Iraqi crisis."
    assert sidefix9.always_aimed(text, _DAY, events, _DICT) == events


def test_the_one_who_tells_of_the_refusal_is_not_its_target() -> None:
    events = [_event(EventType.REJECT, ("UKR",), ())]
    text = "The ministry in Moscow said Kyiv had turned the offer down flatly."
    assert sidefix9.always_aimed(text, _DAY, events, _DICT) == events


def test_event_with_a_target_or_no_doer_is_left_alone() -> None:
    events = [_event(EventType.ACCUSE, ("RUS",), ("EST",)), _event(EventType.ACCUSE, (), ())]
    text = "Moscow criticised Tallinn, and Germany was criticised as well."
    assert sidefix9.always_aimed(text, _DAY, events, _DICT) == events


def test_types_that_are_often_unaimed_are_left_alone() -> None:
    events = [_event(EventType.CONSULT, ("RUS",), ()), _event(EventType.AGREE, ("RUS",), ())]
    text = "Russia held consultations and agreed to continue, said a diplomat in Paris, citing France."
    assert sidefix9.always_aimed(text, _DAY, events, _DICT) == events


def test_two_other_sides_leave_the_event_unaimed() -> None:
    events = [_event(EventType.ACCUSE, ("RUS",), ())]
    text = "Moscow voiced concern after talks between Poland and Lithuania."
    assert sidefix9.always_aimed(text, _DAY, events, _DICT) == events


# --- declined deployment ----------------------------------------------------------------------------------


def test_deployment_not_made_has_no_target() -> None:
    events = [_event(EventType.MOBILIZE, ("NATO",), ("UKR",), Polarity.NEGATED)]
    text = "The Alliance will not put combat troops on the ground in Ukraine."
    assert [e.target for e in sidefix9.settled(text, _DAY, events, _DICT)] == [()]


def test_incursion_not_made_keeps_its_target() -> None:
    events = [_event(EventType.MOBILIZE, ("RUS",), ("FIN",), Polarity.NEGATED)]
    text = "No Russian jets entered Finnish airspace during the drill."
    assert sidefix9.settled(text, _DAY, events, _DICT) == events


def test_deployment_made_keeps_its_target() -> None:
    events = [_event(EventType.MOBILIZE, ("RUS",), ("UKR",))]
    text = "Moscow massed armour along the border with Ukraine."
    assert sidefix9.settled(text, _DAY, events, _DICT) == events


# --- groups aimed -----------------------------------------------------------------------------------------


def test_deportation_of_people_without_papers_is_aimed_at_migrants() -> None:
    events = [_event(EventType.COERCE, ("PAK",), ("AFG",))]
    text = "Islamabad started to deport Afghan families living there without papers."
    assert [e.target for e in sidefix9.group_aimed(text, events)] == [("migrants",)]


def test_threat_to_deport_asylum_seekers_is_aimed_at_migrants() -> None:
    events = [_event(EventType.THREATEN, ("GBR",), ("refugees",))]
    text = "London threatened to deport asylum seekers who crossed the Channel in small boats."
    assert [e.target for e in sidefix9.group_aimed(text, events)] == [("migrants",)]


def test_deportation_of_a_nations_asylum_seekers_keeps_the_nation() -> None:
    events = [_event(EventType.COERCE, ("DEU",), ("IRQ",))]
    text = "Berlin deported forty rejected Iraqi asylum seekers on a chartered plane."
    assert sidefix9.group_aimed(text, events) == events


def test_deportation_of_citizens_keeps_their_state() -> None:
    events = [_event(EventType.COERCE, ("RUS",), ("GEO",))]
    text = "Moscow deported hundreds of Georgian citizens last autumn."
    assert sidefix9.group_aimed(text, events) == events


def test_ban_on_broadcasting_is_aimed_at_media() -> None:
    events = [_event(EventType.COERCE, ("LTU",), ("RUS",))]
    text = "Vilnius decided to suspend the broadcasting of three Russian television channels for a year."
    assert [e.target for e in sidefix9.group_aimed(text, events)] == [("media",)]


def test_detained_reporters_are_not_a_broadcast_ban() -> None:
    events = [_event(EventType.COERCE, ("LVA",), ("RUS",))]
    text = "Riga police detained two reporters of Russian outlets whose licences were revoked."
    assert sidefix9.group_aimed(text, events) == events


def test_relief_to_people_trapped_is_aimed_at_civilians() -> None:
    events = [_event(EventType.AID, ("GBR",), ("SYR",))]
    text = "British planes dropped water and medicine to families stranded in the hills of Syria."
    assert [e.target for e in sidefix9.group_aimed(text, events)] == [("civilians",)]


def test_aid_to_people_fleeing_is_aimed_at_refugees() -> None:
    events = [_event(EventType.AID, ("HUN",), ("UKR",))]
    text = "Hungary has sheltered thousands of people fleeing the fighting in Ukraine."
    assert [e.target for e in sidefix9.group_aimed(text, events)] == [("refugees",)]


def test_aid_to_a_state_with_no_group_is_left_alone() -> None:
    events = [_event(EventType.AID, ("USA",), ("UKR",))]
    text = "Washington sent more medicine and food to Ukraine after its troops fled the town."
    assert sidefix9.group_aimed(text, events) == events


# --- council met -----------------------------------------------------------------------------------------


def test_talks_in_the_council_are_mutual() -> None:
    events = [_event(EventType.CONSULT, ("RUS",), ("NATO",))]
    text = (
        "Two Russian deputy ministers held talks with Alliance envoys in the NATO-Russia Council on Monday."
    )
    got = sidefix9.settled(text, _DAY, events, _DICT)
    assert [(e.source, e.target) for e in got] == [(("NATO", "RUS"), ())]


def test_briefing_in_the_council_stays_one_way() -> None:
    events = [_event(EventType.CONSULT, ("RUS",), ("NATO",))]
    text = "In the NATO-Russia Council, the Russian envoy briefed Allies on the coming drill."
    assert sidefix9.council_met(text, events) == events


def test_talks_elsewhere_stay_one_way() -> None:
    events = [_event(EventType.CONSULT, ("RUS",), ("NATO",))]
    text = "The Russian minister held talks with Alliance envoys in Vienna on Monday."
    assert sidefix9.settled(text, _DAY, events, _DICT) == events


# --- signed between ---------------------------------------------------------------------------------------


def test_text_between_two_sides_is_signed_by_both() -> None:
    events = [_event(EventType.SUPPORT, ("USA",), ())]
    text = "Leaders signed the Charter on Partnership between NATO and Ukraine at a ceremony in Madrid."
    events = [dataclasses.replace(events[0], anchor=(text.index("signed"), text.index("signed") + 6))]
    got = sidefix9.signed_between(text, _DAY, events, _DICT)
    assert [(e.source, e.target) for e in got] == [(("NATO", "UKR"), ())]


def test_welcoming_a_signed_text_keeps_the_one_who_welcomes() -> None:
    text = "Japan welcomed the signing of the Agreement between Israel and Jordan."
    events = [_event(EventType.SUPPORT, ("JPN",), ("ISR", "JOR"))]
    events = [dataclasses.replace(events[0], anchor=(text.index("welcomed"), text.index("welcomed") + 8))]
    assert sidefix9.signed_between(text, _DAY, events, _DICT) == events


def test_cooperation_between_two_sides_is_not_a_text_between_them() -> None:
    text = "Kyiv signed a programme that opens practical cooperation between Ukraine and the Alliance."
    events = [_event(EventType.SUPPORT, ("UKR",), ("NATO",))]
    events = [dataclasses.replace(events[0], anchor=(text.index("signed"), text.index("signed") + 6))]
    assert sidefix9.signed_between(text, _DAY, events, _DICT) == events


# --- and allied -------------------------------------------------------------------------------------------


def test_state_and_allied_jets_act_with_nato() -> None:
    events = [_event(EventType.ASSAULT, ("ROU",), ("RUS",))]
    text = "Romanian and allied jets downed two Russian drones over the Danube delta."
    got = sidefix9.and_allied(text, _DAY, events, _DICT)
    assert [e.source for e in got] == [("ROU", "NATO")]


def test_allied_alone_or_other_doers_are_left_alone() -> None:
    events = [_event(EventType.MOBILIZE, ("RUS",), ("LTU",))]
    text = "Russian jets buzzed the border while Lithuanian and allied troops drilled nearby."
    assert sidefix9.and_allied(text, _DAY, events, _DICT) == events
    text2 = "The allied navies met at the port."
    assert sidefix9.and_allied(text2, _DAY, events, _DICT) == events


# --- bad input --------------------------------------------------------------------------------------------


def test_bad_input_is_left_alone() -> None:
    events = [_event(EventType.REJECT, ("RUS",), ())]
    assert sidefix9.settled("", _DAY, events, _DICT) == events
    assert sidefix9.settled("12345 ... !!!", _DAY, events, _DICT) == events
    assert sidefix9.settled("Moscow refused Kyiv. " * 5000, _DAY, events, _DICT) == events
    assert sidefix9.settled("Moscow refused Kyiv.", _DAY, [], _DICT) == []
