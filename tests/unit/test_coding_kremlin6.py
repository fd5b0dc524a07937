"""Official Kremlin wording (detente.coding.kremlin6, s26-kremlin6): sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from detente.coding.coder import code_sentence

DATE = dt.date(2019, 10, 8)
PAIR = ("RUS", "ITA")


def _events(
    text: str, *, context: str | None = None, pair: tuple[str, ...] = ()
) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    found = code_sentence(text, date=DATE, context=context, participants=pair, reported_meeting=bool(pair))
    return {(e.event.value, tuple(sorted(e.source)), tuple(sorted(e.target))) for e in found}


def _types(text: str, **kw: object) -> set[str]:
    return {t for t, _, _ in _events(text, **kw)}  # type: ignore[arg-type]


ITALIAN = "Giuseppe Conte, Prime Minister of Italy"
RUSSIAN = "Vladimir Putin, President of Russia"


# --- support as a noun after "express"


def test_support_expressed_without_a_subject_is_the_speakers() -> None:
    text = (
        "Above all, this meeting is a chance to express once again our full support for the Russian people."
    )
    assert ("SUPPORT", ("ITA",), ("RUS",)) in _events(text, context=ITALIAN)


def test_support_expressed_needs_someone_it_is_for() -> None:
    assert "SUPPORT" not in _types("It is a chance to express full support for the reform of the courts.")


# --- "I would suggest that we ..."


def test_suggestion_of_joint_work_is_agree_to_the_other_side() -> None:
    text = "I would suggest to you that we could prepare a common roadmap for the Arctic."
    assert ("AGREE", ("ITA",), ("RUS",)) in _events(text, context=ITALIAN, pair=PAIR)


def test_suggestion_to_get_down_to_work_is_no_proposal() -> None:
    text = "If you do not mind, I suggest that we get down to business straight away."
    assert "AGREE" not in _types(text, context=ITALIAN, pair=PAIR)


# --- documents signed "between X and Y"


def test_treaty_between_two_states_signed_is_support_of_both() -> None:
    text = "A further Treaty between the Russian Federation and the Italian Republic on Good-Neighbourliness was signed as well."
    assert ("SUPPORT", ("ITA", "RUS"), ()) in _events(text)


def test_memorandum_on_cooperation_signed_is_no_joint_work() -> None:
    text = (
        "A number of papers were signed, among them a memorandum between the governments of Italy and Russia "
        "on cooperation in tourism."
    )
    events = _events(text)
    assert ("SUPPORT", ("ITA", "RUS"), ()) in events
    assert "COOPERATE" not in {t for t, _, _ in events}


def test_treaty_between_two_states_without_a_signing_is_not_read() -> None:
    text = "The Treaty between the Russian Federation and the Italian Republic remains in force."
    assert ("SUPPORT", ("ITA", "RUS"), ()) not in _events(text)


# --- the readout's sides


def test_pair_examined_is_consult() -> None:
    text = "Vladimir Putin and Giuseppe Conte reviewed the progress of the joint projects."
    assert ("CONSULT", ("ITA", "RUS"), ()) in _events(text)


def test_concern_voiced_in_a_readout_is_the_sides_accusation() -> None:
    text = "Concern was expressed over the escalation of violence in the region."
    assert ("ACCUSE", ("ITA", "RUS"), ()) in _events(text, pair=PAIR)


def test_concern_voiced_outside_a_meeting_is_not_read() -> None:
    assert "ACCUSE" not in _types("Concern was expressed over the escalation of violence in the region.")


def test_talks_continued_is_consult_of_the_sides() -> None:
    text = "Later the talks continued with the participation of the two delegations."
    assert ("CONSULT", ("ITA", "RUS"), ()) in _events(text, pair=PAIR)


def test_talks_continued_needs_the_sides() -> None:
    assert "CONSULT" not in _types("Later the talks continued with the participation of the two delegations.")


def test_we_will_talk_about_is_future_consult() -> None:
    text = "Today we will certainly talk about energy and the situation in the Mediterranean."
    found = code_sentence(text, date=DATE, context=RUSSIAN, participants=PAIR, reported_meeting=True)
    assert any(e.event.value == "CONSULT" and e.polarity.value == "future" for e in found)


def test_we_will_talk_said_by_a_third_side_is_not_read() -> None:
    text = "Today we will certainly talk about energy and the situation in the Mediterranean."
    assert "CONSULT" not in _types(text, context="Recep Tayyip Erdogan, President of Turkey", pair=PAIR)


def test_met_your_minister_is_consult_to_the_other_side() -> None:
    text = "I met with your Foreign Minister in Rome last month."
    assert ("CONSULT", ("ITA",), ("RUS",)) in _events(text, context=ITALIAN, pair=PAIR)


def test_met_my_minister_is_not_read() -> None:
    assert "CONSULT" not in _types(
        "I met with my Foreign Minister in Rome last month.", context=ITALIAN, pair=PAIR
    )


def test_stance_called_correct_is_support() -> None:
    text = "Mr Putin said the position of the Italian Prime Minister was absolutely correct."
    assert ("SUPPORT", ("RUS",), ("ITA",)) in _events(text)


def test_stance_called_wrong_is_no_support() -> None:
    text = "Mr Putin said the position of the Italian Prime Minister was hard to understand."
    assert "SUPPORT" not in _types(text)


def test_sides_desire_reaffirmed_is_agree() -> None:
    text = "The joint statement reaffirmed the sides' desire to continue their joint efforts against piracy."
    assert ("AGREE", ("ITA", "RUS"), ()) in _events(text, pair=PAIR)


# --- look-alikes


def test_journalists_asking_about_is_no_request() -> None:
    assert "REQUEST" not in _types("Journalists also asked about Russian gas supplies to Italy.")


def test_journalists_asking_for_access_is_still_read() -> None:
    assert "REQUEST" in _types("Journalists asked Italy to grant them access to the port.")
