"""Unreadable files, FIFOs and /proc in a folder: E114 for that file, the rest is read, and
nothing ever waits on a FIFO (issue 12)."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from conflictwatch.errors import ConflictWatchError
from conflictwatch.ingest import read_paths
from conflictwatch.records import Report

TEXT = "Dockworkers at the port of Callao stopped work on Tuesday, their union said."
AS_ROOT = os.geteuid() == 0


def _folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(TEXT)
    os.mkfifo(d / "b.txt")
    os.mkfifo(d / "c.warc.gz")
    locked = d / "d.txt"
    locked.write_text(TEXT + " Again.")
    locked.chmod(0)
    (d / "e.txt").write_text(TEXT + " Once more.")
    return d


def _run(args: list[str], timeout=60):
    code = ("import sys, json\nfrom conflictwatch.ingest import read_paths\n"
            "for i in read_paths(sys.argv[1:], published='2024-05-06'):\n"
            "    print(getattr(i, 'code', 'report'), getattr(i, 'path', ''))\n")
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "PYTHONPATH": REPO})


def test_fifos_and_unreadable_files_are_e114_and_the_rest_is_read(tmp_path):
    d = _folder(tmp_path)
    # in a child process with a timeout: a FIFO opened for reading would block forever
    out = _run([str(d)])
    assert out.returncode == 0, out.stderr
    lines = [ln.split(" ", 1) for ln in out.stdout.splitlines()]
    codes = {os.path.basename(p): c for c, p in lines}
    assert codes["b.txt"] == "E114" and codes["c.warc.gz"] == "E114"
    if not AS_ROOT:                      # root reads files whatever their mode
        assert codes["d.txt"] == "E114"
    assert sum(c == "report" for c, _ in lines) == (2 if not AS_ROOT else 3)
    assert "Traceback" not in out.stderr


def test_a_fifo_named_on_the_command_line_does_not_hang(tmp_path):
    os.mkfifo(tmp_path / "x.jsonl")
    out = _run([str(tmp_path / "x.jsonl"), "-"], timeout=30)
    assert out.returncode == 0 and out.stdout.startswith("E114")


@pytest.mark.skipif(not os.path.exists("/proc/self/mem"), reason="needs Linux /proc")
def test_proc_files_are_read_or_refused_without_a_traceback(tmp_path):
    os.symlink("/proc/self/mem", tmp_path / "mem.txt")
    items = list(read_paths([tmp_path / "mem.txt"], published="2024-05-06"))
    assert len(items) == 1 and isinstance(items[0], ConflictWatchError)
    assert items[0].code in ("E114", "E102", "E103", "E104")


def test_watch_and_ingest_skip_a_fifo(tmp_path):
    from click.testing import CliRunner

    from conflictwatch.cli import main
    d = _folder(tmp_path)
    r = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "cw.db"), "-q", str(d)],
                           catch_exceptions=False)
    assert r.exit_code == 1 and '"reports": ' in r.stdout
    r = CliRunner().invoke(main, ["watch", str(d), "--db", str(tmp_path / "w.db"), "--once"],
                           catch_exceptions=False)
    assert "E114" in r.stderr
    assert isinstance(next(iter(read_paths([d / "a.txt"], published="2024-05-06"))), Report)
