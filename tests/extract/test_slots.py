"""When and how many: the date, span and figures an event takes from a short report
(issue 9, parts 4 and 6). Hand-written texts, in English and Spanish."""
from __future__ import annotations

from datetime import date

import pytest

from conflictwatch.pipeline import extract_report
from conflictwatch.records import Report

TUE = date(2011, 12, 6)    # a Tuesday
MON = date(2011, 12, 5)    # a Monday


def events_of(text: str, lang: str, published: date | None = TUE):
    return extract_report(Report(doc_id="t", text=text, published=published, lang=lang)).events


def one(text: str, lang: str, etype: str, published: date | None = TUE):
    found = [e for e in events_of(text, lang, published) if e.type == etype]
    assert len(found) == 1, [(e.type, e.date) for e in events_of(text, lang, published)]
    return found[0]


# ------------------------------------------------------------------ when

@pytest.mark.parametrize("lang,text", [
    ("en", "Truckers in Cusco staged a strike from January 3 to 19."),
    ("es", "Los transportistas de Cusco acataron un paro del 3 al 19 de enero."),
])
def test_a_january_span_in_a_january_report_stays_in_that_year(lang, text):
    ev = one(text, lang, "strike", date(2012, 1, 5))
    assert (ev.date, ev.date_end) == ("2012-01-03", "2012-01-19")


@pytest.mark.parametrize("lang,text", [
    ("en", "On Thursday the government and the unions signed an agreement in Cusco that ends an "
           "18-day strike."),
    ("es", "El jueves el Gobierno y los gremios firmaron en Cusco un acuerdo que puso fin a un "
           "paro de 18 días."),
])
def test_a_span_already_run_ends_on_the_date_told(lang, text):
    evs = events_of(text, lang, date(2011, 12, 9))
    agreement = next(e for e in evs if e.type == "agreement")
    assert (agreement.date, agreement.date_end) == ("2011-12-08", None)


@pytest.mark.parametrize("lang,text", [
    ("en", "Police fired tear gas at protesters in Cajamarca on Sunday after a 48-hour strike began."),
    ("es", "La policía lanzó bombas lacrimógenas contra los manifestantes en Cajamarca el domingo, "
           "en el primer día de un paro de 48 horas."),
])
def test_a_clash_takes_no_span_from_a_strike_told_beside_it(lang, text):
    assert one(text, lang, "crackdown").date_end is None


@pytest.mark.parametrize("lang,text", [
    ("en", "Victoriano Quispe, a 61-year-old farmer, was injured when police fired tear gas at "
           "protesters in Cajamarca on Monday."),
    ("es", "Un comunero de 61 años resultó herido cuando la policía lanzó bombas lacrimógenas "
           "contra los manifestantes en Cajamarca el lunes."),
])
def test_an_age_is_no_span(lang, text):
    assert one(text, lang, "crackdown").date_end is None


@pytest.mark.parametrize("lang,text", [
    ("en", "Thousands of farmers marched through Cajamarca last weekend against the mine."),
    ("es", "Miles de agricultores marcharon el fin de semana pasado por Cajamarca contra la mina."),
])
def test_last_weekend_is_the_weekend_before_publication(lang, text):
    assert one(text, lang, "protest", MON).date == "2011-12-03"


@pytest.mark.parametrize("lang,text,day", [
    ("en", "On 20 November, farmers blocked the highway in Cajamarca. The next day, police "
           "arrested 12 protesters in Cajamarca.", "2011-11-21"),
    ("en", "On 20 November, farmers blocked the highway in Cajamarca. Two days later, police "
           "arrested 12 protesters in Cajamarca.", "2011-11-22"),
    ("es", "El 20 de noviembre, los comuneros bloquearon la carretera en Cajamarca. Al día "
           "siguiente, la policía detuvo a 12 manifestantes en Cajamarca.", "2011-11-21"),
    ("es", "El 20 de noviembre, los comuneros bloquearon la carretera en Cajamarca. Dos días "
           "después, la policía detuvo a 12 manifestantes en Cajamarca.", "2011-11-22"),
])
def test_the_next_day_counts_from_the_last_date_told(lang, text, day):
    assert one(text, lang, "arrest").date == day


