"""Material measures of session 34 (helper sanction2, tag "s34-sanction2"): intent to act denied, envoys
expelled from a place, missions closed in a place, treaties no longer binding (examples in our own words).

- **Intent denied** (:func:`intent_denied`). "Vilnius has no intention of expelling Belarusian envoys",
  "the Alliance does not intend to station nuclear arms on the soil of its new members", "we do not intend to
  close our embassy": the act denied is told as the side's own act, negated. The clause is read once more as
  "X will not <act>" and, when that reading gives a deployment, a sanction or a seizure by the side, it
  (polarity negated) replaces a threat or a rejection read from the intent words; an act already read as
  denied stays as read. Intent that is not denied ("intends to deploy") is left to the threat readers.
- **Envoys expelled from a place** (:func:`expelled_from`). "Oslo protested at the expulsion of three
  Norwegian diplomats from Minsk", "the expulsion of eight of our staff from Brussels": the side of the place
  (Brussels, when the sentence names the Alliance, is NATO's) expels the side that owns the people (named
  in their noun phrase, else the speaker for "our"): SANCTION (expel). A reading of the same words with no
  source or the wrong one is replaced.
- **A mission closed in a place** (:func:`mission_closed`). "The Danish consulate in Kazan will be shut",
  "the accreditation of the Alliance's liaison office in Minsk was withdrawn": an office, mission, embassy or
  consulate of one side, in a place of another, closed or stripped of accreditation with no doer named, is
  the place's measure against the office's owner (SANCTION); future for "will/shall be", negated under "not".
- **A treaty no longer binding** (:func:`no_longer_bound`). "Minsk no longer considers itself bound by the
  accord", "Moscow ceased to regard itself as bound by the CFE Treaty": the side leaves the treaty
  (SANCTION, withdraw), at its other parties when the treaty is known (``data/treaties.toml``), else at the
  other sides the clause names.

Every family is a regular expression over the sentence, behind a cheap substring gate; sides come only from
the sentence's actor units and the speaker. :func:`settled` runs them all and never raises.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from detente.coding.clauses import clause_end as _clause_end
from detente.coding.clauses import clause_start as _clause_start
from detente.coding.clauses import is_side as _side
from detente.coding.clauses import sides_between as _sides_in
from detente.coding.ontology import EventType, Polarity, derived_fields
from detente.coding.patterns import tokenize
from detente.coding.roleparts import Make, Roles
from detente.coding.roleparts import without_repeats as _unique
from detente.coding.treaties import load_treaties

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.units import Unit

__all__ = [
    "airspace_banned",
    "done_by_first",
    "expelled_from",
    "forces_kept_near",
    "intent_denied",
    "listed",
    "mission_closed",
    "no_longer_bound",
    "settled",
]

logger = logging.getLogger(__name__)

_MAX_CHARS = 2_000
"""Longer sentences are left to the other readers."""

Reread = Callable[[str], "list[Event]"]

_FIRST_PERSON = re.compile(r"\b(?:we|our|us|ourselves)\b", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|never|no|n't|nor)\b", re.IGNORECASE)
_SUPPOSED = re.compile(r"\b(?:if|unless|whether|could|might|may|would)\b", re.IGNORECASE)


def _sides_over(units: Sequence[Unit], lo: int, hi: int) -> list[str]:
    """The sides whose mention overlaps [lo, hi) ("the Alliance's office" starts before "Alliance's")."""
    out: list[str] = []
    for u in units:
        if u.start < hi and u.end > lo and _side(u.code) and u.code not in out:
            out.append(str(u.code))
    return out


def _units_in(units: Sequence[Unit], lo: int, hi: int) -> list[Unit]:
    return [u for u in units if lo <= u.start and u.end <= hi and _side(u.code)]


# ------------------------------------------------------------------------------------------- intent denied
_DENIED_INTENT = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:absolutely\s+)?no\s+(?:intention|intentions|plans?)\s+(?:of|to)|"
    r"(?:does|do|did)\s+not\s+(?:intend|plan)\s+to|(?:doesn't|don't|didn't)\s+(?:intend|plan)\s+to)\s+"
    r"(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
_GERUNDS = {
    "expelling": "expel",
    "imposing": "impose",
    "introducing": "introduce",
    "closing": "close",
    "deploying": "deploy",
    "stationing": "station",
    "placing": "place",
    "positioning": "position",
    "sending": "send",
    "moving": "move",
    "withdrawing": "withdraw",
    "suspending": "suspend",
    "severing": "sever",
    "breaking": "break",
    "cutting": "cut",
    "leaving": "leave",
    "blockading": "blockade",
    "seizing": "seize",
    "annexing": "annex",
    "banning": "ban",
    "freezing": "freeze",
    "mobilising": "mobilise",
    "mobilizing": "mobilize",
    "massing": "mass",
    "recalling": "recall",
    "denouncing": "denounce",
}
_DENIABLE = frozenset({EventType.MOBILIZE, EventType.SANCTION, EventType.COERCE})
_FROM_INTENT = frozenset({EventType.THREATEN, EventType.REJECT, EventType.AGREE})
_SUBJECT_END = re.compile(r"[,;:]\s*|\b(?:that|which|who)\s+", re.IGNORECASE)


def _intent_subject(text: str, units: Sequence[Unit], speaker: str | None, at: int) -> str | None:
    """Who denies the intent: the last side between the clause's start and the intent words (past any
    saying clause), else the speaker for "we"."""
    lo = _clause_start(text, at)
    for m in _SUBJECT_END.finditer(text, lo, at):
        lo = m.end()
    found = _units_in(units, lo, at)
    if found:
        return str(found[-1].code)
    if speaker and _FIRST_PERSON.search(text, lo, at):
        return speaker
    return None


def intent_denied(
    text: str, units: Sequence[Unit], events: Sequence[Event], speaker: str | None, reread: Reread | None
) -> list[Event]:
    """``events`` with an act whose intent is denied coded as that act, negated (see the module)."""
    if reread is None or ("intend" not in text and "intention" not in text and "plan" not in text):
        return list(events)
    m = _DENIED_INTENT.search(text)
    if m is None or text.rstrip().endswith("?"):
        return list(events)
    verb = m.group("verb").lower()
    base = _GERUNDS.get(verb, verb) if verb.endswith("ing") else verb
    if base.endswith("ing") or base in ("be", "have", "do"):
        return list(events)
    who = _intent_subject(text, units, speaker, m.start())
    if who is None:
        return list(events)
    if any(e.event in _DENIABLE and who in e.source and e.polarity is Polarity.NEGATED for e in events):
        return list(events)
    head, tail = text[: m.start()], text[m.end("verb") :]
    phrase = f"will not {base}"
    reading = f"{head}{phrase}{tail}"
    delta = (m.end("verb") - m.start()) - len(phrase)
    cut = m.start() + len(phrase)

    def where(a: int, b: int) -> tuple[int, int]:
        return (a if a < cut else a + delta, b if b <= cut else b + delta)

    end = _clause_end(reading, cut)
    acts = [
        dataclasses.replace(
            e, polarity=Polarity.NEGATED, evidence=where(*e.evidence), anchor=where(*e.anchor)
        )
        for e in reread(reading)
        if e.event in _DENIABLE
        and who in e.source
        and e.polarity in (Polarity.NEGATED, Polarity.FUTURE)
        and m.start() <= e.anchor[0] < end
    ]
    if not acts:
        return list(events)
    hi = _clause_end(text, m.end())
    kept = [
        e
        for e in events
        if not (e.event in _FROM_INTENT | _DENIABLE and who in e.source and m.start() <= e.anchor[0] < hi)
    ]
    return _unique(kept + acts[:1])


# ------------------------------------------------------------------------------------------- expelled from
_EXPULSION = re.compile(
    r"\b(?:expulsion|expulsions|expelling|ouster)\s+of\s+(?P<people>[^.;:()]{0,90}?)"
    r"\b(?:diplomats?|staff|staffers|officials?|envoys?|employees|personnel|ambassadors?|consuls?|"
    r"attach[eé]s?|members)\b(?P<rest>[^.;:()]{0,50}?)\s+from\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w-]+(?:\s*,\s*[A-Z][\w-]+)*(?:\s*,?\s+and\s+[A-Z][\w-]+)?)",
)
_REACTIONS = frozenset({EventType.ACCUSE, EventType.PROTEST})
_BRUSSELS = re.compile(r"\b(?:NATO|Alliance|Allies)\b")


def _settle(events: Sequence[Event], out: list[Event]) -> list[Event]:
    """``out`` without repeats when a reader changed something; ``events`` as they came when it did not (a
    reader that reads nothing must not merge two tellings another reader still needs apart)."""
    return list(events) if out == list(events) else _unique(out)


def expelled_from(
    text: str, units: Sequence[Unit], events: Sequence[Event], speaker: str | None, make: Make
) -> list[Event]:
    """``events`` with envoys expelled from a place read as that place's sanction (see the module)."""
    if "xpul" not in text and "xpelling" not in text and "ouster" not in text:
        return list(events)
    out = list(events)
    for m in _EXPULSION.finditer(text):
        place = m.group("place")
        where = _sides_in(units, m.start("place"), m.end("place") + 1)
        if where:
            by = tuple(where)
        elif place == "Brussels" and _BRUSSELS.search(text):
            by = ("NATO",)
        else:
            continue
        owners = _sides_in(units, m.start("people"), m.end("rest"))
        if not owners and speaker and _FIRST_PERSON.search(m.group("people")):
            owners = [speaker]
        owners = [o for o in owners if o not in by]
        if not owners:
            continue
        lo = _clause_start(text, m.start())
        if _NEGATED.search(text, max(lo, m.start() - 30), m.start()):
            continue
        same = [
            k
            for k, e in enumerate(out)
            if e.event is EventType.SANCTION and m.start() <= e.anchor[0] < m.end("place")
        ]
        roles = Roles(source=by, target=tuple(owners[:1]), span=(m.start(), m.end()))
        for k, e in enumerate(out):  # "protested against the expulsion ...": aimed at the expeller
            if e.event in _REACTIONS and e.target == e.source and e.anchor[0] < m.start():
                out[k] = dataclasses.replace(e, target=by)
        if same:
            k = same[0]
            if not set(by) <= set(out[k].source):
                out[k] = dataclasses.replace(out[k], source=by, target=tuple(owners[:1]))
            continue
        if any(
            e.event is EventType.SANCTION and set(by) <= set(e.source) and owners[0] in e.target for e in out
        ):
            continue
        out.append(
            make(EventType.SANCTION, "expel", roles, Polarity.ASSERTED, m.start(), m.end(), "expulsion of")
        )
    return _settle(events, out)


