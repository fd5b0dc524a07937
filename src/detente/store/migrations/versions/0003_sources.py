"""The crawl registry (sources to fetch on a schedule, with their health) and the fetch log.

Revision ID: 0003_sources
Revises: 0002_events
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_sources"
down_revision = "0002_events"
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "crawl_sources",
        sa.Column("id", Id, autoincrement=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("topic", sa.String(120)),
        sa.Column("interval_s", sa.Float, nullable=False),
        sa.Column("next_due", sa.DateTime(timezone=True), nullable=False),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("last_fetch_at", sa.DateTime(timezone=True)),
        sa.Column("last_status", sa.Integer),
        sa.Column("last_outcome", sa.String(20)),
        sa.Column("last_new", sa.Integer),
        sa.Column("last_error", sa.Text),
        sa.Column("last_success_at", sa.DateTime(timezone=True)),
        sa.Column("last_new_at", sa.DateTime(timezone=True)),
        sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
        sa.Column("backoff_until", sa.DateTime(timezone=True)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_crawl_sources"),
        sa.UniqueConstraint("url", name="uq_crawl_sources_url"),
    )
    op.create_index("ix_crawl_sources_next_due", "crawl_sources", ["next_due"])
    op.create_table(
        "fetch_log",
        sa.Column("id", Id, autoincrement=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source_id", Id),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("final_url", sa.Text),
        sa.Column("status", sa.Integer),
        sa.Column("bytes", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("duration_ms", sa.Integer, nullable=False, server_default="0"),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("reason", sa.String(40)),
        sa.Column("detail", sa.Text),
        sa.PrimaryKeyConstraint("id", name="pk_fetch_log"),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["crawl_sources.id"],
            name="fk_fetch_log_source_id_crawl_sources",
            ondelete="SET NULL",
        ),
    )
    op.create_index("ix_fetch_log_at", "fetch_log", ["at"])
    op.create_index("ix_fetch_log_source_id", "fetch_log", ["source_id"])


def downgrade() -> None:
    op.drop_table("fetch_log")
    op.drop_table("crawl_sources")
