"""More of the warning and signal family (s32-cautions2): intent signalled, intimidation refused, abuse warned.

* **An intention signalled.** "Ankara signalled its intention to visit Moscow", "the Kremlin has signaled
  its intentions to leave the accord": a side that signals (or has signalled) its intention to do something
  tells that act as its own future act, not a threat. The clause is read once more as "X will <act>" and,
  when that reading gives a consultation, a sanction (leaving, suspending or de-ratifying a treaty,
  penalties), a retreat or a concession by the signaller (a consultation only when it is a trip or a
  meeting), those events (polarity future) replace the
  THREATEN or AGREE read from the signal words (:func:`intent_signalled`); an intended act that names no
  side it is aimed at ("to leave the accord") is left as read, its other side unknown here. Hostile intended acts (strikes,
  attacks, deployments) keep the THREATEN they have by convention, and other stated intent ("intention to
  continue the dialogue") keeps its AGREE.
* **Intimidation refused.** "The Alliance will not be intimidated by Moscow's nuclear signalling and will
  keep defending its soil": the threat told is the intimidator's; the refusing side's resolve in the same
  sentence is no THREATEN of its own aimed back at the intimidator, so such a THREATEN (source the refusing
  side, aimed only at the intimidator or at no one) is dropped (:func:`intimidation_refused`).
* **Abuse warned.** "Berlin warned that online platforms are being exploited by Moscow to spread lies": the
  warner charges the one said to exploit the platforms (ACCUSE allege, warner -> exploiter, or -> the
  platforms' holder when no exploiter is named); an ACCUSE of the clause aimed back at the warner is the
  sides swapped and is replaced (:func:`abuse_warned`).

:func:`settled` runs the readings on a sentence's final events; each returns a new list and never raises.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import Token, norms_of, words
from detente.coding.roleparts import Make, Roles

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.units import Unit

__all__ = ["abuse_warned", "intent_signalled", "intimidation_refused", "settled"]

_MAX_TEXT = 2000
Reread = Callable[[str], "list[Event]"]

_SIGNAL_WORDS = words("signalled signaled signals signal signalling signaling")
_INTIMIDATED_WORDS = words("intimidated cowed")
_EXPLOIT_WORDS = words(
    "exploited used abused misused weaponised weaponized manipulated hijacked instrumentalised instrumentalized"
)
_WARN_WORDS = words("warned warns warn warning cautioned cautions cautioning alerted said says stressed")

_CUT = re.compile(r"[;:\u2014]|\.\s|,\s+(?:but|while|whereas|although)\b|\?")
_NOT = re.compile(r"\b(?:not|never|n['\u2019]t|no\s+longer)\b", re.IGNORECASE)


def settled(
    text: str,
    tokens: Sequence[Token],
    units: Sequence[Unit],
    events: Sequence[Event],
    make: Make,
    reread: Reread | None = None,
) -> list[Event]:
    """``events`` with the readings of the module's note applied, in order; ``make`` finishes an event."""
    if not text or len(text) > _MAX_TEXT:
        return list(events)
    norms = norms_of(tokens)  # (shared by the sentence's readers, s34-speed3)
    out = list(events)
    if (
        reread is not None
        and not _SIGNAL_WORDS.isdisjoint(norms)
        and ("intention" in norms or "intentions" in norms)
    ):
        out = intent_signalled(text, units, out, reread)
    if not _INTIMIDATED_WORDS.isdisjoint(norms) and any(e.event is EventType.THREATEN for e in out):
        out = intimidation_refused(text, units, out)
    if "being" in norms and not _EXPLOIT_WORDS.isdisjoint(norms) and not _WARN_WORDS.isdisjoint(norms):
        out = abuse_warned(text, units, out, make)
    return out


def _coded(units: Sequence[Unit]) -> list[Unit]:
    return [u for u in units if u.code and not u.locative]


def _clause_floor(text: str, at: int) -> int:
    cuts = [m.end() for m in _CUT.finditer(text, 0, at)]
    return cuts[-1] if cuts else 0


