"""Sides of events whose type is right but whose target is not, in written official texts (s32-sidefix9).

Every pass changes only the ``target`` of events already found; none adds or drops an event.

* **Refusals, demands and criticism are aimed at someone.** In every read gold set a refusal, a demand or a
  criticism has a target; the coder sometimes finds the doer but none ("Washington pushed back on the
  ideas of the Russian delegation", "Allies will not give up the open door" said after a meeting with
  Russia). A refusal or demand with a doer and no target is aimed at the one other state or organisation
  its sentence names (by name, capital, person, title or adjective, leaving out its doers, those who tell
  of it ("Moscow said", "according to"), topics ("the Iraqi crisis") and places told with "in", "at",
  "near"); any of the three, when the sentence names no other side, at the one side the record's context
  names besides the doer (a joint council names both its sides). Two or more other sides leave it as it
  is, since which one is meant is not known (:func:`always_aimed`). This runs after the coder's own "one
  other actor" pass (:mod:`detente.coding.passes`), whose exclusions (a reporter, a victim, a meeting's
  name, a clause of its own) hold there: it catches what that pass does not reach, adjectives ("the
  Russian delegation"), a side named in another clause, and sides known only from the context.
* **A deployment not made has no target.** "We will not send troops into that country", "the Allies have
  no intention of placing new missiles in Europe": a negated MOBILIZE is a statement of the doer's own
  posture, coded with no target; an incursion not made ("no aircraft violated Latvian airspace") keeps the
  state it would have touched (:func:`declined_deployment`).
* **Who is deported, banned from the air or fed.** Deportation of people "without papers", "undocumented",
  "illegal" or of asylum seekers (not named by their nation) is aimed at ``migrants``; a ban or suspension
  of broadcasting, TV channels or media outlets at ``media``; aid to people "fleeing" a war or "who fled"
  at ``refugees``, and food, water or medicine brought to people "trapped", "stranded" or "besieged" at
  ``civilians`` (:func:`group_aimed`).

* **Talks in the NATO-Russia Council are mutual.** "Russia's deputy ministers held talks with NATO envoys within
  the NATO-Russia Council": a CONSULT between Russia and NATO in a sentence naming the Council (or the
  Permanent Joint Council) is the act of both, aimed at no one, as every read set codes Council meetings;
  briefings, letters, visits and talks "on the sidelines" keep their one-way reading (:func:`council_met`).
* **A text "between X and Y" is signed by both.** "The Founding Act between NATO and the Russian Federation
  was signed by the President and the Allied leaders": a SUPPORT read from the signing (not from a
  welcome of it) of a treaty, act, agreement or declaration "between X and Y" is the act of X and Y,
  aimed at no one (:func:`signed_between`).
* **"Polish and allied aircraft".** An interception, deployment or shoot-down by "<state> and allied
  aircraft/jets/ships/forces" is done by that state and NATO (:func:`and_allied`).

:func:`settled` runs these passes on a sentence's final events; every pass returns a new list and never
raises.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType, Polarity
from detente.coding.wordgates import WordGates

if TYPE_CHECKING:
    from detente.coding.actors import ActorDictionary, Mention
    from detente.coding.coder import Event

__all__ = [
    "always_aimed",
    "and_allied",
    "council_met",
    "declined_deployment",
    "group_aimed",
    "settled",
    "signed_between",
]

_GATES = WordGates()
_GROUP_GATE = _GATES.gate(
    (
        "deport",
        "deported",
        "deporting",
        "deportation",
        "deportations",
        "deports",
        "broadcasting",
        "broadcasts",
        "channels",
        "outlets",
        "licences",
        "licenses",
        "fleeing",
        "fled",
        "trapped",
        "stranded",
        "besieged",
    )
)
_COUNCIL_GATE = _GATES.gate(("council", "nrc", "pjc"))
_BETWEEN_GATE = _GATES.gate(("between",))
_ALLIED_GATE = _GATES.gate(("allied",))
_MAX_TEXT = 2000
_TOO_MANY = 1

_AIMED = frozenset({EventType.REJECT, EventType.REQUEST, EventType.ACCUSE})
"""Speech acts whose events carry a target in (nearly) every read gold record."""
_IN_SENTENCE = frozenset({EventType.REJECT, EventType.REQUEST})
"""Refusals and demands are aimed at the one other side their sentence names; a criticism's other side is
often the victim of the act criticised ("condemned the attack on X"), so it takes only the context's."""


