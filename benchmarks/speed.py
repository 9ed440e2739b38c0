"""Extraction speed in one process: start-up (gazetteer and lexicons loaded) and reports
per second after start-up, over generated reports of our own (benchmarks/gen_corpus.py).

    .venv/bin/python benchmarks/speed.py [--n 400]
    .venv/bin/python benchmarks/speed.py --scaling [--sizes 50,100,300,1000,2000]

Targets (issue #2): start-up under 3 s; at least 20 reports/s per core after start-up.
Issue #9: at least 40 full-length reports/s, and time linear in a report's length up to
2 MB. ``--scaling`` times one report of each size (in KB of text), English and Spanish,
made by ``long_report`` from the paragraphs of our own sample texts, and prints the time
per KB: flat when extraction is linear.
"""
from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _paragraphs(lang: str) -> list[str]:
    """The paragraphs of our own texts in one language: the demo corpus
    (conflictwatch/demo/corpus/reports/sample.jsonl) and 300 generated reports (gen_corpus)."""
    import json

    from gen_corpus import iter_reports
    sample = Path(__file__).resolve().parent.parent / "conflictwatch" / "demo" / "corpus" / "reports" / "sample.jsonl"
    texts = [r["text"] for r in map(json.loads, sample.read_text(encoding="utf-8").splitlines())
             if r.get("lang") == lang]
    texts += [r["text"] for r in iter_reports(300, seed=5) if r["lang"] == lang]
    return [p.strip() for t in texts for p in t.split("\n\n") if p.strip()]


def long_report(lang: str, chars: int, seed: int = 9):
    """One report of about ``chars`` characters in ``lang``: varied paragraphs of our own
    texts, shuffled with a fixed seed and concatenated (a digest, a live blog)."""
    import random

    from conflictwatch.records import Report
    paras = _paragraphs(lang)
    rng = random.Random(seed)
    out: list[str] = []
    n = 0
    while n < chars:
        rng.shuffle(paras)
        for p in paras:
            out.append(p)
            n += len(p) + 2
            if n >= chars:
                break
    title = "Protests and strikes: the week in review" if lang == "en" else "Protestas y huelgas: resumen de la semana"
    return Report(doc_id=f"long-{lang}-{chars}", text="\n\n".join(out), title=title,
                  published=date(2024, 6, 30), lang=lang)


def scaling(sizes_kb: list[int]) -> None:
    """Seconds and seconds per KB for one report of each size, per language."""
    from conflictwatch.pipeline import extract_report
    extract_report(long_report("en", 20_000))      # warm-up: data loading
    extract_report(long_report("es", 20_000))
    print("| language | size (KB) | sentences | events | seconds | ms per KB |")
    print("|---|---|---|---|---|---|")
    for lang in ("en", "es"):
        for kb in sizes_kb:
            r = long_report(lang, kb * 1000)
            t = time.perf_counter()
            result = extract_report(r)
            el = time.perf_counter() - t
            from conflictwatch.extract.sentences import split
            n_sents = len(split(r.full_text, lang))
            print(f"| {lang} | {kb:,} | {n_sents:,} | {len(result.events):,} | {el:.2f} | "
                  f"{1000 * el / kb:.2f} |", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=400, help="number of generated reports")
    ap.add_argument("--scaling", action="store_true",
                    help="time one long report of each of --sizes instead (issue #9: linear up to 2 MB)")
    ap.add_argument("--sizes", default="50,100,300,1000,2000",
                    help="report sizes for --scaling, in KB of text (comma-separated)")
    args = ap.parse_args()
    if args.scaling:
        scaling([int(x) for x in args.sizes.split(",")])
        return
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
