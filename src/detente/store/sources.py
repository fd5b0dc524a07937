"""The crawl registry: sources fetched on a schedule, their health, and the fetch log.

A source is a URL with a kind (``feed``, ``listing``, ``page``, ``sitemap``), an optional topic and an
interval. Its row also holds the conditional-GET validators (``etag``, ``last_modified``, kept verbatim
and written only after the documents of that fetch are committed), the last fetch's outcome and the
failure count that drives back-off. Every function takes a connection, so the caller decides the
transaction.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, insert, or_, select, update

from detente.errors import ConfigError
from detente.store.db import inserted_id
from detente.store.schema import crawl_sources, fetch_log

KINDS = ("feed", "listing", "page", "sitemap")

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
_INTERVAL = re.compile(r"(\d+(?:\.\d+)?)([smhdw])")


def parse_interval(text: str) -> float:
    """Seconds in ``30m``, ``1h``, ``1h30m``, ``2d``, ``1w`` or a bare number of seconds."""
    value = text.strip().lower().replace(" ", "")
    if not value:
        raise ConfigError("an interval is empty (examples: 30m, 1h, 1d)")
    try:
        return float(value)
    except ValueError:
        pass
    pos = 0
    total = 0.0
    for match in _INTERVAL.finditer(value):
        if match.start() != pos:
            break
        total += float(match.group(1)) * _UNITS[match.group(2)]
        pos = match.end()
    if pos != len(value) or total <= 0:
        raise ConfigError(f"cannot read the interval {text!r} (examples: 30m, 1h, 1h30m, 1d)")
    return total


def format_interval(seconds: float) -> str:
    """``3600`` → ``1h``; ``5400`` → ``1h30m``; ``45`` → ``45s``."""
    left = round(seconds)
    if left <= 0:
        return f"{seconds:g}s"
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        if left >= size:
            parts.append(f"{left // size}{unit}")
            left %= size
    return "".join(parts)


def utc(value: dt.datetime | None) -> dt.datetime | None:
    """A stored timestamp as an aware UTC datetime (SQLite gives naive ones back)."""
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


@dataclass(frozen=True, slots=True)
class Source:
    """One registered source and its state."""

    id: int
    url: str
    kind: str
    topic: str | None
    interval_s: float
    next_due: dt.datetime
    etag: str | None = None
    last_modified: str | None = None
    last_fetch_at: dt.datetime | None = None
    last_status: int | None = None
    last_outcome: str | None = None
    last_new: int | None = None
    last_error: str | None = None
    last_success_at: dt.datetime | None = None
    last_new_at: dt.datetime | None = None
    failures: int = 0
    backoff_until: dt.datetime | None = None
    created_at: dt.datetime | None = None

    @classmethod
    def from_row(cls, row: Any) -> Source:
        values = dict(row)
        for key in (
            "next_due",
            "last_fetch_at",
            "last_success_at",
            "last_new_at",
            "backoff_until",
            "created_at",
        ):
            values[key] = utc(values[key])
        return cls(**values)

    def health(self, now: dt.datetime | None = None) -> str:
        """``new``, ``ok``, ``failing`` (the last fetch failed) or ``backing off`` (a pause is running)."""
        now = now or dt.datetime.now(dt.UTC)
        if self.last_fetch_at is None:
            return "new"
        if self.backoff_until is not None and self.backoff_until > now:
            return "backing off"
        return "failing" if self.failures else "ok"

    def as_dict(self, now: dt.datetime | None = None) -> dict[str, object]:
        def iso(value: dt.datetime | None) -> str | None:
            return value.isoformat() if value else None

        return {
            "url": self.url,
            "kind": self.kind,
            "topic": self.topic,
            "every": format_interval(self.interval_s),
            "health": self.health(now),
            "next_due": iso(self.next_due),
            "last_fetch_at": iso(self.last_fetch_at),
            "last_status": self.last_status,
            "last_outcome": self.last_outcome,
            "last_new": self.last_new,
            "last_error": self.last_error,
            "last_success_at": iso(self.last_success_at),
            "last_new_at": iso(self.last_new_at),
            "failures": self.failures,
            "backoff_until": iso(self.backoff_until),
            "etag": self.etag,
            "last_modified": self.last_modified,
        }


@dataclass(frozen=True, slots=True)
class SourceUpdate:
    """When one source last brought something, for the topic page."""

    url: str
    kind: str
    last_success_at: dt.datetime | None
    """The last fetch that worked (new documents or not)."""
    last_new_at: dt.datetime | None
    """The last fetch that brought at least one new document."""
    health: str


def add(
    conn: Connection,
    url: str,
    *,
    kind: str,
    topic: str | None,
    interval_s: float,
    now: dt.datetime,
) -> Source:
    """Register ``url`` (already vetted by the caller), due at once; :class:`ConfigError` if it exists."""
    if kind not in KINDS:
        raise ConfigError(f"unknown source kind {kind!r} (one of {', '.join(KINDS)})")
    if find(conn, url) is not None:
        raise ConfigError(f"source {url} is already registered")
    new_id = inserted_id(
        conn.execute(
            insert(crawl_sources),
            {
                "url": url,
                "kind": kind,
                "topic": topic,
                "interval_s": interval_s,
                "next_due": now,
                "failures": 0,
                "created_at": now,
            },
        )
    )
    return get(conn, new_id)


def get(conn: Connection, source_id: int) -> Source:
    row = conn.execute(select(crawl_sources).where(crawl_sources.c.id == source_id)).mappings().one()
    return Source.from_row(row)


def find(conn: Connection, url: str) -> Source | None:
    row = conn.execute(select(crawl_sources).where(crawl_sources.c.url == url)).mappings().one_or_none()
    return None if row is None else Source.from_row(row)


def remove(conn: Connection, url: str) -> bool:
    """Forget a source (its documents stay; its fetch-log rows lose the link)."""
    return bool(conn.execute(delete(crawl_sources).where(crawl_sources.c.url == url)).rowcount)


def all_sources(conn: Connection) -> list[Source]:
    rows = conn.execute(select(crawl_sources).order_by(crawl_sources.c.id)).mappings()
    return [Source.from_row(r) for r in rows]


def due(conn: Connection, now: dt.datetime) -> list[Source]:
    """Sources whose time has come and whose back-off is over, oldest due first."""
    query = (
        select(crawl_sources)
        .where(
            crawl_sources.c.next_due <= now,
            or_(crawl_sources.c.backoff_until.is_(None), crawl_sources.c.backoff_until <= now),
        )
        .order_by(crawl_sources.c.next_due, crawl_sources.c.id)
    )
    return [Source.from_row(r) for r in conn.execute(query).mappings()]


def next_due_at(conn: Connection) -> dt.datetime | None:
    """The earliest moment any source becomes due (back-off included), or ``None`` without sources."""
    best: dt.datetime | None = None
    for source in all_sources(conn):
        when = source.next_due
        if source.backoff_until is not None and source.backoff_until > when:
            when = source.backoff_until
        best = when if best is None or when < best else best
    return best


def record_success(
    conn: Connection,
    source_id: int,
    *,
    now: dt.datetime,
    status: int,
    outcome: str,
    new: int,
    etag: str | None,
    last_modified: str | None,
    next_due: dt.datetime,
) -> None:
    """A fetch worked (2xx ingested, or 304): reset failures, keep the validators, schedule the next."""
    values: dict[str, object] = {
        "last_fetch_at": now,
        "last_status": status,
        "last_outcome": outcome,
        "last_new": new,
        "last_error": None,
        "last_success_at": now,
        "failures": 0,
        "backoff_until": None,
        "next_due": next_due,
        "etag": etag,
        "last_modified": last_modified,
    }
    if new > 0:
        values["last_new_at"] = now
    conn.execute(update(crawl_sources).where(crawl_sources.c.id == source_id).values(**values))


def record_failure(
    conn: Connection,
    source_id: int,
    *,
    now: dt.datetime,
    status: int | None,
    outcome: str,
    error: str,
    failures: int,
    next_due: dt.datetime,
    backoff_until: dt.datetime | None,
) -> None:
    """A fetch failed or was refused: keep the validators, count the failure, schedule the retry."""
    conn.execute(
        update(crawl_sources)
        .where(crawl_sources.c.id == source_id)
        .values(
            last_fetch_at=now,
            last_status=status,
            last_outcome=outcome,
            last_new=0,
            last_error=error[:1000],
            failures=failures,
            next_due=next_due,
            backoff_until=backoff_until,
        )
    )


def log_fetch(
    conn: Connection,
    *,
    at: dt.datetime,
    url: str,
    outcome: str,
    status: int | None = None,
    size: int = 0,
    duration_ms: int = 0,
    reason: str | None = None,
    detail: str | None = None,
    final_url: str | None = None,
    source_id: int | None = None,
) -> None:
    conn.execute(
        insert(fetch_log),
        {
            "at": at,
            "url": url,
            "final_url": final_url,
            "status": status,
            "bytes": size,
            "duration_ms": duration_ms,
            "outcome": outcome,
            "reason": reason,
            "detail": detail,
            "source_id": source_id,
        },
    )


def recent_fetches(conn: Connection, *, url: str | None = None, limit: int = 50) -> list[dict[str, object]]:
    """The newest fetch-log rows (of one URL when given), newest first."""
    query = select(fetch_log).order_by(fetch_log.c.id.desc()).limit(limit)
    if url is not None:
        query = query.where(fetch_log.c.url == url)
    out = []
    for row in conn.execute(query).mappings():
        item = dict(row)
        item["at"] = utc(item["at"])
        out.append(item)
    return out


def source_updates(conn: Connection, *, topic: str | None = None) -> list[SourceUpdate]:
    """When each source (of ``topic``, or all) last fetched successfully and last brought news."""
    query = select(crawl_sources).order_by(crawl_sources.c.url)
    if topic is not None:
        query = query.where(crawl_sources.c.topic == topic)
    now = dt.datetime.now(dt.UTC)
    out = []
    for row in conn.execute(query).mappings():
        source = Source.from_row(row)
        out.append(
            SourceUpdate(
                url=source.url,
                kind=source.kind,
                last_success_at=source.last_success_at,
                last_new_at=source.last_new_at,
                health=source.health(now),
            )
        )
    return out
