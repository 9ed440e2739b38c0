"""Merging: decide whether a mention tells of an event already stored, and reconcile slots.

A mention (one report's reading, ``records.Event.to_dict()`` plus ``report_id``,
``doc_id``, ``published``) joins an event when all hold (``compatible``):

- same type, and for states of emergency the same action (none = declared);
- same country; admin1 names agree where both give one;
- dates compatible: two days at most ``MAX_DAY_GAP`` apart (``MAX_DURABLE_GAP`` for a
  blockade, strike or deployment in one town, ``MAX_DECREE_GAP`` for one region's state of
  emergency), a month or year that contains the other's day, or overlapping spans (for
  states of emergency the start dates only: a declaration is a point in time, its term does
  not hold later declarations);
- places compatible: the same town (names agree, or coordinates within ``MAX_TOWN_KM``),
  or one of them is a wider area (a region or province) that may hold the other; for talks
  and deals about one project or company, any place in the country (``venue_compatible``);
- no clash of project or company names;
- the event has no mention from the same report yet (the extractor already told those apart),
  unless the mention is the report's second reading of the same event (``same_reading``:
  the same day, or the days of one blockade, strike or deployment in one town).

Among compatible events the closest one wins (``closeness``). ``reconcile`` computes the
merged slots from all of an event's mentions: the most precise date, the most specific
place, the figure of the latest report (every differing figure kept with its source),
the union of actors and issues; a blockade, strike or deployment that one report tells on
several days runs from the first to the last. Fields an analyst locked are never recomputed.
"""
from __future__ import annotations

import math
from collections import Counter
from datetime import date
from typing import Any, Iterable

from ..geo.distance import km
from . import dates
from .confidence import merged_confidence
from .text import actor_key, fold, names_agree, places_overlap

MAX_DAY_GAP = 1        # two day-precise dates further apart than this are two events
MAX_DECREE_GAP = 3     # ... except for one region's state of emergency (see ``max_gap``)
MAX_DURABLE_GAP = 3    # ... and for a blockade, strike or deployment in one town (``max_gap``)
MAX_TOWN_KM = 30.0     # two town-level places further apart than this are two places
#: Events that last: a blockade, a strike, troops deployed hold for days, and reports date one
#: of them by the day it began, the day they saw it, or the day it was broken.
DURABLE_TYPES = frozenset({"blockade", "strike", "deployment"})
#: One report's readings of one durable event in one town this many days apart at most are
#: one event, its start and a later day ("had kept the plant surrounded since last week ...
#: broke through the blockade on Tuesday"). A report that tells two blockades of one town a
#: month apart tells two.
SAME_REPORT_DURABLE_DAYS = 14
#: Events whose place is a venue (the ministry where talks were held, the capital where a deal
#: was signed) that reports often place at the project or mine they are about instead: two
#: readings naming the same project or company meet whatever place each gives.
VENUE_TYPES = frozenset({"negotiation", "agreement"})
NUMERIC_SLOTS = ("participants", "fatalities", "injuries", "arrests")
MERGED_FIELDS = ("action", "date", "date_end", "country", "admin1", "location", "latitude",
                 "longitude", "geo_precision", "actors", "participants", "fatalities", "injuries",
                 "arrests", "issues", "project", "company")


def _action(d: dict) -> str | None:
    if d.get("type") != "state_of_emergency":
        return None
    return d.get("action") or "declared"


def _is_wide(d: dict) -> bool:
    """A place that can hold others: a region or province, several regions (no admin1),
    or no place below admin1."""
    loc = d.get("location")
    if not loc or not d.get("admin1"):
        return True
    if d.get("admin1") and names_agree(loc, d["admin1"], ratio=0.95):
        return True
    return (d.get("geo_precision") or 1) >= 2


def dates_compatible(a: dict, b: dict) -> bool:
    a_full, b_full = a, b
    pa, pb = dates.parse(a.get("date")), dates.parse(b.get("date"))
    if pa is None or pb is None:
        # an undated reading joins only an event at the very same named place
        return bool(a.get("location") and b.get("location")
                    and names_agree(a["location"], b["location"], ratio=0.95))
    if a.get("type") == "state_of_emergency":
        # a declaration is a point in time: its term (date_end) does not hold later declarations
        a, b = {"date": a.get("date")}, {"date": b.get("date")}
    gap = dates.gap_days(a, b)
    if gap is None:
        return False
    if pa[2] == 3 and pb[2] == 3:
        return gap <= max_gap(a_full, b_full)
    return gap == 0


