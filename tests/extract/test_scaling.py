"""Extraction time grows linearly with a report's length (issue 9: up to 2 MB).

Time on a shared machine is noisy, so the linearity test counts work instead: the lines of
conflictwatch's own code run while a report is extracted (``sys.settrace``; a loop's line
counts once per turn). A report four times as long, made of the same paragraphs, must
cost about four times as many lines; re-scanning every date, number or place for each
sentence or each mention (as before issue 9) made it 5.7 times at these sizes, and more
the longer the report. ``benchmarks/speed.py --scaling`` measures the time itself.
"""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest

import conflictwatch
from conflictwatch.extract.events import _by_sentence, _in_sentences, _sentence_at, _sentence_start
from conflictwatch.extract.sentences import split
from conflictwatch.pipeline import extract_report
from conflictwatch.records import Report

PACKAGE = str(Path(conflictwatch.__file__).resolve().parent)
SAMPLE = Path(PACKAGE) / "demo" / "corpus" / "reports" / "sample.jsonl"


def long_text(lang: str, chars: int) -> str:
    """The demo corpus's paragraphs in ``lang``, repeated in order up to ``chars``."""
    paras = [p for r in map(json.loads, SAMPLE.read_text(encoding="utf-8").splitlines())
             if r["lang"] == lang for p in r["text"].split("\n\n")]
    out, n, i = [], 0, 0
    while n < chars:
        out.append(paras[i % len(paras)])
        n += len(out[-1]) + 2
        i += 1
    return "\n\n".join(out)


def lines_run(text: str, lang: str) -> int:
    """How many lines of conflictwatch's code run to extract ``text``."""
    count = 0

    def local(frame, event, arg):
        nonlocal count
        count += 1
        return local

    def calls(frame, event, arg):
        return local if frame.f_code.co_filename.startswith(PACKAGE) else None

    report = Report(doc_id="long", text=text, title=None, published=date(2024, 6, 30), lang=lang)
    previous = sys.gettrace()          # a coverage tool's tracer, if any, comes back after
    sys.settrace(calls)
    try:
        extract_report(report)
    finally:
        sys.settrace(previous)
    return count


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_report_four_times_as_long_costs_about_four_times_the_work(lang):
    extract_report(Report(doc_id="warm", text=long_text(lang, 3_000), title=None,
                          published=date(2024, 6, 30), lang=lang))     # data loaded once
    short = lines_run(long_text(lang, 10_000), lang)
    long = lines_run(long_text(lang, 40_000), lang)
    assert long / short < 4.5, f"4x the text ran {long / short:.2f}x the lines"


TEXT = ("Police detained 12 protesters in Puno on Monday. Roads stayed blocked.\n\n"
        "On Tuesday teachers went on strike in Cusco. Talks began on Friday.")


@pytest.mark.parametrize("offset", range(len(TEXT) + 1))
def test_a_sentence_found_by_bisect_is_the_one_holding_the_offset(offset):
    sents = split(TEXT, "en")
    holding = [s.index for s in sents if s.start <= offset < s.end]
    assert _sentence_at(sents, offset) == (holding[0] if holding else -1)
    assert _sentence_start(sents, offset) == (sents[holding[0]].start if holding else 0)
    assert _in_sentences(offset, sents, {1, 3}) == bool(set(holding) & {1, 3})


def test_items_grouped_by_sentence_keep_their_order_and_skip_the_gaps():
    from types import SimpleNamespace
    sents = split(TEXT, "en")
    items = [SimpleNamespace(start=o) for o in (60, 0, 5, 48, 50, 200, 75)]
    grouped = _by_sentence(items, sents)
    for s in sents:
        assert grouped.get(s.index, []) == [x for x in items if s.start <= x.start < s.end]
    assert sum(map(len, grouped.values())) == 5      # 48 is between sentences, 200 past the end
