"""Acts named only as the measure of a comparison (s24-news): "more stimulus spending than McConnell is
willing to condone", "more on defence than NATO is willing to admit", "faster than the alliance could
respond". The clause after "than" says how much, not what a side did: an event whose trigger stands in it
is dropped. Run on a sentence's final list with :mod:`detente.coding.promises`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.patterns import Token, words

if TYPE_CHECKING:
    from detente.coding.coder import Event

__all__ = ["outside_comparisons"]

_REACH = 5
"""Words before the trigger read for "than"."""
_CLAUSE_BREAK = words(". , ; : ! ? — – ( ) and but")
_COUNTS = words(
    "a an one two three four five six seven eight nine ten dozen dozens hundred hundreds thousand "
    "thousands million half ever usual expected"
)
"""Words after "than" that make it a count or a norm ("more than 30 countries are willing to ...")."""
_MEASURE = words("willing able prepared ready could would can might did does do")
"""Words that make the "than" clause a measure of what a side would do ("than X is willing to ...", "than
X could ..."); without one, "than" is a count ("more than 200 protesters were arrested")."""


def outside_comparisons(tokens: Sequence[Token], events: Sequence[Event]) -> list[Event]:
    """``events`` without those whose trigger stands in a "than" clause (see the module)."""
    return [e for e in events if not _in_comparison(tokens, e)]


def _in_comparison(tokens: Sequence[Token], event: Event) -> bool:
    """The event's trigger follows "than" within a few words of the same clause, with a word of willingness
    or ability between them."""
    start, end = event.anchor
    if end <= start:
        return False
    at = next((i for i, t in enumerate(tokens) if t.start >= start), -1)
    if at <= 0:
        return False
    measured = any(t.norm in _MEASURE for t in tokens[at:] if t.start < end)
    for k in range(at - 1, max(-1, at - 1 - _REACH), -1):
        norm = tokens[k].norm
        if norm == "than":
            return measured and not _count_after(tokens, k)
        if norm in _CLAUSE_BREAK:
            return False
        measured = measured or norm in _MEASURE
    return False


def _count_after(tokens: Sequence[Token], k: int) -> bool:
    """The word after "than" at ``k`` is a number or a norm: a count, no comparison of acts."""
    if k + 1 >= len(tokens):
        return False
    word = tokens[k + 1].norm
    return word[:1].isdigit() or word in _COUNTS
