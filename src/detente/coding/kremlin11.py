"""Kremlin wording that reads as an act between states but tells none (s30-kremlin11): the head of state's work
on his own country's laws, what an arrangement offers, the partnership a greeting foresees, and a school
that trains its students.

- **A law handled at home.** "the President vetoed the law on ... passed by the State Duma", "the
  President promised to sign the document already approved by the Federation Council", "State Duma members
  urged the Defence Ministry to work together with parliament": a state's own lawmaking, no REJECT, AGREE,
  REQUEST or SUPPORT between states. Only events whose sides are one country and its lawmakers are dropped:
  a law on ratifying a treaty with another state keeps that state's event (:func:`without_home_lawmaking`).
- **What a thing offers.** "the opportunities offered by Moscow's special relations with X", "the advantages
  offered by the new route": what an arrangement makes possible, no offer (AGREE) by anyone; "the
  guarantees offered by Russia" is an offer and stays (:func:`without_features_offered`).
- **A partnership foreseen.** "I am convinced that, by pooling efforts, Russia and X will respond to the
  challenges", "we are sure that through joint work our nations will overcome ...": the joint work a
  greeting or a message names as the means of a future success is no COOPERATE or AGREE. What the clause
  says will be done ("will strengthen our partnership") is left to the other readers, and accords reached
  stay (:func:`without_partnership_foreseen`).
- **A school's graduates.** "the academy has trained many of the country's diplomats": an
  educational institution training its students gives no AID, nor does "an economist by training";
  "Russian instructors trained Syrian troops" stays (:func:`without_schooling`).

The module's lexicon (s30-kremlin11.toml) reads views told alike as a noun the sides note ("the Presidents
noted the closeness of their approaches to ..."): AGREE of the sides, kept only as the sentence's one
event and only when its sides are known (:func:`alike_alone`).

Every test is a regular expression over the sentence and the event's trigger words; no sentence is named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType
from detente.coding.text import lower_text

if TYPE_CHECKING:
    from detente.coding.coder import Event

__all__ = [
    "alike_alone",
    "settled",
    "without_features_offered",
    "without_home_lawmaking",
    "without_partnership_foreseen",
    "without_schooling",
]


def _anchor_text(text: str, event: Event) -> str:
    return text[event.anchor[0] : event.anchor[1]]


# --- a law handled at home ---------------------------------------------------------------------------------
_LAW_GATE = re.compile(
    r"\b(?=[lbsdfcp])(?:law|laws|bill|bills|State\s+Duma|Duma|Federation\s+Council|Council\s+of\s+Federations?|"
    r"parliament|legislature)\b",
    re.IGNORECASE,
)
_VETOED_LAW = re.compile(
    r"\b(?:veto(?:ed|es|ing)?|rejected|rejects|reject)\s+(?:the\s+|a\s+|this\s+|that\s+)?"
    r"(?:(?:federal|draft|new|amended)\s+)*(?:law|bill|amendments?)\b",
    re.IGNORECASE,
)
_PROMISED_TO_SIGN = re.compile(
    r"\bpromis(?:ed|es|e)\s+to\s+sign\s+(?:the|this|that|a)\s+(?:\w+\s+){0,2}?"
    r"(?:law|bill|document|text|act|code|budget|amendments?)\b[^.;]{0,80}?\b(?:approved|adopted|passed)\s+by\s+(?:the\s+)?"
    r"(?:State\s+Duma|Duma|Federation\s+Council|Council\s+of\s+Federations?|parliament|legislature|"
    r"lower\s+house|upper\s+house)\b",
    re.IGNORECASE,
)
_HOME_CHAMBER = re.compile(
    r"\b(?:State\s+Duma|Federation\s+Council|Council\s+of\s+Federations?|lower\s+house|upper\s+house)\b",
    re.IGNORECASE,
)
_LAW_TYPES = frozenset({EventType.REJECT, EventType.AGREE, EventType.REQUEST, EventType.SUPPORT})
_LAWMAKERS = "lawmakers"
_RUSSIA = "RUS"


def _home_sides(event: Event) -> bool:
    """Every side of ``event`` is one country, its lawmakers, or no one."""
    sides = set(event.source) | set(event.target)
    states = {s for s in sides if s != _LAWMAKERS}
    return len(states) <= 1 and all(s.isupper() and len(s) == 3 for s in states)


def without_home_lawmaking(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop REJECT, AGREE, REQUEST and SUPPORT read from a head of state's handling of his own country's laws
    (a veto, a promise to sign a law the chambers approved) or from its lawmakers' dealings with its own
    ministries."""
    if not any(e.event in _LAW_TYPES for e in events) or not _LAW_GATE.search(text):
        return list(events)  # (it drops only these types: the cheap test first, s34-speed3)
    vetoes = [(m.start(), m.end()) for m in _VETOED_LAW.finditer(text)]
    promises = [(m.start(), m.end()) for m in _PROMISED_TO_SIGN.finditer(text)]
    chamber = _HOME_CHAMBER.search(text) is not None
    out: list[Event] = []
    for e in events:
        if e.event in _LAW_TYPES and _home_sides(e):
            start = e.anchor[0]
            if any(lo <= start < hi for lo, hi in vetoes):
                continue
            if any(lo <= start < hi for lo, hi in promises):
                continue
            if chamber and _LAWMAKERS in e.source and set(e.source) | set(e.target) <= {_LAWMAKERS, _RUSSIA}:
                continue  # the chambers named are Russia's: its deputies and its own ministries
        out.append(e)
    return out


