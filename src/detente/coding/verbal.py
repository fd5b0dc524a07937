"""Coder stage 6c, verbal conflict told in wording the trigger phrases miss (ACCUSE, THREATEN).

Official statements on NATO-Russia relations blame, judge and threaten in a few recurring shapes that no
single trigger word carries:

- a judgement put on another actor's act with a verb of judging and no "as": "Moscow finds the position of
  the Alliance unconstructive", "We consider such actions by the Alliance to be openly provocative", "the
  Foreign Ministry labelled the sanctions imposed by Brussels illegitimate", "termed the step by Warsaw an
  unfriendly act" (:func:`judged_to_be`). ACCUSE by the one who judges (else the speaker) of the one whose
  act it is (:func:`detente.coding.statements` rules for the doer: the "by X" agent, else the first actor
  that is no place and no aim of the act);
- a feeling of outrage or dismay at another actor's act: "We are outraged by Kiev's statements", "the
  Russian side is appalled at the decision of the Alliance" (:func:`feeling_at`);
- a military step announced as an answer to another actor: "Russia would deploy Iskander missiles in
  Kaliningrad in response to US missile defence", "Moscow could station nuclear weapons in Belarus in
  response to NATO's plans" (:func:`answered_in_kind`), and an answer judged harsh before it is given: "Our
  response to the deployment of American missiles will be tough" (:func:`harsh_answer`). THREATEN by the
  one who will answer, at the one answered.

Nothing is read when the judge and the one judged are the same, when no actor is named in the judged
phrase, or (for threats) when the step is told as done rather than announced."""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import Token, norms_of, words
from detente.coding.polarity import polarity_of
from detente.coding.roles import Roles, clause_floor, is_place, prep_before, sayer_after
from detente.coding.statements import Finding, SentenceView
from detente.coding.units import Unit

# verbs that put a judgement on their object, read with the judgement after the object ("finds X ADJ",
# "considers X to be ADJ", "labelled X ADJ")
JUDGING_VERBS = words(
    "consider considers considered considering find finds found finding deem deems deemed deeming "
    "label labels labelled labeled labelling labeling term terms termed terming believe believes believed "
    "judge judges judged"
)
# nouns a judged act is called after "a|an ADJ": "an unfriendly step", "a provocative move"
ACT_NOUNS = words("step steps move moves act acts gesture action actions measure measures decision signal")
# feelings at another actor's act ("outraged by", "appalled at")
FEELINGS = words(
    "outraged appalled shocked perplexed puzzled bewildered astonished disturbed incensed angered "
    "indignant dismayed alarmed troubled"
)
FEELING_PREPS = words("by at over with about")
_BE = words("is are was were be been am remains remain")
_ADVERB_END = "ly"
_PHRASE_END = frozenset({",", ".", ";", ":", "and", "'", '"', "’", "”", ")", "-", "—"})
_STOP = frozenset({",", ";", ":", "that", "which", "who", "because", "while", "but", "."})
_ACTED_ON = frozenset(("against", "on", "to", "into", "at", "with", "towards", "over", "in", "near"))
# "in response to", "in retaliation for", "as a response to", "in reply to", "in answer to"
_ANSWER_NOUNS = words("response retaliation reply answer riposte")
_ANSWER_PREPS = words("to for")
# steps taken in answer that threaten when announced
_ANSWERING_EVENTS = frozenset({EventType.MOBILIZE, EventType.ASSAULT, EventType.COERCE, EventType.SANCTION})
_ANNOUNCED = frozenset({Polarity.FUTURE, Polarity.HYPOTHETICAL})
# how a coming answer is judged: "will be tough", "would be swift and decisive"
HARSH = words(
    "tough harsh firm decisive swift resolute robust adequate asymmetric asymmetrical symmetrical mirror "
    "severe painful forceful appropriate immediate"
)
_FUTURE_AUX = words("will would shall 'll")
_OWN = words("our my")


def _named(units: Sequence[Unit], lo: int, hi: int) -> list[Unit]:
    """Actor units with a code lying wholly in tokens [lo, hi)."""
    return [u for u in units if u.code is not None and lo <= u.tok_start and u.tok_end <= hi]


def _doer(tokens: Sequence[Token], named: Sequence[Unit]) -> str | None:
    """Of the actors named in an act, the code of the one who did it: the "by X" agent, else the first that
    is neither a place nor what the act was aimed at."""
    named = [u for u in named if not is_place(tokens, u) and u.code is not None]
    agent = next((u for u in named if prep_before(tokens, u) == "by"), None)
    if agent is None:
        agent = next((u for u in named if prep_before(tokens, u) not in _ACTED_ON), None)
    return agent.code if agent is not None else None


