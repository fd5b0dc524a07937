"""Kremlin wording of session 31 (helper kremlin13): calls for talks, and charges against forces left unnamed.

The module's lexicon (s31-kremlin13.toml) reads most of the session's wordings as phrases: greetings or
letters two leaders exchange, views shared with or a position set out to another side, a message carried,
received or answered (CONSULT); a joint operation taken part in with another side, airspace opened for its
flights, information handed to its services (COOPERATE); talks or a ceasefire told as a need (REQUEST);
sanctions or expansion called a means of containing a country, conduct named by its hostile character, an
incident provoked (ACCUSE). A speaker's "our countries" after talks stands for the meeting's sides
(:mod:`detente.coding.units`). What the phrases cannot tell is settled here:

- **Whom a call for talks is aimed at.** "The President stressed the need for a ceasefire" in the readout
  of a call with X asks the warring parties, not X: the REQUEST read from a need for talks or a truce keeps
  only targets the sentence names, and none when it names none (:func:`asked_sides_named`).
- **Talks urged in the impersonal.** "It is necessary to start a direct dialogue between A and B", "Mr X
  said it was important to resume negotiations between A and B": a call on A and B to talk (REQUEST by the
  sayer, else the speaker), not a meeting of the speaker with them; the CONSULT read from such a clause is
  retyped, and one is read when the clause codes nothing (:func:`talks_urged`).
- **A ceasefire's breach charged.** "The other side keeps violating the ceasefire", told by the speaker or
  a sayer: besides the breach itself, that one's charge against the side that broke it (ACCUSE)
  (:func:`violations_charged`).
- **Destructive forces.** "Some destructive forces are trying to destabilise the region", "certain states
  are arming the terrorists": an accusation (ACCUSE, disapprove) by the speaker or the sayer of the clause,
  with no target unless the sentence names the forces' country; read only when the sentence has no
  accusation already (:func:`forces_blamed`).

Every test is a regular expression over the sentence (after a cheap substring gate) and the event's trigger
words; no sentence is named. Sides come only from the sentence's own actor units or the speaker.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType, Polarity
from detente.coding.roleparts import Make, Roles
from detente.coding.wordgates import WordGates

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.units import Unit


__all__ = ["asked_sides_named", "forces_blamed", "settled", "talks_urged", "violations_charged"]

_MAX_CHARS = 2_000
"""Longer sentences are left to the other readers (a regular expression per family stays cheap)."""


def _named_codes(units: Sequence[Unit]) -> set[str]:
    return {u.code for u in units if u.code}


# --- whom a call for talks is aimed at ---------------------------------------------------------------------
_NEED_TRIGGER = re.compile(
    r"^(?:stress|emphasi[sz]|underlin|underscor|not(?:e|ed|es|ing)\b|point)\w*\b.*\b(?:need|necessity)\b.*"
    r"\b(?:negotiations|talks|ceasefire|truce)$",
    re.IGNORECASE,
)


_SET_OUT_TRIGGER = re.compile(
    r"^(?:outlin|present|explain|expound|set\s+out|sets\s+out|setting\s+out)\w*\b.*\bto\b", re.IGNORECASE
)
_CONTAINMENT_TRIGGER = re.compile(r"^(?:is|are|was|were)\b.*\bcontain(?:ment|ing)?\b", re.IGNORECASE)


def asked_sides_named(events: Sequence[Event], units: Sequence[Unit]) -> list[Event]:
    """The REQUEST read from a need for talks or a truce ("stressed the need for a ceasefire") with only the
    targets the sentence names: a target the readout's meeting lent is the partner spoken to, not the side
    asked. That REQUEST, the ACCUSE read from a means of containment and the CONSULT read from a position set
    out to someone are dropped when no source is known ("the two leaders stressed ..." in a page whose
    meeting is not named)."""
    named = _named_codes(units)
    out: list[Event] = []
    for e in events:
        if e.event is EventType.REQUEST and not e.source and _NEED_TRIGGER.search(e.trigger):
            continue  # "the two leaders stressed the need ..." with no side known: nothing rather than a guess
        if e.event is EventType.ACCUSE and not e.source and _CONTAINMENT_TRIGGER.search(e.trigger):
            continue
        if e.event is EventType.CONSULT and not e.source and _SET_OUT_TRIGGER.search(e.trigger):
            continue  # "the minister explained the position to the students": no side speaks
        if e.event is EventType.REQUEST and e.target and _NEED_TRIGGER.search(e.trigger):
            kept = tuple(c for c in e.target if c in named)
            if kept != e.target:
                e = dataclasses.replace(e, target=kept)
        out.append(e)
    return out


# --- talks urged in the impersonal -------------------------------------------------------------------------
_TALK_GATE = ("between",)
_IMPERSONAL_NEED = re.compile(
    r"\b(?:it\s+(?:is|was|would\s+be|will\s+be)\s+(?:(?!not\b|no\b|never\b|hardly\b)\w+\s+)?(?:necessary|important|essential|vital|crucial|"
    r"imperative|urgent)|there\s+(?:is|was)\s+(?:\w+\s+)?(?:need|necessity))\s+(?:for\s+\w+\s+)?to\s+"
    r"(?:\w+\s+)?(?P<verb>start|launch|begin|resume|hold|open|establish|restart|renew|conduct|organi[sz]e)\s+"
    r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}?(?:talks|negotiations|dialogue|consultations)\s+between\b",
    re.IGNORECASE,
)
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|stressed|stresses|noted|notes|emphasi[sz]ed|underlined|pointed\s+out|believes?|"
    r"believed|think|thinks|thought|added)\s+(?:that\s+)?$",
    re.IGNORECASE,
)


_LEAD = re.compile(
    r"\s*(?:(?:but|and|however|therefore|so|in\s+our\s+view|in\s+my\s+view|in\s+my\s+opinion)\s*,?\s*)?"
    r"(?:(?:we|i)\s+(?:\w+\s+)?(?:see|know|believe|think|consider|note|are\s+convinced|am\s+convinced)\s+"
    r"(?:that\s+)?)?(?:(?:some|certain|the|these|those|other)\s+)?",
    re.IGNORECASE,
)
"""What may stand before the words in the speaker's own voice: a link word, "we believe that", "some"."""


