"""Coder stage 6b, a statement reader: a complaint that another actor is coming closer to one's borders.

Russian officials put their main grievance against the Alliance as a movement: "NATO started to grow,
edging ever nearer to our borders", "the bloc keeps advancing towards Russia's borders", "the Alliance's
infrastructure is creeping up to our frontiers". No verb of blame is said, yet the statement blames the
one that moves; the gold codes it ACCUSE by the owner of the borders against the mover.

The reader asks for all of these, in one clause:

- a verb of movement or growth ("expand", "move", "advance", "approach", "creep", "edge", "come", "draw",
  "get", "inch", "push"), or "closer"/"nearer" itself;
- after it, within a few words, the borders of someone ("to our borders", "towards Russia's borders",
  "up to the Russian frontier", "to our doorstep");
- before it, the one that moves: the first actor the clause names ("NATO", "NATO's infrastructure",
  "the United States and its allies"), who must not own the borders;
- the one who complains: for "our borders" the text's speaker, for "Russia's borders" Russia itself, but
  only when Russia speaks (the text's speaker or the sayer of the clause). A journalist's "NATO troops
  moved closer to Russia's borders" describes a deployment and reads nothing here.

It reads nothing when the movement is negated ("NATO is not moving closer to our borders"), asked about,
or when the sentence already tells an event: "the Alliance, which is moving forces towards our borders"
is read as a deployment by the ordinary triggers, and a complaint would be a second, made-up event."""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import Token, words
from detente.coding.roleparts import SPEECH_VERBS, Roles, clause_floor
from detente.coding.statements import Finding, SentenceView
from detente.coding.subjects import sayer_before
from detente.coding.units import Unit

MOVES = words(
    "expand expands expanded expanding move moves moved moving advance advances advanced advancing "
    "approach approaches approached approaching creep creeps creeping crept edge edges edged edging "
    "come comes coming came draw draws drawing drew drawn get gets getting got inch inches inching "
    "inched push pushes pushing pushed closer nearer"
)
"""Words that tell the mover comes nearer."""

_APPROACH = words("approach approaches approached approaching")
_TOWARDS = words("to towards toward near up on at")
_BORDERS = words("border borders frontier frontiers doorstep boundaries")
_OWNER_WORDS = words("our my")
_BETWEEN = words("the very ever even right closer nearer up to 's ’s '")
"""Words allowed between the preposition and the owner ("up to the very Russian border")."""
_OPENERS = SPEECH_VERBS | words("that warned believes believe thinks think complained")
_NEGATIONS = words("not n't never no nor")
_REACH = 8
"""At most this many words between the verb of movement and the borders."""


def may_read(norms: frozenset[str] | set[str]) -> bool:
    """The sentence's words leave room for the reader (a verb of movement and borders)."""
    return not MOVES.isdisjoint(norms) and not _BORDERS.isdisjoint(norms)


def _borders_ahead(tokens: Sequence[Token], move: int) -> tuple[int, int] | None:
    """(owner token, borders token) of "to our borders" within reach after the verb at ``move``."""
    end = min(len(tokens), move + _REACH + 1)
    for b in range(move + 1, end):
        if tokens[b].norm not in _BORDERS:
            continue
        owner = b - 1
        if owner > 0 and tokens[owner].norm in ("'s", "’s", "'"):
            owner -= 1  # "Russia's borders"
        if owner <= move:
            return None
        prep = owner - 1
        while prep > move and tokens[prep].norm in _BETWEEN and tokens[prep].norm not in _TOWARDS:
            prep -= 1
        if tokens[prep].norm in _TOWARDS or tokens[prep].norm in ("closer", "nearer"):
            return owner, b
        if prep == move and tokens[move].norm in _APPROACH:
            return owner, b  # "approaching our borders": the borders are the verb's object
        return None
    return None


def _owner(view: SentenceView, owner: int) -> str | None:
    """Whose borders: the speaker for "our", else the actor named at ``owner`` ("Russia's", "Russian")."""
    tok = view.tokens[owner]
    if tok.norm in _OWNER_WORDS:
        return view.speaker
    unit = next((u for u in view.units if u.tok_start <= owner < u.tok_end and u.code), None)
    return unit.code if unit is not None else None


def _mover(tokens: Sequence[Token], units: Sequence[Unit], floor: int, move: int) -> Unit | None:
    """The first actor the clause names before the verb of movement, after the last word that opens
    reported speech ("Mr Putin said that NATO was moving ...": NATO, not Mr Putin)."""
    opened = [i + 1 for i in range(floor, move) if tokens[i].norm in _OPENERS]
    start = opened[-1] if opened else floor
    return next((u for u in units if start <= u.tok_start and u.tok_end <= move and u.code), None)


def advance_to_borders(view: SentenceView) -> Finding | None:
    """ACCUSE by the owner of the borders against the one that comes closer to them (module docstring)."""
    tokens = view.tokens
    if not tokens or tokens[-1].norm == "?":
        return None
    for m, tok in enumerate(tokens):
        if tok.norm not in MOVES:
            continue
        found = _borders_ahead(tokens, m)
        if found is None:
            continue
        owner_at, borders_at = found
        owner = _owner(view, owner_at)
        if owner is None:
            continue
        floor = clause_floor(tokens, m)
        mover = _mover(tokens, view.units, floor, m)
        if mover is None or mover.code == owner:
            continue
        if any(t.norm in _NEGATIONS for t in tokens[mover.tok_end : m]):
            return None
        complainer = _complainer(view, owner, owner_at, mover)
        if complainer is None:
            continue
        roles = Roles((complainer,), (str(mover.code),), (mover.tok_start, borders_at + 1))
        return Finding(
            EventType.ACCUSE,
            "disapprove",
            roles,
            Polarity.ASSERTED,
            tokens[mover.tok_start].start,
            tokens[borders_at].end,
            tok.text,
        )
    return None


def _complainer(view: SentenceView, owner: str, owner_at: int, mover: Unit) -> str | None:
    """Who complains: the owner of "our borders" always; a named owner only when it speaks."""
    tok = view.tokens[owner_at]
    if tok.norm in _OWNER_WORDS:
        return owner
    sayer = sayer_before(view.tokens, view.units, mover.tok_start)
    if view.speaker == owner or (sayer is not None and sayer.code == owner):
        return owner
    return None
