"""Sources and targets of events whose type is right but whose sides are not, sixth round of sides (s31).

* **A mission to NATO is closed on NATO.** "Moscow will shut its delegation to NATO and the Alliance's
  information office in Moscow", "the work of our mission to NATO is suspended": a SANCTION by Russia (or by
  no one named, when "our" is a Russian speaker's) that names a mission, delegation or office to or of NATO
  is aimed at NATO (:func:`missions_to_nato`).
* **NATO's offices in Moscow are closed by Russia.** "The Alliance's information office in Moscow will
  have its accreditation revoked": a SANCTION read as NATO's (or no one's) that names a NATO mission or office
  in Moscow is Russia's, aimed at NATO (:func:`missions_to_nato`).
* **The NATO-Russia bodies are frozen by one of their two sides.** "Ministers froze the meetings of the
  NATO-Russia Council", "Moscow suspended its part in the Permanent Joint Council": a SANCTION on the
  NATO-Russia Council or the Permanent Joint Council is Russia's, aimed at NATO, when Russia is among its
  doers, and NATO's, aimed at Russia, otherwise (:func:`nato_russia_bodies`).
* **A bilateral arms treaty is suspended on the other party.** "Washington suspended its obligations under
  the INF Treaty", "Moscow is suspending its part in New START": a SANCTION by Russia or the United States
  with no target, in a sentence naming a treaty between the two of them (INF, START, New START, ABM), is
  aimed at the other (:func:`bilateral_treaty`).
* **Transit for the Alliance's forces is cooperation with NATO.** "Supplies for the international force in
  Afghanistan now cross Russian territory by rail under the transit deal": a COOPERATE by Russia aimed at no
  one or at Afghanistan, in a sentence on transit for ISAF, NATO or the international forces in Afghanistan,
  is aimed at NATO (:func:`transit_for_the_alliance`).
* **Crimea is annexed from Ukraine.** "Allies will not recognise the attempt to annex the peninsula" after
  Crimea is named: a COERCE by Russia with no target in a sentence that names Crimea is aimed at Ukraine
  (:func:`crimea_from_ukraine`).
* **The authorities named are the doer of a crackdown told without one.** "The Belarusian authorities must
  end the crackdown in which thousands were detained": a COERCE or ASSAULT with no source is the state whose
  authorities, government or security forces the sentence names (one state only, not its target)
  (:func:`named_authorities`).
* **A call to stop an attack is aimed at the attacker.** "Moscow condemns the shelling of the city by the
  army and insists that it be stopped", "We call for an end to the bombing of Serbian towns by NATO
  aircraft": a REQUEST to stop, halt or end an attack is aimed at the attack's doer, not at its victims
  (and not made by the doer) (:func:`stop_the_attacker`).
* **Sanctions are aimed at the one state named.** "The Council adopted a further package of restrictive
  measures, listing more Russian officials": a SANCTION with a doer and no target, in a sentence that names
  one state (by name or adjective) other than the doer after the sanction's words, not inside a relative clause
  ("sanctions on firms that sold drones to X"), is aimed at that state (:func:`sanctioned_state`).
* **A NATO summit's decision is NATO's.** "The ministry called the Bucharest summit's promise to Tbilisi
  and Kyiv a grave mistake", "the decisions of the Wales Summit to set up a spearhead force": after a NATO
  summit held in a city that hosted no other summit named there (Bucharest, Wales/Newport, Warsaw, Madrid,
  Prague, Riga, Strasbourg, Lisbon, Chicago, Vilnius, each from its NATO summit's date), an event with no
  doer or only a group as doer is NATO's, and a judgement of the decision by another side is aimed at
  NATO, unless the sentence names the EU, the Eastern Partnership, the OSCE or another forum
  (:func:`summit_decision`).
* **Interceptions told by the interceptor are its own.** "A fighter on duty took off to escort a foreign
  reconnaissance plane nearing the border" in a defence ministry's statement: a MOBILIZE with no doer, aimed
  at another side, in a sentence on intercepting, escorting or scrambling, is the speaker's
  (:func:`intercepting_speaker`).
* **Detentions told by a security agency are its state's.** "Two foreign sailors were held after crossing
  the border, the FSB said": a COERCE with no doer in a sentence credited to a state's security, border,
  police or defence agency is that state's, when it is not aimed at that state (:func:`agency_detains`).
* **Condemning an act is aimed at its doer.** "The ministry denounced the removal of war memorials by the
  city council": an ACCUSE with no target, in a sentence whose one other event is a coercion, an attack, a
  sanction or a deployment by one side other than the accuser, is aimed at that side (a meeting or a
  statement is no condemned act) (:func:`condemned_doer`).
* **Brussels that sanctions or bans is the EU.** "Washington and Brussels announced asset freezes on more
  officials", "the decision of Brussels to take the channels off the air across the EU": "Brussels" as a doer
  (not a place: "in Brussels", "to Brussels") in a sentence on sanctions, bans or restrictive measures, or
  that names the EU, and that names neither NATO nor the Alliance, is the EU; an event with no doer gets it,
  and one whose doer is coordinated with Brussels ("X and Brussels") gets it as a second doer
  (:func:`brussels_is_the_eu`).
* **A partner's soldiers in a NATO-led force move for their state.** "A column of Russian paratroopers from
  SFOR drove overnight to Pristina airport": a MOBILIZE or RETREAT read as NATO's, in a sentence whose only
  forces named by a state's adjective are those of a state outside NATO, is that state's
  (:func:`partner_forces`).
* **The Commission that pays in euros is the EU's.** "The Commission paid out 1.5 billion euros to Kyiv":
  an event with no source in a sentence whose doer is "the Commission" (not "the Commission of/on/for
  ...") and that speaks of euros or of Europe is the EU's (:func:`european_commission`).
* **Counter-sanctions are the sanctioned state's.** "The decree bans food imports from countries that have
  imposed sanctions on Russia": a SANCTION read as aimed at the state the others sanction, with no doer or
  that state as doer, is that state's answer, aimed at no one named (:func:`counter_sanctions`).
* **Blame goes to the side held responsible.** "Allies voiced alarm at the poisoning, which London judges
  very likely to be the responsibility of Russia", "We hold Russia responsible for the attack": an ACCUSE
  aimed elsewhere is aimed at the one side the sentence names as responsible (:func:`held_responsible`).
* **Concern after a side's act is aimed at the doer.** "The ministry voiced concern after Gazprom reduced
  gas flows to Ukraine": an ACCUSE aimed at another side named later is aimed at the side that opens the
  clause of concern, when it acts there (not "was ...", not an adjective) (:func:`concern_after_act`).
* **Bare ministers' meetings are NATO's in these texts.** "Defence ministers endorsed new plans for the
  eastern flank", "Heads of State and Government opened a partnership to their neighbours": a sentence that
  opens with the Alliance's collective bodies named bare (not "... of X", "... from X", "... and X") gives
  its events with no doer (or only "world leaders") to NATO, unless it names another organisation
  (:func:`bare_ministers`).
* **A judged air-policing step is NATO's.** "Two Danish jets arrived to police Baltic airspace, a move
  Moscow called provocative": when the deployment is NATO's (:func:`detente.coding.sidefix5.air_policing`),
  a judgement aimed at the member state that flew the jets is aimed at NATO (:func:`policing_judged`).

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
    "agency_detains",
    "bare_ministers",
    "bilateral_treaty",
    "brussels_is_the_eu",
    "concern_after_act",
    "condemned_doer",
    "counter_sanctions",
    "crimea_from_ukraine",
    "european_commission",
    "expelled_from",
    "held_responsible",
    "intercepting_speaker",
    "missions_to_nato",
    "named_authorities",
    "nato_russia_bodies",
    "partner_forces",
    "policing_judged",
    "sanctioned_state",
    "settled",
    "stop_the_attacker",
    "summit_decision",
    "transit_for_the_alliance",
]

_GATES = WordGates()
_MISSION_GATE = _GATES.gate(("mission", "delegation", "office", "representation"))
_BODIES_GATE = _GATES.gate(("council", "nrc", "pjc"))
_TREATY_GATE = _GATES.gate(("inf", "start", "abm", "anti-ballistic", "intermediate-range"))
_TRANSIT_GATE = _GATES.gate(("transit",))
_CRIMEA_GATE = _GATES.gate(("crimea",))
_AUTHORITIES_GATE = _GATES.gate(("authorities", "government", "security forces", "security services"))
_STOP_GATE = _GATES.gate(("stop", "end", "halt", "cease", "cessation"))
_SUMMIT_GATE = _GATES.gate(("summit",))
_INTERCEPT_GATE = _GATES.gate(("intercept", "escort", "scrambl", "took off", "shadow", "warning shots"))
_AGENCY_GATE = _GATES.gate(("said", "according to", "reported", "announced", "stated"))
_EXPELLED_GATE = _GATES.gate(("deport", "expel", "expulsion"))
_BRUSSELS_GATE = _GATES.gate(("brussels",))
_PARTNER_GATE = _GATES.gate(("sfor", "kfor", "ifor", "isaf", "implementation force", "stabilisation force"))
_COMMISSION_GATE = _GATES.gate(("commission",))
_COUNTER_GATE = _GATES.gate(("sanction",))
_RESPONSIBLE_GATE = _GATES.gate(("responsib",))
_CONCERN_GATE = _GATES.gate(("concern", "alarm", "dismay", "regret", "outrage"))
_MINISTERS_GATE = _GATES.gate(("ministers", "heads of state and government"))
_POLICING_GATE = _GATES.gate(("policing", "airspace", "on behalf of the alliance"))

_RUSSIA = ("RUS",)
_NATO = ("NATO",)


def settled(
    text: str,
    date: dt.date | None,
    events: list[Event],
    dictionary: ActorDictionary,
    speaker: str | None = None,
) -> list[Event]:
    """A sentence's events after every pass of this module (see the module docstring)."""
    if not events or not text:
        return events
    held = _GATES.held(text)  # (s35-speed8) the gate words read once, each gate a set test
    kinds = {e.event for e in events}
    if EventType.SANCTION in kinds and not _MISSION_GATE.isdisjoint(held):
        events = missions_to_nato(text, events, speaker)
    if EventType.SANCTION in kinds and not _BODIES_GATE.isdisjoint(held):
        events = nato_russia_bodies(text, events)
    if EventType.SANCTION in kinds and not _TREATY_GATE.isdisjoint(held):
        events = bilateral_treaty(text, events)
    if EventType.COOPERATE in kinds and not _TRANSIT_GATE.isdisjoint(held):
        events = transit_for_the_alliance(text, events)
    if EventType.COERCE in kinds and not _CRIMEA_GATE.isdisjoint(held):
        events = crimea_from_ukraine(text, events)
    if kinds & _CRACKDOWNS and not _AUTHORITIES_GATE.isdisjoint(held):
        events = named_authorities(text, date, events, dictionary)
    if EventType.REQUEST in kinds and not _STOP_GATE.isdisjoint(held):
        events = stop_the_attacker(text, date, events, dictionary)
    if date is not None and not _SUMMIT_GATE.isdisjoint(held):
        events = summit_decision(text, date, events, dictionary)
    if speaker is not None and EventType.MOBILIZE in kinds and not _INTERCEPT_GATE.isdisjoint(held):
        events = intercepting_speaker(events, speaker)
    if EventType.COERCE in kinds and not _AGENCY_GATE.isdisjoint(held):
        events = agency_detains(text, date, events, dictionary)
    if EventType.ACCUSE in kinds and len(events) > 1:
        events = condemned_doer(events)
    if kinds & _REMOVALS and not _EXPELLED_GATE.isdisjoint(held):
        events = expelled_from(text, date, events, dictionary)
    if not _BRUSSELS_GATE.isdisjoint(held):
        events = brussels_is_the_eu(text, date, events, dictionary)
    if kinds & _PARTNER_MOVES and not _PARTNER_GATE.isdisjoint(held):
        events = partner_forces(text, date, events, dictionary)
    if not _COMMISSION_GATE.isdisjoint(held) and any(not e.source for e in events):
        events = european_commission(text, events)
    if EventType.SANCTION in kinds and not _COUNTER_GATE.isdisjoint(held):
        events = counter_sanctions(text, events)
    if any(e.event is EventType.SANCTION and e.source and not e.target for e in events):
        events = sanctioned_state(text, date, events, dictionary)
    if EventType.ACCUSE in kinds and not _RESPONSIBLE_GATE.isdisjoint(held):
        events = held_responsible(text, date, events, dictionary)
    if EventType.ACCUSE in kinds and not _CONCERN_GATE.isdisjoint(held):
        events = concern_after_act(text, date, events, dictionary)
    if not _MINISTERS_GATE.isdisjoint(held) and any(e.source in _NO_DOER for e in events):
        events = bare_ministers(text, date, events, dictionary)
    if EventType.MOBILIZE in kinds and not _POLICING_GATE.isdisjoint(held):
        events = policing_judged(text, date, events, dictionary)
    return events


