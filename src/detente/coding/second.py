"""Coder stage 6c, second events (s26-second): the event a sentence tells beside its main one, in wording
the trigger stages drop. Five families, each a post-pass or a small hook; examples in our own words:

- a judgement told after a comma about the act of the main clause (:func:`with_judgements`): "The council
  agreed to reopen the embassy, a decision Paris welcomed at once" -> SUPPORT FRA -> the council's side;
  "Ruritania closed the crossing, a step which Freedonia condemned" / "..., which Freedonia deeply regrets"
  / "..., a move welcomed by the EU" -> the judge's SUPPORT or ACCUSE aimed at the act's doer (the verb
  after the apposition is otherwise read as the content of the main clause's decision, or finds no one
  judged). Not when the judgement is negated or hedged, or the judge is the doer;
- a hostile act the sentence codes inside a cited ground (:func:`with_cited_acts`): "shut its airspace,
  citing Russia's bombing of Syrian villages", "Given the build-up of Russian troops near its border,
  Ukraine asked ..." -> ACCUSE from the one acting on the ground to the cited act's doer (a reason that
  charges someone is an accusation, as "accusing X of ..." is);
- talks told as ending with nothing agreed (:func:`with_talks_failed`): "the talks ... ended without
  agreement on a ceasefire", "produced no breakthrough" -> AGREE negated, the talks' sides as sources;
- a coordinated predicate with its own modal after a speech act (:func:`modal_conjunct`, used by
  :func:`detente.coding.patterns.find_triggers`): "has launched a review of cooperation with Georgia and
  will impose visa restrictions" -> the restrictions are announced (SANCTION future), not the content of
  the review;
- the doer of a noun act named by a relative clause after its comma (:func:`doer_after_comma`, used by
  :mod:`detente.coding.nominal`): "will never recognise the annexation of the four regions, which the
  Kremlin proclaimed on 30 September" -> COERCE RUS, told as done (the denial is the REJECT's, not the
  annexation's); a year in the clause makes the act background.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import Token, norms_of, words
from detente.coding.roleparts import Roles
from detente.coding.units import Unit

if TYPE_CHECKING:
    from detente.coding.coder import Event

_SUMMING_NOUNS = words(
    "decision decisions step steps move moves commitment commitments pledge pledges measure measures act "
    "action actions gesture announcement offer proposal agreement deal initiative choice plan development"
)
"""Nouns that sum up the act of the main clause in an apposition ("..., a decision Moscow welcomes")."""

_MODIFIERS = words(
    "new further latest first second major historic long-awaited unexpected bold surprise controversial "
    "unilateral joint symbolic important key significant"
)
"""Adjectives allowed between the article and the summing noun ("a historic step", "a unilateral move")."""

_WELCOMING = ("welcom", "hail", "prais", "applaud", "salut", "commend", "endors")
_BLAMING = ("condemn", "criticis", "criticiz", "regret", "denounc", "deplor", "decr", "slam", "lambast")

_ADVERBS = words(
    "has have had also immediately swiftly quickly promptly warmly strongly sharply deeply firmly "
    "roundly duly openly publicly fiercely angrily already"
)
"""Words allowed between the judge and its verb ("which Allies deeply regret", "a move NATO has welcomed")."""

_HEDGES = words("not never n't may might could would should will can")
_ARTICLES = words("a an the this that")
_RELATIVES = words("that which")


@dataclass(frozen=True, slots=True)
class Judgement:
    """A judgement read after a comma: its type, its judge, the span of its words and the comma's offset."""

    event: EventType
    judge: tuple[str, ...]
    start: int
    end: int
    comma: int
    verb: str


def _verb_type(token: Token) -> EventType | None:
    """SUPPORT for a verb of welcome, ACCUSE for a verb of blame (finite or participle forms only)."""
    norm = token.norm
    if not token.text.islower() or norm.endswith(("able", "ation", "ations", "ion")):
        return None
    if norm.startswith(_WELCOMING):
        return EventType.SUPPORT
    if norm.startswith(_BLAMING):
        return EventType.ACCUSE
    return None


def _judge_at(tokens: Sequence[Token], units: Sequence[Unit], i: int) -> tuple[tuple[str, ...], int] | None:
    """The judge starting at token ``i`` (an article may come first): one actor or "X and Y", all known to
    the dictionary; its codes and the token after it, else ``None``."""
    if i < len(tokens) and tokens[i].norm == "the" and not any(u.tok_start == i for u in units):
        i += 1
    codes: list[str] = []
    while True:
        unit = next((u for u in units if u.tok_start == i), None)
        if unit is None or unit.code is None:
            return None
        codes.append(unit.code)
        i = unit.tok_end
        if i + 1 < len(tokens) and tokens[i].norm == "and" and any(u.tok_start == i + 1 for u in units):
            i += 1
            continue
        return tuple(dict.fromkeys(codes)), i


