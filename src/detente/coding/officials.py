"""Coder stage (s21 dictionary audit): who an official acts towards, once the dictionary knows the official.

Two families, both exposed when a named official becomes a known actor:

**The depositary of a treaty is no target of the accession.**

A state joins a treaty organisation by handing or depositing its instrument of accession (ratification,
acceptance, approval) with the treaty's depositary: "Finland became the thirty-first member of NATO this
afternoon, when Foreign Minister Pekka Haavisto handed the instrument of accession to the US Secretary of
State". The act is towards the organisation joined; the official who receives the paper (the US Secretary of
State for the Washington Treaty) only keeps it. So a SUPPORT event whose targets are all the receiving
party is dropped when the sentence already has another event of the same doer (the accession itself). A
sentence that tells only the hand-over keeps its event: nothing else would code the act.

**A trip only reported on is no meeting.** A readout in which an official "reported on the outcome of his
short trip to Armenia" names no one briefed: like "dwelt on the results of his visit", the trip is only
spoken about, and the visit CONSULT a briefing of one's own leader gives ("informed President Putin about the
outcome of his trip to Spain", :func:`detente.coding.consults.briefed_on_own_trip`) is dropped. With the
leader named ("reported to the President on ...", "briefed Mr Putin on ...") the event stays.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from detente.coding.actors import ActorDictionary
from detente.coding.ontology import EventType, SidedEvent

_INSTRUMENT = re.compile(
    r"\binstruments?\s+of\s+(?:accession|ratification|acceptance|approval)\b"
    r"(?P<between>[^.;:]{0,80}?)\b(?:to|with)\s+(?P<receiver>[^,.;:()]{1,80})",
    re.IGNORECASE,
)


_TRIP_ONLY_REPORTED = re.compile(
    r"\breport(?:s|ed)?\s+(?:on|about)\s+(?:the\s+)?(?:results?|outcomes?)\s+of\s+(?:his|her|their|its)\s+"
    r"(?:[a-z-]+\s+){0,3}?(?:visit|trip|tour)\b",
    re.IGNORECASE,
)


class _Coded(SidedEvent, Protocol):
    @property
    def mode(self) -> str: ...


E = TypeVar("E", bound=_Coded)


def depositary_codes(text: str, day: dt.date | None, dictionary: ActorDictionary) -> frozenset[str]:
    """Actor codes of the party that receives an instrument of accession or ratification in ``text``."""
    if "nstrument" not in text:
        return frozenset()
    codes: set[str] = set()
    for found in _INSTRUMENT.finditer(text):
        for mention in dictionary.match(found.group("receiver"), date=day, speaker=None):
            if mention.code:
                codes.add(mention.code)
    return frozenset(codes)


def without_depositary(
    text: str, day: dt.date | None, dictionary: ActorDictionary, events: Sequence[E]
) -> list[E]:
    """``events`` less SUPPORT events aimed only at a treaty's depositary, when the same doer has another."""
    if len(events) < 2:
        return list(events)
    receivers = depositary_codes(text, day, dictionary)
    if not receivers:
        return list(events)
    kept: list[E] = []
    for event in events:
        aimed_at_depositary = (
            event.event is EventType.SUPPORT and bool(event.target) and set(event.target) <= receivers
        )
        if aimed_at_depositary and any(
            other is not event
            and set(other.source) & set(event.source)
            and not set(other.target) <= receivers
            for other in events
        ):
            continue
        kept.append(event)
    return kept


def without_reported_trip(text: str, events: Sequence[E]) -> list[E]:
    """``events`` less the visit CONSULT of a trip only reported on, with no one named as briefed."""
    if "eport" not in text or not any(e.event is EventType.CONSULT and e.mode == "visit" for e in events):
        return list(events)
    if _TRIP_ONLY_REPORTED.search(text) is None:
        return list(events)
    return [e for e in events if not (e.event is EventType.CONSULT and e.mode == "visit")]


def settle(text: str, day: dt.date | None, dictionary: ActorDictionary, events: Sequence[E]) -> list[E]:
    """Both readings above, in order."""
    return without_reported_trip(text, without_depositary(text, day, dictionary, events))
