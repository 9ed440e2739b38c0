"""Score event detection inside complex prose on the hand-written probe (issue 9).

    PYTHONPATH=. .venv/bin/python scripts/probe_detection.py [--show] [--data PATH]

Runs the extractor over tests/extract/data/detection_probe.yaml and prints, per language
and per type, the share of expected events found with the right type (and action, for
state_of_emergency) and date, and the predicted events that match no expected one
("false"), split between event reports and near-miss reports (which expect none).

Date match: a gold day needs a predicted day within one day of it (a predicted month or
year does not count: this probe measures detection with the date the report gives); a gold
month needs a prediction inside that month. Place is not scored here (see
scripts/probe_attachment.py). Gold events marked ``optional`` are neither required nor
held against a prediction that matches them.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "extract" / "data" / "detection_probe.yaml"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from probe_common import TYPES, align, load as _load, one_per_day, predict, same_type, within_a_day  # noqa: E402


def load(path: Path = DATA) -> list[dict]:
    return _load(path)


def matches(g: dict, p) -> bool:
    return same_type(g, p) and within_a_day(g["date"], p.date)


def score_report(rep: dict, preds=None) -> tuple[list[dict], list[dict], list]:
    """(found, missed, false) for one report (events of one type and day at several places
    are one detection: place is not scored here)."""
    preds = one_per_day(list(predict(rep) if preds is None else preds))
    return align(rep.get("expected") or [], preds, matches)


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} = {a / b:.2f}" if b else "-"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--show", action="store_true", help="list misses and false events")
    args = ap.parse_args(argv)
    reps = load(args.data)
    found, total = Counter(), Counter()
    tfound, ttotal = Counter(), Counter()
    false_ev, false_nm, nm_clean, nm_n = Counter(), Counter(), Counter(), Counter()
    for rep in reps:
        lang = rep["lang"]
        f, m, fl = score_report(rep)
        for g in f:
            found[lang] += 1
            tfound[(lang, g["type"])] += 1
        for g in f + m:
            total[lang] += 1
            ttotal[(lang, g["type"])] += 1
        if rep.get("near_miss"):
            nm_n[lang] += 1
            false_nm[lang] += len(fl)
            nm_clean[lang] += not fl
        else:
            false_ev[lang] += len(fl)
        if args.show and (m or fl):
            print(f"--- {rep['id']} ({rep['published']})")
            for g in m:
                print(f"    MISS  {g['type']:<18} {g.get('action') or '':<8} {g['date']}")
            for p in fl:
                print(f"    FALSE {p.type:<18} {p.action or '':<8} {p.date}  "
                      f"{getattr(p, 'trigger', '') or ''}")
    langs = sorted(total) or ["es", "en"]
    print(f"{'':20}" + "".join(f"{lg:>16}" for lg in langs) + f"{'all':>16}")
    print(f"{'found':20}" + "".join(f"{_pct(found[lg], total[lg]):>16}" for lg in langs)
          + f"{_pct(sum(found.values()), sum(total.values())):>16}")
    for t in TYPES:
        row = [(tfound[(lg, t)], ttotal[(lg, t)]) for lg in langs]
        a, b = sum(x for x, _ in row), sum(y for _, y in row)
        if b:
            print(f"  {t:18}" + "".join(f"{_pct(x, y):>16}" for x, y in row) + f"{_pct(a, b):>16}")
    print(f"{'false (event rpts)':20}" + "".join(f"{false_ev[lg]:>16}" for lg in langs)
          + f"{sum(false_ev.values()):>16}")
    print(f"{'false (near misses)':20}" + "".join(f"{false_nm[lg]:>16}" for lg in langs)
          + f"{sum(false_nm.values()):>16}")
    print(f"{'near misses clean':20}" + "".join(f"{_pct(nm_clean[lg], nm_n[lg]):>16}" for lg in langs)
          + f"{_pct(sum(nm_clean.values()), sum(nm_n.values())):>16}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
