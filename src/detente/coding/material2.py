"""Material acts of session 33 (helper material2): forces moved in the passive, weapons withheld, and
deliveries named by whose arms they are (examples in our own words).

- **Forces moved, told in the passive** (:func:`moved_forces`). The phrases of ``s33-material2.toml`` read
  "two Danish frigates have been sent to the Baltic", "Polish paratroopers were airlifted to the coast" as
  MOBILIZE by the force's owner. Here their readings are settled: forces sent back "to their permanent
  bases", "to barracks" or "home" are stood down (RETREAT, no target); people sent to attend a congress or
  for a parade are neither deployed nor sent to help; "no Slovak units have been sent to
  ..." is denied (negated); a force sent to fight beside another side, which a reader already took for
  the owner's AID ("Minsk said 2,000 Syrian fighters had been sent to the front to fight alongside ..."),
  is that aid only; a force with no owner named, when a reader kept it, takes the side that tells of it,
  or, when it is the staff "of the Defence Ministry" with no state, Russia
  (a ministry named without its state is Russia's, as :mod:`detente.coding.sidefix2` reads it).
- **Weapons withheld** (:func:`withheld_weapons`). "Rome will not deliver its fighter jets to Kyiv", "Seoul
  would never supply artillery shells to either side": a plain "will not / never" with arms as the object is
  the delivery denied (AID, negated), as a plain "will not send troops" is a MOBILIZE denied; the general
  refusal reader took it for a rejection of help. An outright refusal ("refused to supply", "rejected a
  request for", "ruled out sending") stays a REJECT.
- **Deliveries named by whose arms they are** (:func:`named_deliveries`). "The shipment of Belarusian
  shells to the front was confirmed by Vilnius", "Moscow protested at the deliveries of Dutch jets to
  Ukraine": the side named inside the noun phrase ("Belarusian shells") or owning it ("Norway's transfer of
  rifles to ...") delivers, to the side named after "to"; not the side that confirms, reports or protests
  it. When no reader coded the delivery, it is added (unless the clause denies or only supposes it).

- **Deliveries asked to stop** (:func:`deliveries_to_stop`). "We urge Berlin to stop supplying weapons to
  Kyiv", "Moscow called on Washington to halt arms deliveries to Taipei": deliveries one asks to stop are
  going on, so beside the request the side asked gives AID to the side named after "to".
- **Relief from a side** (:func:`relief_from`). "Humanitarian convoys from Belarus crossed into the region",
  "aid flights from Qatar landed in Kabul": AID by the side after "from", at the first side after it (the
  place reached counts); a convoy blocked, turned back or only supposed is none.
- **Measures named in a clause** (:func:`measures_named`). "We will answer the curbs that the Alliance keeps
  to impose on our envoys", "the sanctions Ottawa imposed on Russian banks remain": measures in force told
  in a relative clause, SANCTION by the clause's one subject at the side after "on"/"against" (the speaker
  for "our"/"us"); "the limits Berlin never imposed ..." is none.
- **Envoys sent out of a place** (:func:`sent_out`). "Three Slovak diplomats were ordered out of Minsk",
  "two staff of the Greek embassy were told to leave the country within a week", "our consul was given 72
  hours to leave Riga", "four envoys must leave Prague by Monday": SANCTION (expel) by the place's side at
  the side that owns the people (named in their noun phrase, or the speaker for "our"); a denied or
  supposed order is no expulsion told.
- **Drills as a pattern** (:func:`without_aggregate_drills`). "The naval drills held by Seoul and Washington"
  is one exercise (MOBILIZE by its holders), but "the large number of snap drills conducted by Moscow" tells
  a pattern of conduct that someone is concerned about: the concern is the event, not the drills.
- **Ratification revoked** (:func:`ratification_revoked`). "Minsk revoked its ratification of the
  convention": a treaty left (SANCTION, withdraw), which the general reader of "revoked" took for a
  concession.
- **Steps with no owner** (:func:`without_ownerless_steps`). The nominal phrases of ``s33-material2.toml``
  ("the suspension of the accord", "the sanctions package", "the missile launch") report a step only when
  a side owns it; with no source they name a topic and are dropped.

Every family is a regular expression over the sentence, behind a cheap substring gate; sides come only from
the sentence's actor units, the speaker, or a saying verb's subject. :func:`settled` runs them all and never
raises.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.clauses import clause_end as _clause_end
from detente.coding.clauses import clause_start as _clause_start
from detente.coding.clauses import is_side as _side
from detente.coding.clauses import sides_between as _sides_in
from detente.coding.ontology import EventType, Polarity, derived_fields
from detente.coding.roleparts import Make, Roles
from detente.coding.roleparts import without_repeats as _unique
from detente.coding.text import lower_text
from detente.coding.wordgates import WordGates

if TYPE_CHECKING:
    from detente.coding.actors import ActorDictionary
    from detente.coding.coder import Event
    from detente.coding.units import Unit

__all__ = [
    "deliveries_to_stop",
    "measures_named",
    "moved_forces",
    "named_deliveries",
    "ratification_revoked",
    "relief_from",
    "sent_out",
    "settled",
    "withheld_weapons",
    "without_aggregate_drills",
    "without_ownerless_steps",
]

_MAX_CHARS = 2_000
"""Longer sentences are left to the other readers."""

_SAYING = re.compile(
    r"\b(?:said|says|told|stated|declared|announced|confirmed|reported|noted|added|stressed|insisted|"
    r"claimed|denied)\b",
    re.IGNORECASE,
)


def _starting_in(units: Sequence[Unit], lo: int, hi: int) -> list[str]:
    """The sides whose mention starts in [lo, hi) ("German tanks" is one mention of Germany)."""
    out: list[str] = []
    for u in units:
        if lo <= u.start < hi and _side(u.code) and u.code not in out:
            out.append(str(u.code))
    return out


def _retyped(e: Event, etype: EventType, mode: str, **changes: object) -> Event:
    return dataclasses.replace(e, event=etype, mode=mode, derived=derived_fields(etype, mode), **changes)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------------- moved forces
_MOVED_MARK = "been? sent|dispatched"
"""Every passive phrase of ``s33-material2.toml`` holds these words (see its MOBILIZE rules)."""
_BACK_HOME = re.compile(
    r"^\W*(?:to|into)?\s*(?:(?:their|its|the|his|her)\s+)?(?:permanent\s+|home\s+|original\s+|main\s+)?"
    r"(?:bases?|barracks|garrisons?|home|homes|places?\s+of\s+(?:permanent\s+)?deployment)\b|^\W*back\b",
    re.IGNORECASE,
)
_DENIED_BEFORE = re.compile(r"\b(?:no|not|never|none|n't|nor)\b", re.IGNORECASE)
_TRAILING_SAYER = re.compile(
    r",\s*(?P<who>[^,.;]{1,80}?)\s+(?:said|says|confirmed|announced|stated|reported|added|insisted)\b"
)


_ELSEWHERE_PURPOSE = re.compile(
    r"\bto\s+(?:attend|take\s+part|participate|study|learn|compete|perform|watch|observe|march)\b|"
    r"\bfor\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:conference|congress|course|courses|seminar|forum|summit|"
    r"ceremony|parade|competition|games|tournament|festival|exhibition|show)\b",
    re.IGNORECASE,
)
"""A purpose that is no deployment and no relief: "sent to Rome to attend a congress", "flown to Paris for the
air show"."""


