"""A foreign counterpart left unnamed (s39-kside).

Kremlin readouts name the other side once, in the lead, and then speak of "his counterpart", "the guest",
"his Finnish colleague" or "our partners". When the lead is not in the stream (a record read alone) the
coder knew the doer but found no one on the other side, and two kinds of loss followed:

* **Courtesies dropped as domestic.** :mod:`detente.coding.finalise` drops one-sided thanks, praise and
  congratulations with no one to receive them ("the President thanked the ministry for its work"): a
  leader speaking to his own people. A counterpart word after the verb says the one thanked is foreign:
  :func:`foreign_counterpart` lets those filters keep the event, aimed at no one named.
* **Acts with the counterpart never read.** "The President met the guest", "Putin congratulated his
  counterpart on his victory", "invited his colleague to visit Moscow", "noted the high level of
  bilateral relations": the readers look for a named side and find none. :func:`counterpart_acts` adds
  the CONSULT, SUPPORT, AGREE (a proposal) or REQUEST (an invitation) of the one named side before the verb, aimed at the meeting's other
  sides when the document knows them and at no one otherwise.

Acts toward a state's own people stay out: the counterpart words are foreign by their sense ("his
counterpart", "the guest"), a colleague named by his office or a following name is left alone, and a
sentence naming another state, a region, a ministry or the government is left to the other readers.
Nothing here raises.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType, Polarity
from detente.coding.roleparts import Roles

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.roleparts import Make
    from detente.coding.units import Unit

__all__ = ["counterpart_acts", "foreign_counterpart", "settled"]

_LOG = logging.getLogger(__name__)
_MAX_CHARS = 3000

_COUNTERPART = re.compile(
    r"\b(?:(?:his|her|the|their|our|its)\s+(?:[A-Za-z-]+\s+)?counterparts?\b"
    r"|(?:his|her|the|their|our)\s+(?:distinguished\s+|high\s+|foreign\s+|honoured\s+|honored\s+)?guests?\b"
    r"(?!\s+(?:of|from)\s+the\s+(?:region|city|forum|festival|exhibition|ceremony)\b)"
    r"|(?:his|her)\s+(?-i:[A-Z][a-z]+\s+)?colleague\b(?!s)(?!\s+(?:from|in|at)\b)(?!(?-i:,?\s+[A-Z]))"
    r"|(?:the|our|his|her|their)\s+(?:foreign|international|Western|European|Asian|African|American)?\s*"
    r"partners\b(?!\s+(?:in|of|from)\s+(?:the\s+)?(?:region|business|company|companies|bank)\b))",
    re.IGNORECASE,
)
"""A foreign counterpart left unnamed: "his counterpart", "the guest", "his Egyptian colleague", "our
Western partners". ("The guests of the festival", "his colleague from the ministry" and "business
partners" are not.)"""

_BUSINESS_BEFORE = re.compile(r"\b(?:business|social|commercial|trade|industrial|private)\s+$", re.IGNORECASE)
_NEAR = 60
"""Characters after a courtesy's verb within which its counterpart stands."""

_HOME_WORDS = re.compile(
    r"\b(?:governors?|region|regions|Region|Territory|ministry|ministries|minister\s+of|government\s+"
    r"commission|Duma|Federation\s+Council|mayor|municipal|veterans|athletes|workers|miners|families|"
    r"citizens|compatriots|staff|employees|students|teachers|doctors|servicemen|soldiers)\b",
    re.IGNORECASE,
)
"""Words of a leader's dealings with his own people: a sentence with them is left to the other readers."""


def foreign_counterpart(text: str, start: int, end: int) -> bool:
    """Whether a foreign counterpart word ("his counterpart", "the guest") follows the act's words
    ``text[start:end]`` within a few words, in the same clause."""
    if not text or end <= 0 or end > len(text) or start < 0:
        return False
    low = text.lower()
    if not any(w in low for w in _GATE):
        return False
    window = text[max(0, start) : min(len(text), end + _NEAR)]
    m = _COUNTERPART.search(window)
    if m is None:
        return False
    between = window[: m.start()]
    if ";" in between or " that " in between or _BUSINESS_BEFORE.search(between):
        return False
    return not _HOME_WORDS.search(window[: m.end() + 20])


_GATE = ("counterpart", "guest", "colleague", "partners")

