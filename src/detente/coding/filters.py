"""What looks like an event but is not one: background clauses, short quotations, refusals (REJECT, not
the act), forces arriving (aid, not a visit), weather, sport and statistics, accidents, attributive verb
forms, topics of talks, questions. Pure predicates over a sentence's tokens, used by
:mod:`detente.coding.coder`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from detente.coding.ontology import EventType
from detente.coding.patterns import (
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    SCOPE_BREAK,
    Token,
    Trigger,
    canon_words,
    norms_of,
    words,
)
from detente.coding.roles import clause_floor, is_place
from detente.coding.units import Unit

_QUOTED = re.compile(r'"[^"]{1,300}"|\u201c[^\u201d]{1,300}\u201d')
_FORCE_NOUNS = words(
    "troops soldiers police officers policemen peacekeepers contingent forces force plane planes aircraft jets "
    "ships warships vessels rescuers rescue battalion brigade units convoy convoys tanks fighters bombers "
    "helicopters trucks lorries c-17 c-130 il-76 airmen marines paratroopers"
)
_SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")
_FORECASTS = words("expectations expectation forecasts forecast estimates estimate analysts record odds")
_NATURE = words(
    "typhoon hurricane cyclone storm storms snowfall snow rain rains flood floods flooding earthquake quake "
    "tsunami wildfire wildfires drought heatwave virus pandemic epidemic disease conflict war fighting weather "
    # economic forces as the subject: "the sanctions hit Russian oil refineries" (no strike)
    "sanctions embargo tariffs inflation recession downturn slump"
)
_ACCIDENTS = words(
    "crash accident earthquake flood floods flooding storm typhoon hurricane cyclone avalanche landslide "
    "fire fires wildfire wildfires flames blaze collapse disease epidemic outbreak heatwave stampede derailment"
)
_WAR_WEAPONS = words(
    "bomb bombs missile missiles rocket rockets shell shells shelling mortar mortars grenade grenades drone "
    "drones air-strike air-strikes airstrike airstrikes artillery explosives ied ieds suicide warplanes"
)


def background(tokens: Sequence[Token], trig: Trigger, verbal_before: Sequence[Trigger]) -> bool:
    """An act told as background in a later clause: "vessels seized near the Kerch Strait a year ago",
    "the sailors it seized two weeks ago" ("ago" in the trigger's clause, after another event)."""
    if not verbal_before:
        return False
    for tok in tokens[trig.tok_end : trig.tok_end + 10]:
        if tok.norm in SCOPE_BREAK and tok.norm not in ("that", "which", "who"):
            return False
        if tok.norm == "ago":
            return True
    return False


def perfect_relative(tokens: Sequence[Token], trig: Trigger, verbal_before: Sequence[Trigger]) -> bool:
    """An act told in the past perfect inside a relative clause, after the sentence's own act: background,
    what had happened before ("completing a withdrawal which the Allies had long called for", "arrested activists
    who had gathered outside the High Court", "a church where they had taken shelter")."""
    if not verbal_before or not trig.verbal:
        return False
    perfect = False
    for j in range(trig.tok_start - 1, max(-1, trig.tok_start - 8), -1):
        norm = tokens[j].norm
        if norm == "had":
            perfect = True  # (a present perfect may be the news: "the crackdown, in which thousands have been detained")
        elif norm in _RELATIVES:
            prev = tokens[j - 1].norm if j > 0 else ""
            return perfect and j > 0 and prev not in _ASKING
        elif norm in SCOPE_BREAK or norm in _REPORTING or not tokens[j].is_word:
            return False
    return False


_GENERIC_HEADS = words("those anyone anybody all everyone whoever")
_DETERMINERS = words(
    "the a an this that these those its their his her our your my some several many two three four five six "
    "seven eight nine ten hundreds thousands dozens"
)
_PAST_AUXILIARIES = words("had has have was were did is are been")


def generic_relative(tokens: Sequence[Token], trig: Trigger, verbal_before: Sequence[Trigger]) -> bool:
    """An act of an unspecified class of people, in a present-tense relative clause after the sentence's own
    act: "offered an amnesty to fighters who lay down their arms", "to communist rebels who surrender their
    weapons", "guarantees to those who leave": a condition attached to the act, no one has done it."""
    if not verbal_before or not trig.verbal or trig.tok_start < 2:
        return False
    if tokens[trig.tok_start - 1].norm != "who":
        return False
    verb = tokens[trig.tok_start].norm
    if verb.endswith("ed") or verb in _PAST_AUXILIARIES or (verb.endswith("s") and not verb.endswith("ss")):
        return False  # "white farmers who defied an order", "rebels who attacks": told as done, or one actor
    head = tokens[trig.tok_start - 2]
    if head.norm in _GENERIC_HEADS:
        return True
    if not head.norm.endswith("s"):
        return False
    for tok in reversed(tokens[max(0, trig.tok_start - 5) : trig.tok_start - 2]):
        if tok.norm in _DETERMINERS or not tok.is_word:
            return False
        if tok.norm in PREPOSITIONS:
            return True  # "to fighters who ...", "to communist rebels who ...": a bare plural
    return False


_RELATIVES = words("which who whom where")
_ASKING = words(
    "ask asks asked know knows knew wonder wonders wondered explain explains explained reveal reveals revealed "
    "decide decides decided determine determined said say says tell told establish established investigate"
)
_REPORTING = words("said says say told that according")


_ATTEMPT_NOUNS = words("attempt attempts effort efforts")
_MAYBE_MODALS = words("could would might may can")
_REMEMBERING = words("recall recalls recalled recalling remember remembers remembered remembering")
_MEMORY_OBJECTS = words("that what how when my our")


_TREATY_PARTIES = words("party parties depositary signatory signatories contracting")


def _treaty_provision(tokens: Sequence[Token]) -> bool:
    """A treaty's own wording: "shall" with the treaty's parties or depositary ("the Parties shall cooperate
    with each other", "The Depositary shall convene the Conference of the Parties") lays down a rule, it
    reports no act."""
    norms = norms_of(tokens)
    return "shall" in norms and bool(norms & _TREATY_PARTIES)


def unreal_act(tokens: Sequence[Token], trig: Trigger) -> bool:
    """An act only supposed or remembered, not reported: "any attempt to seize Crimea would be ...", "Three
    years ago today, Russia launched its invasion", "on the anniversary of the annexation", "the agenda of
    the forthcoming NRC meeting"; or laid down in a treaty's wording (see :func:`_treaty_provision`)."""
    if _treaty_provision(tokens):
        return True
    before = [t.norm for t in tokens[max(0, trig.tok_start - 4) : trig.tok_start]]
    if len(before) >= 3 and before[-1] == "to" and before[-2] in _ATTEMPT_NOUNS and before[-3] == "any":
        return True
    near = [t.norm for t in tokens[max(0, trig.tok_start - 12) : trig.tok_start]]
    for k in range(len(near) - 3):
        if near[k] == "any" and near[k + 2] in ("that", "which") and near[k + 3] in _MAYBE_MODALS:
            return True  # "to avoid any moves which might inflame the border ... or endanger ..."
    if (
        len(before) >= 2
        and before[-1] == "to"
        and before[-2] in _READYING
        and trig.match.rule is not None
        and trig.match.rule.event is EventType.ASSAULT
    ):
        return True  # "ordered them to prepare to strike US bases": readiness for an attack, none made
    window = [t.norm for t in tokens[max(0, trig.tok_start - 14) : trig.tok_start]]
    if any(
        w in _REMEMBERING and nxt in ("that", "how") and not {";", ",", ":"} & set(window[k:])
        for k, (w, nxt) in enumerate(itertools.pairwise(window))
    ):
        return True  # "She recalled how Moscow had been quick to back ...": history brought up
    floor = clause_floor(tokens, trig.tok_start)
    clause = [t.norm for t in tokens[floor : trig.tok_start]]
    opening = [t.norm for t in tokens[: min(len(tokens), 6)]]
    if any(a == "years" and b == "ago" for a, b in itertools.pairwise(opening)):
        return True  # an anniversary: "Three years ago today, ..."
    if "anniversary" in clause[-6:]:
        return True
    for k in range(max(0, len(clause) - 8), len(clause) - 1):
        if clause[k] in _REMEMBERING and clause[k + 1] in _MEMORY_OBJECTS:
            return True  # "I recall ... my conversation with the Pope": a meeting remembered, not reported
    consult = trig.match.rule is not None and trig.match.rule.event is EventType.CONSULT
    return consult and "agenda" in clause[-8:]


def short_quote(text: str, trig: Trigger) -> bool:
    """A trigger inside a short quotation (a characterisation: Israel "knows very well how to kill"); not a
    meeting told by a quoted idiom that opens with its verb ("the leaders 'synchronised their watches'")."""
    for found in _QUOTED.finditer(text):
        if found.start() <= trig.start and trig.end <= found.end():
            if (
                trig.match.rule is not None
                and trig.match.rule.event is EventType.CONSULT
                and trig.verbal
                and not text[found.start() : trig.start].strip(" \"'\u201c\u2018")
            ):
                return False  # the quote is the idiom the verb opens
            return len(found.group().split()) <= 12
    return False


def forces_subject(tokens: Sequence[Token], trig: Trigger, *, relief: bool = False) -> bool:
    """The subject of a "visit" is a body of troops, police, aid workers or an aircraft, not a delegation
    (``relief``: also medical and rescue staff, "Chinese medical teams have arrived in Iran")."""
    floor = clause_floor(tokens, trig.tok_start)
    before = [t.norm for t in tokens[max(floor, trig.tok_start - 10) : trig.tok_start]]
    for w in reversed(before):
        if w in ("who", "which", "that", "whom"):
            return False  # "police arrested activists who had gathered": the relative clause's own subject
        if w in _FORCE_NOUNS or (relief and w in _RELIEF_STAFF):
            return True
    return False


_RELIEF_STAFF = words(
    "medical doctors medics nurses paramedics firefighters sappers deminers virologists epidemiologists "
    "search-and-rescue"
)
"""Who arrives to help, not to talk (not "team" or "experts" alone: an inspection team visits)."""


def not_political(text: str, tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> bool:
    """A hostile-looking verb whose subject is weather, a disaster or a statistic, or that scores a match
    or a forecast: not an act of one actor on another."""
    head = tokens[trig.tok_start].norm
    if head.startswith(("beat", "defeat", "thrash", "crush", "rout")) and (
        _SCORE.search(text)
        or any(t.norm in _FORECASTS for t in tokens[trig.tok_end : trig.tok_end + 4])
        or _contest(tokens, trig)
    ):
        return True
    floor = clause_floor(tokens, trig.tok_start)
    before = tokens[max(floor, trig.tok_start - 8) : trig.tok_start]
    actor_between = any(
        u.tok_start >= trig.tok_start - 8
        and u.tok_end <= trig.tok_start
        and u.code
        and not is_place(tokens, u)
        and not (u.tok_start > 0 and tokens[u.tok_start - 1].norm in _SWEPT_ACROSS)
        for u in units
    )
    if not actor_between and any(t.norm in _NATURE for t in before):
        return True
    # "A hurricane swept across Haiti, killing hundreds and destroying thousands of homes": participles
    # whose subject is the disaster that opens the sentence
    return (
        head.endswith("ing")
        and any(t.norm in _NATURE for t in tokens[:3])
        and not any(u.code and u.tok_start < 3 for u in units)
    )


_INTRANSITIVE_PAST = words("remained stayed")
_READYING = words("prepare prepares prepared preparing poised")
_SWEPT_ACROSS = words("across over through throughout into along")
"""Where a storm or flood went ("swept across Haiti's southern peninsula"): a place, not an actor."""


_MARKETS = words(
    "rouble roubles ruble rubles dollar euro hryvnia zloty yuan lira currency currencies stocks shares markets "
    "market bonds index indices prices price oil gold bitcoin"
)


def market_subject(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A rally or a slump told of a currency, a price or a market, right before the verb: not a crowd."""
    return trig.verbal and trig.tok_start > 0 and tokens[trig.tok_start - 1].norm in _MARKETS


def attributive(tokens: Sequence[Token], trig: Trigger) -> bool:
    """An -ing form used as an adjective before a noun ("Bradley fighting vehicles")."""
    head = tokens[trig.tok_start]
    if not head.norm.endswith("ing") or trig.tok_end >= len(tokens):
        return False
    before = tokens[trig.tok_start - 1] if trig.tok_start else None
    nxt = tokens[trig.tok_end]
    return before is not None and before.norm != "," and nxt.is_word and nxt.norm not in PREPOSITIONS


def war_weapon_near(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A weapon of war names the attack ("a car bomb ripped through a checkpoint, killing ..."), so it is
    reported even when no attacker is named; a knife or a gun alone is more often crime news."""
    lo, hi = max(0, trig.tok_start - 20), trig.tok_end + 12
    return any(t.norm in _WAR_WEAPONS for t in tokens[lo:hi])


def accident_after(tokens: Sequence[Token], trig: Trigger) -> bool:
    """An accident or disaster named right after the trigger ("killed in a plane crash")."""
    return any(t.norm in _ACCIDENTS for t in tokens[trig.tok_end : trig.tok_end + 9])


_FIRE_OF = words(
    "gun sniper snipers artillery tank tanks enemy army police naval mortar rocket cross-border machine-gun "
    "machinegun hostile heavy live automatic"
)


def gunfire_after(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> bool:
    """ "were killed by Israeli fire", "wounded by sniper fire": the "fire" after the trigger is shooting by
    an actor or a weapon, not a blaze (which :func:`accident_after` is about)."""
    for k in range(trig.tok_end + 1, min(len(tokens), trig.tok_end + 9)):
        if tokens[k].norm != "fire":
            continue
        if tokens[k - 1].norm in _FIRE_OF or any(u.tok_end == k and u.code for u in units):
            return True
    return False


_DIPLOMATIC_STEPS = words(
    "summon summons summoned summoning recall recalls recalled recalling expel expels expelled expelling "
    "lodge lodged lodges delivered handed sent send sends cancel cancelled canceled postpone postponed "
    "boycott boycotted skip skipped"
)


def diplomatic_protest(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "Beijing summoned the Japanese ambassador to protest the visit", "Russia recalled its envoy to protest
    the decision": "to protest" is the purpose of a state's diplomatic step, not a crowd in the street."""
    i = trig.tok_start
    if not trig.verbal or i == 0 or tokens[i - 1].norm != "to":
        return False
    for j in range(i - 2, max(-1, i - 12), -1):
        if tokens[j].norm in (";", ":", "."):
            return False
        if tokens[j].norm in _DIPLOMATIC_STEPS:
            return True
    return False


_SCHOOLING = words(
    "college colleges university universities school schools academy seminary classes class lectures course "
    "courses kindergarten lessons mass church services synagogue mosque prayers sermon"
)


def attends_school_or_worship(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "Harris ... attended Vanier College in Montreal", "Biden attended Mass in Rome": schooling or worship
    told of a person, no meeting between sides."""
    if not tokens[trig.tok_start].norm.startswith("attend"):
        return False
    return any(t.norm in _SCHOOLING for t in tokens[trig.tok_start + 1 : trig.tok_start + 6])


_PRESS_QUERIES = words("comment comments reuters ap afp journalists reporters newspaper emailed")


def press_query_unanswered(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "did not respond to a request for comment", "did not respond to emailed questions from Reuters": a
    reporter's query unanswered, the newspaper's boilerplate, not a refusal of another side's demand."""
    return any(t.norm in _PRESS_QUERIES for t in tokens[trig.tok_start : trig.tok_end + 4])


_FOUND_AS = words(
    "find finds found consider considers considered see sees saw seem seems seemed look looks looked "
    "deeply profoundly very so too more less most potentially increasingly particularly"
)


def threatening_as_quality(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "finds their nation's demographic changes profoundly threatening": "threatening" as a quality felt,
    not a threat made by anyone."""
    i = trig.tok_start
    if trig.tok_end != i + 1 or tokens[i].norm != "threatening" or i == 0:
        return False
    return tokens[i - 1].norm in _FOUND_AS


def judged_less(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "Haley was even less aggressive in her criticism": a quality said to be smaller, no one accused."""
    return any(t.norm in ("less", "least") for t in tokens[trig.tok_start : trig.tok_end])


def infinitive_support(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "approved a measure to send troops to Libya to support its government": "support" is the verb of the
    troops' purpose, not support sent as words (the "send ... support" of condolences and solidarity)."""
    if not tokens[trig.tok_start].norm.startswith(("send", "convey")):
        return False
    last = trig.tok_end - 1
    return tokens[last].norm == "support" and last > 0 and tokens[last - 1].norm == "to"


_AIRCRAFT = words(
    "jet jets bomber bombers aircraft warplane warplanes plane planes fighter fighters drone drones helicopter "
    "helicopters air force airforce squadron reconnaissance su-27 su-30 su-35 mig-31 tu-95 tu-160 f-16 f-35 "
    "b-52 awacs military"
)
_DESIGNATOR = re.compile(r"[a-z]{1,4}-?\d{1,3}[a-z]{0,3}")
"""An aircraft named by its type ("Tu-95s", "MiG-31", "Su-24", "F-16s", "B-52")."""
_ABSTRACT_GOODS = words(
    "role image status belief beliefs idea ideas importance message view views commitment ties cooperation "
    "relations unity stereotype stereotypes notion perception perceptions trend case argument claim claims "
    "reputation brand position's credibility sense feeling impression narrative"
)


_WELFARE = words(
    "pay payouts payout salaries salary wages wage pensions pension benefits allowances allowance guarantees "
    "housing veterans healthcare bonuses"
)
"""What a state pays its servicemen ("increased service pay and military pensions"): welfare, no force."""
_SOFT_MUSCLE = words(
    "creative economic financial political legal commercial intellectual regulatory marketing cultural corporate"
)
_NON_MILITARY_BUILD = words(
    "seaport port ports railway railways road roads organisation organization company company's digital "
    "energy transport tourism social"
)
_INSPECTED_FORCES = words(
    "snap combat readiness troops forces fleet district army armed military units brigade brigades division"
)
_MOBILISED_CROWDS = words("campaign campaigns voters voter supporters resources funds investment investors")
_DEGREES = words("fully most more highly well totally completely very so")
_BEFORE_A_QUALITY = words("is are was were be been being am the a an")


def _mobilised_as_quality(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "We are fully mobilised and working as a team", "the most mobilised army in the world": a state of
    readiness told with a degree word, not a call-up ("Russia fully mobilised its reserves" stays)."""
    at = trig.tok_start
    return (
        at >= 2
        and tokens[at - 1].norm in _DEGREES
        and tokens[at - 2].norm in _BEFORE_A_QUALITY
        and tokens[at].norm.endswith(("ised", "ized"))
    )


def _welfare_of_forces(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "increase service pay and ... military pensions", "bolster social guarantees for military service
    personnel", "increased payouts to servicemen and military veterans": pay, not a build-up."""
    span = [t.norm for t in tokens[trig.tok_start + 1 : trig.tok_end + 3]]
    return any(w in _WELFARE for w in span)


def unmilitary_move(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A word of military posture used of something else: a restaurant "buzzing with diners", a trend
    "reinforcing Portugal's role", staff "flying over Nigeria" with no aircraft of war in the sentence;
    servicemen's pay or pensions increased, a seaport's infrastructure built up, "creative muscles" flexed,
    an arms inspection proposed at an airfield, election campaigns mobilising, a team "fully mobilised"."""
    head = tokens[trig.tok_start].norm
    after = [t.norm for t in tokens[trig.tok_end : trig.tok_end + 5]]
    inside = [t.norm for t in tokens[trig.tok_start : trig.tok_end]]
    multi = trig.tok_end > trig.tok_start + 1
    if (
        multi
        and head.startswith(("increas", "boost", "bolster", "expand", "reinforc"))
        and _welfare_of_forces(tokens, trig)
    ):
        return True
    if multi and inside[-1] == "infrastructure" and any(w in _NON_MILITARY_BUILD for w in inside):
        return True  # "building up seaport infrastructure", "build up the organization's infrastructure"
    if multi and inside[-1] in ("muscle", "muscles") and any(w in _SOFT_MUSCLE for w in inside):
        return True  # "flexing your creative muscles"
    if multi and inside[-1] in ("inspection", "inspections"):
        # "proposed conducting an inspection right there on the airfield": an arms-control check, not a snap
        # inspection of combat readiness
        return not any(t.norm in _INSPECTED_FORCES for t in tokens)
    if head.startswith(("mobilis", "mobiliz")):
        near = tokens[max(0, trig.tok_start - 4) : trig.tok_end + 3]
        return any(t.norm in _MOBILISED_CROWDS for t in near) or _mobilised_as_quality(tokens, trig)
    if head.startswith("buzz"):
        return after[:1] in (["with"], ["from"], ["about"], ["."], [","], [])
    if head.startswith("reinforc") and trig.tok_end == trig.tok_start + 1:
        return any(n in _ABSTRACT_GOODS for n in after)
    if head.startswith(("fly", "flew", "flown")):
        return not any(t.norm in _AIRCRAFT or _DESIGNATOR.fullmatch(t.norm) for t in tokens)
    return False


_OFFICES = words(
    "nomination nominations re-election reelection seat seats presidency candidacy ticket primary primaries"
)


def campaigns_for_office(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "Republican candidates pushing for nomination include Trump": running for an office, no one asked."""
    if not tokens[trig.tok_start].norm.startswith(("push", "press", "vie", "compet", "run")):
        return False
    return any(t.norm in _OFFICES for t in tokens[trig.tok_end : trig.tok_end + 3])


_OFFICIALS = words(
    "minister ministers chief chiefs commander commanders general generals head heads governor governors "
    "director directors official officials aide aides adviser advisers advisor advisors ambassador prosecutor "
    "judge judges cabinet deputy deputies secretary spokesman spokeswoman mayor coach manager staff"
)


def dismisses_an_official(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> bool:
    """ "Zelensky dismissed his army chief", "considering dismissing Syrsky", "Putin dismissed Defence
    Minister Sergei Shoigu": a leader firing his own official, not a rejection of another side."""
    if trig.tok_end != trig.tok_start + 1 or not tokens[trig.tok_start].norm.startswith("dismiss"):
        return False
    after = tokens[trig.tok_end : trig.tok_end + 4]
    if any(t.norm in _OFFICIALS for t in after):
        return True
    k = trig.tok_end
    if k >= len(tokens) or not tokens[k].text[:1].isupper():
        return False
    unit = next((u for u in units if u.tok_start == k), None)
    end = unit.tok_end if unit is not None else k + 1
    if end < len(tokens) and tokens[end].norm in ("'s", "'"):
        return False  # "dismissed Lavrov's remarks": what the person said is rejected
    return unit is None or unit.kind in ("person", "title", "unknown")


def reduced_relative(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> bool:
    """A past participle right after the noun phrase it describes, inside an object, tells no new act:
    "Russia's release of the 24 Ukrainian sailors detained near the Kerch Strait last November", "welcomed
    the return of the diplomats expelled in March". A noun phrase opening its clause is the verb's subject
    instead ("as dozens of French vessels gathered off the island")."""
    i = trig.tok_start
    if not trig.verbal or not tokens[i].norm.endswith("ed") or i == 0 or i + 1 >= len(tokens):
        return False
    if trig.match.rule is None or trig.match.rule.event not in _DONE_TO:
        return False  # "protesters massed in", "officers landed in": movements, never a description
    if tokens[i].norm in _INTRANSITIVE_PAST:
        return False  # "miners at the mine remained off the job": no passive participle, the clause's verb
    nxt = tokens[i + 1].norm
    if nxt not in _AFTER_REDUCED or (
        nxt == "at" and i + 2 < len(tokens) and tokens[i + 2].norm in ("least", "most")
    ):
        return False  # an object follows ("clinched a deal"), or "killed at least 18"
    prev = tokens[i - 1]
    if prev.norm == "," and i >= 2 and tokens[i - 2].text[:1].isupper():
        return True  # "Eston Kohver, sentenced in Russia for espionage, ...": an appositive description
    if not prev.is_word or prev.norm in _NOT_NOUNS or prev.norm.endswith("ly"):
        return False
    # walk back over the noun phrase to what governs it
    j = i - 1
    while j >= 0 and i - j <= 9:
        norm = tokens[j].norm
        if norm == "," and tokens[j + 1].norm in ("a", "an", "the"):
            return True  # ", a former security officer convicted in Estonia": an appositive noun phrase
        if norm in _CLAUSE_OPENERS or norm in (",", ";", ":"):
            return False
        if norm in PREPOSITIONS and norm not in ("of",):
            return (
                True  # "in the attack on ... carried out", "release ... of the sailors detained": an object
            )
        j -= 1
    return False


_ASIDE_OPENERS = frozenset({",", "–", "—", "-", "("})
_LISTING_PARTICIPLES = words(
    "proscribed designated banned outlawed listed blacklisted labelled labeled branded declared classified"
)
_LISTED_AS = words("terrorist terror extremist extremists terrorists undesirable")


def designation_aside(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A past participle set off after a name that tells how the group is listed: "the Legion – outlawed as an
    extremist movement by Canada", "the Brigade, blacklisted as a terror network by Japan, ..." describe the
    group, they report no ban (the ban itself, "Canada outlawed the Legion", stays)."""
    i = trig.tok_start
    if not trig.verbal or tokens[i].norm not in _LISTING_PARTICIPLES or i == 0:
        return False
    if tokens[i - 1].norm not in _ASIDE_OPENERS:
        return False
    return any(t.norm in _LISTED_AS for t in tokens[i + 1 : i + 5])


_AFTER_REDUCED = words("near in at on off from during last earlier this by since under inside outside")
_DONE_TO = frozenset(
    {
        EventType.COERCE,
        EventType.ASSAULT,
        EventType.SANCTION,
        EventType.SUPPORT,
        EventType.RETREAT,
        EventType.PROTEST,
    }
)
_CLAUSE_OPENERS = words("as when while after before because since although though and but that which who if")
_NOT_NOUNS = words(
    "and or but who which that had has have was were is are be been being not never also then it they he she "
    "we i you later jointly repeatedly reportedly allegedly"
)


_YIELDED_TO = words(
    "pressure pressures demand demands call calls request requests will wishes insistence opposition concerns "
    "objections ultimatum protests protesters"
)
_BEFORE_WHAT_YIELDS = words("the a an their its his her international western growing mounting public")


def gives_way_to_a_thing(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> bool:
    """ "gave way to riots", "the ceasefire gave way to renewed fighting": one thing turned into another;
    "give way to" concedes only to an actor or to what it asks ("gave way to Moscow", "to pressure")."""
    if trig.tok_end < 2 or tokens[trig.tok_end - 1].norm != "to" or tokens[trig.tok_end - 2].norm != "way":
        return False
    i = trig.tok_end
    starts = {u.tok_start for u in units}
    while i < len(tokens) and tokens[i].norm in _BEFORE_WHAT_YIELDS and i not in starts:
        i += 1
    if i >= len(tokens) or i in starts:
        return False
    if i + 1 < len(tokens) and tokens[i + 1].norm == "'s":
        return False  # "gave way to Washington's demands"
    return tokens[i].norm not in _YIELDED_TO


def in_protest_after(tokens: Sequence[Token], trig: Trigger) -> bool:
    """The act is done "in protest" (said later in its clause): "occupied the legislature in protest at a
    trade pact" is the protest, not a seizure."""
    for i in range(trig.tok_end, min(len(tokens) - 1, trig.tok_end + 10)):
        if tokens[i].norm in SCOPE_BREAK:
            return False
        if tokens[i].norm == "in" and tokens[i + 1].norm == "protest":
            return True
    return False


def topic_of_talks(tokens: Sequence[Token], trig: Trigger, verbal: Sequence[Trigger]) -> bool:
    """A noun trigger in the object of an earlier "discussed"-type verb of the same clause, or in the topic
    of an earlier talk verb ("will exchange views on resolving the crisis, including on ... launching a
    dialogue"); and a meeting named in what someone was told about ("informed Macron about the agreements
    reached at the February 14 meeting of ...": the meeting is what was told)."""
    for prev in verbal:
        told = (
            (not trig.verbal or tokens[trig.tok_start].norm.endswith("ing"))  # "the meeting of ..."
            and trig.match.rule is not None
            and trig.match.rule.event is EventType.CONSULT
            and prev.match.rule is not None
            and prev.match.rule.event is EventType.CONSULT
            and prev.match.phrase.source.split()[0] in _TELLING
        )
        talk_topic = (
            prev.match.rule.event is EventType.CONSULT
            and prev.tok_end < len(tokens)
            and tokens[prev.tok_end].norm in _TALK_TOPIC_OPENERS
        )
        if talk_topic and not prev.match.rule.mutual_only and trig.verbal:
            talk_topic = tokens[trig.tok_start].norm.endswith(
                "ing"
            )  # a finite verb after the topic is an act
        if (prev.match.rule.mutual_only or told or talk_topic) and prev.tok_end <= trig.tok_start:
            between = tokens[prev.tok_end : trig.tok_start]
            if any(t.norm in (";", ":") for t in between):
                continue
            if not trig.verbal or _verb_in_topic(tokens, trig, between):
                return True
    return False


_STANCE_NOUNS = words("position positions stance stances view views approach approaches line attitude")
_STANCE_PREPOSITIONS = words("on towards toward regarding concerning to")


def stance_topic(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A noun act named as what a stance is on: "restated NATO's position on Russia's illegal and illegitimate
    annexation of Crimea", "our approach to the deployment of ..." — the stance is told, not the act."""
    if trig.verbal:
        return False
    j = trig.tok_start - 1
    while j >= 0 and trig.tok_start - j <= 8:
        norm = tokens[j].norm
        if norm in _STANCE_PREPOSITIONS:
            return j > 0 and tokens[j - 1].norm in _STANCE_NOUNS
        if norm in ("the", "a", "an", "'s", "'", "its", "their", "and", ",") or tokens[j].text[:1].isupper():
            j -= 1
            continue
        if tokens[j].text[:1].islower() and tokens[j].is_word:
            j -= 1  # an adjective of the act ("illegal", "continued")
            continue
        return False
    return False


_TELLING = words("inform brief update debrief tell")
_TOPIC_PREPOSITIONS = words("for of on about including regarding concerning such as")
_TALK_TOPIC_OPENERS = words("on about regarding concerning")
_NOT_A_SUBJECT = words("was were is are be been being has have had or")
_VERBS_BEFORE_TO = words(
    "continue continues want wants plan plans need needs intend intends agree agrees decide decides try "
    "tries seek seeks hope hopes promise promises pledge pledges vow vows refuse refuses fail fails begin "
    "began begins undertake undertook undertakes offer offers expect expects going able ready willing"
)


def _verb_in_topic(tokens: Sequence[Token], trig: Trigger, between: Sequence[Token]) -> bool:
    """A verb form that belongs to the topic of talks rather than being a new act: a participle that
    modifies a noun ("discussed expanded investment cooperation", "the prospects for strengthening ties",
    "prospects for promoting a dialogue, strengthening trade ties"), or an infinitive after a noun ("the
    decision to withdraw from the ABM Treaty", "the budget to finance the armed forces"). A finite verb
    after "and" or a comma ("discussed Iraq and signed a treaty") is a new act."""
    head = tokens[trig.tok_start].norm
    before = tokens[trig.tok_start - 1].norm if trig.tok_start else ""
    if before == "to" and trig.tok_start >= 2:
        noun = tokens[trig.tok_start - 2]
        return (
            noun.text[:1].islower()
            and not noun.norm.endswith(("ed", "ing"))
            and noun.norm not in _VERBS_BEFORE_TO
            and noun.norm not in ("and", ",", "but")
        )
    if not head.endswith(("ed", "ing")):
        return False
    if before in ("but", "then"):
        return False
    j = trig.tok_start - 1
    while j >= 0 and tokens[j].text[:1].isupper():
        j -= 1
    if 0 <= j < trig.tok_start - 1 and tokens[j].norm in ("and", "but", ",", ";"):
        # "discussed the crisis in Yugoslavia, and Mr Putin informed Mr Schroeder": a new subject
        return False
    if before in (",", "and"):
        # an -ing form after a comma or "and" stays in a topic list opened by a preposition ("prospects for
        # ...", "views on a ceasefire, reconciliation and launching a dialogue"); a finite verb is a new act
        return head.endswith("ing") and any(t.norm in _TOPIC_PREPOSITIONS for t in between)
    # "As part of contacts to exchange views on ..., the two leaders discussed ...": a new clause's verb
    return not (
        head.endswith("ed")
        and trig.match.rule.mutual_only
        and before not in _NOT_A_SUBJECT
        and any(t.norm == "," for t in between)
    )


def is_question(text: str) -> bool:
    """A direct question: the sentence ends with a question mark (closing quotes and brackets aside), and
    it is not a statement followed by a question ("Chisinau has demanded the withdrawal ...; how will
    Moscow respond?" reports the demand)."""
    if not text.rstrip().rstrip("\"'”’)]»").endswith("?"):
        return False
    return ";" not in text


# --- statements and descriptions that name an act without reporting it --------------------------------

_HABITS = words("every each weekly monthly annually regularly")
_NOBODY = words("anyone anybody nobody everyone")
_DOCUMENTS = words(
    "treaty treaties agreement agreements draft drafts act charter document accord convention resolution"
)
_PLANS = words(
    "strategy strategies plan plans programme programmes program programs doctrine concept budget law bill decree"
)
_STIPULATE = words(
    "provide provides provided allow allows allowed oblige obliges obliged ban bans banned prohibit prohibits "
    "prohibited stipulate stipulates envisage envisages require requires"
)
_ASPIRATIONS = words(
    "bid bids application applications request desire aspiration aspirations attempt plans wish"
)
_SCOURGES = words(
    "crime crimes corruption trafficking drugs drug narcotics poverty fires fire wildfires epidemic pandemic "
    "disease diseases extremism terrorism piracy smuggling money-laundering"
)
_DOMESTIC_ACTS = words("decree decrees law laws bill bills order orders ukase budget")
_NOT_OFFERS = words(
    "evidence proof explanation explanations details comment comments reason reasons opinion "
    "reward rewards bounty bounties prize prizes discount discounts "
    # what one offers as a view or to customers ("offered this insight on Trump", "offered contrasts with
    # Trump", "offer space courses", "offering vouchers to families"): no commitment to another actor
    "insight insights contrast contrasts glimpse glimpses perspective perspectives view views "
    "course courses voucher vouchers menu menus "
    # what a school, a shop or a product offers its users ("now offer a two-year degree programme", "offered
    # vocational training", "offering free tuition", "they offer many advantages", "offering an alternative
    # assessment"): a service or a merit, no commitment to another actor
    "programme programmes program programs degree degrees diploma diplomas vocational tuition classes lessons "
    "scholarship scholarships advantages advantage benefits perks features assessment assessments analysis "
    "solutions products services subscription subscriptions"
)
_CONDITION_WORDS = words("if unless should provided once")


def habitual(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A present-tense act done by habit: "meets ... every month", "holds talks twice a year"."""
    head = tokens[trig.tok_start].norm
    if not trig.verbal or not head.endswith("s") or head.endswith("ss"):
        return False
    after = [t.norm for t in tokens[trig.tok_end : trig.tok_end + 12]]
    if any(w in _HABITS for w in after):
        return True
    return any(
        w in ("once", "twice") and after[k + 1 : k + 2] in (["a"], ["per"]) for k, w in enumerate(after)
    )


_PERIODS = words("year years month months week weeks spring autumn summer winter")
_NOT_PRESENT = words("will would did was were has have had could might should shall")


def _frequency_phrase(norms: Sequence[str]) -> bool:
    """ "every four years", "each year", "every spring", "annually", "yearly": how often, not when."""
    if any(w in ("annually", "yearly") for w in norms):
        return True
    for k, w in enumerate(norms):
        if w in ("every", "each"):
            nxt = norms[k + 1 : k + 3]
            if nxt[:1] and (nxt[0] in _PERIODS or (len(nxt) == 2 and nxt[1] in _PERIODS and nxt[0] != "the")):
                return True
    return False


def habitual_present(tokens: Sequence[Token], trig: Trigger, past_forms: frozenset[str]) -> bool:
    """A present-tense act told with how often it recurs, in any person or voice and with the frequency
    before it in its sentence or after it in its clause: "Every four years Russia and Belarus conduct the
    Zapad exercise", "The Zapad exercises are held every four years" (a practice described, no act
    reported)."""
    head = tokens[trig.tok_start].norm
    if not trig.verbal or head.endswith("ed") or head in past_forms or head in ("was", "were"):
        return False
    if head.endswith("s") and head not in ("is", "has"):
        return (
            False  # "Russia each year provides $20 million to ...": a singular -s verb is :func:`habitual`'s
        )
    before = [t.norm for t in tokens[max(0, trig.tok_start - 3) : trig.tok_start]]
    if any(w in _NOT_PRESENT for w in before):
        return False
    floor = trig.tok_start
    while floor > 0 and tokens[floor - 1].norm not in (".", ";", ":"):
        floor -= 1
    end = trig.tok_end
    while end < len(tokens) and end < trig.tok_end + 8 and tokens[end].norm not in (",", ".", ";", ":"):
        end += 1
    return _frequency_phrase([t.norm for t in tokens[floor:end]])


def announced_refusal(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "will not" / "would not" / "won't" right before the act: a refusal stated now."""
    before = [t.norm for t in tokens[max(0, trig.tok_start - 4) : trig.tok_start]]
    return ("will" in before or "would" in before or "wo" in before) and ("not" in before or "n't" in before)


def recognising(tokens: Sequence[Token], trig: Trigger) -> bool:
    return tokens[trig.tok_start].norm.startswith(("recognis", "recogniz"))


def denial(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A negated hostile act against "anyone" by "we", or one nobody "plans" or "intends": a statement of
    principle ("we are not threatening anyone", "we have no plans to attack any member state"), not a report (news
    that "police did not detain anyone" is kept, negated)."""
    if not any(t.norm in _NOBODY or t.norm == "any" for t in tokens[trig.tok_end : trig.tok_end + 3]):
        return False
    before = [t.norm for t in tokens[max(0, trig.tok_start - 6) : trig.tok_start]]
    return "we" in before or "i" in before or any(w.startswith(("plan", "intention")) for w in before)


_NO_ONE_OBJECTS = words("nobody no-one")
_PAST_HEADS = words("did was were had threatened attacked struck hit shot")


def threatens_no_one(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A present-tense hostile verb whose object is "nobody" / "no one": a stated principle ("Russia threatens
    nobody", "we ... threaten no one", "NATO attacks no one"), not a report of anything done. A past form
    ("police arrested no one") reports that nothing happened and is left to the negation reading."""
    if not trig.verbal or trig.tok_end >= len(tokens):
        return False
    head = tokens[trig.tok_start].norm
    if head.endswith("ed") or head in _PAST_HEADS:
        return False
    nxt = tokens[trig.tok_end].norm
    if nxt in _NO_ONE_OBJECTS:
        return True
    return nxt == "no" and trig.tok_end + 1 < len(tokens) and tokens[trig.tok_end + 1].norm == "one"


_MEASURE_NOUNS = words(
    "sanctions sanction measures restrictions penalties embargo embargoes bans ban tariffs duties package "
    "packages legislation law laws decree decrees regulations listings"
)
_AUX_BEFORE_PARTICIPLE = words("is are was were be been being has have had")


def measure_targeting(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "sanctions on Russia targeting its finance, energy and defence sectors", "restrictive measures
    targeted at Russian banks": what a measure aims at, no attack ("were targeted by drones" and "Russia
    targeted Kyiv" are not this)."""
    head = tokens[trig.tok_start].norm
    if not trig.verbal or head not in ("targeting", "targeted", "targetting"):
        return False
    if trig.tok_start and tokens[trig.tok_start - 1].norm in _AUX_BEFORE_PARTICIPLE:
        return False
    floor = clause_floor(tokens, trig.tok_start)
    before = [t.norm for t in tokens[max(floor, trig.tok_start - 5) : trig.tok_start]]
    return any(w in _MEASURE_NOUNS for w in before)


_HALT_NOUNS = {
    "moratorium": ("on",),
    "pause": ("in", "on", "of"),
    "halt": ("to", "of", "in", "on"),
    "cessation": ("of",),
    "suspension": ("of",),
    "end": ("to",),
    "freeze": ("on", "of"),
    "truce": ("on",),
    "ceasefire": ("on",),
}


def act_halted(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A noun-told attack that is what a halt stops: "a 30-day moratorium on strikes against Ukraine's energy
    facilities", "a pause in attacks on", "a halt to the shelling", "an end to air strikes": the halt is the
    event, no attack is reported ("strikes on energy facilities continued" is one)."""
    if trig.verbal:
        return False
    for k in range(trig.tok_start - 1, max(-1, trig.tok_start - 5), -1):
        norm = tokens[k].norm
        if norm in _HALT_NOUNS:
            return k + 1 < len(tokens) and tokens[k + 1].norm in _HALT_NOUNS[norm]
        if norm in (",", ";", ".") or (k < trig.tok_start - 1 and norm in SCOPE_BREAK):
            return False
    return False


_PULLED_FORCES = words("troops forces units soldiers servicemen contingent contingents battalions brigades")
_PULLING_BACK = words(
    "return withdraw withdrawal pull pullout pull-out pullback pull-back leave redeployment drawdown"
)


def forces_pulled_back(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A deployment named only to say which forces are pulled back: "ordered the troops deployed near the
    Ukrainian border to return to their bases", "the return of the forces concentrated near the border" -
    the pull-back is the event; the deployment is what it ends, not a new show of force."""
    head = trig.tok_start
    if head + 1 < trig.tok_end and tokens[head].norm in _PULLED_FORCES:
        noun = head  # "forces concentrated near": the phrase opens with the forces
        participle = head + 1
    else:
        noun, participle = head - 1, head
    if noun < 0 or tokens[noun].norm not in _PULLED_FORCES or not tokens[participle].norm.endswith("ed"):
        return False
    before = [t.norm for t in tokens[max(0, noun - 4) : noun]]
    if any(w in _PULLING_BACK for w in before):
        return True  # "the return of the forces concentrated near ..."
    after = [t.norm for t in tokens[trig.tok_end : trig.tok_end + 10]]
    return any(w == "to" and nxt in _PULLING_BACK for w, nxt in itertools.pairwise(after))


_DENIAL_SAYING = words(
    "insisted insists said says stressed stresses maintained maintains denied claimed asserted"
)


def no_one_did_it_said(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A hostile act whose subject opens with "No" and that a side is quoted as saying: "No Russian aircraft
    violated Estonian airspace, the Defence Ministry in Moscow insisted" - a denial, not a report of the act
    (as "the ministry denied that its aircraft had entered ...")."""
    if not trig.verbal or trig.tok_start < 2:
        return False
    floor = clause_floor(tokens, trig.tok_start)
    start = max(floor, trig.tok_start - 5)
    if not any(tokens[k].norm == "no" and (k == 0 or k == floor) for k in range(start, trig.tok_start)):
        return False
    for k in range(trig.tok_end, len(tokens)):
        if tokens[k].norm == ",":
            return any(t.norm in _DENIAL_SAYING for t in tokens[k + 1 : k + 9])
    return False


_MONITORING = words(
    "monitoring monitor monitors monitored checking check checks checked verifying verify verifies verified "
    "studying study studies investigating investigate investigates examining examine examines "
    "following aware unconfirmed seen"
)
_REPORT_NOUNS = words("reports report rumours rumors speculation")


def act_in_reports(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A noun-told act that is only what reports being checked say: "NATO is monitoring reports of Russian
    troop movements in Belarus", "Kyiv is verifying unconfirmed reports of strikes on ...". The reports are
    followed, nobody presents the act as fact. "Reports of the expulsion were confirmed" is not this (no
    monitoring word before the reports), nor is "following reports of" (a time marker, left as it was)."""
    if trig.verbal:
        return False
    floor = clause_floor(tokens, trig.tok_start)
    lo = max(floor, trig.tok_start - 6)
    for k in range(trig.tok_start - 1, lo, -1):
        if tokens[k].norm in ("of", "about") and tokens[k - 1].norm in _REPORT_NOUNS:
            before = [t.norm for t in tokens[max(floor, k - 4) : k - 1]]
            return any(w in _MONITORING and w != "following" for w in before)
    return False


_DENYING = words("deny denies denied denying dismiss dismisses dismissed refute refutes refuted")
_HEARSAY = words("reports report rumours rumors allegations claims speculation")


_DENY_VERBS = words("deny denies denied denying")
_DENIAL_ADVERBS = words(
    "ever repeatedly strongly categorically flatly also again vehemently firmly consistently"
)


def denied_gerund(tokens: Sequence[Token], trig: Trigger) -> bool:
    """The act is the gerund a denial names ("The Israeli military has denied targeting Gaza's hospitals",
    "Moscow denies sending troops to Ukraine", "denied having supplied weapons"): denials are not coded."""
    if not trig.verbal:
        return False
    i = trig.tok_start
    head = tokens[i].norm
    if not head.endswith("ing"):
        if not (i > 0 and tokens[i - 1].norm == "having"):
            return False
        i -= 1
    k = i - 1
    while k >= 0 and tokens[k].norm in _DENIAL_ADVERBS:
        k -= 1
    return k >= 0 and tokens[k].norm in _DENY_VERBS


def denied_or_rumoured(tokens: Sequence[Token], trig: Trigger) -> bool:
    """The act is what someone denies ("the Defence Ministry denied that its aircraft had entered Estonian
    airspace") or what unconfirmed reports say ("NATO is monitoring reports that Russia has moved missiles"):
    no one asserts that it happened."""
    floor = clause_floor(tokens, trig.tok_start)
    before = [t.norm for t in tokens[max(floor, trig.tok_start - 12) : trig.tok_start]]
    if any(w in SCOPE_BREAK and w != "that" for w in before):
        before = before[max(i for i, w in enumerate(before) if w in SCOPE_BREAK and w != "that") + 1 :]
    for k, word in enumerate(before[:-1]):
        if word in _DENYING and before[k + 1] == "that":
            return True
        if word in _HEARSAY and before[k + 1] == "that" and (k == 0 or before[k - 1] != "the"):
            return True
    return False


_MONTHS = words("january february march april may june july august september october november december")


def named_after_a_date(tokens: Sequence[Token], trig: Trigger) -> bool:
    """An attack named by its date ("the 11 September attacks", "the 9/11 attacks"): a known event used
    as a point of reference, not a report of an attack."""
    before = [t.norm for t in tokens[max(0, trig.tok_start - 2) : trig.tok_start]]
    return (len(before) == 2 and before[0].isdigit() and before[1] in _MONTHS) or (
        bool(before) and before[-1] in ("9/11", "9-11")
    )


def content_of_document(tokens: Sequence[Token], trig: Trigger) -> bool:
    """The act is what a treaty or draft provides for, allows or bans, not something anyone did."""
    if (
        trig.tok_start > 0
        and tokens[trig.tok_start].norm in ("call", "calls", "called")
        and tokens[trig.tok_start - 1].norm in _PLANS
    ):
        return True  # "the company's development strategy calls for raising ...": what a plan sets out
    floor = clause_floor(tokens, trig.tok_start)
    before = tokens[max(floor, trig.tok_start - 16) : trig.tok_start + 1]
    stipulates = [k for k, t in enumerate(before) if t.norm in _STIPULATE]
    if stipulates and any(t.norm in _DOCUMENTS for t in before[: stipulates[0]]):
        return True
    # "adopting the law will allow vessels to return": what a law makes possible (not its bans, which act)
    enables = [k for k, t in enumerate(before) if t.norm in _ENABLE]
    return bool(enables) and any(t.norm in _LAWS for t in before[: enables[0]])


_LAWS = words("law laws bill bills decree decrees legislation amendment amendments")
_ENABLE = words("allow allows allowed enable enables enabled permit permits permitted")


_SIGNING = words("sign signs signed signing conclude concludes concluded clinch clinched")
_DEALS = words(
    "deal deals pact pacts agreement agreements accord accords treaty treaties memorandum protocol initiative"
)
_TERMS_LINKS = words("to that which whereby under")
_TERMS_REACH = 20


def terms_of_a_deal(tokens: Sequence[Token], trig: Trigger) -> bool:
    """The act is what a deal just signed will do: "signed a trade pact that will remove tariffs", "signed
    the Treaty ..., under which each side will cut its warheads", "signed a deal to begin returning
    refugees" — the terms of the deal, not a concession or pull-back of its own."""
    start = max(0, trig.tok_start - _TERMS_REACH)
    before = [t.norm for t in tokens[start : trig.tok_start]]
    if ";" in before:
        before = before[len(before) - before[::-1].index(";") :]
    signed = [k for k, w in enumerate(before) if w in _SIGNING]
    if not signed:
        return False
    deals = [k for k, w in enumerate(before) if w in _DEALS and signed[0] < k <= signed[0] + 14]
    return bool(deals) and any(w in _TERMS_LINKS for w in before[deals[0] + 1 :])


_MARKET_WORDS = words(
    "power energy electricity gas fuel oil coal consumer consumers market markets domestic growing global food "
    "water heat heating export import"
)


def market_demand(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "to meet the power demand of Crimea", "the drive to meet demand for coal": demand in the market
    sense, met by supply, not a side's demands met by a concession."""
    span = [t.norm for t in tokens[trig.tok_start : trig.tok_end]]
    if not span[0].startswith("meet") and span[0] != "met":
        return False  # "dropped its demand for a separate sector": a side's demand
    if not any(w in ("demand", "demands") for w in span) or any(w in POSSESSIVE_PRONOUNS for w in span):
        return False
    after = tokens[trig.tok_end].norm if trig.tok_end < len(tokens) else ""
    return after == "for" or any(w in _MARKET_WORDS for w in span)


_COMMODITY = words(
    "power energy electricity gas fuel oil coal food water heat heating consumer domestic global market"
)


def demand_in_the_market(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "covering 43 percent of its gas demand", "matching supply and demand": the word "demand" in the market
    sense, with no one asking anything of anyone (but "workers demand higher pay" asks)."""
    if trig.tok_end - trig.tok_start != 1 or tokens[trig.tok_start].norm not in ("demand", "demands"):
        return False
    i = trig.tok_start
    before = tokens[i - 1].norm if i else ""
    if before in _COMMODITY:
        return True
    if before == "and" and i >= 2 and tokens[i - 2].norm == "supply":
        return True
    return i + 2 < len(tokens) and tokens[i + 1].norm == "and" and tokens[i + 2].norm == "supply"


def aspiration_to_join(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "Ukraine's bid to join NATO": a request, not a joining."""
    i = trig.tok_start
    return i >= 2 and tokens[i - 1].norm == "to" and tokens[i - 2].norm in _ASPIRATIONS


def _verb_then(
    tokens: Sequence[Token],
    trig: Trigger,
    heads: tuple[str, ...],
    objects: frozenset[str],
    reach: int,
    *,
    alone: bool,
) -> bool:
    """The trigger's verb starts with one of ``heads`` and one of ``objects`` follows within ``reach`` words
    (``alone``: only when the verb is the whole trigger)."""
    if not tokens[trig.tok_start].norm.startswith(heads):
        return False
    if alone and trig.tok_end != trig.tok_start + 1:
        return False
    return any(t.norm in objects for t in tokens[trig.tok_end : trig.tok_end + reach])


def vows_against_a_scourge(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "The government pledged to crush corruption", "vowed to eliminate poverty": a promise against an ill,
    no one threatened."""
    if not tokens[trig.tok_start].norm.startswith(("vow", "pledg", "promis", "swear", "swor")):
        return False
    return any(t.norm in _SCOURGES for t in tokens[trig.tok_start : trig.tok_end + 4])


def fights_a_scourge(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "to fight transnational crime", "fighting drug trafficking": no one is attacked."""
    return _verb_then(tokens, trig, ("fight", "combat", "tackl", "battl"), _SCOURGES, 5, alone=False)


def signs_domestic_act(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "Putin signed a decree suspending ...": a domestic act, not support for anyone; and so is a text
    "approved by presidential decree"."""
    after = [t.norm for t in tokens[trig.tok_end : trig.tok_end + 4]]
    if (
        tokens[trig.tok_start].norm.startswith("approv")
        and "by" in after
        and any(w in _DOMESTIC_ACTS for w in after)
    ):
        return True
    if _verb_then(tokens, trig, ("sign",), _DOMESTIC_ACTS, 4, alone=True):
        return True
    if _verb_then(tokens, trig, ("sign",), _GUEST_BOOKS, 6, alone=True):
        return (
            True  # "signed the distinguished visitors' book", "signed a football": a courtesy, no endorsement
        )
    return _domestic_act_signed(tokens, trig)


_GUEST_BOOKS = words(
    "guestbook guest-book guest visitors visitors' autographs autograph photo photos photograph photographs "
    "poster posters ball balls football footballs puck jersey shirt shirts postcard postcards "
    # memorabilia given or sold signed ("donates signed dress to the bushfire appeal")
    "dress dresses t-shirt t-shirts cap caps helmet helmets glove gloves boots guitar guitars bat bats memorabilia"
)
"""Keepsakes whose signing is a courtesy at a visit, not the signing of an agreement."""


_PASSIVE_AUX = words("was were is are been be")


def _domestic_act_signed(tokens: Sequence[Token], trig: Trigger) -> bool:
    """The passive "The corresponding decrees were signed by the President today": the domestic act
    is the subject, a few words before the auxiliary."""
    i = trig.tok_start
    if not tokens[i].norm.startswith("sign") or i == 0 or tokens[i - 1].norm not in _PASSIVE_AUX:
        return False
    j = i - 1
    while j > 0 and tokens[j - 1].norm in _PASSIVE_AUX | {"have", "has", "had"}:
        j -= 1
    return any(t.norm in _DOMESTIC_ACTS for t in tokens[max(0, j - 3) : j])


def offers_nothing(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "Washington had offered no evidence": an offer of nothing to cooperate on; nor is a reward or bounty
    offered for information or a capture ("The FBI is offering a reward of ...") an offer to another actor,
    nor a course, a service or a merit offered to customers ("now offer a degree programme", "what the
    candidates have to offer", "Special offer for readers")."""
    if _verb_then(tokens, trig, ("offer",), _NOT_OFFERS, 5, alone=True):
        return True
    if not tokens[trig.tok_start].norm.startswith("offer") or trig.tok_end != trig.tok_start + 1:
        return False
    before = [t.norm for t in tokens[max(0, trig.tok_start - 2) : trig.tok_start]]
    # "what candidates have to offer": their merits; "Special offer for readers": a sales promotion
    return before[-2:] in (["have", "to"], ["has", "to"], ["had", "to"]) or before[-1:] in (
        ["special"],
        ["introductory"],
        ["exclusive"],
        ["promotional"],
    )


_LIKELIHOOD = words("possibility possibilities chance chances likelihood prospect prospects option")


def possibility_left_open(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "I do not rule out that ... could pass through Hungary", "does not rule out the possibility of ...":
    a guess about what may happen, which rejects nothing (the threats "did not rule out military action"
    are their own phrases)."""
    if not trig.verbal or not tokens[trig.tok_start].norm.startswith("rul") or trig.tok_end >= len(tokens):
        return False
    if tokens[trig.tok_end - 1].norm != "out":
        return False
    nxt = tokens[trig.tok_end].norm
    if nxt == "that":
        return True
    return (
        nxt in ("the", "a")
        and trig.tok_end + 1 < len(tokens)
        and tokens[trig.tok_end + 1].norm in _LIKELIHOOD
    )


def left_open(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A verbal "rule out" (negated by its caller): "did not rule out running for the leadership", "would
    never rule out a second referendum" leave a course open and refuse nothing; when the course is force,
    the threat phrases code it ("did not rule out a ground offensive")."""
    if not trig.verbal or not tokens[trig.tok_start].norm.startswith("rul"):
        return False
    return trig.tok_end <= len(tokens) and tokens[trig.tok_end - 1].norm == "out"


_BRINK = words("brink verge edge point limit limits abyss precipice corner wall knees margins sidelines")
_BEFORE_BRINK = words("the a an its their his her our this that breaking")


def pushed_to_a_brink(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "push|drive X to" followed by a place of danger, not a verb: "has never driven the government to the
    edge of a shutdown", "pushed the hospitals to breaking point" tell what was risked, not a request."""
    end = trig.tok_end
    if not trig.verbal or end < 1 or tokens[end - 1].norm != "to" or end >= len(tokens):
        return False
    ahead = [t.norm for t in tokens[end : end + 3]]
    if ahead[0] not in _BEFORE_BRINK and ahead[0] not in _BRINK:
        return False  # "pushed the Pentagon to release the report": a verb after "to"
    return any(w in _BRINK for w in ahead)


def conditional(tokens: Sequence[Token], trig: Trigger) -> bool:
    """The act is the consequence of a condition in its sentence: "If X appears, Russia will deploy ...",
    "would withdraw ... unless Russia returns". An act inside the condition itself ("if Russia attacks,
    ...") is only supposed, not threatened."""
    before = [
        i
        for i in range(trig.tok_start)
        if tokens[i].norm in _CONDITION_WORDS and (tokens[i].norm != "should" or i == 0)
    ]  # "Should these measures prove insufficient, Russia will deploy ...": an inverted condition
    if before:
        between = tokens[before[-1] + 1 : trig.tok_start]
        return any(t.norm in (",", ";", "then") for t in between)
    after = [t.norm for t in tokens[trig.tok_end :]]
    cond = next((k for k, w in enumerate(after) if w in _CONDITION_WORDS), None)
    if cond is None:
        return False
    # "will suspend its obligations effective tomorrow, and will withdraw from the treaty in six months
    # unless Russia returns to compliance": the condition belongs to the second clause, with its own modal
    return not any(
        after[k] == "," and after[k + 1] in ("and", "but") and after[k + 2] in _TO_COME
        for k in range(cond - 2)
    )


_SUPPOSING = (
    ("if",),
    ("unless",),
    ("whether",),
    ("as", "long", "as"),
    ("so", "long", "as"),
    ("on", "condition", "that"),
    ("provided", "that"),
    ("providing", "that"),
)
"""Conjunctions that open a condition: the act after them is supposed, whatever the tense."""
_WHEN_DONE = (("once",), ("until",), ("till",), ("the", "moment"), ("as", "soon", "as"))
"""Time conjunctions that open a condition only before a main clause still to come ("will cease fire the
moment Kiev starts withdrawing"); after a past main clause they report a real act ("once the troops left")."""
_SUPPOSING_FIRSTS = frozenset(p[0] for p in _SUPPOSING)
_WHEN_DONE_FIRSTS = frozenset(p[0] for p in _WHEN_DONE)
_TO_COME = words("will shall 'll would must can could may might")
_CONDITION_STOPS = frozenset({",", ";", ":", "—", "–", "(", ")", "but", "while", "whereas", "then"})


def _conjunction_at(
    tokens: Sequence[Token], i: int, phrases: Sequence[tuple[str, ...]], firsts: frozenset[str] | None = None
) -> bool:
    """Whether one of ``phrases`` opens at token ``i``; ``firsts``, the phrases' first words, answers most
    tokens before the phrases are gone through (s34-speed3)."""
    first = tokens[i].norm
    if firsts is not None and first not in firsts:
        return False
    return any(
        p[0] == first  # the cheap test first: most words open no phrase
        and tuple(t.norm for t in tokens[i : i + len(p)]) == p
        and (p != ("the", "moment") or _bare_moment(tokens, i))
        for p in phrases
    )


def _bare_moment(tokens: Sequence[Token], i: int) -> bool:
    """ "the moment" as a conjunction, not "at the moment", "for the moment"."""
    return i > 0 and tokens[i - 1].norm not in PREPOSITIONS and tokens[i - 1].norm not in ("at", "for", "of")


def _manner_or_duration(tokens: Sequence[Token], i: int) -> bool:
    """ "as if" (a manner) and "for as long as (possible)" (a duration) open no condition."""
    prev = tokens[i - 1].norm if i > 0 else ""
    if tokens[i].norm == "if":
        return prev == "as"
    return tokens[i].norm == "as" and (
        prev == "for" or (i + 3 < len(tokens) and tokens[i + 3].norm == "possible")
    )


def in_condition(tokens: Sequence[Token], trig: Trigger) -> bool:
    """The act is only the condition of another, a supposition: "offering Israel normal relations if it
    withdraws from all land occupied in 1967", "not a credible offer as long as Russia continues to deploy the
    SSC-8", "will withdraw from it unless Russia returns to compliance" (the return), "If Russia attacks,
    NATO will respond" (the attack), "Asked whether the envoy would travel to Kyiv", "We will cease fire the
    moment Kiev starts withdrawing its troops". The conjunction opens the trigger's clause: no comma or
    contrast word stands between them (the consequence after "If X, ..." is kept)."""
    for i in range(trig.tok_start - 1, max(-1, trig.tok_start - 12), -1):
        norm = tokens[i].norm
        if norm in _CONDITION_STOPS or norm == ".":
            return False
        if norm in ("provided", "providing") and i > 0 and tokens[i - 1].norm == ",":
            return True  # "I do not rule it out, provided Russia's interests are taken into account"
        if _conjunction_at(tokens, i, _SUPPOSING, _SUPPOSING_FIRSTS):
            return not _manner_or_duration(tokens, i)
        if _conjunction_at(tokens, i, _WHEN_DONE, _WHEN_DONE_FIRSTS):
            after = tokens[i + 1].norm if i + 1 < len(tokens) else ""
            if after in ("again", "more"):
                return False  # "once again"
            return any(t.norm in _TO_COME for t in tokens[clause_floor(tokens, i) : i])
    return False


_PURPOSES = (
    ("in", "a", "bid", "to"),
    ("in", "an", "effort", "to"),
    ("in", "an", "attempt", "to"),
    ("in", "order", "to"),
    ("so", "as", "to"),
    ("aimed", "at"),
    ("designed", "to"),
    ("with", "the", "aim", "of"),
    ("with", "a", "view", "to"),
)
_PURPOSES_FIRSTS = frozenset(p[0] for p in _PURPOSES)


def in_purpose(tokens: Sequence[Token], trig: Trigger) -> bool:
    """The act is only the aim of another: "agreed an embargo on Iranian crude oil, in a bid to choke off
    funding for Tehran's nuclear programme", "a campaign designed to attack the United States", "talks aimed
    at ending the war". The purpose phrase opens the trigger's clause (no comma between)."""
    for i in range(trig.tok_start - 1, max(-1, trig.tok_start - 10), -1):
        if tokens[i].norm in _CONDITION_STOPS or tokens[i].norm == ".":
            return False
        if _conjunction_at(tokens, i, _PURPOSES, _PURPOSES_FIRSTS):
            return True
    return False


_ABOUT = words("about regarding concerning")


_OPPOSING = words("oppose opposes opposed opposing against")
_STANCE_ADVERBS = words("always consistently firmly strongly resolutely categorically still also long")


def topic_gerund(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A verbal act named as the topic of what is said, after "about": "had spoken by telephone with his
    Egyptian counterpart about reopening the Rafah crossing", "talked about withdrawing the troops"; or as
    what a side opposes: "has always opposed tightening the sanctions against Russia", "voted against
    extending the sanctions" (the opposition is coded from its own verb, the act is not done)."""
    head = tokens[trig.tok_start].norm
    if not trig.verbal or not head.endswith("ing") or trig.tok_start == 0:
        return False
    if tokens[trig.tok_start - 1].norm in _ABOUT:
        return True
    j = trig.tok_start - 1
    while j > 0 and tokens[j].norm in _STANCE_ADVERBS:
        j -= 1
    return tokens[j].norm in _OPPOSING


_GERUND_OPENERS = words('that said says say think thinks believe believes argue argues , : “ " ‘')
_PRESENT_COPULAS = words("is are remains remain seems seem")
_MODALS_BE = words("would could might will may should")


def gerund_subject(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A gerund that opens its clause as the subject of a present or modal "be" names an idea judged, not
    an act done: "imposing tariffs on imported goods is a more effective way", "Imposing sanctions on
    Russia would be a mistake", "Sending troops to Ukraine is not an option"; a past one ("imposing
    sanctions was the right decision") may tell what was done and stays."""
    i = trig.tok_start
    if not trig.verbal or not tokens[i].norm.endswith("ing"):
        return False
    if i > 0 and tokens[i - 1].norm not in _GERUND_OPENERS:
        return False
    for k in range(trig.tok_end, min(len(tokens) - 1, trig.tok_end + 12)):
        norm = tokens[k].norm
        if norm in SCOPE_BREAK or norm in (",", ";", ".") or norm in ("was", "were", "had", "has", "have"):
            return False
        if norm in _PRESENT_COPULAS or (norm in _MODALS_BE and tokens[k + 1].norm == "be"):
            return True
    return False


_HANDLING = words(
    "cope copes coped coping deal deals dealt dealing grapple grapples grappled grappling struggle struggles "
    "struggled struggling contend contends contended contending"
)


def handled_gerund(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A gerund named as what someone copes or deals with ("a plan for coping with leaving the EU", "dealing
    with withdrawing the troops"): a matter to handle, not a report of the act."""
    i = trig.tok_start
    return (
        trig.verbal
        and tokens[i].norm.endswith("ing")
        and i >= 2
        and tokens[i - 1].norm == "with"
        and tokens[i - 2].norm in _HANDLING
    )


# what a meeting considered, told as a "how"/"whether" clause after a verb of discussing
_DISCUSSING = words(
    "discuss discussed discusses discussing consider considered considering examine examined examining "
    "review reviewed reviewing debate debated debating explore explored exploring assess assessed assessing "
    "about on"
)
_HOW = words("how whether")


def topic_clause(tokens: Sequence[Token], trig: Trigger) -> bool:
    """An act told inside what a meeting discussed: "they also discussed how Washington's stated intention to
    pull out its soldiers might change ...", "the envoys examined whether the embargo could be relaxed". The
    "how"/"whether" clause right after a verb of discussing (or "about"/"on") opens the trigger's clause."""
    for i in range(trig.tok_start - 1, max(0, trig.tok_start - 16), -1):
        norm = tokens[i].norm
        if norm in (".", ";", ":") or norm in SCOPE_BREAK:
            return False
        if norm in _HOW:
            return tokens[i - 1].norm in _DISCUSSING
    return False


_TRAVELLERS = words(
    "citizens tourists holidaymakers travellers travelers visitors pilgrims fans nationals people residents "
    "students"
)


def private_travellers(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A visit made by private people is no meeting of states: "close to 90,000 Indian citizens visited
    Vietnam", "Korean tourists travelled to Turkey in growing numbers" (the visitors are the words right
    before the verb)."""
    return (
        trig.match.rule.event is EventType.CONSULT
        and trig.match.rule.mode == "visit"
        and trig.verbal
        and trig.tok_start > 0
        and tokens[trig.tok_start - 1].norm in _TRAVELLERS
    )


_PRIVATE_PURPOSES = words(
    "treatment treatments surgery operation check-up checkup checkups rehabilitation chemotherapy therapy "
    "holiday holidays vacation vacations honeymoon funeral wedding"
)
_MEDICAL = words("medical health cancer")
_LEISURE = words("holiday holidays vacation vacations honeymoon")
_MEETING_NOUNS = words("meeting meetings discussions consultations")
_CARE = words("treatment surgery check-up checkup chemotherapy")


_FIRMS = words(
    "company companies corporation corporations firm firms business businesses bank banks institutions "
    "startup startups start-ups contractor contractors supplier suppliers police universities university "
    "academy regions hospitals clinics"
)
_WORKS_WITH = ("work", "cooperat", "collaborat", "partner")


def _works_with_firms(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "working with another Chinese state corporation", "worked with two Polish companies", "we are
    working with the police to identify the perpetrators": work with firms, banks or the police, not
    cooperation between states (the partner noun within five words, before a clause break)."""
    if trig.match.rule.event is not EventType.COOPERATE or not trig.verbal:
        return False
    if not tokens[trig.tok_start].norm.startswith(_WORKS_WITH):
        return False
    if tokens[trig.tok_end - 1].norm != "with":
        return False
    for tok in tokens[trig.tok_end : trig.tok_end + 5]:
        if tok.norm in _FIRMS:
            return True
        if tok.norm in SCOPE_BREAK or tok.norm in PREPOSITIONS:
            return False
    return False


def private_purpose(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A trip for treatment or a holiday is no visit of state: "Geingob had travelled to the US for novel
    cancer treatment", "the day he left for his medical treatment trip to the US", "flew to Dubai on
    holiday"; a state visit names none of these. Nor is work with firms, banks or the police cooperation
    between states (see :func:`_works_with_firms`)."""
    if _works_with_firms(tokens, trig):
        return True
    if trig.match.rule.event is not EventType.CONSULT or trig.match.rule.mode != "visit":
        return False
    lo = max(0, trig.tok_start - 6)
    near = [t.norm for t in tokens[lo : trig.tok_end + 8]]
    for k, word in enumerate(near):
        if word not in _PRIVATE_PURPOSES:
            continue
        lead = near[max(0, k - 4) : k]
        if any(w in _TALKS or w in _MEETING_NOUNS for w in near[:k]):
            return False  # "travelled to Germany for talks on the treatment of refugees": a meeting's topic
        purpose = any(w in ("for", "on") for w in lead) or near[k + 1 : k + 2] == ["trip"]
        kind = word in _LEISURE or any(w in _MEDICAL for w in lead)
        if purpose and (kind or word in _CARE):
            return True
    return False


_OWN = words("his her its their my our own")
_CONTRITION = words(
    "apologise apologised apologises apologize apologized apologizes confess confessed confesses admit admitted admits"
)


def own_regret(tokens: Sequence[Token], trig: Trigger) -> bool:
    """Regret for one's own deeds is an apology, not a complaint about another: "expressed regret for his
    remarks", "confessed ... and expressed regret" (nothing follows it, and the sentence tells a confession
    or an apology)."""
    if not any(t.norm.startswith("regret") for t in tokens[trig.tok_start : trig.tok_end]):
        return False
    if _own_inability(tokens, trig.tok_end):
        return True
    if not any(t.norm == "regret" for t in tokens[trig.tok_start : trig.tok_end]):
        return False
    after = [t.norm for t in tokens[trig.tok_end : trig.tok_end + 2]]
    if after[:1] == ["for"] and len(after) > 1 and after[1] in _OWN:
        return True
    ends = not after or after[0] in (".", ";", "and", ",")
    return ends and any(t.norm in _CONTRITION for t in tokens[: trig.tok_start])


_SELF = words("it he she they we i")
_UNABLE = words("unable couldn't cannot can't")


def _own_inability(tokens: Sequence[Token], j: int) -> bool:
    """Regret for "that it had been unable to attend", "that he could not come": the regret is for
    what the sayer itself could not do, no complaint about another."""
    near = [t.norm for t in tokens[j : j + 6]]
    if near[:1] == ["that"]:
        near = near[1:]
    unable = any(n in _UNABLE or (n == "could" and m == "not") for n, m in itertools.pairwise(near[1:6]))
    return bool(near) and near[0] in _SELF and unable


_ASSENT = words("agree agrees agreed agreeing assure assures assured")
_FIRST_PERSON = words("i we")
_CLAUSE_END = words(". , ; : ! ? – — but and")


def assent_in_conversation(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A speaker's "I agree with you", "I do not agree", "I can assure you that ...": assent or assurance
    given to the one spoken to in an interview or a talk, no agreement between actors. The verb is the
    trigger (with its "with"), its subject "I"/"we" stands within three words before it, and what follows is "you",
    "with you" or the end of the clause ("We agree with NATO that ..." and "We agreed to ..." stay)."""
    span = [t.norm for t in tokens[trig.tok_start : trig.tok_end]]
    if span[0] not in _ASSENT or span[1:] not in ([], ["with"]):
        return False
    if not any(t.norm in _FIRST_PERSON for t in tokens[max(0, trig.tok_start - 3) : trig.tok_start]):
        return False
    after = [t.norm for t in tokens[trig.tok_end : trig.tok_end + 2]]
    return not after or after[0] in _CLAUSE_END or after[0] == "you" or after == ["with", "you"]


FIRST_PERSON_WORDS = words("i we us our my me")
"""Words of a speaker speaking in the first person."""


def unaimed_complaint(
    tokens: Sequence[Token], event: EventType, sources: Sequence[str], targets: Sequence[str]
) -> bool:
    """A complaint in the first person at no one named ("we regret it", "I am deeply concerned that
    incomes fell", "I have criticised it"): a speaker's view, no accusation between actors. Hand-coded
    official texts code concern and criticism only with what or whom they are about."""
    return event is EventType.ACCUSE and not targets and len(sources) <= 1 and speaks_in_first_person(tokens)


def speaks_in_first_person(tokens: Sequence[Token]) -> bool:
    """The text has an "I", "we", "our" ... of its own (not the "US" of the United States, nor a
    lower-case "i")."""
    return any(
        t.norm in FIRST_PERSON_WORDS and (t.norm != "i" or t.text == "I") and t.text != "US" for t in tokens
    )


_ATTACK_KINDS = words(
    "helicopter helicopters aircraft drone drones unmanned submarine submarines vehicle vehicles aviation "
    "plane planes jet jets craft boat boats system systems weapon weapons capability capabilities potential "
    "squadron squadrons force forces"
)


def weapon_kind(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "attack" naming a kind of weapon ("attack helicopters", "reconnaissance and attack unmanned aerial
    vehicles", "attack submarines"): a class of arms, no attack told."""
    return (
        trig.tok_end - trig.tok_start == 1
        and tokens[trig.tok_start].norm == "attack"
        and trig.tok_end < len(tokens)
        and tokens[trig.tok_end].norm in _ATTACK_KINDS
    )


_PRESS_WORDS = words("news press media")
_PRESS_EVENTS = words("conference conferences briefing briefings appearance approach availability point")


def joint_press(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "held a joint news conference", "a joint press briefing": speaking to the press together is no
    cooperation between the two (the meeting before it is coded on its own)."""
    after = [t.norm for t in tokens[trig.tok_end : trig.tok_end + 2]]
    return (
        any(t.norm == "joint" for t in tokens[trig.tok_start : trig.tok_end])
        and len(after) == 2
        and after[0] in _PRESS_WORDS
        and after[1] in _PRESS_EVENTS
    )


_BELIEVING = words(
    "think thinks thought believe believes believed doubt doubts doubted suppose supposes supposed"
)
_PREDICTING_MODALS = words("would will could might")


def predicted(tokens: Sequence[Token], trig: Trigger) -> bool:
    """An act someone only thinks another will or will not do: "she did not believe the rebels would give up
    arms", "doubted that Ankara would retaliate" — a prediction, not a report. A believer's own "we" or "I"
    after the belief verb ("I think we will sign ...") is an intent and stays."""
    if not trig.verbal:
        return False
    modal = False
    for i in range(trig.tok_start - 1, max(-1, trig.tok_start - 12), -1):
        norm = tokens[i].norm
        if norm in (";", ".", ":") or (norm == "," and not modal):
            return False
        if norm in _PREDICTING_MODALS:
            modal = True
        elif norm in _FIRST_PERSON:
            return False
        elif norm in _BELIEVING:
            return modal
    return False


_FORECASTERS = words(
    "expert experts scientist scientists researcher researchers economist economists analyst analysts "
    "epidemiologist epidemiologists doctor doctors physician physicians academic academics professor "
    "professors meteorologist meteorologists forecaster forecasters modeller modellers modeler modelers "
    "study studies survey surveys report reports paper"
)


def expert_warning(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "A leading Canadian epidemiologist now warns that France may face ...", "analysts cautioned about a
    slump": a warning by experts or a study is a forecast, not a threat by the state they belong to."""
    if not tokens[trig.tok_start].norm.startswith(("warn", "caution")):
        return False
    for i in range(trig.tok_start - 1, max(-1, trig.tok_start - 5), -1):
        norm = tokens[i].norm
        if norm in (",", ";", ":", "that", "who", "which") or not tokens[i].is_word:
            return False
        if norm in _FORECASTERS:
            return True
    return False


_STAKES = words(
    "lead leads chances chance majority majorities position dominance grip hold re-election reelection "
    "nomination candidacy livelihoods livelihood jobs job lives health economy economies recovery "
    "existence survival viability future harvest harvests crops profits profit earnings supply supplies "
    "world planet environment climate biodiversity ecosystem ecosystems species wildlife forests habitat "
    "habitats coastline coast coral reefs"
)
_HARM_VERBS = words(
    "impair impede jeopardise jeopardize cripple overwhelm endanger eclipse overshadow erode swamp outpace"
)


def threatened_stake(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "whether the challenger can threaten her comfortable lead in the surveys", "tariffs ... threaten to
    cripple its mills": a bare "threaten" whose object is a standing or a good at risk, or "threaten
    to" with a verb of harm done by circumstances, is a risk described, not a threat made."""
    if trig.tok_end != trig.tok_start + 1 or not tokens[trig.tok_start].norm.startswith("threat"):
        return False
    after = [t.norm for t in tokens[trig.tok_end : trig.tok_end + 5]]
    if after[:1] == ["to"]:
        return len(after) > 1 and after[1] in _HARM_VERBS
    for norm in after:
        if norm in (",", ";", ":", "with", "to", "that"):
            return False
        if norm in _STAKES:
            return True
    return False


_LATER_CLAUSE = words("after following when as since")


def dated_by_the_clause_before(tokens: Sequence[Token], trig: Trigger) -> bool:
    """An act in an "after ..." clause hung on a verb dated years back: "a mining firm that pulled out six
    years ago after residents started protesting and barricading roads" (the protest is as old as the
    leaving)."""
    for j in range(trig.tok_start - 1, max(1, trig.tok_start - 6), -1):
        norm = tokens[j].norm
        if norm in (",", ";", ":", ".") or (norm in SCOPE_BREAK and norm not in _LATER_CLAUSE):
            return False
        if norm in _LATER_CLAUSE:
            return tokens[j - 1].norm == "ago" and tokens[j - 2].norm in ("years", "decades")
    return False


_GOODS = words(
    "car cars vehicle vehicles engine engines diesel petrol gasoline plastic plastics bag bags straws "
    "cigarettes e-cigarettes vapes vaping smoking tobacco alcohol fireworks pesticides pesticide chemicals "
    "fur glyphosate asbestos coal-fired boilers"
)


def bans_goods(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "the minister hopes to ban gas boilers by 2035", "is to ban the selling of plastic straws": a rule on
    goods at home, no one coerced or sanctioned (an import ban names the goods' state and has a target)."""
    if not tokens[trig.tok_start].norm.startswith("ban"):
        return False
    return any(t.norm in _GOODS for t in tokens[trig.tok_start + 1 : trig.tok_start + 7])


_WORK_NOUNS = words(
    "operation operations team teams service services mission missions crew crews unit units work workers "
    "effort efforts squad squads"
)


_TITLE_BEFORE = words(
    "the a an defending reigning world national olympic paralympic european former two-time three-time "
    "four-time league cup nfl afl nba nhl mlb fifa uefa wimbledon"
)


def _champion_title(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "the NFL champion Green Bay Packers", "world champions France", "the defending champion": a sporting
    title, not the verb "to champion" a cause."""
    if tokens[trig.tok_start].norm not in ("champion", "champions") or trig.tok_start == 0:
        return False
    return tokens[trig.tok_start - 1].norm in _TITLE_BEFORE


def noun_compound(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A one-word verb trigger written as its bare form right before a noun of work: "search and rescue
    operations", "rescue teams" name a kind of work, not an act (but "rescued the crew" is one); and a
    sporting title read as a verb ("the NFL champion Green Bay Packers")."""
    if not trig.verbal or trig.tok_end != trig.tok_start + 1 or trig.tok_end >= len(tokens):
        return False
    if _champion_title(tokens, trig):
        return True
    head = tokens[trig.tok_start].norm
    if head.endswith(("ed", "ing", "s")):
        return False
    return tokens[trig.tok_end].norm in _WORK_NOUNS


_CRAFT_NOUNS = words(
    "vessel vessels boat boats ship ships craft aircraft plane planes car cars vehicle vehicles officer officers"
)


def craft_compound(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A one-word verb trigger written as its bare form right before a craft or its crew: "a Philippine patrol
    vessel", "patrol cars" name a kind of craft, not a patrol (but "patrolled the strait" is one)."""
    if not trig.verbal or trig.tok_end != trig.tok_start + 1 or trig.tok_end >= len(tokens):
        return False
    if tokens[trig.tok_start].norm.endswith(("ed", "ing", "s")):
        return False
    return tokens[trig.tok_end].norm in _CRAFT_NOUNS


_JOINED_OTHER_THINGS = words(
    "campaign campaigns staff team teams agitation protest protests march marches rally rallies strike strikes "
    "picket pickets members member app board effort efforts trail tour fight race bid movement party"
)


_ENLISTED = words("military army navy")


def joins_no_body(tokens: Sequence[Token], trig: Trigger, target: Sequence[str]) -> bool:
    """ "join X" that is no accession to a state's or organisation's body: joining people or a group
    ("joined the farmers' agitation", "join the military", "joined Connolly on the campaign trail") or
    something of X ("joined the Biden campaign", "joined Harris's campaign", "joined the News 4 staff").
    Membership is joining a body the dictionary codes in capitals ("Finland joined NATO")."""
    if not trig.verbal or trig.match.phrase.source != "join the? X":
        return False
    if not target:
        # no body named: only when what is joined is told ("joined Connolly on the campaign trail", "join
        # the military"); "joined the leaders of the Allies to sign the Act" stays
        near = [t.norm for t in tokens[trig.tok_start + 1 : trig.tok_start + 6]]
        return any(w in _JOINED_OTHER_THINGS or w in _ENLISTED for w in near)
    if not all(code[:1].isupper() for code in target):
        return True
    slot = trig.match.slot
    end = slot[1] if slot is not None else trig.tok_end
    after = [t.norm for t in tokens[end : end + 2]]
    return bool(after) and (after[0] in ("'s", "’s") or after[0] in _JOINED_OTHER_THINGS)


def accused_of(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "accused of" with no object between: a passive or a participle that names the charge a person
    faces, not anyone accusing ("Kohberger is accused of fatally stabbing ...", "a player accused of
    killing a man", "the MP, who is accused of terrorism"); "X accused Y of", "was accused by X of" and
    "is accused of meddling in the election by those who lost it" keep their accuser."""
    i = trig.tok_start
    if not (
        trig.verbal and tokens[i].norm == "accused" and i + 1 < len(tokens) and tokens[i + 1].norm == "of"
    ):
        return False
    return not any(t.norm == "by" for t in tokens[i + 2 : i + 14])


_VERBAL_ATTACK_HEADS = words(
    "attack attacks attacked attacking target targets targeted targeting shot shots fired"
)
_VIOLENCE = (
    canon_words(
        "kill kills killed killing killings wound wounded wounding injure injured injuring injuries dead death "
        "deaths died casualties victims troops forces soldiers military army militants gunmen fighters police "
        "officers knife knives gun guns rifle rifles shooting shootings stabbed stabbing hostage hostages war "
        "invasion convoy base bases positions village villages hospital hospitals civilians bullets weapons "
        "explosion explosions blast fire fires arson looted looting strike strikes struck raid raids car cars "
        "vehicle vehicles"
    )
    | _WAR_WEAPONS
)
_DEBATE = canon_words(
    "debate debates debated candidate candidates campaign campaigns campaigning rhetorical rhetorically "
    "verbally verbal remarks speech speeches interview interviews tweet tweets tweeted podcast criticism "
    "nominee nomination primary primaries op-ed column editorial parting swipe swipes veiled releases "
    "front-runner frontrunner "
    # rival politicians named by party or seat ("targeting Sen. Kyrsten Sinema, a former Democrat")
    "sen senator senators congressman congresswoman democrat democrats republican republicans gop"
)
_ELECTORATE = words("voters voter electorate electors constituents")
_POLL_WORDS = words("poll polls polling")
_STANDING = words("numbers ratings rating standing standings lead leads deficit deficits slump surge")


def _poll_standing(tokens: Sequence[Token]) -> bool:
    """A candidate's standing in the polls ("stagnant poll numbers", "trailing in the polls", "her polling
    lead"): a campaign is told, not an election day ("as polls opened", "a polling station")."""
    for k, tok in enumerate(tokens):
        if tok.norm not in _POLL_WORDS:
            continue
        if k + 1 < len(tokens) and tokens[k + 1].norm in _STANDING:
            return True
        if tok.norm == "polls" and k >= 2 and [t.norm for t in tokens[k - 2 : k]] == ["in", "the"]:
            return True
    return False


def verbal_attack(tokens: Sequence[Token], trig: Trigger) -> bool:
    """An "attack" made with words: a debate, a campaign, a speech ("took turns attacking the former
    ambassador", "attacked Biden for being soft on Iran", "Haley shot back", "a parting shot at the city
    administration") — criticism, not violence. Told by a debate or speech word in the sentence, or by
    the reason after the object ("for being ...", "over her support for ..."), by a "how"/"why" clause as the
    object ("attack how the debt grew"), or by rivals attacking "each other" for voters, with nothing in the
    sentence that speaks of violence (wounds, weapons, troops, police, hostages, fire)."""
    head = tokens[trig.tok_start].norm
    if not trig.verbal or head not in _VERBAL_ATTACK_HEADS:
        return False  # the noun ("since the attack on Israel") names a real attack
    if head in ("shot", "shots", "fired") and not (
        trig.tok_start + 1 < len(tokens) and tokens[trig.tok_start + 1].norm in ("back", "at")
    ):
        return False
    if any(t.norm in _VIOLENCE for t in tokens):
        return False
    nxt = [t.norm for t in tokens[trig.tok_end : trig.tok_end + 2]]
    if nxt[:1] in (["how"], ["why"], ["whether"]):
        return True  # "went on to attack how the national debt grew": a record criticised
    if nxt in (["each", "other"], ["one", "another"]) and any(t.norm in _ELECTORATE for t in tokens):
        return True  # "focusing on the voters ...; so they attack each other": rival candidates
    retort = [t.norm for t in tokens[trig.tok_start + 1 : trig.tok_start + 2]] == ["back"]
    if retort or any(t.norm in _DEBATE for t in tokens) or _poll_standing(tokens):
        return True  # a retort ("she shot back") or a debate word
    after = tokens[trig.tok_end : trig.tok_end + 8]
    return any(
        t.norm in ("for", "over")
        and k + 1 < len(after)
        and (after[k + 1].norm.endswith("ing") or after[k + 1].norm in ("his", "her", "their"))
        for k, t in enumerate(after)
    )


_CONTESTS = canon_words(
    "poll polls polling electoral election elections race primary primaries nominee nomination ballot votes "
    "points seed seeded final finals semi-final semifinal quarter-final quarterfinal match matches tournament "
    "championship title round sets set wickets runs goals"
)


def _contest(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "beat" in a race or a game: an election, a poll, a match ("regularly beats DeSantis by 35 points in
    national polls", "beating world No 38 in straight sets"), with nothing that speaks of violence."""
    near = tokens[max(0, trig.tok_start - 12) : trig.tok_end + 12]
    ranked = any(
        t.norm == "no" and k + 1 < len(tokens) and tokens[k + 1].norm.isdigit()
        for k, t in enumerate(tokens)
        if trig.tok_end <= k < trig.tok_end + 4
    )
    return (ranked or any(t.norm in _CONTESTS for t in near)) and not any(t.norm in _VIOLENCE for t in tokens)


_FIXTURES = canon_words(
    "fixture fixtures kick-off kickoff qualifier qualifiers qualifying league stadium footballers squad match "
    "matches game games tournament tournaments championship championships final semi-final semi-finals "
    "semifinal semifinals quarter-final quarter-finals quarterfinal quarterfinals cup friendlies wembley "
    "innings wickets seed seeded seeds five-setter tiebreak playoff playoffs play-off play-offs knockout"
)
_PLAYING = ("oppos", "host", "meet", "met", "play", "face", "take")
_STATECRAFT = canon_words(
    "minister ministers president presidents counterpart counterparts talks summit premier leader leaders "
    "ambassador ambassadors delegation envoy negotiations diplomats bilateral sidelines"
)


_TALKS = words(
    "talks summit negotiations minister ministers president envoy delegation diplomats bilateral sidelines"
)


def sporting_fixture(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> bool:
    """A side or player that will "oppose", "host", "meet" or "face" another in a match: "the Jamaicans will
    oppose Guyana on 14 May before an away fixture in Haiti", "Chile will face Peru in a regional
    qualifier", "Nadal will meet the Canadian twelfth seed ... in round three" -
    a game, not an act between states. A word of statecraft, a leader or official named ("Putin met Erdogan
    on the sidelines of the World Cup final") or violence keep the act."""
    if not tokens[trig.tok_start].norm.startswith(_PLAYING):
        return False
    if any(u.code is not None and u.kind in ("person", "title") for u in units):
        return False
    norms = norms_of(tokens)
    return bool(norms & _FIXTURES) and not norms & (_VIOLENCE | _STATECRAFT)


_OWN_MEMORY = words("remember remembers remembered")
_MEMORY_ADVERBS = words("still vividly clearly well can do also always")


def remembered(tokens: Sequence[Token], at: int) -> bool:
    """An act the writer or speaker remembers ("I still remember the marches in the capital under the old
    junta", "I will never forget the day I first heard the air-raid sirens"): a memory, not a report. Only
    the first person's own memory; "the President recalled that ..." tells a statement."""
    for k in range(at - 1, max(0, at - 10) - 1, -1):
        norm = tokens[k].norm
        if norm in SCOPE_BREAK or norm in (".", ";", ","):
            return False
        if norm in _OWN_MEMORY or (norm == "forget" and k >= 1 and tokens[k - 1].norm == "never"):
            j = k - 1
            while j >= 0 and (
                tokens[j].norm in _MEMORY_ADVERBS or tokens[j].norm in ("never", "will", "'ll")
            ):
                j -= 1
            return j >= 0 and tokens[j].norm in ("i", "we")
    return False


_CONCEDING = words(
    "concede concedes conceded conceding admit admits admitted admitting acknowledge acknowledges acknowledged"
)


_CONCEDED_THINGS = words("point points demand demands issue territory region land argument round seat")


def admission(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "conceded that ..." admits a fact ("Biden conceded that the debate went badly", "Putin conceded that
    the war was going slowly"): a statement, no concession made to anyone; "conceded defeat", "conceded the
    region to Azerbaijan" and "conceded to their demands" stay concessions."""
    i = trig.tok_start
    return (
        trig.verbal
        and tokens[i].norm in _CONCEDING
        and trig.tok_end == i + 1
        and i + 1 < len(tokens)
        and tokens[i + 1].norm == "that"
        and not (i + 2 < len(tokens) and tokens[i + 2].norm in _CONCEDED_THINGS)
    )


def denied_reason(tokens: Sequence[Token], at: int) -> bool:
    """An act named as the reason something was not done for ("stayed not because they supported the
    Donetsk People's Republic, but because they could not leave"): denied, not reported."""
    for k in range(at - 1, max(0, at - 10) - 1, -1):
        norm = tokens[k].norm
        if norm in (".", ";", ",") or norm in SCOPE_BREAK:
            return False
        if norm == "because":
            return k >= 1 and tokens[k - 1].norm in ("not", "n't")
    return False


_THE_PUBLIC = canon_words(
    "anyone anybody everyone everybody residents resident citizens public motorists commuters drivers "
    "parents travellers passengers shoppers viewers witnesses countrymen households homeowners"
)
_CIVIC_ACTS = canon_words(
    "vote boycott protest rally march join strike resist rise revolt demonstrate oppose defy disobey"
)


def public_appeal(tokens: Sequence[Token], trig: Trigger) -> bool:
    """An appeal to the public at large ("urging anyone with information to contact investigators", "urged
    residents to avoid flooded areas", "asking parents to talk to their children"): a notice of the
    authorities, not a request of one actor to another. A call on the public to act politically ("urged
    citizens to boycott the election", "to join the protest") stays a request."""
    at = next(
        (
            k
            for k in range(trig.tok_start + 1, min(len(tokens), trig.tok_end + 4))
            if tokens[k].norm not in _BEFORE_ADDRESSEE
        ),
        None,
    )
    if at is None or tokens[at].norm not in _THE_PUBLIC:
        return False
    for k in range(at + 1, min(len(tokens) - 1, at + 10)):
        if tokens[k].norm == "to" and tokens[k + 1].is_word:
            return tokens[k + 1].norm not in _CIVIC_ACTS
    return False


_BEFORE_ADDRESSEE = canon_words("to on upon all the of his her their our its")


_CHARGES = canon_words(
    "charge charges accusation accusations allegation allegations claim claims assertion assertions "
    "suggestion suggestions insinuation insinuations report reports"
)
_CLAIMED_LAND = canon_words("to over on")
_DENIAL_HEADS = canon_words(
    "reject rejects rejected rejecting dismiss dismisses dismissed dismissing deny denies denied denying "
    "refute refutes refuted refuting"
)


def denied_charge(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A rejection whose object is a charge against the rejecter ("who has rejected the charges", "rejected
    the assertion that exports had risen", "dismissed the allegations as baseless"): a denial, which is
    no refusal of anything asked (claims to land or sea, "rejected its claims to the islands", are
    still rejected)."""
    if tokens[trig.tok_start].norm not in _DENIAL_HEADS:
        return False
    for k in range(trig.tok_end, min(len(tokens), trig.tok_end + 5)):
        norm = tokens[k].norm
        if norm in _CHARGES:
            return not (
                k + 1 < len(tokens) and tokens[k + 1].norm in _CLAIMED_LAND and norm.startswith("claim")
            )
        if not tokens[k].is_word or norm in PREPOSITIONS:
            return False
    return False


_COGNITION_OBJECTS = canon_words(
    "that reality realities fact facts need necessity importance challenge challenges danger dangers risk "
    "risks limits limitations difficulty difficulties problem problems truth complexity"
)


def recognises_a_fact(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "recognise" as knowing, not as recognition of a state or praise: "he recognises that the
    constitution struggles with ...", "recognized the reality that his campaign could not ..."."""
    if not recognising(tokens, trig):
        return False
    after = [t.norm for t in tokens[trig.tok_end : trig.tok_end + 3] if t.norm not in ("the", "a", "an")]
    return bool(after) and after[0] in _COGNITION_OBJECTS


_COUNT_WORDS = canon_words("a an the two three four five six seven eight nine ten several some dozens many")


def described_as_accused(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "accused of" right after the object it describes: "arrested a football player accused of killing a
    man", "indicted two Americans accused of helping ..." — who the person is, not a new accusation
    (the act done to them is the report). A subject or headline ("Russia accused of war crimes") is not
    read so."""
    i = trig.tok_start
    if tokens[i].norm != "accused" or trig.tok_end != i + 2 or tokens[i + 1].norm != "of" or i < 2:
        return False
    prev = tokens[i - 1]
    if not prev.is_word or prev.norm in _NOT_NOUNS or prev.norm.endswith("ly"):
        return False
    for j in range(i - 1, max(-1, i - 9), -1):
        norm = tokens[j].norm
        if norm in (",", ";", ":") or norm in _CLAUSE_OPENERS:
            return False
        if norm in _COUNT_WORDS or norm.isdigit():
            before = tokens[j - 1] if j > 0 else None
            return (
                before is not None
                and before.is_word
                and before.text[:1].islower()
                and before.norm not in _CLAUSE_OPENERS
                and before.norm not in _NOT_NOUNS
            )
    return False


def consults_for(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "consulted for organisations such as Amnesty": worked as a consultant, no meeting."""
    return (
        tokens[trig.tok_start].norm.startswith("consult")
        and trig.tok_start + 1 < len(tokens)
        and tokens[trig.tok_start + 1].norm == "for"
    )


_RALLIES = canon_words("rally rallies")
_CAMPAIGNS = canon_words("campaign election electoral re-election reelection")


def campaign_rally(tokens: Sequence[Token], trig: Trigger, source: Sequence[str]) -> bool:
    """A rally that is no protest: a campaign rally ("held a campaign rally in Hialeah"), or one held by a
    state's leader or government ("Trump held a rally ten miles away", "the Kremlin held a rally in support
    of ..."), unless it is against someone."""
    span = tokens[trig.tok_start : trig.tok_end]
    if not span or span[-1].norm not in _RALLIES:
        return False
    if any(t.norm in ("against", "protest", "protesting") for t in tokens[trig.tok_end : trig.tok_end + 6]):
        return False
    if any(t.norm in _CAMPAIGNS for t in span):
        return True
    return bool(source) and all(code.isupper() for code in source)


_INDEFINITE_PEOPLE = words("anyone anybody somebody someone whoever")
_WELCOMING = ("welcom",)
_INDEFINITE_BREAKS = words("; : . ? ! but")


def welcome_to_whoever(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> bool:
    """A welcome or a readiness whose other side is whoever comes: "we will always gladly welcome anyone who
    wants to cooperate with Russia", "we welcome the fact that somebody expresses readiness to work with
    Russia", "we always welcome it when somebody says he or she is ready to work with Russia": a standing
    attitude stated in general, no act between two actors (the state named inside is only what "anyone"
    would work with). A welcome of someone named ("we welcome the readiness of Ankara to work with Russia")
    and a named side's readiness to work with anyone ("Russia is ready to work with anyone who respects its
    interests") stay."""
    if tokens[trig.tok_start].norm.startswith(_WELCOMING):
        for tok in tokens[trig.tok_end : trig.tok_end + 5]:
            if tok.norm in _INDEFINITE_BREAKS or tok.norm == ",":
                break
            if tok.norm in _INDEFINITE_PEOPLE:
                return True
    named = {i for u in units if u.code is not None for i in range(u.tok_start, u.tok_end)}
    for j in range(trig.tok_start - 1, max(-1, trig.tok_start - 9), -1):
        norm = tokens[j].norm
        if norm in _INDEFINITE_BREAKS or norm == "," or j in named:
            return False
        if norm in _INDEFINITE_PEOPLE:
            return True
    return False


_CONGRATULATING = ("congratulat",)
# people addressed by what they do or did, not by the state or office they act for
_GROUPS_OF_PEOPLE = words(
    "students student team teams members servicemen servicewomen veterans athletes sportsmen graduates "
    "schoolchildren pupils winners champions participants employees staff workers crew crews cadets "
    "scientists researchers teachers doctors volunteers fans"
)
_ADDRESSEE_ENDS = words("on for who which that , ; : . upon")


def congratulates_a_group(tokens: Sequence[Token], trig: Trigger) -> bool:
    """Congratulations to people named by their group ("congratulate students of the St Petersburg University
    who won the programming contest", "congratulate the Moscow State University team on their victory",
    "congratulate all of Russia's service members and veterans on the upcoming holiday"): a courtesy of a
    speech to people, no relation between two actors (hand-coded Kremlin texts leave holiday and contest
    congratulations uncoded). Congratulations to a leader or a state ("congratulated President Putin on his
    victory in the election") stay."""
    if not tokens[trig.tok_start].norm.startswith(_CONGRATULATING):
        return False
    for tok in tokens[trig.tok_end : trig.tok_end + 10]:
        if tok.norm in _ADDRESSEE_ENDS:
            return False
        if tok.norm in _GROUPS_OF_PEOPLE:
            return True
    return False
