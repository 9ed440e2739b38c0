"""The FastAPI application: REST API under /api/v1 and the server-rendered observatory.

    from conflictwatch.api.app import create_app
    app = create_app()                      # settings from CONFLICTWATCH_* variables
    app = create_app(settings, store)       # or given (tests, notebooks)
"""
from __future__ import annotations

import logging
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from ..config import Settings, get_settings
from ..errors import BadRequest, ConflictWatchError, NotFound, ServerError, Unauthorized
from .security import RateLimit, SecurityHeaders, UploadLimit

API_PREFIX = "/api/v1"
STATIC_DIR = Path(__file__).resolve().parent.parent / "web" / "static"

#: HTTP status for each error code the API can answer with (others: 400; E2xx/E3xx: 500).
STATUS: dict[str, int] = {
    "E302": 404, "E401": 401, "E402": 413, "E403": 400, "E404": 429, "E304": 400,
    "E301": 503, "E303": 503, "E201": 500, "E405": 500,
}


def status_for(code: str) -> int:
    if code in STATUS:
        return STATUS[code]
    return 500 if code[:2] in ("E2", "E3", "E5") else 400


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def error_response(request: Request, err: ConflictWatchError, status: int | None = None):
    status = status or status_for(err.code)
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    if _wants_json(request) or not hasattr(request.app.state, "templates"):
        return JSONResponse({"error": {"code": err.code, "message": err.message}},
                            status_code=status, headers=headers)
    from ..web.routes import render_error
    return render_error(request, err, status)


def create_app(settings: Settings | None = None, store=None) -> FastAPI:
    """Build the app. ``store`` defaults to ``Store.open(settings.database_url)``."""
    settings = settings or get_settings()
    if store is None:
        from ..store import Store
        store = Store.open(settings.database_url)
    app = FastAPI(
        title="conflictwatch", version="1", summary="A social-conflict observatory: events from news reports.",
        description="Reading is open; writing needs `Authorization: Bearer <CONFLICTWATCH_API_TOKEN>`. "
                    "Lists answer `{\"data\": [...], \"count\": N}`; errors answer "
                    "`{\"error\": {\"code\": \"E302\", \"message\": \"...\"}}`.",
        openapi_url=f"{API_PREFIX}/openapi.json", docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.state.store = store

    from .routers import conflicts, events, misc, reports
    for r in (reports.router, events.router, conflicts.router, misc.router):
        app.include_router(r, prefix=API_PREFIX)

    @app.exception_handler(ConflictWatchError)
    async def _coded(request: Request, exc: ConflictWatchError):
        return error_response(request, exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("query", "body", "path"))
        return error_response(request, BadRequest(
            f"Bad value for '{where}': {first.get('msg', 'invalid')}. See {API_PREFIX}/docs."), 422)

    @app.exception_handler(OverflowError)
    async def _too_big(request: Request, exc: OverflowError):
        # an id or offset past 2**63 - 1 reaches SQLite's binding (found by schemathesis)
        return error_response(request, BadRequest(
            "A number in the request is too large: ids, offsets and counts go up to "
            f"{2**63 - 1}. See {API_PREFIX}/docs."), 422)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        # a bug: log the traceback, answer a coded 500 (a styled page on the web side)
        logging.getLogger("conflictwatch.web").error("unexpected error on %s %s", request.method,
                                                     request.url.path, exc_info=exc)
        return error_response(request, ServerError(
            f"Something went wrong on our side while answering {request.url.path}; the details are "
            "in the server log. Please report it with this address."), 500)

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

    @app.get(f"{API_PREFIX}/docs", include_in_schema=False, response_class=HTMLResponse)
    def _docs():
        return HTMLResponse((STATIC_DIR / "api-docs.html").read_text(encoding="utf-8"))

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    from ..web.routes import router as web_router, setup_templates
    setup_templates(app)
    app.include_router(web_router)

    # Outermost last: headers on every response, then rate limit, then size limit, then session.
    app.add_middleware(SessionMiddleware, secret_key=settings.secret_key, session_cookie="cw_session",
                       same_site="lax", https_only=False, max_age=8 * 3600)
    app.add_middleware(UploadLimit, max_bytes=settings.max_upload_bytes)
    app.add_middleware(RateLimit, per_minute=settings.rate_limit_per_minute)
    app.add_middleware(SecurityHeaders, settings=settings)
    return app
