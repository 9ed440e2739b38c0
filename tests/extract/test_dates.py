"""Dates, durations and spans: small hand-written sentences in English and Spanish, read
against fixed publication dates (Tuesday 2011-12-06 and Monday 2015-05-25)."""
from __future__ import annotations

import time
from datetime import date

import pytest

from conflictwatch.errors import BadLanguageData, UnsupportedLanguage
from conflictwatch.extract import langdata
from conflictwatch.extract.dates import add_days, find_dates, find_durations

TUE = date(2011, 12, 6)   # a Tuesday
MON = date(2015, 5, 25)   # a Monday


def values(text, lang, published=TUE):
    return [m.value for m in find_dates(text, lang, published)]


def only(text, lang, published=TUE):
    found = find_dates(text, lang, published)
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------------ explicit dates

@pytest.mark.parametrize("lang,text,surface,value", [
    ("en", "Police arrived on 4 December.", "4 December", "2011-12-04"),
    ("en", "Police arrived on December 4.", "December 4", "2011-12-04"),
    ("en", "Police arrived on Dec. 4 at dawn.", "Dec. 4", "2011-12-04"),
    ("en", "Police arrived on Dec 4, 2011, at dawn.", "Dec 4, 2011", "2011-12-04"),
    ("en", "Police arrived on the 4th of December.", "the 4th of December", "2011-12-04"),
    ("en", "The vote was held on 04/12/2011.", "04/12/2011", "2011-12-04"),
    ("en", "The vote was held on 4-12-2011.", "4-12-2011", "2011-12-04"),
    ("en", "The vote was held on 2011-12-04.", "2011-12-04", "2011-12-04"),
    ("en", "Farmers marched on Tuesday, Nov. 29 to the square.", "Tuesday, Nov. 29", "2011-11-29"),
    ("en", "Shots were heard on the night of 4 December.", "the night of 4 December", "2011-12-04"),
    ("es", "La policía llegó el 4 de diciembre.", "4 de diciembre", "2011-12-04"),
    ("es", "La policía llegó el 4 de diciembre de 2011.", "4 de diciembre de 2011", "2011-12-04"),
    ("es", "La policía llegó el 4 de diciembre del 2011.", "4 de diciembre del 2011", "2011-12-04"),
    ("es", "La votación fue el 04/12/2011.", "04/12/2011", "2011-12-04"),
    ("es", "La votación fue el 4-12-2011.", "4-12-2011", "2011-12-04"),
    ("es", "Los ronderos marcharon el martes 29 de noviembre.", "martes 29 de noviembre", "2011-11-29"),
    ("es", "Hubo disparos la madrugada del 5 de diciembre.", "la madrugada del 5 de diciembre", "2011-12-05"),
    ("es", "El paro empezó el día 1º de diciembre.", "día 1º de diciembre", "2011-12-01"),
    ("es", "Marcharon el primero de diciembre.", "primero de diciembre", "2011-12-01"),
])
def test_explicit_day_dates(lang, text, surface, value):
    m = only(text, lang)
    assert (m.surface, m.value, m.value_end, m.relative) == (surface, value, None, False)


@pytest.mark.parametrize("lang,text,value", [
    ("en", "The protests began in December.", "2011-12"),
    ("en", "The protests began in December 2011.", "2011-12"),
    ("en", "The protests began in mid-April.", "2011-04"),
    ("en", "The protests began in early May.", "2011-05"),
    ("en", "The protests began at the end of October.", "2011-10"),
    ("en", "The mine was approved in 2010.", "2010"),
    ("es", "Las protestas empezaron en diciembre.", "2011-12"),
    ("es", "Las protestas empezaron en diciembre de 2011.", "2011-12"),
    ("es", "Las protestas empezaron a mediados de abril.", "2011-04"),
    ("es", "Las protestas empezaron a fines de mayo.", "2011-05"),
    ("es", "Las protestas empezaron a principios de octubre.", "2011-10"),
    ("es", "La mina fue aprobada en 2010.", "2010"),
])
def test_months_parts_of_months_and_years(lang, text, value):
    assert values(text, lang) == [value]


@pytest.mark.parametrize("lang,text,prep", [
    ("en", "Roads have been blocked since May 9.", "since"),
    ("en", "The curfew runs until June 7.", "until"),
    ("en", "Miners struck on May 9.", "on"),
    ("en", "Miners struck May 9.", None),
    ("es", "Las vías están bloqueadas desde el 9 de mayo.", "desde"),
    ("es", "El toque de queda rige hasta el 7 de junio.", "hasta"),
    ("es", "El toque de queda rige a partir de mañana y del 9 de mayo.", "del"),
    ("es", "Los mineros pararon el 9 de mayo.", "el"),
])
def test_marker_word_before_the_date_is_reported(lang, text, prep):
    assert only(text, lang, MON).prep == prep


def test_date_after_until_may_lie_after_publication():
    # a May report: "until June 7" is this June, not last year's
    assert values("The curfew runs until June 7.", "en", MON) == ["2015-06-07"]
    assert values("El toque de queda rige hasta el 7 de junio.", "es", MON) == ["2015-06-07"]
    # with no marker, a day a fortnight after publication is last year's
    assert values("Miners struck on June 7.", "en", MON) == ["2014-06-07"]


@pytest.mark.parametrize("lang,text,value", [
    ("es", "Para el 6 de abril de este año convocaron una huelga general.", "2015-04-06"),
    ("es", "El 6 de abril del año pasado hubo una huelga general.", "2014-04-06"),
    ("en", "On 6 April last year there was a general strike.", "2014-04-06"),
    ("en", "On 6 April this year there was a general strike.", "2015-04-06"),
])
def test_a_day_of_the_year_the_words_name(lang, text, value):
    assert values(text, lang, MON) == [value]


@pytest.mark.parametrize("lang,text", [
    ("en", "In January the labour minister declared the strike illegal."),
    ("es", "En enero el ministro de Trabajo declaró ilegal la huelga."),
])
def test_a_month_without_a_day_has_begun_by_publication(lang, text):
    # a report of 28 December: "in January" is the January past, not the one four days ahead
    assert values(text, lang, date(2005, 12, 28)) == ["2005-01"]


