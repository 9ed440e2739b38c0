"""/api/v1/search, /api/v1/stats, /api/v1/export."""
from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse

from ...errors import BadExportFormat
from ..deps import StoreDep
from .events import Countries, Regions, Status, Types, UpdatedSince, event_filters

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


@router.get("/export", summary="All events (filtered) in an exchange format, streamed",
            responses={200: {"content": {m: {} for m, _ in EXPORT_FORMATS.values()}}})
def export(store: StoreDep,
           format: Annotated[str, Query(description=" | ".join(EXPORT_FORMATS))] = "events-jsonl",
           type: Types = None, country: Countries = None, admin1: Regions = None,
           date_from: Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")] = None,
           date_to: Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")] = None,
           conflict: int | None = None, q: str | None = None, status: Status | None = None,
           updated_since: UpdatedSince = None,
           acled_inter: Annotated[Literal["text", "numeric"], Query(
               description="acled-csv: inter1/inter2/interaction as ACLED's text labels or numeric codes")] = "text",
           acled_spans: Annotated[Literal["first", "daily"], Query(
               description="acled-csv: a span as one row on its first day, or one row a day")] = "first"):
    """Written as it is read from the store (chunked), so memory stays flat for any size."""
    if format not in EXPORT_FORMATS:
        raise BadExportFormat(f"Unknown export format '{format}'; use one of: {', '.join(EXPORT_FORMATS)}.")
    f = event_filters(type, country, admin1, date_from, date_to, conflict, q, status, updated_since)
    from ...export.stream import stream_export
    options = {"inter": acled_inter, "spans": acled_spans} if format == "acled-csv" else None
    media, suffix = EXPORT_FORMATS[format]
    return StreamingResponse(stream_export(store, format, options=options, **f), media_type=media, headers={
        "content-disposition": f'attachment; filename="conflictwatch-events.{suffix}"'})


def all_events(store, filters: dict) -> list[dict]:
    """Every event matching the filters (the store fetches them in pages)."""
    return list(store.iter_events(**filters))
