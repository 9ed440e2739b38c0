"""Each export format, from a store holding hand-written reports (SQLite and PostgreSQL)."""
from __future__ import annotations

import csv
import io
import json

import pytest

from conflictwatch.errors import BadExportFormat
from conflictwatch.export import EXPORTERS, export, get_exporter
from conflictwatch.export.acled import COLUMNS, acled_row
from conflictwatch.export.plover import plover_event_mode
from tests.store.cases import (AREQUIPA_STRIKE, CONGA_PROTEST, CONGA_SOE, CONGA_STRIKE, EN_BLOCKADE,
                               ES_BLOCKADE, blockade_events, conga_events)


@pytest.fixture
def filled(store):
    for rep in (CONGA_STRIKE, CONGA_SOE, CONGA_PROTEST, AREQUIPA_STRIKE):
        store.ingest_report(rep, conga_events(rep))
    for rep in (EN_BLOCKADE, ES_BLOCKADE):
        store.ingest_report(rep, blockade_events(rep))
    return store


def run(store, fmt, **filters) -> tuple[str, int]:
    buf = io.StringIO()
    n = export(store, fmt, buf, **filters)
    return buf.getvalue(), n


def test_events_jsonl_is_one_merged_event_a_line_with_its_reports(filled):
    text, n = run(filled, "events-jsonl")
    rows = [json.loads(line) for line in text.splitlines()]
    assert n == len(rows) == 6
    blockade = next(r for r in rows if r["type"] == "blockade")
    assert sorted(blockade["doc_ids"]) == sorted([EN_BLOCKADE.doc_id, ES_BLOCKADE.doc_id])
    for key in ("type", "action", "date", "date_end", "country", "admin1", "location", "actors", "participants",
                "fatalities", "injuries", "arrests", "issues", "project", "company"):
        assert key in blockade
    assert run(filled, "events-jsonl", type=["strike"])[1] == 2


def test_acled_csv_has_acled_header_and_mapped_rows(filled):
    text, n = run(filled, "acled-csv")
    reader = csv.DictReader(io.StringIO(text))
    assert tuple(reader.fieldnames) == COLUMNS
    rows = list(reader)
    assert n == len(rows) == 6
    killing = next(r for r in rows if r["sub_event_type"] == "Excessive force against protesters")
    assert (killing["event_type"], killing["fatalities"], killing["country"], killing["iso"]) == \
        ("Protests", "3", "Peru", "604")
    assert killing["event_id_cnty"].startswith("PER") and killing["interaction"] == "State forces-Protesters"
    assert (killing["inter1"], killing["inter2"]) == ("Protesters", "State forces")
    assert killing["region"] == "South America" and killing["time_precision"] == "1"
    soe = next(r for r in rows if "state of emergency" in r["tags"])
    assert soe["disorder_type"] == "Strategic developments" and soe["year"] == "2011"
    blockade = next(r for r in rows if r["tags"].startswith("blockade"))
    assert blockade["source"] == "Andes Wire; Diario del Sur" or set(blockade["source"].split("; ")) == \
        {"Andes Wire", "Diario del Sur"}


@pytest.mark.parametrize("row,expected", [
    ({"type": "protest"}, ("PROTEST", "demo")),
    ({"type": "riot"}, ("PROTEST", "riot")),
    ({"type": "blockade"}, ("PROTEST", "obstruct")),
    ({"type": "strike", "actors": [{"name": "SUTEP", "role": "initiator", "kind": "union"}]}, ("PROTEST", "strike")),
    ({"type": "strike", "actors": [{"name": "Frente de Defensa", "role": "initiator", "kind": "civil_society"}]},
     ("PROTEST", "general")),
    ({"type": "state_of_emergency", "action": "declared"}, ("COERCE", "martial-law")),
    ({"type": "state_of_emergency", "action": "lifted"}, ("CONCEDE", None)),
    ({"type": "arrest"}, ("COERCE", "arrest")),
    ({"type": "agreement"}, ("AGREE", None)),
], ids=lambda v: v["type"] if isinstance(v, dict) else None)
def test_plover_mapping(row, expected):
    assert plover_event_mode(row) == expected


def test_plover_jsonl_records(filled):
    text, n = run(filled, "plover-jsonl")
    recs = [json.loads(line) for line in text.splitlines()]
    assert n == len(recs) == 6
    for rec in recs:
        assert rec["event"][0] in {"PROTEST", "COERCE", "ASSAULT", "MOBILIZE", "AGREE", "CONCEDE", "CONSULT", "ACCUSE"}
        assert rec["id"].startswith("cw-") and rec["date"] and rec["event_loc"]["cc3"] == "PER"
    assert {r["event"][0] for r in recs} >= {"PROTEST", "COERCE", "ASSAULT"}
    blockade = next(r for r in recs if r["mode"] == ["obstruct"])
    assert "resource" in blockade["context"] and blockade["injured"] == 3


def test_geojson_is_a_valid_feature_collection_of_points(filled):
    text, n = run(filled, "geojson")
    doc = json.loads(text)
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == n == 3   # located events only
    for f in doc["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert all(not isinstance(v, (list, dict)) for v in f["properties"].values())
    espinar = next(f for f in doc["features"] if f["properties"]["location"] == "Espinar")
    assert espinar["geometry"]["coordinates"] == [-71.41, -14.79]


def test_unknown_format_is_a_coded_error():
    with pytest.raises(BadExportFormat) as err:
        get_exporter("kml")
    assert err.value.code == "E304" and "events-jsonl" in str(err.value)
    assert set(EXPORTERS) == {"events-jsonl", "acled-csv", "plover-jsonl", "geojson"}


def test_acled_row_without_actors_names_generic_ones():
    row = acled_row({"id": 7, "type": "protest", "date": "2023-03", "country": "PE", "actors": [], "doc_ids": ["a"]},
                    timestamp=0)
    assert row["actor1"] == "Protesters (Peru)" and row["inter1"] == "Protesters"
    assert row["inter2"] == 0 and row["interaction"] == "Protesters only" and row["actor2"] == ""
    assert row["time_precision"] == 3 and row["event_date"] == "2023-03-01"
    numeric = acled_row({"id": 7, "type": "protest", "date": "2023-03", "country": "PE", "actors": []},
                        timestamp=0, inter="numeric")
    assert (numeric["inter1"], numeric["inter2"], numeric["interaction"]) == (6, 0, "60")
