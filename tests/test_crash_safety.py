"""No data loss: an ingester killed with SIGKILL mid-run, then run again, stores every report
exactly once and leaves no partial event; two ingesters at once lose and duplicate nothing.

Everything runs the real CLI (``python -m conflictwatch.cli ingest``) in subprocesses on a
corpus of small generated reports (English and Spanish, written for these tests). The
10,000-report run is ``slow``; a 200-report run of the same checks is not.
PostgreSQL cases use a database of their own on the server of ``CONFLICTWATCH_TEST_PG_URL``
(skipped when unset).
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import ProgrammingError

PG_URL_ENV = "CONFLICTWATCH_TEST_PG_URL"
ROOT = Path(__file__).resolve().parent.parent

# Each template tells of one event (a check below extracts a sample to confirm it).
TEMPLATES = [
    ("en", "About {n} teachers marched through {town} on {day_en} demanding a pay rise, the union said."),
    ("es", "Unos {n} mineros bloquearon la carretera de acceso a {town} el {day_es}, según la policía."),
    ("en", "Some {n} dock workers in {town} went on strike on {day_en} over unpaid wages."),
    ("es", "Cerca de {n} estudiantes protestaron frente al municipio de {town} el {day_es} "
           "contra el alza de tarifas."),
]
# towns of several countries and publication dates over eight years, so that the reports
# tell of many distinct events (as a real corpus does) rather than of a few huge ones
TOWNS = ["Arequipa", "Cochabamba", "Guayaquil", "Cusco", "Valparaíso", "Medellín", "Rosario", "Puno"]
DAYS = [("Monday", "lunes"), ("Tuesday", "martes"), ("Friday", "viernes")]


def slow_enabled(config) -> bool:
    return bool(config.getoption("--slow", default=False) or os.environ.get("CONFLICTWATCH_SLOW"))


def headcount(i: int, lang: str) -> str:
    """A distinct crowd size per report, with a thousands separator (a bare 1801 reads as a year)."""
    return f"{100 + 7 * i:,}".replace(",", "," if lang == "en" else ".")


def published_on(i: int) -> date:
    return date(2017, 1, 1) + timedelta(days=(i * 37) % 2900)


def write_corpus(path: Path, n: int) -> list[dict]:
    """``n`` distinct small reports as JSON Lines; returns the records."""
    records = []
    for i in range(n):
        lang, tpl = TEMPLATES[i % len(TEMPLATES)]
        day_en, day_es = DAYS[i % len(DAYS)]
        body = tpl.format(n=headcount(i, lang), town=TOWNS[i % len(TOWNS)], day_en=day_en, day_es=day_es)
        records.append({"doc_id": f"r{i:05d}", "lang": lang, "published": published_on(i).isoformat(),
                        "text": body})
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return records


def ingest_cmd(corpus: Path, url: str) -> list[str]:
    return [sys.executable, "-m", "conflictwatch.cli", "ingest", str(corpus), "--db", url, "-q"]


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_ingest(corpus: Path, url: str, timeout: float = 900) -> dict:
    done = subprocess.run(ingest_cmd(corpus, url), capture_output=True, text=True, env=_env(),
                          timeout=timeout)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def stored_reports(db_file: Path) -> int:
    """Reports committed so far (a separate read-only connection, as a bystander sees it)."""
    if not db_file.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db_file}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM reports").fetchone()[0]
    except sqlite3.OperationalError:   # schema not created yet, or locked for a moment
        return 0


def check_complete(url: str, records: list[dict]) -> dict:
    """Every report stored exactly once, extracted, with its mentions; no partial event."""
    engine = create_engine(url)
    try:
        with engine.connect() as c:
            q = lambda sql: c.execute(text(sql)).all()  # noqa: E731
            doc_ids = [r[0] for r in q("SELECT doc_id FROM reports")]
            assert len(doc_ids) == len(set(doc_ids)), "a report is stored twice"
            assert sorted(doc_ids) == sorted(r["doc_id"] for r in records), "reports lost or foreign"
            assert q("SELECT count(*) FROM reports WHERE status <> 'extracted'")[0][0] == 0
            # every report has its mentions (each template tells of one event)
            assert q("SELECT count(*) FROM reports r WHERE NOT EXISTS "
                     "(SELECT 1 FROM mentions m WHERE m.report_id = r.id)")[0][0] == 0, \
                "a report was stored without its mentions"
            # every mention is a source of exactly one event, from its own report
            assert q("SELECT count(*) FROM mentions m WHERE NOT EXISTS "
                     "(SELECT 1 FROM event_sources s WHERE s.mention_id = m.id)")[0][0] == 0
            assert q("SELECT count(*) FROM event_sources s JOIN mentions m ON m.id = s.mention_id "
                     "WHERE s.report_id <> m.report_id")[0][0] == 0
            # no partial event: each has a source, its merged slots, a conflict that exists
            assert q("SELECT count(*) FROM events e WHERE NOT EXISTS "
                     "(SELECT 1 FROM event_sources s WHERE s.event_id = e.id)")[0][0] == 0
            assert q("SELECT count(*) FROM events e WHERE e.n_sources <> (SELECT count(DISTINCT "
                     "s.report_id) FROM event_sources s WHERE s.event_id = e.id)")[0][0] == 0
            assert q("SELECT count(*) FROM events WHERE search_text = '' OR conflict_id IS NULL "
                     "OR conflict_id NOT IN (SELECT id FROM conflicts)")[0][0] == 0
            assert q("SELECT count(*) FROM conflicts c WHERE NOT EXISTS "
                     "(SELECT 1 FROM events e WHERE e.conflict_id = c.id)")[0][0] == 0
            return {"reports": len(doc_ids), "mentions": q("SELECT count(*) FROM mentions")[0][0],
                    "events": q("SELECT count(*) FROM events")[0][0]}
    finally:
        engine.dispose()


def test_templates_tell_of_one_event_each_in_english_and_spanish():
    """The corpus's premise: a sample of its reports each yields exactly one event."""
    from conflictwatch.pipeline import extract
    for i in [*range(len(TEMPLATES) * len(DAYS)), 243, 1001, 9998, 9999]:
        lang, tpl = TEMPLATES[i % len(TEMPLATES)]
        day_en, day_es = DAYS[i % len(DAYS)]
        body = tpl.format(n=headcount(i, lang), town=TOWNS[i % len(TOWNS)], day_en=day_en, day_es=day_es)
        results = extract(body, published=published_on(i), lang=lang)
        assert sum(len(r.events) for r in results) == 1, body


