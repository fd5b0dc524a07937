"""Official Kremlin readout wording that the other rules miss (s27-kn7), read from real readouts of en.kremlin.ru
whose lead (the sentence that names the meeting's sides) is not at hand:

- a call or meeting "held at the initiative of the French side" with no other side known: the initiator is
  still the one who sought it -> CONSULT by that side, no target (:func:`initiative_alone`);
- greetings passed on through someone: "asked the minister to convey his best regards to the President of
  X", "pass on my warm wishes to your leadership" -> SUPPORT by the sender to the one greeted, not a request
  to the messenger (:func:`greetings_conveyed`);
- a fronted "In discussing ..., A and B ..." -> CONSULT of A and B (:func:`discussing_pair`);
- something said "in a telephone conversation" by a named side: "the Chancellor had told him ... in a
  telephone conversation the day before" -> CONSULT (phone) by the teller to the one told
  (:func:`told_by_phone`);
- the sides of talks "on the situation between X and Y" are not X and Y: a CONSULT whose only sides are named
  inside the topic after "discussed", its subject a bare "the leaders" or "the two presidents", keeps the
  meeting's sides or none (:func:`topic_sides`);
- "promising" as an adjective ("promising programmes", "a promising area") is no promise
  (:func:`adjectival_promise`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from detente.coding.kremlin6 import ReadoutView
from detente.coding.ontology import EventType, Polarity
from detente.coding.roleparts import Roles
from detente.coding.statements import Finding
from detente.coding.text import WordCheck
from detente.coding.unitspans import coded_in_chars as _coded
from detente.coding.unitspans import unit_codes as _codes

if TYPE_CHECKING:
    from detente.coding.coder import Event

__all__ = [
    "adjectival_promise",
    "discussing_pair",
    "greetings_conveyed",
    "initiative_alone",
    "meeting_prevented",
    "settled",
    "told_by_phone",
    "topic_sides",
]


_View = ReadoutView


Finish = Callable[[Finding | None], "Event | None"]


# --- literal pre-checks (s28-speed): each is true of every text its regex below can match (the words it
# needs, spelt as the regex spells them), so a ``False`` skips a search that would find nothing


def _may_greet(text: str) -> bool:
    """:data:`_GREETED` needs a verb of passing on and a noun of greeting."""
    return ("convey" in text or "pass" in text or "transmit" in text) and (
        "regards" in text
        or "greetings" in text
        or "wishes" in text
        or "gratitude" in text
        or "thanks" in text
        or "congratulations" in text
    )


def _may_be_kept(text: str) -> bool:
    """:data:`_KEPT_FROM` needs "... from", "unable"/"not able" or "meet" after "could"/"did"."""
    return (
        ("from" in text and ("prevent" in text or "kept" in text or "stopped" in text or "barred" in text))
        or "able" in text
        or ("meet" in text and ("could" in text or "did" in text))
    )


_may_promise = WordCheck(["promising"])
""":data:`_ADJ_PROMISING` (case-blind) needs "promising"."""


def _others(view: _View, side: str) -> tuple[str, ...]:
    return tuple(c for c in dict.fromkeys(view.participants) if c != side)


# --- "at the initiative of the X side" ---------------------------------------------------------------------

_INITIATIVE = re.compile(
    r"\b(?:conversation|call|talks|meeting|consultations)\s+(?:took\s+place|was\s+held|were\s+held)\s+"
    r"(?:at|on)\s+(?:the\s+)?initiative\s+of\s+the\s+[A-Z][\w-]+\s+side\b"
)


def initiative_alone(view: _View) -> Finding | None:
    """CONSULT by the side that sought the call, when no other side is known (see the module)."""
    m = _INITIATIVE.search(view.text) if "initiative" in view.text else None
    if m is None:
        return None
    side = next((u.code for u in view.units if u.code and m.start() <= u.start < m.end()), None)
    if side is None:
        return None
    mode = "phone" if re.search(r"\b(?:conversation|call)\b", m.group(0)) else ""
    roles = Roles((side,), _others(view, side), (m.start(), m.end()))
    return Finding(EventType.CONSULT, mode, roles, Polarity.ASSERTED, m.start(), m.end(), "initiative")


# --- greetings passed on ----------------------------------------------------------------------------------

_GREETED = re.compile(
    r"\b(?P<verb>convey|conveyed|conveys|conveying|pass on|passed on|passes on|transmit|transmitted)\s+"
    r"(?:(?:his|her|my|our|their|its)\s+)?(?:(?:best|warm|warmest|kind|kindest|sincere|heartfelt|cordial|"
    r"friendly|personal|good)\s+)*(?:regards|greetings|wishes|gratitude|thanks|congratulations)\b"
    r"[^.;]{0,80}?\bto\s+(?:the\s+)?"
)
_ASKED = re.compile(r"\b(?:asked|requested)\b[^.;]{0,80}?\bto\s*$")


def greetings_conveyed(view: _View) -> Finding | None:
    """SUPPORT by the sender to the one greeted for "asked X to convey his regards to Y" (see the module)."""
    m = _GREETED.search(view.text) if _may_greet(view.text) else None
    if m is None:
        return None
    greeted = [u for u in view.units if u.code and m.end() <= u.start <= m.end() + 30][:1]
    if not greeted:
        return None
    asked = _ASKED.search(view.text[: m.start()])
    head = asked.start() if asked else m.start()
    senders = [u for u in _coded(view.units, 0, head)][:1]
    source = _codes(senders) or ((view.speaker,) if view.speaker else ())
    target = _codes(greeted)
    if not source or set(source) & set(target):
        return None
    roles = Roles(source, target, (head, greeted[0].end))
    return Finding(EventType.SUPPORT, "", roles, Polarity.ASSERTED, m.start("verb"), m.end("verb"), m["verb"])


def _greeting_requests(view: _View, events: list[Event]) -> list[Event]:
    """A request to the messenger that only carries greetings is not kept beside the greeting."""
    m = _GREETED.search(view.text) if _may_greet(view.text) else None
    if m is None or not _ASKED.search(view.text[: m.start()]):
        return events
    if not any(e.event is EventType.SUPPORT for e in events):
        return events
    return [e for e in events if e.event is not EventType.REQUEST]


# --- "In discussing ..., A and B ..." -----------------------------------------------------------------------

_DISCUSSING = re.compile(
    r"^(?:In|While|When|Whilst)\s+(?:discussing|talking\s+about|reviewing|considering)\b[^;]{3,200}?,\s+"
    r"(?P<pair>[A-Z][^,;]{2,60}?\s+and\s+[A-Z][^,;]{2,60}?)\s+(?:also\s+)?[a-z]+(?:ed|ted)\b"
)


def discussing_pair(view: _View) -> Finding | None:
    """CONSULT of the pair named after a fronted "In discussing ..." (see the module)."""
    m = _DISCUSSING.match(view.text)  # (s35-speed6) its one branch is anchored at the start: search = match
    if m is None:
        return None
    sides = _codes(_coded(view.units, m.start("pair"), m.end("pair")))
    if len(sides) < 2:
        return None
    roles = Roles(sides, (), (m.start(), m.end()), True, True)
    return Finding(EventType.CONSULT, "", roles, Polarity.ASSERTED, m.start(), m.end(), "discussing")


# --- told in a telephone conversation -----------------------------------------------------------------------

_TOLD_PHONE = re.compile(
    r"\b(?:had\s+|has\s+)?(?P<verb>told|informed|assured|briefed)\s+(?P<whom>him|her|me|us|them)\b[^.;]{0,80}?"
    r"\b(?:in|during)\s+(?:a|the|their|our|his|her)\s+(?:recent\s+)?(?:telephone|phone)\s+"
    r"(?:conversation|call|talk)\b"
)


def told_by_phone(view: _View) -> Finding | None:
    """CONSULT (phone) by the teller for "X had told him ... in a telephone conversation" (see the module)."""
    m = _TOLD_PHONE.search(view.text) if "phone" in view.text else None
    if m is None:
        return None
    before = _coded(view.units, max(0, m.start() - 60), m.start())
    if not before or not before[-1].code:
        return None
    side = before[-1].code
    told: tuple[str, ...] = ()
    if m.group("whom") in ("me", "us") and view.speaker and view.speaker != side:
        told = (view.speaker,)
    elif m.group("whom") in ("him", "her"):
        told = _others(view, side)[:1] if len(set(view.participants)) == 2 else ()
    roles = Roles((side,), told, (before[-1].start, m.end()))
    return Finding(
        EventType.CONSULT, "phone", roles, Polarity.ASSERTED, m.start("verb"), m.end("verb"), m["verb"]
    )


# --- the topic's states are not the sides of the talks ----------------------------------------------------

_TOPIC_TALKS = re.compile(
    r"^(?:[A-Z][a-z]+\s+[a-z]+\s+issues,\s+)?(?:On\s+[^,]{3,60},\s+)?(?:[Tt]he|[Bb]oth)\s+(?:two\s+)?"
    r"(?:leaders|presidents|sides|parties|heads\s+of\s+state|ministers)(?:\s+of\s+the\s+two\s+countries)?\s+"
    r"(?:also\s+)?discussed\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?(?:situation|conflict|tension|tensions|relations|"
    r"dispute|standoff)\s+(?:[a-z]+\s+){0,2}?(?:between|in|around|over)\b"
)


def topic_sides(view: _View, events: list[Event]) -> list[Event]:
    """A CONSULT whose sides are only the states of its topic takes the meeting's sides, or none (see the
    module)."""
    m = _TOPIC_TALKS.search(view.text) if "discussed" in view.text else None
    if m is None:
        return events
    topic = set(_codes(_coded(view.units, m.end() - 8, len(view.text))))
    sides = tuple(dict.fromkeys(view.participants))
    if set(sides) <= topic:
        sides = ()  # the sides a document fallback took from this very topic
    out: list[Event] = []
    for e in events:
        if e.event is EventType.CONSULT and e.source and set(e.source) <= topic:
            e = dataclasses.replace(e, source=sides, target=(), mode="")
        out.append(e)
    return out


# --- a meeting that could not take place -----------------------------------------------------------------

_KEPT_FROM = re.compile(
    r"\b(?:prevented|kept|stopped|barred|prevents|prevent)\s+(?P<who>us|them|you|[A-Z][^,;]{2,60}?|the\s+two\s+"
    r"(?:leaders|presidents|sides|ministers))\s+from\s+(?P<verb>meeting|visiting|holding\s+talks|getting\s+together)\b"
    r"|\b(?P<who2>[Ww]e|[Tt]hey)\s+(?:were|are)\s+(?:unable|not\s+able)\s+to\s+(?P<verb2>meet|visit|hold\s+talks)\b"
    r"|\b(?P<who3>[Ww]e|[Tt]hey)\s+(?:could\s+not|couldn't|did\s+not\s+manage\s+to)\s+(?P<verb3>meet)\b"
)


def meeting_prevented(view: _View) -> Finding | None:
    """CONSULT (negated) for a meeting kept from taking place: "the virus prevented us from meeting", "we were
    unable to meet in May"; "we"/"us" are the speaker and the other side of the document's meeting."""
    m = _KEPT_FROM.search(view.text) if _may_be_kept(view.text) else None
    if m is None:
        return None
    who = (m.group("who") or m.group("who2") or m.group("who3")).lower()
    verb = next(g for g in ("verb", "verb2", "verb3") if m.group(g))
    if who in ("us", "we"):
        if view.speaker is None:
            return None
        sides: tuple[str, ...] = (view.speaker, *_others(view, view.speaker))
    elif who in ("them", "they", "you") or who.startswith("the two"):
        sides = tuple(dict.fromkeys(view.participants))
    else:
        sides = _codes(_coded(view.units, m.start("who"), m.end("who")))
    if not sides:
        return None
    roles = Roles(sides, (), (m.start(), m.end()), True, True)
    return Finding(EventType.CONSULT, "", roles, Polarity.NEGATED, m.start(verb), m.end(verb), m.group(verb))


