"""Merging rules (conflictwatch.link.merge) on hand-built readings, English and Spanish."""
from __future__ import annotations

import pytest

from conflictwatch.link.merge import best_candidate, compatible, reconcile
from tests.store.cases import (EN_BLOCKADE, EN_BLOCKADE_BROKEN, EN_CLASH_1, EN_DEAL, ES_BLOCKADE,
                               ES_BLOCKADE_BROKEN, ES_CLASH_2, ES_DEAL, blockade_broken_events,
                               blockade_events, clash_events, deal_events)


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
    # issue #10: the extractor read one blockade twice (same place, a day off, or town then region)
    a = reading(EN_BLOCKADE, blockade_events(EN_BLOCKADE)[0], 1)
    assert compatible(a, dict(a, id=1, report_ids={1}))
    assert compatible(dict(a, date="2023-03-14"), dict(a, id=1, report_ids={1}))
    assert compatible(dict(a, location="Cusco", geo_precision=3), dict(a, id=1, report_ids={1}))


@pytest.mark.parametrize("change", [
    {"date": "2023-04-13"},                                  # a month later: another blockade
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
    clash = dict(a, type="crackdown")
    assert not compatible(dict(clash, report_id=2, date="2023-03-16"), dict(clash, id=1, report_ids={1}))


def test_a_report_that_tells_clashes_in_one_town_on_two_days_tells_two_events():
    # the riots of Friday and of Saturday: only lasting events (blockades ...) span days
    a = reading(EN_CLASH_1, clash_events(EN_CLASH_1)[0], 1, injuries=None)
    event = dict(a, id=1, report_ids={1})
    assert not compatible(dict(a, date="2023-01-10"), event)
    assert compatible(dict(a, location="Puno", latitude=None, longitude=None, geo_precision=3), event)


@pytest.mark.parametrize("rep", [EN_BLOCKADE_BROKEN, ES_BLOCKADE_BROKEN], ids=["en", "es"])
def test_a_reports_readings_of_one_blockade_from_its_first_to_its_last_day_are_one(rep):
    began, cleared = (reading(rep, e, 1) for e in blockade_broken_events(rep))
    event = dict(began, id=1, report_ids={1})
    assert compatible(cleared, event)
    # not in another town, nor when either reading is only the region, nor weeks later
    assert not compatible(dict(cleared, location="Sicuani", latitude=-14.27, longitude=-71.23), event)
    assert not compatible(dict(cleared, location="Cusco", latitude=None, longitude=None, geo_precision=3), event)
    assert not compatible(dict(cleared, date="2023-04-10"), event)


@pytest.mark.parametrize("rep", [EN_BLOCKADE_BROKEN, ES_BLOCKADE_BROKEN], ids=["en", "es"])
def test_reconcile_runs_a_blockade_from_the_first_to_the_last_day_a_report_tells(rep):
    began, cleared = (reading(rep, e, 1) for e in blockade_broken_events(rep))
    seen = reading(ES_BLOCKADE, blockade_events(ES_BLOCKADE)[0], 2, date="2023-03-18")
    merged = reconcile([seen, cleared, began])
    assert (merged["date"], merged["date_end"]) == ("2023-03-13", "2023-03-20")
    # two reports that each tell one day give no span; nor do events that do not last
    assert reconcile([seen, dict(began, report_id=3)])["date_end"] is None
    clash = [dict(m, type="crackdown") for m in (began, cleared)]
    assert reconcile(clash)["date_end"] is None


def test_a_blockade_in_one_town_dated_three_days_apart_by_two_reports_is_one():
    # one report dates it by the day it began, another by the day it saw it
    a = reading(EN_BLOCKADE, blockade_events(EN_BLOCKADE)[0], 1)
    event = dict(a, id=1, report_ids={1})
    b = reading(ES_BLOCKADE, blockade_events(ES_BLOCKADE)[0], 2)
    assert compatible(dict(b, date="2023-03-16"), event)
    assert not compatible(dict(b, date="2023-03-17"), event)
    # not for the region-wide reading, nor for an event that does not last
    assert not compatible(dict(b, date="2023-03-16", location="Cusco", latitude=None, longitude=None,
                               geo_precision=3), event)
    clash = dict(a, type="crackdown")
    assert not compatible(dict(b, type="crackdown", date="2023-03-15"), dict(clash, id=2, report_ids={1}))


@pytest.mark.parametrize("first,second", [(EN_DEAL, ES_DEAL), (ES_DEAL, EN_DEAL)],
                         ids=["en-then-es", "es-then-en"])
def test_a_deal_on_one_company_is_one_event_at_the_ministry_or_at_the_mine(first, second):
    a = reading(first, deal_events(first)[0], 1)
    b = reading(second, deal_events(second)[0], 2)
    event = dict(a, id=1, report_ids={1})
    assert compatible(b, event)
    # another company, another day, another country or another kind of event: apart
    assert not compatible(dict(b, company="Hudbay"), event)
    assert not compatible(dict(b, date="2023-03-25"), event)
    assert not compatible(dict(b, country="BO"), event)
    protest = dict(a, type="protest")
    assert not compatible(dict(b, type="protest"), dict(protest, id=2, report_ids={1}))
    # a deal naming no company or project is placed like any event
    assert not compatible(dict(b, company=None), dict(a, company=None, id=3, report_ids={1}))