def _clause_end(text: str, at: int) -> int:
    m = _CUT.search(text, at)
    return m.start() if m else len(text)


def _subject(text: str, units: Sequence[Unit], at: int) -> tuple[str, int] | None:
    """The code of the first coded state or body of the clause before ``at``, and where it starts."""
    floor = _clause_floor(text, at)
    before = [u for u in _coded(units) if floor <= u.start and u.end <= at]
    if not before or not (before[0].code or "").isupper():
        return None
    return before[0].code or "", before[0].start


# --- an intention signalled ----------------------------------------------------------------------------------
_SIGNALLED = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:also\s+|already\s+|repeatedly\s+|clearly\s+)?)?"
    r"(?:signall?ed|signals|signal)\s+(?:(?:his|her|its|their|the)\s+)?(?:\w+\s+)?intentions?\s+to\b",
    re.IGNORECASE,
)
_INTENDED = frozenset({EventType.CONSULT, EventType.SANCTION, EventType.RETREAT, EventType.CONCEDE})
_TRIP = re.compile(r"\b(?:visit|travel|go|come|fly|meet|host|receive)", re.IGNORECASE)
"""A consultation that is a trip or a meeting: an intention to keep talking stays a stated intent (AGREE)."""
_SINCE = re.compile(
    r"\s+(?:since|after|before|because|amid|following|until|when|while|as)\b|,", re.IGNORECASE
)
"""Where the intended act's own words end: a time or reason clause after it names no side of the act."""
_FROM_SIGNAL = frozenset({EventType.THREATEN, EventType.AGREE})


def intent_signalled(
    text: str, units: Sequence[Unit], events: Sequence[Event], reread: Reread
) -> list[Event]:
    """``events`` with the act a side signals its intention to do coded as its future act (see the note)."""
    m = _SIGNALLED.search(text)
    if m is None or text.rstrip().endswith("?") or _NOT.search(text, max(0, m.start() - 12), m.start()):
        return list(events)
    who = _subject(text, units, m.start())
    if who is None:
        return list(events)
    sayer = who[0]
    end = _clause_end(text, m.end())
    since = _SINCE.search(text, m.end(), end)
    end = since.start() if since else end
    head, tail = text[: m.start()], text[m.end() : end]
    reading = f"{head}will{tail}"
    delta = (m.end() - m.start()) - len("will")
    cut = m.start() + len("will")

    def where(a: int, b: int) -> tuple[int, int]:
        return (a if a < cut else a + delta, b if b <= cut else b + delta)

    found = reread(reading)
    acts = [
        dataclasses.replace(e, polarity=Polarity.FUTURE, evidence=where(*e.evidence), anchor=where(*e.anchor))
        for e in found
        if e.event in _INTENDED
        and sayer in e.source
        and e.polarity in (Polarity.FUTURE, Polarity.ASSERTED)
        and (e.event is not EventType.CONSULT or _TRIP.search(reading, e.anchor[0], e.anchor[1] + 1))
    ]
    acts = [e for e in acts if m.start() <= e.anchor[0] < end and e.target]
    if not acts:
        if any(e.event in _HOSTILE and sayer in e.source for e in found):
            return [_as_threat(e) if _signal_agree(e, sayer, m.start(), end) else e for e in events]
        return list(events)
    kept = [
        e
        for e in events
        if not (e.event in _FROM_SIGNAL | _INTENDED and sayer in e.source and m.start() <= e.anchor[0] < end)
    ]
    return kept + acts


_HOSTILE = frozenset({EventType.THREATEN, EventType.ASSAULT, EventType.COERCE})


def _signal_agree(e: Event, sayer: str, start: int, end: int) -> bool:
    return (
        e.event is EventType.AGREE
        and e.polarity is Polarity.ASSERTED
        and sayer in e.source
        and start <= e.anchor[0] < end
    )


def _as_threat(e: Event) -> Event:
    return dataclasses.replace(e, event=EventType.THREATEN, mode="")


