"""News wording of session 30 (helper news8): first events that wire reports tell with phrasings the other
readers leave uncoded or file under another type. Each reads a family of wordings and adds its event only
when the sentence codes none of that type.

* **Migrants stopped at a border.** "border guards moved to stop migrants crossing into Bulgaria": a
  restriction on the migrants (COERCE/restrict) by the side that stops them (:func:`migrants_stopped`).
* **States removed from a list of travel corridors.** "Malta and Peru have been taken off the Welsh
  Government's list of travel corridors": travel from them restricted (COERCE/restrict) by the
  government that keeps the list (:func:`corridors_closed`).
* **Travellers told to quarantine by an unnamed ruler.** "anyone coming back from Chile will have to
  self-isolate": the quarantine rule restricts travel from the states named (COERCE/restrict), by the
  dateline's state when there is one, else by no named side (:func:`quarantine_unnamed`); the rule
  announced by a named state is read by :mod:`detente.coding.news7`.
"""

from __future__ import annotations

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
    "corridors_closed",
    "migrants_stopped",
    "quarantine_unnamed",
    "settled",
]

_GATE = words(
    "migrants refugees asylum asylum-seekers corridors quarantine-free safe quarantine self-isolate isolate"
)
"""Words one of the readings needs: a sentence without any of them is returned as it is."""

_NEGATED = re.compile(
    r"\b(?:not|never|n't|no\s+longer|refused\s+to|refuses\s+to)\s+(?:\w+\s+)?$", re.IGNORECASE
)
_CLAUSE_CUT = re.compile(r"[;:\u2014]|,\s+(?:but|while|whereas|although|after|before|as|when)\b|\.\s")


def settled(
    text: str,
    tokens: Sequence[Token],
    units: Sequence[Unit],
    events: Sequence[Event],
    make: Make,
    home: str | None = None,
) -> list[Event]:
    """``events`` with the readings of the module's note added, in order; ``make`` finishes an event and
    ``home`` is the dateline's state."""
    if _GATE.isdisjoint(norms_of(tokens)):
        return list(events)
    out = list(events)
    out = migrants_stopped(text, units, out, make)
    out = corridors_closed(text, units, out, make, home)
    return quarantine_unnamed(text, units, out, make, home)


# --- shared helpers ------------------------------------------------------------------------------------------
def _coded(units: Sequence[Unit]) -> list[Unit]:
    return [u for u in units if u.code]


def _clause_start(text: str, at: int) -> int:
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(text, 0, at)]
    return cuts[-1] if cuts else 0


def _doer(text: str, units: Sequence[Unit], at: int, *, states_only: bool = False) -> tuple[str, ...]:
    """The code of the nearest coded unit before ``at`` in its clause (a state's or a body's when
    ``states_only``)."""
    start = _clause_start(text, at)
    found = [
        u.code or ""
        for u in _coded(units)
        if start <= u.start and u.end <= at and (not states_only or (u.code or "").isupper())
    ]
    return (found[-1],) if found else ()


_SOVEREIGNS = {
    **dict.fromkeys(("CUW", "ABW", "SXM", "BES"), "NLD"),
    **dict.fromkeys(("GLP", "MTQ", "REU", "GUF", "MYT", "PYF", "NCL", "BLM", "MAF", "SPM", "WLF"), "FRA"),
    **dict.fromkeys(("GIB", "BMU", "CYM", "VGB", "TCA", "AIA", "MSR", "FLK"), "GBR"),
}
"""Territories a state rules, by their own codes: a travel rule on one is a rule on the state's lands."""
_ISLANDS = re.compile(r"\b(?:Bonaire|Sint\s+Eustatius|St\.?\s+Eustatius|Saba)\b")
"""The Caribbean islands that are municipalities of the Netherlands, which the dictionary leaves uncoded."""


def _travel_targets(
    text: str, units: Sequence[Unit], start: int, end: int, source: tuple[str, ...]
) -> tuple[str, ...]:
    """The states whose lands are named between ``start`` and ``end`` (a territory stands for its state)."""
    found = [
        (u.start, _SOVEREIGNS.get(u.code or "", u.code or ""))
        for u in _coded(units)
        if (u.code or "").isupper() and start <= u.start < end
    ]
    found += [(m.start(), "NLD") for m in _ISLANDS.finditer(text, start, end)]
    return tuple(dict.fromkeys(c for _, c in sorted(found) if c not in source))


def _has(events: Sequence[Event], etype: EventType) -> bool:
    return any(e.event is etype for e in events)


def _negated(text: str, at: int) -> bool:
    return _NEGATED.search(text[max(0, at - 30) : at]) is not None


# --- migrants stopped at a border --------------------------------------------------------------------------------
_STOP_MIGRANTS = re.compile(
    r"\b(?P<verb>stop(?:s|ped|ping)?|prevent(?:s|ed|ing)?|block(?:s|ed|ing)?|bar(?:s|red|ring)?|"
    r"push(?:es|ed|ing)?\s+back|turn(?:s|ed|ing)?\s+back)\s+(?:the\s+|thousands\s+of\s+|hundreds\s+of\s+)?"
    r"(?:[\w-]+\s+)?(?P<who>migrants|refugees|asylum[- ]seekers)\s+(?:from\s+)?"
    r"(?:entering|crossing|reaching|landing|getting\s+into|coming\s+into)\b",
    re.IGNORECASE,
)


