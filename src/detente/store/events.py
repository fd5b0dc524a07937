"""Coded events in the store: written with their document, queried by type, actor, dyad, date, polarity,
and counted per month and quad class for timelines.

Lists and counts stay bounded on large stores: totals are counted up to a cap, lists walk the
``event_day`` index newest first, and a timeline counts at most the newest :data:`TIMELINE_CAP` events.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, and_, bindparam, delete, exists, func, insert, select

from detente.coding.cluster import cluster_key, window
from detente.model import DocumentEvent
from detente.store.db import inserted_id
from detente.store.schema import documents, event_actors, events, topic_documents
from detente.store.topics import apply_actor_rules

COUNT_CAP = 2_000
"""Event lists count their matches up to here (a total equal to it means "at least")."""
TIMELINE_CAP = 50_000
"""A timeline counts at most this many events, the newest."""
TIMELINE_MONTHS = 600
"""A timeline spans at most this many months, ending with the newest."""

_DELETE = delete(events).where(events.c.document_id == bindparam("doc_id"))
_INSERT = insert(events)
_INSERT_ACTORS = insert(event_actors)


def event_day(value: str | None) -> dt.date | None:
    """The first day of an event date given as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    if not value:
        return None
    parts = value.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 1
        day = int(parts[2]) if len(parts) > 2 else 1
        return dt.date(year, month, day)
    except (ValueError, IndexError):
        return None


def replace_events(conn: Connection, doc_id: int, coded: list[DocumentEvent], *, coder_version: str) -> int:
    """Replace a document's events (inside the caller's transaction); returns how many were written.

    Topic rules that select by actors depend on the events, so they are re-evaluated for the document here
    (on ingest and on ``detente recode`` alike)."""
    conn.execute(_DELETE, {"doc_id": doc_id})
    now = dt.datetime.now(dt.UTC)
    days = [event_day(item.event.get("event_date")) for item in coded]
    clusters = _ClusterIndex(conn, [(item.event, day) for item, day in zip(coded, days, strict=True)])
    for item, day in zip(coded, days, strict=True):
        e = item.event
        evidence = e.get("evidence") or {}
        row = {
            "document_id": doc_id,
            "field": item.field,
            "sentence_index": item.sentence_index,
            "sentence_start": item.sentence_start,
            "sentence_end": item.sentence_end,
            "sentence": item.sentence[:5000],
            "event": e["event"],
            "mode": e.get("mode") or "",
            "context": e.get("context") or "",
            "source": json.dumps(list(e.get("source") or []), ensure_ascii=False),
            "target": json.dumps(list(e.get("target") or []), ensure_ascii=False),
            "polarity": e.get("polarity") or "asserted",
            "event_date": e.get("event_date"),
            "event_date_precision": e.get("event_date_precision"),
            "event_day": day,
            "cameo": e.get("cameo"),
            "goldstein": e.get("goldstein"),
            "score": e.get("score"),
            "quad": e.get("quad"),
            "evidence_start": int(evidence.get("start", 0)),
            "evidence_end": int(evidence.get("end", len(item.sentence))),
            "coder_version": coder_version,
            "created_at": now,
            "cluster_key": clusters.key(e, day),
        }
        event_id = inserted_id(conn.execute(_INSERT, row))
        actors = [{"event_id": event_id, "role": "source", "code": c[:80]} for c in e.get("source") or []]
        actors += [{"event_id": event_id, "role": "target", "code": c[:80]} for c in e.get("target") or []]
        if actors:
            conn.execute(_INSERT_ACTORS, actors)
    apply_actor_rules(conn, doc_id)
    return len(coded)


