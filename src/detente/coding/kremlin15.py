"""The sides of talks told deep in a page whose first records do not name them (s32-kremlin15).

An official readout handed over as consecutive sentence records ("<doc>-<n>", one date) often tells its
talks in records that name no side: "The two leaders also discussed ...", "They exchanged views on ...",
"The Libya issue was also touched on". :class:`detente.coding.document.RecordStream` gives them the sides
a record of the same run (or an earlier run of the same page) names; when none names a meeting it falls
back on the two states the run names or has acting together. This module adds two general ways:

* **A topic "touched on".** "The energy issue was also touched on", "Questions of trade were touched on
  as well": the passive "touched on" tells a topic of the talks with its sides unsaid, like "was
  discussed" or "was touched upon" (:func:`agenda_told`), so such a record takes the run's (or the
  page's) sides as the other agenda records do.
* **The run's two leaders.** "Vladimir Putin stressed ..." and "The Israeli Prime Minister pointed out
  ..." in the run, with Syria, Iran or the United States also named as topics: the people the run
  names (by name, or by a title with its state) belong to exactly two states; those are the sides of the talks its narration tells without naming them
  (:func:`leaders_pair`). Topic states named only as places or third parties do not count, so a
  readout that names a conflict between two other states still lends its leaders' pair, and a run whose
  people belong to three sides or to one lends nothing.

* **The Union State's bodies.** "After the session of the Supreme State Council the leaders put their names to
  ...", "The meeting of the Union State's top body also discussed ...": the Supreme State Council and the
  Union State are Russia's and Belarus's, so a run that names one of them, and no person of a third state,
  tells talks of those two (:func:`union_pair`).

Only records of one run are read (never another document's), and the two pairs are lent only on a page of
its own (an id like "kremlin-9196-4", not a list's label and running number like "bo2-017", whose
sentences sharing a date may be unrelated; :func:`detente.coding.document._numbered_page`). Nothing here
raises.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from detente.coding.actors import ActorKind, load_dictionary
from detente.coding.wordgates import WordGates

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["agenda_told", "leaders_pair", "union_pair"]

_GATES = WordGates()
_TOUCHED = _GATES.gate({"touched"})
_UNION = _GATES.gate({"union state", "supreme state council"})

_TOUCHED_ON = re.compile(
    r"\b(?:was|were|been|being)\s+(?:also\s+|then\s+|briefly\s+|likewise\s+)?touched\s+on\b"
    r"|\btouched\s+on\s+as\s+well\b",
    re.I,
)
"""A topic "touched on" in the passive ("was also touched on", "were touched on as well")."""

_NOT_TOLD = re.compile(r"\b(?:not|never|neither|nor|no)\b\s+(?:\w+\s+){0,2}touched\b", re.I)
"""A topic left out ("was not touched on"): no talks told."""

MAX_TEXT = 2000
"""Only this many characters of a record are read."""


def agenda_told(text: str) -> bool:
    """``text`` tells a topic of talks "touched on" in the passive, its sides unsaid ("The Libya issue
    was also touched on"); not when the topic was left out ("was not touched on")."""
    if not text or not _GATES.may(text, _TOUCHED):
        return False
    head = text[:MAX_TEXT]
    return _TOUCHED_ON.search(head) is not None and _NOT_TOLD.search(head) is None


MAX_RECORDS = 60
"""A run longer than this lends no leaders' pair (a transcript, not a readout)."""


def leaders_pair(records: Sequence[tuple[str, str, dt.date, str | None]]) -> tuple[str, ...]:
    """The two states the people a run of records names belong to, when they belong to exactly two
    states ("Vladimir Putin ..." and "Benjamin Netanyahu ..."), else ``()``. A person is named by name,
    or by a title with its state ("the Israeli Prime Minister")."""
    if not records or len(records) > MAX_RECORDS:
        return ()
    found: dict[str, None] = {}
    for code in _people_states(records):
        found[code] = None
        if len(found) > 2:
            return ()
    return tuple(found) if len(found) == 2 else ()


UNION_SIDES = ("RUS", "BLR")
"""The two states of the Union State."""

_UNION_BODY = re.compile(r"\b(?:Supreme\s+State\s+Council|Union\s+State)\b")
"""The Union State or its top body, capitalised as a name ("a union state" is no body)."""


def union_pair(records: Sequence[tuple[str, str, dt.date, str | None]]) -> tuple[str, ...]:
    """Russia and Belarus, when a run of records names the Union State or its Supreme State Council and no
    person of another state; else ``()``."""
    if not records or len(records) > MAX_RECORDS:
        return ()
    named = False
    for _, text, _, _ in records:
        if text and _GATES.may(text, _UNION) and _UNION_BODY.search(text[:MAX_TEXT]):
            named = True
            break
    if not named:
        return ()
    others = set(_people_states(records)) - set(UNION_SIDES)
    return () if others else UNION_SIDES


def _people_states(records: Sequence[tuple[str, str, dt.date, str | None]]) -> Iterator[str]:
    """The states of the people the records name, in order (by name, or by a title with its state);
    "the Security Council" or "the NATO Secretary General" is no state's leader."""
    dictionary = load_dictionary()
    for _, text, date, _ in records:
        if not text:
            continue
        for m in dictionary.match(text[:MAX_TEXT], date=date):
            if m.code is None or m.kind not in (ActorKind.PERSON, ActorKind.TITLE):
                continue
            if dictionary.code_kinds.get(m.code) is ActorKind.STATE or m.code in dictionary.polities:
                yield m.code
