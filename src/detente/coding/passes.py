"""Coder stage 7, sentence-wide passes: adjustments to the events of one sentence that need the whole
sentence and every event found in it (:func:`sentence_passes`), applied after the triggers are coded and
before duplicates are folded. Each pass states its reason next to it; each was kept by measurement on the
development gold sets (see the commit that added it)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from detente.coding.meetings import _names_a_meeting
from detente.coding.ontology import EventType, Polarity, derived_fields
from detente.coding.patterns import Token, answered_act, norms_of, words
from detente.coding.recipients import call_topic
from detente.coding.roles import (
    CONSEQUENCES,
    JOINT_FORUMS,
    SPEECH_VERBS,
    forum_sides,
    sayer_before,
    where_it_happened,
)
from detente.coding.targets import document_topic
from detente.coding.treaties import load_treaties
from detente.coding.units import Unit, _state_code

if TYPE_CHECKING:
    from detente.coding.actors import ActorDictionary
    from detente.coding.coder import Event

HOSTILE_TYPES = frozenset(
    {EventType.ASSAULT, EventType.COERCE, EventType.ACCUSE, EventType.SANCTION, EventType.MOBILIZE}
)
"""Types of acts done against someone (whose doer an accusation in the same sentence is aimed at)."""


class SentenceView(Protocol):
    """What the passes read of a coded sentence: its tokens, actor units and the statement's speaker."""

    @property
    def tokens(self) -> Sequence[Token]: ...

    @property
    def units(self) -> Sequence[Unit]: ...

    @property
    def speaker(self) -> str | None: ...

    @property
    def date(self) -> dt.date: ...

    @property
    def dictionary(self) -> ActorDictionary | None: ...


def sentence_passes(ctx: SentenceView, events: list[Event]) -> list[Event]:
    """Run the passes in order: whose unnamed troops, no self-aimed act, protesters, the accused doer, the
    other side of a directed act, and an annexation's signing."""
    if not events:
        return events  # each pass only amends or copies the events it is given (s28-speed)
    events = _armed_occupation(_forces_of_the_sayer(ctx, events))
    events = _protesters(_residents_protest(ctx, _no_self_attack(ctx, events)))
    events = _accused_doer(_victim_not_accused(ctx, _other_side(ctx, _accused_doer(events))))
    events = _terrorism_condemned(ctx, events)
    events = _victims_not_attackers(_people_killed(ctx, _answered_doer(ctx, events)))
    events = _vetoed_in(ctx, _threat_back(_told_addressee(ctx, events)))
    events = _pronoun_object(ctx, events)
    events = _treaty_counterparts(
        ctx,
        _force_shown_together(
            ctx, _acted_together(ctx, _demand_or_face(ctx, _freed_not_counterpart(events)))
        ),
    )
    events = _treaty_threat_counterparts(ctx, events)
    events = _no_allied_deployment(ctx, _signed_annexation(_press_is_no_counterpart(events)))
    return _sympathy_for_the_struck(_forces_owner_mobilises(ctx, _shared_counterpart(ctx, events)))


_SORROW = ("condolence", "sympath")


def _sympathy_for_the_struck(events: list[Event]) -> list[Event]:
    """Condolences aimed at no one (or at the attacker, the sentence's one other actor), told beside an
    attack the sentence reports: for the side the attack struck ("condemned the hostage-taking at a Moscow theatre by Chechen terrorists and expressed his
    condolences to the families of the victims": to Russia)."""
    attacks = [e for e in events if e.event is EventType.ASSAULT and e.polarity is Polarity.ASSERTED]
    struck = {c for e in attacks for c in e.target if c[:1].isupper()}
    if not struck:
        return events
    attackers = {c for e in attacks for c in e.source}
    out = []
    for ev in events:
        if (
            ev.event is EventType.SUPPORT
            and set(ev.target) <= attackers  # none, or the attacker taken as the one other actor
            and ev.source
            and any(w in ev.trigger for w in _SORROW)
            and not struck & set(ev.source)
        ):
            ev = dataclasses.replace(ev, target=tuple(sorted(struck)))
        out.append(ev)
    return out


_ARMED_HOLDERS = frozenset({"military", "separatists", "rebels", "militants", "militias"})
"""Group codes of armed men: their occupying a building is a seizure, not a sit-in."""


def _armed_occupation(events: list[Event]) -> list[Event]:
    """A state's or armed group's forces "occupied the nuclear plant / the ministry": a seizure (COERCE,
    CAMEO 192 "occupy territory"), not the sit-in of protesters the phrase otherwise tells ("Protesters
    occupied the parliament building")."""
    out = []
    for ev in events:
        if (
            ev.event is EventType.PROTEST
            and ev.mode == "obstruct"
            and ev.trigger.startswith("occupy")
            and ev.source
            and all(c in _ARMED_HOLDERS or _state_code(c) for c in ev.source)
        ):
            ev = dataclasses.replace(
                ev, event=EventType.COERCE, mode="seize", derived=derived_fields(EventType.COERCE, "seize")
            )
        out.append(ev)
    return out


_ATTACK_NOUNS = words(
    "shelling shellfire strike strikes airstrike airstrikes air-strike bombardment bombardments bombing "
    "bombings raid raids attack attacks offensive missile missiles drone drones fire artillery vessels ships "
    "warships troops forces soldiers aircraft jets warplanes"
)
_ATTACK_PREPOSITIONS = words("in by from with during after amid under")


def _names_the_attacker(tokens: Sequence[Token], unit: Unit) -> bool:
    """A demonym on the attack itself or its means, after "in", "by", "with" ...: "killed in the Indian
    strikes", "wounded in the Russian shelling", "damaged in clashes with Chinese vessels" (the unit may
    hold the noun)."""
    noun = unit.tok_end - 1 if unit.tok_end - unit.tok_start > 1 else unit.tok_end
    if unit.kind != "demonym" or noun >= len(tokens) or tokens[noun].norm not in _ATTACK_NOUNS:
        return False
    before = unit.tok_start - 1
    if before >= 0 and tokens[before].norm in ("the", "a", "an"):
        before -= 1
    return before >= 0 and tokens[before].norm in _ATTACK_PREPOSITIONS


def attacker_named_with_the_attack(ctx: SentenceView, events: list[Event]) -> list[Event]:
    """An attack told from its victims' side whose only named state is the attacker's adjective ("Six
    people were killed in the Indian strikes", "two boats were damaged in clashes with Chinese vessels"):
    that state is the source, not the target. Run after the owners of forces are read (the coder's
    ``_forces_target`` makes "the Russian shelling" the target's owner)."""
    out = []
    for e in events:
        aimed = [u for u in ctx.units if u.code is not None and u.code in e.target]
        if (
            e.event is EventType.ASSAULT
            and not e.source
            and aimed
            and all(_names_the_attacker(ctx.tokens, u) for u in aimed)
        ):
            e = dataclasses.replace(e, source=e.target, target=())
        out.append(e)
    return out


