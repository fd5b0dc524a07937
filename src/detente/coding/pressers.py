"""Coder stage 6/7, NATO press points and Council statements on Russia (session 26, helper ``pressers``).

The wording families of the Secretary General's press points after NATO-Russia Council meetings and of the
North Atlantic Council's statements that the other stages read wrongly:

- a meeting told by its atmosphere, in a press conference after the meeting: "I can tell you that the
  atmosphere was businesslike", "the atmosphere at the table was tense" — the CONSULT of the meeting's
  sides (known from the context line), as "the discussion was frank" already is
  (:func:`atmosphere_judged`);
- an airspace violation told as a noun with its doer after "by": "Allies protest the violations of Turkish
  sovereign airspace by Russian Su-24 aircraft", "the violation of Finnish airspace by Russian jets" — the
  MOBILIZE is the craft's state's, aimed at the state whose airspace it is, and the protest is aimed at the
  doer, not at the victim; and the craft told with a relative clause: "shot down Russian drones that had
  crossed into Poland's airspace" — the drones' state's MOBILIZE against that state (:func:`amended`);
- a meeting held at an Ally's (or Russia's) request: "The Council met at Estonia's request under Article
  4", "Allies held consultations at Poland's request" — the CONSULT is mutual, the asker being one of the
  sides, not the one consulted (the REQUEST stays with the asker);
- a trip made for a meeting of a joint council: "Lavrov will travel to Berlin for a meeting of the
  NATO-Russia Council" — the council's meeting (mutual, of its sides), not a visit to the host city;
- an act named as another's "action", "step" or "choice" before its infinitive: "Allies support the action
  of the United States to suspend its obligations", "the step taken by Washington to leave the treaty" —
  the act is done by the one named after "of"/"by", not by who supports it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from detente.coding.meetings import JOINT_FORUMS
from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import PatternSet, Token, norms_of, words
from detente.coding.polarity import polarity_of
from detente.coding.roles import Roles, clause_floor
from detente.coding.statements import Finding
from detente.coding.text import lower_text
from detente.coding.units import Unit

if TYPE_CHECKING:
    from detente.coding.coder import Event


class PressView(Protocol):
    """What the readers see of a sentence: its text, tokens, actor units and the meeting reported."""

    @property
    def text(self) -> str: ...

    @property
    def tokens(self) -> list[Token]: ...

    @property
    def units(self) -> list[Unit]: ...

    @property
    def patterns(self) -> PatternSet: ...

    @property
    def participants(self) -> tuple[str, ...]: ...

    @property
    def reported_meeting(self) -> bool: ...


# --- a meeting judged by its atmosphere ------------------------------------------------------------------

_ATMOSPHERE = words("atmosphere mood tone climate")
_BE = words("was were has have had been is")
_ATMOSPHERE_ADJECTIVES = words(
    "businesslike constructive frank candid friendly cordial warm good positive open tense difficult "
    "sober serious calm respectful professional productive useful heated"
)
_ATMOSPHERE_PLACES = words("of at in during around")
_SITTING_NOUNS = words("meeting talks discussion discussions table session consultations negotiations")


def atmosphere_judged(view: PressView) -> Finding | None:
    """CONSULT of the reported meeting's sides for "the atmosphere (at the meeting) was businesslike"."""
    if not view.reported_meeting or len(view.participants) < 2:
        return None
    tokens = view.tokens
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok.norm not in _ATMOSPHERE or i == 0 or tokens[i - 1].norm not in ("the", "its"):
            continue
        j = i + 1
        if j < n and tokens[j].norm in _ATMOSPHERE_PLACES:  # "the atmosphere at the table"
            k = j + 1
            while k < n and k <= j + 4 and tokens[k].norm not in _SITTING_NOUNS:
                k += 1
            if k >= n or tokens[k].norm not in _SITTING_NOUNS:
                continue
            j = k + 1
        if j >= n or tokens[j].norm not in _BE:
            continue
        while j < n and tokens[j].norm in _BE:
            j += 1
        while j < n and tokens[j].norm in ("very", "rather", "quite", "generally", "largely", "at", "times"):
            j += 1
        if j >= n or tokens[j].norm not in _ATMOSPHERE_ADJECTIVES:
            continue
        roles = Roles(tuple(view.participants), (), (tokens[i - 1].start, tokens[j].end), True, True)
        polarity = polarity_of(tokens, i, view.patterns, floor=clause_floor(tokens, i))
        return Finding(EventType.CONSULT, "", roles, polarity, tok.start, tokens[j].end, tok.text)
    return None


