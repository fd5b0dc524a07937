"""Official NATO-Russia wording of session 32 (helper written9): offers, strategy documents, exercises told by
their size, judgements in an aside, and topics mistaken for acts (examples in our own words).

The module's lexicon (``data/lexicon/s32-written9.toml``) reads the plain phrases: a step judged by the side
that names it ("described the move as a short-sighted step", "called it a stab in the back", "we find the
reply unsatisfactory"), a danger seen in another side's act ("characterised the drills as a danger"), a
response announced as a warning ("will take the appropriate steps to defend its borders"), a mission or office
opened, transit through an airport allowed, closer ties sought, a framework approved, drones used against a
place, a war charged to a side ("a campaign waged by X"). What the phrases cannot tell is settled here:

- **Offers** (:func:`offered_to`). "Norway offered on Tuesday to send two tugs to help free the sailors": an
  offer is an AGREE by the one who offers; the acts inside the offer (the release, the aid, the deployment)
  have not happened and are not read. Not when the offer is denied ("did not offer to ...").
- **Warnings of what follows.** "Ankara would respond." with nothing after the verb (:func:`bare_response`);
  "handing such missiles over would mean that the bloc is at war with us", "should they move in, the
  consequences for them will be grave" (:func:`consequences_warned`): THREATEN by the one who will respond,
  else the sayer, else the speaker, at the side named as at war or in the condition. Not when denied.
- **A threat seen, in the passive** (:func:`seen_as_threat`). "The minister said that Oslo's plan to host
  bombers would be seen in Moscow as a threat": ACCUSE by the side that would see it so ("in"/"by" X, else
  the sayer, else the speaker) at the first side the judged phrase names ("a military bloc" with no side
  named is the Alliance, as Russian official texts use the words).
- **Enlargement judged** (:func:`enlargement_judged`). "Officials in Moscow said the Alliance's expansion to
  the east did not strengthen European security", "warned that moving NATO up to our borders would force a
  rethinking of our defence": ACCUSE by the sayer (else the speaker) of the Alliance, when a harmful outcome
  (serious consequences, a cold peace, undermining, new dividing lines, no gain in security) stands beside
  its enlargement in one clause; not when the judgement is denied.
- **Our offer on the table** (:func:`offer_on_table`). "Our proposals on arms control remain on the table":
  AGREE by the speaker at the other side the sentence names (the phrase lists read it when a side owns the
  proposals by name).
- **Strategy documents** (:func:`document_names_threat`). "The new Military Doctrine names the build-up of
  the bloc's forces as a danger", "the Strategic Concept describes X as the most direct threat": ACCUSE by the
  document's owner (its possessor, else the side whose documents carry that name: the Alliance's Strategic
  Concept, Russia's Military Doctrine, National Security Strategy and Foreign Policy Concept, the US National
  Defense Strategy) of the side named as the threat; a build-up or a threat read from the words between is
  the document's wording, not an act, and is dropped.
- **Exercises told by their size** (:func:`exercise_sized`). "The drills, which begin on Monday, will involve
  some 20,000 troops from 15 Allies", "Steadfast Lance 2031 starts today with 9,000 personnel": MOBILIZE by the
  exercise's owner (its possessor, else the Alliance when Allies take part, else the first side named), future
  when the exercise is still to come; read only when the sentence has no MOBILIZE yet.
- **A judgement in an aside** (:func:`aside_judged`). "..., in what officials in Oslo described as unsafe
  and unprofessional": ACCUSE by the side of the aside at the doer of the sentence's first act.
- **Sides of the lexicon's warnings and charges** (:func:`lexicon_sides`). "Stationing such forces there will
  provoke our response" is the speaker's warning at the side named in the sentence, not that side's; "a hybrid
  war waged by the West" is the sayer's (else the speaker's) charge against the side after "by".
- **Topics, not acts** (:func:`topics_dropped`). A deployment or withdrawal named as the subject of a signed
  document ("signed documents on the deployment of missiles"), and a destruction of weapons named on an agenda
  or as a mission's purpose ("the agenda includes the destruction of its chemical weapons") are not events;
  a joined operation, mission or patrol is joint work (COOPERATE), not a membership (SUPPORT); a meeting of
  the Alliance's own Council with no one else ("the North Atlantic Council met in special session") is not a
  contact between sides.

Every family is a regular expression over the sentence, behind a cheap substring gate; sides come only from
the sentence's actor units, the speaker, or a saying verb's subject. :func:`settled` runs them all and never
raises.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType, Polarity
from detente.coding.roleparts import Make, Roles
from detente.coding.text import lower_text
from detente.coding.wordgates import WordGates

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.units import Unit

__all__ = [
    "aside_judged",
    "bare_response",
    "consequences_warned",
    "document_names_threat",
    "enlargement_judged",
    "exercise_sized",
    "lexicon_sides",
    "offer_on_table",
    "offered_to",
    "seen_as_threat",
    "settled",
    "topics_dropped",
]

_MAX_CHARS = 2_000
"""Longer sentences are left to the other readers."""

_CLAUSE_STOP = re.compile(r"[;:!?]|\.(?:\s|$)")
_NEGATION = re.compile(r"\b(?:not|never|no|n't|nor|neither)\b", re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:if|unless|whether)\b", re.IGNORECASE)
_SAYING = re.compile(
    r"\b(?:said|says|told|tells|stated|declared|warned|cautioned|added|noted|stressed|insisted|claimed|"
    r"argued|believes|believed)\b",
    re.IGNORECASE,
)
_PREPOSITIONS = frozenset(
    {"in", "at", "on", "with", "to", "from", "by", "for", "of", "against", "near", "into"}
)


def _clause(text: str, at: int) -> tuple[int, int]:
    """Character bounds of the clause holding position ``at`` (between ";", ":", "!", "?" or a full stop)."""
    lo = 0
    for m in _CLAUSE_STOP.finditer(text, 0, at):
        lo = m.end()
    end = _CLAUSE_STOP.search(text, at)
    return lo, (end.start() if end is not None else len(text))


def _word_before(text: str, start: int) -> str:
    m = re.search(r"(\w+)\W*$", text[max(0, start - 60) : start])
    return m.group(1).lower() if m is not None else ""


def _subject(text: str, units: Sequence[Unit], lo: int, at: int) -> Unit | None:
    """The nearest coded unit between ``lo`` and ``at`` that no preposition governs."""
    for unit in reversed([u for u in units if u.code and lo <= u.start and u.end <= at]):
        if unit.locative or _word_before(text, unit.start) in _PREPOSITIONS:
            continue
        return unit
    return None


def _codes(unit: Unit | None) -> tuple[str, ...]:
    return (unit.code,) if unit is not None and unit.code else ()


def _sayer(text: str, units: Sequence[Unit], at: int, speaker: str | None) -> tuple[str, ...]:
    """Who says the words at ``at``: the subject of the last saying verb before it, else the speaker."""
    said = None
    for m in _SAYING.finditer(text, 0, at):
        said = m
    if said is not None:
        found = _codes(_subject(text, units, 0, said.start()))
        if found:
            return found
    return (speaker,) if speaker else ()


# ---------------------------------------------------------------------------------------------------- offers
_OFFER = re.compile(
    r"\b(?P<verb>offer(?:s|ed|ing)?)\b(?P<gap>(?:\s+[\w,'-]+){0,4}?)\s+to\s+"
    r"(?P<what>send|provide|supply|deliver|host|mediate|assist|help|train|contribute|deploy|dispatch)\b",
    re.IGNORECASE,
)
_OFFERED_TYPES = frozenset({EventType.RETREAT, EventType.AID, EventType.MOBILIZE, EventType.CONCEDE})


def offered_to(text: str, events: Sequence[Event], units: Sequence[Unit], make: Make) -> list[Event]:
    """An offer to send, host or help: AGREE by the one who offers; acts read inside the offer are dropped."""
    if "offer" not in lower_text(text):
        return list(events)
    m = _OFFER.search(text)
    if m is None or any(ch in m.group("gap") for ch in ",;"):
        return list(events)
    lo, hi = _clause(text, m.start())
    if _NEGATION.search(text, lo, m.start()):
        return list(events)
    source = _codes(_subject(text, units, lo, m.start()))
    if not source:
        return list(events)
    inside = [e for e in events if e.event in _OFFERED_TYPES and m.end("what") <= e.anchor[0] < hi]
    out = [e for e in events if e not in inside]
    if any(e.event is EventType.AGREE and set(e.source) == set(source) for e in out):
        return out
    target = tuple(
        dict.fromkeys(
            c for u in units if u.code and m.end() <= u.start < hi for c in (u.code,) if c not in source
        )
    )[:1]
    if not target:
        target = next((tuple(c for c in e.target if c not in source) for e in inside if e.target), ())
    polarity = Polarity.HYPOTHETICAL if _CONDITION.search(text, lo, m.start()) else Polarity.ASSERTED
    roles = Roles(source, target, (lo, hi))
    out.append(make(EventType.AGREE, "", roles, polarity, m.start("verb"), m.end("verb"), m.group("verb")))
    return out


# ------------------------------------------------------------------------------------------ strategy papers
_DOCUMENT = re.compile(
    r"\b(?P<doc>Strategic\s+Concept|Military\s+Doctrine|National\s+Security\s+Strategy|Foreign\s+Policy\s+"
    r"Concept|Maritime\s+Doctrine|National\s+Defen[cs]e\s+Strategy|Nuclear\s+Posture\s+Review|Security\s+"
    r"Strategy)\b[^;:.]{0,40}?\b(?P<verb>names|named|describes|described|identifies|identified|lists|listed|"
    r"defines|defined|calls|called|designates|designated|regards|regarded|refers\s+to|referred\s+to|"
    r"characteri[sz]es|characteri[sz]ed)\b(?P<object>[^;:.]{1,160}?)\bas\s+(?:(?:an?|the|one\s+of\s+the)\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?P<wrong>threat|threats|danger|dangers|adversary|adversaries|enemy|challenge|"
    r"challenges|risk|risks)\b"
)
_DOCUMENT_OWNERS = {
    "strategic concept": "NATO",
    "military doctrine": "RUS",
    "national security strategy": "RUS",
    "foreign policy concept": "RUS",
    "maritime doctrine": "RUS",
    "security strategy": "RUS",
    "national defense strategy": "USA",
    "national defence strategy": "USA",
    "nuclear posture review": "USA",
}
_WORDING_TYPES = frozenset({EventType.MOBILIZE, EventType.THREATEN, EventType.ACCUSE})


def document_names_threat(
    text: str, events: Sequence[Event], units: Sequence[Unit], make: Make
) -> list[Event]:
    """A strategy document naming a side as a threat: ACCUSE by the document's owner of that side."""
    if not any(w in text for w in ("Concept", "Doctrine", "Strategy", "Posture")):
        return list(events)
    m = _DOCUMENT.search(text)
    if m is None:
        return list(events)
    doc = " ".join(m.group("doc").lower().split())
    before = [u for u in units if u.code and u.end <= m.start("doc") and m.start("doc") - u.end <= 12]
    owner = _codes(before[-1]) if before else ()
    if not owner:
        owner = (_DOCUMENT_OWNERS[doc],)
    named = [
        u.code
        for u in units
        if u.code
        and m.start("object") <= u.start < m.start("wrong")
        and u.code not in owner
        and not u.locative
    ]
    if not named:
        return list(events)
    target = (named[0],)
    span = (m.start("verb"), m.end("wrong"))
    out = [
        e
        for e in events
        if not (
            e.event in _WORDING_TYPES and span[0] <= e.anchor[0] < span[1] and set(e.source) != set(owner)
        )
    ]
    out = [
        e
        for e in out
        if not (
            e.event is EventType.THREATEN and set(e.source) == set(target) and set(e.target) <= set(owner)
        )
    ]
    if any(
        e.event is EventType.ACCUSE and set(e.source) == set(owner) and target[0] in e.target for e in out
    ):
        return out
    out = [
        e for e in out if not (e.event is EventType.ACCUSE and set(e.source) == set(owner) and not e.target)
    ]
    roles = Roles(owner, target, (m.start(), m.end()))
    out.append(
        make(
            EventType.ACCUSE, "disapprove", roles, Polarity.ASSERTED, span[0], m.end("verb"), m.group("verb")
        )
    )
    return out


