"""Sides of an event whose type is right but whose source or target is not, second round (s26).

* **One head shared by two names.** "the leaders of North and South Korea", "East and West German
  officials": the first name's head word is left out, so "North" alone is no actor; the name it makes
  with the second name's head ("North Korea") is a side beside the second one (:func:`shared_head`).
* **A possessive owns its state's organ across adjectives.** "Honduras's de facto government rejected the
  plan", "Chile's caretaker government turned down the offer": a government, leadership or cabinet
  whose state is named by a possessive before one or two adjectives is that state's, as it is right after
  the possessive ("Honduras's government"): when it is the subject of an act with no source, the act's
  source (:func:`owned_across_adjectives`; read after the events are found, so no event is added or lost).
* **A ministry named without its state is Russia's.** "The Foreign Ministry denounced the demolition of
  the memorials", "Any such step will meet a firm answer, the Defence Ministry stated": the tracker's texts
  name a ministry without its state only in Russia's own statements and readouts (another state's ministry
  comes with its state: "the Polish Foreign Ministry", "the defence ministry in Berlin", and a speaker or
  dateline already owns it). An unowned ministry that is the subject of the act, or the sayer of a
  statement ("the Foreign Ministry said that ...", "..., the Foreign Ministry stated"), is the act's
  source when nobody else is (:func:`ministry_side`). So is a ministry that the record's context names as
  its author with no state ("Foreign Ministry statement.", "Defence Ministry briefing."): a charge,
  refusal, demand or warning with no one named as its doer is that ministry's
  (:func:`authored_by_ministry`, :func:`ministry_speaker`).
* **A second infinitive's place.** "undertook to withdraw its forces from Moldova and to close its bases
  in Georgia", "decided to open accession talks with Ukraine and to grant candidate status to Georgia":
  one commitment, pledge or decision told in two infinitives joined by "and to" concerns the state the
  second one names after a preposition as much as the first one's; the act's target takes it in
  (:func:`second_infinitive`). Requests are not read ("called on Russia to stop and to withdraw its forces
  from Ukraine": the place is what is asked, not who is asked).

:func:`settled` runs every pass on a sentence's events; every pass returns a new list and never raises.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType

if TYPE_CHECKING:
    from detente.coding.actors import ActorDictionary
    from detente.coding.coder import Event
    from detente.coding.patterns import Token
    from detente.coding.units import Unit

__all__ = [
    "authored_by_ministry",
    "ministry_side",
    "ministry_speaker",
    "second_infinitive",
    "settled",
    "shared_head",
]


def settled(
    tokens: Sequence[Token],
    units: Sequence[Unit],
    dictionary: ActorDictionary,
    date: dt.date | None,
    events: list[Event],
    context: str | None = None,
    speaker: str | None = None,
) -> list[Event]:
    """A sentence's events after every pass of this module (see the module docstring); ``context`` is the
    record's and ``speaker`` the code resolved for it, if any."""
    events = shared_head(tokens, units, dictionary, date, events)
    events = second_infinitive(tokens, units, events)
    events = ministry_side(tokens, units, events)
    events = owned_subject(tokens, units, events)
    return authored_by_ministry(context, speaker, events)


# ------------------------------------------------------------------------------------------- shared head

_AND = "and"


def _elided(
    tokens: Sequence[Token], units: Sequence[Unit], dictionary: ActorDictionary, date: dt.date | None
) -> list[tuple[str, str]]:
    """Pairs (code of the named second side, code of the elided first side) for every "X and Y Head"
    whose "X Head" is a coded actor while "X" is part of no unit ("North and South Korea")."""
    covered: set[int] = set()
    for u in units:
        covered.update(range(u.tok_start, u.tok_end))
    out: list[tuple[str, str]] = []
    for u in units:
        if not u.code or u.tok_end - u.tok_start < 2 or u.tok_start < 2:
            continue
        first, glue = tokens[u.tok_start - 2], tokens[u.tok_start - 1]
        if glue.norm != _AND or u.tok_start - 2 in covered or not first.text[:1].isupper():
            continue
        head = " ".join(t.text for t in tokens[u.tok_start + 1 : u.tok_end])
        phrase = f"{first.text} {head}"
        found = [m for m in dictionary.match(phrase, date=date) if m.code]
        if (
            len(found) == 1
            and found[0].start == 0
            and found[0].end == len(phrase)
            and found[0].code != u.code
        ):
            out.append((u.code, str(found[0].code)))
    return out


