"""Sides of a readout's talks that a run of one page's records leaves unsaid (s33-sidefix11).

:class:`detente.coding.document.RecordStream` falls back, for a run of a page's records that tells talks
without their sides ("The sides agreed to keep in touch", "Both leaders noted ..."), on a pair the run's
records name (``document._fallback_sides``). Three general families were left out:

* **The home side and one visitor.** A Kremlin-like readout often names only the guest ("Jens Weber
  said both sides had come close on most points", "The Prime Minister of Ruritania thanked ... The
  sides agreed to meet again"): the host is the page's own side. On a page of its own (an id with a
  page number) that is Kremlin-like (:func:`home_page`), when the people the run names belong to one
  foreign state only and no other state or organisation is named outside a topic, the pair is Russia and
  that state (:func:`home_pair`).
* **A state and NATO.** Talks of Russia with the Alliance ("the NATO-Russia Council", "NATO and Russian
  envoys", the Secretary General with the Russian minister) name one state and one organisation; the
  state-only count never learned them. When the run names exactly one state and NATO (or its council with
  Russia) and no other organisation, and NATO is named as a party (by its official, as the council, or
  joined to the state: "Russia and NATO", "NATO and Russian envoys"), the pair is that state and NATO
  (:func:`org_pair`). A bare mention ("Russia's relations with NATO and the EU") names two organisations
  and lends nothing, and a run speaking of two states' leaders or "bilateral" ties ("the two leaders
  touched on the new Russia-NATO body") has NATO as a topic, not a side.
* **A speaker's record telling the meeting in the third person.** A record whose context names its speaker
  is no narration, and only its first-person words were read again with a pair ("we agreed ..."); "The
  Chancellor said both sides had come close", "The two leaders agreed to meet again" with a Russian
  speaker in the context tell the same talks. On such a Kremlin-like page, with the same one guest
  (:func:`home_pair`), a record with no "I"/"we" that names the meeting's participants and has an event
  with no doer is read again with the pair; the reading is taken only when it has the same events
  (:func:`told_by_speaker`).
* **A pair the record itself names after its opening.** "The two leaders discussed the gas talks, and
  Vladimir Putin told Angela Merkel about ..." opens with the participants before the record names them;
  the first reading has no sides for the opening. When a record is the first of its run to name the
  meeting's sides, opens with the participants ("The two leaders", "The sides", "Both presidents",
  "They") and is narration, it is read again with those sides, and the reading is taken only when it
  keeps every event of the first and adds ones of those sides only (:func:`named_later`).
* **A count that does not fit.** "The five leaders discussed ..." is a meeting of five sides; a page that
  learned only two lends them nothing: :func:`count_fits` tells whether a record's "the N leaders" (N
  three to ten) agrees with the sides known, so a pair is not pinned on a larger meeting, while a page
  that named that many sides lends them all. (:data:`detente.coding.units._PARTICIPANTS` still stops at
  "four": "the five leaders" with no sides learned would be a CONSULT with no doer.)

Only records of one run are read; nothing here raises.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding import sidefix7
from detente.coding.actors import ActorKind, load_dictionary
from detente.coding.coder import Event, code_sentence
from detente.coding.filters import speaks_in_first_person
from detente.coding.kremlin16 import HOME, untopical
from detente.coding.patterns import tokenize
from detente.coding.units import names_participants, resolve_speaker

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["count_fits", "home_page", "home_pair", "named_later", "org_pair", "told_by_speaker"]

MAX_TEXT = 2000
"""Only this many characters of a record are read."""

MAX_RECORDS = 60
"""A run longer than this lends no pair (a transcript, not a readout)."""

_KREMLIN_ID = re.compile(r"kremlin", re.I)
"""A document part naming the Kremlin site ("kremlin-9196")."""

_NATO = "NATO"
_NATO_BODIES = frozenset({"NATO", "NRC"})
"""NATO and its council with Russia (the council's talks are Russia's with the Alliance)."""

_NATO_PAIRED = re.compile(
    r"\b(?:Russia\s+and\s+NATO|NATO\s+and\s+Russia|NATO\s+and\s+Russian|Russian\s+and\s+NATO|"
    r"Alliance\s+and\s+Russia)\b(?!\s*(?:relations|cooperation|ties|dialogue|partnership)\b)"
)
"""NATO named with Russia as the two parties ("Russia and NATO", "NATO and Russian envoys"); a hyphened pair
("Russia-NATO relations", "a new Russia-NATO mechanism") is more often a topic of others' talks."""

