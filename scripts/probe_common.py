"""What the probe scorers share (scripts/probe_*.py): reading a probe file, running the
extractor on one of its reports, comparing dates and types, and pairing gold events with
predictions. Each scorer says what a match is (its ``matches``) and how it prints."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable

import yaml

TYPES = ["protest", "strike", "blockade", "riot", "crackdown", "arrest", "deployment",
         "state_of_emergency", "legal_action", "negotiation", "agreement", "suspension"]


def load(path: Path, key: str = "reports") -> list[dict]:
    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))[key]


def as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def same_type(g: dict, p) -> bool:
    """Same type, and the same action for a state of emergency when the gold names one."""
    if p.type != g["type"]:
        return False
    return not (g["type"] == "state_of_emergency" and g.get("action") and p.action != g["action"])


def within_a_day(gold, pred: str | None) -> bool:
    """A gold day needs a predicted day within one day of it (a month or a year does not
    count); a gold month or year needs a prediction inside it."""
    if not pred:
        return False
    gold, pred = str(gold), str(pred)
    if len(gold) == 10:
        return len(pred) == 10 and abs((date.fromisoformat(pred) - date.fromisoformat(gold)).days) <= 1
    return pred.startswith(gold)


def predict(rep: dict):
    """The extractor's events for one probe report (``id``, ``text``, ``published``, ``lang``)."""
    from conflictwatch.pipeline import extract_report
    from conflictwatch.records import Report
    return extract_report(Report(doc_id=rep["id"], text=rep["text"], published=as_date(rep["published"]),
                                 lang=rep["lang"])).events


def one_per_day(preds: list) -> list:
    """For the probes that do not score place: events of one type, action and day told of
    several places (one event per place, SCHEMA rule 3) are one detection."""
    seen, out = set(), []
    for p in preds:
        key = (p.type, p.action, p.date, p.date_end)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def align(gold: list[dict], preds: list, matches: Callable[[dict, object], bool]) -> tuple[list, list, list]:
    """(found, missed, false): required gold events found and missed, and the predictions
    that match no gold event. Required events are paired first (exact days before months),
    then optional ones absorb what is left; an optional event is neither required nor held
    against a prediction that matches it."""
    gold = [dict(g, date=str(g["date"])) for g in gold]
    used: set[int] = set()
    found, missed = [], []
    for g in sorted(gold, key=lambda g: (bool(g.get("optional")), -len(g["date"]))):
        hit = next((i for i, p in enumerate(preds) if i not in used and matches(g, p)), None)
        if hit is not None:
            used.add(hit)
            if not g.get("optional"):
                found.append(g)
        elif not g.get("optional"):
            missed.append(g)
    return found, missed, [p for i, p in enumerate(preds) if i not in used]
