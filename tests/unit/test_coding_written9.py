"""Official NATO-Russia wording of session 32 (helper written9): detente.coding.written9 and the lexicon file
s32-written9.toml. Every sentence is invented for these tests; each family has a sentence whose reading must
come (or change) and a near miss that stays as it was."""

from __future__ import annotations

import datetime as dt

from tests.badinput import coded_twice_cleanly, near_limit

from detente.coding.coder import Event, code_sentence
from detente.coding.written9 import settled

DAY = dt.date(2019, 3, 1)


def coded(text: str, speaker: str | None = None) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    return [
        (e.event.value, e.source, e.target, e.polarity.value)
        for e in code_sentence(text, date=DAY, speaker=speaker)
    ]


def triples(text: str, speaker: str | None = None) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t, s, g) for t, s, g, _ in coded(text, speaker)]


def types(text: str, speaker: str | None = None) -> set[str]:
    return {t for t, _, _, _ in coded(text, speaker)}


# --- judgements (lexicon) ----------------------------------------------------------------------------------


def test_a_step_called_a_stab_in_the_back_is_a_charge() -> None:
    assert "ACCUSE" in types("The envoy of Serbia called the vote a stab in the back.")


def test_a_text_described_as_evidence_of_involvement_is_a_charge_at_the_one_involved() -> None:
    text = "The Kremlin described the summit text as evidence of NATO's involvement in the fighting."
    assert ("ACCUSE", ("RUS",), ("NATO",)) in triples(text)


def test_a_note_found_unsatisfactory_is_a_charge() -> None:
    assert ("ACCUSE", ("RUS",), ("EST",)) in triples("We found Estonia's note unsatisfactory.", speaker="RUS")


def test_a_note_found_satisfactory_is_not_a_charge() -> None:
    assert "ACCUSE" not in types("We found Estonia's note satisfactory.", speaker="RUS")


def test_drills_characterised_as_a_danger_are_a_charge_at_the_driller() -> None:
    text = "The Belarusian minister characterised the Polish drills as a danger to the region."
    assert ("ACCUSE", ("BLR",), ("POL",)) in triples(text)


def test_a_neighbour_not_viewed_as_a_threat_is_no_charge() -> None:
    assert ("ACCUSE", "asserted") not in [
        (t, p) for t, _, _, p in coded("Moscow does not view Finland as a threat.")
    ]


def test_a_tariff_considered_a_throwback_is_a_charge() -> None:
    assert "ACCUSE" in types("Germany considers the new Chinese tariff a throwback to the last century.")


def test_a_campaign_waged_by_a_side_is_charged_by_the_one_who_says_so() -> None:
    text = "The Russian ministry called the leaks part of a campaign waged by Washington against Moscow."
    assert ("ACCUSE", ("RUS",), ("USA",)) in triples(text)


# --- warnings ------------------------------------------------------------------------------------------------


def test_steps_to_defend_the_borders_are_a_warning() -> None:
    assert "THREATEN" in types("Belarus will take the appropriate steps to defend its borders.")


def test_a_bare_response_to_come_is_a_warning() -> None:
    assert "THREATEN" in types("The minister of Turkey said that Ankara would respond.")


def test_a_response_to_a_letter_or_a_measured_response_is_no_warning() -> None:
    assert "THREATEN" not in types("The minister said Ankara would respond to the letter next week.")
    assert "THREATEN" not in types("Sweden will respond in a calm and measured way.")


def test_a_response_denied_is_no_warning() -> None:
    assert "THREATEN" not in types("The minister of Turkey said that Ankara would not respond.")


def test_a_war_meant_by_an_act_is_a_warning_at_the_side_named() -> None:
    text = "Handing such missiles to Kiev would mean that NATO countries are at war with us."
    assert ("THREATEN", ("RUS",), ("NATO",)) in triples(text, speaker="RUS")


def test_tragic_consequences_for_a_side_that_acts_are_a_warning() -> None:
    text = "Should NATO states move their forces into Moldova, the consequences for them will be grave."
    assert ("THREATEN", ("RUS",), ("NATO",)) in triples(text, speaker="RUS")


def test_consequences_of_a_storm_are_no_warning() -> None:
    assert "THREATEN" not in types("The consequences of the storm will be severe for Norway.")


