"""Text cut off mid-phrase (a feed's truncated summary, a sentence split badly) ends where a reader expects one
more word: the coder returns a list, never an IndexError (each record once came back as coder_failed)."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pytest

from detente.coding.coder import code_sentence
from detente.coding.patterns import tokenize


@pytest.mark.parametrize(
    "text",
    [
        "Mr Lavrov pointed to the vast opportunities for trade with",  # a relation noun's "with" last
        "Officials blamed armed militias for a drone strike that killed three American",  # after "that X"
    ],
)
def test_a_cut_sentence_codes_without_error(text: str) -> None:
    assert isinstance(code_sentence(text, date=dt.date(2024, 1, 29)), list)


def test_every_cut_of_a_sentence_codes_without_error() -> None:
    text = (
        "The minister said Russia's cooperation with Turkey, which Ankara has praised, would deepen, and "
        "that the strike that killed two Syrian soldiers was carried out by rebels backed by"
    )
    for end in range(1, len(text) + 1):
        assert isinstance(code_sentence(text[:end], date=dt.date(2019, 5, 1)), list)


def test_cuts_of_written_gold_sentences_code_without_error() -> None:
    """A sample of the repository's written gold sentences, each cut after every word."""
    texts = []
    for path in sorted((Path(__file__).resolve().parents[1] / "gold").glob("*.jsonl")):
        if path.name.endswith(".refs.jsonl"):
            continue
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    random.Random(24).shuffle(texts)
    for text in texts[:120]:
        for tok in tokenize(text)[1:]:
            assert isinstance(code_sentence(text[: tok.end], date=dt.date(2015, 1, 1)), list), text[: tok.end]
