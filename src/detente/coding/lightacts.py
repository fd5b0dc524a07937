"""Coder stage 4, roles — acts told as noun phrases before a passive light verb: "A decision to suspend
cooperation with Russia was taken by the North Atlantic Council", "Restrictive measures against Russian
officials were adopted by the EU". The act stands in the clause's subject; the passive verb after it says
whether anyone did it (taken, adopted, imposed, ordered ... by X: X did), only weighed or asked for it
(discussed, considered, demanded, opposed, lifted ... by X: nobody is told to have done it), or judged it
(condemned, criticised, welcomed ... by X: X is the judge, not the doer); its auxiliaries give the act's
polarity ("has not been taken", "would be taken")."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from detente.coding.ontology import EventType
from detente.coding.patterns import PREPOSITIONS, SCOPE_BREAK, Token, Trigger, words
from detente.coding.roleparts import Roles
from detente.coding.units import Unit

_AUXILIARIES = words(
    "was were is are be been being has have had will would could might may should must shall"
)
_MODALS = words("would could might may should must")
_NEGATORS = words("not never n't")
_DOER_PARTICIPLES = words(
    "taken made adopted announced ordered imposed carried conducted launched approved introduced reached "
    "undertaken implemented staged completed initiated declared enacted issued endorsed passed decided "
    "agreed executed effected"
)
"""Light verbs whose "by" agent does the act named as their subject."""
_UNDONE_PARTICIPLES = words(
    "discussed considered debated proposed demanded requested sought urged opposed rejected blocked vetoed "
    "lifted cancelled canceled revoked reversed postponed delayed studied examined mooted suggested "
    "questioned challenged resisted suspended ended eased"
)
"""Passive verbs that weigh, ask for, stop or undo the act named as their subject: nobody is told to do it."""
_JUDGING_PARTICIPLES = words(
    "criticised criticized condemned denounced welcomed deplored regretted praised applauded reported "
    "described branded labelled labeled termed slammed hailed noted"
)
"""Passive verbs of judging or reporting: their "by" agent judges or tells the act, and does not do it."""
_SUBJECT_STARTS = words("that which and")
_ADVERBS = words("also already formally officially unanimously jointly later today yesterday subsequently")
_PREDICATE_REACH = 14
_SUBJECT_REACH = 6


@dataclass(frozen=True)
class Predicate:
    """The passive verb after a subject act: ``kind`` is "doer", "undone" or "judged"; ``agent`` the
    actor after its "by" (``None`` when none is named); ``negated``/``modal`` its auxiliaries."""

    kind: str
    agent: Unit | None
    negated: bool
    modal: bool


def _subject_opening(tokens: Sequence[Token], trig: Trigger) -> int | None:
    """Where the clause whose subject holds the trigger opens (the index of its first word, or of the "that"
    or "," before it), when only a few words, none of them a verb or a name, stand between it and the
    trigger ("A decision to ...", "The expulsion of ...", "... that a decision to ..."); else ``None``."""
    for i in range(trig.tok_start - 1, max(-1, trig.tok_start - 1 - _SUBJECT_REACH), -1):
        norm = tokens[i].norm
        if norm in SCOPE_BREAK or norm in _SUBJECT_STARTS or norm in (",", "."):
            return i
        if norm in _AUXILIARIES or (norm.endswith("ed") and len(norm) > 4) or not tokens[i].is_word:
            return None
        if norm in PREPOSITIONS and norm not in ("of", "to"):
            return None  # "An investigation into the expulsion ...": the act is not the subject's head
        if tokens[i].text[:1].isupper() and i > 0:
            return None  # a name before the act ("Moscow announced a reduction ..."): the active voice
    return 0 if trig.tok_start <= _SUBJECT_REACH else None


_DENYING = words("deny denies denied denying")


def _participle_after(tokens: Sequence[Token], start: int) -> tuple[int, bool, bool] | None:
    """The past participle of the first verb group from ``start``, with whether its auxiliaries negate it
    or put it under a modal; ``None`` when the group is no passive ("was a mistake") or none comes."""
    i = start
    while i < min(len(tokens), start + _PREDICATE_REACH):
        norm = tokens[i].norm
        if norm == "," and _reduced_relative(tokens, i + 1):
            return i + 1, False, False  # "The decision to expel ..., taken by the Polish government, ..."
        closing = _aside_end(tokens, i) if norm == "," else None
        if closing is not None:
            i = closing + 1  # "A decision to relaunch cooperation, suspended since 2008, was taken by ..."
            continue
        i += 1
        if norm in SCOPE_BREAK or norm in (",", ";", ".", "that", "which", "who"):
            return None
        if norm not in _AUXILIARIES:
            continue
        negated = modal = False
        passive = False
        k = i - 1  # (the auxiliary itself)
        while k < len(tokens) and (
            tokens[k].norm in _AUXILIARIES or tokens[k].norm in _NEGATORS or tokens[k].norm in _ADVERBS
        ):
            negated = negated or tokens[k].norm in _NEGATORS
            modal = modal or tokens[k].norm in _MODALS
            passive = passive or tokens[k].norm in ("was", "were", "be", "been", "is", "are", "being")
            k += 1
        if not passive or k >= len(tokens):
            return None
        return k, negated, modal
    return None


_ASIDE_REACH = 8


def _aside_end(tokens: Sequence[Token], i: int) -> int | None:
    """The closing comma of a short aside that opens with the comma at ``i`` and is followed by the verb
    group (", suspended since August 2008, was taken"), else ``None``."""
    for k in range(i + 1, min(len(tokens) - 1, i + 1 + _ASIDE_REACH)):
        norm = tokens[k].norm
        if norm in SCOPE_BREAK or norm in (";", ".", "and", "but"):
            return None
        if norm == ",":
            return k if tokens[k + 1].norm in _AUXILIARIES else None
    return None


def _reduced_relative(tokens: Sequence[Token], i: int) -> bool:
    """A participle of one of the three kinds right after a comma, its "by" next: "..., taken by the Polish
    government on Friday, ..." (a reduced relative clause about the act before it)."""
    if i + 1 >= len(tokens) or tokens[i + 1].norm != "by":
        return False
    norm = tokens[i].norm
    return norm in _DOER_PARTICIPLES or norm in _UNDONE_PARTICIPLES or norm in _JUDGING_PARTICIPLES


