"""Fuzzing the number reader: any text in English and Spanish gives mentions whose offsets
give their surface, whose values are non-negative integers, and whose kind is known."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictwatch.extract.numbers import find_numbers, parse_number

from .strategies import FUZZ, any_text, prose

KINDS = {"count", "money", "percent", "year", "time", "ordinal", "measure", "date_part"}


@pytest.mark.parametrize("lang", ["en", "es"])
@FUZZ
@given(data=st.data())
def test_find_numbers_on_any_text(lang, data):
    text = data.draw(st.one_of(prose(lang), any_text))
    for m in find_numbers(text, lang):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.surface
        assert m.kind in KINDS
        assert m.value is None or (isinstance(m.value, int) and m.value >= 0)


@pytest.mark.parametrize("lang", ["en", "es"])
@FUZZ
@given(surface=st.one_of(st.text(max_size=40), st.integers(0, 10**30).map(str),
                         st.from_regex(r"[0-9][0-9.,]{0,40}( (mil|million|millones|thousand))?", fullmatch=True)))
def test_parse_number_returns_an_int_or_none(lang, surface):
    value = parse_number(surface, lang)
    assert value is None or (isinstance(value, int) and value >= 0)


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("text", ["9" * 5000 + " people", "1," * 3000 + "000 workers",
                                  "1.000.000.000.000.000.000.000 de millones de personas",
                                  "mil " * 500 + "personas", "thousands of " * 500 + "people"])
def test_huge_numbers_do_not_raise(lang, text):
    for m in find_numbers(text, lang):
        assert text[m.start:m.end] == m.surface
