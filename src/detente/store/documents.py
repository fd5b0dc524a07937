"""Saving articles: identity, exact and near-duplicate links, updates, topic membership.

One call of :func:`save_article` runs inside the caller's transaction, so a document, its band keys,
its topic links and its ingest-log row are written together or not at all.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zlib
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from detente.coding.coder import CODER_VERSION
from detente.extract.dedup import Signature, canonical_url, content_hash, signature, similarity, tokens
from detente.model import Article, Outcome
from detente.settings import Settings
from detente.store.db import inserted_id
from detente.store.events import replace_events
from detente.store.schema import documents, ingest_log, minhash_bands, sources, topic_documents
from detente.store.topics import apply_rules, ensure_topic

# Statements are built once with bound parameters: building SQLAlchemy constructs per document costs
# more than running them.
_BY_KEY = select(documents).where(documents.c.doc_key == bindparam("key"))
_EXACT = (
    select(documents.c.id)
    .where(documents.c.content_hash == bindparam("hash"), documents.c.duplicate_of.is_(None))
    .order_by(documents.c.id)
    .limit(1)
)
_CANDIDATES = (
    select(documents.c.id, documents.c.minhash)
    .where(
        documents.c.id.in_(
            select(minhash_bands.c.document_id).where(
                minhash_bands.c.band_key.in_(bindparam("bands", expanding=True))
            )
        ),
        documents.c.duplicate_of.is_(None),
    )
    .order_by(documents.c.id)
    .limit(200)
)
_SOURCE = select(sources.c.id).where(sources.c.name == bindparam("name"))
_INSERT_DOC = insert(documents)
_INSERT_BANDS = insert(minhash_bands)
_DELETE_BANDS = delete(minhash_bands).where(minhash_bands.c.document_id == bindparam("doc_id"))
_INSERT_LOG = insert(ingest_log)
_MEMBER = select(topic_documents.c.topic_id).where(
    topic_documents.c.topic_id == bindparam("topic_id"), topic_documents.c.document_id == bindparam("doc_id")
)
_INSERT_MEMBER = insert(topic_documents)

_COMPARED = ("title", "published", "precision", "teaser", "body", "language")
_MIN_DUP_TOKENS = 8  # texts shorter than this are not marked as exact duplicates of each other


@dataclass(frozen=True, slots=True)
class SaveResult:
    outcome: Outcome
    document_id: int
    duplicate_of: int | None = None
    similarity: float | None = None
    content_written: bool = False
    """The document's title and body were written from this article (a new document or a full update)."""


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _clean(text: str | None, limit: int | None = None) -> str:
    if not text:
        return ""
    text = text.replace("\x00", "")
    return text[:limit] if limit else text


def document_key(article: Article) -> tuple[str, str | None]:
    """The identity of a document: its canonical URL, else a key from its source, date and title."""
    canon = canonical_url(article.url) if article.url else None
    if canon:
        return canon, canon
    basis = "\x1f".join(
        [
            article.source or "",
            article.published.isoformat() if article.published else "",
            " ".join(tokens(article.title)),
        ]
    )
    return "urn:detente:item:" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:40], None


def source_id(conn: Connection, name: str | None, *, url: str | None = None) -> int | None:
    if not name:
        return None
    found = conn.execute(_SOURCE, {"name": name}).scalar_one_or_none()
    if found is not None:
        return int(found)
    result = conn.execute(insert(sources), {"name": name, "url": url, "created_at": utcnow()})
    return inserted_id(result)


def save_article(
    conn: Connection,
    article: Article,
    *,
    settings: Settings,
    run_id: str,
    location: str,
    label: str,
) -> SaveResult:
    """Insert or update one article and log the outcome, all on ``conn`` (one transaction)."""
    key, canon = document_key(article)
    values = _values(article, canon)
    row = conn.execute(_BY_KEY, {"key": key}).mappings().one_or_none()
    if row is None:
        result = _insert(conn, key, values, article, settings)
    else:
        result = _update(conn, row, values, article, settings)
    for slug in article.topics:
        _link_topic(conn, slug, result.document_id)
    if result.outcome in (Outcome.INGESTED, Outcome.UPDATED, Outcome.DUPLICATE, Outcome.NEAR_DUPLICATE):
        apply_rules(conn, result.document_id)
    if result.content_written and result.duplicate_of is None and article.events is not None:
        replace_events(conn, result.document_id, article.events, coder_version=CODER_VERSION)
    log_item(
        conn,
        run_id=run_id,
        location=location,
        label=label,
        outcome=result.outcome,
        document_id=result.document_id,
    )
    return result


def _values(article: Article, canon: str | None) -> dict[str, object]:
    raw = article.raw
    return {
        "canonical_url": canon,
        "url": article.url,
        "kind": article.kind,
        "title": _clean(article.title, 2000).strip(),
        "published": article.published,
        "precision": (article.precision.value if article.precision else None) if article.published else None,
        "teaser": _clean(article.teaser, 5000),
        "body": _clean(article.body),
        "language": article.language,
        "raw": zlib.compress(raw, 6) if raw else None,
        "raw_encoding": "zlib" if raw else None,
        "content_type": article.content_type,
        "fetched_at": article.fetched_at,
    }


def _dedup_text(values: dict[str, object]) -> str:
    return str(values["body"] or values["teaser"] or values["title"])


