"""The event coder: sentences → actors → events with type, mode, actors, polarity, date and evidence.

Stages, each with one entry point over typed values:

1. **Sentences** (:func:`detente.coding.text.split_sentences`) with offsets into the document.
2. **Actor units** (:func:`actor_units`): the actor dictionary's mentions at the publication date (roles,
   titles, metonyms), plus pronouns ("I"/"we" → the speaker given by ``speaker`` or ``context``; "he"/
   "she"/"it"/"they" → the speaker when one is given, else the nearest actor before) and unknown
   capitalised names, which hold their place as actors with no code so no other actor is put in their
   role: unknown actors are never replaced by invented codes.
3. **Triggers** (:meth:`detente.coding.patterns.PatternSet.find`): verb and noun phrases from
   patterns.toml; the longest match wins an overlap; a noun after a time-marker ("on the eve of the
   talks") is dropped; an act governed by a request, promise, threat, refusal or accusation ("urged
   Russia *to withdraw*") is the content of that speech act, not a separate event.
4. **Roles** (:func:`assign_roles`): the source is the subject — the nearest actor before the verb that is
   not after a preposition and not the object of an earlier verb, with its conjuncts ("X and Y") — or, in
   the passive ("was attacked by X"), the "by" agent; the target is the first actor after the trigger
   (places only for visits). A noun trigger takes its possessor ("Russia's annexation") or "by" agent as
   source and the actor after it as target and needs both. "X and Y met" codes one CONSULT with source
   [X, Y] and no target.
5. **Polarity** (:mod:`detente.coding.polarity`); an intent cue turns a cooperative act into AGREE and a
   hostile one into THREATEN.
6. **Event date** (:mod:`detente.coding.eventdates`), then the **derived fields** (CAMEO, Goldstein,
   score, quad class) from the ontology, and the **evidence** span (source, trigger and target words).

When a sentence has no verbal event, an evaluative phrase ("illegal annexation", "unacceptable
violations ... by X") codes ACCUSE/disapprove from the subject (or speaker) to the act's agent.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from detente.coding.actors import ActorDictionary, ActorKind, Mention, load_dictionary
from detente.coding.eventdates import DateMention, find_dates, nearest_date
from detente.coding.ontology import EventType, Polarity, derived_fields, mode_is_valid
from detente.coding.patterns import (
    BE_FORMS,
    DETERMINERS,
    PREPOSITIONS,
    SCOPE_BREAK,
    Match,
    PatternSet,
    Token,
    Trigger,
    find_triggers,
    load_patterns,
    tokenize,
    words,
)
from detente.coding.polarity import intent_before, polarity_of
from detente.coding.text import Sentence, split_sentences

__all__ = [
    "CODER_VERSION",
    "Event",
    "Trigger",
    "Unit",
    "actor_units",
    "assign_roles",
    "code_sentence",
    "code_text",
    "contract_coder",
    "meeting_sides",
    "resolve_speaker",
]

logger = logging.getLogger(__name__)

CODER_VERSION = "rules-2026.1"
"""Bump when the rules, patterns.toml or the coder's use of the actor dictionary change."""

MAX_SENTENCE_CHARS = 5000
"""Longer "sentences" are not prose (tables, run-on scrapes): they code no event."""
MAX_TRIGGERS = 24
"""At most this many triggers of a sentence are coded (the rest of a run-on list is not prose either)."""
REQUIRE_ACTOR = True
"""Drop events with neither a known source nor a known target (measured: fewer false events on official
texts whose "we" has no speaker) — unless both roles are held by names the dictionary does not know
("Arnor restored ties with Gondor"): that event is kept with empty actor lists (:attr:`Roles.named`)."""
NEED_TARGET = True
"""A verb of a dyadic type (meeting, request, accusation, aid ...) codes an event only when it has a
target actor, unless its rule says the target is optional (measured: on official texts most such
target-less matches are not reports of an act between actors)."""
LIGHT_VERB_SUBJECTS = True
"""A noun trigger with no owner or agent takes the subject of the verb whose object it is ("X completed its
withdrawal from Y", "X announced new aid for Y"): measured on the dev and proxy gold sets."""
SUBJECT_REACH = 40
"""Tokens before a verb searched for its subject."""

