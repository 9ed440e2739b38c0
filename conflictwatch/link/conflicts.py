"""Grouping events into conflicts, and a conflict's summary (name, span, status, counters).

An event joins a conflict of its country when (``conflict_matches``, strongest first):

1. both name a project and the names agree (all Conga events, wherever told);
2. both name a company and their regions agree (or one has none); a conflict names a company
   only when at least ``COMPANY_SHARE`` of its events name it;
3. otherwise both lie in the same region (or are both national), share an issue (or one of
   them names none: an event whose issue the extractor did not find says nothing against a
   conflict) and the event falls within ``WINDOW_DAYS`` of the conflict's span.

A conflict is *active* while its last event is within ``ACTIVE_DAYS`` of the newest event
in the database, else *latent*.
"""
from __future__ import annotations

from datetime import date
from typing import Iterable

from . import dates
from .text import fold, names_agree

WINDOW_DAYS = 180
ACTIVE_DAYS = 90
SOE_DEFAULT_DAYS = 1   # a declaration with no stated end counts its own day only


def _country(e: dict) -> str:
    return fold(e.get("country"))


def _same_region(event: dict, conflict: dict) -> bool | None:
    """True: the event lies in one of the conflict's regions (or neither names one); False:
    in another region; None: one of them is national (no region)."""
    ea1 = event.get("admin1")
    regions = conflict.get("admin1s") or ([conflict["admin1"]] if conflict.get("admin1") else [])
    if not ea1 and not regions:
        return True
    if ea1 and regions:
        return any(names_agree(ea1, r) for r in regions)
    return None


def conflict_matches(event: dict, conflict: dict) -> int:
    """How strongly the event belongs to the conflict: 3 project, 2 company, 1 place+issue, 0 not.

    A conflict holds every region its events lie in (``admin1s``), so a conflict that a
    report has shown to span regions (``report_ties``) takes later events of any of them.
    A national event (no region) and a regional conflict, or the reverse, meet only on a
    shared issue."""
    if _country(event) != _country(conflict):
        return 0
    ep, cp = event.get("project"), conflict.get("project")
    if ep and cp:
        return 3 if names_agree(ep, cp) else 0
    region = _same_region(event, conflict)
    ec, cc = event.get("company"), conflict.get("company")
    if ec and cc:
        if not names_agree(ec, cc):
            return 0
        if region is not False:
            return 2
    if region is False:
        return 0
    ei, ci = set(event.get("issues") or []), set(conflict.get("issues") or [])
    if ei and ci and not (ei & ci):
        return 0
    if region is None and not (ei & ci):
        return 0
    span = dates.interval({"date": conflict.get("first_event"), "date_end": conflict.get("last_event")})
    mine = dates.interval(event)
    if span and mine:
        if mine[0] > dates.shift(span[1], WINDOW_DAYS) or mine[1] < dates.shift(span[0], -WINDOW_DAYS):
            return 0
    return 1


TIE_DAYS = 30   # two events of one report with no shared issue still tie within this many days


def report_ties(a: dict, b: dict) -> bool:
    """Whether two events told by one report belong to one conflict: a report tells of one
    conflict, across regions and years ("the 2009 massacre", "protests spread to Ayacucho"),
    unless the two events name different projects or companies, or share no issue and lie
    more than ``TIE_DAYS`` apart."""
    if _country(a) != _country(b) or not _country(a):
        return False
    for slot in ("project", "company"):
        if a.get(slot) and b.get(slot) and not names_agree(a[slot], b[slot]):
            return False
    ia, ib = set(a.get("issues") or []), set(b.get("issues") or [])
    if not ia or not ib or ia & ib:
        return True
    gap = dates.gap_days(a, b)
    return gap is not None and gap <= TIE_DAYS


def conflicts_clash(a: dict, b: dict) -> bool:
    """Two conflicts that must stay apart whatever a report says: other countries, or
    different projects or companies."""
    if _country(a) != _country(b):
        return True
    return any(a.get(slot) and b.get(slot) and not names_agree(a[slot], b[slot]) for slot in ("project", "company"))


