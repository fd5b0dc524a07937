"""NATO news-item wording of session 36 (helper natonews): how nato.int news items, Allied Air Command stories
and the Secretary General's press points tell air policing, force posture, measures on Russia's mission and
the Council's meetings, in words the other readers leave without an event or with the wrong side.

Each reading adds its event only when the sentence codes none of that kind, or amends only the events it
names; :func:`settled` runs them all and never raises.

* **Jets scrambled to meet an aircraft.** "Dutch F-35s were scrambled to identify a Russian patrol plane":
  the scramble is the interceptors' MOBILIZE at the aircraft's side (Russia), by the state whose jets they
  are, or NATO when the sentence names an air-policing mission or Allied jets. A Russian flight read from
  the object of the scramble and aimed at NATO alone, in a sentence naming no airspace entered, is the
  object of the intercept and is dropped (:func:`scrambled_jets`).
* **An intercept told in the passive or with a pronoun.** "The Russian bomber was shadowed until it turned
  away, and the Allied fighters landed", "Allied jets met them and escorted them away": MOBILIZE NATO at
  Russia (:func:`intercepts_untold`).
* **Air policing spelt with a hyphen.** "Belgian F-16s on NATO's air-policing mission intercepted ...": a
  member state's MOBILIZE made NATO's, as :mod:`detente.coding.sidefix5` does for "air policing"
  (:func:`hyphenated_policing`). A rotation handed over ("Czech Gripens took over the Baltic air policing
  mission") is NATO's MOBILIZE with no target (:func:`rotation_taken_over`).
* **Force posture decided.** "Leaders agreed to set up two new battlegroups", "approved a plan that includes
  a spearhead force", "will add ships and air defences along the eastern flank": MOBILIZE (future for a
  decision or "will") with no target; an AGREE with no target read from the deciding verb is recoded
  (:func:`posture_decided`).
* **A measure on a mission or its diplomats.** "The size of the Russian Mission will be cut by five", "the
  Alliance further cut the number of Russian diplomats allowed in": SANCTION of the host at Russia (the
  mission's state); a RETREAT read from the diplomats is recoded (:func:`mission_cut`). A treaty frozen or suspended in answer to another party's exit told in the
  same sentence is a SANCTION at that party (:func:`treaty_frozen_in_answer`). "No business as usual with
  Moscow" is a SANCTION, not an AGREE (:func:`no_business_as_usual`).
* **A council's meeting told by its content.** "Today's meeting of the NATO-Russia Council focused on arms
  control": the council met (CONSULT of its members, :func:`council_meeting`).
* **A speaker's observations.** "We have seen Russian troops massing near the border", "we continue to see
  Russia's aggression": ACCUSE/allege by the speaker at the side whose conduct is seen
  (:func:`seen_conduct`). "We see no indication that the troops are returning to base": a RETREAT or
  CONCEDE after "no indication/sign/evidence that" is negated (:func:`no_indication`).
* **Promised costs.** "Any attack would come at a high price for Moscow": THREATEN by the speaker
  (:func:`price_promised`).
* **Arms to a group told with its place.** "Moscow supplies the rebels in eastern Arnor with tanks": AID at
  the group (:func:`supplied_with`).
* **An invasion told as crossing and striking.** "Russian troops crossed into Ukraine and struck cities":
  ASSAULT, not MOBILIZE (:func:`crossed_and_struck`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType, Polarity, derived_fields
from detente.coding.roleparts import Make, Roles
from detente.coding.text import lower_text
from detente.coding.wordgates import WordGates

if TYPE_CHECKING:
    from detente.coding.actors import ActorDictionary
    from detente.coding.coder import Event
    from detente.coding.units import Unit

__all__ = [
    "council_meeting",
    "crossed_and_struck",
    "forces_arrived",
    "hyphenated_policing",
    "intercepts_untold",
    "mission_cut",
    "no_business_as_usual",
    "no_indication",
    "posture_decided",
    "price_promised",
    "rotation_taken_over",
    "scrambled_jets",
    "seen_conduct",
    "settled",
    "supplied_with",
    "treaty_frozen_in_answer",
]

_MAX_CHARS = 5_000
_UNIT_WORDS = (
    "battlegroup",
    "battle group",
    "battalion",
    "brigade",
    "forward presence",
    "spearhead",
    "task force",
    "response force",
)
_GATES = WordGates()
_POSTURE_GATE = _GATES.gate(("flank", *_UNIT_WORDS))
"""(s38-speed13) The words :func:`posture_decided` is tried with, tested on the scan all modules share."""


def settled(
    text: str,
    events: Sequence[Event],
    units: Sequence[Unit],
    speaker: str | None,
    make: Make,
    dictionary: ActorDictionary | None = None,
    date: dt.date | None = None,
) -> list[Event]:
    """``events`` with the readings of the module's note applied, in order; ``make`` finishes an event,
    ``speaker`` is the code of the sentence's "we", ``dictionary`` and ``date`` say who was an Ally."""
    if not text or len(text) > _MAX_CHARS or not (text[:1].isalpha() or any(ch.isalpha() for ch in text)):
        return list(events)
    out = list(events)
    named = [u for u in units if u.code and u.kind != "pronoun"]
    low = lower_text(text)  # (s38-speed13: the sentence lowered once for all readers)
    if "policing" in low or "scrambl" in low or "intercept" in low or "escort" in low or "shadow" in low:
        out = hyphenated_policing(text, out, dictionary, date)
        out = scrambled_jets(text, out, named, make)
        out = intercepts_untold(text, out, make)
        out = rotation_taken_over(text, out, make)
    if "arriv" in low:
        out = forces_arrived(text, out)
    if _GATES.within(text, _POSTURE_GATE):  # "flank" or a unit word (s38-speed13: the shared scan)
        out = posture_decided(text, out, named, speaker, make)
    if "mission" in low or "delegation" in low or "number of" in low or "size of" in low:
        out = mission_cut(text, out, named, speaker, make)
    if "treaty" in low:
        out = treaty_frozen_in_answer(text, out, named, make)
    if "business as usual" in low:
        out = no_business_as_usual(text, out, named, speaker, make)
    if "of the" in low and ("council" in low or "commission" in low):
        out = council_meeting(text, out, make)
    if speaker and "we " in low:
        out = seen_conduct(text, out, speaker, make)
    if "no " in low:
        out = no_indication(text, out)
    if speaker and ("price" in low or "cost" in low or "consequences" in low):
        out = price_promised(text, out, named, speaker, make)
    if "suppl" in low or "arm" in low or "equip" in low:
        out = supplied_with(text, out, named, make)
    if "crossed" in low:
        out = crossed_and_struck(text, out, make)
    return out