_DYADIC = frozenset({EventType.CONSULT, EventType.SUPPORT, EventType.AID, EventType.COOPERATE})
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
_PRONOUNS = frozenset({"i", "we", "he", "she", "it", "they"})
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
_CAP_STOP = words(
    "the a an in on at as after before but and or for with this that these those it he she they we i mr "
    "mrs ms dr if when while since during his her its their our there here what who why how yesterday "
    "today monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december including stressing according meanwhile however also "
    "both all some many most no not one two three four five first second last next new said says nato's"
)
_PARTICIPLE_IRREGULAR = words(
    "held met taken given broken sent shot seized struck blown made led fought hit cut put frozen drawn "
    "thrown beaten built kept sold won withdrawn"
)
_PARTICIPANTS = re.compile(
    r"\b(?:(?:the|both)\s+(?:two\s+|three\s+|four\s+)?"
    r"(?:leaders|presidents|sides|parties|heads\s+of\s+state|prime\s+ministers|foreign\s+ministers|"
    r"ministers|delegations|countries|states|governments|men)|both\s+sides|both\s+countries|"
    r"the\s+(?:talks|summit|meeting|negotiations|conversation|consultations))\b",
    re.I,
)
"""Phrases for the participants of a meeting already named ("the two leaders", "the sides"), or for the
meeting itself as the subject of what was discussed ("the talks focused on ...")."""
_NAMED_THINGS = words(
    "agreement agreements accord accords declaration treaty protocol process format summit talks conference "
    "formula memorandum charter act document documents"
)
_TARGET_PREPOSITIONS = words("with against on upon about between into towards toward at over from")
"""A phrase ending in one of these ("discuss * with", "impose * sanctions on") has its target after it;
not "to", "for", "of", whose phrases put the target in the gap ("urge X to", "blame X for")."""
_LIGHT_VERBS = words(
    "announce announces announced make makes made take takes took carry carries carried conduct conducts "
    "conducted complete completes completed launch launches launched stage stages staged hold holds held give "
    "gives gave offer offers offered provide provides provided begin begins began start starts started"
)
_PARTICIPLE_PREPS = words("for in over after since during on at without ago")
_COMPANY_WORDS = words(
    "airlines airways railways railway bank telecom post times news television radio broadcasting "
    "corporation company group holding oil gas energy airport"
)
_DIRECTIONS = words(
    "eastern western northern southern central north south east west northeastern northwestern southeastern "
    "southwestern"
)
_REFUSED_MODE = {
    EventType.CONSULT: "meet",
    EventType.AID: "assist",
    EventType.COOPERATE: "assist",
    EventType.CONCEDE: "yield",
    EventType.RETREAT: "yield",
}
"""REJECT's mode by what was refused: to meet, to help, to give in."""
_QUOTED = re.compile(r'"[^"]{1,300}"|\u201c[^\u201d]{1,300}\u201d')
_FORCE_NOUNS = words(
    "troops soldiers police officers policemen peacekeepers contingent forces plane planes aircraft jets "
    "ships warships vessels rescuers rescue battalion brigade units convoy tanks"
)
_SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")
_FORECASTS = words("expectations expectation forecasts forecast estimates estimate analysts record odds")
_NATURE = words(
    "typhoon hurricane cyclone storm storms snowfall snow rain rains flood floods flooding earthquake quake "
    "tsunami wildfire wildfires drought heatwave virus pandemic epidemic disease conflict war fighting weather"
)
_HOSTILE_TYPES = frozenset(
    {EventType.ASSAULT, EventType.COERCE, EventType.ACCUSE, EventType.SANCTION, EventType.MOBILIZE}
)
_ACCIDENTS = words(
    "crash accident earthquake flood floods flooding storm typhoon hurricane cyclone avalanche landslide "
    "fire blaze collapse disease epidemic outbreak heatwave stampede derailment"
)
_TOPIC_NOUNS = words(
    "relations relationship ties cooperation contacts dialogue partnership interaction links integration"
)
_COPULAS = words("is are was were be been remain remains remained become becomes became")
_PRAISE_NOUNS = words("partner partners ally allies friend friends")
_SAYING = words("said says say noted notes stressed stresses emphasised emphasises underlined pointed called")
_HOLDER_GAP = re.compile(
    r"\s*(?:['\u2019]s\s+)?(?:(?:founder|leader|chief|head|spokesman|spokeswoman|commander|chairman|president|minister|"
    r"envoy|ambassador|general|secretary)\s+)?(?:(?:zu|von|van|de|da|al|bin|ibn|el|der|den|la|le|du)\s+)*",
    re.I,
)
_WAR_WEAPONS = words(
    "bomb bombs missile missiles rocket rockets shell shells shelling mortar mortars grenade grenades drone "
    "drones air-strike air-strikes airstrike airstrikes artillery explosives ied ieds suicide warplanes"
)
_ATTACK_NOUNS = words(
    "strike strikes air-strike air-strikes attack attacks raid raids bombing bombardment shelling offensive "
    "operation ambush assault"
)
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
_PERSON_FOLLOWERS = words("administration government cabinet jr jr. sr")
_SPEECH_VERBS = words(
    "said says say insisted insists told tells added adds stressed stresses noted notes announced announces "
    "reported reports claimed claims confirmed confirms wrote writes"
)
_EVENT_NAMES = words(
    "olympics games cup championship championships tournament festival expo contest marathon prix"
)
"""Last words of capitalised names that name an event, not an actor ("the Winter Olympics")."""
_POSSESSIVE = words("its their our his her my your")
_SUBJECT_WORDS = words("it this that there they people who which what one someone everyone nobody")
_CROWD = re.compile(r"protest|demonstrator|rioter|crowd|mob\b", re.I)
_CONJ_GAP = re.compile(
    r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+|both\s+)?(?:(?:mr|mrs|ms|dr|madam)\.?\s+)?$", re.I
)


# ----------------------------------------------------------------------------------------------- values


@dataclass(frozen=True, slots=True)
class Unit:
    """An actor position in a sentence: a dictionary mention, a pronoun or an unknown name."""

    start: int
    end: int
    tok_start: int
    tok_end: int
    code: str | None
    kind: str
    locative: bool = False
    text: str = ""


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


def resolve_speaker(dictionary: ActorDictionary, text: str | None, date: dt.date | None) -> str | None:
    """The actor code of a speaker given as a code ("NATO") or as text ("Statement by the NATO Secretary
    General"): the first resolved mention; ``None`` when nothing resolves."""
    if not text or not text.strip():
        return None
    clean = text.strip()
    if clean in dictionary.code_kinds:
        return clean
    for mention in dictionary.match(clean[:1000], date=date):
        if mention.code is not None:
            return mention.code
    return None


def _tok_span(starts: Sequence[int], ends: Sequence[int], start: int, end: int) -> tuple[int, int]:
    first = bisect.bisect_right(ends, start)
    last = bisect.bisect_left(starts, end)
    return first, max(first + 1, last)


def actor_units(
    text: str, tokens: Sequence[Token], mentions: Sequence[Mention], *, speaker: str | None
) -> list[Unit]:
    """Actor units of a sentence, left to right (see the module docstring)."""
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    units: list[Unit] = []
    covered = [False] * len(tokens)
    for m in mentions:
        a, b = _tok_span(starts, ends, m.start, m.end)
        if _not_the_actor(tokens, m, a, b):
            continue
        for i in range(a, min(b, len(tokens))):
            covered[i] = True
        units.append(Unit(m.start, m.end, a, b, m.code, m.kind.value, m.locative, m.text))
    for i, tok in enumerate(tokens):
        if covered[i]:
            continue
        if tok.norm in _PRONOUNS and (tok.norm != "i" or tok.text == "I"):
            code = _pronoun_code(tok.norm, units, tok.start, speaker)
            units.append(Unit(tok.start, tok.end, i, i + 1, code, "pronoun", False, tok.text))
            covered[i] = True
    units.extend(u for u in _unknown_names(tokens, covered) if tokens[u.tok_end - 1].norm not in _EVENT_NAMES)
    for found in _PARTICIPANTS.finditer(text):
        a, b = _tok_span(starts, ends, found.start(), found.end())
        inside = [u for u in units if u.tok_start >= a and u.tok_end <= b]
        if all(u.code is None for u in inside) and not any(
            covered[i] for i in range(a, b) if not any(u.tok_start <= i < u.tok_end for u in inside)
        ):
            # "the Presidents": plural title words with no country are the meeting's sides
            units = [u for u in units if u not in inside]
            units.append(Unit(found.start(), found.end(), a, b, None, "participants", False, found.group()))
    units.sort(key=lambda u: u.start)
    return _named_holders(text, tokens, _groups_of_states(tokens, units))


