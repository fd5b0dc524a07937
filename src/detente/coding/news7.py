"""News wording of session 30 (helper news7): events that wire reports tell with words the other readers
file under the wrong type or read as acts when they are none, and the court whose prosecutors act. Each
reads a family of wordings.

* **Prosecutors of a court.** "prosecutors at the International Criminal Court opened an investigation":
  the prosecutors act for the court named after "at", "of" or "for", which is the source rather than the
  judiciary in general (:func:`court_prosecutors`).

* **Travellers from a state told to quarantine.** "travellers arriving from Spain must quarantine, the
  British government said": a quarantine rule on arrivals from a state, announced by a named state,
  restricts travel from it (COERCE/restrict, as a state added to a quarantine list is;
  :func:`arrivals_quarantined`), read when the sentence codes nothing else or only the rule's REQUEST.
* **Restrictions on a state's own people.** "imposed new restrictions on journalists", "restrictions on
  activists": measures aimed at the press or at dissent restrict freedoms (COERCE), not relations between
  sides (:func:`people_restricted`); sanctions stay SANCTION.
* **A meeting the sides are poised to hold.** "leaders are poised to meet in Dubai for the summit": the
  meeting is announced as "set to" or "due to" ones are, a CONSULT, not an intent to agree
  (:func:`poised_meetings`).
* **Stances told as a record or a description.** "this president has stood with workers", "providers
  which stand with their users": standing with a group, told in the perfect as a record or in a relative
  clause as what someone is like, is no act of support (:func:`stances_described`); "Biden stood with
  Israel", "stands with Ukraine" are kept, and so is any stand with a state.
* **Violence that may befall people.** "travellers could be robbed or assaulted on the road": a passive
  after "can", "could", "may" or "might" tells what may happen to people, no attack
  (:func:`possible_violence`); one between states or bodies ("Russia could be attacked by NATO") is a
  warning the other readers keep.
* **An atrocity of another era.** "the mass killing of Armenians during World War One", "the deportations
  of the Nazi era": a violent act dated to a past world war or era is history the sentence judges or
  recalls, not news of an attack (:func:`historic_violence`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType, Polarity, derived_fields
from detente.coding.patterns import Token, norms_of, words
from detente.coding.roleparts import Make, Roles
from detente.coding.text import lower_text

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.units import Unit


__all__ = [
    "arrivals_quarantined",
    "court_prosecutors",
    "historic_violence",
    "people_restricted",
    "poised_meetings",
    "possible_violence",
    "settled",
    "stances_described",
]

_GATE = words(
    "quarantine self-isolate isolate prosecutor prosecutors investigators judges stand stood stands standing can could may might restrictions "
    "poised war holocaust era"
)
"""Words one of the readings needs: a sentence without any of them is returned as it is."""


def settled(
    text: str, tokens: Sequence[Token], units: Sequence[Unit], events: Sequence[Event], make: Make
) -> list[Event]:
    """``events`` with the readings of the module's note applied, in order; ``make`` finishes an
    event."""
    if _GATE.isdisjoint(norms_of(tokens)):
        return list(events)
    out = court_prosecutors(text, units, events)
    out = arrivals_quarantined(text, units, out, make)
    out = people_restricted(text, out)
    out = poised_meetings(text, out)
    out = stances_described(text, out)
    out = possible_violence(text, out)
    return historic_violence(text, out)


def _retyped(event: Event, etype: EventType, mode: str) -> Event:
    return dataclasses.replace(event, event=etype, mode=mode, derived=derived_fields(etype, mode))


# --- prosecutors of a court -----------------------------------------------------------------------------------
_PROSECUTORS_OF = re.compile(
    r"\b(?:prosecutors?|investigators?|judges?)\s+(?:at|of|for|from)\s+(?:the\s+)?", re.IGNORECASE
)


def court_prosecutors(text: str, units: Sequence[Unit], events: Sequence[Event]) -> list[Event]:
    """``events`` with an ACCUSE whose source is the judiciary in general given the court or body its
    prosecutors serve, when the sentence names it right after them (see the module's note)."""
    if not any(e.event is EventType.ACCUSE and e.source == ("judiciary",) for e in events):
        return list(events)
    bodies = [
        u.code
        for m in _PROSECUTORS_OF.finditer(text)
        for u in units
        if u.start == m.end() and u.code and u.code.isupper()
    ]
    if not bodies:
        return list(events)
    return [
        dataclasses.replace(e, source=(bodies[0],))
        if e.event is EventType.ACCUSE and e.source == ("judiciary",) and bodies[0] not in e.target
        else e
        for e in events
    ]


# --- travellers from a state told to quarantine -------------------------------------------------------------
_QUARANTINED = re.compile(
    r"\b(?:passengers|travell?ers|arrivals|visitors|holidaymakers|tourists|people)\s+"
    r"(?:(?:arriving|returning|coming|travell?ing|flying)\s+)?(?:back\s+)?(?:in(?:to)?\s+\w+\s+)?from\s+"
    r"(?P<from>[^.;:]{2,160}?)\s+(?:must|will\s+have\s+to|would\s+have\s+to|have\s+to|has\s+to|need\s+to|"
    r"will\s+need\s+to|are\s+required\s+to|will\s+be\s+required\s+to|would\s+be\s+required\s+to)\s+"
    r"(?P<verb>(?:self-)?isolate|quarantine)\b",
    re.IGNORECASE,
)


def arrivals_quarantined(
    text: str, units: Sequence[Unit], events: Sequence[Event], make: Make
) -> list[Event]:
    """``events`` with a COERCE/restrict by the announcing state on the states whose travellers must
    quarantine (see the module's note), replacing a REQUEST read from the same rule; none when the
    sentence codes another act or names no state that rules."""
    if "isolate" not in text and "quarantine" not in text:
        return list(events)
    m = _QUARANTINED.search(text)
    if m is None or any(e.event is not EventType.REQUEST for e in events):
        return list(events)
    coded = [u for u in units if u.code and u.code.isupper()]
    states = [u.code or "" for u in coded if m.start("from") <= u.start < m.end("from")]
    rulers = [u.code or "" for u in coded if not (m.start() <= u.start < m.end()) and u.code not in states]
    if not states or not rulers:
        return list(events)
    roles = Roles(tuple(rulers[:1]), tuple(dict.fromkeys(states)), (m.start(), m.end()))
    start, end = m.start("verb"), m.end("verb")
    return [make(EventType.COERCE, "restrict", roles, Polarity.ASSERTED, start, end, text[start:end])]


# --- restrictions on a state's own people ------------------------------------------------------------------
_RESTRICTED_PEOPLE = frozenset(
    {"media", "journalists", "opposition", "activists", "protesters", "dissidents"}
)


def people_restricted(text: str, events: Sequence[Event]) -> list[Event]:
    """``events`` with a SANCTION told by "restrictions" whose targets are all the press or dissent read as
    COERCE (censor for the press, restrict otherwise; see the module's note)."""
    out: list[Event] = []
    for e in events:
        told = text[e.anchor[0] : e.anchor[1]].lower()
        if (
            e.event is EventType.SANCTION
            and e.target
            and set(e.target) <= _RESTRICTED_PEOPLE
            and "restriction" in told
            and "sanction" not in told
        ):
            mode = "censor" if set(e.target) <= {"media", "journalists"} else "restrict"
            out.append(_retyped(e, EventType.COERCE, mode))
        else:
            out.append(e)
    return out


# --- a meeting the sides are poised to hold ----------------------------------------------------------------
_POISED_MEETING = re.compile(r"\bpoised\s+to\s+(?P<verb>meet|gather|convene)\b", re.IGNORECASE)
_SUMMITS = re.compile(r"\b(?:summit|conference|forum|COP\d*|assembly)\b", re.IGNORECASE)


def poised_meetings(text: str, events: Sequence[Event]) -> list[Event]:
    """``events`` with an AGREE told by "poised to meet" read as CONSULT (multilateral at a summit or
    conference; see the module's note)."""
    m = _POISED_MEETING.search(text) if "poised" in lower_text(text) else None
    if m is None:
        return list(events)
    mode = "multilateral" if _SUMMITS.search(text) else ""
    return [
        _retyped(e, EventType.CONSULT, mode)
        if e.event is EventType.AGREE and m.start("verb") <= e.anchor[0] < m.end("verb")
        else e
        for e in events
    ]


# --- stances told as a record or a description ------------------------------------------------------------
_STAND_WITH = re.compile(
    r"\b(?:stand|stands|stood|standing)\s+(?:firmly\s+|squarely\s+)?with\b", re.IGNORECASE
)
_RECORD_OR_DESCRIPTION = re.compile(r"\b(?:has|have|had|which|who|that)\s+(?:\w+\s+)?$", re.IGNORECASE)


def stances_described(text: str, events: Sequence[Event]) -> list[Event]:
    """``events`` without a SUPPORT told by "stand with" in the perfect or a relative clause whose targets
    are all groups, not states (see the module's note)."""
    return [e for e in events if not _described_stance(text, e)]


def _described_stance(text: str, event: Event) -> bool:
    if event.event is not EventType.SUPPORT or any(c.isupper() for c in event.target):
        return False
    m = _STAND_WITH.match(text, event.anchor[0])
    if m is None:
        return False
    return _RECORD_OR_DESCRIPTION.search(text[max(0, event.anchor[0] - 30) : event.anchor[0]]) is not None


# --- violence that may befall people -----------------------------------------------------------------------
_MAY_BE = re.compile(r"\b(?:can|could|may|might)\s+(?:also\s+|easily\s+|still\s+)?be\b", re.IGNORECASE)


def possible_violence(text: str, events: Sequence[Event]) -> list[Event]:
    """``events`` without an ASSAULT whose trigger follows "can be", "could be", "may be" or "might be" in
    its clause, through a list of passives ("can be harassed, attacked or raped"; see the module's note)."""
    return [
        e
        for e in events
        if not (e.event is EventType.ASSAULT and not _names_a_state(e) and _possible(text, e.anchor[0]))
    ]


def _names_a_state(event: Event) -> bool:
    """A side of the event is a state or a body ("Russia could be attacked by NATO": a warning between
    sides, kept); groups of people ("women", "robbers") are lower-case codes."""
    return any(c.isupper() for c in (*event.source, *event.target))


def _possible(text: str, at: int) -> bool:
    head = text[max(0, at - 45) : at]
    cut = max(head.rfind(";"), head.rfind("."), head.rfind(":"), head.rfind("\u2014"))
    head = head[cut + 1 :]
    found = list(_MAY_BE.finditer(head))
    if not found:
        return False
    m = found[-1]
    between = head[m.end() :].split()
    return len(between) <= 6 and not any(
        w.lower() in ("if", "when", "but", "because", "after") for w in between
    )


# --- an atrocity of another era -----------------------------------------------------------------------------
_ERA = re.compile(
    r"\b(?:during|in|after|of|since)\s+(?:the\s+)?(?:(?:First|Second)\s+World\s+War|"
    r"World\s+War\s+(?:One|Two|I|II|1|2)|Holocaust|Nazi\s+era|colonial\s+era)\b",
    re.IGNORECASE,
)


def historic_violence(text: str, events: Sequence[Event]) -> list[Event]:
    """``events`` without an ASSAULT whose trigger a world war or a past era dates within a few words after
    it (see the module's note)."""
    if not any(e.event is EventType.ASSAULT for e in events):
        return list(events)
    eras = [m.start() for m in _ERA.finditer(text)]
    if not eras:
        return list(events)
    return [
        e
        for e in events
        if not (e.event is EventType.ASSAULT and any(0 <= at - e.anchor[1] <= 60 for at in eras))
    ]