def max_gap(a: dict, b: dict) -> int:
    """Days two day-precise dates of one event may lie apart: ``MAX_DAY_GAP``; for a
    declaration (a state of emergency declared, extended or lifted) in one named region,
    ``MAX_DECREE_GAP``: a government does not declare twice in a region within days, while
    reports date one decree by its signing, its publication or its entry into force; for a
    blockade, strike or deployment in one town, ``MAX_DURABLE_GAP``: it lasts, and reports
    date it by the day it began or the day they saw it."""
    if a.get("type") == "state_of_emergency" and a.get("admin1") and b.get("admin1") \
            and names_agree(a["admin1"], b["admin1"]):
        return MAX_DECREE_GAP
    if a.get("type") in DURABLE_TYPES and same_town(a, b):
        return MAX_DURABLE_GAP
    return MAX_DAY_GAP


def _town(d: dict) -> bool:
    """A place below the region: a named town (geo precision 1) in a named region."""
    return bool(d.get("location") and d.get("admin1")) and (d.get("geo_precision") or 1) == 1


def same_town(a: dict, b: dict) -> bool:
    """Both readings name one town: the same region, and names that agree or coordinates
    within ``MAX_TOWN_KM``. A region, a province or a country is not a town."""
    if not (_town(a) and _town(b) and names_agree(a["admin1"], b["admin1"])):
        return False
    if places_overlap(a["location"], b["location"]):
        return True
    if None not in (a.get("latitude"), a.get("longitude"), b.get("latitude"), b.get("longitude")):
        return km(a["latitude"], a["longitude"], b["latitude"], b["longitude"]) <= MAX_TOWN_KM
    return False


def candidate_days(event_type: str | None) -> int:
    """The widest day gap at which a reading of this type may join an event (the store looks
    for candidates that far around a reading's dates)."""
    return SAME_REPORT_DURABLE_DAYS if event_type in DURABLE_TYPES else max(MAX_DAY_GAP, MAX_DECREE_GAP)


def any_region(event_type: str | None) -> bool:
    """Whether a reading of this type may join an event of another region (``VENUE_TYPES``)."""
    return event_type in VENUE_TYPES


def places_compatible(a: dict, b: dict) -> bool:
    if a.get("country") and b.get("country") and fold(a["country"]) != fold(b["country"]):
        return False
    if a.get("admin1") and b.get("admin1") and not names_agree(a["admin1"], b["admin1"]):
        return False
    if _is_wide(a) or _is_wide(b):
        return True
    if places_overlap(a["location"], b["location"]):
        return True
    if None not in (a.get("latitude"), a.get("longitude"), b.get("latitude"), b.get("longitude")):
        return km(a["latitude"], a["longitude"], b["latitude"], b["longitude"]) <= MAX_TOWN_KM
    return False


def _initiators(d: dict) -> set[str]:
    return {actor_key(a["name"]) for a in d.get("actors") or [] if a.get("role") == "initiator"}


def actors_compatible(a: dict, b: dict) -> bool:
    for slot in ("project", "company"):
        if a.get(slot) and b.get(slot) and not names_agree(a[slot], b[slot]):
            return False
    return True


def same_party(a: dict, b: dict) -> bool:
    """Both name a project or a company, the same, and neither names another."""
    return actors_compatible(a, b) and any(a.get(slot) and b.get(slot) for slot in ("project", "company"))


def venue_compatible(a: dict, b: dict) -> bool:
    """Talks or a deal about one project or company (``VENUE_TYPES``), in one country: the
    place a report gives is the venue or the site, so places need not agree."""
    if a.get("type") not in VENUE_TYPES or not same_party(a, b):
        return False
    return not (a.get("country") and b.get("country") and fold(a["country"]) != fold(b["country"]))


def compatible(mention: dict, event: dict) -> bool:
    """Can this mention be a telling of this (merged or single) event?"""
    if mention.get("type") != event.get("type") or _action(mention) != _action(event):
        return False
    if mention.get("report_id") is not None and mention["report_id"] in (event.get("report_ids") or ()):
        return same_reading(mention, event)
    return (places_compatible(mention, event) or venue_compatible(mention, event)) \
        and dates_compatible(mention, event) and actors_compatible(mention, event)