class _ClusterIndex:
    """Cluster keys for one document's events: one query fetches the stored reports that could share a
    cluster with any of them (same types, dates within the window), then each event joins the nearest-dated
    matching cluster, among those and the document's own earlier events, or starts its own."""

    def __init__(self, conn: Connection, coded: list[tuple[dict[str, Any], dt.date | None]]) -> None:
        self.known: list[tuple[str, dt.date]] = []
        by_day: dict[dt.date, set[str]] = {}
        for e, d in coded:
            if d is not None:
                by_day.setdefault(d, set()).add(str(e.get("event", "")))
        for day, types in sorted(by_day.items()):  # a document states few distinct dates: one query each
            lo, hi = window(day)
            rows = conn.execute(
                select(events.c.cluster_key, events.c.event_day).where(
                    events.c.event.in_(sorted(types)),
                    events.c.event_day.between(lo, hi),
                    events.c.cluster_key.is_not(None),
                )
            ).all()
            for key, found in rows:
                value = _as_date(found)
                if key and value is not None:
                    self.known.append((str(key), value))

    def key(self, event: dict[str, Any], day: dt.date | None) -> str | None:
        if day is None:
            return None
        new = cluster_key(event, day)
        prefix = new.split("@", 1)[0] + "@"
        lo, hi = window(day)
        near = [(abs((d - day).days), k) for k, d in self.known if lo <= d <= hi and k.startswith(prefix)]
        chosen = min(near)[1] if near else new
        self.known.append((chosen, day))
        return chosen


@dataclass(frozen=True, slots=True)
class EventFilters:
    """``None`` means no filter. ``actor`` matches either side; ``dyad`` is (source, target) in that order;
    ``source`` and ``target`` match one side each (both together are the same as ``dyad``)."""

    event: str | None = None
    actor: str | None = None
    dyad: tuple[str, str] | None = None
    source: str | None = None
    target: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    polarity: str | None = None
    topic_id: int | None = None
    document_id: int | None = None


@dataclass(frozen=True, slots=True)
class StoredEvent:
    id: int
    document_id: int
    document_title: str
    field: str
    sentence: str
    event: str
    mode: str
    context: str
    source: list[str]
    target: list[str]
    polarity: str
    event_date: str | None
    event_date_precision: str | None
    cameo: str | None
    goldstein: float | None
    score: float | None
    quad: int | None
    evidence_start: int
    evidence_end: int
    coder_version: str
    cluster_key: str | None = None
    reports: int = 1
    """How many stored reports (this one included) share the event's cluster."""

    def as_dict(self) -> dict[str, Any]:
        """The event in the contract's shape plus where it comes from."""
        return {
            "id": self.id,
            "event": self.event,
            "mode": self.mode,
            "context": self.context,
            "source": self.source,
            "target": self.target,
            "polarity": self.polarity,
            "event_date": self.event_date,
            "event_date_precision": self.event_date_precision,
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "score": self.score,
            "quad": self.quad,
            "evidence": {
                "document_id": self.document_id,
                "field": self.field,
                "sentence": self.sentence,
                "start": self.evidence_start,
                "end": self.evidence_end,
            },
            "document": {
                "id": self.document_id,
                "title": self.document_title,
                "path": f"/documents/{self.document_id}",
            },
            "coder_version": self.coder_version,
            "cluster": {"key": self.cluster_key, "reports": self.reports},
        }


SMALL_SET = 5_000
"""A filter that selects at most this many rows drives the query; otherwise the date index does."""


def _actor_sides(f: EventFilters) -> list[tuple[str | None, str]]:
    """(role or ``None`` for either side, code) of every actor filter."""
    sides: list[tuple[str | None, str]] = [(None, f.actor)] if f.actor else []
    sides += [(role, code) for role, code in (("source", f.source), ("target", f.target)) if code]
    if f.dyad:
        sides += [("source", f.dyad[0]), ("target", f.dyad[1])]
    return sides


