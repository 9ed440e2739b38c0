"""Meta-tests: conventions that keep the project honest (every setting and error code is
documented, every error code is used)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from conflictwatch.config import Settings
from conflictwatch.errors import ALL_ERRORS, ConflictWatchError

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "conflictwatch"


def _all_codes():
    seen = {}
    stack = [ConflictWatchError]
    while stack:
        cls = stack.pop()
        for sub in cls.__subclasses__():
            seen[sub.code] = sub
            stack.append(sub)
    return seen


def test_error_codes_are_unique_and_registered():
    codes = _all_codes()
    assert set(ALL_ERRORS) <= set(codes)
    assert all(re.fullmatch(r"E[1-5]\d\d", c) for c in codes)


@pytest.mark.parametrize("code", sorted(_all_codes()))
def test_every_error_code_is_documented(code):
    assert f"| {code} |" in (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("code,cls", sorted(_all_codes().items()))
def test_every_error_code_is_used(code, cls):
    uses = [p for p in PACKAGE.rglob("*.py") if p.name != "errors.py"
            and re.search(rf"\b{cls.__name__}\b", p.read_text(encoding="utf-8"))]
    assert uses, f"{code} {cls.__name__} is never raised"


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_every_setting_is_documented(name):
    doc = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    assert f"`CONFLICTWATCH_{name.upper()}`" in doc
