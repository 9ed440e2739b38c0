from datetime import date

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


def test_live_blog_stamps_by_class_stay_as_lines_and_the_background_box_stays():
    entries = "".join(
        f'<div class="entry"><span class="time">{t}</span><p>{body}</p></div>'
        for t, body in [
            ("Monday 9:05 a.m.", "About seventy people are still on the north side of the bridge this morning, "
                                 "singing in a line that faces the barricade while officers watch."),
            ("Sunday 8:40 p.m.", "The sheriff's office says about four hundred people are trying to cross the "
                                 "bridge and that officers are firing rubber bullets and tear gas at them."),
            ("Sunday 6:15 p.m.", "Several hundred protesters walk north from the camp onto the bridge on the "
                                 "state highway and try to drag away the burned trucks that block it."),
        ])
    html = ("<html><head><title>Live: clashes on the bridge</title></head><body><article>"
            "<h1>Live: clashes on the bridge as protesters try to clear the highway</h1>"
            f'<div class="liveblog">{entries}</div>'
            '<div class="box background"><h3>How we got here</h3><ul>'
            "<li>On Aug. 19 the governor declared a state of emergency in the south of the state to free "
            "up resources for the police who patrol the protest camps.</li>"
            "<li>On Oct. 27 hundreds of officers in riot gear cleared a camp that protesters had set up "
            "on the pipeline route north of the bridge, and 141 people were arrested.</li>"
            "</ul></div></article></body></html>")
    text = clean_html(html).text
    lines = text.splitlines()
    # (the first entry, which trafilatura puts above the headline, is kept; the stamps stand
    # on lines of their own, the last one's too, and the background box after the list stays)
    assert "Monday 9:05 a.m." in lines and "About seventy people are still on the north side" in text
    assert "Sunday 8:40 p.m." in lines
    assert "Sunday 6:15 p.m." in lines
    assert "141 people were arrested" in text


def test_live_blog_stamps_in_a_paragraph_of_their_own_stay():
    # the stamp is the entry's first <p> ("<p class="entry-time">14:20</p><p>text</p>"): it
    # used to be moved into itself and dropped with it
    entries = "".join(
        f'<div class="live-entry"><p class="entry-time">{t}</p><p>{body}</p></div>'
        for t, body in [
            ("14:20", "Riot police fired tear gas at several hundred protesters outside the governor's "
                      "office in Puerto Lindo, witnesses told our reporter."),
            ("13:05", "Truckers have blocked the coastal highway at three points north of the port with "
                      "their lorries, the transport union said."),
            ("11:40", "Shops in the centre stayed shut as a general strike called by the dockworkers' "
                      "union took hold across the city."),
        ])
    html = ("<html><head><title>Live: fuel protests</title></head><body><main><article>"
            "<h1>Live: protests over fuel prices spread across the coast</h1>"
            f"{entries}</article></main></body></html>")
    lines = clean_html(html).text.splitlines()
    assert "14:20" in lines and "13:05" in lines and "11:40" in lines
    assert lines.index("13:05") < next(i for i, l in enumerate(lines) if l.startswith("Truckers"))


def test_live_blog_with_time_elements_keeps_its_first_entry_and_the_timeline_after_it():
    # <time> stamps used to become paragraphs of their own, and the extractor then dropped
    # the "How we got here" list after the entries; the first entry, which the extractor puts
    # above the headline, used to be cut with the kicker; a news ticker is chrome
    entries = "".join(
        f'<div class="entry"><time datetime="2024-03-04T{t}">{t}</time><p>{body}</p></div>'
        for t, body in [
            ("18:10", "The fishers' leaders say they will keep the boats in the harbour mouth overnight "
                      "and meet the port authority again in the morning."),
            ("15:45", "Coast guard launches have moved in to open a channel for the ferry, and two boats "
                      "were towed away after their crews refused to move."),
            ("11:20", "About two hundred fishing boats are anchored across the harbour mouth in protest at "
                      "the new quota rules, the port authority says."),
        ])
    html = ("<html><head><title>Live: fishers block the harbour</title></head><body>"
            '<div class="ticker"><strong>NOW:</strong> Fuel prices unchanged this week · Heat warning for the '
            "weekend in the south · Cup final moved to Sunday because of the protest</div><main><article>"
            "<p class='kicker'>LIVE</p><h1>Live: fishers block the harbour over quota rules</h1>"
            f'<div class="entries">{entries}</div>'
            '<section class="timeline"><h2>How we got here</h2><ul>'
            "<li><strong>January 12</strong> — The ministry publishes the new quota rules, which cut the "
            "catch allowed for small boats by a third.</li>"
            "<li><strong>February 20</strong> — Some 3,000 fishers march through the port town to the "
            "ministry's regional office, where police hold them back with a cordon.</li>"
            "</ul></section></article></main></body></html>")
    text = clean_html(html).text
    assert "meet the port authority again in the morning" in text     # the first entry
    assert "Some 3,000 fishers march through the port town" in text   # the timeline after the entries
    assert "Fuel prices unchanged" not in text                        # the ticker
    assert "18:10" in text.splitlines()


def test_a_list_of_sentences_at_the_top_of_a_page_is_kept_and_a_menu_is_not():
    # the extractor, set for precision, dropped a "Key points" list of full sentences above
    # a live blog's entries (and the events told only there); a list of short links is still a menu
    entries = "".join(
        f'<div class="entry"><time datetime="2023-09-02T{t}">{t}</time><h3>{head}</h3><p>{body}</p></div>'
        for t, head, body in [
            ("18:30", "Lawyers join the boycott", "The bar councils of the two largest provinces said lawyers would "
                      "stay away from the courts on Saturday in support of the traders."),
            ("14:10", "Stones on the highway", "Police fired tear gas at young men who threw stones at passing "
                      "lorries on the national highway at the exit of the port city."),
        ])
    html = ("<html><head><title>Markets shut over power bills</title></head><body>"
            "<nav><ul><li><a href='/a'>Politics</a></li><li><a href='/b'>Economy</a></li>"
            "<li><a href='/c'>Sport</a></li></ul></nav><main>"
            "<div class='live-header'><span class='badge'>LIVE</span><h1>Markets shut over power bills</h1>"
            "<p class='subtitle'>Traders, lawyers and an opposition party back a general strike against the rise "
            "in power bills. Follow the day minute by minute.</p><p class='meta'>Updated 2 September 2023</p></div>"
            "<section class='key-points'><h2>Key points</h2><ul>"
            "<li>Traders shut their shops in the main cities of the country in a strike against the new electricity tariffs.</li>"
            "<li>Protests began more than a week ago, when thousands burned their bills in five cities on Friday 25 August.</li>"
            "<li>The interim government says it cannot lower the tariffs without breaking its loan agreement.</li>"
            "</ul></section>"
            f'<div class="entries">{entries}</div>'
            "</main></body></html>")
    text = clean_html(html).text
    assert "- Protests began more than a week ago, when thousands burned their bills" in text
    assert "Politics" not in text