@pytest.mark.parametrize("lang,text", [
    ("en", "On November 17, farmers blocked the highway in Cajamarca. On the 21st, police "
           "arrested 12 protesters in Cajamarca."),
    ("es", "El 17 de noviembre, los comuneros bloquearon la carretera en Cajamarca. El 21, la "
           "policía detuvo a 12 manifestantes en Cajamarca."),
])
def test_a_bare_day_number_takes_the_month_in_focus(lang, text):
    # published on 26 December: "the 21st" alone would be 21 December
    assert one(text, lang, "arrest", date(2011, 12, 26)).date == "2011-11-21"


@pytest.mark.parametrize("lang,text", [
    ("en", "The longest dispute came in 2019. On 27 March that year, villagers blocked the access "
           "road to the mine in Cajamarca; at the end of April the company suspended operations "
           "at the mine in Cajamarca."),
    ("es", "El conflicto más largo llegó en 2019. El 27 de marzo de ese año, los comuneros "
           "bloquearon el acceso a la mina en Cajamarca; a fines de abril la empresa suspendió "
           "las operaciones de la mina en Cajamarca."),
])
def test_background_events_keep_their_own_year(lang, text):
    evs = events_of(text, lang, date(2023, 10, 17))
    assert {(e.type, e.date) for e in evs} >= {("blockade", "2019-03-27"), ("suspension", "2019-04")}


@pytest.mark.parametrize("lang,text", [
    ("en", "On 3 March 2019, farmers blocked the highway in Cajamarca. Two days earlier, on "
           "Friday, police had arrested 12 protesters in Cajamarca."),
    ("es", "El 3 de marzo de 2019, los comuneros bloquearon la carretera en Cajamarca. Dos días "
           "antes, la policía había detenido a 12 manifestantes en Cajamarca, el viernes."),
])
def test_without_publication_date_relative_dates_count_from_the_reports_own(lang, text):
    # 3 March 2019 was a Sunday: "Friday" is 1 March
    assert one(text, lang, "arrest", None).date == "2019-03-01"


# ------------------------------------------------------------------ how many

@pytest.mark.parametrize("lang,text", [
    ("en", "Victoriano Huayna, 61, was injured when police fired tear gas at protesters in "
           "Cajamarca on Monday."),
    ("es", "Victoriano Huayna, 61, resultó herido cuando la policía lanzó bombas lacrimógenas "
           "contra los manifestantes en Cajamarca el lunes."),
])
def test_an_age_is_not_an_injury_count(lang, text):
    assert one(text, lang, "crackdown").injuries is None


@pytest.mark.parametrize("lang,text", [
    ("en", "On Thursday 1, farmers began a strike in Cajamarca, and hundreds of people marched."),
    ("es", "El jueves 1, los agricultores iniciaron un paro en Cajamarca y cientos de personas "
           "marcharon."),
])
def test_a_day_number_is_not_a_crowd(lang, text):
    ev = one(text, lang, "strike")
    assert (ev.date, ev.participants) == ("2011-12-01", None)


@pytest.mark.parametrize("lang,text", [
    ("es", "Un grupo de manifestantes bloqueó el lunes la carretera en Cajamarca."),
    ("es", "Una columna de comuneros bloqueó el lunes la carretera en Cajamarca."),
])
def test_un_is_not_one_unless_a_count(lang, text):
    assert one(text, lang, "blockade").participants is None


@pytest.mark.parametrize("lang,text,arrests", [
    ("en", "Police arrested 30 protesters in Cajamarca on Monday, 14 of them minors.", 30),
    ("en", "Police arrested 30 protesters in Cajamarca on Monday; among those detained were "
           "14 minors.", 30),
    ("es", "La policía detuvo el lunes a 30 manifestantes en Cajamarca, entre ellos 14 menores "
           "de edad.", 30),
    ("es", "La policía detuvo el lunes a 30 manifestantes en Cajamarca, 14 de ellos menores.", 30),
])
def test_a_sub_count_of_those_arrested_is_not_the_total(lang, text, arrests):
    assert one(text, lang, "arrest").arrests == arrests


