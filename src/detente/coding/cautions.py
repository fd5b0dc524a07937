"""Warnings and assessments about another side's plans or deeds (s32-warnings; named ``cautions`` so as
not to shadow the standard library's ``warnings``).

Official NATO-Russia texts often report one side warning, assessing or believing that *another* side
prepares, plans or intends a hostile act, or was behind one. Such a sentence tells an allegation, not a
threat by the one who warns, and not the alleged act: under the shared conventions ("allegations are coded
as ACCUSE only"; "X was behind ..., according to Y" is ACCUSE Y -> X) it is an ACCUSE (allege) by the
sayer at the side said to prepare the wrongdoing. The other readers file the first family under THREATEN
(the warning verb's usual type, aimed at the wrong side, or the planned attack as the planner's own
threat) or leave both families uncoded.

* **A plan charged, not a threat.** "Vilnius cautioned that Minsk was getting ready to stage incidents on
  the frontier", "the Alliance assesses that Moscow intends to open a new offensive": when a saying or
  warning verb (warned, cautioned, alerted, said, assessed, believes, claims, fears, ...) of one named side is
  followed, in its clause, by another named side that "is preparing / planning / plotting / getting ready /
  intends / plans / is about to" do something hostile (an attack, an offensive, an invasion, strikes,
  provocations, sabotage, a deployment of troops, ...), the sentence codes ACCUSE (allege) sayer -> planner,
  and the THREATEN read from the warning verb or from the planned act, and the planned act itself, are
  dropped (:func:`plans_charged`). A side telling its own plans ("warned that it was preparing a response")
  keeps its THREATEN; a negated plan ("is not preparing"), a denial and a question are left alone.
* **Blame assessed.** "Canberra concluded that the militia was responsible for the blast", "London assesses
  that Moscow was behind the hacking": a named side assessing, concluding or believing that another named
  side was behind or responsible for a deed (an attack, a poisoning, a hack, ...) accuses it (ACCUSE allege,
  assessor -> the one blamed), read when the sentence has no accusation of that side; a plain "said" is left
  to the phrase lists, and "behind" or "responsible for" with no deed ("responsible for the agenda") is no
  blame (:func:`blame_assessed`).
* **A warning beside a demand.** "Tokyo demanded that Seoul cancel the drills near the islets claimed by
  Taipei, warning that it would respond": a THREATEN told by a participle "warning ..." after a REQUEST of
  the same side is aimed where the demand is aimed, not at a side named only inside the demand's content
  (:func:`warning_beside_demand`).

:func:`settled` runs the readings on a sentence's final events; each returns a new list and never raises.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import Token, norms_of, words
from detente.coding.roleparts import Make, Roles

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.units import Unit

__all__ = [
    "blame_assessed",
    "judgement_warned",
    "plans_charged",
    "settled",
    "such_steps_answered",
    "warned_by_doing",
    "warning_beside_demand",
]

_MAX_TEXT = 2000

_SAY_WORDS = words(
    "warned warns warn warning cautioned cautions cautioning alerted alerts said says believes believe "
    "believed assessed assesses assess claimed claims claim fears feared fear suspects suspected suspect "
    "stated states told tells concluded concludes reported reports noted notes insisted insists stressed "
    "stresses alleged alleges"
)
_PLAN_WORDS = words(
    "preparing planning plotting readying getting gearing intends intend intended plans planned plots "
    "plotted prepares about"
)
_BLAME_WORDS = words("behind responsible culprit culprits perpetrator perpetrators")
_ASSESS_WORDS = words(
    "assessed assesses assess concluded concludes believes believe believed determined established judged judges"
)
_WARN_WORDS = words("warned warns warn warning cautioned cautions cautioning")
_GATE = _SAY_WORDS | _WARN_WORDS | _ASSESS_WORDS | words("such these those")

_SAY = re.compile(
    r"\b(?:warned|warns|warn|warning|cautioned|cautions|cautioning|alerted|alerts|said|says|believes|"
    r"believe|believed|assessed|assesses|assess|claimed|claims|claim|fears|feared|fear|suspects|"
    r"suspected|suspect|stated|states|told|tells|concluded|concludes|reported|reports|noted|notes|"
    r"insisted|insists|stressed|stresses|alleged|alleges)\b",
    re.IGNORECASE,
)
_PLAN = re.compile(
    r"\s*(?:forces\s+|troops\s+|military\s+|army\s+|'s\s+(?:forces|troops|military|army)\s+)?"
    r"(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|could\s+be|may\s+be|might\s+be|"
    r"would\s+be|appears?\s+to\s+be|appeared\s+to\s+be|seems?\s+to\s+be|seemed\s+to\s+be)\s+)?"
    r"(?:\w+ly\s+)?"
    r"(?:preparing|planning|plotting|readying|getting\s+ready|gearing\s+up|about\s+to|"
    r"intends\s+to|intend\s+to|intended\s+to|plans\s+to|planned\s+to|plots\s+to|plotted\s+to|"
    r"prepares\s+to|prepared\s+to)\b",
    re.IGNORECASE,
)
_HOSTILE = re.compile(
    r"\b(?:attack|attacks|attacking|offensive|offensives|invasion|invade|invading|assault|assaults|"
    r"(?:air|missile|military|drone|nuclear|pre-?emptive)\s+strikes?|strikes?\s+(?:on|against)|"
    r"aggression|provocation|provocations|false[- ]flag|sabotage|incursion|incursions|bombing|"
    r"shelling|seize|seizure|annex|annexation|occupy|occupation|coup|subversion|destabili[sz]e|"
    r"destabili[sz]ation|(?:deploy|deployment\s+of|send|mass|station)\s+(?:\w+\s+){0,2}"
    r"(?:troops|forces|missiles|weapons|soldiers)|cyber[- ]?attacks?|hybrid\s+(?:attacks?|operations?|war)|"
    r"terrorist\s+attacks?|hostilities|raids?|war\s+(?:on|against))\b",
    re.IGNORECASE,
)
_NOT = re.compile(r"\b(?:not|never|n['\u2019]t|no\s+longer)\b", re.IGNORECASE)
_CUT = re.compile(r"[;:\u2014]|\.\s|,\s+(?:but|while|whereas|although|and)\b|\?")
_DENIED = re.compile(
    r"\b(?:denied|denies|deny|dismissed|dismisses|rejected|rejects|refuted|refutes|nonsense|absurd|"
    r"baseless|groundless|unfounded|false|lies?|myths?|claims?\s+by|allegations?|rumou?rs?)\b",
    re.IGNORECASE,
)
_PLANNED_ACTS = frozenset(
    {
        EventType.THREATEN,
        EventType.ASSAULT,
        EventType.MOBILIZE,
        EventType.COERCE,
        EventType.SANCTION,
        EventType.PROTEST,
    }
)


def settled(
    text: str,
    tokens: Sequence[Token],
    units: Sequence[Unit],
    events: Sequence[Event],
    make: Make,
    speaker: str | None = None,
) -> list[Event]:
    """``events`` with the readings of the module's note applied, in order; ``make`` finishes an event."""
    if not text or len(text) > _MAX_TEXT:
        return list(events)
    norms = norms_of(tokens)  # (shared by the sentence's readers, s34-speed3)
    if _GATE.isdisjoint(norms):
        return list(events)
    out = list(events)
    if not _PLAN_WORDS.isdisjoint(norms):
        out = plans_charged(text, units, out, make)
    if not _BLAME_WORDS.isdisjoint(norms) and not _ASSESS_WORDS.isdisjoint(norms):
        out = blame_assessed(text, units, out, make)
    if "warning" in norms and any(e.event is EventType.REQUEST for e in out):
        out = warning_beside_demand(text, units, out)
    if not _WARN_WORDS.isdisjoint(norms):
        if any(e.event is EventType.ACCUSE and e.polarity is not Polarity.ASSERTED for e in out):
            out = judgement_warned(text, units, out)
        if "by" in norms and any(e.event is EventType.THREATEN for e in out):
            out = warned_by_doing(text, units, out)
    if any(e.event is EventType.THREATEN and e.target for e in out) and _SUCH.search(text):
        out = such_steps_answered(out)
    return out


