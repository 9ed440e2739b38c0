"""indexes for the API's listings at scale

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27

``list_events`` sorts newest first with ``date DESC NULLS LAST, id DESC`` and filters by
``upper(country)`` and ``type``, ``type``, ``lower(admin1)`` and a date range; ``list_conflicts`` sorts
by ``last_event DESC NULLS LAST, id``. These indexes let both databases read a page in
that order instead of sorting every matching row (1M events: docs/performance.md).

SQLite keeps NULLs lowest and appends the rowid to every index, so a backward scan of
``(…, date)`` is already ``date DESC NULLS LAST, id DESC``: its plain ``ix_events_date``
serves the unfiltered listing. PostgreSQL needs the order spelt out.
"""
from __future__ import annotations

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

SQLITE = [
    "CREATE INDEX ix_events_country_type_date ON events (upper(country), type, date)",
    "CREATE INDEX ix_events_admin1_date ON events (lower(admin1), date)",
    "CREATE INDEX ix_events_type_date ON events (type, date)",
    "CREATE INDEX ix_conflicts_last_event ON conflicts (last_event DESC)",
]
PG = [
    "CREATE INDEX ix_events_newest ON events (date DESC NULLS LAST, id DESC)",
    "CREATE INDEX ix_events_country_type_date ON events "
    "(upper(country), type, date DESC NULLS LAST, id DESC)",
    "CREATE INDEX ix_events_admin1_date ON events (lower(admin1), date DESC NULLS LAST, id DESC)",
    "CREATE INDEX ix_events_type_date ON events (type, date DESC NULLS LAST, id DESC)",
    "CREATE INDEX ix_conflicts_last_event ON conflicts (last_event DESC NULLS LAST, id)",
]
DROP = ["DROP INDEX IF EXISTS ix_conflicts_last_event", "DROP INDEX IF EXISTS ix_events_type_date",
        "DROP INDEX IF EXISTS ix_events_admin1_date",
        "DROP INDEX IF EXISTS ix_events_country_type_date", "DROP INDEX IF EXISTS ix_events_newest"]


def _dialect() -> str:
    return op.get_bind().dialect.name


def upgrade() -> None:
    for sql in {"sqlite": SQLITE, "postgresql": PG}.get(_dialect(), []):
        op.execute(sql)
    if _dialect() in ("sqlite", "postgresql"):
        op.execute("ANALYZE events")
        op.execute("ANALYZE conflicts")


def downgrade() -> None:
    if _dialect() in ("sqlite", "postgresql"):
        for sql in DROP:
            op.execute(sql)
