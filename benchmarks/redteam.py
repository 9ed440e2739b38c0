"""Red team: every attack of issue 12, against a real server, a real store and the real CLI.

    python benchmarks/redteam.py            # from the repository root (needs the dev extras)

Starts ``conflictwatch serve`` on a fresh SQLite observatory with the *default* secret and
a login configured, attacks it over HTTP, then attacks the CLI (``ingest``) with poisoned,
unreadable, hostile and huge inputs and kills ``--workers`` runs. Prints one row per attack
(what was tried, what was expected, what happened) and exits 1 if any attack succeeded.
Takes about two minutes on one core. The fixtures are hand-written (tests/ helpers).
"""
from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
import time
from base64 import b64encode
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import itsdangerous  # noqa: E402

PY = sys.executable
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
for k in [k for k in ENV if k.startswith("CONFLICTWATCH_")]:
    del ENV[k]
USER, PASSWORD, TOKEN = "ana", "correct horse battery", "redteam-token-0123456789"
DENSE = ("Hundreds of farmers blocked the road between Espinar and Yauri on Monday, and police "
         "fired tear gas at 300 protesters in Puno on 3 March. ")

ROWS: list[tuple[str, str, str, bool]] = []


def row(attack: str, expected: str, got: str, ok: bool) -> None:
    ROWS.append((attack, expected, got, bool(ok)))
    print(f"  {'ok  ' if ok else 'FAIL'} {attack}: {got}", flush=True)


def attempt(attack: str, expected: str, fn) -> None:
    """Run one attack; an exception in the harness counts as a failure, not a crash."""
    try:
        fn()
    except Exception as exc:  # noqa: BLE001
        row(attack, expected, f"harness error {type(exc).__name__}: {exc}"[:200], False)


# --- helpers ---------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def forge(secret: str, session: dict) -> str:
    data = b64encode(json.dumps(session).encode())
    return itsdangerous.TimestampSigner(secret).sign(data).decode()


def csrf(html: str) -> str:
    import re
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def audit_rows(db: Path) -> int:
    with sqlite3.connect(db) as c:
        return c.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def descendants(pid: int) -> set[int]:
    from tests.test_worker_cleanup import _children
    return _children(pid)


def alive(pid: int) -> bool:
    from tests.test_worker_cleanup import _alive
    return _alive(pid)


