"""The sample corpus and `conflictwatch demo`; and the README's tour, run command by command
exactly as written (the long-running `serve` excepted: it is started and checked elsewhere)."""
from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

from click.testing import CliRunner

from conflictwatch.cli import main
from conflictwatch.demo import corpus_paths, ingest_demo, write_corpus
from conflictwatch.store import Store

README = Path(__file__).resolve().parents[1] / "README.md"


def test_the_corpus_has_english_and_spanish_reports_of_several_conflicts():
    rows = [json.loads(line) for p in corpus_paths() for line in p.read_text(encoding="utf-8").splitlines()]
    assert 15 <= len(rows) <= 25
    assert {r["lang"] for r in rows} == {"en", "es"}
    assert all(r["published"] and r["title"] and r["text"] for r in rows)
    assert len({r["doc_id"] for r in rows}) == len(rows)


def test_demo_builds_a_populated_database_once(tmp_path):
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    first = ingest_demo(url)
    assert first.new == first.reports >= 20 and first.failed == 0
    assert ingest_demo(url).duplicates == first.reports           # idempotent
    with Store.open(url) as store:
        conflicts, n = store.list_conflicts(limit=None)
        assert n >= 5 and sum(c["n_events"] >= 2 for c in conflicts) >= 4
        countries = {e["country"] for e in store.list_events(limit=None)[0]}
        assert {"PE", "CL", "BO", "MX"} <= countries


def test_demo_command_without_serving_and_corpus_dir(tmp_path):
    runner = CliRunner()
    db = tmp_path / "d.db"
    res = runner.invoke(main, ["demo", "--no-serve", "--db", str(db)])
    assert res.exit_code == 0 and "22 reports" in res.stderr and db.exists()
    res = runner.invoke(main, ["demo", "--corpus-dir", str(tmp_path / "s")])
    assert res.exit_code == 0
    assert (tmp_path / "s" / "reports" / "sample.jsonl").is_file()
    assert (tmp_path / "s" / "feeds.txt").read_text().strip().endswith("feeds/andean-wire.rss")
    assert write_corpus(tmp_path / "t")


def _readme_commands() -> list[tuple[str, str | None]]:
    """The console lines of the README's tour: ("$ command", heredoc body or None)."""
    text = README.read_text(encoding="utf-8")
    out = []
    for block in re.findall(r"```console\n(.*?)```", text, re.S):
        lines = block.splitlines()
        i = 0
        while i < len(lines):
            line = lines[i]
            i += 1
            if not line.startswith("$ "):
                continue
            m = re.match(r"\$ cat > (\S+) <<'(\w+)'$", line)
            if m:
                end = lines.index(m.group(2), i)
                out.append((line, "\n".join(lines[i:end]) + "\n"))
                i = end + 1
            else:
                out.append((line, None))
    return out


def test_the_readme_tour_runs_as_written(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    commands = _readme_commands()
    assert len(commands) >= 10
    outputs: dict[str, str] = {}
    for line, heredoc in commands:
        if heredoc is not None:
            Path(line.split()[3]).write_text(heredoc, encoding="utf-8")
            continue
        cmd = line[2:].split("  #")[0].strip()
        args = shlex.split(cmd)
        assert args[0] == ".venv/bin/conflictwatch", line
        args = args[1:]
        if args[0] == "serve":
            continue                      # runs until stopped; tests/web start the app
        out_file = None
        if ">" in args:
            out_file = args[args.index(">") + 1]
            args = args[:args.index(">")]
        res = runner.invoke(main, args)
        assert res.exit_code == 0, (line, res.output)
        if out_file:
            Path(out_file).write_text(res.stdout, encoding="utf-8")
        outputs[" ".join(args[:2])] = res.stdout
    crackdowns = outputs["events --db"]
    assert crackdowns.count("crackdown") == 3 and "Juliaca" in crackdowns
    shown = outputs["show 14"]
    assert "Juliaca" in shown and "[juliaca-airport-en]" in shown and "[juliaca-aeropuerto-es]" in shown
    assert Path("events.csv").read_text().startswith("event_id_cnty,")
    with Store.open("cw.db") as store:
        assert any("andean-wire" in (r["path"] or "") or (r["url"] or "").startswith("https://wire.example.org")
                   for r in store.list_reports(limit=None)[0])
        assert all(not (r["path"] or "").endswith("feeds.txt") for r in store.list_reports(limit=None)[0])


def test_serve_with_two_workers_answers_from_two_processes(tmp_path):
    """`serve --workers 2` on the demo database: the observatory answers, and two worker
    processes serve it (uvicorn's supervisor plus its children)."""
    import os
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    db = tmp_path / "demo.db"
    ingest_demo(f"sqlite:///{db}")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]),
               CONFLICTWATCH_RATE_LIMIT_PER_MINUTE="0")
    proc = subprocess.Popen([sys.executable, "-m", "conflictwatch.cli", "serve", "--db", str(db),
                             "--port", str(port), "--workers", "2"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline, body = time.monotonic() + 90, None
        while time.monotonic() < deadline and body is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as r:
                    body = r.read().decode()
            except OSError:
                assert proc.poll() is None, proc.stderr.read()
                time.sleep(0.5)
        assert body is not None and "Overview" in body and 'id="overview-map"' in body
        children = subprocess.run(["ps", "-ww", "-o", "cmd=", "--ppid", str(proc.pid)], capture_output=True,
                                  text=True).stdout.splitlines()
        workers = [c for c in children if "spawn_main" in c]       # not the resource tracker
        assert len(workers) == 2, children
    finally:
        proc.terminate()
        proc.wait(timeout=30)
