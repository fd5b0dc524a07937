"""Pronouns that cost an act or its doer (s34-pronoun2). The actor stage reads "it"/"they" as the nearest
actor before, which is right for a sayer's "it" but wrong twice: an object pronoun becomes the subject again
(the act is then aimed at its own doer and dropped), and a coordinated subject's "they" or "their" keeps only
the last name of the list, or none. The reader builds one more reading of the sentence with those pronouns
put in plain words, reads it through the coder's ``reread`` callback and keeps only what the pronoun cost
(examples in our own words):

- **an object pronoun** of an act ("it", "them" right after the verb, before the end of the clause or a
  preposition) becomes a neutral noun ("the move"): "Oslo drafted a plan and the Union backed it" -> SUPPORT
  by the Union, no target (the thing backed is no side; who drafted it is not read into the target).
- **a coordinated sayer's "they"**: "Hungary and Serbia said they would run joint exercises" -> "they" is
  the whole list before the saying verb (not its last name), so the exercises are done by both.
- **a coordinated sayer's "their"**: "Peru and Chile said their talks went well" -> "their" reads as "the"
  in the reading, which lets the talks take the sides of the saying list.

What the reading adds: events of types the sentence lacks, anchored on the verb right before an object
pronoun (for the first kind) or done by the whole list (for the others); and for an event of the same type
whose source is empty or only part of the list, the list as its source. Nothing is dropped and no target is
invented. Left alone: a doer named with a capitalised word the dictionary does not know before it ("Flemish
Belgians backed it": a part of a people, not its state), "it" or "they" before a verb of their own that is no sayer's ("they would" after a
single name), "them to" ("ordered them to leave": the pronoun is the subject of the next verb), "make it"/
"said it", a single name before "they" (plural groups are left to the actor stage), sentences over 600
characters. :func:`settled` runs behind a word gate and never raises.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from detente.coding.patterns import PREPOSITIONS, norms_of, words

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.patterns import Token
    from detente.coding.units import Unit

__all__ = ["reading", "settled"]

logger = logging.getLogger(__name__)

Reread = Callable[[str], "list[Event]"]

_MAX_CHARS = 600
_GATE = words("it them they their")
_OBJECTS = words("it them")
_NEUTRAL = "the move"
_SAYING = words(
    "said say says announced stated declared confirmed reported added noted stressed warned insisted "
    "indicated agreed affirmed reaffirmed told"
)
_BETWEEN = words("that on in at late early earlier also today yesterday jointly again then both")
"""Words a saying verb and its "they" may have between them ("said on Monday that they")."""
_NOT_VERB = words(
    "said say says make makes made find finds found consider considers considered call calls called "
    "take takes took keep keeps kept see sees saw believe believes believed deem deems deemed put puts "
    "do does did done is was are were be been being has have had will would shall should can could may "
    "might must let lets that which what than as if when because and or but to of in on at for by from with "
    "about into onto upon so not nor"
)
"""Words before "it"/"them" that make it no object of an act (a sayer's "said it", "make it clear")."""
_END = frozenset({".", ",", ";", ":", "!", "?", ")", '"', "'", "\u201d", "-", "\u2013", "\u2014"})
_ADVERBS = words(
    "too also again strongly firmly fully warmly immediately unanimously publicly openly outright "
    "today yesterday tonight now later as well"
)


@dataclasses.dataclass(frozen=True)
class _Reading:
    text: str
    edits: tuple[tuple[int, int, int, int], ...]
    """Per replaced span: (reading start, reading end, sentence start, sentence end)."""
    objects: tuple[int, ...]
    """Sentence offsets of the verbs' ends before a replaced object pronoun."""
    lists: tuple[tuple[str, ...], ...]
    """The codes of each coordinated sayer whose pronoun was replaced."""

    def where(self, at: int) -> int:
        """The sentence offset of reading offset ``at``."""
        shift = 0
        for a, b, s0, s1 in self.edits:
            if at < a:
                break
            if at < b:
                return s0 if at == a else s1
            shift = s1 - b
        return max(0, at + shift)


def _saying_list(tokens: Sequence[Token], units: Sequence[Unit], i: int) -> list[Unit]:
    """The coordinated sides that say the pronoun at token ``i`` ("X and Y said on Monday that they")."""
    j = i - 1
    while j >= 0 and tokens[j].norm in _BETWEEN and i - j <= 5:
        j -= 1
    if j < 1 or tokens[j].norm not in _SAYING:
        return []
    by_end = {u.tok_end: u for u in units if u.code and u.kind not in ("pronoun", "possessive")}
    found: list[Unit] = []
    k = j
    if tokens[j - 1].norm == "and":
        # "X and Y condemned the raid and said they ...": the sayer is the subject of the first predicate
        k = _opening_list_end(tokens, by_end, j - 1)
    while k in by_end:
        unit = by_end[k]
        if unit.locative:
            return []
        found.insert(0, unit)
        k = unit.tok_start
        if k >= 2 and tokens[k - 1].norm in ("and", ","):
            k -= 1
        else:
            break
    if k > 0 and (tokens[k - 1].norm in PREPOSITIONS or tokens[k - 1].norm == "'s"):
        return []  # "talks between X and Y said ...": the list is governed, not the sayer
    codes = {u.code for u in found}
    return found if len(codes) >= 2 else []


def _opening_list_end(tokens: Sequence[Token], by_end: dict[int, Unit], before: int) -> int:
    """Where the list of sides that opens the sentence ends, when the words from there to ``before`` are a
    predicate of it with no stop between ("X and Y condemned the raid" before "and said"); else -1."""
    first = min((u for u in by_end.values() if u.tok_start <= 1), key=lambda u: u.tok_start, default=None)
    if first is None or (first.tok_start == 1 and tokens[0].norm != "the"):
        return -1
    starts = {u.tok_start: u for u in by_end.values()}
    end = first.tok_end
    while end + 1 < before and tokens[end].norm in ("and", ",") and end + 1 in starts:
        end = starts[end + 1].tok_end
    if any(t.norm in _END or t.norm in ("who", "which", "that", "while", "but") for t in tokens[end:before]):
        return -1
    return end


def _object_pronoun(tokens: Sequence[Token], i: int) -> bool:
    """Whether "it"/"them" at ``i`` is the object of the word before and closes its clause."""
    if i == 0:
        return False
    before = tokens[i - 1]
    if not before.is_word or before.norm in _NOT_VERB or not before.text[:1].islower():
        return False
    if not (before.norm.endswith(("ed", "es", "s")) or before.norm in ("back", "support", "condemn")):
        return False
    k = i + 1
    while k < len(tokens) and tokens[k].norm in _ADVERBS:
        k += 1
    if k >= len(tokens):
        return True
    after = tokens[k]
    if after.norm in _END:
        return True
    return (after.norm in PREPOSITIONS and after.norm not in ("to", "of", "that")) or after.norm in (
        "and",
        "but",
    )


def reading(text: str, tokens: Sequence[Token], units: Sequence[Unit]) -> _Reading | None:
    """The sentence with its costly pronouns put in words, or ``None`` when it has none."""
    edits: list[tuple[int, int, str]] = []
    objects: list[int] = []
    lists: list[tuple[str, ...]] = []
    for i, tok in enumerate(tokens):
        if tok.norm in _OBJECTS and _object_pronoun(tokens, i):
            edits.append((tok.start, tok.end, _NEUTRAL))
            objects.append(tokens[i - 1].end)
        elif tok.norm in ("they", "their"):
            sayers = _saying_list(tokens, units, i)
            if not sayers:
                continue
            lists.append(tuple(dict.fromkeys(u.code for u in sayers if u.code)))
            if tok.norm == "they":
                edits.append((tok.start, tok.end, text[sayers[0].start : sayers[-1].end]))
            else:
                edits.append((tok.start, tok.end, "the"))
    if not edits:
        return None
    out: list[str] = []
    spans: list[tuple[int, int, int, int]] = []
    last = 0
    length = 0
    for start, end, words_ in edits:
        out.append(text[last:start])
        length += start - last
        spans.append((length, length + len(words_), start, end))
        out.append(words_)
        length += len(words_)
        last = end
    out.append(text[last:])
    return _Reading("".join(out), tuple(spans), tuple(objects), tuple(lists))


def _moved(event: Event, found: _Reading) -> Event:
    anchor = (found.where(event.anchor[0]), found.where(event.anchor[1]))
    evidence = (found.where(event.evidence[0]), found.where(event.evidence[1]))
    return dataclasses.replace(
        event,
        anchor=(anchor[0], max(anchor)),
        evidence=(min(evidence[0], anchor[0]), max(evidence[1], anchor[1])),
    )


def _qualified(units: Sequence[Unit], codes: Sequence[str]) -> bool:
    """Whether a side of ``codes`` is named with a capitalised word the dictionary does not know right
    before it ("Flemish Belgians", "Bosnian Serbs"): a part of the people, not the state its code names."""
    unknown = {u.tok_end for u in units if u.code is None and u.kind == "unknown"}
    return any(u.code in codes and u.tok_start in unknown for u in units)


def _merge(events: list[Event], found: _Reading, read: Sequence[Event], units: Sequence[Unit]) -> list[Event]:
    out = list(events)
    have = {e.event for e in events}
    sides = [set(codes) for codes in found.lists]
    for ev in read:
        moved = _moved(ev, found)
        by_list = any(set(ev.source) == side for side in sides)
        if ev.event not in have:
            on_object = any(abs(moved.anchor[1] - end) <= 1 for end in found.objects)
            if (on_object and ev.source and not _qualified(units, ev.source)) or by_list:
                out.append(moved)
                have.add(ev.event)
            continue
        if not by_list:
            continue
        for k, old in enumerate(out):
            if old.event is ev.event and set(old.source) < set(ev.source):
                # the list's act: its own target, never one of its doers (the last name taken for "they")
                target = tuple(c for c in (ev.target or old.target) if c not in ev.source)
                out[k] = dataclasses.replace(old, source=ev.source, target=target)
    return out


def settled(
    text: str,
    tokens: Sequence[Token],
    units: Sequence[Unit],
    events: list[Event],
    reread: Reread | None,
) -> list[Event]:
    """``events`` with what the sentence's pronouns cost put back; never raises."""
    if reread is None or len(text) > _MAX_CHARS or _GATE.isdisjoint(norms_of(tokens)):
        return events
    try:
        found = reading(text, tokens, units)
        if found is None:
            return events
        return _merge(events, found, reread(found.text), units)
    except Exception:  # a reading that fails leaves the sentence as read
        logger.exception("pronoun2: pronouns of %r not read", text[:80])
        return events