_UNOWNED_MINISTRY = re.compile(r"\bof\s+the\s+(?:[A-Z][\w-]*\s+){1,3}Ministry\b")
_HOME = "RUS"
"""Whose a ministry named without its state is (the convention of :mod:`detente.coding.sidefix2`)."""


def _moved(e: Event) -> bool:
    return e.event in (EventType.MOBILIZE, EventType.AID) and _MOVED_MARK in e.trigger


def _sayer(text: str, units: Sequence[Unit], at: int) -> str | None:
    """The side whose saying frames the clause at ``at``: "X said (that) ..." before, ", X said" after."""
    lo = _clause_start(text, at)
    said = None
    for s in _SAYING.finditer(text, lo, at):
        said = s
    if said is not None:
        found = _sides_in(units, lo, said.start())
        if found:
            return found[0]
    trail = _TRAILING_SAYER.search(text, at)
    if trail is not None:
        found = _sides_in(units, trail.start("who"), trail.end("who"))
        if found:
            return found[0]
    return None


def moved_forces(
    text: str,
    events: Sequence[Event],
    units: Sequence[Unit],
    dictionary: ActorDictionary | None = None,
    date: dt.date | None = None,
) -> list[Event]:
    """Passive movements of forces and relief settled: sent back home, denied, told by a sayer."""
    if "been" not in text and " were " not in text and " was " not in text and " be " not in text:
        return list(events)
    aiding = {c for e in events if e.event is EventType.AID for c in e.source}
    out = [e for e in events if not (_moved(e) and e.event is EventType.MOBILIZE and aiding & set(e.source))]
    out = [
        e
        for e in out
        if not (_moved(e) and _ELSEWHERE_PURPOSE.search(text, e.anchor[1], _clause_end(text, e.anchor[1])))
    ]
    for k, e in enumerate(out):
        if not _moved(e):
            continue
        after = text[e.anchor[1] : e.anchor[1] + 60]
        if e.event is EventType.MOBILIZE and _BACK_HOME.search(after):
            out[k] = _retyped(e, EventType.RETREAT, "", target=())
            continue
        lo = _clause_start(text, e.anchor[0])
        for s in _SAYING.finditer(text, lo, e.anchor[0]):
            lo = s.end()
        if e.polarity is Polarity.ASSERTED and _DENIED_BEFORE.search(text, lo, e.anchor[1]):
            e = out[k] = dataclasses.replace(e, polarity=Polarity.NEGATED)
        if not e.source:
            who = _sayer(text, units, e.anchor[0])
            if (
                who is None
                and _UNOWNED_MINISTRY.search(text, lo, e.anchor[0])
                and not _sides_in(units, lo, e.anchor[0])
            ):
                who = _HOME  # "rescuers of the Emergencies Ministry": an unowned ministry is Russia's (sidefix2)
            if who is not None:
                target = tuple(
                    c
                    for c in e.target
                    if c != who
                    and not (
                        e.event is EventType.MOBILIZE
                        and dictionary is not None
                        and dictionary.allied(who, c, date)
                    )
                )  # forces sent to an ally's ground are not sent against it (as passes._no_allied_deployment)
                out[k] = dataclasses.replace(e, source=(who,), target=target)
    return out


