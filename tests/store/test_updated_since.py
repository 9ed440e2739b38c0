"""updated_at on event rows, the updated_since filter and list filters, on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from conflictwatch.store import review
from tests.store.cases import (CONGA_PROTEST, CONGA_STRIKE, EN_BLOCKADE, ES_BLOCKADE, blockade_events,
                               conga_events)


def test_updated_since_keeps_events_changed_after_a_time(store):
    for rep in (CONGA_STRIKE, CONGA_PROTEST):
        store.ingest_report(rep, conga_events(rep))
    rows, count = store.list_events(limit=None)
    assert count == len(rows) > 1 and all(r["updated_at"].endswith("+00:00") for r in rows)
    cut = datetime.now(timezone.utc) + timedelta(milliseconds=1)
    assert store.list_events(updated_since=cut, limit=None)[1] == 0
    store.ingest_report(EN_BLOCKADE, blockade_events(EN_BLOCKADE))
    store.ingest_report(ES_BLOCKADE, blockade_events(ES_BLOCKADE))   # merges into the English one
    changed, n = store.list_events(updated_since=cut.isoformat(), limit=None)
    assert n == 1 and changed[0]["type"] == "blockade" and changed[0]["n_sources"] == 2
    with store.session() as s:
        review.confirm_event(s, rows[0]["id"], who="test", store=store)
    assert {r["id"] for r in store.iter_events(updated_since=cut)} == {changed[0]["id"], rows[0]["id"]}
    assert store.list_events(updated_since="2000-01-01T00:00:00", limit=None)[1] == count + 1


def test_country_and_admin1_take_lists(store):
    for rep in (CONGA_STRIKE, EN_BLOCKADE):
        store.ingest_report(rep, conga_events(rep) if rep is CONGA_STRIKE else blockade_events(rep))
    every = store.list_events(limit=None)[1]
    assert store.list_events(country=["cl", "PE"], limit=None)[1] == every
    assert store.list_events(admin1=["cusco"], limit=None)[1] == 1
    assert store.list_events(admin1=["Cusco", "Cajamarca"], limit=None)[1] == every
