"""Build the place labels of the offline base map from the shipped gazetteer.

    python scripts/build_map_labels.py

Writes ``conflictwatch/web/static/map-labels.json``: ``{"countries": [[name, lat, lon]...],
"admin1": [[name, iso2, lat, lon]...], "towns": [[name, iso2, lat, lon, population]...]}``
(towns of at least TOWN_POP people). Names and coordinates: GeoNames (CC BY 4.0), as in
``conflictwatch/geo/data``. Nothing here runs when the observatory runs; the output file is
committed (a test checks that it is current).
"""
from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "conflictwatch" / "web" / "static" / "map-labels.json"
TOWN_POP = 250_000


def build() -> dict:
    from conflictwatch.geo.gazetteer import Gazetteer
    g = Gazetteer.load()
    out: dict[str, list] = {"credit": "Place names: GeoNames (CC BY 4.0)", "countries": [], "admin1": [], "towns": []}
    for i in range(len(g)):
        e = g.entry(i)
        if e.latitude is None or e.longitude is None:
            continue
        lat, lon = round(e.latitude, 2), round(e.longitude, 2)
        if e.level == "country":
            out["countries"].append([e.name, lat, lon])
        elif e.level == "admin1":
            out["admin1"].append([e.name, e.country, lat, lon])
        elif e.level == "town" and e.population >= TOWN_POP:
            out["towns"].append([e.name, e.country, lat, lon, e.population])
    return out


def dump(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    OUT.write_text(dump(build()), encoding="utf-8")
    print(f"wrote {OUT}")
