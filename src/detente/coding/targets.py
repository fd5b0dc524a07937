"""Coder stage 4, roles — targets: the first actor after a trigger (``_after``), past places, times,
names of meetings and topics, and up to what ends the trigger's clause. See :mod:`detente.coding.roles`
for the stage."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from detente.coding import sidefix
from detente.coding.meetings import _names_a_meeting
from detente.coding.ontology import EventType
from detente.coding.patterns import SCOPE_BREAK, Token, Trigger, words
from detente.coding.places import is_place
from detente.coding.roleparts import SPEECH_VERBS, _joined, clause_floor
from detente.coding.subjects import _conjuncts
from detente.coding.units import Unit, antecedent

_ATTRIBUTION = frozenset(
    {"said", "says", "told", "reported", "reports", "according", "announced"}
    | {"saying", "stressing", "noting", "adding", "emphasising", "underlining", "arguing", "insisting"}
)


_TARGET_PREPOSITIONS = words("with against on upon about between into towards toward at over from")
"""A phrase ending in one of these ("discuss * with", "impose * sanctions on") has its target after it;
not "to", "for", "of", whose phrases put the target in the gap ("urge X to", "blame X for")."""


_TOPIC_NOUNS = words(
    "relations relationship ties cooperation contacts dialogue partnership interaction links integration"
)


CONSEQUENCES = words("prompting sparking triggering provoking drawing")
"""Participles after a comma that tell what an act led to: the actor after them reacts to it."""


_POSSESSIVE = words("its their our his her my your")


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
    contrast = 0  # after "not against X but", where the words between the trigger and a target are read from
    for unit in units:
        if unit.tok_start < first or unit in exclude:
            continue
        if (
            unit.kind in ("group", "participants")
            and unit.tok_end <= trig.tok_end
            and not (
                gapped
                and trig.match.rule.event in _CROWD_ACTS
                and unit.kind == "group"
                and unit.code != "hostages"  # hostage-taking is aimed at whom the hostages belong to
            )
            # "met world leaders in New York": the leaders met are the meeting's other side
            and not (unit.code == "world leaders" and trig.match.rule.event is EventType.CONSULT)
        ):
            # "deployed troops", "attended the meeting of ...": the phrase's own object is no target (but in
            # "sentenced three journalists to prison" the people in a crackdown's gap are its target)
            continue
        if gapped and _owner_in_gap(tokens, units, trig, unit):
            continue  # "expressed the Russian people's solidarity with Americans": the owner is not the target
        if unit.kind == "group" and unit.tok_start > 0 and tokens[unit.tok_start - 1].norm in _POSSESSIVE:
            continue  # "agreed to withdraw its troops from Georgia": the subject's own forces
        if unit.code == "military" and trig.match.rule.event in (EventType.RETREAT, EventType.MOBILIZE):
            continue  # "pulled back troops", "deployed soldiers": the actor's own forces
        if trig.match.rule.event is EventType.AID and _sent_body(tokens, unit):
            continue  # "dispatched a team of army doctors to Turkey": the people sent are the help, not its target
        if unit.tok_start - trig.tok_end > limit:
            break
        between = [
            tokens[i].norm for i in range(max(trig.tok_end, contrast), max(trig.tok_end, unit.tok_start))
        ]
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
        if _denied_alternative(tokens, unit):
            # "directed not against ISIL but against the Syrian opposition": the other one is hit (read on
            # from after its "but")
            contrast = next(i for i in range(unit.tok_end, len(tokens)) if tokens[i].norm == "but") + 1
            continue
        if unit.tok_start >= trig.tok_end and document_topic(tokens, unit):
            continue  # "vetoed a draft resolution on Ukraine in the Security Council": what the text is about
        if not place and is_place(tokens, unit) and not _named_by_phrase(tokens, trig, unit):
            last_place = unit
            continue
        if not place and last_place is not None and _joined(tokens, last_place, unit):
            last_place = unit
            continue  # "in Poland and the Czech Republic": both are places
        if unit.kind == "unknown" and (
            unit.tok_start - trig.tok_end > 2 or sidefix.modifier_name(tokens, units, unit)
        ):
            continue  # (s25: "welcomed the Euro-Atlantic aspirations of Georgia": a modifier, no name)
        if _trailing_speaker(tokens, units, unit):
            break  # "..., Kremlin spokesman Dmitry Peskov insisted": who says it, not the target
        if _free_relative_subject(tokens, unit):
            break  # "bombed the port in what Iran called an act of war": who names the act, not its target
        named = _regions_named(tokens, units, unit)
        return _conjuncts(text, tokens, units, named or unit, leftwards=False)
    return []


_CONTRAST_REACH = 8


def _denied_alternative(tokens: Sequence[Token], unit: Unit) -> bool:
    """ "not against ISIL but against the Syrian opposition", "do not appear to be directed against ISIL but
    against ...": an actor after a negated preposition (a "not" up to six words before, in the same clause)
    whose alternative follows ("but <same preposition>") is the one the act is not aimed at."""
    i = unit.tok_start - 1
    if i >= 0 and tokens[i].norm == "the":
        i -= 1
    if i < 1 or tokens[i].norm not in _TARGET_PREPOSITIONS:
        return False
    before = [t.norm for t in tokens[max(0, i - 6) : i]]
    if "not" not in before and "n't" not in before:
        return False
    if any(
        not t.is_word for t in tokens[max(0, i - 6) + before.index("not" if "not" in before else "n't") : i]
    ):
        return False  # ("did not say so, and struck at ISIL but at ...": another clause's negation)
    prep = tokens[i].norm
    after = [t.norm for t in tokens[unit.tok_end : unit.tok_end + _CONTRAST_REACH]]
    return any(a == "but" and b == prep for a, b in itertools.pairwise(after))


def _free_relative_subject(tokens: Sequence[Token], unit: Unit) -> bool:
    """``unit`` opens a free relative after "what" ("in what Iran called ...", "what the Kremlin described
    as ..."): the subject of that clause."""
    i = unit.tok_start - 1
    if i >= 0 and tokens[i].norm == "the":
        i -= 1
    return i >= 0 and tokens[i].norm == "what"


_SENT_BODIES = words("team teams brigade brigades contingent contingents group groups detachment unit units")


def _sent_body(tokens: Sequence[Token], unit: Unit) -> bool:
    """A group named as the body sent: "a team of army doctors", "a brigade of Cuban doctors"."""
    if unit.kind != "group":
        return False
    i = unit.tok_start
    if i >= 3 and tokens[i - 1].norm != "of" and tokens[i - 1].is_word:
        i -= 1  # "a team of army doctors": one modifier before the group word
    return i >= 2 and tokens[i - 1].norm == "of" and tokens[i - 2].norm in _SENT_BODIES


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


_DOCUMENT_NOUNS = words("resolution resolutions draft drafts text")
_TOPIC_PREPOSITIONS = words("on about concerning regarding")


def document_topic(tokens: Sequence[Token], unit: Unit) -> bool:
    """``unit`` is what a draft or resolution is about ("a draft resolution on Syria"), not who it acts on."""
    i = unit.tok_start - 1
    if i >= 0 and tokens[i].norm == "the":
        i -= 1
    return i >= 1 and tokens[i].norm in _TOPIC_PREPOSITIONS and tokens[i - 1].norm in _DOCUMENT_NOUNS


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


_PURPOSES = words("discuss consider review examine decide prepare agree coordinate assess debate")


def _purpose_before(between: Sequence[str]) -> bool:
    return any(
        w == "to" and k + 1 < len(between) and between[k + 1] in _PURPOSES for k, w in enumerate(between)
    )


def _owner_in_gap(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger, unit: Unit) -> bool:
    """A possessor inside a phrase's gap, when the phrase names its recipient after it ("with X")."""
    if not (trig.tok_start < unit.tok_start and unit.tok_end < trig.tok_end):
        return False
    if tokens[unit.tok_end].norm not in ("'s", "'"):
        return False
    # "confirmed the Chinese leadership's full support for the efforts of the Russian authorities": the
    # recipient may stand a few words into the phrase after "for"
    opens = trig.tok_end < len(tokens) and tokens[trig.tok_end].norm in ("with", "to", "for")
    return any(
        u.tok_start >= trig.tok_end
        and u.tok_start > 0
        and (
            tokens[u.tok_start - 1].norm in ("with", "to", "for")
            or (opens and u.code is not None and u.tok_start - trig.tok_end <= _RECIPIENT_REACH)
        )
        for u in units
    )


_RECIPIENT_REACH = 8
"""Tokens after a phrase's "for"/"to"/"with" searched for the recipient named inside its noun phrase."""


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
    """The phrase ends in a target preposition and names no actor of its own: in "tell X about", "supply X
    with", the actor slot is the target, not what follows the preposition ("told Macron about the measures
    taken by Russia")."""
    elements = trig.match.phrase.elements
    last = elements[-1]
    return (
        last.kind == "word"
        and bool(last.words)
        and last.words <= _TARGET_PREPOSITIONS
        and not any(el.kind == "actor" for el in elements)
    )


_GATHERINGS = words(
    "march marches rally rallies protest protests demonstration demonstrations gathering gatherings sit-in "
    "sit-ins picket pickets vigil vigils procession processions"
)
_CROWD_ACTS = frozenset({EventType.COERCE, EventType.ASSAULT})
_GATHERING_REACH = 10
"""Tokens after a crackdown's trigger searched for the gathering it broke up."""
_OF_THEM_REACH = 6
"""Tokens before a crackdown's trigger searched for "of them" ("14,000 of them have been detained")."""


def crowd_patient(
    tokens: Sequence[Token],
    units: Sequence[Unit],
    trig: Trigger,
    verbal_before: Sequence[Trigger],
    exclude: Sequence[Unit],
) -> str | None:
    """Who a crackdown with no named target hits when the sentence names them otherwise: a gathering
    ("broke up a march by campaigners", "detained 300 people at an opposition rally": the protesters, or
    the opposition at its rally) or a pronoun ("police used tear gas to disperse them", "14,000 of them
    have been detained"), which stands for those who protested earlier in the sentence, else for its
    antecedent actor."""
    if trig.match.rule.event not in _CROWD_ACTS:
        return None
    floor = clause_floor(tokens, trig.tok_start)
    for k in range(trig.tok_start + 1, min(len(tokens), trig.tok_end + _GATHERING_REACH)):
        norm = tokens[k].norm
        if norm in SCOPE_BREAK or norm in (",", ";", ":") or (k >= trig.tok_end and norm in _ATTRIBUTION):
            break
        if norm in _GATHERINGS:
            return "opposition" if tokens[k - 1].norm == "opposition" else "protesters"
        if norm in _PROTEST_PARTICIPLES and k > trig.tok_end:
            return "protesters"  # "detained thousands of people protesting against the results"
    pronoun = None
    after = [t.norm for t in tokens[trig.tok_end : trig.tok_end + 3]]
    if trig.verbal and after[:1] == ["them"]:
        pronoun = trig.tok_end  # "detained them"
    elif trig.verbal and after[:1] == ["to"] and after[2:] == ["them"]:
        pronoun = trig.tok_end + 2  # "used tear gas to disperse them"
    elif trig.verbal:
        for k in range(max(floor, trig.tok_start - _OF_THEM_REACH), trig.tok_start):
            if tokens[k].norm == "them" and tokens[k - 1].norm == "of":
                pronoun = k  # "more than 14,000 of them have been detained"
    if pronoun is None:
        return None
    if any(t.match.rule.event is EventType.PROTEST for t in verbal_before):
        return "protesters"
    found = antecedent(tokens, [u for u in units if u not in exclude], pronoun)
    return found.code if found is not None else None


_PROTEST_PARTICIPLES = words("protesting demonstrating marching rallying picketing")
"""A crowd described by what it was doing when acted on: the crackdown hits protesters."""
_RELATIVE_AUX = words("has have had")
_HEAD_OWNER_REACH = 4
"""Most tokens between the owner named with a relative clause's head noun and the clause's subject."""


def relative_object(
    tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger, subject: Sequence[Unit]
) -> Unit | None:
    """The owner of what an object relative clause's verb acted on: "to release the Ukrainian sailors and
    ships it seized", "the Georgian villages that Russian troops occupied" — the owner named with the
    head noun the clause follows."""
    if trig.match.rule.event not in _CROWD_ACTS or not trig.verbal or len(subject) != 1:
        return None
    i = trig.tok_start
    while i > 0 and tokens[i - 1].norm in _RELATIVE_AUX:
        i -= 1
    if subject[0].tok_end != i:
        return None
    owner = max(
        (u for u in units if subject[0].tok_start - _HEAD_OWNER_REACH <= u.tok_end < subject[0].tok_start),
        key=lambda u: u.tok_end,
        default=None,
    )
    if owner is None or owner.code is None or owner.kind != "demonym":
        return None
    between = tokens[owner.tok_end : subject[0].tok_start]
    if not all(t.is_word and t.text.islower() and not t.norm.endswith("ed") for t in between):
        return None
    if tokens[owner.tok_end - 1].norm in _PEOPLE_HEADS and not between:
        return None  # "told Ukrainian officials they would ...": the owner is who is spoken to
    marked = bool(between) and between[-1].norm in ("that", "which")
    if not marked and subject[0].kind != "pronoun":
        return None  # "the Somali militant group al-Shabab is claiming ...": an apposition, no clause
    return owner


_PEOPLE_HEADS = words(
    "officials diplomats leaders ministers counterparts partners colleagues representatives"
)


_RELEASE = words("release releasing freeing return")
_HOLDING = words("held detained captured seized kidnapped abducted taken imprisoned jailed holding detaining")
_RELEASE_REACH = 14


def holder_of_captives(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> Unit | None:
    """ "called for the release of the OSCE observers held by separatists in Sloviansk": a call for captives'
    release is made on whoever holds them (the actor after "held/detained/... by"), not on the captives'
    own side. ``None`` when no release is asked or no holder is named."""
    end = min(len(tokens), trig.tok_end + _RELEASE_REACH)
    k = next((i for i in range(trig.tok_start, end) if tokens[i].norm in _RELEASE), None)
    if k is None:
        return None
    for i in range(k + 1, end - 1):
        if tokens[i].norm in (";", ".") or (tokens[i].norm == "," and tokens[i + 1].norm != "who"):
            return None
        if tokens[i].norm in _HOLDING and tokens[i + 1].norm == "by":
            return next((u for u in units if u.tok_start in (i + 2, i + 3) and u.code is not None), None)
    return None
