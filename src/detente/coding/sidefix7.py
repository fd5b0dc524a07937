"""Sources of events whose type is right but whose sides are not, seventh round of sides (s31).

* **A document read out of order keeps its sides.** A stream of records may hand over one page's sentences
  in several runs ("...-3", "...-4", then "...-1", "...-6", then "...-0", "...-5"), each run starting afresh
  in :class:`detente.coding.document.RecordStream` when the numbers go down. A run whose narration tells of
  talks without naming who held them ("The sides agreed to keep in touch", "The two presidents went over
  trade", "Energy was also discussed") takes the sides an earlier run of the same page (same document part,
  same date) learned, as long as none of its sentence numbers was seen before for that page (a number seen
  again is another text under the same name). Only the sides change: a reading that would add, drop or
  retype an event is not taken (:class:`PageMemory`, :func:`same_events`).

The memory is bounded (:data:`MEMORY_PAGES` pages, oldest forgotten first) and never raises.
"""

from __future__ import annotations

import re
from collections import Counter, OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from detente.coding.coder import Event

__all__ = ["MEMORY_PAGES", "PageMemory", "same_events"]

MEMORY_PAGES = 256
"""How many pages the stream remembers the sides of."""


@dataclass(slots=True)
class _Page:
    sides: tuple[str, ...] = ()
    numbers: set[int] = field(default_factory=set)


@dataclass(slots=True)
class PageMemory:
    """The sides each page's earlier runs learned, and the sentence numbers they held."""

    _pages: OrderedDict[Any, _Page] = field(default_factory=OrderedDict)

    def learn(self, key: Any, numbers: Iterable[int], sides: Sequence[str]) -> None:
        """Take a run of page ``key``: its sentence numbers, and the sides it learned (if any)."""
        if key is None:
            return
        page = self._pages.get(key)
        if page is None:
            page = self._pages[key] = _Page()
            while len(self._pages) > MEMORY_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(key)
        page.numbers.update(numbers)
        if len(sides) >= 2 and not page.sides:
            page.sides = tuple(sides)

    def sides_for(self, key: Any, numbers: Iterable[int]) -> tuple[str, ...]:
        """The sides an earlier run of page ``key`` learned, unless this run repeats one of its numbers."""
        page = self._pages.get(key) if key is not None else None
        if page is None or not page.sides:
            return ()
        if any(n in page.numbers for n in numbers):
            return ()
        return page.sides


def same_events(before: Sequence[Event], after: Sequence[Event]) -> bool:
    """``after`` holds the same events as ``before`` (types and polarity, counted), only sides may differ."""
    if len(before) != len(after):
        return False
    return Counter((e.event, e.polarity) for e in before) == Counter((e.event, e.polarity) for e in after)


def sourceless(events: Sequence[Event]) -> bool:
    """Some event is told with no doer."""
    return any(not e.source for e in events)


_THEY = re.compile(r"\s*(?:[A-Z][\w ,]{0,40},\s*)?(?:[Tt]hey|[Bb]oth\s+(?:sides|leaders|parties|presidents))\s+(?:also\s+)?[a-z]+")


def they(text: str) -> bool:
    """The sentence's subject is "they" or "both sides" (after an opening phrase), as a readout's narration
    names the two sides of talks already told."""
    return _THEY.match(text) is not None