def _named_holders(text: str, tokens: Sequence[Token], units: list[Unit]) -> list[Unit]:
    """A name the dictionary lacks right after a coded title or role ("Germany's defence minister
    Karl-Theodor zu Guttenberg", "Hamas founder Sheikh Ahmed Yassin") is the holder: one unit, coded."""
    out: list[Unit] = []
    for unit in units:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "title"
            and prev.code is not None
            and unit.kind == "person"
            and not text[prev.end : unit.start].strip()
        ):
            # "Lebanon's President Michel Aoun": the title names whose holder this is
            out[-1] = dataclasses.replace(
                prev, end=unit.end, tok_end=unit.tok_end, text=text[prev.start : unit.end]
            )
            continue
        if (
            prev is not None
            and unit.kind == "unknown"
            and prev.code is not None
            and prev.kind in ("title", "org", "state", "demonym", "person")
            and _HOLDER_GAP.fullmatch(text[prev.end : unit.start])
            and (prev.kind in ("title", "person") or text[prev.end : unit.start].strip())
        ):
            out[-1] = dataclasses.replace(
                prev, end=unit.end, tok_end=unit.tok_end, text=text[prev.start : unit.end]
            )
            continue
        out.append(unit)
    return out


def _groups_of_states(tokens: Sequence[Token], units: list[Unit]) -> list[Unit]:
    """A generic group placed in a state is that state's ("a court in Guyana", "dissidents from Egypt",
    "police in Moscow"): one unit with the state's code."""
    out: list[Unit] = []
    i = 0
    while i < len(units):
        unit = units[i]
        nxt = units[i + 1] if i + 1 < len(units) else None
        if (
            unit.kind == "group"
            and nxt is not None
            and nxt.kind in ("state", "metonym")
            and nxt.code is not None
            and nxt.tok_start == unit.tok_end + 1
            and tokens[unit.tok_end].norm in ("in", "of", "from")
        ):
            out.append(
                dataclasses.replace(unit, end=nxt.end, tok_end=nxt.tok_end, code=nxt.code, kind="state")
            )
            i += 2
            continue
        out.append(unit)
        i += 1
    return out


def _not_the_actor(tokens: Sequence[Token], m: Mention, a: int, b: int) -> bool:
    """A mention that names something else: a city naming a document or meeting ("the Rome agreements",
    "the Istanbul summit"), or a one-word organisation name inside a longer name ("the Alliance Group",
    "the Eurasian Ombudspersons Alliance")."""
    nxt = tokens[b] if b < len(tokens) else None
    if m.kind is ActorKind.METONYM and nxt is not None and nxt.norm in _NAMED_THINGS:
        return True
    if nxt is not None and nxt.text[:1].isupper() and nxt.norm in _COMPANY_WORDS:
        return True  # "Malaysia Airlines", "Russian Railways": a company named after a country
    name_follows = nxt is not None and nxt.text[:1].isupper() and nxt.norm not in _CAP_STOP and nxt.is_word
    if (
        m.kind is ActorKind.PERSON
        and name_follows
        and nxt is not None
        and nxt.text.lower() not in _PERSON_FOLLOWERS
        and nxt.text.lower() not in m.entry.lower()  # "President Xi Jinping" is Xi Jinping
    ):
        return True  # "President Michel Aoun" is not Charles Michel: a first name, not a surname
    if m.kind is ActorKind.DEMONYM and name_follows:
        return True  # "the Russian Figure Skating Championships", "the Russian Orthodox Church": a name
    if m.kind is not ActorKind.ORG or m.text.lower().removeprefix("the ").count(" ") or m.text.isupper():
        return False
    before = tokens[a - 1] if a > 0 else None
    return any(
        t is not None and t.text[:1].isupper() and t.is_word and t.norm not in _CAP_STOP and t.norm != "nato"
        for t in (before, nxt)
    )


def _pronoun_code(norm: str, units: Sequence[Unit], pos: int, speaker: str | None) -> str | None:
    if norm in ("i", "we"):
        return speaker
    if speaker is not None and norm in ("he", "she"):
        return speaker
    for unit in reversed([u for u in units if u.end <= pos]):
        if unit.code is not None and not unit.locative and unit.kind != "pronoun":
            return unit.code
    return None  # "it"/"they" with no actor before refer to things or to others, not to the speaker


def _unknown_names(tokens: Sequence[Token], covered: list[bool]) -> list[Unit]:
    out: list[Unit] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if covered[i] or not tok.text[:1].isupper() or tok.norm in _CAP_STOP or not tok.text[:1].isalpha():
            i += 1
            continue
        j = i + 1
        while (
            j < len(tokens)
            and not covered[j]
            and tokens[j].text[:1].isupper()
            and tokens[j].norm not in _CAP_STOP
        ):
            j += 1
        if i == 0 and j == 1 and tok.norm.endswith(("ing", "ly")):
            pass  # "Stressing ...", "Meanwhile": an opening word, not a name
        elif not (j - i == 1 and tok.text.isupper() and len(tok.text) <= 2):
            locative = i > 0 and tokens[i - 1].norm in ("in", "at", "near", "around", "across")
            out.append(Unit(tok.start, tokens[j - 1].end, i, j, None, "unknown", locative, tok.text))
        i = j
    return out


# ----------------------------------------------------------------------------------------------- stage 4: roles


def _clause_floor(tokens: Sequence[Token], index: int) -> int:
    i = index - 1
    while i >= 0 and tokens[i].norm not in (";", ":"):
        i -= 1
    return i + 1


def _prep_before(tokens: Sequence[Token], unit: Unit) -> str | None:
    i = unit.tok_start - 1
    while i >= 0 and (tokens[i].norm in ("the", "a", "an", "both", "all") or tokens[i].norm in _DIRECTIONS):
        i -= 1
    if i >= 0 and tokens[i].norm in PREPOSITIONS:
        if tokens[i].norm == "of" and i > 0 and tokens[i - 1].norm in _QUANTITY:
            return None  # "hundreds of UN troops": the troops are the subject
        return tokens[i].norm
    return None