def test_an_act_seen_in_moscow_as_a_threat_is_a_charge_by_moscow() -> None:
    text = "The minister said that Norway's plan to host US bombers would be seen in Moscow as a threat."
    assert ("ACCUSE", ("RUS",), ("NOR",)) in triples(text)


def test_a_military_bloc_seen_as_a_threat_is_the_alliance() -> None:
    text = (
        "A strong military bloc along our frontier would be regarded in Russia as a threat to its security."
    )
    assert ("ACCUSE", ("RUS",), ("NATO",)) in triples(text, speaker="RUS")


def test_an_act_not_seen_as_a_threat_is_no_charge() -> None:
    text = "The minister said that the Finnish drills would not be seen in Moscow as a threat."
    assert ("ACCUSE", "asserted") not in [(t, p) for t, _, _, p in coded(text)]


# --- offers, missions, ties ----------------------------------------------------------------------------------


def test_an_offer_to_free_sailors_is_no_release() -> None:
    text = "Norway offered on Tuesday to send two tugs to help free the Russian sailors."
    found = types(text)
    assert "AGREE" in found and "RETREAT" not in found


def test_a_release_told_as_done_stays_a_release() -> None:
    assert "RETREAT" in types("Norway freed the Russian sailors on Tuesday.")


def test_an_office_opened_to_the_bloc_is_support() -> None:
    assert ("SUPPORT", ("TUR",), ("NATO",)) in triples("Turkey opened its liaison office to NATO in Mons.")


def test_talks_on_opening_an_office_open_nothing() -> None:
    text = "Moscow is postponing talks on opening a NATO liaison office in Russia."
    assert "SUPPORT" not in types(text)


def test_our_proposals_on_the_table_are_the_speakers_offer() -> None:
    text = "Our proposals on arms control, which Washington ignored last year, remain on the table."
    assert ("AGREE", ("RUS",), ("USA",)) in triples(text, speaker="RUS")


def test_an_airport_lent_for_transit_is_cooperation() -> None:
    text = "Kazakhstan permitted Germany to use an airport near Almaty for its supply flights."
    assert ("COOPERATE", ("KAZ",), ("DEU",)) in triples(text)


def test_stronger_ties_sought_are_support_and_not_when_denied() -> None:
    assert ("SUPPORT", ("KOR",), ("VNM",)) in triples("South Korea wants stronger ties with Vietnam.")
    assert ("SUPPORT", "asserted") not in [
        (t, p) for t, _, _, p in coded("South Korea does not want closer ties with Iran.")
    ]


def test_a_framework_approved_is_an_agreement() -> None:
    assert "AGREE" in types("The ministers of Russia and China approved a framework for joint naval drills.")


def test_drones_used_against_tankers_are_an_attack() -> None:
    assert ("ASSAULT", ("IRN",), ("SAU",)) in triples(
        "Iran's use of drones against Saudi tankers was condemned."
    )


def test_measures_against_a_state_signed_into_a_decree_are_a_sanction() -> None:
    text = "The President of Russia signed a law providing for retaliatory measures against Georgia."
    assert ("SANCTION", ("RUS",), ("GEO",)) in triples(text)


def test_a_decree_against_terrorism_is_no_sanction() -> None:
    assert "SANCTION" not in types("The President of Russia signed a decree on measures against terrorism.")


# --- enlargement judged ----------------------------------------------------------------------------------------


def test_enlargement_told_with_a_cold_peace_is_a_charge_at_the_alliance() -> None:
    text = "Yeltsin warned that Europe could slide into a cold peace because of the plans to enlarge NATO."
    assert ("ACCUSE", ("RUS",), ("NATO",)) in triples(text)


def test_enlargement_that_does_not_strengthen_security_is_a_charge() -> None:
    text = "Russian diplomats said the Alliance's expansion into the Balkans did not strengthen European security."
    assert ("ACCUSE", ("RUS",), ("NATO",)) in triples(text)


def test_the_alliance_on_its_own_enlargement_is_no_charge() -> None:
    assert "ACCUSE" not in types("NATO said its enlargement did not undermine the security of any state.")