# ------------------------------------------------------------------------------------------- mission closed
_OFFICE = (
    r"(?i:mission|missions|office|offices|embassy|consulate|consulate-general|representation|centre|center)"
)
_CLOSED = re.compile(
    r"\b(?P<what>(?:the\s+)?(?:(?:accreditation|work|activities|activity)\s+of\s+(?:the\s+|its\s+|our\s+)?)?"
    r"(?P<np>(?:[\w'’-]+\s+){0,5}?" + _OFFICE + r"(?:\s+(?:of|to)\s+(?:the\s+)?[\w-]+)?))"
    r"\s+in\s+(?P<place>[A-Z][\w-]+)\s*,?\s+"
    r"(?P<aux>(?:(?:will|shall|is|was|are|were|has|have|had|must)\s+)?(?:(?:also|now|then|not|to)\s+)?"
    r"(?:(?:be|been|being)\s+)?)(?P<verb>closed|shut|shut\s+down|suspended|withdrawn|revoked|terminated)\b",
)


_NO_MEASURE = re.compile(
    r"\b(?:security|safety|pandemic|covid|coronavirus|epidemic|fighting|shelling|hostilities|war|evacuat\w*|"
    r"renovation|repairs?|holidays?|temporarily|threats?)\b",
    re.IGNORECASE,
)
"""Why an office may close that is no measure against its owner."""


