"""Extra event types of session 39 (helper extra, tag s39-extra): kinds of wording that make the coder keep
a second event beside the sentence's right one. Each reader only drops the extra event, never the event
the sentence is about, and only when that other event is there.

* **Protests named as a background.** "police were deployed ahead of another day of protests", "a man
  convicted over last year's protests", "a law that sparked months of protests", "accused of encouraging
  the protests": the protests are the setting (a date, a duration, a charge), not an act the sentence
  reports; a PROTEST read from them is dropped when the sentence carries an event of another type
  (:func:`background_protests`).
* **What a purpose clause hopes for.** "aircraft struck the rebels to halt their advance", "troops were
  moved in order to reassure the allies": the infinitive after a strike or a deployment names what its
  doer wants, not an act; a RETREAT or AGREE read there is dropped (:func:`purpose_hoped`).
* **A treaty that seals an annexation.** "Moscow annexed the region, signing a treaty that made it part of
  Russia": the signing is the annexation's form, not an act of support; a SUPPORT or AGREE read from
  "sign" beside a COERCE by the same side is dropped (:func:`annexation_signed`).
* **Cooperation of a state with itself.** "the upper house gave the president permission to use the armed
  forces": a cooperative event whose source and target are the same single state is a home affair, not
  a relation; it is dropped when the sentence carries another event (:func:`self_aimed`).
* **An agreement named as the subject of a hope.** "expressed hope that the agreement between A and B
  will strengthen stability": the accord is an earlier act that the hope is about; an AGREE read from the
  noun, in a mode other than asserted, is dropped beside an asserted event of another type
  (:func:`agreement_hoped`).

:func:`settled` runs them all and never raises.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType

if TYPE_CHECKING:
    from detente.coding.coder import Event

__all__ = [
    "agreement_hoped",
    "annexation_signed",
    "background_protests",
    "purpose_hoped",
    "self_aimed",
    "settled",
]

_LOG = logging.getLogger(__name__)
_MAX_CHARS = 3_000


def settled(text: str, events: list[Event]) -> list[Event]:
    """``events`` with the readings of the module's note applied, in order."""
    if not text or len(text) > _MAX_CHARS or len(events) < 2:
        return events
    try:
        out = events
        low = text.lower()
        if "protest" in low or "demonstration" in low or "rall" in low:
            out = background_protests(low, out)
        if " to " in low:
            out = purpose_hoped(low, out)
        if "sign" in low and ("annex" in low or "incorporat" in low or "absorb" in low):
            out = annexation_signed(low, out)
        out = self_aimed(out)
        if "agreement" in low:
            out = agreement_hoped(low, out)
    except Exception as err:  # noqa: BLE001 - a reading never costs the sentence its events
        _LOG.warning("s39extra: left the events unchanged: %s", err)
        return events
    return out


def _others(events: Sequence[Event], event: Event) -> bool:
    """Whether the sentence carries an event of another type than ``event``."""
    return any(e.event is not event.event for e in events)


# --- protests named as a background -----------------------------------------------------------------------
_PROTEST_NOUN = re.compile(r"\b(?:protests?|demonstrations?|rallies|picket lines?)\b")
_BACKGROUND = re.compile(
    r"(?:\bahead of (?:another|further|fresh|renewed|more)"
    r"|\b(?:sparked|led|put down|crushed|quelled|suppressed|to crush|to quell|to suppress)"
    r"(?:\s+\S+){0,2}\s+(?:days|weeks|months|years) of"
    r"|\b(?:convicted|sentenced|jailed|executed|hanged) (?:over|for)"
    r"|\b(?:encouraging|inciting|fomenting|instigating|financing|funding))"
    r"(?:\s+\S+){0,3}\s+$"
)


def background_protests(low: str, events: list[Event]) -> list[Event]:
    """Drop a PROTEST read from protests that only date, time or charge another act (see the module)."""
    out = []
    for e in events:
        if e.event is EventType.PROTEST and _others(events, e):
            start, end = e.words_at
            words = low[start:end]
            if _PROTEST_NOUN.search(words) and _BACKGROUND.search(low[max(0, start - 70) : start]):
                continue
        out.append(e)
    return out


# --- what a purpose clause hopes for ----------------------------------------------------------------------
_PURPOSE = re.compile(r"(?:\bin order|\bso as)? to\s+$")
_HOPED = {
    EventType.RETREAT: re.compile(r"^(?:halt|stop)\b"),
    EventType.AGREE: re.compile(r"^reassur"),
}
_MAIN = frozenset({EventType.ASSAULT, EventType.MOBILIZE})
_CONTROL = re.compile(
    r"\b(?:agreed?|decided?|refused?|ordered|ordering|urged?|asked?|called|calls|appeal(?:ed|s)?|"
    r"promised?|pledged?|ready|willing|plans?|want(?:s|ed)?|intends?|tried|tries|try|sought|seeks?|"
    r"demanded?|told|instructed|vowed?|threatened?|expected|aims?|aimed|hopes?|hoped|failed|"
    r"effort|efforts|bid|attempt|mission|help(?:ed|s)?|allow(?:ed|s)?|permission)\b"
)


def purpose_hoped(low: str, events: list[Event]) -> list[Event]:
    """Drop a RETREAT or AGREE read from a purpose infinitive after a strike or a deployment."""
    out = []
    for e in events:
        rule = _HOPED.get(e.event)
        if rule is not None:
            start, end = e.words_at
            if rule.match(low[start:end]) and _PURPOSE.search(low[max(0, start - 14) : start]):
                mains = [
                    m
                    for m in events
                    if m.event in _MAIN and m.words_at[1] <= start and (not e.source or m.source == e.source)
                ]
                if any(not _CONTROL.search(low[m.words_at[1] : start]) for m in mains):
                    continue
        out.append(e)
    return out


# --- a treaty that seals an annexation --------------------------------------------------------------------
def annexation_signed(low: str, events: list[Event]) -> list[Event]:
    """Drop a SUPPORT or AGREE read from "sign" beside a COERCE by the same side."""
    seizers = {e.source for e in events if e.event is EventType.COERCE and e.source}
    if not seizers:
        return events
    out = []
    for e in events:
        if e.event in (EventType.SUPPORT, EventType.AGREE) and e.source in seizers:
            start, end = e.words_at
            if low[start:end].startswith("sign"):
                continue
        out.append(e)
    return out


# --- cooperation of a state with itself -------------------------------------------------------------------
_COOPERATIVE = frozenset({EventType.COOPERATE, EventType.SUPPORT, EventType.AGREE, EventType.AID})
_STATE = re.compile(r"^[A-Z]{3}$")


def self_aimed(events: list[Event]) -> list[Event]:
    """Drop a cooperative event whose source and target are the same single state, beside another event."""
    out = []
    for e in events:
        if (
            e.event in _COOPERATIVE
            and len(e.source) == 1
            and e.source == e.target
            and _STATE.match(e.source[0])
            and any(o is not e and o.source != o.target for o in events)
        ):
            continue
        out.append(e)
    return out


# --- an agreement named as the subject of a hope ----------------------------------------------------------
def agreement_hoped(low: str, events: list[Event]) -> list[Event]:
    """Drop an AGREE read from the noun "agreement", not asserted, beside an asserted event of another type."""
    out = []
    for e in events:
        if e.event is EventType.AGREE and e.mode != "asserted":
            start, end = e.words_at
            if low[start:end].startswith("agreement") and any(
                o.event is not EventType.AGREE and o.mode == "asserted" for o in events
            ):
                continue
        out.append(e)
    return out
