"""Material-conflict words read outside politics or turned round: look-alikes and reversals of the
MOBILIZE, ASSAULT, COERCE and RETREAT triggers.

- Sport: "the team attacked the penalty box", "the striker shot twice" tell a match, not an assault,
  when the sentence is about a game (a sports word) and names no weapon or armed force.
- Money: "Gazprom shelled out billions" pays; "the stock market retreated", "the rouble retreated"
  fall in price — no assault, no pull-back, when the trigger's subject is a market or a currency.
- Doping: "banned substances", "banned drugs" name what athletes took, not a ban on anyone.
- Reversal: a show of force that is reduced ("a de-escalation of military activity near Kyiv",
  "scaled back military activity along the border") is a concession (CONCEDE, as "reduce military
  activity" already codes), not a build-up; one's own forces disbanded ("disbanded its group of forces in
  Moldova") are stood down (RETREAT), not an organisation banned (COERCE).

Pure predicates over a sentence's tokens and an event's anchor (its trigger's characters), used by
:func:`detente.coding.coder.code_sentence`; each is guarded by a cheap set test on the sentence's words.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Sequence
from typing import Any, ClassVar, Protocol, TypeVar

from detente.coding.ontology import EventType
from detente.coding.patterns import Token, norms_of, words

# the vocabulary of a game: a sentence with one of these and no armed-force word is about sport
_SPORT = words(
    "match matches game games goal goals penalty striker strikers midfielder midfielders defender "
    "goalkeeper goalie league cup championship championships tournament tournaments half-time halftime "
    "scored score scoring footballer footballers football soccer hockey basketball tennis rugby fifa uefa "
    "olympic olympics stadium club's squad coach kick-off kickoff semi-final semifinal quarter-final "
    "quarterfinal playoff play-off playoffs fixture innings wicket wickets"
)
_ARMED = words(
    "troops soldiers forces army military missile missiles rocket rockets drone drones shelling artillery "
    "bomb bombs militants rebels insurgents terrorists police gunmen weapons warplanes airstrike airstrikes "
    "civilians killed wounded"
)
_SPORT_TRIGGERS = words("attack attacks attacked attacking shot shoots shoot shooting strike struck striking")

# what pays or falls in price
_MARKETS = words(
    "market markets stock stocks shares share index indices indexes bourse exchange prices price "
    "rouble roubles ruble rubles euro dollar dollars yen yuan currency currencies bonds bond yields yield "
    "futures oil gold brent commodities equities sterling pound hryvnia lira exports imports export import "
    "output production sales growth inflation gdp demand supply turnover trade earnings profits profit "
    "revenue revenues investment investments ratings rating"
)
_RETREAT_WORDS = words("retreat retreats retreated retreating")
_SHELL_WORDS = words("shell shells shelled shelling")
_DOPING = words(
    "substance substances drug drugs doping stimulant stimulants steroid steroids meldonium "
    "performance-enhancing supplement supplements list"
)
_BAN_WORDS = words("banned")

# what turns a show of force into its reduction: "de-escalation of", "scaled back", "reduced"
_REDUCING = words(
    "de-escalation de-escalate de-escalated de-escalating reduction reduce reduced reducing reduces "
    "decrease decreased scale scaled scaling curtail curtailed curtailing curtailment cessation halt "
    "halted halting drawdown draw-down wind wound lowering lower lowered cut cuts"
)
_REDUCE_REACH = 4


def _token_span(tokens: Sequence[Token], anchor: tuple[int, int]) -> tuple[int, int]:
    """The indices [first, last) of the tokens inside the characters ``anchor``."""
    starts = [t.start for t in tokens]
    first = bisect.bisect_left(starts, anchor[0])
    last = max(first + 1, bisect.bisect_left(starts, anchor[1]))
    return first, min(last, len(tokens))


def _sport(norms: frozenset[str], anchor_norms: set[str]) -> bool:
    return bool(anchor_norms & _SPORT_TRIGGERS and norms & _SPORT and not norms & _ARMED)


def lookalike(tokens: Sequence[Token], event: EventType, anchor: tuple[int, int]) -> bool:
    """Whether the ``event`` triggered at ``anchor`` is a look-alike outside politics: a game's attack, a
    sum shelled out, a market's retreat, a banned substance."""
    if event not in (EventType.ASSAULT, EventType.RETREAT, EventType.COERCE) or not tokens:
        return False
    first, last = _token_span(tokens, anchor)
    if first >= len(tokens):
        return False
    here = {t.norm for t in tokens[first:last]}
    if event is EventType.ASSAULT:
        if here & _SHELL_WORDS and last < len(tokens) and tokens[last].norm == "out":
            return True  # "shelled out billions"
        nxt = tokens[first + 1].norm if first + 1 < len(tokens) else ""
        if tokens[first].norm in _SHELL_WORDS and nxt == "out":
            return True
        return _sport(norms_of(tokens), here)
    if event is EventType.RETREAT:
        if not here & _RETREAT_WORDS:
            return False
        before = {t.norm for t in tokens[max(0, first - 3) : first]}
        return bool(before & _MARKETS)  # "the stock market retreated", "oil prices retreated"
    # COERCE: "banned substances"
    for i in range(first, last):
        if tokens[i].norm in _BAN_WORDS and i + 1 < len(tokens) and tokens[i + 1].norm in _DOPING:
            return True
    return False


