"""Targets of the NATO-Russia dyads filled in or corrected (s38-targets4).

Each reading changes only the ``target`` of events already found; none adds or drops an event, and none
touches a source. Examples are in the project's own words.

* **The counterpart named** (:func:`counterpart_named`). In a sentence whose sides are the two sides of a
  known pair (NATO and Russia, Russia and the United States, Russia and the EU, and Ukraine acting towards
  Russia), a verbal or policy act of one of them (AGREE, SUPPORT, REQUEST, REJECT, ACCUSE, THREATEN,
  CONCEDE, SANCTION) that was read without a target is aimed at the other: "any move of the Alliance
  closer to our borders will be answered, the Kremlin said" is THREATEN RUS -> NATO. The other side must
  be named in the act's own clause (not only inside a relative clause or a later clause that starts with
  "which", "while", "stressing", ...), and not as a place ("talks in Moscow", "at Brussels").
* **The press is not the one addressed** (:func:`press_replaced`). An act aimed at journalists or the
  media because the sayer spoke to them ("the minister assured reporters that Moscow posed no threat to
  the Alliance") is aimed at the other side of the pair that the statement is about.
* **Force is not aimed at its user** (:func:`self_aimed_force`). An ASSAULT or MOBILIZE read as aimed at
  its own source is aimed at the one other state named in the sentence, when there is exactly one and it
  is named in the act's clause, not as a place, a partner ("drills with China") or a sayer told after the
  act, nor as the subject of a saying ("Moscow said ...", "in what Tehran called ..."). An ASSAULT read
  with no target is read alike; a deployment or drill with no target is left alone (they are often aimed
  at no one), and so is an attack on a region when no other state is named.

:func:`settled` runs them all; it returns a new list and never raises.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from typing import TYPE_CHECKING

from detente.coding.actors import ActorKind
from detente.coding.clauses import CLAUSE_STOP
from detente.coding.clauses import is_side as _side
from detente.coding.ontology import EventType

if TYPE_CHECKING:
    from detente.coding.actors import ActorDictionary, Mention
    from detente.coding.coder import Event

__all__ = ["AIMED", "counterpart_named", "press_replaced", "self_aimed_force", "settled"]

_LOG = logging.getLogger(__name__)
_MAX_TEXT = 2000

_PAIRS = frozenset(
    {
        ("NATO", "RUS"),
        ("RUS", "NATO"),
        ("RUS", "USA"),
        ("USA", "RUS"),
        ("RUS", "EU"),
        ("EU", "RUS"),
        ("UKR", "RUS"),
    }
)
"""(source, target) pairs whose acts are aimed at the other side when it is named."""
_PAIR_SOURCES = frozenset(s for s, _ in _PAIRS)

AIMED = frozenset(
    {
        EventType.AGREE,
        EventType.SUPPORT,
        EventType.REQUEST,
        EventType.REJECT,
        EventType.ACCUSE,
        EventType.THREATEN,
        EventType.CONCEDE,
        EventType.SANCTION,
    }
)
"""The verbal acts whose empty target is filled with the named counterpart (also read by :mod:`s39sides`)."""
_FORCE = frozenset({EventType.ASSAULT, EventType.MOBILIZE})
_PRESS = frozenset({"journalists", "media"})

_BREAK = re.compile(
    r"\s[\u2014\u2013-]\s|[\u2014\u2013]|,\s*(?:which|who|whom|whose|where|when|while|whereas|although|though|but|"
    r"after|before|since|because|as|saying|adding|stressing|noting|citing|despite|including|and|even|unlike|"
    r"pointing|calling|describing|accusing|urging|warning)\b|\s(?:which|who|whom|whose|where|while|whereas)\b"
    r"|\sthat\s+(?!this\b|its\b|his\b|us\b)(?:[a-z]\w*ed|is|are|was|were|has|have|had|will|would|can|could|may|"
    r"might|must|should|do|does|did|[a-z]\w*s)\b",
)
"""Where a relative clause or a later clause about something else begins ("companies that supplied ...";
a "that" before a subject, as in "warned that NATO ...", starts the act's own content and is no break)."""

_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|around|across|inside|outside|within|from|into|via|off|over|along|visit\s+to|trip\s+to|travelled\s+to|"
    r"traveled\s+to|flew\s+to|arrived\s+in|talks\s+in|meeting\s+in|summit\s+in)\s+(?:the\s+)?"
    r"(?:(?:north|south)?(?:east|west)ern\s+|(?:northern|southern|central)\s+)?$",
    re.I,
)
_PLACE_KINDS = frozenset({ActorKind.STATE, ActorKind.METONYM, ActorKind.TERRITORY, ActorKind.ORG})