def _replaced(events: list[Event], new: Mapping[int, dict[str, tuple[str, ...]]]) -> list[Event]:
    """``events`` with the sides of each event whose id is a key of ``new`` replaced by its value."""
    if not new:
        return events
    return [dataclasses.replace(e, **new[id(e)]) if id(e) in new else e for e in events]  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------- missions to NATO

_NATO_NAME = r"(?:NATO|the\s+(?:North\s+Atlantic\s+)?Alliance)"
_MISSION_TO_NATO = re.compile(
    r"\b(?:(?:permanent\s+)?mission|delegation|representation|representative)\s+(?:\w+\s+){0,1}?"
    rf"(?:to|at|with)\s+{_NATO_NAME}\b|"
    rf"\b{_NATO_NAME}(?:'s)?\s+(?:(?:military\s+)?liaison\s+|information\s+)(?:mission|office)\b|"
    r"\bNATO\s+(?:military\s+liaison|information)\s+(?:mission|office)\b",
    re.I,
)
_OFFICE_IN_MOSCOW = re.compile(
    rf"\b(?:{_NATO_NAME}(?:'s)?|NATO)\s+(?:[\w-]+\s+){{0,2}}?(?:mission|office)\s+in\s+Moscow\b", re.I
)
_OUR = re.compile(r"\bour\b", re.I)