@pytest.mark.parametrize("lang,text,value", [
    ("es", "Las rondas convocan a una caminata hasta la capital el próximo 5 de junio.", "2015-06-05"),
    ("es", "La asamblea se reunirá el 5 de junio próximo en el coliseo.", "2015-06-05"),
    ("es", "El paro regional será el próximo jueves 4 de junio.", "2015-06-04"),
    ("en", "The union has called a march for next June 5.", "2015-06-05"),
    ("en", "Farmers will gather this coming June 5 in the square.", "2015-06-05"),
    # rules that take effect on a day, or are put off to one, are of days to come
    ("en", "The new pension rules, due to take effect on June 5, anger the miners.", "2015-06-05"),
    ("en", "The ministry put the new rules off by two months, to June 5.", "2015-06-05"),
    ("es", "Las nuevas reglas, que entrarán en vigor el 5 de junio, indignan a los mineros.", "2015-06-05"),
    # an emergency that expires on a day: its end, to come
    ("en", "The state of siege expires on June 5 unless Congress renews it.", "2015-06-05"),
    ("es", "El estado de sitio vence el 5 de junio si el Congreso no lo renueva.", "2015-06-05"),
    # a day told as past keeps last year's
    ("es", "El pasado 5 de junio los comuneros marcharon.", "2014-06-05"),
    ("en", "The next day, June 5, the miners marched.", "2014-06-05"),
])
def test_day_told_as_one_to_come_is_the_next_one(lang, text, value):
    # a May report: "el próximo 5 de junio" is this June, a date to come, not last year's
    assert values(text, lang, MON) == [value]


@pytest.mark.parametrize("lang,text,value,value_end", [
    ("en", "A curfew ran from 4 to 7 December.", "2011-12-04", "2011-12-07"),
    ("en", "A curfew ran December 4-7.", "2011-12-04", "2011-12-07"),
    ("en", "A curfew ran from 28 November to 2 December.", "2011-11-28", "2011-12-02"),
    ("en", "Teachers struck between March and May.", "2011-03", "2011-05"),
    ("es", "Hubo toque de queda del 4 al 7 de diciembre.", "2011-12-04", "2011-12-07"),
    ("es", "Hubo toque de queda desde el 28 de noviembre hasta el 2 de diciembre.", "2011-11-28", "2011-12-02"),
    ("es", "Los maestros pararon entre marzo y mayo.", "2011-03", "2011-05"),
])
def test_ranges(lang, text, value, value_end):
    m = only(text, lang)
    assert (m.value, m.value_end) == (value, value_end)


def test_range_across_new_year_keeps_the_start_in_the_earlier_year():
    m = only("Roads were closed from 28 December to 3 January.", "en", date(2012, 1, 5))
    assert (m.value, m.value_end) == ("2011-12-28", "2012-01-03")
    m = only("Las vías se cerraron del 28 de diciembre al 3 de enero.", "es", date(2012, 1, 5))
    assert (m.value, m.value_end) == ("2011-12-28", "2012-01-03")


@pytest.mark.parametrize("lang,text", [
    ("en", "Protesters clashed with police on 28 December."),
    ("es", "Los manifestantes se enfrentaron a la policía el 28 de diciembre."),
])
def test_year_is_inferred_as_the_latest_before_publication(lang, text):
    assert values(text, lang, date(2012, 1, 2)) == ["2011-12-28"]
    assert values(text, lang, date(2011, 12, 30)) == ["2011-12-28"]
    # within a week after publication is still this year (announced dates)
    assert values(text, lang, date(2011, 12, 23)) == ["2011-12-28"]
    assert values(text, lang, date(2011, 12, 1)) == ["2010-12-28"]


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Clashes on 28 December, yesterday and in 2011.", ["2011"]),
    ("es", "Choques el 28 de diciembre, ayer y en 2011.", ["2011"]),
])
def test_without_publication_date_or_full_date_only_years_are_kept(lang, text, expected):
    assert values(text, lang, None) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Clashes on 28 December, on 4 December 2011, yesterday and in 2011.",
     ["2011-12-28", "2011-12-04", "2011-12-03", "2011"]),
    ("es", "Choques el 28 de diciembre, el 4 de diciembre de 2011, ayer y en 2011.",
     ["2011-12-28", "2011-12-04", "2011-12-03", "2011"]),
    ("en", "Farmers blocked the road on March 3, 2019. Two weeks ago they had marched.",
     ["2019-03-03", "2019-02-17"]),
    ("es", "El 3 de marzo de 2019 los comuneros bloquearon la vía; el 1 de marzo marcharon.",
     ["2019-03-03", "2019-03-01"]),
])
def test_without_publication_date_the_reports_latest_full_date_anchors_the_rest(lang, text, expected):
    assert values(text, lang, None) == expected


# ------------------------------------------------------------------ relative dates

