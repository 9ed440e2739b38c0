"""Security for the API and the web UI.

- ``SecurityHeaders``: CSP without inline script, nosniff, frame-ancestors 'none'.
- ``UploadLimit``: bodies over ``settings.max_upload_bytes`` get 413 with E402.
- ``RateLimit``: more than ``settings.rate_limit_per_minute`` requests from one client in a
  minute get 429 with E404.
- token check for API writes (``Authorization: Bearer``) and CSRF tokens for UI forms.
- ``resolve_secret``: never sign cookies with the default key; ``LiveSessions``: logins the
  server can revoke; ``LoginGuard``: lockout after repeated failed logins.
"""
from __future__ import annotations

import hmac
import logging
import os
import secrets
import time
from collections import defaultdict, deque
from pathlib import Path
from urllib.parse import urlsplit

from ..config import Settings
from ..errors import BadSetting, PayloadTooLarge, RateLimited, ServerError, Unauthorized


def content_security_policy(settings: Settings) -> str:
    img = "'self' data:"
    if settings.tile_url:
        parts = urlsplit(settings.tile_url.replace("{s}", "a"))
        host = parts.netloc.replace("a.", "*.", 1) if "{s}" in settings.tile_url else parts.netloc
        img += f" {parts.scheme}://{host}"
    return ("default-src 'self'; script-src 'self'; style-src 'self'; "
            f"img-src {img}; connect-src 'self'; font-src 'self'; object-src 'none'; "
            "base-uri 'self'; form-action 'self'; frame-ancestors 'none'")


def _error_response(status: int, err) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    from .problems import MEDIA_TYPE, problem_bytes   # RFC 9457, as every API error
    body = problem_bytes(err, status)
    return status, [(b"content-type", MEDIA_TYPE.encode()),
                    (b"content-length", str(len(body)).encode())], body


async def _send_error(send, status: int, err, extra_headers=()) -> None:
    status, headers, body = _error_response(status, err)
    await send({"type": "http.response.start", "status": status, "headers": headers + list(extra_headers)})
    await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    """Pure ASGI middleware adding the security headers to every HTTP response."""

    def __init__(self, app, settings: Settings):
        self.app = app
        self.headers = [
            (b"content-security-policy", content_security_policy(settings).encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"same-origin"),
        ]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message = dict(message)
                message["headers"] = list(message.get("headers", [])) + [
                    h for h in self.headers if h[0] not in names]
            await send(message)

        started = False

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send_with_headers(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            # a bug below must still answer with a coded error and these headers (Starlette's
            # own 500 page is sent outside this middleware, without them)
            logging.getLogger("conflictwatch.api").exception("unhandled error on %s", scope.get("path"))
            if started:
                raise
            err = ServerError("The server failed on this request (its database changes were rolled back); retry, "
                              "and report it with the URL if it happens again.")
            if not str(scope.get("path", "")).startswith("/api/") and "app" in scope:
                try:                      # a web page: the error page in the site's layout
                    from starlette.requests import Request

                    from ..web.routes import render_error
                    resp = render_error(Request(scope), err, 500)
                except Exception:         # the page itself failing: the plain coded answer below
                    resp = None
                if resp is not None:
                    await resp(scope, receive, send_with_headers)
                    return
            await _send_error(send_with_headers, 500, err)


class _TooLarge(Exception):
    pass


class UploadLimit:
    """Refuse request bodies larger than ``max_bytes`` (by Content-Length, or while streaming)."""

    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    def _error(self):
        return PayloadTooLarge(f"The upload is larger than {self.max_bytes} bytes "
                               "(settings.max_upload_bytes); send a shorter report or raise the limit.")

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        for k, v in scope.get("headers", []):
            if k == b"content-length":
                try:
                    if int(v) > self.max_bytes:
                        return await _send_error(send, 413, self._error())
                except ValueError:
                    pass
        seen = 0
        started = False

        async def counting_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge()
            return message

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if not started:
                await _send_error(send, 413, self._error())


class RateLimit:
    """A sliding one-minute window per client address (in memory, per process)."""

    #: clients remembered before idle ones (no request for a minute) are forgotten
    MAX_CLIENTS = 10_000

    def __init__(self, app, per_minute: int):
        self.app = app
        self.per_minute = per_minute
        self.hits: dict[str, deque] = defaultdict(deque)

    def _forget_idle(self, now: float) -> None:
        """Bound the memory many addresses could take: drop those idle for a minute."""
        for client in [c for c, q in self.hits.items() if not q or now - q[-1] > 60]:
            del self.hits[client]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or self.per_minute <= 0:
            return await self.app(scope, receive, send)
        client = (scope.get("client") or ("?", 0))[0]
        now = time.monotonic()
        if len(self.hits) >= self.MAX_CLIENTS and client not in self.hits:
            self._forget_idle(now)
        q = self.hits[client]
        while q and now - q[0] > 60:
            q.popleft()
        if len(q) >= self.per_minute:
            err = RateLimited(f"More than {self.per_minute} requests in a minute; wait a minute "
                              "and retry, or raise settings.rate_limit_per_minute.")
            return await _send_error(send, 429, err, [(b"retry-after", b"60")])
        q.append(now)
        await self.app(scope, receive, send)


def check_bearer(authorization: str | None, settings: Settings) -> None:
    """Raise E401 unless the header carries the configured API token."""
    if not settings.api_token:
        raise Unauthorized("Writing through the API is switched off: set CONFLICTWATCH_API_TOKEN "
                           "and send it as 'Authorization: Bearer <token>'.")
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(),
                                                             settings.api_token.encode()):
        raise Unauthorized("Writing needs the API token: send 'Authorization: Bearer <token>'.")