def same_reading(mention: dict, event: dict) -> bool:
    """A report's second reading of an event it already told (the extractor read one event
    twice): joins when no figure differs, no project or company clashes and either

    - the day is the same, the region is the same and the places are one (same town, or one
      of them the region): the town and then its region; or
    - the event lasts (``DURABLE_TYPES``), both readings are day-precise, in one town
      (``same_town``) and at most ``SAME_REPORT_DURABLE_DAYS`` apart: the day a blockade began
      and the day it was broken.

    A report that tells events of one town on two days tells two events (the riots of Friday
    and of Saturday), and so do events it tells in other towns."""
    if not (mention.get("admin1") and event.get("admin1") and names_agree(mention["admin1"], event["admin1"])):
        return False
    if any(mention.get(k) is not None and event.get(k) is not None and mention[k] != event[k]
           for k in NUMERIC_SLOTS) or not actors_compatible(mention, event):
        return False
    if mention.get("type") in DURABLE_TYPES and same_town(mention, event):
        pa, pb = dates.parse(mention.get("date")), dates.parse(event.get("date"))
        if pa and pb and pa[2] == 3 and pb[2] == 3 and dates.gap_days(mention, event) <= SAME_REPORT_DURABLE_DAYS:
            return True
    if mention.get("date") != event.get("date"):
        return False
    return bool(_is_wide(mention) or _is_wide(event)
                or (mention.get("location") and event.get("location")
                    and places_overlap(mention["location"], event["location"])))


def closeness(mention: dict, event: dict) -> float:
    """Higher is closer; chooses among compatible events."""
    score = 0.0
    if mention.get("date") and mention.get("date") == event.get("date"):
        score += 2.0
    gap = dates.gap_days(mention, event)
    if gap:
        score -= gap
    if mention.get("location") and event.get("location") and places_overlap(mention["location"], event["location"]):
        score += 1.0
    if mention.get("admin1") and event.get("admin1") and names_agree(mention["admin1"], event["admin1"]):
        score += 0.5
    for slot in NUMERIC_SLOTS:
        if mention.get(slot) is not None and mention.get(slot) == event.get(slot):
            score += 0.5
    if _initiators(mention) & _initiators(event):
        score += 0.5
    if set(mention.get("issues") or []) & set(event.get("issues") or []):
        score += 0.25
    for slot in ("project", "company"):
        if mention.get(slot) and event.get(slot):
            score += 0.5
    return score


def best_candidate(mention: dict, events: Iterable[dict]) -> dict | None:
    """The compatible event closest to the mention, or None (the mention starts a new event)."""
    best, best_score = None, -math.inf
    for event in events:
        if event.get("status") == "rejected" or not compatible(mention, event):
            continue
        score = closeness(mention, event)
        if score > best_score:
            best, best_score = event, score
    return best


# --- reconciliation ---------------------------------------------------------------------

def _published(m: dict) -> str:
    p = m.get("published")
    return p.isoformat() if isinstance(p, date) else (p or "")


def _most_common(values: Iterable[Any]) -> Any:
    vals = [v for v in values if v not in (None, "")]
    if not vals:
        return None
    counts = Counter(vals)
    first_seen = {v: i for i, v in reversed(list(enumerate(vals)))}
    return max(counts, key=lambda v: (counts[v], -first_seen[v]))


#: An end date more than this many days after the report was published is not taken: a report
#: tells what happened and what is decreed (a 60-day emergency), not years ahead ("15 years in
#: power" read as a span is an extraction slip that would stretch the event and its conflict).
MAX_END_AFTER_PUBLISHED = 366


def _plausible_end(m: dict) -> bool:
    end, pub = dates.parse(m.get("date_end")), dates.parse(_published(m) or None)
    if not end or not pub:
        return True
    return (end[0] - pub[0]).days <= MAX_END_AFTER_PUBLISHED


def _widen_to_told_days(out: dict, mentions: list[dict]) -> None:
    """A blockade, strike or deployment that one report tells on several days (the day it
    began, the day it was broken) ran from the first of them to the last: the merged event
    covers those days, so that other reports of any of them find it."""
    told: dict[Any, set[str]] = {}
    for m in mentions:
        if dates.precision(m.get("date")) == 3:
            told.setdefault(m.get("report_id", m.get("doc_id")), set()).add(m["date"][:10])
    spans = [(min(days), max(days)) for days in told.values() if len(days) > 1]
    if not spans:
        return
    first, last = min(s[0] for s in spans), max(s[1] for s in spans)
    out["date"] = min(out["date"], first)
    end = dates.parse(out.get("date_end"))
    if end is None or end[1] < dates.parse(last)[0]:
        out["date_end"] = last


