"""Review operations: every change audited, nothing deleted, corrections survive re-ingestion."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from conflictwatch.errors import BadRequest, NotFound
from conflictwatch.records import Event, Evidence, Report
from conflictwatch.store import review
from conflictwatch.store.models import AuditLog, Event as EventRow

from tests.api.sample import build_store


@pytest.fixture()
def store(tmp_path):
    s = build_store(f"sqlite:///{tmp_path / 'r.db'}")
    yield s
    s.close()


def _id(store, type_):
    return store.list_events(type=type_)[0][0]["id"]


def test_queue_holds_new_events_lowest_confidence_first(store):
    with store.session() as s:
        rows, n = review.review_queue(s)
        assert n == 3 and rows[0].type == "blockade"
        review.confirm_event(s, rows[0].id, who="ana", store=store)
    with store.session() as s:
        assert review.review_queue(s)[1] == 2


def test_correct_then_reingest_keeps_the_correction(store):
    sid = _id(store, "strike")
    with store.session() as s:
        review.correct_event(s, sid, {"participants": "5000"}, who="ana", store=store)
    text = "Otra nota: el paro indefinido de Celendín sigue; unas 2.000 personas marcharon el lunes."
    store.ingest_report(Report(doc_id="celendin-es-2", text=text, published=date(2026, 3, 3), lang="es"),
                        [Event(type="strike", date="2026-03-02", country="PE", admin1="Cajamarca",
                               location="Celendín", participants=2000, issues=["mining"],
                               evidence=[Evidence(text, 0, len(text))], confidence=0.9)])
    ev = store.get_event(sid)
    assert ev["n_sources"] == 3, "the new report should merge into the corrected event"
    assert ev["participants"] == 5000 and ev["status"] == "corrected"


def test_merge_keeps_both_rows_and_moves_sources(store):
    keep, other = _id(store, "blockade"), _id(store, "state_of_emergency")
    with store.session() as s:
        review.merge_events(s, keep, other, who="ana", store=store)
    assert store.get_event(keep)["n_sources"] == 2
    gone = store.get_event(other)
    assert gone["status"] == "rejected" and gone["sources"] == []
    log, _ = store.audit_log(object_type="event", object_id=other)
    assert log[0]["action"] == "merge" and log[0]["after"]["merged_into"] == keep


def test_split_moves_a_source_to_a_new_event(store):
    sid = _id(store, "strike")
    mentions = store.get_event(sid)["mentions"]
    with store.session() as s:
        new = review.split_event(s, sid, [mentions[-1]["id"]], who="ana", store=store).id
    assert store.get_event(sid)["n_sources"] == 1
    assert store.get_event(new)["n_sources"] == 1 and store.get_event(new)["status"] == "new"
    with store.session() as s, pytest.raises(BadRequest):
        review.split_event(s, new, None, who="ana", store=store)


def test_nothing_is_deleted_and_every_change_is_logged(store):
    with store.session() as s:
        before = s.scalar(select(func.count()).select_from(EventRow))
    bid = _id(store, "blockade")
    with store.session() as s:
        review.reject_event(s, bid, who="ana", reason="not an event", store=store)
        review.confirm_event(s, _id(store, "strike"), who="ana", store=store)
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(EventRow)) == before
        actions = [a.action for a in s.scalars(select(AuditLog).order_by(AuditLog.id))]
    assert actions[-2:] == ["reject", "confirm"]


@pytest.mark.parametrize("changes", [{"type": "picnic"}, {"date": "lunes"}, {"country": "Peru"},
                                     {"issues": "mining, gold"}, {"arrests": "-3"}, {"id": 4}])
def test_bad_corrections_are_refused(store, changes):
    with store.session() as s, pytest.raises(BadRequest):
        review.correct_event(s, _id(store, "strike"), changes, who="ana")


def test_unknown_event_is_not_found(store):
    with store.session() as s, pytest.raises(NotFound):
        review.confirm_event(s, 999, who="ana")
