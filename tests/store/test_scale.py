"""Ingest cost does not grow with the store (issue #10): WAL, candidates found in SQL near in
time and place, and the same work for a report whatever the store already holds."""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import event as sa_event

from conflictwatch.records import Event, Evidence, Report

REGIONS = [("Puno", "Juliaca"), ("Cusco", "Sicuani"), ("Arequipa", "Mollendo"), ("Junín", "Huancayo")]


def protest(i: int, day: date, region: int = 0) -> tuple[Report, list[Event]]:
    admin1, town = REGIONS[region % len(REGIONS)]
    text = f"Teachers marched in {town} on {day.isoformat()} to demand higher wages (report {i})."
    rep = Report(doc_id=f"r{i}", text=text, published=day + timedelta(days=1), lang="en")
    return rep, [Event(type="protest", date=day.isoformat(), country="PE", admin1=admin1, location=town,
                       issues=["wages"], evidence=[Evidence(text, 0, len(text))], confidence=0.8)]


def test_a_sqlite_store_runs_in_wal_mode(tmp_path):
    from conflictwatch.store import Store
    store = Store(f"sqlite:///{tmp_path / 'w.db'}")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    store.close()


def test_merge_candidates_are_events_of_the_same_kind_near_in_time_and_place(store):
    start = date(2023, 1, 2)
    for i in range(12):                       # one protest a week, alternating two regions
        store.ingest_report(*protest(i, start + timedelta(days=7 * i), region=i % 2))
    with store.session() as s:
        found = store._candidates(s, {"type": "protest", "country": "PE", "admin1": "Puno",
                                      "date": (start + timedelta(days=28)).isoformat()})
        assert [c["date"] for c in found] == [(start + timedelta(days=28)).isoformat()]
        assert store._candidates(s, {"type": "strike", "country": "PE", "admin1": "Puno",
                                     "date": (start + timedelta(days=28)).isoformat()}) == []
        month = store._candidates(s, {"type": "protest", "country": "PE", "admin1": "Cusco", "date": "2023-01"})
        assert sorted(c["date"] for c in month) == ["2023-01-09", "2023-01-23"]


def count_statements(store, fn) -> int:
    n = 0

    def seen(*_args, **_kw):
        nonlocal n
        n += 1
    sa_event.listen(store.engine, "before_cursor_execute", seen)
    try:
        fn()
    finally:
        sa_event.remove(store.engine, "before_cursor_execute", seen)
    return n


def test_a_report_costs_the_same_statements_in_a_small_and_a_bigger_store(store):
    start = date(2023, 1, 2)
    for i in range(8):
        store.ingest_report(*protest(i, start + timedelta(days=3 * i), region=i))
    small = count_statements(store, lambda: store.ingest_report(*protest(100, start + timedelta(days=40), 1)))
    for i in range(8, 80):
        store.ingest_report(*protest(i, start + timedelta(days=3 * i), region=i))
    big = count_statements(store, lambda: store.ingest_report(*protest(101, start + timedelta(days=250), 1)))
    assert big <= small + 2, (small, big)


def test_conflicts_looked_at_are_those_near_in_time_unless_a_project_is_named(store):
    start = date(2015, 1, 5)
    for i in range(6):                        # one protest every 400 days: six conflicts
        store.ingest_report(*protest(i, start + timedelta(days=400 * i)))
    assert store.list_conflicts()[1] == 6
    from conflictwatch.store.models import Event as EventRow
    with store.session() as s:
        probe = EventRow(type="protest", date=(start + timedelta(days=800)).isoformat(), country="PE",
                         admin1="Puno", issues=["wages"])
        near = store._conflict_candidates(s, probe, None)
        assert [c["first_event"] for c in near] == [(start + timedelta(days=800)).isoformat()]
