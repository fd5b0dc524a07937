"""News wording of session 31 (:mod:`detente.coding.news9`): verbal acts that wire and political reports
tell with phrasings the other readers leave uncoded or mistype, and near-misses of them.

The sentences are written for these tests, not taken from any gold set."""

from __future__ import annotations

import datetime as dt

from tests.badinput import coded_twice_cleanly, near_limit

from detente.coding import news9
from detente.coding.coder import code_sentence
from detente.coding.patterns import tokenize

DAY = dt.date(2024, 5, 20)

Coded = set[tuple[str, tuple[str, ...], tuple[str, ...]]]


def _coded(text: str) -> Coded:
    return {(e.event.name, e.source, e.target) for e in code_sentence(text, date=DAY)}


def _types(text: str) -> set[str]:
    return {t for t, _, _ in _coded(text)}


# --- accused_of
def test_one_accused_of_a_deed_is_accused_by_no_named_side() -> None:
    # the other readers leave this one uncoded: the rule's own case
    day = dt.date(2020, 1, 10)
    coded = {(e.event.name, e.source, e.target) for e in code_sentence(_TRUMP, date=day)}
    assert ("ACCUSE", (), ("USA",)) in coded
    in_court = _TRUMP[:-1] + ", the court heard."
    assert "ACCUSE" not in {e.event.name for e in code_sentence(in_court, date=day)}


_TRUMP = "Trump is accused of using the aid to pressure Ukraine."


def test_one_never_accused_is_no_accusation() -> None:
    assert "ACCUSE" not in _types("The deputy was never accused of bribery by anyone.")


# --- judged_unacceptable
def test_a_deed_called_unacceptable_is_condemned_by_the_sayer() -> None:
    coded = _coded("The French minister said the shelling of the Russian-held dam was totally unacceptable.")
    assert any(t == "ACCUSE" and s == ("FRA",) for t, s, _ in coded)
    assert "ACCUSE" in _types("Amnesty International said the beatings of the marchers were unacceptable.")


def test_a_principle_or_a_denial_is_no_condemnation() -> None:
    assert "ACCUSE" not in _types("It is unacceptable to mix sport and politics, the coach wrote.")
    assert "ACCUSE" not in _types("The mayor said the new rules were not unacceptable to the traders.")


# --- support_pledged
def test_support_pledged_is_support_not_agreement() -> None:
    types = _types("Poland pledged its full support for NATO at the summit.")
    assert "SUPPORT" in types and "AGREE" not in types


# --- party_defended
def test_a_party_or_its_right_defended_is_supported() -> None:
    assert ("SUPPORT", ("TUR",), ("HAMAS",)) in _coded(
        "Turkey's president defended Hamas, calling the group a resistance movement."
    )
    assert "SUPPORT" in _types("Qatar went further, defending Hamas's right to stand in elections.")
    assert "SUPPORT" not in _types("The senator went further, defending Hamas's right to stand in elections.")


def test_a_person_or_a_record_defended_is_no_support() -> None:
    assert "SUPPORT" not in _types("The lawyer defended Estonia's former consul in a fraud trial.")
    assert "SUPPORT" not in _types("The agency defended its record on fraud cases.")


# --- support_thrown
def test_support_thrown_behind_a_side_is_support() -> None:
    assert "SUPPORT" in _types("The Kremlin threw its weight behind Lukashenko on Tuesday.")


# --- labelled_absurd
def test_remarks_labelled_absurd_after_a_long_object_are_condemned() -> None:
    assert "ACCUSE" in _types(
        "He called Ireland's objections to the new French naval patrols in the Atlantic \u201cludicrous\u201d."
    )


def test_remarks_labelled_kindly_are_not_condemned() -> None:
    assert "ACCUSE" not in _types("He called Ireland's objections to the new patrols understandable.")


# --- walked_out
def test_workers_walking_out_strike() -> None:
    assert "PROTEST" in _types("Nurses in Britain said on Monday that they were walking out.")


def test_walking_out_of_talks_is_left_to_the_other_readers() -> None:
    assert news9.walked_out("They walked out of the talks.", (), [], _never) == []


# --- intimidation_tried
def test_intimidation_tried_is_a_threat() -> None:
    assert "THREATEN" in _types("Beijing tried to intimidate Taiwan, the paper said.")


def test_intimidation_not_tried_is_no_threat() -> None:
    assert "THREATEN" not in _types("The governor never tried to intimidate anyone.")


# --- bad input
def _never(*_: object) -> object:
    raise AssertionError("no event may be made")


def test_bad_input_codes_cleanly() -> None:
    for text in (
        "",
        "   ",
        "!!! ??? ...",
        near_limit("accused unacceptable defended walking out "),
        "x" * 5000,
    ):
        coded_twice_cleanly(text, date=DAY)
        assert news9.settled(text, tokenize(text), (), [], _never) == [] or text.strip()


# --- without_setting_meetings
def test_a_meeting_that_sets_the_scene_of_words_is_no_consultation() -> None:
    text = 'After a meeting with Scholz, the Polish president said: "Germany must do more."'
    assert "CONSULT" not in _types(text)


def test_acts_after_talks_are_kept() -> None:
    assert "CONSULT" in _types("After a long meeting in Rome, Meloni and Scholz discussed migration.")


# --- without_empty_offers
def test_an_offer_of_no_details_is_no_offer() -> None:
    assert "AGREE" not in _types("Russia offered no details about the proposed talks.")
    assert "AGREE" in _types("Turkey offered to host the talks in Istanbul.")


# --- asked_to
def test_a_side_asked_to_act_by_another_is_requested() -> None:
    assert ("REQUEST", ("GRC",), ("IMF",)) in _coded(
        "Greece formally asked the IMF on Friday to release the loan."
    )


def test_a_question_asked_about_something_is_no_request() -> None:
    assert "REQUEST" not in _types("Reporters also asked about Russian help to settle the dispute.")


# --- read_belief_again
def test_a_charge_told_as_a_belief_is_read_without_the_belief() -> None:
    text = "Blinken said he believes Iran was behind the drone attack."
    assert ("ACCUSE", ("USA",), ("IRN",)) in _coded(text)


def test_a_belief_about_no_side_stays_uncoded() -> None:
    assert _types("The mayor said she believes the weather will improve.") == set()


# --- taken_to_court
def test_a_side_taken_to_court_is_accused_by_the_one_that_brings_the_case() -> None:
    assert ("ACCUSE", ("EU",), ("POL",)) in _coded(
        "The European Commission started legal action against Poland over the judges."
    )
    assert "ACCUSE" in _types("Gambia took Myanmar to the International Court of Justice.")


def test_a_case_against_no_named_side_is_left_alone() -> None:
    assert "ACCUSE" not in _types("The firm started legal action against its former landlord.")