def missions_to_nato(text: str, events: list[Event], speaker: str | None = None) -> list[Event]:
    """A SANCTION by Russia on a mission to or of NATO aimed at NATO (module docstring)."""
    if _MISSION_TO_NATO.search(text) is None:
        return events
    new: dict[int, dict[str, tuple[str, ...]]] = {}
    for e in events:
        if e.event is not EventType.SANCTION:
            continue
        source = e.source
        if source in ((), _NATO) and e.target in ((), _NATO) and _OFFICE_IN_MOSCOW.search(text):
            source = _RUSSIA  # only Moscow closes NATO's offices in Moscow
        if not source and speaker == "RUS" and _OUR.search(text):
            source = _RUSSIA
        if source == _RUSSIA and e.target in ((), _RUSSIA, _NATO):
            new[id(e)] = {"source": _RUSSIA, "target": _NATO}
    return _replaced(events, new)


# ---------------------------------------------------------------------------------------- NATO-Russia bodies

_BODIES = re.compile(
    r"\b(?:NATO-Russia\s+Council|Russia-NATO\s+Council|NRC|Permanent\s+Joint\s+Council|PJC)\b"
)
_FROZEN = re.compile(r"\b(?:suspen\w+|froze|frozen|freez\w+|halt\w*|cancel\w*|walk\w*\s+out)\b", re.I)


