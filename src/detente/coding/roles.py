"""Coder stage 4, roles: the source and target of one trigger (:func:`assign_roles`).

The source is the subject — the nearest actor before the verb that is not after a preposition and not
the object of an earlier verb, with its conjuncts ("X and Y") — or, in the passive, the "by" agent; the
target is the first actor after the trigger (after a phrase's final preposition; places only for
visits). A noun trigger takes its possessor, "by" agent or the subject of its light verb. Meetings told
by their sides ("the two leaders discussed") take the meeting's sides. Each rule states its reason next
to it; the switches below were chosen by measurement on the gold sets.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from detente.coding.ontology import EventType
from detente.coding.patterns import (
    BE_FORMS,
    DETERMINERS,
    PREPOSITIONS,
    SCOPE_BREAK,
    Rule,
    Token,
    Trigger,
    answered_act,
    refused_to,
    words,
)
from detente.coding.units import Unit, antecedent

NEED_TARGET = True
"""A verb of a dyadic type (meeting, request, accusation, aid ...) codes an event only when it has a
target actor, unless its rule says the target is optional (measured: on official texts most such
target-less matches are not reports of an act between actors)."""
JOINT_FORUMS: dict[str, tuple[str, ...]] = {
    "NRC": ("NATO", "RUS"),
    "NUC": ("NATO", "UKR"),
    "NGC": ("NATO", "GEO"),
}
"""Bodies that are the meeting of their sides: "The NATO-Russia Council met at the level of ambassadors"
is a mutual CONSULT of NATO and Russia (whoever asked for it), and what the council does it does for both."""


def forum_sides(codes: Sequence[str]) -> tuple[str, ...]:
    """Actor codes with each joint forum replaced by its sides (``NRC`` → ``NATO``, ``RUS``)."""
    out: list[str] = []
    for code in codes:
        out.extend(JOINT_FORUMS.get(code, (code,)))
    return tuple(dict.fromkeys(out))


RELATION_NOUNS = words(
    "relations relationship ties cooperation contacts dialogue partnership interaction trade summit talks "
    "negotiations consultations"
)
"""Nouns of a relation between two sides: "Russian-Kazakh relations", "cooperation between Russia and X"."""
_HYPHEN_PAIR = re.compile(r"\s*[-\u2010\u2011\u2013\u2014]\s*")
_BETWEEN_PAIR = re.compile(r"\s+and\s+(?:the\s+)?")
_WORD = re.compile(r"[a-z]+")
_STATE_GROUPS = re.compile(r"\b(?:presidents|heads\s+of\s+state|prime\s+ministers|countries|states)\b", re.I)


def relation_sides(text: str, spans: Sequence[tuple[int, int, str, bool]]) -> tuple[str, ...]:
    """The two sides of the one bilateral relation a sentence names ("discussed Russian-Kazakh relations",
    "cooperation between Russia and Tajikistan was a topic of the talks"), for "the two leaders" when
    nothing else names the meeting's sides; ``()`` when it names none or more than one.

    ``spans``: the sentence's actor mentions as ``(start, end, code, is_state)``. When the sentence speaks
    of presidents, heads of state or countries, only a pair of states counts ("the Presidents discussed
    Russia-NATO relations" is a meeting of two states, not of Russia and NATO)."""
    found = relation_pair(text, spans, states_only=bool(_STATE_GROUPS.search(text)))
    return found[0] if found else ()


def relation_pair(
    text: str, spans: Sequence[tuple[int, int, str, bool]], *, states_only: bool = False
) -> tuple[tuple[str, ...], int] | None:
    """The one bilateral relation a sentence names, as its sorted pair of codes and the offset where its
    first side is named; ``None`` when it names none or more than one (see :func:`relation_sides`)."""
    pairs: dict[tuple[str, ...], int] = {}
    ordered = sorted(spans)
    for (s1, e1, c1, st1), (s2, e2, c2, st2) in itertools.pairwise(ordered):
        if c1 == c2 or (states_only and not (st1 and st2)):
            continue
        gap = text[e1:s2]
        before = _WORD.findall(text[max(0, s1 - 40) : s1].lower())
        after = _WORD.findall(text[e2 : e2 + 40].lower())
        hyphen = _HYPHEN_PAIR.fullmatch(gap) is not None and any(w in RELATION_NOUNS for w in after[:3])
        between = (
            _BETWEEN_PAIR.fullmatch(gap) is not None
            and (before[-1:] == ["between"] or before[-2:] == ["between", "the"])
            and any(w in RELATION_NOUNS for w in before[-5:])
        )
        if hyphen or between:
            pairs.setdefault(tuple(sorted((c1, c2))), s1)
    return next(iter(pairs.items())) if len(pairs) == 1 else None


LIGHT_VERB_SUBJECTS = True
"""A noun trigger with no owner or agent takes the subject of the verb whose object it is ("X completed its
withdrawal from Y", "X announced new aid for Y"): measured on the dev and proxy gold sets."""
SUBJECT_REACH = 40
"""Tokens before a verb searched for its subject."""

_DYADIC = frozenset({EventType.CONSULT, EventType.SUPPORT, EventType.AID, EventType.COOPERATE})
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
_PLACE_PREPS = frozenset(
    {"in", "near", "around", "across", "throughout", "inside", "outside", "within", "over"}
)
_ATTRIBUTION = frozenset(
    {"said", "says", "told", "reported", "reports", "according", "announced"}
    | {"saying", "stressing", "noting", "adding", "emphasising", "underlining", "arguing", "insisting"}
)
_QUANTITY = words(
    "hundreds thousands dozens tens millions some many most all none one two three four five six seven "
    "eight nine ten several scores number numbers group groups members member part"
)
_PARTICIPLE_IRREGULAR = words(
    "held met taken given broken sent shot seized struck blown made led fought hit cut put frozen drawn "
    "thrown beaten built kept sold won withdrawn"
)
_TARGET_PREPOSITIONS = words("with against on upon about between into towards toward at over from")
"""A phrase ending in one of these ("discuss * with", "impose * sanctions on") has its target after it;
not "to", "for", "of", whose phrases put the target in the gap ("urge X to", "blame X for")."""
_LIGHT_VERBS = words(
    "announce announces announced make makes made take takes took carry carries carried conduct conducts "
    "conducted complete completes completed launch launches launched stage stages staged hold holds held give "
    "gives gave offer offers offered provide provides provided begin begins began start starts started "
    "continue continues continued wage wages waged"
)
_PARTICIPLE_PREPS = words("for in over after since during on at without ago")
_DIRECTIONS = words(
    "eastern western northern southern central north south east west northeastern northwestern southeastern "
    "southwestern"
)
_TOPIC_NOUNS = words(
    "relations relationship ties cooperation contacts dialogue partnership interaction links integration"
)
_ATTACK_NOUNS = words(
    "strike strikes air-strike air-strikes attack attacks raid raids bombing bombardment shelling offensive "
    "operation ambush assault"
)
CONSEQUENCES = words("prompting sparking triggering provoking drawing")
"""Participles after a comma that tell what an act led to: the actor after them reacts to it."""
_SUBORDINATORS = words("after before since until as while when because although though once unless if")
_AUX_ADVERBS = words("has have had was were is are be been will would could also then later reportedly had")
_BETWEEN_ACTORS = frozenset(
    {
        EventType.THREATEN,
        EventType.ACCUSE,
        EventType.REQUEST,
        EventType.REJECT,
        EventType.SUPPORT,
        EventType.AGREE,
        EventType.SANCTION,
        EventType.CONSULT,
        EventType.COOPERATE,
        EventType.AID,
        EventType.CONCEDE,
        EventType.MOBILIZE,
    }
)
"""Acts one actor directs at another: their target is never the source itself."""
SPEECH_VERBS = words(
    "added adds announced announces called claimed claims confirmed confirms emphasised emphasises "
    "insisted insists noted notes pointed reported reports said say says stressed stresses tells told "
    "underlined writes wrote"
)
"""Verbs that report speech: a trailing or parenthetical speaker, and who calls another a partner."""
_POSSESSIVE = words("its their our his her my your")
_SUBJECT_WORDS = words("it this that there they people who which what one someone everyone nobody")
_CROWD = re.compile(r"protest|demonstrator|rioter|crowd|mob\b", re.I)
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


# ----------------------------------------------------------------------------------------------- values


@dataclass(frozen=True, slots=True)
class Roles:
    """Who did it to whom, and where those words are."""

    source: tuple[str, ...]
    target: tuple[str, ...]
    span: tuple[int, int]
    mutual: bool = False
    named: bool = False
    crowd: bool = False
    """The source is a crowd ("protesters", "a Ukrainian protestor"): its violence is a riot."""
    """Both roles are held by names, some unknown to the dictionary ("Arnor restored ties with Gondor"):
    an event between actors that cannot be coded, kept (with empty actor lists when none is known)."""


def clause_floor(tokens: Sequence[Token], index: int) -> int:
    i = index - 1
    while i >= 0 and tokens[i].norm not in (";", ":"):
        i -= 1
    return i + 1


def prep_before(tokens: Sequence[Token], unit: Unit) -> str | None:
    i = unit.tok_start - 1
    while i >= 0 and (tokens[i].norm in ("the", "a", "an", "both", "all") or tokens[i].norm in _DIRECTIONS):
        i -= 1
    if i >= 0 and tokens[i].norm in PREPOSITIONS:
        if tokens[i].norm == "of" and i > 0 and tokens[i - 1].norm in _QUANTITY:
            return None  # "hundreds of UN troops": the troops are the subject
        return tokens[i].norm
    return None


def is_place(tokens: Sequence[Token], unit: Unit) -> bool:
    """A place rather than an actor: after "in", "near", "across" ... ("talks in Moscow"); but an
    organisation one takes part in is none ("participation in the CIS", "membership in NATO")."""
    if unit.kind == "pronoun" or prep_before(tokens, unit) not in _PLACE_PREPS:
        return False
    if unit.kind == "org":
        i = unit.tok_start - 1
        while i > 0 and tokens[i].norm in ("the", "in", "a", "an"):
            i -= 1
        return tokens[i].norm not in _MEMBERSHIP
    return True


def where_it_happened(tokens: Sequence[Token], unit: Unit) -> bool:
    """A place (:func:`is_place`), also when named as a town's country ("in Naivasha, Kenya") or as the
    whole a part of a place belongs to ("in a mainly Shi'ite district of Baghdad"): where an act happened,
    not whom it was aimed at."""
    if unit.kind == "pronoun":
        return False
    prep = prep_before(tokens, unit)
    return (
        is_place(tokens, unit)
        or (prep == "of" and _part_of_a_place(tokens, unit))
        or (prep is None and _country_of_a_town(tokens, unit))
    )


_PLACE_PARTS = words(
    "district districts province provinces city town village suburb suburbs outskirts centre center heart "
    "streets neighbourhood neighborhood quarter"
)


def _part_of_a_place(tokens: Sequence[Token], unit: Unit) -> bool:
    """The unit follows "<part of a place> of" inside a place phrase: "in a mainly Shi'ite district of
    Baghdad", "on the outskirts of Marib", "in the centre of Tallinn" (where, not who)."""
    i = unit.tok_start - 1
    while i >= 0 and tokens[i].norm in ("the", "a", "an"):
        i -= 1
    if i < 1 or tokens[i].norm != "of" or tokens[i - 1].norm not in _PLACE_PARTS:
        return False
    for k in range(i - 2, max(-1, i - 10), -1):
        if tokens[k].norm in _PLACE_PREPS or tokens[k].norm in ("on", "at"):
            return True
        if tokens[k].norm in SCOPE_BREAK or tokens[k].norm in (",", ";", ":"):
            return False
    return False


def _country_of_a_town(tokens: Sequence[Token], unit: Unit) -> bool:
    """The unit follows a town named after a place preposition and a comma: "in Naivasha, Kenya", "in
    Merida, Mexico" (the town's country, also where)."""
    i = unit.tok_start - 1
    if i < 2 or tokens[i].norm != ",":
        return False
    k = i - 1
    while k > 0 and i - k <= 3 and tokens[k].text[:1].isupper():
        k -= 1
    return k < i - 1 and tokens[k].norm in _PLACE_PREPS


_MEMBERSHIP = words("participation membership accession integration role seat presence involvement")


_STATIVE_PARTICIPLES = words(
    "prepared determined committed resolved interested concerned disappointed alarmed worried pleased "
    "satisfied convinced opposed dedicated open keen forced compelled obliged"
)


def _is_passive(tokens: Sequence[Token], trig: Trigger, units: Sequence[Unit] = ()) -> bool:
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
    ):
        return True  # "an attack carried out by", "civilians killed by"
    for i in range(trig.tok_start - 1, max(-1, trig.tok_start - 4), -1):
        if tokens[i].norm == "'s" and i < trig.tok_start - 1:
            continue  # "Somalia's president appealed": a possessive, not "is"
        if tokens[i].norm in BE_FORMS or tokens[i].norm in ("get", "got", "gets"):
            return True
        if not tokens[i].is_word:
            return False
    return _coordinated_passive(tokens, trig.tok_start)


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
            and not _forces_from(tokens, units[j])
            and not (prep_before(tokens, units[j]) == "of" and _people_of(tokens, units[j]))
        ):
            break  # (but "jets from Russia, Poland and Turkey": the list's first item)
        if leftwards and "," in gap and _object_of_verb(tokens, units[j]) and not _in_and_list(text, group):
            break  # "Russian jets violated Turkish airspace, and Allies condemn": an object, not a list
        if not leftwards and "," in gap and _starts_clause(tokens, units[j]):
            break  # "violated Turkish airspace, and Allies condemn ...": a new clause, not a list
        group.append(units[j])
        j += step
    return group if not leftwards else list(reversed(group))


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


