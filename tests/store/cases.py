"""Hand-written reports (English and Spanish) and the events an extractor reads in them,
shared by the store, link and export tests."""
from __future__ import annotations

from datetime import date

from conflictwatch.records import Actor, Event, Evidence, Report


def report(doc_id: str, title: str, text: str, published: str, lang: str, url: str | None = None,
           source: str | None = None) -> Report:
    return Report(doc_id=doc_id, title=title, text=text, published=date.fromisoformat(published), lang=lang,
                  url=url, source=source)


def event(rep: Report, sentence: str, **slots) -> Event:
    """An event of ``rep`` whose evidence is ``sentence`` (found in the report's full text)."""
    full = rep.full_text
    start = full.index(sentence)
    slots.setdefault("confidence", 0.7)
    return Event(evidence=[Evidence(sentence=sentence, start=start, end=start + len(sentence))],
                 doc_id=rep.doc_id, **slots)


# --- one road blockade in Espinar told in English and in Spanish ---------------------------

EN_BLOCKADE = report(
    "espinar-en-2023-03-14", "Farmers block highway in Espinar over water",
    "Hundreds of farmers blocked the road between Espinar and Yauri on Monday, demanding that the "
    "mining company stop drawing water from the Salado river. Police said two officers were hurt "
    "when stones were thrown at a patrol.",
    "2023-03-14", "en", url="https://example.org/en/espinar-blockade", source="Andes Wire")
ES_BLOCKADE = report(
    "espinar-es-2023-03-15", "Comuneros bloquean la vía Espinar-Yauri",
    "Cientos de comuneros bloquearon el lunes la carretera entre Espinar y Yauri para exigir que la "
    "minera deje de captar agua del río Salado. La policía informó que tres agentes resultaron heridos.",
    "2023-03-15", "es", url="https://example.org/es/bloqueo-espinar", source="Diario del Sur")


def blockade_events(rep: Report) -> list[Event]:
    en = rep.lang == "en"
    sentence = ("Hundreds of farmers blocked the road between Espinar and Yauri on Monday, demanding that the "
                "mining company stop drawing water from the Salado river.") if en else (
                "Cientos de comuneros bloquearon el lunes la carretera entre Espinar y Yauri para exigir que la "
                "minera deje de captar agua del río Salado.")
    return [event(rep, sentence, type="blockade", date="2023-03-13", country="PE", admin1="Cusco",
                  location="Espinar", latitude=-14.79, longitude=-71.41, geo_precision=1,
                  actors=[Actor("farmers" if en else "comuneros", "initiator", "community")],
                  injuries=2 if en else 3, issues=["water", "mining"])]


# --- two clashes in Juliaca, a week apart ---------------------------------------------------

EN_CLASH_1 = report(
    "juliaca-en-2023-01-10", "Clash at Juliaca airport",
    "Police fired tear gas at demonstrators who tried to reach the Juliaca airport on Monday. "
    "Hospital staff said eleven people were treated for injuries.",
    "2023-01-10", "en", source="Altiplano News")
ES_CLASH_2 = report(
    "juliaca-es-2023-01-17", "Nuevo enfrentamiento en Juliaca",
    "Una semana después, el lunes 16 de enero, la policía y los manifestantes volvieron a enfrentarse "
    "en el centro de Juliaca. Seis personas fueron detenidas.",
    "2023-01-17", "es", source="Radio Puno")


def clash_events(rep: Report) -> list[Event]:
    if rep.lang == "en":
        return [event(rep, "Police fired tear gas at demonstrators who tried to reach the Juliaca airport on Monday.",
                      type="crackdown", date="2023-01-09", country="PE", admin1="Puno", location="Juliaca",
                      latitude=-15.5, longitude=-70.13, geo_precision=1, injuries=11,
                      actors=[Actor("Police", "initiator", "security_forces")], issues=["governance"])]
    return [event(rep, "Una semana después, el lunes 16 de enero, la policía y los manifestantes volvieron a "
                       "enfrentarse en el centro de Juliaca.",
                  type="crackdown", date="2023-01-16", country="PE", admin1="Puno", location="Juliaca",
                  latitude=-15.5, longitude=-70.13, geo_precision=1, arrests=6,
                  actors=[Actor("policía", "initiator", "security_forces")], issues=["governance"])]


# --- the Conga conflict (Cajamarca, 2011-2012) and an unrelated strike in Arequipa ----------

CONGA_STRIKE = report(
    "conga-strike-es-2011-11-25", "Paro regional contra Conga",
    "Miles de pobladores de Cajamarca iniciaron ayer un paro regional indefinido contra el proyecto "
    "minero Conga de Yanacocha, que según ellos secaría cuatro lagunas.",
    "2011-11-25", "es", source="Diario Norte")
CONGA_SOE = report(
    "conga-soe-en-2011-12-05", "Emergency declared in four Cajamarca provinces",
    "The government declared a 60-day state of emergency on Sunday in four provinces of Cajamarca, "
    "where protesters have paralysed the region for eleven days to stop the Conga gold mine.",
    "2011-12-05", "en", source="Lima Herald")
