"""Help and joint work at home: an AID or COOPERATE read from a phrase that ends on the place helped ("built a
school in X", "launched projects worth $2 billion in X", "set up a field hospital in X") tells no relation
between states when that place is the doer's own ("Russia built a school in Moscow", "China launched
infrastructure projects in Xinjiang"): the place was dropped as a target because it is the source, and the
event goes with it. An act with two or more doers (a mutual act) and one with a target are left alone."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType
from detente.coding.statements import SentenceView

if TYPE_CHECKING:
    from detente.coding.coder import Event

__all__ = ["help_at_home"]

_HELPING = (EventType.AID, EventType.COOPERATE)
_PLACE_END = re.compile(r"(?:^|[ |])(?:in|at|X)$")
"""A phrase whose last element is a place preposition or an actor slot ("... in", "... in|for X")."""


def help_at_home(ctx: SentenceView, event: Event) -> bool:
    """Whether ``event`` is help or joint work one state does in its own place (see the module docstring):
    "Japan funded the reconstruction of a bridge in Tokyo" is no AID; "Japan funded the reconstruction of a
    bridge in Laos" stays."""
    if event.event not in _HELPING or event.target or len(event.source) != 1:
        return False
    if not _PLACE_END.search(event.trigger):
        return False
    start, end = event.anchor
    coded = [u for u in ctx.units if u.code and ctx.tokens[u.tok_start].start > start]
    if event.trigger.endswith("X"):
        inside = [u for u in coded if ctx.tokens[u.tok_start].start < end]
        place = inside[-1] if inside else None
    else:
        after = [u for u in coded if ctx.tokens[u.tok_start].start >= end]
        place = after[0] if after else None
    return place is not None and place.code == event.source[0]