# --------------------------------------------------------------------------------------- withheld weapons
_GIVING = ("suppl", "deliver", "send", "sent", "provid", "transfer", "giv", "ship", "pump", "arms")
"""Cheap gate: a word of giving (or "arms deliveries") must be in the sentence."""
_ARMS = (
    r"(?:weapons?|arms|tanks?|howitzers?|missiles?|drones?|jets?|fighter\s+jets|fighters|artillery|munitions|"
    r"shells|ammunition|rockets?|launchers?|aircraft|helicopters?|interceptors|air[\s-]defen[cs]e\s+systems?|"
    r"systems|F-16s?|Patriots?|HIMARS|Leopards?|Taurus|ATACMS|Tomahawks?|warplanes|armou?red\s+vehicles)"
)
_WITHHELD = re.compile(
    r"\b(?:(?:will|would|shall|does|do|did|can|could|is|are|was|were|has|have|had)\s*(?:not|n't)|never)\s+"
    r"(?:(?:be\s+)?(?:going\s+to|able\s+to|planning\s+to|plan\s+to)\s+)?(?:(?:be\s+)?(?:provided|sent|"
    r"delivered|supplied|transferred|given|shipped)|provide|send|deliver|supply|transfer|give|ship|"
    r"providing|sending|delivering|supplying|transferring|giving|shipping)\s+"
    r"(?P<obj>(?:[\w'-]+\s+){0,5}?)" + _ARMS + r"\b",
    re.IGNORECASE,
)
_REFUSING = re.compile(
    r"\b(?:refus\w*|reject\w*|declin\w*|rule[sd]?\s+out|ruling\s+out|veto\w*)\b", re.IGNORECASE
)


