"""NATO-Russia official wording (s21-nato): readers for the turns of phrase of Alliance statements, Secretary
General transcripts and the Russian replies to them, run on a sentence's events before the sentence passes.

- who holds the hostages a demand would free: "called for the release of the OSCE observers held by
  separatists" also reports the hostage-taking (ASSAULT abduct by the holder, on the hostages' body);
- an exercise bigger than declared: "NATO assesses that considerably more troops took part than the 12,700
  officially declared" accuses the exercise's holders (ACCUSE allege);
- the voice of a belief: "Allies believe that Russia has fielded a missile which violates the Treaty" - the
  believer accuses when the accusation has no one else;
- the agent after "by": "the action by the United States to suspend its obligations" - the one named after
  "by" does what follows "to";
- a second verb after "regard ... as ...": "We regard NATO's decision as a hostile step and reserve the right
  to respond" - the regarder does both;
- Cold War verdicts: "described the freeze of cooperation as a return to Cold War rhetoric" accuses the
  owner of the act, and the judged freeze is reported (SANCTION) when nothing else tells it;
- a campaign of sabotage or disinformation told by a speaker (NATO, a government) of another actor is an
  allegation against that actor;
- air policing: "escorted out by Italian F-35s of NATO's Baltic Air Policing mission" is NATO's show of
  force on the escorted aircraft's state;
- Article 4: consultations requested by Allies are asked of NATO and held by NATO with the requesters;
- an intended, unconditional leaving of a known treaty ("intend to suspend the operation of the Treaty") is a
  future SANCTION, not a threat;
- annexation "to" a state: "to annex Crimea to the Russian Federation" names the seizer, and "will not
  recognise it" aims at it;
- violated airspace: its owner is wronged, not accused; military aircraft named as violators show force on
  the owner;
- "welcome President X's approach" praises (no visit), and aid that is pledged is promised (AGREE);
- what the Secretary General has (not) seen: "so far we have not seen a significant withdrawal" reports a
  RETREAT that did not happen, by the forces' owner; the seeing speaker is no target of the pull-back;
- the speaker's own invitation: "Russia has not yet responded to my invitation to convene a meeting of the
  NATO-Russia Council" is the speaker's request to meet (REQUEST meet), and the meeting is only proposed;
- a flow of foreign forces "into" a state ("the continued flow of Russian weapons and troops into eastern
  Ukraine") is a show of force (MOBILIZE) on that state.

Each reader first checks the sentence's words for its cue, so a sentence without one costs a set lookup."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol, TypeVar

from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import SCOPE_BREAK, PatternSet, Token, norms_of, words
from detente.coding.polarity import polarity_of
from detente.coding.roleparts import Roles
from detente.coding.treaties import load_treaties
from detente.coding.units import Unit

if TYPE_CHECKING:
    from detente.coding.coder import Event

__all__ = ["AllianceView", "Make", "amend", "settle"]


class AllianceView(Protocol):
    """What the readers see of a sentence."""

    @property
    def tokens(self) -> list[Token]: ...

    @property
    def units(self) -> list[Unit]: ...

    @property
    def speaker(self) -> str | None: ...

    @property
    def date(self) -> dt.date: ...

    @property
    def patterns(self) -> PatternSet: ...


V = TypeVar("V", bound=AllianceView)
# (view, type, mode, roles, polarity, start, end, trigger) -> the finished event (the coder's ``_finish``)
Make = Callable[[V, EventType, str, Roles, Polarity, int, int, str], "Event"]

_MAX_TOKENS = 160  # longer sentences are left to the general readers

_RELEASE = words("release releasing free freeing")
_HELD = words("captured detained seized arrested abducted imprisoned jailed held")

_MORE = words("more larger greater bigger higher")
_FORCE_NOUNS = words("troops forces soldiers servicemen personnel participants weapons equipment tanks")
_DECLARED = words("declared notified announced reported stated acknowledged admitted claimed")
_ASSESSING = words(
    "assess assesses assessed believe believes believed estimate estimates estimated judge judges judged "
    "conclude concludes concluded consider considers considered say says said think thinks know knows"
)
_BELIEVING = words(
    "believe believes believed assess assesses assessed conclude concludes concluded judge judges judged "
    "consider considers considered estimate estimates estimated"
)
_ADVERBS = words("firmly now also still strongly clearly all both")

_ACT_NOUNS = words(
    "action actions decision move step steps announcement plan plans intention attempt efforts"
)

_REGARD = words("regard regards regarded consider considers considered view views viewed see sees")
_NOT_A_VERB = words("the a an its their our his her this that these those of in on to for with by as and")

_COLD_CUES = words(
    "return relapse reflex reflexes relic relics throwback vocabulary rhetoric logic mentality thinking mindset "
    "stereotypes echo echoes spirit"
)
_JUDGING = words(
    "said says described describes calling called calls regarded regards regard described termed "
    "branded dismissed"
)
_FREEZES = words("suspension suspend suspending freeze freezing halt halting severing curtailment end ending")
_TIES = words("cooperation ties contacts relations dialogue links")

_CAMPAIGN_OF = words(
    "sabotage disinformation intimidation destabilisation destabilization subversion interference "
    "assassinations cyber-attacks cyberattacks espionage hybrid"
)
_CAMPAIGN = words("campaign campaigns")
_CONDUCTING = words(
    "conducting conducts conducted waging wages waged running runs stepping stepped pursuing pursues intensifying"
)

_ESCORTING = words("escorted intercepted shadowed")
_AIRCRAFT = words(
    "aircraft jets jet fighters fighter bombers bomber planes plane warplanes helicopters drones warships ships "
    "vessels submarine submarines"
)
_FOUR = words("4 iv")
_CONSULTATIONS = words("consultations consultation consult")
_INTENDING = words("intend intends intended intention intends plan plans planned decided decision")
_LEAVING = words("suspend withdraw leave quit exit abandon")
_ANNEXING = words("annex annexes annexed annexing")
_RECOGNISING = words("recognise recognize recognised recognized recognising recognizing")
_SOVEREIGN_SPACE = words("airspace territory waters")
_VIOLATIONS = words(
    "violation violations violated violating violate violates incursion incursions breach breaches"
)
_MY = words("my our")
_OWN_WORDS = words("our us ours")
_SEEING = words("see seen saw sign signs")
_PULLBACKS = words("withdrawal withdrawals de-escalation pull-back pullback drawdown")
_NOES = words("not no n't never")
_WELCOMING = words("welcome welcomes welcomed welcoming")
_PLEDGING = words("pledge pledges pledged pledging")
_INTO = words("into inside")
_CONDITIONAL = words("if unless whether should would could might will may")
_MOVING = words("flow flows influx pouring")


def amend(view: V, events: list[Event], make: Make[V]) -> list[Event]:
    """``events`` with the readers' corrections and additions (see the module docstring)."""
    tokens = view.tokens
    if not tokens or len(tokens) > _MAX_TOKENS:
        return events
    norms = norms_of(tokens)  # (shared by the sentence's readers, s34-speed3)
    out = list(events)
    if not _RELEASE.isdisjoint(norms) and not _HELD.isdisjoint(norms):
        out = _captives(view, out, make)
    if "than" in norms and not _MORE.isdisjoint(norms) and not _DECLARED.isdisjoint(norms):
        out = _bigger_than_declared(view, out, make)
    if not _BELIEVING.isdisjoint(norms) and "that" in norms:
        out = _believer_accuses(view, out)
    if "by" in norms and "to" in norms and not _ACT_NOUNS.isdisjoint(norms):
        out = _agent_after_by(view, out)
    if "as" in norms and "and" in norms and not _REGARD.isdisjoint(norms):
        out = _regarder_does_both(view, out)
    if "cold" in norms and "war" in norms and not _COLD_CUES.isdisjoint(norms):
        out = _cold_war_verdict(view, out, make)
    if not _CAMPAIGN.isdisjoint(norms) and (not _CAMPAIGN_OF.isdisjoint(norms) or "cyber" in norms):
        out = _hostile_campaign(view, out, make)
    if not _INTO.isdisjoint(norms) and not _FORCE_NOUNS.isdisjoint(norms):
        out = _forces_moving_in(view, out, make)
    if not _WELCOMING.isdisjoint(norms) and "'s" in norms:
        out = _welcomed_possession(view, out)
    if not _PLEDGING.isdisjoint(norms):
        out = _pledged_aid(view, out)
    if not _ESCORTING.isdisjoint(norms) and "by" in norms:
        out = _escorted_by(view, out, make)
    if "article" in norms and not _FOUR.isdisjoint(norms) and not _CONSULTATIONS.isdisjoint(norms):
        out = _article_four(view, out)
    if not _INTENDING.isdisjoint(norms) and not _LEAVING.isdisjoint(norms):
        out = _intended_leaving(view, out)
    if not _ANNEXING.isdisjoint(norms) and "to" in norms:
        out = _annexed_to(view, out)
    if not _SOVEREIGN_SPACE.isdisjoint(norms) and not _VIOLATIONS.isdisjoint(norms):
        out = _violated_space(view, out, make)
    if not _SEEING.isdisjoint(norms) and view.speaker:
        out = _withdrawal_seen(view, out, make)
    if "invitation" in norms and not _MY.isdisjoint(norms) and view.speaker:
        out = _own_invitation(view, out, make)
    return out


