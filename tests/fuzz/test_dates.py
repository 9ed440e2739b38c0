"""Fuzzing the date resolver: any text, any publication date, English and Spanish. No
exception; every mention's offsets give its surface, its value is a real date (or month, or
year) and a range never ends before it starts."""
from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictwatch.extract.dates import add_days, find_dates, find_durations

from .strategies import FUZZ, any_text, prose

VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def real(value: str) -> None:
    assert VALUE.match(value), value
    parts = [int(p) for p in value.split("-")]
    date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def first_day(value: str) -> str:
    return (value + "-01-01")[:10] if len(value) == 4 else (value + "-01")[:10]


@pytest.mark.parametrize("lang", ["en", "es"])
@FUZZ
@given(data=st.data(), published=st.one_of(st.none(), st.dates()))
def test_find_dates_on_any_text(lang, data, published):
    text = data.draw(st.one_of(prose(lang), any_text))
    for m in find_dates(text, lang, published):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.surface
        real(m.value)
        if m.value_end is not None:
            real(m.value_end)
            assert first_day(m.value_end) >= first_day(m.value)
        if m.relative or published is None:
            pass
    for d in find_durations(text, lang):
        assert text[d.start:d.end] == d.surface
        assert isinstance(d.days, int) and d.days >= 0


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("published", [date(1, 1, 1), date(9999, 12, 31), date(2024, 2, 29)])
@pytest.mark.parametrize("text", [
    "since yesterday until next month, on Monday 31 December 9999, last year, 29 February",
    "desde ayer hasta el próximo mes, el lunes 31 de diciembre de 9999, el año pasado, 29 de febrero",
    "12/31 13/13 0/0 31/02 99999999999999999999 de enero of January 0000",
])
def test_dates_at_the_ends_of_the_calendar(lang, published, text):
    for m in find_dates(text, lang, published):
        real(m.value)


@FUZZ
@given(value=st.one_of(st.dates().map(str), st.dates().map(lambda d: str(d)[:7]),
                       st.integers(1, 9999).map(lambda y: f"{y:04d}")),
       days=st.integers(-10**12, 10**12))
def test_add_days_gives_a_real_day_never_before_the_start(value, days):
    out = add_days(value, days)       # a span past 9999-12-31 ends there
    real(out)
    assert out >= first_day(value)
