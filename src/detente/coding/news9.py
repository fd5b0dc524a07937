"""News wording of session 31 (helper news9): verbal acts that wire and political reports tell with phrasings
the other readers leave uncoded or file under another type. Each reads one family of wordings and adds its
event only when the sentence codes none of that type (a retyping changes only the event it names).

* **Accused, with no accuser named.** "the president is accused of using the loan to pressure Serbia": the
  passive reports an accusation (ACCUSE/allege) against the one accused, by no named side, when the deed
  is one toward another named state or body (:func:`accused_of`). A charge against a person alone
  ("accused of inciting the riot"), a court's case and a denied one ("was never accused of") are no act.
* **Conduct judged unacceptable.** "the group said the attacks on journalists were utterly unacceptable":
  calling a deed unacceptable condemns it (ACCUSE/disapprove), by the named one who says so
  (:func:`judged_unacceptable`); "would be unacceptable" is a warning the other readers keep or drop, and
  "it is unacceptable to ..." states a principle, no deed.
* **Support pledged.** "the cabinet pledged its full support for the alliance": a pledge of support is
  SUPPORT, not an agreement, so an AGREE told by the pledge is retyped (:func:`support_pledged`).
* **A party defended.** "the president defended the militia, calling it a resistance movement",
  "defending the movement's right to take part": speaking up for a named party or for its right is
  SUPPORT (:func:`party_defended`); "will defend Estonia" (a military pledge) and "defended its record"
  (no party) are left to the other readers.
* **Support thrown behind a side, a right stood by.** "the union threw its weight behind the governor",
  "standing by the right of the islanders to decide": SUPPORT for the side named after "behind" or after
  the right (:func:`support_thrown`).
* **Words or deeds labelled absurd.** "the minister called her rival's remarks 'ludicrous'": a label of
  contempt, even after a long object, condemns the one whose words or deeds they are (ACCUSE/disapprove;
  :func:`labelled_absurd`).
* **A side asked to act.** "Greece formally asked its partners and the fund to release the loan": a request
  (REQUEST) from the side just before the verb to the sides between the verb and "to", read when the
  sentence codes nothing else and both are named (:func:`asked_to`); one asking its own state's offices is
  no request between sides.
* **A charge told as a belief.** "the senator said on Monday she believes the governor will try to block the
  count": the sayer's belief frames a charge the other readers find when the belief is left out ("... said
  on Monday the governor will try to ..."), so a sentence that codes nothing is read again with those words
  blanked (:func:`read_belief_again`), keeping what it tells past them.
* **A side taken to court.** "the Commission started legal action against Hungary", "Gambia took Myanmar
  to the International Court of Justice": a legal case brought against a named side accuses it
  (ACCUSE/disapprove) by the side that brings it (:func:`taken_to_court`).
* **A meeting that only sets the scene.** "After a call with the chancellor, the senator said: ...", "In a
  council meeting, the mayor told the firm's chief that ...": a meeting named in a fronted phrase before
  the words someone said is the setting of those words, no consultation the report tells
  (:func:`without_setting_meetings`); "After the talks, the two leaders signed ..." keeps its acts.
* **An offer of nothing.** "the ministry offered no details of the plan", "has offered no timeline":
  offering no information is no offer (:func:`without_empty_offers`).
* **Workers walking out.** "staff at the depot said they were walking out", "nurses staged a walkout": a
  strike (PROTEST/strike) by the workers (:func:`walked_out`); "walked out of the talks" is left alone.
* **Intimidation tried.** "the governor tried to intimidate the reporter": an attempt to intimidate is a
  threat (THREATEN) against the one intimidated (:func:`intimidation_tried`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType, derived_fields
from detente.coding.patterns import Token, norms_of, words
from detente.coding.roleparts import Make, Roles, add_asserted
from detente.coding.text import lower_text

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.units import Unit


__all__ = [
    "accused_of",
    "asked_to",
    "intimidation_tried",
    "judged_unacceptable",
    "labelled_absurd",
    "party_defended",
    "read_belief_again",
    "settled",
    "support_pledged",
    "support_thrown",
    "taken_to_court",
    "walked_out",
    "without_empty_offers",
    "without_setting_meetings",
]

_ACCUSED_WORDS = words("accused")
_UNACCEPTABLE_WORDS = words("unacceptable")
_PLEDGE_WORDS = words("pledged pledge pledges pledging")
_DEFEND_WORDS = words("defended defending defends")
_THROWN_WORDS = words("threw throw throws throwing right rights")
_LABEL_WORDS = words(
    "absurd fatuous ridiculous ludicrous preposterous nonsense nonsensical outrageous shameful disgraceful "
    "disgusting appalling irresponsible reckless hypocritical baseless despicable deplorable abhorrent "
    "scandalous laughable pathetic cynical cowardly"
)
_WALK_WORDS = words("walking walked walk walks walkout walkouts")
_INTIMIDATE_WORDS = words("intimidate")
_ASK_WORDS = words("asked urged implored begged pressed pressured called appealed")
_COURT_WORDS = words("against court tribunal icj wto")
_SETTING_WORDS = words("meeting meetings talks call conversation summit session")
_OFFER_WORDS = words("offer offered offers offering")
_GATE = (
    _ACCUSED_WORDS
    | _UNACCEPTABLE_WORDS
    | _PLEDGE_WORDS
    | _DEFEND_WORDS
    | _THROWN_WORDS
    | _LABEL_WORDS
    | _WALK_WORDS
    | _INTIMIDATE_WORDS
    | _ASK_WORDS
    | _COURT_WORDS
    | _SETTING_WORDS
    | _OFFER_WORDS
)
"""Words one of the readings needs: a sentence without any of them is returned as it is; each reading
runs only when the sentence has one of its own words."""

_NEGATED = re.compile(
    r"\b(?:not|never|n['’]t|no\s+longer|nobody|no\s+one|neither|nor)\s+(?:\w+\s+){0,2}$", re.IGNORECASE
)
_CLAUSE_CUT = re.compile(
    r"[;:\u2014\u201c\u201d\"]|,\s+(?:but|while|whereas|although|after|before|as|when)\b"
)
_SAY = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|stated|states|declared|declares|insisted|insists|"
    r"stressed|stresses|wrote|writes|considers|called|calls)\b",
    re.IGNORECASE,
)


def settled(
    text: str,
    tokens: Sequence[Token],
    units: Sequence[Unit],
    events: Sequence[Event],
    make: Make,
    speaker: str | None = None,
) -> list[Event]:
    """``events`` with the readings of the module's note applied, in order; ``make`` finishes an event and
    ``speaker`` is the sentence's speaker (a statement's own judgements are left to its readers)."""
    norms = norms_of(tokens)  # (shared by the sentence's readers, s34-speed3)
    if _GATE.isdisjoint(norms):
        return list(events)
    out = list(events)
    if not _ACCUSED_WORDS.isdisjoint(norms):
        out = accused_of(text, units, out, make)
    if speaker is None and not _UNACCEPTABLE_WORDS.isdisjoint(norms):
        out = judged_unacceptable(text, units, out, make)
    if not _PLEDGE_WORDS.isdisjoint(norms):
        out = support_pledged(text, out)
    if not _DEFEND_WORDS.isdisjoint(norms):
        out = party_defended(text, units, out, make)
    if not _THROWN_WORDS.isdisjoint(norms):
        out = support_thrown(text, units, out, make)
    if not _LABEL_WORDS.isdisjoint(norms):
        out = labelled_absurd(text, units, out, make)
    if not _WALK_WORDS.isdisjoint(norms):
        out = walked_out(text, units, out, make)
    if not _INTIMIDATE_WORDS.isdisjoint(norms):
        out = intimidation_tried(text, units, out, make)
    if not _ASK_WORDS.isdisjoint(norms):
        out = asked_to(text, units, out, make)
    if not _COURT_WORDS.isdisjoint(norms):
        out = taken_to_court(text, units, out, make)
    if not _SETTING_WORDS.isdisjoint(norms):
        out = without_setting_meetings(text, out)
    if not _OFFER_WORDS.isdisjoint(norms):
        out = without_empty_offers(text, out)
    return out


# --- shared helpers ------------------------------------------------------------------------------------------
def _has(events: Sequence[Event], etype: EventType) -> bool:
    return any(e.event is etype for e in events)


def _coded(units: Sequence[Unit]) -> list[Unit]:
    return [u for u in units if u.code and u.kind != "pronoun"]


def _clause_start(text: str, at: int) -> int:
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(text, 0, at)]
    return cuts[-1] if cuts else 0


def _negated(text: str, at: int) -> bool:
    return _NEGATED.search(text[max(0, at - 30) : at]) is not None


def _last_before(text: str, units: Sequence[Unit], at: int) -> tuple[str, ...]:
    """The code of the nearest coded unit before ``at`` in its clause."""
    start = _clause_start(text, at)
    found = [u.code or "" for u in _coded(units) if start <= u.start and u.end <= at]
    return (found[-1],) if found else ()


def _said_roles(text: str, units: Sequence[Unit], at: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Who says the words that end at ``at`` and whom they name: with a saying verb before them, its
    clause's first coded unit, and the coded units between the verb and ``at``; else the first coded unit
    after a saying verb that follows them ("..., X said"), and the units of their clause."""
    before = list(_SAY.finditer(text, 0, at))
    if before:
        verb = before[-1]
        floor = _clause_start(text, verb.start())
        subject = [u.code or "" for u in _coded(units) if floor <= u.start and u.end <= verb.start()]
        source = tuple(subject[:1])
        named = [u.code or "" for u in _coded(units) if verb.end() <= u.start and u.end <= at]
        return source, tuple(dict.fromkeys(c for c in named if c not in source))
    start = _clause_start(text, at)
    after = _SAY.search(text, at)
    source = ()
    if after is not None:
        found = [u.code or "" for u in _coded(units) if after.end() <= u.start <= after.end() + 60]
        source = tuple(found[:1])
    named = [u.code or "" for u in _coded(units) if start <= u.start and u.end <= at]
    return source, tuple(dict.fromkeys(c for c in named if c not in source))


