"""Sides given by a pronoun whose referent an earlier record of the same page names (s39-runthey).

A speaker's answer names the other side once ("We urged our partners in Washington to ...") and goes on with
a pronoun: "We asked them to stay in the treaty", "They did not listen to us". Coded alone, the record has
the speaker as one side and nothing for the other. Likewise a readout names two leaders once and goes on with
"the two leaders", "the sides" or "they" as the doers. :func:`settled` reads, at the end of a run of one
page's records (:class:`detente.coding.document.RecordStream`), each record that has an event with an empty
side and a third-person plural pronoun ("they", "them", "our partners", "our colleagues") or a two-sided
phrase ("the two leaders", "both sides", "the parties", "the sides"):

* the referent is taken from the previous one to three records of the run (within :data:`REACH` sentence
  numbers): the most recent one naming any state or organisation other than the record's own speaker names
  exactly one such side, and no group of people ("the protesters"), for a pronoun; or exactly two sides for
  a two-sided phrase;
* the record itself names no other state, organisation or group (places aside: "in Poland");
* the record is coded again with the words read as the referent's name, and an event keeps the filled side
  only when the new coding has the same event type with the same other side and the referent, exactly, in
  the side that was empty. The record's events are otherwise left as they were: no event is added, dropped
  or retyped, and no side the record itself names is changed.

Only pages of their own (a document part with a number: "kremlin-1234") are read so; a set's label with a
running number ("ab-012") holds unrelated sentences. Nothing here raises.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from detente.coding.actors import ActorKind, load_dictionary
from detente.coding.kremlin16 import untopical
from detente.coding.ontology import EventType

if TYPE_CHECKING:
    from detente.coding.actors import Mention
    from detente.coding.coder import Event

__all__ = ["REACH", "Record", "may_fill", "pair_referent", "referent", "settled"]

Record = tuple[int, str, dt.date, str | None]
"""A record as :func:`settled` reads it: sentence number, text, date, the speaker's side (or ``None``; needed
only for a record :func:`may_fill` passes)."""

REACH = 3
"""The referent is named at most this many sentence numbers before the record (and in one of the three
records before it)."""

MAX_TEXT = 2000
"""Only this many characters of a record are read."""

_PRONOUN = re.compile(
    r"\b(?:(?P<they>[Tt]hey)|(?P<them>them)|(?P<our>our\s+(?:partners|colleagues|counterparts)))\b"
)
"""A third-person plural pronoun that may stand for one other side: "they", "them", "our partners"."""

_PAIR = re.compile(
    r"\b(?P<pair>(?:[Tt]he|[Bb]oth)\s+(?:two\s+)?(?:leaders|presidents|sides|parties)|"
    r"[Tt]he\s+leaders\s+of\s+the\s+two\s+countries)\b"
)
"""A two-sided phrase: "the two leaders", "both sides", "the parties", "the leaders of the two countries"."""

_GATE = ("they", "They", "them", "our ", "two ", "oth ", "he sides", "he parties", "he leaders")
"""Cheap substring tests before any regular expression runs."""

_ACTOR_KINDS = frozenset({ActorKind.STATE, ActorKind.ORG, ActorKind.PERSON, ActorKind.TITLE})
_OTHER_KINDS = frozenset({ActorKind.METONYM, ActorKind.DEMONYM})


def _gated(text: str) -> bool:
    return any(g in text for g in _GATE)


def _mentions(text: str, date: dt.date) -> list[Mention]:
    """The resolved, non-place mentions of ``text`` (states named only as topics blanked out)."""
    dictionary = load_dictionary()
    found = dictionary.match(untopical(text[:MAX_TEXT]), date=date)
    return [m for m in found if m.code is not None and not m.locative]


def _named(text: str, date: dt.date, own: str | None) -> tuple[dict[str, Mention], bool]:
    """The sides ``text`` names other than ``own`` (code: first mention), and whether it names anything else
    too: a group of people ("the protesters"), a territory."""
    dictionary = load_dictionary()
    sides: dict[str, Mention] = {}
    group = False
    for m in _mentions(text, date):
        code = m.code or ""
        if code == own:
            continue
        if dictionary.is_side(code) and (m.kind in _ACTOR_KINDS or m.kind in _OTHER_KINDS):
            sides.setdefault(code, m)
        elif m.kind is ActorKind.GROUP or not dictionary.is_side(code):
            group = True
    return sides, group


def _name_for(mention: Mention, code: str, date: dt.date) -> str | None:
    """Words that name ``code`` alone, from the mention that named it: its own words or its entry's name."""
    dictionary = load_dictionary()
    for words in (mention.text, mention.entry):
        words = " ".join(words.split())
        if not words or not words[0].isalpha() or len(words) > 80:
            continue
        found = [m.code for m in dictionary.match(words, date=date) if m.code is not None]
        if found == [code]:
            return words
    return None


def _lookback(number: int, earlier: Sequence[Record]) -> list[Record]:
    """The up to three records just before one numbered ``number`` within :data:`REACH` numbers, last first."""
    out = [r for r in earlier[-3:] if 0 < number - r[0] <= REACH]
    return out[::-1]


