"""Blame told by argument in a state speaker's own words (session 38, helper argue, tag s38-argue).

Russian officials speaking of NATO and the West often blame without a verb of blame: by a contrast ("it
was not us who began it but the Americans"), by a complaint of not being heard ("they did not hear us",
"nobody listened to us"), by a charge of neglect ("they ignored our concerns"), of creeping expansion
("the Alliance expanded, moving its infrastructure closer to our borders"), of deceit ("they deceived
us", "NATO broke its promise") or by a question the speaker answers ("Who withdrew from the ABM Treaty?
The United States."). Each is ACCUSE/disapprove by the speaker at the side blamed.

Read after the other readers (the hook sits just before ``targets3.settled`` in
:func:`detente.coding.coder._code_sentence_events`), only for a state speaker (an upper-case code) and
only when no ACCUSE by the speaker at that side is read yet. The side blamed is the coded actor mention
(name or resolved pronoun) that the wording points at; with none, nothing is added, except for "they did
not hear us" (a pronoun the document left unresolved gives no target, as for a breach charged in
:mod:`detente.coding.s38kn10`) and "nobody listened to us", where a lone other side named in the sentence
is taken and else no target is given.
A reading whose sentence already carries a MOBILIZE (troops moved to a border are a deployment, not a
charge) or a REJECT by the speaker (refusal is the act told) is left alone.

Each test is a regular expression after a cheap substring gate. Nothing here raises.
"""

from __future__ import annotations

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

__all__ = ["blame_target", "settled"]

_LOG = logging.getLogger(__name__)
_MAX_CHARS = 2000

_SELF = r"(?:us|we|Russia|the\s+Russian\s+(?:side|Federation))"
_NOT_US_BUT = re.compile(
    rf"\bnot\s+{_SELF}\s*,?\s+(?:who\s+[^,.;!?]{{1,80}}?\s*,?\s*|that\s+[^,.;!?]{{1,80}}?\s*,?\s*)?"
    r"but\s+(?:rather\s+)?",
    re.IGNORECASE,
)
_NOT_HEARD = re.compile(
    r"\b(they|he|she|our\s+(?:\w+\s+)?(?:partners|colleagues)|[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,3})\s+(?:had\s+|have\s+|has\s+|did\s+|do\s+|does\s+|"
    r"would\s+|simply\s+|just\s+)*(?:not|never|n[’']t)\s+(?:\w+\s+)?"
    r"(?:hear|heard|listen|listened|want(?:ed)?\s+to\s+(?:hear|listen))\s+(?:to\s+)?us\b",
)
_NOBODY = re.compile(
    r"\b(?:nobody|no\s+one|no-one)\s+(?:\w+\s+){0,2}?(?:listened|listens|heard|hears|"
    r"wanted\s+to\s+(?:listen|hear)|paid\s+(?:any\s+)?(?:attention|heed))\s+(?:to\s+)?us\b",
    re.IGNORECASE,
)
_IGNORED = re.compile(
    r"\b(?:have\s+|has\s+|had\s+)?(?:simply\s+|completely\s+|just\s+)?"
    r"(?:ignored|disregarded|brushed\s+aside|dismissed|(?:are|were|keep|kept)\s+ignoring)\s+"
    r"(?:all\s+)?(?:of\s+)?our\s+(?:\w+\s+)?(?:concerns|interests|proposals|warnings|objections|"
    r"arguments|initiatives)\b",
    re.IGNORECASE,
)
_BORDERS = re.compile(
    r"\b(?:closer|right\s+up|up|nearer)\s+to\s+(?:our|Russia[’']s|the\s+Russian)\s+(?:\w+\s+)?borders?\b",
    re.IGNORECASE,
)
_SPREAD = re.compile(r"\b(?:expan\w*|enlarg\w*|infrastructure|advanc\w*)\b", re.IGNORECASE)
_DECEIVED = re.compile(
    r"\b(?:deceived|cheated|lied\s+to|fooled|duped|tricked|misled)\s+us\b|"
    r"\b(?:broke|broken|betrayed|went\s+back\s+on|reneged\s+on)\s+(?:\w+\s+)?(?:its|their|his|her|the)\s+"
    r"(?:\w+\s+)?(?:promises?|word|pledges?)\b",
    re.IGNORECASE,
)
_WHO_DID = re.compile(
    r"\bWho\s+(?:withdrew|pulled\s+out|walked\s+out|left|started|began|broke|violated|expanded|bombed|"
    r"destroyed|tore\s+up|unleashed)\b[^?]{3,120}\?\s*(?:It\s+was\s+)?",
)
_HEDGE = re.compile(
    r"\b(?:(?<!\bas\s)if|unless|should|whether|would\s+not|never\s+have)\s+[^,;.]*$", re.IGNORECASE
)


