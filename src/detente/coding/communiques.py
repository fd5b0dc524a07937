"""NATO summit declarations, ministerial communiqués and Council statements (session 26, helper ``communiques``).

The wording families of the Alliance's long first-person-plural paragraphs that the other stages read wrongly:

- a city that names a meeting or a text in the record's context ("Lisbon Summit Declaration issued by the
  Heads of State and Government", "statement after the Riga Summit") is no side of the meeting: the host
  state did not speak with the Alliance (:func:`names_meeting`);
- a second verb of the opening "We" joined by "and" after a relative clause on someone else: "We deplore the
  action by X, which is inconsistent with its role, and call on Y to withdraw" — "we" still call on Y, Y
  does not call on us (:func:`settled`);
- the means of an announced act: "We will strengthen our posture, including by deploying more forces" —
  the deployment is the same future act, not a second, asserted one;
- readiness on a condition told after it: "we stand ready to resume the talks as soon as Moscow is willing",
  "open to dialogue with a Russia willing to engage", "an invitation ... when Allies agree and conditions are
  met" — hypothetical, and the "agree" of the condition is no act;
- "there can be no return to business as usual (with X)": the Alliance's freeze of relations, a SANCTION;
- "X has intensified its hybrid actions against Allies": a charge the speaker makes (ACCUSE speaker -> X);
- a charge another makes, noted or briefed: "we note the UK assessment that it is highly likely that Y was
  responsible", "X briefed the Council on its assessment that Y was responsible" — X accuses Y, and the
  speaker's own condemnation is aimed at Y, not at X (the place of the attack), and the attack is Y's;
- the acts listed in a demand: "We call upon Y to de-escalate, to honour its commitments and to pull back
  its forces" — the content of the demand, not an act of the one who demands;
- "We reaffirm (the decision) that Y will become a member of the Alliance": the speaker's backing of Y
  (SUPPORT speaker -> Y), not Y's future accession.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType, Polarity
from detente.coding.roleparts import Make, Roles
from detente.coding.units import Unit

if TYPE_CHECKING:
    from detente.coding.coder import Event


_MEETING_AFTER = re.compile(
    r"\s+(?:Summit|Declaration|Communiqu[eé]|Conference|Statement|Charter|Document|Ministerial|Meeting)\b"
)


def names_meeting(context: str, end: int, kind: str) -> bool:
    """Whether a capital city (a metonym) ending at ``end`` of a context names a meeting or its text
    ("Bucharest Summit Declaration", "the Riga Summit") rather than a side of it."""
    return kind == "metonym" and _MEETING_AFTER.match(context, end) is not None


_SPEECH_ACTS = frozenset({EventType.REQUEST, EventType.ACCUSE, EventType.SUPPORT, EventType.REJECT})
_AND_BEFORE = re.compile(r",\s+and\s+(?:also\s+)?$")
_MEANS = re.compile(r"\b(?:including|notably|inter alia)?\s*by\s+$", re.I)
_CONDITION = re.compile(
    r"\b(?:as\s+soon\s+as|when|once|provided(?:\s+that)?|if)\b[^.;]*?"
    r"(?:\b(?:is|are|becomes|become)\s+(?:willing|ready|prepared)\b|\bconditions\s+(?:are|have\s+been)\s+met\b)"
    r"|\bwith\s+an?\s+\w+\s+(?:that\s+is\s+)?(?:willing|ready|prepared)\s+to\b",
    re.I,
)
_NO_BUSINESS = re.compile(r"\bno\s+(?:return\s+to\s+)?business\s+as\s+usual\b", re.I)
_CAMPAIGN = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:intensified|stepped\s+up|escalated|increased|expanded)\s+"
    r"(?:its|their)\s+(?:\w+\s+)?(?:hybrid|malign|destabili[sz]ing|hostile|subversive)\s+"
    r"(?:actions|activities|campaign|campaigns|operations|attacks)\b",
    re.I,
)
_REAFFIRMED = re.compile(
    r"\b(?:reaffirm|reaffirms|reaffirmed|reiterate|reiterates|reiterated)\b[^.;]*\bthat\s", re.I
)
_MEMBER = re.compile(r"\bbecome\s+(?:a\s+)?(?:member|members|ally)\b", re.I)


def settled(
    text: str, units: Sequence[Unit], speaker: str | None, events: Sequence[Event], make: Make
) -> list[Event]:
    """The sentence's events with this module's families settled (module docstring); ``make`` builds a new
    event of the sentence from its type, mode, roles, polarity, anchor and trigger."""
    out = _means_of_future(text, list(events))
    out = [_open_to_talks(text, e) for e in out]
    out = _conditional_readiness(text, out)
    out = _demanded_act(text, out)
    if speaker is None:
        return out
    out = [_coordinated_we(text, units, speaker, e) for e in out]
    out = _reaffirmed_member(text, speaker, out)
    out = _no_business(text, units, speaker, out, make)
    out = _assessed_blame(text, units, speaker, out, make)
    return _campaign(text, units, speaker, out, make)


def _means_of_future(text: str, events: list[Event]) -> list[Event]:
    """'We will strengthen ..., including by deploying ...': the gerund of means is the announced act."""
    out: list[Event] = []
    for e in events:
        word = text[e.anchor[0] : e.anchor[1]].split()
        means = (
            e.polarity is Polarity.ASSERTED
            and bool(word)
            and word[0].casefold().endswith("ing")
            and _MEANS.search(text[max(0, e.anchor[0] - 30) : e.anchor[0]]) is not None
        )
        twin = any(
            o.event is e.event
            and o.source == e.source
            and o.target == e.target
            and o.polarity is Polarity.FUTURE
            and o.anchor[1] <= e.anchor[0]
            for o in events
        )
        if means and twin:
            continue
        out.append(e)
    return out


_TALK_NOUNS = re.compile(r"(?:dialogue|talks|negotiations|consultations)\b", re.I)
_OPEN_TO = re.compile(
    r"\b(?:open|ready|willing|prepared)\s+(?:to|for)\s+(?:an?\s+|the\s+)?(?:[\w-]+,?\s+(?:and\s+)?){0,5}$",
    re.I,
)


def _open_to_talks(text: str, event: Event) -> Event:
    """'We remain open to a meaningful dialogue with X (willing to ...)': readiness (AGREE), no talks held."""
    if event.event is not EventType.CONSULT or event.polarity is not Polarity.ASSERTED:
        return event
    if _TALK_NOUNS.match(text, event.anchor[0]) is None:
        return event
    if _OPEN_TO.search(text[max(0, event.anchor[0] - 80) : event.anchor[0]]) is None:
        return event
    hypothetical = _CONDITION.search(text, event.anchor[0]) is not None
    return dataclasses.replace(
        event,
        event=EventType.AGREE,
        mode="",
        derived={},
        polarity=Polarity.HYPOTHETICAL if hypothetical else Polarity.ASSERTED,
    )


def _conditional_readiness(text: str, events: list[Event]) -> list[Event]:
    """Readiness with a condition after it: hypothetical; an 'agree' inside the condition is no act."""
    out: list[Event] = []
    for e in events:
        if e.event is not EventType.AGREE or e.polarity is Polarity.NEGATED:
            out.append(e)
            continue
        cond = _CONDITION.search(text, e.anchor[1])
        if cond is None or ";" in text[e.anchor[1] : cond.start()]:
            # no condition after it; an AGREE inside a condition that follows another AGREE is dropped
            inside = any(
                o is not e
                and o.event is EventType.AGREE
                and o.anchor[1] <= e.anchor[0]
                and (c := _CONDITION.search(text, o.anchor[1])) is not None
                and c.start() <= e.anchor[0] < c.end()
                for o in events
            )
            if not inside:
                out.append(e)
            continue
        out.append(dataclasses.replace(e, polarity=Polarity.HYPOTHETICAL))
    return out


_ASSESSMENT = re.compile(
    r"\bassessment\s+that\s+(?:it\s+is\s+(?:highly\s+|most\s+|very\s+)?(?:likely|probable|clear)\s+that\s+)?"
    r"(?P<doer>.{1,60}?)\s+(?:was|were|is|are|had\s+been)\s+(?:\w+\s+)?responsible\b",
    re.I,
)


def _assessed_blame(
    text: str, units: Sequence[Unit], speaker: str, events: list[Event], make: Make
) -> list[Event]:
    """'... note the UK assessment that Y was responsible', 'X briefed ... on its assessment that Y was
    responsible': X charges Y (ACCUSE allege X -> Y), and the speaker's charge is aimed at Y, not at X."""
    found = _ASSESSMENT.search(text)
    if found is None:
        return events
    doers = [u for u in units if found.start("doer") <= u.start and u.end <= found.end("doer") and u.code]
    if len(doers) != 1 or doers[0].code == speaker:
        return events
    doer = str(doers[0].code)
    head = found.start()
    owner = [u for u in units if u.end <= head and u.code and u.code not in (speaker, doer)]
    if not owner:
        return events
    assessor = str(owner[-1].code)
    out = [
        dataclasses.replace(e, target=(doer,))
        if e.event is EventType.ACCUSE and e.source == (speaker,) and e.target == (assessor,)
        else dataclasses.replace(e, source=(doer,))
        if e.event is EventType.ASSAULT and e.source == (speaker,)  # the attack the speaker condemns
        else e
        for e in events
    ]
    if not any(e.event is EventType.ACCUSE and e.source == (assessor,) and doer in e.target for e in out):
        roles = Roles((assessor,), (doer,), (0, len(text)))
        out.append(
            make(EventType.ACCUSE, "allege", roles, Polarity.ASSERTED, head, found.end(), "assessment")
        )
    return out


_DEMAND_LIST = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)to\s+$")
_FIRST_DEMAND = re.compile(r"^\s*(?:[\w'-]+\s+){1,4}to\s+$")


def _demanded_act(text: str, events: list[Event]) -> list[Event]:
    """'We call upon Y to ..., to ..., and to pull back its forces': the demanded act is the content of the
    demand, not the demander's act."""
    out: list[Event] = []
    for e in events:
        demand = any(
            r.event is EventType.REQUEST
            and r.anchor[1] <= e.anchor[0]
            and e.event is not EventType.REQUEST
            and r.source == e.source
            and not re.search(r"[;.]\s", text[r.anchor[1] : e.anchor[0]])
            and (
                _DEMAND_LIST.search(text[: e.anchor[0]]) is not None
                or _FIRST_DEMAND.match(text[r.anchor[1] : e.anchor[0]]) is not None
            )
            for r in events
        )
        if demand:
            continue
        out.append(e)
    return out


