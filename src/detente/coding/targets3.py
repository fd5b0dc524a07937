"""Sides completed or corrected from the syntax around them (s34-targets3).

Each reading changes only the ``source`` or ``target`` of events already found; none adds or drops an event.
Examples are in the project's own words.

* **A region called "West ..." is not the West** (:func:`west_named_region`). The dictionary reads "the West"
  inside "the West African bloc" or "the West Asian region". When every mention of the West in a sentence is
  such a region's name, the West is no side of it; "the West African bloc" (its leaders, states or troops)
  is ECOWAS: "the junta rejected the West African bloc's ultimatum" is REJECT -> ECOWAS. "Western
  partners" and "the West" alone are left alone.
* **Coordinated targets** (:func:`coordinated`). A target named as one of "X and Y" (or "X, Y and Z", "X as
  well as Y") takes the other states and organisations of the pair: "Moscow objected to manoeuvres staged
  jointly by Kyiv and Washington" is aimed at both. The pair must close with "and" and must not be the subject of a
  clause of its own ("... and Belarus said"); "its"/"their" after "and" ("the OSCE and its mission chief")
  names the same body, adjectives ("American and Israeli flags") name no target, and a pair that holds a
  source is left alone.
* **Apposition** (:func:`apposition`). A side read only from a description set off by commas after another
  side is that side: "Norway, one of the Alliance's founders, turned the offer down" is Norway's act, not
  NATO's; "Mr X, the former Prime Minister of Y, called ..." is the holder's. The description starts with
  an article or a possessive and is followed by a lower-case word; a side named after a preposition ("late
  in Minsk, heads of ...") or a list ("Russia, the United States, China and ...") is not described.
* **A call joined to an aimed act** (:func:`shared_with_sibling`). A call, pledge, praise or blame with no
  target, joined by "and" to an act of the same single sayer that has one, takes its target: "we ask
  for calm and are glad of the calls between Ankara and Moscow". Praise and pledges take targets only from
  friendly acts, blame and refusals only from hostile ones; a call from either.
* **Blame goes to the doer of the act it is about** (:func:`doer_blamed`). When an ACCUSE is aimed at the
  victim of another event told inside its own object (after its words in one clause, or as the subject of
  a passive: "Moscow's expulsion of two Danish envoys was condemned by the Allies"), it is aimed at that
  event's doer instead. Praise is not moved this way: condolences go to the victims.

:func:`settled` runs them all on a sentence's final events; it returns a new list and never raises.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from typing import TYPE_CHECKING

from detente.coding.actors import ActorKind
from detente.coding.clauses import is_side as _side
from detente.coding.ontology import EventType

if TYPE_CHECKING:
    from detente.coding.actors import ActorDictionary, Mention
    from detente.coding.coder import Event

__all__ = ["apposition", "coordinated", "doer_blamed", "settled", "shared_with_sibling", "west_named_region"]

_LOG = logging.getLogger(__name__)
_MAX_TEXT = 2000
_GAP = re.compile(  # what may stand between two coordinated sides: "X and Y", "X, Y", "X as well as the Y"
    r"^\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|(?:and|as\s+well\s+as)\s+)(?:(?:the|other|all|fellow)\s+)*$"
)
_SUBJECT_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+)?(?:said|says|say|has|have|had|is|are|was|were|will|would|shall|should|can|could|"
    r"may|might|must|did|do|does|also|jointly|both|together|each|\w+ed)\b",
    re.I,
)
"""A coordinated pair followed by a verb is the subject of a clause of its own, not the act's object."""


def settled(
    text: str,
    date: dt.date | None,
    events: list[Event],
    dictionary: ActorDictionary,
) -> list[Event]:
    """A sentence's events after every reading of this module (see the module docstring)."""
    if not events or not text or len(text) > _MAX_TEXT:
        return events
    if not any(e.source or e.target for e in events):
        return events
    try:
        out = west_named_region(text, date, events, dictionary)
        out = coordinated(text, date, out, dictionary)
        out = apposition(text, date, out, dictionary)
        out = shared_with_sibling(text, out)
        return doer_blamed(text, out)
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as err:  # pragma: no cover
        _LOG.warning("targets3: left the events unchanged: %s", err)
        return events