def _coded(units: Sequence[Unit], speaker: str, lo: int, hi: int) -> list[str]:
    """Codes of the actor mentions other than the speaker starting in ``[lo, hi)``, in text order."""
    return [u.code for u in units if lo <= u.start < hi and u.code and u.code != speaker]


def _us_is_speaker(units: Sequence[Unit], speaker: str, lo: int, hi: int) -> bool:
    """No "us"/"we" mention in ``[lo, hi)`` resolves to a side other than the speaker."""
    return not any(
        lo <= u.start < hi and u.code and u.code != speaker and u.text.lower() in {"us", "we", "our"}
        for u in units
    )


def _subject_before(units: Sequence[Unit], speaker: str, text: str, at: int) -> str | None:
    """The code of the last actor mention in the clause before ``at`` (no clause break between)."""
    cut = max(text.rfind(c, 0, at) for c in ".;:!?")
    found = _coded(units, speaker, cut + 1, at)
    return found[-1] if found else None


def blame_target(text: str, units: Sequence[Unit], speaker: str) -> tuple[tuple[str, ...], int, int] | None:
    """The side blamed by an argument of this module and the span of the wording, or None."""
    low = lower_text(text)  # (s39-speed: the sentence lowered once for all readers)
    if " but " in low and "not " in low:
        m = _NOT_US_BUT.search(text)
        if m is not None:
            after = _coded(units, speaker, m.end(), m.end() + 40)
            if after:
                return (after[0],), m.start(), m.end()
    if "us" in low and ("hear" in low or "listen" in low or "heed" in low or "attention" in low):
        m = _NOT_HEARD.search(text)
        if (
            m is not None
            and not _HEDGE.search(text, 0, m.start())
            and _us_is_speaker(units, speaker, m.start(), m.end())
        ):
            who = _coded(units, speaker, m.start(1), m.end(1))
            if who or m.group(1).lower() in {"they", "he", "she"} or m.group(1).startswith("our"):
                return tuple(who[:1]), m.start(), m.end()
        m = _NOBODY.search(text)
        if m is not None and not _HEDGE.search(text, 0, m.start()):
            sides = sorted(set(_coded(units, speaker, 0, len(text))))
            return (tuple(sides) if len(sides) == 1 else ()), m.start(), m.end()
    if "our " in low and ("ignor" in low or "disregard" in low or "aside" in low or "dismissed" in low):
        m = _IGNORED.search(text)
        if m is not None and not _HEDGE.search(text, 0, m.start()):
            blamed = _subject_before(units, speaker, text, m.start())
            if blamed:
                return (blamed,), m.start(), m.end()
    if "border" in low and _SPREAD.search(text):
        m = _BORDERS.search(text)
        if m is not None and not _HEDGE.search(text, 0, m.start()):
            blamed = _subject_before(units, speaker, text, m.start())
            if blamed:
                return (blamed,), m.start(), m.end()
    if "us" in low or "promise" in low or "pledge" in low or "word" in low:
        m = _DECEIVED.search(text)
        if m is not None and not _HEDGE.search(text, 0, m.start()):
            blamed = _subject_before(units, speaker, text, m.start())
            if blamed:
                return (blamed,), m.start(), m.end()
    if "who " in low and "?" in text:
        m = _WHO_DID.search(text)
        if m is not None:
            after = _coded(units, speaker, m.end(), m.end() + 30)
            if after:
                return (after[0],), m.start(), m.end()
    return None


def settled(
    text: str,
    events: list[Event],
    units: Sequence[Unit],
    speaker: str | None,
    make: Make,
) -> list[Event]:
    """``events`` with an ACCUSE/disapprove added for blame told by argument (see the module docstring)."""
    if not text or len(text) > _MAX_CHARS or not speaker or not speaker.isupper():
        return events
    try:
        if any(
            e.event is EventType.MOBILIZE or (e.event is EventType.REJECT and speaker in e.source)
            for e in events
        ):
            return events
        found = blame_target(text, units, speaker)
        if found is None:
            return events
        target, start, end = found
        if any(
            e.event is EventType.ACCUSE
            and speaker in e.source
            and (not target or set(target) & set(e.target))
            for e in events
        ):
            return events
        roles = Roles((speaker,), target, (start, end))
        accuse = make(EventType.ACCUSE, "disapprove", roles, Polarity.ASSERTED, start, end, text[start:end])
        return [*events, accuse]
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as err:  # pragma: no cover
        _LOG.warning("s38argue: left the events unchanged: %s", err)
        return events
