"""The sides of a page's talks when its records name a topic state or a call "with" a foreign leader
(s32-kremlin16).

:class:`detente.coding.document.RecordStream` falls back, for a run of one page's records that tells talks
without their sides ("The sides discussed ...", "The two leaders exchanged views on ..."), on the only two
states the run names (``document._named_pair``). Two general phrasing families misled it:

* **States named only as topics.** "the situation in X", "the settlement in X", "developments around X",
  "the crisis in X", "X's nuclear programme", "issues of X", and the adjective forms ("the Syrian
  settlement", "the Iranian nuclear programme") tell what was discussed, not who talked. :func:`untopical`
  blanks those spans out (same length, so nothing else moves) before the run's states are counted; a state
  the run also names elsewhere still counts. A name followed by a hyphen or by "relations", "cooperation"
  and the like ("issues of Russian-Israeli cooperation") is the talks' own pair and is kept.
* **A call or talks "with" a foreign leader on the page of the home side.** A title-like record "Telephone
  conversation with the Prime Minister of X ..." (or one opening "During the talks with the President of X
  ...") names only the leader called; the caller is the page's own side. On a Kremlin-like page - a run
  with a Russian speaker in a record's context, a Russian person or title named, or an id of a page of its
  own whose document part names the Kremlin site - the pair is Russia and X (:func:`called_pair`), as the
  Kremlin gold codes such runs (CONSULT of both, no target).

Only records of one run are read (never another document's); :func:`called_pair` lends a pair only on a
page of its own (``document._numbered_page``), so a list of unrelated sentences sharing a label lends
nothing. Nothing here raises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.actors import ActorKind, load_dictionary
from detente.coding.units import resolve_speaker
from detente.coding.wordgates import WordGates

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["HOME", "called_pair", "untopical"]

HOME = "RUS"
"""The home side of a Kremlin-like page."""

MAX_TEXT = 2000
"""Only this many characters of a record are read."""

MAX_RECORDS = 60
"""A run longer than this lends no called pair (a transcript, not a readout)."""

_GATES = WordGates()
_TOPIC_WORDS = _GATES.gate(
    {
        "situation",
        "settlement",
        "developments",
        "crisis",
        "nuclear",
        "issues",
        "issue",
        "questions",
        "problem",
        "conflict",
        "events",
    }
)
_CALL_WORDS = _GATES.gate({"conversation", "call", "talks", "meeting", "conference"})

_NAME = r"(?:the\s+)?[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,3}"
"""A capitalised name of up to four words ("Syria", "the Korean Peninsula", "South Sudan")."""

_NOT_PAIR = (
    r"(?![\w'’]*\s*[-‐–]|\s+(?:relations|cooperation|ties|partnership|dialogue|trade|talks|contacts)\b)"
)
"""Not the start of the talks' own pair ("Russian-Israeli", "Israel relations")."""

_TOPIC = re.compile(
    r"\b(?:situation|settlement|developments|crisis|conflict|events|state\s+of\s+affairs)\s+"
    r"(?:in|around|on|over|inside|within|concerning|regarding|surrounding)\s+"
    rf"(?P<a>{_NAME}(?:\s+and\s+{_NAME})?){_NOT_PAIR}"
    rf"|\b(?:issues?|questions?|problems?)\s+of\s+(?P<b>{_NAME}){_NOT_PAIR}"
    rf"|(?P<c>{_NAME})(?:'s|’s)\s+nuclear\s+(?:programme|program|issue|deal|file)"
    r"|\b[Tt]he\s+(?P<d>[A-Z][\w]*)\s+(?:settlement|crisis|conflict|nuclear\s+(?:programme|program|issue|deal|file)"
    r"|issue|problem|file)\b"
)
"""A state named as a topic of talks; the groups a-d hold the span blanked out."""

_CALL = re.compile(
    r"^\s*(?:(?:during|in\s+the\s+course\s+of|at|following)\s+)?(?:(?:the|a|an)\s+)?"
    r"(?:(?:telephone|phone|video|bilateral|russian-\w+|one-on-one|restricted-format)\s+)?"
    r"(?:conversation|call|talks|meeting|conference\s+call|conference)\s+with\s+(?:the\s+)?(?P<rest>.{1,200})",
    re.S | re.I,
)
"""A record opening with a call or talks "with" someone, no doer said ("Telephone conversation with ...",
"During the talks with the President of ..."). The one called is the first person or title after "with"."""

_KREMLIN_ID = re.compile(r"kremlin", re.I)
"""A document part naming the Kremlin site ("kremlin-9196")."""


def untopical(text: str) -> str:
    """``text`` with the states it names only as topics blanked out ("the situation in Syria" keeps
    "the situation in" and loses "Syria"); the same length as ``text``."""
    if not text or not _GATES.may(text, _TOPIC_WORDS):
        return text
    head = text[:MAX_TEXT]
    spans: list[tuple[int, int]] = []
    for m in _TOPIC.finditer(head):
        for group in ("a", "b", "c", "d"):
            if m.group(group) is not None:
                spans.append(m.span(group))
    if not spans:
        return text
    chars = list(head)
    for lo, hi in spans:
        chars[lo:hi] = " " * (hi - lo)
    return "".join(chars) + text[MAX_TEXT:]


def called_pair(
    records: Sequence[tuple[str, str, dt.date, str | None]], *, numbered: bool
) -> tuple[str, ...]:
    """Russia and the state of the leader a record of the run calls or holds talks "with", on a Kremlin-like
    page of its own (see the module docstring), when the run calls one state's leaders only; else ``()``."""
    if not numbered or not records or len(records) > MAX_RECORDS:
        return ()
    called: set[str] = set()
    for _, text, date, _ in records:
        if not text or not _GATES.may(text, _CALL_WORDS):
            continue
        m = _CALL.match(text[:MAX_TEXT])
        if m is None:
            continue
        code = _first_leader(m.group("rest"), date)
        if code is not None and code != HOME:
            called.add(code)
    if len(called) != 1:
        return ()
    if not _home_page(records):
        return ()
    other = next(iter(called))
    return (HOME, other)


def _first_leader(rest: str, date: dt.date) -> str | None:
    """The state of the first person or title ``rest`` names, when it opens with it (a few words in)."""
    dictionary = load_dictionary()
    for m in dictionary.match(rest, date=date):
        if m.start > 40:
            return None
        if m.code is None or m.kind not in (ActorKind.PERSON, ActorKind.TITLE):
            continue
        if dictionary.code_kinds.get(m.code) is ActorKind.STATE or m.code in dictionary.polities:
            return m.code
        return None
    return None


def _home_page(records: Sequence[tuple[str, str, dt.date, str | None]]) -> bool:
    """The run is a Kremlin-like page: an id naming the Kremlin site, a Russian speaker in a context, or a
    Russian person or title named in a record."""
    d = load_dictionary()
    if any(_KREMLIN_ID.search(rid.rsplit("-", 1)[0]) for rid, _, _, _ in records[:1]):
        return True
    for _, text, date, context in records:
        if context and resolve_speaker(d, context, date) == HOME:
            return True
        for m in d.match(text[:MAX_TEXT], date=date) if text else ():
            if m.code == HOME and m.kind in (ActorKind.PERSON, ActorKind.TITLE):
                return True
    return False
