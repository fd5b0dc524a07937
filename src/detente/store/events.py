"""Coded events in the store: written with their document, queried by type, actor, dyad, date, polarity."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, insert, select

from detente.model import DocumentEvent
from detente.store.db import inserted_id
from detente.store.schema import documents, event_actors, events, topic_documents

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
    """Replace a document's events (inside the caller's transaction); returns how many were written."""
    conn.execute(_DELETE, {"doc_id": doc_id})
    now = dt.datetime.now(dt.UTC)
    for item in coded:
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
            "event_day": event_day(e.get("event_date")),
            "cameo": e.get("cameo"),
            "goldstein": e.get("goldstein"),
            "score": e.get("score"),
            "quad": e.get("quad"),
            "evidence_start": int(evidence.get("start", 0)),
            "evidence_end": int(evidence.get("end", len(item.sentence))),
            "coder_version": coder_version,
            "created_at": now,
        }
        event_id = inserted_id(conn.execute(_INSERT, row))
        actors = [{"event_id": event_id, "role": "source", "code": c[:80]} for c in e.get("source") or []]
        actors += [{"event_id": event_id, "role": "target", "code": c[:80]} for c in e.get("target") or []]
        if actors:
            conn.execute(_INSERT_ACTORS, actors)
    return len(coded)


@dataclass(frozen=True, slots=True)
class EventFilters:
    """``None`` means no filter. ``actor`` matches either side; ``dyad`` is (source, target) in that order."""

    event: str | None = None
    actor: str | None = None
    dyad: tuple[str, str] | None = None
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
        }


def _conditions(f: EventFilters) -> list[Any]:
    cond: list[Any] = []
    if f.event:
        cond.append(events.c.event == f.event)
    if f.polarity:
        cond.append(events.c.polarity == f.polarity)
    if f.date_from:
        cond.append(events.c.event_day >= f.date_from)
    if f.date_to:
        cond.append(events.c.event_day <= f.date_to)
    if f.document_id is not None:
        cond.append(events.c.document_id == f.document_id)
    if f.actor:
        cond.append(events.c.id.in_(select(event_actors.c.event_id).where(event_actors.c.code == f.actor)))
    if f.dyad:
        src, tgt = f.dyad
        cond.append(
            events.c.id.in_(
                select(event_actors.c.event_id).where(
                    event_actors.c.code == src, event_actors.c.role == "source"
                )
            )
        )
        cond.append(
            events.c.id.in_(
                select(event_actors.c.event_id).where(
                    event_actors.c.code == tgt, event_actors.c.role == "target"
                )
            )
        )
    if f.topic_id is not None:
        cond.append(
            events.c.document_id.in_(
                select(topic_documents.c.document_id).where(topic_documents.c.topic_id == f.topic_id)
            )
        )
    return cond


def events_page(
    conn: Connection, filters: EventFilters, *, page: int = 1, per_page: int = 50, count_cap: int = 10_000
) -> tuple[list[StoredEvent], int]:
    """Events newest first (by event date) with a total counted up to ``count_cap``."""
    cond = _conditions(filters)
    base = select(events.c.id).where(*cond)
    total = conn.execute(select(func.count()).select_from(base.limit(count_cap + 1).subquery())).scalar_one()
    rows = conn.execute(
        select(events, documents.c.title.label("document_title"))
        .join(documents, documents.c.id == events.c.document_id)
        .where(*cond)
        .order_by(events.c.event_day.is_(None), events.c.event_day.desc(), events.c.id)
        .limit(per_page)
        .offset(max(0, page - 1) * per_page)
    ).mappings()
    return [_stored(r) for r in rows], min(int(total), count_cap)


def document_events(conn: Connection, doc_id: int) -> list[StoredEvent]:
    """A document's events in text order (title first)."""
    rows = conn.execute(
        select(events, documents.c.title.label("document_title"))
        .join(documents, documents.c.id == events.c.document_id)
        .where(events.c.document_id == doc_id)
        .order_by(events.c.field.desc(), events.c.sentence_index, events.c.id)
    ).mappings()
    return [_stored(r) for r in rows]


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
    )
