"""Kremlin wording of talks, requests and criticism that no trigger of its type reads (s28-kconsult), and
meetings that are only mentioned.

Talks (CONSULT), each read only when no CONSULT with a side is coded yet:

- a light verb with modifiers before the meeting noun: "we have had very substantive talks with the
  President of X", "I had several conversations with Y" (:func:`talks_had_with`);
- the topic between the verb and its partner: "we talked about this with X", "spoke at length on the
  matter with Y" (:func:`talks_had_with`);
- being in touch: "we are in constant contact with X", "keeps in close touch with Y" (:func:`in_contact`);
- telling someone: "I told the President of X about ...", "informed his counterpart from Y of ...",
  "explained our position to X" -> CONSULT by the teller to the one told (:func:`told_about`).

Requests (REQUEST), read when no REQUEST is coded:

- a hope for another side's act: "we hope that X will ...", "expressed the hope that X would ..."; the
  hoped-for act itself is no event (:func:`hope_for_act`);
- need worded for a named side: "it is important for X to ...", "we would like X to ..."
  (:func:`need_for_side`).

Criticism (ACCUSE), read when no ACCUSE is coded:

- an act judged inadmissible with no side named: "attempts to revise history are unacceptable" -> ACCUSE by
  the sayer with no target (:func:`judged_unacceptable`);
- a side said to break its word: "X violated its promises", "they have not honoured their obligations"
  (:func:`word_broken`);
- a side's conduct regretted: "Unfortunately, our partners in X have chosen ..." (:func:`regretted_conduct`);
- "double standards" laid at a side's door (:func:`word_broken`'s sibling :func:`double_standards`).

Talks only mentioned (CONSULT dropped): an invitation thanked for or a visit wished ("thank you for
asking us to join this gathering", "I would like to visit your country"), a proposal to hold a meeting
("the initiative to hold a summit"), talks declined ("we do not discuss it"), and a call for "dialogue
between" others, which is support for talks, not talks (:func:`mentioned_only`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from detente.coding.kremlin6 import ReadoutView
from detente.coding.ontology import EventType, Polarity
from detente.coding.roleparts import Roles
from detente.coding.statements import Finding
from detente.coding.unitspans import coded_in_chars as _coded
from detente.coding.unitspans import unit_codes as _codes
from detente.coding.wordgates import WordGates

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.units import Unit

__all__ = [
    "asked_of_side",
    "called_to_act",
    "double_standards",
    "forum_named",
    "fronted_meeting",
    "had_discussion",
    "hope_for_act",
    "importance_of_act",
    "in_contact",
    "inadmissible_act",
    "invited_you",
    "judged_unacceptable",
    "mentioned_only",
    "need_for_side",
    "polite_requests",
    "received_or_ongoing",
    "regretted_conduct",
    "settled",
    "should_act",
    "should_have",
    "stance_against",
    "talks_had_with",
    "told_about",
    "unpunished",
    "waiting_for",
    "word_broken",
]

_View = ReadoutView

Finish = Callable[[Finding | None], "Event | None"]


# --- literal pre-checks (s28-speed2): each gate holds a word that every match of its regular expression below
# holds (spelt as the expression spells it), so a ``False`` only skips a search that would find nothing; one
# scan of the text answers all of them (:class:`~detente.coding.wordgates.WordGates`)

_GATES = WordGates()


_any_in = _GATES.may
"""Whether ``text`` may hold one of ``gate``'s words (in any letter case): the gates' own test, called
without a function around it (s34-speed3)."""


_HAD_TALKS_NOUNS = _GATES.gate(
    (
        "talk",
        "conversation",
        "meeting",
        "discussion",
        "consultations",
        "negotiations",
        "exchange",
        "call",
        "dialogue",
    )
)
""":data:`_HAD_TALKS` needs its noun ("exchange" of views, phone "call")."""
_TALKED_VERBS = _GATES.gate(("talked", "spoke", "conferred", "consulted", "discussed", "raised"))
""":data:`_TALKED_ABOUT` needs its verb."""
_DURING_NOUNS = _GATES.gate(
    ("meeting", "talks", "conversation", "contacts", "consultations", "negotiations", "discussion")
)
""":data:`_DURING` needs one of its nouns."""
_FORUM_WORDS = _GATES.gate(
    (
        "meeting",
        "session",
        "summit",
        "talks",
        "conference",
        "consultations",
        "negotiations",
        "conversation",
        "council",
    )
)
""":data:`_TOOK_PART`, :data:`_RAISED_AT` and :data:`_AT_FORUM` each need a word of :data:`_FORUM`."""
_HAD_NOUNS = _GATES.gate(("talk", "discussion", "conversation", "exchange", "meeting"))
""":data:`_HAD_DISCUSSION` needs one of its nouns ("talk" is in "talks")."""
_RECEIVED_WORDS = _GATES.gate(("received",))
_GOES_ON_NOUNS = _GATES.gate(("dialogue", "contacts", "consultations", "negotiations", "talks"))
""":data:`_GOES_ON` needs one of its nouns."""
_CONTACT_WORDS = _GATES.gate(("contact", "touch"))
""":data:`_CONTACT` needs "contact" or "touch"."""
_TOLD_VERBS = _GATES.gate(("told", "informed", "briefed", "apprised", "updated"))
_EXPLAINED_VERBS = _GATES.gate(("explained", "outlined", "set", "presented", "conveyed"))
_HOPE_WORDS = _GATES.gate(("hope", "hoping", "trust"))
""":data:`_HOPE` needs "hope" (hopes, hoped), "hoping" or "trust"."""
_NEED_WORDS = _GATES.gate(
    ("important", "essential", "necessary", "crucial", "vital", "imperative", "high", "like", "want", "wish")
)
""":data:`_NEED_FOR` needs its adjective ("high" time) or "like", "want", "wish"."""
_SHOULD_WORDS = _GATES.gate(("should", "must", "ought", "need", "has", "have"))
""":data:`_SHOULD` needs its verb ("need" is in "needs")."""
_SHOULD_HAVE_WORDS = _GATES.gate(("should", "ought"))
_HAVE_WORD = _GATES.gate(("have",))
""":data:`_SHOULD_HAVE` needs "have" and "should" or "ought"."""
_IMPORTANCE_WORDS = _GATES.gate(("importance", "need", "necessity", "imperative"))
_WAIT_WORDS = _GATES.gate(("wait",))
_INVITE_WORDS = _GATES.gate(("invite",))
_FROM_WORDS = _GATES.gate(("from",))
_APPEAL_WORDS = _GATES.gate(("appeal",))
_LIKE_WORDS = _GATES.gate(("like",))
""":data:`_POLITE` needs "like"."""
_JUDGED_WORDS = _GATES.gate(
    (
        "unacceptable",
        "inadmissible",
        "impermissible",
        "intolerable",
        "counterproductive",
        "destructive",
        "irresponsible",
        "provocative",
        "illegitimate",
        "illegal",
        "unlawful",
    )
)
""":data:`_JUDGED` and :data:`_CONSIDER_BAD` need their adjective."""
_BROKEN_WORDS = _GATES.gate(
    (
        "promise",
        "commitment",
        "obligation",
        "pledge",
        "assurance",
        "guarantee",
        "agreement",
        "accord",
        "word",
        "treat",
        "arrangement",
        "resolution",
        "provisions",
    )
)
""":data:`_BROKEN` needs its object ("treat" is in "treaty" and "treaties")."""
_AGAINST_WORDS = _GATES.gate(("against", "opposed"))
_DISPLEASED_WORDS = _GATES.gate(("happy", "satisfied", "pleased", "content"))
""":data:`_DISPLEASED` needs one ("happy" is in "unhappy", "pleased" in "displeased")."""
_NO_SENSE_WORDS = _GATES.gate(("sense", "point", "negative"))
_SEEN_AS_WORDS = _GATES.gate(
    ("threat", "danger", "provocation", "hostile", "unfriendly", "adversary", "enemy", "aggression")
)
_DOUBLE_WORDS = _GATES.gate(("standards",))
_REGRET_WORDS = _GATES.gate(("unfortunately", "regrettably", "sadly", "alas"))
_UNPUNISHED_WORDS = _GATES.gate(("unpunished",))
_INADMISSIBLE_WORDS = _GATES.gate(
    ("inadmissibility", "unacceptability", "impermissibility", "illegitimacy", "illegality")
)
_CALL_WORDS = _GATES.gate(("call",))
_MENTION_WORDS = _GATES.gate(
    ("invit", "between", "discuss", "negotiate", "hold", "convene", "organi", "arrange")
)
_WISH_WORDS = _GATES.gate(("like", "love", "want", "wish"))
_WISH_TO_WORDS = _GATES.gate(("visit", "come", "meet", "go"))


def _may_be_mentioned(text: str) -> bool:
    """:data:`_MENTIONED` needs "invit..." (thanks for an invitation), a wish and a verb of visiting ("would
    like to visit"), a verb of holding (a proposal to hold), "discuss"/"negotiate" (not discussed) or
    "between" (dialogue between)."""
    return _any_in(text, _MENTION_WORDS) or (_any_in(text, _WISH_WORDS) and _any_in(text, _WISH_TO_WORDS))


_TIME_MARKER_STARTS = ("After", "Following", "Before", "Prior")
""":data:`_TIME_MARKER` opens the text with one of these."""
_ATTEND_WORDS = _GATES.gate(("attend",))
_TO_BE_DISCUSSED_WORDS = _GATES.gate(("discussed", "considered", "examined", "reviewed", "debated"))

# --- who acts: the subject before a verb ------------------------------------------------------------------

_PREP_BEFORE = re.compile(
    r"\b(?:with|to|of|for|in|on|from|about|against|between|at|by|towards|toward|among|into|over|after|"
    r"before|during|and)\s+(?:the\s+|our\s+|their\s+|his\s+|her\s+|its\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}$",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e)\b")
_NOT_ACT = re.compile(
    r"\b(?:will|would|shall|could|might|may|should|must|plan|plans|planned|hope|hopes|intend|intends|want|"
    r"wants|wish|wishes|going\s+to|ready\s+to|willing\s+to|expect|expects|next|tomorrow|if|unless|whether|"
    r"not|never|n't|no|cannot|can)\b",
    re.I,
)


def _clause_start(text: str, at: int) -> int:
    cut = max(text.rfind(";", 0, at), text.rfind(":", 0, at))
    return cut + 1


def _subject(view: _View, at: int, avoid: Sequence[str] = ()) -> tuple[str, ...]:
    """The side that does what the words at ``at`` say: the last coded actor of the clause before it that
    no preposition governs, or the speaker for "I"/"we" (nothing when neither is there)."""
    lo = _clause_start(view.text, at)
    head = view.text[lo:at]
    for u in reversed(_coded(view.units, lo, at)):
        if u.code in avoid:
            continue
        if _PREP_BEFORE.search(view.text[lo : u.start]):
            continue
        if view.speaker and _FIRST_PERSON.search(view.text[u.end : at]):
            return (view.speaker,)
        return (u.code,) if u.code else ()
    if view.speaker and _FIRST_PERSON.search(head):
        return (view.speaker,)
    return ()


def _subject_roles(view: _View, at: int, target: tuple[str, ...], end: int) -> Roles | None:
    """One-way roles from the subject of the words at ``at`` (:func:`_subject`) to ``target``, over
    ``at``..``end``; ``None`` when no subject is found or it is one of the targets."""
    source = _subject(view, at, target)
    if not source or set(source) & set(target):
        return None
    return Roles(source, target, (at, end))


_PAIR = re.compile(
    r"\b(?:both|the\s+two|the)\s+(?:leaders|presidents|sides|parties|heads\s+of\s+state)\b", re.I
)


def _pair(view: _View, lo: int, at: int) -> tuple[str, ...]:
    """The meeting's sides when "both leaders", "the two presidents" or "the sides" is the clause's subject."""
    if len(set(view.participants)) < 2 or not _PAIR.search(view.text[lo:at]):
        return ()
    return tuple(dict.fromkeys(view.participants))


_PRONOUNS = frozenset(
    ("i", "we", "us", "me", "my", "our", "you", "your", "he", "she", "they", "them", "his", "her")
)


def _after(view: _View, at: int, reach: int) -> list[Unit]:
    """The coded actors that start within ``reach`` characters after ``at`` (one noun phrase: the first
    unit and any joined to it by "and")."""
    found = [u for u in view.units if u.code and at <= u.start <= at + reach]
    if not found:
        return []
    out = [found[0]]
    for u in view.units:
        if (
            u.code
            and u.start > out[-1].end
            and u.text.lower() not in _PRONOUNS
            and re.fullmatch(r",?\s+and\s+(?:the\s+)?", view.text[out[-1].end : u.start])
        ):
            out.append(u)
    return out


def _unasserted(text: str, lo: int, at: int) -> bool:
    """A cue of the future, a wish, a condition or negation stands in the clause before ``at``."""
    return _NOT_ACT.search(text[max(lo, at - 60) : at]) is not None


# --- talks -------------------------------------------------------------------------------------------------

_MODS = (
    r"(?:a|an|the|our|two|three|four|several|many|numerous|some|very|quite|long|lengthy|detailed|substantive|"
    r"substantial|productive|constructive|frank|useful|good|meaningful|in-depth|thorough|informal|brief|short|"
    r"private|separate|bilateral|telephone|phone|regular|intensive|extensive|friendly|fruitful|interesting|"
    r"open|candid|business-like|businesslike|first|another|further|new|additional|one-on-one|more|extremely|"
    r"really|truly|highly|comprehensive|serious|rather|lively|trust-based|confidential|direct|number\s+of|"
    r"round\s+of|rounds\s+of|series\s+of|just|already|also|recently|today|repeatedly)"
)
_HAD_TALKS = re.compile(
    r"\b(?=[hcmp])(?P<verb>have|has|had|having|held|hold|holds|holding|conducted|conducting|conduct|conducts|maintain|"
    r"maintains|maintained|maintaining|pursue|pursued|pursuing)\s+(?:" + _MODS + r",?\s+){1,5}"
    r"(?P<noun>talks|conversations?|meetings?|discussions?|consultations|negotiations|exchanges?\s+of\s+"
    r"(?:views|opinions)|(?:phone|telephone)\s+calls?|dialogue|talk)\s+with\s+",
    re.I,
)
_TALKED_ABOUT = re.compile(
    r"\b(?=[tscdr])(?P<verb>talked|spoke|conferred|consulted|(?:discussed|raised)\s+(?:this|it|that|these\s+issues|"
    r"the\s+matter|the\s+issue|the\s+subject|the\s+question|this\s+issue|this\s+question|this\s+matter|"
    r"these\s+matters|this\s+subject|this\s+topic))\s+(?:(?:about|on|of)\s+(?:(?!conversation|talks|meeting|visit|interview)[^.;,()]){2,60}?\s+|(?:at\s+length|in\s+detail|"
    r"today|yesterday|recently|again|briefly|repeatedly|more\s+than\s+once|many\s+times)\s+)*with\s+",
    re.I,
)


def talks_had_with(view: _View) -> Finding | None:
    """CONSULT by the subject to the partner after "with" (see the module)."""
    for rx, may in ((_HAD_TALKS, _HAD_TALKS_NOUNS), (_TALKED_ABOUT, _TALKED_VERBS)):
        m = rx.search(view.text) if _any_in(view.text, may) else None
        if m is None:
            continue
        partner = _after(view, m.end(), 30)
        if not partner:
            continue
        lo = _clause_start(view.text, m.start())
        if _unasserted(view.text, lo, m.start()):
            continue
        target = _codes(partner)
        source = _subject(view, m.start(), target)
        if not source or set(source) & set(target):
            continue
        noun = m.groupdict().get("noun") or ""
        by_phone = re.search(r"phone|telephone", m.group(0), re.I) is not None
        if noun.startswith("conversation") and "telephone" in view.text:
            by_phone = True
        mode = "phone" if by_phone else ""
        roles = Roles(source, target, (m.start(), partner[-1].end))
        return Finding(EventType.CONSULT, mode, roles, Polarity.ASSERTED, m.start("verb"), m.end(), m["verb"])
    return None


_DURING = re.compile(
    r"^(?:(?:But|And|Also|However),?\s+)?(?:During|At|In\s+the\s+course\s+of|In)\s+(?P<own>my|our|his|her|their|the)\s+"
    r"(?:(?:recent|last|numerous|many|regular|latest|personal|several|telephone|phone|bilateral|frequent)\s+){0,2}"
    r"(?P<noun>meetings?|talks|conversations?|contacts|consultations|negotiations|discussions?)\s+with\s+"
)


def fronted_meeting(view: _View) -> Finding | None:
    """CONSULT of the main clause's subject with the side of a fronted "During my meetings with X, ..."."""
    m = _DURING.search(view.text) if _any_in(view.text, _DURING_NOUNS) else None
    if m is None:
        return None
    partner = _after(view, m.end(), 30)
    if not partner:
        return None
    comma = view.text.find(",", partner[-1].end)
    if comma < 0 or comma - partner[-1].end > 60:
        return None
    target = _codes(partner)
    own = m["own"].lower()
    if own in ("my", "our"):
        source: tuple[str, ...] = (view.speaker,) if view.speaker else ()
    else:
        main = [
            u for u in _coded(view.units, comma, min(len(view.text), comma + 60)) if u.code not in target
        ][:1]
        if not main or _PREP_BEFORE.search(view.text[comma : main[0].start]):
            return None
        source = _codes(main)
    if not source or set(source) & set(target):
        return None
    mode = "phone" if re.search(r"phone|telephone", m.group(0)) else ""
    roles = Roles(source, target, (m.start(), partner[-1].end))
    return Finding(
        EventType.CONSULT, mode, roles, Polarity.ASSERTED, m.start("noun"), m.end("noun"), m["noun"]
    )


_FORUM = (
    r"(?:meeting|meetings|session|sessions|summit|summits|talks|conference|consultations|negotiations|"
    r"conversation|Council|council)"
)
_TOOK_PART = re.compile(
    r"\b(?P<verb>took\s+part|take\s+part|takes\s+part|taking\s+part|participated|participates|participating)\s+"
    r"in\s+(?:the\s+|a\s+|an\s+|this\s+|today's\s+)?(?P<what>[^,;.]{2,50}?\b" + _FORUM + r")\b"
)
_RAISED_AT = re.compile(
    r"\b(?P<verb>raised|discussed|considered|addressed|examined|debated|reviewed)\s+(?:(?:\w+ly|again|also|"
    r"many\s+times|several\s+times|repeatedly)\s+)?(?:at|during|in)\s+(?:the\s+|a\s+|this\s+|today's\s+|"
    r"yesterday's\s+)?(?P<what>[^,;.]{2,50}?\b" + _FORUM + r")\b"
)
_AT_FORUM = re.compile(
    r"^(?:(?:Just\s+now|Today|Yesterday|Also|And|But|So|Recently|Indeed),?\s+)?(?:[Aa]t|[Dd]uring|[Ii]n\s+the\s+course\s+of)\s+"
    r"(?:the\s+|today's\s+|yesterday's\s+|this\s+|our\s+|my\s+|a\s+)?(?P<what>[^,;]{2,70}?\b"
    + _FORUM
    + r"\b[^,;]{0,40}),\s+"
    r"(?P<who>[Ww]e|I)\s+(?:(?:also|have|had|just|already|then)\s+)*(?P<verb>discussed|talked|spoke|raised|agreed|"
    r"exchanged|touched|noted|told|informed|said|stressed|emphasi[sz]ed|examined|reviewed|considered)\b"
)


def forum_named(view: _View) -> Finding | None:
    """CONSULT for taking part in a named body's meeting ("took part in the Russia-NATO Council meeting"), an
    issue raised there ("raised at the Russia-NATO Council") or what "we" did at it ("At the meeting with the
    NATO Secretary General, we talked about ..."); the sides are the subject and those the meeting names."""
    if not _any_in(view.text, _FORUM_WORDS):
        return None
    for rx in (_TOOK_PART, _RAISED_AT, _AT_FORUM):
        m = rx.search(view.text)
        if m is None:
            continue
        lo = _clause_start(view.text, m.start())
        if _unasserted(view.text, lo, m.start("verb")):
            continue
        named = _codes(_coded(view.units, m.start("what"), m.end("what")))
        if rx is _AT_FORUM:
            doer: tuple[str, ...] = (view.speaker,) if view.speaker else ()
        elif rx is _TOOK_PART:
            doer = _subject(view, m.start(), named)
        else:
            doer = ()
            if view.speaker and _FIRST_PERSON.search(view.text[lo : m.start()]):
                doer = (view.speaker,)
        others = tuple(c for c in named if c not in doer)
        if not others or (rx is _TOOK_PART and not doer):
            continue
        if rx is _RAISED_AT:
            roles = Roles(tuple(dict.fromkeys((*doer, *named))), (), (m.start(), m.end()), True, True)
        else:
            if not doer:
                continue
            roles = Roles(doer, others, (m.start(), m.end()))
        mode = "multilateral" if rx is _TOOK_PART else ""
        return Finding(
            EventType.CONSULT, mode, roles, Polarity.ASSERTED, m.start("verb"), m.end("verb"), m["verb"]
        )
    return None


_HAD_DISCUSSION = re.compile(
    r"\b(?P<verb>have|has|had|having)\s+(?:"
    + _MODS
    + r",?\s+){1,5}(?P<noun>talk|talks|discussion|discussions|"
    r"conversation|exchange\s+of\s+(?:views|opinions)|meeting)\b(?!\s+with\b)(?!\s+(?:of|on\s+the\s+sidelines))"
)


def had_discussion(view: _View) -> Finding | None:
    """CONSULT of the meeting's sides for "we had a good discussion today" said by one of them."""
    m = _HAD_DISCUSSION.search(view.text) if _any_in(view.text, _HAD_NOUNS) else None
    if m is None or view.speaker is None or view.speaker not in view.participants:
        return None
    sides = tuple(dict.fromkeys((view.speaker, *view.participants)))
    if len(sides) < 2:
        return None
    lo = _clause_start(view.text, m.start())
    head = view.text[max(lo, m.start() - 40) : m.start()]
    if not re.search(r"\b(?:[Ww]e|I)\b", head) or _unasserted(view.text, lo, m.start()):
        return None
    roles = Roles(sides, (), (m.start(), m.end()), True, True)
    return Finding(EventType.CONSULT, "", roles, Polarity.ASSERTED, m.start("verb"), m.end(), m["noun"])


_RECEIVED = re.compile(r"\b(?P<verb>was|were)\s+received\s+(?:\w+\s+)?(?:at|in)\s+the\s+Kremlin\b")
_GOES_ON = re.compile(r"\b(?P<noun>dialogue|contacts|consultations|negotiations|talks)\s+with\s+")
_GOING = re.compile(
    r"^\s+(?:(?:still|also|now)\s+)?(?:continues|continue|is\s+continuing|are\s+continuing|is\s+under\s*way|"
    r"are\s+under\s*way|is\s+ongoing|are\s+ongoing|has\s+continued|have\s+continued|is\s+going\s+on|"
    r"are\s+going\s+on)\b"
)


def received_or_ongoing(view: _View) -> Finding | None:
    """CONSULT for "X was received at the Kremlin" (X to Russia) and "our dialogue with X continues"."""
    m = _RECEIVED.search(view.text) if _any_in(view.text, _RECEIVED_WORDS) else None
    if m is not None:
        guest = _subject(view, m.start(), ("RUS",))
        if guest:
            roles = Roles(guest, ("RUS",), (m.start(), m.end()))
            return Finding(
                EventType.CONSULT, "visit", roles, Polarity.ASSERTED, m.start(), m.end(), "received"
            )
    if not _any_in(view.text, _GOES_ON_NOUNS):
        return None
    for m in _GOES_ON.finditer(view.text):
        side = _after(view, m.end(), 20)
        if not side or not _GOING.match(view.text[side[-1].end :]):
            continue
        target = _codes(side)
        lo = _clause_start(view.text, m.start())
        source = _subject(view, m.start(), target)
        if (
            not source
            and view.speaker
            and re.search(r"\b(?:our|my)\s+(?:\w+\s+)?$", view.text[lo : m.start()], re.I)
        ):
            source = (view.speaker,)
        if not source or set(source) & set(target):
            continue
        roles = Roles(source, target, (m.start(), side[-1].end))
        return Finding(
            EventType.CONSULT, "", roles, Polarity.ASSERTED, m.start("noun"), m.end("noun"), m["noun"]
        )
    return None


_CONTACT = re.compile(
    r"\b(?P<verb>are|is|am|remain|remains|remained|stay|stays|stayed|been|were|was|keep|keeps|kept|keeping|"
    r"maintain|maintains|maintained|maintaining)\s+(?:(?:in\s+)?(?:(?:close|constant|regular|permanent|"
    r"ongoing|continuous|direct|working|daily|active|continual|intensive|close\s+and\s+regular|very|also|"
    r"still|always)\s+){0,3}(?:in\s+)?(?:contact|contacts|touch)\s+with\s+)",
    re.I,
)


def in_contact(view: _View) -> Finding | None:
    """CONSULT for "we are in constant contact with X" (see the module)."""
    m = _CONTACT.search(view.text) if _any_in(view.text, _CONTACT_WORDS) else None
    if m is None or not re.search(r"\bin\s+(?:\w+\s+){0,3}(?:contact|touch)\b", m.group(0), re.I):
        return None
    partner = _after(view, m.end(), 30)
    if not partner:
        return None
    lo = _clause_start(view.text, m.start())
    if _unasserted(view.text, lo, m.start()):
        return None
    target = _codes(partner)
    roles = _subject_roles(view, m.start(), target, partner[-1].end)
    if roles is None:
        return None
    return Finding(EventType.CONSULT, "", roles, Polarity.ASSERTED, m.start(), m.end(), "in contact")


_TOLD = re.compile(
    r"\b(?P<verb>told|informed|briefed|apprised|updated)\s+(?=(?:the\s+|his\s+|her\s+|our\s+|my\s+)?[A-Z])",
)
_QUOTED = re.compile(r"[\"“”]")  # a quotation told characterises the one quoted, it reports no talks
_TOLD_WHAT = re.compile(r"^\s*,?\s*(?:about|of|on|that|in\s+detail)\b")
_EXPLAINED = re.compile(
    r"\b(?P<verb>explained|outlined|set\s+out|presented|conveyed)\s+(?:our|his|her|their|its|Russia's|the\s+"
    r"Russian)\s+(?:\w+\s+){0,2}(?:position|stance|approach|approaches|view|views|assessment|assessments|"
    r"concerns|vision)\s+(?:on\s+[^.;,]{2,50}?\s+)?to\s+"
)


def told_about(view: _View) -> Finding | None:
    """CONSULT by the teller to a foreign side told about something (see the module)."""
    m = _TOLD.search(view.text) if _any_in(view.text, _TOLD_VERBS) else None
    if m is not None:
        told = _after(view, m.end(), 12)
        rest = view.text[told[-1].end :] if told else ""
        if told and _TOLD_WHAT.search(rest) and not _QUOTED.search(rest):
            found = _told(view, m, told)
            if found is not None:
                return found
    m = _EXPLAINED.search(view.text) if _any_in(view.text, _EXPLAINED_VERBS) else None
    if m is not None:
        told = _after(view, m.end(), 12)
        if told:
            return _told(view, m, told)
    return None


def _told(view: _View, m: re.Match[str], told: list[Unit]) -> Finding | None:
    lo = _clause_start(view.text, m.start())
    if _unasserted(view.text, lo, m.start()):
        return None
    target = _codes(told)
    roles = _subject_roles(view, m.start(), target, told[-1].end)
    if roles is None:
        return None
    return Finding(EventType.CONSULT, "", roles, Polarity.ASSERTED, m.start("verb"), m.end("verb"), m["verb"])


# --- requests ----------------------------------------------------------------------------------------------

_HOPE = re.compile(
    r"\b(?P<verb>hope|hopes|hoped|hoping|(?:expressed|voiced|expressing)\s+(?:the\s+|his\s+|her\s+|our\s+|"
    r"their\s+)?hope|trust|trusts)\s+(?:very\s+much\s+)?(?:that\s+)?(?=(?:the\s+|our\s+|all\s+)?[A-Z])"
)
_WILL = re.compile(
    r"^[^.;]{0,60}?\b(?:will|would|shall)\s+(?:(?:also|finally|still|now|soon|eventually|at\s+last)\s+)?(?P<act>\w+)"
)
_TIES = re.compile(
    r"\b(?:relations|ties|cooperation|partnership|friendship|contacts|dialogue|links|interaction|visit|"
    r"talks|meeting|success|successful|benefit|welfare|prosperity|wellbeing|well-being)\b",
    re.I,
)
_NO_ACT = frozenset(("be", "have", "become", "remain", "continue", "get", "see", "not", "never"))


def hope_for_act(view: _View) -> tuple[Finding, tuple[int, int], tuple[str, ...]] | None:
    """REQUEST by the one who hopes to the side whose act is hoped for (see the module), with the span of the
    hoped-for act and its side."""
    m = _HOPE.search(view.text) if _any_in(view.text, _HOPE_WORDS) else None
    if m is None:
        return None
    side = _after(view, m.end(), 16)
    if not side:
        return None
    rest = view.text[side[-1].end :]
    w = _WILL.search(rest)
    if w is None or w["act"].lower() in _NO_ACT or _TIES.search(rest[: w.end() + 60]):
        return None
    target = _codes(side)
    roles = _subject_roles(view, m.start(), target, side[-1].end)
    if roles is None:
        return None
    found = Finding(
        EventType.REQUEST, "", roles, Polarity.ASSERTED, m.start("verb"), m.end("verb"), m["verb"]
    )
    return found, (side[0].start, len(view.text)), target


_NEED_FOR = re.compile(
    r"\b(?:it\s+(?:is|was|would\s+be|will\s+be)\s+(?:very\s+|extremely\s+|particularly\s+|especially\s+|"
    r"absolutely\s+|vitally\s+)?(?P<adj>important|essential|necessary|crucial|vital|imperative|high\s+time)"
    r"\s+for\s+|(?P<like>would\s+like|want|wish)\s+(?=(?:the\s+|our\s+|all\s+)?[A-Z]))"
)


def need_for_side(view: _View) -> Finding | None:
    """REQUEST to the side "it is important for X to ...", "we would like X to ..." (see the module)."""
    m = _NEED_FOR.search(view.text) if _any_in(view.text, _NEED_WORDS) else None
    if m is None:
        return None
    side = _after(view, m.end(), 30)
    if not side or not re.match(r"\s+to\s+\w+", view.text[side[-1].end :]):
        return None
    target = _codes(side)
    source = _subject(view, m.start(), target) or ((view.speaker,) if view.speaker else ())
    if not source or set(source) & set(target):
        return None
    roles = Roles(source, target, (m.start(), side[-1].end))
    trigger = m.group(0).strip()
    return Finding(EventType.REQUEST, "", roles, Polarity.ASSERTED, m.start(), m.end(), trigger)


_SAYING = re.compile(
    r"\b(?:said|says|say|noted|notes|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underlined|underscored|"
    r"pointed\s+out|stated|declared|insisted|believes|believe|believed|reiterated|recalled|added|warned|"
    r"agreed|urged|demanded)\b"
)
_SHOULD = re.compile(
    r"\s+(?:(?:also|finally|now|first|too|themselves|itself|still|simply|really|at\s+last),?\s+)*"
    r"(?P<verb>should|must|ought\s+to|needs\s+to|need\s+to|has\s+to|have\s+to)\s+"
    r"(?!have\b|be\s+(?:able|glad|happy|pleased|noted|said|aware|remembered)\b|not\s+forget\b)"
    r"(?:(?:also|finally|now|first|fully|strictly|immediately|promptly|at\s+last|really|simply)\s+)*"
    r"(?P<act>[a-z]+)"
)


def _joined(view: _View, last: Unit) -> list[Unit]:
    """``last`` with the coded actors joined to it before by "and" or a comma ("Germany and France")."""
    out = [last]
    for u in reversed([u for u in view.units if u.code and u.end <= last.start]):
        if u.text.lower() in _PRONOUNS or not re.fullmatch(
            r",?\s+and\s+(?:the\s+)?", view.text[u.end : out[0].start]
        ):
            break
        out.insert(0, u)
    return out


def should_act(view: _View) -> Finding | None:
    """REQUEST by the sayer (or speaker) to the side that "should", "must" or "needs to" act."""
    if not _any_in(view.text, _SHOULD_WORDS):
        return None
    for u in view.units:
        if not u.code:
            continue
        m = _SHOULD.match(view.text, u.end)
        if m is None or m["act"] in ("be", "not", "never"):
            continue
        lo = _clause_start(view.text, u.start)
        joined = _joined(view, u)
        if _PREP_BEFORE.search(view.text[lo : joined[0].start]):
            continue
        target = _codes(joined)
        if not all(c.isupper() for c in target):
            continue
        head = view.text[lo : joined[0].start]
        sayer: tuple[str, ...] = ()
        if _SAYING.search(head):
            sayer = _subject(view, u.start, target) or _pair(view, lo, u.start)
        if not sayer and view.speaker and (not head.strip() or _SAYING.search(head)):
            sayer = (view.speaker,)
        if not sayer or set(sayer) & set(target):
            continue
        roles = Roles(sayer, target, (u.start, m.end()))
        return Finding(
            EventType.REQUEST, "", roles, Polarity.ASSERTED, m.start("verb"), m.end("verb"), m["verb"]
        )
    return None


_IMPORTANCE_OF = re.compile(r"\b(?:importance|need|necessity|imperative)\s+(?:of|for)\s+(?=(?:the\s+)?[A-Z])")
_OWED_ACT = re.compile(
    r"^(?:'s|’s|'|’)?\s+(?:(?:strict|full|unconditional|immediate|complete|consistent|early|prompt|"
    r"speedy|faithful)\s+)*(?:compliance|implementation|fulfilment|fulfillment|adherence|withdrawal|"
    r"observance|commitment|return|restraint|renunciation|abandonment)\b"
)


def importance_of_act(view: _View) -> Finding | None:
    """REQUEST to the side whose act is "needed": "stressed the importance of X's strict compliance"."""
    m = _IMPORTANCE_OF.search(view.text) if _any_in(view.text, _IMPORTANCE_WORDS) else None
    if m is None:
        return None
    side = [u for u in view.units if u.code and m.end() <= u.start <= m.end() + 5][:1]
    if not side or not _OWED_ACT.search(view.text[side[0].end :]):
        return None
    target = _codes(side)
    lo = _clause_start(view.text, m.start())
    source = _subject(view, m.start(), target) or _pair(view, lo, m.start())
    if not source and view.speaker:
        source = (view.speaker,)
    if not source or set(source) & set(target):
        return None
    roles = Roles(source, target, (m.start(), side[0].end))
    return Finding(EventType.REQUEST, "", roles, Polarity.ASSERTED, m.start(), m.end(), "importance of")


_WAITING = re.compile(r"\b(?:waiting|wait|waited|waits)\s+for\s+(?=(?:the\s+|our\s+)?[A-Z])")


def waiting_for(view: _View) -> Finding | None:
    """REQUEST for "we are waiting for X to act"."""
    m = _WAITING.search(view.text) if _any_in(view.text, _WAIT_WORDS) else None
    if m is None:
        return None
    side = _after(view, m.end(), 25)
    if not side or not re.match(r"\s+to\s+[a-z]+", view.text[side[-1].end :]):
        return None
    target = _codes(side)
    roles = _subject_roles(view, m.start(), target, side[-1].end)
    if roles is None:
        return None
    return Finding(EventType.REQUEST, "", roles, Polarity.ASSERTED, m.start(), m.end(), "waiting for")


_INVITE_YOU = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:(?:would|'d)\s+(?:also\s+)?like\s+to\s+|want\s+to\s+|wish\s+to\s+|hereby\s+|"
    r"cordially\s+|once\s+again\s+|again\s+)*(?P<verb>invite)\s+you\b[^.;]{0,40}?\bto\s+(?:visit|come|"
    r"attend|take\s+part|participate|pay|make)\b"
)


def invited_you(view: _View) -> Finding | None:
    """REQUEST (meet) by the speaker to the one addressed: "I would like to invite you to visit Russia"."""
    m = _INVITE_YOU.search(view.text) if _any_in(view.text, _INVITE_WORDS) else None
    if m is None or view.speaker is None:
        return None
    others = tuple(c for c in dict.fromkeys(view.participants) if c != view.speaker)
    if len(others) != 1:
        return None
    roles = Roles((view.speaker,), others, (m.start(), m.end()))
    return Finding(
        EventType.REQUEST, "meet", roles, Polarity.ASSERTED, m.start("verb"), m.end("verb"), "invite"
    )


_FROM_SIDE = re.compile(
    r"\b(?=[wndsear])(?:want|wants|wanted|need|needs|needed|demand|demands|demanded|seek|seeks|sought|expect|expects|"
    r"expected|expecting|await|awaits|awaiting|(?:waiting|wait|waited)\s+for|asked|ask|asking|requested)\s+"
    r"(?:(?:a|an|the|some|any|clear|concrete|firm|legal|legally|binding|reliable|written|direct|honest|"
    r"official|substantive|serious|real|proper|security)\s+){0,3}(?P<what>guarantees?|answers?|"
    r"explanations?|clarifications?|responses?|reply|replies|assurances?)\s+from\s+"
)
_APPEAL = re.compile(r"\b(?P<verb>appeal|appeals|appealed|appealing)\s+(?:once\s+again\s+|again\s+)?to\s+")


def asked_of_side(view: _View) -> Finding | None:
    """REQUEST to a side for "we want guarantees from X" or "I appeal to X"."""
    for rx, reach, word in ((_FROM_SIDE, 25, _FROM_WORDS), (_APPEAL, 30, _APPEAL_WORDS)):
        m = rx.search(view.text) if _any_in(view.text, word) else None
        if m is None:
            continue
        side = _after(view, m.end(), reach)
        if not side or side[0].text.lower() in _PRONOUNS:
            continue
        lo = _clause_start(view.text, m.start())
        if re.search(r"\b(?:not|never|n't|if|will|would)\b", view.text[max(lo, m.start() - 25) : m.start()]):
            continue
        target = _codes(side)
        roles = _subject_roles(view, m.start(), target, side[-1].end)
        if roles is None:
            continue
        return Finding(
            EventType.REQUEST, "", roles, Polarity.ASSERTED, m.start(), m.end(), m.group(0).split()[0]
        )
    return None


_POLITE = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:would|'d)\s+(?:also\s+|really\s+|very\s+much\s+)?like\s+to\s+(?:once\s+again\s+|again\s+|"
    r"also\s+)?(?P<verb>ask|urge|call\s+on|call\s+upon|invite|appeal\s+to|request)\b"
)


