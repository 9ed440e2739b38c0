"""Poison dates (year 1, year 9999) in every reader: E112 for that report, the batch goes
on; the store's date arithmetic is clamped; a report that fails while being stored is kept
as failed and the batch goes on (issue 12)."""
from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest
from click.testing import CliRunner
from warcio.warcwriter import WARCWriter

from conflictwatch.cli import main
from conflictwatch.errors import ConflictWatchError
from conflictwatch.ingest import read_paths
from conflictwatch.ingest._dates import plausible_date
from conflictwatch.parallel import RunSummary, ingest_results, iter_extract
from conflictwatch.records import Report
from conflictwatch.store import Store
from tests.ingest.test_warc import _html, _response
from tests.store.cases import EN_BLOCKADE, ES_BLOCKADE, blockade_events

GOOD = {"en": "Teachers in Arequipa went on strike on Monday to demand higher wages.",
        "es": "Los maestros de Arequipa iniciaron una huelga el lunes para exigir mejores sueldos."}
POISON = ["0001-01-01", "9999-12-31"]


def _poisoned_folder(root, lang: str):
    """One poisoned report per reader, among good ones."""
    root.mkdir(exist_ok=True)
    lines = [{"doc_id": "good-1", "text": GOOD[lang], "published": "2024-05-06"},
             {"doc_id": "year-9999", "text": GOOD[lang] + " (b)", "published": "9999-12-31"},
             {"doc_id": "year-1", "text": GOOD[lang] + " (c)", "published": "0001-01-01T00:00:00"},
             {"doc_id": "good-2", "text": GOOD[lang] + " (d)", "published": "2024-05-07"}]
    (root / "a.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n")
    (root / "b.html").write_text(
        "<html><head><title>t</title><meta property='article:published_time' "
        f"content='9999-12-31T00:00:00Z'></head><body><article><p>{GOOD[lang]}</p><p>{GOOD[lang]}"
        "</p></article></body></html>", encoding="utf-8")
    (root / "c.atom").write_text(
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        "<title>f</title><id>urn:f</id><updated>2024-05-06T00:00:00Z</updated>"
        "<entry><title>x</title><id>urn:x</id><updated>9999-12-31T00:00:00Z</updated>"
        f"<content type='text'>{GOOD[lang]} (e)</content></entry></feed>", encoding="utf-8")
    with open(root / "d.warc.gz", "wb") as fh:
        _response(WARCWriter(fh, gzip=True), f"https://example.org/{lang}/x", _html(lang, 1),
                  warc_date="9999-12-31T00:00:00Z")
    (root / "e.txt").write_text(GOOD[lang] + " (f)", encoding="utf-8")


@pytest.mark.parametrize("value", [date(1, 1, 1), date(9999, 12, 31), date(1799, 12, 31)])
def test_implausible_dates_are_e112(value):
    with pytest.raises(ConflictWatchError) as err:
        plausible_date(value)
    assert err.value.code == "E112" and "--published" in err.value.message
    assert plausible_date(date(2024, 2, 29)) == date(2024, 2, 29)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_reader_refuses_a_poison_date_and_reads_on(tmp_path, lang):
    _poisoned_folder(tmp_path / "in", lang)
    items = list(read_paths([tmp_path / "in"]))
    errors = [i for i in items if isinstance(i, ConflictWatchError)]
    reports = [i for i in items if isinstance(i, Report)]
    where = sorted(e.path.rsplit("/", 1)[-1] for e in errors if e.code == "E112")
    assert where == ["a.jsonl", "a.jsonl", "b.html", "c.atom", "d.warc.gz"], [str(e) for e in errors]
    assert sorted(r.doc_id for r in reports) == ["e", "good-1", "good-2"]
    assert all(1800 <= r.published.year for r in reports if r.published)


@pytest.mark.parametrize("workers", [1, 2])
def test_ingest_stores_the_rest_of_a_poisoned_batch(tmp_path, workers):
    _poisoned_folder(tmp_path / "in", "en")
    db = tmp_path / "cw.db"
    args = ["ingest", "--db", str(db), str(tmp_path / "in")]
    if workers > 1:
        args += ["--workers", str(workers)]
    for _ in range(2):                      # and on a rerun: no crash either
        r = CliRunner().invoke(main, args)
        assert r.exception is None or isinstance(r.exception, SystemExit), r.output
        assert "Traceback" not in r.output and "OverflowError" not in r.output
        assert r.exit_code == 1 and "E112" in r.stderr
    store = Store(f"sqlite:///{db}")
    docs = sorted(x["doc_id"] for x in store.list_reports(limit=100)[0])
    store.close()
    assert docs == ["e", "good-1", "good-2"]


def test_watch_stores_the_rest_of_a_poisoned_batch(tmp_path):
    _poisoned_folder(tmp_path / "in", "es")
    db = tmp_path / "cw.db"
    r = CliRunner().invoke(main, ["watch", str(tmp_path / "in"), "--db", str(db), "--once"])
    assert "Traceback" not in r.output and "E112" in r.stderr, r.output
    store = Store(f"sqlite:///{db}")
    assert len(store.list_reports(limit=100)[0]) == 3
    store.close()


@pytest.mark.parametrize("day", POISON)
def test_store_date_arithmetic_is_clamped(tmp_path, day):
    """Events dated year 1 or 9999 (by any route into the store) merge and group without
    overflowing."""
    store = Store(f"sqlite:///{tmp_path / 'cw.db'}")
    for rep in (EN_BLOCKADE, ES_BLOCKADE):
        evs = [dataclasses.replace(e, date=day) for e in blockade_events(rep)]
        out = store.ingest_report(dataclasses.replace(rep, published=date.fromisoformat(day)), evs)
        assert out.status == "new"
    assert store.list_events()[1] >= 1
    store.close()


class _FailsOnOne(Store):
    """A real store that breaks while linking one report (an injected fault: the kind of
    bug that made OverflowError lose the batch)."""

    def _relink_events(self, s, touched, *args, **kwargs):
        if getattr(self, "_poison", False):
            raise OverflowError("date value out of range")
        return super()._relink_events(s, touched, *args, **kwargs)

    def ingest_report(self, report, events, **kw):
        self._poison = report.doc_id == "good-1" and kw.get("error") is None
        return super().ingest_report(report, events, **kw)


def test_an_exception_while_storing_one_report_is_stored_as_its_failure(tmp_path):
    _poisoned_folder(tmp_path / "in", "en")
    store = _FailsOnOne(f"sqlite:///{tmp_path / 'cw.db'}")
    summary = RunSummary()
    outs = list(ingest_results(store, iter_extract([tmp_path / "in"]), summary))
    failed = [o for o in outs if getattr(o, "status", None) == "failed"]
    assert [o.doc_id for o in failed] == ["good-1"]
    assert "OverflowError" in failed[0].error["message"]
    stored = {x["doc_id"]: x["status"] for x in store.list_reports(limit=100)[0]}
    assert stored["good-1"] == "failed" and stored["good-2"] == "extracted" and "e" in stored
    store.close()
