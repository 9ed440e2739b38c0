"""Score date and place attachment on the hand-written probe (issue 9).

    PYTHONPATH=. .venv/bin/python scripts/probe_attachment.py [--show] [--data PATH]

Runs the extractor over tests/extract/data/attachment_probe.yaml and reports, per language,
the share of expected events found with the right type (and action) AND date AND admin1,
and the number of predicted events that match no expected one ("false"). The match is
stricter than score.py's: a gold day needs the same day (no two-day slack), a gold month
a date inside it, and a gold admin1 of null needs a prediction of no admin1 (SCHEMA rule 4).
Gold events marked ``optional`` are neither required nor held against a prediction.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "extract" / "data" / "attachment_probe.yaml"


sys.path.insert(0, str(Path(__file__).resolve().parent))
from probe_common import align, load as _load, predict, same_type  # noqa: E402


def load(path: Path = DATA) -> list[dict]:
    return _load(path)


def _fold(s):
    if s is None:
        return None
    from conflictwatch.geo.normalize import fold
    return fold(str(s))


def _date_ok(gold: str, pred: str | None) -> bool:
    if not pred:
        return False
    gold = str(gold)
    if len(gold) == 10:
        return pred == gold
    return pred.startswith(gold) or gold.startswith(pred) and len(pred) >= 7


def matches(g: dict, p) -> bool:
    return same_type(g, p) and _date_ok(g["date"], p.date) and _fold(p.admin1) == _fold(g.get("admin1"))


def score_report(rep: dict, preds=None) -> tuple[list[dict], list[dict], list]:
    """(found, missed, false) for one report: required gold events found and missed, and
    predictions that match no gold event (required or optional)."""
    preds = list(predict(rep) if preds is None else preds)
    return align(rep["events"], preds, matches)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", action="store_true", help="list misses and false events")
    ap.add_argument("--data", default=str(DATA))
    args = ap.parse_args()
    reports = load(Path(args.data))
    tally: dict[str, list[int]] = {}
    for rep in reports:
        found, missed, false = score_report(rep)
        t = tally.setdefault(rep["lang"], [0, 0, 0, 0])
        t[0] += len(found)
        t[1] += len(found) + len(missed)
        t[2] += len(false)
        t[3] += 1
        if args.show and (missed or false):
            print(f"--- {rep['id']} ({rep['published']})")
            for g in missed:
                print(f"  MISS  {g['type']:<18} {g['date']:<10} {g.get('admin1')}")
            for p in false:
                print(f"  FALSE {p.type:<18} {p.date:<10} {p.admin1}  [{p.location}]")
    total = [sum(v[i] for v in tally.values()) for i in range(4)]
    print("| lang | reports | found / expected | share | false events |")
    print("|---|---|---|---|---|")
    for lang, (f, n, fa, r) in sorted(tally.items()) + [("all", total)]:
        print(f"| {lang} | {r} | {f} / {n} | {f / n:.3f} | {fa} |")


if __name__ == "__main__":
    sys.exit(main())