@pytest.mark.parametrize("lang,text", [
    ("en", "Clashes with police in Cajamarca on Monday left 40 dead. Fourteen of the dead were "
           "police officers."),
    ("es", "Los enfrentamientos con la policía en Cajamarca dejaron el lunes 40 muertos. "
           "Catorce de los muertos eran policías."),
])
def test_a_sub_count_of_the_dead_is_not_the_toll(lang, text):
    assert one(text, lang, "crackdown").fatalities == 40


@pytest.mark.parametrize("lang,text", [
    ("en", "A tally put the toll since Tuesday at 148 dead; on Sunday alone at least 26 people "
           "were killed in clashes with police in Cajamarca."),
    ("es", "Un recuento elevaba a 148 los fallecidos desde el martes; solo el domingo murieron al "
           "menos 26 personas en enfrentamientos con la policía en Cajamarca."),
])
def test_casualties_stay_with_the_clash_that_caused_them(lang, text):
    assert one(text, lang, "crackdown").fatalities == 26


@pytest.mark.parametrize("lang,text", [
    ("en", "Clashes between police and protesters in Cajamarca on Sunday left at least 97 dead."),
    ("es", "Los enfrentamientos entre policías y manifestantes en Cajamarca dejaron el domingo al "
           "menos 97 muertos."),
])
def test_at_least_97_dead_is_97(lang, text):
    assert one(text, lang, "crackdown").fatalities == 97


@pytest.mark.parametrize("lang,text", [
    ("en", "The government on Tuesday declared a state of emergency in Puno, a day after 17 "
           "people were killed in clashes with police in Juliaca."),
    ("es", "El Gobierno declaró el martes el estado de emergencia en Puno, un día después de que "
           "17 personas murieran en enfrentamientos con la policía en Juliaca."),
])
def test_a_clash_told_a_day_before_the_date_lies_a_day_before(lang, text):
    evs = events_of(text, lang, date(2011, 12, 7))
    assert {(e.type, e.date) for e in evs} >= {("state_of_emergency", "2011-12-06"),
                                              ("crackdown", "2011-12-05")}


@pytest.mark.parametrize("lang,text", [
    ("en", "The deal was signed last Tuesday, 3 October, in Zacatecas after weeks of talks."),
    ("es", "El convenio fue firmado el martes pasado, 3 de octubre, en Zacatecas tras semanas de "
           "negociaciones."),
])
def test_a_weekday_before_a_full_date_leaves_the_day_to_its_month(lang, text):
    from conflictwatch.extract.dates import find_dates
    assert [d.value for d in find_dates(text, lang, date(2023, 10, 6))] == ["2023-10-03"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Thousands of teachers began a strike in Cajamarca on Monday. Two people died and 30 "
           "were injured, officials said."),
    ("es", "Miles de docentes iniciaron el lunes un paro en Cajamarca. Dos personas murieron y 30 "
           "resultaron heridas, según las autoridades."),
])
def test_a_toll_told_after_a_strike_is_not_the_strikes(lang, text):
    ev = one(text, lang, "strike")
    assert (ev.fatalities, ev.injuries) == (None, None)


@pytest.mark.parametrize("lang,text", [
    ("en", "Police fired tear gas at protesters in Cajamarca on Monday. Two young men, aged 20 "
           "and 21, were wounded."),
    ("es", "La policía lanzó bombas lacrimógenas contra los manifestantes en Cajamarca el lunes. "
           "Dos jóvenes de 20 y 21 años resultaron heridos."),
])
def test_ages_after_a_clash_are_not_its_injuries(lang, text):
    assert one(text, lang, "crackdown").injuries in (None, 2)


