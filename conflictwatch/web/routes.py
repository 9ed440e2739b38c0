"""Pages of the observatory: overview, events (table, map, timeline), conflict card, report,
review queue, login. Reading is open; review actions need a login and a CSRF token."""
from __future__ import annotations

import hmac
import json
import logging
import re
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from ..errors import BadRequest, ConflictWatchError, NotFound, Unauthorized
from ..records import EVENT_TYPES, ISSUES, SOE_ACTIONS
from ..api.security import check_login, csrf_ok, csrf_token
from ..store import review
from ..store import charts
from ..store.store import EVENT_SORTS
from .views import actors_by_role, audit_changes, highlight_segments, place_label

_DAY = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")

TEMPLATES = Path(__file__).resolve().parent / "templates"
router = APIRouter(include_in_schema=False)
PAGE = 50


def setup_templates(app) -> None:
    t = Jinja2Templates(directory=str(TEMPLATES))
    t.env.autoescape = True
    t.env.filters["tojson_attr"] = lambda v: json.dumps(v, separators=(",", ":"))
    t.env.globals.update(EVENT_TYPES=EVENT_TYPES, ISSUES=ISSUES, SOE_ACTIONS=SOE_ACTIONS)
    app.state.templates = t
    app.router.on_startup.append(lambda: _warm_charts(app))


def _warm_charts(app) -> None:
    """When the server starts, compute the overview's aggregates in the background (seconds at
    a million events), so that the first visitors do not wait for them."""
    import threading

    def run():
        try:
            charts.warm(app.state.store)
        except Exception:  # noqa: BLE001 - a page computes them itself if this fails
            logging.getLogger("conflictwatch.web").warning("could not precompute the charts", exc_info=True)
    threading.Thread(target=run, name="conflictwatch-warm-charts", daemon=True).start()


def _user(request: Request) -> str | None:
    """The logged-in analyst: only while a login is configured, the session names that
    login, and the server still holds the session (not logged out, not expired)."""
    settings = request.app.state.settings
    user = request.session.get("user")
    if not settings.admin_password or not isinstance(user, str):
        return None
    live = request.app.state.live_sessions.user(request.session.get("sid"))
    if live is None or live != user or not hmac.compare_digest(user.encode(), settings.admin_user.encode()):
        return None
    return user


def _client(request: Request) -> str:
    return request.client.host if request.client else "?"


def render(request: Request, name: str, status: int = 200, **ctx) -> HTMLResponse:
    s = request.app.state.settings
    ctx.update(request=request, user=_user(request), csrf=csrf_token(request.session),
               tile_url=s.tile_url or "", can_login=bool(s.admin_password))
    return request.app.state.templates.TemplateResponse(request, name, ctx, status_code=status)


def render_error(request: Request, err: ConflictWatchError, status: int) -> HTMLResponse:
    return render(request, "error.html", status=status, error=err, status_code=status)


def _store(request: Request):
    return request.app.state.store


def _need(row, what: str, id_: int):
    if row is None:
        raise NotFound(f"No {what} with id {id_}.")
    return row