# ---------------------------------------------------------------------------------------- sized exercises
_SIZED = re.compile(
    r"(?P<name>\b(?:exercise|exercises|drills|manoeuvres|maneuvers|war\s+games)\b|\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
    r"[\s-]20\d\d\b)(?P<gap>[^;:.]{0,90}?)\b(?P<verb>begins?|began|starts?|started|opens?|opened|will\s+involve|"
    r"involves|involved|involving|brings?\s+together|brought\s+together|will\s+bring\s+together)\b[^;:.]{0,30}?"
    r"\b\d[\d,.]*\s+(?:\w+\s+)?(?:troops|personnel|servicemen|soldiers|service\s+members)\b"
)
_THRESHOLD = re.compile(
    r"\b(?:more\s+than|over|exceeding|above|at\s+least|fewer\s+than|less\s+than|up\s+to)\s+\d"
)
_RULE_TALK = re.compile(
    r"\b(?:must|should|shall|have\s+to|has\s+to|required|obliged|notified|notify|ceiling|limit)\b"
)
_FUTURE = re.compile(r"\b(?:will|is\s+to|are\s+to|next\s+(?:week|month)|tomorrow|is\s+due|are\s+due)\b")


def exercise_sized(text: str, events: Sequence[Event], units: Sequence[Unit], make: Make) -> list[Event]:
    """An exercise told by the troops it brings together: MOBILIZE by its owner."""
    if any(e.event is EventType.MOBILIZE for e in events):
        return list(events)
    if not any(w in text for w in ("troops", "personnel", "servicemen", "soldiers", "service members")):
        return list(events)
    m = _SIZED.search(text)
    if m is None:
        return list(events)
    lo, hi = _clause(text, m.start())
    if _NEGATION.search(text, lo, m.end()) or _CONDITION.search(text, lo, m.end()):
        return list(events)
    if _THRESHOLD.search(text, m.start(), m.end()) or _RULE_TALK.search(text, lo, hi):
        return list(events)  # "exercises involving more than 13,000 troops must be notified": a rule
    before = [u for u in units if u.code and lo <= u.start and u.end <= m.start("name") + 1]
    owner = _codes(before[-1]) if before and m.start("name") - before[-1].end <= 12 else ()
    clause_units = [u for u in units if u.code and lo <= u.start < hi and not u.locative]
    if not owner:
        codes = [u.code for u in clause_units if u.code]
        owner = ("NATO",) if "NATO" in codes or re.search(r"\bAllies\b", text[lo:hi]) else tuple(codes[:1])
    if not owner or not owner[0].isupper():
        return list(events)
    polarity = Polarity.FUTURE if _FUTURE.search(text, lo, hi) else Polarity.ASSERTED
    roles = Roles(owner, (), (lo, hi))
    return [
        *events,
        make(EventType.MOBILIZE, "troops", roles, polarity, m.start("verb"), m.end("verb"), m.group("verb")),
    ]