def test_enlargement_said_to_bring_no_harm_is_no_charge() -> None:
    text = "Russian diplomats said they did not think the expansion of NATO would undermine their security."
    assert "ACCUSE" not in types(text)


# --- strategy documents, exercises, asides -------------------------------------------------------------------


def test_a_doctrine_naming_a_build_up_as_a_danger_is_russias_charge() -> None:
    text = "The new Military Doctrine names the growing military presence of NATO in the Baltic as a danger."
    found = triples(text)
    assert ("ACCUSE", ("RUS",), ("NATO",)) in found
    assert not any(t == "MOBILIZE" for t, _, _ in found)


def test_a_concept_describing_a_state_as_a_threat_is_the_alliances_charge() -> None:
    text = "The Strategic Concept describes Iran as a serious threat to Allied security."
    assert ("ACCUSE", ("NATO",), ("IRN",)) in triples(text)


def test_a_doctrine_naming_partners_is_no_charge() -> None:
    assert "ACCUSE" not in types("The new Military Doctrine names China and India as partners.")


def test_an_exercise_told_by_its_size_is_a_deployment() -> None:
    text = "Cold Response 2026, which starts next week, will involve some 20,000 troops from 14 Allies."
    assert ("MOBILIZE", ("NATO",), (), "future") in coded(text)


def test_an_exercise_threshold_in_a_treaty_is_no_deployment() -> None:
    text = "Under the treaty, exercises that bring together more than 9,000 troops must be notified."
    assert "MOBILIZE" not in types(text)


def test_a_judgement_in_an_aside_is_a_charge_at_the_doer() -> None:
    text = (
        "Two Russian jets flew close to a Norwegian frigate on Monday, in what officials in Oslo described as"
        " reckless behaviour."
    )
    assert ("ACCUSE", ("NOR",), ("RUS",)) in triples(text)


# --- topics ----------------------------------------------------------------------------------------------------


def test_a_deployment_named_as_a_documents_subject_is_no_deployment() -> None:
    text = "Russia and Belarus signed an agreement on the deployment of Russian missiles in Belarus."
    found = types(text)
    assert "SUPPORT" in found and "MOBILIZE" not in found


def test_a_destruction_on_the_agenda_is_no_withdrawal() -> None:
    text = "The agenda of the talks includes the destruction of Libya's chemical weapons."
    assert "RETREAT" not in types(text)


def test_an_operation_joined_is_joint_work() -> None:
    assert ("COOPERATE", ("POL",), ("NATO",)) in triples(
        "The Polish frigate joined Operation Sea Guardian last week."
    )


def test_an_alliance_joined_stays_support() -> None:
    assert "SUPPORT" in types("Montenegro joined NATO in June.")


def test_the_alliances_own_council_meeting_is_no_contact() -> None:
    assert "CONSULT" not in types("The North Atlantic Council met in special session on Monday.")


def test_the_councils_meeting_at_an_allys_request_stays_a_contact() -> None:
    assert "CONSULT" in types("The North Atlantic Council met on Monday at the request of Lithuania.")


# --- bad input ---------------------------------------------------------------------------------------------


def test_settled_leaves_nothing_for_empty_or_letterless_or_long_text() -> None:
    def make(*_: object) -> Event:
        raise AssertionError("no event may be made")

    assert settled("", [], [], "RUS", make) == []
    assert settled("?!-- 12 ;;", [], [], "RUS", make) == []
    assert (
        settled("the consequences will be grave and Moscow would respond " * 2000, [], [], "RUS", make) == []
    )


def test_garbage_and_very_long_sentences_code_cleanly() -> None:
    for text in (
        "",
        "...",
        "1234 5678",
        near_limit("the exercise begins with 9,000 troops, in what Oslo described as a threat; "),
        near_limit("our proposals remain on the table and would mean that they are at war with "),
    ):
        coded_twice_cleanly(text, date=DAY, speaker="RUS")


def test_an_airspace_violation_told_at_the_very_end_codes_without_error() -> None:
    # a violator unit that closes the text with no full stop after it (an IndexError in alliance before s32)
    found = coded_twice_cleanly(
        "Turkey protested the violation of Turkish airspace by Syrian helicopters", date=DAY
    )
    assert "MOBILIZE" in {e.event.value for e in found}
