#!/usr/bin/env python3
"""Measure merging on an annotated set (see docs/store.md, "Merging on the dev sets").

    # split rate of a merged export (gold events whose reports gave more than one prediction)
    python scripts/eval_merged.py split GOLD.jsonl MERGED.jsonl [--show]
    # merging alone: ingest the gold readings as if they were the extractor's, export, score
    python scripts/eval_merged.py gold-as-extraction REPORTS.jsonl GOLD.jsonl OUT.jsonl

Uses score.py from the evaluation kit (SCORE_PY, default ../shared/eval/score.py).
"""
from __future__ import annotations

import importlib.util
import json
import os
import sys
import tempfile
from datetime import date
from pathlib import Path


def load_score():
    path = os.environ.get("SCORE_PY", str(Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"))
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def split(gold_path: str, pred_path: str, show: bool) -> None:
    score = load_score()
    gold: dict[str, dict] = {}
    for row in score.read_jsonl(gold_path):
        for i, ev in enumerate(row.get("events") or []):
            g = gold.setdefault(ev.get("event_id") or f"{row['doc_id']}#{i}", dict(ev, doc_ids=[]))
            g["doc_ids"].append(row["doc_id"])
    golds = list(gold.values())
    preds = []
    for row in score.read_jsonl(pred_path):
        preds.extend(row["events"] if "events" in row and "type" not in row else [row])

    def sourced(g, p):
        return score.compatible(g, p) and bool(set(g["doc_ids"]) & set(p.get("doc_ids") or []))

    pairs = score.match(golds, preds, sourced)
    matched_p = {p for _, p in pairs}
    # a gold event is split when a prediction left unmatched also fits it and comes from its reports
    split_ids = {gi for gi, _ in pairs for pi, p in enumerate(preds) if pi not in matched_p and sourced(golds[gi], p)}
    print(f"gold events {len(golds)}, predictions {len(preds)}, matched {len(pairs)}, "
          f"split over several predictions {len(split_ids)} ({len(split_ids) / max(1, len(golds)):.1%})")
    if show:
        for gi in sorted(split_ids):
            g = golds[gi]
            print("gold", score.brief(g), g["doc_ids"])
            for pi, p in enumerate(preds):
                if sourced(g, p):
                    print("   ", "matched" if pi in matched_p else "extra  ", score.brief(p), p.get("doc_ids"))


def gold_as_extraction(reports_path: str, gold_path: str, out_path: str) -> None:
    from conflictwatch.export import export
    from conflictwatch.records import Event, Report
    from conflictwatch.store import Store
    reports = {}
    with open(reports_path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                reports[d["doc_id"]] = d
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{tmp}/gold.db")
        with open(gold_path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                g = json.loads(line)
                r = reports[g["doc_id"]]
                rep = Report(doc_id=r["doc_id"], text=r.get("text") or r.get("html") or "", title=r.get("title"),
                             published=date.fromisoformat(r["published"]) if r.get("published") else None,
                             lang=r.get("lang"), url=r.get("url"), source=r.get("source"))
                store.ingest_report(rep, [Event.from_dict(e) for e in g.get("events") or []])
        with open(out_path, "w", encoding="utf-8") as out:
            n = export(store, "events-jsonl", out)
        store.close()
    print(f"{n} merged events written to {out_path}")


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["split"] and len(args) >= 3:
        split(args[1], args[2], "--show" in args)
    elif args[:1] == ["gold-as-extraction"] and len(args) == 4:
        gold_as_extraction(*args[1:])
    else:
        sys.exit(__doc__)
