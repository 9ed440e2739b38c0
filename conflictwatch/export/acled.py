"""acled-csv: ACLED's columns, one row per merged event (mapping in docs/exports.md).

``inter="text"`` (default) writes ``inter1``/``inter2``/``interaction`` as the labels of
current ACLED exports ("Protesters", "State forces-Protesters", "Protesters only");
``inter="numeric"`` writes the codes of older exports (6, 16, 60). ``spans="first"``
(default) writes one row per event on its first day (the span in ``notes`` and ``tags``);
``spans="daily"`` writes one row per day of a span, as ACLED codes multi-day events.
"""
from __future__ import annotations

import csv
from datetime import date, datetime, timedelta, timezone
from typing import Iterable, TextIO

from ..errors import BadExportFormat
from ..link import dates
from ..link.actors import NormalActor, generic_actor, normalise_actor
from .countries import country_info

COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
           "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
           "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
           "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
           "fatalities", "tags", "timestamp")
INTER_MODES = ("text", "numeric")
SPAN_MODES = ("first", "daily")
MAX_DAILY_ROWS = 366   # a longer span is written as its first day (and the span in notes)

# our type -> (disorder_type, event_type, sub_event_type)
TYPE_MAP: dict[str, tuple[str, str, str]] = {
    "protest": ("Demonstrations", "Protests", "Peaceful protest"),
    "strike": ("Demonstrations", "Protests", "Peaceful protest"),
    "blockade": ("Demonstrations", "Protests", "Peaceful protest"),
    "riot": ("Demonstrations", "Riots", "Violent demonstration"),
    "crackdown": ("Demonstrations", "Protests", "Protest with intervention"),
    "state_of_emergency": ("Strategic developments", "Strategic developments", "Other"),
    "deployment": ("Strategic developments", "Strategic developments", "Other"),
    "arrest": ("Strategic developments", "Strategic developments", "Arrests"),
    "legal_action": ("Strategic developments", "Strategic developments", "Other"),
    "negotiation": ("Strategic developments", "Strategic developments", "Other"),
    "agreement": ("Strategic developments", "Strategic developments", "Agreement"),
    "suspension": ("Strategic developments", "Strategic developments", "Change to group/activity"),
}
# ACLED's inter codes and the labels of current exports
INTER_CODES = {"state": 1, "rebels": 2, "political_militia": 3, "identity_militia": 4, "rioters": 5,
               "protesters": 6, "civilians": 7, "external": 8}
INTER_LABELS = {"state": "State forces", "rebels": "Rebel group", "political_militia": "Political militia",
                "identity_militia": "Identity militia", "rioters": "Rioters", "protesters": "Protesters",
                "civilians": "Civilians", "external": "External/Other forces"}
DEMONSTRATION_TYPES = {"protest", "strike", "blockade", "crackdown"}
# who acts when the report names no initiator
DEFAULT_GROUP = {"riot": "rioters", "state_of_emergency": "government", "deployment": "military",
                 "arrest": "police", "legal_action": "government", "crackdown": "police"}
# tags that say what our finer type was
TYPE_TAGS = {"strike": "strike", "blockade": "blockade", "state_of_emergency": "state of emergency",
             "deployment": "deployment", "legal_action": "legal action", "negotiation": "negotiation",
             "suspension": "suspension"}


def _in_event(a: NormalActor, etype: str) -> tuple[str, str, str]:
    """(ACLED name, associated actor, inter group) of an actor in an event of type ``etype``."""
    name, assoc, inter = a.acled_name, a.acled_assoc, a.inter
    if inter in ("protesters", "rioters"):
        if etype == "riot":
            # the crowd groups are all named "Protesters (<country>)" (link/data/actor_groups.yaml)
            name, inter = name.replace("Protesters", "Rioters", 1), "rioters"
        elif etype not in DEMONSTRATION_TYPES:
            # outside a demonstration the crowd is civilians, named for who they are
            name, assoc, inter = (assoc or name.replace("Protesters", "Civilians")), "", "civilians"
    return name, assoc, inter


def _side(actors: list[dict], etype: str, country: str | None, when: str | None) -> list[tuple[str, str, str]]:
    return [_in_event(normalise_actor(a.get("name"), a.get("kind"), country, when), etype) for a in actors]


