"""Coder stage 6b, statements read from a whole sentence rather than from one trigger: acts judged by their
own sentence ("Berlin's decision ... is extremely dangerous"), accusations phrased as evaluations ("Russia's
illegal annexation", "regards the decision as biased"), praise of a partner or of a relation, protests named
in passing, and requests made by naming who asked ("at Russia's request"). Each function returns a
:class:`Finding` — what the coder turns into an event with its date and derived fields — or ``None``."""

from __future__ import annotations

from collections.abc import Sequence, Set
from dataclasses import dataclass
from typing import Protocol

from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import (
    PREPOSITIONS,
    SCOPE_BREAK,
    Match,
    PatternSet,
    Token,
    Trigger,
    norms_of,
    words,
)
from detente.coding.polarity import polarity_of
from detente.coding.roleparts import according_to
from detente.coding.roles import (
    OF_PATIENT_ACTS,
    SPEECH_VERBS,
    Roles,
    by_agent,
    clause_floor,
    is_place,
    possessor,
    prep_before,
    relation_pair,
    sayer_after,
    sayer_before,
)
from detente.coding.units import Unit

COPULAS = words("is are was were be been remain remains remained become becomes became")
PRAISE_NOUNS = words("partner partners ally allies friend friends")
_CLAUSE_WORDS = words("that which who whose whom when where if because")
# a preposition between the copula and the noun makes the noun another phrase's object ("is a direct threat
# to Allies", "is a danger for its partners"); "of" stays allowed ("is one of our closest partners")
_PREDICATE_BREAKS = words("to for against with towards toward from by on at among")


