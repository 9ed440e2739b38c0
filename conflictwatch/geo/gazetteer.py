"""The offline gazetteer shipped in ``conflictwatch/geo/data/`` (GeoNames, CC BY 4.0).

Files (built by ``scripts/build_gazetteer.py``; see docs/geo.md):

- ``places.tsv.gz``  one place a line: geonameid, level, name, country, admin1, admin2,
  latitude, longitude, population; sorted by country, then level, then population.
- ``names.tsv.gz``   the prepared index: folded name -> line numbers in ``places.tsv.gz``.
- ``country_ranges.txt``  each country's range of lines in ``places.tsv.gz``.
- ``countries.yaml`` hand-written Spanish/English country names and demonyms.
- ``stoplist.yaml``  hand-written capitalised common words that are also place names.
- ``admin1_names.yaml`` hand-written: divisions whose GeoNames name differs from the build's.

Loading keeps the lines as strings and parses a place only when it is asked for, so the
whole gazetteer loads in well under a second (``Gazetteer.load_seconds`` records it).
"""
from __future__ import annotations

import re

import gzip
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from conflictwatch.errors import BadLanguageData, GazetteerMissing
from conflictwatch.geo.normalize import fold
from conflictwatch.records import Place

DATA_DIR = Path(__file__).resolve().parent / "data"
LEVELS: tuple[str, ...] = ("country", "admin1", "admin2", "town", "feature")
_TRAILING = " ,;:"


@dataclass(slots=True, frozen=True)
class Entry:
    """One gazetteer place, with the fields the resolver needs beyond ``Place``."""

    index: int                 # line number in places.tsv.gz
    geonameid: int | None      # None for divisions derived by the build script
    level: str
    name: str
    country: str
    admin1: str | None
    admin2: str | None
    latitude: float | None
    longitude: float | None
    population: int

    def to_place(self) -> Place:
        return Place(name=self.name, country=self.country, admin1=self.admin1,
                     latitude=self.latitude, longitude=self.longitude, level=self.level,
                     population=self.population)


_ARTICLES = ("al", "el", "ar", "er", "ad", "ed", "as", "es", "at", "et", "an", "en", "az", "ez", "ash", "esh")
# the spellings a name may start with (not "el", "en", "es", "an", "as", "at", "et": words of
# Spanish and English that open many capitalised runs, "En Jericó")
_ARABIC_ARTICLE = re.compile(r"^(al|ar|er|ad|ed|az|ez|ash|esh|umm|um) (\w.*)$")


