"""Events the rules read from words of official texts that report no act of their own (s31-precision8).

The sibling of :mod:`detente.coding.nonevents2`: each filter below removes one family of false readings
wherever its wording appears; none names a sentence, and none adds an event or changes a kept event's sides.

* **An act refused.** "criticised the Alliance for refusing to impose a no-fly zone", "X's refusal to
  withdraw its troops": the act after "refusing to" is what was not done; the REJECT read from the refusal is
  the event, the refused act is none (:func:`without_refused_acts`).
* **Monitors sent.** "decided to deploy an observer mission to the region", "will send a hundred unarmed
  monitors": civilian observers are no MOBILIZE of forces (:func:`without_monitors_deployed`).
* **A thing named by what was agreed about it.** "two days before the deadline agreed with the mediator",
  "under the transit terms agreed by both governments": the participle names an earlier accord that the
  sentence uses to place or describe another act; no AGREE is reported (:func:`without_agreed_modifiers`).
* **A call told as background.** "completing a pullout which the Allies had long called for": a relative
  clause in the past perfect recalls an earlier demand to describe the act the sentence reports
  (:func:`without_recalled_calls`).
* **The later items of a promise.** "Russia pledged to pull its troops out by May and to close two of its
  bases": every item after "and to" is still what was promised, as the first one is; only the promise
  (CONCEDE or AGREE) is the act (:func:`without_promised_items`).
* **Speaking at a rally.** "the visiting ministers addressed a crowd rally in the square": those who speak
  to a rally are no protesters (:func:`without_rallies_addressed`).
* **Protest as a label.** "Moscow accused the protest organisers of ...", "police held the leaders of the
  protest movement", "the blogger, who had organised the rallies of 2011, was arrested": a protest that only
  names who someone is (an attributive noun, or a past relative clause beside the sentence's own event) is no
  PROTEST reported here; "the protests in the capital are ..." still is (:func:`without_protest_labels`).
* **A time marker that judges.** "the largest build-up since the illegal seizure of the peninsula in 2014":
  the judging adjective dates another event by an earlier one; no accusation is made here
  (:func:`without_judged_time_markers`).
* **A purpose told twice.** "sent trainers to the country to help its army fight the gangs", "launched an
  operation, the aim of which is to shield people who had suffered attacks by X": the purpose clause names
  the act's aim; a second event of the same type read inside it, with other sides, repeats the act the main
  clause reports (:func:`without_purposes_retold`).
* **A membership foreseen.** "the leaders decided that both countries will one day become members of the
  Alliance", "backs the invitation of the two states to become members": joining told as a future or a goal
  beside the act reported (a decision, a welcome, a signing) is no SUPPORT of its own; "X became the
  thirtieth member" stays (:func:`without_membership_foreseen`).
* **What a body was set up for.** "The council was created in 2002 to let the two sides work together as
  equals", "the fund is meant to help the region's schools": what an institution or plan is for describes it;
  the cooperation after "to" is a purpose, not an act (:func:`without_purposes_of_bodies`).
* **An act attempted by others, inside a rejection.** "Moscow rejects the attempts of some capitals to meddle
  in its affairs": the meddling is what the rejection is about; read with no doer, it is no event of its own
  (:func:`without_attempts_rejected`).

:func:`settled` runs them all, each only when a cheap test of its words passes (s31-speed).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType
from detente.coding.wordgates import WordGates

if TYPE_CHECKING:
    from detente.coding.coder import Event

__all__ = [
    "settled",
    "without_agreed_modifiers",
    "without_attempts_rejected",
    "without_judged_time_markers",
    "without_membership_foreseen",
    "without_monitors_deployed",
    "without_promised_items",
    "without_protest_labels",
    "without_purposes_of_bodies",
    "without_purposes_retold",
    "without_rallies_addressed",
    "without_recalled_calls",
    "without_refused_acts",
]


def _in_spans(event: Event, spans: Sequence[tuple[int, int]]) -> bool:
    """The event's trigger words start inside one of ``spans``."""
    start = event.anchor[0]
    return any(lo <= start < hi for lo, hi in spans)


# --- an act refused ----------------------------------------------------------------------------------------
_REFUSING_TO = re.compile(r"\brefus(?:e|es|ed|ing|al)\s+to\s+(?:\w+\s+){0,1}$", re.IGNORECASE)


def _drop_at(events: Sequence[Event], kind: EventType, starts: set[int]) -> list[Event]:
    """``events`` without those of type ``kind`` read from a word starting at one of ``starts``."""
    if not starts:
        return list(events)
    return [e for e in events if not (e.event is kind and e.anchor[0] in starts)]


