"""Plausible publication dates: a report dated in year 1 or 9999 is a broken feed or page,
not news, and date arithmetic near ``date.min``/``date.max`` overflows. Every reader's
report passes ``check_report_date`` (``read_paths``, the extraction stream, the workers)."""
from __future__ import annotations

from datetime import date

from ..errors import BadDate

#: the earliest publication year accepted (older archives: raise it in a plugin reader)
MIN_YEAR = 1800


def max_year() -> int:
    """The latest publication year accepted: next year (clocks and time zones differ)."""
    return date.today().year + 1


def implausible(value: date | None) -> bool:
    return value is not None and not (MIN_YEAR <= value.year <= max_year())


def plausible_date(value: date | None, *, what: str = "the publication date",
                   path: str | None = None, line: int | None = None) -> date | None:
    """``value`` unchanged, or BadDate (E112) when its year is outside MIN_YEAR..next year."""
    if implausible(value):
        raise BadDate(f"{what} {value.isoformat()} is not plausible (years {MIN_YEAR} to "
                      f"{max_year()}); fix the date in the source, or remove it and give "
                      "--published YYYY-MM-DD.", path=path, line=line)
    return value


def check_report_date(report):
    """The report, or the BadDate (E112) that skips it when its date is not plausible."""
    try:
        plausible_date(report.published, path=report.path or report.doc_id, line=report.line)
    except BadDate as err:
        return err
    return report