def _verb_after(tokens: Sequence[Token], i: int) -> int | None:
    """The index of the judging verb at ``i`` or after a few adverbs and auxiliaries; ``None`` when a hedge or
    a negation stands in between or no judging verb follows."""
    for k in range(i, min(len(tokens), i + 4)):
        if tokens[k].norm in _HEDGES:
            return None
        if _verb_type(tokens[k]) is not None:
            return k
        if tokens[k].norm not in _ADVERBS:
            return None
    return None


def _after_comma(tokens: Sequence[Token], units: Sequence[Unit], c: int) -> Judgement | None:
    """The judgement that opens right after the comma at token ``c``, if any."""
    i = c + 1
    summed = False
    if i < len(tokens) and tokens[i].norm in _ARTICLES:
        i += 1
        while i < len(tokens) and tokens[i].norm in _MODIFIERS:
            i += 1
        if i >= len(tokens) or tokens[i].norm not in _SUMMING_NOUNS:
            return None
        summed = True
        i += 1
    elif i < len(tokens) and tokens[i].norm == "which":
        i += 1
    else:
        return None
    if summed and i < len(tokens) and _verb_type(tokens[i]) is not None and tokens[i].norm.endswith("ed"):
        # "..., a move welcomed by the European Union": the judge is the passive's agent
        if i + 1 >= len(tokens) or tokens[i + 1].norm != "by":
            return None
        found = _judge_at(tokens, units, i + 2)
        if found is None:
            return None
        verb = tokens[i]
        etype = _verb_type(verb)
        assert etype is not None
        return Judgement(
            etype, found[0], tokens[c + 1].start, tokens[found[1] - 1].end, tokens[c].start, verb.text
        )
    if summed and i < len(tokens) and tokens[i].norm in _RELATIVES:
        i += 1
    found = _judge_at(tokens, units, i)
    if found is None:
        return None
    k = _verb_after(tokens, found[1])
    if k is None:
        return None
    etype = _verb_type(tokens[k])
    assert etype is not None
    return Judgement(etype, found[0], tokens[c + 1].start, tokens[k].end, tokens[c].start, tokens[k].text)


def judgements(tokens: Sequence[Token], units: Sequence[Unit]) -> list[Judgement]:
    """Every judgement told after a comma in the sentence (see the module's docstring)."""
    found: list[Judgement] = []
    for c, tok in enumerate(tokens):
        if tok.norm == "," and c > 0:
            judgement = _after_comma(tokens, units, c)
            if judgement is not None:
                found.append(judgement)
    return found


def _judged_act(events: Sequence[Event], judgement: Judgement) -> Event | None:
    """The act the judgement sums up: the last event told before the comma that names its doer, not the
    judge, and is itself no judgement by the judge."""
    before = [
        e
        for e in events
        if e.anchor[1] <= judgement.comma
        and e.source
        and not set(e.source) & set(judgement.judge)
        and e.polarity in (Polarity.ASSERTED, Polarity.FUTURE)
    ]
    return max(before, key=lambda e: e.anchor[1]) if before else None


def with_judgements(
    tokens: Sequence[Token],
    units: Sequence[Unit],
    events: list[Event],
    make: Callable[[EventType, str, Roles, Polarity, int, int, str], Event],
) -> list[Event]:
    """``events`` with the judgements told after a comma: an event of the judgement's type and judge that
    names no one judged is aimed at the act's doer; with none, one is made (``make(type, mode, roles,
    polarity, start, end, trigger)``)."""
    for judgement in judgements(tokens, units):
        act = _judged_act(events, judgement)
        if act is None:
            continue
        same = [e for e in events if e.event is judgement.event and set(e.source) == set(judgement.judge)]
        if same:
            events = [replace(e, target=act.source) if e in same and not e.target else e for e in events]
            continue
        mode = "disapprove" if judgement.event is EventType.ACCUSE else ""
        roles = Roles(judgement.judge, act.source, (judgement.start, judgement.end))
        events = [
            *events,
            make(
                judgement.event,
                mode,
                roles,
                Polarity.ASSERTED,
                judgement.start,
                judgement.end,
                judgement.verb,
            ),
        ]
    return events


# ----------------------------------------------------------------------------------------------- cited acts