def _unmet(view: _View, events: list[Event]) -> list[Event]:
    """A CONSULT read as held where the sentence says it was kept from taking place is negated."""
    if not _may_be_kept(view.text) or _KEPT_FROM.search(view.text) is None:
        return events
    return [
        dataclasses.replace(e, polarity=Polarity.NEGATED)
        if e.event is EventType.CONSULT and e.polarity is Polarity.ASSERTED
        else e
        for e in events
    ]


# --- "promising" as an adjective ---------------------------------------------------------------------------

_ADJ_PROMISING = re.compile(
    r"\b(?:(?:a|an|the|most|more|very|highly|quite|particularly|especially|many|several|other|some|these|"
    r"those|such|new|and\s+(?:a\s+)?(?:new|interesting|important))\s+promising|promising\s+(?:new\s+)?"
    r"(?:manned|unmanned|areas?|projects?|programmes?|programs?|directions?|spheres?|forms?|fields?|sectors?|"
    r"avenues?|prospects?|ideas?|initiatives?|technologies|technology|developments?|results?|markets?|"
    r"opportunities|ventures?|young|start|beginning|signs?|steps?))\b",
    re.I,
)


_AGREEING = re.compile(
    r"\b(?:promise[sd]?|pledged?|agreed?|agreement|ready|readiness|will|propos\w*|offer\w*|intend\w*|"
    r"intention)\b",
    re.I,
)


