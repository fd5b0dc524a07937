"""Official Kremlin wording that the phrase rules miss (s26-kremlin6), read from real readouts, greetings and
transcripts of en.kremlin.ru:

- support put as a noun after "express", with no subject of its own: "this is a chance to express once more
  full support for the people of Chile", "to express our sympathy with the families of the injured" ->
  SUPPORT by the statement's speaker (or the side named before it) to the side the support is for
  (:func:`support_expressed`);
- a speaker's proposal of a joint step: "I would suggest that together we should draft a road map",
  "I propose that we hold consultations of our ministers" -> AGREE by the speaker to the other side of the
  meeting; moves of the meeting itself ("I suggest we get down to work", "... that we begin") are not
  proposals (:func:`we_suggested`);
- documents signed with no signer named, the sides given by the document's name: "An Accord between the
  Republic of Chile and the Kingdom of Spain on ... was signed as well", "several papers were signed, among
  them a memorandum between the governments of Peru and Norway on cooperation in ..." -> SUPPORT by both
  sides, the "on cooperation in ..." of the title not being joint work (:func:`signed_between`,
  :func:`settled`);
- the sides of a readout looking into a matter together: "The two leaders examined several sides of
  regional security", "Lula and Boric reviewed how the work was advancing" -> CONSULT of both
  (:func:`pair_examined`);
- concern voiced with no one named in a readout of talks: "Concern was expressed about the stalling of
  ..." -> ACCUSE (disapprove) by the meeting's sides, no target (:func:`concern_voiced`);
- the talks going on into a second part: "Later the talks continued with the delegations' participation" ->
  CONSULT of the meeting's sides (:func:`talks_continued`);
- a speaker's "we will (probably also) talk about X" at a meeting of two sides -> CONSULT of both, future
  (:func:`we_will_talk`);
- "I recently met with your Foreign Minister" said to the other side of the meeting -> CONSULT by the speaker
  to that side (:func:`met_your_minister`);
- a stance approved: "He said President Bush's stance was well grounded", "the position of the French
  President was absolutely correct" -> SUPPORT by the sayer to the stance's holder (:func:`stance_endorsed`);
- the sides' will stated by a joint text: "The statement reaffirmed the sides' desire to continue their joint
  efforts" -> AGREE of the meeting's sides (:func:`sides_desire`);
- journalists' questions are not requests: "Journalists also asked about Russian assistance to ...",
  "reporters asked him about the treaty" (:func:`settled` drops the REQUEST).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

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
    "concern_voiced",
    "met_your_minister",
    "pair_examined",
    "settled",
    "sides_desire",
    "signatories_only",
    "signed_between",
    "stance_endorsed",
    "support_expressed",
    "talks_continued",
    "we_suggested",
    "we_will_talk",
]


class ReadoutView(Protocol):
    """What readers of readouts see of a sentence (shared with :mod:`detente.coding.kremlin7`)."""

    @property
    def text(self) -> str: ...

    @property
    def units(self) -> Sequence[Unit]: ...

    @property
    def speaker(self) -> str | None: ...

    @property
    def participants(self) -> tuple[str, ...]: ...

    @property
    def reported_meeting(self) -> bool: ...


_View = ReadoutView


# --- support as a noun after "express" ---------------------------------------------------------------------

_EXPRESS_SUPPORT = re.compile(
    r"\bexpress(?:ed|es|ing)?,? (?:once again |once more |again |also )?(?:our |my |its |their |his |her )?"
    r"(?:full |unreserved |strong |firm |sincere |complete |total |unwavering |deep )?(support|solidarity) "
    r"(?:for|with|to) (?:the )?"
)


def support_expressed(view: _View) -> Finding | None:
    """SUPPORT for "express (once again) full support for X" (see the module)."""
    m = _EXPRESS_SUPPORT.search(view.text) if "express" in view.text else None  # the regex's own word
    if m is None:
        return None
    targets = [u for u in view.units if u.code and m.end() <= u.start <= m.end() + 25][:1]
    if not targets:
        return None
    before = [u for u in _coded(view.units, 0, m.start()) if u.code not in _codes(targets)]
    source = (before[0].code,) if before and before[0].code else ((view.speaker,) if view.speaker else ())
    target = _codes(targets)
    if not source or set(source) & set(target):
        return None
    roles = Roles(source, target, (m.start(), targets[0].end))
    return Finding(EventType.SUPPORT, "", roles, Polarity.ASSERTED, m.start(1), m.end(1), m.group(1))


# --- "I would suggest that we ..." -------------------------------------------------------------------------

_SUGGEST = re.compile(
    r"\bI (?:would |'d |will )?(?:like to |want to |wish to )?(suggest|propose)(?: to you)?,?(?: that)? we "
    r"(?:should |could |might |must )?(?:also )?([a-z]+)"
)
_MEETING_MOVES = frozenset(
    [
        "get",
        "begin",
        "start",
        "move",
        "proceed",
        "continue",
        "turn",
        "go",
        "listen",
        "hear",
        "give",
        "take",
        "open",
        "close",
        "end",
        "finish",
        "return",
        "discuss",
        "talk",
        "pass",
        "have",
    ]
)


def we_suggested(view: _View) -> Finding | None:
    """AGREE by the speaker to the meeting's other side for "I would suggest that we ..." (see the module)."""
    if view.speaker is None or ("suggest" not in view.text and "propose" not in view.text):
        return None  # no "we" to read, or neither verb the regex needs
    m = _SUGGEST.search(view.text)
    if m is None or m.group(2) in _MEETING_MOVES:
        return None
    if view.text[: m.start()].rstrip().lower().endswith(("if", "if you agree,")):
        return None
    others = tuple(c for c in view.participants if c != view.speaker)
    target = others[:1] if len(view.participants) == 2 and view.speaker in view.participants else ()
    roles = Roles((view.speaker,), target, (m.start(), m.end()))
    return Finding(EventType.AGREE, "", roles, Polarity.ASSERTED, m.start(1), m.end(1), m.group(1))


