from datetime import date
from pathlib import Path

import pytest

from conflictwatch.errors import NoArticleText
from conflictwatch.ingest.html import boilerplate, clean_html, read_html
from conflictwatch.records import Report

from .pages import PAGES


@pytest.mark.parametrize("lang", ["en", "es"])
def test_article_body_is_kept_and_every_piece_of_chrome_is_gone(lang):
    page = PAGES[lang]
    clean = clean_html(page.html)
    for sentence in page.body:
        assert sentence in clean.text
    for phrase in page.chrome:
        assert phrase not in clean.text, phrase
    assert clean.title == page.title
    assert not clean.text.startswith(page.title)
    assert clean.published == page.published


@pytest.mark.parametrize("lang", ["en", "es"])
def test_reader_yields_one_report_with_title_date_and_raw_html(lang, tmp_path):
    page = PAGES[lang]
    path = tmp_path / f"page-{lang}.html"
    path.write_text(page.html, encoding="utf-8")
    (report,) = read_html(path, path.read_bytes(), published=date(2000, 1, 1))
    assert isinstance(report, Report)
    assert report.doc_id == f"page-{lang}"
    assert report.title == page.title
    assert report.published == page.published      # the page's own date wins
    assert report.full_text.startswith(page.title + "\n\n" + page.body[0])
    assert report.html == page.html


@pytest.mark.parametrize("meta, expected", [
    ('<meta name="date" content="2023-01-11">', date(2023, 1, 11)),
    ('<meta property="article:published_time" content="2019-10-26T10:00:00Z">', date(2019, 10, 26)),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2022-06-15"}'
     '</script>', date(2022, 6, 15)),
    ("", None),
])
def test_publication_date_comes_from_page_metadata(meta, expected):
    html = (f"<html><head><title>Paro en Puno</title>{meta}</head><body><article><h1>Paro en Puno</h1>"
            "<p>Los gremios de transportistas de Puno acataron un paro de 48 horas en rechazo al "
            "alza del precio del combustible, y la ciudad amaneció sin buses ni mototaxis.</p>"
            "<p>La Policía informó que no hubo incidentes durante la primera jornada de la "
            "medida de fuerza, aunque varios mercados cerraron sus puertas.</p></article>"
            '<section class="comments"><p>Un lector escribió <time datetime="2030-02-02">hoy</time>'
            "que apoya el paro.</p></section></body></html>")
    assert clean_html(html).published == expected


@pytest.mark.parametrize("html", [
    "<html><head><title>Nothing here</title></head></html>",
    "<html><head><title>Nada</title></head><body>   </body></html>",
    '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>',
])
def test_page_without_body_or_article_text_is_E105(html, tmp_path):
    with pytest.raises(NoArticleText) as exc:
        clean_html(html, path="empty.html")
    assert exc.value.code == "E105"
    assert "empty.html" in str(exc.value)
    path = tmp_path / "p.html"
    path.write_text(html)
    (err,) = read_html(path, path.read_bytes())
    assert isinstance(err, NoArticleText) and err.path == str(path)


@pytest.mark.parametrize("line, dropped", [
    ("Read more: Miners block the road to Las Bambas", True),
    ("Related: Strike in Cusco enters its third day", True),
    ("Donate now", True),
    ("Follow us on Instagram", True),
    ("Lee también: Paro agrario en Ica", True),
    ("Te puede interesar: Bloqueos en la Panamericana", True),
    ("Suscríbete a nuestro boletín", True),
    ("By Tuesday, the strike had spread to four provinces.", False),
    ("Police followed the marchers to the square.", False),
    ("Por la tarde, los manifestantes llegaron a la plaza.", False),
])
def test_boilerplate_line_patterns(line, dropped):
    matched = any(p.search(line) for p in boilerplate().line_patterns)
    assert matched is dropped


def test_wrapper_named_like_chrome_around_the_article_is_not_pruned():
    page = PAGES["en"]
    html = page.html.replace("<main>", '<main><div class="content-with-sidebar">').replace(
        "</main>", "</div></main>")
    clean = clean_html(html)
    assert all(sentence in clean.text for sentence in page.body)
