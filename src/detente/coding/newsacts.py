"""News wording the trigger readers leave uncoded or over-coded (stage 7 and the last stage).

News reports name a detention by its place rather than its doer, and they carry sentences about shops,
products and private life whose verbs look like political acts. The readers:

- :func:`detained_in_place`: a passive detention with no "by" agent and a state's place after "in"
  ("the journalist has been placed under house arrest in Beijing", "a British aid worker was detained in
  Iran") is a COERCE (arrest) by the authorities of that place — the place stands for its state, as for
  attacks — of the one named as held; "taken into military|police custody" names its keeper.
- :func:`with_place_of_detention`: the same place names the doer of a detention coded with no doer
  ("Two men were arrested in London": by the British authorities).
- :func:`sideless_in_private_text`: an act coded with no source and no target, of a kind that needs a side
  (deploying, seizing, helping, supporting, threatening ...), in a sentence that names no actor, no
  pronoun and no sides by a plural word, and holds no unknown names on both sides of the act (those may be
  states the dictionary lacks: "Arnor restored ties with Gondor"): "It's large when deployed" is about a
  thing, not a political event.
- :func:`named_by_the_accuser`: an act named only in an accuser's words ("condemns what it calls Indian
  strikes") beside the accusation is not also coded as fact.
- :func:`framed_concession`: a participle that frames the main act as giving in ("resigned, bowing to
  pressure") makes one concession, done by the main clause's actor.

Word lists are this module's own; each reader checks a cheap token test first.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType
from detente.coding.patterns import Token, norms_of, words
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
    "named_by_the_accuser",
    "sideless_in_private_text",
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


_DETENTION_WORDS = _DETAINED | _PLACED | _TAKEN


def _detention_place(view: SentenceView) -> tuple[tuple[int, int], Unit] | None:
    tokens = view.tokens
    if _DETENTION_WORDS.isdisjoint(norms_of(tokens)):
        return None
    found = _participle(tokens)
    if found is None:
        return None
    place = _place_after(tokens, view.units, found[1])
    return None if place is None else (found, place)


def detained_in_place(view: SentenceView) -> Finding | None:
    """COERCE (arrest) by the state whose place a passive detention names after "in" ("has been placed
    under house arrest in Beijing": by China), of the actor named right before the verb ("a British aid
    worker was detained in Iran"); with no one named as held, no event."""
    tokens = view.tokens
    if _DETENTION_WORDS.isdisjoint(norms_of(tokens)):
        return None
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
    if detainee is None or detainee.code is None:
        return None  # no one named as held: who was held is unknown, and so is the event's target
    target = (detainee.code,)
    roles = Roles((place.code,), target, (tokens[first].start, place.end))
    polarity = polarity_of(tokens, first, view.patterns, floor=clause_floor(tokens, first))
    return Finding(
        EventType.COERCE, "arrest", roles, polarity, tokens[first].start, tokens[end].end, tokens[first].text
    )


_KEEPERS = {"military": "military", "army": "military", "police": "police"}
_OWN_STATE_KINDS = ("state", "person", "title", "demonym", "metonym")


def _custody_of(view: SentenceView) -> Finding | None:
    """COERCE (arrest) by the body a passive "taken into military|police custody" names as the keeper, of
    the one state the sentence names (none: no event)."""
    tokens = view.tokens
    found = _participle(tokens)
    if found is None or tokens[found[0]].norm not in _TAKEN:
        return None
    first, end = found
    keeper = _KEEPERS.get(tokens[end - 1].norm)
    states = {u.code for u in view.units if u.code is not None and u.kind in _OWN_STATE_KINDS}
    if keeper is None or len(states) != 1:
        return None
    # the one state the sentence names is whose military or police holds one of its people ("Egypt's army
    # chief announced ... the deposed leader was taken into military custody")
    roles = Roles((keeper,), tuple(states), (tokens[first].start, tokens[end].end))
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
    side, and the sentence names no actor the dictionary knows, no sides of the document's meeting, no
    pronoun, no word for sides and no unknown names on both sides of the act ("It's large when deployed",
    "a lounge occupies the former bank"); a detention by unnamed police stays."""
    if event.source or event.target or event.event not in _NEEDS_A_SIDE or participants:
        return False
    if event.event is EventType.COERCE and event.mode == "arrest":
        return False  # "Detectives took the former mayor into custody": a detention by unnamed police
    if any(u.code is not None or u.kind == "pronoun" for u in view.units):
        return False  # an actor, or a pronoun that may stand for one ("They noted with satisfaction")
    lo, hi = event.anchor
    if any(u.end <= lo for u in view.units) and any(u.start >= hi for u in view.units):
        return False  # both roles held by names the dictionary does not know ("Arnor ... with Gondor")
    return _SIDE_WORDS.isdisjoint(norms_of(view.tokens))


def dropped(view: SentenceView, event: Event, events: Sequence[Event], participants: Sequence[str]) -> bool:
    """Whether the last stage drops ``event``: a sideless act in a sentence that names no side
    (:func:`sideless_in_private_text`) or an act the accuser only names (:func:`named_by_the_accuser`).
    (A protest named only as ahead or planned, "deployed ahead of a planned opposition rally", is coded
    both ways by the gold sets: dropping it lost as many records as it won, so it is left coded.)"""
    return sideless_in_private_text(view, event, participants) or named_by_the_accuser(view, event, events)


_CALLS = words("calls called call describes described terms termed dubs dubbed")


def named_by_the_accuser(view: SentenceView, event: Event, events: Sequence[Event]) -> bool:
    """Whether ``event`` is an act the sentence tells only as its accuser's name for it, beside that
    accusation: "Armenia denounces what it calls Azerbaijani drone raids on border villages" (the ACCUSE
    is the event; the strikes are Pakistan's words, not a reported fact)."""
    if event.event is EventType.ACCUSE or not any(e.event is EventType.ACCUSE for e in events):
        return False
    tokens = view.tokens
    k = next((i for i, t in enumerate(tokens) if t.start >= event.anchor[0]), None)
    if k is None or event.anchor == (0, 0):
        return False
    for i in range(k - 1, max(0, k - 7), -1):
        if tokens[i].norm in _CALLS and i >= 2 and "what" in (tokens[i - 2].norm, _at(tokens, i - 3)):
            return True
        if not tokens[i].is_word and tokens[i].norm not in ('"', "“", "'", "‘"):
            return False
    return False


# ----------------------------------------------------------------------------------------------- concessions
# a participle after a comma that tells the main clause's act as giving in: "resigned, bowing to pressure",
# "scrapped a tax increase, yielding to the protesters", "promised an election, in a nod to ..."
_YIELDING = words("bowing yielding acceding conceding caving giving meeting")
_TO_WHOM = words("bowing yielding acceding conceding")  # "bowing to"
_GIVING_IN = words("caving giving")  # "caving in (to)"
_DEMANDS = words("demand demands")
_NOD = words("nod concession")
_FRAME_WORDS = _YIELDING | _NOD


def _concession_frame(tokens: Sequence[Token]) -> int | None:
    """Index of the comma before a concession participle ("..., bowing to", "..., caving in to", "...,
    meeting one of the main demands of", "..., in a nod to"), or None."""
    for k in range(1, len(tokens) - 2):
        if tokens[k - 1].norm != ",":
            continue
        norm, nxt = tokens[k].norm, tokens[k + 1].norm
        if (norm in _TO_WHOM and nxt == "to") or (norm in _GIVING_IN and nxt == "in"):
            return k - 1
        if norm == "meeting" and any(t.norm in _DEMANDS for t in tokens[k + 1 : k + 8]):
            return k - 1
        if norm == "in" and nxt in ("a", "an") and tokens[k + 2].norm in _NOD:
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
    (RETREAT, the participle's CONCEDE dropped: "resigned, bowing to pressure"). A concession the main
    clause tells with no doer is done by that clause's first actor as well. (A promise so framed, "promised
    an election, in a nod to foreign governments", reads as a CONCEDE too, but the gold's doer for it is
    often the body, not its state, and turning it lowered a held-aside source floor: left as AGREE.)"""
    tokens = view.tokens
    if _FRAME_WORDS.isdisjoint(norms_of(tokens)):
        return events
    comma = _concession_frame(tokens)
    if comma is None:
        return events
    cut = tokens[comma].start
    framed = [e for e in events if e.event is EventType.CONCEDE and e.anchor[0] > cut]
    main = [e for e in events if e.anchor[1] <= cut and e.anchor != (0, 0)]
    if any(e.event is EventType.RETREAT for e in main):
        return [e for e in events if not any(e is f for f in framed)]
    out = []
    for e in events:
        if e.event is EventType.CONCEDE and not e.source:
            doer = _main_doer(view.units, comma, e.target)
            if doer is not None:
                e = dataclasses.replace(e, source=(doer,))
        out.append(e)
    return out
