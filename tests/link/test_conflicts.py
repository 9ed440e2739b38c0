"""Conflict grouping and summaries (conflictwatch.link.conflicts)."""
from __future__ import annotations

import pytest

from conflictwatch.link.conflicts import (best_conflict, conflict_matches, conflict_status, soe_days,
                                          summarise_conflict)
from tests.store.cases import (AREQUIPA_STRIKE, CONGA_PROTEST, CONGA_SOE, CONGA_STRIKE, conga_events)


def ev(rep, i=0):
    return conga_events(rep)[i].to_dict()


def test_events_of_one_project_join_its_conflict_and_others_do_not():
    conga = dict(summarise_conflict([ev(CONGA_STRIKE)]), id=1)
    tia = dict(summarise_conflict([ev(AREQUIPA_STRIKE)]), id=2)
    assert conflict_matches(ev(CONGA_SOE), conga) == 3
    assert conflict_matches(ev(CONGA_SOE), tia) == 0
    assert best_conflict(ev(CONGA_PROTEST, 1), [tia, conga])["id"] == 1


@pytest.mark.parametrize("lang_rep", [CONGA_STRIKE, CONGA_SOE], ids=["es", "en"])
def test_event_without_project_joins_by_region_issue_and_time_but_not_years_later(lang_rep):
    conflict = dict(summarise_conflict([ev(lang_rep)]), id=1)
    nearby = {"type": "protest", "date": "2012-01-10", "country": "PE", "admin1": "Cajamarca", "issues": ["mining"]}
    assert conflict_matches(nearby, conflict) == 1
    assert conflict_matches(dict(nearby, date="2016-05-01"), conflict) == 0
    assert conflict_matches(dict(nearby, admin1="Puno"), conflict) == 0
    assert conflict_matches(dict(nearby, issues=["wages"]), conflict) == 0


def test_summary_counts_types_victims_and_days_under_emergency():
    events = [ev(CONGA_STRIKE), ev(CONGA_SOE), ev(CONGA_PROTEST, 0), ev(CONGA_PROTEST, 1)]
    s = summarise_conflict(events, newest="2012-07-03")
    assert s["name"] == "Conga (Cajamarca)"
    assert (s["first_event"], s["last_event"]) == ("2011-11-24", "2012-07-03")
    assert s["counters"]["events_by_type"] == {"crackdown": 1, "protest": 1, "state_of_emergency": 1, "strike": 1}
    assert s["counters"]["fatalities"] == 3
    assert s["counters"]["soe_days"] == 60          # 4 December 2011 to 1 February 2012
    assert s["status"] == "active"
    assert s["issues"][0] == "mining"


def test_emergency_days_end_at_lifting_and_overlaps_count_once():
    events = [{"type": "state_of_emergency", "action": "declared", "date": "2023-01-01"},
              {"type": "state_of_emergency", "action": "extended", "date": "2023-01-05", "date_end": "2023-01-20"},
              {"type": "state_of_emergency", "action": "lifted", "date": "2023-01-10"}]
    assert soe_days(events) == 20


def test_status_is_latent_once_events_stop_coming():
    assert conflict_status("2011-04-05", "2012-07-03") == "latent"
    assert conflict_status("2012-06-01", "2012-07-03") == "active"


def test_detentions_told_by_a_clash_and_an_arrest_event_count_once():
    from conflictwatch.link.conflicts import arrests_total
    clash = {"type": "crackdown", "date": "2023-01-16", "arrests": 6}
    arrest = {"type": "arrest", "date": "2023-01-16", "arrests": 6}
    earlier = {"type": "crackdown", "date": "2023-01-09", "arrests": 4}
    assert arrests_total([clash, arrest, earlier]) == 10
