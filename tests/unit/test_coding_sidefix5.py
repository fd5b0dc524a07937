"""Session 30 (sidefix5): sides of draft treaties, opposition crowds, zones around breakaway regions,
"legitimate targets" threats, air policing and wartime ceasefires; sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.coded import triples

from detente.coding import sidefix5
from detente.coding.actors import load_dictionary
from detente.coding.coder import Event, Polarity
from detente.coding.ontology import EventType

DAY = dt.date(2021, 12, 18)
GEORGIA = dt.date(2008, 10, 9)
WAR = dt.date(2023, 1, 5)


def _sides(text: str, kind: str, day: dt.date = DAY) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    return {(source, target) for t, source, target in triples(text, day) if t == kind}


# --- drafts to parties -------------------------------------------------------------------------------------


def test_drafts_are_offered_to_every_other_party() -> None:
    got = _sides(
        "Moscow handed over two draft accords, one addressed to Washington and one to the Alliance, "
        "demanding guarantees.",
        "AGREE",
    )
    assert got == {(("RUS",), ("NATO", "USA"))}


def test_drafter_is_the_first_party_named_between() -> None:
    got = _sides(
        "The Foreign Ministry published the draft treaty between Russia and the United States on strategic "
        "stability and the draft agreement on the security of Russia and the member states of NATO.",
        "AGREE",
    )
    assert got == {(("RUS",), ("NATO", "USA"))}


def test_one_draft_to_one_party_is_left_alone() -> None:
    assert _sides("Moscow handed over a draft treaty to Washington on Friday.", "AGREE") == {
        (("RUS",), ("USA",))
    }


# --- opposition crowd --------------------------------------------------------------------------------------


def test_crowd_at_an_opposition_rally_is_the_opposition() -> None:
    text = "Police beat hundreds of people at an unsanctioned opposition rally in central Minsk on Sunday."
    assert _sides(text, "ASSAULT", dt.date(2021, 4, 12)) == {(("police",), ("opposition",))}


def test_crowd_at_an_unnamed_rally_stays_protesters() -> None:
    text = "Police beat hundreds of people at an unsanctioned rally in central Minsk on Sunday."
    assert _sides(text, "ASSAULT", dt.date(2021, 4, 12)) == {(("police",), ("protesters",))}


def test_supporters_of_a_government_critic_protest_as_the_opposition() -> None:
    text = "Supporters of the imprisoned Kremlin critic marched in dozens of Russian cities despite a ban."
    assert {s for s, _ in _sides(text, "PROTEST", dt.date(2021, 4, 12))} == {("opposition",)}


# --- zones around a breakaway region -----------------------------------------------------------------------


def test_withdrawal_from_zones_around_a_region_is_from_georgia() -> None:
    text = "Russian units pulled out of the security zones around South Ossetia on Friday."
    assert _sides(text, "RETREAT", GEORGIA) == {(("RUS",), ("GEO",))}


def test_withdrawal_from_the_region_itself_is_left_alone() -> None:
    text = "Russian units pulled out of South Ossetia on Friday."
    assert _sides(text, "RETREAT", GEORGIA) == {(("RUS",), ("south ossetia",))}


# --- legitimate targets ------------------------------------------------------------------------------------


def test_foreign_troops_in_ukraine_as_targets_is_a_threat_to_nato() -> None:
    text = "Any foreign troops sent to Ukraine will be treated as legitimate targets, the Russian defence minister said."
    assert _sides(text, "THREATEN", dt.date(2024, 3, 1)) == {(("RUS",), ("NATO",))}


def test_ukrainian_depots_as_targets_stay_a_threat_to_ukraine() -> None:
    text = "Moscow warned that Ukrainian military depots in Kyiv would be legitimate targets for its forces."
    assert _sides(text, "THREATEN", WAR) == {(("RUS",), ("UKR",))}


# --- air policing ------------------------------------------------------------------------------------------


def test_air_policing_jets_are_nato_s() -> None:
    text = (
        "Four Danish F-16 jets arrived in Lithuania to begin policing the airspace of the Baltic states on "
        "behalf of the Alliance."
    )
    assert {s for s, _ in _sides(text, "MOBILIZE", dt.date(2015, 1, 5))} == {("NATO",)}


def test_jets_sent_for_an_exercise_stay_the_sender_s() -> None:
    text = "Four Danish F-16 jets arrived in Lithuania for a bilateral training exercise."
    assert {s for s, _ in _sides(text, "MOBILIZE", dt.date(2015, 1, 5))} == {("DNK",)}


# --- wartime ceasefire -------------------------------------------------------------------------------------


def test_wartime_russian_ceasefire_is_granted_to_ukraine() -> None:
    text = "President Putin ordered a Christmas ceasefire from noon on 6 January until midnight on 7 January."
    assert _sides(text, "CONCEDE", WAR) == {(("RUS",), ("UKR",))}


def test_ceasefire_before_the_war_is_left_alone() -> None:
    text = "President Yeltsin ordered a ceasefire in Chechnya from midnight."
    assert _sides(text, "CONCEDE", dt.date(1996, 3, 31)) == {(("RUS",), ())}


# --- named forces ------------------------------------------------------------------------------------------


def _move(kind: EventType, target: tuple[str, ...]) -> Event:
    return Event(
        event=kind,
        mode="",
        source=(),
        target=target,
        polarity=Polarity.ASSERTED,
        event_date="",
        event_date_precision="",
        evidence=(0, 10),
        anchor=(0, 10),
    )


def test_the_one_state_whose_troops_withdrew_is_the_doer() -> None:
    text = "The town was liberated after the withdrawal of Russian troops, the governor said."
    got = sidefix5.named_forces(text, WAR, [_move(EventType.RETREAT, ("UKR",))], load_dictionary())
    assert [e.source for e in got] == [("RUS",)]


def test_forces_of_two_states_name_no_single_doer() -> None:
    text = "The town was liberated after the withdrawal of Russian and Belarusian troops, the governor said."
    got = sidefix5.named_forces(text, WAR, [_move(EventType.RETREAT, ("UKR",))], load_dictionary())
    assert [e.source for e in got] == [()]


def test_the_target_s_own_forces_are_not_the_doer() -> None:
    text = "Two Russian bombers were escorted away from the border, the ministry said."
    got = sidefix5.named_forces(text, WAR, [_move(EventType.MOBILIZE, ("RUS",))], load_dictionary())
    assert [e.source for e in got] == [()]


# --- refugees to Europe ------------------------------------------------------------------------------------


def test_threat_to_send_migrants_to_europe_is_aimed_at_the_eu() -> None:
    text = "The Libyan strongman threatened to send hundreds of thousands of migrants to Europe unless the sanctions were lifted."
    assert _sides(text, "THREATEN", dt.date(2011, 3, 1)) == {(("LBY",), ("EU",))}


def test_threat_to_expel_migrants_stays_aimed_at_them() -> None:
    text = "The Libyan strongman threatened to expel hundreds of thousands of migrants unless they left voluntarily."
    assert _sides(text, "THREATEN", dt.date(2011, 3, 1)) == {(("LBY",), ("refugees",))}


def test_request_that_europe_take_in_refugees_is_aimed_at_the_eu() -> None:
    text = "The UNHCR urged European governments on Monday to take in 50,000 more refugees."
    assert _sides(text, "REQUEST", dt.date(2015, 9, 4)) == {(("UN",), ("EU",))}
