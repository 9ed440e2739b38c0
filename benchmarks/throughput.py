"""Extraction throughput: reports per second with 1 and 2 worker processes and on a Dask
LocalCluster, on a generated corpus.

    python benchmarks/gen_corpus.py --n 4000 --out /tmp/corpus4k --per-file 2000
    python benchmarks/throughput.py /tmp/corpus4k

Each configuration runs ``conflictwatch.parallel.iter_extract`` over the whole corpus in a
fresh process (so worker start-up and data loading count, as on the command line); the
rate is reports / wall-clock seconds, and "per core" divides by the workers used. The
records of every configuration are checked to be the same as the 1-worker run's.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys

RUN = r"""
import hashlib, json, sys, time
from conflictwatch.parallel import iter_extract
from conflictwatch.records import ExtractionResult
corpus, workers, engine = sys.argv[1], int(sys.argv[2]), sys.argv[3]
t = time.perf_counter()
h = hashlib.sha256(); n = events = 0
for item in iter_extract([corpus], workers=workers, engine=engine):
    if isinstance(item, ExtractionResult):
        n += 1; events += len(item.events)
        h.update(json.dumps(item.to_dict(), sort_keys=True).encode())
print(json.dumps({"reports": n, "events": events, "seconds": time.perf_counter() - t,
                  "digest": h.hexdigest()}))
"""

CONFIGS = [("local", 1), ("local", 2), ("dask", 2)]


def run(corpus: str, engine: str, workers: int) -> dict:
    out = subprocess.run([sys.executable, "-c", RUN, corpus, str(workers), engine],
                         capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result.update(engine=engine, workers=workers,
                  reports_per_s=round(result["reports"] / result["seconds"], 1),
                  per_core=round(result["reports"] / result["seconds"] / workers, 1),
                  seconds=round(result["seconds"], 1))
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    args = ap.parse_args()
    base = None
    for engine, workers in CONFIGS:
        r = run(args.corpus, engine, workers)
        base = base or r["digest"]
        r["same_records_as_1_worker"] = r["digest"] == base
        print(json.dumps({k: v for k, v in r.items() if k != "digest"}), flush=True)


if __name__ == "__main__":
    main()
