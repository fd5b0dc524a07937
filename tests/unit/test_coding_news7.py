"""News wording of session 30 (:mod:`detente.coding.news7` and ``data/lexicon/s30-news7.toml``): first
events that wire reports tell with phrasings the other readers miss or mistype, and look-alikes of them.

The sentences are written for these tests, not taken from any gold set."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DAY = dt.date(2024, 5, 20)

Coded = set[tuple[str, tuple[str, ...], tuple[str, ...]]]


def _coded(text: str) -> Coded:
    return {(e.event.name, e.source, e.target) for e in code_sentence(text, date=DAY)}


def _types(text: str) -> set[str]:
    return {t for t, _, _ in _coded(text)}


# --- lexicon ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # open|launch * investigation|inquiry|probe ** crimes|... in (place)
        ("The ICC launched a probe into alleged war crimes in Sudan.", ("ACCUSE", ("ICC",), ("SDN",))),
        # order|tell|instruct * residents|civilians|... ** to evacuate|leave|flee
        ("Israel ordered civilians to leave northern Gaza within a day.", ("REQUEST", ("ISR",), ("PSE",))),
        # defend X 's|'s right|rights
        ("Germany defended Israel's right to respond.", ("SUPPORT", ("DEU",), ("ISR",))),
        # host * ministers|leaders|counterparts|delegations|envoys|presidents|officials of|from
        (
            "Oman hosted senior officials from Iran and the United States.",
            ("CONSULT", ("OMN",), ("IRN", "USA")),
        ),
        # stand by * right|rights
        ("Britain stood by the right of Israel to defend itself.", ("SUPPORT", ("GBR",), ("ISR",))),
    ],
)
def test_wire_phrasings_code_their_type(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert expected in _coded(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The newspaper launched an investigation into its own reporting in Sudan.", "ACCUSE"),  # no crimes
        ("Israel ordered the release of civilians held in northern Gaza.", "REQUEST"),  # no order to leave
        ("Germany defended its decision to buy the jets.", "SUPPORT"),  # no one's right
        ("The university hosted students from Ukraine.", "CONSULT"),  # no officials
    ],
)
def test_look_alikes_of_the_wire_phrasings(text: str, absent: str) -> None:
    assert absent not in _types(text)


# --- prosecutors of a court ---------------------------------------------------------------------------------
def test_prosecutors_at_a_court_act_for_it() -> None:
    coded = _coded(
        "Prosecutors at the International Criminal Court opened an investigation into war crimes in Sudan."
    )
    assert ("ACCUSE", ("ICC",), ("SDN",)) in coded


def test_prosecutors_with_no_court_named_stay_the_judiciary() -> None:
    coded = _coded("Prosecutors opened an investigation into war crimes in Sudan on Monday.")
    assert all(s != ("ICC",) for _, s, _ in coded)


# --- restrictions on a state's own people -------------------------------------------------------------------
def test_restrictions_on_journalists_are_coerce() -> None:
    assert ("COERCE", ("CHN",), ("journalists",)) in _coded(
        "The Chinese government imposed new restrictions on foreign journalists."
    )


def test_sanctions_on_journalists_stay_sanction() -> None:
    types = _types("The United States imposed sanctions on Russian journalists working for state television.")
    assert "SANCTION" in types
    assert "COERCE" not in types


# --- a meeting the sides are poised to hold ------------------------------------------------------------------
def test_leaders_poised_to_meet_consult() -> None:
    assert "CONSULT" in _types(
        "EU leaders are poised to meet in Brussels next week for a summit on migration."
    )


def test_poised_to_sign_is_no_meeting() -> None:
    assert "CONSULT" not in _types("Serbia and Kosovo are poised to sign a deal on licence plates.")


# --- stances told as a record or a description ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "This senator has stood with farmers for three decades.",
        "We ranked the unions to see which stand with their members.",
    ],
)
def test_a_stance_told_as_a_record_is_no_support(text: str) -> None:
    assert "SUPPORT" not in _types(text)


def test_standing_with_a_state_is_support() -> None:
    assert ("SUPPORT", ("DEU",), ("ISR",)) in _coded("Germany stands with Israel, the chancellor said.")


# --- violence that may befall people -----------------------------------------------------------------------
def test_violence_that_may_happen_is_no_attack() -> None:
    text = "At night, residents can be robbed, attacked or kidnapped by gangs, local police say."
    assert "ASSAULT" not in _types(text)


def test_violence_that_may_happen_between_states_is_kept() -> None:
    assert "ASSAULT" in _types("Russia could be attacked by NATO, the Kremlin warned.")


def test_violence_that_happened_is_an_attack() -> None:
    assert "ASSAULT" in _types("Russian shelling killed civilians in Kharkiv.")


# --- an atrocity of another era ------------------------------------------------------------------------------
def test_a_killing_during_a_world_war_is_history() -> None:
    types = _types("The Pope described the mass killing of Armenians during World War One as a genocide.")
    assert "ASSAULT" not in types


def test_a_killing_of_today_is_an_attack() -> None:
    assert "ASSAULT" in _types("Sudanese paramilitaries killed dozens of civilians in Darfur on Monday.")
