"""Contractions in pattern data: the tokenizer reads "won't" as "wo" + "n't", so a phrase written with
"won't" must be compiled to those tokens, and "won't" reads as "will not" for polarity."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence
from detente.coding.patterns import compile_phrase

DAY = dt.date(2021, 6, 1)


def _coded(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [(e.event.value, e.source, e.polarity.value) for e in code_sentence(text, date=DAY)]


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_a_phrase_written_with_wont_matches(apostrophe: str) -> None:
    assert _coded(f"Poland won{apostrophe}t take part in the summit.") == [("REJECT", ("POL",), "future")]


def test_wont_reads_as_will_not() -> None:
    assert _coded("Poland won't take part in the summit.") == _coded(
        "Poland will not take part in the summit."
    )


def test_compiled_contraction_is_two_tokens() -> None:
    phrase = compile_phrase("=won't attend * talks", rule=None, verbal=True, irregular={})
    assert [sorted(e.words) for e in phrase.elements[:2]] == [["wo"], ["n't"]]


def test_alternatives_with_a_contraction_are_left_as_written() -> None:
    # an alternative is one word: "can't|cannot" cannot be split without changing its meaning
    phrase = compile_phrase("can't|cannot accept", rule=None, verbal=False, irregular={})
    assert sorted(phrase.elements[0].words) == ["can't", "cannot"]
