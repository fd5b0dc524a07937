"""Coder stage 4, roles — places: an actor named as a place rather than as who acts (:func:`is_place`,
:func:`where_it_happened`), the place named before a trigger that stands for its authorities
(:func:`place_before`), and the place an attack or a detention happened, whose state was hit. See
:mod:`detente.coding.roles` for the stage."""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.patterns import SCOPE_BREAK, Token, Trigger, words
from detente.coding.roleparts import _DIRECTIONS, SUBJECT_REACH, clause_floor, prep_before
from detente.coding.units import Unit

_PLACE_PREPS = frozenset(
    {"in", "near", "around", "across", "throughout", "inside", "outside", "within", "over"}
)


def is_place(tokens: Sequence[Token], unit: Unit) -> bool:
    """A place rather than an actor: after "in", "near", "across" ... ("talks in Moscow"); but an
    organisation one takes part in is none ("participation in the CIS", "membership in NATO")."""
    if unit.kind == "pronoun" or prep_before(tokens, unit) not in _PLACE_PREPS:
        return False
    if unit.kind == "org":
        i = unit.tok_start - 1
        while i > 0 and tokens[i].norm in ("the", "in", "a", "an"):
            i -= 1
        return tokens[i].norm not in _MEMBERSHIP
    return True


def where_it_happened(tokens: Sequence[Token], unit: Unit) -> bool:
    """A place (:func:`is_place`), also when named as a town's country ("in Naivasha, Kenya") or as the
    whole a part of a place belongs to ("in a mainly Shi'ite district of Baghdad"): where an act happened,
    not whom it was aimed at."""
    if unit.kind == "pronoun":
        return False
    prep = prep_before(tokens, unit)
    return (
        is_place(tokens, unit)
        or (prep == "of" and _part_of_a_place(tokens, unit))
        or (prep is None and _country_of_a_town(tokens, unit))
    )


_PLACE_PARTS = words(
    "district districts province provinces city cities town towns village villages suburb suburbs outskirts "
    "centre center heart streets neighbourhood neighborhood quarter areas parts"
)


def _part_of_a_place(tokens: Sequence[Token], unit: Unit) -> bool:
    """The unit follows "<part of a place> of" inside a place phrase: "in a mainly Shi'ite district of
    Baghdad", "on the outskirts of Marib", "in the centre of Tallinn" (where, not who)."""
    i = unit.tok_start - 1
    while i >= 0 and (tokens[i].norm in ("the", "a", "an") or tokens[i].norm in _DIRECTIONS):
        i -= 1  # "in several towns of eastern Ukraine"
    if i < 1 or tokens[i].norm != "of" or tokens[i - 1].norm not in _PLACE_PARTS:
        return False
    for k in range(i - 2, max(-1, i - 10), -1):
        if tokens[k].norm in _PLACE_PREPS or tokens[k].norm in ("on", "at"):
            return True
        if tokens[k].norm in SCOPE_BREAK or tokens[k].norm in (",", ";", ":"):
            return False
    return False


def _country_of_a_town(tokens: Sequence[Token], unit: Unit) -> bool:
    """The unit follows a town named after a place preposition and a comma: "in Naivasha, Kenya", "in
    Merida, Mexico" (the town's country, also where)."""
    i = unit.tok_start - 1
    if i < 2 or tokens[i].norm != ",":
        return False
    k = i - 1
    while k > 0 and i - k <= 3 and tokens[k].text[:1].isupper():
        k -= 1
    return k < i - 1 and tokens[k].norm in _PLACE_PREPS


_MEMBERSHIP = words("participation membership accession integration role seat presence involvement")


