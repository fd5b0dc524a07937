"""Read-only queries behind the web pages: topic lookup, the news archive with its filters, the sources
of a topic and one document with its topics and near-duplicates.

Every query here is a single round trip (or a fixed few), bounded by a ``LIMIT``, and runs on SQLite and
PostgreSQL alike. The news list is ordered newest first (undated last, ties by id); the web page and the
topic JSON contract (:mod:`detente.contracts`) both read it from here.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, Connection, Select, and_, exists, func, select, text
from sqlalchemy.sql.elements import UnaryExpression

from detente.errors import NotFound
from detente.store.schema import documents, sources, topic_documents, topics

log = logging.getLogger(__name__)

COUNT_CAP = 10_000
"""Default limit of :func:`bounded_count`."""
FILTERED_COUNT_CAP = 2_000
"""Filtered archive lists count their matches up to here; past it the total is "at least" (``capped``)."""
SMALL_TOPIC = 5_000
"""Topics with at most this many documents are listed from their membership rows, not the date index."""
MAX_SOURCES = 50
MAX_DUPLICATES = 50


@dataclass(frozen=True, slots=True)
class TopicRef:
    id: int
    slug: str
    title: str
    overview: str
    updated_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class SourceInfo:
    id: int
    name: str
    url: str | None


@dataclass(frozen=True, slots=True)
class NewsFilters:
    """Archive filters; ``None`` means no filter."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    source_id: int | None = None


@dataclass(frozen=True, slots=True)
class NewsItem:
    id: int
    published: dt.date | None
    precision: str | None
    title: str
    teaser: str
    url: str | None
    source_name: str | None
    source_url: str | None
    updated_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class NewsPage:
    items: list[NewsItem]
    total: int
    """Matching items; with filters at most :data:`FILTERED_COUNT_CAP` (then see :attr:`capped`)."""
    page: int
    per_page: int
    capped: bool = False

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


@dataclass(frozen=True, slots=True)
class DocumentLink:
    id: int
    title: str
    published: dt.date | None
    precision: str | None
    similarity: float | None = None


@dataclass(frozen=True, slots=True)
class TopicLink:
    slug: str
    title: str


@dataclass(frozen=True, slots=True)
class DocumentDetail:
    id: int
    title: str
    published: dt.date | None
    precision: str | None
    teaser: str
    body: str
    url: str | None
    language: str | None
    kind: str
    status: str
    fetched_at: dt.datetime | None
    updated_at: dt.datetime | None
    source: SourceInfo | None
    duplicate_of: DocumentLink | None
    similarity: float | None
    topics: list[TopicLink] = field(default_factory=list)
    duplicates: list[DocumentLink] = field(default_factory=list)


def topic_by_slug(conn: Connection, slug: str) -> TopicRef:
    """One topic row by its slug (no counts); raises :class:`NotFound`."""
    row = (
        conn.execute(
            select(topics.c.id, topics.c.slug, topics.c.title, topics.c.overview, topics.c.updated_at).where(
                topics.c.slug == slug
            )
        )
        .mappings()
        .one_or_none()
    )
    if row is None:
        raise NotFound(f"no topic {slug!r}")
    return TopicRef(
        id=int(row["id"]),
        slug=row["slug"],
        title=row["title"],
        overview=row["overview"] or "",
        updated_at=row["updated_at"],
    )


def topic_id_by_slug(conn: Connection, slug: str) -> int | None:
    found = conn.execute(select(topics.c.id).where(topics.c.slug == slug)).scalar_one_or_none()
    return None if found is None else int(found)


def source_id_by_name(conn: Connection, name: str) -> int | None:
    found = conn.execute(select(sources.c.id).where(sources.c.name == name)).scalar_one_or_none()
    return None if found is None else int(found)


def _newest_first(conn: Connection) -> tuple[UnaryExpression[object], ...]:
    # SQLite sorts NULL first ascending, so DESC already puts undated items last and the published index
    # serves the order; PostgreSQL needs NULLS LAST said aloud.
    if conn.dialect.name == "sqlite":
        return (documents.c.published.desc(), documents.c.id.asc())
    return (documents.c.published.desc().nulls_last(), documents.c.id.asc())


