"""Pages of the observatory: overview, events (table, map, timeline), conflict card, report,
review queue, login. Reading is open; review actions need a login and a CSRF token."""
from __future__ import annotations

import json
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
from .views import highlight_segments, weekly_series

TEMPLATES = Path(__file__).resolve().parent / "templates"
router = APIRouter(include_in_schema=False)
PAGE = 50


def setup_templates(app) -> None:
    t = Jinja2Templates(directory=str(TEMPLATES))
    t.env.autoescape = True
    t.env.filters["tojson_attr"] = lambda v: json.dumps(v, separators=(",", ":"))
    t.env.globals.update(EVENT_TYPES=EVENT_TYPES, ISSUES=ISSUES, SOE_ACTIONS=SOE_ACTIONS)
    app.state.templates = t


def _user(request: Request) -> str | None:
    return request.session.get("user")


def render(request: Request, name: str, status: int = 200, **ctx) -> HTMLResponse:
    s = request.app.state.settings
    ctx.update(request=request, user=_user(request), csrf=csrf_token(request.session),
               tile_url=s.tile_url or "", can_login=bool(s.admin_password))
    return request.app.state.templates.TemplateResponse(request, name, ctx, status_code=status)


def render_error(request: Request, err: ConflictWatchError, status: int) -> HTMLResponse:
    return render(request, "error.html", status=status, error=err)


def _store(request: Request):
    return request.app.state.store


def _need(row, what: str, id_: int):
    if row is None:
        raise NotFound(f"No {what} with id {id_}.")
    return row


@router.get("/", response_class=HTMLResponse)
def overview(request: Request):
    store = _store(request)
    stats = store.stats()
    latest, n_events = store.list_events(limit=10, offset=0, sort="-date")
    active, n_active = store.list_conflicts(status="active", limit=10, offset=0)
    _, n_review = review_counts(store)
    return render(request, "overview.html", stats=stats, latest=latest, n_events=n_events,
                  conflicts=active, n_active=n_active, n_review=n_review)


def review_counts(store) -> tuple[list, int]:
    with store.session() as s:
        rows, n = review.review_queue(s, limit=1)
    return rows, n


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, type: str | None = None, country: str | None = None,
                admin1: str | None = None, date_from: str | None = None, date_to: str | None = None,
                conflict: str | None = None, q: str | None = None, status: str | None = None,
                page: Annotated[int, Query(ge=1)] = 1, sort: str = "-date"):
    from ..api.routers.events import event_filters
    from ..api.routers.misc import all_events
    form = dict(type=type or "", country=country or "", admin1=admin1 or "", date_from=date_from or "",
                date_to=date_to or "", conflict=conflict or "", q=q or "", status=status or "")
    if type and type not in EVENT_TYPES:
        raise BadRequest(f"Unknown event type '{type}'; pick one from the list.")
    try:
        conflict_id = int(conflict) if conflict else None
    except ValueError:
        raise BadRequest(f"'{conflict}' is not a conflict id (a whole number).") from None
    f = event_filters(type or None, country or None, admin1 or None, date_from or None,
                      date_to or None, conflict_id, q or None, status or None)
    store = _store(request)
    rows, count = store.list_events(**f, limit=PAGE, offset=(page - 1) * PAGE, sort=sort)
    series = weekly_series(all_events(store, f))
    query = {k: v for k, v in form.items() if v}
    return render(request, "events.html", rows=rows, count=count, form=form, page=page,
                  pages=max(1, -(-count // PAGE)), series=series, query=urlencode(query),
                  export_query=urlencode(query))


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: int):
    store = _store(request)
    ev = _need(store.get_event(event_id), "event", event_id)
    with store.session() as s:
        log = review.audit_log(s, object_type="event", object_id=event_id)
    return render(request, "event.html", ev=ev, log=log)


@router.get("/conflicts", response_class=HTMLResponse)
def conflicts_page(request: Request, q: str | None = None, page: Annotated[int, Query(ge=1)] = 1):
    rows, count = _store(request).list_conflicts(q=q or None, limit=PAGE, offset=(page - 1) * PAGE)
    return render(request, "conflicts.html", rows=rows, count=count, q=q or "", page=page,
                  pages=max(1, -(-count // PAGE)))


@router.get("/conflicts/{conflict_id}", response_class=HTMLResponse)
def conflict_page(request: Request, conflict_id: int):
    c = _need(_store(request).get_conflict(conflict_id), "conflict", conflict_id)
    events = sorted(c.get("events") or [], key=lambda e: (e.get("date") or "", e.get("id") or 0))
    return render(request, "conflict.html", c=c, events=events, series=weekly_series(events))


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
    with store.session() as s:
        queued, count = review.review_queue(s, limit=PAGE, offset=(page - 1) * PAGE)
        ids = [e.id for e in queued]
    rows = [store.get_event(i) for i in ids]
    return render(request, "review.html", rows=[r for r in rows if r], count=count, page=page,
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
    if not check_login(username, password, request.app.state.settings):
        return render(request, "login.html", status=401, next=_safe_next(next), failed=True)
    request.session.clear()
    request.session["user"] = username
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/logout")
def logout(request: Request, csrf_token: Annotated[str | None, Form()] = None):
    if not csrf_ok(request.session, csrf_token):
        raise BadRequest("The form has expired; reload the page and retry.")
    request.session.clear()
    return RedirectResponse("/", status_code=303)