_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|inside|across|around|over|outside|off|within|throughout|through|via)\s+(?:the\s+)?$",
    re.I,
)


def _chain(text: str, mentions: list[Mention], at: int) -> list[Mention]:
    """The run of coordinated mentions that holds ``mentions[at]``."""
    run = [mentions[at]]
    i = at
    while i + 1 < len(mentions):
        a, b = mentions[i], mentions[i + 1]
        if b.start < a.end or not _GAP.match(text[a.end : b.start]):
            break
        run.append(b)
        i += 1
    i = at
    while i > 0:
        a, b = mentions[i - 1], mentions[i]
        if b.start < a.end or not _GAP.match(text[a.end : b.start]):
            break
        run.insert(0, a)
        i -= 1
    if len(run) < 2:
        return run
    # the last link must be "and"/"as well as" (a bare comma list is an apposition)
    last = text[run[-2].end : run[-1].start]
    if not re.search(r"\b(?:and|as\s+well\s+as)\b", last):
        return [mentions[at]]
    if _SUBJECT_AFTER.match(text[run[-1].end : run[-1].end + 40]):
        return [mentions[at]]
    return run


def coordinated(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """A target named in "X and Y" takes the other conjuncts too."""
    if " and " not in text and "as well as" not in text:
        return events
    if not any(e.target for e in events):
        return events
    mentions = sorted(
        (m for m in dictionary.match(text, date=date) if m.code is not None), key=lambda m: (m.start, -m.end)
    )
    # drop mentions nested in longer ones
    flat: list[Mention] = []
    for m in mentions:
        if flat and m.start < flat[-1].end:
            continue
        flat.append(m)
    if len(flat) < 2:
        return events
    out: list[Event] = []
    for e in events:
        if not e.target or e.anchor == (0, 0):
            out.append(e)
            continue
        at = [i for i, m in enumerate(flat) if m.code in e.target]
        if not at:
            out.append(e)
            continue
        # the mention of a target nearest the act's words
        near = min(at, key=lambda i: abs(flat[i].start - e.anchor[0]))
        run = _chain(text, flat, near)
        add = [
            m.code for m in run if m.code is not None and m.code not in e.target and m.code not in e.source
        ]
        if (
            len(run) < 2
            or not add
            or any(m.code in e.source or not _side(m.code) or m.kind is ActorKind.DEMONYM for m in run)
        ):
            out.append(e)
            continue
        # the act's own words must not sit inside the pair, and a pair of places ("in X and Y") is no target
        if run[0].start <= e.anchor[0] < run[-1].end or _PLACE_BEFORE.search(text, 0, run[0].start):
            out.append(e)
            continue
        target = tuple(dict.fromkeys((*e.target, *add)))
        out.append(dataclasses.replace(e, target=target))
    return out


_NOT_BLAMED_ACTS = frozenset({EventType.ACCUSE, EventType.SUPPORT, EventType.CONSULT})
_JUDGING = frozenset({EventType.ACCUSE})
"""Blame is aimed at whoever did the act it is about (praise is not moved: condolences and solidarity go to
the victims)."""


_STOP_BETWEEN = re.compile(
    r"[,;:.!?()\u2014\u2013]|\s-\s|\b(?:and|but|while|which|who|that|after|before|because|as|when)\b", re.I
)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$", re.I)

_PASSIVE_OWN = re.compile(r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been|be)\s", re.I)


def _inside_object(text: str, blame: Event, act: Event) -> bool:
    """The act is told inside the blame's own object: after its words in the same clause ("condemned
    Russia's seizure of ..."), or as the subject of a passive blame ("the seizure ... was condemned")."""
    if blame.anchor == (0, 0) or act.anchor == (0, 0):
        return False
    if act.anchor[0] >= blame.anchor[1]:
        return act.anchor[0] - blame.anchor[1] <= 80 and not _STOP_BETWEEN.search(
            text, blame.anchor[1], act.anchor[0]
        )
    if act.anchor[1] <= blame.anchor[0]:
        own = _PASSIVE_OWN.match(text, blame.anchor[0], blame.anchor[1])
        if (
            own is None
            and _PASSIVE_BEFORE.search(text, max(0, blame.anchor[0] - 30), blame.anchor[0]) is None
        ):
            return False
        return blame.anchor[0] - act.anchor[1] <= 100 and not _STOP_BETWEEN.search(
            text, act.anchor[1], blame.anchor[0]
        )
    return False


def doer_blamed(text: str, events: list[Event]) -> list[Event]:
    """Blame aimed at the victim of the act it is about goes to the act's doer."""
    if len(events) < 2 or not any(e.event in _JUDGING for e in events):
        return events
    out: list[Event] = []
    for a in events:
        if a.event not in _JUDGING or not a.source:
            out.append(a)
            continue
        doers: list[tuple[str, ...]] = []
        for e in events:
            if e is a or e.event in _NOT_BLAMED_ACTS or not e.source or not e.target:
                continue
            if not _inside_object(text, a, e):
                continue
            if set(e.source) & set(a.source) or set(e.source) & set(e.target):
                continue
            aimed_at_victim = set(a.target) <= set(e.target) and not set(e.source) & set(a.target)
            if not a.target or aimed_at_victim:
                doers.append(e.source)
        if len(set(doers)) == 1:
            out.append(dataclasses.replace(a, target=doers[0]))
        else:
            out.append(a)
    return out


_APPOSITIVE = re.compile(
    r",\s+(?P<body>(?:(?:a|an|the|one\s+of\s+the)\s+(?:[a-z][\w-]*|(?:Prime\s+)?Minister|President|Secretary|"
    r"Chancellor|Foreign|Defence|Defense|Deputy|Head|Chairman|Ambassador|Speaker)|[A-Z][\w-]*(?:'s|\u2019s)\s+[a-z])"
    r"[^,;:()]{0,90}?),(?!\s+(?:and|or)\b)(?=\s+[a-z])"
)
"""", one of the Alliance's founders," / ", the former Prime Minister of Norway," / ", Moscow's firmest ally,":
a description of the side just named, closed by a comma that does not go on with a list."""


_PLACE_OR_OBJECT = re.compile(
    r"\b(?:in|at|of|from|to|into|near|with|for|by|on|over|against|between|towards?|via|through|across)\s+(?:the\s+)?$",
    re.I,
)
"""A side named after a preposition ("late in Minsk, heads of ...") is a place or an object, not a described doer."""


def apposition(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """A side read from a description set off after another side ("Norway, one of the founders of the
    Alliance, rejected ...") is the described side."""
    if text.count(",") < 2 or not any(e.source or e.target for e in events):
        return events
    spans: list[tuple[int, int, str]] = []
    mentions: list[Mention] | None = None
    for found in _APPOSITIVE.finditer(text):
        if mentions is None:
            mentions = [m for m in dictionary.match(text, date=date) if m.code is not None]
        head = [m for m in mentions if m.end <= found.start() and not text[m.end : found.start()].strip()]
        if len(head) != 1 or head[0].code is None or _PLACE_OR_OBJECT.search(text, 0, head[0].start):
            continue
        spans.append((found.start("body"), found.end("body"), head[0].code))
    if not spans or mentions is None:
        return events
    swap: dict[str, str] = {}
    for code in {m.code for m in mentions if m.code is not None}:
        places = [m for m in mentions if m.code == code]
        heads = {h for lo, hi, h in spans for m in places if lo <= m.start and m.end <= hi}
        inside = all(any(lo <= m.start and m.end <= hi for lo, hi, _ in spans) for m in places)
        if inside and len(heads) == 1 and code not in heads:
            swap[code] = next(iter(heads))
    if not swap:
        return events
    out: list[Event] = []
    for e in events:
        source = tuple(dict.fromkeys(swap.get(c, c) for c in e.source))
        target = e.target
        if not any(swap.get(c, c) in (*source, *e.target) for c in e.target if c in swap):
            target = tuple(dict.fromkeys(swap.get(c, c) for c in e.target))
        out.append(dataclasses.replace(e, source=source, target=target))
    return out


_VERBAL = frozenset(
    {
        EventType.REQUEST,
        EventType.ACCUSE,
        EventType.SUPPORT,
        EventType.AGREE,
        EventType.REJECT,
        EventType.THREATEN,
    }
)


_FRIENDLY = frozenset({EventType.SUPPORT, EventType.AGREE})
_HOSTILE = frozenset({EventType.ACCUSE, EventType.REJECT, EventType.THREATEN})


def _alike(empty: EventType, full: EventType) -> bool:
    """A call may share the addressee of any act; praise and pledges only of friendly ones, blame only of
    hostile ones."""
    if empty is EventType.REQUEST or full is EventType.REQUEST:
        return True
    return (empty in _FRIENDLY and full in _FRIENDLY) or (empty in _HOSTILE and full in _HOSTILE)


def shared_with_sibling(text: str, events: list[Event]) -> list[Event]:
    """A verbal act with no target joined by "and" to one of the same sayer that has one."""
    if len(events) < 2 or " and " not in text:
        return events
    out: list[Event] = []
    for e in events:
        if e.event not in _VERBAL or e.target or len(e.source) != 1 or e.anchor == (0, 0):
            out.append(e)
            continue
        sibs = [
            o
            for o in events
            if o is not e
            and o.event in _VERBAL
            and o.target
            and o.source == e.source
            and o.anchor != (0, 0)
            and _alike(e.event, o.event)
        ]
        picked = None
        for o in sibs:
            lo, hi = sorted((e.anchor, o.anchor))
            between = text[lo[1] : hi[0]]
            if re.search(r"\band\b", between) and not re.search(
                r"[;:]|\b(?:but|while|which|who|that)\b", between
            ):
                picked = o
        if picked is None or len(sibs) != 1:
            out.append(e)
            continue
        out.append(dataclasses.replace(e, target=picked.target))
    return out


_WEST_REGION = re.compile(
    r"(?:[Tt]he\s+)?West\s+(?:African?|Asian?|Balkans?|Indian|Indies|Bengal|Papua|Java|Sumatra|Kalimantan|Nile|"
    r"Darfur|Kordofan|Midlands|Yorkshire|Virginia|Coast)\b"
)
"""Names of regions that begin with "West": none of them is the West."""
_WEST_AFRICA_BODY = re.compile(
    r"\bWest\s+African\s+(?:regional\s+|economic\s+)?(?:bloc|community|grouping|leaders|heads\s+of\s+state|states|"
    r"nations|countries|troops|forces?|soldiers|mediators|organi[sz]ation)\b"
)
""""The West African bloc" and its leaders and troops are ECOWAS."""


def west_named_region(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """ "The West" read from a region's name ("the West African bloc", "the West Balkans") is not the West."""
    if "West " not in text or not any("WEST" in e.source or "WEST" in e.target for e in events):
        return events
    west = [m for m in dictionary.match(text, date=date) if m.code == "WEST"]
    if not west:
        return events
    if not all(_WEST_REGION.match(text, m.start) is not None for m in west):
        return events
    new = "ECOWAS" if _WEST_AFRICA_BODY.search(text) else None
    out: list[Event] = []
    for e in events:
        source = tuple(dict.fromkeys(c2 for c in e.source if (c2 := new if c == "WEST" else c)))
        target = tuple(
            dict.fromkeys(c2 for c in e.target if (c2 := new if c == "WEST" else c) and c2 not in source)
        )
        out.append(dataclasses.replace(e, source=source, target=target))
    return out
