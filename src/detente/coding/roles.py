"""Coder stage 4, roles: the source and target of one trigger (:func:`assign_roles`).

The source is the subject — the nearest actor before the verb that is not after a preposition and not
the object of an earlier verb, with its conjuncts ("X and Y") — or, in the passive, the "by" agent; the
target is the first actor after the trigger (after a phrase's final preposition; places only for
visits). A noun trigger takes its possessor, "by" agent or the subject of its light verb. Meetings told
by their sides ("the two leaders discussed") take the meeting's sides. Each rule states its reason next
to it; the switches below were chosen by measurement on the gold sets.

This module is the stage's interface (``__all__``): :func:`assign_roles` and the roles of verb triggers
live here, the parts it reads in the modules by role kind — :mod:`~detente.coding.subjects` (the doer
before a verb, lists of actors, the sayer), :mod:`~detente.coding.targets` (the actor after a trigger),
:mod:`~detente.coding.nominal` (the roles of noun triggers: owners, "by" agents, the doer of a named
act), :mod:`~detente.coding.places` (places rather than actors), :mod:`~detente.coding.meetings` (the
sides of meetings, joint forums and relations) and :mod:`~detente.coding.roleparts` (the :class:`Roles`
value and the small helpers they share). The other stages import what they use from here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from detente.coding import domestic, sidefix
from detente.coding.lightacts import noted_plan
from detente.coding.meetings import (
    _MEETING_NOUNS,
    JOINT_FORUMS,
    RELATION_NOUNS,
    _evaluative_phrase,
    _group_subject,
    _impersonal_decision,
    _modal_before,
    _of_a_meeting,
    _one_side_told,
    _sides_named_before,
    _we_the_sides,
    forum_sides,
    relation_pair,
    relation_sides,
)
from detente.coding.nominal import (
    OF_PATIENT_ACTS,
    PROVOKING,
    _act_agent,
    _doer_of_subject_act,
    _nominal_roles,
    _owner_of_intent,
    by_agent,
    done_to,
    heading_meeting,
    owner_of_act_before,
    possessor,
    unowned_plan,
)
from detente.coding.ontology import EventType
from detente.coding.patterns import Token, Trigger, refused_to, words
from detente.coding.places import _struck_there, is_place, place_before, seized_place, where_it_happened
from detente.coding.roleparts import (
    SPEECH_VERBS,
    Roles,
    _codes,
    _named,
    _named_count,
    according_to,
    clause_floor,
    prep_before,
)
from detente.coding.subjects import (
    _conjuncts,
    _is_passive,
    _is_signing,
    _signatories,
    _subject,
    sayer_after,
    sayer_before,
    trailing_sayer,
)
from detente.coding.targets import (
    CONSEQUENCES,
    _after,
    _topic_preposition,
    crowd_patient,
    holder_of_captives,
    relative_object,
)
from detente.coding.units import Unit

_TOPIC_PREPS = words("about of on")

__all__ = [
    "CONSEQUENCES",
    "JOINT_FORUMS",
    "NEED_TARGET",
    "OF_PATIENT_ACTS",
    "PROVOKING",
    "RELATION_NOUNS",
    "SPEECH_VERBS",
    "Roles",
    "assign_roles",
    "by_agent",
    "clause_floor",
    "forum_sides",
    "is_place",
    "possessor",
    "prep_before",
    "relation_pair",
    "relation_sides",
    "sayer_after",
    "sayer_before",
    "trailing_sayer",
    "where_it_happened",
]


NEED_TARGET = True
"""A verb of a dyadic type (meeting, request, accusation, aid ...) codes an event only when it has a
target actor, unless its rule says the target is optional (measured: on official texts most such
target-less matches are not reports of an act between actors)."""


_DYADIC = frozenset({EventType.CONSULT, EventType.SUPPORT, EventType.AID, EventType.COOPERATE})


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


_SUBJECT_WORDS = words("it this that there they people who which what one someone everyone nobody")


def _deployed_within(tokens: Sequence[Token], trig: Trigger, unit: Unit) -> bool:
    """Forces sent "across|in|throughout|around" a place of a state (not "to the border with" another)."""
    between = [t.norm for t in tokens[trig.tok_end : unit.tok_start]]
    return (
        len(between) <= 4
        and bool(between)
        and between[0] in ("across", "in", "throughout", "around", "into", "on")
        and not any(n in ("border", "borders", "frontier", "with", "near", "against") for n in between)
    )


_DEPLOYED_FORCES = frozenset({"police", "military"})
"""Groups whose passive deployment ("police were deployed") is a mobilisation by them or their state."""
_CROWD = re.compile(
    r"protest|demonstrator|rioter|crowd|mob\b|opposition supporters|marchers|youths|students", re.I
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


def _owns_forces(tokens: Sequence[Token], unit: Unit) -> bool:
    """The unit names whose forces these are: "Russian troops", "Russia's military contingent", "the
    forces of Russia" (a force noun ends the unit, follows its "'s" within three words, or comes before
    "of" it)."""
    if unit.code is None or unit.kind not in ("state", "demonym", "metonym", "org"):
        return False
    if tokens[unit.tok_end - 1].norm in _FORCE_NOUNS:
        return True
    after = [t.norm for t in tokens[unit.tok_end : unit.tok_end + 4]]
    if after and after[0] in ("'s", "’s") and any(w in _FORCE_NOUNS for w in after[1:]):
        return True
    if unit.kind == "demonym" and any(w in _FORCE_NOUNS for w in after[:2]):
        return True
    before = [t.norm for t in tokens[max(0, unit.tok_start - 3) : unit.tok_start] if t.norm != "the"]
    return len(before) >= 2 and before[-1] == "of" and before[-2] in _FORCE_NOUNS


def _meeting_right_before(tokens: Sequence[Token], trig: Trigger) -> bool:
    """The clause opens with the meeting, right before the verb: "The discussion focused on ..."."""
    i = trig.tok_start
    return (
        2 <= i <= 3
        and tokens[0].norm == "the"
        and tokens[i - 1].norm in _MEETING_NOUNS
        and all(t.is_word for t in tokens[:i])
    )


def _inverted_passive(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "Also addressed were security issues": a participle opening the sentence, then "were"/"was"."""
    i = trig.tok_start
    return (
        i <= 1
        and all(t.norm in ("also", "further") for t in tokens[:i])
        and tokens[i].norm.endswith("ed")
        and i + 1 < len(tokens)
        and tokens[i + 1].norm in ("was", "were")
    )


