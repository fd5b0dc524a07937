"""Second acts of joined clauses (s34-subset2): a sentence that tells two acts in two joined clauses sometimes
gets only one of them, because a filter that settles the sentence's main act drops the other one ("announced
it would fire missiles ..., and warned that ..." keeps the warning and loses the firing). The reader cuts the
sentence where a second clause starts (", and", ", but", ", while", ", whereas", ";"), reads each side again
as a sentence of its own through the coder's ``reread`` callback, and adds the events of types the sentence
lacks (examples in our own words):

- **the first clause alone**: "Beijing said it would fire rockets off the island's ports next week, and
  warned that it would not sit idly by" -> the firing (MOBILIZE, future) beside the warning.
- **a second predicate**: "The Secretary General condemned the killing of the envoy, who was stabbed last
  night, and conveyed his condolences to the minister" -> the first clause's subject is put before the
  predicate after ", and" ("The Secretary General conveyed his condolences ...") -> SUPPORT.
- **a second clause with its own subject**: "Lima rejected the plan, while Quito endorsed it" -> the clause
  after the joint is read alone.

Left alone: a sentence dated to a month or a year (its second clause is background), a second "that"
complement or a clause after an allegation ("a report alleged that ..., and that ..."), a list of names
closed by ", and", a phrase that goes on (", and to allow ...", ", and in Paris"), an act told after a
saying verb in the reading ("but officials reported shelling": the first reading made it an accusation), an
event whose sides the sentence does not name (the reading leaned on the speaker), and a clause without a
phrase of a new type (not read at all, which keeps the reader cheap). Events of types the sentence already
has are never added; anchors and evidence are moved back onto the sentence's own characters. :func:`settled`
runs behind a word gate and never raises.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType
from detente.coding.patterns import norms_of, words

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.patterns import PhraseIndex, Token
    from detente.coding.units import Unit

__all__ = ["second_clauses", "settled"]

logger = logging.getLogger(__name__)

Reread = Callable[[str], "list[Event]"]

_MAX_CHARS = 600
"""Longer sentences are left as read: their clauses are too many to read one by one."""

_GATE = frozenset({"and", "but", "while", "whereas", ";"})

_JOIN = re.compile(r"(?:,\s+(?:and|but|while|whereas)|;)\s+(?=\S)")
_DATED = re.compile(
    r"\b(?=[JFMASOND12ly])(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:19|20)\d\d|last\s+(?:year|month|week)|years?\s+ago)\b"
)
"""A month or a year named in a sentence: the clause beside its act is background, as the gold sets leave it."""
_IRREGULAR_PAST = words(
    "sent held made took gave met told said brought sought won lost led left put set cut struck shot fought "
    "threw drew spoke wrote broke began fled kept paid sold bought built felt found hit laid meant ran rose saw "
    "stood swore taught thought withdrew overtook undertook forbade arose"
)
_NOT_VERB_ED = words("need seed speed breed bed red hundred indeed united armed embed shed")
_NOT_OPENING = words(
    "to not in at on for with from by of into during including especially particularly also then so thus as "
    "over under between among within without against through that whether if what how who which whose"
)
"""Words after ", and" that continue a phrase of the first clause ("and to ...", "and that ...": a second
complement of the first verb) rather than open a clause of its own."""
_AUX = words("has have had will would shall should can could may might must is are was were did does do")


_SAYING = words(
    "said says added noted stressed explained recalled reported claimed alleged pointed emphasised emphasized "
    "underlined observed remarked told"
)
"""Saying verbs: a predicate of saying carries what another reading already made of its clause."""
_SAID = re.compile(r"\b(?:" + "|".join(sorted(_SAYING)) + r")\b", re.IGNORECASE)


_ALLEGED = re.compile(
    r"\b(?:alleges?|alleged(?!ly)|claims?|claimed|accuses?|accused|suspects?|suspected|according\s+to|"
    r"reportedly|allegedly)\b",
    re.IGNORECASE,
)
"""Verbs of an allegation: what the clauses after them tell may be alleged, not a fact."""


def _verb_led(word: str) -> bool:
    """Whether a lower-case word opens a predicate: a past form ("referred", "sent") or an auxiliary."""
    w = word.lower()
    if not w.isalpha() or w in _SAYING:
        return False
    if w in _AUX or w in _IRREGULAR_PAST:
        return True
    return w.endswith("ed") and len(w) > 4 and w not in _NOT_VERB_ED


def _head(text: str, events: Sequence[Event], units: Sequence[Unit], cut: int) -> tuple[int, int] | None:
    """Characters of the subject of the clause a second predicate joins: the words before the first trigger
    before ``cut`` that follow a side or a pronoun, up to the first verb."""
    for at in sorted(e.anchor[0] for e in events if 0 < e.anchor[0] < cut):
        lo = max(text.rfind(";", 0, at) + 1, 0)
        named = [
            u for u in units if lo <= u.start and u.end <= at and (u.code is not None or u.kind == "pronoun")
        ]
        if not named:
            continue
        lo = max(lo, _dateline_end(text, named[0].start))
        words_ = text[lo:at].split()
        cut_at = next((k for k, w in enumerate(words_) if k and w.islower() and _verb_led(w)), len(words_))
        head = " ".join(words_[:cut_at])
        if head and len(head.split()) <= 10 and "," not in head and head in text[lo:at]:
            start = text.index(head, lo)
            return start, start + len(head)
    return None


_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+\s+[-\u2013\u2014(]")


def _dateline_end(text: str, first: int) -> int:
    m = _DATELINE.match(text)
    return m.end() if m is not None and m.end() <= first else 0


def _moved(ev: Event, mapping: Callable[[int], int]) -> Event:
    return dataclasses.replace(
        ev,
        evidence=(mapping(ev.evidence[0]), max(mapping(ev.evidence[0]), mapping(ev.evidence[1]))),
        anchor=(mapping(ev.anchor[0]), max(mapping(ev.anchor[0]), mapping(ev.anchor[1]))),
    )


def _cuts(text: str) -> list[tuple[int, int, bool]]:
    """Where second clauses start: (end of the first clause, start of the second, whether the second lacks a
    subject)."""
    cuts: list[tuple[int, int, bool]] = []
    for m in _JOIN.finditer(text):
        rest = text[m.end() :].split(maxsplit=1)
        first = rest[0].lower() if rest else ""
        if not first or first in _NOT_OPENING or first in _SAYING:
            continue  # ", and to allow ...", ", and in Paris": no clause of its own
        if first[:1].islower() and rest[0][:1].islower() and _verb_led(first):
            cuts.append((m.start(), m.end(), True))
        elif _ALLEGED.search(text, 0, m.start()):
            continue  # "a report alleged that ..., but ...": the second clause may be alleged too
        elif len(text[text.rfind(",", 0, m.start()) + 1 : m.start()].split()) >= 4:
            cuts.append((m.start(), m.end(), False))  # not the last item of a list of names
    return sorted(set(cuts))


def _joined(lo: int, n: int, start: int, pos: int) -> int:
    """A character of "HEAD REST" back on the sentence: the head's own, else the rest's."""
    return lo + pos if pos <= n else start + pos - n - 1


def _shifted(start: int, pos: int) -> int:
    return start + pos


def _clipped(end: int, pos: int) -> int:
    return min(pos, end)


def _readings(
    text: str, events: Sequence[Event], units: Sequence[Unit]
) -> list[tuple[str, tuple[int, int], Callable[[int], int]]]:
    """The clauses of the sentence as texts of their own, each with the map of its characters back to the
    sentence's: the second clause (after the first clause's subject when it has none), and the first clause
    up to the cut."""
    out: dict[str, tuple[tuple[int, int], Callable[[int], int]]] = {}
    for end, start, bare in _cuts(text):
        if start >= len(text) - 3:
            continue
        if bare:
            head = _head(text, events, units, end)
            if head is None:
                continue
            lo, hi = head
            back = functools.partial(_joined, lo, hi - lo, start)
            out.setdefault(f"{text[lo:hi]} {text[start:]}", ((start, len(text)), back))
        else:
            out.setdefault(text[start:], ((start, len(text)), functools.partial(_shifted, start)))
        if end > 20:
            out.setdefault(text[:end].rstrip() + ".", ((0, end), functools.partial(_clipped, end)))
    return [(reading, span, back) for reading, (span, back) in out.items()]


def _new_kinds(text: str, tokens: Sequence[Token], phrases: PhraseIndex, have: set[EventType]) -> list[int]:
    """Character offsets of the sentence's phrases of types it lacks: a clause without one is not read."""
    return [
        tokens[m.start].start
        for m in phrases.matches(tokens, {})
        if m.phrase.rule is not None and m.phrase.rule.event not in have
    ]


