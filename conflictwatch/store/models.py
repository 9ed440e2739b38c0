"""SQLAlchemy 2 table models of the store.

reports --< mentions (one extraction of one report, with evidence offsets)
mentions >-- event_sources --< events (merged) >-- conflicts
events --< event_actors >-- actors (normalised, with aliases);  events >-- places
audit_log: who did what to which object, with the JSON before and after.

The schema is created by the Alembic migrations in ``migrations/versions`` (never by
``create_all``), so SQLite's FTS5 tables and PostgreSQL's text-search indexes come with it.
"""
from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import (JSON, Date, DateTime, Float, ForeignKey, Index, Integer, MetaData,
                        String, Text, UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

EVENT_STATUSES: tuple[str, ...] = ("new", "confirmed", "corrected", "rejected")
REPORT_STATUSES: tuple[str, ...] = ("extracted", "failed")
CONFLICT_STATUSES: tuple[str, ...] = ("active", "latent")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Report(Base):
    __tablename__ = "reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(300), index=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    url: Mapped[str | None] = mapped_column(String(2000), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date, index=True)
    lang: Mapped[str | None] = mapped_column(String(8))
    source: Mapped[str | None] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)            # cleaned main text, title not included
    path: Mapped[str | None] = mapped_column(String(2000))
    status: Mapped[str] = mapped_column(String(16), default="extracted")  # REPORT_STATUSES
    error: Mapped[dict[str, Any] | None] = mapped_column(JSON)           # {code, message} when failed
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    mentions: Mapped[list[Mention]] = relationship(back_populates="report")

    @property
    def full_text(self) -> str:
        """Title and text as the extractor read them (evidence offsets point into this)."""
        if self.title and not self.text.startswith(self.title):
            return f"{self.title}\n\n{self.text}"
        return self.text


class Mention(Base):
    """One report's reading of one event (a ``records.Event`` as extracted)."""

    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(32), index=True)
    action: Mapped[str | None] = mapped_column(String(16))
    date: Mapped[str | None] = mapped_column(String(10))
    date_end: Mapped[str | None] = mapped_column(String(10))
    country: Mapped[str | None] = mapped_column(String(2))
    admin1: Mapped[str | None] = mapped_column(String(200))
    location: Mapped[str | None] = mapped_column(String(300))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    actors: Mapped[list[Any]] = mapped_column(JSON, default=list)
    participants: Mapped[int | None] = mapped_column(Integer)
    fatalities: Mapped[int | None] = mapped_column(Integer)
    injuries: Mapped[int | None] = mapped_column(Integer)
    arrests: Mapped[int | None] = mapped_column(Integer)
    issues: Mapped[list[Any]] = mapped_column(JSON, default=list)
    project: Mapped[str | None] = mapped_column(String(200))
    company: Mapped[str | None] = mapped_column(String(200))
    evidence: Mapped[list[Any]] = mapped_column(JSON, default=list)  # [{sentence, start, end}]
    confidence: Mapped[float] = mapped_column(Float, default=0.5)

    report: Mapped[Report] = relationship(back_populates="mentions")
    link: Mapped[EventSource | None] = relationship(back_populates="mention", uselist=False)