# --- a pull-out told by the site left ----------------------------------------------------------------------

_LEFT = words("left leave leaves leaving")
_RELATIVE = words("that which who")
_SITES = words("base bases site sites station garrison garrisons facility facilities airfield barracks")
_PERFECT = words("had has have")


def site_left(view: PressView) -> Finding | None:
    """RETREAT of the forces' state from the state the site is in: "The last Russian military personnel left
    the Skrunda radar site in Latvia", "Russian troops left their bases in Moldova". Forces the sentence
    only describes ("peacekeepers who had left their base in Bosnia entered Pristina") are background."""
    tokens, units = view.tokens, view.units
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if tok.norm not in _LEFT or k < 2:
            continue
        v = k - 1 if tokens[k - 1].norm in _PERFECT else k  # "have left"
        if v < 1 or tokens[v - 1].norm in _RELATIVE:
            continue
        forces = next(
            (u for u in units if u.tok_end == v and u.code and u.kind in (*_STATE_KINDS, "org")), None
        )
        if forces is None or forces.code is None:
            continue
        site = next((i for i in range(k + 1, min(n, k + 6)) if tokens[i].norm in _SITES), None)
        if site is None or site + 1 >= n or tokens[site + 1].norm != "in":
            continue
        host = _unit_in(units, site + 2, min(n, site + 3), states=True)
        if host is None or not host.code or host.code == forces.code:
            continue
        roles = Roles((forces.code,), (host.code,), (forces.start, host.end))
        polarity = polarity_of(tokens, k, view.patterns, floor=clause_floor(tokens, k))
        return Finding(EventType.RETREAT, "withdraw", roles, polarity, tok.start, tok.end, tok.text)
    return None


# --- training told in the passive with the programme as its doer ------------------------------------------

_TRAINED = words("trained educated schooled")
_PASSIVE_AUX = words("been were was are is")
_UNDER = words("under through within")
_PROGRAMMES = words("project projects programme programmes program programs initiative scheme fund mission")


def may_leave(norms: frozenset[str] | set[str]) -> bool:
    """Whether :func:`site_left` may read a sentence with these token norms (a verb of leaving and a site)."""
    return not _LEFT.isdisjoint(norms) and not _SITES.isdisjoint(norms)


def may_train(norms: frozenset[str] | set[str]) -> bool:
    """Whether :func:`trained_under` may read a sentence with these token norms (a verb of training, "under"
    or its like and a programme)."""
    return (
        not _TRAINED.isdisjoint(norms) and not _UNDER.isdisjoint(norms) and not _PROGRAMMES.isdisjoint(norms)
    )


def trained_under(view: PressView) -> Finding | None:
    """AID from the body whose programme trained people, to the trainees' states: "Some 2,500 officers from
    Afghanistan and Pakistan have been trained under the NRC counter-narcotics project" (NATO and Russia
    to Afghanistan and Pakistan), "Afghan police were trained under a NATO programme"."""
    tokens, units = view.tokens, view.units
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if tok.norm not in _TRAINED or k < 2 or tokens[k - 1].norm not in _PASSIVE_AUX:
            continue
        if k + 1 >= n or tokens[k + 1].norm not in _UNDER:
            continue
        body = _unit_in(units, k + 2, min(n, k + 5))
        prog = next((i for i in range(k + 2, min(n, k + 8)) if tokens[i].norm in _PROGRAMMES), None)
        if body is None or body.code is None or prog is None or body.tok_start > prog:
            continue
        givers = JOINT_FORUMS.get(body.code, (body.code,))
        floor = clause_floor(tokens, k)
        trainees = tuple(
            dict.fromkeys(
                u.code
                for u in units
                if floor <= u.tok_start
                and u.tok_end < k
                and u.code
                and u.code not in givers
                and u.kind in (*_STATE_KINDS, "territory", "group")
            )
        )
        if not trainees:
            continue
        roles = Roles(givers, trainees, (tokens[floor].start, tokens[prog].end))
        polarity = polarity_of(tokens, k, view.patterns, floor=floor)
        return Finding(EventType.AID, "", roles, polarity, tok.start, tok.end, tok.text)
    return None


# --- the pass over a sentence's events ----------------------------------------------------------------------

