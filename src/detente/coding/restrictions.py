"""Coder stage 6b, a statement reader: restrictions told in the passive without their doer.

Official statements announce measures with the agent left out: "Air, rail and postal communications with
Georgia have been suspended", "entry into the Russian Federation has been closed to a number of US senators",
"access to NATO Headquarters for Russian diplomats has been restricted", "supplies of Russian oil to foreign
entities are prohibited". Each is a SANCTION: against the actor whose people, goods or links are cut, by the
actor that owns the place closed ("entry into Russia"), the supplier ("supplies of Russian oil"), else the
statement's speaker. A restriction with no actor it is aimed at ("flights at the airport were suspended
because of the snowstorm") codes nothing, and one with a "by" agent is left to the ordinary passive."""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.ontology import EventType
from detente.coding.patterns import BE_FORMS, PREPOSITIONS, Token, words
from detente.coding.polarity import polarity_of
from detente.coding.roles import Roles, clause_floor
from detente.coding.statements import Finding, SentenceView
from detente.coding.units import Unit

_RESTRICTED = words(
    "suspended closed banned restricted prohibited frozen halted blocked severed stopped cut revoked "
    "cancelled canceled curtailed"
)
_BE_CHAIN = BE_FORMS | words(
    "been being be has have had will would shall also now temporarily fully completely"
)
_OWNED_PLACES = words("entry access airspace ports port waters")
"""Items a place's owner closes: its modifier or the actor after "into"/"to" is the source."""
_SUPPLIED = words("supplies supply deliveries exports export shipments sales transfers")
"""Items a supplier sends: its modifier or the actor "of" the goods is the source, "to X" the target."""
_LINKS = words(
    "communications communication flights links connections traffic contacts cooperation trade transit "
    "imports import purchases broadcasting visas visa"
)
"""Links and goods received: the actor they are with, from or of is the target."""
_ITEMS = _OWNED_PLACES | _SUPPLIED | _LINKS
_TARGET_PREPOSITIONS = words("with to for from of between")
_SOURCE_PREPOSITIONS = words("into")
_CLAUSE_OPENERS = words("that which who because since although while if when after before as")
_AGENT_REACH = 6


def _clause_start(tokens: Sequence[Token], end: int) -> int:
    """Where the clause that ends at ``end`` (exclusive) opens: after a semicolon, a clause word or the
    comma of an opening phrase ("On a reciprocal basis, entry ..."), but a comma inside a list ("Air, rail,
    road and sea communications") does not open it."""
    i = end - 1
    while i >= 0:
        norm = tokens[i].norm
        if norm in (";", ":") or norm in _CLAUSE_OPENERS:
            return i + 1
        if norm == "," and not any(t.norm == "and" for t in tokens[i + 1 : end]):
            return i + 1
        i -= 1
    return 0


def _participle(tokens: Sequence[Token], k: int) -> int | None:
    """The start of the be-chain before the restricted participle at ``k`` ("have been", "are", "will be"),
    or ``None`` when it is no passive."""
    i = k - 1
    seen_be = False
    while i >= 0 and (
        tokens[i].norm in _BE_CHAIN or (tokens[i].norm.endswith("ly") and len(tokens[i].norm) > 3)
    ):
        seen_be = seen_be or tokens[i].norm in BE_FORMS
        i -= 1
    return i + 1 if seen_be and i + 1 < k else None


def _by_agent_after(tokens: Sequence[Token], k: int) -> bool:
    return any(t.norm == "by" for t in tokens[k + 1 : k + 1 + _AGENT_REACH])


def _governed(tokens: Sequence[Token], unit: Unit, lo: int) -> str | None:
    """The preposition governing ``unit`` within the phrase that starts at ``lo``, past articles."""
    i = unit.tok_start - 1
    while i >= lo and tokens[i].norm in ("the", "a", "an"):
        i -= 1
    return tokens[i].norm if i >= lo and tokens[i].norm in PREPOSITIONS else None


def passive_restriction(view: SentenceView) -> Finding | None:
    """SANCTION for a restriction told in the passive without its doer (see the module docstring)."""
    tokens, units = view.tokens, view.units
    for k, tok in enumerate(tokens):
        if tok.norm not in _RESTRICTED or k < 2:
            continue
        chain = _participle(tokens, k)
        if chain is None or _by_agent_after(tokens, k):
            continue
        lo = _clause_start(tokens, chain)
        items = [i for i in range(lo, chain) if tokens[i].norm in _ITEMS]
        if not items:
            continue
        item = items[0]
        if any(tokens[j].norm in PREPOSITIONS for j in range(lo, item)):
            continue  # "the talks on trade were suspended": the item is another noun's object
        kind = tokens[item].norm
        phrase = [u for u in units if lo <= u.tok_start and u.tok_end <= chain and u.code]
        modifiers = [u for u in phrase if u.tok_start < item or u.tok_start <= item < u.tok_end]
        source: list[str] = []
        target: list[str] = []
        for unit in phrase:
            code = unit.code
            assert code is not None
            prep = _governed(tokens, unit, lo)
            if kind in _OWNED_PLACES and (unit in modifiers or prep in _SOURCE_PREPOSITIONS or prep == "to"):
                if prep == "to" and unit not in modifiers and unit.tok_start > item + 4:
                    target.append(code)  # "access to X's headquarters for Russian diplomats" (far "to")
                elif not source:
                    source.append(code)  # "entry into the Russian Federation", "access to NATO Headquarters"
                else:
                    target.append(code)
            elif kind in _SUPPLIED and (unit in modifiers or prep == "of"):
                source.append(code)  # "Russian gas supplies", "supplies of Russian oil"
            elif unit in modifiers or prep in _TARGET_PREPOSITIONS or prep is None:
                target.append(code)  # "communications with Georgia", "Polish meat imports"
        # after the participle: "closed to a number of US senators", "restricted for Russian diplomats"
        for unit in units:
            if unit.tok_start <= k or unit.tok_start > k + _AGENT_REACH or not unit.code:
                continue
            if any(t.norm in ("to", "for") for t in tokens[k + 1 : unit.tok_start]):
                target.append(unit.code)
        if not source and view.speaker:
            source.append(view.speaker)
        # only states and organisations: "broadcasting by RT has been banned" silences media (COERCE)
        target = [c for c in dict.fromkeys(target) if c not in source and c.isupper()]
        if not target:
            continue
        roles = Roles(tuple(dict.fromkeys(source)), tuple(target), (tokens[lo].start, tok.end))
        polarity = polarity_of(tokens, k, view.patterns, floor=clause_floor(tokens, k))
        return Finding(EventType.SANCTION, "", roles, polarity, tok.start, tok.end, tok.text)
    return None