# --- documents signed, the sides named by the document -----------------------------------------------------

_DOCUMENT = (
    r"(?:[Tt]reaty|[Aa]greements?|[Mm]emorand(?:um|a)|[Pp]rotocol|[Dd]eclaration|[Cc]onvention|[Aa]ccord)"
)
_BETWEEN = re.compile(
    _DOCUMENT + r" between (?:the )?(?:governments of |government of )?(?:the )?([^,;]{3,40}?) and (?:the )?"
    r"(?:government of )?([A-Z][^,;]{2,40}?)(?= on | regarding | concerning |,| was| were|\.)"
)
_SIGNED = re.compile(r"\b(?:was|were|has been|have been|had been) (?:also )?signed\b")


def _between_sides(view: _View) -> tuple[tuple[str, ...], tuple[int, int]] | None:
    if "signed" not in view.text:  # the word :data:`_SIGNED` needs
        return None
    signed = _SIGNED.search(view.text)
    if signed is None:
        return None
    m = _BETWEEN.search(view.text)
    if m is None:
        return None
    first = [u for u in view.units if u.code and u.start < m.end(1) and u.end > m.start(1)]
    second = [u for u in view.units if u.code and u.start < m.end(2) and u.end > m.start(2)]
    sides = _codes(first[:1] + second[:1])
    if len(sides) != 2:
        return None
    return sides, (min(m.start(), signed.start()), max(m.end(), signed.end()))


def signed_between(view: _View) -> Finding | None:
    """SUPPORT by both sides a signed document is "between" (see the module)."""
    found = _between_sides(view)
    if found is None:
        return None
    sides, span = found
    signed = _SIGNED.search(view.text)
    assert signed is not None
    roles = Roles(sides, (), span, True, True)
    return Finding(EventType.SUPPORT, "", roles, Polarity.ASSERTED, signed.start(), signed.end(), "signed")


# --- the readout's sides examining a matter ----------------------------------------------------------------

_EXAMINED = re.compile(
    r"^(?:(?:Later|Then|Also|In addition),? )?(?:[Tt]he two (?:presidents|leaders|heads of state|sides|ministers)|"
    r"(?P<pair>[A-Z][^,;]{2,40}? and [A-Z][^,;]{2,40}?)) (?:also |then |further |thoroughly |jointly )?"
    r"(?P<verb>analysed|analyzed|reviewed|examined|considered|assessed|went over|looked at|looked into|"
    r"studied|compared notes on|took stock of)\b"
)


_GATES = WordGates()
_EXAMINED_VERBS = _GATES.gate(
    (
        *("analysed", "analyzed", "reviewed", "examined", "considered", "assessed", "went over"),
        *("looked at", "looked into", "studied", "compared notes on", "took stock of"),
    )
)
"""(s35-speed6) The verbs one of which :data:`_EXAMINED` needs, in the word gates' one scan."""