def polite_requests(view: _View, events: list[Event]) -> list[Event]:
    """A request made as "I would like to ask X to ..." is made, not hypothetical."""
    m = _POLITE.search(view.text) if _any_in(view.text, _LIKE_WORDS) else None
    if m is None:
        return events
    return [
        dataclasses.replace(e, polarity=Polarity.ASSERTED)
        if e.event is EventType.REQUEST
        and e.polarity is Polarity.HYPOTHETICAL
        and m.start("verb") <= e.anchor[0] < m.end("verb") + 2
        else e
        for e in events
    ]


# --- criticism ---------------------------------------------------------------------------------------------

_BAD_ACTS = (
    r"(?:attempts?|efforts?|actions?|acts?|steps?|moves?|use|threats?|pressure|interference|meddling|"
    r"intervention|policy|policies|practice|practices|decisions?|measures?|sanctions|restrictions|rhetoric|"
    r"statements?|campaigns?|provocations?|calls|plans?|expansion|enlargement|deployment|militari[sz]ation|"
    r"escalation|blackmail|discrimination|persecution|glorification|falsification|distortion|revision)"
)
_JUDGED = re.compile(
    r"\b(?P<subj>"
    + _BAD_ACTS
    + r")\b[^.;]{0,120}?\b(?:is|are|was|were|would\s+be|will\s+be|remain|remains)\s+"
    r"(?:absolutely\s+|completely\s+|totally\s+|simply\s+|utterly\s+|clearly\s+|also\s+|therefore\s+|"
    r"categorically\s+)?(?P<adj>unacceptable|inadmissible|impermissible|intolerable|counterproductive|"
    r"destructive|irresponsible|provocative|illegitimate|illegal|unlawful)\b",
    re.I,
)
_ANY_BEFORE = re.compile(r"\b(?:[Aa]ny|[Aa]ll|[Ee]very|[Nn]o)\s+(?:\w+\s+)?$")
_CONSIDER_BAD = re.compile(
    r"\b(?P<adj>consider|considers|considered|regard|regards|regarded|deem|deems|deemed)\s+(?:it\s+)?"
    r"(?:absolutely\s+|completely\s+|totally\s+)?(?:unacceptable|inadmissible|impermissible|intolerable|"
    r"counterproductive)\b",
    re.I,
)