_SUPPORT = re.compile(
    r"\b(?:congratulated|congratulates|thanked|thanks|praised|commended|welcomed|greeted|"
    r"(?:expressed|conveyed|offered|extended)\s+(?:his\s+|her\s+|their\s+|deep\s+|sincere\s+|heartfelt\s+)*"
    r"(?:condolences|sympathy|gratitude|appreciation|thanks|congratulations))\b",
    re.IGNORECASE,
)
_CONSULT = re.compile(
    r"\b(?:met|meets|will\s+meet|is\s+meeting|had\s+(?:a\s+)?(?:meeting|talks|conversation|"
    r"telephone\s+conversation|phone\s+conversation|telephone\s+call|phone\s+call)|held\s+(?:talks|a\s+meeting|"
    r"consultations|a\s+conversation)|spoke|talked|conferred|consulted|informed|briefed|received)\b",
    re.IGNORECASE,
)
_AGREE = re.compile(r"\bproposed\s+to\b", re.IGNORECASE)
"""A proposal to the counterpart ("proposed to his colleague to set up a working group")."""
_INVITE = re.compile(
    r"\b(?:invited|(?:extended|conveyed|renewed)\s+(?:an?\s+|the\s+|his\s+)?invitation\s+to)\b", re.IGNORECASE
)
"""An invitation to the counterpart: a REQUEST, as the coder reads one to a named side."""
_RELATIONS = re.compile(
    r"\b(?:noted|stressed|praised|hailed|emphasised|emphasized|pointed\s+(?:out|to)|spoke\s+highly\s+of|"
    r"expressed\s+satisfaction\s+with|welcomed)\s+(?:with\s+satisfaction\s+)?(?:the\s+)?"
    r"(?:high|good|excellent|positive|friendly|constructive|dynamic|steady|successful)\s+"
    r"(?:level|state|nature|character|development|dynamics|growth|progress)\s+of\s+(?:the\s+)?"
    r"(?:(?:bilateral|our|Russian-[A-Z][a-z]+|two\s+countries['’]?)\s+)?(?:relations|ties|cooperation|"
    r"partnership|dialogue|trade)\b"
    r"|\b(?:relations|ties|cooperation|partnership)\s+(?:between\s+(?:the\s+two|our)\s+(?:countries|states|"
    r"nations)\s+|with\s+the\s+partners\s+)?(?:were|are|was|is|have\s+been|had\s+been)\s+(?:developing|"
    r"progressing|growing)\s+(?:successfully|well|dynamically|steadily|rapidly|consistently)\b",
    re.IGNORECASE,
)
"""Satisfaction with the relations themselves: "noted the high level of bilateral relations"."""

_RELATIONS_GATE = ("level of", "state of", "nature of", "developing", "progressing", "growing")

_JOINED = re.compile(
    r"\band\s+(?:his|her|the|their)\s+(?:[A-Za-z-]+\s+)?(?:counterparts?|guests?)\s+(?:have\s+|had\s+|also\s+)?$",
    re.IGNORECASE,
)
"""The counterpart joined to the doer before the verb: "the President and his counterpart held talks"."""

_DENIED = re.compile(r"\b(?:not|never|n['’]t|no\s+longer|neither|nor|if|whether|unless)\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|plans?\s+to|is\s+scheduled\s+to|intends?\s+to)\s+$")


def _doer(units: Sequence[Unit], before: int) -> str | None:
    """The one side named before ``before`` (a state's leader is the state); none when two are."""
    codes = [
        str(u.code)
        for u in units
        if u.end <= before
        and u.code
        and str(u.code).isupper()
        and u.kind not in ("pronoun", "possessive")
        and not u.locative
    ]
    unique = list(dict.fromkeys(codes))
    return unique[0] if len(unique) == 1 else None


def counterpart_acts(
    text: str, events: list[Event], units: Sequence[Unit], participants: Sequence[str], make: Make
) -> list[Event]:
    """The act of the one side named before a courtesy, meeting or invitation verb whose other side is an
    unnamed foreign counterpart (see the module note), when no event of its type is read yet."""
    have = {e.event for e in events}
    for etype, verbs, needs_counterpart in (
        (EventType.SUPPORT, _SUPPORT, True),
        (EventType.CONSULT, _CONSULT, True),
        (EventType.AGREE, _AGREE, True),
        (EventType.REQUEST, _INVITE, True),
        (EventType.SUPPORT, _RELATIONS, False),
    ):
        if etype in have:
            continue
        for m in verbs.finditer(text):
            if needs_counterpart and not (
                foreign_counterpart(text, m.start(), m.end())
                or (
                    etype is not EventType.SUPPORT
                    and _JOINED.search(text[max(0, m.start() - 60) : m.start()])
                )
            ):
                continue
            if not needs_counterpart and _HOME_WORDS.search(text):
                continue
            clause_start = max(text.rfind(";", 0, m.start()), text.rfind(" that ", 0, m.start()))
            head = text[max(0, clause_start) : m.start()]
            if _DENIED.search(head[-40:]):
                break
            doer = _doer(units, m.start())
            if doer is None:
                break
            if any(
                u.code and str(u.code).isupper() and str(u.code) != doer and u.kind not in ("pronoun",)
                for u in units
            ):
                break  # another side named: the other readers aim the act
            target = tuple(p for p in participants if p != doer)
            polarity = Polarity.FUTURE if _FUTURE.search(head[-30:]) else Polarity.ASSERTED
            roles = Roles((doer,), target, (m.start(), m.end()))
            events = [*events, make(etype, "", roles, polarity, m.start(), m.end(), m.group(0))]
            have.add(etype)
            break
    return events


def settled(
    text: str, events: list[Event], units: Sequence[Unit], participants: Sequence[str], make: Make
) -> list[Event]:
    """``events`` with this module's readings applied (see the module docstring)."""
    if not text or len(text) > _MAX_CHARS:
        return events
    low = text.lower()
    if not any(w in low for w in _GATE) and not any(w in low for w in _RELATIONS_GATE):
        return events
    try:
        return counterpart_acts(text, events, units, participants, make)
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as err:  # pragma: no cover
        _LOG.warning("s39kside: left the events unchanged: %s", err)
        return events
