"""Fit the merged-event confidence (``conflictwatch/link/confidence.py``) on the annotated sets.

    .venv/bin/python scripts/fit_merged_confidence.py [--eval-dir ../shared/eval] [--dry-run]

Ingests every dev set's reports into a temporary SQLite store with the current code,
labels each merged event with the scorer's merged matching (score.py --merged: compatible
with a gold event that one of its reports describes), and fits
``sigmoid(a*logit(best reading) + b*log(reports) + c)`` by logistic regression
(scikit-learn, the `train` extra). Prints the expected calibration error (ECE, 10 bins)
of the old noisy-or, of the best reading alone, and of the fitted function under
leave-one-set-out cross-validation (each set is other conflicts), then writes
``conflictwatch/link/data/confidence.json``.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import math
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from conflictwatch.link.confidence import PARAMS_PATH, features  # noqa: E402


def load_score(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("cw_score", eval_dir / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def ece(pairs: list[tuple[float, int]], bins: int = 10) -> float:
    buckets: dict[int, list[tuple[float, int]]] = {}
    for p, y in pairs:
        buckets.setdefault(min(bins - 1, int(p * bins)), []).append((p, y))
    return sum(abs(sum(p for p, _ in b) / len(b) - sum(y for _, y in b) / len(b)) * len(b)
               for b in buckets.values()) / max(1, len(pairs))


def rows_of_set(set_dir: Path, score, tmp: Path) -> list[tuple[list[float], float, int, int]]:
    """(readings' confidences, noisy-or, reports, label) of each merged event of one set."""
    db = tmp / f"{set_dir.name}.db"
    cli = [sys.executable, "-m", "conflictwatch.cli"]
    subprocess.run(cli + ["ingest", "--quiet", "--db", str(db), str(set_dir / "reports.jsonl")],
                   check=True, cwd=ROOT, capture_output=True)
    out = subprocess.run(cli + ["export", "--db", str(db), "--format", "events-jsonl"],
                         check=True, cwd=ROOT, capture_output=True, text=True).stdout
    preds = [json.loads(line) for line in out.splitlines() if line.strip()]
    unique: dict[str, dict] = {}
    for row in score.read_jsonl(str(set_dir / "gold.jsonl")):
        for ev in row.get("events") or []:
            key = ev.get("event_id") or f"{row['doc_id']}#{len(unique)}"
            unique.setdefault(key, dict(ev, doc_ids=[]))["doc_ids"].append(row["doc_id"])
    golds = list(unique.values())

    def sourced(g: dict, p: dict) -> bool:
        return score.compatible(g, p) and bool(set(g["doc_ids"]) & set(p.get("doc_ids") or []))

    matched = {pi for _, pi in score.match(golds, preds, sourced)}
    con = sqlite3.connect(db)
    readings: dict[int, list[float]] = {}
    for event_id, conf in con.execute(
            "SELECT es.event_id, m.confidence FROM event_sources es JOIN mentions m ON m.id = es.mention_id"):
        readings.setdefault(event_id, []).append(conf)
    con.close()
    rows = []
    for i, p in enumerate(preds):
        confs = readings.get(p["id"]) or [p.get("confidence") or 0.5]
        miss = 1.0
        for c in confs:
            miss *= 1.0 - min(max(c, 0.0), 0.99)
        rows.append((confs, 1.0 - miss, len(p.get("doc_ids") or []) or 1, int(i in matched)))
    return rows


def fit(rows, form: str = "full") -> tuple[float, float, float]:
    """``full``: a, b and c fitted; ``reports``: the best reading's logit kept as it is (a=1),
    only the number of reports' weight b fitted (c=0); ``best``: the best reading alone."""
    if form == "best":
        return 1.0, 0.0, 0.0
    from sklearn.linear_model import LogisticRegression
    X = [list(features(c, n)) for c, _, n, _ in rows]
    y = [lab for *_, lab in rows]
    if form == "reports":
        # logistic regression on log(reports) with the best reading's logit as an offset
        import numpy as np
        from scipy.optimize import minimize_scalar
        x0 = np.array([x[0] for x in X])
        ln = np.array([x[1] for x in X])
        yy = np.array(y)

        def loss(b: float) -> float:
            z = x0 + b * ln
            return float(np.sum(np.logaddexp(0, z) - yy * z))
        b = minimize_scalar(loss, bounds=(0.0, 5.0), method="bounded").x
        return 1.0, float(b), 0.0
    m = LogisticRegression(C=10.0).fit(X, y)
    return float(m.coef_[0][0]), float(m.coef_[0][1]), float(m.intercept_[0])


def predict(params, confs, n) -> float:
    x, ln = features(confs, n)
    return 1 / (1 + math.exp(-(params[0] * x + params[1] * ln + params[2])))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval-dir", default=str(ROOT.parent / "shared" / "eval"))
    ap.add_argument("--dry-run", action="store_true", help="print the figures, do not write the file")
    args = ap.parse_args()
    eval_dir = Path(args.eval_dir)
    score = load_score(eval_dir)
    sets = sorted(p for p in (eval_dir / "dev").iterdir() if (p / "gold.jsonl").exists())
    with tempfile.TemporaryDirectory() as tmp:
        by_set = {s.name: rows_of_set(s, score, Path(tmp)) for s in sets}
    every = [r for rows in by_set.values() for r in rows]
    noisy = [(nor, lab) for _, nor, _, lab in every]
    acc = sum(lab for *_, lab in every) / len(every)
    print(f"merged events: {len(every)}, matched {acc:.3f}")
    print(f"ECE noisy-or (before):                   {ece(noisy):.3f}   mean {sum(p for p, _ in noisy) / len(noisy):.3f}")
    scores = {}
    for form in ("best", "reports", "full"):
        oof = []
        for name, rows in by_set.items():
            params = fit([r for other, rs in by_set.items() if other != name for r in rs], form)
            oof += [(predict(params, c, n), lab) for c, _, n, lab in rows]
        scores[form] = ece(oof)
        print(f"ECE {form:8s} leave-one-set-out:        {scores[form]:.3f}   mean {sum(p for p, _ in oof) / len(oof):.3f}")
    form = min(scores, key=scores.get)
    params = fit(every, form)
    print(f"chosen (lowest held-out ECE): {form}; fitted on all sets: a={params[0]:.3f} b={params[1]:.3f} c={params[2]:.3f}")
    if not args.dry_run:
        PARAMS_PATH.write_text(json.dumps({"a": round(params[0], 4), "b": round(params[1], 4), "c": round(params[2], 4), "form": form,
                                           "fitted_on": [s.name for s in sets], "events": len(every)}, indent=1) + "\n",
                               encoding="utf-8")
        print(f"wrote {PARAMS_PATH.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
