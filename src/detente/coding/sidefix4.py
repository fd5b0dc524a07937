"""Targets of events whose type is right but whose target is not, fourth round of sides (s29).

* **A protest at an embassy is aimed at the embassy's state.** "Students burned flags outside the US embassy
  to mark the anniversary", "crowds gathered outside the American embassy to protest": street action at a
  state's embassy is aimed at that state, unless the grievance names its own doer ("against the NATO air
  strikes", "against Kosovo's declaration"), who is then the target (:func:`protest_at_embassy`).
* **A protest at home is aimed at the home government.** "Belarusian factory workers walked off the job in
  protest against the disputed election", "Thousands of people in Russian cities demonstrated against the
  war", "marched through central Tbilisi against a Russian-style law", "occupied Taiwan's legislature in
  protest at a trade pact with China": a demonstration or strike with no side of its own is aimed at the
  state it takes place in (named before the grievance); neither the police who arrest the marchers nor a
  state that only qualifies the grievance ("with China", "Russian-style") is its target
  (:func:`protest_at_home`).
* **A curfew or martial law falls on the population.** "imposed a curfew in the town after protesters
  torched a police post", "declared martial law across the country", "lifted the nationwide curfew":
  curfews, lockdowns, martial law and states of emergency (and their lifting) are aimed at "civilians"
  unless a group is named as the one they are put on (:func:`curfew_on_civilians`).
* **A deployment ahead of a protest is aimed at the protesters.** "Thousands of riot police were deployed
  across the capital ahead of a planned opposition rally": the crowd, "opposition" when the rally is
  the opposition's, else "protesters" (:func:`deployed_ahead_of_protest`).
* **A rival of the rulers is the opposition.** "police detained the mayor, the president's main political
  rival", "the junta freed pro-democracy leader X": an arrest, release, attack or charge whose only named
  victim is a rival, challenger or pro-democracy or opposition figure, and that has no target or only the
  doer's own state, is aimed at "opposition" (:func:`rival_is_opposition`).
* **A killing condemned without its killers is the militants'.** "The Minister condemned the killing of two
  aid workers in Kabul", "condemned the murder of the Ambassador, who was shot in Ankara": the killing has
  no doer named, and the gold sets write unnamed perpetrators of attacks as "militants"; the condemnation is
  aimed at them, not at the victims' state (:func:`unnamed_killers`).
* **An offer made at a meeting is made to the one met.** "At his meeting with George Bush, Vladimir Putin
  proposed the joint use of the radar station", "During his talks with the Chancellor, the President offered
  to ...": a proposal, offer, request or praise with no target is aimed at the side of the meeting named
  after "with" (:func:`offered_at_meeting`).
* **What is "ours" is the speaker's.** "The United States is ready to consider our proposals", "we see no
  willingness on the part of NATO to take our key concerns into account": another side's act with no target
  whose object the speaker owns ("our", "us") is aimed at the speaker (:func:`ours_is_the_speaker`).
* **A threat is aimed at the side its condition names.** "threatened to shut off the transit of Russian gas
  to Europe if the EU imposed new sanctions", "threatened to halt imports of Australian beef unless Canberra
  dropped its call": a threat whose only target is a nationality qualifying the goods it would stop is
  aimed at the side named as the subject of its "if"/"unless" condition (:func:`threat_on_condition`).
* **Forces moved near someone's border are aimed at them.** "launched large exercises near the borders of
  Poland and the Baltic states": a MOBILIZE with no target, or only part of the list, takes the states whose
  border it is near (:func:`mobilized_near_border`).

:func:`settled` runs these passes on a sentence's final events; every pass returns a new list and never
raises.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType

if TYPE_CHECKING:
    from detente.coding.actors import ActorDictionary, Mention
    from detente.coding.coder import Event

__all__ = [
    "curfew_on_civilians",
    "deployed_ahead_of_protest",
    "mobilized_near_border",
    "offered_at_meeting",
    "ours_is_the_speaker",
    "protest_at_embassy",
    "protest_at_home",
    "rival_is_opposition",
    "settled",
    "threat_on_condition",
    "unnamed_killers",
]


def settled(
    text: str,
    date: dt.date | None,
    events: list[Event],
    dictionary: ActorDictionary,
    speaker: str | None = None,
) -> list[Event]:
    """A sentence's events after every pass of this module (see the module docstring); ``speaker`` is the
    code the record's "we"/"our" stands for, if any."""
    if not events or not text:
        return events
    if speaker is not None:
        events = ours_is_the_speaker(text, events, speaker)
    events = protest_at_embassy(text, date, events, dictionary)
    events = protest_at_home(text, date, events, dictionary)
    events = curfew_on_civilians(text, events)
    events = deployed_ahead_of_protest(text, events)
    events = rival_is_opposition(text, events)
    events = unnamed_killers(text, events)
    events = offered_at_meeting(text, date, events, dictionary)
    events = threat_on_condition(text, date, events, dictionary)
    return mobilized_near_border(text, date, events, dictionary)


