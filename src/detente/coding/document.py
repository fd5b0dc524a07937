"""Coding whole documents: the title and every body sentence, with the speaker taken from the source.

"I" and "we" in an official text are its publisher: the speaker is looked up by the document's host in
``data/speakers.toml``; failing that, the title's first actor stands for the speaker (press-release
titles name who acts: "NATO Secretary General meets ...").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from detente.coding import (
    addressedthanks,
    approvals,
    document5,
    exchanges,
    kremlin12,
    kremlin15,
    kremlin16,
    kremlin17,
    kremlin18,
    readoutacts,
    runsayers,
    s38runs,
    s39runthey,
    sidefix7,
    sidefix11,
)
from detente.coding.actors import ActorKind, load_dictionary
from detente.coding.coder import CODER_VERSION, Event, code_sentence
from detente.coding.filters import speaks_in_first_person
from detente.coding.floors import Floor, labelled_sides
from detente.coding.meetings import STATE_GROUPS
from detente.coding.ontology import EventType
from detente.coding.patterns import tokenize
from detente.coding.sides import LEAD_SENTENCES, DocumentSides, titled_meeting_sides
from detente.coding.text import Sentence, split_sentences
from detente.coding.units import names_participants, resolve_speaker, speaker_turn
from detente.model import Article, DocumentEvent

MAX_CODED_CHARS = 400_000
"""Bodies are coded up to this many characters (a book-length page is not a news item)."""

__all__ = [
    "CODER_VERSION",
    "MAX_CODED_CHARS",
    "RecordStream",
    "code_article",
    "code_document",
    "record_place",
    "speaker_for",
]


@lru_cache(maxsize=1)
def _speakers() -> dict[str, str]:
    text = (resources.files("detente") / "data" / "speakers.toml").read_text(encoding="utf-8")
    return {host.lower(): code for host, code in tomllib.loads(text).items()}


def speaker_for(url: str | None) -> str | None:
    """The actor who speaks in documents at ``url`` (by the longest known host suffix), or ``None``."""
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    speakers = _speakers()
    parts = host.split(".")
    for i in range(len(parts)):
        code = speakers.get(".".join(parts[i:]))
        if code:
            return code
    return None


def code_document(
    *, title: str, body: str, published: dt.date | None, url: str | None
) -> list[DocumentEvent]:
    """Events of a document's title and body sentences, each with its sentence and offsets."""
    date = published or dt.date.today()
    speaker = speaker_for(url) or title or None
    out: list[DocumentEvent] = []
    sides = DocumentSides()  # the sides of the meeting reported so far ("the two leaders" later on)
    if title.strip():
        events = code_sentence(title, date=date, speaker=speaker)
        sides.update(events, title, date, lead=True)
        if not sides.current:
            # "Telephone conversation with President of Turkey ...": the publisher's meeting with them
            code = resolve_speaker(load_dictionary(), speaker, date)
            found = titled_meeting_sides(title, code, date)
            if found:
                sides.current, sides.lead_sides = found, frozenset(found)
        for event in events:
            out.append(DocumentEvent("title", 0, 0, len(title), title, event.to_dict()))
    dictionary = load_dictionary()
    current = speaker  # who speaks: the publisher, until a transcript's label names another
    coded: list[tuple[Sentence, list[Event]]] = []
    says: list[str | None] = []  # who each sentence was coded as said by
    blind: list[int] = []  # narration coded before the page named its meeting's sides
    teller: Teller | None = None  # the person the sentence before named first, for its "He said ..."
    for sentence in split_sentences(body[:MAX_CODED_CHARS]):
        turn = speaker_turn(dictionary, sentence.text, date)
        if turn is not None:
            # "Question: ...", "Paolo Gentiloni: ...": this speaker holds the floor until the next label
            # (an unknown one is nobody's "we", not the publisher's)
            current = turn.code
        narrated = turn is None and current == speaker
        say = (carried_speaker(teller, sentence.text, sentence.index) if narrated else None) or current
        teller = _next_teller(teller, say != current, sentence.text, date, sentence.index)
        had_sides = bool(sides.current)
        coded.append((sentence, sides.code(sentence, date=date, speaker=say)))
        says.append(say)
        if had_sides:
            continue
        if not sides.current:
            if narrated and narration(sentence.text, date, None):
                blind.append(len(coded) - 1)
            continue
        # the page names its meeting only now ("The two presidents discussed ..." came first): read the
        # narration before it again with the sides
        for k in blind:
            earlier = coded[k][0]
            if sentence.index - earlier.index > LOOKAHEAD_REACH:
                continue
            coded[k] = (
                earlier,
                code_sentence(
                    earlier.text,
                    date=date,
                    speaker=says[k],
                    participants=sides.current,
                    reported_meeting=sides.reported,
                ),
            )
        blind = []
    for sentence, events in coded:
        for event in events:
            out.append(
                DocumentEvent(
                    "body", sentence.index, sentence.start, sentence.end, sentence.text, event.to_dict()
                )
            )
    return out


