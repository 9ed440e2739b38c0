"""The extraction pipeline as plain functions: Report -> ExtractionResult."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from .records import ExtractionResult, Report


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        from .ingest._dates import plausible_date
        return plausible_date(value, what="the date given")
    from .errors import BadDate
    from .ingest._dates import plausible_date
    try:
        parsed = date.fromisoformat(str(value)[:10])
    except ValueError:
        raise BadDate(f"'{value}' is not a date; give it as YYYY-MM-DD.") from None
    return plausible_date(parsed, what="the date given")


def _is_path(text: str) -> bool:
    """A short one-line string naming an existing file or folder (not report text)."""
    if "\n" in text or len(text) > 1024:
        return False
    try:
        return Path(text).exists()
    except (OSError, ValueError):   # too long a name, a NUL byte: it is text
        return False


def reference_date(report: Report) -> date | None:
    """For a report without a publication date: the latest full date (day, month and year)
    it states itself, against which its relative dates ("on Sunday") can be placed; None
    when it states none (those events are then left out)."""
    from .extract.dates import find_dates
    days = []
    for m in find_dates(report.full_text, report.lang or "en", None):
        if not m.relative and m.value and len(m.value) == 10:
            try:
                days.append(date.fromisoformat(m.value_end or m.value))
            except ValueError:
                continue
    return max(days) if days else None


def extract_report(report: Report) -> ExtractionResult:
    """Extract every event of one report (language already identified or given).

    A report with no publication date has its relative dates placed against the latest
    full date it states (``reference_date``); the report itself stays undated."""
    from dataclasses import replace

    from .extract.events import get_extractor
    if not report.lang:
        from .ingest.langid import identify
        report.lang = identify(report.full_text)[0]
    reading = report
    if report.published is None:
        ref = reference_date(report)
        if ref is not None:
            reading = replace(report, published=ref)
    return ExtractionResult(report=report, events=get_extractor(report.lang)(reading))


def extract(source, *, published=None, lang: str = "auto", doc_id: str | None = None) -> list[ExtractionResult]:
    """Library entry point: a text string, a Report, or a path (file or folder)."""
    pub = _as_date(published)
    if isinstance(source, Report):
        return [extract_report(source)]
    if isinstance(source, Path) or (isinstance(source, str) and _is_path(source)):
        from .ingest import read_paths
        out = []
        for item in read_paths([str(source)], published=pub, lang=lang):
            if isinstance(item, Report):
                out.append(extract_report(item))
        return out
    report = Report(doc_id=doc_id or "text", text=str(source), published=pub,
                    lang=None if lang == "auto" else lang)
    return [extract_report(report)]