def cli(*args, env=None, timeout=300, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([PY, "-m", "conflictwatch.cli", *args], capture_output=True, text=True,
                          timeout=timeout, env={**ENV, **(env or {})}, cwd=ROOT, **kw)


def headers_ok(r: httpx.Response) -> bool:
    return all(h in r.headers for h in ("content-security-policy", "x-frame-options",
                                         "x-content-type-options", "referrer-policy"))


# --- the server --------------------------------------------------------------------------------

def server_attacks(tmp: Path) -> None:
    from tests.api.sample import build_store
    db = tmp / "observatory.db"
    build_store(f"sqlite:///{db}").close()
    port = free_port()
    env = {**ENV, "CONFLICTWATCH_ADMIN_USER": USER, "CONFLICTWATCH_ADMIN_PASSWORD": PASSWORD,
           "CONFLICTWATCH_API_TOKEN": TOKEN, "CONFLICTWATCH_MAX_REPORT_SECONDS": "3"}
    server = subprocess.Popen([PY, "-m", "conflictwatch.cli", "serve", "--port", str(port),
                               "--db", f"sqlite:///{db}"], env=env, cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(base + "/api/v1/stats", timeout=2)
            break
        except httpx.HTTPError:
            time.sleep(0.3)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    try:
        _server_attacks(base, db, auth)
    finally:
        kids = descendants(server.pid)
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(alive(k) for k in kids):
            time.sleep(0.2)
        left = [k for k in kids if alive(k)]
        for k in left:
            os.kill(k, signal.SIGKILL)
        row("stop the server (SIGTERM) after uploads", "no upload worker left",
            f"{len(kids)} child processes, {len(left)} left", not left)


def _server_attacks(base: str, db: Path, auth: dict) -> None:
    secret_file = Path(str(db) + ".secret")

    def default_secret():
        mode = stat.S_IMODE(secret_file.stat().st_mode) if secret_file.exists() else None
        row("serve with the default secret 'change-me'", "a generated key, file mode 0600",
            f"{secret_file.name} mode {oct(mode) if mode is not None else 'missing'}",
            mode == 0o600 and len(secret_file.read_text().strip()) >= 32)
    attempt("serve with the default secret", "generated key", default_secret)

    def forged():
        n = audit_rows(db)
        with httpx.Client(base_url=base) as c:
            c.cookies.set("cw_session", forge("change-me", {"user": USER, "csrf": "t", "sid": "x"}))
            r1 = c.get("/review", follow_redirects=False)
            r2 = c.post("/review/1/confirm", data={"csrf_token": "t"})
        ok = r1.status_code == 303 and r2.status_code in (400, 401) and audit_rows(db) == n
        row("forged cw_session signed with 'change-me'", "no review access, no audit row",
            f"/review {r1.status_code}, confirm {r2.status_code}, audit rows +{audit_rows(db) - n}", ok)
    attempt("forged cookie", "refused", forged)

    def signed_no_session():
        key = secret_file.read_text().strip()
        n = audit_rows(db)
        with httpx.Client(base_url=base) as c:
            c.cookies.set("cw_session", forge(key, {"user": USER, "csrf": "t", "sid": "guessed"}))
            r = c.post("/review/1/confirm", data={"csrf_token": "t"})
        row("cookie signed with the real key, no server session", "401, no audit row",
            f"{r.status_code}, audit rows +{audit_rows(db) - n}", r.status_code == 401 and audit_rows(db) == n)
    attempt("signed cookie without session", "refused", signed_no_session)

    def logout_replay():
        with httpx.Client(base_url=base) as c:
            page = c.get("/login").text
            r = c.post("/login", data={"username": USER, "password": PASSWORD,
                                       "csrf_token": csrf(page), "next": "/review"})
            token = csrf(c.get("/review").text)
            stolen = c.cookies.get("cw_session")
            c.post("/logout", data={"csrf_token": token})
            c.cookies.set("cw_session", stolen)
            r2 = c.get("/review", follow_redirects=False)
            r3 = c.post("/review/1/confirm", data={"csrf_token": token})
        ok = r.status_code in (200, 303) and r2.status_code == 303 and r3.status_code == 401
        row("replay the cookie after logout", "login page / 401",
            f"/review {r2.status_code}, confirm {r3.status_code}", ok)
    attempt("logout replay", "refused", logout_replay)

    def bad_sort():
        rs = [httpx.get(base + p) for p in ("/events?sort=bogus", "/events?sort=-date;drop",
                                            "/api/v1/events?sort=bogus")]
        row("/events?sort=<bad>", "400/422 with security headers",
            ", ".join(str(r.status_code) for r in rs),
            all(r.status_code in (400, 422) and headers_ok(r) for r in rs))
    attempt("bad sort", "400", bad_sort)

    def corrections():
        eid = httpx.get(base + "/api/v1/events?type=strike").json()["data"][0]["id"]
        before = httpx.get(f"{base}/api/v1/events/{eid}").json()
        codes = []
        for ch in ({"latitude": 1e308}, {"longitude": -181}, {"country": "ZZ"},
                   {"date": "0001-01-01"}, {"date": "9999-12-31"}, {"participants": 2**70}):
            codes.append(httpx.post(f"{base}/api/v1/events/{eid}/correct", json={"changes": ch},
                                    headers=auth).status_code)
        after = httpx.get(f"{base}/api/v1/events/{eid}").json()
        same = all(after[k] == before[k] for k in ("latitude", "longitude", "country", "date", "participants"))
        row("corrections: latitude 1e308, longitude -181, country ZZ, year 1/9999, 2**70 people",
            "400 each, event unchanged", f"{codes}, unchanged={same}",
            all(c == 400 for c in codes) and same)
    attempt("corrections", "400", corrections)

    def merge_rejected():
        events = httpx.get(base + "/api/v1/events?limit=100").json()["data"]
        live = next(e for e in events if e["type"] == "strike")
        dead = next(e for e in events if e["type"] == "blockade")
        httpx.post(f"{base}/api/v1/events/{dead['id']}/reject", headers=auth)
        r = httpx.post(f"{base}/api/v1/events/{dead['id']}/merge", json={"other_id": live["id"]},
                       headers=auth)
        after = httpx.get(f"{base}/api/v1/events/{live['id']}").json()
        ok = r.status_code == 400 and after["status"] != "rejected" and after["n_sources"] == live["n_sources"]
        row("merge a live event into a rejected one", "400, sources stay visible",
            f"{r.status_code}, live event status {after['status']}, {after['n_sources']} sources", ok)
    attempt("merge into rejected", "400", merge_rejected)

    def merge_split():
        events = httpx.get(base + "/api/v1/events?limit=100").json()["data"]
        keep = next(e for e in events if e["type"] == "strike")
        other = next(e for e in events if e["type"] == "state_of_emergency")
        httpx.post(f"{base}/api/v1/events/{keep['id']}/merge", json={"other_id": other["id"]}, headers=auth)
        httpx.post(f"{base}/api/v1/events/{keep['id']}/correct",
                   json={"changes": {"location": "Sorochuco"}}, headers=auth)
        r = httpx.post(f"{base}/api/v1/events/{keep['id']}/split", json={}, headers=auth)
        new = r.json()
        kept = httpx.get(f"{base}/api/v1/events/{keep['id']}").json()
        ok = r.status_code == 200 and new["location"] == kept["location"] == "Sorochuco" \
            and "location" in new["locked_fields"]
        row("merge, correct, then split", "both events keep the correction (locked)",
            f"split {r.status_code}: kept '{kept['location']}', new '{new.get('location')}', "
            f"new locks {new.get('locked_fields')}", ok)
    attempt("merge then split", "kept", merge_split)

    def upload_responsive():
        httpx.post(base + "/api/v1/reports", json={"text": "Teachers in Arequipa went on strike "
                   "on Monday to demand higher wages.", "published": "2026-03-02"},
                   headers=auth, timeout=120)                 # starts the upload workers
        out = {}

        def upload():
            t = time.perf_counter()
            out["r"] = httpx.post(base + "/api/v1/reports", json={"text": DENSE * 2200,
                                  "published": "2026-03-02"}, headers=auth, timeout=120)
            out["s"] = time.perf_counter() - t
        th = threading.Thread(target=upload)
        th.start()
        time.sleep(0.2)
        slowest, n = 0.0, 0
        while th.is_alive():
            t = time.perf_counter()
            httpx.get(base + "/api/v1/stats", timeout=30)
            slowest, n = max(slowest, time.perf_counter() - t), n + 1
            time.sleep(0.1)
        th.join()
        r = out["r"]
        code = r.json().get("error", {}).get("code") if r.status_code != 201 else "201"
        row("authenticated 300 KB event-dense upload (limit 3 s)",
            "E115 near the limit; other requests answered meanwhile",
            f"{r.status_code} {code} after {out['s']:.1f}s; {n} GETs meanwhile, slowest {slowest:.2f}s",
            r.status_code == 422 and code == "E115" and out["s"] < 15 and slowest < 1.0 and n > 3)
    attempt("upload", "responsive", upload_responsive)

    def lockout():
        with httpx.Client(base_url=base) as c:
            page = c.get("/login").text
            codes = [c.post("/login", data={"username": USER, "password": f"guess{i}",
                                            "csrf_token": csrf(page)}).status_code for i in range(5)]
            r = c.post("/login", data={"username": USER, "password": PASSWORD, "csrf_token": csrf(page)},
                       follow_redirects=False)
        row("5 wrong passwords, then the right one", "401 x5, then 429 with Retry-After",
            f"{codes} then {r.status_code}, Retry-After {r.headers.get('retry-after')}",
            codes == [401] * 5 and r.status_code == 429 and int(r.headers.get("retry-after", 0)) > 60)
    attempt("lockout", "429", lockout)


# --- the CLI -------------------------------------------------------------------------------------

def cli_attacks(tmp: Path) -> None:
    from tests.ingest.test_poison_dates import _poisoned_folder

    def poison():
        folder = tmp / "poison"
        _poisoned_folder(folder, "en")
        results = []
        for workers in ("1", "2"):
            db = tmp / f"poison-{workers}.db"
            for _ in range(2):                              # and on a rerun
                p = cli("ingest", "--db", str(db), "--workers", workers, str(folder))
                results.append((p.returncode, p.stderr.count("E112"), "Traceback" in p.stderr))
            with sqlite3.connect(db) as c:
                stored = c.execute("SELECT count(*) FROM reports").fetchone()[0]
            results.append(stored)
        ok = all(r == (1, 5, False) for r in results if isinstance(r, tuple)) and \
            [r for r in results if isinstance(r, int)] == [3, 3]
        row("year 1 / 9999 in JSONL, HTML meta, Atom, WARC (ingest, --workers 1 and 2, twice)",
            "E112 x5 each run, the 3 good reports stored, no traceback",
            str(results), ok)
    attempt("poison dates", "E112", poison)

    def unreadable():
        d = tmp / "fifo"
        d.mkdir()
        (d / "a.txt").write_text("Teachers in Arequipa went on strike on Monday to demand higher wages.")
        os.mkfifo(d / "b.txt")
        os.mkfifo(d / "c.warc.gz")
        os.symlink("/proc/self/mem", d / "d.txt")
        t = time.perf_counter()
        p = cli("ingest", "--db", str(tmp / "fifo.db"), str(d), timeout=120)
        s = time.perf_counter() - t
        row("FIFOs and /proc/self/mem in a folder", "E114 each, the rest read, no hang",
            f"exit {p.returncode} in {s:.1f}s, E114 x{p.stderr.count('E114')}",
            p.stderr.count("E114") == 3 and '"new": 1' in p.stdout and "Traceback" not in p.stderr)
    attempt("unreadable", "E114", unreadable)

    def attributes():
        f = tmp / "attrs.html"
        attrs = " ".join(f'a{i}="x"' for i in range(100_000))
        f.write_text(f"<html><body><article><p {attrs}>Teachers went on strike in Lima on Monday."
                     "</p></article></body></html>")
        t = time.perf_counter()
        p = cli("extract", str(f), "--published", "2026-03-02")
        s = time.perf_counter() - t
        row("one HTML tag with 100,000 attributes", "E104 in seconds (was 134 s)",
            f"{'E104' if 'E104' in p.stderr else p.stderr[-80:]} in {s:.1f}s", "E104" in p.stderr and s < 20)
    attempt("attributes", "E104", attributes)

    def huge():
        f = tmp / "dense.txt"
        with f.open("w") as fh:
            while fh.tell() < 19_000_000:
                fh.write(DENSE * 1000)
        t = time.perf_counter()
        p = cli("ingest", "--db", str(tmp / "dense.db"), str(f))
        s = time.perf_counter() - t
        row("19 MB event-dense text", "E104 (report size limit) in seconds (was > 3 min)",
            f"{'E104' if 'E104' in p.stderr else p.stderr[-80:]} in {s:.1f}s", "E104" in p.stderr and s < 60)
    attempt("huge", "E104", huge)

    def slow_in_workers():
        d = tmp / "slow"
        d.mkdir()
        (d / "a.txt").write_text("Teachers in Arequipa went on strike on Monday to demand higher wages.")
        (d / "b.txt").write_text(DENSE * 2500)
        db = tmp / "slow.db"
        p = cli("ingest", "--db", str(db), "--workers", "2", str(d),
                env={"CONFLICTWATCH_MAX_REPORT_SECONDS": "2"})
        with sqlite3.connect(db) as c:
            st = dict(c.execute("SELECT doc_id, status FROM reports").fetchall())
        row("a report slower than the limit in --workers (limit 2 s)", "E115, stored failed, others stored",
            f"{'E115' if 'E115' in p.stderr else 'no E115'}; {st}",
            "E115" in p.stderr and st == {"a": "extracted", "b": "failed"})
    attempt("slow in workers", "E115", slow_in_workers)

    def bomb():
        from tests.ingest.test_warc_bomb import CHILD, _bomb
        f = tmp / "bomb.warc.gz"
        _bomb(f, 1700, many_lines=False)
        p = subprocess.run([PY, "-c", CHILD, str(f)], capture_output=True, text=True, timeout=300,
                           env=ENV, cwd=ROOT)
        codes, rss = (p.stdout.split() + ["?", "0"])[:2]
        row(f"WARC header gzip bomb ({f.stat().st_size // 1000} KB -> 1.7 GB)", "E111, RSS < 300 MB",
            f"{codes}, max RSS {rss} MB", codes == "E111" and int(rss) < 300)
    attempt("bomb", "E111", bomb)

    for sig in (signal.SIGTERM, signal.SIGKILL):
        def killed(sig=sig):
            d = tmp / f"kill-{sig.name}"
            d.mkdir()
            for i in range(40):
                (d / f"r{i:02d}.txt").write_text(f"Report {i}. " + DENSE * 300)
            proc = subprocess.Popen([PY, "-m", "conflictwatch.cli", "ingest", "--db", str(d / "cw.db"),
                                     "--workers", "2", "--batch-size", "1", "-q", str(d)],
                                    env=ENV, cwd=ROOT, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL, start_new_session=True)
            workers: set[int] = set()
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and len(workers) < 2:
                time.sleep(0.2)
                workers = descendants(proc.pid)
            time.sleep(1.5)
            os.kill(proc.pid, sig)
            proc.wait(timeout=30)
            deadline = time.monotonic() + 15
            while time.monotonic() < deadline and any(alive(w) for w in workers):
                time.sleep(0.2)
            left = [w for w in workers if alive(w)]
            for w in left:
                os.kill(w, signal.SIGKILL)
            row(f"{sig.name} an ingest --workers 2 run", "no worker left",
                f"{len(workers)} workers, {len(left)} left", len(workers) >= 2 and not left)
        attempt(f"kill {sig.name}", "no workers", killed)

    def deps():
        import tomllib
        deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
        pinned = [d for d in deps if d.lower().startswith("lxml_html_clean==")]
        p = subprocess.run([PY, "-c", "import lxml.html.clean"], capture_output=True, env=ENV)
        row("install with a pip that skips lxml's extra", "lxml_html_clean pinned in dependencies",
            f"{pinned or 'not declared'}, import {'ok' if p.returncode == 0 else 'fails'}",
            bool(pinned) and p.returncode == 0)
    attempt("dependencies", "declared", deps)


def main() -> int:
    t = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="cw-redteam-") as d:
        tmp = Path(d)
        print("server attacks:", flush=True)
        server_attacks(tmp)
        print("CLI attacks:", flush=True)
        cli_attacks(tmp)
    failures = [r for r in ROWS if not r[3]]
    w = max(len(r[0]) for r in ROWS)
    print()
    print(f"| {'attack':<{w}} | result | what happened")
    print(f"|{'-' * (w + 2)}|--------|{'-' * 40}")
    for attack, _expected, got, ok in ROWS:
        print(f"| {attack:<{w}} | {'ok' if ok else 'FAIL':<6} | {got}")
    print(f"\n{len(ROWS)} attacks, {len(failures)} failures, {time.perf_counter() - t:.0f}s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