def _state(code: str | None, dictionary: ActorDictionary) -> bool:
    """``code`` is a state's ISO code (not an organisation, a group or a polity written in lower case)."""
    from detente.coding.actors import ActorKind

    return (
        code is not None
        and len(code) == 3
        and code.isupper()
        and dictionary.code_kinds.get(code) is ActorKind.STATE
    )


def _retargeted(events: list[Event], new: Mapping[int, tuple[str, ...]]) -> list[Event]:
    """``events`` with the target of each event whose id is a key of ``new`` replaced by its value."""
    if not new:
        return events
    return [dataclasses.replace(e, target=new[id(e)]) if id(e) in new else e for e in events]


# ----------------------------------------------------------------------------------------- protest at embassy

_EMBASSY = re.compile(r"\b(?:embass(?:y|ies)|consulates?)\b", re.I)
_EMBASSY_OF = re.compile(r"\s+of\s+(?:the\s+)?$", re.I)
_AT_THE_BUILDING = re.compile(
    r"\b(?:outside|at|into|in\s+front\s+of|near|opposite|around|before|to|on|stormed|picketed|besieged|"
    r"attacked|surrounded|blockaded|pelted)\s+(?:the\s+)?(?:former\s+)?$",
    re.I,
)
"""The embassy is where the protest takes place, not the one who reports it ("the Russian Embassy reports")."""


def _embassy_owners(text: str, mentions: Sequence[Mention], dictionary: ActorDictionary) -> list[str]:
    """The states whose embassy or consulate the sentence names ("the US Embassy", "the American embassy",
    "the embassy of the United States"), in order."""
    out: list[str] = []
    for m in _EMBASSY.finditer(text):
        for x in mentions:
            if not _state(x.code, dictionary) or x.code is None:
                continue
            inside = x.start <= m.start() and m.end() <= x.end  # "US Embassy" read as one mention
            before = x.end <= m.start() and not text[x.end : m.start()].strip(" -")
            after = x.start >= m.end() and _EMBASSY_OF.fullmatch(text[m.end() : x.start]) is not None
            begins = x.start if inside or before else m.start()
            if (inside or before or after) and _AT_THE_BUILDING.search(text, max(0, begins - 40), begins):
                out.append(x.code)
    return list(dict.fromkeys(out))


def _grievance_doer(text: str, mentions: Sequence[Mention], event: Event) -> bool:
    """Every target of the protest is named in its grievance ("against the NATO air strikes", "against
    NATO's bombing"): the protest is aimed at the doer of what it protests against wherever it is held."""
    span = _grievance(text, event.anchor)
    if span is None or not event.target:
        return False
    return all(any(m.code == c and span[0] <= m.start < span[1] for m in mentions) for c in event.target)


