"""Wire-news look-alikes of the rarer PLOVER types: an act named as the subject of a description,
a forecast told with "expect ... to" or a claim with "insisted that", a sanctions word used as a modifier, a refusal told as "would never";
and the sides of a protest whose object is another's act. Pure predicates over a sentence's tokens, used
by :mod:`detente.coding.coder`.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from detente.coding.ontology import EventType
from detente.coding.patterns import Token, Trigger, words
from detente.coding.supplyshare import tells_supply_share
from detente.coding.units import Unit

# a clause's subject starts at the sentence start or right after a saying verb or "that"
_CLAUSE_OPENERS = words(
    "said says say told tells wrote writes noted notes believe believes believed that ; : recalled recall"
)
_AUXILIARIES = words("is are was were has have had been remain remains remained")
_MODALS = words("could may might would will can")
# what a named act "is" when the sentence describes it rather than tells it: "a regular feature of the peace
# process", "a recurring topic at meetings", "the subject of intense debate"
_CATEGORY_NOUNS = words(
    "feature features topic topics issue issues subject subjects theme themes staple staples fixture "
    "fixtures hallmark tactic tactics tool tools point sticking-point bone matter matters question questions"
)
_DURATIONS = words("months years weeks days decades time longer")
_DOMINATING = words("dominate top feature figure overshadow")
_EXPECTED = words("expected likely set due")
_BREAKS = words(", which who that and but")


def _predicate_start(tokens: Sequence[Token], start: int) -> int | None:
    """The first auxiliary or modal within 8 words after ``start`` with no clause break before it."""
    for i in range(start, min(len(tokens), start + 8)):
        norm = tokens[i].norm
        if norm in _BREAKS and norm != "and":
            return None
        if norm in _AUXILIARIES or norm in _MODALS:
            return i
    return None


def _at_clause_start(tokens: Sequence[Token], trig: Trigger) -> bool:
    """The trigger opens its clause's subject: at most three words (determiners, owners, adjectives) stand
    between it and the sentence start or a saying verb / "that"."""
    for back in range(0, 4):
        i = trig.tok_start - back
        if i == 0:
            return True
        norm = tokens[i - 1].norm
        if norm in _CLAUSE_OPENERS:
            return True
        if norm in _BREAKS or norm in _AUXILIARIES or norm in _MODALS:
            return False
    return False


def described_act(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A named act that is the subject of a description, not told as done: "Prisoner exchanges between Kiev
    and the separatists have been a regular feature of the peace process", "Missile tests by North Korea are
    a recurring topic at meetings", "the withdrawal of Russian forces could take months", "Sanctions relief
    is expected to dominate the talks". ("The withdrawal of Russian forces was completed on Friday" tells it.)
    """
    if not _at_clause_start(tokens, trig):
        return False
    k = _predicate_start(tokens, trig.tok_end)
    if k is None:
        return False
    rest = [t.norm for t in tokens[k : k + 6]]
    head = rest[0]
    if head in _MODALS:
        # "could take months", "may take years": how long it might last, not that it happened
        return len(rest) > 2 and rest[1] in ("take", "last") and any(w in _DURATIONS for w in rest[2:])
    if head in ("is", "are", "was", "were") and len(rest) > 2 and rest[1] in _EXPECTED and rest[2] == "to":
        return len(rest) > 3 and rest[3] in _DOMINATING
    # "are a recurring topic", "have been a regular feature", "remains the main sticking point"
    for w in rest[1:6]:
        if w in _CATEGORY_NOUNS:
            return True
        if w in _BREAKS or w in ("by", "on", "in", "at", "after", "since"):
            return False
    return False


_CHANGE_VERBS = words(
    "grow rise fall shrink contract expand increase decrease decline drop reach recover slow remain stay "
    "exceed top hit double halve peak rebound accelerate ease slump plunge soar"
)


_INDICATIVE = words("will is are was were has have had can does do did stand stands won't isn't aren't")
_SUBJUNCTIVE = words("should must be ought shall")


