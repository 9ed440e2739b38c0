"""Date values of SCHEMA (YYYY-MM-DD, YYYY-MM, YYYY) as day intervals."""
from __future__ import annotations

import calendar
from datetime import date, timedelta


def parse(value) -> tuple[date, date, int] | None:
    """(first day, last day, precision) with precision 3 day, 2 month, 1 year; None if unreadable."""
    if not value or not isinstance(value, str):
        return None
    try:
        nums = [int(p) for p in value.strip()[:10].split("-")]
        if len(nums) == 3:
            d = date(*nums)
            return d, d, 3
        if len(nums) == 2:
            return date(nums[0], nums[1], 1), date(nums[0], nums[1], calendar.monthrange(*nums)[1]), 2
        if len(nums) == 1:
            return date(nums[0], 1, 1), date(nums[0], 12, 31), 1
    except (ValueError, TypeError):
        return None
    return None


def precision(value) -> int:
    p = parse(value)
    return p[2] if p else 0


def interval(d: dict, slack_days: int = 0) -> tuple[date, date] | None:
    """The days an event covers: its date (a day, month or year) to its date_end."""
    start = parse(d.get("date"))
    if start is None:
        return None
    first, last, prec = start
    end = parse(d.get("date_end"))
    if end is not None and end[1] >= first:
        last = end[1]
    if prec == 3 and slack_days:
        first, last = shift(first, -slack_days), shift(last, slack_days)
    return first, last


def shift(day: date, days: int) -> date:
    """``day`` plus ``days``, clamped to date.min..date.max (a year-1 or year-9999 date
    must not overflow the arithmetic)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def gap_days(a: dict, b: dict) -> int | None:
    """Days between the two intervals (0 when they overlap); None when a date is missing."""
    ia, ib = interval(a), interval(b)
    if not ia or not ib:
        return None
    if ia[0] <= ib[1] and ib[0] <= ia[1]:
        return 0
    return (ib[0] - ia[1]).days if ia[1] < ib[0] else (ia[0] - ib[1]).days