_STATE_TALKS = re.compile(
    r"\b(?:leaders|presidents|prime\s+ministers|heads\s+of\s+state|two\s+countries|two\s+states|"
    r"bilateral)\b",
    re.I,
)
"""Words of talks between two states' leaders ("the two leaders", "bilateral relations"): NATO named there is
a topic of the talks, not a side."""

Record = tuple[str, str, "dt.date", str | None]


def home_page(records: Sequence[Record]) -> bool:
    """The run is a Kremlin-like page: its id names the Kremlin site, a record's context names a Russian
    speaker, or a record names a Russian person or title."""
    if not records:
        return False
    d = load_dictionary()
    if _KREMLIN_ID.search(records[0][0].rsplit("-", 1)[0]):
        return True
    for _, text, date, context in records:
        if context and resolve_speaker(d, context, date) == HOME:
            return True
        for m in d.match(text[:MAX_TEXT], date=date) if text else ():
            if m.code == HOME and m.kind in (ActorKind.PERSON, ActorKind.TITLE):
                return True
    return False


def _is_state(code: str) -> bool:
    d = load_dictionary()
    return d.code_kinds.get(code) is ActorKind.STATE or code in d.polities


def home_pair(records: Sequence[Record]) -> tuple[str, ...]:
    """Russia and the one foreign state whose people the run names, on a Kremlin-like page (see the module
    docstring); else ``()``."""
    if not records or len(records) > MAX_RECORDS:
        return ()
    d = load_dictionary()
    people: set[str] = set()
    named: set[str] = set()
    for _, text, date, _ in records:
        if not text:
            continue
        for m in d.match(untopical(text[:MAX_TEXT]), date=date):
            if m.code is None:
                continue
            kind = d.code_kinds.get(m.code)
            if kind is ActorKind.ORG:
                return ()  # an organisation's official or the body itself may be the other side
            if not _is_state(m.code):
                continue
            named.add(m.code)
            if m.kind in (ActorKind.PERSON, ActorKind.TITLE) and m.code != HOME:
                people.add(m.code)
    if len(people) != 1 or not named <= people | {HOME} or not home_page(records):
        return ()
    return (HOME, next(iter(people)))


def org_pair(records: Sequence[Record]) -> tuple[str, ...]:
    """One state and NATO, when the run names exactly those and NATO as a party (see the module docstring);
    else ``()``."""
    if not records or len(records) > MAX_RECORDS:
        return ()
    if not any(text and "NATO" in text[:MAX_TEXT] for _, text, _, _ in records):
        return ()
    d = load_dictionary()
    states: dict[str, None] = {}
    party = False
    for _, text, date, _ in records:
        if not text:
            continue
        head = text[:MAX_TEXT]
        if _STATE_TALKS.search(head):
            return ()
        if _NATO_PAIRED.search(head):
            party = True
        for m in d.match(untopical(head), date=date):
            if m.code is None:
                continue
            if m.code in _NATO_BODIES:
                party = party or m.code == "NRC" or m.kind in (ActorKind.PERSON, ActorKind.TITLE)
            elif d.code_kinds.get(m.code) is ActorKind.ORG:
                return ()
            elif _is_state(m.code):
                states[m.code] = None
                if len(states) > 1:
                    return ()
    if len(states) != 1 or not party:
        return ()
    return (next(iter(states)), _NATO)


