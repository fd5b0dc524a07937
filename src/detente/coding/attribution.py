"""Coder stage 7c: who did what to whom, corrected after the events of a sentence are found.

Four families of actor errors on official texts, each fixed on the coded events of one sentence:

* :func:`whole_lists` — a list of sides cut short: "Norway, Ireland and Spain said they would recognise
  ...", "Russia and China said they would veto ..." ("they" is the whole list that says so, not its last
  member, and no member is the target of the act), "the F-16 jets provided by Denmark and the Netherlands"
  (the agent after "by" is the whole list, not its first member towards the second). Partners set off
  by commas are doers too (:func:`co_doers`): "Russia, together with China, vetoed ...", "Representatives
  of Ukraine, Russia and the OSCE, together with the leaders of the separatists, signed ...", "Ukraine
  and Russia each signed, with Türkiye and the United Nations, ...". Whom one serves "alongside" is left
  alone: the gold sets code it both ways.

* :func:`mutual_talks` — talks named as one's own and held "with" another side ("my talks with the
  Armenian leader proved useful", "our talks with the President of Kyrgyzstan were held in a
  friendly spirit", "during his talks with Georgian President Shevardnadze"): the talks are both sides',
  a mutual CONSULT (both as source, no target), not one side meeting the other. Only the talk nouns are
  read (not "meeting" or "visit", whose "my visit to" has a host) and only after a possessive or
  "during/in/at the": "arrived in Moscow for talks with ..." names the purpose of a visit, one-way.
* :func:`signed_between` — a document signed "between A and B" ("the freshly signed Treaty on Friendship
  between Russia and the Kyrgyz Republic", "signed an agreement between the
  governments of Russia and Kazakhstan"): both parties named sign it (both as source, no target), not the
  speaker towards the other. Read only when the signing event already names no one else than the two.
* :func:`summit_decisions` — a NATO summit decision named by the summit's city ("the decision taken in
  Warsaw to deploy four multinational battalions ...", "welcomed the decision taken in Prague to invite
  his country ...", "decisions adopted at the Bucharest summit"): the Alliance decided, so it does the act
  decided (not the speaker judging it, not the host state) and it is who is praised or blamed for the
  decision (not the states the act names). A city counts only from the year it hosted a summit, and
  capitals that are also seats of other powers (Washington, Brussels, London, Rome, Paris) are not read.

Every pass returns a new list and never raises; :func:`corrected` runs them all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType
from detente.coding.patterns import Token, norms_of, words
from detente.coding.units import Unit

if TYPE_CHECKING:
    from detente.coding.coder import Event

__all__ = ["co_doers", "corrected", "mutual_talks", "signed_between", "summit_decisions", "whole_lists"]


def corrected(
    tokens: Sequence[Token], units: Sequence[Unit], date: dt.date, events: list[Event]
) -> list[Event]:
    """A sentence's events after every pass of this module, in order (see the module docstring)."""
    events = mutual_talks(tokens, units, signed_between(tokens, units, events))
    events = whole_lists(tokens, units, co_doers(tokens, units, events))
    return summit_decisions(tokens, units, date, events)


# ------------------------------------------------------------------------------------------- whole lists

_LIST_GLUE = words(", and the")
_SAYING = words(
    "said say says stated declared announced added warned confirmed insisted stressed noted told replied "
    "pledged vowed promised explained argued indicated"
)
_SAY_GAP = 7
"""Tokens between a list and its "they" at most ("said on Wednesday that they")."""
_SAY_LEAD = words("have has had also both jointly each again")
_SAY_STOP = words(". ; : ? ! but while whereas because")


