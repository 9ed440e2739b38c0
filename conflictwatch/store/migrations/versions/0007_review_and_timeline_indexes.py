"""the review queue and a conflict's timeline read their page from an index

Revision ID: 0007_review_and_timeline_indexes
Revises: 0006_conflict_tallies
Create Date: 2026-12-04

- ``ix_events_review``: the analysts' queue (``store/review.py``: events not yet confirmed,
  corrected or rejected, lowest confidence first, then newest) in queue order. SQLite:
  partial (``WHERE status NOT IN ('confirmed', 'corrected', 'rejected')``, the queue's own
  condition, written as literals by the query) on ``(confidence, id DESC, status)``, so the
  page and the count read the index only; PostgreSQL: the same, ``status`` carried with
  INCLUDE. At 1M events, all new, the queue's page took 0.6-0.8 s (a sort of every event).
- ``ix_events_conflict_date``: a conflict's events in date order, for its timeline a page at
  a time (``Store.get_conflict(events_limit=...)``): ``(conflict_id, date, id)``, partial /
  INCLUDE (status) as the listings' indexes (migration 0003).
- ``ix_events_updated_at`` (migration 0004) again where it is missing: databases migrated
  through an earlier 0004 lack it, and the store's ``data_version`` reads its maximum.
"""
from __future__ import annotations

from alembic import op

revision = '0007_review_and_timeline_indexes'
down_revision = '0006_conflict_tallies'
branch_labels = None
depends_on = None

#: the queue's condition on status (store/review.py ``QUEUED``), as the partial index states it
QUEUED = "status NOT IN ('confirmed', 'corrected', 'rejected')"

SQLITE_UP = [
    f"CREATE INDEX IF NOT EXISTS ix_events_review ON events (confidence, id DESC, status) WHERE {QUEUED}",
    "CREATE INDEX IF NOT EXISTS ix_events_conflict_date ON events (conflict_id, date, id) "
    "WHERE status != 'rejected'",
    "CREATE INDEX IF NOT EXISTS ix_events_updated_at ON events (updated_at)",
]
PG_UP = [
    f"CREATE INDEX IF NOT EXISTS ix_events_review ON events (confidence, id DESC) INCLUDE (status) WHERE {QUEUED}",
    "CREATE INDEX IF NOT EXISTS ix_events_conflict_date ON events (conflict_id, date, id) INCLUDE (status)",
    "CREATE INDEX IF NOT EXISTS ix_events_updated_at ON events (updated_at)",
]
DOWN = ["DROP INDEX IF EXISTS ix_events_review", "DROP INDEX IF EXISTS ix_events_conflict_date"]


def _dialect() -> str:
    return op.get_bind().dialect.name


def upgrade() -> None:
    for sql in {"sqlite": SQLITE_UP, "postgresql": PG_UP}.get(_dialect(), []):
        op.execute(sql)
    if _dialect() in ("sqlite", "postgresql"):
        op.execute("ANALYZE events")


def downgrade() -> None:
    if _dialect() in ("sqlite", "postgresql"):
        for sql in DOWN:
            op.execute(sql)
