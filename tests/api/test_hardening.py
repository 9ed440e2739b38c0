"""API hardening: every write needs auth (routes enumerated from the app), validation errors
are 422 with messages naming the field, CORS is closed, security headers are on every
response, the session cookie is HttpOnly and SameSite, bodies and request rates are
limited, and schemathesis finds no server error in the OpenAPI spec."""
from __future__ import annotations

import re
import tempfile

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error, response_schema_conformance

from conflictwatch.api.app import create_app
from conflictwatch.api.security import RateLimit

from .conftest import TOKEN, make_settings
from .sample import build_store

WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
OPEN = 10**6   # requests a minute: the rate limit out of the way where it is not tested


@pytest.fixture()
def app(store):
    return create_app(make_settings(rate_limit_per_minute=OPEN), store)


@pytest.fixture()
def client(app):
    with TestClient(app) as c:
        yield c


PATH_VALUES = {"action": "confirm"}     # other path parameters are ids: 1


def all_routes(routes):
    """(path, methods) of every route, included routers walked (FastAPI 0.165 includes
    routers lazily: their routes come from ``effective_route_contexts()``)."""
    for route in routes:
        if hasattr(route, "effective_route_contexts"):
            for ctx in route.effective_route_contexts():
                yield ctx.path, set(ctx.methods or ())
        elif getattr(route, "path", None) is not None:
            yield route.path, set(getattr(route, "methods", None) or ())


def write_routes(app) -> list[tuple[str, str]]:
    out = []
    for path, methods in all_routes(app.routes):
        for method in sorted(methods & WRITE_METHODS):
            out.append((method, re.sub(r"\{([^}]+)\}", lambda m: PATH_VALUES.get(m.group(1), "1"), path)))
    return out


def snapshot(store) -> list:
    rows, _ = store.list_events(status="all", limit=None)
    return sorted((r["id"], r["status"], r["participants"], r["location"]) for r in rows)


# --- auth on every write --------------------------------------------------------------------

def test_the_app_has_write_routes_in_the_api_and_the_ui(app):
    routes = write_routes(app)
    assert len([p for _, p in routes if p.startswith("/api/")]) >= 6
    assert {"/login", "/logout", "/review/1/confirm"} <= {p for _, p in routes}


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong-token"},
                                     {"Authorization": TOKEN}, {"Authorization": "Basic " + TOKEN}])
def test_every_write_route_refuses_a_request_without_credentials(app, client, store, headers):
    before = snapshot(store)
    bodies = {"json": {"changes": {"participants": "5"}, "other_id": 2, "text": "Paro en Cusco."}}
    # the forms get the right password but a forged CSRF token
    form = {"username": "ana", "password": "s3cret-pass", "csrf_token": "forged", "participants": "5"}
    for method, path in write_routes(app):
        if path.startswith("/api/"):
            resp = client.request(method, path, headers=headers, **bodies)
        else:
            resp = client.request(method, path, headers=headers, data=form)
        if path.startswith("/api/"):
            assert resp.status_code == 401, (method, path, resp.status_code)
            assert resp.json()["error"]["code"] == "E401"
            assert resp.headers["www-authenticate"] == "Bearer"
        else:   # the observatory's forms: a login and the session's CSRF token
            assert resp.status_code in (400, 401, 403), (method, path, resp.status_code)
    assert snapshot(store) == before


def test_api_writes_are_off_when_no_token_is_configured(store):
    app = create_app(make_settings(api_token=None, rate_limit_per_minute=OPEN), store)
    with TestClient(app) as c:
        for method, path in write_routes(app):
            if path.startswith("/api/"):
                resp = c.request(method, path, headers={"Authorization": "Bearer "}, json={})
                assert resp.status_code == 401 and "CONFLICTWATCH_API_TOKEN" in resp.json()["error"]["message"]


def test_the_right_token_is_let_through(client, store):
    ev = client.get("/api/v1/events").json()["data"][0]
    resp = client.post(f"/api/v1/events/{ev['id']}/confirm", headers={"Authorization": f"Bearer {TOKEN}"})
    assert resp.status_code == 200 and resp.json()["status"] == "confirmed"


