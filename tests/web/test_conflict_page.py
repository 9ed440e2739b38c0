"""A conflict's page lists its events a page at a time (a conflict of 50,000 events answers
as fast as one of five)."""
from __future__ import annotations

import re

from conflictwatch.web import routes

from tests.api.conftest import TOKEN, client, store  # noqa: F401  (fixtures)


def _one_conflict(client, store) -> tuple[int, list[int]]:
    """Every sample event in one conflict; its id and its events, oldest first."""
    ids = [c["id"] for c in store.list_conflicts(limit=None)[0]]
    for other in ids[1:]:
        client.post(f"/api/v1/conflicts/{ids[0]}/merge", json={"other_id": other},
                    headers={"Authorization": f"Bearer {TOKEN}"})
    return ids[0], [e["id"] for e in store.get_conflict(ids[0])["events"]]


def _listed(html: str) -> list[int]:
    timeline = html.split('id="conflict-timeline"', 1)[1].split("</ol>", 1)[0]
    return [int(i) for i in re.findall(r'href="/events/(\d+)"', timeline)]


def test_a_conflicts_events_are_paged(client, store, monkeypatch):
    cid, events = _one_conflict(client, store)
    assert len(events) >= 3
    monkeypatch.setattr(routes, "PAGE", 2)
    first = client.get(f"/conflicts/{cid}").text
    assert _listed(first) == events[:2]
    assert f"page 1 of {-(-len(events) // 2)}" in first and 'href="?page=2"' in first
    assert f"events 1–2 of {len(events)}" in first
    second = client.get(f"/conflicts/{cid}?page=2").text
    assert _listed(second) == events[2:4] and 'href="?page=1"' in second


def test_a_small_conflict_shows_no_pager(client, store):
    cid = store.list_conflicts(limit=1)[0][0]["id"]
    html = client.get(f"/conflicts/{cid}").text
    assert 'class="pager"' not in html and _listed(html)
    assert client.get(f"/conflicts/{cid}?page=0").status_code == 422
