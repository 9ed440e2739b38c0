"""Pure helpers the pages use: weekly timeline series and evidence highlighting."""
from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Any, Iterable


def week_start(value: str | None) -> date | None:
    """Monday of the week of a YYYY-MM-DD / YYYY-MM date (a month counts from its first day)."""
    if not value or len(value) < 7:
        return None
    try:
        d = date.fromisoformat(value if len(value) == 10 else value + "-01")
    except ValueError:
        return None
    return d - timedelta(days=d.weekday())


def weekly_series(events: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Events per week by type: ``{"weeks": [...], "types": [...], "counts": {type: [...]}}``.

    Weeks run without gaps from the first to the last week with an event."""
    per: dict[date, Counter] = defaultdict(Counter)
    for ev in events:
        w = week_start(ev.get("date"))
        if w is not None:
            per[w][ev.get("type") or "other"] += 1
    if not per:
        return {"weeks": [], "types": [], "counts": {}}
    first, last = min(per), max(per)
    weeks = [first + timedelta(weeks=i) for i in range((last - first).days // 7 + 1)]
    types = sorted({t for c in per.values() for t in c})
    return {"weeks": [w.isoformat() for w in weeks], "types": types,
            "counts": {t: [per[w][t] if w in per else 0 for w in weeks] for t in types}}


def highlight_segments(text: str, spans: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cut ``text`` into plain and highlighted pieces for the template (which escapes them).

    ``spans`` carry ``start``, ``end`` and the event (``event_id``, ``type``); overlapping
    spans are joined into one highlighted piece that lists every event."""
    clean = sorted(((max(0, int(s["start"])), min(len(text), int(s["end"])), s)
                    for s in spans if s.get("start") is not None and s.get("end") is not None
                    and int(s["end"]) > int(s["start"])),
                   key=lambda t: (t[0], t[1]))    # never compare the span dicts themselves
    merged: list[list[Any]] = []
    for start, end, s in clean:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2].append(s)
        else:
            merged.append([start, end, [s]])
    out, pos = [], 0
    for start, end, group in merged:
        seen: set = set()
        group = [g for g in group if not ((g.get("event_id"), g.get("type")) in seen
                                           or seen.add((g.get("event_id"), g.get("type"))))]
        if start > pos:
            out.append({"text": text[pos:start], "events": []})
        out.append({"text": text[start:end],
                    "events": [{"event_id": g.get("event_id"), "type": g.get("type")} for g in group]})
        pos = end
    if pos < len(text):
        out.append({"text": text[pos:], "events": []})
    return out


def place_label(ev: dict[str, Any]) -> str:
    """"Celendín, Cajamarca, PE": the place of an event, most precise part first."""
    parts = [ev.get("location"), ev.get("admin1"), ev.get("country")]
    out: list[str] = []
    for p in parts:
        if p and p not in out:
            out.append(p)
    return ", ".join(out)


ROLE_TITLES = {"initiator": "Who acted", "target": "Against whom", "intervener": "Who intervened",
               "mediator": "Who mediated", "other": "Also named"}


def actors_by_role(actors: Iterable[dict[str, Any]], country: str | None = None,
                   when: str | None = None) -> list[tuple[str, list[dict[str, Any]]]]:
    """The actors of an event grouped under a heading per role, initiators first. Actors are
    normalised across languages (``link.actors``): "Protesters" and "Manifestantes" are one
    entry, "Protesters", with the names the reports used (``also``) beside it."""
    from ..link.actors import normalise_actor
    groups: dict[str, dict[str, dict[str, Any]]] = {}
    for a in actors:
        norm = normalise_actor(a.get("name"), a.get("kind"), country, when)
        label = norm.label or a.get("name") or ""
        entry = groups.setdefault(a.get("role") or "other", {}).setdefault(
            label.casefold(), {"name": label, "kind": a.get("kind"), "also": []})
        if a.get("name") and a["name"] != label and a["name"] not in entry["also"]:
            entry["also"].append(a["name"])
    order = list(ROLE_TITLES)
    return [(ROLE_TITLES.get(role, role.replace("_", " ").capitalize()), list(groups[role].values()))
            for role in sorted(groups, key=lambda r: order.index(r) if r in order else len(order))]


#: Audit fields that are bookkeeping, not what an analyst changed.
_QUIET = {"mention_ids", "locked_fields", "n_sources", "confidence"}


def _shown(value: Any) -> str:
    if value is None or value == [] or value == "":
        return "—"
    if isinstance(value, list):
        return ", ".join(str(v) if not isinstance(v, dict) else v.get("name", str(v)) for v in value)
    return str(value)


def audit_changes(entry: dict[str, Any]) -> list[dict[str, str]]:
    """What one review action changed: ``[{"field", "before", "after"}]`` for every field whose
    value differs (status included), bookkeeping fields left out."""
    before, after = entry.get("before") or {}, entry.get("after") or {}
    out = []
    for key in list(after) + [k for k in before if k not in after]:
        if key in _QUIET:
            continue
        if before.get(key) != after.get(key):
            out.append({"field": key.replace("_", " "), "before": _shown(before.get(key)),
                        "after": _shown(after.get(key))})
    return out