@pytest.mark.parametrize("lang,text,value", [
    ("en", "Police cleared the road today.", "2011-12-06"),
    ("en", "Police cleared the road yesterday.", "2011-12-05"),
    ("en", "Police cleared the road the day before yesterday.", "2011-12-04"),
    ("en", "Police cleared the road on Sunday.", "2011-12-04"),
    ("en", "Police cleared the road late on Friday.", "2011-12-02"),
    ("en", "Police cleared the road Friday night.", "2011-12-02"),
    ("en", "Police cleared the road on Tuesday.", "2011-12-06"),   # publication day itself
    ("en", "Police cleared the road last Tuesday.", "2011-11-29"),
    ("en", "Unions will strike next Monday.", "2011-12-12"),
    ("en", "Unions will strike this Thursday.", "2011-12-08"),
    ("en", "Police cleared the road three days ago.", "2011-12-03"),
    ("en", "Police cleared the road a week ago.", "2011-11-29"),
    ("en", "Police cleared the road two weeks ago.", "2011-11-22"),
    ("en", "Police cleared the road last month.", "2011-11"),
    ("en", "Police cleared the road this morning.", "2011-12-06"),
    ("en", "Police cleared the road last night.", "2011-12-05"),
    ("en", "Police cleared the road on the 15th.", "2011-11-15"),
    ("en", "Police cleared the road on the 2nd.", "2011-12-02"),
    ("es", "La policía despejó la vía hoy.", "2011-12-06"),
    ("es", "La policía despejó la vía ayer.", "2011-12-05"),
    ("es", "La policía despejó la vía anteayer.", "2011-12-04"),
    ("es", "La policía despejó la vía el domingo.", "2011-12-04"),
    ("es", "La policía despejó la vía el viernes por la noche.", "2011-12-02"),
    ("es", "La policía despejó la vía el martes.", "2011-12-06"),
    ("es", "La policía despejó la vía el pasado martes.", "2011-11-29"),
    ("es", "La policía despejó la vía el lunes pasado.", "2011-12-05"),
    ("es", "Los gremios pararán el próximo lunes.", "2011-12-12"),
    ("es", "Los gremios pararán este jueves.", "2011-12-08"),
    ("es", "La policía despejó la vía hace tres días.", "2011-12-03"),
    ("es", "La policía despejó la vía hace una semana.", "2011-11-29"),
    ("es", "La policía despejó la vía hace dos semanas.", "2011-11-22"),
    ("es", "La policía despejó la vía el mes pasado.", "2011-11"),
    ("es", "La policía despejó la vía esta mañana.", "2011-12-06"),
    ("es", "La policía despejó la vía anoche.", "2011-12-05"),
    ("es", "La policía despejó la vía el día 15.", "2011-11-15"),
    ("es", "La policía despejó la vía el día 2.", "2011-12-02"),
    ("es", "La policía despejó la vía el martes 29 en Lima.", "2011-11-29"),
])
def test_relative_dates_resolve_against_publication_date(lang, text, value):
    m = only(text, lang)
    assert (m.value, m.relative) == (value, True)


@pytest.mark.parametrize("lang,text,value", [
    ("en", "Police cleared the road on Sunday.", "2015-05-24"),
    ("en", "Police cleared the road on Monday.", "2015-05-25"),
    ("en", "Police cleared the road last Monday.", "2015-05-18"),
    ("en", "Unions will strike this Thursday.", "2015-05-28"),
    ("es", "La policía despejó la vía el domingo.", "2015-05-24"),
    ("es", "La policía despejó la vía el lunes.", "2015-05-25"),
    ("es", "La policía despejó la vía el pasado lunes.", "2015-05-18"),
    ("es", "Los gremios pararán este jueves.", "2015-05-28"),
])
def test_weekdays_from_a_monday_report(lang, text, value):
    assert values(text, lang, MON) == [value]


@pytest.mark.parametrize("lang,text", [
    ("en", "Talks collapsed last week."),
    ("es", "El diálogo fracasó la semana pasada."),
])
def test_last_week_is_the_previous_monday_to_sunday(lang, text):
    m = only(text, lang)
    assert (m.value, m.value_end, m.relative) == ("2011-11-28", "2011-12-04", True)


# ------------------------------------------------------------------ not dates

@pytest.mark.parametrize("lang,text", [
    ("en", "We will march to the capital."),
    ("en", "They will March on Lima if nothing changes."),
    ("en", "The government may declare a state of emergency."),
    ("en", "The President May Declare A Curfew, Officials Say"),
    ("en", "We sat down on the road and sang."),
    ("en", "Mar and Sun are not dates here; neither is Wed alone."),
    ("en", "Some 2011 families signed the petition."),
    ("es", "La marcha llegó a la plaza."),
    ("es", "Los comuneros marcharon hacia el mar."),
    ("es", "El estado de emergencia rige por 60 días."),
    ("es", "Un paro de 48 horas paralizó la región."),
])
def test_words_that_are_not_dates(lang, text):
    assert find_dates(text, lang, TUE) == []


@pytest.mark.parametrize("lang,text,value", [
    ("en", "Protests began in March.", "2011-03"),
    ("en", "Protests began in May.", "2011-05"),
    ("en", "Protests began since May and continued.", "2011-05"),
    ("en", "Protests began on March 4.", "2011-03-04"),
    ("en", "Protests began May 2011.", "2011-05"),
    ("es", "Las protestas empezaron en marzo.", "2011-03"),
    ("es", "Las protestas empezaron en mayo.", "2011-05"),
])
def test_ambiguous_month_names_with_context_are_months(lang, text, value):
    assert values(text, lang) == [value]


# ------------------------------------------------------------------ durations

@pytest.mark.parametrize("lang,text,surface,days,elapsed", [
    ("en", "The government declared a 60-day state of emergency.", "60-day", 60, False),
    ("en", "The government declared a sixty-day state of emergency.", "sixty-day", 60, False),
    ("en", "Unions began a seven-day strike.", "seven-day", 7, False),
    ("en", "Unions began a 48-hour strike.", "48-hour", 2, False),
    ("en", "Unions began a 72-hour strike.", "72-hour", 3, False),
    ("en", "The emergency will last for 30 days.", "for 30 days", 30, False),
    ("en", "The emergency will last for two months.", "for two months", 60, False),
    ("en", "After twenty-six days of strike, the miners went back.", "After twenty-six days", 26, True),
    ("en", "Twenty-six days of strike left the town short of food.", "Twenty-six days", 26, True),
    ("en", "The miners went back after 26 days of strike.", "after 26 days", 26, True),
    ("es", "El Gobierno declaró el estado de emergencia durante 34 días.", "durante 34 días", 34, False),
    ("es", "El Gobierno declaró el estado de emergencia por 60 días.", "por 60 días", 60, False),
    ("es", "Se declaró la emergencia por un plazo de 30 días.", "por un plazo de 30 días", 30, False),
    ("es", "Los gremios iniciaron un paro de 48 horas.", "de 48 horas", 2, False),
    ("es", "Los gremios iniciaron un paro de siete días.", "de siete días", 7, False),
    ("es", "Los mineros volvieron tras 26 días de paro.", "tras 26 días", 26, True),
    ("es", "La emergencia se prorrogó dos meses.", "dos meses", 60, False),
])
def test_durations(lang, text, surface, days, elapsed):
    found = find_durations(text, lang)
    assert len(found) == 1, found
    d = found[0]
    assert (d.surface, d.days, d.elapsed) == (surface, days, elapsed)
    assert text[d.start:d.end] == d.surface