class SentenceView(Protocol):
    """What the statement readers see of a sentence."""

    @property
    def text(self) -> str: ...

    @property
    def tokens(self) -> Sequence[Token]: ...

    @property
    def units(self) -> Sequence[Unit]: ...

    @property
    def patterns(self) -> PatternSet: ...

    @property
    def speaker(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class Finding:
    """An event read from a statement: type, mode, roles, polarity, the span it stands on and its word."""

    event: EventType
    mode: str
    roles: Roles
    polarity: Polarity
    start: int
    end: int
    trigger: str


_JUDGINGCOPULAS = words("is are was were be constitutes constitute represents represent amounts dealt deals")
_JUDGED_ACTS = words(
    "decision decisions move moves ban step steps measures policy policies plan plans actions action "
    "deployment deployments deliveries supplies withdrawal expulsion expulsions statement statements "
    "sanctions restrictions exercises build-up buildup enlargement expansion activity activities behaviour "
    "refusal demands claims accusations attempts attempt use suspension closure exit announcement "
    "drills manoeuvres maneuvers tests launches flights incursion incursions annexation occupation invasion "
    "intervention deportation deportations arrest arrests detention detentions crackdown persecution accession "
    "response responses retaliation reaction strike strikes attack attacks shelling bombing bombings "
    "bombardment killing killings murder abduction brutality cruelty"
)
_ANAPHORS = words("it this that these")
_FILLERS = words(
    "a an the yet another extremely very highly deeply clearly outright nothing but simply only also "
    "particularly especially absolutely totally completely utterly most more grossly further pure sheer blatant"
)


_GRAVE = words("gross grave serious flagrant blatant direct clear major significant severe heavy new another")


def _act_doer_after(tokens: Sequence[Token], units: Sequence[Unit], j: int, end: int) -> Unit | None:
    """Whose act the noun at ``j`` is, named after it before ``end``: "the use of force by NATO", "the
    suspension of cooperation announced by NATO ministers", "the withdrawal of the United States"."""
    for k in range(j + 1, min(end, j + 10)):
        of_doer = k == j + 1 and tokens[j].norm not in OF_PATIENT_ACTS  # not "the expulsion of diplomats"
        if tokens[k].norm == "by" or (tokens[k].norm == "of" and of_doer):
            doer = next((u for u in units if k < u.tok_start <= k + 2 and u.code is not None), None)
            if doer is not None:
                return doer
    return None


def _qualified_condemnation(tokens: Sequence[Token], k: int) -> bool:
    """A condemning noun after one or two plain adjectives: "a serious provocation", "a crude and cynical
    lie", "blatant interference"."""
    for m in range(k, min(len(tokens), k + 4)):
        norm = tokens[m].norm
        if norm in _CONDEMNING_NOUNS:
            return m > k
        if not tokens[m].is_word or norm in _CLAUSE_WORDS or norm in ("of", "to", "for", "with", "in", "on"):
            return False
    return False


_GOOD_GOALS = words(
    "cooperation co-operation peace dialogue stability settlement normalisation normalization detente "
    "reconciliation partnership integration trust de-escalation security resolution recovery rapprochement "
    "understanding agreement friendship membership"
)


_HOSTILE_GOALS = words("invasion war attack attacks aggression occupation strike strikes annexation")


def _hostile_goal(tokens: Sequence[Token], k: int) -> bool:
    """ "a rehearsal for invasion", "preparations for war": the judged act readies an attack."""
    if k >= len(tokens) or tokens[k].norm != "for":
        return False
    return any(t.norm in _HOSTILE_GOALS for t in tokens[k + 1 : k + 4])


def _good_goal(tokens: Sequence[Token], k: int) -> bool:
    """What a step leads towards is welcome ("a step towards closer cooperation"), not a harm to judge."""
    for m in range(k, min(len(tokens), k + 4)):
        if tokens[m].norm in _GOOD_GOALS:
            return True
        if not tokens[m].is_word:
            return False
    return False


def _judging_predicate(tokens: Sequence[Token], c: int, pats: PatternSet) -> int | None:
    """The head of a predicate that judges its subject, when token ``c`` is a copula: "is extremely
    dangerous", "is outright censorship", "was a crude provocation", "is a step towards confrontation",
    "are a flagrant violation of ..."; else ``None``."""
    if tokens[c].norm not in _JUDGINGCOPULAS or c == 0:
        return None
    k = c + 1
    while k < len(tokens) and k < c + 5 and tokens[k].norm in _FILLERS:
        k += 1
    if k >= len(tokens):
        return None
    here = tokens[k].norm
    nxt = tokens[k + 1].norm if k + 1 < len(tokens) else ""
    judged = (
        here in pats.evaluative_adjectives
        or here in _CONDEMNING_NOUNS
        or here in ("censorship", "blow")
        or (here in ("rehearsal", "preparation", "preparations", "prelude") and _hostile_goal(tokens, k + 1))
        or (
            here == "step"
            and nxt in ("towards", "toward", "backwards", "backward", "back")
            and not (nxt in ("towards", "toward") and _good_goal(tokens, k + 2))
        )
        or (nxt in ("violation", "breach", "blow") and here in _GRAVE)
        or (here == "war" and nxt in ("crime", "crimes"))  # "are a war crime"
        or _qualified_condemnation(tokens, k)
    )
    return k if judged else None


def _judged_owner(tokens: Sequence[Token], units: Sequence[Unit], lo: int, hi: int) -> Unit | None:
    """The actor whose act (a noun of :data:`_JUDGED_ACTS`) is named between ``lo`` and ``hi``: its owner
    ("NATO's decision", "NATO expansion") or the doer after it ("the use of force by NATO")."""
    for j in range(lo, hi):
        if tokens[j].norm in _JUDGED_ACTS:
            owner = possessor(tokens, units, j) or _act_doer_after(tokens, units, j, hi)
            if owner is not None and owner.code is not None:
                return owner
    return None


def _joint_name(text: str) -> bool:
    """An adjective of two named sides joined by a hyphen ("Russian-Belarusian", "US-South Korean")."""
    parts = text.split("-")
    return len(parts) == 2 and all(p[:1].isupper() for p in parts)


def _judging_sayer(
    tokens: Sequence[Token], units: Sequence[Unit], floor: int, said: int | None, k: int
) -> Unit | None:
    """Who voices the judgement whose predicate is at ``k``: the actor before a speech verb of its clause
    ("Lithuania's Foreign Ministry said the drills were a deliberate escalation"), the one after it ("...
    were a deliberate escalation, Vilnius said"), else the sayer of the clause before (``said``: the
    clause's last speech verb before the predicate, if any)."""
    if said is not None:
        sayer = next(
            (u for u in reversed(units) if floor <= u.tok_start and u.tok_end <= said and u.code), None
        )
        if sayer is not None:
            return sayer
    comma = next((j for j in range(k, min(len(tokens), k + 12)) if tokens[j].norm in (",", ";")), None)
    if comma is not None and tokens[comma].norm == ",":
        after = next((u for u in units if u.tok_start == comma + 1 and u.code), None)
        if after is not None and after.tok_end < len(tokens) and tokens[after.tok_end].norm in SPEECH_VERBS:
            return after
    fronted = next((u for u in units if u.code and u.tok_end <= k and according_to(tokens, u)), None)
    if fronted is not None:
        return fronted  # "According to the Russian side, the deployment ... constitutes a violation ..."
    return sayer_before(tokens, units, floor) if floor else None


def may_judge_act(norms: Set[str]) -> bool:
    """Whether :func:`judged_act` may read anything in a sentence of these word norms (s38-speed13): its loop
    starts only from a judging copula."""
    return not _JUDGINGCOPULAS.isdisjoint(norms)


def judged_act(view: SentenceView) -> Finding | None:
    """ACCUSE for an act judged by the sentence itself: "Berlin's decision to send tanks to Kiev is extremely
    dangerous", "the EU's ban on broadcasting RT is outright censorship", "NATO's enlargement is a step
    towards confrontation" — the sayer (or the statement's speaker; else unknown) accuses whose act it is."""
    tokens, units, pats = view.tokens, view.units, view.patterns
    for c, tok in enumerate(tokens):
        if tok.norm not in _JUDGINGCOPULAS:
            continue  # the cheap test of _judging_predicate, without the call
        k = _judging_predicate(tokens, c, pats)
        if k is None:
            continue
        floor = clause_floor(tokens, c)
        said = next(
            (
                j
                for j in range(c - 1, floor - 1, -1)
                if tokens[j].norm in SPEECH_VERBS
                and tokens[j].norm not in _JUDGED_ACTS  # not "Kiev's claims"
            ),
            None,
        )
        owner = (_judged_owner(tokens, units, said + 1, c) if said is not None else None) or _judged_owner(
            tokens, units, floor, c
        )
        if (
            owner is None
            and floor > 0
            and tokens[c - 1].norm in _ANAPHORS
            and not any(floor <= u.tok_start < c and u.kind != "pronoun" for u in units)
        ):
            # "NATO expansion has nothing to do with ...; on the contrary, it is a serious provocation": the
            # pronoun stands for the act the sentence named before
            owner = _judged_owner(tokens, units, 0, floor)
        if owner is None:
            # "the footage from Bucha is another staged provocation by the Kyiv regime": the agent after it
            owner = _act_doer_after(tokens, units, k, min(len(tokens), k + 7))
        if owner is None:
            continue
        sayer = _judging_sayer(tokens, units, floor, said, k)
        source = (
            (sayer.code,) if sayer is not None and sayer.code else ((view.speaker,) if view.speaker else ())
        )
        if owner.code is None or owner.code in source or _joint_name(tokens[owner.tok_start].text):
            continue  # (a joint act, "the Russian-Belarusian drills", has more doers than the one code)
        roles = Roles(source, (owner.code,), (min(owner.start, tok.start), max(owner.end, tokens[k].end)))
        polarity = polarity_of(tokens, c, pats, floor=floor)
        return Finding(EventType.ACCUSE, "disapprove", roles, polarity, tok.start, tokens[k].end, tok.text)
    return None


_OPENERS = SPEECH_VERBS | words("that")
_UNREAL = words("possible potential any future planned proposed hypothetical eventual")
_NOUN_LEAD = words("the a an this these those its their our his her 's such")


def _in_unit(units: Sequence[Unit], j: int) -> bool:
    return any(u.tok_start <= j < u.tok_end for u in units)


def _heads_phrase(tokens: Sequence[Token], units: Sequence[Unit], start: int, i: int) -> bool:
    """The noun at ``i`` heads a noun phrase that begins at ``start`` (or at a coordination after it): only
    determiners, an owner and a few adjectives before it — "the arrest of ...", "Russia's unilateral
    suspension of ...", "the searches and detentions of ..." — not a noun inside a longer phrase ("the
    risk of a suspension of ..."), nor an act only possible ("a possible war on Iraq", "any use of force")."""
    words_before = 0
    for j in range(i - 1, start - 1, -1):
        norm = tokens[j].norm
        if norm in ("and", ","):
            # a coordinated phrase of its own: "the searches and detentions of ...", "..., and the mass
            # deportation of ..." (not a verb after "and": "condemned X and welcomed the release of ...")
            return j + 1 == i or tokens[j + 1].norm in _NOUN_LEAD or _in_unit(units, j + 1)
        if _in_unit(units, j) or norm in _NOUN_LEAD:
            continue
        if (
            not tokens[j].is_word
            or not tokens[j].text.islower()
            or norm in PREPOSITIONS
            or norm in _OPENERS
            or norm in _UNREAL
        ):
            return False
        words_before += 1
        if words_before > 3:
            return False
    return True


_CONDEMNING_STEMS = ("condemn", "denounc", "deplor", "regret", "criticis", "criticiz", "decry", "decrie")
_FEELING_WORDS = words(
    "outrage indignation concern alarm dismay anger revulsion outraged indignant concerned alarmed dismayed"
)


def _condemning_verb(tokens: Sequence[Token], v: int) -> bool:
    """Token ``v`` condemns what follows it: "condemn(s/ed)", "deplore", "denounce", "regret(s) (that)",
    "criticise", "decry", or a feeling before "at/over/about/by" ("is indignant at", "expressed concern
    over"). Not "protest (against)", which is as often a street protest, whose cause is no report ("marched
    to protest against the bombing of Yugoslavia")."""
    norm = tokens[v].norm
    if norm in ("at", "over", "about", "by") and v > 0:
        return tokens[v - 1].norm in _FEELING_WORDS
    return tokens[v].text.islower() and norm.startswith(_CONDEMNING_STEMS) and not norm.endswith("able")


def _judged_spans(view: SentenceView) -> list[tuple[int, int]]:
    """Token spans naming what the sentence judges: what follows a condemning verb ("condemn the
    suspension of all links with Georgia and the mass deportation of ...", "regrets that the use of force
    by the coalition ..."), the subject of a judging predicate ("the detention of four Russian servicemen
    in Tbilisi ... is a crude provocation", "said the arrest of Alexei Navalny ... were unacceptable") and
    the object of "regard ... as" ("regards the expulsion of two of our diplomats ... as a crude
    provocation")."""
    tokens, pats = view.tokens, view.patterns
    spans: list[tuple[int, int]] = []
    for v in range(len(tokens)):
        if _condemning_verb(tokens, v):
            start = v + 2 if v + 1 < len(tokens) and tokens[v + 1].norm == "that" else v + 1
            end = next((j for j in range(start, len(tokens)) if tokens[j].norm in SCOPE_BREAK), len(tokens))
            spans.append((start, end))
    for c in range(len(tokens)):
        if _judging_predicate(tokens, c, pats) is None:
            continue
        floor = clause_floor(tokens, c)
        start = max([floor, *(j + 1 for j in range(floor, c) if tokens[j].norm in _OPENERS)])
        spans.append((start, c))
    for i, tok in enumerate(tokens):
        if tok.norm != "as" or not _condemning(tokens[i + 1 : i + 8], pats):
            continue
        floor = clause_floor(tokens, i)
        verb = next(
            (j for j in range(i - 1, max(floor, i - 25) - 1, -1) if tokens[j].norm in _REGARD_VERBS), None
        )
        if verb is not None:
            spans.append((verb + 1, i))
    return spans


def judged_noun(view: SentenceView, trig: Trigger) -> bool:
    """The noun trigger heads the act a sentence judges: "The detention of four Russian servicemen in
    Tbilisi ... is a crude provocation", "regards the expulsion of two of our diplomats ... as a crude
    provocation". The act is told as a fact whose doer or target may be left to the reader, so it is coded
    with the side that is named (see :func:`detente.coding.roles.assign_roles`)."""
    return any(
        start <= trig.tok_start < end and _heads_phrase(view.tokens, view.units, start, trig.tok_start)
        for start, end in _judged_spans(view)
    )


def evaluation_accusation(view: SentenceView) -> Finding | None:
    """ACCUSE/disapprove for "Russia's illegal annexation" / "unacceptable violations ... by X"."""
    tokens, units, pats = view.tokens, view.units, view.patterns
    for i, tok in enumerate(tokens):
        if tok.norm not in pats.evaluative_adjectives:
            continue
        noun = next(
            (j for j in range(i + 1, min(len(tokens), i + 5)) if tokens[j].norm in pats.evaluative_nouns),
            None,
        )
        if noun is None:
            continue
        fake = Trigger(
            Match(pats.events.phrases[0], noun, noun + 1),
            tokens[noun].start,
            tokens[noun].end,
            noun,
            noun + 1,
        )
        agent = possessor(tokens, units, i) or by_agent(tokens, units, fake)
        if agent is None or agent.code is None:
            continue
        before = [
            u
            for u in units
            if u.tok_end <= i
            and u is not agent
            and (prep_before(tokens, u) is None or according_to(tokens, u))
        ]
        source = (
            (before[-1].code,) if before and before[-1].code else ((view.speaker,) if view.speaker else ())
        )
        if not source or source == (agent.code,):
            continue
        lo = min(tok.start, agent.start, *(u.start for u in before[-1:]))
        roles = Roles(source, (agent.code,), (lo, max(tokens[noun].end, agent.end)))
        polarity = polarity_of(tokens, i, pats, floor=clause_floor(tokens, i))
        return Finding(EventType.ACCUSE, "disapprove", roles, polarity, tok.start, tokens[noun].end, tok.text)
    return None


_REGARD_VERBS = words(
    "regard regards regarded consider considers considered view views viewed describe describes described "
    "qualify qualifies qualified assess assesses assessed see sees saw call calls called brand branded "
    "calling describing branding terming termed labelling labeled labelled"
)


_BARE_REGARD_VERBS = words(
    "consider considers considered deem deems deemed call calls called calling branding terming"
)
_CONDEMNING_NOUNS = words(
    "provocation provocations violation violations aggression interference blackmail censorship escalation "
    "confrontation threat genocide crime crimes atrocity atrocities terrorism massacre fabrication fabrications "
    "lie lies slander disinformation propaganda fake fakes fiction nonsense mistake mistakes error errors "
    "blunder blunders miscalculation folly meddling pretext risk danger menace breach breaches "
    "betrayal stab hysteria russophobia piracy theft robbery banditry farce sham travesty mockery affront "
    "insult disgrace witch-hunt hypocrisy revenge vengeance horror horrors outrage"
)
_BAD_AIMS = words("escalate provoke drag undermine destabilise destabilize discredit justify interfere whip")


def _condemning(after: Sequence[Token], pats: PatternSet) -> bool:
    """The words after "as" condemn: an evaluative adjective, a condemning noun, or "an attempt to escalate"."""
    norms = [t.norm for t in after]
    if any(n in pats.evaluative_adjectives or n in _CONDEMNING_NOUNS for n in norms):
        return True
    return "attempt" in norms and any(n in _BAD_AIMS for n in norms)


_ACTED_ON = frozenset(("against", "on", "to", "into", "at", "with", "towards", "over"))


def _judged_doer(tokens: Sequence[Token], named: Sequence[Unit]) -> Unit | None:
    """Of the actors named in a judged act, the one who did it: the agent after "by" ("the military
    action launched against Iraq by the United States"), else the first that is neither a place ("the
    decision taken in Madrid") nor what the act was aimed at ("the strikes against Iraq")."""
    named = [u for u in named if not is_place(tokens, u)]
    agent = next((u for u in named if prep_before(tokens, u) == "by" or _by_quantity(tokens, u)), None)
    if agent is not None:
        return agent
    return next((u for u in named if prep_before(tokens, u) not in _ACTED_ON), None)


_QUANTIFIERS = words("a an number group several some many few majority handful of")


def _by_quantity(tokens: Sequence[Token], unit: Unit) -> bool:
    """The agent named through a quantity: "by a number of EU countries", "by several NATO members"."""
    i = unit.tok_start - 1
    while i >= 0 and unit.tok_start - i <= 5 and tokens[i].norm in _QUANTIFIERS:
        i -= 1
    return i >= 0 and i < unit.tok_start - 1 and tokens[i].norm == "by"


_PREDICATE_END = words(", . ; : and or but ) \" ' ” ’")


def _called_adjective(tokens: Sequence[Token], i: int, pats: PatternSet) -> bool:
    """Token ``i`` is an evaluative adjective said of the object right before it, with no "as": "calling
    Donald Trump's idea of buying the island 'absurd'", "deemed the decision unacceptable" — the adjective
    ends its phrase (punctuation, a closing quote, "and" or the end follows), so it is no attribute of a
    noun after it ("called for an end to the illegal occupation")."""
    if tokens[i].norm not in pats.evaluative_adjectives or i == 0:
        return False
    if tokens[i - 1].norm in ("as", "a", "an", "the", "be", "is", "are", "was", "were", "its", "their"):
        return False
    return i + 1 == len(tokens) or tokens[i + 1].norm in _PREDICATE_END or not tokens[i + 1].is_word


def _fronted_object_doer(
    tokens: Sequence[Token], units: Sequence[Unit], sayer: Unit, i: int, source: str
) -> Unit | None:
    """Whose act is judged when the judged act stands before the sayer as a relative pronoun: "Russian
    Su-24 aircraft made repeated simulated attack passes ..., actions which Washington described as unsafe
    and unprofessional" (the sentence's first actor other than the sayer), "France recalled its ambassador
    following what it called 'unprecedented' attacks by Italian leaders" (the agent after the judgement)."""
    if sayer.tok_start == 0:
        return None
    rel = tokens[sayer.tok_start - 1].norm
    named = [u for u in units if u.code is not None and u.code != source and not is_place(tokens, u)]
    if rel == "which" and sayer.kind != "pronoun":  # "both of which they regard as": who "they" are is unsure
        return next((u for u in named if u.tok_end < sayer.tok_start), None)
    if rel == "what":
        return next(
            (
                u
                for u in named
                if i < u.tok_start <= i + 8
                and (
                    prep_before(tokens, u) == "by"
                    or (u.tok_end < len(tokens) and tokens[u.tok_end].norm in ("'s", "'"))
                )
            ),
            None,
        )
    return None


_CALLING_VERBS = words(
    "call calls called calling brand brands branded branding term terms termed terming dub dubs dubbed "
    "dubbing deem deems deemed deeming"
)


_REGARD_CUES = frozenset({"as", "a", "an"})


def regarded_as(view: SentenceView) -> Finding | None:
    """ACCUSE for calling another actor's act wrong: "The Russian Mission regards the Alliance's decision
    ... as biased and short-sighted" (the one who regards accuses the one whose act it is); with no "as"
    after a verb of calling: "calling Donald Trump's idea of buying the island 'absurd'"."""
    tokens, units, pats = view.tokens, view.units, view.patterns
    for i, tok in enumerate(tokens):
        if tok.norm not in _REGARD_CUES and tok.norm not in pats.evaluative_adjectives:
            continue  # neither "as"/"a"/"an" nor an adjective _called_adjective could take
        bare = tok.norm in ("a", "an")  # "we consider the deployment ... a direct threat": no "as"
        called = _called_adjective(tokens, i, pats)  # "calling the idea 'absurd'"
        if not (called or ((tok.norm == "as" or bare) and _condemning(tokens[i + 1 : i + 8], pats))):
            continue
        floor = clause_floor(tokens, i)
        verb = next(
            (j for j in range(i - 1, max(floor, i - 25) - 1, -1) if tokens[j].norm in _REGARD_VERBS), None
        )
        if verb is None or (bare and tokens[verb].norm not in _BARE_REGARD_VERBS):
            continue
        if called and (tokens[verb].norm not in _CALLING_VERBS or verb + 1 == i):
            continue
        before = [u for u in units if u.tok_end <= verb and u.code is not None]
        if tokens[verb].norm.endswith("ing") and verb > 0 and tokens[verb - 1].norm == ",":
            # "The Secretary General rejected Moscow's decision to recognise Abkhazia and South Ossetia,
            # calling it a violation": the participle's subject is the clause's, not the last actor named
            floor = clause_floor(tokens, verb)
            before = [u for u in before if u.tok_start >= floor][:1] or before
        source = before[-1].code if before else view.speaker
        target = _judged_doer(tokens, [u for u in units if verb < u.tok_start < i and u.code is not None])
        if target is None and tokens[verb + 1].norm in ("this", "it", "that", "these", "them"):
            # "we see this as a deliberate attempt to ...": "this" is what the other actor just did
            target = next(
                (u for u in units if u.tok_end <= verb and u.code is not None and u.code != source), None
            )
        if target is None and before and source is not None and before[-1].tok_end == verb:
            target = _fronted_object_doer(tokens, units, before[-1], i, source)
        if target is None or source is None or target.code is None or target.code == source:
            continue
        lo = before[-1].start if before else tokens[verb].start
        roles = Roles((source,), (target.code,), (lo, tokens[min(len(tokens) - 1, i + 4)].end))
        polarity = polarity_of(tokens, verb, pats, floor=clause_floor(tokens, verb))
        return Finding(EventType.ACCUSE, "disapprove", roles, polarity, tokens[verb].start, tok.end, tok.text)
    return None


_BE_FORMS = words("is was be been remains remained seems seemed")
_PASSIVE_AUX = words("is are was were be been being")


def judged_that(view: SentenceView) -> Finding | None:
    """ACCUSE for "it is unacceptable that X ...": the one who says so (the clause's sayer, else the
    speaker) accuses the subject of the "that" clause ("said it was unacceptable that Russia and Ukraine had
    let a commercial dispute halt gas deliveries" accuses both). A passive subject ("that civilians were
    killed") is acted on, not the doer, and codes nothing."""
    tokens, units, pats = view.tokens, view.units, view.patterns
    for i in range(len(tokens) - 3):
        if tokens[i].norm != "it" or (tokens[i + 1].norm not in _BE_FORMS and tokens[i + 1].norm != "'s"):
            continue  # "it is unacceptable that", "it's shocking that"
        k = i + 2
        while k < len(tokens) and k < i + 5 and tokens[k].norm in _FILLERS | {"simply", "totally", "be"}:
            k += 1
        if k + 1 >= len(tokens) or tokens[k].norm not in pats.evaluative_adjectives:
            continue
        if tokens[k + 1].norm != "that":
            continue
        subjects = [u for u in units if k + 2 <= u.tok_start <= k + 3 and u.code]
        while subjects and subjects[-1].tok_end + 1 < len(tokens):
            nxt = next((u for u in units if u.tok_start == subjects[-1].tok_end + 1 and u.code), None)
            if tokens[subjects[-1].tok_end].norm != "and" or nxt is None:
                break
            subjects.append(nxt)
        if not subjects:
            continue
        after = subjects[-1].tok_end
        if (
            after + 1 < len(tokens)
            and tokens[after].norm in _PASSIVE_AUX
            and tokens[after + 1].norm.endswith("ed")
        ):
            continue
        floor = clause_floor(tokens, i)
        sayer = sayer_before(tokens, units, i)
        source = (
            (sayer.code,) if sayer is not None and sayer.code else ((view.speaker,) if view.speaker else ())
        )
        target = tuple(dict.fromkeys(u.code for u in subjects if u.code and u.code not in source))
        if not source or not target:
            continue
        roles = Roles(source, target, (tokens[i].start, subjects[-1].end))
        polarity = polarity_of(tokens, i + 1, pats, floor=floor)
        return Finding(
            EventType.ACCUSE, "disapprove", roles, polarity, tokens[i].start, tokens[k].end, tokens[k].text
        )
    return None


_PROTEST_NOUNS = words("protests demonstrations rallies marches pickets sit-ins")
_PROTEST_NOUN = words("protest demonstration rally march picket sit-in")
_DIPLOMATIC_PROTEST = words(
    "note notes letter letters lodge lodged lodges lodging send sent sends deliver delivered submit submitted "
    "handed issue issued voice voiced express expressed strong formal official diplomatic"
)
_NOUN_BEFORE = words(
    "a an the of amid after following despite over by mass angry violent street peaceful nationwide weekly "
    "unauthorised unauthorized opposition anti-government anti-war student large huge massive silent "
    "planned sporadic fresh renewed continuing ongoing"
)


_SHOWN = words(
    "force strength power might resolve resolution unity solidarity support commitment determination "
    "capability capabilities readiness goodwill intent"
)


def _placed(tokens: Sequence[Token], i: int) -> bool:
    """A place preposition (and perhaps "the") before token ``i``: "in Yerevan", "outside the Estonian
    Embassy"."""
    j = i - 1
    if j >= 0 and tokens[j].norm == "the":
        j -= 1
    return j >= 0 and tokens[j].norm in ("in", "across", "outside", "at", "throughout", "near")


_RALLY_HELD = frozenset(
    {"held", "hold", "holds", "holding", "staged", "stage", "stages", "staging", "campaign", "election"}
)


def background_protest(view: SentenceView) -> Finding | None:
    """PROTEST for protests a sentence names in passing: "after two nights of violent protests outside
    parliament in Tbilisi", "amid protests over the economic crisis", "at an unauthorised opposition rally in
    central Moscow" — by the group named with them (else protesters), against the state of the place named
    after them (else the sentence's first state)."""
    tokens, units = view.tokens, view.units
    for k, tok in enumerate(tokens):
        plural = tok.norm in _PROTEST_NOUNS
        if not (plural or tok.norm in _PROTEST_NOUN) or k == 0:
            continue
        prev = tokens[k - 1].norm
        if prev not in _NOUN_BEFORE and not (
            plural and tokens[k - 1].is_word and prev.endswith(("ed", "al"))
        ):
            continue  # "Russia protests the move", "people protest": a verb
        if prev == "in" or (k + 1 < len(tokens) and tokens[k + 1].norm in ("against", "at") and not plural):
            continue
        if any(t.norm in _DIPLOMATIC_PROTEST for t in tokens[max(0, k - 3) : k]):
            continue  # "handed over a note of protest", "lodged strong protests": a diplomatic protest
        if _objector_after(tokens, units, k) is not None:
            continue  # "despite protests from China": a state's objection (protests_from_a_state)
        if tok.norm in ("rally", "rallies") and any(t.norm in _RALLY_HELD for t in tokens[max(0, k - 3) : k]):
            continue  # "held a (campaign) rally": the verb's reading decides, not this one
        if k + 2 < len(tokens) and tokens[k + 1].norm == "of" and tokens[k + 2].norm in _SHOWN:
            continue  # "a demonstration of force", "a show of unity": something shown, not a protest
        group = next(
            (u for u in units if u.tok_end in (k, k - 1) and u.kind == "group" and u.code is not None), None
        )
        source = (group.code,) if group is not None and group.code else ("protesters",)
        place = next(
            (
                u
                for u in units
                if k < u.tok_start <= k + 7
                and u.code is not None
                and u.kind in ("state", "metonym", "territory", "demonym")
                and _placed(tokens, u.tok_start)
            ),
            None,
        )
        state = place or next(
            (u for u in units if u.code is not None and u.kind in ("state", "demonym", "metonym", "title")),
            None,
        )
        if state is None or state.code is None or state.code in source:
            continue
        lo, hi = tok.start, max(tok.end, state.end if state is place else tok.end)
        roles = Roles(source, (state.code,), (lo, hi))
        polarity = polarity_of(tokens, k, view.patterns, floor=clause_floor(tokens, k))
        return Finding(EventType.PROTEST, "demo", roles, polarity, tok.start, tok.end, tok.text)
    return None


_OBJECTION_NOUNS = words("protest protests objection objections opposition criticism condemnation")
_OBJECTING_KINDS = ("state", "metonym", "title", "org", "demonym")


def _objector_after(tokens: Sequence[Token], units: Sequence[Unit], k: int) -> Unit | None:
    """The state or body named right after "<protests> from" at ``k`` ("despite protests from China")."""
    if k + 2 >= len(tokens) or tokens[k + 1].norm != "from":
        return None
    return next(
        (
            u
            for u in units
            if u.tok_start in (k + 2, k + 3)
            and u.code is not None
            and u.code.isupper()
            and u.kind in _OBJECTING_KINDS
        ),
        None,
    )


def protests_from_a_state(view: SentenceView) -> Finding | None:
    """ACCUSE for a state's protests named in passing: "Japan will release treated water into the Pacific
    despite protests from China", "the plan went ahead despite objections from Beijing" — by the state named
    after "from", against the state the sentence's act belongs to (the first other state before)."""
    tokens, units = view.tokens, view.units
    for k, tok in enumerate(tokens):
        if tok.norm not in _OBJECTION_NOUNS:
            continue
        objector = _objector_after(tokens, units, k)
        if objector is None or objector.code is None:
            continue
        doer = next(
            (
                u
                for u in units
                if u.tok_end <= k
                and u.code is not None
                and u.code.isupper()
                and u.code != objector.code
                and u.kind in _OBJECTING_KINDS
            ),
            None,
        )
        if doer is None or doer.code is None:
            continue
        roles = Roles((objector.code,), (doer.code,), (tok.start, objector.end))
        polarity = polarity_of(tokens, k, view.patterns, floor=clause_floor(tokens, k))
        return Finding(EventType.ACCUSE, "disapprove", roles, polarity, tok.start, tok.end, tok.text)
    return None


_AMOUNTING = words("amount amounts amounted amounting constitute constitutes constituted constituting")
_GRAVE_CRIMES = words("crime crimes genocide humanity cleansing")


def _grave_crime_at(tokens: Sequence[Token], k: int) -> bool:
    """ "amount to (a) war crime(s)", "constitute crimes against humanity", "amount to genocide" at ``k``."""
    rest = [t.norm for t in tokens[k + 1 : k + 6]]
    if tokens[k].norm.startswith("amount") and rest[:1] != ["to"]:
        return False
    return any(n in _GRAVE_CRIMES for n in rest)


def grave_crime_alleged(view: SentenceView) -> Finding | None:
    """ACCUSE for an act said to amount to war crimes or genocide: "Sudan told villagers in Darfur to
    abandon their homes — an order Amnesty International said might amount to a war crime" (Amnesty accuses
    Sudan), "Human Rights Watch said the strikes on power plants amount to war crimes" — by whoever says
    so, against the first other side the sentence names."""
    tokens, units = view.tokens, view.units
    for k, tok in enumerate(tokens):
        if tok.norm not in _AMOUNTING or not _grave_crime_at(tokens, k):
            continue
        sayer = sayer_before(tokens, units, k) or sayer_after(tokens, units, k + 1)
        if sayer is None or sayer.code is None:
            continue
        accused = next(
            (
                u
                for u in units
                if u.code is not None
                and u.code != sayer.code
                and u.kind in ("state", "metonym", "title", "org", "demonym", "group", "person")
                and not is_place(tokens, u)
            ),
            None,
        )
        if accused is None or accused.code is None:
            continue
        roles = Roles((sayer.code,), (accused.code,), (min(sayer.start, tok.start), max(sayer.end, tok.end)))
        return Finding(EventType.ACCUSE, "allege", roles, Polarity.ASSERTED, tok.start, tok.end, tok.text)
    return None


def evaluation_praise(view: SentenceView) -> Finding | None:
    """SUPPORT for a statement that another actor is a partner, ally or friend: "Mr Putin said Finland was
    Russia's close and traditional partner" (the one who says it praises the one called a partner)."""
    tokens, units = view.tokens, view.units
    for k, tok in enumerate(tokens):
        if tok.norm not in PRAISE_NOUNS:
            continue
        j = k - 1
        while j >= 0 and k - j <= 7 and tokens[j].norm not in COPULAS:
            if not (tokens[j].text[:1].islower() or tokens[j].norm in ("'s", "'")) and not any(
                u.tok_start <= j < u.tok_end for u in units
            ):
                break
            j -= 1
        if j < 0 or tokens[j].norm not in COPULAS:
            continue
        if any(t.norm in ("not", "n't", "never", "no", "hardly") for t in tokens[j:k]):
            continue  # "was not a reliable partner" is no praise
        if tokens[j + 1].norm.endswith("ing") or any(t.norm in _CLAUSE_WORDS for t in tokens[j + 1 : k]):
            continue  # "the US is demanding that its allies ..." calls nobody a partner
        if any(t.norm in _PREDICATE_BREAKS for t in tokens[j + 1 : k]):
            continue  # "Russia is a direct threat to Allies' security" calls Russia no ally
        praised = next((u for u in units if u.tok_end == j and u.code and u.kind != "pronoun"), None)
        if praised is None:
            continue
        # "Mr Putin said Finland was ...", or after it: "Finland is Russia's closest partner, Mr Putin said"
        sayer = sayer_before(tokens, units, praised.tok_start) or sayer_after(tokens, units, k + 1)
        source = sayer.code if sayer is not None else view.speaker
        if source is None or praised.code is None or source == praised.code:
            continue
        polarity = polarity_of(tokens, j, view.patterns, floor=clause_floor(tokens, j))
        lo = min(praised.start, sayer.start if sayer is not None else praised.start)
        roles = Roles((source,), (praised.code,), (lo, tok.end))
        return Finding(EventType.SUPPORT, "", roles, polarity, praised.start, tok.end, tok.text)
    return None


_DONE = words("done")
_HAVE = words("has have had")
_AMOUNTS = words("great deal lot much so everything a")
_FOR_TIES = words(
    "promote promoting develop developing strengthen strengthening improve improving deepen deepening expand "
    "expanding foster fostering advance advancing build building bring"
)


def contribution_praise(view: SentenceView) -> Finding | None:
    """SUPPORT for a statement that another actor has done much for good ties: "the minister said the Dutch
    envoy had done a great deal to develop cultural links between the two nations" (the sayer, or
    the text's speaker, praises the one whose contribution is named). Only "has/had done" + an amount
    ("a great deal", "a lot", "much", "everything") + "to" + a verb of building ties, so "had done little
    to" or "did a lot of damage" are not read."""
    tokens, units = view.tokens, view.units
    for k, tok in enumerate(tokens):
        if tok.norm not in _DONE or k < 2:
            continue
        aux = k - 1 if tokens[k - 1].norm in _HAVE else k - 2
        if tokens[aux].norm not in _HAVE or (
            aux < k - 1 and not tokens[k - 1].norm.endswith(("ly", "already"))
        ):
            continue  # "had done", "had recently done", "has already done"
        m = k + 1
        while m < len(tokens) and m - k <= 4 and tokens[m].norm in _AMOUNTS:
            m += 1
        if (
            m == k + 1
            or m + 1 >= len(tokens)
            or tokens[m].norm != "to"
            or tokens[m + 1].norm not in _FOR_TIES
        ):
            continue
        if any(t.norm in ("not", "n't", "never", "little", "nothing") for t in tokens[aux - 2 : m]):
            continue
        lo = clause_floor(tokens, aux)
        praised = next(
            (
                u
                for u in reversed(units)
                if lo <= u.tok_start and u.tok_end <= aux and aux - u.tok_end <= 3 and u.code
                if u.kind not in ("pronoun", "possessive")
            ),
            None,
        )
        if praised is None or praised.code is None:
            continue
        sayer = sayer_before(tokens, units, praised.tok_start)
        source = sayer.code if sayer is not None else view.speaker
        if source == praised.code:
            continue
        # an unresolved sayer ("The President said ...") is left for the document to name, as with verbs
        roles = Roles((source,) if source else (), (praised.code,), (praised.start, tok.end))
        return Finding(EventType.SUPPORT, "", roles, Polarity.ASSERTED, praised.start, tok.end, tok.text)
    return None


_UNTHINKABLE = words("impossible unthinkable inconceivable unimaginable")
_CANNOT = words("cannot can't couldn't")
_IMAGINING = words(
    "imagine conceive envisage envision picture solve resolve settle tackle address ensure guarantee achieve"
)
_SHARE_NOUNS = words(
    "participation involvement contribution contributions role help assistance support input efforts "
    "engagement presence cooperation"
)
_INDISPENSABLE_BREAK = words("; but however although while whereas because if unless")


def indispensable_praise(view: SentenceView) -> Finding | None:
    """SUPPORT for calling another actor indispensable: "it is impossible to imagine European politics
    without Russia's active involvement", "security in Europe is unthinkable without Russia", "the crisis
    cannot be settled without China's participation" — by the sayer (else the speaker), for the actor named
    after "without". The actor must stand alone or with its share ("participation", "role", "help"): "cannot
    be solved without Russia stopping its ..." or "without Russian gas supplies" names no one as needed."""
    tokens, units = view.tokens, view.units
    if any(t.norm == "?" for t in tokens):
        return None
    for w, tok in enumerate(tokens):
        if tok.norm != "without" or w + 1 >= len(tokens):
            continue
        cue = None
        for j in range(w - 1, max(-1, w - 13), -1):
            norm = tokens[j].norm
            if norm in _INDISPENSABLE_BREAK or norm in (",", "."):
                break
            if norm in _UNTHINKABLE and (j == w - 1 or any(t.norm in _IMAGINING for t in tokens[j:w])):
                cue = j
                break
            cannot = norm in _CANNOT or (norm == "not" and j > 0 and tokens[j - 1].norm in ("can", "could"))
            if cannot and any(t.norm in _IMAGINING for t in tokens[j:w]):
                cue = j
                break
        if cue is None or any(t.norm in ("not", "n't", "never") for t in tokens[cue + 1 : w]):
            continue
        start = w + 2 if tokens[w + 1].norm == "the" else w + 1
        if (
            start + 2 < len(tokens)
            and tokens[start].norm in _SHARE_NOUNS
            and tokens[start + 1].norm == "of"
            and not any(u.tok_start <= start < u.tok_end for u in units)
        ):
            start += 2  # "without the participation of Iran"
            if tokens[start].norm == "the":
                start += 1
        praised = next(
            (
                u
                for u in units
                if u.tok_start in (start, start - 1)
                and u.tok_start > w
                and u.code
                and u.kind not in ("pronoun", "possessive")
            ),
            None,
        )
        if praised is None or praised.code is None:
            continue
        rest = [t.norm for t in tokens[praised.tok_end : praised.tok_end + 4]]
        if rest and rest[0] in ("'s", "'", "’s"):
            if not any(r in _SHARE_NOUNS for r in rest[1:4]):
                continue
        elif rest and rest[0] not in (".", ",", "and", "or", ";", "in", "at") and rest[0] not in _SHARE_NOUNS:
            continue
        sayer = sayer_before(tokens, units, cue)
        source = sayer.code if sayer is not None and sayer.code else view.speaker
        if source is None or source == praised.code:
            continue
        lo = min(praised.start, sayer.start if sayer is not None else praised.start)
        roles = Roles((source,), (praised.code,), (lo, praised.end))
        return Finding(EventType.SUPPORT, "", roles, Polarity.ASSERTED, tok.start, praised.end, tok.text)
    return None


WARM = words(
    "convinced confident mutually beneficial fruitful fruitfully successful successfully solidity solid "
    "friendship friendly fraternal constructive constructively excellent dynamic dynamically progressively "
    "appreciate value values valued strengthening strengthen"
)
"""Words of a warm evaluation of a relation ("mutually beneficial Russian-Kyrgyz cooperation")."""
_COOL = words(
    "not no never deteriorated deterioration crisis concern concerned tension tensions worse worsened "
    "difficult problems problem scepticism skepticism caution attention focus agenda topic discussed"
)
"""Words that make a sentence about a relation something other than praise of it: negation, trouble,
or a topic of talks ("relations between Russia and the EU were at the focus of attention")."""


def relation_praise(view: SentenceView) -> Finding | None:
    """SUPPORT for a warm evaluation of the one bilateral relation a sentence names, by one of its two
    sides — the sayer, or the speaker of the text ("I am sure that mutually advantageous Russian-Mongolian
    cooperation will keep growing": Russia praises its relation with Mongolia). Tried only when
    the sentence codes nothing else."""
    norms = norms_of(view.tokens)  # (s38-speed13: the sentence's one set)
    if not (norms & WARM) or (norms & _COOL):
        return None
    found = relation_pair(view.text, [(u.start, u.end, u.code, True) for u in view.units if u.code])
    if found is None:
        return None
    pair, at = found
    first = next(u for u in view.units if u.start == at)
    sayer = sayer_before(view.tokens, view.units, first.tok_start)
    spoken = any(t.norm in SPEECH_VERBS for t in view.tokens[: first.tok_start])
    source = sayer.code if sayer is not None else (None if spoken else view.speaker)
    if source not in pair:
        return None
    target = next(c for c in pair if c != source)
    roles = Roles((source,), (target,), (first.start, first.end))
    return Finding(EventType.SUPPORT, "", roles, Polarity.ASSERTED, first.start, first.end, first.text)


def at_the_request_of(view: SentenceView, doers: Sequence[str]) -> Finding | None:
    """REQUEST by the actor at whose request something was done ("The NRC met in extraordinary session at
    Russia's request", "which began in June at the request of Minsk"), to whoever did it."""
    tokens, units = view.tokens, view.units
    for i, tok in enumerate(tokens):
        if tok.norm not in ("request", "invitation") or i < 2:
            continue
        asker: Unit | None = None
        if tokens[i - 1].norm in ("'s", "'"):  # "at Russia's request"
            owner = next((u for u in units if u.tok_end == i - 1 and u.code), None)
            if owner is not None and owner.tok_start > 0 and tokens[owner.tok_start - 1].norm == "at":
                asker = owner
        elif (tokens[i - 1].norm == "the" and tokens[i - 2].norm == "at" and i + 1 < len(tokens)) and tokens[
            i + 1
        ].norm == "of":  # "at the request of Minsk"
            asker = next((u for u in units if u.tok_start in (i + 2, i + 3) and u.code), None)
        if asker is None or asker.code is None:
            continue
        others = [c for c in doers if c != asker.code]
        if not others:
            continue
        roles = Roles((asker.code,), (others[0],), (min(asker.start, tok.start), max(asker.end, tok.end)))
        return Finding(EventType.REQUEST, "", roles, Polarity.ASSERTED, tok.start, tok.end, tok.text)
    return None


@dataclass(frozen=True, slots=True)
class Act:
    """A hostile act already coded in the sentence: its doers and the characters of its trigger."""

    source: tuple[str, ...]
    start: int
    end: int


_FRAME_NOUNS = words(
    "pretext pretexts myth myths confrontation provocation provocations escalation destabilisation "
    "destabilization militarisation militarization brinkmanship adventurism blackmail"
)
_FRAME_VERBS = words(
    "undermine undermines undermined undermining destabilise destabilises destabilised destabilising "
    "destabilize destabilizes destabilized destabilizing regret regrets regretted deplore deplores deplored "
    "erode erodes eroded "
    "eroding jeopardise jeopardises jeopardised jeopardize jeopardizes jeopardized"
)
_BREACH = words("breach violation contravention defiance disregard")
_NO_GROUND = words("justification grounds basis reason need")
_JUDGING_VERBS = SPEECH_VERBS | words(
    "assesses assessed believes believed considers considered regards regarded sees saw views viewed "
    "warned warns"
)


def _frame_at(tokens: Sequence[Token], i: int, pats: PatternSet) -> bool:
    """Token ``i`` judges an act as wrong: an evaluative adjective ("provocative"), a condemning noun
    ("a pretext", "a step towards confrontation"), a verb of harm ("undermines stability"), "in breach of",
    "contrary to", or "no justification" / "no military need"."""
    norm = tokens[i].norm
    prev = tokens[i - 1].norm if i > 0 else ""
    nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    if norm in pats.evaluative_adjectives or norm in _FRAME_NOUNS or norm in _FRAME_VERBS:
        return True
    if norm in _BREACH and prev in ("in", "a", "flagrant", "gross", "blatant") and nxt == "of":
        return True
    if norm == "contrary" and nxt == "to":
        return True
    if norm in _NO_GROUND:
        before = {t.norm for t in tokens[max(0, i - 3) : i]}
        return bool(before & {"no", "without", "any"})
    return False


_RESPONSE_WORDS = words("response reply reaction answer retaliation")


def _framed_elsewhere(tokens: Sequence[Token], units: Sequence[Unit], i: int, act: Act) -> bool:
    """The judging word at ``i`` is about someone else's act: "hostile remarks by French ministers",
    "Poland's provocative statements", or the cause answered ("a response to provocation")."""
    if any(t.norm in _RESPONSE_WORDS for t in tokens[max(0, i - 4) : i]):
        return True
    owner = possessor(tokens, units, i, reach=2)
    if owner is not None and owner.code is not None and owner.code not in act.source:
        return True
    for k in range(i + 1, min(len(tokens), i + 5)):
        if tokens[k].norm == "by":
            doer = next((u for u in units if k < u.tok_start <= k + 3 and u.code is not None), None)
            return doer is not None and doer.code not in act.source
    return False


def framed_act(view: SentenceView, acts: Sequence[Act]) -> Finding | None:
    """ACCUSE for a hostile act the sentence itself frames as wrong: "NATO's decision to station four
    battalions ... rests on a myth", "four NATO jets have begun patrolling ..., and we see no military
    justification for this step", "the US withdrawal from the INF Treaty under a far-fetched pretext". The
    sayer (or the statement's speaker) accuses the act's doers; nothing is coded when no one other than the
    doers is there to judge."""
    tokens, units, pats = view.tokens, view.units, view.patterns
    for act in acts:
        if not act.source:
            continue
        for i, tok in enumerate(tokens):
            if (
                tok.start < act.end
                or not _frame_at(tokens, i, pats)
                or _framed_elsewhere(tokens, units, i, act)
            ):
                continue
            floor = clause_floor(tokens, i)
            sayer = sayer_before(tokens, units, i, _JUDGING_VERBS)
            if sayer is not None and sayer.tok_start < floor:
                sayer = None
            judge = sayer.code if sayer is not None and sayer.code else view.speaker
            if judge is None or judge in act.source:
                continue
            lo, hi = min(act.start, tok.start), max(act.end, tok.end)
            roles = Roles((judge,), act.source, (lo, hi))
            polarity = polarity_of(tokens, i, pats, floor=floor)
            return Finding(EventType.ACCUSE, "disapprove", roles, polarity, tok.start, tok.end, tok.text)
    return None


_CAUSE_CUES = (("citing",), ("blaming",), ("given", "the"), ("in", "view", "of"))
"""A cause someone is said to cite, or one an official statement gives as its ground ("Given the aggressive
statements by leading NATO countries, I order ...", "In view of the terrorist attack carried out by the Kyiv
regime, Russia is suspending ..."); a sentence's own "as a result of Russia's aggressive actions" or "in
response to ..." explains an act and is not coded as an accusation (the seed's own coding)."""
_FRAMING_CUES = (
    ("what", "it", "called"),
    ("what", "they", "called"),
    ("what", "it", "termed"),
    ("what", "it", "described", "as"),
    ("what", "they", "described", "as"),
)
"""The actor's own name for the wrong it answers: "recalled its ambassador following what it called
'unprecedented' attacks by Italian leaders"; the wrong needs no word of blame of its own, its name is one."""
_CAUSE_FIRST = frozenset(cue[0] for cue in (*_CAUSE_CUES, *_FRAMING_CUES))
_FRAMED_WRONGS = words(
    "attack attacks violation violations espionage spying interference incursion incursions insult insults "
    "smear campaign harassment intimidation sabotage aggression provocation provocations meddling blackmail"
)
_GRIEVANCE_WORDS = words(
    "unfriendly hostile aggressive provocative terrorist unlawful illegal illegitimate destabilising "
    "destructive anti-russian russophobic malign malicious hybrid aggression provocation provocations "
    "interference meddling blackmail"
)
_ABUSE_WORDS = words(
    "crackdown repression repressions abuses atrocities persecution torture killings executions"
)
"""Wrongs done to people that a cited cause names without naming who did them ("imposed sanctions on Iran,
citing the crackdown on protesters"): charged to the one the answering act is aimed at."""


@dataclass(frozen=True, slots=True)
class Answer:
    """An act coded in the sentence that a cited cause may explain: its doers, whom it aims at, where it ends."""

    source: tuple[str, ...]
    target: tuple[str, ...]
    end: int


def cited_grievance(view: SentenceView, answers: Sequence[Answer] = ()) -> Finding | None:
    """ACCUSE for a wrong cited as the cause of an act: "suspended the plutonium agreement, citing the
    unfriendly actions of the United States", "closed the border, citing Moscow's use of migrants as an
    instrument of hybrid attack" — the one who acts (the clause's first actor, else the speaker) accuses
    the one whose wrong it names. A wrong done to people with no one named for it is charged to the one the
    act before the cue (``answers``) is aimed at."""
    tokens, units, pats = view.tokens, view.units, view.patterns
    norms = [t.norm for t in tokens]
    for i in range(len(tokens)):
        if norms[i] not in _CAUSE_FIRST:
            continue  # most words open no cue: skip the slices
        cue = next((c for c in (*_CAUSE_CUES, *_FRAMING_CUES) if tuple(norms[i : i + len(c)]) == c), None)
        if cue is None:
            continue
        framing = cue in _FRAMING_CUES
        start = i + len(cue)
        end = start
        while end < len(tokens) and end < start + 12 and norms[end] not in (";", ".", ",", "and"):
            end += 1
        cited = norms[start:end]
        if framing and not any(n in _FRAMED_WRONGS or n in _ABUSE_WORDS for n in cited):
            continue  # "after what it called hostile remarks by French ministers": words, not a wrong done
        blamed = any(
            n in _GRIEVANCE_WORDS or n in _ABUSE_WORDS or n in pats.evaluative_adjectives for n in cited
        )
        if not (blamed or framing):
            continue
        named = [
            u for u in units if start <= u.tok_start < end and u.code is not None and not u.text.islower()
        ]  # not a common noun used as an adjective ("the terrorist attack carried out by ...")
        # the owner or agent of the wrong ("the terrorist attack carried out by the Kyiv regime"), else a
        # state or organisation named in it
        accused = next(
            (
                u
                for u in named
                if prep_before(tokens, u) in ("of", "by")
                or (u.tok_end < len(tokens) and norms[u.tok_end] in ("'s", "'"))
            ),
            None,
        ) or next((u for u in named if u.kind in ("demonym", "state", "org")), None)
        if accused is None:
            answer = next((a for a in reversed(answers) if a.end <= tokens[i].start), None)
            told = framing or any(n in _ABUSE_WORDS for n in cited)
            if answer is None or not told or set(answer.source) & set(answer.target):
                continue
            roles = Roles(answer.source, answer.target, (tokens[i].start, tokens[end - 1].end))
            polarity = polarity_of(tokens, i, pats, floor=clause_floor(tokens, i))
            return Finding(
                EventType.ACCUSE,
                "disapprove",
                roles,
                polarity,
                tokens[i].start,
                tokens[i].end,
                tokens[i].text,
            )
        actor = next(
            (
                u
                for u in units
                if not start <= u.tok_start < end
                and u.code is not None
                and u.kind not in ("territory",)
                and prep_before(tokens, u) is None
            ),
            None,
        )
        judge = actor.code if actor is not None else view.speaker
        target = accused.code
        if judge is None or target is None or judge == target:
            continue
        roles = Roles((judge,), (target,), (tokens[i].start, tokens[end - 1].end))
        polarity = polarity_of(tokens, i, pats, floor=clause_floor(tokens, i))
        return Finding(
            EventType.ACCUSE, "disapprove", roles, polarity, tokens[i].start, tokens[i].end, tokens[i].text
        )
    return None


_CHARGING_PAPERS = words(
    "complaint complaints indictment indictments lawsuit lawsuits affidavit affidavits charge-sheet chargesheet "
    "filing filings"
)
_PAPER_VERBS = words(
    "said says stated states claimed claims alleged alleges charged charges contended contends asserted asserts "
    "accused accuses"
)


@dataclass(frozen=True, slots=True)
class ChargingPaper:
    """A charging document that tells acts as its charges: the noun, its owner and where its content starts."""

    noun: int
    owner: str | None
    content: int


def charging_paper(view: SentenceView) -> ChargingPaper | None:
    """A complaint, indictment, lawsuit or affidavit that says what someone did ("a DEA complaint said the
    mayor had agreed to let a smuggler use the airstrip", "the indictment says the clerks forged the ledgers",
    "according to the criminal complaint, ..."): what it says is a charge, not a reported fact. The owner is
    the actor named right before the noun ("a DEA complaint", "the US federal indictment"), else none."""
    tokens, units = view.tokens, view.units
    if _CHARGING_PAPERS.isdisjoint(norms_of(tokens)):
        return None  # (the loop's first test, for the whole sentence at once: s34-speed3)
    for k, tok in enumerate(tokens):
        if tok.norm not in _CHARGING_PAPERS:
            continue
        nxt = tokens[k + 1].norm if k + 1 < len(tokens) else ""
        according = k >= 3 and [t.norm for t in tokens[k - 3 : k - 1]] == ["according", "to"]
        according = according or (k >= 4 and [t.norm for t in tokens[k - 4 : k - 2]] == ["according", "to"])
        if not (nxt in _PAPER_VERBS or according):
            continue
        owner = next(
            (u.code for u in units if u.code is not None and k - 3 <= u.tok_end <= k and u.tok_end > 0),
            None,
        )
        return ChargingPaper(k, owner, 0 if according else k + 2)
    return None


_WORLDWIDE = words("international global worldwide world")
_OUTCRY = words("concern concerns condemnation outcry criticism outrage alarm censure")
_OUTCRY_VERBS = words(
    "prompt prompted prompts prompting spark sparked sparks sparking draw drew drawn draws drawing trigger "
    "triggered triggers triggering provoke provoked provokes provoking cause caused causes causing raise raised "
    "raises raising attract attracted attracts attracting amid"
)
_OUTCRY_TARGETS = ("state", "demonym", "metonym", "title", "person")


def international_outcry(view: SentenceView) -> Finding | None:
    """ACCUSE/disapprove by the international community for an outcry a sentence tells ("the dam project in
    Laos, which has drawn local protests and international concern",
    "the annexation drew worldwide condemnation"), against the first state (or its leader) the sentence names;
    nothing when it names none."""
    tokens, units = view.tokens, view.units
    for k in range(len(tokens) - 1):
        if tokens[k].norm not in _WORLDWIDE or tokens[k + 1].norm not in _OUTCRY:
            continue
        if not any(t.norm in _OUTCRY_VERBS for t in tokens[max(0, k - 8) : k]):
            continue
        state = next(
            (
                u
                for u in units
                if u.code is not None and u.kind in _OUTCRY_TARGETS and u.code != "international community"
            ),
            None,
        )
        if state is None or state.code is None:
            return None
        end = tokens[k + 1].end
        roles = Roles(
            ("international community",),
            (state.code,),
            (min(tokens[k].start, state.start), max(end, state.end)),
        )
        polarity = polarity_of(tokens, k, view.patterns, floor=clause_floor(tokens, k))
        return Finding(
            EventType.ACCUSE, "disapprove", roles, polarity, tokens[k].start, end, tokens[k + 1].text
        )
    return None


_FACING = words("face faces faced facing come comes came coming")
_CRITICISM = words("criticism condemnation backlash censure outrage outcry pressure rebuke rebukes")
_CAUSE_PREPS = words("over for after")
_POLITICAL_PRESSURE = words("international diplomatic political public global western domestic")


def criticism_faced(view: SentenceView) -> Finding | None:
    """ACCUSE/disapprove against a subject that faces criticism from no one named ("Netanyahu has faced
    criticism over the hostage deal", "Israel has come under growing international pressure over the
    humanitarian situation"); "from X" names the critic and is left to the phrase rules, and "came under
    fire" (shelling as well as words) is not read here."""
    tokens, units = view.tokens, view.units
    for k in range(1, len(tokens) - 1):
        if tokens[k].norm not in _CRITICISM or tokens[k + 1].norm not in _CAUSE_PREPS:
            continue
        v = next((j for j in range(k - 1, max(-1, k - 5), -1) if tokens[j].norm in _FACING), None)
        if v is None or (tokens[v].norm.startswith("c") and tokens[v + 1].norm != "under"):
            continue
        if tokens[k].norm == "pressure" and not any(t.norm in _POLITICAL_PRESSURE for t in tokens[v:k]):
            continue  # "faced pressure for weeks on the eastern front": force, not words
        floor = clause_floor(tokens, v)
        subject = [u for u in units if u.code is not None and floor <= u.tok_start and u.tok_end <= v]
        unit = subject[-1] if subject else None
        if unit is None or unit.kind == "pronoun" or unit.code is None:
            return None
        roles = Roles((), (unit.code,), (unit.start, tokens[k].end))
        polarity = polarity_of(tokens, v, view.patterns, floor=floor)
        return Finding(
            EventType.ACCUSE, "disapprove", roles, polarity, tokens[v].start, tokens[k].end, tokens[k].text
        )
    return None