_VIOLATION_NOUNS = words("violation violations incursion incursions intrusion intrusions")
_AIRSPACE = words("airspace")
_CRAFT = words(
    "jet jets aircraft warplane warplanes plane planes bomber bombers fighter fighters drone drones "
    "helicopter helicopters missile missiles"
)
_CROSSING = words("crossed entered violated intruded strayed penetrated")
_RELATIVE_AUX = words("had has have")
_STATE_KINDS = ("state", "demonym")
_FORCE_WORDS = words(
    "troops forces soldiers personnel servicemen units contingents aircraft ships warships equipment"
)
_REQUEST_WORDS = words("request")
_FOR_MEETING = words("meeting session sitting")
_ACT_OWNER_NOUNS = words("action actions step steps choice")


def _token_at(tokens: Sequence[Token], char: int) -> int | None:
    return next((k for k, t in enumerate(tokens) if t.start <= char < t.end), None)


def _unit_in(units: Sequence[Unit], lo: int, hi: int, *, states: bool = False) -> Unit | None:
    """The first coded unit starting in tokens ``[lo, hi)`` (a state or its adjective when ``states``)."""
    return next(
        (
            u
            for u in units
            if lo <= u.tok_start < hi and u.code is not None and (not states or u.kind in _STATE_KINDS)
        ),
        None,
    )


@dataclasses.dataclass(frozen=True, slots=True)
class _Incursion:
    """One airspace violation read in the sentence: the doer, the state violated, its token span."""

    doer: str
    victim: str
    lo: int
    hi: int


def _incursions(tokens: Sequence[Token], units: Sequence[Unit]) -> list[_Incursion]:
    """Airspace violations told as a noun with "by" ("violations of Turkish airspace by Russian jets") or as
    craft with a relative clause ("Russian drones that had crossed into Poland's airspace")."""
    found: list[_Incursion] = []
    if _AIRSPACE.isdisjoint(norms_of(tokens)):
        return found  # (its loop starts from "airspace": s38-speed13)
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if tok.norm not in _AIRSPACE:
            continue
        # "violations of Turkish (sovereign) airspace by Russian Su-30 aircraft"
        i = next((i for i in range(max(0, k - 5), k) if tokens[i].norm in _VIOLATION_NOUNS), None)
        if i is not None and tokens[i + 1].norm == "of" and k + 1 < n and tokens[k + 1].norm == "by":
            victim = _unit_in(units, i + 2, k + 1, states=True)
            doer = _unit_in(units, k + 2, min(n, k + 5), states=True)
            if victim and doer and victim.code != doer.code and victim.code and doer.code:
                found.append(_Incursion(doer.code, victim.code, i, k + 1))
            continue
        # "Russian drones that had crossed into Poland's airspace"
        v = next((v for v in range(max(0, k - 5), k) if tokens[v].norm in _CROSSING), None)
        if v is None:
            continue
        r = v - 1
        while r > 0 and tokens[r].norm in _RELATIVE_AUX:
            r -= 1
        if r < 2 or tokens[r].norm not in _RELATIVE or tokens[r - 1].norm not in _CRAFT:
            continue
        victim = _unit_in(units, v + 1, k + 1, states=True)
        doer = next(
            (
                u
                for u in units
                if r - 5 <= u.tok_start and u.tok_end <= r and u.code and u.kind in _STATE_KINDS
            ),
            None,
        )
        if victim and doer and victim.code and doer.code and victim.code != doer.code:
            found.append(_Incursion(doer.code, victim.code, r - 1, k + 1))
    return found


def _with_incursions(
    tokens: Sequence[Token],
    units: Sequence[Unit],
    events: list[Event],
    make: Callable[[Finding], Event | None],
) -> list[Event]:
    for inc in _incursions(tokens, units):
        lo, hi = tokens[inc.lo].start, tokens[inc.hi - 1].end
        inside = [e for e in events if e.event is EventType.MOBILIZE and lo <= e.anchor[0] < hi]
        if any(e.source == (inc.doer,) and e.target == (inc.victim,) for e in events):
            pass
        elif inside:
            events = [
                dataclasses.replace(e, source=(inc.doer,), target=(inc.victim,)) if e in inside else e
                for e in events
            ]
        else:
            finding = Finding(
                EventType.MOBILIZE,
                "weapons",
                Roles((inc.doer,), (inc.victim,), (lo, hi)),
                Polarity.ASSERTED,
                lo,
                hi,
                tokens[inc.lo].text,
            )
            made = make(finding)
            if made is not None:
                events = [*events, made]
        # the protest or condemnation of the violation is aimed at its doer, not at the state violated
        events = [
            dataclasses.replace(e, target=(inc.doer,))
            if e.event is EventType.ACCUSE and e.target == (inc.victim,) and e.anchor[0] < lo
            else e
            for e in events
        ]
    return events