def _object_of_verb(tokens: Sequence[Token], unit: Unit) -> bool:
    """The actor right after a lower-case word that reads as a verb (not an article or a preposition)."""
    if unit.tok_start == 0:
        return False
    prev = tokens[unit.tok_start - 1]
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


def _named(units: Sequence[Unit]) -> bool:
    """Whether a role is held by a name (known or not), not by an unresolved pronoun."""
    return any(u.code is not None or (u.kind == "unknown" and not u.locative) for u in units)


def _codes(units: Sequence[Unit]) -> tuple[str, ...]:
    out: list[str] = []
    for u in units:
        if u.code is not None and u.code not in out:
            out.append(u.code)
    return tuple(out)


_RELATIVE_AUX = words(
    "is are was were has have had been being will would shall can could may might also already now still "
    "continues continue continued to not"
)


def _relative_antecedent(tokens: Sequence[Token], units: Sequence[Unit], index: int) -> Unit | None:
    """The actor a non-restrictive "which"/"who" clause is about, when the verb at ``index`` opens it: "the
    activity of the Alliance, which is moving forces towards our borders" (the Alliance moves them)."""
    i = index - 1
    while i >= 0 and (tokens[i].norm in _RELATIVE_AUX or tokens[i].norm.endswith("ly")):
        i -= 1
    if i < 2 or tokens[i].norm not in ("which", "who") or tokens[i - 1].norm != ",":
        return None
    return next((u for u in units if u.tok_end == i - 1 and u.code is not None and u.kind != "pronoun"), None)


