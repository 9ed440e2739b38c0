"""Fuzzing the readers: arbitrary bytes, markup, JSON Lines, feeds and archives, through
``read_paths`` as the CLI uses it. Nothing raises; every input gives reports or coded
errors, and never E113 (a reader bug caught by the safety net)."""
from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictwatch.config import Settings
from conflictwatch.errors import ConflictWatchError
from conflictwatch.ingest import read_paths
from conflictwatch.records import Report

from .strategies import FUZZ, feed_bytes, html_doc, jsonl_bytes, warc_bytes

SETTINGS = Settings(max_file_bytes=2_000_000)


def read_all(name: str, data: bytes) -> list:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / name
        path.write_bytes(data)
        return list(read_paths([str(path)], published="2024-05-01", settings=SETTINGS))


def check_items(items: list) -> None:
    for item in items:
        assert isinstance(item, (Report, ConflictWatchError)), type(item)
        if isinstance(item, ConflictWatchError):
            assert item.code != "E113", f"a reader crashed: {item}"
            assert item.code[1:].isdigit() and item.message
        else:
            assert isinstance(item.text, str) and item.text.strip()
            assert isinstance(item.doc_id, str) and item.doc_id
            assert item.lang in ("en", "es")


@pytest.mark.parametrize("suffix", [".txt", ".html", ".jsonl", ".xml", ".warc", ".warc.gz", ".md"])
@FUZZ
@given(data=st.binary(max_size=600))
def test_arbitrary_bytes_give_reports_or_coded_errors(suffix, data):
    check_items(read_all("in" + suffix, data))


@FUZZ
@given(text=st.text(max_size=600))
def test_arbitrary_unicode_text_file(text):
    check_items(read_all("in.txt", text.encode("utf-8", "surrogatepass")))


@pytest.mark.parametrize("lang", ["en", "es"])
@FUZZ
@given(data=st.data())
def test_fuzzed_html_pages(lang, data):
    page = data.draw(html_doc(lang))
    check_items(read_all("page.html", page.encode("utf-8", "surrogatepass")))


@FUZZ
@given(data=jsonl_bytes())
def test_fuzzed_json_lines_each_line_is_a_report_or_its_error(data):
    items = read_all("batch.jsonl", data)
    check_items(items)
    text = data.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
    n_lines = sum(1 for ln in text.split("\n") if ln.strip())
    # a JSON Lines batch answers for every line (unless the whole file is refused)
    if not (len(items) == 1 and isinstance(items[0], ConflictWatchError) and items[0].line is None):
        assert len(items) == n_lines


@FUZZ
@given(data=feed_bytes())
def test_fuzzed_feeds(data):
    check_items(read_all("feed.rss", data))


@FUZZ
@given(data=warc_bytes())
def test_fuzzed_archives(data):
    items = read_all("crawl.warc", data)
    check_items(items)


@FUZZ
@given(data=st.one_of(st.binary(max_size=400), jsonl_bytes(), html_doc().map(str.encode)))
def test_stdin_of_any_kind(data):
    check_items(list(read_paths(["-"], stdin=io.BytesIO(data), published="2024-05-01", settings=SETTINGS)))


# --- huge and deeply nested inputs (explicit, not drawn) ----------------------------------

GOOD_EN = '{"text": "About 300 miners blocked the road to Cusco on Monday."}'
GOOD_ES = '{"text": "Unos 300 mineros bloquearon el lunes la carretera a Cusco."}'


@pytest.mark.parametrize("good", [GOOD_EN, GOOD_ES])
@pytest.mark.parametrize("bad", ["[" * 200_000, '{"text": ' + "[" * 200_000 + "}",
                                 '{"a": ' * 100_000 + "1" + "}" * 100_000])
def test_deeply_nested_json_line_is_e106_and_the_next_line_is_read(bad, good):
    items = read_all("batch.jsonl", f"{bad}\n{good}\n".encode())
    check_items(items)
    assert [getattr(i, "code", "report") for i in items] == ["E106", "report"]
    assert items[0].line == 1


@pytest.mark.parametrize("text", ["Unos 300 mineros bloquearon la carretera a Cusco el lunes. ",
                                  "About 300 miners blocked the road to Cusco on Monday. "])