# --- validation: 422 with the field named -----------------------------------------------------

@pytest.mark.parametrize("method,url,body,field", [
    ("GET", "/api/v1/events?limit=0", None, "limit"),
    ("GET", "/api/v1/events?limit=many", None, "limit"),
    ("GET", "/api/v1/events?offset=-1", None, "offset"),
    ("GET", "/api/v1/events?date_from=marzo", None, "date_from"),
    ("GET", "/api/v1/events?type=picnic", None, "type"),
    ("GET", "/api/v1/events?country=Peru", None, "country"),
    ("GET", "/api/v1/events/uno", None, "event_id"),
    ("GET", "/api/v1/conflicts/1.5", None, "conflict_id"),
    ("GET", "/api/v1/search?q=", None, "q"),
    ("POST", "/api/v1/events/1/correct", {"changes": "todo"}, "changes"),
    ("POST", "/api/v1/events/1/merge", {"other_id": "dos"}, "other_id"),
])
def test_validation_errors_are_422_naming_the_field(client, method, url, body, field):
    resp = client.request(method, url, json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert resp.status_code == 422, resp.text
    err = resp.json()["error"]
    assert err["code"] == "E403" and f"'{field}'" in err["message"], err
    assert "/api/v1/docs" in err["message"]


@pytest.mark.parametrize("url", ["/api/v1/events/9223372036854775808", "/api/v1/reports?offset=99999999999999999999",
                                 "/api/v1/events?conflict=-9223372036854775809", "/events/9223372036854775808"])
def test_numbers_past_64_bits_are_422_not_a_server_error(client, url):
    resp = client.get(url)
    assert resp.status_code == 422
    assert "E403" in resp.text and "too large" in resp.text


# --- CORS, headers, cookies -----------------------------------------------------------------

def test_cors_is_closed_by_default(client):
    origin = {"Origin": "https://elsewhere.example"}
    got = client.get("/api/v1/events", headers=origin)
    assert got.status_code == 200 and "access-control-allow-origin" not in got.headers
    pre = client.options("/api/v1/reports", headers={**origin, "Access-Control-Request-Method": "POST",
                                                      "Access-Control-Request-Headers": "authorization"})
    assert pre.status_code >= 400
    assert not any(k.startswith("access-control-") for k in pre.headers)


def _check_security_headers(resp) -> None:
    h = resp.headers
    csp = {d.split()[0]: d.split()[1:] for d in h["content-security-policy"].split("; ")}
    assert csp["script-src"] == ["'self'"]            # no inline script, no eval, no CDN
    assert csp["default-src"] == ["'self'"] and csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"] and csp["base-uri"] == ["'self'"]
    assert h["x-content-type-options"] == "nosniff"
    assert h["x-frame-options"] == "DENY"
    assert h["referrer-policy"] == "same-origin"


def test_security_headers_on_every_kind_of_response(store):
    app = create_app(make_settings(rate_limit_per_minute=12), store)
    with TestClient(app) as c:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        responses = [c.get("/"), c.get("/api/v1/events"), c.get("/static/js/app.js"), c.get("/nowhere"),
                     c.get("/api/v1/events?limit=0"), c.post("/api/v1/events/1/confirm"),
                     c.post("/api/v1/reports", headers=auth, json={"text": "huelga " * 5000}),
                     c.get("/api/v1/openapi.json"), c.get("/api/v1/docs")]
        assert {r.status_code for r in responses} >= {200, 401, 404, 413, 422}
        while (r := c.get("/api/v1/stats")).status_code != 429:
            pass
        for resp in [*responses, r]:
            _check_security_headers(resp)


@pytest.mark.parametrize("path", ["/", "/events", "/conflicts", "/reports", "/login", "/api/v1/docs"])
def test_pages_carry_no_inline_script_the_csp_would_block(client, path):
    html = client.get(path).text
    for tag in re.findall(r"<script\b[^>]*>", html, re.IGNORECASE):
        assert re.search(r"\bsrc=", tag), tag
    assert not re.search(r"<[^>]+\son[a-z]+\s*=", html, re.IGNORECASE)   # onclick= ...
    assert "javascript:" not in html.lower()


def test_session_cookie_is_httponly_and_samesite(client):
    resp = client.get("/login")
    cookie = next(v for k, v in resp.headers.multi_items() if k == "set-cookie" and v.startswith("cw_session="))
    flags = {part.strip().split("=")[0].lower(): part.strip() for part in cookie.split(";")[1:]}
    assert "httponly" in flags
    assert flags["samesite"].lower() in ("samesite=lax", "samesite=strict")
    assert flags["path"] == "path=/"


# --- size and rate limits -------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Los docentes marcharon en Cusco. " * 1000,
                                  "Teachers marched in Cusco. " * 1000])
