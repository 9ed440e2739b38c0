"""full-text tables that datasette recognises

Revision ID: 0004_fts_datasette
Revises: 0003
Create Date: 2026-12-04

datasette finds a table's FTS index by looking for ``content="events"`` (double quotes) or
``content=[events]`` in the virtual table's SQL; migration 0001 wrote ``content='events'``,
so ``?_search=`` was silently ignored. SQLite keeps a virtual table's SQL as written, so
the FTS5 tables (and their triggers) are dropped, created again with double quotes and
rebuilt from their content tables. PostgreSQL has no FTS5 tables: nothing to do.
Also an index on ``events.updated_at`` (both databases) for ``updated_since`` and the
API's ETags.
"""
from __future__ import annotations

from alembic import op

revision = '0004_fts_datasette'
down_revision = '0003'
branch_labels = None
depends_on = None


def _fts(table: str, columns: tuple[str, ...], quote: str) -> list[str]:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    fts = f"{table}_fts"
    return [
        f"DROP TRIGGER IF EXISTS {fts}_au", f"DROP TRIGGER IF EXISTS {fts}_ad",
        f"DROP TRIGGER IF EXISTS {fts}_ai", f"DROP TABLE IF EXISTS {fts}",
        f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content={quote}{table}{quote}, "
        f"content_rowid={quote}id{quote}, tokenize='unicode61 remove_diacritics 2')",
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {cols} ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def _sqlite(quote: str) -> list[str]:
    return _fts("reports", ("title", "text"), quote) + _fts("events", ("search_text",), quote)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for sql in _sqlite('"'):
            op.execute(sql)
    op.create_index("ix_events_updated_at", "events", ["updated_at"])


def downgrade() -> None:
    op.drop_index("ix_events_updated_at", table_name="events")
    if op.get_bind().dialect.name == "sqlite":
        for sql in _sqlite("'"):
            op.execute(sql)