def settled(
    text: str,
    date: dt.date | None,
    events: list[Event],
    dictionary: ActorDictionary,
    context: str | None = None,
) -> list[Event]:
    """A sentence's events after every pass of this module (see the module docstring)."""
    if not events or not text or len(text) > _MAX_TEXT:
        return events
    held = _GATES.held(text)  # (s35-speed8) the gate words read once, each gate a set test
    if any(e.event is EventType.MOBILIZE and e.polarity is Polarity.NEGATED and e.target for e in events):
        events = declined_deployment(text, events)
    if not _GROUP_GATE.isdisjoint(held) and any(e.event in _GROUPED for e in events):
        events = group_aimed(text, events)
    if any(e.event in _AIMED and e.source and not e.target for e in events):
        events = always_aimed(text, date, events, dictionary, context)
    if not _COUNCIL_GATE.isdisjoint(held) and any(e.event is EventType.CONSULT for e in events):
        events = council_met(text, events)
    if not _BETWEEN_GATE.isdisjoint(held) and any(e.event is EventType.SUPPORT for e in events):
        events = signed_between(text, date, events, dictionary)
    if not _ALLIED_GATE.isdisjoint(held):
        events = and_allied(text, date, events, dictionary)
    return events


def _replaced(events: list[Event], new: Mapping[int, dict[str, tuple[str, ...]]]) -> list[Event]:
    """``events`` with the sides of each event whose id is a key of ``new`` replaced by its value."""
    if not new:
        return events
    return [dataclasses.replace(e, **new[id(e)]) if id(e) in new else e for e in events]  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------------ always aimed

_LOCATIVE = re.compile(
    r"\b(?:in|at|near|inside|across|around|over|through|from)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I
)


def _named(text: str, date: dt.date | None, dictionary: ActorDictionary) -> list[Mention]:
    """Mentions of states and organisations (by name, capital, person, title or adjective) with an
    upper-case code."""
    from detente.coding.actors import ActorKind

    kinds = (
        ActorKind.STATE,
        ActorKind.ORG,
        ActorKind.METONYM,
        ActorKind.PERSON,
        ActorKind.TITLE,
        ActorKind.DEMONYM,
    )
    return [
        m
        for m in dictionary.match(text, date=date)
        if m.code is not None and m.kind in kinds and m.code.isupper()
    ]


_TOPIC_AFTER = re.compile(
    r"\s+(?:crisis|issue|question|problem|situation|file|settlement|dossier|conflict|affairs?)\b", re.I
)
"""A nation's adjective naming a topic ("the Iraqi crisis"), not a side."""
_SAYER_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:said|says|told|reported|reports|claimed|claims|stated|states|announced|"
    r"added|noted|insisted|alleged|alleges|confirmed|believes|believed|thinks|maintained|maintains)\b",
    re.I,
)
_SAYER_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
"""The one who tells of the act ("Moscow said Kyiv had ...", "according to Kyiv") is not its target."""
_JOINT_BODIES: dict[str, tuple[str, ...]] = {"NRC": ("NATO", "RUS")}
"""Joint bodies whose members are the sides (a meeting of the NATO-Russia Council names both)."""


def _others(
    where: str, date: dt.date | None, dictionary: ActorDictionary, doers: set[str]
) -> tuple[str, ...] | None:
    """The sides ``where`` names besides ``doers``, places and topics (``None`` when more than one: which
    one is meant is not known)."""
    from detente.coding.actors import ActorKind

    codes: list[str] = []
    for m in _named(where, date, dictionary):
        if m.code is None or _LOCATIVE.search(where, max(0, m.start - 25), m.start) is not None:
            continue
        if m.kind is ActorKind.DEMONYM and _TOPIC_AFTER.match(where, m.end):
            continue
        if _SAYER_AFTER.match(where, m.end) or _SAYER_BEFORE.search(where, max(0, m.start - 30), m.start):
            continue
        codes.extend(_JOINT_BODIES.get(m.code, (m.code,)))
    found = tuple(dict.fromkeys(c for c in codes if c not in doers))
    return None if len(found) > _TOO_MANY else found


def always_aimed(
    text: str,
    date: dt.date | None,
    events: list[Event],
    dictionary: ActorDictionary,
    context: str | None = None,
) -> list[Event]:
    """A refusal, demand or criticism with a doer and no target aimed at the one other side the sentence
    names (refusals and demands), else at the one the context names (module docstring)."""
    new: dict[int, dict[str, tuple[str, ...]]] = {}
    cache: dict[tuple[bool, tuple[str, ...]], tuple[str, ...] | None] = {}
    for e in events:
        if e.event not in _AIMED or not e.source or e.target:
            continue
        doers = set(e.source)
        key = (False, tuple(sorted(doers)))
        found: tuple[str, ...] | None = ()
        if e.event in _IN_SENTENCE:
            if key not in cache:
                cache[key] = _others(text, date, dictionary, doers)
            found = cache[key]
        elif _others(text, date, dictionary, doers) != ():
            continue  # a criticism whose sentence names another side: the coder's own reading stands
        if found is None:
            continue
        if not found and context and len(context) <= _MAX_TEXT:
            ckey = (True, key[1])
            if ckey not in cache:
                cache[ckey] = _others(context, date, dictionary, doers)
            found = cache[ckey]
        if found:
            new[id(e)] = {"target": found}
    return _replaced(events, new)


