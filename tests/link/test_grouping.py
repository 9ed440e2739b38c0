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