def _judged_end(tokens: Sequence[Token], i: int, adjectives: frozenset[str]) -> int | None:
    """Where the judgement at token ``i`` starts when it is said of an object before it: "... to be (openly)
    provocative", "... unconstructive." (the adjective ends its phrase) or "... an unfriendly step"; the
    index of the first token of the judgement, else ``None``."""
    if tokens[i].norm not in adjectives:
        return None
    j = i
    while j > 0 and tokens[j - 1].norm.endswith(_ADVERB_END) and tokens[j - 1].norm not in ("only", "early"):
        j -= 1  # "openly provocative", "utterly unacceptable"
    if j >= 2 and tokens[j - 1].norm == "be" and tokens[j - 2].norm == "to":
        return j - 2
    if j >= 1 and tokens[j - 1].norm in ("a", "an"):
        if i + 1 < len(tokens) and tokens[i + 1].norm in ACT_NOUNS:
            return j - 1
        return None
    nxt = tokens[i + 1].norm if i + 1 < len(tokens) else "."
    if nxt in _PHRASE_END and j >= 1 and tokens[j - 1].is_word:
        return j
    return None


def judged_to_be(view: SentenceView) -> Finding | None:
    """ACCUSE for a verb of judging whose object is another actor's act and whose judgement follows the
    object: "Moscow finds the position of the Alliance unconstructive" (see the module docstring)."""
    tokens, units, pats = view.tokens, view.units, view.patterns
    adjectives = pats.evaluative_adjectives
    for i, tok in enumerate(tokens):
        if tok.norm not in adjectives:
            continue
        start = _judged_end(tokens, i, adjectives)
        if start is None:
            continue
        floor = clause_floor(tokens, start)
        verb = next(
            (j for j in range(start - 2, max(floor, start - 20) - 1, -1) if tokens[j].norm in JUDGING_VERBS),
            None,
        )
        if verb is None or not tokens[verb].text.islower():
            continue
        if any(t.norm in _STOP for t in tokens[verb + 1 : start]):
            continue  # "found that ...", "considered, after talks, ...": not the object judged
        target = _doer(tokens, _named(units, verb + 1, start))
        before = [u for u in _named(units, floor, verb)]
        source = before[-1].code if before else view.speaker
        if target is None or source is None or target == source:
            continue
        roles = Roles((source,), (target,), (tokens[verb].start, tokens[i].end))
        polarity = polarity_of(tokens, verb, pats, floor=floor)
        return Finding(EventType.ACCUSE, "disapprove", roles, polarity, tokens[verb].start, tok.end, tok.text)
    return None


def feeling_at(view: SentenceView) -> Finding | None:
    """ACCUSE for outrage or dismay at another actor's act: "We are outraged by Kiev's statements"; the one
    who feels it is the subject before "is/are" (else the speaker), the doer is read in the phrase after
    "by/at/over/with/about"."""
    tokens, units = view.tokens, view.units
    for i in range(1, len(tokens) - 2):
        if tokens[i].norm not in FEELINGS or tokens[i + 1].norm not in FEELING_PREPS:
            continue
        b = i - 1
        while b > 0 and tokens[b].norm.endswith(_ADVERB_END):
            b -= 1  # "deeply troubled"
        if tokens[b].norm not in _BE:
            continue  # the feeling told of a subject: "X is outraged by", not "outraged protesters"
        floor = clause_floor(tokens, b)
        end = next((k for k in range(i + 2, min(len(tokens), i + 16)) if tokens[k].norm in _STOP), None)
        end = end if end is not None else min(len(tokens), i + 16)
        found = _blame(view, _doer(tokens, _named(units, i + 2, end)), floor, b, end - 1, i)
        if found is not None:
            return found
    return None


def _blame(view: SentenceView, target: str | None, floor: int, b: int, last: int, cue: int) -> Finding | None:
    """ACCUSE at ``target`` by the last actor named between ``floor`` and token ``b`` (else the speaker),
    over tokens ``b``..``last``, its trigger the token ``cue``; ``None`` without two different sides."""
    tokens = view.tokens
    before = _named(view.units, floor, b)
    source = before[-1].code if before else view.speaker
    if target is None or source is None or target == source:
        return None
    roles = Roles((source,), (target,), (tokens[b].start, tokens[last].end))
    polarity = polarity_of(tokens, b, view.patterns, floor=floor)
    trig = tokens[cue]
    return Finding(EventType.ACCUSE, "disapprove", roles, polarity, trig.start, trig.end, trig.text)


