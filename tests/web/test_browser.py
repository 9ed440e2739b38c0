"""The observatory in headless Chromium: overview, filtering, a conflict card, a report with
its evidence, and a correction in the review queue that persists. Saves docs/screenshots/."""
from __future__ import annotations

import pytest

from .conftest import shot

pytestmark = pytest.mark.browser


def test_overview_shows_figures_events_and_conflicts(page, live_server):
    base, _ = live_server
    page.goto(base + "/")
    assert page.locator(".figure b").first.inner_text() == "3"       # events (one merged strike)
    assert page.locator("#latest-events tbody tr").count() == 3
    assert page.locator("#active-conflicts li a").count() >= 1
    shot(page, "overview")
    assert not page.js_errors


def test_events_filter_map_and_timeline(page, live_server):
    base, _ = live_server
    page.goto(base + "/events")
    page.wait_for_selector(".map.boundaries-ready", timeout=15000)
    assert page.locator(".leaflet-interactive").count() >= 3          # the three event markers
    assert page.locator("#timeline svg rect.bar").count() >= 3
    page.select_option("select[name=type]", "strike")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/events?type=strike*")
    page.wait_for_selector(".map.boundaries-ready", timeout=15000)
    rows = page.locator("#events-table tbody tr")
    assert rows.count() == 1 and "Celendín" in rows.first.inner_text()
    page.goto(base + "/events")
    page.wait_for_selector(".map.boundaries-ready", timeout=15000)
    shot(page, "events")
    assert not page.js_errors


def test_conflict_card(page, live_server):
    base, store = live_server
    cid = store.list_conflicts(q="Cerro Verde")[0][0]["id"]
    page.goto(f"{base}/conflicts/{cid}")
    page.wait_for_selector(".map.boundaries-ready", timeout=15000)
    card = page.locator("#conflict-card").inner_text()
    assert "Cerro Verde Alto" in card and "Cajamarca" in card
    assert page.locator("#conflict-timeline li").count() >= 1
    shot(page, "conflict")


def test_report_highlights_evidence_and_escapes_script(page, live_server):
    base, store = live_server
    reports, _ = store.list_reports()
    rid = next(r["id"] for r in reports if r["doc_id"] == "espinar-en")
    page.goto(f"{base}/reports/{rid}")
    text = page.locator("#report-text")
    assert "<script>alert('x')</script>" in text.inner_text()         # shown as text
    assert page.locator("#report-text script").count() == 0
    assert page.locator("#report-text mark.ev").first.inner_text().startswith("Residents of Espinar")
    celendin = next(r["id"] for r in reports if r["doc_id"] == "celendin-en")
    page.goto(f"{base}/reports/{celendin}")
    assert page.locator("#report-text mark.ev").count() == 2
    shot(page, "report")
    assert not page.js_errors


def test_review_correction_persists(page, live_server):
    base, store = live_server
    page.goto(base + "/review")
    page.wait_for_url("**/login?next=%2Freview")
    page.fill("input[name=username]", "ana")
    page.fill("input[name=password]", "s3cret-pass")
    page.click("form.login button[type=submit]")
    page.wait_for_url("**/review")
    blockade = store.list_events(type="blockade")[0][0]
    item = page.locator(f"#review-{blockade['id']}")
    item.locator("details.correct summary").click()
    item.locator("input[name=participants]").fill("450")
    item.locator("input[name=location]").fill("Yauri")
    shot(page, "review")
    item.locator("button[name=save]").click()
    page.wait_for_selector("#done")
    ev = store.get_event(blockade["id"])
    assert ev["participants"] == 450 and ev["location"] == "Yauri" and ev["status"] == "corrected"
    assert set(ev["locked_fields"]) == {"participants", "location"}
    page.goto(f"{base}/events/{blockade['id']}")
    body = page.locator("table.fields").inner_text()
    assert "Yauri" in body and "450" in body
    rows, _ = store.audit_log(object_type="event", object_id=blockade["id"])
    assert rows[0]["who"] == "ana" and rows[0]["before"]["location"] == "Espinar"
    assert rows[0]["after"]["location"] == "Yauri"
