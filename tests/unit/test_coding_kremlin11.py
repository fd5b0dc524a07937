"""Kremlin wording that tells no act between states, and views noted alike (s30-kremlin11):
detente.coding.kremlin11 and the lexicon file s30-kremlin11.toml. Every sentence is invented for these tests;
each family has a sentence whose reading must go (or come) and a near miss that keeps its reading."""

from __future__ import annotations

import datetime as dt

from detente.coding.coder import code_sentence
from detente.coding.kremlin11 import settled

DAY = dt.date(2012, 6, 5)


def types(text: str, participants: tuple[str, ...] = (), speaker: str | None = None) -> set[str]:
    return {
        e.event.value
        for e in code_sentence(
            text,
            date=DAY,
            participants=participants,
            speaker=speaker,
            reported_meeting=bool(participants),
        )
    }


# --- a law handled at home ---------------------------------------------------------------------------------


def test_a_veto_of_a_home_law_is_no_rejection() -> None:
    text = "The President vetoed the law on changes to the customs rules passed by the State Duma."
    assert "REJECT" not in types(text)


def test_a_veto_at_the_security_council_is_still_a_rejection() -> None:
    assert "REJECT" in types("Russia vetoed the draft resolution on Syria proposed by France.")


def test_a_promise_to_sign_a_law_the_chambers_passed_is_no_agreement() -> None:
    text = "Mr Putin said he would sign the bill once the Federation Council had approved it."
    assert "AGREE" not in types(text)


def test_a_promise_to_a_foreign_side_is_still_an_agreement() -> None:
    assert "AGREE" in types("Mr Putin promised to help Serbia rebuild its power grid.")


def test_lawmakers_asking_their_own_ministry_is_no_request() -> None:
    text = (
        "Mr Putin said State Duma deputies had asked the Defence Ministry to cooperate more closely with the "
        "lower house on procurement."
    )
    assert not types(text) & {"REQUEST", "AGREE"}


def test_lawmakers_asking_another_state_is_still_a_request() -> None:
    assert "REQUEST" in types("State Duma deputies asked the United States to release the Russian pilot.")


# --- what a thing offers -----------------------------------------------------------------------------------


def test_opportunities_offered_by_a_relation_are_no_offer() -> None:
    text = "The President pointed out the opportunities offered by Moscow's close ties with the Afghan government."
    assert "AGREE" not in types(text)


def test_guarantees_offered_by_a_state_stay_an_offer() -> None:
    assert "AGREE" in types("Russia welcomed the security guarantees offered by the United States.")


# --- a partnership foreseen --------------------------------------------------------------------------------


def test_joint_work_as_the_means_of_a_foreseen_success_is_no_cooperation() -> None:
    text = (
        "I am convinced that, by pooling their efforts and resources, Russia and Kazakhstan will overcome "
        "the current difficulties."
    )
    assert "COOPERATE" not in types(text, speaker="RUS")


def test_joint_work_told_as_done_stays_cooperation() -> None:
    text = "By pooling their efforts and resources, Russia and Kazakhstan have built a new railway."
    assert "COOPERATE" in types(text, speaker="RUS")


# --- a school's graduates ----------------------------------------------------------------------------------


def test_a_university_training_its_graduates_gives_no_aid() -> None:
    text = "Over half a century the Moscow State Institute has trained hundreds of diplomats and journalists."
    assert "AID" not in types(text)


def test_a_profession_by_training_gives_no_aid() -> None:
    text = "Pavel Orlov, an engineer by training, has been appointed to head the Russian Ministry of Energy."
    assert "AID" not in types(text)


def test_instructors_training_troops_stay_aid() -> None:
    assert "AID" in types("Russian instructors trained Syrian troops.")


# --- views noted alike -------------------------------------------------------------------------------------


def test_views_noted_alike_are_an_agreement_of_the_sides() -> None:
    text = "The Presidents noted the closeness of their approaches to the Iranian nuclear issue."
    events = code_sentence(text, date=DAY, participants=("RUS", "FRA"), reported_meeting=True)
    assert [(e.event.value, set(e.source)) for e in events] == [("AGREE", {"RUS", "FRA"})]


def test_a_likeness_of_other_things_is_no_agreement() -> None:
    text = "The leaders noted the similarity of the climate in the two regions."
    assert "AGREE" not in types(text, ("RUS", "FRA"))


def test_views_noted_alike_beside_a_consultation_add_no_second_event() -> None:
    text = (
        "Mr Putin and Mr Chirac talked about the Middle East and stressed the closeness of their positions on "
        "it."
    )
    assert types(text, ("RUS", "FRA")) == {"CONSULT"}


def test_views_noted_alike_with_no_side_known_are_not_coded() -> None:
    assert "AGREE" not in types("Both parties noted the closeness of their approaches to the crisis.")


def test_settled_keeps_an_empty_list_empty() -> None:
    assert settled("Nothing happened.", []) == []
