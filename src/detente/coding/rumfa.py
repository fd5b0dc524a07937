"""Coder stage 6b, statement readers and a pass: measures and answers in Russian Foreign Ministry wording.

Foreign Ministry statements, spokeswoman briefings and TASS/RIA-style reports tell the measures two states
take against each other in a few recurring shapes that the triggers miss or misread:

- an embassy's staff cut by the host state, told in the active, as an infinitive or after "decision"
  ("Chisinau has drastically reduced the staff of our embassy", "the decision of the Latvian authorities
  to cut the number of employees of the Russian Embassy") is a SANCTION by the host against the embassy's
  state (:func:`staff_cut`);
- a diplomat "asked/ordered/told to leave" a named state ("the Lithuanian chargé d'affaires has been told
  to leave Russia within a week") is a SANCTION expel by that state against the diplomat's state
  (:func:`told_to_leave`);
- an answer announced without its content, beside another side's hostile act ("Finland has expelled our
  diplomats, and Moscow will respond in due course", "this is an unfriendly step, and we will respond to
  it", "if it is not reversed, Russia will take measures to protect its interests") is a THREATEN by the
  answerer against that side (:func:`response_to_come`);
- a stopping verb before a noun of cooperation ("froze military cooperation with the Alliance", "curtailed
  its practical cooperation with Moscow") is the stopping (SANCTION), not the cooperation
  (:func:`detente.coding.patterns._stopped_cooperation`, used when triggers are found);
- an act told inside "the decision of X to ..." / "X's decision to ..." is X's act even when the clause's
  subject is someone judging it ("We regret the decision of the foreign ministers of the Alliance to
  suspend all cooperation with Russia": the suspension is NATO's, against Russia) (:func:`decided_by`).

- a first person in a report with no quotation marks, credited after it ("Following the American side, we
  are also suspending the Treaty, Putin said, adding that ...") is the credited sayer's side
  (:func:`unquoted_sayer`, when the document names no speaker);
- a measure announced "in response" with the day it takes effect ("In response to the Alliance's unfriendly
  steps, the work of our Mission will be suspended from 1 November") is a decision taken, not a threat: the
  THREATEN read from the "in response" is dropped beside the dated measure (:func:`dated_answer`);
- people "banned from entering" a state ("representatives of EU member states who are banned from
  entering Russia") are a SANCTION by that state, not an unattributed COERCE (:func:`entry_banned`).

Each reader needs the actors it names: an embassy with no owner, a "leave" with no state to leave, an
answer with no other side's act beside it code nothing ("I will respond to your question later", "the
staff of the hotel was cut", "asked to leave the hall")."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from detente.coding.actors import Mention
from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import PREPOSITIONS, lowered, words
from detente.coding.polarity import polarity_of
from detente.coding.roles import Roles, clause_floor
from detente.coding.statements import Finding, SentenceView
from detente.coding.units import Unit
from detente.coding.unitspans import coded_in_tokens as _coded

__all__ = [
    "dated_answer",
    "decided_by",
    "discussion_held",
    "entry_banned",
    "response_to_come",
    "staff_cut",
    "told_to_leave",
    "unquoted_sayer",
]

_CLAUSE_BREAK = words("; : which who whose while whereas although but")


def may_read(norms: set[str] | frozenset[str]) -> bool:
    """Whether the sentence's words (token norms) hold a word one of the readers hooked in the coder's
    statement stage needs (a cut, a "leave", an answer verb or "take", a discussion): the coder skips them
    otherwise."""
    return not _MAY_READ.isdisjoint(norms)


_norms = lowered
"""The tokens' lower-cased texts (the readers of one sentence share the last list's, s34-speed3)."""


def _unit_at(units: Sequence[Unit], i: int) -> Unit | None:
    return next((u for u in units if u.tok_start <= i < u.tok_end and u.code is not None), None)


# ------------------------------------------------------------------------------------------ staff cuts

_CUTTING = words(
    "cut cuts cutting reduce reduces reduced reducing reduction slash slashes slashed slashing downsize "
    "downsizes downsized downsizing"
)
_STAFF = words("staff staffing personnel number size headcount presence")
_MISSIONS = words("embassy embassies mission missions consulate consulates consulate-general")
_OWN = words("our")
_DECISIONS = words("decision decisions move")


def _owner_of_mission(view: SentenceView, lo: int, hi: int) -> str | None:
    """Whose embassy or mission tokens ``lo``..``hi`` name: "our" (the speaker), an actor before the
    mission noun ("the Russian Embassy") or right after it with "of" ("the embassy of Russia"); an actor
    after "in" is where the embassy stands, not whose it is."""
    norms = _norms(view.tokens)
    mission = next((i for i in range(lo, hi) if norms[i] in _MISSIONS), None)
    if mission is None:
        return None
    for i in range(mission - 1, lo - 1, -1):
        if norms[i] in _OWN:
            return view.speaker
        unit = _unit_at(view.units, i)
        if unit is not None and not unit.locative:
            return unit.code
        if norms[i] in ("of", ",", "to"):
            break
    k = mission + 1
    while k < len(norms) and norms[k] in ("of", "the"):
        k += 1
    if k > mission + 1 and norms[mission + 1] == "of":
        unit = _unit_at(view.units, k)
        if unit is not None:
            return unit.code
    return None


def _doer(view: SentenceView, lo: int, k: int) -> tuple[str, ...] | None:
    """Who does the act at token ``k``: the owner of a "decision ... to" right before it ("the decision of
    the Estonian authorities to cut", "Chisinau's decision to reduce"), else the nearest actor before it in
    the clause that no preposition governs ("Moldova has reduced"), else ``None``."""
    norms = _norms(view.tokens)
    decided = _decider(view, lo, k)
    if decided is not None:
        return decided
    for unit in reversed(_coded(view.units, lo, k)):
        if unit.locative:
            continue
        i = unit.tok_start - 1
        while i >= lo and norms[i] in ("the", "a", "an"):
            i -= 1
        if i >= lo and norms[i] in PREPOSITIONS:
            continue
        if any(norms[j] in (",", "that", "which", "who") for j in range(unit.tok_end, k)):
            continue
        return (unit.code,) if unit.code is not None else None
    return None


def _decider(view: SentenceView, lo: int, k: int) -> tuple[str, ...] | None:
    """The owner of "decision ... to" right before token ``k`` (with at most four words between "to" and
    ``k``): "the decision of X to", "X's decision to", "X's move to"."""
    norms = _norms(view.tokens)
    to = next((i for i in range(k - 1, max(lo, k - 5) - 1, -1) if norms[i] == "to"), None)
    if to is None or to == 0:
        return None
    # "decision of X to": the actor ends right before "to", "of" before the actor, "decision" before "of"
    unit = next(
        (
            u
            for u in reversed(_coded(view.units, lo, to))
            if to - u.tok_end <= 3
            and all(view.tokens[j].is_word and norms[j] not in PREPOSITIONS for j in range(u.tok_end, to))
        ),
        None,
    )
    if unit is not None and unit.code is not None:
        codes = [unit.code]
        i = unit.tok_start - 1
        while True:  # "the decision of the Czech Republic and Slovakia to": both decide
            while i >= lo and norms[i] in ("the", "a", "an"):
                i -= 1
            if i <= lo or norms[i] not in ("and", ","):
                break
            before = next((u for u in _coded(view.units, lo, i) if u.tok_end in (i, i - 1)), None)
            if before is None or before.code is None or (before.tok_end == i - 1 and norms[i - 1] != "the"):
                break
            codes.insert(0, before.code)
            i = before.tok_start - 1
        if i > lo and norms[i] == "of" and norms[i - 1] in _DECISIONS:
            return tuple(dict.fromkeys(codes))
    # "X's decision to"
    if norms[to - 1] in _DECISIONS and to >= 2:
        i = to - 2
        if norms[i] in ("'s", "'"):
            i -= 1
        owner = _unit_at(view.units, i)
        if owner is not None and owner.code is not None and not owner.locative:
            return (owner.code,)
    return None


def staff_cut(view: SentenceView) -> Finding | None:
    """SANCTION for an embassy's staff cut by the host state (see the module docstring)."""
    tokens = view.tokens
    norms = _norms(tokens)
    for k, word in enumerate(norms):
        if word not in _CUTTING:
            continue
        staff = next((i for i in range(k + 1, min(len(norms), k + 5)) if norms[i] in _STAFF), None)
        if staff is None:
            continue
        hi = min(len(norms), staff + 9)
        stop = next((i for i in range(staff + 1, hi) if norms[i] in _CLAUSE_BREAK or norms[i] == "."), hi)
        owner = _owner_of_mission(view, staff + 1, stop)
        if owner is None:
            continue
        lo = clause_floor(tokens, k)
        doer = _doer(view, lo, k)
        if doer is None or owner in doer:
            continue
        polarity = polarity_of(tokens, k, view.patterns, floor=lo)
        roles = Roles(doer, (owner,), (tokens[lo].start, tokens[stop - 1].end))
        return Finding(
            EventType.SANCTION, "expel", roles, polarity, tokens[k].start, tokens[k].end, tokens[k].text
        )
    return None


# -------------------------------------------------------------------------------------- told to leave

_TOLD = words("asked ordered told instructed requested")
_ENVOYS = words(
    "ambassador ambassadors envoy envoys diplomat diplomats chargé charge attaché attache attachés attaches "
    "consul counsellor counselor secretary staff employees officials representative representatives"
)


def told_to_leave(view: SentenceView) -> Finding | None:
    """SANCTION expel for a diplomat told to leave a named state (see the module docstring)."""
    tokens, units = view.tokens, view.units
    norms = _norms(tokens)
    for k in range(2, len(norms) - 2):
        if norms[k] != "leave" or norms[k - 1] != "to" or norms[k - 2] not in _TOLD:
            continue
        place = _unit_at(units, k + 1) or (_unit_at(units, k + 2) if norms[k + 1] == "the" else None)
        if place is None:
            continue
        lo = clause_floor(tokens, k)
        envoy = next((i for i in range(k - 3, max(lo, k - 12) - 1, -1) if norms[i] in _ENVOYS), None)
        if envoy is None:
            continue
        owner = next(
            (
                u
                for u in _coded(units, max(lo, envoy - 4), envoy + 4)
                if u.tok_end <= k - 2 and u.code != place.code and not u.locative
            ),
            None,
        )
        if owner is None or owner.code is None or place.code is None:
            continue
        polarity = polarity_of(tokens, k - 2, view.patterns, floor=lo)
        roles = Roles((place.code,), (owner.code,), (tokens[lo].start, tokens[place.tok_end - 1].end))
        return Finding(
            EventType.SANCTION, "expel", roles, polarity, tokens[k].start, tokens[k].end, tokens[k].text
        )
    return None


# ----------------------------------------------------------------------------------- answers to come

_FUTURE = words("will shall would")
_ANSWER_VERBS = words("respond react reply retaliate answer")
_ANSWER_TAILS = (
    ("in", "due", "course"),
    ("to", "it"),
    ("to", "this"),
    ("to", "that"),
    ("to", "them"),
    ("to", "these"),
    ("appropriately",),
    ("in", "a", "timely", "manner"),
)
_MEASURES = words("measures steps")
_PROTECTING = words("protect defend safeguard ensure uphold")
_INTERESTS = words("interests security")
_ENDS = words(", . ; and but")
_HOSTILE = frozenset(
    {
        EventType.SANCTION,
        EventType.COERCE,
        EventType.MOBILIZE,
        EventType.ASSAULT,
        EventType.THREATEN,
        EventType.REJECT,
    }
)


def _answer_at(norms: Sequence[str], k: int) -> int | None:
    """The end (exclusive) of a contentless answer announced at the verb ``k`` ("respond in due course",
    "respond to it", "take measures to protect its national interests"), or ``None``."""
    if norms[k] in _ANSWER_VERBS:
        end = k + 1
        for tail in _ANSWER_TAILS:
            if tuple(norms[end : end + len(tail)]) == tail:
                end += len(tail)
                break
        return end if end >= len(norms) or norms[end] in _ENDS else None
    if norms[k] == "take":
        j = k + 1
        while j < len(norms) and j < k + 4 and norms[j] in ("the", "all", "necessary", "appropriate", "any"):
            j += 1
        if (
            j + 2 < len(norms)
            and norms[j] in _MEASURES
            and norms[j + 1] == "to"
            and norms[j + 2] in _PROTECTING
            and any(norms[i] in _INTERESTS for i in range(j + 3, min(len(norms), j + 7)))
        ):
            return j + 3
    return None


def response_to_come(
    view: SentenceView, acts: Sequence[tuple[EventType, tuple[str, ...], tuple[str, ...]]]
) -> Finding | None:
    """THREATEN for an answer announced without its content beside another side's act (see the module
    docstring); ``acts`` are the sentence's events as (type, source, target)."""
    tokens, units = view.tokens, view.units
    norms = _norms(tokens)
    for k in range(2, len(norms)):
        end = _answer_at(norms, k)
        if end is None:
            continue
        aux = k - 1
        while aux > 0 and norms[aux] in ("also", "certainly", "definitely", "surely", "then"):
            aux -= 1
        if norms[aux] not in _FUTURE or norms[aux - 1] in ("not", "n't"):
            continue
        subject = aux - 1
        if norms[subject] == "we":
            answerer = view.speaker
        else:
            unit = _unit_at(units, subject)
            answerer = unit.code if unit is not None and unit.tok_end == aux else None
        if not answerer:
            continue
        other = next(
            (s[0] for t, s, _ in acts if t in _HOSTILE and len(s) == 1 and s[0] != answerer),
            None,
        ) or next(
            (g[0] for t, s, g in acts if t is EventType.ACCUSE and answerer in s and len(g) == 1),
            None,
        )
        if other is None or other == answerer:
            continue
        roles = Roles((answerer,), (other,), (tokens[subject].start, tokens[min(end, len(tokens)) - 1].end))
        return Finding(
            EventType.THREATEN, "", roles, Polarity.ASSERTED, tokens[k].start, tokens[k].end, tokens[k].text
        )
    return None


# ---------------------------------------------------------------------------------- discussions held

_HELD = words("held holds hold holding conducted conduct conducts had have has")
_DISCUSSIONS = words("discussion exchange conversation")


def discussion_held(view: SentenceView) -> Finding | None:
    """CONSULT of two named sides told as holding a discussion in the singular ("Russia and NATO held a
    long and frank discussion in the Council today", "Lavrov and Blinken had a useful exchange"): both
    sides are the source, with no target; one side alone ("the minister held a discussion with students")
    is left to the triggers."""
    tokens, units = view.tokens, view.units
    norms = _norms(tokens)
    for k in range(2, len(norms) - 2):
        if norms[k] not in _HELD or norms[k + 1] not in ("a", "an"):
            continue
        noun = next((i for i in range(k + 2, min(len(norms), k + 8)) if norms[i] in _DISCUSSIONS), None)
        if noun is None or not all(tokens[j].is_word for j in range(k + 2, noun)):
            continue
        sides: list[str] = []
        i = k - 1
        while i >= 0:
            unit = _unit_at(units, i)
            if unit is not None and unit.code is not None and not unit.locative:
                sides.insert(0, unit.code)
                i = unit.tok_start - 1
                continue
            if norms[i] in ("and", ","):
                i -= 1
                continue
            break
        sides = list(dict.fromkeys(sides))
        if len(sides) < 2:
            continue
        lo = max(0, i + 1)
        polarity = polarity_of(tokens, k, view.patterns, floor=clause_floor(tokens, k))
        roles = Roles(tuple(sides), (), (tokens[lo].start, tokens[noun].end))
        return Finding(
            EventType.CONSULT, "", roles, polarity, tokens[k].start, tokens[noun].end, tokens[noun].text
        )
    return None


# ------------------------------------------------------------------------------------- decided acts


class _Coded(Protocol):
    @property
    def event(self) -> EventType: ...

    @property
    def source(self) -> tuple[str, ...]: ...

    @property
    def target(self) -> tuple[str, ...]: ...

    @property
    def anchor(self) -> tuple[int, int]: ...

    @property
    def polarity(self) -> Polarity: ...


E = TypeVar("E", bound=_Coded)

_JUDGEMENT_TYPES = frozenset({EventType.ACCUSE, EventType.THREATEN})


def decided_by(view: SentenceView, events: Sequence[E]) -> list[E]:
    """Events whose trigger stands in "the decision of X to ..." / "X's decision to ..." get X as their
    doer, and the first actor after the trigger in its clause as their target when X was the target (see
    the module docstring); judgements (ACCUSE, THREATEN) are the sayer's and stay as they are."""
    tokens, units = view.tokens, view.units
    out: list[E] = []
    for ev in events:
        if ev.event in _JUDGEMENT_TYPES:
            out.append(ev)
            continue
        k = next((i for i, t in enumerate(tokens) if t.start == ev.anchor[0]), None)
        if k is None or k == 0:
            out.append(ev)
            continue
        lo = clause_floor(tokens, k)
        decider = _decider(view, lo, k)
        if decider is None or ev.source == decider:
            out.append(ev)
            continue
        target = tuple(c for c in ev.target if c not in decider)
        if set(decider) & set(ev.target) or not target:
            hi = next((i for i in range(k + 1, len(tokens)) if tokens[i].norm in _CLAUSE_BREAK), len(tokens))
            after = [
                u.code
                for u in _coded(units, k + 1, hi)
                if u.code and u.code not in decider and not u.locative
            ]
            target = tuple(after[:1]) or target
        out.append(dataclasses.replace(ev, source=decider, target=target))  # type: ignore[type-var]
    return out


# --------------------------------------------------------------------------------- unquoted sayers

_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
_CREDIT = re.compile(
    r",\s+(?P<who>[A-Z][^,;:\"\u201c\u201d]{1,60}?)\s+"
    r"(?:said|says|told|stressed|noted|added|stated|announced|warned|explained|emphasised|emphasized|"
    r"pointed out|underlined|declared)\b"
)


def unquoted_sayer(text: str, mentions: Sequence[Mention]) -> str | None:
    """The side of the sayer credited after a first person with no quotation marks around it (see the
    module docstring): the state or organisation of the person, ministry or state named between the comma
    and the verb of saying; ``None`` when the text quotes, has no "we/our/us" before the credit, or the
    credit names no actor."""
    if any(q in text for q in ('"', "\u201c", "\u201d")):
        return None
    credit = _CREDIT.search(text)
    if credit is None or not _FIRST_PERSON.search(text, 0, credit.start()):
        return None
    lo, hi = credit.start("who"), credit.end("who")
    for m in mentions:
        if lo <= m.start and m.end <= hi and m.code is not None and m.code[:1].isupper():
            return m.code
    return None


# ------------------------------------------------------------------------------------- entry bans

_BANNED = words("banned barred prohibited")
_ENTERING = words("entering entry")


def entry_banned(view: SentenceView, events: Sequence[E]) -> list[E]:
    """An unattributed COERCE on people "banned/barred from entering" a named state becomes that state's
    SANCTION against the people's side (see the module docstring)."""
    tokens, units = view.tokens, view.units
    norms = _norms(tokens)
    out: list[E] = []
    for ev in events:
        k = next((i for i, t in enumerate(tokens) if t.start == ev.anchor[0]), None)
        if ev.event is not EventType.COERCE or ev.source or k is None or norms[k] not in _BANNED:
            out.append(ev)
            continue
        j = k + 1
        if j + 1 < len(norms) and norms[j] == "from" and norms[j + 1] in _ENTERING:
            j += 2
            if j < len(norms) and norms[j] in ("into", "to"):
                j += 1
            place = _unit_at(units, j) or (
                _unit_at(units, j + 1) if j < len(norms) and norms[j] == "the" else None
            )
            if place is not None and place.code is not None and place.code.isupper():
                target = tuple(c for c in ev.target if c != place.code)
                if target:
                    out.append(
                        dataclasses.replace(  # type: ignore[type-var]
                            ev, event=EventType.SANCTION, source=(place.code,), target=target
                        )
                    )
                    continue
        out.append(ev)
    return out


# ------------------------------------------------------------------------------------ dated answers

_TAKES_EFFECT = re.compile(
    r"\b(?:from|as of|starting|effective|with effect from|beginning)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}\b)"
)


def dated_answer(text: str, events: Sequence[E]) -> list[E]:
    """Without the future THREATEN of the doer of a future SANCTION that the text dates ("will be suspended
    from 1 November"): the measure is decided, not threatened (see the module docstring)."""
    if not any(
        ev.event is EventType.SANCTION and ev.polarity is Polarity.FUTURE and ev.source for ev in events
    ) or not _TAKES_EFFECT.search(text):
        return list(events)  # (no dated measure to answer for: the cheap test first, s34-speed3)
    dated = {
        ev.source
        for ev in events
        if ev.event is EventType.SANCTION and ev.polarity is Polarity.FUTURE and ev.source
    }
    return [
        ev
        for ev in events
        if not (ev.event is EventType.THREATEN and ev.polarity is Polarity.FUTURE and ev.source in dated)
    ]


_MAY_READ = _CUTTING | {"leave", "take"} | _ANSWER_VERBS | _DISCUSSIONS