def nato_russia_bodies(text: str, events: list[Event]) -> list[Event]:
    """A SANCTION on the NATO-Russia Council or the Permanent Joint Council between its two sides (module
    docstring)."""
    if _BODIES.search(text) is None or _FROZEN.search(text) is None:
        return events
    new: dict[int, dict[str, tuple[str, ...]]] = {}
    for e in events:
        if e.event is not EventType.SANCTION:
            continue
        sides = (_RUSSIA, _NATO) if "RUS" in e.source else (_NATO, _RUSSIA)
        if (e.source, e.target) != sides:
            new[id(e)] = {"source": sides[0], "target": sides[1]}
    return _replaced(events, new)


# ---------------------------------------------------------------------------------------- bilateral treaty

_BILATERAL = re.compile(
    r"\b(?:INF|(?:New\s+)?START|ABM)\s+(?:[Tt]reaty|arms)|\bNew\s+START\b|"
    r"\bIntermediate-Range\s+Nuclear\s+Forces\s+Treaty\b|\bAnti-Ballistic\s+Missile\s+Treaty\b"
)
_PARTIES = {"RUS": ("USA",), "USA": ("RUS",)}


def bilateral_treaty(text: str, events: list[Event]) -> list[Event]:
    """A SANCTION by Russia or the United States with no target on a treaty between the two aimed at the
    other (module docstring)."""
    if _BILATERAL.search(text) is None:
        return events
    new: dict[int, dict[str, tuple[str, ...]]] = {}
    for e in events:
        if e.event is EventType.SANCTION and not e.target and len(e.source) == 1 and e.source[0] in _PARTIES:
            new[id(e)] = {"target": _PARTIES[e.source[0]]}
    return _replaced(events, new)


# ------------------------------------------------------------------------------------ transit for the Alliance

_TRANSIT_FOR = re.compile(
    r"\b(?:ISAF|NATO|the\s+Alliance|Allied|(?:the\s+)?international\s+(?:security\s+assistance\s+)?forces?\s+"
    r"in\s+Afghanistan)\b",
    re.I,
)
_ACROSS_RUSSIA = re.compile(
    r"\b(?:across|through|via|over|cross(?:ed|es|ing)?)\s+(?:the\s+)?(?:Russian\s+(?:territory|soil|railways?)|"
    r"(?:the\s+territory\s+of\s+)?Russia(?:n\s+Federation)?)\b",
    re.I,
)
_NATIONAL_CARGO = re.compile(
    r"\b(?:US|U\.S\.|American|German|French|British)\s+(?:military\s+)?(?:cargo|goods)\b"
)


def transit_for_the_alliance(text: str, events: list[Event]) -> list[Event]:
    """A COOPERATE by Russia on transit for the Alliance's forces in Afghanistan aimed at NATO (module
    docstring)."""
    if _TRANSIT_FOR.search(text) is None or _ACROSS_RUSSIA.search(text) is None:
        return events
    if _NATIONAL_CARGO.search(text):
        return events
    new: dict[int, dict[str, tuple[str, ...]]] = {}
    for e in events:
        if e.event is EventType.COOPERATE and e.source == _RUSSIA and e.target in ((), ("AFG",)):
            new[id(e)] = {"target": _NATO}
    return _replaced(events, new)


# ------------------------------------------------------------------------------------------- Crimea annexed

_CRIMEA = re.compile(r"\bCrimea", re.I)


def crimea_from_ukraine(text: str, events: list[Event]) -> list[Event]:
    """A COERCE by Russia with no target in a sentence naming Crimea aimed at Ukraine (module docstring)."""
    if _CRIMEA.search(text) is None:
        return events
    new: dict[int, dict[str, tuple[str, ...]]] = {
        id(e): {"target": ("UKR",)}
        for e in events
        if e.event is EventType.COERCE and e.source == _RUSSIA and not e.target
    }
    return _replaced(events, new)


# ------------------------------------------------------------------------------------------ named authorities

_CRACKDOWNS = frozenset({EventType.COERCE, EventType.ASSAULT})
_AUTHORITIES = re.compile(
    r"[\w-]+\s+(?:authorities|government|regime|security\s+(?:forces|services))\b", re.I
)