def shared_head(
    tokens: Sequence[Token],
    units: Sequence[Unit],
    dictionary: ActorDictionary,
    date: dt.date | None,
    events: list[Event],
) -> list[Event]:
    """The side whose head word is left out ("North" in "North and South Korea") joins the named one on
    the same role of every event that codes the named one and not it."""
    if not events or not any(t.norm == _AND for t in tokens):
        return events
    pairs = _elided(tokens, units, dictionary, date)
    if not pairs:
        return events

    def widen(codes: tuple[str, ...]) -> tuple[str, ...]:
        out = list(codes)
        for named, elided in pairs:
            if named in out and elided not in codes:
                out.insert(out.index(named), elided)
        return tuple(dict.fromkeys(out))

    result: list[Event] = []
    for e in events:
        source, target = widen(e.source), widen(e.target)
        if set(source) & set(target):
            result.append(e)  # the two would face each other: leave the event as it was
            continue
        result.append(dataclasses.replace(e, source=source, target=target))
    return result


# ------------------------------------------------------------------------------------------ ministry side

_HOME = "RUS"
"""Whose ministry one named without its state is (see the module docstring)."""
_MINISTRY = "ministry"
_SAYING = frozenset(
    [
        "said",
        "says",
        "stated",
        "noted",
        "added",
        "stressed",
        "warned",
        "insisted",
        "emphasised",
        "emphasized",
        "declared",
        "announced",
        "confirmed",
        "pointed",
        "commented",
    ]
)
_SAYER_LEAD = frozenset({"'s", "spokeswoman", "spokesman", "spokesperson", "spokespeople", "also"})
_SUBJECT_GAP = 3
"""Words at most between a subject ministry and its act ("has decided to", "also firmly")."""
_GAP_STOP = frozenset(
    {",", ";", ":", "that", "which", "who", "whose", "where", "when", "and", "but", "after"}
)
_OWNERS = frozenset({"its", "their", "his", "her", "our", "your", "whose"})
_STATEMENTS = frozenset(
    {
        EventType.ACCUSE,
        EventType.REJECT,
        EventType.REQUEST,
        EventType.THREATEN,
        EventType.AGREE,
        EventType.SUPPORT,
    }
)


def _unowned_ministries(tokens: Sequence[Token], units: Sequence[Unit]) -> list[Unit]:
    """Ministry titles the dictionary could give no state to, not owned by a possessive before them nor by
    "of"/"in" a place after them."""
    out: list[Unit] = []
    for u in units:
        if u.code is not None or u.kind != "title" or _MINISTRY not in u.text.lower():
            continue
        before = tokens[u.tok_start - 1].norm if u.tok_start >= 1 else ""
        after = tokens[u.tok_end].norm if u.tok_end < len(tokens) else ""
        if before in _OWNERS or after in ("of", "in", "for"):
            continue
        out.append(u)
    return out


def _first_token(tokens: Sequence[Token], char: int) -> int:
    return next((i for i, t in enumerate(tokens) if t.start >= char), len(tokens))


def _subject_of(tokens: Sequence[Token], units: Sequence[Unit], ministry: Unit, anchor: int) -> bool:
    """The ministry stands right before the act's words, with no clause break and no other actor between."""
    if ministry.tok_end > anchor or anchor - ministry.tok_end > _SUBJECT_GAP:
        return False
    if any(tokens[k].norm in _GAP_STOP for k in range(ministry.tok_end, anchor)):
        return False
    return not any(ministry.tok_end <= u.tok_start < anchor for u in units if u is not ministry)


