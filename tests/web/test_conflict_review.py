"""The conflict page's review forms: merge and split, behind login and CSRF."""
from __future__ import annotations

from tests.api.conftest import client, store  # noqa: F401  (fixtures)
from tests.web.test_routes import _login


def _pair(store) -> tuple[int, int]:
    by_country: dict = {}
    for c in store.list_conflicts(limit=None)[0]:
        by_country.setdefault(c["country"], []).append(c["id"])
    return next(tuple(ids[:2]) for ids in by_country.values() if len(ids) >= 2)


def test_conflict_review_forms_show_only_to_an_analyst(client, store):
    keep, _ = _pair(store)
    assert "conflict-review" not in client.get(f"/conflicts/{keep}").text
    r = client.post(f"/conflicts/{keep}/review/merge", data={"csrf_token": "x", "other_id": "1"})
    assert r.status_code == 401
    _login(client)
    assert "conflict-review" in client.get(f"/conflicts/{keep}").text


def test_merge_and_split_from_the_conflict_page(client, store):
    keep, other = _pair(store)
    csrf = _login(client)
    r = client.post(f"/conflicts/{keep}/review/merge", data={"csrf_token": csrf, "other_id": str(other)},
                    follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith(f"/conflicts/{keep}")
    events = store.get_conflict(keep)["events"]
    assert len(events) >= 2
    r = client.post(f"/conflicts/{keep}/review/split", data={"csrf_token": csrf, "event_ids": [str(events[0]["id"])]},
                    follow_redirects=False)
    assert r.status_code == 303
    new = int(r.headers["location"].split("/conflicts/")[1].split("?")[0])
    assert new != keep and [e["id"] for e in store.get_conflict(new)["events"]] == [events[0]["id"]]
    assert {a["action"] for a in store.audit_log(object_type="conflict")[0]} == {"merge", "split"}
    r = client.post(f"/conflicts/{keep}/review/merge", data={"csrf_token": "forged", "other_id": str(new)})
    assert r.status_code == 400