def insisted_claim(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "insisted that" followed by a statement of what is or will be: a claim ("Truss insisted that the
    Government will not abandon its food standards", "insisted that they stand to make billions"), not a
    demand ("They insist that the company should be held accountable", "insisted that Kiev withdraw")."""
    if trig.tok_end != trig.tok_start + 1 or not tokens[trig.tok_start].norm.startswith("insist"):
        return False
    if trig.tok_end >= len(tokens) or tokens[trig.tok_end].norm != "that":
        return False
    for tok in tokens[trig.tok_end + 1 : trig.tok_end + 10]:
        if tok.norm in _SUBJUNCTIVE:
            return False
        if tok.norm in _INDICATIVE:
            return True
        if tok.norm in (",", ";", ":"):
            return False
    return False


def forecast_expectation(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "expects X to" followed by a verb of change in amount: a forecast ("The World Bank expects Ukraine's
    economy to grow by 2.7 percent"), not a demand ("NATO expects Russia to withdraw its troops"); likewise a
    claim told with "insisted that" (see :func:`insisted_claim`)."""
    if insisted_claim(tokens, trig):
        return True
    if not tokens[trig.tok_start].norm.startswith("expect"):
        return False
    end = min(len(tokens), trig.tok_end + 2)
    after_to = [t.norm for t in tokens[trig.tok_end - 1 : end]]
    return any(w in _CHANGE_VERBS for w in after_to)


_SANCTION_MODIFIED = words(
    "relief regime regimes list lists committee committees evasion busting exemption exemptions waiver waivers "
    "policy debate expert experts lawyer lawyers specialist specialists compliance"
)


def sanctions_modifier(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "sanctions" before a noun it describes: "Sanctions relief is expected ...", "the sanctions
    committee" name a kind of thing, not a measure imposed."""
    if trig.tok_end != trig.tok_start + 1 or trig.tok_end >= len(tokens):
        return False
    if tokens[trig.tok_start].norm not in ("sanction", "sanctions"):
        return False
    return tokens[trig.tok_end].norm in _SANCTION_MODIFIED


_NEVER_HEADS = words("will would wo shall")


def vowed_never(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "would never" / "will never" right before the act: a refusal stated now ("North Korea said it would
    never give up its nuclear weapons"); "has never withdrawn" reports nothing done and is left negated."""
    before = [t.norm for t in tokens[max(0, trig.tok_start - 3) : trig.tok_start]]
    return "never" in before and any(w in _NEVER_HEADS for w in before)


_FORCES = words(
    "troops soldiers police policemen army forces guards guardsmen officers military servicemen gendarmes "
    "riot-police"
)


def forces_blocking(tokens: Sequence[Token], trig: Trigger) -> bool:
    """Troops or police blocking a road or bridge: a state's measure, not a crowd's protest ("with troops
    blocking a bridge with tankers", "Police blocked the road to the airport"); "Farmers blocked the highway"
    stays a protest."""
    if not tokens[trig.tok_start].norm.startswith("block"):
        return False
    before = [t.norm for t in tokens[max(0, trig.tok_start - 2) : trig.tok_start]]
    return any(w in _FORCES for w in before)


_HELP_VERBS = words("help helps helped helping assist assists assisted assisting")
# what may follow "help" and still name whom it helps or with what: "help the economy", "help their ally"
_HELP_OBJECT_OPENERS = words(
    "the a an his her their its our your my them us him me you it this that these those in with to each "
    "one all both any some"
)
_TASK_BREAKS = words("that , ; : by which who and or but")


def _actor_at(units: Sequence[Unit], i: int) -> bool:
    return any(u.tok_start <= i < u.tok_end for u in units if u.code is not None)


def _helped_verb(tokens: Sequence[Token], i: int) -> bool:
    """The verb at ``i`` is what "help (to)" governs: "help fund", "helped to finance"."""
    if i >= 1 and tokens[i - 1].norm in _HELP_VERBS:
        return True
    return i >= 2 and tokens[i - 1].norm == "to" and tokens[i - 2].norm in _HELP_VERBS


def help_with_a_task(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> bool:
    """Bare "help" followed by a verb whose object names no actor: something is helped done, no one is
    aided ("These plants help purify the air", "They help fund government spending by buying its bonds",
    "the Commission will help ensure that the UK's sector remains competitive"); "Russia is helping to
    develop Armenia's transport infrastructure", "helping revive Syria" name whom the help is for."""
    if trig.tok_end != trig.tok_start + 1:
        return False
    if tokens[trig.tok_start].norm in _HELP_VERBS:
        i = trig.tok_end
        if i < len(tokens) and tokens[i].norm == "to":
            i += 1
    elif _helped_verb(tokens, trig.tok_start):
        i = trig.tok_start  # "They help fund government spending": the task is the trigger itself
    else:
        return False
    if i >= len(tokens) or not tokens[i].is_word or tokens[i].norm in _HELP_OBJECT_OPENERS:
        return False
    if _actor_at(units, i):
        return False  # "helps Palestinians"
    for j in range(i + 1, min(len(tokens), i + 4)):
        if tokens[j].norm in _TASK_BREAKS:
            break
        if _actor_at(units, j):
            return False
    return True


_TRADE_WORDS = words(
    "export exports exported exporting import imports imported importing supplier suppliers supply supplies "
    "supplied supplying provide provides provided providing sell sells sold selling trade turnover"
)
_SHARE_WORDS = words("percent per-cent % pct")
_AID_WORDS = words(
    "aid assistance humanitarian funding relief weapons arms ammunition loan loans grant grants donation donations"
)


def trade_share(tokens: Sequence[Token], trig: Trigger) -> bool:
    """Trade told as a share of a market: "Russia is Italy's biggest gas supplier, covering 43 percent of its
    gas demand", "Russia supplies Serbia with about 80 percent of its crude": a supplier's place, no aid or
    cooperation act ("provided 40 percent of the aid" stays; "exports to Kyrgyzstan grew 24 percent" stays
    COOPERATE, the lexicon's trade growth)."""
    span = [t.norm for t in tokens[max(0, trig.tok_start - 2) : trig.tok_end + 1]]
    if not any(w in _TRADE_WORDS for w in span):
        return False
    rule = trig.match.rule
    if (
        rule is not None
        and rule.event is EventType.COOPERATE
        and tells_supply_share(tokens, trig.tok_start, trig.tok_end)
    ):
        return False  # the phrase itself names the share: the supply relation the gold codes (s25-ties)
    after = [t.norm for t in tokens[trig.tok_end : trig.tok_end + 12]]
    # a share of a market ("43 percent of its gas demand"); growth of trade ("exports rose by 20 percent")
    # stays the cooperation it measures
    if not any(
        (w in _SHARE_WORDS or w.endswith("%")) and nxt == "of" for w, nxt in itertools.pairwise(after)
    ):
        return False
    return not any(t.norm in _AID_WORDS for t in tokens)


_TRIP_WORDS = words("visit visits trip trips tour")
_REASON_OPENERS = words("amid amidst due because owing")


def trip_put_off_for_another_reason(
    tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger, target: Sequence[str]
) -> bool:
    """A trip put off for a reason that is not its hosts' doing: "Modi has postponed his trip to Norway, Croatia
    and the Netherlands amid rising tensions with Pakistan", "postponed the visit due to the pandemic": no
    measure against the hosts ("cancelled his visit to Washington because of the new US sanctions" stays)."""
    if not trig.verbal or not any(t.norm in _TRIP_WORDS for t in tokens[trig.tok_start : trig.tok_end]):
        return False
    opener = next(
        (i for i in range(trig.tok_end, len(tokens)) if tokens[i].norm in _REASON_OPENERS),
        None,
    )
    if opener is None:
        return False
    stop = next((i for i in range(opener + 1, len(tokens)) if tokens[i].norm in (";", ".")), len(tokens))
    named = {u.code for u in units if u.code is not None and opener < u.tok_start < stop}
    return not named & set(target)


_TIME_SPANS = words("time hours hour minutes afternoon evening morning day days weekend")


def killing_time(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "to kill time", "killed a few hours": passing time, no one killed."""
    if not tokens[trig.tok_start].norm.startswith(("kill", "kills")):
        return False
    after = [t.norm for t in tokens[trig.tok_start + 1 : trig.tok_start + 4]]
    if not after:
        return False
    if after[0] == "time":
        return True
    return after[0] in ("a", "the", "some") and any(w in _TIME_SPANS for w in after[1:3])


_STRIKERS = words(
    "workers worker miners miner teachers teacher doctors doctor nurses nurse employees staff dockers "
    "dockworkers drivers pilots crews crew unions union members students farmers truckers railworkers "
    "railwaymen porters cleaners journalists steelworkers autoworkers"
)


def striking_workers(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "Striking miners blocked the road", "thousands of striking workers": the participle names people on
    strike (a labour dispute), not anyone struck."""
    i = trig.tok_start
    if tokens[i].norm != "striking" or i + 1 >= len(tokens):
        return False
    nxt = i + 1
    if tokens[nxt].norm in ("state", "public", "sector", "factory", "car", "rail", "port", "coal", "steel"):
        nxt += 1  # "striking rail workers", "striking public sector employees"
        if nxt < len(tokens) and tokens[nxt].norm == "sector":
            nxt += 1
    return nxt < len(tokens) and tokens[nxt].norm in _STRIKERS


_LONE_OFFENDERS = words(
    "vandal vandals thief thieves burglar burglars arsonist arsonists man woman boy girl teenager "
    "teenagers suspect suspects intruder intruders"
)


def vandalism_not_riot(tokens: Sequence[Token], trig: Trigger) -> bool:
    """Windows smashed or cars burnt by vandals, thieves or a lone man, with no crowd: a crime, not a riot
    ("Vandals smashed windows of the mosque overnight"; "Rioters smashed shop windows" stays)."""
    before = [t.norm for t in tokens[max(0, trig.tok_start - 3) : trig.tok_start]]
    return any(w in _LONE_OFFENDERS for w in before)


_REGRET_WORDS = words("regret regrets regretted regretting lament laments lamented lamenting")
_GRIEF_OBJECTS = words("death deaths loss losses passing demise")
_GRIEF_FILLERS = words("the a deeply sincerely profoundly very much untimely tragic sudden untimely")


def condolence_regret(tokens: Sequence[Token], trig: Trigger) -> bool:
    """Regret at a death, a loss of life or a passing is sorrow, not blame: "Moscow regrets the death of the
    Turkish ambassador", "deeply regretted the loss of life in the crash" ("regrets the killing of civilians
    by X" and "regrets Russia's decision" stay accusations)."""
    if not any(t.norm in _REGRET_WORDS for t in tokens[trig.tok_start : trig.tok_end]):
        return False
    j = trig.tok_end
    while j < len(tokens) and j - trig.tok_end < 4 and tokens[j].norm in _GRIEF_FILLERS:
        j += 1
    return j < len(tokens) and tokens[j].norm in _GRIEF_OBJECTS


_DANGER_WORDS = words(
    "area areas region regions border amid amidst riots riot unrest violence fighting clashes conflict war "
    "tensions danger dangers dangerous risk risks security safety terrorism hostilities shelling"
)
_TRAVEL_WORDS = words("travel travelling traveling trips visits")


def safety_advisory(tokens: Sequence[Token], trig: Trigger) -> bool:
    """Advice against travel for the traveller's safety: "Britain is advising its citizens against traveling to
    the border area between India and Pakistan", "advised people against travelling to the UK amid the threat of
    riots": a warning about danger there, no measure against the state ("China advised its citizens against
    travel to Japan" stays a sanction)."""
    if not any(t.norm in _TRAVEL_WORDS for t in tokens[trig.tok_start : trig.tok_end]):
        return False
    return any(t.norm in _DANGER_WORDS for t in tokens[trig.tok_end : trig.tok_end + 16])


_HOPE_CUES = words(
    "hope hoped hopes hoping confidence confident belief believe believes believed convinced conviction "
    "trust trusts trusted certain sure"
)
_HOPE_BREAKS = words("; : but while whereas although though because since")


def hoped_cooperation(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A cooperation the speaker hopes or is sure will go on: "expressed hope that the two countries would
    continue working together", "I am convinced that, by pooling efforts, Russia and Ukraine will ...",
    "expressed his strong belief that the two countries would continue working together": a stated wish to
    cooperate (PLOVER AGREE), not cooperation reported."""
    cue = None
    for i in range(trig.tok_start - 1, max(-1, trig.tok_start - 25), -1):
        norm = tokens[i].norm
        if norm in _HOPE_BREAKS:
            return False
        if norm in _HOPE_CUES:
            cue = i
            break
    if cue is None:
        return False
    between = [t.norm for t in tokens[cue + 1 : trig.tok_start]]
    return any(w in _MODALS for w in between)


_TIME_LINKS = words("since after before when upon until though although as once while")


def leaving_office_as_time(tokens: Sequence[Token], trig: Trigger) -> bool:
    """Leaving office told as a time, not a resignation: "since leaving office", "after he left office",
    "though he was leaving office" (a term ending); "Blair leaves office" stays."""
    if not tokens[trig.tok_start].norm.startswith(("leav", "left")):
        return False
    if tokens[trig.tok_end - 1].norm != "office":
        return False
    before = [t.norm for t in tokens[max(0, trig.tok_start - 3) : trig.tok_start]]
    return any(w in _TIME_LINKS for w in before)


_SIGNING = words("sign signs signed signing ratify ratifies ratified ratifying")
_GOVERNORS_OF_TO = words(
    "call calls called appeal appeals authority power powers right mandate proposal proposals invitation "
    "invitations urge urged urges ask asked asks request requested requests demand demanded demands "
    "pressure pressed"
)


def signing_called_for(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A signing asked for or empowered, not done: "the repeated calls of the Soviet Union to establish a
    collective security system and sign an Eastern European pact", "was given full powers to sign a
    defence treaty"."""
    if tokens[trig.tok_start].norm not in _SIGNING:
        return False
    for i in range(trig.tok_start - 1, max(-1, trig.tok_start - 16), -1):
        norm = tokens[i].norm
        if norm in (";", ".", ":"):
            return False
        if norm == "to" and i > 0:
            return any(t.norm in _GOVERNORS_OF_TO for t in tokens[max(0, i - 8) : i])
    return False


_TRY_FORMS = words("try tries tried trying")
_BE_FORMS = words("be is are was were been being am")
# what follows "try" when it is an attempt: an infinitive ("trying to educate people just for them to be
# aware") or an adverb of effort ("Try again or visit ... for more information")
_ATTEMPT_OPENERS = words("to again hard harder out everything anything something")


def tried_without_a_trial(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "try ... for" that is an attempt, not a court's trial: "trying to become parents for a third time",
    "tried to care for locals", "after trying for years to cut costs", "Try again or visit the page for
    more information". A trial names whom it tries ("tried the two officers for espionage") or is told in
    the passive ("was tried for treason")."""
    if tokens[trig.tok_start].norm not in _TRY_FORMS or tokens[trig.tok_end - 1].norm != "for":
        return False
    gap = tokens[trig.tok_start + 1 : trig.tok_end - 1]
    if gap:
        return gap[0].norm in _ATTEMPT_OPENERS
    before = [t.norm for t in tokens[max(0, trig.tok_start - 2) : trig.tok_start]]
    return not any(w in _BE_FORMS for w in before)


_SIGN_FORMS = words("sign signs signed signing")
# "signs" as placards: what is written on them, or who holds them
_PLACARD_AFTER = words(
    "reading read saying said that of promoting calling demanding bearing declaring denouncing urging with"
)
_PLACARD_BEFORE = words(
    "holding hold holds held carrying carry carries carried waving wave waves waved brandishing brandished "
    "protest placards banners flags posters homemade handmade hand-made home-made handwritten hand-written"
)
# what one signs up for as a customer or reader, not a pact
_SUBSCRIPTIONS = words(
    "account accounts newsletter newsletters email e-mail emails mailing updates alerts subscription trial "
    "app class classes"
)


def sign_not_a_signing(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A "sign" word that signs nothing: placards ("people holding anti-immigration signs", "signs promoting
    conspiracy theories") and a customer's or reader's sign-up ("sign up for an account", "by signing up to
    our email newsletter"). "Putin signs a decree", "Russia signed up to the deal" stay."""
    head = tokens[trig.tok_start].norm
    if head not in _SIGN_FORMS:
        return False
    before = tokens[trig.tok_start - 1].norm if trig.tok_start > 0 else ""
    after = tokens[trig.tok_start + 1].norm if trig.tok_start + 1 < len(tokens) else ""
    if head == "signs" and (
        after in _PLACARD_AFTER or before in _PLACARD_BEFORE or before.startswith(("anti-", "pro-"))
    ):
        return True
    if after != "up":
        return False
    return any(t.norm in _SUBSCRIPTIONS for t in tokens[trig.tok_start + 2 : trig.tok_start + 9])


_TRAIN_FORMS = words("train trains trained training")
# "training" naming a kind of thing ("training programmes for teachers")
_TRAINING_KINDS = words(
    "programme programmes program programs course courses centre centres center centers camp camps session "
    "sessions facility facilities ground grounds school schools college colleges manual manuals materials "
    "day days period schedule regime regimen"
)
# "train" with no one trained: an athlete's or a pupil's own training ("footballers training ahead of a
# match", "train as pilots", "we must train as many specialists as the armed forces need")
_TRAINING_ALONE = words("ahead for at hard daily before during as")
_SKILL_MODIFIERS = words("well highly specially poorly newly better best")
_VERB_HELPERS = words(
    "has have had is are was were be been being will would can could may might must shall should do does did"
)


def training_given_to_no_one(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A bare "train" word that gives no one training: the noun's kind ("training programmes for these
    teachers"), one's own training ("the footballers training ahead of a match", "train as many
    specialists as the Russian Armed Forces need") and the skill of those hired ("companies that need
    high-tech trained employees", "highly trained staff"). "Russian specialists are training Afghan
    technicians" stays aid."""
    head = tokens[trig.tok_start].norm
    if trig.tok_end != trig.tok_start + 1 or head not in _TRAIN_FORMS:
        return False
    after = tokens[trig.tok_end].norm if trig.tok_end < len(tokens) else ""
    if head == "training" and after in _TRAINING_KINDS:
        return True
    if after in _TRAINING_ALONE:
        return True
    if head != "trained" or trig.tok_start == 0:
        return False
    before = tokens[trig.tok_start - 1].norm
    helper = tokens[trig.tok_start - 2].norm if trig.tok_start > 1 else ""
    return ("-" in before or before in _SKILL_MODIFIERS) and helper not in _VERB_HELPERS
