"""Pydantic schemas of the REST API (kept apart from the table models in store/models.py)."""
from __future__ import annotations

import typing
from typing import Any, Callable, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class _Out(BaseModel):
    model_config = ConfigDict(extra="ignore", from_attributes=True)


class ActorOut(_Out):
    name: str
    role: str | None = None
    kind: str | None = None


class EvidenceOut(_Out):
    sentence: str
    start: int | None = None
    end: int | None = None


class SourceOut(_Out):
    """One report an event was drawn from, with the sentences that support it."""
    report_id: int | None = None
    doc_id: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    lang: str | None = None
    mention_id: int | None = None
    sentence: str | None = Field(None, description="The sentence that supports the event.")
    start: int | None = Field(None, description="Its offsets in the report's text.")
    end: int | None = None


class EventOut(_Out):
    id: int
    type: str
    action: str | None = None
    date: str | None = None
    date_end: str | None = None
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    actors: list[ActorOut] = []
    participants: int | None = None
    fatalities: int | None = None
    injuries: int | None = None
    arrests: int | None = None
    issues: list[str] = []
    project: str | None = None
    company: str | None = None
    doc_ids: list[str] = []
    conflict_id: int | None = None
    status: str = "new"
    confidence: float | None = None
    n_sources: int = 0
    locked_fields: list[str] = []
    updated_at: str | None = Field(None, description="Last change, ISO 8601 in UTC (see updated_since).")


class EventDetail(EventOut):
    sources: list[SourceOut] = []


class ConflictOut(_Out):
    id: int
    name: str
    country: str | None = None
    admin1: str | None = None
    issues: list[str] = []
    project: str | None = None
    company: str | None = None
    first_event: str | None = None
    last_event: str | None = None
    status: str | None = None
    counters: dict[str, Any] = {}


class ConflictDetail(ConflictOut):
    events: list[EventOut] = Field(default_factory=list, description=(
        "Its events, oldest first: events_limit of them from events_offset (the query parameters)."))
    events_count: int = Field(0, description="How many events it has in all (rejected ones left out).")


class ReportOut(_Out):
    id: int
    doc_id: str
    title: str | None = None
    published: str | None = None
    lang: str | None = None
    source: str | None = None
    url: str | None = None
    status: str | None = None


class ReportDetail(ReportOut):
    text: str = Field("", description="Title and cleaned text; evidence offsets point into it.")
    events: list[EventOut] = Field(default_factory=list, description="The merged events it feeds.")
    evidence: list[dict[str, Any]] = Field(default_factory=list,
                                           description="[{event_id, type, start, end, sentence}]")


class ReportIn(BaseModel):
    """A report to extract, merge and store (JSON body of POST /api/v1/reports)."""
    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(None, description="Plain text of the report (this or html).")
    html: str | None = Field(None, description="A web page; its main text is extracted.")
    title: str | None = None
    published: str | None = Field(None, description="YYYY-MM-DD; relative dates resolve against it.")
    lang: str | None = Field(None, description="en or es; identified when left out.")
    doc_id: str | None = None
    url: str | None = None
    source: str | None = None


class CorrectionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    changes: dict[str, Any] = Field(..., description="Field -> corrected value; each is locked.")


class MergeIn(BaseModel):
    other_id: int = Field(..., description="The event merged into this one (kept, as rejected).")


class SplitIn(BaseModel):
    mention_ids: list[int] | None = Field(None, description="Sources moved to the new event; default the last.")


class ConflictMergeIn(BaseModel):
    other_id: int = Field(..., description="The conflict merged into this one (its events move; it goes).")


class ConflictSplitIn(BaseModel):
    event_ids: list[int] = Field(..., min_length=1, description="Events moved to the new conflict.")


class ListOut(BaseModel, Generic[T]):
    data: list[T]
    count: int = Field(..., description="How many match in all (not just this page); when "
                       "count_capped, a lower bound: counting stops past 10,000.")
    count_capped: bool = Field(False, description="True when more than 10,000 match and count is "
                               "10,001, not the total.")


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorOut(BaseModel):
    error: ErrorBody


# --- answering without a validation round trip ------------------------------------------

def dumper(model: type[BaseModel]) -> Callable[[dict], dict]:
    """A function from a store row (a dict of JSON-ready values: the store's rows are typed)
    to what ``model.model_validate(row).model_dump(mode="json")`` gives: the model's fields
    in order, defaults for absent ones, nested models (``list[ActorOut]``) cut to theirs,
    extra keys dropped. No validation: a list page of 50 events costs a few dicts instead of
    a pydantic round trip. A row without a required field goes through pydantic (and fails
    as it would). ``tests/api/test_fast_dump.py`` checks the equality on the test store."""
    plan = []
    for name, field in model.model_fields.items():
        nested, many = None, False
        ann = field.annotation
        if typing.get_origin(ann) is list and typing.get_args(ann) \
                and isinstance(typing.get_args(ann)[0], type) and issubclass(typing.get_args(ann)[0], BaseModel):
            nested, many = dumper(typing.get_args(ann)[0]), True
        elif isinstance(ann, type) and issubclass(ann, BaseModel):
            nested = dumper(ann)
        required = field.is_required()
        default = None if required else field.get_default(call_default_factory=True)
        plan.append((name, required, default, nested, many))
    missing = object()

    def dump(row: dict) -> dict:
        out = {}
        for name, required, default, nested, many in plan:
            value = row.get(name, missing)
            if value is missing:
                if required:
                    return model.model_validate(row).model_dump(mode="json")
                value = default
            elif nested is not None and value is not None:
                value = [nested(v) for v in value] if many else nested(value)
            out[name] = value
        return out
    return dump


def list_dumper(model: type[BaseModel]) -> Callable[[dict], dict]:
    """``dumper`` for a list body ``{"data": [...], "count", "count_capped"}`` of ``model``."""
    one = dumper(model)

    def dump(body: dict) -> dict:
        return {"data": [one(r) for r in body["data"]], "count": int(body["count"]),
                "count_capped": bool(body.get("count_capped", False))}
    return dump