CONGA_PROTEST = report(
    "conga-celendin-es-2012-07-04", "Tres muertos en Celendín",
    "Tres manifestantes murieron el martes en Celendín durante una protesta contra el proyecto Conga, "
    "cuando la policía disparó contra la multitud frente a la municipalidad.",
    "2012-07-04", "es", source="Diario Norte")
AREQUIPA_STRIKE = report(
    "tia-maria-en-2011-04-06", "Farmers strike against copper mine in Islay",
    "Farmers in the Tambo valley of Islay province began an indefinite strike on Tuesday against the "
    "Tia Maria copper project, which they fear will take their irrigation water.",
    "2011-04-06", "en", source="Andes Wire")


def conga_events(rep: Report) -> list[Event]:
    if rep is CONGA_STRIKE:
        return [event(rep, rep.text, type="strike", date="2011-11-24", country="PE", admin1="Cajamarca",
                      location="Cajamarca", issues=["mining", "water"], project="Conga", company="Yanacocha",
                      participants=None, actors=[Actor("pobladores de Cajamarca", "initiator", "community")])]
    if rep is CONGA_SOE:
        return [event(rep, rep.text, type="state_of_emergency", action="declared", date="2011-12-04",
                      date_end="2012-02-01", country="PE", admin1="Cajamarca", location="Cajamarca",
                      issues=["mining"], project="Conga",
                      actors=[Actor("government", "initiator", "government")])]
    if rep is CONGA_PROTEST:
        return [event(rep, rep.text.split(",")[0], type="protest", date="2012-07-03", country="PE",
                      admin1="Cajamarca", location="Celendín", latitude=-6.87, longitude=-78.15, geo_precision=1,
                      issues=["mining"], project="Conga"),
                event(rep, rep.text, type="crackdown", date="2012-07-03", country="PE", admin1="Cajamarca",
                      location="Celendín", latitude=-6.87, longitude=-78.15, geo_precision=1, fatalities=3,
                      issues=["mining"], project="Conga",
                      actors=[Actor("policía", "initiator", "security_forces")])]
    if rep is AREQUIPA_STRIKE:
        return [event(rep, rep.text, type="strike", date="2011-04-05", country="PE", admin1="Arequipa",
                      location="Islay", issues=["mining", "water"], project="Tia Maria", company="Southern Copper",
                      actors=[Actor("farmers", "initiator", "community")])]
    raise KeyError(rep.doc_id)


# --- one blockade in Espinar told from its first day to its last (issue #10) ----------------

EN_BLOCKADE_BROKEN = report(
    "espinar-en-2023-03-21", "Police clear week-long blockade in Espinar",
    "Farmers had kept the road between Espinar and Yauri blocked since Monday 13 March. "
    "On Monday police cleared the blockade with tear gas and reopened the road to the mine.",
    "2023-03-21", "en", source="Andes Wire")
ES_BLOCKADE_BROKEN = report(
    "espinar-es-2023-03-21", "Desbloquean la vía Espinar-Yauri",
    "Los comuneros mantenían bloqueada la carretera entre Espinar y Yauri desde el lunes 13 de marzo. "
    "El lunes la policía despejó el bloqueo con gases lacrimógenos y reabrió la vía a la mina.",
    "2023-03-21", "es", source="Diario del Sur")


def blockade_broken_events(rep: Report) -> list[Event]:
    """The extractor reads the blockade twice: on the day it began and on the day it was cleared."""
    first, last = rep.text.split(". ")[0], rep.text.split(". ")[1]
    slots = dict(type="blockade", country="PE", admin1="Cusco", location="Espinar", latitude=-14.79,
                 longitude=-71.41, geo_precision=1, issues=["water", "mining"],
                 actors=[Actor("farmers" if rep.lang == "en" else "comuneros", "initiator", "community")])
    return [event(rep, first, date="2023-03-13", **slots), event(rep, last, date="2023-03-20", **slots)]


# --- one deal on Espinar signed in Lima, placed at the ministry by one report and at the mine
# --- by the other (issue #10) -----------------------------------------------------------------

EN_DEAL = report(
    "espinar-deal-en-2023-03-24", "Espinar communities and Glencore sign water deal in Lima",
    "Leaders of the Espinar communities and Glencore signed an agreement on water monitoring at the "
    "Ministry of Energy and Mines in Lima on Thursday, after two days of talks.",
    "2023-03-24", "en", source="Andes Wire")
ES_DEAL = report(
    "espinar-deal-es-2023-03-24", "Comunidades de Espinar y Glencore firman un acta",
    "Los dirigentes de las comunidades de Espinar y la minera Glencore firmaron el jueves un acta sobre "
    "el monitoreo del agua del río Salado, tras dos días de diálogo.",
    "2023-03-24", "es", source="Diario del Sur")


def deal_events(rep: Report) -> list[Event]:
    if rep.lang == "en":
        place = dict(admin1="Lima", location="Lima", latitude=-12.05, longitude=-77.04, geo_precision=1)
    else:
        place = dict(admin1="Cusco", location="Espinar", latitude=-14.79, longitude=-71.41, geo_precision=1)
    return [event(rep, rep.text, type="agreement", date="2023-03-23", country="PE", company="Glencore",
                  issues=["water", "mining"], **place)]