# -- helpers ------------------------------------------------------------------------------------------


def _token_at(tokens: Sequence[Token], char: int) -> int:
    """Index of the token holding character ``char`` (the last token when past the end)."""
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].end <= char:
            lo = mid + 1
        else:
            hi = mid
    return min(lo, len(tokens) - 1)


def _coded(units: Sequence[Unit]) -> list[Unit]:
    return [u for u in units if u.code is not None]


def _unit_ending(units: Sequence[Unit], end: int) -> Unit | None:
    """The coded unit whose last token is just before token ``end``."""
    return next((u for u in _coded(units) if u.tok_end == end), None)


def _unit_starting(units: Sequence[Unit], start: int) -> Unit | None:
    return next((u for u in _coded(units) if u.tok_start == start), None)


def _clause_start(tokens: Sequence[Token], index: int) -> int:
    """First token of the clause holding ``index`` (after a semicolon, colon or "but"-like break)."""
    for j in range(index - 1, -1, -1):
        if tokens[j].norm in SCOPE_BREAK:
            return j + 1
    return 0


def _has(events: Sequence[Event], etype: EventType, source: str | None = None) -> bool:
    return any(e.event is etype and (source is None or source in e.source) for e in events)


def _code(unit: Unit) -> str:
    return unit.code or ""


