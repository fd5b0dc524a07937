"""Kremlin argument wording of session 38 (helper kn10, tag s38-kn10), written from the read set
``kremlin-nato-10``: a speaker's case against another side told in interviews and board speeches.

Read after the other readers (the hook sits just before ``targets3.settled`` in
:func:`detente.coding.coder._code_sentence_events`):

- **A request to refrain** (:func:`asked_not_to`). "We asked the Americans not to leave the treaty": the
  "not" belongs to what was asked, so the REQUEST is asserted, not negated (unless the asking itself is
  denied: "we did not ask them to ...").
- **A breach charged to a pronoun** (:func:`breach_charged`). "They are directly violating the treaty":
  ACCUSE/allege by the speaker at the side the pronoun stands for (its code when the document resolved it,
  else no target), when no ACCUSE by the speaker is read yet. Only for a state speaker and a subject
  pronoun right before the breach verb.
- **A treaty exit recounted as a grievance** (:func:`exit_recounted`). "It is a response to Washington's
  unilateral withdrawal from the ABM Treaty in 2002", "the race in arms started once Washington left
  the ABM Treaty": a withdrawal dated years before the text, or told inside a "when"/"since" clause
  or as the cause of what followed, is background a speaker cites as blame; the SANCTION becomes ACCUSE/disapprove by
  the speaker at the one who withdrew.

Each test is a regular expression after a cheap substring gate. Nothing here raises.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType, Polarity
from detente.coding.roleparts import Make, Roles
from detente.coding.text import lower_text

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.units import Unit

__all__ = ["asked_not_to", "breach_charged", "exit_recounted", "settled"]

_LOG = logging.getLogger(__name__)
_MAX_CHARS = 4000

_ASKED_NOT_TO = re.compile(
    r"\b(?:asked|urged|requested|begged|implored|called\s+on|called\s+upon|appealed\s+to)\s+"
    r"(?:[\w’'.-]+\s+){0,5}?not\s+to\s+\w+",
    re.IGNORECASE,
)
_ASKING_DENIED = re.compile(
    r"\b(?:not|never|n[’']t)\s+(?:\w+\s+)?(?:ask|urge|request|beg|call|appeal)", re.IGNORECASE
)


_WE_ASKED = re.compile(r"\b(?:we|I)\s+(?:\w+ly\s+|also\s+|then\s+|had\s+|have\s+){0,2}$", re.IGNORECASE)


def asked_not_to(
    text: str,
    events: list[Event],
    units: Sequence[Unit] = (),
    speaker: str | None = None,
    make: Make | None = None,
) -> list[Event]:
    """A negated REQUEST told as "asked X not to ...": the request itself was made (asserted). With no
    REQUEST read, a state speaker's "we asked them not to ..." is its REQUEST/change at the side the
    pronoun stands for (no target when unresolved)."""
    m = _ASKED_NOT_TO.search(text)
    if m is None or _ASKING_DENIED.search(text, 0, m.start() + 12):
        return events
    if (
        make is not None
        and speaker
        and not speaker.islower()
        and not any(e.event is EventType.REQUEST for e in events)
        and _WE_ASKED.search(text, 0, m.start())
    ):
        asked = next((u for u in units if m.start() < u.start < m.end() and u.code), None)
        target = (asked.code or "",) if asked is not None and asked.code != speaker else ()
        roles = Roles((speaker,), target, (m.start(), m.end()))
        return [
            *events,
            make(EventType.REQUEST, "change", roles, Polarity.ASSERTED, m.start(), m.end(), m.group(0)),
        ]
    return [
        dataclasses.replace(e, polarity=Polarity.ASSERTED)
        if e.event is EventType.REQUEST and e.polarity is Polarity.NEGATED
        else e
        for e in events
    ]


_BREACH = re.compile(
    r"\b(they|he|she)\s+(?:are|is|were|was|have\s+been|has\s+been)\s+"
    r"(?:\w+ly\s+)?(?:violating|breaching|breaking|flouting)\s+(?:the|this|that|their|its)\s+"
    r"(?:treaty|agreement|accords?|commitments?|obligations?|memorandum|charter)\b",
    re.IGNORECASE,
)


def breach_charged(
    text: str, events: list[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """ACCUSE/allege by a state speaker at the side a subject pronoun stands for, for a stated breach."""
    if not speaker or speaker.islower():
        return events
    if any(e.event is EventType.ACCUSE and speaker in e.source for e in events):
        return events
    m = _BREACH.search(text)
    if m is None:
        return events
    pron = next((u for u in units if u.start == m.start(1) and u.code), None)
    target: tuple[str, ...] = ()
    if pron is not None and pron.code != speaker:
        target = (pron.code or "",)
    roles = Roles((speaker,), target, (m.start(), m.end()))
    return [
        *events,
        make(EventType.ACCUSE, "allege", roles, Polarity.ASSERTED, m.start(), m.end(), m.group(0)),
    ]


_EXIT = re.compile(
    r"\b(?:withdrawal|withdrew|withdrawn|pulled\s+out|pull-?out|exit(?:ed)?|walked\s+out)\b[^.;]{0,40}?"
    r"\b(?:treaty|agreement|accord|deal)\b",
    re.IGNORECASE,
)
_GRIEVANCE = re.compile(
    r"\b(?:when|since|after|once)\s+(?:the\s+)?(?:\w+\s+){0,3}"
    r"(?:withdrew|pulled\s+out|walked\s+out|exited|left)\b|\bresponse\s+to\b|\bbegan\b|\bstarted\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")


def exit_recounted(
    text: str, events: list[Event], speaker: str | None, date: dt.date | None, make: Make
) -> list[Event]:
    """A treaty SANCTION by another side, told as cited background, becomes the speaker's ACCUSE."""
    if not speaker or speaker.islower() or _EXIT.search(text) is None:
        return events
    years = [int(y) for y in _YEAR.findall(text)]
    old = bool(date and years and max(years) <= date.year - 2)
    if not old and _GRIEVANCE.search(text) is None:
        return events
    out: list[Event] = []
    for e in events:
        if (
            e.event is EventType.SANCTION
            and e.polarity is Polarity.ASSERTED
            and e.source
            and speaker not in e.source
        ):
            start, end = e.anchor
            roles = Roles((speaker,), tuple(e.source), e.evidence)
            accuse = make(
                EventType.ACCUSE, "disapprove", roles, Polarity.ASSERTED, start, end, text[start:end]
            )
            if not any(x.event is EventType.ACCUSE and x.target == accuse.target for x in [*out, *events]):
                out.append(accuse)
            continue
        out.append(e)
    return out


def settled(
    text: str,
    events: list[Event],
    units: Sequence[Unit],
    speaker: str | None,
    make: Make,
    date: dt.date | None = None,
) -> list[Event]:
    """``events`` with this module's three readings applied (see the module docstring)."""
    if not text or len(text) > _MAX_CHARS:
        return events
    try:
        low = lower_text(text)  # (s39-speed: the sentence lowered once for all readers)
        out = events
        if "not to" in low:
            out = asked_not_to(text, out, units, speaker, make)
        if "violat" in low or "breach" in low or "breaking" in low or "flouting" in low:
            out = breach_charged(text, out, units, speaker, make)
        if out and ("withdr" in low or "pull" in low or "exit" in low or "walked out" in low):
            out = exit_recounted(text, out, speaker, date, make)
        return out
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as err:  # pragma: no cover
        _LOG.warning("s38kn10: left the events unchanged: %s", err)
        return events
