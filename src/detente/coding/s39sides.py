"""The one counterpart named after a statement (s39-sides).

A statement of a state or an organisation (AGREE, SUPPORT, REQUEST, REJECT, ACCUSE, THREATEN, CONCEDE,
SANCTION) read without a target is aimed at the one other side the sentence names after the act's words in
the act's own clause: "we stand ready to help, but we cannot do what the Baku authorities must do
themselves" is AGREE RUS -> AZE; "the ministry finds it regrettable that Western monitors dismissed the
count" is ACCUSE RUS -> WEST. s38targets4 does this for the NATO-Russia pairs wherever the other side is
in the clause; this reading takes any pair, so it asks more of the mention (:func:`counterpart_any`):

* it comes after the act's words (a side named before them is mostly a co-doer or the sayer);
* it is no place ("talks in Minsk", "signed in Lyon, France"), no post's seat ("the ambassador to the
  United Nations"), no topic ("the Iran war", "the Korea question"), no one pressed or struck ("pressure on
  the leadership of the Serbian state") and no group someone belongs to ("a member of the Turkish team");
* it is not joined by "and"/"or" to a place or to the doer ("plans for bases in Poland and Romania",
  "Chile and the EU agree ...");
* it names a state or a body, not a person ("refused to hand over the fugitive");
* it is the only such side there.

Only targets change; no event is added or dropped. :func:`settled` never raises.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from typing import TYPE_CHECKING

from detente.coding import s38targets4 as t4
from detente.coding.actors import ActorKind
from detente.coding.clauses import is_side

if TYPE_CHECKING:
    from detente.coding.actors import ActorDictionary, Mention
    from detente.coding.coder import Event

__all__ = ["counterpart_any", "settled"]

_LOG = logging.getLogger(__name__)
_MAX_TEXT = 2000

_AIMED = t4.AIMED
"""The verbal acts whose empty target is filled (those of :mod:`s38targets4`)."""


_BODIES = frozenset(
    {ActorKind.STATE, ActorKind.ORG, ActorKind.METONYM, ActorKind.DEMONYM, ActorKind.TERRITORY}
)
"""Sides named as states or bodies; a person named after a statement is mostly what it is about ("refused
to hand over the suspect"), not whom it addresses."""
_JOINED = re.compile(r"^\s*(?:,|and|or|,\s*and|,\s*or)\s*(?:the\s+)?$", re.I)
"""Between two coordinated names ("Poland and the Czech Republic", "Lebanon's coalition and ...")."""
_TITLE_TO = re.compile(
    r"\b(?:ambassador|envoy|representative|mission|delegation|emissary)s?\s+(?:to|at)\s+(?:the\s+)?$", re.I
)
"""A post named by where it serves ("the ambassador to the United Nations") names no one acted upon."""
_CITY_COMMA = re.compile(r"\b(?:in|at|near|from)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?,\s*$")
"""A state after its city ("in Merida, Mexico") is a place."""
_VICTIM_BEFORE = re.compile(
    r"\b(?:pressure|interference|meddling|attacks?|aggression|strikes?|sanctions|members?)\s+(?:on|in|against|of)\b"
    r"[^,;:]{0,50}$",
    re.I,
)
"""One pressed or struck ("pressure on the leadership of the Belarusian state"), or the group someone belongs
to ("a member of the Turkish delegation"), is not the one a statement is aimed at."""
_TOPIC_AFTER = re.compile(r"(?:'s)?\s+(?:war|conflict|crisis|issue|question|file|dossier)\b", re.I)
"""A state that names a war or a question ("the Iran war") is the topic, not the one addressed."""


def settled(
    text: str,
    date: dt.date | None,
    events: list[Event],
    dictionary: ActorDictionary,
) -> list[Event]:
    """A sentence's events with the reading of the module docstring applied."""
    if not events or not text or len(text) > _MAX_TEXT:
        return events
    if not any(_wants(e) for e in events):
        return events
    try:
        mentions = t4._flat(dictionary.match(text, date=date))
        return counterpart_any(text, events, mentions)
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as err:  # pragma: no cover
        _LOG.warning("s39sides: left the events unchanged: %s", err)
        return events


def _wants(e: Event) -> bool:
    """A statement of one state or organisation with no target."""
    return e.event in _AIMED and not e.target and len(e.source) == 1 and is_side(e.source[0])


def counterpart_any(text: str, events: list[Event], mentions: list[Mention]) -> list[Event]:
    """Statements with no target aimed at the one counterpart named after them (see the docstring)."""
    out: list[Event] = []
    for e in events:
        if not _wants(e):
            out.append(e)
            continue
        other = _lone_other(text, e, mentions)
        out.append(e if other is None else dataclasses.replace(e, target=(other,)))
    return out


def _excluded(text: str, m: Mention, source: str) -> bool:
    """A mention that names no one an act is aimed at: a place, the doer, a post's seat, a topic."""
    if m.code == source or t4._place(text, m):
        return True
    before = text[max(0, m.start - 70) : m.start]
    return bool(
        _TITLE_TO.search(before)
        or _CITY_COMMA.search(before)
        or _VICTIM_BEFORE.search(before)
        or _TOPIC_AFTER.match(text, m.end)
    )


def _lone_other(text: str, e: Event, mentions: list[Mention]) -> str | None:
    """The one side other than the source named after the act's words in its own clause, when no side
    named there is joined to an excluded one (the source, a place): else None."""
    lo, hi = t4._region(text, e)
    hi = min(hi, t4._sayer_start(text, e))
    at = e.anchor[0] if e.anchor != (0, 0) else e.evidence[0]
    inside = [m for m in mentions if lo <= m.start and m.end <= hi and is_side(m.code) and m.kind in _BODIES]
    if not inside:
        return None
    bad = [_excluded(text, m, e.source[0]) for m in inside]
    for (a, ba), (b, bb) in zip(
        zip(inside, bad, strict=True), zip(inside[1:], bad[1:], strict=True), strict=False
    ):
        if ba != bb and _JOINED.match(text[a.end : b.start]):
            return None  # "Poland and the Czech Republic" after "in", "X and Y agree": joined to a place or the doer
    others = {m.code for m, b in zip(inside, bad, strict=True) if not b and m.start >= at} - {e.source[0]}
    if len(others) != 1 or any(m.code in others and m.start < at for m in inside):
        return None
    return next(iter(others))
