"""The s34-speed3 shortcuts answer as the work they stand for: the word gates' one shared scan, the token
norms and lower-cased texts kept for the last list, the sentence lowered once, and the word tests put before
loops and expressions (each such test is a necessary condition of what it guards)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import filters, written6
from detente.coding.coder import code_sentence
from detente.coding.patterns import lowered, norms_of, tokenize
from detente.coding.text import WordCheck, lower_text
from detente.coding.wordgates import WordGates

DAY = dt.date(2019, 6, 5)

TEXTS = [
    "",
    "123 456",
    "The Delegations held TALKS on Tuesday.",
    "Thi\u017f policy of double \u017ftandards.",  # a twin of an ASCII letter opens every gate
    "We are in constant \u212aontact with Paris.",
    "Their ‘talks’ were held “in private”.",
    "x" * 100_000,
]


@pytest.mark.parametrize("text", TEXTS)
def test_shared_gates_answer_as_one_scan_per_module(text: str) -> None:
    first, second = WordGates(), WordGates()
    talk = first.gate(("talk", "talks"))
    private = second.gate(("private", "standards"))
    for gates, gate in ((first, talk), (second, private)):
        low = text.lower()
        twins = any(ch in text for ch in "\u0130\u0131\u017f\u212a")
        assert gates.may(text, gate) == (twins or any(w in low for w in gate))
        assert gates.found(text) == (gate if twins else frozenset(w for w in gate if w in low))


@pytest.mark.parametrize("text", TEXTS)
def test_word_check_answers_as_a_search_of_the_lowered_text(text: str) -> None:
    check = WordCheck(("contact", "talks"))
    twins = any(ch in text for ch in "\u0130\u0131\u017f\u212a")
    assert check(text) == (twins or "contact" in text.lower() or "talks" in text.lower())
    odd = WordCheck(("Talks",))  # not a gate word: read by its own automaton, as before
    assert odd(text) == twins


def test_kept_answers_follow_the_list_asked_about() -> None:
    one = tokenize("Moscow and Kyiv held talks.")
    two = tokenize("Paris condemned the strike.")
    assert norms_of(one) == {t.norm for t in one}
    assert norms_of(two) == {t.norm for t in two}
    assert norms_of(one) == {t.norm for t in one}  # asked again after another list
    assert lowered(two) == tuple(t.text.lower() for t in two)
    assert lowered(one) == tuple(t.text.lower() for t in one)
    assert norms_of([]) == frozenset() and lowered([]) == ()
    assert lower_text("Talks IN Paris") == "talks in paris"
    assert lower_text("İstanbul") == "İstanbul".lower()  # (longer in lower case)
    assert lower_text("") == ""


def test_conjunction_first_words_change_no_answer() -> None:
    tokens = tokenize("NATO will respond as long as Russia attacks in order to deter it")
    for i in range(len(tokens)):
        for phrases, firsts in (
            (filters._SUPPOSING, filters._SUPPOSING_FIRSTS),
            (filters._WHEN_DONE, filters._WHEN_DONE_FIRSTS),
            (filters._PURPOSES, filters._PURPOSES_FIRSTS),
        ):
            assert filters._conjunction_at(tokens, i, phrases, firsts) == filters._conjunction_at(
                tokens, i, phrases
            )


@pytest.mark.parametrize(
    ("text", "gate", "expression"),
    [
        ("Russia no longer has troops in Moldova.", "_NO_LONGER_GATE", "_NO_LONGER_HAS"),
        ("Turkish forces were removed from the area.", "_NO_LONGER_GATE", "_GONE"),
        ("Such steps cannot be condoned.", "_FAULTED_GATE", "_FAULTED_ACT"),
        ("Its deployment is not proportionate.", "_FAULTED_GATE", "_FAULTED_ACT"),
    ],
)
def test_written6_gates_open_where_their_expressions_match(text: str, gate: str, expression: str) -> None:
    assert getattr(written6, expression).search(text) is not None
    assert written6._GATES.may(text, getattr(written6, gate))


def test_gated_readers_still_read() -> None:
    """Sentences behind the new early exits still code what they did (a retreat told by its result, a
    charge judged, a filter that drops a meeting only mentioned)."""
    retreat = code_sentence("Russia no longer has troops in Moldova.", date=DAY)
    assert any(e.event.name == "RETREAT" for e in retreat)
    assert code_sentence("x" * 100_000, date=DAY) == []
    assert code_sentence("1234 5678", date=DAY) == []
