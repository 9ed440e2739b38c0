"""Migrations up and down, on SQLite and PostgreSQL."""
from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect

from conflictwatch.errors import DatabaseUnavailable, SchemaOutOfDate
from conflictwatch.store import Store, migrate

TABLES = {"reports", "mentions", "events", "event_sources", "actors", "event_actors", "places", "conflicts",
          "audit_log"}


def test_migrations_go_up_down_and_up_again(db_url):
    store = Store(db_url)
    engine = store.engine
    assert TABLES <= set(inspect(engine).get_table_names())
    assert migrate.current_revision(engine) == migrate.head_revision()
    migrate.downgrade(engine, "base")
    left = set(inspect(engine).get_table_names()) - {"alembic_version"}
    assert not (left & TABLES) and not any(t.endswith("_fts") for t in left)
    migrate.upgrade(engine, "head")
    assert TABLES <= set(inspect(engine).get_table_names())
    store.close()


def test_an_unmigrated_database_is_refused_when_migration_is_off(db_url):
    with pytest.raises(SchemaOutOfDate) as err:
        Store(db_url, migrate_to_head=False)
    assert err.value.code == "E303"


def test_a_database_that_cannot_be_opened_says_so(tmp_path):
    with pytest.raises(DatabaseUnavailable) as err:
        Store(f"sqlite:///{tmp_path}/no/such/folder/x.db")
    assert "E301" in str(err.value)


def test_open_takes_a_bare_path_as_sqlite(tmp_path):
    store = Store.open(str(tmp_path / "plain.db"))
    assert store.dialect == "sqlite" and (tmp_path / "plain.db").exists()
    store.close()
