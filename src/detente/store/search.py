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


COUNT_CAP = 1000
"""Totals are counted up to this many matches; past it :attr:`SearchPage.capped` is set."""
RANK_WINDOW = 2000
"""Relevance is computed over at most this many matches, the most recently stored ones; below it, exactly."""
SCAN_BY_DATE = 5000
"""Date order over more matches than this walks the date index and probes the full-text index per row."""


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
    capped: bool = False
    """``total`` is a lower bound: more than :data:`COUNT_CAP` documents match."""


_WORD = re.compile(r"\w+", re.UNICODE)


def terms(query: str) -> list[str]:
    """The words of a free-text query (operators and punctuation are ignored)."""
    return _WORD.findall(query)[:32]


@dataclass(frozen=True, slots=True)
class _Filters:
    sql: str
    params: dict[str, object]


def _filters(
    dialect: str,
    *,
    topic_id: int | None,
    source_id: int | None,
    date_from: dt.date | None,
    date_to: dt.date | None,
) -> _Filters:
    # coalesce() keeps SQLite from choosing the sparse duplicate_of index for "IS NULL".
    parts = [
        "coalesce(d.duplicate_of, 0) = 0" if dialect == "sqlite" else "d.duplicate_of IS NULL",
        "d.status = 'ok'",
    ]
    params: dict[str, object] = {}
    if topic_id is not None:
        parts.append(
            "EXISTS (SELECT 1 FROM topic_documents td WHERE td.topic_id = :topic_id AND td.document_id = d.id)"
        )
        params["topic_id"] = topic_id
    if source_id is not None:
        parts.append("d.source_id = :source_id")
        params["source_id"] = source_id
    if date_from is not None:
        parts.append("d.published >= :date_from")
        params["date_from"] = date_from
    if date_to is not None:
        parts.append("d.published <= :date_to")
        params["date_to"] = date_to
    return _Filters(" AND ".join(parts), params)


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
    """Documents matching every word of ``query`` with a snippet each, duplicates left out.

    The work per query is bounded whatever the store's size: totals are counted up to
    :data:`COUNT_CAP`, relevance is ranked within :data:`RANK_WINDOW` matches, and date order over
    many matches walks the date index instead of sorting every match.
    """
    words = terms(query)
    if not words:
        return SearchPage(hits=[], total=0)
    filters = _filters(
        conn.dialect.name, topic_id=topic_id, source_id=source_id, date_from=date_from, date_to=date_to
    )
    run = _sqlite if conn.dialect.name == "sqlite" else _postgres
    return run(conn, words, filters, limit=limit, offset=offset, order=order)


def _sqlite(
    conn: Connection, words: list[str], f: _Filters, *, limit: int, offset: int, order: str
) -> SearchPage:
    params = {
        **f.params,
        "q": " ".join('"' + w.replace('"', '""') + '"' for w in words),
        "limit": limit,
        "offset": offset,
    }
    matched = "SELECT rowid FROM documents_fts WHERE documents_fts MATCH :q"
    # The full-text index drives the join, so counting stops after COUNT_CAP + 1 rows.
    total = _count(
        conn,
        f"SELECT 1 FROM documents_fts f CROSS JOIN documents d WHERE documents_fts MATCH :q AND d.id = f.rowid AND {f.sql}",
        params,
    )
    if order == "relevance":
        sql = (
            "WITH hits AS (SELECT rowid AS id, bm25(documents_fts, 10.0, 4.0, 1.0) AS rank FROM documents_fts "
            "WHERE documents_fts MATCH :q ORDER BY rowid DESC LIMIT :window) "
            f"SELECT d.id, hits.rank FROM hits JOIN documents d ON d.id = hits.id WHERE {f.sql} "
            "ORDER BY hits.rank, d.id LIMIT :limit OFFSET :offset"
        )
        params["window"] = RANK_WINDOW
    elif _many(conn, matched, params):
        sql = (
            f"SELECT d.id, 0 FROM documents d INDEXED BY ix_documents_published WHERE {f.sql} "
            "AND d.published IS NOT NULL AND EXISTS (SELECT 1 FROM documents_fts "
            "WHERE documents_fts MATCH :q AND rowid = d.id) ORDER BY d.published DESC, d.id DESC LIMIT :limit OFFSET :offset"
        )
    else:
        sql = (
            f"SELECT d.id, 0 FROM documents d WHERE d.id IN ({matched}) AND {f.sql} "
            "ORDER BY d.published IS NULL, d.published DESC, d.id DESC LIMIT :limit OFFSET :offset"
        )
    ranked = [(int(r[0]), float(r[1] or 0.0)) for r in conn.execute(text(sql), params)]
    snippets = {}
    if ranked:
        ids = ",".join(str(i) for i, _ in ranked)
        snippet_sql = (
            f"SELECT rowid, snippet(documents_fts, 2, '{MARK_START}', '{MARK_END}', '…', 24) FROM documents_fts "
            f"WHERE documents_fts MATCH :q AND rowid IN ({ids})"
        )
        snippets = {int(r[0]): r[1] or "" for r in conn.execute(text(snippet_sql), {"q": params["q"]})}
    return _page(conn, ranked, snippets, total)


