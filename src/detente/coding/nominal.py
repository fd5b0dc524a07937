"""Coder stage 4, roles — noun triggers: the roles of an act named as a noun (``_nominal_roles``): its owner
(:func:`possessor`), its "by" agent (:func:`by_agent`), the doer of an act "of X", the owner of the intent
or announcement a verb belongs to, the doer of an act a verb accuses, and what licenses a noun act with
one side only. See :mod:`detente.coding.roles` for the stage."""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding import second
from detente.coding.lightacts import done_by_agent, pressed_ahead_with
from detente.coding.meetings import _MEETING_NOUNS
from detente.coding.ontology import EventType
from detente.coding.patterns import (
    DETERMINERS,
    PREPOSITIONS,
    SCOPE_BREAK,
    Token,
    Trigger,
    answered_act,
    words,
)
from detente.coding.places import _detaining_place, _place_of_act, _struck_place
from detente.coding.roleparts import _ATTACK_NOUNS, _QUANTITY, Roles, _codes, clause_floor, prep_before
from detente.coding.subjects import _conjuncts, _subject
from detente.coding.targets import _after
from detente.coding.units import Unit, antecedent

LIGHT_VERB_SUBJECTS = True
"""A noun trigger with no owner or agent takes the subject of the verb whose object it is ("X completed its
withdrawal from Y", "X announced new aid for Y"): measured on the dev and proxy gold sets."""


_LIGHT_VERBS = words(
    "announce announces announced make makes made take takes took carry carries carried conduct conducts "
    "conducted complete completes completed launch launches launched stage stages staged hold holds held give "
    "gives gave offer offers offered provide provides provided begin begins began start starts started "
    "continue continues continued wage wages waged"
)


_ACT_NOUNS = words(
    "attack attacks annexation seizure seizures invasion aggression violation violations killing killings "
    "bombing bombings shelling downing detention detentions arrest arrests poisoning hostage-taking "
    "occupation intervention incursion incursions build-up buildup deployment deployments strike strikes "
    "abduction kidnapping massacre crackdown expulsion expulsions decision actions action behaviour"
)
_DOER_VERBS = words(
    "launched carried committed conducted staged perpetrated made took carried-out ordered began started "
    "proclaimed declared announced"
)


def _past_manner(tokens: Sequence[Token], i: int) -> int:
    """The first token after a manner phrase opening at ``i`` ("condemned in the strongest possible terms
    the detention of ..."): the act follows it."""
    if i < len(tokens) and tokens[i].norm == "in":
        for k in range(i + 1, min(len(tokens), i + 6)):
            if tokens[k].norm == "terms":
                return k + 1
            if not tokens[k].is_word:
                break
    return i


