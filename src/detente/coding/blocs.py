"""Blocs on event sides: a name that stands for several actors is replaced by its members (s35-actors6).

The dictionary matches "the Baltic states", "the Quartet" or "the Normandy Four" as one mention coded by
the bloc ("BALTIC", "QUARTET", "NORMANDY"; ``[blocs]`` in ``data/actors.toml``), so every reader of the
coder handles it as one actor, a state or an organisation. Once the sides of a sentence's events are
settled, :func:`expanded` puts the members the bloc had on the event's date (else the publication date) in
place of its code: "Russia accused the Baltic states of ..." is aimed at Estonia, Latvia and Lithuania.

A bloc that the sentence names only in a later clause of the same subject is no target of the first
clause's act when that act has another ("We welcome the changes in the Soviet Union and will extend to the
Soviet Union and the Baltic States a hand of friendship": the welcome is the Soviet Union's alone).

A member already on the other side of the event is left out of the expanded side ("Russia criticised
the Quartet": the UN, the EU and the US, not Russia itself) unless nothing else would be left. Side-only:
no event is added or dropped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.actors import parse_partial_date

if TYPE_CHECKING:
    from detente.coding.actors import ActorDictionary
    from detente.coding.coder import Event

__all__ = ["expanded", "side_of"]


def side_of(
    dictionary: ActorDictionary, codes: Sequence[str], day: dt.date | None, other: Sequence[str] = ()
) -> tuple[str, ...]:
    """``codes`` with every bloc replaced by its members on ``day``, each code once, in order; members on
    the ``other`` side are left out of a bloc's share when the bloc has members besides them."""
    out: list[str] = []
    for code in codes:
        members = dictionary.bloc_members(code, day)
        if not members:
            if code not in out and code not in dictionary.blocs:
                out.append(code)
            continue
        own = [m for m in members if m not in other] or list(members)
        out.extend(m for m in own if m not in out)
    return tuple(out)


def expanded(
    dictionary: ActorDictionary, events: list[Event], date: dt.date | None, text: str = ""
) -> list[Event]:
    """``events`` with their bloc codes replaced by the blocs' members (see the module docstring)."""
    if not dictionary.blocs or not events:
        return events
    blocs = dictionary.blocs
    out: list[Event] = []
    for event in events:
        if not any(c in blocs for c in (*event.source, *event.target)):
            out.append(event)
            continue
        day = _day(event.event_date) or date
        targets = event.target
        if text and len(targets) > 1:
            later = _in_later_clause(dictionary, text, date, event.anchor[1])
            targets = tuple(c for c in targets if c not in later) or targets
        source = side_of(dictionary, event.source, day, targets)
        target = side_of(dictionary, targets, day, source)
        out.append(dataclasses.replace(event, source=source, target=target))
    return out


_LATER_CLAUSE = re.compile(r"\band\s+(?:will|shall|would|can|must|also|then)\s+[a-z]+", re.I)


def _in_later_clause(dictionary: ActorDictionary, text: str, date: dt.date | None, after: int) -> set[str]:
    """Bloc codes whose every mention stands past an "and will VERB" that follows ``after`` (the end of an
    event's trigger)."""
    clause = _LATER_CLAUSE.search(text, after) if 0 < after < len(text) else None
    if clause is None:
        return set()
    mentions = [m for m in dictionary.match(text, date=date) if m.code in dictionary.blocs]
    early = {m.code for m in mentions if m.start < clause.end()}
    return {str(m.code) for m in mentions if m.start >= clause.end() and m.code not in early}


def _day(value: str) -> dt.date | None:
    """An event's stated date as a day (the first of its period), or ``None``."""
    if not value:
        return None
    try:
        return parse_partial_date(value)
    except ValueError:
        return None