def judged_unacceptable(view: _View) -> Finding | None:
    """ACCUSE by the sayer of an act judged inadmissible; the side named in it, if any, is the target."""
    if not _any_in(view.text, _JUDGED_WORDS):
        return None
    m = _JUDGED.search(view.text) or _CONSIDER_BAD.search(view.text)
    if m is None:
        return None
    if "subj" in m.groupdict() and _ANY_BEFORE.search(view.text[: m.start("subj")]):
        return None  # "any use of ... is unacceptable": a rule stated, no one criticised
    lo = _clause_start(view.text, m.start())
    if re.search(r"\b(?:not|never|n't|no\s+longer)\s+(?:\w+\s+)?$", view.text[lo : m.start("adj")]):
        return None
    inside = m.start("subj") if "subj" in m.groupdict() and m.group("subj") else m.start()
    target = _codes(_coded(view.units, inside, m.start("adj")))
    sayer = (
        _subject(view, inside, target) or _pair(view, lo, inside) or ((view.speaker,) if view.speaker else ())
    )
    if not sayer or set(sayer) & set(target):
        return None
    roles = Roles(sayer, target, (m.start(), m.end()))
    return Finding(
        EventType.ACCUSE, "disapprove", roles, Polarity.ASSERTED, m.start("adj"), m.end("adj"), m["adj"]
    )


