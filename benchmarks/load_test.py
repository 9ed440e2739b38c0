"""Loopback load test of the API with wrk: requests/s, p50/p95/p99 and errors per endpoint.

    CONFLICTWATCH_... python benchmarks/load_test.py --db sqlite:////tmp/q1m.db --duration 30

Starts ``conflictwatch serve --db DB --port <free port> --workers N`` (uvicorn) on 127.0.0.1
with the rate limiter off (``CONFLICTWATCH_RATE_LIMIT_PER_MINUTE=0``), waits until it answers,
then runs ``wrk -t THREADS -c CONNECTIONS -d DURATION`` (Debian's ``wrk`` package) against
each endpoint in turn, at sustained concurrency. A Lua script (written to a temporary file)
picks a random conflict id per request for ``/conflicts/{id}`` and reports wrk's latency
percentiles (p50, p90, p95, p99, max), socket errors (connect, read, write, timeout) and
non-2xx/3xx answers as one JSON line per endpoint. Nothing leaves the machine.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

LUA = r"""
local path, maxid, headers = "/", nil, {}
function init(args)
  path = args[1]
  maxid = tonumber(args[2])
  if args[3] and args[3] ~= "" then headers["Cookie"] = args[3] end
  math.randomseed(os.time())
end
function request()
  local p = path
  if maxid then p = string.gsub(path, "{id}", tostring(math.random(1, maxid))) end
  return wrk.format("GET", p, headers)
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests": %d, "duration_s": %.3f, "bytes": %d, "connect_errors": %d, ' ..
    '"read_errors": %d, "write_errors": %d, "non_2xx_3xx": %d, "timeouts": %d, ' ..
    '"p50_ms": %.1f, "p90_ms": %.1f, "p95_ms": %.1f, "p99_ms": %.1f, "max_ms": %.1f, "mean_ms": %.1f}\n',
    summary.requests, summary.duration / 1e6, summary.bytes, e.connect, e.read, e.write, e.status,
    e.timeout, latency:percentile(50) / 1e3, latency:percentile(90) / 1e3,
    latency:percentile(95) / 1e3, latency:percentile(99) / 1e3, latency.max / 1e3, latency.mean / 1e3))
end
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get_json(url: str, timeout: float = 60) -> dict:
    with urllib.request.urlopen(url, timeout=timeout) as resp:
        return json.loads(resp.read())


def wait_up(base: str, proc: subprocess.Popen, limit_s: float) -> None:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with {proc.returncode} before answering")
        try:
            get_json(f"{base}/api/v1/conflicts?limit=1", timeout=5)
            return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"the server did not answer within {limit_s:.0f} s")


def login(base: str, user: str, password: str) -> str:
    """Log in through the web form; the session cookie (``name=value``) for wrk to send."""
    import http.cookiejar
    import re
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(f"{base}/login", timeout=30).read().decode()
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"username": user, "password": password, "csrf_token": csrf}).encode()
    opener.open(f"{base}/login", data=form, timeout=30).read()
    cookie = next((f"{c.name}={c.value}" for c in jar if c.name == "cw_session"), None)
    if cookie is None or "/login" in opener.open(f"{base}/review", timeout=60).geturl():
        raise SystemExit("could not log in to measure /review")
    return cookie


