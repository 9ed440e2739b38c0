"""Paraphrase probe v2 (issue 9): 384 short reports in tests/extract/data/paraphrases_v2.yaml,
written blind before the lexicons were extended: for each of the 12 types and both languages,
12 reports a human coder would code as that type and 4 near misses (word sense, plans and
threats, negation, history with only a year) that must not yield it. Each case asserts the
detected type; a case marked ``xfail`` in the data says why it is knowingly left failing.
``scripts/probe_paraphrases.py`` prints the coverage per type and language."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conflictwatch import extract

DATA = Path(__file__).with_name("data") / "paraphrases_v2.yaml"
CASES = yaml.safe_load(DATA.read_text(encoding="utf-8"))["cases"]


def _types(text: str, published: str, lang: str) -> set[str]:
    return {e.type for r in extract(text, published=published, lang=lang) for e in r.events}


def _param(i: int, c: dict):
    want = c["type"] if c["type"] != "none" else "not_" + c["not"]
    marks = [pytest.mark.xfail(reason=c["xfail"], strict=True)] if c.get("xfail") else []
    return pytest.param(c, id=f"{want}-{c['lang']}-{i}", marks=marks)


def test_data_is_balanced() -> None:
    types = {c["type"] for c in CASES if c["type"] != "none"}
    assert len(types) == 12
    for t in types:
        for lang in ("en", "es"):
            assert sum(c["type"] == t and c["lang"] == lang for c in CASES) >= 10
            assert sum(c.get("not") == t and c["lang"] == lang for c in CASES) >= 4


@pytest.mark.parametrize("case", [_param(i, c) for i, c in enumerate(CASES)])
def test_paraphrase_v2(case: dict) -> None:
    got = _types(case["text"], str(case["published"]), case["lang"])
    if case["type"] == "none":
        assert case["not"] not in got, f"near miss ({case['why']}) yielded {case['not']}: {sorted(got)}"
    else:
        assert case["type"] in got, f"expected {case['type']}, got {sorted(got)}"
