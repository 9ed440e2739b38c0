"""Load a probe scorer from ``scripts/`` for the probe tests (the scripts are not a package)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def scorer(name: str):
    """The module ``scripts/<name>.py`` (e.g. ``probe_attachment``), imported by path."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def report_params(reports, open_: dict, strict: bool = True) -> list:
    """One pytest param per probe report, named by its id; the reports still failing
    (``open_``: id -> what it is about) are xfail."""
    import pytest
    return [pytest.param(r, id=r["id"], marks=[pytest.mark.xfail(reason=open_[r["id"]], strict=strict)]
                         if r["id"] in open_ else [])
            for r in reports]


def found_share(probe, reports) -> float:
    """Share of a probe's expected events its scorer finds (``probe.score_report``)."""
    found = expected = 0
    for rep in reports:
        f, m, _ = probe.score_report(rep)
        found, expected = found + len(f), expected + len(f) + len(m)
    return found / expected


def check_report(probe, rep, keys: tuple[str, ...] = ("type", "date", "admin1")) -> None:
    """A probe report's expected events are all found and nothing else is; on failure the
    message lists the missed and the false events by ``keys``."""
    found, missed, false = probe.score_report(rep)
    assert not missed and not false, (
        [tuple(g.get(k) for k in keys) for g in missed],
        [tuple(getattr(p, k) for k in keys) for p in false])