def place_before(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> Unit | None:
    """The first coded place named in the trigger's clause before it ("A court in Guyana has issued ...",
    "A car bomb ripped through a checkpoint in Ankara, killing ..."); a region is none ("in central
    Istanbul" is a city's part, never a state's act)."""
    floor = max(clause_floor(tokens, trig.tok_start), trig.tok_start - SUBJECT_REACH)
    return next(
        (
            u
            for u in units
            if floor <= u.tok_start
            and u.tok_end <= trig.tok_start
            and is_place(tokens, u)
            and u.kind != "territory"
            and u.code is not None
        ),
        None,
    )


_SCENE_OPENERS = frozenset({"in", "at", "from"})
_SCENE_LEAD = frozenset({"and", "but", "so", "then", "also", "later", "earlier", "there", '"', "“", "'", "‘"})


def fronted_scene(tokens: Sequence[Token], unit: Unit) -> bool:
    """A capital or city named as where the whole sentence happened, fronted and set off by a comma: "In
    Helsinki, you said that ...", "At Moscow, the two ministers ..." (s38-actors). Where a statement was
    made or a meeting held is not who acted; a place inside the clause ("A court in Guyana has issued
    ...") still stands for its authorities."""
    if unit.kind != "metonym" or unit.tok_start < 1:
        return False
    i = unit.tok_start - 1
    if tokens[i].norm not in _SCENE_OPENERS:
        return False
    if any(t.norm not in _SCENE_LEAD for t in tokens[:i]):
        return False
    # the comma closes the place phrase within a few words ("In Helsinki last July, ...")
    comma = next(
        (k for k in range(unit.tok_end, min(unit.tok_end + 4, len(tokens))) if tokens[k].norm == ","), None
    )
    if comma is None or not SCOPE_BREAK.isdisjoint(t.norm for t in tokens[unit.tok_end : comma]):
        return False
    # who acts there is a person or the pair met ("you said", "the two presidents agreed"); "In Moscow, a
    # court sentenced ..." keeps the court the city's
    after = [t.norm for t in tokens[comma + 1 : comma + 3]]
    return bool(after) and (after[0] in _SCENE_SUBJECTS or after[:2] in (["the", "two"], ["the", "leaders"]))


_SCENE_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "they", "both"})


def _struck_there(tokens: Sequence[Token], place: Unit, trig: Trigger) -> bool:
    """The place is where the attack told right after it struck: within a dozen words, no clause break
    or "to"/"that" between ("A car bomb ripped through a checkpoint in Ankara, killing ...")."""
    between = [t.norm for t in tokens[place.tok_end : trig.tok_start]]
    return len(between) <= 12 and not any(
        n in SCOPE_BREAK or n in ("to", "that", "which", "because", "if") for n in between
    )


def _place_of_act(tokens: Sequence[Token], units: Sequence[Unit], j: int, end: int) -> Unit | None:
    """The state where an act done to someone happened, which stands for its authorities: "the detention
    of four Russian servicemen in Tbilisi ... is a crude provocation" (Georgia detained them)."""
    return next(
        (
            u
            for u in units
            if j < u.tok_start < end
            and u.code is not None
            and u.kind in ("state", "metonym")
            and prep_before(tokens, u) == "in"
        ),
        None,
    )


def _struck_place(
    tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger, doer: Unit | None
) -> list[Unit]:
    """The state of the first place named in or after an attack noun phrase ("in a Moscow theatre"), in
    its clause and within eight words of it, unless it is the attacker's own."""
    for unit in units:
        if unit.tok_start <= trig.tok_start or unit.tok_start - trig.tok_end > 8:
            continue
        if any(t.norm in SCOPE_BREAK for t in tokens[trig.tok_start : unit.tok_start]):
            return []
        if (
            unit.code is not None
            and unit.kind in ("state", "metonym", "territory")
            and is_place(tokens, unit)
        ):
            return [] if doer is not None and doer.code == unit.code else [unit]
    return []


def _detaining_place(
    tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger, target_units: Sequence[Unit]
) -> Unit | None:
    """The state where people were seized, when a judgement names the seizure with no doer: "the detention
    of four Russian servicemen in Tbilisi ... is a crude provocation", "the searches and detentions of
    journalists ... in Latvia are a flagrant violation" — the authorities of the place detained them."""
    place = _struck_place(tokens, units, trig, None)
    if not place or any(u.code == place[0].code for u in target_units):
        return None
    return place[0]


_SEIZED_PLACE_REACH = 10
"""Most tokens between a seizure's trigger and the place named after it."""


def seized_place(
    tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger, source: Sequence[str]
) -> Unit | None:
    """The state where things were seized, when no owner is named: "seized government buildings in several
    towns of eastern Ukraine", "occupied villages in Georgia" — the state that held them is the one acted
    on (the first place of the trigger's clause within ten words after it, not the doer's own)."""
    for unit in units:
        if unit.tok_start < trig.tok_end:
            continue
        if unit.tok_start - trig.tok_end > _SEIZED_PLACE_REACH or any(
            t.norm in SCOPE_BREAK or t.norm in (",", ";", ":") for t in tokens[trig.tok_end : unit.tok_start]
        ):
            return None
        if (
            unit.code is not None
            and unit.kind in ("state", "metonym", "territory")
            and where_it_happened(tokens, unit)
        ):
            return None if unit.code in source else unit
    return None