# ------------------------------------------------------------------------------------ declined deployment


_INCURSION = re.compile(r"\b(?:airspace|waters|violat\w*|incursions?|intru\w*|entered|crossed)\b", re.I)
"""An incursion not made ("no aircraft violated Latvian airspace") stays aimed at the state it would touch."""


def declined_deployment(text: str, events: list[Event]) -> list[Event]:
    """A negated MOBILIZE aimed at no one, unless it is an incursion (module docstring)."""
    if _INCURSION.search(text):
        return events
    new: dict[int, dict[str, tuple[str, ...]]] = {
        id(e): {"target": ()}
        for e in events
        if e.event is EventType.MOBILIZE and e.polarity is Polarity.NEGATED and e.target
    }
    return _replaced(events, new)


# ------------------------------------------------------------------------------------------- group aimed

_GROUPED = frozenset({EventType.COERCE, EventType.THREATEN, EventType.AID})

_DEPORT = re.compile(r"\bdeport(?:s|ed|ing|ations?)?\b", re.I)
_NO_PAPERS = re.compile(
    r"\b(?:undocumented|without\s+(?:legal\s+|valid\s+|the\s+necessary\s+)?(?:papers|documents|permits?)|"
    r"illegal(?:ly)?|irregular|asylum[-\s]seekers|(?:illegal\s+)?(?:im)?migrants)\b",
    re.I,
)
_NATION_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:an|ian|ese|i|ish|ch)\s+(?:[a-z]+\s+)?$")
"""A nation's adjective just before "asylum seekers" ("rejected Afghan asylum seekers"): that nation."""

_BROADCAST_BAN = re.compile(
    r"\b(?:ban(?:s|ned|ning)?|suspend(?:s|ed|ing)?|suspension|block(?:s|ed|ing)?|prohibit(?:s|ed|ing)?|"
    r"revok(?:e|es|ed|ing)|withdr[ae]w(?:s|n)?|shut(?:s|ting)?|clos(?:e|es|ed|ing)|halt(?:s|ed|ing)?|"
    r"switch(?:es|ed)?\s+off|took\s+off\s+the\s+air|pull(?:s|ed)?\s+off\s+the\s+air)\b"
    r"[^.;]{0,80}?\b(?:broadcast(?:s|ing)?|(?:TV|television|radio)\s+channels?|channels|media\s+outlets|"
    r"outlets|licen[cs]es)\b"
    r"|\b(?:broadcast(?:s|ing)?|channels|outlets)\b[^.;]{0,60}?\b(?:banned|suspended|blocked|prohibited)\b",
    re.I,
)
_DETAINED = re.compile(r"\b(?:arrest\w*|detain\w*|custody|sentenc\w*|jail\w*|imprison\w*)\b", re.I)

_FLEEING = re.compile(
    r"\b(?:people|persons|families|civilians|residents|women|children|[A-Z][a-z]+s)\s+"
    r"(?:who\s+(?:had\s+|have\s+)?fled|fleeing)\b",
    re.I,
)
_TRAPPED = re.compile(
    r"\b(?:trapped|stranded|besieged|encircled)\b",
    re.I,
)
_RELIEF = re.compile(
    r"\b(?:food|water|medicines?|medical|flour|humanitarian|supplies|tents|blankets|shelter|aid|relief)\b",
    re.I,
)


def group_aimed(text: str, events: list[Event]) -> list[Event]:
    """Deportations, broadcast bans and relief aimed at the group they touch (module docstring)."""
    aim: tuple[str, ...] = ()
    kinds: frozenset[EventType] = frozenset()
    deport = _DEPORT.search(text)
    if deport is not None:
        papers = _NO_PAPERS.search(text, deport.end(), deport.end() + 120)
        if papers is not None and not (
            papers.group(0).lower().startswith("asylum")
            and _NATION_BEFORE.search(text, max(0, papers.start() - 30), papers.start())
        ):
            aim, kinds = ("migrants",), frozenset({EventType.COERCE, EventType.THREATEN})
    if not aim and _BROADCAST_BAN.search(text) and not _DETAINED.search(text):
        aim, kinds = ("media",), frozenset({EventType.COERCE})
    if not aim and _RELIEF.search(text):
        trapped = _TRAPPED.search(text)
        fleeing = _FLEEING.search(text)
        if trapped is not None and (fleeing is None or trapped.start() < fleeing.start()):
            aim, kinds = ("civilians",), frozenset({EventType.AID})
        elif fleeing is not None:
            aim, kinds = ("refugees",), frozenset({EventType.AID})
    elif not aim and _FLEEING.search(text):
        aim, kinds = ("refugees",), frozenset({EventType.AID})
    if not aim:
        return events
    new = {id(e): {"target": aim} for e in events if e.event in kinds and e.target != aim}
    return _replaced(events, new)


