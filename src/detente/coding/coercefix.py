"""COERCE readings that name no coercion (session 27, helper coerce).

The COERCE triggers (ban, block, expel, blockade, takeover, designate ...) also fire where no coercive act
is reported. :func:`settled` drops or retypes such readings by general constructions:

* a diplomatic expulsion ("23 diplomats will be expelled", "the expulsion of two envoys") is a SANCTION
  (CAMEO 166, PLOVER's "expel diplomats"), not a deportation: the COERCE is retyped, or dropped when a
  SANCTION already tells it;
* a blockade by crowds ("the blockade of the embassy by activists") is no COERCE: crowds obstruct, they
  do not coerce (retyping it as a PROTEST was tried: the new events' sides broke the dev-nato-official and
  capitals-style side floors, so the reading is only dropped);
* the act a street protest is held against ("rallied against the closure of ...", "took to the streets to
  protest against the takeover of ...") is the protest's grievance, not an event of its own in the gold
  (a diplomatic "we protest against the detention of ..." is no street protest and is kept);
* a platform or firm blocking or banning ("Twitter blocked the account") moderates, it does not coerce;
* using or appropriating the income from frozen assets is not a seizure of the assets;
* a ban whose object is talking ("banned any talks with", "prohibited contacts with") is a refusal of
  contact, not the repression of a group;
* a standing policy ("have long designated X a terrorist organisation"), a means ("several ways to block
  ...") and an obligation or advocacy ("we have to ban ...", "they must restrict ...") report no act;
* nor does an act another says it will not allow ("we will not allow Russia to blockade Moldova").
  (Dropping a COERCE with neither doer nor sufferer was tried and left out: when the sides are not found
  the act may still be real, as in the cameo-conflibert multicoder set, where a charge with no sides read
  is gold.)
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType, derived_fields

if TYPE_CHECKING:
    from detente.coding.coder import Event

__all__ = ["settled"]

_CROWDS = frozenset({"protesters", "opposition", "students", "activists", "unions", "workers"})

# a platform or a firm blocking accounts is moderation, not coercion (no gold COERCE has such a doer)
_PRIVATE = frozenset({"media", "business", "companies", "company"})
# "use income from frozen assets", "appropriate the proceeds of": the assets' earnings, not the assets
_EARNINGS = re.compile(
    r"\b(?:income|proceeds|profits?|revenues?|interest|windfall)\s+(?:from|of|on|generated)\b", re.IGNORECASE
)

_DIPLOMATS = re.compile(
    r"\b(?:diplomats?|envoys?|ambassadors?|attach[ée]s?|consuls?|charg[ée]s?\s+d['’]affaires|"
    r"embassy\s+staff|mission\s+staff|consular\s+staff|intelligence\s+officers|military\s+attach[ée]s?|"
    r"persona\s+non\s+grata)\b",
    re.IGNORECASE,
)
_EXPEL = re.compile(r"\bexpel(?:s|led|ling)?\b|\bexpulsions?\b", re.IGNORECASE)

_BLOCKADE = re.compile(r"\b(?:blockad\w*|block(?:s|ed|ing)?|picket\w*)\b", re.IGNORECASE)

# the grievance of a street protest: "rallied against the", "to protest against Russia's military"
_AGAINST = re.compile(
    r"\b(?:protest(?:s|ed|ing)?|rall(?:y|ies|ied|ying)|march(?:es|ed|ing)?|demonstrat\w+|strikes?|"
    r"picket(?:s|ed|ing)?)\s+(?:against|over|at)\s+(?:[\w'’-]+\s+){0,6}$",
    re.IGNORECASE,
)
_NOUN = re.compile(r"^\W*[\w-]*(?:tion|tions|sion|sions|ure|ures|over|overs|ade|ades|ment|ments|ban|bans)\b")

_TALKS = re.compile(
    r"^\W*(?:(?:by|in)\s+(?:a\s+)?(?:decree|law)\s+)?(?:any|all|the|further|direct|official)?\s*"
    r"(?:talks|negotiations|contacts?|dialogue|meetings|consultations)\b",
    re.IGNORECASE,
)

_STANDING = re.compile(r"\b(?:has|have|had)\s+long\s+(?:since\s+)?$", re.IGNORECASE)
# "would not allow Russia to blockade Moldova", "will never let them seize": an act refused in advance
_NOT_ALLOWED = re.compile(
    r"\b(?:not|never|no\s+one|nobody)\s+(?:\w+\s+){0,2}(?:allow|permit|let|tolerate)\s+(?:[\w'’-]+\s+){0,4}(?:to\s+)?$",
    re.IGNORECASE,
)
_POLICIES = frozenset({"ban", "censor", "restrict", "curfew"})
_MEANS = re.compile(
    r"\b(?:ways?|means|options?|tools?|powers?|mechanisms?)\s+(?:\w+\s+)?to\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
_OBLIGED = re.compile(
    r"\b(?:(?:have|has|had|need|needs|ought)\s+to|must|should)\s+(?:\w+ly\s+|also\s+|now\s+)?$",
    re.IGNORECASE,
)


def settled(text: str, events: Sequence[Event]) -> list[Event]:
    """``events`` with the COERCE readings that report no coercion dropped or retyped (see the module)."""
    if not any(e.event is EventType.COERCE for e in events):
        return list(events)
    street = any(e.event is EventType.PROTEST for e in events)
    expels = any(e.event is EventType.SANCTION and e.mode == "expel" for e in events)
    out: list[Event] = []
    for e in events:
        if e.event is not EventType.COERCE:
            out.append(e)
            continue
        start, end = e.anchor
        if end <= start:
            out.append(e)
            continue
        before, word, after = text[max(0, start - 80) : start], text[start:end], text[end : end + 80]
        if (
            e.mode == "deport"
            and _EXPEL.search(word)
            and _DIPLOMATS.search(text[max(0, start - 120) : end + 120])
        ):
            if not expels:
                out.append(_retyped(e, EventType.SANCTION, "expel"))
                expels = True
            continue
        if e.source and set(e.source) <= _CROWDS and _BLOCKADE.search(word):
            continue  # crowds blockading: a protest's obstruction, not a state's coercion
        if e.source and set(e.source) <= _PRIVATE:
            continue
        if e.mode == "seize" and _EARNINGS.search(word):
            continue
        if street and _AGAINST.search(before) and _NOUN.match(word):
            continue
        if e.mode == "ban" and _TALKS.match(after):
            continue
        standing = e.mode in _POLICIES and _STANDING.search(before)
        if standing or _MEANS.search(before) or _OBLIGED.search(before):
            continue
        if _NOT_ALLOWED.search(before):
            continue  # an act refused in advance
        out.append(e)
    return out


def _retyped(event: Event, etype: EventType, mode: str) -> Event:
    return dataclasses.replace(event, event=etype, mode=mode, derived=derived_fields(etype, mode))