# -- readers ------------------------------------------------------------------------------------------


def _captives(view: V, events: list[Event], make: Make[V]) -> list[Event]:
    """A demand to release hostages named by a participle ("the release of the OSCE observers held by
    separatists", "release the Estonian officer abducted from Estonian territory") reports the hostage-taking:
    ASSAULT abduct by the one named after "by", else by the one asked, on the captives' state or body. Only
    armed groups' hostages and abductions: a state's detainees whose release is asked for are not coded
    (the gold codes the demand alone). The release itself is only asked for: a RETREAT on the demanded
    "release" goes."""
    tokens, units = view.tokens, view.units
    requests = [e for e in events if e.event is EventType.REQUEST]
    if not requests:
        return events
    out = list(events)
    for i, tok in enumerate(tokens):
        if tok.norm not in _RELEASE:
            continue
        asked = [e for e in requests if e.anchor[1] <= tok.start]
        if not asked:
            continue
        held = next((j for j in range(i + 2, min(len(tokens), i + 10)) if tokens[j].norm in _HELD), None)
        if held is None or tokens[held - 1].norm in ("be", "been", "being", "was", "were", "is", "are"):
            continue  # "release ... who were detained": told, not a reduced relative
        if any(tokens[j].norm in SCOPE_BREAK or tokens[j].norm == "," for j in range(i + 1, held)):
            continue
        captives = [u for u in _coded(units) if i < u.tok_start < held]
        if not captives:
            continue
        by = (
            _unit_starting(units, held + 2)
            if held + 2 < len(tokens) and tokens[held + 1].norm == "by"
            else None
        )
        if held + 2 < len(tokens) and tokens[held + 1].norm == "by" and by is None:
            continue  # held by someone the dictionary does not know
        holder = (_code(by),) if by is not None else asked[-1].target
        victims = tuple(dict.fromkeys(_code(u) for u in captives if _code(u) not in holder))
        if not holder or not victims or _has(out, EventType.COERCE) or _has(out, EventType.ASSAULT):
            continue
        if not (tokens[held].norm == "abducted" or any(c[:1].islower() for c in holder)):
            continue  # a state's detainees: the gold codes the demand alone
        roles = Roles(holder, victims, (tokens[i].start, tokens[held].end))
        out.append(
            make(
                view,
                EventType.ASSAULT,
                "abduct",
                roles,
                Polarity.ASSERTED,
                tokens[held].start,
                tokens[held].end,
                "",
            )
        )
        out = [
            e
            for e in out
            if not (e.event is EventType.RETREAT and e.anchor[0] == tok.start and tokens[i - 1].norm == "to")
        ]
    return out


def _bigger_than_declared(view: V, events: list[Event], make: Make[V]) -> list[Event]:
    """ "NATO assesses that considerably more troops took part than the 12,700 officially declared", "we have
    reason to believe that far more troops are involved than the 12,700 Moscow has declared": the assessor
    (the one before the verb of assessing, else the speaker) alleges that the declarer (named after "than",
    else the holders of the exercise) understated its forces."""
    tokens, units = view.tokens, view.units
    for k, tok in enumerate(tokens):
        if tok.norm not in _MORE or not any(t.norm in _FORCE_NOUNS for t in tokens[k + 1 : k + 4]):
            continue
        than = next((j for j in range(k + 1, min(len(tokens), k + 12)) if tokens[j].norm == "than"), None)
        if than is None:
            continue
        declared = next(
            (j for j in range(than + 1, min(len(tokens), than + 9)) if tokens[j].norm in _DECLARED), None
        )
        if declared is None or any(t.norm in _CONDITIONAL for t in tokens[k:than]):
            continue  # "more troops would be deployed than announced": a plan, no understatement
        floor = _clause_start(tokens, k)
        assessing = next((j for j in range(k - 1, floor - 1, -1) if tokens[j].norm in _ASSESSING), None)
        voice: str | None = None
        if assessing is not None:
            before = [u for u in _coded(units) if floor <= u.tok_end <= assessing]
            voice = _code(before[-1]) if before else None
            if before and before[-1].kind == "pronoun" and view.speaker:
                voice = view.speaker
        voice = voice or view.speaker
        named = [u for u in _coded(units) if than < u.tok_start < declared]
        holders: tuple[str, ...] = tuple(dict.fromkeys(_code(u) for u in named)) or next(
            (
                e.source
                for e in events
                if e.event is EventType.MOBILIZE and e.source and e.polarity is Polarity.ASSERTED
            ),
            (),
        )
        if not voice or not holders or voice in holders or _has(events, EventType.ACCUSE, voice):
            return events
        roles = Roles((voice,), holders, (tokens[k].start, tokens[declared].end))
        found = make(
            view, EventType.ACCUSE, "allege", roles, Polarity.ASSERTED, tok.start, tokens[declared].end, ""
        )
        return [*events, found]
    return events


