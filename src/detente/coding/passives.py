"""Coder stage 6c: the active reading of a passive clause with a named doer.

Official texts turn an act round to put what was done first: "a ceasefire for the holiday was declared by the
Defence Minister", "the withdrawal of the battalion was ordered today by the General Staff", "air strikes on
the depots were begun by the coalition this evening". The phrases that code these acts are written for the
active clause ("declare * ceasefire", "order * withdrawal"), so a sentence that codes nothing is read once
more with the clause put back in the active - doer, verb, what was done, then the rest: "the Defence Minister
declared a ceasefire for the holiday". The doer must be an actor the dictionary knows, right after "by"; a
passive after a modal or "to" ("could be declared by") is left alone, as its mode would be lost, and so is
a present one that tells a standing state ("the battlegroup is led by the United Kingdom")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from detente.coding.patterns import BE_FORMS, PREPOSITIONS, Token, words
from detente.coding.units import Unit

_IRREGULAR = {
    "begun": "began",
    "taken": "took",
    "given": "gave",
    "undertaken": "undertook",
    "shown": "showed",
    "drawn": "drew",
    "broken": "broke",
    "thrown": "threw",
    "done": "did",
    "driven": "drove",
    "chosen": "chose",
    "stolen": "stole",
    "overtaken": "overtook",
}
_SAME_FORM = words("sent left made held brought built caught fought led shot hit struck set put paid laid")
_PERFECT = words("has have had")
_PRESENT = words("is are am 's 're")
_MODALS = words("will would shall should can could may might must to")
_CLAUSE_WORDS = words("that which who whom whose because although though while whereas")
_OPENER_STOPS = words("; : said says told announced reported")
_CONDITIONS = words("if unless once until provided")
"""A passive inside a condition ("once their appointments have been ratified by the Senate") tells no act."""
_REACH = 8
"""Tokens between the be-form and "by" at most ("was ordered today", "is being passed to the Americans")."""


@dataclass(frozen=True, slots=True)
class Reading:
    """A re-ordered text and where each of its pieces stands in the sentence: ``(start, end, source_start,
    source_end)`` per piece, pieces joined by one space."""

    text: str
    pieces: tuple[tuple[int, int, int, int], ...]
    agent: tuple[str, ...]
    governed_from: int | None = None
    """Where, in the reading, the object's words governed by a preposition begin ("a ban on *strikes*"),
    ``None`` when there are none."""
    object_end: int = 0

    def inside_object(self, end: int) -> bool:
        """Whether a trigger ending at ``end`` ends on a word another noun of the object governs: "the
        government declared a ban on strikes" declares no strike."""
        return self.governed_from is not None and self.governed_from < end <= self.object_end

    def where(self, start: int, end: int) -> tuple[int, int]:
        """The sentence span covering the reading's span ``start:end`` (the pieces it touches)."""
        touched = [(s0, s1) for a, b, s0, s1 in self.pieces if a < end and start < b]
        if not touched:
            return (0, 0)
        return (min(s for s, _ in touched), max(e for _, e in touched))


def _participle(tok: Token) -> str | None:
    """The past tense of a past participle ("declared", "begun" → "began"), else ``None``."""
    norm = tok.norm
    if norm in _IRREGULAR:
        return _IRREGULAR[norm]
    if norm in _SAME_FORM or (norm.endswith("ed") and len(norm) > 4):
        return tok.text
    return None


_AGENT_STOPS = PREPOSITIONS | words(
    "today yesterday tonight this last earlier and or as who which that when while but nor the a an"
)
_AGENT_HEAD = 3
"""Words of the doer's noun phrase after its actor at most ("the Russian garrison", "foreign ministers")."""


def _agent(tokens: Sequence[Token], units: Sequence[Unit], by: int) -> tuple[int, list[str]] | None:
    """The end of the known actors right after "by" ("by NATO and Russian foreign ministers", "by the
    Russian garrison") and their codes, else ``None``."""
    starts = {u.tok_start: u for u in units if not u.locative}
    i = by + 1
    end, codes = None, []
    while i < len(tokens):
        unit = starts.get(i) or (starts.get(i + 1) if tokens[i].norm == "the" else None)
        if unit is not None and unit.code is None:
            unit = starts.get(unit.tok_end)  # "Deputy Defence Minister X": an unknown title word first
        if unit is None or unit.code is None:
            break
        if unit.tok_end < len(tokens) and tokens[unit.tok_end].norm == "'s":
            return None  # "prompted by Israel's bombardment": the doer is an act, not its owner
        codes.append(unit.code)
        end = unit.tok_end
        while (
            end < len(tokens)
            and end < unit.tok_end + _AGENT_HEAD
            and tokens[end].norm.isalpha()
            and tokens[end].text.islower()
            and tokens[end].norm not in _AGENT_STOPS
        ):
            end += 1
        if end + 1 < len(tokens) and tokens[end].norm == "of":
            # "the Supreme Soviet of the Soviet Union": one doer
            owner = starts.get(end + 1) or (starts.get(end + 2) if tokens[end + 1].norm == "the" else None)
            if owner is not None and owner.code is not None:
                end = owner.tok_end
        if end < len(tokens) and tokens[end].norm in ("and", ","):
            i = end + 1
            if i < len(tokens) and tokens[i].norm == "and":
                i += 1
            continue
        break
    return (end, codes) if end is not None else None