# --- accused, with no accuser named --------------------------------------------------------------------------
_ACCUSED = re.compile(
    r"\b(?:is|are|was|were|been|being|be|stands?|stood|who|whom)\s+(?:\w+ly\s+)?(?P<verb>accused)\s+of\b",
    re.IGNORECASE,
)
_JUDICIAL = re.compile(
    r"\b(?:trial|court|courts|charged|charges|prosecutors?|prosecution|indictment|indicted|judge|jury)\b",
    re.IGNORECASE,
)
_BY_SOMEONE = re.compile(r"\baccused\s+by\b", re.IGNORECASE)


def accused_of(text: str, units: Sequence[Unit], events: Sequence[Event], make: Make) -> list[Event]:
    """``events`` with an ACCUSE/allege against the one "accused of" something, by no named side, when the
    sentence codes no accusation (see the module's note)."""
    if "accused" not in text or _has(events, EventType.ACCUSE):
        return list(events)
    for m in _ACCUSED.finditer(text):
        if _negated(text, m.start()) or _BY_SOMEONE.search(text, m.start("verb"), m.end() + 4):
            continue
        target = _last_before(text, units, m.start())
        if not target or _JUDICIAL.search(text):
            continue  # no one named, or a court's case (the prosecuting state accuses)
        if not any(
            (u.code or "").isupper() and u.code not in target for u in _coded(units) if u.start >= m.end()
        ):
            continue  # a charge against a person ("accused of inciting the riot"), no act toward a side
        roles = Roles((), target, (_clause_start(text, m.start()), m.end()))
        return add_asserted(
            events, make, EventType.ACCUSE, "allege", roles, (m.start("verb"), m.end("verb")), text
        )
    return list(events)


