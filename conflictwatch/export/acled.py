"""acled-csv: ACLED's columns, one row per merged event (mapping in docs/exports.md)."""
from __future__ import annotations

import csv
import time
from typing import Iterable, TextIO

from ..link import dates
from .countries import country_info

COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
           "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
           "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
           "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
           "fatalities", "tags", "timestamp")

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
# ACLED inter codes: 1 state forces, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces
STATE_KINDS = {"government", "security_forces", "local_government", "judiciary"}
DEMONSTRATION_TYPES = {"protest", "strike", "blockade", "crackdown"}
# tags that say what our finer type was
TYPE_TAGS = {"strike": "strike", "blockade": "blockade", "state_of_emergency": "state of emergency",
             "deployment": "deployment", "legal_action": "legal action", "negotiation": "negotiation",
             "suspension": "suspension"}


def _inter(kind: str | None, etype: str) -> int:
    if kind in STATE_KINDS:
        return 1
    if etype == "riot":
        return 5
    if etype in DEMONSTRATION_TYPES:
        return 6
    return 7 if kind in (None, "community", "civil_society", "union", "political_party") else 8


def _actors(row: dict, country: str) -> tuple[str, str, int, str, str, int | None]:
    etype = row["type"]
    init = [a for a in row.get("actors") or [] if a.get("role") == "initiator"]
    targ = [a for a in row.get("actors") or [] if a.get("role") == "target"]
    if etype == "crackdown":
        # ACLED codes interventions with the demonstrators as actor1 and the forces as actor2
        forces = [a for a in init if a.get("kind") in STATE_KINDS] or [{"name": f"Police Forces of {country}",
                                                                         "kind": "security_forces"}]
        crowd = [a for a in init + targ if a.get("kind") not in STATE_KINDS] or \
            [{"name": f"Protesters ({country})", "kind": "community"}]
        init, targ = crowd, forces
        return (crowd[0]["name"], "; ".join(a["name"] for a in crowd[1:]), 6,
                forces[0]["name"], "; ".join(a["name"] for a in forces[1:]), 1)
    if not init:
        default = {"riot": f"Rioters ({country})", "state_of_emergency": f"Government of {country}",
                   "deployment": f"Military Forces of {country}", "arrest": f"Police Forces of {country}",
                   "legal_action": f"Government of {country}"}.get(etype, f"Protesters ({country})")
        kind = "government" if etype in ("state_of_emergency", "deployment", "arrest", "legal_action") else "community"
        init = [{"name": default, "kind": kind}]
    a1, i1 = init[0]["name"], _inter(init[0].get("kind"), etype)
    assoc1 = "; ".join(a["name"] for a in init[1:])
    if targ:
        return a1, assoc1, i1, targ[0]["name"], "; ".join(a["name"] for a in targ[1:]), \
            _inter(targ[0].get("kind"), "other")
    return a1, assoc1, i1, "", "", None


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


def acled_row(row: dict, timestamp: int | None = None) -> dict:
    info = country_info(row.get("country"))
    cname = info.get("name") or row.get("country") or ""
    disorder, etype, sub = TYPE_MAP.get(row["type"], ("Strategic developments", "Strategic developments", "Other"))
    if row["type"] == "crackdown" and (row.get("fatalities") or 0) > 0:
        sub = "Excessive force against protesters"
    a1, assoc1, i1, a2, assoc2, i2 = _actors(row, cname)
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
    return {
        "event_id_cnty": f"{info.get('iso3') or row.get('country') or 'XXX'}{row['id']}",
        "event_date": parsed[0].isoformat() if parsed else "",
        "year": parsed[0].year if parsed else "",
        "time_precision": prec,
        "disorder_type": disorder, "event_type": etype, "sub_event_type": sub,
        "actor1": a1, "assoc_actor_1": assoc1, "inter1": i1,
        "actor2": a2, "assoc_actor_2": assoc2, "inter2": i2 if i2 is not None else "",
        "interaction": f"{min(i1, i2)}{max(i1, i2)}" if i2 is not None else f"{i1}0",
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
        "timestamp": timestamp if timestamp is not None else int(time.time()),
    }


def write_acled_csv(rows: Iterable[dict], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    n, now = 0, int(time.time())
    for row in rows:
        writer.writerow(acled_row(row, now))
        n += 1
    return n
