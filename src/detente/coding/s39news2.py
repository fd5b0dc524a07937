"""News acts between domestic and unnamed sides (session 39, helper news2, tag s39-news2).

News ledes tell acts between sides the dictionary codes by a group word or not at all: "The senator met
with the governor", "Union leaders met the prime minister", "The regulator fined the bank", "The mayor
criticised the company", "The union backed the strike". The readers above drop them (no coded doer, or
the state's own bodies on both sides). This reader takes a sentence whose subject opens it (at most six
words, one of them an actor's word: an office, a body, a party, a group) followed by the act's verb, and
adds the act when the sentence carries no event of its type yet:

* CONSULT: "met (with)", "held talks with", "sat down with", "spoke by phone with" and a second actor's
  word right after (a meeting with the police stays dropped, as the last stage drops it);
* COERCE: "fined", "sentenced", "jailed", "seized", "imposed a curfew"; and the passive "was fined by";
* ACCUSE, SUPPORT, REQUEST: "accused", "criticised", "endorsed", "backed", "praised", "urged", "asked".

Its sides are the group codes the dictionary gives the subject's and the object's words (empty when
none); a sentence that names a state, a person or an organisation the dictionary knows, or a name it
does not know ("the Calenardhon government"), is left to the readers above, and so is a negated or hypothetical verb. :func:`settled` never raises.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import words
from detente.coding.roleparts import Make, Roles

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.units import Unit

__all__ = ["MAY_READ", "settled"]

_LOG = logging.getLogger(__name__)
_MAX_CHARS = 600

_HEADS = (
    r"senators?|governors?|mayors?|officials?|lawmakers?|legislators?|ministers?|president|premier|"
    r"chancellor|party|parties|opposition|unions?|regulators?|watchdog|courts?|judges?|prosecutors?|"
    r"authorities|government|administration|company|companies|firms?|banks?|rebels?|activists|protesters|"
    r"leaders?|council|committee|democrats|republicans|critics|campaigners|groups|students|farmers|"
    r"teachers|doctors|nurses|workers|employers|residents|ministry|department|agency|police|king|cabinet|"
    r"mps|deputies|executives|bosses|representatives|negotiators|envoys?|delegates"
)
_HEAD = re.compile(rf"\b(?:{_HEADS})\b", re.IGNORECASE)
_SUBJECT = r"(?P<subj>(?:[A-Za-z][\w.'’-]*\s+){0,5}?(?:" + _HEADS + "))"
_OBJECT = (
    r"(?P<obj>(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,3}?(?:" + _HEADS + r"))\b"
)

_VERBS: tuple[tuple[EventType, str, str, bool], ...] = (
    (
        EventType.CONSULT,
        "",
        r"(?:met|meets|will\s+meet|(?:held|holds|will\s+hold)\s+talks|sat\s+down|"
        r"spoke\s+(?:by\s+(?:tele)?phone\s+)?)(?:\s+with)?",
        True,
    ),
    (
        EventType.COERCE,
        "",
        r"(?:fined|sentenced|jailed|imprisoned|seized|confiscated|evicted|"
        r"imposed\s+(?:a\s+|an\s+)?(?:curfew|lockdown|travel\s+ban))",
        False,
    ),
    (
        EventType.ACCUSE,
        "disapprove",
        r"(?:accused|blamed|criticised|criticized|condemned|denounced|slammed|lambasted|rebuked|blasted)",
        False,
    ),
    (
        EventType.SUPPORT,
        "",
        r"(?:endorsed|backed|praised|hailed|threw\s+(?:its|his|her|their)\s+support\s+behind|"
        r"voiced\s+support\s+for)",
        True,
    ),
    (
        EventType.REQUEST,
        "",
        r"(?:urged|called\s+on|asked|demanded\s+that|appealed\s+to|pressed)",
        True,
    ),
)
_GATE = re.compile(
    r"\b(?:met|meets|meet|talks|sat|spoke|fined|sentenced|jailed|imprisoned|seized|confiscated|suspended|"
    r"evicted|imposed|accused|blamed|critici[sz]ed|condemned|denounced|slammed|lambasted|rebuked|blasted|"
    r"endorsed|backed|praised|hailed|threw|voiced|urged|called|asked|demanded|appealed|pressed)\b",
    re.IGNORECASE,
)
_ACTIVE = [
    (
        etype,
        mode,
        re.compile(
            rf"^(?:The\s+|A\s+|An\s+)?{_SUBJECT}\s+(?P<verb>{verb})\s+{_OBJECT if two else ''}", re.IGNORECASE
        ),
    )
    for etype, mode, verb, two in _VERBS
]
_PASSIVE = re.compile(
    rf"^(?:The\s+|A\s+|An\s+)?{_SUBJECT}\s+(?:was|were|has\s+been|have\s+been)\s+"
    r"(?P<verb>fined|sentenced|jailed|imprisoned|evicted|suspended)\b[^,;]{0,60}?\bby\s+"
    rf"{_OBJECT}"
)
MAY_READ = words(
    "met meets fined sentenced jailed imprisoned seized confiscated evicted imposed accused blamed "
    "criticised criticized condemned denounced slammed lambasted rebuked blasted endorsed backed praised "
    "hailed urged asked pressed"
)
"""Verbs of the acts read here: the coder's first gate lets a sentence with one of them through."""
_PUBLIC = re.compile(r"\b(?:residents|citizens|commuters|countrymen|people|public|voters|drivers)\b", re.I)
_NOT_KNOWN = frozenset({"state", "person", "org", "title", "metonym", "demonym", "bloc"})