def _believer_accuses(view: AllianceView, events: list[Event]) -> list[Event]:
    """An accusation with no accuser inside a clause of belief takes the believer: "Allies believe that
    Russia has developed ... a missile system which violates the INF Treaty" (NATO)."""
    tokens, units = view.tokens, view.units
    out = []
    for e in events:
        if e.event is EventType.ACCUSE and not e.source:
            anchor = _token_at(tokens, e.anchor[0])
            for j in range(anchor - 1, 0, -1):
                if tokens[j].norm in SCOPE_BREAK:
                    break
                if tokens[j].norm in _BELIEVING and j + 1 < len(tokens) and tokens[j + 1].norm == "that":
                    k = j
                    while k > 0 and tokens[k - 1].norm in _ADVERBS:
                        k -= 1
                    believer = _unit_ending(units, k)
                    if believer is not None and _code(believer) not in e.target:
                        e = dataclasses.replace(e, source=(_code(believer),))
                    break
        out.append(e)
    return out


def _agent_after_by(view: AllianceView, events: list[Event]) -> list[Event]:
    """ "We support the action by the United States to suspend its obligations under the INF Treaty": the act
    after "to" is done by the one named after "by" (not by the sentence's subject); an act aimed at that
    agent turns to the other side it had (the passes then aim a treaty's leaving at its other parties)."""
    tokens, units = view.tokens, view.units
    out = []
    for e in events:
        a = _token_at(tokens, e.anchor[0])
        if a >= 4 and tokens[a - 1].norm == "to":
            agent = _unit_ending(units, a - 1)
            if (
                agent is not None
                and agent.tok_start >= 2
                and tokens[agent.tok_start - 1].norm == "by"
                and tokens[agent.tok_start - 2].norm in _ACT_NOUNS
                and e.source != (_code(agent),)
            ):
                target = tuple(c for c in e.target if c != _code(agent))
                e = dataclasses.replace(e, source=(_code(agent),), target=target)
        out.append(e)
    return out


def _regarder_does_both(view: AllianceView, events: list[Event]) -> list[Event]:
    """ "We regard NATO's decision to cut the size of our mission as a hostile step and reserve the right to
    respond": the verb after "as ... and" is the regarder's, not the owner's of the regarded act."""
    tokens, units = view.tokens, view.units
    out = list(events)
    for r, tok in enumerate(tokens):
        if tok.norm not in _REGARD or not tok.text.islower():
            continue
        k = r
        while k > 0 and tokens[k - 1].norm in _ADVERBS:
            k -= 1
        regarder = _unit_ending(units, k)
        if regarder is None:
            continue
        as_ = next((j for j in range(r + 2, min(len(tokens), r + 25)) if tokens[j].norm == "as"), None)
        if as_ is None:
            continue
        and_ = next((j for j in range(as_ + 1, min(len(tokens), as_ + 12)) if tokens[j].norm == "and"), None)
        if and_ is None or and_ + 1 >= len(tokens):
            continue
        nxt = tokens[and_ + 1]
        if (
            not nxt.text.islower()
            or nxt.norm in _NOT_A_VERB
            or any(t.norm in SCOPE_BREAK for t in tokens[as_:and_])
        ):
            continue
        owners = {_code(u) for u in _coded(units) if r < u.tok_start < as_}
        code = _code(regarder)
        for n, e in enumerate(out):
            if e.anchor[0] >= nxt.start and e.source and set(e.source) <= owners and code not in e.source:
                target = tuple(e.source) if (not e.target or code in e.target) else e.target
                out[n] = dataclasses.replace(e, source=(code,), target=target)
    return out