_SAYER_AFTER = re.compile(
    r",\s+[^,;:]{0,80}?\b(?:said|says|added|stated|reported|announced|noted|stressed|insisted|claimed|"
    r"declared|told\s+\w+|according\s+to\s+[^,;:]{0,60})\s*(?:on\s+\w+\s*)?[.!]?\s*$",
    re.I,
)
"""A sayer told after the act (", the Secretary General said."): it reports or judges the act, and is not
the one the act is aimed at."""

_PARTNER_BEFORE = re.compile(
    r"\b(?:with|alongside|and|or|by|together\s+with|jointly\s+with)\s+(?:the\s+)?(?:[a-z]+\s+)?$", re.I
)
"""A state named as a partner or a doer ("drills with China", "by Georgia") is not the one force is aimed at."""

_SAYS_AFTER = re.compile(
    r"(?:\s+[\w'-]+){0,3}?\s+(?:said|says|say|told|tells|described|describes|called|calls|claimed|claims|"
    r"reported|reports|alleged|alleges|stated|states|announced|accused|accuses|insisted|insists)\b"
)
"""A state followed by a verb of saying is the one who tells of the act, not the one it hits."""

_PRESS_THAT = re.compile(
    r"(?:\s+(?:on|in|at|during|after|before|late|earlier|later|yesterday|today)\b[^,;:.]{0,40}?)?\s*,?\s*(?:that\b|:)",
    re.I,
)
"""Told, warned or assured journalists *that* ...: the press heard the statement, it is not about them."""


def settled(
    text: str,
    date: dt.date | None,
    events: list[Event],
    dictionary: ActorDictionary,
) -> list[Event]:
    """A sentence's events after every reading of this module (see the module docstring)."""
    if not events or not text or len(text) > _MAX_TEXT:
        return events
    if not any(_wants_counterpart(e) or _press_aimed(e) or _self_aimed(e) for e in events):
        return events
    try:
        mentions = _flat(dictionary.match(text, date=date))
        out = counterpart_named(text, events, mentions)
        out = press_replaced(text, out, mentions)
        return self_aimed_force(text, out, mentions)
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as err:  # pragma: no cover
        _LOG.warning("s38targets4: left the events unchanged: %s", err)
        return events


def _flat(found: list[Mention]) -> list[Mention]:
    """Resolved mentions in order, those nested in a longer one left out."""
    ordered = sorted((m for m in found if m.code is not None), key=lambda m: (m.start, -m.end))
    out: list[Mention] = []
    for m in ordered:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def _wants_counterpart(e: Event) -> bool:
    """An act of a pair's side that has no target."""
    return e.event in AIMED and not e.target and len(e.source) == 1 and e.source[0] in _PAIR_SOURCES


def _press_aimed(e: Event) -> bool:
    """An act of a pair's side aimed only at the press."""
    return (
        e.event in AIMED
        and bool(e.target)
        and all(c in _PRESS for c in e.target)
        and len(e.source) == 1
        and e.source[0] in _PAIR_SOURCES
    )


def _self_aimed(e: Event) -> bool:
    """Force aimed at its own user, or an attack read with no target."""
    if e.event not in _FORCE or len(e.source) != 1 or not _side(e.source[0]):
        return False
    return e.target == e.source or (e.event is EventType.ASSAULT and not e.target)


