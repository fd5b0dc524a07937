"""The sides of the meeting a document reports, carried from sentence to sentence.

A readout names its meeting once ("The Chancellor had a phone conversation with the Prime Minister
of Italy") and then speaks of "the two leaders", "the parties", "they": :class:`DocumentSides` keeps
the sides of the latest meeting reported (:func:`meeting_sides`), those the title or lead named
(:func:`named_meeting_sides`, "Russian-German talks"), and gives them to :func:`code_sentence` as
``participants`` for the next sentence. Used by :func:`detente.coding.document.code_document` (whole pages)
and :class:`detente.coding.document.RecordStream` (the contract's runs of one document's records).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from detente.coding.actors import ActorDictionary, ActorKind, load_dictionary
from detente.coding.coder import MAX_SENTENCE_CHARS, Event, code_sentence
from detente.coding.meetings import forum_sides
from detente.coding.ontology import EventType, Polarity
from detente.coding.text import Sentence, split_sentences

__all__ = [
    "LEAD_SENTENCES",
    "DocumentSides",
    "code_text",
    "document_sides",
    "meeting_sides",
    "named_meeting_sides",
    "titled_meeting_sides",
]


def meeting_sides(events: Sequence[Event], current: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The sides of the latest meeting a sentence reports (for "the two leaders" in the next sentences),
    else ``current``. A meeting's sides are two or more states or organisations: "I met with school
    teachers" or "we meet at Security Council meetings" with a group names no second side."""
    for event in events:
        if event.event is EventType.CONSULT and event.polarity is Polarity.ASSERTED:
            sides = _state_sides((*event.source, *event.target))
            if len(sides) >= 2:
                return sides
    return current


def _state_sides(codes: Sequence[str]) -> tuple[str, ...]:
    """The distinct states and organisations among ``codes`` (a generic group is no side of a meeting)."""
    dictionary = load_dictionary()
    return tuple(dict.fromkeys(c for c in codes if dictionary.is_side(c)))


def _joint_decision_sides(events: Sequence[Event]) -> tuple[str, ...]:
    """The sides of a decision several states took together, as a readout's lead reports a summit by its
    outcome: "The decision was taken by the Prime Ministers of Denmark, Finland, ..." (an asserted
    AGREE by two or more states or organisations, with no target)."""
    for event in events:
        if event.event is EventType.AGREE and event.polarity is Polarity.ASSERTED and not event.target:
            sides = _state_sides(event.source)
            if len(sides) >= 2:
                return sides
    return ()


def _greeting_sides(events: Sequence[Event]) -> tuple[str, ...]:
    """The two sides of a call or visit a readout's lead opens with the greeting of one leader by the other:
    "The Chilean leader congratulated the Peruvian President on his election win ..." (then "The leaders
    also discussed ..."): an asserted SUPPORT from one state to one other state."""
    for event in events:
        if event.event is EventType.SUPPORT and event.polarity is Polarity.ASSERTED:
            sides = _state_sides((*event.source, *event.target))
            kinds = load_dictionary().code_kinds
            if (
                len(event.source) == 1
                and len(event.target) == 1
                and len(sides) == 2
                and all(kinds.get(c) is ActorKind.STATE for c in sides)
            ):
                return sides
    return ()


_HELD_MEETING = frozenset({"met", "had", "held", "spoke", "talked"})
"""Past-tense verbs that tell a meeting as it happened: "met with", "had a telephone conversation with"."""
_PERFECT = frozenset({"have", "has", "had", "'ve", "'d"})


def _starts_meeting(events: Sequence[Event], text: str) -> bool:
    """The sentence tells a meeting held, not one spoken of: a simple past "met"/"had talks"/"held talks"
    /"spoke with" ("That same evening, the Chancellor had telephone conversations with the Dutch
    Prime Minister ...", "Earlier, the Premier had a phone conversation with ..."). A
    discussion ("Russian and Danish diplomats exchanged opinions"), a briefing, a meeting attended or
    one in the perfect ("I have met with him three times") is a part or a memory of the meeting
    reported, not a new one."""
    for event in events:
        if event.event is not EventType.CONSULT or event.polarity is not Polarity.ASSERTED:
            continue
        head = _MEETING_WORD.findall(text[event.anchor[0] : event.anchor[1]].lower())[:1]
        before = _MEETING_WORD.findall(text[: event.anchor[0]].lower())[-1:]
        if head and head[0] in _HELD_MEETING and not (before and before[0] in _PERFECT):
            return True
    return False


LEAD_SENTENCES = 2
"""A page's first sentences (its lead), where a meeting named by its sides is the meeting it reports."""
_NAMED_MEETING_NOUNS = frozenset(
    {"talks", "summit", "negotiations", "consultations", "meeting", "conversation"}
)
_PAIR_GAP = re.compile(r"\s*[-\u2010\u2011\u2013\u2014]\s*")


def named_meeting_sides(
    text: str, date: dt.date, dictionary: ActorDictionary | None = None
) -> tuple[str, ...]:
    """The two sides of a meeting a text names by a hyphenated pair before a meeting noun, as a readout's
    title does ("Russian-German talks", "Press statements following Russian-Kyrgyzstani talks", "the
    Russia-EU summit"); ``()`` when it names no such meeting or more than one pair."""
    if len(text) > MAX_SENTENCE_CHARS:
        return ()
    dictionary = dictionary or load_dictionary()
    mentions = sorted((m for m in dictionary.match(text, date=date) if m.code), key=lambda m: m.start)
    found: list[tuple[str, ...]] = []
    for a, b in itertools.pairwise(mentions):
        after = _MEETING_WORD.findall(text[b.end : b.end + 40].lower())[:3]
        if (
            a.code != b.code
            and _PAIR_GAP.fullmatch(text[a.end : b.start])
            and _NAMED_MEETING_NOUNS & set(after)
        ):
            found.append(forum_sides([c for c in (a.code, b.code) if c]))
    return found[0] if len(set(found)) == 1 and len(found[0]) >= 2 else ()


