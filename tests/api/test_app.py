"""REST API: lists, details, filters, errors, writes, security headers and limits."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from conflictwatch.api.app import create_app

from .conftest import make_settings


def _event_ids(client, **params):
    body = client.get("/api/v1/events", params=params).json()
    return body, {e["id"] for e in body["data"]}


def test_lists_answer_data_and_count(client):
    for path in ("/api/v1/events", "/api/v1/conflicts", "/api/v1/reports"):
        body = client.get(path).json()
        assert set(body) == {"data", "count", "count_capped"} and body["count_capped"] is False
        assert body["count"] == len(body["data"]) > 0


def test_reports_in_both_languages_merge_into_one_event(client):
    body, _ = _event_ids(client, type="strike")
    assert body["count"] == 1
    strike = body["data"][0]
    assert sorted(strike["doc_ids"]) == ["celendin-en", "celendin-es"]
    detail = client.get(f"/api/v1/events/{strike['id']}").json()
    langs = {s["lang"] for s in detail["sources"]}
    assert langs == {"en", "es"}
    assert any("Comuneros de Celendín" in (s["sentence"] or "") for s in detail["sources"])


@pytest.mark.parametrize("params, expected_types", [
    ({"type": "blockade"}, {"blockade"}),
    ({"admin1": "apurímac"}, {"state_of_emergency"}),
    ({"date_from": "2026-02-01", "date_to": "2026-02-28"}, {"state_of_emergency"}),
    ({"q": "Celendín"}, {"strike"}),          # English and Spanish reports
    ({"q": "emergencia"}, {"state_of_emergency"}),
    ({"country": "pe"}, {"strike", "state_of_emergency", "blockade"}),
    ({"country": "CL"}, set()),
])
def test_event_filters(client, params, expected_types):
    body = client.get("/api/v1/events", params=params).json()
    assert {e["type"] for e in body["data"]} == expected_types


def test_pagination_and_sort(client):
    first = client.get("/api/v1/events", params={"limit": 1, "sort": "date"}).json()
    second = client.get("/api/v1/events", params={"limit": 1, "offset": 1, "sort": "date"}).json()
    assert first["count"] == second["count"] == 3
    assert first["data"][0]["date"] <= second["data"][0]["date"]
    assert first["data"][0]["type"] == "blockade"


def test_conflict_detail_has_timeline_in_date_order(client):
    conflicts = client.get("/api/v1/conflicts").json()["data"]
    assert conflicts
    c = client.get(f"/api/v1/conflicts/{conflicts[0]['id']}").json()
    dates = [e["date"] for e in c["events"]]
    assert dates == sorted(dates) and dates
    assert "counters" in c


def test_report_detail_carries_evidence_offsets_into_its_text(client):
    reports = client.get("/api/v1/reports").json()["data"]
    rid = next(r["id"] for r in reports if r["doc_id"] == "cotabambas-es")
    r = client.get(f"/api/v1/reports/{rid}").json()
    assert r["evidence"]
    for span in r["evidence"]:
        assert r["text"][span["start"]:span["end"]] == span["sentence"]
    assert r["events"][0]["type"] == "state_of_emergency"


def test_search_stats_and_export(client):
    hits = client.get("/api/v1/search", params={"q": "Cotabambas"}).json()
    assert hits["count"] >= 1 and {h["kind"] for h in hits["data"]} >= {"report"}
    stats = client.get("/api/v1/stats").json()
    assert stats["by_type"]["strike"] == 1 and stats["by_month"]["2026-03"] == 1
    gj = client.get("/api/v1/export", params={"format": "geojson"})
    assert gj.status_code == 200 and gj.headers["content-type"].startswith("application/geo+json")
    assert len(json.loads(gj.text)["features"]) == 3
    lines = client.get("/api/v1/export", params={"format": "events-jsonl", "type": "strike"}).text.strip().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["type"] == "strike"


@pytest.mark.parametrize("path, code, status", [
    ("/api/v1/events/9999", "E302", 404),
    ("/api/v1/conflicts/9999", "E302", 404),
    ("/api/v1/reports/9999", "E302", 404),
    ("/api/v1/export?format=pdf", "E304", 400),
    ("/api/v1/events?type=picnic", "E403", 422),
    ("/api/v1/events?date_from=March", "E403", 422),
    ("/api/v1/nothing-here", "E302", 404),
])
def test_errors_are_coded(client, path, code, status):
    resp = client.get(path)
    assert resp.status_code == status
    err = resp.json()["error"]
    assert err["code"] == code and err["message"]


def test_writes_need_the_token(client, auth):
    ev = client.get("/api/v1/events", params={"type": "blockade"}).json()["data"][0]
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic abc"}):
        resp = client.post(f"/api/v1/events/{ev['id']}/confirm", headers=headers)
        assert resp.status_code == 401 and resp.json()["error"]["code"] == "E401"
    resp = client.post(f"/api/v1/events/{ev['id']}/confirm", headers=auth)
    assert resp.status_code == 200 and resp.json()["status"] == "confirmed"


def test_writes_refused_when_no_token_is_configured(store):
    with TestClient(create_app(make_settings(api_token=None), store)) as c:
        resp = c.post("/api/v1/reports", json={"text": "Workers went on strike."},
                      headers={"Authorization": "Bearer anything"})
    assert resp.status_code == 401 and "CONFLICTWATCH_API_TOKEN" in resp.json()["error"]["message"]


def test_correction_through_the_api_locks_the_field(client, auth):
    ev = client.get("/api/v1/events", params={"type": "blockade"}).json()["data"][0]
    resp = client.post(f"/api/v1/events/{ev['id']}/correct", headers=auth,
                       json={"changes": {"participants": "450", "location": "Yauri"}})
    assert resp.status_code == 200, resp.text
    got = resp.json()
    assert got["participants"] == 450 and got["location"] == "Yauri"
    assert got["status"] == "corrected" and set(got["locked_fields"]) == {"participants", "location", "latitude", "longitude"}
    bad = client.post(f"/api/v1/events/{ev['id']}/correct", headers=auth,
                      json={"changes": {"fatalities": "many"}})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "E403"


def test_upload_too_large_is_413_e402(client, auth):
    resp = client.post("/api/v1/reports", headers=auth, json={"text": "huelga " * 5000})
    assert resp.status_code == 413 and resp.json()["error"]["code"] == "E402"


def test_upload_without_text_is_refused(client, auth):
    resp = client.post("/api/v1/reports", headers=auth, json={"text": "   "})
    assert resp.status_code == 400 and resp.json()["error"]["code"] == "E102"
    resp = client.post("/api/v1/reports", headers=auth, json={"texto": "hola"})
    assert resp.status_code == 400 and resp.json()["error"]["code"] == "E403"


def test_security_headers(client):
    for path in ("/", "/api/v1/events", "/static/js/app.js"):
        h = client.get(path).headers
        csp = h["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "frame-ancestors 'none'" in csp
        assert h["x-content-type-options"] == "nosniff"


def test_rate_limit_answers_429_e404(store):
    with TestClient(create_app(make_settings(rate_limit_per_minute=3), store)) as c:
        codes = [c.get("/api/v1/stats").status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        assert c.get("/api/v1/stats").json()["error"]["code"] == "E404"


def test_openapi_and_offline_docs(client):
    spec = client.get("/api/v1/openapi.json").json()
    for path in ("/api/v1/events", "/api/v1/events/{event_id}", "/api/v1/reports", "/api/v1/conflicts/{conflict_id}",
                 "/api/v1/search", "/api/v1/stats", "/api/v1/export"):
        assert path in spec["paths"]
    page = client.get("/api/v1/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in page and "http" not in page.split("<body>")[1]


@pytest.mark.parametrize("lang, text", [
    ("en", "Teachers in Puno went on strike on Monday, demanding higher wages. Some 2,000 teachers "
           "marched through the city centre."),
    ("es", "Los docentes de Puno iniciaron el lunes una huelga indefinida para exigir mejores "
           "sueldos. Unos 2.000 maestros marcharon por el centro de la ciudad."),
])
def test_upload_is_extracted_merged_and_returned(client, auth, lang, text):
    resp = client.post("/api/v1/reports", headers=auth,
                       json={"text": text, "published": "2026-04-08", "lang": lang, "doc_id": f"puno-{lang}"})
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert body["doc_id"] == f"puno-{lang}" and body["text"].endswith(text[-20:])
    assert any(e["type"] == "strike" for e in body["events"]), body["events"]
    assert client.get("/api/v1/reports").json()["count"] == 5


def test_upload_html_file_multipart(client, auth):
    page = ("<html><head><title>Bloqueo en Espinar</title></head><body><article><h1>Bloqueo en Espinar</h1>"
            "<p>Comuneros de Espinar bloquearon el martes la carretera hacia la mina de cobre, "
            "en rechazo a la contaminación del río.</p><p>La policía informó que el tránsito "
            "estuvo cortado durante diez horas.</p></article></body></html>")
    resp = client.post("/api/v1/reports", headers=auth, data={"published": "2026-05-06"},
                       files={"file": ("espinar.html", page.encode(), "text/html")})
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert "<p>" not in body["text"] and "bloquearon" in body["text"]