# --- shared helpers ------------------------------------------------------------------------------------------
def _coded(units: Sequence[Unit]) -> list[Unit]:
    return [u for u in units if u.code and not u.locative]


def _clause_floor(text: str, at: int) -> int:
    cuts = [m.end() for m in _CUT.finditer(text, 0, at)]
    return cuts[-1] if cuts else 0


def _clause_end(text: str, at: int) -> int:
    m = _CUT.search(text, at)
    return m.start() if m else len(text)


def _sayer(text: str, units: Sequence[Unit], verb: re.Match[str]) -> tuple[str, int] | None:
    """The code of the first coded unit of the verb's clause before it, and where that unit starts;
    ``None`` when the clause names no state or organisation before the verb or the verb is negated."""
    floor = _clause_floor(text, verb.start())
    if _NOT.search(text, max(floor, verb.start() - 25), verb.start()):
        return None  # "did not warn", "never said"
    before = [u for u in _coded(units) if floor <= u.start and u.end <= verb.start()]
    if not before or not (before[0].code or "").isupper():
        return None  # no side, or a group ("police", "protesters"): not a state's or body's warning
    return before[0].code or "", before[0].start


def _question(text: str) -> bool:
    return text.rstrip().endswith("?") or text.lstrip().lower().startswith("question")