def check_login(username: str, password: str, settings: Settings) -> bool:
    if not settings.admin_password:
        return False
    return (hmac.compare_digest(username.encode(), settings.admin_user.encode())
            and hmac.compare_digest(password.encode(), settings.admin_password.encode()))


def csrf_token(session: dict) -> str:
    """The session's CSRF token (made on first use); forms send it back as ``csrf_token``."""
    tok = session.get("csrf")
    if not tok:
        tok = secrets.token_urlsafe(32)
        session["csrf"] = tok
    return tok


def csrf_ok(session: dict, sent: str | None) -> bool:
    tok = session.get("csrf")
    return bool(tok and sent and hmac.compare_digest(tok.encode(), sent.encode()))


# --- the session secret, live sessions and login lockout -----------------------------------

#: secrets that sign nothing: the shipped default and the empty string
WEAK_SECRETS = frozenset({"", "change-me", "changeme", "secret"})
MIN_SECRET_CHARS = 32


def _sqlite_file(database_url: str) -> Path | None:
    """The database file of a ``sqlite:///file.db`` URL (None for memory or PostgreSQL)."""
    if not database_url.startswith("sqlite"):
        return None
    path = database_url.split("///", 1)[1] if "///" in database_url else ""
    path = path.split("?", 1)[0]
    if not path or path == ":memory:":
        return None
    return Path(path)


def secret_file_for(database_url: str) -> Path | None:
    """Where a generated secret is kept: ``<database file>.secret`` next to a SQLite file."""
    db = _sqlite_file(database_url)
    return db.with_name(db.name + ".secret") if db else None


def _read_or_make_secret(path: Path) -> str:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        os.chmod(path, 0o600)                 # a copy made readable by others is narrowed again
        secret = path.read_text(encoding="utf-8").strip()
        if len(secret) >= MIN_SECRET_CHARS:
            return secret
        path.unlink()                         # truncated or edited: make a new one
        return _read_or_make_secret(path)
    secret = secrets.token_urlsafe(48)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(secret + "\n")
    return secret


def resolve_secret(settings: Settings, database_url: str | None = None) -> str:
    """The key that signs session cookies. Never the shipped default:

    - ``settings.secret_key`` when it is set to something of 32 characters or more;
    - else a random key generated once and kept in ``<database file>.secret`` (mode 0600)
      next to a SQLite database, so that sessions survive a restart;
    - else (PostgreSQL, in-memory SQLite) a random key for this process when no login is
      configured (cookies then only carry CSRF tokens), and E501 when one is: a login needs
      a key that every server process shares, so set CONFLICTWATCH_SECRET_KEY.
    """
    key = settings.secret_key or ""
    if key not in WEAK_SECRETS and len(key) >= MIN_SECRET_CHARS:
        return key
    path = secret_file_for(database_url or settings.database_url)
    if path is not None:
        try:
            return _read_or_make_secret(path)
        except OSError as err:
            raise BadSetting(f"CONFLICTWATCH_SECRET_KEY is unset or weak and {path} cannot be "
                             f"written ({err.strerror}); set CONFLICTWATCH_SECRET_KEY to a random "
                             "string of 32+ characters.") from None
    if settings.admin_password:
        raise BadSetting("CONFLICTWATCH_SECRET_KEY is unset or weak (under 32 characters), and "
                         "the review login is configured: set it to a random string, e.g. "
                         "python -c 'import secrets; print(secrets.token_urlsafe(48))'.")
    return secrets.token_urlsafe(48)