def mission_closed(
    text: str, units: Sequence[Unit], events: Sequence[Event], speaker: str | None, make: Make
) -> list[Event]:
    """``events`` with an office closed in a place read as the place's sanction (see the module)."""
    if " in " not in text or not any(
        w in text for w in ("closed", "shut", "suspended", "withdrawn", "revoked")
    ):
        return list(events)
    out = list(events)
    for m in _CLOSED.finditer(text):
        verb = m.group("verb")
        if verb in ("withdrawn", "revoked") and "accreditation" not in m.group("what"):
            continue
        where = _units_in(units, m.start("place"), m.end("place") + 1)
        if not where:
            continue
        by = str(where[0].code)
        owners = _sides_over(units, m.start("np"), m.end("np"))
        if not owners and speaker and _FIRST_PERSON.search(m.group("np")):
            owners = [speaker]
        owners = [o for o in owners if o != by]
        if not owners:
            continue
        if " by " in text[m.end() : m.end() + 4]:
            continue  # a doer named after the verb: left to the passive readers
        if _NO_MEASURE.search(text, m.end(), _clause_end(text, m.end())) or _NO_MEASURE.search(
            text, _clause_start(text, m.start()), m.start()
        ):
            continue  # closed for safety, for a pandemic or by the war: no measure against anyone
        aux = m.group("aux").lower()
        lo = _clause_start(text, m.start())
        if "not" in aux.split() or _NEGATED.search(text, max(lo, m.start() - 25), m.start()):
            polarity = Polarity.NEGATED
        elif _SUPPOSED.search(text, lo, m.start()) or _SUPPOSED.search(aux):
            continue
        elif re.search(r"\b(?:will|shall|to)\b", aux):
            polarity = Polarity.FUTURE
        else:
            polarity = Polarity.ASSERTED
        if any(e.event is EventType.SANCTION and by in e.source and owners[0] in e.target for e in out):
            continue
        roles = Roles(source=(by,), target=(owners[0],), span=(m.start(), m.end()))
        out.append(make(EventType.SANCTION, "discontinue", roles, polarity, m.start("verb"), m.end(), verb))
    return _settle(events, out)


