"""conflicts keep their tallies; events indexed by conflict and type

Revision ID: 0006_conflict_tallies
Revises: 0005_map_place_index
Create Date: 2026-12-04

``conflicts.tallies`` (JSON): the additive parts of a conflict's summary (counts of each
country, region, project, company, issue, type and date; sums of victims), so that ingest
updates a conflict by one event's difference instead of re-reading all its events (issue
#10). NULL for conflicts stored before: the store rebuilds them the first time it touches
one. ``ix_events_conflict_type`` serves the few events that detentions and days under
emergency are computed from, and a conflict's events.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006_conflict_tallies'
down_revision = '0005_map_place_index'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conflicts") as batch:
        batch.add_column(sa.Column("tallies", sa.JSON(), nullable=True))
    op.create_index("ix_events_conflict_type", "events", ["conflict_id", "type"])


def downgrade() -> None:
    op.drop_index("ix_events_conflict_type", table_name="events")
    with op.batch_alter_table("conflicts") as batch:
        batch.drop_column("tallies")
