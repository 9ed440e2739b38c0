"""Security for the API and the web UI.

- ``SecurityHeaders``: CSP without inline script, nosniff, frame-ancestors 'none'.
- ``UploadLimit``: bodies over ``settings.max_upload_bytes`` get 413 with E402.
- ``RateLimit``: more than ``settings.rate_limit_per_minute`` requests from one client in a
  minute get 429 with E404.
- token check for API writes (``Authorization: Bearer``) and CSRF tokens for UI forms.
"""
from __future__ import annotations

import hmac
import secrets
import time
from collections import defaultdict, deque
from urllib.parse import urlsplit

from ..config import Settings
from ..errors import PayloadTooLarge, RateLimited, Unauthorized


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

        await self.app(scope, receive, send_with_headers)


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
