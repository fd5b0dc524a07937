"""Third parties' official statements on Russia (s26-capitals): wording of foreign ministries, the State
Department and White House, the EU, the OSCE and the UN Secretary-General's spokesperson that the phrase
rules read only in part. Post-passes over a sentence's kept events; examples in our own words:

- a condemnation coordinated with a rejection (:func:`coordinated_judgements`): "Ruritania firmly rejects
  and unequivocally condemns Freedonia's seizure of the islands", "condemns and rejects the sham vote
  organised by X" -> both the REJECT and the ACCUSE of the same sides (the second verb of the pair is
  otherwise lost to the first);
- a demand that stops a wrong (:func:`demand_to_stop`): "Lithuania protests against ... and calls on Minsk
  to stop organising illegal crossings" -> REQUEST beside the ACCUSE (a call on a side to stop, cease or
  end something is a demand even when its object is condemned in the same words);
- a measure taken because of the other side's breach (:func:`breach_given_as_reason`): "withdrew from the
  treaty because of Freedonia's continued violation of its obligations", "in response to Ruritania's
  repeated breaches" -> ACCUSE by the one who takes the measure of the one said to be in breach;
- an intruder named as "it" after the one who met it (:func:`intruder_named_by_pronoun`): "F-16s shot down
  a Ruritanian bomber after it violated Freedonian airspace", "intercepted two aircraft when they entered
  its airspace" -> the airspace violation is by the aircraft's side, aimed at the airspace's owner;
- the captor named by a participle in a demand for release (:func:`held_by_agent`): "calls for the
  immediate release of the Freedonian sailors detained by Ruritania", "the monitors held by armed separatists"
  -> COERCE by the agent after "by" of the held people's side (the detention is told as fact beside the
  REQUEST; not when the sentence already codes the holding, as a detention or as an abduction);
- the issuing office named as "the Department", "the Presidency" or "the Chairmanship" at the start of a
  statement whose context names the issuer (:func:`issuing_office`): its state or organisation is the source
  of the acts left with none;
- a pull-back that is only promised, told as a noun after the promise (:func:`promised_pullback`): "committed
  itself to complete the withdrawal of its forces from X by 2002", "pledged to carry out the withdrawal" ->
  CONCEDE, not RETREAT (the verb form, "pledged to withdraw", is read so already);
- a seizure condemned with its doer after "by" and the land after "of" (:func:`condemned_seizure`): "condemns
  the illegal annexation by Ruritania of Freedonia's northern provinces" -> COERCE Ruritania -> Freedonia
  beside the ACCUSE (as "Ruritania's annexation of ..." is read);
- an act that is only suspected (:func:`suspected_acts`): "detained the tanker, which is suspected of
  damaging the cable", "after an aircraft is suspected of having violated the airspace" -> no event for
  the suspected act (it is not told as fact).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.units import Unit

__all__ = [
    "breach_given_as_reason",
    "condemned_seizure",
    "coordinated_judgements",
    "demand_to_stop",
    "held_by_agent",
    "intruder_named_by_pronoun",
    "issuing_office",
    "promised_pullback",
    "settled",
    "suspected_acts",
]

_ADVERB = r"(?:(?:also|firmly|strongly|resolutely|categorically|unequivocally|vigorously|most|in the strongest terms)\s+)*"
_REJECT_THEN_CONDEMN = re.compile(
    r"\breject(?:s|ed)?\s+and\s+" + _ADVERB + r"(?:condemn|deplore|denounce)(?:s|d|ed)?\b", re.IGNORECASE
)
_CONDEMN_THEN_REJECT = re.compile(
    r"\b(?:condemn|deplore|denounce)(?:s|d|ed)?\s+and\s+" + _ADVERB + r"reject(?:s|ed)?\b", re.IGNORECASE
)


def coordinated_judgements(text: str, events: Sequence[Event]) -> list[Event]:
    """``events`` with the ACCUSE of a "rejects and condemns" pair (or the REJECT of "condemns and
    rejects") that the other verb's event stands for: same sides, same polarity."""
    out = list(events)
    for pattern, have, want, mode in (
        (_REJECT_THEN_CONDEMN, EventType.REJECT, EventType.ACCUSE, "disapprove"),
        (_CONDEMN_THEN_REJECT, EventType.ACCUSE, EventType.REJECT, ""),
    ):
        match = pattern.search(text)
        if match is None:
            continue
        base = next(
            (e for e in out if e.event is have and e.source and e.target and e.anchor[0] <= match.end()),
            None,
        )
        if base is None or any(e.event is want and set(e.source) == set(base.source) for e in out):
            continue
        out.append(dataclasses.replace(base, event=want, mode=mode, derived={}, trigger=match.group()))
    return out


_CALL_TO_STOP = re.compile(
    r"\b(?:call(?:s|ed|ing)?|appeal(?:s|ed|ing)?)\s+(?:up)?on\s+(?P<who>[^,;:]{2,60}?)\s+to\s+"
    r"(?:immediately\s+)?(?:stop|cease|end|halt|refrain)\b",
    re.IGNORECASE,
)


def demand_to_stop(text: str, units: Sequence[Unit], events: Sequence[Event]) -> list[Event]:
    """``events`` with a REQUEST for "calls on X to stop/cease/end ..." when the sentence codes an ACCUSE
    of X by a side but no REQUEST of X (the demand was read as the charge only)."""
    out = list(events)
    for match in _CALL_TO_STOP.finditer(text):
        lo, hi = match.span("who")
        named = {u.code for u in units if u.code and lo <= u.start and u.end <= hi}
        if not named or any(e.event is EventType.REQUEST and named & set(e.target) for e in out):
            continue
        base = next(
            (e for e in out if e.event is EventType.ACCUSE and e.source and named & set(e.target)),
            None,
        )
        if base is None:
            continue
        target = tuple(c for c in base.target if c in named)
        out.append(
            dataclasses.replace(
                base,
                event=EventType.REQUEST,
                mode="",
                target=target,
                derived={},
                trigger=match.group(),
                anchor=match.span(),
            )
        )
    return out


_BREACH_REASON = re.compile(
    r"\b(?:because of|owing to|due to|in response to|in view of|given)\s+(?:the\s+)?(?P<who>[^,;:]{2,40}?)"
    r"(?:'s|\u2019s)?\s+(?:continued\s+|continuing\s+|repeated\s+|persistent\s+|ongoing\s+|systematic\s+|"
    r"flagrant\s+|material\s+|gross\s+)*(?:violation|violations|breach|breaches|non-compliance)\b",
    re.IGNORECASE,
)


_MEASURES = frozenset(
    {EventType.SANCTION, EventType.REJECT, EventType.COERCE, EventType.THREATEN, EventType.MOBILIZE}
)
"""Acts a side takes as a measure against a breach."""


def breach_given_as_reason(text: str, units: Sequence[Unit], events: Sequence[Event]) -> list[Event]:
    """``events`` with an ACCUSE by the doer of the sentence's measure of the side named as in breach in
    its reason ("because of X's continued violation of ..."), unless that accusation is coded."""
    match = _BREACH_REASON.search(text)
    if match is None:
        return list(events)
    lo, hi = match.span("who")
    named = tuple(dict.fromkeys(u.code for u in units if u.code and lo <= u.start and u.end <= hi + 3))
    if not named:
        return list(events)
    doers = [
        e
        for e in events
        if e.source
        and e.anchor[0] < match.start()
        and not set(e.source) & set(named)
        and e.event is not EventType.ACCUSE
    ]
    if not doers or doers[0].event not in _MEASURES or doers[0] is not events[0]:
        # the reason must be the sentence's main act's own: "Allies support the US withdrawal, in response to
        # Russia's breach" gives the supporters no accusation of their own
        return list(events)
    base = doers[0]
    if any(
        e.event is EventType.ACCUSE and set(e.source) == set(base.source) and set(named) <= set(e.target)
        for e in events
    ):
        return list(events)
    accuse = dataclasses.replace(
        base,
        event=EventType.ACCUSE,
        mode="allege",
        target=named,
        derived={},
        trigger=match.group(),
        anchor=match.span(),
    )
    return [*events, accuse]


_PRONOUN_INTRUSION = re.compile(
    r"\b(?:after|when|as|because|once)\s+(?:it|they)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:violated|entered|crossed|breached|intruded|strayed)\b",
    re.IGNORECASE,
)
_MET_BY = frozenset({EventType.ASSAULT, EventType.MOBILIZE, EventType.COERCE})


def intruder_named_by_pronoun(text: str, events: Sequence[Event]) -> list[Event]:
    """``events`` with the MOBILIZE of an airspace or border violation told by "it"/"they" after the act of
    the side that met the intruder: source the side that act was aimed at, target the violated side."""
    match = _PRONOUN_INTRUSION.search(text)
    if match is None:
        return list(events)
    before = [e for e in events if e.event in _MET_BY and e.anchor[0] < match.start() and len(e.target) == 1]
    if not before:
        return list(events)
    met, intruder = before[0], before[0].target
    out: list[Event] = []
    for e in events:
        if e.event is EventType.MOBILIZE and e.anchor[0] >= match.start() and e.source != intruder:
            owner = tuple(c for c in (*e.source, *e.target) if c not in intruder) or met.source
            e = dataclasses.replace(e, source=intruder, target=owner, derived={})
        out.append(e)
    return out


_SUSPECTED = re.compile(r"\b(?:is|are|was|were|being)?\s*suspected\s+of\s+(?:having\s+)?", re.IGNORECASE)


def suspected_acts(text: str, events: Sequence[Event]) -> list[Event]:
    """``events`` without the acts told only as suspected ("suspected of (having) violated/damaged ...")."""
    spans = [(m.end(), m.end() + 40) for m in _SUSPECTED.finditer(text)]
    if not spans:
        return list(events)
    return [
        e
        for e in events
        if not any(lo <= e.anchor[0] < hi for lo, hi in spans) or e.event is EventType.ACCUSE
    ]


_RELEASE_OF_HELD = re.compile(
    r"\brelease of\s+(?P<held>[^,;:]{2,80}?)\s+(?:being\s+|still\s+|unlawfully\s+|illegally\s+|arbitrarily\s+)?"
    r"(?:detained|held|seized|captured|arrested|abducted|imprisoned|jailed)\s+by\s+(?P<by>[^,;:]{2,60})",
    re.IGNORECASE,
)


def held_by_agent(text: str, units: Sequence[Unit], events: Sequence[Event]) -> list[Event]:
    """``events`` with the COERCE of "the release of <people> detained/held/seized by X" next to the
    sentence's REQUEST for the release, unless a COERCE or an ASSAULT (a hostage-taking) is coded."""
    match = _RELEASE_OF_HELD.search(text)
    if match is None or any(e.event in (EventType.COERCE, EventType.ASSAULT) for e in events):
        return list(events)
    request = next((e for e in events if e.event is EventType.REQUEST and e.source), None)
    if request is None:
        return list(events)
    lo, hi = match.span("by")
    captors = [u for u in units if u.code and lo <= u.start < hi and not u.locative]
    if not captors or captors[0].code in request.source:
        return list(events)
    captor = str(captors[0].code)
    hlo, hhi = match.span("held")
    held = tuple(
        dict.fromkeys(str(u.code) for u in units if u.code and hlo <= u.start < hhi and u.code != captor)
    )
    coerce = dataclasses.replace(
        request,
        event=EventType.COERCE,
        mode="arrest",
        source=(captor,),
        target=held,
        derived={},
        trigger=match.group(),
        anchor=match.span(),
    )
    return [*events, coerce]


_PROMISE_BEFORE = re.compile(
    r"\b(?:commit(?:s|ted)?(?:\s+(?:itself|themselves|himself|herself))?|pledge[sd]?|promise[sd]?|undert(?:ook|akes|ake)|"
    r"vow(?:s|ed)?)\s+to\s+(?:complete|carry\s+out|finish|begin|start|effect|implement)\s+(?:the\s+|a\s+)?"
    r"(?:full\s+|complete\s+|total\s+|phased\s+)?$",
    re.IGNORECASE,
)


def promised_pullback(text: str, events: Sequence[Event]) -> list[Event]:
    """``events`` with a RETREAT whose noun follows a promise to carry it out read as CONCEDE."""
    return [
        dataclasses.replace(e, event=EventType.CONCEDE, derived={})
        if e.event is EventType.RETREAT and _PROMISE_BEFORE.search(text[: e.anchor[0]])
        else e
        for e in events
    ]


_SEIZURE_BY_OF = re.compile(
    r"\b(?:condemn|deplore|denounce|reject)\w*\s+(?:and\s+\w+\s+(?:\w+\s+)?)?(?:the\s+)?"
    r"(?:illegal\s+|illegitimate\s+|unlawful\s+|attempted\s+|forcible\s+|purported\s+)*"
    r"(?:annexation|occupation|seizure)\s+by\s+(?P<by>[^,;:]{2,40}?)\s+of\s+(?P<of>[^,;:.]{2,80})",
    re.IGNORECASE,
)


def condemned_seizure(text: str, units: Sequence[Unit], events: Sequence[Event]) -> list[Event]:
    """``events`` with the COERCE of "condemns the annexation by X of Y's land" when the sentence's judgement
    is coded and no COERCE is."""
    match = _SEIZURE_BY_OF.search(text)
    if match is None or any(e.event is EventType.COERCE for e in events):
        return list(events)
    lo, hi = match.span("by")
    doers = [str(u.code) for u in units if u.code and lo <= u.start < hi]
    if not doers:
        return list(events)
    olo, ohi = match.span("of")
    lands = tuple(
        dict.fromkeys(str(u.code) for u in units if u.code and olo <= u.start < ohi and u.code != doers[0])
    )
    judgement = next(
        (e for e in events if e.event in (EventType.ACCUSE, EventType.REJECT) and doers[0] in e.target), None
    )
    if judgement is None or not lands:
        return list(events)
    coerce = dataclasses.replace(
        judgement,
        event=EventType.COERCE,
        mode="",
        source=(doers[0],),
        target=lands,
        derived={},
        trigger=match.group(),
        anchor=match.span(),
    )
    return [*events, coerce]


_OFFICE = re.compile(r"^\s*The (?:Department|Presidency|Chairmanship)\b")


def issuing_office(text: str, speaker: str | None, events: Sequence[Event]) -> list[Event]:
    """``events`` with the speaker as source of those with none when the sentence opens with "The
    Department", "The Presidency" or "The Chairmanship" (the office issuing the statement)."""
    if speaker is None or _OFFICE.match(text) is None:
        return list(events)
    return [
        dataclasses.replace(e, source=(speaker,), derived={})
        if not e.source and speaker not in e.target
        else e
        for e in events
    ]


def settled(
    text: str, units: Sequence[Unit], events: Sequence[Event], speaker: str | None = None
) -> list[Event]:
    """The module's passes in order (hooked at the end of :func:`detente.coding.coder.code_sentence`)."""
    # each pass below changes nothing unless its regex matches: a plain test for a word the regex needs
    # comes first (casefolded as the regexes ignore case; no test word holds an "i", which "\u0130" matches)
    fold = text.casefold()
    out = issuing_office(text, speaker, events)
    if "suspected" in fold:
        out = suspected_acts(text, out)
    if "reject" in fold:
        out = coordinated_judgements(text, out)
    if "call" in fold or "appeal" in fold:
        out = demand_to_stop(text, units, out)
    if any(w in fold for w in ("olation", "breach", "compl")):
        out = breach_given_as_reason(text, units, out)
    if "release" in fold:
        out = held_by_agent(text, units, out)
    out = promised_pullback(text, out)
    if any(w in fold for w in ("condemn", "deplore", "denounce", "reject")):
        out = condemned_seizure(text, units, out)
    if any(w in fold for w in ("olated", "entered", "crossed", "breached", "truded", "strayed")):
        out = intruder_named_by_pronoun(text, out)
    return list(out)
