"""Reports of the same event: one key for events with the same type, actors and polarity whose dates are
close, so counts and charts count events rather than the reports of them.

Two coded events are reports of one event when they have the same PLOVER type, the same source and target
sets (order aside), the same polarity, and event dates at most :data:`WINDOW_DAYS` apart. The store
assigns keys as events arrive (:func:`detente.store.events.replace_events`): an event joins the cluster
of the nearest-dated matching event already stored, else it starts a cluster keyed by its own date. Keys
are strings, not row ids, so deleting or re-coding a document never leaves another event pointing at a
missing row. Undated events are never clustered.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["WINDOW_DAYS", "cluster_key", "signature", "window"]

WINDOW_DAYS = 3
"""Largest gap in days between the event dates of two reports of one event (different outlets date the
same meeting by their own publication day, often a day or two apart)."""


def _codes(values: Iterable[Any] | None) -> tuple[str, ...]:
    return tuple(sorted({str(v) for v in values or () if v}))


def signature(event: Mapping[str, Any]) -> str:
    """What reports of one event share: type, sorted sources, sorted targets and polarity."""
    source = ",".join(_codes(event.get("source")))
    target = ",".join(_codes(event.get("target")))
    return f"{event.get('event', '')}|{source}|{target}|{event.get('polarity') or 'asserted'}"


def cluster_key(event: Mapping[str, Any], day: dt.date) -> str:
    """A new cluster's key: the signature's digest and the day of its first report (at most 40 chars)."""
    digest = hashlib.blake2b(signature(event).encode("utf-8"), digest_size=12).hexdigest()
    return f"{digest}@{day.isoformat()}"


def window(day: dt.date) -> tuple[dt.date, dt.date]:
    """The event dates a report dated ``day`` may share a cluster with."""
    gap = dt.timedelta(days=WINDOW_DAYS)
    return day - gap, day + gap