@pytest.mark.parametrize("lang,text", [
    ("en", "Police cleared the road three days ago."),
    ("en", "Police cleared the road a week ago."),
    ("es", "La policía despejó la vía hace tres días."),
    ("es", "La marcha empezó a las 20 horas."),
    ("es", "Un día después llegaron los militares."),
])
def test_relative_dates_and_times_are_not_durations(lang, text):
    assert find_durations(text, lang) == []


@pytest.mark.parametrize("value,days,end", [
    ("2011-12-04", 60, "2012-02-01"),
    ("2011-12-04", 1, "2011-12-04"),
    ("2011-12-04", 7, "2011-12-10"),
    ("2012-02-28", 2, "2012-02-29"),
    ("2011-12", 31, "2011-12-31"),
    ("2011", 365, "2011-12-31"),
    ("2011-12-04", 0, "2011-12-04"),
])
def test_add_days_gives_the_last_day_of_the_span(value, days, end):
    assert add_days(value, days) == end


# ------------------------------------------------------------------ offsets, data, speed

@pytest.mark.parametrize("lang,text", [
    ("en", "On Sunday, 4 December, police fired tear gas; by 7 December, talks had begun."),
    ("es", "El domingo 4 de diciembre la policía lanzó gases; desde el 7 de diciembre hay diálogo."),
])
def test_offsets_point_at_the_surface(lang, text):
    found = find_dates(text, lang, TUE)
    assert len(found) == 2
    for m in found:
        assert text[m.start:m.end] == m.surface
    assert [m.value for m in found] == ["2011-12-04", "2011-12-07"]


def test_unknown_language_is_a_coded_error():
    with pytest.raises(UnsupportedLanguage) as e:
        find_dates("Hier", "fr", TUE)
    assert e.value.code == "E108" and "dates.yaml" in str(e.value)


def test_malformed_language_file_is_a_coded_error(tmp_path, monkeypatch):
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "dates.yaml").write_text("months: [january\n", encoding="utf-8")
    (tmp_path / "xx" / "numbers.yaml").write_text("- a list, not a mapping\n", encoding="utf-8")
    monkeypatch.setattr(langdata, "LANG_DIR", tmp_path)
    langdata.load.cache_clear()
    try:
        with pytest.raises(BadLanguageData) as e:
            langdata.load("xx", "dates")
        assert e.value.code == "E202" and e.value.line is not None
        with pytest.raises(BadLanguageData, match="mapping"):
            langdata.load("xx", "numbers")
    finally:
        langdata.load.cache_clear()


def test_unquoted_yaml_boolean_in_a_word_list_is_reported():
    with pytest.raises(BadLanguageData, match="Quote it"):
        langdata.require({"preps": ["since", True]}, "preps", list, "en", "dates")


@pytest.mark.parametrize("lang,text", [
    ("en", "On Sunday, some 5,000 farmers marched from Celendín to Cajamarca, where police "
           "fired tear gas; by 7 December, a 60-day state of emergency had been declared."),
    ("es", "El domingo, unos 5.000 campesinos marcharon desde Celendín hasta Cajamarca, donde la "
           "policía lanzó gases; el 7 de diciembre se declaró un estado de emergencia de 60 días."),
])
def test_a_sentence_takes_well_under_a_millisecond(lang, text):
    find_dates(text, lang, TUE)
    find_durations(text, lang)
    n = 200
    t0 = time.perf_counter()
    for _ in range(n):
        find_dates(text, lang, TUE)
        find_durations(text, lang)
    per_sentence = (time.perf_counter() - t0) / n
    assert per_sentence < 0.002, f"{per_sentence * 1000:.2f} ms per sentence"


@pytest.mark.parametrize("lang,text,expected", [
    ("es", "El estado de emergencia se declaró el 14/12 por 30 días.", ["2010-12-14"]),  # > published + 7
    ("es", "La medida se dispuso anoche (05/12) en tres provincias.", ["2011-12-05", "2011-12-05"]),
    ("en", "Pickets were staffed 24/7 and a 9/11 memorial stood nearby.", []),
])
def test_day_month_without_year_only_where_the_language_writes_it(lang, text, expected):
    assert values(text, lang) == expected


def test_day_month_without_year_after_a_weekday():
    # a Friday report: "el miércoles 14/12" is two days earlier
    found = find_dates("Se declaró el miércoles 14/12 por 30 días.", "es", date(2011, 12, 16))
    assert {m.value for m in found} == {"2011-12-14"}


# ------------------------------------------------------------------ issue 9: when

JAN5 = date(2024, 1, 5)   # a Friday


@pytest.mark.parametrize("lang,text,value,value_end", [
    ("en", "The strike runs from January 5 to 19.", "2024-01-05", "2024-01-19"),
    ("es", "El paro va del 5 al 19 de enero.", "2024-01-05", "2024-01-19"),
    ("en", "Farmers blocked roads from January 2 to 30.", "2024-01-02", "2024-01-30"),
    ("es", "Los comuneros bloquearon las vías entre el 2 y el 30 de enero.", "2024-01-02", "2024-01-30"),
])
def test_a_span_without_a_year_takes_the_year_of_its_first_day(lang, text, value, value_end):
    m = only(text, lang, JAN5)
    assert (m.value, m.value_end) == (value, value_end)


@pytest.mark.parametrize("lang,text", [
    ("en", "Teachers marched from 26 to 28 July."),
    ("es", "Los docentes marcharon entre el 26 y el 28 de julio."),
    ("es", "Los docentes marcharon del 26 al 28 de julio."),
])
def test_a_two_day_range_is_one_span(lang, text):
    m = only(text, lang, date(2023, 8, 3))
    assert (m.value, m.value_end) == ("2023-07-26", "2023-07-28")


