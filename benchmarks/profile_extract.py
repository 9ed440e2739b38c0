"""Where the extractor spends its time: pyinstrument over N generated reports.

    python benchmarks/profile_extract.py --n 1000 [--html profile.html]
    python benchmarks/profile_extract.py --long 300 [--lang es] [--top 30]

Generates the reports in memory (benchmarks/gen_corpus.py), warms the extractor up on a
few of them (language data and gazetteer loading is a one-off cost, measured apart), then
profiles ``pipeline.extract_report`` over all of them and prints pyinstrument's tree.

``--long KB`` profiles one long report instead (``speed.long_report``: our own paragraphs
concatenated) with cProfile, and prints the functions by their own time and by their call
counts: what grows faster than the text is where extraction stops being linear (issue #9).
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
    ap.add_argument("--long", type=int, metavar="KB", help="profile one report of this many KB (cProfile)")
    ap.add_argument("--lang", default="en", choices=("en", "es"), help="the long report's language")
    ap.add_argument("--top", type=int, default=25, help="functions to list for --long")
    args = ap.parse_args()
    if args.long:
        profile_long(args.long, args.lang, args.top)
        return
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


def profile_long(kb: int, lang: str, top: int) -> None:
    import cProfile
    import pstats

    from speed import long_report
    extract_report(long_report(lang, 20_000))     # warm-up: data loading
    report = long_report(lang, kb * 1000)
    prof = cProfile.Profile()
    t = time.perf_counter()
    prof.enable()
    extract_report(report)
    prof.disable()
    print(f"one {lang} report of {len(report.full_text):,} characters: "
          f"{time.perf_counter() - t:.2f}s (profiler on)")
    stats = pstats.Stats(prof)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("ncalls").print_stats(top)


if __name__ == "__main__":
    main()