def _subject(
    text: str, tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger, verbal_before: Sequence[Trigger]
) -> list[Unit]:
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
    if (
        verbal_before
        and trig.verbal
        and trig.tok_start > 0
        and tokens[trig.tok_start - 1].norm == "and"
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
        return [antecedent]
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
        if _summoned_to(tokens, unit, trig):
            continue  # "summoned the Indian deputy high commissioner to lodge a protest": the summoner protests
        participle = trig.tok_start == unit.tok_end + 2 and tokens[trig.tok_start].norm.endswith("ing")
        if _parenthetical_speaker(tokens, unit) and not participle:
            # "The CSTO, the President stressed, is ready to cooperate": the CSTO is the subject (but in
            # "..., officials said, accusing the US" the speaker is the subject of "accusing")
            continue
        if any(p.tok_start < unit.tok_start < p.tok_end for p in verbal_before):
            continue  # "summoned the Russian chargé to protest against ...": inside the verb before, its object
        last = bisect.bisect_right(ends, unit.tok_start)
        right_before_verb = unit.kind == "pronoun" and unit.tok_end == trig.tok_start and trig.verbal
        if last and _object_of(tokens, verbal_before[last - 1], unit) and not right_before_verb:
            continue  # (but "the troops it deployed": a pronoun right before its verb is its subject)
        if trig.verbal and not _is_passive(tokens, trig, units) and _said_in_between(tokens, unit, trig):
            return []  # "Turkey said the aircraft had violated its airspace": the subject is "the aircraft"
        return _conjuncts(text, tokens, units, unit, leftwards=True)
    body = _body_of_the_meeting(tokens, units, trig, floor)
    if body is not None and not verbal_before:
        return [body]
    place = place_before(tokens, units, trig)
    if (
        place is not None
        and not verbal_before
        and trig.match.rule.event not in (EventType.ASSAULT, EventType.PROTEST)  # a bomb or a crowd there
        and not _place_of_a_meeting(tokens, place)
    ):
        return [place]  # "A court in Guyana has issued ...": the place stands for its authorities
    return []


def place_before(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> Unit | None:
    """The first coded place named in the trigger's clause before it ("A court in Guyana has issued ...",
    "A car bomb ripped through a checkpoint in Ankara, killing ..."); a region is none ("in central
    Istanbul" is a city's part, never a state's act)."""
    floor = max(clause_floor(tokens, trig.tok_start), trig.tok_start - SUBJECT_REACH)
    return next(
        (
            u
            for u in units
            if floor <= u.tok_start
            and u.tok_end <= trig.tok_start
            and is_place(tokens, u)
            and u.kind != "territory"
            and u.code is not None
        ),
        None,
    )


def _body_of_the_meeting(
    tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger, floor: int
) -> Unit | None:
    """The organisation whose meeting frames a clause with no subject named: "At the NRC summit in Lisbon,
    leaders agreed ..." (the council's sides agreed), "During the NATO meeting, ministers decided ..."."""
    for unit in units:
        if unit.tok_start < floor or unit.tok_end >= trig.tok_start:
            break
        if (
            unit.kind == "org"
            and unit.code is not None
            and tokens[unit.tok_end].norm in _MEETING_NAMES
            and unit.tok_start >= 2
            and tokens[unit.tok_start - 1].norm == "the"
            and tokens[unit.tok_start - 2].norm in ("at", "during")
        ):
            return unit
    return None


def _struck_there(tokens: Sequence[Token], place: Unit, trig: Trigger) -> bool:
    """The place is where the attack told right after it struck: within a dozen words, no clause break
    or "to"/"that" between ("A car bomb ripped through a checkpoint in Ankara, killing ...")."""
    between = [t.norm for t in tokens[place.tok_end : trig.tok_start]]
    return len(between) <= 12 and not any(
        n in SCOPE_BREAK or n in ("to", "that", "which", "because", "if") for n in between
    )


def _place_of_a_meeting(tokens: Sequence[Token], unit: Unit) -> bool:
    """The place is where a meeting or a signing was held: "At the NRC summit in Lisbon, leaders agreed
    ...", "During talks in Geneva, ..." (the host is not who acts); within the few words before it."""
    i = unit.tok_start - 1
    while i >= 0 and tokens[i].norm in PREPOSITIONS | {"the", "a", "an"} | _DIRECTIONS:
        i -= 1
    return i >= 0 and (tokens[i].norm in _MEETING_NAMES or tokens[i].norm in _MEETING_NOUNS)


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


def _right_before(tokens: Sequence[Token], unit: Unit, trig: Trigger) -> bool:
    """Only auxiliaries and adverbs stand between the unit and the verb."""
    between = tokens[unit.tok_end : trig.tok_start]
    return len(between) <= 3 and all(t.norm in _AUX_ADVERBS or t.norm.endswith("ly") for t in between)


def _object_of(tokens: Sequence[Token], prev: Trigger, unit: Unit) -> bool:
    if prev.tok_end > unit.tok_start:
        return False
    return not any(tokens[i].norm in _OBJECT_BREAK for i in range(prev.tok_end, unit.tok_start))


def _after(
    text: str,
    tokens: Sequence[Token],
    units: Sequence[Unit],
    trig: Trigger,
    *,
    place: bool,
    exclude: Sequence[Unit] = (),
    limit: int = 20,
) -> list[Unit]:
    gapped = any(el.kind in ("gap", "longgap") for el in trig.match.phrase.elements)
    # "expelled two NATO diplomats", "the expulsion of 23 Russian diplomats": the object inside the phrase
    first = trig.tok_start + 1 if trig.verbal or gapped else trig.tok_end
    if trig.verbal and _ends_in_preposition(trig):
        first = trig.tok_end  # "discussed Russia's relations with Italy": the target follows "with"
    last_place: Unit | None = None
    for unit in units:
        if unit.tok_start < first or unit in exclude:
            continue
        if unit.kind in ("group", "participants") and unit.tok_end <= trig.tok_end:
            continue  # "deployed troops", "attended the meeting of ...": the phrase's own object is no target
        if gapped and _owner_in_gap(tokens, units, trig, unit):
            continue  # "expressed the Russian people's solidarity with Americans": the owner is not the target
        if unit.kind == "group" and unit.tok_start > 0 and tokens[unit.tok_start - 1].norm in _POSSESSIVE:
            continue  # "agreed to withdraw its troops from Georgia": the subject's own forces
        if unit.code == "military" and trig.match.rule.event in (EventType.RETREAT, EventType.MOBILIZE):
            continue  # "pulled back troops", "deployed soldiers": the actor's own forces
        if unit.tok_start - trig.tok_end > limit:
            break
        between = [tokens[i].norm for i in range(trig.tok_end, max(trig.tok_end, unit.tok_start))]
        if any(n in SCOPE_BREAK or n in _ATTRIBUTION for n in between):
            break
        if any(a == "," and b in CONSEQUENCES for a, b in itertools.pairwise(between)):
            break  # "test-fired seven missiles ..., prompting Japan to bar ...": who reacts, not the target
        if trig.match.rule.event is EventType.CONSULT and _purpose_before(between):
            break  # "met in Brussels to discuss new sanctions against Russia": Russia is the topic
        if "," in between and _subordinate_before(tokens, trig):
            break  # "As NATO aircraft began striking targets in Yugoslavia, Russia suspended ...": the next clause
        if (unit.tok_start > 0 and tokens[unit.tok_start - 1].norm in _TIME_PREPOSITIONS) or (
            unit.tok_start > 1
            and tokens[unit.tok_start - 1].norm == "the"
            and tokens[unit.tok_start - 2].norm in _TIME_PREPOSITIONS
        ):
            continue  # "the first meeting since the Kosovo crisis": a time reference
        if _names_a_meeting(tokens, unit):
            continue  # "pledged at the Washington summit to provide ... to Ukraine": the summit's name
        if not place and is_place(tokens, unit) and not _named_by_phrase(tokens, trig, unit):
            last_place = unit
            continue
        if not place and last_place is not None and _joined(tokens, last_place, unit):
            last_place = unit
            continue  # "in Poland and the Czech Republic": both are places
        if unit.kind == "unknown" and unit.tok_start - trig.tok_end > 2:
            continue
        if _trailing_speaker(tokens, units, unit):
            break  # "..., Kremlin spokesman Dmitry Peskov insisted": who says it, not the target
        named = _regions_named(tokens, units, unit)
        return _conjuncts(text, tokens, units, named or unit, leftwards=False)
    return []


_REGION_NOUNS = words("region regions republics republic provinces province territories entities")


def _regions_named(tokens: Sequence[Token], units: Sequence[Unit], unit: Unit) -> Unit | None:
    """The regions a state's phrase goes on to name: "Georgia's breakaway regions of Abkhazia and South
    Ossetia" (the regions are who is recognised, not Georgia)."""
    i = unit.tok_end
    if i >= len(tokens) or tokens[i].norm not in ("'s", "’s"):
        return None
    for j in range(i + 1, min(len(tokens) - 1, i + 5)):
        if tokens[j].norm in _REGION_NOUNS and tokens[j + 1].norm == "of":
            return next((u for u in units if u.tok_start in (j + 2, j + 3) and u.code is not None), None)
    return None


_TIME_PREPOSITIONS = frozenset({"since", "until", "till", "before", "after", "during"})
_SUBORDINATORS_AT_START = frozenset(
    {"as", "when", "after", "since", "because", "while", "if", "although", "once"}
)


def _subordinate_before(tokens: Sequence[Token], trig: Trigger) -> bool:
    """The trigger stands in an opening subordinate clause ("As NATO aircraft began striking ..., Russia
    ..."): a comma after it ends the clause, and what follows belongs to the main one."""
    floor = clause_floor(tokens, trig.tok_start)
    head = next((i for i in range(floor, trig.tok_start) if tokens[i].is_word), None)
    return (
        head is not None
        and tokens[head].norm in _SUBORDINATORS_AT_START
        and not any(t.norm == "," for t in tokens[head : trig.tok_start])
    )


_MEETING_NAMES = words("summit summits meeting conference talks format declaration process forum")


_HELD_WORDS = words("place held closed included covered ranged")
"""Words of meeting phrases that only say a meeting was held or what it covered ("took place", "was
closed to the press", "Other subjects of discussion included ...")."""


def _evaluative_phrase(trig: Trigger) -> bool:
    """A meeting phrase that tells how the meeting went ("were frank"), not only that it was held."""
    return not any(el.words & _HELD_WORDS for el in trig.match.phrase.elements)


def _of_a_meeting(tokens: Sequence[Token], units: Sequence[Unit], unit: Unit) -> bool:
    """The actor (first of a list) only names who meets: "the summit of Russia, China, France ... will play
    an important role"."""
    i = unit.tok_start - 1
    while i > 0:
        inside = next((u for u in units if u.tok_start <= i < u.tok_end), None)
        if inside is not None:
            i = inside.tok_start - 1
        elif tokens[i].norm in ("the", ",", "and"):
            i -= 1
        else:
            break
    return i > 0 and tokens[i].norm == "of" and tokens[i - 1].norm in _MEETING_NAMES


def _names_a_meeting(tokens: Sequence[Token], unit: Unit) -> bool:
    """The actor's name only names a meeting or text: "the Washington summit", "the Minsk format"."""
    return (
        unit.tok_start > 0
        and tokens[unit.tok_start - 1].norm == "the"
        and unit.tok_end < len(tokens)
        and tokens[unit.tok_end].norm in _MEETING_NAMES
        and unit.kind in ("metonym", "state", "unknown", "territory")  # "the Sochi summit"
    )


def _joined_by_and(tokens: Sequence[Token], left: Unit, right: Unit) -> bool:
    """Two units joined by "and"/"or" ("Southern and Western"), not by a bare comma."""
    between = [t.norm for t in tokens[left.tok_end : right.tok_start]]
    return between in (["and"], ["or"], ["and", "the"], ["or", "the"])


def _joined(tokens: Sequence[Token], left: Unit, right: Unit) -> bool:
    between = [t.norm for t in tokens[left.tok_end : right.tok_start]]
    return bool(between) and all(w in ("and", "or", ",", "the") for w in between)


_PURPOSES = words("discuss consider review examine decide prepare agree coordinate assess debate")


def _purpose_before(between: Sequence[str]) -> bool:
    return any(
        w == "to" and k + 1 < len(between) and between[k + 1] in _PURPOSES for k, w in enumerate(between)
    )


_FORCE_NOUNS = words(
    "troops forces army armies military navy fleet soldiers servicemen units battalions brigades contingent "
    "contingents garrison paratroopers marines"
)


def _forces_owner(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> list[Unit]:
    """Named actors inside a MOBILIZE or RETREAT verb phrase that own the forces it moves: "Russian troops"
    (a demonym before a force noun) or "the forces of the Russian Army" (after "forces of")."""
    if trig.match.rule.event not in (EventType.MOBILIZE, EventType.RETREAT):
        return []
    out = []
    for u in units:
        if not (trig.tok_start < u.tok_start < trig.tok_end) or u.code is None:
            continue
        if u.kind not in ("state", "demonym", "metonym", "org"):
            continue
        last = tokens[u.tok_end - 1].norm
        before = [t.norm for t in tokens[max(0, u.tok_start - 3) : u.tok_start] if t.norm != "the"]
        if last in _FORCE_NOUNS or (len(before) >= 2 and before[-1] == "of" and before[-2] in _FORCE_NOUNS):
            out.append(u)
    return out


def _owner_in_gap(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger, unit: Unit) -> bool:
    """A possessor inside a phrase's gap, when the phrase names its recipient after it ("with X")."""
    if not (trig.tok_start < unit.tok_start and unit.tok_end < trig.tok_end):
        return False
    if tokens[unit.tok_end].norm not in ("'s", "'"):
        return False
    return any(
        u.tok_start >= trig.tok_end
        and u.tok_start > 0
        and tokens[u.tok_start - 1].norm in ("with", "to", "for")
        for u in units
    )


def _trailing_speaker(tokens: Sequence[Token], units: Sequence[Unit], unit: Unit) -> bool:
    """The unit opens a trailing attribution after a comma ("..., officials said", "..., the Kremlin
    spokesman insisted"): the names that follow it, then a speech verb."""
    i = unit.tok_start - 1
    while i >= 0 and tokens[i].norm in ("the", "a", "an"):
        i -= 1
    if i < 0 or tokens[i].norm != ",":
        return False
    j = unit.tok_end
    for other in units:
        if other.tok_start == j:
            j = other.tok_end
    return j < len(tokens) and tokens[j].norm in SPEECH_VERBS


def _topic_preposition(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A gap phrase whose final preposition belongs to a topic noun in the gap, not to the verb:
    "discussed Russia's relations with the EU" (the EU is part of the topic, not the one met)."""
    if not (trig.verbal and _ends_in_preposition(trig)) or trig.tok_end - trig.tok_start < 3:
        return False
    return tokens[trig.tok_end - 2].norm in _TOPIC_NOUNS


_ACT_NOUNS = words(
    "attack attacks annexation seizure seizures invasion aggression violation violations killing killings "
    "bombing bombings shelling downing detention detentions arrest arrests poisoning hostage-taking "
    "occupation intervention incursion incursions build-up buildup deployment deployments strike strikes "
    "abduction kidnapping massacre crackdown expulsion expulsions decision actions action behaviour"
)
_DOER_VERBS = words(
    "launched carried committed conducted staged perpetrated made took carried-out ordered began started"
)


def _act_agent(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> Unit | None:
    """Who did the act named right after an accusation's verb: its owner ("Russia's attack"), its "by X"
    agent ("the seizure of hostages by Chechen rebels") or the subject of a relative clause ("the attack
    on Ukraine that Russia launched"); ``None`` when the object is no act or its doer is not named."""
    for j in range(trig.tok_end, min(len(tokens), trig.tok_end + 6)):
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
            if here in SCOPE_BREAK or here in (";", ":", ","):
                return None
            if here == "by" or (here in ("that", "which") and k + 2 < len(tokens)):
                doer = next((u for u in units if k < u.tok_start <= k + 3 and u.code is not None), None)
                if doer is None:
                    continue
                if (
                    here == "by"
                    or tokens[doer.tok_end].norm in _DOER_VERBS
                    or tokens[doer.tok_end].norm
                    in (
                        "has",
                        "had",
                    )
                ):
                    return doer
        return None
    return None


_INTENT_NOUNS = words(
    "attempt attempts decision decisions plan plans bid bids efforts effort move moves intention intentions "
    "readiness willingness refusal threat threats order orders"
)


def _owner_of_intent(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> list[Unit]:
    """The owner of the plan a verb belongs to: "Russia's attempt to annex the peninsula", "the US
    decision to withdraw" — the subject of "annex" is Russia, whoever the sentence's subject is."""
    i = trig.tok_start
    while i > 1 and tokens[i - 1].norm in ("'", "‘", '"', "“"):
        i -= 1  # "the decision to 'suspend' ..."
    if i < 2 or tokens[i - 1].norm != "to":
        return []
    if tokens[i - 2].norm not in _INTENT_NOUNS:
        agent = next((u for u in units if u.tok_end == i - 1 and u.code is not None), None)
        if agent is None or prep_before(tokens, agent) != "by":
            return []
        k = agent.tok_start - 1  # "the decision by the Russian Federation to terminate ...": the agent's plan
        while k > 0 and tokens[k].norm in ("by", "the"):
            k -= 1
        return [agent] if tokens[k].norm in _INTENT_NOUNS else []
    if i >= 3 and tokens[i - 3].norm in ("its", "their"):
        # "call on Russia to reconsider its decision to suspend ...": whose decision is the actor before
        before = [u for u in units if u.tok_end <= i - 3 and u.code is not None]
        return before[-1:]
    # "Russia's illegal and illegitimate attempt to annex": the owner may stand past a few adjectives
    owner = possessor(tokens, units, i - 2, reach=6)
    return [owner] if owner is not None and owner.code is not None else []


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


def _named_by_phrase(tokens: Sequence[Token], trig: Trigger, unit: Unit) -> bool:
    """The phrase itself ends in the preposition before the actor ("military build-up near X",
    "deployment of troops along X"): the actor is its target, not where it happened."""
    last = trig.match.phrase.elements[-1]
    return (
        not trig.verbal
        and unit.tok_start == trig.tok_end
        and last.kind == "word"
        and tokens[trig.tok_end - 1].norm in last.words
    )


def _ends_in_preposition(trig: Trigger) -> bool:
    last = trig.match.phrase.elements[-1]
    return last.kind == "word" and bool(last.words) and last.words <= _TARGET_PREPOSITIONS


def by_agent(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger, limit: int = 12) -> Unit | None:
    for unit in units:
        if unit.tok_start < trig.tok_end or unit.tok_start - trig.tok_end > limit:
            continue
        if any(tokens[i].norm in SCOPE_BREAK for i in range(trig.tok_end, unit.tok_start)):
            return None
        if prep_before(tokens, unit) == "by" or _by_armed(tokens, unit):
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
            return unit  # "was signed on behalf of the Russian Federation"
        if _fired_from(tokens, trig, unit):
            return unit  # "shot down by a missile fired from a Turkish F-16": whoever fired it
    return None


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
    "two three four five six seven eight nine ten several dozens hundreds"
)


def _by_armed(tokens: Sequence[Token], unit: Unit) -> bool:
    """ "by armed Chechen rebels", "by masked pro-Russian gunmen", "by three Russian cruise missiles": an
    agent after describing words or a count."""
    i = unit.tok_start - 1
    while i >= 0 and (tokens[i].norm in _AGENT_ADJECTIVES or tokens[i].norm.isdigit()):
        i -= 1
    return i < unit.tok_start - 1 and i >= 0 and tokens[i].norm == "by"


def possessor(tokens: Sequence[Token], units: Sequence[Unit], index: int, reach: int = 4) -> Unit | None:
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
        if norm in ("'s", "and") or (
            tokens[i].text[:1].islower() and norm not in PREPOSITIONS and norm not in DETERMINERS
        ):
            i -= 1
            steps += 1
            continue
        return None
    return None


def _pronoun_owner(tokens: Sequence[Token], units: Sequence[Unit], i: int) -> Unit | None:
    """The owner "its"/"their" at token ``i`` stands for, as a unit at the pronoun's place."""
    found = antecedent(tokens, units, i)
    if found is None:
        return None
    tok = tokens[i]
    return Unit(tok.start, tok.end, i, i + 1, found.code, "pronoun", False, tok.text)


def assign_roles(
    text: str,
    tokens: Sequence[Token],
    units: Sequence[Unit],
    trig: Trigger,
    *,
    verbal_before: Sequence[Trigger] = (),
    speaker: str | None = None,
    participants: tuple[str, ...] = (),
    reported_meeting: bool = False,
    judged: bool = False,
) -> Roles | None:
    """Source and target of one trigger; ``None`` when the trigger cannot code an event.
    ``participants``: the sides of the meeting the document is about, for "the two leaders" / "they";
    ``reported_meeting``: the document's title or lead named that meeting (the speaker's "we discussed");
    ``judged``: the noun trigger heads an act its sentence judges (see :func:`_judged_licence`)."""
    rule = trig.match.rule
    if not trig.verbal:
        return _nominal_roles(text, tokens, units, trig, verbal_before, judged, participants)
    passive = _is_passive(tokens, trig, units)
    agent = by_agent(tokens, units, trig) if passive else None
    subject = _owner_of_intent(tokens, units, trig) or _subject(text, tokens, units, trig, verbal_before)
    if not participants and _group_subject(subject):
        participants = _sides_named_before(tokens, units, subject[0])
    topic = _topic_preposition(tokens, trig)
    meeting = rule.mutual or (topic and rule.event is EventType.CONSULT)
    agreeing = rule.event in (EventType.AGREE, EventType.COOPERATE) and rule.target != "after"
    if (
        (meeting or (agreeing and not _after(text, tokens, units, trig, place=False)))
        and not passive
        and _group_subject(subject)
    ):
        # "the two leaders discussed ...", "They exchanged opinions ...": the meeting's participants
        codes = tuple(dict.fromkeys((*_codes(subject), *participants)))
        if not codes and rule.meeting_subject and not _evaluative_phrase(trig):
            return None  # "The summit will take place on 11 July": a schedule with no sides named
        hi = max(trig.end, *(u.end for u in subject))
        return Roles(codes, (), (min(u.start for u in subject), hi), True, True)
    if (
        (passive or tokens[trig.tok_end - 1].norm.endswith("ed"))
        and agent is None
        and rule.event in (EventType.AGREE, EventType.CONSULT, EventType.COOPERATE)
        and trig.tok_end < len(tokens)
        and tokens[trig.tok_end].norm == "between"
    ):
        # "arrangements agreed between Grachev and Perry", "issues discussed between the two ministers"
        group = _after(text, tokens, units, trig, place=False, limit=2)
        if _named_count(group) >= 2:
            return Roles(_codes(group), (), (trig.start, max(u.end for u in group)), True, True)
    if rule.mutual_only and passive and agent is None and _to_be_before(tokens, trig):
        return None  # "would allow common problems to be discussed": a purpose, not a meeting held
    if rule.mutual and passive and agent is None and len(participants) >= 2:
        return Roles(participants, (), (trig.start, trig.end), True, True)  # "Issues ... were discussed"
    if rule.event is EventType.AGREE and len(participants) >= 2 and _impersonal_decision(tokens, trig):
        return Roles(participants, (), (trig.start, trig.end), True, True)  # "it was decided to create ..."
    if rule.accused_subject:
        doer = _doer_of_subject_act(tokens, units, trig)
        acted_on = [u for u in subject if not done_to(tokens, u)]  # "the detention of four Russians"
        return _accusation_roles(tokens, units, trig, [doer] if doer else acted_on, speaker)
    if rule.blamed_after:
        blamed = _after(text, tokens, units, trig, place=False, limit=3)
        return _accusation_roles(tokens, units, trig, blamed[:1], speaker)
    if rule.meeting_subject:
        floor = clause_floor(tokens, trig.tok_start)
        if not any(t.norm in _MEETING_NOUNS for t in tokens[max(floor, trig.tok_start - 6) : trig.tok_start]):
            return None  # "the situation was difficult": no meeting described
        if not participants and not _evaluative_phrase(trig):
            return None  # "The Vilnius Summit will take place on 11 July": a schedule with no sides named
        return Roles(participants, (), (trig.start, trig.end), True, True)
    if (rule.mutual_only and passive and agent is None) or rule.topic_subject:
        # "Issues of trade were also discussed", "Energy was a key topic of the talks": a meeting whose
        # sides the sentence does not name (known only from the document: ``participants``)
        return Roles(participants, (), (trig.start, trig.end), True, True)
    if not passive and _group_subject(subject) and not meeting:
        # "Both sides expressed concern over ...": the sides of the meeting act together
        target_units = _after(text, tokens, units, trig, place=rule.place, exclude=subject)
        source = tuple(dict.fromkeys((*_codes(subject), *participants)))
        lo = min([trig.start, *(u.start for u in [*subject, *target_units])])
        hi = max([trig.end, *(u.end for u in [*subject, *target_units])])
        return Roles(source, _codes(target_units), (lo, hi), False, True)
    if (
        passive
        and agent is None
        and rule.event is EventType.MOBILIZE
        and subject
        and all(u.kind in ("state", "demonym") and u.code is not None for u in subject)
    ):
        # "40,000 Russian troops are deployed near the border": the forces' state mobilises them
        source_units, target_units = (
            subject,
            _after(text, tokens, units, trig, place=rule.place, exclude=subject),
        )
    elif passive:
        source_units, target_units = ([agent] if agent else []), subject
        if agent is not None and _is_signing(tokens, trig):
            # "was signed in Kyiv by President Yanukovych and three opposition leaders": every signatory,
            # none of them the target
            cosigners = _signatories(text, units, agent, rightwards=True)
            if len(cosigners) >= 2:
                return Roles(
                    _codes(cosigners),
                    (),
                    (trig.start, max(u.end for u in cosigners)),
                    True,
                    _named(cosigners),
                )
        if agent is not None and not subject:
            # "fighters donated by Russia to Serbia": the recipient follows the agent
            target_units = _after(text, tokens, units, trig, place=rule.place, exclude=[agent])
    else:
        source_units = subject
        exclude = subject
        owners = _forces_owner(tokens, units, trig)
        if owners:
            # "deployed Russian troops to Syria", "put the forces of the Russian Army on alert": whose forces
            # they are, never the target; the doer when the subject names no one ("the minister ...")
            exclude = [*subject, *owners]
            if not _codes(subject):
                source_units = owners[:1]
        signing = _is_signing(tokens, trig)
        if signing and _named_count(subject) == 1:
            # "Putin and the leaders of the NATO member states signed ...": every signatory
            source_units = subject = _signatories(text, units, subject[0])
            exclude = [*exclude, *subject]
        both_sides = (
            rule.event in (EventType.CONSULT, EventType.AGREE, EventType.COOPERATE) or signing
        ) and _named_count(subject) >= 2
        target_units = (
            []
            if rule.target == "none" or both_sides or (topic and rule.event is EventType.CONSULT)
            else _after(text, tokens, units, trig, place=rule.place, exclude=exclude)
        )
        # "Putin and Blair exchanged opinions on Iraq"; "discussed Russia's relations with the EU"
        slot_last = trig.match.slot is not None and trig.match.slot[1] == trig.tok_end
        if (not _codes(target_units) or slot_last) and trig.match.slot is not None and rule.target != "none":
            # "took part in NATO's operation": the actor the phrase names is its target, even after "in"
            slotted = [u for u in units if u.tok_start == trig.match.slot[0] and u not in subject]
            target_units = _conjuncts(text, tokens, units, slotted[0], leftwards=False) if slotted else []
        if rule.event is EventType.ACCUSE:
            # "condemned the attack on Ukraine that Russia launched": the accused is who did the act
            doer = _act_agent(tokens, units, trig)
            if doer is not None and doer not in source_units:
                target_units = [doer]
    if rule.event is EventType.ASSAULT and not passive and not source_units and not _codes(target_units):
        struck = place_before(tokens, units, trig)
        if struck is not None and _struck_there(tokens, struck, trig):
            # "A car bomb ripped through a checkpoint in Ankara, killing dozens of officers": no one named
            # did it, and the place's state is the one hit
            target_units = [struck]
    if rule.reverse:
        source_units, target_units = target_units, source_units
        if not source_units and tokens[trig.tok_end - 1].norm in _LEAVE_WORDS:
            # "The diplomats were given 72 hours to leave Russia": the state they must leave sends them away
            source_units = [
                u for u in units if u.tok_start == trig.tok_end and u.code is not None and u.kind == "state"
            ]
    source = _codes(source_units)
    borrowed = False
    if not source_units and not passive and speaker is not None and _headline_verb(tokens, trig, units):
        source, borrowed = (speaker,), True
    all_targets = _codes(target_units)
    if source and set(all_targets) == set(source):
        speakerish = any(
            u.kind == "pronoun" or (u.kind == "title" and speaker is not None and u.code == speaker)
            for u in (*source_units, *target_units)
        )
        if borrowed or speakerish:
            # "I visit places ...", "the President met the Government", "he complained that he had been
            # brought ...": no one else is acted on; the act stands only if its type needs no target
            if rule.event in _DYADIC or rule.mode == "investigate":
                return None
            target_units, all_targets = [], ()
    target = tuple(c for c in all_targets if c not in source)
    named_self = all(u.kind in ("state", "metonym", "org") for u in target_units)
    if not target and all_targets and rule.event in _BETWEEN_ACTORS and named_self:
        # "Trump threatened to pull the United States out of NATO": the next actor, not the source itself
        further = _after(text, tokens, units, trig, place=False, exclude=[*source_units, *target_units])
        target = tuple(c for c in _codes(further) if c not in source)
    elif not target:
        target = all_targets  # "Russian police arrested Russian students": an actor may act on itself
    if meeting and not passive and source and all(c in JOINT_FORUMS for c in source):
        # "The NRC met in extraordinary session at Russia's request": the meeting of both sides
        span = (
            min(trig.start, *(u.start for u in source_units)),
            max(trig.end, *(u.end for u in source_units)),
        )
        return Roles(forum_sides(source), (), span, True, True)
    if reported_meeting and _we_the_sides(
        rule, tokens, trig, passive, source_units, target, speaker, participants
    ):
        # "We had a detailed discussion on ...", "We agreed today that ..." in the statements after talks:
        # the speaker's "we" is both sides of the meeting
        if _modal_before(tokens, trig):
            return None  # "we can discuss a large number of issues": what the meeting may take up
        return Roles(participants, (), (min(trig.start, source_units[0].start), trig.end), True, True)
    mutual = (
        (meeting or (not passive and _is_signing(tokens, trig)))
        and (len(source) >= 2 or _named_count(source_units) >= 2)
        and not target
    )
    if (
        rule.mutual_only
        and rule.event is EventType.CONSULT
        and not mutual
        and reported_meeting
        and _one_side_told(source_units, units, participants)
    ):
        # "Vladimir Putin dwelt on the results of his visit" (a Putin-Rakhmonov call): one side spoke to
        # the other
        others = tuple(c for c in participants if c not in source)
        return Roles(source, others, (trig.start, trig.end), True, True)
    if rule.mutual_only and not mutual:
        return None  # "the President discussed the budget": not a meeting between two sides
    if (
        rule.mutual_only
        and trig.tok_start > 0
        and tokens[trig.tok_start - 1].norm == "to"
        and any(u.tok_end == trig.tok_start - 1 for u in units)
    ):
        return None  # "visited Kyiv, Warsaw and Moscow to discuss ...": the envoy's purpose, not a meeting
    if (
        rule.place
        and rule.event is not EventType.PROTEST
        and not source
        and target_units
        and all(is_place(tokens, u) for u in target_units)
    ):
        return None  # "X arrived in Harare" with X unknown: a trip, not a visit between two actors
    dyadic = (rule.target == "after" and rule.event in _DYADIC) or rule.mode == "investigate"
    one_sided = not _named(target_units) or (not passive and not source_units and not borrowed)
    if (
        rule.event is EventType.CONSULT
        and not target
        and not mutual
        and source
        and len(participants) >= 2
        and set(source) < set(participants)
    ):
        # "It was the French President who initiated the call" (a Putin-Macron call): the other side
        target = tuple(c for c in participants if c not in source)
        one_sided = False
    if dyadic and one_sided and source and not target:
        partner = _condition_actor(tokens, units, trig, source)
        if partner is not None and partner.code is not None:
            # "If NATO works constructively ..., we will cooperate": the one the condition names
            target, target_units, one_sided = (partner.code,), [partner], False
    if (
        rule.event is EventType.CONSULT
        and one_sided
        and not target
        and not passive
        and source_units
        and all(u.kind == "org" and u.code for u in source_units)
        and tokens[trig.tok_start].norm.startswith(("meet", "met", "gather", "convene", "hold", "held"))
        and tokens[trig.tok_start].norm not in ("meeting", "meetings")  # "the Security Council meeting"
    ):
        # "NATO leaders will meet in Vilnius", "the North Atlantic Council met": a body's members meet
        lo = min(trig.start, *(u.start for u in source_units))
        return Roles(source, (), (lo, trig.end), True, True)
    if (
        NEED_TARGET
        and dyadic
        and not mutual
        and one_sided
        and not (source and refused_to(tokens, trig, clause_floor(tokens, trig.tok_start)))
    ):
        # "we have spoken to", "universities can train ...": no one acts on anyone (but a refusal to take
        # part, "Russia declined to take part in the conference", is a refusal even with no one named)
        return None
    span_units = [*source_units, *target_units]
    lo = min([trig.start, *(u.start for u in span_units)])
    hi = max([trig.end, *(u.end for u in span_units)])
    named = _named(source_units) and (_named(target_units) or (rule.mutual and len(source_units) >= 2))
    crowd = bool(source_units) and all(_CROWD.search(u.text) for u in source_units)
    return Roles(source, target, (lo, hi), mutual, named, crowd)


_CONDITIONS = words("if unless provided providing")


def _condition_actor(
    tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger, source: Sequence[str]
) -> Unit | None:
    """The actor a condition on the act names right after "if"/"unless"/"provided", the condition coming
    before the act in the same sentence ("If NATO works constructively in this area, we will cooperate")."""
    for i in range(trig.tok_start - 1, -1, -1):
        if tokens[i].norm in _CONDITIONS:
            return next(
                (
                    u
                    for u in units
                    if i < u.tok_start <= i + 3 and u.code is not None and u.code not in source
                ),
                None,
            )
    return None


def sayer_before(
    tokens: Sequence[Token], units: Sequence[Unit], index: int, verbs: frozenset[str] = SPEECH_VERBS
) -> Unit | None:
    """Who says what comes at token ``index``: the last coded actor before the last speech verb before it
    ("the Secretary General said Russia's actions ...")."""
    said = [i for i in range(index) if tokens[i].norm in verbs]
    if not said:
        return None
    return next((u for u in reversed(units) if u.tok_end <= said[-1] and u.code), None)


_CONCUR = words("agree agrees agreed concur concurs concurred")


_MEETING_NOUNS = words(
    "talks discussion discussions meeting meetings conversation exchange exchanges dialogue session "
    "consultations negotiations summit"
)


_SUBJECT_ACTS = _ACT_NOUNS | words(
    "use decisions move moves policy policies plan plans step steps measures enlargement expansion"
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


def _place_of_act(tokens: Sequence[Token], units: Sequence[Unit], j: int, end: int) -> Unit | None:
    """The state where an act done to someone happened, which stands for its authorities: "the detention
    of four Russian servicemen in Tbilisi ... is a crude provocation" (Georgia detained them)."""
    return next(
        (
            u
            for u in units
            if j < u.tok_start < end
            and u.code is not None
            and u.kind in ("state", "metonym")
            and prep_before(tokens, u) == "in"
        ),
        None,
    )


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
            continue
        owner = possessor(tokens, units, j)
        if owner is not None and owner.code is not None:
            return None  # "Russia's actions undermine ...": the usual subject rules find the owner
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


def _accusation_roles(
    tokens: Sequence[Token],
    units: Sequence[Unit],
    trig: Trigger,
    subject: Sequence[Unit],
    speaker: str | None,
) -> Roles | None:
    """Roles for a phrase that says its subject does wrong: the subject is accused, by the sayer of the
    clause ("the Secretary General said Russia's actions undermine ...", "..., Lavrov said") or else by
    the statement's speaker; with neither, the accuser is unknown (an official text's own voice)."""
    accused = [u for u in subject if u.code is not None]
    if accused and _of_a_meeting(tokens, units, accused[0]):
        accused = []  # the subject's actors only say whose meeting it is
    if not accused:
        if trig.match.rule.event is EventType.THREATEN:
            # "the Foreign Ministry said the move would not go unanswered": a threat at someone unnamed
            sayer = sayer_before(tokens, units, trig.tok_start, SPEECH_VERBS)
            if sayer is not None and sayer.code:
                return Roles((sayer.code,), (), (min(trig.start, sayer.start), max(trig.end, sayer.end)))
            return Roles((speaker,), (), (trig.start, trig.end)) if speaker else None
        return None
    sayer = sayer_before(tokens, units, accused[0].tok_start, SPEECH_VERBS | _CONCUR)
    if sayer is None:
        sayer = trailing_sayer(tokens, units, trig)
    source = (sayer.code,) if sayer is not None and sayer.code else ((speaker,) if speaker else ())
    target = tuple(dict.fromkeys(u.code for u in accused if u.code and u.code not in source))
    if not target:
        return None
    span = [*accused, *([sayer] if sayer is not None else [])]
    lo = min([trig.start, *(u.start for u in span)])
    hi = max([trig.end, *(u.end for u in span)])
    return Roles(source, target, (lo, hi))


def trailing_sayer(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> Unit | None:
    """The speaker of a trailing attribution after the trigger: "..., the Secretary General said."."""
    for i in range(trig.tok_end, len(tokens)):
        if tokens[i].norm == "," and any(t.norm in SPEECH_VERBS for t in tokens[i + 1 : i + 8]):
            return next((u for u in units if u.tok_start > i and u.code), None)
    return None


def _to_be_before(tokens: Sequence[Token], trig: Trigger) -> bool:
    i = trig.tok_start
    return i >= 2 and tokens[i - 1].norm == "be" and tokens[i - 2].norm == "to"


_LEAVE_WORDS = words("leave vacate quit")

_PEOPLE_OF = words(
    "officers officer members member troops soldiers agents staff employees representatives representative "
    "officials official servicemen units personnel delegation banks governments leaders ministers "
    "column convoy contingent detachment group battalion company squadron flotilla "
    "ship ships vessel vessels frigate destroyer submarine crew crews commander command headquarters "
    "chief head deputy spokesman spokeswoman spokesperson director chairman secretaries envoys envoy "
    "negotiators ambassadors presidents premiers heads chiefs commanders spokesmen lawmakers "
    "parliamentarians legislators diplomats emissaries generals admirals inspectors monitors observers "
    "guards pilots sailors marines warships submarines aircraft jets planes bombers fighters helicopters drones"
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


def _said_in_between(tokens: Sequence[Token], unit: Unit, trig: Trigger) -> bool:
    """A speech verb between the actor and the verb, then a subject that is no actor: "X said the aircraft
    had violated ..." (the actor is the one who says it, not the one who did it)."""
    for i in range(unit.tok_end, trig.tok_start):
        if tokens[i].norm in SPEECH_VERBS and tokens[i].norm.endswith(("said", "says", "ed")):
            j = i + 1
            if j < trig.tok_start and tokens[j].norm == "that":
                j += 1
            lead = [t for t in tokens[j : trig.tok_start] if t.is_word]
            return len(lead) >= 2 and lead[0].norm in ("the", "a", "an", "this", "these", "those")
    return False


def _headline_verb(tokens: Sequence[Token], trig: Trigger, units: Sequence[Unit]) -> bool:
    """A verb that opens its sentence with no subject ("Met with ...", "Stressing ..., urged ..."): the
    speaker of the statement is its subject. A verb after other words without an actor ("people are
    asking") has a subject that is not an actor, so it does not borrow the speaker."""
    if any(u.tok_start < trig.tok_start for u in units):
        return False
    floor = clause_floor(tokens, trig.tok_start)
    lead = [t for t in tokens[floor : trig.tok_start] if t.is_word]
    return len(lead) <= 1 and not any(t.norm in _SUBJECT_WORDS for t in lead)


def _named_count(units: Sequence[Unit]) -> int:
    """How many sides ``units`` name: distinct codes plus unknown names ("Mr Putin and Mr Berlusconi" is
    two; "Mr Putin and Mr Ivanov", both Russian, is one)."""
    codes = {u.code for u in units if u.code is not None}
    return len(codes) + sum(1 for u in units if u.code is None and u.kind == "unknown" and not u.locative)


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
)


def _sides_named_before(tokens: Sequence[Token], units: Sequence[Unit], subject: Unit) -> tuple[str, ...]:
    """The two sides a sentence names before "the two sides" / "they" ("Lord Robertson held talks with
    Vladimir Putin, and the two sides agreed ..."): exactly two distinct actors, else none; where they met
    is no side ("At the NATO-Russia Council summit in Lisbon, the parties agreed ...")."""
    codes = tuple(
        dict.fromkeys(
            u.code
            for u in units
            if u.end <= subject.start and u.code is not None and not _place_or_listed(tokens, units, u)
        )
    )
    codes = forum_sides(codes)  # "At the NRC summit, the parties agreed ...": the council's two sides
    return codes if len(codes) == 2 else ()


def _place_or_listed(tokens: Sequence[Token], units: Sequence[Unit], unit: Unit) -> bool:
    """A place, or listed with one by "and": "after talks in Moscow and Tbilisi" (both are places)."""
    if is_place(tokens, unit):
        return True
    k = units.index(unit)
    return k > 0 and is_place(tokens, units[k - 1]) and _joined_by_and(tokens, units[k - 1], unit)


_IMPERSONAL_DECISIONS = words("decided agreed")


def _impersonal_decision(tokens: Sequence[Token], trig: Trigger) -> bool:
    """An impersonal passive decision with no one named, as readouts tell what a meeting decided: "In
    connection with this, it was decided to create ...", "It has been agreed to hold the next round in
    Moscow" (the deciders are the meeting's sides)."""
    at = trig.tok_start
    if tokens[at].norm not in _IMPERSONAL_DECISIONS or at < 2:
        return False
    before = [t.norm for t in tokens[max(0, at - 3) : at]]
    return before[-2:] == ["it", "was"] or before[-3:] in (["it", "has", "been"], ["it", "had", "been"])


_WE_AGREED = words("agree agreed coordinated decided")


def _we_the_sides(
    rule: Rule,
    tokens: Sequence[Token],
    trig: Trigger,
    passive: bool,
    source_units: Sequence[Unit],
    target: tuple[str, ...],
    speaker: str | None,
    participants: tuple[str, ...],
) -> bool:
    """A meeting or agreement told by the speaker's "we" in a document about the speaker's meeting with
    another side ("We exchanged views on ...", "We agreed today that ..."), with no one else named as
    its target: "we" is both sides. An offer ("We are ready to sit down again to discuss ...") is the
    speaker's own: of agreements only "we agreed/decided/coordinated" are both sides'."""
    agreed = rule.event is EventType.AGREE and tokens[trig.tok_start].norm in _WE_AGREED
    return ((rule.event is EventType.CONSULT and bool(rule.mutual)) or agreed) and (
        not passive
        and (trig.tok_start == 0 or tokens[trig.tok_start - 1].norm != "to")
        and not target
        and len(participants) == 2
        and speaker in participants
        and len(source_units) == 1
        and source_units[0].kind == "pronoun"
        and source_units[0].text.lower() == "we"
    )


_ABILITY_MODALS = words("can could may might would should must")


def _modal_before(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A modal verb between the subject and the trigger ("we can discuss a large number of issues", "we
    could discuss", "we can now review the results"): a possibility or offer, not a meeting reported."""
    return any(t.norm in _ABILITY_MODALS for t in tokens[max(0, trig.tok_start - 2) : trig.tok_start])


def _one_side_told(
    source_units: Sequence[Unit], units: Sequence[Unit], participants: tuple[str, ...]
) -> bool:
    """The subject of a discussion verb is one side of the document's meeting of two, and the sentence
    does not name the other ("Vladimir Putin dwelt on the results of his visit" after "Putin had a
    telephone conversation with Rakhmonov"); "Putin discussed Russia-NATO relations" is a topic."""
    if len(participants) != 2 or len(source_units) != 1 or source_units[0].code not in participants:
        return False
    return not any(u.code in participants and u.code != source_units[0].code for u in units)


def _group_subject(subject: Sequence[Unit]) -> bool:
    """The subject is the plural participants of a meeting: "the two leaders", an unresolved "they"."""
    return bool(subject) and all(
        u.kind == "participants" or (u.kind == "pronoun" and u.code is None and u.text.lower() == "they")
        for u in subject
    )


def _struck_place(
    tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger, doer: Unit | None
) -> list[Unit]:
    """The state of the first place named in or after an attack noun phrase ("in a Moscow theatre"), in
    its clause and within eight words of it, unless it is the attacker's own."""
    for unit in units:
        if unit.tok_start <= trig.tok_start or unit.tok_start - trig.tok_end > 8:
            continue
        if any(t.norm in SCOPE_BREAK for t in tokens[trig.tok_start : unit.tok_start]):
            return []
        if (
            unit.code is not None
            and unit.kind in ("state", "metonym", "territory")
            and is_place(tokens, unit)
        ):
            return [] if doer is not None and doer.code == unit.code else [unit]
    return []


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
    if len(inside) < 2 or inside[0].tok_start != at + 1:
        return ()
    first, second = inside[0], inside[1]
    if tokens[first.tok_end].norm != "and" or second.tok_start != first.tok_end + 1:
        return ()
    return _codes([first, second])


def _joint_agents(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> list[Unit]:
    """The two agents "by X and Y" right after a mutual noun phrase that ends in "by" ("the Sea Breeze
    exercise, co-hosted by Ukraine and the United States"), else ``[]``."""
    if tokens[trig.tok_end - 1].norm != "by":
        return []
    after = sorted((u for u in units if u.tok_start >= trig.tok_end), key=lambda u: u.tok_start)
    if len(after) < 2 or after[0].tok_start not in (trig.tok_end, trig.tok_end + 1):
        return []
    first, second = after[0], after[1]
    if (
        first.tok_end >= len(tokens)
        or tokens[first.tok_end].norm != "and"
        or second.tok_start != first.tok_end + 1
    ):
        return []
    return [first, second] if first.code and second.code and first.code != second.code else []


def _detaining_place(
    tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger, target_units: Sequence[Unit]
) -> Unit | None:
    """The state where people were seized, when a judgement names the seizure with no doer: "the detention
    of four Russian servicemen in Tbilisi ... is a crude provocation", "the searches and detentions of
    journalists ... in Latvia are a flagrant violation" — the authorities of the place detained them."""
    place = _struck_place(tokens, units, trig, None)
    if not place or any(u.code == place[0].code for u in target_units):
        return None
    return place[0]


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


def _decision_makers(
    text: str,
    tokens: Sequence[Token],
    units: Sequence[Unit],
    trig: Trigger,
    agent: Unit | None,
    participants: tuple[str, ...],
) -> Roles | None:
    """Who took a decision told in the passive: the "by" agent with its conjuncts, or, after a plural
    title, the states it lists ("The decision was taken by the Presidents of Russia, Armenia, Belarus,
    Kazakhstan, Kyrgyzstan and Tajikistan"), or the sides of the meeting the document reports when the
    meeting took it ("A decision was taken by the session to create ..."); the decision has no target."""
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
    between = tokens[trig.tok_end - 1].norm == "between"
    # "the joint exercise of the armed forces of Russia and Belarus": the sides listed after "of"
    joint_of = tokens[trig.tok_end - 1].norm == "of"
    if (between or joint_of) and rule.mutual:
        group = _after(text, tokens, units, trig, place=False, limit=2)
        codes = _codes(group)
        if len(codes) >= 2:
            return Roles(codes, (), (trig.start, max(u.end for u in group)), True)
        if between:
            return None
    adverbial = tokens[trig.tok_start].norm in PREPOSITIONS  # "... in protest at X": no owner before
    owner = (
        None
        if adverbial
        else (possessor(tokens, units, trig.tok_start) or _owner_of_announced(tokens, units, trig))
    )
    if owner is not None and owner.kind == "group" and owner.tok_end > trig.tok_start:
        owner = None  # "the military action ...": the phrase's own first word, not an owner
    agent = by_agent(tokens, units, trig) or _agent_in_gap(tokens, units, trig)
    if rule.target == "none" and not rule.mutual:
        return _decision_makers(text, tokens, units, trig, agent, participants)
    source_unit = owner or agent
    co_sources: list[Unit] = []
    if source_unit is None:
        source_unit = _relative_doer(
            tokens, units, trig.tok_end
        )  # "the attack on Ukraine that Russia launched"
    within = [
        u
        for u in units
        if trig.tok_start < u.tok_start
        and u.tok_end <= trig.tok_end
        and u.kind in ("demonym", "state")
        and u.code is not None
        and slot is None
        and rule.owner_inside  # not "the expulsion of Russian diplomats"
    ]
    owner_within = within[:1] if source_unit is None else []
    if owner_within:
        source_unit = owner_within[0]  # "the deployment of Russian tactical nuclear weapons": whose weapons
    if (
        source_unit is None
        and LIGHT_VERB_SUBJECTS
        and (adverbial or _verb_of_object(tokens, trig) == "light")
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
            place=False,
            exclude=[
                *(u for u in (agent,) if u),
                *inside,
                *owner_within,
                *(u for u in units if rule.owner_inside and trig.tok_start < u.tok_start < trig.tok_end),
            ],
            limit=8,
        )
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
    ):
        return None
    span_units = [u for u in (source_unit, *target_units) if u is not None]
    lo = min([trig.start, *(u.start for u in span_units)])
    hi = max([trig.end, *(u.end for u in span_units)])
    return Roles(source, target, (lo, hi))


# ----------------------------------------------------------------------------------------------- stage 5: type, mode
