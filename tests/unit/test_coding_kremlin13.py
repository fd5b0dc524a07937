"""Kremlin contacts, joint work, calls for talks and charges (s31-kremlin13): detente.coding.kremlin13 and the
lexicon file s31-kremlin13.toml. Every sentence is invented for these tests; each family has a sentence whose
reading must come (or change) and a near miss that stays as it was."""

from __future__ import annotations

import datetime as dt

from tests.badinput import coded_twice_cleanly, near_limit

from detente.coding.coder import Event, code_sentence
from detente.coding.kremlin13 import settled

DAY = dt.date(2017, 9, 12)


def coded(
    text: str, participants: tuple[str, ...] = (), speaker: str | None = None
) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [
        (e.event.value, e.source, e.target)
        for e in code_sentence(
            text, date=DAY, participants=participants, speaker=speaker, reported_meeting=bool(participants)
        )
    ]


def types(text: str, participants: tuple[str, ...] = (), speaker: str | None = None) -> set[str]:
    return {t for t, _, _ in coded(text, participants, speaker)}


# --- contacts (lexicon) ------------------------------------------------------------------------------------


def test_greetings_two_leaders_exchange_are_a_consultation() -> None:
    text = "Vladimir Putin and Sauli Niinisto exchanged warm greetings before the meeting started."
    assert ("CONSULT", ("RUS", "FIN"), ()) in coded(text)


def test_messages_sent_each_other_are_a_consultation() -> None:
    assert "CONSULT" in types("Vladimir Putin and Emmanuel Macron sent each other letters last month.")


def test_holiday_greetings_stay_a_courtesy() -> None:
    assert "CONSULT" not in types("Vladimir Putin and Sauli Niinisto exchanged greetings for the holiday.")


def test_an_exchange_of_messages_between_two_states_is_a_consultation() -> None:
    assert "CONSULT" in types("There has been an exchange of letters between Russia and Norway on fisheries.")


def test_views_shared_with_the_topic_between_are_told_to_the_listener() -> None:
    text = "Vladimir Putin shared his views on the Caspian summit with the Prime Minister of Italy."
    assert ("CONSULT", ("RUS",), ("ITA",)) in coded(text)


def test_an_assessment_shared_with_a_leader_is_a_consultation_not_support() -> None:
    text = "The Russian President shared his assessment of the talks in Astana with Angela Merkel."
    assert ("CONSULT", ("RUS",), ("DEU",)) in coded(text)


def test_sharing_a_view_of_a_third_side_is_no_consultation_with_it() -> None:
    assert "CONSULT" not in types("Russia shares the concern of many states about the arms race.")


def test_a_leader_acquainted_with_news_is_consulted() -> None:
    text = "Vladimir Putin acquainted the Chancellor of Austria with the outcome of his trip to Tokyo."
    assert ("CONSULT", ("RUS",), ("AUT",)) in coded(text)


def test_acquainting_oneself_with_an_exhibition_is_no_consultation() -> None:
    assert "CONSULT" not in types("Vladimir Putin acquainted himself with the new museum in Kazan.")


def test_a_position_outlined_to_a_leader_is_a_consultation() -> None:
    text = "Vladimir Putin outlined Russia's position on the Korean peninsula to the President of Finland."
    assert ("CONSULT", ("RUS",), ("FIN",)) in coded(text)
    text = "Vladimir Putin set out his assessments of the gas market to the Prime Minister of Greece."
    assert ("CONSULT", ("RUS",), ("GRC",)) in coded(text)


def test_a_position_set_out_to_an_audience_is_no_consultation() -> None:
    assert "CONSULT" not in types("The minister explained the government's position to the students.")


def test_a_message_carried_from_one_leader_to_another_is_a_consultation() -> None:
    text = "The Russian envoy passed on a message from Vladimir Putin to the King of Jordan."
    assert ("CONSULT", ("RUS",), ("JOR",)) in coded(text)


def test_a_message_delivered_in_the_figurative_sense_is_no_consultation() -> None:
    assert "CONSULT" not in types("The exercise delivered a strong message to Moscow.")


def test_a_message_received_is_from_its_sender() -> None:
    text = "Vladimir Putin received a letter from the President of Mongolia."
    assert ("CONSULT", ("MNG",), ("RUS",)) in coded(text)


def test_a_reply_to_a_message_is_a_consultation() -> None:
    text = "Vladimir Putin replied to the message from the President of Slovenia."
    assert ("CONSULT", ("RUS",), ("SVN",)) in coded(text)


def test_letting_a_leader_know_is_a_consultation() -> None:
    text = "Vladimir Putin let the Turkish President know about the results of the vote."
    assert ("CONSULT", ("RUS",), ("TUR",)) in coded(text)


# --- joint work (lexicon) ----------------------------------------------------------------------------------


def test_taking_part_in_a_joint_operation_with_a_side_is_cooperation() -> None:
    text = "Russian minesweepers took part in the joint clearance operation with the Egyptian navy."
    assert ("COOPERATE", ("RUS",), ("EGY",)) in coded(text)
    text = "Russian medics participated in a joint rescue mission with Serbian teams."
    assert ("COOPERATE", ("RUS",), ("SRB",)) in coded(text)


def test_airspace_opened_for_a_sides_flights_is_cooperation() -> None:
    text = "Kazakhstan opened its airspace for flights of German transport aircraft."
    assert ("COOPERATE", ("KAZ",), ("DEU",)) in coded(text)


def test_information_handed_to_a_partners_services_is_cooperation() -> None:
    text = "The Russian special services provided their Spanish colleagues with data on the suspects."
    assert ("COOPERATE", ("RUS",), ("ESP",)) in coded(text)


# --- calls for talks ---------------------------------------------------------------------------------------