def _actor_rows(sides: list[tuple[str | None, str]]) -> Select[Any]:
    """Ids of the events that have every (role, code) of ``sides``: one join chain over ``event_actors``,
    driven by the first side's ``(code, role)`` index and probing the others by event id."""
    first = event_actors.alias("a0")
    query = select(first.c.event_id).where(first.c.code == sides[0][1])
    if sides[0][0]:
        query = query.where(first.c.role == sides[0][0])
    for n, (role, code) in enumerate(sides[1:], start=1):
        other = event_actors.alias(f"a{n}")
        on = [other.c.event_id == first.c.event_id, other.c.code == code]
        if role:
            on.append(other.c.role == role)
        query = query.join_from(first, other, and_(*on)) if n == 1 else query.join(other, and_(*on))
    return query.distinct() if len(sides) > 1 or not sides[0][0] else query


def _bounded(conn: Connection, query: Select[Any], cap: int) -> int:
    return int(conn.execute(select(func.count()).select_from(query.limit(cap).subquery())).scalar_one())


@dataclass(frozen=True, slots=True)
class _Plan:
    by_date: bool
    """No filter picks few rows: read along the ``event_day`` index (see :func:`_conditions`)."""
    event_ids: list[int] | None = None
    """The actor filters resolved to event ids, when they pick fewer than :data:`SMALL_SET`."""