def _listed(conn: Connection) -> list[ColumnElement[bool]]:
    """Documents shown in lists: not a duplicate, status ok."""
    if conn.dialect.name == "sqlite":
        # Almost every row has duplicate_of NULL: keep SQLite's planner away from that index.
        return [func.coalesce(documents.c.duplicate_of, 0) == 0, documents.c.status == "ok"]
    return [documents.c.duplicate_of.is_(None), documents.c.status == "ok"]


def _filter_conditions(filters: NewsFilters, *, source_by_date: bool = False) -> list[ColumnElement[bool]]:
    """Conditions for the filters; ``source_by_date`` keeps the planner off the source index (``+ 0``) so a
    large source is read along the date index instead of being sorted whole."""
    conditions: list[ColumnElement[bool]] = []
    if filters.date_from is not None:
        conditions.append(documents.c.published >= filters.date_from)
    if filters.date_to is not None:
        conditions.append(documents.c.published <= filters.date_to)
    if filters.source_id is not None:
        column = documents.c.source_id + 0 if source_by_date else documents.c.source_id
        conditions.append(column == filters.source_id)
    return conditions


def _source_size(conn: Connection, source_id: int) -> int:
    """Documents of one source (reads the source index only)."""
    return int(
        conn.execute(
            select(func.count()).select_from(documents).where(documents.c.source_id == source_id)
        ).scalar_one()
    )


def bounded_count(conn: Connection, query: Select[tuple[int]], *, cap: int = COUNT_CAP) -> int:
    """``count(*)`` of ``query``'s rows, stopping at ``cap``."""
    limited = query.limit(cap).subquery()
    return int(conn.execute(select(func.count()).select_from(limited)).scalar_one())


def topic_member_counts(conn: Connection, topic_id: int) -> tuple[int, int]:
    """(documents filed under the topic, those of them that duplicate another document).

    Both counts read indexes only (the topic_documents key and the duplicate_of index), never document
    rows, so they stay fast on large topics.
    """
    members = conn.execute(
        select(func.count()).select_from(topic_documents).where(topic_documents.c.topic_id == topic_id)
    ).scalar_one()
    member = exists().where(
        and_(topic_documents.c.topic_id == topic_id, topic_documents.c.document_id == documents.c.id)
    )
    duplicates = conn.execute(
        select(func.count()).select_from(documents).where(documents.c.duplicate_of.is_not(None), member)
    ).scalar_one()
    return int(members), int(duplicates)


def news_page(
    conn: Connection,
    topic_id: int,
    *,
    page: int = 1,
    per_page: int = 20,
    filters: NewsFilters | None = None,
) -> NewsPage:
    """One page of a topic's news (duplicates left out), newest first, with its total.

    Without filters the total is exact and read from indexes; with filters it is counted up to
    :data:`COUNT_CAP`. A large topic is read along the ``published`` index, a small one from its
    membership rows.
    """
    filters = filters or NewsFilters()
    members, duplicates = topic_member_counts(conn, topic_id)
    extra = _filter_conditions(filters)
    page_extra = extra
    if filters.source_id is not None and members > SMALL_TOPIC:
        by_date = _source_size(conn, filters.source_id) > SMALL_TOPIC
        page_extra = _filter_conditions(filters, source_by_date=by_date)
    columns = (
        documents.c.id,
        documents.c.published,
        documents.c.precision,
        documents.c.title,
        documents.c.teaser,
        documents.c.url,
        documents.c.updated_at,
        sources.c.name.label("source_name"),
        sources.c.url.label("source_url"),
    )
    if members <= SMALL_TOPIC:
        base = (
            select(*columns)
            .select_from(topic_documents)
            .join(documents, documents.c.id == topic_documents.c.document_id)
            .outerjoin(sources, sources.c.id == documents.c.source_id)
            .where(topic_documents.c.topic_id == topic_id, *_listed(conn), *extra)
        )
        counted = (
            select(documents.c.id)
            .select_from(topic_documents)
            .join(documents, documents.c.id == topic_documents.c.document_id)
            .where(topic_documents.c.topic_id == topic_id, *_listed(conn), *extra)
        )
    else:
        member = exists().where(
            and_(topic_documents.c.topic_id == topic_id, topic_documents.c.document_id == documents.c.id)
        )
        base = (
            select(*columns)
            .outerjoin(sources, sources.c.id == documents.c.source_id)
            .where(member, *_listed(conn), *page_extra)
        )
        counted = select(documents.c.id).where(member, *_listed(conn), *extra)
    total = bounded_count(conn, counted, cap=FILTERED_COUNT_CAP) if extra else members - duplicates
    offset = max(0, page - 1) * per_page
    rows = conn.execute(base.order_by(*_newest_first(conn)).limit(per_page).offset(offset)).mappings()
    items = [
        NewsItem(
            id=int(r["id"]),
            published=as_date(r["published"]),
            precision=r["precision"] if r["published"] is not None else None,
            title=r["title"],
            teaser=r["teaser"] or "",
            url=r["url"],
            source_name=r["source_name"],
            source_url=r["source_url"],
            updated_at=r["updated_at"],
        )
        for r in rows
    ]
    capped = bool(extra) and total >= FILTERED_COUNT_CAP
    return NewsPage(items=items, total=total, page=page, per_page=per_page, capped=capped)


