"""How the exports fare with their clients on the gold events of the shared development sets:
the share of ACLED-style actor names in acled-csv, and of PLOVER records valid against
conflictwatch/export/data/plover.schema.json. Each gold event is exported as one merged event.

    .venv/bin/python benchmarks/export_clients.py [--eval-dir ../shared/eval] [--show]
"""
from __future__ import annotations

import argparse
import collections
import json
import re
from pathlib import Path

import jsonschema

from conflictwatch.export.acled import acled_row
from conflictwatch.export.plover import plover_record

ROOT = Path(__file__).resolve().parents[1]
# the name forms ACLED uses for crowds (with an associated identity) and state forces
ACLED_STYLE = re.compile(
    r"^(Protesters|Rioters|Civilians|Farmers|Students|Teachers|Labour Group|Indigenous Group|Miners|"
    r"Health Workers|Journalists) \(.+\)$|^(Police|Military) Forces of .+|^Government of .+")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", default=str(ROOT.parent / "shared" / "eval"))
    ap.add_argument("--show", action="store_true", help="list the names that are not ACLED-style")
    args = ap.parse_args()
    schema = json.loads((ROOT / "conflictwatch" / "export" / "data" / "plover.schema.json").read_text())
    validator = jsonschema.Draft202012Validator(schema)
    n = collections.Counter()
    other = collections.Counter()
    for gold in sorted(Path(args.eval_dir, "dev").glob("*/gold.jsonl")):
        for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines()):
            doc = json.loads(line)
            for j, ev in enumerate(doc.get("events") or []):
                row = dict(ev, id=i * 1000 + j, doc_ids=[doc["doc_id"]])
                out = acled_row(row, timestamp=0)
                n["events"] += 1
                for col in ("actor1", "actor2"):
                    if out[col]:
                        n[col] += 1
                        if ACLED_STYLE.match(out[col]):
                            n[f"{col} ACLED-style"] += 1
                        else:
                            other[out[col]] += 1
                if ev.get("date"):
                    n["PLOVER records"] += 1
                    n["PLOVER valid"] += not any(True for _ in validator.iter_errors(plover_record(row)))
    print(f"| gold events | {n['events']} |")
    for col in ("actor1", "actor2"):
        print(f"| {col} ACLED-style | {n[f'{col} ACLED-style']} / {n[col]} |")
    print(f"| PLOVER records valid | {n['PLOVER valid']} / {n['PLOVER records']} |")
    if args.show:
        for name, k in other.most_common():
            print(f"{k:4d}  {name}")


if __name__ == "__main__":
    main()