def _region(text: str, e: Event) -> tuple[int, int]:
    """The act's own clause: between the breaks (stops, relative and later clauses) around its words."""
    lo_at, hi_at = e.words_at
    lo = 0
    for m in CLAUSE_STOP.finditer(text, 0, lo_at):
        lo = m.end()
    for m in _BREAK.finditer(text, lo, lo_at):
        lo = m.end()
    hi = len(text)
    for pattern in (CLAUSE_STOP, _BREAK):
        found = pattern.search(text, hi_at)
        if found is not None:
            hi = min(hi, found.start())
    return lo, hi


def _sayer_start(text: str, e: Event) -> int:
    """Where a sayer told after the act begins, when the act's own words come before it; else the end."""
    found = _SAYER_AFTER.search(text)
    if found is None or (e.anchor != (0, 0) and e.anchor[0] >= found.start()):
        return len(text)
    return found.start()


def _place(text: str, m: Mention) -> bool:
    """A side named as a place: a venue or a destination ("talks in Moscow", "at Brussels")."""
    if m.locative:
        return True
    return m.kind in _PLACE_KINDS and _PLACE_BEFORE.search(text, max(0, m.start - 40), m.start) is not None


def _other_side(text: str, source: str, mentions: list[Mention], lo: int, hi: int) -> str | None:
    """The other side of the source's pair when it is the only other side named as an actor (not as a
    place) between ``lo`` and ``hi``, else None."""
    sides = {
        m.code for m in mentions if lo <= m.start and m.end <= hi and _side(m.code) and not _place(text, m)
    } - {source}
    if len(sides) != 1:
        return None
    other = next(iter(sides))
    return other if other is not None and (source, other) in _PAIRS else None


def counterpart_named(text: str, events: list[Event], mentions: list[Mention]) -> list[Event]:
    """An act of one side of a pair with no target is aimed at the other side named in its clause."""
    out: list[Event] = []
    for e in events:
        if not _wants_counterpart(e):
            out.append(e)
            continue
        lo, hi = _region(text, e)
        other = _other_side(text, e.source[0], mentions, lo, min(hi, _sayer_start(text, e)))
        out.append(e if other is None else dataclasses.replace(e, target=(other,)))
    return out


def press_replaced(text: str, events: list[Event], mentions: list[Mention]) -> list[Event]:
    """An act aimed at the journalists who heard it is aimed at the other side it is about."""
    out: list[Event] = []
    for e in events:
        if not _press_aimed(e):
            out.append(e)
            continue
        lo, hi = _region(text, e)
        press = [
            m
            for m in mentions
            if m.code in e.target and lo <= m.start < hi and _PRESS_THAT.match(text, m.end)
        ]
        other = _other_side(text, e.source[0], mentions, press[0].end, hi) if press else None
        out.append(e if other is None else dataclasses.replace(e, target=(other,)))
    return out


def self_aimed_force(text: str, events: list[Event], mentions: list[Mention]) -> list[Event]:
    """Force aimed at its own user (or an attack with no target) is aimed at the one other state named."""
    out: list[Event] = []
    for e in events:
        if not _self_aimed(e):
            out.append(e)
            continue
        lo, hi = _region(text, e)
        hi = min(hi, _sayer_start(text, e))
        others = {
            m.code
            for m in mentions
            if _side(m.code) and m.code not in e.source and m.kind is not ActorKind.TERRITORY
        }
        if len(others) != 1:
            out.append(e)
            continue
        other = next(iter(others))
        if other is None or not any(
            m.code == other
            and lo <= m.start
            and m.end <= hi
            and not _place(text, m)
            and _PARTNER_BEFORE.search(text, max(0, m.start - 30), m.start) is None
            and _SAYS_AFTER.match(text, m.end) is None
            for m in mentions
        ):
            out.append(e)
            continue
        out.append(dataclasses.replace(e, target=(other,)))
    return out
