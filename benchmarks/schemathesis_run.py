"""schemathesis against the OpenAPI spec, in process, with many examples per operation.

    .venv/bin/python benchmarks/schemathesis_run.py --examples 200

Builds the small hand-written observatory of tests/api/sample.py in a temporary SQLite
file, generates requests for every operation of /api/v1/openapi.json (with the API token,
so writes run too) and checks: no server error (5xx) and responses matching their schemas.
Prints one line per operation and exits 1 on any failure. The suite runs the same with 8
examples (tests/api/test_hardening.py).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--examples", type=int, default=200, help="Generated requests per operation.")
    args = ap.parse_args()
    import schemathesis
    from hypothesis import HealthCheck, given, settings
    from schemathesis.checks import not_a_server_error, response_schema_conformance

    from conflictwatch.api.app import create_app
    from tests.api.conftest import TOKEN, make_settings
    from tests.api.sample import build_store

    store = build_store(f"sqlite:///{tempfile.mkdtemp(prefix='cw-st-')}/cw.db")
    app = create_app(make_settings(rate_limit_per_minute=0), store)
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)
    failed = 0
    for result in schema.get_all_operations():
        op = result.ok()
        t0 = time.monotonic()
        calls = 0

        @given(case=op.as_strategy())
        @settings(max_examples=args.examples, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            nonlocal calls
            calls += 1
            case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"},
                                   checks=[not_a_server_error, response_schema_conformance])
        try:
            check()
            verdict = "ok"
        except Exception as err:  # noqa: BLE001 - report and go on to the next operation
            failed += 1
            verdict = "FAILED: " + str(err).strip().splitlines()[0][:200]
        print(f"{op.label:45} {calls:5d} requests {time.monotonic() - t0:6.1f}s  {verdict}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
