"""Sources and targets of events whose type is right but whose sides are not, fifth round of sides (s30).

* **Draft treaties are offered to every party they would bind.** "Russia published two draft agreements,
  one addressed to the United States and one to NATO", "published the draft treaty between Russia and the
  United States ... and the draft agreement on ... the security of Russia and the member states of NATO":
  an AGREE read from the drafts is aimed at all their other parties, and when no doer is named, the party
  named first in "between X and Y" is the one who drafted them (:func:`drafts_to_parties`).
* **An opposition crowd is the opposition.** "Police detained 1,300 people at an unauthorised opposition
  rally", "Opposition supporters did not turn out ... after riot police sealed off the area", "Supporters of
  jailed Kremlin critic X demonstrated in 100 cities": a PROTEST whose doer is only "protesters" (or none)
  is the opposition's, and a COERCE or ASSAULT aimed only at "protesters" is aimed at the opposition, when
  the sentence names the crowd as the opposition's (an opposition rally, gathering, march or its supporters)
  or its figure as a critic of the government (:func:`opposition_crowd`).
* **Zones around a breakaway region are the parent state's.** "Russian forces withdrew from the so-called
  buffer zones adjacent to South Ossetia and Abkhazia", "pulled out of the buffer zones around South
  Ossetia": the zones lie outside the region, so a RETREAT from them is aimed at the state the region
  breaks away from (:func:`zones_around_region`).
* **Foreign forces or arms in Ukraine as legitimate targets.** "Foreign contingents appearing on Ukrainian
  soil will be regarded by us as legitimate military targets", "any deliveries of long-range missiles to Kiev
  would make the suppliers ... legitimate targets": Ukraine is only where the threatened stand; a threat
  aimed at Ukraine (or the West) is aimed at NATO when it names foreign troops, and at the West when it
  names deliveries or suppliers (:func:`legitimate_targets`).
* **Air policing is NATO's.** "Four Belgian F-16 fighters arrived at Siauliai to begin policing the airspace
  of the Baltic states on behalf of the Alliance": a deployment by one member state for the Alliance's air
  policing is NATO's (:func:`air_policing`).
* **Named forces are the doer of a movement told without one.** "RAF jets were scrambled to escort two
  Russian long-range bombers that approached British airspace", "the region has been freed after the
  withdrawal of Russian troops": a MOBILIZE or RETREAT with no source is the one state whose troops,
  bombers, warships or other forces the sentence names, when it is not the event's target
  (:func:`named_forces`).
* **Refugees sent or taken in are not the side addressed.** "threatened to open the gates and send 3.6
  million refugees to Europe", "urged European governments to take in 200,000 refugees": a threat or a
  request aimed only at the refugees or migrants it would move is aimed at Europe, where they would be sent
  or who is asked to take them in (:func:`refugees_to_europe`).
* **A wartime ceasefire is granted to the enemy.** "I instruct the Minister of Defence to introduce a
  ceasefire along the entire line of contact", "President Putin ordered an Easter ceasefire": after
  24 February 2022 a Russian ceasefire or truce with no target is aimed at Ukraine, and a Ukrainian one at
  Russia (:func:`wartime_ceasefire`).

:func:`settled` runs these passes on a sentence's final events; every pass returns a new list and never
raises.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType
from detente.coding.wordgates import WordGates

if TYPE_CHECKING:
    from detente.coding.actors import ActorDictionary
    from detente.coding.coder import Event

__all__ = [
    "air_policing",
    "drafts_to_parties",
    "legitimate_targets",
    "named_forces",
    "opposition_crowd",
    "refugees_to_europe",
    "settled",
    "wartime_ceasefire",
    "zones_around_region",
]

_GATES = WordGates()
_DRAFT_GATE = _GATES.gate(("draft",))
_OPPOSITION_GATE = _GATES.gate(("opposition", "critic"))
_ZONE_GATE = _GATES.gate(("zone", "area", "territor"))
_TARGETS_GATE = _GATES.gate(("legitimate",))
_POLICING_GATE = _GATES.gate(("policing", "airspace", "on behalf of the alliance"))
_FORCES_GATE = _GATES.gate(
    (
        "troops",
        "forces",
        "soldiers",
        "bombers",
        "jets",
        "aircraft",
        "warships",
        "ships",
        "units",
        "tanks",
        "fighters",
        "planes",
        "vessels",
        "columns",
        "drones",
        "missiles",
        "servicemen",
    )
)
_REFUGEES_GATE = _GATES.gate(("refugees", "migrants", "asylum seekers"))
_CEASEFIRE_GATE = _GATES.gate(("ceasefire", "cease-fire", "truce", "cease fire"))


def settled(text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary) -> list[Event]:
    """A sentence's events after every pass of this module (see the module docstring)."""
    if not events or not text:
        return events
    held = _GATES.held(text)  # (s35-speed8) the gate words read once, each gate a set test
    if not _DRAFT_GATE.isdisjoint(held):
        events = drafts_to_parties(text, date, events, dictionary)
    if not _OPPOSITION_GATE.isdisjoint(held):
        events = opposition_crowd(text, events)
    if not _ZONE_GATE.isdisjoint(held):
        events = zones_around_region(text, events)
    if not _TARGETS_GATE.isdisjoint(held):
        events = legitimate_targets(text, events)
    if not _POLICING_GATE.isdisjoint(held):
        events = air_policing(text, date, events, dictionary)
    if not _FORCES_GATE.isdisjoint(held) and any(e.event in _MOVES and not e.source for e in events):
        events = named_forces(text, date, events, dictionary)
    if not _REFUGEES_GATE.isdisjoint(held):
        events = refugees_to_europe(text, events)
    if date is not None and date >= _FULL_SCALE_WAR and not _CEASEFIRE_GATE.isdisjoint(held):
        events = wartime_ceasefire(text, events)
    return events


