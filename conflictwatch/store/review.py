"""Analyst review of merged events: confirm, correct, merge, split, reject.

Every operation works inside one SQLAlchemy session (``Store.session()``), writes one
``AuditLog`` row per changed object (who, when, the JSON before and after) and deletes
nothing: a rejected event keeps its row and its sources, an event merged into another keeps
its row (status ``rejected``, ``merged_into`` in the audit log). A corrected field is added
to ``Event.locked_fields``, which re-extraction and re-linking must leave alone.
"""
from __future__ import annotations

import re
from typing import Any

from sqlalchemy import and_, func, literal_column, or_, select
from sqlalchemy.orm import Session

from ..errors import BadRequest, NotFound
from ..records import EVENT_TYPES, ISSUES, SOE_ACTIONS
from .models import AuditLog, Conflict, Event

#: Fields an analyst may correct, with a converter from form / JSON input.
CORRECTABLE: tuple[str, ...] = (
    "type", "action", "date", "date_end", "country", "admin1", "location", "latitude",
    "longitude", "participants", "fatalities", "injuries", "arrests", "issues", "project",
    "company",
)
_INT_FIELDS = {"participants", "fatalities", "injuries", "arrests"}
_FLOAT_FIELDS = {"latitude", "longitude"}
#: Largest head count an analyst may enter (a population, not an overflow).
MAX_COUNT = 100_000_000
#: Longest free-text correction (location, admin1, project, company).
MAX_TEXT = 500
#: Below this confidence an event stays in the review queue until an analyst acts on it.
LOW_CONFIDENCE = 0.5
#: Events an analyst has not settled (the queue's status condition; indexed by migration 0007).
QUEUED = "events.status NOT IN ('confirmed', 'corrected', 'rejected')"


def snapshot(ev: Event) -> dict[str, Any]:
    """The reviewable state of an event, as stored in the audit log."""
    d = {f: getattr(ev, f) for f in CORRECTABLE}
    d.update(status=ev.status, locked_fields=list(ev.locked_fields or []),
             confidence=ev.confidence, n_sources=ev.n_sources, conflict_id=ev.conflict_id,
             mention_ids=sorted(s.mention_id for s in ev.sources))
    return d


def _log(session: Session, who: str, action: str, ev: Event,
         before: dict | None, after: dict | None) -> None:
    session.add(AuditLog(who=who, action=action, object_type="event", object_id=ev.id,
                         before=before, after=after))


def _refresh(store, session: Session, *events: Event) -> None:
    """Let the store recompute derived values (sources count, search text, conflict counters);
    it leaves locked fields alone."""
    if store is None:
        return
    session.flush()
    conflicts = set()
    for ev in events:
        if ev.sources:
            store.refresh_event(session, ev)
        conflicts.add(ev.conflict_id)
    session.flush()
    for cid in conflicts - {None}:
        store.refresh_conflict(session, cid)
    session.flush()


def _get(session: Session, event_id: int) -> Event:
    ev = session.get(Event, int(event_id))
    if ev is None:
        raise NotFound(f"No event with id {event_id}. List events with GET /api/v1/events.")
    return ev


def _clean(field: str, value: Any) -> Any:
    """Validate and convert one corrected value; empty strings become null."""
    if field not in CORRECTABLE:
        raise BadRequest(f"'{field}' cannot be corrected; correctable fields: {', '.join(CORRECTABLE)}.")
    if isinstance(value, str):
        value = value.strip()
        if value == "":
            value = None
    if field == "issues":
        if value is None:
            return []
        items = [v.strip() for v in value.split(",")] if isinstance(value, str) else list(value)
        items = [v for v in items if v]
        bad = [v for v in items if v not in ISSUES]
        if bad:
            raise BadRequest(f"Unknown issue(s) {bad}; use some of: {', '.join(ISSUES)}.")
        return items
    if value is None:
        if field == "type":
            raise BadRequest("An event needs a type; reject it instead of clearing its type.")
        return None
    if field == "type" and value not in EVENT_TYPES:
        raise BadRequest(f"Unknown event type '{value}'; use one of: {', '.join(EVENT_TYPES)}.")
    if field == "action" and value not in SOE_ACTIONS:
        raise BadRequest(f"Unknown action '{value}'; use one of: {', '.join(SOE_ACTIONS)}.")
    if field in ("date", "date_end"):
        from ..ingest._dates import MIN_YEAR, max_year
        from ..link.dates import parse
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", str(value)) or parse(str(value)) is None:
            raise BadRequest(f"'{value}' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY.")
        if not MIN_YEAR <= int(str(value)[:4]) <= max_year():
            raise BadRequest(f"'{value}' is not a plausible event date; give a year from "
                             f"{MIN_YEAR} to {max_year()}.")
        return str(value)
    if field == "country":
        from ..export.countries import countries
        value = str(value).upper()
        if value not in countries():
            raise BadRequest(f"'{value}' is not an ISO 3166-1 alpha-2 country code known to "
                             "conflictwatch (e.g. PE, BO, CL).")
        return value
    if field in _INT_FIELDS:
        try:
            n = int(value)
        except (TypeError, ValueError):
            raise BadRequest(f"{field} must be a whole number, not '{value}'.") from None
        if not 0 <= n <= MAX_COUNT:
            raise BadRequest(f"{field} must be from 0 to {MAX_COUNT:,}.")
        return n
    if field in _FLOAT_FIELDS:
        try:
            x = float(value)
        except (TypeError, ValueError, OverflowError):
            raise BadRequest(f"{field} must be a number, not '{value}'.") from None
        bound = 90.0 if field == "latitude" else 180.0
        if not -bound <= x <= bound:            # also refuses nan and inf
            raise BadRequest(f"{field} must be from {-bound:g} to {bound:g} degrees, not {value}.")
        return x
    if len(str(value)) > MAX_TEXT:
        raise BadRequest(f"{field} is longer than {MAX_TEXT} characters.")
    return str(value)


