"""Readouts of calls and meetings with Western leaders (detente.coding.readouts2, s26-readouts2): sentences
written for these tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from detente.coding.coder import code_sentence
from detente.coding.patterns import tokenize
from detente.coding.readouts2 import title_modifier

DATE = dt.date(2019, 6, 11)

Triple = tuple[str, tuple[str, ...], tuple[str, ...]]


def _events(text: str, sides: Sequence[str] = (), *, reported: bool = False) -> set[Triple]:
    found = code_sentence(text, date=DATE, participants=sides, reported_meeting=reported)
    return {(e.event.value, e.source, e.target) for e in found}


# --- who sought the call


def test_initiative_told_at_the_start_of_the_sentence() -> None:
    text = (
        "At the Dutch side's initiative, Vladimir Putin had a telephone conversation with the Prime Minister "
        "of the Netherlands, Mark Rutte."
    )
    assert ("CONSULT", ("NLD",), ("RUS",)) in _events(text)


def test_initiative_of_the_side_told_first() -> None:
    text = "At the initiative of the Spanish side, Sergei Lavrov spoke by telephone with the Foreign Minister of Spain."
    assert ("CONSULT", ("ESP",), ("RUS",)) in _events(text)


def test_request_of_a_side() -> None:
    text = "Vladimir Putin had a phone conversation with President of Finland Sauli Niinisto at the Finnish side's request."
    assert ("CONSULT", ("FIN",), ("RUS",)) in _events(text)


def test_the_latter_asked_for_the_call() -> None:
    text = "Sergei Lavrov had a telephone conversation with Foreign Minister of Norway Ine Eriksen Soreide at the latter's request."
    assert ("CONSULT", ("NOR",), ("RUS",)) in _events(text)


def test_a_call_without_an_asker_stays_with_the_caller() -> None:
    text = "Vladimir Putin had a phone conversation with President of Finland Sauli Niinisto."
    assert ("CONSULT", ("RUS",), ("FIN",)) in _events(text)


# --- titles


def test_federal_before_a_chancellor_of_a_state_is_no_name() -> None:
    text = "Vladimir Putin had a telephone conversation with Federal Chancellor of Austria Sebastian Kurz."
    assert ("CONSULT", ("RUS",), ("AUT",)) in _events(text)


def test_title_modifier_needs_a_leader_title_of_a_state_after_it() -> None:
    tokens = tokenize("The Federal Reserve raised rates.")
    assert not title_modifier(tokens, [False] * len(tokens), 1, 2)
    tokens = tokenize("He met Federal Chancellor of Germany Olaf Scholz.")
    covered = [False, False, False, True, True, True, True, True, False]
    assert title_modifier(tokens, covered, 2, 3)


def test_the_chancellor_of_a_readout_with_germany() -> None:
    text = "The Federal Chancellor called for an immediate ceasefire."
    assert ("REQUEST", ("DEU",), ("RUS",)) in _events(text, ("RUS", "DEU"), reported=True)


def test_the_chancellor_with_no_german_or_austrian_side_is_no_one() -> None:
    text = "The Federal Chancellor called for an immediate ceasefire."
    assert not any(t[0] == "REQUEST" and t[1] for t in _events(text, ("RUS", "FRA"), reported=True))


# --- calls and offers addressed to the other side


def test_a_call_in_a_readout_is_addressed_to_the_other_side() -> None:
    text = "President of France Emmanuel Macron called for an early ceasefire."
    assert ("REQUEST", ("FRA",), ("RUS",)) in _events(text, ("RUS", "FRA"), reported=True)


def test_a_call_outside_a_readout_keeps_no_target() -> None:
    text = "President of France Emmanuel Macron called for an early ceasefire."
    assert ("REQUEST", ("FRA",), ("RUS",)) not in _events(text)


def test_contacts_agreed_on_a_topic_have_no_target() -> None:
    text = "The ministers agreed to continue contacts on the Syrian issue."
    assert ("AGREE", ("RUS", "GBR"), ()) in _events(text, ("RUS", "GBR"), reported=True) or (
        "AGREE",
        ("GBR", "RUS"),
        (),
    ) in _events(text, ("RUS", "GBR"), reported=True)


def test_an_accepted_invitation_is_agreed_by_the_guest() -> None:
    text = "Vladimir Putin invited Giuseppe Conte to visit Moscow, and the invitation was accepted."
    found = _events(text)
    assert ("REQUEST", ("RUS",), ("ITA",)) in found and ("AGREE", ("ITA",), ("RUS",)) in found


def test_an_invitation_declined_is_no_agreement() -> None:
    text = "Vladimir Putin invited Giuseppe Conte to visit Moscow, but the invitation was declined."
    assert not any(t[0] == "AGREE" for t in _events(text))


# --- patterns (# --- s26-readouts2 in patterns.toml)


def test_a_message_of_condolence_to_a_leader_is_support() -> None:
    text = "Vladimir Putin sent a message of condolence to President of Italy Sergio Mattarella."
    assert ("SUPPORT", ("RUS",), ("ITA",)) in _events(text)


def test_a_message_about_no_one_is_no_support() -> None:
    assert not any(
        t[0] == "SUPPORT" for t in _events("The storm sent a message to farmers across the region.")
    )


def test_negotiators_instructed_by_both_leaders() -> None:
    text = "Vladimir Putin and Donald Trump instructed their negotiators to begin work on a new arms control treaty."
    assert any(t[0] == "AGREE" and set(t[1]) == {"RUS", "USA"} for t in _events(text))


def test_an_offer_kept_on_the_table() -> None:
    text = "Sergei Lavrov said that Moscow's proposal for joint inspections remains on the table."
    assert any(t[0] == "AGREE" and t[1] == ("RUS",) for t in _events(text))


def test_an_issue_on_the_table_is_no_offer() -> None:
    assert not any(
        t[0] == "AGREE" for t in _events("Sergei Lavrov said that the issue of visas remains on the table.")
    )


def test_a_call_to_the_world_in_a_readout_is_not_addressed_to_the_other_side() -> None:
    text = "Prime Minister of Spain Pedro Sanchez called for an international convention against cyber crime."
    assert not any(
        t[0] == "REQUEST" and t[2] == ("RUS",) for t in _events(text, ("RUS", "ESP"), reported=True)
    )


def test_a_crisis_laid_at_a_sides_policy_by_the_one_who_reminds() -> None:
    text = (
        "Vladimir Putin reminded his counterpart that the crisis in the region was a direct consequence of "
        "NATO's policy of expansion."
    )
    assert ("ACCUSE", ("RUS",), ("NATO",)) in _events(text)


def test_a_good_result_of_a_policy_is_no_accusation() -> None:
    text = "The growth in trade was a direct result of the government's policy of openness."
    assert not any(t[0] == "ACCUSE" for t in _events(text))
