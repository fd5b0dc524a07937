"""Topic rows and the queries behind topic pages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, func, insert, select, update

from detente.errors import NotFound
from detente.model import TopicSpec
from detente.store.db import inserted_id
from detente.store.schema import documents, sources, topic_documents, topics


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def ensure_topic(conn: Connection, slug: str) -> int:
    """The id of topic ``slug``, creating a bare topic (title from the slug) when it does not exist."""
    found = conn.execute(select(topics.c.id).where(topics.c.slug == slug)).scalar_one_or_none()
    if found is not None:
        return int(found)
    title = slug.replace("-", " ").strip().capitalize() or slug
    return upsert_topic(conn, TopicSpec(slug=slug, title=title))


def upsert_topic(conn: Connection, spec: TopicSpec) -> int:
    """Create the topic or update its title, overview and rule (empty values keep what is stored)."""
    row = conn.execute(select(topics).where(topics.c.slug == spec.slug)).mappings().one_or_none()
    now = _now()
    if row is None:
        result = conn.execute(
            insert(topics).values(
                slug=spec.slug,
                title=spec.title,
                overview=spec.overview,
                rule=spec.rule,
                created_at=now,
                updated_at=now,
            )
        )
        return inserted_id(result)
    changes = {
        name: value
        for name, value in (("title", spec.title), ("overview", spec.overview), ("rule", spec.rule))
        if value and value != row[name]
    }
    if changes:
        conn.execute(update(topics).where(topics.c.id == row["id"]).values(updated_at=now, **changes))
    return int(row["id"])


@dataclass(frozen=True, slots=True)
class TopicSummary:
    id: int
    slug: str
    title: str
    overview: str
    rule: str
    documents: int
    last_published: dt.date | None
    updated_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class TopicItem:
    id: int
    published: dt.date | None
    precision: str | None
    title: str
    teaser: str
    url: str | None
    source_url: str | None


def list_topics(conn: Connection) -> list[TopicSummary]:
    counts = (
        select(
            topic_documents.c.topic_id,
            func.count().label("n"),
            func.max(documents.c.published).label("last"),
        )
        .join(documents, documents.c.id == topic_documents.c.document_id)
        .where(documents.c.duplicate_of.is_(None))
        .group_by(topic_documents.c.topic_id)
        .subquery()
    )
    rows = conn.execute(
        select(topics, counts.c.n, counts.c.last)
        .outerjoin(counts, counts.c.topic_id == topics.c.id)
        .order_by(topics.c.title)
    ).mappings()
    return [
        TopicSummary(
            id=int(r["id"]),
            slug=r["slug"],
            title=r["title"],
            overview=r["overview"],
            rule=r["rule"],
            documents=int(r["n"] or 0),
            last_published=_date(r["last"]),
            updated_at=r["updated_at"],
        )
        for r in rows
    ]


def get_topic(conn: Connection, slug: str) -> TopicSummary:
    for topic in list_topics(conn):
        if topic.slug == slug:
            return topic
    raise NotFound(f"no topic {slug!r}")


def topic_items(
    conn: Connection, topic_id: int, *, page: int = 1, per_page: int = 20
) -> tuple[list[TopicItem], int]:
    """A topic's documents newest first (undated last), duplicates left out; returns (items, total)."""
    where = (
        documents.c.id.in_(
            select(topic_documents.c.document_id).where(topic_documents.c.topic_id == topic_id)
        ),
        documents.c.duplicate_of.is_(None),
        documents.c.status == "ok",
    )
    total = conn.execute(select(func.count()).select_from(documents).where(*where)).scalar_one()
    rows = conn.execute(
        select(
            documents.c.id,
            documents.c.published,
            documents.c.precision,
            documents.c.title,
            documents.c.teaser,
            documents.c.url,
            sources.c.url.label("source_url"),
        )
        .outerjoin(sources, sources.c.id == documents.c.source_id)
        .where(*where)
        .order_by(documents.c.published.is_(None), documents.c.published.desc(), documents.c.id)
        .limit(per_page)
        .offset(max(0, page - 1) * per_page)
    ).mappings()
    items = [
        TopicItem(
            id=int(r["id"]),
            published=_date(r["published"]),
            precision=r["precision"],
            title=r["title"],
            teaser=r["teaser"],
            url=r["url"],
            source_url=r["source_url"],
        )
        for r in rows
    ]
    return items, int(total)


def _date(value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
