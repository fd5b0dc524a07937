"""Session 31 (sidefix6): sides of missions to NATO, transit for ISAF, the Commission,
counter-sanctions, blame, NATO-Russia bodies, bilateral treaties, NATO summits, calls to stop attacks and
more; sentences written for these tests."""

from __future__ import annotations

import dataclasses
import datetime as dt

from tests.coded import triples

from detente.coding import sidefix6
from detente.coding.actors import load_dictionary
from detente.coding.coder import Event, Polarity
from detente.coding.ontology import EventType


def _sides(text: str, kind: str, day: str, **kw: object) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    return {(s, t) for k, s, t in triples(text, dt.date.fromisoformat(day), **kw) if k == kind}


def _event(kind: EventType, source: tuple[str, ...], target: tuple[str, ...], anchor: int = 0) -> Event:
    return Event(
        kind, "", source, target, Polarity.ASSERTED, "2020-01-01", "day", (0, 1), anchor=(anchor, anchor)
    )


# --- missions to NATO -----------------------------------------------------------------------------------


def test_closing_a_mission_to_nato_is_aimed_at_nato() -> None:
    got = _sides("Russia suspended the work of its mission to NATO on Monday.", "SANCTION", "2021-10-20")
    assert got == {(("RUS",), ("NATO",))}


def test_nato_office_in_moscow_is_closed_by_russia() -> None:
    text = (
        "The NATO information office in Moscow will have its accreditation revoked at the start of November."
    )
    assert _sides(text, "SANCTION", "2021-10-20") == {(("RUS",), ("NATO",))}


# --- transit, answers, the Commission, counter-sanctions --------------------------------------------------


def test_transit_for_isaf_is_cooperation_with_nato() -> None:
    text = "Since 2010 thousands of railway wagons with supplies for ISAF have crossed Russian territory under the transit deal."
    assert _sides(text, "COOPERATE", "2012-05-01") == {(("RUS",), ("NATO",))}


def test_transit_of_national_cargo_is_left_alone() -> None:
    events = [_event(EventType.COOPERATE, ("RUS",), ())]
    text = "Russia let US military cargo for the coalition in Afghanistan cross Russian territory by air."
    assert sidefix6.transit_for_the_alliance(text, events) == events


def test_commission_paying_euros_is_the_eu() -> None:
    got = _sides(
        "The Commission disbursed a further 1.5 billion euros to Ukraine on Tuesday.", "AID", "2023-02-10"
    )
    assert got == {(("EU",), ("UKR",))}


def test_commission_of_another_body_is_not_the_eu() -> None:
    events = [_event(EventType.AID, (), ("UKR",))]
    text = "The Commission on Refugees paid 2 million euros to Ukraine."
    assert sidefix6.european_commission(text, events) == events


def test_counter_sanctions_are_russias() -> None:
    text = "The decree bans food imports from countries that have imposed sanctions on Russia."
    assert _sides(text, "SANCTION", "2015-08-07") == {(("RUS",), ())}


# --- blame, concern, Crimea, crackdowns --------------------------------------------------


def test_blame_goes_to_the_side_held_responsible() -> None:
    text = "Allies voiced alarm at the poisoning in Salisbury, which London judges very likely to be the responsibility of Russia."
    assert _sides(text, "ACCUSE", "2018-03-15") == {(("NATO",), ("RUS",))}


def test_concern_after_an_act_is_aimed_at_the_doer() -> None:
    events = [_event(EventType.ACCUSE, ("EU",), ("UKR",))]
    text = "The Commission voiced concern after Gazprom reduced the gas it sends into Ukraine."
    got = sidefix6.concern_after_act(text, dt.date(2009, 1, 2), events, load_dictionary())
    assert [e.target for e in got] == [("RUS",)]


def test_concern_about_a_passive_victim_is_left_alone() -> None:
    events = [_event(EventType.ACCUSE, ("NATO",), ("RUS",))]
    text = "Allies are concerned that Estonia was targeted by a cyber campaign run from Russia."
    assert sidefix6.concern_after_act(text, dt.date(2015, 1, 2), events, load_dictionary()) == events


