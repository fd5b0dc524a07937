"""A participle that only describes a person by a past measure (s24-news): "police arrested suspended
councillor Tahir Hussain", "the court heard jailed opposition leader Ali Khan", "reporters met sacked
minister Ravi Rao". "suspended", "jailed" or "sacked" before a title is the person's standing, told as an
adjective; the measure was taken before and elsewhere, and the sentence reports something else. The event
the participle triggered is dropped when:

- the participle stands before a title, with at most two words between (a party's acronym, a portfolio:
  "suspended AAP councillor", "sacked finance minister"), and
- the word before it is no doer: a determiner or preposition ("the jailed leader", "for jailed
  activists") or another past verb ("arrested suspended councillor"). "The president suspended governor
  Ivanov" keeps its event: a side stands before the verb.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.patterns import Token, words

if TYPE_CHECKING:
    from detente.coding.coder import Event

__all__ = ["without_title_modifiers"]

_TITLES = words(
    "councillor councillors councilor councilors minister ministers mayor mayors governor governors "
    "lawmaker lawmakers legislator legislators senator senators mp mps official officials leader leaders "
    "president premier chief editor editors journalist journalists activist activists critic critics "
    "dissident dissidents general generals commander judge judges prosecutor officer officers diplomat "
    "diplomats ambassador envoy politician politicians tycoon candidate"
)
_BEFORE_ADJECTIVE = words("the a an his her their its of for with to from against by about on at former")
_GAP = 2
"""Words at most between the participle and the title."""


def without_title_modifiers(tokens: Sequence[Token], events: Sequence[Event]) -> list[Event]:
    """``events`` without those triggered by a participle that describes a titled person (see the
    module)."""
    return [e for e in events if not _title_modifier(tokens, e)]


def _title_modifier(tokens: Sequence[Token], event: Event) -> bool:
    """The event's trigger starts with a participle before a title, with no doer before it."""
    start, end = event.anchor
    if end <= start:
        return False
    at = next((i for i, t in enumerate(tokens) if t.start >= start), -1)
    if at <= 0 or at + 1 >= len(tokens):
        return False  # no trigger, or one at the sentence's start or end
    if not tokens[at].norm.endswith("ed"):
        return False
    before = tokens[at - 1].norm
    if before not in _BEFORE_ADJECTIVE and not before.endswith("ed"):
        return False
    return any(t.norm in _TITLES for t in tokens[at + 1 : at + 2 + _GAP])