_BROKEN = re.compile(
    r"\b(?=[vbrwgidf])(?P<verb>violated|violates|violating|breached|breaches|broke|broken|breaking|reneged\s+on|"
    r"went\s+back\s+on|gone\s+back\s+on|ignored|ignores|ignoring|disregarded|disregards|flouted|flouts|"
    r"(?:failed|fail|fails|refused|refuses|refusing)\s+to\s+(?:fulfil|fulfill|honour|honor|comply\s+with|"
    r"implement|respect|observe|keep))\s+(?:all\s+)?(?:its|their|his|her|the|these|those|our|all)\s+"
    r"(?:\w+\s+){0,2}(?P<obj>promises?|commitments?|obligations?|pledges?|assurances?|guarantees?|"
    r"agreements?|accords?|word|treaty|treaties|arrangements?|resolutions?|provisions)\b",
    re.I,
)


def word_broken(view: _View) -> Finding | None:
    """ACCUSE by the speaker (or the clause's sayer) of the side said to break its word (see the module)."""
    m = _BROKEN.search(view.text) if _any_in(view.text, _BROKEN_WORDS) else None
    if m is None:
        return None
    lo = _clause_start(view.text, m.start())
    if re.search(
        r"\b(?:not|never|n't|will|would|if|could|might|must|should)\b",
        view.text[max(lo, m.start() - 30) : m.start()],
    ):
        return None
    before = [
        u for u in _coded(view.units, lo, m.start()) if not _PREP_BEFORE.search(view.text[lo : u.start])
    ]
    if not before:
        return None
    doer = before[-1]
    if _FIRST_PERSON.search(view.text[doer.end : m.start()]):
        return None
    target = (doer.code,) if doer.code else ()
    sayers = [
        u
        for u in before[:-1]
        if re.search(
            r"\b(?:said|says|noted|stressed|pointed\s+out|emphasi[sz]ed|stated|recalled)\b",
            view.text[u.end : doer.start],
        )
    ]
    source = (sayers[0].code,) if sayers and sayers[0].code else ((view.speaker,) if view.speaker else ())
    if not source or not target or set(source) & set(target):
        return None
    roles = Roles(source, target, (doer.start, m.end()))
    return Finding(
        EventType.ACCUSE, "disapprove", roles, Polarity.ASSERTED, m.start("verb"), m.end("verb"), m["verb"]
    )


