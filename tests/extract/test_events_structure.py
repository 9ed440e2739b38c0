"""Document structure (issue 9): datelines, bylines, captions, "read also" lines, headings
and quotes are not events of their own, nor the place or date of the report's events."""
from __future__ import annotations

from datetime import date

import pytest

from conflictwatch.records import Report
from conflictwatch.pipeline import extract_report

PUB = date(2011, 12, 6)  # a Tuesday


def events_of(text: str, lang: str, title: str | None = None, published: date = PUB):
    return extract_report(Report(doc_id="t", text=text, title=title, published=published, lang=lang)).events


@pytest.mark.parametrize("lang,text", [
    ("en", "SANTIAGO (Wire) - Police detained 12 protesters in Celendín on Monday."),
    ("en", "MEXICO CITY, Dec 6 - Police detained 12 protesters in Celendín on Monday."),
    ("es", "LIMA, 6 dic (Agencia Sur).- La policía detuvo el lunes a 12 manifestantes en Celendín."),
    ("es", "SANTIAGO (Agencia Sur) – La policía detuvo el lunes a 12 manifestantes en Celendín."),
])
def test_a_dateline_with_or_without_a_date_is_not_the_place(lang, text):
    [ev] = [e for e in events_of(text, lang) if e.type == "arrest"]
    assert (ev.country, ev.admin1, ev.location) == ("PE", "Cajamarca", "Celendín")
    assert ev.date == "2011-12-05"


@pytest.mark.parametrize("lang,text", [
    ("en", "By Ana Quispe | Lima, 6 December 2011\n\n"
           "LIMA (Wire) - Police detained 12 protesters in Celendín on Monday."),
    ("es", "Por la Redacción Regional | Lima, martes 6 de diciembre de 2011\n\n"
           "La policía detuvo el lunes a 12 manifestantes en Celendín."),
])
def test_a_byline_gives_neither_place_nor_date(lang, text):
    evs = events_of(text, lang, title="Twelve held" if lang == "en" else "Doce detenidos")
    [ev] = [e for e in evs if e.type == "arrest"]
    assert ev.admin1 == "Cajamarca" and ev.date == "2011-12-05"


def test_a_paper_named_after_a_place_in_a_byline_is_no_place():
    # "· Semanario El Centinela de Cusco": the paper's name, after a middle dot
    text = ("Por Elena Quispe Huamán · Semanario El Centinela de Cusco\n\n"
            "La policía detuvo el lunes a 12 manifestantes en la plaza. El martes, la policía volvió a "
            "detener a cinco comuneros.")
    evs = events_of(text, "es", title="Doce detenidos")
    assert evs and not any(e.admin1 == "Cusco" for e in evs)


@pytest.mark.parametrize("lang,text", [
    ("en", "Farmers in Celendín began an indefinite strike on Monday against the mine.\n\n"
           "Read also: Police clash with miners in Puno, two dead\n\n"
           "The strike leaders said they would not meet the minister."),
    ("es", "Los agricultores de Celendín iniciaron el lunes un paro indefinido contra la mina.\n\n"
           "Lee también: Enfrentamientos entre policías y mineros en Puno dejan dos muertos\n\n"
           "Los dirigentes del paro dijeron que no se reunirán con el ministro."),
])
def test_a_read_also_line_is_another_story(lang, text):
    evs = events_of(text, lang)
    assert [e.type for e in evs] == ["strike"]
    assert evs[0].admin1 == "Cajamarca"