# --- what a thing offers -----------------------------------------------------------------------------------
_FEATURE_OFFERED = re.compile(
    r"\b(?:opportunit(?:y|ies)|possibilit(?:y|ies)|prospects?|advantages?|benefits?|potential|services|"
    r"facilities|chances?|options?|amenities|capabilit(?:y|ies))\s+(?:(?:that|which)\s+(?:is|are|was|were)\s+"
    r"|(?:now\s+|currently\s+|already\s+)?)(offered|offers)\s+by\b",
    re.IGNORECASE,
)


def without_features_offered(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop the AGREE read from "the opportunities offered by X": what a thing makes possible, no offer."""
    if "offer" not in lower_text(text):
        return list(events)
    spans = [(m.start(1), m.end(1)) for m in _FEATURE_OFFERED.finditer(text)]
    if not spans:
        return list(events)
    return [
        e
        for e in events
        if not (e.event is EventType.AGREE and any(lo <= e.anchor[0] < hi for lo, hi in spans))
    ]


# --- a partnership foreseen --------------------------------------------------------------------------------
_CONFIDENT_THAT = re.compile(
    r"\b(?:I|we)\s+(?:am|are|remain)\s+(?:\w+\s+)?(?:confident|convinced|certain|sure)\s*,?\s+that\b",
    re.IGNORECASE,
)
_FORESEEN_BEFORE = re.compile(
    r"(?=[bt])(?:\bby\s+|\bthrough\s+)(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_FORESEEN_TYPES = frozenset({EventType.COOPERATE, EventType.AGREE})
_DONE_WORDS = re.compile(r"\b(?:reached|signed|concluded|agreed|achieved|adopted)\b", re.IGNORECASE)


def without_partnership_foreseen(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop COOPERATE and AGREE read from the joint work that "I am confident that ..." names as the means of
    what it foresees ("by working together", "by pooling efforts", "through joint efforts")."""
    if not any(e.event in _FORESEEN_TYPES for e in events):
        return list(events)  # (s35-speed6: the cheap test before the search; it drops only these types)
    m = _CONFIDENT_THAT.search(text)
    if m is None:
        return list(events)
    clause_start = m.end()
    out: list[Event] = []
    for e in events:
        start = e.anchor[0]
        if e.event in _FORESEEN_TYPES and start >= clause_start:
            before = text[clause_start:start]
            last = re.split(r"[;:]", before)[-1]
            if _FORESEEN_BEFORE.search(last) and not _DONE_WORDS.search(_anchor_text(text, e)):
                continue
        out.append(e)
    return out


# --- a school's graduates ----------------------------------------------------------------------------------
_SCHOOL_TRAINED = re.compile(
    r"\b(?:universit(?:y|ies)|institutes?|academ(?:y|ies)|schools?|colleges?|conservatoire|conservatory|"
    r"faculty|faculties|alma\s+mater)\b[^.;]{0,60}?\b(train(?:ed|s)?|educat(?:ed|es))\b",
    re.IGNORECASE,
)


_BY_TRAINING = re.compile(r"\b(?:an?|the)\s+(?:[\w-]+\s+){1,2}by\s+(training|education)\b", re.IGNORECASE)
"""A person's profession told by what they trained in: "an economist by training"."""


def without_schooling(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop the AID read from a school, university or academy training its students, or from a person's
    profession told as "an economist by training"."""
    if "train" not in lower_text(text) and "educat" not in lower_text(text):
        return list(events)
    spans = [(m.start(1), m.end(1)) for m in _SCHOOL_TRAINED.finditer(text)]
    spans += [(m.start(1), m.end(1)) for m in _BY_TRAINING.finditer(text)]
    if not spans:
        return list(events)
    return [
        e
        for e in events
        if not (e.event is EventType.AID and any(lo <= e.anchor[0] < hi for lo, hi in spans))
    ]


# --- views alike, beside another event ---------------------------------------------------------------------
_ALIKE = re.compile(
    r"\b(?:similarity|closeness|proximity|coincidence|convergence|identity)\s+of\b", re.IGNORECASE
)


def alike_alone(text: str, events: Sequence[Event]) -> list[Event]:
    """Keep the AGREE read from sides noting "the similarity of their positions" (the s30-kremlin11 lexicon
    rule) only when it is the sentence's one event and its sides are known: beside "exchanged opinions on X
    and noted the similarity of their positions" the consultation is what the sentence reports (second
    events are another pass's), and with no side known ("Both parties noted ..." in a page whose meeting is
    not named) the accord is not coded, as the readout's agenda is not (see
    :func:`detente.coding.kremlin10.agenda_told`)."""
    if " of " not in text:
        return list(events)
    found = [e for e in events if e.event is EventType.AGREE and _ALIKE.search(_anchor_text(text, e))]
    if not found:
        return list(events)
    drop = [e for e in found if not e.source or len(found) < len(events)]
    return [e for e in events if e not in drop]


def settled(text: str, events: Sequence[Event]) -> list[Event]:
    """``events`` without the readings of the module's families (see the module)."""
    if not events:
        return []
    out = without_home_lawmaking(text, events)
    out = without_features_offered(text, out)
    out = without_partnership_foreseen(text, out)
    out = without_schooling(text, out)
    return alike_alone(text, out)