def _opens_with_speaker(units: Sequence[Unit], speaker: str) -> bool:
    return bool(units) and units[0].code == speaker and units[0].tok_start == 0


def _coordinated_we(text: str, units: Sequence[Unit], speaker: str, event: Event) -> Event:
    """'We deplore ..., which ..., and call on Y to ...': the opening speaker's second verb."""
    if (
        event.event in _SPEECH_ACTS
        and event.target == (speaker,)
        and event.source
        and speaker not in event.source
        and _opens_with_speaker(units, speaker)
        and _AND_BEFORE.search(text[: event.anchor[0]]) is not None
    ):
        return dataclasses.replace(event, source=(speaker,), target=event.source)
    return event


def _reaffirmed_member(text: str, speaker: str, events: list[Event]) -> list[Event]:
    """'We reaffirm (the decision) that Y will become a member': SUPPORT speaker -> Y."""
    out: list[Event] = []
    for e in events:
        before = text[: e.anchor[0]]
        if (
            e.event is EventType.SUPPORT
            and e.target == (speaker,)
            and e.source
            and speaker not in e.source
            and _MEMBER.search(text, e.anchor[0]) is not None
            and _MEMBER.search(text, e.anchor[0]).start() == e.anchor[0]  # type: ignore[union-attr]
            and _REAFFIRMED.search(before) is not None
        ):
            e = dataclasses.replace(e, source=(speaker,), target=e.source, polarity=Polarity.ASSERTED)
        out.append(e)
    return out