_SHOULD_HAVE = re.compile(
    r"\s+(?:(?:also|long\s+ago|simply)\s+)?(?P<verb>should\s+have|ought\s+to\s+have)\s+(?:(?:long\s+ago|already)\s+)?"
    r"[a-z]+(?:ed|en|un|own|ade|one|ought|aken|iven)\b"
)


def should_have(view: _View) -> Finding | None:
    """ACCUSE by the speaker of the side that "should have" acted (a reproach of what was not done)."""
    if not _any_in(view.text, _HAVE_WORD) or not _any_in(view.text, _SHOULD_HAVE_WORDS):
        return None
    for u in view.units:
        if not u.code:
            continue
        m = _SHOULD_HAVE.match(view.text, u.end)
        if m is None:
            continue
        lo = _clause_start(view.text, u.start)
        if _PREP_BEFORE.search(view.text[lo : u.start]):
            continue
        target = (u.code,)
        head = view.text[lo : u.start]
        sayer = _subject(view, u.start, target) if _SAYING.search(head) else ()
        if not sayer and view.speaker:
            sayer = (view.speaker,)
        if not sayer or set(sayer) & set(target):
            continue
        roles = Roles(sayer, target, (u.start, m.end()))
        return Finding(
            EventType.ACCUSE,
            "disapprove",
            roles,
            Polarity.ASSERTED,
            m.start("verb"),
            m.end("verb"),
            m["verb"],
        )
    return None