# ------------------------------------------------------------------------------------------- no longer bound
_UNBOUND = re.compile(
    r"\b(?:no\s+longer|ceased?\s+to|ceases\s+to|stopped)\s+"
    r"(?:(?:considers?|considered|considering|regards?|regarded|regarding|deems?|deemed|sees?|feels?|"
    r"consider|regard|deem|see|feel)\s+(?:itself|themselves|ourselves|himself|herself)\s+(?:as\s+)?|"
    r"(?:is|are|be|being|was|were)\s+)?bound\s+by\b",
    re.IGNORECASE,
)
_TREATY_REACH = 14


def _treaty_parties(text: str, at: int) -> frozenset[str]:
    norms = [t.norm for t in tokenize(text[at:])][:_TREATY_REACH]
    for treaty in load_treaties():
        for name in treaty.names:
            if any(tuple(norms[i : i + len(name)]) == name for i in range(len(norms))):
                return treaty.parties
    return frozenset()


def no_longer_bound(
    text: str, units: Sequence[Unit], events: Sequence[Event], speaker: str | None, make: Make
) -> list[Event]:
    """``events`` with a treaty no longer binding read as its leaving (see the module)."""
    if "bound" not in text:
        return list(events)
    m = _UNBOUND.search(text)
    if m is None or text.rstrip().endswith("?"):
        return list(events)
    lo = _clause_start(text, m.start())
    if _SUPPOSED.search(text, lo, m.start()):
        return list(events)
    before = _units_in(units, lo, m.start())
    if before:
        who = str(before[-1].code)
    elif speaker and _FIRST_PERSON.search(text, lo, m.end()):
        who = speaker
    else:
        return list(events)
    if any(e.event is EventType.SANCTION and who in e.source for e in events):
        return list(events)
    hi = _clause_end(text, m.end())
    parties = _treaty_parties(text, m.end())
    if who in parties:
        target = tuple(sorted(parties - {who}))
    else:
        target = tuple(s for s in _sides_in(units, m.end(), hi) if s != who)
    roles = Roles(source=(who,), target=target, span=(lo, hi))
    added = make(
        EventType.SANCTION, "withdraw", roles, Polarity.ASSERTED, m.start(), m.end(), "no longer bound by"
    )
    kept = [
        e for e in events if not (e.event is EventType.REJECT and who in e.source and lo <= e.anchor[0] < hi)
    ]
    return _unique([*kept, added])


