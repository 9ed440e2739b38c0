"""Every page of the observatory answers without a server error: a crawl that follows every
link of a store built from hand-written reports (and, when present, the dev sets)."""
from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from conflictwatch.api.app import create_app
from conflictwatch.records import Report
from conflictwatch.store import Store
from conflictwatch.web.views import highlight_segments

from tests.api.conftest import make_settings
from tests.api.sample import build_store

from .crawl import crawl

DEV = Path("/work/shared/eval/dev")

# Two events told in one sentence: both cite the same evidence span (the case that made
# /reports/{id} answer 500 when the sort fell through to comparing the span dicts).
SHARED_EN = ("Miners blocked the road and went on strike in Chala on Monday.\n\n"
             "Police arrested five of them on Tuesday.")


def test_highlight_segments_takes_spans_shared_by_two_events():
    spans = [{"start": 0, "end": 62, "event_id": 2, "type": "strike"},
             {"start": 0, "end": 62, "event_id": 1, "type": "blockade"},
             {"start": 0, "end": 62, "event_id": 1, "type": "blockade"}]
    segs = highlight_segments(SHARED_EN, spans)
    assert segs[0]["text"] == SHARED_EN[:62]
    assert sorted(e["event_id"] for e in segs[0]["events"]) == [1, 2]     # each event once
    assert "".join(s["text"] for s in segs) == SHARED_EN


def _assert_no_server_error(client, store, minimum: int):
    statuses = crawl(client, store)
    bad = {p: s for p, s in statuses.items() if s >= 500}
    assert not bad, bad
    assert len(statuses) >= minimum
    assert all(s in (200, 303, 401, 404) for s in statuses.values()), statuses


def test_crawl_of_the_sample_store_finds_no_server_error(tmp_path):
    store = build_store(f"sqlite:///{tmp_path / 'cw.db'}")
    rid = store.ingest_one(Report(doc_id="chala-en", text=SHARED_EN, title="Chala",
                                  published=__import__("datetime").date(2026, 3, 4), lang="en")).report_id
    with TestClient(create_app(make_settings(), store)) as client:
        assert client.get(f"/reports/{rid}").status_code == 200
        _assert_no_server_error(client, store, minimum=15)
    store.close()


@pytest.mark.skipif(not DEV.is_dir(), reason=f"the dev sets are not at {DEV}")
def test_crawl_of_the_dev_sets_store_finds_no_server_error(tmp_path):
    store = Store.open(f"sqlite:///{tmp_path / 'dev.db'}")
    files = sorted(DEV.glob("*/reports.jsonl"))
    summary = store.ingest_paths([str(f) for f in files])
    assert summary.new == sum(len(f.read_text().splitlines()) for f in files)
    with TestClient(create_app(make_settings(), store)) as client:
        for r in store.list_reports(limit=None)[0]:
            assert client.get(f"/reports/{r['id']}").status_code == 200, r["doc_id"]
        _assert_no_server_error(client, store, minimum=100)
    store.close()


def test_unknown_page_and_server_error_use_the_site_layout(tmp_path):
    store = build_store(f"sqlite:///{tmp_path / 'cw.db'}")
    app = create_app(make_settings(), store)

    @app.get("/boom")
    def boom():
        raise RuntimeError("a bug")

    with TestClient(app, raise_server_exceptions=False) as client:
        r = client.get("/no/such/page")
        assert r.status_code == 404 and 'class="top"' in r.text and "E302" in r.text
        r = client.get("/events/999999")
        assert r.status_code == 404 and 'class="top"' in r.text and "Not found" in r.text
        r = client.get("/boom")
        assert r.status_code == 500 and 'class="top"' in r.text and "E405" in r.text
        assert "a bug" not in r.text                      # no internals shown
        r = client.get("/api/v1/events/999999")
        assert r.status_code == 404 and r.json()["error"]["code"] == "E302"
    store.close()