_AGAINST = re.compile(
    r"\b(?:is|are|am|was|were|remain|remains|remained|stand|stands|stood)\s+(?:(?:\w+ly|also|still|always)\s+)?"
    r"(?P<verb>against|opposed\s+to)\s+"
)
_DISPLEASED = re.compile(
    r"\b(?P<verb>not\s+(?:at\s+all\s+|entirely\s+|fully\s+)?(?:happy|satisfied|pleased|content)|dissatisfied|"
    r"unhappy|displeased)\s+(?:with|by|about|at)\s+"
)
_NO_SENSE = re.compile(
    r"\b(?P<verb>(?:saw|see|sees|seeing)\s+no\s+(?:sense|point)|"
    r"(?:gave|give|gives|giving)\s+(?:a\s+|an\s+)?(?:\w+\s+)?negative\s+(?:assessment|evaluation)|"
    r"(?:has|have|had)\s+(?:a\s+)?(?:\w+\s+)?negative\s+(?:attitude|view|opinion))\s+(?:in|for|of|to|towards|on)\s+"
)
_SEEN_AS = re.compile(
    r"\b(?P<verb>see|sees|saw|regard|regards|regarded|view|views|viewed|perceive|perceives|perceived|treat|"
    r"treats|treated)\s+(?P<obj>[^.;:]{3,90}?)\s+as\s+(?:a\s+|an\s+)?(?:(?:direct|serious|real|potential|"
    r"clear|major|grave|immediate|open|military)\s+){0,2}(?:threat|danger|provocation|hostile\s+act|"
    r"unfriendly\s+act|adversary|enemy|aggression)\b"
)


