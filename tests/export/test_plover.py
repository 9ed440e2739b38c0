"""plover-jsonl against the PLOVER JSON Schema in the repository (jsonschema, for real)."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import conflictwatch.export as export_pkg
from conflictwatch.export import export
from conflictwatch.export.plover import plover_event_mode, plover_record
from conflictwatch.records import EVENT_TYPES, ISSUES
from tests.store.cases import (AREQUIPA_STRIKE, CONGA_PROTEST, CONGA_SOE, CONGA_STRIKE, EN_BLOCKADE,
                               ES_BLOCKADE, blockade_events, conga_events)

jsonschema = pytest.importorskip("jsonschema")
SCHEMA = json.loads((Path(export_pkg.__file__).parent / "data" / "plover.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def errors(rec: dict) -> list[str]:
    return [e.message for e in VALIDATOR.iter_errors(rec)]


@pytest.fixture
def filled(store):
    for rep in (CONGA_STRIKE, CONGA_SOE, CONGA_PROTEST, AREQUIPA_STRIKE):
        store.ingest_report(rep, conga_events(rep))
    for rep in (EN_BLOCKADE, ES_BLOCKADE):
        store.ingest_report(rep, blockade_events(rep))
    return store


def test_the_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_every_exported_record_is_valid(filled):
    buf = io.StringIO()
    n = export(filled, "plover-jsonl", buf)
    recs = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert n == len(recs) == 6
    for rec in recs:
        assert errors(rec) == [], rec
    crackdown = next(r for r in recs if r["event"] == ["ASSAULT"])
    assert "crowd-control" in crackdown["context"]
    assert crackdown["source"][0]["sector"] == "COP" and crackdown["recipient"][0]["code"] == "PER"
    assert crackdown["dead"] == 3
    blockade = next(r for r in recs if r["mode"] == ["obstruct"])
    assert blockade["event_loc"]["cc3"] == "PER" and blockade["injured"] == 3
    assert {"resource", "human_security"} <= set(blockade["context"])


KINDS = [("Frente de Defensa", "civil_society"), ("SUTEP", "union"), ("Police", "security_forces"),
         ("soldados", "security_forces"), ("Ministerio del Interior", "government"), ("Newmont", "company"),
         ("comuneros", "community")]


@pytest.mark.parametrize("etype", EVENT_TYPES)
@pytest.mark.parametrize("date,date_end", [("2023-03-13", None), ("2023-03", None), ("2023", "2023-05-02"),
                                           ("2023-03-01", "2023-03-07")])
def test_every_type_and_date_precision_gives_a_valid_record(etype, date, date_end):
    row = {"id": 1, "type": etype, "action": "lifted" if etype == "state_of_emergency" else None,
           "date": date, "date_end": date_end, "country": "PE", "admin1": "Cajamarca", "location": "Celendín",
           "latitude": -6.87, "longitude": -78.15, "geo_precision": 1, "issues": list(ISSUES),
           "actors": [{"name": n, "role": "initiator" if i % 2 else "target", "kind": k} for i, (n, k) in enumerate(KINDS)],
           "participants": 500, "fatalities": 0, "injuries": 4, "arrests": 2, "conflict_id": 3,
           "updated_at": "2023-03-14T10:00:00+00:00", "doc_ids": ["a"]}
    rec = plover_record(row)
    assert errors(rec) == []
    assert len(rec["date"]) == 10 and (date_end is None and len(date) == 10) == ("enddate" not in rec)


def test_month_only_dates_become_days_with_the_months_end():
    rec = plover_record({"id": 1, "type": "protest", "date": "2023-02", "country": "PE", "actors": []})
    assert (rec["date"], rec["enddate"], rec["date_precision"]) == ("2023-02-01", "2023-02-28", "month")
    assert rec["source"] == [{"code": "PER", "sector": "CVL", "actor_text": "Protesters",
                              "identifier_text": "Protesters (Peru)"}]


@pytest.mark.parametrize("bad", [
    {"mode": ["strike-gen"]},                              # a mode the manual no longer has
    {"event": ["CONSULT"], "mode": ["meet"]},              # meet is a DEMAND/REJECT mode
    {"event": "PROTEST"},                                  # event must be a list
    {"source": ["Protesters"]},                            # actors are objects
    {"source": [{"code": "PE", "sector": "CVL"}]},         # 3-letter country codes
    {"source": [{"code": "PER", "sector": "community"}]},  # PLOVER sector codes
    {"date": "2023-03"},                                   # dates are days
    {"context": ["environment"]},                          # not a PLOVER context
])
def test_the_schema_refuses_what_the_specification_does_not_allow(bad):
    good = {"id": "x", "date": "2023-03-01", "source": [{"code": "PER", "sector": "CVL"}],
            "event": ["PROTEST"], "mode": ["demo"], "context": ["economic"]}
    assert errors(good) == []
    assert errors({**good, **bad})


@pytest.mark.parametrize("kind,mode", [("union", "strike"), ("civil_society", "general"), ("community", "general")])
def test_strike_modes_are_the_manuals(kind, mode):
    row = {"type": "strike", "actors": [{"name": "x", "role": "initiator", "kind": kind}]}
    assert plover_event_mode(row) == ("PROTEST", mode)