@pytest.mark.parametrize("lang,text,published,value,value_end", [
    ("en", "Thousands marched last weekend.", MON, "2015-05-23", "2015-05-24"),
    ("en", "Thousands marched over the weekend.", MON, "2015-05-23", "2015-05-24"),
    ("en", "Thousands marched last weekend.", date(2015, 5, 24), "2015-05-16", "2015-05-17"),
    ("en", "Thousands marched this weekend.", date(2015, 5, 24), "2015-05-23", "2015-05-24"),
    ("es", "Miles marcharon el fin de semana pasado.", MON, "2015-05-23", "2015-05-24"),
    ("es", "Miles marcharon el pasado fin de semana.", TUE, "2011-12-03", "2011-12-04"),
    ("es", "Miles marcharon el fin de semana.", MON, "2015-05-23", "2015-05-24"),
    ("es", "Miles marcharon este fin de semana.", MON, "2015-05-23", "2015-05-24"),
])
def test_weekends_are_saturday_and_sunday(lang, text, published, value, value_end):
    m = only(text, lang, published)
    assert (m.value, m.value_end, m.relative) == (value, value_end, True)


@pytest.mark.parametrize("lang,text,value", [
    # Tuesday 20 June 2023: from a report of 3 August, not "20 July" (a Thursday)
    ("es", "El martes 20, mientras se juraba la nueva carta, hubo choques.", "2023-06-20"),
    ("en", "On Tuesday the 20th, police cleared the square.", "2023-06-20"),
    ("es", "La jornada del jueves 15, cuando cientos marcharon, terminó en choques.", "2023-06-15"),
])
def test_a_weekday_and_day_number_take_the_month_where_they_agree(lang, text, value):
    m = only(text, lang, date(2023, 8, 3))
    assert m.value == value


def test_a_bare_day_number_after_the_article_is_a_date():
    m = only("El 21, la policía detuvo a tres dirigentes.", "es", date(2023, 8, 3))
    assert (m.surface, m.value, m.relative) == ("El 21", "2023-07-21", True)


@pytest.mark.parametrize("lang,text", [
    ("es", "La inflación subió el 10%, dijo el ministro."),
    ("es", "El partido terminó el 2 a 1 en Lima."),
    ("es", "Votaron el 2,5 por ciento."),
])
def test_other_numbers_after_the_article_are_not_dates(lang, text):
    assert values(text, lang, date(2023, 8, 3)) == []


@pytest.mark.parametrize("lang,text,days", [
    ("en", "A 61-year-old farmer was shot.", []),
    ("en", "The farmer, aged 61, was 61 years old.", []),
    ("es", "Un estudiante de 25 años murió.", []),
    ("es", "Huayna, de 61 años, fue herido.", []),
    ("es", "Tenía 25 años de edad.", []),
    ("en", "Two days later police cleared the road.", []),
    ("en", "Police came back a week after the clashes.", []),
    ("es", "Seis días después, la empresa detuvo la producción.", []),
    ("es", "Dos días más tarde llegaron los militares.", []),
    # spans stay spans
    ("en", "A 48-hour strike began on Monday for 30 days.", [2, 30]),
    ("es", "Un paro de 48 horas, por 30 días, con una condena de 10 años.", [2, 30, 3650]),
])
def test_ages_and_steps_between_dates_are_not_spans(lang, text, days):
    assert [d.days for d in find_durations(text, lang)] == days


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The strike began on January 3 and ended January 19.", ["2024-01-03", "2024-01-19"]),
    ("es", "El paro empezó el 3 de enero y terminó el 19 de enero.", ["2024-01-03", "2024-01-19"]),
    # in another sentence, a late-January day alone still falls back a year
    ("en", "The strike began on January 3. January 19 was quiet.", ["2024-01-03", "2023-01-19"]),
])
def test_a_later_day_in_the_same_sentence_follows_the_span(lang, text, expected):
    assert values(text, lang, JAN5) == expected


@pytest.mark.parametrize("lang,text,value,value_end", [
    ("es", "Marcharon el 12 y 19 de julio.", "2023-07-12", None),
    ("en", "They marched on July 12 and 19.", "2023-07-12", None),
    ("en", "They marched on 12 and 19 July.", "2023-07-12", None),
    ("es", "Marcharon entre el 12 y el 19 de julio.", "2023-07-12", "2023-07-19"),
    ("en", "They marched between July 12 and 19.", "2023-07-12", "2023-07-19"),
    ("es", "Marcharon el 5 y 6 de julio.", "2023-07-05", "2023-07-06"),
    ("en", "They marched on July 5 and 6.", "2023-07-05", "2023-07-06"),
])
def test_two_days_joined_by_and_are_a_span_only_after_between_or_when_consecutive(lang, text, value, value_end):
    m = only(text, lang, date(2023, 8, 3))
    assert (m.value, m.value_end) == (value, value_end)


def test_weekday_of_last_week() -> None:
    from datetime import date as _d
    from conflictwatch.extract.dates import find_dates
    pub = _d(2019, 6, 11)       # a Tuesday
    assert [d.value for d in find_dates("on Monday of last week", "en", pub)] == ["2019-06-03"]
    assert [d.value for d in find_dates("el lunes de la semana pasada", "es", pub)] == ["2019-06-03"]
    assert [d.value for d in find_dates("on Monday", "en", pub)] == ["2019-06-10"]


def test_a_month_of_the_year_named_after_it() -> None:
    from datetime import date as _d
    from conflictwatch.extract.dates import find_dates
    pub = _d(2019, 12, 15)
    assert [d.value for d in find_dates("in December last year", "en", pub)] == ["2018-12"]
    assert [d.value for d in find_dates("en marzo del año pasado", "es", pub)] == ["2018-03"]


@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Los comuneros bloquearon la vía el 28 del mes pasado.", ["2011-11-28"]),
    ("es", "La huelga empezó el 2 de este mes.", ["2011-12-02"]),
    ("es", "El paro comenzó el 1 del corriente.", ["2011-12-01"]),
    ("en", "Farmers blocked the road on the 28th of last month.", ["2011-11-28"]),
    ("en", "The strike began on the 2nd of this month.", ["2011-12-02"]),
])
def test_a_day_of_a_month_told_relative_to_publication(lang, text, expected):
    assert values(text, lang, date(2011, 12, 6)) == expected