def code_article(article: Article) -> list[DocumentEvent]:
    return code_document(title=article.title, body=article.body, published=article.published, url=article.url)


_RECORD_ID = re.compile(r"^(?P<doc>.+)[-_:#/.](?:s|sent|sentence)?(?P<n>\d{1,6})$", re.IGNORECASE)


def record_place(record_id: str) -> tuple[str, int] | None:
    """(document, sentence number) told by a contract record's id, when it has the shape
    ``<document>-<number>`` ("kremlin-42748-3", "nato-2016-07-08_s12"); ``None`` otherwise."""
    match = _RECORD_ID.match(record_id)
    return (match.group("doc"), int(match.group("n"))) if match else None


_PAGE_NUMBER = re.compile(r"\d{2,}")
"""A number in a document part ("kremlin-9196", "nato-2016-07-08"): the id names a page of its own, so a
later run of it may take what an earlier run learned; a set's label ("bo2", "nr") may be reused by
another text of the same date."""


@dataclass(slots=True)
class RecordStream:
    """The ``detente code --jsonl`` coder: one input record's events as contract dicts.

    Records are coded sentence by sentence, but a run of consecutive records from one document (ids
    ``<document>-<number>`` with the same document part, and the same date) is read as that document:
    the sides of the meeting its earlier records report carry into the later ones, as in
    :func:`code_document` ("Mr Putin and Mr Berlusconi discussed ..." then "Both leaders also
    discussed ..."). A record of another document or date, or one whose number is not above the previous
    one's, starts afresh, and so does one whose id has no such shape; so records never borrow from a different
    text. Any document part will do ("SEED-03", "nato-2016-07-08_s12"): a run of one part and one date
    is read as a page. Make one per input stream."""

    _key: tuple[str, dt.date] | None = None
    _number: int = -1
    _sides: DocumentSides = field(default_factory=DocumentSides)
    _teller: Teller | None = None
    """The person the last record named first, for a "He said" right after."""
    _floor: Floor = field(default_factory=Floor)
    """Who speaks in the document's transcript, for the "I" and "we" of records after a speaker label."""
    _memory: sidefix7.PageMemory = field(default_factory=sidefix7.PageMemory)
    """The sides earlier runs of each page learned, for a later run of the same page (s31-sidefix7)."""
    _met: sidefix7.PageMemory = field(default_factory=sidefix7.PageMemory)
    """The sides of a meeting earlier runs of each page learned (a meeting named, or a fallback pair other than
    states named only as places), for a later run whose own states are places only (s35-sources4)."""
    _previous: tuple[int, str] | None = None
    """The last record's sentence number and text, for an "It" opening the next one (s36-document5)."""
    _carried: list[str | None] = field(default_factory=list)
    """The speaker carried into each record of the run :meth:`code_run` is coding (:func:`carried_speaker`),
    for reading them again."""

    def __call__(self, rid: str, text: str, date: dt.date, context: str | None) -> list[dict[str, Any]]:
        return [e.to_dict() for e in self._code(rid, text, date, context)[0]]

    def run_key(self, rid: str, date: dt.date) -> tuple[str, dt.date] | None:
        """The document a record belongs to, for :func:`detente.coding.evaluate.run_contract` to hand a
        run of its records to :meth:`code_run` together; ``None`` for an id without a sentence number."""
        place = record_place(rid)
        return (place[0], date) if place is not None else None

    def code_run(self, records: Sequence[StreamRecord]) -> list[list[dict[str, Any]]]:
        """Code consecutive records of one document (see :meth:`run_key`), looking ahead: records coded
        before the document named the sides of its meeting ("The two presidents discussed ..." as the
        first record, "Vladimir Putin told Emmanuel Macron about ..." later) are coded again with the
        sides learned from the first record that names them."""
        coded: list[list[Event]] = []
        blind: list[tuple[int, int]] = []  # (position, sentence number) of records coded without sides
        start = 0  # where the current document's records begin
        speech: list[int] = []  # its speakers' own words ("we discussed ...") coded without sides
        self._carried = []
        page = _Run()  # the current document's key, numbers and sides, for later runs of it (s31-sidefix7)
        for i, (rid, text, date, context) in enumerate(records):
            key = self._key
            events, fresh, had_sides, carried = self._code(rid, text, date, context)
            self._carried.append(carried)
            if fresh:
                self._end_run(records, coded, (blind, speech), (start, i), key, page)
                blind, speech, start = [], [], i
            coded.append(events)
            page.take(self._number, self._sides.current)
            if had_sides or self._key is None:
                continue
            if not self._sides.current:
                if narration(text, date, context):
                    blind.append((i, self._number))
                else:
                    speech.append(i)
                continue
            near = [(k, n) for k, n in blind if self._number - n <= LOOKAHEAD_REACH]
            self._recode(records, coded, near, self._sides.current, reported=self._sides.reported)
            blind = []
            # "The two leaders discussed X, and Putin told Merkel ...": the opening pair is the one the
            # record itself goes on to name (s33-sidefix11)
            coded[i] = sidefix11.named_later(records[i], coded[i], self._sides.current, carried)
        self._end_run(records, coded, (blind, speech), (start, len(records)), self._key, page)
        addressedthanks.add_thanks(records, coded)  # "thank you for ..." to the other side (s24)
        approvals.add_approvals(records, coded)  # "many thanks to you", "we value your" (s25)
        return [[e.to_dict() for e in events] for events in coded]

    def _end_run(
        self,
        records: Sequence[StreamRecord],
        coded: list[list[Event]],
        left: tuple[Sequence[tuple[int, int]], Sequence[int]],
        span: tuple[int, int],
        key: tuple[str, dt.date] | None,
        page: _Run,
    ) -> None:
        """The end of a run of one page's records (``span``): its narration left without sides (``left``'s
        first part) takes the run's fallback sides, or those an earlier run of the page learned, and its
        speakers' words (the second part) are read again (:func:`_recode_speech`). A run that names its
        states only as places ("transit via Lithuania") takes the meeting pair an earlier run of the page
        learned instead (s35-sources4)."""
        blind, speech = left
        start, end = span
        numbered = key is not None and _PAGE_NUMBER.search(str(key[0])) is not None
        met = self._met.sides_for(key, page.numbers) if numbered else ()
        sides, takers, meeting = _fallback_sides(records[:end], coded, blind, start, met=met)
        self._recode_fallback(records, coded, takers, sides)
        named = page.sides
        run = page.close(key, sides, coded[start:end])
        self._met.learn(key, run[1], named or (sides if meeting else ()))
        self._recall(records, coded, blind, run)
        _recode_speech(records, coded, speech, records[start:end], self._carried)
        # "We asked them to ...": a pronoun's side named by one of the records just before (s39-runthey)
        if numbered:
            _pronoun_sides(records, coded, (start, end), self._carried)

    def _recall(
        self,
        records: Sequence[StreamRecord],
        coded: list[list[Event]],
        blind: Sequence[tuple[int, int]],
        run: tuple[Any, tuple[int, ...], tuple[str, ...]],
    ) -> None:
        """Narration of talks a run left with no doer takes the sides an earlier run of the same page learned
        (:mod:`detente.coding.sidefix7`); only the sides of its events change. Then the run is remembered."""
        key, numbers, learned = run
        if key is None:
            return
        remembered = () if learned else self._memory.sides_for(key, numbers)
        self._memory.learn(key, numbers, learned)
        if not remembered or _PAGE_NUMBER.search(str(key[0])) is None:
            return
        states = _all_states(remembered)
        for k, _ in blind:
            _, text, date, context = records[k]
            # an outcome or agenda told with no doer, which codes nothing without sides (s33-kremlin17)
            told = not coded[k] and kremlin17.talks_told(text)
            if not told and (
                not sidefix7.sourceless(coded[k]) or not (_meeting_narration(text) or sidefix7.they(text))
            ):
                continue
            if (not states and STATE_GROUPS.search(text)) or not sidefix11.count_fits(text, remembered):
                continue
            found = code_sentence(
                text, date=date, context=context, speaker=self._carried[k], participants=remembered
            )
            if sidefix7.same_events(coded[k], found) or (told and kremlin17.talks_events(found, remembered)):
                coded[k] = found

    def _recode_fallback(
        self,
        records: Sequence[StreamRecord],
        coded: list[list[Event]],
        takers: Sequence[tuple[int, int]],
        sides: tuple[str, ...],
    ) -> None:
        """The run's fallback sides for its narration: read as a meeting the records tell only on a page of its
        own whose record tells the talks by their agenda or outcome, with no doer ("Other matters discussed
        included ...": :func:`detente.coding.kremlin18.talks_takers`, s34-kremlin18)."""
        told = kremlin18.talks_takers(records, takers, _numbered_page)
        self._recode(records, coded, [b for b in takers if b not in told], sides, reported=False)
        self._recode(records, coded, told, sides, reported=True)

    def _recode(
        self,
        records: Sequence[StreamRecord],
        coded: list[list[Event]],
        blind: Sequence[tuple[int, int]],
        sides: tuple[str, ...],
        *,
        reported: bool,
    ) -> None:
        if not sides:
            return
        states = _all_states(sides)
        for k, _ in blind:
            _, text, date, context = records[k]
            if not states and STATE_GROUPS.search(text):
                continue  # "the heads of state discussed ...": the sides learned are no two states
            if not sidefix11.count_fits(text, sides):
                continue  # "the five leaders" are not the two sides learned (s33-sidefix11)
            # (``blind`` holds narration only: :meth:`code_run` sorts the rest into the speakers' words)
            coded[k] = code_sentence(
                text,
                date=date,
                context=context,
                speaker=self._carried[k],
                participants=sides,
                reported_meeting=reported,
            )

    def _code(
        self, rid: str, text: str, date: dt.date, context: str | None
    ) -> tuple[list[Event], bool, bool, str | None]:
        """One record's events, whether it started a new document, whether it was coded with sides, and the
        speaker carried into it from the record before (:func:`carried_speaker`)."""
        place = record_place(rid)
        if place is None:
            self._key = None
            return code_sentence(text, date=date, context=context), True, False, None
        key, number = (place[0], date), place[1]
        fresh = key != self._key or number <= self._number
        if fresh:
            # another document, or the numbering starts again (a second text under the same name)
            self._key, self._sides, self._teller, self._floor = key, DocumentSides(), None, Floor()
            self._previous = None
        self._number = number
        sides = self._sides
        had_sides = bool(sides.current)
        self._floor.take(text, date)
        speaker = None if context or self._floor.held else carried_speaker(self._teller, text, number)
        said = self._floor.speaker(text) if self._floor.held and not context else speaker
        fits = sidefix11.count_fits(text, sides.current)  # "the five leaders" of a two-side page (s33)
        events = code_sentence(
            text,
            date=date,
            context=context,
            speaker=said,
            participants=sides.current if fits else (),
            reported_meeting=sides.reported and fits,
        )
        # "It has become a forum for ..." after a record naming one organisation: that one (s36-document5)
        events = document5.settled(
            self._previous,
            number,
            text,
            date,
            events,
            lambda named: code_sentence(
                named,
                date=date,
                context=context,
                speaker=said,
                participants=sides.current if fits else (),
                reported_meeting=sides.reported and fits,
            ),
        )
        self._previous = (number, text)
        # a lead sentence naming a meeting still to come names no sides of the page's (s34-kremlin18)
        sides.update(
            events, text, date, lead=number < LEAD_SENTENCES and not kremlin18.names_later_meeting(text)
        )
        self._teller = _next_teller(self._teller, speaker is not None, text, date, number, hold=True)
        return events, fresh, had_sides, said