_MEETING_WORD = re.compile(r"[a-z]+")


@dataclass(slots=True)
class DocumentSides:
    """The sides of the meeting a document reports, carried from sentence to sentence: ``current`` (for
    "the two leaders"), and whether the title or lead named them (``reported``: a readout or the press
    statements after talks, not a meeting an interview mentions in passing). Sides the title or lead
    named outrank a meeting spoken of later in the page ("Russian and Danish diplomats exchanged opinions
    ..." on a page about the Russia-EU summit) until the page tells another meeting held
    (:func:`_starts_meeting`)."""

    current: tuple[str, ...] = ()
    lead_sides: frozenset[str] = frozenset()
    lead_current: tuple[str, ...] = ()
    """The sides of the page's meeting while ``current`` holds those of a side meeting for one sentence."""

    @property
    def reported(self) -> bool:
        return bool(self.lead_sides) and set(self.current) == self.lead_sides

    def update(self, events: Sequence[Event], text: str, date: dt.date, *, lead: bool) -> None:
        """Take one more sentence (``lead``: the title or one of the first sentences)."""
        if self.lead_current:
            self.current, self.lead_current = self.lead_current, ()  # the side meeting's sentence is past
        found = meeting_sides(events)
        if found and set(found) == set(self.current):
            return  # the same meeting again ("... the two presidents discussed ...")
        if self.lead_sides:
            if found and _starts_meeting(events, text):
                self.current, self.lead_sides = found, frozenset(found)  # "Earlier, Putin had talks with X"
            elif _joint_meeting(events, found):
                # "Russian and Danish diplomats exchanged opinions ... The parties agreed to ...": the
                # next sentence's "parties" are the side meeting's; then the page's meeting goes on
                self.current, self.lead_current = found, self.current
            return
        greeted: tuple[str, ...] = ()
        if not found and not self.current and lead:
            found = _joint_decision_sides(events)
            if not found:
                # a greeting names the call's sides for "the leaders" later, but no meeting reported: the
                # speaker's "we" in a message of congratulations stays the speaker's own
                greeted = found = _greeting_sides(events)
        self.current = document_sides(events, found or self.current, text, date, lead=lead)
        if lead and not (greeted and self.current == greeted):
            self.lead_sides = frozenset(self.current)

    def code(self, sentence: Sentence, *, date: dt.date, speaker: str | None) -> list[Event]:
        """Code one body sentence with the sides carried so far, then take it in (:meth:`update`)."""
        events = code_sentence(
            sentence.text,
            date=date,
            speaker=speaker,
            participants=self.current,
            reported_meeting=self.reported,
        )
        self.update(events, sentence.text, date, lead=sentence.index < LEAD_SENTENCES)
        return events


def _joint_meeting(events: Sequence[Event], sides: tuple[str, ...]) -> bool:
    """``sides`` are those of a meeting told with all its sides as the subject ("Russian and Danish
    diplomats exchanged opinions"), not of one side meeting another named after the verb."""
    return bool(sides) and any(
        e.event is EventType.CONSULT and not e.target and set(sides) <= set(e.source) for e in events
    )


def document_sides(
    events: Sequence[Event], current: tuple[str, ...], text: str, date: dt.date, *, lead: bool = True
) -> tuple[str, ...]:
    """The sides of the meeting a document reports after one more sentence: those of the meeting the
    sentence reports (:func:`meeting_sides`), else those known so far, else, in the title or lead
    (``lead``), a meeting the sentence names by its two sides ("Russian-German talks" as a readout's
    title, "At a press conference following Russian-Indian talks, ..."); deeper in a long page such a
    name is another meeting spoken of ("we discussed the Russian-Chinese talks")."""
    return meeting_sides(events, current) or (named_meeting_sides(text, date) if lead else ())


_TITLED_MEETING = re.compile(
    r"^\W*(?:(?:telephone|phone)\s+)?(?:conversation|call|meeting|talks|negotiations|consultations)"
    r"\s+with\s+",
    re.IGNORECASE,
)


def titled_meeting_sides(
    title: str, speaker: str | None, date: dt.date, dictionary: ActorDictionary | None = None
) -> tuple[str, ...]:
    """The sides of the meeting a readout's title names as its publisher's ("Telephone conversation with
    President of Turkey Recep Tayyip Erdogan", "Meeting with Prime Minister of Israel ..." on the Kremlin's
    site): the speaker and those named after "with"; ``()`` when the title is no such heading or names no
    other side."""
    if not speaker or len(title) > MAX_SENTENCE_CHARS:
        return ()
    head = _TITLED_MEETING.match(title)
    if head is None:
        return ()
    dictionary = dictionary or load_dictionary()
    if not dictionary.is_side(speaker):
        return ()
    rest = title[head.end() :]
    codes = [m.code for m in dictionary.match(rest, date=date) if m.code and dictionary.is_side(m.code)]
    sides = forum_sides([speaker, *codes])
    return sides if len(sides) >= 2 and speaker in sides else ()


def code_text(text: str, *, date: dt.date, speaker: str | None = None) -> list[tuple[Sentence, list[Event]]]:
    """Split a document into sentences and code each, carrying the sides of the meeting a sentence
    reports into the next ones; evidence spans are relative to each sentence."""
    if not text:
        return []
    out: list[tuple[Sentence, list[Event]]] = []
    sides = DocumentSides()
    for sentence in split_sentences(text):
        out.append((sentence, sides.code(sentence, date=date, speaker=speaker)))
    return out
