"""Reports of the same event share a cluster key (see detente.coding.cluster).

Revision ID: 0004_event_clusters
Revises: 0003_sources

Existing events keep a NULL key and count one each until ``detente recode`` assigns keys.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_event_clusters"
down_revision = "0003_sources"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("cluster_key", sa.String(40)))
    op.create_index("ix_events_cluster_key", "events", ["cluster_key"])
    op.create_index("ix_events_event_event_day", "events", ["event", "event_day"])  # finds a report's cluster


def downgrade() -> None:
    op.drop_index("ix_events_event_event_day", table_name="events")
    op.drop_index("ix_events_cluster_key", table_name="events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("cluster_key")
