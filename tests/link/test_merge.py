"""Merging rules (conflictwatch.link.merge) on hand-built readings, English and Spanish."""
from __future__ import annotations

import pytest

from conflictwatch.link.merge import best_candidate, compatible, reconcile
from tests.store.cases import (EN_BLOCKADE, EN_CLASH_1, ES_BLOCKADE, ES_CLASH_2, blockade_events,
                               clash_events)


def reading(rep, ev, report_id, **over):
    d = ev.to_dict()
    d.update(report_id=report_id, doc_id=rep.doc_id, published=rep.published)
    d.update(over)
    return d


@pytest.mark.parametrize("first,second", [(EN_BLOCKADE, ES_BLOCKADE), (ES_BLOCKADE, EN_BLOCKADE)],
                         ids=["en-then-es", "es-then-en"])
def test_same_blockade_told_in_two_languages_is_compatible(first, second):
    a = reading(first, blockade_events(first)[0], 1)
    b = reading(second, blockade_events(second)[0], 2)
    event = dict(a, id=10, report_ids={1})
    assert compatible(b, event)
    assert best_candidate(b, [event]) is event


def test_clashes_in_one_town_a_week_apart_are_not_merged():
    a = reading(EN_CLASH_1, clash_events(EN_CLASH_1)[0], 1)
    b = reading(ES_CLASH_2, clash_events(ES_CLASH_2)[0], 2)
    assert not compatible(b, dict(a, id=1, report_ids={1}))


@pytest.mark.parametrize("rep", [EN_BLOCKADE, ES_BLOCKADE], ids=["en", "es"])
def test_month_only_date_joins_a_day_in_that_month_but_not_another_month(rep):
    day = reading(rep, blockade_events(rep)[0], 1)
    month = dict(day, report_id=2, date="2023-03", location=None, latitude=None, longitude=None)
    assert compatible(month, dict(day, id=1, report_ids={1}))
    assert not compatible(dict(month, date="2023-04"), dict(day, id=1, report_ids={1}))


@pytest.mark.parametrize("rep", [EN_BLOCKADE, ES_BLOCKADE], ids=["en", "es"])
def test_places_two_towns_apart_are_two_events_but_the_region_holds_the_town(rep):
    town = reading(rep, blockade_events(rep)[0], 1)
    other_town = dict(town, report_id=2, location="Sicuani", latitude=-14.27, longitude=-71.23)
    assert not compatible(other_town, dict(town, id=1, report_ids={1}))
    region = dict(town, report_id=2, location="Cusco", latitude=None, longitude=None, geo_precision=3)
    assert compatible(region, dict(town, id=1, report_ids={1}))
    other_region = dict(region, admin1="Puno", location="Puno")
    assert not compatible(other_region, dict(town, id=1, report_ids={1}))


def test_emergency_declared_and_lifted_are_different_events():
    base = {"type": "state_of_emergency", "action": "declared", "date": "2011-12", "country": "PE",
            "admin1": "Cajamarca", "location": "Cajamarca", "report_id": 1}
    assert compatible(dict(base, report_id=2), dict(base, id=1, report_ids={1}))
    assert not compatible(dict(base, report_id=2, action="lifted"), dict(base, id=1, report_ids={1}))


def test_a_reports_second_reading_of_one_event_collapses_into_it():
    # issue #10: the extractor read one event twice (same place, a day off, or town then region)
    a = reading(EN_BLOCKADE, blockade_events(EN_BLOCKADE)[0], 1)
    assert compatible(a, dict(a, id=1, report_ids={1}))
    assert compatible(dict(a, date="2023-03-14"), dict(a, id=1, report_ids={1}))
    assert compatible(dict(a, location="Cusco", geo_precision=3), dict(a, id=1, report_ids={1}))


@pytest.mark.parametrize("change", [
    {"date": "2023-03-16"},                                  # three days later: another event
    {"location": "Sicuani", "latitude": -14.27, "longitude": -71.23},   # another town
    {"injuries": 7},                                         # another toll
    {"admin1": "Puno", "location": "Juliaca"},               # another region
], ids=["other-day", "other-town", "other-figure", "other-region"])
def test_two_events_one_report_tells_apart_stay_apart(change):
    a = reading(EN_BLOCKADE, blockade_events(EN_BLOCKADE)[0], 1)
    assert not compatible(dict(a, **change), dict(a, id=1, report_ids={1}))


def test_different_projects_do_not_merge():
    a = reading(EN_BLOCKADE, blockade_events(EN_BLOCKADE)[0], 1, project="Las Bambas")
    b = reading(ES_BLOCKADE, blockade_events(ES_BLOCKADE)[0], 2, project="Tintaya")
    assert not compatible(b, dict(a, id=1, report_ids={1}))


def test_reconcile_keeps_precise_date_specific_place_latest_figure_and_every_differing_figure():
    en = reading(EN_BLOCKADE, blockade_events(EN_BLOCKADE)[0], 1)       # injuries 2, published 14th
    es = reading(ES_BLOCKADE, blockade_events(ES_BLOCKADE)[0], 2)       # injuries 3, published 15th
    vague = dict(en, report_id=3, doc_id="vague", date="2023-03", location="Cusco", latitude=None,
                 longitude=None, geo_precision=3, injuries=None, published=en["published"])
    merged = reconcile([vague, en, es])
    assert merged["date"] == "2023-03-13"
    assert merged["location"] == "Espinar" and merged["latitude"] == pytest.approx(-14.79)
    assert merged["injuries"] == 3                       # the later report's figure
    assert {f["value"] for f in merged["figures"]["injuries"]} == {2, 3}
    assert {f["doc_id"] for f in merged["figures"]["injuries"]} == {EN_BLOCKADE.doc_id, ES_BLOCKADE.doc_id}
    assert {a["name"] for a in merged["actors"]} == {"farmers", "comuneros"}
    assert merged["issues"] == ["mining", "water"]
    assert merged["confidence"] > 0.7


def test_reconcile_leaves_locked_fields_as_the_analyst_set_them():
    en = reading(EN_BLOCKADE, blockade_events(EN_BLOCKADE)[0], 1)
    es = reading(ES_BLOCKADE, blockade_events(ES_BLOCKADE)[0], 2)
    merged = reconcile([en, es], locked=["injuries", "location"], current={"injuries": 5, "location": "Yauri"})
    assert merged["injuries"] == 5 and merged["location"] == "Yauri"


def test_one_regions_declaration_dated_days_apart_is_one_decree_but_other_events_are_not():
    a = reading(EN_BLOCKADE, blockade_events(EN_BLOCKADE)[0], 1)
    soe = dict(a, type="state_of_emergency", action="declared", date="2023-03-13")
    told_later = dict(soe, report_id=2, date="2023-03-16")
    assert compatible(told_later, dict(soe, id=1, report_ids={1}))
    assert not compatible(dict(told_later, date="2023-03-17"), dict(soe, id=1, report_ids={1}))
    assert not compatible(dict(told_later, admin1=None, location=None), dict(soe, id=1, report_ids={1}))
    assert not compatible(dict(a, report_id=2, date="2023-03-16"), dict(a, id=1, report_ids={1}))