def pair_examined(view: _View) -> Finding | None:
    """CONSULT of both sides for "The two presidents analysed ..." (see the module)."""
    # (s35-speed6) its one branch is anchored at the start (search = match) and needs one of its verbs
    m = _EXAMINED.match(view.text) if _GATES.may(view.text, _EXAMINED_VERBS) else None
    if m is None:
        return None
    if m.group("pair"):
        sides = _codes(_coded(view.units, m.start("pair"), m.end("pair")))
        if len(sides) < 2:
            return None
    elif len(view.participants) >= 2:
        sides = tuple(view.participants)
    else:
        return None
    roles = Roles(sides, (), (m.start(), m.end()), True, True)
    return Finding(EventType.CONSULT, "", roles, Polarity.ASSERTED, m.start("verb"), m.end("verb"), m["verb"])


# --- "Concern was expressed over ..." ----------------------------------------------------------------------

_CONCERN = re.compile(
    r"^(?:(?:Serious|Deep|Grave|Mutual|Particular) )?[Cc]oncern (?:was|were) (?:also )?(?:expressed|voiced|raised) "
    r"(?:over|about|at|regarding|with regard to|in connection with)\b"
)


def concern_voiced(view: _View) -> Finding | None:
    """ACCUSE by the reported meeting's sides for "Concern was expressed over ..." (see the module)."""
    if len(view.participants) < 2:
        return None
    m = _CONCERN.search(view.text)
    if m is None:
        return None
    roles = Roles(tuple(view.participants), (), (m.start(), m.end()), True, True)
    return Finding(EventType.ACCUSE, "disapprove", roles, Polarity.ASSERTED, m.start(), m.end(), "concern")


# --- look-alikes -------------------------------------------------------------------------------------------

_ASKED_ABOUT = re.compile(
    r"\b(?:[Jj]ournalists|[Rr]eporters|[Cc]orrespondents|[Tt]he audience|[Ll]isteners|[Vv]iewers|"
    r"[Tt]he media|[Ss]tudents|[Pp]articipants)\b(?: also| then| further)? asked(?: (?:him|her|them|the \w+|"
    r"Mr \w+))?(?: several| a few| many| some)?(?: personal)?(?: questions)? (?:about|on|regarding|whether|"
    r"what|how|why|if)\b"
)
_ON_COOPERATION = re.compile(r"\bon (?:\w+ )?cooperation\b")


def settled(view: _View, events: list[Event]) -> list[Event]:
    """``events`` without the look-alikes of the module: a question read as a request; "on cooperation in"
    of a signed document's title read as joint work."""
    out = list(events)
    if "asked" in view.text and _ASKED_ABOUT.search(view.text):
        out = [e for e in out if e.event is not EventType.REQUEST]
    signing = "signed" in view.text and (  # the word both tests need
        _between_sides(view) is not None
        or (
            _SIGNED.search(view.text) is not None
            and re.search(r"\bsigned, including\b", view.text) is not None
        )
    )
    if signing and "cooperat" not in _ON_COOPERATION.sub("", view.text):
        kept = [e for e in out if e.event is not EventType.COOPERATE]
        if len(kept) < len(out) and any(e.event is EventType.SUPPORT for e in kept):
            out = kept
    return out


def signatories_only(view: _View, events: list[Event]) -> list[Event]:
    """A signing read by :func:`signed_between` keeps its two sides as the signatories and no target (a side
    named inside the document's title, "the status of Russian journalists in ...", is not one)."""
    found = _between_sides(view)
    if found is None:
        return events
    sides = set(found[0])
    return [
        dataclasses.replace(e, target=())
        if e.event is EventType.SUPPORT and set(e.source) == sides and e.target and not set(e.target) & sides
        else e
        for e in events
    ]


# --- second parts of readouts and opening remarks ----------------------------------------------------------

_CONTINUED = re.compile(
    r"^(?:(?:Later|Then|After that|Afterwards|Subsequently),? )?[Tt]he (?:talks|negotiations|meeting|conversation|"
    r"discussion) (?:then |later |subsequently )?(?:continued|resumed)\b"
)


def _two_sides(view: _View) -> tuple[str, ...]:
    parts = tuple(dict.fromkeys(view.participants))
    return parts if len(parts) == 2 else ()


def talks_continued(view: _View) -> Finding | None:
    """CONSULT of the meeting's two sides for "Later the talks continued ..." (see the module)."""
    sides = _two_sides(view)
    if not sides:
        return None
    m = _CONTINUED.search(view.text)
    if m is None:
        return None
    roles = Roles(sides, (), (m.start(), m.end()), True, True)
    return Finding(EventType.CONSULT, "", roles, Polarity.ASSERTED, m.start(), m.end(), "continued")


