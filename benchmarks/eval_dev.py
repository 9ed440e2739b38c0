"""Score extraction on the shared development sets: overall, per language, per set.

    .venv/bin/python benchmarks/eval_dev.py [--eval-dir ../shared/eval] [--show]
    .venv/bin/python benchmarks/eval_dev.py --sets benchmarks/heldout --only newo,newp,newq,newr

Runs `conflictwatch extract` over every dev set's reports, then ../shared/eval/score.py on
all of them together, on each language and on each set. Prints a Markdown summary (the
figures kept in BENCHMARKS.md) and leaves the predictions in out/eval/.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_score(score: Path, gold: Path, pred: Path, show: bool = False) -> dict:
    out = subprocess.run([sys.executable, str(score), "--json", str(gold), str(pred)],
                         capture_output=True, text=True, check=True).stdout
    if show:
        print(subprocess.run([sys.executable, str(score), "--show", str(gold), str(pred)],
                             capture_output=True, text=True).stdout)
    return json.loads(out[:out.rfind("}") + 1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval-dir", default=str(ROOT.parent / "shared" / "eval"))
    ap.add_argument("--show", action="store_true", help="list unmatched events")
    ap.add_argument("--sets", default=None,
                    help="folder whose subfolders hold reports.jsonl and gold.jsonl (default: EVAL_DIR/dev); "
                         "benchmarks/heldout holds our own hand-written check set")
    ap.add_argument("--only", default=None,
                    help="comma-separated names of the set folders to score (default: all in --sets)")
    args = ap.parse_args()
    eval_dir = Path(args.eval_dir)
    score = eval_dir / "score.py"
    only = [n.strip() for n in args.only.split(",") if n.strip()] if args.only else None
    name = "eval" if not args.sets else "eval-" + Path(args.sets).name
    out = ROOT / "out" / (name + ("-" + "-".join(only) if only else ""))
    sets_dir = Path(args.sets) if args.sets else eval_dir / "dev"
    sets = sorted(p for p in sets_dir.iterdir() if (p / "gold.jsonl").exists())
    if only:
        missing = sorted(set(only) - {p.name for p in sets})
        if missing:
            sys.exit(f"no set folder named {', '.join(missing)} in {sets_dir} "
                     f"(there are: {', '.join(p.name for p in sets)})")
        sets = [p for p in sets if p.name in only]
    out.mkdir(parents=True, exist_ok=True)
    reports = [json.loads(l) for s in sets for l in (s / "reports.jsonl").read_text().splitlines() if l.strip()]
    golds = [json.loads(l) for s in sets for l in (s / "gold.jsonl").read_text().splitlines() if l.strip()]
    set_of = {json.loads(l)["doc_id"]: s.name for s in sets
              for l in (s / "reports.jsonl").read_text().splitlines() if l.strip()}
    lang_of = {r["doc_id"]: r.get("lang") for r in reports}
    rpath = out / "reports.jsonl"
    rpath.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in reports))
    cw = [sys.executable, "-m", "conflictwatch.cli", "extract", "--quiet", str(rpath)]
    t0 = time.perf_counter()
    proc = subprocess.run(cw, capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        sys.exit(f"extract failed: {proc.stderr[-2000:]}")
    preds = [json.loads(l) for l in proc.stdout.splitlines() if l.strip()]
    groups = {"all": lambda d: True}
    for lang in sorted({v for v in lang_of.values() if v}):
        groups[f"lang={lang}"] = (lambda L: lambda d: lang_of.get(d) == L)(lang)
    for s in sets:
        groups[f"set={s.name}"] = (lambda S: lambda d: set_of.get(d) == S)(s.name)
    results = {}
    for name, keep in groups.items():
        g = out / f"gold-{name.replace('=', '-')}.jsonl"
        p = out / f"pred-{name.replace('=', '-')}.jsonl"
        g.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in golds if keep(x["doc_id"])))
        p.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in preds if keep(x["doc_id"])))
        results[name] = run_score(score, g, p, show=args.show and name == "all")
    print(f"reports: {len(reports)}, extract wall time {elapsed:.1f} s (including start-up)\n")
    print("| subset | P | R | F1 | tp | fp | fn |\n|---|---|---|---|---|---|---|")
    for name, r in results.items():
        print(f"| {name} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | {r['tp']} | {r['fp']} | {r['fn']} |")
    a = results["all"]
    print("\n| type | tp | fp | fn | F1 |\n|---|---|---|---|---|")
    for t, c in a["by_type"].items():
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0
        f = 2 * p * r / (p + r) if p + r else 0
        print(f"| {t} | {c['tp']} | {c['fp']} | {c['fn']} | {f:.3f} |")
    print("\n| slot (on matched events) | accuracy | n |\n|---|---|---|")
    for k, v in a["slots"].items():
        print(f"| {k} | {v:.3f} | {a['slot_counts'][k]} |")


if __name__ == "__main__":
    main()
