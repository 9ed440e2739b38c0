"""/api/v1/events: list with the CLI's filters, one event with its sources, review actions."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from ...records import EVENT_TYPES
from ...store import review
from ..deps import StoreDep, WriterDep, fetch, page
from ..schemas import CorrectionIn, EventDetail, EventOut, ListOut, MergeIn, SplitIn

router = APIRouter(prefix="/events", tags=["events"])
HINT = "List events with GET /api/v1/events."
EventType = Literal[EVENT_TYPES]  # type: ignore[valid-type]
Sort = Literal["date", "-date", "confidence", "-confidence", "n_sources", "-n_sources", "id", "-id", "updated", "-updated"]
Status = Literal["new", "confirmed", "corrected", "rejected"]


def event_filters(type=None, country=None, admin1=None, date_from=None, date_to=None,
                  conflict=None, q=None, status=None) -> dict:
    """The store's keyword filters, from the query parameters the CLI also uses."""
    return dict(type=type, country=country.upper() if country else None, admin1=admin1,
                date_from=date_from, date_to=date_to, conflict_id=conflict, q=q or None,
                status=status)


@router.get("", response_model=ListOut[EventOut], summary="Events, filtered and paged")
def list_events(store: StoreDep, type: EventType | None = None,
                country: Annotated[str | None, Query(min_length=2, max_length=2)] = None,
                admin1: str | None = None,
                date_from: Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")] = None,
                date_to: Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")] = None,
                conflict: int | None = None,
                q: Annotated[str | None, Query(max_length=200, description="full-text search")] = None,
                status: Status | None = None,
                limit: Annotated[int, Query(ge=1, le=1000)] = 50,
                offset: Annotated[int, Query(ge=0)] = 0,
                sort: Sort = "-date"):
    f = event_filters(type, country, admin1, date_from, date_to, conflict, q, status)
    return page(store.list_events(**f, limit=limit, offset=offset, sort=sort))


@router.get("/{event_id}", response_model=EventDetail, summary="One event with every source")
def get_event(event_id: int, store: StoreDep):
    return fetch(store.get_event, "event", event_id, HINT)


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