@dataclass(slots=True)
class _Run:
    """One document's run of records inside :meth:`RecordStream.code_run`: its sentence numbers and the
    sides of a meeting its records named."""

    numbers: list[int] = field(default_factory=list)
    sides: tuple[str, ...] = ()

    def take(self, number: int, sides: tuple[str, ...]) -> None:
        self.numbers.append(number)
        self.sides = sides or self.sides

    def close(
        self, key: Any, fallback: tuple[str, ...], coded: Sequence[Sequence[Event]]
    ) -> tuple[Any, tuple[int, ...], tuple[str, ...]]:
        """(key, numbers, sides learned) of the run just ended; the run starts again empty."""
        learned = self.sides or fallback or _joint_pair(coded)
        out = (key, tuple(self.numbers), learned)
        self.numbers, self.sides = [], ()
        return out


def carried_speaker(teller: Teller | None, text: str, number: int) -> str | None:
    """The side of the person the sentence right before named first (``teller``), for narration that
    opens with "He"/"She" ("Vladimir Putin drew ... attention to ..." then "He stressed that ..."), or
    with that person's title when no one else was named ("Mr Putin said ..." then "The President
    noted ..."); ``None`` otherwise."""
    if teller is None or not _within_reach(teller, number):
        return None
    opening = _THIRD_PERSON_OPENING.match(text)
    if opening is None:
        # "In that sense, he said, ...", "..., he added.": the sayer set inside the words (s24)
        return teller.code if runsayers.inserted_sayer(text) else None
    title = opening.group("title")
    if title is None:
        return teller.code  # "He", "She"
    wanted = " ".join(title.split()).casefold()
    return teller.code if teller.alone and wanted in teller.title.casefold() else None


