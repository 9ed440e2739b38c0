"""Event F1 with one part of score.py's matching relaxed at a time: which part costs most.

    .venv/bin/python benchmarks/relaxed_f1.py --sets DIR [--sets DIR ...]

For each mode the prediction's region, dates or type (or several) are set to the gold event's
before score.py's own matching, so the F1 says what that part costs. Only totals are printed
(no text), so it can be run on a blind set. Each set is matched on its own (doc_ids may repeat
across sets) and the counts are summed.
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from conflictwatch.extract.events import get_extractor  # noqa: E402
from train_decider import load_score, load_sets  # noqa: E402

MODES = {
    "strict": (),
    "any region": ("place",),
    "any dates": ("date",),
    "any type": ("type",),
    "any region and dates": ("place", "date"),
    "any region, dates and type": ("place", "date", "type"),
}


def relaxed(score, parts):
    def agree(g: dict, p: dict) -> bool:
        p2 = dict(p)
        if "place" in parts:
            p2["country"], p2["admin1"] = g.get("country"), g.get("admin1")
        if "date" in parts:
            p2["date"], p2["date_end"] = g.get("date"), g.get("date_end")
        if "type" in parts:
            p2["type"], p2["action"] = g.get("type"), g.get("action")
        return score.compatible(g, p2)
    return agree


def f1(c: collections.Counter, k: str) -> float:
    tp, fp, fn = c[k + "tp"], c[k + "fp"], c[k + "fn"]
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", action="append", required=True, help="a set folder (reports.jsonl, gold.jsonl)")
    ap.add_argument("--eval-dir", default=str(ROOT.parent / "shared" / "eval"))
    args = ap.parse_args()
    score = load_score(Path(args.eval_dir))
    agree = {m: relaxed(score, parts) for m, parts in MODES.items()}
    tot = {m: collections.Counter() for m in MODES}
    for set_dir in args.sets:
        for _, _, lang, report, golds in load_sets([Path(set_dir)]):
            preds = [e.to_dict() for e in get_extractor(lang)(report)]
            for m, ag in agree.items():
                pairs = score.match(golds, preds, ag)
                mg = {g for g, _ in pairs}
                tp = sum(1 for g, _ in pairs if not golds[g].get("optional"))
                fn = sum(1 for i, g in enumerate(golds) if i not in mg and not g.get("optional"))
                fp = len(preds) - len(pairs)
                for k in (lang, "all"):
                    tot[m][k + "tp"] += tp
                    tot[m][k + "fp"] += fp
                    tot[m][k + "fn"] += fn
    print("| matching | F1 | en | es | tp | fp | fn |")
    print("|---|---|---|---|---|---|---|")
    for m, c in tot.items():
        print(f"| {m} | {f1(c, 'all'):.3f} | {f1(c, 'en'):.3f} | {f1(c, 'es'):.3f} "
              f"| {c['alltp']} | {c['allfp']} | {c['allfn']} |")


if __name__ == "__main__":
    main()
