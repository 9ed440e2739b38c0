"""Peak memory of a streaming extraction run, whatever the corpus size.

    python benchmarks/gen_corpus.py --n 100000 --out /tmp/corpus100k
    python benchmarks/memory.py /tmp/corpus100k --workers 2

Runs ``conflictwatch extract CORPUS -q --workers N > /dev/null`` as a child process and
samples, every 0.2 s, the resident memory of it and all of its children (the worker
processes) with psutil; prints the peak of that sum, the largest single process
(getrusage's ru_maxrss), the time and the rate. Run it on corpora of different sizes: the
peak should not grow with the corpus.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time

import psutil


def tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def measure(corpus: str, workers: int = 1, engine: str = "local", extra=()) -> dict:
    cmd = [sys.executable, "-m", "conflictwatch.cli", "extract", corpus, "-q",
           "--workers", str(workers), "--engine", engine, *extra]
    started = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc = psutil.Process(child.pid)
    peak = 0
    lines = 0
    import threading

    def count():
        nonlocal lines
        for _ in child.stdout:
            lines += 1
    reader = threading.Thread(target=count, daemon=True)
    reader.start()
    while child.poll() is None:
        try:
            peak = max(peak, tree_rss(proc))
        except psutil.Error:
            pass
        time.sleep(0.2)
    reader.join()
    seconds = time.perf_counter() - started
    err = child.stderr.read().decode()
    return {"corpus": corpus, "workers": workers, "engine": engine, "reports": lines,
            "seconds": round(seconds, 1), "reports_per_s": round(lines / seconds, 1),
            "peak_rss_mb_all_processes": round(peak / 2**20),
            "max_rss_mb_largest_process": round(
                resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
            "exit": child.returncode, "stderr_tail": err[-300:]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--engine", default="local")
    args = ap.parse_args()
    print(json.dumps(measure(args.corpus, args.workers, args.engine), ensure_ascii=False))


if __name__ == "__main__":
    main()