def withheld_weapons(text: str, events: Sequence[Event]) -> list[Event]:
    """A REJECT of help read from a plain "will not supply <arms>": the delivery denied (AID negated)."""
    if "not" not in text and "n't" not in text and "never" not in text:
        return list(events)
    if not any(w in text for w in _GIVING):
        return list(events)
    out = list(events)
    for m in _WITHHELD.finditer(text):
        lo = _clause_start(text, m.start())
        if _REFUSING.search(text, lo, m.end()):
            continue
        for k, e in enumerate(out):
            if e.event is EventType.REJECT and e.mode == "assist" and m.start() <= e.anchor[0] < m.end():
                out[k] = _retyped(e, EventType.AID, "", polarity=Polarity.NEGATED)
    return _unique(out)


# ------------------------------------------------------------------------------------- named deliveries
_DELIVERY = re.compile(
    r"\b(?P<noun>deliver(?:y|ies)|shipments?|suppl(?:y|ies)|transfers?|provision)\s+of\s+"
    r"(?P<obj>(?:[\w'-]+\s+){0,5}?)(?P<arms>" + _ARMS + r")\s+(?:to|into)\s+",
    re.IGNORECASE,
)
_POSSESSOR = re.compile(r"(?P<who>\S+)(?:'s|’s|s')\s+(?:(?:[\w-]+)\s+){0,2}$")
_SUPPOSED = re.compile(
    r"\b(?:no|not|never|n't|nor|if|unless|whether|would|could|might|may|should|possible|possibly|"
    r"planned|proposed|potential|future|further|halt|halted|stop|stopped|end|ended|suspend\w*|ban\w*|"
    r"accus\w*|alleg\w*|deny|denied|denies)\b",
    re.IGNORECASE,
)


def named_deliveries(text: str, events: Sequence[Event], units: Sequence[Unit], make: Make) -> list[Event]:
    """Deliveries of arms whose owner is named inside or before the noun phrase: that side's AID."""
    if "of" not in text or not any(w in text for w in ("eliver", "hipment", "uppl", "ransfer", "rovision")):
        return list(events)
    out = list(events)
    changed = False
    for m in _DELIVERY.finditer(text):
        inside = _starting_in(units, m.start("obj"), m.end("arms"))
        if not inside:
            lo = _clause_start(text, m.start())
            owner = _POSSESSOR.search(text, lo, m.start())
            inside = _sides_in(units, owner.start("who"), owner.end("who")) if owner is not None else []
        if not inside:
            continue
        hi = _clause_end(text, m.end())
        target = [c for c in _sides_in(units, m.end(), hi)[:1] if c not in inside]
        if not target:
            continue
        hit = [
            k for k, e in enumerate(out) if e.event is EventType.AID and m.start() <= e.anchor[0] < m.end()
        ]
        for k in hit:
            out[k] = dataclasses.replace(out[k], source=tuple(inside), target=tuple(target))
            changed = True
        if hit or any(e.event is EventType.AID and set(inside) & set(e.source) for e in out):
            continue
        lo = _clause_start(text, m.start())
        if _SUPPOSED.search(text, lo, m.start()) or _SUPPOSED.search(m.group("obj")):
            continue
        roles = Roles(tuple(inside), tuple(target), (m.start(), m.end()))
        out.append(make(EventType.AID, "", roles, Polarity.ASSERTED, m.start(), m.end(), "named delivery"))
        changed = True
    return _unique(out) if changed else out