# --- intimidation refused ------------------------------------------------------------------------------------
_REFUSED = re.compile(
    r"\b(?:(?:will|would|shall|must)\s+(?:not|never)|won['\u2019]t|refuses?\s+to|refused\s+to|cannot|can['\u2019]t)"
    r"\s+be\s+(?:intimidated|cowed)\s+by\b",
    re.IGNORECASE,
)


def intimidation_refused(text: str, units: Sequence[Unit], events: Sequence[Event]) -> list[Event]:
    """``events`` without a THREATEN by the side that will not be intimidated aimed back at the intimidator
    (see the module's note)."""
    m = _REFUSED.search(text)
    if m is None:
        return list(events)
    who = _subject(text, units, m.start())
    if who is None:
        return list(events)
    refuser = who[0]
    end = _clause_end(text, m.end())
    after = [u for u in _coded(units) if m.end() <= u.start < min(end, m.end() + 40)]
    if not after or after[0].code == refuser:
        return list(events)
    intimidator = after[0].code or ""
    return [
        e
        for e in events
        if not (
            e.event is EventType.THREATEN
            and e.source == (refuser,)
            and set(e.target) <= {intimidator}
            and e.anchor[0] >= m.start()
        )
    ]


# --- abuse warned --------------------------------------------------------------------------------------------
_WARN = re.compile(
    r"\b(?:warned|warns|warn|warning|cautioned|cautions|cautioning|alerted|said|says|stressed)\s+(?:that\s+)?",
    re.IGNORECASE,
)
_BEING = re.compile(
    r"\s*(?:are|is|were|was|have\s+been|has\s+been)\s+(?:\w+ly\s+)?being\s+(?:\w+ly\s+)?"
    r"(?:exploited|used|abused|misused|weaponi[sz]ed|manipulated|hijacked|instrumentali[sz]ed)\b"
    r"(?:\s+by\b)?",
    re.IGNORECASE,
)
_PLATFORM = re.compile(
    r"\b(?:platforms?|networks?|media|apps?|websites?|channels?|messengers?|outlets?)\s*$", re.IGNORECASE
)


def abuse_warned(text: str, units: Sequence[Unit], events: Sequence[Event], make: Make) -> list[Event]:
    """``events`` with an ACCUSE (allege) by a side warning that platforms are being exploited, aimed at
    the exploiter, instead of an ACCUSE of the clause aimed back at the warner (see the module's note)."""
    if text.rstrip().endswith("?"):
        return list(events)
    coded = _coded(units)
    for verb in _WARN.finditer(text):
        who = _subject(text, units, verb.start())
        if who is None or _NOT.search(text, max(0, verb.start() - 20), verb.start()):
            continue
        warner, warner_start = who
        end = _clause_end(text, verb.end())
        for b in re.finditer(r"\s+(?:are|is|were|was|have|has)\b", text[:end]):
            if b.start() < verb.end() or b.start() - verb.end() > 80:
                continue
            being = _BEING.match(text, b.start())
            if being is None or not _PLATFORM.search(text, verb.end(), b.start()):
                continue
            if _NOT.search(text, b.start(), being.end()):
                return list(events)
            subject = [u for u in coded if verb.end() <= u.start and u.end <= b.start()]
            if being.group(0).rstrip().lower().endswith("by"):
                agents = [u for u in coded if being.end() <= u.start < being.end() + 25]
                target = agents[0].code if agents and agents[0].code != warner else None
            else:
                target = subject[-1].code if subject and subject[-1].code != warner else None
            aims = (target,) if target else ()
            out = [
                e
                for e in events
                if not (
                    e.event is EventType.ACCUSE
                    and ((warner in e.target and warner not in e.source) or not e.source)
                    and verb.end() <= e.anchor[0] < end
                )
            ]
            if any(
                e.event is EventType.ACCUSE and warner in e.source and set(aims) <= set(e.target) for e in out
            ):
                return out
            roles = Roles((warner,), aims, (warner_start, end))
            verb_end = verb.start() + len(verb.group(0).rstrip())
            event = make(
                EventType.ACCUSE,
                "allege",
                roles,
                Polarity.ASSERTED,
                verb.start(),
                verb_end,
                text[verb.start() : verb_end],
            )
            return [*out, event]
    return list(events)