def topic_sources(conn: Connection, topic_id: int, *, limit: int = MAX_SOURCES) -> list[SourceInfo]:
    """The sources that contributed at least one document to the topic, by name."""
    contributes = exists().where(
        and_(
            documents.c.source_id == sources.c.id,
            topic_documents.c.document_id == documents.c.id,
            topic_documents.c.topic_id == topic_id,
        )
    )
    rows = conn.execute(
        select(sources.c.id, sources.c.name, sources.c.url)
        .where(contributes)
        .order_by(sources.c.name)
        .limit(limit)
    ).all()
    return [SourceInfo(id=int(r[0]), name=r[1], url=r[2]) for r in rows]


def document_detail(conn: Connection, doc_id: int) -> DocumentDetail:
    """One document with its source, topics, the document it duplicates and its duplicates."""
    original = documents.alias("original")
    row = (
        conn.execute(
            select(
                documents,
                sources.c.name.label("source_name"),
                sources.c.url.label("source_url"),
                original.c.title.label("original_title"),
                original.c.published.label("original_published"),
                original.c.precision.label("original_precision"),
            )
            .outerjoin(sources, sources.c.id == documents.c.source_id)
            .outerjoin(original, original.c.id == documents.c.duplicate_of)
            .where(documents.c.id == doc_id)
        )
        .mappings()
        .one_or_none()
    )
    if row is None:
        raise NotFound(f"no document {doc_id}")
    source = (
        SourceInfo(id=int(row["source_id"]), name=row["source_name"], url=row["source_url"])
        if row["source_id"] is not None and row["source_name"] is not None
        else None
    )
    duplicate_of = None
    if row["duplicate_of"] is not None and row["original_title"] is not None:
        duplicate_of = DocumentLink(
            id=int(row["duplicate_of"]),
            title=row["original_title"],
            published=as_date(row["original_published"]),
            precision=row["original_precision"],
            similarity=_similarity(row["similarity"]),
        )
    return DocumentDetail(
        id=int(row["id"]),
        title=row["title"],
        published=as_date(row["published"]),
        precision=row["precision"] if row["published"] is not None else None,
        teaser=row["teaser"] or "",
        body=row["body"] or "",
        url=row["url"],
        language=row["language"],
        kind=row["kind"],
        status=row["status"],
        fetched_at=row["fetched_at"],
        updated_at=row["updated_at"],
        source=source,
        duplicate_of=duplicate_of,
        similarity=_similarity(row["similarity"]),
        topics=_document_topics(conn, doc_id),
        duplicates=_duplicates(conn, doc_id),
    )


def _document_topics(conn: Connection, doc_id: int) -> list[TopicLink]:
    rows = conn.execute(
        select(topics.c.slug, topics.c.title)
        .join(topic_documents, topic_documents.c.topic_id == topics.c.id)
        .where(topic_documents.c.document_id == doc_id)
        .order_by(topics.c.title)
    ).all()
    return [TopicLink(slug=r[0], title=r[1]) for r in rows]


