"""Sides of an event whose type is right but whose source or target is not, second round (s26).

* **One head shared by two names.** "the leaders of North and South Korea", "East and West German
  officials": the first name's head word is left out, so "North" alone is no actor; the name it makes
  with the second name's head ("North Korea") is a side beside the second one (:func:`shared_head`).

:func:`settled` runs every pass on a sentence's events; every pass returns a new list and never raises.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from detente.coding.actors import ActorDictionary
    from detente.coding.coder import Event
    from detente.coding.patterns import Token
    from detente.coding.units import Unit

__all__ = ["settled", "shared_head"]


def settled(
    tokens: Sequence[Token],
    units: Sequence[Unit],
    dictionary: ActorDictionary,
    date: dt.date | None,
    events: list[Event],
) -> list[Event]:
    """A sentence's events after every pass of this module (see the module docstring)."""
    return shared_head(tokens, units, dictionary, date, events)


# ------------------------------------------------------------------------------------------- shared head

_AND = "and"


def _elided(
    tokens: Sequence[Token], units: Sequence[Unit], dictionary: ActorDictionary, date: dt.date | None
) -> list[tuple[str, str]]:
    """Pairs (code of the named second side, code of the elided first side) for every "X and Y Head"
    whose "X Head" is a coded actor while "X" is part of no unit ("North and South Korea")."""
    covered: set[int] = set()
    for u in units:
        covered.update(range(u.tok_start, u.tok_end))
    out: list[tuple[str, str]] = []
    for u in units:
        if not u.code or u.tok_end - u.tok_start < 2 or u.tok_start < 2:
            continue
        first, glue = tokens[u.tok_start - 2], tokens[u.tok_start - 1]
        if glue.norm != _AND or u.tok_start - 2 in covered or not first.text[:1].isupper():
            continue
        head = " ".join(t.text for t in tokens[u.tok_start + 1 : u.tok_end])
        phrase = f"{first.text} {head}"
        found = [m for m in dictionary.match(phrase, date=date) if m.code]
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(phrase) and found[0].code != u.code:
            out.append((u.code, str(found[0].code)))
    return out


def shared_head(
    tokens: Sequence[Token],
    units: Sequence[Unit],
    dictionary: ActorDictionary,
    date: dt.date | None,
    events: list[Event],
) -> list[Event]:
    """The side whose head word is left out ("North" in "North and South Korea") joins the named one on
    the same role of every event that codes the named one and not it."""
    if not events or not any(t.norm == _AND for t in tokens):
        return events
    pairs = _elided(tokens, units, dictionary, date)
    if not pairs:
        return events

    def widen(codes: tuple[str, ...]) -> tuple[str, ...]:
        out = list(codes)
        for named, elided in pairs:
            if named in out and elided not in codes:
                out.insert(out.index(named), elided)
        return tuple(dict.fromkeys(out))

    result: list[Event] = []
    for e in events:
        source, target = widen(e.source), widen(e.target)
        if set(source) & set(target):
            result.append(e)  # the two would face each other: leave the event as it was
            continue
        result.append(dataclasses.replace(e, source=source, target=target))
    return result