# ------------------------------------------------------------------------------------- deliveries to stop
_STOP_SUPPLYING = re.compile(
    r"\b(?:stop|halt|end|cease|stopping|halting|ending|ceasing)\s+(?:(?:the|its|their|his|her|all|any|further)\s+)?"
    r"(?:(?:supplying|sending|delivering|providing|shipping|pumping|transferring)\s+(?:[\w'-]+\s+){0,4}?"
    + _ARMS
    + r"|(?:arms|weapons|military)\s+(?:supplies|deliveries|shipments|transfers|aid|assistance))\s+(?:to|into)\s+",
    re.IGNORECASE,
)


def deliveries_to_stop(text: str, events: Sequence[Event], units: Sequence[Unit], make: Make) -> list[Event]:
    """ "We urge Berlin to stop supplying weapons to Kyiv": the deliveries asked to stop are going on (AID by
    the side asked, to the side after "to"), beside the request."""
    if "stop" not in text and "halt" not in text and "end" not in text and "ceas" not in text:
        return list(events)
    if not any(w in text for w in _GIVING):
        return list(events)
    out = list(events)
    changed = False
    for m in _STOP_SUPPLYING.finditer(text):
        asked = [
            e
            for e in out
            if e.event is EventType.REQUEST
            and e.anchor[0] < m.start()
            and e.polarity is Polarity.ASSERTED
            and len(e.target) == 1
            and _side(e.target[0])
        ]
        if not asked:
            continue
        doer = asked[-1].target[0]
        hi = _clause_end(text, m.end())
        target = [c for c in _sides_in(units, m.end(), hi)[:1] if c != doer]
        if not target or any(e.event is EventType.AID and doer in e.source for e in out):
            continue
        roles = Roles((doer,), tuple(target), (m.start(), m.end()))
        out.append(
            make(EventType.AID, "", roles, Polarity.ASSERTED, m.start(), m.end(), "deliveries to stop")
        )
        changed = True
    return _unique(out) if changed else out


# ------------------------------------------------------------------------------------- relief from a side
_RELIEF_FROM = re.compile(
    r"\b(?:humanitarian|aid|relief|emergency)\s+(?:convoys?|cargoe?s?|shipments?|supplies|flights?|planes?|"
    r"trucks|consignments?|deliveries)\s+from\s+",
    re.IGNORECASE,
)
_RELIEF_SUPPOSED = re.compile(
    r"\b(?:not|never|no|n't|nor|if|unless|whether|would|could|might|may|should|blocked|halted|stopped|"
    r"turned\s+back|denied|refused)\b",
    re.IGNORECASE,
)


def relief_from(text: str, events: Sequence[Event], units: Sequence[Unit], make: Make) -> list[Event]:
    """ "Humanitarian convoys from Belarus crossed into ...", "aid flights from Qatar landed in ...": AID by the
    side after "from", at the first other side of the clause after it (a place counts), unless it is denied,
    supposed or stopped."""
    if "from" not in text:
        return list(events)
    low = lower_text(text)
    if not any(w in low for w in ("humanitarian", "aid ", "relief", "emergency")):
        return list(events)
    out = list(events)
    changed = False
    for m in _RELIEF_FROM.finditer(text):
        doers = _starting_in(units, m.end(), m.end() + 40)
        doer = next((u for u in units if u.start == m.end() and _side(u.code)), None)
        if doer is None or not doers:
            continue
        code = str(doer.code)
        lo = _clause_start(text, m.start())
        hi = _clause_end(text, m.end())
        if _RELIEF_SUPPOSED.search(text, lo, hi):
            continue
        target = [c for c in _starting_in(units, doer.end, hi) if c != code][:1]
        if any(e.event is EventType.AID and code in e.source for e in out):
            continue
        roles = Roles((code,), tuple(target), (m.start(), doer.end))
        out.append(make(EventType.AID, "", roles, Polarity.ASSERTED, m.start(), doer.end, "relief from"))
        changed = True
    return _unique(out) if changed else out