def _join(names: Iterable[str]) -> str:
    seen: list[str] = []
    for n in names:
        if n and n not in seen:
            seen.append(n)
    return "; ".join(seen)


def _pair(side: list[tuple[str, str, str]]) -> tuple[str, str, str]:
    """(actor, associated actors, inter group) of one side: the first actor names the side."""
    first = side[0]
    assoc = _join([first[1]] + [x for n, a, _ in side[1:] for x in (n, a) if n != first[0]] +
                  [a for n, a, _ in side[1:] if n == first[0]])
    return first[0], assoc, first[2]


def acled_actors(row: dict) -> tuple[str, str, str, str, str, str | None]:
    """(actor1, assoc_actor_1, inter group 1, actor2, assoc_actor_2, inter group 2 or None)."""
    etype, country, when = row["type"], row.get("country"), row.get("date")
    init = [a for a in row.get("actors") or [] if a.get("role") == "initiator"]
    targ = [a for a in row.get("actors") or [] if a.get("role") == "target"]
    if etype == "crackdown":
        # ACLED codes an intervention with the demonstrators as actor1 and the forces as actor2
        everyone = _side(init + targ, "protest", country, when)
        forces = [x for x in everyone if x[2] == "state"] or \
            [_in_event(generic_actor("police", country, when), etype)]
        crowd = [x for x in everyone if x[2] != "state"] or \
            [_in_event(generic_actor("protesters", country, when), "protest")]
        a1, s1, i1 = _pair(crowd)
        a2, s2, i2 = _pair(forces)
        return a1, s1, i1, a2, s2, i2
    first = _side(init, etype, country, when) or \
        [_in_event(generic_actor(DEFAULT_GROUP.get(etype, "protesters"), country, when), etype)]
    a1, s1, i1 = _pair(first)
    second = _side(targ, etype, country, when)
    if not second:
        return a1, s1, i1, "", "", None
    a2, s2, i2 = _pair(second)
    return a1, s1, i1, a2, s2, i2


def _inter_values(i1: str, i2: str | None, mode: str) -> tuple[object, object, str]:
    c1, c2 = INTER_CODES[i1], INTER_CODES[i2] if i2 else 0
    if mode == "numeric":
        return c1, c2, f"{min(c1, c2)}{max(c1, c2)}" if c2 else f"{c1}0"
    if not i2:
        return INTER_LABELS[i1], 0, f"{INTER_LABELS[i1]} only"
    low, high = sorted((i1, i2), key=INTER_CODES.get)
    return INTER_LABELS[i1], INTER_LABELS[i2], f"{INTER_LABELS[low]}-{INTER_LABELS[high]}"


def _notes(row: dict) -> str:
    what = row["type"].replace("_", " ")
    if row.get("action"):
        what += f" ({row['action']})"
    where = ", ".join(x for x in (row.get("location"), row.get("admin1")) if x) or row.get("country") or "unknown place"
    bits = [f"On {row.get('date') or 'an unknown date'}, {what} in {where}"
            + (f" until {row['date_end']}" if row.get("date_end") else "") + "."]
    for slot in ("participants", "injuries", "arrests"):
        if row.get(slot) is not None:
            bits.append(f"{slot}: {row[slot]}.")
    if row.get("project") or row.get("company"):
        bits.append("Project/company: " + " / ".join(x for x in (row.get("project"), row.get("company")) if x) + ".")
    if row.get("issues"):
        bits.append("Issues: " + ", ".join(row["issues"]) + ".")
    bits.append(f"[{row.get('n_sources') or len(row.get('doc_ids') or [])} report(s)]")
    return " ".join(bits)


def modified_timestamp(row: dict) -> int | str:
    """The event's last modification as Unix seconds ('' when the row carries none)."""
    when = row.get("updated_at")
    if not when:
        return ""
    if isinstance(when, str):
        when = datetime.fromisoformat(when)
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return int(when.timestamp())


