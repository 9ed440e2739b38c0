"""Fuzzing the extractor (``pipeline.extract_report``) on any text, English and Spanish:
no exception; every event has a known type, evidence whose offsets give its sentence,
and slot values of the right shape."""
from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictwatch.pipeline import extract_report
from conflictwatch.records import EVENT_TYPES, Report

from .strategies import FUZZ, any_text, prose

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check_events(report: Report, events) -> None:
    text = report.full_text
    for ev in events:
        assert ev.type in EVENT_TYPES
        for e in ev.evidence:
            assert 0 <= e.start <= e.end <= len(text)
            assert text[e.start:e.end] == e.sentence
        for name in ("date", "date_end"):
            v = getattr(ev, name)
            assert v is None or DATE.match(v), (name, v)
        for name in ("participants", "fatalities", "injuries", "arrests"):
            v = getattr(ev, name)
            assert v is None or (isinstance(v, int) and v >= 0), (name, v)
        assert 0.0 <= ev.confidence <= 1.0
        assert ev.country is None or len(ev.country) == 2
        ev.to_dict()        # serialisable as the store and the exports need it


@pytest.mark.parametrize("lang", ["en", "es"])
@FUZZ
@given(data=st.data(), published=st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1),
                                                                   max_value=date(2100, 12, 31)),
                                           st.dates()))
def test_extract_report_on_any_text(lang, data, published):
    text = data.draw(st.one_of(prose(lang), prose(lang), any_text))
    title = data.draw(st.one_of(st.none(), prose(lang).map(lambda t: t[:80])))
    if not (text.strip() or (title or "").strip()):
        text = "x"
    report = Report(doc_id="fuzz", text=text, title=title, published=published, lang=lang)
    result = extract_report(report)
    check_events(result.report, result.events)


@pytest.mark.parametrize("lang,sentence", [
    ("en", "About 2,000 teachers went on strike in Cusco on Monday against the reform. "),
    ("es", "Unos 2.000 docentes iniciaron un paro en Cusco el lunes contra la reforma. "),
])
@pytest.mark.parametrize("shape", ["repeated", "one_long_sentence", "no_spaces"])
def test_long_reports_do_not_raise(lang, sentence, shape):
    if shape == "repeated":
        text = sentence * 400
    elif shape == "one_long_sentence":
        text = sentence.rstrip(". ") + (", y " if lang == "es" else ", and ") * 3000 + "."
    else:
        text = sentence.replace(" ", "") * 300
    report = Report(doc_id="long", text=text, published=date(2024, 5, 6), lang=lang)
    check_events(report, extract_report(report).events)
