"""Chronology wording of session 38 (helper chron): how dated chronology entries of NATO-Russia relations
("28 May 2002: ... set up the NATO-Russia Council") tell councils founded and met, measures announced to the
other side, doctrines naming a danger, failed agreements, drafts handed over and threats, in words the other
readers leave without an event, with the wrong type or with the wrong side.

Each reading adds its event only when the sentence codes none of that kind, or amends only the events it
names; :func:`settled` runs them all and never raises.

* **A council set up.** "Leaders set up the NATO-Russia Council", "ministers approve the text of a
  declaration establishing the NATO-Russia Council": AGREE of NATO and Russia, no target (a signing, or
  "by establishing", stays the read sets' SUPPORT) (:func:`council_founded`). A
  council that "adopts a work plan" agrees it (AGREE of its members, :func:`plan_adopted`).
* **Negotiations concluded.** "X and Y conclude their negotiations on the text of ...": the talks ended in
  an agreement, AGREE of the sides read for the talks, not CONSULT (:func:`negotiations_concluded`).
* **A leader at a council of two sides.** "Putin takes part in the NATO-Russia Council summit": the council
  met, CONSULT of NATO and Russia with no target, not one side at the other (:func:`council_attended`).
* **A measure told to the other side.** "Russia informs NATO that it is suspending military cooperation":
  the teller's SANCTION at the one told (:func:`measure_told`).
* **A doctrine naming a danger.** "Russia's military doctrine names the expansion of NATO ... as the main
  danger", "a doctrine that lists the build-up of NATO forces among the main dangers": ACCUSE of the
  doctrine's owner at the side named; the build-up named is the topic, not an act (:func:`doctrine_danger`).
* **Agreement not reached.** "Ministers fail to reach agreement on ...": AGREE negated of the council's
  members or the sides named (:func:`agreement_failed`).
* **Cooperation put under review.** "... puts its whole cooperation with Russia under review": THREATEN at
  the partner, not a concession (:func:`cooperation_under_review`).
* **Measures of a threat.** "will suspend its obligations under the treaty in 60 days unless ...": the
  THREATEN and the SANCTION it announces, future (:func:`suspension_unless`); "warning of military-technical
  measures" is a THREATEN beside the complaint (:func:`measures_warned`).
* **A meeting not held again.** "it will not meet again until January": a council's pause, not a REJECT
  (:func:`not_again_until`).
* **A build-up inside a call.** "calls on Russia to end its military build-up in and around Ukraine":
  MOBILIZE of the one called on at the place named (:func:`buildup_called_off`).
* **Drafts handed over.** "hands a US envoy two draft documents: a treaty with the United States and an
  agreement with NATO": proposals, AGREE of the giver at the parties named (:func:`drafts_handed`).
* **An annexation rejected.** "The Allies reject Russia's proclaimed annexation of four Ukrainian regions":
  the annexation is coded too, COERCE seize of the annexing state at the state named (:func:`annexation_rejected`).
* **A pre-emptive strike held out.** "Russia could decide on a pre-emptive strike against NATO missile defence
  sites": THREATEN at the side named, not an attack (:func:`preemptive_strike`).
* **A treaty's operation suspended in answer.** "Russia completes its withdrawal from the CFE Treaty, and the
  Allies announce that they are suspending the treaty's operation": SANCTION of the Allies at the leaver
  (:func:`treaty_operation_suspended`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.natonews import (  # the small parts natonews wrote
    _add,
    _after,
    _before,
    _recoded,
    treaty_frozen_in_answer,
)
from detente.coding.ontology import EventType, Polarity
from detente.coding.roleparts import Make, Roles
from detente.coding.text import lower_text

if TYPE_CHECKING:
    from detente.coding.actors import ActorDictionary
    from detente.coding.coder import Event
    from detente.coding.units import Unit

__all__ = [
    "agreement_failed",
    "annexation_rejected",
    "buildup_called_off",
    "cooperation_under_review",
    "council_attended",
    "council_founded",
    "doctrine_danger",
    "drafts_handed",
    "measure_told",
    "measures_warned",
    "negotiations_concluded",
    "not_again_until",
    "plan_adopted",
    "preemptive_strike",
    "settled",
    "suspension_unless",
    "treaty_operation_suspended",
]

_MAX_CHARS = 5_000
_PAIR = ("NATO", "RUS")
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|if|would|could|might|no)\s+(?:\w+\s+)?$", re.I)


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
    ``speaker`` is the code of the sentence's "we" (``dictionary`` and ``date`` are kept for later readings)."""
    del dictionary, date
    if not text or len(text) > _MAX_CHARS or not (text[:1].isalpha() or any(ch.isalpha() for ch in text)):
        return list(events)
    out = list(events)
    named = [u for u in units if u.code and u.kind != "pronoun"]
    low = lower_text(text)  # (s39-speed: the sentence lowered once for all readers)
    if "council" in low:
        out = council_founded(text, out, make)
        out = plan_adopted(text, out, make)
        out = council_attended(text, out)
    if "negotiations" in low or "talks" in low:
        out = negotiations_concluded(text, out)
    if "inform" in low or "notif" in low:
        out = measure_told(text, out, named)
    if "doctrine" in low or "strategy" in low or "concept" in low:
        out = doctrine_danger(text, out, named, make)
    if "fail" in low:
        out = agreement_failed(text, out, named, make)
    if "under review" in low:
        out = cooperation_under_review(text, out, named, make)
    if "unless" in low:
        out = suspension_unless(text, out, make)
    if "warn" in low and "measures" in low:
        out = measures_warned(text, out, make)
    if "again until" in low:
        out = not_again_until(text, out)
    if "build-up" in low or "buildup" in low:
        out = buildup_called_off(text, out, named, make)
    if "draft" in low:
        out = drafts_handed(text, out, named, make)
    if "annexation" in low:
        out = annexation_rejected(text, out, named, make)
    if "strike" in low and ("pre-emptive" in low or "preventive" in low):
        out = preemptive_strike(text, out, named, make)
    if "treaty" in low and "operation" in low:
        out = treaty_operation_suspended(text, out, named, make)
    return out


