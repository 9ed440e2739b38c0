"""Review hardening (issue 12): merges into rejected events refused, merge-then-split keeps
corrections, corrections validated (coordinates, countries, years, sizes)."""
from __future__ import annotations

import pytest

from conflictwatch.errors import BadRequest
from conflictwatch.store import review

from tests.store.test_review import _id, store  # noqa: F401  (fixture)


def test_merging_a_live_event_into_a_rejected_one_is_refused(store):
    live, dead = _id(store, "strike"), _id(store, "blockade")
    with store.session() as s:
        review.reject_event(s, dead, who="ana", store=store)
    before = store.get_event(live)
    with store.session() as s, pytest.raises(BadRequest) as err:
        review.merge_events(s, dead, live, who="ana", store=store)
    assert err.value.code == "E403" and f"Merge {dead} into {live}" in err.value.message
    after = store.get_event(live)
    assert after["n_sources"] == before["n_sources"] and after["status"] == before["status"]
    with store.session() as s:                 # the other way round is allowed
        review.merge_events(s, live, dead, who="ana", store=store)


def test_merge_then_split_keeps_the_merged_events_corrections(store):
    keep, other = _id(store, "strike"), _id(store, "state_of_emergency")
    with store.session() as s:
        review.merge_events(s, keep, other, who="ana", store=store)
        review.correct_event(s, keep, {"location": "Sorochuco", "participants": "4000"},
                             who="ana", store=store)
    mentions = store.get_event(keep)["mentions"]
    with store.session() as s:
        new = review.split_event(s, keep, [mentions[-1]["id"]], who="ana", store=store).id
    for eid in (keep, new):
        ev = store.get_event(eid)
        assert ev["location"] == "Sorochuco" and ev["participants"] == 4000, eid
        assert {"location", "participants"} <= set(ev["locked_fields"])


@pytest.mark.parametrize("changes", [
    {"latitude": "1e308"}, {"latitude": "91"}, {"longitude": "-180.5"}, {"latitude": "nan"},
    {"longitude": "inf"}, {"country": "ZZ"}, {"country": "XX"}, {"date": "0001-01-01"},
    {"date": "9999"}, {"date_end": "2026-02-30"}, {"date": "2026-13"},
    {"participants": str(2**70)}, {"fatalities": "1000000000"}, {"location": "x" * 501},
])
def test_implausible_corrections_are_refused_and_change_nothing(store, changes):
    sid = _id(store, "strike")
    before = store.get_event(sid)
    with store.session() as s, pytest.raises(BadRequest) as err:
        review.correct_event(s, sid, changes, who="ana", store=store)
    assert err.value.code == "E403"
    after = store.get_event(sid)
    assert {k: after[k] for k in changes} == {k: before[k] for k in changes}


@pytest.mark.parametrize("changes", [{"latitude": "-7.05", "longitude": "-78.2"}, {"country": "BO"},
                                     {"date": "2026-02"}, {"participants": "0"}])
def test_plausible_corrections_are_taken(store, changes):
    with store.session() as s:
        review.correct_event(s, _id(store, "strike"), changes, who="ana", store=store)
