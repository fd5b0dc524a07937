"""Full-text search over documents behind one interface: SQLite FTS5 or PostgreSQL tsvector + GIN.

``ddl()`` gives the statements a migration runs; :func:`search` runs a query on either backend.
Snippets mark matches with :data:`MARK_START` / :data:`MARK_END` (private-use characters) so the web
layer can escape the text first and add its own markup after.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import Connection, text

MARK_START = "\ue000"
MARK_END = "\ue001"
_PG_BODY_CHARS = 400_000  # tsvector values are limited to 1 MB; index the first part of huge bodies

_SQLITE_DDL = (
    "CREATE VIRTUAL TABLE documents_fts USING fts5("
    "title, teaser, body, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN "
    "INSERT INTO documents_fts(rowid, title, teaser, body) VALUES (new.id, new.title, new.teaser, new.body); END",
    "CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, teaser, body) "
    "VALUES ('delete', old.id, old.title, old.teaser, old.body); END",
    "CREATE TRIGGER documents_fts_au AFTER UPDATE OF title, teaser, body ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, teaser, body) "
    "VALUES ('delete', old.id, old.title, old.teaser, old.body); "
    "INSERT INTO documents_fts(rowid, title, teaser, body) VALUES (new.id, new.title, new.teaser, new.body); END",
)

_PG_DDL = (
    "ALTER TABLE documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('english'::regconfig, coalesce(teaser, '')), 'B') || "
    f"setweight(to_tsvector('english'::regconfig, left(coalesce(body, ''), {_PG_BODY_CHARS})), 'C')"
    ") STORED",
    "CREATE INDEX ix_documents_tsv ON documents USING GIN (tsv)",
)


def ddl(dialect: str) -> tuple[str, ...]:
    if dialect == "sqlite":
        return _SQLITE_DDL
    if dialect == "postgresql":
        return _PG_DDL
    raise ValueError(f"full-text search is not available on {dialect}")


def drop_ddl(dialect: str) -> tuple[str, ...]:
    if dialect == "sqlite":
        return (
            "DROP TRIGGER IF EXISTS documents_fts_au",
            "DROP TRIGGER IF EXISTS documents_fts_ad",
            "DROP TRIGGER IF EXISTS documents_fts_ai",
            "DROP TABLE IF EXISTS documents_fts",
        )
    return ("DROP INDEX IF EXISTS ix_documents_tsv", "ALTER TABLE documents DROP COLUMN IF EXISTS tsv")


@dataclass(frozen=True, slots=True)
class SearchHit:
    document_id: int
    title: str
    snippet: str
    published: dt.date | None
    precision: str | None
    url: str | None
    rank: float


@dataclass(frozen=True, slots=True)
class SearchPage:
    hits: list[SearchHit]
    total: int


_WORD = re.compile(r"\w+", re.UNICODE)


def terms(query: str) -> list[str]:
    """The words of a free-text query (operators and punctuation are ignored)."""
    return _WORD.findall(query)[:32]


def search(
    conn: Connection,
    query: str,
    *,
    limit: int = 20,
    offset: int = 0,
    topic_id: int | None = None,
    source_id: int | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    order: str = "relevance",
) -> SearchPage:
    """Documents matching every word of ``query``, with a snippet each; duplicates are left out."""
    words = terms(query)
    if not words:
        return SearchPage(hits=[], total=0)
    params: dict[str, object] = {"limit": limit, "offset": offset}
    filters = ["d.duplicate_of IS NULL", "d.status = 'ok'"]
    if topic_id is not None:
        filters.append("d.id IN (SELECT document_id FROM topic_documents WHERE topic_id = :topic_id)")
        params["topic_id"] = topic_id
    if source_id is not None:
        filters.append("d.source_id = :source_id")
        params["source_id"] = source_id
    if date_from is not None:
        filters.append("d.published >= :date_from")
        params["date_from"] = date_from
    if date_to is not None:
        filters.append("d.published <= :date_to")
        params["date_to"] = date_to
    where = " AND ".join(filters)
    if conn.dialect.name == "sqlite":
        params["q"] = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        base = f"FROM documents_fts f JOIN documents d ON d.id = f.rowid WHERE documents_fts MATCH :q AND {where}"
        rank = "bm25(documents_fts, 10.0, 4.0, 1.0)"
        ordering = "rank ASC" if order == "relevance" else "d.published DESC, d.id DESC"
        sql = (
            f"SELECT d.id, d.title, snippet(documents_fts, 2, '{MARK_START}', '{MARK_END}', '…', 24) AS snip, "
            f"d.published, d.precision, d.url, {rank} AS rank {base} ORDER BY {ordering} LIMIT :limit OFFSET :offset"
        )
        count_sql = f"SELECT count(*) {base}"
    else:
        params["q"] = " ".join(words)
        base = f"FROM documents d WHERE d.tsv @@ plainto_tsquery('english', :q) AND {where}"
        ordering = "rank DESC" if order == "relevance" else "d.published DESC NULLS LAST, d.id DESC"
        sql = (
            "SELECT d.id, d.title, ts_headline('english', left(d.body, 100000), plainto_tsquery('english', :q), "
            f"'StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=30, MinWords=10') AS snip, "
            "d.published, d.precision, d.url, ts_rank_cd(d.tsv, plainto_tsquery('english', :q)) AS rank "
            f"{base} ORDER BY {ordering} LIMIT :limit OFFSET :offset"
        )
        count_sql = f"SELECT count(*) {base}"
    rows = conn.execute(text(sql), params).all()
    total = conn.execute(text(count_sql), params).scalar_one()
    hits = [
        SearchHit(
            document_id=int(r[0]),
            title=r[1],
            snippet=r[2] or "",
            published=_as_date(r[3]),
            precision=r[4],
            url=r[5],
            rank=float(r[6] or 0.0),
        )
        for r in rows
    ]
    return SearchPage(hits=hits, total=int(total))


def _as_date(value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
