"""Chronology wording of session 38 (:mod:`detente.coding.s38chron`): councils founded, met and agreeing,
negotiations concluded, measures told to the other side, doctrines naming a danger, failed agreements,
cooperation under review, threats of suspension and of measures, pauses in meetings, build-ups inside calls,
drafts handed over, annexations rejected, treaties suspended in answer and pre-emptive strikes held out, with
the near misses of each.

The sentences are written for these tests, not taken from any gold set."""

from __future__ import annotations

import datetime as dt

from detente.coding import s38chron
from detente.coding.coder import code_sentence

DAY = dt.date(2012, 3, 14)

Full = set[tuple[str, tuple[str, ...], tuple[str, ...], str]]


def _full(text: str, day: dt.date = DAY) -> Full:
    return {(e.event.name, e.source, e.target, e.polarity.value) for e in code_sentence(text, date=day)}


def _types(text: str, day: dt.date = DAY) -> set[str]:
    return {t for t, _, _, _ in _full(text, day)}


def _never(*_: object) -> object:
    raise AssertionError("no event may be made")


def test_a_council_set_up_by_leaders_is_an_agreement_of_both_sides() -> None:
    coded = _full(
        "In a villa outside Rome, Allied leaders and the Russian President set up the NATO-Russia Council."
    )
    assert ("AGREE", ("NATO", "RUS"), (), "asserted") in coded


def test_a_document_that_sets_up_a_council_is_no_agreement() -> None:
    assert "AGREE" not in _types(
        "The 1997 Act sets up a Permanent Joint Council that meets monthly in Brussels."
    )


def test_a_council_that_adopts_a_work_programme_agrees_it() -> None:
    coded = _full("The NATO-Russia Council met in Madrid and adopted a work programme for the coming year.")
    assert ("AGREE", ("NATO", "RUS"), (), "asserted") in coded


def test_a_leader_at_a_council_summit_is_the_councils_meeting() -> None:
    coded = _full(
        "The Russian President took part in the NATO-Russia Council summit held in Lisbon on Saturday."
    )
    assert any(t == "CONSULT" and set(s) == {"NATO", "RUS"} and not g for t, s, g, _ in coded)


def test_negotiations_concluded_on_a_text_are_an_agreement() -> None:
    coded = _types(
        "The Secretary General and the Russian Foreign Minister concluded their negotiations on the text of the charter."
    )
    assert "AGREE" in coded
    assert "CONSULT" not in coded


def test_a_measure_told_to_the_other_side_is_the_tellers() -> None:
    coded = _full("Moscow informed NATO that it was freezing all military contacts with the Alliance.")
    assert ("SANCTION", ("RUS",), ("NATO",), "asserted") in coded
    assert ("SANCTION", ("NATO",), ("RUS",), "asserted") not in coded


def test_a_doctrine_naming_a_danger_accuses_its_subject() -> None:
    coded = _full(
        "Russia's updated security strategy names the eastward movement of NATO infrastructure as a main threat."
    )
    assert ("ACCUSE", ("RUS",), ("NATO",), "asserted") in coded
    assert not any(t == "MOBILIZE" for t, _, _, _ in coded)


def test_a_doctrine_naming_no_side_gives_no_accusation() -> None:
    assert "ACCUSE" not in _types("The new doctrine names terrorism and cyber attacks as the main dangers.")


def test_ministers_who_fail_to_reach_agreement_at_the_council_agree_negated() -> None:
    coded = _full("At the NRC session in Berlin, ministers failed to reach an agreement on a joint radar.")
    assert ("AGREE", ("NATO", "RUS"), (), "negated") in coded


def test_cooperation_put_under_review_is_a_threat() -> None:
    coded = _full(
        "The Alliance halted a joint naval project and put its entire cooperation with Russia under review."
    )
    assert ("THREATEN", ("NATO",), ("RUS",), "asserted") in coded
    assert "CONCEDE" not in {t for t, _, _, _ in coded}


def test_suspension_unless_codes_the_threat_and_the_measure() -> None:
    coded = _full(
        "Washington said it will suspend its treaty obligations in two months unless Moscow destroys the missiles."
    )
    assert ("SANCTION", ("USA",), ("RUS",), "future") in coded


def test_warning_of_military_technical_measures_is_a_threat() -> None:
    coded = _full("Russia criticised the American reply, warning of military-technical measures.")
    assert ("THREATEN", ("RUS",), ("USA",), "asserted") in coded or "THREATEN" in {t for t, _, _, _ in coded}


def test_a_council_that_will_not_meet_again_until_later_rejects_nothing() -> None:
    coded = _types("The NATO-Russia Council met on Friday; it will not meet again until the spring.")
    assert "REJECT" not in coded
    assert "CONSULT" in coded


def test_a_build_up_inside_a_call_is_coded() -> None:
    coded = _full("The Secretary General urged Russia to end its military build-up near Georgia.")
    assert ("MOBILIZE", ("RUS",), ("GEO",), "asserted") in coded


def test_drafts_handed_over_are_proposals_to_the_parties_named() -> None:
    coded = _full(
        "Moscow handed an American diplomat two draft treaties, one with the United States and one with NATO."
    )
    agree = [(s, g) for t, s, g, _ in coded if t == "AGREE"]
    assert agree and agree[0][0] == ("RUS",) and set(agree[0][1]) >= {"USA", "NATO"}


def test_drafts_that_were_not_handed_over_give_no_asserted_agreement() -> None:
    coded = _full("The diplomats said Moscow has not handed over any draft treaty to NATO.")
    assert not any(t == "AGREE" and p == "asserted" for t, _, _, p in coded)


def test_an_annexation_rejected_codes_the_annexation() -> None:
    coded = _full(
        "The Allies rejected Russia's illegal annexation of the Ukrainian peninsula of Crimea.",
        dt.date(2014, 3, 20),
    )
    assert ("COERCE", ("RUS",), ("UKR",), "asserted") in coded


def test_allies_suspending_a_treatys_operation_answer_the_leaver() -> None:
    coded = _full(
        "Russia left the arms treaty on Tuesday, and the Allies said they were suspending the treaty's operation."
    )
    assert ("SANCTION", ("NATO",), ("RUS",), "asserted") in coded


def test_a_pre_emptive_strike_held_out_is_a_threat() -> None:
    coded = _full(
        "A Russian general said Russia might decide on a pre-emptive strike against NATO radar sites."
    )
    assert ("THREATEN", ("RUS",), ("NATO",), "asserted") in coded
    assert "ASSAULT" not in {t for t, _, _, _ in coded}


def test_a_pre_emptive_strike_ruled_out_is_no_threat() -> None:
    assert "THREATEN" not in _types("Russia will never launch a pre-emptive strike against NATO.")


def test_settled_leaves_empty_and_long_text_alone() -> None:
    assert s38chron.settled("", [], [], None, _never) == []  # type: ignore[arg-type]
    assert s38chron.settled("x" * 6000, [], [], None, _never) == []  # type: ignore[arg-type]
    assert s38chron.settled("1234 !!", [], [], None, _never) == []  # type: ignore[arg-type]


def test_a_declaration_signed_that_sets_up_a_council_stays_a_signing() -> None:
    coded = _types(
        "Allied and Russian leaders signed a declaration setting up the NATO-Russia Council on Tuesday."
    )
    assert "SUPPORT" in coded
    assert "AGREE" not in coded
