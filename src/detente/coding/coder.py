"""The event coder: sentences → actors → events with type, mode, actors, polarity, date and evidence.

Stages, each with one entry point over typed values:

1. **Sentences** (:func:`detente.coding.text.split_sentences`) with offsets into the document.
   A Title Case or ALL-CAPS headline is read in sentence case with the same offsets
   (:func:`detente.coding.headline.reading`).
2. **Actor units** (:func:`detente.coding.units.actor_units`): the actor dictionary's mentions at the publication date (roles,
   titles, metonyms), plus pronouns ("I"/"we" → the speaker given by ``speaker`` or ``context``; "he"/
   "she"/"it"/"they" → the speaker when one is given, else the nearest actor before) and unknown
   capitalised names, which hold their place as actors with no code so no other actor is put in their
   role: unknown actors are never replaced by invented codes.
3. **Triggers** (:meth:`detente.coding.patterns.PatternSet.find`): verb and noun phrases from
   patterns.toml; the longest match wins an overlap; a noun after a time-marker ("on the eve of the
   talks") is dropped; an act governed by a request, promise, threat, refusal or accusation ("urged
   Russia *to withdraw*") is the content of that speech act, not a separate event.
4. **Roles** (:func:`detente.coding.roles.assign_roles`): the source is the subject — the nearest actor before the verb that is
   not after a preposition and not the object of an earlier verb, with its conjuncts ("X and Y") — or, in
   the passive ("was attacked by X"), the "by" agent; the target is the first actor after the trigger
   (places only for visits). A noun trigger takes its possessor ("Russia's annexation") or "by" agent as
   source and the actor after it as target and needs both. "X and Y met" codes one CONSULT with source
   [X, Y] and no target.
5. **Polarity** (:mod:`detente.coding.polarity`); an intent cue turns a cooperative act into AGREE and a
   hostile one into THREATEN.
6. **Event date** (:mod:`detente.coding.eventdates`), then the **derived fields** (CAMEO, Goldstein,
   score, quad class) from the ontology, and the **evidence** span (source, trigger and target words).

What only looks like an event (a background clause, a short quotation, a storm that "slammed into" a
coast, a topic of talks) is told apart in :mod:`detente.coding.filters`. When a sentence has no verbal
event, an evaluative phrase ("illegal annexation", "unacceptable
violations ... by X") codes ACCUSE/disapprove from the subject (or speaker) to the act's agent.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import logging
import re
from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass, field
from typing import Any

from detente.coding import (
    accords,
    accuse2,
    adjectival,
    agentlists,
    alliance,
    appeals,
    appraisals,
    approvals,
    attribution,
    blocs,
    bothsides,
    bylines,
    capitals,
    captivity,
    cautions,
    cautions2,
    coercefix,
    coercion,
    commitments,
    communiques,
    comparisons,
    consults,
    cooperation,
    encounters,
    encroachment,
    enumlookup,
    esteem,
    exchanges,
    finalise,
    grievances,
    handovers,
    headline,
    kremlin6,
    kremlin7,
    kremlin8,
    kremlin9,
    kremlin10,
    kremlin11,
    kremlin12,
    kremlin13,
    kremlin14,
    kremlin17,
    kremlin18,
    lightacts,
    lookalikes,
    material,
    material2,
    natonews,
    news5,
    news6,
    news7,
    news8,
    news9,
    news10,
    news11,
    newsactors,
    newsacts,
    newsprecision,
    newsrecall,
    nominal3,
    nonevents,
    nonevents2,
    nonevents3,
    np4,
    officials,
    overlaps,
    participles,
    passives,
    policing,
    pressers,
    promises,
    pronoun2,
    quick,
    readoutacts,
    readouts,
    readouts2,
    recipients,
    restrictions,
    rumfa,
    runsayers,
    s38argue,
    s38chron,
    s38kn10,
    s38misses,
    s38realpages,
    s38targets4,
    s39extra,
    s39krecall,
    s39kside,
    s39news,
    s39news2,
    s39rare,
    s39sides,
    sanction2,
    second,
    second2,
    second3,
    sidefix2,
    sidefix3,
    sidefix4,
    sidefix5,
    sidefix6,
    sidefix7,
    sidefix8,
    sidefix9,
    sidefix10,
    sources2,
    statecraft,
    statements,
    subset2,
    support2,
    targets3,
    ties,
    titles11,
    venues,
    viewsexchanged,
    weagreed,
    wire,
    written5,
    written6,
    written7,
    written8,
    written9,
    written10,
    written11,
    written12,
)
from detente.coding import verbal as verbal_conflict
from detente.coding.actors import ActorDictionary, ActorKind, load_dictionary
from detente.coding.criticism import criticism_undergone, quoted_verdict, widely_criticised
from detente.coding.eventdates import DateMention, find_dates, nearest_date
from detente.coding.filters import (
    accident_after,
    accused_of,
    act_halted,
    act_in_reports,
    admission,
    announced_refusal,
    aspiration_to_join,
    assent_in_conversation,
    attends_school_or_worship,
    attributive,
    background,
    bans_goods,
    campaign_rally,
    campaigns_for_office,
    conditional,
    congratulates_a_group,
    consults_for,
    content_of_document,
    craft_compound,
    dated_by_the_clause_before,
    demand_in_the_market,
    denial,
    denied_charge,
    denied_gerund,
    denied_or_rumoured,
    denied_reason,
    described_as_accused,
    designation_aside,
    diplomatic_protest,
    dismisses_an_official,
    expert_warning,
    fights_a_scourge,
    forces_pulled_back,
    forces_subject,
    generic_relative,
    gerund_subject,
    gives_way_to_a_thing,
    gunfire_after,
    habitual,
    habitual_present,
    handled_gerund,
    in_condition,
    in_protest_after,
    in_purpose,
    infinitive_support,
    is_question,
    joins_no_body,
    joint_press,
    judged_less,
    left_open,
    market_demand,
    market_subject,
    measure_targeting,
    named_after_a_date,
    no_one_did_it_said,
    not_political,
    noun_compound,
    offers_nothing,
    own_regret,
    perfect_relative,
    possibility_left_open,
    predicted,
    press_query_unanswered,
    private_purpose,
    private_travellers,
    public_appeal,
    pushed_to_a_brink,
    recognises_a_fact,
    recognising,
    reduced_relative,
    remembered,
    short_quote,
    signs_domestic_act,
    sporting_fixture,
    stance_topic,
    terms_of_a_deal,
    threatened_stake,
    threatening_as_quality,
    threatens_no_one,
    topic_clause,
    topic_gerund,
    topic_of_talks,
    unmilitary_move,
    unreal_act,
    verbal_attack,
    vows_against_a_scourge,
    war_weapon_near,
    weapon_kind,
    welcome_to_whoever,
)
from detente.coding.meetings import focused_state, meets_a_standard, not_a_phone_call
from detente.coding.ontology import EventType, Polarity, derived_fields, mode_is_valid
from detente.coding.passes import HOSTILE_TYPES as _HOSTILE_TYPES
from detente.coding.passes import attacker_named_with_the_attack, sentence_passes
from detente.coding.patterns import (
    POSSESSIVE_PRONOUNS,
    SCOPE_BREAK,
    PatternSet,
    Token,
    Trigger,
    canon_words,
    find_triggers,
    load_patterns,
    norms_of,
    refusal_at,
    refused_to,
    tokenize,
    words,
)
from detente.coding.polarity import future_cue, intent_before, polarity_of
from detente.coding.rereadings import (
    fired_as_warning,
    orders_own_forces_to_halt,
    performative_wish,
    restraint_on_condition,
    sent_to_help,
    vowed_force,
)
from detente.coding.roles import (
    JOINT_FORUMS,
    PROVOKING,
    RELATION_NOUNS,
    SPEECH_VERBS,
    Roles,
    assign_roles,
    clause_floor,
    forum_sides,
    prep_before,
    relation_sides,
    sayer_before,
    trailing_sayer,
)
from detente.coding.subjects import _conjuncts
from detente.coding.units import (
    Unit,
    actor_units,
    dateline,
    resolve_speaker,
    speaker_partner,
    speaker_turn,
    without_address,
)

__all__ = [
    "CODER_VERSION",
    "Event",
    "Trigger",
    "Unit",
    "actor_units",
    "assign_roles",
    "code_sentence",
    "contract_coder",
    "resolve_speaker",
]

logger = logging.getLogger(__name__)

enumlookup.drop_member_fallback()  # (s36-speed10) the enum members the coder reads at every step

CODER_VERSION = "rules-2026.38"
"""Bump when the rules, patterns.toml or the coder's use of the actor dictionary change."""

MAX_SENTENCE_CHARS = 5000
"""Longer "sentences" are not prose (tables, run-on scrapes): they code no event."""
MAX_TRIGGERS = 24
"""At most this many triggers of a sentence are coded (the rest of a run-on list is not prose either)."""
REQUIRE_ACTOR = True
"""Drop events with neither a known source nor a known target (measured: fewer false events on official
texts whose "we" has no speaker) — unless both roles are held by names the dictionary does not know
("Arnor restored ties with Gondor"): that event is kept with empty actor lists (:attr:`Roles.named`)."""
_STANDS_ALONE = frozenset(
    {
        EventType.ACCUSE,
        EventType.REJECT,
        EventType.THREATEN,
        EventType.PROTEST,
        EventType.SANCTION,
        EventType.MOBILIZE,
    }
)
"""Hostile types whose verbs say what happened even when no actor is known ("X ridiculed Y's call", "the
parties denounced terrorism"): coded with empty actor lists rather than lost. Not ASSAULT and COERCE:
without a political actor those are mostly crime and accident news ("two pedestrians were killed")."""
_COOPERATIVE = frozenset(
    {EventType.COOPERATE, EventType.AID, EventType.RETREAT, EventType.CONCEDE, EventType.CONSULT}
)
_HOSTILE = {
    EventType.ASSAULT: "violence",
    EventType.MOBILIZE: "violence",
    EventType.COERCE: "restrict",
    EventType.SANCTION: "relations",
}
_REFUSED_MODE = {
    EventType.CONSULT: "meet",
    EventType.AID: "assist",
    EventType.COOPERATE: "assist",
    EventType.CONCEDE: "yield",
    EventType.RETREAT: "yield",
}
"""REJECT's mode by what was refused: to meet, to help, to give in."""
_COOPERATIVE_WORDS = frozenset({EventType.SUPPORT, EventType.AGREE, EventType.COOPERATE})
"""Welcome, readiness and working together: what "anyone who ..." may be said of in general."""
_NEGATORS = words("no not never n't")
_STATED_THREAT = frozenset({Polarity.FUTURE, Polarity.HYPOTHETICAL})
_GENERALLY = words("internationally universally widely generally commonly traditionally")


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event with the contract's fields; ``evidence`` is a span of the sentence."""

    event: EventType
    mode: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    polarity: Polarity
    event_date: str
    event_date_precision: str
    evidence: tuple[int, int]
    context: str = ""
    trigger: str = ""
    derived: dict[str, Any] = field(default_factory=dict)
    anchor: tuple[int, int] = (0, 0)
    """Characters of the words that triggered the event (inside ``evidence``; not part of the contract)."""

    @property
    def words_at(self) -> tuple[int, int]:
        """Where the event's words are: its anchor, or its evidence when no anchor was kept."""
        return self.anchor if self.anchor != (0, 0) else self.evidence

    def to_dict(self) -> dict[str, Any]:
        """The event as a ``detente code --jsonl`` event object."""
        derived = self.derived or derived_fields(self.event, self.mode)
        return {
            "event": self.event.value,
            "mode": self.mode,
            "context": self.context,
            "source": list(self.source),
            "target": list(self.target),
            "polarity": self.polarity.value,
            "event_date": self.event_date,
            "event_date_precision": self.event_date_precision,
            "cameo": derived["cameo"],
            "goldstein": derived["goldstein"],
            "score": derived["score"],
            "quad": derived["quad"],
            "evidence": {"start": self.evidence[0], "end": self.evidence[1]},
        }


# ----------------------------------------------------------------------------------------------- stage 2: actors


def _lemma_candidates(word: str) -> list[str]:
    out = [word]
    for suffix in ("ing", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            out += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])
    return out


def _complement_mode(tokens: Sequence[Token], trig: Trigger, patterns: PatternSet) -> str:
    """Mode of a request from the verb after "to" ("urged Russia to withdraw" → yield)."""
    for i in range(trig.tok_end, min(len(tokens) - 1, trig.tok_end + 12)):
        if tokens[i].norm in SCOPE_BREAK:
            break
        if tokens[i].norm in ("to", "that"):
            # "urged Russia to (immediately) withdraw"; "demanded that Russia (should) release"
            reach = 3 if tokens[i].norm == "to" else 7
            for j in range(i + 1, min(len(tokens), i + reach)):
                for cand in _lemma_candidates(tokens[j].norm):
                    mode = patterns.complement_modes.get(cand)
                    if mode:
                        return mode
            break
    return ""


def _consult_mode(ctx: _Context, roles: Roles) -> str:
    cue = ctx.consult_cue()
    if cue:
        return cue
    if len(roles.source) + len(roles.target) >= 3:
        return "multilateral"
    return ""


def _event_mode(ctx: _Context, trig: Trigger, roles: Roles, governed: EventType | None) -> str:
    rule = trig.match.rule
    if rule.mode != "auto":
        return rule.mode
    if rule.event is EventType.CONSULT:
        return _consult_mode(ctx, roles)
    if rule.event is EventType.THREATEN and governed is not None:
        return _HOSTILE.get(governed, "")
    if rule.event in (EventType.REQUEST, EventType.REJECT):
        return _complement_mode(ctx.tokens, trig, ctx.patterns)
    return ""


def _governed_type(tokens: Sequence[Token], trig: Trigger, patterns: PatternSet) -> EventType | None:
    """The type of the act a governing trigger is about ("threatened *to impose sanctions*")."""
    end = min(len(tokens), trig.tok_end + 12)
    found = patterns.find(tokens[trig.tok_end : end], {})
    return found[0].rule.event if found else None


# ----------------------------------------------------------------------------------------------- stage 6: assemble


@dataclass(slots=True)
class _Context:
    text: str
    tokens: list[Token]
    units: list[Unit]
    date: dt.date
    speaker: str | None
    patterns: PatternSet
    participants: tuple[str, ...] = ()
    dictionary: ActorDictionary | None = None
    reported_meeting: bool = False
    _dates: dict[bool, list[DateMention]] = field(default_factory=dict)
    _consult: list[str] = field(default_factory=list)

    def dates(self, future: bool) -> list[DateMention]:
        if future not in self._dates:
            self._dates[future] = find_dates(self.text, self.date, future=future)
        return self._dates[future]

    def consult_cue(self) -> str:
        """The CONSULT mode the sentence's words suggest ("" when none), found once per sentence."""
        if not self._consult:
            found = [
                m
                for m, index in self.patterns.consult_modes
                if index.any_in(self.tokens, 0, len(self.tokens))
            ]
            self._consult.append(found[0] if found else "")
        return self._consult[0]

    def demonym(self, word: str) -> str | None:
        """The actor code one word names on its own ("American"), for readers that meet it inside a name."""
        if self.dictionary is None:
            return None
        return next((m.code for m in self.dictionary.match(word, date=self.date) if m.code), None)


_DECIDING = words(
    "decide decides decided order orders ordered instruct instructs instructed announce announces announced"
)
_TAKING = words("take takes took taken taking")


_DECIDED_HOSTILE = frozenset({EventType.SANCTION, EventType.MOBILIZE, EventType.COERCE})
_DECIDER_VERBS = words("agreed decided resolved ruled ordered")


_ANNOUNCING = words("announced announces")
_WILL = words("will would shall")


def _announcer(ctx: _Context, trig: Trigger) -> Unit | None:
    """Who announced that a hostile act will be done: "announced that two NATO officials ... would be asked
    to leave the country" (the announcer expels them)."""
    sayer = sayer_before(ctx.tokens, ctx.units, trig.tok_start, _ANNOUNCING)
    if sayer is None:
        return None
    said = next(i for i in range(sayer.tok_end, trig.tok_start) if ctx.tokens[i].norm in _ANNOUNCING)
    return sayer if any(t.norm in _WILL for t in ctx.tokens[said : trig.tok_start]) else None


_AGREEMENTS = words("treaty agreement accord pact convention deal")


