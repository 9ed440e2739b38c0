"""plover-jsonl: one PLOVER event a line (mapping in docs/exports.md)."""
from __future__ import annotations

import json
from typing import Iterable, TextIO

STATE_KINDS = {"government", "security_forces", "local_government", "judiciary"}
GENERAL_STRIKE_KINDS = {"community", "civil_society", "political_party"}

# our issues -> PLOVER contexts
CONTEXTS = {
    "mining": ["economic", "environment"], "water": ["environment"], "environment": ["environment"],
    "land": ["territory"], "indigenous_rights": ["human_rights"], "labour": ["economic"],
    "wages": ["economic"], "prices": ["economic"], "fuel": ["economic"], "elections": ["election"],
    "corruption": ["political_institutions"], "governance": ["political_institutions"],
    "education": ["economic"], "health": ["health"], "security": ["military"],
}


def plover_event_mode(row: dict) -> tuple[str, str | None]:
    """Our type (and action, actors) -> PLOVER (event, mode)."""
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
        return "PROTEST", "strike-gen" if (kinds & GENERAL_STRIKE_KINDS and "union" not in kinds) else "strike-lim"
    if t == "state_of_emergency":
        if row.get("action") == "lifted":
            return "CONCEDE", "policy"
        return "COERCE", "martial-law"
    if t == "arrest":
        return "COERCE", "arrest"
    if t == "deployment":
        return "MOBILIZE", "troops"
    if t == "crackdown":
        return "ASSAULT", None
    if t == "legal_action":
        return "ACCUSE", "investigate"
    if t == "negotiation":
        return "CONSULT", "meet"
    if t == "agreement":
        return "AGREE", None
    if t == "suspension":
        return "CONCEDE", "policy"
    return "OTHER", None


def _party(actors: list[dict]) -> tuple[str | None, str | None]:
    if not actors:
        return None, None
    a = actors[0]
    return a["name"], a.get("kind")


def plover_record(row: dict) -> dict:
    event, mode = plover_event_mode(row)
    init = [a for a in row.get("actors") or [] if a.get("role") == "initiator"]
    targ = [a for a in row.get("actors") or [] if a.get("role") == "target"]
    actor, actor_kind = _party(init)
    recipient, recipient_kind = _party(targ)
    contexts = sorted({c for i in row.get("issues") or [] for c in CONTEXTS.get(i, [])})
    return {
        "id": f"cw-{row['id']}",
        "date": row.get("date"),
        "date_end": row.get("date_end"),
        "event": event,
        "mode": mode,
        "context": contexts,
        "actor": actor,
        "actor_country": row.get("country") if actor else None,
        "actor_sector": actor_kind,
        "recipient": recipient,
        "recipient_country": row.get("country") if recipient else None,
        "recipient_sector": recipient_kind,
        "location": {"country": row.get("country"), "admin1": row.get("admin1"), "placename": row.get("location"),
                     "lat": row.get("latitude"), "lon": row.get("longitude"), "geo_precision": row.get("geo_precision")},
        "size": row.get("participants"),
        "fatalities": row.get("fatalities"),
        "injuries": row.get("injuries"),
        "arrests": row.get("arrests"),
        "conflictwatch_type": row["type"],
        "conflictwatch_action": row.get("action"),
        "doc_ids": row.get("doc_ids") or [],
    }


def write_plover_jsonl(rows: Iterable[dict], out: TextIO) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(plover_record(row), ensure_ascii=False) + "\n")
        n += 1
    return n
