"""Coder stage 6c, a side named by a list after "by": when an event's source or target is one actor that the
sentence names as an agent after "by" ("by the United States", "by a number of EU countries") and the
sentence lists more actors with it ("by the United States and a number of EU countries"), every actor of
the list holds that role: "We regard the expulsion of Russian diplomats by the United States and a number
of EU countries as a provocative gesture" accuses both, and both expelled.

Limits: only a role of exactly one code is completed, from a "by" agent that is the code's only mention in
the event's evidence (not "entered Polish airspace, and ... were shot down by Polish and Allied aircraft",
whose Poland is the airspace's); the list
is read rightwards with :func:`detente.coding.subjects._conjuncts` and stops at an actor that is a place, an
owner ("by Ukraine and Russia's response": Russia owns the response, it did not act), or the subject of a
new clause ("was shelled by Ukraine and Russia replied"); an actor already in the other role is left out."""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.patterns import Token
from detente.coding.roleparts import prep_before
from detente.coding.subjects import _conjuncts, _starts_clause
from detente.coding.units import Unit

_QUANTIFIERS = frozenset({"a", "an", "number", "group", "several", "some", "many", "few", "handful", "of"})


def _after_by(tokens: Sequence[Token], unit: Unit) -> bool:
    """The unit is an agent after "by", directly or through a quantity ("by a number of EU countries")."""
    if prep_before(tokens, unit) == "by":
        return True
    i = unit.tok_start - 1
    while i >= 0 and unit.tok_start - i <= 5 and tokens[i].norm in _QUANTIFIERS:
        i -= 1
    return 0 <= i < unit.tok_start - 1 and tokens[i].norm == "by"


_MEMBER_NOUNS = frozenset(
    {"countries", "states", "members", "member", "nations", "governments", "allies", "partners", "capitals"}
)


def _new_clause(tokens: Sequence[Token], unit: Unit) -> bool:
    """The actor is the subject of a new clause ("by Ukraine and Russia replied"), not an actor whose
    members a noun after it names ("a number of EU countries")."""
    nxt = tokens[unit.tok_end].norm if unit.tok_end < len(tokens) else ""
    return nxt not in _MEMBER_NOUNS and _starts_clause(tokens, unit)


def _owner(tokens: Sequence[Token], unit: Unit) -> bool:
    """The actor owns what follows it: "Russia's response"."""
    return unit.tok_end < len(tokens) and tokens[unit.tok_end].norm in ("'s", "’s", "'", "’")


def with_listed_agents(
    text: str,
    tokens: Sequence[Token],
    units: Sequence[Unit],
    role: tuple[str, ...],
    other: tuple[str, ...],
    span: tuple[int, int],
) -> tuple[str, ...]:
    """``role`` (an event's source or target) with the actors listed after its one "by" agent added;
    ``other`` is the event's other role, whose actors are never added; ``span``: the event's evidence, in
    which the agent must be the role's only mention."""
    if len(role) != 1:
        return role
    named = [u for u in units if u.code == role[0] and span[0] <= u.start and u.end <= span[1]]
    agents = [u for u in named if _after_by(tokens, u)]
    if len(agents) != 1 or len(named) != 1 or _owner(tokens, agents[0]) or _new_clause(tokens, agents[0]):
        return role
    added: list[str] = []
    for unit in _conjuncts(text, tokens, units, agents[0], leftwards=False)[1:]:
        if unit.code is None or unit.locative or unit.kind == "pronoun":
            break
        if _owner(tokens, unit) or _new_clause(tokens, unit):
            break
        if unit.code not in role and unit.code not in other and unit.code not in added:
            added.append(unit.code)
    return role + tuple(added)
