"""Clause bounds and side codes shared by the post-pass readers of sessions 32-33.

A clause runs between stops (";", ":", "!", "?" and a full stop before a space or the end, by default); a
reader passes its own stop expression when it wants other bounds (a dash, no colon)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from detente.coding.units import Unit

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


def sides_between(units: Sequence[Unit], lo: int, hi: int, *, places: bool = True) -> list[str]:
    """The codes of the sides (:func:`is_side`) named wholly between ``lo`` and ``hi``, in order, once each;
    with ``places`` off, a side named only as a place ("in Riga") is left out."""
    out: list[str] = []
    for u in units:
        if lo <= u.start and u.end <= hi and is_side(u.code) and (places or not u.locative):
            code = u.code or ""
            if code not in out:
                out.append(code)
    return out
