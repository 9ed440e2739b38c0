"""plover-jsonl: one PLOVER event a line, in the field names of the PLOVER manual (draft 0.8,
"Data Fields"), valid against ``data/plover.schema.json`` (mapping in docs/exports.md)."""
from __future__ import annotations

import json
from typing import Iterable, TextIO

from ..link import dates
from ..link.actors import NormalActor, generic_actor, normalise_actor
from .countries import iso3

CODER = "conflictwatch"
# PLOVER's quad categories (1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
# 4 material conflict) and conflict-cooperation scores ("PLOVER scores")
QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
        "DEMAND": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4,
        "COERCE": 4, "ASSAULT": 4}
SCALE = {"ASSAULT": -9.3, "COERCE": -7.2, "PROTEST": -6.6, "MOBILIZE": -5.3, "SANCTION": -5.2, "THREATEN": -5.1,
         "DEMAND": -5.0, "REJECT": -4.2, "ACCUSE": -2.0, "CONSULT": 2.1, "AGREE": 4.2, "SUPPORT": 4.6,
         "CONCEDE": 5.0, "COOPERATE": 6.8, "AID": 7.4, "RETREAT": 7.6}
GENERAL_STRIKE_KINDS = {"community", "civil_society", "political_party"}

# our issues -> PLOVER contexts (the manual's general contexts)
CONTEXTS = {
    "mining": ["economic", "resource"], "water": ["resource", "human_security"],
    "environment": ["enviro_disaster"], "land": ["resource", "human_security"],
    "indigenous_rights": ["religion_ethnicity", "rights_freedoms"], "labour": ["economic"],
    "wages": ["economic"], "prices": ["economic"], "fuel": ["economic"], "elections": ["election"],
    "corruption": ["corruption"], "governance": ["political_institutions"], "education": [],
    "health": ["human_security"], "security": ["crime"], "other": [],
}
# contexts that come with our type
TYPE_CONTEXTS = {"crackdown": ["crowd-control"], "state_of_emergency": ["rights_freedoms"],
                 "legal_action": ["legal"]}


def plover_event_mode(row: dict) -> tuple[str, str | None]:
    """Our type (and action, actors) -> PLOVER (event, mode or None)."""
    t = row["type"]
    if t == "protest":
        return "PROTEST", "demo"
    if t == "riot":
        return "PROTEST", "riot"
    if t == "blockade":
        return "PROTEST", "obstruct"
    if t == "strike":
        kinds = {a.get("kind") for a in row.get("actors") or [] if a.get("role") == "initiator"}
        # a civic or regional stoppage called by communities is a general strike; a union's is limited
        return "PROTEST", "general" if (kinds & GENERAL_STRIKE_KINDS and "union" not in kinds) else "strike"
    if t == "state_of_emergency":
        if row.get("action") == "lifted":
            return "CONCEDE", None
        return "COERCE", "martial-law"
    if t == "arrest":
        return "COERCE", "arrest"
    if t == "deployment":
        military = any(normalise_actor(a.get("name"), a.get("kind")).group == "military"
                       for a in row.get("actors") or [] if a.get("role") == "initiator")
        police = any(normalise_actor(a.get("name"), a.get("kind")).group == "police"
                     for a in row.get("actors") or [] if a.get("role") == "initiator")
        return "MOBILIZE", "police" if police and not military else "troops"
    if t == "crackdown":
        return "ASSAULT", None
    if t == "legal_action":
        return "ACCUSE", "investigate"
    if t == "negotiation":
        return "CONSULT", None   # CONSULT's modes say how they met (visit, phone…), which we do not know
    if t == "agreement":
        return "AGREE", None
    if t == "suspension":
        return "CONCEDE", None
    raise ValueError(f"no PLOVER mapping for event type {t!r}")


def _actor(a: NormalActor, country: str | None) -> dict:
    out = {"code": iso3(country) or "", "sector": a.sector, "actor_text": a.name,
           "identifier_text": a.acled_name}
    if not out["code"]:
        del out["code"]
    return out


def _sides(row: dict) -> tuple[list[dict], list[dict]]:
    country, when, etype = row.get("country"), row.get("date"), row["type"]
    norm = [(a.get("role"), normalise_actor(a.get("name"), a.get("kind"), country, when))
            for a in row.get("actors") or []]
    if etype == "crackdown":
        # one-sided violence: the forces are the source, the crowd the recipient
        forces = [n for _, n in norm if n.inter == "state"] or [generic_actor("police", country, when)]
        crowd = [n for _, n in norm if n.inter != "state"] or [generic_actor("protesters", country, when)]
        return [_actor(a, country) for a in forces], [_actor(a, country) for a in crowd]
    default = {"riot": "rioters", "state_of_emergency": "government", "deployment": "military",
               "arrest": "police", "legal_action": "judiciary"}.get(etype, "protesters")
    source = [n for r, n in norm if r == "initiator"] or [generic_actor(default, country, when)]
    recipient = [n for r, n in norm if r == "target"]
    return [_actor(a, country) for a in source], [_actor(a, country) for a in recipient]


def _dates(row: dict) -> tuple[str | None, str | None, str | None]:
    """(date, enddate, precision): PLOVER dates are days; a month or year gives its first
    day, and its last day as the enddate when no end is known."""
    start, end = dates.parse(row.get("date")), dates.parse(row.get("date_end"))
    if not start:
        return None, None, None
    precision = {3: "day", 2: "month", 1: "year"}[start[2]]
    last = end[1] if end else start[1]
    return start[0].isoformat(), last.isoformat() if last != start[0] else None, precision


def plover_record(row: dict) -> dict:
    event, mode = plover_event_mode(row)
    source, recipient = _sides(row)
    contexts = sorted({c for i in row.get("issues") or [] for c in CONTEXTS.get(i, [])}
                      | set(TYPE_CONTEXTS.get(row["type"], [])))
    day, enddate, precision = _dates(row)
    rec: dict = {"id": f"cw-{row['id']}", "date": day}
    if enddate:
        rec["enddate"] = enddate
    rec.update(source=source, recipient=recipient, event=[event], mode=[mode] if mode else [],
               context=contexts, quad_code=QUAD[event], event_scale=SCALE[event])
    loc = {"name": row.get("location") or row.get("admin1"), "latitude": row.get("latitude"),
           "longitude": row.get("longitude"), "country_code": row.get("country"), "cc3": iso3(row.get("country")),
           "admin1": row.get("admin1"), "geo_precision": row.get("geo_precision")}
    rec["event_loc"] = {k: v for k, v in loc.items() if v is not None}
    for key, slot in (("size", "participants"), ("dead", "fatalities"), ("injured", "injuries"),
                      ("arrested", "arrests")):
        if row.get(slot) is not None:
            rec[key] = row[slot]
    if row.get("conflict_id") is not None:
        rec["link"] = f"cw-conflict-{row['conflict_id']}"
    rec["coder"] = CODER
    if row.get("updated_at"):
        rec["coded_date"] = str(row["updated_at"])[:10]
    # our own fields (the manual invites providers to add named fields)
    rec["date_precision"] = precision
    rec["conflictwatch"] = {"type": row["type"], "action": row.get("action"), "issues": row.get("issues") or [],
                            "doc_ids": row.get("doc_ids") or []}
    return rec


def write_plover_jsonl(rows: Iterable[dict], out: TextIO) -> int:
    n = 0
    for row in rows:
        if not dates.parse(row.get("date")):
            continue   # PLOVER requires a date; an undated event cannot be written
        out.write(json.dumps(plover_record(row), ensure_ascii=False) + "\n")
        n += 1
    return n