def acled_row(row: dict, timestamp: int | None = None, inter: str = "text") -> dict:
    """One event as an ACLED row. ``timestamp`` overrides the event's own ``updated_at``."""
    info = country_info(row.get("country"))
    cname = (info.get("name") or row.get("country") or "").strip()
    disorder, etype, sub = TYPE_MAP.get(row["type"], ("Strategic developments", "Strategic developments", "Other"))
    if row["type"] == "crackdown" and (row.get("fatalities") or 0) > 0:
        sub = "Excessive force against protesters"
    a1, assoc1, g1, a2, assoc2, g2 = acled_actors(row)
    i1, i2, interaction = _inter_values(g1, g2, inter)
    parsed = dates.parse(row.get("date"))
    prec = {3: 1, 2: 3, 1: 3}.get(parsed[2], 3) if parsed else 3
    tags = []
    if row["type"] in TYPE_TAGS:
        tag = TYPE_TAGS[row["type"]]
        if row.get("action"):
            tag += f" {row['action']}"
        tags.append(tag)
    if row["type"] in DEMONSTRATION_TYPES | {"riot"}:
        tags.append(f"crowd size={row['participants']}" if row.get("participants") else "crowd size=no report")
    if row.get("date_end"):
        tags.append(f"span={row.get('date')}/{row['date_end']}")
    return {
        "event_id_cnty": f"{info.get('iso3') or row.get('country') or 'XXX'}{row['id']}",
        "event_date": parsed[0].isoformat() if parsed else "",
        "year": parsed[0].year if parsed else "",
        "time_precision": prec,
        "disorder_type": disorder, "event_type": etype, "sub_event_type": sub,
        "actor1": a1, "assoc_actor_1": assoc1, "inter1": i1,
        "actor2": a2, "assoc_actor_2": assoc2, "inter2": i2,
        "interaction": interaction,
        "civilian_targeting": "",
        "iso": info.get("numeric", ""), "region": info.get("region", ""), "country": cname,
        "admin1": row.get("admin1") or "", "admin2": "", "admin3": "",
        "location": row.get("location") or row.get("admin1") or cname,
        "latitude": row.get("latitude") if row.get("latitude") is not None else "",
        "longitude": row.get("longitude") if row.get("longitude") is not None else "",
        "geo_precision": row.get("geo_precision") or (2 if row.get("admin1") else 3),
        "source": "; ".join(row.get("outlets") or row.get("doc_ids") or []),
        "source_scale": "Other",
        "notes": _notes(row),
        "fatalities": row.get("fatalities") or 0,
        "tags": "; ".join(tags),
        "timestamp": timestamp if timestamp is not None else modified_timestamp(row),
    }


def _days(row: dict) -> list[date]:
    """The days of a day-precise span (first to last), [] when it is not one or too long."""
    start, end = dates.parse(row.get("date")), dates.parse(row.get("date_end"))
    if not start or not end or start[2] != 3 or end[2] != 3 or end[0] <= start[0]:
        return []
    n = (end[0] - start[0]).days + 1
    return [start[0] + timedelta(days=i) for i in range(n)] if n <= MAX_DAILY_ROWS else []


def acled_rows(row: dict, inter: str = "text", spans: str = "first") -> list[dict]:
    """The ACLED rows of one event: one, or one per day of its span with ``spans="daily"``
    (ids ``PER42-1``, ``PER42-2``…; fatalities on the first day only, so totals add up)."""
    first = acled_row(row, inter=inter)
    days = _days(row) if spans == "daily" else []
    if not days:
        return [first]
    out = []
    for i, day in enumerate(days, 1):
        out.append(dict(first, event_id_cnty=f"{first['event_id_cnty']}-{i}", event_date=day.isoformat(),
                        year=day.year, fatalities=first["fatalities"] if i == 1 else 0))
    return out


def write_acled_csv(rows: Iterable[dict], out: TextIO, inter: str = "text", spans: str = "first") -> int:
    """Write ACLED CSV; returns the number of events written (rows may be more with daily spans)."""
    if inter not in INTER_MODES:
        raise BadExportFormat(f"ACLED inter must be one of {', '.join(INTER_MODES)}, not {inter!r}; "
                              "give --acled-inter text or --acled-inter numeric.")
    if spans not in SPAN_MODES:
        raise BadExportFormat(f"ACLED spans must be one of {', '.join(SPAN_MODES)}, not {spans!r}; "
                              "give --acled-spans first or --acled-spans daily.")
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerows(acled_rows(row, inter, spans))
        n += 1
    return n
