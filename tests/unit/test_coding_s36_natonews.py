"""NATO news-item wording of session 36 (:mod:`detente.coding.natonews`): air policing told by scrambles,
passives and rotations, force posture decided, cuts to a mission, treaties frozen in answer, "no business
as usual", council meetings told by their content, a speaker's observations, promised costs, arms to a group
told with its place, and an invasion told as crossing and striking, with the near misses of each.

The sentences are written for these tests, not taken from any gold set."""

from __future__ import annotations

import datetime as dt

from tests.badinput import coded_twice_cleanly, near_limit

from detente.coding import natonews
from detente.coding.coder import code_sentence

DAY = dt.date(2019, 6, 12)
SG = "Press point by the NATO Secretary General; 'we' is NATO."

Coded = set[tuple[str, tuple[str, ...], tuple[str, ...]]]


def _coded(text: str, context: str | None = None, day: dt.date = DAY) -> Coded:
    return {(e.event.name, e.source, e.target) for e in code_sentence(text, date=day, context=context)}


def _full(text: str, context: str | None = None, day: dt.date = DAY) -> set[tuple[str, str, str, str]]:
    return {
        (e.event.name, ",".join(e.source), ",".join(e.target), e.polarity.value)
        for e in code_sentence(text, date=day, context=context)
    }


def _types(text: str, context: str | None = None) -> set[str]:
    return {t for t, _, _ in _coded(text, context)}


def _never(*_: object) -> object:
    raise AssertionError("no event may be made")


# --- scrambled_jets, hyphenated_policing, intercepts_untold
def test_jets_on_a_policing_mission_scrambled_to_meet_a_russian_plane_are_natos() -> None:
    coded = _coded(
        "Dutch F-35s flying for the Baltic Air Policing mission were scrambled from Siauliai on Monday to "
        "identify a Russian transport plane over the Baltic Sea."
    )
    assert ("MOBILIZE", ("NATO",), ("RUS",)) in coded
    assert ("MOBILIZE", ("RUS",), ("NATO",)) not in coded


def test_national_jets_scrambled_are_the_states_and_the_violation_stays() -> None:
    coded = _coded("Danish F-16s were scrambled to intercept a Russian bomber approaching Danish airspace.")
    assert ("MOBILIZE", ("DNK",), ("RUS",)) in coded
    assert ("MOBILIZE", ("RUS",), ("DNK",)) in coded


def test_a_scramble_for_an_unknown_plane_or_a_drill_is_no_intercept() -> None:
    assert ("MOBILIZE", ("NATO",), ("RUS",)) not in _coded(
        "Allied jets were scrambled to identify a civilian airliner that had lost radio contact."
    )
    assert ("MOBILIZE", ("NATO",), ("RUS",)) not in _coded(
        "The pilots scrambled to their aircraft during the drill."
    )


def test_air_policing_with_a_hyphen_makes_the_member_states_jets_natos() -> None:
    coded = _coded("Czech Gripens on NATO's air-policing mission intercepted two Russian Su-27 fighters.")
    assert ("MOBILIZE", ("NATO",), ("RUS",)) in coded
    assert ("MOBILIZE", ("CZE",), ("RUS",)) not in coded


def test_a_passive_intercept_with_allied_jets_named_is_natos() -> None:
    assert ("MOBILIZE", ("NATO",), ("RUS",)) in _coded(
        "The Russian patrol plane was escorted until it turned north, and the Allied fighters then landed."
    )
    assert ("MOBILIZE", ("NATO",), ("RUS",)) in _coded(
        "Two Russian bombers flew close to the Baltic coast, and Allied jets on air policing duty met and "
        "escorted them away."
    )


def test_a_passive_intercept_with_no_allied_jets_or_no_russian_plane_is_left() -> None:
    assert ("MOBILIZE", ("NATO",), ("RUS",)) not in _coded("The Russian convoy was tracked for two days.")
    assert ("MOBILIZE", ("NATO",), ("RUS",)) not in _coded(
        "Allied jets on air policing duty met the airliner and escorted it to the airport."
    )


def test_policing_jets_scrambled_with_no_plane_met_are_natos_deployment() -> None:
    coded = _coded(
        "Portuguese F-16s based in Romania for enhanced Air Policing were scrambled overnight as Russian drones "
        "hit the port of Izmail across the river.",
        day=dt.date(2023, 9, 14),
    )
    assert ("MOBILIZE", ("NATO",), ()) in coded
    assert ("MOBILIZE", ("RUS",), ("ROU",)) not in coded


