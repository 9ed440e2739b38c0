"""/api/v1/conflicts: list, and one conflict with its timeline."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request

from ..caching import NOT_MODIFIED, cached_json
from ..deps import StoreDep, fetch, page
from ..schemas import ConflictDetail, ConflictOut, ListOut

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