# --- small parts ----------------------------------------------------------------------------------------------


def _recoded(event: Event, etype: EventType, mode: str, **changes: object) -> Event:
    return dataclasses.replace(event, event=etype, mode=mode, derived=derived_fields(etype, mode), **changes)  # type: ignore[arg-type]


def _add(
    events: list[Event],
    make: Make,
    etype: EventType,
    mode: str,
    roles: Roles,
    polarity: Polarity,
    span: tuple[int, int],
    text: str,
) -> list[Event]:
    start, end = span
    return [*events, make(etype, mode, roles, polarity, start, end, text[start:end])]


def _before(named: Sequence[Unit], at: int, reach: int = 60) -> Unit | None:
    """The last named actor ending before ``at`` within ``reach`` characters."""
    near = [u for u in named if u.end <= at and at - u.end <= reach]
    return near[-1] if near else None


def _after(named: Sequence[Unit], at: int, reach: int = 80) -> Unit | None:
    """The first named actor starting at or after ``at`` within ``reach`` characters."""
    near = [u for u in named if u.start >= at and u.start - at <= reach]
    return near[0] if near else None


_FUTURE = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|is\s+going\s+to|are\s+going\s+to)\s+(?:\w+\s+)?$", re.I
)


# --- air policing ---------------------------------------------------------------------------------------------
_HYPHEN_POLICING = re.compile(r"\bair-policing\b", re.I)
_POLICING_ANY = re.compile(r"\bair[- ]policing\b|\bon\s+behalf\s+of\s+(?:the\s+)?(?:Alliance|NATO)\b", re.I)
_ALLIED_CRAFT = re.compile(
    r"\b(?:Allied|NATO)\s+(?:[\w-]+\s+){0,2}?(?:jets|fighters|aircraft|planes|interceptors|fighter\s+jets)\b"
)


def hyphenated_policing(
    text: str, events: list[Event], dictionary: ActorDictionary | None, date: dt.date | None
) -> list[Event]:
    """A MOBILIZE by one member state in a sentence naming "air-policing" made NATO's."""
    if dictionary is None or _HYPHEN_POLICING.search(text) is None:
        return events
    members = dictionary.members_at("NATO", date)
    return [
        dataclasses.replace(e, source=("NATO",))
        if e.event is EventType.MOBILIZE and len(e.source) == 1 and e.source[0] in members
        else e
        for e in events
    ]