def _agent_after(tokens: Sequence[Token], units: Sequence[Unit], participle: int) -> Unit | None:
    """The named actor after the participle's "by" ("taken by the Polish government", "carried out by
    Russian forces"), a word or two of particle or adverb apart."""
    for k in range(participle + 1, min(len(tokens), participle + 4)):
        if tokens[k].norm == "by":
            return next((u for u in units if k < u.tok_start <= k + 3 and u.code is not None), None)
        if tokens[k].norm in SCOPE_BREAK or not tokens[k].is_word:
            return None
    return None


def subject_predicate(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> Predicate | None:
    """The passive verb whose subject holds the act the trigger names, or ``None`` (the trigger is no
    subject, its verb is active, or its participle is none of the three kinds)."""
    opening = _subject_opening(tokens, trig)
    if opening is None:
        return None
    found = _participle_after(tokens, trig.tok_end)
    if found is None:
        return None
    participle, negated, modal = found
    # "Moscow denied that a decision to withdraw its troops had been taken": the taking is denied
    denied = opening > 0 and tokens[opening].norm == "that" and tokens[opening - 1].norm in _DENYING
    negated = negated or denied
    norm = tokens[participle].norm
    follows = tokens[participle + 1].norm if participle + 1 < len(tokens) else ""
    if norm in _UNDONE_PARTICIPLES or (norm == "called" and follows == "for"):
        kind = "undone"  # "was demanded by NATO", "was called for by the Baltic states"
    elif norm in _JUDGING_PARTICIPLES or norm == "called":
        kind = "judged"  # "was condemned by the Kremlin", "was called a provocation by Moscow"
    elif norm in _DOER_PARTICIPLES:
        kind = "doer"
    else:
        return None
    return Predicate(kind, _agent_after(tokens, units, participle), negated, modal)


_INTENT_NOUNS = words("decision decisions plan plans order orders move step steps proposal intention")


def told_as_subject(tokens: Sequence[Token], trig: Trigger) -> bool:
    """The trigger names the act in a subject: a noun ("The expulsion of ...") or the infinitive after a
    noun of intent ("A decision to suspend ...")."""
    if not trig.verbal:
        return True
    i = trig.tok_start
    return i >= 2 and tokens[i - 1].norm == "to" and tokens[i - 2].norm in _INTENT_NOUNS


def roles_after_predicate(predicate: Predicate, roles: Roles) -> Roles:
    """The roles once the passive verb after the subject act is read: a doer verb's agent does the act
    when nothing else named its doer; a judging verb's agent is no doer."""
    agent = predicate.agent.code if predicate.agent is not None else None
    if agent is None:
        return roles
    if predicate.kind == "judged" and agent in roles.source:
        return dataclasses.replace(roles, source=tuple(c for c in roles.source if c != agent))
    if predicate.kind == "doer" and not roles.source:
        return dataclasses.replace(
            roles, source=(agent,), target=tuple(c for c in roles.target if c != agent)
        )
    return roles


_WEIGHED = frozenset(
    {
        EventType.SANCTION,
        EventType.COERCE,
        EventType.MOBILIZE,
        EventType.RETREAT,
        EventType.CONCEDE,
        EventType.AID,
        EventType.COOPERATE,
    }
)
"""Deeds a passive verb can weigh or ask for before anyone does them (measures discussed, a withdrawal
demanded); a request, accusation or threat named is made already ("Ukraine's bid to join NATO was
discussed")."""


def undone(tokens: Sequence[Token], trig: Trigger, predicate: Predicate, roles: Roles) -> bool:
    """The subject act is only weighed, asked for or undone by its passive verb, and nothing names it as
    done: no owner ("Russia's withdrawal", "Russian-Kazakh exercises due to take place ... were discussed"
    tell an act), only the passive verb's own agent as its doer ("measures ... were discussed by EU
    ministers": the ministers are no doer)."""
    if predicate.kind != "undone" or trig.match.rule.event not in _WEIGHED:
        return False
    if any(
        t.norm in ("'s", "’s", "its", "their") for t in tokens[max(0, trig.tok_start - 3) : trig.tok_start]
    ):
        return False
    agent = predicate.agent.code if predicate.agent is not None else None
    return all(code == agent for code in roles.source)


def done_by_agent(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> bool:
    """The act named in the subject was done by the named agent of a doer verb ("A drastic reduction of the
    Russian military presence ... was announced by Moscow"): enough to code it with that side alone."""
    predicate = subject_predicate(tokens, units, trig)
    return predicate is not None and predicate.kind == "doer" and predicate.agent is not None


_WEIGHING = words(
    "consider considers considered considering weigh weighs weighed weighing mull mulls mulled mulling "
    "discuss discusses discussed discussing debate debates debated debating contemplate contemplates "
    "contemplated contemplating explore explores explored exploring study studies studied studying"
)
_OBJECT_WORDS = words("a an the new further fresh more additional possible any its their some tougher")


def weighed_object(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A noun act that is the object of a verb of weighing: "The EU is considering restrictive measures
    against Russian officials", "ministers discussed new sanctions on Moscow": not yet done."""
    if trig.verbal:
        return False
    i = trig.tok_start - 1
    while i >= 0 and tokens[i].norm in _OBJECT_WORDS:
        i -= 1
    return i >= 0 and tokens[i].norm in _WEIGHING


_NOTING = words(
    "note notice concern concerns regret disappointment dismay alarm satisfaction surprise reacted react "
    "reacts responded respond responds objected object objects"
)
_PLAN_WORDS = words("decision decisions plan plans move intention")


def noted_plan(tokens: Sequence[Token], trig: Trigger) -> bool:
    """The infinitive of a plan a subject only notes or reacts to: "NATO took note of the decision to
    suspend the treaty", "Allies expressed concern about the plan to deploy ...", "Moscow reacted to the
    decision to expel ...": nobody named owns the plan, and the subject is not its doer."""
    i = trig.tok_start
    if i < 5 or tokens[i - 1].norm != "to" or tokens[i - 2].norm not in _PLAN_WORDS:
        return False
    if tokens[i - 3].norm not in ("the", "this", "that", "a"):
        return False
    return tokens[i - 4].norm in ("of", "about", "at", "over", "to") and tokens[i - 5].norm in _NOTING


_PRESSING_ON = words("proceed proceeds proceeded proceeding")
_AHEAD = words("went go goes going gone pressed press presses pressing moved move moves moving pushed push")


def pressed_ahead_with(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A noun act after "proceeded with" or "went/pressed ahead with": "Estonia proceeded with the expulsion
    of a Russian diplomat" - the subject does it."""
    i = trig.tok_start - 1
    while i >= 0 and tokens[i].norm in _OBJECT_WORDS:
        i -= 1
    if i < 1 or tokens[i].norm != "with":
        return False
    if tokens[i - 1].norm in _PRESSING_ON:
        return True
    return i >= 2 and tokens[i - 1].norm == "ahead" and tokens[i - 2].norm in _AHEAD
