"""Conflict review through the API: split and merge, token required, bad requests coded."""
from __future__ import annotations


def _two_of_one_country(client) -> tuple[dict, dict]:
    rows = client.get("/api/v1/conflicts").json()["data"]
    by_country: dict = {}
    for c in rows:
        by_country.setdefault(c["country"], []).append(c)
    pair = next(cs for cs in by_country.values() if len(cs) >= 2)
    return tuple(client.get(f"/api/v1/conflicts/{c['id']}").json() for c in pair[:2])


def _big_conflict(client, auth) -> dict:
    a, b = _two_of_one_country(client)
    resp = client.post(f"/api/v1/conflicts/{a['id']}/merge", json={"other_id": b["id"]}, headers=auth)
    assert resp.status_code == 200
    merged = resp.json()
    assert len(merged["events"]) == len(a["events"]) + len(b["events"])
    assert client.get(f"/api/v1/conflicts/{b['id']}").status_code == 404
    return merged


def test_merge_then_split_then_merge_back(client, auth):
    c = _big_conflict(client, auth)
    moved = c["events"][-1]["id"]
    resp = client.post(f"/api/v1/conflicts/{c['id']}/split", json={"event_ids": [moved]}, headers=auth)
    assert resp.status_code == 200
    new = resp.json()
    assert new["id"] != c["id"] and [e["id"] for e in new["events"]] == [moved]
    resp = client.post(f"/api/v1/conflicts/{c['id']}/merge", json={"other_id": new["id"]}, headers=auth)
    assert resp.status_code == 200
    assert sorted(e["id"] for e in resp.json()["events"]) == sorted(e["id"] for e in c["events"])
    assert client.get(f"/api/v1/conflicts/{new['id']}").status_code == 404


def test_conflict_review_needs_the_token_and_valid_ids(client, auth):
    c, _ = _two_of_one_country(client)
    resp = client.post(f"/api/v1/conflicts/{c['id']}/merge", json={"other_id": c["id"]})
    assert resp.status_code == 401
    resp = client.post(f"/api/v1/conflicts/{c['id']}/merge", json={"other_id": c["id"]}, headers=auth)
    assert resp.status_code == 400 and resp.json()["error"]["code"]
    resp = client.post("/api/v1/conflicts/99999/split", json={"event_ids": [1]}, headers=auth)
    assert resp.status_code == 404
    assert client.get(f"/api/v1/conflicts/{c['id']}").json()["counters"] == c["counters"]