def _is_place(tokens: Sequence[Token], unit: Unit) -> bool:
    """A place rather than an actor: after "in", "near", "across" ... ("talks in Moscow")."""
    return unit.kind != "pronoun" and _prep_before(tokens, unit) in _PLACE_PREPS


def _is_passive(tokens: Sequence[Token], trig: Trigger, units: Sequence[Unit] = ()) -> bool:
    head = tokens[trig.tok_start].norm
    if head in BE_FORMS and trig.tok_end - trig.tok_start >= 2:
        second = tokens[trig.tok_start + 1].norm
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
    return False


def _conjuncts(
    text: str, tokens: Sequence[Token], units: Sequence[Unit], chosen: Unit, *, leftwards: bool
) -> list[Unit]:
    group = [chosen]
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
            and not _list_has_and(text, units, j, step, len(group))
        ):
            break
        if leftwards and _prep_before(tokens, units[j]) is not None:
            break
        group.append(units[j])
        j += step
    return group if not leftwards else list(reversed(group))


def _list_has_and(text: str, units: Sequence[Unit], j: int, step: int, taken: int) -> bool:
    """A bare comma joins actors only in a list with "and": "X, Y and Z" (leftwards: one already joined)."""
    if step < 0:
        return taken >= 2
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
    floor = max(_clause_floor(tokens, trig.tok_start), trig.tok_start - SUBJECT_REACH)
    ends = [p.tok_end for p in verbal_before]  # in sentence order
    for unit in reversed([u for u in units if u.tok_end <= trig.tok_start and u.tok_start >= floor]):
        prep = _prep_before(tokens, unit)
        if prep is not None and not (prep in _SUBORDINATORS and _right_before(tokens, unit, trig)):
            continue  # "talks in Moscow"; but "after Colombian forces raided": a clause's subject
        participle = trig.tok_start == unit.tok_end + 2 and tokens[trig.tok_start].norm.endswith("ing")
        if _parenthetical_speaker(tokens, unit) and not participle:
            # "The CSTO, the President stressed, is ready to cooperate": the CSTO is the subject (but in
            # "..., officials said, accusing the US" the speaker is the subject of "accusing")
            continue
        last = bisect.bisect_right(ends, unit.tok_start)
        if last and _object_of(tokens, verbal_before[last - 1], unit):
            continue
        return _conjuncts(text, tokens, units, unit, leftwards=True)
    places = [
        u for u in units if floor <= u.tok_start and u.tok_end <= trig.tok_start and _is_place(tokens, u)
    ]
    if places and places[0].code and not verbal_before:
        return [places[0]]  # "A court in Guyana has issued ...": the place stands for its authorities
    return []


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
        and tokens[j].norm in _SPEECH_VERBS
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
    gapped = any(el.kind == "gap" for el in trig.match.phrase.elements)
    # "expelled two NATO diplomats", "the expulsion of 23 Russian diplomats": the object inside the phrase
    first = trig.tok_start + 1 if trig.verbal or gapped else trig.tok_end
    if trig.verbal and _ends_in_preposition(trig):
        first = trig.tok_end  # "discussed Russia's relations with Italy": the target follows "with"
    for unit in units:
        if unit.tok_start < first or unit in exclude:
            continue
        if unit.kind == "group" and unit.tok_end <= trig.tok_end:
            continue  # "deployed troops": the phrase's own object is not the target
        if unit.kind == "group" and unit.tok_start > 0 and tokens[unit.tok_start - 1].norm in _POSSESSIVE:
            continue  # "agreed to withdraw its troops from Georgia": the subject's own forces
        if unit.code == "military" and trig.match.rule.event in (EventType.RETREAT, EventType.MOBILIZE):
            continue  # "pulled back troops", "deployed soldiers": the actor's own forces
        if unit.tok_start - trig.tok_end > limit:
            break
        between = [tokens[i].norm for i in range(trig.tok_end, max(trig.tok_end, unit.tok_start))]
        if any(n in SCOPE_BREAK or n in _ATTRIBUTION for n in between):
            break
        if not place and _is_place(tokens, unit):
            continue
        if unit.kind == "unknown" and unit.tok_start - trig.tok_end > 2:
            continue
        if _trailing_speaker(tokens, units, unit):
            break  # "..., Kremlin spokesman Dmitry Peskov insisted": who says it, not the target
        return _conjuncts(text, tokens, units, unit, leftwards=False)
    return []


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
    return j < len(tokens) and tokens[j].norm in _SPEECH_VERBS