_SCRAMBLED = re.compile(
    r"\b(?:were|was|had\s+been|have\s+been|has\s+been|got)\s+scrambled\b(?P<rest>[^.;]{0,120}?)\bto\s+"
    r"(?:identify|intercept|escort|shadow|investigate|meet|monitor|track)\s+(?:and\s+\w+\s+)?"
    r"(?:an?\s+|the\s+|two\s+|three\s+|four\s+|several\s+)?(?:unidentified\s+)?Russian\b",
    re.I,
)


def scrambled_jets(text: str, events: list[Event], named: Sequence[Unit], make: Make) -> list[Event]:
    """A scramble to meet a Russian aircraft: MOBILIZE of the jets' side at Russia (see the module's note)."""
    m = _SCRAMBLED.search(text)
    if m is None:
        return _scrambled_alone(text, events, make)
    if _POLICING_ANY.search(text) or _ALLIED_CRAFT.search(text[: m.start()]):
        side = "NATO"
    else:
        owner = _before(named, m.start(), 40)
        if owner is None or owner.code in (None, "RUS"):
            return events
        side = owner.code
    out = events
    if "airspace" not in lower_text(text):  # (s39-speed: the lowering kept for the sentence)
        out = [
            e
            for e in out
            if not (
                e.event is EventType.MOBILIZE
                and e.source == ("RUS",)
                and e.target == ("NATO",)
                and e.anchor[0] >= m.start()
            )
        ]
    if any(e.event is EventType.MOBILIZE and e.source == (side,) and "RUS" in e.target for e in out):
        return out
    roles = Roles((side,), ("RUS",), (m.start(), m.end()))
    return _add(
        out, make, EventType.MOBILIZE, "weapons", roles, Polarity.ASSERTED, (m.start(), m.end()), text
    )


_SCRAMBLED_ALONE = re.compile(r"\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+scrambled\b", re.I)


def _scrambled_alone(text: str, events: list[Event], make: Make) -> list[Event]:
    """Jets of a policing mission scrambled with no aircraft met: MOBILIZE NATO with no target."""
    m = _SCRAMBLED_ALONE.search(text)
    if m is None or _POLICING_ANY.search(text, 0, m.start()) is None:
        return events
    if any(e.event is EventType.MOBILIZE and "NATO" in e.source for e in events):
        return events
    if re.search(r"\b(?:not|never|if|would)\s+(?:\w+\s+)?$", text[max(0, m.start() - 25) : m.start()], re.I):
        return events
    policing = _POLICING_ANY.search(text, 0, m.start())
    told = [  # the jets' own deployment read with another side ("Eurofighters deployed ... under air policing")
        k
        for k, e in enumerate(events)
        if e.event is EventType.MOBILIZE
        and policing is not None
        and e.anchor[0] <= policing.start() < e.anchor[1]
    ]
    if told:
        out = list(events)
        out[told[0]] = dataclasses.replace(out[told[0]], source=("NATO",), target=())
        return out
    roles = Roles(("NATO",), (), (m.start(), m.end()))
    return _add(
        events, make, EventType.MOBILIZE, "weapons", roles, Polarity.ASSERTED, (m.start(), m.end()), text
    )


_PASSIVE_INTERCEPT = re.compile(
    r"\bRussian\s+(?:[\w-]+\s+){0,4}?(?:was|were)\s+(?:then\s+|subsequently\s+|later\s+)?"
    r"(?:intercepted|shadowed|escorted|identified|tracked)\b(?!\s+by\b)",
    re.I,
)
_ACTIVE_INTERCEPT = re.compile(
    r"\b(?:intercepted|escorted|shadowed)\s+(?:and\s+(?:escorted|shadowed|identified)\s+)?(?:an?\s+|the\s+|two\s+|"
    r"three\s+|four\s+|several\s+)?Russian\b",
    re.I,
)
_PRONOUN_INTERCEPT = re.compile(
    r"\b(?:Allied|NATO|our)\b[^.;]{0,60}?\b(?:intercepted|escorted|shadowed)\s+(?:and\s+(?:escorted|shadowed|"
    r"intercepted)\s+)?(?:them|it)\b",
    re.I,
)