def review_queue(session: Session, *, limit: int = 50, offset: int = 0,
                 low_confidence: float = LOW_CONFIDENCE, count: bool = True) -> tuple[list[Event], int]:
    """Events waiting for an analyst: status ``new``, or low confidence and not yet reviewed.
    ``count=False``: skip counting them all (the total is then -1; the web page takes the
    cached one of ``store.charts.overview_counts``)."""
    # status == 'new', or low confidence and not reviewed: written as the queue's status
    # condition (a literal, matching the partial index of migration 0007) and the rest
    cond = and_(literal_column(QUEUED), or_(Event.status == "new", Event.confidence < low_confidence))
    total = (session.scalar(select(func.count()).select_from(Event).where(cond)) or 0) if count else -1
    rows = session.scalars(select(Event).where(cond)
                           .order_by(Event.confidence.asc(), Event.id.desc())
                           .limit(limit).offset(offset)).all()
    return list(rows), int(total)


def confirm_event(session: Session, event_id: int, *, who: str, store=None) -> Event:
    ev = _get(session, event_id)
    before = snapshot(ev)
    if ev.status != "corrected":        # a corrected event stays "corrected" (it was reviewed)
        ev.status = "confirmed"
    _refresh(store, session, ev)
    _log(session, who, "confirm", ev, before, snapshot(ev))
    return ev


def correct_event(session: Session, event_id: int, changes: dict[str, Any], *, who: str,
                  store=None) -> Event:
    """Set fields by hand; each changed field is locked against re-extraction."""
    ev = _get(session, event_id)
    cleaned = {f: _clean(f, v) for f, v in changes.items()}
    before = snapshot(ev)
    changed = [f for f, v in cleaned.items() if getattr(ev, f) != v]
    if not changed:
        return ev
    for f in changed:
        setattr(ev, f, cleaned[f])
    changed += _regeocode(ev, changed)
    if ev.type != "state_of_emergency":
        ev.action = None
    ev.locked_fields = sorted(set(ev.locked_fields or []) | set(changed))
    ev.status = "corrected"
    _refresh(store, session, ev)
    _log(session, who, "correct", ev, before, snapshot(ev))
    return ev


def _regeocode(ev: Event, changed: list[str]) -> list[str]:
    """A corrected place (location, admin1 or country) without corrected coordinates: look the
    place up in the gazetteer so that the map shows it where it now is. Returns the fields it
    set (coordinates, and admin1 when the analyst left it empty)."""
    if not {"location", "admin1", "country"} & set(changed) or {"latitude", "longitude"} & set(changed):
        return []
    from ..geo.resolver import Geocoder
    name = ev.location or ev.admin1
    found = []
    if name:
        found = Geocoder.default().lookup(name, ev.country)
        if ev.admin1 and ev.location:
            found = [p for p in found if (p.admin1 or "").lower() == ev.admin1.lower()] or found
    elif ev.country:
        found = Geocoder.default().lookup(ev.country) or []
        c = Geocoder.default().gazetteer.country(ev.country)
        found = [c.to_place()] if c is not None else found
    place = next((p for p in found if p.latitude is not None and p.longitude is not None), None)
    if place is None:       # unknown to the gazetteer: no coordinates rather than wrong ones
        ev.latitude = ev.longitude = None
        return ["latitude", "longitude"]
    ev.latitude, ev.longitude = place.latitude, place.longitude
    set_fields = ["latitude", "longitude"]
    if not ev.admin1 and place.admin1 and "admin1" not in changed:
        ev.admin1 = place.admin1
        set_fields.append("admin1")
    if not ev.country and place.country:
        ev.country = place.country
        set_fields.append("country")
    return set_fields