def test_crimea_is_annexed_from_ukraine() -> None:
    events = [_event(EventType.COERCE, ("RUS",), ())]
    got = sidefix6.crimea_from_ukraine("The vote in Crimea opened the way to annexing the peninsula.", events)
    assert [e.target for e in got] == [("UKR",)]


def test_named_authorities_lead_the_crackdown() -> None:
    text = (
        "The Belarusian authorities must end the crackdown, in which hundreds of protesters have been beaten."
    )
    assert _sides(text, "ASSAULT", "2020-09-01") == {(("BLR",), ("protesters",))}


# --- calls to stop attacks, sanctions, NATO-Russia bodies, treaties, summits ------------------------------


def test_call_to_stop_strikes_is_aimed_at_the_attacker() -> None:
    text = (
        "Moscow condemns the air strikes by NATO on Serb positions and insists that they be stopped at once."
    )
    assert _sides(text, "REQUEST", "1995-09-10") == {(("RUS",), ("NATO",))}


def test_call_for_an_end_to_bombing_by_a_named_side() -> None:
    text = "We call for an immediate end to the bombing of Serbian towns by NATO aircraft."
    assert {t for _, t in _sides(text, "REQUEST", "1999-04-10")} == {("NATO",)}


def test_call_to_a_third_party_is_left_alone() -> None:
    events = [
        _event(EventType.ASSAULT, ("UKR",), ("civilians",)),
        _event(EventType.REQUEST, ("RUS",), ("WEST",)),
    ]
    text = "Russia called on Western states to end their arms supplies, as shelling by Kyiv killed civilians."
    got = sidefix6.stop_the_attacker(text, dt.date(2015, 1, 1), events, load_dictionary())
    assert got == events


def test_sanction_aimed_at_the_state_named_after_it() -> None:
    events = [_event(EventType.SANCTION, ("EU",), (), anchor=11)]
    text = "The Council adopted more restrictive measures against Russian officials."
    got = sidefix6.sanctioned_state(text, dt.date(2022, 12, 1), events, load_dictionary())
    assert [e.target for e in got] == [("RUS",)]


def test_state_named_before_the_sanction_is_no_target() -> None:
    events = [_event(EventType.SANCTION, ("RUS",), (), anchor=60)]
    text = "In answer to the bombing of Yugoslavia, Moscow has recalled its military envoy from Brussels."
    assert sidefix6.sanctioned_state(text, dt.date(1999, 3, 25), events, load_dictionary()) == events


def test_freezing_the_nato_russia_council_is_natos() -> None:
    got = _sides(
        "Ministers froze the meetings of the NATO-Russia Council until further notice.",
        "SANCTION",
        "2008-08-20",
    )
    assert got == {(("NATO",), ("RUS",))}


def test_bilateral_treaty_suspension_is_aimed_at_the_other_party() -> None:
    events = [_event(EventType.SANCTION, ("USA",), ())]
    got = sidefix6.bilateral_treaty("Washington suspended its obligations under the INF Treaty.", events)
    assert [e.target for e in got] == [("RUS",)]


def test_bucharest_summit_decision_is_natos() -> None:
    text = "Lavrov said the decision of the Bucharest summit to promise membership to Tbilisi and Kyiv was a grave error."
    got = triples(text, dt.date(2016, 7, 20))
    assert ("AGREE", ("NATO",), ("GEO", "UKR")) in got
    assert ("ACCUSE", ("RUS",), ("NATO",)) in got


def test_summit_before_the_nato_summit_is_left_alone() -> None:
    events = [_event(EventType.AGREE, (), ("UKR",))]
    text = "The decisions of the Vilnius summit disappointed Kyiv."
    assert sidefix6.summit_decision(text, dt.date(2013, 12, 1), events, load_dictionary()) == events


# --- speakers, agencies, condemned acts, air policing, ministers -----------------------------------------


def test_interception_told_by_the_ministry_is_the_speakers() -> None:
    text = "A fighter on duty took off to escort a US reconnaissance plane nearing the Russian border."
    got = _sides(text, "MOBILIZE", "2018-05-01", context="Statement by the Russian Defence Ministry.")
    assert got == {(("RUS",), ("USA",))}


