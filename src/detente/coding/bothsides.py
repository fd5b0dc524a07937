"""Acts aimed at "both sides": the sides the sentence itself names.

Appeals and reproaches in official statements are often addressed to the parties of a conflict by a
collective phrase, with the parties named elsewhere in the sentence: "I urge both sides to stay calm ...
and I look forward to further contacts between Ankara and Moscow", "Washington urged both sides, Israel and
the Palestinians, to return to talks", "the EU called on the parties to respect the ceasefire between
Armenia and Azerbaijan". A directed event whose object is such a phrase and which has no target yet takes
those sides as its target — but only when the sentence names exactly the right number of other actors
(two for "both" / "the two", two to four for "the parties"), none of them a place, the doer, or the speaker.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType
from detente.coding.patterns import Token, norms_of, words
from detente.coding.places import is_place
from detente.coding.units import Unit

if TYPE_CHECKING:
    from detente.coding.coder import Event

_DIRECTED = frozenset(
    {
        EventType.REQUEST,
        EventType.ACCUSE,
        EventType.THREATEN,
        EventType.SUPPORT,
        EventType.AID,
        EventType.AGREE,
    }
)
_PAIR = words("both two")
_SIDE_NOUNS = words("sides parties countries states governments")
_CONFLICT_ADJECTIVES = words("warring opposing conflicting belligerent")
_ALL_SIDES = words("all")
_REACH = 3
"""Tokens after the trigger within which the collective object must start ("urged both sides",
"called on all parties", "appealed to the warring parties")."""


def _collective_object(tokens: Sequence[Token], start: int) -> tuple[int, int] | None:
    """(index after the phrase, sides wanted: 2 exactly, or 0 for "two to four") when a collective phrase
    for the sides of a conflict starts at token ``start``; ``None`` otherwise."""
    norms = [t.norm for t in tokens[start : start + 4]]
    if len(norms) >= 2 and norms[0] == "both" and norms[1] in _SIDE_NOUNS:
        return start + 2, 2
    if len(norms) >= 3 and norms[0] == "the" and norms[1] in _PAIR and norms[2] in _SIDE_NOUNS:
        return start + 3, 2
    if len(norms) >= 3 and norms[0] == "the" and norms[1] in _CONFLICT_ADJECTIVES and norms[2] in _SIDE_NOUNS:
        return start + 3, 0
    if len(norms) >= 2 and norms[0] in _ALL_SIDES and norms[1] in ("sides", "parties"):
        return start + 2, 0
    if len(norms) >= 2 and norms[0] == "the" and norms[1] == "parties":
        return start + 2, 0
    return None


def _token_index(tokens: Sequence[Token], offset: int) -> int:
    """The index of the first token that starts at or after character ``offset``."""
    return next((i for i, t in enumerate(tokens) if t.start >= offset), len(tokens))


def _named_sides(
    tokens: Sequence[Token], units: Sequence[Unit], event: Event, speaker: str | None
) -> tuple[str, ...]:
    excluded = {*event.source, *((speaker,) if speaker else ())}
    codes = [
        u.code
        for u in units
        if u.code is not None
        and u.kind not in ("group", "participants", "pronoun")
        and u.code not in excluded
        and not is_place(tokens, u)
    ]
    return tuple(dict.fromkeys(codes))


_BOTH_SIDES_WORDS = frozenset({"both", "two", "parties", "sides"})
"""The words of "both sides", "the two countries", "the parties", "all sides" (one of them opens the reading)."""


def aimed_at_both_sides(
    tokens: Sequence[Token], units: Sequence[Unit], events: list[Event], speaker: str | None
) -> list[Event]:
    """Give a directed event with no target, whose object is "both sides" / "the two countries" / "the
    (warring) parties" / "all sides", the sides the sentence names (see the module docstring)."""
    if _BOTH_SIDES_WORDS.isdisjoint(norms_of(tokens)):
        return events
    out = []
    for ev in events:
        if ev.target or not ev.source or ev.event not in _DIRECTED:
            out.append(ev)
            continue
        found = None
        if ev.anchor[1]:
            # the phrase right after the trigger, or inside a gapped one ("called on both sides to")
            first, end = _token_index(tokens, ev.anchor[0]), _token_index(tokens, ev.anchor[1])
            for k in range(first + 1, min(end + _REACH, len(tokens))):
                found = _collective_object(tokens, k)
                if found is not None:
                    break
        if found is None:
            out.append(ev)
            continue
        sides = _named_sides(tokens, units, ev, speaker)
        wanted = found[1]
        if (wanted == 2 and len(sides) == 2) or (wanted == 0 and 2 <= len(sides) <= 4):
            ev = dataclasses.replace(ev, target=sides)
        out.append(ev)
    return out
