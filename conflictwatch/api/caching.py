"""ETags and conditional GET for the API's answers, serialised with orjson.

A list answer carries ``ETag`` (a hash of its JSON body) and ``Cache-Control``; a client
that sends the ETag back in ``If-None-Match`` gets ``304 Not Modified`` with no body while
the answer is unchanged. Each process remembers the ETag it last sent for a URL together
with the store's ``data_version``: while the version is the same, a matching
``If-None-Match`` is answered 304 before the list is read at all.
"""
from __future__ import annotations

import hashlib
import threading

import orjson
from fastapi import Request
from fastapi.responses import JSONResponse, Response

#: caches may keep a list but must ask again (cheaply, with If-None-Match) before reuse
CACHE_CONTROL = "public, no-cache"
NOT_MODIFIED = {304: {"description": "Not Modified: the list is unchanged since the ETag sent in If-None-Match."}}
#: URLs whose last ETag each process remembers (oldest dropped first)
ETAG_MEMORY = 1024

_sent_lock = threading.Lock()


def _sent(request: Request) -> dict[str, tuple[tuple, str]]:
    """This app's memory: URL -> (data version, ETag sent)."""
    state = request.app.state
    memory = getattr(state, "etags_sent", None)
    if memory is None:
        memory = state.etags_sent = {}
    return memory


def dumps(payload) -> bytes:
    """JSON bytes (UTF-8, compact), as ``json.dumps(ensure_ascii=False, separators=(",", ":"))``."""
    return orjson.dumps(payload, option=orjson.OPT_NON_STR_KEYS)


class FastJSONResponse(JSONResponse):
    """A JSON answer rendered by orjson."""

    def render(self, content) -> bytes:
        return dumps(content)


def etag_of(body: bytes) -> str:
    return 'W/"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def _matches(header: str | None, tag: str) -> bool:
    if not header:
        return False
    if header.strip() == "*":
        return True
    weak = tag.removeprefix("W/")
    return any(t.strip().removeprefix("W/") == weak for t in header.split(","))


def _headers(tag: str) -> dict[str, str]:
    return {"ETag": tag, "Cache-Control": CACHE_CONTROL}


def unchanged(request: Request, version: tuple | None) -> Response | None:
    """A 304 when the request's If-None-Match holds the ETag this process sent for this URL
    at this same data ``version`` (nothing changed since); None: read and answer the list."""
    header = request.headers.get("if-none-match")
    if not header or version is None:
        return None
    hit = _sent(request).get(str(request.url))
    if hit is not None and hit[0] == version and _matches(header, hit[1]):
        return Response(status_code=304, headers=_headers(hit[1]))
    return None


def cached_json(request: Request, payload, version: tuple | None = None) -> Response:
    """``payload`` (JSON-ready) as a JSON answer with ETag and Cache-Control, or a 304.
    ``version``: the store's ``data_version`` read before the payload, to remember the ETag by."""
    body = dumps(payload)
    tag = etag_of(body)
    if version is not None:
        memory = _sent(request)
        with _sent_lock:
            if len(memory) >= ETAG_MEMORY:
                memory.pop(next(iter(memory)), None)
            memory[str(request.url)] = (version, tag)
    if _matches(request.headers.get("if-none-match"), tag):
        return Response(status_code=304, headers=_headers(tag))
    return Response(body, media_type=JSONResponse.media_type, headers=_headers(tag))
