"""WARC and ARC archives: the HTML responses inside, with their URL and date."""
from __future__ import annotations

import gzip
import io
from datetime import date

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conflictwatch.errors import BadArchive, NoArticleText
from conflictwatch.ingest import read_paths
from conflictwatch.ingest.registry import reader_name_for
from conflictwatch.records import Report

PAGE = """<!doctype html><html><head><title>{title}</title>{meta}</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1>{body}</article>
<footer>Example Daily, all rights reserved.</footer></body></html>"""

PAGES = {
    "en": [
        ("Nurses walk out over unpaid overtime",
         "<p>Nurses at three public hospitals in Cochabamba walked out on Thursday, saying they "
         "had not been paid for overtime since January.</p><p>The health ministry called the "
         "stoppage illegal and asked the union to return to talks.</p>",
         '<meta property="article:published_time" content="2024-03-07T08:00:00Z">'),
        ("Miners protest outside the regional government",
         "<p>About two hundred small-scale miners gathered outside the regional government "
         "building in Puno on Friday to demand an extension of their formalisation permits.</p>"
         "<p>The protest ended peacefully in the afternoon.</p>", ""),
    ],
    "es": [
        ("Enfermeras paralizan por horas extra impagas",
         "<p>Las enfermeras de tres hospitales públicos de Cochabamba paralizaron el jueves "
         "porque, según dicen, no cobran las horas extra desde enero.</p><p>El Ministerio de "
         "Salud calificó la medida de ilegal y pidió al sindicato volver al diálogo.</p>",
         '<meta property="article:published_time" content="2024-03-07T08:00:00Z">'),
        ("Mineros protestan frente al gobierno regional",
         "<p>Unos doscientos mineros artesanales se concentraron el viernes frente a la sede "
         "del gobierno regional de Puno para exigir la ampliación de sus permisos de "
         "formalización.</p><p>La protesta terminó sin incidentes por la tarde.</p>", ""),
    ],
}


def _html(lang: str, i: int) -> bytes:
    title, body, meta = PAGES[lang][i]
    return PAGE.format(title=title, body=body, meta=meta).encode("utf-8")


def _response(writer, url, payload, *, status="200 OK", ctype="text/html; charset=utf-8",
              warc_date="2024-03-09T12:00:00Z"):
    headers = StatusAndHeaders(status, [("Content-Type", ctype),
                                        ("Content-Length", str(len(payload)))],
                               protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                       http_headers=headers,
                                       warc_headers_dict={"WARC-Date": warc_date})
    writer.write_record(record)


def build_warc(path, lang: str, *, gz: bool) -> None:
    """Two article pages among the records a crawl also holds: a request, an image, a 404,
    a redirect and a page without article text."""
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        req = StatusAndHeaders("GET /a HTTP/1.1", [("Host", "example.org")], is_http_request=True)
        writer.write_record(writer.create_warc_record("https://example.org/a", "request",
                                                      http_headers=req))
        _response(writer, f"https://example.org/{lang}/nurses", _html(lang, 0))
        _response(writer, "https://example.org/logo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
                  ctype="image/png")
        _response(writer, "https://example.org/gone", b"<html><body>Not found</body></html>",
                  status="404 Not Found")
        _response(writer, "https://example.org/old", b"", status="301 Moved Permanently")
        _response(writer, "https://example.org/menu",
                  b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
        _response(writer, f"https://example.org/{lang}/miners", _html(lang, 1),
                  warc_date="2024-03-10T06:30:00Z")


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("name, gz", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_html_responses_become_reports_with_url_and_date(tmp_path, lang, name, gz):
    path = tmp_path / name
    build_warc(path, lang, gz=gz)
    assert reader_name_for(path) == "warc"
    items = list(read_paths([path]))
    reports = [i for i in items if isinstance(i, Report)]
    errors = [i for i in items if not isinstance(i, Report)]
    assert [r.url for r in reports] == [f"https://example.org/{lang}/nurses",
                                        f"https://example.org/{lang}/miners"]
    first, second = reports
    assert first.published == date(2024, 3, 7)          # the page's own date
    assert second.published == date(2024, 3, 10)        # no date on the page: the WARC-Date
    assert first.title == PAGES[lang][0][0] and "Cochabamba" in first.text
    assert "Home" not in first.text and "<p>" not in first.text
    assert first.lang == lang and first.path == str(path)
    assert first.meta["warc_date"].startswith("2024-03-09")
    assert first.doc_id.startswith("crawl-") and first.doc_id != second.doc_id
    # only the menu page is reported, as a page without article text
    assert len(errors) == 1 and isinstance(errors[0], NoArticleText)
    assert "https://example.org/menu" in errors[0].message


def test_archive_is_streamed_not_limited_by_max_file_bytes(tmp_path, monkeypatch):
    path = tmp_path / "big.warc.gz"
    build_warc(path, "en", gz=True)
    monkeypatch.setenv("CONFLICTWATCH_MAX_FILE_BYTES", "2000")    # smaller than the archive
    from conflictwatch.config import Settings
    assert path.stat().st_size > 2000
    reports = [i for i in read_paths([path], settings=Settings()) if isinstance(i, Report)]
    assert len(reports) == 2                                      # each page is under the limit


def test_truncated_archive_gives_the_pages_before_the_damage_then_E111(tmp_path):
    good = tmp_path / "good.warc.gz"
    build_warc(good, "es", gz=True)
    data = good.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 300])
    items = list(read_paths([cut]))
    assert isinstance(items[-1], BadArchive) and items[-1].code == "E111"
    assert [i.url for i in items if isinstance(i, Report)] == ["https://example.org/es/nurses"]


def test_a_file_that_is_not_an_archive_is_E111(tmp_path):
    path = tmp_path / "notes.warc"
    path.write_text("these are my notes, not an archive\n")
    (err,) = list(read_paths([path]))
    assert isinstance(err, BadArchive) and err.path == str(path)


def _arc(records, gz: bool) -> bytes:
    """An ARC v1 file (the Internet Archive's format before WARC); .arc.gz files are
    gzipped record by record."""
    head = b"1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n\n"
    out = [f"filedesc://test.arc 0.0.0.0 20240309120000 text/plain {len(head)}\n".encode() + head
           + b"\n"]
    for url, http in records:
        out.append(f"{url} 192.0.2.1 20240309120000 text/html {len(http)}\n".encode() + http
                   + b"\n")
    return b"".join(gzip.compress(rec) if gz else rec for rec in out)


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("gz", [False, True])
def test_arc_archives_are_read_too(tmp_path, lang, gz):
    body = _html(lang, 1)
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            + str(len(body)).encode() + b"\r\n\r\n" + body)
    path = tmp_path / ("old.arc.gz" if gz else "old.arc")
    path.write_bytes(_arc([(f"https://example.org/{lang}/miners", http)], gz))
    (report,) = list(read_paths([path]))
    assert isinstance(report, Report), report
    assert report.url == f"https://example.org/{lang}/miners"
    assert report.published == date(2024, 3, 9) and report.lang == lang