# ------------------------------------------------------------------------------------------- people listed
_LISTED = re.compile(
    r"\b(?:has|have|had|was|were|is|are|will|would)\s+(?:(?:also|now|be|been|being)\s+){0,2}"
    r"(?:placed|put|added|included|entered)\s+(?:on|to|in|into)\s+(?P<list>(?:[\w'’-]+\s+){0,4}?)"
    r"(?:stop-list|stop\s+list|blacklist|black\s+list|sanctions?\s+list|entry\s+ban\s+list|"
    r"list\s+of\s+(?:persons|people|individuals|officials)\s+(?:banned|barred)\s+from\s+entering)\b",
    re.IGNORECASE,
)


def listed(
    text: str, units: Sequence[Unit], events: Sequence[Event], speaker: str | None, make: Make
) -> list[Event]:
    """``events`` with people put on a side's entry or sanctions list read as that side's sanction against
    the people's side: "Forty Danish officials were placed on Russia's stop list" (SANCTION, ban)."""
    if "list" not in text:
        return list(events)
    m = _LISTED.search(text)
    if m is None or text.rstrip().endswith("?"):
        return list(events)
    lo = _clause_start(text, m.start())
    if _SUPPOSED.search(text, lo, m.start()) or _NEGATED.search(text, lo, m.end()):
        return list(events)
    owner = _sides_in(units, m.start("list"), m.end())
    by = owner[0] if owner else (speaker if speaker and _FIRST_PERSON.search(m.group("list")) else None)
    if by is None:
        return list(events)
    people = [s for s in _sides_in(units, lo, m.start()) if s != by]
    if not people:
        return list(events)  # whose people are listed is unknown: a measure with no target is left out
    out = list(events)
    same = [k for k, e in enumerate(out) if e.event is EventType.SANCTION and lo <= e.anchor[0] < m.end()]
    if same:
        k = same[0]
        if not out[k].source:
            out[k] = dataclasses.replace(out[k], source=(by,), target=out[k].target or tuple(people[:1]))
        return _settle(events, out)
    roles = Roles(source=(by,), target=tuple(people[:1]), span=(lo, m.end()))
    out.append(
        make(EventType.SANCTION, "ban", roles, Polarity.ASSERTED, m.start(), m.end(), "placed on list")
    )
    return _settle(events, out)


# ------------------------------------------------------------------------------------------- airspace banned
_AIRSPACE_BAN = re.compile(r"\b(?:banned|barred)\s+from\s+(?:the\s+)?(?P<where>[\w'’-]+\s+)?airspace\b")


