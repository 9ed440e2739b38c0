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
