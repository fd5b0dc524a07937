"""What an earlier record of the same page lends a record whose subject is a bare pronoun (session 36).

A readout or a message often names its actor once and goes on with a pronoun; a record coded alone then has
no side for it. :class:`detente.coding.document.RecordStream` reads consecutive records of one page together
and asks this module, record by record:

* **"It"/"Its" for an organisation or a state** (:func:`it_referent`, :func:`settled`): a record opening with
  "It has become ...", "Its role ..." right after a record (the sentence number just before) that names
  exactly one organisation or state, and nothing else of the kind, speaks of that one. The record is coded
  again with the pronoun read as the name, and the new coding is kept only when it names the referent and
  keeps every event the record had. An impersonal "it" is no referent: "It is important that ...", "It was
  agreed to ...", "It is planned to ..." (:func:`impersonal`).
* **"He"/"She" after words the page goes on reporting** (:func:`held_teller`): in a stream of contract
  records, the person a record named first stays the sayer of a later "He said ..." across a record that names
  no person at all ("Mr X said A." "B was also necessary." "He said C."), or one the stream was not given,
  within :data:`HOLD_REACH` sentence numbers. (A whole page coded by :func:`detente.coding.document.
  code_document` has its publisher for such a "He" instead, as before.) A record that names a
  person, or a title ("the Defence Minister"), or a capitalised name the dictionary does not know ("Nikolai
  Zubov was one of them"), ends the hold: the "he" after it may be someone else.

Nothing carries from one document to another: the stream starts each page afresh.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from detente.coding.actors import ActorKind, load_dictionary

if TYPE_CHECKING:
    from detente.coding.coder import Event

__all__ = [
    "HOLD_REACH",
    "Referent",
    "held_teller",
    "impersonal",
    "it_referent",
    "settled",
]

_IT_OPENING = re.compile(r"^\s*[\"“‘']?\s*(?P<word>It|Its)\s+(?P<rest>\S)")
"""A record whose first word is "It" or "Its" (after an opening quotation mark)."""

_IMPERSONAL = re.compile(
    r"^\s*[\"“‘']?\s*It(?:'s|’s)?\s+(?:\S+\s+){0,4}?(?:to|that|whether|if|how|when|as\s+if|as\s+though)\b"
    r"|^\s*[\"“‘']?\s*It(?:'s|’s)?\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|seems|seemed|"
    r"appears|appeared|remains|remained|goes|went|turns|turned|happens|happened|takes|took|means|meant)\b"
    r"|^\s*[\"“‘']?\s*It(?:'s|’s)?\s+(?:\w+\s+)?(?:is|was|be|been)\s+(?:\w+\s+)?"
    r"(?:agreed|decided|planned|proposed|noted|stressed|expected|emphasised|emphasized|suggested|said|"
    r"reported|announced|believed|known|clear|true|important|necessary|possible|impossible|essential|"
    r"hard|difficult|easy|time|high\s+time|no\s+secret|no\s+accident|no\s+coincidence|obvious|evident)\b",
    re.IGNORECASE,
)
"""An impersonal "it": "It is important that ...", "It was agreed to ...", "It seems ...", "It is no secret
...", "It was necessary next to ...". Any "It" with a form of "be", "seem", "remain" right after it counts as
impersonal, whatever follows: "It is ..." names a thing too rarely to risk reading it as an actor."""

_NAME_AFTER = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Mr\.|Mrs\.|Ms\.|Dr\.)\s+[A-Z]")
_CAPITALISED_PAIR = re.compile(r"\b[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+")
"""Two capitalised words in a row: a person's name, perhaps one the dictionary does not know ("Pavel Sokolov
was one of the guests"), or a body's ("the State Duma"), which may have a spokesman of its own."""

HOLD_REACH = 2
"""A "He"/"She" takes the person named this many sentence numbers before at most, when the records between
name no person."""


@dataclasses.dataclass(frozen=True, slots=True)
class Referent:
    """The one organisation or state a record names: its code and the words naming it."""

    code: str
    words: str


def impersonal(text: str) -> bool:
    """The record opens with an impersonal "it" ("It is important that ...", "It was agreed to ...")."""
    return _IMPERSONAL.match(text[:300]) is not None


def it_referent(previous: str, date: dt.date) -> Referent | None:
    """The one organisation or state ``previous`` names (by one code, however often), for an "It" opening the
    record after it; ``None`` when it names none, two or more, or a person as well (a person acts more often
    than the body named beside him: "Mr X praised the UN" then "It ..." may be either)."""
    dictionary = load_dictionary()
    found: dict[str, str] = {}
    for m in dictionary.match(previous[:2000], date=date):
        if m.code is None:
            continue
        if m.kind is ActorKind.PERSON or m.kind is ActorKind.TITLE:
            return None
        if m.kind is not ActorKind.ORG and m.kind is not ActorKind.STATE:
            return None
        found.setdefault(m.code, m.text)
        if len(found) > 1:
            return None
    if len(found) != 1:
        return None
    code, words = next(iter(found.items()))
    if not words or not words[0].isalpha():
        return None
    return Referent(code, words)


def _named(text: str, word: str, referent: Referent) -> str:
    """``text`` with its opening "It"/"Its" (``word``) read as the referent's name."""
    match = _IT_OPENING.match(text)
    if match is None:
        return text
    name = referent.words[0].upper() + referent.words[1:]
    if name.casefold().startswith("the "):
        name = "The " + name[4:]
    said = name + ("’s" if word == "Its" else "")
    return text[: match.start("word")] + said + text[match.end("word") :]


def settled(
    previous: tuple[int, str] | None,
    number: int,
    text: str,
    date: dt.date,
    events: Sequence[Event],
    recode: Callable[[str], list[Event]],
) -> list[Event]:
    """A record opening with "It"/"Its" coded again with the pronoun read as the one organisation or state
    the record just before (``previous``: its sentence number and text) names; the new events are kept when
    they name the referent and keep every event type the record had, else the record's own ``events``."""
    if previous is None or number - previous[0] != 1:
        return list(events)
    match = _IT_OPENING.match(text[:300])
    if match is None or impersonal(text):
        return list(events)
    referent = it_referent(previous[1], date)
    if referent is None:
        return list(events)
    found = recode(_named(text, match.group("word"), referent))
    if not any(referent.code in e.source or referent.code in e.target for e in found):
        return list(events)
    if not {e.event for e in events} <= {e.event for e in found}:
        return list(events)
    return found


def held_teller(text: str, date: dt.date) -> bool:
    """The record names no person, no title and no name the dictionary does not know, so the person the
    page named last is still the one a later "He said ..." speaks of (:func:`detente.coding.document.
    _next_teller` keeps its teller for up to :data:`HOLD_REACH` sentence numbers)."""
    head = text[:2000]
    if _NAME_AFTER.search(head) or re.search(r"\b(?:he|she|his|her|him)\b", head, re.IGNORECASE):
        return False
    if _CAPITALISED_PAIR.search(head):
        return False
    dictionary = load_dictionary()
    return not any(m.kind in (ActorKind.PERSON, ActorKind.TITLE) for m in dictionary.match(head, date=date))