def reconcile(mentions: list[dict], locked: Iterable[str] = (), current: dict | None = None) -> dict:
    """Merged slots of one event from its mentions (in the order they were added).

    Returns SCHEMA fields plus ``figures`` ({slot: [{value, report_id, doc_id, published}]}
    for every numeric slot on which the sources differ) and ``confidence``. Fields in
    ``locked`` keep their value from ``current``.
    """
    if not mentions:
        raise ValueError("reconcile needs at least one mention")
    out: dict[str, Any] = {"type": mentions[0]["type"]}
    out["action"] = _most_common(_action(m) for m in mentions) if out["type"] == "state_of_emergency" else None

    # the most precise date; among equally precise ones the most often told, then the earliest
    best_prec = max(dates.precision(m.get("date")) for m in mentions)
    if best_prec:
        cands = [m["date"][:10] for m in mentions if dates.precision(m.get("date")) == best_prec]
        counts = Counter(cands)
        out["date"] = min(counts, key=lambda v: (-counts[v], v))
    else:
        out["date"] = None
    ends = [m["date_end"] for m in mentions if m.get("date_end") and _plausible_end(m)]
    if ends:
        best_end = max(dates.precision(e) for e in ends)
        counts = Counter(e for e in ends if dates.precision(e) == best_end)
        out["date_end"] = max(counts, key=lambda v: (counts[v], v))
    else:
        out["date_end"] = None
    if out["type"] in DURABLE_TYPES and best_prec == 3:
        _widen_to_told_days(out, mentions)

    out["country"] = _most_common(m.get("country") for m in mentions)
    admin1s = [m.get("admin1") for m in mentions if m.get("admin1")]
    out["admin1"] = _most_common(admin1s)

    # the most specific place: a named place below the region, lowest geo_precision first
    def specificity(m: dict) -> tuple:
        if not m.get("location"):
            return (9,)
        wide = _is_wide(m)
        return (1 if wide else 0, m.get("geo_precision") or (3 if wide else 1),
                0 if m.get("latitude") is not None else 1)
    placed = sorted((m for m in mentions if m.get("location")), key=specificity)
    if placed:
        top = specificity(placed[0])
        same = [m for m in placed if specificity(m) == top]
        loc = _most_common(m["location"] for m in same)
        src = next(m for m in same if m["location"] == loc)
        out.update(location=src["location"], latitude=src.get("latitude"), longitude=src.get("longitude"),
                   geo_precision=src.get("geo_precision"))
    else:
        out.update(location=None, latitude=None, longitude=None, geo_precision=None)

    # figures: the latest report's figure (ties: the larger); every differing figure kept
    figures: dict[str, list[dict]] = {}
    for slot in NUMERIC_SLOTS:
        told = [m for m in mentions if m.get(slot) is not None]
        if not told:
            out[slot] = None
            continue
        latest = max(told, key=lambda m: (_published(m), m[slot]))
        out[slot] = latest[slot]
        if len({m[slot] for m in told}) > 1:
            figures[slot] = [{"value": m[slot], "report_id": m.get("report_id"), "doc_id": m.get("doc_id"),
                              "published": _published(m) or None} for m in told]
    out["figures"] = figures

    seen: dict[tuple[str, str], dict] = {}
    for m in mentions:
        for a in m.get("actors") or []:
            key = (actor_key(a["name"]), a.get("role") or "initiator")
            if key[0] and key not in seen:
                seen[key] = {"name": a["name"], "role": a.get("role") or "initiator", "kind": a.get("kind") or "other"}
    out["actors"] = list(seen.values())
    out["issues"] = sorted({i for m in mentions for i in m.get("issues") or []})
    out["project"] = _most_common(m.get("project") for m in mentions)
    out["company"] = _most_common(m.get("company") for m in mentions)

    out["confidence"] = merged_confidence([m.get("confidence") for m in mentions],
                                          len({m.get("report_id") or m.get("doc_id") or id(m) for m in mentions}))

    for name in locked or ():
        if current is not None and name in current:
            out[name] = current[name]
    return out