def _topic_preposition(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A gap phrase whose final preposition belongs to a topic noun in the gap, not to the verb:
    "discussed Russia's relations with the EU" (the EU is part of the topic, not the one met)."""
    if not (trig.verbal and _ends_in_preposition(trig)) or trig.tok_end - trig.tok_start < 3:
        return False
    return tokens[trig.tok_end - 2].norm in _TOPIC_NOUNS


def _ends_in_preposition(trig: Trigger) -> bool:
    last = trig.match.phrase.elements[-1]
    return last.kind == "word" and bool(last.words) and last.words <= _TARGET_PREPOSITIONS


def _by_agent(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger, limit: int = 12) -> Unit | None:
    for unit in units:
        if unit.tok_start < trig.tok_end or unit.tok_start - trig.tok_end > limit:
            continue
        if any(tokens[i].norm in SCOPE_BREAK for i in range(trig.tok_end, unit.tok_start)):
            return None
        if _prep_before(tokens, unit) == "by":
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
    return None


def _possessor(tokens: Sequence[Token], units: Sequence[Unit], index: int) -> Unit | None:
    """The actor owning a noun at token ``index``: "Russia's (illegal and illegitimate) annexation"."""
    i = index - 1
    steps = 0
    while i >= 0 and steps < 4:
        for unit in units:
            if unit.tok_end == i + 1 and unit.kind != "pronoun":
                return unit
        norm = tokens[i].norm
        if norm in ("'s", "and") or (
            tokens[i].text[:1].islower() and norm not in PREPOSITIONS and norm not in DETERMINERS
        ):
            i -= 1
            steps += 1
            continue
        return None
    return None


def assign_roles(
    text: str,
    tokens: Sequence[Token],
    units: Sequence[Unit],
    trig: Trigger,
    *,
    verbal_before: Sequence[Trigger] = (),
    speaker: str | None = None,
    participants: tuple[str, ...] = (),
) -> Roles | None:
    """Source and target of one trigger; ``None`` when the trigger cannot code an event.
    ``participants``: the sides of the meeting the document is about, for "the two leaders" / "they"."""
    rule = trig.match.rule
    if not trig.verbal:
        return _nominal_roles(text, tokens, units, trig, verbal_before)
    passive = _is_passive(tokens, trig, units)
    agent = _by_agent(tokens, units, trig) if passive else None
    subject = _subject(text, tokens, units, trig, verbal_before)
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
        hi = max(trig.end, *(u.end for u in subject))
        return Roles(codes, (), (min(u.start for u in subject), hi), True, True)
    if rule.mutual and passive and agent is None and len(participants) >= 2:
        return Roles(participants, (), (trig.start, trig.end), True, True)  # "Issues ... were discussed"
    if not passive and _group_subject(subject) and not meeting:
        # "Both sides expressed concern over ...": the sides of the meeting act together
        target_units = _after(text, tokens, units, trig, place=rule.place, exclude=subject)
        source = tuple(dict.fromkeys((*_codes(subject), *participants)))
        lo = min([trig.start, *(u.start for u in [*subject, *target_units])])
        hi = max([trig.end, *(u.end for u in [*subject, *target_units])])
        return Roles(source, _codes(target_units), (lo, hi), False, True)
    if passive:
        source_units, target_units = ([agent] if agent else []), subject
    else:
        source_units = subject
        exclude = subject
        both_sides = (
            rule.event in (EventType.CONSULT, EventType.AGREE, EventType.COOPERATE)
            and _named_count(subject) >= 2
        )
        target_units = (
            []
            if rule.target == "none" or both_sides or topic
            else _after(text, tokens, units, trig, place=rule.place, exclude=exclude)
        )
        # "Putin and Blair exchanged opinions on Iraq"; "discussed Russia's relations with the EU"
    if rule.reverse:
        source_units, target_units = target_units, source_units
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
    mutual = meeting and (len(source) >= 2 or _named_count(source_units) >= 2) and not target
    if rule.mutual_only and not mutual:
        return None  # "the President discussed the budget": not a meeting between two sides
    if rule.place and not source and target_units and all(_is_place(tokens, u) for u in target_units):
        return None  # "X arrived in Harare" with X unknown: a trip, not a visit between two actors
    dyadic = (rule.target == "after" and rule.event in _DYADIC) or rule.mode == "investigate"
    one_sided = not _named(target_units) or (not passive and not source_units and not borrowed)
    if NEED_TARGET and dyadic and not mutual and one_sided:
        return None  # "we have spoken to", "universities can train ...": no one acts on anyone
    span_units = [*source_units, *target_units]
    lo = min([trig.start, *(u.start for u in span_units)])
    hi = max([trig.end, *(u.end for u in span_units)])
    named = _named(source_units) and (_named(target_units) or (rule.mutual and len(source_units) >= 2))
    crowd = bool(source_units) and all(_CROWD.search(u.text) for u in source_units)
    return Roles(source, target, (lo, hi), mutual, named, crowd)


def _headline_verb(tokens: Sequence[Token], trig: Trigger, units: Sequence[Unit]) -> bool:
    """A verb that opens its sentence with no subject ("Met with ...", "Stressing ..., urged ..."): the
    speaker of the statement is its subject. A verb after other words without an actor ("people are
    asking") has a subject that is not an actor, so it does not borrow the speaker."""
    if any(u.tok_start < trig.tok_start for u in units):
        return False
    floor = _clause_floor(tokens, trig.tok_start)
    lead = [t for t in tokens[floor : trig.tok_start] if t.is_word]
    return len(lead) <= 1 and not any(t.norm in _SUBJECT_WORDS for t in lead)


def _named_count(units: Sequence[Unit]) -> int:
    """How many sides ``units`` name: distinct codes plus unknown names ("Mr Putin and Mr Berlusconi" is
    two; "Mr Putin and Mr Ivanov", both Russian, is one)."""
    codes = {u.code for u in units if u.code is not None}
    return len(codes) + sum(1 for u in units if u.code is None and u.kind == "unknown" and not u.locative)


def _after_light_verb(tokens: Sequence[Token], trig: Trigger) -> bool:
    """The noun is the object of a verb of its clause: a verb-like word (ending in -ed, or a light verb)
    stands within the few words before it, with no clause break between."""
    for i in range(trig.tok_start - 1, max(-1, trig.tok_start - 10), -1):
        norm = tokens[i].norm
        if norm in SCOPE_BREAK or (norm in PREPOSITIONS and norm not in ("of", "in")):
            return False
        if norm in _LIGHT_VERBS or (norm.endswith("ed") and len(norm) > 4):
            return True
    return False


def _group_subject(subject: Sequence[Unit]) -> bool:
    """The subject is the plural participants of a meeting: "the two leaders", an unresolved "they"."""
    return bool(subject) and all(
        u.kind == "participants" or (u.kind == "pronoun" and u.code is None and u.text.lower() == "they")
        for u in subject
    )


def _nominal_roles(
    text: str,
    tokens: Sequence[Token],
    units: Sequence[Unit],
    trig: Trigger,
    verbal_before: Sequence[Trigger] = (),
) -> Roles | None:
    rule = trig.match.rule
    slot = trig.match.slot
    between = tokens[trig.tok_end - 1].norm == "between"
    if between and rule.mutual:
        group = _after(text, tokens, units, trig, place=False, limit=2)
        codes = _codes(group)
        if len(codes) >= 2:
            return Roles(codes, (), (trig.start, max(u.end for u in group)), True)
        return None
    owner = _possessor(tokens, units, trig.tok_start)
    agent = _by_agent(tokens, units, trig)
    source_unit = owner or agent
    if source_unit is None and LIGHT_VERB_SUBJECTS and _after_light_verb(tokens, trig):
        # "Washington announced $3 billion in military assistance for Ukraine", "Israel completed its
        # withdrawal from Lebanon": the subject of the verb whose object the noun is
        subject = [u for u in _subject(text, tokens, units, trig, verbal_before) if u.code is not None]
        source_unit = subject[0] if len(subject) == 1 else None
    if slot is not None:
        target_units = [u for u in units if u.tok_start == slot[0]]
    else:
        target_units = _after(
            text, tokens, units, trig, place=False, exclude=[u for u in (agent,) if u], limit=8
        )
    source = _codes([source_unit]) if source_unit else ()
    target = _codes(target_units)
    if rule.nominal_needs_target and (not source or not target):
        return None
    span_units = [u for u in (source_unit, *target_units) if u is not None]
    lo = min([trig.start, *(u.start for u in span_units)])
    hi = max([trig.end, *(u.end for u in span_units)])
    return Roles(source, target, (lo, hi))


# ----------------------------------------------------------------------------------------------- stage 5: type, mode


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


def _event_for(ctx: _Context, trig: Trigger, verbal_before: Sequence[Trigger]) -> Event | None:
    roles = assign_roles(
        ctx.text,
        ctx.tokens,
        ctx.units,
        trig,
        verbal_before=verbal_before,
        speaker=ctx.speaker,
        participants=ctx.participants,
    )
    if roles is None:
        return None
    actorless = not (roles.source or roles.target or roles.named)
    stands_alone = trig.verbal and (
        trig.match.rule.event in _STANDS_ALONE
        or (
            trig.match.rule.event is EventType.ASSAULT
            and _war_weapon_near(ctx.tokens, trig)
            and not _attributive(ctx.tokens, trig)
        )
    )
    if REQUIRE_ACTOR and actorless and not stands_alone:
        return None  # no actor at all: nothing to say who did what to whom
    rule = trig.match.rule
    etype = rule.event
    if _background(ctx, trig, verbal_before) or _short_quote(ctx.text, trig):
        return None
    floor = _clause_floor(ctx.tokens, trig.tok_start)
    polarity = polarity_of(ctx.tokens, trig.tok_start, ctx.patterns, floor=floor)
    # "refused to hand over bin Laden", "declined to commit to an increase": a rejection
    refused = trig.verbal and etype in (*_COOPERATIVE, EventType.AGREE) and _refused(ctx.tokens, trig, floor)
    governed = _governed_type(ctx.tokens, trig, ctx.patterns) if etype is EventType.THREATEN else None
    mode = _event_mode(ctx, trig, roles, governed)
    if refused:
        refused_mode = _REFUSED_MODE.get(etype, "")
        etype, mode, polarity = EventType.REJECT, refused_mode, Polarity.ASSERTED
    elif trig.verbal and intent_before(ctx.tokens, trig.tok_start, ctx.patterns, floor=floor):
        if etype in _COOPERATIVE:
            etype, mode = EventType.AGREE, ""
            if polarity is Polarity.FUTURE:
                polarity = Polarity.ASSERTED  # "intend to develop relations": the intent is stated now
        elif etype in _HOSTILE:
            etype, mode = EventType.THREATEN, _HOSTILE[etype]
    elif (
        trig.verbal
        and polarity is Polarity.FUTURE
        and etype in _COOPERATIVE
        and etype is not EventType.CONSULT
        and _first_person_subject(ctx, trig)
    ):
        # "we will help": the speaker's promise
        etype, mode, polarity = EventType.AGREE, "", Polarity.ASSERTED
    if etype is EventType.ASSAULT and _accident_after(ctx.tokens, trig):
        return None  # "killed in the crash", "died in floods": a disaster, not an attack
    if etype in _HOSTILE_TYPES and _not_political(ctx, trig):
        return None  # a storm "slammed into" a coast, a team "beat" another 2-0, "beating expectations"
    if etype is EventType.PROTEST and mode == "riot" and roles.source and not roles.crowd:
        etype, mode = EventType.ASSAULT, ""  # "Ukrainian drones set fire to a refinery": not a riot
    if etype in (EventType.MOBILIZE, EventType.CONSULT) and roles.crowd:
        etype, mode = EventType.PROTEST, "demo"  # "protesters massed|gathered in the square"
    if etype is EventType.CONSULT and mode == "visit" and _forces(ctx, trig):
        if not (roles.source and roles.target) or set(roles.source) == set(roles.target):
            return None  # troops landing at home, or nobody named: no relation between two actors
        # "Indian peacekeepers arrived in Freetown", "British tanks have arrived in Ukraine": help sent
        etype, mode = EventType.AID, ""
    if etype is EventType.ASSAULT and roles.crowd and not mode:
        etype, mode = EventType.PROTEST, "riot"  # "was demolished by protesters": violent protest
    if etype is EventType.ACCUSE and roles.crowd and mode == "disapprove":
        etype, mode = EventType.PROTEST, "demo"  # "protesters protested against the law": a demonstration
    if not mode_is_valid(etype, mode):
        mode = ""
    return _finish(ctx, etype, mode, roles, polarity, trig.start, trig.end, trig.match.phrase.source)


def _first_person_subject(ctx: _Context, trig: Trigger) -> bool:
    """The nearest actor before the verb in its clause is "I" or "we"."""
    floor = _clause_floor(ctx.tokens, trig.tok_start)
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
    when = nearest_date(ctx.text, ctx.dates(polarity is Polarity.FUTURE), ctx.date, near=(start, end))
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
        derived=derived_fields(etype, mode),
    )


def _evaluation_accusation(ctx: _Context) -> Event | None:
    """ACCUSE/disapprove for "Russia's illegal annexation" / "unacceptable violations ... by X"."""
    tokens, units, pats = ctx.tokens, ctx.units, ctx.patterns
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
        agent = _possessor(tokens, units, i) or _by_agent(tokens, units, fake)
        if agent is None or agent.code is None:
            continue
        before = [u for u in units if u.tok_end <= i and u is not agent and _prep_before(tokens, u) is None]
        source = (before[-1].code,) if before and before[-1].code else ((ctx.speaker,) if ctx.speaker else ())
        if not source or source == (agent.code,):
            continue
        lo = min(tok.start, agent.start, *(u.start for u in before[-1:]))
        roles = Roles(source, (agent.code,), (lo, max(tokens[noun].end, agent.end)))
        polarity = polarity_of(tokens, i, pats, floor=_clause_floor(tokens, i))
        return _finish(
            ctx, EventType.ACCUSE, "disapprove", roles, polarity, tok.start, tokens[noun].end, tok.text
        )
    return None


def _background(ctx: _Context, trig: Trigger, verbal_before: Sequence[Trigger]) -> bool:
    """An act told as background in a later clause: "vessels seized near the Kerch Strait a year ago",
    "the sailors it seized two weeks ago" ("ago" in the trigger's clause, after another event)."""
    if not verbal_before:
        return False
    for tok in ctx.tokens[trig.tok_end : trig.tok_end + 10]:
        if tok.norm in SCOPE_BREAK and tok.norm not in ("that", "which", "who"):
            return False
        if tok.norm == "ago":
            return True
    return False


def _short_quote(text: str, trig: Trigger) -> bool:
    """A trigger inside a short quotation (a characterisation: Israel "knows very well how to kill")."""
    for found in _QUOTED.finditer(text):
        if found.start() <= trig.start and trig.end <= found.end():
            return len(found.group().split()) <= 12
    return False


def _refused(tokens: Sequence[Token], trig: Trigger, floor: int) -> bool:
    """The act is what the subject refused or declined to do ("refused to hand over", "declined to commit")."""
    window = [t.norm for t in tokens[max(floor, trig.tok_start - 4) : trig.tok_start]]
    return "to" in window and any(w.startswith(("refus", "declin")) for w in window)


def _forces(ctx: _Context, trig: Trigger) -> bool:
    """The subject of a "visit" is a body of troops, police, aid workers or an aircraft, not a delegation."""
    floor = _clause_floor(ctx.tokens, trig.tok_start)
    before = [t.norm for t in ctx.tokens[max(floor, trig.tok_start - 6) : trig.tok_start]]
    return any(w in _FORCE_NOUNS for w in before)


def _not_political(ctx: _Context, trig: Trigger) -> bool:
    """A hostile-looking verb whose subject is weather, a disaster or a statistic, or that scores a match
    or a forecast: not an act of one actor on another."""
    tokens = ctx.tokens
    head = tokens[trig.tok_start].norm
    if head.startswith(("beat", "defeat", "thrash", "crush", "rout")) and (
        _SCORE.search(ctx.text) or any(t.norm in _FORECASTS for t in tokens[trig.tok_end : trig.tok_end + 4])
    ):
        return True
    floor = _clause_floor(tokens, trig.tok_start)
    before = tokens[max(floor, trig.tok_start - 8) : trig.tok_start]
    actor_between = any(
        u.tok_start >= trig.tok_start - 8
        and u.tok_end <= trig.tok_start
        and u.code
        and not _is_place(tokens, u)
        for u in ctx.units
    )
    return not actor_between and any(t.norm in _NATURE for t in before)


def _attributive(tokens: Sequence[Token], trig: Trigger) -> bool:
    """An -ing form used as an adjective before a noun ("Bradley fighting vehicles")."""
    head = tokens[trig.tok_start]
    if not head.norm.endswith("ing") or trig.tok_end >= len(tokens):
        return False
    before = tokens[trig.tok_start - 1] if trig.tok_start else None
    nxt = tokens[trig.tok_end]
    return before is not None and before.norm != "," and nxt.is_word and nxt.norm not in PREPOSITIONS


def _war_weapon_near(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A weapon of war names the attack ("a car bomb ripped through a checkpoint, killing ..."), so it is
    reported even when no attacker is named; a knife or a gun alone is more often crime news."""
    lo, hi = max(0, trig.tok_start - 20), trig.tok_end + 12
    return any(t.norm in _WAR_WEAPONS for t in tokens[lo:hi])


def _accident_after(tokens: Sequence[Token], trig: Trigger) -> bool:
    """An accident or disaster named right after the trigger ("killed in a plane crash")."""
    return any(t.norm in _ACCIDENTS for t in tokens[trig.tok_end : trig.tok_end + 9])


def _topic_of_talks(tokens: Sequence[Token], trig: Trigger, verbal: Sequence[Trigger]) -> bool:
    """A noun trigger in the object of an earlier "discussed"-type verb of the same clause."""
    if trig.verbal:
        # a verb form inside the topic modifies a noun ("discussed expanded investment cooperation",
        # "the prospects for strengthening ties"); a verb after "and" or a comma is a new act
        head = tokens[trig.tok_start].norm
        before = tokens[trig.tok_start - 1].norm if trig.tok_start else ""
        if not head.endswith(("ed", "ing")) or before in ("and", ",", "but", "then"):
            return False
    for prev in verbal:
        if prev.match.rule.mutual_only and prev.tok_end <= trig.tok_start:
            between = tokens[prev.tok_end : trig.tok_start]
            if not any(t.norm in (";", ":") for t in between):
                return True
    return False


def _is_question(text: str) -> bool:
    """A direct question: the sentence ends with a question mark (closing quotes and brackets aside)."""
    return text.rstrip().rstrip("\"'”’)]»").endswith("?")


def _evaluation_praise(ctx: _Context) -> Event | None:
    """SUPPORT for a statement that another actor is a partner, ally or friend: "Mr Putin said Finland was
    Russia's close and traditional partner" (the one who says it praises the one called a partner)."""
    tokens, units = ctx.tokens, ctx.units
    for k, tok in enumerate(tokens):
        if tok.norm not in _PRAISE_NOUNS:
            continue
        j = k - 1
        while j >= 0 and k - j <= 7 and tokens[j].norm not in _COPULAS:
            if not (tokens[j].text[:1].islower() or tokens[j].norm in ("'s", "'")) and not any(
                u.tok_start <= j < u.tok_end for u in units
            ):
                break
            j -= 1
        if j < 0 or tokens[j].norm not in _COPULAS:
            continue
        if any(t.norm in ("not", "n't", "never", "no", "hardly") for t in tokens[j:k]):
            continue  # "was not a reliable partner" is no praise
        praised = next((u for u in units if u.tok_end == j and u.code and u.kind != "pronoun"), None)
        if praised is None:
            continue
        said = [i for i in range(praised.tok_start) if tokens[i].norm in _SAYING]
        sayer = next((u for u in reversed(units) if said and u.tok_end <= said[-1] and u.code), None)
        source = sayer.code if sayer is not None else ctx.speaker
        if source is None or praised.code is None or source == praised.code:
            continue
        polarity = polarity_of(tokens, j, ctx.patterns, floor=_clause_floor(tokens, j))
        lo = min(praised.start, sayer.start if sayer is not None else praised.start)
        roles = Roles((source,), (praised.code,), (lo, tok.end))
        return _finish(ctx, EventType.SUPPORT, "", roles, polarity, praised.start, tok.end, tok.text)
    return None


def _subsumes(a: Event, b: Event) -> bool:
    """``a`` says all that ``b`` says: same type and polarity, and b's actors are a's or missing."""
    if a.event is not b.event or a.polarity is not b.polarity:
        return False
    return (not b.source or b.source == a.source) and (not b.target or b.target == a.target)


def _dedupe(events: list[Event]) -> list[Event]:
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
) -> list[Event]:
    """Events of one sentence published on ``date``. ``speaker`` (an actor code or a name) or ``context``
    (free text naming who speaks) resolves "I"/"we" and lone titles. Never raises for any string: empty,
    letter-less or over-long text gives ``[]``."""
    if not text or len(text) > MAX_SENTENCE_CHARS or not any(ch.isalpha() for ch in text):
        if text and len(text) > MAX_SENTENCE_CHARS:
            logger.debug("sentence of %d characters not coded", len(text))
        return []
    if isinstance(date, dt.datetime):
        date = date.date()
    dictionary = dictionary or load_dictionary()
    patterns = patterns or load_patterns()
    tokens = tokenize(text)
    if not patterns.events.may_match(tokens) and not any(
        t.norm in patterns.evaluative_adjectives or t.norm in _PRAISE_NOUNS for t in tokens
    ):
        return []
    if _is_question(text):
        return []  # "Did they support ...?": a question reports nothing
    speaker_code = resolve_speaker(dictionary, speaker, date) or resolve_speaker(dictionary, context, date)
    dateline_end, home = _dateline(dictionary, text, date)
    mentions = [
        m for m in dictionary.match(text, date=date, speaker=speaker_code or home) if m.start >= dateline_end
    ]
    units = actor_units(text, tokens, mentions, speaker=speaker_code)
    sides = tuple(participants) or _context_sides(dictionary, context, date)
    ctx = _Context(text, tokens, units, date, speaker_code, patterns, sides)
    events: list[Event] = []
    verbal: list[Trigger] = []
    for trig in find_triggers(tokens, {u.tok_start: u.tok_end for u in units}, patterns)[:MAX_TRIGGERS]:
        if _topic_of_talks(tokens, trig, verbal):
            continue  # "discussed cooperation between Russia and NATO": a topic, not a report
        event = _event_for(ctx, trig, verbal)
        if trig.verbal:
            verbal.append(trig)
        if event is not None:
            events.append(event)
    if not any(t.match.rule.event is not EventType.MOBILIZE or t.verbal for t in verbal) and not any(
        e.event is EventType.ACCUSE for e in events
    ):
        accusation = _evaluation_accusation(ctx)
        if accusation is not None:
            events.insert(0, accusation)
    if not any(e.event is EventType.SUPPORT for e in events):
        praise = _evaluation_praise(ctx)
        if praise is not None:
            events.append(praise)
    return _dedupe(_fold_parts(events))


def _fold_parts(events: list[Event]) -> list[Event]:
    """Drop events that are parts of another event of the sentence: the demands and grievances of a
    protest ("protesters massed ..., demanding that ..."), and the condition of a threat ("threatened to
    shut the Strait if the West imposed sanctions")."""
    protest_sources = [set(e.source) for e in events if e.event is EventType.PROTEST]
    threat = any(e.event is EventType.THREATEN for e in events)
    out = []
    for e in events:
        if (
            e.event in (EventType.REQUEST, EventType.ACCUSE)
            and protest_sources
            and (not e.source or any(set(e.source) <= s or not s for s in protest_sources))
        ):
            continue
        if threat and e.event is not EventType.THREATEN and e.polarity is Polarity.HYPOTHETICAL:
            continue
        out.append(e)
    return out


_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'\- ]{2,40}(?:,\s*[A-Z][A-Za-z.'\- ]{1,40})?)"
    r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2})?)?\s*(?:\([A-Za-z .]{2,20}\))?\s*(?::|--|\u2014|-\s)"
)