def _leaves_named_treaty(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "withdraw from it" / "pull out of it" where "it" is a treaty named earlier in the sentence: "was
    suspending its obligations under the INF Treaty and would withdraw from it in six months"."""
    after = tokens[trig.tok_end].norm if trig.tok_end < len(tokens) else ""
    inside = {t.norm for t in tokens[trig.tok_start : trig.tok_end]}
    return (
        after == "it"
        and bool(inside & {"from", "of"})
        and any(t.norm in _AGREEMENTS for t in tokens[: trig.tok_start])
    )


def _out_of_treaty(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "has withdrawn from the Treaty on Conventional Armed Forces in Europe": a pull-out phrase whose gap
    runs through a treaty's name ("withdraw * forces" reaching "Armed Forces") leaves the treaty, not
    ground."""
    inside = [t.norm for t in tokens[trig.tok_start : trig.tok_end]]
    return any(
        inside[k] in ("from", "of") and any(w in _AGREEMENTS for w in inside[k + 1 : k + 4])
        for k in range(1, len(inside) - 1)
    )


def _decided_before(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A verb of deciding or ordering shortly before the trigger, in the same sentence part ("decided to
    drastically reduce military activity", "announced that the troops would return to their bases")."""
    for i in range(trig.tok_start - 1, max(-1, trig.tok_start - 24), -1):
        if tokens[i].norm in (";", ".", ":"):
            return False
        if tokens[i].norm in _DECIDING or written5.announcing(tokens[i].norm):
            return True
        if tokens[i].norm in ("decision", "decisions") and i >= 2 and tokens[i - 2].norm in _TAKING:
            return True  # "I have taken the decision to end the operation" (s23)
    return False


_ENVOYS = words("diplomat diplomats ambassador ambassadors envoy envoys attache attaches consul chargé")
_CLAIMING = words(
    "claim claims claimed pretend pretends pretended purport purports purported profess professes"
)


_OBLIGING = words("must should ought")
_OBLIGED_TO = words("has have had needs need")


def _demanded_of(ctx: _Context, trig: Trigger, roles: Roles) -> Roles | None:
    """Roles of a demand when the act is what its subject must do by someone else's word: "must", "should",
    "has to", "needs to" right before the verb, a named subject, and a sayer (or the statement's speaker)
    other than the subject."""
    if not trig.verbal or not roles.source or trig.match.rule.accused_subject:
        return None
    i = trig.tok_start - 1
    while i >= 0 and (
        ctx.tokens[i].norm.endswith("ly") or ctx.tokens[i].norm in ("not", "also", "now", "then")
    ):
        i -= 1  # "must legally guarantee", "must not deploy", "must now withdraw"
    if i < 0:
        return None
    word = ctx.tokens[i].norm
    obliged = word in _OBLIGING or (
        word == "to" and i > 0 and ctx.tokens[i - 1].norm in _OBLIGED_TO | words("ought")
    )
    if not obliged:
        return None
    sayer = sayer_before(ctx.tokens, ctx.units, i) or trailing_sayer(ctx.tokens, ctx.units, trig)
    requester = sayer.code if sayer is not None and sayer.code else ctx.speaker
    if requester is None or requester in roles.source:
        return None
    return Roles((requester,), roles.source, roles.span)


_HISTORY_YEARS = 2  # a stated date this many calendar years before publication is history
_SPAN_OPENERS = frozenset({"since", "until", "by", "throughout"})


def _dated_long_before(ctx: _Context, trig: Trigger, verbal_before: Sequence[Trigger]) -> bool:
    """An act told after the sentence's own act and dated in its own clause years before publication:
    background told in passing, not the news ("forced us to ... when it withdrew from the ABM Treaty in 2002",
    "a response to Washington's withdrawal from the ABM Treaty in 2002"). A span reaching the present ("has
    not met since January 2022", "by 2002") is not a date of the act."""
    if _since_when(ctx, trig):
        return True
    if not verbal_before:
        # the sentence's own act, dated however far back: history told with its date is still an event of
        # the relationship ("In August 2008, the Alliance suspended formal meetings of the NRC")
        return False
    return _history_date_near(ctx, trig)


def _history_date_near(ctx: _Context, trig: Trigger) -> bool:
    """A date years before publication stands in the trigger's own stretch of the clause ("was arrested
    in 2006", "in 2002 withdrew from"), no punctuation between them."""
    for mention in ctx.dates(False):
        if mention.value.value.year > ctx.date.year - _HISTORY_YEARS:
            continue
        opening = ctx.text[max(0, mention.start - 11) : mention.end].lower().split()
        if any(word in _SPAN_OPENERS for word in opening[:3]):
            continue  # "has not met since January 2022"
        if mention.end <= trig.start:
            between = ctx.text[mention.end : trig.start]
        elif mention.start >= trig.end:
            between = ctx.text[trig.end : mention.start]
        else:
            return True
        if len(between) <= 60 and not any(mark in between for mark in ",;:()\u2013\u2014"):
            return True
    return False


_SINCE_WHEN = re.compile(r"\s*,?\s*when\s+(?:\w+\s+){0,3}$", re.I)


def _unnamed_detention(ctx: _Context, trig: Trigger) -> bool:
    """An arrest, charge or prison term told by its own verb, with no one named on either side ("A
    man in his forties was arrested and later charged, officers said"): crime news, still a detention by the
    authorities; not when dated years back ("when Epstein was arrested in 2006")."""
    return (
        trig.verbal
        and trig.match.rule.event is EventType.COERCE
        and trig.match.rule.mode == "arrest"
        and coercion.legal_process(ctx.tokens, trig.tok_start, trig.tok_end)
        and not _history_date_near(ctx, trig)
        and not any(t.norm in _DEONTIC for t in ctx.tokens[max(0, trig.tok_start - 4) : trig.tok_start])
    )


_DEONTIC = words("should must ought could might may would can")


def _since_when(ctx: _Context, trig: Trigger) -> bool:
    """ "since June 2, 2011, when we signed the Charter, we have convened nearly every year": the act of
    the "when" clause is dated at the start of the span, years before publication."""
    for mention in ctx.dates(False):
        if mention.value.value.year > ctx.date.year - _HISTORY_YEARS or mention.end > trig.start:
            continue
        opening = ctx.text[max(0, mention.start - 11) : mention.start].lower().split()
        if opening[-1:] == ["since"] and _SINCE_WHEN.fullmatch(ctx.text[mention.end : trig.start]):
            return True
    return False


def _owned_act(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A noun act with its doer's possessive before it ("Russia's illegal annexation"): the act is taken as
    done, whatever the verb governing the phrase denies ("does not recognise", "never accepted")."""
    j = trig.tok_start - 1
    while j >= 0 and trig.tok_start - j <= 5:
        norm = tokens[j].norm
        if norm in ("'s", "\u2019s", "'"):
            return True
        if norm in ("and", ",") or (tokens[j].text[:1].islower() and tokens[j].is_word and norm != "no"):
            j -= 1
            continue
        return False
    return False


def _nobody_subject(tokens: Sequence[Token], trig: Trigger, floor: int) -> bool:
    """The clause's subject is "no one" / "nobody" / "none of ..." before the verb."""
    words_before = [t.norm for t in tokens[max(floor, trig.tok_start - 8) : trig.tok_start]]
    return "nobody" in words_before or any(
        a == "no" and b == "one" for a, b in itertools.pairwise(words_before)
    )


def _agenda(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A future meeting's topics: "will focus on", "is expected to discuss"."""
    head = tokens[trig.tok_start].norm
    before = [t.norm for t in tokens[max(0, trig.tok_start - 3) : trig.tok_start]]
    return head.startswith("focus") or (before[-2:] == ["expected", "to"] and head.startswith("discuss"))


def _after_without(tokens: Sequence[Token], trig: Trigger) -> bool:
    """The verb is the gerund of a "without" phrase: "without violating", "without the citizens ever having
    been asked" (but not "agreed to start talks without delay and discussed ...")."""
    i = trig.tok_start
    gerund = tokens[i].norm.endswith("ing") or (
        i >= 2 and tokens[i - 1].norm == "been" and tokens[i - 2].norm == "having"
    )
    if not gerund:
        return False
    for j in range(i - 1, max(-1, i - 11), -1):
        if tokens[j].norm in ("'s", "’s"):
            continue  # "without the country's citizens ever having been asked"
        if not tokens[j].is_word or tokens[j].norm in ("and", "or", "but"):
            return False
        if tokens[j].norm == "without":
            return True
    return False


def _decided_to(tokens: Sequence[Token], trig: Trigger) -> bool:
    """The verb is the infinitive of a decision: "decided (on 5 March) to resume meetings"."""
    i = trig.tok_start
    if i < 2 or tokens[i - 1].norm != "to":
        return False
    for j in range(i - 2, max(-1, i - 9), -1):
        if tokens[j].norm in (";", ".", ":", ","):
            return False
        if tokens[j].norm in ("decide", "decides", "decided", "deciding"):
            return True
    return False


def _looks_alike(tokens: Sequence[Token], trig: Trigger, etype: EventType) -> bool:
    """Wire-news look-alikes of an act (see :mod:`detente.coding.lookalikes`): a named act described as a
    feature or topic, a forecast told with "expect ... to", "sanctions" as a modifier."""
    if not trig.verbal and etype is not EventType.CONSULT and lookalikes.described_act(tokens, trig):
        return True  # "Prisoner exchanges ... have been a regular feature of the peace process"
    if etype is EventType.SANCTION and lookalikes.sanctions_modifier(tokens, trig):
        return True  # "Sanctions relief is expected to dominate the talks"
    if etype is EventType.PROTEST and trig.verbal and lookalikes.forces_blocking(tokens, trig):
        return True  # "with troops blocking a bridge": a state's measure, no protest
    return etype is EventType.REQUEST and trig.verbal and lookalikes.forecast_expectation(tokens, trig)


_NOT_ONLY = frozenset({"only", "just", "merely", "simply", "solely"})


def _not_only(tokens: Sequence[Token], i: int) -> bool:
    """ "discussed not only trade but also security": "not" before "only" adds, it does not deny."""
    return tokens[i].norm == "not" and i + 1 < len(tokens) and tokens[i + 1].norm in _NOT_ONLY


def _event_for(ctx: _Context, trig: Trigger, verbal_before: Sequence[Trigger]) -> Event | None:
    if newsactors.office_modifier(ctx.tokens, trig):
        return None  # "Former finance minister X was elected": a title's modifier, no act (s22-newsactors)
    verbal = trig.verbal  # (s36-speed12: read once; the trigger is the same throughout)
    roles = assign_roles(
        ctx.text,
        ctx.tokens,
        ctx.units,
        trig,
        verbal_before=verbal_before,
        speaker=ctx.speaker,
        participants=ctx.participants,
        reported_meeting=ctx.reported_meeting,
        judged=not verbal and statements.judged_noun(ctx, trig),
    )
    if roles is None:
        return None
    predicate = (
        lightacts.subject_predicate(ctx.tokens, ctx.units, trig)
        if lightacts.told_as_subject(ctx.tokens, trig)
        else None
    )
    if predicate is not None and lightacts.undone(ctx.tokens, trig, predicate, roles):
        return None  # "Restrictive measures against Russian officials were discussed by EU ministers"
    if predicate is not None:
        # "A decision to suspend cooperation was taken by the North Atlantic Council": the Council did it;
        # "The expulsion of Russian diplomats was condemned by the Kremlin": the Kremlin only judged it
        roles = lightacts.roles_after_predicate(predicate, roles)
    rule = trig.match.rule  # (s36-speed12: read once; every branch below reads it)
    if verbal and rule.event is EventType.PROTEST and _crowd_participle(ctx, trig):
        # "detained thousands of people protesting against the results", "monks marching in Yangon": the
        # participle's subject is the crowd right before it, not the clause's subject
        roles = dataclasses.replace(
            roles,
            source=("protesters",),
            target=tuple(c for c in roles.target if c != "protesters"),
            crowd=True,
        )
    elif (
        not verbal
        and rule.event is EventType.PROTEST
        and ctx.tokens[trig.tok_start].norm in _CROWD_NOUNS
        and not roles.crowd
    ):
        # "thousands of Lebanese protested against ...", "police detained hundreds of people protesting
        # against ...": a crowd protests, its own state (when that was taken for the doer) is protested to
        states = (
            tuple(c for c in roles.source if c.isupper())
            or tuple(
                u.code for u in ctx.units if u.code is not None and u.kind in ("state", "metonym", "demonym")
            )[:1]
        )
        roles = dataclasses.replace(roles, source=("protesters",), target=roles.target or states, crowd=True)
    roles = _unled_protest(ctx, trig, roles)
    if not roles.source and verbal and rule.event in _DECIDED_HOSTILE:
        decider = sayer_before(ctx.tokens, ctx.units, trig.tok_start, _DECIDER_VERBS) or _announcer(ctx, trig)
        if decider is not None and decider.code is not None and decider.code not in roles.target:
            # "NATO foreign ministers agreed ... that meetings of the NATO-Russia Council would be put on hold":
            # a hostile act with no doer named is done by whoever decided it
            roles = dataclasses.replace(roles, source=(decider.code,))
    if verbal and rule.event is EventType.COERCE and rule.mode == "arrest" and roles.source:
        # "police have made 378 arrests, the National Police Chiefs' Council said": no one arrests itself
        roles = dataclasses.replace(roles, target=coercion.not_the_arrester(roles.source, roles.target))
    elif verbal and rule.event is EventType.COERCE and rule.mode == "arrest":
        body = coercion.arresting_body(ctx.tokens, ctx.units, trig)
        if body is not None:
            # "a man was arrested, police said": the police arrested him, they are not the arrested
            roles = dataclasses.replace(
                roles, source=(body,), target=tuple(c for c in roles.target if c != body)
            )
    if any(code in JOINT_FORUMS for code in roles.source):
        # "the Permanent Joint Council condemned the attacks": both sides of the council act, and their
        # own names after the verb are no target ("agreed to expand transit through Russian territory")
        sides = forum_sides(roles.source)
        roles = dataclasses.replace(
            roles, source=sides, target=tuple(c for c in roles.target if c not in sides)
        )
    elif (
        any(code in JOINT_FORUMS for code in roles.target)
        and rule.event is EventType.CONSULT
        and trig.match.phrase.source.startswith(("attend", "take part", "participate"))
        and not refused_to(ctx.tokens, trig, clause_floor(ctx.tokens, trig.tok_start))
    ):
        # "Putin attended the meeting of the NATO-Russia Council": the council's sides met
        sides = tuple(dict.fromkeys((*roles.source, *forum_sides(roles.target))))
        roles = dataclasses.replace(roles, source=sides, target=(), mutual=True)
    elif any(code in JOINT_FORUMS for code in roles.target):
        # "NATO froze meetings of the NATO-Russia Council": the council's other side is acted on
        other = tuple(c for c in forum_sides(roles.target) if c not in roles.source)
        roles = dataclasses.replace(roles, target=other)
    if verbal and trig.match.phrase.source.startswith("be ") and rule.mode == "seize":
        annexed = _annexing_state(ctx, trig)
        if annexed is None:
            return None
        roles = dataclasses.replace(roles, source=annexed[0], target=annexed[1])
    if not verbal and rule.event is EventType.THREATEN and not roles.source:
        roles = _threat_by_sayer(ctx, trig, roles)  # "our response will not be long in coming"
    if verbal and rule.event is EventType.COERCE and roles.target in ((), ("police",)):
        roles = _passive_detainee(ctx, trig, roles)  # "A 26-year-old man was arrested, police said"
        roles = newsrecall.charged_person(ctx.tokens, ctx.units, trig.tok_start, roles)  # (s26)
    if (
        verbal
        and rule.event is EventType.COERCE
        and rule.mode == "arrest"
        and not roles.target
        and coercion.passive_subject(ctx.tokens, trig) is None
        and coercion.private_detainee(ctx.tokens, ctx.units, trig)
    ):
        # "Police detained the owner and the manager of the hostel": private people held by the law
        roles = dataclasses.replace(roles, target=(_DETAINEE,))
    if (
        verbal
        and rule.event is EventType.COERCE
        and rule.mode == "arrest"
        and not roles.target
        and not coercion.political_case(ctx.tokens)
        and coercion.legal_process(ctx.tokens, trig.tok_start, trig.tok_end)
    ):
        # "was charged in France with fraud": an ordinary arrest holds criminals (s28 policing)
        held = policing.ordinary_sides(ctx.tokens, ctx.units, trig.tok_start, roles.source)
        if held is not None:
            roles = dataclasses.replace(roles, source=held[0], target=held[1])
    owner = (
        policing.list_owner(ctx.tokens, ctx.units, trig.tok_start, trig.tok_end)
        if verbal and rule.event is EventType.COERCE and rule.mode == "restrict"
        else None
    )
    if owner is not None:
        # "Turkey and Poland added to UK quarantine list": the list's state lists the others (s28 policing)
        others = tuple(c for c in (*roles.source, *roles.target) if c != owner)
        roles = dataclasses.replace(roles, source=(owner,), target=tuple(dict.fromkeys(others)))
    if _measure_by_speaker(ctx, trig, roles):
        # "Seven members of Russia's Mission to NATO have had their accreditation withdrawn" in a statement
        # by the Secretary General: a statement announcing a cut in relations with no doer named is the
        # speaker's own measure
        roles = dataclasses.replace(roles, source=(ctx.speaker,) if ctx.speaker else ())
    actorless = not (roles.source or roles.target or roles.named)
    stands_alone = verbal and (
        rule.event in _STANDS_ALONE
        or (
            rule.event is EventType.ASSAULT
            and war_weapon_near(ctx.tokens, trig)
            and not attributive(ctx.tokens, trig)
        )
        or _unnamed_detention(ctx, trig)
    )
    # "Poland expelled five Russian diplomats; response measures will follow": an answer to the act before
    # it, whose sides the sentence passes take from that act (or drop it with the act's sides unknown)
    answers_before = (
        not verbal
        and rule.event is EventType.THREATEN
        and bool(verbal_before)
        and trig.tok_start > 0
        and ctx.tokens[trig.tok_start - 1].norm in (";", ",", "and")
    )
    if REQUIRE_ACTOR and actorless and not stands_alone and not answers_before:
        return None  # no actor at all: nothing to say who did what to whom
    etype = rule.event
    if (
        background(ctx.tokens, trig, verbal_before)
        or perfect_relative(ctx.tokens, trig, verbal_before)
        or generic_relative(ctx.tokens, trig, verbal_before)
        or (
            short_quote(ctx.text, trig)
            and not quoted_verdict(trig)
            and not newsactors.speech_quote(ctx.text, trig)
        )
        or unreal_act(ctx.tokens, trig)
        or in_condition(ctx.tokens, trig)
        or in_purpose(ctx.tokens, trig)
        or topic_gerund(ctx.tokens, trig)
        or handled_gerund(ctx.tokens, trig)
        or gerund_subject(ctx.tokens, trig)
        or topic_clause(ctx.tokens, trig)
        or private_travellers(ctx.tokens, trig)
        or private_purpose(ctx.tokens, trig)
        or predicted(ctx.tokens, trig)
        or noun_compound(ctx.tokens, trig)
        or craft_compound(ctx.tokens, trig)
        or sporting_fixture(ctx.tokens, ctx.units, trig)
    ):
        return None
    if designation_aside(ctx.tokens, trig):
        return None  # "the Legion - outlawed as an extremist movement by Canada": how the group is listed
    if etype in _COOPERATIVE_WORDS and welcome_to_whoever(ctx.tokens, ctx.units, trig):
        return (
            None  # "we will always welcome anyone who wants to cooperate with Russia": no one in particular
        )
    if etype is EventType.SUPPORT and congratulates_a_group(ctx.tokens, trig):
        return None  # "congratulate the Moscow State University team on their victory": a courtesy
    if _looks_alike(ctx.tokens, trig, etype):
        return None  # "Missile tests by North Korea are a recurring topic ...": described, not told
    if reduced_relative(ctx.tokens, ctx.units, trig):
        return None  # "the sailors detained near the Kerch Strait last November": a description
    if etype is EventType.CONCEDE and gives_way_to_a_thing(ctx.tokens, ctx.units, trig):
        return None  # "a rally that gave way to riots": one thing turned into another, no concession
    if etype is EventType.COERCE and coercion.captured_amount(ctx.tokens, trig):
        return None  # "the top 1 percent captured more than 14 percent of national income": a share
    if etype is EventType.COERCE and coercion.misread(ctx.tokens, trig):
        return None  # "seized power", "used tear gas to disperse them", "blocked crossings to protest"
    if etype is EventType.ACCUSE and own_regret(ctx.tokens, trig):
        return None  # "apologised and expressed regret for his remarks": an apology
    if (
        etype is EventType.AID
        and not roles.source
        and lookalikes.help_with_a_task(ctx.tokens, ctx.units, trig)
    ):
        return None  # "These plants help purify the air": a thing helped done, no one aided
    if (
        etype is EventType.SANCTION
        and verbal
        and ctx.tokens[trig.tok_start].norm.startswith(("advis", "warn"))
        and lookalikes.safety_advisory(ctx.tokens, trig)
    ):
        return None  # "advising its citizens against traveling to the border area": safety, no sanction
    if etype is EventType.SUPPORT and verbal and lookalikes.signing_called_for(ctx.tokens, trig):
        return None  # "calls of the Soviet Union to ... sign an Eastern European pact": asked for, not signed
    if etype is EventType.RETREAT and verbal and lookalikes.leaving_office_as_time(ctx.tokens, trig):
        return None  # "though he was leaving office", "since leaving office": a term ending, no resignation
    if etype is EventType.ASSAULT and verbal and lookalikes.killing_time(ctx.tokens, trig):
        return None  # "played cards to kill time": no one killed
    if etype is EventType.ASSAULT and lookalikes.striking_workers(ctx.tokens, trig):
        return None  # "striking miners blocked the road": on strike, no one struck (s27)
    if etype is EventType.ASSAULT and adjectival.targeted_as_modifier(ctx.tokens, trig):
        return None  # "we must build up targeted support": aid aimed at a group, no attack (s24-kpool)
    if (
        etype is EventType.PROTEST
        and rule.mode == "riot"
        and verbal
        and lookalikes.vandalism_not_riot(ctx.tokens, trig)
    ):
        return None  # "Vandals smashed windows of the mosque overnight": a crime, no crowd
    if etype is EventType.ACCUSE and lookalikes.condolence_regret(ctx.tokens, trig):
        return None  # "Moscow regrets the death of the Turkish ambassador": sorrow, not blame
    if etype in (EventType.AID, EventType.COOPERATE) and lookalikes.trade_share(ctx.tokens, trig):
        return None  # "Russian exports to Kyrgyzstan grew 24 percent": commerce measured, no act
    if (
        etype is EventType.SANCTION
        and rule.mode == "cancel"
        and lookalikes.trip_put_off_for_another_reason(ctx.tokens, ctx.units, trig, roles.target)
    ):
        return None  # "postponed his trip to Norway amid rising tensions with Pakistan": no measure against Norway
    floor = clause_floor(ctx.tokens, trig.tok_start)
    polarity = polarity_of(ctx.tokens, trig.tok_start, ctx.patterns, floor=floor)
    if polarity in (Polarity.ASSERTED, Polarity.FUTURE) and _no_subject(ctx.tokens, trig, floor):
        polarity = (
            Polarity.NEGATED
        )  # "No Allied ships entered Russian waters", "No NATO troops will be deployed"
    if polarity is Polarity.ASSERTED and verbal:
        polarity = _shared_modal(ctx, trig, verbal_before) or polarity
    if (
        polarity is Polarity.ASSERTED
        and future_cue(ctx.patterns, ctx.tokens, trig.tok_start, trig.tok_end)
        and ctx.tokens[trig.tok_end - 1].norm != "blame"  # "is to blame": a judgement now, not a plan
    ):
        polarity = Polarity.FUTURE  # "is due in Tehran on Friday": the phrase itself is a future
    if polarity is Polarity.ASSERTED and headline.planned_act(ctx.tokens, ctx.units, trig):
        polarity = Polarity.FUTURE  # "NATO to suspend cooperation with Russia": a headline's plan
    if polarity is Polarity.ASSERTED and predicate is not None and (predicate.negated or predicate.modal):
        # "A decision to suspend cooperation has not been taken", "would be taken only as a last resort"
        polarity = Polarity.NEGATED if predicate.negated else Polarity.HYPOTHETICAL
    if polarity is Polarity.ASSERTED and lightacts.weighed_object(ctx.tokens, trig):
        polarity = Polarity.HYPOTHETICAL  # "The EU is considering restrictive measures against ..."
    if polarity is Polarity.ASSERTED and not verbal and _future_predicate(ctx.tokens, trig):
        polarity = Polarity.FUTURE  # "the joint exercise ... will be held from 14 to 20 September"
    if polarity is Polarity.NEGATED and not verbal and _owned_act(ctx.tokens, trig):
        polarity = Polarity.ASSERTED  # "NATO does not recognise Russia's annexation of Crimea": it happened
    if (
        polarity is Polarity.NEGATED
        and not verbal
        and second.doer_after_comma(ctx.tokens, ctx.units, trig.tok_end)
    ):
        polarity = Polarity.ASSERTED  # "... the annexation of Crimea, which Moscow proclaimed" (s26-second)
    # a negator the phrase itself spells ("our response will not be long in coming") is its meaning
    spelt = any(el.words & _NEGATORS for el in trig.match.phrase.elements)
    if (
        not spelt
        and any(
            ctx.tokens[i].norm in _NEGATORS and not _not_only(ctx.tokens, i)
            for i in range(trig.tok_start + 1, min(trig.tok_end + 1, len(ctx.tokens)))
        )
    ) or (not verbal and trig.tok_start > 0 and ctx.tokens[trig.tok_start - 1].norm == "no"):
        # "poses no threat", "reached no agreement", "offered no evidence": negated inside or right after
        polarity = Polarity.NEGATED
    if polarity in (Polarity.ASSERTED, Polarity.NEGATED) and _dated_long_before(ctx, trig, verbal_before):
        return None  # "Back in 1957 it established diplomatic relations with Ghana": history, not news
    if actorless and polarity not in (Polarity.ASSERTED, Polarity.NEGATED) and _unnamed_detention(ctx, trig):
        return None  # "someone in your position would be thrown in jail": no detention told
    if verbal and _nobody_subject(ctx.tokens, trig, floor):
        return None  # "no one in Washington has been asked for such recognition": no one acted
    if (
        etype is EventType.COERCE
        and ctx.tokens[trig.tok_start].norm.startswith("charg")
        and not roles.source
        and roles.target
        and all(code.isupper() for code in roles.target)
    ):
        return None  # "Moscow was charged with breaching the accord": a state charged is blamed, not held
    demanded = _demanded_of(ctx, trig, roles)
    if demanded is not None:
        # "NATO must legally guarantee that it will not expand" in a Russian statement, "Russia must withdraw
        # its troops, the Secretary General said": what one actor says another must do is a demand
        verb = ctx.tokens[trig.tok_start].norm
        mode = next((m for c in _lemma_candidates(verb) if (m := ctx.patterns.complement_modes.get(c))), "")
        return _finish(
            ctx,
            EventType.REQUEST,
            mode,
            demanded,
            Polarity.ASSERTED,
            trig.start,
            trig.end,
            trig.match.phrase.source,
        )
    if etype is EventType.SUPPORT and cooperation.material_support(ctx.tokens, trig.tok_start, trig.tok_end):
        etype, mode = EventType.AID, ""  # "provided Moldova with budget support": help given, not praise
    if (
        etype in (EventType.RETREAT, EventType.CONCEDE)
        and not cooperation.gives_up_a_claim(ctx.tokens, trig.tok_start, trig.tok_end)  # "withdrew its veto"
        and _quits_a_body(ctx, trig, roles.target)
    ):
        # "Burkina Faso, Mali and Niger pulled out of ECOWAS": ties ended; "vowed to pull out of NATO": threatened
        vowed = ctx.tokens[trig.tok_start].norm in _VOWING
        etype = EventType.THREATEN if vowed else EventType.SANCTION
    if etype is EventType.AGREE and _vows_to_quit(ctx, trig):
        # "Trump vowed to quit the Paris agreement", "vowed to pull out of NATO": a promised break is a threat
        etype = EventType.THREATEN
    # "refused to hand over bin Laden", "declined to commit to an increase": a rejection
    refused = (
        verbal
        and etype in (*_COOPERATIVE, EventType.AGREE, EventType.SUPPORT)
        and refused_to(ctx.tokens, trig, floor)
    )
    governed = _governed_type(ctx.tokens, trig, ctx.patterns) if etype is EventType.THREATEN else None
    mode = _event_mode(ctx, trig, roles, governed)
    if refused:
        refused_mode = _REFUSED_MODE.get(etype, "")
        # the refusal's own polarity: "does not refuse to work with NATO" is no rejection told
        refusal = refusal_at(ctx.tokens, trig, floor)
        etype, mode = EventType.REJECT, refused_mode
        polarity = polarity_of(ctx.tokens, refusal, ctx.patterns, floor=floor)
    elif verbal and (
        intent_before(ctx.tokens, trig.tok_start, ctx.patterns, floor=floor)
        or (
            etype in (EventType.RETREAT, EventType.CONCEDE)
            and _intent_shared(ctx, trig, verbal_before, floor)
        )
    ):
        if etype in (EventType.RETREAT, EventType.CONCEDE) and len(roles.source) >= 2:
            # "the two delegations agreed to exchange a thousand prisoners each": a deal between the sides,
            # not one side's concession to the other
            etype, mode = EventType.AGREE, ""
            if polarity is Polarity.FUTURE:
                polarity = Polarity.ASSERTED
        elif etype in (EventType.RETREAT, EventType.CONCEDE):
            # PLOVER: a promised concession ("pledged to free the detainees", "offered to pull back") is a
            # CONCEDE — verbal, with no material effect yet
            etype, mode = EventType.CONCEDE, ""
            if polarity is Polarity.FUTURE:
                polarity = Polarity.ASSERTED
        elif etype is EventType.SUPPORT and performative_wish(ctx.tokens, trig):
            pass  # "I want to thank Lord Robertson for ...": the thanks are given now, no intent
        elif etype in _COOPERATIVE or etype is EventType.SUPPORT:
            etype, mode = EventType.AGREE, ""
            if polarity is Polarity.FUTURE:
                polarity = Polarity.ASSERTED  # "intend to develop relations": the intent is stated now
        elif etype is EventType.SANCTION and _agreed_to(ctx.tokens, trig):
            polarity = Polarity.ASSERTED  # "EU ministers agreed to extend sanctions": deciding is imposing
        elif etype is EventType.MOBILIZE and _agreed_to(ctx.tokens, trig):
            # "Allies agreed to deploy four new battlegroups": a deployment decided, still to come
            polarity = Polarity.FUTURE
        elif etype in _HOSTILE:
            etype, mode = EventType.THREATEN, _HOSTILE[etype]
            if polarity is Polarity.FUTURE:
                polarity = Polarity.ASSERTED  # "is preparing to impose sanctions": the threat is made now
    elif (
        verbal
        and (etype in _COOPERATIVE or etype is EventType.SUPPORT)
        and etype not in (EventType.AGREE, EventType.RETREAT, EventType.CONCEDE)  # pull-backs: see below
        and _decided_to(ctx.tokens, trig)
    ):
        # "NATO foreign ministers decided on 5 March to resume formal meetings of the NRC": a decision to
        # cooperate is announced, the cooperation itself is still to come (PLOVER AGREE)
        etype, mode = EventType.AGREE, ""
        if polarity is Polarity.FUTURE:
            polarity = Polarity.ASSERTED
    elif (
        verbal
        and polarity in (Polarity.FUTURE, Polarity.HYPOTHETICAL)
        and etype in _COOPERATIVE
        and etype is not EventType.CONSULT
        and (
            _first_person_subject(ctx, trig)
            or _sayers_own_act(ctx, trig, roles)
            or commitments.said_by_its_doer(ctx.tokens, ctx.units, trig.tok_start, roles.source)
        )
    ):
        # "we will help": the speaker's promise; "if NATO works constructively, we will cooperate": a
        # conditional one (still hypothetical)
        etype, mode = EventType.AGREE, ""
        if polarity is Polarity.FUTURE:
            polarity = Polarity.ASSERTED
    if etype is EventType.COOPERATE and verbal and lookalikes.hoped_cooperation(ctx.tokens, trig):
        # "expressed hope that the two countries would continue working together": a wish stated now, by
        # the one who hopes, towards the others named
        etype, mode, polarity = EventType.AGREE, "", Polarity.ASSERTED
        roles = _hoper_agrees(ctx, trig, roles)
    if etype is EventType.ASSAULT and polarity is Polarity.FUTURE and vowed_force(ctx.tokens, trig):
        # "Turkey said it would keep hitting Assad's troops": force announced by its doer is a threat
        etype, mode, polarity = EventType.THREATEN, "", Polarity.ASSERTED
    if etype is EventType.RETREAT and verbal and _leaves_named_treaty(ctx.tokens, trig):
        etype, mode = (
            EventType.SANCTION,
            "discontinue",
        )  # "suspending its obligations under the INF Treaty and
        # would withdraw from it": the treaty left, as "withdraw from the treaty"
    elif etype is EventType.RETREAT and verbal and _out_of_treaty(ctx.tokens, trig):
        etype, mode = EventType.SANCTION, "withdraw"
    if (
        etype is EventType.RETREAT
        and mode == "withdraw"
        and verbal
        and _decided_before(ctx.tokens, trig)
        and not (trig.tok_end < len(ctx.tokens) and ctx.tokens[trig.tok_end].norm == "it")  # a treaty
    ):
        # "Shoigu ordered the troops to begin returning to their bases", "announced that Russia would pull
        # its troops out": a pull-back decided or announced, not yet seen, is PLOVER's verbal concession
        etype, mode, polarity = EventType.CONCEDE, "", Polarity.ASSERTED
    if etype is EventType.MOBILIZE and forces_pulled_back(ctx.tokens, trig):
        return None  # "ordered the troops deployed near the border to return": the pull-back is the event
    if etype is EventType.ASSAULT and act_halted(ctx.tokens, trig):
        return None  # "a moratorium on strikes against energy facilities": the halt, not an attack
    if etype is EventType.ASSAULT and fired_as_warning(ctx.tokens, trig):
        etype, mode = EventType.MOBILIZE, "weapons"  # "dropped bombs in the path of the destroyer": a warning
    if (
        etype is EventType.MOBILIZE
        and polarity is Polarity.NEGATED
        and restraint_on_condition(ctx.tokens, trig)
    ):
        # "will not deploy such missiles unless American ones appear there": a restraint offered
        etype, mode, polarity = EventType.CONCEDE, "", Polarity.ASSERTED
    helped_at = sent_to_help(ctx.tokens, trig) if etype in (EventType.MOBILIZE, EventType.COOPERATE) else None
    if helped_at is not None:
        # "sent troops into Bahrain to help the kingdom's rulers": military aid, to the side helped when the
        # words after "help"/"alongside" name it ("sent to Crimea to fight alongside Russian forces")
        etype, mode = EventType.AID, ""
        helped = next(
            (
                u.code
                for u in ctx.units
                if helped_at < u.tok_start <= helped_at + 4
                and u.code is not None
                and u.kind in ("state", "demonym", "metonym", "org", "title")
                and u.code not in roles.source
            ),
            None,
        )
        if helped is not None:
            roles = dataclasses.replace(roles, target=(helped,))
    if etype is EventType.ASSAULT and measure_targeting(ctx.tokens, trig):
        return None  # "sanctions on Russia targeting its energy sector": the measure's aim, no attack
    if etype is EventType.REQUEST and orders_own_forces_to_halt(ctx.tokens, trig):
        etype, mode = EventType.CONCEDE, ""  # "ordered the military to halt strikes on ...": a concession
    if etype in (EventType.COERCE, EventType.ASSAULT) and verbal and in_protest_after(ctx.tokens, trig):
        return None  # "occupied the legislature in protest at ...": the protest is the event
    if etype in (EventType.AID, EventType.MOBILIZE) and _own_forces_targeted(ctx, roles):
        return None  # "gave the Russian military the order": a state acting on its own forces
    if habitual(ctx.tokens, trig) or habitual_present(ctx.tokens, trig, ctx.patterns.past_forms):
        return None  # "The Council meets at the level of ambassadors every month": a schedule, not an event
    if etype is EventType.CONCEDE and trig.match.phrase.source.startswith(_RUNNING_AGAIN):
        if polarity is not Polarity.NEGATED:
            return None  # "will stand for re-election": a candidacy, no concession
        polarity = Polarity.ASSERTED  # "would not stand for re-election": stepping aside is the concession
    if (
        etype in (*_COOPERATIVE, EventType.AID, EventType.AGREE)
        and polarity is Polarity.NEGATED
        and verbal
        and announced_refusal(ctx.tokens, trig)
    ):
        # "Poland said it would not take in any refugees": an announced refusal
        etype, mode, polarity = EventType.REJECT, _REFUSED_MODE.get(etype, ""), Polarity.ASSERTED
    if (
        etype in (*_COOPERATIVE, EventType.AID)
        and etype is not EventType.CONSULT
        and polarity is Polarity.NEGATED
        and verbal
        and lookalikes.vowed_never(ctx.tokens, trig)
    ):
        # "North Korea said it would never give up its nuclear weapons": a refusal stated now
        etype, mode, polarity = EventType.REJECT, _REFUSED_MODE.get(etype, ""), Polarity.ASSERTED
    if etype is EventType.SUPPORT and polarity is Polarity.NEGATED and recognising(ctx.tokens, trig):
        # "Russia does not recognise the declaration", "will never recognise the referendums": a refusal
        etype, mode, polarity = EventType.REJECT, "", Polarity.ASSERTED
    if (
        etype in _HOSTILE_TYPES | {EventType.THREATEN}
        and polarity is Polarity.NEGATED
        and denial(ctx.tokens, trig)
    ):
        return None  # "we are not threatening anyone", "NATO has no plans to attack anyone": a denial
    if denied_gerund(ctx.tokens, trig):
        return None  # "The Israeli military has denied targeting Gaza's hospitals": a denial

    if etype in _HOSTILE_TYPES | {EventType.THREATEN} and (
        threatens_no_one(ctx.tokens, trig)
        or act_in_reports(ctx.tokens, trig)
        or no_one_did_it_said(ctx.tokens, trig)
    ):
        return None  # "Russia threatens nobody", "NATO is monitoring reports of Russian troop movements"
    if etype in _HOSTILE_TYPES | {EventType.THREATEN} and denied_or_rumoured(ctx.tokens, trig):
        # "denied that its aircraft had entered Estonian airspace", "reports that Russia moved ..."
        return None
    if (
        verbal
        and trig.tok_start >= 2
        and ctx.tokens[trig.tok_start - 1].norm == "to"
        and ctx.tokens[trig.tok_start - 2].norm in _CLAIMING
    ):
        return None  # "the freedom of the press the EU claims to defend": a claim about oneself, no act
    if verbal and _after_without(ctx.tokens, trig):
        # "flights carried out without violating the borders of other states" (a denial), "completed
        # without the citizens ever having been asked": the manner of another act, not a report
        return None
    if etype is EventType.CONSULT and polarity is Polarity.FUTURE and _agenda(ctx.tokens, trig):
        return None  # "the NRC summit will focus on missile defence": an agenda, not a meeting held
    if (
        etype in (EventType.CONCEDE, EventType.RETREAT)
        and len(roles.source) != 1
        and terms_of_a_deal(ctx.tokens, trig)
    ):
        return None  # "India and the UAE signed a trade pact that will remove tariffs": the deal's terms
    if etype is EventType.SUPPORT and any(
        t.norm.startswith("intra-") for t in ctx.tokens[trig.tok_start : trig.tok_end]
    ):
        return None  # "urged them to promote an intra-Libyan dialogue": ties among others, not with them
    if etype is EventType.REQUEST and not roles.target and trig.match.phrase.source == "invite":
        return None  # "invited Maurice Druon for dinner", "the football stars invited to the event": no one named
    if etype is EventType.REQUEST and roles.source and not roles.target and _asks_itself(ctx, trig, roles):
        return None  # "the Secretary General stressed the need for NATO to strengthen its defences": no one asked
    if (
        etype is EventType.RETREAT
        and not verbal
        and any(t.norm in _MODALS for t in ctx.tokens[trig.tok_start : trig.tok_end])
    ):
        return None  # "sanctions against Russia could be rolled back if ...": an easing only supposed
    if etype is EventType.PROTEST and campaign_rally(ctx.tokens, trig, roles.source):
        return None  # "Trump held a campaign rally in Hialeah": no protest against anyone
    if etype is EventType.ACCUSE and described_as_accused(ctx.tokens, trig):
        return None  # "arrested a football player accused of killing a man": who he is, not a new charge
    if etype is EventType.CONSULT and consults_for(ctx.tokens, trig):
        return None  # "consulted for organisations such as Amnesty": a consultant's work
    if etype is EventType.REJECT and denied_charge(ctx.tokens, trig):
        return None  # "who has rejected the charges": a denial, not a refusal
    if etype is EventType.SUPPORT and recognises_a_fact(ctx.tokens, trig):
        return None  # "recognises that the constitution struggles ...": knowing, not recognition
    if etype is EventType.REQUEST and public_appeal(ctx.tokens, trig):
        return None  # "police urged anyone with information to come forward": a notice to the public
    if etype is EventType.REQUEST and demand_in_the_market(ctx.tokens, trig):
        return None  # "covering 43 percent of its gas demand": demand met by supply, no one's request
    if etype is EventType.CONCEDE and market_demand(ctx.tokens, trig):
        return None  # "made it possible to meet the power demand of Crimea": supply, not a concession
    if etype in _COOPERATIVE and verbal and _failed_to(ctx.tokens, trig):
        return None  # "over the government's failure to end its violent crackdown": not done
    if verbal and _second_demand(ctx, trig, verbal_before):
        return None  # "must respect fundamental freedoms and end the crackdown": demanded, not reported
    if content_of_document(ctx.tokens, trig):
        return None  # "The drafts provide for NATO not to deploy forces ...": what a text says, not an act
    if (
        etype is EventType.CONSULT
        and trig.match.phrase.source.startswith("welcome")
        and (not _welcomes_a_visitor(ctx, trig) or _welcomed_in_an_effort(ctx.tokens, trig))
    ):
        etype, mode = EventType.SUPPORT, ""  # "NATO welcomed Finland to the Alliance": praise, not a visit
    if (
        etype is EventType.CONSULT
        and trig.match.phrase.source == "tell X about"
        and trig.match.slot is not None
        and any(u.kind == "pronoun" and u.tok_start == trig.match.slot[0] for u in ctx.units)
    ):
        return None  # "your colleagues told me about what was done": a report to the speaker, not a briefing
    if etype is EventType.CONSULT and verbal and _meets_the_press(ctx.tokens, trig):
        return None  # "after the talks the two Presidents met with journalists": a press conference
    if rule.event is EventType.CONSULT and verbal and not_a_phone_call(ctx.tokens, trig, roles.target):
        return None  # "called the police", "called his record 'troubling'": no side telephoned another
    if rule.event is EventType.CONSULT and meets_a_standard(ctx.tokens, trig):
        return None  # "Russia must meet its Minsk commitments": fulfilled, no meeting
    if (
        rule.event is EventType.ACCUSE
        and not roles.source
        and accused_of(ctx.tokens, trig)
        and not _state_accused(ctx, trig, roles.target)
    ):
        return None  # "a player accused of killing a man": the charge he faces, no one accusing
    if rule.event is EventType.SUPPORT and joins_no_body(ctx.tokens, trig, roles.target):
        return None  # "joined the Biden campaign", "joined the farmers' agitation": no accession
    if rule.event is EventType.CONSULT and verbal and focused_state(ctx.tokens, trig):
        return None  # "the exercises are focused on defending the coast": attention, not talks
    if etype is EventType.SUPPORT and verbal and _greeting(ctx.tokens, trig):
        return None  # "Mr Michel, colleagues, welcome", "it is a pleasure to welcome you": a greeting
    if (
        trig.tok_start > 0
        and ctx.tokens[trig.tok_start - 1].norm in _GENERALLY
        and not widely_criticised(ctx.tokens, trig)
    ):
        return None  # "internationally recognised as parts of Georgia": a standing description, not an act
    if etype is EventType.SUPPORT and not verbal and rule.owner_inside and not roles.target:
        return None  # "the accession of Finland and Sweden" to no one named: nothing joined
    if etype is EventType.SUPPORT and not verbal and roles.target:
        taken = _territory_admitted(ctx, trig)
        if taken:
            # "the treaty on the admission of the Republic of Crimea into the Russian Federation": a region of
            # another state taken in is an annexation
            etype, mode = EventType.COERCE, ""
            roles = dataclasses.replace(roles, source=roles.target, target=taken)
    if etype is EventType.SUPPORT and aspiration_to_join(ctx.tokens, trig):
        return None  # "Ukraine's bid to join NATO": a request (coded from the noun), not a joining
    if etype is EventType.SUPPORT and signs_domestic_act(ctx.tokens, trig):
        return None  # "Putin signed a decree suspending ...": a domestic act, not support for anyone
    if etype in (EventType.SUPPORT, EventType.AGREE) and lookalikes.sign_not_a_signing(ctx.tokens, trig):
        return None  # "people holding anti-immigration signs", "sign up for an account": nothing signed
    if etype is EventType.COERCE and lookalikes.tried_without_a_trial(ctx.tokens, trig):
        return None  # "trying to become parents for a third time": an attempt, not a trial
    if etype is EventType.AID and lookalikes.training_given_to_no_one(ctx.tokens, trig):
        return None  # "training programmes for teachers", "footballers training ahead of a match"
    if etype is EventType.SUPPORT and verbal and _signs_economic_deal(ctx.tokens, trig):
        etype, mode = EventType.COOPERATE, ""  # "signed deals on trade and energy": the cooperation itself
    if etype is EventType.ASSAULT and weapon_kind(ctx.tokens, trig):
        return None  # "attack helicopters": a kind of weapon
    if etype is EventType.COOPERATE and joint_press(ctx.tokens, trig):
        return None  # "held a joint news conference": the press, no cooperation
    if etype is EventType.AGREE and assent_in_conversation(ctx.tokens, trig):
        return None  # "I agree with you", "I can assure you that ...": said to the one spoken to
    if etype is EventType.AGREE and offers_nothing(ctx.tokens, trig):
        return None  # "Washington had offered no evidence": an offer of nothing to cooperate on
    if etype is EventType.REJECT and polarity is Polarity.NEGATED and possibility_left_open(ctx.tokens, trig):
        return None  # "I do not rule out that ...": a guess about what may happen, no refusal
    if etype is EventType.REQUEST and pushed_to_a_brink(ctx.tokens, trig):
        return None  # "has never driven the government to the edge of a shutdown": no request
    if etype is EventType.REJECT and polarity is Polarity.NEGATED and left_open(ctx.tokens, trig):
        return None  # "did not rule out running for the leadership": a course left open, no refusal
    if rule.accused_subject and polarity is Polarity.NEGATED:
        return None  # "NATO poses no threat to Russia": a denial, not an accusation
    if etype is EventType.CONCEDE and polarity is Polarity.NEGATED and verbal:
        # "will not compromise on the open door", "did not back down": a refusal
        etype, mode, polarity = EventType.REJECT, "yield", Polarity.ASSERTED
    if (
        etype is EventType.COERCE
        and mode == "deport"
        and any(t.norm in _ENVOYS for t in ctx.tokens[max(0, trig.tok_start - 4) : trig.tok_end + 4])
    ):
        etype, mode = EventType.SANCTION, "expel"  # "two Russian diplomats were expelled by the Netherlands"
    if etype is EventType.PROTEST and mode == "demo" and verbal and forces_subject(ctx.tokens, trig):
        etype, mode = EventType.MOBILIZE, "troops"  # "troops massed near the border": not a crowd
    if etype in _HOSTILE and polarity in _STATED_THREAT and conditional(ctx.tokens, trig):
        # "If elements of the US missile defence appear in Poland, Russia will deploy Iskanders": a threat
        etype, mode = EventType.THREATEN, _HOSTILE[etype]
    if etype is EventType.THREATEN and not rule.mutual and polarity in _STATED_THREAT:
        polarity = Polarity.ASSERTED  # "Moscow would take countermeasures if ...": the threat is made now
    if etype is EventType.ACCUSE and not roles.source and trig.match.phrase.source.startswith("be summoned"):
        host = next((u for u in ctx.units if u.tok_start >= trig.tok_end and u.code), None)
        if host is None or host.code is None or host.code in roles.target:
            return None
        # "The US ambassador was summoned to the Russian Foreign Ministry": the host protests to the envoy's
        # state
        roles = dataclasses.replace(roles, source=(host.code,))
    if etype is EventType.THREATEN and polarity is Polarity.NEGATED and not roles.source:
        return None  # "NATO would not be intimidated": defiance, no one threatens
    if etype is EventType.THREATEN and vows_against_a_scourge(ctx.tokens, trig):
        return None  # "pledged to crush corruption": an ill, not an actor, is promised an end
    if etype is EventType.THREATEN and (
        expert_warning(ctx.tokens, trig) or threatened_stake(ctx.tokens, trig)
    ):
        return None  # "experts warn that ...", "threaten his lead in the polls": a risk told, no threat made
    if etype is EventType.THREATEN and not roles.source:
        roles = _threat_by_sayer(ctx, trig, roles)
    if etype is EventType.THREATEN and not roles.target:
        roles = _threatened_in_condition(ctx, trig, roles)
    if etype is EventType.THREATEN and (accused := _warned_of_hostility(ctx, trig, roles)):
        # "Starmer warned that a ceasefire would risk further Hamas violence", "NATO warned of Russian
        # aggression": a warning about another side's hostility accuses that side
        etype, mode = EventType.ACCUSE, "disapprove"
        roles = dataclasses.replace(roles, target=(accused,))
    if (
        etype is EventType.THREATEN
        and trig.match.phrase.source == "warn"
        and _empty_warning(ctx.tokens, ctx.units, trig)
    ):
        return None  # "the UN warned of a humanitarian catastrophe", "warned that the war could last years"
    if etype is EventType.ASSAULT and _attack_on_words(ctx.tokens, trig):
        etype, mode = EventType.ACCUSE, "disapprove"  # "delivered a sharp attack on American policy": words
    if (
        etype is EventType.ASSAULT
        and polarity in _STATED_THREAT
        and ctx.tokens[trig.tok_start].norm.startswith("retaliat")
    ):
        # "Ankara would retaliate against any attack on its posts": a retaliation announced is a threat
        etype, mode, polarity = EventType.THREATEN, "violence", Polarity.ASSERTED
    if etype is EventType.ASSAULT and _targets_audience(ctx.tokens, trig):
        return None  # "Trump is targeting the traditional Republican voters": a campaign aims at voters
    if (
        etype is EventType.COOPERATE
        and roles.source
        and (
            (roles.target and set(roles.target) <= set(roles.source))
            or (not roles.target and len(roles.source) == 1 and ctx.tokens[trig.tok_end - 1].norm == "with")
        )
        and any(t.norm in _DRILL_WORDS for t in ctx.tokens[trig.tok_start : trig.tok_end])
    ):
        # "Russia's strategic forces held a planned exercise with launches of missiles": no partner, one
        # side's forces exercising (the read sets code a one-state exercise MOBILIZE)
        etype, mode = EventType.MOBILIZE, "troops"
        roles = dataclasses.replace(roles, target=())
    if etype is EventType.MOBILIZE and (joint := _joint_drill_sides(ctx, trig)):
        # "the Zapad-2021 exercise of Russian and Belarusian troops began": the two states' joint exercise
        etype, mode = EventType.COOPERATE, ""
        roles = dataclasses.replace(roles, source=joint, target=())
    if etype is EventType.ASSAULT and named_after_a_date(ctx.tokens, trig):
        return None  # "as a response to the 11 September attacks": a known event named, not reported
    if etype is EventType.ASSAULT and fights_a_scourge(ctx.tokens, trig):
        return None  # "to fight transnational crime", "fighting drug trafficking": no one is attacked
    if etype is EventType.RETREAT and polarity is Polarity.FUTURE and verbal:
        etype, mode, polarity = (
            EventType.CONCEDE,
            "",
            Polarity.ASSERTED,
        )  # an announced, not yet made, pull-back
    if etype in (EventType.COERCE, EventType.SANCTION) and not roles.target and bans_goods(ctx.tokens, trig):
        return None  # "the minister hopes to ban gas boilers by 2035": a rule on goods, no one acted on
    if dated_by_the_clause_before(ctx.tokens, trig):
        return None  # "that pulled out six years ago after residents started protesting": old background
    if _people_evacuating(ctx, trig, etype, roles):
        return None  # "ordered all residents of northern Gaza to evacuate": people fleeing concede nothing
    if (
        etype is EventType.ASSAULT
        and accident_after(ctx.tokens, trig)
        and not gunfire_after(ctx.tokens, ctx.units, trig)
    ):
        return None  # "killed in the crash", "died in floods": a disaster, not an attack
    if etype in _HOSTILE_TYPES and not_political(ctx.text, ctx.tokens, ctx.units, trig):
        return None  # a storm "slammed into" a coast, a team "beat" another 2-0, "beating expectations"
    if etype is EventType.CONCEDE and admission(ctx.tokens, trig):
        return None  # "Biden conceded that the debate went badly": a fact admitted, no concession
    if etype is EventType.ASSAULT and verbal_attack(ctx.tokens, trig):
        etype, mode = EventType.ACCUSE, "disapprove"  # "the candidates attacked Biden for being soft on Iran"
    if etype is EventType.ACCUSE and rule.accused_subject and judged_less(ctx.tokens, trig):
        return None  # "Haley was even less aggressive in her criticism": no one accused
    if etype is EventType.SUPPORT and infinitive_support(ctx.tokens, trig):
        return None  # "to send troops to Libya to support its government": the troops' purpose
    if etype is EventType.MOBILIZE and unmilitary_move(ctx.tokens, trig):
        return None  # "a restaurant buzzing with diners", "reinforcing Portugal's role": no force moved
    if etype is EventType.REQUEST and campaigns_for_office(ctx.tokens, trig):
        return None  # "candidates pushing for nomination": running for an office, no one asked
    if etype is EventType.REJECT and dismisses_an_official(ctx.tokens, ctx.units, trig):
        return None  # "Zelensky dismissed his army chief": a leader firing his own official
    if etype is EventType.REJECT and press_query_unanswered(ctx.tokens, trig):
        return None  # "did not respond to a request for comment": a reporter's query, no side's demand
    if etype is EventType.THREATEN and threatening_as_quality(ctx.tokens, trig):
        return None  # "finds the changes profoundly threatening": a feeling, no threat made
    if etype is EventType.CONSULT and attends_school_or_worship(ctx.tokens, trig):
        return None  # "attended Vanier College in Montreal": a biography, no meeting
    if etype is EventType.PROTEST and diplomatic_protest(ctx.tokens, trig):
        return None  # "summoned the Japanese ambassador to protest the visit": the summons is the act
    if etype is EventType.PROTEST and market_subject(ctx.tokens, trig):
        return None  # "the rouble rallied against the dollar": a price, not a crowd
    if (
        etype is EventType.PROTEST
        and mode == "riot"
        and any(t.norm in _STRIKE_WORDS for t in ctx.tokens[max(0, trig.tok_start - 4) : trig.tok_start])
    ):
        # "a drone attack set fire to an oil depot": the weapon, not a crowd, set the fire
        etype, mode = EventType.ASSAULT, ""
        if roles.crowd:
            roles = dataclasses.replace(roles, source=())
    if etype is EventType.PROTEST and mode == "riot" and roles.source and not roles.crowd:
        etype, mode = EventType.ASSAULT, ""  # "Ukrainian drones set fire to a refinery": not a riot
    if etype in (EventType.MOBILIZE, EventType.CONSULT) and roles.crowd:
        etype, mode = EventType.PROTEST, "demo"  # "protesters massed|gathered in the square"
    if (
        etype is EventType.CONSULT
        and roles.source
        and roles.target
        and set(roles.target) <= set(roles.source)
    ):
        return None  # "Duda spoke to Polish troops": a state's own people, not a meeting between two sides
    if etype is EventType.CONSULT and mode == "visit" and _visit_at_home(ctx, trig, roles):
        return None  # "Mnangagwa arrived in Harare's main sports stadium": a leader at home, no other side
    if etype is EventType.CONSULT and mode == "visit" and forces_subject(ctx.tokens, trig, relief=True):
        if not (roles.source and roles.target) or set(roles.source) == set(roles.target):
            return None  # troops landing at home, or nobody named: no relation between two actors
        # "Indian peacekeepers arrived in Freetown", "British tanks have arrived in Ukraine": help sent
        etype, mode = EventType.AID, ""
    if (
        etype is EventType.RETREAT
        and roles.source
        and roles.target
        and set(roles.target) <= set(roles.source)
    ):
        # "completing the withdrawal of Russian bases from Georgia": its own forces are what the source pulls
        # out; the place it leaves is the one acted on
        left = next(
            (
                u.code
                for u in ctx.units
                if u.tok_start >= trig.tok_end
                and u.code
                and u.code not in roles.source
                and prep_before(ctx.tokens, u) == "from"
            ),
            None,
        )
        roles = dataclasses.replace(roles, target=(left,) if left else ())
    if etype is EventType.ASSAULT and roles.crowd and not mode:
        etype, mode = EventType.PROTEST, "riot"  # "was demolished by protesters": violent protest
    if (
        etype is EventType.ACCUSE
        and roles.crowd
        and mode == "disapprove"
        and not _charge_participle(ctx, trig)
    ):
        etype, mode = EventType.PROTEST, "demo"  # "protesters protested against the law": a demonstration
    roles = recipients.revise(ctx.text, ctx.tokens, ctx.units, trig, etype, roles)  # targets: second look
    if not mode_is_valid(etype, mode):
        mode = ""
    return _finish(ctx, etype, mode, roles, polarity, trig.start, trig.end, trig.match.phrase.source)


_AUDIENCES = words(
    "voters voter electorate audience audiences consumers customers readers viewers market markets demographic "
    "constituency constituencies youth"
)
_STRIKE_WORDS = words(
    "drone drones missile missiles rocket rockets shell shells shelling strike strikes airstrike airstrikes "
    "air-strike air-strikes attack attacks bombing bombs"
)
_DRILL_WORDS = words("exercise exercises drills manoeuvres maneuvers war-games wargames")


def _joint_drill_sides(ctx: _Context, trig: Trigger) -> tuple[str, ...]:
    """The sides of an exercise told "of X and Y" inside a longer trigger ("exercise of Russian and Belarusian
    troops began"): two or more different actors joined by "and" right after the drill word's "of"."""
    toks = ctx.tokens
    k = next(
        (
            i
            for i in range(trig.tok_start, trig.tok_end - 1)
            if toks[i].norm in _DRILL_WORDS and toks[i + 1].norm == "of"
        ),
        None,
    )
    if k is None:
        return ()
    sides: list[str] = []
    pos = k + 2
    for unit in sorted(ctx.units, key=lambda u: u.tok_start):
        if unit.tok_start < pos or unit.code is None:
            continue
        if unit.tok_start != pos and not (unit.tok_start == pos + 1 and toks[pos].norm in ("and", ",")):
            break
        if unit.code not in sides:
            sides.append(unit.code)
        pos = unit.tok_end
    return tuple(sides) if len(sides) >= 2 else ()


def _targets_audience(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A "targeting" whose object is an audience ("targeting the traditional Republican voters"): no attack."""
    if not tokens[trig.tok_start].norm.startswith("target"):
        return False
    return any(t.norm in _AUDIENCES for t in tokens[trig.tok_end : trig.tok_end + 5])


_HOSTILITIES = words(
    "aggression violence attacks coercion provocations escalation interference meddling expansionism "
    "incursions militarisation militarization disinformation propaganda terrorism espionage subversion "
    "sabotage adventurism intimidation bullying"
)


def _warned_of_hostility(ctx: _Context, trig: Trigger, roles: Roles) -> str | None:
    """The side whose hostility a warning names, with nothing the warner itself would do: "warned that lifting
    the embargo could invite more Iranian meddling", "warned of Chinese coercion" (an actor right
    before a word of hostility, or its possessor); ``None`` for a threat ("warned of a harsh response")."""
    if not ctx.tokens[trig.tok_start].norm.startswith("warn") or not roles.source:
        return None
    end = trig.tok_start + 1
    while end < min(len(ctx.tokens), trig.tok_start + 26) and ctx.tokens[end].norm not in (";", "."):
        end += 1
    if any(
        t.norm in _THREAT_WORDS and t.norm not in _HOSTILITIES for t in ctx.tokens[trig.tok_start + 1 : end]
    ):
        return None
    for u in ctx.units:
        if u.code is None or u.code in roles.source or not trig.tok_start < u.tok_start < end:
            continue
        k = u.tok_end + (1 if u.tok_end < len(ctx.tokens) and ctx.tokens[u.tok_end].norm == "'s" else 0)
        if k < len(ctx.tokens) and ctx.tokens[k].norm in _HOSTILITIES:
            return u.code
    return None


_THREAT_WORDS = words(
    "if unless any consequences consequence respond response responses retaliate retaliatory retaliation "
    "measures countermeasures counter-measures steps reprisals reprisal punish punishment punished strike "
    "strikes target targets targeted force forced price pay sanctions sanction arrested prosecuted sacked "
    "expelled fight attack attacks clash clashes confrontation escalation conflict mistake mistakes provocation "
    "provocations regarded considered treated entail deploy deployed close cut suspend downgrade unanswered unpunished idly action "
    "actions mercy met crush destroy hit shoot legitimate nuclear military military-technical"
)
"""Words that make a bare "warned (that) ..." a threat: a condition, a response, a penalty or force."""
_OWN_PEOPLE = frozenset(
    {"civilians", "citizens", "residents", "population", "public", "people", "travellers"}
)


def _subject_of_warning(tokens: Sequence[Token], unit: Unit) -> bool:
    """The actor right after "warned that" is what the warning is about ("warned that Gaza is entering into
    famine"), not the one warned."""
    # (a pronoun there is the warner itself: "the Allies warned that they would use every necessary means")
    return unit.kind != "pronoun" and unit.tok_start > 0 and tokens[unit.tok_start - 1].norm == "that"


def _empty_warning(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> bool:
    """A bare "warn" with no state or body warned right after it, whose rest of sentence names no penalty,
    response, force or condition: a forecast or an alarm ("the UN warned of a humanitarian catastrophe",
    "Yeltsin warned that Europe risked sliding into a cold peace", "Sweden warned its citizens to
    prepare"), not a threat ("Erdogan warned Greece that ..." stays one)."""
    if any(
        u.code
        and u.code not in _OWN_PEOPLE
        and trig.tok_end <= u.tok_start <= trig.tok_end + 1
        and not _subject_of_warning(tokens, u)
        for u in units
    ):
        return False
    told = list(tokens[trig.tok_end : trig.tok_end + 30])
    if sum(t.is_word for t in told) < 3:
        # "..., Russia will take steps, military and otherwise, the Chief of the General Staff warned": the
        # warning's content stands before its verb
        told = list(tokens[max(0, trig.tok_start - 40) : trig.tok_start])
    return not any(t.norm in _THREAT_WORDS for t in told)


_POLICY_WORDS = words("policy policies approach stance record decision decisions plans plan course rhetoric")


def _attack_on_words(tokens: Sequence[Token], trig: Trigger) -> bool:
    """An attack whose object is a policy or a stance ("a sharp attack on American policy"): criticism."""
    return any(t.norm in _POLICY_WORDS for t in tokens[trig.tok_end : trig.tok_end + 4])


def _measure_by_speaker(ctx: _Context, trig: Trigger, roles: Roles) -> bool:
    """A cut in relations or an expulsion with no doer named, in a statement whose speaker is known and is
    not the side it hits ("Seven Russian diplomats have been expelled" said by NATO's Secretary General)."""
    rule = trig.match.rule
    measure = rule.event is EventType.SANCTION or (rule.event is EventType.COERCE and rule.mode == "deport")
    return (
        measure
        and trig.verbal
        and not roles.source
        and bool(roles.target)
        and ctx.speaker is not None
        and ctx.speaker.isupper()
        and ctx.speaker not in roles.target
    )


_NO_HEADS = words("one sooner doubt matter wonder less more")


def _no_subject(tokens: Sequence[Token], trig: Trigger, floor: int) -> bool:
    """The verb's subject is quantified by "No" at the start of its clause ("No Russian aircraft violated
    Estonian airspace on Friday", "No NATO troops will be deployed to Ukraine"): nothing of the kind was
    done. Not "no one" (see ``threatens_no_one``) and not "no" inside an object before the verb."""
    if not trig.verbal:
        return False
    for k in range(floor, min(trig.tok_start, floor + 2)):
        if tokens[k].norm == "no" and k + 1 < trig.tok_start and tokens[k + 1].norm not in _NO_HEADS:
            return not any(
                t.norm in (",", ";") or t.norm in SCOPE_BREAK for t in tokens[k + 1 : trig.tok_start]
            )
    return False


_REGION_WORDS = words(
    "region regions peninsula province provinces oblast oblasts territory territories republics"
)


def _annexing_state(ctx: _Context, trig: Trigger) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(annexer, annexed from) of a territory told as taken into a state in the passive: "Crimea was
    incorporated into Russia" (RUS, UKR), "the four Ukrainian regions were declared part of Russia". The
    state after "into" / "part of" takes it; what is taken must be a territory or regions ("Finland was
    admitted into NATO" joins an alliance, "migrants were integrated into German society": ``None``)."""
    slot = trig.match.slot
    taker = next((u for u in ctx.units if slot is not None and u.tok_start == slot[0]), None)
    if taker is None or taker.code is None or taker.kind not in ("state", "metonym"):
        return None
    floor = clause_floor(ctx.tokens, trig.tok_start)
    before = [
        u for u in ctx.units if floor <= u.tok_start < trig.tok_start and u.code and u.code != taker.code
    ]
    places = [u for u in before if u.kind == "territory"]
    regions = any(t.norm in _REGION_WORDS for t in ctx.tokens[floor : trig.tok_start])
    if not places and not (regions and before):
        return None
    owners = places or [u for u in before if u.kind in ("state", "demonym")]
    return (taker.code,), tuple(dict.fromkeys(u.code for u in owners if u.code))


def _territory_admitted(ctx: _Context, trig: Trigger) -> tuple[str, ...]:
    """The states whose regions an admission names ("the admission of the Donetsk and Lugansk People's
    Republics ... into the Russian Federation"): the codes of the territory units inside the phrase."""
    if ctx.tokens[trig.tok_start].norm not in ("admission", "accession", "incorporation", "reunification"):
        return ()
    inside = [u for u in ctx.units if trig.tok_start < u.tok_start < trig.tok_end and u.kind == "territory"]
    return tuple(dict.fromkeys(u.code for u in inside if u.code))


def _agreed_to(tokens: Sequence[Token], trig: Trigger) -> bool:
    """The act is what the subject agreed or decided to do ("agreed to extend sanctions"; a headline's
    "Allies agree to boost forward presence")."""
    before = [t.norm for t in tokens[max(0, trig.tok_start - 3) : trig.tok_start]]
    return "to" in before and any(w in _AGREEING for w in before)


_AGREEING = words("agree agreed agrees decide decided decides")


def _joined_to(tokens: Sequence[Token], trig: Trigger, verbal_before: Sequence[Trigger]) -> Trigger | None:
    """The verb trigger before ``trig`` when "and" (or "and to") joins the two in one clause."""
    i = trig.tok_start - 1
    if i >= 1 and tokens[i].norm == "to":
        i -= 1
    if i < 1 or tokens[i].norm != "and" or not verbal_before:
        return None
    prev = verbal_before[-1]
    if prev.tok_end > i or any(t.norm in (",", ";", ":") for t in tokens[prev.tok_end : i]):
        return None
    return prev


def _intent_shared(ctx: _Context, trig: Trigger, verbal_before: Sequence[Trigger], floor: int) -> bool:
    """A verb joined by "and" (or "and to") to the verb before it, which an intent cue governs: "agreed to
    pull back security forces from Kosovo and admit 2,000 monitors" — the monitors are promised too."""
    prev = _joined_to(ctx.tokens, trig, verbal_before)
    return prev is not None and intent_before(ctx.tokens, prev.tok_start, ctx.patterns, floor=floor)


_MODALS = words("could would may might can will shall should must")


def _asks_itself(ctx: _Context, trig: Trigger, roles: Roles) -> bool:
    """The actor a demand's phrase names as asked ("the need for X to", "would like X to") is the asker."""
    slot = trig.match.slot
    return slot is not None and any(
        u.tok_start == slot[0] and u.code is not None and u.code in roles.source for u in ctx.units
    )


def _failed_to(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "failure to end the crackdown", "failed to withdraw": the act was not done."""
    i = trig.tok_start
    return (
        i >= 2
        and tokens[i - 1].norm == "to"
        and tokens[i - 2].norm.startswith("fail")
        and tokens[i - 2].is_word
    )


def _second_demand(ctx: _Context, trig: Trigger, verbal_before: Sequence[Trigger]) -> bool:
    """A verb joined by "and" to a "must"-demand: "the Belarusian authorities must respect fundamental
    freedoms and end the violent crackdown" — the end of the crackdown is demanded too, not reported."""
    prev = _joined_to(ctx.tokens, trig, verbal_before)
    return prev is not None and prev.match.rule.event is EventType.REQUEST and prev.match.rule.accused_subject


def _shared_modal(ctx: _Context, trig: Trigger, verbal_before: Sequence[Trigger]) -> Polarity | None:
    """A verb joined by "and" to the previous one shares its modal: "Russia would suspend the work of its
    mission and shut down NATO's office" — both future."""
    i = trig.tok_start
    if i < 3 or ctx.tokens[i - 1].norm != "and":
        return None
    head = ctx.tokens[i].norm
    if (
        head.endswith("ed")
        and ctx.tokens[i - 2].norm.endswith("ed")
        and ctx.tokens[i - 3].norm in ("be", "been")
    ):
        # "would be arrested and prosecuted": two participles of one passive share its modal
        shared = polarity_of(ctx.tokens, i - 2, ctx.patterns, floor=clause_floor(ctx.tokens, i - 2))
        return shared if shared is not Polarity.ASSERTED else None
    if not verbal_before or head.endswith(("ed", "s", "ing")):
        return None  # "did not meet NATO and attacked Ukraine": a finite verb of its own
    prev = verbal_before[-1]
    if any(t.norm in SCOPE_BREAK or t.norm in (",", ";") for t in ctx.tokens[prev.tok_end : i]):
        return None
    shared = polarity_of(
        ctx.tokens, prev.tok_start, ctx.patterns, floor=clause_floor(ctx.tokens, prev.tok_start)
    )
    return shared if shared is not Polarity.ASSERTED else None


_MILITARY_HEADS = words("military forces troops army navy armed")


_RUNNING_AGAIN = ("stand|run for * re-election", "seek * re-election", "stand|run|seek for? * another")
"""The phrases of running for office again (see patterns.toml): only their negation is coded."""
_DEAL_NOUNS = words("deal deals agreement agreements pact pacts accord accords memorandum")
_ECONOMIC_WORDS = words(
    "trade tariff tariffs energy gas oil investment investments infrastructure economic free-trade customs "
    "business commercial supply pipeline nuclear-power railway port ports fisheries worth"
)


def _signs_economic_deal(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "Brazil and China signed a series of deals on trade, energy and infrastructure", "signed a trade
    pact that will remove tariffs": signing business between states is cooperation (PLOVER COOPERATE),
    not an endorsement."""
    if tokens[trig.tok_start].norm not in ("sign", "signs", "signed", "signing", "ink", "inked", "inks"):
        return False
    window = [t.norm for t in tokens[trig.tok_end : trig.tok_end + 10]]
    deal = next((k for k, n in enumerate(window) if n in _DEAL_NOUNS), None)
    if deal is None or any(n in (",", ";", ".") for n in window[:deal]):
        return False
    return any(n in _ECONOMIC_WORDS for n in window[: deal + 6])


_CROWD_NOUNS = words(
    "people crowds crowd thousands hundreds dozens monks civilians residents villagers citizens women men youths "
    "others marchers"
)
"""Nouns for a crowd that a protest participle right after them describes ("people protesting")."""


def _crowd_participle(ctx: _Context, trig: Trigger) -> bool:
    """The PROTEST trigger is a participle right after a crowd noun that some other verb acts on: "detained
    dozens of people demonstrating outside parliament" (not "protesters marched", whose subject is found)."""
    i = trig.tok_start
    return (
        i > 1
        and ctx.tokens[i].norm.endswith("ing")
        and ctx.tokens[i - 1].norm in _CROWD_NOUNS
        and ctx.tokens[i - 2].norm not in ("the", "these", "those")
    )


def _visit_at_home(ctx: _Context, trig: Trigger, roles: Roles) -> bool:
    """A visit whose place, right after the travel verb, is the doer's own country ("Mnangagwa arrived in
    Harare's main sports stadium", "Putin arrived in Moscow"): no second side, so no meeting. An infinitive
    ("invited Macron to visit Russia") is someone else's trip and stays."""
    if not roles.source or roles.target:
        return False
    if trig.tok_start > 0 and ctx.tokens[trig.tok_start - 1].norm == "to":
        return False
    place = next((u for u in ctx.units if u.tok_start >= trig.tok_end and u.code), None)
    return place is not None and place.tok_start - trig.tok_end <= 3 and place.code in roles.source


def _own_forces_targeted(ctx: _Context, roles: Roles) -> bool:
    """The source acts on its own armed forces ("gave the Russian military the order")."""
    if not roles.source or roles.source != roles.target:
        return False
    lo, hi = roles.span
    return any(
        u.code in roles.source and any(w in _MILITARY_HEADS for w in u.text.lower().split())
        for u in ctx.units
        if lo <= u.start and u.end <= hi
    )


_VISITORS = words(
    "counterpart president minister leader delegation chancellor king queen secretary premier envoy prince emir"
)


_PRESS = words("journalists journalist reporters press media correspondents")


def _meets_the_press(tokens: Sequence[Token], trig: Trigger) -> bool:
    """The one met right after the meeting verb is the press ("met with journalists", "met reporters"): the
    subjects talk to reporters, they do not meet each other (the mutual reading of "X and Y met with")."""
    i = trig.tok_end
    while i < len(tokens) and tokens[i].norm in ("with", "the", "a", "group", "of"):
        i += 1
    if i + 1 < len(tokens) and tokens[i].text[:1].isupper() and tokens[i + 1].norm in _PRESS:
        return True  # "met with Chinese journalists"
    return i < len(tokens) and tokens[i].norm in _PRESS


_GREETED = words("you participants guests colleagues friends everyone everybody ladies delegates")


def _greeting(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "welcome" said as a greeting: an interjection ("Mr Michel, colleagues, welcome and good afternoon",
    "Welcome to the Kremlin") or a host greeting those present ("it is my great honour to welcome the
    delegates", "I am glad to welcome you"), not praise of an act or an actor."""
    if trig.match.phrase.source != "welcome":
        return False
    nxt = tokens[trig.tok_end].norm if trig.tok_end < len(tokens) else "."
    if nxt in ("and", ",", ".", "!", "to", "back", "again") and (
        trig.tok_start == 0 or tokens[trig.tok_start - 1].norm in (",", "and", "a", "warm", "very")
    ):
        return True
    after = [t.norm for t in tokens[trig.tok_end : trig.tok_end + 3]]
    if after[:1] == ["all"] and len(after) > 1:
        after = after[1:] if after[1] != "of" else after[2:]
    if after[:1] == ["the"]:
        after = after[1:]
    return bool(after) and after[0] in _GREETED


_HOPING = frozenset(
    {
        "hope",
        "hoped",
        "hopes",
        "hoping",
        "belief",
        "believe",
        "believes",
        "believed",
        "convinced",
        "confident",
        "confidence",
        "conviction",
        "trust",
        "trusts",
        "sure",
        "certain",
    }
)


def _hoper_agrees(ctx: _Context, trig: Trigger, roles: Roles) -> Roles:
    """The one who hopes a cooperation will go on is the one who agrees; the other sides are its target."""
    hoper = sayer_before(ctx.tokens, ctx.units, trig.tok_start, _HOPING | SPEECH_VERBS)
    if hoper is None or hoper.code is None:
        return roles
    others = tuple(c for c in (*roles.source, *roles.target) if c != hoper.code)
    return dataclasses.replace(roles, source=(hoper.code,), target=tuple(dict.fromkeys(others)))


def _welcomed_in_an_effort(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "welcome the President of Kyrgyzstan in his efforts to reform": the one welcomed is praised in what he
    does ("in his", "at their"), not met at a place."""
    end = min(len(tokens) - 1, trig.tok_end)
    return any(
        tokens[i].norm in ("in", "at") and tokens[i + 1].norm in POSSESSIVE_PRONOUNS
        for i in range(trig.tok_start + 1, end)
    )


def _welcomes_a_visitor(ctx: _Context, trig: Trigger) -> bool:
    """The one welcomed is a person or a delegation, or the place is a seat, not an organisation."""
    after = ctx.tokens[trig.tok_end : trig.tok_end + 3]
    if any(
        t.norm in ("alliance", "union", "organisation", "organization", "bloc", "club", "family")
        for t in after
    ):
        return False  # "welcomed Finland to the Alliance": a new member, not a visitor
    if any(u.kind == "state" and trig.tok_start < u.tok_start < trig.tok_end for u in ctx.units):
        return any(t.norm in _VISITORS for t in ctx.tokens[trig.tok_start + 1 : trig.tok_end]) or any(
            u.kind in ("person", "title") and trig.tok_start < u.tok_start < trig.tok_end for u in ctx.units
        )
    inside = ctx.tokens[trig.tok_start + 1 : trig.tok_end]
    return any(t.norm in _VISITORS for t in inside) or any(
        u.kind in ("person", "title") and trig.tok_start < u.tok_start < trig.tok_end for u in ctx.units
    )


_CHARGING = frozenset({"charge", "charges", "charged", "charging"})
_DETAINEE = "criminals"
"""Who a private person arrested, charged or jailed is, when the sentence names no group for them."""


def _passive_detainee(ctx: _Context, trig: Trigger, roles: Roles) -> Roles:
    """The one a passive arrest, charge or sentence is done to, when the dictionary knows no actor there: a
    group named in the subject ("Cameron's attacker, Mohammed Sajid, was jailed" -> attackers) or, for a
    private person ("a 26-year-old man", "two teenagers"), a suspect. With no doer named, the police the
    sentence names ("..., police said") made the arrest. Other subjects ("the tanker was detained") and
    active verbs keep their roles."""
    if trig.match.rule.mode != "arrest" or ctx.tokens[trig.tok_start].norm in _CHARGING:
        return roles  # a charge is a prosecutor's accusation, not custody
    span = coercion.passive_subject(ctx.tokens, trig)
    if span is None:
        return roles
    groups = [
        u.code
        for u in ctx.units
        if u.tok_start in span and u.code is not None and u.code.islower() and u.code not in roles.source
    ]
    if roles.target and roles.target[0] not in groups:
        # "Police said the woman was arrested": the police who tell it made the arrest, not suffered it
        roles = dataclasses.replace(roles, source=roles.source or roles.target, target=())
    if roles.target:
        return roles
    if groups:
        target: tuple[str, ...] = (groups[0],)
    elif coercion.names_person(ctx.tokens, span):
        target = (_DETAINEE,)
    else:
        return roles
    source = roles.source
    if not source and any(u.code == "police" for u in ctx.units):
        source = ("police",)
    return dataclasses.replace(roles, source=source, target=target)


def _threat_by_sayer(ctx: _Context, trig: Trigger, roles: Roles) -> Roles:
    """A threat in what someone says, with no actor as its subject: "the Foreign Ministry said the move
    would not go unanswered" is the ministry's threat (or the statement's speaker's)."""
    sayer = sayer_before(ctx.tokens, ctx.units, trig.tok_start)
    code = sayer.code if sayer is not None else ctx.speaker
    if code is None or code in roles.target:
        return roles
    return dataclasses.replace(roles, source=(code,))


def _threatened_in_condition(ctx: _Context, trig: Trigger, roles: Roles) -> Roles:
    """A threat's target named in its condition: "would take countermeasures if NATO deployed missiles",
    "If elements of the American missile defence appear in Poland, Russia will deploy ..."."""
    tokens = ctx.tokens
    for i, tok in enumerate(tokens):
        if tok.norm not in ("if", "unless", "should", "once") or i == trig.tok_start:
            continue
        named = next(
            (
                u
                for u in ctx.units
                if i < u.tok_start <= i + 6
                and u.code is not None
                and not (trig.tok_start <= u.tok_start < trig.tok_end)
                and u.code not in roles.source
            ),
            None,
        )
        if named is None:
            named = _partner_in_condition(ctx, i, roles.source)
        if named is not None and named.code is not None:
            partners = [
                u
                for u in _conjuncts(ctx.text, tokens, ctx.units, named, leftwards=False)
                if u.code is not None and u.code not in roles.source
            ] or [named]
            return Roles(
                roles.source,
                tuple(dict.fromkeys(u.code for u in partners if u.code is not None)),
                (min(roles.span[0], named.start), max(roles.span[1], partners[-1].end)),
            )
    return roles


_CONDITION_REACH = 14


def _partner_in_condition(ctx: _Context, i: int, source: Sequence[str]) -> Unit | None:
    """The side a condition names after "with", further on in the same clause: "if no agreement on missile
    defence was reached with the United States and NATO" (the threat is aimed at the side it bargains with)."""
    tokens = ctx.tokens
    end = min(len(tokens), i + _CONDITION_REACH)
    for k in range(i + 1, end):
        if tokens[k].norm in (",", ";", ".", ":"):
            return None
        if tokens[k].norm == "with":
            return next(
                (
                    u
                    for u in ctx.units
                    if u.tok_start in (k + 1, k + 2) and u.code is not None and u.code not in source
                ),
                None,
            )
    return None


def _sayers_own_act(ctx: _Context, trig: Trigger, roles: Roles) -> bool:
    """A reported future act by the one who reports it: "He [Yeltsin] said Russia would work with the
    Alliance" — the source is the speaker of the statement and the act is told in reported speech, so it
    is a promise. (Told directly, "Finland will send Ukraine 2,500 rifles" announces the act itself.)"""
    if ctx.speaker is None or roles.source != (ctx.speaker,):
        return False
    floor = clause_floor(ctx.tokens, trig.tok_start)
    return any(t.norm in SPEECH_VERBS for t in ctx.tokens[max(0, floor - 12) : trig.tok_start])


def _first_person_subject(ctx: _Context, trig: Trigger) -> bool:
    """The nearest actor before the verb in its clause is "I" or "we"."""
    floor = clause_floor(ctx.tokens, trig.tok_start)
    before = [u for u in ctx.units if floor <= u.tok_start and u.tok_end <= trig.tok_start]
    return bool(before) and before[-1].kind == "pronoun" and before[-1].text.lower() in ("i", "we")


def _finish(
    ctx: _Context,
    etype: EventType,
    mode: str,
    roles: Roles,
    polarity: Polarity,
    start: int,
    end: int,
    trigger: str,
) -> Event:
    when = nearest_date(
        ctx.text,
        ctx.dates(polarity is Polarity.FUTURE),
        ctx.date,
        near=(start, end),
        happened=polarity in (Polarity.ASSERTED, Polarity.NEGATED),
    )
    return Event(
        event=etype,
        mode=mode,
        source=roles.source,
        target=roles.target,
        polarity=polarity,
        event_date=when.iso(),
        event_date_precision=when.precision.value,
        evidence=roles.span,
        trigger=trigger,
        derived=dict(_derived(etype, mode)),
        anchor=(start, end),
    )


@functools.lru_cache(maxsize=1024)
def _derived(etype: EventType, mode: str) -> dict[str, Any]:
    """:func:`derived_fields` of a (type, mode) pair, worked out once per pair (s36-speed10: the ontology is
    read once per process, so a pair's fields never change); :func:`_finish` gives each event its own copy."""
    return derived_fields(etype, mode)


_RESPONSES = frozenset(
    {
        EventType.ACCUSE,
        EventType.REJECT,
        EventType.SANCTION,
        EventType.THREATEN,
        EventType.PROTEST,
        EventType.REQUEST,
    }
)


def _framed_acts(events: Sequence[Event]) -> list[statements.Act]:
    """The sentence's asserted or future hostile acts, for :func:`statements.framed_act`."""
    return [
        statements.Act(e.source, *e.anchor)
        for e in events
        if e.event in PROVOKING and e.polarity in (Polarity.ASSERTED, Polarity.FUTURE)
    ]


def _answers(events: Sequence[Event]) -> list[statements.Answer]:
    """The sentence's asserted acts against someone, for :func:`statements.cited_grievance`."""
    return [
        statements.Answer(e.source, e.target, e.anchor[1])
        for e in events
        if e.event in (EventType.SANCTION, EventType.REJECT, EventType.COERCE)
        and e.polarity is Polarity.ASSERTED
        and e.source
        and e.target
    ]


def _add_unless(
    ctx: _Context, events: list[Event], etype: EventType, read: Callable[[], statements.Finding | None]
) -> None:
    """Append the event a statement reader finds, unless the sentence already has an event of ``etype``."""
    for e in events:
        if e.event is etype:
            return
    finding = read()
    if finding is not None:
        event = _found(ctx, finding)
        if event is not None:
            events.append(event)


def _add_if_may(
    ctx: _Context,
    events: list[Event],
    norms: Set[str],
    etype: EventType,
    reader: Callable[[_Context], statements.Finding | None],
) -> None:
    """:func:`_add_unless` for a reader in :func:`detente.coding.quick.may`'s table: run only when the
    sentence has one of the words the reader's loop starts from."""
    if not quick._START_WORDS[reader].isdisjoint(norms):  # (quick.may's test, one call less: s36-speed12)
        _add_unless(ctx, events, etype, lambda: reader(ctx))


def _add_or_complete(
    ctx: _Context, events: list[Event], etype: EventType, read: Callable[[], statements.Finding | None]
) -> None:
    """As :func:`_add_unless`, but only an event that names its doer, and it takes the place of those of its
    type that name none (:mod:`detente.coding.statecraft`: "Russian rescuers were sent to Turkey")."""
    if any(e.event is etype and e.source for e in events):
        return
    event = _found(ctx, read())
    if event is not None and event.source:
        events[:] = [e for e in events if e.event is not etype]
        events.append(event)


def _add_consult(ctx: _Context, events: list[Event], read: Callable[[], statements.Finding | None]) -> None:
    """Append the CONSULT a reader of :mod:`detente.coding.consults` finds, unless the sentence already has
    one with a doer; it takes the place of one without ("Ukraine was discussed with the German Chancellor":
    the topic read as the one met, with no one meeting it)."""
    if any(e.event is EventType.CONSULT and e.source for e in events):
        return
    finding = read()
    event = _found(ctx, finding) if finding is not None else None
    if event is not None:
        events[:] = [e for e in events if e.event is not EventType.CONSULT]
        events.append(event)


def _handed_over(ctx: _Context, events: list[Event]) -> list[Event]:
    """People exchanged or handed over with no doer named (:mod:`detente.coding.handovers`): added when the
    sentence has no release with a doer, in place of one that names nobody as doer ("the journalist was
    exchanged for ...": released by both sides, not by no one)."""
    if any(e.event is EventType.RETREAT and e.source for e in events):
        return events
    found = _found(ctx, handovers.persons_handed_over(ctx, ctx.demonym))
    if found is None:
        return events
    return [e for e in events if e.event is not EventType.RETREAT] + [found]


def _found(ctx: _Context, finding: statements.Finding | None) -> Event | None:
    """The event of a statement the whole sentence makes (see :mod:`detente.coding.statements`)."""
    if finding is None:
        return None
    return _finish(
        ctx,
        finding.event,
        finding.mode,
        finding.roles,
        finding.polarity,
        finding.start,
        finding.end,
        finding.trigger,
    )


def _subsumes(a: Event, b: Event) -> bool:
    """``a`` says all that ``b`` says: same type and polarity, and b's actors are a's or missing."""
    if a.event is not b.event or a.polarity is not b.polarity:
        return False
    return (not b.source or set(b.source) == set(a.source)) and (
        not b.target or set(b.target) == set(a.target)
    )


def _denied_alternative(ev: Event, events: Sequence[Event]) -> bool:
    """A negated act beside the same act asserted by the same side: "Russia is suspending its participation
    in the treaty; not withdrawing from it, but suspending" — one suspension, the denial only contrasts."""
    return ev.polarity is Polarity.NEGATED and any(
        o.event is ev.event and o.polarity is Polarity.ASSERTED and o.source == ev.source and o.source
        for o in events
    )


def _dedupe(events: list[Event]) -> list[Event]:
    events = [ev for ev in events if not _denied_alternative(ev, events)]
    out: list[Event] = []
    for ev in events:
        if any(_subsumes(kept, ev) for kept in out):
            continue
        out = [kept for kept in out if not _subsumes(ev, kept)]
        out.append(ev)
    return out


def code_sentence(
    text: str,
    *,
    date: dt.date,
    context: str | None = None,
    speaker: str | None = None,
    dictionary: ActorDictionary | None = None,
    patterns: PatternSet | None = None,
    participants: Sequence[str] = (),
    reported_meeting: bool = False,
    reread: bool = True,
) -> list[Event]:
    """Events of one sentence published on ``date``. ``speaker`` (an actor code or a name) or ``context``
    (free text naming who speaks) resolves "I"/"we" and lone titles; ``participants`` are the sides of
    the meeting the document reports, ``reported_meeting`` that its title or lead named that meeting (a
    readout or the statements after talks, where the speaker's "we discussed" is both sides). Never raises for any string: empty,
    letter-less or over-long text gives ``[]``. A sentence that codes nothing is read once more with its
    passive clause put in the active unless ``reread`` is off (:func:`_active_reading`)."""
    if (
        not text
        or len(text) > MAX_SENTENCE_CHARS
        or not (text[:1].isalpha() or any(ch.isalpha() for ch in text))
    ):
        if text and len(text) > MAX_SENTENCE_CHARS:
            logger.debug("sentence of %d characters not coded", len(text))
        return []
    if isinstance(date, dt.datetime):
        date = date.date()
    dictionary = dictionary or load_dictionary()
    patterns = patterns or load_patterns()
    # a Title Case or ALL-CAPS headline is read in sentence case, with the same offsets
    text = headline.reading(text, dictionary=dictionary, date=date, patterns=patterns)
    tokens = tokenize(text)
    norms = norms_of(tokens)
    if (
        not patterns.events.may_match(tokens)
        and patterns.evaluative_adjectives.isdisjoint(norms)
        and statements.PRAISE_NOUNS.isdisjoint(norms)
        and appraisals.APPRAISALS.isdisjoint(norms)
        and (statements.WARM.isdisjoint(norms) or RELATION_NOUNS.isdisjoint(norms))
        and (_SITTINGS.isdisjoint(norms) or _HELD_WORDS.isdisjoint(norms))  # "a meeting ... is scheduled for"
        and not readouts.may_read(norms)
        and not encroachment.may_read(norms)
        and not esteem.may_read(norms)
        and statecraft.MAY_READ.isdisjoint(norms)
        and not accords.may_read(norms)
        and not approvals.may_read(norms)
        and not ties.may_read(norms)
        and not kremlin14.may_read(norms)
        and not news10.may_read(norms)
        and s39news2.MAY_READ.isdisjoint(norms)
    ):
        return []
    if is_question(text):
        return []  # "Did they support ...?": a question reports nothing
    speaker_code = resolve_speaker(dictionary, speaker, date) or resolve_speaker(dictionary, context, date)
    dateline_end, home = dateline(dictionary, text, date)
    # an upper-case label that names no state is a transcript's speaker, not a dateline ("JENS STOLTENBERG:")
    turn = (
        (speaker_turn(dictionary, text, date) or bylines.label_turn(dictionary, text, date))
        if home is None
        else None
    )
    if turn is not None:
        # "Paolo Gentiloni: But our view is ...": the label names who speaks this sentence; a question or
        # the chair ("Q:", "MODERATOR:") is nobody's "we"
        dateline_end, speaker_code = turn.end, None if turn.marker else (turn.code or speaker_code)
    # "... - Lavrov", "... (RT)": the sayer a dash credits speaks the line; the credited outlet is no side
    credit = bylines.trailing_credit(dictionary, text, date)
    claim_end = len(text)
    if credit is not None:
        claim_end, speaker_code = credit.end, credit.code or speaker_code
    mentions = [
        m
        for m in dictionary.match(text, date=date, speaker=speaker_code or home)
        if dateline_end <= m.start and m.end <= claim_end
    ]
    mentions = finalise.former_means_successor(dictionary, text, mentions)
    speaker_code = newsactors.quoted_speaker(text, mentions, speaker_code)  # '"We ...," X said' (s22)
    speaker_code = speaker_code or rumfa.unquoted_sayer(text, mentions)  # 'We ..., X said' (s26-rumfa)
    units = actor_units(text, tokens, mentions, speaker=speaker_code)
    context_sides = () if participants else _context_sides(dictionary, context, date)
    sides = (
        tuple(participants)
        or context_sides
        or relation_sides(
            text,
            [
                (m.start, m.end, m.code, dictionary.code_kinds.get(m.code) is ActorKind.STATE)
                for m in mentions
                if m.code
            ],
        )
    )
    units = without_address(tokens, speaker_partner(text, tokens, units, speaker_code, sides), speaker_code)
    if participants:  # "The Chancellor" of a meeting's side (s26-readouts2)
        units = readouts2.chancellor(units, participants)
    ctx = _Context(
        text,
        tokens,
        units,
        date,
        speaker_code,
        patterns,
        sides,
        dictionary,
        (reported_meeting and bool(participants)) or (bool(context_sides) and _context_meeting(context)),
    )
    # the finishers the passes take, made once per sentence (s38-speed13)
    finish = functools.partial(_finish, ctx)
    found = functools.partial(_found, ctx)
    rereader = functools.partial(_reread, ctx, context, speaker, participants) if reread else None
    events: list[Event] = []
    verbal: list[Trigger] = []
    last_verbal_coded = False
    for trig in find_triggers(tokens, {u.tok_start: u.tok_end for u in units}, patterns)[:MAX_TRIGGERS]:
        if topic_of_talks(tokens, trig, verbal) or stance_topic(tokens, trig):
            continue  # "discussed cooperation between Russia and NATO", "position on ...": a topic, not a report
        if _received_thing(tokens, trig):
            continue  # "received the Security Council's support": a thing received, no guest
        if _duty_not_blame(tokens, trig):
            continue  # "bears the primary responsibility for maintaining peace": a duty, no blame
        event = _event_for(ctx, trig, verbal)
        for beaten in trig.overlapped if event is None else ():
            # the longer phrase codes nothing here ("refuses to implement the Minsk agreements": a mutual act
            # with one side): the best phrase it overlapped tells the act
            event = _event_for(ctx, beaten, verbal)
            if event is not None:
                trig = beaten
                break
        if event is not None and _manner_of_protest(trig) and last_verbal_coded:
            _aim_of_protest(events, event)  # "called supporters to rally in protest over X's policy": at X
            continue  # "recalled its representative in protest at ...": the recall is the act
        if event is not None and _purpose_of_protest(tokens, trig, events):
            _aim_of_protest(events, event)
            continue  # "thousands gathered outside the embassy to protest against ...": one protest
        if event is not None and _captured_in_attack(tokens, trig, event, events):
            continue  # "killed three soldiers and captured two others": one assault
        if event is not None and _restated_by_participle(tokens, trig, event, events):
            # "The last Russian troops left Estonia, completing a withdrawal ...": one pull-out, aimed where
            # the participle says when the first telling named no one
            k = max(i for i, e in enumerate(events) if e.event is event.event)
            if not events[k].target and event.target and not set(event.target) & set(events[k].source):
                events[k] = dataclasses.replace(events[k], target=event.target)
            continue
        if event is not None and _object_noun_of_act(trig, event, events):
            continue  # "will provide $200 million in humanitarian assistance to Ukraine": one aid, the verb's
        if event is not None and _object_of_same_act(trig, event, verbal, events, last_verbal_coded):
            continue  # "will fund training for Ukrainian pilots": the training is what is funded, one aid
        if trig.verbal:
            verbal.append(trig)
            last_verbal_coded = event is not None
        if event is not None:
            events.append(event)
    evaluated = not patterns.evaluative_adjectives.isdisjoint(norms)  # the adjective loops' first test (s27)
    if not any(e.event in _RESPONSES and e.event is not EventType.REQUEST for e in events):
        # "Russia's reckless behaviour must stop, and NATO will defend ...": the judgement accuses; but a
        # sentence that already answers the act ("will never recognise Russia's illegal annexation", "halt
        # cooperation in response to Russia's illegal intervention") only describes it; a demand does not
        # answer it ("Allies raised Russia's aggressive actions in Ukraine and called on Moscow to ...")
        accusation = _found(ctx, statements.evaluation_accusation(ctx)) if evaluated else None
        if accusation is not None:
            events.insert(0, accusation)
    # the statement readers, in order; each adds its event only when the sentence has none of its type yet
    if not statements._REGARD_VERBS.isdisjoint(norms):  # it reads nothing without its verb (s28-speed2)
        _add_unless(ctx, events, EventType.ACCUSE, lambda: statements.regarded_as(ctx))
    if statements.may_judge_act(norms):  # (its loop starts from a judging copula: s38-speed13)
        _add_unless(ctx, events, EventType.ACCUSE, lambda: statements.judged_act(ctx))
    _add_if_may(ctx, events, norms, EventType.ACCUSE, statements.judged_that)
    _add_unless(ctx, events, EventType.ACCUSE, lambda: statements.framed_act(ctx, _framed_acts(events)))
    if quick.cause_words(norms):
        _add_unless(ctx, events, EventType.ACCUSE, lambda: statements.cited_grievance(ctx, _answers(events)))
    _add_if_may(ctx, events, norms, EventType.ACCUSE, statements.protests_from_a_state)
    _add_if_may(ctx, events, norms, EventType.ACCUSE, statements.grave_crime_alleged)

    _add_if_may(ctx, events, norms, EventType.ACCUSE, statements.international_outcry)
    _add_if_may(ctx, events, norms, EventType.ACCUSE, statements.criticism_faced)
    _add_unless(ctx, events, EventType.ACCUSE, lambda: criticism_undergone(ctx))
    recall = newsrecall.may_read(norms)  # the four news readers' cue words (s26)
    if recall:
        _add_unless(ctx, events, EventType.ACCUSE, lambda: newsrecall.dig_at(ctx))  # "in a swipe at X"
        _add_unless(ctx, events, EventType.ACCUSE, lambda: newsrecall.criticism_from(ctx))
    # verbal conflict in wording no trigger carries (:mod:`detente.coding.verbal`)
    if evaluated:
        _add_unless(ctx, events, EventType.ACCUSE, lambda: verbal_conflict.judged_to_be(ctx))
    _add_if_may(ctx, events, norms, EventType.ACCUSE, verbal_conflict.feeling_at)
    _add_if_may(ctx, events, norms, EventType.ACCUSE, verbal_conflict.regretted_act)
    if grievances.may_read(norms):  # grievances with no verb of blame (:mod:`detente.coding.grievances`)
        _add_unless(ctx, events, EventType.ACCUSE, lambda: grievances.instrument_of_another(ctx))
        _add_unless(ctx, events, EventType.ACCUSE, lambda: grievances.hostile_attempts(ctx))
        _add_unless(ctx, events, EventType.ACCUSE, lambda: grievances.measure_condemned(ctx))
        _add_unless(ctx, events, EventType.ACCUSE, lambda: grievances.foreign_hand(ctx))
        events = grievances.with_broken_word(ctx, events, lambda f: _found(ctx, f))
    mfa = rumfa.may_read(norms)
    for read in (rumfa.staff_cut, rumfa.told_to_leave) if mfa else ():  # measures in MFA wording (s26)
        cut = _found(ctx, read(ctx))
        if cut is not None and not any(e.event is cut.event and e.source == cut.source for e in events):
            events.append(cut)
    if mfa:
        acts = [(e.event, e.source, e.target) for e in events]
        _add_unless(ctx, events, EventType.THREATEN, lambda: rumfa.response_to_come(ctx, acts))
    _add_if_may(ctx, events, norms, EventType.THREATEN, verbal_conflict.harsh_answer)
    if quick.answer_nouns(norms):  # (s27-speed: each quick test below is the reader's own first test)
        steps = [(e.event, e.polarity, e.source) for e in events]
        _add_unless(ctx, events, EventType.THREATEN, lambda: verbal_conflict.answered_in_kind(ctx, steps))
    if quick.may(verbal_conflict.refusal_blamed, norms):
        blamed = [(e.source, e.target) for e in events if e.event is EventType.ACCUSE]
        _add_unless(ctx, events, EventType.REJECT, lambda: verbal_conflict.refusal_blamed(ctx, blamed))
    _add_if_may(ctx, events, norms, EventType.REJECT, verbal_conflict.offer_discounted)
    _add_if_may(ctx, events, norms, EventType.PROTEST, statements.background_protest)
    _add_if_may(ctx, events, norms, EventType.SANCTION, restrictions.passive_restriction)
    if statecraft.may_read(tokens, norms):  # acts of state in official Russian wording
        for etype, reader in statecraft.READERS:
            _add_or_complete(ctx, events, etype, functools.partial(reader, ctx))
    if quick.detention_words(norms):
        _add_unless(ctx, events, EventType.COERCE, lambda: newsacts.detained_in_place(ctx))
    if recall:  # (s26)
        _add_unless(ctx, events, EventType.ASSAULT, lambda: newsrecall.hurt_in_attack(ctx))
        events = newsrecall.attack_told_by_casualties(ctx, events, lambda f: _found(ctx, f))
    if captivity.may_read(norms):  # people told as held by a state (s23)
        _add_unless(ctx, events, EventType.COERCE, lambda: captivity.held_in_custody(ctx))
    if quick.protested_detention_words(norms):
        _add_unless(ctx, events, EventType.COERCE, lambda: captivity.protested_detention(ctx))
    if not (handovers._SWAPPED.isdisjoint(norms) and handovers._HANDED.isdisjoint(norms)):  # (s28-speed)
        events = _handed_over(ctx, events)  # (its reader's loop starts from one of these words)
    _add_if_may(ctx, events, norms, EventType.SUPPORT, statements.evaluation_praise)
    _add_if_may(ctx, events, norms, EventType.SUPPORT, statements.contribution_praise)
    if quick.withouts(norms):
        _add_unless(ctx, events, EventType.SUPPORT, lambda: statements.indispensable_praise(ctx))
    if quick.appraisal_words(norms):
        _add_unless(ctx, events, EventType.SUPPORT, lambda: appraisals.appraised_partner(ctx))
    if esteem.may_read(norms):
        _add_unless(ctx, events, EventType.SUPPORT, lambda: esteem.esteemed(ctx, ctx.demonym))
    if approvals.may_read(norms):  # (s25)
        _add_unless(ctx, events, EventType.SUPPORT, lambda: approvals.greeting_message(ctx))
        _add_unless(ctx, events, EventType.SUPPORT, lambda: approvals.important_to_us(ctx))
        _add_unless(ctx, events, EventType.SUPPORT, lambda: approvals.decision_approved(ctx))
        _add_unless(ctx, events, EventType.SUPPORT, lambda: approvals.hoped_of_partner(ctx))
    if quick.may(statements.at_the_request_of, norms):
        _add_unless(
            ctx,
            events,
            EventType.REQUEST,
            lambda: statements.at_the_request_of(ctx, [c for e in events for c in (*e.source, *e.target)]),
        )
    # commitments to joint work no trigger word carries (:mod:`detente.coding.commitments`)
    _add_unless(ctx, events, EventType.AGREE, lambda: commitments.joint_intent(ctx))
    if quick.may(commitments.decided_passive, norms):
        _add_unless(ctx, events, EventType.AGREE, lambda: commitments.decided_passive(ctx, events))
    _add_if_may(ctx, events, norms, EventType.AGREE, commitments.mutual_commitment)
    if quick.may(commitments.joint_text_content, norms):
        _add_unless(ctx, events, EventType.AGREE, lambda: commitments.joint_text_content(ctx, events))
    _add_if_may(ctx, events, norms, EventType.AGREE, commitments.joint_body)
    # accords told without a word of agreeing (:mod:`detente.coding.accords`)
    if quick.position_words(norms):
        _add_unless(ctx, events, EventType.AGREE, lambda: accords.shared_position(ctx))
    if quick.cooperation_words(norms):
        _add_unless(ctx, events, EventType.AGREE, lambda: accords.stance_on_cooperation(ctx))
    _add_if_may(ctx, events, norms, EventType.AGREE, accords.readiness_with_all)
    _add_if_may(ctx, events, norms, EventType.AGREE, accords.plans_outlined)
    if quick.manner_words(norms):
        _add_unless(ctx, events, EventType.COOPERATE, lambda: cooperation.joint_manner(ctx))  # done together
    # joint work told as going on in official wording (:mod:`detente.coding.ties`, s25)
    if ties.may_read(norms):
        _add_unless(ctx, events, EventType.COOPERATE, lambda: ties.cooperation_under_way(ctx))
        _add_unless(ctx, events, EventType.COOPERATE, lambda: ties.built_together(ctx))
        _add_unless(ctx, events, EventType.COOPERATE, lambda: ties.commission_at_work(ctx))
        _add_unless(ctx, events, EventType.COOPERATE, lambda: ties.we_keep_up(ctx))
        _add_unless(ctx, events, EventType.COOPERATE, lambda: ties.our_bodies_cooperate(ctx))
        _add_unless(ctx, events, EventType.COOPERATE, lambda: ties.built_with_partner(ctx))
        _add_unless(ctx, events, EventType.AID, lambda: ties.helped_by(ctx))
        _add_unless(ctx, events, EventType.AID, lambda: ties.our_deliveries(ctx))
    # meetings told indirectly in readouts (:mod:`detente.coding.consults`)
    if quick.may(consults.briefed_on_own_trip, norms):
        _add_consult(ctx, events, lambda: consults.briefed_on_own_trip(ctx))
    if quick.may(consults.discussed_with, norms):
        _add_consult(ctx, events, lambda: consults.discussed_with(ctx))
    _add_consult(ctx, events, lambda: consults.we_talked(ctx, alone=not events))
    if quick.may(consults.judged_meeting_with, norms):
        _add_consult(ctx, events, lambda: consults.judged_meeting_with(ctx))
    # readouts of talks (:mod:`detente.coding.readouts`)
    if readouts.may_read(norms):
        _add_consult(ctx, events, lambda: readouts.views_exchanged(ctx))
        _add_consult(ctx, events, lambda: viewsexchanged.exchanged_views(ctx))  # passive (s24)
        _add_consult(ctx, events, lambda: readouts.we_held_talks(ctx))
        _add_consult(ctx, events, lambda: readouts.agenda_of_talks(ctx))
        _add_consult(ctx, events, lambda: readouts.welcomed_to_place(ctx))
        _add_consult(ctx, events, lambda: readouts.pair_spoke_about(ctx))
        _add_consult(ctx, events, lambda: readouts.briefed_counterpart(ctx))
        _add_unless(ctx, events, EventType.ACCUSE, lambda: readouts.attention_drawn(ctx))
        _add_unless(ctx, events, EventType.COOPERATE, lambda: readouts.we_cooperate(ctx))
        _add_unless(ctx, events, EventType.COOPERATE, lambda: readouts.joint_drills_with(ctx))
        _add_unless(ctx, events, EventType.ASSAULT, lambda: readouts.strikes_discussed(ctx, events))
    # meetings told without a verb of meeting beside both sides (:mod:`detente.coding.exchanges`, s25)
    if quick.agenda_word(norms):
        _add_consult(ctx, events, lambda: exchanges.agenda_between(ctx, readouts.agenda_of_talks))
    if quick.may(exchanges.visit_stated, norms):
        _add_consult(ctx, events, lambda: exchanges.visit_stated(ctx))
    if quick.may(exchanges.talks_under_way, norms):
        _add_consult(ctx, events, lambda: exchanges.talks_under_way(ctx))
    if quick.may(exchanges.said_at_meeting_with, norms):
        _add_consult(ctx, events, lambda: exchanges.said_at_meeting_with(ctx, alone=not events))
    if quick.effort_words(norms):
        _add_consult(ctx, events, lambda: exchanges.mediated_truce(ctx))
    # the s26 readers below need a side: a speaker, a meeting's sides or an actor named
    sided = ctx.speaker is not None or bool(ctx.participants) or any(u.code for u in ctx.units)
    if sided:
        # wire copy (s26-wire): "Defying ..., X", rescuers, judged moves
        events = wire.fronted_doer(ctx, events)
        _add_unless(ctx, events, EventType.REJECT, lambda: wire.defiance(ctx, ctx.dictionary, ctx.date))
        _add_unless(ctx, events, EventType.AID, lambda: wire.rescuers_arrived(ctx))
        _add_unless(ctx, events, EventType.SUPPORT, lambda: wire.judged_move(ctx))
    # a complaint told as the other side's movement (:mod:`detente.coding.encroachment`)
    if not events and quick.may(encroachment.advance_to_borders, norms):
        _add_unless(ctx, events, EventType.ACCUSE, lambda: encroachment.advance_to_borders(ctx))
    if encounters.may_read(norms):
        _add_consult(ctx, events, lambda: encounters.encounter(ctx))  # meetings told by how they went
    if sided:
        if mfa:
            _add_consult(ctx, events, lambda: rumfa.discussion_held(ctx))  # "X and Y held a discussion"
        _add_consult(ctx, events, lambda: pressers.atmosphere_judged(ctx))  # "the atmosphere was ..." (s26)
        if pressers.may_leave(norms):
            _add_or_complete(
                ctx, events, EventType.RETREAT, lambda: pressers.site_left(ctx)
            )  # "left the base"
        if pressers.may_train(norms):
            _add_or_complete(
                ctx, events, EventType.AID, lambda: pressers.trained_under(ctx)
            )  # "trained under"
        if "express" in text:  # (support_expressed's own first test: s38-speed13)
            _add_or_complete(ctx, events, EventType.SUPPORT, lambda: kremlin6.support_expressed(ctx))  # (s26)
        _add_unless(ctx, events, EventType.AGREE, lambda: kremlin6.we_suggested(ctx))
        _add_or_complete(ctx, events, EventType.SUPPORT, lambda: kremlin6.signed_between(ctx))
        _add_consult(ctx, events, lambda: kremlin6.pair_examined(ctx))
        _add_unless(ctx, events, EventType.ACCUSE, lambda: kremlin6.concern_voiced(ctx))
        _add_consult(ctx, events, lambda: kremlin6.talks_continued(ctx))
        _add_consult(ctx, events, lambda: kremlin6.we_will_talk(ctx))
        _add_consult(ctx, events, lambda: kremlin6.met_your_minister(ctx))
        _add_or_complete(ctx, events, EventType.SUPPORT, lambda: kremlin6.stance_endorsed(ctx))
        _add_unless(ctx, events, EventType.AGREE, lambda: kremlin6.sides_desire(ctx))
        events = kremlin6.settled(ctx, events) if events else events
    if not events:
        praise = _found(ctx, statements.relation_praise(ctx))
        if praise is not None:
            events.append(praise)
    events = approvals.partner_hoped(ctx, events)  # a hope that the partner furthers ties: SUPPORT (s25)
    events = _signed_agreement(tokens, _welcomed_doer(text, events))
    events = alliance.amend(ctx, events, _finish)  # NATO-Russia official wording
    events = [
        _own_people(e)
        for e in (_forces_target(ctx, ev) for ev in _fold_parts(sentence_passes(ctx, events)))
        if e is not None
    ]
    events = attacker_named_with_the_attack(ctx, events)
    events = newsacts.with_place_of_detention(ctx, events)
    if quick.frame_words(norms):
        events = newsacts.framed_concession(ctx, events)
    events = captivity.with_place_of_sentence(ctx, events)  # "was sentenced in Russia" (s23)
    events = [_bomb_planters(ctx, _yielded_to_crowd(ctx, e, events)) for e in events]
    events = _occupied_in_protest([_refused_despite(ctx, _protest_aimed_against(ctx, e)) for e in events])
    if not _SITTINGS.isdisjoint(norms):  # (its loop starts from one of these words, s28-speed)
        events = events + _forum_meeting_held(ctx, events)
    events = [_listed_agents(ctx, e) for e in events]
    events = [_charge_inherits(ctx, e, events) for e in events]
    # (its own first test, s28-speed)
    if not _SAID.isdisjoint(norms) and not _CROSSING_VERBS.isdisjoint(norms):
        events = events + _pronoun_charges(ctx, events)
    events = _truce_breached(ctx, events)
    events = bothsides.aimed_at_both_sides(tokens, ctx.units, events, speaker_code)
    events = [e for e in (_courtesy_to_you(ctx, e) for e in events) if e is not None]
    events = _initiative_of_a_side(ctx, events)
    events = kremlin7.settled(ctx, events, found)  # readouts without a lead (s27)
    events = kremlin8.settled(ctx, events, found)  # unnamed signers, accords (s28)
    events = kremlin9.settled(ctx, events, found)  # Kremlin wording (s28)
    events = kremlin10.settled(ctx, events, found)  # conduct judged (s29)
    events = written6.settled(ctx, events, found)  # goods sent: AID (s29-written6)
    events = written6.pulled_back(ctx, events, found)  # "no longer has troops in"
    events = written6.judged(ctx, events, found)  # "was not justified"
    events = written7.settled(ctx, events, found)  # first events (s30-written7)
    events = kremlin12.settled(ctx, events, found)  # relations going well (s31)
    events = _charged_in_paper(ctx, events)
    events = [_at_joint_forum(ctx, e) for e in events]
    events = [_to_international_community(ctx, e) for e in events]
    events = [e for e in events if not _remembered(ctx, e)]
    events = runsayers.our_meeting_is_mutual(text, events, ctx.speaker, ctx.participants)  # (s24)
    events = runsayers.signed_title_is_no_act(text, events)  # (s24)
    events = runsayers.signed_during_visit(text, events, ctx.participants)
    events = runsayers.our_mutual_is_both(text, events, ctx.speaker, ctx.participants)
    events = runsayers.we_signed_together(
        text, events, ctx.speaker, ctx.participants, reported=ctx.reported_meeting
    )
    events = weagreed.we_agreed_together(
        text, events, ctx.speaker, ctx.participants, reported=ctx.reported_meeting
    )
    events = alliance.settle(ctx, events)  # NATO-Russia official wording, after the passes
    events = attribution.corrected(tokens, ctx.units, date, events)  # who did what to whom
    events = [
        dataclasses.replace(e, target=recipients.kept_targets(text, tokens, ctx.units, e.anchor, e.target))
        for e in events
    ]  # no mediator, predicate or relative clause's object as a target (:mod:`.recipients`)
    if events:  # sides of events already read (s26)
        events = sidefix2.settled(tokens, ctx.units, dictionary, date, events, context, ctx.speaker)
    events = officials.settle(ctx.text, date, dictionary, events)  # officials: depositary, reported trips
    events = material.amended(tokens, events)  # material-conflict look-alikes (:mod:`.material`)
    events = sidefix3.visit_welcomed(text, date, events, dictionary)  # "welcome the visit of X to Y" (s28)
    if events:
        events = rumfa.decided_by(ctx, events)  # "the decision of X to ...": X's act (s26-rumfa)
        events = rumfa.entry_banned(ctx, events)  # "banned from entering Russia": Russia's sanction
        events = rumfa.dated_answer(text, events)  # "will be suspended from 1 November": no threat
        events = pressers.amended(ctx, events, found)  # NATO press points (s26)
    kept = _dedupe(
        [
            e
            for e in events
            if finalise.keep(ctx, e, events) and not newsacts.dropped(ctx, e, events, ctx.participants)
        ]
    )
    if not kept and reread and "by" in norms:  # (its loop starts from "by": s38-speed13)
        kept = _active_reading(ctx, context, speaker, participants, reported_meeting)
    if not kept and reread:  # "X and Y, he said, had the same view of ...": the pair's act (s23)
        kept = readoutacts.pair_acts(text, functools.partial(_reread, ctx, context, speaker, participants))
    kept = overlaps.pruned(nonevents.kept_events(tokens, ctx.units, kept, dictionary.is_side))
    kept = promises.settled(tokens, kept)  # promised stances are SUPPORT, vows to go on no AGREE (s24-news)
    kept = comparisons.outside_comparisons(tokens, kept)  # "more than X is willing to ..." (s24-news)
    kept = participles.without_title_modifiers(tokens, kept)  # "arrested suspended councillor X" (s24-news)
    kept = wire.settled(tokens, ctx.units, kept)  # wire look-alikes and retyped acts (s26-wire)
    if reread:  # "ruled on Monday that", "Defying ..., X": read again without the framing (s26-wire)
        again = functools.partial(
            _reread, ctx, context, speaker, participants, reported_meeting=reported_meeting
        )
        kept = wire.read_again(text, kept, ctx.units, again)
        kept = news9.read_belief_again(text, kept, again)  # "said he believes X will ..." (s31-news9)
    if kept:  # passes that amend or answer events already read (s26): nothing to do without them
        kept = second.with_judgements(tokens, ctx.units, kept, finish)  # "..., a decision Moscow welcomes"
        kept = second.with_cited_acts(tokens, kept, finish)  # "citing X's strikes"
        kept = second.with_talks_failed(tokens, kept, finish)  # "ended without a deal"
        kept = readouts2.settled(text, kept, ctx.participants, ctx.reported_meeting, ctx.units)
        kept = kremlin6.signatories_only(ctx, kept)  # a signing "between X and Y" has no target
        kept = capitals.settled(text, ctx.units, kept, ctx.speaker)  # third parties on Russia
    # NATO declarations (s26-communiques): amends events and also reads some of its own
    if kept or ctx.speaker is not None:  # its own readings need the speaker's "we"
        kept = communiques.settled(text, ctx.units, ctx.speaker, kept, finish)
    if kept:  # second events named as nouns, captives, coordinated proposals (s29-second2)
        kept = second2.settled(tokens, ctx.units, kept, finish)
        kept = second3.settled(tokens, ctx.units, kept, finish)  # (s30-second3)
    kept = written8.settled(  # second events of written statements (s31-written8)
        tokens,
        ctx.units,
        kept,
        finish,
        ctx.speaker,
        text=text,
        reread=rereader,
    )
    kept = np4.without_public_appeals(text, kept)  # a government's appeal to its own public (s27-np4)
    kept = np4.one_of_those(text, kept, dictionary, date)  # "X was one of N states that ..." (s27-np4)
    kept = coercefix.settled(text, kept)  # COERCE readings that report no coercion (s27-coerce)
    kept = news5.without_background_attacks(tokens, kept)  # "shortly after Russia invaded" (s28-news)
    kept = news5.without_protested_wars(tokens, kept)  # "marched to protest X's war on Y" (s28-news)
    kept = news5.without_idle_support(tokens, ctx.units, kept)  # "the base, which supports ..." (s28-news)
    kept = news5.words_not_blows(tokens, ctx.units, kept)  # "attacked Ambassador X" tonight (s28-news)
    if ctx.speaker is None:  # a visit told in passing in news (s28-news); statements have their own readers
        kept = news5.visits_told_in_passing(text, ctx.units, kept, finish)
        kept = news6.calls_told_in_passing(text, ctx.units, kept, finish)
    kept = news6.settled(tokens, kept)  # sanction words for repression, dated attacks (s29-news6)
    kept = news7.settled(text, tokens, ctx.units, kept, finish)  # (s30-news7)
    kept = news8.settled(text, tokens, ctx.units, kept, finish, home)  # (s30-news8)
    kept = news9.settled(text, tokens, ctx.units, kept, finish, ctx.speaker)  # (s31)
    kept = news10.settled(text, tokens, ctx.units, kept, finish, ctx.speaker)  # (s32)
    kept = written5.settled(text, kept)  # solidarity as motive or label, blame judged likely (s28-written)
    kept = sidefix3.settled(text, date, kept, dictionary, ctx.speaker, context)  # (s28-sides)
    kept = nonevents2.settled(text, kept)  # attendance lists, earlier meetings, purposes (s29)
    kept = kremlin11.settled(text, kept)  # home lawmaking, features offered, foreseen work (s30-kremlin11)
    kept = kremlin13.settled(text, kept, ctx.units, ctx.speaker, finish)  # (s31)
    kept = kremlin14.settled(  # interference judged, home councils, criticism met, needs noted (s32)
        text, kept, ctx.units, ctx.speaker, ctx.participants, finish
    )
    kept = kremlin12.joint_statement_adopted(text, kept)  # a joint statement adopted: SUPPORT (s31)
    kept = nonevents3.settled(text, kept)  # purposes, capabilities, named goals (s31-precision8)
    kept = sidefix4.settled(text, date, kept, dictionary, ctx.speaker)  # protests, curfews, deployments (s29)
    kept = sources2.settled(  # doers told through a sayer, a meeting, a pair or a bare title (s29)
        text, date, tokens, ctx.units, kept, dictionary, participants, ctx.speaker, context
    )
    kept = sidefix5.settled(text, date, kept, dictionary)  # drafts, opposition crowds, zones (s30-sidefix5)
    kept = sidefix6.settled(text, date, kept, dictionary, ctx.speaker)  # missions, transit, answers (s31)
    kept = sidefix7.settled(text, date, kept, dictionary, ctx.speaker)  # judges, envoys, calls (s31)
    kept = sidefix8.settled(text, date, kept, dictionary, context)  # warnings aimed, judges (s31-sidefix8)
    kept = written9.settled(text, kept, ctx.units, ctx.speaker, finish)  # (s32)
    kept = written10.settled(text, kept, ctx.units, ctx.speaker, finish)  # (s32)
    kept = sidefix9.settled(text, date, kept, dictionary, context)  # always aimed, groups (s32-sidefix9)
    kept = cautions.settled(  # plans charged, blame assessed, warnings beside demands (s32-warnings)
        text, tokens, ctx.units, kept, finish, ctx.speaker
    )
    kept = cautions2.settled(  # intent signalled, intimidation refused, abuse warned (s32-cautions2)
        text,
        tokens,
        ctx.units,
        kept,
        finish,
        rereader,
    )
    kept = sidefix10.settled(text, date, kept, dictionary)  # acts aimed at their object (s32-sidefix10)
    kept = written11.settled(  # answers promised, troops back, drills held, charges rebuffed (s33-written11)
        text, kept, ctx.units, ctx.speaker, finish
    )
    kept = kremlin17.settled(  # talks framed, welcomed, cooperation stated, alike on issues discussed (s33)
        text, kept, ctx.speaker, ctx.participants, date, finish, ctx.units
    )
    kept = accuse2.settled(  # charged conduct, what it called, threats named, welfare (s33-accuse2)
        text, tokens, ctx.units, kept, finish, ctx.speaker
    )
    kept = support2.settled(  # praise, thanks, condolences told by nouns and appraisals (s33-support2)
        text, kept, ctx.units, ctx.speaker, finish
    )
    kept = material2.settled(
        text, kept, ctx.units, ctx.speaker, finish, dictionary, date
    )  # forces moved, envoys sent out, arms withheld or delivered (s33-material2)
    kept = titles11.settled(text, date, kept, dictionary, ctx.speaker)  # UN titles, placed forces (s33)
    kept = sanction2.settled(  # intent denied, envoys expelled, missions closed, treaties unbound (s34)
        text,
        kept,
        ctx.units,
        ctx.speaker,
        finish,
        rereader,
    )
    kept = kremlin18.settled(text, kept, ctx.speaker)  # "we agreed" told as mutual (s34-kremlin18)
    kept = written12.settled(text, kept, ctx.units, ctx.speaker, finish)  # (s34)
    kept = subset2.settled(  # acts of second clauses (s34-subset2)
        text,
        tokens,
        ctx.units,
        kept,
        rereader,
        patterns.events,
    )
    kept = pronoun2.settled(
        text,
        tokens,
        ctx.units,
        kept,
        rereader,
    )  # (s34-pronoun2)
    kept = nominal3.settled(  # acts told as nouns that a protest is aimed at (s35-nominal3)
        text,
        tokens,
        ctx.units,
        kept,
        finish,
        rereader,
    )
    kept = news11.settled(text, tokens, ctx.units, kept, finish, date)  # (s35)
    kept = natonews.settled(  # air policing, posture, mission cuts, council meetings (s36-natonews)
        text, kept, ctx.units, ctx.speaker, finish, dictionary, date
    )
    kept = s38chron.settled(  # councils founded and met, measures told, doctrines, drafts (s38-chron)
        text, kept, ctx.units, ctx.speaker, finish, dictionary, date
    )
    kept = s38realpages.settled(text, kept)  # sideless agendas, audiences greeted, things offering (s38)
    kept = s38targets4.settled(text, date, kept, dictionary)  # pair counterparts, press, force (s38-targets4)
    kept = s38kn10.settled(  # treaty breaches charged, exits cited as blame, asked not to (s38-kn10)
        text, kept, ctx.units, ctx.speaker, finish, date
    )
    kept = s38misses.settled(text, kept, ctx.units, dictionary)  # sayers, offices, decisions, drills (s38)
    kept = s38argue.settled(text, kept, ctx.units, ctx.speaker, finish)  # blame by argument (s38-argue)
    kept = s39krecall.settled(  # talks, wants, importance noted (s39-krecall)
        text, kept, ctx.units, ctx.speaker, ctx.participants, finish, date
    )
    kept = s39news.settled(text, kept, ctx.units, rereader)  # scare quotes, contrasts (s39-news)
    kept = s39sides.settled(text, date, kept, dictionary)  # one named counterpart after the act (s39)
    kept = s39kside.settled(text, kept, ctx.units, ctx.participants, finish)  # unnamed counterparts (s39)
    kept = s39news2.settled(text, kept, ctx.units, finish)  # domestic and unnamed sides in news (s39)
    kept = s39rare.settled(text, kept)  # rare types where a sibling took the words (s39-rare)
    kept = s39extra.settled(text, kept)  # background protests, purposes, annexation treaties (s39-extra)
    # side fixes last: the events every reader above added are aimed alike
    kept = targets3.settled(text, date, kept, dictionary)  # pairs, appositions, blame aimed (s34-targets3)
    kept = blocs.expanded(dictionary, kept, date, text)  # "the Baltic states" are their members (s35)
    return finalise.after_dissolution(dictionary, newsprecision.kept_events(tokens, ctx.units, kept))


def _reread(
    ctx: _Context,
    context: str | None,
    speaker: str | None,
    parts: Sequence[str],
    text: str,
    *,
    reported_meeting: bool = False,
) -> list[Event]:
    """A rereading's text coded as a sentence of its own, with the sentence's date, speaker and sides."""
    return code_sentence(
        text,
        date=ctx.date,
        context=context,
        speaker=speaker,
        dictionary=ctx.dictionary,
        patterns=ctx.patterns,
        participants=parts,
        reported_meeting=reported_meeting,
        reread=False,
    )


def _active_reading(
    ctx: _Context,
    context: str | None,
    speaker: str | None,
    participants: Sequence[str],
    reported_meeting: bool,
) -> list[Event]:
    """The events of a sentence that codes nothing as it stands, read once more with its passive clause
    put in the active (:mod:`detente.coding.passives`): only acts done by the doer named after "by", with
    their spans in the sentence."""
    reading = passives.active_reading(ctx.text, ctx.tokens, ctx.units)
    if reading is None:
        return []
    found = _reread(ctx, context, speaker, participants, reading.text, reported_meeting=reported_meeting)
    return [
        dataclasses.replace(e, evidence=reading.where(*e.evidence), anchor=reading.where(*e.anchor))
        for e in found
        if set(e.source) & set(reading.agent) and not reading.inside_object(e.anchor[1])
    ]


_QUITTING = words("pull pulls pulled pulling withdraw withdraws withdrew withdrawn withdrawing")
_FORCES_PULLED = words(
    "troops troop forces force soldiers contingent contingents peacekeepers personnel units staff ambassador "
    "diplomats envoy mission missions"
)


def _quits_a_body(ctx: _Context, trig: Trigger, target: Sequence[str]) -> bool:
    """A pull-out from an organisation of states ("pulled out of ECOWAS", "pulled the US out of the World
    Health Organization", "will withdraw from NATO") ends relations with it (SANCTION), unlike a pull-back of
    forces from a place ("pulled its troops out of Kherson", "NATO pulled out of Afghanistan")."""
    tokens = ctx.tokens
    span = tokens[trig.tok_start : trig.tok_end]
    if not trig.verbal or not any(t.norm in _QUITTING for t in span) or not target or ctx.dictionary is None:
        return False
    if any(t.norm in _FORCES_PULLED for t in tokens[trig.tok_start : trig.tok_end + 3]):
        return False
    kinds = ctx.dictionary.code_kinds
    if all(kinds.get(code) is ActorKind.ORG for code in target):
        return True
    # "pulled the US out of the World Health Organization": the body left is named after the phrase
    left = next((u for u in ctx.units if u.tok_start >= trig.tok_end and u.code is not None), None)
    return (
        left is not None
        and left.tok_start <= trig.tok_end + 1
        and kinds.get(left.code or "") is ActorKind.ORG
    )


_VOWING = words("vow vows vowed vowing pledge pledges pledged pledging promise promises promised promising")


def _vows_to_quit(ctx: _Context, trig: Trigger) -> bool:
    """A vow whose content is a break ("vowed to quit the Paris agreement", "pledged to pull out of NATO",
    "vowed to impose sanctions on Iran"): the act promised is hostile, so the vow threatens."""
    tokens = ctx.tokens
    i = trig.tok_start
    if tokens[i].norm not in _VOWING or i + 1 >= len(tokens) or tokens[i + 1].norm != "to":
        return False
    end = min(len(tokens), i + 14)
    found = ctx.patterns.find(tokens[i + 2 : end], {})
    if not found or found[0].rule is None:
        return False
    governed = found[0].rule.event
    if governed is EventType.SANCTION:
        return True
    if governed is not EventType.RETREAT or ctx.dictionary is None:
        return False
    after = [u for u in ctx.units if u.tok_start >= i + 2 + found[0].end and u.code is not None][:1]
    return bool(after) and ctx.dictionary.code_kinds.get(after[0].code or "") is ActorKind.ORG


_BODIES = frozenset({"state", "metonym", "org"})


def _state_accused(ctx: _Context, trig: Trigger, target: Sequence[str]) -> bool:
    """The one "accused of" is a state or an organisation named as such ("Russia has been accused of war
    crimes", "Moscow is accused of ..."): an accusation by someone unnamed, not a person's criminal charge."""
    named = [u for u in ctx.units if u.code in target and u.tok_end <= trig.tok_start]
    return bool(named) and all(u.kind in _BODIES for u in named)


def _remembered(ctx: _Context, event: Event) -> bool:
    """The event is what the writer or speaker remembers ("I still remember the marches in the capital
    under the old junta") or a reason denied ("not because they supported the Donetsk People's
    Republic"): not a report (see :func:`filters.remembered`, :func:`filters.denied_reason`)."""
    at = next((k for k, t in enumerate(ctx.tokens) if t.start >= event.anchor[0]), len(ctx.tokens))
    return remembered(ctx.tokens, at) or denied_reason(ctx.tokens, at)


def _charged_in_paper(ctx: _Context, events: list[Event]) -> list[Event]:
    """Acts a charging document tells ("an FBI indictment said the mayor had agreed to let smugglers use the
    airfield") are its charges: one ACCUSE/allege by the document's owner (else the speaker) against the doer
    of the first act told, instead of the acts; accusations already coded stay."""
    paper = statements.charging_paper(ctx)
    if paper is None:
        return events
    tokens = ctx.tokens
    noun = tokens[paper.noun]
    lo = tokens[paper.content].start if paper.content < len(tokens) else len(ctx.text)
    told = [
        e
        for e in events
        if e.event is not EventType.ACCUSE and e.anchor[0] >= lo and not noun.start <= e.anchor[0] < noun.end
    ]
    if not told or any(e.event is EventType.ACCUSE for e in events):
        return [e for e in events if e not in told]
    source = (paper.owner,) if paper.owner else ((ctx.speaker,) if ctx.speaker else ())
    doer = told[0].source or told[0].target
    target = tuple(c for c in doer if c not in source)
    roles = Roles(source, target, (noun.start, told[0].evidence[1]))
    charge = _finish(
        ctx, EventType.ACCUSE, "allege", roles, Polarity.ASSERTED, noun.start, noun.end, noun.text
    )
    return [charge, *(e for e in events if e not in told)]


_RECEIVING = words("receive receives received receiving host hosts hosted hosting")
_THINGS_RECEIVED = words(
    "support backing approval endorsement blessing consent citizenship passport passports visa visas aid "
    "assistance help funding loan loans weapons invitation letter letters message messages award awards "
    "order medal medals recognition"
)


def _received_thing(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "receive X" / "host X" is a meeting only when X is the guest; an actor that owns or qualifies what is
    received ("the roadmap received the Security Council's backing", "those who receive Russian citizenship")
    names no guest."""
    if trig.match.rule.event is not EventType.CONSULT or trig.match.slot is None:
        return False
    if tokens[trig.tok_start].norm not in _RECEIVING:
        return False
    rest = [t.norm for t in tokens[trig.match.slot[1] : trig.match.slot[1] + 6]]
    if rest[:1] and rest[0] in _THINGS_RECEIVED:
        return True  # "receive Russian citizenship"
    # "received the (International Syria Support Group)'s backing": a name that owns what is received
    owner_end = next((i for i, w in enumerate(rest) if w == "'s"), None)
    if owner_end is None or not all(
        t.text[:1].isupper() for t in tokens[trig.match.slot[1] : trig.match.slot[1] + owner_end]
    ):
        return False
    return owner_end + 1 < len(rest) and rest[owner_end + 1] in _THINGS_RECEIVED


_INITIATIVE = readouts2.INITIATIVE  # also "At ...", "at the request of the X side" (s26-readouts2)
_TOOK_PLACE = re.compile(
    r"\b(?:conversation|call|talks|meeting|consultations)\s+(?:took\s+place|was\s+held|were\s+held)\b", re.I
)


def _initiative_of_a_side(ctx: _Context, events: list[Event]) -> list[Event]:
    """A meeting or call held "on the initiative of the French side" was sought by that side: it is the
    source and the other side, named by the document's meeting or, in a readout, the publisher who speaks,
    the target ("The conversation took place at the Israeli side's initiative")."""
    # both of its forms need "side" and "initiative" or "request", spelt so (s35-speed6: the words first)
    text = ctx.text
    found = (
        _INITIATIVE.search(text) if "side" in text and ("initiative" in text or "request" in text) else None
    )
    if found is None:
        return events
    lo, hi = found.span()
    side = next(
        (u.code for u in ctx.units if u.code and lo <= u.start < hi and u.kind in ("demonym", "state")), None
    )
    if side is None:
        return events
    fallback = tuple(c for c in ctx.participants if c != side) if ctx.reported_meeting else ()
    if not fallback and ctx.speaker is not None and ctx.speaker != side:
        fallback = (ctx.speaker,)
    out: list[Event] = []
    done = False
    for e in events:
        if (
            e.event is EventType.CONSULT
            and not done
            and (side in (*e.source, *e.target) or not (e.source or e.target))
        ):
            others = tuple(c for c in dict.fromkeys((*e.source, *e.target)) if c != side) or fallback
            if others:
                e = dataclasses.replace(e, source=(side,), target=others)
                done = True
        out.append(e)
    if not done and fallback and not any(e.event is EventType.CONSULT for e in events):
        held = _TOOK_PLACE.search(ctx.text)
        if held is not None:
            roles = Roles((side,), fallback, (held.start(), hi))
            mode = ctx.consult_cue()
            out.append(
                _finish(
                    ctx, EventType.CONSULT, mode, roles, Polarity.ASSERTED, held.start(), hi, "initiative"
                )
            )
    return out


_DUTIES = words(
    "maintaining ensuring keeping protecting upholding guaranteeing preserving safeguarding strengthening "
    "promoting securing defending developing supporting implementing"
)


def _duty_not_blame(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "bear (special) responsibility for maintaining peace and security" states a duty, not a blame: an
    accusation told by "responsibility" whose "for" names something to keep up is none."""
    if trig.match.rule.event is not EventType.ACCUSE or tokens[trig.tok_end - 1].norm != "responsibility":
        return False
    nxt = [t.norm for t in tokens[trig.tok_end : trig.tok_end + 2]]
    return len(nxt) == 2 and nxt[0] == "for" and nxt[1] in _DUTIES


_COURTESY_FORMS = words(
    "thank thanks thanked thanking congratulate congratulates congratulated congratulating welcome welcomes "
    "welcomed welcoming greet greets greeted greeting salute salutes saluted saluting"
)
_SECOND_PERSON = words("you everyone everybody")
_ALL_OF = words("all each both")
_FORMULA_WORDS = words(
    "very much so again once all for your attention time patience everyone everybody colleagues friends"
)


def _courtesy_to_you(ctx: _Context, event: Event) -> Event | None:
    """Thanks, congratulations and welcomes said to "you" are aimed at whom the speaker addresses, never at
    the actors named in what they are for: "Thank you for taking up our invitation to the SCO forum", "I
    congratulate you on the Day of Unity of Russia and Belarus", "thank you for your military service". In
    the statements after talks the addressee is the meeting's other side; otherwise the sentence does not say
    who is addressed (an audience at a ceremony, more often than not) and nothing is coded: a courtesy with
    no one it is paid to relates no two actors."""
    if event.event is not EventType.SUPPORT:
        return event
    tokens = ctx.tokens
    at = next((i for i, t in enumerate(tokens) if t.start >= event.anchor[0]), len(tokens))
    if at >= len(tokens) or tokens[at].norm not in _COURTESY_FORMS:
        return event
    j = at + 1
    while j + 1 < len(tokens) and tokens[j].norm == "and" and tokens[j + 1].norm in _COURTESY_FORMS:
        j += 2  # "I welcome and congratulate you"
    while j + 1 < len(tokens) and tokens[j].norm in _ALL_OF and tokens[j + 1].norm == "of":
        j += 2  # "congratulate all of you"
    if j >= len(tokens) or tokens[j].norm not in _SECOND_PERSON:
        return event
    rest = [t.norm for t in tokens[j + 1 :] if t.is_word and t.norm not in _FORMULA_WORDS]
    if not rest:
        return None  # "Thank you very much for your attention.", "Thank you all.": a closing formula
    others = tuple(c for c in ctx.participants if c not in event.source) if ctx.reported_meeting else ()
    if not others:
        return None
    return dataclasses.replace(event, target=others)


_STATE_KINDS = frozenset({"state", "metonym", "demonym", "org", "title", "person"})


def _forces_target(ctx: _Context, event: Event) -> Event | None:
    """An act aimed at soldiers or troops with no state named for them is aimed at the state the sentence
    names ("crossed into northern Israel, killed three soldiers": Israel; "held talks with President Assad
    in Damascus, urging him to pull troops out of the cities": Syria) — an army is coded by whom it serves,
    never as an actor of its own when it is acted on; with no state named and no doer, nothing is left
    (``None``)."""
    if "military" not in event.target:
        return event
    rest = tuple(c for c in event.target if c != "military")
    if rest:
        return dataclasses.replace(event, target=rest)
    states = [
        u
        for u in ctx.units
        if u.code is not None
        and u.kind in _STATE_KINDS
        and u.code not in event.source
        and u.code != "military"
    ]
    after = [u for u in states if u.start >= event.anchor[0]]
    chosen = (after or states)[:1]
    if not chosen and not event.source:
        return None  # "thanked the servicemen of the Armed Forces": no one named acts on anyone
    return dataclasses.replace(event, target=tuple(u.code for u in chosen if u.code))


_SITTINGS = words("meeting meetings session sessions")
_BEFORE_SITTING = words("at during after before since following ahead")
_HELD_WORDS = canon_words("held scheduled planned convened")
_FUTURE_SITTING = canon_words("will scheduled planned")


def _forum_meeting_held(ctx: _Context, events: Sequence[Event]) -> list[Event]:
    """A sitting of a joint forum told as held or scheduled: "A meeting of the NATO-Russia Council was held
    on 12 January", "A meeting of the NATO-Russia Council has been scheduled for 12 January" - a (future)
    mutual CONSULT of the forum's sides, even with no verb of meeting. A sitting named only as a time
    marker or topic ("at the meeting of the NRC, Allies said") has no such predicate and stays uncoded."""
    if any(e.event is EventType.CONSULT for e in events):
        return []
    tokens = ctx.tokens
    for i, tok in enumerate(tokens[:-2]):
        if tok.norm not in _SITTINGS or tokens[i + 1].norm != "of":
            continue
        forum = next((u for u in ctx.units if i + 2 <= u.tok_start <= i + 3 and u.code in JOINT_FORUMS), None)
        if forum is None or forum.code is None or (i and tokens[i - 1].norm in _BEFORE_SITTING):
            continue
        after = [t.norm for t in tokens[forum.tok_end : forum.tok_end + 5]]
        held = any(w in _HELD_WORDS for w in after) or any(
            a in ("take", "took", "takes") and b == "place" for a, b in itertools.pairwise(after)
        )
        if not held:
            return []
        future = any(w in _FUTURE_SITTING for w in after)
        negated = any(w in ("not", "n't", "never") for w in after)
        polarity = Polarity.NEGATED if negated else Polarity.FUTURE if future else Polarity.ASSERTED
        roles = Roles(forum_sides((forum.code,)), (), (tokens[i].start, forum.end), True, True)
        return [
            _finish(ctx, EventType.CONSULT, "multilateral", roles, polarity, tok.start, forum.end, tok.text)
        ]
    return []


_PLACE_PREPS = words("outside near at opposite before")


def _protest_aimed_against(ctx: _Context, event: Event) -> Event:
    """Whom a protest is aimed at when "against" names another side than the one the sentence gave: first a
    protest held at one side's building against another's act (:func:`_protested_against`), then one against
    an act its owner is named with (:func:`_against_owner`)."""
    return _against_owner(ctx, _protested_against(ctx, event))


def _protested_against(ctx: _Context, event: Event) -> Event:
    """A protest held at one side's building "against" another side's act is aimed at the side it is against:
    "demonstrated outside the US embassy against NATO's air strikes" (NATO, not the United States whose
    embassy is the place); with no other side after "against" the place's side stays."""
    if event.event is not EventType.PROTEST or not event.target:
        return event
    tokens, units = ctx.tokens, ctx.units
    at = next((i for i, t in enumerate(tokens) if t.start >= event.anchor[0]), len(tokens))
    placed = [
        u
        for u in units
        if u.code in event.target
        and u.tok_start > at
        and any(t.norm in _PLACE_PREPS for t in tokens[max(at, u.tok_start - 3) : u.tok_start])
    ]
    if not placed:
        return event
    floor_end = next((i for i in range(at, len(tokens)) if tokens[i].norm in (";", ".")), len(tokens))
    for i in range(placed[0].tok_end, floor_end):
        if tokens[i].norm != "against":
            continue
        against = next(
            (
                u
                for u in units
                if i < u.tok_start <= i + 3 and u.code is not None and u.code not in event.target
            ),
            None,
        )
        if against is not None and against.code is not None:
            return dataclasses.replace(event, target=(against.code,))
        return event
    return event


def _against_owner(ctx: _Context, event: Event) -> Event:
    """A protest "against X's act" is aimed at X, wherever it is held: "Tens of thousands took to the streets
    of Kiev to protest against Russia's military takeover of Crimea" (Russia, not Ukraine whose capital is
    the place); an actor after "against" that is already a side changes nothing."""
    if event.event is not EventType.PROTEST or not event.target:
        return event
    tokens, units = ctx.tokens, ctx.units
    at = next((i for i, t in enumerate(tokens) if t.start >= event.anchor[0]), len(tokens))
    for i in range(at, min(len(tokens), at + 12)):
        if tokens[i].norm in (";", ".", ","):
            return event
        if tokens[i].norm != "against":
            continue
        owner = next((u for u in units if i < u.tok_start <= i + 2), None)
        owned = owner is not None and (
            owner.kind == "demonym"
            or any(t.norm in ("'s", "'") for t in tokens[owner.tok_start : owner.tok_end + 1])
        )
        if owner is None or owner.code is None or not owned:
            return event
        if owner.code in event.target or owner.code in event.source:
            return event
        return dataclasses.replace(event, target=(owner.code,))
    return event


_OBJECTIONS = words(
    "protest protests objection objections opposition calls demands pressure appeals warnings"
)


def _refused_despite(ctx: _Context, event: Event) -> Event:
    """A refusal "despite protests from X" / "despite X's objections" is aimed at X, who asked: "Estonia refused
    to halt the removal of a Soviet war memorial despite protests from Moscow" (Russia, not the memorial's
    Soviet past)."""
    if event.event is not EventType.REJECT:
        return event
    tokens, units = ctx.tokens, ctx.units
    at = next((i for i, t in enumerate(tokens) if t.start >= event.anchor[0]), len(tokens))
    k = next((i for i in range(at, len(tokens)) if tokens[i].norm == "despite"), None)
    if k is None or not any(t.norm in _OBJECTIONS for t in tokens[k + 1 : k + 4]):
        return event
    who = next((u for u in units if k < u.tok_start <= k + 4 and u.code is not None), None)
    if who is None or who.code is None or who.code in event.source:
        return event
    return dataclasses.replace(event, target=(who.code,))


def _occupied_in_protest(events: list[Event]) -> list[Event]:
    """A building seized by the crowd that protests in the same sentence is part of the protest, not a
    seizure: "protesters stormed Kiev city hall and occupied it overnight" (one PROTEST)."""
    crowds = {c for e in events if e.event is EventType.PROTEST for c in e.source}
    return [
        e
        for e in events
        if not (e.event is EventType.COERCE and e.mode == "seize" and e.source and set(e.source) <= crowds)
    ]


_PROTEST_WORDS = words(
    "protest protests protesters protestors demonstrations demonstrators uprising rallies strikes unrest"
)
_CROWD_CODES = ("protesters", "opposition", "students", "workers", "unions")


def _yielded_to_crowd(ctx: _Context, event: Event, events: Sequence[Event]) -> Event:
    """A concession or resignation with no one named it yields to is made to the crowd the sentence says
    protested ("resigned after three weeks of protests", "bowing to street protests", "withdrew the bill a
    day after protesters stormed parliament"): the protesters, or the group its protest names."""
    if (
        event.event not in (EventType.CONCEDE, EventType.RETREAT)
        or event.target
        or not event.source
        or (event.event is EventType.RETREAT and event.mode not in ("", "resign"))
    ):
        return event
    crowd = next(
        (
            e.source[0]
            for e in events
            if e.event is EventType.PROTEST and len(e.source) == 1 and e.source[0] in _CROWD_CODES
        ),
        None,
    )
    if crowd is None and any(t.norm in _PROTEST_WORDS for t in ctx.tokens):
        crowd = "protesters"
    if crowd is None or crowd in event.source:
        return event
    return dataclasses.replace(event, target=(crowd,))


_CHARGING_PARTICIPLES = words("alleging claiming charging accusing saying insisting complaining asserting")
_FINDING_VERBS = words(
    "prove proved proven proves establish established establishes conclude concluded concludes confirm "
    "confirmed confirms find found finds determine determined determines"
)
_CHARGE_AFTER = _HOSTILE_TYPES | {EventType.PROTEST, EventType.REJECT, EventType.THREATEN}


def _to_international_community(ctx: _Context, event: Event) -> Event:
    """An "international" call refused or help asked for (:mod:`detente.coding.appeals`)."""
    target = appeals.international_party(ctx.tokens, event.event, event.source, event.target, event.anchor)
    return event if target == event.target else dataclasses.replace(event, target=target)


def _at_joint_forum(ctx: _Context, event: Event) -> Event:
    """At a joint council one side acts on the other (:mod:`detente.coding.venues`)."""
    target = venues.other_side(ctx.tokens, ctx.units, event.event, event.source, event.target)
    return event if target == event.target else dataclasses.replace(event, target=target)


def _listed_agents(ctx: _Context, event: Event) -> Event:
    """Every actor of a list after "by" holds the role its first one holds (:mod:`detente.coding.agentlists`)."""
    span = event.evidence
    source = agentlists.with_listed_agents(ctx.text, ctx.tokens, ctx.units, event.source, event.target, span)
    target = agentlists.with_listed_agents(ctx.text, ctx.tokens, ctx.units, event.target, source, span)
    if (source, target) == (event.source, event.target):
        return event
    return dataclasses.replace(event, source=source, target=target)


def _charge_inherits(ctx: _Context, event: Event, events: Sequence[Event]) -> Event:
    """A charge told after a hostile act of the same sentence names its sides from that act. Told by a
    participle ("Thousands marched through Tehran, alleging that the election had been rigged"), it is the
    act's doer who charges and, when the charge names no one, the act's target who is charged. Told by the
    same doer in a clause of its own ("Turkish jets shot down a Russian bomber; Turkey said the aircraft had
    violated its airspace"), the charge with no one named is against the one the act struck."""
    if event.event is not EventType.ACCUSE or (event.source and event.target):
        return event
    at = next((i for i, t in enumerate(ctx.tokens) if t.start == event.anchor[0]), None)
    if not event.source and at is not None and ctx.tokens[at].norm in _FINDING_VERBS:
        # "Norway said the investigation had proven that a Russian drone downed the airliner": the finding
        # of an inquiry no one is named for is charged by whoever reports it
        sayer = sayer_before(ctx.tokens, ctx.units, at)
        if sayer is not None and sayer.code and sayer.code not in event.target:
            return dataclasses.replace(event, source=(sayer.code,))
    prior = [
        e
        for e in events
        if e.event in _CHARGE_AFTER and e.anchor[1] <= event.anchor[0] and e.source and e.target
    ]
    if not prior:
        return event
    act = prior[-1]
    between = [t.norm for t in ctx.tokens if act.anchor[1] <= t.start <= event.anchor[0]]
    participle = any(
        a == "," and b in _CHARGING_PARTICIPLES for a, b in itertools.pairwise(between)
    ) and not any(n in (";", ".") for n in between)
    if participle and not event.source:
        return dataclasses.replace(event, source=act.source, target=event.target or act.target)
    same_doer = event.source and set(event.source) == set(act.source)
    if same_doer and not event.target and not set(act.target) & set(event.source):
        return dataclasses.replace(event, target=act.target)
    return event


_SAID = words("said says")
_CROSSING_VERBS = words("violated breached entered crossed intruded strayed")
_CROSSED_PLACES = words("airspace waters border frontier shelf zone line")


def _pronoun_charges(ctx: _Context, events: Sequence[Event]) -> list[Event]:
    """The doer of a hostile act charging what it struck, told by a pronoun: "Indian troops shot down a
    Pakistani drone, and India said it had crossed the Line of Control" (ACCUSE India -> Pakistan). Without
    such an act "it" may be the sayer itself ("Turkey said it had entered Syrian airspace by mistake")."""
    norms = [t.norm for t in ctx.tokens]
    if not (_SAID & set(norms)) or not (_CROSSING_VERBS & set(norms)):
        return []  # most sentences have no such clause: skip the scan
    acts = [
        e
        for e in events
        if e.event in _HOSTILE_TYPES and e.polarity is Polarity.ASSERTED and e.source and e.target
    ]
    found: list[Event] = []
    for i, norm in enumerate(norms):
        if norm not in _SAID or i == 0:
            continue
        k = i + 1 + (i + 1 < len(norms) and norms[i + 1] == "that")
        if k >= len(norms) or norms[k] not in ("it", "they"):
            continue
        k += 1
        if k < len(norms) and norms[k] in ("had", "has", "have"):
            k += 1
        if k >= len(norms) or norms[k] not in _CROSSING_VERBS:
            continue
        if not any(n in _CROSSED_PLACES for n in norms[k + 1 : k + 8]):
            continue
        sayer = next((u for u in ctx.units if u.tok_end == i and u.code), None)
        if sayer is None or sayer.code is None:
            continue
        act = next(
            (
                e
                for e in reversed(acts)
                if e.anchor[1] <= ctx.tokens[sayer.tok_start].start
                and sayer.code in e.source
                and sayer.code not in e.target
            ),
            None,
        )
        if act is None or any(
            e.event is EventType.ACCUSE and set(e.source) == set(act.source) for e in events
        ):
            continue
        start, end = ctx.tokens[i].start, ctx.tokens[k].end
        polarity = polarity_of(ctx.tokens, k, ctx.patterns, floor=i)
        if polarity is not Polarity.ASSERTED:
            continue  # "said it had not violated ...": a denial on the struck craft's behalf
        roles = Roles((sayer.code,), act.target, (ctx.tokens[sayer.tok_start].start, end))
        found.append(_finish(ctx, EventType.ACCUSE, "allege", roles, polarity, start, end, "say it violated"))
    return found


_REPORTING_VERBS = words("reported reporting reports reported")
_BREACH_QUALIFIERS = words("continued continuing renewed ongoing fresh further new heavy")
_OFFICIAL_WORDS = words("officials official authorities military forces army command")


def _truce_breached(ctx: _Context, events: list[Event]) -> list[Event]:
    """A side's report of fighting that goes on after the other side's truce: "Moscow declared an Easter
    truce, but Ukrainian officials reported continued shelling" is Ukraine charging Russia (ACCUSE), not
    Ukraine shelling; the truce is offered to the reporting side. Shelling with its doer named ("Russian
    forces shelled Kharkiv, Ukrainian officials said") stays the attack."""
    truces = [e for e in events if e.event is EventType.CONCEDE and len(e.source) == 1]
    if not truces or not any(t.norm in _REPORTING_VERBS for t in ctx.tokens):
        return events
    out = list(events)
    for n, e in enumerate(out):
        if e.event is not EventType.ASSAULT or len(e.source) != 1:
            continue
        at = next((i for i, t in enumerate(ctx.tokens) if t.start == e.anchor[0]), None)
        if at is None:
            continue
        k = at - 1
        while k > 0 and ctx.tokens[k].norm in _BREACH_QUALIFIERS:
            k -= 1
        if ctx.tokens[k].norm not in _REPORTING_VERBS:
            continue
        r = k - 1
        while r > 0 and ctx.tokens[r].norm in _OFFICIAL_WORDS:
            r -= 1
        reporter = next((u for u in ctx.units if u.tok_start <= r < u.tok_end and u.code), None)
        if reporter is None or (reporter.code,) != e.source:
            continue
        if any(t.norm == "by" for t in ctx.tokens[at : at + 5]):
            continue  # "reported renewed shelling by separatist units": the doer is named
        truce = next(
            (t for t in reversed(truces) if t.anchor[1] <= e.anchor[0] and t.source != e.source), None
        )
        if truce is None or (e.target and e.target != truce.source):
            continue  # (a place on the truce's side, "near Kherson", is where the shelling fell)
        out[n] = dataclasses.replace(
            e,
            event=EventType.ACCUSE,
            mode="allege",
            target=truce.source,
            derived=derived_fields(EventType.ACCUSE, "allege"),
        )
        if not truce.target:
            out[out.index(truce)] = dataclasses.replace(truce, target=e.source)
    return out


_BOMB_WORDS = words("bomb bombs bombing bombings ied ieds explosives")


def _bomb_planters(ctx: _Context, event: Event) -> Event:
    """An attack by a bomb that no one is named for ("A car bomb ripped through a police checkpoint, killing
    dozens of officers") is coded as done by militants, as unnamed perpetrators of attacks are."""
    if event.event is not EventType.ASSAULT or event.source:
        return event
    if not any(t.norm in _BOMB_WORDS and t.start < event.anchor[1] for t in ctx.tokens):
        return event
    return dataclasses.replace(event, source=("militants",))


def _people_evacuating(ctx: _Context, trig: Trigger, etype: EventType, roles: Roles) -> bool:
    """Residents or civilians who evacuate or are evacuated flee danger or obey an order: no side pulls back
    from anything ("ordered all residents of northern Gaza to evacuate", "villagers evacuated")."""
    if etype not in (EventType.CONCEDE, EventType.RETREAT) or not roles.source:
        return False
    if not any(t.norm.startswith("evacuat") for t in ctx.tokens[trig.tok_start : trig.tok_end]):
        return False
    if set(roles.source) <= _OWN_PEOPLE:
        return True
    # "Authorities ordered people to evacuate": the people told to leave are who evacuate
    i = trig.tok_start
    return (
        i > 0
        and ctx.tokens[i - 1].norm == "to"
        and any(t.norm in _EVACUEES for t in ctx.tokens[max(0, i - 10) : i - 1])
    )


_EVACUEES = words(
    "people residents civilians inhabitants population villagers families citizens locals tourists"
)


_PROTEST_HEADS = words(
    "protest protests demonstration demonstrations rally rallies sit-in sit-ins unrest growing mounting "
    "escalating spreading ongoing continuing swelling"
)


def _unled_protest(ctx: _Context, trig: Trigger, roles: Roles) -> Roles:
    """A protest named as a noun with no crowd or owner before it ("and now mounting protests could push her
    to ...", "the protest began when the premier declared ..."): the state its clause's subject stands for is
    what the protesters protest against, not who protests."""
    if trig.verbal or trig.match.rule.event is not EventType.PROTEST or roles.crowd or roles.target:
        return roles
    if ctx.tokens[trig.tok_start].norm not in _PROTEST_HEADS:
        return roles
    if trig.tok_start > 0 and ctx.tokens[trig.tok_start - 1].norm == "'s":
        return roles  # "the opposition's protests": named protesters
    if not roles.source or not all(c.isupper() for c in roles.source):
        return roles
    return dataclasses.replace(roles, source=("protesters",), target=roles.source, crowd=True)


def _own_people(event: Event) -> Event:
    """A people protesting in its own country is a crowd of protesters, not its state protesting itself
    ("tens of thousands of Georgians rallied in Tbilisi"; their demands were folded into the protest)."""
    if event.event is EventType.PROTEST and event.source and set(event.source) <= set(event.target):
        return dataclasses.replace(event, source=("protesters",))
    return event


_CLAUSE_ENDS = frozenset({",", ";", ":", "which", "that", "who", "but", "while", "whereas"})
_SCHEDULED = canon_words("scheduled due planned expected set slated")


def _future_predicate(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A noun trigger whose clause goes on in the future: "The meeting of NRC foreign ministers on Friday
    will be the Council's first", "the exercise is scheduled for September", "talks are to be held"."""
    for i in range(trig.tok_end, min(len(tokens), trig.tok_end + 15)):
        norm = tokens[i].norm
        if norm in _CLAUSE_ENDS:
            return False
        if norm in ("will", "shall"):
            return True
        if norm in ("is", "are"):
            nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
            return nxt in _SCHEDULED or (nxt == "to" and i + 2 < len(tokens) and tokens[i + 2].norm == "be")
        if norm in ("was", "were", "has", "have", "had", "would"):
            return False
    return False


def _manner_of_protest(trig: Trigger) -> bool:
    """The "in protest at/against X" phrase, which is a protest only when nothing else was done."""
    return (
        not trig.verbal
        and trig.match.rule.event is EventType.PROTEST
        and trig.match.phrase.source.startswith("in ")
    )


def _aim_of_protest(events: list[Event], event: Event) -> None:
    """The protest phrase after a protest already coded with no target names whom that protest is aimed
    at: "called for supporters to assemble ... in protest over the Prime Minister's handling of the war",
    "gathered outside the embassy to protest against the government" (the last protest takes the target)."""
    if event.event is not EventType.PROTEST or not event.target or not events:
        return
    last = events[-1]
    if last.event is EventType.PROTEST and not last.target and not set(event.target) & set(last.source):
        events[-1] = dataclasses.replace(last, target=event.target)


def _purpose_of_protest(tokens: Sequence[Token], trig: Trigger, events: Sequence[Event]) -> bool:
    """A protest told as the purpose of a protest already coded: "Several thousand people gathered outside
    the US Embassy to protest against the bombing" (the gathering is the protest; "to protest" its aim)."""
    return (
        trig.match.rule.event is EventType.PROTEST
        and trig.tok_start > 0
        and tokens[trig.tok_start - 1].norm == "to"
        and any(e.event is EventType.PROTEST for e in events)
    )


def _restated_by_participle(
    tokens: Sequence[Token], trig: Trigger, event: Event, events: Sequence[Event]
) -> bool:
    """A participle after a comma (or "and") that names again the pull-back or concession just coded: "The
    last Israeli soldiers left the Gaza Strip, closing the gate ... and ending 38 years of occupation"."""
    return (
        event.event in (EventType.RETREAT, EventType.CONCEDE)
        and trig.verbal
        and trig.tok_start > 0
        and tokens[trig.tok_start - 1].norm in (",", "and")
        and tokens[trig.tok_start].norm.endswith("ing")
        and any(e.event is event.event for e in events)
    )


_PRAISING = canon_words(
    "welcome welcomed welcomes welcoming praise praised praises praising hail hailed hails hailing commend "
    "commended commends commending applaud applauded applauds applauding salute saluted salutes saluting"
)


def _welcomed_doer(text: str, events: list[Event]) -> list[Event]:
    """Praise of an act named right after the praising verb is praise of whoever did it: "welcomed the release
    of the Russian citizens by the Lithuanian authorities" supports Lithuania, not the citizens released."""
    out = list(events)
    for i, ev in enumerate(out):
        if ev.event is not EventType.SUPPORT or not ev.target:
            continue
        head = text[ev.anchor[0] : ev.anchor[1]].split()
        if not head or head[0].lower() not in _PRAISING:
            continue
        act = next((e for e in out if e.anchor[0] >= ev.anchor[1]), None)
        if act is None or act.event is EventType.SUPPORT or not act.source:
            continue
        between = text[ev.anchor[1] : act.anchor[0]]
        if "," in between or len(between.split()) > 3:
            continue  # not the verb's own object
        doers = tuple(c for c in act.source if c not in ev.source)
        if doers and set(ev.target) <= set(act.target) and not set(ev.target) & set(doers):
            out[i] = dataclasses.replace(ev, target=doers)
    return out


_SIGNING = canon_words("sign signs signed signing initial initialled initialed ratify ratified ratifies")


def _signed_agreement(tokens: Sequence[Token], events: list[Event]) -> list[Event]:
    """An "agreement between X and Y" in a sentence that reports a signing is signed, not just agreed: "the
    delegations signed ... an agreement between the tax services of Serbia and Hungary" (SUPPORT, as gold
    codes signatures); a signing with no actors of its own is then that one."""
    if _SIGNING.isdisjoint(norms_of(tokens)):
        return events
    signed = [
        e
        for e in events
        if e.event is EventType.AGREE and len(e.source) >= 2 and not e.target and " between" in e.trigger
    ]
    if not signed:
        return events
    sides = {c for e in signed for c in e.source}
    out = [
        e for e in events if not (e.event is EventType.SUPPORT and not e.source and set(e.target) <= sides)
    ]  # (the signing verb's own event, with no signatory of its own, is the same signing)
    return [dataclasses.replace(e, event=EventType.SUPPORT) if e in signed else e for e in out]


def _object_noun_of_act(trig: Trigger, event: Event, events: Sequence[Event]) -> bool:
    """A noun of the act that a verb before it already coded between the same sides ("will provide an
    additional $200 million in humanitarian assistance to Ukraine"): the verb's object, one event told once
    (with the verb's polarity, not as a second event of its own)."""
    return not trig.verbal and any(
        e.event is event.event
        and e.source == event.source
        and e.target == event.target
        and e.anchor[1] <= trig.start < e.evidence[1]
        for e in events
    )


def _object_of_same_act(
    trig: Trigger, event: Event, verbal: Sequence[Trigger], events: Sequence[Event], coded: bool
) -> bool:
    """A verb form right after the previous verb of the same aid or cooperation ("fund training", "help
    train") names that act's object: the previous event already tells it (with its own polarity)."""
    if not (trig.verbal and verbal and coded and events):
        return False
    prev = verbal[-1]
    return (
        prev.tok_end == trig.tok_start
        and event.event in (EventType.AID, EventType.COOPERATE)
        and events[-1].event is event.event
    )


def _captured_in_attack(
    tokens: Sequence[Token], trig: Trigger, event: Event, events: Sequence[Event]
) -> bool:
    """People seized by an attacker whose assault is already coded are part of that assault."""
    return (
        event.event is EventType.COERCE
        and coercion.captures_people(tokens, trig)
        and any(e.event is EventType.ASSAULT and set(e.source) & set(event.source) for e in events)
    )


def _warned_judgement(events: list[Event]) -> list[Event]:
    """A bare warning whose content judges an act ("warned that any use of force by NATO ... would be a
    gross violation of international law") accuses the act's doer; it threatens no one."""
    warnings = [e for e in events if e.event is EventType.THREATEN and e.trigger == "warn"]
    judged = [e for e in events if e.event is EventType.ACCUSE and e.polarity is Polarity.HYPOTHETICAL]
    if len(warnings) != 1 or len(judged) != 1 or not judged[0].target:
        return events
    if set(judged[0].target) & set(warnings[0].source):
        return events  # the one warning is not the one accused
    warning, judgement = warnings[0], judged[0]
    accusation = dataclasses.replace(
        judgement,
        source=warning.source or judgement.source,
        polarity=Polarity.ASSERTED,
        evidence=(
            min(warning.evidence[0], judgement.evidence[0]),
            max(warning.evidence[1], judgement.evidence[1]),
        ),
    )
    return [accusation if e is judgement else e for e in events if e is not warning]


_CHARGE_TRIGGERS = words("accuse blame allege")


def _charge_participle(ctx: _Context, trig: Trigger) -> bool:
    """A crowd's charge told by a participle after its act ("marched through Minsk, accusing the
    authorities of rigging the vote"): an accusation beside the protest, not the protest itself."""
    first = trig.match.phrase.source.split(maxsplit=1)[:1]
    return (
        bool(first)
        and first[0].lower() in _CHARGE_TRIGGERS
        and trig.tok_start > 0
        and ctx.tokens[trig.tok_start - 1].norm == ","
        and ctx.tokens[trig.tok_start].norm.endswith("ing")
    )


def _charging_trigger(event: Event) -> bool:
    """The event is told by a verb of charge itself ("accusing the police of brutality"), not by the
    protest's slogans or its object ("denouncing the reform")."""
    first = event.trigger.split(maxsplit=1)[:1]
    return bool(first) and first[0].lower() in _CHARGE_TRIGGERS


def _fold_parts(events: list[Event]) -> list[Event]:
    """Drop events that are parts of another event of the sentence: the demands and grievances of a
    protest ("protesters massed ..., demanding that ..."), and the condition of a threat ("threatened to
    shut the Strait if the West imposed sanctions"). A charge of wrongdoing the crowd makes ("marched
    through Tehran, alleging that the election had been rigged", "rallied in Paris, accusing the government of
    betraying farmers") is an accusation of its own."""
    protest_sources = [set(e.source) for e in events if e.event is EventType.PROTEST]
    events = _warned_judgement(events)
    threat = any(e.event is EventType.THREATEN for e in events)
    out = []
    for e in events:
        if (
            e.event in (EventType.REQUEST, EventType.ACCUSE)
            and not (e.event is EventType.ACCUSE and (e.mode == "allege" or _charging_trigger(e)))
            and protest_sources
            and (not e.source or any(set(e.source) <= s or not s for s in protest_sources))
        ):
            continue
        if threat and e.event is not EventType.THREATEN and e.polarity is Polarity.HYPOTHETICAL:
            continue
        out.append(e)
    return out


def _context_sides(dictionary: ActorDictionary, context: str | None, date: dt.date) -> tuple[str, ...]:
    """The actors a record's context names when it names two or more ("Talks between Putin and Blair")."""
    if not context or len(context) > MAX_SENTENCE_CHARS:
        return ()
    codes = forum_sides(
        [
            m.code
            for m in dictionary.match(context, date=date)
            if m.code and not communiques.names_meeting(context, m.end, m.kind.value)  # "Riga Summit" (s26)
        ]
    )
    return codes if len(codes) >= 2 else ()  # "after the NATO-Russia Council meeting": NATO and Russia


_MEETING_CONTEXT = re.compile(
    r"\b(?:meeting|meetings|talks|summit|conversation|negotiations|consultations|visit|council|session|"
    r"press\s+conference|joint\s+statement)\b",
    re.IGNORECASE,
)


def _context_meeting(context: str | None) -> bool:
    """The record's context tells of a meeting between the sides it names ("Press conference following the
    NATO-Russia Council", "Talks between Putin and Blair"), so the speaker's "we discussed" is both sides."""
    return bool(context) and _MEETING_CONTEXT.search(context or "") is not None


def contract_coder(rid: str, text: str, date: dt.date, context: str | None) -> list[dict[str, Any]]:
    """The ``detente code --jsonl`` coder: one input line's events as contract dicts."""
    return [event.to_dict() for event in code_sentence(text, date=date, context=context)]