def kill_mid_ingest_then_rerun(tmp_path: Path, n: int) -> dict:
    corpus = tmp_path / "reports.jsonl"
    records = write_corpus(corpus, n)
    db_file = tmp_path / "cw.db"
    url = f"sqlite:///{db_file}"
    proc = subprocess.Popen(ingest_cmd(corpus, url), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=_env())
    target = max(1, n // 4)
    deadline = time.monotonic() + 900
    try:
        while stored_reports(db_file) < target:
            assert proc.poll() is None, f"the ingester ended before it was killed: {proc.stderr.read()[-2000:]!r}"
            assert time.monotonic() < deadline, "the ingester made no progress"
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    at_kill = stored_reports(db_file)
    assert 0 < at_kill < n, "the kill did not land mid-ingest"
    summary = run_ingest(corpus, url)
    assert summary["reports"] == n
    assert summary["duplicates"] == at_kill and summary["new"] == n - at_kill
    assert summary["failed"] == 0 and summary["unreadable"] == 0
    counts = check_complete(url, records)
    # a third run changes nothing
    again = run_ingest(corpus, url)
    assert again["new"] == 0 and again["duplicates"] == n
    assert check_complete(url, records) == counts
    return dict(counts, at_kill=at_kill)


def test_sigkill_mid_ingest_then_rerun_stores_each_report_once(tmp_path):
    kill_mid_ingest_then_rerun(tmp_path, 200)


@pytest.mark.slow
def test_sigkill_mid_ingest_of_10000_reports_then_rerun(tmp_path, request):
    if not slow_enabled(request.config):
        pytest.skip("slow: run with --slow (or CONFLICTWATCH_SLOW=1)")
    kill_mid_ingest_then_rerun(tmp_path, 10_000)


# --- two ingesters at once ----------------------------------------------------------------

@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def fresh_url(request, tmp_path):
    """A new, empty database: a SQLite file, or a PostgreSQL database made for this test
    (so tests running beside this one on the same server are untouched)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'cw.db'}"
        return
    base = os.environ.get(PG_URL_ENV)
    if not base:
        pytest.skip(f"{PG_URL_ENV} is not set (scripts/start_postgres.sh starts a server and prints one)")
    name = f"cw_crash_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin.url.set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        # (a backend of another role, an autovacuum worker, may still be on the new database:
        # FORCE cannot end it, so wait a moment for it to leave rather than fail the teardown)
        for attempt in range(10):
            try:
                with admin.connect() as c:
                    c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                break
            except ProgrammingError:
                if attempt == 9:
                    raise
                time.sleep(0.5)
        admin.dispose()


def test_two_ingesters_at_once_lose_and_duplicate_nothing(tmp_path, fresh_url):
    """Both start together on a new database and read the same 150 reports."""
    corpus = tmp_path / "reports.jsonl"
    records = write_corpus(corpus, 150)
    procs = [subprocess.Popen(ingest_cmd(corpus, fresh_url), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=_env()) for _ in range(2)]
    outs = [p.communicate(timeout=600) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err[-3000:]
    summaries = [json.loads(out.strip().splitlines()[-1]) for out, _ in outs]
    assert sum(s["new"] for s in summaries) == 150
    assert all(s["new"] + s["duplicates"] == 150 and s["failed"] == 0 for s in summaries)
    counts = check_complete(fresh_url, records)
    assert counts["reports"] == counts["mentions"] == 150
