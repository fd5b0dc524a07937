"""s36-speed12: the shorter paths answer exactly as the longer ones did.

- Ten passes' word tests read the sentence's word set from :func:`detente.coding.patterns.norms_of` (kept
  for the last list of tokens asked about) instead of building a set of their own: the set must equal the
  tokens' norms whatever list was asked about before, and the tests built on it answer as before.
- :func:`detente.coding.coder._add_if_may` tests the reader's start words itself: it runs a reader exactly
  when :func:`detente.coding.quick.may` says it may find something.
- :attr:`detente.coding.patterns.Match.rule` reads the phrase's rule once; a phrase with no rule still
  raises.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from detente.coding import coder, filters, quick
from detente.coding.coder import code_sentence
from detente.coding.patterns import Match, Token, compile_phrase, norms_of, tokenize
from detente.errors import InputError

_TEXTS = [
    "The Parties shall consult each other on any matter of common concern.",
    "The depositary shall convene a conference of the contracting states within a year.",
    "Both governments shall meet again in the spring.",
    "The party leaders met on Tuesday in the capital.",
    "The home side will face the visitors in the cup final on Sunday.",
    "The defence minister said his country would face any threat with resolve.",
    "Police detained dozens of protesters outside the embassy on Friday.",
    "Estonia expelled a Russian diplomat, the foreign ministry said.",
    "",
    "1234 !!! ---",
    "ÉTATS PARTIES: the signatories shall report; ſhall they?",
]


def _treaty_provision_with_own_set(tokens: Sequence[Token]) -> bool:
    """What :func:`filters._treaty_provision` was before s36-speed12: a set of the words built per call."""
    norms = {t.norm for t in tokens}
    return "shall" in norms and bool(norms & filters._TREATY_PARTIES)


@pytest.mark.parametrize("text", _TEXTS)
def test_norms_of_is_the_tokens_norms_after_any_other_list(text: str) -> None:
    tokens = tokenize(text)
    for other in _TEXTS:
        norms_of(tokenize(other))  # another list asked about first
        assert norms_of(tokens) == {t.norm for t in tokens}
        assert norms_of(tokens) == {t.norm for t in tokens}  # and again, from the kept set


@pytest.mark.parametrize("text", _TEXTS)
def test_treaty_provision_as_with_its_own_set(text: str) -> None:
    tokens = tokenize(text)
    norms_of(tokenize("Something else entirely."))
    assert filters._treaty_provision(tokens) == _treaty_provision_with_own_set(tokens)


def test_treaty_provision_found_and_not() -> None:
    found = [filters._treaty_provision(tokenize(t)) for t in _TEXTS]
    assert found[:4] == [True, True, False, False]  # "shall" with parties, not "shall" or "party" alone


def test_treaty_provision_codes_nothing() -> None:
    day = dt.date(2016, 5, 1)
    assert (
        code_sentence("The Parties shall consult each other on any matter of common concern.", date=day) == []
    )


class _Reader:
    """A reader that records that it ran and finds nothing."""

    def __init__(self) -> None:
        self.runs = 0

    def __call__(self, ctx: object) -> None:
        self.runs += 1


@pytest.mark.parametrize("text", _TEXTS)
def test_add_if_may_runs_a_reader_exactly_when_quick_may_says_so(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    norms = norms_of(tokenize(text))
    for reader, words in list(quick._START_WORDS.items()):
        spy = _Reader()
        monkeypatch.setitem(quick._START_WORDS, spy, words)
        coder._add_if_may(None, [], norms, coder.EventType.ACCUSE, spy)  # type: ignore[arg-type]
        assert spy.runs == (1 if quick.may(reader, norms) else 0)
        monkeypatch.delitem(quick._START_WORDS, spy)


def test_add_if_may_skips_when_the_type_is_there(monkeypatch: pytest.MonkeyPatch) -> None:
    spy = _Reader()
    monkeypatch.setitem(quick._START_WORDS, spy, frozenset({"shall"}))
    norms = norms_of(tokenize(_TEXTS[0]))
    day = dt.date(2016, 5, 1)
    events = code_sentence("Estonia expelled a Russian diplomat, the foreign ministry said.", date=day)
    assert events
    coder._add_if_may(None, list(events), norms, events[0].event, spy)  # type: ignore[arg-type]
    assert spy.runs == 0


def test_match_rule() -> None:
    cue = compile_phrase("said", rule=None, verbal=True, irregular={})
    with pytest.raises(InputError):
        _ = Match(cue, 0, 1).rule
    trig = coder.find_triggers(tokenize("Estonia expelled a Russian diplomat."), {}, coder.load_patterns())[0]
    assert trig.match.rule is trig.match.phrase.rule


@pytest.mark.parametrize("text", ["", "!!!", "x" * 100_000, "shall " * 20_000])
def test_bad_input_gives_a_list(text: str) -> None:
    assert isinstance(code_sentence(text, date=dt.date(2016, 5, 1)), list)
    assert filters._treaty_provision(tokenize(text[:2000])) == _treaty_provision_with_own_set(
        tokenize(text[:2000])
    )
