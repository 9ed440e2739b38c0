"""The API answers without a pydantic round trip (schemas.dumper) and exactly as the
models would; conditional requests answer 304 without reading the list; a conflict's
events come a page at a time."""
from __future__ import annotations

import pytest

from conflictwatch.api.schemas import (ConflictDetail, ConflictOut, EventDetail, EventOut, ListOut, ReportOut,
                                       dumper, list_dumper)
from conflictwatch.api.deps import page

from .conftest import TOKEN


def _pydantic(model, row):
    return model.model_validate(row).model_dump(mode="json")


def test_dumper_gives_what_pydantic_gives_for_every_stored_row(store):
    events = store.list_events(limit=None)[0]
    assert events
    for row in events:
        assert dumper(EventOut)(row) == _pydantic(EventOut, row)
        assert list(dumper(EventOut)(row)) == list(EventOut.model_fields)
        detail = store.get_event(row["id"])
        assert dumper(EventDetail)(detail) == _pydantic(EventDetail, detail)
    conflicts = store.list_conflicts(limit=None)
    for row in conflicts[0]:
        assert dumper(ConflictOut)(row) == _pydantic(ConflictOut, row)
        detail = store.get_conflict(row["id"], events_limit=2)
        assert dumper(ConflictDetail)(detail) == _pydantic(ConflictDetail, detail)
    for model, found in ((EventOut, store.list_events()), (ConflictOut, conflicts), (ReportOut, store.list_reports())):
        body = page(found)
        assert list_dumper(model)(body) == _pydantic(ListOut[model], body)


def test_dumper_fills_defaults_cuts_nested_models_and_drops_extras():
    row = {"id": 1, "type": "strike", "actors": [{"name": "Unions", "role": "actor1", "extra": 1}], "x": 2}
    assert dumper(EventOut)(row) == _pydantic(EventOut, row)


def test_a_row_without_a_required_field_fails_as_pydantic_does():
    from pydantic import ValidationError
    with pytest.raises(ValidationError):
        dumper(EventOut)({"type": "strike"})


def test_a_conditional_request_is_answered_without_reading_the_list(client, store, monkeypatch):
    first = client.get("/api/v1/events?limit=2")
    tag = first.headers["etag"]
    calls = []
    real = store.list_events
    monkeypatch.setattr(store, "list_events", lambda *a, **k: calls.append(1) or real(*a, **k))
    again = client.get("/api/v1/events?limit=2", headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.headers["etag"] == tag and calls == []
    # a change: the list is read again, and a new ETag comes back
    ev = first.json()["data"][0]
    client.post(f"/api/v1/events/{ev['id']}/reject", headers={"Authorization": f"Bearer {TOKEN}"})
    after = client.get("/api/v1/events?limit=2", headers={"If-None-Match": tag})
    assert after.status_code == 200 and after.headers["etag"] != tag and calls == [1]


def test_a_conflicts_events_come_a_page_at_a_time(client, store):
    conflicts = [c["id"] for c in store.list_conflicts(limit=None)[0]]
    cid = conflicts[0]
    for other in conflicts[1:]:                                    # one conflict of every event
        r = client.post(f"/api/v1/conflicts/{cid}/merge", json={"other_id": other},
                        headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 200
    whole = client.get(f"/api/v1/conflicts/{cid}").json()
    n = whole["events_count"]
    assert n == len(whole["events"]) >= 2
    ids = [client.get(f"/api/v1/conflicts/{cid}", params={"events_limit": 1, "events_offset": i}).json()["events"][0]["id"]
           for i in range(n)]
    assert ids == [e["id"] for e in whole["events"]]
    past = client.get(f"/api/v1/conflicts/{cid}", params={"events_offset": n}).json()
    assert past["events"] == [] and past["events_count"] == n
    assert client.get(f"/api/v1/conflicts/{cid}", params={"events_limit": 0}).status_code == 422


def test_the_server_keeps_its_startup_heap_out_of_the_collectors_way(store):
    """gc.freeze() while serving (full collections no longer walk the startup heap: 0.3-0.4 s
    pauses at 1M events under load), gc.unfreeze() when it stops."""
    import gc

    from fastapi.testclient import TestClient

    from conflictwatch.api.app import create_app

    from .conftest import make_settings
    with TestClient(create_app(make_settings(), store)) as c:
        assert gc.get_freeze_count() > 0
        assert c.get("/api/v1/events").status_code == 200
    assert gc.get_freeze_count() == 0
