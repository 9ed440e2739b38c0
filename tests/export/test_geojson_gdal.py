"""The GeoJSON export read by GDAL's own GeoJSON driver (pyogrio bundles GDAL)."""
from __future__ import annotations

import pytest

from conflictwatch.export import export
from tests.store.cases import (CONGA_PROTEST, CONGA_STRIKE, EN_BLOCKADE, ES_BLOCKADE, blockade_events,
                               conga_events)

pyogrio = pytest.importorskip("pyogrio")


def test_gdal_reads_the_geojson_as_points_with_their_columns(store, tmp_path):
    for rep in (CONGA_STRIKE, CONGA_PROTEST):
        store.ingest_report(rep, conga_events(rep))
    for rep in (EN_BLOCKADE, ES_BLOCKADE):
        store.ingest_report(rep, blockade_events(rep))
    path = tmp_path / "events.geojson"
    with open(path, "w", encoding="utf-8") as out:
        n = export(store, "geojson", out)
    info = pyogrio.read_info(path)
    assert info["driver"] == "GeoJSON" and info["geometry_type"] == "Point" and info["features"] == n > 0
    assert "EPSG:4326" in (info["crs"] or "EPSG:4326")
    assert {"type", "date", "country", "location"} <= set(info["fields"])
    meta, _, geometry, fields = pyogrio.raw.read(path)
    columns = dict(zip(meta["fields"], fields))
    assert "Espinar" in list(columns["location"])
    assert len(geometry) == n