def test_detention_credited_to_the_fsb_is_russias() -> None:
    text = "Two Ukrainian boats were detained in the strait after entering closed waters, the FSB said."
    assert _sides(text, "COERCE", "2018-11-26") == {(("RUS",), ("UKR",))}


def test_condemned_act_gives_its_doer() -> None:
    events = [_event(EventType.ACCUSE, ("RUS",), ()), _event(EventType.COERCE, ("LVA",), ())]
    got = sidefix6.condemned_doer(events)
    assert [e.target for e in got] == [("LVA",), ()]


def test_judged_air_policing_step_is_natos() -> None:
    text = "Two Danish F-16 fighters were deployed to Lithuania to police Baltic airspace for the Alliance, a move Moscow called provocative."
    assert _sides(text, "ACCUSE", "2016-07-12") == {(("RUS",), ("NATO",))}


def test_bare_ministers_are_natos() -> None:
    text = "Defence ministers endorsed new plans for talks with Russia on arms control."
    assert _sides(text, "SUPPORT", "2021-12-01") == {(("NATO",), ("RUS",))}


def test_brussels_that_sanctions_is_the_eu() -> None:
    text = "Brussels imposed new sanctions on Russian banks on Friday."
    assert _sides(text, "SANCTION", "2022-03-02") == {(("EU",), ("RUS",))}


def test_brussels_paired_with_a_state_adds_the_eu() -> None:
    text = "Ottawa and Brussels announced asset freezes on more Russian officials."
    assert {s for s, _ in _sides(text, "SANCTION", "2014-03-20")} == {("CAN", "EU")}


def test_brussels_as_a_place_or_with_nato_is_left_alone() -> None:
    events = [_event(EventType.SANCTION, (), ("RUS",))]
    day = dt.date(2018, 3, 27)
    dictionary = load_dictionary()
    assert (
        sidefix6.brussels_is_the_eu("Sanctions were agreed in Brussels.", day, events, dictionary) == events
    )
    text = "Brussels expelled seven Russian diplomats from the NATO mission."
    assert sidefix6.brussels_is_the_eu(text, day, events, dictionary) == events


def test_partner_soldiers_in_a_nato_led_force_move_for_their_state() -> None:
    events = [_event(EventType.MOBILIZE, ("NATO",), ())]
    text = "Before KFOR arrived, a column of Russian paratroopers from SFOR raced overnight to the airport."
    got = sidefix6.partner_forces(text, dt.date(1999, 6, 12), events, load_dictionary())
    assert [e.source for e in got] == [("RUS",)]


def test_member_soldiers_in_a_nato_led_force_stay_natos() -> None:
    events = [_event(EventType.MOBILIZE, ("NATO",), ())]
    text = "A column of British soldiers from KFOR moved into the town."
    assert sidefix6.partner_forces(text, dt.date(1999, 6, 12), events, load_dictionary()) == events


# --- bad input -----------------------------------------------------------------------------------------------


def test_bad_input_is_returned_unchanged() -> None:
    dictionary = load_dictionary()
    events = [_event(EventType.SANCTION, ("RUS",), ())]
    day = dt.date(2021, 1, 1)
    assert sidefix6.settled("", day, events, dictionary) == events
    assert sidefix6.settled("...!!! 123", day, events, dictionary, "RUS") == events
    assert sidefix6.settled("Russia suspended its mission to NATO.", day, [], dictionary) == []
    long_text = "Russia suspended the work of its mission to NATO and " * 400 + "stopped."
    got = sidefix6.settled(long_text, day, events, dictionary)
    assert [e.target for e in got] == [("NATO",)]
    assert sidefix6.settled("mission to NATO " * 50, None, events, dictionary, None)[0].source == ("RUS",)


def test_events_are_new_objects_and_inputs_are_untouched() -> None:
    events = [_event(EventType.SANCTION, ("RUS",), ())]
    before = [dataclasses.replace(e) for e in events]
    sidefix6.missions_to_nato("Russia closed its mission to NATO.", events)
    assert events == before
