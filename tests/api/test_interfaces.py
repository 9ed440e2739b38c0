"""What real API clients rely on: a valid OpenAPI document with a security scheme, RFC 9457
problem+json errors that match it, repeatable filters, ETags, updated_since, fields=, and
streamed exports."""
from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta, timezone

import jsonschema
import pytest
from openapi_spec_validator import validate as validate_openapi

from conflictwatch.export import export as export_to
from conflictwatch.export import stream

from .conftest import TOKEN


@pytest.fixture()
def spec(client):
    return client.get("/api/v1/openapi.json").json()


def problem_validator(spec):
    schema = {"$ref": "#/components/schemas/Problem", "components": spec["components"]}
    return jsonschema.Draft202012Validator(schema)


def test_the_openapi_document_is_valid(spec):
    validate_openapi(spec)


def test_writes_declare_the_bearer_scheme_and_reads_do_not(spec):
    assert spec["components"]["securitySchemes"]["bearerAuth"] == {
        "type": "http", "scheme": "bearer",
        "description": "The API token (CONFLICTWATCH_API_TOKEN), sent as 'Authorization: Bearer <token>'."}
    ops = [(p, m, op) for p, item in spec["paths"].items() for m, op in item.items()]
    writes = [op for p, m, op in ops if m == "post"]
    assert writes and all(op.get("security") == [{"bearerAuth": []}] for op in writes)
    assert all("security" not in op for p, m, op in ops if m == "get")


@pytest.mark.parametrize("method,url,status,code", [
    ("GET", "/api/v1/events?limit=0", 422, "E403"),
    ("GET", "/api/v1/events?type=picnic&type=strike", 422, "E403"),
    ("GET", "/api/v1/events/999999", 404, "E302"),
    ("POST", "/api/v1/events/1/confirm", 401, "E401"),
    ("GET", "/api/v1/events?fields=id,colour", 400, "E403"),
    ("GET", "/api/v1/export?format=kml", 400, "E304"),
])
def test_errors_are_problem_json_matching_the_published_schema(client, spec, method, url, status, code):
    resp = client.request(method, url)
    assert resp.status_code == status
    assert resp.headers["content-type"].startswith("application/problem+json")
    body = resp.json()
    problem_validator(spec).validate(body)
    assert (body["status"], body["code"], body["error"]["code"]) == (status, code, code)
    assert body["detail"] == body["error"]["message"] and body["instance"] == url.split("?")[0]
    documented = spec["paths"][url.split("?")[0].replace("999999", "{event_id}").replace("/1/", "/{event_id}/")]
    assert str(status) in documented[method.lower()]["responses"]


def test_a_422_lists_every_invalid_field(client):
    body = client.get("/api/v1/events", params={"limit": 0, "offset": -1}).json()
    assert {e["field"] for e in body["errors"]} == {"limit", "offset"}


def test_filters_repeat_as_or(client):
    both = client.get("/api/v1/events?type=strike&type=blockade").json()
    assert {e["type"] for e in both["data"]} == {"strike", "blockade"}
    assert client.get("/api/v1/events?country=CL&country=pe").json()["count"] == 3
    assert client.get("/api/v1/events?admin1=Cajamarca&admin1=Apur%C3%ADmac").json()["count"] == 2


def test_lists_answer_304_while_unchanged(client):
    for path in ("/api/v1/events", "/api/v1/conflicts", "/api/v1/reports"):
        first = client.get(path)
        tag = first.headers["etag"]
        assert tag.startswith('W/"') and "no-cache" in first.headers["cache-control"]
        again = client.get(path, headers={"If-None-Match": tag})
        assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == tag
        assert client.get(path, headers={"If-None-Match": 'W/"other"'}).status_code == 200


def test_a_change_changes_the_etag(client):
    resp = client.get("/api/v1/events")
    tag, ev = resp.headers["etag"], resp.json()["data"][0]
    client.post(f"/api/v1/events/{ev['id']}/confirm", headers={"Authorization": f"Bearer {TOKEN}"})
    after = client.get("/api/v1/events", headers={"If-None-Match": tag})
    assert after.status_code == 200 and after.headers["etag"] != tag


def test_updated_since_gives_only_what_changed(client):
    every = client.get("/api/v1/events").json()
    assert all(e["updated_at"] for e in every["data"])
    since = (datetime.now(timezone.utc) - timedelta(milliseconds=1)).isoformat()
    assert client.get("/api/v1/events", params={"updated_since": "2000-01-01T00:00:00Z"}).json()["count"] == 3
    assert client.get("/api/v1/events", params={"updated_since": since}).json()["count"] == 0
    target = every["data"][1]["id"]
    client.post(f"/api/v1/events/{target}/confirm", headers={"Authorization": f"Bearer {TOKEN}"})
    changed = client.get("/api/v1/events", params={"updated_since": since}).json()
    assert [e["id"] for e in changed["data"]] == [target]


def test_fields_trims_each_event(client):
    body = client.get("/api/v1/events", params={"fields": "date,country"}).json()
    assert body["count"] == 3 and all(set(e) == {"id", "type", "date", "country"} for e in body["data"])


def test_exports_are_streamed_in_chunks_and_equal_the_library_export(client, store, monkeypatch):
    monkeypatch.setattr(stream, "CHUNK", 100)
    chunks = list(stream.stream_export(store, "events-jsonl"))
    buf = io.StringIO()
    export_to(store, "events-jsonl", buf)
    assert len(chunks) > 1 and b"".join(chunks).decode() == buf.getvalue()
    resp = client.get("/api/v1/export", params={"format": "events-jsonl"})
    assert resp.status_code == 200 and "content-length" not in resp.headers
    assert resp.headers.get("transfer-encoding") == "chunked" or "content-length" not in resp.headers
    assert resp.text == buf.getvalue()


def test_export_takes_repeated_filters_and_acled_options(client):
    resp = client.get("/api/v1/export?format=acled-csv&type=strike&type=blockade&acled_inter=numeric")
    rows = list(csv.DictReader(io.StringIO(resp.text)))
    assert len(rows) == 2 and all(r["inter1"].isdigit() for r in rows)
    plover = client.get("/api/v1/export?format=plover-jsonl&type=strike").text.splitlines()
    assert [json.loads(line)["event"] for line in plover] == [["PROTEST"]]
