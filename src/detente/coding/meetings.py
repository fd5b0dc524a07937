"""Coder stage 4, roles — meetings: joint forums and their sides (:data:`JOINT_FORUMS`), the one bilateral
relation a sentence names (:func:`relation_sides`), the names of meetings, and the sides of a meeting told
by "the two leaders", "they" or the speaker's "we". See :mod:`detente.coding.roles` for the stage."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from detente.coding.ontology import EventType
from detente.coding.patterns import PREPOSITIONS, Rule, Token, Trigger, words
from detente.coding.places import is_place
from detente.coding.roleparts import _DIRECTIONS, _joined_by_and
from detente.coding.text import WordCheck
from detente.coding.units import Unit

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
STATE_GROUPS = re.compile(
    r"\b(?:presidents|heads\s+of\s+state|prime\s+ministers|countries|states|(?:two|both)\s+leaders)\b", re.I
)
"""Words that make the sides a sentence speaks of states ("the two presidents", "the heads of state", "the two
leaders": "The two leaders discussed Russia-NATO relations" names a topic, not who talked (s24))."""
_STATE_GROUP_WORDS = WordCheck(("presidents", "state", "ministers", "countries", "leaders"))
"""A word each of :data:`STATE_GROUPS` holds (a cheap test before the pattern)."""
_DISCUSSED = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|discussions?|touched\s+(?:up)?on|focus(?:ed|es|ing)?\s+on|"
    r"exchanged\s+(?:views|opinions)|emphasis\s+on|topics?|agenda)\b",
    re.I,
)
"""Words that make a sentence tell what talks were about: a relation it names is their topic."""


def relation_sides(text: str, spans: Sequence[tuple[int, int, str, bool]]) -> tuple[str, ...]:
    """The two sides of the one bilateral relation a sentence names ("discussed Russian-Kazakh relations",
    "cooperation between Russia and Tajikistan was a topic of the talks"), for "the two leaders" when
    nothing else names the meeting's sides; ``()`` when it names none or more than one.

    ``spans``: the sentence's actor mentions as ``(start, end, code, is_state)``. When the sentence speaks
    of presidents, heads of state or countries, only a pair of states counts ("the Presidents discussed
    Russia-NATO relations" is a meeting of two states, not of Russia and NATO); so it does when the
    relation is what was discussed ("They discussed ... the further development of Russia-NATO relations",
    "also raised matters of the Russia-NATO talks"): an organisation's relations with a state are a
    favourite topic of two states' talks, where "agreed to restore Russia-NATO contacts" or "the
    Russia-EU summit took place" name who acts (s24-kpool)."""
    if len(spans) < 2:
        return ()  # no pair of actors: no relation, whoever the sentence speaks of
    of_states = _STATE_GROUP_WORDS(text) and STATE_GROUPS.search(text) is not None
    states_only = of_states or (_may_discuss(text) and _DISCUSSED.search(text) is not None)
    found = relation_pair(text, spans, states_only=states_only)
    return found[0] if found else ()


_may_discuss = WordCheck(["discuss", "touched", "focus", "exchanged", "emphasis", "topic", "agenda"])
"""A word :data:`_DISCUSSED` (case-blind) needs (s28-speed)."""


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
        hyphen = _HYPHEN_PAIR.fullmatch(gap) is not None and any(
            w in RELATION_NOUNS for w in _WORD.findall(text[e2 : e2 + 40].lower())[:3]
        )
        if not hyphen and _BETWEEN_PAIR.fullmatch(gap) is not None:
            before = _WORD.findall(text[max(0, s1 - 40) : s1].lower())
            between = (before[-1:] == ["between"] or before[-2:] == ["between", "the"]) and any(
                w in RELATION_NOUNS for w in before[-5:]
            )
        else:
            between = False
        if hyphen or between:
            pairs.setdefault(tuple(sorted((c1, c2))), s1)
    return next(iter(pairs.items())) if len(pairs) == 1 else None


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


def _place_of_a_meeting(tokens: Sequence[Token], unit: Unit) -> bool:
    """The place is where a meeting or a signing was held: "At the NRC summit in Lisbon, leaders agreed
    ...", "During talks in Geneva, ..." (the host is not who acts); within the few words before it."""
    i = unit.tok_start - 1
    while i >= 0 and tokens[i].norm in PREPOSITIONS | {"the", "a", "an"} | _DIRECTIONS:
        i -= 1
    return i >= 0 and (tokens[i].norm in _MEETING_NAMES or tokens[i].norm in _MEETING_NOUNS)


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


