"""The store: ingest reports, merge their events, group conflicts, and query it all.

``Store(url)`` opens a database by SQLAlchemy URL (``sqlite:///file.db`` or
``postgresql+psycopg://user:pw@host/db``) and migrates it to the newest schema.
Every report is ingested in one transaction: its row, its mentions, the events they
join or start, the conflicts those belong to. An interrupted run leaves whole reports
or nothing, and a rerun skips what is stored (same content hash or URL) and completes
the rest. Rows returned by queries are plain dicts.
"""
from __future__ import annotations

import copy
import hashlib
import json
import re
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Callable

import orjson
from sqlalchemy import (Engine, and_, bindparam, case, create_engine, event as sa_event, func,
                        literal_column, or_, select, text, union_all, update)
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from .. import records
from ..errors import (ConflictWatchError, DatabaseUnavailable, ExtractionFailed, MissingExtra, NoDatabase, NotFound,
                      SchemaOutOfDate)
from ..link import conflicts as linkconf
from ..link import dates as linkdates
from ..link.merge import any_region, best_candidate, candidate_days, reconcile
from ..link.text import actor_key, fold
from . import migrate
from .models import (Actor, AuditLog, Conflict, Event, EventActor, EventSource, Mention, Place,
                     Report)

SCHEMA_FIELDS = ("type", "action", "date", "date_end", "country", "admin1", "location", "latitude",
                 "longitude", "geo_precision", "actors", "participants", "fatalities", "injuries",
                 "arrests", "issues", "project", "company")
#: What a listing reads of an event (``event_row``'s fields; not ``search_text``).
LIST_COLUMNS = tuple(getattr(Event, c) for c in (
    "id", *SCHEMA_FIELDS, "conflict_id", "status", "confidence", "n_sources", "figures", "locked_fields",
    "updated_at"))
LIST_NAMES = tuple(c.key for c in LIST_COLUMNS)
EVENT_SORTS = {"date": "date", "-date": "date", "id": "id", "-id": "id", "confidence": "confidence",
               "-confidence": "confidence", "n_sources": "n_sources", "-n_sources": "n_sources",
               "updated": "updated_at", "-updated": "updated_at"}


def _as_utc(when) -> datetime:
    """A datetime or ISO 8601 string as an aware UTC datetime (naive values are UTC)."""
    if isinstance(when, str):
        when = datetime.fromisoformat(when.replace("Z", "+00:00"))
    return when.replace(tzinfo=timezone.utc) if when.tzinfo is None else when.astimezone(timezone.utc)


def _iso_utc(when) -> str | None:
    """An ``updated_at`` as ISO 8601 in UTC (SQLite gives naive datetimes, stored as UTC)."""
    return _as_utc(when).isoformat() if when is not None else None


def database_url(url: str | None) -> str:
    """The SQLAlchemy URL for ``--db``: a URL as is, a bare path as a SQLite file, None as
    settings' ``database_url``."""
    if url is None:
        from ..config import get_settings
        return get_settings().database_url
    return url if "://" in url else f"sqlite:///{url}"


def sqlite_file(url: str) -> Path | None:
    """The file of a ``sqlite:///`` URL (None for other databases and in-memory SQLite)."""
    if not url.startswith("sqlite") or ":memory:" in url or "mode=memory" in url:
        return None
    rest = url.split(":///", 1)[1] if ":///" in url else ""
    rest = rest.split("?", 1)[0]
    return Path(rest) if rest else None


def content_hash(report: records.Report) -> str:
    """SHA-256 of the report's title and text, whitespace-normalised: the same report
    re-fetched or re-read hashes the same."""
    body = re.sub(r"\s+", " ", report.full_text).strip()
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


#: Listings count their matches up to this many (and one more), not all of a million.
COUNT_CAP = 10_000
#: SQLite connections kept open per process (and as many more while busy).
SQLITE_POOL_SIZE = 20
#: How much of a SQLite file its connections read through a memory map (PRAGMA mmap_size).
SQLITE_MMAP_BYTES = 1 << 30
#: Capped counts remembered per store while the data is unchanged (see ``data_version``).
COUNT_CACHE_SIZE = 512


class ListPage(tuple):
    """A listing's ``(rows, count)``, unpacked as such; ``count_capped`` is True when more than
    the cap matched, ``count`` being then a lower bound (the cap plus one), not the total.
    ``version``: the store's ``data_version`` read before the rows (None when not read)."""

    def __new__(cls, rows: list[dict], count: int, count_capped: bool = False,
                version: tuple | None = None) -> "ListPage":
        page = super().__new__(cls, (rows, count))
        page.count_capped = count_capped
        page.version = version
        return page


@dataclass
class IngestOutcome:
    """What happened to one report: ``status`` is new | duplicate | retried | redated | failed
    (redated: stored before without a publication date, now given one and extracted again)."""

    report_id: int | None
    doc_id: str
    status: str
    event_ids: list[int] = field(default_factory=list)
    error: dict | None = None
    undated: bool = False          # stored without a publication date

    @property
    def new(self) -> bool:
        return self.status in ("new", "retried", "redated")

    def to_dict(self) -> dict:
        return {"report_id": self.report_id, "doc_id": self.doc_id, "status": self.status,
                "new": self.new, "event_ids": self.event_ids, "error": self.error}


@dataclass
class IngestSummary:
    reports: int = 0
    new: int = 0
    duplicates: int = 0
    failed: int = 0
    unreadable: int = 0
    events_touched: int = 0
    errors: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in ("reports", "new", "duplicates", "failed", "unreadable",
                                             "events_touched", "errors")}


