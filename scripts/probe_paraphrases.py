"""Coverage of the paraphrase probe (tests/extract/data/paraphrases_v2.yaml): the share of
positive reports whose expected type is extracted, per type and language, and the near
misses that wrongly yield their type.

    PYTHONPATH=. python scripts/probe_paraphrases.py [--show]
"""
from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

import yaml

from conflictwatch import extract

DATA = Path(__file__).resolve().parent.parent / "tests" / "extract" / "data" / "paraphrases_v2.yaml"


def load(path: Path = DATA) -> list[dict]:
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
    for c in cases:
        c["published"] = str(c["published"])
    return cases


def types_of(case: dict) -> set[str]:
    reports = extract(case["text"], published=case["published"], lang=case["lang"])
    return {e.type for r in reports for e in r.events}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", action="store_true", help="print every failing case")
    args = ap.parse_args()
    pos = defaultdict(lambda: [0, 0])
    neg = defaultdict(lambda: [0, 0])
    fails = []
    for c in load():
        got = types_of(c)
        if c["type"] == "none":
            key = (c["not"], c["lang"])
            ok = c["not"] not in got
            neg[key][0] += ok
            neg[key][1] += 1
        else:
            key = (c["type"], c["lang"])
            ok = c["type"] in got
            pos[key][0] += ok
            pos[key][1] += 1
        if not ok:
            fails.append((c, got))
    types = sorted({t for t, _ in pos})
    print(f"{'type':20} {'en':>7} {'es':>7}   near misses held (en/es)")
    tot = {"en": [0, 0], "es": [0, 0]}
    ntot = [0, 0]
    for t in types:
        cells = []
        for lang in ("en", "es"):
            a, b = pos[(t, lang)]
            tot[lang][0] += a
            tot[lang][1] += b
            cells.append(f"{a:>3}/{b:<3}")
        ncells = []
        for lang in ("en", "es"):
            a, b = neg[(t, lang)]
            ntot[0] += a
            ntot[1] += b
            ncells.append(f"{a}/{b}")
        print(f"{t:20} {cells[0]:>7} {cells[1]:>7}   {' '.join(ncells)}")
    a = tot["en"][0] + tot["es"][0]
    b = tot["en"][1] + tot["es"][1]
    print(f"{'all':20} {tot['en'][0]:>3}/{tot['en'][1]:<3} {tot['es'][0]:>3}/{tot['es'][1]:<3}   "
          f"detected {a}/{b} = {a / b:.1%}; near misses held {ntot[0]}/{ntot[1]}")
    if args.show:
        for c, got in fails:
            want = c["type"] if c["type"] != "none" else "not " + c["not"]
            print(f"- [{want} {c['lang']}] got {sorted(got)}: {c['text']}")


if __name__ == "__main__":
    main()
