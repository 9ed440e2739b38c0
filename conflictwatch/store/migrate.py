"""Alembic, driven from code: no alembic.ini; the URL comes from the Store or from settings."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(url: str | None = None, connection: Connection | None = None) -> Config:
    """An Alembic ``Config`` for our migrations; ``url`` defaults to settings' database_url."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url is None:
        from conflictwatch.config import get_settings
        url = get_settings().database_url
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


#: PostgreSQL advisory lock key held while migrating (any constant; "cwmigrat" in ASCII).
_PG_LOCK_KEY = 0x63776D6967726174


def _lock_for_migration(conn: Connection) -> None:
    """Serialise migrations between processes that open one database at once (two
    ingesters started together): the second waits, then finds the schema at head."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_LOCK_KEY})")
    elif conn.dialect.name == "sqlite":
        # pysqlite runs DDL outside any transaction; take the write lock first instead
        # (waits up to the busy timeout for another writer).
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def upgrade(engine: Engine, revision: str = "head") -> None:
    if revision == "head" and current_revision(engine) == head_revision():
        return
    with engine.begin() as conn:
        _lock_for_migration(conn)
        command.upgrade(alembic_config(engine.url.render_as_string(hide_password=False), conn), revision)


def downgrade(engine: Engine, revision: str = "base") -> None:
    with engine.begin() as conn:
        command.downgrade(alembic_config(engine.url.render_as_string(hide_password=False), conn), revision)
