"""Kremlin readouts read without their lead (detente.coding.kremlin7, s27-kn7): sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

from detente.coding.coder import code_sentence

DATE = dt.date(2004, 5, 12)


def _events(
    text: str, *, context: str | None = None, pair: tuple[str, ...] = ()
) -> set[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    found = code_sentence(text, date=DATE, context=context, participants=pair, reported_meeting=bool(pair))
    return {
        (e.event.value, tuple(sorted(e.source)), tuple(sorted(e.target)), e.polarity.value) for e in found
    }


def _types(text: str, **kw: object) -> set[str]:
    return {t for t, _, _, _ in _events(text, **kw)}  # type: ignore[arg-type]


# --- the side that sought the call


def test_initiative_names_the_caller_without_a_lead() -> None:
    found = _events("The telephone call was held at the initiative of the Spanish side.")
    assert ("CONSULT", ("ESP",), (), "asserted") in found


def test_initiative_takes_the_other_side_from_the_meeting() -> None:
    found = _events("The talks took place at the initiative of the Turkish side.", pair=("RUS", "TUR"))
    assert ("CONSULT", ("TUR",), ("RUS",), "asserted") in found


def test_initiative_of_a_person_is_not_read() -> None:
    assert "CONSULT" not in _types("The exhibition was opened at the initiative of the museum's director.")


# --- greetings passed on through a messenger


def test_greetings_conveyed_are_support_not_a_request() -> None:
    found = _events("Mr Putin asked the envoy to convey his warm greetings to the President of Finland.")
    assert ("SUPPORT", ("RUS",), ("FIN",), "asserted") in found
    assert "REQUEST" not in {t for t, _, _, _ in found}


def test_a_message_asked_for_is_still_a_request() -> None:
    found = _types("Mr Putin asked the envoy to convey to Helsinki the proposal on border crossings.")
    assert "SUPPORT" not in found


# --- "In discussing ..., A and B ..."


def test_in_discussing_gives_both_sides() -> None:
    text = (
        "In discussing energy matters, Vladimir Putin and Angela Merkel noted the progress of the pipeline."
    )
    assert ("CONSULT", ("DEU", "RUS"), (), "asserted") in _events(text)


def test_in_discussing_with_one_side_only_is_not_a_pair() -> None:
    text = "In discussing energy matters, Angela Merkel and her advisers noted the progress of the pipeline."
    assert ("CONSULT", ("DEU", "RUS"), (), "asserted") not in _events(text)


# --- told in a telephone conversation


def test_told_in_a_telephone_conversation_is_a_call_by_the_teller() -> None:
    text = "He said that President Chirac had told him much the same in a telephone conversation last week."
    found = _events(text, pair=("RUS", "FRA"))
    assert any(t == "CONSULT" and s == ("FRA",) for t, s, _, _ in found)


def test_told_without_a_call_is_no_consult() -> None:
    assert "CONSULT" not in _types("He said that President Chirac had told him much the same in his memoirs.")


# --- a meeting that did not take place


def test_meeting_prevented_is_negated() -> None:
    found = _events("Bad weather prevented Putin and Schroeder from meeting in Kaliningrad.")
    assert ("CONSULT", ("DEU", "RUS"), (), "negated") in found


def test_meeting_held_stays_asserted() -> None:
    found = _events("Putin and Schroeder met in Kaliningrad despite the bad weather.")
    assert all(p == "asserted" for t, _, _, p in found if t == "CONSULT")


# --- the topic's states are not the sides


def test_states_of_the_topic_are_not_the_sides_of_the_talks() -> None:
    text = (
        "The two countries' leaders discussed the tense situation unfolding between Armenia and Azerbaijan."
    )
    found = _events(text)
    assert "CONSULT" in {t for t, _, _, _ in found}
    assert not any(t == "CONSULT" and "ARM" in s for t, s, _, _ in found)


# --- "promising" as an adjective


def test_promising_programmes_are_no_promise() -> None:
    assert "AGREE" not in _types(
        "They carry out promising manned programmes, some jointly with foreign partners."
    )


def test_a_promise_made_is_still_agree() -> None:
    assert "AGREE" in _types("Russia promised Norway to extend the fishing agreement.")


# --- patterns (s27-kn7): more verbs for the importance of ties


def test_highlighted_importance_of_dialogue_is_support() -> None:
    text = "The two ministers highlighted the importance of the dialogue between Moscow and Vienna."
    assert "SUPPORT" in _types(text)


def test_highlighted_importance_of_a_domestic_thing_is_no_support() -> None:
    assert "SUPPORT" not in _types(
        "The governor highlighted the importance of the new hospital in the region."
    )
