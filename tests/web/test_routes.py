"""Pages with the test client: rendering, escaping, login, CSRF and review forms."""
from __future__ import annotations

import re

import pytest

from conflictwatch.web.views import highlight_segments, weekly_series

from tests.api.conftest import client, store  # noqa: F401  (fixtures)


def _csrf(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def _login(client):
    page = client.get("/login").text
    r = client.post("/login", data={"username": "ana", "password": "s3cret-pass",
                                    "csrf_token": _csrf(page), "next": "/review"}, follow_redirects=False)
    assert r.status_code == 303
    return _csrf(client.get("/review").text)


@pytest.mark.parametrize("path", ["/", "/events", "/events?type=strike&country=PE", "/conflicts",
                                  "/reports", "/conflicts/1", "/events/1", "/reports/1"])
def test_pages_render_without_inline_script(client, path):
    r = client.get(path)
    assert r.status_code == 200
    assert re.search(r"<script(?![^>]*\bsrc=)", r.text) is None
    assert "onclick" not in r.text and "style=" not in r.text


def test_report_text_is_escaped(client, store):
    rid = next(r["id"] for r in store.list_reports()[0] if r["doc_id"] == "espinar-en")
    html = client.get(f"/reports/{rid}").text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "<script>alert" not in html


def test_review_needs_login(client):
    r = client.get("/review", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login")
    r = client.post("/review/1/confirm", data={"csrf_token": "x"})
    assert r.status_code == 401 and "E401" in r.text


def test_wrong_password_is_refused(client):
    page = client.get("/login").text
    r = client.post("/login", data={"username": "ana", "password": "nope", "csrf_token": _csrf(page)})
    assert r.status_code == 401 and "Wrong name or password" in r.text


def test_session_cookie_is_httponly_and_lax(client):
    r = client.get("/login")
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie


def test_forms_need_the_csrf_token(client, store):
    _login(client)
    r = client.post("/review/1/confirm", data={"csrf_token": "forged"})
    assert r.status_code == 400 and "E403" in r.text
    assert store.get_event(1)["status"] == "new"


@pytest.mark.parametrize("action, data, check", [
    ("confirm", {}, lambda ev: ev["status"] == "confirmed"),
    ("reject", {"reason": "duplicate of a wire story"}, lambda ev: ev["status"] == "rejected"),
    ("correct", {"location": "Sorochuco", "issues": "mining, land"},
     lambda ev: ev["location"] == "Sorochuco" and ev["issues"] == ["mining", "land"]
     and set(ev["locked_fields"]) == {"location", "issues", "latitude", "longitude"}
         and round(ev["longitude"], 2) == -78.26),          # the marker moved to Sorochuco
])
def test_review_forms(client, store, action, data, check):
    token = _login(client)
    strike = store.list_events(type="strike")[0][0]
    r = client.post(f"/review/{strike['id']}/{action}", data={"csrf_token": token, **data},
                    follow_redirects=False)
    assert r.status_code == 303, r.text
    assert check(store.get_event(strike["id"]))


def test_weekly_series_fills_gaps_and_counts_by_type():
    s = weekly_series([{"date": "2026-03-02", "type": "strike"}, {"date": "2026-03-04", "type": "strike"},
                       {"date": "2026-03-18", "type": "protest"}, {"date": "2026-03", "type": "protest"},
                       {"date": None, "type": "riot"}])
    assert s["weeks"] == ["2026-02-23", "2026-03-02", "2026-03-09", "2026-03-16"]
    assert s["counts"]["strike"] == [0, 2, 0, 0] and s["counts"]["protest"] == [1, 0, 0, 1]


@pytest.mark.parametrize("text, spans, marked", [
    ("Hubo un paro. Luego una marcha.", [{"start": 0, "end": 13, "event_id": 1, "type": "strike"}], ["Hubo un paro."]),
    ("A strike began. Police fired tear gas.",
     [{"start": 0, "end": 15, "event_id": 1, "type": "strike"},
      {"start": 10, "end": 38, "event_id": 2, "type": "crackdown"}], ["A strike began. Police fired tear gas."]),
])
def test_highlight_segments_cover_the_text(text, spans, marked):
    segs = highlight_segments(text, spans)
    assert "".join(s["text"] for s in segs) == text
    assert [s["text"] for s in segs if s["events"]] == marked


def test_map_labels_file_is_current():
    """The committed map-labels.json is what scripts/build_map_labels.py makes from the gazetteer."""
    import importlib.util
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("build_map_labels", root / "scripts" / "build_map_labels.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.OUT.read_text(encoding="utf-8") == mod.dump(mod.build())


def test_events_page_never_loads_every_event(client, store, monkeypatch):
    """The chart and the map are aggregates in SQL: no full fetch of the events."""
    def refuse(*a, **k):
        raise AssertionError("the page loaded every event")
    monkeypatch.setattr(type(store), "iter_events", refuse)
    r = client.get("/events?type=strike")
    assert r.status_code == 200 and 'data-points="' in r.text and '"bucket":' in r.text.replace("&#34;", '"')
    assert client.get("/").status_code == 200


def test_timeline_steps_and_bad_input_on_the_events_page(client):
    r = client.get("/events?bucket=month&country=PE")
    assert r.status_code == 200 and "<b>month</b>" in r.text
    assert client.get("/events?bucket=fortnight").status_code == 400
    r = client.get("/events?date_from=15/12/2022")
    assert r.status_code == 400 and "E403" in r.text and 'class="top"' in r.text
    r = client.get("/events?date_from=2026-03-01&date_to=2026-03-08")
    assert r.status_code == 200 and "zoom out" in r.text


def test_event_page_reads_as_text_with_history_before_and_after(client, store):
    token = _login(client)
    strike = store.list_events(type="strike")[0][0]
    html = client.get(f"/events/{strike['id']}").text
    assert "Strike" in html and "Celendín" in html and "took part" in html and "Not reviewed yet" in html
    client.post(f"/review/{strike['id']}/correct", data={"csrf_token": token, "participants": "4000"})
    html = client.get(f"/events/{strike['id']}").text
    assert 'id="event-history"' in html and "corrected this event" in html
    assert '<td class="before">3000</td><td class="after">4000</td>' in html
