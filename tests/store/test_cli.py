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
    from conflictwatch.store import Store
    Store.open(db).close()
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


@pytest.mark.parametrize("args", [["events"], ["conflicts"], ["show", "1"],
                                  ["export", "--format", "geojson"], ["serve"]])
def test_read_commands_refuse_a_database_that_does_not_exist(tmp_path, args):
    db = tmp_path / "typo.db"
    res = CliRunner().invoke(main, [*args, "--db", str(db)])
    assert res.exit_code != 0 and "E305" in res.output and str(db) in res.output
    assert not db.exists()                            # no empty database was created


@pytest.mark.parametrize("option", ["--from", "--to"])
@pytest.mark.parametrize("value", ["15/12/2022", "2022-13-01", "yesterday"])
def test_unparseable_dates_are_E112(tmp_path, reports_file, option, value):
    db = str(tmp_path / "cw.db")
    runner = CliRunner()
    runner.invoke(main, ["ingest", "--db", db, "-q", str(reports_file)])
    for cmd in (["events"], ["export", "--format", "acled-csv"]):
        res = runner.invoke(main, [*cmd, "--db", db, option, value])
        assert res.exit_code == 2 and "E112" in res.output and "YYYY-MM-DD" in res.output


UNDATED_EN = ("Miners block the road to Chala\n\n"
              "Artisanal miners blocked the Pan-American highway near Chala on Monday, demanding "
              "formalisation permits. Police cleared the road on Tuesday and detained 14 miners.")
UNDATED_ES = ("Mineros bloquean la vía a Chala\n\n"
              "Mineros artesanales bloquearon el lunes la Panamericana cerca de Chala para exigir "
              "permisos de formalización. La policía despejó la vía el martes y detuvo a 14 mineros.")


@pytest.mark.parametrize("text", [UNDATED_EN, UNDATED_ES], ids=["en", "es"])
def test_ingest_without_a_date_warns_and_a_rerun_with_published_extracts_again(tmp_path, text):
    db = str(tmp_path / "cw.db")
    report = tmp_path / "chala.txt"
    report.write_text(text, encoding="utf-8")
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", "--db", db, str(report)])
    assert first.exit_code == 0
    assert "warning: chala: no publication date" in first.stderr and "--published" in first.stderr
    dated_before = [json.loads(x) for x in runner.invoke(main, ["events", "--db", db, "--json"]).stdout.splitlines()]
    assert all(not e.get("date") for e in dated_before)   # 'on Monday' cannot be placed without a date

    again = runner.invoke(main, ["ingest", "--db", db, "--published", "2024-03-06", str(report)])
    summary = json.loads(again.stdout.strip().splitlines()[-1])
    assert summary["duplicates"] == 0 and summary["new"] == 1, summary
    rows = [json.loads(x) for x in runner.invoke(main, ["events", "--db", db, "--json"]).stdout.splitlines()]
    assert rows and all(r["date"] for r in rows)
    assert {"2024-03-04", "2024-03-05"} & {r["date"] for r in rows}
    assert all(r["n_sources"] == 1 for r in rows)         # the old mentions were replaced, not doubled
    third = runner.invoke(main, ["ingest", "--db", db, "--published", "2024-03-06", str(report)])
    assert json.loads(third.stdout.strip().splitlines()[-1])["duplicates"] == 1


def test_a_report_without_a_date_places_relative_dates_against_a_date_it_states(tmp_path):
    from conflictwatch.pipeline import extract
    text = ("Police detained 14 miners on Saturday near Chala. The government declared a state "
            "of emergency in the province on 4 December 2011.")
    result = extract(text, lang="en")[0]
    arrest = [e for e in result.events if e.type == "arrest"]
    assert arrest and arrest[0].date == "2011-12-03"      # the Saturday before the stated date
    assert result.report.published is None                 # the report itself stays undated
