"""Who speaks and who meets in a run of one page's sentences, where a sentence leaves it to the one before
(session 24).

* A readout tells a leader's words over several sentences; after "Mr Putin noted in his address ..." the
  next sentence often puts its sayer in the middle or at the end: "In that sense, he said, the council could
  play a great role", "In particular, he said that ...", "... was of great value, he added." The "he" is the
  person the sentence before named first, as for a sentence that opens with "He said"
  (:func:`inserted_sayer`, used by :func:`detente.coding.document.carried_speaker`).
* A leader's "our meeting" or "our talks" at a meeting of two sides is both sides' meeting ("This is our
  second meeting this year"), not the speaker's visit to the other: :func:`our_meeting_is_mutual`. "My talks
  with X" and "our talks with X" keep their direction.
* A document signed is a signing (SUPPORT), whatever its title names: "signed a memorandum on developing
  humanitarian cooperation" is no act of cooperation of its own (:func:`signed_title_is_no_act`); and
  documents "signed during the visit by the President of X" are signed by both sides of the visit, not by
  the visitor alone (:func:`signed_during_visit`); the speaker's "we signed" at the meeting a readout or
  the statements after talks report is signed by both sides, not by the speaker for the other
  (:func:`we_signed_together`).
* A leader who opens his words by addressing a foreign leader by name ("Mr Michel, colleagues, welcome"), or
  whose run has a question put to one ("Question: Mr Orban, a question for you"), speaks at a meeting with
  that leader's side: "we had talks" is both sides' (:func:`addressed_pair`, for
  :func:`detente.coding.document._recode_speech`).
* The speaker's "our mutual desire", "our common interest" after talks with one other side is both sides'
  (:func:`our_mutual_is_both`): "My talks with President X reaffirmed our mutual desire to ...".
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.actors import ActorKind, load_dictionary
from detente.coding.ontology import EventType, Polarity
from detente.coding.text import WordCheck
from detente.coding.units import resolve_speaker, speaker_turn

if TYPE_CHECKING:
    import datetime as dt

    from detente.coding.coder import Event

__all__ = [
    "addressed_pair",
    "inserted_sayer",
    "our_meeting_is_mutual",
    "our_mutual_is_both",
    "signed_during_visit",
    "signed_title_is_no_act",
    "we_signed_together",
]

_SAYING = (
    r"(?:said|says|noted|stressed|emphasised|emphasized|underlined|pointed\s+out|added|observed|remarked|"
    r"recalled|continued|believed|believes|explained)"
)
_HE = r"(?:he|she)\s+(?:also\s+|further\s+)?"
_LEADING = re.compile(rf"^\s*(?:[A-Z][\w'’-]*)(?:\s+[\w'’-]+){{0,5}},\s+{_HE}{_SAYING}\b")
"""A short opening phrase, then the sayer: "In particular, he said that ...", "At the same time, she noted ..."."""
_INSERTED = re.compile(rf",\s+{_HE}{_SAYING},\s+\S")
"""The sayer set off by commas inside the sentence: "In that sense, he said, the council could ..."."""
_TRAILING = re.compile(rf",\s+{_HE}{_SAYING}\W*$")
"""The sayer at the end: "... was of great importance, he added."."""
_NAMED_SAYER = re.compile(r"\b(?:Mr|Mrs|Ms|Minister|President|Chancellor)\.?\s+[A-Z]\w+\s+" + _SAYING)
"""A sayer named in the sentence itself ("President Putin said"): its own words, no carried "he"."""


def inserted_sayer(text: str) -> bool:
    """The sentence's sayer is a bare "he"/"she" set inside or after its words, with no sayer named in it:
    the person the sentence before named is the one who speaks."""
    head = text[:2000]
    if _NAMED_SAYER.search(head):
        return False
    return any(p.search(head) for p in (_LEADING, _INSERTED, _TRAILING))


_OUR_MEETING = re.compile(
    r"\bour\s+(?:\w+\s+){0,2}?(?:meeting|meetings|talks|negotiations|conversation|contacts)\b(?!\s+with\b)",
    re.IGNORECASE,
)
"""The speaker's "our" before a meeting noun not followed by "with" ("our second meeting", "our talks today")."""