# --- forces_arrived
def test_forces_that_arrived_are_deployed_not_aid() -> None:
    assert ("MOBILIZE", ("NATO",), ()) in _coded(
        "The first vehicles of NATO's Canadian-led battlegroup arrived in Adazi in Latvia on Sunday."
    )
    coded = _coded("Some 3,000 American soldiers began arriving in Romania this week.")
    assert ("MOBILIZE", ("USA",), ()) in coded
    assert "AID" not in {t for t, _, _ in coded}


def test_supplies_that_arrived_stay_as_read() -> None:
    assert "MOBILIZE" not in _types("French medical supplies arrived in Beirut on Tuesday.")


# --- rotation_taken_over
def test_a_policing_rotation_taken_over_is_natos_deployment() -> None:
    assert ("MOBILIZE", ("NATO",), ()) in _coded(
        "Romanian F-16s took over the Baltic Air Policing mission from the Spanish detachment on Friday."
    )
    assert ("MOBILIZE", "NATO", "", "future") in _full(
        "Polish jets will take over the air-policing duties in Iceland next month."
    )


def test_a_rotation_that_is_not_air_policing_or_is_denied_is_left() -> None:
    assert "MOBILIZE" not in _types("The new director took over the budget office on Friday.")
    assert all(
        pol != "asserted"
        for etype, _, _, pol in _full("Spain would not take over the Baltic Air Policing mission this year.")
        if etype == "MOBILIZE"
    )


# --- posture_decided
def test_units_decided_on_are_a_future_deployment_with_no_target() -> None:
    assert ("MOBILIZE", "NATO", "", "future") in _full(
        "Allied defence ministers decided to establish two new battlegroups in Slovakia and Bulgaria."
    )
    assert ("MOBILIZE", "NATO", "", "future") in _full(
        "Heads of state agreed to set up three more multinational battlegroups on the eastern flank."
    )
    full = _full(
        "NATO approved a readiness plan that includes a new spearhead force able to move within days."
    )
    assert ("MOBILIZE", "NATO", "", "future") in full


def test_forces_added_on_the_flank_are_a_deployment() -> None:
    assert ("MOBILIZE", "NATO", "", "future") in _full(
        "The new NATO activity will add fighter jets, frigates and air defences along the eastern flank."
    )


def test_a_decision_against_units_or_another_plan_is_left() -> None:
    assert "MOBILIZE" not in _types("Ministers decided not to establish new battlegroups this year.")
    assert "MOBILIZE" not in _types("The ministers approved a plan that includes new pension rules.")


# --- mission_cut, treaty_frozen_in_answer, no_business_as_usual
def test_a_cut_to_russias_mission_is_the_hosts_sanction() -> None:
    assert ("SANCTION", "NATO", "RUS", "future") in _full(
        "The size of the Russian Mission to NATO will be reduced by five, to fifteen diplomats."
    )
    assert ("SANCTION", ("NATO",), ("RUS",)) in _coded(
        "Last year NATO further cut the number of Russian diplomats allowed into its headquarters."
    )


def test_a_cut_to_troops_or_to_ones_own_staff_is_no_sanction() -> None:
    assert "SANCTION" not in _types("The size of the Russian army was reduced after the Cold War.")
    assert ("SANCTION", ("RUS",), ("RUS",)) not in _coded(
        "Russia cut the number of Russian officials abroad."
    )


def test_a_treaty_frozen_in_answer_to_an_exit_is_aimed_at_the_leaver() -> None:
    coded = _coded(
        "After Russia's withdrawal from the CFE Treaty took effect, Allies decided to freeze the operation "
        "of that treaty.",
        day=dt.date(2023, 11, 8),
    )
    assert ("SANCTION", ("NATO",), ("RUS",)) in coded
    assert ("SANCTION", ("RUS",), ("NATO",)) in coded


def test_no_business_as_usual_with_a_side_is_a_sanction_not_an_agreement() -> None:
    coded = _coded("EU foreign ministers agreed that there could be no business as usual with Belarus.")
    assert ("SANCTION", ("EU",), ("BLR",)) in coded
    assert "AGREE" not in {t for t, _, _ in coded}


