"""Per-report limits (issue 12): time (E115) in the CLI, in --workers and in the server (off
the event loop), size (E104), and an HTML tag with 100,000 attributes."""
from __future__ import annotations

import threading
import time
from datetime import date

import httpx
import pytest
from click.testing import CliRunner

from conflictwatch.cli import main
from conflictwatch.errors import ConflictWatchError
from conflictwatch.ingest import read_paths
from conflictwatch.ingest.html import clean_html
from conflictwatch.limits import extract_limited, time_limit
from conflictwatch.records import Report
from conflictwatch.store import Store

DENSE = {"en": "Hundreds of farmers blocked the road between Espinar and Yauri on Monday, and police "
               "fired tear gas at 300 protesters in Puno on 3 March. ",
         "es": "Cientos de comuneros bloquearon la carretera entre Espinar y Yauri el lunes, y la "
               "policía lanzó gases contra 300 manifestantes en Puno el 3 de marzo. "}
SHORT = {"en": "Teachers in Arequipa went on strike on Monday to demand higher wages.",
         "es": "Los maestros de Arequipa iniciaron una huelga el lunes para exigir mejores sueldos."}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_slow_report_is_stopped_with_e115(lang):
    report = Report(doc_id="dense", text=DENSE[lang] * 1500, lang=lang, published=date(2024, 3, 5))
    t = time.perf_counter()
    with pytest.raises(ConflictWatchError) as err:
        extract_limited(report, seconds=0.3)
    assert err.value.code == "E115" and "CONFLICTWATCH_MAX_REPORT_SECONDS" in err.value.message
    assert time.perf_counter() - t < 3
    with time_limit(5):                        # the timer is off again afterwards
        time.sleep(0.01)


def _folder(tmp_path, lang):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(SHORT[lang])
    (d / "b.txt").write_text(DENSE[lang] * 1500)
    (d / "c.txt").write_text(SHORT[lang] + " Again on Tuesday.")
    return d


@pytest.mark.parametrize("workers", ["1", "2"])
def test_ingest_stores_a_too_slow_report_as_failed_and_goes_on(tmp_path, monkeypatch, workers):
    d = _folder(tmp_path, "en")
    from conflictwatch.parallel import warm_up
    warm_up()                                      # data loading is not the report's time
    monkeypatch.setenv("CONFLICTWATCH_MAX_REPORT_SECONDS", "1")
    from conflictwatch.config import get_settings
    get_settings.cache_clear()
    try:
        r = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "cw.db"), str(d),
                                      "--workers", workers])
    finally:
        get_settings.cache_clear()
    assert "E115" in r.stderr, r.output
    store = Store(f"sqlite:///{tmp_path / 'cw.db'}")
    status = {x["doc_id"]: x["status"] for x in store.list_reports(limit=10)[0]}
    store.close()
    assert status == {"a": "extracted", "b": "failed", "c": "extracted"}


def test_report_over_the_size_limit_is_e104(tmp_path):
    from conflictwatch.config import Settings
    d = _folder(tmp_path, "es")
    items = list(read_paths([d], settings=Settings(max_report_chars=10_000)))
    codes = [getattr(i, "code", "report") for i in items]
    assert codes == ["report", "E104", "report"]
    assert "CONFLICTWATCH_MAX_REPORT_CHARS" in items[1].message


def test_a_2_mb_report_is_within_the_default_size_limit():
    """Issue 9: reports up to 2 MB are read (extraction is linear in their length, about 10 ms
    per KB); only absurd ones (over 5,000,000 characters by default) are refused."""
    from conflictwatch.config import Settings
    from conflictwatch.limits import check_report_size
    limit = Settings().max_report_chars
    report = Report(doc_id="long", text=SHORT["en"] * (2_000_000 // len(SHORT["en"]) + 1), lang="en")
    assert check_report_size(report, limit) is report
    huge = Report(doc_id="huge", text="x" * (limit + 1), lang="en")
    assert check_report_size(huge, limit).code == "E104"


def test_html_tag_with_100k_attributes_is_refused_fast():
    attrs = " ".join(f'a{i}="x"' for i in range(100_000))
    page = f"<html><body><article><p {attrs}>{SHORT['en']}</p></article></body></html>"
    t = time.perf_counter()
    with pytest.raises(ConflictWatchError) as err:
        clean_html(page)
    assert err.value.code == "E104" and time.perf_counter() - t < 2
    # a page with a long data: URI (few attributes) is still read
    img = '<img src="data:image/png;base64,' + "QUFB" * 50_000 + '" alt="x">'
    assert "strike" in clean_html(f"<html><body><article>{img}<p>{SHORT['en']}</p>"
                                  f"<p>{SHORT['en']}</p></article></body></html>").text


def test_upload_is_extracted_off_the_event_loop_with_a_time_limit(tmp_path):
    """A slow authenticated upload gets 422 E115 and, meanwhile, the server answers."""
    import uvicorn

    from conflictwatch.api.app import create_app
    from tests.api.conftest import TOKEN, make_settings
    from tests.web.conftest import _free_port
    store = Store(f"sqlite:///{tmp_path / 'cw.db'}")
    app = create_app(make_settings(max_report_seconds=2, max_upload_bytes=400_000), store)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 10
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        # warm the upload workers up with a short report
        r = httpx.post(f"{base}/api/v1/reports", json={"text": SHORT["en"], "published": "2024-03-05"},
                       headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)
        assert r.status_code == 201, r.text
        result = {}

        def upload():
            result["r"] = httpx.post(f"{base}/api/v1/reports",
                                     json={"text": DENSE["en"] * 2500, "published": "2024-03-05"},
                                     headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)
        t = threading.Thread(target=upload)
        t.start()
        time.sleep(0.3)
        slowest = 0.0
        while t.is_alive():
            t0 = time.perf_counter()
            assert httpx.get(f"{base}/api/v1/stats", timeout=10).status_code == 200
            slowest = max(slowest, time.perf_counter() - t0)
            time.sleep(0.1)
        t.join()
        r = result["r"]
        assert r.status_code == 422 and r.json()["error"]["code"] == "E115"
        assert r.headers["x-frame-options"] == "DENY"
        assert slowest < 1.0, slowest
    finally:
        server.should_exit = True
        thread.join(10)
        store.close()
