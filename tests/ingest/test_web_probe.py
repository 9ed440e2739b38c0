"""The web-page probe (issue 9): 30 full HTML pages with realistic chrome. The whole web
pipeline (HTML reader -> text -> events) must find the story's events and take none from
the chrome. scripts/probe_web.py prints the figures; tests/ingest/data/web_probe/ holds the pages."""
from __future__ import annotations

import pytest

from tests.probes import scorer

_probe = scorer("probe_web")
load, page_report, run, score_page, story_report = (
    _probe.load, _probe.page_report, _probe.run, _probe.score_page, _probe.story_report)

PAGES = load()


@pytest.fixture(scope="module")
def figures():
    return run(PAGES)


@pytest.mark.parametrize("page", PAGES, ids=[p["id"] for p in PAGES])
def test_no_event_of_a_page_comes_from_its_chrome(page):
    r = score_page(page, page_report(page))
    chrome = [(p.type, p.date, p.evidence[0].sentence if p.evidence else "") for w, p in r["false"] if w == "chrome"]
    assert not chrome


@pytest.mark.parametrize("page", PAGES, ids=[p["id"] for p in PAGES])
def test_the_page_loses_no_story_event_that_its_text_alone_gives(page):
    """What the extractor finds in the story's own text it must find in the page too (the
    story's own misses, e.g. a live entry without a place, belong to the extractor)."""
    alone = {(g["type"], g["date"]) for g in score_page(page, story_report(page))["found"]}
    found = {(g["type"], g["date"]) for g in score_page(page, page_report(page))["found"]}
    assert alone <= found


@pytest.mark.parametrize("lang, share", [("en", 0.84), ("es", 0.80)])
def test_share_of_story_events_found(figures, lang, share):
    t = figures[lang]
    assert t["found"] / t["gold"] >= share
    assert t["chrome"] == 0