@pytest.mark.parametrize("shape", ["nested", "flat", "unclosed"])
def test_huge_and_deeply_nested_markup(text, shape):
    if shape == "nested":
        page = "<html><body>" + "<div>" * 100_000 + text * 5 + "</div>" * 100_000 + "</body></html>"
    elif shape == "flat":
        page = "<html><body>" + ("<p>" + text + "</p>") * 20_000 + "</body></html>"
    else:
        page = "<html><body>" + "<b><i><span>" * 60_000 + text
    check_items(read_all("page.html", page.encode()))


def test_file_over_the_limit_is_e104():
    items = read_all("big.txt", b"Protest in Lima. " * 200_000)
    assert [i.code for i in items] == ["E104"]


@pytest.mark.parametrize("name,data", [
    ("bomb.rss", b"<?xml version='1.0'?><!DOCTYPE r [<!ENTITY a 'aaaaaaaaaa'>"
                 + b"".join(b"<!ENTITY %s '%s'>" % (bytes([98 + i]), (b"&" + bytes([97 + i]) + b";") * 10)
                            for i in range(7))
                 + b"]><rss><channel><item><title>&h;</title><description>&h;</description></item></channel></rss>"),
    ("bomb.html", b"<?xml version='1.0'?><!DOCTYPE r [<!ENTITY a 'aaaaaaaaaa'>"
                  + b"".join(b"<!ENTITY %s '%s'>" % (bytes([98 + i]), (b"&" + bytes([97 + i]) + b";") * 10)
                             for i in range(7))
                  + b"]><html><body><p>&h;</p></body></html>"),
    ("ext.rss", b"<?xml version='1.0'?><!DOCTYPE r [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
                b"<rss><channel><item><title>Huelga</title><description>&x; paro en Lima el lunes"
                b"</description></item></channel></rss>"),
])
def test_entity_expansion_and_external_entities_are_not_followed(name, data):
    items = read_all(name, data)
    check_items(items)
    for item in items:
        if isinstance(item, Report):
            assert "root:" not in item.text           # no local file leaked in
            assert len(item.text) < 1_000_000          # no billion laughs


@pytest.mark.parametrize("good", [GOOD_EN, GOOD_ES])
def test_deeply_nested_json_on_stdin_is_read_as_something_not_a_crash(good):
    data = ('{"a": ' * 100_000 + "1" + "}" * 100_000 + "\n" + good + "\n").encode()
    items = list(read_paths(["-"], stdin=io.BytesIO(data), published="2024-05-01", settings=SETTINGS))
    check_items(items)
    assert items


@pytest.mark.parametrize("ref", [b"&#x110000;", b"&#1114112;", b"&#xD800;", b"&#99999999999999999999;"])
@pytest.mark.parametrize("words", [b"Unos 300 mineros bloquearon la carretera a Cusco el lunes.",
                                   b"About 300 miners blocked the road to Cusco on Monday."])
def test_feed_with_character_reference_out_of_range_is_read(ref, words):
    data = (b"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>t</title>"
            b"<item><title>Carretera bloqueada " + ref + b"</title><description>" + words + ref
            + b"</description><link>http://example.org/1</link></item></channel></rss>")
    items = read_all("feed.rss", data)
    check_items(items)
    assert any(isinstance(i, Report) for i in items)


def test_gzip_magic_without_a_gzip_stream_is_e111():
    assert [i.code for i in read_all("crawl.warc.gz", b"\x1f\x8b\x00\x00garbage")] == ["E111"]


@pytest.mark.parametrize("words", [b"Unos 300 mineros bloquearon la carretera a Cusco el lunes.",
                                   b"About 300 miners blocked the road to Cusco on Monday."])
def test_archive_record_without_target_uri_is_e111(words):
    from .strategies import warc_record
    good = warc_record(b"<html><body><p>" + words + b"</p></body></html>")
    bad = good.replace(b"WARC-Target-URI", b"WA6C-Target-URI")
    items = read_all("crawl.warc", good + bad)
    check_items(items)
    assert [getattr(i, "code", "report") for i in items] == ["report", "E111"]