_CITING_CUES = (("citing",), ("blaming",), ("given",), ("in", "view", "of"))
"""Words that give the ground of an act: "closed its airspace, citing Russia's bombing of Syrian towns",
"given Russia's restrictions on flights, Allies support ...", "In view of the attack carried out by ..."."""

_CUE_STARTS = frozenset(c[0] for c in _CITING_CUES)

_HOSTILE = frozenset(
    {EventType.SANCTION, EventType.COERCE, EventType.ASSAULT, EventType.MOBILIZE, EventType.THREATEN}
)
_CITED_REACH = 16
"""Tokens after the cue that the cited ground may span (it also ends at ";" or the sentence's end)."""


def _cited_spans(tokens: Sequence[Token]) -> list[tuple[int, int, int]]:
    """(cue token, first token after the ground, character end of the ground) for every citing cue."""
    spans: list[tuple[int, int, int]] = []
    if _CUE_STARTS.isdisjoint(norms_of(tokens)):
        return spans  # (no cue can start: s38-speed13)
    norms = [t.norm for t in tokens]
    for i in range(len(tokens)):
        if norms[i] not in _CUE_STARTS:
            continue  # no cue starts here
        cue = next((c for c in _CITING_CUES if tuple(norms[i : i + len(c)]) == c), None)
        if cue is None:
            continue
        end = i + len(cue)
        limit = min(len(tokens), end + _CITED_REACH)
        while end < limit and norms[end] not in (";", ".", "!", "?"):
            if norms[end] == "," and end > i + len(cue):
                break  # "Given X's act, Russia will ...", "..., citing X's act, and ...": the ground ends here
            end += 1
        spans.append((i, end, tokens[end - 1].end))
    return spans


def with_cited_acts(
    tokens: Sequence[Token],
    events: list[Event],
    make: Callable[[EventType, str, Roles, Polarity, int, int, str], Event],
) -> list[Event]:
    """``events`` with an ACCUSE for each hostile act the sentence codes inside a cited ground: the one who
    acts on that ground (the doer of the sentence's act outside it) accuses the cited act's doer ("Turkey
    closed its airspace to Russian planes, citing Russia's bombing of Syrian towns": ACCUSE TUR -> RUS). The
    ground is told as the actor's reason, a charge against whoever did it, as "accusing X of ..." is."""
    for cue, _end, char_end in _cited_spans(tokens):
        lo = tokens[cue].start
        inside = [
            e
            for e in events
            if e.event in _HOSTILE
            and e.source
            and lo <= e.anchor[0] < char_end
            and e.polarity in (Polarity.ASSERTED, Polarity.FUTURE)
        ]
        outside = [
            e
            for e in events
            if e.source and not lo <= e.anchor[0] < char_end and e.event is not EventType.ACCUSE
        ]
        if not inside or not outside:
            continue
        judge = outside[0].source if cue > 0 else outside[-1].source
        for act in inside:
            if set(act.source) & set(judge):
                continue
            if any(
                e.event is EventType.ACCUSE
                and set(e.source) == set(judge)
                and set(act.source) <= set(e.target)
                for e in events
            ):
                continue
            roles = Roles(tuple(judge), act.source, (lo, char_end))
            events = [
                *events,
                make(
                    EventType.ACCUSE,
                    "disapprove",
                    roles,
                    Polarity.ASSERTED,
                    lo,
                    tokens[cue].end,
                    tokens[cue].text,
                ),
            ]
    return events


# ----------------------------------------------------------------------------------------------- talks ended

_ENDING_VERBS = words(
    "ended end ends ending concluded conclude concludes closed broke finished wrapped produced yielded "
    "brought reached"
)
_NO_DEAL_NOUNS = words("agreement agreements deal accord breakthrough compromise settlement consensus")
_NO_DEAL_REACH = 5
"""Tokens between the verb of ending and the nothing it ended with ("ended on Friday without a deal")."""


def _no_deal_at(tokens: Sequence[Token]) -> int | None:
    """The token that tells talks ended with nothing agreed: "ended without agreement", "broke up without a
    deal", "produced no breakthrough", "concluded without any accord"; ``None`` when there is none."""
    held = norms_of(tokens)
    if "without" not in held and "no" not in held:
        return None  # (its loop starts from one of them: s38-speed13)
    for i, tok in enumerate(tokens):
        if tok.norm not in ("without", "no"):
            continue
        k = i + 1
        while k < len(tokens) and tokens[k].norm in (
            "a",
            "an",
            "any",
            "final",
            "formal",
            "concrete",
            "major",
        ):
            k += 1
        if k >= len(tokens) or tokens[k].norm not in _NO_DEAL_NOUNS:
            continue
        verb = next(
            (j for j in range(i - 1, max(-1, i - 1 - _NO_DEAL_REACH), -1) if tokens[j].norm in _ENDING_VERBS),
            None,
        )
        if verb is None or (tok.norm == "without") == (
            tokens[verb].norm in ("produced", "yielded", "brought", "reached")
        ):
            continue  # "ended without a deal" / "produced no breakthrough", not "reached without ..." / "ended no ..."
        return i
    return None


