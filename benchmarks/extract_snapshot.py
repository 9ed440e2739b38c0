"""Every event and rule candidate the extractor gives over our report sets, as sorted JSON:
a refactoring or speed-up of extraction must leave this dump byte-identical.

    .venv/bin/python benchmarks/extract_snapshot.py --out /tmp/snap_before.json
    .venv/bin/python benchmarks/extract_snapshot.py --out /tmp/snap_after.json [--sizes 50,100]
    cmp /tmp/snap_before.json /tmp/snap_after.json

Reports: the development sets (../shared/eval/dev/*/reports.jsonl, when present), the
held-out sets (benchmarks/heldout/*/reports.jsonl), the demo corpus, 300 generated reports
(gen_corpus, seed 5) and the long reports of ``speed.py --scaling`` (``--sizes``, in KB).
Only the extractor's output is written (no gold, no scores). Per report: the events of
``pipeline.extract_report`` (language identification and reference date included), and the
candidates and support events of ``EventExtractor.candidates`` with their features.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from conflictwatch.extract.events import get_extractor  # noqa: E402
from conflictwatch.ingest import read_paths  # noqa: E402
from conflictwatch.pipeline import extract_report, reference_date  # noqa: E402
from conflictwatch.records import Report  # noqa: E402


def reports(sizes_kb: list[int]):
    """(set name, Report) for every report of the sets named in the module's docstring."""
    dev = ROOT.parent / "shared" / "eval" / "dev"
    paths = sorted(dev.glob("*/reports.jsonl")) + sorted((ROOT / "benchmarks" / "heldout").glob("*/reports.jsonl"))
    paths.append(ROOT / "conflictwatch" / "demo" / "corpus" / "reports" / "sample.jsonl")
    for p in paths:
        for item in read_paths([str(p)]):
            if isinstance(item, Report):
                yield f"{p.parent.name}/{p.name}", item
    from gen_corpus import iter_reports
    for r in iter_reports(300, seed=5):
        yield "gen_corpus", Report(doc_id=r["doc_id"], text=r["text"], title=r.get("title"),
                                   published=date.fromisoformat(r["published"]) if r.get("published") else None,
                                   lang=None)
    from speed import long_report
    for lang in ("en", "es"):
        for kb in sizes_kb:
            yield "long", long_report(lang, kb * 1000)


def snapshot(report: Report) -> dict:
    result = extract_report(report)
    out = {"lang": report.lang, "events": [e.to_dict() for e in result.events]}
    reading = report
    if report.published is None:
        ref = reference_date(report)
        if ref is not None:
            reading = replace(report, published=ref)
    cands, support = get_extractor(report.lang).candidates(reading)
    out["candidates"] = [{"event": c.event.to_dict(), "features": c.features, "new_day": c.new_day,
                          "town_day": c.town_day, "ongoing": c.ongoing} for c in cands]
    out["support"] = [e.to_dict() for e in support]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--sizes", default="50,100,300,1000,2000",
                    help="long reports' sizes in KB (comma-separated; empty for none)")
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
    dump: dict[str, dict] = {}
    t, cpu = time.perf_counter(), time.process_time()
    for name, report in reports(sizes):
        key = f"{name}:{report.doc_id}"
        assert key not in dump, key
        dump[key] = snapshot(report)
    args.out.write_text(json.dumps(dump, sort_keys=True, ensure_ascii=False, indent=1, default=str) + "\n",
                        encoding="utf-8")
    n_ev = sum(len(v["events"]) for v in dump.values())
    n_c = sum(len(v["candidates"]) for v in dump.values())
    print(f"{len(dump)} reports, {n_ev} events, {n_c} candidates -> {args.out} "
          f"({time.perf_counter() - t:.1f} s wall, {time.process_time() - cpu:.1f} s CPU)")


if __name__ == "__main__":
    main()