@pytest.mark.parametrize("lang,text", [
    ("en", "Farmers in Celendín began an indefinite strike on Monday against the mine.\n\n"
           "We demand:\n- That the state of emergency in Cajamarca be lifted and the troops withdrawn.\n"
           "- A dialogue table with the communities, without conditions.\n"
           "- The suspension of the Conga project.\n\n"
           "WHAT YOU CAN DO\n- Join our vigil outside the embassy on 16 December.\n"
           "- Write to the minister asking for the talks to resume."),
    ("es", "Los agricultores de Celendín iniciaron el lunes un paro indefinido contra la mina.\n\n"
           "POR ESO CONVOCAMOS:\n- A exigir que se levante el estado de emergencia en Cajamarca.\n"
           "- Mesa de diálogo con las comunidades, sin condiciones.\n"
           "- La suspensión definitiva del proyecto Conga.\n"
           "- A la marcha del sábado 17 de diciembre en Lima."),
    # a heading that names who asks before the verb
    ("es", "Los agricultores de Celendín iniciaron el lunes un paro indefinido contra la mina.\n\n"
           "Desde la Coordinadora de Derechos Humanos de la región pedimos:\n"
           "- el procesamiento de los policías que dispararon contra los manifestantes;\n"
           "- la suspensión definitiva del proyecto Conga."),
])
def test_the_list_under_a_demand_heading_holds_no_events(lang, text):
    assert [e.type for e in events_of(text, lang)] == ["strike"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Farmers in Celendín began an indefinite strike on Monday against the mine.\n\n"
           "What are the scenarios?\n\n"
           "- Talks: the government offers a technical commission, and the strike fades within days.\n"
           "- Escalation: the farmers' front moves to blockades on the roads to Cajamarca and the coast.\n"
           "- Legal route: the region challenges the project before the courts."),
    ("es", "Los agricultores de Celendín iniciaron el lunes un paro indefinido contra la mina.\n\n"
           "¿Qué puede pasar?\n\n"
           "- Diálogo: el Gobierno ofrece una comisión técnica y el paro se diluye en pocos días.\n"
           "- Escalada: el frente de agricultores pasa a bloquear las carreteras a Cajamarca y a la costa.\n"
           "- Vía judicial: la región impugna el proyecto ante los tribunales."),
])
def test_the_list_under_a_scenarios_heading_holds_no_events(lang, text):
    assert [e.type for e in events_of(text, lang)] == ["strike"]


def test_a_list_under_another_heading_still_tells_events():
    text = ("What happened on Monday:\n- Farmers in Celendín began an indefinite strike against the mine.\n"
            "- Police detained 12 protesters in Celendín.")
    assert sorted(e.type for e in events_of(text, "en")) == ["arrest", "strike"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Farmers in Celendín began an indefinite strike on Monday against the mine.\n\n"
           "Photo: riot police fire tear gas at protesters in Juliaca last year. (Photo: Wire/Jane Roe)\n\n"
           "The strike leaders said they would not meet the minister."),
    ("es", "Los agricultores de Celendín iniciaron el lunes un paro indefinido contra la mina.\n\n"
           "Policías antimotines lanzan bombas lacrimógenas contra manifestantes en Juliaca. (Foto: Agencia Sur)\n\n"
           "Los dirigentes del paro dijeron que no se reunirán con el ministro."),
])
def test_a_photo_caption_is_not_an_event(lang, text):
    assert [e.type for e in events_of(text, lang)] == ["strike"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Police fired tear gas at farmers who blocked the road in Celendín on Monday.\n\n"
           "Tear gas on the road\n\n"
           "The clash lasted two hours, residents said."),
    ("es", "La policía lanzó el lunes bombas lacrimógenas contra los campesinos que bloqueaban la vía en Celendín.\n\n"
           "Represión en la carretera\n\n"
           "El enfrentamiento duró dos horas, según los vecinos."),
])
def test_a_sub_heading_restates_the_body(lang, text):
    assert [e.type for e in events_of(text, lang)].count("crackdown") == 1