def _clause_sayer(
    text: str, start: int, units: Sequence[Unit], speaker: str | None
) -> tuple[str, ...] | None:
    """Who says the clause that begins at ``start``: the actor before a saying verb right before it ("Mr X
    said that", "we believe"), else the statement's speaker when only a lead-in comes before
    (:data:`_LEAD`); ``None`` when neither is known."""
    before = text[:start]
    said = _SAID_BEFORE.search(before)
    if said is not None:
        sayers = [u for u in units if u.end <= said.start() and u.code]
        return (sayers[-1].code,) if sayers and sayers[-1].code else None
    if _LEAD.fullmatch(before) is not None:
        return (speaker,) if speaker else None
    return None


def talks_urged(
    text: str,
    events: Sequence[Event],
    units: Sequence[Unit],
    speaker: str | None,
    make: Make,
) -> list[Event]:
    """A call for talks between two sides told in the impersonal ("it is necessary to start a dialogue
    between A and B"): REQUEST by the sayer or the speaker to the sides named after "between"; the CONSULT
    read from the same words is that REQUEST, not a meeting."""
    if "between" not in text:
        return list(events)
    m = _IMPERSONAL_NEED.search(text)
    if m is None:
        return list(events)
    source = _clause_sayer(text, m.start(), units, speaker)
    if source is None:
        return list(events)
    after = m.end()
    clause_end = len(text)
    stop = re.search(r"[;.!?]|,\s+(?:and|but|while|which)\b", text[after:])
    if stop is not None:
        clause_end = after + stop.start()
    asked = tuple(
        dict.fromkeys(
            u.code for u in units if u.code and after <= u.start < clause_end and u.code not in source
        )
    )
    if not asked:
        return list(events)
    lo, hi = m.start("verb"), m.end()
    out = [e for e in events if not (e.event is EventType.CONSULT and lo <= e.anchor[0] < hi)]
    if any(e.event is EventType.REQUEST and lo <= e.anchor[0] < hi for e in out):
        return out
    roles = Roles(source, asked, (m.start(), clause_end))
    out.append(make(EventType.REQUEST, "", roles, Polarity.ASSERTED, lo, hi, text[lo:hi]))
    return out


# --- destructive forces ------------------------------------------------------------------------------------
_FORCES = re.compile(
    r"\b(?:(?:destructive|subversive)\s+(?:forces|elements|circles)|(?:some|certain)\s+(?:(?:foreign|outside|"
    r"external|western)\s+)?(?:forces|circles|countries|states|players|sponsors))\b"
    r"(?:\s+(?:in|from|of)\s+(?P<where>[^,;.]{1,60}?))?"
    r"\s+(?:(?:are|were|is|have\s+been|had\s+been|continue\s+to|keep)\s+)?(?:\w+\s+)?"
    r"(?:(?P<verb>trying|tried|try|seeking|seek|sought|attempting|attempt|attempted|striving|want|wanted|"
    r"wanting|aiming|aim)\s+to\s+(?:destabili[sz]e|undermine|provoke|sow|stir|incite|split|drag|disrupt|"
    r"derail|wreck|sabotage|escalate|inflame|fan|divide|weaken|foment)\b"
    r"|(?P<aid>supply(?:ing)?|supplied|arm(?:ing|ed)?|financ(?:e|ing|ed)|fund(?:ing|ed)?|sponsor(?:ing|ed)?|"
    r"harbou?r(?:ing|ed)?|shelter(?:ing|ed)?|back(?:ing|ed)?)\s+(?:\w+\s+){0,3}?(?:to\s+)?"
    r"(?:the\s+)?(?:terrorists|militants|extremists|terrorist\s+groups)\b)",
    re.IGNORECASE,
)
_AID_TYPES = frozenset({EventType.AID, EventType.SUPPORT})
_FORCES_GATE = ("destructive", "subversive", "some ", "certain ", "Some ", "Certain ")
_GATES = WordGates()
_FORCES_WORDS = _GATES.gate(("destructive", "subversive", "some ", "certain "))
_NEGATED_BEFORE = re.compile(r"\b(?:no|not|never|nor)\s+(?:\w+\s+)?$", re.IGNORECASE)