# --- conduct judged unacceptable -----------------------------------------------------------------------------
_UNACCEPTABLE = re.compile(
    r"\b(?:is|are|was|were|been|remains?|remained)\s+(?:\w+ly\s+|simply\s+|just\s+)?"
    r"[\"'\u201c\u2018]?(?P<verb>unacceptable)\b",
    re.IGNORECASE,
)


_PRINCIPLE = re.compile(r"[\"'\u201d\u2019]?\s+(?:to|for|when|if|that)\b", re.IGNORECASE)
"""What follows "it is unacceptable" in a principle ("... to use sport for politics", "... when a state
..."): a rule stated, no deed condemned."""


def judged_unacceptable(text: str, units: Sequence[Unit], events: Sequence[Event], make: Make) -> list[Event]:
    """``events`` with an ACCUSE/disapprove by the sayer of a deed called unacceptable, when the sentence
    codes no accusation (see the module's note)."""
    if "unacceptable" not in lower_text(text) or _has(events, EventType.ACCUSE):
        return list(events)
    m = _UNACCEPTABLE.search(text)
    if m is None or _negated(text, m.start("verb")) or _PRINCIPLE.match(text, m.end()):
        return list(events)
    start = _clause_start(text, m.start())
    source, target = _said_roles(text, units, m.start())
    if not source or not target:
        return list(events)  # a sayer or a deed's doer not named: left to the other readers
    roles = Roles(source, target, (start, m.end()))
    return add_asserted(
        events, make, EventType.ACCUSE, "disapprove", roles, (m.start("verb"), m.end("verb")), text
    )