def _asked_for(text: str, events: list[Event]) -> list[Event]:
    """A meeting held at one side's request is mutual: the CONSULT from the body to the asker becomes the
    meeting of both ("The Council met at Estonia's request")."""
    if "request" not in lower_text(text):
        return events
    askers = {
        e.source: e.target for e in events if e.event is EventType.REQUEST and len(e.source) == 1 and e.target
    }
    briefers = {e.source for e in events if e.event is EventType.CONSULT and e.source in askers}
    out: list[Event] = []
    for e in events:
        if (
            e.event is EventType.CONSULT
            and e.target not in briefers  # "..., at which Turkey briefed Allies": the asker's own briefing
            and e.mode != "visit"
            and e.source
            and e.target in askers
            and set(askers[e.target]) <= set(e.source)
        ):
            e = dataclasses.replace(e, source=tuple(dict.fromkeys((*e.source, *e.target))), target=())
        out.append(e)
    return out


def _forum_trip(tokens: Sequence[Token], units: Sequence[Unit], events: list[Event]) -> list[Event]:
    """A visit whose purpose is a meeting of a joint council is that council's meeting: "will travel to
    Berlin for a meeting of the NATO-Russia Council" (mutual, of the council's sides)."""
    if "for" not in norms_of(tokens):
        return events  # (its loop starts from "for": s38-speed13)
    n = len(tokens)
    forum: tuple[str, ...] = ()
    for k, tok in enumerate(tokens):
        if tok.norm != "for" or k + 4 >= n:
            continue
        m = next((m for m in range(k + 1, min(n, k + 5)) if tokens[m].norm in _FOR_MEETING), None)
        if m is None or m + 1 >= n or tokens[m + 1].norm != "of":
            continue
        body = _unit_in(units, m + 2, min(n, m + 4))
        if body is not None and body.code in JOINT_FORUMS:
            forum = JOINT_FORUMS[body.code]
            break
    if not forum:
        return events
    return [
        dataclasses.replace(e, mode="multilateral", source=forum, target=())
        if e.event is EventType.CONSULT and e.mode == "visit" and set(e.source) <= set(forum)
        else e
        for e in events
    ]


def _act_of_another(tokens: Sequence[Token], units: Sequence[Unit], events: list[Event]) -> list[Event]:
    """An act told as the infinitive of another's "action"/"step"/"choice" is that other's: "support the
    action of the United States to suspend its obligations" (the United States suspends)."""
    out: list[Event] = []
    for e in events:
        k = _token_at(tokens, e.anchor[0])
        if k is not None and k >= 3 and tokens[k - 1].norm == "to" and e.event is not EventType.SUPPORT:
            owner: Unit | None = None
            # "the action of the United States to ...", "the step taken by Washington to ..."
            for u in units:
                if u.code is None or u.tok_end != k - 1:
                    continue
                j = u.tok_start - 1
                while j >= 0 and tokens[j].norm == "the":
                    j -= 1
                if j >= 1 and tokens[j].norm in ("of", "by"):
                    h = j - 1
                    if tokens[h].norm == "taken" and h >= 1:
                        h -= 1
                    if tokens[h].norm in _ACT_OWNER_NOUNS:
                        owner = u
            if owner is not None and owner.code and e.source != (owner.code,):
                e = dataclasses.replace(
                    e, source=(owner.code,), target=tuple(c for c in e.target if c != owner.code)
                )
        out.append(e)
    return out


_CLOSING = words("closure closing shutdown")
_FOREIGN_POSTS = words(
    "office offices mission missions embassy embassies consulate consulates representation delegation"
)


def _post_closed(tokens: Sequence[Token], units: Sequence[Unit], events: list[Event]) -> list[Event]:
    """The closing of another state's or organisation's office or mission ends relations with it (SANCTION),
    unlike a ban on a body at home (COERCE): "ordered the closure of the NATO Information Office in
    Moscow"."""
    out: list[Event] = []
    for e in events:
        k = _token_at(tokens, e.anchor[0])
        if e.event is EventType.COERCE and k is not None and e.target and e.source:
            span = range(k, min(len(tokens), k + 12))
            closing = next((i for i in span if tokens[i].norm in _CLOSING), None)
            post = next((i for i in span if tokens[i].norm in _FOREIGN_POSTS), None)
            aimed = [
                u
                for u in units
                if u.code in e.target
                and u.kind in ("org", "state", "demonym")
                and closing is not None
                and post is not None
                and closing < u.tok_start <= post
            ]
            if aimed and not set(e.target) & set(e.source):
                e = dataclasses.replace(e, event=EventType.SANCTION, mode="discontinue")
        out.append(e)
    return out


