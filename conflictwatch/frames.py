"""``conflictwatch.to_pandas``: results as a pandas DataFrame, one row per event.

    >>> from conflictwatch import extract, to_pandas
    >>> df = to_pandas(extract("reports/", published="2023-01-11"))
    >>> df = to_pandas(store.list_events(country="PE", limit=None))

pandas is the optional extra ``pandas`` (``pip install 'conflictwatch[pandas]'``); without
it, E502 says so.
"""
from __future__ import annotations

from typing import Any, Iterable

from .errors import BadRequest, MissingExtra
from .records import Event, ExtractionResult

#: SCHEMA.md's fields first, in its order; then where the event came from
COLUMNS = ("doc_id", "type", "action", "date", "date_end", "country", "admin1", "location", "latitude",
           "longitude", "geo_precision", "actors", "participants", "fatalities", "injuries", "arrests",
           "issues", "project", "company", "confidence")
COUNTS = ("participants", "fatalities", "injuries", "arrests", "geo_precision")


def _rows(results) -> Iterable[dict[str, Any]]:
    if isinstance(results, (ExtractionResult, Event, dict)):
        results = [results]
    elif isinstance(results, tuple) and len(results) == 2 and isinstance(results[0], list) \
            and isinstance(results[1], int):
        results = results[0]   # a Store listing: (rows, count)
    for item in results:
        if isinstance(item, ExtractionResult):
            for ev in item.events:
                d = ev.to_dict()
                d.pop("evidence", None)
                d["doc_id"] = item.report.doc_id
                d["lang"] = item.report.lang
                d["published"] = item.report.published.isoformat() if item.report.published else None
                yield d
        elif isinstance(item, Event):
            d = item.to_dict()
            d.pop("evidence", None)
            yield d
        elif isinstance(item, dict):
            yield dict(item)
        else:
            raise BadRequest(f"to_pandas takes extraction results, events or event dicts, not "
                             f"{type(item).__name__}; pass what extract() or a Store listing gives.")


def to_pandas(results):
    """A DataFrame of the events in ``results``: a list of ``ExtractionResult`` (what
    ``extract`` gives), of ``records.Event``, or of event dicts (a Store listing or
    ``iter_events``). Counts are nullable integers (``Int64``), ``date_first`` is the first
    day of ``date`` as a Timestamp, ``actors`` and ``issues`` stay lists."""
    try:
        import pandas as pd
    except ImportError:
        raise MissingExtra("to_pandas needs pandas, which is not installed; "
                           "pip install 'conflictwatch[pandas]'.") from None
    from .link import dates
    rows = list(_rows(results))
    df = pd.DataFrame(rows)
    for col in COLUMNS:
        if col not in df.columns:
            df[col] = None
    first = [col for col in COLUMNS if col in df.columns]
    df = df[first + [c for c in df.columns if c not in first]]
    for col in COUNTS:
        df[col] = pd.array([None if v is None or v != v else int(v) for v in df[col]], dtype="Int64")
    parsed = [dates.parse(v) for v in df["date"]]
    df["date_first"] = pd.to_datetime([p[0] if p else None for p in parsed])
    for col in ("actors", "issues"):
        df[col] = [v if isinstance(v, list) else [] for v in df[col]]
    return df
