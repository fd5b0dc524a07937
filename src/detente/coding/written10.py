"""Official NATO-Russia wording of session 32 (helper written10): acts decided on, and accreditation taken
away in the passive (examples in our own words).

- **An act decided on** (:func:`decided_act`). "Moscow decided to launch an offensive against Georgia", "the
  leadership took the decision to begin strikes on the port", "the government has decided to mount a military
  operation in the north": the decision reported as taken is the act itself (ASSAULT), as the gold reads
  "decided to halt cooperation" as the halt. The general decision readers take "decided to launch" for the
  launch of something agreed (AGREE) and "begin strikes" for a labour strike (PROTEST); inside such a phrase
  those readings become the assault (a decision no reader took up is added, by the subject or, for "I"/"we",
  the speaker, at the first other side named after the act; Russia's "special military operation" with no
  side named is aimed at Ukraine), keeping their sides and polarity (a denied or hypothetical decision
  stays denied or hypothetical). A strike is military only when its doer is a state or an organisation
  ("miners decided to begin strikes" stays a protest), and never a general, hunger or labour strike.
- **Accreditation taken away, in the passive** (:func:`accreditation_withdrawn`). "Three Russian reporters
  have had their accreditation revoked by Riga", "two envoys of Russia's mission were stripped of their
  accreditation", "our correspondents had their accreditations cancelled": SANCTION (expel) at the side that
  owns the people (the first side named in the subject, else the speaker for "our"/"we"), by the side named
  after "by", else the state the withdrawal happened in ("in Estonia"), else the sayer ("NATO said ...",
  "..., an Alliance official confirmed"), else the side that judges the people in a relative clause ("whom
  Oslo suspects of spying"), else the speaker; never by the owner itself (then no doer is
  known). The accreditation readers already read most of these; here their sides and type are settled.

Every family is a regular expression over the sentence, behind a cheap substring gate; sides come only from
the sentence's actor units, the speaker, or a saying verb's subject. :func:`settled` runs them all and never
raises.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.clauses import clause_start as _clause_start
from detente.coding.clauses import is_side as _side
from detente.coding.ontology import EventType, Polarity, derived_fields
from detente.coding.roleparts import Make, Roles
from detente.coding.roleparts import without_repeats as _unique

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.units import Unit

__all__ = ["accreditation_withdrawn", "decided_act", "settled"]

_MAX_CHARS = 2_000
"""Longer sentences are left to the other readers."""

_CLAUSE_STOP = re.compile(r"[;:!?]|\.(?:\s|$)")
_NEGATION = re.compile(r"\b(?:not|never|no|n't|nor|neither)\b", re.IGNORECASE)
_MODAL = re.compile(
    r"\b(?:may|might|could|would|should|if|unless|whether|threatened|threatens)\b", re.IGNORECASE
)
_SAYING = re.compile(
    r"\b(?:said|says|told|stated|declared|announced|confirmed|reported|noted|added|stressed)\b", re.IGNORECASE
)


# ------------------------------------------------------------------------------------------ decided acts
_DECIDED = re.compile(
    r"\b(?:(?:took|taken|takes|take|taking|made|makes|make|making)\s+(?:a|the)\s+)?(?:decid(?:e|es|ed|ing)|decision)\s+to\s+(?:conduct|launch|begin|start|carry\s+out|mount|undertake|"
    r"commence|initiate|resume)\s+(?P<gap>(?:[\w'-]+\s+){0,4}?)"
    r"(?P<act>special\s+military\s+operation|military\s+operations?|combat\s+operations?|"
    r"counter-?terrorist\s+operations?|ground\s+operations?|counter-?offensive|offensive|air\s*strikes?|"
    r"strikes?|attacks?|bombing|bombardment|invasion|assault)\b",
    re.IGNORECASE,
)
_NOT_MILITARY = re.compile(
    r"\b(?:general|hunger|labou?r|workers'?|national|nationwide|warning)\b", re.IGNORECASE
)
_RETYPED = frozenset({EventType.AGREE, EventType.PROTEST})


def decided_act(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """A decision to launch, conduct or begin an assault read as the assault (see the module)."""
    if "decid" not in text and "decision" not in text:
        return list(events)
    out = list(events)
    changed = False
    for m in _DECIDED.finditer(text):
        if _NOT_MILITARY.search(m.group("gap")):
            continue
        strike = m.group("act").lower().startswith(("strike", "attack"))
        hit = [k for k, e in enumerate(out) if e.event in _RETYPED and m.start() <= e.anchor[0] < m.end()]
        for k in hit:
            e = out[k]
            if strike and not any(_side(c) for c in e.source):
                continue
            out[k] = dataclasses.replace(
                e, event=EventType.ASSAULT, mode="", derived=derived_fields(EventType.ASSAULT, "")
            )
            changed = True
        if not hit and not _NOT_ANCHORED_ALONE.search(text, _clause_start(text, m.start()), m.start()):
            made = _new_assault(text, out, units, speaker, make, m)
            if made is not None:
                out.append(made)
                changed = True
    return _unique(out) if changed else out


_NOT_ANCHORED_ALONE = re.compile(
    r"\b(?:not|never|no|n't|nor|neither|may|might|could|would|should|if|unless|whether|will|shall|can)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:I|we|We)\b")


def _new_assault(
    text: str,
    events: Sequence[Event],
    units: Sequence[Unit],
    speaker: str | None,
    make: Make,
    m: re.Match[str],
) -> Event | None:
    """The decided assault no reader took up: by the subject (the speaker for "I"/"we") at the first other
    side named after the act in its clause; none when the doer is unknown or already assaults."""
    lo = _clause_start(text, m.start())
    for s in _SAYING.finditer(text, lo, m.start()):
        lo = s.end()
    doer = _first_side(units, lo, m.start())
    if doer is None and speaker and _FIRST_PERSON.search(text, lo, m.start()):
        doer = speaker
    if doer is None or any(e.event is EventType.ASSAULT and doer in e.source for e in events):
        return None
    if m.group("act").lower().startswith(("strike", "attack")) and not _side(doer):
        return None
    end = _CLAUSE_STOP.search(text, m.end())
    hi = end.start() if end is not None else len(text)
    target = next(
        (u.code for u in units if m.end() <= u.start and u.end <= hi and _side(u.code) and u.code != doer),
        None,
    )
    if target is None and doer == "RUS" and m.group("act").lower().startswith("special"):
        target = "UKR"  # the name Russia's leaders give the war on Ukraine, with no side named
    roles = Roles((doer,), (target,) if target else (), (m.start(), m.end()))
    return make(EventType.ASSAULT, "", roles, Polarity.ASSERTED, m.start(), m.end(), "decided assault")


# -------------------------------------------------------------------------------- accreditation withdrawn
_TAKEN = r"(?:withdrawn|revoked|cancell?ed|suspended|annulled|removed|stripped|taken\s+away)"
_ACCREDITATION = re.compile(
    r"\b(?:(?:have|has|had|having|get|gets|got)\s+(?:(?:their|his|her|its)\s+)?accreditations?\s+"
    + _TAKEN
    + r"|(?:were|was|be|been|being|are|is)\s+(?:stripped|deprived)\s+of\s+(?:(?:their|his|her|its)\s+)?"
    r"accreditations?|(?:their|his|her)\s+accreditations?\s+(?:was|were|has\s+been|have\s+been|had\s+been|"
    r"will\s+be|is\s+being|are\s+being)\s+" + _TAKEN + r")\b",
    re.IGNORECASE,
)
_BY_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?by\s+", re.IGNORECASE)
_IN_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?in\s+", re.IGNORECASE)
_TRAILING_SAYER = re.compile(r",\s*(?P<who>[^,.;]{1,80}?)\s+(?:said|confirmed|announced|stated|reported)\b")
_JUDGE = re.compile(
    r"\b(?:whom|who|which)\s+(?:[\w'-]+\s+){1,4}?(?P<verb>believes?|believed|considers?|considered|suspects?|"
    r"suspected|regards?|regarded|deems?|deemed|identified|found)\b",
    re.IGNORECASE,
)
_OURS = re.compile(r"\b(?:our|we)\b", re.IGNORECASE)


def _first_side(units: Sequence[Unit], lo: int, hi: int, *, locative: bool | None = False) -> str | None:
    for u in units:
        if lo <= u.start and u.end <= hi and _side(u.code) and (locative is None or u.locative == locative):
            return u.code
    return None


def _doer(text: str, units: Sequence[Unit], m: re.Match[str], speaker: str | None) -> str | None:
    by = _BY_AFTER.match(text, m.end())
    if by is not None:
        found = _first_side(units, by.end(), min(len(text), by.end() + 60), locative=None)
        if found:
            return found
    where = _IN_AFTER.match(text, m.end())
    if where is not None:
        found = _first_side(units, where.start(), min(len(text), where.end() + 40), locative=None)
        if found:
            return found
    said = None
    for s in _SAYING.finditer(text, _clause_start(text, m.start()), m.start()):
        said = s
    if said is not None:
        found = _first_side(units, _clause_start(text, said.start()), said.start())
        if found:
            return found
    judged = _JUDGE.search(text, _clause_start(text, m.start()), m.start())
    if judged is not None:
        found = _first_side(units, judged.start(), judged.start("verb"))
        if found:
            return found
    trail = _TRAILING_SAYER.search(text, m.end())
    if trail is not None:
        found = _first_side(units, trail.start("who"), trail.end("who"), locative=None)
        if found:
            return found
    return speaker


def accreditation_withdrawn(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """People who "had their accreditation withdrawn": SANCTION at their owners by the doer (see the module)."""
    if "ccreditation" not in text:
        return list(events)
    m = _ACCREDITATION.search(text)
    if m is None:
        return list(events)
    lo = _clause_start(text, m.start())
    floor = lo
    for s in _SAYING.finditer(text, lo, m.start()):
        floor = s.end()
    owner = _first_side(units, floor, m.start())
    if owner is None and speaker and _OURS.search(text, floor, m.start()):
        owner = speaker
    if owner is None:
        return list(events)
    doer = _doer(text, units, m, speaker)
    source: tuple[str, ...] = (doer,) if doer and doer != owner else ()
    out = list(events)
    hit = [
        k
        for k, e in enumerate(out)
        if e.event in (EventType.SANCTION, EventType.COERCE)
        and e.anchor[0] < m.end()
        and m.start() < e.anchor[1]
    ]
    for k in hit:
        e = out[k]
        if doer is None:  # nothing names the doer: the reading's own, unless it is the owner
            source = tuple(c for c in e.source if c != owner)
        mode = "expel"
        out[k] = dataclasses.replace(
            e,
            event=EventType.SANCTION,
            mode=mode,
            source=source,
            target=(owner,),
            derived=derived_fields(EventType.SANCTION, mode),
        )
    if not hit:
        if _NEGATION.search(text, lo, m.end()) or _MODAL.search(text, lo, m.end()):
            return out
        roles = Roles(source, (owner,), (m.start(), m.end()))
        out.append(
            make(EventType.SANCTION, "expel", roles, Polarity.ASSERTED, m.start(), m.end(), "accreditation")
        )
    return _unique(out)


def settled(
    text: str,
    events: Sequence[Event],
    units: Sequence[Unit],
    speaker: str | None,
    make: Make,
) -> list[Event]:
    """``events`` with the module's families settled (see the module); never raises for any text."""
    if not text or len(text) > _MAX_CHARS or not (text[:1].isalpha() or any(ch.isalpha() for ch in text)):
        return list(events)
    out = decided_act(text, events, units, speaker, make)
    return accreditation_withdrawn(text, out, units, speaker, make)