def adjectival_promise(view: _View, events: list[Event]) -> list[Event]:
    """No AGREE from an adjectival "promising" when no other word of agreeing is there (see the module)."""
    if not _may_promise(view.text) or not _ADJ_PROMISING.search(view.text):
        return events
    if _AGREEING.search(view.text):
        return events
    return [e for e in events if e.event is not EventType.AGREE]


# --- the pass -----------------------------------------------------------------------------------------------


def settled(view: _View, events: list[Event], finish: Finish) -> list[Event]:
    """``events`` with the readings of the module added and its look-alikes settled."""
    out = list(events)
    if not any(e.event is EventType.CONSULT and e.source for e in out):
        for read in (initiative_alone, discussing_pair, told_by_phone, meeting_prevented):
            found = finish(read(view))
            if found is not None:
                out = [e for e in out if e.event is not EventType.CONSULT] + [found]
                break
    if not any(e.event is EventType.SUPPORT and e.source for e in out):
        found = finish(greetings_conveyed(view))
        if found is not None:
            out = [e for e in out if e.event is not EventType.SUPPORT] + [found]
    if not out:
        return out  # (s35-speed6) the three steps below only change or drop events already read
    out = _greeting_requests(view, out)
    out = _unmet(view, topic_sides(view, out))
    return adjectival_promise(view, out)
