"""Measures and answers in Russian Foreign Ministry wording (:mod:`detente.coding.rumfa`)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DAY = dt.date(2023, 3, 15)
ZAKHAROVA = "Briefing by Foreign Ministry Spokeswoman Maria Zakharova; 'we'/'our' is Russia."

Coded = set[tuple[str, tuple[str, ...], tuple[str, ...]]]


def _coded(text: str, context: str | None = ZAKHAROVA) -> Coded:
    return {(e.event.name, e.source, e.target) for e in code_sentence(text, date=DAY, context=context)}


def _types(text: str, context: str | None = ZAKHAROVA) -> set[str]:
    return {t for t, _, _ in _coded(text, context)}


# ------------------------------------------------------------------------------------------ staff cuts


@pytest.mark.parametrize(
    ("text", "doer", "owner"),
    [
        (
            "Riga has decided to halve the staff of our embassy; it has cut the staff of our embassy.",
            "LVA",
            "RUS",
        ),
        ("Bratislava has sharply reduced the personnel of the Russian Embassy.", "SVK", "RUS"),
        (
            "The decision of the Bulgarian government to cut the number of staff of our embassy is regrettable.",
            "BGR",
            "RUS",
        ),
        (
            "Warsaw's decision to reduce the staff of the Russian consulate in Gdansk is unfriendly.",
            "POL",
            "RUS",
        ),
    ],
)
def test_staff_cut_is_a_sanction_by_the_host(text: str, doer: str, owner: str) -> None:
    assert ("SANCTION", (doer,), (owner,)) in _coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "The hotel cut the staff of its restaurant by half.",
        "Russia reduced the number of troops in the region.",
        "Our embassy in Tallinn has cut its staff costs.",
    ],
)
def test_staff_cut_needs_an_owned_mission_and_another_doer(text: str) -> None:
    assert "SANCTION" not in _types(text)


# ------------------------------------------------------------------------------------- told to leave


def test_envoy_told_to_leave_a_state_is_expelled_by_it() -> None:
    coded = _coded("The Latvian Ambassador has been asked to leave Russia within two weeks.")
    assert ("SANCTION", ("RUS",), ("LVA",)) in coded


@pytest.mark.parametrize(
    "text",
    [
        "The Latvian Ambassador was asked to leave the hall before the vote.",
        "Tourists were asked to leave the beach because of the storm.",
    ],
)
def test_leaving_a_place_is_no_expulsion(text: str) -> None:
    assert "SANCTION" not in _types(text)


# ----------------------------------------------------------------------------------- answers to come


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Sofia has expelled two Russian diplomats, and Moscow will respond in due course.", "BGR"),
        ("The Czech authorities have expelled our diplomats; we will respond to it.", "CZE"),
        (
            "Vilnius has banned the transit of our goods, and if the ban is not lifted, Russia will take "
            "measures to protect its national interests.",
            "LTU",
        ),
    ],
)
def test_contentless_answer_beside_a_hostile_act_is_a_threat(text: str, target: str) -> None:
    assert ("THREATEN", ("RUS",), (target,)) in _coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "I will respond to your question in due course.",
        "We will respond to it later, after the meeting.",
        "Russia will take measures to protect its national interests.",
        "Sofia has expelled two Russian diplomats, and Moscow will not respond.",
    ],
)
def test_answer_without_another_sides_act_is_no_threat(text: str) -> None:
    assert "THREATEN" not in _types(text)


# --------------------------------------------------------------------------------- stopped cooperation


@pytest.mark.parametrize(
    "text",
    [
        "Moscow froze military cooperation with the North Atlantic Alliance until further notice.",
        "Russia has curtailed its practical cooperation with NATO.",
    ],
)
def test_halting_verb_before_cooperation_is_a_sanction(text: str) -> None:
    types = _types(text, None)
    assert "SANCTION" in types
    assert "COOPERATE" not in types


def test_cooperation_without_a_halting_verb_stays_cooperation() -> None:
    types = _types("Russia and NATO expanded military cooperation with each other in 2003.", None)
    assert "SANCTION" not in types


# ------------------------------------------------------------------------------------- decided acts


def test_act_inside_a_decision_is_the_deciders() -> None:
    coded = _coded(
        "We regret the decision of the EU foreign ministers to suspend all cooperation with Russia.",
        "Comment by the Russian Foreign Ministry; 'we' is Russia.",
    )
    assert ("SANCTION", ("EU",), ("RUS",)) in coded


def test_act_outside_a_decision_keeps_its_subject() -> None:
    coded = _coded("We have decided to suspend all cooperation with the EU.")
    assert ("SANCTION", ("RUS",), ("EU",)) in coded


# ------------------------------------------------------------------------------------- discussions


def test_two_sides_holding_a_discussion_meet() -> None:
    coded = _coded("Russia and NATO held a long and frank discussion in Brussels today.", None)
    assert any(t == "CONSULT" and set(s) == {"RUS", "NATO"} and not g for t, s, g in coded)


def test_one_side_holding_a_discussion_is_not_a_mutual_meeting() -> None:
    coded = _coded("The minister held a lively discussion with students of the university.", None)
    assert not any(t == "CONSULT" and len(s) >= 2 for t, s, _ in coded)


# ---------------------------------------------------------------------------------- unquoted sayers


def test_unquoted_first_person_is_the_credited_sayers() -> None:
    coded = _coded("Following Washington, we are also suspending the Treaty, Putin said on Saturday.", None)
    assert any(t == "SANCTION" and s == ("RUS",) for t, s, _ in coded)


def test_quoted_or_uncredited_first_person_is_not_resolved_here() -> None:
    coded = _coded("We are also suspending the Treaty, and the decision is final.", None)
    assert not any(t == "SANCTION" and s == ("RUS",) for t, s, _ in coded)


# ------------------------------------------------------------------------------------- entry bans


def test_people_banned_from_entering_a_state_are_its_sanction() -> None:
    coded = _coded("Twenty Polish officials are now banned from entering Russia.")
    assert ("SANCTION", ("RUS",), ("POL",)) in coded


def test_ban_on_something_else_is_not_an_entry_ban() -> None:
    assert "SANCTION" not in _types("Polish farmers are banned from using the pesticide.")


# -------------------------------------------------------------------------------- presence and transit


def test_growing_naval_presence_is_a_mobilisation() -> None:
    coded = _coded("We note with concern the growing presence of NATO warships in the Black Sea.")
    assert any(t == "MOBILIZE" and s == ("NATO",) for t, s, _ in coded)


def test_growing_presence_of_companies_is_not_a_mobilisation() -> None:
    assert "MOBILIZE" not in _types("We welcome the growing presence of Chinese companies in Russia.")


def test_transit_closed_is_an_embargo() -> None:
    assert ("SANCTION", ("LTU",), ("RUS",)) in _coded(
        "Lithuania has closed the transit of goods to Russia.", None
    )


def test_coordinated_deciders_both_act() -> None:
    coded = _coded("The decision of Hungary and Slovakia to send tanks to Kiev only prolongs the conflict.")
    assert any(t == "AID" and set(s) == {"HUN", "SVK"} for t, s, _ in coded)


# ------------------------------------------------------------------------------------ dated answers


def test_dated_measure_in_response_is_no_threat() -> None:
    text = "In response to the unfriendly steps of the EU, the work of our mission will be suspended from 1 March, Lavrov said."
    types = _types(text, None)
    assert "SANCTION" in types
    assert "THREATEN" not in types
    undated = _types(text.replace(" from 1 March", ""), None)
    assert "THREATEN" in undated


def test_undated_measure_in_response_stays_a_threat() -> None:
    coded = _coded(
        "In response to the deployment of US missiles in Germany, Russia will deploy Iskanders in Kaliningrad."
    )
    assert any(t == "THREATEN" for t, _, _ in coded)