def settled(text: str, events: list[Event], units: Sequence[Unit], make: Make) -> list[Event]:
    """``events`` with the acts of the module's note added."""
    if not text or len(text) > _MAX_CHARS or _named(units) or _GATE.search(text) is None:
        return events
    try:
        return _added(text, events, units, make)
    except Exception as err:  # noqa: BLE001 - a reading never costs the sentence its events
        _LOG.warning("s39news2: left the events unchanged: %s", err)
        return events


def _named(units: Sequence[Unit]) -> bool:
    """True when a state, person or body is named, or a name not known: the readers above read those."""
    return any(
        u.kind == "unknown" or (u.code is not None and (u.code.isupper() or u.kind in _NOT_KNOWN))
        for u in units
    )


def _added(text: str, events: list[Event], units: Sequence[Unit], make: Make) -> list[Event]:
    if _named(units):
        return events
    have = {e.event for e in events}
    out = list(events)
    passive = _PASSIVE.match(text)
    if passive is not None and EventType.COERCE not in have:
        return [*out, _event(make, EventType.COERCE, "", passive, units, swap=True)]
    for etype, mode, pattern in _ACTIVE:
        if etype in have:
            continue
        found = pattern.match(text)
        if found is None or "," in found.group("subj") or not _HEAD.search(found.group("subj")):
            continue
        if etype is EventType.REQUEST and _PUBLIC.search(found.group("obj")):
            continue  # "the mayor urged residents to stay indoors": a public notice, no request
        if etype is EventType.CONSULT and "police" in text.lower():
            continue  # a meeting with the police: a briefing or a witness, dropped by the last stage
        out.append(_event(make, etype, mode, found, units, swap=False))
        break
    return out


def _codes(units: Sequence[Unit], start: int, end: int) -> tuple[str, ...]:
    """The group codes of the units inside ``start``..``end``, in order, once each."""
    seen: list[str] = []
    for u in units:
        if u.code is not None and start <= u.start and u.start < end and u.code not in seen:
            seen.append(u.code)
    return tuple(seen)


def _event(
    make: Make, etype: EventType, mode: str, found: re.Match[str], units: Sequence[Unit], *, swap: bool
) -> Event:
    subj = _codes(units, 0, found.end("subj"))
    obj: tuple[str, ...] = ()
    end = found.end("verb")
    if "obj" in found.groupdict() and found.group("obj") is not None:
        obj = _codes(units, found.start("obj"), found.end("obj"))
        end = found.end("obj")
    elif etype is not EventType.REQUEST:
        obj = _codes(units, found.end("verb"), min(found.end("verb") + 40, len(found.string)))[:1]
    source, target = (obj, subj) if swap else (subj, obj)
    roles = Roles(source=source, target=target, span=(0, end))
    return make(etype, mode, roles, Polarity.ASSERTED, found.start("verb"), found.end("verb"), "s39-news2")
