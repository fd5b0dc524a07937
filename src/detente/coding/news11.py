"""News wording of session 35 (helper news11): charges that monitors lay by telling what a side did, and
evacuations a side orders, which news tells in words the other readers leave without an event or a side.
Each reading adds its event only when the sentence codes none of that type, or amends only the event it
names.

The module's lexicon (``data/lexicon/s35-news11.toml``) reads support given by weight as phrases ("France
put its weight behind Athens", "the senators rallied behind Kyiv": SUPPORT). The readings here need more
than a phrase:

* **A monitor's charge.** "A rights group said the border guards of Ruritania had shot dozens of migrants",
  "UN investigators found that the army had burned villages", "the report concluded that police had beaten
  the strikers": what a watchdog (a rights group, Amnesty, monitors, investigators, an inquiry or a report)
  says or finds a side did to others is a charge laid at that side (ACCUSE/allege by the watchdog), told
  beside the act the other readers code (:func:`monitor_charges`). Only an attack or a coercion told after
  the watchdog's verb of saying or finding, by a named side, from a watchdog the dictionary names, when the
  sentence codes no accusation. A
  government saying the other side shelled a town tells the shelling; it is left to the other readers.
* **An evacuation ordered.** "the army ordered residents of the eastern towns of Ruritania to evacuate",
  "told all civilians in Northland to flee south": an order to leave a place is a request of the place's
  side (REQUEST/yield by the one who orders, as the project's news conventions code an evacuation order),
  aimed at the side the place belongs to (:func:`evacuation_ordered`). The phrase that reads the order
  finds no side after it and so codes nothing; a negated or conditional order is left alone.
* **Aid kept out of a place.** "Ruritania blocked all aid into the enclave", "the decision to block fuel from
  entering the strip": relief stopped at a border is a restriction a side imposes on a place (COERCE/restrict,
  as PLOVER codes a blockade), not the rejection of a proposal that "blocked the aid package" tells; a
  REJECT read from blocking aid, fuel, food or supplies told going into a place is recoded
  (:func:`aid_kept_out`). "Hungary blocked EU aid to Ukraine" (a package vetoed) stays a rejection.
* **A war given as the time of something else.** "Finland applied to join in May 2022, shortly after
  Ruritania invaded Northland", "prices soared following Ruritania's invasion of Northland in 2022", "since
  the October 7 attack on the kibbutz, ...": an invasion or an attack named in a clause of time ("after",
  "since", "following", "in the wake of", "before", "when") that sets the scene is history, not news, and
  the project's conventions code no background; the ASSAULT it tells is dropped
  (:func:`without_background_wars`). Only an invasion or annexation, or an attack dated in an earlier year
  than the report or by its anniversary date; "after Ruritanian forces shelled the town on Sunday" is news of
  the week and stays. :func:`detente.coding.news5.without_background_attacks` drops such an attack only
  when another act of the sentence is coded; this reading also drops it when it is the only one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.news9 import _coded, _has  # the same two readings of events and named units
from detente.coding.ontology import EventType, Polarity, derived_fields
from detente.coding.patterns import Token, norms_of, words
from detente.coding.roleparts import Make, Roles, add_asserted
from detente.coding.text import lower_text

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.units import Unit


__all__ = [
    "aid_kept_out",
    "evacuation_ordered",
    "monitor_charges",
    "settled",
    "without_background_wars",
]

_MONITOR_WORDS = words(
    "rights amnesty investigators investigator monitors monitor watchdog observatory report inquiry "
    "investigation probe experts rapporteur"
)
_LEAVE_WORDS = words("evacuate leave flee")
_WAR_WORDS = words("invaded invasion invading annexed annexation attacked attack attacks occupied occupation")
_BLOCK_WORDS = words("block blocked blocking blocks bar barred barring bars")
_GATE = _MONITOR_WORDS | _LEAVE_WORDS | _WAR_WORDS | _BLOCK_WORDS


def settled(
    text: str,
    tokens: Sequence[Token],
    units: Sequence[Unit],
    events: Sequence[Event],
    make: Make,
    date: dt.date | None = None,
) -> list[Event]:
    """``events`` with the readings of the module's note applied, in order; ``make`` finishes an event and
    ``date`` is the day the sentence was published (an attack dated in an earlier year is history)."""
    if not text or len(text) > 20_000:
        return list(events)  # no news sentence is this long: a run-on text is left as read
    norms = norms_of(tokens)
    if _GATE.isdisjoint(norms):
        return list(events)
    out = list(events)
    if not _MONITOR_WORDS.isdisjoint(norms):
        out = monitor_charges(text, units, out, make)
    if not _LEAVE_WORDS.isdisjoint(norms):
        out = evacuation_ordered(text, units, out, make)
    if not _BLOCK_WORDS.isdisjoint(norms):
        out = aid_kept_out(text, out)
    if not _WAR_WORDS.isdisjoint(norms):
        out = without_background_wars(text, tokens, out, date)
    return out


# --- a monitor's charge ---------------------------------------------------------------------------------------
_MONITOR = re.compile(
    r"\b(?:human\s+rights\s+watch|amnesty(?:\s+international)?|(?:human\s+)?rights\s+(?:group|groups|"
    r"organi[sz]ations?|monitors?|watchdogs?|body|bodies|office|council|commission|experts?|investigators?)|"
    r"investigators|monitors|watchdog|observatory|rapporteurs?|(?:un|u\.n\.|independent|international)\s+"
    r"experts|(?:the|a|an|its|their)\s+(?:new\s+|latest\s+|independent\s+|annual\s+|damning\s+|"
    r"\d{2,3}-page\s+)?(?:report|inquiry|investigation|probe))\b"
)
_FINDING = re.compile(
    r"\b(?:said|says|say|found|finds|find|documented|documents|reported|reports|concluded|concludes|"
    r"alleged|alleges|established|determined|accused|accuses|confirmed|confirms)\b"
)
_MONITOR_ACTS = frozenset({EventType.ASSAULT, EventType.COERCE})


def monitor_charges(text: str, units: Sequence[Unit], events: Sequence[Event], make: Make) -> list[Event]:
    """``events`` with an ACCUSE/allege by a watchdog against a side it says or finds attacked or coerced
    others, when the sentence codes no accusation (see the module's note)."""
    if _has(events, EventType.ACCUSE):
        return list(events)
    low = lower_text(text)  # (s38-speed13)
    monitor = _MONITOR.search(low)
    if monitor is None:
        return list(events)
    verb = _FINDING.search(low, monitor.end(), monitor.end() + 80)
    if verb is None or re.search(r"[.;:!?\u201c\"]", low[monitor.end() : verb.start()]):
        return list(events)  # no verb of saying or finding in the watchdog's own clause
    if re.search(r"\b(?:not|never|no)\b", low[monitor.end() : verb.start()]):
        return list(events)  # "the inquiry did not find ...": no charge laid
    acts = [
        e
        for e in events
        if e.event in _MONITOR_ACTS
        and e.polarity is Polarity.ASSERTED
        and e.source
        and e.anchor[0] >= verb.end()
    ]
    if not acts:
        return list(events)
    act = acts[0]
    # the watchdog's own name, or the side named just before it ("UN investigators", "the Syrian
    # Observatory"), never an apposition between it and the verb ("..., a UK-based group, said")
    named = [
        u
        for u in _coded(units)
        if monitor.start() - 25 <= u.end and u.start < monitor.end() and u.end <= verb.start()
    ]
    source = tuple(u.code or "" for u in named[-1:])
    if not source:
        return list(events)  # a watchdog no side names ("a rights group"): no one to lay the charge
    if set(source) & set(act.source):
        return list(events)  # a side reporting its own act
    roles = Roles(source, act.source, (monitor.start(), act.evidence[1]))
    return add_asserted(events, make, EventType.ACCUSE, "allege", roles, (verb.start(), verb.end()), text)


# --- an evacuation ordered ------------------------------------------------------------------------------------
_EVACUATION = re.compile(
    r"\b(?P<verb>ordered|orders|order|ordering|instructed|instructs|told|tells)\s+(?:all\s+|the\s+)?"
    r"(?:remaining\s+)?(?:residents|civilians|inhabitants|villagers|people|population)\s+(?:of|in|living\s+in)"
    r"\s+(?P<place>[^,.;:]{2,80}?)\s+to\s+(?:immediately\s+)?(?:evacuate|leave|flee)\b",
    re.IGNORECASE,
)
_NOT_ORDERED = re.compile(
    r"\b(?:not|never|if|unless|would|could|might|may|whether)\s+(?:\w+\s+){0,2}$", re.IGNORECASE
)


def evacuation_ordered(text: str, units: Sequence[Unit], events: Sequence[Event], make: Make) -> list[Event]:
    """``events`` with a REQUEST/yield by the side that orders people of a named place to leave it, aimed at
    the place's side, when the sentence codes no request; a request the order's phrase read without a side
    is aimed at the place's side (see the module's note)."""
    m = _EVACUATION.search(text)
    if m is None or _NOT_ORDERED.search(text, max(0, m.start() - 30), m.start()):
        return list(events)
    named = _coded(units)
    place = [u for u in named if m.start("place") <= u.start and u.end <= m.end("place")]
    doer = [u for u in named if u.end <= m.start() and m.start() - u.end <= 60]
    if not place or not doer:
        return list(events)
    if re.search(r"[,;:\u201c\u201d\"]", text[doer[-1].end : m.start()]):
        return list(events)  # the one before is not the subject of the order
    source, target = (doer[-1].code or "",), (place[0].code or "",)
    if source == target:
        return list(events)  # a government's order to its own people: left to the other readers
    told = [
        k
        for k, e in enumerate(events)
        if e.event is EventType.REQUEST and not e.target and m.start() <= e.anchor[0] < m.end()
    ]
    if told:
        out = list(events)
        out[told[0]] = dataclasses.replace(out[told[0]], target=target)
        return out
    if _has(events, EventType.REQUEST):
        return list(events)
    roles = Roles(source, target, (doer[-1].start, m.end()))
    return add_asserted(
        events, make, EventType.REQUEST, "yield", roles, (m.start("verb"), m.end("verb")), text
    )


# --- aid kept out of a place ---------------------------------------------------------------------------------
_BLOCKED_RELIEF = re.compile(
    r"\b(?:block|blocked|blocking|blocks|bar|barred|barring|bars)\s+(?:(?:all|the|any|most|further|"
    r"humanitarian|food|fuel|medical|relief|international)\s+){0,3}(?:aid|supplies|fuel|food|medicine|"
    r"medicines|relief|goods|trucks|convoys|deliveries|shipments|assistance)\s*$",
    re.IGNORECASE,
)
_INTO_PLACE = re.compile(
    r"^\s*(?:into|in\s+to|from\s+(?:entering|reaching|getting\s+into)|to\s+(?:enter|reach))\b",
    re.IGNORECASE,
)


def aid_kept_out(text: str, events: Sequence[Event]) -> list[Event]:
    """``events`` with a REJECT read from blocking relief that is told going into a place recoded
    COERCE/restrict (see the module's note)."""
    out: list[Event] = []
    for e in events:
        start, end = e.anchor
        if (
            e.event is EventType.REJECT
            and _BLOCKED_RELIEF.search(text[start:end])
            and _INTO_PLACE.match(text[end : end + 30])
        ):
            mode = "restrict"
            e = dataclasses.replace(
                e, event=EventType.COERCE, mode=mode, derived=derived_fields(EventType.COERCE, mode)
            )
        out.append(e)
    return out


# --- a war given as the time of something else ----------------------------------------------------------------
_TIME_CUES = words("after since following before when amid")
_WAKE = words("wake aftermath")
_CONQUESTS = words("invaded invasion invading annexed annexation")
_ANNIVERSARY = re.compile(
    r"\b(?:oct\.?|october)\s+7\b|\b7\s+october\b|\bfull-scale\b|\bfull\s+scale\b", re.IGNORECASE
)
_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")
_CLAUSE_END = frozenset({",", ";", ":", ".", "(", ")", "\u2014", "\u2013"})


def without_background_wars(
    text: str, tokens: Sequence[Token], events: Sequence[Event], date: dt.date | None = None
) -> list[Event]:
    """``events`` without an ASSAULT told in a clause of time that names an invasion, or an attack of an
    earlier year or of an anniversary date, as the time of something else (see the module's note)."""
    if not any(e.event is EventType.ASSAULT for e in events):
        return list(events)
    return [e for e in events if not _background_war(text, tokens, e, date)]


def _background_war(text: str, tokens: Sequence[Token], event: Event, date: dt.date | None) -> bool:
    if event.event is not EventType.ASSAULT or event.polarity is not Polarity.ASSERTED:
        return False
    at = next((k for k, t in enumerate(tokens) if t.start >= event.anchor[0]), -1)
    if at < 0 or tokens[at].norm not in _WAR_WORDS:
        return False
    cue = -1
    for k in range(at - 1, max(-1, at - 9), -1):
        norm = tokens[k].norm
        if norm in _CLAUSE_END:
            return False
        if norm in _TIME_CUES or (norm in _WAKE and k > 1 and tokens[k - 2].norm == "in"):
            cue = k
            break
    if cue < 0 or (cue > 0 and tokens[cue - 1].norm in ("and", "ever", "even", "soon", "just", "hours")):
        return False  # "and after that", "soon after": a sequence of the day's news, kept
    end = next((k for k in range(at + 1, len(tokens)) if tokens[k].norm in _CLAUSE_END), len(tokens))
    clause = text[tokens[cue].start : tokens[end - 1].end]
    if _ANNIVERSARY.search(clause):
        return True
    years = [int(y) for y in _YEAR.findall(clause)]
    if years and date is not None and max(years) < date.year:
        return True
    if tokens[at].norm in _CONQUESTS and tokens[cue].norm not in ("when", "amid", "before"):
        return not years or date is None or max(years) < date.year
    return False