@pytest.mark.parametrize("text,pub,value", [
    # a day after its weekday, followed by a verb: that day, when it fell on that weekday lately
    ("El domingo 24 entró en vigor el estado de sitio.", date(2021, 11, 26), "2021-10-24"),
    ("On Sunday 24 the curfew came into force.", date(2021, 11, 26), "2021-10-24"),
    # ... not a count before a plural noun, nor a day that never fell on that weekday lately
    ("Los choferes pararon el lunes 24 horas.", date(2021, 11, 26), "2021-11-22"),
    ("Murieron el jueves 26 criminales armados.", date(2022, 1, 7), "2022-01-06"),
])
def test_a_weekday_and_a_loose_day_number(text, pub, value):
    lang = "es" if " el " in f" {text} " or text.startswith(("El ", "Los ", "Murieron")) else "en"
    assert find_dates(text, lang, pub)[0].value == value


@pytest.mark.parametrize("surface", ["el 3 del presente mes", "el 3 del presente"])
def test_a_day_of_the_present_month(surface):
    found = find_dates(f"Los comuneros marcharon {surface} en Puno.", "es", date(2023, 5, 10))
    assert [d.value for d in found] == ["2023-05-03"]


def test_a_weekday_before_a_quoted_count_is_no_day_of_the_month():
    found = find_dates('Murieron el jueves 26 "criminales armados", según el ministerio.', "es", date(2022, 1, 7))
    assert [d.value for d in found] == ["2022-01-06"]


@pytest.mark.parametrize("text,expected", [
    # a month inside a proper name is no date (Spanish writes months in lower case)
    ("Miles de personas marcharon a Plaza de Mayo con cacerolas.", []),
    ("La represión se extendió por la Avenida de Mayo y el microcentro.", []),
    ("Los docentes cortaron la Avenida 9 de Julio durante tres horas.", []),
    ("Los vecinos del barrio 1° de Mayo levantaron barricadas.", []),
    # ... but a month is still a month: lower case, with a year, with a day, or after a part
    ("La protesta fue el 9 de julio en Mendoza.", ["2011-07-09"]),
    ("En Mayo de 2020 hubo marchas en Mendoza.", ["2020-05"]),
    ("El 25 de Mayo hubo un acto en la plaza.", ["2011-05-25"]),
    ("A fines de Mayo se levantó el paro.", ["2011-05"]),
])
def test_a_month_inside_a_spanish_place_name_is_no_date(text, expected):
    assert values(text, "es") == expected


def test_a_strikes_day_count_is_no_day_of_the_month():
    assert values("Paro de camioneros, día 7: los gremios anuncian un acuerdo", "es") == []
    assert values("Los mineros marcharon el día 7 en Lima.", "es") != []


def test_the_age_of_a_government_is_no_span_but_a_strikes_age_is():
    assert find_durations("The strike, the first faced by the five-month-old government, was called by the unions.", "en") == []
    assert [d.surface for d in find_durations("Talks to end the ten-day-old strike resumed.", "en")] == ["ten-day"]


@pytest.mark.parametrize("lang,text,value,value_end", [
    ("en", "The villages held a stoppage on 12, 13 and 14 March.", "2015-03-12", "2015-03-14"),
    ("es", "Las comunidades acataron un paro los días 12, 13 y 14 de marzo.", "2015-03-12", "2015-03-14"),
    ("es", "Hubo cortes de ruta entre el 10, 11 y 12 de marzo.", "2015-03-10", "2015-03-12"),
])
def test_a_list_of_days_that_follow_each_other_is_one_span(lang, text, value, value_end):
    [m] = find_dates(text, lang, MON)
    assert (m.value, m.value_end) == (value, value_end)


@pytest.mark.parametrize("lang,text", [
    ("en", "On April 1, the Thursday before Easter, a picket closed the road for 13 hours."),
    ("es", "El 1 de abril, un jueves, un piquete cortó la ruta durante trece horas."),
])
def test_a_weekday_set_beside_a_day_names_that_day(lang, text):
    # (told after the day, the weekday is not another date, read back from publication)
    assert values(text, lang, published=date(2021, 4, 27)) == ["2021-04-01"]


def test_a_relative_day_after_a_date_is_still_its_own():
    assert values("Choques el 4 de diciembre, ayer.", "es") == ["2011-12-04", "2011-12-05"]


@pytest.mark.parametrize("text,value", [
    ("El 2 de mayo los soldados entraron a los bloques del 23 de Enero.", "2011-05-02"),
    ("El 2 de mayo hubo una marcha en el 23 de Agosto y otra por la avenida 18 de Julio.", "2011-05-02"),
])
def test_a_month_with_a_capital_in_a_report_that_writes_months_small_is_a_name(text, value):
    assert values(text, "es") == [value]


def test_a_capital_month_is_a_date_where_the_report_writes_every_month_so():
    assert values("El 2 de Mayo hubo una marcha.", "es") == ["2011-05-02"]


@pytest.mark.parametrize("text,value,value_end", [
    ("Los sindicatos arrancaron con tres jornadas de paro, los días 5, 7 y 9.", "2017-06-05", "2017-06-09"),
    ("Hubo una huelga de 48 horas los días 14 y 15, que dejó las terminales desiertas.", "2017-06-14", "2017-06-15"),
])
def test_days_listed_without_their_month_span_from_the_first_to_the_last(text, value, value_end):
    found = [(d.value, d.value_end) for d in find_dates(text, "es", date(2017, 6, 30))]
    assert found == [(value, value_end)]


def test_days_listed_before_their_month_are_left_to_the_month_pattern():
    found = [(d.surface, d.value) for d in find_dates("Las huelgas de los días 3 y 4 de mayo.", "es", date(2017, 6, 30))]
    assert found == [("3 y 4 de mayo", "2017-05-03")]


