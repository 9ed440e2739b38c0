import json
from datetime import date

import pytest

from conflictwatch.errors import BadDate, BadJsonLine, BadReportRecord, NoArticleText
from conflictwatch.ingest.jsonl import read_jsonl
from conflictwatch.records import Report

from .pages import PAGES

RECORDS = {
    "en": {"doc_id": "lima-nurses", "lang": "en", "published": "2024-03-06", "source": "wire",
           "title": "Nurses walk out at Lima hospitals", "url": "https://example.org/n",
           "text": "Nurses walk out at Lima hospitals\n\nNurses at five public hospitals in Lima "
                   "began a 48-hour strike on Wednesday."},
    "es": {"doc_id": "puno-paro", "lang": "es", "published": "2024-03-07", "source": "diario",
           "title": "Paro de transportistas en Puno",
           "text": "Los transportistas de Puno iniciaron el jueves un paro de 48 horas."},
}


def _read(tmp_path, lines, name="reports.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return list(read_jsonl(path, path.read_bytes(), published=None))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_record_fields_become_a_report(tmp_path, lang):
    rec = RECORDS[lang]
    (report,) = _read(tmp_path, [json.dumps(rec, ensure_ascii=False)])
    assert isinstance(report, Report)
    assert report.doc_id == rec["doc_id"] and report.lang == lang
    assert report.published == date.fromisoformat(rec["published"])
    assert report.title == rec["title"] and report.source == rec["source"]
    assert not report.text.startswith(rec["title"])      # the title is not repeated
    assert report.full_text.count(rec["title"]) == 1
    assert report.line == 1


def test_bad_line_in_the_middle_is_E106_and_the_others_are_read(tmp_path):
    lines = [json.dumps(RECORDS["en"]), '{"doc_id": "broken", "text": "Huelga en', "[1, 2]",
             json.dumps(RECORDS["es"], ensure_ascii=False)]
    items = _read(tmp_path, lines)
    assert [type(i).__name__ for i in items] == ["Report", "BadJsonLine", "BadJsonLine", "Report"]
    assert [i.line for i in items if isinstance(i, BadJsonLine)] == [2, 3]
    assert "reports.jsonl:2" in str(items[1])
    assert [i.doc_id for i in items if isinstance(i, Report)] == ["lima-nurses", "puno-paro"]


@pytest.mark.parametrize("record", [{"doc_id": "x", "title": "Only a title"},
                                    {"doc_id": "y", "text": 42}])
def test_record_without_text_or_html_is_E107(tmp_path, record):
    (err,) = _read(tmp_path, [json.dumps(record)])
    assert isinstance(err, BadReportRecord) and err.code == "E107" and err.line == 1


def test_bad_published_is_E112(tmp_path):
    rec = dict(RECORDS["es"], published="7 de marzo")
    (err,) = _read(tmp_path, [json.dumps(rec)])
    assert isinstance(err, BadDate) and err.line == 1


@pytest.mark.parametrize("lang", ["en", "es"])
def test_html_field_goes_through_html_cleaning(tmp_path, lang):
    page = PAGES[lang]
    rec = {"doc_id": f"web-{lang}", "html": page.html}
    (report,) = _read(tmp_path, [json.dumps(rec)])
    assert report.title == page.title and report.published == page.published
    assert page.body[-1] in report.text
    assert not any(phrase in report.text for phrase in page.chrome)
    assert report.html == page.html


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("fields", ["text", "text+html", "text+empty-html", "text-saved-with-a-comment"])
def test_a_whole_page_given_as_text_is_read_as_the_page(tmp_path, lang, fields):
    # scrapers often store the saved page itself in "text": its menus, tags, related stories
    # and comments must not be read as the report's prose
    page = PAGES[lang]
    rec = {"doc_id": f"web-{lang}", "text": "\n" + page.html}
    if fields == "text+html":
        rec["html"] = page.html
    elif fields == "text+empty-html":
        rec["html"] = ""
    elif fields == "text-saved-with-a-comment":
        rec["text"] = "<!-- saved from url=(0042)https://example.org/news/strike -->\n" + page.html
    (report,) = _read(tmp_path, [json.dumps(rec)])
    assert isinstance(report, Report)
    assert report.title == page.title and report.published == page.published
    assert page.body[-1] in report.text
    assert "<p>" not in report.text and "</div>" not in report.text
    assert not any(phrase in report.text for phrase in page.chrome)


def test_a_text_with_a_few_tags_stays_text(tmp_path):
    # a report that only quotes markup, or keeps a stray <b>, is prose, not a page
    rec = {"doc_id": "t", "title": "Paro en Puno",
           "text": "Los transportistas de <b>Puno</b> iniciaron el jueves un paro de 48 horas."}
    (report,) = _read(tmp_path, [json.dumps(rec, ensure_ascii=False)])
    assert report.text.startswith("Los transportistas de <b>Puno</b>")


def test_html_field_without_article_is_E105(tmp_path):
    (err,) = _read(tmp_path, [json.dumps({"doc_id": "z", "html": "<html><head></head></html>"})])
    assert isinstance(err, NoArticleText) and err.line == 1


def test_doc_id_defaults_to_file_name(tmp_path):
    rec = {k: v for k, v in RECORDS["en"].items() if k != "doc_id"}
    (report,) = _read(tmp_path, [json.dumps(rec)], name="lima.jsonl")
    assert report.doc_id == "lima"
    two = _read(tmp_path, [json.dumps(rec), json.dumps(rec)], name="lima.ndjson")
    assert [r.doc_id for r in two] == ["lima-1", "lima-2"]


def test_html_character_references_in_a_text_field_are_decoded(tmp_path):
    # text copied out of a page or a feed keeps "&Aacute;" and "&#8220;": names and quotes must read
    rec = {"doc_id": "mx", "title": "Barricada en &Aacute;lvaro Obreg&oacute;n",
           "text": "Más de 400 policías entraron a &Aacute;lvaro Obreg&oacute;n. &#8220;No nos vamos&#8221;, dijo. "
                   "Costo: 5 &lt; 10 &amp; más."}
    (report,) = _read(tmp_path, [json.dumps(rec)])
    assert report.title == "Barricada en Álvaro Obregón"
    assert "entraron a Álvaro Obregón. “No nos vamos”" in report.text and "5 < 10 & más" in report.text


def test_a_text_without_character_references_is_left_as_it_is(tmp_path):
    rec = {"doc_id": "x", "text": "Tom & Jerry; R&D costs & more. A&B;"}
    (report,) = _read(tmp_path, [json.dumps(rec)])
    assert report.text == "Tom & Jerry; R&D costs & more. A&B;"