_WILL_TALK = re.compile(
    r"\b[Ww]e (?:will|shall|are going to) (?:(?:probably|certainly|surely|also|definitely|of course|then|"
    r"now|today),? )*(talk|speak) (?:about|of|over)\b"
)


def we_will_talk(view: _View) -> Finding | None:
    """CONSULT (future) of the meeting's sides for the speaker's "we will also talk about ..."."""
    sides = _two_sides(view)
    if not sides or view.speaker not in sides or ("talk" not in view.text and "speak" not in view.text):
        return None
    m = _WILL_TALK.search(view.text)
    if m is None:
        return None
    roles = Roles(sides, (), (m.start(), m.end()), True, True)
    return Finding(EventType.CONSULT, "", roles, Polarity.FUTURE, m.start(1), m.end(1), m.group(1))


_MET_YOUR = re.compile(
    r"\bI (?:have |had )?(?:recently |already |just |also )*(?:met|spoke|talked|held talks)(?: with| to)? your "
    r"(?:Foreign Minister|Prime Minister|Minister of Foreign Affairs|Defence Minister|Defense Minister|colleague|"
    r"counterpart|President|Chancellor|ambassador|Ambassador)\b"
)


def met_your_minister(view: _View) -> Finding | None:
    """CONSULT by the speaker to the meeting's other side for "I recently met with your Foreign Minister"."""
    sides = _two_sides(view)
    if not sides or view.speaker not in sides or "your " not in view.text:
        return None
    m = _MET_YOUR.search(view.text)
    if m is None:
        return None
    other = tuple(c for c in sides if c != view.speaker)
    roles = Roles((view.speaker,) if view.speaker else (), other, (m.start(), m.end()))
    return Finding(EventType.CONSULT, "", roles, Polarity.ASSERTED, m.start(), m.end(), "met")


_JUDGED_SOUND = (
    r"(?:absolutely |entirely |fully |quite |completely |well |perfectly )?"
    r"(?:well[- ]grounded|justified|correct|right|reasonable|balanced|constructive|understandable|well[- ]founded)\b"
)
_STANCE_NOUNS = ("stance", "position", "approach")
"""(s35-speed6) The nouns one of which each branch of :data:`_STANCE` spells, in lower case."""
_STANCE = re.compile(
    r"\bsaid (?:that )?(?P<holder>[^,;]{3,60}?)(?:’s|'s) (?:stance|position|approach) (?:was|is) "
    + _JUDGED_SOUND
    + r"|\bsaid (?:that )?the (?:stance|position|approach) of (?P<holder2>[^,;]{3,60}?) (?:was|is) "
    + _JUDGED_SOUND
)


def stance_endorsed(view: _View) -> Finding | None:
    """SUPPORT by the sayer to the holder of a stance he calls well grounded or correct (see the module)."""
    text = view.text
    # both of its forms start "said " and need a stance noun, spelt so (s35-speed6: the nouns before the search)
    m = _STANCE.search(text) if "said " in text and any(w in text for w in _STANCE_NOUNS) else None
    if m is None:
        return None
    group = "holder" if m.group("holder") else "holder2"
    holders = [u for u in view.units if u.code and u.start < m.end(group) and u.end > m.start(group)]
    sayers = [u for u in view.units if u.code and u.end <= m.start()]
    source = (sayers[-1].code,) if sayers and sayers[-1].code else ((view.speaker,) if view.speaker else ())
    target = _codes(holders[:1])
    if not source or not target or set(source) & set(target):
        return None
    roles = Roles(source, target, (m.start(), m.end()))
    return Finding(EventType.SUPPORT, "", roles, Polarity.ASSERTED, m.start(), m.end(), "said")


_SIDES_DESIRE = re.compile(
    r"\b(?:reaffirmed|confirmed|expressed|stressed|noted|stated|recorded) (?:the )?(?:sides|parties|two sides|"
    r"two countries|two leaders|two presidents)(?:’|') (?:shared |mutual |common |firm )?(desire|intention|"
    r"readiness|willingness|determination|commitment|resolve) to\b"
)


def sides_desire(view: _View) -> Finding | None:
    """AGREE of the meeting's sides for "The statement reaffirmed the sides' desire to ..." (see the module)."""
    sides = _two_sides(view)
    if not sides or ("'" not in view.text and "\u2019" not in view.text):  # "the sides' desire"
        return None
    m = _SIDES_DESIRE.search(view.text)
    if m is None:
        return None
    roles = Roles(sides, (), (m.start(), m.end()), True, True)
    return Finding(EventType.AGREE, "", roles, Polarity.ASSERTED, m.start(1), m.end(1), m.group(1))
