"""The FastAPI application: REST API under /api/v1 and the server-rendered observatory.

    from conflictwatch.api.app import create_app
    app = create_app()                      # settings from CONFLICTWATCH_* variables
    app = create_app(settings, store)       # or given (tests, notebooks)
"""
from __future__ import annotations

import gc
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from ..config import Settings, get_settings
from ..errors import BadRequest, ConflictWatchError, NotFound, Unauthorized
from .problems import MEDIA_TYPE as PROBLEM_MEDIA_TYPE
from .problems import problem, publish_problems
from .security import LiveSessions, LoginGuard, RateLimit, SecurityHeaders, UploadLimit, resolve_secret

API_PREFIX = "/api/v1"
SESSION_MAX_AGE_S = 8 * 3600
STATIC_DIR = Path(__file__).resolve().parent.parent / "web" / "static"

#: HTTP status for each error code the API can answer with (others: 400; E2xx/E3xx: 500).
STATUS: dict[str, int] = {
    "E302": 404, "E401": 401, "E402": 413, "E403": 400, "E404": 429, "E304": 400,
    "E301": 503, "E303": 503, "E201": 500, "E115": 422, "E405": 500,
}


def status_for(code: str) -> int:
    if code in STATUS:
        return STATUS[code]
    return 500 if code[:2] in ("E2", "E3", "E5") else 400


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def error_response(request: Request, err: ConflictWatchError, status: int | None = None,
                   errors: list[dict] | None = None):
    """An RFC 9457 problem+json answer for the API (api/problems.py), an error page for the UI."""
    status = status or status_for(err.code)
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    if _wants_json(request) or not hasattr(request.app.state, "templates"):
        resp = JSONResponse(problem(err, status, request.url.path, errors), status_code=status,
                            headers=headers, media_type=PROBLEM_MEDIA_TYPE)
    else:
        from ..web.routes import render_error
        resp = render_error(request, err, status)
    if getattr(err, "retry_after", None):
        resp.headers["Retry-After"] = str(err.retry_after)
    return resp


@asynccontextmanager
async def _lifespan(app: FastAPI):
    # What the server holds when it starts (modules, the app, gazetteer and language data)
    # lives as long as it does: out of the cyclic garbage collector's way. Without this, each
    # full collection re-walked all of it while every request in the process waited: at 1M
    # events under load, pauses of 0.3-0.4 s several times a minute (the API's p99).
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()                          # collectable again (tests start many apps)
        app.state.upload_extractor.close()     # the upload workers end with the server


def create_app(settings: Settings | None = None, store=None) -> FastAPI:
    """Build the app. ``store`` defaults to ``Store.open(settings.database_url)``."""
    settings = settings or get_settings()
    if store is None:
        from ..store import Store
        store = Store.open(settings.database_url)
    app = FastAPI(
        title="conflictwatch", version="1", summary="A social-conflict observatory: events from news reports.",
        description="Reading is open; writing needs `Authorization: Bearer <CONFLICTWATCH_API_TOKEN>` "
                    "(the Authorize button). Lists answer `{\"data\": [...], \"count\": N}` with an ETag "
                    "(send it back in `If-None-Match` for a 304); errors answer RFC 9457 "
                    "`application/problem+json` (`type`, `title`, `status`, `detail`, `code`).",
        openapi_url=f"{API_PREFIX}/openapi.json", docs_url=None, redoc_url=None,
        lifespan=_lifespan)
    app.state.settings = settings
    app.state.store = store
    secret = resolve_secret(settings, getattr(store, "url", None))
    # logins and failed logins in the database: every process of `serve --workers N` shares them
    db = store if getattr(store, "engine", None) is not None else None
    app.state.live_sessions = LiveSessions(max_age_s=SESSION_MAX_AGE_S, store=db)
    app.state.login_guard = LoginGuard(store=db)
    app.state.etags_sent = {}      # api/caching.py: URL -> (data version, ETag) per process
    from ..limits import UploadExtractor
    app.state.upload_extractor = UploadExtractor(settings.max_report_seconds)

    from .routers import conflicts, events, misc, reports
    for r in (reports.router, events.router, conflicts.router, misc.router):
        app.include_router(r, prefix=API_PREFIX)

    @app.exception_handler(ConflictWatchError)
    async def _coded(request: Request, exc: ConflictWatchError):
        return error_response(request, exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        def field(e: dict) -> str:
            loc = tuple(e.get("loc", ()))
            # a repeatable query parameter is named without its index ('type', not 'type.0')
            parts = [p for p in loc if p not in ("query", "body", "path")
                     and not (loc[:1] == ("query",) and isinstance(p, int))]
            return ".".join(str(p) for p in parts) or "request"
        found = exc.errors()
        first = found[0] if found else {}
        return error_response(request, BadRequest(
            f"Bad value for '{field(first)}': {first.get('msg', 'invalid')}. See {API_PREFIX}/docs."), 422,
            errors=[{"field": field(e), "message": str(e.get("msg", "invalid"))} for e in found])

    @app.exception_handler(OverflowError)
    async def _too_big(request: Request, exc: OverflowError):
        # an id or offset past 2**63 - 1 reaches SQLite's binding (found by schemathesis)
        return error_response(request, BadRequest(
            "A number in the request is too large: ids, offsets and counts go up to "
            f"{2**63 - 1}. See {API_PREFIX}/docs."), 422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 404 and _wants_json(request):
            err = NotFound(f"Nothing at {request.url.path}. The API lives under {API_PREFIX}; see {API_PREFIX}/docs.")
        elif exc.status_code == 404:
            err = NotFound(f"There is no page at {request.url.path}. Start from the overview, or the "
                           f"events, conflicts and reports lists.")
        elif exc.status_code == 401:
            err = Unauthorized(str(exc.detail))
        else:
            err = BadRequest(str(exc.detail))
        return error_response(request, err, exc.status_code)

    def _openapi():
        if app.openapi_schema is None:
            from fastapi.openapi.utils import get_openapi
            app.openapi_schema = publish_problems(get_openapi(
                title=app.title, version=app.version, summary=app.summary, description=app.description,
                routes=app.routes))
        return app.openapi_schema
    app.openapi = _openapi

    @app.get(f"{API_PREFIX}/docs", include_in_schema=False, response_class=HTMLResponse)
    def _docs():
        return HTMLResponse((STATIC_DIR / "api-docs.html").read_text(encoding="utf-8"))

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    from ..web.routes import router as web_router, setup_templates
    setup_templates(app)
    app.include_router(web_router)

    # Outermost last: headers on every response, then rate limit, then size limit, then session.
    app.add_middleware(SessionMiddleware, secret_key=secret, session_cookie="cw_session",
                       same_site="lax", https_only=False, max_age=SESSION_MAX_AGE_S)
    app.add_middleware(UploadLimit, max_bytes=settings.max_upload_bytes)
    app.add_middleware(RateLimit, per_minute=settings.rate_limit_per_minute)
    app.add_middleware(SecurityHeaders, settings=settings)
    return app
