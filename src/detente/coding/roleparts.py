"""Coder stage 4, roles — the shared small parts: the :class:`Roles` value, the clause an index is in, the
preposition before an actor, the codes and names of actor units, and word lists more than one role module
reads. See :mod:`detente.coding.roles` for the stage."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from detente.coding.ontology import Polarity
from detente.coding.patterns import PREPOSITIONS, Token, words
from detente.coding.units import Unit
from detente.coding.unitspans import unit_codes

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.ontology import EventType

Make = Callable[["EventType", str, "Roles", "Polarity", int, int, str], "Event"]
"""How a sentence-stage reader builds its event: type, mode, roles, polarity, anchor start and end, trigger
name (the coder passes ``functools.partial(_finish, ctx)``-style builders of this shape)."""


def add_asserted(
    events: Sequence[Event],
    make: Make,
    etype: EventType,
    mode: str,
    roles: Roles,
    span: tuple[int, int],
    text: str,
) -> list[Event]:
    """``events`` and one more, asserted, anchored at ``span`` of ``text`` and named by the words there."""
    start, end = span
    return [*events, make(etype, mode, roles, Polarity.ASSERTED, start, end, text[start:end])]


SUBJECT_REACH = 40
"""Tokens before a verb searched for its subject."""


_QUANTITY = words(
    "hundreds thousands dozens tens millions some many most all none one two three four five six seven "
    "eight nine ten several scores number numbers group groups members member part"
)


_DIRECTIONS = words(
    "eastern western northern southern central north south east west northeastern northwestern southeastern "
    "southwestern"
)


_ATTACK_NOUNS = words(
    "strike strikes air-strike air-strikes attack attacks raid raids bombing bombardment shelling offensive "
    "operation ambush assault"
)


SPEECH_VERBS = words(
    "added adds announced announces called claimed claims confirmed confirms emphasised emphasises "
    "insisted insists noted notes pointed reported reports said say says stressed stresses tells told "
    "underlined writes wrote"
)
"""Verbs that report speech: a trailing or parenthetical speaker, and who calls another a partner."""


# ----------------------------------------------------------------------------------------------- values


_codes = unit_codes
"""The distinct actor codes of units, in order (the one reading in :mod:`detente.coding.units`)."""


@dataclass(frozen=True, slots=True)
class Roles:
    """Who did it to whom, and where those words are."""

    source: tuple[str, ...]
    target: tuple[str, ...]
    span: tuple[int, int]
    mutual: bool = False
    named: bool = False
    """Both roles are held by names, some unknown to the dictionary ("Arnor restored ties with Gondor"):
    an event between actors that cannot be coded, kept (with empty actor lists when none is known)."""
    crowd: bool = False
    """The source is a crowd ("protesters", "a Ukrainian protestor"): its violence is a riot."""


def clause_floor(tokens: Sequence[Token], index: int) -> int:
    """The first token of the clause that holds token ``index``: the one after the last ";" or ":" before
    it (0 when there is none)."""
    if index <= 0:
        return index  # (what the while loop this replaces gave)
    for i in range(index - 1, -1, -1):  # (s38-speed13: a for loop, one step less a token than the while)
        if tokens[i].norm in _CLAUSE_MARKS:
            return i + 1
    return 0


_CLAUSE_MARKS = frozenset({";", ":"})


def prep_before(tokens: Sequence[Token], unit: Unit) -> str | None:
    """The preposition that governs ``unit`` ("to the EU", "with both Koreas", "in eastern Ukraine"), past
    articles and compass words; ``None`` when there is none or it is a quantity's "of" ("hundreds of UN
    troops")."""
    i = unit.tok_start - 1
    while i >= 0 and (tokens[i].norm in ("the", "a", "an", "both", "all") or tokens[i].norm in _DIRECTIONS):
        i -= 1
    if i >= 0 and tokens[i].norm in PREPOSITIONS:
        if tokens[i].norm == "of" and i > 0 and tokens[i - 1].norm in _QUANTITY:
            return None  # "hundreds of UN troops": the troops are the subject
        return tokens[i].norm
    return None


def _named(units: Sequence[Unit]) -> bool:
    """Whether a role is held by a name (known or not), not by an unresolved pronoun."""
    return any(u.code is not None or (u.kind == "unknown" and not u.locative) for u in units)


def _joined_by_and(tokens: Sequence[Token], left: Unit, right: Unit) -> bool:
    """Two units joined by "and"/"or" ("Southern and Western"), not by a bare comma."""
    between = [t.norm for t in tokens[left.tok_end : right.tok_start]]
    return between in (["and"], ["or"], ["and", "the"], ["or", "the"])


def _joined(tokens: Sequence[Token], left: Unit, right: Unit) -> bool:
    """Two units of one list: only "and", "or", commas and "the" between them."""
    between = [t.norm for t in tokens[left.tok_end : right.tok_start]]
    return bool(between) and all(w in ("and", "or", ",", "the") for w in between)


def _named_count(units: Sequence[Unit]) -> int:
    """How many sides ``units`` name: distinct codes plus unknown names ("Mr Putin and Mr Berlusconi" is
    two; "Mr Putin and Mr Ivanov", both Russian, is one)."""
    codes = {u.code for u in units if u.code is not None}
    return len(codes) + sum(1 for u in units if u.code is None and u.kind == "unknown" and not u.locative)


def according_to(tokens: Sequence[Token], unit: Unit) -> bool:
    """``unit`` is the source a fronted "According to X," names, the sayer of the clause after it ("According to
    the Russian side, the deployment ... constitutes a direct violation of the INF Treaty by the United
    States")."""
    i = unit.tok_start - 1
    while i >= 0 and tokens[i].norm in ("the", "a", "an"):
        i -= 1
    return (
        i >= 1
        and tokens[i].norm == "to"
        and tokens[i - 1].norm == "according"
        and (i == 1 or tokens[i - 2].norm in (",", ";", ":"))
        and unit.tok_end < len(tokens)
        and tokens[unit.tok_end].norm == ","
    )


def without_repeats(events: Sequence[Event]) -> list[Event]:
    """``events`` in order, each (type, sources, targets, polarity) once: the first telling is kept."""
    seen: set[tuple[object, ...]] = set()
    out: list[Event] = []
    for e in events:
        key = (e.event, e.source, e.target, e.polarity)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out