# --- small parts ----------------------------------------------------------------------------------------------


def _has(events: Sequence[Event], etype: EventType, source: tuple[str, ...] | None = None) -> bool:
    return any(e.event is etype and (source is None or set(source) <= set(e.source)) for e in events)


def _hedged(text: str, at: int) -> bool:
    """A negation or condition just before ``at``."""
    return _NEGATED_BEFORE.search(text[max(0, at - 30) : at]) is not None


_TWO_SIDED = re.compile(
    r"\bNATO[- ]Russia\s+(?:Permanent\s+Joint\s+)?Council\b|\bPermanent\s+Joint\s+Council\b"
)


# --- councils -------------------------------------------------------------------------------------------------
_COUNCIL = r"(?:the|a)\s+(?:new\s+)?(?:NATO[- ]Russia\s+Council|Permanent\s+Joint\s+Council)\b"
_FOUNDED = re.compile(
    r"(?<!\bby\s)\b(?:set|sets)\s+up\s+"
    + _COUNCIL
    + r"|\b(?:approve|approves|approved)\s+(?:the\s+text\s+of\s+)?"
    r"(?:the|a)\s+(?:[\w-]+\s+){0,2}?declaration\s+(?:establishing|creating|setting\s+up)\s+" + _COUNCIL,
    re.I,
)


_DOCUMENT_SUBJECT = re.compile(
    r"\b(?:Act|Declaration|Treaty|Charter|document|declaration|treaty|charter)\s+(?:\w+\s+)?$"
)


def council_founded(text: str, events: list[Event], make: Make) -> list[Event]:
    """The NATO-Russia Council or the Permanent Joint Council set up or established by a declaration or
    decision told as done: AGREE of NATO and Russia, no target, unless a signing read for both tells it."""
    m = _FOUNDED.search(text)
    if m is None or _hedged(text, m.start()) or "will " in text[max(0, m.start() - 20) : m.start()].lower():
        return events
    verb = m.group(0).split()[0].lower()
    if not verb.endswith("ing") and _DOCUMENT_SUBJECT.search(text[max(0, m.start() - 60) : m.start()]):
        return events  # "The Founding Act sets up a council ...": what a text provides, not an act
    if re.search(r"\bsign(?:s|ed|ing)?\b", text, re.I) or any(
        e.event in (EventType.AGREE, EventType.SUPPORT) and set(_PAIR) <= set(e.source) for e in events
    ):
        return events  # a declaration signed that sets up the council: the signing's SUPPORT (read sets)
    roles = Roles(_PAIR, (), (m.start(), m.end()), mutual=True)
    return _add(events, make, EventType.AGREE, "", roles, Polarity.ASSERTED, (m.start(), m.end()), text)