def _duplicates(conn: Connection, doc_id: int) -> list[DocumentLink]:
    rows = conn.execute(
        select(
            documents.c.id,
            documents.c.title,
            documents.c.published,
            documents.c.precision,
            documents.c.similarity,
        )
        .where(documents.c.duplicate_of == doc_id)
        .order_by(documents.c.id)
        .limit(MAX_DUPLICATES)
    ).all()
    return [
        DocumentLink(
            id=int(r[0]),
            title=r[1],
            published=as_date(r[2]),
            precision=r[3] if r[2] is not None else None,
            similarity=_similarity(r[4]),
        )
        for r in rows
    ]


def _similarity(value: object) -> float | None:
    if value is None or value == "":
        return None
    try:
        return float(str(value))
    except ValueError:
        log.warning("unreadable similarity %r", value)
        return None


def as_date(value: object) -> dt.date | None:
    """A date from whatever the driver returns (``date``, ``datetime`` or ISO text)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def all_topics(conn: Connection, *, limit: int = 500) -> list[TopicLink]:
    """Every topic's slug and title, by title (for filter menus)."""
    rows = conn.execute(select(topics.c.slug, topics.c.title).order_by(topics.c.title).limit(limit)).all()
    return [TopicLink(slug=r[0], title=r[1]) for r in rows]


def all_sources(conn: Connection, *, limit: int = 500) -> list[SourceInfo]:
    """Every source, by name (for filter menus)."""
    rows = conn.execute(
        select(sources.c.id, sources.c.name, sources.c.url).order_by(sources.c.name).limit(limit)
    ).all()
    return [SourceInfo(id=int(r[0]), name=r[1], url=r[2]) for r in rows]


@dataclass(frozen=True, slots=True)
class TopicSummary:
    slug: str
    title: str
    documents: int
    """Documents filed under the topic, duplicates left out."""
    last_published: dt.date | None
    updated_at: dt.datetime | None


def topic_summaries(conn: Connection, *, limit: int = 500) -> list[TopicSummary]:
    """Every topic with its document count and newest date, in one statement that reads indexes and,
    per topic, a single row found along the date index (large topics) or its membership rows (small)."""
    listed = (
        "coalesce(d.duplicate_of, 0) = 0 AND d.status = 'ok'"
        if conn.dialect.name == "sqlite"
        else "d.duplicate_of IS NULL AND d.status = 'ok'"
    )
    sql = f"""
        SELECT t.slug, t.title, t.updated_at,
               coalesce(m.n, 0) - coalesce(x.n, 0) AS documents,
               CASE
                 WHEN coalesce(m.n, 0) = 0 THEN NULL
                 WHEN m.n > :small THEN (
                   SELECT d.published FROM documents d
                   WHERE d.published IS NOT NULL AND {listed}
                     AND EXISTS (SELECT 1 FROM topic_documents td
                                 WHERE td.topic_id = t.id AND td.document_id = d.id)
                   ORDER BY d.published DESC LIMIT 1)
                 ELSE (
                   SELECT max(d.published) FROM topic_documents td CROSS JOIN documents d
                   WHERE td.topic_id = t.id AND d.id = td.document_id AND {listed})
               END AS last_published
        FROM topics t
        LEFT JOIN (SELECT topic_id, count(*) AS n FROM topic_documents GROUP BY topic_id) m
          ON m.topic_id = t.id
        LEFT JOIN (SELECT td.topic_id, count(*) AS n
                   FROM documents d CROSS JOIN topic_documents td
                   WHERE d.duplicate_of IS NOT NULL AND td.document_id = d.id
                   GROUP BY td.topic_id) x
          ON x.topic_id = t.id
        ORDER BY t.title, t.slug
        LIMIT :limit
    """
    rows = conn.execute(text(sql), {"small": SMALL_TOPIC, "limit": limit}).all()
    return [
        TopicSummary(
            slug=r[0],
            title=r[1],
            updated_at=_datetime(r[2]),
            documents=int(r[3] or 0),
            last_published=as_date(r[4]),
        )
        for r in rows
    ]


def _datetime(value: object) -> dt.datetime | None:
    """A timestamp as an aware datetime (SQLite hands back naive UTC values or text)."""
    if value is None:
        return None
    stamp = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    return stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=dt.UTC)