TELLER_REACH = 1
"""A "He"/"She" opening a record is the person the record this many sentence numbers before named first."""
_THIRD_PERSON_OPENING = re.compile(
    r"\s*(?:He|She|The\s+(?P<title>President|Prime\s+Minister|Minister|Chancellor))\s+(?!and\b|or\b|of\b)[a-z]"
)


@dataclass(frozen=True, slots=True)
class Teller:
    """The first person a record names: its sentence number, side and title on the date, and whether it
    is the only person the record names."""

    number: int
    code: str
    title: str
    alone: bool
    seen: int = -1
    """The last sentence number that kept this teller though it named no person (s36-document5), else -1."""


def _within_reach(teller: Teller, number: int) -> bool:
    """The teller is the one a "He" at sentence ``number`` speaks of: named in the sentence right before, or
    kept by the sentences since, each naming no person, up to :data:`document5.HOLD_REACH` back; across
    sentences the stream was not given (a page's records picked out), only a person named alone (s36)."""
    if number - teller.number <= TELLER_REACH:
        return True
    return number - teller.number <= document5.HOLD_REACH and (teller.alone or number - teller.seen == 1)


def _next_teller(
    teller: Teller | None, carried: bool, text: str, date: dt.date, number: int, *, hold: bool = False
) -> Teller | None:
    """The teller for the sentence after this one: the same person when this sentence's "He" was theirs
    ("He proposed ... He also praised ..."), else the first person this one names; with ``hold`` (a stream
    of contract records, which has no publisher to fall back on), a sentence naming no one keeps the teller
    (:func:`detente.coding.document5.held_teller`, s36)."""
    if carried and teller is not None:
        return dataclasses.replace(teller, number=number, seen=-1)
    first = _first_person(text, date, number)
    if (
        hold
        and first is None
        and teller is not None
        and _within_reach(teller, number)
        and document5.held_teller(text, date)
    ):
        # "Mr X said A." "B was needed too." "He said C.": a record naming no one keeps the teller (s36)
        return dataclasses.replace(teller, seen=number)
    return first