def intercepts_untold(text: str, events: list[Event], make: Make) -> list[Event]:
    """An intercept told in the passive with Allied jets named, with a pronoun after the Allied jets, or by
    jets of a policing mission the other readers found no side for: MOBILIZE NATO at Russia (see the
    module's note)."""
    if any(e.event is EventType.MOBILIZE and "RUS" in e.target for e in events):
        return events
    allied = bool(_ALLIED_CRAFT.search(text) or _POLICING_ANY.search(text))
    m = _PASSIVE_INTERCEPT.search(text) or _ACTIVE_INTERCEPT.search(text)
    if m is not None and allied:
        span = (m.start(), m.end())
    else:
        m = _PRONOUN_INTERCEPT.search(text)
        if m is None or not re.search(r"\bRussian\b", text[: m.start()]):
            return events
        if not allied:
            return events
        span = (m.start(), m.end())
    roles = Roles(("NATO",), ("RUS",), span)
    return _add(events, make, EventType.MOBILIZE, "weapons", roles, Polarity.ASSERTED, span, text)


_ROTATION = re.compile(
    r"\b(?P<verb>took|takes|take|taking|will\s+take)\s+over\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?air[- ]policing\b|"
    r"\b(?P<verb2>began|begin|begins|started|starts|start|assumed|assumes|assume|will\s+begin|will\s+start|"
    r"will\s+assume)\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,3}?air[- ]policing\s+(?:mission|duties|"
    r"rotation|role)\b",
    re.I,
)


def rotation_taken_over(text: str, events: list[Event], make: Make) -> list[Event]:
    """A rotation of an air-policing mission taken over: MOBILIZE NATO with no target."""
    if any(e.event is EventType.MOBILIZE for e in events):
        return events
    m = _ROTATION.search(text)
    if m is None:
        return events
    verb = m.group("verb") or m.group("verb2") or ""
    pol = Polarity.FUTURE if verb.lower().startswith("will") else Polarity.ASSERTED
    if re.search(r"\b(?:not|never|if|would)\s+(?:\w+\s+)?$", text[max(0, m.start() - 25) : m.start()], re.I):
        return events
    roles = Roles(("NATO",), (), (m.start(), m.end()))
    return _add(events, make, EventType.MOBILIZE, "weapons", roles, pol, (m.start(), m.end()), text)


_ARRIVED = re.compile(
    r"\b(?P<unit>battlegroup|battle\s+group|troops|soldiers|forces|jets|fighters|aircraft|battalion|brigade|"
    r"marines|paratroopers)\s+(?:\w+\s+){0,2}?(?:arrived|arrive|arrives|arriving|began\s+arriving)\s+(?:at|in)\b",
    re.I,
)


def forces_arrived(text: str, events: list[Event]) -> list[Event]:
    """Forces that arrived in a place read as AID to it or a visit: the arrival is a deployment (MOBILIZE with no
    target), NATO's when the unit is "NATO's" or a battlegroup; beside a MOBILIZE the misreading is dropped."""
    m = _ARRIVED.search(text)
    if m is None:
        return events
    aid = [
        k
        for k, e in enumerate(events)
        if e.event in (EventType.AID, EventType.CONSULT)
        and e.anchor[0] <= m.end()
        and m.start() < e.anchor[1] + 1
    ]
    if not aid:
        return events
    if any(e.event is EventType.MOBILIZE for e in events):
        return [e for k, e in enumerate(events) if k != aid[0]]
    out = list(events)
    e = out[aid[0]]
    unit = m.group("unit").lower()
    nato = "battle" in unit or re.search(r"\bNATO's\s+(?:[\w-]+\s+){0,2}$", text[: m.start()]) is not None
    out[aid[0]] = _recoded(e, EventType.MOBILIZE, "troops", source=("NATO",) if nato else e.source, target=())
    return out


# --- force posture --------------------------------------------------------------------------------------------
_UNIT_NOUNS = (
    r"(?:battlegroups?|battle\s+groups?|battalions|brigades?|forward\s+presence|spearhead\s+force|"
    r"(?:joint\s+)?task\s+force|response\s+force)"
)
_SET_UP = re.compile(
    r"\b(?P<dec>agreed|decided|agree|decide|agrees|decides)\s+to\s+(?:set\s+up|establish|create|stand\s+up|"
    r"deploy|station|form)\s+(?:[\w-]+\s+){0,4}?" + _UNIT_NOUNS + r"\b",
    re.I,
)
_PLAN = re.compile(
    r"\b(?:approved|adopted|agreed\s+on|endorsed)\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?plan\b[^.;]{0,60}?"
    r"\b(?:includes?|including|with)\s+(?:a\s+|an\s+)?(?:new\s+)?(?:[\w-]+\s+){0,3}?" + _UNIT_NOUNS + r"\b",
    re.I,
)
_FLANK = re.compile(
    r"\b(?P<will>will\s+)?(?:add|adds|added|bring|brings|brought|send|sends|sent|deploy|deploys|deployed)\s+"
    r"(?:more\s+|additional\s+)?(?:[\w-]+,?\s+){0,6}?(?:air\s+defen[cs]es?|ships|aircraft|jets|troops|forces)\s+"
    r"(?:along|to|on)\s+the\s+(?:eastern|northern|southern)\s+flank\b",
    re.I,
)
_NATO_UNITS = re.compile(
    r"battlegroup|battle\s+group|forward\s+presence|spearhead|response\s+force|flank", re.I
)


