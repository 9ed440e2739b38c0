"""Score TYPE decisions on the hand-written type probe (issue 9, type family).

    PYTHONPATH=. .venv/bin/python scripts/probe_types.py [--show] [--data PATH]

Runs the extractor over tests/extract/data/type_probe.yaml: reports built around the
borderline type decisions that SCHEMA.md's rules settle (a paro with roadblocks, a march
dispersed by force, detentions in a clash, a warrant vs an arrest, talks vs a deal, an
emergency prolonged vs widened, a hunger strike, an occupation, looting, votes and
statements). Prints, per language and per type, the expected events found (type, action
for state_of_emergency, date within one day; a gold month accepts any day in it), the
missing ones, and the false events (predictions that match no expected event), counted
under the predicted type.  Gold events marked ``optional`` are neither required nor held
against a prediction that matches them. Place is not scored here.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "extract" / "data" / "type_probe.yaml"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from probe_common import TYPES, load as _load  # noqa: E402
from probe_detection import score_report  # noqa: E402,F401  (the same matching and pairing)


def load(path: Path = DATA) -> list[dict]:
    return _load(path)


def _key(t: str, action: str | None) -> str:
    return f"{t}:{action}" if t == "state_of_emergency" and action else t


def tally(reps: list[dict]) -> dict:
    c = {k: Counter() for k in ("found", "missed", "false")}
    for rep in reps:
        lang = rep["lang"]
        f, m, fl = score_report(rep)
        for g in f:
            c["found"][(lang, _key(g["type"], g.get("action")))] += 1
        for g in m:
            c["missed"][(lang, _key(g["type"], g.get("action")))] += 1
        for p in fl:
            c["false"][(lang, _key(p.type, p.action))] += 1
    return c


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--show", action="store_true", help="list misses and false events")
    args = ap.parse_args(argv)
    reps = load(args.data)
    if args.show:
        for rep in reps:
            f, m, fl = score_report(rep)
            if m or fl:
                print(f"--- {rep['id']} ({rep['published']}) [{rep.get('family', '')}]")
                for g in m:
                    print(f"    MISS  {g['type']:<18} {g.get('action') or '':<8} {g['date']}")
                for p in fl:
                    print(f"    FALSE {p.type:<18} {p.action or '':<8} {p.date}  "
                          f"{getattr(p, 'trigger', '') or ''}")
    c = tally(reps)
    langs = sorted({lg for cnt in c.values() for lg, _ in cnt}) or ["en", "es"]
    keys = sorted({k for cnt in c.values() for _, k in cnt},
                  key=lambda k: (TYPES.index(k.split(":")[0]), k))
    head = f"{'':30}" + "".join(f"{lg + ' found/exp miss false':>26}" for lg in langs)
    print(head)

    def row(name, sel):
        cells = []
        for lg in langs:
            fo = sum(v for (l, k), v in c["found"].items() if l == lg and sel(k))
            mi = sum(v for (l, k), v in c["missed"].items() if l == lg and sel(k))
            fa = sum(v for (l, k), v in c["false"].items() if l == lg and sel(k))
            cells.append(f"{fo:>3}/{fo + mi:<3} {mi:>5} {fa:>5}".rjust(26))
        print(f"{name:30}" + "".join(cells))

    row("ALL", lambda k: True)
    for k in keys:
        row("  " + k, lambda kk, k=k: kk == k)
    return 0


if __name__ == "__main__":
    sys.exit(main())
