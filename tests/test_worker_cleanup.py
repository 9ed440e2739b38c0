"""Killed --workers runs leave no workers behind (issue 12): SIGTERM stops them at once,
and after SIGKILL of the parent they notice and exit within seconds."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

TEXT = ("Hundreds of farmers blocked the road between Espinar and Yauri on Monday, and police "
        "fired tear gas at 300 protesters in Puno on 3 March. ")


def _children(pid: int) -> set[int]:
    """Every descendant of ``pid`` (from /proc)."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    out, frontier = set(), {pid}
    while frontier:
        frontier = {c for c, p in parents.items() if p in frontier} - out
        out |= frontier
    return out


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(40):
        (d / f"r{i:02d}.txt").write_text(f"Report {i}. " + TEXT * 300)
    return d


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_killed_workers_run_leaves_no_workers(tmp_path, corpus, sig):
    proc = subprocess.Popen(
        [sys.executable, "-m", "conflictwatch.cli", "ingest", "--db", str(tmp_path / "cw.db"),
         "--workers", "2", "--batch-size", "1", "-q", str(corpus)],
        env={**os.environ, "PYTHONPATH": ROOT}, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, start_new_session=True)
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(workers) < 2:
        time.sleep(0.2)
        workers = _children(proc.pid)
    assert len(workers) >= 2, "the workers did not start"
    time.sleep(1.5)                                   # mid-run
    os.kill(proc.pid, sig)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.2)
    left = [w for w in workers if _alive(w)]
    for w in left:                                    # do not leave them to the next test
        os.kill(w, signal.SIGKILL)
    assert not left, f"workers left behind after {sig.name}: {left}"
    if sig == signal.SIGTERM:
        assert proc.returncode in (143, -15, 1), proc.returncode
        assert b"Traceback" not in proc.stderr.read()
