"""Acts told as noun phrases that a protest or a condemnation is aimed at (s35-nominal3). The trigger stages
code a noun act when a judging verb takes it as object ("condemned Latvia's expulsion of Russian envoys"),
but not when the act is the object of a protest ("marched against ...", "in protest at ..."), and two nouns
they never code as acts. Examples in our own words:

- **the object of a protest** (:func:`protested_acts`): "Students rallied in Riga to protest against
  Estonia's expulsion of two Russian envoys" -> the noun phrase after the protest's preposition is read
  again in a judging frame ("They condemned Estonia's expulsion of two Russian envoys.") through the coder's
  ``reread`` callback, and its material act (SANCTION EST -> RUS) is added. A protest names an act that
  happened, so the act is a fact.
- **a military intervention or a bombing campaign with its doer and its place** (:func:`named_campaigns`),
  object of a protest or of a condemnation: "protested against Ruritania's military intervention in
  Freedonia" -> MOBILIZE; "a rally against the NATO bombing campaign in Serbia" -> ASSAULT NATO -> SRB.

Guarded narrowly: the doer must be named at the head of the phrase (a possessive "X's", an attributive name
"the NATO ...", or "by X" inside it); a pronoun owner ("its", "their") gives nothing; every added act needs
the one it is aimed at named ("the expulsion of its diplomats by X" gives nothing); a phrase marked as not (yet) real ("alleged", "planned", "possible", "any", "plans
to ...") or dated to a year is left alone, and so is a protest told under a modal ("would protest"). The
protest/condemnation frame itself excludes time markers ("after the annexation"), demands ("called for the
withdrawal of") and purposes ("to discuss the deployment"). An event is added only when the sentence has
none of its type from the same side. :func:`settled` runs behind a word gate and never raises.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import norms_of, words
from detente.coding.roleparts import Make, Roles

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.patterns import Token
    from detente.coding.units import Unit

__all__ = ["named_campaigns", "protested_acts", "settled"]

logger = logging.getLogger(__name__)

Reread = Callable[[str], "list[Event]"]

_MAX_CHARS = 600
"""Longer sentences are left as read."""

_PROTEST_WORDS = words(
    "protest protests protested protesting rally rallies rallied demonstration demonstrations demonstrated "
    "demonstrating march marches marched marching picket pickets picketed"
)
_PROTEST_PREPS = words("against at over")
_JUDGING = words(
    "condemn condemns condemned condemning denounce denounces denounced denouncing deplore deplores deplored "
    "deploring criticise criticises criticised criticising criticize criticizes criticized criticizing"
)
"""Verbs that judge an act named as their object (for the two nouns the trigger stages never code)."""
_MODALS = words("would could might may will shall should must can")

_ARTICLES = words("the a an this these those")
_UNREAL = words(
    "alleged suspected possible potential any planned proposed future so-called purported plans plan "
    "prospect prospects threat threats idea ideas no"
)
"""Words in a phrase that make its act no fact yet ("the planned deployment", "plans to ...")."""

_STOPS = words(
    ", ; : . ! ? ( ) which that who whom whose while whereas although because when where as and but or "
    "was were is are has have had will would took take takes held gathered outside since after before "
    "until during amid following"
)
"""Tokens that end the noun phrase a protest is aimed at."""
_PHRASE_REACH = 14
"""Tokens at most in the phrase a protest is aimed at."""
_HEAD_REACH = 5
"""Tokens from the phrase's start to its named doer ("the Georgian government's")."""

_PLACE_PREPS = words("in into on against to at of")
_NOT_DOER_PREPS = words(
    "in into to on against at from with near toward towards over for across through along inside outside"
)
"""A name after one of these in the phrase is a place or a target, not the doer."""

_MATERIAL = frozenset(
    {
        EventType.SANCTION,
        EventType.MOBILIZE,
        EventType.RETREAT,
        EventType.CONCEDE,
        EventType.AID,
    }
)
"""Types of acts a protest may be aimed at (not words: a protest against a statement is read elsewhere). Not
ASSAULT (attacks protested are read by :func:`named_campaigns`, with the one attacked) nor COERCE: a takeover, an occupation or an annexation protested is a standing state of affairs the gold sets
code as background, not a new act."""