def _event(make: Make, source: str, target: str, span: tuple[int, int], anchor: re.Match[str]) -> Event:
    roles = Roles((source,), (target,), span)
    return make(
        EventType.ACCUSE, "allege", roles, Polarity.ASSERTED, anchor.start(), anchor.end(), anchor.group(0)
    )


# --- a plan charged, not a threat ----------------------------------------------------------------------------
def plans_charged(text: str, units: Sequence[Unit], events: Sequence[Event], make: Make) -> list[Event]:
    """``events`` with an ACCUSE (allege) by a side that warns or says that another side prepares a hostile
    act, instead of the THREATEN and the planned act read from it (see the module's note)."""
    if _question(text):
        return list(events)
    out = list(events)
    coded = _coded(units)
    for verb in _SAY.finditer(text):
        who = _sayer(text, units, verb)
        if who is None:
            continue
        sayer, sayer_start = who
        end = _clause_end(text, verb.end())
        found = _planner(text, coded, verb, end)
        if found is None:
            continue
        planner, plan_start, plan_end = found
        if planner == sayer or _DENIED.search(text, sayer_start, plan_end):
            continue
        if not _HOSTILE.search(text, plan_end, end):
            continue
        if _NOT.search(text, plan_start, plan_end):
            continue
        clause = (verb.start(), end)
        out = [e for e in out if not _read_from_plan(e, clause, verb, sayer, planner)]
        if not any(e.event is EventType.ACCUSE and sayer in e.source and planner in e.target for e in out):
            out.append(_event(make, sayer, planner, (sayer_start, end), verb))
        return out
    return out


def _planner(text: str, coded: Sequence[Unit], verb: re.Match[str], end: int) -> tuple[str, int, int] | None:
    """The side after ``verb`` (within its clause) said to prepare or plan something, with where the
    planning words start and end."""
    for u in coded:
        if u.start < verb.end() or u.start >= end or u.start - verb.end() > 90:
            continue
        m = _PLAN.match(text, u.end, end)
        if m is not None:
            return u.code or "", u.end, m.end()
    return None