def reject_event(session: Session, event_id: int, *, who: str, reason: str | None = None,
                 store=None) -> Event:
    ev = _get(session, event_id)
    before = snapshot(ev)
    ev.status = "rejected"
    _refresh(store, session, ev)
    after = snapshot(ev)
    if reason:
        after["reason"] = reason
    _log(session, who, "reject", ev, before, after)
    return ev


def merge_events(session: Session, keep_id: int, other_id: int, *, who: str, store=None) -> Event:
    """Move every source of ``other_id`` onto ``keep_id``; ``other_id`` is kept, as rejected."""
    if int(keep_id) == int(other_id):
        raise BadRequest("Merge needs two different events.")
    keep, other = _get(session, keep_id), _get(session, other_id)
    if keep.status == "rejected" and other.status != "rejected":
        raise BadRequest(f"Event {keep.id} is rejected: merging event {other.id} into it would "
                         f"hide its sources. Merge {keep.id} into {other.id} instead.")
    b_keep, b_other = snapshot(keep), snapshot(other)
    for src in list(other.sources):
        src.event_id = keep.id
    session.flush()
    session.expire(keep, ["sources"])
    session.expire(other, ["sources"])
    keep.n_sources = len(keep.sources)
    for f in ("participants", "fatalities", "injuries", "arrests"):
        if getattr(keep, f) is None and f not in (keep.locked_fields or []):
            setattr(keep, f, getattr(other, f))
    if keep.status == "new":
        keep.status = "confirmed"
    other.status = "rejected"
    other.n_sources = 0
    _refresh(store, session, keep, other)
    _log(session, who, "merge", keep, b_keep, dict(snapshot(keep), merged_from=other.id))
    _log(session, who, "merge", other, b_other, dict(snapshot(other), merged_into=keep.id))
    return keep


def split_event(session: Session, event_id: int, mention_ids: list[int] | None = None, *,
                who: str, store=None) -> Event:
    """Move some sources (default: the last one) of an event to a new event with the same fields.

    The new event starts as ``new``, so it shows in the review queue to be corrected.
    """
    ev = _get(session, event_id)
    sources = sorted(ev.sources, key=lambda s: s.id)
    if len(sources) < 2:
        raise BadRequest(f"Event {ev.id} has one source, so there is nothing to split off; "
                         "correct it instead, or reject it.")
    wanted = set(int(m) for m in mention_ids) if mention_ids else {sources[-1].mention_id}
    moving = [s for s in sources if s.mention_id in wanted]
    if not moving:
        raise BadRequest(f"None of mentions {sorted(wanted)} is a source of event {ev.id}; "
                         f"its sources are {[s.mention_id for s in sources]}.")
    if len(moving) == len(sources):
        raise BadRequest("A split must leave at least one source on the original event.")
    before = snapshot(ev)
    new = Event(**{f: getattr(ev, f) for f in CORRECTABLE},
                geo_precision=ev.geo_precision, place_id=ev.place_id, figures={},
                # the corrections (and their locks) go with the sources split off: re-linking
                # must not recompute a corrected field from the moved mentions
                confidence=ev.confidence, status="new", locked_fields=list(ev.locked_fields or []),
                conflict_id=ev.conflict_id, search_text=ev.search_text or "")
    session.add(new)
    session.flush()
    for s in moving:
        s.event_id = new.id
    session.flush()
    session.expire(ev, ["sources"])
    session.expire(new, ["sources"])
    ev.n_sources = len(ev.sources)
    new.n_sources = len(new.sources)
    _refresh(store, session, ev, new)
    _log(session, who, "split", ev, before, dict(snapshot(ev), split_into=new.id))
    _log(session, who, "split", new, None, dict(snapshot(new), split_from=ev.id))
    return new


def audit_log(session: Session, *, object_type: str | None = None, object_id: int | None = None,
              limit: int = 100) -> list[dict[str, Any]]:
    q = select(AuditLog).order_by(AuditLog.id.desc()).limit(limit)
    if object_type:
        q = q.where(AuditLog.object_type == object_type)
    if object_id is not None:
        q = q.where(AuditLog.object_id == int(object_id))
    return [{"id": a.id, "who": a.who, "at": a.at.isoformat() if a.at else None,
             "action": a.action, "object_type": a.object_type, "object_id": a.object_id,
             "before": a.before, "after": a.after} for a in session.scalars(q)]