def _answered(tokens: Sequence[Token], units: Sequence[Unit]) -> tuple[int, Unit] | None:
    """The token of "response|retaliation|reply" in "in|as * response to X('s ...)" and the actor answered:
    the first actor named within the phrase after "to|for" that is no place."""
    for i in range(1, len(tokens) - 2):
        if tokens[i].norm not in _ANSWER_NOUNS or tokens[i + 1].norm not in _ANSWER_PREPS:
            continue
        if tokens[i - 1].norm not in ("in", "a", "as"):
            continue
        end = next((k for k in range(i + 2, min(len(tokens), i + 12)) if tokens[k].norm in _STOP), None)
        end = end if end is not None else min(len(tokens), i + 12)
        named = [u for u in _named(units, i + 2, end) if not is_place(tokens, u)]
        if named:
            return i, named[0]
    return None


def answered_in_kind(
    view: SentenceView, steps: Sequence[tuple[EventType, Polarity, tuple[str, ...]]]
) -> Finding | None:
    """THREATEN for a hostile step announced (future or hypothetical) as an answer to another actor:
    "Russia would deploy Iskander missiles in Kaliningrad in response to US missile defence"; ``steps`` are
    the sentence's events as (type, polarity, source)."""
    tokens, units = view.tokens, view.units
    if _ANSWER_NOUNS.isdisjoint(norms_of(tokens)):
        return None
    step = next((s for s in steps if s[0] in _ANSWERING_EVENTS and s[1] in _ANNOUNCED and s[2]), None)
    if step is None:
        return None
    _, polarity, doers = step
    found = _answered(tokens, units)
    if found is None:
        return None
    i, answered = found
    if answered.code is None or answered.code in doers:
        return None
    roles = Roles(doers, (answered.code,), (tokens[0].start, tokens[-1].end))
    return Finding(EventType.THREATEN, "", roles, polarity, tokens[i].start, tokens[i].end, tokens[i].text)


def harsh_answer(view: SentenceView) -> Finding | None:
    """THREATEN for a coming answer judged harsh: "Our response to the deployment of American missiles in
    Poland will be tough", "Russia's reply would be swift"; the answerer is the possessor ("our" = the
    speaker), the one answered the doer named after "to"."""
    tokens, units, pats = view.tokens, view.units, view.patterns
    for i in range(1, len(tokens) - 3):
        if tokens[i].norm not in _ANSWER_NOUNS or tokens[i + 1].norm != "to":
            continue
        aux = next(
            (k for k in range(i + 2, min(len(tokens) - 2, i + 16)) if tokens[k].norm in _FUTURE_AUX), None
        )
        if aux is None or tokens[aux + 1].norm != "be":
            continue
        k = aux + 2
        while k < len(tokens) and tokens[k].norm.endswith(_ADVERB_END):
            k += 1
        if k >= len(tokens) or tokens[k].norm not in HARSH:
            continue
        if tokens[i - 1].norm in _OWN:
            source = view.speaker
        else:
            owner = [u for u in units if u.code is not None and u.tok_end in (i, i - 1) and u.tok_end <= i]
            source = owner[-1].code if owner else None
        target = _doer(tokens, _named(units, i + 2, aux))
        if source is None or target is None or target == source:
            continue
        roles = Roles((source,), (target,), (tokens[i].start, tokens[k].end))
        polarity = polarity_of(tokens, aux + 1, pats, floor=clause_floor(tokens, aux))
        return Finding(
            EventType.THREATEN, "", roles, polarity, tokens[i].start, tokens[k].end, tokens[k].text
        )
    return None


_REFUSING = words("refusing declining rejecting refusal unwillingness")
_BLAME_LINK = words("for over")


