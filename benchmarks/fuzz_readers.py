"""Coverage-guided fuzzing of the readers with atheris, for a bounded time.

    .venv/bin/pip install -e '.[fuzz]'
    .venv/bin/python benchmarks/fuzz_readers.py --seconds 60            # every reader in turn
    .venv/bin/python benchmarks/fuzz_readers.py --seconds 60 --reader jsonl

Each input goes through ``read_paths`` as a file of the reader's suffix (and through stdin
sniffing). The property is the one tests/fuzz checks with hypothesis: every item is a
Report or a coded ConflictWatchError, never E113 (a reader's unexpected exception) and
never an exception out of read_paths. A violation stops the run, writes the input to
``--crashes`` and exits 1. The seed corpus is written by this script (small EN/ES pages,
JSON Lines, a feed, an archive) so that mutation starts from valid shapes.

Each reader runs for seconds/len(readers) in a child process (``-max_total_time``); the
script prints executions, coverage and the result per reader.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READERS = {"text": ".txt", "html": ".html", "jsonl": ".jsonl", "feeds": ".rss", "warc": ".warc"}

SEEDS = {
    "text": ["Unos 300 mineros bloquearon la carretera a Cusco el lunes 3 de marzo.",
             "About 2,000 teachers marched in La Paz on Tuesday demanding higher wages."],
    "html": ["<html><head><title>Paro en Puno</title><meta property='article:published_time' "
             "content='2024-03-02'></head><body><article><p>Los docentes iniciaron un paro "
             "indefinido el lunes en Puno.</p></article></body></html>",
             "<html><body><main><h1>Strike</h1><p>Dock workers in Valparaíso went on strike on "
             "Friday.</p><script>x()</script></main></body></html>"],
    "jsonl": [json.dumps({"doc_id": "a", "text": "Campesinos bloquearon la vía el martes.", "lang": "es",
                          "published": "2024-05-01"}) + "\n" +
              json.dumps({"html": "<p>Farmers blocked the road on Monday.</p>", "title": "Road"}) + "\n"],
    "feeds": ["<?xml version='1.0'?><rss version='2.0'><channel><title>Diario</title><item><title>Paro"
              "</title><description>&lt;p&gt;Paro de transportistas en Lima el lunes.&lt;/p&gt;"
              "</description><pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate><link>http://example.org/1"
              "</link></item></channel></rss>"],
}


def _warc_seed() -> bytes:
    body = (b"<html><body><p>Unos 300 mineros bloquearon la carretera a Cusco el lunes.</p>"
            b"</body></html>")
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/a\r\n"
            f"WARC-Date: 2024-03-02T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def child(reader: str, seconds: int, crashes: Path, corpus: Path) -> None:
    """Runs inside one atheris process: fuzz one reader until ``seconds`` are up."""
    import atheris
    with atheris.instrument_imports(include=["conflictwatch"]):
        from conflictwatch.config import Settings
        from conflictwatch.errors import ConflictWatchError
        from conflictwatch.ingest import read_paths
        from conflictwatch.records import Report
    settings = Settings(max_file_bytes=1_000_000)
    work = Path(tempfile.mkdtemp(prefix="cw-fuzz-"))
    path = work / ("input" + READERS[reader])

    def check(items) -> None:
        for item in items:
            if isinstance(item, ConflictWatchError):
                if item.code == "E113":
                    raise AssertionError(f"reader crashed: {item}")
            elif not isinstance(item, Report):
                raise AssertionError(f"unexpected item {item!r}")

    def one(data: bytes) -> None:
        path.write_bytes(data)
        check(read_paths([str(path)], published="2024-05-01", settings=settings))
        check(read_paths(["-"], stdin=io.BytesIO(data), published="2024-05-01", settings=settings))

    atheris.Setup([sys.argv[0], f"-max_total_time={seconds}", f"-artifact_prefix={crashes}/{reader}-",
                   "-max_len=65536", "-rss_limit_mb=2048", "-print_final_stats=1", str(corpus)], one)
    atheris.Fuzz()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=int, default=60, help="Total fuzzing time, shared by the readers.")
    ap.add_argument("--reader", choices=sorted(READERS), action="append",
                    help="Fuzz only this reader (repeatable); default: all.")
    ap.add_argument("--crashes", default=str(ROOT / "out" / "fuzz-crashes"),
                    help="Folder for inputs that break the property.")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    args = ap.parse_args()
    crashes = Path(args.crashes)
    crashes.mkdir(parents=True, exist_ok=True)
    if args.child:
        child(args.child, args.seconds, crashes, Path(args.corpus))
        return 0
    readers = args.reader or sorted(READERS)
    per = max(1, args.seconds // len(readers))
    failed = []
    print(f"{'reader':8} {'seconds':>7} {'execs':>9} {'exec/s':>7} {'cov':>6} result")
    for reader in readers:
        corpus = Path(tempfile.mkdtemp(prefix=f"cw-corpus-{reader}-"))
        seeds = [_warc_seed()] if reader == "warc" else [s.encode() for s in SEEDS[reader]]
        for i, seed in enumerate(seeds):
            (corpus / f"seed{i}").write_bytes(seed)
        t0 = time.monotonic()
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        done = subprocess.run([sys.executable, __file__, "--child", reader, "--seconds", str(per),
                               "--crashes", str(crashes), "--corpus", str(corpus)],
                              capture_output=True, text=True, env=env, timeout=per + 120)
        log = done.stdout + done.stderr
        execs = next((ln.split()[-1] for ln in log.splitlines() if ln.startswith("stat::number_of_executed_units")), "?")
        rate = next((ln.split()[-1] for ln in log.splitlines() if ln.startswith("stat::average_exec_per_sec")), "?")
        cov = next((ln.split("cov:")[1].split()[0] for ln in reversed(log.splitlines()) if "cov:" in ln), "?")
        ok = done.returncode == 0
        result = "ok" if ok else f"FAILED (rc {done.returncode}; see {crashes})"
        print(f"{reader:8} {time.monotonic() - t0:7.0f} {execs:>9} {rate:>7} {cov:>6} {result}", flush=True)
        if not ok:
            failed.append(reader)
            tail = [ln for ln in log.splitlines() if "Error" in ln or "reader crashed" in ln][-5:]
            print("\n".join("    " + ln for ln in tail))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
