"""Coder stage 6b, a statement reader: people handed over or exchanged, told without the doer.

Reports of a prisoner swap name the people and leave out who handed them over: "the journalist was
exchanged for a former intelligence officer", "the sailors detained in March were handed over to the
Ukrainian side", "Finland and Russia swapped Ivan Petrov for Mikko Virtanen". Each is a release
(RETREAT/release). An exchange (a verb of exchange, "in exchange for", "a mutual release", "a swap") is done by
both sides together: the two parties the sentence names, with no target. A one-way handover is done by the
holder - the state the people were held in ("detained in Georgia") or by ("held by X") - to the state of the
people ("the four Russian officers"), else the one they are handed to. Things handed over ("the territory was
handed over") are no release, and a handover with a "by" agent is left to the ordinary passive."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from detente.coding.ontology import EventType
from detente.coding.patterns import BE_FORMS, Token, words
from detente.coding.polarity import polarity_of
from detente.coding.roles import Roles, clause_floor
from detente.coding.statements import Finding, SentenceView
from detente.coding.units import Unit

_SWAPPED = words("exchanged swapped traded")
_HANDED = words("handed")
_HANDED_PARTICLES = words("over back")
_BE_CHAIN = BE_FORMS | words("been being has have had will would today finally also")
_PEOPLE = words(
    "prisoner prisoners captive captives detainee detainees hostage hostages officer officers sailor sailors "
    "soldier soldiers serviceman servicemen pilot pilots citizen citizens national nationals journalist "
    "journalists fishermen crew crewmen diplomat diplomats agent agents spy spies activist activists "
    "prisoners-of-war pows civilians children men women"
)
"""Heads that name people; "the bodies", "the territory" or "the documents" are no release."""
_EXCHANGE_WORDS = words("exchange swap mutual")
_HOLDING = words("held detained jailed imprisoned captured arrested sentenced convicted kept")
_SUBJECT_STOPS = words("that which because since although while if when after before and ; :")
_SUBJECT_REACH = 16
_PLACE_PREPOSITIONS = words("at in on near")


def _passive_chain(tokens: Sequence[Token], k: int) -> int | None:
    """The first token of the be-chain before the participle at ``k`` ("were", "has been", "was today"),
    or ``None`` when the participle is no passive."""
    i = k - 1
    seen_be = False
    while i >= 0 and tokens[i].norm in _BE_CHAIN:
        seen_be = seen_be or tokens[i].norm in BE_FORMS
        i -= 1
    return i + 1 if seen_be else None


def _subject_start(tokens: Sequence[Token], end: int) -> int:
    """Where the subject before ``end`` may start: past appositive commas ("Ivan Petrov, sentenced in
    Russia for espionage, was ..."), not past a clause word or a semicolon."""
    lo = max(0, end - _SUBJECT_REACH)
    i = end - 1
    while i >= lo and tokens[i].norm not in _SUBJECT_STOPS:
        i -= 1
    return i + 1


def _named_person(tokens: Sequence[Token], unit: Unit) -> bool:
    """An unknown capitalised name that is no place ("at the Narva crossing")."""
    if unit.code is not None or unit.kind != "unknown" or unit.locative:
        return False
    i = unit.tok_start - 1
    while i >= 0 and tokens[i].norm in ("the", "a", "an"):
        i -= 1
    return not (i >= 0 and tokens[i].norm in _PLACE_PREPOSITIONS)


def _party(unit: Unit, resolve: Callable[[str], str | None] | None) -> str | None:
    """The side a unit names: its code, or the demonym that opens an unknown name ("the American Jane
    Doe")."""
    if unit.code is not None:
        return unit.code if unit.code.isupper() else None
    if resolve is None or unit.kind != "unknown" or not unit.text:
        return None
    code = resolve(unit.text.split()[0])
    return code if code is not None and code.isupper() else None


def _two_parties(units: Sequence[Unit], resolve: Callable[[str], str | None] | None) -> tuple[str, ...]:
    """The two sides of an exchange: the parties the sentence names, places last; none unless two."""
    for with_places in (False, True):
        codes = [
            code
            for u in units
            if (with_places or not u.locative) and (code := _party(u, resolve)) is not None
        ]
        parties = tuple(dict.fromkeys(codes))
        if len(parties) == 2:
            return parties
    return ()


def persons_handed_over(
    view: SentenceView, resolve: Callable[[str], str | None] | None = None
) -> Finding | None:
    """RETREAT/release for people exchanged or handed over with no doer named (see the module docstring).
    ``resolve`` maps a demonym to its actor code."""
    tokens, units = view.tokens, view.units
    for k, tok in enumerate(tokens):
        if tok.norm not in _SWAPPED and not (
            tok.norm in _HANDED and k + 1 < len(tokens) and tokens[k + 1].norm in _HANDED_PARTICLES
        ):
            continue
        swapped = tok.norm in _SWAPPED
        chain = _passive_chain(tokens, k)
        after = k + 2 if not swapped else k + 1
        if tokens[after : after + 1] and tokens[after].norm == "by":
            continue  # "was handed over by Russia": the ordinary passive
        if chain is None:
            # active: "Finland and Russia swapped Ivan Petrov for Mikko Virtanen"
            if not swapped:
                continue
            ends = [i for i in range(k + 1, min(len(tokens), k + 8)) if tokens[i].norm == "for"]
            if not ends:
                continue
            people_lo, people_hi = k + 1, ends[0]
        else:
            people_lo, people_hi = _subject_start(tokens, chain), chain
            if swapped and not (k + 1 < len(tokens) and tokens[k + 1].norm == "for"):
                continue
        people = any(t.norm in _PEOPLE for t in tokens[people_lo:people_hi]) or any(
            _named_person(tokens, u) for u in units if people_lo <= u.tok_start < people_hi
        )
        if not people:
            continue
        exchange = swapped or any(t.norm in _EXCHANGE_WORDS for t in tokens[k + 1 :])
        if exchange:
            parties = _two_parties(units, resolve)
            if not parties:
                continue
            roles = Roles(parties, (), (tokens[people_lo].start, tok.end), mutual=True)
        else:
            subject = [
                u for u in units if people_lo <= u.tok_start < people_hi and u.code and u.code.isupper()
            ]
            held = [u for u in subject if u.locative]
            held += [
                u
                for u in units
                if u.code
                and u.code.isupper()
                and u.tok_start > k
                and tokens[u.tok_start - 1].norm == "by"
                and tokens[u.tok_start - 2].norm in _HOLDING
            ]
            own = [u.code for u in subject if not u.locative and u.code]
            received = [
                u.code
                for u in units
                if u.code and u.code.isupper() and k + 2 <= u.tok_start <= k + 6 and not u.locative
            ]
            source = tuple(dict.fromkeys(u.code for u in held if u.code))
            target = tuple(c for c in dict.fromkeys(own or received[:1]) if c not in source)
            if not source or not target:
                continue
            roles = Roles(source, target, (tokens[people_lo].start, tok.end))
        polarity = polarity_of(tokens, k, view.patterns, floor=clause_floor(tokens, k))
        return Finding(EventType.RETREAT, "release", roles, polarity, tok.start, tok.end, tok.text)
    return None
