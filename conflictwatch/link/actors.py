"""Actor normalisation: a name as a report gives it ("Manifestantes", "riot police") ->
a group (protesters, police, …) with an English label, an ACLED-style name and a PLOVER
sector code.

The words are data (``link/lang/<code>/actors.yaml``, one file per language; adding a
language means adding a folder); the groups are ``link/data/actor_groups.yaml`` and the
government periods of ACLED's state-force names ``link/data/governments.yaml``.

    >>> normalise_actor("Manifestantes", "community", "PE").acled_name
    'Protesters (Peru)'
    >>> normalise_actor("policía", "security_forces", "PE", "2023-01-09").acled_name
    'Police Forces of Peru (2022-2025)'

The exports (ACLED, PLOVER) use it; the web UI can show ``label`` or ``acled_name``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

from ..errors import BadLanguageData
from . import dates
from .text import fold

HERE = Path(__file__).resolve().parent
INTER_GROUPS = ("state", "rebels", "political_militia", "identity_militia", "rioters", "protesters",
                "civilians", "external")
# our actor kinds (records.ACTOR_KINDS) -> group, when no word of the name says more
KIND_GROUPS = {"government": "government", "security_forces": "police", "local_government": None,
               "judiciary": "judiciary", "union": "workers", "community": "residents",
               "civil_society": None, "political_party": None, "company": None, "other": None}
# PLOVER sector of a kind whose name matched no group
KIND_SECTORS = {"government": "GOV", "security_forces": "COP", "local_government": "GOV", "judiciary": "JUD",
                "union": "LAB", "community": "CVL", "civil_society": "SOC", "political_party": "PTY",
                "company": "BUS", "other": "CVL"}
STATE_KINDS = frozenset({"government", "security_forces", "local_government", "judiciary"})


@dataclass(frozen=True, slots=True)
class NormalActor:
    """One actor, normalised. ``name``: as given; ``group``: a key of actor_groups.yaml or
    None; ``acled_name``/``acled_assoc``: ACLED-style names ('' when none); ``inter``: one of
    INTER_GROUPS; ``sector``: a PLOVER sector code."""

    name: str
    kind: str | None
    group: str | None
    label: str
    acled_name: str
    acled_assoc: str
    inter: str
    sector: str


def _load(path: Path):
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as err:
        raise BadLanguageData(f"cannot read {path}: {err}. Fix the file or reinstall conflictwatch.") from None


@lru_cache(maxsize=1)
def groups() -> dict[str, dict]:
    data = _load(HERE / "data" / "actor_groups.yaml")
    for key, g in data.items():
        if g.get("inter") not in INTER_GROUPS or not g.get("acled") or not g.get("sector"):
            raise BadLanguageData(f"actor group '{key}' in link/data/actor_groups.yaml needs acled, sector and "
                                  f"an inter among {', '.join(INTER_GROUPS)}.")
    return data


@lru_cache(maxsize=1)
def patterns() -> list[tuple[str, re.Pattern]]:
    """(group, compiled phrases) in file order, every language's file in turn."""
    out: list[tuple[str, re.Pattern]] = []
    known = groups()
    for path in sorted((HERE / "lang").glob("*/actors.yaml")):
        for group, phrases in _load(path).items():
            if group not in known:
                raise BadLanguageData(f"{path}: unknown actor group '{group}'; use one of {', '.join(known)}.")
            words = sorted({fold(p) for p in phrases or [] if fold(p)}, key=len, reverse=True)
            out.append((group, re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")))
    return out


@lru_cache(maxsize=1)
def governments() -> dict[str, list[tuple[date, str]]]:
    data = _load(HERE / "data" / "governments.yaml")
    return {cc.upper(): sorted((date.fromisoformat(str(p["from"])), str(p["period"])) for p in periods)
            for cc, periods in data.items()}


def group_of(name: str | None, kind: str | None = None) -> str | None:
    """The group whose words the name contains (first match in file order), else the kind's."""
    folded = fold(name)
    if folded:
        for group, rx in patterns():
            if rx.search(folded):
                return group
    return KIND_GROUPS.get(kind or "")


def government_period(country: str | None, when: str | None) -> str:
    """ACLED's period of the government in office on ``when`` (its first day for a month or
    year; '' when unknown)."""
    periods = governments().get((country or "").upper())
    parsed = dates.parse(when)
    if not periods or not parsed:
        return ""
    current = ""
    for start, period in periods:
        if start <= parsed[0]:
            current = period
    return current


def _country_name(country: str | None) -> str:
    # export/ owns the country table; imported here, not at the top, to keep the import
    # order export -> link free of cycles
    from ..export.countries import acled_country_name
    return acled_country_name(country) or (country or "")


def _in_group(name: str | None, kind: str | None, group: str, country: str | None,
              when: str | None) -> NormalActor:
    g = groups()[group]
    period = government_period(country, when)
    fill = {"country": _country_name(country), "period": f" ({period})" if period else ""}
    sector = g["sector"]
    if group in ("residents", "protesters") and kind in ("civil_society", "political_party", "union"):
        sector = KIND_SECTORS[kind]
    return NormalActor(name or g["label"], kind, group, g["label"], g["acled"].format(**fill),
                       (g.get("assoc") or "").format(**fill), g["inter"], sector)


def normalise_actor(name: str | None, kind: str | None = None, country: str | None = None,
                    when: str | None = None) -> NormalActor:
    """Normalise one actor of an event in ``country`` (ISO alpha-2) on ``when`` (YYYY[-MM[-DD]])."""
    group = group_of(name, kind)
    if group is None:   # a name of no group (a company, a named front) keeps its name
        inter = "state" if kind in STATE_KINDS else "external" if kind == "company" else "civilians"
        return NormalActor(name or "", kind, None, name or "", name or "", "", inter,
                           KIND_SECTORS.get(kind or "", "CVL"))
    return _in_group(name, kind, group, country, when)


def generic_actor(group: str, country: str | None, when: str | None = None) -> NormalActor:
    """The actor of a group when the report names none (an ACLED-style default)."""
    kind = {"police": "security_forces", "military": "security_forces", "government": "government",
            "legislature": "government", "judiciary": "judiciary"}.get(group, "community")
    return _in_group(None, kind, group, country, when)


__all__ = ["NormalActor", "normalise_actor", "generic_actor", "group_of", "government_period", "groups"]