def _cold_war_verdict(view: V, events: list[Event], make: Make[V]) -> list[Event]:
    """ "The Foreign Ministry described NATO's decision to freeze cooperation as a return to Cold War
    rhetoric", "said the suspension of cooperation was a reflex of the Cold War": ACCUSE by the one judging
    (before the verb, else the speaker) of the act's owner (named between the verb and the verdict, else
    the first other actor of the sentence); a judged freeze of cooperation is reported too."""
    tokens, units = view.tokens, view.units
    cold = next(
        (c for c in range(1, len(tokens) - 1) if tokens[c].norm == "cold" and tokens[c + 1].norm == "war"),
        None,
    )
    if cold is None or not any(t.norm in _COLD_CUES for t in tokens[max(0, cold - 5) : cold]):
        return events
    floor = _clause_start(tokens, cold)
    verb = next((j for j in range(cold - 1, floor - 1, -1) if tokens[j].norm in _JUDGING), None)
    if verb is None:
        return events
    before = [u for u in _coded(units) if u.tok_end <= verb]
    judge = _code(before[-1]) if before else view.speaker
    if not judge:
        return events
    inside = [u for u in _coded(units) if verb < u.tok_start < cold and _code(u) != judge]
    others = inside or [u for u in _coded(units) if _code(u) != judge]
    if not others:
        return events
    owner = _code(others[0])
    out = list(events)
    if not _has(out, EventType.ACCUSE, judge):
        roles = Roles((judge,), (owner,), (tokens[verb].start, tokens[cold + 1].end))
        out.append(
            make(
                view,
                EventType.ACCUSE,
                "disapprove",
                roles,
                Polarity.ASSERTED,
                tokens[verb].start,
                tokens[verb].end,
                "",
            )
        )
    judged = {t.norm for t in tokens[verb + 1 : cold]}
    if judged & _FREEZES and judged & _TIES and not _has(out, EventType.SANCTION):
        freeze = next(j for j in range(verb + 1, cold) if tokens[j].norm in _FREEZES)
        roles = Roles((owner,), (judge,), (tokens[freeze].start, tokens[cold].start))
        out.append(
            make(
                view,
                EventType.SANCTION,
                "discontinue",
                roles,
                Polarity.ASSERTED,
                tokens[freeze].start,
                tokens[freeze].end,
                "",
            )
        )
    return out


def _hostile_campaign(view: V, events: list[Event], make: Make[V]) -> list[Event]:
    """A speaker telling that another actor "is conducting a campaign of sabotage and cyber attacks against
    Allies" or "is waging a disinformation campaign" alleges it (ACCUSE allege, speaker on that actor)."""
    tokens, units = view.tokens, view.units
    speaker = view.speaker
    if not speaker or _has(events, EventType.ACCUSE):
        return events
    for c, tok in enumerate(tokens):
        if tok.norm not in _CAMPAIGN:
            continue
        of = tokens[c + 2].norm if c + 2 < len(tokens) and tokens[c + 1].norm == "of" else ""
        kind = tokens[c - 1].norm if c > 0 else ""
        if not (of in _CAMPAIGN_OF or of == "cyber" or kind in _CAMPAIGN_OF):
            continue
        floor = _clause_start(tokens, c)
        verb = next(
            (j for j in range(c - 1, max(floor, c - 6) - 1, -1) if tokens[j].norm in _CONDUCTING), None
        )
        if verb is None:
            continue
        doer = next((u for u in reversed(_coded(units)) if floor <= u.tok_start and u.tok_end <= verb), None)
        if doer is None or _code(doer) == speaker or doer.kind == "pronoun":
            continue
        roles = Roles((speaker,), (_code(doer),), (tokens[verb].start, tok.end))
        found = make(
            view, EventType.ACCUSE, "allege", roles, Polarity.ASSERTED, tokens[verb].start, tok.end, ""
        )
        return [*events, found]
    return events


def _forces_moving_in(view: V, events: list[Event], make: Make[V]) -> list[Event]:
    """ "the continued flow of Russian weapons and troops into eastern Ukraine": a flow of forces of one state
    (a demonym before the force noun) into another state is a show of force on it (MOBILIZE), unless the
    sentence already tells one. Forces merely "operating" or "fighting" somewhere are left alone."""
    tokens, units = view.tokens, view.units
    if _has(events, EventType.MOBILIZE) or _has(events, EventType.ASSAULT) or _has(events, EventType.RETREAT):
        return events
    for i, tok in enumerate(tokens):
        if tok.norm not in _INTO:
            continue
        # the state moved into: the first coded unit within three words ("into eastern Ukraine")
        place = next((u for u in _coded(units) if i < u.tok_start <= i + 3), None)
        if place is None:
            continue
        floor = _clause_start(tokens, i)
        window = range(max(floor, i - 8), i)
        forces = [j for j in window if tokens[j].norm in _FORCE_NOUNS]
        if not forces:
            continue
        owner = next(
            (u for u in _coded(units) if u.kind == "demonym" and forces[0] - 4 <= u.tok_start < forces[0]),
            None,
        )
        if owner is None or _code(owner) == _code(place):
            continue
        if not any(tokens[j].norm in _MOVING for j in window) or any(
            tokens[j].norm in _CONDITIONAL for j in range(floor, i)
        ):
            continue  # "if Russian troops crossed into Ukraine": a condition, no report
        if polarity_of(tokens, i, view.patterns, floor=floor) is not Polarity.ASSERTED:
            continue
        roles = Roles(
            (_code(owner),), (_code(place),), (tokens[forces[0]].start, tokens[place.tok_end - 1].end)
        )
        mode = "weapons" if tokens[forces[0]].norm in ("weapons", "equipment", "tanks") else "troops"
        found = make(
            view, EventType.MOBILIZE, mode, roles, Polarity.ASSERTED, tokens[forces[0]].start, tok.end, ""
        )
        return [*events, found]
    return events