@pytest.mark.parametrize("lang,text,span", [
    ("es", "Entre el 30 de julio y el 5 de agosto de 2002, el país vivió sin bancos.", ("2002-07-30", "2002-08-05")),
    ("en", "From July 30 to August 5, 2002, the banks stayed shut.", ("2002-07-30", "2002-08-05")),
    ("en", "Between 30 December and 5 January 2002 the ports stayed shut.", ("2001-12-30", "2002-01-05")),
])
def test_a_span_whose_year_is_told_at_its_end_starts_in_that_year(lang, text, span):
    got = [(d.value, d.value_end) for d in find_dates(text, lang, date(2022, 7, 31))]
    assert got == [span]


@pytest.mark.parametrize("text,value", [
    ("Los maestros marcharon el lunes 28 por Puno, y el martes 29 otros dos gremios se sumaron.", "2011-11-29"),
    ("El martes 29 unos cuarenta comuneros cerraron el puente.", "2011-11-29"),
    ("El martes 29 miles de personas llenaron la plaza.", "2011-11-29"),
])
def test_spanish_weekday_and_day_before_a_quantity_or_another_subject_is_a_date(text, value):
    # (Spanish writes "otros 20 mineros", not "20 otros": the day number is no count)
    assert value in values(text, "es")


@pytest.mark.parametrize("lang,text,value", [
    ("es", "La empresa había presentado hace varias semanas una denuncia por usurpación.", "2024-01"),
    ("es", "Los vecinos bloquearon la vía hace unos días.", "2024-02"),
    ("en", "The company filed a complaint a few weeks ago.", "2024-01"),
    ("en", "Residents blocked the road several weeks ago.", "2024-01"),
])
def test_a_vague_count_back_is_the_month_it_falls_in(lang, text, value):
    found = [d for d in find_dates(text, lang, date(2024, 2, 19)) if d.relative]
    assert [d.value for d in found] == [value]


@pytest.mark.parametrize("text,value", [
    ("Sun 11:15\nHundreds of police are lined up along the perimeter road.", "2016-10-02"),
    ("Sat, 21:40 Police fired tear gas at the marchers.", "2016-10-01"),
])
def test_a_live_blogs_weekday_stamp_is_that_day(text, value):
    found = find_dates(text, "en", date(2016, 10, 3))
    assert [d.value for d in found] == [value]


def test_a_weekday_abbreviation_in_lower_case_is_no_stamp():
    assert find_dates("the sun 11:15 rose over the camp", "en", date(2016, 10, 3)) == []


@pytest.mark.parametrize("text,lang,value", [
    ("A year ago today the centre of the capital looked like a battlefield.", "en", "2009-04-07"),
    ("Two years ago today, police fired on the crowd.", "en", "2008-04-07"),
    ("Hace hoy un año, la policía disparó contra la multitud.", "es", "2009-04-07"),
    ("A year ago, police fired on the crowd.", "en", "2009"),
    ("Hace un año, la policía disparó contra la multitud.", "es", "2009"),
])
def test_years_ago_today_is_that_very_day(text, lang, value):
    assert [d.value for d in find_dates(text, lang, date(2010, 4, 7))] == [value]


@pytest.mark.parametrize("text,lang,value", [
    ("The mayor was arrested in Arua a week ago, on Monday, August 13, at a rally.", "en", "2018-08-13"),
    ("Two weeks ago, on 3 August, police detained six teachers.", "en", "2018-08-03"),
    ("El alcalde fue detenido hace una semana, el lunes 13 de agosto, en un mitin.", "es", "2018-08-13"),
    ("Hace ocho días, el 13 de agosto, la policía detuvo a seis maestros.", "es", "2018-08-13"),
])
def test_a_count_back_with_its_day_beside_it_is_that_day(text, lang, value):
    # a week before publication (21 August) is only about the day told beside it
    assert [d.value for d in find_dates(text, lang, date(2018, 8, 21))] == [value]


def test_a_count_back_alone_stays_counted_from_publication():
    assert [d.value for d in find_dates("Police arrested him a week ago.", "en", date(2018, 8, 21))] == ["2018-08-14"]


@pytest.mark.parametrize("text,lang,value", [
    ("El colectivo convocó nuevas concentraciones para el fin de semana.", "es", "2025-10-18"),
    ("The group has called new rallies for the weekend.", "en", "2025-10-18"),
    ("Miles de personas marcharon el fin de semana en Agadir.", "es", "2025-10-11"),
])
def test_a_weekend_called_for_is_the_coming_one(text, lang, value):
    assert [d.value for d in find_dates(text, lang, date(2025, 10, 15))] == [value]


@pytest.mark.parametrize("text,lang,value", [
    ("Entre el viernes 25 y el domingo 27 de marzo, fin de semana de Pascua, la policía detuvo a cinco "
     "dirigentes.", "es", "2005-03-25"),
    ("On 26 and 27 March, the Easter weekend, police arrested five leaders.", "en", "2005-03-26"),
])
def test_a_weekend_set_beside_the_days_names_those_days(text, lang, value):
    """Not the last weekend before publication: the weekend is the days just told."""
    assert [d.value for d in find_dates(text, lang, date(2005, 4, 22))] == [value]


def test_manana_before_a_weekday_is_tomorrow():
    """"para mañana lunes": the coming Monday (not "la mañana del lunes", a morning)."""
    from datetime import date as _date
    from conflictwatch.extract.dates import find_dates
    got = [(d.surface, d.value) for d in find_dates("Anunciaron una marcha para mañana lunes.", "es", _date(2007, 12, 16))]
    assert got == [("mañana lunes", "2007-12-17")]
    got = [d.value for d in find_dates("La marcha partió en la mañana del lunes.", "es", _date(2007, 12, 16))]
    assert got == ["2007-12-10"]


@pytest.mark.parametrize("lang,text", [
    ("es", "Entre el sábado y el lunes 14 de diciembre, los soldados atacaron la mezquita."),
    ("en", "Between Saturday and Monday, December 14, soldiers attacked the mosque."),
])
def test_a_weekday_alone_before_a_dated_day_is_not_merged_into_a_span_of_this_week(lang, text):
    # the weekday alone would take the last such day before publication (3 December 2016) and
    # make a span up to a day of another year: it stays a mention of its own, which the events'
    # pass then sets in the dated day's week
    got = find_dates(text, lang, date(2016, 12, 5))
    assert len(got) == 2 and got[0].value_end is None, [(d.surface, d.value, d.value_end) for d in got]


