"""Targets of physical acts named in the act's own object (s32-sidefix10).

Every pass changes only the ``target`` of events already found; none adds or drops an event.

The coder's "one other actor" pass (:mod:`detente.coding.passes`) aims an act with a doer and no target at
the one other side its sentence names, leaving out reporters, victims, places of meetings and sides named
in another clause. It leaves an attack, a detention, a sanction, a gift, a concession or a withdrawal
unaimed when the sentence names a second other side elsewhere ("Days after Washington lifted its limits,
Kyiv fired missiles at a depot in the Kursk region") or names the side only inside the act's object as a
place or an owner adjective that is not an actor unit ("an officer of the Latvian customs service was
detained by the Russian border guards").

* **The object of the act names the side.** With the doer known and no target, the words that follow the
  act's own verb or noun up to the end of its clause (a comma, a semicolon, a conjunction or a relative
  word) are its object: "strikes on Russian positions", "arrested two Georgian citizens", "aid to the
  people of Syria", "missiles at an airfield in the Belgorod region", "withdrew its troops from Moldovan
  territory". When that object names exactly one state or organisation other than the doer (by name,
  capital, adjective or a place of its territory), the act is aimed at it. Sides named there as the
  means or the helpers ("US-made missiles", "with French help", "from Belarusian soil", "by Polish
  jets") are not the target (:func:`object_aimed`).
* **The subject of a passive act is its object.** "A Lithuanian diplomat was detained by the Belarusian
  KGB": in a passive clause the words before "was/were ... <act>" are what the act is done to, and the one
  side they name besides the doer is the target.

Only ASSAULT, COERCE, SANCTION, AID, CONCEDE and RETREAT are aimed this way; a withdrawal or concession is
aimed only at a side named after "from" or "to" (a withdrawal "in" a region is where, not from whom). A
place of the doer's own state is never a target ("pulled its troops back from the Belgorod region").

:func:`settled` runs the pass on a sentence's final events; it returns a new list and never raises.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType

if TYPE_CHECKING:
    from detente.coding.actors import ActorDictionary, Mention
    from detente.coding.coder import Event

__all__ = ["object_aimed", "settled"]

_MAX_TEXT = 2000
_PHYSICAL = frozenset(
    {
        EventType.ASSAULT,
        EventType.COERCE,
        EventType.SANCTION,
        EventType.AID,
        EventType.CONCEDE,
        EventType.RETREAT,
    }
)
_MUTUAL = frozenset({EventType.ASSAULT, EventType.RETREAT, EventType.CONCEDE})
_AWAY = frozenset({EventType.CONCEDE, EventType.RETREAT})
"""Acts aimed only at a side named after "from" or "to" in their object."""

_CLAUSE_END = re.compile(
    r"[,;:.!?()\u2014\u2013]|\s-\s|\b(?:and|but|while|whereas|although|after|before|when|which|who|"
    r"whom|whose|that|because|since|as|until|unless|if|despite|amid|following|said|says|according|"
    r"where|what|so|to\s+(?:protest|show|support|punish|retaliate|avenge)|in\s+(?:response|retaliation|reply))\b",
    re.I,
)
_OBJECT_REACH = 110
_MEANS_BEFORE = re.compile(
    r"\b(?:from|by|with|under|using|alongside|beside|for|via|through|on\s+behalf\s+of|together\s+with|"
    r"helped\s+by|backed\s+by|supplied\s+by|provided\s+by|than|like|unlike|including)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,4}$",
    re.I,
)
_MEANS_AFTER = re.compile(
    r"(?:-|\s+)(?:made|supplied|built|provided|produced|donated|designed|owned|backed|led|funded|"
    r"brokered|mediated|sponsored)\b",
    re.I,
)
_SAYER_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:said|says|told|reported|claimed|claims|stated|announced|described|describes|"
    r"called|calls|termed|branded|denounced|condemned|alleged|confirmed)\b",
    re.I,
)
"""Who tells of the act or names it ("in what Tehran called a war crime") is not its target."""
_PRESS_AFTER = re.compile(
    r"(?:\s+[\w-]+)?\s+(?:journalists?|reporters?|correspondents?|photographers?|bloggers?)\b", re.I
)
"""A reporter's nation is not the target of an act against the press (the gold sets code the press)."""
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|inside|across|around|over|outside|off)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I
)
_STATE_CODE = re.compile(r"[A-Z]{3}|NATO|EU")
"""Doers that are states or their alliances: an armed group's attack "in X" is aimed at its victims, not X."""
_AT_A_PLACE = frozenset({EventType.ASSAULT, EventType.COERCE})
"""Acts aimed at the state of the place they are done in (attacks and detentions "in X", as in passes.py);
for the others a place is only where."""
_FROM_TO_BEFORE = re.compile(
    r"\b(?:from|to|out\s+of|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$",
    re.I,
)
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+|later\s+|then\s+|also\s+)?$",
    re.I,
)
_AGENT_AFTER = re.compile(r"(?:\s+[\w-]+){0,6}?\s+by\b", re.I)