def _postgres(
    conn: Connection, words: list[str], f: _Filters, *, limit: int, offset: int, order: str
) -> SearchPage:
    params = {**f.params, "q": " ".join(words), "limit": limit, "offset": offset, "window": RANK_WINDOW}
    tsq = "plainto_tsquery('english', :q)"
    total = _count(conn, f"SELECT 1 FROM documents d WHERE d.tsv @@ {tsq} AND {f.sql}", params)
    if order == "relevance":
        sql = (
            f"WITH hits AS (SELECT d.id, ts_rank_cd(d.tsv, {tsq}) AS rank FROM documents d "
            f"WHERE d.tsv @@ {tsq} AND {f.sql} ORDER BY d.id DESC LIMIT :window) "
            "SELECT id, rank FROM hits ORDER BY rank DESC, id LIMIT :limit OFFSET :offset"
        )
    else:
        sql = (
            f"SELECT d.id, 0 FROM documents d WHERE d.tsv @@ {tsq} AND {f.sql} "
            "ORDER BY d.published DESC NULLS LAST, d.id DESC LIMIT :limit OFFSET :offset"
        )
    ranked = [(int(r[0]), float(r[1] or 0.0)) for r in conn.execute(text(sql), params)]
    snippets = {}
    if ranked:
        ids = ",".join(str(i) for i, _ in ranked)
        snippet_sql = (
            f"SELECT id, ts_headline('english', left(body, 100000), {tsq}, "
            f"'StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=30, MinWords=10') FROM documents WHERE id IN ({ids})"
        )
        snippets = {int(r[0]): r[1] or "" for r in conn.execute(text(snippet_sql), {"q": params["q"]})}
    return _page(conn, ranked, snippets, total)


def _count(conn: Connection, rows_sql: str, params: dict[str, object]) -> tuple[int, bool]:
    n = int(
        conn.execute(
            text(f"SELECT count(*) FROM ({rows_sql} LIMIT {COUNT_CAP + 1}) AS c"), params
        ).scalar_one()
    )
    return (COUNT_CAP, True) if n > COUNT_CAP else (n, False)


def _many(conn: Connection, matched_sql: str, params: dict[str, object]) -> bool:
    n = conn.execute(
        text(f"SELECT count(*) FROM ({matched_sql} LIMIT {SCAN_BY_DATE + 1}) AS c"), params
    ).scalar_one()
    return int(n) > SCAN_BY_DATE


def _page(
    conn: Connection, ranked: list[tuple[int, float]], snippets: dict[int, str], total: tuple[int, bool]
) -> SearchPage:
    if not ranked:
        return SearchPage(hits=[], total=total[0], capped=total[1])
    ids = ",".join(str(i) for i, _ in ranked)
    rows = {
        int(r[0]): r
        for r in conn.execute(
            text(
                f"SELECT id, title, published, precision, url, substr(body, 1, 200) FROM documents WHERE id IN ({ids})"
            )
        )
    }
    hits = []
    for doc_id, rank in ranked:
        r = rows[doc_id]
        snippet = snippets.get(doc_id) or (r[5] or "")[:200]
        hits.append(
            SearchHit(
                document_id=doc_id,
                title=r[1],
                snippet=snippet,
                published=_as_date(r[2]),
                precision=r[3],
                url=r[4],
                rank=rank,
            )
        )
    return SearchPage(hits=hits, total=total[0], capped=total[1])


def _as_date(value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
