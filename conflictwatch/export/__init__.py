"""Exporters: merged events out of the store in other tools' formats.

Each exporter is a function ``write(rows, out, **options) -> int`` (rows: event dicts as the store
gives them; out: a text stream; returns how many records it wrote), registered by name in
``EXPORTERS``. docs/exports.md documents the formats and the ACLED and PLOVER mappings.
"""
from __future__ import annotations

from typing import Callable, Iterable, TextIO

from ..errors import BadExportFormat
from .acled import write_acled_csv
from .events_jsonl import write_events_jsonl
from .geojson import write_geojson
from .plover import write_plover_jsonl

Exporter = Callable[[Iterable[dict], TextIO], int]

EXPORTERS: dict[str, Exporter] = {
    "events-jsonl": write_events_jsonl,
    "acled-csv": write_acled_csv,
    "plover-jsonl": write_plover_jsonl,
    "geojson": write_geojson,
}


def get_exporter(name: str) -> Exporter:
    try:
        return EXPORTERS[name]
    except KeyError:
        raise BadExportFormat(f"no export format {name!r}; use one of: {', '.join(EXPORTERS)}.") from None


def export(store, fmt: str, out: TextIO, *, options: dict | None = None, **filters) -> int:
    """Write every (non-rejected, filtered) event of ``store`` to ``out`` in format ``fmt``.

    ``options``: keyword arguments of the format's writer (``acled-csv``: ``inter``,
    ``spans``); ``filters``: those of ``Store.iter_events``."""
    writer = get_exporter(fmt)
    return writer(store.iter_events(**filters), out, **(options or {}))


__all__ = ["EXPORTERS", "export", "get_exporter", "write_acled_csv", "write_events_jsonl",
           "write_geojson", "write_plover_jsonl"]