def _sayer_after(tokens: Sequence[Token], ministry: Unit, anchor_end: int) -> bool:
    """ ", the Foreign Ministry (spokeswoman) said" after the act's words."""
    if ministry.tok_start < anchor_end:
        return False
    k = ministry.tok_start - 1
    if k >= 0 and tokens[k].norm == "the":
        k -= 1
    if k < 0 or tokens[k].norm != ",":
        return False
    j = ministry.tok_end
    while j < len(tokens) and tokens[j].norm in _SAYER_LEAD:
        j += 1
    return j < len(tokens) and tokens[j].norm in _SAYING


_SAYER_AUX = frozenset({"has", "had", "also", "have"})


def _sayer_before(tokens: Sequence[Token], ministry: Unit, anchor: int) -> bool:
    """ "The Foreign Ministry (has) said (that) ..." before the act's words."""
    j = ministry.tok_end
    while j < len(tokens) and tokens[j].norm in _SAYER_AUX:
        j += 1
    return j < anchor and tokens[j].norm in _SAYING


def ministry_side(tokens: Sequence[Token], units: Sequence[Unit], events: list[Event]) -> list[Event]:
    """An event with no source takes Russia's code from an unowned ministry that is its subject, or, for a
    statement, its sayer before or after it (see the module docstring); an event that acts on Russia is left alone."""
    if not events:
        return events
    ministries = _unowned_ministries(tokens, units)
    if not ministries:
        return events
    out: list[Event] = []
    for e in events:
        if e.source or _HOME in e.target:
            out.append(e)
            continue
        start = _first_token(tokens, e.anchor[0])
        end = _first_token(tokens, e.anchor[1])
        if any(
            _subject_of(tokens, units, m, start)
            or (e.event in _STATEMENTS and (_sayer_after(tokens, m, end) or _sayer_before(tokens, m, start)))
            for m in ministries
        ):
            e = dataclasses.replace(e, source=(_HOME,))
        out.append(e)
    return out


# ------------------------------------------------------------------------------------ second infinitive

_PLEDGES = frozenset(
    {EventType.CONCEDE, EventType.AGREE, EventType.SUPPORT, EventType.RETREAT, EventType.SANCTION}
)
_PLACE_PREPOSITIONS = frozenset({"in", "from", "to", "with"})
_CLAUSE_END = frozenset({".", ";", ":", "?", "!", ",", "but", "while", "whereas", "which", "who"})
_STATE_KINDS = frozenset({"state"})


def _second_clause(tokens: Sequence[Token], after: int) -> tuple[int, int] | None:
    """The token span of the first "and to <verb> ..." after token ``after``, up to the next clause break;
    ``None`` when a break comes first."""
    for k in range(after, len(tokens) - 2):
        if tokens[k].norm in _CLAUSE_END and tokens[k].norm != ",":
            return None
        if tokens[k].norm == "and" and tokens[k + 1].norm == "to" and tokens[k + 2].norm.isalpha():
            end = next((j for j in range(k + 2, len(tokens)) if tokens[j].norm in _CLAUSE_END), len(tokens))
            return k + 2, end
    return None


def second_infinitive(tokens: Sequence[Token], units: Sequence[Unit], events: list[Event]) -> list[Event]:
    """A commitment's target takes in the states its second infinitive places after a preposition (see the
    module docstring)."""
    if not events or not any(t.norm == "and" for t in tokens):
        return events
    out: list[Event] = []
    for e in events:
        if e.event not in _PLEDGES or not e.target or not e.source:
            out.append(e)
            continue
        end = _first_token(tokens, e.anchor[1])
        if end < 1 or not any(
            t.norm == "to" for t in tokens[max(0, _first_token(tokens, e.anchor[0]) - 2) : end]
        ):
            out.append(e)  # the act is no infinitive ("... to withdraw ...")
            continue
        span = _second_clause(tokens, end)
        if span is None:
            out.append(e)
            continue
        added = [
            u.code
            for u in units
            if u.code
            and u.kind in _STATE_KINDS
            and span[0] <= u.tok_start < span[1]
            and tokens[u.tok_start - 1].norm in _PLACE_PREPOSITIONS
            and u.code not in e.source
            and u.code not in e.target
        ]
        if added:
            e = dataclasses.replace(e, target=tuple(dict.fromkeys((*e.target, *added))))
        out.append(e)
    return out


