"""News wording the trigger readers leave uncoded or over-coded (stage 7 and the last stage).

News reports name a detention by its place rather than its doer, and they carry sentences about shops,
products and private life whose verbs look like political acts. Three readers:

- :func:`detained_in_place`: a passive detention with no "by" agent and a state's place after "in"
  ("Liu Xia has been placed under house arrest in Beijing", "the journalist was detained in Moscow") is a
  COERCE (arrest) by the authorities of that place — the place stands for its state, as for attacks.
- :func:`with_place_of_detention`: the same place names the doer of a detention coded with no doer
  ("Two men were arrested in London": by the British authorities).
- :func:`sideless_in_private_text`: an act coded with no source and no target, of a kind that needs a side
  (deploying, seizing, helping, supporting, threatening ...), in a sentence that names no actor at all and
  no sides by a plural word ("Lume occupies the former Emerald Lounge", "you deploy them at scale"): a
  sentence about things or private people, not a political event.
- :func:`unheld_protest`: a protest named only as what is ahead or planned ("police were deployed ahead
  of another day of protests", "a planned opposition rally") has not happened: no PROTEST for it.

Word lists are this module's own; each reader checks a cheap token test first.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType, derived_fields
from detente.coding.patterns import Token, words
from detente.coding.polarity import polarity_of
from detente.coding.roleparts import Roles, clause_floor
from detente.coding.statements import Finding, SentenceView
from detente.coding.units import Unit

if TYPE_CHECKING:
    from detente.coding.coder import Event

__all__ = [
    "detained_in_place",
    "dropped",
    "framed_concession",
    "sideless_in_private_text",
    "unheld_protest",
    "with_place_of_detention",
]

_BE = words("was were been being is are")
_DETAINED = words("arrested detained jailed imprisoned re-arrested incarcerated")
_PLACED = words("placed put")
_TAKEN = words("taken")
_CUSTODY = words("custody detention")
_PLACE_KINDS = ("state", "metonym", "territory")
_REACH = 8  # words from the participle to the place ("was detained at a checkpoint in Crimea")


def _participle(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """(first, last) token of a passive detention's participle phrase: "was arrested", "has been placed
    under house arrest", "were taken into military custody"; ``None`` when there is none."""
    n = len(tokens)
    for k, tok in enumerate(tokens):
        norm = tok.norm
        if norm in _DETAINED:
            end = k
        elif norm in _PLACED:
            # "placed under (house) arrest"
            if (
                k + 2 < n
                and tokens[k + 1].norm == "under"
                and "arrest" in (tokens[k + 2].norm, _at(tokens, k + 3))
            ):
                end = k + 2 if tokens[k + 2].norm == "arrest" else k + 3
            else:
                continue
        elif norm in _TAKEN:
            # "taken into (military|police) custody"
            if (
                k + 2 < n
                and tokens[k + 1].norm == "into"
                and (tokens[k + 2].norm in _CUSTODY or _at(tokens, k + 3) in _CUSTODY)
            ):
                end = k + 2 if tokens[k + 2].norm in _CUSTODY else k + 3
            else:
                continue
        else:
            continue
        # a form of "be" right before, or with one adverb between ("was quickly arrested")
        if (k >= 1 and tokens[k - 1].norm in _BE) or (
            k >= 2 and tokens[k - 2].norm in _BE and tokens[k - 1].is_word
        ):
            return k, end
    return None


def _at(tokens: Sequence[Token], i: int) -> str:
    return tokens[i].norm if 0 <= i < len(tokens) else ""


def _place_after(tokens: Sequence[Token], units: Sequence[Unit], end: int) -> Unit | None:
    """The state's place named after "in" within reach after ``end``, when no "by" agent comes first."""
    for i in range(end + 1, min(len(tokens), end + 1 + _REACH)):
        norm = tokens[i].norm
        if norm == "by" or norm in (";", ":") or (norm == "," and i > end + 1):
            return None  # "was arrested by police", or the clause ends
        if norm != "in":
            continue
        unit = next((u for u in units if u.tok_start in (i + 1, i + 2)), None)
        if unit is not None and unit.code is not None and unit.code.isupper() and unit.kind in _PLACE_KINDS:
            return unit
        return None
    return None


def _detention_place(view: SentenceView) -> tuple[tuple[int, int], Unit] | None:
    tokens = view.tokens
    if not any(t.norm in _DETAINED or t.norm in _PLACED or t.norm in _TAKEN for t in tokens):
        return None
    found = _participle(tokens)
    if found is None:
        return None
    place = _place_after(tokens, view.units, found[1])
    return None if place is None else (found, place)


