"""Events as the pages show them: the query-string filters, one display row per event, the JSON items,
and a small cache of timelines.

The evidence sentence is turned into HTML only by :func:`detente.web.render.evidence_html` (pieces
escaped, then ``<mark>`` added by offsets); everything else in a row is plain text for the templates to
escape.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup
from sqlalchemy import Connection

from detente.coding.ontology import EventType, Polarity
from detente.store.events import EventFilters, StoredEvent, Timeline, change_token, event_day, month_counts
from detente.web import params, render

EVENT_TYPES: tuple[str, ...] = tuple(t.value for t in EventType)
POLARITIES: tuple[str, ...] = tuple(p.value for p in Polarity)
QUAD_LABELS = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
FILTER_NAMES = ("type", "actor", "source", "target", "from", "to", "polarity", "document")
"""The query-string parameters of the event lists, in the order the JSON ``filters`` object lists them."""


@dataclass(frozen=True, slots=True)
class EventQuery:
    filters: EventFilters
    current: dict[str, str]
    """The filters as given (``""`` when absent): for the form, the pager links and the JSON."""

    def as_json(self) -> dict[str, str | None]:
        return {name: self.current.get(name) or None for name in FILTER_NAMES}


def event_query(query: Mapping[str, str]) -> EventQuery:
    """The event filters of a query string; a bad value raises :class:`params.BadRequest` (a 400)."""
    event = params.upper_choice(query, "type", EVENT_TYPES)
    actor = params.actor_code(query, "actor")
    source = params.actor_code(query, "source")
    target = params.actor_code(query, "target")
    date_from, date_to = params.date_range(query)
    polarity = params.choice(query, "polarity", ("", *POLARITIES))
    document = params.optional_id(query, "document")
    filters = EventFilters(
        event=event or None,
        actor=actor or None,
        source=source or None,
        target=target or None,
        date_from=date_from,
        date_to=date_to,
        polarity=polarity or None,
        document_id=document,
    )
    current = {
        "type": event,
        "actor": actor,
        "source": source,
        "target": target,
        "from": date_from.isoformat() if date_from else "",
        "to": date_to.isoformat() if date_to else "",
        "polarity": polarity,
        "document": str(document) if document is not None else "",
    }
    return EventQuery(filters, current)


@dataclass(frozen=True, slots=True)
class EventRow:
    """One event ready for a template."""

    event: StoredEvent
    day: dt.date | None
    precision: str
    evidence: Markup
    quad_label: str

    @property
    def score(self) -> str:
        """The PLOVER score with its sign (``+6.0``, ``-4.5``), ``""`` when missing."""
        value = self.event.score
        return "" if value is None else f"{value:+.1f}".replace("-", "\u2212")


def event_row(e: StoredEvent) -> EventRow:
    return EventRow(
        event=e,
        day=event_day(e.event_date),
        precision=e.event_date_precision or "day",
        evidence=render.evidence_html(e.sentence, e.evidence_start, e.evidence_end),
        quad_label=QUAD_LABELS.get(e.quad or 0, ""),
    )


def event_json(e: StoredEvent) -> dict[str, Any]:
    """An event in the JSON of the pages: :meth:`StoredEvent.as_dict` (the contract's event, its evidence
    and its document)."""
    return e.as_dict()


class TimelineCache:
    """Timelines by their filters, reused while :func:`change_token` is unchanged and for at most ``ttl``
    seconds (so an edit the token cannot see, such as a document losing all its events, shows within
    ``ttl``). Shared by the request threads of one app."""

    def __init__(self, *, size: int = 128, ttl: float = 300.0) -> None:
        self.size = size
        self.ttl = ttl
        self._items: OrderedDict[EventFilters, tuple[tuple[int, int], float, Timeline]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, conn: Connection, filters: EventFilters) -> Timeline:
        token = change_token(conn, filters)
        now = time.monotonic()
        with self._lock:
            found = self._items.get(filters)
            if found is not None and found[0] == token and found[1] > now:
                self._items.move_to_end(filters)
                return found[2]
        timeline = month_counts(conn, filters)
        with self._lock:
            self._items[filters] = (token, now + self.ttl, timeline)
            self._items.move_to_end(filters)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return timeline
