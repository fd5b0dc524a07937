"""One act told twice in a sentence: events of one type and polarity whose actors another event of the
sentence already holds.

"Putin met with Ukrainian President Kuchma, who arrived in Russia for a visit" is one meeting, not a
meeting of Russia with Ukraine and another of Ukraine with Russia; "Ahead of the plenary, Mr Putin had a
private meeting with Mr Tokayev" is one meeting, not also a meeting of someone with Russia.
:func:`pruned` keeps the fuller event of each such group (s24-kpool).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from detente.coding.ontology import EventType, Polarity, SidedEvent

__all__ = ["pruned"]


class _Coded(SidedEvent, Protocol):
    """What :func:`pruned` reads of an event."""

    @property
    def polarity(self) -> Polarity: ...

    @property
    def trigger(self) -> str: ...


E = TypeVar("E", bound=_Coded)

_MUTUAL_TYPES = frozenset({EventType.CONSULT, EventType.SUPPORT, EventType.AGREE, EventType.COOPERATE})
"""Acts two sides do together: a pair's joint act holds each one's act toward the other, and one side's
act toward the other told both ways round is one act (where mutual accusations or attacks are two)."""


def _actors(event: _Coded) -> set[str]:
    return set(event.source) | set(event.target)


def _same_kind(a: _Coded, b: _Coded) -> bool:
    return a.event is b.event and a.polarity is b.polarity


def _complete(event: _Coded) -> bool:
    """Both roles filled, or a joint act of two or more sides."""
    return bool(event.source) and (bool(event.target) or len(set(event.source)) > 1)


def _held_by(event: _Coded, other: _Coded) -> bool:
    """``other`` tells all ``event`` tells and more: ``event`` is a meeting that lacks a role and names only
    actors of the complete meeting ``other`` ("[] -> RUS" beside "RUS -> BLR"). (Praise or support told
    twice may be two acts: "Clinton joined ... to sign the Founding Act between NATO and Russia".)"""
    return (
        _same_kind(event, other)
        and event.event is EventType.CONSULT
        and _complete(other)
        and not _complete(event)
        and bool(_actors(event))
        and _actors(event) <= _actors(other)
    )


_INFORMING = ("brief", "inform", "tell", "told", "notif", "update")
"""Trigger words of telling someone something: "Russia briefed Allies ..., and Allies in turn informed
Russia ..." are two briefings, each side's own."""


def _informing(event: _Coded) -> bool:
    return event.trigger.lower().startswith(_INFORMING)


def _mirrored(event: _Coded, other: _Coded) -> bool:
    """``event`` and ``other`` are one act told both ways round (A -> B and B -> A) by two words, for an act
    two sides do together ("met with Kuchma, who arrived in Russia for a visit"); the same word twice, or
    two briefings, tell two acts ("Russia briefed Allies ..., and Allies briefed Russia ...")."""
    return (
        _same_kind(event, other)
        and event.trigger != other.trigger
        and not (_informing(event) and _informing(other))
        and event.event in _MUTUAL_TYPES
        and bool(event.source)
        and bool(event.target)
        and set(event.source) == set(other.target)
        and set(event.target) == set(other.source)
    )


def _yields(event: _Coded, i: int, other: _Coded, k: int) -> bool:
    """Of a mirrored pair, ``event`` (at ``i``) gives way to ``other`` (at ``k``): a briefing tells who
    informed whom ("the Council held an extraordinary meeting, at which Turkey briefed Allies"), else the
    first told stands."""
    if _informing(event) != _informing(other):
        return _informing(other)
    return k < i


def pruned(events: Sequence[E]) -> list[E]:
    """The sentence's events without those another of them holds (:func:`_held_by`) and without the one of a
    mirrored pair that yields (:func:`_mirrored`, :func:`_yields`); the order kept."""
    out: list[E] = []
    for i, event in enumerate(events):
        others = [o for k, o in enumerate(events) if k != i]
        if any(_held_by(event, o) for o in others):
            continue
        if any(_mirrored(event, o) and _yields(event, i, o, k) for k, o in enumerate(events) if k != i):
            continue
        out.append(event)
    return out
