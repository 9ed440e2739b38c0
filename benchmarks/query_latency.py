"""Query latency of the store at scale: p50 and p95 of the API's queries over generated events.

    python benchmarks/query_latency.py --events 1000000 --sqlite /tmp/cw-bench.db
    PGDB=conflictwatch_bench bash scripts/start_postgres.sh     # prints a URL
    python benchmarks/query_latency.py --events 1000000 --pg postgresql+psycopg://...

Loads ``--events`` merged events (benchmarks/gen_corpus.event_rows: 9 types, 21 places in
6 countries, dates over 5 years) grouped into ``--conflicts`` conflicts, ``--reports``
reports (generated texts) each the source of some events (mentions + event_sources, as
ingest leaves them), with SQLAlchemy Core bulk inserts into a freshly migrated store (the
full-text triggers / indexes included). Then times, through ``Store`` (what the API calls):

- ``events``: ``list_events`` first page, newest first, no filter (count of all included);
- ``events_filtered``: ``list_events`` by country + type + a year's date range;
- ``events_admin1_page3``: ``list_events(admin1=..., offset=100)``;
- ``conflict``: ``get_conflict(id)`` with its timeline;
- ``search``: ``search(words)`` over reports and events (FTS5 / tsvector GIN).

Each query runs ``--repeat`` times with varied parameters after one warm-up; p50/p95 in ms.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_corpus import EVENT_TYPES, PLACES, event_rows, iter_reports  # noqa: E402

from conflictwatch.store import Store  # noqa: E402
from conflictwatch.store.models import (Conflict, Event, EventSource, Mention,  # noqa: E402
                                        Report)

CHUNK = 20000


def _insert(conn, table, rows) -> None:
    if conn.dialect.name == "postgresql":
        _copy(conn, table, rows)
        return
    chunk = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= CHUNK:
            conn.execute(table.insert(), chunk)
            chunk = []
    if chunk:
        conn.execute(table.insert(), chunk)


def _copy(conn, table, rows) -> None:
    """PostgreSQL: COPY ... FROM STDIN (JSON columns serialised), much faster than INSERTs."""
    from sqlalchemy import JSON
    rows = iter(rows)
    first = next(rows, None)
    if first is None:
        return
    cols = list(first)
    json_cols = {c for c in cols if isinstance(table.c[c].type, JSON)}
    cursor = conn.connection.driver_connection.cursor()
    with cursor.copy(f"COPY {table.name} ({', '.join(cols)}) FROM STDIN") as copy:
        for row in _chain(first, rows):
            copy.write_row([json.dumps(row[c]) if c in json_cols and row[c] is not None
                            else row[c] for c in cols])


def _chain(first, rest):
    yield first
    yield from rest


def load(store: Store, n_events: int, n_conflicts: int, n_reports: int) -> float:
    now = datetime.now(timezone.utc)
    t = time.perf_counter()
    rng = random.Random(5)
    with store.engine.begin() as conn:
        _insert(conn, Conflict.__table__, (
            {"id": i, "name": f"conflict {i}", "country": PLACES[i % len(PLACES)][2],
             "admin1": PLACES[i % len(PLACES)][1], "issues": [], "counters": {"events": 0},
             "status": "active", "first_event": "2019-01-01", "last_event": "2023-12-31",
             "updated_at": now} for i in range(1, n_conflicts + 1)))
        _insert(conn, Report.__table__, (
            {"id": i + 1, "doc_id": r["doc_id"], "content_hash": f"{i:064x}", "url": None,
             "title": r["title"], "published": datetime.fromisoformat(r["published"]).date(),
             "lang": r["lang"], "text": r["text"], "status": "extracted", "ingested_at": now}
            for i, r in enumerate(iter_reports(n_reports, seed=9))))
        _insert(conn, Event.__table__, (
            dict(row, id=i + 1, figures={}, locked_fields=[], created_at=now, updated_at=now)
            for i, row in enumerate(event_rows(n_events, n_conflicts=n_conflicts))))
        _insert(conn, Mention.__table__, (
            {"id": i + 1, "report_id": rng.randrange(1, n_reports + 1), "type": "protest",
             "actors": [], "issues": [], "evidence": [], "confidence": 0.5}
            for i in range(n_events)))
        rng = random.Random(5)
        _insert(conn, EventSource.__table__, (
            {"id": i + 1, "event_id": i + 1, "mention_id": i + 1,
             "report_id": rng.randrange(1, n_reports + 1)} for i in range(n_events)))
    if store.dialect == "postgresql":
        with store.engine.begin() as conn:
            for table in ("conflicts", "reports", "events", "mentions", "event_sources"):
                conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                     f"(SELECT max(id) FROM {table}))")
            conn.exec_driver_sql("ANALYZE")
    else:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    return time.perf_counter() - t


def timed(fn, repeat: int) -> dict:
    fn(0)
    samples = []
    for i in range(1, repeat + 1):
        t = time.perf_counter()
        fn(i)
        samples.append((time.perf_counter() - t) * 1000)
    samples.sort()
    return {"p50_ms": round(statistics.median(samples), 1),
            "p95_ms": round(samples[max(0, int(round(0.95 * len(samples))) - 1)], 1),
            "max_ms": round(samples[-1], 1)}


def bench(store: Store, repeat: int, n_conflicts: int) -> dict:
    rng = random.Random(1)
    years = ["2019", "2020", "2021", "2022", "2023"]
    words = ["strike Cusco", "huelga", "blockade Puno", "teachers wages", "agua potable",
             "miners", "protest Arequipa", "docentes"]
    return {
        "events": timed(lambda i: store.list_events(limit=50), repeat),
        "events_filtered": timed(lambda i: store.list_events(
            country=rng.choice(PLACES)[2], type=rng.choice(EVENT_TYPES),
            date_from=f"{years[i % 5]}-01-01", date_to=f"{years[i % 5]}-12-31", limit=50), repeat),
        "events_admin1_page3": timed(lambda i: store.list_events(
            admin1=rng.choice(PLACES)[1], limit=50, offset=100), repeat),
        "conflict": timed(lambda i: store.get_conflict(rng.randrange(1, n_conflicts + 1)), repeat),
        "search": timed(lambda i: store.search(words[i % len(words)]), repeat),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--conflicts", type=int, default=20_000)
    ap.add_argument("--reports", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=40)
    ap.add_argument("--sqlite", help="SQLite file to create (replaced if it exists)")
    ap.add_argument("--pg", help="PostgreSQL URL of an empty database (its tables are dropped)")
    ap.add_argument("--reuse", action="store_true",
                    help="time an already loaded --sqlite/--pg database (migrated to the newest "
                         "schema on opening) instead of replacing it; --events etc. must match its load")
    args = ap.parse_args()
    targets = []
    if args.sqlite:
        if not args.reuse:
            Path(args.sqlite).unlink(missing_ok=True)
        targets.append(f"sqlite:///{args.sqlite}")
    if args.pg and args.reuse:
        targets.append(args.pg)
    elif args.pg:
        from sqlalchemy import create_engine
        engine = create_engine(args.pg)
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
            conn.exec_driver_sql("CREATE SCHEMA public")
        engine.dispose()
        targets.append(args.pg)
    for url in targets:
        t = time.perf_counter()
        store = Store(url)
        open_s = time.perf_counter() - t
        load_s = None if args.reuse else load(store, args.events, args.conflicts, args.reports)
        result = {"db": store.dialect, "n_events": args.events, "reports": args.reports,
                  "conflicts": args.conflicts, "open_s": round(open_s, 1),
                  "load_s": None if load_s is None else round(load_s, 1)}
        result.update(bench(store, args.repeat, args.conflicts))
        print(json.dumps(result), flush=True)
        store.close()


if __name__ == "__main__":
    main()
