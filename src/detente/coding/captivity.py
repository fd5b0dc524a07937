"""Coder stage 7, a news reader: people told as *held* by a state, a COERCE (arrest) no trigger carries.

Wire copy tells a continuing detention with the plain verb "hold", which the patterns leave alone because
"hold" mostly means holding talks, elections or exercises. Two shapes are read here, both only when the
one held is a person ("a reporter", "two Americans", "the crew"), so a meeting, vote or drill never is:

- the passive with the keeper named: "a French teacher has been held in Iran since May" (by the state of
  the place after "in"), "the sailors are being held by Russia" (by the "by" agent);
- the active with the keeper as subject: "Iran is holding three Europeans", "Moscow has been holding the
  reporter for a year" (the people's state, when named, is the target).

A fourth step gives a court's act told in the passive its state: "an American teacher was sentenced in
Russia to fourteen years" is a COERCE by Russia (as "was arrested in London" is by Britain).

A third reader takes the detention out of a protest against it: "we protest against the detention of our
reporters by the Latvian authorities" accuses Latvia and reports a COERCE (arrest) by Latvia of the
reporters, which the protest phrase ("protest * detention") would otherwise swallow whole.

People held "hostage" or "captive", or "held responsible|accountable", are left to the other readers (an
abduction is an ASSAULT; a blame is an accusation). Each reader checks a cheap word test first.
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

__all__ = ["held_in_custody", "may_read", "protested_detention", "with_place_of_sentence"]

_HELD = words("hold held holding holds")
_BE = words("is are was were been being be")
_ADVERBS = words("still now reportedly currently allegedly illegally unlawfully also already long")
_PEOPLE = words(
    "citizen citizens national nationals journalist journalists reporter reporters correspondent "
    "correspondents activist activists dissident dissidents protester protesters protestor protestors "
    "demonstrator demonstrators lawyer lawyers student students worker workers officer officers soldier "
    "soldiers sailor sailors seamen seaman crew crewmen crewmembers fishermen fisherman marine marines "
    "tourist tourists businessman businessmen businesswoman teacher teachers scholar scholars researcher "
    "researchers academic academics blogger bloggers civilians civilian prisoners prisoner detainees "
    "detainee people men women man woman children priest priests pastor monk monks veteran veterans "
    "employee employees staffer staffers contractor contractors pilot pilots servicemen serviceman "
    "photographer cameraman leader leaders politician politicians opponents critics critic spy spies "
    "analyst analysts executive executives nun nuns mother father wife husband son daughter athlete "
    "player players singer rapper writer writers poet artist artists filmmaker"
)
"""Head nouns of the one held (a state's people, named by role or trade)."""
_PERSON_KINDS = ("demonym", "person", "group")
_NOT_CUSTODY = words(
    "hostage hostages captive captives responsible accountable liable up back to talks meeting meetings "
    "election elections exercise exercises drills"
)
"""Words right after "held" that make it no detention (or a detention another reader codes)."""
_OBJECT_SKIP = words(
    "the a an two three four five six seven eight nine ten dozens hundreds thousands scores several some "
    "many more at least of its their his her two other another dual former detained jailed arrested "
    "captured imprisoned"
)
_AFTER_HELD = words(
    "in on for since without at as and who whom incommunicado illegally unlawfully under from after despite "
    "until while over during"
)
"""What may follow the people held: a place, a time, a reason, a clause ("holding two Americans on spying
charges", "held the crew for a month")."""
_GATHERINGS = words(
    "talks meeting meetings consultations negotiations summit conversation session sessions exercise exercises "
    "drills election elections ceremony ceremonies event events forum conference rally rallies vote referendum "
    "celebrations parade contest competition games festival discussion discussions round visit"
)
_CUSTODY_CUES = words(
    "detained detention arrested arrest custody prison prisons jail jails captivity charges charged espionage "
    "spying treason illegally unlawfully incommunicado abducted kidnapped sentenced convicted prisoner prisoners "
    "release released freed free being since still years months"
)
"""Words that tell a detention in a sentence whose people are "held in" a state ("is still being held in
Iran", "held in Russia since 2018 on espionage charges"); without one, "held in X" is left alone."""
_SENTENCE_PARTS = words("; : . that which who while because")
_CLAUSE_END = words(", ; : . and but that which who while as after before because since")
_REACH = 7
_PREPOSITIONS = words("by in at on of from with for to outside inside near against")
_AUXILIARIES = (
    _BE | _ADVERBS | words("has have had continues continue continued to will would may might could can must")
)


def may_read(norms: frozenset[str] | set[str]) -> bool:
    """Cheap test: the sentence has a form of "hold" at all."""
    return not _HELD.isdisjoint(norms)


def _person_head(tokens: Sequence[Token], units: Sequence[Unit], i: int) -> bool:
    """Whether the word at ``i`` heads a noun phrase naming people: a person noun, or the last word of a
    people's name ("two Americans", "the Britons")."""
    if tokens[i].norm in _PEOPLE:
        return True
    return any(u.tok_end == i + 1 and u.kind in _PERSON_KINDS and u.code for u in units)


def _unit_at(units: Sequence[Unit], i: int) -> Unit | None:
    return next((u for u in units if u.tok_start <= i < u.tok_end), None)


def _people_target(units: Sequence[Unit], lo: int, hi: int, source: str) -> tuple[str, ...]:
    codes = [u.code for u in units if lo <= u.tok_start and u.tok_end <= hi and u.code and u.code != source]
    return tuple(dict.fromkeys(c for c in codes if c))


def _passive(view: SentenceView, k: int) -> Finding | None:
    """ "<people> has been held in X|by X" at ``k`` (the participle)."""
    tokens, units = view.tokens, view.units
    norms = norms_of(tokens)
    i = k - 1
    while i >= 0 and tokens[i].norm in _ADVERBS:
        i -= 1
    if i < 0 or tokens[i].norm not in _BE:
        return None
    while i >= 0 and (
        tokens[i].norm in _BE or tokens[i].norm in _ADVERBS or tokens[i].norm in ("has", "have", "had")
    ):
        i -= 1
    if i < 0 or not _person_head(tokens, units, i):
        return None  # the one held is no person ("the talks were held in Geneva")
    if tokens[i].norm not in _PEOPLE and not any(u.tok_end == i + 1 and u.kind == "demonym" for u in units):
        return None  # a named person: "talks between the two presidents ... were held in Moscow"
    start = i
    while start > 0 and (tokens[start - 1].norm in _OBJECT_SKIP or _unit_at(units, start - 1) is not None):
        start -= 1
    if start > 0 and tokens[start - 1].norm in _PREPOSITIONS:
        return None  # "talks with the Americans were held in Geneva": the people are another noun's object
    lo = start
    while lo > 0 and tokens[lo - 1].norm not in _SENTENCE_PARTS:
        lo -= 1
    if any(tokens[m].norm in _GATHERINGS for m in range(lo, i)):
        return None  # "a meeting of the defence ministers ... was held in Minsk": the gathering was held
    if k + 1 < len(tokens) and tokens[k + 1].norm in _NOT_CUSTODY:
        return None
    keeper: Unit | None = None
    for j in range(k + 1, min(len(tokens), k + 1 + _REACH)):
        norm = tokens[j].norm
        if norm in (";", ":") or (norm == "," and j > k + 1):
            break
        if norm not in ("in", "by"):
            continue
        unit = _unit_at(units, j + 1) or _unit_at(units, j + 2)
        if unit is None or not unit.code or not unit.code.isupper():
            continue
        if norm == "in" and (
            unit.kind not in ("state", "metonym", "territory") or _CUSTODY_CUES.isdisjoint(norms)
        ):
            continue  # "in X" names the keeper only when the sentence tells a detention
        keeper = unit
        break
    if keeper is None or keeper.code is None:
        return None
    lo = i
    while lo > 0 and tokens[lo - 1].is_word and tokens[lo - 1].norm not in _CLAUSE_END and i - lo < 5:
        lo -= 1
    target = _people_target(units, lo, i + 1, keeper.code)
    roles = Roles((keeper.code,), target, (tokens[lo].start, keeper.end))
    polarity = polarity_of(tokens, k, view.patterns, floor=clause_floor(tokens, k))
    return Finding(
        EventType.COERCE, "arrest", roles, polarity, tokens[k].start, tokens[k].end, tokens[k].text
    )


def _active(view: SentenceView, k: int) -> Finding | None:
    """ "X is holding|has been holding|held <people>" at ``k`` (the verb)."""
    tokens, units = view.tokens, view.units
    if tokens[k].norm == "held" and k > 0 and tokens[k - 1].norm in _BE:
        return None  # the passive
    if k + 1 < len(tokens) and tokens[k + 1].norm in _PREPOSITIONS:
        return None  # "the observers held by the rebels": a participle with its agent
    j = k + 1
    while j < len(tokens) and (tokens[j].norm in _OBJECT_SKIP or tokens[j].norm.isdigit()):
        j += 1
    # adjectives and names before the head ("the detained French teacher", "two US marines")
    end = j
    while end < len(tokens) and end - j < 4 and tokens[end].is_word and not _person_head(tokens, units, end):
        end += 1
    if end >= len(tokens) or not _person_head(tokens, units, end):
        return None
    while end + 1 < len(tokens) and tokens[end + 1].norm in _PEOPLE:
        end += 1  # "two French citizens": the noun after the people's name is the head
    after = tokens[end + 1].norm if end + 1 < len(tokens) else "."
    modified = end + 1 < len(tokens) and tokens[end + 1].is_word and after not in _AFTER_HELD
    if after in _NOT_CUSTODY or modified:
        return None  # "holds the officials responsible", "holding a student contest" (a modifier, no head)
    if any(
        tokens[m].norm in ("talks", "meeting", "meetings", "conference", "briefing") for m in range(j, end)
    ):
        return None
    if any(not tokens[m].is_word or tokens[m].norm in _PREPOSITIONS for m in range(j, end)):
        return None  # "the observers held by the rebels in the town": a participle with its agent
    before = [u for u in units if u.tok_end <= k and u.code and u.code.isupper() and k - u.tok_end <= 5]
    if not before:
        return None
    keeper = before[-1]
    if any(tokens[m].norm not in _AUXILIARIES for m in range(keeper.tok_end, k)):
        return None  # the keeper is the verb's subject, with only auxiliaries and adverbs between
    assert keeper.code is not None
    target = _people_target(units, k + 1, end + 1, keeper.code)
    roles = Roles((keeper.code,), target, (keeper.start, tokens[end].end))
    polarity = polarity_of(tokens, k, view.patterns, floor=clause_floor(tokens, k))
    return Finding(
        EventType.COERCE, "arrest", roles, polarity, tokens[k].start, tokens[k].end, tokens[k].text
    )


def held_in_custody(view: SentenceView) -> Finding | None:
    """COERCE (arrest) for people told as held by a state (see the module docstring): "two Americans are
    being held in Russia" (by Russia, of the United States), "Iran is holding a French tourist"."""
    tokens = view.tokens
    for k, tok in enumerate(tokens):
        if tok.norm not in _HELD:
            continue
        found = _passive(view, k) if tok.norm == "held" else None
        if found is None:
            found = _active(view, k)
        if found is not None:
            return found
    return None


_PROTESTING = words("protest protests protested protesting")
_DETENTION_NOUNS = words(
    "detention detentions arrest arrests imprisonment jailing persecution prosecution searches harassment "
    "intimidation deportation deportations"
)
"""(An expulsion of diplomats is a SANCTION, so expulsions are left to the patterns.)"""
_MODE = {"deportation": "deport", "deportations": "deport"}
_PROTEST_REACH = 6
_AGENT_REACH = 24
_HELD_REACH = 6


def protested_detention(view: SentenceView) -> Finding | None:
    """COERCE by the "by" agent (or the owner) of a detention protested against, of the people named after
    "of": "protests against the detention of two Russian citizens by the Estonian border guards"."""
    tokens, units = view.tokens, view.units
    norms = [t.norm for t in tokens]
    if _PROTESTING.isdisjoint(norms) or _DETENTION_NOUNS.isdisjoint(norms):
        return None
    for p, norm in enumerate(norms):
        if norm not in _PROTESTING:
            continue
        noun = next(
            (
                i
                for i in range(p + 1, min(len(norms) - 1, p + 1 + _PROTEST_REACH))
                if norms[i] in _DETENTION_NOUNS and norms[i + 1] == "of"
            ),
            None,
        )
        if noun is None:
            continue  # "the searches and detentions of ...": the noun right before "of" is the act
        by = next(
            (
                i
                for i in range(noun + 2, min(len(norms), noun + 2 + _AGENT_REACH))
                if norms[i] == "by" or norms[i] in (";", ":", ".")
            ),
            None,
        )
        if by is None or norms[by] != "by":
            continue
        agent = _unit_at(units, by + 1) or _unit_at(units, by + 2)
        if agent is None or not agent.code or not agent.code.isupper():
            continue
        target = _people_target(units, noun + 2, min(by, noun + 2 + _HELD_REACH), agent.code)
        if not target:
            continue
        roles = Roles((agent.code,), target, (tokens[noun].start, agent.end))
        polarity = polarity_of(tokens, noun, view.patterns, floor=clause_floor(tokens, noun))
        mode = _MODE.get(norms[noun], "arrest")
        return Finding(
            EventType.COERCE, mode, roles, polarity, tokens[noun].start, tokens[noun].end, tokens[noun].text
        )
    return None


_SENTENCED = words(
    "sentenced convicted charged indicted prosecuted tried fined jailed imprisoned deported expelled"
)
_COURT_REACH = 10


def with_place_of_sentence(view: SentenceView, events: list[Event]) -> list[Event]:
    """A COERCE coded with no doer takes the state of the place named after "in" by a passive court act
    ("a French cyclist was sentenced to four years in Iran": by Iran), unless that state is its target."""
    if not any(e.event is EventType.COERCE and not e.source for e in events):
        return events
    tokens, units = view.tokens, view.units
    if _SENTENCED.isdisjoint(norms_of(tokens)):
        return events
    code: str | None = None
    for k, tok in enumerate(tokens):
        if tok.norm not in _SENTENCED or k == 0 or tokens[k - 1].norm not in _BE:
            continue
        for j in range(k + 1, min(len(tokens) - 1, k + 1 + _COURT_REACH)):
            norm = tokens[j].norm
            if norm in (";", ":", "by") or (norm == "," and j > k + 1):
                break
            if norm != "in":
                continue
            unit = _unit_at(units, j + 1)
            if unit is not None and unit.code and unit.code.isupper() and unit.kind in ("state", "metonym"):
                code = unit.code
                break
        if code is not None:
            break
    if code is None:
        return events
    return [
        dataclasses.replace(e, source=(code,))
        if e.event is EventType.COERCE and not e.source and code not in e.target
        else e
        for e in events
    ]
