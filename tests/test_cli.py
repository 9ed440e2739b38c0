"""The extract command: JSON Lines out, one stderr line per skipped input, exit 0/1/2."""
import json

import pytest
from click.testing import CliRunner

from conflictwatch import __version__
from conflictwatch.cli import main

from .ingest.pages import PAGES
from .ingest.test_langid import OTHER

STRIKE = {
    "en": "Workers at the Cerro Verde copper mine in Arequipa went on strike on Monday 3 June 2024, "
          "demanding higher wages, the miners' union said.",
    "es": "Los trabajadores de la mina de cobre Cerro Verde, en Arequipa, iniciaron una huelga "
          "indefinida el lunes 3 de junio de 2024 para exigir un aumento salarial, informó el sindicato.",
}


def _run(args, input=None):
    result = CliRunner().invoke(main, ["extract", *map(str, args)], input=input)
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def _lines(result):
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture
def extractor():
    pytest.importorskip("conflictwatch.extract.events", exc_type=ImportError,
                        reason="the extractor (conflictwatch.extract.events) is not importable yet")


def _bad_inputs(tmp_path):
    """Each bad input of the batch: (path, code, needle that must be on its stderr line)."""
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.txt").write_bytes(b"\x00\xff\x10binary\x00" * 200)
    with (tmp_path / "huge.txt").open("wb") as fh:
        fh.truncate(50_000_000)
    (tmp_path / "nobody.html").write_text("<html><head><title>Paro</title></head></html>")
    (tmp_path / "batch.jsonl").write_text(
        json.dumps({"doc_id": "j-en", "lang": "en", "published": "2024-06-04", "text": STRIKE["en"]}) + "\n"
        + "this is not json\n"
        + json.dumps({"doc_id": "j-es", "lang": "es", "published": "2024-06-04", "text": STRIKE["es"]},
                     ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7 not really")
    (tmp_path / "portugues.txt").write_text(OTHER["pt"])
    return [
        (tmp_path / "empty.txt", "E102", "empty.txt"),
        (tmp_path / "blob.txt", "E103", "blob.txt"),
        (tmp_path / "huge.txt", "E104", "huge.txt"),
        (tmp_path / "nobody.html", "E105", "nobody.html"),
        (tmp_path / "batch.jsonl", "E106", "batch.jsonl:2"),
        (tmp_path / "scan.pdf", "E101", "scan.pdf"),
        (tmp_path / "missing.txt", "E109", "missing.txt"),
        (tmp_path / "portugues.txt", "E108", "portugues.txt"),
    ]


@pytest.mark.parametrize("case", range(8))
def test_bad_input_gets_one_coded_stderr_line_and_exit_status_1(tmp_path, case):
    path, code, where = _bad_inputs(tmp_path)[case]
    good = tmp_path / "good.txt"
    good.write_text(STRIKE["en"])
    result = _run([path, good, "--published", "2024-06-04"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("E1")]
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith(f"{code}: ") and where in errors[0]


def test_whole_batch_of_bad_inputs_still_extracts_the_good_reports(tmp_path, extractor):
    cases = _bad_inputs(tmp_path)
    (tmp_path / "ok-en.txt").write_text(STRIKE["en"])
    (tmp_path / "ok-es.txt").write_text(STRIKE["es"], encoding="latin-1")
    result = _run([tmp_path, tmp_path / "missing.txt", "--published", "2024-06-04"])
    assert result.exit_code == 1
    for _, code, where in cases:
        assert any(line.startswith(f"{code}: ") and where in line
                   for line in result.stderr.splitlines()), (code, result.stderr)
    out = {d["doc_id"]: d for d in _lines(result)}
    assert set(out) == {"j-en", "j-es", "ok-en", "ok-es"}
    assert out["ok-es"]["lang"] == "es" and out["ok-en"]["published"] == "2024-06-04"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_report_about_a_strike_yields_a_strike_event(tmp_path, lang, extractor):
    path = tmp_path / f"strike-{lang}.txt"
    path.write_text(STRIKE[lang])
    result = _run([path, "--published", "2024-06-04"])
    assert result.exit_code == 0, result.stderr
    (line,) = _lines(result)
    assert set(line) == {"doc_id", "lang", "published", "title", "events"}
    assert (line["doc_id"], line["lang"], line["published"]) == (f"strike-{lang}", lang, "2024-06-04")
    assert "strike" in [e["type"] for e in line["events"]]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_stdin_html_page(lang, extractor):
    page = PAGES[lang]
    result = _run(["-"], input=page.html)
    assert result.exit_code == 0, result.stderr
    (line,) = _lines(result)
    assert (line["doc_id"], line["title"], line["lang"]) == ("stdin", page.title, lang)
    assert line["published"] == page.published.isoformat()


def test_published_that_is_not_a_date_is_a_usage_error_with_E112(tmp_path):
    result = _run([tmp_path, "--published", "04/06/2024"])
    assert result.exit_code == 2
    assert "E112" in result.stderr and "YYYY-MM-DD" in result.stderr


def test_unknown_language_choice_is_a_usage_error(tmp_path):
    assert _run([tmp_path, "--lang", "pt"]).exit_code == 2


def test_paths_are_required():
    assert _run([]).exit_code == 2


def test_version():
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and __version__ in result.stdout


def test_progress_line_every_n_reports_and_quiet(tmp_path, monkeypatch, extractor):
    import conflictwatch.cli as cli
    monkeypatch.setattr(cli, "PROGRESS_EVERY", 2)
    for i in range(4):
        (tmp_path / f"r{i}.txt").write_text(STRIKE["en"])
    loud = _run([tmp_path, "--published", "2024-06-04"])
    assert loud.exit_code == 0, loud.stderr
    assert [ln for ln in loud.stderr.splitlines() if ln.startswith("conflictwatch:")] == [
        "conflictwatch: 2 reports extracted, 0 skipped", "conflictwatch: 4 reports extracted, 0 skipped"]
    quiet = _run([tmp_path, "--published", "2024-06-04", "--quiet"])
    assert quiet.stderr == "" and len(_lines(quiet)) == 4


def test_a_report_without_publication_date_gets_a_warning(tmp_path):
    from click.testing import CliRunner
    from conflictwatch.cli import main
    f = tmp_path / "nodate.txt"
    f.write_text("Police detained 12 protesters in Celendín on Saturday.", encoding="utf-8")
    quiet = CliRunner().invoke(main, ["extract", "--quiet", str(f)])
    assert quiet.exit_code == 0
    assert "no publication date" not in quiet.stderr
    loud = CliRunner().invoke(main, ["extract", str(f)])
    assert loud.exit_code == 0
    assert "no publication date" in loud.stderr and "--published" in loud.stderr
    dated = CliRunner().invoke(main, ["extract", "--published", "2011-12-05", str(f)])
    assert "no publication date" not in dated.stderr