def _act_agent(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> Unit | None:
    """Who did the act named right after an accusation's verb: its owner ("Russia's attack"), its "by X"
    agent ("the seizure of hostages by Chechen rebels") or the subject of a relative clause ("the attack
    on Ukraine that Russia launched"); ``None`` when the object is no act or its doer is not named."""
    first = _past_manner(tokens, trig.tok_end)
    for j in range(first, min(len(tokens), first + 6)):
        norm = tokens[j].norm
        if norm in SCOPE_BREAK or norm == ",":
            return None
        if norm not in _ACT_NOUNS:
            continue
        owner = possessor(tokens, units, j)
        if (
            owner is not None
            and owner.code is not None
            and not (owner.kind == "group" and owner.tok_end == j)
        ):
            return owner  # ("the military action launched by NATO": "military" describes the act)
        for k in range(j + 1, min(len(tokens) - 1, j + 24)):
            here = tokens[k].norm
            if here == "," and any(t.norm == "by" for t in tokens[k + 1 : k + 4]):
                continue  # "the detentions of journalists who ..., carried out by the Latvian authorities"
            if here == "," and k + 1 < len(tokens) and tokens[k + 1].norm in ("which", "that"):
                continue  # "the annexation of four regions, which the Kremlin proclaimed": its doer follows
            if here == "," and any(u.tok_start == k + 1 for u in units):
                continue  # "the annexation of the Donetsk, Luhansk ... regions": a list of names
            if here in SCOPE_BREAK or here in (";", ":", ","):
                return None
            if here == "by" or (here in ("that", "which") and k + 2 < len(tokens)):
                doer = next((u for u in units if k < u.tok_start <= k + 3 and u.code is not None), None)
                if doer is None:
                    continue
                after = tokens[doer.tok_end].norm if doer.tok_end < len(tokens) else ""
                if here == "by" or after in _DOER_VERBS or after in ("has", "had"):
                    return doer
        return None
    return None


_INTENT_NOUNS = words(
    "attempt attempts decision decisions plan plans bid bids efforts effort move moves intention intentions "
    "readiness willingness refusal threat threats order orders"
)


_NEED_NOUNS = words("need necessity")
_TAKEN = words("was were has have had been taken made adopted")
_STRESSING = words(
    "stressed stresses stress underlined underlines underline emphasised emphasises emphasise noted notes "
    "note underscored underscores underscore highlighted highlights highlight reaffirmed reaffirms"
)
_ADVERBS_BEFORE_VERB = words("also again once repeatedly particularly especially both all jointly")


def _stresser(tokens: Sequence[Token], units: Sequence[Unit], verb: int) -> list[Unit]:
    """The actor right before a verb of stressing at token ``verb`` ("the two leaders (also) stressed")."""
    if tokens[verb].norm not in _STRESSING:
        return []
    k = verb
    while k > 0 and tokens[k - 1].norm in _ADVERBS_BEFORE_VERB:
        k -= 1
    found: list[Unit] = []
    while True:
        here = [u for u in units if u.tok_end == k][-1:]
        if not here:
            return found
        found = here + found
        k = here[0].tok_start
        if k < 2 or tokens[k - 1].norm not in ("and", ","):
            return found
        k -= 1  # "Putin and Chirac stressed"


def _owner_of_intent(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> list[Unit]:
    """The owner of the plan a verb belongs to: "Russia's attempt to annex the peninsula", "the US
    decision to withdraw" — the subject of "annex" is Russia, whoever the sentence's subject is."""
    i = trig.tok_start
    while i > 1 and tokens[i - 1].norm in ("'", "‘", '"', "“"):
        i -= 1  # "the decision to 'suspend' ..."
    if i < 2 or tokens[i - 1].norm != "to":
        return []
    if (
        i >= 4
        and tokens[i - 2].norm in _NEED_NOUNS
        and tokens[i - 3].norm == "the"
        and trig.match.rule.event is EventType.SUPPORT
    ):
        # "They stressed the need to widen the mandate of the OSCE": who stresses the need backs it (a need
        # stressed for any other act is no act done)
        return _stresser(tokens, units, i - 4)
    if tokens[i - 2].norm not in _INTENT_NOUNS:
        agent = next((u for u in units if u.tok_end == i - 1 and u.code is not None), None)
        if agent is None or prep_before(tokens, agent) not in ("by", "of"):
            return []
        # "the decision by the Russian Federation to terminate ...", "the decision of Russia's President to
        # recognise ...", "the decision of the Alliance to suspend practical cooperation": the agent's plan
        k = agent.tok_start - 1
        while k > 0 and (tokens[k].norm in ("by", "of", "the") or tokens[k].norm in _TAKEN):
            k -= 1  # ("A decision was taken by NATO to suspend ...": the decision's taker)
        return [agent] if tokens[k].norm in _INTENT_NOUNS else []
    if i >= 3 and tokens[i - 3].norm in ("its", "their"):
        # "call on Russia to reconsider its decision to suspend ...": whose decision is the actor before
        before = [u for u in units if u.tok_end <= i - 3 and u.code is not None]
        return before[-1:]
    # "Russia's illegal and illegitimate attempt to annex": the owner may stand past a few adjectives
    owner = possessor(tokens, units, i - 2, reach=6)
    return [owner] if owner is not None and owner.code is not None else []


_PLAN_NOUNS = _INTENT_NOUNS | words(
    "agreement agreements deal deals commitment commitments pledge pledges promise promises proposal proposals "
    "offer offers initiative initiatives call calls appeal appeals request requests"
)
_JUDGING_VERBS = words(
    "welcome welcomes welcomed welcoming praise praises praised hail hails hailed applaud applauds applauded "
    "support supports supported note notes noted condemn condemns condemned regret regrets regretted deplore "
    "deplores deplored reject rejects rejected criticise criticises criticised criticize criticizes criticized"
)


def unowned_plan(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "I welcome the agreement to extend the ceasefire", "Allies condemned the decision to expel ...": an act
    that is the content of a plan no one is named as owning, the plan being what the subject judges; the
    judge is not who does the act (nobody named does)."""
    i = trig.tok_start
    if i < 4 or tokens[i - 1].norm != "to" or tokens[i - 2].norm not in _PLAN_NOUNS:
        return False
    return tokens[i - 3].norm in ("the", "this", "that", "these") and tokens[i - 4].norm in _JUDGING_VERBS


_ANNOUNCING_NOUNS = words(
    "announcement announcements decision decisions declaration declarations launch start beginning resumption "
    "continuation order orders"
)


def _owner_of_announced(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> Unit | None:
    """The owner of the announcement or decision a noun act is "of": "President Putin's announcement of a
    partial mobilisation", "Moscow's decision on the suspension of ..." — Putin mobilises, Moscow
    suspends; the nominal counterpart of :func:`_owner_of_intent`."""
    i = trig.tok_start - 1
    while i >= 0 and tokens[i].norm in ("a", "an", "the"):
        i -= 1
    if i < 1 or tokens[i - 1].norm not in _ANNOUNCING_NOUNS:
        return None
    if tokens[i].norm != "of" and not (tokens[i].norm == "on" and tokens[i - 1].norm.startswith("decision")):
        return None  # not "the declaration on the reduction of ...": a document on a topic
    owner = possessor(tokens, units, i - 1)
    return owner if owner is not None and owner.code is not None else None


def _agent_in_gap(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> Unit | None:
    """ "the military action launched by NATO this evening against ...": the agent inside the phrase."""
    for unit in units:
        inside = trig.tok_start < unit.tok_start < trig.tok_end
        if inside and unit.code is not None and tokens[unit.tok_start - 1].norm == "by":
            return unit
    return None


def _relative_doer(tokens: Sequence[Token], units: Sequence[Unit], start: int) -> Unit | None:
    """The subject of a relative clause after a noun: "the attack on Ukraine that Russia launched"."""
    for k in range(start, min(len(tokens) - 1, start + 12)):
        here = tokens[k].norm
        if here in SCOPE_BREAK or here in (";", ":", ","):
            return None
        if here in ("that", "which"):
            doer = next((u for u in units if u.tok_start == k + 1 and u.code is not None), None)
            if doer is not None and doer.tok_end < len(tokens) and tokens[doer.tok_end].norm in _DOER_VERBS:
                return doer
            return None
    return None


def by_agent(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger, limit: int = 12) -> Unit | None:
    """The agent named after a trigger, within ``limit`` tokens and its scope: "by X" ("by armed X"), a
    demonym's strike ("in an Israeli missile strike"), "on behalf of X", or whoever fired a weapon named
    ("by a missile fired from a Turkish F-16"); ``None`` when none is."""
    for unit in units:
        if unit.tok_start < trig.tok_end or unit.tok_start - trig.tok_end > limit:
            continue
        if any(tokens[i].norm in SCOPE_BREAK for i in range(trig.tok_end, unit.tok_start)):
            return None
        if prep_before(tokens, unit) == "by" or _by_armed(tokens, unit) or _by_head_of(tokens, unit):
            if unit.code is None and unit.kind == "participants":
                members = _members_of_title(tokens, units, unit)  # (s26-pressers)
                if members is not None:
                    return members
            if unit.code is None:
                # "by Chechen terrorists": a name the dictionary does not know, qualifying a group it does
                head = next((u for u in units if u.tok_start == unit.tok_end and u.kind == "group"), None)
                return head or unit
            return unit
        if (
            unit.kind == "demonym"
            and unit.tok_start >= 2
            and tokens[unit.tok_start - 1].norm in ("a", "an")
            and tokens[unit.tok_start - 2].norm in ("in", "during")
            and any(t.norm in _ATTACK_NOUNS for t in tokens[unit.tok_end : unit.tok_end + 4])
        ):
            return unit  # "killed in an Israeli helicopter missile strike": the demonym's forces struck
        i = unit.tok_start
        if i >= 3 and [t.norm for t in tokens[i - 3 : i]] == ["on", "behalf", "of"]:
            return unit  # "was signed on behalf of the Republic of Chile"
        if _fired_from(tokens, trig, unit):
            return unit  # "shot down by a missile fired from a Turkish F-16": whoever fired it
    return None


_COUNTED_MEMBERS = words(
    "all sixteen nineteen twenty-six twenty-eight thirty thirty-two 16 19 26 28 29 30 31 32 member"
)


def _members_of_title(tokens: Sequence[Token], units: Sequence[Unit], title: Unit) -> Unit | None:
    """The members a "by" agent's title belongs to (s26-pressers): "signed by the leaders of the sixteen
    Allies" (the Allies), "by the heads of state of Russia and Georgia"; ``None`` when no actor follows."""
    i = title.tok_end
    if i >= len(tokens) or tokens[i].norm != "of":
        return None
    i += 1
    while i < len(tokens) and (tokens[i].norm == "the" or tokens[i].norm in _COUNTED_MEMBERS):
        i += 1
    return next((u for u in units if u.tok_start == i and u.code is not None), None)


_AGENT_HEADS = words(
    "decision decisions order orders decree decrees veto vetoes vote initiative leaders leader leadership "
    "presidents heads government governments authorities side"
)
"""Nouns through which a "by" agent names who acts: "by a decision of the Russian side", "by the leaders
of Russia and the United States", "by order of the Kremlin"."""


def _by_head_of(tokens: Sequence[Token], unit: Unit) -> bool:
    """``unit`` is the one whose decision, order or leaders are the "by" agent: "shut down by a decision of the
    Russian side", "was reached by the Presidents of Russia and the United States"."""
    i = unit.tok_start - 1
    if i >= 0 and tokens[i].norm == "the":
        i -= 1
    if i < 2 or tokens[i].norm != "of" or tokens[i - 1].norm not in _AGENT_HEADS:
        return False
    k = i - 2
    if k >= 0 and tokens[k].norm in ("a", "an", "the"):
        k -= 1
    return k >= 0 and tokens[k].norm == "by"


_LAUNCHED = words("fired launched shot dropped")


def _fired_from(tokens: Sequence[Token], trig: Trigger, unit: Unit) -> bool:
    """``unit`` launched the weapon that is the "by" agent: "by a missile fired from a Turkish F-16"."""
    between = [t.norm for t in tokens[trig.tok_end : unit.tok_start]]
    if "by" not in between:
        return False
    tail = between[len(between) - 1 - between[::-1].index("by") :]
    while tail and tail[-1] in ("a", "an", "the"):
        tail.pop()
    return len(tail) <= 8 and tail[-1:] == ["from"] and any(w in _LAUNCHED for w in tail)


_AGENT_ADJECTIVES = words(
    "armed masked unidentified suspected heavily well-armed pro-russian pro-government "
    "two three four five six seven eight nine ten several dozens hundreds their its his her"
)


def _by_armed(tokens: Sequence[Token], unit: Unit) -> bool:
    """ "by armed Chechen rebels", "by masked pro-Russian gunmen", "by three Russian cruise missiles": an
    agent after describing words or a count."""
    i = unit.tok_start - 1
    while i >= 0 and (tokens[i].norm in _AGENT_ADJECTIVES or tokens[i].norm.isdigit()):
        i -= 1
    return i < unit.tok_start - 1 and i >= 0 and tokens[i].norm == "by"


def possessor(tokens: Sequence[Token], units: Sequence[Unit], index: int, reach: int = 6) -> Unit | None:
    """The actor owning a noun at token ``index``: "Russia's (illegal and illegitimate) annexation", or
    the actor whose mention covers the noun's first word ("Russia's military" + "build-up")."""
    for unit in units:
        if unit.tok_start < index < unit.tok_end and unit.kind != "pronoun":
            return unit
    i = index - 1
    steps = 0
    while i >= 0 and steps < reach:
        here = next((u for u in units if u.tok_end == i + 1 and u.kind != "pronoun"), None)
        if here is not None and here.code is None and here.kind == "unknown" and here.tok_start > 0:
            # "Russian Kalibr missiles", "a Russian Tochka-U missile": a name of the thing, not its owner
            i = here.tok_start - 1
            steps += 1
            continue
        if here is not None:
            return here
        norm = tokens[i].norm
        if norm in ("its", "their"):
            return _pronoun_owner(tokens, units, i)  # "its deliberate strikes on the ports"
        if (
            norm in ("'s", "and")
            or _plural_possessive(tokens, i)
            or (tokens[i].text[:1].islower() and norm not in PREPOSITIONS and norm not in DETERMINERS)
        ):
            i -= 1
            steps += 1
            continue
        return None
    return None


def _plural_possessive(tokens: Sequence[Token], i: int) -> bool:
    """Token ``i`` is the apostrophe of a plural possessive of a common noun ("the farmers' agitation"), not
    a quote mark: it sticks to a lower-case word ending in "s"."""
    return (
        tokens[i].norm in ("'", "\u2019")
        and i > 0
        and tokens[i - 1].end == tokens[i].start
        and tokens[i - 1].norm.endswith("s")
        and tokens[i - 1].text[:1].islower()  # "the farmers' agitation"; not "Allies' concerns", a name
    )


def _pronoun_owner(tokens: Sequence[Token], units: Sequence[Unit], i: int) -> Unit | None:
    """The owner "its"/"their" at token ``i`` stands for, as a unit at the pronoun's place."""
    found = antecedent(tokens, units, i)
    if found is None:
        return None
    tok = tokens[i]
    return Unit(tok.start, tok.end, i, i + 1, found.code, "pronoun", False, tok.text)


_SUBJECT_ACTS = _ACT_NOUNS | words(
    "use decisions move moves policy policies plan plans step steps measures enlargement expansion "
    "tariffs tariff sanctions duties"  # p1: "the tariffs announced by Trump are illogical": Trump is judged
)


_OF_DOER_ACTS = words(
    "expansion enlargement deployment deployments build-up buildup withdrawal decision decisions actions "
    "action behaviour conduct policy policies activity activities move moves exercises drills presence"
)
"""Acts whose "of X" names the doer ("the expansion of NATO", "the deployment of American missiles"), not
the one acted on (as in "the violation of Ukraine's sovereignty", "the arrest of Navalny")."""


OF_PATIENT_ACTS = words(
    "detention detentions arrest arrests killing killings murder murders expulsion expulsions violation "
    "violations attack attacks seizure seizures abduction kidnapping poisoning persecution harassment "
    "dismantling demolition bombing shelling"
)
"""Acts done to their "of X" ("the detention of four Russian servicemen", "the expulsion of Russian
diplomats", "the violation of Ukraine's sovereignty"): their doer is the "by X", the place or the owner."""


def done_to(tokens: Sequence[Token], unit: Unit) -> bool:
    """The unit names whom an act was done to, as its "of X": "the detention of four Russian servicemen in
    Tbilisi ...", "the expulsion of the Russian diplomats" — not the act's doer."""
    i = unit.tok_start - 1
    while (
        i >= 0 and unit.tok_start - i <= 3 and (tokens[i].norm in _QUANTITY or tokens[i].norm in _NOUN_DETS)
    ):
        i -= 1
    return i >= 1 and tokens[i].norm == "of" and tokens[i - 1].norm in OF_PATIENT_ACTS


_NOUN_DETS = words("the a an these those both")


def _of_doer(tokens: Sequence[Token], units: Sequence[Unit], j: int) -> Unit | None:
    """The actor right after "of" that does the act at ``j``: "the expansion of NATO is incompatible with
    ...", "the deployment of American missiles in Poland undermines strategic stability"."""
    if tokens[j].norm not in _OF_DOER_ACTS or j + 2 >= len(tokens) or tokens[j + 1].norm != "of":
        return None
    k = j + 3 if tokens[j + 2].norm == "the" else j + 2
    return next(
        (u for u in units if u.tok_start == k and u.code is not None and u.kind != "pronoun"),
        None,
    )


def _doer_of_subject_act(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> Unit | None:
    """The doer of an act named as the clause's subject, by "by X" after it: "any use of force by NATO
    against Yugoslavia ... would be a gross violation" (NATO is accused, not a nearer actor), or by "of X"
    after an act that X does ("the expansion of NATO is incompatible with ...")."""
    floor = clause_floor(tokens, trig.tok_start)
    for j in range(trig.tok_start - 1, floor - 1, -1):  # the nearest act before the verb
        if tokens[j].norm in SCOPE_BREAK:
            return None
        if tokens[j].norm not in _SUBJECT_ACTS:
            doer = _by_doer_of_nominal(tokens, units, j, trig.tok_start)
            if doer is not None:
                return doer  # "the dismantling of monuments ... by the Latvian authorities is an act of ..."
            continue
        owner = possessor(tokens, units, j)
        if owner is not None and owner.code is not None:
            return None  # "Russia's actions undermine ...": the usual subject rules find the owner
        answerer = _answer_owner(tokens, units, j, floor)
        if answerer is not None:
            return answerer  # "Israel's response to the attack by Hamas resembles revenge": Israel is judged
        of_doer = _of_doer(tokens, units, j)
        if of_doer is not None:
            return of_doer
        for k in range(j + 1, min(trig.tok_start, j + 8)):
            if tokens[k].norm in SCOPE_BREAK or tokens[k].norm == ",":
                break
            if tokens[k].norm == "by":
                return next((u for u in units if k < u.tok_start <= k + 2 and u.code is not None), None)
        if tokens[j].norm in OF_PATIENT_ACTS and j + 1 < len(tokens) and tokens[j + 1].norm == "of":
            return _place_of_act(tokens, units, j, trig.tok_start)
        return None
    return None


_ANSWERS = words("response reaction answer retaliation reply responses reactions")
_BEFORE_ACT = words("the a an this that its their his her october september first latest recent deadly")


def _answer_owner(tokens: Sequence[Token], units: Sequence[Unit], j: int, floor: int) -> Unit | None:
    """The owner of an answer that the act at ``j`` is the object of: "Kenya's response to the January raid
    by al-Shabaab" (the act is what Kenya answers; the one judged is Kenya, not the attack's doer)."""
    k = j - 1
    while k > floor and (tokens[k].norm in _BEFORE_ACT or any(ch.isdigit() for ch in tokens[k].norm)):
        k -= 1
    if k <= floor or tokens[k].norm not in ("to", "against") or tokens[k - 1].norm not in _ANSWERS:
        return None
    owner = possessor(tokens, units, k - 1)
    return owner if owner is not None and owner.code is not None else None


_NOMINAL_SUFFIXES = ("tion", "sion", "ment", "ing", "ance", "ence", "ure")


def _by_doer_of_nominal(tokens: Sequence[Token], units: Sequence[Unit], j: int, verb: int) -> Unit | None:
    """The "by X" doer of a nominalised act at ``j`` ("the dismantling of monuments ... by the Latvian
    authorities", "the closure of the border by Finland") that heads the clause's subject before ``verb``:
    a noun with a nominal suffix and "of" after it, the agent within eight words and no comma between."""
    norm = tokens[j].norm
    if not norm.endswith(_NOMINAL_SUFFIXES) or j + 1 >= len(tokens) or tokens[j + 1].norm != "of":
        return None
    for k in range(j + 2, min(verb, j + 10)):
        if tokens[k].norm in SCOPE_BREAK or tokens[k].norm == ",":
            return None
        if tokens[k].norm == "by":
            return next((u for u in units if k < u.tok_start <= k + 2 and u.code is not None), None)
    return None


def _verb_of_object(tokens: Sequence[Token], trig: Trigger) -> str | None:
    """The verb of its clause whose object the noun is, within the few words before it and no clause break
    between: "judging" ("welcomed the release of ...", "condemned the seizure of ...": the act is told as
    a fact, and is not the judge's own), "light" (a word ending in -ed or a light verb: "announced $3
    billion in assistance", "completed its withdrawal": the subject's act), else ``None``."""
    for i in range(trig.tok_start - 1, max(-1, trig.tok_start - 10), -1):
        norm = tokens[i].norm
        if norm in ("at", "over", "about", "by") and i > 0 and tokens[i - 1].norm in _JUDGING_NOUNS:
            return "judging"  # "expressed its outrage at the seizure of ...", "condolences over the attacks"
        if norm in SCOPE_BREAK or (norm in PREPOSITIONS and norm not in ("of", "in")):
            return None
        if norm.startswith(_JUDGING_STEMS):
            return "judging"
        if norm in _LIGHT_VERBS or (norm.endswith("ed") and len(norm) > 4):
            return "light"
    return None


PROVOKING = frozenset(
    {EventType.SANCTION, EventType.COERCE, EventType.ASSAULT, EventType.MOBILIZE, EventType.THREATEN}
)
"""Hostile acts one actor does to another, which a sentence can judge or answer: an act judged by its own
sentence is accused, an act answered ("in response to the expulsion of ...") is an event of its own."""


_JUDGING_NOUNS = words(
    "outrage horror concern alarm indignation shock dismay condolences condolence sympathy grief sorrow "
    "anger revulsion saddened shocked appalled horrified outraged alarmed concerned dismayed"
)
"""Words of a judge's feeling about an act, before "at/over/about/by" and the act: the act is told as a fact."""


_JUDGING_STEMS = (
    "welcom",
    "condemn",
    "denounc",
    "deplor",
    "prais",
    "applaud",
    "criticis",
    "criticiz",
    "regrett",
    "regard",
    "view",
    # "Hungary opposed the sanctions against Russia": an opposed measure is someone else's
    "oppos",
    "objected",
    "objecting",
)


def _sides_between_inside(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> tuple[str, ...]:
    """The sides named inside a mutual noun phrase after its "between", when the phrase goes on past them
    ("Charter flights between Russia and Turkey resumed", "flights between China and Taiwan ... took off"):
    the actors from "between" to the first word after "X and Y", else ``()``."""
    at = next(
        (i for i in range(trig.tok_start, trig.tok_end - 1) if tokens[i].norm == "between"),
        None,
    )
    if at is None:
        return ()
    inside = [u for u in units if at < u.tok_start and u.tok_end <= trig.tok_end]
    # "an agreement between the Chilean and Peruvian governments": an article may open the pair
    first_at = at + 1 + (at + 1 < len(tokens) and tokens[at + 1].norm == "the")
    if len(inside) < 2 or inside[0].tok_start != first_at:
        return ()
    first, second = inside[0], inside[1]
    if tokens[first.tok_end].norm != "and" or second.tok_start != first.tok_end + 1:
        return ()
    return _codes([first, second])


def _joint_agents(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> list[Unit]:
    """The two agents "by X and Y" right after a mutual noun phrase that ends in "by" ("the Sea Breeze
    exercise, co-hosted by Ukraine and the United States") or in a participle that "by" follows ("a joint
    statement was adopted by the President of Kyrgyzstan and myself"), else ``[]``."""
    end = trig.tok_end
    if tokens[end - 1].norm != "by":
        if end >= len(tokens) or tokens[end].norm != "by":
            return []
        end += 1
    end = _past_agent_head(tokens, end)
    after = sorted((u for u in units if u.tok_start >= end), key=lambda u: u.tok_start)
    if len(after) < 2 or after[0].tok_start not in (end, end + 1):
        return []
    first, second = after[0], after[1]
    if (
        first.tok_end >= len(tokens)
        or tokens[first.tok_end].norm != "and"
        or second.tok_start not in (first.tok_end + 1, first.tok_end + 2)
        or (second.tok_start == first.tok_end + 2 and tokens[first.tok_end + 1].norm != "the")
    ):
        return []
    return [first, second] if first.code and second.code and first.code != second.code else []


def _past_agent_head(tokens: Sequence[Token], i: int) -> int:
    """Where the sides start after a "by" at ``i`` that names them through their leaders or decision ("by the
    Presidents of Russia and the United States", "by the leaders of France and Germany"); ``i`` otherwise."""
    j = i + 1 if i < len(tokens) and tokens[i].norm in ("the", "a", "an") else i
    if j + 1 < len(tokens) and tokens[j].norm in _AGENT_HEADS and tokens[j + 1].norm == "of":
        return j + 2
    return i


def _judged_licence(
    tokens: Sequence[Token], trig: Trigger, source: tuple[str, ...], target: tuple[str, ...], judged: bool
) -> bool:
    """A noun act named inside a judgement codes with one side only: the judge tells it as a fact and
    leaves the other side to the reader. Its doer is enough when the noun is the object of a judging verb
    ("NATO condemns Russia's decision ...", "welcomed Russia's withdrawal ..."); when it heads the act a
    sentence condemns (``judged``, see :func:`detente.coding.statements.judged_noun`), so is whom a
    hostile act hit ("condemned the murder of the Russian Ambassador", "the detention of four Russian
    servicemen in Tbilisi ... is a crude provocation")."""
    if trig.match.rule.event is EventType.CONSULT:
        return False
    if judged:
        return bool(source) or (bool(target) and trig.match.rule.event in PROVOKING)
    return bool(source) and _verb_of_object(tokens, trig) == "judging"


def _accord_told_after_talks(
    tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger, participants: tuple[str, ...]
) -> bool:
    """An accord told in the passive with no one named (no "by X", no side inside the sentence), in a
    document that reports a meeting of two or more sides: the sides reached it. A year in the sentence makes
    it background ("the agreement was reached in 1997")."""
    rule = trig.match.rule
    return (
        rule.event is EventType.AGREE
        and bool(rule.mutual)
        and len(participants) >= 2
        and any(t.norm in ("was", "were") for t in tokens[trig.tok_start : trig.tok_end])
        and not any(u.code is not None for u in units)
        and not any(t.text.isdigit() and len(t.text) == 4 for t in tokens)
        and not any(t.norm == "by" for t in tokens[trig.tok_end : trig.tok_end + 2])
    )


def _decision_makers(
    text: str,
    tokens: Sequence[Token],
    units: Sequence[Unit],
    trig: Trigger,
    agent: Unit | None,
    participants: tuple[str, ...],
) -> Roles | None:
    """Who took a decision told in the passive: the "by" agent with its conjuncts, or, after a plural
    title, the states it lists ("The decision was taken by the Prime Ministers of Denmark, Finland,
    Norway and Sweden"), or the sides of the meeting the document reports when the
    meeting took it ("A decision was taken by the forum to set up ..."); the decision has no target."""
    if agent is None:
        after = [t.norm for t in tokens[trig.tok_end : trig.tok_end + 3]]
        by_meeting = after[:1] == ["by"] and bool(_MEETING_NOUNS & set(after[1:]))
        if by_meeting and len(participants) >= 2:
            return Roles(participants, (), (trig.start, trig.end), True, True)
        return None
    if agent.code is None and agent.tok_end < len(tokens) and tokens[agent.tok_end].norm == "of":
        listed = [u for u in units if u.tok_start == agent.tok_end + 1]
        group = _conjuncts(text, tokens, units, listed[0], leftwards=False) if listed else []
    else:
        group = _conjuncts(text, tokens, units, agent, leftwards=False)
    codes = _codes(group)
    if not codes:
        return None
    return Roles(codes, (), (trig.start, max(u.end for u in group)), len(codes) >= 2, True)


def _owner_kind(tokens: Sequence[Token], unit: Unit) -> bool:
    """A mention inside a noun phrase that can own the act: a state or its adjective ("the deployment of
    Russian weapons"), a title ("the recall of the French ambassador") or an organisation named by its
    acronym ("the deployment of NATO battalions"; not "Allied forces", which names the troops)."""
    if unit.kind in ("demonym", "state", "title"):
        return True
    return unit.kind == "org" and tokens[unit.tok_start].text.isupper()


def _capitalised_opener(owner: Unit | None) -> bool:
    """An "owner" that is only the sentence's capitalised first word, unknown to the dictionary
    ("Additional", "Fresh", "Restrictive" read as a name): no owner when the act is the subject of a doer
    verb whose "by" agent is known ("... was approved by the US Congress")."""
    return owner is not None and owner.code is None and owner.tok_start == 0 and owner.tok_end == 1


def _nominal_roles(
    text: str,
    tokens: Sequence[Token],
    units: Sequence[Unit],
    trig: Trigger,
    verbal_before: Sequence[Trigger] = (),
    judged: bool = False,
    participants: tuple[str, ...] = (),
) -> Roles | None:
    rule = trig.match.rule
    slot = trig.match.slot
    listed = _sides_between_inside(tokens, units, trig) if rule.mutual else ()
    if len(listed) >= 2:
        return Roles(listed, (), (trig.start, trig.end), True)
    pair = _joint_agents(tokens, units, trig) if rule.mutual else []
    if pair:
        return Roles(_codes(pair), (), (trig.start, pair[-1].end), True)
    if _accord_told_after_talks(tokens, units, trig, participants):
        # "After the talks, a joint communiqué was adopted", "an accord was reached": the sides
        # of the meeting the document reports reached it
        return Roles(participants, (), (trig.start, trig.end), True, True)
    between = tokens[trig.tok_end - 1].norm == "between"
    # "the joint exercise of the armed forces of Russia and Belarus": the sides listed after "of"
    joint_of = tokens[trig.tok_end - 1].norm == "of"
    if (between or joint_of) and rule.mutual:
        group = _after(text, tokens, units, trig, place=False, limit=2)
        codes = _codes(group)
        if len(codes) >= 2:
            return Roles(codes, (), (trig.start, max(u.end for u in group)), True)
        if between or (joint_of and len(trig.match.phrase.elements) == 2):
            return None  # (a bare "exercise of" names its two sides right after it, or no one)
    adverbial = tokens[trig.tok_start].norm in PREPOSITIONS  # "... in protest at X": no owner before
    owner = (
        None
        if adverbial
        else (possessor(tokens, units, trig.tok_start) or _owner_of_announced(tokens, units, trig))
    )
    if owner is not None and owner.kind == "group" and owner.tok_end > trig.tok_start:
        owner = None  # "the military action ...": the phrase's own first word, not an owner
    agent = by_agent(tokens, units, trig) or _agent_in_gap(tokens, units, trig)
    if _capitalised_opener(owner) and agent is not None and done_by_agent(tokens, units, trig):
        owner = None  # "Additional military assistance to Ukraine was approved by the US Congress"
    if rule.target == "none" and not rule.mutual:
        return _decision_makers(text, tokens, units, trig, agent, participants)
    source_unit = owner or agent
    co_sources: list[Unit] = []
    if owner is not None and owner.code is not None:
        # "Russian-Indian exercises": both states of a hyphenated pair own the act
        co_sources = [
            u
            for u in units
            if u.tok_start == owner.tok_start
            and u.code is not None
            and u.code != owner.code
            and u.kind == owner.kind == "demonym"
        ]
    if source_unit is None:
        source_unit = _relative_doer(
            tokens, units, trig.tok_end
        )  # "the attack on Ukraine that Russia launched"
    if source_unit is None:  # "the annexation of Crimea, which Moscow proclaimed" (s26-second)
        source_unit = second.doer_after_comma(tokens, units, trig.tok_end)
    within = [
        u
        for u in units
        if trig.tok_start < u.tok_start
        and u.tok_end <= trig.tok_end
        and _owner_kind(tokens, u)
        and u.code is not None
        and slot is None
        and rule.owner_inside  # not "the expulsion of Russian diplomats"
    ]
    # an agent the dictionary does not know ("decided by the Council") leaves the owner inside the phrase
    owner_within = within[:1] if source_unit is None or source_unit.code is None else []
    if owner_within:
        source_unit = owner_within[0]  # "the deployment of Russian tactical nuclear weapons": whose weapons
    if (
        source_unit is None
        and LIGHT_VERB_SUBJECTS
        and (adverbial or _verb_of_object(tokens, trig) == "light" or pressed_ahead_with(tokens, trig))
    ):
        # "Washington announced $3 billion in military assistance for Ukraine", "Israel completed its
        # withdrawal from Lebanon": the subject of the verb whose object the noun is
        subject = [u for u in _subject(text, tokens, units, trig, verbal_before) if u.code is not None]
        source_unit = subject[0] if subject else None
        co_sources = subject[1:]  # "the United States, Canada and sixteen EU member states announced the ..."
    if slot is not None:
        target_units = [u for u in units if u.tok_start == slot[0]]
    else:
        inside = [u for u in units if u.tok_start <= trig.tok_start < u.tok_end]  # "the military action"
        target_units = _after(
            text,
            tokens,
            units,
            trig,
            # "protests erupted in Santiago": where a protest spread is whom it is against
            place=rule.place and rule.event is EventType.PROTEST,
            exclude=[
                *(u for u in (agent,) if u),
                *inside,
                *owner_within,
                *(u for u in units if rule.owner_inside and trig.tok_start < u.tok_start < trig.tok_end),
                # a name the dictionary does not know inside the phrase is what is handed over, not to
                # whom: "the delivery of Iskander launchers to Syria", "the transfer of ATACMS missiles to"
                *(
                    u
                    for u in units
                    if u.code is None and trig.tok_start < u.tok_start and u.tok_end < trig.tok_end
                ),
            ],
            limit=8,
        )
    if co_sources and rule.event is EventType.MOBILIZE:
        # "Russian-French manoeuvres will take place in the Norwegian Sea": a joint drill is aimed only at
        # whom it is held near or against, not at the sea or the country where it is held
        target_units = [u for u in target_units if prep_before(tokens, u) in _AIMED_AT]
    if tokens[trig.tok_end - 1].norm in ("on", "against", "at") and rule.event in PROVOKING:
        # "attacks on energy infrastructure with the High Representative": the one met is not the one hit
        target_units = [u for u in target_units if prep_before(tokens, u) != "with"]
    if not _codes(target_units) and rule.event is EventType.ASSAULT and slot is None:
        # "the seizure of hostages in a Moscow theatre by Chechen rebels", "the attacks in New York": an
        # attack with no one named as hit hits the state where it happened
        target_units = _struck_place(tokens, units, trig, source_unit)
    if source_unit is None and judged and rule.event is EventType.COERCE and slot is None:
        source_unit = _detaining_place(tokens, units, trig, target_units)
    source = _codes([source_unit, *co_sources]) if source_unit else ()
    target = _codes([u for u in target_units if all(u.code != c.code for c in co_sources)])
    if rule.reverse:
        source, target = target, source  # "a request from the Russian Federation": the one after asks
    if (
        rule.nominal_needs_target
        and (not source or not target)
        and not _judged_licence(tokens, trig, source, target, judged)
        and not (target and rule.event in PROVOKING and answered_act(tokens, trig.tok_start))
        and not (source and done_by_agent(tokens, units, trig))  # "a reduction ... was announced by Moscow"
    ):
        return None
    span_units = [u for u in (source_unit, *target_units) if u is not None]
    lo = min([trig.start, *(u.start for u in span_units)])
    hi = max([trig.end, *(u.end for u in span_units)])
    return Roles(source, target, (lo, hi))


_AIMED_AT = words("near along against towards toward off around close")
_OWNED_ACTS = _SUBJECT_ACTS | words("ban bans blocking restrictions")
_OWNED_ACT_REACH = 4
"""Tokens before the subject's first actor searched for an owned act ("the EU's ban on broadcasting RT")."""


def owner_of_act_before(
    tokens: Sequence[Token], units: Sequence[Unit], subject: Sequence[Unit]
) -> Unit | None:
    """The owner of an act whose object the subject's actors are: "the European Union's ban on broadcasting
    RT and Sputnik is censorship" (the EU is judged, not the outlets it banned)."""
    if not subject:
        return None
    start = subject[0].tok_start
    for j in range(start - 1, max(clause_floor(tokens, start) - 1, start - 1 - _OWNED_ACT_REACH), -1):
        if tokens[j].norm in SCOPE_BREAK or tokens[j].norm == ",":
            return None
        if tokens[j].norm in _OWNED_ACTS:
            owner = possessor(tokens, units, j)
            return owner if owner is not None and owner.code is not None and owner not in subject else None
    return None


_HEADING_OPENERS = words("telephone phone video")
_HEADING_WORDS = 25
"""Most tokens a heading has."""


def heading_meeting(
    text: str, tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger, speaker: str | None
) -> Roles | None:
    """A readout's heading that names a meeting with no one before it ("Telephone conversation with
    President of Turkey Recep Tayyip Erdogan", "Talks with Prime Minister of Italy ..."): the publisher's
    speaker met those named after "with", as a heading "Meeting with ..." reads; ``None`` for anything
    else (a sentence, which ends with a full stop) or when no one known is named after it."""
    if (
        speaker is None
        or trig.match.rule.event is not EventType.CONSULT
        or tokens[trig.tok_end - 1].norm != "with"
        or any(t.norm not in _HEADING_OPENERS for t in tokens[: trig.tok_start])
        or text.rstrip().endswith((".", "!", "?"))  # "Consultations with CSTO allies were devoted to ...."
        or len(tokens) > _HEADING_WORDS
    ):
        return None
    named = _after(text, tokens, units, trig, place=False, limit=8)
    after = [u for u in units if u.tok_start >= trig.tok_end]
    if (
        not _codes(named)
        and len(after) >= 2
        and after[0].code is None
        and after[1].tok_start == after[0].tok_end
    ):
        named = [
            after[1]
        ]  # "with Federal Chancellor of Germany Angela Merkel": a title word it does not know
    target = tuple(c for c in _codes(named) if c != speaker)
    return Roles((speaker,), target, (trig.start, trig.end)) if target else None
