"""RSS and Atom feeds: one report per item, from files and from feed URLs."""
from __future__ import annotations

import http.server
import threading
from datetime import date
from email.utils import formatdate

import pytest

from conflictwatch.errors import BadFeed, ConflictWatchError, NoArticleText
from conflictwatch.ingest import read_paths
from conflictwatch.ingest.feeds import FetchState, read_feed_url
from conflictwatch.records import Report

ITEMS = {
    "en": [
        ("Dockworkers strike at Callao port",
         "<p>Dockworkers at the port of <b>Callao</b> stopped work on Tuesday, demanding the "
         "reinstatement of forty dismissed colleagues, their union said.</p>"
         "<p>Ships were waiting offshore by the evening.</p>",
         "https://news.example.org/2024/05/callao-strike", "Tue, 14 May 2024 09:30:00 GMT"),
        ("Farmers block highway over water rights",
         "Hundreds of farmers blocked the Pan-American highway near Ica on Wednesday to protest "
         "a new water licence granted to an export company.",
         "https://news.example.org/2024/05/ica-blockade", "Wed, 15 May 2024 17:05:00 GMT"),
    ],
    "es": [
        ("Paro de estibadores en el puerto del Callao",
         "<p>Los estibadores del puerto del <b>Callao</b> paralizaron sus labores el martes para "
         "exigir la reposición de cuarenta compañeros despedidos, informó su sindicato.</p>"
         "<p>Por la noche varios barcos esperaban fuera de la bahía.</p>",
         "https://noticias.example.org/2024/05/paro-callao", "Tue, 14 May 2024 09:30:00 GMT"),
        ("Agricultores bloquean la carretera por el agua",
         "Cientos de agricultores bloquearon la Panamericana Sur cerca de Ica el miércoles en "
         "protesta por una nueva licencia de agua otorgada a una empresa agroexportadora.",
         "https://noticias.example.org/2024/05/bloqueo-ica", "Wed, 15 May 2024 17:05:00 GMT"),
    ],
}


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rss(lang: str, items=None, title="Example Wire") -> str:
    """An RSS 2.0 feed of ITEMS[lang] (or ``items``)."""
    body = "".join(
        f"<item><title>{_escape(t)}</title><link>{link}</link><guid>{link}</guid>"
        f"<pubDate>{pub}</pubDate><description>{_escape(html)}</description></item>"
        for t, html, link, pub in (items if items is not None else ITEMS[lang]))
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>{title}</title><link>https://example.org/</link>"
            f"<language>{lang}</language>{body}</channel></rss>")


def atom(lang: str) -> str:
    entries = "".join(
        f"<entry><title>{_escape(t)}</title><link href=\"{link}\"/><id>{link}</id>"
        f"<updated>2024-05-1{4 + i}T09:30:00Z</updated><published>2024-05-1{4 + i}T09:30:00Z</published>"
        f"<content type=\"html\">{_escape(html)}</content></entry>"
        for i, (t, html, link, _) in enumerate(ITEMS[lang]))
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            "<title>Example Atom</title><id>urn:example:feed</id><updated>2024-05-16T00:00:00Z</updated>"
            f"{entries}</feed>")


def _reports(items):
    return [i for i in items if isinstance(i, Report)]


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("suffix, make", [(".rss", rss), (".xml", rss), (".atom", atom)])
def test_each_feed_item_is_a_report_with_its_link_date_and_clean_text(tmp_path, lang, suffix, make):
    path = tmp_path / f"wire{suffix}"
    path.write_text(make(lang), encoding="utf-8")
    items = list(read_paths([path]))
    reports = _reports(items)
    assert len(reports) == 2 and len(items) == 2
    first, second = reports
    assert first.title == ITEMS[lang][0][0]
    assert first.url == ITEMS[lang][0][2] and second.url == ITEMS[lang][1][2]
    assert first.published == date(2024, 5, 14) and second.published == date(2024, 5, 15)
    assert "<b>" not in first.text and "Callao" in first.text
    assert first.lang == lang and second.lang == lang
    assert first.path == str(path)
    assert first.doc_id != second.doc_id and first.doc_id.startswith("wire-")


def test_item_without_a_date_takes_the_published_default(tmp_path):
    title, html, link, _ = ITEMS["en"][0]
    path = tmp_path / "nodate.rss"
    path.write_text(rss("en", items=[(title, html, link, "")]), encoding="utf-8")
    (report,) = _reports(read_paths([path], published="2024-06-01"))
    assert report.published == date(2024, 6, 1)


def test_item_with_no_text_is_an_error_and_the_others_are_read(tmp_path):
    items = [("Empty", "<p>Photo</p>", "https://e.org/a", "Tue, 14 May 2024 09:30:00 GMT"),
             *ITEMS["es"]]
    path = tmp_path / "mixed.rss"
    path.write_text(rss("es", items=items), encoding="utf-8")
    out = list(read_paths([path]))
    assert isinstance(out[0], NoArticleText) and out[0].code == "E105" and out[0].line == 1
    assert len(_reports(out)) == 2


@pytest.mark.parametrize("content", ["<html><body><p>Not a feed at all.</p></body></html>",
                                     "<?xml version='1.0'?><config><value>1</value></config>",
                                     "this is plain text"])
def test_a_file_that_is_not_a_feed_is_E110(tmp_path, content):
    path = tmp_path / "odd.xml"
    path.write_text(content, encoding="utf-8")
    (err,) = list(read_paths([path]))
    assert isinstance(err, BadFeed) and err.code == "E110" and err.path == str(path)
    assert "RSS or Atom" in err.message


class _FeedServer:
    """A real HTTP server on localhost serving one feed, with ETag support."""

    def __init__(self, body: str):
        self.body = body.encode("utf-8")
        self.hits: list[int] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                etag = f'"{hash(server.body) & 0xffffffff:x}"'
                if self.path != "/feed.rss":
                    server.hits.append(404)
                    self.send_response(404)
                    self.end_headers()
                    return
                if self.headers.get("If-None-Match") == etag:
                    server.hits.append(304)
                    self.send_response(304)
                    self.end_headers()
                    return
                server.hits.append(200)          # before answering: the client may be faster
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", formatdate(usegmt=True))
                self.end_headers()
                self.wfile.write(server.body)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def feed_server():
    def start(body):
        return _FeedServer(body)
    return start


@pytest.mark.parametrize("lang", ["en", "es"])
def test_feed_url_is_fetched_and_a_second_fetch_is_a_304(feed_server, lang):
    with feed_server(rss(lang)) as server:
        url = f"{server.url}/feed.rss"
        reports = _reports(read_paths([url]))
        assert [r.url for r in reports] == [i[2] for i in ITEMS[lang]]
        assert reports[0].path == url and reports[0].source == "Example Wire"
        state = FetchState()
        assert len(list(read_feed_url(url, state=state))) == 2 and state.etag
        assert list(read_feed_url(url, state=state)) == []       # unchanged: nothing to read
        assert server.hits == [200, 200, 304]


def test_unreachable_or_missing_feed_url_is_E110(feed_server):
    with feed_server(rss("en")) as server:
        (err,) = list(read_paths([f"{server.url}/missing.rss"]))
    assert isinstance(err, ConflictWatchError) and err.code == "E110" and "404" in err.message