def detained_in_place(view: SentenceView) -> Finding | None:
    """COERCE (arrest) by the state whose place a passive detention names after "in" ("has been placed
    under house arrest in Beijing": by China); the one actor right before the verb is the detainee."""
    tokens = view.tokens
    found = _detention_place(view)
    if found is None:
        return _custody_of(view)
    (first, end), place = found
    assert place.code is not None
    detainee = next(
        (
            u
            for u in view.units
            if u.tok_end <= first and u.code is not None and u.code != place.code and first - u.tok_end <= 3
        ),
        None,
    )
    target = (detainee.code,) if detainee is not None and detainee.code is not None else ()
    roles = Roles((place.code,), target, (tokens[first].start, place.end))
    polarity = polarity_of(tokens, first, view.patterns, floor=clause_floor(tokens, first))
    return Finding(
        EventType.COERCE, "arrest", roles, polarity, tokens[first].start, tokens[end].end, tokens[first].text
    )


_KEEPERS = {"military": "military", "army": "military", "police": "police"}


def _custody_of(view: SentenceView) -> Finding | None:
    """COERCE (arrest) by the body a passive "taken into military|police custody" names as the keeper."""
    tokens = view.tokens
    if not any(t.norm in _TAKEN for t in tokens):
        return None
    found = _participle(tokens)
    if found is None or tokens[found[0]].norm not in _TAKEN:
        return None
    first, end = found
    keeper = _KEEPERS.get(tokens[end - 1].norm)
    if keeper is None:
        return None
    roles = Roles((keeper,), (), (tokens[first].start, tokens[end].end))
    polarity = polarity_of(tokens, first, view.patterns, floor=clause_floor(tokens, first))
    return Finding(
        EventType.COERCE, "arrest", roles, polarity, tokens[first].start, tokens[end].end, tokens[first].text
    )


def with_place_of_detention(view: SentenceView, events: list[Event]) -> list[Event]:
    """A detention coded with no doer takes the state of the place a passive detention names ("Two men
    were arrested in London": by the United Kingdom), unless that state is already its target."""
    if not any(e.event is EventType.COERCE and not e.source for e in events):
        return events
    found = _detention_place(view)
    if found is None:
        return events
    code = found[1].code
    assert code is not None
    return [
        dataclasses.replace(e, source=(code,))
        if e.event is EventType.COERCE and not e.source and code not in e.target
        else e
        for e in events
    ]


# acts that need a side to be political events; verbal acts, meetings by unnamed sides ("The two
# presidents discussed"), accusations and attacks are left to the readers that coded them
_NEEDS_A_SIDE = frozenset(
    {
        EventType.MOBILIZE,
        EventType.COERCE,
        EventType.COOPERATE,
        EventType.SUPPORT,
        EventType.THREATEN,
        EventType.AID,
        EventType.RETREAT,
        EventType.SANCTION,
    }
)
# words that name sides without the dictionary ("the two leaders", "both sides", "the parties", "allies")
_SIDE_WORDS = words(
    "two both sides parties leaders presidents ministers heads delegations governments government "
    "countries nations states allies partners summit authorities officials army military troops forces "
    "police regime junta rebels militants insurgents protesters demonstrators republicans democrats "
    "lawmakers legislators senators congress parliament party council court"
)


def sideless_in_private_text(view: SentenceView, event: Event, participants: Sequence[str]) -> bool:
    """Whether ``event`` should be dropped: it has no source and no target, it is of a kind that needs a
    side, and the sentence names no actor (no unit the dictionary or a pronoun resolves), no sides of the
    document's meeting, no pronoun and no word for sides ("Lume occupies the former Emerald Lounge")."""
    if event.source or event.target or event.event not in _NEEDS_A_SIDE or participants:
        return False
    if any(u.code is not None or u.kind == "pronoun" for u in view.units):
        return False  # an actor, or a pronoun that may stand for one ("They noted with satisfaction")
    return not any(t.norm in _SIDE_WORDS for t in view.tokens)


_AHEAD = words("ahead")
_UNHELD = words("planned upcoming scheduled proposed expected announced threatened possible potential")
_PROTEST_WORDS = words(
    "protest protests demonstration demonstrations rally rallies march marches strike strikes walkout "
    "walkouts sit-in sit-ins picket pickets"
)