_TOPIC_OPENERS = words("on about regarding concerning")


_TALK_NOUNS = words(
    "views opinions assessments talks consultations discussions negotiations dialogue conversation"
)
_NOT_A_TOPIC = words(
    "monday tuesday wednesday thursday friday saturday sunday phone telephone sidelines margins behalf eve "
    "occasion day night morning evening afternoon weekend visit trip tour"
)


def _topic_follows(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A talk verb phrase followed by its topic: "exchanged views on ...", "talked about ..." (but "spoke on
    Tuesday with ...", "on the phone", "on the sidelines" tell when and how, not what about)."""
    if not trig.verbal or trig.tok_end >= len(tokens) or tokens[trig.tok_end].norm not in _TOPIC_OPENERS:
        return False
    if tokens[trig.tok_end].norm == "on" and tokens[trig.tok_end - 1].norm not in _TALK_NOUNS:
        return False  # "met on ...": a verb's "on" tells when or where more often than what about
    after = [
        t for t in tokens[trig.tok_end + 1 : trig.tok_end + 4] if t.norm not in ("the", "a", "his", "her")
    ]
    return not (
        tokens[trig.tok_end].norm == "on"
        and after
        and (after[0].norm in _NOT_A_TOPIC or after[0].norm.endswith("#month") or after[0].text[:1].isdigit())
    )


def _talked_with(
    text: str, tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger, exclude: Sequence[Unit]
) -> list[Unit]:
    """The one talked with, named by "with" or "to" after the topic ("exchanged views on Syria with
    Merkel"), in the same clause; none when only the topic names actors."""
    for i in range(trig.tok_end, len(tokens)):
        norm = tokens[i].norm
        if norm in (";", ":") or (norm == "," and i > trig.tok_end and tokens[i - 1].norm != "with"):
            return []
        if norm not in ("with", "to"):
            continue
        nxt = [u for u in units if u.tok_start > i and u.code is not None and u not in exclude]
        if nxt and nxt[0].tok_start - i <= 3:
            return _conjuncts(text, tokens, units, nxt[0], leftwards=False)
    return []


def _told_a_pronoun(tokens: Sequence[Token], trig: Trigger) -> bool:
    """The phrase ends in "with"/"to" and the one talked to is "him"/"her" ("shared impressions with him",
    "spoke to her"): the counterpart is whom the pronoun stands for, not an actor named later."""
    end = trig.tok_end
    return end < len(tokens) and tokens[end - 1].norm in ("with", "to") and tokens[end].norm in ("him", "her")


_EXPELLERS = frozenset({"state", "metonym", "org"})


def _expelled_from(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> Unit | None:
    """Who expelled, in a passive with no "by": the state or body named right after "expelled from" ("two
    Russian diplomats were expelled from Poland", "Russia was expelled from the G8")."""
    k = trig.tok_start
    if not tokens[k].norm.startswith(("expel", "deport")):
        return None
    if k + 2 >= len(tokens) or tokens[k + 1].norm != "from":
        return None
    start = k + 2 + (tokens[k + 2].norm == "the")
    # "expelled from the United Kingdom": the name's unit may begin at its article (s27-coerce)
    firsts = (k + 2, start)
    return next((u for u in units if u.tok_start in firsts and u.code and u.kind in _EXPELLERS), None)


_US_WORDS = frozenset({"we", "us", "our", "ours", "ourselves"})


def _they_apart(tokens: Sequence[Token], subject: Sequence[Unit]) -> bool:
    """ "When we disagreed, they imposed sanctions on us": a "they" set against the speaker's own "we" is
    someone else, not the sides of the document's meeting (the speaker is one of those)."""
    return all(u.kind == "pronoun" and u.text.lower() == "they" for u in subject) and any(
        t.norm in _US_WORDS for t in tokens
    )


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
    ``judged``: the noun trigger heads an act its sentence judges (see
    :func:`detente.coding.nominal._judged_licence`)."""
    rule = trig.match.rule
    if not trig.verbal:
        found = _nominal_roles(text, tokens, units, trig, verbal_before, judged, participants)
        if found is None or not found.source:
            # "Telephone conversation with President of Turkey ...": a heading, the publisher's meeting
            return heading_meeting(text, tokens, units, trig, speaker) or found
        return found
    # "the decision was met with criticism from Germany": the "from" side is the doer, as in "met with"
    passive = _is_passive(tokens, trig, units) and not (
        rule.reverse and tokens[trig.tok_end - 1].norm == "from"
    )
    agent = (
        (
            by_agent(tokens, units, trig)
            or _agent_inside(tokens, units, trig)
            or _expelled_from(tokens, units, trig)
        )
        if passive
        else None
    )
    subject = _owner_of_intent(tokens, units, trig) or (
        []
        if unowned_plan(tokens, trig) or noted_plan(tokens, trig)
        else _subject(text, tokens, units, trig, verbal_before)
    )
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
        hi = max([trig.end, *(u.end for u in subject)])
        return Roles(codes, (), (min([u.start for u in subject] or [trig.start]), hi), True, True)
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
    if (
        rule.mutual_only
        and not passive
        and not subject
        and (_meeting_right_before(tokens, trig) or _inverted_passive(tokens, trig))
    ):
        # "The discussion centred on the situation in Yemen", "Also addressed were transport problems":
        # the meeting or its topic is the subject, its sides those of the document
        return Roles(participants, (), (trig.start, trig.end), True, True)
    if rule.mutual_only and passive and agent is None and _to_be_before(tokens, trig):
        return None  # "would allow common problems to be discussed": a purpose, not a meeting held
    if rule.mutual and passive and agent is None and len(participants) >= 2:
        return Roles(participants, (), (trig.start, trig.end), True, True)  # "Issues ... were discussed"
    if (
        passive
        and agent is None
        and reported_meeting
        and len(participants) >= 2
        and _is_signing(tokens, trig)
        and not any(t.text.isdigit() and len(t.text) == 4 for t in tokens)
    ):
        # "A protocol was also signed to open ..." in the readout of talks: the sides signed it (but "the
        # treaty was signed in 1997" is background); what the documents are about names no counterpart
        return Roles(participants, (), (trig.start, len(text)), True, True)
    if rule.event is EventType.AGREE and len(participants) >= 2 and _impersonal_decision(tokens, trig):
        return Roles(participants, (), (trig.start, trig.end), True, True)  # "it was decided to create ..."
    if rule.accused_subject:
        doer = _doer_of_subject_act(tokens, units, trig) or owner_of_act_before(tokens, units, subject)
        acted_on = [u for u in subject if not done_to(tokens, u)]  # "the detention of four Russians"
        return _accusation_roles(tokens, units, trig, [doer] if doer else acted_on, speaker)
    if rule.blamed_after:
        blamed = _after(text, tokens, units, trig, place=False, limit=3)
        if rule.event is EventType.REQUEST and blamed and _described_not_bidden(tokens, blamed[0]):
            return None  # "it is crucial that doctors are now allowed to ...": how things are, no demand
        return _accusation_roles(tokens, units, trig, blamed[:1], speaker)
    if rule.meeting_subject:
        floor = clause_floor(tokens, trig.tok_start)
        if not any(t.norm in _MEETING_NOUNS for t in tokens[max(floor, trig.tok_start - 6) : trig.tok_start]):
            return None  # "the situation was difficult": no meeting described
        if trig.tok_start > 0 and tokens[trig.tok_start - 1].norm in ("that", "which"):
            return None  # "agreed ... after talks in Moscow that lasted ten hours": the talks are background
        if not participants and not _evaluative_phrase(trig):
            return None  # "The Vilnius Summit will take place on 11 July": a schedule with no sides named
        return Roles(participants, (), (trig.start, trig.end), True, True)
    if (rule.mutual_only and passive and agent is None) or rule.topic_subject:
        # "Issues of trade were also discussed", "Energy was a key topic of the talks": a meeting whose
        # sides the sentence does not name (known only from the document: ``participants``)
        return Roles(participants, (), (trig.start, trig.end), True, True)
    if not passive and _group_subject(subject) and not meeting and not _they_apart(tokens, subject):
        # "Both sides expressed concern over ...": the sides of the meeting act together (a rule with no
        # target names none after it either: "the sides said they would observe ... the UN Charter")
        target_units = (
            []
            if rule.target == "none"
            else _after(text, tokens, units, trig, place=rule.place, exclude=subject)
        )
        source = tuple(dict.fromkeys((*_codes(subject), *participants)))
        lo = min([trig.start, *(u.start for u in [*subject, *target_units])])
        hi = max([trig.end, *(u.end for u in [*subject, *target_units])])
        # "The sides expressed their high opinion of Russian-Italian relations": the relation of the
        # sides themselves is what they speak of, not a third party acted on
        target = tuple(c for c in _codes(target_units) if c not in source)
        return Roles(source, target, (lo, hi), False, True)
    if (
        passive
        and agent is None
        and rule.event is EventType.MOBILIZE
        and subject
        and all(
            (u.kind in ("state", "demonym") or (u.kind == "org" and _owns_forces(tokens, u)))
            and u.code is not None
            for u in subject
        )
    ):
        # "40,000 Russian troops are deployed near the border": the forces' state mobilises them ("NATO
        # troops were deployed to Estonia": the alliance its own)
        source_units, target_units = (
            subject,
            _after(text, tokens, units, trig, place=rule.place, exclude=subject),
        )
    elif (
        passive
        and agent is None
        and rule.event is EventType.MOBILIZE
        and subject
        and any(u.code in _DEPLOYED_FORCES for u in subject)
    ):
        # "Thousands of riot police were deployed across central Tehran": the forces mobilise, for the
        # state whose place they are sent to (a state, capital or region of it named right after), else
        # they stand as the doer themselves
        after = _after(text, tokens, units, trig, place=True, exclude=subject)
        home = [
            u
            for u in after[:1]
            if u.kind in ("state", "metonym", "territory", "demonym")
            and u.code is not None
            and _deployed_within(tokens, trig, u)
        ]
        own = [u for u in subject if u.kind in ("state", "metonym", "demonym") and u.code is not None]
        source_units = own or home or [u for u in subject if u.code in _DEPLOYED_FORCES]
        target_units = [u for u in after if u not in home and u.code not in _codes(source_units)]
    elif (
        passive
        and agent is None
        and rule.event in (EventType.RETREAT, EventType.CONCEDE)
        and subject
        and all(_owns_forces(tokens, u) for u in subject)
    ):
        # "the main part of Russia's military contingent will be withdrawn from Syria": the forces' owner
        # pulls them out, from the place named after
        source_units = subject
        target_units = _after(text, tokens, units, trig, place=True, exclude=subject)
    elif passive:
        # "was rejected by China and Russia", "jets provided by Denmark and the Netherlands": every agent
        agents = _conjuncts(text, tokens, units, agent, leftwards=False) if agent and agent.code else []
        source_units, target_units = (agents or ([agent] if agent else [])), subject
        if subject:
            target_units = [*sidefix.of_list(text, tokens, units, subject[0])[:-1], *subject]  # (s25)
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
        if (
            agent is None
            and _is_signing(tokens, trig)
            and _named_count(subject) >= 2
            and len({u.tok_start for u in subject}) == 1
        ):
            # "A Russian-Kazakh agreement on the Baikonur lease was signed": the pair the document is named
            # after (one hyphenated word) signed it
            return Roles(
                _codes(subject), (), (min(u.start for u in subject), trig.end), True, _named(subject)
            )
        if agent is not None and not subject:
            # "fighters donated by Russia to Serbia": the recipient follows the agent
            target_units = _after(text, tokens, units, trig, place=rule.place, exclude=[agent])
        if agent is None:
            announcer = _announcer_of_measure(tokens, units, trig, subject)
            if announcer is not None:
                source_units = [announcer]
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
        elif not _codes(subject) and rule.event in (EventType.SUPPORT, EventType.AGREE):
            # "Defence Minister Chi Haotian confirmed the Chinese leadership's full support for ...": with a
            # speaker the dictionary cannot name, the side owning the support gives it
            held = [
                u
                for u in units
                if trig.tok_start < u.tok_start
                and u.tok_end < trig.tok_end
                and u.code is not None
                and tokens[u.tok_end].norm in ("'s", "\u2019s")
            ]
            if len(held) == 1:
                source_units, exclude = held, [*subject, *held]
        signing = _is_signing(tokens, trig)
        if signing and _named_count(subject) == 1:
            # "Putin and the leaders of the NATO member states signed ...": every signatory
            source_units = subject = _signatories(text, units, subject[0])
            exclude = [*exclude, *subject]
        both_sides = (
            (rule.event in (EventType.CONSULT, EventType.AGREE, EventType.COOPERATE) or signing)
            and _named_count(subject) >= 2
            and not (
                rule.event is EventType.AGREE
                and tokens[trig.tok_start].norm.startswith(_PROMISING)
                and _codes(_after(text, tokens, units, trig, place=False, exclude=exclude))
            )
            and not _met_someone(tokens, units, trig, exclude)
        )  # (but "the Netherlands and Denmark pledged to supply jets to Ukraine" promise Ukraine)
        target_units = (
            []
            if rule.target == "none" or both_sides or (topic and rule.event is EventType.CONSULT)
            else _after(text, tokens, units, trig, place=rule.place, exclude=exclude)
        )
        if rule.event is EventType.CONSULT and not rule.place and _topic_follows(tokens, trig):
            # "exchanged views on Syria with Merkel": what the talk was about is no counterpart
            target_units = _talked_with(text, tokens, units, trig, exclude)
        if rule.event is EventType.CONSULT and _told_a_pronoun(tokens, trig):
            # "shared his impressions with him about the Russian-German meetings": "him" is the one told (the
            # meeting's other side, filled in below), never an actor of the topic after it
            target_units = []
        # "Putin and Blair exchanged opinions on Iraq"; "discussed Russia's relations with the EU"
        slot_last = trig.match.slot is not None and (
            trig.match.slot[1] == trig.tok_end
            # "told Mr Aliyev about the results of the Russia-EU summit": the one told, not the topic's actor
            or (trig.match.slot[1] == trig.tok_end - 1 and tokens[trig.tok_end - 1].norm in _TOPIC_PREPS)
        )
        if (not _codes(target_units) or slot_last) and trig.match.slot is not None and rule.target != "none":
            # "took part in NATO's operation": the actor the phrase names is its target, even after "in"
            slotted = [u for u in units if u.tok_start == trig.match.slot[0] and u not in subject]
            target_units = _conjuncts(text, tokens, units, slotted[0], leftwards=False) if slotted else []
        if rule.event in (EventType.ACCUSE, EventType.REJECT) or (
            rule.event is EventType.SUPPORT and tokens[trig.tok_start].norm.startswith("recogni")
        ):
            # "condemned the attack on Ukraine that Russia launched": the accused is who did the act; "will
            # (not) recognise the annexation ..., which the Kremlin proclaimed": the act's doer is its target
            doer = _act_agent(tokens, units, trig)
            if doer is not None and doer not in source_units:
                target_units = [doer]
    if rule.event is EventType.ASSAULT and not passive and not source_units and not _codes(target_units):
        struck = place_before(tokens, units, trig)
        if struck is not None and _struck_there(tokens, struck, trig):
            # "A car bomb ripped through a checkpoint in Ankara, killing dozens of officers": no one named
            # did it, and the place's state is the one hit
            target_units = [struck]
    by_phrase = passive and agent is not None and tokens[trig.tok_end - 1].norm == "by"
    if rule.reverse and not by_phrase:
        # (a phrase that ends in its own "by" — "was condemned by NATO" — already has the agent as source)
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
        owned_here = all(
            trig.tok_start < u.tok_start
            and u.tok_end < trig.tok_end
            and tokens[u.tok_end].norm in ("'s", "\u2019s")
            for u in target_units
        )  # "Putin confirmed the Russian leadership's commitment to ...": its own side, named in the phrase
        if owned_here and rule.event in (EventType.AGREE, EventType.SUPPORT) and not (borrowed or speakerish):
            target_units = _after(
                text, tokens, units, trig, place=rule.place, exclude=[*source_units, *target_units]
            )
            all_targets = _codes(target_units)
        elif (borrowed or speakerish) and not domestic.rival_named(units, source_units, target_units):
            # "I visit places ...", "the President met the Government", "he complained that he had been
            # brought ...": no one else is acted on; the act stands only if its type needs no target
            if rule.event in _DYADIC or rule.mode == "investigate":
                return None
            target_units, all_targets = [], ()
    target, target_units = _verbal_target(
        text, tokens, units, trig, verbal_before, passive, source, source_units, target_units, all_targets
    )
    if passive and len(source_units) >= 2 and set(target) & set(source):
        # "was agreed by the Syrian government and the opposition": an agent listed is no target
        target = tuple(c for c in target if c not in source)
    if meeting and not passive and source and all(c in JOINT_FORUMS for c in source):
        # "The NRC met in extraordinary session at Russia's request": the meeting of both sides
        span = (
            min([trig.start, *(u.start for u in source_units)]),
            max([trig.end, *(u.end for u in source_units)]),
        )  # (a speaker's "we" has no unit in the sentence)
        return Roles(forum_sides(source), (), span, True, True)
    if reported_meeting and _we_the_sides(
        rule, tokens, trig, passive, source_units, target, speaker, participants
    ):
        # "We had a detailed discussion on ...", "We agreed today that ..." in the statements after talks:
        # the speaker's "we" is both sides of the meeting
        if _modal_before(tokens, trig):
            return None  # "we can discuss quite a few topics": what the meeting may take up
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
        # "The Chancellor dwelt on the outcome of his trip" (in a call of two leaders): one side spoke to
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
        (
            rule.event is EventType.CONSULT
            or (reported_meeting and rule.event in (EventType.AGREE, EventType.SUPPORT) and not passive)
        )
        and not target
        and not mutual
        and source
        and len(participants) >= 2
        and set(source) < set(participants)
    ):
        # "It was the French President who initiated the call" (a Putin-Macron call): the other side; in a
        # readout, "Mr Putin confirmed Russia's commitment to the agreements reached" is made to the other side
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
        lo = min([trig.start, *(u.start for u in source_units)])
        return Roles(source, (), (lo, trig.end), True, True)
    if (
        rule.event is EventType.CONSULT
        and not target
        and not passive
        and reported_meeting
        and len(participants) >= 2
        and set(source) == set(participants)
    ):
        # "Mr President and I will attend its plenary session" after the talks of the two: the sides of the
        # meeting reported go on meeting together, with no one else named
        lo = min([trig.start, *(u.start for u in source_units)])
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


def _verbal_target(
    text: str,
    tokens: Sequence[Token],
    units: Sequence[Unit],
    trig: Trigger,
    verbal_before: Sequence[Trigger],
    passive: bool,
    source: tuple[str, ...],
    source_units: Sequence[Unit],
    target_units: list[Unit],
    all_targets: tuple[str, ...],
) -> tuple[tuple[str, ...], list[Unit]]:
    """The target codes of a verb trigger (and its target units, with any unit found here added), from
    ``all_targets``, the codes of the units after it: those that are not the source's, else the next actor
    for an act between actors, else the source itself; with no target, the owner of what a relative
    clause's verb acted on or the state where things were seized; and the crowd a crackdown hit when no
    target (or only a place) is named."""
    rule = trig.match.rule
    target = tuple(c for c in all_targets if c not in source)
    named_self = all(u.kind in ("state", "metonym", "org") for u in target_units)
    if not target and all_targets and rule.event in _BETWEEN_ACTORS and named_self:
        # "Trump threatened to pull the United States out of NATO": the next actor, not the source itself
        further = _after(text, tokens, units, trig, place=False, exclude=[*source_units, *target_units])
        target = tuple(c for c in _codes(further) if c not in source)
    elif not target:
        target = all_targets  # "Russian police arrested Russian students": an actor may act on itself
    held_by = relative_object(tokens, units, trig, source_units) if not target and not passive else None
    if held_by is not None and held_by.code is not None and held_by.code not in source:
        target, target_units = (held_by.code,), [*target_units, held_by]  # "the Ukrainian ships it seized"
    if not target and trig.verbal and rule.event is EventType.COERCE and rule.mode == "seize" and not passive:
        held = seized_place(tokens, units, trig, source)
        if held is not None and held.code is not None:
            target, target_units = (
                (held.code,),
                [*target_units, held],
            )  # "seized buildings in eastern Ukraine"
    if rule.event is EventType.REQUEST and trig.verbal:
        holder = holder_of_captives(tokens, units, trig)
        if holder is not None and holder.code is not None and holder.code not in source:
            target, target_units = (holder.code,), [holder]
    if not target or all(where_it_happened(tokens, u) for u in target_units):
        crowd_hit = crowd_patient(tokens, units, trig, verbal_before, source_units)
        if crowd_hit is not None and crowd_hit not in source:
            # "police used tear gas to disperse them", "broke up a march by campaigners": who was hit
            target = (crowd_hit,)
    return target, target_units


_CONDITIONS = words("if unless provided providing")


def _condition_actor(
    tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger, source: Sequence[str]
) -> Unit | None:
    """The actor a condition on the act names right after "if"/"unless"/"provided", the condition coming
    before the act in the same sentence ("If the EU acts in good faith on this matter, we will cooperate")."""
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


_MEETING_VERBS = words(
    "meet meets met meeting visit visits visited visiting receive receives received receiving"
)


def _met_someone(
    tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger, subject: Sequence[Unit]
) -> bool:
    """A pair subject meets a third side named right after the verb ("Secretary Kerry and I will meet
    Minister Lavrov", "Putin and Lukashenko met with Obama"): the one met is the target, not a meeting of
    the pair alone."""
    if trig.match.rule.event is not EventType.CONSULT or tokens[trig.tok_start].norm not in _MEETING_VERBS:
        return False
    at = trig.tok_end
    while at < len(tokens) and tokens[at].norm in ("with", "the", "mr", "mrs", "ms", "madam"):
        at += 1
    return any(trig.tok_end <= u.tok_start <= at and u.code is not None and u not in subject for u in units)


_PROMISING = ("pledg", "promis", "vow", "offer")
"""Verbs of a promise made to someone: two states promising together still promise a third."""

_CONCUR = words("agree agrees agreed concur concurs concurred")
_FINDING = words(
    "concluded concludes conclude found finds determined determines assessed assesses judged judges established"
)
"""Verbs by which a side states a finding of wrongdoing ("Allies have concluded that Russia is in breach")."""
_STATING = words("stated states declared declares")
"""Trailing attributions that :data:`SPEECH_VERBS` leaves out ("..., the North Atlantic Council stated")."""


def _trailing_finder(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> Unit | None:
    """The side of a trailing finding or statement after the trigger: "Russia is in material breach of the
    Treaty, Allies have concluded", "Russia must cease its military action, the North Atlantic Council
    stated" (a comma, then within a few words the side and a finding or stating verb)."""
    for i in range(trig.tok_end, len(tokens)):
        if tokens[i].norm != ",":
            continue
        window = tokens[i + 1 : i + 6]
        if window and window[0].norm in ("which", "who", "that", "where", "when", "and", "but"):
            return None  # ", which was concluded in 1987": a relative or a new clause, no finding
        if any(t.norm in _FINDING or t.norm in _STATING for t in window):
            first = next((u for u in units if u.tok_start > i and u.code), None)
            if first is not None and first.tok_start < i + 6:
                return first
        return None
    return None


_WARNING_VERBS = SPEECH_VERBS | words("warned warns warning stated states declared declares")
"""Verbs that report a threat ("Moscow warned that such steps will not go unanswered")"""


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
    said = [
        u
        for u in accused
        if trig.match.rule.event is EventType.ACCUSE and u.kind != "pronoun" and _says_right_after(tokens, u)
    ]
    if said and said[0].code is not None:
        # "Mr Rutte said the blockade was a violation of international law": the one who says it
        # stands before "said" and accuses; the clause's own subject names no one to accuse
        return Roles((said[0].code,), (), (min(trig.start, said[0].start), max(trig.end, said[0].end)))
    if not accused:
        if trig.match.rule.event is EventType.THREATEN:
            # "the Foreign Ministry said the move would not go unanswered": a threat at someone unnamed
            sayer = sayer_before(tokens, units, trig.tok_start, _WARNING_VERBS)
            if sayer is not None and sayer.code:
                return Roles((sayer.code,), (), (min(trig.start, sayer.start), max(trig.end, sayer.end)))
            return Roles((speaker,), (), (trig.start, trig.end)) if speaker else None
        return None
    sayer = sayer_before(tokens, units, accused[0].tok_start, SPEECH_VERBS | _CONCUR | _FINDING)
    if sayer is None:
        sayer = trailing_sayer(tokens, units, trig) or _trailing_finder(tokens, units, trig)
    if sayer is None:
        # "According to the Kremlin, NATO's enlargement is a step towards confrontation"
        sayer = next(
            (u for u in units if u.code and u.tok_end <= trig.tok_start and according_to(tokens, u)), None
        )
    source = (sayer.code,) if sayer is not None and sayer.code else ((speaker,) if speaker else ())
    target = tuple(
        dict.fromkeys(
            u.code for u in accused if u.code and (u.code not in source or domestic.rival_sides(sayer, u))
        )
    )  # (two sides of one state: s27-np4, s27-domestic)
    if not target:
        return None
    span = [*accused, *([sayer] if sayer is not None else [])]
    lo = min([trig.start, *(u.start for u in span)])
    hi = max([trig.end, *(u.end for u in span)])
    return Roles(source, target, (lo, hi))


def _says_right_after(tokens: Sequence[Token], unit: Unit) -> bool:
    """The unit is the subject of a speech verb right after it ("Varadkar said ...", "Amnesty says")."""
    return unit.tok_end < len(tokens) and tokens[unit.tok_end].norm in SPEECH_VERBS


_MEASURE_MODES = frozenset({"censor", "ban", "expel", "deport"})


def _announcer_of_measure(
    tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger, subject: Sequence[Unit]
) -> Unit | None:
    """Who announces a measure told in the passive with no "by": "Two Russian diplomats have been expelled,
    the Polish Foreign Ministry said", "all practical cooperation ... has been put on hold, the Allies'
    foreign ministers announced": a side announcing a cut in relations (or a ban) takes the measure itself.
    Not for other acts ("were detained, Amnesty said": a reporter, not the doer)."""
    rule = trig.match.rule
    if not (
        rule.event is EventType.SANCTION or (rule.event is EventType.COERCE and rule.mode in _MEASURE_MODES)
    ):
        return None
    sayer = trailing_sayer(tokens, units, trig)
    if sayer is None or sayer.code is None or any(u.code == sayer.code for u in subject):
        return None
    return sayer


_INDICATIVE_AUX = words("is are was were has have had")


def _described_not_bidden(tokens: Sequence[Token], unit: Unit) -> bool:
    """ "it is essential that Russia withdraw": a demand takes the bare verb; "it is crucial that doctors
    are now allowed to ...", "... that NATO has the capabilities" describe how things stand."""
    for tok in tokens[unit.tok_end : unit.tok_end + 6]:
        if tok.norm in _INDICATIVE_AUX:
            return True
        if tok.norm in (",", ";", "to", "that", "which", "who"):
            return False
    return False


def _to_be_before(tokens: Sequence[Token], trig: Trigger) -> bool:
    i = trig.tok_start
    return i >= 2 and tokens[i - 1].norm == "be" and tokens[i - 2].norm == "to"


_LEAVE_WORDS = words("leave vacate quit")


def _headline_verb(tokens: Sequence[Token], trig: Trigger, units: Sequence[Unit]) -> bool:
    """A verb that opens its sentence with no subject ("Met with ...", "Stressing ..., urged ..."): the
    speaker of the statement is its subject. A verb after other words without an actor ("people are
    asking") has a subject that is not an actor, so it does not borrow the speaker."""
    if any(u.tok_start < trig.tok_start for u in units):
        return False
    floor = clause_floor(tokens, trig.tok_start)
    lead = [t for t in tokens[floor : trig.tok_start] if t.is_word]
    if _address_before(tokens, floor, trig.tok_start):
        return True  # "Dear Sauli, thank you for ...": the one addressed, then the speaker's courtesy
    return len(lead) <= 1 and not any(t.norm in _SUBJECT_WORDS for t in lead)


_ADDRESS_WORDS = words("dear mr mrs ms madam your excellency majesty highness my friend friends colleagues")


def _address_before(tokens: Sequence[Token], floor: int, at: int) -> bool:
    """The words from ``floor`` to the trigger at ``at`` are an address set off by a comma ("Dear Sauli,",
    "Your Majesty,", "Mr President,"): capitalised words or words of address only."""
    lead = tokens[floor:at]
    return (
        len(lead) >= 2
        and lead[-1].norm == ","
        and len(lead) <= 5
        and all(t.is_word and (t.text[:1].isupper() or t.norm in _ADDRESS_WORDS) for t in lead[:-1])
        and not any(t.norm in _SUBJECT_WORDS for t in lead[:-1])
    )


def _agent_inside(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> Unit | None:
    """The "by X" agent that a gapped phrase spans, right after the participle: "was asked by Ukraine to
    convene ...", "was warned by the Kremlin of serious consequences"."""
    for unit in units:
        if not trig.tok_start + 1 < unit.tok_start < trig.tok_end or unit.code is None:
            continue
        by = unit.tok_start - 1
        while by > trig.tok_start and tokens[by].norm in ("the", "a", "an"):
            by -= 1
        if tokens[by].norm == "by" and by - trig.tok_start <= 2:
            return unit
    return None
