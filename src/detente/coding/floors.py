"""Who holds the floor in a transcript read record by record.

A contract record seldom names its speaker when a transcript is split into sentences: the label
("President of Russia Vladimir Putin: Colleagues, ...") opens only the first sentence of a turn, and the
sentences after it ("We call on all stakeholders ...", "Mr Abbas and I discussed ...") say "I" and "we"
without saying whose. :func:`detente.coding.document.code_document` lets a label hold the floor until the
next one; :class:`Floor` does the same for :class:`detente.coding.document.RecordStream`, which reads the
records of one document in order but one at a time. A record with a context of its own keeps it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from detente.coding.actors import load_dictionary
from detente.coding.filters import speaks_in_first_person
from detente.coding.ownvoice import opens_in_own_voice
from detente.coding.patterns import tokenize, words
from detente.coding.units import resolve_speaker, speaker_turn

__all__ = ["Floor", "floor_holders", "labelled_sides"]


@dataclass(slots=True)
class Floor:
    """The speaker of the last transcript label a document's records opened with: ``held`` once a label
    was read, ``code`` the actor it names (``None`` for a question, a moderator or a person the
    dictionary does not know, whose "we" is nobody's)."""

    held: bool = False
    code: str | None = None

    def take(self, text: str, date: dt.date) -> None:
        """Give the floor to the speaker whose label opens ``text``; keep it as it is otherwise."""
        turn = speaker_turn(load_dictionary(), text, date)
        if turn is not None:
            self.held, self.code = True, turn.code

    def speaker(self, text: str) -> str | None:
        """Whose "I" and "we" ``text`` says, when a label holds the floor: its holder, for a record in the
        first person that names no "he" or "she" (in a speaker's words those are someone else, where a
        press release's "He said" is its own subject) unless it opens in the speaker's own voice ("I would
        like to thank him for ...", :func:`detente.coding.ownvoice.opens_in_own_voice`); ``None``
        otherwise."""
        if not self.held or self.code is None:
            return None
        tokens = tokenize(text[:2000])
        if not speaks_in_first_person(tokens):
            return None
        if any(t.norm in _THIRD_PERSONS for t in tokens) and not opens_in_own_voice(tokens):
            return None
        return self.code


_THIRD_PERSONS = words("he she him her his")
"""Pronouns a speaker uses for others: a record holding one is coded as before, without the floor."""


def labelled_sides(records: Sequence[tuple[str, str, dt.date, str | None]]) -> tuple[str, ...]:
    """The two sides of a meeting told by who speaks in a transcript: the actors the speaker labels of
    the records without a context name ("Vladimir Putin: ...", "President of the Republic of
    Abkhazia Raul Khajimba: ..."), when they are exactly two states or organisations and every label
    names a known one; ``()`` otherwise (a round table whose speakers the dictionary does not know tells
    no pair, even if two of them resolve)."""
    dictionary = load_dictionary()
    found: dict[str, None] = {}
    for _, text, date, context in records:
        if context:
            continue
        turn = speaker_turn(dictionary, text, date)
        if turn is None or turn.marker:
            continue
        if turn.code is None or not dictionary.is_side(turn.code):
            return ()
        found[turn.code] = None
    return tuple(found) if len(found) == 2 else ()


def _label_name(text: str, end: int) -> list[str]:
    """The words of a transcript label's name, without its note ("Pietro Parolin (retranslated):")."""
    label = re.sub(r"\([^)]{0,40}\)", " ", text[:end]).replace(":", " ")
    return [w.lower() for w in label.split()]


def floor_holders(
    records: Sequence[tuple[str, str, dt.date, str | None]],
    *,
    close_at_question: bool = False,
    short_labels: bool = False,
) -> list[str | None] | None:
    """Who holds the floor in each record of one document (in order), for the page-level passes that read
    a speaker's "you" (:mod:`detente.coding.addressedthanks`, :mod:`detente.coding.approvals`): the
    record's context's speaker, else the actor of the last transcript label.

    A question or the chair's label ("Question:", "MODERATOR:") makes the whole page unread (``None``),
    or, with ``close_at_question``, leaves every record from there on without a holder (a press conference
    after the statements, where "you" may be the journalist). A label naming someone the dictionary does
    not know makes the page unread, unless ``short_labels`` and it repeats the end of one full label read
    before ("Pietro Parolin:" after "Vatican Secretary of State Cardinal Pietro Parolin:").

    >>> d = dt.date(2017, 6, 20)
    >>> floor_holders([("p-1", "President of Russia Vladimir Putin: Friends,", d, None),
    ...                ("p-2", "Thank you.", d, None)])
    ['RUS', 'RUS']
    """
    dictionary = load_dictionary()
    holder: str | None = None
    known: list[tuple[list[str], str]] = []
    out: list[str | None] = []
    closed = False
    for _, text, date, context in records:
        if context:
            out.append(None if closed else resolve_speaker(dictionary, context, date))
            continue
        turn = speaker_turn(dictionary, text, date)
        if turn is not None:
            if turn.marker:
                if not close_at_question:
                    return None
                closed = True
            elif turn.code is not None:
                holder = turn.code
                known.append((_label_name(text, turn.end), turn.code))
            else:
                name = _label_name(text, turn.end)
                same = {code for full, code in known if len(name) >= 2 and full[-len(name) :] == name}
                if not short_labels or len(same) != 1:
                    return None
                holder = same.pop()
        out.append(None if closed else holder)
    return out
