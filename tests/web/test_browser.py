"""The observatory in headless Chromium: the map (boundaries, labels, every event in clusters),
the zoomable timeline, a conflict card, a report with its evidence, and a review correction that
shows on the event page (history before/after, the marker moved). Saves docs/screenshots/."""
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


MARKER_TOTAL = """(sel) => {
  const el = document.querySelector(sel);
  const dots = el.querySelectorAll('path.event-marker').length;
  let grouped = 0;
  el.querySelectorAll('.event-cluster, .event-place').forEach(m => { grouped += parseInt(m.textContent, 10); });
  return dots + grouped;
}"""


def test_events_map_shows_boundaries_labels_and_every_event(page, live_server):
    base, store = live_server
    page.goto(base + "/events")
    page.wait_for_selector("#map.boundaries-ready.labels-ready", timeout=15000)
    assert page.locator("#map .leaflet-countries-pane path").count() >= 1
    assert page.locator("#map .leaflet-admin1-pane path").count() >= 1          # first-level lines
    z = page.evaluate("""() => ['countries', 'admin1', 'labels'].map(
        p => +getComputedStyle(document.querySelector('#map .leaflet-' + p + '-pane')).zIndex)""")
    overlay = page.evaluate("+getComputedStyle(document.querySelector('#map .leaflet-overlay-pane')).zIndex")
    assert z[0] < z[1] < z[2] < overlay                  # fills, then lines, labels, markers on top
    assert page.locator("#map .map-label").count() >= 1
    n_events = store.list_events(limit=None)[1]
    assert page.evaluate(MARKER_TOTAL, "#map") == n_events    # every event, grouped or not
    shot(page, "events")
    page.evaluate("document.querySelector('#map').leafletMap.setView([-10.5, -75], 8, {animate: false})")
    page.wait_for_timeout(300)
    assert page.evaluate(MARKER_TOTAL, "#map") >= 1
    assert page.locator("#map .map-label.lbl-admin1").count() >= 1    # first-level names at zoom 8
    page.evaluate("document.querySelector('#map').leafletMap.setView([-10.5, -75], 6, {animate: false})")
    page.wait_for_timeout(300)
    assert page.locator("#map path.event-marker").count() >= 2   # zoomed in: the groups split
    assert not page.js_errors


def test_timeline_zooms_into_a_bar_and_filters_keep(page, live_server):
    base, _ = live_server
    page.goto(base + "/events?bucket=day")
    page.wait_for_selector("#timeline.timeline-ready")
    assert page.locator("#timeline svg rect.bar").count() >= 3
    page.locator("#timeline g.bucket[role=link]").first.click()
    page.wait_for_url("**/events?*date_from=*")
    assert "date_to=" in page.url
    rows = page.locator("#events-table tbody tr")
    assert rows.count() >= 1 and "No events match" not in rows.first.inner_text()
    page.locator("a.zoom-out").click()
    page.wait_for_url(lambda url: "date_from" not in url)
    page.select_option("select[name=type]", "strike")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/events?type=strike*")
    page.wait_for_selector("#map.boundaries-ready", timeout=15000)
    assert page.evaluate(MARKER_TOTAL, "#map") == 1
    assert not page.js_errors


def test_overview_has_a_map_and_a_timeline(page, live_server):
    base, store = live_server
    page.goto(base + "/")
    page.wait_for_selector("#overview-map.boundaries-ready", timeout=15000)
    assert page.evaluate(MARKER_TOTAL, "#overview-map") == store.list_events(limit=None)[1]
    assert page.locator("#overview-timeline svg rect.bar").count() >= 1
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


def test_review_correction_persists_and_shows_on_the_event_page(page, live_server):
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
    item.locator("input[name=location]").fill("Sicuani")
    shot(page, "review")
    item.locator("button[name=save]").click()
    page.wait_for_selector("#done")
    ev = store.get_event(blockade["id"])
    assert ev["participants"] == 450 and ev["location"] == "Sicuani" and ev["status"] == "corrected"
    assert {"participants", "location"} <= set(ev["locked_fields"])
    rows, _ = store.audit_log(object_type="event", object_id=blockade["id"])
    assert rows[0]["who"] == "ana" and rows[0]["before"]["location"] == "Espinar"
    assert rows[0]["after"]["location"] == "Sicuani"
    # the event page, written for people: what, where, figures, sources, history with before/after
    page.goto(f"{base}/events/{blockade['id']}")
    page.wait_for_selector("#event-map.boundaries-ready", timeout=15000)
    summary = page.locator("#event-summary").inner_text()
    assert "Blockade in" in summary and "Sicuani" in summary and "2026-01-20" in summary
    assert "450" in page.locator("#event-figures").inner_text()
    assert page.locator("#event-sources mark.ev").first.inner_text().startswith("Residents of Espinar")
    history = page.locator("#event-history").inner_text()
    assert "ana" in history and "corrected this event" in history
    assert page.locator("#event-history td.before", has_text="Espinar").count() == 1
    assert page.locator("#event-history td.after", has_text="Sicuani").count() == 1
    # the marker moved from Yauri (-14.79, -71.41) to Sicuani, looked up in the gazetteer
    lat, lng = page.evaluate("""() => { let c = null;
        document.querySelector('#event-map').leafletMap.eachLayer(l => { if (l.getLatLng && l.options.className === 'event-marker') c = l.getLatLng(); });
        return [c.lat, c.lng]; }""")
    assert (round(lat, 4), round(lng, 4)) == (round(ev["latitude"], 4), round(ev["longitude"], 4))
    assert (round(lat, 2), round(lng, 2)) != (-14.79, -71.41)
    shot(page, "event")
    assert not page.js_errors