class LiveSessions:
    """Server-side record of logged-in sessions: a signed cookie is only a login while its
    random session id is here. Logout (and expiry) removes it, so a copied or logged-out
    cookie no longer works.

    With a ``store`` the sessions live in its ``login_sessions`` table (migration 0008), so
    every server process of ``serve --workers N`` knows every login and a logout ends it in
    all of them, and a restart keeps analysts logged in; without one (tests, a store that
    cannot be written) they live in this process's memory."""

    MAX_SESSIONS = 10_000

    def __init__(self, max_age_s: float, store=None):
        self.max_age_s = max_age_s
        self.store = store
        self._live: dict[str, tuple[str, float]] = {}

    def _table(self):
        from ..store.models import LoginSession
        return LoginSession.__table__

    def start(self, user: str) -> str:
        sid = secrets.token_urlsafe(32)
        now = time.time()
        if self.store is not None:
            import sqlalchemy as sa
            t = self._table()
            with self.store.engine.begin() as con:
                con.execute(sa.delete(t).where(t.c.expires_at <= now))
                con.execute(sa.insert(t).values(sid=sid, who=user, expires_at=now + self.max_age_s))
            return sid
        if len(self._live) >= self.MAX_SESSIONS:
            self._live = {k: v for k, v in self._live.items() if v[1] > now}
            while len(self._live) >= self.MAX_SESSIONS:      # still full: oldest out
                self._live.pop(next(iter(self._live)))
        self._live[sid] = (user, now + self.max_age_s)
        return sid

    def user(self, sid: str | None) -> str | None:
        if not sid or not isinstance(sid, str) or len(sid) > 64:
            return None
        now = time.time()
        if self.store is not None:
            import sqlalchemy as sa
            t = self._table()
            with self.store.engine.connect() as con:
                row = con.execute(sa.select(t.c.who, t.c.expires_at).where(t.c.sid == sid)).first()
            if row is None or row.expires_at <= now:
                return None
            return row.who
        found = self._live.get(sid)
        if found is None:
            return None
        if found[1] <= now:
            self._live.pop(sid, None)
            return None
        return found[0]

    def end(self, sid: str | None) -> None:
        if not isinstance(sid, str):
            return
        if self.store is not None:
            import sqlalchemy as sa
            t = self._table()
            with self.store.engine.begin() as con:
                con.execute(sa.delete(t).where(t.c.sid == sid))
            return
        self._live.pop(sid, None)


class LoginGuard:
    """Lockout after repeated failed logins, per client address and per account name.

    ``per_client`` failures from one address, or ``per_account`` failures for one name
    (from anywhere), within ``window_s`` lock that address / name until the oldest of
    those failures is ``window_s`` old; a locked login is refused (429 E404) even with
    the right password. A successful login clears its address's failures."""

    MAX_TRACKED = 10_000

    def __init__(self, per_client: int = 5, per_account: int = 20, window_s: float = 900, store=None):
        self.per_client, self.per_account, self.window_s = per_client, per_account, window_s
        self._fails: dict[tuple[str, str], deque] = {}
        # with a store, failures are kept in its ``login_failures`` table (migration 0008):
        # every process of ``serve --workers N`` counts them together
        self.store = store

    def _table(self):
        from ..store.models import LoginFailure
        return LoginFailure.__table__

    def _q(self, key: tuple[str, str], now: float) -> deque:
        q = self._fails.get(key)
        if q is None:
            if len(self._fails) >= self.MAX_TRACKED:
                self._fails = {k: v for k, v in self._fails.items()
                               if v and now - v[-1] < self.window_s}
            q = self._fails[key] = deque()
        while q and now - q[0] >= self.window_s:
            q.popleft()
        return q

    def retry_after(self, client: str, account: str) -> int:
        """Seconds until this client may try this account again (0: not locked)."""
        wait = 0.0
        if self.store is not None:
            import sqlalchemy as sa
            t, now = self._table(), time.time()
            with self.store.engine.connect() as con:
                for (kind, who), limit in ((("ip", client), self.per_client), (("user", account), self.per_account)):
                    ats = con.execute(sa.select(t.c.at).where(t.c.kind == kind, t.c.who == who[:200],
                                                              t.c.at > now - self.window_s)
                                      .order_by(t.c.at.desc()).limit(limit)).scalars().all()
                    if len(ats) >= limit:
                        wait = max(wait, self.window_s - (now - ats[-1]))
            return int(wait) + 1 if wait > 0 else 0
        now = time.monotonic()
        for key, limit in ((("ip", client), self.per_client), (("user", account), self.per_account)):
            q = self._q(key, now)
            if len(q) >= limit:
                wait = max(wait, self.window_s - (now - q[len(q) - limit]))
        return int(wait) + 1 if wait > 0 else 0

    def failed(self, client: str, account: str) -> None:
        if self.store is not None:
            import sqlalchemy as sa
            t, now = self._table(), time.time()
            with self.store.engine.begin() as con:
                con.execute(sa.delete(t).where(t.c.at <= now - self.window_s))
                con.execute(sa.insert(t), [{"kind": "ip", "who": client[:200], "at": now},
                                           {"kind": "user", "who": account[:200], "at": now}])
            return
        now = time.monotonic()
        self._q(("ip", client), now).append(now)
        self._q(("user", account), now).append(now)

    def succeeded(self, client: str) -> None:
        if self.store is not None:
            import sqlalchemy as sa
            t = self._table()
            with self.store.engine.begin() as con:
                con.execute(sa.delete(t).where(t.c.kind == "ip", t.c.who == client[:200]))
            return
        self._fails.pop(("ip", client), None)

    def locked_error(self, wait: int) -> RateLimited:
        err = RateLimited(f"Too many failed logins from this address or for this name; wait "
                           f"{wait} seconds (lockout after {self.per_client} failures per address "
                           f"or {self.per_account} per name in {int(self.window_s // 60)} minutes).")
        err.retry_after = wait
        return err