_BOMBING = words("bombing bombings bombardment shelling airstrikes air-strikes")
_CAMPAIGN = words("campaign campaigns raids operation")
_INTERVENTION = words("intervention interventions")
_MILITARY = words("military armed")


def _is_year(tok: Token) -> bool:
    return tok.text.isdigit() and len(tok.text) == 4


def _unit_at(units: Sequence[Unit], k: int) -> Unit | None:
    return next((u for u in units if u.tok_start == k and u.code is not None and u.kind != "pronoun"), None)


def _phrase_end(tokens: Sequence[Token], start: int) -> int:
    """The token after the noun phrase that starts at ``start``."""
    k = start
    while k < min(len(tokens), start + _PHRASE_REACH) and tokens[k].norm not in _STOPS:
        k += 1
    return k


def _licensed(tokens: Sequence[Token], i: int) -> int | None:
    """The first token of the phrase a protest word at ``i`` is aimed at: "protest(ed) against/at/over X",
    "in protest at X", "to protest X"; ``None`` when there is none or the protest is told under a modal."""
    if tokens[i].norm not in _PROTEST_WORDS:
        return None
    if any(t.norm in _MODALS for t in tokens[max(0, i - 2) : i]):
        return None
    j = i + 1
    if j < len(tokens) and tokens[j].norm in _PROTEST_PREPS:
        return j + 1
    if (
        tokens[i].norm == "protest"
        and j < len(tokens)
        and tokens[j].norm in _ARTICLES
        and i > 0
        and tokens[i - 1].norm == "to"
    ):
        return j  # "to protest the expulsion of ..."
    return None


def _judged(tokens: Sequence[Token], i: int) -> int | None:
    """The first token of the object of a judging verb at ``i`` ("condemned the ..."), past "strongly"."""
    if tokens[i].norm not in _JUDGING:
        return None
    if any(t.norm in _MODALS or t.norm == "not" for t in tokens[max(0, i - 2) : i]):
        return None
    return i + 1


def _doer(tokens: Sequence[Token], units: Sequence[Unit], start: int, end: int) -> Unit | None:
    """The doer named at the head of the phrase ``start..end``: "X's ...", "the X ..." (an attributive name
    right before lower-case words of the phrase), or "by X" inside it; ``None`` for no name or a pronoun."""
    k = start
    if k < end and tokens[k].norm in _ARTICLES:
        k += 1
    unit = _unit_at(units, k)
    if unit is not None and unit.tok_end < end and k - start < _HEAD_REACH:
        after = tokens[unit.tok_end]
        if after.norm in ("'s", "’s", "'") or (
            after.text[:1].islower() and after.norm not in _NOT_DOER_PREPS
        ):
            return unit
    for j in range(start, end - 1):
        if tokens[j].norm == "by":
            by = _unit_at(units, j + 1) or (
                _unit_at(units, j + 2) if tokens[j + 1].norm in _ARTICLES else None
            )
            if by is not None:
                return by
    return None


