"""Aggregates for the observatory's charts, computed in SQL (never by loading the events):

- ``timeline``: events per day, week, month or year and type, for the filters given, the
  bucket chosen from the span so that a chart has at most a few hundred bars;
- ``map_points``: matching events grouped by their coordinates (one row per place, with
  the count, types and a sample event), for a map of every matching event;
- ``overview_counts``: the few figures the overview shows.

    from conflictwatch.store import Store
    from conflictwatch.store.charts import timeline, map_points
    store = Store.open("cw.db")
    timeline(store, {"country": "PE"})          # {"bucket": "week", "buckets": [...], ...}
    map_points(store, {"type": ["strike"]})     # {"points": [...], "total": N, "truncated": False}
"""
from __future__ import annotations

import threading
from datetime import date, timedelta
from typing import Any, Callable

from sqlalchemy import case, func, literal_column, select

from .models import Conflict, Event, Report

BUCKETS = ("day", "week", "month", "year")
#: The bucket for a span is the finest one giving at most this many bars.
MAX_BARS = 90
#: A map gets at most this many distinct places (the busiest ones); the rest are counted.
MAX_POINTS = 5000


def _day_expr(dialect: str):
    """An event's date as a full YYYY-MM-DD (a month counts from its first day, a year
    from 1 January), in SQL."""
    d = Event.date
    return case((func.length(d) == 10, d), (func.length(d) == 7, d + "-01"), else_=d + "-01-01")


def _bucket_expr(bucket: str, dialect: str):
    day = _day_expr(dialect)
    if bucket == "day":
        return day
    if bucket == "month":
        return func.substr(Event.date, 1, 7)
    if bucket == "year":
        return func.substr(Event.date, 1, 4)
    if dialect == "sqlite":     # Monday of the week: the Sunday on or after it, less six days
        return func.date(day, "weekday 0", "-6 days")
    return func.to_char(func.date_trunc("week", func.to_date(day, "YYYY-MM-DD")), "YYYY-MM-DD")


def choose_bucket(first: str | None, last: str | None, max_bars: int = MAX_BARS) -> str:
    """The finest bucket that shows ``first``..``last`` in at most ``max_bars`` bars."""
    a, b = _as_day(first), _as_day(last)
    if a is None or b is None:
        return "month"
    days = (b - a).days + 1
    if days <= max_bars:
        return "day"
    if days / 7 <= max_bars:
        return "week"
    if days / 30.4 <= max_bars:
        return "month"
    return "year"


def _as_day(value: str | None) -> date | None:
    if not value:
        return None
    v = value[:10]
    v = v if len(v) == 10 else (v + "-01" if len(v) == 7 else v + "-01-01")
    try:
        return date.fromisoformat(v)
    except ValueError:
        return None


def _bucket_start(value: str, bucket: str) -> date | None:
    d = _as_day(value)
    if d is None:
        return None
    if bucket == "week":
        return d - timedelta(days=d.weekday())
    if bucket == "month":
        return d.replace(day=1)
    if bucket == "year":
        return d.replace(month=1, day=1)
    return d


def _next(d: date, bucket: str) -> date:
    if bucket == "day":
        return d + timedelta(days=1)
    if bucket == "week":
        return d + timedelta(days=7)
    if bucket == "month":
        return (d.replace(day=28) + timedelta(days=4)).replace(day=1)
    return d.replace(year=d.year + 1)


def _label(d: date, bucket: str) -> str:
    return d.isoformat()[: {"month": 7, "year": 4}.get(bucket, 10)]


def bucket_span(label: str, bucket: str) -> tuple[str, str]:
    """The first and last day of a bucket (for zooming into it)."""
    start = _bucket_start(label, bucket)
    return start.isoformat(), (_next(start, bucket) - timedelta(days=1)).isoformat()


def timeline(store, filters: dict[str, Any], bucket: str | None = None) -> dict[str, Any]:
    """Events per bucket and type: ``{"bucket", "buckets": [label...], "spans": [[from, to]...],
    "types": [...], "counts": {type: [n...]}, "total"}``; buckets run without gaps from the
    first to the last one with an event. ``bucket`` None: chosen from the span.

    SQL counts events per (date, type), which reads the (type, date) or (country, type, date)
    index in order without sorting (a few thousand rows for years of events); the days are
    put into buckets here."""
    return _cached(store, ("timeline", _filters_key(filters), bucket), lambda: _timeline(store, filters, bucket))


def _timeline(store, filters: dict[str, Any], bucket: str | None) -> dict[str, Any]:
    query = store._event_query(**filters).where(Event.date.is_not(None))
    with store._sessions() as s:
        rows = s.execute(query.with_only_columns(Event.date, Event.type, func.count(),
                                                 maintain_column_froms=True)
                         .group_by(Event.date, Event.type)).all()
    if bucket not in BUCKETS:
        dates = [d for d, _, _ in rows if _as_day(d) is not None]
        bucket = choose_bucket(min(dates), max(dates)) if dates else "month"
    per: dict[date, dict[str, int]] = {}
    for value, typ, n in rows:
        start = _bucket_start(value, bucket)
        if start is not None:
            per.setdefault(start, {})
            per[start][typ] = per[start].get(typ, 0) + n
    if not per:
        return {"bucket": bucket, "buckets": [], "spans": [], "types": [], "counts": {}, "total": 0}
    starts, d = [], min(per)
    while d <= max(per):
        starts.append(d)
        d = _next(d, bucket)
    types = sorted({t for c in per.values() for t in c})
    return {"bucket": bucket, "buckets": [_label(x, bucket) for x in starts],
            "spans": [[x.isoformat(), (_next(x, bucket) - timedelta(days=1)).isoformat()] for x in starts],
            "types": types,
            "counts": {t: [per.get(x, {}).get(t, 0) for x in starts] for t in types},
            "total": sum(sum(c.values()) for c in per.values())}