_PENALTIES = words(
    "sanctions consequences measures action penalties punishment expulsion isolation retaliation possibility "
    "prospect war strikes force fines prosecution conflict"
)


def _or_face_after(tokens: Sequence[Token], start: int) -> bool:
    """ "... or face (the possibility of) sanctions" after token ``start`` in its sentence."""
    for i in range(start, len(tokens) - 2):
        if tokens[i].norm == "or" and tokens[i + 1].norm == "face":
            return any(t.norm in _PENALTIES for t in tokens[i + 2 : i + 8])
    return False


def _demand_or_face(ctx: SentenceView, events: list[Event]) -> list[Event]:
    """A demand backed by a penalty threatens too: "The Security Council demanded that Sudan disarm the
    militias within 30 days or face economic and diplomatic measures" is a REQUEST and a THREATEN by the
    Council to Sudan (the gold sets code both), unless the sentence already codes that threat."""
    if not any(t.norm == "face" for t in ctx.tokens):
        return events
    out = list(events)
    for ev in events:
        if ev.event is not EventType.REQUEST or not ev.source or not ev.target:
            continue
        if any(e.event is EventType.THREATEN and set(e.source) & set(ev.source) for e in out):
            continue
        if _or_face_after(ctx.tokens, _token_at(ctx, ev.anchor[1])):
            out.append(
                dataclasses.replace(
                    ev, event=EventType.THREATEN, mode="", derived=derived_fields(EventType.THREATEN, "")
                )
            )
    return out


_EXERCISE_WORDS = words(
    "exercise exercises drills drill manoeuvres maneuvers manoeuvre maneuver war-games wargames games patrol "
    "patrols grouping"
)
_JOINT_WORDS = words("joint jointly combined")
_JOINT_OPERATIONS = words(
    "operation operations raid raids sweep sweeps patrol patrols investigation action crackdown offensive"
)
_TOGETHER_TYPES = frozenset({EventType.MOBILIZE, EventType.COERCE, EventType.ASSAULT})
"""Acts in the field that two sides can do together (an exercise, an arrest, a strike)."""