def _insert(
    conn: Connection, key: str, values: dict[str, object], article: Article, settings: Settings
) -> SaveResult:
    now = utcnow()
    text = _dedup_text(values)
    chash = content_hash(text)
    sig = signature(
        text,
        num_perm=settings.minhash_permutations,
        shingle_size=settings.shingle_size,
        threshold=settings.near_duplicate_threshold,
    )
    dup_of: int | None = None
    sim: float | None = None
    outcome = Outcome.INGESTED
    if len(tokens(text)) >= _MIN_DUP_TOKENS:
        exact = conn.execute(_EXACT, {"hash": chash}).scalar_one_or_none()
        if exact is not None:
            dup_of, sim, outcome = int(exact), 1.0, Outcome.DUPLICATE
    if dup_of is None and sig is not None:
        near = _nearest(conn, sig, settings.near_duplicate_threshold)
        if near is not None:
            dup_of, sim, outcome = near[0], near[1], Outcome.NEAR_DUPLICATE
    result = conn.execute(
        _INSERT_DOC,
        {
            "doc_key": key,
            "source_id": source_id(conn, article.source),
            "content_hash": chash,
            "minhash": sig.to_bytes() if sig else None,
            "ingested_at": now,
            "updated_at": now,
            "status": "ok",
            "reason": None,
            "duplicate_of": dup_of,
            "similarity": f"{sim:.3f}" if sim is not None else None,
            **values,
        },
    )
    doc_id = inserted_id(result)
    if sig is not None and dup_of is None:
        _insert_bands(conn, doc_id, sig)
    return SaveResult(
        outcome=outcome, document_id=doc_id, duplicate_of=dup_of, similarity=sim, content_written=True
    )


def _update(
    conn: Connection, row: object, values: dict[str, object], article: Article, settings: Settings
) -> SaveResult:
    current = dict(row)  # type: ignore[call-overload]
    doc_id = int(current["id"])
    if current["kind"] == "article" and article.kind == "item":
        # A listing or feed entry never replaces a full article; it may only add a teaser.
        if values["teaser"] and not current["teaser"]:
            conn.execute(update(documents).where(documents.c.id == doc_id).values(teaser=values["teaser"]))
            return SaveResult(Outcome.UPDATED, doc_id, current["duplicate_of"])
        return SaveResult(Outcome.UNCHANGED, doc_id, current["duplicate_of"])
    if current["kind"] == "item" and article.kind == "article" and current["teaser"]:
        values["teaser"] = current["teaser"]  # the listing's teaser wins over a first paragraph
    if current["kind"] == "article" and article.kind == "article" and not values["raw"]:
        values["raw"], values["raw_encoding"] = current["raw"], current["raw_encoding"]
    if all(_same(current[name], values[name]) for name in _COMPARED) and current["kind"] == values["kind"]:
        return SaveResult(Outcome.UNCHANGED, doc_id, current["duplicate_of"])
    text = _dedup_text(values)
    sig = signature(
        text,
        num_perm=settings.minhash_permutations,
        shingle_size=settings.shingle_size,
        threshold=settings.near_duplicate_threshold,
    )
    conn.execute(
        update(documents)
        .where(documents.c.id == doc_id)
        .values(
            content_hash=content_hash(text),
            minhash=sig.to_bytes() if sig else None,
            updated_at=utcnow(),
            source_id=source_id(conn, article.source) or current["source_id"],
            **values,
        )
    )
    conn.execute(_DELETE_BANDS, {"doc_id": doc_id})
    if sig is not None and current["duplicate_of"] is None:
        _insert_bands(conn, doc_id, sig)
    return SaveResult(Outcome.UPDATED, doc_id, current["duplicate_of"], content_written=True)


def _same(a: object, b: object) -> bool:
    if isinstance(a, dt.date) or isinstance(b, dt.date):
        return str(a) == str(b)
    return (a or None) == (b or None)


def _insert_bands(conn: Connection, doc_id: int, sig: Signature) -> None:
    conn.execute(_INSERT_BANDS, [{"document_id": doc_id, "band_key": k} for k in sig.bands])


def _nearest(conn: Connection, sig: Signature, threshold: float) -> tuple[int, float] | None:
    candidates = conn.execute(_CANDIDATES, {"bands": list(sig.bands)}).all()
    best: tuple[int, float] | None = None
    for cand_id, blob in candidates:
        if not blob:
            continue
        sim = similarity(sig.values, Signature.values_from_bytes(bytes(blob)))
        if sim >= threshold and (best is None or sim > best[1]):
            best = (int(cand_id), sim)
    return best


def _link_topic(conn: Connection, slug: str, doc_id: int) -> None:
    topic_id = ensure_topic(conn, slug)
    exists = conn.execute(_MEMBER, {"topic_id": topic_id, "doc_id": doc_id}).first()
    if exists is None:
        conn.execute(
            _INSERT_MEMBER,
            {"topic_id": topic_id, "document_id": doc_id, "how": "explicit", "added_at": utcnow()},
        )


def log_item(
    conn: Connection,
    *,
    run_id: str,
    location: str,
    label: str,
    outcome: Outcome,
    reason: str | None = None,
    detail: str | None = None,
    document_id: int | None = None,
) -> None:
    conn.execute(
        _INSERT_LOG,
        {
            "run_id": run_id,
            "at": utcnow(),
            "location": location[:2000],
            "label": label[:2000],
            "outcome": outcome.value,
            "reason": reason,
            "detail": (detail or "")[:2000] or None,
            "document_id": document_id,
        },
    )


def raw_bytes(blob: bytes | None, encoding: str | None) -> bytes | None:
    """The stored raw bytes of a document, decompressed."""
    if blob is None:
        return None
    return zlib.decompress(blob) if encoding == "zlib" else bytes(blob)
