"""Coder stage 6c, second events (s29-second2): the act a sentence names beside its main one, in wording the
trigger stages leave uncoded. Three families, each a post-pass over the events already read (examples in our
own words):

- an attack named with its doer after a participle (:func:`attacks_with_doers`): "Ruritania halted the
  talks in view of the bombing carried out by Freedonia against its ports", "condemned the acts of terror
  committed against Spain", "an inquiry into the killing of six farmers by Freedonian troops" -> ASSAULT
  from the doer (terrorists for a terror attack with no doer named) to the one attacked;
- a terror attack named at a place as the occasion of a condolence, a message of sympathy or solidarity, or
  a condemnation (:func:`terror_at_a_place`): "sent condolences to the President of France over the
  terrorist attacks in Paris", "thanked them for their solidarity after the terror attack in Madrid" ->
  ASSAULT terrorists -> the state of the place. A time marker with no such word ("they spoke after the
  terrorist attacks in Paris") is left alone, as the gold sets leave it;
- a proposal told as a second predicate after an act of the same side (:func:`proposals_coordinated`):
  "called for restraint and proposed a series of meetings" -> AGREE of the caller, to whom the call was
  aimed (the trigger stages know "proposed" only before a list of nouns of talks and plans).

They follow the gold conventions for second events (``tests/gold/README.md``): a concrete, recent act named
inside a condemnation, a welcome, a condolence or an "in view of/after/following" clause is coded as a fact;
an act anchored in a past year (background), an alleged or suspected one, the content of a demand ("urged X
to stop shelling Y"), an offer that is turned down, and talks named only as a time marker ("after talks, X
and Y signed ...") are not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import Token, norms_of, words
from detente.coding.roleparts import Make, Roles
from detente.coding.units import Unit

if TYPE_CHECKING:
    from detente.coding.coder import Event

"""Builds an event: ``make(type, mode, roles, polarity, start, end, trigger)`` (the coder's ``_finish``)."""

_ATTACK_NOUNS = words(
    "attack attacks strike strikes airstrike airstrikes air-strike air-strikes bombing bombings shelling "
    "bombardment assault assaults raid raids ambush massacre explosion explosions"
)
"""Nouns of an attack that a participle may give a doer ("the strike carried out by ...")."""

_KILLING_NOUNS = words("killing killings murder murders massacre abduction kidnapping torture execution")
"""Nouns of violence told as "<noun> of <victims> by <doer>" ("the killing of six farmers by ...")."""

_DOING = words("carried committed perpetrated launched staged conducted mounted made")
"""Participles that name who did the attack before "by" ("carried out by", "perpetrated by")."""

_AIMED = words("against on at")
_TERROR = words("terrorist terror")
_HOSTAGE_NOUNS = words("hostage-taking hostage-takings")
_DOUBT = words("alleged suspected so-called purported possible any no potential future")
"""Words before the noun that make the attack no fact ("the alleged strike by ...", "no attack by ...")."""

_BREAKS = words(", ; : . ! ? which that who while whereas although because")
_ARTICLES = words("a an the this these those its their his her our")
_ADJECTIVES = words(
    "barbaric heinous horrific horrendous brutal cowardly deadly bloody vicious monstrous terrible tragic "
    "recent latest last new fresh appalling senseless despicable inhuman vile dastardly outrageous "
    "treacherous large-scale massive multiple twin simultaneous series"
)
"""Adjectives allowed between an article and the attack noun ("the barbaric terrorist attacks")."""

_OCCASION_PREPS = words("over after following for about concerning regarding at")
"""Words that name an attack as the occasion of a reaction ("condolences over the attacks")."""

_OCCASION_VERBS = ("condemn", "deplor", "denounc", "mourn")
_REACTION_WORDS = ("condolen", "sympath", "solidarity", "condemn", "grief", "sorrow", "mourn", "deplor")
"""Stems that tell the sentence reacts to an attack (a condolence, sympathy, solidarity, a condemnation)."""

_DOER_REACH = 4
"""Tokens between the attack noun and its participle ("the attack on the base carried out by")."""
_VICTIM_REACH = 8
"""Tokens between "of" and "by" in "the killing of <victims> by <doer>"."""
_TARGET_REACH = 8
"""Tokens after the doer searched for "against/on <target>" (past "ships of the")."""
_PLACE_REACH = 7
"""Tokens after a terror attack searched for the place it hit ("at a school in Beslan")."""


def _unit_at(units: Sequence[Unit], tokens: Sequence[Token], i: int) -> Unit | None:
    """The coded actor unit starting at token ``i`` or right after an article there; ``None`` else."""
    for k in (i, i + 1):
        unit = next((u for u in units if u.tok_start == k and u.code is not None), None)
        if unit is not None:
            return unit
        if k >= len(tokens) or tokens[k].norm not in _ARTICLES:
            return None
    return None


def _first_unit(units: Sequence[Unit], tokens: Sequence[Token], i: int, reach: int) -> Unit | None:
    """The first coded unit from token ``i`` on, before a clause break or ``reach`` tokens."""
    for k in range(i, min(len(tokens), i + reach)):
        if tokens[k].norm in _BREAKS:
            return None
        unit = next((u for u in units if u.tok_start == k and u.code is not None), None)
        if unit is not None:
            return unit
    return None


def _dated(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """A year between tokens ``lo`` and ``hi`` (an act anchored in the past: background)."""
    return any(t.text.isdigit() and len(t.text) == 4 for t in tokens[max(0, lo) : hi])


def _phrase_start(tokens: Sequence[Token], i: int) -> int:
    """The first token of the noun phrase whose head is at ``i``, back over adjectives, "terrorist" and
    an article ("the barbaric terrorist attacks" -> "the")."""
    k = i
    while k > 0 and (tokens[k - 1].norm in _ADJECTIVES or tokens[k - 1].norm in _TERROR):
        k -= 1
    if k > 0 and tokens[k - 1].norm in _ARTICLES:
        k -= 1
    return k


def _doubted(tokens: Sequence[Token], i: int) -> bool:
    """The attack at head ``i`` is alleged, suspected, denied or hypothetical."""
    start = _phrase_start(tokens, i)
    return any(t.norm in _DOUBT for t in tokens[max(0, start - 2) : i])


def _terror_head(tokens: Sequence[Token], i: int) -> int | None:
    """The last token of a terror attack's name whose head word is at ``i``: "terrorist attack(s)",
    "terror attack", "hostage-taking", "seizure/taking of hostages", "act(s) of terror(ism)"; else
    ``None``."""
    norm = tokens[i].norm
    nxt = tokens[i + 2].norm if i + 2 < len(tokens) and tokens[i + 1].norm == "of" else ""
    if norm in _ATTACK_NOUNS and i > 0 and tokens[i - 1].norm in _TERROR:
        return i
    if norm in _HOSTAGE_NOUNS:
        return i
    if norm in ("seizure", "taking") and nxt == "hostages":
        return i + 2
    if norm in ("act", "acts") and nxt in ("terror", "terrorism"):
        return i + 2
    return None


# ----------------------------------------------------------------------------------------------- named doers


def _participle_doer(
    tokens: Sequence[Token], units: Sequence[Unit], end: int
) -> tuple[Unit | None, int] | None:
    """After an attack's name ending at ``end``: "carried out by X" / "committed by X" gives (X, token after
    X); "committed against ..." with no "by" gives (``None``, the token after the participle). ``None``
    when no participle of doing follows within reach."""
    for k in range(end + 1, min(len(tokens), end + 1 + _DOER_REACH)):
        if tokens[k].norm in _BREAKS:
            return None
        if tokens[k].norm not in _DOING:
            continue
        j = k + 1
        if j < len(tokens) and tokens[j].norm == "out":
            j += 1
        if j < len(tokens) and tokens[j].norm == "by":
            doer = _unit_at(units, tokens, j + 1)
            return (doer, doer.tok_end) if doer is not None else None
        return None, j
    return None


def _target_after(tokens: Sequence[Token], units: Sequence[Unit], j: int) -> Unit | None:
    """The one attacked, named after "against/on" within reach of token ``j`` ("against ships of the
    Black Sea Fleet", "on the United States")."""
    for k in range(j, min(len(tokens), j + _TARGET_REACH)):
        if tokens[k].norm in _BREAKS:
            return None
        if tokens[k].norm in _AIMED:
            return _first_unit(units, tokens, k + 1, 5)
    return None


def _named_attack(tokens: Sequence[Token], units: Sequence[Unit], i: int) -> tuple[Roles, int] | None:
    """The roles of the attack whose head word is at ``i`` when a participle names its doer, with the
    token where its words end; ``None`` otherwise."""
    terror_end = _terror_head(tokens, i)
    if tokens[i].norm not in _ATTACK_NOUNS and terror_end is None:
        return None
    end = terror_end if terror_end is not None else i
    found = _participle_doer(tokens, units, end)
    if found is None:
        return None
    doer, after = found
    if doer is None and terror_end is None:
        return None  # "the strike committed against X" names no one who struck
    source = (doer.code,) if doer is not None and doer.code else ("terrorists",)
    aimed = _target_after(tokens, units, after)
    target = (aimed.code,) if aimed is not None and aimed.code and aimed.code not in source else ()
    if doer is None and not target:
        return None
    last = aimed.tok_end if aimed is not None else after
    span = (tokens[_phrase_start(tokens, i)].start, tokens[last - 1].end)
    return Roles(source, target, span), last


def _killing_by(tokens: Sequence[Token], units: Sequence[Unit], i: int) -> tuple[Roles, int] | None:
    """The roles of "the killing of <victims> by <doer>" whose noun is at ``i``: the doer after "by", the
    victims' code when they are a known actor; ``None`` otherwise."""
    if tokens[i].norm not in _KILLING_NOUNS or i + 1 >= len(tokens) or tokens[i + 1].norm != "of":
        return None
    for k in range(i + 2, min(len(tokens), i + 2 + _VICTIM_REACH)):
        if tokens[k].norm in _BREAKS:
            return None
        if tokens[k].norm != "by":
            continue
        doer = _unit_at(units, tokens, k + 1)
        if doer is None or doer.code is None:
            return None
        victim = _first_unit(units, tokens, i + 2, k - i - 2)
        target = (victim.code,) if victim is not None and victim.code and victim.code != doer.code else ()
        span = (tokens[_phrase_start(tokens, i)].start, tokens[doer.tok_end - 1].end)
        return Roles((doer.code,), target, span), doer.tok_end
    return None


def _already(events: Sequence[Event], roles: Roles, span: tuple[int, int]) -> bool:
    """An ASSAULT the sentence already codes for these words or between these sides."""
    for e in events:
        if e.event is not EventType.ASSAULT:
            continue
        if e.anchor[0] < span[1] and span[0] < e.anchor[1]:
            return True
        if set(e.source) == set(roles.source) and (not roles.target or set(roles.target) <= set(e.target)):
            return True
    return False


def attacks_with_doers(
    tokens: Sequence[Token], units: Sequence[Unit], events: list[Event], make: Make
) -> list[Event]:
    """``events`` with an ASSAULT for each attack the sentence names with its doer after a participle or
    "by" ("the attack carried out by X against Y", "the killing of civilians by X", "acts of terror
    committed against Y"), told as fact; not when it is alleged, dated to a past year, or already coded."""
    for i in range(len(tokens)):
        found = _named_attack(tokens, units, i) or _killing_by(tokens, units, i)
        if found is None:
            continue
        roles, last = found
        start = _phrase_start(tokens, i)
        if _doubted(tokens, i) or _dated(tokens, start, last + 3) or _already(events, roles, roles.span):
            continue
        events = [
            *events,
            make(
                EventType.ASSAULT,
                "",
                roles,
                Polarity.ASSERTED,
                tokens[i].start,
                tokens[i].end,
                tokens[i].text,
            ),
        ]
    return events


# ----------------------------------------------------------------------------------------------- occasions


def _reacting(tokens: Sequence[Token]) -> bool:
    """The sentence reacts to an attack: a word of condolence, sympathy, solidarity or condemnation."""
    return any(t.norm.startswith(_REACTION_WORDS) for t in tokens)


def _as_occasion(tokens: Sequence[Token], start: int) -> bool:
    """The noun phrase starting at ``start`` is the object of an occasion word ("over", "after",
    "following", "in connection with") or of a condemning verb ("condemned [in the strongest terms]")."""
    k = start - 1
    if k >= 0 and tokens[k].norm == "terms":  # "condemned in the strongest terms the ..."
        k = next((m - 1 for m in range(k - 1, max(-1, k - 4), -1) if tokens[m].norm == "in"), k)
    while k >= 0 and tokens[k].norm in ("strongly", "firmly", "resolutely", "unequivocally"):
        k -= 1
    if k < 0:
        return False
    norm = tokens[k].norm
    if norm in _OCCASION_PREPS:
        return True
    if norm == "with" and k >= 2 and tokens[k - 2].norm == "in" and tokens[k - 1].norm == "connection":
        return True
    return tokens[k].text.islower() and norm.startswith(_OCCASION_VERBS) and not norm.endswith("ation")


def terror_at_a_place(
    tokens: Sequence[Token], units: Sequence[Unit], events: list[Event], make: Make
) -> list[Event]:
    """``events`` with an ASSAULT for a terror attack named at a place ("the terrorist attacks in Paris",
    "the seizure of hostages at a school in Beslan") as the occasion of a condolence, sympathy, solidarity
    or a condemnation the sentence tells: terrorists -> the state of the place."""
    if not events or not _reacting(tokens):
        return events
    for i in range(len(tokens)):
        end = _terror_head(tokens, i)
        if end is None:
            continue
        start = _phrase_start(tokens, i)
        if not _as_occasion(tokens, start) or _doubted(tokens, i):
            continue
        j = end + 1
        if j >= len(tokens) or tokens[j].norm not in ("in", "at", "on", "against"):
            continue
        place = _first_unit(units, tokens, j + 1, _PLACE_REACH)
        if place is None or place.code is None or place.code == "terrorists":
            continue
        if _dated(tokens, start, place.tok_end + 3):
            continue
        roles = Roles(("terrorists",), (place.code,), (tokens[start].start, tokens[place.tok_end - 1].end))
        if _already(events, roles, roles.span):
            continue
        events = [
            *(_captors_accused(e) for e in events),
            make(
                EventType.ASSAULT,
                "",
                roles,
                Polarity.ASSERTED,
                tokens[i].start,
                tokens[end].end,
                tokens[i].text,
            ),
        ]
    return events


def _captors_accused(event: Event) -> Event:
    """A condemnation read as aimed at the hostages of the terror attack it condemns is aimed at the
    terrorists ("condemned the seizure of hostages at ...": the hostages are the victims)."""
    if event.event is EventType.ACCUSE and event.target == ("hostages",):
        return replace(event, target=("terrorists",))
    return event


# ----------------------------------------------------------------------------------------------- proposals

_PROPOSING = words("proposed proposes suggested suggests")
_PROPOSAL_BREAKS = words("; : . ! ? but while whereas although because which who that")
_SUBJECT_WORDS = words("also we he she they it then further additionally")
_FIRST_ACTS = frozenset(
    {EventType.REQUEST, EventType.SUPPORT, EventType.ACCUSE, EventType.CONSULT, EventType.REJECT}
)
"""Acts a proposal may be coordinated with ("called for ... and proposed ...", "welcomed ... and
suggested ...")."""
_NO_PROPOSAL = words("toast toasts candidate candidacy nominee amendment amendments bill bills")
"""Objects that make "proposed" no offer to another side ("proposed a toast", "proposed amendments")."""


def _coordinated_proposal(tokens: Sequence[Token], i: int) -> int | None:
    """The token of "and" that coordinates the proposal verb at ``i`` with what comes before ("..., and
    we also proposed", "and proposed"); ``None`` when the verb opens no coordinated predicate."""
    k = i - 1
    while k >= 0 and tokens[k].norm in _SUBJECT_WORDS:
        k -= 1
    return k if k > 0 and tokens[k].norm == "and" else None


def proposals_coordinated(tokens: Sequence[Token], events: list[Event], make: Make) -> list[Event]:
    """``events`` with an AGREE for a proposal told as a second predicate after an act of the same side
    ("The Chancellor called for restraint and proposed setting up a contact group", "Allies called on
    Moscow to de-escalate, and we also proposed a series of meetings"): the side that acted first proposes,
    to the one its first act was aimed at. Not when the sentence already codes an offer there, the first
    act is not told as done, or the object is a toast, a nominee or a bill."""
    for i, tok in enumerate(tokens):
        if tok.norm not in _PROPOSING or not tok.text.islower():
            continue
        joint = _coordinated_proposal(tokens, i)
        if joint is None:
            continue
        if any(t.norm in _NO_PROPOSAL for t in tokens[i + 1 : i + 5]):
            continue
        first = [
            e
            for e in events
            if e.event in _FIRST_ACTS
            and e.source
            and e.polarity is Polarity.ASSERTED
            and e.anchor[1] <= tokens[joint].start
            and not any(
                t.norm in _PROPOSAL_BREAKS for t in tokens if e.anchor[1] <= t.start < tokens[joint].start
            )
        ]
        if not first:
            continue
        act = max(first, key=lambda e: e.anchor[1])
        target = act.target if act.event is not EventType.CONSULT else ()
        offer = next(
            (e for e in events if e.event is EventType.AGREE and e.anchor[0] >= tokens[joint].start), None
        )
        if offer is not None:
            if offer.anchor[0] == tok.start and offer.source and set(offer.source) <= set(act.target):
                # "X called Y a key partner and proposed ...": the proposer is X, not Y
                fixed = replace(offer, source=act.source, target=target)
                events = [fixed if e is offer else e for e in events]
            continue
        roles = Roles(act.source, target, (tokens[joint].start, tokens[min(len(tokens) - 1, i + 4)].end))
        events = [*events, make(EventType.AGREE, "", roles, Polarity.ASSERTED, tok.start, tok.end, tok.text)]
    return events


def settled(tokens: Sequence[Token], units: Sequence[Unit], events: list[Event], make: Make) -> list[Event]:
    """``events`` with the attacks named as nouns beside the main act and proposals coordinated after an act
    (see the module's docstring)."""
    norms = norms_of(tokens)
    if not norms.isdisjoint(_HEAD_WORDS):  # both readers start from one of these words (s30-speed)
        events = attacks_with_doers(tokens, units, events, make)
        events = terror_at_a_place(tokens, units, events, make)
    if norms.isdisjoint(_PROPOSING):
        return events
    return proposals_coordinated(tokens, events, make)


_HEAD_WORDS = _ATTACK_NOUNS | _KILLING_NOUNS | _HOSTAGE_NOUNS | words("seizure taking act acts")
"""The words an attack's or a killing's name is read from (:func:`_named_attack`, :func:`_killing_by`,
:func:`_terror_head`): a sentence without one names none."""