# --- support pledged ----------------------------------------------------------------------------------------
_PLEDGED_SUPPORT = re.compile(
    r"\b(?P<verb>pledg(?:ed|es|e|ing))\s+(?:(?:its|their|his|her|our|full|fullest|continued|unwavering|"
    r"strong|firm|total|steadfast|unconditional)\s+){0,3}(?:support|backing)\s+(?:for|to)\b",
    re.IGNORECASE,
)


def support_pledged(text: str, events: Sequence[Event]) -> list[Event]:
    """``events`` with an AGREE told by a pledge of support retyped SUPPORT (see the module's note)."""
    if "pledg" not in lower_text(text) or not _has(events, EventType.AGREE):
        return list(events)
    spans = [(m.start(), m.end()) for m in _PLEDGED_SUPPORT.finditer(text)]
    if not spans:
        return list(events)
    return [
        dataclasses.replace(
            e, event=EventType.SUPPORT, mode="", derived=derived_fields(EventType.SUPPORT, "")
        )
        if e.event is EventType.AGREE and e.source and any(a <= e.anchor[0] < b for a, b in spans)
        else e
        for e in events
    ]


# --- a party defended ---------------------------------------------------------------------------------------
_DEFENDED = re.compile(r"\b(?P<verb>defended|defending|defends)\s+(?:the\s+)?", re.IGNORECASE)
_STANCE_NOUNS = (
    r"right|rights|decision|decisions|actions|action|stance|policy|policies|position|record|conduct|"
    r"response|role|move|choice|sovereignty"
)
_AFTER_PARTY = re.compile(
    r"\s*(?:['’]s?\s+(?:\w+\s+)?(?:" + _STANCE_NOUNS + r")\b|[,.;]|\s+as\b|\s+against\s+"
    r"(?:criticism|accusations|charges|claims|attacks)\b|\s+in\s+(?:a|an|his|her|their)\s+"
    r"(?:speech|interview|statement|address)\b)",
    re.IGNORECASE,
)
_MILITARY_LEAD = re.compile(r"\b(?:to|will|would|must|shall|can|could)\s+(?:\w+\s+)?$", re.IGNORECASE)