def _welcomed_possession(view: AllianceView, events: list[Event]) -> list[Event]:
    """ "I welcome President Putin's constructive approach to our relationship": what is welcomed is the
    guest's approach, not the guest: the meeting a "welcome ... president ... to" reads becomes praise."""
    tokens, units = view.tokens, view.units
    out = []
    for e in events:
        if e.event is EventType.CONSULT and e.target:
            w = _token_at(tokens, e.anchor[0])
            if tokens[w].norm in _WELCOMING:
                guest = next((u for u in _coded(units) if u.tok_start > w), None)
                if (
                    guest is not None
                    and guest.tok_start <= w + 3
                    and guest.tok_end < len(tokens)
                    and tokens[guest.tok_end].norm == "'s"
                ):
                    e = dataclasses.replace(e, event=EventType.SUPPORT, mode="")
        out.append(e)
    return out


def _pledged_aid(view: AllianceView, events: list[Event]) -> list[Event]:
    """ "Allies pledged a minimum baseline funding of 40 billion euros in military aid to Ukraine": aid that
    the subject pledges is promised, not given (AGREE), however long the object before "aid" is."""
    tokens, units = view.tokens, view.units
    if _has(events, EventType.AGREE):
        return events
    out = []
    for e in events:
        if e.event is EventType.AID and e.source and e.polarity is Polarity.ASSERTED:
            a = _token_at(tokens, e.anchor[0])
            floor = max(_clause_start(tokens, a), a - 16)
            p = next((j for j in range(a, floor - 1, -1) if tokens[j].norm in _PLEDGING), None)
            if p is not None and not any(
                tokens[j].norm in (",", "and", "which", "that") for j in range(p + 1, a)
            ):
                k = p
                while k > 0 and tokens[k - 1].norm in _ADVERBS:
                    k -= 1
                subject = _unit_ending(units, k)
                if subject is not None and _code(subject) in e.source:
                    e = dataclasses.replace(e, event=EventType.AGREE, mode="")
        out.append(e)
    return out


def _escorted_by(view: V, events: list[Event], make: Make[V]) -> list[Event]:
    """ "Three Russian MiG-31 fighter jets violated Estonian airspace ... before being escorted out by Italian
    F-35s of NATO's Baltic Air Policing mission": the escort is a show of force by the escorts' side (NATO when
    the escorts fly for it, else the escorts' state) on the escorted aircraft's state."""
    tokens, units = view.tokens, view.units
    for i, tok in enumerate(tokens):
        if tok.norm not in _ESCORTING:
            continue
        by = next((j for j in range(i + 1, min(len(tokens), i + 3)) if tokens[j].norm == "by"), None)
        if by is None:
            continue
        floor = _clause_start(tokens, i)
        if not any(t.norm in _AIRCRAFT for t in tokens[floor:i]):
            continue  # "escorted by police": not an air policing escort
        end = next((j for j in range(by + 1, len(tokens)) if tokens[j].norm in SCOPE_BREAK), len(tokens))
        escorts = [_code(u) for u in _coded(units) if by < u.tok_start < min(end, by + 12)]
        # the escorted aircraft's state: the clause's first demonym ("Three Russian MiG-31 fighter jets violated
        # Estonian airspace"), the intruder before the intruded
        escorted = next((u for u in _coded(units) if floor <= u.tok_start < i and u.kind == "demonym"), None)
        if not escorts or escorted is None:
            continue
        side = "NATO" if "NATO" in escorts else escorts[0]
        if side == _code(escorted) or any(
            e.event is EventType.MOBILIZE and side in e.source and _code(escorted) in e.target for e in events
        ):
            return events
        roles = Roles((side,), (_code(escorted),), (tok.start, tokens[min(end, by + 12) - 1].end))
        found = make(view, EventType.MOBILIZE, "weapons", roles, Polarity.ASSERTED, tok.start, tok.end, "")
        return [*events, found]
    return events


def _article_four(view: V, events: list[Event]) -> list[Event]:
    """ "Estonia, Latvia ... requested consultations under Article 4, and the North Atlantic Council met":
    the consultations are asked of NATO (REQUEST with no target aims at NATO) and held by NATO with the
    states that asked for them (a CONSULT of NATO alone takes the requesters in)."""
    requesters = tuple(
        dict.fromkeys(c for e in events if e.event is EventType.REQUEST for c in e.source if c != "NATO")
    )
    if not requesters:
        return events
    out = []
    for e in events:
        if e.event is EventType.REQUEST and not e.target and set(e.source) <= set(requesters):
            e = dataclasses.replace(e, target=("NATO",), mode=e.mode or "meet")
        elif e.event is EventType.CONSULT and e.source == ("NATO",) and not e.target:
            e = dataclasses.replace(e, source=("NATO", *requesters))
        out.append(e)
    return out