@pytest.mark.parametrize("text,lang", [
    ("Un jueves negro\nLa policía cargó contra la marcha.", "es"),
    ("Cada jueves las madres marchan frente a la fiscalía.", "es"),
    ("Los jueves las madres marchan frente a la fiscalía.", "es"),
    ("It happened on a Thursday, as these things do.", "en"),
    ("Every Thursday the mothers march to the prosecutor's office.", "en"),
])
def test_a_weekday_told_as_any_such_day_names_no_day(text, lang):
    assert find_dates(text, lang, date(2013, 8, 14)) == []


@pytest.mark.parametrize("text,lang", [
    ("El jueves la policía cargó contra la marcha.", "es"),
    ("On Thursday the mothers marched to the prosecutor's office.", "en"),
])
def test_a_weekday_told_alone_is_still_the_last_one(text, lang):
    assert [d.value for d in find_dates(text, lang, date(2013, 8, 14))] == ["2013-08-08"]


@pytest.mark.parametrize("text,lang", [
    ("El martes 13 Tsvangirai compareció ante un juzgado de Harare.", "es"),
    ("On Tuesday 13 Tsvangirai appeared before a Harare court.", "en"),
])
def test_a_weekday_and_day_before_a_name_is_that_day(text, lang):
    # the name is the sentence's subject, not what the number counts
    assert [d.value for d in find_dates(text, lang, date(2007, 3, 25))] == ["2007-03-13"]


def test_a_weekday_and_number_before_a_plural_noun_stays_a_count():
    assert [d.value for d in find_dates("El jueves 26 criminales escaparon.", "es", date(2007, 3, 25))] == ["2007-03-22"]


@pytest.mark.parametrize("lang,text,value", [
    ("es", "Hace exactamente un año, Macedonia del Norte vivió los peores disturbios en décadas.", "2014-02-07"),
    ("es", "Hace justo un mes, miles marcharon en Skopie.", "2015-01-07"),
    ("en", "Exactly a year ago, protesters set fire to the municipal building in Bitola.", "2014-02-07"),
])
def test_exactly_so_long_ago_is_that_very_day(lang, text, value):
    assert [d.value for d in find_dates(text, lang, date(2015, 2, 7))] == [value]


@pytest.mark.parametrize("lang,text", [
    ("en", "On Friday the crisis staff dropped the weekend curfew."),
    ("es", "El viernes el presidente dejó en suspenso el toque de queda de fin de semana."),
])
def test_a_weekend_named_as_a_kind_of_curfew_is_no_date(lang, text):
    assert [d.value for d in find_dates(text, lang, date(2020, 7, 10))] == ["2020-07-10"]


def test_a_leap_day_without_a_year_in_a_common_year_takes_the_last_leap_year():
    # (the year the story tells then sets it right; the day itself is never dropped)
    assert [d.value for d in find_dates("The deal was reached on February 29.", "en", date(2019, 9, 25))] == ["2016-02-29"]
    assert [d.value for d in find_dates("El acuerdo llegó el 29 de febrero.", "es", date(2021, 3, 2))] == ["2020-02-29"]


@pytest.mark.parametrize("text,values", [
    ("Every year on the fifth of July, she lights a candle.", ["2016-07-05"]),
    ("On July fourth they marched again.", ["2016-07-04"]),
    ("On the twenty-first of May the miners struck.", ["2016-05-21"]),
    # (a compound is no day: "second-quarter")
    ("In March second-quarter sales fell.", ["2016-03"]),
])
def test_an_english_day_written_as_an_ordinal_word(text, values):
    assert [d.value for d in find_dates(text, "en", date(2016, 7, 5))] == values


def test_a_weekday_with_an_ordinal_day_is_that_day_whatever_follows():
    # "On Friday the 14th the community closed the road": the ordinal ending makes it a day of the
    # month even with no comma after it ("Friday 14 protesters" stays a weekday and a count)
    found = find_dates("On Friday the 14th the community closed the road.", "en", date(2012, 9, 27))
    assert [(d.surface, d.value) for d in found] == [("Friday the 14th", "2012-09-14")]
    found = find_dates("On Friday 14 protesters were hurt.", "en", date(2012, 9, 27))
    assert [d.value for d in found] == ["2012-09-21"]


def test_a_weekday_after_a_last_week_in_a_relative_clause_is_this_weeks():
    text = ("Seven leaders, among them Sheikh Farid, whose disappearance last week set off rioting in Zanzibar, "
            "were charged on Monday with inciting violence.")
    found = {d.surface: d.value for d in find_dates(text, "en", date(2012, 10, 23))}
    assert found["Monday"] == "2012-10-22"
    # (a week that frames the sentence still holds its weekdays)
    found = {d.surface: d.value for d in find_dates("Last week, protesters blocked the highway on Tuesday.", "en",
                                                    date(2012, 10, 23))}
    assert found["Tuesday"] == "2012-10-16"


@pytest.mark.parametrize("lang,text", [
    ("es", "Diez años del martes negro de Abancay."),
    ("en", "Bloody Sunday in Derry is remembered every year."),
])
def test_a_day_named_by_what_happened_on_it_is_no_date(lang, text):
    assert find_dates(text, lang, date(2016, 12, 5)) == []


@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Al caer la tarde había tres muertos: Julio Ticona Medina, de 41 años, y Carlos Lanci, de 46.", []),
    ("en", "June Carter said the strike would go on.", []),
    # guards: a month after a word that dates it, or before a lower-case word, is the month
    ("en", "In June Congress voted the mining law.", ["2011-06"]),
    ("es", "En julio el Congreso votó la ley minera.", ["2011-07"]),
])
def test_a_month_that_is_a_given_name_before_a_surname_is_a_person(lang, text, expected):
    assert values(text, lang) == expected
