"""The store against SQLite and PostgreSQL: ingestion, merging, conflicts, queries, search."""
from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from conflictwatch.errors import ExtractionFailed, NotFound
from conflictwatch.records import Event
from conflictwatch.store import Store
from conflictwatch.store.models import Event as EventRow, EventSource, Mention, Report as ReportRow
from tests.store.cases import (AREQUIPA_STRIKE, CONGA_PROTEST, CONGA_SOE, CONGA_STRIKE, EN_BLOCKADE,
                               EN_BLOCKADE_BROKEN, EN_CLASH_1, EN_DEAL, ES_BLOCKADE, ES_BLOCKADE_BROKEN,
                               ES_CLASH_2, ES_DEAL, blockade_broken_events, blockade_events, clash_events,
                               conga_events, deal_events)


def counts(store: Store) -> dict:
    with store.session() as s:
        return {name: s.scalar(select(func.count()).select_from(model))
                for name, model in (("reports", ReportRow), ("mentions", Mention), ("events", EventRow),
                                    ("links", EventSource))}


@pytest.mark.parametrize("rep", [EN_BLOCKADE, ES_BLOCKADE], ids=["en", "es"])
def test_reingesting_a_report_stores_it_once(store, rep):
    first = store.ingest_report(rep, blockade_events(rep))
    again = store.ingest_report(rep, blockade_events(rep))
    assert first.status == "new" and first.new and first.event_ids
    assert again.status == "duplicate" and again.report_id == first.report_id and not again.event_ids
    # the same URL with re-cleaned text is the same report too
    moved = store.ingest_report(replace(rep, text=rep.text + " (updated)", doc_id="other"), blockade_events(rep))
    assert moved.status == "duplicate"
    assert counts(store) == {"reports": 1, "mentions": 1, "events": 1, "links": 1}


@pytest.mark.parametrize("first,second", [(EN_BLOCKADE, ES_BLOCKADE), (ES_BLOCKADE, EN_BLOCKADE)],
                         ids=["en-then-es", "es-then-en"])
def test_one_blockade_told_in_english_and_spanish_becomes_one_event(store, first, second):
    a = store.ingest_report(first, blockade_events(first))
    b = store.ingest_report(second, blockade_events(second))
    assert a.event_ids == b.event_ids
    rows, n = store.list_events()
    assert n == 1
    ev = rows[0]
    assert sorted(ev["doc_ids"]) == sorted([EN_BLOCKADE.doc_id, ES_BLOCKADE.doc_id])
    assert ev["n_sources"] == 2 and ev["status"] == "new"
    assert ev["injuries"] == 3                       # the Spanish report is the later one
    assert {f["value"] for f in ev["figures"]["injuries"]} == {2, 3}
    full = store.get_event(ev["id"])
    assert {src["lang"] for src in full["sources"]} == {"en", "es"}
    for src in full["sources"]:
        text = store.get_report(src["report_id"])["text"]
        assert text[src["start"]:src["end"]] == src["sentence"]


def test_two_clashes_in_one_town_a_week_apart_stay_two_events(store):
    store.ingest_report(EN_CLASH_1, clash_events(EN_CLASH_1))
    store.ingest_report(ES_CLASH_2, clash_events(ES_CLASH_2))
    rows, n = store.list_events(sort="date")
    assert n == 2
    assert [r["date"] for r in rows] == ["2023-01-09", "2023-01-16"]
    assert rows[0]["conflict_id"] == rows[1]["conflict_id"]     # one conflict over Juliaca, though


@pytest.mark.parametrize("rep", [EN_BLOCKADE_BROKEN, ES_BLOCKADE_BROKEN], ids=["en", "es"])
def test_a_reports_two_readings_of_one_blockade_become_one_event_over_its_days(store, rep):
    # the first reading makes a new event; the second, from the same report, finds it
    out = store.ingest_report(rep, blockade_broken_events(rep))
    assert len(out.event_ids) == 1
    # another report that saw the blockade on a day in between joins it too
    seen = store.ingest_report(ES_BLOCKADE, [replace(blockade_events(ES_BLOCKADE)[0], date="2023-03-17")])
    assert seen.event_ids == out.event_ids
    rows, n = store.list_events()
    assert n == 1 and (rows[0]["date"], rows[0]["date_end"]) == ("2023-03-13", "2023-03-20")


@pytest.mark.parametrize("first,second", [(EN_DEAL, ES_DEAL), (ES_DEAL, EN_DEAL)],
                         ids=["en-then-es", "es-then-en"])
def test_a_deal_placed_at_the_ministry_and_at_the_mine_becomes_one_event(store, first, second):
    a = store.ingest_report(first, deal_events(first))
    b = store.ingest_report(second, deal_events(second))
    assert a.event_ids == b.event_ids
    rows, n = store.list_events()
    assert n == 1 and sorted(rows[0]["doc_ids"]) == sorted([EN_DEAL.doc_id, ES_DEAL.doc_id])


def ingest_conga(store):
    for rep in (CONGA_STRIKE, CONGA_SOE, CONGA_PROTEST, AREQUIPA_STRIKE):
        store.ingest_report(rep, conga_events(rep))