def reduced_show_of_force(tokens: Sequence[Token], event: EventType, anchor: tuple[int, int]) -> bool:
    """Whether a MOBILIZE trigger at ``anchor`` is the object of a reduction ("a de-escalation of military
    activity near Kyiv", "scaled back military activity"): the act is then a concession."""
    if event is not EventType.MOBILIZE or not tokens:
        return False
    first, _ = _token_span(tokens, anchor)
    before = tokens[max(0, first - _REDUCE_REACH) : first]
    if not before or not {t.norm for t in before} & _REDUCING:
        return False
    # the reducing word must govern the act: nothing but "of", articles, "back", "its" between them
    for k in range(len(before) - 1, -1, -1):
        norm = before[k].norm
        if norm in _REDUCING:
            return True
        if norm not in _LINKS:
            return False
    return False


_LINKS = words("of the a an its their back down all some further")


_FORCE_WORDS = words(
    "forces force troops military units unit contingent contingents battalion battalions brigade brigades "
    "army garrison garrisons grouping"
)
_OWN = words("its their own")
_DISBANDING = words("disband disbands disbanded disbanding dissolve dissolves dissolved dissolving")


def own_forces_disbanded(tokens: Sequence[Token], event: EventType, anchor: tuple[int, int]) -> bool:
    """Whether a COERCE trigger at ``anchor`` disbands the doer's own forces ("disbanded its group of forces
    in Moldova", "dissolved their units"): a stand-down (RETREAT), not a ban."""
    if event is not EventType.COERCE or not tokens:
        return False
    first, last = _token_span(tokens, anchor)
    if first >= len(tokens) or tokens[first].norm not in _DISBANDING:
        return False
    if first + 1 >= len(tokens) or tokens[first + 1].norm not in _OWN:
        return False
    return any(t.norm in _FORCE_WORDS for t in tokens[first + 1 : min(len(tokens), last + 3)])


class _Coded(Protocol):
    """What :func:`amended` reads of an event (a :class:`detente.coding.coder.Event`)."""

    __dataclass_fields__: ClassVar[dict[str, dataclasses.Field[Any]]]

    @property
    def event(self) -> EventType: ...

    @property
    def anchor(self) -> tuple[int, int]: ...


_E = TypeVar("_E", bound=_Coded)


def amended(tokens: Sequence[Token], events: list[_E]) -> list[_E]:
    """``events`` without the look-alikes outside politics, a reduced show of force told as the concession it
    is and one's own forces disbanded as a stand-down."""
    out: list[_E] = []
    for e in events:
        if lookalike(tokens, e.event, e.anchor):
            continue
        if reduced_show_of_force(tokens, e.event, e.anchor):
            e = dataclasses.replace(e, event=EventType.CONCEDE, mode="", derived={})
        elif own_forces_disbanded(tokens, e.event, e.anchor):
            e = dataclasses.replace(e, event=EventType.RETREAT, mode="disarm", derived={})
        out.append(e)
    return out