def _dateline(dictionary: ActorDictionary, text: str, date: dt.date) -> tuple[int, str | None]:
    """A news dateline opening the sentence ("MOSCOW, Sept. 24 --", "NAIROBI, Kenya:"): where it ends, and
    the state it names. The dateline is not an actor of the sentence; its state is the home of unnamed
    titles ("the government will provide subsidies" after "SINGAPORE:")."""
    found = _DATELINE.match(text)
    if not found or not found["place"].split(",")[0].strip().isupper():
        return 0, None
    place = found["place"].title()
    for m in dictionary.match(place, date=date):
        if m.kind in (ActorKind.STATE, ActorKind.METONYM) and m.code:
            return found.end(), m.code
    return found.end(), None


def _context_sides(dictionary: ActorDictionary, context: str | None, date: dt.date) -> tuple[str, ...]:
    """The actors a record's context names when it names two or more ("Talks between Putin and Blair")."""
    if not context or len(context) > MAX_SENTENCE_CHARS:
        return ()
    codes = tuple(dict.fromkeys(m.code for m in dictionary.match(context, date=date) if m.code))
    return codes if len(codes) >= 2 else ()


def meeting_sides(events: Sequence[Event], current: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The sides of the latest meeting a sentence reports (for "the two leaders" in the next sentences),
    else ``current``."""
    for event in events:
        if event.event is EventType.CONSULT and event.polarity is Polarity.ASSERTED:
            sides = tuple(dict.fromkeys((*event.source, *event.target)))
            if len(sides) >= 2:
                return sides
    return current


def code_text(text: str, *, date: dt.date, speaker: str | None = None) -> list[tuple[Sentence, list[Event]]]:
    """Split a document into sentences and code each, carrying the sides of the meeting a sentence
    reports into the next ones; evidence spans are relative to each sentence."""
    if not text:
        return []
    out: list[tuple[Sentence, list[Event]]] = []
    sides: tuple[str, ...] = ()
    for sentence in split_sentences(text):
        events = code_sentence(sentence.text, date=date, speaker=speaker, participants=sides)
        sides = meeting_sides(events, sides)
        out.append((sentence, events))
    return out


def contract_coder(rid: str, text: str, date: dt.date, context: str | None) -> list[dict[str, Any]]:
    """The ``detente code --jsonl`` coder: one input line's events as contract dicts."""
    return [event.to_dict() for event in code_sentence(text, date=date, context=context)]