# --- conflicts ----------------------------------------------------------------------------
# An analyst who sees two conflicts that are one (or one that is two) merges or splits them.
# The events moved get ``conflict_id`` in their locked fields, so that re-linking on later
# ingest leaves them where the analyst put them, and both conflicts are marked reviewed
# (``tallies["reviewed"]``), so that a report tying conflicts together never merges them away.
# Each change writes one audit row per conflict (object_type "conflict").


def conflict_snapshot(session: Session, c: Conflict) -> dict[str, Any]:
    """The reviewable state of a conflict, as stored in the audit log."""
    ids = sorted(session.scalars(select(Event.id).where(Event.conflict_id == c.id)))
    return {"name": c.name, "country": c.country, "admin1": c.admin1, "project": c.project,
            "company": c.company, "issues": list(c.issues or []), "first_event": c.first_event,
            "last_event": c.last_event, "status": c.status, "counters": dict(c.counters or {}),
            "event_ids": ids}


def _get_conflict(session: Session, conflict_id: int) -> Conflict:
    c = session.get(Conflict, int(conflict_id))
    if c is None:
        raise NotFound(f"No conflict with id {conflict_id}. List conflicts with GET /api/v1/conflicts.")
    return c


def _lock_to(ev: Event, conflict_id: int) -> None:
    ev.conflict_id = conflict_id
    ev.locked_fields = sorted(set(ev.locked_fields or []) | {"conflict_id"})


def _summarise(store, session: Session, *conflicts: Conflict) -> None:
    session.flush()
    for c in conflicts:
        if store is not None:
            store.refresh_conflict(session, c.id)
        c.tallies = dict(c.tallies or {}, reviewed=True)


def merge_conflicts(session: Session, keep_id: int, other_id: int, *, who: str, store=None) -> Conflict:
    """Move every event of conflict ``other_id`` into ``keep_id``; ``other_id`` is removed
    (a conflict is derived data; its audit row keeps what it was and where it went)."""
    if int(keep_id) == int(other_id):
        raise BadRequest("Merge needs two different conflicts.")
    keep, other = _get_conflict(session, keep_id), _get_conflict(session, other_id)
    if keep.country and other.country and keep.country != other.country:
        raise BadRequest(f"Conflicts {keep.id} ({keep.country}) and {other.id} ({other.country}) lie in "
                         "different countries; a conflict stays within one.")
    b_keep, b_other = conflict_snapshot(session, keep), conflict_snapshot(session, other)
    for ev in session.scalars(select(Event).where(Event.conflict_id == other.id)):
        _lock_to(ev, keep.id)
    _summarise(store, session, keep)
    session.add(AuditLog(who=who, action="merge", object_type="conflict", object_id=keep.id,
                         before=b_keep, after=dict(conflict_snapshot(session, keep), merged_from=other.id)))
    session.add(AuditLog(who=who, action="merge", object_type="conflict", object_id=other.id,
                         before=b_other, after={"merged_into": keep.id, "event_ids": []}))
    session.delete(other)
    session.flush()
    return keep


def split_conflict(session: Session, conflict_id: int, event_ids: list[int], *, who: str,
                   store=None) -> Conflict:
    """Move the given events of a conflict into a new conflict (returned)."""
    c = _get_conflict(session, conflict_id)
    wanted = {int(i) for i in event_ids or []}
    if not wanted:
        raise BadRequest("Give the ids of the events to move to the new conflict.")
    mine = {e.id: e for e in session.scalars(select(Event).where(Event.conflict_id == c.id))}
    foreign = sorted(wanted - set(mine))
    if foreign:
        raise BadRequest(f"Events {foreign} are not in conflict {c.id}; its events are {sorted(mine)}.")
    if len(wanted) == len(mine):
        raise BadRequest("A split must leave at least one event in the original conflict.")
    before = conflict_snapshot(session, c)
    new = Conflict(name=c.name, country=c.country, admin1=c.admin1, issues=list(c.issues or []),
                   project=c.project, company=c.company, status=c.status, counters={}, tallies=None)
    session.add(new)
    session.flush()
    for eid in sorted(wanted):
        _lock_to(mine[eid], new.id)
    for eid in set(mine) - wanted:
        mine[eid].locked_fields = sorted(set(mine[eid].locked_fields or []) | {"conflict_id"})
    _summarise(store, session, c, new)
    session.add(AuditLog(who=who, action="split", object_type="conflict", object_id=c.id,
                         before=before, after=dict(conflict_snapshot(session, c), split_into=new.id)))
    session.add(AuditLog(who=who, action="split", object_type="conflict", object_id=new.id,
                         before=None, after=dict(conflict_snapshot(session, new), split_from=c.id)))
    session.flush()
    return new
