"""Garbage through what rules-2026.18 added: the words of every lexicon file's phrases, "both sides", "the
Council", the audits' look-alikes. Random strings of them, with and without a speaker, never raise, every
event's evidence lies inside its sentence, and every event has a type and at most the actors the sentence
or its speaker can give."""

from __future__ import annotations

import datetime as dt
import random
import tomllib
from importlib import resources

import pytest

from detente.coding.coder import code_sentence


def _lexicon_words() -> list[str]:
    folder = resources.files("detente") / "data" / "lexicon"
    found: set[str] = set()
    for f in folder.iterdir():
        if not f.name.endswith(".toml"):
            continue
        for rule in tomllib.loads(f.read_text(encoding="utf-8")).get("rule", []):
            for phrase in (*rule.get("verbs", []), *rule.get("nouns", [])):
                for part in phrase.split():
                    found.update(
                        w for w in part.lstrip("=").rstrip("?").split("|") if w and w not in ("*", "**")
                    )
    return sorted(found)


_EXTRA_TEXT = (
    "both sides the two countries warring parties all parties Council Commission X Russia NATO Ukraine "
    "Estonia Moscow Kyiv Washington Allies we I he it , . ; ’s 's shall the Parties killed in Indian strikes "
    "fully mobilised vandalised help kill time tells UN says official Georgia Crabtree-Ireland"
)
_EXTRA = _EXTRA_TEXT.split()
WORDS = [*_lexicon_words(), *_EXTRA]
CONTEXTS = (None, "Statement by the North Atlantic Council", "Foreign Ministry comment; 'we' is Russia.")


def _strings(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    return [" ".join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 40))) for _ in range(n)]


def test_the_lexicon_gives_words_to_draw_from() -> None:
    assert len(WORDS) > 500


@pytest.mark.parametrize("seed", range(5))
def test_random_strings_of_the_new_words_code_without_error(seed: int) -> None:
    for k, text in enumerate(_strings(1800 + seed, 300)):
        events = code_sentence(text, date=dt.date(2024, 6, 1), context=CONTEXTS[k % 3])
        for event in events:
            assert 0 <= event.evidence[0] <= event.evidence[1] <= len(text)
            assert event.event.value


def test_a_long_string_of_them_codes_without_error() -> None:
    text = " ".join(_strings(1899, 500))[:100_000]
    assert isinstance(code_sentence(text, date=dt.date(2024, 6, 1)), list)
