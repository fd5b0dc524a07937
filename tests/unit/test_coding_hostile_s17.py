"""Garbage through what rules-2026.17 added: condemned victims, captives held, conditions with "with",
forces withdrawn, "not against ... but", owners before "and", plans judged, "he" after capitals, sporting
fixtures, object-first passives, vows. Random strings of those words, with and without a speaker, never raise,
and every event's evidence lies inside its sentence."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from detente.coding.coder import code_sentence

_VOCABULARY = (
    "not against but ISIL Russia NATO the release of held by separatists if with agreement was reached "
    "condemned attack on murder terror acts committed its their neighbours must cooperate disclose meet "
    "commitments raised Russia's and called withdrawn from contingent military welcome decision to extend "
    "ceasefire , . ; 's ’s we I he she Washington Mr Ivanov United States Allies force used meet cup final "
    "seed qualifier was entered by jets vowed would keep hitting ruled out what called war crime scheduled "
    "meeting of the NATO-Russia Council incorporated into Crimea No aircraft insisted"
)
WORDS = _VOCABULARY.split()
CONTEXTS = (
    None,
    "Statement by the NATO Secretary General; 'we' is NATO.",
    "Foreign Ministry comment; 'we' is Russia.",
)


def _strings(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    return [" ".join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 45))) for _ in range(n)]


@pytest.mark.parametrize("seed", range(6))
def test_random_strings_of_the_new_rules_words_code_without_error(seed: int) -> None:
    for k, text in enumerate(_strings(seed, 300)):
        events = code_sentence(text, date=dt.date(2021, 3, 1), context=CONTEXTS[k % 3])
        for event in events:
            assert 0 <= event.evidence[0] <= event.evidence[1] <= len(text)


def test_a_long_string_of_them_codes_without_error() -> None:
    text = " ".join(_strings(99, 400))[:100_000]
    assert isinstance(code_sentence(text, date=dt.date(2021, 3, 1)), list)