def _plan(conn: Connection, f: EventFilters, *, many: bool = False) -> _Plan:
    """How to read the events of ``f``: from a filter that picks few rows, or along the date index. Each
    look costs at most :data:`SMALL_SET` index entries. ``many``: the caller reads many matches (a
    timeline), so an actor or type filter drives the query even when it picks many rows, rather than a
    walk along the date index that would visit every event to find the sparse matches."""
    sides = _actor_sides(f)
    if sides:
        found: list[int] = [int(i) for i in conn.execute(_actor_rows(sides).limit(SMALL_SET)).scalars()]
        if len(found) < SMALL_SET:
            return _Plan(by_date=False, event_ids=found)
    if many and (sides or f.event):
        return _Plan(by_date=False)
    if f.document_id is not None:
        return _Plan(by_date=False)
    if (
        f.event
        and _bounded(conn, select(events.c.id).where(events.c.event == f.event), SMALL_SET) < SMALL_SET
    ):
        return _Plan(by_date=False)
    if f.topic_id is not None:
        members = select(topic_documents.c.document_id).where(topic_documents.c.topic_id == f.topic_id)
        if _bounded(conn, members, SMALL_SET // 5) < SMALL_SET // 5:  # about five events a document
            return _Plan(by_date=False)
    return _Plan(by_date=True)


def _conditions(f: EventFilters, plan: _Plan | None = None) -> list[Any]:
    """The filters as conditions on ``events``.

    With ``plan.by_date`` (filters that match many rows) the planner is kept off the type index (the
    ``coalesce``) and actor and topic filters become correlated ``EXISTS`` probes by event or document id,
    so the matches are read along the ``event_day`` index, newest first, and the read stops at the page's
    end instead of collecting and sorting every match. Otherwise the filters are ``IN`` sets that drive
    the query from their own indexes (actor filters as the ids the plan resolved)."""
    by_date = plan is not None and plan.by_date
    cond: list[Any] = []
    if f.event:
        cond.append((func.coalesce(events.c.event, "") if by_date else events.c.event) == f.event)
    if f.polarity:
        cond.append(events.c.polarity == f.polarity)
    if f.date_from:
        cond.append(events.c.event_day >= f.date_from)
    if f.date_to:
        cond.append(events.c.event_day <= f.date_to)
    if f.document_id is not None:
        cond.append(events.c.document_id == f.document_id)
    sides = _actor_sides(f)
    if plan is not None and plan.event_ids is not None:
        cond.append(events.c.id.in_(plan.event_ids))
    elif sides and not by_date:
        cond.append(events.c.id.in_(_actor_rows(sides)))
    for role, code in sides if by_date else []:
        probe = exists().where(event_actors.c.event_id == events.c.id, event_actors.c.code == code)
        cond.append(probe.where(event_actors.c.role == role) if role else probe)
    if f.topic_id is not None:
        if by_date:
            cond.append(
                exists().where(
                    topic_documents.c.topic_id == f.topic_id,
                    topic_documents.c.document_id == events.c.document_id,
                )
            )
        else:
            cond.append(
                events.c.document_id.in_(
                    select(topic_documents.c.document_id).where(topic_documents.c.topic_id == f.topic_id)
                )
            )
    return cond


def _rows(conn: Connection, cond: list[Any], *, dated: bool, limit: int, offset: int) -> list[StoredEvent]:
    when = events.c.event_day.is_not(None) if dated else events.c.event_day.is_(None)
    order = (events.c.event_day.desc(), events.c.id.desc()) if dated else (events.c.id.desc(),)
    rows = conn.execute(
        select(events, documents.c.title.label("document_title"))
        .join(documents, documents.c.id == events.c.document_id)
        .where(*cond, when)
        .order_by(*order)
        .limit(limit)
        .offset(offset)
    ).mappings()
    return [_stored(r) for r in rows]


def events_page(
    conn: Connection, filters: EventFilters, *, page: int = 1, per_page: int = 50, count_cap: int = COUNT_CAP
) -> tuple[list[StoredEvent], int]:
    """Events newest first (by event date, undated last; the same date: the later coded first) with a total
    counted up to ``count_cap`` (a total equal to the cap means "at least").

    Dated and undated events are read apart, so that both backends can walk the ``event_day`` index in
    order (PostgreSQL's index cannot serve ``DESC NULLS LAST``); the undated ones are read only on the
    page where the dated ones run out."""
    cond = _conditions(filters, _plan(conn, filters))
    total = _bounded(conn, select(events.c.id).where(*cond), count_cap)
    offset = max(0, page - 1) * per_page
    found = _rows(conn, cond, dated=True, limit=per_page, offset=offset)
    if len(found) == per_page:
        return _with_reports(conn, found), total
    if found:
        dated = offset + len(found)
    else:  # past the dated events: count them, which costs no more than the offset
        dated = _bounded(conn, select(events.c.id).where(*cond, events.c.event_day.is_not(None)), offset)
    found += _rows(conn, cond, dated=False, limit=per_page - len(found), offset=max(0, offset - dated))
    return _with_reports(conn, found), total


def document_events(conn: Connection, doc_id: int, *, limit: int | None = None) -> list[StoredEvent]:
    """A document's events in text order (title first), at most ``limit`` of them."""
    query = (
        select(events, documents.c.title.label("document_title"))
        .join(documents, documents.c.id == events.c.document_id)
        .where(events.c.document_id == doc_id)
        .order_by(events.c.field.desc(), events.c.sentence_index, events.c.id)
    )
    if limit is not None:
        query = query.limit(limit)
    return _with_reports(conn, [_stored(r) for r in conn.execute(query).mappings()])


QUAD_NAMES = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
"""Quad classes 1 to 4, as named in JSON."""


@dataclass(frozen=True, slots=True)
class MonthCount:
    """Events of one month (``YYYY-MM``) by quad class: ``quads[0]`` is quad 1 ... ``quads[3]`` quad 4."""

    month: str
    quads: tuple[int, int, int, int]

    @property
    def cooperation(self) -> int:
        return self.quads[0] + self.quads[1]

    @property
    def conflict(self) -> int:
        return self.quads[2] + self.quads[3]

    def as_dict(self) -> dict[str, Any]:
        return {"month": self.month, **dict(zip(QUAD_NAMES, self.quads, strict=True))}


@dataclass(frozen=True, slots=True)
class Timeline:
    """Dated events per month, oldest month first, every month of the span present (zeros included).

    ``capped``: more events matched than were counted, so the span starts later than the oldest event
    (the oldest, partly counted month is left out)."""

    months: list[MonthCount]
    events: int
    capped: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "months": [m.as_dict() for m in self.months],
            "events": self.events,
            "capped": self.capped,
        }


