"""Sessions that cannot be forged, replayed after logout or guessed (issue 12)."""
from __future__ import annotations

import json
import stat
from base64 import b64encode

import itsdangerous
import pytest
from fastapi.testclient import TestClient

from conflictwatch.api.app import create_app
from conflictwatch.api.security import LoginGuard, resolve_secret, secret_file_for
from conflictwatch.config import Settings
from conflictwatch.errors import BadSetting
from conflictwatch.store.models import AuditLog

from tests.api.conftest import make_settings, store  # noqa: F401  (fixture)
from tests.web.test_routes import _csrf, _login


def forge(secret: str, session: dict) -> str:
    """A cw_session cookie as Starlette's SessionMiddleware signs it."""
    data = b64encode(json.dumps(session).encode())
    return itsdangerous.TimestampSigner(secret).sign(data).decode()


def _audit_rows(store) -> int:
    from sqlalchemy import func, select
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(AuditLog))


@pytest.mark.parametrize("secret", ["change-me", "", "short"])
def test_default_secret_is_replaced_by_a_private_generated_one(store, secret):
    settings = make_settings(secret_key=secret, database_url=store.url)
    app = create_app(settings, store)
    path = secret_file_for(store.url)
    assert path.exists() and stat.S_IMODE(path.stat().st_mode) == 0o600
    kept = path.read_text().strip()
    assert len(kept) >= 32 and kept != secret
    assert resolve_secret(settings, store.url) == kept          # the same one after a restart
    with TestClient(app) as c:
        c.cookies.set("cw_session", forge(secret or "change-me", {"user": "ana", "sid": "x"}))
        r = c.get("/review", follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/login")
        n = _audit_rows(store)
        r = c.post("/review/1/confirm", data={"csrf_token": "x"})
        assert r.status_code in (400, 401)
        assert _audit_rows(store) == n and store.get_event(1)["status"] == "new"


def test_weak_secret_without_a_file_to_keep_one_refuses_to_start():
    settings = Settings(database_url="postgresql+psycopg://u:p@localhost/db", admin_password="pw",
                        secret_key="change-me")
    with pytest.raises(BadSetting) as err:
        resolve_secret(settings)
    assert err.value.code == "E501" and "CONFLICTWATCH_SECRET_KEY" in err.value.message


def test_cookie_signed_with_the_real_key_is_no_login_without_a_server_session(store):
    settings = make_settings()
    with TestClient(create_app(settings, store)) as c:
        # even a correctly signed cookie naming the analyst is refused: no live session id
        c.cookies.set("cw_session", forge(settings.secret_key, {"user": "ana", "csrf": "t", "sid": "made-up"}))
        r = c.post("/review/1/confirm", data={"csrf_token": "t"})
        assert r.status_code == 401 and "E401" in r.text
    assert store.get_event(1)["status"] == "new"


def test_session_of_a_login_no_longer_configured_is_refused(store):
    with TestClient(create_app(make_settings(), store)) as c:
        _login(c)
        cookie = c.cookies.get("cw_session")
    # the same key, the same store, but no password configured any more: review is off
    app = create_app(make_settings(admin_password=None), store)
    with TestClient(app) as c:
        c.cookies.set("cw_session", cookie)
        assert c.get("/review", follow_redirects=False).status_code == 303


def test_logged_out_cookie_no_longer_works(store):
    with TestClient(create_app(make_settings(), store)) as c:
        token = _login(c)
        stolen = c.cookies.get("cw_session")
        assert c.get("/review", follow_redirects=False).status_code == 200
        r = c.post("/logout", data={"csrf_token": token}, follow_redirects=False)
        assert r.status_code == 303
        c.cookies.set("cw_session", stolen)                        # replay the old cookie
        assert c.get("/review", follow_redirects=False).status_code == 303
        r = c.post("/review/1/confirm", data={"csrf_token": token})
        assert r.status_code == 401
    assert store.get_event(1)["status"] == "new"


def test_repeated_failed_logins_lock_the_address_even_with_the_right_password(store):
    with TestClient(create_app(make_settings(), store)) as c:
        page = c.get("/login").text
        for _ in range(LoginGuard().per_client):
            r = c.post("/login", data={"username": "ana", "password": "guess", "csrf_token": _csrf(page)})
            assert r.status_code == 401
        r = c.post("/login", data={"username": "ana", "password": "s3cret-pass",
                                   "csrf_token": _csrf(page)}, follow_redirects=False)
        assert r.status_code == 429 and "E404" in r.text
        assert int(r.headers["retry-after"]) > 60
        assert r.headers["x-frame-options"] == "DENY"


def test_lockout_per_account_from_many_addresses():
    guard = LoginGuard(per_client=5, per_account=20, window_s=900)
    for i in range(20):
        assert guard.retry_after(f"10.0.0.{i}", "ana") == 0
        guard.failed(f"10.0.0.{i}", "ana")
    assert guard.retry_after("10.9.9.9", "ana") > 0          # a new address, the same name
    assert guard.retry_after("10.9.9.9", "bob") == 0


def test_a_login_holds_in_every_worker_and_a_logout_ends_it_in_all(store):
    """Two apps on one database stand for two processes of ``serve --workers 2``."""
    from conflictwatch.store import Store
    settings = make_settings(database_url=store.url)
    one = create_app(settings, store)
    two = create_app(settings, Store.open(store.url))
    with TestClient(one) as a, TestClient(two) as b:
        _login(a)
        b.cookies.set("cw_session", a.cookies.get("cw_session"))
        assert b.get("/review", follow_redirects=False).status_code == 200   # the other worker knows it
        csrf = _csrf(b.get("/review").text)
        assert b.post("/logout", data={"csrf_token": csrf}, follow_redirects=False).status_code in (302, 303)
        r = a.get("/review", follow_redirects=False)                          # ended in the first too
        assert r.status_code == 303 and r.headers["location"].startswith("/login")


def test_failed_logins_on_one_worker_lock_the_address_on_the_others(store):
    from conflictwatch.store import Store
    settings = make_settings(database_url=store.url)
    with TestClient(create_app(settings, store)) as a, \
            TestClient(create_app(settings, Store.open(store.url))) as b:
        page = a.get("/login").text
        for _ in range(LoginGuard().per_client):
            r = a.post("/login", data={"username": "ana", "password": "guess", "csrf_token": _csrf(page)})
            assert r.status_code == 401
        page = b.get("/login").text
        r = b.post("/login", data={"username": "ana", "password": "s3cret-pass",
                                   "csrf_token": _csrf(page)}, follow_redirects=False)
        assert r.status_code == 429 and "E404" in r.text


def test_the_lockout_per_account_in_the_database(store):
    guard = LoginGuard(per_client=5, per_account=3, window_s=900, store=store)
    for i in range(3):
        assert guard.retry_after(f"10.0.0.{i}", "ana") == 0
        guard.failed(f"10.0.0.{i}", "ana")
    assert guard.retry_after("10.9.9.9", "ana") > 0
    assert guard.retry_after("10.9.9.9", "bob") == 0
    guard.succeeded("10.0.0.1")                       # clears that address, not the account
    assert guard.retry_after("10.0.0.1", "ana") > 0