def protest_at_embassy(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """A PROTEST in a sentence that names one state's embassy aimed at that state (module docstring)."""
    if not any(e.event is EventType.PROTEST for e in events) or not _EMBASSY.search(text):
        return events
    owners = _embassy_owners(text, dictionary.match(text, date=date), dictionary)
    if len(owners) != 1:
        return events
    owner = owners[0]
    mentions = dictionary.match(text, date=date)
    new = {
        id(e): (owner,)
        for e in events
        if e.event is EventType.PROTEST
        and e.target != (owner,)
        and owner not in e.source
        and not _grievance_doer(text, mentions, e)
    }
    return _retargeted(events, new)


# -------------------------------------------------------------------------------------------- protest at home

_GRIEVANCE = re.compile(
    r"\b(?:in\s+protest\s+(?:at|against|over)|to\s+protest(?:\s+against)?|protesting(?:\s+against)?|"
    r"against|over|demanding|to\s+demand|opposed\s+to)\s+",
    re.I,
)
"""Where the protesters' grievance begins: everything after it is what they protest about."""
_HOME_POLICY = re.compile(
    r"\b(?:war|laws?|bills?|elections?|vote|referendum|measures|austerity|reforms?|pact|deal|treaty|"
    r"government|regime|polic(?:y|ies)|tax(?:es)?|cuts|constitution|mandates?|restrictions|ban|"
    r"crackdown|corruption|fraud|results|deliveries|end\s+to)\b",
    re.I,
)
"""What a government does at home: a protest against it is aimed at the home state."""
_QUALIFIER = re.compile(r"(?:\bwith\s+(?:the\s+)?$)|(?:^-style\b)", re.I)
_BY = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
_CLAUSE_END = re.compile(r"[;.]|,\s+(?:and|but|while|as|after|which|who)\b")


def _grievance(text: str, anchor: tuple[int, int]) -> tuple[int, int] | None:
    """The span of the grievance phrase of a protest whose trigger is at ``anchor``: from "against",
    "over", "in protest at", "demanding" (the first after the trigger's start) to the end of its clause."""
    m = _GRIEVANCE.search(text, anchor[0])
    if m is None or m.start() - anchor[1] > 120:
        return None
    end = _CLAUSE_END.search(text, m.end())
    return m.start(), end.start() if end else len(text)


def _home(
    text: str, mentions: Sequence[Mention], upto: int, dictionary: ActorDictionary, source: Sequence[str]
) -> str | None:
    """The one state named before ``upto`` (the place, the protesters' nationality or the building's
    owner), not after "by"; a state that is the event's source counts only when it names people ("Belarusian
    factory workers")."""
    from detente.coding.actors import ActorKind

    found: set[str] = set()
    for m in mentions:
        if m.start >= upto or not _state(m.code, dictionary) or m.code is None:
            continue
        if _BY.search(text, max(0, m.start - 8), m.start):
            continue
        if m.code in source and not (m.kind is ActorKind.DEMONYM and " " in m.text.strip()):
            return None  # a state protesting ("Russia walked out in protest"): no home government to aim at
        found.add(m.code)
    return next(iter(found)) if len(found) == 1 else None


def _qualifiers_only(
    text: str, mentions: Sequence[Mention], span: tuple[int, int], target: Sequence[str]
) -> bool:
    """Every target is named inside the grievance ``span`` only as a qualifier of the grievance ("a trade
    pact with China", "a Russian-style law")."""
    for code in target:
        named = [m for m in mentions if m.code == code]
        if not named:
            return False
        for m in named:
            if not span[0] <= m.start < span[1]:
                return False
            before = text[max(span[0], m.start - 12) : m.start]
            after = text[m.end : m.end + 8]
            if not (_QUALIFIER.search(before) or _QUALIFIER.search(after)):
                return False
    return True


def protest_at_home(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """A PROTEST with no side of its own, against the police who arrest the marchers, or against a state
    that only qualifies the grievance, aimed at the state it takes place in (module docstring)."""
    wanted = [e for e in events if e.event is EventType.PROTEST]
    if not wanted:
        return events
    mentions = dictionary.match(text, date=date)
    new: dict[int, tuple[str, ...]] = {}
    for e in wanted:
        span = _grievance(text, e.anchor)
        if span is None:
            continue
        target = e.target
        by_police = target == ("police",) and re.search(r"\bby\s+(?:the\s+)?(?:riot\s+)?police\b", text)
        if not _HOME_POLICY.search(text, span[0], span[1]):
            continue  # "a dispute over wages": a grievance with an employer, not with the state
        if target and not by_police and not _qualifiers_only(text, mentions, span, target):
            continue
        home = _home(text, mentions, span[0], dictionary, e.source)
        if home is not None and (home,) != target:
            new[id(e)] = (home,)
    return _retargeted(events, new)


# -------------------------------------------------------------------------------------- curfew on civilians

_CURFEW = re.compile(
    r"\b(?:curfews?|lockdowns?|martial\s+law|martial|state\s+of\s+emergency|emergency\s+rule)\b", re.I
)
_ON_THE_CROWD = re.compile(r"\b(?:curfew|lockdown)\s+on\s+(?:the\s+)?(?:protesters|demonstrators)\b", re.I)
_GENERAL = frozenset({"protesters", "police"})
_CURFEW_TYPES = frozenset({EventType.COERCE, EventType.CONCEDE})


def curfew_on_civilians(text: str, events: list[Event]) -> list[Event]:
    """A curfew, lockdown, martial law or state of emergency (imposed or lifted) aimed at "civilians" when
    it has no target, or one that is only the crowd it answers, the police or the imposer itself (module
    docstring)."""
    if not any(e.event in _CURFEW_TYPES for e in events):
        return events  # (no event it may aim: the cheap test first, s34-speed3)
    if not _CURFEW.search(text) or _ON_THE_CROWD.search(text):
        return events
    new: dict[int, tuple[str, ...]] = {}
    for e in events:
        if e.event not in _CURFEW_TYPES:
            continue
        if not _CURFEW.search(text[e.anchor[0] : e.anchor[1] + 30]):
            continue
        if all(t in _GENERAL or t in e.source for t in e.target) and e.target != ("civilians",):
            new[id(e)] = ("civilians",)
    return _retargeted(events, new)


# -------------------------------------------------------------------------------- deployed ahead of protest

_AHEAD = re.compile(
    r"\b(?:ahead\s+of|before|in\s+anticipation\s+of|to\s+head\s+off)\s+(?P<words>(?:[\w\"“”'-]+\s+){0,5}?)"
    r"(?:rall(?:y|ies)|protests?|march(?:es)?|demonstrations?)\b",
    re.I,
)


def deployed_ahead_of_protest(text: str, events: list[Event]) -> list[Event]:
    """A MOBILIZE with no target before a planned rally aimed at its crowd (module docstring)."""
    wanted = [e for e in events if e.event is EventType.MOBILIZE and not e.target]
    if not wanted:
        return events
    new: dict[int, tuple[str, ...]] = {}
    for e in wanted:
        m = _AHEAD.search(text, e.anchor[1])
        if m is None:
            continue
        crowd = "opposition" if re.search(r"\bopposition\b", m.group("words"), re.I) else "protesters"
        if crowd not in e.source:
            new[id(e)] = (crowd,)
    return _retargeted(events, new)


# -------------------------------------------------------------------------------------- mobilized near border

_NEAR_BORDER = re.compile(
    r"\b(?:near|along|close\s+to|up\s+to|in\s+(?:close\s+)?proximity\s+to|on)\s+(?:the\s+)?borders?\s+"
    r"(?:of|with)\s+",
    re.I,
)
_BALTIC = re.compile(r"(?:the\s+)?Baltic\s+(?:states|countries|republics)\b")
_BALTIC_STATES = ("EST", "LVA", "LTU")
_LIST_GAP = re.compile(r"(?:,\s*|\s+and\s+|,\s+and\s+)")


def _listed(text: str, at: int, mentions: Sequence[Mention], dictionary: ActorDictionary) -> list[str]:
    """The states listed from ``at`` ("Poland and the Baltic states", "Latvia, Lithuania and Estonia")."""
    out: list[str] = []
    pos = at
    while True:
        baltic = _BALTIC.match(text, pos)
        if baltic is not None:
            out.extend(_BALTIC_STATES)
            pos = baltic.end()
        else:
            m = next((x for x in mentions if x.start == pos and _state(x.code, dictionary)), None)
            if m is None or m.code is None:
                break
            out.append(m.code)
            pos = m.end
        gap = _LIST_GAP.match(text, pos)
        if gap is None:
            break
        pos = gap.end()
    return list(dict.fromkeys(out))


def mobilized_near_border(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """A MOBILIZE with no target, or part of the list, aimed at the states whose border it is near (module
    docstring)."""
    wanted = [e for e in events if e.event is EventType.MOBILIZE and e.source]
    if not wanted or "border" not in text:
        return events
    m = _NEAR_BORDER.search(text)
    if m is None:
        return events
    near = _listed(text, m.end(), dictionary.match(text, date=date), dictionary)
    new: dict[int, tuple[str, ...]] = {}
    for e in wanted:
        if m.start() < e.anchor[0]:
            continue
        target = tuple(c for c in near if c not in e.source)
        if target and (not e.target or set(e.target) < set(target)):  # none yet, or part of the list
            new[id(e)] = target
    return _retargeted(events, new)


# ------------------------------------------------------------------------------------------ rival is opposition

_RIVAL = re.compile(
    r"\b(?:opposition|pro-democracy|(?:main|chief|leading|political|key)\s+(?:political\s+)?"
    r"(?:rival|challenger|opponent)s?|challengers?\s+(?:to|of)\s+(?:the\s+)?(?:president|prime\s+minister|"
    r"government|ruling))\b",
    re.I,
)
_VICTIM_END = re.compile(r"[;.]|\b(?:after|because|as\s+part|in\s+connection|for|over|when|while)\b", re.I)
_ON_RIVALS = frozenset(
    {EventType.COERCE, EventType.RETREAT, EventType.CONCEDE, EventType.ASSAULT, EventType.THREATEN}
)


def rival_is_opposition(text: str, events: list[Event]) -> list[Event]:
    """An act on a rival of the rulers with no target of its own (or the doer's own state) aimed at
    "opposition" (module docstring)."""
    if not any(e.event in _ON_RIVALS for e in events) or not _RIVAL.search(text):
        return events  # (no event it may aim: the cheap test first, s34-speed3)
    new: dict[int, tuple[str, ...]] = {}
    for e in events:
        if e.event not in _ON_RIVALS or (e.target and not set(e.target) <= set(e.source)):
            continue
        end = _VICTIM_END.search(text, e.anchor[1])
        stop = min(end.start() if end else len(text), e.anchor[1] + 100)
        if _RIVAL.search(text, e.anchor[0], stop) and "opposition" not in e.source:
            new[id(e)] = ("opposition",)
    return _retargeted(events, new)


# ------------------------------------------------------------------------------------------- unnamed killers

_KILLING = re.compile(
    r"\b(?:murders?|killings?|assassinations?|shootings?|stabbings?|abductions?|kidnappings?|beheadings?)\s+of\b",
    re.I,
)
_KILLERS = ("militants",)


def unnamed_killers(text: str, events: list[Event]) -> list[Event]:
    """A condemned killing with no doer: the killing's doer and the charge's target "militants" (module
    docstring)."""
    if not any(e.event is EventType.ACCUSE for e in events) or not _KILLING.search(text):
        return events  # (no charge to aim: the cheap test first, s34-speed3)
    charges = [e for e in events if e.event is EventType.ACCUSE]
    killings = [
        e
        for e in events
        if e.event is EventType.ASSAULT and not e.source and _KILLING.match(text, e.anchor[0])
    ]
    if not charges or len(killings) != 1:
        return events
    killing = killings[0]
    out: list[Event] = []
    for e in events:
        if e is killing:
            e = dataclasses.replace(e, source=_KILLERS)
        elif (
            e.event is EventType.ACCUSE
            and e.anchor[1] <= killing.anchor[0]
            and (not e.target or e.target == killing.target)
        ):
            e = dataclasses.replace(e, target=_KILLERS)
        out.append(e)
    return out


# ----------------------------------------------------------------------------------------- offered at meeting

_AT_MEETING = re.compile(
    r"\b(?:at|during|in)\s+(?:(?:his|her|their|the|a|its)\s+)?(?:\w+\s+)?"
    r"(?:meeting|talks|conversation|summit|negotiations)\s+with\s+",
    re.I,
)
_OFFERED = frozenset({EventType.AGREE, EventType.REQUEST, EventType.SUPPORT, EventType.CONCEDE})


def offered_at_meeting(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """An offer, request or praise with no target aimed at the side met (module docstring)."""
    wanted = [e for e in events if e.event in _OFFERED and not e.target and len(e.source) == 1]
    if not wanted:
        return events
    m = _AT_MEETING.search(text)
    if m is None:
        return events
    mentions = dictionary.match(text, date=date)
    met = next((x for x in mentions if x.start == m.end() and x.code and dictionary.is_side(x.code)), None)
    if met is None or met.code is None:
        return events
    code = met.code
    new = {id(e): (code,) for e in wanted if code not in e.source}
    return _retargeted(events, new)


# ------------------------------------------------------------------------------------------ ours is the speaker

_OURS = re.compile(r"\b(?:our|Our|us)\b")
_REPORTED = re.compile(
    r"\b(?:said|says|told|stated|noted|stressed|added|recalled|believes|believed|thinks|thought|claimed|"
    r"claims|according\s+to)\b",
    re.I,
)
"""Another person's words before the act: "Erdogan said that China supported our proposal" leaves "our"
to that sayer, so the speaker is not taken."""
_OBJECT_END = re.compile(r"[;.!?]|,\s+(?:and|but|while|as|which|who|although)\b|\b(?:but|because|while)\b")
_AIMED = frozenset(
    {
        EventType.AGREE,
        EventType.REQUEST,
        EventType.SUPPORT,
        EventType.CONCEDE,
        EventType.REJECT,
        EventType.ACCUSE,
        EventType.THREATEN,
    }
)


def ours_is_the_speaker(text: str, events: list[Event], speaker: str) -> list[Event]:
    """Another side's act with no target whose object the speaker owns, aimed at the speaker (module
    docstring)."""
    if not _OURS.search(text):
        return events
    new: dict[int, tuple[str, ...]] = {}
    for e in events:
        if e.event not in _AIMED or e.target or not e.source or speaker in e.source:
            continue
        if _REPORTED.search(text, 0, e.anchor[0]):
            continue
        end = _OBJECT_END.search(text, e.anchor[1])
        stop = min(end.start() if end else len(text), e.anchor[1] + 80)
        if _OURS.search(text, e.anchor[0], stop):
            new[id(e)] = (speaker,)
    return _retargeted(events, new)


# ------------------------------------------------------------------------------------------ threat on condition

_CONDITION = re.compile(r"\b(?:if|unless|should)\s+(?:the\s+)?", re.I)
_GOODS = re.compile(
    r"\s+(?:natural\s+)?(?:gas|oil|beef|grain|wheat|goods|products|imports|exports|wine|coal|electricity|"
    r"steel|cars|fertili[sz]ers?|food|supplies|energy|pork|fish|timber)\b",
    re.I,
)
"""The goods a demonym qualifies ("Russian gas", "Australian beef"), as against a person ("British engineer")."""


def threat_on_condition(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """A threat whose target is only a nationality qualifying goods aimed at the subject of its condition
    (module docstring)."""
    from detente.coding.actors import ActorKind

    wanted = [e for e in events if e.event is EventType.THREATEN and e.target]
    if not wanted:
        return events
    mentions = dictionary.match(text, date=date)
    new: dict[int, tuple[str, ...]] = {}
    for e in wanted:
        cond = _CONDITION.search(text, e.anchor[1])
        if cond is None:
            continue
        side = next(
            (m for m in mentions if m.start == cond.end() and m.code and dictionary.is_side(m.code)), None
        )
        if side is None or side.code is None or side.code in e.source or (side.code,) == e.target:
            continue
        if side.kind is ActorKind.DEMONYM:
            continue  # "unless Iraqi women ... were released": people, not the side bargained with
        named = [m for m in mentions if m.code in e.target and m.start < cond.start()]
        qualifiers = all(
            m.kind is ActorKind.DEMONYM and " " not in m.text.strip() and _GOODS.match(text, m.end)
            for m in named
        )
        if named and qualifiers and all(any(m.code == c for m in named) for c in e.target):
            new[id(e)] = (side.code,)
    return _retargeted(events, new)