def _first_person(text: str, date: dt.date, number: int) -> Teller | None:
    """The first person a record names, by name or by a title with its state ("The Chilean President")
    (:class:`Teller`), else ``None``."""
    dictionary = load_dictionary()
    people = [
        m
        for m in dictionary.match(text[:2000], date=date)
        if m.kind is ActorKind.PERSON or (m.kind is ActorKind.TITLE and m.code is not None)
    ]
    first = people[0] if people else None
    if first is None or first.code is None or not dictionary.is_side(first.code):
        return None
    title = first.role.title if first.role is not None else first.entry
    alone = len({m.person or m.text for m in people}) == 1
    return Teller(number, first.code, title, alone)


StreamRecord = tuple[str, str, dt.date, str | None]
"""A contract record as :meth:`RecordStream.code_run` takes it: id, text, date, context."""


LOOKAHEAD_REACH = 20
"""A record learns the sides a later record names only within this many sentence numbers of it."""


def _all_sides(sides: Sequence[str]) -> bool:
    dictionary = load_dictionary()
    return all(dictionary.is_side(c) for c in sides)


def _all_states(sides: Sequence[str]) -> bool:
    dictionary = load_dictionary()
    return all(dictionary.code_kinds.get(c) is ActorKind.STATE or c in dictionary.polities for c in sides)