def _intended_leaving(view: V, events: list[Event]) -> list[Event]:
    """ "Allies ... intend to suspend the operation of the Treaty", "the announcement ... that it intends to
    withdraw from the Open Skies Treaty": an intended leaving of a known treaty, with no condition, is a
    future SANCTION (withdraw), not a threat; the passes aim it at the treaty's other parties."""
    tokens = view.tokens
    out = []
    for e in events:
        if e.event is EventType.THREATEN and e.source:
            a = _token_at(tokens, e.anchor[0])
            floor = _clause_start(tokens, a)
            end = next((j for j in range(a, len(tokens)) if tokens[j].norm in SCOPE_BREAK), len(tokens))
            near = [t.norm for t in tokens[max(floor, a - 4) : min(end, a + 5)]]
            clause = [t.norm for t in tokens[floor:end]]
            if (
                any(n in _INTENDING for n in near)
                and any(n in _LEAVING for n in near)
                and not any(n in _CONDITIONAL for n in clause if n not in ("will", "may"))
                and _names_a_treaty(clause)
            ):
                target = tuple(c for c in e.target if c != view.speaker)
                e = dataclasses.replace(
                    e, event=EventType.SANCTION, mode="withdraw", polarity=Polarity.FUTURE, target=target
                )
        out.append(e)
    return out


def _names_a_treaty(norms: Sequence[str]) -> bool:
    """The words name a treaty of ``data/treaties.toml`` ("the CFE Treaty", "the Open Skies Treaty")."""
    for treaty in load_treaties():
        for name in treaty.names:
            if any(tuple(norms[i : i + len(name)]) == name for i in range(len(norms))):
                return True
    return "treaty" in norms


def _annexed_to(view: V, events: list[Event]) -> list[Event]:
    """ "the so-called treaty signed in Moscow today to annex Crimea to the Russian Federation": the state a
    territory is annexed to seizes it (the COERCE with no seizer takes it), and "will not recognise it" aims
    at that seizer."""
    tokens, units = view.tokens, view.units
    seizer: str | None = None
    for i, tok in enumerate(tokens):
        if tok.norm not in _ANNEXING:
            continue
        to = next((j for j in range(i + 2, min(len(tokens), i + 8)) if tokens[j].norm == "to"), None)
        if to is None:
            continue
        unit = next((u for u in _coded(units) if u.tok_start in (to + 1, to + 2)), None)
        if unit is not None and unit.kind in ("state", "metonym"):
            seizer = _code(unit)
            break
    if seizer is None:
        return events
    out = []
    for e in events:
        if e.event is EventType.COERCE and not e.source and seizer not in e.target:
            e = dataclasses.replace(e, source=(seizer,))
        elif e.event is EventType.REJECT and not e.target and e.source and seizer not in e.source:
            a = _token_at(tokens, e.anchor[0])
            if any(t.norm in _RECOGNISING for t in tokens[a : a + 3]):
                e = dataclasses.replace(e, target=(seizer,))
        out.append(e)
    return out


def _space_owner(tokens: Sequence[Token], units: Sequence[Unit], k: int) -> Unit | None:
    """The state whose airspace, territory or waters token ``k`` names: a demonym just before ("sovereign
    Turkish airspace") or a state after "of" ("the airspace of Turkey")."""
    # a unit may hold the noun ("Turkish airspace")
    before = next((u for u in _coded(units) if u.tok_start < k + 1 and k <= u.tok_end <= k + 1), None)
    if before is not None:
        return before
    if k + 2 < len(tokens) and tokens[k + 1].norm == "of":
        return next((u for u in _coded(units) if u.tok_start in (k + 2, k + 3)), None)
    return None


def _violated_space(view: V, events: list[Event], make: Make[V]) -> list[Event]:
    """ "Allies strongly protest the violation of Turkish airspace by Russian aircraft": the owner of the
    violated airspace is the wronged, not the accused - the accusation turns to the violator (named after
    "by", or a demonym on the aircraft) or goes when the sentence already accuses the violator; military
    aircraft named as the violators are a show of force on the owner (MOBILIZE weapons)."""
    tokens, units = view.tokens, view.units
    for k, tok in enumerate(tokens):
        if tok.norm not in _SOVEREIGN_SPACE:
            continue
        if not any(t.norm in _VIOLATIONS for t in tokens[max(0, k - 5) : k]):
            continue
        owner = _space_owner(tokens, units, k)
        if owner is None:
            continue
        end = next((j for j in range(k, len(tokens)) if tokens[j].norm in SCOPE_BREAK), len(tokens))
        k = max(k, owner.tok_end - 1)
        violator = next(
            (
                u
                for u in _coded(units)
                if k < u.tok_start < end
                and u.kind == "demonym"
                and _code(u) != _code(owner)
                and any(t.norm in _AIRCRAFT for t in tokens[u.tok_start + 1 : u.tok_end + 3])
            ),
            None,
        )
        if violator is None:
            continue
        bad, good = _code(violator), _code(owner)
        out: list[Event] = []
        for e in events:
            if e.event is EventType.ACCUSE and e.target == (good,) and e.source and good not in e.source:
                if any(
                    x.event is EventType.ACCUSE and x.source == e.source and bad in x.target for x in events
                ):
                    continue  # the violator is accused already: no second accusation of the wronged
                e = dataclasses.replace(e, target=(bad,))
            out.append(e)
        if not _has(out, EventType.MOBILIZE) and polarity_of(tokens, k, view.patterns) is Polarity.ASSERTED:
            roles = Roles(
                (bad,),
                (good,),
                (tokens[max(0, k - 3)].start, tokens[min(violator.tok_end, len(tokens) - 1)].end),
            )
            out.append(
                make(view, EventType.MOBILIZE, "weapons", roles, Polarity.ASSERTED, tok.start, tok.end, "")
            )
        return out
    return events