def unheld_protest(view: SentenceView, event: Event) -> bool:
    """Whether the PROTEST ``event`` stands on a protest noun that is only ahead or planned: "ahead of
    (another day of) protests", "a planned opposition rally", "before the scheduled march"."""
    if event.event is not EventType.PROTEST:
        return False
    tokens = view.tokens
    lo, hi = event.anchor if event.anchor != (0, 0) else event.evidence
    k = next(
        (i for i, t in enumerate(tokens) if t.start >= lo and t.end <= hi and t.norm in _PROTEST_WORDS), None
    )
    if k is None:
        return False
    for i in range(k - 1, max(-1, k - 9), -1):
        norm = tokens[i].norm
        if norm in _UNHELD:
            return True
        if norm in _AHEAD and _at(tokens, i + 1) == "of":
            return True
        if not tokens[i].is_word or norm in ("against", "over", "after", "amid", "during", "despite"):
            return False
    return False


def dropped(view: SentenceView, event: Event, participants: Sequence[str]) -> bool:
    """Whether the last stage drops ``event``: a sideless act in a sentence that names no side
    (:func:`sideless_in_private_text`) or a protest that is only ahead (:func:`unheld_protest`)."""
    return sideless_in_private_text(view, event, participants) or unheld_protest(view, event)


# ----------------------------------------------------------------------------------------------- concessions
# a participle after a comma that tells the main clause's act as giving in: "resigned, bowing to pressure",
# "scrapped a tax increase, yielding to the protesters", "promised an election, in a nod to ..."
_YIELDING = words("bowing yielding caving giving acceding conceding meeting")
_AFTER_YIELDING = words("to in one the a some several two three four five key main central")
_NOD = words("nod concession")


def _concession_frame(tokens: Sequence[Token]) -> int | None:
    """Index of the comma before a concession participle ("..., bowing to", "..., in a nod to"), or None."""
    for k in range(1, len(tokens) - 2):
        if tokens[k - 1].norm != ",":
            continue
        norm = tokens[k].norm
        if norm in _YIELDING and tokens[k + 1].norm in _AFTER_YIELDING:
            return k - 1
        if norm == "in" and tokens[k + 1].norm in ("a", "an") and tokens[k + 2].norm in _NOD:
            return k - 1
    return None


def _main_doer(units: Sequence[Unit], comma: int, avoid: Sequence[str]) -> str | None:
    """The first actor of the main clause (before ``comma``) that is not among ``avoid``."""
    for u in units:
        if u.tok_start >= comma:
            return None
        if u.code is not None and u.code.isupper() and u.code not in avoid and u.kind != "pronoun":
            return u.code
    return None


def framed_concession(view: SentenceView, events: list[Event]) -> list[Event]:
    """One concession where a participle frames the main clause's act as giving in: the participle's
    CONCEDE is done by the main clause's doer when it names none ("Macron scrapped a tax increase, yielding
    to the protesters": France); a resignation or withdrawal the main clause tells is the concession itself
    (RETREAT, the participle's CONCEDE dropped: "resigned, bowing to pressure"); a promise it tells is the
    concession ("promised to hold a general election, in a nod to foreign governments": CONCEDE). A
    concession the main clause tells with no doer is done by that clause's first actor as well."""
    tokens = view.tokens
    if not any(t.norm in _YIELDING or t.norm in _NOD for t in tokens):
        return events
    comma = _concession_frame(tokens)
    if comma is None:
        return events
    cut = tokens[comma].start
    framed = [e for e in events if e.event is EventType.CONCEDE and e.anchor[0] > cut]
    main = [e for e in events if e.anchor[1] <= cut and e.anchor != (0, 0)]
    if any(e.event is EventType.RETREAT for e in main):
        return [e for e in events if not any(e is f for f in framed)]
    promises = [e for e in main if e.event is EventType.AGREE]
    if promises:
        target = framed[0].target if framed else ()
        out = []
        for e in events:
            if any(e is f for f in framed):
                continue
            if any(e is p for p in promises):
                e = dataclasses.replace(
                    e,
                    event=EventType.CONCEDE,
                    mode="",
                    target=e.target or target,
                    derived=derived_fields(EventType.CONCEDE, ""),
                )
            out.append(e)
        return out
    out = []
    for e in events:
        if e.event is EventType.CONCEDE and not e.source:
            doer = _main_doer(view.units, comma, e.target)
            if doer is not None:
                e = dataclasses.replace(e, source=(doer,))
        out.append(e)
    return out