def refusal_blamed(
    view: SentenceView, accusations: Sequence[tuple[tuple[str, ...], tuple[str, ...]]]
) -> Finding | None:
    """REJECT by the one blamed for a refusal, of the one who blames it: "Kiev criticised the Alliance for
    refusing to close the skies" (the Alliance refused Kiev), "condemned NATO for its refusal to supply jets";
    ``accusations`` are the sentence's ACCUSE events as (source, target)."""
    tokens = view.tokens
    if _BLAME_LINK.isdisjoint(norms_of(tokens)):
        return None  # (its loop starts from "for" or "over": s38-speed13)
    for i in range(1, len(tokens) - 1):
        if tokens[i].norm not in _BLAME_LINK:
            continue
        k = i + 1
        if k < len(tokens) and tokens[k].norm in ("its", "their", "his", "her", "the"):
            k += 1
        if k >= len(tokens) or tokens[k].norm not in _REFUSING:
            continue
        accusation = next(((s, t) for s, t in accusations if s and len(t) == 1 and t[0] not in s), None)
        if accusation is None:
            return None
        blamers, (blamed,) = accusation
        roles = Roles((blamed,), blamers, (tokens[i].start, tokens[k].end))
        return Finding(
            EventType.REJECT, "", roles, Polarity.ASSERTED, tokens[k].start, tokens[k].end, tokens[k].text
        )
    return None


_REGRET = words("regret regrets regretted")
_INTENSIFIERS = words("very much greatly deeply sincerely sorely profoundly strongly really")
# what is regretted in condolence, not blame ("regrets the death of the ambassador")
_CONDOLENCE = words("death deaths passing loss losses victims casualties demise")


def regretted_act(view: SentenceView) -> Finding | None:
    """ACCUSE for regret said with an intensifier the trigger reading skips: "The Allies very much regret
    Russia's decision to suspend ..." (the one who regrets blames the doer of the act regretted); regret at
    a death or a loss is condolence and reads nothing."""
    tokens, units = view.tokens, view.units
    for i in range(2, len(tokens) - 1):
        if tokens[i].norm not in _REGRET or tokens[i - 1].norm not in _INTENSIFIERS:
            continue
        b = i - 1
        while b > 0 and tokens[b - 1].norm in _INTENSIFIERS:
            b -= 1
        end = next((k for k in range(i + 1, min(len(tokens), i + 12)) if tokens[k].norm in _STOP), None)
        end = end if end is not None else min(len(tokens), i + 12)
        if any(t.norm in _CONDOLENCE for t in tokens[i + 1 : end]):
            continue
        found = _blame(view, _doer(tokens, _named(units, i + 1, end)), clause_floor(tokens, b), b, end - 1, i)
        if found is not None:
            return found
    return None


# what another side puts forward, judged not worth taking up ("Moscow's offer is not credible")
OFFERS = words(
    "offer offers proposal proposals explanation explanations assurances assurance guarantees initiative "
    "initiatives promises promise arguments plan plans answer answers reply response"
)
_WORTH = words(
    "credible convincing serious acceptable sufficient realistic genuine sincere believable persuasive"
)
_UNWORTHY = words("unconvincing insufficient unrealistic unserious implausible")
_NOT = words("not hardly n't")


def offer_discounted(view: SentenceView) -> Finding | None:
    """REJECT of another side's offer or explanation judged not worth taking up: "Moscow's explanations
    are not credible, the Secretary General said", "the proposals of the Alliance are unconvincing" — by the
    sayer (else the speaker), of the one who put it forward (the possessor, else the "of|by X" actor)."""
    tokens, units, pats = view.tokens, view.units, view.patterns
    for i in range(1, len(tokens) - 2):
        if tokens[i].norm not in OFFERS or tokens[i + 1].norm not in _BE:
            continue
        k = i + 2
        negated = k < len(tokens) and tokens[k].norm in _NOT
        if negated:
            k += 1
        if k >= len(tokens) or not ((negated and tokens[k].norm in _WORTH) or tokens[k].norm in _UNWORTHY):
            continue
        floor = clause_floor(tokens, i)
        owner = [u for u in _named(units, max(floor, i - 4), i) if u.tok_end in (i, i - 1)]
        owner_code = owner[-1].code if owner else None
        if owner_code is None:
            back = max(floor, i - 8)
            of = [u for u in _named(units, back, i) if prep_before(tokens, u) in ("of", "by")]
            owner_code = of[-1].code if of else None
        sayer = sayer_after(tokens, units, k)
        source = sayer.code if sayer is not None and sayer.code else view.speaker
        if owner_code is None or source is None or owner_code == source:
            continue
        roles = Roles((source,), (owner_code,), (tokens[i].start, tokens[k].end))
        polarity = polarity_of(tokens, i, pats, floor=floor)
        if polarity is Polarity.NEGATED:
            polarity = Polarity.ASSERTED  # the "not" is the judgement itself
        return Finding(EventType.REJECT, "", roles, polarity, tokens[i].start, tokens[k].end, tokens[k].text)
    return None