def named_authorities(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """A COERCE or ASSAULT with no source given the one state whose authorities the sentence names (module
    docstring)."""
    from detente.coding.actors import ActorKind

    wanted = [e for e in events if e.event in _CRACKDOWNS and not e.source]
    if not wanted:
        return events
    states = {
        m.code
        for m in dictionary.match(text, date=date)
        if m.kind is ActorKind.DEMONYM and m.code is not None and _AUTHORITIES.match(text, m.start)
    }
    if len(states) != 1:
        return events
    state = states.pop()
    return _replaced(events, {id(e): {"source": (state,)} for e in wanted if state not in e.target})


# ------------------------------------------------------------------------------------------ stop the attacker

_ATTACKS = frozenset({EventType.ASSAULT, EventType.COERCE})
_STOP = re.compile(
    r"\bbe\s+(?:stopped|halted|ended|ceased|discontinued)\b|\bstop(?:ped)?\s+(?:it|them|this|these)\b|"
    r"\b(?:an?\s+)?(?:immediate\s+|swift\s+)?(?:end|halt|stop|cessation)\s+(?:to|of)\s+(?:the|these|this|such)\b|"
    r"\bput\s+an\s+end\s+to\b|\bto\s+(?:stop|halt|cease|end)\s+(?:the|its|their|these|this|it)\b",
    re.I,
)
_BY_ATTACKER = re.compile(
    r"\b(?:end|halt|stop|cessation)\s+(?:to|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:bombing|bombardment|bombings|strikes|shelling|attacks|raids|offensive|operation|aggression)\s+"
    r"(?:(?:of|on|against|in)\s+[^.;,]{1,60}?\s+)?by\s+(?P<by>(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2})",
    re.I,
)


def stop_the_attacker(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """A REQUEST to stop an attack aimed at the attacker (module docstring)."""
    stop = _STOP.search(text)
    if stop is None:
        return events
    attacks = [e for e in events if e.event in _ATTACKS and e.source]
    doers = {e.source for e in attacks}
    victims = {e.target for e in attacks} | {()}
    if not doers:
        by = _BY_ATTACKER.search(text)
        doer = None if by is None else _side_at(text, by.start("by"), by.end("by"), date, dictionary)
        if doer is None:
            return events
        doers = {(doer,)}
        victims = {e.target for e in events if e.event is EventType.REQUEST}
    if len(doers) != 1:
        return events
    doer_side = doers.pop()
    new: dict[int, dict[str, tuple[str, ...]]] = {}
    for e in events:
        if e.event is not EventType.REQUEST or e.target == doer_side:
            continue
        if e.source == doer_side:
            if e.target:  # the doer does not ask itself: the asker was read as the one asked
                new[id(e)] = {"source": e.target, "target": doer_side}
        elif e.target in victims and not set(doer_side) & set(e.source):
            new[id(e)] = {"target": doer_side}
    return _replaced(events, new)


# ------------------------------------------------------------------------------------------- summit decision

_NATO_SUMMITS = {
    "bucharest": dt.date(2008, 4, 2),
    "wales": dt.date(2014, 9, 4),
    "newport": dt.date(2014, 9, 4),
    "warsaw": dt.date(2016, 7, 8),
    "madrid": dt.date(1997, 7, 8),
    "prague": dt.date(2002, 11, 21),
    "riga": dt.date(2006, 11, 28),
    "strasbourg": dt.date(2009, 4, 3),
    "lisbon": dt.date(2010, 11, 19),
    "chicago": dt.date(2012, 5, 20),
    "vilnius": dt.date(2023, 7, 11),
}
_CITY = "|".join(c.capitalize() for c in _NATO_SUMMITS)
_SUMMIT_DECISION = re.compile(
    r"\b(?:decisions?|promises?|pledges?|invitations?)\s+(?:(?:taken|made|adopted|given)\s+)?(?:of|at|in|by)\s+"
    rf"(?:the\s+)?(?:NATO\s+)?(?:\d{{4}}\s+)?(?P<city>{_CITY})\s+(?:NATO\s+)?[Ss]ummit\b|"
    rf"\b(?P<city2>{_CITY})\s+(?:NATO\s+)?[Ss]ummit(?:'s)?\s+(?:decisions?|promises?|pledges?|invitations?)\b"
)
_OTHER_FORUMS = re.compile(
    r"\b(?:EU|European\s+Union|Eastern\s+Partnership|OSCE|CIS|G8|G20|BRICS|SCO|CSTO|Russia-EU|EU-Russia|"
    r"Bucharest\s+Nine|B9|Three\s+Seas)\b"
)
_JUDGING = frozenset({EventType.ACCUSE, EventType.REJECT})


def summit_decision(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """Events of a NATO summit's decision given NATO as doer, and judgements of it aimed at NATO (module
    docstring)."""
    m = _SUMMIT_DECISION.search(text)
    if m is None or date is None or _OTHER_FORUMS.search(text):
        return events
    city = (m.group("city") or m.group("city2")).lower()
    if date < _NATO_SUMMITS[city]:
        return events
    new: dict[int, dict[str, tuple[str, ...]]] = {}
    for e in events:
        if e.event in _JUDGING:
            if e.source and "NATO" not in e.source and "NATO" not in e.target:
                new[id(e)] = {"target": _NATO}
        elif "NATO" not in e.target and (
            not e.source or all(c.islower() and not dictionary.is_side(c) for c in e.source)
        ):
            new[id(e)] = {"source": _NATO, "target": tuple(t for t in e.target if t != "NATO")}
    return _replaced(events, new)


# ------------------------------------------------------------------------------------- intercepting speaker


def intercepting_speaker(events: list[Event], speaker: str) -> list[Event]:
    """A MOBILIZE with no doer aimed at another side in a sentence on intercepting made the speaker's (module
    docstring); the word gate in :func:`settled` is the check on the sentence."""
    new: dict[int, dict[str, tuple[str, ...]]] = {
        id(e): {"source": (speaker,)}
        for e in events
        if e.event is EventType.MOBILIZE and not e.source and e.target and speaker not in e.target
    }
    return _replaced(events, new)


# ------------------------------------------------------------------------------------------- agency detains

_CREDITED = re.compile(
    r"(?:,\s*|\baccording\s+to\s+)(?P<sayer>(?:the\s+)?[\w'’ -]{2,60}?)\s*"
    r"(?:\s(?:said|reported|announced|stated)\b[^.;]{0,40})?[.!]?\s*$"
)
_AGENCY = re.compile(
    r"\b(?:FSB|SBU|KGB|border|guards?|police|security\s+service|Investigative\s+Committee|Interior|"
    r"Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e|National\s+Guard)\b",
    re.I,
)


def agency_detains(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """A COERCE with no doer credited to a state's security agency made that state's (module docstring)."""
    wanted = [e for e in events if e.event is EventType.COERCE and not e.source]
    if not wanted:
        return events
    m = _CREDITED.search(text)
    if m is None or _AGENCY.search(m.group("sayer")) is None:
        return events
    codes = {x.code for x in dictionary.match(m.group("sayer"), date=date) if x.code is not None}
    if len(codes) != 1:
        return events
    state = codes.pop()
    if not dictionary.is_side(state):
        return events
    return _replaced(events, {id(e): {"source": (state,)} for e in wanted if state not in e.target})


# ------------------------------------------------------------------------------------------- condemned doer


_CONDEMNABLE = frozenset({EventType.COERCE, EventType.ASSAULT, EventType.SANCTION, EventType.MOBILIZE})


def condemned_doer(events: list[Event]) -> list[Event]:
    """An ACCUSE with no target aimed at the doer of the sentence's one other event (module docstring)."""
    others = [e for e in events if e.event is not EventType.ACCUSE]
    if len(others) != 1 or others[0].event not in _CONDEMNABLE or len(others[0].source) != 1:
        return events
    doer = others[0].source
    new: dict[int, dict[str, tuple[str, ...]]] = {
        id(e): {"target": doer}
        for e in events
        if e.event is EventType.ACCUSE and not e.target and e.source and not set(doer) & set(e.source)
    }
    return _replaced(events, new)


# -------------------------------------------------------------------------------------------- expelled from

_REMOVALS = frozenset({EventType.COERCE, EventType.SANCTION})
_EXPELLED_FROM = re.compile(
    r"\b(?:deport(?:ation|ations|ed|ing|s)?|expul(?:sion|sions)|expel(?:led|ling|s)?)\s+"
    r"(?:(?!(?:and|but|while|after)\b)[^.;:,]){0,80}?\bfrom\s+(?P<place>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
)


def expelled_from(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """A COERCE or SANCTION with no doer on deporting or expelling people from one state made that state's
    (module docstring)."""
    wanted = [e for e in events if e.event in _REMOVALS and not e.source]
    if not wanted:
        return events
    states = set()
    for m in _EXPELLED_FROM.finditer(text):
        code = _side_at(text, m.start("place"), m.end("place"), date, dictionary)
        if code is not None:
            states.add(code)
    if len(states) != 1:
        return events
    state = states.pop()
    return _replaced(events, {id(e): {"source": (state,)} for e in wanted if state not in e.target})


# ------------------------------------------------------------------------------------------ Brussels is the EU

_BRUSSELS_DOER = re.compile(
    r"(?<!\bin\s)(?<!\bto\s)(?<!\bat\s)(?<!\bfrom\s)(?<!\bvia\s)(?<!\bnear\s)\bBrussels\b(?!\s+(?:summit|meeting|talks|office|headquarters))"
)
_EU_MATTER = re.compile(
    r"\bsanction\w*|\brestrictive\s+measures\b|\bvisa\s+bans?\b|\basset\s+freezes?\b|\bban(?:s|ned|ning)?\b|"
    r"\bEU\b|\bEuropean\s+Union\b",
    re.I,
)
_NATO_WORDS = re.compile(r"\bNATO\b|\bAlliance\b|\bAllie[sd]\b|\bNorth\s+Atlantic\b", re.I)


def brussels_is_the_eu(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """Events of "Brussels" as a doer on sanctions or bans given the EU as doer (module docstring)."""
    doer = _BRUSSELS_DOER.search(text)
    if doer is None or _EU_MATTER.search(text) is None or _NATO_WORDS.search(text):
        return events
    partners: set[str] = set()
    for m in dictionary.match(text, date=date):
        between = text[m.end : doer.start()] if m.end <= doer.start() else text[doer.end() : m.start]
        if m.code is not None and re.fullmatch(r"\s+and\s+", between):
            partners.add(m.code)
    new: dict[int, dict[str, tuple[str, ...]]] = {}
    for e in events:
        if "EU" in e.source or "EU" in e.target:
            continue
        if not e.source:
            new[id(e)] = {"source": ("EU",)}
        elif len(e.source) == 1 and e.source[0] in partners:
            new[id(e)] = {"source": (*e.source, "EU")}
    return _replaced(events, new)


# ------------------------------------------------------------------------------------------ partner forces

_PARTNER_MOVES = frozenset({EventType.MOBILIZE, EventType.RETREAT})
_FORCE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,1}?(?:troops|soldiers|peacekeepers|paratroopers|servicemen|contingent|battalion|brigade|"
    r"column|units?|forces)\b",
    re.I,
)


def partner_forces(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """A MOBILIZE or RETREAT read as NATO's given the one non-member state whose forces the sentence names
    (module docstring)."""
    from detente.coding.actors import ActorKind

    wanted = [e for e in events if e.event in _PARTNER_MOVES and e.source == _NATO]
    if not wanted:
        return events
    owners = {
        m.code
        for m in dictionary.match(text, date=date)
        if m.kind is ActorKind.DEMONYM
        and m.code is not None
        and _FORCE_AFTER.match(text, m.start + len(m.text.split()[0]) if m.text.split() else m.end)
    }
    if len(owners) != 1:
        return events
    owner = owners.pop()
    if owner in dictionary.members_at("NATO", date) or not dictionary.is_side(owner):
        return events
    return _replaced(events, {id(e): {"source": (owner,)} for e in wanted if owner not in e.target})


# ------------------------------------------------------------------------------------- European Commission

_THE_COMMISSION = re.compile(r"(?:^|[.;:]\s+|\band\s+)[Tt]he\s+Commission\b(?!\s+(?:of|on|for|to|in)\b)")
_EUROPEAN = re.compile(r"\beuros?\b|\bEuropean\b|\bEU\b|€")


def european_commission(text: str, events: list[Event]) -> list[Event]:
    """An event with no source whose doer is "the Commission", in a sentence on euros or Europe, the EU's
    (module docstring)."""
    if _THE_COMMISSION.search(text) is None or _EUROPEAN.search(text) is None:
        return events
    new: dict[int, dict[str, tuple[str, ...]]] = {}
    for e in events:
        if not e.source and "EU" not in e.target:
            new[id(e)] = {"source": ("EU",)}
    return _replaced(events, new)


# -------------------------------------------------------------------------------------- counter-sanctions

_SANCTIONED = re.compile(
    r"\b(?:countries|states|nations|governments)\s+(?:that|which|who)\s+(?:have\s+|had\s+)?"
    r"(?:imposed|introduced|adopted|applied|joined)\s+(?:the\s+)?(?:\w+\s+){0,2}?sanctions\s+"
    r"(?:against|on)\s+(?:the\s+)?(Russia(?:n\s+Federation)?|our\s+country|us)\b",
    re.I,
)


def counter_sanctions(text: str, events: list[Event]) -> list[Event]:
    """A SANCTION read as aimed at the state the others sanction made that state's answer, aimed at no one
    named (module docstring)."""
    if _SANCTIONED.search(text) is None:
        return events
    new: dict[int, dict[str, tuple[str, ...]]] = {}
    for e in events:
        if e.event is EventType.SANCTION and e.target == _RUSSIA and e.source in ((), _RUSSIA):
            new[id(e)] = {"source": _RUSSIA, "target": ()}
    return _replaced(events, new)


# ---------------------------------------------------------------------------------------- held responsible

_RESPONSIBLE = re.compile(
    r"\bresponsibility\s+of\s+(?P<of>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})|"
    r"\bhold(?:s|ing)?\s+(?P<held>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+(?:fully\s+)?responsible\b"
)
_SIDE_KINDS = frozenset({"state", "org", "metonym"})


def _side_at(
    text: str, start: int, end: int, date: dt.date | None, dictionary: ActorDictionary
) -> str | None:
    """The code of the one state, organisation or metonym named in ``text[start:end]``, else ``None``."""
    codes = {
        m.code
        for m in dictionary.match(text[start:end], date=date)
        if m.code is not None and m.kind.value in _SIDE_KINDS
    }
    return codes.pop() if len(codes) == 1 else None


def held_responsible(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """An ACCUSE aimed elsewhere aimed at the one side the sentence holds responsible (module docstring)."""
    sides = set()
    for m in _RESPONSIBLE.finditer(text):
        group = "of" if m.group("of") else "held"
        code = _side_at(text, m.start(group), m.end(group), date, dictionary)
        if code is not None:
            sides.add(code)
    if len(sides) != 1:
        return events
    side = sides.pop()
    new: dict[int, dict[str, tuple[str, ...]]] = {}
    for e in events:
        if e.event is EventType.ACCUSE and e.target != (side,) and side not in e.source:
            new[id(e)] = {"target": (side,)}
    return _replaced(events, new)


# ------------------------------------------------------------------------------------------ concern after act

_CONCERN_AFTER = re.compile(
    r"\b(?:concern(?:ed)?|alarm(?:ed)?|dismay(?:ed)?|regret(?:s|ted)?|outrage(?:d)?)\s+"
    r"(?:(?:at|over)\s+(?:the\s+fact\s+)?)?(?:after|that|when|as)\s+"
    r"(?P<doer>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+(?P<verb>[a-z]+)\b"
)
_NOT_ACTING = frozenset(
    {
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "had",
        "and",
        "or",
        "of",
        "in",
        "to",
        "at",
        "for",
        "on",
        "with",
        "would",
        "could",
        "might",
        "may",
        "should",
        "which",
        "who",
        "that",
        "s",
    }
)


def concern_after_act(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """An ACCUSE aimed at a side named later aimed at the side acting in the clause of concern (module
    docstring)."""
    m = _CONCERN_AFTER.search(text)
    if m is None or m.group("verb") in _NOT_ACTING:
        return events
    doer = _side_at(text, m.start("doer"), m.end("doer"), date, dictionary)
    if doer is None:
        return events
    new: dict[int, dict[str, tuple[str, ...]]] = {}
    for e in events:
        if e.event is not EventType.ACCUSE or not e.target or doer in e.target or doer in e.source:
            continue
        if e.anchor[0] > m.start():
            continue  # the concern is not this event's
        new[id(e)] = {"target": (doer,)}
    return _replaced(events, new)


# ------------------------------------------------------------------------------------------ bare ministers

_BARE_MINISTERS = re.compile(
    r"^\s*(?:(?:Allied|NATO)\s+)?(?:(?:Foreign|Defen[cs]e)\s+[Mm]inisters|Heads\s+of\s+State\s+and\s+Government)"
    r"(?!\s+(?:of|from|and|for|to|in)\b)(?!,)"
)
_NO_DOER: tuple[tuple[str, ...], ...] = ((), ("world leaders",))


def bare_ministers(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """Events with no doer in a sentence opened by the Alliance's bare collective bodies made NATO's
    (module docstring)."""
    from detente.coding.actors import ActorKind

    if _BARE_MINISTERS.search(text) is None:
        return events
    if any(
        m.kind is ActorKind.ORG and m.code not in (None, "NATO") for m in dictionary.match(text, date=date)
    ):
        return events
    new: dict[int, dict[str, tuple[str, ...]]] = {}
    for e in events:
        if e.source in _NO_DOER and "NATO" not in e.target:
            new[id(e)] = {"source": _NATO}
    return _replaced(events, new)


# ------------------------------------------------------------------------------------------ sanctioned state


_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose)\b", re.I)


def sanctioned_state(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """A SANCTION with a doer and no target aimed at the one other state the sentence names (module
    docstring)."""
    from detente.coding.actors import ActorKind

    wanted = [e for e in events if e.event is EventType.SANCTION and e.source and not e.target]
    if not wanted:
        return events
    kinds = (ActorKind.STATE, ActorKind.DEMONYM, ActorKind.METONYM)
    mentions = [m for m in dictionary.match(text, date=date) if m.code is not None and m.kind in kinds]
    new: dict[int, dict[str, tuple[str, ...]]] = {}
    for e in wanted:
        # a state named before the sanction ("in response to the bombing of X, Y recalled ...") is no target
        others = {
            m.code
            for m in mentions
            if m.code is not None
            and m.start >= e.anchor[0]
            and not _RELATIVE.search(text, e.anchor[0], m.start)
        } - set(e.source)
        if len(others) == 1:
            new[id(e)] = {"target": (others.pop(),)}
    return _replaced(events, new)


# ------------------------------------------------------------------------------------------ policing judged

_POLICING = re.compile(
    r"\bair\s+policing\b|\bpolic(?:e|ing)\s+(?:the\s+)?(?:\w+\s+)?airspace\b|"
    r"\bpatrol(?:ling)?\s+the\s+airspace\s+of\s+the\s+Baltic\b|\bon\s+behalf\s+of\s+(?:the\s+)?(?:Alliance|NATO)\b",
    re.I,
)
_JUDGEMENTS = frozenset({EventType.ACCUSE, EventType.THREATEN, EventType.SUPPORT})


def policing_judged(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """A judgement aimed at the member state flying the Alliance's air policing aimed at NATO (module
    docstring)."""
    if _POLICING.search(text) is None:
        return events
    if not any(e.event is EventType.MOBILIZE and e.source == _NATO for e in events):
        return events
    members = dictionary.members_at("NATO", date)
    new: dict[int, dict[str, tuple[str, ...]]] = {}
    for e in events:
        if e.event in _JUDGEMENTS and len(e.target) == 1 and e.target[0] in members and e.source != _NATO:
            new[id(e)] = {"target": _NATO}
    return _replaced(events, new)