def party_defended(text: str, units: Sequence[Unit], events: Sequence[Event], make: Make) -> list[Event]:
    """``events`` with a SUPPORT for a named party, or its right or stance, that someone defended, when the
    sentence codes no support (see the module's note)."""
    if "defend" not in lower_text(text) or _has(events, EventType.SUPPORT):
        return list(events)
    for m in _DEFENDED.finditer(text):
        party = next((u for u in _coded(units) if u.start == m.end()), None)
        if party is None or party.kind == "group":
            continue
        if _AFTER_PARTY.match(text, party.end) is None:
            continue
        if _negated(text, m.start()) or _MILITARY_LEAD.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        source = _last_before(text, units, m.start())
        if not source or source[0] == party.code:
            continue
        roles = Roles(source, (party.code or "",), (_clause_start(text, m.start()), party.end))
        return add_asserted(
            events, make, EventType.SUPPORT, "", roles, (m.start("verb"), m.end("verb")), text
        )
    return list(events)


# --- workers walking out ------------------------------------------------------------------------------------
_WALKOUT = re.compile(
    r"\b(?:(?P<verb>walk(?:ed|ing|s)?)\s+out\b(?!\s+(?:of|on|from|after|in\s+protest))|"
    r"(?:staged?|staging|held|holds?|began|begin|launched?|join(?:ed)?)\s+(?:a\s+|an?\s+\w+\s+)?(?P<noun>walkouts?)\b)",
    re.IGNORECASE,
)
_WORKERS = re.compile(
    r"\b(?:workers|employees|staff|teachers|nurses|doctors|drivers|miners|dockers|pilots|unions?|"
    r"members|crews|lecturers|cleaners|porters|guards)\b",
    re.IGNORECASE,
)


def walked_out(text: str, units: Sequence[Unit], events: Sequence[Event], make: Make) -> list[Event]:
    """``events`` with a PROTEST/strike by workers who walk out, when the sentence codes no protest (see the
    module's note)."""
    if "walk" not in lower_text(text) or _has(events, EventType.PROTEST):
        return list(events)
    m = _WALKOUT.search(text)
    if m is None:
        return list(events)
    start = _clause_start(text, m.start())
    if _negated(text, m.start()) or _WORKERS.search(text, max(0, m.start() - 160), m.start()) is None:
        return list(events)
    workers = [u.code or "" for u in _coded(units) if u.start < m.start() and _WORKERS.search(u.text)]
    source = tuple(workers[-1:]) or _last_before(text, units, m.start())
    target = tuple(
        u.code or ""
        for u in _coded(units)
        if start <= u.start < m.start() and (u.code or "").isupper() and (u.code or "") not in source
    )[:1]  # the employer or the state the workers strike against, named in their clause
    if not source or not target:
        return list(events)
    verb = "verb" if m.group("verb") else "noun"
    roles = Roles(source, target, (start, m.end()), crowd=True)
    return add_asserted(events, make, EventType.PROTEST, "strike", roles, (m.start(verb), m.end(verb)), text)


# --- intimidation tried -------------------------------------------------------------------------------------
_INTIMIDATE = re.compile(
    r"\b(?:tried|tries|trying|try|sought|seeks|seeking|attempted|attempts|attempting)\s+to\s+"
    r"(?P<verb>intimidate)\b",
    re.IGNORECASE,
)


