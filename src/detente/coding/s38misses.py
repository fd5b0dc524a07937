"""Known misses of session 38 (helper misses): four kinds of wording that lose an event's side or keep an
event the sentence does not report. (A fifth, "Russian MiGs/Sukhois/Tupolevs", is data: aircraft family
names are demonym heads in ``actors.toml``.)

* **A body's sayers declaring.** "NATO foreign ministers declared that Russia's actions threaten European
  security", "Allied leaders stated that ...": a judgement (ACCUSE, SUPPORT, REJECT, REQUEST, AGREE) read
  from the "that" clause with no source is the sayer's, the actor at the head of the sentence before
  "declared/stated/affirmed/... that" (ministers, leaders or heads of state of a body are the body)
  (:func:`declared_that`).
* **A body's office named by its city.** "NATO's Moscow office criticised ...", "the EU's Kyiv delegation
  condemned ...": the office is the body's, not the host state's; a source read from the city is the body
  (:func:`office_of_body`).
* **A decision judged after a semicolon.** "Hungary blocked the package; Poland criticised the decision":
  a judgement of "the/this/that decision/move/step" with no target is aimed at the actor that heads the
  clause before the semicolon (:func:`decision_judged`).
* **Attacks that a drill only simulates.** "a simulated hijacking", "an exercise simulating an attack",
  "under the scenario, enemy forces attacked ...", "a scenario in which Russia invaded ...": ASSAULT and
  COERCE (and a "strike" read as a PROTEST) whose words are governed by simulated/simulating/mock/
  notional/fictional or by an exercise scenario are dropped (:func:`simulated_attacks`).

:func:`settled` runs them all and never raises.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.actors import ActorKind
from detente.coding.ontology import EventType
from detente.coding.text import lower_text
from detente.coding.wordgates import WordGates

if TYPE_CHECKING:
    from detente.coding.actors import ActorDictionary
    from detente.coding.coder import Event
    from detente.coding.units import Unit

__all__ = [
    "decision_judged",
    "declared_that",
    "office_of_body",
    "settled",
    "simulated_attacks",
]

_MAX_CHARS = 5_000
_GATES = WordGates()
"""The gate words of the readers, found by the one scan of a sentence all modules share (s39-speed)."""


def settled(
    text: str,
    events: Sequence[Event],
    units: Sequence[Unit],
    dictionary: ActorDictionary | None = None,
) -> list[Event]:
    """``events`` with the readings of the module's note applied, in order; ``dictionary`` says which
    codes are bodies."""
    out = list(events)
    if not text or len(text) > _MAX_CHARS:
        return out
    try:
        low = lower_text(text)  # (s39-speed: the sentence's lower case, made once for all readers)
        named = [u for u in units if u.code and u.kind != "pronoun"]
        if " that " in low and any(not e.source for e in out):
            out = declared_that(text, out, named)
        if dictionary is not None and _GATES.within(text, _OFFICE_GATE):
            out = office_of_body(text, out, named, dictionary)
        if ";" in text and _GATES.within(text, _DECISION_GATE):
            out = decision_judged(text, out, named)
        if _GATES.within(text, _SIMULATION_GATE):
            out = simulated_attacks(text, out)
    except Exception:  # noqa: BLE001 - a reading never costs the sentence its events
        return list(events)
    return out


# --- a body's sayers declaring -------------------------------------------------------------------------------
_JUDGEMENTS = frozenset(
    {EventType.ACCUSE, EventType.SUPPORT, EventType.REJECT, EventType.REQUEST, EventType.AGREE}
)
_LEAD = re.compile(r"^\s*(?:(?:at|in|on|during|after)\s[^,;:]{1,80},\s*)?(?:the\s+)?$", re.IGNORECASE)
_DECLARING = re.compile(
    r"(?:'s|’s)?\s+(?:(?:foreign|defence|defense|prime|finance|ministers?|leaders|heads\s+of\s+state"
    r"(?:\s+and\s+government)?|heads\s+of\s+government|ambassadors|allies|member\s+states|members|"
    r"governments|have|has|had|also|jointly|formally|today|again|unanimously|once)\s+){0,6}"
    r"(?:declared|declares|declare|stated|states|state|proclaimed|proclaims|affirmed|affirms|asserted|"
    r"asserts|reaffirmed|reaffirms|agreed|agree|agrees|decided|decide|decides)\s+"
    r"(?:(?:on|in)\s+\w+\s+|\w+ly\s+|today\s+|again\s+)?that\b",
    re.IGNORECASE,
)


def declared_that(text: str, events: list[Event], named: Sequence[Unit]) -> list[Event]:
    """Judgements of a "that" clause with no source given to the actor that declares it (see the note)."""
    for unit in named[:3]:
        if unit.locative or _LEAD.match(text[: unit.start]) is None:
            continue
        m = _DECLARING.match(text, unit.end)
        if m is None:
            continue
        code = str(unit.code)
        return [
            dataclasses.replace(e, source=(code,))
            if not e.source and e.event in _JUDGEMENTS and code not in e.target and e.words_at[0] >= m.end()
            else e
            for e in events
        ]
    return events


# --- a body's office named by its city ---------------------------------------------------------------------
_OFFICE_GATE = _GATES.gate(("office", "delegation", "mission", "representation", "bureau"))
_OFFICE_AFTER_PLACE = re.compile(
    r"\s+(?:(?:information|liaison|representative|permanent|military|diplomatic)\s+)?"
    r"(?:office|delegation|mission|representation|bureau)\b",
    re.IGNORECASE,
)
_OFFICE_ENDING = re.compile(r"\s(?:office|delegation|mission|representation|bureau)$", re.IGNORECASE)
_OWNER_GLUE = re.compile(r"^(?:'s|’s)?\s+$")
_OFFICE_REACH = 40
"""Characters between the office's words and the act it is the subject of ("... office on Monday
criticised ...")."""