@router.get("/", response_class=HTMLResponse)
def overview(request: Request):
    store = _store(request)
    stats = charts.overview_counts(store)
    latest, n_events = store.list_events(limit=10, offset=0, sort="-date")
    active, n_active = store.list_conflicts(status="active", limit=10, offset=0)
    n_review = stats["to_review"]
    return render(request, "overview.html", stats=stats, latest=latest, n_events=n_events,
                  conflicts=active, n_active=n_active, n_review=n_review,
                  points=charts.map_points(store, {}), series=charts.timeline(store, {}))


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, type: str | None = None, country: str | None = None,
                admin1: str | None = None, date_from: str | None = None, date_to: str | None = None,
                conflict: str | None = None, q: str | None = None, status: str | None = None,
                page: Annotated[int, Query(ge=1)] = 1, sort: str = "-date", bucket: str | None = None):
    """The table (one page), the map (every matching event, grouped by place in SQL) and the
    timeline (counted in SQL): no request loads every event."""
    from ..api.routers.events import event_filters
    form = dict(type=type or "", country=country or "", admin1=admin1 or "", date_from=date_from or "",
                date_to=date_to or "", conflict=conflict or "", q=q or "", status=status or "")
    if type and type not in EVENT_TYPES:
        raise BadRequest(f"Unknown event type '{type}'; pick one from the list.")
    if sort not in EVENT_SORTS:
        raise BadRequest(f"Unknown sort '{sort[:40]}'; use one of {', '.join(sorted(EVENT_SORTS))}.")
    for name, value in (("From", date_from), ("To", date_to)):
        if value and not _DAY.fullmatch(value):
            raise BadRequest(f"{name} '{value}' is not a date; write it as YYYY-MM-DD (e.g. 2022-12-15).")
    if bucket and bucket not in charts.BUCKETS:
        raise BadRequest(f"Unknown timeline step '{bucket}'; use day, week, month or year.")
    try:
        conflict_id = int(conflict) if conflict else None
    except ValueError:
        raise BadRequest(f"'{conflict}' is not a conflict id (a whole number).") from None
    if sort not in EVENT_SORTS:
        raise BadRequest(f"Unknown sort '{sort}'; use one of {', '.join(sorted(EVENT_SORTS))}.")
    f = event_filters(type or None, country or None, admin1 or None, date_from or None,
                      date_to or None, conflict_id, q or None, status or None)
    store = _store(request)
    rows, count = found = store.list_events(**f, limit=PAGE, offset=(page - 1) * PAGE, sort=sort)
    query = {k: v for k, v in form.items() if v}
    undated = {k: v for k, v in query.items() if k not in ("date_from", "date_to")}
    return render(request, "events.html", rows=rows, count=count, capped=found.count_capped,
                  form=form, page=page, pages=max(1, -(-count // PAGE)),
                  series=charts.timeline(store, f, bucket), points=charts.map_points(store, f),
                  query=urlencode(dict(query, **({"bucket": bucket} if bucket else {}))),
                  export_query=urlencode(query),
                  steps_base=_url("/events", query), zoom_base=_url("/events", undated),
                  zoom_out=_url("/events", undated) if len(undated) < len(query) else None)


def _url(path: str, query: dict) -> str:
    return f"{path}?{urlencode(query)}" if query else path


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: int):
    store = _store(request)
    ev = _need(store.get_event(event_id), "event", event_id)
    with store.session() as s:
        log = review.audit_log(s, object_type="event", object_id=event_id)
    point = ({"points": [{"lat": ev["latitude"], "lon": ev["longitude"], "n": 1, "id": ev["id"],
                          "type": ev["type"], "label": place_label(ev)}], "total": 1, "truncated": False}
             if ev.get("latitude") is not None and ev.get("longitude") is not None else None)
    return render(request, "event.html", ev=ev, log=[dict(a, changes=audit_changes(a)) for a in log],
                  point=point, who=actors_by_role(ev.get("actors") or [], ev.get("country"), ev.get("date")))


@router.get("/conflicts", response_class=HTMLResponse)
def conflicts_page(request: Request, q: str | None = None, page: Annotated[int, Query(ge=1)] = 1):
    rows, count = _store(request).list_conflicts(q=q or None, limit=PAGE, offset=(page - 1) * PAGE)
    return render(request, "conflicts.html", rows=rows, count=count, q=q or "", page=page,
                  pages=max(1, -(-count // PAGE)))


@router.get("/conflicts/{conflict_id}", response_class=HTMLResponse)
def conflict_page(request: Request, conflict_id: int, page: Annotated[int, Query(ge=1)] = 1):
    store = _store(request)
    # its events a page at a time (oldest first, undated last): a conflict of 50,000 events
    # answers as fast as one of five; the chart and the map aggregate all of them in SQL
    c = _need(store.get_conflict(conflict_id, events_limit=PAGE, events_offset=(page - 1) * PAGE),
              "conflict", conflict_id)
    f = {"conflict_id": conflict_id}
    return render(request, "conflict.html", c=c, events=c.get("events") or [], count=c["events_count"],
                  page=page, pages=max(1, -(-c["events_count"] // PAGE)), first=(page - 1) * PAGE + 1,
                  series=charts.timeline(store, f), points=charts.map_points(store, f))


@router.get("/reports", response_class=HTMLResponse)
def reports_page(request: Request, page: Annotated[int, Query(ge=1)] = 1):
    res = _store(request).list_reports(limit=PAGE, offset=(page - 1) * PAGE)
    rows, count = res if isinstance(res, tuple) else (list(res), len(res))
    return render(request, "reports.html", rows=rows, count=count, page=page,
                  pages=max(1, -(-count // PAGE)))


@router.get("/reports/{report_id}", response_class=HTMLResponse)
def report_page(request: Request, report_id: int):
    from ..api.routers.reports import report_detail
    r = report_detail(_store(request), report_id)
    segments = highlight_segments(r.get("text") or "", r.get("evidence") or [])
    return render(request, "report.html", r=r, segments=segments)


# --- review queue -------------------------------------------------------------------

def _login_redirect(request: Request) -> RedirectResponse:
    return RedirectResponse(f"/login?{urlencode({'next': request.url.path})}", status_code=303)


@router.get("/review", response_class=HTMLResponse)
def review_page(request: Request, page: Annotated[int, Query(ge=1)] = 1):
    if not _user(request):
        return _login_redirect(request)
    store = _store(request)
    count = charts.overview_counts(store)["to_review"]        # cached while nothing changes
    with store.session() as s:
        queued, _ = review.review_queue(s, limit=PAGE, offset=(page - 1) * PAGE, count=False)
        ids = [e.id for e in queued]
    rows = store.get_events(ids)                  # the page's events in four queries, not 200
    return render(request, "review.html", rows=rows, count=count, page=page,
                  pages=max(1, -(-count // PAGE)), correctable=review.CORRECTABLE,
                  done=request.query_params.get("done"))


def _check_write(request: Request, token: str | None) -> str:
    user = _user(request)
    if not user:
        raise Unauthorized("Log in to review events (the analyst login of settings.admin_user).")
    if not csrf_ok(request.session, token):
        raise BadRequest("The form has expired or did not come from this site; reload the page and retry.")
    return user


@router.post("/review/{event_id}/{action}")
async def review_action(request: Request, event_id: int, action: str,
                        csrf_token: Annotated[str | None, Form()] = None):
    user = _check_write(request, csrf_token)
    form = await request.form()
    store = _store(request)
    with store.session() as s:
        if action == "confirm":
            review.confirm_event(s, event_id, who=user, store=store)
        elif action == "reject":
            review.reject_event(s, event_id, who=user, store=store, reason=form.get("reason") or None)
        elif action == "correct":
            changes = {f: form.get(f) for f in review.CORRECTABLE if f in form}
            ev = store_event_fields(s, event_id)
            changes = {f: v for f, v in changes.items() if _differs(ev.get(f), v)}
            review.correct_event(s, event_id, changes, who=user, store=store)
        elif action == "merge":
            try:
                other = int(form.get("other_id") or "")
            except ValueError:
                raise BadRequest("Give the id of the event to merge into this one.") from None
            review.merge_events(s, event_id, other, who=user, store=store)
        elif action == "split":
            ids = [int(x) for x in form.getlist("mention_ids") if str(x).isdigit()]
            review.split_event(s, event_id, ids or None, who=user, store=store)
        else:
            raise NotFound(f"No review action '{action}'; use confirm, correct, merge, split or reject.")
    back = form.get("next") or "/review"
    if not str(back).startswith("/") or str(back).startswith("//"):
        back = "/review"
    sep = "&" if "?" in back else "?"
    return RedirectResponse(f"{back}{sep}done={action}-{event_id}", status_code=303)


@router.post("/conflicts/{conflict_id}/review/{action}")
async def conflict_review_action(request: Request, conflict_id: int, action: str,
                                 csrf_token: Annotated[str | None, Form()] = None):
    """Merge another conflict into this one, or split events off into a new one (audited)."""
    user = _check_write(request, csrf_token)
    form = await request.form()
    store = _store(request)
    with store.session() as s:
        if action == "merge":
            try:
                other = int(form.get("other_id") or "")
            except ValueError:
                raise BadRequest("Give the id of the conflict to merge into this one.") from None
            review.merge_conflicts(s, conflict_id, other, who=user, store=store)
            target = conflict_id
        elif action == "split":
            ids = [int(x) for x in form.getlist("event_ids") if str(x).isdigit()]
            target = review.split_conflict(s, conflict_id, ids, who=user, store=store).id
        else:
            raise NotFound(f"No conflict review action '{action}'; use merge or split.")
    return RedirectResponse(f"/conflicts/{target}?done={action}-{conflict_id}", status_code=303)


def store_event_fields(session, event_id: int) -> dict[str, Any]:
    from ..store.models import Event
    ev = session.get(Event, event_id)
    if ev is None:
        raise NotFound(f"No event with id {event_id}.")
    return review.snapshot(ev)


def _differs(old, new: str | None) -> bool:
    """Did the analyst change this field? (The form sends every field as text.)"""
    new = (new or "").strip()
    if isinstance(old, list):
        return [x.strip() for x in new.split(",") if x.strip()] != list(old)
    if old is None:
        return new != ""
    if isinstance(old, float):
        try:
            return abs(float(new) - old) > 1e-9
        except ValueError:
            return True
    return str(old) != new


# --- login ---------------------------------------------------------------------------

def _safe_next(value: str | None) -> str:
    return value if value and value.startswith("/") and not value.startswith("//") else "/review"


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str | None = None):
    return render(request, "login.html", next=_safe_next(next), failed=False)


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, username: Annotated[str, Form()], password: Annotated[str, Form()],
          csrf_token: Annotated[str | None, Form()] = None, next: Annotated[str | None, Form()] = None):
    if not csrf_ok(request.session, csrf_token):
        raise BadRequest("The form has expired; reload the login page and retry.")
    guard, client = request.app.state.login_guard, _client(request)
    account = username[:200]                  # the lockout's key: bounded memory per name
    wait = guard.retry_after(client, account)
    if wait:
        raise guard.locked_error(wait)
    if not check_login(username, password, request.app.state.settings):
        guard.failed(client, account)
        return render(request, "login.html", status=401, next=_safe_next(next), failed=True)
    guard.succeeded(client)
    live = request.app.state.live_sessions
    live.end(request.session.get("sid"))
    request.session.clear()
    request.session["user"] = username
    request.session["sid"] = live.start(username)
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/logout")
def logout(request: Request, csrf_token: Annotated[str | None, Form()] = None):
    if not csrf_ok(request.session, csrf_token):
        raise BadRequest("The form has expired; reload the page and retry.")
    request.app.state.live_sessions.end(request.session.get("sid"))   # the cookie dies here
    request.session.clear()
    return RedirectResponse("/", status_code=303)
