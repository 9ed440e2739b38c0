"""datasette, run for real on a store: its ``?_search=`` uses the store's FTS5 tables."""
from __future__ import annotations

import asyncio

import pytest

from conflictwatch.store import Store
from tests.store.cases import CONGA_PROTEST, CONGA_STRIKE, EN_BLOCKADE, blockade_events, conga_events

datasette_app = pytest.importorskip("datasette.app")


def _get(path: str, url: str) -> dict:
    async def go():
        ds = datasette_app.Datasette([path])
        resp = await ds.client.get(url)
        assert resp.status_code == 200, resp.text
        return resp.json()
    return asyncio.run(go())


@pytest.fixture
def db_file(tmp_path):
    path = tmp_path / "observatory.db"
    store = Store(f"sqlite:///{path}")
    for rep in (CONGA_STRIKE, CONGA_PROTEST):
        store.ingest_report(rep, conga_events(rep))
    store.ingest_report(EN_BLOCKADE, blockade_events(EN_BLOCKADE))
    store.close()
    return str(path)


def test_datasette_detects_the_events_fts_table(db_file):
    tables = {t["name"]: t for t in _get(db_file, "/observatory.json")["tables"]}
    assert tables["events"]["fts_table"] == "events_fts"
    assert tables["reports"]["fts_table"] == "reports_fts"


def test_datasette_search_finds_an_event_and_only_matching_ones(db_file):
    every = _get(db_file, "/observatory/events.json?_shape=objects")["rows"]
    hits = _get(db_file, "/observatory/events.json?_shape=objects&_search=Espinar")["rows"]
    assert hits and len(hits) < len(every)
    assert all("espinar" in h["search_text"].lower() for h in hits)
    assert not _get(db_file, "/observatory/events.json?_shape=objects&_search=zzxqnotaword")["rows"]
