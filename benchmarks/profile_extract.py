"""Where the extractor spends its time: pyinstrument over N generated reports.

    python benchmarks/profile_extract.py --n 1000 [--html profile.html]

Generates the reports in memory (benchmarks/gen_corpus.py), warms the extractor up on a
few of them (language data and gazetteer loading is a one-off cost, measured apart), then
profiles ``pipeline.extract_report`` over all of them and prints pyinstrument's tree.
"""
from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_corpus import iter_reports  # noqa: E402

from conflictwatch.pipeline import extract_report  # noqa: E402
from conflictwatch.records import Report  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--html", type=Path, help="also write pyinstrument's HTML report here")
    args = ap.parse_args()
    from pyinstrument import Profiler
    reports = [Report(doc_id=r["doc_id"], text=r["text"], title=r["title"], lang=r["lang"],
                      published=date.fromisoformat(r["published"]))
               for r in iter_reports(args.n, seed=3)]
    t = time.perf_counter()
    for r in reports[:2]:
        extract_report(r)
    print(f"warm-up (data loading + first reports): {time.perf_counter() - t:.2f}s")
    profiler = Profiler(interval=0.0005)
    t = time.perf_counter()
    with profiler:
        for r in reports:
            extract_report(r)
    seconds = time.perf_counter() - t
    print(f"{len(reports)} reports in {seconds:.2f}s: {len(reports) / seconds:.1f} reports/s "
          "(one core, profiler on)")
    print(profiler.output_text(unicode=True, color=False, show_all=False))
    if args.html:
        args.html.write_text(profiler.output_html())


if __name__ == "__main__":
    main()
