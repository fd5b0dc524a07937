"""Coder stage 4, roles — second look at a coded event's target (its recipient) for grammatical families
the first-actor-after-the-trigger reading (:mod:`detente.coding.targets`) gets wrong:

* **handed to** — "handed Hong Kong back to China", "extradited a Russian businessman to the United
  States": what or who is handed over is no target; the side it goes to is.
* **go-betweens** — "gave guarantees, through Turkey and the UN, ...", "held talks under Arab League
  mediation", "laid down their weapons under UN supervision", "a truce brokered by Egypt": the mediator
  or channel is not acted on.
* **predicates after "as"** — "risk being targeted as militants", "posing as a member of Mexico's cartel":
  what someone is taken for is no target.
* **backers** — "blamed Iranian-backed militias": the group backed is the target, not its backer; and the
  owner named by an adjective of a demand or draft — "rejected Western demands", "vetoed a Western-backed
  draft", "dismissed opposition calls" — is the one rejected.
* **objects of a subordinate clause** — "imposed a curfew after protesters torched a police post": an
  actor acted on inside an "after/as/when ..." clause is not the main verb's target (the clause's own
  subject, "after Russia annexed Crimea", still is).
* **a joint call's topic** — "Russia and France insisted on a political solution to the Iraqi crisis",
  "the leaders called for efforts against the terrorist threat in the Idlib Province": a place or a
  people's crisis in the common position of two sides is what they speak of, not whom they ask.
* **threats provoked** — "Finland's accession to NATO would harm relations, and Russia will take
  retaliatory steps": a threat with no one named after it is aimed at the side whose act it answers.

:func:`revise` is called once per event by :mod:`detente.coding.coder`, after the other stages."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from detente.coding.ontology import EventType
from detente.coding.patterns import SCOPE_BREAK, Token, Trigger, words
from detente.coding.roleparts import Roles, _codes
from detente.coding.subjects import _conjuncts
from detente.coding.units import Unit

# --- handed to -----------------------------------------------------------------------------------------

_HANDING = frozenset({EventType.COOPERATE, EventType.RETREAT, EventType.CONCEDE, EventType.AID})
_EXTRADITE = ("extradit",)
_HAND = words(
    "hand hands handed handing transfer transfers transferred transferring turn turns turned turning"
)
_HAND_PARTICLES = words("over back")
_HAND_REACH = 12
"""Tokens after the handing verb searched for the "to" that names the receiving side."""
_RECEIVER_KINDS = frozenset({"state", "metonym", "org"})


def _receiver(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> Unit | None:
    """The side after "to" that receives what the trigger's verb hands over ("handed X back to China",
    "extradited X to the United States"); ``None`` when the verb hands nothing or no side is named."""
    verb = tokens[trig.tok_start].norm
    extradites = verb.startswith(_EXTRADITE)
    if not extradites and verb not in _HAND:
        return None
    end = min(len(tokens), trig.tok_start + _HAND_REACH)
    particle = extradites or verb.startswith("transfer")
    for k in range(trig.tok_start + 1, end):
        norm = tokens[k].norm
        if norm in SCOPE_BREAK or norm in (",", ".", "which", "who", "that"):
            return None
        if norm in _HAND_PARTICLES:
            particle = True
        if norm != "to" or k == trig.tok_start + 1:
            continue
        if not particle:
            return None  # "turned to Moscow", "handed a note to ..." without "over/back": no handing over
        unit = next((u for u in units if u.tok_start in (k + 1, k + 2) and u.code is not None), None)
        if unit is not None and unit.tok_start == k + 2 and tokens[k + 1].norm != "the":
            unit = None
        if unit is None or unit.kind not in _RECEIVER_KINDS:
            return None
        if unit.kind == "org" and not extradites:
            return None  # "handed the officers over to the OSCE": a go-between, not the side receiving
        return unit
    return None


# --- go-betweens --------------------------------------------------------------------------------------

_CHANNELS = words("through via")
_MOTION = words(
    "tore tear tears tearing ripped rip rips ripping burst bursts bursting broke break breaks breaking smashed "
    "crashed ploughed plowed swept sweep sweeping cut cuts sliced marched march marches marching moved move "
    "moving rolled roll rolling drove drive driving crossed cross went go goes going came come coming advanced "
    "advancing travelled traveled travel flew fly flying sailed sail walked ran run running rampaged spread "
    "spreading paraded parade passage transit voyage sailing destroyers ships warships vessels aircraft jets "
    "bombers convoy convoys troops columns tanks forces"
)
_OFFICES = words("mediation supervision auspices aegis monitoring")
_BROKER_SUFFIXES = ("-brokered", "-mediated")
_BROKER_VERBS = words("brokered mediated")
_OFFICE_REACH = 4


def _go_between(tokens: Sequence[Token], unit: Unit) -> bool:
    """The unit names a mediator or channel: "through Turkey", "via Switzerland", "under UN supervision",
    "under the auspices of the OSCE", "brokered by Egypt", "through Turkish and UN mediation"."""
    i = unit.tok_start - 1
    while i >= 0 and tokens[i].norm in ("the", "a", "an"):
        i -= 1
    before = tokens[i].norm if i >= 0 else ""
    if before in _CHANNELS:
        # (but "a bomb tore through a NATO convoy", "marched through Tehran", "two destroyers through the Taiwan
        # Strait": a way taken, not a channel)
        return unit.kind != "territory" and (i == 0 or tokens[i - 1].norm not in _MOTION)
    if before == "by" and i > 0 and tokens[i - 1].norm in _BROKER_VERBS:
        return True  # "a truce brokered by Egypt"
    if before in ("of", "by") and i > 0 and tokens[i - 1].norm in _OFFICES:
        return True  # "under the auspices of the UN", "mediation by Qatar"
    if tokens[unit.tok_end - 1].norm.endswith(_BROKER_SUFFIXES):
        return True  # "a UN-brokered truce"
    # "under UN supervision", "through Turkish and UN mediation": the office named right after the unit
    for k in range(unit.tok_end, min(len(tokens), unit.tok_end + _OFFICE_REACH)):
        if tokens[k].norm in _OFFICES:
            j = unit.tok_start - 1
            while j >= 0 and (tokens[j].is_word and tokens[j].norm not in ("under", "through", "with")):
                if unit.tok_start - j > _OFFICE_REACH:
                    break
                j -= 1
            return j >= 0 and tokens[j].norm in ("under", "through", "with")
        if not tokens[k].is_word or tokens[k].norm in ("to", "for", "on", "in"):
            break
    return False


# --- predicates after "as" --------------------------------------------------------------------------------

_POSING = words("pose poses posed posing disguised masquerading")
_MEMBER_HEADS = words("member members part agent agents representative representatives")
_NOT_PREDICATE = words("such well same long soon far much")


def _as_predicate(tokens: Sequence[Token], unit: Unit) -> bool:
    """The unit is what someone is taken for: "targeted as militants", "posing as a member of X"."""
    i = unit.tok_start - 1
    while i >= 0 and tokens[i].norm in ("a", "an", "the"):
        i -= 1
    if i >= 2 and tokens[i].norm == "of" and tokens[i - 1].norm in _MEMBER_HEADS:
        k = i - 2
        while k >= 0 and tokens[k].norm in ("a", "an", "the"):
            k -= 1
        return k >= 1 and tokens[k].norm == "as" and tokens[k - 1].norm in _POSING
    if i < 1 or tokens[i].norm != "as":
        return False
    verb = tokens[i - 1].norm
    if verb in _NOT_PREDICATE:
        return False
    return verb in _POSING or (verb.isalpha() and verb.endswith(("ed", "ing")) and verb != "being")


# --- backers and owners named by an adjective -------------------------------------------------------------

_BACKED = ("-backed", "-sponsored", "-funded", "-armed", "-trained", "-supported", "-financed")
_OWNER_ADJECTIVES = {"western": "WEST", "opposition": "opposition"}
_DEMAND_NOUNS = words(
    "demand demands call calls appeal appeals ultimatum ultimatums proposal proposals plan plans condition "
    "conditions request requests resolution resolutions draft drafts initiative initiatives offer offers "
    "terms pressure attempt attempts intervention interference involvement meddling troops forces contingents "
    "deployment deliveries supplies aggression policy policies sanctions criticism accusations claims "
    "statements intelligence"
)
_OWNER_ACTS = frozenset(
    {
        EventType.REJECT,
        EventType.ACCUSE,
        EventType.SUPPORT,
        EventType.AGREE,
        EventType.CONCEDE,
        EventType.THREATEN,
    }
)
_SKIPPED_BEFORE_OWNER = words(
    "the a an any all these those such new latest renewed repeated growing fresh further recent draft to "
    "on against at that"
)
_OWNER_REACH = 5


def _backed_group(tokens: Sequence[Token], units: Sequence[Unit], unit: Unit) -> Unit | None:
    """The group a backer's adjective stands before ("Iranian-backed militias"), or ``None``."""
    if not tokens[unit.tok_end - 1].norm.endswith(_BACKED):
        return None
    return next((u for u in units if u.tok_start == unit.tok_end and u.kind == "group" and u.code), None)


