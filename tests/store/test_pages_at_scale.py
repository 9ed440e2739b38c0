"""Migration 0007 (the review queue and a conflict's timeline read from an index), a
conflict's events a page at a time, and counts remembered while the data is unchanged."""
from __future__ import annotations

from sqlalchemy import event as sa_event, func, select

from conflictwatch.store import migrate, review
from conflictwatch.store.models import Event
from .test_listing import EN_UNDATED, _indexes, _plan, fill

NEW_INDEXES = {"ix_events_review", "ix_events_conflict_date", "ix_events_updated_at"}


def _events_indexes(engine) -> set[str]:
    return _indexes(engine)["events"]


def _statements(store, run) -> list[tuple[str, object]]:
    """The SQL statements (and parameters) ``run()`` sends to the database."""
    seen = []
    def keep(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, parameters))
    sa_event.listen(store.engine, "before_cursor_execute", keep)
    try:
        run()
    finally:
        sa_event.remove(store.engine, "before_cursor_execute", keep)
    return seen


def _biggest_conflict(store) -> int:
    with store.session() as s:
        return s.execute(select(Event.conflict_id).where(Event.conflict_id.is_not(None))
                         .group_by(Event.conflict_id).order_by(func.count().desc()).limit(1)).scalar_one()


def test_migration_0007_adds_its_indexes_and_takes_them_back(store):
    engine = store.engine
    assert NEW_INDEXES <= _events_indexes(engine)
    migrate.downgrade(engine, "0006_conflict_tallies")
    assert not ({"ix_events_review", "ix_events_conflict_date"} & _events_indexes(engine))
    assert "ix_events_updated_at" in _events_indexes(engine)       # migration 0004's, kept
    migrate.upgrade(engine, "head")
    assert NEW_INDEXES <= _events_indexes(engine)


def test_migration_0007_restores_a_missing_updated_at_index(store):
    """Databases migrated through an earlier 0004 lack it (the 1M benchmark file did)."""
    engine = store.engine
    migrate.downgrade(engine, "0006_conflict_tallies")
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_events_updated_at")
    migrate.upgrade(engine, "head")
    assert "ix_events_updated_at" in _events_indexes(engine)


def test_the_review_queue_reads_its_page_and_count_from_the_index(store):
    fill(store, EN_UNDATED)
    with store.session() as s:
        statements = _statements(store, lambda: review.review_queue(s, limit=50))
    page = [st for st in statements if "ORDER BY" in st[0]]
    count = [st for st in statements if "count(" in st[0].lower()]
    assert len(page) == 1 and len(count) == 1
    for statement, parameters in page + count:
        plan = _plan(store, statement, parameters)
        assert "ix_events_review" in plan, plan
        assert "TEMP B-TREE" not in plan and "Sort" not in plan, plan


def test_the_review_queue_keeps_its_meaning(store):
    """status new, or low confidence and not reviewed; lowest confidence first, then newest."""
    fill(store, EN_UNDATED)
    with store.session() as s:
        before, n = review.review_queue(s, limit=50)
        ids = [e.id for e in before]
        review.confirm_event(s, ids[0], who="ana", store=store)
        review.reject_event(s, ids[1], who="ana", store=store)
    with store.session() as s:
        after, m = review.review_queue(s, limit=50)
        rows = [(e.confidence, -e.id) for e in after]
        every = s.scalars(select(Event)).all()
    assert m == n - 2 and [e.id for e in after] == ids[2:]
    assert rows == sorted(rows)
    expected = {e.id for e in every if e.status == "new"
                or ((e.confidence or 0) < review.LOW_CONFIDENCE and e.status not in ("confirmed", "corrected", "rejected"))}
    assert {e.id for e in after} == expected


def test_a_conflicts_events_come_a_page_at_a_time_oldest_first(store):
    fill(store, EN_UNDATED)
    cid = _biggest_conflict(store)
    every = store.get_conflict(cid)
    n = len(every["events"])
    assert n >= 2 and every["events_count"] == n
    pages = [store.get_conflict(cid, events_limit=1, events_offset=i) for i in range(n + 1)]
    assert [p["events"][0]["id"] for p in pages[:n]] == [e["id"] for e in every["events"]]
    assert pages[n]["events"] == [] and all(p["events_count"] == n for p in pages)
    dated = [e["date"] for e in every["events"] if e["date"]]
    assert dated == sorted(dated)
    assert every["events"][len(dated):] == [e for e in every["events"] if not e["date"]]   # undated last


def test_a_conflicts_event_page_is_read_in_index_order(store):
    fill(store, EN_UNDATED)
    cid = _biggest_conflict(store)
    statements = _statements(store, lambda: store.get_conflict(cid, events_limit=1))
    page = [st for st in statements if "ORDER BY" in st[0] and "FROM events" in st[0]]
    assert len(page) == 1
    plan = _plan(store, *page[0])
    assert "ix_events_conflict_date" in plan, plan
    assert "TEMP B-TREE" not in plan and "Sort" not in plan, plan


def test_counts_are_remembered_until_the_data_changes(store):
    fill(store, EN_UNDATED)
    first = store.list_events(limit=1)
    again = _statements(store, lambda: store.list_events(limit=1))
    assert not any("count(" in st.lower() for st, _ in again)          # remembered
    ev = first[0][0]
    with store.session() as s:
        review.reject_event(s, ev["id"], who="ana", store=store)
    assert store.list_events(limit=1)[1] == first[1] - 1                 # counted again
    version, other = store.data_version(), store.list_events(limit=1)[0][0]["id"]
    with store.session() as s:
        s.get(Event, other).location = "Somewhere else"                 # no audit, no new row
    assert store.data_version() != version                              # any update counts


def test_get_events_gives_each_get_event_in_a_few_queries(store):
    fill(store, EN_UNDATED)
    ids = [e["id"] for e in store.list_events(limit=None, status="all")[0]]
    one_by_one = [store.get_event(i) for i in ids]
    statements = _statements(store, lambda: store.get_events(ids[::-1] + [10**9]))
    assert store.get_events(ids[::-1] + [10**9]) == one_by_one[::-1]       # order kept, unknown ids left out
    assert len(statements) <= 5 and store.get_events([]) == []


def test_sqlite_connections_read_through_a_memory_map_and_stay_pooled(store):
    from conflictwatch.store.store import SQLITE_MMAP_BYTES, SQLITE_POOL_SIZE
    if store.dialect != "sqlite":
        return
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA mmap_size").scalar() == SQLITE_MMAP_BYTES
    assert store.engine.pool.size() == SQLITE_POOL_SIZE
