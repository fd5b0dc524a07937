"""Kremlin recall of session 39 (helper krecall, tag s39-krecall): what a speaker wants another side to do,
told in transcript answers.

Read after the other readers (the hook sits just before ``targets3.settled`` in
:func:`detente.coding.coder._code_sentence_events`). The coder reads "we want X to ..." and "I would like X
to ..." with the side right after the verb; answers in interviews and press conferences put more words there:

- **A want with the wanted named at length** (:func:`wants_told`). "I want Washington, the US
  establishment and Congress to drop this", "We would very much like our American colleagues to come back
  to the table": a state speaker's "I/we want/would like/wish" followed by nothing but the sides it names
  (their titles and the words "partners", "colleagues", "elite", "leadership" ...) and "to" + a verb is
  the speaker's REQUEST at those sides.
- **A want told as a cleft** (:func:`wants_told`). "What we want is for the alliance to stop ...", "All I
  want is that Washington hears us": a side named right after "is for/that" is asked.

Neither fires when a REQUEST is read already, when the want is denied ("we do not want ..."), when the words
between the verb and "to" name anything but sides ("I want the situation in X to calm down"), or when the
one wanted is the speaker. Each test is a regular expression after a cheap substring gate. Nothing here
raises.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType, Polarity
from detente.coding.roleparts import Roles

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.roleparts import Make
    from detente.coding.units import Unit

__all__ = ["settled", "wants_told"]

_LOG = logging.getLogger(__name__)
_MAX_CHARS = 4000

_WANT = re.compile(
    r"\b(?:I|we)(?:\s+|(?=['’]))(?:(?:really|just|also|simply|sincerely|truly|do)\s+){0,2}"
    r"(?:(?:would|'d|’d)\s+(?:(?:very\s+much|really|also|just|so\s+much)\s+)?like|want|wanted|wish)\s+",
    re.IGNORECASE,
)
_TO_VERB = re.compile(r"\s*,?\s+to\s+(?!the\b|a\b|an\b|our\b|us\b|me\b|them\b)[a-z]+\b")
_OBJECT_GLUE = re.compile(
    r"^(?:[\s,]|\b(?:the|our|my|their|its|all|and|also|both|in|particular|especially|of|course|above|"
    r"partners?|colleagues?|friends?|counterparts?|elites?|establishment|authorities|leadership|"
    r"leaders?|administration|government|side|political|class|ruling|circles|allies)\b)*$",
    re.IGNORECASE,
)
_CLEFT = re.compile(
    r"\b(?:what|all)\s+(?:I|we)\s+(?:(?:really|just|would|do)\s+)?(?:want|wanted|would\s+like|wish)\s+"
    r"(?:[–—-][^–—.]{0,80}[–—-]\s+|,[^,.]{0,80},\s+)?is\s+(?:for|that)\s+",
    re.IGNORECASE,
)
_DENIED = re.compile(r"\b(?:not|never|n[’']t|no\s+longer)\b", re.IGNORECASE)
_OBJECT_REACH = 120
"""Characters between the want and its "to" + verb."""


def _state(speaker: str | None) -> bool:
    return bool(speaker) and not str(speaker).islower()


def wants_told(
    text: str, events: list[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """The speaker's REQUEST at the sides a long-winded or cleft want names (see the module note)."""
    if not _state(speaker) or any(e.event is EventType.REQUEST for e in events):
        return events
    named = [u for u in units if u.code and u.kind != "pronoun" and not u.locative]
    for m in _WANT.finditer(text):
        if _DENIED.search(m.group(0)):
            continue
        to = _TO_VERB.search(text, m.end(), min(len(text), m.end() + _OBJECT_REACH))
        if to is None:
            continue
        inside = [u for u in named if m.end() <= u.start and u.end <= to.start()]
        if not inside:
            continue
        rest, cursor = [], m.end()
        for u in inside:
            rest.append(text[cursor : u.start])
            cursor = u.end
        rest.append(text[cursor : to.start()])
        if not all(_OBJECT_GLUE.match(part) for part in rest):
            continue
        return _asked(text, events, inside, speaker, make, (m.start(), to.end()))
    cleft = _CLEFT.search(text)
    if cleft is not None and not _DENIED.search(cleft.group(0)):
        first = next((u for u in named if u.start >= cleft.end()), None)
        if (
            first is not None
            and _OBJECT_GLUE.match(text[cleft.end() : first.start])
            and first.start - cleft.end() < 12
        ):
            return _asked(text, events, [first], speaker, make, (cleft.start(), first.end))
    return events


def _asked(
    text: str,
    events: list[Event],
    asked: Sequence[Unit],
    speaker: str | None,
    make: Make,
    span: tuple[int, int],
) -> list[Event]:
    target = tuple(dict.fromkeys(str(u.code) for u in asked if u.code != speaker))
    if not target or not speaker:
        return events
    roles = Roles((speaker,), target, span)
    start, end = span
    return [*events, make(EventType.REQUEST, "", roles, Polarity.ASSERTED, start, end, text[start:end])]


def settled(
    text: str,
    events: list[Event],
    units: Sequence[Unit],
    speaker: str | None,
    participants: Sequence[str],
    make: Make,
    date: dt.date | None = None,
) -> list[Event]:
    """``events`` with this module's readings applied (see the module docstring)."""
    del participants, date  # the hook passes them for readers of the meeting's sides
    if not text or len(text) > _MAX_CHARS:
        return events
    try:
        low = text.lower()
        if ("want" in low or "like" in low or "wish" in low) and _state(speaker):
            return wants_told(text, events, units, speaker, make)
        return events
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as err:  # pragma: no cover
        _LOG.warning("s39krecall: left the events unchanged: %s", err)
        return events