def migrants_stopped(text: str, units: Sequence[Unit], events: Sequence[Event], make: Make) -> list[Event]:
    """``events`` with a COERCE/restrict for migrants stopped from entering or crossing (see the module's
    note): by the state named before it in its clause, on the migrants."""
    if _has(events, EventType.COERCE):
        return list(events)
    m = _STOP_MIGRANTS.search(text)
    if m is None or _negated(text, m.start()):
        return list(events)
    source = _doer(text, units, m.start(), states_only=True)
    # the group as the sentence names it: "migrants" are not told to be refugees
    who = m["who"].lower().replace(" ", "-")
    target = ("asylum-seekers" if who.startswith("asylum") else who,)
    if not source:
        return list(events)
    roles = Roles(source, target, (m.start(), m.end()))
    start, end = m.start("verb"), m.end("verb")
    return [
        *events,
        make(EventType.COERCE, "restrict", roles, Polarity.ASSERTED, start, end, text[start:end]),
    ]


# --- states removed from a list of travel corridors -----------------------------------------------------------------
_CORRIDORS = re.compile(
    r"\b(?P<verb>removed|taken|dropped|struck|deleted)\s+(?:off|from)\s+(?:the\s+)?"
    r"(?:(?P<gov>[A-Z][\w-]*)\s+(?:Government|government)['’]s\s+)?"
    r"(?:list|lists)\s+of\s+(?:travel\s+corridors|quarantine-free\s+(?:countries|destinations)|"
    r"safe\s+(?:countries|destinations))\b",
)
_REGIONS = {"Scottish": "GBR", "Welsh": "GBR", "English": "GBR", "British": "GBR", "UK": "GBR"}


def corridors_closed(
    text: str, units: Sequence[Unit], events: Sequence[Event], make: Make, home: str | None
) -> list[Event]:
    """``events`` with a COERCE/restrict on the states removed from a list of travel corridors (see the
    module's note): by the government that keeps the list, else the dateline's state."""
    if "corridors" not in text and "quarantine-free" not in text and "safe" not in text:
        return list(events)
    m = _CORRIDORS.search(text)
    if m is None or _has(events, EventType.COERCE):
        return list(events)
    gov = m["gov"]
    source: tuple[str, ...] = ()
    if gov is not None:
        codes = [u.code for u in _coded(units) if m.start("gov") <= u.start < m.end("gov")]
        source = ((codes[0] or ""),) if codes else ((_REGIONS[gov],) if gov in _REGIONS else ())
    if not source and home:
        source = (home,)
    states = _travel_targets(text, units, _clause_start(text, m.start()), m.start(), source)
    if not states:
        return list(events)
    roles = Roles(source, states, (0, m.end()))
    start, end = m.start("verb"), m.end("verb")
    return [
        *events,
        make(EventType.COERCE, "restrict", roles, Polarity.ASSERTED, start, end, text[start:end]),
    ]


# --- travellers told to quarantine by an unnamed ruler ----------------------------------------------------------------
_QUARANTINED = re.compile(
    r"\b(?:passengers|travell?ers|arrivals|visitors|holidaymakers|tourists|people)\s+"
    r"(?:(?:arriving|returning|coming|travell?ing|flying)\s+)?(?:back\s+)?(?:in(?:to)?\s+\w+\s+)?from\s+"
    r"(?P<from>[^.;:]{2,160}?)\s+(?:must|will\s+have\s+to|would\s+have\s+to|have\s+to|has\s+to|need\s+to|"
    r"will\s+need\s+to|are\s+required\s+to|will\s+be\s+required\s+to|would\s+be\s+required\s+to)\s+"
    r"(?P<verb>(?:self-)?isolate|quarantine)\b",
    re.IGNORECASE,
)


def quarantine_unnamed(
    text: str, units: Sequence[Unit], events: Sequence[Event], make: Make, home: str | None
) -> list[Event]:
    """``events`` with a COERCE/restrict on the states whose travellers must quarantine when no state
    that rules is named (see the module's note), replacing the rule's REQUEST: by the dateline's state,
    else by no named side."""
    if "isolate" not in text and "quarantine" not in text:
        return list(events)
    m = _QUARANTINED.search(text)
    if m is None or any(e.event is not EventType.REQUEST for e in events):
        return list(events)
    states = _travel_targets(text, units, m.start("from"), m.end("from"), ())
    if not states:
        return list(events)
    source = (home,) if home and home not in states else ()
    roles = Roles(source, states, (m.start(), m.end()))
    start, end = m.start("verb"), m.end("verb")
    return [make(EventType.COERCE, "restrict", roles, Polarity.ASSERTED, start, end, text[start:end])]
