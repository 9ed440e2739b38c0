"""Crawl the observatory with the test client: every page reachable by links from the
overview, plus every report, event and conflict page of the store."""
from __future__ import annotations

import re
from collections import deque
from urllib.parse import urljoin, urlsplit

HREF = re.compile(r'href="([^"#]*)')


def crawl(client, store, limit: int = 5000) -> dict[str, int]:
    """GET every linked page (same site, not static files) and every stored object's page;
    returns {path: status}."""
    start = ["/", "/events", "/conflicts", "/reports"]
    reports, _ = store.list_reports(limit=None)
    start += [f"/reports/{r['id']}" for r in reports]
    events, _ = store.list_events(limit=None, status="all")
    start += [f"/events/{e['id']}" for e in events]
    conflicts, _ = store.list_conflicts(limit=None)
    start += [f"/conflicts/{c['id']}" for c in conflicts]
    seen: dict[str, int] = {}
    todo = deque(start)
    while todo and len(seen) < limit:
        path = todo.popleft()
        if path in seen:
            continue
        r = client.get(path, follow_redirects=False)
        seen[path] = r.status_code
        if "text/html" not in r.headers.get("content-type", ""):
            continue
        for href in HREF.findall(r.text):
            href = href.replace("&amp;", "&")
            url = urlsplit(urljoin("http://testserver" + path, href))
            if url.netloc != "testserver" or url.path.startswith(("/static", "/logout")):
                continue
            nxt = url.path + (f"?{url.query}" if url.query else "")
            if nxt not in seen:
                todo.append(nxt)
    return seen