_COUNTED = re.compile(
    r"\b(?:the|all)\s+(?P<n>three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:leaders|presidents|sides|parties|heads\s+of\s+state|countries|states|delegations|ministers|"
    r"foreign\s+ministers|prime\s+ministers|governments)\b",
    re.I,
)
_NUMBERS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def count_fits(text: str, sides: Sequence[str]) -> bool:
    """Whether every "the N leaders" (N three to ten) ``text`` names has as many ``sides`` (a record with
    no such count fits any)."""
    if not sides or not text or ("the " not in text and "The " not in text and "all " not in text):
        return True
    count = len(set(sides))
    return all(_NUMBERS[m.group("n").lower()] == count for m in _COUNTED.finditer(text[:MAX_TEXT]))


_PAGE_NUMBER = re.compile(r"\d{2,}")


def told_by_speaker(
    records: Sequence[Record],
    coded: list[list[Event]],
    speech: Sequence[int],
    document: Sequence[Record],
    carried: Sequence[str | None] = (),
) -> None:
    """Read again, with Russia and the page's one guest (:func:`home_pair`), the records of a speaker's
    context that tell the meeting in the third person (see the module docstring); ``coded`` changes in
    place."""
    if not speech or not document or len(document) > MAX_RECORDS:
        return
    place = document[0][0].rsplit("-", 1)[0]
    if _PAGE_NUMBER.search(place) is None:
        return  # a set's label, not a page of its own
    pair: tuple[str, ...] | None = None
    d = load_dictionary()
    for k in speech:
        _, text, date, context = records[k]
        if not text or not sidefix7.sourceless(coded[k]) or not names_participants(text[:MAX_TEXT]):
            continue
        if speaks_in_first_person(tokenize(text[:MAX_TEXT])):
            continue
        if pair is None:
            pair = home_pair(document)
        if not pair or not count_fits(text, pair):
            return
        if context and resolve_speaker(d, context, date) not in pair:
            continue
        speaker = carried[k] if k < len(carried) else None
        found = code_sentence(text, date=date, context=context, speaker=speaker, participants=pair)
        if sidefix7.same_events(coded[k], found):
            coded[k] = found


_OPENING_PARTICIPANTS = re.compile(
    r"\s*(?:[A-Z][\w ,]{0,40},\s*)?(?:[Tt]hey|(?:[Tt]he|[Bb]oth)\s+(?:two\s+)?(?:leaders|presidents|Presidents|"
    r"sides|parties|heads\s+of\s+state|prime\s+ministers|Prime\s+Ministers|delegations|ministers|"
    r"Ministers|countries))\b(?!\s+of\b)"
)
"""A record opening with the meeting's participants, unnamed ("The two leaders ...", "At the talks, the
sides ...", "They ...")."""


def named_later(
    record: Record, events: list[Event], sides: tuple[str, ...], carried: str | None
) -> list[Event]:
    """``events`` of a record that opens with the meeting's participants and names ``sides`` later on,
    with the opening's events given those sides (see the module docstring); else ``events``."""
    _, text, date, context = record
    if not events or len(sides) < 2 or not text or context or not count_fits(text, sides):
        return events
    if _OPENING_PARTICIPANTS.match(text[:MAX_TEXT]) is None:
        return events
    if speaks_in_first_person(tokenize(text[:MAX_TEXT])):
        return events
    found = code_sentence(text, date=date, speaker=carried, participants=sides)
    before = Counter(_key(e) for e in events)
    after = Counter(_key(e) for e in found)
    added = after - before
    if not added or before - after:
        return events
    wanted = set(sides)
    if any(set(source) != wanted or target for _, source, target, _ in added):
        return events
    return found


def _key(e: Event) -> tuple[str, tuple[str, ...], tuple[str, ...], str]:
    return (e.event.value, tuple(sorted(e.source)), tuple(sorted(e.target)), str(e.polarity))
