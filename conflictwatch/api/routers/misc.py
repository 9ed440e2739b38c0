"""/api/v1/search, /api/v1/stats, /api/v1/export."""
from __future__ import annotations

import io
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import Response

from ...errors import BadExportFormat
from ..deps import StoreDep
from .events import EventType, Status, event_filters

router = APIRouter(tags=["search"])

EXPORT_FORMATS: dict[str, tuple[str, str]] = {   # name -> (media type, file suffix)
    "events-jsonl": ("application/x-ndjson", "jsonl"),
    "acled-csv": ("text/csv; charset=utf-8", "csv"),
    "plover-jsonl": ("application/x-ndjson", "jsonl"),
    "geojson": ("application/geo+json", "geojson"),
}


@router.get("/search", summary="Full-text search over events, conflicts and reports")
def search(store: StoreDep, q: Annotated[str, Query(min_length=1, max_length=200)],
           limit: Annotated[int, Query(ge=1, le=200)] = 20) -> dict[str, Any]:
    res = store.search(q, limit=limit)
    if isinstance(res, tuple):
        res = res[0]
    if isinstance(res, dict):           # grouped by kind
        return {"data": res, "count": sum(len(v) for v in res.values() if isinstance(v, list))}
    rows = list(res)
    return {"data": rows, "count": len(rows)}


@router.get("/stats", summary="Counts by month, type and region")
def stats(store: StoreDep) -> dict[str, Any]:
    return store.stats()


@router.get("/export", summary="All events (filtered) in an exchange format",
            responses={200: {"content": {m: {} for m, _ in EXPORT_FORMATS.values()}}})
def export(store: StoreDep,
           format: Annotated[str, Query(description=" | ".join(EXPORT_FORMATS))] = "events-jsonl",
           type: EventType | None = None,
           country: Annotated[str | None, Query(min_length=2, max_length=2)] = None,
           admin1: str | None = None,
           date_from: Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")] = None,
           date_to: Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")] = None,
           conflict: int | None = None, q: str | None = None, status: Status | None = None):
    if format not in EXPORT_FORMATS:
        raise BadExportFormat(f"Unknown export format '{format}'; use one of: {', '.join(EXPORT_FORMATS)}.")
    f = event_filters(type, country, admin1, date_from, date_to, conflict, q, status)
    from ... import export as exporters
    buf = io.StringIO()
    exporters.export(store, format, buf, **f)
    media, suffix = EXPORT_FORMATS[format]
    return Response(buf.getvalue(), media_type=media, headers={
        "content-disposition": f'attachment; filename="conflictwatch-events.{suffix}"'})


def all_events(store, filters: dict) -> list[dict]:
    """Every event matching the filters (the store fetches them in pages)."""
    return list(store.iter_events(**filters))
