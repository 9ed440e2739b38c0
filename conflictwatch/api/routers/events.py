"""/api/v1/events: list with the CLI's filters, one event with its sources, review actions."""
from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request

from ...errors import BadRequest
from ...records import EVENT_TYPES
from ...store import review
from ..caching import NOT_MODIFIED, FastJSONResponse, cached_json, unchanged
from ..deps import StoreDep, WriterDep, fetch, page
from ..schemas import CorrectionIn, EventDetail, EventOut, ListOut, MergeIn, SplitIn, dumper, list_dumper

router = APIRouter(prefix="/events", tags=["events"])
HINT = "List events with GET /api/v1/events."
EventType = Literal[EVENT_TYPES]  # type: ignore[valid-type]
Sort = Literal["date", "-date", "confidence", "-confidence", "n_sources", "-n_sources", "id", "-id", "updated", "-updated"]
Status = Literal["new", "confirmed", "corrected", "rejected"]


EVENT_FIELDS = tuple(EventOut.model_fields)
EVENT_LIST = list_dumper(EventOut)
EVENT_DETAIL = dumper(EventDetail)
# repeatable filters: ?type=strike&type=protest matches either
Types = Annotated[list[EventType] | None, Query(description="Event type; repeat for several (OR).")]
Countries = Annotated[list[Annotated[str, Query(min_length=2, max_length=2)]] | None,
                      Query(description="ISO alpha-2 country; repeat for several (OR).")]
Regions = Annotated[list[str] | None, Query(description="First-level division; repeat for several (OR).")]
UpdatedSince = Annotated[datetime | None, Query(description="Only events changed at or after this ISO 8601 "
                                                            "time (UTC when no offset is given).")]


def event_filters(type=None, country=None, admin1=None, date_from=None, date_to=None,
                  conflict=None, q=None, status=None, updated_since=None) -> dict:
    """The store's keyword filters, from the query parameters the CLI also uses."""
    countries = [country] if isinstance(country, str) else list(country or [])
    regions = [admin1] if isinstance(admin1, str) else list(admin1 or [])
    return dict(type=type or None, country=[c.upper() for c in countries] or None, admin1=regions or None,
                date_from=date_from, date_to=date_to, conflict_id=conflict, q=q or None,
                status=status, updated_since=updated_since)


def parse_fields(fields: str | None) -> list[str] | None:
    """``fields=id,type,date`` -> the fields to keep (``id`` and ``type`` always kept)."""
    if not fields:
        return None
    wanted = [f.strip() for f in fields.split(",") if f.strip()]
    unknown = [f for f in wanted if f not in EVENT_FIELDS]
    if unknown:
        raise BadRequest(f"Unknown field(s) {', '.join(unknown)} in 'fields'; use a comma-separated list of: "
                         f"{', '.join(EVENT_FIELDS)}.")
    return ["id", "type", *[f for f in wanted if f not in ("id", "type")]]


@router.get("", response_model=ListOut[EventOut], summary="Events, filtered and paged", responses=NOT_MODIFIED)
def list_events(request: Request, store: StoreDep, type: Types = None, country: Countries = None,
                admin1: Regions = None,
                date_from: Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")] = None,
                date_to: Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")] = None,
                conflict: int | None = None,
                q: Annotated[str | None, Query(max_length=200, description="full-text search")] = None,
                status: Status | None = None,
                updated_since: UpdatedSince = None,
                fields: Annotated[str | None, Query(max_length=500, description=(
                    "Comma-separated fields to return for each event (id and type always come): "
                    "id,type,date,country,..."))] = None,
                limit: Annotated[int, Query(ge=1, le=1000)] = 50,
                offset: Annotated[int, Query(ge=0)] = 0,
                sort: Sort = "-date"):
    keep = parse_fields(fields)
    f = event_filters(type, country, admin1, date_from, date_to, conflict, q, status, updated_since)
    if request.headers.get("if-none-match"):         # unchanged since this ETag: 304 unread
        not_modified = unchanged(request, store.data_version())
        if not_modified is not None:
            return not_modified
    found = store.list_events(**f, limit=limit, offset=offset, sort=sort, versioned=True)
    payload = EVENT_LIST(page(found))
    if keep:
        payload["data"] = [{k: row[k] for k in keep} for row in payload["data"]]
    return cached_json(request, payload, getattr(found, "version", None))


@router.get("/{event_id}", response_model=EventDetail, summary="One event with every source")
def get_event(event_id: int, store: StoreDep):
    return FastJSONResponse(EVENT_DETAIL(fetch(store.get_event, "event", event_id, HINT)))


def _after(store, event_id: int):
    return fetch(store.get_event, "event", event_id, HINT)


@router.post("/{event_id}/confirm", response_model=EventDetail, tags=["review"])
def confirm(event_id: int, store: StoreDep, who: WriterDep):
    with store.session() as s:
        review.confirm_event(s, event_id, who=who, store=store)
    return _after(store, event_id)


@router.post("/{event_id}/correct", response_model=EventDetail, tags=["review"])
def correct(event_id: int, body: CorrectionIn, store: StoreDep, who: WriterDep):
    with store.session() as s:
        review.correct_event(s, event_id, body.changes, who=who, store=store)
    return _after(store, event_id)


@router.post("/{event_id}/reject", response_model=EventDetail, tags=["review"])
def reject(event_id: int, store: StoreDep, who: WriterDep):
    with store.session() as s:
        review.reject_event(s, event_id, who=who, store=store)
    return _after(store, event_id)


@router.post("/{event_id}/merge", response_model=EventDetail, tags=["review"])
def merge(event_id: int, body: MergeIn, store: StoreDep, who: WriterDep):
    with store.session() as s:
        review.merge_events(s, event_id, body.other_id, who=who, store=store)
    return _after(store, event_id)


@router.post("/{event_id}/split", response_model=EventDetail, tags=["review"],
             summary="Move sources to a new event; returns the new event")
def split(event_id: int, body: SplitIn, store: StoreDep, who: WriterDep):
    with store.session() as s:
        new_id = review.split_event(s, event_id, body.mention_ids, who=who, store=store).id
    return _after(store, new_id)