_MEETING_NOUNS = words(
    "talks discussion discussions meeting meetings conversation exchange exchanges dialogue session "
    "consultations negotiations summit"
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
    """An impersonal passive decision with no one named, as readouts tell what a meeting decided: "For
    that reason, it was decided to set up ...", "It has been agreed to hold the next round in
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
    """A modal verb between the subject and the trigger ("we can discuss a whole range of matters", "we
    could discuss", "we can now review the results"): a possibility or offer, not a meeting reported."""
    return any(t.norm in _ABILITY_MODALS for t in tokens[max(0, trig.tok_start - 2) : trig.tok_start])


def _one_side_told(
    source_units: Sequence[Unit], units: Sequence[Unit], participants: tuple[str, ...]
) -> bool:
    """The subject of a discussion verb is one side of the document's meeting of two, and the sentence
    does not name the other ("Vladimir Putin dwelt on how his trip had gone" after "Putin had a
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


_EMERGENCY_LINES = words(
    "police 911 999 112 ambulance ambulances paramedics firefighters emergency hotline helpline lifeline"
)
_BE_FORMS = words("is are was were be been being")
_CALL_PARTICLES = words("in off out up")
_NAMING_PRONOUNS = words("what")
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


_STANDARDS = words(
    "commitment commitments obligation obligations requirement requirements target targets deadline deadlines "
    "criteria criterion standard standards expectation expectations need needs goal goals benchmark benchmarks "
    "conditions threshold quota quotas costs cost challenge challenges"
)
_MEET_FORMS = words("meet meets met meeting")
_OBJECT_BREAK = words("with in at on for during after before , ; . and to")


def meets_a_standard(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "Russia must meet its Minsk commitments", "failed to meet the 2 percent target": to meet is to fulfil,
    no one met (an actor named inside the object is whose commitments they are)."""
    if (
        not trig.verbal
        or trig.tok_end - trig.tok_start != 1
        or tokens[trig.tok_start].norm not in _MEET_FORMS
    ):
        return False
    for tok in tokens[trig.tok_end : trig.tok_end + 6]:
        if tok.norm in _STANDARDS:
            return True
        if tok.norm in _OBJECT_BREAK:
            return False
    return False


def not_a_phone_call(tokens: Sequence[Token], trig: Trigger, target: Sequence[str]) -> bool:
    """The bare verb "call" in a sense other than one side telephoning another: calling nobody the
    sentence names ("called the nominee's record 'troubling'", "a dog called Rex", "call the helpline"),
    calling the emergency services ("called the police"), naming ("what Pakistan calls Indian strikes"),
    a passive summons ("police were called to the scene") or a phrasal verb ("call in a favour")."""
    if trig.match.phrase.source != "call" or trig.tok_end - trig.tok_start != 1:
        return False
    if not target:
        return True
    before = [t.norm for t in tokens[max(0, trig.tok_start - 3) : trig.tok_start]]
    if before and before[-1] in _BE_FORMS:
        # "police were called to the scene"; but "Erdogan was called by Putin" is a call
        return not (trig.tok_end < len(tokens) and tokens[trig.tok_end].norm == "by")
    if any(w in _NAMING_PRONOUNS for w in before):
        return True
    after = [t.norm for t in tokens[trig.tok_end : trig.tok_end + 3] if t.norm not in ("the", "a", "an")]
    if after and (after[0] in _EMERGENCY_LINES or after[0] in _CALL_PARTICLES):
        return True
    for tok in tokens[trig.tok_end : trig.tok_end + 6]:
        if tok.norm in _POSSESSIVES:
            return True  # "called Putin's decision reckless": a thing of the actor is named, he is not called
        if tok.norm in PREPOSITIONS or not tok.is_word:
            break
    return False


_STATE_ADVERBS = words("still now also very more most so too all always")
_FOCUS_HEADS = words("focused focussed concentrated centred centered")


def focused_state(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "be focused on" is where one's attention lies, not a discussion between sides: "the exercises are
    focused on defending the coast", "the House was still focused on relief", "attention must be focused
    on ..." (unlike "the two leaders focused on trade")."""
    if tokens[trig.tok_start].norm not in _FOCUS_HEADS:
        return False
    i = trig.tok_start - 1
    while (
        i >= 0
        and trig.tok_start - i <= 3
        and (tokens[i].norm in _STATE_ADVERBS or tokens[i].norm.endswith("ly"))
    ):
        i -= 1
    return i >= 0 and tokens[i].norm in _BE_FORMS