# ---------------------------------------------------------------------------------------- aside judgements
_ASIDE = re.compile(
    r",\s+in\s+what\s+(?P<who>[^,;:.]{2,60}?)\s+(?:described|characteri[sz]ed|branded|labell?ed|termed|"
    r"qualified|saw|regarded|viewed)\s+as\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?P<wrong>unsafe|unprofessional|"
    r"provocative|provocation|dangerous|reckless|illegal|unacceptable|aggressive|hostile|irresponsible|"
    r"escalatory|unfriendly|violation|breach|aggression|threat|threatening)\b",
    re.IGNORECASE,
)


def aside_judged(text: str, events: Sequence[Event], units: Sequence[Unit], make: Make) -> list[Event]:
    """ ", in what X described as unsafe": ACCUSE by X of the doer of the sentence's first act."""
    if "in what" not in lower_text(text):
        return list(events)
    m = _ASIDE.search(text)
    if m is None:
        return list(events)
    judge = _codes(next((u for u in units if u.code and m.start("who") <= u.start < m.end("who")), None))
    act = next((e for e in events if e.anchor[0] < m.start() and e.source), None)
    if not judge or act is None:
        return list(events)
    target = tuple(c for c in act.source if c not in judge)
    if not target or any(e.event is EventType.ACCUSE and set(e.source) == set(judge) for e in events):
        return list(events)
    roles = Roles(judge, target, (m.start(), m.end()))
    return [
        *events,
        make(
            EventType.ACCUSE,
            "disapprove",
            roles,
            Polarity.ASSERTED,
            m.start("wrong"),
            m.end("wrong"),
            "aside",
        ),
    ]