def test_body_over_the_limit_is_413_with_or_without_content_length(client, text):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    declared = client.post("/api/v1/reports", headers=auth, json={"text": text})
    assert declared.status_code == 413 and declared.json()["error"]["code"] == "E402"
    chunks = (text[i:i + 4096].encode() for i in range(0, len(text), 4096))   # chunked: no length
    streamed = client.post("/api/v1/reports", headers={**auth, "Content-Type": "text/plain"}, content=chunks)
    assert streamed.status_code == 413 and streamed.json()["error"]["code"] == "E402"
    upload = client.post("/api/v1/reports", headers=auth, files={"file": ("r.txt", text.encode(), "text/plain")})
    assert upload.status_code == 413


def test_size_limit_holds_before_auth_and_for_lying_lengths(client):
    huge = b"x" * 30_000
    assert client.post("/api/v1/reports", content=huge).status_code == 413
    # a Content-Length that is no number: the body is counted as it streams; here the
    # token check refuses the request before the body is read at all
    lying = client.post("/api/v1/reports", content=huge, headers={"Content-Length": "abc"})
    assert lying.status_code in (400, 401, 413)


def test_rate_limit_answers_429_with_retry_after(store):
    app = create_app(make_settings(rate_limit_per_minute=5), store)
    with TestClient(app) as c:
        codes = [c.get("/api/v1/events").status_code for _ in range(7)]
        assert codes[:5] == [200] * 5 and codes[5:] == [429, 429]
        last = c.get("/api/v1/events")
        assert last.json()["error"]["code"] == "E404" and last.headers["retry-after"] == "60"


def test_rate_limiter_forgets_idle_clients(monkeypatch):
    import asyncio

    async def ok(scope, receive, send):
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    limiter = RateLimit(ok, per_minute=3)
    monkeypatch.setattr(RateLimit, "MAX_CLIENTS", 50)
    clock = [1000.0]
    monkeypatch.setattr("conflictwatch.api.security.time.monotonic", lambda: clock[0])

    async def hit(ip):
        sent = []
        async def send(m):
            sent.append(m)
        await limiter({"type": "http", "client": (ip, 1), "method": "GET", "path": "/"}, None, send)
        return sent[0]["status"]

    async def run():
        for i in range(200):
            clock[0] += 1.0          # each address a second after the previous one
            assert await hit(f"10.0.{i // 250}.{i % 250}") == 200
        return len(limiter.hits)
    assert asyncio.run(run()) <= 61


# --- schemathesis against the OpenAPI spec ------------------------------------------------------

_SCHEMA_STORE = build_store(f"sqlite:///{tempfile.mkdtemp(prefix='cw-st-')}/cw.db")
SCHEMA = schemathesis.openapi.from_asgi(
    "/api/v1/openapi.json", create_app(make_settings(rate_limit_per_minute=OPEN), _SCHEMA_STORE))
OPERATIONS = [r.ok() for r in SCHEMA.get_all_operations()]


@pytest.mark.parametrize("operation", OPERATIONS, ids=[op.label for op in OPERATIONS])
def test_schemathesis_finds_no_server_error(operation):
    """A few generated requests per operation, with the token (benchmarks/schemathesis_run.py
    runs many more)."""
    @given(case=operation.as_strategy())
    @settings(max_examples=8, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def check(case):
        case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"},
                               checks=[not_a_server_error, response_schema_conformance])
    check()