# ------------------------------------------------------------------------------------------- council met

_COUNCIL = re.compile(
    r"\b(?:NATO-Russia|Russia-NATO|NATO\s+Russia)\s+(?:Permanent\s+Joint\s+)?Council\b|\bPermanent\s+Joint\s+"
    r"Council\b|\bNRC\b|\bPJC\b",
    re.I,
)
_ONE_WAY = re.compile(
    r"\b(?:brief\w*|inform\w*|told|tell\w*|present\w*|set\s+out|sidelines?|margins?|received|visit\w*|"
    r"call\w*|letter|message|wrote|sent)\b",
    re.I,
)
_PAIR = frozenset({"NATO", "RUS"})


def council_met(text: str, events: list[Event]) -> list[Event]:
    """A CONSULT between Russia and NATO told as talks in the NATO-Russia Council made mutual (module
    docstring)."""
    if not _COUNCIL.search(text) or _ONE_WAY.search(text):
        return events
    new: dict[int, dict[str, tuple[str, ...]]] = {
        id(e): {"source": ("NATO", "RUS"), "target": ()}
        for e in events
        if e.event is EventType.CONSULT and e.target and set(e.source) | set(e.target) == _PAIR
    }
    return _replaced(events, new)


# ---------------------------------------------------------------------------------------- signed between

_DOCUMENT_BETWEEN = re.compile(
    r"\b(?i:act|treaty|agreement|declaration|memorandum|charter|convention|accord|protocol)\b"
    r"(?:\s+(?:on|of|for|and|the|[A-Z][\w,-]*)){0,10}?\s+between\s+",
)
_SIGN_WORD = re.compile(r"\bsign(?:ed|ing|s|ature)?\b", re.I)


def signed_between(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """A SUPPORT read from the signing of a text "between X and Y" made the act of X and Y, aimed at no
    one (module docstring)."""
    doc = _DOCUMENT_BETWEEN.search(text)
    if doc is None:
        return events
    parties = _parties_between(text, doc.end(), date, dictionary)
    if len(parties) != 2:
        return events
    new: dict[int, dict[str, tuple[str, ...]]] = {}
    for e in events:
        if e.event is not EventType.SUPPORT or e.polarity is not Polarity.ASSERTED:
            continue
        if _SIGN_WORD.match(text, e.anchor[0]) is None:
            continue  # "welcomed the signing of ...": the one who welcomes keeps the act
        if (e.source, e.target) != (parties, ()):
            new[id(e)] = {"source": parties, "target": ()}
    return _replaced(events, new)


def _parties_between(
    text: str, start: int, date: dt.date | None, dictionary: ActorDictionary
) -> tuple[str, ...]:
    """The two sides named right after "between" at ``start`` ("NATO and the Russian Federation")."""
    window = text[start : start + 90]
    mentions = [m for m in _named(window, date, dictionary) if m.code is not None]
    if len(mentions) < 2 or mentions[0].start > 4:
        return ()
    first, second = mentions[0], mentions[1]
    if not re.fullmatch(r"\s+and\s+(?:the\s+)?", window[first.end : second.start]):
        return ()
    codes = (first.code or "", second.code or "")
    return codes if codes[0] != codes[1] else ()


# --------------------------------------------------------------------------------------------- and allied

_AND_ALLIED = re.compile(
    r"\b([A-Z][\w-]+)\s+and\s+allied\s+(?:aircraft|jets|fighters?|planes|warplanes|ships|warships|navies|"
    r"naval\s+units|forces|troops|air\s+forces)\b",
    re.I,
)


def and_allied(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """Acts of "Polish and allied aircraft" done by that state and NATO (module docstring)."""
    match = _AND_ALLIED.search(text)
    if match is None:
        return events
    own = [m.code for m in _named(match.group(0), date, dictionary) if m.end <= len(match.group(1))]
    if len(own) != 1 or own[0] is None or own[0] == "NATO":
        return events
    state = own[0]
    new: dict[int, dict[str, tuple[str, ...]]] = {
        id(e): {"source": (*e.source, "NATO")}
        for e in events
        if e.source == (state,) and e.event in (EventType.MOBILIZE, EventType.ASSAULT, EventType.COOPERATE)
    }
    return _replaced(events, new)
