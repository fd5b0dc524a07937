"""Official-text wording the rules read too literally (session 28, helper written).

* Solidarity named as the motive of a measure or as a critic's label ("in solidarity with London, Poland
  expelled ...", "a gesture of so-called solidarity with Washington", "another act of solidarity with
  London's accusations") is no SUPPORT: the measure or the criticism is the event, the solidarity its
  reason or its description (:func:`without_motive_solidarity`). Solidarity expressed, shown or stood in
  ("Allies expressed solidarity with", "travelled to Kyiv to show solidarity") is untouched.
* "It is highly likely that Russia was responsible": blame judged likely or plain is an accusation of the
  side by the sentence's sayer or speaker (patterns.toml, block ``s28-written``); it is not coded twice when
  the sentence already reports the same accusation (:func:`without_repeated_judgement`).
* "Warsaw sent additional troops and equipment to the border with Belarus": troops sent with their gear to
  a frontier are a deployment (MOBILIZE), not a delivery of equipment to the state beyond it
  (:func:`troops_to_the_border`).
* "Russia's announcement that it would pull back its forces" is an announced pull-back, a CONCEDE, as "Russia
  announced that it would pull back" (:func:`announcing`).
* A "he" or "she" in a statement with a speaker is the person the sentence names before it ("Lavrov said that
  he had rejected ...", "I met Prime Minister Orban and he pledged ..."), else the speaker
  (:func:`named_person_before`, used by :mod:`detente.coding.units`).
* "Norway joined the EU sanctions against Russia": the sanctions taken up (SANCTION by the joiner), not a
  SUPPORT of the bloc whose sanctions they are (:func:`sanctions_joined`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.units import Unit

__all__ = [
    "announcing",
    "named_person_before",
    "sanctions_joined",
    "settled",
    "troops_to_the_border",
    "without_motive_solidarity",
    "without_repeated_judgement",
]

_SOLIDARITY = re.compile(r"\bsolidarity\b", re.IGNORECASE)
# a label put on the act by its critic: "(a/another) gesture|act|show|demonstration of (so-called) solidarity"
_LABEL = re.compile(
    r"\b(?:gestures?|acts?|shows?|demonstrations?|manifestations?|displays?)\s+of\s+"
    r"(?:(?:so-called|supposed|alleged|false|misplaced|[a-z]+-sighted|blind|bloc|transatlantic)\s+)*"
    r"solidarity\b|\bso-called\s+solidarity\b|[\"“']solidarity[\"”']",
    re.IGNORECASE,
)
# the motive of the clause's measure: "In solidarity with X, ...", "Out of solidarity with X, ..."
_MOTIVE = re.compile(
    r"(?:^|[;:,]\s*)(?:[Ii]n|[Oo]ut\s+of|[Aa]s\s+a\s+sign\s+of|[Aa]s\s+a\s+gesture\s+of)\s+"
    r"(?:full\s+|close\s+)?solidarity\s+with\b[^,;]{1,80},",
)


def _labelled(text: str, start: int, end: int) -> bool:
    """The solidarity word at ``start``-``end`` is part of a critic's label or a clause's motive."""
    for pattern in (_LABEL, _MOTIVE):
        for m in pattern.finditer(text):
            if m.start() <= start and end <= m.end():
                return True
    return False


def without_motive_solidarity(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop SUPPORT read from "solidarity" where it is a measure's motive or a critic's label, when the
    sentence keeps another event (the measure, the criticism or the answer to it)."""
    if not any(e.event is EventType.SUPPORT for e in events) or not _SOLIDARITY.search(text):
        return list(events)  # (it drops only SUPPORT: the cheap test first, s34-speed3)
    dropped = []
    for e in events:
        if e.event is not EventType.SUPPORT:
            continue
        start, end = e.anchor
        word = _SOLIDARITY.search(text, start, end) if end > start else None
        if word is not None and _labelled(text, word.start(), word.end()):
            dropped.append(e)
    if not dropped or len(dropped) == len(events):
        return list(events)
    return [e for e in events if not any(e is d for d in dropped)]


_JUDGED_LIKELY = re.compile(
    r"\b(?:likely|probable|clear|evident|certain|plain|obvious)\s+that\b.*\b(?:responsible|behind)\b",
    re.IGNORECASE,
)