def narration(text: str, date: dt.date, context: str | None) -> bool:
    """The record is a readout's narration, read again when the sides turn up later: no known speaker in
    its context, no transcript label, no "I"/"we" (a speech, an interview or an article by a leader is
    its speaker's words, not a report of the meeting)."""
    dictionary = load_dictionary()
    if resolve_speaker(dictionary, context, date) or speaker_turn(dictionary, text, date) is not None:
        return False
    return not speaks_in_first_person(tokenize(text[:2000]))


def _recode_speech(
    records: Sequence[StreamRecord],
    coded: list[list[Event]],
    speech: Sequence[int],
    document: Sequence[StreamRecord],
    carried: Sequence[str | None] = (),
) -> None:
    """Read again, as the statements after talks, the words of a speaker whose document gives the floor
    to the leaders of exactly two sides, one of them the speaker's own: "Today we had substantive talks"
    by Vladimir Putin, with Viktor Orban speaking later, is both sides' meeting, as when a title names it."""
    if not speech:
        return
    # a speaker's record telling the talks in the third person: Russia and the one guest (s33-sidefix11)
    sidefix11.told_by_speaker(records, coded, speech, document, carried)
    sides = (
        _speaking_sides(document)
        or readoutacts.counterpart_pair(document)
        or runsayers.addressed_pair(document)  # "Mr Michel, colleagues, welcome" (s24)
    )
    # "Russia and Italy support ...", "The President of Russia and I ...": only records coding nothing (s38-runs)
    joined = not sides
    sides = sides or s38runs.joined_pair(document)
    if not sides:
        return
    dictionary = load_dictionary()
    labels = exchanges.labels_agree(document)
    for k in speech:
        _, text, date, context = records[k]
        # the speaker a transcript label gave the record, when no context names one (s25)
        label = carried[k] if not context and k < len(carried) and labels else None
        if (resolve_speaker(dictionary, context, date) or label) not in sides or (joined and coded[k]):
            continue
        if not speaks_in_first_person(tokenize(text[:2000])):
            continue
        found = code_sentence(
            text, date=date, context=context, speaker=label, participants=sides, reported_meeting=True
        )
        coded[k] = exchanges.meetings_told(coded[k], found) if label else found