def _json_loads(text):
    """The JSON columns as read (orjson: a list page reads four per event); what orjson
    refuses and the standard library reads (NaN, written by ``json.dumps``) goes there."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    """On every SQLite connection: foreign keys, a 30 s wait for the write lock, and WAL
    journaling (readers, such as the web server, no longer wait for a writer, nor it for
    them; ``synchronous=NORMAL`` is safe with WAL: a crash loses no committed report short
    of a power cut, and never corrupts the file)."""
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    # WAL is kept in the file: switch only when it is not on yet. Switching needs the file to
    # itself, and SQLite answers "locked" at once (no busy wait) while another process opens
    # it at the same moment (two ingesters started together): wait and try again.
    for attempt in range(300):
        try:
            if cur.execute("PRAGMA journal_mode").fetchone()[0].lower() not in ("wal", "memory"):
                cur.execute("PRAGMA journal_mode=WAL")
            break
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) or attempt == 299:
                raise
            time.sleep(0.1)
    cur.execute("PRAGMA synchronous=NORMAL")
    # reads through a memory map of the file (up to SQLITE_MMAP_BYTES) instead of a read
    # call and a copy per page: a page of random events costs ~10-20% less CPU at 1M events
    cur.execute(f"PRAGMA mmap_size={SQLITE_MMAP_BYTES}")
    cur.close()


class Store:
    """A conflictwatch database (see the module docstring)."""

    def __init__(self, url: str, *, migrate_to_head: bool = True, echo: bool = False):
        self.url = url
        kwargs: dict[str, Any] = {"echo": echo, "json_deserializer": _json_loads}
        if url.startswith("sqlite"):
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
            if sqlite_file(url) is not None:
                # a server answers many requests at once (40 threads): keep their connections,
                # with their page caches warm, instead of opening and closing the overflow
                kwargs.update(pool_size=SQLITE_POOL_SIZE, max_overflow=SQLITE_POOL_SIZE)
        try:
            self.engine: Engine = create_engine(url, **kwargs)
        except ImportError as err:
            if url.startswith("postgresql"):   # psycopg is the optional extra `postgres`
                raise MissingExtra(f"PostgreSQL needs psycopg, which is not installed ({err}); "
                                   "pip install 'conflictwatch[postgres]'.") from None
            raise DatabaseUnavailable(f"cannot use database URL {self._safe_url(url)!r} ({err}); "
                                      "give sqlite:///file.db or postgresql+psycopg://user:pw@host/db.") from None
        except (SQLAlchemyError, ValueError) as err:
            raise DatabaseUnavailable(f"cannot use database URL {self._safe_url(url)!r} ({err}); "
                                      "give sqlite:///file.db or postgresql+psycopg://user:pw@host/db.") from None
        if self.engine.dialect.name == "sqlite":
            sa_event.listen(self.engine, "connect", _sqlite_pragmas)
        self.dialect = self.engine.dialect.name
        self._row_ids: dict[tuple, int] = {}   # (kind, key...) -> id of places and actors (see _link_actors)
        self._stale_counts: set[int] = set()   # conflicts whose detentions/emergency days wait (see _relink_events)
        self._new_events: set[int] = set()     # events made by the report being ingested
        self._status_newest: str | None | object = object()   # newest event date statuses were set for
        self._reports_since_recount = 0
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._counts: dict[tuple, tuple[tuple, int, bool]] = {}   # see _cached_count
        self._counts_lock = threading.Lock()
        try:
            if migrate_to_head:
                migrate.upgrade(self.engine)
            elif migrate.current_revision(self.engine) != migrate.head_revision():
                raise SchemaOutOfDate(f"the database at {self._safe_url(url)} is not at schema "
                                      f"{migrate.head_revision()}; run `conflictwatch ingest --db ...` "
                                      "or Store.open(url) to migrate it.")
        except OperationalError as err:
            raise DatabaseUnavailable(f"cannot open {self._safe_url(url)}: {err.orig}. Check the URL, that the "
                                      "server runs, and that the file's folder exists and is writable.") from None

    @staticmethod
    def _safe_url(url: str) -> str:
        return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)

    @classmethod
    def open(cls, url: str | None = None, *, must_exist: bool = False) -> "Store":
        """Open (and migrate) the database at ``url``, or at settings' ``database_url``.

        ``must_exist``: refuse (E305) a SQLite file that does not exist instead of creating
        an empty one (read commands, ``serve``)."""
        url = database_url(url)
        if must_exist:
            path = sqlite_file(url)
            if path is not None and not path.is_file():
                raise NoDatabase(f"there is no database at {path}; check the path, store reports "
                                 f"first with `conflictwatch ingest REPORTS --db {path}`, or try "
                                 "`conflictwatch demo`.")
        return cls(url)

    def close(self) -> None:
        try:
            self.recount_conflicts()        # nothing to do unless an ingest left counts for later
        except SQLAlchemyError:
            pass
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed when the block ends, rolled back on error."""
        with self._sessions() as s:
            try:
                yield s
                s.commit()
            except BaseException:
                s.rollback()
                self._row_ids.clear()      # ids of rows this transaction made are void
                raise

    # --- ingestion -------------------------------------------------------------------------

    def find_report(self, report: records.Report, s: Session | None = None) -> Report | None:
        """The stored report with this content hash, or else this URL, if any."""
        def find(s: Session) -> Report | None:
            row = s.scalars(select(Report).where(Report.content_hash == content_hash(report))).first()
            if row is None and report.url:
                row = s.scalars(select(Report).where(Report.url == report.url).order_by(Report.id)).first()
            return row
        if s is not None:
            return find(s)
        with self._sessions() as s2:
            return find(s2)

    def ingest_report(self, report: records.Report, events: list[records.Event] | None,
                      *, error: ConflictWatchError | dict | None = None) -> IngestOutcome:
        """Store one report and its extracted events, merge them into events, update conflicts.

        Idempotent: a report already stored (same content hash or URL) is a ``duplicate``
        and changes nothing, unless its extraction had failed, in which case it is retried.
        With ``error`` (extraction failed) the report is stored as ``failed`` with the error
        and no mentions; ingesting it again later retries it.
        """
        err = error.to_dict() if isinstance(error, ConflictWatchError) else error
        with self.session() as s:
            self._write_lock(s)
            row = self.find_report(report, s)
            if row is not None and self._gains_date(row, report, err):
                return self._redate(s, row, report, events or [])
            if row is not None and (row.status != "failed" or err is not None):
                return IngestOutcome(row.id, row.doc_id, "duplicate", undated=row.published is None)
            status = "retried" if row is not None else "new"
            if row is None:
                row = Report(doc_id=report.doc_id, content_hash=content_hash(report), url=report.url,
                             title=report.title, published=report.published, lang=report.lang,
                             source=report.source, text=report.text, path=report.path)
                s.add(row)
            if err is not None:
                row.status, row.error = "failed", err
                s.flush()
                return IngestOutcome(row.id, row.doc_id, "failed", error=err)
            row.status, row.error = "extracted", None
            row.lang = row.lang or report.lang
            s.flush()
            self._new_events = set()
            touched = self._add_mentions(s, row, events or [])
            self._relink_events(s, touched, report_id=row.id)
            s.flush()
            return IngestOutcome(row.id, row.doc_id, status, event_ids=sorted(touched),
                                 undated=row.published is None)

    @staticmethod
    def _gains_date(row: Report, report: records.Report, err) -> bool:
        """A report stored without a publication date, ingested again with one: its
        relatively dated events could not be placed before, so it is extracted again."""
        return (err is None and row.status != "failed" and row.published is None
                and report.published is not None)

    def _redate(self, s: Session, row: Report, report: records.Report,
                events: list[records.Event]) -> IngestOutcome:
        """Give ``row`` its publication date and replace its mentions with ``events``
        (extracted with that date). Events left with no source and never reviewed go; the
        others are merged again from the sources they keep."""
        row.published = report.published
        old = s.execute(select(EventSource.event_id, EventSource.mention_id)
                        .where(EventSource.report_id == row.id)).all()
        old_events = {eid for eid, _ in old}
        mention_ids = [mid for _, mid in old] + list(s.scalars(
            select(Mention.id).where(Mention.report_id == row.id)))
        if mention_ids:
            s.execute(EventSource.__table__.delete().where(EventSource.mention_id.in_(mention_ids)))
            s.execute(Mention.__table__.delete().where(Mention.id.in_(mention_ids)))
        s.flush()
        kept = set()
        for eid in old_events:
            ev = s.get(Event, eid)
            has_sources = s.scalar(select(func.count()).select_from(EventSource)
                                   .where(EventSource.event_id == eid))
            if ev is not None and not has_sources and ev.status == "new" and not ev.locked_fields:
                cid = ev.conflict_id
                s.execute(EventActor.__table__.delete().where(EventActor.event_id == eid))
                s.delete(ev)
                s.flush()
                if cid is not None:
                    self.refresh_conflict(s, cid)
            elif ev is not None and has_sources:
                kept.add(eid)
        s.flush()
        touched = self._add_mentions(s, row, events)
        self._relink_events(s, touched | kept)
        s.flush()
        return IngestOutcome(row.id, row.doc_id, "redated", event_ids=sorted(touched))

    #: PostgreSQL advisory lock key serialising ingest transactions ("cwingest" in ASCII).
    _PG_INGEST_LOCK = 0x6377696E67657374

    def _write_lock(self, s: Session) -> None:
        """Make one ingest transaction exclusive among writers, before it looks anything up.

        Two ingesters at once must neither both store a report (the content-hash check and
        the insert are one step) nor both start an event that the other's report tells of
        (merging sees every event committed before it). SQLite: take the write lock now
        (``BEGIN IMMEDIATE``; waits up to the busy timeout). PostgreSQL: a transaction-scoped
        advisory lock. Extraction, the slow part, runs before this, so ingesters still work in
        parallel."""
        if self.dialect == "sqlite":
            s.connection().exec_driver_sql("BEGIN IMMEDIATE")
        elif self.dialect == "postgresql":
            s.execute(text(f"SELECT pg_advisory_xact_lock({self._PG_INGEST_LOCK})"))

    def ingest_paths(self, paths: Iterable[str], published=None, lang: str = "auto",
                     progress: Callable[[IngestOutcome | ConflictWatchError], None] | None = None) -> IngestSummary:
        """Read, extract and ingest every report under ``paths`` (the inputs of ``extract``).

        A file that cannot be read is counted in ``unreadable`` with its error; a report whose
        extraction fails is stored as failed; neither stops the batch."""
        from ..ingest import read_paths
        from ..pipeline import _as_date
        summary = IngestSummary()
        for item in read_paths(list(paths), published=_as_date(published), lang=lang):
            if isinstance(item, ConflictWatchError):
                summary.unreadable += 1
                summary.errors.append(item.to_dict())
                if progress:
                    progress(item)
                continue
            outcome = self.ingest_one(item)
            self._count(summary, outcome)
            if progress:
                progress(outcome)
        self.recount_conflicts()
        return summary

    def ingest_one(self, report: records.Report) -> IngestOutcome:
        """Extract one report (unless stored already) and ingest it."""
        existing = self.find_report(report)
        if existing is not None and existing.status != "failed" and not self._gains_date(existing, report, None):
            return IngestOutcome(existing.id, existing.doc_id, "duplicate", undated=existing.published is None)
        try:
            from ..limits import extract_limited
            result = extract_limited(report)        # E115 past settings.max_report_seconds
        except ConflictWatchError as err:
            return self.ingest_report(report, None, error=err)
        except Exception as err:  # noqa: BLE001 - any extractor bug becomes a stored, retryable error
            return self.ingest_report(report, None, error=ExtractionFailed(
                f"extraction of {report.doc_id!r} failed ({type(err).__name__}: {err}); the report is stored "
                "as failed: fix the cause and run `conflictwatch ingest --retry-failed`."))
        try:
            return self.ingest_report(result.report, result.events)
        except Exception as err:  # noqa: BLE001 - storing one report must not stop the batch
            return self.ingest_report(report, None, error=ExtractionFailed(
                f"storing {report.doc_id!r} failed ({type(err).__name__}: {err}); the report is stored "
                "as failed: fix the cause and run `conflictwatch ingest --retry-failed`."))

    def retry_failed(self, progress=None) -> IngestSummary:
        """Extract again every report stored as failed."""
        summary = IngestSummary()
        with self._sessions() as s:
            failed = s.scalars(select(Report).where(Report.status == "failed").order_by(Report.id)).all()
        for row in failed:
            outcome = self.ingest_one(records.Report(
                doc_id=row.doc_id, text=row.text, title=row.title, published=row.published, lang=row.lang,
                source=row.source, url=row.url, path=row.path))
            self._count(summary, outcome)
            if progress:
                progress(outcome)
        self.recount_conflicts()
        return summary

    @staticmethod
    def _count(summary: IngestSummary, outcome: IngestOutcome) -> None:
        summary.reports += 1
        if outcome.status == "duplicate":
            summary.duplicates += 1
        elif outcome.status == "failed":
            summary.failed += 1
            summary.errors.append(dict(outcome.error or {}, doc_id=outcome.doc_id))
        else:
            summary.new += 1
        summary.events_touched += len(outcome.event_ids)

    # --- merging ---------------------------------------------------------------------------

    def _add_mentions(self, s: Session, report: Report, events: list[records.Event]) -> set[int]:
        touched: set[int] = set()
        for ev in events:
            d = ev.to_dict()
            m = Mention(report_id=report.id, type=d["type"], action=d.get("action"), date=d.get("date"),
                        date_end=d.get("date_end"), country=d.get("country"), admin1=d.get("admin1"),
                        location=d.get("location"), latitude=d.get("latitude"), longitude=d.get("longitude"),
                        geo_precision=d.get("geo_precision"), actors=d.get("actors") or [],
                        participants=d.get("participants"), fatalities=d.get("fatalities"),
                        injuries=d.get("injuries"), arrests=d.get("arrests"), issues=d.get("issues") or [],
                        project=d.get("project"), company=d.get("company"), evidence=d.get("evidence") or [],
                        confidence=float(d.get("confidence") or 0.5))
            s.add(m)
            md = dict(d, report_id=report.id)
            target = best_candidate(md, self._candidates(s, md))
            if target is None:
                # the new event carries its first reading's slots until the report's events are
                # reconciled (``_relink_events``), so that the report's later readings can find
                # it: a report's second reading of one event joins it (``merge.same_reading``)
                slots = {f: md.get(f) for f in SCHEMA_FIELDS if f not in ("type", "actors", "issues")}
                target_ev = Event(type=m.type, status="new", actors=list(md.get("actors") or []),
                                  issues=list(md.get("issues") or []), figures={}, locked_fields=[],
                                  search_text="", **slots)
                s.add(EventSource(event=target_ev, mention=m, report_id=report.id))
                s.flush()           # one write per mention: the mention, its event if new, the link
                self._new_events.add(target_ev.id)
                touched.add(target_ev.id)
            else:
                s.add(EventSource(event_id=target["id"], mention=m, report_id=report.id))
                s.flush()
                touched.add(target["id"])
        return touched

    #: A mention looks for the event it tells of among events dated within the widest gap
    #: merging allows for its type (``link.merge.candidate_days``) of its own days, events
    #: that started up to ``SPAN_DAYS`` before and run into them (``date_end``), and month- or
    #: year-precise events that contain them.
    SPAN_DAYS = 92
    #: Undated events (or, for an undated mention, events of any date) looked at: the latest.
    UNDATED_CANDIDATES = 200
    _CANDIDATE_COLS = (Event.id, Event.status, *(getattr(Event, f) for f in SCHEMA_FIELDS))

    def _candidates(self, s: Session, m: dict) -> list[dict]:
        """Events that could be the one this mention tells of, in SQL: same type, same country
        (or none), same region (or none; any region for talks and deals, which merging may
        place at their venue, ``link.merge.any_region``), dated near the mention (within
        ``link.merge.candidate_days``);
        only the columns merging reads, not whole rows. What it reads does not grow with the
        store, only with how many events of the kind a few days hold."""
        span = linkdates.interval(m)
        params: dict[str, Any] = {"type": m["type"], "country": (m.get("country") or "").upper(),
                                  "admin1": (m.get("admin1") or "").lower()}
        if span:
            days = candidate_days(m["type"])
            lo, hi = linkdates.shift(span[0], -days), linkdates.shift(span[1], days)
            coarse = {lo.isoformat()[:4], hi.isoformat()[:4]}
            month = lo.replace(day=1)
            while month <= hi:
                coarse.add(month.isoformat()[:7])
                month = linkdates.shift(month, 32).replace(day=1)
                if month == date.max.replace(day=1):
                    break
            params.update(lo=lo.isoformat(), hi=hi.isoformat(), coarse=sorted(coarse),
                          early=linkdates.shift(span[0], -self.SPAN_DAYS).isoformat())
        rows: dict[int, dict] = {}
        with s.no_autoflush:        # the mention being placed need not be written to look
            by_region = bool(m.get("admin1")) and not any_region(m["type"])
            for q in self._candidate_statements(bool(m.get("country")), by_region, bool(span)):
                for r in s.execute(q, params).mappings():
                    rows[r["id"]] = dict(r)
            if not rows:
                return []
            by_event: dict[int, set[int]] = {i: set() for i in rows}
            for eid, rid in s.execute(self._SOURCES_OF, {"ids": list(rows)}):
                by_event[eid].add(rid)
        return [dict(r, report_ids=by_event[i]) for i, r in rows.items()]

    _SOURCES_OF = select(EventSource.event_id, EventSource.report_id).where(
        EventSource.event_id.in_(bindparam("ids", expanding=True)))
    _candidate_cache: dict[tuple, list] = {}

    @classmethod
    def _candidate_statements(cls, country: bool, admin1: bool, dated: bool) -> list:
        """The candidate queries for a mention with or without country, region and date, built
        once (building SQL expressions costs more than running them)."""
        key = (country, admin1, dated)
        if key in cls._candidate_cache:
            return cls._candidate_cache[key]
        live = Event.status != literal_column("'rejected'")   # a literal: the partial indexes apply
        base = [Event.type == bindparam("type"), live]
        if admin1:
            base.append(or_(func.lower(Event.admin1) == bindparam("admin1"), Event.admin1.is_(None)))
        cols = cls._CANDIDATE_COLS
        if dated:
            # index ranges of (upper(country), type, date) -- the mention's country, then no
            # country -- for the days, the month/year dates and the spans (one OR of them
            # would scan every event of the type)
            countries = [func.upper(Event.country) == bindparam("country"), func.upper(Event.country).is_(None)] \
                if country else [literal_column("1") == 1]
            ranges = [Event.date.between(bindparam("lo"), bindparam("hi")),
                      Event.date.in_(bindparam("coarse", expanding=True)),
                      and_(Event.date.between(bindparam("early"), bindparam("lo")), Event.date_end >= bindparam("lo"))]
            out = [union_all(*(select(*cols).where(*base, c, r) for c in countries for r in ranges)),
                   select(*cols).where(*base, Event.date.is_(None)).order_by(Event.id.desc())
                   .limit(cls.UNDATED_CANDIDATES)]
            if country:
                out[1] = out[1].where(or_(func.upper(Event.country) == bindparam("country"), Event.country.is_(None)))
        else:
            where = [or_(func.upper(Event.country) == bindparam("country"), Event.country.is_(None))] if country else []
            out = [select(*cols).where(*base, *where).order_by(Event.id.desc()).limit(cls.UNDATED_CANDIDATES)]
        cls._candidate_cache[key] = out
        return out

    @staticmethod
    def _fields(ev: Event | Mention) -> dict:
        return {f: getattr(ev, f) for f in SCHEMA_FIELDS}

    def _relink_events(self, s: Session, event_ids: Iterable[int], report_id: int | None = None) -> None:
        """Recompute the merged slots of these events and place each in its conflict.

        Each event's old weight leaves its conflict's tallies and its new weight joins the
        conflict it now belongs to (``link.conflicts.contribution``): no conflict is re-read
        whole. Then the conflicts that this report ties together are merged
        (``_tie_report``). Detentions and emergency days are recounted once per report, from
        the few events that carry them; statuses are set for the conflicts touched, and for
        all only when the newest event date moves."""
        recount: set[int] = set()
        respan: set[int] = set()
        touched: set[int] = set()
        # no write per event: candidate conflicts are read with this transaction's changes
        # laid over them (``_conflict_candidates``); one flush when all are placed
        with s.no_autoflush:
            for eid in sorted(event_ids):
                ev = s.get(Event, eid)
                old_cid = ev.conflict_id
                old = dict(self._fields(ev), status=ev.status) if old_cid is not None else None
                self.refresh_event(s, ev, new=eid in self._new_events)
                new = dict(self._fields(ev), status=ev.status)
                if old_cid is not None:
                    c = self._tallied(s, old_cid)
                    self._set_tallies(c, linkconf.add_tally(copy.deepcopy(c.tallies), linkconf.contribution(old), -1))
                ev.conflict_id = self._assign_conflict(s, ev, report_id=report_id)
                c = self._tallied(s, ev.conflict_id)
                self._set_tallies(c, linkconf.add_tally(copy.deepcopy(c.tallies), linkconf.contribution(new)))
                self._widen_span(c, new)
                if old is not None and old.get("date") and (old_cid != ev.conflict_id or linkconf.span([old]) !=
                                                            linkconf.span([new]) or new["status"] == "rejected"):
                    before = s.get(Conflict, old_cid)
                    first, last = linkconf.span([old])
                    if before is not None and (first == before.first_event or last == before.last_event):
                        respan.add(old_cid)     # it was at an edge of its conflict's span
                touched |= {old_cid, ev.conflict_id} - {None}
                if linkconf.counts_arrests_or_soe(old) or linkconf.counts_arrests_or_soe(new):
                    recount |= {old_cid, ev.conflict_id} - {None}
        s.flush()
        if report_id is not None:
            kept, gone = self._tie_report(s, report_id)
            touched = (touched - gone) | kept
            recount = (recount - gone) | kept
            respan -= gone
        for cid in sorted(touched):
            c = s.get(Conflict, cid)
            if c is None:
                continue
            if not (c.tallies or {}).get("n"):
                s.execute(update(Event).where(Event.conflict_id == cid).values(conflict_id=None),
                          execution_options={"synchronize_session": False})
                s.delete(c)     # derived data: a conflict whose every event moved elsewhere goes
                continue
            if cid in respan:
                self._respan(s, c)
            if cid in recount:
                if (c.tallies or {}).get("n", 0) <= self.RECOUNT_NOW_EVENTS:
                    self._recount(s, c)
                    self._stale_counts.discard(cid)
                else:
                    self._stale_counts.add(cid)
        self._reports_since_recount += 1
        if self._reports_since_recount >= self.RECOUNT_EVERY_REPORTS:
            self._recount_stale(s)
        s.flush()
        self._update_statuses(s, touched)

    #: Detentions and emergency days of a conflict of at most this many events are recounted
    #: with each report that touches them; those of bigger conflicts every
    #: ``RECOUNT_EVERY_REPORTS`` reports and at the end of every ingest run
    #: (``recount_conflicts``), so that a report's cost does not grow with its conflict.
    RECOUNT_NOW_EVENTS = 300
    RECOUNT_EVERY_REPORTS = 250

    def _recount_stale(self, s: Session) -> None:
        for cid in sorted(self._stale_counts):
            c = s.get(Conflict, cid)
            if c is not None:
                self._recount(s, c)
        self._stale_counts.clear()
        self._reports_since_recount = 0

    def recount_conflicts(self) -> int:
        """Recount the detentions and emergency days that ingest left for later (big
        conflicts); called at the end of ``ingest_paths``, ``retry_failed`` and
        ``parallel.ingest_results``. Returns how many conflicts were recounted."""
        n = len(self._stale_counts)
        if n:
            with self.session() as s:
                self._write_lock(s)
                self._recount_stale(s)
        return n

    @staticmethod
    def _widen_span(c: Conflict, e: dict) -> None:
        first, last = linkconf.span([e])
        if first:
            c.first_event = min(c.first_event or first, first)
            c.last_event = max(c.last_event or last, last)

    def _respan(self, s: Session, c: Conflict) -> None:
        """A conflict's first and last event dates, from its events (after one moved or changed)."""
        s.flush()
        c.first_event, c.last_event = s.execute(select(
            func.min(Event.date), func.max(func.coalesce(Event.date_end, Event.date))).where(
            Event.conflict_id == c.id, Event.status != "rejected", Event.date.is_not(None))).one()

    _NAMES_OF_REPORT = select(Mention.id).where(
        Mention.report_id == bindparam("report_id"),
        or_(Mention.project.is_not(None), Mention.company.is_not(None))).limit(1)

    def _tie_report(self, s: Session, report_id: int) -> tuple[set[int], set[int]]:
        """Merge the conflicts that one report's events tie together (``link.conflicts.
        report_ties``): a report that tells of protests in three regions makes them one
        conflict. Conflicts naming different projects or companies never merge, and a
        conflict with a project or company takes in one without only when all of that one's
        events come from this report, or when the report itself names no project or company:
        a report about a mine that also tells of a regional strike does not make the strike
        the mine's, but a report that tells the fare protests and the national marches as
        one story, naming no company, ties the conflict that a metro operator's name (read
        by another report) had set apart. Returns (conflicts kept, conflicts merged away)."""
        rows = [dict(r) for r in s.execute(
            select(Event.id, Event.conflict_id, Event.status, Event.locked_fields,
                   *(getattr(Event, f) for f in SCHEMA_FIELDS))
            .join(EventSource, EventSource.event_id == Event.id)
            .where(EventSource.report_id == report_id, Event.status != "rejected",
                   Event.conflict_id.is_not(None))).mappings()]
        rows = [r for r in {r["id"]: r for r in rows}.values() if "conflict_id" not in (r["locked_fields"] or ())]
        if len({r["conflict_id"] for r in rows}) < 2:
            return set(), set()
        conflicts = {cid: s.get(Conflict, cid) for cid in {r["conflict_id"] for r in rows}}
        here = Counter(r["conflict_id"] for r in rows)
        report_names = s.execute(self._NAMES_OF_REPORT, {"report_id": report_id}).first() is not None
        parent = {cid: cid for cid in conflicts}

        def root(c: int) -> int:
            while parent[c] != c:
                c = parent[c]
            return c

        def named(c: Conflict) -> bool:
            return bool(c.project or c.company)

        for i, a in enumerate(rows):
            for b in rows[i + 1:]:
                ra, rb = root(a["conflict_id"]), root(b["conflict_id"])
                if ra == rb or not linkconf.report_ties(a, b):
                    continue
                ca, cb = conflicts[ra], conflicts[rb]
                if (ca.tallies or {}).get("reviewed") or (cb.tallies or {}).get("reviewed"):
                    continue                    # an analyst merged or split it: left as it is
                if linkconf.conflicts_clash(self._conflict_dict(ca), self._conflict_dict(cb)):
                    continue
                if named(ca) != named(cb) and report_names:
                    plain = cb if named(ca) else ca
                    if (plain.tallies or {}).get("n", 0) > here[plain.id]:
                        continue
                keep, other = sorted((ca, cb), key=lambda c: (-(c.tallies or {}).get("n", 0), c.id))
                parent[other.id] = keep.id
        kept, gone = set(), set()
        for cid, c in conflicts.items():
            top = root(cid)
            if top == cid:
                continue
            keep = conflicts[top]
            self._tallied(s, keep.id)
            self._tallied(s, cid)
            s.flush()
            s.execute(update(Event).where(Event.conflict_id == cid).values(conflict_id=keep.id),
                      execution_options={"synchronize_session": False})
            for obj in list(s.identity_map.values()):
                if isinstance(obj, Event) and obj.conflict_id == cid:
                    obj.conflict_id = keep.id
            self._set_tallies(keep, linkconf.add_tally(copy.deepcopy(keep.tallies), c.tallies))
            for e in ({"date": c.first_event}, {"date": c.last_event}):
                self._widen_span(keep, e)
            s.delete(c)
            kept.add(keep.id)
            gone.add(cid)
        s.flush()
        return kept - gone, gone

    def _tallied(self, s: Session, conflict_id: int) -> Conflict:
        """The conflict, its tallies rebuilt from its events if it has none (stored before 0004)."""
        c = s.get(Conflict, conflict_id)
        if c.tallies is None:
            s.flush()
            evs = [dict(self._fields(e), status=e.status)
                   for e in s.scalars(select(Event).where(Event.conflict_id == conflict_id))]
            c.tallies = linkconf.tally_events(evs)
            c.first_event, c.last_event = linkconf.span(evs)
        return c

    @staticmethod
    def _set_tallies(c: Conflict, t: dict) -> None:
        """New tallies and the summary fields that follow from them (not the span, detentions,
        emergency days and status, which ``_relink_events`` keeps)."""
        c.tallies = t
        counters = c.counters or {}
        summary = linkconf.summary_from_tallies(t, c.first_event, c.last_event, counters.get("arrests", 0),
                                                counters.get("soe_days", 0))
        for k in ("name", "country", "admin1", "issues", "project", "company", "counters"):
            setattr(c, k, summary[k])

    _RECOUNT_COLS = (Event.type, Event.action, Event.date, Event.date_end, Event.arrests, Event.status)

    def _recount(self, s: Session, c: Conflict) -> None:
        """Detentions and days under emergency of a conflict, from only the events that carry them."""
        rows = [dict(r) for r in s.execute(select(*self._RECOUNT_COLS).where(
            Event.conflict_id == c.id, Event.status != "rejected",
            or_(Event.type.in_(("arrest", "state_of_emergency")), Event.arrests.is_not(None)))).mappings()]
        c.counters = dict(c.counters or {}, arrests=linkconf.arrests_total(rows), soe_days=linkconf.soe_days(rows))

    _MENTIONS_OF = (select(*(getattr(Mention, f) for f in SCHEMA_FIELDS), Mention.report_id, Mention.confidence,
                           Mention.evidence, Report.doc_id, Report.published, Report.title)
                    .join(EventSource, EventSource.mention_id == Mention.id)
                    .join(Report, Report.id == Mention.report_id)
                    .where(EventSource.event_id == bindparam("event_id")).order_by(Mention.id))

    def refresh_event(self, s: Session, ev: Event, new: bool = False) -> None:
        """Reconcile an event's slots from its mentions (locked fields untouched).
        ``new``: the event was made in this transaction (it has no actor links yet)."""
        rows = s.execute(self._MENTIONS_OF, {"event_id": ev.id}).mappings().all()
        if not rows:
            return
        mentions = [dict(r) for r in rows]
        locked = list(ev.locked_fields or [])
        merged = reconcile(mentions, locked=locked, current=self._fields(ev))
        for name in SCHEMA_FIELDS:
            if name not in locked and name != "type":
                setattr(ev, name, merged[name])
        ev.figures = merged["figures"]
        ev.confidence = merged["confidence"]
        ev.n_sources = len({m["report_id"] for m in mentions})
        titles = list(dict.fromkeys(r["title"] for r in rows if r["title"]))
        sentences = list(dict.fromkeys(e.get("sentence") or "" for r in rows for e in (r["evidence"] or [])))
        ev.search_text = " ".join(filter(None, [
            ev.type.replace("_", " "), ev.action, ev.location, ev.admin1, ev.country, ev.project, ev.company,
            " ".join(a["name"] for a in ev.actors or []), " ".join(ev.issues or []),
            *titles[:self.SEARCH_TITLES], *sentences[:self.SEARCH_SENTENCES]]))
        ev.place_id = self._place_id(s, ev)
        self._link_actors(s, ev, new=new)

    #: An event's search text holds its first distinct titles and sentences up to these numbers
    #: (an event told by 1,000 reports would otherwise re-index 1,000 sentences at each new one).
    SEARCH_TITLES = 20
    SEARCH_SENTENCES = 40

    def _place_id(self, s: Session, ev: Event) -> int | None:
        name = ev.location or ev.admin1
        if not name:
            return None
        key = dict(country=ev.country or "", admin1=ev.admin1 or "", name=name)
        ck = ("place", key["country"], key["admin1"], name)
        if ck in self._row_ids:
            return self._row_ids[ck]
        place = s.scalars(select(Place).filter_by(**key)).first()
        if place is None:
            place = Place(**key, latitude=ev.latitude, longitude=ev.longitude, geo_precision=ev.geo_precision)
            s.add(place)
            s.flush()
        self._row_ids[ck] = place.id
        return place.id

    def _link_actors(self, s: Session, ev: Event, new: bool = False) -> None:
        """The event's links to the actors table (an actor row per normalised name, with its
        aliases). ``new``: the event has no links yet. Ids of actors and places met before
        are kept in ``_row_ids`` (rows never deleted; forgotten when a transaction fails)."""
        wanted: dict[tuple[int, str], None] = {}
        for a in ev.actors or []:
            key = actor_key(a["name"])
            if not key:
                continue
            known = self._row_ids.get(("actor", key, a["name"]))
            if known is None:
                actor = s.scalars(select(Actor).where(Actor.key == key)).first()
                if actor is None:
                    actor = Actor(key=key, name=a["name"], kind=a.get("kind"), aliases=[a["name"]])
                    s.add(actor)
                    s.flush()
                elif a["name"] not in (actor.aliases or []):
                    actor.aliases = [*(actor.aliases or []), a["name"]]
                known = self._row_ids[("actor", key, a["name"])] = actor.id
            wanted[(known, a.get("role") or "initiator")] = None
        have = {} if new else {
            (l.actor_id, l.role): l for l in s.scalars(select(EventActor).where(EventActor.event_id == ev.id))}
        for key, link in have.items():
            if key not in wanted:
                s.delete(link)
        for actor_id, role in wanted:
            if (actor_id, role) not in have:
                s.add(EventActor(event_id=ev.id, actor_id=actor_id, role=role))

    _CONFLICT_COLS = (Conflict.id, Conflict.name, Conflict.country, Conflict.admin1, Conflict.issues,
                      Conflict.project, Conflict.company, Conflict.first_event, Conflict.last_event,
                      Conflict.status, Conflict.counters, Conflict.tallies)

    def _conflict_candidates(self, s: Session, ev: Event, report_id: int | None) -> list[dict]:
        """Conflicts the event may belong to, in SQL and without their tallies: of its country,
        and either naming a project or company (those join at any date) or within the
        grouping window of the event's dates."""
        span = linkdates.interval({"date": ev.date, "date_end": ev.date_end})
        params: dict[str, Any] = {"country": ev.country}
        if span:
            params.update(after=linkdates.shift(span[0], -linkconf.WINDOW_DAYS).isoformat(),
                          before=linkdates.shift(span[1], linkconf.WINDOW_DAYS).isoformat() + "~")
        q = self._conflict_statement(bool(ev.country), bool(span), bool(ev.project), bool(ev.company))
        found = {r["id"]: dict(r, issues=r["issues"] or [], counters=r["counters"] or {},
                               admin1s=sorted((r["tallies"] or {}).get("admin1") or {}))
                 for r in s.execute(q, params).mappings()}
        # conflicts this transaction changed but has not written yet: as they are now
        for obj in list(s.identity_map.values()) + list(s.new):
            if isinstance(obj, Conflict) and obj.id is not None and obj.country == ev.country \
                    and obj not in s.deleted:
                found[obj.id] = dict(self._conflict_dict(obj), admin1s=sorted((obj.tallies or {}).get("admin1") or {}))
        if ev.conflict_id is not None and ev.conflict_id not in found:
            found[ev.conflict_id] = self._conflict_dict(s.get(Conflict, ev.conflict_id))
        return list(found.values())

    _conflict_cache: dict[tuple, Any] = {}

    @classmethod
    def _conflict_statement(cls, country: bool, dated: bool, project: bool, company: bool):
        key = (country, dated, project, company)
        if key not in cls._conflict_cache:
            q = select(*cls._CONFLICT_COLS).where(
                Conflict.country == bindparam("country") if country else Conflict.country.is_(None))
            if dated:
                # beyond the grouping window only a project or company can join an event to a
                # conflict, and only when the event names one (``conflict_matches``)
                near = [Conflict.first_event.is_(None),
                        and_(Conflict.last_event >= bindparam("after"), Conflict.first_event <= bindparam("before"))]
                if project:
                    near.append(Conflict.project.is_not(None))
                if company:
                    near.append(Conflict.company.is_not(None))
                q = q.where(or_(*near))
            cls._conflict_cache[key] = q
        return cls._conflict_cache[key]

    def _assign_conflict(self, s: Session, ev: Event, report_id: int | None = None) -> int:
        """The conflict the event belongs to: its current one while that still fits as well as
        any other (the event's slots may have changed with a new source), else the best
        fitting one, else a new one. The event's own weight is already out of its current
        conflict's tallies (``_relink_events``)."""
        if ev.conflict_id is not None and "conflict_id" in (ev.locked_fields or ()):
            return ev.conflict_id               # an analyst put it there (review.merge/split_conflict)
        fields = dict(self._fields(ev), status=ev.status)
        cands = []
        for c in self._conflict_candidates(s, ev, report_id):
            if c["id"] == ev.conflict_id:
                here = self._tallied(s, c["id"])
                if not (here.tallies or {}).get("n"):
                    return ev.conflict_id       # alone in its conflict: it stays
                c = dict(linkconf.summary_from_tallies(here.tallies, here.first_event, here.last_event), id=here.id)
            cands.append(c)
        best = linkconf.best_conflict(fields, cands)
        if best is not None and ev.conflict_id is not None:
            here = next((c for c in cands if c["id"] == ev.conflict_id), None)
            if here is not None and linkconf.conflict_matches(fields, here) >= linkconf.conflict_matches(fields, best):
                return ev.conflict_id
        if best is not None:
            return best["id"]
        summary = linkconf.summarise_conflict([])
        c = Conflict(**{k: summary[k] for k in ("name", "country", "admin1", "issues", "project", "company",
                                                "first_event", "last_event", "status", "counters", "tallies")})
        s.add(c)
        s.flush()
        return c.id

    def refresh_conflict(self, s: Session, conflict_id: int | None) -> None:
        """Recompute a conflict's tallies, name, span, issues and counters from all its events
        (after an analyst's change; ingest updates conflicts by difference)."""
        if conflict_id is None:
            return
        c = s.get(Conflict, conflict_id)
        if c is None:
            return
        evs = [dict(self._fields(e), status=e.status)
               for e in s.scalars(select(Event).where(Event.conflict_id == conflict_id))]
        if not evs:
            s.delete(c)   # derived data: a conflict whose every event moved elsewhere goes
            return
        summary = linkconf.summarise_conflict(evs)
        if (c.tallies or {}).get("reviewed"):
            summary["tallies"]["reviewed"] = True
        for k in ("name", "country", "admin1", "issues", "project", "company", "first_event", "last_event",
                  "counters", "tallies"):
            setattr(c, k, summary[k])
        self._update_statuses(s, {conflict_id})

    def _update_statuses(self, s: Session, conflict_ids: Iterable[int]) -> None:
        """Statuses of these conflicts; of every conflict only when the newest event date
        (what "active" is measured from) has moved since this store last looked."""
        newest = s.scalar(select(func.max(Event.date)).where(Event.status != literal_column("'rejected'")))
        if newest != self._status_newest:
            self.refresh_conflict_statuses(s, newest)
            return
        for cid in conflict_ids:
            c = s.get(Conflict, cid)
            if c is not None:
                c.status = linkconf.conflict_status(c.last_event, newest) if newest else c.status

    def refresh_conflict_statuses(self, s: Session, newest: str | None = None) -> None:
        """active while its last event is within ACTIVE_DAYS of the newest event stored, else latent."""
        if newest is None:
            newest = s.scalar(select(func.max(Event.date)).where(Event.status != literal_column("'rejected'")))
        self._status_newest = newest
        span = linkdates.parse(newest)
        if not span:
            return
        cutoff = linkdates.shift(span[1], -linkconf.ACTIVE_DAYS).isoformat()
        s.flush()
        s.execute(update(Conflict).values(status=case((Conflict.last_event >= cutoff, "active"), else_="latent")),
                  execution_options={"synchronize_session": False})
        for c in s.identity_map.values():
            if isinstance(c, Conflict):
                s.expire(c, ["status"])

    def _conflict_dict(self, c: Conflict) -> dict:
        return {"id": c.id, "name": c.name, "country": c.country, "admin1": c.admin1, "issues": c.issues or [],
                "project": c.project, "company": c.company, "first_event": c.first_event,
                "last_event": c.last_event, "status": c.status, "counters": c.counters or {}}

    # --- audit -----------------------------------------------------------------------------

    @staticmethod
    def audit(s: Session, who: str, action: str, object_type: str, object_id: int | None,
              before: dict | None = None, after: dict | None = None) -> AuditLog:
        """Record an analyst's (or the system's) action in the audit log, in session ``s``."""
        row = AuditLog(who=who, action=action, object_type=object_type, object_id=object_id,
                       before=before, after=after)
        s.add(row)
        return row

    def audit_log(self, object_type: str | None = None, object_id: int | None = None,
                  limit: int = 50, offset: int = 0) -> tuple[list[dict], int]:
        with self._sessions() as s:
            q = select(AuditLog)
            if object_type:
                q = q.where(AuditLog.object_type == object_type)
            if object_id is not None:
                q = q.where(AuditLog.object_id == object_id)
            count = s.scalar(select(func.count()).select_from(q.subquery()))
            rows = s.scalars(q.order_by(AuditLog.id.desc()).limit(limit).offset(offset)).all()
            return [{"id": r.id, "who": r.who, "at": r.at.isoformat() if r.at else None, "action": r.action,
                     "object_type": r.object_type, "object_id": r.object_id, "before": r.before,
                     "after": r.after} for r in rows], count

    # --- queries ---------------------------------------------------------------------------

    def event_row(self, ev: Event, doc_ids: list[str] | None = None) -> dict:
        """An event as a plain dict: SCHEMA fields plus id, doc_ids, conflict_id, status, confidence, n_sources."""
        row = self._fields(ev)
        row.update(id=ev.id, doc_ids=doc_ids if doc_ids is not None else [], conflict_id=ev.conflict_id,
                   status=ev.status, confidence=ev.confidence, n_sources=ev.n_sources,
                   figures=ev.figures or {}, locked_fields=ev.locked_fields or [],
                   updated_at=_iso_utc(ev.updated_at))
        return row

    def _doc_ids(self, s: Session, event_ids: list[int]) -> dict[int, list[str]]:
        return self._provenance(s, event_ids)[0]

    def _provenance(self, s: Session, event_ids: list[int]) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
        """doc_ids and outlet names of each event's reports, in the order they were linked."""
        docs: dict[int, list[str]] = {i: [] for i in event_ids}
        outlets: dict[int, list[str]] = {i: [] for i in event_ids}
        if not event_ids:
            return docs, outlets
        for eid, doc_id, outlet in s.execute(select(EventSource.event_id, Report.doc_id, Report.source)
                                             .join(Report, Report.id == EventSource.report_id)
                                             .where(EventSource.event_id.in_(event_ids))
                                             .order_by(EventSource.id)).all():
            if doc_id not in docs[eid]:
                docs[eid].append(doc_id)
            if outlet and outlet not in outlets[eid]:
                outlets[eid].append(outlet)
        return docs, outlets

    def _event_query(self, type=None, country=None, admin1=None, date_from=None, date_to=None,
                     conflict_id=None, q=None, status=None, updated_since=None):
        query = select(Event)
        if updated_since is not None:   # a datetime (naive = UTC) or an ISO 8601 string
            query = query.where(Event.updated_at >= _as_utc(updated_since))
        if type:
            query = query.where(Event.type.in_([type] if isinstance(type, str) else list(type)))
        # upper(country), lower(admin1): indexed as such (migration 0002); each may be a list
        countries = [country] if isinstance(country, str) else list(country or [])
        if countries:
            query = query.where(func.upper(Event.country) == countries[0].upper()) if len(countries) == 1 else \
                query.where(func.upper(Event.country).in_([c.upper() for c in countries]))
        regions = [admin1] if isinstance(admin1, str) else list(admin1 or [])
        if regions:
            query = query.where(func.lower(Event.admin1) == regions[0].lower()) if len(regions) == 1 else \
                query.where(func.lower(Event.admin1).in_([a.lower() for a in regions]))
        if date_from:
            query = query.where(Event.date >= str(date_from))
        if date_to:
            query = query.where(Event.date <= str(date_to))
        if conflict_id is not None:
            query = query.where(Event.conflict_id == int(conflict_id))
        if status == "all":
            pass
        elif status:
            query = query.where(Event.status == status)
        else:   # a literal, so that SQLite's partial indexes (migration 0003) apply
            query = query.where(Event.status != literal_column("'rejected'"))
        if q:
            query = query.where(Event.id.in_(self._fts_ids("events", q)))
        return query

    def list_events(self, type=None, country=None, admin1=None, date_from=None, date_to=None,
                    conflict_id=None, q=None, status=None, limit: int | None = 50, offset: int = 0,
                    sort: str = "-date", count_cap: int | None = COUNT_CAP, updated_since=None,
                    versioned: bool = False) -> "ListPage":
        """Merged events matching the filters, and how many match in all: a ``ListPage``.

        ``status``: None = all but rejected; "all" = every event; else only that status.
        ``sort``: date, id, confidence, n_sources, updated; a leading "-" sorts descending
        (events without a date come last either way).
        ``count_cap``: count at most this many matches and one more (``None``: count all);
        when more match, the count is ``count_cap + 1`` and ``count_capped`` is True. A
        count is remembered while the data is unchanged (``data_version``).
        ``versioned``: read ``data_version`` before the rows, as the page's ``version``."""
        query = self._event_query(type, country, admin1, date_from, date_to, conflict_id, q, status, updated_since)
        col_name = EVENT_SORTS.get(sort)
        if col_name is None:
            raise ValueError(f"sort must be one of {sorted(EVENT_SORTS)}")
        col = getattr(Event, col_name)
        order = [col.desc() if sort.startswith("-") else col.asc()]
        if col_name == "date":
            # NULLS LAST (not ``date IS NULL`` first): an index on date can give this order
            order = [order[0].nulls_last()]
        order.append(Event.id.desc() if sort.startswith("-") else Event.id.asc())
        counted = limit is not None or bool(offset)
        with self._sessions() as s:
            # ``versioned``: the version read before the rows, for whoever keys the page by it
            # (the API's ETags); otherwise it is read when a count needs it (before counting)
            version = self.data_version(s) if versioned else None
            # the listed columns only (not search_text), as rows: no ORM objects to build
            page = query.with_only_columns(*LIST_COLUMNS).order_by(*order).offset(offset)
            if limit is not None:
                page = page.limit(limit)
            evs = s.execute(page).all()
            if not counted or (limit is not None and len(evs) < limit and (evs or not offset)):
                count, capped = offset + len(evs), False      # the last page: nothing to count
                if counted and count_cap is not None and count > count_cap:
                    count, capped = count_cap + 1, True           # as the capped count says it
            else:
                key = ("events", type if isinstance(type, str) else tuple(type or ()),
                       country if isinstance(country, str) else tuple(country or ()),
                       admin1 if isinstance(admin1, str) else tuple(admin1 or ()), date_from, date_to,
                       conflict_id, q, status, str(updated_since) if updated_since is not None else None)
                count, capped = self._cached_count(s, version or self.data_version(s), key, query, count_cap)
            docs = self._doc_ids(s, [e[0] for e in evs])
            return ListPage([self._list_row(e, docs[e[0]]) for e in evs], count, capped, version)

    @staticmethod
    def _list_row(r, doc_ids: list[str]) -> dict:
        """``event_row`` of a row of ``LIST_COLUMNS`` (same keys, same order)."""
        v = dict(zip(LIST_NAMES, r))
        row = {f: v[f] for f in SCHEMA_FIELDS}
        row.update(id=v["id"], doc_ids=doc_ids, conflict_id=v["conflict_id"], status=v["status"],
                   confidence=v["confidence"], n_sources=v["n_sources"], figures=v["figures"] or {},
                   locked_fields=v["locked_fields"] or [], updated_at=_iso_utc(v["updated_at"]))
        return row

    def data_version(self, s: Session | None = None) -> tuple:
        """Changes whenever what the listings show changes: the newest event, mention, conflict
        and audit-log ids (an ingest adds mentions, a review action logs itself) and the latest
        ``events.updated_at`` (any change to an event). Five index lookups: cheap."""
        stmt = select(*(select(func.max(c)).scalar_subquery() for c in
                        (Event.id, Mention.id, Conflict.id, AuditLog.id, Event.updated_at)))
        if s is not None:
            return tuple(s.execute(stmt).one())
        with self._sessions() as s:
            return tuple(s.execute(stmt).one())

    def _cached_count(self, s: Session, version: tuple, key: tuple, query, cap: int | None) -> tuple[int, bool]:
        """``_capped_count``, remembered under ``key`` while ``data_version`` is unchanged
        (``version`` is read before counting, so a change meanwhile leaves the entry stale,
        never wrongly fresh)."""
        key = (key, cap)
        hit = self._counts.get(key)
        if hit is not None and hit[0] == version:
            return hit[1], hit[2]
        n, capped = self._capped_count(s, query, cap)
        with self._counts_lock:
            if len(self._counts) >= COUNT_CACHE_SIZE:
                self._counts.pop(next(iter(self._counts)), None)
            self._counts[key] = (version, n, capped)
        return n, capped

    @staticmethod
    def _capped_count(s: Session, query, cap: int | None) -> tuple[int, bool]:
        """How many rows ``query`` selects, counting at most ``cap + 1`` (and whether it stopped)."""
        if cap is None:
            return s.scalar(select(func.count()).select_from(query.subquery())), False
        n = s.scalar(select(func.count()).select_from(
            query.with_only_columns(literal_column("1"), maintain_column_froms=True).limit(cap + 1).subquery()))
        return n, n > cap

    def iter_events(self, status=None, **filters) -> Iterator[dict]:
        """Every matching event in id order, fetched in pages (for exports)."""
        last = 0
        while True:
            with self._sessions() as s:
                query = self._event_query(status=status, **filters).where(Event.id > last)
                evs = s.scalars(query.order_by(Event.id).limit(500)).all()
                if not evs:
                    return
                docs, outlets = self._provenance(s, [e.id for e in evs])
                rows = [dict(self.event_row(e, docs[e.id]), outlets=outlets[e.id]) for e in evs]
            yield from rows
            last = rows[-1]["id"]

    def get_event(self, event_id: int) -> dict:
        """An event with ``sources``: every report and sentence it was drawn from."""
        found = self.get_events([event_id])
        if not found:
            raise NotFound(f"no event {event_id}; list events with `conflictwatch events`.")
        return found[0]

    def get_events(self, event_ids: Iterable[int]) -> list[dict]:
        """``get_event`` of each of these events (in the order given; ids not stored are left
        out), in four queries whatever their number (the review queue shows 50)."""
        ids = list(dict.fromkeys(int(i) for i in event_ids))
        if not ids:
            return []
        with self._sessions() as s:
            evs = {ev.id: ev for ev in s.scalars(select(Event).where(Event.id.in_(ids)))}
            ids = [i for i in ids if i in evs]
            docs = self._doc_ids(s, ids)
            sources: dict[int, list[dict]] = {i: [] for i in ids}
            mentions: dict[int, list[dict]] = {i: [] for i in ids}
            for eid, m, r in s.execute(select(EventSource.event_id, Mention, Report)
                                       .join(Mention, EventSource.mention_id == Mention.id)
                                       .join(Report, Report.id == Mention.report_id)
                                       .where(EventSource.event_id.in_(ids))
                                       .order_by(EventSource.event_id, Report.published, Mention.id)):
                base = {"report_id": r.id, "doc_id": r.doc_id, "title": r.title, "url": r.url,
                        "published": r.published.isoformat() if r.published else None, "lang": r.lang,
                        "source": r.source, "mention_id": m.id}
                for e in m.evidence or [{"sentence": None, "start": None, "end": None}]:
                    sources[eid].append(dict(base, sentence=e.get("sentence"), start=e.get("start"), end=e.get("end")))
                mentions[eid].append(dict(self._fields(m), id=m.id, report_id=r.id, doc_id=r.doc_id,
                                          confidence=m.confidence, evidence=m.evidence or []))
            actors: dict[int, list[dict]] = {i: [] for i in ids}
            for l, a in s.execute(select(EventActor, Actor).join(Actor, Actor.id == EventActor.actor_id)
                                  .where(EventActor.event_id.in_(ids)).order_by(EventActor.id)):
                actors[l.event_id].append({"actor_id": a.id, "name": a.name, "kind": a.kind,
                                           "aliases": a.aliases or [], "role": l.role})
            out = []
            for i in ids:
                row = self.event_row(evs[i], docs[i])
                row["sources"], row["mentions"], row["actors_normalised"] = sources[i], mentions[i], actors[i]
                out.append(row)
            return out

    def conflict_row(self, c: Conflict) -> dict:
        d = self._conflict_dict(c)
        d["n_events"] = (c.counters or {}).get("events", 0)
        return d

    def list_conflicts(self, country=None, status=None, q=None, limit: int | None = 50,
                       offset: int = 0, count_cap: int | None = COUNT_CAP) -> "ListPage":
        """Conflicts, most recently active first, and how many match (capped as in ``list_events``)."""
        query = select(Conflict)
        if country:
            query = query.where(func.upper(Conflict.country) == country.upper())
        if status:
            query = query.where(Conflict.status == status)
        if q:
            like = f"%{q.lower()}%"
            query = query.where(or_(func.lower(Conflict.name).like(like), func.lower(Conflict.project).like(like),
                                    func.lower(Conflict.company).like(like), func.lower(Conflict.admin1).like(like)))
        with self._sessions() as s:
            page = query.order_by(Conflict.last_event.desc().nulls_last(), Conflict.id).offset(offset)
            if limit is not None:
                page = page.limit(limit)
            version = self.data_version(s)      # read before the rows (the page's version)
            rows = [self.conflict_row(c) for c in s.scalars(page)]
            n, capped = self._cached_count(s, version, ("conflicts", country, status, q), query, count_cap)
            return ListPage(rows, n, capped, version)

    def get_conflict(self, conflict_id: int, events_limit: int | None = None, events_offset: int = 0) -> dict:
        """A conflict with its ``events`` timeline (date order, oldest first) and counters.

        ``events_limit``: at most this many events, from ``events_offset`` on (None: all of
        them); ``events_count`` says how many it has in all (rejected ones left out)."""
        with self._sessions() as s:
            c = s.get(Conflict, int(conflict_id))
            if c is None:
                raise NotFound(f"no conflict {conflict_id}; list conflicts with `conflictwatch conflicts`.")
            row = self.conflict_row(c)
        if events_limit is None and not events_offset:
            row["events"], row["events_count"] = self.list_events(conflict_id=c.id, limit=None, sort="date")
        else:
            row["events"], row["events_count"] = self.list_events(
                conflict_id=c.id, limit=events_limit, offset=events_offset, sort="date", count_cap=None)
        return row

    def report_row(self, r: Report, n_mentions: int | None = None) -> dict:
        return {"id": r.id, "doc_id": r.doc_id, "title": r.title, "url": r.url,
                "published": r.published.isoformat() if r.published else None, "lang": r.lang,
                "source": r.source, "path": r.path, "status": r.status, "error": r.error,
                "content_hash": r.content_hash, "n_mentions": n_mentions,
                "ingested_at": r.ingested_at.isoformat() if r.ingested_at else None}

    def list_reports(self, limit: int | None = 50, offset: int = 0, status: str | None = None) -> tuple[list[dict], int]:
        query = select(Report)
        if status:
            query = query.where(Report.status == status)
        with self._sessions() as s:
            count = s.scalar(select(func.count()).select_from(query.subquery()))
            page = query.order_by(Report.id.desc()).offset(offset)
            if limit is not None:
                page = page.limit(limit)
            reps = s.scalars(page).all()
            counts = dict(s.execute(select(Mention.report_id, func.count()).where(
                Mention.report_id.in_([r.id for r in reps])).group_by(Mention.report_id)).all())
            return [self.report_row(r, counts.get(r.id, 0)) for r in reps], count

    def get_report(self, report_id: int) -> dict:
        """A report with its ``text`` (title and body, as the offsets count) and ``mentions``."""
        with self._sessions() as s:
            r = s.get(Report, int(report_id))
            if r is None:
                raise NotFound(f"no report {report_id}; list reports with the API's /reports.")
            row = self.report_row(r)
            row["text"] = r.full_text
            row["body"] = r.text
            row["mentions"] = [
                dict(self._fields(m), id=m.id, event_id=eid, confidence=m.confidence, evidence=m.evidence or [])
                for m, eid in s.execute(select(Mention, EventSource.event_id)
                                        .outerjoin(EventSource, EventSource.mention_id == Mention.id)
                                        .where(Mention.report_id == r.id).order_by(Mention.id))]
            row["n_mentions"] = len(row["mentions"])
            return row

    # --- full-text search ------------------------------------------------------------------

    @staticmethod
    def _terms(q: str) -> list[str]:
        return re.findall(r"\w+", q or "")

    def _fts_ids(self, table: str, q: str):
        """A selectable of ids of ``table`` (reports | events) matching the words of ``q``."""
        terms = self._terms(q)
        if not terms:
            return select(literal_column("NULL")).where(text("1=0"))
        if self.dialect == "sqlite":
            match = " ".join('"' + t.replace('"', "") + '"' for t in terms)
            return select(literal_column("rowid")).select_from(text(f"{table}_fts")).where(
                text(f"{table}_fts MATCH :match").bindparams(match=match))
        doc = ("coalesce(title, '') || ' ' || text" if table == "reports" else "search_text")
        model = Report if table == "reports" else Event
        return select(model.id).where(text(f"to_tsvector('simple', {doc}) @@ plainto_tsquery('simple', :q)")
                                      .bindparams(q=" ".join(terms)))

    #: PostgreSQL search: at most this many matches are fetched through the text index and
    #: sorted by date; a word matching more is looked for in date order instead.
    SEARCH_CAP = 5000

    def _search_rows(self, s: Session, model, table: str, q: str, order: list, where: list, limit: int) -> list:
        """The first ``limit`` rows of ``table`` in ``order`` that match the words of ``q``.

        SQLite: FTS5 ids, then the rows. PostgreSQL: the planner guesses how common a word is
        and may scan by date testing every row, which for a word that never occurs reads the
        whole table (seconds at 1M events). So: fetch up to ``SEARCH_CAP`` matches through the
        GIN index only (other scans off, for this transaction) and sort those; a word with more
        matches is common, and a scan in date order meets ``limit`` of them soon."""
        if self.dialect != "postgresql":
            return list(s.scalars(select(model).where(model.id.in_(self._fts_ids(table, q)), *where)
                                  .order_by(*order).limit(limit)))
        terms = self._terms(q)
        if not terms:
            return []
        doc = "coalesce(title, '') || ' ' || text" if table == "reports" else "search_text"
        match = text(f"to_tsvector('simple', {doc}) @@ plainto_tsquery('simple', :q)").bindparams(
            q=" ".join(terms))
        s.execute(text("SET LOCAL enable_seqscan = off"))
        s.execute(text("SET LOCAL enable_indexscan = off"))
        try:
            ids = list(s.scalars(select(model.id).where(match, *where).limit(self.SEARCH_CAP + 1)))
        finally:
            s.execute(text("SET LOCAL enable_seqscan = on"))
            s.execute(text("SET LOCAL enable_indexscan = on"))
        if len(ids) <= self.SEARCH_CAP:
            return list(s.scalars(select(model).where(model.id.in_(ids)).order_by(*order).limit(limit))) if ids else []
        return list(s.scalars(select(model).where(match, *where).order_by(*order).limit(limit)))

    def search(self, q: str, limit: int = 20) -> list[dict]:
        """Reports and events whose text holds every word of ``q`` (accents ignored on SQLite),
        newest first: up to ``limit`` of each."""
        out: list[dict] = []
        with self._sessions() as s:
            for r in self._search_rows(s, Report, "reports", q, [Report.published.desc(), Report.id.desc()],
                                       [], limit):
                out.append({"kind": "report", "id": r.id, "title": r.title or r.doc_id, "doc_id": r.doc_id,
                            "date": r.published.isoformat() if r.published else None,
                            "snippet": self._snippet(r.full_text, q)})
            for e in self._search_rows(s, Event, "events", q, [Event.date.desc().nulls_last(), Event.id.desc()],
                                       [Event.status != "rejected"], limit):
                out.append({"kind": "event", "id": e.id, "type": e.type, "date": e.date,
                            "title": f"{e.type.replace('_', ' ')} {e.location or e.admin1 or e.country or ''}".strip(),
                            "snippet": self._snippet(e.search_text, q)})
        return out[: limit * 2]

    def _snippet(self, body: str, q: str, width: int = 160) -> str:
        body = body or ""
        folded = fold(body)
        pos = -1
        for t in self._terms(q):
            pos = folded.find(fold(t))
            if pos >= 0:
                break
        start = max(0, pos - width // 3) if pos >= 0 else 0
        return ("…" if start else "") + body[start:start + width].replace("\n", " ") + \
            ("…" if start + width < len(body) else "")

    # --- statistics ------------------------------------------------------------------------

    def stats(self) -> dict:
        """Counts: reports, events, conflicts; events by month, type, country and admin1."""
        with self._sessions() as s:
            live = Event.status != "rejected"
            month = func.substr(Event.date, 1, 7)
            def grouped(col):
                return {k: n for k, n in s.execute(select(col, func.count()).where(live).group_by(col)
                                                   .order_by(col)).all() if k is not None}
            return {
                "reports": s.scalar(select(func.count()).select_from(Report)),
                "reports_failed": s.scalar(select(func.count()).select_from(Report).where(Report.status == "failed")),
                "events": s.scalar(select(func.count()).select_from(Event).where(live)),
                "conflicts": s.scalar(select(func.count()).select_from(Conflict)),
                "by_month": grouped(month),
                "by_type": grouped(Event.type),
                "by_country": grouped(Event.country),
                "by_admin1": grouped(Event.admin1),
                "by_status": {k: n for k, n in s.execute(select(Event.status, func.count()).group_by(Event.status))},
            }