def test_business_as_usual_without_a_side_or_restored_is_left() -> None:
    assert "SANCTION" not in _types("Traders said it was business as usual at the port.")


# --- council_meeting
def test_a_council_meeting_told_by_its_content_is_a_consult_of_its_members() -> None:
    assert ("CONSULT", ("NATO", "RUS"), ()) in _coded(
        "Yesterday's meeting of the NATO-Russia Council concentrated on Afghanistan and arms control."
    )
    assert ("CONSULT", ("NATO", "UKR"), ()) in _coded(
        "The session of the NATO-Ukraine Council covered air defence and winter support.",
        day=dt.date(2024, 1, 9),
    )


def test_a_council_meeting_still_to_come_is_no_consult() -> None:
    assert "CONSULT" not in _types(
        "The next meeting of the NATO-Russia Council will focus on missile defence."
    )


# --- seen_conduct, no_indication
def test_what_a_speaker_has_seen_another_side_do_is_a_charge() -> None:
    assert ("ACCUSE", ("NATO",), ("RUS",)) in _coded(
        "We have seen Russian bombers flying close to Allied airspace.", SG
    )
    assert ("ACCUSE", ("NATO",), ("RUS",)) in _coded(
        "Over the summer we have also seen a steady escalation of Russia's aggression in Ukraine.", SG
    )


def test_what_a_speaker_has_not_seen_or_reads_is_no_charge() -> None:
    assert "ACCUSE" not in _types("We have seen no Russian troops leave the border area.", SG)
    assert "ACCUSE" not in _types("What we see is not a pull-back but a regrouping of forces.", SG)
    assert "ACCUSE" not in _types("We have seen Russian troops massing near the border.")  # no speaker


def test_a_pull_back_after_no_indication_is_negated() -> None:
    assert ("RETREAT", "RUS", "UKR", "negated") in _full(
        "There is no sign that the Russian forces near Ukraine's border are returning to their barracks."
    )


# --- price_promised
def test_a_promised_price_for_a_side_is_the_speakers_threat() -> None:
    assert ("THREATEN", ("NATO",), ("RUS",)) in _coded(
        "Any attack on an Ally would come at a heavy price for Russia.", SG
    )


def test_a_price_with_no_speaker_or_no_side_is_no_threat() -> None:
    assert "THREATEN" not in _types("The new bridge would come at a high price for taxpayers.", SG)
    assert "THREATEN" not in _types("Any attack would come at a high price for Russia.")


# --- supplied_with, crossed_and_struck
def test_arms_to_a_group_told_with_its_place_are_aid() -> None:
    assert ("AID", ("RUS",), ("separatists",)) in _coded(
        "Moscow keeps supplying the separatists in eastern Ukraine with artillery and ammunition."
    )


def test_a_denied_supply_is_no_aid() -> None:
    assert "AID" not in _types("Moscow denied that it would supply the separatists in Donbas with tanks.")


def test_forces_that_crossed_and_struck_invaded() -> None:
    coded = _coded(
        "Russian troops crossed into Georgia on Friday night and shelled the town of Gori.",
        day=dt.date(2008, 8, 9),
    )
    assert ("ASSAULT", ("RUS",), ("GEO",)) in coded


def test_forces_that_crossed_and_left_are_no_attack() -> None:
    assert "ASSAULT" not in _types("Russian troops crossed into Belarus on Friday for the joint drills.")


# --- bad input
def test_bad_input_codes_cleanly() -> None:
    for text in (
        "",
        "   ",
        "!!! ??? ...",
        "12 34 56 -- ''",
        near_limit(
            "Allied jets were scrambled to identify a Russian plane; we have seen no business as usual with Russia "
        ),
        "x" * 5000,
    ):
        coded_twice_cleanly(text, date=DAY, context=SG)
        if len(text) < 100:
            assert natonews.settled(text, [], (), "NATO", _never) == []


def test_a_hundred_kilobyte_sentence_is_left_as_read() -> None:
    text = "Allied jets were scrambled to identify a Russian plane near the Baltic coast. " * 1400
    assert len(text) > 100_000
    assert isinstance(code_sentence(text, date=DAY), list)
    assert natonews.settled(text, [], (), "NATO", _never) == []