_PLAN = re.compile(
    r"\b(?:adopts|adopted|approves|approved|agrees|agreed)\s+(?:a|an|its|the)\s+(?:new\s+|first\s+|annual\s+|"
    r"joint\s+)?(?:work\s+(?:plan|programme|program)|action\s+plan)\b",
    re.I,
)


def plan_adopted(text: str, events: list[Event], make: Make) -> list[Event]:
    """A two-sided council that adopts a work plan or action plan: AGREE of NATO and Russia."""
    m = _PLAN.search(text)
    council = _TWO_SIDED.search(text)
    if m is None or council is None or council.start() > m.start() or _hedged(text, m.start()):
        return events
    if _has(events, EventType.AGREE):
        return events
    roles = Roles(_PAIR, (), (m.start(), m.end()), mutual=True)
    return _add(events, make, EventType.AGREE, "", roles, Polarity.ASSERTED, (m.start(), m.end()), text)


_ATTENDED = re.compile(
    r"\b(?:takes|took|take|taking)\s+part\s+in\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:NATO[- ]Russia\s+Council|"
    r"Permanent\s+Joint\s+Council)\b|\b(?:attends|attended|attend|attending)\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:NATO[- ]Russia\s+Council|Permanent\s+Joint\s+Council)\b",
    re.I,
)


def council_attended(text: str, events: list[Event]) -> list[Event]:
    """A leader taking part in a session of the NATO-Russia (or Permanent Joint) Council: the one-way CONSULT
    read between the two sides becomes the council's mutual one."""
    if _ATTENDED.search(text) is None:
        return events
    out: list[Event] = []
    for e in events:
        pair = {*e.source, *e.target}
        if e.event is EventType.CONSULT and pair == set(_PAIR) and e.target:
            e = dataclasses.replace(e, source=_PAIR, target=())
        out.append(e)
    return out


_CONCLUDED = re.compile(
    r"\b(?:conclude|concludes|concluded|complete|completes|completed|finalise|finalises|finalised|finalize|"
    r"finalizes|finalized)\s+(?:their|the|its)\s+(?:negotiations|talks)\s+(?:\w+\s+){0,3}?on\s+(?:the\s+)?"
    r"(?:text|wording|terms)\b",
    re.I,
)


def negotiations_concluded(text: str, events: list[Event]) -> list[Event]:
    """Negotiations on a text concluded: the talks' CONSULT recoded as the sides' AGREE."""
    m = _CONCLUDED.search(text)
    if m is None or _hedged(text, m.start()) or _has(events, EventType.AGREE):
        return events
    out = list(events)
    for k, e in enumerate(out):
        if e.event is EventType.CONSULT and e.polarity is Polarity.ASSERTED:
            sides = tuple(dict.fromkeys((*e.source, *e.target)))
            out[k] = _recoded(e, EventType.AGREE, "", source=sides, target=())
            break
    return out


# --- measures told, doctrines, failures -----------------------------------------------------------------------
_TOLD = re.compile(
    r"\b(?:informs|informed|notifies|notified|tells|told)\s+(?P<told>[^,;]{2,40}?)\s+that\s+(?:it|they)\s+"
    r"(?:is|are|was|were|will\s+be|has|have)\s+(?:\w+\s+)?(?:suspending|suspended|freezing|frozen|ending|ended|"
    r"halting|halted|cutting|withdrawing|closing)\b",
    re.I,
)


def measure_told(text: str, events: list[Event], named: Sequence[Unit]) -> list[Event]:
    """ "X informs Y that it is suspending ...": the SANCTION read is X's at Y (sides swapped when read the
    other way)."""
    m = _TOLD.search(text)
    if m is None:
        return events
    teller = _before(named, m.start(), 40)
    told = _after(named, m.start("told"), 5)
    if teller is None or told is None or teller.code == told.code or not teller.code or not told.code:
        return events
    out = list(events)
    for k, e in enumerate(out):
        if e.event is EventType.SANCTION and e.anchor[0] >= m.start() and e.source == (told.code,):
            out[k] = dataclasses.replace(e, source=(teller.code,), target=(told.code,))
    return out