def our_meeting_is_mutual(
    text: str, events: Sequence[Event], speaker: str | None, participants: Sequence[str]
) -> list[Event]:
    """A CONSULT the speaker's "our meeting" told from the speaker to the other side of a two-sided meeting
    is the mutual meeting of both (source both, no target); other events are kept as they are."""
    sides = tuple(dict.fromkeys(participants))
    if speaker is None or len(sides) != 2 or speaker not in sides:
        return list(events)
    out: list[Event] = []
    for e in events:
        a, b = e.anchor
        near = text[max(0, a - 40) : b + 40]
        if (
            e.event is EventType.CONSULT
            and e.polarity is Polarity.ASSERTED
            and tuple(e.source) == (speaker,)
            and set(e.target) == set(sides) - {speaker}
            and _OUR_MEETING.search(near)
        ):
            e = dataclasses.replace(e, source=sides, target=())
        out.append(e)
    return out


_DOCUMENT = (
    r"(?:agreement|memorandum|memorandum\s+of\s+understanding|declaration|protocol|programme|program|treaty|"
    r"plan|roadmap|road\s+map|accord|charter|convention)s?"
)
_SIGNED_BEFORE = re.compile(
    rf"\bsign(?:ed|s|ing)?\s+(?:[\w'’-]+\s+){{0,5}}?{_DOCUMENT}\s+(?:on|of|for|concerning|about)\s+[^,;]*$",
    re.IGNORECASE,
)
"""A signing verb, then the document and the start of its title up to an act's words: "signed a memorandum on
developing ..."."""
_CLAUSE_BREAK = re.compile(r"\band\s+(?:also\s+)?\w+ed\b|\bwhich\b|\bthat\b", re.IGNORECASE)


def _in_signed_title(text: str, anchor: tuple[int, int]) -> bool:
    """The words at ``anchor`` are the title of a document signed: "signed an agreement on expanding
    cooperation"."""
    before = text[max(0, anchor[0] - 160) : anchor[0]]
    found = _SIGNED_BEFORE.search(before)
    return found is not None and _CLAUSE_BREAK.search(before[found.start() :]) is None


def signed_title_is_no_act(text: str, events: Sequence[Event]) -> list[Event]:
    """A COOPERATE told by the title of a document signed ("signed a memorandum on developing humanitarian
    cooperation") is the signing: dropped when the sentence codes the signing (SUPPORT) already, else read
    as the signing itself."""
    signing = any(e.event is EventType.SUPPORT for e in events)
    out: list[Event] = []
    for e in events:
        if e.event is EventType.COOPERATE and _in_signed_title(text, e.anchor):
            if signing:
                continue
            e = dataclasses.replace(e, event=EventType.SUPPORT, mode="", derived={})
        out.append(e)
    return out


_may_sign = WordCheck(["signed"])
""":data:`_VISIT_BY` (case-blind) needs "signed" (s28-speed)."""


_VISIT_BY = re.compile(
    r"\bsigned\s+(?:[\w'’-]+\s+){0,3}?(?:during|in\s+the\s+course\s+of)\s+(?:the|a|his|her)\s+"
    r"(?:[\w'’-]+\s+){0,2}?visit\s+(?:to\s+\w+\s+)?by\b",
    re.IGNORECASE,
)
"""A document "signed during the state visit by" someone: the visitor is no lone signer."""


def signed_during_visit(text: str, events: Sequence[Event], participants: Sequence[str]) -> list[Event]:
    """A signing (SUPPORT) whose only source is the visitor named after "during the visit by" is signed by
    both sides of a two-sided meeting the visitor is one of (``participants``)."""
    sides = tuple(dict.fromkeys(participants))
    if len(sides) != 2 or not _may_sign(text[:2000]) or _VISIT_BY.search(text[:2000]) is None:
        return list(events)
    out: list[Event] = []
    for e in events:
        if e.event is EventType.SUPPORT and not e.target and len(e.source) == 1 and e.source[0] in sides:
            e = dataclasses.replace(e, source=sides)
        out.append(e)
    return out


_OUR_MUTUAL = re.compile(r"\bour\s+(?:mutual|common|shared|joint)\s+\w+", re.IGNORECASE)
_JOINT_OWN_TYPES = frozenset({EventType.AGREE, EventType.SUPPORT, EventType.COOPERATE})