_ANSWERING_FRONT = (("in", "response", "to"), ("in", "retaliation", "for"), ("in", "reply", "to"))


def _borrowed_attack(tokens: Sequence[Token], units: Sequence[Unit], events: list[Event]) -> list[Event]:
    """An attack named in an opening "In response to ..." phrase whose doer that phrase does not name ("In
    response to the Salisbury attack, NATO has withdrawn ...") is the cause of the measure, with no doer
    told: it is not coded with actors borrowed from the main clause."""
    if len(tokens) < 4 or tuple(t.norm for t in tokens[:3]) not in _ANSWERING_FRONT:
        return events
    comma = next((i for i, t in enumerate(tokens) if t.norm == ","), None)
    if comma is None:
        return events
    end = tokens[comma].start
    named = {u.code for u in units if u.tok_end <= comma and u.code}
    kept = [
        e
        for e in events
        if not (e.event is EventType.ASSAULT and e.anchor[0] < end and not set(e.source) & named)
    ]
    return kept if any(e.anchor[0] >= end for e in kept) else events


def _document_speaks(text: str, events: list[Event]) -> list[Event]:
    """What the Alliance's Strategic Concept says is the Alliance's: "The Strategic Concept adopted in Madrid
    states that Russia is the most significant threat" (an ACCUSE by NATO)."""
    at = text.find("Strategic Concept")
    if at < 0:
        return events
    return [
        dataclasses.replace(e, source=("NATO",))
        if not e.source and e.anchor[0] > at and "NATO" not in e.target
        else e
        for e in events
    ]


def _accuser_not_accused(events: list[Event]) -> list[Event]:
    """An accusation by no one aimed at the side that accuses in the same sentence is a misreading of the
    accuser's own words ("Allies raised their concerns about Russia's missile, which they believe violates
    the Treaty": "they" believe, they are not accused)."""
    accusers = {c for e in events if e.event is EventType.ACCUSE and e.source and e.target for c in e.source}
    return [
        e
        for e in events
        if not (e.event is EventType.ACCUSE and not e.source and e.target and set(e.target) & accusers)
    ]


def _forces_from(tokens: Sequence[Token], units: Sequence[Unit], events: list[Event]) -> list[Event]:
    """Where forces come from is no target of their deployment: "will involve 90,000 troops from all Allies
    and from Sweden", "moved troops from Belarus" — a MOBILIZE target named only after "from" is dropped."""
    out: list[Event] = []
    for e in events:
        if e.event is EventType.MOBILIZE and e.target:
            kept = []
            for code in e.target:
                where = [u for u in units if u.code == code]
                if where and all(_from_forces(tokens, u) for u in where):
                    continue
                kept.append(code)
            if len(kept) != len(e.target):
                e = dataclasses.replace(e, target=tuple(kept))
        out.append(e)
    return out


def _from_forces(tokens: Sequence[Token], unit: Unit) -> bool:
    """``unit`` stands after "from" ("from (all) (the)") right after a word of forces ("troops from X")."""
    i = unit.tok_start - 1
    while i >= 0 and tokens[i].norm in ("the", "all"):
        i -= 1
    if i < 1 or tokens[i].norm != "from":
        return False
    # "troops from all Allies and from Sweden": the forces word before this or an earlier "from"
    window = [t.norm for t in tokens[max(0, i - 8) : i]]
    return any(w in _FORCE_WORDS for w in window)


def amended(view: PressView, events: Sequence[Event], make: Callable[[Finding], Event | None]) -> list[Event]:
    """The sentence's events with this module's families settled (module docstring); ``make`` turns a
    :class:`Finding` into an event of the sentence."""
    tokens, units = view.tokens, view.units
    out = _with_incursions(tokens, units, list(events), make)
    out = _asked_for(view.text, out)
    out = _forum_trip(tokens, units, out)
    out = _post_closed(tokens, units, out)
    out = _borrowed_attack(tokens, units, out)
    out = _document_speaks(view.text, out)
    out = _accuser_not_accused(out)
    out = _forces_from(tokens, units, out)
    return _act_of_another(tokens, units, out)
