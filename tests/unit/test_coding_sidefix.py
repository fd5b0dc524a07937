"""Session 25 (sidefix): sources and targets of events whose type is already right."""

from __future__ import annotations

import datetime as dt

from tests.coded import triples

DAY = dt.date(2023, 6, 14)
OLD_DAY = dt.date(2004, 4, 2)


# --- the leaders "of" a state or organisation act for it ----------------------------------------------


def test_heads_of_state_and_government_of_the_alliance_are_nato() -> None:
    got = triples("The heads of state and government of the Alliance welcomed the new agreement.", OLD_DAY)
    assert ("SUPPORT", ("NATO",), ()) in got


def test_unowned_heads_of_state_stay_world_leaders() -> None:
    got = triples("Heads of state and government welcomed the new agreement.", OLD_DAY)
    assert all("NATO" not in source for _, source, _ in got)


# --- a capitalised modifier before a common noun is no actor ------------------------------------------


def test_capitalised_adjective_before_aspirations_of_two_states() -> None:
    got = triples("Allied ministers welcomed the Euro-Atlantic ambitions of Moldova and Georgia.", DAY)
    assert ("SUPPORT", ("NATO",), ("GEO", "MDA")) in got


def test_capitalised_protocols_for_two_applicants() -> None:
    got = triples("The Allies signed the Accession Protocols for Sweden and Finland in Brussels.", DAY)
    assert ("SUPPORT", ("NATO",), ("FIN", "SWE")) in got


def test_unknown_person_before_for_is_not_read_past() -> None:
    # a name followed by "for" is a person, not a modifier: nothing after it becomes the target
    got = triples("NATO condemned Ivanenko for the attacks on Estonia.", DAY)
    assert not any("EST" in target for _, _, target in got)


# --- a passive's subject lists its owners after "of" --------------------------------------------------


def test_passive_subject_of_two_states_targets_both() -> None:
    got = triples("The membership bids of Sweden and Finland were endorsed by the Allies on Tuesday.", DAY)
    assert ("SUPPORT", ("NATO",), ("FIN", "SWE")) in got


def test_passive_subject_of_three_states_targets_all() -> None:
    got = triples("The requests of Latvia, Lithuania and Estonia were welcomed by the Alliance.", OLD_DAY)
    assert ("SUPPORT", ("NATO",), ("EST", "LTU", "LVA")) in got


def test_list_governed_by_another_preposition_is_not_taken_in() -> None:
    # "with" is no owner: only the actor nearest the verb is the subject, as before
    got = triples("After the talks in Minsk and Kyiv, the plan was welcomed by the Alliance.", DAY)
    assert not any("BLR" in target for _, _, target in got)


# --- the object of an uncoded verb is not the subject of the verb "and" joins to it -------------------


def test_object_of_entered_is_not_the_attacker() -> None:
    got = triples("Russian tanks entered Georgia overnight and shelled Gori.", OLD_DAY)
    assert ("ASSAULT", ("RUS",), ("GEO",)) in got
    assert not any(source == ("GEO",) for _, source, _ in got)


def test_object_with_a_time_before_and() -> None:
    got = triples(
        "Russian paratroopers reached Pristina on 12 June and took up positions at the airport.", OLD_DAY
    )
    assert ("MOBILIZE", ("RUS",), ("kosovo",)) in got


def test_subject_right_before_a_joined_verb_is_kept() -> None:
    # "and" joins two subjects here, not two verbs: Moldova stays a signatory
    got = triples("Ukraine and Moldova signed the protocol in Kyiv.", DAY)
    assert ("SUPPORT", ("MDA", "UKR"), ()) in got


def test_armed_group_after_an_adjective_is_still_an_actor() -> None:
    got = triples("Police arrested armed separatists and seized their weapons.", DAY)
    assert all(target != () for event, _, target in got if event == "COERCE")


# --- one demonym qualifies two group words joined by "and" --------------------------------------------


def test_people_and_authorities_share_the_demonym() -> None:
    got = triples("The Secretary General sent his condolences to the Turkish people and authorities.", DAY)
    assert ("SUPPORT", ("NATO",), ("TUR",)) in got


def test_doctors_and_nurses_sent_by_one_state() -> None:
    got = triples("A brigade of Chinese doctors and nurses arrived in Serbia to help its hospitals.", DAY)
    assert ("AID", ("CHN",), ("SRB",)) in got


def test_protesters_keep_their_own_code() -> None:
    got = triples("Russian troops and protesters clashed in the square.", DAY)
    assert all("protesters" in source for event, source, _ in got if event == "ASSAULT")
