"""Listings at scale: capped counts, undated events last, and the indexes of migrations 0002-0003
(each listing reads its page in index order, without sorting the matches)."""
from __future__ import annotations

from unittest.mock import ANY

import pytest
from sqlalchemy import event as sa_event, inspect

from conflictwatch.api.deps import page
from conflictwatch.store import COUNT_CAP, ListPage, migrate
from .cases import (AREQUIPA_STRIKE, CONGA_PROTEST, CONGA_SOE, CONGA_STRIKE, EN_BLOCKADE, blockade_events,
                    conga_events, event, report)

# One undated strike told in English and in Spanish (no day is given in the text).
EN_UNDATED = report(
    "huancayo-en", "Market vendors in Huancayo stop work",
    "Market vendors in Huancayo stopped work to reject the new municipal stall fees, their union said.",
    "2024-05-02", "en")
ES_UNDATED = report(
    "huancayo-es", "Comerciantes de Huancayo acatan paro",
    "Los comerciantes del mercado de Huancayo acataron un paro contra las nuevas tasas municipales, "
    "según su gremio.",
    "2024-05-02", "es")


def undated_events(rep):
    sentence = rep.text.split(",")[0]
    return [event(rep, sentence, type="strike", country="PE", admin1="Junín", location="Huancayo",
                  issues=["economy"])]


def fill(store, undated):
    for rep in (CONGA_STRIKE, CONGA_SOE, CONGA_PROTEST, AREQUIPA_STRIKE):
        store.ingest_report(rep, conga_events(rep))
    store.ingest_report(EN_BLOCKADE, blockade_events(EN_BLOCKADE))
    store.ingest_report(undated, undated_events(undated))


@pytest.mark.parametrize("undated", [EN_UNDATED, ES_UNDATED], ids=["en", "es"])
def test_counts_stop_at_the_cap_and_say_so(store, undated):
    fill(store, undated)
    everything = store.list_events(limit=2)
    assert isinstance(everything, ListPage) and everything[1] == 7 and not everything.count_capped
    rows, n = store.list_events(limit=2, count_cap=3)
    assert len(rows) == 2 and n == 4 and store.list_events(limit=2, count_cap=3).count_capped
    exact = store.list_events(limit=2, count_cap=None)
    assert exact[1] == 7 and not exact.count_capped
    assert store.list_events(limit=2, count_cap=7)[1] == 7 and not store.list_events(count_cap=7).count_capped
    # a filter is counted under the cap too
    strikes = store.list_events(type="strike", count_cap=1)
    assert strikes[1] == 2 and strikes.count_capped
    assert store.list_conflicts(count_cap=1).count_capped
    # the API's list body says when the count stopped at the cap
    assert page(store.list_events(count_cap=3)) == {"data": ANY, "count": 4, "count_capped": True}
    assert page(store.list_events())["count_capped"] is False
    assert COUNT_CAP >= 1000


@pytest.mark.parametrize("undated", [EN_UNDATED, ES_UNDATED], ids=["en", "es"])
def test_undated_events_come_last_both_ways(store, undated):
    fill(store, undated)
    newest, _ = store.list_events(sort="-date", limit=None)
    oldest, _ = store.list_events(sort="date", limit=None)
    assert newest[-1]["date"] is None and oldest[-1]["date"] is None
    dated_desc = [r["date"] for r in newest[:-1]]
    assert dated_desc == sorted(dated_desc, reverse=True) and dated_desc[0] == "2023-03-13"
    assert [r["date"] for r in oldest[:-1]] == sorted(dated_desc)
    # paging through with offsets gives every event once, in the same order
    paged = [r["id"] for off in range(0, 7, 3) for r in store.list_events(limit=3, offset=off)[0]]
    assert paged == [r["id"] for r in newest]


@pytest.mark.parametrize("undated", [EN_UNDATED, ES_UNDATED], ids=["en", "es"])
def test_country_and_region_match_in_any_case(store, undated):
    fill(store, undated)
    assert store.list_events(country="pe")[1] == store.list_events(country="PE")[1] == 7
    assert store.list_events(admin1="JUNÍN")[1] == store.list_events(admin1="junín")[1] == 1
    assert store.list_events(country="pe", type="strike", date_from="2011-06-01", date_to="2011-12-31")[1] == 1
    assert store.list_events(country="pe", type="strike", date_from="2011", date_to="2011-12-31")[1] == 2


INDEXES = {"events": {"ix_events_country_type_date", "ix_events_admin1_date", "ix_events_type_date"},
           "conflicts": {"ix_conflicts_last_event"}}


def _indexes(engine) -> dict[str, set[str]]:
    if engine.dialect.name == "sqlite":   # SQLAlchemy does not reflect expression indexes there
        with engine.connect() as conn:
            return {t: {r[0] for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='index' AND tbl_name=?", (t,))} for t in INDEXES}
    insp = inspect(engine)
    return {t: {i["name"] for i in insp.get_indexes(t)} for t in INDEXES}


def test_migration_0002_adds_the_listing_indexes_and_takes_them_back(store):
    engine = store.engine
    assert all(INDEXES[t] <= names for t, names in _indexes(engine).items())
    migrate.downgrade(engine, "0001")
    assert migrate.current_revision(engine) == "0001"
    assert not any(INDEXES[t] & names for t, names in _indexes(engine).items())
    migrate.upgrade(engine, "head")
    assert all(INDEXES[t] <= names for t, names in _indexes(engine).items())


def _page_sql(store, **filters) -> tuple[str, object]:
    """The statement and parameters ``list_events`` runs for its page."""
    seen = []
    def keep(conn, cursor, statement, parameters, context, executemany):
        if "ORDER BY" in statement and "FROM events" in statement:
            seen.append((statement, parameters))
    sa_event.listen(store.engine, "before_cursor_execute", keep)
    try:
        store.list_events(**filters, limit=50)
    finally:
        sa_event.remove(store.engine, "before_cursor_execute", keep)
    assert len(seen) == 1, seen
    return seen[0]


def _plan(store, statement, parameters) -> str:
    with store.engine.connect() as conn:
        if store.dialect == "sqlite":
            return " | ".join(r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters))
        # a handful of rows: make the planner show what it would do with many
        conn.exec_driver_sql("SET enable_seqscan = off")
        conn.exec_driver_sql("SET enable_sort = off")
        return " | ".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + statement, parameters))


@pytest.mark.parametrize("filters,index", [
    ({}, None),
    ({"country": "pe", "type": "strike", "date_from": "2012-01-01", "date_to": "2012-12-31"},
     "ix_events_country_type_date"),
    ({"admin1": "Cajamarca"}, "ix_events_admin1_date"),
    ({"type": "protest"}, "ix_events_type_date"),
], ids=["all", "country-type-year", "admin1", "type"])
def test_event_pages_are_read_in_index_order(store, filters, index):
    fill(store, EN_UNDATED)
    plan = _plan(store, *_page_sql(store, **filters))
    assert "TEMP B-TREE" not in plan and "Sort" not in plan, plan
    if index:
        assert index in plan, plan