_DOCTRINE = re.compile(
    r"\b(?:doctrine|strategy|concept)\b[^.;]{0,40}?\b(?:names|named|lists|listed|identifies|identified|"
    r"calls|called|designates|designated|describes|described)\s+(?P<what>[^.;]{3,160}?)\s+(?:as|among)\s+"
    r"(?:the\s+|a\s+|one\s+of\s+the\s+)?(?:main\s+|chief\s+|principal\s+|key\s+|major\s+)?(?:external\s+)?"
    r"(?:military\s+)?(?:dangers?|threats?)\b",
    re.I,
)


def doctrine_danger(text: str, events: list[Event], named: Sequence[Unit], make: Make) -> list[Event]:
    """A doctrine or strategy naming another side's conduct a danger or threat: ACCUSE of its owner at that
    side; the conduct named is the topic, so a MOBILIZE read from it is dropped."""
    m = _DOCTRINE.search(text)
    if m is None:
        return events
    owner = _before(named, m.start(), 60)
    target = _after(named, m.start("what"), 120)
    if owner is None or target is None or not owner.code or not target.code or owner.code == target.code:
        return events
    if target.start > m.end("what"):
        return events
    what = (m.start("what"), m.end("what"))
    out = [
        e
        for e in events
        if not (
            e.event is EventType.MOBILIZE and what[0] <= e.anchor[0] < what[1] and e.source == (target.code,)
        )
    ]
    if any(e.event is EventType.ACCUSE and e.target == (target.code,) for e in out):
        return out
    roles = Roles((owner.code,), (target.code,), (owner.start, m.end()))
    return _add(
        out, make, EventType.ACCUSE, "disapprove", roles, Polarity.ASSERTED, (m.start(), m.end()), text
    )


_FAILED = re.compile(
    r"\b(?:fail|fails|failed)\s+to\s+(?:reach\s+(?:an?\s+|any\s+)?(?:agreement|accord|deal)|agree)\b", re.I
)


def agreement_failed(text: str, events: list[Event], named: Sequence[Unit], make: Make) -> list[Event]:
    """Sides that "fail to reach agreement": AGREE negated, of a two-sided council's members when the
    sentence names one (NRC), else of the named sides before the verb."""
    m = _FAILED.search(text)
    if m is None or _has(events, EventType.AGREE):
        return events
    if _TWO_SIDED.search(text) or re.search(r"\bNRC\b", text):
        sides: tuple[str, ...] = _PAIR
    else:
        sides = tuple(dict.fromkeys(u.code for u in named if u.end <= m.start() and u.code))
        if len(sides) < 2:
            return events
    roles = Roles(sides, (), (m.start(), m.end()), mutual=True)
    return _add(events, make, EventType.AGREE, "", roles, Polarity.NEGATED, (m.start(), m.end()), text)


_REVIEW = re.compile(
    r"\b(?:puts|put|putting|placed|places|placing)\s+(?:its|their|the|all|whole|entire|\s)+"
    r"(?:[\w-]+\s+){0,2}?(?:cooperation|relations|ties)\s+with\s+(?P<with>[^.;]{2,30}?)\s+under\s+review\b",
    re.I,
)


def cooperation_under_review(
    text: str, events: list[Event], named: Sequence[Unit], make: Make
) -> list[Event]:
    """Cooperation with X "put under review": THREATEN at X; a CONCEDE read from the same words is dropped."""
    m = _REVIEW.search(text)
    if m is None:
        return events
    partner = _after(named, m.start("with"), 3)
    if partner is None or not partner.code:
        return events
    out = [e for e in events if not (e.event is EventType.CONCEDE and partner.code in e.target)]
    if any(e.event is EventType.THREATEN for e in out):
        return out
    doer = next((e.source for e in out if e.event is EventType.SANCTION and e.source), None)
    if doer is None:
        before = _before(named, m.start(), 200)
        if before is None or not before.code or before.code == partner.code:
            return out
        doer = (before.code,)
    roles = Roles(doer, (partner.code,), (m.start(), m.end()))
    return _add(out, make, EventType.THREATEN, "", roles, Polarity.ASSERTED, (m.start(), m.end()), text)