class Gazetteer:
    """Name index over the shipped places. ``Gazetteer.load()`` reads the shipped files."""

    def __init__(self, lines: list[str], names: dict[str, str], ranges: dict[str, tuple[int, int]],
                 country_names: dict[str, list[str]], demonyms: dict[str, str],
                 stoplist: set[str], admin1_names: dict[str, dict[str, str]] | None = None):
        self._lines = lines
        self._admin1_names = admin1_names or {}
        self._names = names
        self._parsed: dict[int, Entry] = {}
        self.ranges = ranges
        self.demonyms = demonyms          # folded demonym -> ISO2
        self.stoplist = stoplist          # folded names never taken as places on their own
        self._country_index = {cc: a for cc, (a, b) in ranges.items()
                               if lines[a].split("\t", 2)[1] == "country"}
        for cc, extra in country_names.items():
            i = self._country_index.get(cc)
            if i is None:
                continue
            for name in extra:
                key = fold(name)
                ids = self._names.get(key)
                if ids is None:
                    self._names[key] = str(i)
                elif str(i) not in ids.split():
                    self._names[key] = f"{i} {ids}"
        self.load_seconds = 0.0

    # --- loading -----------------------------------------------------------------------
    @classmethod
    def load(cls, data_dir: Path | str | None = None) -> "Gazetteer":
        t0 = time.perf_counter()
        d = Path(data_dir) if data_dir else DATA_DIR
        try:
            with gzip.open(d / "places.tsv.gz", "rt", encoding="utf-8") as fh:
                lines = fh.read().split("\n")
            with gzip.open(d / "names.tsv.gz", "rt", encoding="utf-8") as fh:
                names = dict(line.split("\t", 1) for line in fh.read().splitlines())
            ranges = {}
            for line in (d / "country_ranges.txt").read_text(encoding="utf-8").splitlines():
                cc, a, b = line.split("\t")
                ranges[cc] = (int(a), int(b))
        except FileNotFoundError as exc:
            raise GazetteerMissing(
                f"The gazetteer file {exc.filename} is missing. Reinstall conflictwatch, or "
                "rebuild it with `python scripts/build_gazetteer.py` (see docs/geo.md).") from exc
        country_names, demonyms = cls._read_countries(d / "countries.yaml")
        stoplist = cls._read_stoplist(d / "stoplist.yaml")
        renames = cls._read_yaml(d / "admin1_names.yaml") if (d / "admin1_names.yaml").exists() else {}
        admin1_names = {str(cc): {str(k): str(v) for k, v in (m or {}).items()} for cc, m in renames.items()}
        gaz = cls(lines, names, ranges, country_names, demonyms, stoplist, admin1_names)
        gaz.load_seconds = time.perf_counter() - t0
        return gaz

    @staticmethod
    def _read_yaml(path: Path):
        try:
            return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except FileNotFoundError as exc:
            raise GazetteerMissing(
                f"The gazetteer file {path} is missing. Reinstall conflictwatch.") from exc
        except yaml.YAMLError as exc:
            raise BadLanguageData(f"{path} is not valid YAML ({exc}). Fix the file.") from exc

    @classmethod
    def _read_countries(cls, path: Path) -> tuple[dict[str, list[str]], dict[str, str]]:
        data = cls._read_yaml(path)
        names: dict[str, list[str]] = {}
        demonyms: dict[str, str] = {}
        for cc, entry in data.items():
            if not isinstance(entry, dict) or len(str(cc)) != 2:
                raise BadLanguageData(
                    f"{path}: entry {cc!r} must be an ISO2 code with `names` and `demonyms` lists.")
            names[str(cc)] = [str(n) for n in entry.get("names") or []]
            for dem in entry.get("demonyms") or []:
                demonyms[fold(str(dem))] = str(cc)
        return names, demonyms

    @classmethod
    def _read_stoplist(cls, path: Path) -> set[str]:
        data = cls._read_yaml(path)
        if not isinstance(data, dict):
            raise BadLanguageData(f"{path}: expected lists of words under `en:` and `es:`.")
        return {fold(str(w)) for words in data.values() for w in (words or [])}

    # --- access ------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._lines) - (1 if self._lines and not self._lines[-1] else 0)

    def entry(self, index: int) -> Entry:
        e = self._parsed.get(index)
        if e is None:
            gid, level, name, cc, a1, a2, lat, lon, pop = self._lines[index].split("\t")
            # GeoNames writes some divisions as "Madrid, Comunidad de": the build keeps the
            # part before the comma, and the comma with it ("Madrid,"); names carry none
            name, a1, a2 = name.rstrip(_TRAILING), a1.rstrip(_TRAILING), a2.rstrip(_TRAILING)
            renamed = self._admin1_names.get(cc)
            if renamed and a1 in renamed:      # the name as the text says it stays
                a1 = renamed[a1]
            e = Entry(index, int(gid) if gid else None, level, name, cc, a1 or None, a2 or None,
                      float(lat) if lat else None, float(lon) if lon else None, int(pop or 0))
            self._parsed[index] = e
        return e

    def has(self, key: str) -> bool:
        """Whether a folded name is in the index (or an Arabic-article spelling of one)."""
        return key in self._names or self._article_variant(key) is not None

    def candidates(self, key: str) -> list[Entry]:
        """Every place whose name or alternate name folds to ``key``."""
        ids = self._names.get(key)
        if not ids:
            alt = self._article_variant(key)
            ids = self._names.get(alt) if alt else None
        return [self.entry(int(i)) for i in ids.split()] if ids else []

    def _article_variant(self, key: str) -> str | None:
        """Arabic place names are spelt with the article as al-, el-, ar-, er-... and "Umm" as
        "Um" ("Al Obeid" is GeoNames' "El Obeid", "Al Rahad" its "Ar Rahad", "Um Ruaba" its
        "Umm Ruwaba" only by another alternate name): the first spelling of the same name the
        index holds, if the name itself is not in it."""
        m = _ARABIC_ARTICLE.match(key)
        if m is None:
            return None
        head, rest = m.group(1), m.group(2)
        heads = ("umm", "um") if head in ("umm", "um") else _ARTICLES
        for h in heads:
            cand = f"{h} {rest}"
            if cand != key and cand in self._names:
                return cand
        return None

    def lookup(self, name: str, country: str | None = None) -> list[Entry]:
        """Places called ``name`` (case and accents ignored), most prominent first."""
        found = self.candidates(fold(name))
        if country:
            found = [e for e in found if e.country == country.upper()]
        return sorted(found, key=lambda e: (LEVELS.index(e.level) if e.level != "town" else 2.5,
                                            -e.population))

    def country(self, iso2: str) -> Entry | None:
        i = self._country_index.get(iso2.upper())
        return self.entry(i) if i is not None else None

    def entries_in(self, iso2: str):
        """Every place of one country (iterator)."""
        a, b = self.ranges.get(iso2.upper(), (0, 0))
        for i in range(a, b):
            yield self.entry(i)