def _other_actor(units: Sequence[Unit], speaker: str, after: int) -> tuple[str, ...]:
    named = [u for u in units if u.code and u.code != speaker and u.kind != "pronoun"]
    later = [u for u in named if u.start >= after]
    pick = later or named
    return (pick[0].code,) if pick and pick[0].code else ()


def _no_business(
    text: str, units: Sequence[Unit], speaker: str, events: list[Event], make: Make
) -> list[Event]:
    """'there can be no return to business as usual': the speaker's freeze of relations (SANCTION)."""
    found = _NO_BUSINESS.search(text)
    if found is None or any(e.event is EventType.SANCTION for e in events):
        return events
    target = _other_actor(units, speaker, found.end())
    if not target:
        return events
    roles = Roles((speaker,), target, (0, len(text)))
    made = make(
        EventType.SANCTION,
        "discontinue",
        roles,
        Polarity.ASSERTED,
        found.start(),
        found.end(),
        "business as usual",
    )
    return [*events, made]


def _campaign(text: str, units: Sequence[Unit], speaker: str, events: list[Event], make: Make) -> list[Event]:
    """'X has intensified its hybrid actions against ...': the speaker charges X (ACCUSE)."""
    found = _CAMPAIGN.search(text)
    if found is None or any(e.event is EventType.ACCUSE for e in events):
        return events
    doers = [u for u in units if u.end <= found.start() and u.code and u.code != speaker]
    if not doers or text[doers[-1].end : found.start()].strip():
        return events  # the doer must stand right before "has intensified"
    roles = Roles((speaker,), (str(doers[-1].code),), (0, len(text)))
    made = make(
        EventType.ACCUSE, "allege", roles, Polarity.ASSERTED, found.start(), found.end(), "hybrid actions"
    )
    return [*events, made]