_UNLESS = re.compile(
    r"\bwill\s+(?P<verb>suspend|withdraw\s+from|leave|quit|terminate|pull\s+out\s+of)\b[^.;]{3,100}?\bunless\b",
    re.I,
)


def suspension_unless(text: str, events: list[Event], make: Make) -> list[Event]:
    """ "Will suspend ... unless ...": beside the THREATEN, the SANCTION it announces (future) of the same
    sides."""
    m = _UNLESS.search(text)
    if m is None:
        return events
    threat = next((e for e in events if e.event is EventType.THREATEN and e.source and e.target), None)
    if threat is None or any(e.event is EventType.SANCTION for e in events):
        return events
    roles = Roles(threat.source, threat.target, (m.start(), m.end()))
    span = (m.start(), m.start("verb") + len(m.group("verb")))
    return _add(events, make, EventType.SANCTION, "withdraw", roles, Polarity.FUTURE, span, text)


_WARNED = re.compile(
    r"\b(?:warning|warns|warned)\s+of\s+(?:\w+\s+){0,2}?(?:military-technical|retaliatory|response|reciprocal|"
    r"counter)\s*measures\b|\bwarning\s+of\s+countermeasures\b",
    re.I,
)


def measures_warned(text: str, events: list[Event], make: Make) -> list[Event]:
    """ "..., warning of military-technical measures": a THREATEN of the complaint's sides."""
    m = _WARNED.search(text)
    if m is None or _has(events, EventType.THREATEN):
        return events
    base = next((e for e in events if e.event is EventType.ACCUSE and e.source and e.target), None)
    if base is None:
        return events
    roles = Roles(base.source, base.target, (m.start(), m.end()))
    return _add(events, make, EventType.THREATEN, "", roles, Polarity.ASSERTED, (m.start(), m.end()), text)


_AGAIN = re.compile(r"\b(?:will|would)\s+not\s+meet\s+again\s+until\b", re.I)


def not_again_until(text: str, events: list[Event]) -> list[Event]:
    """ "It will not meet again until ...": a pause in meetings, not a REJECT."""
    m = _AGAIN.search(text)
    if m is None:
        return events
    return [e for e in events if not (e.event is EventType.REJECT and e.anchor[0] >= m.start() - 5)]


_BUILDUP = re.compile(
    r"\b(?:calls?\s+on|called\s+on|urges?|urged)\s+(?P<who>[^,;]{2,30}?)\s+to\s+(?:end|halt|stop|reverse|pull\s+back)\s+"
    r"(?:its|their)\s+(?:[\w-]+\s+){0,2}?build-?up\s+(?:of\s+[\w\s]{0,30}?)?(?:in|near|around|along|on)\s+"
    r"(?:and\s+(?:around|near)\s+)?(?P<where>[^,;.]{2,40})",
    re.I,
)


def buildup_called_off(text: str, events: list[Event], named: Sequence[Unit], make: Make) -> list[Event]:
    """A call on X to end its build-up in or near Y: MOBILIZE X at Y beside the REQUEST."""
    m = _BUILDUP.search(text)
    if m is None or _has(events, EventType.MOBILIZE):
        return events
    who = _after(named, m.start("who"), 3)
    where = _after(named, m.start("where"), 15)
    if who is None or where is None or not who.code or not where.code or who.code == where.code:
        return events
    roles = Roles((who.code,), (where.code,), (who.start, m.end()))
    return _add(
        events, make, EventType.MOBILIZE, "troops", roles, Polarity.ASSERTED, (m.start(), m.end()), text
    )


_DRAFTS = re.compile(
    r"\b(?:hands|handed|handing|hand|passes|passed|delivers|delivered|submits|submitted)\s+(?:over\s+)?"
    r"(?P<to>[^.;]{0,60}?)\b(?:two\s+|three\s+|its\s+|the\s+|a\s+)?draft\s+(?:treaty|treaties|documents?|"
    r"agreements?|proposals?)\b(?P<rest>[^.;]*)",
    re.I,
)