# ------------------------------------------------------------------------------ sides of the lexicon's reads
_OUR_RESPONSE = re.compile(
    r"\b(?:provoke|provokes|provoked|trigger|triggers|prompt|prompts|require|requires|necessitate|necessitates)"
    r"\b[^;:.]{0,40}?\bour\s+(?:response|reaction|answer|countermeasures)\b",
    re.IGNORECASE,
)
_WAR_BY = re.compile(r"\b(?:war|warfare|campaign)\s+(?:unleashed|waged)\s+by\s+(?:the\s+)?", re.IGNORECASE)


def lexicon_sides(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None
) -> list[Event]:
    """The speaker's warning in "will provoke our response" is aimed at the others the sentence names; the
    charge of "a war waged by X" is the sayer's (else the speaker's, else the side it is waged against)
    against X."""
    out = list(events)
    low = lower_text(text)
    if "our" in low and speaker:
        m = _OUR_RESPONSE.search(text)
        if m is not None:
            for k, e in enumerate(out):
                if e.event is EventType.THREATEN and m.start() <= e.anchor[0] < m.end():
                    others = tuple(
                        dict.fromkeys(
                            u.code for u in units if u.code and u.code != speaker and u.start < m.end()
                        )
                    )
                    out[k] = dataclasses.replace(e, source=(speaker,), target=others)
    if " by " in low:
        m = _WAR_BY.search(text)
        if m is not None:
            after = m.start() + m.group(0).lower().rindex(" by ") + 4
            blamed = _codes(next((u for u in units if u.code and after <= u.start <= m.end() + 3), None))
            sayer = _sayer(text, units, m.start(), speaker)
            for k, e in enumerate(out):
                if e.event is not EventType.ACCUSE or not m.start() <= e.anchor[0] < m.end() or not blamed:
                    continue
                # no sayer known: the side the war is waged against is the one that complains of it
                judge = sayer or tuple(c for c in e.target if c not in blamed)
                if judge and not set(judge) & set(blamed):
                    out[k] = dataclasses.replace(e, source=judge, target=blamed)
    return out


