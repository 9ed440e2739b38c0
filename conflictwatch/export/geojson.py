"""geojson: a FeatureCollection, one Point feature per located event (QGIS, kepler.gl).

Events without coordinates are left out (a point needs them); ``write_geojson`` returns
how many features it wrote."""
from __future__ import annotations

import json
from typing import Iterable, TextIO

PROPERTIES = ("id", "type", "action", "date", "date_end", "country", "admin1", "location", "geo_precision",
              "participants", "fatalities", "injuries", "arrests", "project", "company", "conflict_id",
              "status", "confidence", "n_sources")


def feature(row: dict) -> dict | None:
    lat, lon = row.get("latitude"), row.get("longitude")
    if lat is None or lon is None:
        return None
    props = {k: row.get(k) for k in PROPERTIES}
    # lists flattened to strings: QGIS and kepler.gl show them as plain columns
    props["issues"] = ", ".join(row.get("issues") or [])
    props["actors"] = "; ".join(f"{a['name']} ({a.get('role')})" for a in row.get("actors") or [])
    props["doc_ids"] = ", ".join(row.get("doc_ids") or [])
    return {"type": "Feature", "id": row["id"],
            "geometry": {"type": "Point", "coordinates": [round(float(lon), 6), round(float(lat), 6)]},
            "properties": props}


def write_geojson(rows: Iterable[dict], out: TextIO) -> int:
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for row in rows:
        f = feature(row)
        if f is None:
            continue
        out.write((",\n" if n else "") + json.dumps(f, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n