def posture_decided(
    text: str, events: list[Event], named: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """Units set up, a plan with a force, forces added on a flank: MOBILIZE with no target (see the note)."""
    decided = _SET_UP.search(text)
    if decided is not None:
        told = [
            k
            for k, e in enumerate(events)
            if e.event is EventType.MOBILIZE
            and e.polarity is Polarity.ASSERTED
            and decided.start() <= e.anchor[1]
            and e.anchor[0] < decided.end()
        ]
        if told:  # "decided to establish two battlegroups": a deployment still to be carried out
            out = list(events)
            out[told[0]] = dataclasses.replace(out[told[0]], polarity=Polarity.FUTURE)
            return out
    if any(e.event is EventType.MOBILIZE for e in events):
        return events
    for rx in (_SET_UP, _PLAN, _FLANK):
        m = rx.search(text)
        if m is None:
            continue
        if re.search(
            r"\b(?:not|never|no|if|would|whether)\b", text[max(0, m.start() - 30) : m.start()], re.I
        ):
            return events
        agree = [
            k
            for k, e in enumerate(events)
            if e.event is EventType.AGREE and not e.target and m.start() <= e.anchor[0] < m.end()
        ]
        owner = _before(named, m.start(), 50)
        if agree and events[agree[0]].source:
            source = events[agree[0]].source
        elif owner is not None and owner.code:
            source = (owner.code,)
        elif speaker:
            source = (speaker,)
        elif _NATO_UNITS.search(m.group(0)):
            source = ("NATO",)
        else:
            return events
        if source == ("RUS",) or "RUS" in source:
            return events  # Russia's own new units are left to the other readers
        future = rx is not _FLANK or bool(m.group("will")) or bool(_FUTURE.search(text[: m.start()]))
        pol = Polarity.FUTURE if future else Polarity.ASSERTED
        if agree:
            out = list(events)
            out[agree[0]] = _recoded(out[agree[0]], EventType.MOBILIZE, "troops", polarity=pol, source=source)
            return out
        roles = Roles(source, (), (m.start(), m.end()))
        return _add(events, make, EventType.MOBILIZE, "troops", roles, pol, (m.start(), m.end()), text)
    return events


# --- measures on a mission, treaties --------------------------------------------------------------------------
_MISSION_CUT = re.compile(
    r"\b(?:size|number|strength|staff)\s+of\s+(?:the\s+)?Russian\s+(?:Permanent\s+)?(?:Mission|Delegation)"
    r"(?:\s+to\s+(?:NATO|the\s+Alliance))?\s+(?P<aux>will\s+(?:also\s+)?be|was|has\s+been|is\s+to\s+be|is\s+being|"
    r"had\s+been)\s+(?:further\s+|also\s+)?(?:cut|reduced|limited|capped|halved)\b",
    re.I,
)
_DIPLOMATS_CUT = re.compile(
    r"\b(?:cut|cuts|reduced|reduce|reduces|limited|limits|capped|halved)\s+(?:further\s+)?(?:the\s+)?"
    r"(?:number|size)\s+of\s+(?P<obj>[\w-]+\s+)?(?:diplomats|staff|officials|personnel|envoys)\b",
    re.I,
)


def mission_cut(
    text: str, events: list[Event], named: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """A cut to Russia's mission or to a side's diplomats: SANCTION of the host (see the module's note)."""
    m = _MISSION_CUT.search(text)
    if m is not None and not any(e.event is EventType.SANCTION for e in events):
        host = speaker if speaker and speaker != "RUS" else "NATO"
        pol = Polarity.FUTURE if m.group("aux").lower().startswith(("will", "is to")) else Polarity.ASSERTED
        roles = Roles((host,), ("RUS",), (m.start(), m.end()))
        return _add(events, make, EventType.SANCTION, "discontinue", roles, pol, (m.start(), m.end()), text)
    m = _DIPLOMATS_CUT.search(text)
    if m is None:
        return events
    subject = _before(named, m.start(), 30)
    obj = [u for u in named if m.start() <= u.start and u.end <= m.end()]
    if subject is None or not obj or subject.code == obj[0].code:
        return events
    source, target = (subject.code or "",), (obj[0].code or "",)
    retreat = [k for k, e in enumerate(events) if e.event is EventType.RETREAT and e.source == target]
    if retreat:
        out = list(events)
        out[retreat[0]] = _recoded(
            out[retreat[0]], EventType.SANCTION, "discontinue", source=source, target=target
        )
        return out
    if any(e.event is EventType.SANCTION for e in events):
        return events
    if re.search(r"\b(?:not|never|if|would|could)\b", text[subject.end : m.start()], re.I):
        return events
    roles = Roles(source, target, (subject.start, m.end()))
    return _add(
        events, make, EventType.SANCTION, "discontinue", roles, Polarity.ASSERTED, (m.start(), m.end()), text
    )


_FROZEN = re.compile(
    r"\b(?:freeze|froze|frozen|freezing|suspend|suspended|suspending)\s+(?:the\s+)?(?:operation|implementation|"
    r"application)\s+of\s+(?:the|this|that)\s+(?:[\w-]+\s+)?treaty\b",
    re.I,
)


def treaty_frozen_in_answer(
    text: str,
    events: list[Event],
    named: Sequence[Unit],
    make: Make,
    *,
    wording: re.Pattern[str] = _FROZEN,
    reach: int = 40,
) -> list[Event]:
    """A treaty frozen in answer to another party's exit told in the sentence: SANCTION at that party.
    ``wording`` finds the freeze and ``reach`` bounds how far before it its subject may stand."""
    m = wording.search(text)
    if m is None:
        return events
    leavers = [
        e
        for e in events
        if e.event is EventType.SANCTION and e.source and e.target and e.anchor[0] < m.start()
    ]
    if not leavers:
        return events
    leaver = leavers[0]
    subject = _before(named, m.start(), reach)
    if subject is None or not subject.code or subject.code in leaver.source:
        return events
    source = (subject.code,)
    out = list(events)
    for k, e in enumerate(out):
        if e.event is EventType.SANCTION and e.source == source:
            if not e.target:
                out[k] = dataclasses.replace(e, target=leaver.source)
            return out
    roles = Roles(source, leaver.source, (subject.start, m.end()))
    return _add(
        out, make, EventType.SANCTION, "discontinue", roles, Polarity.ASSERTED, (m.start(), m.end()), text
    )


_BUSINESS = re.compile(
    r"\bno\s+(?:more\s+|longer\s+)?(?:return\s+to\s+)?business\s+as\s+usual\s+with\s+", re.I
)


def no_business_as_usual(
    text: str, events: list[Event], named: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """ "No business as usual with X": SANCTION of the one who decides it at X, not an AGREE."""
    m = _BUSINESS.search(text)
    if m is None or any(e.event is EventType.SANCTION for e in events):
        return events
    target = _after(named, m.end(), 15)
    if target is None or not target.code:
        return events
    agree = [k for k, e in enumerate(events) if e.event is EventType.AGREE and e.anchor[0] < m.start()]
    if agree and events[agree[0]].source:
        out = list(events)
        out[agree[0]] = _recoded(
            out[agree[0]],
            EventType.SANCTION,
            "discontinue",
            target=(target.code,),
            polarity=Polarity.ASSERTED,
        )
        return out
    subject = _before(named, m.start(), 80)
    side = subject.code if subject is not None and subject.code != target.code else speaker
    if not side or side == target.code:
        return events
    roles = Roles((side,), (target.code,), (m.start(), target.end))
    return _add(
        events,
        make,
        EventType.SANCTION,
        "discontinue",
        roles,
        Polarity.ASSERTED,
        (m.start(), target.end),
        text,
    )


# --- a council's meeting --------------------------------------------------------------------------------------
_COUNCILS = {
    "nato-russia council": ("NATO", "RUS"),
    "permanent joint council": ("NATO", "RUS"),
    "nato-ukraine council": ("NATO", "UKR"),
    "nato-ukraine commission": ("NATO", "UKR"),
    "nato-georgia commission": ("NATO", "GEO"),
}
_COUNCIL_MEETING = re.compile(
    r"\b(?:meeting|session)\s+of\s+the\s+(?:NATO-Russia\s+Permanent\s+Joint\s+Council|(?P<body>NATO-Russia\s+Council|"
    r"Permanent\s+Joint\s+Council|NATO-Ukraine\s+Council|NATO-Ukraine\s+Commission|NATO-Georgia\s+Commission))"
    r"\s+(?:today\s+|yesterday\s+|on\s+\w+\s+)?(?:focused|centred|centered|concentrated|covered|addressed|dealt\s+with|"
    r"was\s+devoted|was\s+dedicated|reviewed|took\s+stock)\b",
    re.I,
)


def council_meeting(text: str, events: list[Event], make: Make) -> list[Event]:
    """A council's meeting told by what it covered: CONSULT of the council's members, no target."""
    if any(e.event is EventType.CONSULT and e.source for e in events):
        return events
    m = _COUNCIL_MEETING.search(text)
    if m is None:
        return events
    body = re.sub(r"\s+", " ", (m.group("body") or "permanent joint council").lower())
    sides = _COUNCILS.get(body)
    if sides is None:
        return events
    empty = [k for k, e in enumerate(events) if e.event is EventType.CONSULT and not e.target]
    if empty:  # a meeting read with no sides: the council's members
        out = list(events)
        out[empty[0]] = dataclasses.replace(out[empty[0]], source=sides)
        return out
    roles = Roles(sides, (), (m.start(), m.end()), mutual=True)
    return _add(
        events, make, EventType.CONSULT, "multilateral", roles, Polarity.ASSERTED, (m.start(), m.end()), text
    )


# --- a speaker's observations ---------------------------------------------------------------------------------
_SEEN = re.compile(
    r"\bwe\s+(?:have\s+|had\s+)?(?:also\s+|now\s+|again\s+|all\s+)?(?:seen|see|continue\s+to\s+see|are\s+seeing|"
    r"observed|have\s+observed|witnessed|are\s+witnessing)\b(?!\s+(?:no|not|any|nothing)\b)",
    re.I,
)
_CONDUCT = re.compile(
    r"^[^.;]{0,60}?\b(?:Russia's|Russian)\s+(?:[\w-]+\s+){0,2}?(?:aggression|escalation|build-up|buildup|"
    r"military\s+activity|forces|troops|aircraft|jets|bombers|violations|attacks|strikes|aggressive)\b",
    re.I,
)
_SEEN_AS_SUBJECT = re.compile(r"\s+(?:is|are|was|were|has|have)\b", re.I)
_WHAT_BEFORE = re.compile(r"\bwhat\s+$", re.I)
_HOSTILE = frozenset({EventType.MOBILIZE, EventType.ASSAULT, EventType.COERCE})


def seen_conduct(text: str, events: list[Event], speaker: str | None, make: Make) -> list[Event]:
    """What the speaker says "we have seen" another side do against others: ACCUSE/allege at that side."""
    if not speaker or speaker == "RUS" or any(e.event is EventType.ACCUSE for e in events):
        return events
    m = _SEEN.search(text)
    if m is None or _SEEN_AS_SUBJECT.match(text, m.end()) or _WHAT_BEFORE.search(text, 0, m.start()):
        return events  # "What we see is not a withdrawal": the speaker's reading, told by the clause after
    acts = [
        e
        for e in events
        if e.event in _HOSTILE
        and e.polarity is Polarity.ASSERTED
        and e.source
        and speaker not in e.source
        and m.end() <= e.anchor[0] <= m.end() + 60
    ]
    if acts:
        target = acts[0].source
    elif _CONDUCT.search(text[m.end() :]):
        target = ("RUS",)
    else:
        return events
    roles = Roles((speaker,), target, (m.start(), m.end()))
    return _add(
        events, make, EventType.ACCUSE, "allege", roles, Polarity.ASSERTED, (m.start(), m.end()), text
    )


_NO_INDICATION = re.compile(
    r"\bno\s+(?:clear\s+|real\s+)?(?:indication|indications|sign|signs|evidence)\s+(?:that|of)\b", re.I
)
_DE_ESCALATION = frozenset({EventType.RETREAT, EventType.CONCEDE})


def no_indication(text: str, events: list[Event]) -> list[Event]:
    """A RETREAT or CONCEDE told after "no indication/sign/evidence that" in its clause: negated."""
    m = _NO_INDICATION.search(text)
    if m is None:
        return events
    return [
        dataclasses.replace(e, polarity=Polarity.NEGATED)
        if e.event in _DE_ESCALATION
        and e.polarity is Polarity.ASSERTED
        and e.anchor[0] >= m.end()
        and not re.search(r"[;.]|\bbut\b", text[m.end() : e.anchor[0]])
        else e
        for e in events
    ]


# --- promised costs -------------------------------------------------------------------------------------------
_PRICE = re.compile(
    r"\b(?:would|will)\s+(?:come\s+at|carry|have)\s+(?:a\s+)?(?:very\s+)?(?:high|heavy|severe|significant|"
    r"massive|serious)\s+(?:price|cost|costs|consequences)\s+for\s+",
    re.I,
)


def price_promised(
    text: str, events: list[Event], named: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """ "... would come at a high price for X" in a statement: THREATEN by the speaker at X."""
    if not speaker or any(e.event is EventType.THREATEN for e in events):
        return events
    m = _PRICE.search(text)
    if m is None:
        return events
    target = _after(named, m.end(), 10)
    if target is None or not target.code or target.code == speaker:
        return events
    roles = Roles((speaker,), (target.code,), (m.start(), target.end))
    return _add(events, make, EventType.THREATEN, "", roles, Polarity.ASSERTED, (m.start(), target.end), text)


# --- arms to a group told with its place ----------------------------------------------------------------------
_SUPPLIED = re.compile(
    r"\b(?:supply|supplies|supplied|supplying|arm|arms|armed|arming|equip|equips|equipped|equipping)\s+"
    r"(?:the\s+)?(?P<recv>[\w-]+(?:\s+[\w-]+)?)\s+in\s+(?:(?:eastern|western|northern|southern|the)\s+)?"
    r"[\w-]+\s+with\s+(?:(?:more|heavy|modern|new|further)\s+)?(?:tanks|weapons|arms|artillery|rockets|"
    r"missiles|drones|ammunition|equipment|armoured|armored|rocket|heavy|anti-tank|air)\b",
    re.I,
)


def supplied_with(text: str, events: list[Event], named: Sequence[Unit], make: Make) -> list[Event]:
    """ "X supplies the rebels in <place> with tanks": AID of X at the group."""
    m = _SUPPLIED.search(text)
    if m is None:
        return events
    recv = [u for u in named if m.start("recv") <= u.start and u.end <= m.end("recv")]
    place = [u for u in named if m.end("recv") <= u.start and u.end <= m.end()]
    if not recv:
        return events
    aimed = [
        k
        for k, e in enumerate(events)
        if e.event is EventType.AID and place and e.target == (place[0].code,) and e.source != (recv[0].code,)
    ]
    if aimed:  # "supplying the separatists in eastern Ukraine with artillery": the group, not its place
        out = list(events)
        out[aimed[0]] = dataclasses.replace(out[aimed[0]], target=(recv[0].code or "",))
        return out
    if any(e.event is EventType.AID for e in events):
        return events
    giver = _before(named, m.start(), 30)
    if giver is None or not giver.code or giver.code == recv[0].code:
        return events
    if re.search(r"\b(?:not|never|if|would|denied|deny|denies)\b", text[giver.end : m.start()], re.I):
        return events
    roles = Roles((giver.code,), (recv[0].code or "",), (giver.start, m.end()))
    return _add(events, make, EventType.AID, "", roles, Polarity.ASSERTED, (m.start(), m.end()), text)


# --- an invasion told as crossing and striking ----------------------------------------------------------------
_CROSSED = re.compile(
    r"\bcrossed\s+(?:the\s+border\s+)?into\b[^.;]{0,80}?\band\s+(?:then\s+)?(?:struck|shelled|bombed|attacked|"
    r"hit|pounded|fired\s+on)\b",
    re.I,
)


def crossed_and_struck(text: str, events: list[Event], make: Make) -> list[Event]:
    """Forces that crossed into a state and struck it: the MOBILIZE read from the crossing is an ASSAULT."""
    if any(e.event is EventType.ASSAULT for e in events):
        return events
    m = _CROSSED.search(text)
    if m is None:
        return events
    out = list(events)
    for k, e in enumerate(out):
        if (
            e.event is EventType.MOBILIZE
            and e.polarity is Polarity.ASSERTED
            and e.source
            and e.target
            and e.anchor[0] <= m.start() < e.anchor[1] + 40
        ):
            out[k] = _recoded(e, EventType.ASSAULT, "")
            return out
    return out