def _doer_at_named(
    text: str,
    units: Sequence[Unit],
    events: Sequence[Event],
    make: Make,
    m: re.Match[str],
    window: tuple[int, int],
    act: tuple[EventType, str, str],
    *,
    first: bool = True,
) -> list[Event]:
    """``events`` with ``act`` (type, mode, the match group that anchors it) by the last side named before
    ``m``, aimed at the sides whose names start inside ``window`` (only the first of them when ``first``);
    unchanged when either end is missing."""
    source = _last_before(text, units, m.start())
    lo, hi = window
    named = tuple(
        dict.fromkeys(
            u.code or "" for u in _coded(units) if lo <= u.start <= hi and (u.code or "") not in source
        )
    )
    target = named[:1] if first else named
    if not source or not target:
        return list(events)
    kind, mode, group = act
    roles = Roles(source, target, (_clause_start(text, m.start()), m.end()))
    return add_asserted(events, make, kind, mode, roles, (m.start(group), m.end(group)), text)


def intimidation_tried(text: str, units: Sequence[Unit], events: Sequence[Event], make: Make) -> list[Event]:
    """``events`` with a THREATEN by the one who tried to intimidate, when the sentence codes no threat (see
    the module's note)."""
    if "intimidate" not in lower_text(text) or _has(events, EventType.THREATEN):
        return list(events)
    m = _INTIMIDATE.search(text)
    if m is None or _negated(text, m.start()):
        return list(events)
    return _doer_at_named(
        text, units, events, make, m, (m.end(), m.end() + 2), (EventType.THREATEN, "", "verb"), first=False
    )


# --- support thrown behind a side, a right stood by -------------------------------------------------------------
_THROWN_BEHIND = re.compile(
    r"\b(?P<verb>threw|throw|throws|throwing)\s+(?:(?:its|their|his|her|our|full|political|considerable|"
    r"collective|the)\s+){0,3}(?:weight|support|backing)\s+behind\b|"
    r"\b(?P<stood>stand|stands|stood|standing)\s+by\s+(?:the\s+|its\s+|their\s+)?[\"'\u201c\u2018]?"
    r"rights?\s+(?:of|to)\b",
    re.IGNORECASE,
)


def support_thrown(text: str, units: Sequence[Unit], events: Sequence[Event], make: Make) -> list[Event]:
    """``events`` with a SUPPORT for the side a doer throws its weight behind, or whose right it stands by,
    when the sentence codes no support (see the module's note)."""
    if _has(events, EventType.SUPPORT):
        return list(events)
    m = _THROWN_BEHIND.search(text)
    if m is None or _negated(text, m.start()):
        return list(events)
    reach = 40 if m.group("verb") else 90
    verb = "verb" if m.group("verb") else "stood"
    return _doer_at_named(
        text, units, events, make, m, (m.end(), m.end() + reach), (EventType.SUPPORT, "", verb)
    )


# --- words or deeds labelled absurd ---------------------------------------------------------------------------
_LABELLED = re.compile(
    r"\b(?P<verb>called|calling|branded|branding|labell?ed|dubbed|described|describing)\s+"
    r"(?P<object>[^.;:!?]{2,140}?)\s+(?:as\s+)?(?:(?:an?|the)\s+)?[\"'\u201c\u2018]?(?:\w+ly\s+)?"
    r"(?:absurd|fatuous|ridiculous|ludicrous|preposterous|nonsense|nonsensical|outrageous|shameful|"
    r"disgraceful|disgusting|appalling|irresponsible|reckless|hypocritical|baseless|despicable|deplorable|"
    r"abhorrent|scandalous|laughable|pathetic|cynical|cowardly)\b",
    re.IGNORECASE,
)


def labelled_absurd(text: str, units: Sequence[Unit], events: Sequence[Event], make: Make) -> list[Event]:
    """``events`` with an ACCUSE/disapprove by one who labels words or deeds with contempt, aimed at the one
    whose they are, when the sentence codes no accusation (see the module's note)."""
    if _has(events, EventType.ACCUSE):
        return list(events)
    m = _LABELLED.search(text)
    if m is None or _negated(text, m.start()):
        return list(events)
    # the one whose words or deeds are labelled: the object's opening possessor
    window = (m.start("object"), m.start("object") + 4)
    return _doer_at_named(text, units, events, make, m, window, (EventType.ACCUSE, "disapprove", "verb"))


