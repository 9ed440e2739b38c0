"""Chart aggregates computed in SQL: the timeline's buckets and the map's places."""
from __future__ import annotations

import pytest

from conflictwatch.store.charts import bucket_span, choose_bucket, map_points, overview_counts, timeline
from tests.api.sample import build_store


@pytest.fixture()
def store(db_url):
    """The sample store on SQLite and, with CONFLICTWATCH_TEST_PG_URL, on PostgreSQL."""
    s = build_store(db_url)
    yield s
    s.close()


@pytest.mark.parametrize("first, last, bucket", [
    ("2026-03-01", "2026-03-31", "day"), ("2026-01-01", "2026-12-31", "week"),
    ("2020-01-01", "2026-12-31", "month"), ("2011-01", "2026", "year"), (None, None, "month")])
def test_the_bucket_keeps_the_bars_few(first, last, bucket):
    assert choose_bucket(first, last) == bucket


def test_bucket_span_covers_the_whole_bucket():
    assert bucket_span("2026-03-04", "week") == ("2026-03-02", "2026-03-08")     # Monday to Sunday
    assert bucket_span("2024-02", "month") == ("2024-02-01", "2024-02-29")
    assert bucket_span("2023", "year") == ("2023-01-01", "2023-12-31")


@pytest.mark.parametrize("bucket", ["day", "week", "month", "year"])
def test_timeline_counts_every_dated_event_by_type(store, bucket):
    events = [e for e in store.list_events(limit=None)[0] if e["date"]]
    t = timeline(store, {}, bucket)
    assert t["bucket"] == bucket and t["total"] == len(events)
    assert sum(sum(v) for v in t["counts"].values()) == len(events)
    assert set(t["types"]) == {e["type"] for e in events}
    assert len(t["buckets"]) == len(t["spans"]) == len(next(iter(t["counts"].values())))


def test_timeline_week_buckets_start_on_monday(store):
    t = timeline(store, {"type": ["strike"]}, "week")
    assert t["buckets"] == ["2026-03-02"]            # the strike of Monday 2 March 2026


def test_timeline_honours_filters(store):
    assert timeline(store, {"country": "XX"})["buckets"] == []
    assert timeline(store, {"type": ["strike"]})["types"] == ["strike"]


def test_map_points_group_every_matching_event_by_place(store):
    events = [e for e in store.list_events(limit=None)[0] if e["latitude"] is not None]
    m = map_points(store, {})
    assert m["total"] == len(events) and not m["truncated"]
    assert sum(p["n"] for p in m["points"]) == len(events)
    assert {(p["lat"], p["lon"]) for p in m["points"]} == {(round(e["latitude"], 5), round(e["longitude"], 5)) for e in events}
    one = map_points(store, {"type": ["strike"]})["points"]
    assert len(one) == 1 and one[0]["type"] == "strike" and "Celendín" in one[0]["label"]
    assert map_points(store, {}, limit=1)["truncated"] is (len(m["points"]) > 1)


def test_overview_counts(store):
    c = overview_counts(store)
    assert c["events"] == store.list_events(limit=None)[1] and c["reports"] == store.list_reports()[1]
    assert sum(c["by_type"].values()) == c["events"]


def test_cached_aggregates_follow_every_change(store):
    """A second call is served from the cache; a review action or an ingest invalidates it."""
    from conflictwatch.store import review
    before = map_points(store, {"type": ["blockade"]})
    assert map_points(store, {"type": ["blockade"]}) is before                  # cached
    ev = store.list_events(type="blockade")[0][0]
    with store.session() as s:
        review.correct_event(s, ev["id"], {"location": "Sicuani"}, who="ana", store=store)
    after = map_points(store, {"type": ["blockade"]})
    assert after is not before and after["points"][0]["label"].startswith("Sicuani")
    assert after["points"][0]["lon"] != before["points"][0]["lon"]               # the marker moves
    t = timeline(store, {})
    with store.session() as s:
        review.reject_event(s, ev["id"], who="ana", store=store)
    assert timeline(store, {})["total"] == t["total"] - 1
