"""Shared checks of the per-session bad-input tests (``tests/unit/test_coding_s*_badinput.py``): a fragment or
garbage string is coded without error into events that name only actor codes, the same way twice, and a
document with such records in it goes on to code its next sentence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from detente.coding.coder import MAX_SENTENCE_CHARS, Event, code_sentence
from detente.coding.document import RecordStream


def near_limit(words: str) -> str:
    """``words`` repeated to just under the length the coder still reads."""
    return (words * (MAX_SENTENCE_CHARS // len(words) + 1))[: MAX_SENTENCE_CHARS - 1]


def coded_twice_cleanly(text: str, **kwargs: Any) -> list[Event]:
    """``text`` coded with ``kwargs``: a list whose events name only actor codes, the same on a second run."""
    first = code_sentence(text, **kwargs)
    assert isinstance(first, list)
    for event in first:  # whatever is coded names only actor codes, never the garbage itself
        assert all(code and len(code) < 80 for code in (*event.source, *event.target))
    assert code_sentence(text, **kwargs) == first
    return first


def document_goes_on(document: str, fragments: Sequence[str], day: dt.date, speaker: str) -> None:
    """A document whose records after its first are ``fragments`` still codes the sentence after them."""
    stream = RecordStream()
    stream(f"{document}-0", "Vladimir Putin and Recep Tayyip Erdogan held talks in the Kremlin.", day, None)
    for n, text in enumerate(fragments, start=1):
        assert isinstance(stream(f"{document}-{n}", text, day, speaker), list)
    last = stream(
        f"{document}-{len(fragments) + 1}", "Russia strongly condemned the attack on Ukraine.", day, None
    )
    assert ("ACCUSE", ["RUS"]) in [(e["event"], e["source"]) for e in last]