def referent(number: int, earlier: Sequence[Record], own: str | None) -> tuple[str, str] | None:
    """(code, name) of the one side other than ``own`` the most recent record before ``number`` naming any
    names, when it names exactly one and no group of people; else ``None``."""
    for _, text, date, _ in _lookback(number, earlier):
        sides, group = _named(text, date, own)
        if not sides and not group:
            continue
        if group or len(sides) != 1:
            return None
        code, mention = next(iter(sides.items()))
        name = _name_for(mention, code, date)
        return (code, name) if name else None
    return None


def pair_referent(number: int, earlier: Sequence[Record]) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """The two sides the most recent record before ``number`` naming any names (code and name each), when it
    names exactly two states or organisations and no group of people; else ``None``."""
    for _, text, date, _ in _lookback(number, earlier):
        sides, group = _named(text, date, None)
        if not sides and not group:
            continue
        if group or len(sides) != 2:
            return None
        out = []
        for code, mention in sides.items():
            name = _name_for(mention, code, date)
            if name is None:
                return None
            out.append((code, name))
        return out[0], out[1]
    return None


def _read_as(text: str, pattern: re.Pattern[str], name: str) -> str:
    """``text`` with every match of ``pattern`` read as ``name`` (capitalised where a sentence starts)."""
    capital = name[0].upper() + name[1:]

    def words(match: re.Match[str]) -> str:
        before = text[: match.start()].rstrip()
        return capital if not before or before.endswith((".", "!", "?", "\u201c", '"', ":")) else name

    return pattern.sub(words, text)


def _filled(events: Sequence[Event], found: Sequence[Event], sides: frozenset[str]) -> list[Event]:
    """``events`` with each empty side filled where ``found`` has an event of the same type with the same other
    side and exactly ``sides`` in that place: for one side, the target of an event one side did or the doer
    of one aimed at a target; for two, the doers of an event with none. Every other event is as it was."""
    out: list[Event] = []
    for e in events:
        new = e
        if _open(e, len(sides)) and not sides & set(e.source + e.target):
            for f in found:
                if f.event is not e.event:
                    continue
                if e.source and f.source == e.source and frozenset(f.target) == sides:
                    new = dataclasses.replace(e, target=f.target)
                    break
                if not e.source and f.target == e.target and frozenset(f.source) == sides:
                    new = dataclasses.replace(e, source=f.source)
                    break
        out.append(new)
    return out


def _open(event: Event, sides: int) -> bool:
    """The event has a side to fill: for one referent (``sides`` 1), one doer and no target or a target and
    no doer; for a pair, no doer."""
    if sides == 1:
        return (len(event.source) == 1 and not event.target) or (not event.source and bool(event.target))
    return not event.source


_SAID_TO = frozenset(
    {EventType.REQUEST, EventType.ACCUSE, EventType.REJECT, EventType.THREATEN, EventType.PROTEST}
)
"""What a speaker says to or of the other side: asked, blamed, refused, warned, protested."""


def _unread(events: Sequence[Event], found: Sequence[Event], own: str | None, code: str) -> list[Event]:
    """``events`` with the speaker's own request, reproach, refusal, warning or protest aimed at ``code`` when
    the record read with the name codes no event of its type at all ("it seemed they had not listened" has no
    reading once "they" is a name); an event whose type the new reading keeps is left to :func:`_filled`."""
    kept = {f.event for f in found}
    return [
        dataclasses.replace(e, target=(code,))
        if own is not None
        and e.source == (own,)
        and not e.target
        and e.event in _SAID_TO
        and e.event not in kept
        else e
        for e in events
    ]


def may_fill(text: str, events: Sequence[Event]) -> bool:
    """Cheap test: the record has an event with a side to fill and words that may name it."""
    return bool(events) and _gated(text[:MAX_TEXT]) and any(_open(e, 1) or _open(e, 2) for e in events)


def settled(
    records: Sequence[Record],
    coded: Sequence[Sequence[Event]],
    recode: Callable[[int, str], list[Event]],
) -> list[list[Event]]:
    """The events of one page's run of ``records`` (in order, with ``coded`` their events), each record's empty
    sides filled from a pronoun or a two-sided phrase whose referent one of the records just before names
    (see the module's notes); ``recode(k, text)`` codes record ``k``'s text again as the run coded it."""
    out = [list(events) for events in coded]
    for k, (number, text, date, own) in enumerate(records):
        events = out[k]
        if k == 0 or not may_fill(text, events):
            continue
        head = text[:MAX_TEXT]
        pair = _PAIR.search(head)
        pronoun = _PRONOUN.search(head)
        if pair is None and pronoun is None:
            continue
        named = _named(head, date, own)
        if named[1]:
            continue
        earlier = records[max(0, k - 3) : k]
        if pair is not None:
            both = pair_referent(number, earlier)
            if both is None or set(named[0]) - {both[0][0], both[1][0]}:
                continue
            (a, name_a), (b, name_b) = both
            found = recode(k, _read_as(head, _PAIR, f"{name_a} and {name_b}"))
            out[k] = _filled(events, found, frozenset((a, b)))
            continue
        assert pronoun is not None
        one = referent(number, earlier, own)
        if one is None or set(named[0]) - {one[0]}:
            continue
        code, name = one
        found = recode(k, _read_as(head, _PRONOUN, name))
        out[k] = _unread(_filled(events, found, frozenset((code,))), found, own, code)
    return out