def best_conflict(event: dict, conflicts: Iterable[dict]) -> dict | None:
    best, best_key = None, None
    mine = dates.interval(event)
    for c in conflicts:
        strength = conflict_matches(event, c)
        if not strength:
            continue
        span = dates.interval({"date": c.get("first_event"), "date_end": c.get("last_event")})
        gap = 0
        if span and mine:
            gap = max(0, (mine[0] - span[1]).days, (span[0] - mine[1]).days)
        key = (strength, -gap, -(c.get("id") or 0))
        if best_key is None or key > best_key:
            best, best_key = c, key
    return best


ISSUE_NAMES = {"indigenous_rights": "indigenous rights"}


def conflict_name(project: str | None, company: str | None, admin1: str | None, country: str | None,
                  issues: list[str]) -> str:
    where = admin1 or country or "unknown place"
    if project:
        return f"{project} ({where})"
    if company:
        return f"{company} ({where})"
    what = ", ".join(ISSUE_NAMES.get(i, i) for i in issues[:3]) or "unrest"
    return f"{where}: {what}"


def soe_days(events: list[dict]) -> int:
    """Days under a state of emergency: the union of declared/extended spans, each ending at
    its date_end, else at the next lifting, else on its own day."""
    soe = [e for e in events if e.get("type") == "state_of_emergency"]
    lifts = sorted(dates.parse(e["date"])[0] for e in soe
                   if (e.get("action") == "lifted") and dates.parse(e.get("date")))
    spans: list[tuple[date, date]] = []
    for e in soe:
        if (e.get("action") or "declared") == "lifted":
            continue
        start = dates.parse(e.get("date"))
        if not start or start[2] < 3:
            continue
        first = start[0]
        end = dates.parse(e.get("date_end"))
        if end and end[1] >= first:
            last = end[1]
        else:
            later = [d for d in lifts if d >= first]
            last = later[0] if later else dates.shift(first, SOE_DEFAULT_DAYS - 1)
        spans.append((first, last))
    spans.sort()
    total, cur = 0, None
    for first, last in spans:
        if cur and first <= dates.shift(cur[1], 1):
            cur = (cur[0], max(cur[1], last))
        else:
            if cur:
                total += (cur[1] - cur[0]).days + 1
            cur = (first, last)
    if cur:
        total += (cur[1] - cur[0]).days + 1
    return total


def arrests_total(events: list[dict]) -> int:
    """People detained: every ``arrest`` event's number, plus the arrests of other events
    (a clash's) with no ``arrest`` event within a day of them, which would tell the same
    detentions (SCHEMA rule 4b codes both)."""
    arrest_days = [dates.interval(e) for e in events if e.get("type") == "arrest" and e.get("arrests")]
    total = sum(e.get("arrests") or 0 for e in events if e.get("type") == "arrest")
    for e in events:
        if e.get("type") == "arrest" or not e.get("arrests"):
            continue
        mine = dates.interval(e, slack_days=1)
        if mine and any(d and d[0] <= mine[1] and mine[0] <= d[1] for d in arrest_days):
            continue
        total += e["arrests"]
    return total


# --- summaries ------------------------------------------------------------------------
# A conflict's summary is computed from *tallies*: per-event contributions that add and
# subtract (counts of each country, region, project, company, issue, type and date, sums of
# victims). The store keeps a conflict's tallies and applies one event's change as
# ``add_tally(t, contribution(new))`` / ``add_tally(t, contribution(old), -1)``, so keeping
# a conflict current costs the same at its 10th event as at its 10,000th. Detentions and
# days under emergency are not additive (they look at neighbouring events) and are computed
# from the few events that carry them (``arrests_total``, ``soe_days``).

TALLY_KEYS = ("country", "admin1", "project", "company", "issues", "types")


def contribution(e: dict) -> dict:
    """What one event adds to its conflict's tallies (nothing when rejected)."""
    if e.get("status") == "rejected":
        return {"n": 0}
    t: dict = {"n": 1, "fatalities": e.get("fatalities") or 0, "injuries": e.get("injuries") or 0}
    for key in ("country", "admin1", "project", "company"):
        if e.get(key):
            t[key] = {e[key]: 1}
    if e.get("issues"):
        t["issues"] = {i: 1 for i in set(e["issues"])}
    if e.get("type"):
        t["types"] = {e["type"]: 1}
    return t