def _pronoun_sides(
    records: Sequence[StreamRecord],
    coded: list[list[Event]],
    span: tuple[int, int],
    carried: Sequence[str | None],
) -> None:
    """A run's empty sides told by "they", "them", "our partners" or "the two leaders", whose referent one of
    the records just before names (:mod:`detente.coding.s39runthey`); only sides change."""
    start, end = span
    if not any(s39runthey.may_fill(records[k][1], coded[k]) for k in range(start + 1, end)):
        return
    dictionary = load_dictionary()
    run: list[s39runthey.Record] = []
    for k in range(start, end):
        rid, text, date, context = records[k]
        place = record_place(rid)
        said = carried[k] if k < len(carried) else None
        own = None
        if s39runthey.may_fill(text, coded[k]):  # the speaker's side only where it is asked for
            own = resolve_speaker(dictionary, context, date) or resolve_speaker(dictionary, said, date)
        run.append((place[1] if place else -1, text, date, own))

    def recode(k: int, text: str) -> list[Event]:
        _, _, date, context = records[start + k]
        said = carried[start + k] if start + k < len(carried) else None
        return code_sentence(text, date=date, context=context, speaker=said)

    coded[start:end] = s39runthey.settled(run, coded[start:end], recode)


def _fallback_sides(
    records: Sequence[StreamRecord],
    coded: Sequence[Sequence[Event]],
    blind: Sequence[tuple[int, int]],
    start: int | None = None,
    *,
    met: tuple[str, ...] = (),
) -> tuple[tuple[str, ...], list[tuple[int, int]], bool]:
    """The sides the narration in ``blind`` takes when no record of its run names a meeting, the records
    that take them, and whether they are a meeting's pair: who speaks from its first record on
    (:func:`_speaking_sides`) for all; else the two states its records have acting together
    (:func:`_joint_pair`) or the only two it names (:func:`_named_pair`), or on a page of its own the two
    states of its leaders or the Union State's (:mod:`detente.coding.kremlin15`), or Russia and its one guest
    or a state and NATO, read from the run's first record ``start`` on (:mod:`detente.coding.sidefix11`),
    for the records that tell of talks without their sides (:func:`_meeting_narration`); else none.

    States the run only names (:func:`_named_pair`: "transit via Lithuania") give way to ``met``, the meeting
    pair an earlier run of the page learned; with a meeting's pair, a record whose subject is "they" or "both
    sides" on a page of its own takes it too ("They also discussed ...": s35-sources4)."""
    if not blind:
        return (), [], False
    first = blind[0][0]
    speaking = _speaking_sides(records[first:])
    if speaking:
        return speaking, list(blind), True
    pair = (
        _joint_pair(coded[first:])
        # a call "with" a foreign leader on a Kremlin-like page: Russia and the one called (s32-kremlin16)
        or kremlin16.called_pair(records[first:], numbered=_numbered_page(records[first][0]))
    )
    placed = () if pair else _named_pair(records[first:])
    if placed and met:
        pair, placed = met, ()
    if not pair and not placed and _numbered_page(records[first][0]):
        # on a page of its own (s32-kremlin15): the run's two leaders, topics aside, or the Union State's
        # bodies (Russia and Belarus)
        pair = kremlin15.leaders_pair(records[first:]) or kremlin15.union_pair(records[first:])
        # the guest alone on a Kremlin-like page, or a state with NATO (s33-sidefix11)
        # (read from the run's first record: "Mr X said ..." in a speaker's context may come before)
        run = records[first if start is None else min(start, first) :]
        pair = pair or sidefix11.home_pair(run) or sidefix11.org_pair(run)
    meeting = bool(pair)
    pair = pair or placed
    numbered = _numbered_page(records[first][0])
    return (
        pair,
        [
            b
            for b in blind
            if _meeting_narration(records[b[0]][1])
            or kremlin12.one_side_alone(coded[b[0]], pair)
            # "it was decided to ...", "attention was paid to ..." on a page of its own (s33-kremlin17)
            or (numbered and kremlin17.talks_told(records[b[0]][1]))
            # "They also discussed ...": the two sides of a meeting's pair (s35-sources4)
            or (numbered and meeting and sidefix7.they(records[b[0]][1]))
        ],
        meeting,
    )


