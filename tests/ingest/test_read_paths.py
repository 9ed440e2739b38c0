import io
import json
import tracemalloc
from datetime import date

import pytest

from conflictwatch.config import Settings
from conflictwatch.errors import (BadDate, BinaryInput, EmptyInput, InputTooLarge, PathNotFound,
                                  UnknownFileType, UnsupportedLanguage)
from conflictwatch.ingest import read_paths, sniff_reader
from conflictwatch.records import Report

from .pages import PAGES
from .test_langid import OTHER

EN = ("Dockworkers at the port of Callao stopped work on Monday to demand a pay rise, "
      "and some 1,500 of them marched to the harbour authority.")
ES = ("Los estibadores del puerto del Callao paralizaron sus labores el lunes para exigir un "
      "aumento salarial, y unos 1.500 marcharon hasta la autoridad portuaria.")


def _reports(items):
    return [i for i in items if isinstance(i, Report)]


def test_directory_is_read_recursively_sorted_skipping_hidden_files(tmp_path):
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "deep" / "callao.txt").write_text(EN)
    (tmp_path / "a-callao.txt").write_text(ES, encoding="latin-1")
    (tmp_path / "b" / "web.html").write_text(PAGES["es"].html)
    (tmp_path / ".hidden.txt").write_text(EN)
    (tmp_path / ".git" / "notes.txt").write_text(EN)
    items = list(read_paths([tmp_path]))
    assert [(r.doc_id, r.lang) for r in items] == [("a-callao", "es"), ("callao", "en"), ("web", "es")]
    assert items[0].text == ES


@pytest.mark.parametrize("lang", ["en", "es"])
def test_published_fills_in_only_reports_without_a_date(tmp_path, lang):
    (tmp_path / "n.txt").write_text(EN if lang == "en" else ES)
    (tmp_path / "p.html").write_text(PAGES[lang].html)
    by_id = {r.doc_id: r for r in read_paths([tmp_path], published="2024-07-01")}
    assert by_id["n"].published == date(2024, 7, 1)
    assert by_id["p"].published == PAGES[lang].published


def test_forced_language_is_used_as_is(tmp_path):
    (tmp_path / "n.txt").write_text(EN)
    (report,) = read_paths([tmp_path / "n.txt"], lang="es")
    assert report.lang == "es"


def test_bad_published_or_language_argument_raises():
    with pytest.raises(BadDate):
        list(read_paths([], published="14/05/2024"))
    with pytest.raises(UnsupportedLanguage):
        list(read_paths([], lang="pt"))


@pytest.mark.parametrize("data, kind", [
    ((json.dumps({"doc_id": "s1", "text": EN}) + "\n\n" + json.dumps({"doc_id": "s2", "text": ES})).encode(), "jsonl"),
    (PAGES["en"].html.encode(), "html"),
    (ES.encode("utf-8"), "text"),
    (b'{"doc_id": "x"}\nnot json\n', "text"),
])
def test_stdin_is_sniffed(data, kind):
    assert sniff_reader(data) == kind


@pytest.mark.parametrize("lang", ["en", "es"])
def test_stdin_text_and_html(lang):
    page = PAGES[lang]
    (report,) = read_paths(["-"], stdin=io.BytesIO(page.html.encode()))
    assert (report.doc_id, report.title, report.lang, report.path) == ("stdin", page.title, lang, "<stdin>")
    (report,) = read_paths(["-"], stdin=io.BytesIO((EN if lang == "en" else ES).encode()))
    assert report.lang == lang


def test_stdin_jsonl_keeps_doc_ids_and_lines():
    data = "\n".join([json.dumps({"doc_id": "s1", "text": EN}), "{oops", json.dumps({"doc_id": "s2", "text": ES})])
    items = list(read_paths(["-"], stdin=io.BytesIO(data.encode())))
    assert [getattr(i, "doc_id", None) for i in items] == ["s1", None, "s2"]
    assert str(items[1]).startswith("E106: <stdin>:2: ")


def test_each_bad_input_is_yielded_as_its_error_and_the_rest_is_read(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary\x00" * 100)
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 ...")
    (tmp_path / "nobody.html").write_text("<html><head><title>x</title></head></html>")
    (tmp_path / "portugues.txt").write_text(OTHER["pt"])
    (tmp_path / "ok.txt").write_text(EN)
    items = list(read_paths([tmp_path, tmp_path / "missing.txt"]))
    codes = {(i.code, i.path.rsplit("/", 1)[-1]) for i in items if not isinstance(i, Report)}
    assert codes == {("E101", "scan.pdf"), ("E102", "empty.txt"), ("E103", "blob.txt"),
                     ("E105", "nobody.html"), ("E108", "portugues.txt"), ("E109", "missing.txt")}
    assert [r.doc_id for r in _reports(items)] == ["ok"]
    (e101,) = [i for i in items if isinstance(i, UnknownFileType)]
    assert ".pdf" in e101.message and ".html" in e101.message and "PDF" in e101.message


def test_file_over_the_limit_is_E104_without_reading_it(tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:          # sparse: 50 MB on paper, nothing on disk
        fh.truncate(50_000_000)
    tracemalloc.start()
    try:
        (err,) = read_paths([big])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(err, InputTooLarge) and err.code == "E104"
    assert "50,000,000" in err.message
    assert peak < 2_000_000


def test_stdin_over_the_limit_is_E104():
    (err,) = read_paths(["-"], stdin=io.BytesIO(b"a" * 2000), settings=Settings(max_file_bytes=1000))
    assert isinstance(err, InputTooLarge) and err.path == "<stdin>"


def test_empty_stdin_is_E102():
    (err,) = read_paths(["-"], stdin=io.BytesIO(b"\n"))
    assert isinstance(err, EmptyInput)