def test_a_need_for_talks_stressed_is_a_request() -> None:
    text = "Vladimir Putin stressed the need to begin negotiations between Baku and Yerevan."
    assert ("REQUEST", ("RUS",), ("AZE", "ARM")) in coded(text)


def test_a_need_for_talks_with_no_side_known_is_not_coded() -> None:
    assert "REQUEST" not in types("The two leaders stressed the need for an early truce.")


def test_a_need_for_talks_in_a_readout_does_not_aim_at_the_partner() -> None:
    events = coded("Mr Putin stressed the need for a ceasefire.", participants=("RUS", "FRA"))
    assert ("REQUEST", ("RUS",), ()) in events
    assert all(t != ("FRA",) for e, _, t in events if e == "REQUEST")


def test_talks_urged_in_the_impersonal_are_a_request_not_a_meeting() -> None:
    text = "It is essential to resume direct talks between Belgrade and Pristina."
    assert types(text, speaker="RUS") == {"REQUEST"}
    said = "Mr Putin said it was important to start a dialogue between Armenia and Azerbaijan."
    assert ("REQUEST", ("RUS",), ("ARM", "AZE")) in coded(said)
    assert "CONSULT" not in types(said)


def test_talks_said_to_be_needless_are_no_request() -> None:
    assert "REQUEST" not in types(
        "It is not necessary to hold talks between Greece and Turkey.", speaker="RUS"
    )


def test_talks_urged_with_no_speaker_known_are_not_coded() -> None:
    assert "REQUEST" not in types("It is important to launch talks between Sudan and South Sudan.")


# --- charges -----------------------------------------------------------------------------------------------


def test_sanctions_called_a_tool_of_containment_are_an_accusation() -> None:
    text = "The sanctions imposed by the United States are a tool to contain Russia."
    assert ("ACCUSE", ("RUS",), ("USA",)) in coded(text, speaker="RUS")
    text = "Mr Putin said that American sanctions were an instrument of containment."
    assert "ACCUSE" in types(text)
    assert "ACCUSE" in types("NATO expansion is aimed at containing Russia.", speaker="RUS")


def test_containing_an_epidemic_is_no_accusation() -> None:
    assert "ACCUSE" not in types("The measures are a tool for containing the epidemic.", speaker="RUS")


def test_destructive_forces_named_are_an_accusation_by_the_speaker() -> None:
    text = "Destructive forces are trying to sow discord between our two peoples."
    assert ("ACCUSE", ("RUS",), ()) in coded(text, speaker="RUS")
    text = "We see that destructive forces in Moldova are seeking to undermine the settlement."
    assert ("ACCUSE", ("RUS",), ("MDA",)) in coded(text, speaker="RUS")


def test_unnamed_sponsors_of_terrorists_are_accused() -> None:
    assert "ACCUSE" in types("Certain states are supplying arms to the terrorists.", speaker="RUS")


def test_destructive_forces_denied_or_with_no_accuser_are_not_coded() -> None:
    assert "ACCUSE" not in types("No destructive forces are trying to split the country.", speaker="RUS")
    assert "ACCUSE" not in types("Destructive forces are trying to split the country.")
    assert "ACCUSE" not in types("Some countries are supplying grain to Africa.", speaker="RUS")


def test_conduct_named_by_its_hostile_character_is_an_accusation() -> None:
    text = "Mr Putin pointed out the provocative nature of the drills held by the Polish army."
    assert ("ACCUSE", ("RUS",), ("POL",)) in coded(text)
    text = "Mr Putin noted the unconstructive position of the Latvian side."
    assert ("ACCUSE", ("RUS",), ("LVA",)) in coded(text)


def test_conduct_named_by_a_friendly_character_is_no_accusation() -> None:
    assert "ACCUSE" not in types("Mr Putin noted the constructive position of the Finnish side.")


def test_an_incident_provoked_is_charged_to_the_subject() -> None:
    assert ("ACCUSE", ("RUS",), ("GEO",)) in coded("The Georgian side provoked the incident.", speaker="RUS")
    assert "ACCUSE" not in types("Such statements could provoke an incident.", speaker="RUS")


def test_a_ceasefire_breach_told_by_the_speaker_is_a_charge() -> None:
    text = "The Georgian side keeps violating the ceasefire."
    assert ("ACCUSE", ("RUS",), ("GEO",)) in coded(text, speaker="RUS")


def test_a_ceasefire_kept_is_no_charge() -> None:
    assert "ACCUSE" not in types("We have never violated the ceasefire.", speaker="RUS")


# --- bad input ---------------------------------------------------------------------------------------------


def test_settled_leaves_nothing_for_empty_or_letterless_or_long_text() -> None:
    def make(*_: object) -> Event:
        raise AssertionError("no event may be made")

    assert settled("", [], [], "RUS", make) == []
    assert settled("?!-- 12 ;;", [], [], "RUS", make) == []
    assert settled("destructive forces are trying to " * 200, [], [], "RUS", make) == []


def test_garbage_and_very_long_sentences_code_cleanly() -> None:
    for text in (
        "",
        "...",
        "1234 5678",
        near_limit("destructive forces it is necessary to start talks between "),
    ):
        coded_twice_cleanly(text, date=DAY, speaker="RUS")


# --- "our countries" after talks ---------------------------------------------------------------------------


def test_our_countries_after_talks_are_the_two_sides() -> None:
    text = "Our countries are carrying out joint projects in shipbuilding."
    assert ("COOPERATE", ("RUS", "VNM"), ()) in coded(text, participants=("RUS", "VNM"), speaker="RUS")


def test_our_countries_with_no_meeting_known_are_not_coded() -> None:
    assert not types("Our countries are carrying out joint projects in shipbuilding.", speaker="RUS")
