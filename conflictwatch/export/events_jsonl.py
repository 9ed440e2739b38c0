"""events-jsonl: one merged event a line, in SCHEMA.md's fields plus ``doc_ids``
(so that ``score.py --merged`` scores it), ``id``, ``conflict_id``, ``status``,
``confidence``, ``n_sources`` and ``figures``."""
from __future__ import annotations

import json
from typing import Iterable, TextIO

FIELDS = ("id", "type", "action", "date", "date_end", "country", "admin1", "location", "latitude",
          "longitude", "geo_precision", "actors", "participants", "fatalities", "injuries", "arrests",
          "issues", "project", "company", "doc_ids", "conflict_id", "status", "confidence", "n_sources",
          "figures")


def event_record(row: dict) -> dict:
    return {k: row.get(k) for k in FIELDS}


def write_events_jsonl(rows: Iterable[dict], out: TextIO) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(event_record(row), ensure_ascii=False) + "\n")
        n += 1
    return n
