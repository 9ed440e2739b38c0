"""Hypothesis strategies shared by the fuzz tests: arbitrary Unicode, report-like prose
(English and Spanish words these tests were written with), markup, JSON Lines, archives.

Texts mix the vocabulary the extractors react to (trigger words, months, numbers, place
names, markup) with arbitrary characters, so that examples reach the rules' code paths
instead of bouncing off at the first regex.
"""
from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# A modest default keeps `make test` quick; CONFLICTWATCH_FUZZ_EXAMPLES raises it (the
# benchmark script and the slow variants use more).
EXAMPLES = int(os.environ.get("CONFLICTWATCH_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=False,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much])

WORDS = {
    "en": ["strike", "strikers", "protest", "protesters", "marched", "blocked", "the road", "riot",
           "police", "arrested", "killed", "injured", "about", "some", "more than", "thousands of",
           "workers", "teachers", "farmers", "state of emergency", "declared", "for 30 days",
           "since", "until", "on Monday", "last week", "yesterday", "January", "March 3",
           "14 December 2024", "2023", "1,200", "3.5 million", "two", "dozens", "a dozen",
           "in Lima", "in Cusco", "Arequipa", "Bolivia", "La Paz", "the capital", "mine",
           "against the project", "over wages", "%", "$", "km", "10:30", "1st", "Peru", "Chile"],
    "es": ["huelga", "paro", "protesta", "marcharon", "bloquearon", "la carretera", "saqueos",
           "policía", "detenidos", "muertos", "heridos", "unos", "cerca de", "más de", "miles de",
           "trabajadores", "docentes", "campesinos", "estado de emergencia", "declaró", "por 30 días",
           "desde", "hasta", "el lunes", "la semana pasada", "ayer", "enero", "3 de marzo",
           "14/12", "14 de diciembre de 2024", "2023", "1.200", "3,5 millones", "dos", "decenas",
           "una docena", "en Lima", "en Cusco", "Arequipa", "Bolivia", "La Paz", "la capital",
           "minera", "contra el proyecto", "por salarios", "%", "S/", "km", "10:30", "1.º", "Perú"],
}
PUNCT = [" ", " ", " ", ", ", ". ", "\n", "\n\n", "; ", " (", ") ", "—", "«", "»", "\"", "'", "-", "/"]

any_text = st.text(max_size=400)
weird_chars = st.text(st.characters(codec="utf-8", categories=("Zs", "Cc", "Cf", "Mn", "Nd", "No",
                                                                "Po", "Sm", "So", "Lo")), max_size=40)


def prose(lang: str) -> st.SearchStrategy[str]:
    """Report-like text in ``lang``: its words, punctuation, and some arbitrary characters."""
    piece = st.one_of(st.sampled_from(WORDS[lang]), st.sampled_from(WORDS[lang]),
                      st.sampled_from(PUNCT), st.integers(0, 10**9).map(str), weird_chars)
    return st.lists(piece, max_size=60).map("".join)


def any_prose() -> st.SearchStrategy[tuple[str, str]]:
    return st.sampled_from(["en", "es"]).flatmap(lambda lang: st.tuples(st.just(lang), st.one_of(prose(lang), any_text)))


TAGS = ["html", "head", "body", "article", "main", "div", "p", "span", "h1", "title", "script",
        "style", "a", "table", "td", "br", "meta", "!--", "![CDATA[", "svg", "iframe", "template"]


def html_doc(lang: str = "en") -> st.SearchStrategy[str]:
    """Markup: tags (open, closed, stray, unbalanced), attributes, entities, text."""
    attr = st.sampled_from(['', ' class="x"', ' href="javascript:alert(1)"', ' onload="x()"',
                            ' charset="utf-8"', ' content="2024-13-45"', ' property="article:published_time"',
                            ' lang="es"', " id='\"'"])
    tag = st.builds(lambda t, a, close: f"</{t}>" if close else f"<{t}{a}>",
                    st.sampled_from(TAGS), attr, st.booleans())
    entity = st.sampled_from(["&amp;", "&lt;", "&#0;", "&#x110000;", "&nbsp;", "&bogus;", "&#9999999999;", "&"])
    piece = st.one_of(tag, tag, entity, prose(lang), any_text)
    return st.lists(piece, max_size=40).map("".join)


json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30))
json_values = st.recursive(json_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)), max_leaves=12)


def report_record() -> st.SearchStrategy[dict]:
    """A JSON report object whose fields may be missing, of the wrong type, or odd."""
    field = lambda s: st.one_of(s, json_values)  # noqa: E731
    return st.fixed_dictionaries({}, optional={
        "doc_id": field(st.text(max_size=20)),
        "text": field(any_prose().map(lambda t: t[1])),
        "html": field(html_doc()),
        "title": field(st.text(max_size=40)),
        "published": field(st.one_of(st.dates().map(str), st.text(max_size=12))),
        "lang": field(st.sampled_from(["en", "es", "EN", "fr", "", "zz-ZZ"])),
        "url": field(st.text(max_size=30)),
        "source": field(st.text(max_size=10)),
    })


def jsonl_bytes() -> st.SearchStrategy[bytes]:
    line = st.one_of(report_record().map(json.dumps), json_values.map(json.dumps),
                     st.text(max_size=60), st.just(""), st.just("{"), st.just('{"text": "x"'))
    return st.lists(line, max_size=8).map("\n".join).map(lambda s: s.encode("utf-8", "surrogatepass"))


def warc_record(body: bytes, *, rec_type: str = "response", length_delta: int = 0) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
    head = (f"WARC/1.0\r\nWARC-Type: {rec_type}\r\nWARC-Target-URI: http://example.org/a\r\n"
            f"WARC-Date: 2024-03-02T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
            f"Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http) + length_delta}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def warc_bytes() -> st.SearchStrategy[bytes]:
    """Archives: well-formed records around fuzzed pages, cut short, lengths off, garbage."""
    page = html_doc().map(lambda s: s.encode("utf-8", "surrogatepass"))
    rec = st.builds(lambda b, t, d: warc_record(b, rec_type=t, length_delta=d), page,
                    st.sampled_from(["response", "request", "metadata", "resource"]),
                    st.sampled_from([0, 0, 0, -5, 7, -10**6]))
    archive = st.lists(rec, min_size=1, max_size=3).map(b"".join)
    return st.one_of(archive, st.builds(lambda a, k: a[:k], archive, st.integers(0, 2000)),
                     st.builds(lambda a, junk: a + junk, archive, st.binary(max_size=64)),
                     st.binary(max_size=200).map(lambda b: b"WARC/1.0\r\n" + b),
                     st.binary(max_size=200).map(lambda b: b"\x1f\x8b" + b))


def feed_bytes() -> st.SearchStrategy[bytes]:
    item = st.builds(lambda t, d, p: f"<item><title>{t}</title><description>{d}</description>"
                                     f"<pubDate>{p}</pubDate><link>http://example.org/{len(t)}</link></item>",
                     st.text(max_size=30), html_doc(), st.text(max_size=30))
    feed = st.lists(item, max_size=4).map(
        lambda items: "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>t</title>"
                      + "".join(items) + "</channel></rss>")
    return st.one_of(feed, html_doc()).map(lambda s: s.encode("utf-8", "surrogatepass"))
