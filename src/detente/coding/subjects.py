"""Coder stage 4, roles — subjects: the doer before a verb (``_subject``), with its conjuncts and lists
("X, Y and Z"), the signatories of a signing, the voice of the verb (passive or not), the antecedent of a
relative clause, and who says what a clause tells (:func:`sayer_before`, :func:`trailing_sayer`). See
:mod:`detente.coding.roles` for the stage."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from detente.coding import newsactors, sidefix
from detente.coding.headline import headline_passive, listed_subjects
from detente.coding.meetings import _body_of_the_meeting, _place_of_a_meeting
from detente.coding.ontology import EventType
from detente.coding.patterns import BE_FORMS, DETERMINERS, PREPOSITIONS, SCOPE_BREAK, Token, Trigger, words
from detente.coding.places import fronted_scene, place_before
from detente.coding.roleparts import (
    _ATTACK_NOUNS,
    SPEECH_VERBS,
    SUBJECT_REACH,
    _joined_by_and,
    clause_floor,
    prep_before,
)
from detente.coding.units import Unit

_OBJECT_BREAK = frozenset(
    {
        ",",
        ";",
        ":",
        "and",
        "but",
        "while",
        "that",
        "which",
        "who",
        "as",
        "when",
        "said",
        "says",
        "if",
        "unless",
    }
    | {"because", "after", "before", "since", "until", "although", "whether", "whereas"}
)


_PARTICIPLE_IRREGULAR = words(
    "held met taken given broken sent shot seized struck blown made led fought hit cut put frozen drawn "
    "thrown beaten built kept sold won withdrawn begun shut"
)


_PARTICIPLE_PREPS = words("for in over after since during on at without ago")


_SUBORDINATORS = words("after before since until as while when because although though once unless if")
_AUX_ADVERBS = words("has have had was were is are be been will would could also then later reportedly")


_QUANTITY_WORDS = (
    r"(?:several|many|some|most|other|all|a\s+number\s+of|a\s+dozen|dozens\s+of|more\s+than|\d+|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen|twenty|thirty|forty|fifty)"
)
_CONJ_GAP = re.compile(
    r"^\s*(?:,\s*(?:and\s+)?|and\s+|or\s+|&\s+)(?:the\s+|both\s+)?(?:(?:mr|mrs|ms|dr|madam)\.?\s+)?"
    r"(?:(?:acting|former|then)\s+)?(?:" + _QUANTITY_WORDS + r"\s+){0,3}"
    r"(?:(?:northern|southern|eastern|western|armed|local|opposition|pro-[a-z-]+|anti-[a-z-]+)\s+){0,2}$",
    re.I,
)
_TRAILING_AND = re.compile(r"^\s*,?\s*and\s+(?:" + _QUANTITY_WORDS + r"\s+){1,3}(?:other\s+)?[a-z]", re.I)
"""After a list's last named actor, "and" with a count of others: "Spain and several other countries",
"Ukraine and sixteen EU member states" — the list had its "and"."""


_STATIVE_PARTICIPLES = words(
    "prepared determined committed resolved interested concerned disappointed alarmed worried pleased "
    "satisfied convinced opposed dedicated open keen forced compelled obliged "
    # feelings the subject voices ("the Russian side is outraged by the destruction of the monument"): the
    # "by" names their cause, not an agent
    "troubled disturbed dismayed outraged angered appalled shocked dissatisfied displeased irritated annoyed "
    "upset incensed offended perturbed aggrieved bewildered perplexed puzzled saddened frustrated scandalised"
)


_MEANS_AFTER_BY = frozenset(
    {
        "phone",
        "telephone",
        "video",
        "videoconference",
        "videolink",
        "video-link",
        "letter",
        "email",
        "satellite",
    }
)
"""What follows "by" when it tells the means, not an agent: "conferred by video link", "spoke by phone"."""


def _is_passive(tokens: Sequence[Token], trig: Trigger, units: Sequence[Unit] = ()) -> bool:
    if headline_passive(tokens, units, trig):
        return True  # "Two Russian diplomats expelled from Poland": a headline leaves out "were"
    head = tokens[trig.tok_start].norm
    if head in BE_FORMS and trig.tok_end - trig.tok_start >= 2:
        second = tokens[trig.tok_start + 1].norm
        if second in _STATIVE_PARTICIPLES:
            return False  # "Russia is prepared to work with NATO": a state of the subject, not a passive
        return second.endswith(("ed", "en")) or second in _PARTICIPLE_IRREGULAR  # "were released"
    if not (head.endswith(("ed", "en")) or head in _PARTICIPLE_IRREGULAR):
        return False
    nxt = tokens[trig.tok_end].norm if trig.tok_end < len(tokens) else ""
    if (
        trig.tok_end - trig.tok_start == 1
        and trig.match.rule.event in (EventType.COERCE, EventType.ASSAULT)
        and not trig.match.rule.mutual
        and nxt in _PARTICIPLE_PREPS
        and any(u.tok_end == trig.tok_start and u.kind != "pronoun" for u in units)
    ):
        return True  # "the civilians imprisoned for acting against Moscow": a participle after its noun
    if (
        trig.tok_end < len(tokens)
        and tokens[trig.tok_end].norm == "by"
        and trig.tok_end - trig.tok_start == 1
        and not (trig.tok_end + 1 < len(tokens) and tokens[trig.tok_end + 1].norm in _MEANS_AFTER_BY)
    ):
        return True  # "an attack carried out by", "civilians killed by"
    if _contracted_has(tokens, trig, units):
        return False  # "She's slammed NATO": "has" with an object after the verb, not "she is slammed"
    for i in range(trig.tok_start - 1, max(-1, trig.tok_start - 4), -1):
        if tokens[i].norm == "'s" and i < trig.tok_start - 1:
            continue  # "Somalia's president appealed": a possessive, not "is"
        if tokens[i].norm in BE_FORMS or tokens[i].norm in ("get", "got", "gets"):
            return True
        if not tokens[i].is_word or tokens[i].norm in ("that", "who", "which"):
            return False  # "It was Russia that attacked Georgia": the clause has its own subject
    return _coordinated_passive(tokens, trig.tok_start)


_CONTRACTED_SUBJECTS = words("he she it that who what there this")


def _contracted_has(tokens: Sequence[Token], trig: Trigger, units: Sequence[Unit]) -> bool:
    """A pronoun's "'s" right before a participle that has an object after it ("she's slammed NATO", "he's
    accused the government of lying", "it's expelled two diplomats"): "has", an active verb. Without an
    object ("he's been accused", "she's accused of fraud", "it's reported by") the "'s" stays "is"."""
    i = trig.tok_start - 1
    if i < 1 or tokens[i].norm not in ("'s", "\u2019s") or tokens[i - 1].norm not in _CONTRACTED_SUBJECTS:
        return False
    if trig.tok_end >= len(tokens):
        return False
    nxt = tokens[trig.tok_end]
    if nxt.norm in DETERMINERS and nxt.norm != "'s":
        return True
    return any(u.tok_start == trig.tok_end and u.kind != "pronoun" for u in units)


def _coordinated_passive(tokens: Sequence[Token], i: int) -> bool:
    """A participle in a list after a passive: "were beaten, stripped naked and threatened with dogs by"."""
    if i == 0 or tokens[i - 1].norm not in ("and", ","):
        return False
    for j in range(i - 2, max(-1, i - 12), -1):
        norm = tokens[j].norm
        if norm in BE_FORMS and j + 1 < i and tokens[j + 1].norm.endswith(("ed", "en")):
            return True
        if norm in SCOPE_BREAK or norm in (";", ":", "."):
            return False
    return False


_SIGNATORY_GAP = re.compile(
    r"^(?:\s+(?:member|states|countries|nations|allies|government|governments))*\s*,?\s*and\s+(?:of\s+)?"
    r"(?:the\s+)?(?:[\w-]+\s+){0,9}?(?:of\s+(?:the\s+)?)?$",
    re.I,
)


def _is_signing(tokens: Sequence[Token], trig: Trigger) -> bool:
    return trig.match.rule.event is EventType.SUPPORT and (
        tokens[trig.tok_start].norm.startswith("sign")
        or any(t.norm.startswith("signature") for t in tokens[trig.tok_start : trig.tok_end])
    )


def _signatories(text: str, units: Sequence[Unit], chosen: Unit, *, rightwards: bool = False) -> list[Unit]:
    """The signatories joined to ``chosen`` by "and", even through the people who sign for them: before a
    signing verb ("Vladimir Putin and the leaders of the NATO member states", "the Heads of State and
    Government of the NATO member states and of the Russian Federation") or, ``rightwards``, after "signed
    by" ("by the President of Russia and the leaders of the NATO countries")."""
    step = 1 if rightwards else -1
    group = [chosen]
    j = units.index(chosen) + step
    while 0 <= j < len(units) and not units[j].locative:
        unit = units[j]
        if unit.code is None or unit.code == "world leaders":
            if unit.kind in ("participants", "title", "group"):
                j += step  # "the leaders of ...", "the heads of state and government of ...": who signs for them
                continue
            break
        left, right = (group[-1], unit) if rightwards else (unit, group[0])
        if not _SIGNATORY_GAP.match(text[left.end : right.start]):
            break
        if rightwards:
            group.append(unit)
        else:
            group.insert(0, unit)
        j += step
    return group


def _conjuncts(
    text: str, tokens: Sequence[Token], units: Sequence[Unit], chosen: Unit, *, leftwards: bool
) -> list[Unit]:
    group = [chosen]
    if chosen.kind == "participants":
        return group  # "..., and the two sides agreed": the sides are all the named ones, not a list item
    idx = units.index(chosen)
    step = -1 if leftwards else 1
    j = idx + step
    while 0 <= j < len(units):
        left, right = (units[j], group[-1]) if leftwards else (group[-1], units[j])
        gap = text[left.end : right.start]
        if left.kind == "org":
            gap = _MEMBER_TAIL.sub("", gap, count=1)  # "NATO member states and Russia": NATO's members
        if not leftwards and _same_preposition(tokens, gap, chosen):
            # "sanctions on Iran and on North Korea", "to Ukraine and to the Republic of Moldova"
            gap = " and "
        if gap == "-" and left.tok_start == right.tok_start and left.code and right.code:
            group.append(units[j])  # "the joint Russian-Belarusian drills": both states, one word
            j += step
            continue
        if not _CONJ_GAP.match(gap) or units[j].locative:
            break
        if (
            "and" not in gap.lower()
            and "&" not in gap
            and gap.strip().lower() != "or"
            and not _list_has_and(text, units, j, step, len(group))
        ):
            break
        if (
            leftwards
            and prep_before(tokens, units[j]) is not None
            and prep_before(tokens, units[j]) not in _SUBORDINATORS  # "after the OSCE and the US raised ..."
            and not _forces_from(tokens, units[j])
            and not (prep_before(tokens, units[j]) == "of" and _people_of(tokens, units[j]))
            and not newsactors.exemplified(tokens, units[j])  # "countries like China, Iran and Russia"
        ):
            break  # (but "jets from Russia, Poland and Turkey": the list's first item)
        if leftwards and "," in gap and _object_of_verb(tokens, units[j]) and not _in_and_list(text, group):
            break  # "Russian jets violated Turkish airspace, and Allies condemn": an object, not a list
        if not leftwards and "," in gap and _starts_clause(tokens, units[j]):
            break  # "violated Turkish airspace, and Allies condemn ...": a new clause, not a list
        group.append(units[j])
        j += step
    return group if not leftwards else list(reversed(group))


_MEMBER_TAIL = re.compile(
    r"^(?:'s|’s)?\s+(?:(?:member|fellow|allied|partner)\s+)?"
    r"(?:members|member-states|allies|countries|nations|states|governments)(?=\s*(?:,|and\b|or\b|&))",
    re.I,
)
_REPEATED_PREP = re.compile(r"^\s*,?\s*and\s+([a-z]+)\s+(?:the\s+)?$", re.I)
_REPEATABLE = words("to on with against for from")


def _same_preposition(tokens: Sequence[Token], gap: str, first: Unit) -> bool:
    """The gap is "and" with the preposition the list's first actor has: "on Iran and on North Korea"."""
    m = _REPEATED_PREP.match(gap)
    if m is None:
        return False
    prep = m.group(1).lower()
    return prep in _REPEATABLE and prep_before(tokens, first) == prep


def _in_and_list(text: str, group: Sequence[Unit]) -> bool:
    """The units gathered leftwards so far are joined by a bare "and" ("Latvia and Lithuania"): a unit
    before them after a comma is the list's first item ("Estonia, Latvia and Lithuania"), not an object."""
    return len(group) >= 2 and text[group[-1].end : group[-2].start].strip().lower() == "and"


def _starts_clause(tokens: Sequence[Token], unit: Unit) -> bool:
    """The actor is followed by a word that reads as its verb (lower-case, not a preposition or a
    conjunction): the subject of a new clause."""
    if unit.tok_end >= len(tokens):
        return False
    nxt = tokens[unit.tok_end]
    return (
        nxt.is_word
        and nxt.text[:1].islower()
        and nxt.norm not in PREPOSITIONS
        and nxt.norm not in ("and", "or")
    )


_PARTICLES = words("down up off out")
_ARTICLES = words("a an the")


def _object_of_verb(tokens: Sequence[Token], unit: Unit) -> bool:
    """The actor right after a lower-case word that reads as a verb (not an article or a preposition), or
    after an article that such a word (or a verb's particle) governs: "shot down a Syrian helicopter, and
    Turkey said ...", "detained the Belarusian soldiers, and Poland said ..."."""
    if unit.tok_start == 0:
        return False
    prev = tokens[unit.tok_start - 1]
    if prev.norm in _ARTICLES and unit.tok_start >= 2:
        verb = tokens[unit.tok_start - 2]
        return (
            verb.is_word
            and verb.text[:1].islower()
            and (verb.norm in _PARTICLES or verb.norm not in PREPOSITIONS)
            and verb.norm not in DETERMINERS
            and verb.norm not in ("and", "or", "both", "all", "of")
        )
    return (
        prev.is_word
        and prev.text[:1].islower()
        and prev.norm not in PREPOSITIONS
        and prev.norm not in DETERMINERS
        and prev.norm not in ("and", "or", "both", "all")
    )


def _list_has_and(text: str, units: Sequence[Unit], j: int, step: int, taken: int) -> bool:
    """A bare comma joins actors only in a list with "and": "X, Y and Z" (leftwards: one already joined)."""
    if step < 0:
        return taken >= 2 or bool(_TRAILING_AND.match(text[units[j + 1].end :]))
    k = j
    while 0 <= k + 1 < len(units):
        gap = text[units[k].end : units[k + 1].start]
        if not _CONJ_GAP.match(gap):
            return False
        if "and" in gap.lower() or "&" in gap:
            return True
        k += 1
    return False


_RELATIVE_AUX = words(
    "is are was were has have had been being will would shall can could may might also already now still "
    "continues continue continued to not"
)


def _relative_word(tokens: Sequence[Token], index: int) -> str | None:
    """The "which"/"who" that opens the relative clause whose verb is at ``index``, if any."""
    i = index - 1
    while i >= 0 and (tokens[i].norm in _RELATIVE_AUX or tokens[i].norm.endswith("ly")):
        i -= 1
    return tokens[i].norm if i >= 0 and tokens[i].norm in ("which", "who") else None


def _relative_antecedent(tokens: Sequence[Token], units: Sequence[Unit], index: int) -> Unit | None:
    """The actor a non-restrictive "which"/"who" clause is about, when the verb at ``index`` opens it: "the
    activity of the Alliance, which is moving forces towards our borders" (the Alliance moves them)."""
    i = index - 1
    while i >= 0 and (tokens[i].norm in _RELATIVE_AUX or tokens[i].norm.endswith("ly")):
        i -= 1
    if i < 2 or tokens[i].norm not in ("which", "who") or tokens[i - 1].norm != ",":
        return None
    return next((u for u in units if u.tok_end == i - 1 and u.kind != "pronoun"), None)


_PLACE_PREPOSITIONS = words("on in at near against over across into outside inside")
_NOUN_PHRASE_REACH = 5
_ACT_NOUNS = (
    "attack",
    "strike",
    "airstrike",
    "raid",
    "bombing",
    "bombardment",
    "shelling",
    "assault",
    "offensive",
    "operation",
    "invasion",
    "incursion",
    "barrage",
    "campaign",
    "blockade",
    "crackdown",
    "decision",
    "measure",
    "move",
    "sanction",
    "embargo",
    "ban",
    "deployment",
    "exercise",
    "drill",
)
"""Nouns of acts whose doer owns them ("the Russian strike", "Turkey's decision")."""


def _thing_antecedent(tokens: Sequence[Token], units: Sequence[Unit], index: int) -> int | None:
    """The head noun a "that"/"which" clause is about when the verb at ``index`` opens it and that noun is
    no actor: "the missile strike on Kyiv that killed five people" (the strike kills, not the one who
    condemned it). A place governed by a preposition right before the relative word is not its
    antecedent ("strike on Kyiv that ..." is about the strike); ``None`` when an actor is the antecedent
    or the clause is no relative."""
    i = index - 1
    while i >= 0 and (tokens[i].norm in _RELATIVE_AUX or tokens[i].norm.endswith("ly")):
        i -= 1
    if i < 2 or tokens[i].norm not in ("that", "which"):
        return None
    j = i - 1 if tokens[i - 1].norm != "," else i - 2
    unit = next((u for u in units if u.tok_start <= j < u.tok_end), None)
    if unit is not None:
        k = unit.tok_start - 1
        while k >= 0 and tokens[k].norm in ("the", "a", "an"):
            k -= 1
        if k < 1 or tokens[k].norm not in _PLACE_PREPOSITIONS:
            return None  # "It was Russia that ...", "the Alliance, which ...": the actor is the antecedent
        j = k - 1
    head = tokens[j] if j >= 0 else None
    if head is None or not head.is_word or head.norm in PREPOSITIONS or head.norm in DETERMINERS:
        return None
    if any(u.tok_start <= j < u.tok_end for u in units):
        return None
    return j


def _owner_of_noun(tokens: Sequence[Token], units: Sequence[Unit], head: int) -> list[Unit]:
    """The actor that owns the noun phrase ending at ``head``: "the Russian missile strike", "Israel's
    raid" (an actor among the few words before the noun, with no preposition between); none otherwise."""
    k = head - 1
    while (
        k >= 0 and head - k <= _NOUN_PHRASE_REACH and tokens[k].is_word and tokens[k].norm not in PREPOSITIONS
    ):
        if tokens[k].norm in ("the", "a", "an"):
            break
        k -= 1
    if not tokens[head].norm.startswith(_ACT_NOUNS):
        return []  # "a FARC camp that ...": the owner of a thing is not the doer of what the thing does
    inside = [u for u in units if k < u.tok_start and u.tok_end <= head and u.code and u.kind != "territory"]
    return inside[-1:]


_ASIDE_REACH = 5


def _and_then_aside(tokens: Sequence[Token], index: int) -> bool:
    """The verb at ``index`` follows "and" and a short aside set off by commas ("called the expulsions a
    provocation and, in response, ordered two Canadian diplomats to leave"): it shares the subject before."""
    if index < 4 or tokens[index - 1].norm != ",":
        return False
    for j in range(index - 2, max(0, index - 2 - _ASIDE_REACH), -1):
        if tokens[j].norm == ",":
            return j > 0 and tokens[j - 1].norm == "and" and j < index - 2
        if not tokens[j].is_word:
            return False
    return False


_ATTRIBUTION_TAIL = 4


def _attributed_before(tokens: Sequence[Token], units: Sequence[Unit], comma: int) -> Unit | None:
    """The sayer of a trailing attribution that ends at the comma ``comma``: "..., Palestinian officials
    said, accusing the US of blackmail" (the officials accuse, not the subject of what they report)."""
    for k in range(comma - 1, max(0, comma - 1 - _ATTRIBUTION_TAIL), -1):
        if tokens[k].norm == ",":
            return None
        if tokens[k].norm not in SPEECH_VERBS:
            continue
        sayer = next((u for u in reversed(units) if u.tok_end <= k and u.code), None)
        if sayer is None or k - sayer.tok_end > 1 or sayer.tok_start == 0:
            return None
        i = sayer.tok_start - 1
        while i > 0 and tokens[i].norm in ("the", "a"):
            i -= 1
        return sayer if tokens[i].norm == "," else None
    return None


_NAMER_REACH = 6
_NAMING_VERBS = ("call", "describ", "term", "brand", "label", "dub", "characteri")


def _namer(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> Unit | None:
    """The one who names an act in a free relative right before the verb: "in what Iran described as a war
    crime", "what Pakistan's leader called an act of war" - the actor between "what" and the verb, with
    only words between them (so "asked what to do, and called Putin" has none)."""
    if not trig.verbal or not tokens[trig.tok_start].norm.startswith(_NAMING_VERBS):
        return None
    for j in range(trig.tok_start - 1, max(-1, trig.tok_start - 1 - _NAMER_REACH), -1):
        if not tokens[j].is_word:
            return None
        if tokens[j].norm == "what":
            inside = [u for u in units if j < u.tok_start and u.tok_end <= trig.tok_start and u.code]
            return inside[-1] if inside else None
    return None


def _subject(
    text: str, tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger, verbal_before: Sequence[Trigger]
) -> list[Unit]:
    namer = _namer(tokens, units, trig)
    if namer is not None:
        return [namer]
    if (
        trig.tok_start > 2
        and tokens[trig.tok_start - 1].norm == ","
        and tokens[trig.tok_start].norm.endswith("ing")
        and (sayer := _attributed_before(tokens, units, trig.tok_start - 1)) is not None
    ):
        return [sayer]
    if (
        verbal_before
        and trig.tok_start > 0
        and tokens[trig.tok_start - 1].norm == ","
        and tokens[trig.tok_start].norm.endswith("ing")
    ):
        # "Beijing demanded that ..., warning that ...": the participle's subject is the sentence's
        return _subject(text, tokens, units, verbal_before[0], [])
    if (
        trig.tok_start > 1
        and tokens[trig.tok_start - 1].norm == ","
        and tokens[trig.tok_start].norm.endswith("ing")
    ):
        # "Russian troops left Estonia and Latvia today, completing a withdrawal": with no coded verb before,
        # the participle's subject is the sentence's first actor that no preposition governs (unless the
        # participle may belong to a reported clause: "said that a missile had fallen ..., killing two")
        first = next(
            (
                u
                for u in units
                if u.tok_end < trig.tok_start
                and u.kind != "territory"
                and (
                    prep_before(tokens, u) is None
                    or (trig.match.rule.event is EventType.ASSAULT and _attack_by(tokens, u))
                )
            ),
            None,
        )
        reported = any(t.norm == "that" or t.norm in SPEECH_VERBS for t in tokens[: trig.tok_start])
        if first is not None and first.code is not None and not reported:
            return _conjuncts(text, tokens, units, first, leftwards=False)
    listed = listed_subjects(text, tokens, units, trig)
    if listed:
        return listed  # "Lavrov, Kerry meet in Geneva": a headline lists its subjects with a bare comma
    reporter = _reporter_of_coordinated(text, tokens, units, trig)
    if reporter:
        return reporter
    if (
        verbal_before
        and trig.verbal
        and trig.tok_start > 0
        and (tokens[trig.tok_start - 1].norm == "and" or _and_then_aside(tokens, trig.tok_start))
        and not tokens[trig.tok_start].norm.endswith("ing")
    ):
        # "Allies denounced Moscow's recognition of ... South Ossetia ... and urged Russia to withdraw it": a
        # verb joined by "and" shares the subject of the verb before it
        finite = [p for p in verbal_before if not tokens[p.tok_start].norm.endswith("ing")] or verbal_before
        # (not a participle before it: "fired tear gas at monks marching in Yangon and detained 200 people")
        k = verbal_before.index(finite[-1])
        shared = _subject(text, tokens, units, verbal_before[k], verbal_before[:k])
        if shared:
            return shared
    antecedent = _relative_antecedent(tokens, units, trig.tok_start)
    if antecedent is not None:
        # "the museum of Aitmatov, who made a great contribution to ...": a name the dictionary lacks is
        # still the doer (no actor before it takes its place)
        if antecedent.code is not None:
            return [antecedent]
        if _relative_word(tokens, trig.tok_start) == "who":
            return []  # (a thing's name before "which" is no doer: the subject is looked for as usual)
    thing = (
        _thing_antecedent(tokens, units, trig.tok_start)
        if trig.match.rule.event is EventType.ASSAULT
        else None
    )
    if thing is not None:
        # "condemned the missile strike on Kyiv that killed five people": the strike is the clause's
        # subject, so its doer is the actor that owns it ("the Russian strike"), not one named before it
        return _owner_of_noun(tokens, units, thing)
    floor = max(clause_floor(tokens, trig.tok_start), trig.tok_start - SUBJECT_REACH)
    ends = [p.tok_end for p in verbal_before]  # in sentence order
    for unit in reversed([u for u in units if u.tok_end <= trig.tok_start and u.tok_start >= floor]):
        if unit.kind == "territory":
            continue  # "Crimea", "Donbas": where things happen, not who acts
        k = units.index(unit)
        if unit.code is None and k and units[k - 1].locative and _joined_by_and(tokens, units[k - 1], unit):
            continue  # "in Russia's Southern and Western military districts": a place, listed with a place
        prep = prep_before(tokens, unit)
        if (
            prep is not None
            and not (prep in _SUBORDINATORS and _right_before(tokens, unit, trig))
            and not (prep == "of" and _people_of(tokens, unit))
            and not (prep == "from" and _forces_from(tokens, unit))
            and not (prep == "by" and trig.match.rule.event is EventType.ASSAULT and _attack_by(tokens, unit))
        ):
            # "talks in Moscow"; but "after Colombian forces raided" (a clause's subject) and "officers of
            # the FSB detained" (people acting for an actor)
            continue
        if sidefix.object_before_and(tokens, units, unit, trig.tok_start):
            continue  # "Russian troops entered Georgia and shelled Gori": what "entered" acts on (s25)
        if _summoned_to(tokens, unit, trig):
            continue  # "summoned the Indian deputy high commissioner to lodge a protest": the summoner protests
        if _owner_in_object(tokens, unit, trig):
            continue  # "Allies raised Russia's aggressive actions and called on Moscow to ...": an object's owner
        participle = trig.tok_start == unit.tok_end + 2 and tokens[trig.tok_start].norm.endswith("ing")
        if (_parenthetical_speaker(tokens, unit) or _as_aside(tokens, unit)) and not participle:
            # "The SCO, the minister noted, stands ready to help": the SCO is the subject (but in
            # "..., officials said, accusing the US" the speaker is the subject of "accusing")
            continue
        if any(p.tok_start < unit.tok_start < p.tok_end for p in verbal_before):
            continue  # "summoned the Russian chargé to protest against ...": inside the verb before, its object
        last = bisect.bisect_right(ends, unit.tok_start)
        right_before_verb = unit.kind == "pronoun" and unit.tok_end == trig.tok_start and trig.verbal
        if last and _object_of(tokens, verbal_before[last - 1], unit) and not right_before_verb:
            continue  # (but "the troops it deployed": a pronoun right before its verb is its subject)
        if (
            trig.verbal
            and (not _is_passive(tokens, trig, units) or unit.code in _REPORTING_BODIES)
            and _said_in_between(tokens, unit, trig)
        ):
            # "Turkey said the aircraft had violated its airspace": the subject is "the aircraft"; "Police
            # said the teenage driver was killed": what was done was done to the driver, not to the police
            # who tell it (a state that says its village was shelled is the one hit, and stays)
            return []
        opened = _clause_between(tokens, unit, trig) if trig.verbal else None
        if opened is not None and _is_passive(tokens, trig, units):
            # "NATO ministers agreed ... that meetings of the NATO-Russia Council would be put on hold": what
            # the passive acts on is the clause's own subject (an actor "of" it), not the one who agreed (an
            # active verb's subject there may be the sayer's own: "Russia announced that some units are
            # returning to their bases")
            inside = [
                u
                for u in units
                if opened < u.tok_start
                and u.tok_end <= trig.tok_start
                and u.code
                and prep_before(tokens, u) == "of"
            ]
            return inside[:1]
        owner = _owner_and_its(tokens, units, unit)
        if owner is not None:
            return [owner]  # "Saudi Arabia and its Gulf allies attacked ...": the owner is the side named
        group = _conjuncts(text, tokens, units, unit, leftwards=True)
        return [*_fronted_partners(text, tokens, units, group[0]), *group]
    body = _body_of_the_meeting(tokens, units, trig, floor)
    if body is not None and not verbal_before:
        return [body]
    place = place_before(tokens, units, trig)
    if (
        place is not None
        and not verbal_before
        and trig.match.rule.event not in (EventType.ASSAULT, EventType.PROTEST)  # a bomb or a crowd there
        and not _place_of_a_meeting(tokens, place)
        and not fronted_scene(tokens, place)  # "In Helsinki, you said ..." (s38-actors)
    ):
        return [place]  # "A court in Guyana has issued ...": the place stands for its authorities
    return []


_APOSTROPHE_S = words("'s ’s")


def _owner_in_object(tokens: Sequence[Token], unit: Unit, trig: Trigger) -> bool:
    """ "Allies raised Russia's aggressive actions in Ukraine and called on Moscow to ...": for a verb joined
    by "and", an actor that owns the object of the verb before ("raised Russia's actions", a past-tense verb
    right before the owner) is not the subject; the search goes on to the clause's opening actor."""
    if trig.tok_start < 1 or tokens[trig.tok_start - 1].norm != "and" or not trig.verbal:
        return False
    if unit.tok_end >= len(tokens) or tokens[unit.tok_end].norm not in _APOSTROPHE_S:
        return False
    i = unit.tok_start - 1
    if i >= 0 and tokens[i].norm == "the":
        i -= 1
    return i >= 1 and tokens[i].is_word and len(tokens[i].norm) > 4 and tokens[i].norm.endswith("ed")


_ALONG = words("together along jointly")


def _fronted_partners(text: str, tokens: Sequence[Token], units: Sequence[Unit], first: Unit) -> list[Unit]:
    """The actors of a "together with X," that opens the clause right before the subject: "Together with
    President Erdogan, we discussed ...", "Along with Germany, France urged ..." (the partners act with
    the subject). Nothing when the phrase is not at the clause's start or names no known actor."""
    i = first.tok_start - 1
    if i < 3 or tokens[i].norm != ",":
        return []
    named = [u for u in units if u.tok_end == i and u.code is not None and u.code != first.code]
    if not named:
        return []
    partners = _conjuncts(text, tokens, units, named[0], leftwards=True)
    k = partners[0].tok_start - 1
    while k >= 0 and tokens[k].norm in ("the", "mr", "mrs", "ms", "my", "our", "colleagues", "colleague"):
        k -= 1
    if k < 1 or tokens[k].norm != "with" or tokens[k - 1].norm not in _ALONG:
        return []
    opener = k - 2
    if opener >= 0 and tokens[opener].norm not in (",", ";", ":", "and", "but"):
        return []  # "worked together with Germany, we ...": the phrase belongs to the clause before
    return [u for u in partners if u.code is not None]


_REPORTING = SPEECH_VERBS | words(
    "agree agrees agreed believe believes believed consider considers considered note noted "
    "recall recalls recalled recognise recognises recognised reiterate reiterates reiterated "
    "stress emphasise emphasised underline underlines acknowledge acknowledges acknowledged "
    "conclude concludes concluded state states stated declare declares declared say think thinks "
    "thought find finds found assess assesses assessed"
)
_IRREGULAR_PAST = words("said told thought found wrote felt held saw knew")
_SPOKEN_ACTS = frozenset(
    {
        EventType.REQUEST,
        EventType.ACCUSE,
        EventType.SUPPORT,
        EventType.REJECT,
        EventType.THREATEN,
        EventType.AGREE,
    }
)
_REPORT_REACH = 45
_CLAUSE_OPENERS = words("when if once unless until while because after before since as whereas")
_PEOPLE_SUBJECTS = words(
    "he she they we it parties sides leaders presidents ministers officials delegations countries states "
    "governments participants partners colleagues both"
)


def _opens_clause(tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` opens a clause inside a reported one; "as a matter of principle", "as an example" (a
    preposition before an indefinite article) opens none."""
    if tokens[k].norm not in _CLAUSE_OPENERS:
        return False
    return not (tokens[k].norm == "as" and k + 1 < len(tokens) and tokens[k + 1].norm in ("a", "an"))


def _verb_form(word: str) -> str:
    """A verb's form as its spelling shows it: "past" (urged, said), "s" (urges, says) or "base" (urge)."""
    if word in _IRREGULAR_PAST or word.endswith("ed"):
        return "past"
    if word.endswith("s") and not word.endswith("ss"):
        return "s"
    return "base"


def _reporter_of_coordinated(
    text: str, tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger
) -> list[Unit]:
    """A spoken act joined by "and" after a reported clause is the reporter's: "NATO said that Russia had
    violated the treaty and urged Moscow to return to compliance" (NATO urges), "Allies agree that Russia
    is in breach ..., and call on Russia to ..." — the verb has the form of the reporting verb ("said ...
    urged", "agree ... call"). Acts done in the world ("... and shelled the town") stay with the clause's
    subject. Empty when this does not apply."""
    i = trig.tok_start
    if not trig.verbal or trig.match.rule.event not in _SPOKEN_ACTS or i < 3:
        return []
    before = i - 1
    if tokens[before].norm in ("also", "further", "then", "again"):
        before -= 1
    if tokens[before].norm != "and":
        return []
    form = _verb_form(tokens[i].norm)
    floor = max(clause_floor(tokens, i), i - _REPORT_REACH)
    for r in range(before - 2, floor - 1, -1):
        word = tokens[r].norm
        if word not in _REPORTING or _verb_form(word) != form:
            continue
        opens = (
            tokens[r + 1].norm == "that"
            or any(u.tok_start == r + 1 for u in units)
            or (  # "emphasised the importance of respecting Syria's sovereignty and called for ...": a stress
                r + 2 < before and tokens[r + 1].norm == "the" and tokens[r + 2].norm in _STRESSED_NOUNS
            )
        )
        inside = [u for u in units if r < u.tok_start and u.tok_end <= before]
        if not opens or any(_opens_clause(tokens, k) for k in range(r + 1, before)):
            return []  # "said that when the US sorted out ... and offered ...": the "and" joins the inner clause
        if not inside and (
            tokens[before - 1].norm != "," or any(t.norm in _PEOPLE_SUBJECTS for t in tokens[r + 1 : before])
        ):
            # a clause naming no actor is closed by ", and" ("Mr Bush said that the new situation made such
            # treaties redundant, and proposed ..."); without the comma, or with people of its own ("said
            # that the parties had met, and agreed ..."), the "and" may join the clause's own verbs
            return []
        r_floor = clause_floor(tokens, r)
        for unit in reversed([u for u in units if u.tok_end <= r and u.tok_start >= r_floor]):
            if unit.kind == "territory" or prep_before(tokens, unit) is not None:
                continue
            # a reporter the dictionary cannot name ("The ministers noted that ...") leaves the old reading
            return _conjuncts(text, tokens, units, unit, leftwards=True) if unit.code is not None else []
        return []
    return []


def _owner_and_its(tokens: Sequence[Token], units: Sequence[Unit], unit: Unit) -> Unit | None:
    """The named actor of "X and its/their <unknown name> allies": an unknown capitalised word after the
    possessive ("Gulf", "Western", "Arab") names no actor of its own; the subject is X, the one the sentence
    names (``None`` when the unit is not such a word)."""
    i = unit.tok_start
    if unit.code is not None or unit.kind != "unknown" or i < 3:
        return None
    if tokens[i - 1].norm not in ("its", "their") or tokens[i - 2].norm != "and":
        return None
    return next((u for u in units if u.tok_end == i - 2 and u.code is not None), None)


def _summoned_to(tokens: Sequence[Token], unit: Unit, trig: Trigger) -> bool:
    """The unit is the envoy a verb of summoning calls in, and the trigger its purpose: "Pakistan's foreign
    office summoned the Indian deputy high commissioner to lodge a strong protest" (Pakistan protests)."""
    if trig.tok_start < 1 or tokens[trig.tok_start - 1].norm != "to" or trig.tok_start - unit.tok_end > 6:
        return False
    if any(not t.is_word for t in tokens[unit.tok_end : trig.tok_start]):
        return False
    return any(t.norm.startswith("summon") for t in tokens[max(0, unit.tok_start - 3) : unit.tok_start])


def _attack_by(tokens: Sequence[Token], unit: Unit) -> bool:
    """The unit is the agent of an attack noun that opens its clause: "An air strike by the Saudi-led
    coalition hit a wedding party ..., killing more than 20 people" (the coalition struck)."""
    i = unit.tok_start - 1
    while i >= 0 and tokens[i].norm in ("the", "a", "an"):
        i -= 1
    if i < 1 or tokens[i].norm != "by" or tokens[i - 1].norm not in _ATTACK_NOUNS:
        return False
    head = i - 1  # back to the start of the attack's noun phrase, which must open the clause
    while (
        head > 0 and tokens[head - 1].is_word and tokens[head - 1].norm not in PREPOSITIONS and i - head < 5
    ):
        head -= 1
    return head == clause_floor(tokens, head) or tokens[head - 1].norm == ","


def _parenthetical_speaker(tokens: Sequence[Token], unit: Unit) -> bool:
    """The unit is the speaker of an attribution set off by commas: ", the President stressed,"."""
    i = unit.tok_start - 1
    while i >= 0 and tokens[i].norm in ("the", "a", "an"):
        i -= 1
    j = unit.tok_end
    return (
        i >= 0
        and tokens[i].norm == ","
        and j + 1 < len(tokens)
        and tokens[j].norm in SPEECH_VERBS
        and tokens[j + 1].norm == ","
    )


_ASIDE_VERBS = words("know knows knew see saw remember recall said say understand")


def _as_aside(tokens: Sequence[Token], unit: Unit) -> bool:
    """The unit is the "we"/"you" of an aside set off by commas: "Washington, as we all know, has
    violated the treaty" (Washington is the subject, not the "we" who know it)."""
    i, j = unit.tok_start - 1, unit.tok_end
    if i < 1 or tokens[i].norm != "as" or tokens[i - 1].norm != ",":
        return False
    while j < len(tokens) and tokens[j].norm in ("all", "well", "already", "have", "has", "can", "may"):
        j += 1
    return j + 1 < len(tokens) and tokens[j].norm in _ASIDE_VERBS and tokens[j + 1].norm == ","


def _right_before(tokens: Sequence[Token], unit: Unit, trig: Trigger) -> bool:
    """Only auxiliaries and adverbs stand between the unit and the verb."""
    between = tokens[unit.tok_end : trig.tok_start]
    return len(between) <= 3 and all(t.norm in _AUX_ADVERBS or t.norm.endswith("ly") for t in between)


def _object_of(tokens: Sequence[Token], prev: Trigger, unit: Unit) -> bool:
    if prev.tok_end > unit.tok_start:
        return False
    return not any(tokens[i].norm in _OBJECT_BREAK for i in range(prev.tok_end, unit.tok_start))


def sayer_before(
    tokens: Sequence[Token], units: Sequence[Unit], index: int, verbs: frozenset[str] = SPEECH_VERBS
) -> Unit | None:
    """Who says what comes at token ``index``: the last coded actor before the last speech verb before it
    ("the Secretary General said Russia's actions ...")."""
    said = [i for i in range(index) if tokens[i].norm in verbs]
    if not said:
        return None
    # not across a semicolon ("Washington announced visa bans ...; the Foreign Ministry warned that ...")
    if any(tokens[i].norm == ";" for i in range(said[-1], index)):
        return None
    floor = next((i for i in range(said[-1] - 1, -1, -1) if tokens[i].norm == ";"), -1)
    before = [u for u in units if floor < u.tok_start and u.tok_end <= said[-1] and u.code]
    if len(before) > 1 and said[-1] > 0 and tokens[said[-1] - 1].norm == "and":
        # "India deployed troops to the border with China and warned that ...": the second verb's sayer is
        # the subject of the first, not the actor its object names
        return before[0]
    return before[-1] if before else None


def trailing_sayer(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> Unit | None:
    """The speaker of a trailing attribution after the trigger: "..., the Secretary General said."."""
    return sayer_after(tokens, units, trig.tok_end)


def sayer_after(tokens: Sequence[Token], units: Sequence[Unit], start: int) -> Unit | None:
    """The speaker of a trailing attribution at or after token ``start`` (see :func:`trailing_sayer`)."""
    for i in range(start, len(tokens)):
        if tokens[i].norm == "," and any(t.norm in SPEECH_VERBS for t in tokens[i + 1 : i + 8]):
            if i + 1 < len(tokens) and tokens[i + 1].norm in _RELATIVE_OPENERS:
                return None  # ", which Russia said was unacceptable": a relative clause, not an attribution
            return next((u for u in units if u.tok_start > i and u.code), None)
    return None


_RELATIVE_OPENERS = words("which who whom whose that where when")


_PEOPLE_OF = words(
    "officers officer members member troops soldiers agents staff employees representatives representative "
    "states countries nations allies "
    "officials official servicemen units personnel delegation banks governments leaders ministers "
    "column convoy contingent detachment group battalion company squadron flotilla "
    "ship ships vessel vessels frigate destroyer submarine crew crews commander command headquarters "
    "chief head deputy spokesman spokeswoman spokesperson director chairman secretaries envoys envoy "
    "negotiators ambassadors presidents premiers heads chiefs commanders spokesmen lawmakers "
    "parliamentarians legislators diplomats emissaries generals admirals inspectors monitors observers "
    "guards pilots sailors marines warships submarines aircraft jets planes bombers fighters helicopters drones "
    "brigade brigades"  # "a brigade of Cuban doctors and nurses" (s25)
)


_FORCES_FROM = _PEOPLE_OF | words(
    "jets aircraft fighters planes warplanes ships warships troops forces experts delegations diplomats"
)


def _forces_from(tokens: Sequence[Token], unit: Unit) -> bool:
    """ "fighter jets from Russia, Poland and Turkey took part": forces or people from an actor act for it."""
    i = unit.tok_start - 1
    return (
        unit.code is not None and i >= 1 and tokens[i].norm == "from" and tokens[i - 1].norm in _FORCES_FROM
    )


def _people_of(tokens: Sequence[Token], unit: Unit) -> bool:
    """ "officers of the Federal Security Service", "the patrol ship Pytlivy of the Black Sea Fleet": people
    and units of an actor (named or not) act for it."""
    i = unit.tok_start - 1
    while i >= 0 and tokens[i].norm in ("the", "a", "an"):
        i -= 1
    if i < 1 or tokens[i].norm != "of":
        return False
    if tokens[i - 1].norm in _PEOPLE_OF:
        return True
    j = i - 1  # a unit's own name between the noun and "of": "the frigate Admiral Makarov of ..."
    while j > max(0, i - 4) and tokens[j].is_word and tokens[j].text[:1].isupper():
        j -= 1
    return j < i - 1 and tokens[j].norm in _PEOPLE_OF


_REPORTING_BODIES = frozenset(
    {
        "police",
        "authorities",
        "judiciary",
        "medical workers",
        "doctors",
        "nurses",
        "rights groups",
        "journalists",
    }
)
"""Groups that report what was done to others ("police said a woman was killed"), rarely the ones it was
done to."""


def _said_in_between(tokens: Sequence[Token], unit: Unit, trig: Trigger) -> bool:
    """A speech verb between the actor and the verb, then a subject that is no actor: "X said the aircraft
    had violated ..." (the actor is the one who says it, not the one who did it)."""
    for i in range(unit.tok_end, trig.tok_start):
        if tokens[i].norm in _SAYING and tokens[i].norm.endswith(("said", "say", "says", "ed")):
            j = i + 1
            if j < trig.tok_start and tokens[j].norm == "that":
                j += 1
            lead = [t for t in tokens[j : trig.tok_start] if t.is_word]
            if len(lead) == 3 and lead[2].norm == "to" and lead[1].norm in _INTENT_NOUNS:
                return False  # "Russia announced a decision to pull out its troops": the announcer's own act
            return (len(lead) >= 2 and lead[0].norm in _NO_ACTOR_LEADS) or _counted_victims(lead)
    return False


_NUMBER_WORDS = words(
    "two three four five six seven eight nine ten eleven twelve dozens dozen scores hundreds thousands "
    "several many"
)


def _counted_victims(lead: Sequence[Token]) -> bool:
    """A count opens the reported clause: "Pakistani official says eight killed in Indian strikes", "Police
    say 12 injured": the ones counted were acted on, the sayer did nothing."""
    return bool(lead) and (lead[0].norm.isdigit() or lead[0].norm in _NUMBER_WORDS)


_NOT_CLAUSE_BEFORE = words("until of in on at to for with by from after before since into over about")
_NOT_CLAUSE_AFTER = words("they we you he she it i , this these those")


def _clause_between(tokens: Sequence[Token], unit: Unit, trig: Trigger) -> int | None:
    """Where a complement clause opens between the actor and the verb: "that" after a verb ("agreed ...
    that", "announced that") or after "and that", then words no actor stands in; ``None`` when none does."""
    if tokens[trig.tok_start - 1].norm == "and":
        return None  # "wrote that the talks were productive and expressed hope ...": the verb may be the writer's
    for k in range(trig.tok_start - 2, unit.tok_end, -1):
        if tokens[k].norm != "that":
            continue
        before, after = tokens[k - 1].norm, tokens[k + 1].norm
        if before in _NOT_CLAUSE_BEFORE or after in _NOT_CLAUSE_AFTER:
            return None  # "until that group yielded", "that they would continue", "that, by coordinating"
        opens = before == "and" or any(
            tokens[i].norm in _SAYING or tokens[i].norm.endswith("ed") for i in range(unit.tok_end, k)
        )
        # (not a relative "that": "the territories ... that were seized by Poland")
        return k if opens and after not in _RELATIVE_AUX and trig.tok_start - k >= 3 else None
    return None


_SAYING = SPEECH_VERBS | words("warned stated declared")
_STRESSED_NOUNS = words("importance need necessity")
_NO_ACTOR_LEADS = words("the a an this these those such any")
_INTENT_NOUNS = words("decision plan intention readiness willingness commitment determination")
"""Nouns whose "to" + verb is the act of the one who announces them ("announced a decision to ...")."""