_MINISTRY_CONTEXT = re.compile(
    r"\b(?:foreign|defen[cs]e)\s+ministry\b|\bministry\s+of\s+(?:foreign\s+affairs|defen[cs]e)\b", re.I
)


def ministry_speaker(context: str | None) -> str | None:
    """Russia's code for a context that names a foreign or defence ministry (and that the dictionary gave no
    state: call it only then), else ``None``.

    >>> ministry_speaker("Defence Ministry briefing.")
    'RUS'
    >>> ministry_speaker("Press conference by the Secretary General") is None
    True
    """
    if not context or _MINISTRY_CONTEXT.search(context[:300]) is None:
        return None
    return _HOME


_AUTHORED = frozenset({EventType.ACCUSE, EventType.REJECT, EventType.REQUEST, EventType.THREATEN})


def authored_by_ministry(context: str | None, speaker: str | None, events: list[Event]) -> list[Event]:
    """Statements with no doer in a record whose context names an unowned ministry as its author (and
    resolves to no speaker) are that ministry's: Russia's (see the module docstring)."""
    if speaker is not None or not events:
        return events
    home = ministry_speaker(context)
    if home is None:
        return events
    return [
        dataclasses.replace(e, source=(home,))
        if e.event in _AUTHORED and not e.source and home not in e.target
        else e
        for e in events
    ]


# ------------------------------------------------------------------------------------ owned across adjectives

_ORGANS = frozenset({"government", "leadership", "cabinet", "administration", "authorities"})
_NOT_ADJECTIVES = frozenset(
    {"and", "or", "of", "the", "a", "an", "to", "in", "on", "with", "for", "has", "have", "had", "is", "was"}
)
_MAX_ADJECTIVES = 2


def owned_across_adjectives(tokens: Sequence[Token], units: Sequence[Unit]) -> list[Unit]:
    """The sentence's units with an unresolved organ ("government") coded by the state a possessive
    before its adjectives names ("Honduras's de facto government"); the rest unchanged."""
    states = {u.tok_end: u for u in units if u.code and u.kind == "state"}
    out: list[Unit] = []
    for u in units:
        if u.code is None and u.kind == "title" and u.text.lower() in _ORGANS:
            k = u.tok_start - 1
            n = 0
            while (
                k >= 0
                and n < _MAX_ADJECTIVES
                and tokens[k].norm.replace("-", "").isalpha()
                and tokens[k].text.islower()
                and tokens[k].norm not in _NOT_ADJECTIVES
            ):
                k -= 1
                n += 1
            owner = states.get(k) if n and k >= 1 and tokens[k].norm == "'s" else None
            if owner is not None:
                u = dataclasses.replace(u, code=owner.code)
        out.append(u)
    return out


def owned_subject(tokens: Sequence[Token], units: Sequence[Unit], events: list[Event]) -> list[Event]:
    """An event with no source takes the code of an organ owned across adjectives that is its subject."""
    if not events:
        return events
    before = {(u.tok_start, u.tok_end): u.code for u in units}
    owned = [
        u
        for u in owned_across_adjectives(tokens, units)
        if u.code and before.get((u.tok_start, u.tok_end)) is None
    ]
    if not owned:
        return events
    out: list[Event] = []
    for e in events:
        if not e.source:
            start = _first_token(tokens, e.anchor[0])
            subject = next((u for u in owned if _subject_of(tokens, units, u, start)), None)
            if subject is not None and subject.code and subject.code not in e.target:
                e = dataclasses.replace(e, source=(subject.code,))
        out.append(e)
    return out