def _withdrawal_seen(view: V, events: list[Event], make: Make[V]) -> list[Event]:
    """The speaker's report of no pull-back: "so far we have not seen a significant withdrawal of the forces
    it deployed", "we have seen no sign of de-escalation", "what we see is not a withdrawal" tell a pull-back
    that did not happen (RETREAT withdraw, negated) by the forces' owner (the demonym after "of", else the first other actor of
    the sentence), from the state named in the sentence if any; the forces' deployment after "of the forces
    it deployed" only names them. "We have seen some Russian units pull back": the seer is no target."""
    tokens, units = view.tokens, view.units
    speaker = view.speaker or ""
    others = [u for u in _coded(units) if _code(u) != speaker and u.kind != "pronoun"]
    states = [u for u in others if u.kind in ("state", "demonym", "territory")]
    out = list(events)
    if _has(out, EventType.RETREAT):
        return out
    for w, tok in enumerate(tokens):
        if tok.norm not in _PULLBACKS or not any(t.norm in _NOES for t in tokens[max(0, w - 6) : w]):
            continue
        if any(t.norm in SCOPE_BREAK for t in tokens[max(0, w - 6) : w]):
            continue
        after = _unit_starting(units, w + 2) if w + 2 < len(tokens) and tokens[w + 1].norm == "of" else None
        owner = after if after is not None and after.kind == "demonym" else (others[0] if others else None)
        if owner is None:
            continue
        place = next((u for u in states if _code(u) != _code(owner)), None)
        target = (_code(place),) if place is not None else ()
        roles = Roles((_code(owner),), target, (tokens[max(0, w - 6)].start, tok.end))
        found = make(view, EventType.RETREAT, "withdraw", roles, Polarity.NEGATED, tok.start, tok.end, "")
        # "a withdrawal of the forces it deployed": the deployment only names the forces
        kept = [
            e
            for e in out
            if not (
                e.event is EventType.MOBILIZE
                and tok.end <= e.anchor[0] <= tokens[min(len(tokens) - 1, w + 7)].end
            )
        ]
        return [*kept, found]
    return out


def settle(view: AllianceView, events: list[Event]) -> list[Event]:
    """After the sentence passes: "We have seen some Russian units pull back" - the speaker who sees a
    pull-back is not the one pulled back from (unless "our borders"); the pull-back aims at the other state
    the sentence names, or at no one."""
    speaker = view.speaker
    if not speaker or not any(e.event is EventType.RETREAT and e.target == (speaker,) for e in events):
        return events
    tokens, units = view.tokens, view.units
    norms = norms_of(tokens)
    if not norms & _SEEING or norms & _OWN_WORDS:
        return events
    states = [u for u in _coded(units) if u.kind in ("state", "demonym", "territory") and _code(u) != speaker]
    out = []
    for e in events:
        if e.event is EventType.RETREAT and e.target == (speaker,):
            place = next((u for u in states if _code(u) not in e.source), None)
            e = dataclasses.replace(e, target=(_code(place),) if place is not None else ())
        out.append(e)
    return out


def _own_invitation(view: V, events: list[Event], make: Make[V]) -> list[Event]:
    """ "Russia has not yet responded to my invitation to convene a meeting of the NATO-Russia Council": the
    speaker's invitation is its request to meet (REQUEST meet) to the invitee (the actor answering it, or the
    one named after "invitation to"); the meeting it proposes is not held (a CONSULT on it goes)."""
    tokens, units = view.tokens, view.units
    speaker = view.speaker or ""
    for i, tok in enumerate(tokens):
        if tok.norm != "invitation" or i == 0 or tokens[i - 1].norm not in _MY:
            continue
        after = _unit_starting(units, i + 2) if i + 2 < len(tokens) and tokens[i + 1].norm == "to" else None
        floor = _clause_start(tokens, i)
        before = [
            u for u in _coded(units) if floor <= u.tok_start and u.tok_end <= i - 1 and _code(u) != speaker
        ]
        invitee = after if after is not None and _code(after) != speaker else (before[-1] if before else None)
        if invitee is None:
            return events
        end = next(
            (j for j in range(i, len(tokens)) if tokens[j].norm in SCOPE_BREAK or tokens[j].norm == ","),
            len(tokens),
        )
        out = [
            e
            for e in events
            if not (e.event is EventType.CONSULT and tok.end <= e.anchor[0] < tokens[end - 1].end)
        ]
        if not any(e.event is EventType.REQUEST and speaker in e.source for e in out):
            roles = Roles((speaker,), (_code(invitee),), (tokens[i - 1].start, tok.end))
            out.append(
                make(view, EventType.REQUEST, "meet", roles, Polarity.ASSERTED, tok.start, tok.end, "")
            )
        return out
    return events
