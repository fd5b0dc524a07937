"""Real Kremlin page wording of session 38 (helper realpages): lines of real pages no rule was written from
that the readers above give an event the page does not report.

Each reading only drops events; :func:`settled` runs them all and never raises.

* **A meeting that discussed things, with no sides.** "The meeting also discussed civil aviation", "The
  discussion focused on the situation in the region": a CONSULT read from an impersonal meeting subject
  (the meeting, session, discussion, agenda) that found neither a source nor a target is a home meeting's
  agenda, not talks between sides; it is dropped (:func:`sideless_agenda`). With the sides of a page's
  talks known the CONSULT has them and is kept.
* **A gathering greeted.** "She was pleased to welcome the delegates assembled in the hall": greeting
  an audience of people, not a state's envoy, is no meeting between sides; the CONSULT read from "greet"
  or "welcome" with such an object is dropped (:func:`audience_greeted`).
* **A thing that offers.** "A new tourist route offering tours of the grounds": "offering" after a noun
  for a service or a place (a route, a school, a programme) describes the thing, no one's offer; the AGREE
  read from it is dropped (:func:`thing_offering`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType
from detente.coding.text import lower_text

if TYPE_CHECKING:
    from detente.coding.coder import Event

__all__ = ["audience_greeted", "settled", "sideless_agenda", "thing_offering"]

_MAX_CHARS = 2000

_AGENDA_SUBJECT = re.compile(
    r"^\s*(?:(?:In|At)\s+[^,]{0,60},\s*)?(?:the|this|that)\s+(?:(?:meeting|session|discussion|conversation|"
    r"conference)(?:'s|’s)?\s+(?:also\s+)?(?:agenda\s+)?|agenda\s+)(?:also\s+)?"
    r"(?:discussed|considered|examined|focused|covered|included|dealt|touched|looked|reviewed)\b",
    re.IGNORECASE,
)


def sideless_agenda(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop a CONSULT with neither source nor target when the sentence's subject is the meeting itself
    ("The meeting also discussed ..."): with no sides it reports a home meeting's agenda."""
    if _AGENDA_SUBJECT.search(text) is None:
        return list(events)
    return [e for e in events if not (e.event is EventType.CONSULT and not e.source and not e.target)]


_AUDIENCE = re.compile(
    r"\b(?:glad|happy|pleased|delighted)\s+to\s+(?:greet|welcome)\s+(?:all\s+)?(?:the\s+)?"
    r"(?:representatives|participants|guests|gathering|audience|compatriots|community|people|members)\b"
    r"(?!\s+of\s+(?:the\s+)?(?:delegation|government))",
    re.IGNORECASE,
)


def audience_greeted(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop the CONSULT read from greeting an audience ("pleased to welcome the delegates assembled
    ..."), whose evidence starts at or before the greeting."""
    found = _AUDIENCE.search(text)
    if found is None:
        return list(events)
    end = found.end()
    return [e for e in events if not (e.event is EventType.CONSULT and e.evidence[0] <= end <= e.evidence[1])]


_THING_OFFERING = re.compile(
    r"\b(?i:route|routes|tour|tours|school|schools|centre|center|programme|program|course|courses|site|"
    r"website|service|services|platform|museum|facility|package|scheme|shop|app)"
    r"(?:\s+(?:for|of|in|at|on)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}?)?\s*offer(?:ing|s)\b"
)


def thing_offering(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop an AGREE whose trigger is "offering"/"offers" right after a noun for a service or a place."""
    spans = [m.span() for m in _THING_OFFERING.finditer(text)]
    if not spans:
        return list(events)

    def _inside(e: Event) -> bool:
        at = e.words_at
        return any(s <= at[0] < t or at[0] <= s < at[1] for s, t in spans)

    return [e for e in events if not (e.event is EventType.AGREE and _inside(e))]


def settled(text: str, events: Sequence[Event]) -> list[Event]:
    """``events`` with the readings of the module's note applied, in order."""
    if not events or not text or len(text) > _MAX_CHARS:
        return list(events)
    out = list(events)
    low = lower_text(text)  # (s39-speed: the sentence lowered once for all readers)
    if "discuss" in low or "focus" in low or "agenda" in low or "consider" in low or "cover" in low:
        out = sideless_agenda(text, out)
    if "greet" in low or "welcome" in low:
        out = audience_greeted(text, out)
    if "offer" in low:
        out = thing_offering(text, out)
    return out