# --- a meeting that only sets the scene ---------------------------------------------------------------------
_SETTING = re.compile(
    r"^\s*(?:In|After|Following|During|At)\s+(?:a|an|the|his|her|their|its)?\s*[^,:;]{0,80}?\b"
    r"(?:meeting|meetings|talks|call|conversation|summit|session)\b[^,:;]{0,80},"
)
_WORDS_SAID = re.compile(
    r"[^,;]{0,120}?\b(?:said|says|told|tells|wrote|writes|posted|tweeted|declared)\b"
    r"(?:\s*:|\s*,?\s*[\"\u201c]|\s+(?:\w+\s+){0,6}that\b)",
)


def without_setting_meetings(text: str, events: Sequence[Event]) -> list[Event]:
    """``events`` without a CONSULT told only by a fronted phrase naming a meeting, when what follows reports
    words someone said (see the module's note)."""
    if not _has(events, EventType.CONSULT):
        return list(events)
    m = _SETTING.match(text)
    if m is None or _WORDS_SAID.match(text, m.end()) is None:
        return list(events)
    return [e for e in events if not (e.event is EventType.CONSULT and e.anchor[0] < m.end())]


# --- an offer of nothing ----------------------------------------------------------------------------------
_NOTHING_OFFERED = re.compile(
    r"\s+no\s+(?:\w+\s+)?(?:details?|timeline|timetable|evidence|explanation|comment|information|proof|"
    r"clarity|indication|specifics|answers?|reason|figures|date|endorsement|response)\b",
    re.IGNORECASE,
)


_OFFER = re.compile(r"offer(?:s|ed|ing)?\b", re.IGNORECASE)


def without_empty_offers(text: str, events: Sequence[Event]) -> list[Event]:
    """``events`` without an AGREE told by "offered no details" and the like (see the module's note)."""
    return [
        e
        for e in events
        if not (
            e.event is EventType.AGREE
            and (offer := _OFFER.match(text, e.anchor[0])) is not None
            and _NOTHING_OFFERED.match(text, offer.end())
        )
    ]


# --- a side asked to act --------------------------------------------------------------------------------------
_ASKED_TO = re.compile(
    r"\b(?P<verb>asked|urged|implored|begged|pressed|pressured|called\s+on|appealed\s+to)\s+"
    r"(?P<object>[^.;:,]{2,80}?)\s+(?:on\s+\w+\s+)?to\s+(?!be\b)[a-z]+",
    re.IGNORECASE,
)
_ADVERB_GAP = re.compile(
    r"^(?:\s+(?:formally|also|again|publicly|repeatedly|officially|on\s+\w+|\w+ly))*\s*$"
)


_OBJECT_FILLER = re.compile(r"\s*(?:the|its|their|his|her|our)?\s*", re.IGNORECASE)


def asked_to(text: str, units: Sequence[Unit], events: Sequence[Event], make: Make) -> list[Event]:
    """``events`` with a REQUEST from the side named just before "asked ... to" to the sides named in its
    object, when the sentence codes nothing else (see the module's note)."""
    if events:
        return list(events)
    m = _ASKED_TO.search(text)
    if m is None or _negated(text, m.start()):
        return list(events)
    before = [u for u in _coded(units) if u.end <= m.start() and not u.locative]
    if not before or _ADVERB_GAP.match(text[before[-1].end : m.start()]) is None:
        return list(events)
    source = (before[-1].code or "",)
    named = [u for u in _coded(units) if m.start("object") <= u.start and u.end <= m.end("object")]
    if len(named) != 1 or (named[0].code or "") in source:
        return list(events)
    rest = text[m.start("object") : named[0].start] + text[named[0].end : m.end("object")]
    if _OBJECT_FILLER.fullmatch(rest) is None:
        return list(events)  # the object names more than the one side ("its partners and the fund")
    target = (named[0].code or "",)
    roles = Roles(source, target, (before[-1].start, m.end()))
    return add_asserted(events, make, EventType.REQUEST, "", roles, (m.start("verb"), m.end("verb")), text)


