"""Initial schema: sources, documents, topics, membership, MinHash bands, ingest log, full-text search.

Revision ID: 0001_initial
Revises:

The tables are written out here, not taken from ``schema.py``, so this revision never changes once
released; a test checks that the migrated database and ``schema.py`` agree.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from detente.store import search

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("kind", sa.String(20)),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sources"),
        sa.UniqueConstraint("name", name="uq_sources_name"),
    )
    op.create_table(
        "documents",
        sa.Column("id", Id, autoincrement=True),
        sa.Column("doc_key", sa.Text, nullable=False),
        sa.Column("canonical_url", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("source_id", Id),
        sa.Column("kind", sa.String(20), nullable=False, server_default="article"),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("published", sa.Date),
        sa.Column("precision", sa.String(5)),
        sa.Column("teaser", sa.Text, nullable=False, server_default=""),
        sa.Column("body", sa.Text, nullable=False, server_default=""),
        sa.Column("language", sa.String(12)),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("minhash", sa.LargeBinary),
        sa.Column("raw", sa.LargeBinary),
        sa.Column("raw_encoding", sa.String(10)),
        sa.Column("content_type", sa.String(200)),
        sa.Column("fetched_at", TS),
        sa.Column("ingested_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("status", sa.String(10), nullable=False, server_default="ok"),
        sa.Column("reason", sa.String(40)),
        sa.Column("duplicate_of", Id),
        sa.Column("similarity", sa.String(10)),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
        sa.UniqueConstraint("doc_key", name="uq_documents_doc_key"),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name="fk_documents_source_id_sources", ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["duplicate_of"],
            ["documents.id"],
            name="fk_documents_duplicate_of_documents",
            ondelete="SET NULL",
        ),
    )
    for name, column in (
        ("ix_documents_content_hash", "content_hash"),
        ("ix_documents_published", "published"),
        ("ix_documents_canonical_url", "canonical_url"),
        ("ix_documents_duplicate_of", "duplicate_of"),
        ("ix_documents_source_id", "source_id"),
    ):
        op.create_index(name, "documents", [column])
    op.create_table(
        "topics",
        sa.Column("id", Id, autoincrement=True),
        sa.Column("slug", sa.String(120), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("overview", sa.Text, nullable=False, server_default=""),
        sa.Column("rule", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_topics"),
        sa.UniqueConstraint("slug", name="uq_topics_slug"),
    )
    op.create_table(
        "topic_documents",
        sa.Column("topic_id", Id, nullable=False),
        sa.Column("document_id", Id, nullable=False),
        sa.Column("how", sa.String(10), nullable=False, server_default="explicit"),
        sa.Column("added_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("topic_id", "document_id", name="pk_topic_documents"),
        sa.ForeignKeyConstraint(
            ["topic_id"], ["topics.id"], name="fk_topic_documents_topic_id_topics", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name="fk_topic_documents_document_id_documents",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_topic_documents_document_id", "topic_documents", ["document_id"])
    op.create_table(
        "minhash_bands",
        sa.Column("document_id", Id, nullable=False),
        sa.Column("band_key", sa.BigInteger, nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name="fk_minhash_bands_document_id_documents",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_minhash_bands_band_key", "minhash_bands", ["band_key"])
    op.create_index("ix_minhash_bands_document_id", "minhash_bands", ["document_id"])
    op.create_table(
        "ingest_log",
        sa.Column("id", Id, autoincrement=True),
        sa.Column("run_id", sa.String(36), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("location", sa.Text, nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("reason", sa.String(40)),
        sa.Column("detail", sa.Text),
        sa.Column("document_id", Id),
        sa.PrimaryKeyConstraint("id", name="pk_ingest_log"),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name="fk_ingest_log_document_id_documents", ondelete="SET NULL"
        ),
    )
    op.create_index("ix_ingest_log_run_id", "ingest_log", ["run_id"])
    op.create_index("ix_ingest_log_outcome", "ingest_log", ["outcome"])
    for statement in search.ddl(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    for statement in search.drop_ddl(op.get_bind().dialect.name):
        op.execute(statement)
    for table in ("ingest_log", "minhash_bands", "topic_documents", "topics", "documents", "sources"):
        op.drop_table(table)
