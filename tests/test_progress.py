"""Progress of long runs: the up-front count behind the ETA, and the final summary."""
from __future__ import annotations

import json

from conflictwatch.errors import EmptyInput
from conflictwatch.parallel import RunSummary
from conflictwatch.progress import RunProgress, estimate_total


def test_total_counts_text_files_and_json_lines(tmp_path):
    (tmp_path / "a.txt").write_text("Los mineros marcharon el lunes en Oruro.")
    (tmp_path / "b.html").write_text("<html><body><p>Teachers marched.</p></body></html>")
    lines = [json.dumps({"text": f"Report {i}: farmers blocked a road."}) for i in range(7)]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n\n")
    assert estimate_total([tmp_path]) == 9


def test_total_is_unknown_for_feeds_archives_and_urls(tmp_path):
    (tmp_path / "a.txt").write_text("Teachers marched in Lima.")
    (tmp_path / "wire.rss").write_text("<rss></rss>")
    assert estimate_total([tmp_path]) is None
    assert estimate_total(["https://example.org/feed.rss"]) is None
    assert estimate_total([tmp_path / "a.txt"]) == 1


def test_summary_lines_without_a_terminal(capsys):
    progress = RunProgress(quiet=False, every=2)
    summary = RunSummary()
    err = EmptyInput("the file is empty; nothing to read.", path="empty.txt")
    summary.skipped[err.code] += 1
    progress.error(err)
    for _ in range(2):
        summary.read += 1
        summary.extracted += 1
        progress.report()
    progress.summary(summary)
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("E102: empty.txt")
    assert lines[1] == "conflictwatch: 2 reports extracted, 1 skipped"
    assert lines[2].startswith("Summary: 2 reports read in ") and "1 skipped" in lines[2]
    assert lines[3] == "Skipped: E102 the file or report holds no text: 1."


def test_quiet_prints_only_the_errors(capsys):
    progress = RunProgress(quiet=True, every=1)
    progress.error(EmptyInput("empty", path="x.txt"))
    progress.report()
    progress.summary(RunSummary(read=1, extracted=1))
    assert capsys.readouterr().err.splitlines() == ["E102: x.txt: empty"]