def test_conga_events_group_into_one_conflict_with_counters(store):
    ingest_conga(store)
    rows, n = store.list_conflicts()
    assert n == 2
    conga = next(c for c in rows if c["project"] == "Conga")
    assert conga["name"] == "Conga (Cajamarca)" and conga["status"] == "active"
    assert (conga["first_event"], conga["last_event"]) == ("2011-11-24", "2012-07-03")
    assert conga["counters"]["fatalities"] == 3 and conga["counters"]["soe_days"] == 60
    full = store.get_conflict(conga["id"])
    assert [e["type"] for e in full["events"]][:2] == ["strike", "state_of_emergency"]
    assert len(full["events"]) == 4
    tia = next(c for c in rows if c["project"] == "Tia Maria")
    assert tia["status"] == "latent"
    assert store.list_conflicts(status="latent")[1] == 1
    assert store.list_conflicts(q="conga")[0][0]["id"] == conga["id"]


def test_event_filters_and_pages(store):
    ingest_conga(store)
    store.ingest_report(EN_BLOCKADE, blockade_events(EN_BLOCKADE))
    assert store.list_events(type="strike")[1] == 2
    assert store.list_events(admin1="cajamarca")[1] == 4
    assert store.list_events(country="PE", date_from="2012-01-01", date_to="2012-12-31")[1] == 2
    conga = store.list_conflicts(q="Conga")[0][0]["id"]
    assert store.list_events(conflict_id=conga)[1] == 4
    page, total = store.list_events(limit=2, offset=0, sort="-date")
    assert total == 6 and len(page) == 2 and page[0]["date"] == "2023-03-13"
    stats = store.stats()
    assert stats["events"] == 6 and stats["by_type"]["strike"] == 2 and stats["by_month"]["2011-11"] == 1


@pytest.mark.parametrize("query,kind,doc", [("lagunas", "report", CONGA_STRIKE.doc_id),
                                            ("gold mine", "report", CONGA_SOE.doc_id),
                                            ("Celendín", "event", None)], ids=["es", "en", "event"])
def test_full_text_search_finds_reports_and_events(store, query, kind, doc):
    ingest_conga(store)
    hits = [h for h in store.search(query) if h["kind"] == kind]
    assert hits
    if doc:
        assert hits[0]["doc_id"] == doc
    assert store.list_events(q="Celendin" if store.dialect == "sqlite" else "Celendín")[1] == 2
    assert store.search("zzzunknownword") == []


def test_failed_extraction_is_stored_with_its_error_and_retried(store):
    err = ExtractionFailed("extractor crashed; retry after fixing it.")
    out = store.ingest_report(EN_BLOCKADE, None, error=err)
    assert out.status == "failed"
    rows, _ = store.list_reports(status="failed")
    assert rows[0]["error"]["code"] == "E201"
    assert counts(store)["mentions"] == 0
    retry = store.ingest_report(EN_BLOCKADE, blockade_events(EN_BLOCKADE))
    assert retry.status == "retried" and retry.report_id == out.report_id and retry.event_ids
    assert store.list_reports()[0][0]["status"] == "extracted"


def test_a_report_that_breaks_midway_leaves_no_partial_rows(store):
    store.ingest_report(ES_BLOCKADE, blockade_events(ES_BLOCKADE))
    before = counts(store)
    bad = blockade_events(EN_BLOCKADE) + [Event(type=None)]   # the second reading cannot be stored
    with pytest.raises(Exception):
        store.ingest_report(EN_BLOCKADE, bad)
    assert counts(store) == before
    assert store.ingest_report(EN_BLOCKADE, blockade_events(EN_BLOCKADE)).status == "new"


def test_locked_fields_survive_a_new_source(store):
    eid = store.ingest_report(EN_BLOCKADE, blockade_events(EN_BLOCKADE)).event_ids[0]
    with store.session() as s:
        ev = s.get(EventRow, eid)
        ev.injuries, ev.locked_fields, ev.status = 1, ["injuries"], "corrected"
        store.audit(s, "analyst", "correct", "event", eid, {"injuries": 2}, {"injuries": 1})
    store.ingest_report(ES_BLOCKADE, blockade_events(ES_BLOCKADE))
    ev = store.get_event(eid)
    assert ev["injuries"] == 1 and ev["n_sources"] == 2 and ev["status"] == "corrected"
    log, n = store.audit_log(object_type="event", object_id=eid)
    assert n == 1 and log[0]["after"] == {"injuries": 1}


def test_rejected_events_are_kept_but_take_no_new_sources(store):
    eid = store.ingest_report(EN_BLOCKADE, blockade_events(EN_BLOCKADE)).event_ids[0]
    with store.session() as s:
        s.get(EventRow, eid).status = "rejected"
    other = store.ingest_report(ES_BLOCKADE, blockade_events(ES_BLOCKADE)).event_ids[0]
    assert other != eid
    assert store.list_events()[1] == 1 and store.list_events(status="all")[1] == 2
    assert store.get_event(eid)["status"] == "rejected"


def test_missing_records_raise_not_found(store):
    with pytest.raises(NotFound):
        store.get_event(999)
    with pytest.raises(NotFound):
        store.get_conflict(999)
    with pytest.raises(NotFound):
        store.get_report(999)
