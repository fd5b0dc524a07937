"""Initial schema: sources, documents, topics, membership, ingest log, full-text search.

Revision ID: 0001_initial
Revises:
"""

from __future__ import annotations

from alembic import op

from detente.store import search
from detente.store.schema import documents, ingest_log, minhash_bands, sources, topic_documents, topics

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None

_TABLES = (sources, documents, topics, topic_documents, minhash_bands, ingest_log)


def upgrade() -> None:
    bind = op.get_bind()
    for table in _TABLES:
        table.create(bind)
    for statement in search.ddl(bind.dialect.name):
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    for statement in search.drop_ddl(bind.dialect.name):
        op.execute(statement)
    for table in reversed(_TABLES):
        table.drop(bind)