def without_repeated_judgement(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop the speaker's ACCUSE read from "it is (highly) likely that X was responsible" when the sentence
    already has an accusation of the same side by the same accuser (the judgement is the one reported)."""
    out: list[Event] = []
    for e in events:
        start, end = e.anchor
        if (
            e.event is EventType.ACCUSE
            and _JUDGED_LIKELY.search(text[start:end])
            and any(
                o is not e and o.event is EventType.ACCUSE and o.source == e.source and o.target == e.target
                for o in events
            )
        ):
            continue
        out.append(e)
    return out


_TROOPS = re.compile(
    r"\b(?:troops|soldiers|forces|servicemen|battalions?|brigades?|units|border\s+guards|guardsmen|"
    r"marines|paratroopers|personnel)\b",
    re.IGNORECASE,
)
_RELIEF = re.compile(
    r"\b(?:humanitarian|relief|rescue|rescuers|medical|medics|doctors|hospital|peacekeep\w*|firefighters|"
    r"disaster|earthquake|flood\w*|evacuat\w*|help|assist\w*)\b",
    re.IGNORECASE,
)
_TO_BORDER = re.compile(
    r"^\s*(?:to|towards|toward|along|near)\s+(?:the|its|their|our|his|her)?\s*(?:[\w'-]+\s+){0,3}?"
    r"(?:border|borders|frontier|frontiers|boundary)\b",
    re.IGNORECASE,
)


def troops_to_the_border(text: str, events: Sequence[Event]) -> list[Event]:
    """AID read from "sent troops and equipment to the border with X" is a deployment (MOBILIZE): soldiers
    sent with their gear to a frontier are not a delivery to the state beyond it. Aid carried by troops
    ("sent soldiers and equipment to help flood victims near the border") is left alone."""
    out: list[Event] = []
    for e in events:
        start, end = e.anchor
        if (
            e.event is EventType.AID
            and end > start
            and _TROOPS.search(text, start, end)
            and _TO_BORDER.match(text[end : end + 60])
            and not _RELIEF.search(text)
        ):
            e = dataclasses.replace(e, event=EventType.MOBILIZE, mode="troops", derived={})
        out.append(e)
    return out


_JOINED_MEASURES = re.compile(
    r"^\s*(?:in\s+|on\s+)?(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:sanctions|restrictive\s+measures|embargo|embargoes)\b",
    re.IGNORECASE,
)


def sanctions_joined(text: str, events: Sequence[Event]) -> list[Event]:
    """SUPPORT read from "join(ed) the EU sanctions" (the bloc read as the one joined) is the sanctions taken
    up: a SANCTION by the joiner; its target is the sanctioned side when the sentence names it after the
    measures ("... against Russia"), else none."""
    out: list[Event] = []
    for e in events:
        start, end = e.anchor
        if e.event is EventType.SUPPORT and end > start and text[start:end].lower().startswith("join"):
            rest = text[end : end + 80]
            m = _JOINED_MEASURES.match(rest)
            if m is not None:
                if any(o.event is EventType.SANCTION and o.source == e.source for o in events):
                    continue
                target = next((o.target for o in events if o.event is EventType.SANCTION and o.target), ())
                e = dataclasses.replace(e, event=EventType.SANCTION, mode="", target=target, derived={})
        out.append(e)
    return out


def settled(text: str, events: Sequence[Event]) -> list[Event]:
    """The module's passes over a sentence's events (see the module docstring)."""
    events = troops_to_the_border(text, without_motive_solidarity(text, events))
    events = sanctions_joined(text, events)
    return without_repeated_judgement(text, events)


_ANNOUNCING = frozenset({"announcement", "announcements", "instruction", "instructions", "orders"})


def announcing(norm: str) -> bool:
    """A noun of announcing or ordering before a pull-back ("welcomed Russia's announcement that it would
    pull back some of its forces"): the pull-back is announced, not seen (a CONCEDE), as after the verb."""
    return norm in _ANNOUNCING


def named_person_before(units: Sequence[Unit], pos: int) -> str | None:
    """The state of the person a "he"/"she" at character ``pos`` stands for, when the sentence names a person
    before it ("Lavrov said that he had rejected the proposal", "I met Prime Minister Orban and he pledged
    ..."): the nearest one. ``None`` without a named person: the pronoun is then the speaker's."""
    for unit in reversed([u for u in units if u.end <= pos]):
        if unit.kind in ("person", "title") and unit.code is not None and not unit.locative:
            return unit.code
    return None