# --- a charge told as a belief ------------------------------------------------------------------------------
_BELIEF = re.compile(
    r"\b(?:said|says|told\s+\w+|added|adds)\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?"
    r"(?P<belief>(?:that\s+)?(?:he|she|they|we|I)\s+(?:still\s+|firmly\s+|strongly\s+)?"
    r"(?:believes|believed|believe|thinks|thought|think|suspects|suspected|feels|felt|is\s+convinced|"
    r"was\s+convinced|are\s+convinced|were\s+convinced)(?:\s+that)?)\s+",
)


def read_belief_again(text: str, first: Sequence[Event], code: Callable[[str], list[Event]]) -> list[Event]:
    """``first``, or when it is empty the events ``code`` reads in ``text`` with a sayer's "he believes"
    blanked whose words reach past the blank (see the module's note)."""
    if first or ("said" not in text and "says" not in text and "told" not in text and "add" not in text):
        return list(first)
    m = _BELIEF.search(text)
    if m is None:
        return list(first)
    start, end = m.span("belief")
    blanked = text[:start] + " " * (end - start) + text[end:]
    return [e for e in code(blanked) if e.anchor[0] >= end or e.anchor[1] > start]


# --- a side taken to court --------------------------------------------------------------------------------------
_LEGAL_CASE = re.compile(
    r"\b(?P<verb>start(?:ed|s|ing)?|beg(?:an|un|ins|in|inning)|launch(?:ed|es|ing)?|br(?:ought|ing|ings|inging)|"
    r"open(?:ed|s|ing)?|initiat(?:ed|es|ing)|fil(?:ed|es|ing))\s+(?:a\s+|an\s+|new\s+|formal\s+)*"
    r"(?:legal\s+action|legal\s+proceedings|infringement\s+(?:procedure|proceedings)|court\s+case|"
    r"case|lawsuit|legal\s+challenge)\s+against\s+(?:the\s+)?|"
    r"\b(?P<took>t(?:ook|aken|akes|aking|ake))\s+(?P<object>[^.;:,]{2,40}?)\s+to\s+(?:the\s+)?"
    r"(?:court|ICJ|International\s+Court|WTO|World\s+Trade\s+Organi[sz]ation|tribunal|European\s+Court|"
    r"UN\s+court|U\.N\.\s+court|top\s+court)\b",
    re.IGNORECASE,
)


def taken_to_court(text: str, units: Sequence[Unit], events: Sequence[Event], make: Make) -> list[Event]:
    """``events`` with an ACCUSE/disapprove by the side that brings a legal case against another, when the
    sentence codes no accusation and both are named (see the module's note)."""
    if _has(events, EventType.ACCUSE):
        return list(events)
    m = _LEGAL_CASE.search(text)
    if m is None or _negated(text, m.start()):
        return list(events)
    before = [u for u in _coded(units) if u.end <= m.start() and not u.locative]
    if not before or _ADVERB_GAP.match(text[before[-1].end : m.start()]) is None:
        return list(events)
    source = (before[-1].code or "",)
    if m.group("took"):
        named = [u for u in _coded(units) if m.start("object") <= u.start and u.end <= m.end("object")]
        verb = "took"
    else:
        named = [u for u in _coded(units) if m.end() <= u.start <= m.end() + 2]
        verb = "verb"
    target = tuple(dict.fromkeys(u.code or "" for u in named[:1] if (u.code or "") not in source))
    if not target:
        return list(events)
    roles = Roles(source, target, (before[-1].start, m.end()))
    return add_asserted(
        events, make, EventType.ACCUSE, "disapprove", roles, (m.start(verb), m.end(verb)), text
    )
