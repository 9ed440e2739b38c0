"""ETags and conditional GET for the API's lists.

A list answer carries ``ETag`` (a hash of its JSON body) and ``Cache-Control``; a client
that sends the ETag back in ``If-None-Match`` gets ``304 Not Modified`` with no body while
the answer is unchanged.
"""
from __future__ import annotations

import hashlib
import json

from fastapi import Request
from fastapi.responses import JSONResponse, Response

#: caches may keep a list but must ask again (cheaply, with If-None-Match) before reuse
CACHE_CONTROL = "public, no-cache"
NOT_MODIFIED = {304: {"description": "Not Modified: the list is unchanged since the ETag sent in If-None-Match."}}


def etag_of(body: bytes) -> str:
    return 'W/"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def _matches(header: str | None, tag: str) -> bool:
    if not header:
        return False
    if header.strip() == "*":
        return True
    weak = tag.removeprefix("W/")
    return any(t.strip().removeprefix("W/") == weak for t in header.split(","))


def cached_json(request: Request, payload) -> Response:
    """``payload`` (JSON-ready) as a JSON answer with ETag and Cache-Control, or a 304."""
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
    tag = etag_of(body)
    headers = {"ETag": tag, "Cache-Control": CACHE_CONTROL}
    if _matches(request.headers.get("if-none-match"), tag):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=JSONResponse.media_type, headers=headers)