def _read_from_plan(e: Event, clause: tuple[int, int], verb: re.Match[str], sayer: str, planner: str) -> bool:
    """Whether ``e`` is the warning verb's THREATEN between the two sides or an act read inside the
    planning clause by the planner (the plan told as done or as a threat)."""
    if e.event not in _PLANNED_ACTS:
        return False
    start, _ = e.anchor
    if e.event is EventType.THREATEN and verb.start() <= start < verb.end():
        return set(e.source) <= {sayer, planner} and set(e.target) <= {sayer, planner}
    if clause[0] <= start < clause[1] and e.polarity is not Polarity.NEGATED:
        return planner in e.source or (e.event is EventType.THREATEN and sayer in e.source)
    return False


# --- blame assessed ------------------------------------------------------------------------------------------
_BLAME = re.compile(
    r"\s*(?:(?:is|are|was|were|had\s+been|has\s+been|have\s+been|could\s+be|may\s+be|might\s+be|"
    r"would\s+be|is\s+likely|was\s+likely|were\s+likely)\s+)?(?:\w+ly\s+|likely\s+)?"
    r"(?:behind|responsible\s+for|to\s+blame\s+for|the\s+(?:culprits?|perpetrators?)\s+of)\s+"
    r"(?:\w+\s+){0,4}?(?:attacks?|bombings?|blasts?|explosions?|hack|hacks|hacking|cyber-?attacks?|"
    r"poisoning|poisonings|killings?|murders?|assassinations?|shooting|downing|sabotage|massacre|"
    r"strikes?|shelling|interference|disinformation|leaks?|abductions?|kidnapping|atrocit(?:y|ies)|"
    r"crimes?|violence|incidents?|provocations?|campaign)\b",
    re.IGNORECASE,
)


_ASSESS = re.compile(
    r"\b(?:assessed|assesses|assess|concluded|concludes|believes|believe|believed|determined|"
    r"established|judged|judges)\b",
    re.IGNORECASE,
)
"""Verbs of an assessment: a plain "said"/"says" that a side was behind a deed is left to the phrase lists
(a claim said with no assessment is not always coded in the PETRARCH-style sets)."""


def blame_assessed(text: str, units: Sequence[Unit], events: Sequence[Event], make: Make) -> list[Event]:
    """``events`` with an ACCUSE (allege) by a side that assesses or concludes that another named side was
    behind or responsible for a deed, when no accusation between them is read (see the module's note)."""
    if _question(text):
        return list(events)
    coded = _coded(units)
    for verb in _ASSESS.finditer(text):
        who = _sayer(text, units, verb)
        if who is None:
            continue
        sayer, sayer_start = who
        end = _clause_end(text, verb.end())
        for u in coded:
            if u.start < verb.end() or u.start >= end or u.start - verb.end() > 60:
                continue
            m = _BLAME.match(text, u.end, end)
            if m is None:
                continue
            blamed = u.code or ""
            if (
                blamed == sayer
                or _NOT.search(text, u.end, m.end())
                or _DENIED.search(text, sayer_start, m.end())
            ):
                break
            if any(e.event is EventType.ACCUSE and blamed in e.target for e in events):
                return list(events)
            return [*events, _event(make, sayer, blamed, (sayer_start, end), verb)]
    return list(events)


# --- a warning beside a demand -------------------------------------------------------------------------------
_WARNING = re.compile(r",\s+(?:and\s+)?warning\b", re.IGNORECASE)


def warning_beside_demand(text: str, units: Sequence[Unit], events: Sequence[Event]) -> list[Event]:
    """``events`` with a participle warning's THREATEN aimed where the same side's demand before it is
    aimed, when its target is named only inside the demand (see the module's note)."""
    m = _WARNING.search(text)
    if m is None:
        return list(events)
    demands = [
        e
        for e in events
        if e.event is EventType.REQUEST and e.source and e.target and e.anchor[0] < m.start()
    ]
    if not demands:
        return list(events)
    demand = demands[0]
    inside = {u.code for u in _coded(units) if demand.anchor[1] <= u.start and u.end <= m.start()} - set(
        demand.target
    )
    out: list[Event] = []
    for e in events:
        if (
            e.event is EventType.THREATEN
            and e.source == demand.source
            and e.anchor[0] >= m.start()
            and set(e.target) & inside
        ):
            kept = tuple(c for c in e.target if c not in inside and c not in demand.target)
            e = dataclasses.replace(e, target=(*demand.target, *kept))
        out.append(e)
    return out


