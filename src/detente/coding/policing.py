"""Restrictions, custody and ordinary arrests told in news (session 28, helper coerce).

PLOVER's COERCE covers quarantines, curfews and travel restrictions imposed on people as well as any "arrest,
detain, or charge with legal action". The patterns of the ``# --- s28-coerce`` block of patterns.toml read
the wordings ("added Spain to its quarantine list", "ordered travellers to self-isolate", "will serve four
years in prison"); :func:`list_owner` gives a quarantine or travel list its doer, the state whose list it
is, whatever the subject of a headline ("Turkey and Poland added to UK quarantine list").

The news gold codes a private person arrested, charged or jailed as COERCE -> ``criminals``, with the state
as doer when the sentence names it as the place ("was charged in France" FRA), the police when they are
named, and no doer otherwise ("was arrested in California"). The coder used to read such an act only in a
political case (see :func:`detente.coding.coercion.legal_process`); :func:`ordinary_arrest` admits the
ordinary case when the act is told by a finite verb ("was arrested", "police detained", "have announced an
arrest") and is news of the day, not a past the sentence only recalls ("years after she was convicted"), a
participle that only describes someone ("a driver arrested for drink-driving was found ...") or a modal
("should be arrested"). :func:`ordinary_sides` gives such an act its sides.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Protocol

__all__ = ["list_owner", "ordinary_arrest", "ordinary_sides"]


class _Tok(Protocol):
    @property
    def norm(self) -> str: ...


class _Unit(Protocol):
    @property
    def tok_start(self) -> int: ...

    @property
    def tok_end(self) -> int: ...

    @property
    def code(self) -> str | None: ...

    @property
    def kind(self) -> str: ...

    @property
    def locative(self) -> bool: ...


_AUX = frozenset(["is", "are", "was", "were", "be", "been", "being", "got", "gets"])
_ADVERBS = frozenset(
    [
        "also",
        "later",
        "subsequently",
        "reportedly",
        "allegedly",
        "then",
        "already",
        "eventually",
        "finally",
        "immediately",
        "initially",
        "now",
        "not",
        "never",
        "formally",
        "twice",
        "since",
        "briefly",
        "jointly",
        "each",
        "both",
        "all",
    ]
)
_LAW_DOERS = frozenset(
    [
        "police",
        "policemen",
        "officers",
        "detectives",
        "agents",
        "marshals",
        "prosecutors",
        "investigators",
        "deputies",
        "sheriff",
        "authorities",
        "troopers",
    ]
)
_MONEY = frozenset(
    [
        "fee",
        "fees",
        "price",
        "prices",
        "cost",
        "costs",
        "rate",
        "rates",
        "tax",
        "taxes",
        "bill",
        "bills",
        "interest",
        "surcharge",
        "toll",
    ]
)
_MODALS = frozenset(["should", "must", "ought", "could", "might", "may", "would", "can", "will", "shall"])
_AGO = frozenset(["years", "decades", "months", "weeks"])
_BACK = frozenset(["after", "before", "since"])
_LAW_CODES = frozenset({"police", "authorities", "judiciary"})
_DETAINEE = "criminals"
_PLACE_WORDS = frozenset(["in", "at", "near"])


def _aux_before(tokens: Sequence[_Tok], i: int) -> bool:
    """A passive or perfect auxiliary before token ``i`` past adverbs, or a coordinated second verb of a
    passive ("was questioned in Paris and charged with fraud")."""
    j = i - 1
    while j >= 0 and tokens[j].norm in _ADVERBS:
        j -= 1
    if j < 0:
        return False
    if tokens[j].norm in _AUX or tokens[j].norm in ("has", "have", "had"):
        return True
    if tokens[j].norm == "and":
        return any(t.norm in _AUX for t in tokens[max(0, j - 8) : j])
    return False


_RELATIVE = frozenset({"who", "whom", "whose", "which", "that"})
_THINGS = frozenset(
    {
        "boat",
        "boats",
        "ship",
        "ships",
        "vessel",
        "vessels",
        "tanker",
        "tankers",
        "trawler",
        "ferry",
        "car",
        "cars",
        "truck",
        "trucks",
        "lorry",
        "lorries",
        "cargo",
        "shipment",
        "shipments",
        "plane",
        "planes",
        "aircraft",
        "container",
        "containers",
        "goods",
        "consignment",
        "train",
    }
)


def ordinary_arrest(tokens: Sequence[_Tok], tok_start: int, tok_end: int) -> bool:
    """The arrest phrase ``tokens[tok_start:tok_end]`` reports an arrest, charge or prison term of the day
    by a finite verb: a passive ("two men were arrested", "was later charged with"), an active verb of the
    police or prosecutors ("police detained a man"), or a phrase whose head is not the act itself ("have
    announced an arrest", "took him into custody"). A participle that only describes someone ("a driver
    arrested for speeding was found") and an act recalled from years back ("years after she was convicted")
    are not."""
    if tok_start >= len(tokens):
        return False
    before = [t.norm for t in tokens[max(0, tok_start - 10) : tok_start]]
    if any(a in _AGO and b in _BACK for a, b in itertools.pairwise(before)):
        return False  # "years after she was twice convicted": the past the sentence recalls
    if any(t in _MODALS for t in before[-4:]):
        return False  # "should be arrested", "could be jailed": no act reported
    if any(t in _RELATIVE for t in before[-3:]):
        return False  # "a man who was arrested last year has been released": the clause describes him
    if any(t in _THINGS for t in before[-6:]):
        return False  # "the fishing boat was detained": a thing held, not a person arrested
    head = tokens[tok_start].norm
    if not head.endswith("ed") and head not in ("took", "taken", "held", "put", "sent", "thrown", "brought"):
        return False
    if head.startswith("charg") and any(t.norm in _MONEY for t in tokens[tok_end : tok_end + 4]):
        return False  # "customers were charged with a late fee": a price, not a criminal charge
    if head.startswith(
        (
            "arrest",
            "detain",
            "charg",
            "jail",
            "imprison",
            "indict",
            "convict",
            "sentenc",
            "apprehend",
            "remand",
        )
    ):
        if _aux_before(tokens, tok_start):
            return True
        return any(t in _LAW_DOERS for t in before[-4:])  # "police arrested", "prosecutors charged"
    return True  # "announced an arrest", "took him into custody": the phrase names the act


def ordinary_sides(
    tokens: Sequence[_Tok], units: Sequence[_Unit], tok_start: int, source: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The doer and the one held of an ordinary arrest whose target the coder did not find: the one held is
    ``criminals``; the doer, if none is read, the state named as the place of the act ("was charged in
    France") or the police or authorities the sentence names; none otherwise ("was arrested in California").
    ``None`` when the sentence names another actor (a state, a demonym, an organisation) whom a later stage
    may take for the one held ("a British aid worker was detained by Iran's Revolutionary Guards")."""
    if not _aux_before(tokens, tok_start) and any(
        t.norm in _LAW_DOERS for t in tokens[max(0, tok_start - 4) : tok_start]
    ):
        return None  # "police detained 30 followers of a sect": the object names who is held
    places = {
        u.tok_start
        for u in units
        if u.locative or any(t.norm in _PLACE_WORDS for t in tokens[max(0, u.tok_start - 4) : u.tok_start])
    }
    if any(
        u.code is not None and u.code not in _LAW_CODES and u.code not in source and u.tok_start not in places
        for u in units
    ):
        return None
    if source:
        return source, (_DETAINEE,)
    for u in units:
        if (
            u.kind == "state"
            and u.code is not None
            and u.tok_start in places
            and abs(u.tok_start - tok_start) <= 6
        ):
            return (u.code,), (_DETAINEE,)  # "charged in France", "was questioned in Spain and charged"
    for code in ("police", "authorities", "judiciary"):
        if any(u.code == code for u in units):
            return (code,), (_DETAINEE,)
    return (), (_DETAINEE,)


def list_owner(tokens: Sequence[_Tok], units: Sequence[_Unit], tok_start: int, tok_end: int) -> str | None:
    """The state whose quarantine or travel list a phrase names ("added to UK quarantine list", "removed
    from Britain's travel corridors list"): the doer of the listing, whatever the headline's subject."""
    if not tokens[tok_start].norm.startswith(("add", "remov")):
        return None
    marks = [i for i in range(tok_start, tok_end) if tokens[i].norm in ("to", "from")]
    if not marks:
        return None
    for u in units:
        if u.code is not None and u.code.isupper() and marks[0] < u.tok_start < tok_end:
            return u.code
    return None