def stance_against(view: _View) -> Finding | None:
    """ACCUSE by the subject of the side whose act it is against, is displeased with or sees as a threat."""
    for rx, words in (
        (_AGAINST, _AGAINST_WORDS),
        (_DISPLEASED, _DISPLEASED_WORDS),
        (_NO_SENSE, _NO_SENSE_WORDS),
        (_SEEN_AS, _SEEN_AS_WORDS),
    ):
        m = rx.search(view.text) if _any_in(view.text, words) else None
        if m is None:
            continue
        if rx is _SEEN_AS:
            lo_t, hi_t = m.start("obj"), m.end("obj")
        else:
            stop = re.search(r"[,;.]|\bthat\b|\bbecause\b|\bbut\b", view.text[m.end() :])
            lo_t, hi_t = m.end(), m.end() + (stop.start() if stop else 80)
            hi_t = min(hi_t, m.end() + 80)
        inside = [u for u in _coded(view.units, lo_t, hi_t) if u.text.lower() not in _PRONOUNS]
        if not inside:
            continue
        lo = _clause_start(view.text, m.start())
        if rx is not _DISPLEASED and re.search(
            r"\b(?:not|never|n't|if|would)\b", view.text[max(lo, m.start() - 20) : m.start("verb")]
        ):
            continue
        target = _codes(inside)[:1]
        roles = _subject_roles(view, m.start(), target, inside[0].end)
        if roles is None:
            continue
        return Finding(
            EventType.ACCUSE,
            "disapprove",
            roles,
            Polarity.ASSERTED,
            m.start("verb"),
            m.end("verb"),
            m["verb"],
        )
    return None


_DOUBLE = re.compile(r"\bdouble\s+standards\b", re.I)


def double_standards(view: _View) -> Finding | None:
    """ACCUSE by the speaker of the side whose "double standards" the sentence names."""
    m = _DOUBLE.search(view.text) if _any_in(view.text, _DOUBLE_WORDS) else None
    if m is None or re.search(
        r"\b(?:no|not|without|against|reject\w*|oppos\w*|avoid\w*)\s+(?:\w+\s+){0,2}$", view.text[: m.start()]
    ):
        return None
    own_voice = re.search(r"\b(?:we|our|us|I)\b", view.text) or re.search(
        r"\b(?:is|are|was|were)\s+(?:\w+\s+){0,4}$", view.text[: m.start()]
    )
    if not own_voice:
        return None  # told of others ("the paper spoke of double standards"): not the speaker's charge
    near = [u for u in _coded(view.units, max(0, m.start() - 60), min(len(view.text), m.end() + 40))]
    target = _codes(near)[:1]
    source = (view.speaker,) if view.speaker else ()
    if not source or not target or set(source) & set(target):
        return None
    roles = Roles(source, target, (m.start(), m.end()))
    return Finding(
        EventType.ACCUSE, "disapprove", roles, Polarity.ASSERTED, m.start(), m.end(), "double standards"
    )


_REGRET_LEAD = re.compile(
    r"^(?:But\s+|And\s+|However,\s+|Yet\s+)?(?P<adv>Unfortunately|Regrettably|Sadly|Alas),\s+"
)
_GOOD_NEWS = re.compile(
    r"\b(?:not\s+yet|have\s+not|has\s+not|could\s+not|failed|refus\w+|chose|chosen|"
    r"decided|continue\w*|insist\w*|prefer\w*|block\w*|ignor\w*|reject\w*|withdr\w+|"
    r"froze|frozen|suspend\w*|curtail\w*|imposed|introduced|adopted|use[sd]?|using)\b"
)


def regretted_conduct(view: _View) -> Finding | None:
    """ACCUSE by the speaker of the side whose conduct "unfortunately" opens the sentence (see the module)."""
    m = _REGRET_LEAD.search(view.text) if _any_in(view.text, _REGRET_WORDS) else None
    if m is None or view.speaker is None:
        return None
    first = [u for u in view.units if u.code and m.end() <= u.start <= m.end() + 25][:1]
    if not first or first[0].code == view.speaker:
        return None
    rest = view.text[first[0].end :]
    if not _GOOD_NEWS.search(rest[:80]):
        return None
    roles = Roles((view.speaker,), (first[0].code,) if first[0].code else (), (m.start(), first[0].end))
    return Finding(
        EventType.ACCUSE, "disapprove", roles, Polarity.ASSERTED, m.start("adv"), m.end("adv"), m["adv"]
    )


_UNPUNISHED = re.compile(
    r"\b(?:must|should|will|shall|cannot|can't|can\s+not)\s+(?:not\s+)?(?:go|remain|be\s+left)\s+unpunished\b"
)


def _staged(view: _View, events: list[Event]) -> list[Event]:
    """A charge that a side prepares to stage a provocation is made now: its ACCUSE is asserted."""
    return [
        dataclasses.replace(e, polarity=Polarity.ASSERTED)
        if e.event is EventType.ACCUSE
        and e.polarity in (Polarity.FUTURE, Polarity.HYPOTHETICAL)
        and view.text[e.anchor[0] : e.anchor[0] + 5].lower() == "stage"
        else e
        for e in events
    ]


def unpunished(view: _View, events: list[Event]) -> list[Event]:
    """ "... must not go unpunished" condemns what was done: its THREATEN reading is an ACCUSE."""
    if not _any_in(view.text, _UNPUNISHED_WORDS) or not _UNPUNISHED.search(view.text):
        return events
    return [
        dataclasses.replace(e, event=EventType.ACCUSE, mode="disapprove", polarity=Polarity.ASSERTED)
        if e.event is EventType.THREATEN
        else e
        for e in events
    ]


_INADMISSIBLE = re.compile(
    r"\b(?P<verb>inadmissibility|unacceptability|impermissibility|illegitimacy|illegality)\s+of\s+"
)
_MISREAD = frozenset((EventType.ASSAULT, EventType.COERCE, EventType.THREATEN, EventType.MOBILIZE))


def inadmissible_act(view: _View, events: list[Event], finish: Finish) -> list[Event]:
    """ "noted the inadmissibility of the use of force against X": an ACCUSE by the sayer (of the doer named in
    the act, else of no one), and the act it names is not reported as done by the sayer."""
    m = _INADMISSIBLE.search(view.text) if _any_in(view.text, _INADMISSIBLE_WORDS) else None
    if m is None:
        return events
    lo = _clause_start(view.text, m.start())
    sayer = _subject(view, m.start()) or _pair(view, lo, m.start())
    if not sayer and view.speaker:
        sayer = (view.speaker,)
    if not sayer:
        return events
    out = [
        e
        for e in events
        if not (
            e.event in _MISREAD and e.anchor[0] >= m.end() and (not e.source or set(e.source) <= set(sayer))
        )
    ]
    if _has(out, EventType.ACCUSE):
        return out
    stop = re.search(r"[;.]|,\s+(?:and|but)\b", view.text[m.end() :])
    hi = m.end() + (stop.start() if stop else len(view.text))
    doers = [u for u in _coded(view.units, m.end(), hi) if u.code not in sayer]
    by = [u for u in doers if re.search(r"\bby\s+(?:the\s+)?$", view.text[max(0, u.start - 8) : u.start])]
    target = _codes(by[:1])
    roles = Roles(sayer, target, (m.start(), hi))
    found = finish(
        Finding(
            EventType.ACCUSE,
            "disapprove",
            roles,
            Polarity.ASSERTED,
            m.start("verb"),
            m.end("verb"),
            m["verb"],
        )
    )
    return [*out, found] if found is not None else out


_TO_ACT = re.compile(
    r"\s+to\s+(?!account\b|order\b|the\b|a\b|discuss|talk|congratulat|thank|express|inform|brief|exchange|"
    r"offer|convey|wish|invite|share|say|tell|ask|extend|report|clarify|explain|coordinate|discuss)[a-z]+"
)
_CALLED_TO = re.compile(r"\b(?P<verb>called|calls|call|calling)\s+(?=(?:the\s+|on\s+the\s+)?[A-Z]|the\s+)")


def called_to_act(view: _View) -> Finding | None:
    """REQUEST for "called the world community to unite" ("called X to" without "on")."""
    if not _any_in(view.text, _CALL_WORDS):
        return None
    for m in _CALLED_TO.finditer(view.text):
        side = _after(view, m.end(), 12)
        if not side or not _TO_ACT.match(view.text, side[-1].end):
            continue
        target = _codes(side)
        roles = _subject_roles(view, m.start(), target, side[-1].end)
        if roles is None:
            continue
        return Finding(
            EventType.REQUEST, "", roles, Polarity.ASSERTED, m.start("verb"), m.end("verb"), m["verb"]
        )
    return None


