"""Coder stage 6c, the other side at a joint forum: at the meeting of a council of two sides (the NATO-Russia
Council and the other :data:`detente.coding.meetings.JOINT_FORUMS`), what one side does is done to the
other side, not to the council.

- a target that is the council itself, when one side of it acts, is the council's other side: "At the
  Russia-NATO Council today, the representatives of the Alliance refused to discuss our proposals" (NATO
  refuses Russia, not the council both sit in);
- an act with no target, by one side, in a sentence that names the council as where it happened ("At the
  NATO-Russia Council today, Russia gave no sign that it is willing to return to compliance", "At the NRC
  meeting ..., Moscow showed no willingness to do so") is aimed at the other side;

Limits: acts of speech and of relations only (:data:`_DYADIC`), never a fight or a deployment; the source
must be exactly one side of the council; a council named as a topic ("the future of the NRC") is no venue.
A bare "the Council" with no organisation speaking is no mention (see the "Council" title in actors.toml),
so "Russia briefed the Council" keeps no target."""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.meetings import JOINT_FORUMS, forum_sides
from detente.coding.ontology import EventType
from detente.coding.patterns import Token
from detente.coding.units import Unit

_DYADIC = frozenset(
    {
        EventType.AGREE,
        EventType.CONSULT,
        EventType.SUPPORT,
        EventType.CONCEDE,
        EventType.COOPERATE,
        EventType.REQUEST,
        EventType.ACCUSE,
        EventType.REJECT,
        EventType.THREATEN,
        EventType.SANCTION,
    }
)
_VENUE_PREPS = frozenset({"at", "in", "within"})
_SITTINGS = frozenset({"meeting", "meetings", "session", "sessions", "summit", "sitting"})


def _venue(tokens: Sequence[Token], unit: Unit) -> bool:
    """The council is named as where things happen: "At the NATO-Russia Council", "at the NRC meeting",
    "in the Russia-NATO Council"."""
    i = unit.tok_start - 1
    while i >= 0 and tokens[i].norm in ("the", "a", "an", "this", "today's", "its"):
        i -= 1
    if i >= 0 and tokens[i].norm in _VENUE_PREPS:
        return True
    return unit.tok_end < len(tokens) and tokens[unit.tok_end].norm in _SITTINGS


def other_side(
    tokens: Sequence[Token],
    units: Sequence[Unit],
    etype: EventType,
    source: tuple[str, ...],
    target: tuple[str, ...],
) -> tuple[str, ...]:
    """The event's target with a joint council replaced by, or an empty target filled with, the council's
    side other than the source."""
    if etype not in _DYADIC or len(source) != 1:
        return target
    forums = [c for c in target if c in JOINT_FORUMS]
    if forums:
        sides = forum_sides(forums)
        if source[0] not in sides:
            return target
        others = tuple(c for c in sides if c not in source)
        return tuple(dict.fromkeys([c for c in target if c not in JOINT_FORUMS] + list(others)))
    if target:
        return target
    for unit in units:
        if unit.code in JOINT_FORUMS and _venue(tokens, unit):
            sides = JOINT_FORUMS[unit.code]
            if source[0] in sides:
                return tuple(c for c in sides if c != source[0])
    return ()