def settled(
    text: str,
    date: dt.date | None,
    events: list[Event],
    dictionary: ActorDictionary,
) -> list[Event]:
    """A sentence's events after every pass of this module (see the module docstring)."""
    if not events or not text or len(text) > _MAX_TEXT:
        return events
    if not any(e.event in _PHYSICAL and e.source and not e.target and e.anchor != (0, 0) for e in events):
        return events
    return object_aimed(text, date, events, dictionary)


def _sides(text: str, date: dt.date | None, dictionary: ActorDictionary) -> list[Mention]:
    """Mentions of states and organisations (by name, capital, adjective or a place of their territory)."""
    from detente.coding.actors import ActorKind

    kinds = (ActorKind.STATE, ActorKind.ORG, ActorKind.METONYM, ActorKind.TERRITORY, ActorKind.DEMONYM)
    return [
        m
        for m in dictionary.match(text, date=date)
        if m.code is not None and m.kind in kinds and m.code.isupper()
    ]


def _word_end(text: str, start: int) -> int:
    """The end of the word at ``start``."""
    word = re.compile(r"[\w'’-]+").match(text, start)
    return word.end() if word is not None else start


def _object_span(text: str, start: int) -> tuple[int, int]:
    """The act's object: from ``start`` (the end of the act's words) to the end of its clause."""
    end = min(len(text), start + _OBJECT_REACH)
    stop = _CLAUSE_END.search(text, start, end)
    return start, stop.start() if stop is not None else end


def _subject_span(text: str, ev: Event) -> tuple[int, int] | None:
    """The subject of a passive act ("X was detained by Y"): its clause's words before the auxiliary."""
    lo = ev.anchor[0]
    aux = _PASSIVE_BEFORE.search(text, max(0, lo - 30), lo)
    if aux is None or _AGENT_AFTER.match(text, ev.anchor[1]) is None:
        return None
    head = text[: aux.start()]
    cut = max(
        (m.end() for m in re.finditer(r"[;:.!?]|\b(?:and|but|while|after|when|that)\s", head)), default=0
    )
    return cut, aux.start()


def _aim(
    text: str,
    span: tuple[int, int],
    mentions: list[Mention],
    ev: Event,
) -> tuple[str, ...] | None:
    """The one side ``span`` names for ``ev`` (``None`` for none, or for two or more)."""
    lo, hi = span
    codes: list[str] = []
    state_doer = all(_STATE_CODE.fullmatch(c) for c in ev.source)
    for m in mentions:
        if m.start < lo or m.end > hi or m.code is None:
            continue
        if _MEANS_BEFORE.search(text, max(0, m.start - 40), m.start) or _MEANS_AFTER.match(text, m.end):
            continue
        if _SAYER_AFTER.match(text, m.end) or _PRESS_AFTER.match(text, _word_end(text, m.start)):
            continue
        if (ev.event not in _AT_A_PLACE or not state_doer) and _PLACE_BEFORE.search(
            text, max(0, m.start - 40), m.start
        ):
            continue
        if ev.event in _AWAY and _FROM_TO_BEFORE.search(text, max(0, m.start - 50), m.start) is None:
            continue
        codes.append(m.code)
    found = tuple(dict.fromkeys(c for c in codes if c not in ev.source))
    if len(found) != 1 or (ev.event in _AWAY and set(codes) & set(ev.source)):
        return None
    return found


def object_aimed(
    text: str,
    date: dt.date | None,
    events: list[Event],
    dictionary: ActorDictionary,
) -> list[Event]:
    """Physical acts with a doer and no target aimed at the one side their own object names (module
    docstring)."""
    mentions: list[Mention] | None = None
    new: dict[int, dict[str, tuple[str, ...]]] = {}
    for ev in events:
        if ev.event not in _PHYSICAL or not ev.source or ev.target or ev.anchor == (0, 0):
            continue
        if len(ev.source) >= 2 and ev.event in _MUTUAL:
            continue  # clashes or an exchange between two sides are aimed at no one
        if mentions is None:
            mentions = _sides(text, date, dictionary)
            if not mentions:
                return events
        found = _aim(text, _object_span(text, ev.anchor[1]), mentions, ev)
        if found is None:
            subject = _subject_span(text, ev)
            if subject is not None:
                found = _aim(text, subject, mentions, ev)
        if found:
            new[id(ev)] = {"target": found}
    if not new:
        return events
    return [dataclasses.replace(e, **new[id(e)]) if id(e) in new else e for e in events]  # type: ignore[arg-type]
