"""Coder stage 6c, more second events (s30-second3): a second act the sentence names beside the one already
read, in wording the trigger stages and :mod:`detente.coding.second2` leave uncoded. Two families, each a
post-pass over the events already read (examples in our own words):

- an attack named as a noun with its doer after a bare "by" and the one it hit after "on/at/against"
  (:func:`attacks_by_doer`): "in the context of the recent strikes by the Ruritanian air force at a base
  in Y" -> ASSAULT from the doer to the one hit; an attack people are told to flee ("families fleeing the
  offensive by X on Y") is aimed at them, and left alone when the dictionary does not know them. Without
  the aim ("the attack by X", an anniversary or a reference) it stays background, as the gold sets leave
  it; an organisation's "militants" are coded militants, as the gold sets code them;
- a measure named as a noun and judged (:func:`judged_sanctions`): "Moscow regards the expulsion of its
  diplomats as a provocation and will respond", "condemned the suspension of all links with X" -> SANCTION
  from the side named after "by", else from the side the reaction is aimed at, to the side reacting. Not
  when the measure is told by its own verb ("ordered the suspension of ...") or demanded ("called for the
  suspension of ..."). A closure (of a border, an airspace) is not read: the gold sets leave "the closure
  of the border by X is an unfriendly step" as a criticism alone.

They follow the gold conventions for second events (``tests/gold/README.md``): a concrete, recent act named
inside an "after/following" clause or a reaction is coded as a fact; one anchored in a past year, alleged,
hypothetical ("any attack by ...") or the content of a demand ("to halt the offensive by X on Y") is not.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import Token, norms_of, words
from detente.coding.roleparts import Make, Roles
from detente.coding.second2 import _already, _dated, _doubted, _first_unit, _phrase_start, _unit_at
from detente.coding.units import Unit

if TYPE_CHECKING:
    from detente.coding.coder import Event

_ATTACK_NOUNS = words(
    "attack attacks strike strikes airstrike airstrikes air-strike air-strikes bombing bombings shelling "
    "bombardment bombardments assault assaults raid raids offensive incursion incursions"
)
"""Nouns of an attack that a bare "by" may give a doer ("the offensive by X on Y")."""

_AIMED = words("on at against")
_FIGHTERS = words("militants fighters gunmen jihadists extremists")
_FLEEING = words("fleeing fled escaping escaped")
_BREAKS = words(", ; : . ! ? which that who while whereas although because but and")
_DEMANDED = words(
    "stop halt cease end prevent avert avoid repel deter repulse resist counter condemn condemns condemned "
    "if unless would could should might may against"
)
"""Words just before an attack's name that make it the content of a demand, a defence or a condition
("to halt the offensive by X on Y", "in case of strikes by X on Y"), or a judgement the sentence already
codes."""
_DEMAND_REACH = 4


def _demanded(tokens: Sequence[Token], start: int) -> bool:
    """The attack's name starting at ``start`` follows a word of stopping, defence, condition or
    condemnation within reach."""
    return any(t.norm in _DEMANDED for t in tokens[max(0, start - _DEMAND_REACH) : start])


# ----------------------------------------------------------------------------------------------- by ... on


def _aimed_at(tokens: Sequence[Token], units: Sequence[Unit], j: int) -> tuple[Unit | None, int] | None:
    """After a doer ending at ``j``: "on/at/against <target>" right after (or after a short phrase with no
    break, "in Syria on the base") gives (the first coded unit within reach or ``None``, the token after
    the aim word); ``None`` when no aim word follows."""
    for k in range(j, min(len(tokens), j + 4)):
        if tokens[k].norm in _BREAKS:
            return None
        if tokens[k].norm in _AIMED:
            return _first_unit(tokens=tokens, units=units, i=k + 1, reach=8), k + 1
    return None


def _doer_code(tokens: Sequence[Token], doer: Unit) -> str:
    """The code of a doer: an organisation's fighters named by a generic noun after its name ("Islamic
    State militants") are coded as militants, as the gold sets code them; else the unit's own code."""
    heads = {t.norm for t in tokens[doer.tok_end - 1 : doer.tok_end + 1]}
    if doer.kind in ("org", "group") and heads & _FIGHTERS:
        return "militants"
    return doer.code or ""