@pytest.mark.parametrize("lang,text", [
    ("en", "On Saturday the army declared a curfew in Santiago from 10 p.m. on Saturday until "
           "7 a.m. on Sunday."),
    ("es", "El sábado el Ejército decretó un toque de queda en Santiago desde las 22:00 del "
           "sábado hasta las 07:00 del domingo."),
])
def test_a_curfew_until_a_weekday_ends_on_the_day_after(lang, text):
    ev = one(text, lang, "state_of_emergency", date(2019, 10, 19))
    assert (ev.date, ev.date_end) == ("2019-10-19", "2019-10-20")


@pytest.mark.parametrize("lang,text", [
    ("en", "The emergency decree, published on Wednesday, covers the districts of Challhuahuacho "
           "and Coyllurqui in Cotabambas province, Apurimac region, for 30 days."),
    ("es", "El decreto que declara el estado de emergencia, publicado el miércoles, rige en los "
           "distritos de Challhuahuacho y Coyllurqui, en la provincia de Cotabambas, región "
           "Apurímac, por 30 días."),
])
def test_a_decrees_span_may_stand_far_from_its_trigger(lang, text):
    evs = events_of(text, lang, date(2011, 12, 9))
    assert [(e.date, e.date_end) for e in evs if e.type == "state_of_emergency"] == \
        [("2011-12-07", "2012-01-05")]


@pytest.mark.parametrize("lang,text", [
    ("en", "The truckers' strike in Puno, now in its tenth day, has left markets empty."),
    ("es", "El paro de transportistas en Puno, que cumple su décimo día, dejó los mercados vacíos."),
    ("es", "La huelga de transportistas en Puno, que cumple hoy diez días, dejó los mercados vacíos."),
])
def test_a_strike_in_its_tenth_day_began_nine_days_before(lang, text):
    assert one(text, lang, "strike", date(2023, 6, 19)).date == "2023-06-10"


@pytest.mark.parametrize("lang,text", [
    ("en", "The prime minister resigned on Monday, ending 15 years in power, as thousands of "
           "people marched into the capital."),
])
def test_a_span_of_something_else_does_not_move_the_march(lang, text):
    assert one(text, lang, "protest", date(2024, 8, 6)).date == "2024-08-05"


@pytest.mark.parametrize("lang,text,etype,slot,value", [
    ("en", "More than 100 protesters, including 15 minors, were detained in Lima on Friday.",
     "arrest", "arrests", 100),
    ("es", "Tres personas, entre ellas un menor de 15 años, murieron en los enfrentamientos con "
           "la policía en Cusco el jueves.", "crackdown", "fatalities", 3),
    ("es", "Al menos 12 personas resultaron heridas, 4 de ellas de gravedad, en los choques con la "
           "policía en Juliaca el viernes.", "crackdown", "injuries", 12),
])
def test_an_aside_does_not_part_a_figure_from_its_verb(lang, text, etype, slot, value):
    assert getattr(one(text, lang, etype, date(2023, 6, 19)), slot) == value


def test_un_before_a_person_is_one():
    ev = one("En los choques del jueves con la policía en Cusco murió un comunero y un policía "
             "resultó herido.", "es", "crackdown", date(2023, 6, 19))
    assert (ev.fatalities, ev.injuries) == (1, 1)


@pytest.mark.parametrize("lang,text,start", [
    ("en", "Farmers in Puno have been on strike for 20 days.", "2023-05-31"),
    ("en", "Truckers have blocked the highway in Puno for the past five days.", "2023-06-15"),
    ("es", "Los agricultores de Puno llevan 20 días en huelga.", "2023-05-31"),
])
def test_a_span_run_so_far_ends_at_publication_not_after_it(lang, text, start):
    ev = next(e for e in events_of(text, lang, date(2023, 6, 19)))
    assert (ev.date, ev.date_end) == (start, "2023-06-19")


