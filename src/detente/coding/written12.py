"""Russian official wording about NATO of session 34 (helper written12, tag s34-written12): drills told in
the passive, pairs that met, council sessions, acts judged, measures mirrored, measures answered, answers
reserved, restraint pledged, our own forces and accessions (examples in our own words).

- **Drills told** (:func:`drills_told`). "The spring exercise with Armenia is being held near Yerevan", "A
  drill of the missile forces, with two launches from the north, was held this morning", "The Iron Shield
  exercise, which the Alliance will open next month, ...": MOBILIZE of the side whose exercise it is (the
  side of a "which <side> will begin" clause, else the exercise's own phrase, else the speaker when the
  sentence names no side at all), COOPERATE of that side and the partner named after "with". Future for
  "will be held"/"will begin". A denied, planned or cancelled exercise is left alone.
- **A pair that met** (:func:`pair_met`). "The delegations of Chile and Peru met in Lima": CONSULT of both
  sides, no target, unless the sentence has a meeting read already. "Meeting in Oslo, the ministers of ...
  agreed" is a time marker (the README codes only the act told at a meeting) and is left alone.
- **Council sessions** (:func:`council_sessions`). "The Permanent Joint Council resumed its sessions" is a
  meeting of NATO and Russia (CONSULT, both, no target); "sessions of the NATO-Russia Council are usually
  held twice a year" describes the body, and a meeting read from it is dropped.
- **An act judged** (:func:`act_judged`). "The decision to admit two more states is viewed in Moscow as a
  grave mistake", "Washington's move takes us back to the days of the arms race", "the arrival of Allied
  bombers so close to Pskov cannot fail to cause concern": ACCUSE (disapprove) by the sayer ("in Moscow",
  else the speaker) at the side whose act it is (the doer of an event told before the judgement, else the
  first side named before it).
- **A measure mirrored** (:func:`measure_mirrored`). "Our partners said they were leaving the accord, and we
  are leaving it too" / "... and we did the same": the speaker's copy of the measure told before, aimed at
  its doer.
- **A measure answered** (:func:`measure_answered`). "In response to the expulsion of two Russian envoys
  from Oslo, ...", "In retaliation for the expulsion of three of our consuls, we ...": the expulsion answered
  is coded too (SANCTION, expel), by the side the phrase names, else (for "our consuls") by the side the
  answer is aimed at, at the answering side. Sanctions given as the reason are not (the variants' reading).
- **An answer reserved** (:func:`answer_reserved`). "Moscow reserves the right to defend its legitimate
  interests", "such a step would force Russia to review its whole relationship with the bloc", "we will
  respond to these steps": THREATEN (relations) by the side before the words, else the speaker, at the
  other sides named (with no other side named it is no threat: "we will respond to it later"); an AGREE read from "in a way that guarantees our security" in the same words is dropped.
- **Restraint pledged** (:func:`restraint_pledged`). "We will not station such systems anywhere until
  American ones appear there": CONCEDE by the speaker (or the side named as subject) at the sides named in
  the condition.
- **Our own forces** (:func:`own_forces`). "Our armed forces struck ...", "I order the nuclear forces to be
  put on alert": the speaker's state is the doer, not a generic "military" group nor the target.
- **Accession told** (:func:`accession_told`). "Albania's accession this month brings the Alliance to ...":
  SUPPORT by the new member at NATO.
- **A summit's doer** (:func:`summit_source`). "The summit in Riga promised the two states that the Alliance
  ...": an act with no doer whose subject is a summit is NATO's when the sentence names the Alliance.
- **Troops that left** (:func:`troops_left`). "The Danish contingent has completed its mission in the port
  and left it": RETREAT (withdraw) of the troops' side (else the speaker's).
- **A return promised** (:func:`return_promised`). "We will return to the accord once our terms are met":
  AGREE, hypothetical.

Every family is a regular expression behind a cheap word gate; sides come only from the sentence's actor
units and the speaker. :func:`settled` runs them all and never raises.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from detente.coding.clauses import is_side as _side
from detente.coding.clauses import sides_between
from detente.coding.ontology import EventType, Polarity
from detente.coding.roleparts import Make, Roles
from detente.coding.roleparts import without_repeats as _unique
from detente.coding.text import lower_text
from detente.coding.wordgates import WordGates

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.units import Unit

__all__ = [
    "accession_told",
    "act_judged",
    "answer_reserved",
    "council_sessions",
    "drills_told",
    "measure_answered",
    "measure_mirrored",
    "own_forces",
    "pair_met",
    "restraint_pledged",
    "return_promised",
    "settled",
    "summit_source",
    "troops_left",
]

logger = logging.getLogger(__name__)

_MAX_CHARS = 4000
_Step = Callable[[list["Event"]], list["Event"]]
_NEGATION = re.compile(r"\b(?:not|never|no|n't|nor|without)\b", re.IGNORECASE)
_GATE = frozenset(
    {
        "exercise",
        "drill",
        "manoeuvre",
        "maneuver",
        " met",
        "council",
        "viewed",
        "seen as",
        "regarded",
        "back to",
        "concern",
        "imposed",
        "aggression",
        "ours",
        "the same",
        "likewise",
        "response to",
        "retaliation",
        "reply to",
        "reserve",
        "reconsider",
        "revise",
        "review",
        "rethink",
        "respond",
        "will not",
        "our ",
        "i order",
        "accession",
        "summit",
        "left",
        "withdrawn",
        "pulled out",
        "return",
    }
)
_GATES = WordGates()
_GATE_WORDS = _GATES.gate(_GATE)
"""(s34-speed4) :data:`_GATE` in the word gates' one scan of the sentence: ``False`` only when no word of it
is in the lower-cased text, so the substring test after it runs only where the scan found one."""


def _sides(units: Sequence[Unit], lo: int, hi: int) -> list[str]:
    """Sides (states, organisations) named between ``lo`` and ``hi`` that are not places, once each."""
    return sides_between(units, lo, hi, places=False)


def _any_side(units: Sequence[Unit]) -> bool:
    return any(_side(u.code) and not u.locative and u.kind != "pronoun" for u in units)


def _has(
    events: Sequence[Event], etype: EventType, source: Sequence[str] = (), target: Sequence[str] = ()
) -> bool:
    return any(
        e.event is etype and set(source) <= set(e.source) and set(target) <= set(e.target) for e in events
    )


def _add(
    out: list[Event],
    make: Make,
    etype: EventType,
    mode: str,
    roles: Roles,
    polarity: Polarity,
    span: tuple[int, int],
    trigger: str,
) -> None:
    made = make(etype, mode, roles, polarity, span[0], span[1], trigger)
    out.append(dataclasses.replace(made, source=roles.source, target=roles.target, polarity=polarity))


# ------------------------------------------------------------------------------------------- drills told
_DRILL = re.compile(r"\b(?:exercises?|drills?|manoeuvres|maneuvers)\b", re.IGNORECASE)
_HELD = re.compile(
    r"^[^;.?!]{0,140}?\b(?P<v>(?:is|are)\s+being\s+(?:held|conducted|staged)|(?:was|were)\s+(?:held|conducted|"
    r"staged)|will\s+be\s+(?:held|conducted|staged))\b",
    re.IGNORECASE,
)
_WHICH = re.compile(
    r"^\s*,?\s*(?:which|that)\s+(?P<who>[^,;.]{2,40}?)\s+(?P<v>will\s+(?:begin|start|open|hold|conduct|stage|"
    r"launch)|(?:is|are)\s+(?:holding|conducting|staging))\b",
    re.IGNORECASE,
)
_GAP = re.compile(
    r"^(?:(?![^,]*\b(?:meetings?|talks|conferences?|sessions?|ceremon(?:y|ies)|consultations|briefings?)\b)"
    r"(?:[^,;]{0,70}|[^,;]{0,40},[^,;]{1,90},\s*[^,;]{0,30}))$",
    re.IGNORECASE,
)
_WITH = re.compile(r"^\s+(?:jointly\s+)?with\s+(?P<who>[^,;.]{2,40})", re.IGNORECASE)
_NOT_HELD = re.compile(
    r"\b(?:plans?\s+to|planned|planning|proposed|cancell?ed|called\s+off|postponed|should|would|could|might|"
    r"may|if|unless)\b",
    re.IGNORECASE,
)
_HABIT = re.compile(
    r"\b(?:every|each|annually|usually|normally|regularly|traditionally)\b(?!\s+(?:day|one)\b)", re.IGNORECASE
)
_DRILL_KINDS = frozenset({EventType.MOBILIZE, EventType.COOPERATE})


def drills_told(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """An exercise told in the passive or in a relative clause: MOBILIZE / COOPERATE (see the module)."""
    low = lower_text(text)  # (s38-speed13)
    if "?" in text or not any(w in low for w in ("exercise", "drill", "manoeuvre", "maneuver")):
        return list(events)
    out = list(events)
    for noun in _DRILL.finditer(text):
        tail = text[noun.end() :]
        which = _WHICH.match(tail)
        held = None if which is not None else _HELD.match(tail)
        if which is None and held is None:
            continue
        verb = (which or held).group("v").lower()  # type: ignore[union-attr]
        verb_at = noun.end() + (which or held).start("v")  # type: ignore[union-attr]
        if held is not None and not _GAP.match(text[noun.end() : verb_at]):
            continue  # the verb belongs to another clause or noun ("after the drill, talks were held")
        head = text[max(0, noun.start() - 60) : verb_at]
        if _NEGATION.search(head) or _NOT_HELD.search(head) or _HABIT.search(text):
            continue
        owner: list[str] = []
        if which is not None:
            owner = _sides(units, noun.end() + which.start("who"), noun.end() + which.end("who"))
        if not owner:
            lo = max(0, text.rfind(",", 0, noun.start()) + 1, noun.start() - 40)
            owner = _sides(units, lo, noun.start())
        with_m = _WITH.match(tail)
        partner = (
            _sides(units, noun.end() + with_m.start("who"), noun.end() + with_m.end("who")) if with_m else []
        )
        if not owner and speaker and _side(speaker):
            named = [c for c in _sides(units, 0, len(text)) if c not in partner]
            if not named:
                owner = [speaker]
        if not owner:
            continue
        polarity = Polarity.FUTURE if verb.startswith("will") else Polarity.ASSERTED
        partner = [p for p in partner if p not in owner]
        if any(e.event in _DRILL_KINDS and owner[0] in e.source for e in out):
            continue
        span = (noun.start(), noun.end())
        if partner:
            roles = Roles((owner[0], partner[0]), (), span, mutual=True)
            _add(out, make, EventType.COOPERATE, "military", roles, polarity, span, "joint drills told")
        else:
            _add(
                out,
                make,
                EventType.MOBILIZE,
                "troops",
                Roles((owner[0],), (), span),
                polarity,
                span,
                "drills told",
            )
    return _unique(out) if len(out) != len(events) else out


# --------------------------------------------------------------------------------------------- pair met
_PEOPLE = (
    r"(?:delegations|presidents|leaders|heads\s+of\s+state|foreign\s+ministers|defen[cs]e\s+ministers|"
    r"prime\s+ministers|representatives|envoys|negotiators)"
)
_PAIR_MET = re.compile(
    rf"\b{_PEOPLE}\s+of\s+(?P<a>[^,;.]{{2,40}}?)\s+and\s+(?P<b>[^,;.]{{2,40}}?)\s+(?P<v>met|have\s+met|had\s+met|"
    r"held\s+talks|had\s+talks|will\s+meet|will\s+hold\s+talks)\b",
    re.IGNORECASE,
)
_MET_NEXT = re.compile(
    r"\s*(?:[,.;]|$|(?:in|on|at|for|to|yesterday|today|tonight|again|last|this|earlier|privately|behind|briefly|"
    r"twice|face|on\s+the\s+sidelines)\b)",
    re.IGNORECASE,
)


def pair_met(text: str, events: Sequence[Event], units: Sequence[Unit], make: Make) -> list[Event]:
    """ "The delegations of X and Y met": CONSULT of both."""
    if " met" not in text and "talks" not in text and "meet" not in text:
        return list(events)
    m = _PAIR_MET.search(text)
    if m is None or _NEGATION.search(text, m.start(), m.end()):
        return list(events)
    if m.re is _PAIR_MET and not _MET_NEXT.match(text[m.end() :]):
        return list(events)  # "the presidents of X and Y met (with) reporters": not a meeting of the two
    a = _sides(units, m.start("a"), m.end("a"))
    b = _sides(units, m.start("b"), m.end("b"))
    if len(a) != 1 or len(b) != 1 or a == b:
        return list(events)
    pair = (a[0], b[0])
    if any(e.event is EventType.CONSULT for e in events):
        return list(events)  # a meeting read already, however its sides were read
    polarity = Polarity.FUTURE if m.group("v").lower().startswith("will") else Polarity.ASSERTED
    out = list(events)
    span = (m.start(), m.end())
    _add(out, make, EventType.CONSULT, "", Roles(pair, (), span, mutual=True), polarity, span, "pair met")
    return out


# -------------------------------------------------------------------------------------- council sessions
_COUNCIL = r"(?:Permanent\s+Joint\s+Council|NATO-Russia\s+Council|Russia-NATO\s+Council)"
_RESUMED = re.compile(
    rf"\b{_COUNCIL}\s+(?:has\s+)?(?:resumed|held|reconvened)\s+(?:its\s+|a\s+)?(?:regular\s+|first\s+|formal\s+)?"
    r"(?:sessions?|meetings?|work)\b",
    re.IGNORECASE,
)
_HABITUAL = re.compile(
    r"\b(?:are|is)\s+(?:usually|normally|generally|regularly)\s+(?:held|convened)\b|\bmeets?\s+(?:every|once|"
    r"twice|regularly|monthly)\b|\b(?:usually|normally)\s+meets?\b",
    re.IGNORECASE,
)


def council_sessions(text: str, events: Sequence[Event], make: Make) -> list[Event]:
    """Sessions of the NATO-Russia bodies: resumed or held → CONSULT; habitual ones → none (see module)."""
    if "Council" not in text:
        return list(events)
    if re.search(_COUNCIL, text, re.IGNORECASE) is None:
        return list(events)
    if _HABITUAL.search(text) and not re.search(r"\b(?:today|yesterday|this\s+week)\b", text, re.I):
        return [e for e in events if not (e.event is EventType.CONSULT and set(e.source) == {"NATO", "RUS"})]
    m = _RESUMED.search(text)
    if m is None or _NEGATION.search(text, max(0, m.start() - 20), m.end()):
        return list(events)
    if any(e.event is EventType.CONSULT for e in events):
        return list(events)
    out = list(events)
    span = (m.start(), m.end())
    roles = Roles(("NATO", "RUS"), (), span, mutual=True)
    _add(out, make, EventType.CONSULT, "multilateral", roles, Polarity.ASSERTED, span, "council sessions")
    return out


# ------------------------------------------------------------------------------------------- act judged
_JUDGED = re.compile(
    r"\b(?:is|are|was|were)\s+(?:viewed|seen|regarded|considered|perceived)\s+(?P<by>(?:in|by)\s+(?:Moscow|Russia)\s+)?"
    r"as\s+(?:a\s+|an\s+)?(?:(?:serious|grave|big|major|great|dangerous|strategic)\s+)?(?:error|mistake|blunder)\b"
    r"|\btakes?\s+us\s+back\s+to\b"
    r"|\bcannot\s+(?:fail\s+to|but)\s+(?:cause|arouse|provoke|give\s+rise\s+to)\s+(?:\w+\s+)?concern(?P<by2>\s+in\s+Moscow)?"
    r"|\b(?:is|are)\s+the\s+(?:outcome|result|product)\s+of\s+(?:a|the)\s+(?:course|policy|line)\s+imposed\b"
    r"|\b(?:is|are)\s+(?:naked|open|outright|undisguised|blatant)\s+aggression\b",
    re.IGNORECASE,
)


def act_judged(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """A nominal act judged a mistake, a cause of concern, ...: ACCUSE by the sayer (see the module)."""
    low = lower_text(text)  # (s38-speed13)
    if "?" in text or not any(
        w in low
        for w in (
            "viewed",
            "seen as",
            "regarded",
            "considered",
            "perceived",
            "back to",
            "concern",
            "imposed",
            "aggression",
        )
    ):
        return list(events)
    m = _JUDGED.search(text)
    if m is None or re.search(r"\b(?:not|never)\s*$", text[max(0, m.start() - 12) : m.start()], re.I):
        return list(events)
    sayer = "RUS" if (m.group("by") or m.group("by2")) else speaker
    if not sayer or not _side(sayer):
        return list(events)
    doers = [
        s
        for e in events
        if e.anchor[1] <= m.start() and e.event is not EventType.ACCUSE
        for s in e.source
        if _side(s) and s != sayer
    ]
    if not doers:
        doers = [c for c in _sides(units, 0, m.start()) if c != sayer]
    if not doers or _has(events, EventType.ACCUSE, (sayer,), (doers[0],)):
        return list(events)
    out = list(events)
    span = (m.start(), m.end())
    roles = Roles((sayer,), (doers[0],), span)
    _add(out, make, EventType.ACCUSE, "disapprove", roles, Polarity.ASSERTED, span, "act judged")
    return out


# ------------------------------------------------------------------------------------- measure mirrored
_MIRROR = re.compile(
    r"\b(?:and|so)\s+(?:now\s+)?we\s+(?:are|have|will|shall)\s+(?:also\s+)?[a-z]+(?:ing|ed)\s+ours\s+(?:too|as\s+well)\b"
    r"|\b(?:and|so)\s+we\s+(?:did|have\s+done|are\s+doing|will\s+do)\s+(?:the\s+same|likewise)\b",
    re.IGNORECASE,
)
_MIRRORED = frozenset({EventType.SANCTION, EventType.MOBILIZE, EventType.REJECT, EventType.COERCE})


def measure_mirrored(text: str, events: Sequence[Event], speaker: str | None, make: Make) -> list[Event]:
    """ "..., and we are suspending ours too": the speaker's copy of the measure told before it."""
    if not speaker or not _side(speaker) or not any(w in text for w in ("ours", "the same", "likewise")):
        return list(events)
    m = _MIRROR.search(text)
    if m is None:
        return list(events)
    first = next(
        (
            e
            for e in events
            if e.event in _MIRRORED and e.anchor[1] <= m.start() and e.source and speaker not in e.source
        ),
        None,
    )
    if first is None or _has(events, first.event, (speaker,), first.source[:1]):
        return list(events)
    out = list(events)
    span = (m.start(), m.end())
    roles = Roles((speaker,), (first.source[0],), span)
    _add(out, make, first.event, first.mode, roles, first.polarity, span, "measure mirrored")
    return out


