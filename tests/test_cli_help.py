"""The CLI as a shell user meets it: -h, shell completion, progress of ingest, export options."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from conflictwatch import cli
from conflictwatch.cli import main
from conflictwatch.store import cli as store_cli
from tests.store.cases import EN_BLOCKADE, ES_BLOCKADE


@pytest.mark.parametrize("args", [["-h"], ["export", "-h"], ["ingest", "-h"], ["extract", "-h"]])
def test_dash_h_is_help(args):
    short = CliRunner().invoke(main, args)
    long = CliRunner().invoke(main, [*args[:-1], "--help"])
    assert short.exit_code == 0 and short.stdout == long.stdout and "Usage:" in short.stdout


@pytest.mark.parametrize("shell,marker", [("bash", "complete -o"), ("zsh", "compdef"), ("fish", "complete --no-files --command conflictwatch")])
def test_click_completion_script_is_printed(shell, marker):
    res = CliRunner().invoke(main, [], prog_name="conflictwatch",
                             env={"_CONFLICTWATCH_COMPLETE": f"{shell}_source"})
    assert res.exit_code == 0 and marker in res.stdout and "_CONFLICTWATCH_COMPLETE" in res.stdout


def test_completion_offers_subcommands_and_choices():
    res = CliRunner().invoke(main, [], prog_name="conflictwatch",
                             env={"_CONFLICTWATCH_COMPLETE": "bash_complete", "COMP_WORDS": "conflictwatch exp",
                                  "COMP_CWORD": "1"})
    assert "export" in res.stdout
    res = CliRunner().invoke(main, [], prog_name="conflictwatch",
                             env={"_CONFLICTWATCH_COMPLETE": "bash_complete",
                                  "COMP_WORDS": "conflictwatch export --acled-inter ", "COMP_CWORD": "3"})
    assert "numeric" in res.stdout and "text" in res.stdout


@pytest.fixture
def reports_file(tmp_path):
    path = tmp_path / "reports.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for rep in (EN_BLOCKADE, ES_BLOCKADE):
            fh.write(json.dumps({"doc_id": rep.doc_id, "lang": rep.lang, "published": rep.published.isoformat(),
                                 "title": rep.title, "text": rep.text, "source": rep.source},
                                ensure_ascii=False) + "\n")
    return path


def test_ingest_reports_progress_per_report_unless_quiet(tmp_path, reports_file, monkeypatch):
    monkeypatch.setattr(store_cli, "PROGRESS_EVERY", 1)
    db = str(tmp_path / "cw.db")
    res = CliRunner().invoke(main, ["ingest", "--db", db, str(reports_file)])
    assert res.exit_code == 0, res.output
    lines = [line for line in res.stderr.splitlines() if "reports ingested" in line]
    assert lines == ["conflictwatch: 1 reports ingested, 0 skipped", "conflictwatch: 2 reports ingested, 0 skipped"]
    quiet = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "q.db"), "-q", str(reports_file)])
    assert "ingested" not in quiet.stderr


def test_export_acled_options(tmp_path, reports_file):
    db = str(tmp_path / "cw.db")
    CliRunner().invoke(main, ["ingest", "--db", db, "-q", str(reports_file)])
    res = CliRunner().invoke(main, ["export", "--db", db, "--format", "acled-csv", "--acled-inter", "numeric"])
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert res.exit_code == 0 and rows and all(r["inter1"].isdigit() for r in rows)
    text = CliRunner().invoke(main, ["export", "--db", db, "--format", "acled-csv"])
    assert all(not r["inter1"].isdigit() for r in csv.DictReader(io.StringIO(text.stdout)))
    bad = CliRunner().invoke(main, ["export", "--db", db, "--format", "acled-csv", "--acled-inter", "roman"])
    assert bad.exit_code == 2 and "text" in bad.stderr


def test_the_cli_module_documents_completion():
    assert "_CONFLICTWATCH_COMPLETE" in (cli.main.help or "")