def month_counts(
    conn: Connection, filters: EventFilters, *, cap: int = TIMELINE_CAP, max_months: int = TIMELINE_MONTHS
) -> Timeline:
    """Dated events matching ``filters`` per month and quad class, from the newest ``cap`` reports; reports
    of one event (one cluster key, :mod:`detente.coding.cluster`) count once per month."""
    cond = [
        *_conditions(filters, _plan(conn, filters, many=True)),
        events.c.event_day.is_not(None),
        events.c.quad.is_not(None),
    ]
    rows = conn.execute(
        select(events.c.event_day, events.c.quad, events.c.cluster_key, events.c.id)
        .where(*cond)
        .order_by(events.c.event_day.desc())
        .limit(cap + 1)
    ).all()
    capped = len(rows) > cap
    seen: set[tuple[int, int, int, str]] = (
        set()
    )  # (year, month, quad, cluster): reports of one event count once
    per_month: dict[tuple[int, int], list[int]] = {}
    for day, quad, key, event_id in rows[:cap] if capped else rows:
        value = _as_date(day)
        if value is None or not 1 <= int(quad) <= 4:
            continue
        mark = (value.year, value.month, int(quad), str(key) if key else f"#{event_id}")
        if mark in seen:
            continue
        seen.add(mark)
        per_month.setdefault((value.year, value.month), [0, 0, 0, 0])[int(quad) - 1] += 1
    if not per_month:
        return Timeline([], 0, capped)
    keys = sorted(per_month)
    if capped and len(keys) > 1:
        keys = keys[1:]  # the oldest month was cut by the cap: its counts are not whole
    first, last = keys[0], keys[-1]
    span = (last[0] - first[0]) * 12 + last[1] - first[1] + 1
    if span > max_months:
        capped = True
        index = last[0] * 12 + last[1] - 1 - (max_months - 1)
        first = (index // 12, index % 12 + 1)
    months = []
    year, month = first
    while (year, month) <= last:
        q = per_month.get((year, month), [0, 0, 0, 0])
        months.append(MonthCount(f"{year:04d}-{month:02d}", (q[0], q[1], q[2], q[3])))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return Timeline(months, sum(sum(m.quads) for m in months), capped)


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _stored(r: Any) -> StoredEvent:
    return StoredEvent(
        id=int(r["id"]),
        document_id=int(r["document_id"]),
        document_title=r["document_title"],
        field=r["field"],
        sentence=r["sentence"],
        event=r["event"],
        mode=r["mode"],
        context=r["context"],
        source=list(json.loads(r["source"])),
        target=list(json.loads(r["target"])),
        polarity=r["polarity"],
        event_date=r["event_date"],
        event_date_precision=r["event_date_precision"],
        cameo=r["cameo"],
        goldstein=r["goldstein"],
        score=r["score"],
        quad=r["quad"],
        evidence_start=int(r["evidence_start"]),
        evidence_end=int(r["evidence_end"]),
        coder_version=r["coder_version"],
        cluster_key=r["cluster_key"],
    )


def _with_reports(conn: Connection, found: list[StoredEvent]) -> list[StoredEvent]:
    """The events with the number of reports of each one's cluster (one grouped query for the page)."""
    keys = sorted({e.cluster_key for e in found if e.cluster_key})
    if not keys:
        return found
    counts: dict[str, int] = dict(
        conn.execute(
            select(events.c.cluster_key, func.count())
            .where(events.c.cluster_key.in_(keys))
            .group_by(events.c.cluster_key)
        ).all()
    )
    return [
        dataclasses.replace(e, reports=int(counts.get(e.cluster_key, 1))) if e.cluster_key else e
        for e in found
    ]


def change_token(conn: Connection, filters: EventFilters) -> tuple[int, int]:
    """A cheap value that changes when new events are written or the topic's membership changes size:
    (the newest event id, the number of the topic's documents); both read from indexes only."""
    newest = conn.execute(select(func.max(events.c.id))).scalar_one_or_none()
    members = 0
    if filters.topic_id is not None:
        members = conn.execute(
            select(func.count())
            .select_from(topic_documents)
            .where(topic_documents.c.topic_id == filters.topic_id)
        ).scalar_one()
    return int(newest or 0), int(members)