def office_of_body(
    text: str, events: list[Event], named: Sequence[Unit], dictionary: ActorDictionary
) -> list[Event]:
    """ "NATO's Moscow office", "the EU's Kyiv delegation" heading the sentence: a source of the act told
    right after it that was read from the city is the body."""
    for body, place in itertools.pairwise(named):
        if dictionary.code_kinds.get(str(body.code)) is not ActorKind.ORG or body.code == place.code:
            continue
        if _LEAD.match(text[: body.start]) is None or _OWNER_GLUE.match(text[body.end : place.start]) is None:
            continue
        office = _OFFICE_AFTER_PLACE.match(text, place.end)
        if office is None and _OFFICE_ENDING.search(text, place.start, place.end) is None:
            continue  # "NATO's Moscow office", or one mention "Kyiv delegation"
        host, owner, end = str(place.code), str(body.code), office.end() if office else place.end
        return [
            dataclasses.replace(e, source=tuple(dict.fromkeys(owner if c == host else c for c in e.source)))
            if host in e.source
            and e.event in _JUDGEMENTS | {EventType.CONSULT, EventType.PROTEST}
            and 0 <= e.words_at[0] - end <= _OFFICE_REACH
            and not any(end <= u.start < e.words_at[0] for u in named)
            else e
            for e in events
        ]
    return events


# --- a decision judged after a semicolon -------------------------------------------------------------------
_DECISION_GATE = _GATES.gate(("decision", "move", "step"))
_JUDGED_DECISION = re.compile(
    r"\b(?:condemned|condemns|criticised|criticized|criticises|criticizes|denounced|denounces|welcomed|"
    r"welcomes|praised|praises|hailed|hails|regretted|regrets|deplored|deplores|rejected|rejects|slammed|"
    r"slams|protested|protests|applauded|applauds|supported|supports|backed|backs|opposed|opposes|"
    r"called|calls)\s+(?:\w+\s+)?(?:the|this|that|the\s+latest|this\s+latest)\s+"
    r"(?:decision|move|step|measure)\b(?!\s+(?:of|by|to)\b)",
    re.IGNORECASE,
)
_CLAUSE_HEAD = re.compile(r"^\s*(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}$")