def _replaced(events: list[Event], new: Mapping[int, dict[str, tuple[str, ...]]]) -> list[Event]:
    """``events`` with the sides of each event whose id is a key of ``new`` replaced by its value."""
    if not new:
        return events
    return [dataclasses.replace(e, **new[id(e)]) if id(e) in new else e for e in events]  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------- drafts to parties

_DRAFTS = re.compile(r"\bdrafts?\s+(?:[\w-]+\s+){0,2}?(?:treat(?:y|ies)|agreements?|accords?)\b", re.I)
_DRAFTS_END = re.compile(r"[;.]|,\s+(?:demanding|setting|calling|which|who|but|while|saying)\b", re.I)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)


def drafts_to_parties(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """An AGREE read from draft treaties or agreements aimed at all their parties but its doer, with the
    party named first in "between X and Y" as the doer when none is named (module docstring)."""
    from detente.coding.actors import ActorKind

    wanted = [e for e in events if e.event is EventType.AGREE]
    first = _DRAFTS.search(text)
    if not wanted or first is None:
        return events
    end = _DRAFTS_END.search(text, first.end())
    stop = end.start() if end else len(text)
    parties: list[str] = []
    drafter: str | None = None
    for m in dictionary.match(text, date=date):
        if m.code is None or not first.start() <= m.start < stop:
            continue
        if m.kind not in (ActorKind.STATE, ActorKind.ORG, ActorKind.DEMONYM, ActorKind.METONYM):
            continue
        if drafter is None and _BETWEEN.search(text, max(0, m.start - 12), m.start):
            drafter = m.code
        parties.append(m.code)
    parties = list(dict.fromkeys(parties))
    new: dict[int, dict[str, tuple[str, ...]]] = {}
    for e in wanted:
        if not first.start() - 200 <= e.anchor[0] <= stop:
            continue
        source = e.source or ((drafter,) if drafter is not None else ())
        if not source:
            continue
        others = tuple(sorted(p for p in parties if p not in source))
        if len(others) < 2 or (source, others) == (e.source, e.target):
            continue  # one draft to one party: the readers aim it already
        new[id(e)] = {"source": source, "target": others}
    return _replaced(events, new)


# ----------------------------------------------------------------------------------------- opposition crowd

_OPPOSITION_CROWD = re.compile(
    r"\bopposition\s+(?:rall(?:y|ies)|gatherings?|supporters|march(?:es)?|protests?|demonstrations?)\b|"
    r"\b(?:kremlin|government|regime)\s+critic\b",
    re.I,
)
_CROWD = ("protesters",)
_ON_THE_CROWD = frozenset({EventType.COERCE, EventType.ASSAULT})


def opposition_crowd(text: str, events: list[Event]) -> list[Event]:
    """A PROTEST by "protesters" (or no one) the opposition's, and a COERCE or ASSAULT on "protesters" aimed
    at the opposition, when the sentence names the crowd as the opposition's (module docstring)."""
    if _OPPOSITION_CROWD.search(text) is None:
        return events
    new: dict[int, dict[str, tuple[str, ...]]] = {}
    for e in events:
        if e.event is EventType.PROTEST and e.source in ((), _CROWD) and "opposition" not in e.target:
            new[id(e)] = {"source": ("opposition",)}
        elif e.event in _ON_THE_CROWD and e.target == _CROWD and "opposition" not in e.source:
            new[id(e)] = {"target": ("opposition",)}
    return _replaced(events, new)


# -------------------------------------------------------------------------------------- zones around region

_REGIONS = frozenset({"south ossetia", "abkhazia"})
"""Breakaway regions of Georgia the dictionary codes on their own."""
_AROUND = re.compile(
    r"\b(?:zones?|areas?|territor(?:y|ies)|districts?)\s+(?:immediately\s+)?"
    r"(?:adjacent\s+to|around|bordering|surrounding)\s+(?:the\s+)?"
    r"(?:south\s+ossetia|abkhazia|tskhinvali?|sukhumi)\b",
    re.I,
)


def zones_around_region(text: str, events: list[Event]) -> list[Event]:
    """A RETREAT from zones around a breakaway region of Georgia aimed at Georgia (module docstring)."""
    if _AROUND.search(text) is None:
        return events
    new: dict[int, dict[str, tuple[str, ...]]] = {}
    for e in events:
        if e.event is not EventType.RETREAT or not e.target or "GEO" in e.source:
            continue
        if all(t in _REGIONS for t in e.target):
            new[id(e)] = {"target": ("GEO",)}
    return _replaced(events, new)


# ------------------------------------------------------------------------------------- legitimate targets

_LEGITIMATE = re.compile(r"\blegitimate\s+(?:military\s+)?targets?\b", re.I)
_IN_UKRAINE = re.compile(
    r"\b(?:to|in|into|on|inside)\s+(?:the\s+territory\s+of\s+)?(?:Ukraine|Kyiv|Kiev)\b|"
    r"\b(?:on|in)\s+Ukrainian\s+(?:soil|territory)\b",
    re.I,
)
_FOREIGN_TROOPS = re.compile(
    r"\b(?:foreign|western|nato|allied|european)\s+(?:troops|contingents?|forces|soldiers|military\s+personnel|"
    r"servicemen|instructors)\b",
    re.I,
)
_ARMS = re.compile(r"\b(?:deliver(?:y|ies)|supplies|suppliers|supplied|shipments?|convoys?)\b", re.I)


def legitimate_targets(text: str, events: list[Event]) -> list[Event]:
    """A threat of "legitimate targets" aimed at Ukraine (or the West) re-aimed at NATO when it names foreign
    troops in Ukraine, or at the West when it names deliveries to Ukraine (module docstring)."""
    if _LEGITIMATE.search(text) is None or _IN_UKRAINE.search(text) is None:
        return events
    olds: tuple[tuple[str, ...], ...]
    if _FOREIGN_TROOPS.search(text):
        aim, olds = "NATO", (("UKR",), ("WEST",))
    elif _ARMS.search(text):
        aim, olds = "WEST", (("UKR",),)
    else:
        return events
    new: dict[int, dict[str, tuple[str, ...]]] = {}
    for e in events:
        if e.event is EventType.THREATEN and e.target in olds and aim not in e.source:
            new[id(e)] = {"target": (aim,)}
    return _replaced(events, new)


# ------------------------------------------------------------------------------------------- air policing

_POLICING = re.compile(
    r"\bair\s+policing\b|\bpolic(?:e|ing)\s+(?:the\s+)?(?:\w+\s+)?airspace\b|"
    r"\bpatrol(?:ling)?\s+the\s+airspace\s+of\s+the\s+Baltic\b|\bon\s+behalf\s+of\s+(?:the\s+)?(?:Alliance|NATO)\b",
    re.I,
)


def air_policing(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """A MOBILIZE by one NATO member state for the Alliance's air policing made NATO's (module docstring)."""
    if _POLICING.search(text) is None:
        return events
    members = dictionary.members_at("NATO", date)
    new: dict[int, dict[str, tuple[str, ...]]] = {}
    for e in events:
        if e.event is EventType.MOBILIZE and len(e.source) == 1 and e.source[0] in members:
            new[id(e)] = {"source": ("NATO",)}
    return _replaced(events, new)


# ------------------------------------------------------------------------------------------- named forces

_MOVES = frozenset({EventType.MOBILIZE, EventType.RETREAT})
_FORCE_NOUN = re.compile(
    r"\s+(?:(?:[\w-]+\s+){0,2}?)(?:troops|forces|soldiers|bombers|jets|aircraft|warships|ships|units|tanks|"
    r"fighters|planes|vessels|columns|drones|missiles|servicemen)\b",
    re.I,
)


def named_forces(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """A MOBILIZE or RETREAT with no source given the one state whose forces the sentence names (module
    docstring)."""
    from detente.coding.actors import ActorKind

    owners: set[str] = set()
    for m in dictionary.match(text, date=date):
        if m.kind is not ActorKind.DEMONYM or m.code is None:
            continue
        noun = _FORCE_NOUN.match(text, m.end)
        if (noun is not None and "," not in noun.group(0)) or _FORCE_NOUN.search(" " + m.text):
            owners.add(m.code)
    if len(owners) != 1:
        return events
    owner = next(iter(owners))
    new: dict[int, dict[str, tuple[str, ...]]] = {}
    for e in events:
        if e.event in _MOVES and not e.source and owner not in e.target:
            new[id(e)] = {"source": (owner,)}
    return _replaced(events, new)


# ------------------------------------------------------------------------------------- refugees to Europe

_MOVED = frozenset({("refugees",), ("migrants",)})
_EUROPE = (
    r"(?:Europe|the\s+European\s+Union|the\s+EU|European\s+(?:governments|countries|states|nations|capitals))"
)
_SENT_TO_EUROPE = re.compile(
    r"\b(?:send|sending|push|pushing|let|letting|allow|allowing|flood|flooding|unleash)\s+(?:[\w.,-]+\s+){0,4}?"
    r"(?:refugees|migrants|asylum\s+seekers)\s+(?:in)?to(?:wards)?\s+" + _EUROPE + r"\b",
    re.I,
)
_EUROPE_TAKES_IN = re.compile(
    r"\b(?:urged|urging|called\s+on|calling\s+on|asked|asking|appealed\s+to|pressed)\s+"
    + _EUROPE
    + r"\b[^.;]{0,60}?\bto\s+(?:take\s+in|accept|admit|resettle|receive|relocate|host|share)\b",
    re.I,
)


def refugees_to_europe(text: str, events: list[Event]) -> list[Event]:
    """A threat to send refugees to Europe, or a request that Europe take them in, aimed at the EU rather than
    at the refugees (module docstring)."""
    wanted = {
        EventType.THREATEN: _SENT_TO_EUROPE.search(text) is not None,
        EventType.REQUEST: _EUROPE_TAKES_IN.search(text) is not None,
    }
    if not any(wanted.values()):
        return events
    new: dict[int, dict[str, tuple[str, ...]]] = {}
    for e in events:
        if wanted.get(e.event) and e.target in _MOVED and "EU" not in e.source:
            new[id(e)] = {"target": ("EU",)}
    return _replaced(events, new)


# -------------------------------------------------------------------------------------- wartime ceasefire

_FULL_SCALE_WAR = dt.date(2022, 2, 24)
_CEASEFIRE = re.compile(r"\b(?:ceasefire|cease-fire|truce|cease\s+fire)\b", re.I)
_ENEMY = {"RUS": "UKR", "UKR": "RUS"}


def wartime_ceasefire(text: str, events: list[Event]) -> list[Event]:
    """A Russian (Ukrainian) ceasefire with no target, after 24 February 2022, aimed at Ukraine (Russia)
    (module docstring)."""
    new: dict[int, dict[str, tuple[str, ...]]] = {}
    for e in events:
        if e.event is not EventType.CONCEDE or e.target or len(e.source) != 1 or e.source[0] not in _ENEMY:
            continue
        if _CEASEFIRE.search(text, max(0, e.anchor[0] - 60), e.anchor[1] + 60) is None:
            continue
        new[id(e)] = {"target": (_ENEMY[e.source[0]],)}
    return _replaced(events, new)