@pytest.mark.parametrize("lang,text", [
    ("en", "Farmers in Celendín began an indefinite strike on 1 December against the mine.\n\n"
           "\"The strike goes on until they leave,\" a leader told reporters in Cajamarca on Monday."),
    ("es", "Los agricultores de Celendín iniciaron el 1 de diciembre un paro indefinido contra la mina.\n\n"
           "\"El paro sigue hasta que se vayan\", dijo el lunes un dirigente a la prensa en Cajamarca."),
])
def test_a_quote_that_restates_an_event_is_not_another(lang, text):
    evs = [e for e in events_of(text, lang) if e.type == "strike"]
    assert [e.date for e in evs] == ["2011-12-01"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Photographs taken on Monday show the march in Celendín.\n\n"
           "By Tuesday, police had detained 12 protesters in Celendín."),
    ("es", "Por la tarde, la policía detuvo a 12 manifestantes en Celendín."),
])
def test_news_sentences_that_open_like_a_byline_stay(lang, text):
    assert "arrest" in [e.type for e in events_of(text, lang)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Police cleared the road to the mine in Celendín on Monday.\n\n"
           "The conflict is old. In March 2009, farmers blocked the same road for a week, "
           "and police arrested 30 of them in Celendín.\n\n"
           "Police detained 12 protesters near the mine."),
    ("es", "La policía despejó el lunes la carretera a la mina en Celendín.\n\n"
           "El conflicto es antiguo. En marzo de 2009, los campesinos bloquearon la misma vía "
           "durante una semana y la policía arrestó a 30 de ellos en Celendín.\n\n"
           "La policía detuvo a 12 manifestantes cerca de la mina."),
])
def test_a_background_paragraph_keeps_its_dates_and_the_story_comes_back(lang, text):
    evs = events_of(text, lang)
    assert [e.date for e in evs if e.type == "blockade"] == ["2009-03"]
    arrests = sorted((e.date, e.arrests) for e in evs if e.type == "arrest")
    assert arrests == [("2009-03", 30), ("2011-12-05", 12)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Farmers blocked the road to the mine in Espinar on Monday. On Tuesday the blockade continued, "
           "and on Wednesday police cleared it."),
    ("es", "Los campesinos bloquearon el lunes la vía a la mina en Espinar. El martes el bloqueo continuó "
           "y el miércoles la policía lo despejó."),
    ("es", "Los mineros de Arequipa iniciaron el lunes una huelga indefinida. El jueves la huelga cumplió su cuarto día."),
])
def test_an_action_told_as_going_on_on_a_later_day_is_the_same_one(lang, text):
    from datetime import date

    from conflictwatch.pipeline import extract_report
    from conflictwatch.records import Report
    evs = extract_report(Report(doc_id="t", text=text, published=date(2019, 3, 8), lang=lang)).events
    kinds = [e.type for e in evs if e.type in ("blockade", "strike")]
    assert len(kinds) == 1, [(e.type, e.date) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("en", "PROTEST WATCH No. 3 | Week of 5-9 December\n\n"
           "CAJAMARCA - Celendín\n"
           "Farmers blocked the road to the mine in Celendín on Monday.\n\n"
           "On Tuesday, police fired tear gas at farmers gathered near the market.\n\n"
           "PUNO - Juliaca\n"
           "On Wednesday, several hundred traders marched to the town hall in Juliaca."),
    ("es", "BOLETÍN DE PROTESTAS N.º 3 | Semana del 5 al 9 de diciembre\n\n"
           "CAJAMARCA - Celendín\n"
           "Los campesinos bloquearon el lunes la vía a la mina en Celendín.\n\n"
           "El martes, la policía lanzó gases lacrimógenos contra los campesinos reunidos cerca del mercado.\n\n"
           "PUNO - Juliaca\n"
           "El miércoles, varios cientos de comerciantes marcharon hasta la municipalidad de Juliaca."),
])
def test_a_bulletins_section_heading_places_the_paragraphs_under_it(lang, text):
    evs = events_of(text, lang)
    assert [e.admin1 for e in evs if e.type == "crackdown"] == ["Cajamarca"], [(e.type, e.admin1) for e in evs]
    assert [e.admin1 for e in evs if e.type == "protest"] == ["Puno"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Farmers blocked the road to the mine in Celendín, Cajamarca, on Monday. Police detained 12 farmers in "
           "Celendín.\n\n"
           "Strike spreads to the south of Cusco\n\n"
           "On Tuesday, police fired tear gas at farmers gathered near the market."),
    ("es", "Los campesinos bloquearon el lunes la vía a la mina en Celendín, Cajamarca. La policía detuvo a 12 "
           "campesinos en Celendín.\n\n"
           "El paro se extiende al sur del Cusco\n\n"
           "El martes, la policía lanzó gases lacrimógenos contra los campesinos reunidos cerca del mercado."),
])
def test_a_headline_that_names_a_place_among_other_words_is_no_section(lang, text):
    evs = events_of(text, lang)
    assert [e.admin1 for e in evs if e.type == "crackdown"] == ["Cajamarca"], [(e.type, e.admin1) for e in evs]