def second_clauses(
    text: str,
    tokens: Sequence[Token],
    units: Sequence[Unit],
    events: list[Event],
    reread: Reread,
    phrases: PhraseIndex,
) -> list[Event]:
    """``events`` with those of the sentence's clauses read alone whose types it lacks (see the module doc)."""
    have = {e.event for e in events}
    named = {u.code for u in units if u.code is not None}
    cues = _new_kinds(text, tokens, phrases, have)
    if not cues:
        return events
    added: list[Event] = []
    for reading, (lo, hi), back in _readings(text, events, units):
        if not any(lo <= at < hi for at in cues):
            continue  # no phrase of a new type to find
        for ev in reread(reading):
            if ev.event in have or not ev.source or not set(ev.source) <= named:
                continue  # a side the sentence does not name: the reading leaned on the speaker
            if _SAID.search(reading, 0, ev.anchor[0]):
                continue  # "but officials reported shelling": an allegation the first reading took
            have.add(ev.event)
            added.append(_moved(ev, back))
    return [*events, *added] if added else events


def settled(
    text: str,
    tokens: Sequence[Token],
    units: Sequence[Unit],
    events: list[Event],
    reread: Reread | None,
    phrases: PhraseIndex,
) -> list[Event]:
    """``events`` with the acts of the clauses the first reading missed; never raises."""
    if not events or reread is None or len(text) > _MAX_CHARS:
        return events
    if _GATE.isdisjoint(norms_of(tokens)) or _JOIN.search(text) is None:
        return events  # no joint: no clause to read (second_clauses would find none, s34-speed4)
    if _DATED.search(text):  # (s35-speed6: after the cheaper search for a joint)
        return events  # a sentence dated to a month or a year tells background beside its act
    try:
        return second_clauses(text, tokens, units, events, reread, phrases)
    except Exception:  # a reading that fails leaves the sentence as read
        logger.exception("subset2: clauses of %r not read", text[:80])
        return events