# --- talks only mentioned -----------------------------------------------------------------------------------

_MENTIONED = re.compile(
    r"\b(?=[tw'ipsdfcrlen])(?:thank(?:s|ed|ing)?\s+(?:you\s+)?(?:\w+\s+){0,3}for\s+(?:your\s+|the\s+|this\s+|their\s+|his\s+)?"
    r"(?:kind\s+)?(?:invitation|inviting)|(?:would|'d)\s+(?:also\s+)?(?:(?:just|really|very\s+much)\s+)?"
    r"(?:like|love|want|wish)\s+to\s+(?:visit|come|meet|go)|(?:initiative|proposal|idea|suggestion)\s+to\s+"
    r"(?:hold|convene|organi[sz]e|arrange)\s+(?:a|an|the)\s+(?:\w+\s+){0,3}(?:meeting|summit|conference|"
    r"talks)|(?:do|does)\s+not\s+(?:even\s+)?(?:discuss|negotiate)|(?:don't|doesn't)\s+(?:even\s+)?"
    r"(?:discuss|negotiate)|(?:support\w*|favour\w*|favor\w*|call\w*\s+for|"
    r"resum\w+|launch\w*|promot\w+|encourag\w+|need\s+for|importance\s+of)\s+(?:\w+\s+){0,4}(?:dialogue|"
    r"negotiations|talks)\s+between)",
    re.I,
)


_TIME_MARKER = re.compile(
    r"^(?:After|Following|Before|Prior\s+to)\s+(?:the|their|these|this|today's)\s+(?:\w+\s+)?(?:talks|"
    r"conversation|meeting|negotiations|consultations|discussion)\s*,"
)
_CEREMONY = re.compile(
    r"\battend(?:ed|s|ing)?\s+(?:the|a)\s+(?:\w+\s+){0,2}(?:ceremony|reception|concert|parade|match|draw|"
    r"exhibition|performance|service|dinner|lunch|breakfast)\b"
)
_TO_BE_DISCUSSED = re.compile(
    r"\b(?:would|will|is\s+to|are\s+to|was\s+to|were\s+to|to|should|could|may|might)\s+be\s+"
    r"(?:discussed|considered|examined|reviewed|debated)\b"
)


def mentioned_only(view: _View, events: list[Event]) -> list[Event]:
    """CONSULTs whose meeting is only mentioned (see the module) are dropped, and so are a meeting that only
    dates the sentence's act ("After the talks, the President headed to ..."), a ceremony attended and a
    matter to be discussed some day by no one named."""
    if not any(e.event is EventType.CONSULT for e in events):
        return events  # it drops only meetings (s34-speed3: none, nothing to search for)
    text = view.text
    spans = [(m.start(), m.end() + 40) for m in _MENTIONED.finditer(text)] if _may_be_mentioned(text) else []
    if text.startswith(_TIME_MARKER_STARTS):
        spans += [(m.start(), m.end()) for m in _TIME_MARKER.finditer(text)]
    if _any_in(text, _ATTEND_WORDS):
        spans += [(m.start(), m.end()) for m in _CEREMONY.finditer(text)]
    later = _TO_BE_DISCUSSED.search(text) if _any_in(text, _TO_BE_DISCUSSED_WORDS) else None
    if not spans and later is None:
        return events
    out = []
    for e in events:
        if e.event is EventType.CONSULT:
            if any(lo - 5 <= e.anchor[0] <= hi for lo, hi in spans):
                continue
            if later is not None and not e.source and not e.target:
                continue
        out.append(e)
    return out


# --- the pass ----------------------------------------------------------------------------------------------


def _own_stance(view: _View, events: list[Event]) -> list[Event]:
    """An ACCUSE with no source aimed at the speaker's own side, where the speaker's "we" is the subject of
    "are against"/"are opposed to", is dropped (it is read again as the speaker's)."""
    if view.speaker is None or not _any_in(view.text, _AGAINST_WORDS) or not _AGAINST.search(view.text):
        return events
    return [
        e
        for e in events
        if not (e.event is EventType.ACCUSE and not e.source and e.target == (view.speaker,))
    ]


def _has(events: Sequence[Event], kind: EventType) -> bool:
    return any(e.event is kind and e.source for e in events)


_ACCUSE_READ_WORDS = _GATES.gate(
    _BROKEN_WORDS
    | _AGAINST_WORDS
    | _DISPLEASED_WORDS
    | _NO_SENSE_WORDS
    | _SEEN_AS_WORDS
    | _SHOULD_HAVE_WORDS
    | _DOUBLE_WORDS
    | _JUDGED_WORDS
    | _REGRET_WORDS
)
"""(s34-speed4) The words one of which each reader of :func:`settled`'s ACCUSE loop needs before it finds
anything (each reader's own first gate; :func:`should_have` needs one of these and "have"): without one, the
loop reads nothing."""
_CONSULT_READ_WORDS = _GATES.gate(
    _HAD_TALKS_NOUNS
    | _TALKED_VERBS
    | _CONTACT_WORDS
    | _FORUM_WORDS
    | _HAD_NOUNS
    | _RECEIVED_WORDS
    | _GOES_ON_NOUNS
    | _TOLD_VERBS
    | _EXPLAINED_VERBS
    | _DURING_NOUNS
)
"""(s34-speed4) The same for the CONSULT readers of :func:`settled`."""
_REQUEST_READ_WORDS = _GATES.gate(
    _HOPE_WORDS
    | _NEED_WORDS
    | _SHOULD_WORDS
    | _IMPORTANCE_WORDS
    | _WAIT_WORDS
    | _INVITE_WORDS
    | _FROM_WORDS
    | _APPEAL_WORDS
    | _CALL_WORDS
)
"""(s34-speed4) The same for the readers of :func:`_requests`."""


def settled(view: _View, events: list[Event], finish: Finish) -> list[Event]:
    """``events`` with the readings of the module added and mentioned meetings dropped. Telling someone
    something and a meeting named in a fronted phrase are only the frame of what the sentence reports, so
    they are read only when the sentence reports nothing else."""
    out = mentioned_only(view, list(events))
    if not any(e.event is EventType.REQUEST for e in out) and _any_in(view.text, _REQUEST_READ_WORDS):
        out = _requests(view, out, finish)
    out = polite_requests(view, _own_stance(view, out))
    out = inadmissible_act(view, unpunished(view, _staged(view, out)), finish)
    if not any(e.event is EventType.ACCUSE for e in out) and _any_in(view.text, _ACCUSE_READ_WORDS):
        for read in (
            word_broken,
            stance_against,
            should_have,
            double_standards,
            judged_unacceptable,
            regretted_conduct,
        ):
            found = finish(read(view))
            if found is not None:
                out = [*out, found]
                break
    if not _has(out, EventType.CONSULT) and _any_in(view.text, _CONSULT_READ_WORDS):
        readers: tuple[Callable[[_View], Finding | None], ...] = (
            talks_had_with,
            in_contact,
            forum_named,
            had_discussion,
            received_or_ongoing,
        )
        if not [e for e in out if e.event is not EventType.CONSULT]:
            readers += (told_about, fronted_meeting)
        for consult in readers:
            found = finish(consult(view))
            if found is not None:
                out = [e for e in out if e.event is not EventType.CONSULT] + [found]
                break
    return out


def _requests(view: _View, out: list[Event], finish: Finish) -> list[Event]:
    """``out`` with the first request the module reads, when there is one."""
    hoped = hope_for_act(view)
    if hoped is not None:
        finding, (lo, hi), side = hoped
        found = finish(finding)
        if found is None:
            return out
        kept = [
            e
            for e in out
            if (e.polarity is Polarity.ASSERTED and e.event not in (EventType.AGREE, EventType.CONCEDE))
            or not (set(e.source) <= set(side) and lo <= e.anchor[0] <= hi)
        ]
        return [*kept, found]
    for read in (
        need_for_side,
        should_act,
        importance_of_act,
        waiting_for,
        invited_you,
        asked_of_side,
        called_to_act,
    ):
        found = finish(read(view))
        if found is not None:
            return [*out, found]
    return out