def airspace_banned(text: str, units: Sequence[Unit], events: Sequence[Event]) -> list[Event]:
    """``events`` with craft barred from a side's airspace read as that side's sanction (closing its sky to
    them), not a coercion: "Belarusian airliners were banned from Lithuanian airspace"."""
    if "airspace" not in text:
        return list(events)
    m = _AIRSPACE_BAN.search(text)
    if m is None:
        return list(events)
    owner = _sides_in(units, m.start(), m.end())
    if not owner:
        return list(events)
    out = list(events)
    for k, e in enumerate(out):
        if e.event is EventType.COERCE and e.anchor[0] <= m.start() < e.anchor[1] + 2:
            target = tuple(t for t in e.target if t != owner[0])
            out[k] = dataclasses.replace(
                e,
                event=EventType.SANCTION,
                mode="ban",
                derived=derived_fields(EventType.SANCTION, "ban"),
                source=e.source or (owner[0],),
                target=target,
            )
    return out


# ------------------------------------------------------------------------------------------- forces kept near
_FORCE = (
    r"(?P<force>(?:[\w'’-]+\s+){0,5}?(?:troops|forces|soldiers|servicemen|units|battalions|brigades|"
    r"divisions|warships|tanks|aircraft|submarines|bombers|ships|navy|Navy|fleet|Fleet))\s+"
)
_KEPT_NEAR = re.compile(
    _FORCE + r"(?:still\s+|continue\s+to\s+)?(?:remain|remains|remained|stay|stays|stayed)\s+(?:there\s+)?"
    r"(?:(?:massed|deployed|stationed|concentrated|positioned|amassed|gathered|in\s+position)\s+)?"
    r"(?:near|along|close\s+to|at|on)\s+(?P<border>[^.;,]{0,40}?\b(?:borders|border|frontiers|frontier)\b"
    r"(?:\s+(?:with|of)\s+(?:the\s+)?[\w-]+)?)",
)
_MORE_ACTIVE = re.compile(
    _FORCE + r"(?:have\s+|has\s+|had\s+)?(?:increased|intensified|stepped\s+up|expanded|ramped\s+up)\s+"
    r"(?:their|its)\s+(?:military\s+)?(?P<what>activity|activities|presence|patrols|patrolling|flights|"
    r"exercises|drills)\b",
)
_MORE_ACTIVE_WORDS = ("increased", "intensified", "stepped", "expanded", "ramped")
"""A word :data:`_MORE_ACTIVE` cannot match without."""


def forces_kept_near(text: str, units: Sequence[Unit], events: Sequence[Event], make: Make) -> list[Event]:
    """``events`` with a side's forces kept massed at a border, or made more active, read as its MOBILIZE:
    "large Belarusian units remain close to the Polish border", "Chinese bombers have stepped up their
    flights near Japan"; the forces' owner is named in their own phrase, the border's side is the target."""
    if (
        "remain" not in text
        and "stay" not in text
        and not any(w in text for w in ("increased", "intensified", "stepped up", "expanded", "ramped up"))
    ):
        return list(events)
    out = list(events)
    # each expression runs only when the words it needs are there (s35-speed5: both are case-sensitive)
    near = _KEPT_NEAR.finditer(text) if "border" in text or "frontier" in text else ()
    more = _MORE_ACTIVE.finditer(text) if any(w in text for w in _MORE_ACTIVE_WORDS) else ()
    for m in (*near, *more):
        owners = _sides_in(units, m.start("force"), m.end("force"))
        if len(owners) != 1:
            continue
        who = owners[0]
        lo = _clause_start(text, m.start())
        if _NEGATED.search(text, lo, m.end()) or _SUPPOSED.search(text, lo, m.start()):
            continue
        if any(e.event is EventType.MOBILIZE and who in e.source for e in out):
            continue
        hi = m.end("border") if "border" in m.groupdict() else _clause_end(text, m.end())
        target = tuple(t for t in _sides_in(units, m.end("force"), hi) if t != who)
        roles = Roles(source=(who,), target=target[:1], span=(m.start(), m.end()))
        out.append(
            make(EventType.MOBILIZE, "troops", roles, Polarity.ASSERTED, m.start(), m.end(), "forces kept")
        )
    return _settle(events, out)