# ------------------------------------------------------------------------------------- measure answered
_ANSWERED = re.compile(
    r"^\s*In\s+(?:response|retaliation|reply)\s+(?:to|for)\s+(?:the\s+)?(?P<np>[^,;]{3,100}?)\s*,",
    re.IGNORECASE,
)
_MEASURE_NOUN = re.compile(r"\b(?P<n>expulsions?)\b", re.IGNORECASE)
_OURS = re.compile(r"\b(?:our|us)\b", re.IGNORECASE)


def measure_answered(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """ "In response to the expulsion of our envoys, ...": the expulsion answered is coded too."""
    if "response" not in text and "retaliation" not in text and "reply" not in text:
        return list(events)
    m = _ANSWERED.match(text)
    if m is None:
        return list(events)
    noun = _MEASURE_NOUN.search(m.group("np"))
    if noun is None:
        return list(events)
    np_lo, np_hi = m.start("np"), m.end("np")
    answer = next((e for e in events if e.anchor[0] >= np_hi and e.source), None)
    if answer is None:
        return list(events)
    named = tuple(c for c in _sides(units, np_lo, np_hi) if c not in answer.source)
    if named:
        doer, aimed = named, answer.source[:1]
    elif _OURS.search(m.group("np")) and speaker and answer.target and speaker in answer.source:
        doer, aimed = answer.target[:1], (speaker,)
    else:
        return list(events)
    inside = [e for e in events if e.event is EventType.SANCTION and np_lo <= e.anchor[0] < np_hi]
    if any(e.source and not set(e.source) & set(answer.source) for e in inside):
        return list(events)  # the measure answered is read already, by another side
    out = [e for e in events if e not in inside]
    if _has(out, EventType.SANCTION, doer[:1], aimed):
        return out if inside else list(events)
    span = (np_lo + noun.start(), np_lo + noun.end())
    roles = Roles(doer, aimed, span)
    _add(out, make, EventType.SANCTION, "expel", roles, Polarity.ASSERTED, span, "measure answered")
    return out


# -------------------------------------------------------------------------------------- answer reserved
_RESERVED = re.compile(
    r"\breserves?\s+the\s+right\s+to\s+(?:protect|defend|safeguard|uphold|secure)\s+(?:its|our|their)\s+"
    r"(?:(?:own|national|legitimate|vital|security)\s+)*interests\b"
    r"|\bwould\s+(?:force|compel|oblige|make)\s+(?P<who>Russia|Moscow|us)\s+(?:to\s+)?(?:reconsider|revise|review|"
    r"rethink)\s+(?:its|our)\s+(?:(?:entire|whole|all)\s+)?(?:relations(?:hip)?|cooperation|ties)\b"
    r"|\bwill\s+respond\s+to\s+(?:them|it|this|these\s+\w+|those\s+\w+)(?P<way>\s+in\s+a\s+way\s+that\s+"
    r"(?:guarantees|ensures|secures)\s+our\s+security)?",
    re.IGNORECASE,
)


def answer_reserved(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """Rights reserved, relations to be reconsidered, answers promised: THREATEN (see the module)."""
    low = lower_text(text)  # (s38-speed13)
    if not any(w in low for w in ("reserve", "reconsider", "revise", "review", "rethink", "respond")):
        return list(events)
    m = _RESERVED.search(text)
    if m is None:
        return list(events)
    if re.search(r"\b(?:not|never)\s+$", text[max(0, m.start() - 10) : m.start()], re.I):
        return list(events)
    who = m.group("who")
    if who:
        threatener = speaker or "" if who.lower() == "us" else "RUS"
    elif re.search(
        r"\bwe\s+(?:(?:also|too|certainly|surely|then)\s+)?$", text[max(0, m.start() - 25) : m.start()], re.I
    ):
        threatener = speaker or ""
    else:  # the side whose name ends just before the words ("Russia reserves ...", "Moscow will respond ...")
        threatener = next(
            (
                u.code or ""
                for u in units
                if _side(u.code) and u.kind != "pronoun" and not u.locative and 0 <= m.start() - u.end <= 2
            ),
            "",
        )
        if not threatener and re.search(r"\band\s+$", text[max(0, m.start() - 6) : m.start()]):
            # "We see the decisions as hostile and will respond to them": the subject of the clause
            lo = max(
                text.rfind(",", 0, m.start()), text.rfind(";", 0, m.start()), text.rfind(". ", 0, m.start())
            )
            head = text[lo + 1 : m.start()]
            if re.match(r"\s*we\b", head, re.I):
                threatener = speaker or ""
    if not _side(threatener):
        return list(events)
    targets = tuple(c for c in _sides(units, 0, len(text)) if c != threatener)[:2]
    if not targets:
        return list(events)  # "we will respond to it later": an answer with no other side is no threat (s26)
    if _has(events, EventType.THREATEN, (threatener,)):
        return list(events)
    out = list(events)
    if who:  # "admitting them would force Russia to ...": the act in the condition is not told as done
        lo = max(text.rfind(" that ", 0, m.start()), text.rfind(",", 0, m.start()), 0)
        out = [e for e in out if not (lo <= e.anchor[0] < m.start() and e.event is not EventType.THREATEN)]
    if m.group("way"):
        out = [e for e in out if not (e.event is EventType.AGREE and m.start() <= e.anchor[0] < m.end())]
    span = (m.start(), m.end())
    roles = Roles((threatener,), targets, span)
    _add(out, make, EventType.THREATEN, "relations", roles, Polarity.ASSERTED, span, "answer reserved")
    return out


# ------------------------------------------------------------------------------------ restraint pledged
_RESTRAINT = re.compile(
    r"\b(?P<who>we|Russia|Moscow)\s+will\s+not\s+(?:deploy|station|place|position)\b[^.;?]{0,80}?\b(?:until|"
    r"unless|as\s+long\s+as|before)\b(?P<cond>[^.;?]*)",
    re.IGNORECASE,
)


def restraint_pledged(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """ "We will not deploy such arms until theirs appear": CONCEDE at the side of the condition."""
    if "will not" not in text:
        return list(events)
    m = _RESTRAINT.search(text)
    if m is None:
        return list(events)
    who = speaker if m.group("who").lower() == "we" else "RUS"
    if not who or not _side(who) or _has(events, EventType.CONCEDE, (who,)):
        return list(events)
    aimed = tuple(c for c in _sides(units, m.start("cond"), m.end("cond")) if c != who)
    out = [e for e in events if not (e.event is EventType.MOBILIZE and who in e.source)]
    span = (m.start(), m.end())
    _add(
        out,
        make,
        EventType.CONCEDE,
        "",
        Roles((who,), aimed, span),
        Polarity.ASSERTED,
        span,
        "restraint pledged",
    )
    return out


# ------------------------------------------------------------------------------------------- own forces
_OUR_FORCES = re.compile(
    r"\bour\s+(?:(?:armed|nuclear|strategic|missile|air|naval|land|aerospace)\s+)*(?:forces|troops|army|military|"
    r"servicemen|units|fleet)\b",
    re.IGNORECASE,
)
_I_ORDER = re.compile(r"\b(?:I|we)\s+(?:hereby\s+)?(?:order|have\s+ordered|ordered|instruct)\b")


def own_forces(text: str, events: Sequence[Event], speaker: str | None) -> list[Event]:
    """The speaker's own forces as the doer (see the module)."""
    if not speaker or not _side(speaker):
        return list(events)
    ours = _OUR_FORCES.search(text) is not None
    order = _I_ORDER.search(text) is not None
    if not ours and not order:
        return list(events)
    out: list[Event] = []
    for e in events:
        if ours and e.source == ("military",) and speaker not in e.target:
            e = dataclasses.replace(e, source=(speaker,))
        elif order and e.event is EventType.MOBILIZE and not e.source and e.target == (speaker,):
            e = dataclasses.replace(e, source=(speaker,), target=())
        out.append(e)
    return out


# ---------------------------------------------------------------------------------------- accession told
_ACCESSION = re.compile(
    r"(?P<who>\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:'s|\u2019s)\s+accession\b(?:\s+to\s+(?:NATO|the\s+Alliance))?\s+"
    r"(?:today|yesterday|this\s+(?:week|month)|last\s+week|on\s+\d{1,2}\s+[A-Z][a-z]+)\b"
)


def accession_told(text: str, events: Sequence[Event], units: Sequence[Unit], make: Make) -> list[Event]:
    """ "X's accession this week ...", NATO named: SUPPORT X → NATO."""
    if "accession" not in text or not re.search(r"\b(?:NATO|Alliance|Allies)\b", text):
        return list(events)
    m = _ACCESSION.search(text)
    if m is None:
        return list(events)
    who = [c for c in _sides(units, m.start("who"), m.end("who") + 3) if c != "NATO"]
    if len(who) != 1 or _has(events, EventType.SUPPORT, (who[0],)):
        return list(events)
    out = list(events)
    span = (m.start(), m.end())
    _add(
        out,
        make,
        EventType.SUPPORT,
        "",
        Roles((who[0],), ("NATO",), span),
        Polarity.ASSERTED,
        span,
        "accession told",
    )
    return out


# ------------------------------------------------------------------------------------------ summit source
_SUMMIT_SUBJECT = re.compile(
    r"^\s*(?:At\s+)?The\s+(?:(?P<a>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+)?summit(?:\s+in\s+[A-Z][\w'-]+)?\s+"
    r"(?P<v>[a-z]+ed|set|gave|made|took)\b"
)
_NATO_NAMED = re.compile(r"\b(?:NATO|Alliance|Allies|Allied)\b")


def summit_source(text: str, events: Sequence[Event]) -> list[Event]:
    """ "The summit in Riga promised ... the Alliance": the summit's act is NATO's when its doer is missing."""
    if "summit" not in text or _NATO_NAMED.search(text) is None:
        return list(events)
    m = _SUMMIT_SUBJECT.match(text)
    if m is None or (m.group("a") and m.group("a") in {"EU", "European", "G20", "G7", "G8", "OSCE", "BRICS"}):
        return list(events)
    return [
        dataclasses.replace(e, source=("NATO",)) if not e.source and e.anchor[0] >= m.start("v") else e
        for e in events
    ]


# -------------------------------------------------------------------------------------------- troops left
_LEFT = re.compile(
    r"\b(?P<who>(?:[A-Z][\w-]+\s+)?)(?:garrison|troops|forces|contingent|units|soldiers|servicemen|battalion)\s+"
    r"(?:has|have)\s+(?:(?:completed|fulfilled|accomplished)\s+(?:its|their)\s+(?:tasks|mission)\s+[^,;.]{0,40}?"
    r"and\s+)?(?:left|withdrawn\s+from|pulled\s+out\s+of)\b",
)


def troops_left(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """ "The Russian garrison has completed its tasks on the island and left it": RETREAT of its side."""
    if "left" not in text and "withdrawn" not in text and "pulled out" not in text:
        return list(events)
    m = _LEFT.search(text)
    if m is None or _NEGATION.search(text, max(0, m.start() - 20), m.end()):
        return list(events)
    who = _sides(units, m.start("who"), m.end("who") + 1) or ([speaker] if speaker and _side(speaker) else [])
    if not who or any(e.event in (EventType.RETREAT, EventType.CONCEDE) for e in events):
        return list(events)
    out = list(events)
    span = (m.start(), m.end())
    _add(
        out,
        make,
        EventType.RETREAT,
        "withdraw",
        Roles((who[0],), (), span),
        Polarity.ASSERTED,
        span,
        "troops left",
    )
    return out


# --------------------------------------------------------------------------------------- return promised
_RETURN = re.compile(
    r"\b(?P<who>we|Russia|Moscow)\s+(?:will|would|are\s+ready\s+to)\s+(?:be\s+ready\s+to\s+)?return\s+to\s+"
    r"(?:the|this|that|our)\s+(?:deal|agreement|treaty|accord|talks|negotiations|initiative|arrangement)\s+"
    r"(?:as\s+soon\s+as|once|when|if|provided)\b",
    re.IGNORECASE,
)


def return_promised(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """ "We will return to the deal as soon as our terms are met": AGREE, hypothetical."""
    if "return" not in text:
        return list(events)
    m = _RETURN.search(text)
    if m is None:
        return list(events)
    who = speaker if m.group("who").lower() == "we" else "RUS"
    if not who or not _side(who) or _has(events, EventType.AGREE, (who,)):
        return list(events)
    out = list(events)
    span = (m.start(), m.end())
    aimed = tuple(c for c in _sides(units, 0, len(text)) if c != who)[:2]
    _add(
        out,
        make,
        EventType.AGREE,
        "",
        Roles((who,), aimed, span),
        Polarity.HYPOTHETICAL,
        span,
        "return promised",
    )
    return out


_STEP_GATES: tuple[frozenset[str] | None, ...] = (
    None,  # own_forces (its first check is the speaker's)
    _GATES.gate(("exercise", "drill", "manoeuvre", "maneuver")),  # drills_told
    _GATES.gate((" met", "talks", "meet")),  # pair_met
    _GATES.gate(("council",)),  # council_sessions
    _GATES.gate(
        (
            "viewed",
            "seen as",
            "regarded",
            "considered",
            "perceived",
            "back to",
            "concern",
            "imposed",
            "aggression",
        )
    ),  # act_judged
    _GATES.gate(("ours", "the same", "likewise")),  # measure_mirrored
    _GATES.gate(("response", "retaliation", "reply")),  # measure_answered
    _GATES.gate(("reserve", "reconsider", "revise", "review", "rethink", "respond")),  # answer_reserved
    _GATES.gate(("will not",)),  # restraint_pledged
    _GATES.gate(("accession",)),  # accession_told
    _GATES.gate(("summit",)),  # summit_source
    _GATES.gate(("left", "withdrawn", "pulled out")),  # troops_left
    _GATES.gate(("return",)),  # return_promised
)
"""(s35-speed6) For each of :func:`settled`'s steps in turn, the words of its own first check (case-blind: a
superset of what it tests): a step whose gate says no would return the events as they are, so it is not
called."""


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
    low = lower_text(text)  # (s38-speed13)
    held = _GATES.held(text)  # (s35-speed8) the gate words read once, each gate a set test
    if not (not _GATE_WORDS.isdisjoint(held) and any(w in low for w in _GATE)):
        return list(events)
    steps: list[_Step] = [
        lambda ev: own_forces(text, ev, speaker),
        lambda ev: drills_told(text, ev, units, speaker, make),
        lambda ev: pair_met(text, ev, units, make),
        lambda ev: council_sessions(text, ev, make),
        lambda ev: act_judged(text, ev, units, speaker, make),
        lambda ev: measure_mirrored(text, ev, speaker, make),
        lambda ev: measure_answered(text, ev, units, speaker, make),
        lambda ev: answer_reserved(text, ev, units, speaker, make),
        lambda ev: restraint_pledged(text, ev, units, speaker, make),
        lambda ev: accession_told(text, ev, units, make),
        lambda ev: summit_source(text, ev),
        lambda ev: troops_left(text, ev, units, speaker, make),
        lambda ev: return_promised(text, ev, units, speaker, make),
    ]
    out = list(events)
    for gate, step in zip(_STEP_GATES, steps, strict=True):
        if gate is not None and gate.isdisjoint(held):
            continue  # the step would return the events as they are (s35-speed6)
        try:
            out = step(out)
        except (ValueError, TypeError, AttributeError, IndexError, KeyError) as exc:
            logger.debug("written12 step skipped on %r: %s", text[:80], exc)
    return out
