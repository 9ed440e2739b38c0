"""Ingest throughput as the store grows: extraction and storing in one process, in batches.

    python benchmarks/gen_corpus.py --n 4000 --out /tmp/corpus4k --per-file 1000
    python benchmarks/ingest_scale.py /tmp/corpus4k --db sqlite:////tmp/scale.db --batch 1000

Reads the corpus's reports in order and ingests them (``Store.ingest_one``: extract, merge,
group) into one store, timing each batch of ``--batch`` reports. Prints one JSON line per
batch (its wall-clock and CPU seconds -- the CPU time of this process, which other
processes on a shared machine do not inflate -- reports/s, and the store's events and
conflicts after it) and a last line
comparing the last batch with the first (issue #10: at most 1.5x). The database should be
new (a fresh file, or an empty PostgreSQL database).
"""
from __future__ import annotations

import argparse
import json
import time

from sqlalchemy import func, select


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="+", help="corpus folder(s) or JSON Lines files")
    ap.add_argument("--db", required=True, help="database URL (a new database)")
    ap.add_argument("--batch", type=int, default=1000, help="reports per timed batch")
    ap.add_argument("--limit", type=int, default=0, help="stop after this many reports (0: all)")
    args = ap.parse_args()

    from conflictwatch.errors import ConflictWatchError
    from conflictwatch.ingest import read_paths
    from conflictwatch.store import Store
    from conflictwatch.store.models import Conflict, Event

    t0 = time.perf_counter()
    store = Store.open(args.db)
    print(json.dumps({"opened_s": round(time.perf_counter() - t0, 2), "db": store.dialect}), flush=True)
    batches: list[float] = []
    n = done = 0
    start = time.perf_counter()
    t_batch, cpu_batch = start, time.process_time()
    for item in read_paths(args.corpus):
        if isinstance(item, ConflictWatchError):
            continue
        store.ingest_one(item)
        n += 1
        done += 1
        if n == args.batch:
            now, cpu = time.perf_counter(), time.process_time()
            batches.append(now - t_batch)
            with store.session() as s:
                events = s.scalar(select(func.count()).select_from(Event))
                conflicts = s.scalar(select(func.count()).select_from(Conflict))
            print(json.dumps({"batch": len(batches), "reports": done, "seconds": round(batches[-1], 1),
                              "reports_per_s": round(n / batches[-1], 1),
                              "cpu_seconds": round(cpu - cpu_batch, 1), "events": events,
                              "conflicts": conflicts}), flush=True)
            n = 0
            t_batch, cpu_batch = time.perf_counter(), time.process_time()
        if args.limit and done >= args.limit:
            break
    total = time.perf_counter() - start
    out = {"reports": done, "seconds": round(total, 1), "reports_per_s": round(done / total, 1)}
    if batches:
        out["last_over_first"] = round(batches[-1] / batches[0], 2)
    print(json.dumps(out), flush=True)
    store.close()


if __name__ == "__main__":
    main()