def _coordinated(tokens: Sequence[Token], coded: Sequence[Unit], last: int) -> list[Unit]:
    """The run of coded units joined by commas and "and" that ends with ``coded[last]`` ("Norway, Ireland
    and Spain"); a run without "and" before its last member, or of one unit, is no list."""
    run = [coded[last]]
    joined_by_and = False
    for k in range(last - 1, -1, -1):
        gap = [t.norm for t in tokens[coded[k].tok_end : run[0].tok_start]]
        if not gap or len(gap) > 3 or any(w not in _LIST_GLUE for w in gap):
            break
        if len(run) == 1:
            if "and" not in gap:
                break
            joined_by_and = True
        elif "and" in gap:
            break  # "A and B, C and D": two lists
        run.insert(0, coded[k])
    if not joined_by_and or len({u.code for u in run}) < 2:
        return []
    if len(run) == 2 and "," in (t.norm for t in tokens[run[0].tok_end : run[1].tok_start]):
        return []  # "adopted by Russia, and Ukraine rejected it": two clauses, not a list of two
    return run


def _said_they(tokens: Sequence[Token], coded: Sequence[Unit], pronoun: Unit) -> list[Unit]:
    """The list that says "they" ("Russia and China said they ...") or ``[]``."""
    before = [k for k, u in enumerate(coded) if u.tok_end <= pronoun.tok_start]
    if not before:
        return []
    last = before[-1]
    if coded[last].code != pronoun.code:
        return []
    gap = [t.norm for t in tokens[coded[last].tok_end : pronoun.tok_start]]
    if not gap or len(gap) > _SAY_GAP or any(w in _SAY_STOP for w in gap):
        return []
    said = next((i for i, w in enumerate(gap) if w in _SAYING), None)
    if said is None or any(w not in _SAY_LEAD for w in gap[:said]):
        return []  # "Russia and China have [both] said that they ...", not "... vetoed it and they"
    return _coordinated(tokens, coded, last)


def _by_list(tokens: Sequence[Token], coded: Sequence[Unit], event_end: int) -> list[Unit]:
    """The list after "by" right behind an event's words ("provided by Denmark and the Netherlands")."""
    k = next((i for i, u in enumerate(coded) if u.tok_start >= event_end), None)
    if k is None or coded[k].tok_start > event_end + 3:
        return []
    return _list_from(tokens, coded, k, event_end)


def _list_from(tokens: Sequence[Token], coded: Sequence[Unit], k: int, event_end: int) -> list[Unit]:
    """The coordinated list that starts with ``coded[k]`` right after "by" (at ``event_end - 1`` at the
    earliest), else ``[]``."""
    unit = coded[k]
    b = unit.tok_start - 1
    while b >= event_end and tokens[b].norm == "the":
        b -= 1
    if b < event_end - 1 or b < 0 or tokens[b].norm != "by":  # the event's words may end with the "by"
        return []
    last = k
    while last + 1 < len(coded):
        gap = [t.norm for t in tokens[coded[last].tok_end : coded[last + 1].tok_start]]
        if not gap or len(gap) > 3 or any(w not in _LIST_GLUE for w in gap):
            break
        last += 1
    run = _coordinated(tokens, coded, last)
    return run if run and run[0] is unit else []


def _sole_by_list(tokens: Sequence[Token], coded: Sequence[Unit], source: tuple[str, ...]) -> list[Unit]:
    """The one "by" list of the sentence whose members the doer is named only in ("the F-16 jets provided
    by Denmark and the Netherlands have arrived in Ukraine": the arrival's doer is that list)."""
    found: list[list[Unit]] = []
    for k, unit in enumerate(coded):
        b = unit.tok_start - 1
        if b > 0 and tokens[b].norm == "the":
            b -= 1
        if b < 0 or tokens[b].norm != "by" or (k > 0 and coded[k - 1].tok_end > b):
            continue
        run = _list_from(tokens, coded, k, b + 1)
        if run:
            found.append(run)
            if len(found) > 1:
                return []
    if len(found) != 1:
        return []
    run = found[0]
    outside = [u for u in coded if u not in run and u.code in source]
    return [] if outside else run


def _token_after(tokens: Sequence[Token], char: int) -> int:
    """The index of the first token starting at or after character ``char``."""
    return next((i for i, t in enumerate(tokens) if t.start >= char), len(tokens))