def _unreal(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The phrase names an act that is no fact yet, or one dated to a year (background)."""
    return any(
        t.norm in _UNREAL or _is_year(t) for t in tokens[max(0, start - 1) : min(len(tokens), end + 3)]
    )


def _has(events: Sequence[Event], etype: EventType, source: Sequence[str]) -> bool:
    return any(e.event is etype and (not e.source or set(e.source) & set(source)) for e in events)


def _moved(ev: Event, lo: int, hi: int) -> Event:
    return dataclasses.replace(ev, evidence=(lo, hi), anchor=(lo, hi))


def protested_acts(
    text: str, tokens: Sequence[Token], units: Sequence[Unit], events: list[Event], reread: Reread
) -> list[Event]:
    """``events`` with the material act of each noun phrase a protest is aimed at (see the module doc)."""
    added: list[Event] = []
    for i in range(len(tokens) - 2):
        start = _licensed(tokens, i)
        if start is None:
            continue
        end = _phrase_end(tokens, start)
        if end - start < 3 or _unreal(tokens, start, end):
            continue
        doer = _doer(tokens, units, start, end)
        if doer is None or doer.code is None:
            continue
        lo, hi = tokens[start].start, tokens[end - 1].end
        for ev in reread(f"They condemned {text[lo:hi]}."):
            if (
                ev.event not in _MATERIAL
                or tuple(ev.source) != (doer.code,)
                or ev.polarity is not Polarity.ASSERTED
            ):
                continue
            if not ev.target or doer.code in ev.target or _has([*events, *added], ev.event, ev.source):
                continue  # "the expulsion of its diplomats by X": the one it was aimed at is not named
            added.append(_moved(ev, lo, hi))
    return [*events, *added] if added else events


def _campaign(
    tokens: Sequence[Token], units: Sequence[Unit], start: int, end: int
) -> tuple[EventType, int, Unit] | None:
    """A military intervention (MOBILIZE) or a bombing campaign (ASSAULT) in the phrase ``start..end``: its
    type, head token and the place or side it is aimed at (the first name after "in/on/against/of")."""
    for k in range(start, end):
        norm = tokens[k].norm
        if norm in _INTERVENTION and k > start and tokens[k - 1].norm in _MILITARY:
            etype = EventType.MOBILIZE
        elif norm in _BOMBING or (norm == "strikes" and k > start and tokens[k - 1].norm == "air"):
            etype = EventType.ASSAULT
        else:
            continue
        j = k + 1
        if j < end and tokens[j].norm in _CAMPAIGN:
            j += 1
        if j < end and tokens[j].norm in _PLACE_PREPS:
            aimed = _unit_at(units, j + 1)
            if aimed is None and j + 2 < end and tokens[j + 1].norm in _ARTICLES:
                aimed = _unit_at(units, j + 2)
            if aimed is not None:
                return etype, k, aimed
        return None
    return None


def named_campaigns(
    tokens: Sequence[Token], units: Sequence[Unit], events: list[Event], make: Make
) -> list[Event]:
    """``events`` with a military intervention or a bombing campaign that a protest or a condemnation is
    aimed at, told with its doer and place (see the module doc)."""
    for i in range(len(tokens) - 3):
        start = _licensed(tokens, i)
        if start is None:
            start = _judged(tokens, i)
        if start is None:
            continue
        end = _phrase_end(tokens, start)
        if _unreal(tokens, start, end):
            continue
        doer = _doer(tokens, units, start, end)
        found = _campaign(tokens, units, start, end) if doer is not None else None
        if doer is None or doer.code is None or found is None:
            continue
        etype, head, aimed = found
        if aimed.code is None or aimed.code == doer.code or _has(events, etype, (doer.code,)):
            continue
        roles = Roles((doer.code,), (aimed.code,), (tokens[start].start, tokens[aimed.tok_end - 1].end))
        tok = tokens[head]
        events = [*events, make(etype, "", roles, Polarity.ASSERTED, tok.start, tok.end, tok.text)]
    return events


_GATE = _PROTEST_WORDS | _JUDGING


def settled(
    text: str,
    tokens: Sequence[Token],
    units: Sequence[Unit],
    events: list[Event],
    make: Make,
    reread: Reread | None,
) -> list[Event]:
    """``events`` with the acts of noun phrases protested or condemned (see the module doc); never raises."""
    if len(text) > _MAX_CHARS or _GATE.isdisjoint(norms_of(tokens)):
        return events
    try:
        events = named_campaigns(tokens, units, events, make)
        if reread is not None and not _PROTEST_WORDS.isdisjoint(norms_of(tokens)):
            events = protested_acts(text, tokens, units, events, reread)
        return events
    except Exception:  # a reading that fails leaves the sentence as read
        logger.exception("nominal3: noun acts of %r not read", text[:80])
        return events