def _joint_operation(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The words from ``start`` to ``end`` say the act was done together: "jointly", "in a joint
    operation", "a combined raid"."""
    for i in range(start, end):
        if tokens[i].norm == "jointly":
            return True
        if tokens[i].norm in _JOINT_WORDS and any(
            t.norm in _JOINT_OPERATIONS for t in tokens[i + 1 : min(i + 4, end)]
        ):
            return True
    return False


def _together_sides(ctx: SentenceView, ev: Event) -> tuple[str, ...]:
    """The sides of an act in the field that two or more of them did together, else ``()``:
    "Russia and Belarus are holding the Zapad exercise" (an exercise with two doers),
    "Colombian and Ecuadorean police arrested 14 members of a ring in a joint operation" (an arrest by two
    doers, said to be joint), "Russian troops would arrive in Belarus to form a joint regional grouping of
    forces with the Belarusian army" (a joint exercise or grouping with its partner named after it)."""
    if ev.event not in _TOGETHER_TYPES or not ev.source:
        return ()
    first = _token_at(ctx, ev.anchor[0])
    last = max(first, _token_at(ctx, ev.anchor[1]))
    trigger = ctx.tokens[first:last]
    exercise = ev.event is EventType.MOBILIZE and any(t.norm in _EXERCISE_WORDS for t in trigger)
    joint_trigger = any(t.norm in _JOINT_WORDS for t in trigger)
    named = tuple(c for c in dict.fromkeys(ev.source) if c.isupper())
    if len(named) >= 2 and (exercise or _joint_operation(ctx.tokens, first, min(len(ctx.tokens), last + 12))):
        return named
    partners = tuple(c for c in dict.fromkeys((*named, *ev.target)) if c.isupper())
    if exercise and joint_trigger and named and len(partners) >= 2:
        return partners
    return ()


def _acted_together(ctx: SentenceView, events: list[Event]) -> list[Event]:
    """Two or more sides acting together in the field cooperate (the gold sets code two-state exercises
    and joint operations as COOPERATE, the official sets also as MOBILIZE): an exercise held by two
    states, or an arrest or strike two sides made "in a joint operation", adds a COOPERATE by those sides
    with no target, unless the sentence already codes their cooperation."""
    out = list(events)
    for ev in events:
        sides = _together_sides(ctx, ev)
        if not sides or any(e.event is EventType.COOPERATE and set(e.source) & set(sides) for e in out):
            continue
        out.append(
            dataclasses.replace(
                ev,
                event=EventType.COOPERATE,
                mode="",
                source=sides,
                target=(),
                derived=derived_fields(EventType.COOPERATE, ""),
            )
        )
    return out


_SHOW_OF_FORCE = words("strategic nuclear")
"""Words that make an exercise a show of force: a strategic exercise, drills with nuclear weapons."""
_PHRASE_ENDS = words(", ; . : that which who where when while as because")


def _force_shown(ctx: SentenceView, ev: Event) -> bool:
    """The exercise ``ev``'s trigger names is told as strategic or nuclear, in the trigger or in its own noun
    phrase right after it ("launched the joint strategic exercise Zapad-2017", "the joint drills with
    non-strategic nuclear weapons"), before any comma or clause word."""
    first = _token_at(ctx, ev.anchor[0])
    last = max(first, _token_at(ctx, ev.anchor[1]))
    if not any(t.norm in _EXERCISE_WORDS for t in ctx.tokens[first:last]):
        return False
    end = last
    while end < min(len(ctx.tokens), last + 8) and ctx.tokens[end].norm not in _PHRASE_ENDS:
        end += 1
    return any(t.norm in _SHOW_OF_FORCE for t in ctx.tokens[max(0, first - 2) : end])


def _force_shown_together(ctx: SentenceView, events: list[Event]) -> list[Event]:
    """A joint exercise told as strategic or nuclear is a show of force as well as cooperation: "Russia and
    Belarus launched the joint strategic exercise Zapad-2017" codes the two sides' COOPERATE and their
    MOBILIZE (the gold sets code strategic and nuclear drills both ways, a joint naval or rescue exercise
    only as cooperation), unless the sentence already codes their mobilisation."""
    out = list(events)
    for ev in events:
        if ev.event is not EventType.COOPERATE or len([c for c in ev.source if c.isupper()]) < 2:
            continue
        if any(e.event is EventType.MOBILIZE and set(e.source) & set(ev.source) for e in out):
            continue
        if _force_shown(ctx, ev):
            mode = "weapons" if any(t.norm == "nuclear" for t in ctx.tokens) else "troops"
            out.append(
                dataclasses.replace(
                    ev,
                    event=EventType.MOBILIZE,
                    mode=mode,
                    target=(),
                    derived=derived_fields(EventType.MOBILIZE, mode),
                )
            )
    return out


def _press_is_no_counterpart(events: list[Event]) -> list[Event]:
    """Talking to reporters is no meeting between actors ("the US Attorney speaks to reporters"): a CONSULT
    whose only counterpart is the press is dropped (a COERCE of journalists stays an event)."""
    return [
        e
        for e in events
        if not (e.event is EventType.CONSULT and e.target and set(e.target) <= {"journalists", "media"})
    ]


def _no_allied_deployment(ctx: SentenceView, events: list[Event]) -> list[Event]:
    """Forces sent to an ally's ground are not sent against it: "NATO will deploy four battlegroups to
    Estonia, Latvia, Lithuania and Poland" and "Russian weapons deployed in Belarus" code a MOBILIZE with no
    target, while "Russia's build-up around Ukraine" keeps Ukraine. A target allied (on the sentence's
    date) with every source of the MOBILIZE is dropped."""
    if ctx.dictionary is None:
        return events
    allied = ctx.dictionary.allied
    out: list[Event] = []
    for e in events:
        if e.event is EventType.MOBILIZE and e.source and e.target:
            kept = tuple(t for t in e.target if not all(allied(s, t, ctx.date) for s in e.source))
            if kept != tuple(e.target):
                e = dataclasses.replace(e, target=kept)
        out.append(e)
    return out


_FORCE_NOUNS = words(
    "troops forces units formations soldiers servicemen ships warships aircraft bombers fighters submarines "
    "brigades battalions divisions crews"
)


def _owner_of_forces(ctx: SentenceView) -> set[str]:
    """Codes named as the owners of forces: "troops of the Western Military District", "forces of Russia"."""
    tokens = ctx.tokens
    owners: set[str] = set()
    for u in ctx.units:
        i = u.tok_start - 1
        if i >= 0 and tokens[i].norm == "the":
            i -= 1
        if u.code is not None and i >= 1 and tokens[i].norm == "of" and tokens[i - 1].norm in _FORCE_NOUNS:
            owners.add(u.code)
    return owners


def _forces_owner_mobilises(ctx: SentenceView, events: list[Event]) -> list[Event]:
    """A MOBILIZE with no mobiliser named, whose only counterpart owns the forces put on alert, is that
    owner's own: "Troops of the Western Military District were put on high alert" (the district is Russia's,
    the mobiliser, not the one mobilised against)."""
    if not any(e.event is EventType.MOBILIZE and not e.source and e.target for e in events):
        return events
    owners = _owner_of_forces(ctx)
    return [
        dataclasses.replace(e, source=tuple(e.target), target=())
        if e.event is EventType.MOBILIZE and not e.source and e.target and set(e.target) <= owners
        else e
        for e in events
    ]


def _signed_annexation(events: list[Event]) -> list[Event]:
    """The signing of a treaty that annexes is the annexation: "the treaty on the admission of Crimea into
    the Russian Federation was signed" codes the COERCE, not also a SUPPORT of the annexing state."""
    takers = {c for e in events if e.event is EventType.COERCE for c in e.source}
    return [
        e
        for e in events
        if not (e.event is EventType.SUPPORT and not e.source and e.target and set(e.target) <= takers)
    ]


_OTHER_SIDE_TYPES = frozenset(
    {
        EventType.ACCUSE,
        EventType.REQUEST,
        EventType.REJECT,
        EventType.SANCTION,
        EventType.CONCEDE,
        EventType.SUPPORT,
        EventType.COERCE,
        EventType.MOBILIZE,
        EventType.THREATEN,
        EventType.ASSAULT,
        EventType.PROTEST,
        EventType.RETREAT,
    }
)
"""Types whose act is directed at someone, so that an event of one with no target found takes the one
other actor its sentence names ("Moscow called the expulsions a crude provocation and announced that two
NATO officials ... would be asked to leave": the accusation is aimed at NATO). Chosen by measurement on
the development gold sets: AGREE and CONSULT lost (their second actor is more often a topic or a place),
RETREAT was mixed, AID and COOPERATE unchanged."""


_OWN_AGENTS = frozenset({"military", "police", "authorities", "judiciary", "lawmakers"})
"""Generic codes for a state's own bodies ("called up 300,000 reservists"): never the other side."""


def _token_at(ctx: SentenceView, offset: int) -> int:
    """The index of the first token that starts at or after character ``offset``."""
    return next((i for i, t in enumerate(ctx.tokens) if t.start >= offset), len(ctx.tokens))


def _reporter(ctx: SentenceView, ev: Event) -> Unit | None:
    """The actor right before the speech verb that reports ``ev`` ("Moscow said Kiev had attacked
    Donetsk": Moscow), which tells of the act and is not its target."""
    index = _token_at(ctx, ev.evidence[0])
    unit = sayer_before(ctx.tokens, ctx.units, index)
    if unit is None:
        return None
    said = next(i for i in range(unit.tok_end, index) if ctx.tokens[i].norm in SPEECH_VERBS)
    gap = [t.norm for t in ctx.tokens[unit.tok_end : said]]
    return unit if len(gap) <= 2 and "and" not in gap and "," not in gap else None


_ELABORATING = words(
    "stressing saying noting adding emphasising emphasizing underlining pointing recalling expressing"
)


def _elaborated(ctx: SentenceView, ev: Event, unit: Unit) -> bool:
    """``unit`` comes in what the source went on to say after the act ("supported the initiative,
    stressing that it would help relations with NATO"): what is said about, not whom the act is aimed at."""
    return any(t.norm in _ELABORATING and ev.evidence[1] <= t.start < unit.start for t in ctx.tokens)


_TOWARDS_SPEAKER = frozenset(
    {EventType.SANCTION, EventType.REJECT, EventType.THREATEN, EventType.ACCUSE, EventType.REQUEST}
)
"""Relational acts that, named with no one acted on in a statement by another actor, are aimed at it."""


_CLAUSE_JOINS = frozenset({"and", "but", "while", "whereas", "although"})
_CONTRAST_JOINS = frozenset({"while", "whereas", "although"})


def _other_clause(ctx: SentenceView, ev: Event, unit: Unit) -> bool:
    """``unit`` stands in another clause than the event, one with its own subject, set off by a semicolon
    or by a comma and a conjunction ("Estonia asked for consultations ..., and the Allies warned that ...")."""
    lo, hi = (unit.end, ev.evidence[0]) if unit.end <= ev.evidence[0] else (ev.evidence[1], unit.start)
    between = [t.norm for t in ctx.tokens if lo <= t.start and t.end <= hi]
    between.append(next((t.norm for t in ctx.tokens if t.start >= hi), ""))  # the word the span ends before
    # (", while maintaining that ...": a participle, the same subject going on)
    return (
        ";" in between
        or any(
            between[k] == "," and between[k + 1] in _CLAUSE_JOINS and not between[k + 2].endswith("ing")
            for k in range(len(between) - 2)
        )
        # "blocked the resolution while China abstained": a clause of its own even with no comma
        or any(
            between[k] in _CONTRAST_JOINS and not between[k + 1].endswith("ing")
            for k in range(len(between) - 1)
        )
    )


def _reacts(ctx: SentenceView, ev: Event, unit: Unit) -> bool:
    """``unit`` comes after what the act led to (", prompting Japan to bar ..."): who reacts, not whom the
    act was aimed at."""
    between = [t.norm for t in ctx.tokens if ev.evidence[1] <= t.start and t.end <= unit.start]
    return any(a == "," and b in CONSEQUENCES for a, b in itertools.pairwise(between))


_DONE_TO_OTHERS = frozenset({EventType.ASSAULT, EventType.COERCE, EventType.MOBILIZE, EventType.RETREAT})
"""Physical acts whose judge in the same sentence is not taken as their target."""

_NOT_AT_A_PLACE = frozenset({EventType.SUPPORT, EventType.REJECT})
"""Types whose other side is never a place the sentence names: a signing or a refusal in a city is not aimed
at it, while attacks, detentions and deployments in a country are (measured on the development sets)."""


_FREED = frozenset({"prisoners", "hostages"})
"""Group codes of people set free: the object of a release, never the side it is made to."""


def _freed_not_counterpart(events: list[Event]) -> list[Event]:
    """ "Russia and Ukraine exchanged 195 prisoners each": the prisoners freed are not whom a release is
    made to."""
    return [
        dataclasses.replace(ev, target=tuple(c for c in ev.target if c not in _FREED))
        if ev.event is EventType.RETREAT and set(ev.target) & _FREED
        else ev
        for ev in events
    ]


_AIMED = words("against on at toward towards")
_OWNERS = words("its their his her")


def _unnamed_object(ctx: SentenceView, ev: Event) -> bool:
    """The act names whom it is aimed at without naming an actor: "has used force against its neighbours",
    "launched strikes on their positions" (no other actor of the sentence is the target)."""
    if ev.anchor == (0, 0):
        return False
    near = [t.norm for t in ctx.tokens[_token_at(ctx, ev.anchor[0]) : _token_at(ctx, ev.anchor[1]) + 3]]
    return any(a in _AIMED and b in _OWNERS for a, b in itertools.pairwise(near))


def _other_side(ctx: SentenceView, events: list[Event]) -> list[Event]:
    """Events of :data:`_OTHER_SIDE_TYPES` with a source and no target get the sentence's one other
    actor as target; with two or more others, which one is meant is unknown and the target stays empty.
    The reporter of the act and the source's own bodies do not count."""
    out = []
    # who judges an attack, a detention or a build-up ("Allies are concerned by Russia's build-up in and
    # around Ukraine"), or a joint forum whose sides judge it ("the members of the NATO-Russia Council
    # condemned the attack on a school"), tells of the act and is not whom it was done to (a suspension or
    # a sanction the judge regrets may well be aimed at the judge)
    judges = {c for e in events if e.event in (EventType.ACCUSE, EventType.SUPPORT) for c in e.source}
    for ev in events:
        if ev.event in (EventType.MOBILIZE, EventType.ASSAULT) and len(ev.source) >= 2:
            # a drill two sides hold together, or clashes between two sides, is aimed at no one the
            # sentence merely names ("Clashes between India and Pakistan left five dead, the UN said")
            out.append(ev)
            continue
        if ev.event in _OTHER_SIDE_TYPES and ev.source and not ev.target and not _unnamed_object(ctx, ev):
            reporter = _reporter(ctx, ev)
            others = tuple(
                dict.fromkeys(
                    u.code
                    for u in ctx.units
                    if u.code
                    and u.code not in ev.source
                    and u.code not in _OWN_AGENTS
                    and not set(forum_sides((u.code,))) <= set(ev.source)  # the sides' own council
                    and u is not reporter
                    and not (ev.event in _DONE_TO_OTHERS and u.code in judges)
                    # "Russia and Ukraine exchanged 195 prisoners each": who is freed is not the counterpart
                    and not (ev.event is EventType.RETREAT and u.code in _FREED)
                    and not (
                        ev.event in HOSTILE_TYPES
                        and u.code in JOINT_FORUMS
                        and set(forum_sides((u.code,))) <= judges
                    )
                    and not _elaborated(ctx, ev, u)
                    and not _other_clause(ctx, ev, u)
                    and not _reacts(ctx, ev, u)
                    and not document_topic(ctx.tokens, u)  # "vetoed a draft resolution on Syria"
                    and not _names_a_meeting(ctx.tokens, u)  # "after the Istanbul talks": a meeting's name
                    # "Russia and France insisted on a solution to the Iraqi crisis": a joint call's topic
                    and not (
                        ev.event is EventType.REQUEST and len(ev.source) >= 2 and call_topic(ctx.tokens, u)
                    )
                    # "Putin and the heads of state and government of NATO signed": inside a joint subject,
                    # and the leaders who sign for the sides are no third party
                    and not (len(ev.source) >= 2 and ev.evidence[0] < u.start and u.end < ev.evidence[1])
                    and not (len(ev.source) >= 2 and u.code == "world leaders")
                    # "In Rome, Russia signed ...": where, not whom (but "detentions in Belarus" are Belarus's)
                    and not (ev.event in _NOT_AT_A_PLACE and where_it_happened(ctx.tokens, u))
                )
            )
            if len(others) > 1 and ev.event in _ANSWERS:
                cause = _cause_owner(ctx, others)
                others = (cause,) if cause is not None else others
            if len(others) == 1:
                ev = dataclasses.replace(ev, target=others)
            elif not others and ctx.speaker and ctx.speaker not in ev.source and ev.event in _TOWARDS_SPEAKER:
                # in a statement by NATO, "Russia suspended its participation in the CFE Treaty" is aimed at
                # the speaker when the sentence names no one else
                ev = dataclasses.replace(ev, target=(ctx.speaker,))
        out.append(ev)
    return out


_TREATY_REACH = 12
"""How many tokens after a suspension or withdrawal its treaty may be named ("suspending its participation
in the meetings of the Joint Consultative Group on the CFE Treaty")."""


def _treaty_named_after(ctx: SentenceView, ev: Event) -> frozenset[str]:
    """The parties of the known treaty (``data/treaties.toml``) named right after the act, in the same clause
    (up to a semicolon)."""
    first = _token_at(ctx, ev.evidence[0])
    norms = [t.norm for t in ctx.tokens[first : _token_at(ctx, ev.evidence[1]) + _TREATY_REACH]]
    if ";" in norms:
        norms = norms[: norms.index(";")]
    for treaty in load_treaties():
        for name in treaty.names:
            if any(tuple(norms[i : i + len(name)]) == name for i in range(len(norms))):
                return treaty.parties
    return frozenset()


_PARTICIPATION = words("participation membership")


def _treaty_counterparts(ctx: SentenceView, events: list[Event]) -> list[Event]:
    """A suspension of or withdrawal from a known treaty by one of its sides is aimed at its other sides,
    named or not: "Russia is suspending its participation in the New START Treaty" (USA), "Washington's
    withdrawal from the Open Skies Treaty" (RUS), "the President signed a decree suspending the Russian
    Federation's participation in the CFE Treaty" (NATO), not at the speaker or the leaver's own name."""
    out = []
    for ev in events:
        if (
            ev.event is EventType.SANCTION
            and not ev.source
            and len(ev.target) == 1
            and _PARTICIPATION & {t.norm for t in ctx.tokens if ev.evidence[0] <= t.start < ev.evidence[1]}
        ):
            # "suspending the Russian Federation's participation in ...": whose participation ends is who leaves
            ev = dataclasses.replace(ev, source=ev.target, target=())
        if ev.event is EventType.SANCTION and ev.source:
            sides = _treaty_named_after(ctx, ev)
            if sides and set(ev.source) <= sides and sides - set(ev.source):
                others = tuple(sorted(sides - set(ev.source)))
                if not ev.target or not set(ev.target) <= sides - set(ev.source):
                    ev = dataclasses.replace(ev, target=others)
        out.append(ev)
    return out


_LEAVING = words(
    "withdraw withdrawal leave quit exit suspend suspension suspending moratorium pull abandon abrogate denounce"
)
_LEAVING_REACH = 12


def _treaty_threat_counterparts(ctx: SentenceView, events: list[Event]) -> list[Event]:
    """A threat to leave or suspend a known treaty, aimed at no one named, is aimed at the treaty's other
    sides, as the leaving itself is (:func:`_treaty_counterparts`): "Russia threatened to withdraw from the
    CFE Treaty" (NATO), "Putin threatened to impose a moratorium on Russia's compliance with the CFE Treaty"."""
    out = []
    for ev in events:
        if ev.event is EventType.THREATEN and ev.source and not ev.target:
            at = _token_at(ctx, ev.anchor[1])
            if any(t.norm in _LEAVING for t in ctx.tokens[at : at + _LEAVING_REACH]):
                stretched = dataclasses.replace(
                    ev, evidence=(ev.evidence[0], max(ev.evidence[1], ev.anchor[1]))
                )
                sides = _treaty_named_after(ctx, stretched)
                if sides and set(ev.source) <= sides and sides - set(ev.source):
                    ev = dataclasses.replace(ev, target=tuple(sorted(sides - set(ev.source))))
        out.append(ev)
    return out


_ANSWERS = frozenset({EventType.THREATEN, EventType.SANCTION, EventType.MOBILIZE, EventType.REJECT})
_CAUSE_WORDS = words("following after response retaliation reaction connection view light")


def _cause_owner(ctx: SentenceView, codes: Sequence[str]) -> str | None:
    """Of several actors, the one whose act the sentence gives as the cause: "Following Finland's accession
    to NATO today, Russia will be forced to take retaliatory measures" (aimed at Finland, not NATO)."""
    tokens = ctx.tokens
    owners = {
        u.code
        for u in ctx.units
        if u.code in codes
        and u.tok_end < len(tokens)
        and tokens[u.tok_end].norm in ("'s", "'")
        and any(t.norm in _CAUSE_WORDS for t in tokens[max(0, u.tok_start - 4) : u.tok_start])
    }
    return owners.pop() if len(owners) == 1 else None


_NEVER_SELF_AIMED = frozenset(
    {
        EventType.THREATEN,
        EventType.SANCTION,
        EventType.CONCEDE,
        EventType.RETREAT,
        EventType.MOBILIZE,
    }
)


def _no_self_attack(ctx: SentenceView, events: list[Event]) -> list[Event]:
    """An act of a state on a region of its own ("Kiev had attacked Donetsk") is aimed at whoever holds that
    region, whom the sentence does not name: no target rather than the source again. (Acts of a state on
    its own people, "police detained protesters", keep their target.) A threat or a sanction is never aimed
    at its own source ("retaliatory measures in response to the expulsion of Russian diplomats"): the
    target is left for the sentence's other actor. (Requests, accusations and aid may be domestic: "Bush
    asked Congress to ...", "demonstrators received weapons from the Georgian government".) Nor is an act
    of two or more sides together aimed at those same sides: "the two leaders expressed their interest in
    promoting Russian-Sudanese relations" is the sides' mutual act, with no one else acted on."""
    out = []
    for e in events:
        own = bool(e.target) and set(e.target) <= set(e.source)
        if (own and (e.event in _NEVER_SELF_AIMED or len(e.source) > 1)) or (
            own
            and any(
                u.kind == "territory" and u.code in e.target and u.start > e.evidence[0] for u in ctx.units
            )
        ):
            e = dataclasses.replace(e, target=())
        out.append(e)
    return out


_ORDERING = words("order orders ordered instruct instructs instructed command commands commanded")


def _forces_of_the_sayer(ctx: SentenceView, events: list[Event]) -> list[Event]:
    """Unnamed troops whose moves someone announces are that actor's: "Russia announced that its troops
    would return to their bases", "Shoigu announced that the troops would ..." (the sayer's state)."""
    out = []
    for e in events:
        if e.source == ("military",) and e.event in (
            EventType.RETREAT,
            EventType.CONCEDE,
            EventType.MOBILIZE,
        ):
            index = _token_at(ctx, e.evidence[0])
            sayer = sayer_before(ctx.tokens, ctx.units, index, SPEECH_VERBS | _ORDERING)
            if sayer is not None and sayer.code and sayer.code.isupper():  # a state or body, no group
                # "Shoigu ordered the troops ... to begin returning to their bases": his state's troops
                e = dataclasses.replace(
                    e, source=(sayer.code,), target=tuple(t for t in e.target if t != sayer.code)
                )
        out.append(e)
    return out


_RESIDENTS = words("residents inhabitants citizens people locals townspeople dwellers")


def _residents_of(ctx: SentenceView) -> set[str]:
    """Codes of the places whose people are named as a crowd: "residents of Riga", "people of Tbilisi"."""
    tokens = ctx.tokens

    def crowd_of(i: int) -> bool:
        return i >= 2 and tokens[i - 1].norm == "of" and tokens[i - 2].norm in _RESIDENTS

    return {
        u.code
        for u in ctx.units
        if u.code is not None
        and (
            crowd_of(u.tok_start)
            # the unit may take in its crowd noun: "Residents of Tbilisi" read as one mention of Georgia
            or (tokens[u.tok_start].norm in _RESIDENTS and crowd_of(u.tok_start + 2))
        )
    }


def _residents_protest(ctx: SentenceView, events: list[Event]) -> list[Event]:
    """A protest whose doer was read from the place its people live in is the crowd's, aimed at that place's
    state: "Several thousand residents of Riga took to the streets to protest against ..." (the protesters
    protest to Latvia; Latvia does not protest)."""
    if not any(e.event is EventType.PROTEST and e.source for e in events):
        return events
    places = _residents_of(ctx)
    return [
        dataclasses.replace(e, source=("protesters",), target=tuple(e.target) or tuple(e.source))
        if e.event is EventType.PROTEST and e.source and set(e.source) <= places
        else e
        for e in events
    ]


def _protesters(events: list[Event]) -> list[Event]:
    """Whoever protests with no named actor is the crowd of protesters: "several thousand people gathered
    ... to protest", "residents of Feodosia have been picketing the port", "riots broke out"."""
    return [
        dataclasses.replace(e, source=("protesters",))
        if e.event is EventType.PROTEST and e.source in ((), ("civilians",))
        else e
        for e in events
    ]


_VIOLENT_ACTS = words(
    "attack attacks bombing bombings shelling assault assaults shooting shootings strike strikes raid raids "
    "massacre killing killings murder murders assassination hostage-taking abduction kidnapping terror "
    "terrorism atrocity atrocities aggression crackdown crackdowns repression persecution"
)
_VICTIM_OF = words(
    "killing killings murder murders assassination abduction kidnapping persecution repression arrest arrests "
    "detention detentions deportation deportations"
)
_TERROR_WORDS = words("terror terrorism terrorist")
_VICTIM_REACH = 16


def _victim_of_act(tokens: Sequence[Token], units: Sequence[Unit], start: int, code: str) -> bool:
    """The actor ``code`` is named, within reach of token ``start``, as whom a violent act named there was
    done to: "the attack on the United States", "acts of terror committed against Russia", "the murder of
    the Russian Ambassador" (but in "Russia's attack on Ukraine" Russia is the doer)."""
    unit = next((u for u in units if u.code == code and start <= u.tok_start <= start + _VICTIM_REACH), None)
    if unit is None:
        return False
    between = [t.norm for t in tokens[start : unit.tok_start]]
    if not any(w in _VIOLENT_ACTS for w in between) or any(w in (";", ".", "by") for w in between):
        return False
    k = len(between) - 1
    while k >= 0 and between[k] in ("the", "a", "an"):
        k -= 1
    if k < 1:
        return False
    k = _before_collective(between, k)
    return between[k] in ("on", "against") or (between[k] == "of" and between[k - 1] in _VICTIM_OF)


_COLLECTIVES = words("group groups convoy convoys team teams crew crews column busload gathering crowd")


def _before_collective(between: Sequence[str], k: int) -> int:
    """Past "a (clearly identifiable) group of" before the victims: "the attack on a clearly identifiable
    group of journalists", "the attack on a convoy of aid workers" (the word before the collective's
    article and adjectives); ``k`` unchanged when no collective stands there."""
    if k < 2 or between[k] != "of" or between[k - 1] not in _COLLECTIVES:
        return k
    j = k - 2
    while j > 0 and between[j] not in ("on", "against", "of") and k - j <= 5:
        j -= 1
    return j if between[j] in ("on", "against") else k


def _agent_after(ctx: SentenceView, start: int, victims: Sequence[str]) -> str | None:
    """The "by X" agent right after the victims of an act ("aggression on civilian areas by the Indian Air
    Force"): the one who did it."""
    last = max(
        (u.tok_end for u in ctx.units if u.code in victims and start <= u.tok_start <= start + _VICTIM_REACH),
        default=None,
    )
    if last is None:
        return None
    for u in ctx.units:
        if (
            u.code is not None
            and u.code not in victims
            and last <= u.tok_start <= last + 4
            and any(t.norm == "by" for t in ctx.tokens[max(last, u.tok_start - 2) : u.tok_start])
        ):
            return u.code
    return None


_VICTIM_GROUPS = frozenset(
    {
        "civilians",
        "journalists",
        "children",
        "students",
        "aid workers",
        "medical workers",
        "doctors",
        "nurses",
    }
)


def _victims_not_attackers(events: list[Event]) -> list[Event]:
    """An attack told as done by the group another attack of the sentence was done to (whatever target it was
    given): "seven civilians were killed and 30 others wounded in the Pakistani firing" (the wounding shares
    the passive's patient, not a doer), "three civilians were killed ... by Pakistani shelling" — the victims
    attack no one."""
    victims = {c for e in events if e.event is EventType.ASSAULT for c in e.target if c in _VICTIM_GROUPS}
    if not victims:
        return events
    return [e for e in events if not (e.event is EventType.ASSAULT and e.source and set(e.source) <= victims)]


def _victim_not_accused(ctx: SentenceView, events: list[Event]) -> list[Event]:
    """Condemning an act accuses whoever did it, not whom it was done to: "NATO condemned the attack on the
    United States" aims at no one named (or at the attacker the sentence names), "condemned the barbaric
    acts of terror committed against the United States" at the terrorists."""
    out = []
    for ev in events:
        if ev.event is EventType.ACCUSE and ev.target:
            # (from the trigger's second word: "condemned the attack on" may be the whole trigger)
            start = next(
                (i + 1 for i, t in enumerate(ctx.tokens) if t.start >= ev.anchor[0]), len(ctx.tokens)
            )
            if all(_victim_of_act(ctx.tokens, ctx.units, start, code) for code in ev.target):
                terror = any(t.norm in _TERROR_WORDS for t in ctx.tokens[start : start + _VICTIM_REACH])
                agent = _agent_after(ctx, start, ev.target)
                ev = dataclasses.replace(ev, target=(agent,) if agent else ("terrorists",) if terror else ())
        out.append(ev)
    return out


_AGAINST_TERROR = words("against counter combating combatting fighting countering anti")


def _terrorism_condemned(ctx: SentenceView, events: list[Event]) -> list[Event]:
    """Terrorism condemned with no one named: the accusation is of the terrorists ("The sides condemned
    terrorism in every form as a crime"), as when a terrorist attack is condemned."""
    out = []
    for ev in events:
        if ev.event is EventType.ACCUSE and not ev.target and ev.source and ev.polarity is Polarity.ASSERTED:
            # the condemned object: inside a long trigger ("denounce * as") or right after it
            # (not the fight against it: "criticised the coalition's fight against terrorism")
            first, last = _token_at(ctx, ev.anchor[0]), _token_at(ctx, ev.anchor[1])
            window = ctx.tokens[first : last + 6]
            if any(
                t.norm in _TERROR_WORDS and (k == 0 or window[k - 1].norm not in _AGAINST_TERROR)
                for k, t in enumerate(window)
            ):
                ev = dataclasses.replace(ev, target=("terrorists",))
        out.append(ev)
    return out


def _accused_doer(events: list[Event]) -> list[Event]:
    """An accusation of an act the sentence also reports, with no one accused ("violated Turkish airspace
    ... and condemn this incursion"): the accused is the one who did that act."""
    doers = [
        e.source for e in events if e.event in HOSTILE_TYPES and e.event is not EventType.ACCUSE and e.source
    ]
    if len(doers) != 1:
        return events
    out = []
    for ev in events:
        if (
            ev.event is EventType.ACCUSE
            and not ev.target
            and ev.source
            and set(doers[0]).isdisjoint(ev.source)
        ):
            ev = dataclasses.replace(ev, target=doers[0])
        out.append(ev)
    return out


_TELLING = words("told tells tell warned warns warn assured assures informed informs")
_TOLD_REACH = 30


def _addressee(ctx: SentenceView, index: int) -> Unit | None:
    """The actor told what follows: "Biden told Putin that the United States would respond ..." (Putin)."""
    tokens = ctx.tokens
    for j in range(index - 1, max(0, index - _TOLD_REACH), -1):
        if tokens[j].norm == ";":
            return None
        if tokens[j].norm != "that":
            continue
        told = next((u for u in ctx.units if u.tok_end == j and u.code), None)
        if told is not None and told.tok_start > 0 and tokens[told.tok_start - 1].norm in _TELLING:
            return told
        if told is not None and told.tok_start > 1 and tokens[told.tok_start - 1].norm == "the":
            return told if tokens[told.tok_start - 2].norm in _TELLING else None
        return None
    return None


def _told_addressee(ctx: SentenceView, events: list[Event]) -> list[Event]:
    """A threat reported as told to someone is aimed at the one told, not at an actor the threat's
    condition names ("Biden told Putin that the United States would respond with strong measures in the
    event of further escalation against Ukraine")."""
    out = []
    for ev in events:
        if ev.event is EventType.THREATEN and ev.source:
            told = _addressee(ctx, _token_at(ctx, ev.anchor[0]))
            if told is not None and told.code is not None and told.code not in ev.source:
                ev = dataclasses.replace(ev, target=(told.code,))
        out.append(ev)
    return out


_OBJECT_PRONOUNS = words("him her them it")
_TOLD_TYPES = frozenset({EventType.ACCUSE, EventType.REQUEST, EventType.THREATEN})


def _pronoun_object(ctx: SentenceView, events: list[Event]) -> list[Event]:
    """A participle after a comma whose object is a pronoun acts on the one the verb before acted on:
    "Bolivia expelled the U.S. ambassador on Wednesday, accusing him of encouraging the opposition-led
    protests" (the United States is accused, not the opposition)."""
    tokens = ctx.tokens
    out = []
    for ev in events:
        i = _token_at(ctx, ev.anchor[0])
        if (
            ev.event in _TOLD_TYPES
            and ev.source
            and 0 < i < len(tokens) - 1
            and tokens[i - 1].norm == ","
            and tokens[i].norm.endswith("ing")
            and tokens[i + 1].norm in _OBJECT_PRONOUNS
        ):
            before = [e for e in events if e.anchor[1] <= ev.anchor[0] and e.target and e.source == ev.source]
            if before:
                ev = dataclasses.replace(ev, target=before[-1].target)
        out.append(ev)
    return out


def _voting_body(unit: Unit) -> bool:
    """An organisation, or the (UN) Security Council named by its title."""
    return unit.kind == "org" or (unit.kind == "title" and unit.code == "UN")


def _vetoed_in(ctx: SentenceView, events: list[Event]) -> list[Event]:
    """A veto with no one acted on is cast against the body that votes: "Russia and China vetoed a draft
    resolution on Ukraine in the UN Security Council" (the UN), "Hungary vetoed the revision of the EU's
    budget" (the EU) — when the sentence names one such organisation."""
    out = []
    for ev in events:
        if ev.event is EventType.REJECT and ev.source and not ev.target and "veto" in ev.trigger:
            bodies = {u.code for u in ctx.units if _voting_body(u) and u.code and u.code not in ev.source}
            if len(bodies) == 1:
                ev = dataclasses.replace(ev, target=(bodies.pop(),))
        out.append(ev)
    return out


_THREAT_CAUSES = HOSTILE_TYPES | {EventType.THREATEN, EventType.REJECT}


_ANSWERED_BACK = frozenset(
    {EventType.THREATEN, EventType.REQUEST, EventType.ACCUSE, EventType.SANCTION, EventType.REJECT}
)
"""Answers that, aimed at no one named, go back to the doer of the act done to their source."""


def _threat_back(events: list[Event]) -> list[Event]:
    """A threat (or a demand, charge, penalty or refusal) with no one named, by the one another act of the
    sentence was aimed at, is aimed at that act's doer: "Washington announced visa bans against Russian
    officials; the Foreign Ministry warned that such steps will not go unanswered" (Russia threatens the
    United States); "Iran seized a British tanker, and Britain demanded its release" (of Iran)."""
    out = []
    for ev in events:
        if ev.event in _ANSWERED_BACK and ev.source and not ev.target:
            causes = [
                e
                for e in events
                if e is not ev
                and e.event in _THREAT_CAUSES
                and e.source
                and set(ev.source) <= set(e.target)
                and set(e.source).isdisjoint(ev.source)
                and e.anchor[1] <= ev.anchor[0]
            ]
            doers = {e.source for e in causes}
            if len(doers) == 1:
                ev = dataclasses.replace(ev, target=doers.pop())
        elif ev.event is EventType.THREATEN and not ev.source and not ev.target:
            # "Poland expelled five Russian diplomats; response measures will follow": the answer is the
            # side the act was done to, aimed at its doer
            causes = [
                e
                for e in events
                if e.event in _THREAT_CAUSES
                and e.source
                and e.target
                and set(e.source).isdisjoint(e.target)
                and e.anchor[1] <= ev.anchor[0]
            ]
            if len(causes) == 1:
                ev = dataclasses.replace(ev, source=causes[0].target, target=causes[0].source)
        out.append(ev)
    return out


def _answered_doer(ctx: SentenceView, events: list[Event]) -> list[Event]:
    """The unnamed doer of an act another act answers is the one the answer is aimed at: "In response to the
    expulsion of two Russian diplomats, the Russian side declared two NATO staff members persona non grata"
    — NATO expelled the diplomats."""
    out = []
    for ev in events:
        if not ev.source and ev.target and answered_act(ctx.tokens, _token_at(ctx, ev.anchor[0])):
            answers = [e for e in events if e is not ev and e.target and set(e.source) & set(ev.target)]
            if len(answers) == 1:
                ev = dataclasses.replace(ev, source=answers[0].target)
        out.append(ev)
    return out


_KILLING = words("killing killed wounding wounded injuring injured")
_COUNTS = words(
    "at least more than over about some nearly almost up to around of a dozen dozens scores hundreds "
    "thousands two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty"
)


def _kills_people(tokens: Sequence[Token]) -> bool:
    """The sentence tells of people killed or wounded by number only: "killing at least 57 people",
    "wounding dozens of people" (no one named as hit)."""
    if _KILLING.isdisjoint(norms_of(tokens)):
        return False  # (its loop starts from a word of killing: s38-speed13)
    for i, token in enumerate(tokens):
        if token.norm not in _KILLING:
            continue
        j = i + 1
        while j < len(tokens) and j - i <= 5 and (tokens[j].norm in _COUNTS or tokens[j].norm[:1].isdigit()):
            j += 1
        if j > i + 1 and j < len(tokens) and tokens[j].norm in ("people", "persons"):
            return True
    return False


def _people_killed(ctx: SentenceView, events: list[Event]) -> list[Event]:
    """An attack that kills a number of people with no one named as hit but the place where it happened
    ("Gunmen ... attacked two luxury hotels ... in Mumbai, killing dozens of people", "A suicide bomber blew
    himself up in a crowded market in Baghdad, killing at least 130 people") is aimed at civilians (the
    gold sets' code for unnamed victims), not at the state of the place."""
    if not events or not _kills_people(ctx.tokens):
        return events
    places = {u.code for u in ctx.units if u.code and where_it_happened(ctx.tokens, u)}
    others = {u.code for u in ctx.units if u.code and not where_it_happened(ctx.tokens, u)}
    return [
        dataclasses.replace(e, target=("civilians",))
        if e.event is EventType.ASSAULT and set(e.target) <= places - others
        else e
        for e in events
    ]


_SECOND_VERB_FILLERS = frozenset({"also", "then", "later", "subsequently", "immediately", "jointly"})
"""Adverbs that may stand between "and" and the second verb of a shared subject ("and then signed")."""


_CLAUSE_BREAKS = frozenset(
    {";", "or", "that", "who", "which", "whose", "where", "when", "while", "after", "but"}
)
"""Words after which the "and" may join verbs of another subject than the first act's."""


def _coordinated_after(ctx: SentenceView, first: Event, second: Event) -> bool:
    """``second``'s trigger is the second verb of ``first``'s subject: only "and" (with an adverb at most)
    stands right before it, and no semicolon or subordinate clause lies between the two triggers ("met his
    Iranian counterpart in Ankara and agreed to expand trade")."""
    first_end = first.anchor[1] or first.evidence[1]
    second_start = second.anchor[0] or second.evidence[0]
    if not first_end <= second_start:
        return False
    between = [t for t in ctx.tokens if first_end <= t.start and t.end <= second_start]
    k = len(between)
    while k and between[k - 1].norm in _SECOND_VERB_FILLERS:
        k -= 1
    if not k or between[k - 1].norm != "and" or len(between) > 16:
        return False
    return not any(t.norm in _CLAUSE_BREAKS for t in between[: k - 1])


_AGAINST = HOSTILE_TYPES | {EventType.THREATEN, EventType.REJECT, EventType.PROTEST}
_WITH = frozenset({EventType.AGREE, EventType.SUPPORT, EventType.AID, EventType.COOPERATE, EventType.CONSULT})
"""A friendly act after a hostile one is not done with whom the hostile act was aimed at ("condemned the
attacks on the United States and pledged to step up cooperation against terrorism")."""


def _shared_counterpart(ctx: SentenceView, events: list[Event]) -> list[Event]:
    """A second act of the same subject, joined to the first by "and", with no one named as its target,
    is aimed at the first act's counterpart ("met his Iranian counterpart and agreed to expand trade": the
    agreement is with Iran; "welcomed the ceasefire between Armenia and Azerbaijan and urged both sides
    to ...")."""
    if len(events) < 2 or not any(not e.target for e in events):
        return events
    out = list(events)
    for k, ev in enumerate(out):
        if ev.target or not ev.source:
            continue
        first = next(
            (
                e
                for e in reversed(out[:k])
                if e.target
                and e.source == ev.source
                and not set(e.target) & set(ev.source)
                and not (e.event in _AGAINST and ev.event in _WITH)
                and _coordinated_after(ctx, e, ev)
            ),
            None,
        )
        if first is not None:
            out[k] = dataclasses.replace(ev, target=first.target)
            continue
        later = next(
            (
                e
                for e in out[k + 1 :]
                if e.target
                and e.source == ev.source
                and not set(e.target) & set(ev.source)
                and (e.event in _AGAINST) == (ev.event in _AGAINST)
                and _participle_after(ctx, ev, e)
            ),
            None,
        )
        if later is not None:
            out[k] = dataclasses.replace(ev, target=later.target)
    return out


def _participle_after(ctx: SentenceView, first: Event, second: Event) -> bool:
    """``second``'s trigger is a participle set off by a comma right after ``first``'s clause, with no
    other verb clause between ("recalled its ambassador from Algeria, accusing Algiers of ...")."""
    first_end = first.anchor[1] or first.evidence[1]
    second_start = second.anchor[0] or second.evidence[0]
    if not first_end <= second_start:
        return False
    between = [t for t in ctx.tokens if first_end <= t.start and t.end <= second_start]
    head = next((t for t in ctx.tokens if t.start >= second_start), None)
    return (
        head is not None
        and head.norm.endswith("ing")
        and bool(between)
        and between[-1].norm == ","
        and len(between) <= 12
        and not any(t.norm in _CLAUSE_BREAKS or t.norm in ("and", ",") for t in between[:-1])
    )