@pytest.mark.parametrize("lang,text", [
    ("en", "On Tuesday a crowd of about 6,000 torched the town hall in Juliaca."),
    ("es", "El martes una multitud de unos 6.000 incendió la municipalidad de Juliaca."),
])
def test_a_crowd_of_n_is_the_crowd(lang, text):
    assert one(text, lang, "riot").participants == 6000


@pytest.mark.parametrize("lang,text,arrests", [
    ("en", "In Cusco on Monday a man fired at marchers; police disarmed and arrested him.", 1),
    ("en", "Police detained the union's regional president in Cusco on Monday.", 1),
    ("en", "The farmers' leader was arrested in Cusco on Monday.", 1),
    ("es", "El lunes la policía detuvo en Cusco al abogado de los comuneros.", 1),
    ("es", "El dirigente fue detenido el lunes en Cusco.", 1),
    ("es", "La policía detuvo al menos a 20 manifestantes el lunes en Cusco.", 20),
])
def test_one_person_arrested_without_a_number_is_one(lang, text, arrests):
    assert one(text, lang, "arrest", date(2023, 6, 20)).arrests == arrests


@pytest.mark.parametrize("lang,text", [
    ("en", "Juan Quispe, a farmer from Cocachacra, died after police fired tear gas at protesters "
           "in Arequipa on Monday."),
    ("en", "Rosa Mamani died of pellet wounds after clashes with police in Arequipa on Monday."),
    ("es", "Juan Quispe, agricultor de Cocachacra, murió tras los enfrentamientos con la policía "
           "en Arequipa el lunes."),
])
def test_a_named_person_who_died_in_a_clash_is_one_death(lang, text):
    assert one(text, lang, "crackdown", date(2023, 6, 20)).fatalities == 1


@pytest.mark.parametrize("lang,text", [
    ("en", "Police advanced on the crowd with rubber bullets and tear gas in Humahuaca on Saturday. "
           "At least four people needed medical care."),
    ("es", "La policía avanzó con balas de goma y gases lacrimógenos en Humahuaca el sábado. Al "
           "menos cuatro personas debieron ser atendidas."),
])
def test_people_who_needed_medical_care_are_injured(lang, text):
    assert one(text, lang, "crackdown", date(2023, 7, 3)).injuries == 4


@pytest.mark.parametrize("lang,text,etype,day", [
    ("es", "Los comuneros bloquearon la ruta en Jujuy el 5, 6 y 7 de julio.", "blockade", "2023-07-05"),
    ("es", "Los docentes marcharon en Jujuy el 20, el 21 y el 22 de junio.", "protest", "2023-06-20"),
])
def test_a_list_of_days_takes_the_month_that_closes_it(lang, text, etype, day):
    assert one(text, lang, etype, date(2023, 8, 3)).date == day


@pytest.mark.parametrize("lang,text", [
    ("en", "On 20 June police cleared the square in Jujuy. Sixty-three people were detained in "
           "Jujuy; two days later the security minister resigned."),
    ("es", "El 20 de junio la policía despejó la plaza en Jujuy. Sesenta y tres personas fueron "
           "detenidas en Jujuy; dos días después renunció el ministro de Seguridad."),
])
def test_a_date_in_a_later_clause_is_not_the_triggers(lang, text):
    assert one(text, lang, "arrest", date(2023, 7, 5)).date == "2023-06-20"


@pytest.mark.parametrize("lang,text", [
    ("en", "The death toll from Monday's clashes with police in Juliaca rose to 17."),
    ("es", "La cifra de muertos por los enfrentamientos del lunes con la policía en Juliaca subió a 17."),
])
def test_a_toll_told_apart_from_its_figure_is_the_deaths(lang, text):
    assert one(text, lang, "crackdown", date(2023, 6, 20)).fatalities == 17


def test_days_listed_into_a_range_make_one_span():
    ev = one("Los comuneros bloquearon la ruta en Jujuy el 5, 6 y 7 de julio.", "es", "blockade",
             date(2023, 8, 3))
    assert (ev.date, ev.date_end) == ("2023-07-05", "2023-07-07")
