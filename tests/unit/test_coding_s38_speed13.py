"""The s38-speed13 speed work changes no answer: each new gate says "may" wherever the reader it stands in
front of finds something, and the helpers give what the code they replace gave."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import statements
from detente.coding.coder import code_sentence
from detente.coding.patterns import _may_yield, load_patterns, norms_of, tokenize

DAY = dt.date(2019, 6, 5)


@pytest.mark.parametrize(
    "text",
    [
        "Their decision to send more tanks is a dangerous escalation.",
        "The new ban on our reporters was an act of censorship.",
        "Such steps constitute open interference in our affairs.",
        "Ministers met in Brussels on Tuesday.",
    ],
)
def test_judged_act_gate_is_necessary(text: str) -> None:
    """Where :func:`statements.judged_act`'s loop could start, the gate says "may"."""
    norms = norms_of(tokenize(text))
    copulas = not statements._JUDGINGCOPULAS.isdisjoint(norms)
    assert statements.may_judge_act(norms) is copulas


def test_judged_act_gate_closed_sentence_reads_nothing() -> None:
    """A sentence without a judging copula codes as before: the gate only skips a reader that finds nothing."""
    text = "Moscow sharply condemned the new sanctions imposed by Washington."
    assert not statements.may_judge_act(norms_of(tokenize(text)))
    assert code_sentence(text, date=DAY)


def test_may_yield_only_agree_and_nouns() -> None:
    """Only a noun phrase or an AGREE phrase may yield to another match."""
    pats = load_patterns()
    tokens = tokenize("Russia promised to pull back heavy weapons and condemned the attack on the convoy.")
    found = pats.events.matches(tokens, {})
    assert found
    for m in found:
        expected = not m.phrase.verbal or m.rule.event.name == "AGREE"
        assert _may_yield(m) is expected
