"""Analysts merge and split conflicts (issue #10): audited, and kept through later ingest."""
from __future__ import annotations

from datetime import date

import pytest

from conflictwatch.errors import BadRequest, NotFound
from conflictwatch.records import Event, Evidence, Report
from conflictwatch.store import review


def rep(doc_id: str, text: str, published: str, lang: str) -> Report:
    return Report(doc_id=doc_id, text=text, published=date.fromisoformat(published), lang=lang)


def ev(r: Report, **slots) -> Event:
    slots.setdefault("country", "BO")
    slots.setdefault("confidence", 0.8)
    return Event(evidence=[Evidence(r.text, 0, len(r.text))], doc_id=r.doc_id, **slots)


LA_PAZ = rep("lapaz-es", "Vecinos de El Alto bloquearon la planta de Senkata el martes por la crisis política.",
             "2019-11-13", "es")
COCHA = rep("cocha-en", "Coca growers marched from Sacaba on Friday against the interim government.",
            "2019-11-16", "en")


def la_paz_events(date_="2019-11-12"):
    return [ev(LA_PAZ, type="blockade", date=date_, admin1="La Paz", location="El Alto", issues=["governance"])]


def cocha_events():
    return [ev(COCHA, type="protest", date="2019-11-15", admin1="Cochabamba", location="Sacaba",
               issues=["governance"])]


def two_conflicts(store) -> tuple[int, int]:
    store.ingest_report(LA_PAZ, la_paz_events())
    store.ingest_report(COCHA, cocha_events())
    ids = sorted({e["conflict_id"] for e in store.iter_events()})
    assert len(ids) == 2
    return ids[0], ids[1]


def test_merge_moves_the_events_and_logs_both_conflicts(store):
    keep, other = two_conflicts(store)
    with store.session() as s:
        review.merge_conflicts(s, keep, other, who="ana", store=store)
    c = store.get_conflict(keep)
    assert c["n_events"] == 2 and {e["admin1"] for e in c["events"]} == {"La Paz", "Cochabamba"}
    with pytest.raises(NotFound):
        store.get_conflict(other)
    log, _ = store.audit_log(object_type="conflict")
    assert {(r["object_id"], r["action"], r["who"]) for r in log} == {(keep, "merge", "ana"), (other, "merge", "ana")}
    gone = next(r for r in log if r["object_id"] == other)
    assert gone["after"]["merged_into"] == keep and len(gone["before"]["event_ids"]) == 1


def test_a_merge_holds_when_more_reports_come(store):
    keep, other = two_conflicts(store)
    with store.session() as s:
        review.merge_conflicts(s, keep, other, who="ana", store=store)
    again = rep("cocha-es-2", "Cocaleros marcharon desde Sacaba el viernes 15.", "2019-11-17", "es")
    store.ingest_report(again, [ev(again, type="protest", date="2019-11-15", admin1="Cochabamba",
                                   location="Sacaba", issues=["governance"])])
    assert {e["conflict_id"] for e in store.iter_events()} == {keep}


def test_split_moves_events_to_a_new_conflict_that_later_reports_do_not_undo(store):
    keep, other = two_conflicts(store)
    with store.session() as s:
        review.merge_conflicts(s, keep, other, who="ana", store=store)
    moved = next(e["id"] for e in store.iter_events() if e["admin1"] == "Cochabamba")
    with store.session() as s:
        new = review.split_conflict(s, keep, [moved], who="ben", store=store).id
    assert store.get_event(moved)["conflict_id"] == new
    assert store.get_conflict(new)["n_events"] == 1 and store.get_conflict(keep)["n_events"] == 1
    # a report telling both events together would tie their conflicts: the analyst's split stands
    both = rep("bolivia-en", "Blockades at Senkata in El Alto continued on Tuesday, and coca growers "
                             "marched in Sacaba on Friday.", "2019-11-18", "en")
    store.ingest_report(both, la_paz_events() + cocha_events())
    assert store.get_event(moved)["conflict_id"] == new
    assert {e["conflict_id"] for e in store.iter_events()} == {keep, new}
    log, _ = store.audit_log(object_type="conflict", object_id=new)
    assert log[0]["action"] == "split" and log[0]["after"]["split_from"] == keep and log[0]["who"] == "ben"


@pytest.mark.parametrize("action", ["merge-self", "merge-missing", "split-none", "split-all", "split-foreign"])
def test_bad_conflict_reviews_are_refused_and_change_nothing(store, action):
    keep, other = two_conflicts(store)
    before = sorted((e["id"], e["conflict_id"]) for e in store.iter_events())
    mine = next(e["id"] for e in store.iter_events() if e["conflict_id"] == keep)
    theirs = next(e["id"] for e in store.iter_events() if e["conflict_id"] == other)
    calls = {"merge-self": lambda s: review.merge_conflicts(s, keep, keep, who="ana", store=store),
             "merge-missing": lambda s: review.merge_conflicts(s, keep, 999, who="ana", store=store),
             "split-none": lambda s: review.split_conflict(s, keep, [], who="ana", store=store),
             "split-all": lambda s: review.split_conflict(s, keep, [mine], who="ana", store=store),
             "split-foreign": lambda s: review.split_conflict(s, keep, [theirs], who="ana", store=store)}
    with pytest.raises((BadRequest, NotFound)):
        with store.session() as s:
            calls[action](s)
    assert sorted((e["id"], e["conflict_id"]) for e in store.iter_events()) == before
    assert store.audit_log(object_type="conflict")[1] == 0
