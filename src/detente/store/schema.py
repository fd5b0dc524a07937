"""Tables, declared once with SQLAlchemy Core; migrations in ``migrations/`` create them."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

Id = BigInteger().with_variant(Integer(), "sqlite")

sources = Table(
    "sources",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("name", String(300), nullable=False, unique=True),
    Column("url", Text),
    Column("kind", String(20)),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("doc_key", Text, nullable=False, unique=True),
    Column("canonical_url", Text),
    Column("url", Text),
    Column("source_id", Id, ForeignKey("sources.id", ondelete="SET NULL")),
    Column("kind", String(20), nullable=False, server_default="article"),
    Column("title", Text, nullable=False),
    Column("published", Date),
    Column("precision", String(5)),
    Column("teaser", Text, nullable=False, server_default=""),
    Column("body", Text, nullable=False, server_default=""),
    Column("language", String(12)),
    Column("content_hash", String(64), nullable=False),
    Column("minhash", LargeBinary),
    Column("raw", LargeBinary),
    Column("raw_encoding", String(10)),
    Column("content_type", String(200)),
    Column("fetched_at", DateTime(timezone=True)),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("status", String(10), nullable=False, server_default="ok"),
    Column("reason", String(40)),
    Column("duplicate_of", Id, ForeignKey("documents.id", ondelete="SET NULL")),
    Column("similarity", String(10)),
    Index("ix_documents_content_hash", "content_hash"),
    Index("ix_documents_published", "published"),
    Index("ix_documents_canonical_url", "canonical_url"),
    Index("ix_documents_duplicate_of", "duplicate_of"),
    Index("ix_documents_source_id", "source_id"),
)

topics = Table(
    "topics",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("slug", String(120), nullable=False, unique=True),
    Column("title", Text, nullable=False),
    Column("overview", Text, nullable=False, server_default=""),
    Column("rule", Text, nullable=False, server_default=""),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

topic_documents = Table(
    "topic_documents",
    metadata,
    Column("topic_id", Id, ForeignKey("topics.id", ondelete="CASCADE"), primary_key=True),
    Column("document_id", Id, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("how", String(10), nullable=False, server_default="explicit"),
    Column("added_at", DateTime(timezone=True), nullable=False),
    Index("ix_topic_documents_document_id", "document_id"),
)

minhash_bands = Table(
    "minhash_bands",
    metadata,
    Column("document_id", Id, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("band_key", BigInteger, nullable=False),
    Index("ix_minhash_bands_band_key", "band_key"),
    Index("ix_minhash_bands_document_id", "document_id"),
)

ingest_log = Table(
    "ingest_log",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("run_id", String(36), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("location", Text, nullable=False),
    Column("label", Text, nullable=False),
    Column("outcome", String(20), nullable=False),
    Column("reason", String(40)),
    Column("detail", Text),
    Column("document_id", Id, ForeignKey("documents.id", ondelete="SET NULL")),
    Index("ix_ingest_log_run_id", "run_id"),
    Index("ix_ingest_log_outcome", "outcome"),
)

events = Table(
    "events",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("document_id", Id, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("field", String(10), nullable=False),
    Column("sentence_index", Integer, nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("event", String(12), nullable=False),
    Column("mode", String(40), nullable=False, server_default=""),
    Column("context", String(60), nullable=False, server_default=""),
    Column("source", Text, nullable=False),
    Column("target", Text, nullable=False),
    Column("polarity", String(12), nullable=False),
    Column("event_date", String(10)),
    Column("event_date_precision", String(5)),
    Column("event_day", Date),
    Column("cameo", String(6)),
    Column("goldstein", Float),
    Column("score", Float),
    Column("quad", Integer),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("coder_version", String(40), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("cluster_key", String(40)),
    Index("ix_events_document_id", "document_id"),
    Index("ix_events_event", "event"),
    Index("ix_events_event_day", "event_day"),
    Index("ix_events_cluster_key", "cluster_key"),
    Index("ix_events_event_event_day", "event", "event_day"),
)

event_actors = Table(
    "event_actors",
    metadata,
    Column("event_id", Id, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("role", String(6), nullable=False),
    Column("code", String(80), nullable=False),
    Index("ix_event_actors_code", "code", "role"),
    Index("ix_event_actors_event_id", "event_id"),
)

crawl_sources = Table(
    "crawl_sources",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("url", Text, nullable=False, unique=True),
    Column("kind", String(10), nullable=False),
    Column("topic", String(120)),
    Column("interval_s", Float, nullable=False),
    Column("next_due", DateTime(timezone=True), nullable=False),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_fetch_at", DateTime(timezone=True)),
    Column("last_status", Integer),
    Column("last_outcome", String(20)),
    Column("last_new", Integer),
    Column("last_error", Text),
    Column("last_success_at", DateTime(timezone=True)),
    Column("last_new_at", DateTime(timezone=True)),
    Column("failures", Integer, nullable=False, server_default="0"),
    Column("backoff_until", DateTime(timezone=True)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_crawl_sources_next_due", "next_due"),
)

fetch_log = Table(
    "fetch_log",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("source_id", Id, ForeignKey("crawl_sources.id", ondelete="SET NULL")),
    Column("url", Text, nullable=False),
    Column("final_url", Text),
    Column("status", Integer),
    Column("bytes", BigInteger, nullable=False, server_default="0"),
    Column("duration_ms", Integer, nullable=False, server_default="0"),
    Column("outcome", String(20), nullable=False),
    Column("reason", String(40)),
    Column("detail", Text),
    Index("ix_fetch_log_at", "at"),
    Index("ix_fetch_log_source_id", "source_id"),
)

__all__ = [
    "crawl_sources",
    "documents",
    "event_actors",
    "events",
    "fetch_log",
    "ingest_log",
    "metadata",
    "minhash_bands",
    "sources",
    "topic_documents",
    "topics",
]
