"""Domestic politics: two sides of one state (session 27, helper domestic).

A state's actors are coded by the state, so an act between two of them has the same code on both sides and
the role readers drop the second as "the source itself" ("Biden said Congress needs to ensure funding":
USA and USA). Party, campaign and institutional conflict inside one state is coded between the two sides'
state (the gold conventions: ACCUSE between politicians, a state's own bodies as the state), so an act
between two *different* named sides of one state keeps its target (:func:`rival_sides`):

* two different named people (:func:`detente.coding.np4.rival_persons`: "Sarwar said Starmer has lacked
  empathy");
* a person, an executive office or the state itself on one side and a body that checks or contests the
  executive on the other: a legislature ("Congress", "the State Duma", "the Verkhovna Rada"), a court, a
  party or the opposition, a governor or a state/provincial government ("Biden said Congress needs to
  ensure funding", "Zelensky said the Verkhovna Rada must pass the law").

Not rivals: a pronoun ("he", "we") or a seat of the executive ("Moscow", "the Kremlin", "the White House")
beside its own leader ("Lavrov said Moscow will respond" is Russia speaking for itself), the same name said
twice, and two bodies of the same kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding import np4

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.units import Unit

__all__ = ["body_kind", "contested", "rival_named", "rival_sides"]

_BODIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "legislature",
        re.compile(
            r"\b(?:congress|senate|senators?|house\s+of\s+(?:representatives|commons|lords)|parliament\w*|"
            r"legislat\w+|lawmakers?|(?:national|state|federal|legislative|constituent)\s+assembly|duma|"
            r"rada|knesset|bundestag|bundesrat|sejm|majlis|diet|lok\s+sabha|rajya\s+sabha|congressional|"
            r"mps?|deputies|members\s+of\s+parliament)\b",
            re.IGNORECASE,
        ),
    ),
    ("court", re.compile(r"\b(?:court|courts|judiciary|judges?|justices?|tribunal)\b", re.IGNORECASE)),
    (
        "party",
        re.compile(
            r"\b(?:opposition|party|parties|democrats?|republicans?|gop|tories|tory|conservatives?|labour|"
            r"liberals?|greens?|socialists?|communists?)\b",
            re.IGNORECASE,
        ),
    ),
    ("region", re.compile(r"\b(?:governors?|mayors?|provincial|regional)\b", re.IGNORECASE)),
)
"""Bodies of a state that check or contest its executive, by the words that name them."""

_SIDE_KINDS = frozenset({"person", "title", "metonym", "org", "state", "group", "demonym"})


def body_kind(unit: Unit) -> str | None:
    """The kind of checking body the unit names ("legislature", "court", "party", "region"), if any."""
    if unit.kind not in _SIDE_KINDS:
        return None
    return next((kind for kind, pattern in _BODIES if pattern.search(unit.text)), None)


def rival_sides(one: Unit | None, other: Unit) -> bool:
    """Two different named sides of one state (see the module's note): an act between them keeps its target
    although both carry the state's code."""
    if one is None or one.code is None or one.code != other.code:
        return False
    if np4.rival_persons(one, other):
        return True
    if one.kind not in _SIDE_KINDS or other.kind not in _SIDE_KINDS:
        return False
    kinds = (body_kind(one), body_kind(other))
    if kinds == ("party", "party"):
        return _last(one.text) != _last(other.text)  # "Labour said the Tories ...": two parties
    return kinds[0] != kinds[1] and None in kinds


def _last(text: str) -> str:
    return text.split()[-1].lower().rstrip("s") if text.split() else ""


_ORDERS = re.compile(
    r"\b(?:instruct|order|direct|task|charg|commission|authoris|authoriz|appoint|entrust)", re.I
)
"""Verbs of a command down the executive's own chain ("Putin instructed the Prime Minister to ..."): one side."""


_PRESSING = re.compile(r"\b(?:urg|call(?:ed|s|ing)?\s+(?:on|upon)|press|demand|challeng|dared?)", re.I)
"""Verbs by which one politician presses another ("Starmer called on Sunak to call an election"): pressure
between rivals, not a leader's request to his own staff."""


def contested(text: str, units: Sequence[Unit], event: Event) -> bool:
    """An act of one state on itself whose sentence names, up to the act's end, two rival sides of that state (a person, office or
    the state on one side, a legislature, court, party or region on the other: "the governor appealed to
    the president", "the opposition pressed the government"): domestic politics, coded, where the same act
    between a leader and his own ministers ("Putin instructed the Prime Minister") is not. Two people alone
    are enough only when one presses the other ("called on", "urged", "demanded", "challenged"), as a
    leader's requests to his own ministers otherwise read alike."""
    words = text[event.anchor[0] : event.anchor[1]]  # the sentence's own words of the act
    if len(event.source) != 1 or event.source != event.target or _ORDERS.search(words):
        return False
    inside = [u for u in units if u.code == event.source[0] and u.start < event.evidence[1]]
    pressed = bool(_PRESSING.search(words))
    return any(
        rival_sides(a, b) and (pressed or body_kind(a) is not None or body_kind(b) is not None)
        for i, a in enumerate(inside)
        for b in inside[i + 1 :]
    )


def rival_named(units: Sequence[Unit], source_units: Sequence[Unit], target_units: Sequence[Unit]) -> bool:
    """A pronoun doer whose antecedent, named earlier in the sentence, is a rival of the one acted on
    ("Starmer said he would challenge Sunak to a debate": he is Starmer, Sunak the other side of Britain's
    politics), so the target of one state's code is another side, not the doer again. A doer's pronoun
    acting on its own state ("he said he would defend Britain") and a "we" with no name before it keep
    the one-sided reading."""
    if not source_units or not all(u.kind == "pronoun" and u.code is not None for u in source_units):
        return False
    start = source_units[0].tok_start
    named = [u for u in units if u.tok_end <= start and u.kind == "person" and u.code == source_units[0].code]
    return bool(named) and any(
        t.kind != "pronoun" and rival_sides(named[-1], t) and t not in named for t in target_units
    )