def without_refused_acts(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop an event (not the REJECT) whose trigger follows "refusing to" / "refusal to", when a REJECT is read
    from that refusal or from the refused verb itself."""
    rejects = [e for e in events if e.event is EventType.REJECT]
    if not rejects:
        return list(events)
    out = []
    for e in events:
        if e.event is not EventType.REJECT:
            m = _REFUSING_TO.search(text[max(0, e.anchor[0] - 40) : e.anchor[0]])
            if m is not None:
                lo = max(0, e.anchor[0] - 40) + m.start()
                if any(lo <= r.anchor[0] <= e.anchor[0] + 2 for r in rejects):
                    continue
        out.append(e)
    return out


# --- monitors sent -----------------------------------------------------------------------------------------
_MONITORS = re.compile(
    r"\b(?:deploy\w*|send\w*|sent|dispatch\w*)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w,-]+\s+){0,3}?"
    r"(?:(?:monitoring|observer|observation|verification)\s+(?:mission|missions|team|teams|group|groups)|"
    r"monitors|observers)\b",
    re.IGNORECASE,
)


def without_monitors_deployed(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop a MOBILIZE read from deploying or sending monitors, observers or a monitoring mission."""
    spans = [(m.start(), m.end()) for m in _MONITORS.finditer(text)]
    if not spans:
        return list(events)
    return [e for e in events if not (e.event is EventType.MOBILIZE and _in_spans(e, spans))]


# --- a thing named by what was agreed about it -------------------------------------------------------------
_AGREED_THING = re.compile(
    r"\b(?:the|a|an|its|their|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:deadline|deadlines|date|dates|timetable|timeline|schedule|terms|plan|plans|roadmap|road\s+map|"
    r"measures|text|texts|arrangements?|formula|format|procedure|procedures|rules|conditions|principles|steps|"
    r"agenda|framework|package|points|provisions|quotas?|limits?|ceilings?|levels?|parameters|modalities|"
    r"guidelines|ceasefire|truce|lines?|zones?)\s+(?:previously\s+|already\s+|jointly\s+|earlier\s+)?"
    r"(agreed)\s+(?:with|by|upon|on|at|in|between|earlier|last|previously|during)\b",
    re.IGNORECASE,
)


def without_agreed_modifiers(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop an AGREE read from "agreed" used as a participle after a thing ("the deadline agreed with X")."""
    return _drop_at(events, EventType.AGREE, {m.start(1) for m in _AGREED_THING.finditer(text)})


# --- a call told as background ----------------------------------------------------------------------------
_RECALLED_CALL = re.compile(
    r"\b(?:which|that)\s+(?:[\w'’-]+\s+){1,5}?had\s+(?:long\s+|repeatedly\s+|previously\s+|earlier\s+|"
    r"already\s+|always\s+|for\s+years\s+)?(called\s+for|demanded|urged|sought|asked\s+for|pressed\s+for)\b",
    re.IGNORECASE,
)


def without_recalled_calls(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop a REQUEST read from a past-perfect relative clause ("which X had long called for") when the
    sentence keeps an event of another type."""
    spans = [(m.start(1), m.end(1)) for m in _RECALLED_CALL.finditer(text)]
    if not spans or all(e.event is EventType.REQUEST for e in events):
        return list(events)
    return [e for e in events if not (e.event is EventType.REQUEST and _in_spans(e, spans))]


# --- the later items of a promise --------------------------------------------------------------------------
_PROMISE_VERB = re.compile(
    r"\b(?:undert(?:ook|ake|akes|aken|aking)|pledg\w+|promis\w+|vow\w+|commit(?:s|ted|ting)?|guarantee[sd]?)"
    r"\s+(?:\w+\s+){0,2}?to\b",
    re.IGNORECASE,
)
_LATER_ITEM = re.compile(r"(?:,\s*|\s)(?:and|or)\s+(?:also\s+)?to\s+$", re.IGNORECASE)
_PROMISE_TYPES = frozenset({EventType.CONCEDE, EventType.AGREE})


def without_promised_items(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop an event of another type that is a later item ("and to ...") of a promise read as CONCEDE or AGREE
    earlier in the same clause."""
    promises = [e for e in events if e.event in _PROMISE_TYPES]
    if not promises:
        return list(events)
    out = []
    for e in events:
        start = e.anchor[0]
        if e.event not in _PROMISE_TYPES and _LATER_ITEM.search(text[max(0, start - 12) : start]):
            for p in promises:
                if p.anchor[0] >= start or ";" in text[p.anchor[0] : start]:
                    continue
                m = _PROMISE_VERB.search(text, max(0, p.anchor[0] - 40), start)
                if m is not None and m.start() <= p.anchor[1]:
                    break
            else:
                out.append(e)
            continue
        out.append(e)
    return out


# --- speaking at a rally -----------------------------------------------------------------------------------
_RALLY_ADDRESSED = re.compile(
    r"\b(?:address\w*|spoke\s+(?:at|to)|speak(?:s|ing)?\s+(?:at|to))\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(rally|rallies|demonstration|demonstrations|protest|protests|march|crowd)\b",
    re.IGNORECASE,
)


def without_rallies_addressed(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop a PROTEST read from a rally that the sentence's doers addressed or spoke at."""
    spans = [(m.start(1), m.end(1)) for m in _RALLY_ADDRESSED.finditer(text)]
    if not spans:
        return list(events)
    return [e for e in events if not (e.event is EventType.PROTEST and _in_spans(e, spans))]


# --- protest as a label ------------------------------------------------------------------------------------
_PROTEST_LABEL = re.compile(
    r"\b(protest|anti-war|opposition)\s+(?:organi[sz]ers?|leaders?|movements?|groups?|camps?|activists?|"
    r"participants?|figures?|coalition|committees?|organi[sz]ations?)\b",
    re.IGNORECASE,
)
_PROTEST_RELATIVE = re.compile(
    r"\b(?:who|which|that)\s+(?:had\s+|have\s+|has\s+)?(?:also\s+|once\s+|previously\s+|earlier\s+|repeatedly\s+)?"
    r"(organi[sz]ed|led|staged|held|took\s+part\s+in|taken\s+part\s+in|joined|participated\s+in|protested|"
    r"demonstrated|marched|rallied)\b",
    re.IGNORECASE,
)


def without_protest_labels(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop a PROTEST read from "protest" used to name a group ("the protest organisers") or from a past
    relative clause ("who had organised the rallies"), when the sentence keeps an event of another type."""
    if all(e.event is EventType.PROTEST for e in events):
        return list(events)
    starts = {m.start(1) for m in _PROTEST_LABEL.finditer(text)}
    starts |= {m.start(1) for m in _PROTEST_RELATIVE.finditer(text)}
    return _drop_at(events, EventType.PROTEST, starts)


# --- a time marker that judges -----------------------------------------------------------------------------
_JUDGED_MARKER = re.compile(
    r"\b(?:since|before|after|until)\s+(?:the|its|their|[\w.-]+(?:'s|’s))\s+"
    r"(illegal|illegitimate|unlawful|unprovoked|brutal|illegal\s+and\s+illegitimate)\s+",
    re.IGNORECASE,
)


def without_judged_time_markers(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop an ACCUSE read from a judging adjective inside a time marker ("since the illegal annexation of
    ... in 2014") when the sentence keeps another event."""
    if len(events) < 2:
        return list(events)
    return _drop_at(events, EventType.ACCUSE, {m.start(1) for m in _JUDGED_MARKER.finditer(text)})


# --- a purpose told twice -----------------------------------------------------------------------------------
_PURPOSE = re.compile(
    r"\b(?:in\s+order\s+to|so\s+as\s+to|to\s+help|to\s+assist|aimed\s+at|designed\s+to|intended\s+to|"
    r"with\s+the\s+(?:aim|purpose|goal|intention)\s+of|the\s+(?:aim|purpose|goal|objective)\s+of\s+which\s+is|"
    r"whose\s+(?:aim|purpose|goal|objective)\s+is)\b[^;.]*",
    re.IGNORECASE,
)


def without_purposes_retold(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop an event read inside a purpose clause when an event of the same type with other sides is read
    before the clause (the main act, told again as its aim)."""
    spans = [(m.start(), m.end()) for m in _PURPOSE.finditer(text)]
    if not spans:
        return list(events)
    out = []
    for e in events:
        span = next(((lo, hi) for lo, hi in spans if lo <= e.anchor[0] < hi), None)
        if span is not None and any(
            o.event is e.event and o.anchor[0] < span[0] and (o.source, o.target) != (e.source, e.target)
            for o in events
        ):
            continue
        out.append(e)
    return out


# --- a membership foreseen ----------------------------------------------------------------------------------
_TO_BECOME = re.compile(
    r"\b(?:to|will|would|shall|could|might|should)\s+(?:one\s+day\s+|eventually\s+|ultimately\s+|soon\s+)?"
    r"(become)\s+(?:an?\s+|the\s+\S+\s+)?members?\s+of\b",
    re.IGNORECASE,
)


def without_membership_foreseen(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop a SUPPORT read from "will become members of" / "to become members of" when the sentence keeps an
    event read elsewhere."""
    starts = {m.start(1) for m in _TO_BECOME.finditer(text)}
    if not starts:
        return list(events)
    foreseen = [e for e in events if e.event is EventType.SUPPORT and e.anchor[0] in starts]
    if not foreseen or len(foreseen) == len(events):
        return list(events)
    return [e for e in events if not any(e is f for f in foreseen)]


# --- what a body was set up for -----------------------------------------------------------------------------
_MADE_FOR = re.compile(
    r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+(?:originally\s+|specifically\s+|"
    r"primarily\s+|jointly\s+)?(?:established|created|set\s+up|founded|launched|designed|intended|meant|formed)"
    r"\b[^,;.]{0,40}?\b((?:in\s+order\s+)?to\s+[^;.]*)",
    re.IGNORECASE,
)
_BODY_TYPES = frozenset(
    {EventType.CONSULT, EventType.COOPERATE, EventType.AID, EventType.SUPPORT, EventType.AGREE}
)


def without_purposes_of_bodies(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop cooperative events read after "was set up to" / "is designed to" (what a body or plan is for)."""
    spans = [(m.start(1), m.end(1)) for m in _MADE_FOR.finditer(text)]
    if not spans:
        return list(events)
    return [e for e in events if not (e.event in _BODY_TYPES and _in_spans(e, spans))]


# --- an act attempted by others, inside a rejection --------------------------------------------------------
_ATTEMPTS_OF = re.compile(
    r"\b(?:reject\w*|condemn\w*|oppos\w+|denounc\w+|resist\w*|thwart\w*|counter\w*|rebuff\w*)\s+"
    r"(?:\w+\s+){0,2}?(?:the|any|all|such|these|those)\s+(?:[\w-]+\s+){0,1}?"
    r"(?:attempts?|efforts?|bids?|moves?)\s+(?:(?:of|by)\s+(?:[\w'’.-]+\s+){1,5}?)?to\s+[^,;.]*",
    re.IGNORECASE,
)


def without_attempts_rejected(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop an event with no doer read inside "rejects the attempts of X to ..." (the rejection is the act)."""
    spans = [(m.start(), m.end()) for m in _ATTEMPTS_OF.finditer(text)]
    if not spans:
        return list(events)
    out = []
    for e in events:
        if not e.source and _in_spans(e, spans) and any(o is not e and o.source for o in events):
            continue
        out.append(e)
    return out


# --- running them ------------------------------------------------------------------------------------------
_Filter = Callable[[str, Sequence["Event"]], list["Event"]]
_FILTERS: tuple[tuple[frozenset[EventType], tuple[str, ...], _Filter], ...] = (
    (frozenset(EventType), ("refus",), without_refused_acts),
    (frozenset({EventType.MOBILIZE}), ("monitor", "observ", "verification"), without_monitors_deployed),
    (frozenset({EventType.AGREE}), ("agreed",), without_agreed_modifiers),
    (frozenset({EventType.REQUEST}), ("had ",), without_recalled_calls),
    (frozenset(EventType), (" and to ", " or to ", ", and to "), without_promised_items),
    (frozenset({EventType.PROTEST}), ("address", "spoke", "speak"), without_rallies_addressed),
    (
        frozenset({EventType.PROTEST}),
        ("protest", "anti-war", "opposition", "who ", "which ", "that "),
        without_protest_labels,
    ),
    (
        frozenset({EventType.ACCUSE}),
        ("illegal", "illegitimate", "unlawful", "unprovoked", "brutal"),
        without_judged_time_markers,
    ),
    (frozenset({EventType.SUPPORT}), ("become",), without_membership_foreseen),
    (
        _BODY_TYPES,
        ("establish", "created", "set up", "founded", "launched", "designed", "intended", "meant", "formed"),
        without_purposes_of_bodies,
    ),
    (frozenset(EventType), ("attempt", "effort", "bid", "move"), without_attempts_rejected),
    (
        frozenset(EventType),
        (
            "order to",
            "as to",
            "to help",
            "to assist",
            "aim",
            "designed",
            "intended",
            "purpose",
            "goal",
            "objective",
        ),
        without_purposes_retold,
    ),
)
"""Each filter with the types it may drop and the lower-case words one of which must be in the sentence."""


def settled(text: str, events: Sequence[Event]) -> list[Event]:
    """``events`` without the readings of the module's families (see the module). A filter runs only when
    ``events`` holds a type it may drop and the sentence holds one of its words."""
    if not events:
        return []
    out = list(events)
    for kinds, gate, drop in _GATED:
        if any(e.event in kinds for e in out) and _GATES.within(text, gate):
            out = drop(text, out)
    return out


_GATES = WordGates()
_GATED = tuple((kinds, _GATES.gate(gate), drop) for kinds, gate, drop in _FILTERS)
"""(s38-speed13) :data:`_FILTERS` with each filter's words as a gate of the scan all modules share."""
