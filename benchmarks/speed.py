"""Extraction speed in one process: start-up (gazetteer and lexicons loaded) and reports
per second after start-up, over generated reports of our own (benchmarks/gen_corpus.py).

    .venv/bin/python benchmarks/speed.py [--n 400]

Targets (issue #2): start-up under 3 s; at least 20 reports/s per core after start-up.
"""
from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=400, help="number of generated reports")
    args = ap.parse_args()
    from gen_corpus import iter_reports

    t0 = time.perf_counter()
    from conflictwatch.pipeline import extract_report
    from conflictwatch.records import Report
    from conflictwatch.extract.events import get_extractor
    from conflictwatch.ingest.langid import identify
    get_extractor("en"), get_extractor("es")
    identify("warm up the language model")
    startup = time.perf_counter() - t0

    reports = []
    for r in iter_reports(args.n):
        reports.append(Report(doc_id=r["doc_id"], text=r["text"], title=r.get("title"),
                              published=date.fromisoformat(r["published"]) if r.get("published") else None,
                              lang=None))
    chars = sum(len(r.full_text) for r in reports)
    t1 = time.perf_counter()
    events = 0
    for r in reports:
        events += len(extract_report(r).events)
    elapsed = time.perf_counter() - t1
    print(f"start-up (imports, gazetteer, en+es lexicons, language model): {startup:.2f} s")
    dev = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "dev"
    if dev.is_dir():   # full-length news reports (about 2,500 characters), read 5 times over
        from conflictwatch.ingest import read_paths
        long = [r for p in sorted(dev.glob("*/reports.jsonl")) for r in read_paths([str(p)])
                if isinstance(r, Report)]
        t2 = time.perf_counter()
        for _ in range(5):
            for r in long:
                extract_report(r)
        el2 = time.perf_counter() - t2
        n2 = 5 * len(long)
        print(f"{n2} full-length reports ({sum(len(r.full_text) for r in long) / len(long):.0f} chars on average): "
              f"{el2:.2f} s: {n2 / el2:.1f} reports/s in one process")
    print(f"{len(reports)} reports ({chars / len(reports):.0f} chars on average), {events} events, "
          f"{elapsed:.2f} s: {len(reports) / elapsed:.1f} reports/s in one process")


if __name__ == "__main__":
    main()