def attacks_by_doer(
    tokens: Sequence[Token], units: Sequence[Unit], events: list[Event], make: Make
) -> list[Event]:
    """``events`` with an ASSAULT for each attack named as "<attack> by <doer> on/at/against <target>" and
    told as a fact; not when alleged, hypothetical, demanded to stop, dated to a past year or already
    coded."""
    for i in range(len(tokens) - 2):
        if tokens[i].norm not in _ATTACK_NOUNS or tokens[i + 1].norm != "by":
            continue
        doer = _unit_at(units, tokens, i + 2)
        if doer is None or not doer.code:
            continue
        aim = _aimed_at(tokens, units, doer.tok_end)
        if aim is None:
            continue
        victim, after = aim
        start = _phrase_start(tokens, i)
        last = victim.tok_end if victim is not None else after
        if _doubted(tokens, i) or _demanded(tokens, start) or _dated(tokens, start, last + 3):
            continue
        code = _doer_code(tokens, doer)
        if start > 0 and tokens[start - 1].norm in _FLEEING:
            # "Kurds fleeing the offensive by X on Y": the attack's victims are the people who flee
            victim = next((u for u in units if u.tok_end == start - 1), None)
            if victim is None or not victim.code:
                continue
        target = (victim.code,) if victim is not None and victim.code and victim.code != code else ()
        roles = Roles((code,), target, (tokens[start].start, tokens[last - 1].end))
        if _already(events, roles, roles.span):
            continue
        events = [
            *events,
            make(
                EventType.ASSAULT,
                "",
                roles,
                Polarity.ASSERTED,
                tokens[i].start,
                tokens[i].end,
                tokens[i].text,
            ),
        ]
    return events


# ----------------------------------------------------------------------------------------------- judged sanctions

_SANCTION_NOUNS = words(
    "suspension expulsion expulsions severing severance freezing termination cutoff cut-off recall banning"
)
"""Nouns of a measure against another side told as "the <noun> of ..." ("the expulsion of our diplomats")."""
_JUDGING = frozenset({EventType.ACCUSE, EventType.THREATEN})
"""Reactions a sanction may be the object of ("condemn the suspension of ...", "regards the expulsion of
... as a provocation and will respond in kind")."""
_NOT_DONE = words(
    "for to demand demanded demands urge urged calling called possible any threat threatened threatens "
    "potential planned proposed future no"
)
"""Words before the noun that make the measure no act done ("called for the suspension of", "the threat of
closure of", "any suspension of")."""
_BY_REACH = 8
_JUDGING_WORDS = (
    "condemn",
    "regard",
    "regret",
    "denounc",
    "deplor",
    "protest",
    "criticis",
    "criticiz",
    "slam",
    "over",
    "at",
    "about",
)
"""Stems of the word before a measure that make it the object of a judgement ("condemn the suspension of",
"regards the expulsion of", "concern over the closure of"); a measure opening the sentence is its
subject ("The suspension of ... is a step backwards")."""


def _measure_doer(tokens: Sequence[Token], units: Sequence[Unit], i: int) -> Unit | None:
    """The side named after "(announced) by" within reach of the measure's noun at ``i`` ("the suspension
    of cooperation announced by NATO ministers")."""
    for k in range(i + 1, min(len(tokens) - 1, i + _BY_REACH)):
        if tokens[k].norm in (";", ":", ".", "!", "?", "which", "that", "who", "and"):
            return None
        if tokens[k].norm == "by":
            return _unit_at(units, tokens, k + 1)
    return None


def judged_sanctions(
    tokens: Sequence[Token], units: Sequence[Unit], events: list[Event], make: Make
) -> list[Event]:
    """``events`` with a SANCTION for a measure named as "the <suspension/expulsion/closure> of ..." in a
    sentence that condemns it or answers it with a warning: from the side named after "by", else from the
    side the reaction is aimed at, to the side that reacts."""
    if any(e.event is EventType.SANCTION for e in events):
        return events
    judged = [e for e in events if e.event in _JUDGING and e.source and e.target]
    if not judged:
        return events
    for i in range(1, len(tokens) - 1):
        if tokens[i].norm not in _SANCTION_NOUNS or tokens[i + 1].norm != "of":
            continue
        start = _phrase_start(tokens, i)
        if any(t.norm in _NOT_DONE for t in tokens[max(0, start - 2) : i]) or _dated(tokens, start, i + 12):
            continue
        if start > 0 and not tokens[start - 1].norm.startswith(_JUDGING_WORDS):
            continue  # "ordered the closure of ...": the measure told by its own verb, not judged
        judge = judged[0]
        doer = _measure_doer(tokens, units, i)
        if doer is not None and doer.code:
            source: tuple[str, ...] = (doer.code,)
            target = tuple(c for c in judge.source if c != doer.code)
        else:
            source, target = judge.target, judge.source
        roles = Roles(source, target, (tokens[start].start, tokens[min(len(tokens) - 1, i + 4)].end))
        return [
            *events,
            make(
                EventType.SANCTION,
                "",
                roles,
                Polarity.ASSERTED,
                tokens[i].start,
                tokens[i].end,
                tokens[i].text,
            ),
        ]
    return events


_GATE = _ATTACK_NOUNS | _SANCTION_NOUNS
"""Words without which no reader of the module finds anything."""


def settled(tokens: Sequence[Token], units: Sequence[Unit], events: list[Event], make: Make) -> list[Event]:
    """``events`` with the second acts of the module's families (see the docstring); a sentence with none of
    their words passes untouched."""
    if _GATE.isdisjoint(norms_of(tokens)):
        return events
    events = attacks_by_doer(tokens, units, events, make)
    return judged_sanctions(tokens, units, events, make)
