"""News wording of street violence, casualties, charges and criticism (detente.coding.newsrecall)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence


def coded(text: str, date: str = "2023-06-01") -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(str(e.event), e.source, e.target) for e in code_sentence(text, date=dt.date.fromisoformat(date))]


def types(text: str, date: str = "2023-06-01") -> set[str]:
    return {t for t, _, _ in coded(text, date)}


# --------------------------------------------------------------------------------- violence to private people


@pytest.mark.parametrize(
    "text",
    [
        "Two teenagers were stabbed outside a nightclub on Saturday, police said.",
        "A woman was assaulted in a car park late on Friday.",
        "A 40-year-old man was gunned down near his home in the suburb.",
    ],
)
def test_passive_violence_to_private_people_is_an_assault_on_civilians(text: str) -> None:
    assert ("ASSAULT", ("attackers",), ("civilians",)) in coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "The home side were beaten 4-0 on Sunday.",
        "The visitors were beaten by a late penalty.",
        "Residents fear that people could be attacked on the unlit road.",
        "The man was shot by a photographer for the magazine cover.",
    ],
)
def test_sport_supposition_and_photography_are_no_assault(text: str) -> None:
    assert "ASSAULT" not in types(text)


# ------------------------------------------------------------------------------- attacks told by casualties


def test_victims_who_died_in_an_owned_attack_are_its_target() -> None:
    assert ("ASSAULT", ("HAMAS",), ("ISR",)) in coded(
        "Four Israeli soldiers died during a Hamas attack on the post."
    )


def test_private_people_killed_in_an_attack_by_a_group_are_civilians() -> None:
    assert ("ASSAULT", ("HAMAS",), ("civilians",)) in coded("More than 200 people died in the raid by Hamas.")


def test_the_side_named_after_the_verb_is_the_victim() -> None:
    text = "Dozens of people died on the Ukrainian side, mostly soldiers, during the Russian assault."
    assert ("ASSAULT", ("RUS",), ("UKR",)) in coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two people died in a car crash on the motorway during the storm.",
        "The winger was injured during the attack that led to the second goal.",
    ],
)
def test_deaths_with_no_attacker_code_no_attack(text: str) -> None:
    assert "ASSAULT" not in types(text)


# ------------------------------------------------------------------------------------------ digs and swipes


def test_a_swipe_at_a_state_is_the_subjects_accusation() -> None:
    assert ("ACCUSE", ("RUS",), ("USA",)) in coded(
        "Putin praised India in a thinly veiled swipe at the United States."
    )


def test_a_fronted_dig_takes_the_doer_after_the_comma() -> None:
    assert ("ACCUSE", ("FRA",), ("DEU",)) in coded("In a dig at Germany, Macron said Europe must spend more.")


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers will dig at the site of the old fort next summer.",
        "The boxer landed a jab at the end of the round.",
    ],
)
def test_digs_and_jabs_that_aim_at_no_one_code_no_accusation(text: str) -> None:
    assert "ACCUSE" not in types(text)


# ------------------------------------------------------------------------------------ criticism from someone


def test_criticism_from_a_state_over_another_is_its_accusation() -> None:
    assert ("ACCUSE", ("RUS",), ("NATO",)) in coded(
        "Criticism from Moscow of the NATO exercises has grown louder."
    )


def test_a_fronted_condemnation_targets_the_main_subject() -> None:
    text = "Despite condemnation from the European Union, Hungary went ahead with the law."
    assert ("ACCUSE", ("EU",), ("HUN",)) in coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "The coach shrugged off criticism from fans after the defeat.",
        "The film received criticism from reviewers for its length.",
        "The ruling came after weeks of criticism from Germany about the costs.",
    ],
)
def test_criticism_from_no_actor_codes_nothing(text: str) -> None:
    assert "ACCUSE" not in types(text)


# ---------------------------------------------------------------------------------------- passive charges


def test_a_charge_after_a_second_predicate_is_a_coercion_of_suspects() -> None:
    text = "The man turned himself in at police headquarters and was charged with robbery."
    assert ("COERCE", ("police",), ("criminals",)) in coded(text)


def test_defendants_charged_are_suspects() -> None:
    assert ("COERCE", ("criminals",)) in [
        (t, g) for t, _, g in coded("Three defendants are charged with fraud, according to prosecutors.")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The battery was charged with solar power overnight.",
        "Customers were charged with a late fee by the bank.",
        # s28-coerce-arrests: "The woman was charged with theft after the inquiry." is now an ordinary
        # criminal charge (COERCE -> criminals), as the news gold codes "was charged with" (news-politics-4)
    ],
)
def test_charges_that_are_no_criminal_charge_code_no_coercion(text: str) -> None:
    assert "COERCE" not in types(text)