# --- a judgement warned --------------------------------------------------------------------------------------
_WARN = re.compile(r"\b(?:warned|warns|warn|warning|cautioned|cautions|cautioning)\b", re.IGNORECASE)


def judgement_warned(text: str, units: Sequence[Unit], events: Sequence[Event]) -> list[Event]:
    """``events`` with a hypothetical or future ACCUSE told inside a warning ("warned that such a step by X
    would be illegal") made the warner's asserted judgement (see the module's note)."""
    out = list(events)
    for verb in _WARN.finditer(text):
        who = _sayer(text, units, verb)
        if who is None:
            continue
        sayer = who[0]
        end = _clause_end(text, verb.end())
        out = [
            dataclasses.replace(e, source=(sayer,), polarity=Polarity.ASSERTED)
            if e.event is EventType.ACCUSE
            and e.polarity in (Polarity.HYPOTHETICAL, Polarity.FUTURE)
            and verb.end() <= e.anchor[0] < end
            and e.target
            and sayer not in e.target
            and (not e.source or e.source == (sayer,))
            else e
            for e in out
        ]
    return out


# --- warned that by doing so, Y ... --------------------------------------------------------------------------
_BY_DOING = re.compile(r"\s+(?:that\s+)?,?\s*by\s+\w+ing\b", re.IGNORECASE)
_AUX_AFTER = re.compile(
    r"\s+(?:was|is|were|are|would|will|could|might|may|had|has|risks|risked)\b", re.IGNORECASE
)


def warned_by_doing(text: str, units: Sequence[Unit], events: Sequence[Event]) -> list[Event]:
    """``events`` with the warning's THREATEN aimed at the subject of "warned that by doing X, Y would ...",
    not at a side named only inside the "by" phrase (see the module's note)."""
    for verb in _WARN.finditer(text):
        who = _sayer(text, units, verb)
        if who is None or _BY_DOING.match(text, verb.end()) is None:
            continue
        sayer = who[0]
        end = _clause_end(text, verb.end())
        after = [u for u in _coded(units) if verb.end() <= u.start < end]
        subject = next((u for u in after if _AUX_AFTER.match(text, u.end)), None)
        if subject is None or not (subject.code or "").isupper() or subject.code == sayer:
            continue
        inside = {u.code for u in after if u.end <= subject.start}
        return [
            dataclasses.replace(e, target=(subject.code or "",))
            if e.event is EventType.THREATEN
            and e.source == (sayer,)
            and (not e.target or set(e.target) <= inside)
            and verb.start() <= e.anchor[0] < end
            else e
            for e in events
        ]
    return list(events)


# --- such steps will not go unanswered -----------------------------------------------------------------------
_SUCH = re.compile(
    r"\b(?:such|these|those)\s+(?:\w+\s+)?(?:steps?|measures?|actions?|moves?|sanctions|decisions?)\b",
    re.IGNORECASE,
)
_ANSWERED = frozenset({EventType.SANCTION, EventType.COERCE, EventType.MOBILIZE, EventType.ASSAULT})


def such_steps_answered(events: Sequence[Event]) -> list[Event]:
    """``events`` with a THREATEN against "such steps" aimed at all the doers of the one act of the sentence
    it answers, when it names only some of them (see the module's note)."""
    acts = [e for e in events if e.event in _ANSWERED and e.polarity is Polarity.ASSERTED and e.source]
    out: list[Event] = []
    for e in events:
        if e.event is EventType.THREATEN and e.target and e.source:
            answered = [a for a in acts if set(e.source) & set(a.target) and set(e.target) < set(a.source)]
            if len(answered) == 1 and answered[0].anchor[0] < e.anchor[0]:
                e = dataclasses.replace(e, target=answered[0].source)
        out.append(e)
    return out