def run_wrk(wrk: str, base: str, path: str, maxid: int | None, args, script: Path, cookie: str = "") -> dict:
    cmd = [wrk, "-t", str(args.threads), "-c", str(args.connections), "-d", f"{args.duration}s",
           "--timeout", f"{args.timeout}s", "--latency", "-s", str(script), base + path.split("?")[0],
           "--", path, str(maxid or ""), cookie]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=args.duration + 120)
    line = next((l for l in out.stdout.splitlines() if l.startswith("RESULT ")), None)
    if line is None:
        raise SystemExit(f"wrk gave no result for {path}:\n{out.stdout}\n{out.stderr}")
    res = json.loads(line[len("RESULT "):])
    res["requests_per_s"] = round(res["requests"] / res["duration_s"], 1)
    res["errors"] = sum(res[k] for k in ("connect_errors", "read_errors", "write_errors", "non_2xx_3xx",
                                         "timeouts"))
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", default="sqlite:////tmp/q1m.db", help="database URL the server opens")
    ap.add_argument("--duration", type=int, default=30, help="seconds per endpoint")
    ap.add_argument("--connections", type=int, default=16)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--timeout", type=int, default=10, help="wrk's per-request timeout, seconds")
    ap.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    ap.add_argument("--startup", type=float, default=600, help="seconds to wait for the server")
    ap.add_argument("--workers", type=int, default=1, help="server processes (serve --workers N)")
    ap.add_argument("--pages", choices=["api", "html", "all", "review"], default="api",
                    help="the JSON API lists (default), the observatory's HTML pages, both, or the "
                         "analysts' /review queue (logged in; logins are kept in the database, so any --workers)")
    ap.add_argument("--path", action="append", default=[], metavar="PATH",
                    help="measure this path instead of a page set (repeat for several), e.g. "
                         "'/conflicts/963?page=500'")
    args = ap.parse_args()
    wrk = shutil.which("wrk")
    if wrk is None:
        raise SystemExit("wrk is not installed: apt-get install -y wrk")
    port = args.port or free_port()
    base = f"http://127.0.0.1:{port}"
    env = dict(os.environ, CONFLICTWATCH_RATE_LIMIT_PER_MINUTE="0")
    password = None
    if args.pages == "review":
        import secrets
        password = secrets.token_urlsafe(16)
        env.update(CONFLICTWATCH_ADMIN_USER="loadtest", CONFLICTWATCH_ADMIN_PASSWORD=password)
    script_bin = Path(sys.executable).parent / "conflictwatch"
    cli = [str(script_bin)] if script_bin.exists() else [sys.executable, "-m", "conflictwatch.cli"]
    server = subprocess.Popen([*cli, "serve", "--host", "127.0.0.1", "--port", str(port), "--db", args.db,
                               "--workers", str(args.workers)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_up(base, server, args.startup)
        first = get_json(f"{base}/api/v1/events?limit=1")["data"][0]
        n_conflicts = get_json(f"{base}/api/v1/conflicts?limit=1")["count"]
        n_events = get_json(f"{base}/api/v1/events?limit=1&sort=-id")["data"][0]["id"]
        api = [("/api/v1/events", None),
               (f"/api/v1/events?country={first['country']}&type={first['type']}", None),
               (f"/api/v1/events?admin1={urllib.request.quote(first['admin1'])}", None),
               ("/api/v1/conflicts/{id}", min(n_conflicts, 10_000)),
               ("/api/v1/conflicts", None)]
        html = [("/", None), ("/events", None),
                (f"/events?country={first['country']}&type={first['type']}", None),
                (f"/events?admin1={urllib.request.quote(first['admin1'])}&page=3", None),
                ("/events/{id}", n_events), ("/conflicts", None), ("/conflicts/{id}", min(n_conflicts, 10_000)),
                ("/reports", None)]
        review = [("/review", None), ("/review?page=3", None)]
        paths = {"api": api, "html": html, "all": api + html, "review": review}[args.pages]
        if args.path:
            paths = [(p, None) for p in args.path]
        cookie = login(base, "loadtest", password) if password else ""
        with tempfile.TemporaryDirectory() as tmp:
            script = Path(tmp) / "cw.lua"
            script.write_text(LUA)
            for path, maxid in paths:
                started = time.strftime("%H:%M:%S")
                res = run_wrk(wrk, base, path, maxid, args, script, cookie)
                print(json.dumps({"endpoint": path, "workers": args.workers, "connections": args.connections,
                                  "threads": args.threads, "started": started, "ended": time.strftime("%H:%M:%S"),
                                  "duration_s": args.duration, **res}), flush=True)
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()
