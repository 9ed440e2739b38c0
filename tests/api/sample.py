"""A small observatory built from hand-written reports (English and Spanish) and hand-built
events, so API and UI tests do not depend on extraction quality."""
from __future__ import annotations

from datetime import date

from conflictwatch.records import Actor, Event, Evidence, Report

STRIKE_EN = ("Farmers in Celendín began an indefinite strike on Monday against the Cerro Verde "
             "Alto gold project, saying it would dry up four lagoons. Some 3,000 people marched "
             "to the main square. Shops stayed closed.")
STRIKE_ES = ("Comuneros de Celendín iniciaron el lunes un paro indefinido contra el proyecto "
             "aurífero Cerro Verde Alto. Unas 3.000 personas marcharon hasta la plaza de armas, "
             "según la policía.")
SOE_ES = ("El Gobierno declaró el estado de emergencia por 30 días en la provincia de Cotabambas, "
          "en Apurímac, tras los enfrentamientos del domingo en los que murieron dos comuneros.")
SCRIPT_EN = ("Residents of Espinar blocked the highway to the copper mine on Tuesday. "
             "A leaflet they handed out read <script>alert('x')</script> in large letters.")


def _span(text: str, sentence_start: str) -> Evidence:
    i = text.index(sentence_start)
    j = text.find(". ", i)
    j = len(text) if j < 0 else j + 1
    return Evidence(text[i:j], i, j)


def reports_and_events() -> list[tuple[Report, list[Event]]]:
    out = []
    r1 = Report(doc_id="celendin-en", title="Celendín strikes over gold project", text=STRIKE_EN,
                published=date(2026, 3, 4), lang="en", source="wire")
    t1 = r1.full_text
    out.append((r1, [Event(type="strike", date="2026-03-02", country="PE", admin1="Cajamarca",
                           location="Celendín", latitude=-6.87, longitude=-78.15, participants=3000,
                           issues=["mining", "water"], project="Cerro Verde Alto",
                           actors=[Actor("farmers of Celendín", "initiator", "community")],
                           evidence=[_span(t1, "Farmers in"), _span(t1, "Some 3,000")],
                           confidence=0.8, doc_id="celendin-en")]))
    r2 = Report(doc_id="celendin-es", title="Paro en Celendín", text=STRIKE_ES,
                published=date(2026, 3, 3), lang="es", source="radio")
    t2 = r2.full_text
    out.append((r2, [Event(type="strike", date="2026-03-02", country="PE", admin1="Cajamarca",
                           location="Celendín", latitude=-6.87, longitude=-78.15, participants=3000,
                           issues=["mining"], project="Cerro Verde Alto",
                           evidence=[_span(t2, "Comuneros de")], confidence=0.7, doc_id="celendin-es")]))
    r3 = Report(doc_id="cotabambas-es", title="Emergencia en Cotabambas", text=SOE_ES,
                published=date(2026, 2, 10), lang="es", source="diario")
    t3 = r3.full_text
    out.append((r3, [Event(type="state_of_emergency", action="declared", date="2026-02-09",
                           date_end="2026-03-10", country="PE", admin1="Apurímac", location="Cotabambas",
                           latitude=-13.75, longitude=-72.35, issues=["mining"],
                           evidence=[_span(t3, "El Gobierno")], confidence=0.9, doc_id="cotabambas-es")]))
    r4 = Report(doc_id="espinar-en", title="Highway blocked in Espinar", text=SCRIPT_EN,
                published=date(2026, 1, 21), lang="en", source="blog")
    t4 = r4.full_text
    out.append((r4, [Event(type="blockade", date="2026-01-20", country="PE", admin1="Cusco",
                           location="Espinar", latitude=-14.79, longitude=-71.41, issues=["mining"],
                           evidence=[_span(t4, "Residents of")], confidence=0.3, doc_id="espinar-en")]))
    return out


def build_store(url: str):
    from conflictwatch.store import Store
    store = Store(url)
    for report, events in reports_and_events():
        store.ingest_report(report, events)
    return store