def with_talks_failed(
    tokens: Sequence[Token],
    events: list[Event],
    make: Callable[[EventType, str, Roles, Polarity, int, int, str], Event],
) -> list[Event]:
    """``events`` with the sides' failure to agree when the talks the sentence codes are told as ending with
    nothing agreed ("the talks between X and Y lasted two hours and ended without agreement on a
    ceasefire"): AGREE negated, the talks' sides as its sources. Not when the sentence codes an agreement."""
    if any(e.event is EventType.AGREE for e in events):
        return events
    at = _no_deal_at(tokens)
    if at is None:
        return events
    talks = next((e for e in events if e.event is EventType.CONSULT and e.anchor[0] < tokens[at].start), None)
    if talks is None:
        return events
    sides = tuple(dict.fromkeys((*talks.source, *talks.target)))
    if len(sides) < 2:
        return events
    roles = Roles(sides, (), (talks.evidence[0], tokens[at].end))
    return [
        *events,
        make(EventType.AGREE, "", roles, Polarity.NEGATED, tokens[at].start, tokens[at].end, tokens[at].text),
    ]


# ----------------------------------------------------------------------------------------------- coordination

_MODALS = words("will shall 'll would must can could may might")


def modal_conjunct(between: Sequence[str]) -> bool:
    """The words between a speech act's trigger and a later trigger (``between``) open a coordinated
    predicate with its own modal, outside any "that" clause: "has launched a review of cooperation with
    Georgia and will impose visa restrictions" (the restrictions are announced, not the review's content),
    unlike "warned that it would suspend talks and would expel diplomats" (both are the warning's)."""
    for i, norm in enumerate(between):
        if norm == "that":
            return False
        if i > 0 and norm in ("and", "but") and i + 1 < len(between) and between[i + 1] in _MODALS:
            return True
    return False


# ----------------------------------------------------------------------------------------------- relative doers

_RELATIVE_REACH = 16
"""Tokens after an act noun searched for ", which X <verb>" (past a list of places: "the annexation of the
Donetsk, Luhansk, Zaporizhzhia and Kherson regions, which the Kremlin proclaimed")."""
_YEAR_REACH = 8
"""Tokens after the relative clause's verb searched for a year that makes the act background."""
_BREAKS = words("; : while whereas although because after before since when")


_DOER_VERBS = words(
    "launched carried committed conducted staged perpetrated made took carried-out ordered began started "
    "proclaimed declared announced"
)
"""Verbs whose subject did the act named before the relative clause (as :mod:`detente.coding.nominal`'s)."""


def doer_after_comma(tokens: Sequence[Token], units: Sequence[Unit], start: int) -> Unit | None:
    """The doer named by a non-restrictive relative clause after an act noun: "the annexation of Crimea,
    which Moscow proclaimed in March", "the expulsion of its staff, which Moscow announced on Monday". The
    clause opens with ", which" (or ", that"), its subject is a known actor and its verb one of doing or
    proclaiming; ``None`` otherwise, or when a clause break comes first. The act is told as done: a verb
    that denies the phrase ("will never recognise the annexation of ..., which the Kremlin proclaimed")
    does not negate it."""
    for k in range(start, min(len(tokens) - 2, start + _RELATIVE_REACH)):
        norm = tokens[k].norm
        if norm in _BREAKS or (norm == "." and k + 1 < len(tokens)):
            return None
        if norm == "," and tokens[k + 1].norm in ("which", "that"):
            i = k + 2
            if tokens[i].norm == "the" and not any(u.tok_start == i for u in units):
                i += 1
            doer = next((u for u in units if u.tok_start == i and u.code is not None), None)
            if doer is None or doer.tok_end >= len(tokens) or tokens[doer.tok_end].norm not in _DOER_VERBS:
                return None
            dated = any(
                t.text.isdigit() and len(t.text) == 4
                for t in tokens[doer.tok_end : doer.tok_end + _YEAR_REACH]
            )
            return None if dated else doer  # "..., which Russia carried out in 2014": background, left alone
    return None