# ----------------------------------------------------------------------------- measures named in a clause
_MEASURES_BY = re.compile(
    r"\b(?:sanctions|restrictions|restrictive\s+measures|measures|embargo(?:es)?|bans?|penalties|tariffs)\s+"
    r"(?:(?:that|which)\s+)?(?P<who>[A-Z][^,.;:()]{0,50}?)\s+(?:(?:has|have|had)\s+)?"
    r"(?:(?:continues?|continued|keeps?|kept)\s+to\s+)?(?:impose[sd]?|imposing|introduced?|introduces|"
    r"adopted|adopts?|applie[sd]|apply|maintains?|maintained|slapped)\s+(?:on|against)\s+",
)
_OURS_AFTER = re.compile(r"(?:our|us)\b", re.IGNORECASE)


def measures_named(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """ "the restrictions that Brussels continues to impose on our diplomats", "the sanctions Ottawa imposed on
    Russian banks": measures in force, told in a relative clause (SANCTION by the clause's subject, at the
    side after "on"/"against", or the speaker for "our"/"us")."""
    if "impos" not in text and "introduc" not in text and "appl" not in text and "maintain" not in text:
        return list(events)
    if not any(w in text for w in ("sanction", "restrict", "measures", "embargo", "ban", "penalt", "tariff")):
        return list(events)
    out = list(events)
    changed = False
    for m in _MEASURES_BY.finditer(text):
        if _DENIED_BEFORE.search(m.group("who")):
            continue
        doers = _starting_in(units, m.start("who"), m.end("who"))
        if len(doers) != 1:
            continue
        doer = doers[0]
        hi = _clause_end(text, m.end())
        after = [u for u in units if m.end() <= u.start < hi and _side(u.code) and u.code != doer]
        target: str | None = str(after[0].code) if after and after[0].start <= m.end() + 30 else None
        if target is None and speaker and speaker != doer and _OURS_AFTER.match(text, m.end()):
            target = speaker
        if target is None:
            continue
        if any(e.event is EventType.SANCTION and doer in e.source and target in e.target for e in out):
            continue
        roles = Roles((doer,), (target,), (m.start(), m.end()))
        out.append(
            make(EventType.SANCTION, "", roles, Polarity.ASSERTED, m.start(), m.end(), "measures named")
        )
        changed = True
    return _unique(out) if changed else out


# ---------------------------------------------------------------------------------- ratification revoked
_RATIFICATION_REVOKED = re.compile(
    r"\b(?:revok|withdr[ae]w|rescind|retract|annul)\w*\s+(?:(?:its|their|the|his|her|our)\s+)?"
    r"(?:ratification|signature)\s+(?:of|from|under)\b",
    re.IGNORECASE,
)


def ratification_revoked(text: str, events: Sequence[Event]) -> list[Event]:
    """ "Moscow revoked its ratification of the test ban treaty": a treaty left (SANCTION, withdraw), not the
    concession that "revoked" reads elsewhere ("revoked the decree")."""
    if "atification" not in text and "ignature" not in text:
        return list(events)
    out = list(events)
    for m in _RATIFICATION_REVOKED.finditer(text):
        for k, e in enumerate(out):
            if e.event is EventType.CONCEDE and m.start() <= e.anchor[0] < m.end():
                out[k] = _retyped(e, EventType.SANCTION, "withdraw")
    return _unique(out)


# ------------------------------------------------------------------------------------- diplomats sent out
_PEOPLE = (
    r"(?:diplomats?|envoys?|consuls?|consuls-general|ambassadors?|attach[eé]s?|chargés?\s+d'affaires|"
    r"(?:staff|employees|workers|members)\s+of\s+(?:the|its|their|our)\s+(?:[\w-]+\s+){0,2}"
    r"(?:embassy|embassies|consulate|consulates|mission|missions))"
)
_SENT_OUT = re.compile(
    r"\b"
    + _PEOPLE
    + r"\b(?P<mid>[^.;:!?]{0,60}?)\s+(?P<verb>(?:(?:were|was|have\s+been|has\s+been|had\s+been|"
    r"are|is|will\s+be)\s+(?:ordered\s+(?:out\s+of|to\s+leave)|told\s+to\s+leave|asked\s+to\s+leave|"
    r"given\s+(?:[\w-]+\s+){1,3}to\s+leave|declared\s+persona(?:e)?\s+non\s+grata(?:e)?\s+(?:in|by))|"
    r"(?:must|have\s+to|has\s+to|will\s+have\s+to)\s+leave))\s+",
    re.IGNORECASE,
)
_OUR = re.compile(r"\b(?:our|we)\b", re.IGNORECASE)
_NOT_SENT = re.compile(r"\b(?:not|never|no|n't|if|unless|whether|could|might|may|would)\b", re.IGNORECASE)


def sent_out(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """Envoys "ordered out of", "told to leave" or "given 48 hours to leave" a place: SANCTION (expel) by the
    place's side at the envoys' side (the side named in their noun phrase, or the speaker for "our")."""
    if "leave" not in text and "out of" not in text and "non grata" not in text:
        return list(events)
    out = list(events)
    changed = False
    for m in _SENT_OUT.finditer(text):
        lo = _clause_start(text, m.start())
        for s in _SAYING.finditer(text, lo, m.start()):
            lo = s.end()
        owners = _starting_in(units, lo, m.start("verb"))
        owner = owners[0] if owners else None
        if owner is None and speaker and _OUR.search(text, lo, m.start("verb")):
            owner = speaker
        hi = _clause_end(text, m.end())
        doers = [c for c in _starting_in(units, m.end(), min(hi, m.end() + 60)) if c != owner]
        if owner is None or not doers:
            continue
        doer = doers[0]
        polarity = (
            Polarity.FUTURE if re.match(r"will\b", m.group("verb"), re.IGNORECASE) else Polarity.ASSERTED
        )
        hit = [
            k
            for k, e in enumerate(out)
            if e.event in (EventType.SANCTION, EventType.COERCE) and m.start() <= e.anchor[0] < m.end()
        ]
        denied = _DENIED_BEFORE.search(text, lo, m.end()) is not None
        for k in hit:
            e = out[k]
            kept = Polarity.NEGATED if denied and e.polarity is Polarity.ASSERTED else e.polarity
            if e.event is EventType.SANCTION and e.source and owner in e.target:
                out[k] = dataclasses.replace(e, polarity=kept)  # a reader already has the sides
                changed = True
                continue
            out[k] = _retyped(e, EventType.SANCTION, "expel", source=(doer,), target=(owner,), polarity=kept)
            changed = True
        if hit or _NOT_SENT.search(text, lo, m.end()):
            continue
        if any(e.event is EventType.SANCTION and (owner in e.target or e.mode == "expel") for e in out):
            continue  # the expulsion is already read (one expulsion told twice is one event)
        roles = Roles((doer,), (owner,), (m.start(), m.end()))
        out.append(make(EventType.SANCTION, "expel", roles, polarity, m.start(), m.end(), "sent out"))
        changed = True
    return _unique(out) if changed else out


# ---------------------------------------------------------------------------------------- ownerless steps
_OWNED_NOUNS = (
    "suspension|termination|cancellation|freezing|denunciation of * deal|",
    "sanctions|sanction package|",
    "missile|missiles|rocket launch|",
    "launch|launches|test|tests|test-launch|",
    "flight|flights|passage|transit|sailing of * bombers|",
    "military escalation near|",
    "columns|troops|tanks|battalions|",
    "help|assistance of * engineers|",
)
_SHELTER_MARK = "shelter|hide in the? X embassy"
_REBUILD_MARK = "* for * reconstruction|recovery|"
_DECREE_MARK = "sign|issue|adopt|approve|pass|enact * decree|"
"""The phrase of ``s33-material2.toml`` for money set aside to rebuild another side."""


def without_ownerless_steps(events: Sequence[Event]) -> list[Event]:
    """A suspension or a sanctions package with no owner named is a topic ("the suspension of the treaty was
    discussed"): the readings of ``s33-material2.toml`` that found no source are dropped, and money set aside
    to rebuild or a shelter in a mission with no other side on the receiving end ("allocated funds for the
    recovery of its own regions", "the consul sheltered in his own embassy") is no aid."""
    return [e for e in events if not _ownerless(e) and not _own_side_helped(e)]


_HELD_BY_MARK = "drills|exercises|manoeuvres|maneuvers|wargames|war-games held|"
"""The phrase of ``s33-material2.toml`` for drills named by their holder."""
_AGGREGATE = re.compile(
    r"\b(?:number|numbers|series|scores|dozens|hundreds)\s+of\b|\b(?:numerous|many|frequent|repeated|regular|"
    r"constant|endless|incessant|countless|multiple)\b",
    re.IGNORECASE,
)


def without_aggregate_drills(text: str, events: Sequence[Event]) -> list[Event]:
    """Drills named by their holder are one exercise told; "the large number of snap drills conducted by
    Moscow", "the repeated exercises held by ..." describe a pattern of conduct (the concern about it is the
    event), so that reading is dropped."""
    return [
        e
        for e in events
        if not (
            e.trigger.startswith(_HELD_BY_MARK)
            and _AGGREGATE.search(text, max(0, e.anchor[0] - 40), e.anchor[0])
        )
    ]


def _ownerless(e: Event) -> bool:
    return not e.source and e.trigger.startswith(_OWNED_NOUNS)


def _own_side_helped(e: Event) -> bool:
    """Money to rebuild, a shelter in a mission or measures decreed, with no other side on the receiving
    end."""
    mine = _REBUILD_MARK in e.trigger or e.trigger.startswith((_SHELTER_MARK, _DECREE_MARK))
    return mine and (not e.target or bool(set(e.target) & set(e.source)))


def settled(
    text: str,
    events: Sequence[Event],
    units: Sequence[Unit],
    speaker: str | None,
    make: Make,
    dictionary: ActorDictionary | None = None,
    date: dt.date | None = None,
) -> list[Event]:
    """``events`` with the module's families settled (see the module); never raises for any text."""
    if not text or len(text) > _MAX_CHARS or not (text[:1].isalpha() or any(ch.isalpha() for ch in text)):
        return list(events)
    out = without_aggregate_drills(text, without_ownerless_steps(events))
    if out:  # (s35-speed6) it only changes events already read: none, nothing to change
        out = moved_forces(text, out, units, dictionary, date)
    out = sent_out(text, out, units, speaker, make)
    # (s35-speed5) a step whose gate says no would return the events as they are: each gate holds the words
    # of one of its step's own first checks, case-blind (a superset of what the step tests)
    held = _GATES.held(text)  # (s35-speed8) the gate words read once, each gate a set test
    giving = not _GIVING_GATE.isdisjoint(held)
    if giving:
        out = withheld_weapons(text, out)
        out = deliveries_to_stop(text, out, units, make)
    out = relief_from(text, out, units, make)
    if not _MEASURE_GATE.isdisjoint(held):
        out = measures_named(text, out, units, speaker, make)
    out = ratification_revoked(text, out)
    if not _DELIVERY_GATE.isdisjoint(held):
        out = named_deliveries(text, out, units, make)
    return out


_GATES = WordGates()
_GIVING_GATE = _GATES.gate(_GIVING)  # withheld_weapons, deliveries_to_stop
_MEASURE_GATE = _GATES.gate(["sanction", "restrict", "measures", "embargo", "ban", "penalt", "tariff"])
_DELIVERY_GATE = _GATES.gate(["eliver", "hipment", "uppl", "ransfer", "rovision"])  # named_deliveries
