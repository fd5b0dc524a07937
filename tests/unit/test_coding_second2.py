"""Second events named beside the main act (detente.coding.second2, s29-second2): attacks named as nouns with
their doer, terror attacks as the occasion of a condolence or a condemnation, and proposals coordinated after
another act. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DATE = dt.date(2017, 3, 9)


def _events(
    text: str, *, context: str | None = None
) -> set[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    found = code_sentence(text, date=DATE, context=context)
    return {
        (e.event.value, tuple(sorted(e.source)), tuple(sorted(e.target)), e.polarity.value) for e in found
    }


def _types(text: str, *, context: str | None = None) -> set[str]:
    return {t for t, _, _, _ in _events(text, context=context)}


# --- an attack named with its doer after a participle


def test_attack_carried_out_by_a_named_doer_in_a_cited_ground() -> None:
    text = (
        "In view of the missile attack carried out by Ukraine against ships of the Black Sea Fleet, "
        "Russia suspended its participation in the grain deal."
    )
    assert ("ASSAULT", ("UKR",), ("RUS",), "asserted") in _events(text)


def test_acts_of_terror_committed_against_a_state() -> None:
    text = "The council condemned the cowardly acts of terror committed against Spain and called for unity."
    assert ("ASSAULT", ("terrorists",), ("ESP",), "asserted") in _events(text)


def test_killing_of_victims_by_a_named_doer() -> None:
    found = _events("Georgia opened an inquiry into the killing of four villagers by Russian soldiers.")
    assert any(t == "ASSAULT" and s == ("RUS",) for t, s, _, _ in found)


def test_alleged_attack_is_not_a_fact() -> None:
    found = _types("Moscow condemned the alleged attack carried out by Ukraine against its border posts.")
    assert "ASSAULT" not in found


def test_attack_of_a_past_year_is_background() -> None:
    text = "Paris recalled the bombing carried out by Libya against a French airliner in 1989."
    assert "ASSAULT" not in _types(text)


def test_participle_without_a_doer_or_a_terror_name_codes_nothing() -> None:
    text = "Germany condemned the strike committed against the convoy near the border."
    assert ("ASSAULT", ("terrorists",), (), "asserted") not in _events(text)


# --- a terror attack as the occasion of a condolence or a condemnation


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Italy sent a message of condolence to France after the terrorist attack in Paris.", "FRA"),
        ("Germany voiced deep sympathy with Spain over the barbaric terrorist attacks in Madrid.", "ESP"),
        (
            "The council condemned in the strongest terms the seizure of hostages at a theatre in Moscow.",
            "RUS",
        ),
    ],
)
def test_terror_attack_at_a_place_is_coded_with_the_reaction(text: str, state: str) -> None:
    assert ("ASSAULT", ("terrorists",), (state,), "asserted") in _events(text)


def test_hostages_are_not_the_ones_condemned() -> None:
    found = _events(
        "The council condemned in the strongest terms the seizure of hostages at a theatre in Moscow."
    )
    assert not any(t == "ACCUSE" and tg == ("hostages",) for t, _, tg, _ in found)
    assert any(t == "ACCUSE" and tg == ("terrorists",) for t, _, tg, _ in found)


def test_terror_attack_as_a_time_marker_is_left_alone() -> None:
    text = "Mr Putin told the Armenian President about his telephone calls with Washington after the terrorist attacks in New York."
    assert "ASSAULT" not in _types(text)


def test_attack_named_without_terror_is_left_to_the_trigger_stages() -> None:
    text = "Italy sent condolences to Egypt over the explosion in Cairo that killed twelve workers."
    found = _events(text)
    assert ("ASSAULT", ("terrorists",), ("EGY",), "asserted") not in found


# --- a proposal coordinated after an act of the same side


def test_proposal_after_a_call_is_the_callers_offer() -> None:
    text = "Austria called on Serbia to show restraint and proposed a round of meetings on the border."
    found = _events(text)
    assert ("REQUEST", ("AUT",), ("SRB",), "asserted") in found
    assert ("AGREE", ("AUT",), ("SRB",), "asserted") in found


def test_proposal_with_its_own_pronoun_after_a_comma() -> None:
    text = (
        "Norway urged Russia to resume the fisheries talks, and we also proposed a joint scientific survey."
    )
    assert any(t == "AGREE" and s == ("NOR",) for t, s, _, _ in _events(text))


def test_proposal_by_another_side_is_not_the_callers() -> None:
    text = (
        "Austria called on Serbia to show restraint, but Serbia proposed a round of meetings on the border."
    )
    assert ("AGREE", ("AUT",), ("SRB",), "asserted") not in _events(text)


def test_proposed_toast_is_no_offer() -> None:
    text = "The Prime Minister thanked Chile for its hospitality and proposed a toast to the friendship of our peoples."
    assert "AGREE" not in _types(text)


def test_proposer_is_the_subject_not_the_one_praised() -> None:
    text = "Mr Putin called the OSCE a key to European security and proposed widening its field of work."
    found = _events(text, context="Vladimir Putin, President of Russia")
    assert not any(t == "AGREE" and s == ("OSCE",) for t, s, _, _ in found)
    assert ("AGREE", ("RUS",), ("OSCE",), "asserted") in found


# --- bad input


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "carried out by",
        "the terrorist attack in",
        "and proposed",
        "to release the",
        "acts of terror committed against",
        ", , , proposed and and",
    ],
)
def test_fragments_give_no_error(text: str) -> None:
    assert isinstance(code_sentence(text, date=DATE), list)


def test_very_long_text_gives_no_error() -> None:
    text = "France condemned the terrorist attack in Paris and proposed talks. " * 400
    assert isinstance(code_sentence(text, date=DATE), list)


def test_same_answer_twice() -> None:
    text = "Germany voiced deep sympathy with Spain over the barbaric terrorist attacks in Madrid."
    assert _events(text) == _events(text)