def decision_judged(text: str, events: list[Event], named: Sequence[Unit]) -> list[Event]:
    """A judgement of "the decision" after ";" aimed at the head of the clause before (see the note)."""
    out = list(events)
    start = 0
    for part in text.split(";"):
        end = start + len(part)
        if start > 0:
            m = _JUDGED_DECISION.search(text, start, end)
            doer = _clause_head(text, named, text.rfind(";", 0, start - 1) + 1, start - 1)
            if m is not None and doer is not None:
                out = [
                    dataclasses.replace(e, target=(doer,))
                    if e.event in _JUDGEMENTS
                    and not e.target
                    and e.source
                    and doer not in e.source
                    and start <= e.words_at[0] < end
                    else e
                    for e in out
                ]
        start = end + 1
    return out


def _clause_head(text: str, named: Sequence[Unit], begin: int, end: int) -> str | None:
    """The code of the actor that opens the clause ``text[begin:end]`` ("The Russian government ...")."""
    first = next((u for u in named if begin <= u.start < end), None)
    if first is None or first.locative or _CLAUSE_HEAD.match(text[begin : first.start]) is None:
        return None
    return str(first.code)


# --- attacks that a drill only simulates ----------------------------------------------------------------
_SIMULATION_GATE = _GATES.gate(("simulat", "mock", "notional", "scenario", "fictional", "imaginary"))
_SIMULATED_WORD = re.compile(
    r"\b(?:simulated|simulating|simulates|simulate|mock|notional|fictional|imaginary|imitated|imitating)\b",
    re.IGNORECASE,
)
_SIMULATED_FRAME = re.compile(
    r"^\s*(?:in|during|under)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:simulated|mock|notional|fictional|"
    r"imaginary)\s+[\w-]+(?:\s+[\w-]+)?\s*,|\b(?:in|under|according\s+to)\s+(?:the|this|a|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?scenarios?\b|\bscenarios?\s+(?:in\s+which|where|of|that|envisag\w*|involv\w*|"
    r"was|were|included|includes|saw|sees|simulat\w*|assumed|assumes|imagined|provided\s+for)\b|"
    r"\b(?:simulated|mock|notional|fictional)\s+[\w-]+\s+(?:in\s+which|where)\b",
    re.IGNORECASE,
)
_NEAR = 60
"""Characters after a "simulated/simulating" word that it governs ("simulating an attack by NATO forces")."""


def _governed_spans(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` that a simulation word or a scenario frame governs."""
    spans: list[tuple[int, int]] = []
    for m in _SIMULATED_FRAME.finditer(text):
        stop = text.find(";", m.start())
        spans.append((m.start(), len(text) if stop < 0 else stop))
    for m in _SIMULATED_WORD.finditer(text):
        rest = text[m.end() : m.end() + _NEAR]
        cut = re.search(r"[,;:.]|\b(?:and|but|while|after|before|as)\b", rest)
        spans.append((m.end(), m.end() + (cut.start() if cut else len(rest))))
    return spans


def _simulated(event: Event) -> bool:
    if event.event in (EventType.ASSAULT, EventType.COERCE):
        return True
    return event.event is EventType.PROTEST and event.mode == "strike"


def simulated_attacks(text: str, events: list[Event]) -> list[Event]:
    """``events`` without the attacks a drill only simulates (see the note)."""
    spans = _governed_spans(text)
    if not spans:
        return events
    out = []
    for e in events:
        last = e.words_at[1] - 1
        if _simulated(e) and any(a <= last < b for a, b in spans):
            continue
        out.append(e)
    return out
