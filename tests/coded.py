"""Shared helpers for the coder's sentence tests: a sentence's events as comparable tuples."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from detente.coding.coder import code_sentence
from detente.coding.document import RecordStream

Triple = tuple[str, tuple[str, ...], tuple[str, ...]]


def triples(text: str, day: dt.date, *, sort: bool = True, **kw: Any) -> set[Triple]:
    """(type, sources, targets) of each event of ``text`` published on ``day``; ``kw`` goes to
    :func:`code_sentence` (context, speaker, participants). Actor lists are sorted unless ``sort`` is off."""
    order = sorted if sort else tuple
    return {
        (e.event.value, tuple(order(e.source)), tuple(order(e.target)))
        for e in code_sentence(text, date=day, **kw)
    }


def with_polarity(
    text: str, day: dt.date, **kw: Any
) -> set[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    """:func:`triples` with each event's polarity."""
    return {
        (e.event.value, tuple(sorted(e.source)), tuple(sorted(e.target)), e.polarity.value)
        for e in code_sentence(text, date=day, **kw)
    }


def stream(
    lines: Sequence[str], day: dt.date, context: str | None = None, *, document: str = "doc"
) -> list[list[tuple[str, list[str], list[str]]]]:
    """Each line's events when ``lines`` are one document's consecutive records through the contract."""
    records = RecordStream()
    return [
        [
            (e["event"], sorted(e["source"]), sorted(e["target"]))
            for e in records(f"{document}-{i}", line, day, context)
        ]
        for i, line in enumerate(lines)
    ]