_AGENDA = re.compile(
    r"\b(?:was|were)\s+(?:also\s+|then\s+)?(?:discussed|raised|considered|addressed|reviewed|examined|"
    r"touched\s+upon|made)\b|\b(?:focus|took\s+place)\b|"
    r"\btopics?\s+of\s+(?:the\s+)?(?:discussion|talks|conversation)\b|\bon\s+the\s+agenda\b",
    re.I,
)
"""A topic of talks told without its sides ("The situation in Armenia was discussed", "... gained a special
focus", "An emphasis was made on ...", "The conversation took place on ...", "... ranked among the chief
topics of discussion")."""


def _numbered_page(rid: str) -> bool:
    """The record's id names a page of its own ("kremlin-9196-4"), not a set's label and a running number
    ("bo2-017"), whose records may be unrelated sentences sharing a date (:data:`_PAGE_NUMBER`)."""
    place = record_place(rid)
    return place is not None and _PAGE_NUMBER.search(place[0]) is not None


def _meeting_narration(text: str) -> bool:
    """The record tells of talks by their participants or their agenda, the sides left unsaid: what a
    readout's pair of states stands for, where "they denounce Israel" in a news story does not."""
    return names_participants(text) or _AGENDA.search(text) is not None or kremlin15.agenda_told(text)


def _named_pair(records: Sequence[StreamRecord]) -> tuple[str, ...]:
    """The two states the run's records name, when they name exactly two ("The current situation in
    Armenia was discussed." then "Vladimir Putin and ... emphasised ..."), else ``()``. A lone record
    that also names an organisation lends nothing: "Russia's relations with the EU and NATO and the
    situation around Iraq" lists the talks' topics, not who talked."""
    dictionary = load_dictionary()
    found: dict[str, None] = {}
    naming = 0
    orgs = False
    for _, text, date, _ in records:
        named = False
        # states named only as topics ("the situation in Syria") are no sides (s32-kremlin16)
        for code in (m.code for m in dictionary.match(kremlin16.untopical(text[:2000]), date=date) if m.code):
            kind = dictionary.code_kinds.get(code)
            if kind is ActorKind.ORG:
                orgs = True
            elif kind is ActorKind.STATE:
                found[code] = None
                named = True
                if len(found) > 2:
                    return ()
        naming += named
    return tuple(found) if len(found) == 2 and (naming > 1 or not orgs) else ()


_JOINT_TYPES = frozenset({EventType.AGREE, EventType.CONSULT, EventType.SUPPORT, EventType.REQUEST})
"""What two leaders do together in talks (joint exercises or projects are no meeting of theirs)."""


def _joint_pair(coded: Sequence[Sequence[Event]]) -> tuple[str, ...]:
    """The one pair of states the run's events have acting together with no one acted on ("The Russian
    and Egyptian sides believe that ... should be expanded"), else ``()``."""
    pairs: dict[frozenset[str], tuple[str, ...]] = {}
    for events in coded:
        for e in events:
            if e.event not in _JOINT_TYPES or e.target or len(set(e.source)) != 2:
                continue
            if _all_states(e.source) or (e.event is not EventType.CONSULT and _all_sides(e.source)):
                pairs.setdefault(frozenset(e.source), tuple(e.source))
    return next(iter(pairs.values())) if len(pairs) == 1 else ()


def _speaking_sides(records: Sequence[StreamRecord]) -> tuple[str, ...]:
    """The sides of a meeting told by who speaks: two states or organisations among the speakers of a
    document's records (the press statements of two presidents), else ``()``."""
    dictionary = load_dictionary()
    found: dict[str, None] = {}
    for _, _, date, context in records:
        code = resolve_speaker(dictionary, context, date)
        if code and dictionary.is_side(code):
            found[code] = None
    return tuple(found) if len(found) == 2 else labelled_sides(records)