def _adjective_owner(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> str | None:
    """The owner an adjective names for the demand or draft the verb acts on: "rejected Western demands",
    "vetoed a Western-backed draft resolution", "dismissed opposition calls" (``None`` when the object is
    owned otherwise or the adjective is no owner's)."""
    start = trig.tok_start + 1
    for k in range(start, min(len(tokens), trig.tok_end + _OWNER_REACH)):
        norm = tokens[k].norm
        head = norm.split("-")[0] if norm.endswith((*_BACKED, "-drafted", "-proposed", "-led")) else norm
        code = _OWNER_ADJECTIVES.get(head)
        if code is None and (norm in _SKIPPED_BEFORE_OWNER or k < trig.tok_end):
            continue  # the trigger's own words ("would respond to any"), articles and the like
        if code is None:
            return None
        if any(u.tok_start <= k < u.tok_end and u.code is not None for u in units):
            return None  # "opposition leaders": the group itself is a unit, read as usual
        n = k + 1
        while n < len(tokens) and tokens[n].norm in ("draft", "peace", "ceasefire", "new"):
            n += 1
        return code if n < len(tokens) and tokens[n].norm in _DEMAND_NOUNS else None
    return None


# --- objects of a subordinate clause ----------------------------------------------------------------------

_SUBORDINATORS = words("after as when because while once until before since")
_FINITE = words("is are was were has have had did does do will would")


def _subordinate_subject(
    tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger, unit: Unit
) -> Unit | None:
    """When the unit is acted on in a subordinate clause between the trigger and it ("imposed a curfew
    after protesters torched a police post"), the clause's subject ("protesters"); ``None`` when the unit
    is no such object ("after Russia annexed Crimea": the clause's subject itself stands)."""
    for k in range(trig.tok_end, unit.tok_start):
        if tokens[k].norm not in _SUBORDINATORS:
            continue
        subject = next(
            (u for u in units if u.tok_start in (k + 1, k + 2) and u.tok_end <= unit.tok_start), None
        )
        if subject is None or subject.tok_end == unit.tok_end:
            continue
        if subject.tok_start == k + 2 and tokens[k + 1].norm != "the":
            continue
        verbs = [
            t.norm
            for t in tokens[subject.tok_end : unit.tok_start]
            if t.norm in _FINITE or (t.norm.isalpha() and t.norm.endswith("ed"))
        ]
        if verbs:
            return subject
    return None


_RELATIVES = words("who whom which")
_THAT_HEADS = words(
    "companies company firms firm banks bank countries states governments individuals entities people groups "
    "organisations organizations officials businesses vessels ships persons traders suppliers producers"
)


def _in_relative_clause(tokens: Sequence[Token], units: Sequence[Unit], first: int, unit: Unit) -> bool:
    """The unit stands in a relative clause on the trigger's unnamed object, after its verb: "imposed
    sanctions on companies that supplied drones to Russia", "sanctioned officials who organised the
    referendum in Crimea" (the companies and officials are the target, not what they acted on)."""
    for k in range(max(first, 1), unit.tok_start):
        norm = tokens[k].norm
        if norm not in _RELATIVES and not (norm == "that" and tokens[k - 1].norm in _THAT_HEADS):
            continue
        head = k - 1
        if not tokens[head].is_word or any(u.tok_start <= head < u.tok_end for u in units):
            return False  # "Belarusian officials who ...": the owner named with the head is the target
        if norm == "which" and tokens[head].norm not in _THAT_HEADS:
            return False
        between = tokens[k + 1 : unit.tok_start]
        if any(not t.is_word for t in between):
            return False  # "countries that do not respect X, in a speech to Y": the clause has ended
        if "by" in (tokens[unit.tok_start - 1].norm, tokens[unit.tok_start - 2].norm):
            return False  # "the people who have been subjected to abuse by the Kyiv regime": the doer named
        return any(t.norm in _FINITE or (t.norm.isalpha() and t.norm.endswith("ed")) for t in between)
    return False


_DOER_ADJECTIVES = words("terrorist militant rebel separatist insurgent jihadist extremist islamist")
_ACT_NOUNS = words(
    "attack attacks bombing bombings strike strikes shelling violence raid raids offensive assault ambush "
    "siege atrocity atrocities act acts"
)
_BLAME = frozenset(
    {
        EventType.ACCUSE,
        EventType.REJECT,
        EventType.SANCTION,
        EventType.THREATEN,
        EventType.PROTEST,
        EventType.REQUEST,
        EventType.COERCE,
    }
)


def _attributive_doer(tokens: Sequence[Token], unit: Unit) -> bool:
    """The unit is an adjective naming who did an act ("the terrorist attacks", "the deadliest militant
    attack"): the doer, which only blame, not sympathy or the attack itself, is aimed at."""
    return (
        unit.kind == "group"
        and unit.tok_end == unit.tok_start + 1
        and tokens[unit.tok_start].norm in _DOER_ADJECTIVES
        and unit.tok_end < len(tokens)
        and tokens[unit.tok_end].norm in _ACT_NOUNS
    )


def _struck_place(text: str, tokens: Sequence[Token], units: Sequence[Unit], unit: Unit) -> list[Unit]:
    """The state hit where the act after the adjective happened: "the terrorist attacks in New York and
    Washington" (empty when no state, capital or region of one is named right after "in|on")."""
    k = unit.tok_end + 1
    if k >= len(tokens) or tokens[k].norm not in ("in", "on", "against"):
        return []
    hit = next(
        (
            u
            for u in units
            if k < u.tok_start <= k + 4 and u.code is not None and u.kind in ("state", "metonym", "territory")
        ),
        None,
    )
    return _conjuncts(text, tokens, units, hit, leftwards=False) if hit is not None else []


_PROTESTING = words("marching protesting demonstrating rallying picketing")
_CROWDS = words("civilians people residents")


# --- threats provoked ------------------------------------------------------------------------------------

_PROVOKING_ACTS = words(
    "accession membership decision decisions move moves plan plans deployment deployments steps actions "
    "bid policy expansion enlargement sanctions expulsion expulsions withdrawal refusal attempt attempts "
    "entry admission"
)


def _provoker(
    text: str, tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger, source: Sequence[str]
) -> list[Unit]:
    """The side whose act, named before a threat in the same sentence, the threat answers: "Finland's
    accession to NATO would harm relations, and Russia will take retaliatory steps"."""
    for u in units:
        if u.tok_end >= trig.tok_start:
            break
        if u.code is None or u.code in source or u.kind not in ("state", "metonym", "org"):
            continue
        if (
            u.tok_end + 1 < len(tokens)
            and tokens[u.tok_end].norm in ("'s", "'", "\u2019s")
            and tokens[u.tok_end + 1].norm in _PROVOKING_ACTS
        ):
            return _conjuncts(text, tokens, units, u, leftwards=False)
    return []


# --- "them", "both sides" ---------------------------------------------------------------------------------

_LIST_GAPS = frozenset({",", "and", ", and", "&", "as well as"})
_PAIR_NOUNS = words("sides countries parties companies governments states nations capitals leaders")


def _plural_referent(
    text: str, tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger, source: Sequence[str]
) -> list[Unit]:
    """The list of sides named before the trigger that its "them" or "both sides/countries/companies"
    stands for: "accepted offers of help from the US, Britain and France and asked them to assist" (empty
    when no such word follows the verb or the nearest actor named before is no list of two or more)."""
    end = min(len(tokens), trig.tok_end + 2)
    k = next(
        (
            i
            for i in range(trig.tok_start + 1, end)
            if tokens[i].norm == "them"
            or (tokens[i].norm == "both" and i + 1 < len(tokens) and tokens[i + 1].norm in _PAIR_NOUNS)
        ),
        None,
    )
    if k is None or any(u.tok_start <= k < u.tok_end and u.code is not None for u in units):
        return []
    before = [u for u in units if u.tok_end <= trig.tok_start and u.code is not None and u.code not in source]
    if not before:
        return []
    group = [before[-1]]
    for u in reversed(before[:-1]):
        if text[u.end : group[-1].start].strip().casefold() not in _LIST_GAPS:
            break
        group.append(u)
    named = [u for u in reversed(group) if u.code is not None and u.code not in source]
    return named if len(_codes(named)) >= 2 else []


# --- the stage ------------------------------------------------------------------------------------------


def revise(
    text: str,
    tokens: Sequence[Token],
    units: Sequence[Unit],
    trig: Trigger,
    etype: EventType,
    roles: Roles,
) -> Roles:
    """``roles`` with its target corrected for the families listed in the module's docstring."""
    if not tokens or not trig.verbal or trig.tok_start >= len(tokens):
        return roles
    source = roles.source
    if etype in _HANDING:
        receiver = _receiver(tokens, units, trig)
        if receiver is not None and receiver.code not in source:
            group = _conjuncts(text, tokens, units, receiver, leftwards=False)
            return dataclasses.replace(roles, target=tuple(c for c in _codes(group) if c not in source))
    if etype in _OWNER_ACTS:
        owner = _adjective_owner(tokens, units, trig)
        if owner is not None and owner not in source:
            return dataclasses.replace(roles, target=(owner,))
    if not roles.target:
        if etype is EventType.THREATEN and source:
            provoker = _provoker(text, tokens, units, trig, source)
            if provoker:
                return dataclasses.replace(roles, target=_codes(provoker))
        referent = _plural_referent(text, tokens, units, trig, source) if source else []
        if referent:
            return dataclasses.replace(roles, target=_codes(referent))  # "asked them to", "urged both sides"
        if etype is EventType.SUPPORT:
            # "expressed condolences over the terrorist attack in Moscow": sympathy for the state hit
            doer = next(
                (u for u in units if u.tok_start >= trig.tok_end and _attributive_doer(tokens, u)), None
            )
            if doer is not None and doer.tok_start - trig.tok_end <= _OWNER_REACH:
                hit = tuple(c for c in _codes(_struck_place(text, tokens, units, doer)) if c not in source)
                if hit:
                    return dataclasses.replace(roles, target=hit)
        return roles
    if etype is EventType.REQUEST and len(source) > 1:
        kept = _addressed(tokens, units, trig, roles.target)
        if kept != roles.target:
            return dataclasses.replace(roles, target=kept)
    after = [u for u in units if u.tok_start > trig.tok_start and u.code in roles.target]
    replaced: dict[str, str] = {}
    dropped: dict[str, Unit | None] = {}  # a target dropped: the subordinate clause's subject, if any
    plain: set[str] = set()  # codes also named where they stand as targets
    for u in after:
        assert u.code is not None
        backed = _backed_group(tokens, units, u)
        if backed is not None and backed.code is not None:
            replaced[u.code] = backed.code
            continue
        if etype in (EventType.ASSAULT, EventType.COERCE) and (
            u.tok_end < len(tokens)
            and tokens[u.tok_end].norm in _PROTESTING
            and tokens[u.tok_end - 1].norm in _CROWDS
        ):
            replaced[u.code] = "protesters"  # "fired tear gas at monks and civilians marching in Yangon"
            continue
        if etype not in _BLAME and _attributive_doer(tokens, u):
            struck = _struck_place(text, tokens, units, u) if etype is EventType.SUPPORT else []
            dropped[u.code] = None
            if struck:
                return dataclasses.replace(
                    roles, target=tuple(c for c in _codes(struck) if c not in source) or roles.target
                )
            continue
        subject = _subordinate_subject(tokens, units, trig, u)
        if subject is not None:
            dropped[u.code] = subject
        elif _as_predicate(tokens, u) or _in_relative_clause(
            tokens, units, max(trig.tok_end, trig.tok_start + 2), u
        ):
            dropped[u.code] = None
        else:
            plain.add(u.code)
    dropped = {c: v for c, v in dropped.items() if c not in plain}
    if not dropped and not replaced:
        return roles
    target = tuple(dict.fromkeys(replaced.get(c, c) for c in roles.target if c not in dropped))
    if not target and etype in _ANSWERS:
        # "imposed sanctions after Russia annexed Crimea": an answer is aimed at the clause's doer
        causes = [
            v
            for v in dropped.values()
            if v is not None and v.code is not None and v.kind in _RECEIVER_KINDS and v.code not in source
        ]
        target = _codes(causes[:1])
    return dataclasses.replace(roles, target=target)


_ISSUES = words("crisis crises conflict conflicts settlement situation issue problem question file war")
"""Nouns a people's adjective names a topic of ("the Iraqi crisis", "the Syrian settlement")."""


def call_topic(tokens: Sequence[Token], unit: Unit) -> bool:
    """``unit`` names a place ("in the Idlib Province") or the people of an issue ("the Iraqi crisis"):
    what a joint call is about, not whom it asks."""
    if unit.locative:
        return True
    return unit.kind == "demonym" and unit.tok_end < len(tokens) and tokens[unit.tok_end].norm in _ISSUES


def _addressed(
    tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger, target: tuple[str, ...]
) -> tuple[str, ...]:
    """``target`` without the codes named after the trigger only as a place ("in the Idlib Province") or
    as the people of an issue ("the Iraqi crisis") - see "a joint call's topic" in the module docstring."""
    named = [u for u in units if u.tok_start >= trig.tok_end and u.code in target]
    drop = {
        c
        for c in target
        if (ms := [u for u in named if u.code == c]) and all(call_topic(tokens, u) for u in ms)
    }
    return tuple(c for c in target if c not in drop) if drop else target


_ANSWERS = frozenset(
    {EventType.SANCTION, EventType.ACCUSE, EventType.REJECT, EventType.THREATEN, EventType.PROTEST}
)


def kept_targets(
    text: str,
    tokens: Sequence[Token],
    units: Sequence[Unit],
    anchor: tuple[int, int],
    target: tuple[str, ...],
) -> tuple[str, ...]:
    """``target`` (of an event whose trigger spans the characters ``anchor``) without the codes every
    mention of which stands where no target stands: a mediator or channel ("through Turkey and the UN",
    "under UN supervision", "brokered by Egypt"), or, after the trigger, what someone is taken for ("targeted
    as militants") or what the trigger's unnamed object acted on in a relative clause ("sanctions on
    companies that supplied drones to Russia")."""
    if not target or not tokens or not units:
        return target
    first = next((i for i, t in enumerate(tokens) if t.start >= anchor[1]), len(tokens))
    between: set[int] = set()
    for u in units:
        if u.code is not None and _go_between(tokens, u):
            between.update(id(v) for v in _conjuncts(text, tokens, units, u, leftwards=False))

    def stray(u: Unit) -> bool:
        if id(u) in between:
            return True
        return u.tok_start >= first and (
            _as_predicate(tokens, u) or _in_relative_clause(tokens, units, first, u)
        )

    drop = set()
    for code in target:
        mentions = [u for u in units if u.code == code]
        if mentions and all(stray(u) for u in mentions):
            drop.add(code)
    return tuple(c for c in target if c not in drop) if drop else target