def test_a_standfirst_over_the_byline_restates_the_story():
    """The standfirst between headline and byline sums up the events the body tells; it is no
    event of its own on the publication day."""
    from conflictwatch.pipeline import extract_report
    from conflictwatch.records import Report
    text = ("Analysis: the government's suspension of the mineral sands project follows seven months of arson "
            "and arrests in the villages around Ranobe.\n\n"
            "By Tom Haverkamp\n\n"
            "When the council of ministers met in Antananarivo on Wednesday, November 6, few expected the project "
            "near Toliara to be on the agenda. By the end of the meeting it had been suspended indefinitely.")
    evs = extract_report(Report(doc_id="t", title="Why Madagascar hit pause on its mineral sands project",
                                text=text, published=date(2019, 11, 15), lang="en")).events
    assert [e.date for e in evs if e.type == "suspension"] == ["2019-11-06"]


@pytest.mark.parametrize("lang,text", [
    ("en", "HUANCAYO - A court in Huancayo on Tuesday opened the trial over the riot outside the regional "
           "government, with 31 people in the dock."),
    ("es", "HUANCAYO.— Un juzgado de Huancayo abrió el martes el juicio por los disturbios frente al gobierno "
           "regional, con 31 acusados en el banquillo."),
])
def test_what_a_trial_is_over_is_no_event_of_the_trials_day(lang, text):
    # the riot the trial is over happened some other day the report does not tell: no riot dated
    # on the day the trial opened; the trial itself is the event
    evs = events_of(text, lang, published=date(2023, 5, 10))
    assert [(e.type, e.date) for e in evs] == [("legal_action", "2023-05-09")]


@pytest.mark.parametrize("lang,text", [
    ("en", "HUANCAYO - A court in Huancayo on Tuesday opened the trial over the riot outside the regional "
           "government.\n\nOn 14 March 2022, hundreds of people stoned the building and set its door on fire "
           "in the riot."),
    ("es", "HUANCAYO.— Un juzgado de Huancayo abrió el martes el juicio por los disturbios frente al gobierno "
           "regional.\n\nEl 14 de marzo de 2022, cientos de personas apedrearon el edificio y quemaron su puerta "
           "en los disturbios."),
])
def test_what_a_trial_is_over_is_the_event_the_report_tells_elsewhere(lang, text):
    evs = events_of(text, lang, published=date(2023, 5, 10))
    assert [e.date for e in evs if e.type == "riot"] == ["2022-03-14"]
    assert [e.date for e in evs if e.type == "legal_action"] == ["2023-05-09"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Tear gas on the Tuman road: the sugar towns and their court-appointed bosses\n\n"
           "On Tuesday morning, a group of workers from the former Tuman sugar cooperative blocked the road that "
           "links the town with Chiclayo, in Lambayeque, to demand months of unpaid wages. Police arrived quickly. "
           "There was a scuffle, and officers fired tear gas to disperse the crowd and reopen the road."),
    ("es", "Gases lacrimógenos en la carretera de Tumán\n\n"
           "El martes por la mañana, un grupo de trabajadores de la antigua cooperativa azucarera de Tumán bloqueó "
           "la carretera que une el pueblo con Chiclayo, en Lambayeque, para exigir sus sueldos. Hubo forcejeos, y "
           "los policías lanzaron gases lacrimógenos para dispersar a la multitud y despejar la vía."),
])
def test_a_headline_without_a_date_names_the_event_the_body_dates_days_before(lang, text):
    # the headline opens the page's text (a saved web page) and says nothing of when: it is the
    # crackdown the body tells on Tuesday, not another one on the day of publication (Thursday)
    evs = [e for e in events_of(text, lang, published=date(2020, 8, 13)) if e.type == "crackdown"]
    assert [e.date for e in evs] == ["2020-08-11"], [(e.date, e.evidence[0].sentence[:40]) for e in evs]