def our_mutual_is_both(
    text: str, events: Sequence[Event], speaker: str | None, participants: Sequence[str]
) -> list[Event]:
    """An act the speaker's "our mutual/common ..." tells (AGREE, SUPPORT, COOPERATE with the speaker alone as
    source and no target) is both sides' when the meeting has two sides, the speaker's one of them: those
    of the document (``participants``), else those of a mutual CONSULT the same sentence tells ("My talks
    with President X reaffirmed our mutual desire ...")."""
    if speaker is None:
        return list(events)
    sides = tuple(dict.fromkeys(participants))
    if len(sides) != 2 or speaker not in sides:
        met = [
            tuple(dict.fromkeys(e.source + e.target))
            for e in events
            if e.event is EventType.CONSULT and len(set(e.source + e.target)) == 2 and speaker in e.source
        ]
        sides = met[0] if len(set(met)) == 1 else ()
    if not sides:
        return list(events)
    out: list[Event] = []
    for e in events:
        a, b = e.anchor
        if (
            e.event in _JOINT_OWN_TYPES
            and e.source == (speaker,)
            and not e.target
            and _OUR_MUTUAL.search(text[max(0, a - 20) : b + 30])
        ):
            e = dataclasses.replace(e, source=sides)
        out.append(e)
    return out


_ADDRESS_END = re.compile(r"\s*,")


def addressed_pair(records: Sequence[tuple[str, str, dt.date, str | None]]) -> tuple[str, ...]:
    """The speaker's state and the one foreign state whose person the run's records address by name at
    their start ("Mr Michel, colleagues, welcome", "Question: Mr Orban, a question for you"), when the run
    has one speaking state; else ``()``. Records are (id, text, date, context)."""
    dictionary = load_dictionary()
    speakers = {resolve_speaker(dictionary, context, date) for _, _, date, context in records}
    own = {c for c in speakers if c is not None and dictionary.is_side(c)}  # not "journalists"
    if len(own) != 1:
        return ()
    speaker = next(iter(own))
    if dictionary.code_kinds.get(speaker) is not ActorKind.STATE:
        return ()
    addressed: dict[str, None] = {}
    for _, text, date, _ in records:
        turn = speaker_turn(dictionary, text, date)
        start = turn.end if turn is not None else 0
        words = text[start : start + 200]
        lead = len(words) - len(words.lstrip())
        mention = next(iter(dictionary.match(words, date=date)), None)
        if (
            mention is not None
            and mention.start == lead
            and mention.kind is ActorKind.PERSON
            and mention.code is not None
            and mention.code != speaker
            and dictionary.code_kinds.get(mention.code) is ActorKind.STATE
            and _ADDRESS_END.match(words, mention.end)
        ):
            addressed[mention.code] = None
    return (speaker, next(iter(addressed))) if len(addressed) == 1 else ()


_WE_SIGNED = re.compile(
    r"(?:\bwe\s+(?:have\s+|had\s+|also\s+|just\s+|today\s+|jointly\s+){0,2}|"
    r"\b(?:was|were|been|also)\s+)$",
    re.IGNORECASE,
)
"""What comes right before a signing verb the speaker's side does not do alone: "we (have) signed", "were
signed", "Also signed were ..."."""
_SIGN_WORD = re.compile(r"^sign(?:ed|s)?\b", re.IGNORECASE)
_WITH_AFTER = re.compile(r"^[^,;.]{0,80}\bwith\b", re.IGNORECASE)


def we_signed_together(
    text: str, events: Sequence[Event], speaker: str | None, participants: Sequence[str], *, reported: bool
) -> list[Event]:
    """A signing (SUPPORT) told by the speaker's "we signed" or in the passive, coded from the speaker to the
    other side of the two-sided meeting the document reports (``reported``), is both sides' signing (source
    both, no target). "We signed an agreement with X" keeps its direction; a ratification is one side's."""
    sides = tuple(dict.fromkeys(participants))
    if not reported or speaker is None or len(sides) != 2 or speaker not in sides:
        return list(events)
    out: list[Event] = []
    for e in events:
        a, b = e.anchor
        if (
            e.event is EventType.SUPPORT
            and e.source == (speaker,)
            and set(e.target) == set(sides) - {speaker}
            and _SIGN_WORD.match(text[a:b])
            and _WE_SIGNED.search(text[max(0, a - 40) : a])
            and not _WITH_AFTER.match(text[b:])
        ):
            e = dataclasses.replace(e, source=sides, target=())
        out.append(e)
    return out