def _opener_end(tokens: Sequence[Token], chain: int) -> int:
    """The first token of the passive's subject: past a semicolon, a clause word ("the ministry said that
    ..."), a speech verb or a preposition that may open a clause ("since", "after"), or an opening phrase
    ended by a comma that starts with a preposition ("On Friday, ..."); ``chain`` (no subject) inside a
    condition."""
    i = chain - 1
    while i >= 0:
        if tokens[i].norm in _CONDITIONS:
            return chain
        if tokens[i].norm in _OPENER_STOPS or tokens[i].norm in _CLAUSE_WORDS:
            return i + 1
        i -= 1
    if tokens and tokens[0].norm in PREPOSITIONS:
        comma = next((k for k in range(chain) if tokens[k].norm == ","), None)
        if comma is not None:
            return comma + 1
    return 0


def active_reading(text: str, tokens: Sequence[Token], units: Sequence[Unit]) -> Reading | None:
    """The sentence with its first passive clause with a known doer put in the active (see the module
    docstring), else ``None``."""
    for by, tok in enumerate(tokens):
        if tok.norm != "by" or by < 3 or tokens[by - 1].norm in ("both", "each", "separately"):
            continue  # "ratified both by X and by Y": each did it on its own, neither to the other
        found = _agent(tokens, units, by)
        if found is None:
            continue
        agent_end, codes = found
        # the be-form and the participle before "by": "was declared", "has been ordered today"
        be = next(
            (i for i in range(by - 1, max(-1, by - _REACH - 1), -1) if tokens[i].norm in BE_FORMS),
            None,
        )
        if be is None or any(t.norm in (",", ";", ":") for t in tokens[be:by]):
            continue
        part = be + 1
        if part < by and tokens[part].norm == "being":
            part += 1  # "is being passed": read as "passed"
        elif tokens[be].norm in _PRESENT and not (be > 0 and tokens[be - 1].norm in _PERFECT):
            continue  # "the battlegroup is led by the UK": a standing state, no act
        adverbs = part
        while part < by and tokens[part].norm.endswith("ly") and _participle(tokens[part]) is None:
            part += 1
        active = _participle(tokens[part]) if part < by else None
        if active is None:
            continue
        chain = be
        while chain > 0 and tokens[chain - 1].norm in _PERFECT | BE_FORMS:
            chain -= 1
        if chain > 0 and tokens[chain - 1].norm in _MODALS:
            continue
        lo = _opener_end(tokens, chain)
        if lo >= chain:
            continue
        spans = [
            (tokens[0].start, tokens[lo - 1].end) if lo > 0 else None,  # opener
            (tokens[by + 1].start, tokens[agent_end - 1].end),  # doer
            (tokens[adverbs].start, tokens[part - 1].end) if part > adverbs else None,  # "completely"
            (tokens[part].start, tokens[part].end),  # verb
            (tokens[lo].start, tokens[chain - 1].end),  # what was done
            (tokens[part + 1].start, tokens[by - 1].end) if part + 1 < by else None,  # "today", "to X"
            (tokens[agent_end].start, len(text)) if agent_end < len(tokens) else None,  # the rest
        ]
        pieces: list[tuple[int, int, int, int]] = []
        out: list[str] = []
        pos = 0
        # the object's first preposition other than "of" ("the reduction of activity" is the act itself)
        governed = next((i for i in range(lo, chain) if tokens[i].norm in PREPOSITIONS - {"of"}), None)
        governed_from: int | None = None
        object_end = 0
        for span in spans:
            if span is None:
                continue
            s0, s1 = span
            piece = active if (s0, s1) == (tokens[part].start, tokens[part].end) else text[s0:s1]
            if s0 == tokens[lo].start and lo == 0 and not any(u.tok_start == lo for u in units):
                piece = piece[:1].lower() + piece[1:]  # "The return of ...": no name once it is the object
            if s0 == tokens[lo].start:
                object_end = pos + len(piece)
                if governed is not None:
                    governed_from = pos + tokens[governed].start - s0
            pieces.append((pos, pos + len(piece), s0, s1))
            out.append(piece)
            pos += len(piece) + 1
        return Reading(" ".join(out), tuple(pieces), tuple(codes), governed_from, object_end)
    return None
