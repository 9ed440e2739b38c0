"""SQLite-only use works without the optional extras (dask, psycopg, pandas), and asking for
one of their features says which extra to install."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# A fresh interpreter in which dask, distributed, psycopg and pandas cannot be imported (as in
# an environment without them): a meta path finder refuses them.
SCRIPT = r'''
import sys, io
class Refuse:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("dask", "distributed", "psycopg", "psycopg2", "pandas"):
            raise ModuleNotFoundError(f"No module named {name!r}")
sys.meta_path.insert(0, Refuse())
import conflictwatch, conflictwatch.cli, conflictwatch.api.app, conflictwatch.export
from conflictwatch.store import Store
from conflictwatch.errors import MissingExtra
store = Store("sqlite:///" + sys.argv[1])
results = conflictwatch.extract("Police fired tear gas at 300 protesters in Cajamarca on Sunday.",
                                published="2011-12-05", lang="en")
for fmt in ("acled-csv", "plover-jsonl", "geojson", "events-jsonl"):
    conflictwatch.export.export(store, fmt, io.StringIO())
from conflictwatch.api.app import create_app
from conflictwatch.config import Settings
create_app(Settings(secret_key="x" * 40), store)
for call, extra in ((lambda: conflictwatch.to_pandas(results), "pandas"),
                    (lambda: Store("postgresql+psycopg://u:p@localhost/db"), "postgres")):
    try:
        call()
        raise SystemExit(f"no error for {extra}")
    except MissingExtra as err:
        assert err.code == "E502" and f"conflictwatch[{extra}]" in err.message, err
from conflictwatch.parallel import iter_extract
try:
    list(iter_extract(["-"], engine="dask", workers=2))
    raise SystemExit("no error for dask")
except MissingExtra as err:
    assert "conflictwatch[dask]" in err.message
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("dask", "distributed", "psycopg", "pandas"))
print("LOADED", loaded)
'''


def test_sqlite_only_use_needs_no_extra(tmp_path):
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "cw.db")], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    assert "LOADED []" in out.stdout
