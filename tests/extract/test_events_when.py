"""The right event gets the right date, and one event stays one (or two stay two)
(issue 9, parts 3 and 4). Hand-written texts, in English and Spanish."""
from __future__ import annotations

from datetime import date

import pytest

from conflictwatch.pipeline import extract_report
from conflictwatch.records import Report

FRI = date(2011, 12, 9)    # a Friday


def events_of(text: str, lang: str, published: date | None = FRI):
    return extract_report(Report(doc_id="t", text=text, published=published, lang=lang)).events


def of_type(text: str, lang: str, etype: str, published: date | None = FRI):
    return sorted((e for e in events_of(text, lang, published) if e.type == etype), key=lambda e: e.date)


@pytest.mark.parametrize("lang,text", [
    ("en", "Police fired tear gas at farmers in Cusco on Wednesday. Clashes resumed on Thursday "
           "morning near the bridge."),
    ("en", "Police fired tear gas at farmers in Cusco on Wednesday. On Thursday police again fired "
           "tear gas near the bridge."),
    ("es", "La policía lanzó gases lacrimógenos contra los campesinos en Cusco el miércoles. Los "
           "enfrentamientos se reanudaron el jueves por la mañana cerca del puente."),
    ("es", "La policía lanzó gases lacrimógenos contra los campesinos en Cusco el miércoles. El "
           "jueves la policía volvió a lanzar gases lacrimógenos cerca del puente."),
])
def test_a_clash_told_as_renewed_on_the_next_day_is_another(lang, text):
    assert [e.date for e in of_type(text, lang, "crackdown")] == ["2011-12-07", "2011-12-08"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Police fired tear gas at farmers in Cusco late on Wednesday. The clashes that began "
           "on Thursday night left five people injured."),
    ("es", "La policía lanzó gases lacrimógenos contra los campesinos en Cusco el miércoles por la "
           "noche. Los enfrentamientos del jueves de madrugada dejaron cinco heridos."),
])
def test_one_clash_told_across_midnight_stays_one(lang, text):
    assert len(of_type(text, lang, "crackdown")) == 1
