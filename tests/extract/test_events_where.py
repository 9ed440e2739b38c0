"""Where events happen (issue 9): capitals, ambiguous names, several countries."""
from __future__ import annotations

from datetime import date

import pytest

from conflictwatch.records import Report
from conflictwatch.pipeline import extract_report

PUB = date(2011, 12, 6)  # a Tuesday


def events_of(text: str, lang: str, title: str | None = None, published: date = PUB):
    return extract_report(Report(doc_id="t", text=text, title=title, published=published, lang=lang)).events


def one(text, lang, etype, **kw):
    [ev] = [e for e in events_of(text, lang, **kw) if e.type == etype]
    return ev


@pytest.mark.parametrize("lang,text", [
    ("en", "Teachers in Neuquén province have been on strike since 1 December. "
           "On Monday police fired rubber bullets at teachers who marched in the provincial capital."),
    ("en", "Teachers in Neuquén province have been on strike since 1 December.\n\n"
           "On Monday police fired rubber bullets at teachers who marched in the capital."),
    ("es", "Los docentes de la provincia de Neuquén están en huelga desde el 1 de diciembre. "
           "El lunes la policía disparó balas de goma contra los maestros que marchaban en la capital provincial."),
    ("es", "Los docentes de la provincia de Neuquén están en huelga desde el 1 de diciembre.\n\n"
           "La capital de la provincia vivió el lunes una jornada violenta: la policía disparó balas de goma contra los maestros."),
])
def test_the_capital_of_a_report_about_a_province_is_the_provinces(lang, text):
    ev = one(text, lang, "crackdown")
    assert (ev.country, ev.admin1) == ("AR", "Neuquén")


@pytest.mark.parametrize("lang,text", [
    ("en", "Teachers in Neuquén province have been on strike since 1 December. "
           "On Monday thousands marched in support of them in the country's capital."),
    ("es", "Los docentes de la provincia de Neuquén están en huelga desde el 1 de diciembre. "
           "El lunes miles marcharon en su apoyo en la capital del país."),
])
def test_the_countrys_capital_is_the_nations(lang, text):
    ev = one(text, lang, "protest")
    assert (ev.country, ev.admin1) == ("AR", "Buenos Aires F.D.")


@pytest.mark.parametrize("lang,text", [
    ("en", "Thousands marched in Buenos Aires on Monday against the pension reform."),
    ("es", "Miles de personas marcharon el lunes en Buenos Aires contra la reforma previsional."),
])
def test_the_capital_city_is_its_own_district_as_geonames_names_it(lang, text):
    assert one(text, lang, "protest").admin1 == "Buenos Aires F.D."


@pytest.mark.parametrize("lang,text", [
    ("en", "In Madrid, the government declared on Sunday a state of emergency in Murcia."),
    ("es", "En Madrid, el Gobierno declaró el domingo el estado de emergencia en Murcia."),
])
def test_admin1_names_carry_no_trailing_punctuation(lang, text):
    ev = one(text, lang, "state_of_emergency")
    assert ev.admin1 and not ev.admin1.endswith((",", ";", ":"))
