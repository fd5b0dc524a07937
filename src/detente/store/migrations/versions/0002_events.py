"""Coded events with their evidence, and their actors for filtering by actor and dyad.

Revision ID: 0002_events
Revises: 0001_initial
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_events"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", Id, autoincrement=True),
        sa.Column("document_id", Id, nullable=False),
        sa.Column("field", sa.String(10), nullable=False),
        sa.Column("sentence_index", sa.Integer, nullable=False),
        sa.Column("sentence_start", sa.Integer, nullable=False),
        sa.Column("sentence_end", sa.Integer, nullable=False),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("event", sa.String(12), nullable=False),
        sa.Column("mode", sa.String(40), nullable=False, server_default=""),
        sa.Column("context", sa.String(60), nullable=False, server_default=""),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("polarity", sa.String(12), nullable=False),
        sa.Column("event_date", sa.String(10)),
        sa.Column("event_date_precision", sa.String(5)),
        sa.Column("event_day", sa.Date),
        sa.Column("cameo", sa.String(6)),
        sa.Column("goldstein", sa.Float),
        sa.Column("score", sa.Float),
        sa.Column("quad", sa.Integer),
        sa.Column("evidence_start", sa.Integer, nullable=False),
        sa.Column("evidence_end", sa.Integer, nullable=False),
        sa.Column("coder_version", sa.String(40), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name="fk_events_document_id_documents", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_events_document_id", "events", ["document_id"])
    op.create_index("ix_events_event", "events", ["event"])
    op.create_index("ix_events_event_day", "events", ["event_day"])
    op.create_table(
        "event_actors",
        sa.Column("event_id", Id, nullable=False),
        sa.Column("role", sa.String(6), nullable=False),
        sa.Column("code", sa.String(80), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name="fk_event_actors_event_id_events", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_event_actors_code", "event_actors", ["code", "role"])
    op.create_index("ix_event_actors_event_id", "event_actors", ["event_id"])


def downgrade() -> None:
    op.drop_table("event_actors")
    op.drop_table("events")