def add_tally(total: dict, part: dict, sign: int = 1) -> dict:
    """``total`` + sign * ``part`` (in place; keys whose count falls to 0 are dropped)."""
    for key in ("n", "fatalities", "injuries"):
        total[key] = total.get(key, 0) + sign * part.get(key, 0)
    for key in TALLY_KEYS:
        if key not in part:
            continue
        bag = total.setdefault(key, {})
        for value, n in part[key].items():
            left = bag.get(value, 0) + sign * n
            if left > 0:
                bag[value] = left
            else:
                bag.pop(value, None)
    return total


def tally_events(events: Iterable[dict]) -> dict:
    total: dict = {"n": 0, "fatalities": 0, "injuries": 0}
    for e in events:
        add_tally(total, contribution(e))
    return total


def _top(bag: dict | None):
    """The most frequent value; ties go to the alphabetically first (so the result does not
    depend on the order events arrived in)."""
    if not bag:
        return None
    return min(bag, key=lambda v: (-bag[v], str(v)))


def span(events: Iterable[dict]) -> tuple[str | None, str | None]:
    """(first_event, last_event): the earliest date and the latest date or date_end."""
    dated = [e for e in events if e.get("date") and e.get("status") != "rejected"]
    if not dated:
        return None, None
    return min(e["date"] for e in dated), max(e.get("date_end") or e["date"] for e in dated)


#: A company is what a conflict is about (its name, and what keeps it apart from other
#: companies' conflicts) only when at least this share of its events name it: a company that
#: one report names beside the conflict (the metro operator whose stations burned, a firm an
#: analysis mentions) does not become the conflict's identity.
COMPANY_SHARE = 0.5


def _identity_company(t: dict):
    company = _top(t.get("company"))
    if company is None or t["company"][company] < COMPANY_SHARE * t.get("n", 0):
        return None
    return company


def summary_from_tallies(t: dict, first: str | None, last: str | None, arrests: int = 0, soe: int = 0,
                         newest: str | None = None) -> dict:
    """A conflict's fields (as ``summarise_conflict``) from its tallies and span."""
    issues = sorted(t.get("issues") or {}, key=lambda i: (-t["issues"][i], i))
    out = {
        "country": _top(t.get("country")),
        "admin1": _top(t.get("admin1")),
        "project": _top(t.get("project")),
        "company": _identity_company(t),
        "issues": issues,
        "first_event": first,
        "last_event": last,
        "admin1s": sorted(t.get("admin1") or {}),
    }
    out["name"] = conflict_name(out["project"], out["company"], out["admin1"], out["country"], issues)
    out["status"] = conflict_status(out["last_event"], newest)
    out["counters"] = {
        "events": t.get("n", 0),
        "events_by_type": dict(sorted((t.get("types") or {}).items())),
        "fatalities": t.get("fatalities", 0),
        "injuries": t.get("injuries", 0),
        "arrests": arrests,
        "soe_days": soe,
    }
    return out


def counts_arrests_or_soe(e: dict | None) -> bool:
    """Whether the event takes part in the non-additive counters (detentions, emergency days)."""
    return bool(e) and (e.get("type") in ("arrest", "state_of_emergency") or bool(e.get("arrests")))


def summarise_conflict(events: list[dict], newest: str | None = None) -> dict:
    """Name, place, issues, span, status and counters of a conflict from its (non-rejected) events."""
    live = [e for e in events if e.get("status") != "rejected"]
    out = summary_from_tallies(tally_events(live), *span(live), arrests_total(live), soe_days(live), newest)
    out["tallies"] = tally_events(live)
    return out


def conflict_status(last_event: str | None, newest: str | None) -> str:
    """active while events keep coming (last within ACTIVE_DAYS of the newest event), else latent."""
    last, ref = dates.parse(last_event), dates.parse(newest)
    if not last:
        return "latent"
    if not ref:
        return "active"
    return "active" if last[1] >= dates.shift(ref[1], -ACTIVE_DAYS) else "latent"