def drafts_handed(text: str, events: list[Event], named: Sequence[Unit], make: Make) -> list[Event]:
    """Draft treaties or agreements handed over: AGREE (a proposal) of the giver at the receiver and the
    parties the drafts name."""
    m = _DRAFTS.search(text)
    if m is None or _has(events, EventType.AGREE) or _hedged(text, m.start()):
        return events
    giver = _before(named, m.start(), 80)
    if giver is None or not giver.code:
        return events
    others = [
        u.code for u in named if u.code and u.code != giver.code and m.start("to") <= u.start < m.end("rest")
    ]
    if not others:
        return events
    roles = Roles((giver.code,), tuple(dict.fromkeys(others)), (giver.start, m.end()))
    return _add(events, make, EventType.AGREE, "", roles, Polarity.ASSERTED, (m.start(), m.end("to")), text)


_ANNEXATION = re.compile(
    r"\b(?:reject|rejects|rejected|condemn|condemns|condemned|denounce|denounces|denounced)\s+(?P<who>[^.;]{2,25}?)"
    r"(?:'s|’s)\s+(?:proclaimed\s+|illegal\s+|illegitimate\s+|sham\s+|attempted\s+|declared\s+)*annexation\s+of\s+"
    r"(?P<what>[^.;]{2,60})",
    re.I,
)


def annexation_rejected(text: str, events: list[Event], named: Sequence[Unit], make: Make) -> list[Event]:
    """An annexation rejected or condemned: COERCE seize of the annexing state at the state named beside the
    rejection."""
    m = _ANNEXATION.search(text)
    if m is None or _has(events, EventType.COERCE):
        return events
    who = _after(named, m.start("who"), 3)
    land = _after(named, m.start("what"), 60)
    if who is None or land is None or not who.code or not land.code or who.code == land.code:
        return events
    roles = Roles((who.code,), (land.code,), (who.start, land.end))
    span = (m.start("who"), m.end("what"))
    return _add(events, make, EventType.COERCE, "seize", roles, Polarity.ASSERTED, span, text)


_OPERATION = re.compile(
    r"\b(?:suspend|suspends|suspended|suspending|freeze|freezes|froze|freezing)\s+(?:the\s+)?(?:treaty's|"
    r"treaty’s|its)\s+(?:operation|implementation|application)\b",
    re.I,
)


def treaty_operation_suspended(
    text: str, events: list[Event], named: Sequence[Unit], make: Make
) -> list[Event]:
    """ "The Allies ... are suspending the treaty's operation" after another party's withdrawal told in the
    sentence: SANCTION of the Allies at the leaver (natonews' reading of a treaty frozen in answer, with this
    wording)."""
    return treaty_frozen_in_answer(text, events, named, make, wording=_OPERATION, reach=60)


_PREEMPTIVE = re.compile(
    r"\b(?:could|might|may|would|will)\s+(?:\w+\s+){0,2}?(?:decide\s+on|launch|carry\s+out|deliver|resort\s+to|"
    r"use)\s+(?:a\s+)?(?:pre-emptive|preventive)\s+(?:military\s+)?strikes?\s+(?:on|against)\s+(?P<at>[^.;]{2,60})",
    re.I,
)


def preemptive_strike(text: str, events: list[Event], named: Sequence[Unit], make: Make) -> list[Event]:
    """A side that "could decide on a pre-emptive strike against X": THREATEN at X; the hypothetical
    ASSAULT read from the same words is dropped."""
    m = _PREEMPTIVE.search(text)
    if m is None or re.search(r"\b(?:not|never|no)\b", text[max(0, m.start() - 10) : m.start("at")], re.I):
        return events
    doer = _before(named, m.start(), 30)
    at = _after(named, m.start("at"), 40)
    if doer is None or at is None or not doer.code or not at.code or doer.code == at.code:
        return events
    out = [e for e in events if not (e.event is EventType.ASSAULT and e.polarity is Polarity.HYPOTHETICAL)]
    if any(e.event is EventType.THREATEN for e in out):
        return out
    roles = Roles((doer.code,), (at.code,), (doer.start, m.end()))
    return _add(out, make, EventType.THREATEN, "", roles, Polarity.ASSERTED, (m.start(), m.end()), text)
