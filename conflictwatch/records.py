"""Typed records passed between the pipeline stages.

Report  (ingest/)  ->  Event (extract/, one report's reading of one real event)
        ->  merged events and conflicts (link/, store/).

``Event.to_dict()`` gives the exchange format of SCHEMA.md (plus extra fields).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

EVENT_TYPES: tuple[str, ...] = (
    "protest", "strike", "blockade", "riot", "state_of_emergency", "deployment",
    "crackdown", "arrest", "legal_action", "negotiation", "agreement", "suspension",
)
SOE_ACTIONS: tuple[str, ...] = ("declared", "extended", "lifted")
ACTOR_ROLES: tuple[str, ...] = ("initiator", "target")
ACTOR_KINDS: tuple[str, ...] = (
    "government", "security_forces", "local_government", "company", "union", "community",
    "civil_society", "political_party", "judiciary", "other",
)
ISSUES: tuple[str, ...] = (
    "mining", "water", "environment", "land", "indigenous_rights", "labour", "wages", "prices",
    "fuel", "elections", "corruption", "governance", "education", "health", "security", "other",
)
SUPPORTED_LANGS: tuple[str, ...] = ("en", "es")


@dataclass(slots=True)
class Report:
    """One news report, as read by a reader (ingest/)."""

    doc_id: str
    text: str                      # cleaned main text (title not included)
    title: str | None = None
    published: date | None = None
    lang: str | None = None        # ISO 639-1, None until identified
    source: str | None = None      # outlet or kind of source
    url: str | None = None
    path: str | None = None        # file it came from
    line: int | None = None        # line number in a JSONL file
    html: str | None = None        # raw HTML when the report was a web page
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def full_text(self) -> str:
        """Title and body as the extractor reads them (title first, blank line between)."""
        if self.title and not self.text.startswith(self.title):
            return f"{self.title}\n\n{self.text}"
        return self.text


@dataclass(slots=True, frozen=True)
class Evidence:
    """A sentence that supports an event, with character offsets into Report.full_text."""

    sentence: str
    start: int
    end: int


@dataclass(slots=True, frozen=True)
class Actor:
    name: str
    role: str   # ACTOR_ROLES
    kind: str   # ACTOR_KINDS


@dataclass(slots=True)
class Place:
    """A resolved place (geo/)."""

    name: str
    country: str                   # ISO 3166-1 alpha-2
    admin1: str | None = None      # first-level division, GeoNames name
    latitude: float | None = None
    longitude: float | None = None
    level: str = "town"            # country | admin1 | admin2 | town | feature
    population: int = 0

    @property
    def geo_precision(self) -> int:
        """ACLED-style: 1 town, 2 part of a region, 3 region (or wider)."""
        return {"town": 1, "feature": 1, "admin2": 2, "admin1": 3, "country": 3}.get(self.level, 3)


@dataclass(slots=True)
class Event:
    """One report's reading of one event, in the fields of SCHEMA.md."""

    type: str
    action: str | None = None
    date: str | None = None        # YYYY-MM-DD | YYYY-MM | YYYY
    date_end: str | None = None
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    actors: list[Actor] = field(default_factory=list)
    participants: int | None = None
    fatalities: int | None = None
    injuries: int | None = None
    arrests: int | None = None
    issues: list[str] = field(default_factory=list)
    project: str | None = None
    company: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.5
    doc_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["actors"] = [asdict(a) for a in self.actors]
        d["evidence"] = [asdict(e) for e in self.evidence]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Event":
        known = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        known["actors"] = [Actor(**a) for a in d.get("actors") or []]
        known["evidence"] = [Evidence(**e) for e in d.get("evidence") or []]
        known["issues"] = list(d.get("issues") or [])
        return cls(**known)


@dataclass(slots=True)
class ExtractionResult:
    """What extraction gives for one report."""

    report: Report
    events: list[Event]

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.report.doc_id, "lang": self.report.lang,
                "published": self.report.published.isoformat() if self.report.published else None,
                "title": self.report.title,
                "events": [e.to_dict() for e in self.events]}
