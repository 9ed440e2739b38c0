"""Shared fixtures.

``db_url``: a fresh, empty database URL, once for SQLite (a temporary file) and once for
PostgreSQL. The PostgreSQL case uses ``CONFLICTWATCH_TEST_PG_URL`` (``scripts/start_postgres.sh``
prints one) and is skipped when it is unset; CI sets it. Each test gets an empty ``public``
schema.
"""
from __future__ import annotations

import os

import pytest

PG_URL_ENV = "CONFLICTWATCH_TEST_PG_URL"


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'conflictwatch.db'}"
    url = os.environ.get(PG_URL_ENV)
    if not url:
        pytest.skip(f"{PG_URL_ENV} is not set (scripts/start_postgres.sh starts a server and prints one)")
    _reset_postgres(url)
    return url


@pytest.fixture
def store(db_url):
    from conflictwatch.store import Store
    s = Store(db_url)
    yield s
    s.close()


def pytest_addoption(parser):
    parser.addoption("--slow", action="store_true", default=False,
                     help="also run the tests marked slow (corpus runs, data rebuilds)")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--slow") or os.environ.get("CONFLICTWATCH_SLOW"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow (or CONFLICTWATCH_SLOW=1)")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