def whole_lists(tokens: Sequence[Token], units: Sequence[Unit], events: list[Event]) -> list[Event]:
    """Events whose doer is one member of a list of sides given the whole list as doer (see the module
    docstring); no member of the list stays a target."""
    if not events or not any(t.norm == "and" for t in tokens):
        return events
    coded = [u for u in units if u.code]
    pronouns = [u for u in coded if u.kind == "pronoun" and u.text.lower() == "they"]
    has_by = any(t.norm == "by" for t in tokens)
    if not pronouns and not has_by:
        return events
    out: list[Event] = []
    for event in events:
        members: list[Unit] = []
        for pronoun in pronouns:
            if pronoun.start <= event.anchor[0] and pronoun.code in event.source:
                members = _said_they(tokens, coded, pronoun)
        if not members and has_by and event.source:
            members = _by_list(tokens, coded, _token_after(tokens, event.anchor[1]))
            if not members:
                members = _sole_by_list(tokens, coded, event.source)
        codes = tuple(dict.fromkeys(u.code for u in members if u.code))
        if codes and set(event.source) <= set(codes) and set(event.source) != set(codes):
            target = tuple(c for c in event.target if c not in codes)
            event = dataclasses.replace(event, source=codes, target=target)
        out.append(event)
    return out


_WITH_LEAD = words("together along jointly")
_PARTNER_FILLER = words(
    "the leaders leader representatives representative officials delegations delegation of"
)


def _partners_aside(tokens: Sequence[Token], coded: Sequence[Unit]) -> tuple[int, int, list[Unit]] | None:
    """ ", [together|along|jointly] with A [and B]," — the partners set off by commas: the token of the
    opening comma, the token of the closing one and the partners' units; ``None`` when there is none."""
    for i, tok in enumerate(tokens):
        if tok.norm != "with" or i < 1:
            continue
        opening = i - 1 if tokens[i - 1].norm == "," else i - 2
        if (
            opening < 1
            or tokens[opening].norm != ","
            or (opening == i - 2 and tokens[i - 1].norm not in _WITH_LEAD)
        ):
            continue
        inside = [u for u in coded if i < u.tok_start and u.tok_end <= i + 16]
        closing = next((j for j in range(i + 1, min(len(tokens), i + 16)) if tokens[j].norm == ","), None)
        if closing is None:
            continue
        partners = [u for u in inside if u.tok_end <= closing]
        if not partners:
            continue
        covered: set[int] = set()
        for u in partners:
            covered.update(range(u.tok_start, u.tok_end))
        loose = [t.norm for j, t in enumerate(tokens[i + 1 : closing], i + 1) if j not in covered]
        if all(w in _PARTNER_FILLER or w == "and" for w in loose):
            return opening, closing, partners
    return None


def co_doers(tokens: Sequence[Token], units: Sequence[Unit], events: list[Event]) -> list[Event]:
    """Partners named beside the doer made doers too (see :func:`whole_lists` in the module docstring)."""
    if not events or not any(t.norm == "with" for t in tokens):
        return events
    coded = [u for u in units if u.code]
    aside = _partners_aside(tokens, coded)
    doers: list[Unit] = []
    if aside is not None:
        before = [u for u in coded if u.tok_end <= aside[0]]
        if before and before[-1].tok_end == aside[0]:
            doers = _coordinated(tokens, before, len(before) - 1) or [before[-1]]
    out: list[Event] = []
    for event in events:
        if aside is not None and event.source:
            opening, closing, partners = aside
            k = _token_after(tokens, event.anchor[0])
            end = _token_after(tokens, event.anchor[1])
            if doers and k > closing:
                # "Russia, together with China, vetoed ...": the subject and its partners
                codes = tuple(dict.fromkeys(u.code for u in (*doers, *partners) if u.code))
            elif end == opening:
                # "Ukraine and Russia each signed, with Türkiye and the UN, ...": the verb's partners
                codes = tuple(dict.fromkeys((*event.source, *(u.code for u in partners if u.code))))
            else:
                codes = ()
            if codes and set(event.source) <= set(codes) and set(event.source) != set(codes):
                target = tuple(c for c in event.target if c not in codes)
                event = dataclasses.replace(event, source=codes, target=target)
        out.append(event)
    return out


# ------------------------------------------------------------------------------------------ mutual talks

