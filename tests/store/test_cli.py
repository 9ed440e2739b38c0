"""The store commands of the CLI (ingest, events, conflicts, show, export) on a SQLite file.

Events come from the real extractor, so these tests check plumbing (idempotence, formats,
errors), not extraction quality."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conflictwatch.cli import main
from tests.store.cases import EN_BLOCKADE, ES_BLOCKADE


@pytest.fixture
def reports_file(tmp_path):
    path = tmp_path / "reports.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for rep in (EN_BLOCKADE, ES_BLOCKADE):
            fh.write(json.dumps({"doc_id": rep.doc_id, "lang": rep.lang, "published": rep.published.isoformat(),
                                 "title": rep.title, "text": rep.text, "url": rep.url, "source": rep.source},
                                ensure_ascii=False) + "\n")
    return path


def test_ingest_twice_stores_each_report_once(tmp_path, reports_file):
    db = str(tmp_path / "cw.db")
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", "--db", db, "-q", str(reports_file)])
    summary = json.loads(first.stdout.strip().splitlines()[-1])
    assert summary["reports"] == 2 and summary["new"] + summary["failed"] == 2
    again = runner.invoke(main, ["ingest", "--db", db, "-q", str(reports_file)])
    summary2 = json.loads(again.stdout.strip().splitlines()[-1])
    assert summary2["new"] == 0
    assert summary2["duplicates"] == summary["new"]     # failed ones are retried, stored ones skipped

    listing = runner.invoke(main, ["events", "--db", db, "--json"])
    assert listing.exit_code == 0
    for line in listing.stdout.splitlines():
        row = json.loads(line)
        shown = runner.invoke(main, ["show", str(row["id"]), "--db", db])
        assert shown.exit_code == 0 and f"event {row['id']}" in shown.stdout
    exported = runner.invoke(main, ["export", "--db", db, "--format", "geojson"])
    assert exported.exit_code == 0 and json.loads(exported.stdout)["type"] == "FeatureCollection"
    assert runner.invoke(main, ["conflicts", "--db", db, "--json"]).exit_code == 0


def test_show_unknown_event_and_ingest_without_paths_fail_with_guidance(tmp_path):
    db = str(tmp_path / "cw.db")
    runner = CliRunner()
    res = runner.invoke(main, ["show", "42", "--db", db])
    assert res.exit_code != 0 and "E302" in res.output
    res = runner.invoke(main, ["ingest", "--db", db])
    assert res.exit_code == 2 and "PATHS" in res.output


def test_a_bad_line_is_reported_and_the_rest_of_the_batch_is_stored(tmp_path, reports_file):
    mixed = tmp_path / "mixed.jsonl"
    lines = reports_file.read_text(encoding="utf-8").splitlines()
    mixed.write_text(lines[0] + "\n{not json at all\n" + lines[1] + "\n", encoding="utf-8")
    db = str(tmp_path / "cw.db")
    res = CliRunner().invoke(main, ["ingest", "--db", db, str(mixed)])
    summary = json.loads(res.stdout.strip().splitlines()[-1])
    assert res.exit_code == 1 and "E106" in res.stderr
    assert summary["unreadable"] == 1 and summary["reports"] == 2