# ---------------------------------------------------------------------------------------- topics, not acts
_DOCUMENT_ON = re.compile(
    r"\b(?:agreement|agreements|document|documents|treaty|memorandum|accord|protocol|deal|decree|law)\s+"
    r"(?:on|about|regarding|concerning)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_TOPIC_PREPOSITIONS = frozenset({"on", "about", "for", "of", "towards", "toward", "regarding", "concerning"})
_SIGNED_TYPES = frozenset({EventType.SUPPORT, EventType.AGREE})
_TOPIC_TYPES = frozenset({EventType.MOBILIZE, EventType.RETREAT, EventType.AID, EventType.ASSAULT})
_AGENDA = re.compile(
    r"\b(?:agenda|topics?|items?|issues)\b[^;:.]{0,40}?\b(?:include|includes|included|including|will\s+be|"
    r"are|were)\b|\btake\s+part\s+in\s+the\s+$|\bto\s+discuss\b",
    re.IGNORECASE,
)
_JOINED_WORK = re.compile(
    r"\bjoin(?:s|ed|ing)?\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:operation|mission|patrol|patrols|"
    r"task\s+force|flotilla)\b|\bjoin(?:s|ed|ing)?\s+Operation\s+[A-Z]",
    re.IGNORECASE,
)


_COUNCIL_MET = re.compile(r"\bNorth\s+Atlantic\s+Council\s+met\b")
_AT_REQUEST = re.compile(r"\b(?:request|requested|Article\s+4)\b")


def topics_dropped(text: str, events: Sequence[Event]) -> list[Event]:
    """Deployments named as a signed document's subject and destructions named on an agenda are dropped; a
    joined operation is COOPERATE; a CONSULT of the Alliance alone with no one else is dropped."""
    out: list[Event] = []
    signed = any(e.event in _SIGNED_TYPES for e in events)
    for e in events:
        before = text[max(0, e.anchor[0] - 60) : e.anchor[0]]
        if e.event in _TOPIC_TYPES and signed and _DOCUMENT_ON.search(before):
            continue
        opening = e.event is EventType.SUPPORT and text[e.anchor[0] : e.anchor[0] + 4].lower() == "open"
        if opening and _word_before(text, e.anchor[0]) in _TOPIC_PREPOSITIONS:
            continue  # "postponed talks on opening a liaison mission": a topic
        if e.event is EventType.RETREAT and text[e.anchor[0] : e.anchor[0] + 11].lower() == "destruction":
            lo, _ = _clause(text, e.anchor[0])
            if _AGENDA.search(text[lo : e.anchor[0]]):
                continue
        if e.event is EventType.SUPPORT and "join" in text[e.anchor[0] : e.anchor[1]].lower():
            m = _JOINED_WORK.search(text, e.anchor[0])
            if m is not None and m.start() == e.anchor[0]:
                e = dataclasses.replace(e, event=EventType.COOPERATE, mode="")
        if (
            e.event is EventType.CONSULT
            and e.source == ("NATO",)
            and not e.target
            and _COUNCIL_MET.search(text)
            and not _AT_REQUEST.search(text)
        ):
            continue  # the Alliance's own Council alone: no contact between sides
        out.append(e)
    return out


# ---------------------------------------------------------------------------------------- bare responses
_BARE_RESPONSE = re.compile(
    r"\b(?P<verb>(?:would|will)\s+(?:respond|retaliate|react))\s*(?=[.;!]|$|,\s+(?:and|but|while)\b)",
    re.IGNORECASE,
)


def bare_response(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """ "Moscow would respond." (the clause ends there): THREATEN by the one who will respond, at the other
    sides the sentence names; not when denied or asked."""
    if "respond" not in text and "retaliate" not in text and "react" not in text:
        return list(events)
    if any(e.event is EventType.THREATEN for e in events) or "?" in text:
        return list(events)
    m = _BARE_RESPONSE.search(text)
    if m is None:
        return list(events)
    lo, _ = _clause(text, m.start())
    if _NEGATION.search(text, max(lo, m.start() - 30), m.end()) or _CONDITION.search(text, lo, m.start()):
        return list(events)
    source = _codes(_subject(text, units, lo, m.start()))
    if not source and re.search(r"\bwe\s+$", text[: m.start()], re.IGNORECASE) and speaker:
        source = (speaker,)
    if not source:
        return list(events)
    target = tuple(dict.fromkeys(u.code for u in units if u.code and u.code not in source and not u.locative))
    roles = Roles(source, target, (lo, m.end()))
    return [
        *events,
        make(
            EventType.THREATEN, "", roles, Polarity.ASSERTED, m.start("verb"), m.end("verb"), m.group("verb")
        ),
    ]


# ------------------------------------------------------------------------------------ warnings of what follows
_WAR_MEANT = re.compile(
    r"\b(?:would|will)\s+(?:mean|signify|amount\s+to)\s+(?:that\s+)?(?P<whom>[^;:.]{0,60}?)\s+"
    r"(?:(?:are|is|were|was|would\s+be|will\s+be)\s+)?(?:at\s+war\s+with|(?:an?\s+)?part(?:y|ies)\s+to\s+the\s+"
    r"(?:conflict|war)|(?:in\s+)?direct\s+(?:involvement|participation)\s+in\s+the\s+(?:conflict|war))\b",
    re.IGNORECASE,
)
_CONSEQUENCES = re.compile(
    r"\bconsequences\b[^;:.]{0,60}?\b(?:will|would|shall)\s+be\s+(?:[\w-]+\s+){0,2}?(?P<grave>tragic|severe|grave|"
    r"dire|catastrophic|disastrous|devastating|far-reaching)\b",
    re.IGNORECASE,
)


def consequences_warned(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """ "Arming X to strike deep would mean that the bloc is at war with us", "if they send troops, the
    consequences for them will be far more tragic": THREATEN by the sayer (else the speaker) at the side
    named as the one at war (else the first side of the condition)."""
    low = lower_text(text)
    if "consequences" not in low and " war" not in low and "party" not in low and "parties" not in low:
        return list(events)
    if any(e.event is EventType.THREATEN for e in events) or "?" in text:
        return list(events)
    m = _WAR_MEANT.search(text) or _CONSEQUENCES.search(text)
    if m is None:
        return list(events)
    lo, _ = _clause(text, m.start())
    if _NEGATION.search(text, m.start(), m.end()):
        return list(events)
    source = _sayer(text, units, m.start(), speaker)
    if not source:
        return list(events)
    if "whom" in m.groupdict() and m.group("whom") is not None:
        whom = [u for u in units if u.code and m.start("whom") <= u.start < m.end("whom") + 1]
    else:
        cond = re.search(r"\b(?:if|should|once)\b", text[lo : m.start()], re.IGNORECASE)
        whom = [u for u in units if u.code and cond is not None and lo + cond.end() <= u.start < m.start()]
    target = tuple(dict.fromkeys(u.code for u in whom if u.code and u.code not in source and not u.locative))[
        :1
    ]
    roles = Roles(source, target, (lo, m.end()))
    return [*events, make(EventType.THREATEN, "", roles, Polarity.ASSERTED, m.start(), m.end(), "warned")]


_SEEN_AS_THREAT = re.compile(
    r"\b(?:would|will|could|is|are|was|were)\s+(?:be\s+)?(?P<verb>seen|taken|regarded|viewed|perceived|treated|"
    r"considered)\s+(?:(?:in|by)\s+(?P<judge>[^,;:.]{2,40}?)\s+)?as\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<wrong>threat|provocation|challenge\s+to\s+(?:our|its)\s+security)\b",
    re.IGNORECASE,
)


def seen_as_threat(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """ "Bringing the bloc's forces up to our borders would be seen in Moscow as a direct threat": ACCUSE by
    the side that would see it so (after "in"/"by", else the sayer, else the speaker) at the side the
    subject names."""
    if "threat" not in text and "provocation" not in text and "challenge" not in text:
        return list(events)
    m = _SEEN_AS_THREAT.search(text)
    if m is None:
        return list(events)
    lo, _ = _clause(text, m.start())
    if _NEGATION.search(text, max(lo, m.start() - 12), m.end()):
        return list(events)
    judge: tuple[str, ...] = ()
    if m.group("judge"):
        judge = _codes(
            next((u for u in units if u.code and m.start("judge") <= u.start < m.end("judge")), None)
        )
    judge = judge or _sayer(text, units, m.start(), speaker)
    if not judge:
        return list(events)
    saids = list(_SAYING.finditer(text, lo, m.start()))
    start = saids[-1].end() if saids else lo
    named = [u.code for u in units if u.code and start <= u.start < m.start() and not u.locative]
    target = tuple(dict.fromkeys(c for c in named if c and c not in judge))[:1]
    if not target and _BLOC.search(text, start, m.start()) and "NATO" not in judge:
        target = ("NATO",)  # "a powerful military bloc at our borders": the Alliance, in Russian usage
    span = (m.start("verb"), m.end("wrong"))
    # the phrase lists read the passive with no judge: that reading gives way to this one
    out = [
        e
        for e in events
        if not (e.event is EventType.ACCUSE and not e.source and lo <= e.anchor[0] < span[1])
    ]
    if any(e.event is EventType.ACCUSE and set(e.source) == set(judge) for e in out):
        return out
    roles = Roles(judge, target, (start, m.end()))
    return [*out, make(EventType.ACCUSE, "disapprove", roles, Polarity.ASSERTED, *span, m.group("verb"))]


_BLOC = re.compile(r"\bmilitary(?:-political)?\s+bloc\b", re.IGNORECASE)
_OUR_OFFER = re.compile(
    r"\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:proposals?|offers?|initiatives?)\b[^;:.]{0,120}?\b(?:remain|remains|"
    r"stay|stays|is\s+still|are\s+still)\s+(?:still\s+)?on\s+the\s+table\b",
    re.IGNORECASE,
)


def offer_on_table(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """ "Our proposals remain on the table": AGREE by the speaker at the other sides the sentence names."""
    if not speaker or "table" not in text or any(e.event is EventType.AGREE for e in events):
        return list(events)
    m = _OUR_OFFER.search(text)
    if m is None or _NEGATION.search(text, m.start(), m.end()):
        return list(events)
    target = tuple(dict.fromkeys(u.code for u in units if u.code and u.code != speaker and not u.locative))[
        :1
    ]
    roles = Roles((speaker,), target, (m.start(), m.end()))
    return [*events, make(EventType.AGREE, "", roles, Polarity.ASSERTED, m.start(), m.end(), "on the table")]


# ---------------------------------------------------------------------------------- enlargement judged
_ENLARGEMENT = re.compile(
    r"\b(?:enlargement|expansion|enlarging|expanding|to\s+enlarge|to\s+expand|moving\s+[^.;:]{0,50}?\bup\s+to\s+"
    r"[^.;:]{0,20}?\bborders)\b",
    re.IGNORECASE,
)
_BAD_OUTCOME = re.compile(
    r"\b(?:(?:most\s+)?(?:serious|grave|negative|dangerous|unpredictable)\s+consequences|cold\s+peace|"
    r"rethink(?:ing)?|undermin\w*|destabili[sz]\w*|new\s+dividing\s+lines|(?:did|does|do|will|would)\s+not\s+"
    r"(?:strengthen|enhance|improve|contribute\s+to)\s+(?:\w+\s+){0,2}?security)\b",
    re.IGNORECASE,
)


def enlargement_judged(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """ "We see the bloc's enlargement as a step with the most serious consequences", "officials said the
    Alliance's expansion to the east did not strengthen European security", "warned that Europe risked a cold
    peace because of the plans to enlarge NATO": ACCUSE by the sayer (else the speaker) of the Alliance, when
    the sentence names the Alliance and a harmful outcome beside its enlargement; not from the Alliance
    itself, and not when the sentence already holds that side's charge."""
    low = lower_text(text)
    if not ("enlarg" in low or "expan" in low or "up to" in low) or (
        "NATO" not in text and "Alliance" not in text
    ):
        return list(events)
    m = _ENLARGEMENT.search(text)
    if m is None:
        return list(events)
    lo, hi = _clause(text, m.start())
    bad = _BAD_OUTCOME.search(text, lo, hi)
    if bad is None or _NEGATION.search(text, lo, min(m.start(), bad.start())):
        return list(events)
    if not any(u.code == "NATO" and lo <= u.start < hi for u in units):
        return list(events)
    source = _sayer(text, units, min(m.start(), bad.start()), speaker)
    if not source or "NATO" in source:
        return list(events)
    if any(e.event is EventType.ACCUSE and set(e.source) == set(source) for e in events):
        return list(events)
    roles = Roles(source, ("NATO",), (lo, hi))
    return [
        *events,
        make(
            EventType.ACCUSE, "disapprove", roles, Polarity.ASSERTED, m.start(), m.end(), "enlargement judged"
        ),
    ]


def settled(
    text: str,
    events: Sequence[Event],
    units: Sequence[Unit],
    speaker: str | None,
    make: Make,
) -> list[Event]:
    """``events`` with the module's families settled (see the module); never raises for any text."""
    if not text or len(text) > _MAX_CHARS or not (text[:1].isalpha() or any(ch.isalpha() for ch in text)):
        return list(events)
    # (s35-speed5) each step runs only when its gate says it may change something: a step whose gate says
    # no would return the events as they are (its own first checks need one of the gate's words)
    held = _GATES.held(text)  # (s35-speed8) the gate words read once, each gate a set test
    out = offered_to(text, events, units, make) if not _OFFER_GATE.isdisjoint(held) else list(events)
    if not _DOCUMENT_GATE.isdisjoint(held):
        out = document_names_threat(text, out, units, make)
    if not _SIZED_GATE.isdisjoint(held):
        out = exercise_sized(text, out, units, make)
    if not _ASIDE_GATE.isdisjoint(held):
        out = aside_judged(text, out, units, make)
    if not _LEXICON_GATE.isdisjoint(held):
        out = lexicon_sides(text, out, units, speaker)
    if not _BARE_GATE.isdisjoint(held):
        out = bare_response(text, out, units, speaker, make)
    if not _CONSEQUENCES_GATE.isdisjoint(held):
        out = consequences_warned(text, out, units, speaker, make)
    if not _SEEN_GATE.isdisjoint(held):
        out = seen_as_threat(text, out, units, speaker, make)
    if not _TABLE_GATE.isdisjoint(held):
        out = offer_on_table(text, out, units, speaker, make)
    if not _ENLARGED_GATE.isdisjoint(held) and not _ALLIANCE_GATE.isdisjoint(held):
        out = enlargement_judged(text, out, units, speaker, make)
    return topics_dropped(text, out)


_GATES = WordGates()
_OFFER_GATE = _GATES.gate(["offer"])  # offered_to
_DOCUMENT_GATE = _GATES.gate(["concept", "doctrine", "strategy", "posture"])  # document_names_threat
# exercise_sized
_SIZED_GATE = _GATES.gate(["troops", "personnel", "servicemen", "soldiers", "service members"])
_ASIDE_GATE = _GATES.gate(["in what"])  # aside_judged
_LEXICON_GATE = _GATES.gate(["our", " by "])  # lexicon_sides
_BARE_GATE = _GATES.gate(["respond", "retaliate", "react"])  # bare_response
_CONSEQUENCES_GATE = _GATES.gate(["consequences", " war", "party", "parties"])  # consequences_warned
_SEEN_GATE = _GATES.gate(["threat", "provocation", "challenge"])  # seen_as_threat
_TABLE_GATE = _GATES.gate(["table"])  # offer_on_table
_ENLARGED_GATE = _GATES.gate(["enlarg", "expan", "up to"])  # enlargement_judged, with one of
_ALLIANCE_GATE = _GATES.gate(["nato", "alliance"])
"""(s35-speed5) The gates of :func:`settled`'s steps: each holds the words of its step's own first checks,
case-blind (a superset of what the step tests), so a gate that says no never hides a reading."""
