"""Bad sort orders are 400, and even a server bug answers with a coded error and the
security headers (issue 12: /events?sort=<bad> was a bare 500)."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from conflictwatch.api.app import create_app

from .conftest import client, make_settings, store  # noqa: F401  (fixtures)

HEADERS = ("content-security-policy", "x-frame-options", "x-content-type-options", "referrer-policy")


@pytest.mark.parametrize("path", ["/events?sort=bogus", "/events?sort=-date;drop", "/events?sort=",
                                  "/api/v1/events?sort=bogus"])
def test_bad_sort_is_a_client_error_with_headers(client, path):
    r = client.get(path)
    assert r.status_code in (400, 422), r.status_code
    assert "E403" in r.text
    assert all(h in r.headers for h in HEADERS)


def test_good_sorts_still_work(client):
    for sort in ("date", "-date", "confidence", "-n_sources", "updated"):
        assert client.get(f"/events?sort={sort}").status_code == 200


def test_a_server_bug_is_a_coded_500_with_headers(store):
    class Broken(type(store)):
        def stats(self):
            raise RuntimeError("boom")

        def list_conflicts(self, *a, **k):
            raise RuntimeError("boom")
    store.__class__ = Broken                   # the real store, two methods broken
    with TestClient(create_app(make_settings(), store), raise_server_exceptions=False) as c:
        r = c.get("/api/v1/stats")
        assert r.status_code == 500 and r.json()["error"]["code"] == "E405"
        assert all(h in r.headers for h in HEADERS)
        r = c.get("/")                        # a web page: the styled error page, same headers
        assert r.status_code == 500 and "E405" in r.text and "boom" not in r.text
        assert all(h in r.headers for h in HEADERS)


def test_a_huge_conflict_id_is_refused_before_an_export_starts(store):
    # found by schemathesis: the streamed export had already sent its 200 when SQLite refused
    # the number
    with TestClient(create_app(make_settings(), store), raise_server_exceptions=False) as c:
        for path in ("/api/v1/export", "/api/v1/events"):
            r = c.get(path, params={"conflict": 2**63})
            assert r.status_code == 422, (path, r.status_code)


def test_an_export_the_database_refuses_is_a_coded_error_not_a_cut_stream(store):
    # found by schemathesis: a conflict id past 64 bits made the streamed export fail after
    # its 200 had been sent
    with TestClient(create_app(make_settings(), store), raise_server_exceptions=False) as c:
        r = c.get("/api/v1/export", params={"conflict": 2**63})
        assert r.status_code == 422 and "too large" in r.text
        assert c.get("/api/v1/export").status_code == 200