# ------------------------------------------------------------------------------------------- done by, told first
_BY_FIRST = re.compile(
    r"\b(?:the|this|that)\s+(?P<noun>suspension|withdrawal|closure|closing|expulsion|deployment|stationing|"
    r"placement|seizure|blockade|denunciation|termination|imposition|introduction|cancellation|"
    r"abrogation|exit|de-ratification|revocation|build-up|buildup)\s+by\s+"
    r"(?P<who>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+(?P<rest>of|from)\s",
    re.IGNORECASE,
)
_RECALLED = re.compile(
    r"\b(?:recall|recalls|recalled|recalling|remember|remembers|remembered|marks|marked|marking|anniversary)\b",
    re.IGNORECASE,
)
"""Words that tell an act as background recalled, not as news (the other readers leave such acts out)."""
_MATERIAL = frozenset(
    {EventType.SANCTION, EventType.MOBILIZE, EventType.COERCE, EventType.RETREAT, EventType.ASSAULT}
)


def done_by_first(
    text: str, units: Sequence[Unit], events: Sequence[Event], reread: Reread | None
) -> list[Event]:
    """``events`` with an act named as "the <act> by X of Y" read as "X's <act> of Y": "the suspension by
    Minsk of the accord is regrettable", "the deployment by Beijing of new missiles" (the act's own event,
    beside the judgement the sentence makes of it)."""
    if reread is None or " by " not in text:
        return list(events)
    m = _BY_FIRST.search(text)
    if m is None or not _units_in(units, m.start("who"), m.end("who")):
        return list(events)
    if _RECALLED.search(text, _clause_start(text, m.start()), m.start()):
        return list(events)
    who = re.sub(r"^the\s+", "", m.group("who"), flags=re.IGNORECASE)
    phrase = f"{who}'s {m.group('noun')} {m.group('rest')}"
    reading = f"{text[: m.start()]}{phrase}{text[m.end('rest') :]}"
    delta = (m.end("rest") - m.start()) - len(phrase)
    cut = m.start() + len(phrase)
    end = _clause_end(reading, cut)
    owner = _sides_in(units, m.start("who"), m.end("who"))
    acts = [
        e
        for e in reread(reading)
        if e.event in _MATERIAL and set(owner) & set(e.source) and m.start() <= e.anchor[0] < end
    ]
    if not acts:
        return list(events)
    out = list(events)
    for e in acts:
        if any(o.event is e.event and set(e.source) <= set(o.source) for o in out):
            continue
        a, b = e.anchor
        span = (a if a < cut else a + delta, b if b <= cut else b + delta)
        ev = e.evidence
        out.append(
            dataclasses.replace(
                e,
                anchor=span,
                evidence=(ev[0] if ev[0] < cut else ev[0] + delta, ev[1] if ev[1] <= cut else ev[1] + delta),
            )
        )
    return _settle(events, out)


# ------------------------------------------------------------------------------------------- all of them
def settled(
    text: str,
    events: Sequence[Event],
    units: Sequence[Unit],
    speaker: str | None,
    make: Make,
    reread: Reread | None = None,
) -> list[Event]:
    """``events`` with the module's families settled (see the module); never raises for any text."""
    if not text or len(text) > _MAX_CHARS or not (text[:1].isalpha() or any(ch.isalpha() for ch in text)):
        return list(events)
    try:
        out = intent_denied(text, units, events, speaker, reread)
        out = expelled_from(text, units, out, speaker, make)
        out = mission_closed(text, units, out, speaker, make)
        out = no_longer_bound(text, units, out, speaker, make)
        out = listed(text, units, out, speaker, make)
        out = forces_kept_near(text, units, out, make)
        out = done_by_first(text, units, out, reread)
        return airspace_banned(text, units, out)
    except (ValueError, IndexError, KeyError):  # a reader's bug must not lose the sentence
        logger.exception("sanction2 failed on a sentence of %d characters", len(text))
        return list(events)
