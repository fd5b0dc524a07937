"""Clause bounds and side codes shared by the post-pass readers of sessions 32-33.

A clause runs between stops (";", ":", "!", "?" and a full stop before a space or the end, by default); a
reader passes its own stop expression when it wants other bounds (a dash, no colon)."""

from __future__ import annotations

import re

CLAUSE_STOP = re.compile(r"[;:!?]|\.(?:\s|$)")


def is_side(code: str | None) -> bool:
    """A state or an organisation (groups such as "journalists" have lower-case codes)."""
    return code is not None and code[:1].isupper()


def clause_start(text: str, at: int, stop: re.Pattern[str] = CLAUSE_STOP) -> int:
    """Where the clause holding offset ``at`` begins: just after the last stop before it, else 0."""
    lo = 0
    for m in stop.finditer(text, 0, at):
        lo = m.end()
    return lo


def clause_end(text: str, at: int, stop: re.Pattern[str] = CLAUSE_STOP) -> int:
    """Where the clause holding offset ``at`` ends: at the first stop from it, else the end of the text."""
    m = stop.search(text, at)
    return m.start() if m is not None else len(text)
