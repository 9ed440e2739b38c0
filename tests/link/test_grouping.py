"""Conflict grouping by what a conflict is about, across the regions a report ties together
(issue #10), and conflict summaries kept by difference equal to ones computed whole."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from conflictwatch.link.conflicts import (add_tally, conflict_matches, contribution, report_ties,
                                          summarise_conflict, summary_from_tallies, tally_events)
from conflictwatch.records import Event, Evidence, Report
from conflictwatch.store.models import Conflict


def rep(doc_id: str, text: str, published: str, lang: str) -> Report:
    return Report(doc_id=doc_id, text=text, published=date.fromisoformat(published), lang=lang)


def ev(r: Report, sentence: str, **slots) -> Event:
    start = r.full_text.index(sentence)
    slots.setdefault("country", "PE")
    slots.setdefault("confidence", 0.8)
    return Event(evidence=[Evidence(sentence, start, start + len(sentence))], doc_id=r.doc_id, **slots)


# Two regional protest waves over the same demand, first told apart, then by one report together.
PUNO = rep("puno-es", "Miles de manifestantes marcharon en Juliaca el lunes para exigir elecciones.",
           "2023-01-10", "es")
CUSCO = rep("cusco-en", "Thousands marched in Cusco on Tuesday demanding early elections.", "2023-01-11", "en")
BOTH = rep("wave-en", "Protesters blocked roads near Juliaca on Friday. In Cusco, a strike closed shops the "
                      "same day. All demand new elections.", "2023-01-14", "en")


def puno_events():
    return [ev(PUNO, PUNO.text, type="protest", date="2023-01-09", admin1="Puno", location="Juliaca",
               issues=["elections", "governance"])]


def cusco_events():
    return [ev(CUSCO, CUSCO.text, type="protest", date="2023-01-10", admin1="Cusco", location="Cusco",
               issues=["elections"])]


def both_events():
    return [ev(BOTH, "Protesters blocked roads near Juliaca on Friday.", type="blockade", date="2023-01-13",
               admin1="Puno", location="Juliaca", issues=["elections"]),
            ev(BOTH, "In Cusco, a strike closed shops the same day.", type="strike", date="2023-01-13",
               admin1="Cusco", location="Cusco", issues=["elections"])]


def conflict_ids(store) -> set[int]:
    return {e["conflict_id"] for e in store.iter_events()}


def test_regions_stay_apart_until_a_report_ties_them(store):
    store.ingest_report(PUNO, puno_events())
    store.ingest_report(CUSCO, cusco_events())
    assert len(conflict_ids(store)) == 2, "two regions, no report linking them: two conflicts"
    store.ingest_report(BOTH, both_events())
    assert len(conflict_ids(store)) == 1
    rows, n = store.list_conflicts()
    assert n == 1 and rows[0]["n_events"] == 4
    assert rows[0]["counters"]["events_by_type"] == {"blockade": 1, "protest": 2, "strike": 1}


def test_a_later_event_of_any_tied_region_joins_the_conflict(store):
    for r, evs in ((PUNO, puno_events()), (CUSCO, cusco_events()), (BOTH, both_events())):
        store.ingest_report(r, evs)
    later = rep("cusco-es-2", "Un nuevo paro regional paralizó Cusco el lunes 16.", "2023-01-17", "es")
    store.ingest_report(later, [ev(later, later.text, type="strike", date="2023-01-16", admin1="Cusco",
                                   location="Cusco", issues=["elections"])])
    assert len(conflict_ids(store)) == 1


def test_a_report_never_ties_two_projects(store):
    r = rep("mines-en", "Farmers blocked the road to the Tia Maria site on Monday, while Las Bambas "
                        "communities marched in Challhuahuacho.", "2019-07-16", "en")
    store.ingest_report(r, [
        ev(r, "Farmers blocked the road to the Tia Maria site on Monday,", type="blockade", date="2019-07-15",
           admin1="Arequipa", location="Islay", project="Tía María", company="Southern Copper", issues=["mining"]),
        ev(r, "Las Bambas communities marched in Challhuahuacho.", type="protest", date="2019-07-15",
           admin1="Apurímac", location="Challhuahuacho", project="Las Bambas", company="MMG", issues=["mining"])])
    assert len(conflict_ids(store)) == 2


@pytest.mark.parametrize("a,b,tied", [
    ({"country": "PE", "issues": ["elections"], "date": "2023-01-09"},
     {"country": "PE", "issues": ["elections", "governance"], "date": "2022-12-11"}, True),
    ({"country": "PE", "issues": ["land"], "date": "2014-05-01"},            # years apart, same issue
     {"country": "PE", "issues": ["land", "indigenous_rights"], "date": "2009-06-05"}, True),
    ({"country": "PE", "issues": ["wages"], "date": "2023-01-09"},           # no shared issue, far apart
     {"country": "PE", "issues": ["land"], "date": "2022-06-01"}, False),
    ({"country": "PE", "issues": ["mining"], "project": "Conga"},
     {"country": "PE", "issues": ["mining"], "project": "Tía María"}, False),
    ({"country": "PE", "issues": ["fuel"]}, {"country": "EC", "issues": ["fuel"]}, False),
], ids=["same-issue", "years-apart", "unrelated", "two-projects", "two-countries"])
def test_report_ties(a, b, tied):
    assert report_ties(a, b) is tied


def test_a_national_event_meets_a_regional_conflict_only_on_a_shared_issue():
    conflict = dict(summarise_conflict([{"type": "protest", "country": "KE", "admin1": "Nairobi Area",
                                         "date": "2024-06-20", "issues": ["prices", "governance"]}]), id=1)
    national = {"type": "protest", "country": "KE", "date": "2024-06-25", "issues": ["prices"]}
    assert conflict_matches(national, conflict) == 1
    assert conflict_matches(dict(national, issues=[]), conflict) == 0
    assert conflict_matches(dict(national, admin1="Mombasa"), conflict) == 0
    assert conflict_matches(dict(national, admin1="Mombasa"), dict(conflict, admin1s=["Mombasa", "Nairobi Area"])) == 1


def test_tallies_by_difference_equal_tallies_of_all_events():
    events = [{"type": "strike", "country": "PE", "admin1": "Puno", "date": "2023-01-04", "fatalities": 2,
               "issues": ["elections"]},
              {"type": "protest", "country": "PE", "admin1": "Cusco", "date": "2023-01-05", "issues": ["governance"]},
              {"type": "crackdown", "country": "PE", "admin1": "Puno", "date": "2023-01-09", "fatalities": 17,
               "injuries": 40, "issues": ["elections"]}]
    t = tally_events(events[:2])
    changed = dict(events[1], admin1="Puno", injuries=3)
    add_tally(t, contribution(events[1]), -1)
    add_tally(t, contribution(changed))
    add_tally(t, contribution(events[2]))
    assert t == tally_events([events[0], changed, events[2]])
    s = summary_from_tallies(t, "2023-01-04", "2023-01-09")
    whole = summarise_conflict([events[0], changed, events[2]])
    for k in ("name", "admin1", "issues", "admin1s"):
        assert s[k] == whole[k]
    assert (s["counters"]["fatalities"], s["counters"]["injuries"]) == (19, 43)


def test_stored_conflicts_equal_conflicts_computed_from_their_events(store):
    for r, evs in ((PUNO, puno_events()), (CUSCO, cusco_events()), (BOTH, both_events())):
        store.ingest_report(r, evs)
    with store.session() as s:
        for c in s.scalars(select(Conflict)):
            stored = (c.name, c.first_event, c.last_event, c.counters, c.tallies)
            store.refresh_conflict(s, c.id)
            assert stored == (c.name, c.first_event, c.last_event, c.counters, c.tallies)


def test_big_conflicts_recount_detentions_later_and_exactly(store, monkeypatch):
    monkeypatch.setattr(type(store), "RECOUNT_NOW_EVENTS", 1)      # every conflict counts as big
    monkeypatch.setattr(type(store), "RECOUNT_EVERY_REPORTS", 1000)
    days = ["2023-01-05", "2023-01-09", "2023-01-13"]   # days apart: three events
    for i, day in enumerate(days):
        r = rep(f"arrests-{i}", f"Police detained {i + 3} people in Juliaca on {day}.", "2023-01-14", "en")
        store.ingest_report(r, [ev(r, r.text, type="arrest", date=day, admin1="Puno", location="Juliaca",
                                   arrests=i + 3, issues=["elections"])])
    (cid,) = conflict_ids(store)
    assert store.get_conflict(cid)["counters"]["arrests"] < 3 + 4 + 5, "left for later"
    assert store.recount_conflicts() == 1
    assert store.get_conflict(cid)["counters"]["arrests"] == 3 + 4 + 5


# A town's clash told first with no issue (the extractor found none), then by a report that
# gives the issue and ties it to the capital's protests (issue #10: Bolivia 2019 came out in two).
SACABA = rep("sacaba-es", "La policía y el ejército dispararon contra la marcha en Sacaba el viernes; nueve "
                          "personas murieron y decenas fueron detenidas.", "2019-11-16", "es")
WIRE = rep("sacaba-en", "Soldiers fired on marchers in Sacaba on Friday. In El Alto, residents kept blocking "
                        "the fuel plant to demand fuel and new elections.", "2019-11-20", "en")


def sacaba_events():
    return [ev(SACABA, SACABA.text, type="crackdown", date="2019-11-15", country="BO", admin1="Cochabamba",
               location="Sacaba", fatalities=9, issues=[]),
            ev(SACABA, SACABA.text, type="arrest", date="2019-11-15", country="BO", admin1="Cochabamba",
               location="Sacaba", issues=[])]


def wire_events():
    return [ev(WIRE, "Soldiers fired on marchers in Sacaba on Friday.", type="crackdown", date="2019-11-15",
               country="BO", admin1="Cochabamba", location="Sacaba", issues=["elections"]),
            ev(WIRE, "In El Alto, residents kept blocking the fuel plant to demand fuel and new elections.",
               type="blockade", date="2019-11-19", country="BO", admin1="La Paz", location="El Alto",
               issues=["fuel", "elections"])]


def test_an_event_or_conflict_with_no_issue_says_nothing_against_the_other():
    conflict = dict(summarise_conflict([e.to_dict() for e in sacaba_events()]), id=1)
    assert conflict["issues"] == []
    with_issue = dict(sacaba_events()[0].to_dict(), type="riot", issues=["elections"])
    assert conflict_matches(with_issue, conflict) == 1
    # two issues that differ still keep a region's two conflicts apart
    told = dict(summarise_conflict([with_issue]), id=2)
    assert conflict_matches(dict(with_issue, issues=["wages"]), told) == 0
    assert conflict_matches(dict(with_issue, issues=[]), told) == 1


def test_a_clash_that_gains_its_issue_stays_with_the_events_its_first_report_told(store):
    store.ingest_report(SACABA, sacaba_events())
    store.ingest_report(WIRE, wire_events())
    assert len(conflict_ids(store)) == 1


# A company one report names beside the conflict (issue #10: Chile 2019's fare protests came
# out under "Metro de Santiago", apart from the marches that followed).
FARE = rep("fare-es", "Estudiantes evadieron el pago en estaciones del Metro de Santiago el lunes 14 contra "
                      "el alza del pasaje. El viernes ardieron estaciones del Metro.", "2019-10-19", "es")
MARCH = rep("march-es", "Más de un millón de personas marcharon el viernes 25 en Santiago contra la "
                        "desigualdad. Por la noche hubo saqueos en Maipú.", "2019-10-26", "es")
REVIEW = rep("review-en", "Students jumped the turnstiles in mid-October over the fare rise; on 25 October more "
                          "than a million marched in Santiago against inequality. Police fired tear gas at the "
                          "marchers and detained dozens.", "2019-11-16", "en")


def review_events():
    where = dict(country="CL", admin1="Santiago Metropolitan", location="Santiago")
    return [ev(REVIEW, "Students jumped the turnstiles in mid-October over the fare rise;", type="protest",
               date="2019-10-14", issues=["prices"], **where),
            ev(REVIEW, "on 25 October more than a million marched in Santiago against inequality.", type="protest",
               date="2019-10-25", issues=["inequality"], **where),
            ev(REVIEW, "Police fired tear gas at the marchers and detained dozens.", type="crackdown",
               date="2019-10-25", issues=["inequality"], **where),
            ev(REVIEW, "Police fired tear gas at the marchers and detained dozens.", type="arrest",
               date="2019-10-25", issues=["inequality"], **where)]


def fare_events():
    return [ev(FARE, "Estudiantes evadieron el pago en estaciones del Metro de Santiago el lunes 14 contra el "
                     "alza del pasaje.", type="protest", date="2019-10-14", country="CL",
               admin1="Santiago Metropolitan", location="Santiago", company="Metro de Santiago", issues=["prices"]),
            ev(FARE, "El viernes ardieron estaciones del Metro.", type="riot", date="2019-10-18", country="CL",
               admin1="Santiago Metropolitan", location="Santiago", company="Metro de Santiago", issues=["prices"])]


def march_events():
    return [ev(MARCH, "Más de un millón de personas marcharon el viernes 25 en Santiago contra la desigualdad.",
               type="protest", date="2019-10-25", country="CL", admin1="Santiago Metropolitan",
               location="Santiago", issues=["inequality"]),
            ev(MARCH, "Por la noche hubo saqueos en Maipú.", type="riot", date="2019-10-25", country="CL",
               admin1="Santiago Metropolitan", location="Maipú", issues=["inequality"])]


def test_a_report_naming_no_company_ties_a_conflict_a_company_name_set_apart(store):
    store.ingest_report(FARE, fare_events())
    store.ingest_report(MARCH, march_events())
    assert len(conflict_ids(store)) == 2
    store.ingest_report(REVIEW, review_events())
    assert len(conflict_ids(store)) == 1
    # a company that fewer than half of the events name is not the conflict's identity
    rows, n = store.list_conflicts()
    assert n == 1 and rows[0]["company"] is None and not rows[0]["name"].startswith("Metro")


def test_a_report_naming_a_company_does_not_tie_it_to_a_regions_other_conflict(store):
    # a report about the metro that also tells of a teachers' strike: the strike stays its own
    teachers = rep("teachers-es", "Los profesores iniciaron el miércoles 16 un paro por salarios en Santiago. "
                                  "El jueves marcharon hasta el ministerio.", "2019-10-18", "es")
    strike = dict(type="strike", date="2019-10-16", country="CL", admin1="Santiago Metropolitan",
                  location="Santiago", issues=["wages"])
    store.ingest_report(FARE, fare_events())
    store.ingest_report(teachers, [
        ev(teachers, "Los profesores iniciaron el miércoles 16 un paro por salarios en Santiago.", **strike),
        ev(teachers, "El jueves marcharon hasta el ministerio.", **dict(strike, type="protest", date="2019-10-17"))])
    assert len(conflict_ids(store)) == 2
    metro = rep("metro-en", "Rioters burned Metro de Santiago stations on Friday. Teachers went on "
                            "striking for wages.", "2019-10-19", "en")
    store.ingest_report(metro, [
        ev(metro, "Rioters burned Metro de Santiago stations on Friday.", type="riot",
           date="2019-10-18", country="CL", admin1="Santiago Metropolitan", location="Santiago",
           company="Metro de Santiago", issues=["prices"]),
        ev(metro, "Teachers went on striking for wages.", **strike)])
    assert len(conflict_ids(store)) == 2


def test_a_company_names_its_conflict_only_when_at_least_half_of_its_events_name_it():
    named = [dict(e.to_dict(), status="new") for e in fare_events()]
    plain = [dict(e.to_dict(), status="new") for e in march_events() + review_events()]
    assert summarise_conflict(named)["company"] == "Metro de Santiago"
    assert summarise_conflict(named + plain[:2])["company"] == "Metro de Santiago"   # 2 of 4
    mixed = summarise_conflict(named + plain[:3])                                     # 2 of 5
    assert mixed["company"] is None and mixed["name"].startswith("Santiago Metropolitan")
