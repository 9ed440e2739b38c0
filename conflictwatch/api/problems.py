"""RFC 9457 problem details: every API error is ``application/problem+json``.

    {"type": "https://conflictwatch.org/errors#E403", "title": "The request is malformed.",
     "status": 422, "detail": "Bad value for 'limit': ...", "instance": "/api/v1/events",
     "code": "E403", "errors": [{"field": "limit", "message": "..."}],
     "error": {"code": "E403", "message": "Bad value for 'limit': ..."}}

``code`` and ``error`` are extension members: ``error`` keeps the ``{"error": {code,
message}}`` body of earlier versions, so old clients go on working. ``type`` points at the
code's entry in docs/errors.md. The OpenAPI document publishes ``Problem`` for every 4xx/5xx
answer (``publish_problems``).
"""
from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, Field

from ..errors import ConflictWatchError

MEDIA_TYPE = "application/problem+json"
TYPE_BASE = "https://github.com/conflictwatch/conflictwatch/blob/main/docs/errors.md#"


class FieldProblem(BaseModel):
    field: str = Field(..., description="The parameter or body field at fault.")
    message: str


class ProblemError(BaseModel):
    code: str
    message: str


class Problem(BaseModel):
    """An error, as RFC 9457 problem details (plus ``code``, ``errors`` and ``error``)."""
    type: str = Field(..., description="URI of the error code's documentation.")
    title: str = Field(..., description="What kind of error (the same for every error of this code).")
    status: int = Field(..., description="The HTTP status code.")
    detail: str = Field(..., description="What went wrong and what to do.")
    instance: str | None = Field(None, description="The path of the request.")
    code: str = Field(..., description="The conflictwatch error code, e.g. E403.")
    errors: list[FieldProblem] = Field(default_factory=list, description="Each invalid field (422).")
    error: ProblemError = Field(..., description="The same code and message as in earlier versions.")


def problem(err: ConflictWatchError, status: int, instance: str | None = None,
            errors: list[dict] | None = None) -> dict[str, Any]:
    return {"type": TYPE_BASE + err.code.lower(), "title": (type(err).__doc__ or err.code).strip(),
            "status": status, "detail": err.message, "instance": instance, "code": err.code,
            "errors": errors or [], "error": {"code": err.code, "message": err.message}}


def problem_bytes(err: ConflictWatchError, status: int, instance: str | None = None) -> bytes:
    return json.dumps(problem(err, status, instance)).encode()


def publish_problems(schema: dict) -> dict:
    """Put ``Problem`` (problem+json) in the OpenAPI document as the body of every error
    answer: FastAPI's own 422 (``HTTPValidationError``) is replaced, 400/401/404/413/429 added."""
    comps = schema.setdefault("components", {}).setdefault("schemas", {})
    comps.update({"Problem": _model_schema(Problem, comps)})
    ref = {"$ref": "#/components/schemas/Problem"}
    for path, ops in schema.get("paths", {}).items():
        for method, op in ops.items():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            answers = op["responses"]
            wanted = ["400", "404", "422", "429"] + (["401", "413"] if method in ("post", "put", "patch", "delete")
                                                     else [])
            for status in wanted:
                answers[status] = {"description": _DESCRIPTIONS[status], "content": {MEDIA_TYPE: {"schema": ref}}}
    for unused in ("HTTPValidationError", "ValidationError"):
        comps.pop(unused, None)
    return schema


def _model_schema(model, comps: dict) -> dict:
    full = model.model_json_schema(ref_template="#/components/schemas/{model}")
    for name, sub in full.pop("$defs", {}).items():
        comps[name] = sub
    return full


_DESCRIPTIONS = {"400": "Bad request (E403, E304)", "401": "No or wrong API token (E401)",
                 "404": "No such record (E302)", "413": "Upload too large (E402)",
                 "422": "Invalid parameter or body (E403)", "429": "Too many requests (E404)"}
