"""Batched, parallel extraction gives what one process gives, in the same order, streaming."""
from __future__ import annotations

import itertools
import json

import pytest
from click.testing import CliRunner

from conflictwatch.cli import main
from conflictwatch.errors import BadSetting, ConflictWatchError
from conflictwatch.parallel import RunSummary, extract_stream, iter_extract
from conflictwatch.ingest import read_paths
from conflictwatch.pipeline import extract_report
from conflictwatch.records import ExtractionResult, Report

from .ingest.test_warc import build_warc

pytest.importorskip("conflictwatch.extract.events", exc_type=ImportError,
                    reason="the extractor (conflictwatch.extract.events) is not importable yet")

TEXTS = {
    "en": [
        "Workers at the Antamina copper mine in Áncash went on strike on Monday, demanding a "
        "share of the profits, the union said. About 1,200 miners joined the stoppage.",
        "Residents of Espinar blocked the road to the Tintaya mine on Tuesday, accusing the "
        "company of polluting their rivers. Police arrested 14 people.",
        "The government declared a state of emergency in the Putumayo region on Friday after "
        "a week of clashes between coca growers and soldiers.",
    ],
    "es": [
        "Los trabajadores de la mina Antamina, en Áncash, iniciaron una huelga el lunes para "
        "exigir una participación en las utilidades, informó el sindicato. Unos 1.200 mineros "
        "se sumaron a la paralización.",
        "Pobladores de Espinar bloquearon el martes la vía hacia la mina Tintaya y acusaron a "
        "la empresa de contaminar sus ríos. La policía detuvo a 14 personas.",
        "El Gobierno declaró el viernes el estado de emergencia en la región del Putumayo "
        "tras una semana de enfrentamientos entre cocaleros y militares.",
    ],
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Text files in both languages, a JSON Lines file, and inputs that are skipped."""
    root = tmp_path_factory.mktemp("corpus")
    for lang, texts in TEXTS.items():
        for i, text in enumerate(texts):
            (root / f"{lang}-{i}.txt").write_text(text, encoding="utf-8")
    with open(root / "batch.jsonl", "w", encoding="utf-8") as fh:
        for lang, texts in TEXTS.items():
            for i, text in enumerate(texts):
                fh.write(json.dumps({"doc_id": f"j-{lang}-{i}", "lang": lang, "text": text,
                                     "published": "2024-02-16"}) + "\n")
        fh.write("{not json\n")
    (root / "empty.txt").write_text("")
    (root / "scan.pdf").write_bytes(b"%PDF-1.4")
    for lang in ("en", "es"):       # pages in web archives: cleaned in the workers
        build_warc(root / f"crawl-{lang}.warc.gz", lang, gz=True)
    return root


def _snapshot(items):
    out = []
    for item in items:
        if isinstance(item, ConflictWatchError):
            out.append(("error", item.code, item.path, item.line))
        else:
            out.append((item.report.doc_id, item.report.lang,
                        [e.to_dict() for e in item.events]))
    return out


@pytest.fixture(scope="module")
def serial(corpus):
    return _snapshot(iter_extract([corpus], published="2024-02-16", workers=1))


def test_serial_run_extracts_every_report_and_reports_every_skip(serial):
    errors = [s for s in serial if s[0] == "error"]
    assert sorted(e[1] for e in errors) == ["E101", "E102", "E105", "E105", "E106"]
    reports = [s for s in serial if s[0] != "error"]
    assert len(reports) == 16
    assert {s[1] for s in reports} == {"en", "es"}
    assert sum(len(s[2]) for s in reports) >= 16          # every text reports an event


def test_serial_run_is_read_paths_then_extract_report(corpus, serial):
    """The batched run (archive pages cleaned in the worker) gives what the plain library
    calls give, errors included, in the same order."""
    plain = [item if isinstance(item, ConflictWatchError) else extract_report(item)
             for item in read_paths([corpus], published="2024-02-16")]
    assert _snapshot(plain) == serial
    pages = [r for r in plain if isinstance(r, ExtractionResult) and r.report.url]
    assert len(pages) == 4 and all(p.report.text and p.report.title for p in pages)


@pytest.mark.parametrize("batch_size", [1, 2, 5])
def test_two_worker_processes_give_the_same_records_in_the_same_order(corpus, serial, batch_size):
    got = _snapshot(iter_extract([corpus], published="2024-02-16", workers=2,
                                 batch_size=batch_size))
    assert got == serial


def test_dask_local_cluster_gives_the_same_records_in_the_same_order(corpus, serial):
    got = _snapshot(iter_extract([corpus], published="2024-02-16", engine="dask", workers=2,
                                 batch_size=3, processes=False))
    assert got == serial


def test_extraction_is_streamed_with_a_bounded_number_of_batches_in_flight():
    consumed = itertools.count()

    def endless():
        for i in itertools.count():
            next(consumed)
            lang = "en" if i % 2 else "es"
            yield Report(doc_id=f"r{i}", text=TEXTS[lang][i % 3], lang=lang)

    stream = extract_stream(endless(), workers=2, batch_size=3)
    first = list(itertools.islice(stream, 4))
    stream.close()
    assert [r.report.doc_id for r in first] == ["r0", "r1", "r2", "r3"]
    assert all(isinstance(r, ExtractionResult) for r in first)
    # 2 workers x 2 batches in flight x 3 reports, plus the batch being filled
    assert next(consumed) <= 2 * 2 * 3 + 3 + 1


def test_extraction_failure_of_one_report_is_E201_in_place(monkeypatch):
    import conflictwatch.pipeline as pipeline
    real = pipeline.extract_report

    def flaky(report):
        if report.doc_id == "bad":
            raise RuntimeError("boom")
        return real(report)

    monkeypatch.setattr(pipeline, "extract_report", flaky)
    items = [Report(doc_id=d, text=TEXTS["en"][0], lang="en") for d in ("a", "bad", "c")]
    out = list(extract_stream(items, workers=1, batch_size=2))
    assert isinstance(out[1], ConflictWatchError) and out[1].code == "E201"
    assert "boom" in out[1].message and out[1].path == "bad"
    assert [o.report.doc_id for o in (out[0], out[2])] == ["a", "c"]


@pytest.mark.parametrize("kwargs", [{"engine": "spark"}, {"workers": 0},
                                    {"scheduler": "tcp://127.0.0.1:1"}])
def test_bad_engine_settings_are_E501(kwargs):
    with pytest.raises(BadSetting):
        list(extract_stream([], **kwargs))


def test_run_summary_counts_reads_skips_and_events(serial, corpus):
    summary = RunSummary()
    for item in iter_extract([corpus], published="2024-02-16"):
        summary.add(item)
    assert (summary.read, summary.extracted, summary.n_skipped) == (16, 16, 5)
    assert summary.events == sum(len(s[2]) for s in serial if s[0] != "error")
    text = "\n".join(summary.lines())
    assert "16 reports read" in text and "E101" in text
    assert "E105 an HTML page with no article text: 2" in text


def _cli(args):
    result = CliRunner().invoke(main, ["extract", *map(str, args)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.mark.parametrize("extra", [["--workers", "2", "--batch-size", "2"],
                                   ["--engine", "dask", "--workers", "1"]])
def test_cli_parallel_options_print_the_same_lines_as_one_process(corpus, extra):
    one = _cli([corpus, "--published", "2024-02-16"])
    many = _cli([corpus, "--published", "2024-02-16", *extra])
    assert one.exit_code == many.exit_code == 1              # the skipped inputs
    assert many.stdout == one.stdout and len(one.stdout.splitlines()) == 16
    assert "Summary: 16 reports read" in many.stderr


def test_cli_scheduler_without_dask_is_a_usage_error(corpus):
    result = _cli([corpus, "--scheduler", "tcp://127.0.0.1:8786"])
    assert result.exit_code == 2 and "--engine dask" in result.stderr


def test_dask_scheduler_address_is_used(corpus, serial):
    from dask.distributed import LocalCluster
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                      dashboard_address=None) as cluster:
        got = _snapshot(iter_extract([corpus], published="2024-02-16", engine="dask",
                                     scheduler=cluster.scheduler_address, batch_size=4))
    assert got == serial


def test_unreachable_dask_scheduler_is_E501(monkeypatch):
    import conflictwatch.parallel as parallel
    monkeypatch.setattr(parallel, "DASK_CONNECT_TIMEOUT_S", 1)
    with pytest.raises(BadSetting, match="tcp://127.0.0.1:9"):
        list(extract_stream([], engine="dask", scheduler="tcp://127.0.0.1:9"))


def _stored(db):
    from conflictwatch.store import Store
    with Store(db) as store:
        rows, _ = store.list_events(limit=None, sort="id", status="all")
        conflicts, _ = store.list_conflicts(limit=None)
    drop = {"id", "created_at", "updated_at", "conflict_id"}
    return ([{k: v for k, v in r.items() if k not in drop} for r in rows],
            sorted(c["name"] for c in conflicts))


@pytest.mark.parametrize("extra", [["--workers", "2", "--batch-size", "3"],
                                   ["--engine", "dask", "--workers", "1"]])
def test_ingest_in_workers_stores_what_one_process_stores(corpus, tmp_path, extra):
    one_db, many_db = f"sqlite:///{tmp_path / 'one.db'}", f"sqlite:///{tmp_path / 'many.db'}"
    one = CliRunner().invoke(main, ["ingest", str(corpus), "--db", one_db, "-q",
                                    "--published", "2024-02-16"])
    many = CliRunner().invoke(main, ["ingest", str(corpus), "--db", many_db, "-q",
                                     "--published", "2024-02-16", *extra])
    assert one.exit_code == many.exit_code == 1, many.output      # the skipped inputs
    assert json.loads(many.stdout.splitlines()[-1]) == json.loads(one.stdout.splitlines()[-1])
    events, conflicts = _stored(one_db)
    assert len(events) >= 5 and conflicts          # the .jsonl repeats the .txt texts
    assert _stored(many_db) == (events, conflicts)