def forces_blamed(
    text: str,
    events: Sequence[Event],
    units: Sequence[Unit],
    speaker: str | None,
    make: Make,
) -> list[Event]:
    """ "Destructive forces are trying to destabilise ...": ACCUSE by the sayer of the clause, else the
    speaker; the target is the country the sentence says the forces are in or come from, else none."""
    if not _GATES.may(text, _FORCES_WORDS) or (
        not any(w in text for w in _FORCES_GATE) and "Destructive" not in text
    ):
        return list(events)  # (s35-speed6: the scan first, case-blind: a superset of the tests after it)
    if any(e.event is EventType.ACCUSE for e in events):
        return list(events)
    m = _FORCES.search(text)
    if m is None or _NEGATED_BEFORE.search(text[: m.start()]):
        return list(events)
    source = _clause_sayer(text, m.start(), units, speaker)
    if source is None:
        return list(events)
    target: tuple[str, ...] = ()
    if m.group("where"):
        lo, hi = m.start("where"), m.end("where")
        target = tuple(
            dict.fromkeys(u.code for u in units if u.code and lo <= u.start < hi and u.code not in source)
        )
    roles = Roles(source, target, (m.start(), m.end()))
    lo = m.start("verb") if m.group("verb") else m.start("aid")
    hi = m.end()
    # "we know that certain circles are financing the militants": the aid is the accused's, not the speaker's
    events = [
        e
        for e in events
        if not (e.event in _AID_TYPES and lo <= e.anchor[0] < hi and set(e.source) <= set(source))
    ]
    return [*events, make(EventType.ACCUSE, "disapprove", roles, Polarity.ASSERTED, lo, hi, text[lo:hi])]


# --- a ceasefire's breach charged ----------------------------------------------------------------------------
_BREACH_TRIGGER = re.compile(r"^(?:violat|breach|break|broke)\w*\b", re.IGNORECASE)
_BREACHED = re.compile(r"\b(?:ceasefire|cease-fire|truce|armistice)\b", re.IGNORECASE)


def violations_charged(
    text: str,
    events: Sequence[Event],
    units: Sequence[Unit],
    speaker: str | None,
    make: Make,
) -> list[Event]:
    """ "Kiev keeps violating the ceasefire", "Mr X said the militants had broken the truce": the breach told
    by someone else is also that one's charge (ACCUSE, disapprove) against the side that broke it, by the
    sayer of the clause or else the speaker; read only when the sentence has no accusation already."""
    if (
        "ceasefire" not in text
        and "truce" not in text
        and "armistice" not in text
        and "cease-fire" not in text
    ):
        return list(events)
    if any(e.event is EventType.ACCUSE for e in events):
        return list(events)
    for e in events:
        if e.polarity is not Polarity.ASSERTED or not e.source or not _BREACH_TRIGGER.search(e.trigger):
            continue
        if not _BREACHED.search(e.trigger):
            continue
        doers = [u for u in units if u.code in e.source and u.end <= e.anchor[0]]
        if not doers:
            continue
        accuser = _clause_sayer(text, doers[0].start, units, speaker)
        if accuser is None or set(accuser) & set(e.source):
            continue
        roles = Roles(accuser, e.source, e.evidence)
        lo, hi = e.anchor
        return [*events, make(EventType.ACCUSE, "disapprove", roles, Polarity.ASSERTED, lo, hi, text[lo:hi])]
    return list(events)


def settled(
    text: str,
    events: Sequence[Event],
    units: Sequence[Unit],
    speaker: str | None,
    make: Make,
) -> list[Event]:
    """``events`` with the module's families settled (see the module)."""
    if not text or len(text) > _MAX_CHARS:
        return list(events)
    out = asked_sides_named(events, units) if events else []
    out = talks_urged(text, out, units, speaker, make)
    out = violations_charged(text, out, units, speaker, make)
    return forces_blamed(text, out, units, speaker, make)