_TALK_NOUNS = words("talks negotiations conversation consultations discussions")
_POSSESSIVES = words("my our his her their")
_FRAMES = words("during in at after following")
_BETWEEN = words("recent latest first last today's yesterday's full-scale full-fledged lengthy long")
_NAME_LEAD = words("the president prime minister chancellor mr mrs ms")
"""Words that may stand between "with" and the side's coded name ("with the President of Armenia")."""


def _token_at(tokens: Sequence[Token], char: int) -> int | None:
    """The index of the token starting at character ``char``, else ``None``."""
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].start < char:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(tokens) and tokens[lo].start == char else None


def _owned_talks(tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` is a talk noun named as someone's ("my [recent] talks", "during the talks") and
    followed by "with"."""
    if tokens[k].norm not in _TALK_NOUNS or k + 1 >= len(tokens) or tokens[k + 1].norm != "with":
        return False
    i = k - 1
    if i >= 0 and tokens[i].norm in _BETWEEN:
        i -= 1
    if i < 0:
        return False
    if tokens[i].norm in _POSSESSIVES:
        return True
    return tokens[i].norm == "the" and i > 0 and tokens[i - 1].norm in _FRAMES


def _side_after_with(units: Sequence[Unit], tokens: Sequence[Token], k: int, code: str) -> bool:
    """The unit coded ``code`` is the one "with" at ``k + 1`` introduces (past "the President of")."""
    i = k + 2
    while i < len(tokens) and i <= k + 5 and tokens[i].norm in _NAME_LEAD:
        i += 1
    return any(u.code == code and k + 2 <= u.tok_start <= i for u in units)


def mutual_talks(tokens: Sequence[Token], units: Sequence[Unit], events: list[Event]) -> list[Event]:
    """One side's CONSULT with another told by "my/our/his talks with X" made mutual (see the module
    docstring); other events are kept as they are."""
    if not events or _TALK_NOUNS.isdisjoint(norms_of(tokens)):
        return events
    out: list[Event] = []
    for event in events:
        if event.event is EventType.CONSULT and len(event.source) == 1 and len(event.target) == 1:
            k = _token_at(tokens, event.anchor[0])
            other = event.target[0]
            if (
                k is not None
                and other != event.source[0]
                and _owned_talks(tokens, k)
                and _side_after_with(units, tokens, k, other)
            ):
                event = dataclasses.replace(event, source=(event.source[0], other), target=())
        out.append(event)
    return out


# ------------------------------------------------------------------------------------ signed between

_SIGNING = words("sign signs signed signing")
_BETWEEN_STOP = words("; : . ? ! which who that while whereas but")
_BETWEEN_REACH = 20
"""Tokens after the signing word within which "between" may stand (past the document's long title)."""


def _pair_after(tokens: Sequence[Token], units: Sequence[Unit], k: int) -> tuple[str, str] | None:
    """The two coded sides of "between A and B" after the signing word at ``k``, in its clause."""
    stop = min(len(tokens), k + _BETWEEN_REACH)
    b = next((i for i in range(k + 1, stop) if tokens[i].norm in _BETWEEN_STOP | {"between"}), None)
    if b is None or tokens[b].norm != "between":
        return None
    after = [u for u in units if u.tok_start > b and u.code]
    if len(after) < 2:
        return None
    first, second = after[0], after[1]
    gap = [t.norm for t in tokens[first.tok_end : second.tok_start]]
    if "and" not in gap or any(w in _BETWEEN_STOP or w == "," for w in gap) or len(gap) > 4:
        return None
    if any(t.norm in _BETWEEN_STOP for t in tokens[b + 1 : first.tok_start]) or first.tok_start - b > 6:
        return None
    if first.code is None or second.code is None or first.code == second.code:
        return None
    return first.code, second.code


def signed_between(tokens: Sequence[Token], units: Sequence[Unit], events: list[Event]) -> list[Event]:
    """A signing told with its two parties after "between" made both sides' (see the module docstring)."""
    if not events or not any(t.norm == "between" for t in tokens):
        return events
    out: list[Event] = []
    for event in events:
        if event.event is EventType.SUPPORT:
            k = _token_at(tokens, event.anchor[0])
            pair = _pair_after(tokens, units, k) if k is not None and tokens[k].norm in _SIGNING else None
            named = set(event.source) | set(event.target)
            if pair is not None and event.source and named <= set(pair) and len(named) == 2:
                ordered = (event.source[0], next(c for c in pair if c != event.source[0]))
                event = dataclasses.replace(event, source=ordered, target=())
        out.append(event)
    return out


# ------------------------------------------------------------------------------------- summit decisions

_NATO = "NATO"
_SUMMITS: dict[str, int] = {
    # the first year each city hosted a summit of the Alliance's heads of state and government
    "madrid": 1997,
    "prague": 2002,
    "istanbul": 2004,
    "riga": 2006,
    "bucharest": 2008,
    "strasbourg": 2009,
    "kehl": 2009,
    "lisbon": 2010,
    "chicago": 2012,
    "newport": 2014,
    "wales": 2014,
    "warsaw": 2016,
    "vilnius": 2023,
}
_DECISION = words("decision decisions")
_TAKEN = words("taken made adopted reached")
_AT = words("in at")
_SUMMIT = words("summit summit's")
_CLAUSE_END = words("; : is are was were as has have had will would . ? !")
_JUDGED = frozenset(
    {EventType.ACCUSE, EventType.SUPPORT, EventType.REJECT, EventType.PROTEST, EventType.THREATEN}
)


@dataclasses.dataclass(frozen=True, slots=True)
class _Decision:
    first: int
    """The token of "decision(s)"."""
    city: int
    """The token of the summit's city."""
    end: int
    """The token after the act decided ("to deploy ... next year")."""


def _decision(tokens: Sequence[Token], date: dt.date) -> _Decision | None:
    """ "decision(s) taken|made|adopted in|at [the] CITY [summit] [to ACT]" with CITY a summit city by
    ``date``, else ``None``."""
    for i, tok in enumerate(tokens):
        if tok.norm not in _DECISION or i + 3 >= len(tokens):
            continue
        j = i + 1
        if tokens[j].norm not in _TAKEN or tokens[j + 1].norm not in _AT:
            continue
        c = j + 2
        if tokens[c].norm == "the" and c + 1 < len(tokens):
            c += 1
        year = _SUMMITS.get(tokens[c].norm)
        if year is None or date.year < year:
            continue
        end = c + 1
        if end < len(tokens) and tokens[end].norm in _SUMMIT:
            end += 1
        if end < len(tokens) and tokens[end].norm == "to":
            while end < len(tokens) and tokens[end].norm not in _CLAUSE_END:
                end += 1
        return _Decision(i, c, end)
    return None


def summit_decisions(
    tokens: Sequence[Token], units: Sequence[Unit], date: dt.date, events: list[Event]
) -> list[Event]:
    """Events around a summit decision named by its city, with the Alliance as the one who decided (see
    the module docstring); a sentence without one is returned as it is."""
    if not events or _DECISION.isdisjoint(norms_of(tokens)):
        return events
    found = _decision(tokens, date)
    if found is None:
        return events
    lo, hi = tokens[found.first].start, tokens[found.end - 1].end
    act_lo = tokens[found.city].end
    inside = {u.code for u in units if u.code and lo <= u.start and u.end <= hi}
    out: list[Event] = []
    for event in events:
        at = event.anchor[0]
        if act_lo <= at < hi:
            # the act decided: the Alliance does it
            if event.source != (_NATO,):
                event = dataclasses.replace(event, source=(_NATO,), target=_without(event.target, _NATO))
        elif (
            event.event in _JUDGED
            and (at < lo or at >= hi)
            and _NATO not in event.source
            and (not event.target or set(event.target) <= inside)
        ):
            # a judgement of the decision: aimed at the Alliance, not at what the decision names
            event = dataclasses.replace(event, target=(_NATO,))
        out.append(event)
    return out


def _without(codes: tuple[str, ...], code: str) -> tuple[str, ...]:
    return tuple(c for c in codes if c != code)
