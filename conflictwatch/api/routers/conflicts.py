"""/api/v1/conflicts: list, one conflict with its timeline, and review (merge, split)."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request

from ...store import review
from ..caching import NOT_MODIFIED, FastJSONResponse, cached_json
from ..deps import StoreDep, WriterDep, fetch, page
from ..schemas import ConflictDetail, ConflictMergeIn, ConflictOut, ConflictSplitIn, ListOut, dumper, list_dumper

router = APIRouter(prefix="/conflicts", tags=["conflicts"])
HINT = "List conflicts with GET /api/v1/conflicts."
CONFLICT_LIST = list_dumper(ConflictOut)
CONFLICT_DETAIL = dumper(ConflictDetail)
#: events a conflict answers with when the request does not say (events_limit)
EVENTS_PAGE = 200


@router.get("", response_model=ListOut[ConflictOut], summary="Conflicts, most recently active first",
            responses=NOT_MODIFIED)
def list_conflicts(request: Request, store: StoreDep,
                   country: Annotated[str | None, Query(min_length=2, max_length=2)] = None,
                   status: Literal["active", "latent"] | None = None,
                   q: Annotated[str | None, Query(max_length=200)] = None,
                   limit: Annotated[int, Query(ge=1, le=1000)] = 50,
                   offset: Annotated[int, Query(ge=0)] = 0):
    found = store.list_conflicts(country=country.upper() if country else None, status=status,
                                 q=q or None, limit=limit, offset=offset)
    return cached_json(request, CONFLICT_LIST(page(found)), getattr(found, "version", None))


@router.get("/{conflict_id}", response_model=ConflictDetail,
            summary="One conflict: its card and the timeline of its events, a page at a time")
def get_conflict(conflict_id: int, store: StoreDep,
                 events_limit: Annotated[int, Query(ge=1, le=1000, description=(
                     "How many of its events to return (oldest first); events_count says how many "
                     "it has in all."))] = EVENTS_PAGE,
                 events_offset: Annotated[int, Query(ge=0, description="Skip this many of its events.")] = 0):
    return _detail(store, conflict_id, events_limit, events_offset)


@router.post("/{conflict_id}/merge", response_model=ConflictDetail, tags=["review"],
             summary="Merge another conflict into this one (audited)")
def merge(conflict_id: int, body: ConflictMergeIn, store: StoreDep, who: WriterDep):
    with store.session() as s:
        review.merge_conflicts(s, conflict_id, body.other_id, who=who, store=store)
    return _detail(store, conflict_id)


@router.post("/{conflict_id}/split", response_model=ConflictDetail, tags=["review"],
             summary="Move events to a new conflict (audited); returns the new conflict")
def split(conflict_id: int, body: ConflictSplitIn, store: StoreDep, who: WriterDep):
    with store.session() as s:
        new_id = review.split_conflict(s, conflict_id, body.event_ids, who=who, store=store).id
    return _detail(store, new_id)


def _detail(store, conflict_id: int, events_limit: int = EVENTS_PAGE, events_offset: int = 0) -> FastJSONResponse:
    return FastJSONResponse(CONFLICT_DETAIL(fetch(
        lambda i: store.get_conflict(i, events_limit=events_limit, events_offset=events_offset),
        "conflict", conflict_id, HINT)))