def map_points(store, filters: dict[str, Any], limit: int = MAX_POINTS) -> dict[str, Any]:
    """Every matching event with coordinates, grouped by place (country, admin1, location):
    ``{"points": [{"lat", "lon" (the mean of the place's events), "n", "id" (an event there),
    "type" (the commonest if all alike, else "mixed"), "label", "country", "admin1"}...],
    "total", "truncated"}``; the ``limit`` busiest places when there are more. The grouping
    reads the place index of migration 0004 in order."""
    return _cached(store, ("map", _filters_key(filters), limit), lambda: _map_points(store, filters, limit))


def _map_points(store, filters: dict[str, Any], limit: int) -> dict[str, Any]:
    query = store._event_query(**filters).where(Event.latitude.is_not(None), Event.longitude.is_not(None))
    n = func.count().label("n")
    cols = (Event.country, Event.admin1, Event.location, func.avg(Event.latitude).label("lat"),
            func.avg(Event.longitude).label("lon"), n, func.max(Event.id).label("id"),
            func.min(Event.type).label("tmin"), func.max(Event.type).label("tmax"))
    with store._sessions() as s:
        rows = s.execute(query.with_only_columns(*cols, maintain_column_froms=True)
                         .group_by(Event.country, Event.admin1, Event.location)).all()
    rows = sorted(rows, key=lambda r: -r.n)
    truncated = len(rows) > limit
    rows = rows[:limit]
    points = []
    for r in rows:
        place = ", ".join(x for x in (r.location, r.admin1 if r.admin1 != r.location else None, r.country) if x)
        points.append({"lat": round(float(r.lat), 4), "lon": round(float(r.lon), 4), "n": r.n, "id": r.id,
                       "type": r.tmin if r.tmin == r.tmax else "mixed", "label": place,
                       "country": r.country, "admin1": r.admin1})
    return {"points": points, "total": sum(p["n"] for p in points), "truncated": truncated}


# --- a small cache, valid while the data is unchanged ----------------------------------

#: Entries kept per process (oldest dropped first).
CACHE_SIZE = 256
_CACHE: dict[tuple, Any] = {}


def data_version(store) -> tuple:
    """Changes whenever events change (``Store.data_version``: the newest event, mention,
    conflict and audit-log ids and the latest event update). Index lookups only: cheap."""
    return store.data_version()


def _filters_key(filters: dict[str, Any]) -> tuple:
    return tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in filters.items()
                        if v not in (None, "", [])))


def _cached(store, key: tuple, compute: Callable[[], Any]) -> Any:
    """``compute()``, or its value from the cache when the data has not changed since. One
    computation at a time per key in this process: concurrent requests for the same chart
    wait for it instead of repeating it. A value is tagged with the data version read before
    its query, so a change during the query leaves it stale, never wrongly fresh."""
    full_key = ((id(store), store.url), key)
    version = data_version(store)
    hit = _CACHE.get(full_key)
    if hit is not None and hit[0] == version:
        return hit[1]
    with _LOCKS_GUARD:
        if len(_LOCKS) > 4 * CACHE_SIZE:
            _LOCKS.clear()
        lock = _LOCKS.setdefault(full_key, threading.Lock())
    with lock:
        version = data_version(store)
        hit = _CACHE.get(full_key)
        if hit is not None and hit[0] == version:
            return hit[1]
        value = compute()
        with _LOCKS_GUARD:
            if len(_CACHE) >= CACHE_SIZE:
                _CACHE.pop(next(iter(_CACHE)), None)
            _CACHE[full_key] = (version, value)
        return value


_LOCKS: dict[tuple, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()


def warm(store) -> None:
    """Compute the overview's aggregates now (the server does it when it starts)."""
    overview_counts(store)
    timeline(store, {})
    map_points(store, {})


def overview_counts(store) -> dict[str, Any]:
    """The overview's figures: reports, events (not rejected), conflicts, events by type, and
    events waiting for review (cached while the data is unchanged)."""
    return _cached(store, ("overview",), lambda: _overview_counts(store))


def _overview_counts(store) -> dict[str, Any]:
    from . import review
    with store._sessions() as s:
        live = Event.status != literal_column("'rejected'")
        out = {
            "reports": s.scalar(select(func.count()).select_from(Report)),
            "events": s.scalar(select(func.count()).select_from(Event).where(live)),
            "conflicts": s.scalar(select(func.count()).select_from(Conflict)),
            "by_type": dict(s.execute(select(Event.type, func.count()).where(live)
                                      .group_by(Event.type).order_by(Event.type)).all()),
            "to_review": review.review_queue(s, limit=0)[1],
        }
    return out