class Place(Base):
    __tablename__ = "places"
    __table_args__ = (UniqueConstraint("country", "admin1", "name", name="uq_places_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    country: Mapped[str] = mapped_column(String(2), default="")
    admin1: Mapped[str] = mapped_column(String(200), default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[int | None] = mapped_column(Integer)


class Conflict(Base):
    __tablename__ = "conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(400))
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    admin1: Mapped[str | None] = mapped_column(String(200))
    issues: Mapped[list[Any]] = mapped_column(JSON, default=list)
    project: Mapped[str | None] = mapped_column(String(200))
    company: Mapped[str | None] = mapped_column(String(200))
    first_event: Mapped[str | None] = mapped_column(String(10))
    last_event: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(16), default="active")  # CONFLICT_STATUSES
    counters: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # additive parts of the summary, updated per event (link.conflicts.contribution); None = rebuild
    tallies: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    events: Mapped[list[Event]] = relationship(back_populates="conflict")


class Event(Base):
    """A merged event: one real event, drawn from one or more mentions."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(32), index=True)
    action: Mapped[str | None] = mapped_column(String(16))
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    date_end: Mapped[str | None] = mapped_column(String(10))
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    admin1: Mapped[str | None] = mapped_column(String(200), index=True)
    location: Mapped[str | None] = mapped_column(String(300))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id", ondelete="SET NULL"))
    actors: Mapped[list[Any]] = mapped_column(JSON, default=list)  # merged [{name, role, kind}]; normalised in event_actors
    participants: Mapped[int | None] = mapped_column(Integer)
    fatalities: Mapped[int | None] = mapped_column(Integer)
    injuries: Mapped[int | None] = mapped_column(Integer)
    arrests: Mapped[int | None] = mapped_column(Integer)
    issues: Mapped[list[Any]] = mapped_column(JSON, default=list)
    project: Mapped[str | None] = mapped_column(String(200))
    company: Mapped[str | None] = mapped_column(String(200))
    figures: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # differing figures, each with its source
    confidence: Mapped[float] = mapped_column(Float, default=0.5)
    status: Mapped[str] = mapped_column(String(16), default="new", index=True)  # EVENT_STATUSES
    locked_fields: Mapped[list[Any]] = mapped_column(JSON, default=list)  # analyst-corrected: never overwritten
    n_sources: Mapped[int] = mapped_column(Integer, default=0)
    conflict_id: Mapped[int | None] = mapped_column(ForeignKey("conflicts.id", ondelete="SET NULL"), index=True)
    search_text: Mapped[str] = mapped_column(Text, default="")  # what full-text search indexes
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    conflict: Mapped[Conflict | None] = relationship(back_populates="events")
    place: Mapped[Place | None] = relationship()
    sources: Mapped[list[EventSource]] = relationship(back_populates="event", cascade="all, delete-orphan")
    actor_links: Mapped[list[EventActor]] = relationship(back_populates="event", cascade="all, delete-orphan")


class EventSource(Base):
    """Links a merged event to a mention (and so to the report it came from)."""

    __tablename__ = "event_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    mention_id: Mapped[int] = mapped_column(ForeignKey("mentions.id", ondelete="CASCADE"), unique=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)

    event: Mapped[Event] = relationship(back_populates="sources")
    mention: Mapped[Mention] = relationship(back_populates="link")
    report: Mapped[Report] = relationship()


class Actor(Base):
    __tablename__ = "actors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)  # normalised name (link.actors.actor_key)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str | None] = mapped_column(String(32))
    aliases: Mapped[list[Any]] = mapped_column(JSON, default=list)


class EventActor(Base):
    __tablename__ = "event_actors"
    __table_args__ = (UniqueConstraint("event_id", "actor_id", "role", name="uq_event_actors_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(16))

    event: Mapped[Event] = relationship(back_populates="actor_links")
    actor: Mapped[Actor] = relationship()


class AuditLog(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    who: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    action: Mapped[str] = mapped_column(String(64))
    object_type: Mapped[str] = mapped_column(String(32))
    object_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class LoginSession(Base):
    """A logged-in analyst's session (api/security.LiveSessions): kept in the database so
    that every server process (``serve --workers N``) knows it, and a logout ends it in all."""
    __tablename__ = "login_sessions"

    sid: Mapped[str] = mapped_column(String(64), primary_key=True)
    who: Mapped[str] = mapped_column(String(200))
    expires_at: Mapped[float] = mapped_column(Float, index=True)   # Unix time


class LoginFailure(Base):
    """A failed login (api/security.LoginGuard), per client address (``kind`` "ip") and per
    account name ("user"): in the database, so that the lockout counts the failures of every
    server process together."""
    __tablename__ = "login_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    who: Mapped[str] = mapped_column(String(200))
    at: Mapped[float] = mapped_column(Float)      # Unix time


Index("ix_login_failures_key", LoginFailure.kind, LoginFailure.who, LoginFailure.at)
Index("ix_audit_log_object", AuditLog.object_type, AuditLog.object_id)
Index("ix_events_conflict_type", Event.conflict_id, Event.type)
