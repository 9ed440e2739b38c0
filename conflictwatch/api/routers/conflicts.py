"""/api/v1/conflicts: list, one conflict with its timeline, and review (merge, split)."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request

from ...store import review
from ..caching import NOT_MODIFIED, cached_json
from ..deps import StoreDep, WriterDep, fetch, page
from ..schemas import ConflictDetail, ConflictMergeIn, ConflictOut, ConflictSplitIn, ListOut

router = APIRouter(prefix="/conflicts", tags=["conflicts"])
HINT = "List conflicts with GET /api/v1/conflicts."


@router.get("", response_model=ListOut[ConflictOut], summary="Conflicts, most recently active first",
            responses=NOT_MODIFIED)
def list_conflicts(request: Request, store: StoreDep,
                   country: Annotated[str | None, Query(min_length=2, max_length=2)] = None,
                   status: Literal["active", "latent"] | None = None,
                   q: Annotated[str | None, Query(max_length=200)] = None,
                   limit: Annotated[int, Query(ge=1, le=1000)] = 50,
                   offset: Annotated[int, Query(ge=0)] = 0):
    body = page(store.list_conflicts(country=country.upper() if country else None, status=status,
                                     q=q or None, limit=limit, offset=offset))
    return cached_json(request, ListOut[ConflictOut].model_validate(body).model_dump(mode="json"))


@router.get("/{conflict_id}", response_model=ConflictDetail,
            summary="One conflict: its card and the timeline of its events")
def get_conflict(conflict_id: int, store: StoreDep):
    return fetch(store.get_conflict, "conflict", conflict_id, HINT)


@router.post("/{conflict_id}/merge", response_model=ConflictDetail, tags=["review"],
             summary="Merge another conflict into this one (audited)")
def merge(conflict_id: int, body: ConflictMergeIn, store: StoreDep, who: WriterDep):
    with store.session() as s:
        review.merge_conflicts(s, conflict_id, body.other_id, who=who, store=store)
    return fetch(store.get_conflict, "conflict", conflict_id, HINT)


@router.post("/{conflict_id}/split", response_model=ConflictDetail, tags=["review"],
             summary="Move events to a new conflict (audited); returns the new conflict")
def split(conflict_id: int, body: ConflictSplitIn, store: StoreDep, who: WriterDep):
    with store.session() as s:
        new_id = review.split_conflict(s, conflict_id, body.event_ids, who=who, store=store).id
    return fetch(store.get_conflict, "conflict", new_id, HINT)
