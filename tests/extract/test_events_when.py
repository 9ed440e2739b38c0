"""The right event gets the right date, and one event stays one (or two stay two)
(issue 9, parts 3 and 4). Hand-written texts, in English and Spanish."""
from __future__ import annotations

from datetime import date

import pytest

from conflictwatch.pipeline import extract_report
from conflictwatch.records import Report

FRI = date(2011, 12, 9)    # a Friday


def events_of(text: str, lang: str, published: date | None = FRI):
    return extract_report(Report(doc_id="t", text=text, published=published, lang=lang)).events


def of_type(text: str, lang: str, etype: str, published: date | None = FRI):
    return sorted((e for e in events_of(text, lang, published) if e.type == etype), key=lambda e: e.date)


@pytest.mark.parametrize("lang,text", [
    ("en", "Police fired tear gas at farmers in Cusco on Wednesday. Clashes resumed on Thursday "
           "morning near the bridge."),
    ("en", "Police fired tear gas at farmers in Cusco on Wednesday. On Thursday police again fired "
           "tear gas near the bridge."),
    ("es", "La policía lanzó gases lacrimógenos contra los campesinos en Cusco el miércoles. Los "
           "enfrentamientos se reanudaron el jueves por la mañana cerca del puente."),
    ("es", "La policía lanzó gases lacrimógenos contra los campesinos en Cusco el miércoles. El "
           "jueves la policía volvió a lanzar gases lacrimógenos cerca del puente."),
])
def test_a_clash_told_as_renewed_on_the_next_day_is_another(lang, text):
    assert [e.date for e in of_type(text, lang, "crackdown")] == ["2011-12-07", "2011-12-08"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Police fired tear gas at farmers in Cusco late on Wednesday. The clashes that began "
           "on Thursday night left five people injured."),
    ("es", "La policía lanzó gases lacrimógenos contra los campesinos en Cusco el miércoles por la "
           "noche. Los enfrentamientos del jueves de madrugada dejaron cinco heridos."),
])
def test_one_clash_told_across_midnight_stays_one(lang, text):
    assert len(of_type(text, lang, "crackdown")) == 1


@pytest.mark.parametrize("lang,text", [
    ("en", "Police fired tear gas at marchers in Khartoum on Wednesday. On Thursday up to 3,000 people "
           "marched in the Inqaz district until police broke up the march with tear gas. Relatives say a "
           "pharmacist was shot dead by security forces in Khartoum on Friday."),
    ("es", "La policía lanzó gases contra los manifestantes en Jartum el miércoles. El jueves, unas tres mil "
           "personas marcharon por el distrito de Inqaz hasta que la policía dispersó la marcha con gases. "
           "Sus familiares dicen que un farmacéutico murió baleado por las fuerzas de seguridad en Jartum el viernes."),
])
def test_a_day_set_at_the_head_of_its_sentence_is_not_loosely_told(lang, text):
    """"On Thursday ..., until police broke up the march": the definite "the march" does not make
    a day told at the head of its own sentence a loose one; Thursday's and Friday's clashes are two."""
    assert [e.date for e in of_type(text, lang, "crackdown")] == ["2011-12-07", "2011-12-08", "2011-12-09"]


WED_14 = date(2023, 7, 14)


@pytest.mark.parametrize("lang,text", [
    ("en", "On Wednesday, at the request of a prosecutor, a judge in Humahuaca ordered the arrest of "
           "21 people who took part in a protest outside the council on 30 June."),
    ("es", "El miércoles, un juez de Humahuaca ordenó la detención de 21 personas que participaron de "
           "una protesta frente al Concejo el 30 de junio."),
])
def test_a_date_in_a_relative_clause_about_others_is_not_the_triggers(lang, text):
    assert [e.date for e in of_type(text, lang, "legal_action", WED_14)] == ["2023-07-12"]
    assert [e.date for e in of_type(text, lang, "protest", WED_14)] == ["2023-06-30"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Some 2,000 workers went on strike at the mine in Mazapil on 7 June. They demand the "
           "reinstatement of 20 colleagues who were fired on 30 May. The company suspended "
           "operations the next day."),
    ("es", "Unos dos mil trabajadores estallaron la huelga en la mina de Mazapil el 7 de junio. "
           "Reclaman un reparto de utilidades mayor al que recibieron el 30 de mayo. La empresa "
           "suspendió las operaciones al día siguiente."),
])
def test_a_date_in_a_relative_clause_does_not_move_the_story(lang, text):
    assert [e.date for e in of_type(text, lang, "suspension", date(2023, 8, 9))] == ["2023-06-08"]


@pytest.mark.parametrize("lang,text", [
    ("en", "The strike, which began on 5 June in Humahuaca, continues."),
    ("es", "La huelga, que comenzó el 5 de junio en Humahuaca, continúa."),
])
def test_a_relative_clause_on_the_trigger_dates_it(lang, text):
    assert [e.date for e in of_type(text, lang, "strike", WED_14)] == ["2023-06-05"]


@pytest.mark.parametrize("lang,text", [
    ("en", "On Wednesday police arrested three men in Humahuaca. On Thursday police arrested a "
           "lawyer in Tilcara."),
    ("es", "El miércoles la policía detuvo a tres hombres en Humahuaca. El jueves la policía detuvo "
           "a un abogado en Tilcara."),
])
def test_the_same_type_on_another_day_in_another_town_is_another_event(lang, text):
    assert [(e.date, e.location) for e in of_type(text, lang, "arrest", WED_14)] == [
        ("2023-07-12", "Humahuaca"), ("2023-07-13", "Tilcara")]


# ------------------------------------------------------------------ where

@pytest.mark.parametrize("lang,text,pub,admin1", [
    ("en", "After dark, residents of Githurai, a settlement on the Thika highway in Kiambu county, on "
           "Nairobi's northern edge, said police fired tear gas on Tuesday.", date(2024, 6, 26), "Kiambu"),
    ("en", "Police fired tear gas at protesters on Saturday in Salcedo, a town an hour south of Quito "
           "in Cotopaxi province.", date(2022, 6, 20), "Cotopaxi"),
    ("es", "En Salcedo, un pueblo a una hora de Quito, en la provincia de Cotopaxi, la policía lanzó "
           "gases lacrimógenos el sábado.", date(2022, 6, 20), "Cotopaxi"),
])
def test_a_region_named_as_one_outweighs_a_landmark_town_of_another(lang, text, pub, admin1):
    assert [e.admin1 for e in of_type(text, lang, "crackdown", pub)] == [admin1]


def test_a_road_named_after_a_town_is_not_that_town():
    ev = of_type("Police fired tear gas at protesters on Tuesday on the Thika highway in Kiambu.",
                 "en", "crackdown", date(2024, 6, 26))
    assert [e.location for e in ev] == ["Kiambu"]


@pytest.mark.parametrize("text,pub,admin1", [
    ("El paro nacional sigue en Ecuador.\n\nLa policía detuvo a 20 manifestantes en la "
     "capital cotopaxense el lunes.", date(2022, 6, 15), "Cotopaxi"),
    ("Sigue el paro docente en la Argentina.\n\nLa policía detuvo a 20 manifestantes en la capital "
     "jujeña el lunes.", date(2023, 6, 21), "Jujuy"),
])
def test_the_capital_with_a_regional_adjective_is_that_regions(text, pub, admin1):
    assert [e.admin1 for e in of_type(text, "es", "arrest", pub)] == [admin1]


@pytest.mark.parametrize("lang,text,etype,admin1", [
    ("es", "En Jujuy, un corte de ruta bloqueó el acceso al aeropuerto el martes y los vuelos fueron "
           "desviados a Salta.", "blockade", "Jujuy"),
    ("en", "In Jujuy, a roadblock cut access to the airport on Tuesday and flights were diverted to "
           "Salta.", "blockade", "Jujuy"),
])
def test_where_flights_or_people_went_away_to_is_not_the_place(lang, text, etype, admin1):
    assert [e.admin1 for e in of_type(text, lang, etype, date(2023, 6, 21))] == [admin1]


def test_fleeing_abroad_does_not_move_a_charge_abroad():
    text = ("Protests in Bagua, Peru, ended in June.\n\nCharged earlier this month with sedition, "
            "the indigenous leader took refuge in the Nicaraguan embassy and flew to Managua on "
            "Wednesday.")
    assert [e.country for e in of_type(text, "en", "legal_action", date(2009, 6, 19))] == ["PE"]


@pytest.mark.parametrize("lang,text", [
    ("es", "Los docentes de Panamá están en huelga desde el lunes 23 de octubre. Ese mismo día, los "
           "obreros cortaron el tránsito en La Chorrera con barricadas."),
    ("en", "Panama's teachers have been on strike since Monday, October 23. That same day, construction "
           "workers blocked the highway in La Chorrera with barricades."),
])
def test_that_same_day_is_the_day_just_told_even_a_start(lang, text):
    assert [e.date for e in of_type(text, lang, "blockade", date(2023, 11, 8))] == ["2023-10-23"]


@pytest.mark.parametrize("lang,text", [
    ("es", "El miércoles, un juez de Humahuaca ordenó la detención de 21 personas que participaron de "
           "una protesta el 30 de junio. Tres hombres quedaron detenidos ese mismo día."),
    ("en", "On Wednesday, a judge in Humahuaca ordered the arrest of 21 people who took part in a "
           "protest on 30 June. Three men were detained that same day."),
])
def test_that_same_day_is_not_a_day_told_in_a_relative_clause(lang, text):
    assert [e.date for e in of_type(text, lang, "arrest", WED_14)] == ["2023-07-12"]


@pytest.mark.parametrize("lang,text", [
    ("en", "The government lifted the curfew in Santiago on 28 October, and now the parties have "
           "agreed to a new constitution."),
    ("es", "El gobierno levantó el toque de queda en Santiago el 28 de octubre, y ahora los partidos "
           "alcanzaron un acuerdo por una nueva constitución."),
])
def test_a_clause_told_now_after_a_dated_one_is_of_the_present(lang, text):
    assert [e.date for e in of_type(text, lang, "agreement", date(2019, 11, 16))] == ["2019-11-16"]


@pytest.mark.parametrize("lang,text", [
    ("en", "On Wednesday the strike in Humahuaca went on. Police arrested 21 people who took part in "
           "the protest on 30 June."),
    ("es", "El miércoles siguió el paro en Humahuaca. La policía detuvo a 21 personas que participaron "
           "de la protesta del 30 de junio."),
])
def test_a_trigger_whose_only_date_is_in_a_relative_clause_keeps_the_date_in_focus(lang, text):
    assert [e.date for e in of_type(text, lang, "arrest", WED_14)] == ["2023-07-12"]


@pytest.mark.parametrize("lang,text", [
    ("en", "About 2,000 miners walked out at the mine in Mazapil on 7 June. On 7 August the company "
           "asked the labour court to rule on the strike. On Tuesday the union and the company signed a "
           "deal to end the strike."),
    ("es", "Unos dos mil mineros estallaron la huelga en la mina de Mazapil el 7 de junio. El 7 de agosto "
           "la empresa pidió al tribunal que revise la huelga. El martes el sindicato y la empresa "
           "firmaron un convenio para levantar la huelga."),
])
def test_the_strike_told_on_later_days_is_the_one_under_way(lang, text):
    assert [e.date for e in of_type(text, lang, "strike", date(2023, 10, 6))] == ["2023-06-07"]


def test_a_new_strike_is_not_the_one_before():
    text = "Miners in Mazapil held a 24-hour strike on 7 June. On 3 October they began a new strike in Mazapil."
    assert [e.date for e in of_type(text, "en", "strike", date(2023, 10, 6))] == ["2023-06-07", "2023-10-03"]


def test_a_date_after_that_in_a_relative_clause_is_not_the_rulings():
    text = ("Panama's Supreme Court on Tuesday declared the mining contract unconstitutional. The court "
            "ruled unanimously after four days of deliberations that began on Friday.")
    assert [e.date for e in of_type(text, "en", "legal_action", date(2023, 11, 28))] == ["2023-11-28"]


def test_said_that_opens_no_relative_clause():
    text = "Police in Panama said that on Friday they arrested 30 protesters in La Chorrera."
    assert [e.date for e in of_type(text, "en", "arrest", date(2023, 11, 28))] == ["2023-11-24"]


@pytest.mark.parametrize("lang,text", [
    ("en", "President Lasso declared a 30-day state of emergency on June 17 in Pichincha province, "
           "including a night curfew in Quito, and widened it on June 20 to six provinces."),
    ("es", "El presidente Lasso declaró el 17 de junio un estado de excepción de 30 días en la provincia "
           "de Pichincha, incluido un toque de queda nocturno en Quito, y lo amplió el 20 de junio a seis "
           "provincias."),
])
def test_what_an_event_includes_is_part_of_it(lang, text):
    assert [e.date for e in of_type(text, lang, "state_of_emergency", date(2022, 6, 30))] == ["2022-06-17"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Peru's Congress on Thursday revoked two decrees that had set off months of protests in Bagua "
           "and, on June 5, a deadly clash. Speaking afterwards, indigenous leaders said they were "
           "calling off their protest."),
    ("es", "El Congreso del Perú derogó el jueves dos decretos que habían desatado meses de protestas en "
           "Bagua y, el 5 de junio, un choque mortal. Tras la votación, los dirigentes indígenas "
           "levantaron el paro amazónico."),
])
def test_a_date_set_off_by_commas_in_a_relative_clause_stays_there(lang, text):
    assert [e.date for e in of_type(text, lang, "agreement", date(2009, 6, 19))] == ["2009-06-18"]


@pytest.mark.parametrize("lang,text,admin1", [
    ("en", "Solidarity grew in Buenos Aires. On 21 June more than 20,000 people marched from the "
           "Obelisk to the Casa de Jujuy on Avenida Santa Fe.", "Buenos Aires F.D."),
    ("es", "La solidaridad creció en Buenos Aires. El 21 de junio más de 20.000 personas marcharon "
           "del Obelisco a la Casa de Jujuy, en la avenida Santa Fe.", "Buenos Aires F.D."),
])
def test_a_provinces_house_or_a_countrys_embassy_is_not_that_place(lang, text, admin1):
    assert [e.admin1 for e in of_type(text, lang, "protest", date(2023, 7, 5))] == [admin1]


@pytest.mark.parametrize("lang,text,day", [
    ("es", "Antenoche la policía detuvo a 12 manifestantes en Juliaca.", "2023-06-19"),
    ("es", "El 1.º de junio la policía detuvo a 12 manifestantes en Juliaca.", "2023-06-01"),
    ("es", "El 20 de junio hubo una marcha en Juliaca. La víspera, la policía detuvo a 12 dirigentes en "
           "Juliaca.", "2023-06-19"),
    ("en", "A march took place in Juliaca on 20 June. The day before, police arrested 12 leaders in "
           "Juliaca.", "2023-06-19"),
])
def test_more_ways_to_tell_a_day(lang, text, day):
    assert [e.date for e in of_type(text, lang, "arrest", date(2023, 6, 21))] == [day]


@pytest.mark.parametrize("lang,text", [
    ("en", "Police arrested 12 leaders in Juliaca the day before the march of 20 June."),
    ("es", "La policía detuvo a 12 dirigentes en Juliaca un día antes de la marcha del 20 de junio."),
])
def test_a_day_before_an_event_of_a_day_told(lang, text):
    assert [e.date for e in of_type(text, lang, "arrest", date(2023, 6, 21))] == ["2023-06-19"]


@pytest.mark.parametrize("lang,text", [
    ("en", "President Lasso declared a 30-day state of emergency on June 17 in Pichincha, Cotopaxi and "
           "Imbabura provinces."),
    ("es", "El Gobierno declaró el 17 de junio el estado de excepción en Pichincha, Cotopaxi e Imbabura."),
])
def test_one_declaration_over_several_regions_has_no_single_region(lang, text):
    ev = of_type(text, lang, "state_of_emergency", date(2022, 6, 30))
    assert [(e.admin1, e.location) for e in ev] == [(None, "Pichincha, Cotopaxi, Imbabura")]


def test_a_declaration_in_one_region_beside_another_named_keeps_its_region():
    text = "El Gobierno declaró el estado de emergencia en Puno el lunes, mientras las protestas se extendían desde Cusco."
    assert [e.admin1 for e in of_type(text, "es", "state_of_emergency", date(2023, 1, 10))] == ["Puno"]


def test_strike_lasts_until_the_agreement_that_called_it_off() -> None:
    from conflictwatch import extract
    text = ("Teachers in Puno began an indefinite strike on Monday 4 March, demanding higher pay.\n\n"
            "On Thursday 14 March the union and the Education Ministry signed an agreement in Puno "
            "and the teachers called off the strike.")
    events = [e for r in extract(text, published="2024-03-15", lang="en") for e in r.events]
    strike = next(e for e in events if e.type == "strike")
    assert strike.date == "2024-03-04"
    assert strike.date_end == "2024-03-14"


def test_an_agreement_about_something_else_ends_no_blockade() -> None:
    from conflictwatch import extract
    text = ("Los comuneros bloquearon la carretera en Challhuahuacho, Apurímac, el lunes 4 de marzo.\n\n"
            "El jueves 14 de marzo el gobierno y los docentes firmaron un acuerdo salarial en Challhuahuacho.")
    events = [e for r in extract(text, published="2024-03-15", lang="es") for e in r.events]
    blockade = next(e for e in events if e.type == "blockade")
    assert blockade.date_end is None


def test_since_the_strike_began_dates_the_blockade_from_the_strike() -> None:
    from conflictwatch import extract
    text = ("Farmers in Espinar, Cusco, began an indefinite strike on Monday 21 May.\n\n"
            "On Sunday 27 May, 46 police officers were hurt in clashes around the mine in Espinar. "
            "Protesters have kept the road from Yauri to Cusco blocked with rocks since the strike began.")
    events = [e for r in extract(text, published="2012-05-29", lang="en") for e in r.events]
    assert any(e.type == "blockade" and e.date == "2012-05-21" for e in events), [(e.type, e.date) for e in events]
    assert [e.date for e in events if e.type == "strike"] == ["2012-05-21"]


def test_desde_que_comenzo_el_paro() -> None:
    from conflictwatch import extract
    text = ("Los comuneros de Espinar, en Cusco, iniciaron un paro indefinido el lunes 21 de mayo.\n\n"
            "El domingo 27 de mayo hubo enfrentamientos en Espinar. "
            "Los manifestantes mantienen bloqueada la vía a Cusco desde que comenzó el paro.")
    events = [e for r in extract(text, published="2012-05-29", lang="es") for e in r.events]
    assert any(e.type == "blockade" and e.date == "2012-05-21" for e in events), [(e.type, e.date) for e in events]


def test_a_time_frame_is_no_span_of_the_curfew() -> None:
    from conflictwatch import extract
    text = ("El alcalde de Cali decretó el jueves un toque de queda en Cali que rigió desde las siete de la noche. "
            "Era la primera vez en unos cincuenta años que la ciudad vivía una medida así.")
    events = [e for r in extract(text, published="2019-11-22", lang="es") for e in r.events]
    soe = next(e for e in events if e.type == "state_of_emergency")
    assert soe.date == "2019-11-21" and soe.date_end is None


def test_striking_miners_are_the_strike_already_under_way() -> None:
    from conflictwatch import extract
    text = ("RUSTENBURG, Aug 17 - Police killed 34 striking miners at the Marikana mine, in North West, on Thursday.\n\n"
            "Some 3,000 rock drill operators at Marikana downed tools last Friday to press for higher wages.")
    events = [e for r in extract(text, published="2012-08-17", lang="en") for e in r.events]
    assert [e.date for e in events if e.type == "strike"] == ["2012-08-10"]


def test_el_paro_llega_hoy_a_su_decimotercer_dia() -> None:
    from conflictwatch import extract
    text = "En Espinar, Cusco, el paro indefinido llega hoy a su decimotercer día."
    events = [e for r in extract(text, published="2012-06-02", lang="es") for e in r.events]
    assert [e.date for e in events if e.type == "strike"] == ["2012-05-21"]


def test_the_day_a_yardstick_names_can_still_date_its_own_when_clause() -> None:
    from conflictwatch import extract
    text = ("HARARE, Jan 15 - Police in Harare arrested 200 people on Tuesday after fuel protests.\n\n"
            "The unrest is the deadliest since August last year, when soldiers "
            "opened fire on opposition supporters in central Harare, killing six people.")
    events = [e for r in extract(text, published="2019-01-15", lang="en") for e in r.events]
    assert any(e.type == "crackdown" and e.date == "2018-08" for e in events), [(e.type, e.date) for e in events]


def test_a_national_shutdown_is_national_even_when_a_town_is_named() -> None:
    from conflictwatch import extract
    text = ("Three people were killed on Monday, the first day of a three-day national shutdown called by the "
            "unions, including a police officer stoned to death in Bulawayo.")
    events = [e for r in extract(text, published="2019-01-15", lang="en") for e in r.events]
    strike = [e for e in events if e.type == "strike"]
    assert strike and strike[0].admin1 is None, [(e.type, e.admin1) for e in events]


def test_a_deal_is_not_dated_by_the_start_of_the_strike_it_ends() -> None:
    from conflictwatch import extract
    text = ("MOQUEGUA, 19 jun - Los dirigentes de Moquegua levantaron ayer el paro indefinido que mantenía "
            "paralizada la región desde el 11 de junio, luego de firmar un acta con el Ejecutivo.")
    events = [e for r in extract(text, published="2008-06-19", lang="es") for e in r.events]
    deal = [e.date for e in events if e.type == "agreement"]
    assert deal and "2008-06-11" not in deal, [(e.type, e.date) for e in events]


def test_un_paro_que_completa_nueve_dias_began_eight_days_ago() -> None:
    from conflictwatch import extract
    text = ("TUNJA, 27 ago - Campesinos de Boyacá instalaron este martes una mesa de diálogo para buscar una "
            "salida al paro nacional agrario, que completa nueve días con las vías de Boyacá cerradas.")
    events = [e for r in extract(text, published="2013-08-27", lang="es") for e in r.events]
    strike = [e for e in events if e.type == "strike"]
    assert strike and strike[0].date == "2013-08-19", [(e.type, e.date, e.date_end) for e in events]




@pytest.mark.parametrize("lang,text", [
    ("en", "Two months into the strike that has halted the Tintaya copper mine, the company has gone to the "
           "labour court.\n\nThe union's 900 members walked off the job on 3 October, demanding a share of "
           "the profits."),
    ("es", "A dos meses del estallido de la huelga que tiene detenida la mina de cobre Tintaya, la compañía "
           "optó por la vía judicial.\n\nLos 900 afiliados del sindicato iniciaron la huelga el 3 de octubre "
           "para exigir parte de las utilidades."),
])
def test_an_undated_mention_is_the_dated_event_not_another_on_the_day_of_publication(lang, text):
    evs = [e for e in events_of(text, lang, published=date(2011, 12, 6)) if e.type == "strike"]
    assert [e.date for e in evs] == ["2011-10-03"]
    assert len(evs[0].evidence) == 2       # the lead's mention is cited as the same strike's


@pytest.mark.parametrize("lang,text", [
    ("en", "Thousands marched in Chilpancingo on Wednesday. The assembly called a new national day of "
           "protest for November 5."),
    ("es", "Miles de personas marcharon el miércoles en Chilpancingo. La asamblea convocó a una nueva "
           "jornada de protesta para el 5 de noviembre."),
])
def test_a_day_called_for_two_weeks_ahead_is_to_come_not_last_year(lang, text):
    evs = [e for e in events_of(text, lang, published=date(2014, 10, 23)) if e.type == "protest"]
    assert [e.date for e in evs] == ["2014-10-22"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Farmers in Boyacá lifted their roadblocks on Wednesday after signing a deal with the government.\n\n"
           "The strike had begun on 19 August. On 29 August tens of thousands of people marched to the Plaza de "
           "Bolívar in Bogotá. After dark, riot police fired tear gas into the square.\n\n"
           "The next day President Juan Manuel Santos announced that he had ordered the militarisation of Bogotá."),
    ("es", "Los campesinos de Boyacá levantaron los bloqueos el miércoles tras firmar un acuerdo con el Gobierno.\n\n"
           "El paro había empezado el 19 de agosto. El 29 de agosto decenas de miles de personas marcharon hasta "
           "la Plaza de Bolívar, en Bogotá. Al caer la noche, la policía lanzó gases lacrimógenos en la plaza.\n\n"
           "Al día siguiente, el presidente Juan Manuel Santos desplegó 50.000 soldados en Bogotá."),
])
def test_the_next_day_after_a_background_paragraph_follows_the_last_day_told(lang, text):
    ev = [e for e in events_of(text, lang, published=date(2013, 9, 13)) if e.type == "deployment"]
    assert [e.date for e in ev] == ["2013-08-30"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Farmers in Boyacá lifted their roadblocks on Wednesday after signing a deal with the government.\n\n"
           "Potato and milk growers had gone on strike on 19 August and blocked the main roads of the department.\n\n"
           "The government promised on Wednesday to review the trade agreements.\n\n"
           "Human rights groups counted 12 people killed, 485 injured and 262 arrested across the country during "
           "the strike."),
    ("es", "Los campesinos de Boyacá levantaron los bloqueos el miércoles tras firmar un acuerdo con el Gobierno.\n\n"
           "Los productores de papa y leche habían iniciado un paro el 19 de agosto y bloqueado las carreteras del "
           "departamento.\n\nEl Gobierno prometió el miércoles revisar los tratados comerciales.\n\n"
           "Las organizaciones de derechos humanos contaron 12 muertos, 485 heridos y 262 detenidos en todo el país "
           "durante el paro."),
])
def test_a_tally_during_the_strike_takes_the_day_the_strike_began(lang, text):
    [ev] = [e for e in events_of(text, lang, published=date(2013, 9, 13)) if e.type == "arrest"]
    assert (ev.date, ev.arrests) == ("2013-08-19", 262)


@pytest.mark.parametrize("lang,text", [
    ("es", "Comienza la marcha de la Conaie por la avenida 12 de Octubre, en Quito. La policía lanzó gases "
           "lacrimógenos contra los manifestantes."),
    ("en", "The Conaie march set off along 12 de Octubre Avenue in Quito. Police fired tear gas at the marchers."),
])
def test_a_street_named_after_a_date_dates_nothing(lang, text):
    evs = events_of(text, lang, published=date(2022, 6, 14))
    assert evs and all(e.date == "2022-06-14" for e in evs)


@pytest.mark.parametrize("lang,text", [
    ("en", "On Tuesday farmers from the valley marched through Huancayo. On Wednesday a second march, "
           "joined by traders, reached the regional government, and on Thursday students held a rally "
           "in the main square."),
    ("es", "El martes, los agricultores del valle marcharon por Huancayo. El miércoles, una segunda marcha, "
           "a la que se sumaron los comerciantes, llegó al gobierno regional, y el jueves los estudiantes "
           "marcharon hasta la plaza principal."),
])
def test_clauses_each_opened_by_a_day_of_its_own_tell_one_event_each(lang, text):
    assert [e.date for e in of_type(text, lang, "protest")] == ["2011-12-06", "2011-12-07", "2011-12-08"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Farmers marched through Huancayo on Wednesday. On Thursday the regional governor said the "
           "march had been peaceful."),
    ("es", "Los agricultores marcharon el miércoles por Huancayo. El jueves, el gobernador regional "
           "afirmó que la marcha había sido pacífica."),
])
def test_a_day_that_opens_a_telling_is_not_a_new_event(lang, text):
    assert [e.date for e in of_type(text, lang, "protest")] == ["2011-12-07"]


def test_a_reason_clause_with_no_does_not_negate_the_main_verb():
    text = ("Los mototaxistas de Huancayo pararon el lunes 24 horas. El miércoles, al no recibir "
            "respuesta del municipio, volvieron a parar durante toda la jornada.")
    assert [e.date for e in of_type(text, "es", "strike")] == ["2011-12-05", "2011-12-07"]


def test_a_weekday_in_a_timeline_item_is_of_that_items_week():
    text = ("- 21 October – La Paz. The president meets the march leaders for two days of talks. "
            "On Saturday night both sides agree on the text of a law.\n"
            "- 3 November – Oruro. Miners block the highway to Potosí.")
    [ev] = [e for e in events_of(text, "en", published=date(2011, 12, 20)) if e.type == "agreement"]
    assert ev.date == "2011-10-22"


@pytest.mark.parametrize("text,etype,day", [
    ("- 15 August – Trinidad. About a thousand Indigenous people set out on foot for La Paz.", "protest", "2011-08-15"),
    ("- 12 September – Yapacaní. Settlers set up a roadblock on the highway to stop the column.", "blockade", "2011-09-12"),
    ("- 25 September – Yucumo. Around 500 police storm the marchers' camp with batons.", "crackdown", "2011-09-25"),
    ("- 25 September – Yucumo. Some 300 marchers are tied up and driven away in buses.", "arrest", "2011-09-25"),
    ("- 26 September – Rurrenabaque. Residents take over the airstrip.", "blockade", "2011-09-26"),
    ("- 21 October – La Paz. The president meets the march leaders for two days of talks.", "negotiation", "2011-10-21"),
    ("- 5 September – San Borja. Talks with a delegation of ministers break down without agreement.", "negotiation", "2011-09-05"),
])
def test_the_present_of_a_timeline_tells_events(text, etype, day):
    assert day in [e.date for e in events_of(text, "en", published=date(2011, 12, 20)) if e.type == etype]


def test_a_bare_weekday_after_a_dated_narrative_day_is_of_that_week():
    text = ("El viernes 22 de octubre, un par de centenares de antimotines avanzaron sobre el plantón "
            "disparando bombas lacrimógenas. Los enfrentamientos siguieron durante todo el sábado.")
    days = [e.date for e in events_of(text, "es", published=date(2021, 11, 26)) if e.type == "crackdown"]
    assert "2021-11-20" not in days and "2021-10-22" in days


def test_this_weeks_weekday_after_a_recent_dated_day_stays_this_weeks():
    text = ("Los bloqueos comenzaron el martes 24 de enero en Espinar. La víspera de la declaratoria, "
            "el miércoles, la policía intentó despejar el puente y se enfrentó con los manifestantes.")
    days = [e.date for e in events_of(text, "es", published=date(2023, 2, 2)) if e.type == "crackdown"]
    assert days == ["2023-02-01"]


def test_a_weekday_apposed_to_a_date_names_that_date():
    text = ("El 3 de octubre, un jueves, los transportistas paralizan el país. Esa misma noche, "
            "el presidente decreta el estado de excepción en todo el territorio.")
    [ev] = [e for e in events_of(text, "es", published=date(2019, 10, 14)) if e.type == "state_of_emergency"]
    assert ev.date == "2019-10-03"


def test_a_week_of_timeline_item_dates_its_weekdays():
    text = ("- Week of 12 June – Teachers down tools across Jujuy over pay. On Thursday, thousands march "
            "on Government House in San Salvador de Jujuy.\n"
            "- Week of 19 June – Communities barricade Route 9 at Purmamarca.")
    evs = events_of(text, "en", published=date(2023, 7, 5))
    assert "2023-06-15" in [e.date for e in evs if e.type == "protest"]
    assert "blockade" in {e.type for e in evs}


@pytest.mark.parametrize("text,etype", [
    ("El martes 8, los manifestantes irrumpen en la Asamblea Nacional y destrozan el mobiliario.", "riot"),
    ("El lunes 7, miles de indígenas entran en Quito.", "protest"),
    ("El 3 de octubre, los transportistas paralizan el país contra el alza del diésel.", "strike"),
    ("El domingo 13, el Gobierno y la Conaie se sientan a dialogar ante las cámaras.", "negotiation"),
])
def test_the_historical_present_of_a_chronicle(text, etype):
    assert etype in {e.type for e in events_of(text, "es", published=date(2019, 10, 14))}


@pytest.mark.parametrize("lang,text,etype", [
    ("en", "15:15 – Federal police push back a group of marchers on Avenida Rivadavia in Buenos Aires.", "crackdown"),
    ("en", "12:40 – Union columns fill the square outside Congress in Buenos Aires.", "protest"),
    ("es", "Dos días después, la Fiscalía de Guerrero detiene a 22 policías de Iguala.", "arrest"),
    ("es", "Policías municipales persiguen los autobuses en Iguala y abren fuego contra los estudiantes.", "crackdown"),
])
def test_the_present_of_live_blogs_and_chronicles(lang, text, etype):
    assert etype in {e.type for e in events_of(text, lang, published=date(2024, 1, 24))}


def test_a_retrospectives_headline_year_dates_its_days():
    text = ("A veinte años del estallido: cronología de la crisis de 2001\n\n"
            "Hace dos décadas, el país vivía sus jornadas más violentas.\n\n"
            "19 de diciembre – Saqueos en supermercados del conurbano. Por la noche, el presidente decreta el estado de sitio.\n"
            "20 de diciembre – La policía reprime en la Plaza de Mayo; mueren cinco personas.")
    evs = events_of(text, "es", published=date(2021, 12, 19))
    assert {e.date[:4] for e in evs} == {"2001"}
    assert "crackdown" in {e.type for e in evs}


@pytest.mark.parametrize("text,etype", [
    ("- 25 June – Demonstrators loot shops and torch a police post in Kisumu.", "riot"),
    ("- 25 June – Officers shoot dead two protesters near Kondele roundabout in Kisumu.", "crackdown"),
    ("- 3 May – Indigenous guards block the Pan-American Highway at El Pescador, Cauca.", "blockade"),
    ("- 13 May – In Popayán a crowd burns the police building after a death in custody.", "riot"),
])
def test_the_present_of_a_timeline_more(text, etype):
    assert etype in {e.type for e in events_of(text, "en", published=date(2024, 7, 12))}


def test_a_curfew_that_stays_in_force_is_no_new_one():
    text = ("- 2 July – The county security committee slaps a dusk-to-dawn curfew on Kisumu town.\n"
            "- 9 July – Traders reopen their stalls; the curfew stays in force.")
    evs = [e for e in events_of(text, "en", published=date(2024, 7, 12)) if e.type == "state_of_emergency"]
    assert [e.date for e in evs] == ["2024-07-02"]


@pytest.mark.parametrize("text,etype", [
    ("Desde las seis, comuneros de Tarqui cierran la vía a Girón con troncos y piedras, en Azuay.", "blockade"),
    ("Martes 29 – Detienen al alcalde de Espinar en la municipalidad y lo trasladan a Ica.", "arrest"),
    ("Jueves 31 – La Fiscalía formaliza denuncia contra el alcalde de Espinar por atentado contra la seguridad pública.", "legal_action"),
    ("14 de octubre: Gobierno estatal y normalistas se reúnen en Morelia.", "negotiation"),
])
def test_the_spanish_present_of_chronologies(text, etype):
    assert etype in {e.type for e in events_of(text, "es", published=date(2024, 10, 16))}


@pytest.mark.parametrize("lang,text", [
    ("en", "Teachers marched through Cusco on Monday against the reform. Students marched through Cusco "
           "on Tuesday against the fees."),
    ("es", "Los docentes marcharon el lunes por Cusco contra la reforma. Los estudiantes marcharon el "
           "martes por Cusco contra las tarifas."),
])
def test_two_days_told_plainly_are_two_events(lang, text):
    assert [e.date for e in of_type(text, lang, "protest")] == ["2011-12-05", "2011-12-06"]


def test_the_detained_moved_the_next_day_are_the_same_arrest():
    text = ("La policía detuvo el martes a 12 opositores en Masaya. Los detenidos fueron trasladados "
            "el miércoles a Managua.")
    assert len(of_type(text, "es", "arrest")) == 1


@pytest.mark.parametrize("lang,text", [
    ("es", "El martes la policía desbloqueó con gases el puente de la Amistad, en Santa Cruz, y detuvo a siete "
           "personas.\n\nLos bloqueos continúan en los accesos a la ciudad."),
    ("en", "On Tuesday police used tear gas to clear the Amistad bridge in Santa Cruz and detained seven "
           "people.\n\nProtesters continue to block the roads into the city."),
])
def test_what_is_told_as_going_on_now_is_of_the_publication_day(lang, text):
    [ev] = of_type(text, lang, "blockade")
    assert ev.date == FRI.isoformat()


def test_a_live_blog_entry_is_of_the_blogs_day_not_of_the_month_the_story_began():
    text = ("EN DIRECTO | Paro cívico contra la Constituyente\n\n"
            "Las protestas contra el Gobierno comenzaron en abril y han dejado casi cien muertos.\n\n"
            "16.05 — La Guardia Nacional dispersó con gases lacrimógenos a manifestantes que bloqueaban la "
            "autopista Francisco Fajardo, en Caracas.\n\n"
            "09.15 — Vecinos de Chacao levantaron barricadas con basura y escombros en varias calles.")
    evs = events_of(text, "es", published=date(2017, 7, 20))
    assert {e.date for e in evs if e.type in ("crackdown", "blockade")} == {"2017-07-20"}


def test_live_blog_entries_stamped_on_their_own_lines_are_of_the_blogs_day():
    text = ("EN DIRECTO | Paro cívico contra la Constituyente\n"
            "Las protestas contra el Gobierno comenzaron en abril y han dejado casi cien muertos.\n"
            "16:05\n"
            "La Guardia Nacional dispersó con gases lacrimógenos a manifestantes que bloqueaban la "
            "autopista Francisco Fajardo, en Caracas.\n"
            "09:15\n"
            "Vecinos de Chacao levantaron barricadas con basura y escombros en varias calles.")
    evs = events_of(text, "es", published=date(2017, 7, 20))
    assert {e.date for e in evs if e.type in ("crackdown", "blockade")} == {"2017-07-20"}


def test_a_chronology_that_goes_on_past_new_year_moves_to_the_next_year():
    text = ("Timeline of the protests\n\n- 5 November 2024: students block the main road in Novi Sad.\n"
            "- 22 December: tens of thousands march in Belgrade.\n"
            "- 15 February: a huge rally takes place in Kragujevac.\n")
    evs = events_of(text, "en", published=date(2025, 3, 20))
    assert sorted(e.date for e in evs) == ["2024-11-05", "2024-12-22", "2025-02-15"]


def test_a_background_year_still_dates_the_days_told_after_it():
    text = "In June 2009, residents blocked the road to the mine in Cajamarca. On 26 May, they had marched in the city."
    evs = events_of(text, "en", published=date(2019, 3, 20))
    assert sorted(e.date for e in evs) == ["2009-05-26", "2009-06"]


@pytest.mark.parametrize("lang,text", [
    ("en", "For Minera Andina, the company that bought the project in January 2018, the decision was a blow.\n\n"
           "The dispute turned violent on April 17, when villagers set fire to the exploration camp near Tambogrande."),
    ("es", "Para Minera Andina, la empresa que compró el proyecto en enero de 2018, la decisión fue un golpe.\n\n"
           "El conflicto estalló el 17 de abril, cuando los comuneros incendiaron el campamento de exploración cerca de Tambogrande."),
])
def test_a_year_in_a_relative_clause_does_not_date_the_story(lang, text):
    """"the company that bought the project in January 2018": a fact about the company; "April 17"
    in a report of November 2019 is that year's."""
    assert [e.date for e in of_type(text, lang, "riot", date(2019, 11, 15))] == ["2019-04-17"]


@pytest.mark.parametrize("lang,text", [
    ("en", "The eighteen prisoners were freed in Tambacounda on Tuesday.\n"
           "What happened on 23 December\n"
           "Early that morning, students gathered at the technical high school in Kédougou and marched to the centre.\n"
           "By noon the prefecture had been set on fire and looted.\n"
           "What has not happened\n"
           "Nobody has been charged. On Wednesday hundreds of residents marched in Kédougou to demand justice."),
    ("es", "Los dieciocho presos salieron en libertad en Tambacounda el martes.\n"
           "Lo que pasó el 23 de diciembre\n"
           "Esa mañana, los estudiantes se concentraron ante el liceo técnico de Kédougou y marcharon hacia el centro.\n"
           "Al mediodía la prefectura había sido incendiada y saqueada.\n"
           "Lo que no ha pasado\n"
           "Nadie ha sido acusado. El miércoles cientos de vecinos marcharon en Kédougou para exigir justicia."),
])
def test_a_sub_heading_that_names_a_day_dates_its_section(lang, text):
    """"What happened on 23 December" over a section: "that morning" is that day, and the
    section's next paragraph goes on telling it; the next sub-heading brings the story back."""
    evs = events_of(text, lang, published=date(2009, 3, 20))
    assert sorted(e.date for e in evs if e.type == "protest") == ["2008-12-23", "2009-03-18"]
    assert [e.date for e in evs if e.type == "riot"] == ["2008-12-23"]


def test_a_live_blog_line_under_a_stamped_day_takes_that_day():
    """"Jueves 7 de mayo · 1:20 a. m." over "Es oficial: se levanta el paro.": the stamp dates the
    short line under it (not the Friday the next sentence names as the day classes resume)."""
    text = ("EN VIVO | Los maestros levantan el paro en Bogotá\n\n"
            "El paro nacional de los docentes comenzó el miércoles 22 de abril.\n"
            "Jueves 7 de mayo · 1:20 a. m.\n"
            "Es oficial: se levanta el paro. La junta de la federación avaló el texto y los maestros regresan a "
            "las aulas el viernes. Termina así un cese de actividades de quince días.\n"
            "Miércoles 6 de mayo · 12:10 p. m.\n"
            "Miles de docentes marcharon por el centro de Bogotá.")
    evs = events_of(text, "es", published=date(2015, 5, 7))
    assert [e.date for e in evs if e.type == "agreement"] == ["2015-05-07"]
    assert [e.date for e in evs if e.type == "strike"] == ["2015-04-22"]


def test_now_in_an_apposition_does_not_bring_the_story_to_the_present():
    text = "For most of August, the growers, now led by Freddy Machicado, marched almost daily through La Paz."
    assert [e.date for e in events_of(text, "en", published=date(2022, 10, 14)) if e.type == "protest"] == ["2022-08"]


def test_a_strike_begun_in_a_month_keeps_that_month_when_a_later_day_names_it():
    """"started at the end of August ... The strike was suspended on 4 December": one strike, begun
    in August; the later day is no finer date of the month it began in."""
    text = ("The dispute started on farms near De Doorns at the end of August, when workers walked off the job "
            "over pay. The strike was suspended on 4 December while the labour department reviewed the minimum wage.")
    assert [e.date for e in events_of(text, "en", published=date(2013, 1, 17)) if e.type == "strike"] == ["2012-08"]


@pytest.mark.parametrize("lang,text", [
    ("es", "Para entender la rabia hay que volver a junio de 2009. El 3 de ese mes, la empresa paralizó el complejo "
           "de La Oroya. La víspera, el domingo 21, el Gobierno había enviado un contingente de dos mil policías. A la "
           "medianoche del lunes 22 de junio los trabajadores cerraron la carretera con palos y piedras en Yauli."),
    ("en", "To understand the anger one has to go back to June 2009. On the 3rd of that month the company shut the "
           "smelter in La Oroya. The day before, Sunday 21, the government had sent two thousand police. At midnight "
           "on Monday 22 June the workers closed the highway with sticks and stones at Yauli."),
])
def test_a_weekday_with_its_day_number_is_of_the_year_in_focus(lang, text):
    """"el domingo 21" after "junio de 2009", in a report of August 2015: 21 June 2009 (a Sunday,
    as 21 June 2015 was too), not the latest such day."""
    evs = events_of(text, lang, published=date(2015, 8, 16))
    assert {e.date for e in evs if e.type in ("deployment", "blockade")} == {"2009-06-21", "2009-06-22"}


def test_el_pasado_and_a_bare_day_is_that_day():
    [ev] = of_type("El pasado 2, los mineros iniciaron una huelga en Arequipa.", "es", "strike")
    assert ev.date == "2011-12-02"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_weekday_patterns_come_from_the_language_data(lang):
    from conflictwatch.extract.events import _WEEKDAY
    from conflictwatch.extract.langdata import load
    names = load(lang, "dates")["weekdays"]
    assert names and all(_WEEKDAY.fullmatch(n) for n in names)


@pytest.mark.parametrize("lang,text", [
    ("en", "Lawmakers first tried to pass the bill in March 2023, when police used water cannon on "
           "protesters on 7 March 2023 and the ruling party dropped it two days later.\n\n"
           "On 29 April police fired tear gas at thousands of protesters outside parliament."),
    ("es", "Los diputados intentaron aprobar la ley en marzo de 2023, cuando la policía reprimió con cañones "
           "de agua a los manifestantes el 7 de marzo de 2023 y el partido la retiró dos días después.\n\n"
           "El 29 de abril la policía lanzó gases lacrimógenos contra miles de manifestantes frente al parlamento."),
])
def test_a_recent_day_in_a_later_paragraph_than_a_background_year_is_of_now(lang, text):
    # a report of 20 May 2024: 29 April is this year's, not 2023's
    evs = events_of(text, lang, published=date(2024, 5, 20))
    assert "2024-04-29" in {e.date for e in evs if e.type == "crackdown"}
    assert any(e.date.startswith("2023-03") for e in evs if e.type == "crackdown")


def test_a_day_later_the_government_is_a_day_after_the_day_told():
    # "later" takes no object: "A day later the government ..." is no step from "the government"
    text = ("On Thursday 24 November police shot dead two farmers in Celendín. "
            "A day later the government declared a state of emergency in Cajamarca.")
    evs = events_of(text, "en", published=date(2011, 12, 6))
    assert {e.date for e in evs if e.type == "state_of_emergency"} == {"2011-11-25"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Three protesters were shot dead in clashes with police in Celendín in July last year. "
           "A day later the government declared a state of emergency in Cajamarca."),
    ("es", "Tres manifestantes murieron en enfrentamientos con la policía en Celendín en julio del año pasado. "
           "Al día siguiente el Gobierno declaró el estado de emergencia en Cajamarca."),
])
def test_a_day_after_a_month_told_is_in_that_month(lang, text):
    evs = events_of(text, lang, published=date(2013, 1, 28))
    assert {e.date for e in evs if e.type == "state_of_emergency"} == {"2012-07"}


def test_a_day_to_come_stays_to_come_after_a_background_year():
    # "el próximo 5 de junio" in a report of 20 May 2014 was read as June 2014, to come: the
    # background year told before ("En 2010 ...") does not move it back to June 2010
    from conflictwatch.extract.dates import DateMention
    from conflictwatch.extract.events import _with_year_in_focus
    text = "En junio de 2010 la comunidad ganó un juicio. Convocan a una vigilia el próximo 5 de junio."
    told = DateMention(3, 18, "junio de 2010", "2010-06", None, False, None)
    start = text.index("5 de junio")
    to_come = DateMention(start, start + 10, "5 de junio", "2014-06-05", None, False, None)
    out = _with_year_in_focus([told, to_come], text, None, date(2014, 5, 20))
    assert out[1].value == "2014-06-05"


@pytest.mark.parametrize("lang,text", [
    ("es", "La marcha de ayer fue la mayor desde el jueves 24 de noviembre, cuando manifestantes quemaron "
           "la prefectura de Cajamarca. Ese mismo día hubo saqueos en Celendín."),
    ("en", "Yesterday's march was the biggest since Thursday 24 November, when protesters burned the "
           "prefecture in Cajamarca. That same day shops were looted in Celendín."),
])
def test_that_same_day_after_a_since_day_told_with_its_events_is_that_day(lang, text):
    # a report of Tuesday 6 December 2011: the looting was on 24 November, not yesterday
    evs = events_of(text, lang, published=date(2011, 12, 6))
    assert {e.date for e in evs if e.type == "riot"} == {"2011-11-24"}


@pytest.mark.parametrize("lang,text", [
    ("en", "In October 2008 riot police broke up a march of Indigenous farmers on the highway.\n\n"
           "In the second week of March, the government deployed several thousand police officers on the highway."),
    ("es", "En octubre de 2008 la policía dispersó una marcha de campesinos indígenas en la carretera.\n\n"
           "En la segunda semana de marzo, varios miles de policías fueron enviados a la carretera."),
])
def test_a_recent_month_in_a_later_paragraph_than_a_background_year_is_of_now(lang, text):
    # a report of 12 April 2019: last March is 2019's, not 2008's
    evs = events_of(text, lang, published=date(2019, 4, 12))
    assert {e.date for e in evs if e.type == "deployment"} == {"2019-03"}


@pytest.mark.parametrize("lang,text", [
    ("es", "El jueves 4 de octubre, soldados dispararon contra los comuneros que bloqueaban la carretera "
           "en Totonicapán.\n\nLa fiscalía investiga desde entonces quién dio la orden. Los dirigentes "
           "recuerdan que el jueves la policía detuvo a tres comuneros."),
    ("en", "On Thursday, October 4, soldiers fired on villagers blocking the highway in Totonicapán.\n\n"
           "Prosecutors have since been asking who gave the order. Leaders recall that on Thursday police "
           "arrested three villagers."),
])
def test_a_bare_weekday_after_that_weekday_named_with_its_date_is_that_day(lang, text):
    # a report of Saturday 13 October 2012: "Thursday" is the 4th told before, not the 11th
    evs = events_of(text, lang, published=date(2012, 10, 13))
    assert {e.date for e in evs if e.type == "arrest"} == {"2012-10-04"}


def test_a_strike_that_had_lasted_days_began_that_many_days_before_it_was_lifted() -> None:
    text = ("ILO, Oct 7 (Andes Wire) - Dockworkers in Ilo returned to work on Saturday after their union "
            "lifted on Friday a strike that had lasted 10 days.")
    events = events_of(text, "en", published=date(2023, 10, 7))
    strike = next(e for e in events if e.type == "strike")
    assert (strike.date, strike.date_end) == ("2023-09-27", "2023-10-06")


@pytest.mark.parametrize("lang,text", [
    ("en", "ILO, Oct 7 (Andes Wire) - Dockworkers in Ilo returned to work on Saturday after their union lifted on "
           "Friday a strike that had lasted 10 days.\n\nThe strike turned tense on its fourth day, when strikers "
           "piled pallets across the port road in Ilo. Police cleared the blockade with tear gas the following morning."),
    ("es", "ILO, 7 oct (Agencia Sur).- Los portuarios de Ilo volvieron el sábado al trabajo después de que su sindicato "
           "levantara el viernes una huelga que duró 10 días.\n\nEn su cuarto día, los huelguistas bloquearon con "
           "pallets la vía al puerto de Ilo. La policía despejó el bloqueo con gases a la mañana siguiente."),
])
def test_a_day_counted_from_the_start_of_a_strike_dates_what_happened_on_it(lang, text):
    events = events_of(text, lang, published=date(2023, 10, 7))
    got = {(e.type, e.date) for e in events}
    assert ("blockade", "2023-09-30") in got and ("crackdown", "2023-10-01") in got, sorted(got)


@pytest.mark.parametrize("lang,published,text,etype,day,day_end", [
    # a span's end takes "that year" as its start does
    ("en", "2022-02-24", "In 2018 the community set up a protest camp near Tocoa. From August 1 until October 27 that year, "
                         "residents blocked the access road to the mine.", "blockade", "2018-08-01", "2018-10-27"),
    # a state of emergency N days old was declared N-1 days before
    ("es", "2021-10-28", "El municipio de El Estor cumple hoy cuatro días bajo estado de sitio.",
     "state_of_emergency", "2021-10-25", None),
    # a span named by its action, anywhere in the sentence
    ("es", "2021-10-27", "Tras siete días de cierre, la minga indígena levantó en la madrugada de este miércoles el "
                         "bloqueo de la vía Panamericana en Cajibío.", "blockade", "2021-10-21", "2021-10-27"),
])
def test_spans_told_from_their_end_or_their_year(lang, published, text, etype, day, day_end):
    events = events_of(text, lang, published=date.fromisoformat(published))
    ev = next(e for e in events if e.type == etype)
    assert (ev.date, ev.date_end) == (day, day_end)


def test_a_river_named_after_a_month_is_no_date() -> None:
    text = "El viernes, otro grupo de la minga cerró el paso en el puente sobre el río Mayo, en el límite con Nariño."
    events = events_of(text, "es", published=date(2024, 4, 20))
    assert [e.date for e in events if e.type == "blockade"] == ["2024-04-19"]


def test_a_week_ago_today_is_a_week_ago() -> None:
    text = "A week ago today, some 2,000 residents of Kyebi marched through the town to demand that the leases be revoked."
    events = events_of(text, "en", published=date(2024, 1, 3))
    assert [e.date for e in events if e.type == "protest"] == ["2023-12-27"]


@pytest.mark.parametrize("lang,text", [
    ("en", "On Monday the government declared a 15-day state of emergency in Celendín after farmers blocked the road."),
])
def test_a_span_named_with_another_action_is_not_the_blockades(lang, text):
    evs = events_of(text, lang)
    soe = next(e for e in evs if e.type == "state_of_emergency")
    assert soe.date_end is not None
    assert [e.date_end for e in evs if e.type == "blockade"] == [None]


@pytest.mark.parametrize("lang,text,day", [
    ("en", "All 27 are due to be arraigned at the court in Cajamarca on Friday.", "2011-12-16"),
    ("en", "The union said it will march again on Tuesday.", "2011-12-13"),
    ("es", "Los 27 detenidos serán llevados ante el juez de Cajamarca el viernes.", "2011-12-16"),
    ("en", "Police detained 27 farmers in Celendín on Tuesday.", "2011-12-06"),
])
def test_a_weekday_told_in_the_future_is_the_next_one(lang, text, day):
    from conflictwatch.extract import dates as dates_mod
    from conflictwatch.extract.events import _mark_future
    [d] = _mark_future(dates_mod.find_dates(text, lang, FRI), text, FRI)
    assert d.value == day


@pytest.mark.parametrize("text", [
    "El lunes unos 2.000 maestros marcharon por el centro de Santo Domingo.",
    "El lunes unos 2.000 maestros marcharon en Cajamarca tras la muerte del comunero Pascual Domingo.",
])
def test_a_capitalised_weekday_after_a_name_is_part_of_the_name(text):
    # (FRI: 9 December 2011; "Domingo" read as a day would be the 4th)
    assert [e.date for e in events_of(text, "es") if e.type == "protest"] == ["2011-12-05"]


def test_a_weekday_told_with_would_is_the_next_one():
    # published on Thursday 8 December 2011: the arrests were not made on Friday 2 December
    text = ("Residents blocked the R37 near Burgersfort on Wednesday. Police said 11 people were arrested for "
            "public violence and would appear in court on Friday.")
    evs = extract_report(Report(doc_id="t", text=text, published=date(2011, 12, 8), lang="en")).events
    arrests = [e for e in evs if e.type == "arrest"]
    assert arrests and all(e.date != "2011-12-02" for e in arrests), [(e.type, e.date) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("es", "Los ejidatarios bloquean desde el lunes el camino a la mina. No es la primera vez: en 2015 el mismo "
           "camino estuvo bloqueado del 3 de marzo al 12 de abril, cuando la policía desalojó el campamento."),
    ("en", "Villagers have blocked the mine road since Monday. It is not the first time: in 2015 the same road "
           "was blocked from 3 March to 12 April, when police cleared the camp."),
])
def test_a_day_told_after_a_bare_year_in_its_sentence_is_of_that_year(lang, text):
    evs = extract_report(Report(doc_id="t", text=text, published=date(2022, 5, 12), lang=lang)).events
    old = [e for e in evs if e.type == "blockade" and e.date and e.date.startswith("2015")]
    assert [(e.date, e.date_end) for e in old] == [("2015-03-03", "2015-04-12")], [(e.type, e.date) for e in evs]
    assert not any(e.date and e.date.startswith("2022-03") for e in evs)


@pytest.mark.parametrize("lang,text", [
    ("es", "QUITO, 16 oct. El Gobierno amplió el miércoles el estado de excepción, mientras el paro de las "
           "comunidades shuar cumple hoy dieciséis días en Gualaquiza."),
    ("es", "El bloqueo de la vía a la mina, en Gualaquiza, lleva ya dieciséis días."),
    ("es", "El bloqueo de la vía a la mina, en Gualaquiza, lleva ya 16 días."),
    ("en", "Farmers kept the highway at Gualaquiza blocked for a sixteenth day on Thursday."),
])
def test_a_count_of_days_told_dates_the_start(lang, text):
    # published on Thursday 16 October 2025: the sixteenth day began on 1 October
    evs = extract_report(Report(doc_id="t", text=text, published=date(2025, 10, 16), lang=lang)).events
    action = [e for e in evs if e.type in ("strike", "blockade")]
    assert action and action[0].date == "2025-10-01", [(e.type, e.date) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("es", "El viernes 1 de julio, por la mañana, la policía detuvo al dirigente en Potosí. La noticia corrió por "
           "la ciudad. Hacia las tres de la tarde miles de personas rodearon la gobernación. Las autoridades lo "
           "soltaron esa misma tarde.\n\nLo que vino después está documentado a medias. Durante todo el sábado, "
           "policías llegados desde La Paz dispersaron a la gente con gases lacrimógenos."),
    ("en", "On Friday 1 July, in the morning, police detained the leader in Potosí. The news spread across the "
           "city. By three in the afternoon thousands of people had surrounded the governor's office. The "
           "authorities let him go that same afternoon.\n\nWhat came next is only half documented. Throughout "
           "Saturday, police units flown in from La Paz dispersed the crowds with tear gas."),
])
def test_a_bare_weekday_in_the_paragraph_after_a_dated_past_day_is_of_that_week(lang, text):
    evs = extract_report(Report(doc_id="t", text=text, published=date(2023, 2, 1), lang=lang)).events
    assert [e.date for e in evs if e.type == "crackdown"] == ["2022-07-02"], [(e.type, e.date) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("es", "Los hechos empezaron el lunes 16 de abril de 2012 en Bumbuna, en la Provincia Norte. Ese día, cientos "
           "de trabajadores dejaron las herramientas.\n\nAl día siguiente llegaron unos doscientos policías. La "
           "noche del martes 17, grupos de jóvenes apedrearon a los agentes. El miércoles 18 los agentes "
           "dispararon gases y munición real."),
    ("en", "It began on Monday 16 April 2012 in Bumbuna, in the Northern Province, when hundreds of workers downed "
           "tools.\n\nThe next day some two hundred police officers arrived. On Wednesday 18 the officers fired "
           "tear gas and live rounds."),
])
def test_a_weekday_and_a_day_after_a_dated_day_of_the_past_are_of_its_month(lang, text):
    # published in February 2014: "el miércoles 18" is 18 April 2012, not 18 December 2013
    evs = extract_report(Report(doc_id="t", text=text, published=date(2014, 2, 19), lang=lang)).events
    assert [e.date for e in evs if e.type == "crackdown"] == ["2012-04-18"], [(e.type, e.date) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("es", "El juicio comenzó el 12 de octubre en Oruro.\n\nTodo empezó el 24 de abril. Ese domingo, unas dos mil "
           "personas se concentraron en la plaza de Oruro contra la reforma."),
    ("en", "The trial opened on 12 October in Oruro.\n\nIt all began on 24 April. That Sunday, some two thousand "
           "people rallied in the square of Oruro against the reform."),
])
def test_that_weekday_is_the_day_just_told(lang, text):
    evs = extract_report(Report(doc_id="t", text=text, published=date(2016, 11, 28), lang=lang)).events
    assert [(e.type, e.date) for e in evs if e.type == "protest"] == [("protest", "2016-04-24")]


@pytest.mark.parametrize("lang,text", [
    ("es", "El 13 de julio se acortó el toque de queda en Oruro y el jueves 21 el estado de emergencia se levantó."),
    ("es", "El 13 de julio se acortó el toque de queda en Oruro y el jueves 21 se levantó el estado de emergencia."),
])
def test_a_weekday_and_a_day_before_an_article_or_pronoun_are_a_date(lang, text):
    evs = extract_report(Report(doc_id="t", text=text, published=date(2023, 2, 1), lang=lang)).events
    assert [e.date for e in evs if e.type == "state_of_emergency"] == ["2022-07-21"], [(e.type, e.date) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("es", "Desde el miércoles, cuando el tribunal reanudó el conteo de los votos del 26 de noviembre, los "
           "simpatizantes de la oposición no han dejado las calles. Ese mismo miércoles, en Tegucigalpa, cientos "
           "de ellos se concentraron frente a la bodega del tribunal."),
    ("en", "Since Wednesday, when the tribunal resumed the count of the 26 November votes, opposition supporters "
           "have stayed in the streets. That same Wednesday, in Tegucigalpa, hundreds of them rallied outside "
           "the tribunal's warehouse."),
])
def test_the_same_weekday_is_the_one_just_named(lang, text):
    # published on Saturday 2 December 2017: "Wednesday" is 29 November, also "that same Wednesday"
    evs = extract_report(Report(doc_id="t", text=text, published=date(2017, 12, 2), lang=lang)).events
    assert [e.date for e in evs if e.type == "protest"] == ["2017-11-29"], [(e.type, e.date) for e in evs]



@pytest.mark.parametrize("lang,text", [
    ("es", "Los mineros de Colquiri cumplen hoy una semana en huelga frente a la planta."),
    ("es", "Los comuneros de Gualaquiza llevan una semana bloqueando la vía a la mina."),
    ("en", "Miners at Colquiri have been on strike for a week."),
])
def test_a_week_told_as_elapsed_dates_the_start(lang, text):
    # published on Thursday 16 October 2025: the seventh day began on 10 October
    evs = extract_report(Report(doc_id="t", text=text, published=date(2025, 10, 16), lang=lang)).events
    action = [e for e in evs if e.type in ("strike", "blockade")]
    assert action and action[0].date == "2025-10-10", [(e.type, e.date) for e in evs]


@pytest.mark.parametrize("since_flag,expected", [(True, "2004-11-06"), (False, "2004-11-16")])
def test_a_strike_under_way_takes_the_day_another_mention_says_it_began(since_flag, expected):
    # "dispersed the strikers' picket yesterday" (the strike under way) and "where since
    # 6 November the workers have kept up a strike" (under way too, but its day is the start):
    # one strike, begun on the 6th; two mentions of it under way with no start keep the first
    from conflictwatch.extract.events import _merge
    from conflictwatch.records import Event
    told = Event(type="strike", date="2004-11-16", country="PH", admin1="Central Luzon", confidence=0.9)
    began = Event(type="strike", date="2004-11-06", country="PH", admin1="Central Luzon", confidence=0.8)
    dated = {("ongoing", id(told)): True, ("ongoing", id(began)): True}
    if since_flag:
        dated[("since", id(began))] = True
    [merged] = _merge([told, began], dated=dated)
    assert merged.date == expected


def test_last_between_the_article_and_the_date_keeps_the_preposition():
    from conflictwatch.extract.dates import find_dates
    [d] = find_dates("Los obreros mantienen la huelga desde el pasado 6 de noviembre.", "es", date(2004, 11, 17))
    assert (d.value, d.prep) == ("2004-11-06", "desde")


def test_a_since_day_opening_a_relative_clause_dates_its_verb():
    # "donde desde el pasado 6 de noviembre ... mantienen una huelga": the clause's own start
    text = ("El choque ocurrió frente a la puerta 1 del ingenio, donde desde el pasado 6 de noviembre "
            "miles de jornaleros mantienen una huelga.")
    assert [(e.type, e.date) for e in events_of(text, "es", date(2004, 11, 17))] == [("strike", "2004-11-06")]


@pytest.mark.parametrize("lang,text", [
    ("en", "On the morning of Monday, May 8, some 800 villagers marched up to the Antapite mine. "
           "On Tuesday they took over the crusher as well. The company suspended operations late that night."),
    ("es", "La mañana del lunes 8 de mayo, unos 800 comuneros marcharon hasta la mina Antapite. "
           "El martes tomaron también la chancadora. La empresa suspendió sus operaciones esa misma noche."),
])
def test_a_weekday_after_a_dated_day_nine_to_fourteen_days_back_is_of_that_week(lang, text):
    evs = events_of(text, lang, published=date(2023, 5, 19))
    assert {e.date for e in evs if e.type == "suspension"} == {"2023-05-09"}


@pytest.mark.parametrize("lang,text", [
    # a weekday already told of this week stays this week's
    ("en", "Police arrested the lawyer on Thursday. The warrants followed the march of Monday, May 8, "
           "when police fired tear gas at the crowd. The rights office filed a complaint on Thursday."),
    # a "since" day only starts a state
    ("en", "About 900 farmers have been camped outside the ministry since Monday, May 8. "
           "Ministers met their leaders on Wednesday and signed an agreement."),
])
def test_this_weeks_weekdays_stay_this_weeks(lang, text):
    evs = events_of(text, lang, published=date(2023, 5, 19))
    assert all(e.date >= "2023-05-15" for e in evs if e.type in ("legal_action", "agreement", "negotiation"))
    assert any(e.type in ("legal_action", "agreement") for e in evs)


def test_a_live_blog_entry_is_told_on_the_blogs_day_not_the_day_the_entry_before_named():
    text = ("11:30 AM\nThe ministry says the new mining code will be debated in Congress on 2 June, "
            "after the strike of 14 May.\n"
            "10:05 AM\nThousands of miners blocked the Central Highway at Morococha.")
    evs = events_of(text, "en", published=date(2024, 5, 28))
    assert [e.date for e in evs if e.type == "blockade"] == ["2024-05-28"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Riots shook Douala from 25 to 27 February. On 6 March, the justice minister told a press "
           "conference that 1,671 people had been arrested during the riots."),
    ("es", "Los disturbios sacudieron Douala del 25 al 27 de febrero. El 6 de marzo, el ministro de Justicia "
           "informó que 1.671 personas fueron detenidas durante los disturbios."),
])
def test_a_tally_told_later_of_arrests_during_the_riots_takes_the_riots_days(lang, text):
    evs = events_of(text, lang, published=date(2008, 3, 20))
    assert [e.date for e in evs if e.type == "riot"] == ["2008-02-25"]
    assert [e.date for e in evs if e.type == "arrest"] == ["2008-02-25"]


def test_a_death_during_the_clashes_somewhere_new_is_a_clash_of_its_own():
    text = ("El martes hubo enfrentamientos con la policía en Nairobi. En Kitengela, un hombre murió "
            "de un disparo durante los enfrentamientos con la policía.")
    evs = events_of(text, "es", published=date(2024, 7, 19))
    assert {e.location for e in evs if e.type == "crackdown"} >= {"Kitengela"}


def test_a_live_blog_entry_under_its_heading_and_time_is_told_on_the_blogs_day():
    text = ("Así empezó todo\n07:30\nEl paro nacional comenzó el jueves 27 de agosto en todo el país.\n"
            "Ruta 68: la federación levanta el bloqueo\n12:40\n"
            "En la Ruta 68, los camioneros firmaron un acuerdo con el Ejecutivo.")
    evs = events_of(text, "es", published=date(2020, 9, 2))
    assert [e.date for e in evs if e.type == "agreement"] == ["2020-09-02"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Unions staged a general strike on Friday. A labour court had ordered the subway workers earlier "
           "this week to keep trains running. In Recife, about 10,000 people marched in the morning."),
    ("es", "Los sindicatos realizaron una huelga general el viernes. Un juez laboral había ordenado a principios "
           "de semana a los trabajadores del metro mantener los trenes. En Recife, unas 10.000 personas marcharon por la mañana."),
])
def test_a_vague_step_back_in_the_past_perfect_does_not_move_the_story(lang, text):
    evs = events_of(text, lang, published=date(2019, 6, 15))
    assert [e.date for e in evs if e.type == "protest"] == ["2019-06-14"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Tuesday's standoff follows the 72-hour stoppage that the villages held on 12, 13 and 14 March "
           "to demand the mine's closure."),
    ("es", "El enfrentamiento del martes sigue al paro de 72 horas que las comunidades acataron los días 12, 13 y 14 de marzo "
           "para exigir el cierre de la mina."),
])
def test_a_strikes_own_relative_clause_dates_it_and_a_list_of_days_is_a_span(lang, text):
    [ev] = of_type(text, lang, "strike", published=date(2025, 3, 27))
    assert (ev.date, ev.date_end) == ("2025-03-12", "2025-03-14")


def test_a_blockade_of_years_before_is_not_the_one_under_way():
    text = ("Las comunidades mantienen desde el martes el bloqueo de las rutas al salar. "
            "En marzo de 2018, las mismas comunidades cortaron durante tres horas la ruta de acceso al salar. "
            "El bloqueo siguió ayer en seis puntos.")
    days = sorted(e.date for e in events_of(text, "es", published=date(2024, 1, 12)) if e.type == "blockade")
    assert days[0] == "2018-03" and days[-1].startswith("2024-01")


def test_a_deal_struck_with_a_minister_is_an_agreement():
    text = "A first deal, struck with the mining minister on Wednesday in Calama, fell apart within hours."
    assert "agreement" in {e.type for e in events_of(text, "en", published=date(2024, 1, 14))}


@pytest.mark.parametrize("lang,text", [
    ("es", "El lunes 4 de abril la policía mató a cuatro aldeanos en Gandamara. Al día siguiente, el martes, "
           "la policía denunció a más de tres mil vecinos por atacar a los agentes."),
    ("en", "On Monday, April 4, police shot dead four villagers in Gandamara. The next day, Tuesday, police "
           "filed a case against more than 3,000 villagers."),
])
def test_the_weekday_beside_the_next_day_is_that_day(lang, text):
    assert [e.date for e in events_of(text, lang, published=date(2016, 4, 12)) if e.type == "legal_action"] == ["2016-04-05"]


@pytest.mark.parametrize("lang,text", [
    ("en", "On May 15 and again on May 30, students and teachers marched in Cajamarca against the cuts."),
    ("es", "El 15 de mayo y de nuevo el 30 de mayo, estudiantes y docentes marcharon en Cajamarca contra los recortes."),
])
def test_one_telling_of_two_days_is_two_events(lang, text):
    assert sorted(e.date for e in events_of(text, lang, published=date(2019, 6, 14)) if e.type == "protest") == \
        ["2019-05-15", "2019-05-30"]


def test_a_since_day_in_the_triggers_own_relative_clause_is_its_start():
    text = ("Los enfrentamientos del domingo y el lunes en el distrito de Uchumayo, donde los pobladores mantienen "
            "desde el miércoles 27 de agosto el bloqueo de la vía a Congata, dejaron veinte detenidos.")
    assert [e.date for e in of_type(text, "es", "blockade", date(2014, 9, 2))] == ["2014-08-27"]


@pytest.mark.parametrize("lang,text", [
    ("en", "MEDAN, May 12 (Wire) - City officials on Friday counted the damage to shops and bus "
           "stops in Medan after riots over the new fuel tax.\n\nOn Wednesday, thousands of students "
           "marched on the governor's office in Medan. Some set fire to shops and threw stones at police."),
    ("es", "MEDÁN, 12 may (Agencia) - Las autoridades contaron este viernes los comercios quemados en Medán "
           "tras los disturbios contra el nuevo impuesto.\n\nEl miércoles, miles de estudiantes marcharon "
           "hacia la gobernación en Medán. Algunos incendiaron comercios y lanzaron piedras a la policía."),
])
def test_an_event_named_after_the_main_clauses_day_is_the_one_told_on_its_own_day(lang, text):
    # the riots named in the lead's "after" phrase are Wednesday's, not a riot of the day the
    # damage was counted
    assert [e.date for e in of_type(text, lang, "riot", date(2023, 5, 12))] == ["2023-05-10"]


def test_an_event_named_after_the_main_clauses_day_in_another_region_stays_its_own():
    text = ("On May 17 the defence minister ordered 2,000 soldiers into Chiapas after a week of riots "
            "in Tapachula.\n\nIn Oaxaca, rioters burned the town hall on May 3.")
    days = sorted(e.date for e in events_of(text, "en", published=date(2023, 6, 30)) if e.type == "riot")
    assert days == ["2023-05-03", "2023-05-17"]


@pytest.mark.parametrize("lang,text", [
    ("es", "La marcha salió a las cinco de la tarde del domingo hacia la sede de la provincia en Zagora. En primera "
           "fila, como ya ocurrió en septiembre, iban las mujeres. Hacia las ocho de la tarde, la policía cargó para "
           "disolver la protesta."),
    ("en", "The march set off at five in the afternoon on Sunday towards the provincial headquarters in Zagora. At "
           "the front, as happened in September, were the women. At about eight in the evening, police charged to "
           "break up the protest."),
])
def test_a_month_named_in_a_comparison_does_not_date_the_next_sentence(lang, text):
    assert [e.date for e in of_type(text, lang, "crackdown", date(2017, 10, 10))] == ["2017-10-08"]


@pytest.mark.parametrize("lang,text", [
    ("es", "La policía capturó al dirigente el 30 de enero en Cobán. El lunes 5 de febrero, organizaciones indígenas "
           "condenaron la captura en una conferencia de prensa en la capital."),
    ("en", "Police arrested the leader on January 30 in Coban. On Monday, February 5, indigenous organisations "
           "condemned the arrest at a news conference in the capital."),
])
def test_an_arrest_others_condemn_is_the_one_told_before(lang, text):
    assert [e.date for e in of_type(text, lang, "arrest", date(2018, 2, 7))] == ["2018-01-30"]


def test_talks_which_opened_on_a_day_told_after_an_apposition_date_from_it():
    text = ("On April 1 a picket closed the road at Zapala. Mediation by the province's prosecutor general, José "
            "Gerez, which opened on April 10 at the city's courts complex, has produced no agreement.")
    assert [e.date for e in of_type(text, "en", "negotiation", date(2021, 4, 27))] == ["2021-04-10"]


@pytest.mark.parametrize("lang,text", [
    # (a new paragraph: the day in focus no longer carries the year)
    ("en", "The resistance dates from the autumn of 2021. On October 2 that year, about 250 villagers met in Raipur."
           "\n\nTwo days later, on October 4, the marchers set off on foot from Raipur, Chhattisgarh."),
    ("es", "La resistencia empezó en el otoño de 2021. El 2 de octubre de ese año, unos 250 aldeanos se reunieron en "
           "Raipur. Dos días después, el 4 de octubre, los manifestantes marcharon desde Raipur, Chhattisgarh."),
])
def test_days_told_right_after_a_day_of_that_year_are_of_that_year(lang, text):
    days = [e.date for e in events_of(text, lang, published=date(2024, 10, 28))]
    assert days and all(d.startswith("2021") for d in days)


@pytest.mark.parametrize("lang,text", [
    ("es", "Valencia, 25 años después: el día en que cerraron la autopista\n\nVALENCIA.- A las seis de la mañana del "
           "lunes 3 de abril de 1995, los transportistas bloquearon la autopista en Valencia, Carabobo. El viernes "
           "anterior el gobierno había subido el precio del gasoil.\n\nEl aumento había sido anunciado el 22 de "
           "marzo. Ese lunes los maestros de Carabobo declararon una huelga.\n\nEl miércoles 5 la policía dispersó "
           "con gases a los transportistas en Valencia."),
    ("en", "Valencia, 25 years on: the day the motorway closed\n\nVALENCIA - At six in the morning on Monday, April 3, "
           "1995, truckers blocked the motorway in Valencia, Carabobo. The previous Friday the government had raised "
           "the price of diesel.\n\nThe rise had been announced on March 22. That same Monday, teachers in Carabobo "
           "went on strike.\n\nOn Wednesday the 5th, police fired tear gas at the truckers in Valencia."),
])
def test_a_retrospective_keeps_its_year_through_the_story_weekdays(lang, text):
    # "the previous Friday", "that same Monday" are days of the story, not of the week of publication,
    # and a day of the month told a few weeks before publication is still the story's
    days = {e.type: e.date for e in events_of(text, lang, published=date(2020, 4, 2))}
    assert days == {"blockade": "1995-04-03", "strike": "1995-04-03", "crackdown": "1995-04-05"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Three months after soldiers opened fire on protesters in Ejura, the government on Monday released the "
           "full report of the inquiry."),
    ("es", "Tres meses después de la represión de los manifestantes en Ejura, el gobierno publicó el lunes el informe "
           "de la comisión."),
])
def test_an_event_in_a_fronted_months_after_clause_lies_months_before_the_main_day(lang, text):
    assert [e.date for e in of_type(text, lang, "crackdown", date(2021, 9, 29))] == ["2021-06"]


def test_a_weekday_and_day_that_fit_the_publication_year_are_the_present_in_a_look_back():
    # 12 March 2019 was a Tuesday, 12 March 2017 a Sunday: the headline's "two years after"
    # does not send "el pasado martes 12 de marzo" back to 2017
    text = ("El pasado martes 12 de marzo, la Fiscalía de Cusco abrió una investigación contra dos jefes policiales por "
            "la muerte de un comunero en Espinar el 18 de mayo de 2017, cuando cientos de comuneros bloquearon la vía "
            "de acceso a la mina.")
    report = Report(doc_id="t", text=text, title="Dos años después de la muerte de un comunero en Espinar",
                    published=date(2019, 3, 20), lang="es")
    found = {(e.type, e.date) for e in extract_report(report).events}
    assert ("legal_action", "2019-03-12") in found and ("blockade", "2017-05-18") in found


@pytest.mark.parametrize("title", ["Cronología: la huelga minera de 2015.", "Cinco años después: la huelga minera de 2015."])
def test_a_headline_year_before_a_full_stop_is_the_story_s_year(title):
    text = "El 3 de marzo, los mineros de Marcona iniciaron una huelga indefinida por el pago de utilidades."
    report = Report(doc_id="t", text=text, title=title, published=date(2020, 6, 2), lang="es")
    assert [(e.type, e.date) for e in extract_report(report).events] == [("strike", "2015-03-03")]


@pytest.mark.parametrize("text,lang,values", [
    ("Organisers of the picket vow to return on Friday and Saturday.", "en", ["2023-09-22", "2023-09-23"]),
    ("The drivers threatened to block the bridge again on Monday.", "en", ["2023-09-25"]),
    ("Los dirigentes prometieron volver a marchar el lunes.", "es", ["2023-09-25"]),
])
def test_a_weekday_told_after_a_vow_or_a_threat_is_the_next_one(text, lang, values):
    from conflictwatch.extract.dates import find_dates
    from conflictwatch.extract.events import _mark_future
    pub = date(2023, 9, 21)     # a Thursday
    assert [d.value for d in _mark_future(find_dates(text, lang, pub), text, pub)] == values


def _chronology():
    text = ("Cochabamba, miércoles 15 de diciembre de 2021. Hace veinte años el trópico vivió su diciembre más duro.\n\n"
            "Sábado 1. Miles de productores de coca del Chapare bloquean la carretera entre Cochabamba y Santa Cruz.\n\n"
            "Martes 4. El dirigente Domingo Choque anuncia que desde el lunes se sumarán los transportistas.\n\n"
            "Jueves 13. La policía y el ejército desalojan con gases el bloqueo en Chimoré.")
    return Report(doc_id="t", text=text, title="Veinte años del bloqueo cocalero: la cronología",
                  published=date(2021, 12, 15), lang="es")


def test_an_anniversary_chronology_whose_weekdays_fit_that_year_is_of_that_year():
    # the headline counts twenty years and never writes 2001; its days, "Sábado 1", "Martes 4",
    # "Jueves 13", fall on those weekdays in December 2001 (not in December 2021)
    from conflictwatch.extract.events import _anniversary_year
    from conflictwatch.extract.sentences import split
    report = _chronology()
    assert _anniversary_year(report.full_text, split(report.full_text, "es"), report.published) == (2001, 20)
    assert [(e.type, e.date) for e in extract_report(report).events] == [("blockade", "2001-12-01"),
                                                                          ("crackdown", "2001-12-13")]


def _one_year_on(lang):
    if lang == "es":
        text = ("Un año después, Puerto Aymará recuerda el desalojo\n\n"
                "Hace un año, el 9 de octubre de 2022, la policía desalojó el campamento de los pescadores frente a la planta.\n\n"
                "La noche del 8 de octubre unos trescientos pescadores habían bloqueado la entrada de la planta con sus botes.\n\n"
                "Desde el lunes, la policía desplegó otra vez a cien agentes en el malecón.")
        return Report(doc_id="t1", text=text, published=date(2023, 10, 11), lang="es")
    text = ("One year on, Puerto Aymara remembers the eviction\n\n"
            "A year ago, on October 9, 2022, police evicted the fishermen's camp outside the plant.\n\n"
            "On the night of October 8 some 300 fishermen had blocked the plant's gate with their boats.\n\n"
            "On Monday police deployed a hundred officers on the waterfront again.")
    return Report(doc_id="t1", text=text, published=date(2023, 10, 11), lang="en")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_one_year_on_a_day_written_with_its_month_is_the_storys_and_a_weekday_alone_is_now(lang):
    # "Un año después" / "One year on": the blockade of "8 October" is of 2022 (the year the
    # report names, one before publication), not the day before publication in 2023; the
    # deployment "since Monday" is of the days before publication
    got = {(e.type, e.date) for e in extract_report(_one_year_on(lang)).events}
    assert ("blockade", "2022-10-08") in got
    assert ("deployment", "2023-10-09") in got
    assert not any(t == "blockade" and d.startswith("2023") for t, d in got)


def test_one_year_on_counts_one_year_and_a_year_of_prison_does_not():
    from conflictwatch.extract.events import _anniversary_year
    from conflictwatch.extract.sentences import split
    r = _one_year_on("es")
    assert _anniversary_year(r.full_text, split(r.full_text, "es"), r.published) == (2022, 1)
    text = "Un año de cárcel para el dirigente de 2022\n\nEl juez dictó la pena el lunes."
    r = Report(doc_id="t2", text=text, published=date(2023, 10, 11), lang="es")
    assert _anniversary_year(r.full_text, split(r.full_text, "es"), r.published) == (None, 0)


@pytest.mark.parametrize("lang,text,value", [
    ("es", "Lo que siguió el viernes 13 es lo que nadie quiere contar.", "2005-05-13"),
    ("en", "What happened on Friday 13 was never investigated.", "2005-05-13"),
])
def test_a_weekday_and_day_before_a_copula_is_that_day(lang, text, value):
    from conflictwatch.extract.dates import find_dates
    got = [d for d in find_dates(text, lang, date(2005, 5, 20))]
    assert [(d.surface.split()[-1], d.value) for d in got] == [("13", value)]


def test_a_weekday_and_day_the_year_in_focus_placed_stays_there_after_a_dated_dateline():
    from conflictwatch.extract.dates import DateMention
    from conflictwatch.extract.events import _weekday_days_in_focus
    anchor = DateMention(0, 30, "miércoles 15 de diciembre de 2021", "2021-12-15", None, False, None)
    day = DateMention(60, 68, "Sábado 1", "2001-12-01", None, True, None)
    assert [d.value for d in _weekday_days_in_focus([anchor, day])] == ["2021-12-15", "2001-12-01"]


def test_police_firing_in_a_clause_after_and_is_no_earlier_crackdown_named_again():
    text = ("On Thursday evening riot troops answered the crowd at the bus terminal in Curitiba with stun grenades.\n\n"
            "On 8 January about 3,000 people marched through downtown Curitiba. Once the march broke up, masked groups "
            "smashed bank windows and the police fired tear gas.")
    days = sorted(e.date for e in events_of(text, "en", published=date(2016, 1, 22)) if e.type == "crackdown")
    assert days == ["2016-01-08", "2016-01-21"]


@pytest.mark.parametrize("text,lang,value", [
    ("Criminal barristers in Scotland have voted for an all-out stoppage from early September.", "en", "2022-09"),
    ("Los docentes de Mendoza votaron un paro por tiempo indeterminado a partir de septiembre.", "es", "2022-09"),
])
def test_a_month_told_after_a_vote_for_a_strike_is_the_coming_one(text, lang, value):
    from conflictwatch.extract.dates import find_dates
    from conflictwatch.extract.events import _mark_future
    pub = date(2022, 8, 21)
    assert [d.value for d in _mark_future(find_dates(text, lang, pub), text, pub)] == [value]
    assert not [e for e in events_of(text, lang, published=pub) if e.type == "strike"]


def test_the_very_next_day_is_the_day_after():
    text = ("It began on Thursday 25 July, when villagers blocked the lane to the drilling pad near Horse Hill. The very "
            "next day police arrested fourteen people at the entrance.")
    assert [e.date for e in of_type(text, "en", "arrest", date(2013, 8, 23))] == ["2013-07-26"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Thousands of farmers marched in Cusco on Friday against the mining law.\n\n"
           "Later in the day, in Lima, some 2,000 students marched to Congress, on the anniversary of the killing "
           "of striking dockers in Callao on March 3, 1931. When they burned tyres outside the Congress building, "
           "police dispersed them with tear gas."),
    ("es", "Miles de campesinos marcharon el viernes en Cusco contra la ley minera.\n\n"
           "Por la tarde, en Lima, unos 2.000 estudiantes marcharon hacia el Congreso en el aniversario de la "
           "matanza de estibadores en huelga en el Callao el 3 de marzo de 1931. Cuando quemaron llantas frente "
           "al Congreso, la policía los dispersó con gases lacrimógenos."),
])
def test_a_march_on_an_anniversary_is_on_the_day_told_not_the_day_remembered(lang, text):
    pub = date(2023, 3, 3)
    evs = extract_report(Report(doc_id="t", text=text, published=pub, lang=lang)).events
    got = {(e.type, e.date, e.admin1) for e in evs}
    assert ("protest", "2023-03-03", "Lima") in got, got
    assert ("crackdown", "2023-03-03", "Lima") in got, got


@pytest.mark.parametrize("lang,text", [
    ("es", "Cinco días de paro\n\nTodo empezó el 20 de febrero. En junio de 2004 ya hubo otro paro en la región.\n\n"
           "Lunes 20. Los gremios declararon el paro indefinido. Al mediodía, la carretera ya estaba cerrada con troncos."),
    ("en", "Five days of strike\n\nIt all began on February 20. In June 2004 there had been another strike in the region.\n\n"
           "Monday 20. The unions declared an indefinite strike. By noon the highway was blocked with logs."),
])
def test_a_weekday_and_day_after_a_date_of_that_month_is_that_day(lang, text):
    # February 2006 has 28 days: "Monday 20" is 20 February, not 20 March (after publication)
    evs = extract_report(Report(doc_id="t", text=text, published=date(2006, 3, 5), lang=lang)).events
    got = {(e.type, e.date) for e in evs}
    assert ("blockade", "2006-02-20") in got, got


@pytest.mark.parametrize("lang,text", [
    ("en", "Guards break up the barricade\n\nCompany guards tore down the farmers' barricade on the haul road on Friday. "
           "The confrontation was the most serious since farmers and indigenous families began the barricade on February 18."),
    ("es", "Guardias desmontan la barricada\n\nLos guardias de la empresa derribaron el viernes la barricada de los "
           "campesinos. El choque fue el más grave desde que los campesinos instalaron la barricada el 18 de febrero."),
])
def test_the_date_of_a_yardstick_since_clause_is_not_the_events(lang, text):
    evs = extract_report(Report(doc_id="t", text=text, published=date(2023, 4, 16), lang=lang)).events
    assert not [e for e in evs if e.type in ("crackdown", "riot") and e.date == "2023-02-18"], \
        [(e.type, e.date) for e in evs]


@pytest.mark.parametrize("lang,text,etype,day", [
    ("en", "Unions strike again\n\nOn 4 February the two union confederations held a 24-hour general strike against "
           "the pension reform, the third since December.", "strike", "2016-02-04"),
    ("es", "Nueva huelga\n\nEl 4 de febrero las dos centrales sindicales hicieron una huelga general de 24 horas contra "
           "la reforma de las pensiones, la tercera desde diciembre.", "strike", "2016-02-04"),
])
def test_a_count_since_a_month_is_no_date_of_the_event(lang, text, etype, day):
    evs = extract_report(Report(doc_id="t", text=text, published=date(2016, 3, 2), lang=lang)).events
    assert {(e.type, e.date) for e in evs if e.type == etype} == {(etype, day)}, [(e.type, e.date) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("en", "The pause did not hold.\n\nOn 21 October 2023 a weekend of protest drew 9,500 people to the town, "
           "according to the organisers; the authorities deployed 1,600 gendarmes, double the April figure. "
           "A breakaway group attacked the yard of a concrete supplier and set fire to its trucks."),
])
def test_a_month_without_a_year_beside_a_dated_day_is_of_that_year(lang, text):
    # (April 2023, not the last April before publication in March 2025)
    evs = extract_report(Report(doc_id="t", text=text, published=date(2025, 3, 4), lang=lang)).events
    assert not [e for e in evs if e.date and e.date.startswith("2024")], [(e.type, e.date) for e in evs]


def test_a_month_that_names_a_measure_dates_nothing():
    # "double the April figure": the events keep the day the sentence told
    text = ("The pause did not hold.\n\nOn 21 October 2023 a weekend of protest drew 9,500 people to the town; the "
            "authorities deployed 1,600 gendarmes, double the April figure. A breakaway group attacked the yard of a "
            "concrete supplier and set fire to its trucks.")
    evs = extract_report(Report(doc_id="t", text=text, published=date(2025, 3, 4), lang="en")).events
    assert {e.date for e in evs if e.type in ("deployment", "riot")} == {"2023-10-21"}, [(e.type, e.date) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("en", "In March 2010 the union leader was moved to the prison in Cusco.\n\nA defence without "
           "its lawyer\n\nHis lawyer was Ana Quispe, the best-known rights defender of the region, who "
           "died in October. That same month, a court in Cusco acquitted him of two charges."),
    ("es", "En marzo de 2010 el dirigente fue trasladado al penal de Cusco.\n\nUna defensa sin "
           "abogada\n\nSu abogada era Ana Quispe, la defensora más conocida de la región, que murió en "
           "octubre. Ese mismo mes, un juzgado de Cusco lo absolvió de dos cargos."),
])
def test_that_same_month_is_the_month_just_told(lang, text):
    # not the month the paragraph before named with its year: the one the sentence before told
    [ev] = of_type(text, lang, "legal_action")
    assert ev.date == "2011-10"


@pytest.mark.parametrize("lang,text", [
    ("en", "Police fired tear gas at farmers in Cusco in November. The same month, farmers in Puno "
           "had blocked the highway to Juliaca since 4 October."),
    ("es", "La policía lanzó gases contra los campesinos de Cusco en noviembre. Ese mismo mes, los "
           "campesinos de Puno mantenían bloqueada la carretera a Juliaca desde el 4 de octubre."),
])
def test_a_date_of_its_own_after_that_same_month_wins(lang, text):
    [ev] = of_type(text, lang, "blockade")
    assert ev.date == "2011-10-04"


@pytest.mark.parametrize("lang,text", [
    ("es", "El miércoles, cuando un grupo de jóvenes se reunió frente a la comisaría de Cusco para exigir "
           "la liberación de un vecino, agentes antimotines los dispersaron a golpes."),
    ("en", "On Wednesday, as a group of young people gathered outside the police station in Cusco to "
           "demand a neighbour's release, riot police dispersed them with batons."),
])
def test_force_after_a_demand_clause_is_the_clash_not_the_grievance(lang, text):
    # "para exigir la liberación ..., agentes los dispersaron": the clause after the demand is the
    # clash itself, not what the protest was about
    assert [e.date for e in of_type(text, lang, "crackdown")] == ["2011-12-07"]


@pytest.mark.parametrize("lang,text", [
    ("es", "El miércoles seguían en pie tres bloqueos en la región: en Juliaca, en Ayaviri y en Azángaro."),
    ("en", "On Wednesday villagers kept up two roadblocks in the region, at Juliaca and at Ayaviri."),
])
def test_a_counted_list_of_places_is_one_event_at_each(lang, text):
    # "tres bloqueos: en X, en Y y en Z": as many events as the count, one at each town, though
    # all lie in one region
    got = of_type(text, lang, "blockade")
    assert len(got) == (3 if lang == "es" else 2)
    assert {e.location for e in got} == ({"Juliaca", "Ayaviri", "Azángaro"} if lang == "es" else {"Juliaca", "Ayaviri"})
    assert {e.admin1 for e in got} == {"Puno"}


def test_an_uncounted_list_in_one_region_stays_one_event():
    # no count: one blockade of the region's roads
    got = of_type("El miércoles los comuneros bloquearon las carreteras en Juliaca, Ayaviri y Azángaro.", "es", "blockade")
    assert len(got) == 1


@pytest.mark.parametrize("lang,text", [
    ("en", "The siege began on Monday 5 December, when communities of Puno loyal to the former governor, "
           "angry that he had been barred from the August presidential election, joined the nationwide "
           "blockade called by his supporters and cut the roads linking Juliaca with Cusco."),
    ("es", "El asedio empezó el lunes 5 de diciembre, cuando las comunidades de Puno leales al exgobernador, "
           "molestas porque quedó fuera de las elecciones de agosto, cortaron las rutas que unen Juliaca con Cusco."),
])
def test_a_month_that_names_an_election_dates_nothing(lang, text):
    # "the August presidential election", "las elecciones de agosto": which election, not when
    # the blockade began
    assert [e.date for e in of_type(text, lang, "blockade")] == ["2011-12-05"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Tuesday: farmers against the police\n\nOn Tuesday 29 November farmers blocked the road into "
           "Juliaca.\n\nThursday night: the troops arrive\n\nAbout 1,500 soldiers were deployed in Juliaca "
           "to reopen the road."),
    ("es", "Martes: campesinos contra la policía\n\nEl martes 29 de noviembre los campesinos bloquearon la "
           "vía de acceso a Juliaca.\n\nJueves por la noche: llegan las tropas\n\nUnos 1.500 soldados fueron "
           "desplegados en Juliaca para reabrir la vía."),
])
def test_a_weekday_heading_follows_the_chronology_told(lang, text):
    # a feature's section named "Thursday night", after a section on Tuesday 29 November, is that
    # week's Thursday (1 December), not the Thursday before publication (8 December)
    assert [e.date for e in of_type(text, lang, "deployment")] == ["2011-12-01"]


@pytest.mark.parametrize("lang,text,etype", [
    ("es", "El miércoles, en Juliaca los comuneros cerraron la carretera a Puno y en Ayaviri los vecinos "
           "bloquearon el puente sobre el río.", "blockade"),
    ("en", "On Wednesday, in Juliaca farmers blocked the road to Puno, and in Ayaviri residents "
           "blocked the bridge over the river.", "blockade"),
    ("en", "On Wednesday some 2,000 farmers marched in Juliaca, while in Ayaviri hundreds of students "
           "marched to the town hall.", "protest"),
])
def test_one_type_in_two_towns_each_in_its_own_clause_is_two_events(lang, text, etype):
    got = of_type(text, lang, etype)
    assert sorted(e.location for e in got) == ["Ayaviri", "Juliaca"]


@pytest.mark.parametrize("lang,text", [
    ("es", "El miércoles los comuneros de Ayaviri cerraron la carretera en Juliaca y bloquearon el puente."),
    ("en", "On Wednesday farmers from Ayaviri blocked the road in Juliaca and blocked the bridge."),
])
def test_one_type_twice_in_one_clause_chain_stays_one_event(lang, text):
    assert len(of_type(text, lang, "blockade")) == 1


def test_a_list_of_towns_before_the_verb_keeps_the_first_its_place():
    # "the prisoners held in Juliaca, in Ayaviri and in Puno accepted the offer": a list, not a
    # clause of its own
    got = of_type("On Wednesday the strikers held in Juliaca's prison, in Ayaviri and in Lampa accepted "
                  "the government's offer.", "en", "agreement")
    assert [e.location for e in got] == ["Juliaca"]


# --- twenty-first round (issue 9): weekdays told in pairs, after a comparison, after a dateline

TUE = date(2011, 12, 13)    # a Tuesday


@pytest.mark.parametrize("lang,text", [
    ("es", "CAJAMARCA.- La policía lanzó gases el martes contra los estudiantes.\n\nEl martes fue, con "
           "todo, más tranquilo que el lunes. Ese día, miles de vecinos marcharon por el centro de Cajamarca."),
])
def test_that_day_after_a_comparison_is_the_day_compared(lang, text):
    """'más tranquilo que el lunes': the comparison's 'que' opens no relative clause, so 'ese
    día' is the Monday just named."""
    assert [e.date for e in of_type(text, lang, "protest", TUE)] == ["2011-12-12"]


@pytest.mark.parametrize("lang,text", [
    ("en", "CAJAMARCA - On Monday 5 December thousands of farmers filled the streets of Cajamarca.\n\n"
           "Farmers also marched in Celendín on Monday and Tuesday, and police dispersed them with tear gas."),
    ("es", "CAJAMARCA.- El lunes 5 de diciembre miles de campesinos llenaron las calles de Cajamarca.\n\n"
           "Los campesinos marcharon también en Celendín el lunes y el martes, y la policía los dispersó con gases."),
])
def test_the_second_weekday_of_a_pair_is_of_the_first_ones_week(lang, text):
    """In a Tuesday report, 'Monday and Tuesday' after a Monday told with its date (a week
    back) is that Monday and the Tuesday after it, not that Monday and the publication day."""
    days = [d for e in events_of(text, lang, TUE) if e.location == "Celendín"
            for d in (e.date, e.date_end) if d]
    assert days and "2011-12-13" not in days and "2011-12-05" in days


@pytest.mark.parametrize("lang,text", [
    ("en", "CAJAMARCA - On Monday 28 November police fired tear gas at a few hundred farmers near "
           "the plaza. On Monday 5 December thousands of farmers filled the streets of Cajamarca.\n\n"
           "Farmers also marched in Celendín on Monday, and were dispersed with tear gas."),
])
def test_a_bare_weekday_is_the_last_such_day_named_with_its_date(lang, text):
    """Two Mondays named with their dates, then a bare 'Monday': the one named last, not the
    Monday before a Tuesday publication a week later."""
    places = {e.location: e.date for e in of_type(text, lang, "crackdown", TUE)}
    assert places.get("Celendín") == "2011-12-05"


@pytest.mark.parametrize("lang,text", [
    ("es", "LIMA, 24 feb.– Los transportistas de carga levantaron el paro nacional que iniciaron el "
           "lunes 18 en varias regiones, luego de suscribir anoche un acta con el Ejecutivo."),
])
def test_a_weekday_and_day_after_a_dateline_date_stays_in_that_month(lang, text):
    """'el lunes 18' after a dateline of Sunday 24 February is 18 February (a Monday), not
    18 March: the events are told, not dropped as future."""
    strikes = of_type(text, lang, "strike", date(2019, 2, 24))
    assert strikes and strikes[0].date == "2019-02-18"


@pytest.mark.parametrize("lang,text", [
    ("en", "CAJAMARCA - On Saturday 3 December farmers tried to enter the mine's camp and were pushed "
           "back with tear gas.\n\nMonday\n\nThey came back. In the afternoon the police fired tear gas "
           "at the crowd."),
])
def test_a_clash_under_a_new_day_heading_is_of_that_day(lang, text):
    """'the police fired tear gas' is a clause of its own (a verb after its subject), not the
    earlier clash named again: under the heading 'Monday' it is Monday's."""
    assert [e.date for e in of_type(text, lang, "crackdown")] == ["2011-12-03", "2011-12-05"]


@pytest.mark.parametrize("lang,text", [
    ("en", "CAJAMARCA - The government declared a state of emergency in Celendín late on Monday.\n\n"
           "Hours earlier, a farmer died near the bridge when police moved against protesters there."),
    ("es", "CAJAMARCA.- El Gobierno declaró el estado de emergencia en Celendín el lunes por la noche.\n\n"
           "Horas antes, un campesino murió cerca del puente cuando la policía desalojó a los manifestantes."),
])
def test_hours_earlier_is_the_day_just_told(lang, text):
    assert [e.date for e in of_type(text, lang, "crackdown")] == ["2011-12-05"]


@pytest.mark.parametrize("lang,text", [
    ("en", "On Monday the council in Cajamarca postponed the vote, which had been set for 20 December."),
])
def test_a_date_in_a_clause_about_the_object_is_not_the_acts(lang, text):
    assert [e.date for e in of_type(text, lang, "suspension")] == ["2011-12-05"]


def test_named_weekdays_pass_over_a_date_without_a_value():
    """A date mention with no value (a phrase the date reader could not place) is passed over,
    not read as a day: the bare Monday still takes the Monday named with its date."""
    from conflictwatch.extract.dates import DateMention
    from conflictwatch.extract.events import _named_weekdays
    named = DateMention(0, 17, "Monday 28 November", "2011-11-28", None, False, "on")
    unplaced = DateMention(30, 40, "that winter", None, None, False, None)
    bare = DateMention(50, 56, "Monday", "2011-12-12", None, True, "on")
    _named_weekdays([named, unplaced, bare], date(2011, 12, 13))
    assert bare.value == "2011-11-28"


@pytest.mark.parametrize("lang,text", [
    ("es", "Pescadores de Puerto Vargas acampan desde ayer frente a la gobernación de Cajamarca. El "
           "contrato con la empresa se firmó el 23 de enero. La acampada llega cuatro días después de "
           "la marcha del sábado 22, que reunió a miles de personas en Cajamarca."),
    ("en", "Fishermen have camped since yesterday outside the regional government in Cajamarca. The "
           "contract was signed on 23 January. The camp comes four days after the march of Saturday 22, "
           "which drew thousands of people in Cajamarca."),
])
def test_a_weekday_and_day_of_the_last_days_stays_there_when_both_months_fit(lang, text):
    """'Saturday 22', told on Thursday 27 March 2025 after a day of January: 22 March and
    22 February were both Saturdays; the one five days before publication is meant."""
    marches = of_type(text, lang, "protest", date(2025, 3, 27))
    assert "2025-03-22" in [e.date for e in marches]
    assert "2025-02-22" not in [e.date for e in marches]


def test_an_acronym_in_brackets_does_not_end_a_relative_clause():
    """'la petición que el Colegio de Abogados de Kenia (LSK) había presentado el miércoles':
    the Wednesday is the petition's, still inside the clause about it; the ruling is of the
    Thursday in focus."""
    text = ("NAIROBI.- El Tribunal Superior de Kenia se negó el jueves a suspender el despliegue del ejército. "
            "El juez Lawrence Mugambi resolvió así, por la tarde, la petición urgente que el Colegio de Abogados "
            "de Kenia (LSK) había presentado el miércoles contra el aviso oficial.")
    rulings = of_type(text, "es", "legal_action", date(2024, 6, 28))
    assert [e.date for e in rulings] == ["2024-06-27"]


@pytest.mark.parametrize("lang,text", [
    ("es", "LILONGÜE.- Los cinco jueces llegaron el lunes al Tribunal Superior de Lilongüe. Al final de la tarde, "
           "el juez que presidía el tribunal pronunció la frase que muchos esperaban: el presidente no fue elegido "
           "válidamente el 21 de mayo de 2019. El Tribunal Constitucional anuló los resultados de las presidenciales."),
    ("en", "LILONGWE - The five judges arrived at the High Court in Lilongwe on Monday. Late in the afternoon the "
           "presiding judge read out the words many had waited for: the president was not validly elected on 21 May "
           "2019. The Constitutional Court annulled the results of the presidential election."),
])
def test_a_date_in_the_words_said_after_a_colon_is_not_the_storys(lang, text):
    """The election day told in the judge's words after a colon does not date the next
    sentence: the court annulled the results on the Monday of the story."""
    rulings = of_type(text, lang, "legal_action", date(2020, 2, 5))
    assert rulings and all(e.date == "2020-02-03" for e in rulings)


def test_a_day_told_in_a_since_clause_does_not_date_the_next_paragraphs():
    """'the most violent night since the armed group seized a compound almost two weeks ago': a
    yardstick's day; the paragraphs after it go on with the night the report tells."""
    text = ("Police used stun grenades and tear gas to clear thousands of people from the streets around the "
            "occupied police compound in Yerevan on Friday night.\n\n"
            "YEREVAN — The neighbourhood woke up on Saturday to broken glass, after the most violent night in "
            "the capital since the armed group seized a police compound here almost two weeks ago.\n\n"
            "The evening had begun peacefully. Around seven o'clock several thousand people marched from "
            "Liberty Square down to Khorenatsi street.\n\n"
            "Shortly after nine, police declared the gathering illegal. Minutes later riot units advanced from "
            "two sides, firing stun grenades and tear gas into the crowd.")
    dates = {e.date for e in events_of(text, "en", date(2016, 7, 30))}
    assert dates and all(d >= "2016-07-29" for d in dates)


@pytest.mark.parametrize("lang,text", [
    ("es", "JARTUM.— El general firmó el domingo un decreto que levanta en todo el país el estado de emergencia "
           "que él mismo impuso el 25 de octubre."),
    ("es", "JARTUM.— El general levantó el domingo el estado de emergencia que impuso el 25 de octubre."),
    ("en", "KHARTOUM - The general lifted on Sunday the state of emergency that he imposed on October 25."),
])
def test_an_emergency_lifted_is_dated_by_its_lifting_not_its_declaration(lang, text):
    [ev] = [e for e in events_of(text, lang, date(2022, 5, 30)) if e.type == "state_of_emergency"]
    assert (ev.action, ev.date) == ("lifted", "2022-05-29")


def test_al_alone_is_the_day_not_the_end_of_a_range():
    """'Los hechos se remontan al miércoles 9 de julio': that day dates the paragraph's events
    ('del 4 al 7 de julio' stays a range)."""
    text = ("PUEBLA, 20 de julio.— El niño murió la noche de ayer sábado en el hospital.\n\n"
            "Los hechos se remontan al miércoles 9 de julio. Desde las diez de la mañana, vecinos cerraron la "
            "circulación de la autopista Puebla-Atlixco.")
    assert {e.date for e in events_of(text, "es", date(2014, 7, 20)) if e.type == "blockade"} == {"2014-07-09"}
    [ev] = [e for e in events_of("PUEBLA.— Los vecinos bloquearon la autopista del 4 al 7 de julio.", "es",
                                 date(2014, 7, 20)) if e.type == "blockade"]
    assert (ev.date, ev.date_end) == ("2014-07-04", "2014-07-07")


def test_a_bylines_stamp_is_not_the_leads_date():
    """'Black Sea Review | Long read | 7 April 2010 | Chisinau': the day of the telling; the
    lead's own day ('On Tuesday 7 April 2009') is the one in focus."""
    from conflictwatch.extract import dates as dates_mod
    from conflictwatch.extract.events import _lead_date
    from conflictwatch.extract.sentences import split
    text = ("One year after the riots, the questions nobody has answered\n\n"
            "Black Sea Review | Long read | 7 April 2010 | Chisinau\n\n"
            "On Tuesday 7 April 2009 the crowd stormed the parliament and set fires inside.")
    sents = split(text, "en")
    assert _lead_date(sents, dates_mod.find_dates(text, "en", date(2010, 4, 7)), 0, False) == "2009-04-07"


@pytest.mark.parametrize("lang,text", [
    ("en", "CONAKRY - On 28 September 2009 soldiers opened fire on the crowd in the Conakry stadium. Fifteen "
           "years later, a Guinean court has found the man who then ruled the country guilty."),
    ("es", "CONAKRY.— El 28 de septiembre de 2009, los militares dispararon contra la multitud en el estadio de "
           "Conakry. Quince años después, un tribunal guineano ha declarado culpable al hombre que entonces "
           "gobernaba el país."),
])
def test_an_act_told_in_the_present_perfect_is_recent_not_the_backgrounds(lang, text):
    [ev] = of_type(text, lang, "legal_action", published=date(2024, 8, 1))
    assert ev.date == "2024-08-01"


@pytest.mark.parametrize("lang,text", [
    ("en", "On 28 September 2009 soldiers opened fire on the crowd in Conakry. The junta announced that "
           "forty people had been arrested, and prosecutors say they have opened a case against the officers."),
    ("es", "El 28 de septiembre de 2009 los militares dispararon contra la multitud en Conakry. El Gobierno "
           "anuncia que ha decretado el toque de queda en toda la capital."),
])
def test_a_present_perfect_in_someones_words_keeps_the_time_told(lang, text):
    evs = [e for e in events_of(text, lang, published=date(2024, 8, 1)) if e.type != "crackdown"]
    assert evs and all(e.date.startswith("2009") for e in evs)


@pytest.mark.parametrize("lang,text", [
    ("es", "El domingo 6 de febrero, decenas de vehículos partieron del cabo Reinga. Por el camino se les fueron "
           "sumando coches. El martes 8 llegaron a Wellington, donde varios miles de personas se reunieron frente "
           "al Parlamento."),
    ("en", "On Sunday 6 February, dozens of vehicles set off from Cape Reinga. Cars joined them along the way. On "
           "Tuesday 8 they reached Wellington, where several thousand people rallied outside Parliament."),
])
def test_a_weekday_and_day_alone_are_of_the_month_in_focus(lang, text):
    """8 February 2022 and 8 March 2022 are both Tuesdays: the story is telling February."""
    dates = [e.date for e in of_type(text, lang, "protest", published=date(2022, 3, 12))]
    assert "2022-02-08" in dates and "2022-03-08" not in dates


@pytest.mark.parametrize("lang,text,etype,want", [
    ("en", "On Saturday 26 March, a dozen people who came to October Square in Lima to protest were detained "
           "within minutes.", "arrest", "2011-03-26"),
    ("en", "Members of the February 20 Movement marched in Lima on Sunday.", "protest", "2011-03-27"),
    ("en", "On Sunday the April 6 Youth Movement marched in Lima.", "protest", "2011-03-27"),
])
def test_a_month_in_a_name_is_no_date(lang, text, etype, want):
    """"October Square", "the February 20 Movement": a capitalised noun of names after a month
    (and its day) without a year makes it part of the name."""
    [ev] = of_type(text, lang, etype, published=date(2011, 3, 28))
    assert ev.date == want


def test_a_named_day_in_the_possessive_is_the_days_of_those_held_during_it():
    """'detained during Saturday's protest': they were detained that Saturday."""
    text = "Charges against 26 people detained during Saturday's protest in Lima were dropped on Monday."
    [ev] = of_type(text, "en", "arrest", published=date(2011, 3, 28))
    assert ev.date == "2011-03-26"


def test_a_step_in_the_possessive_names_another_things_day():
    """'the previous day's violence' dates the violence, not the detentions the sentence tells
    with its own day."""
    text = ("More than 700 people were detained in Lima on Friday 25 March. On Saturday 26 March, a dozen "
            "people who came to protest against the previous day's violence were detained within minutes.")
    dates = sorted(e.date for e in of_type(text, "en", "arrest", published=date(2011, 3, 28)))
    assert dates == ["2011-03-25", "2011-03-26"]


@pytest.mark.parametrize("lang,text", [
    ("es", "El presidente dejó el poder el martes 7 entre denuncias de golpe.\n"
           "Ollanta Ruiz, que en 2008 puso fin a tres décadas de gobierno del partido, anunció su dimisión el "
           "martes 7 de febrero. Horas antes, cientos de policías se habían sumado a una concentración opositora "
           "en la plaza de Armas de Lima."),
    ("en", "The president left office on Tuesday 7 amid claims of a coup.\n"
           "Ollanta Ruiz, who in 2008 ended three decades of one party's rule, announced his resignation on "
           "Tuesday 7 February. Hours earlier, hundreds of police officers had joined an opposition rally in "
           "the Plaza de Armas of Lima."),
])
def test_a_weekday_that_fits_its_own_year_keeps_it_after_a_year_in_a_relative_clause(lang, text):
    """7 February 2012 was a Tuesday, 7 February 2008 a Thursday: the year named in the
    relative clause is not the day's."""
    [ev] = of_type(text, lang, "protest", published=date(2012, 2, 13))
    assert ev.date == "2012-02-07"


def test_a_desk_line_with_a_reporters_title_dates_nothing():
    """'Staff Reporter | CAJAMARCA, January 24' tells when the report was written: the
    paragraph after the lead's Monday stays on that Monday."""
    text = ("Tempers flare in Celendín; dozens of police among the injured\n\n"
            "Staff Reporter | CAJAMARCA, January 24\n\n"
            "Seven days after the first farmers pitched their tents on the road, the blockade on the Celendín "
            "highway that had become the face of the campaign to bring back the water rights ended on Monday in a "
            "haze of tear gas.\n\n"
            "Police began moving in at around 5 a.m. Over the next several hours police carried and dragged "
            "protesters away.")
    [ev] = of_type(text, "en", "arrest", published=date(2017, 1, 24))
    assert ev.date == "2017-01-23"


@pytest.mark.parametrize("lang,text", [
    ("es", "Cuando el juez terminó de leer la sentencia el sábado por la mañana en Lima, en Cajamarca hubo gritos. "
           "La sala confirmó las 12 condenas dictadas en enero contra los comuneros.\n"
           "Los ronderos de Cajamarca incendiaron la sede de la fiscalía y bloquearon durante horas el puente."),
    ("en", "When the judge finished reading the ruling on Saturday morning in Lima, there were shouts in Cajamarca. "
           "The court upheld the 12 sentences handed down in January against the farmers.\n"
           "In Cajamarca, farmers set fire to the prosecutor's office and blocked the bridge for hours."),
])
def test_an_earlier_month_told_by_a_participle_about_the_object_dates_nothing(lang, text):
    """"las condenas dictadas en enero": January is when the sentences were handed down; the
    ruling that upheld them and what followed are of the Saturday told."""
    evs = events_of(text, lang, published=date(2013, 3, 11))
    assert {e.type for e in evs} >= {"legal_action", "riot"}
    assert all(e.date == "2013-03-09" for e in evs if e.type in ("legal_action", "riot"))


def test_a_weekday_alone_joined_to_a_dated_day_of_another_year_is_that_weeks():
    from conflictwatch.extract.dates import DateMention
    from conflictwatch.extract.events import _weekday_pairs
    text = "Entre el sábado y el lunes 14 de diciembre"
    i, j = text.index("sábado"), text.index("lunes")
    a = DateMention(i, i + len("sábado"), "sábado", "2016-12-03", None, True, None)
    b = DateMention(j, len(text), "lunes 14 de diciembre", "2015-12-14", None, False, None)
    _weekday_pairs(text, [a, b])
    assert a.value == "2015-12-12"


@pytest.mark.parametrize("lang,text", [
    ("en", "On Wednesday, March 16, the province began an indefinite strike. The next day a police contingent "
           "arrived and reopened the road, and that afternoon the governor came to Chivay and sat down with the "
           "leaders in the main square."),
    ("es", "El miércoles 16 de marzo la provincia inició una huelga indefinida. Al día siguiente llegó un "
           "contingente policial que reabrió la vía, y esa misma tarde la gobernadora llegó a Chivay y se sentó a "
           "dialogar con los dirigentes."),
])
def test_that_afternoon_after_the_next_day_in_one_sentence_is_the_next_day(lang, text):
    evs = extract_report(Report(doc_id="t", text=text, published=date(2022, 7, 4), lang=lang)).events
    assert [e.date for e in evs if e.type == "negotiation"] == ["2022-03-17"]


@pytest.mark.parametrize("lang,text", [
    ("es", "El gobernador anunció el pasado lunes un plan de agua para Chivay.\n"
           "Los hechos que llevaron a este anuncio ocurrieron el jueves 24 de noviembre. Desde "
           "temprano, cientos de vecinos bloquearon la carretera de acceso a Chivay, en Arequipa."),
    ("en", "The governor announced a water plan for Chivay last Monday.\n"
           "The clashes that led to the plan took place on Thursday, November 24. From early "
           "morning, hundreds of residents blocked the access road to Chivay, in Arequipa."),
])
def test_the_day_a_subject_with_a_relative_clause_happened_on_is_the_story_day(lang, text):
    # the relative clause about the subject ends at the main verb: the day is the story's,
    # and the next sentence is told on it, not on the Monday before publication
    assert [e.date for e in of_type(text, lang, "blockade")] == ["2011-11-24"]


def test_a_weekday_named_with_a_demonstrative_is_the_day_told():
    # the last Monday before publication (Sunday 25 March) is the 19th: not the day meant
    text = ("Crónica. Dos semanas después de la paliza al líder opositor, el régimen endurece la represión.\n\n"
            "HARARE - En el barrio obrero de Highfield nadie quiere hablar en voz alta del domingo 11 de "
            "marzo. Ese día una coalición de iglesias había convocado una jornada de oración.\n\n"
            "La policía lanzó gases lacrimógenos y disparó fuego real. Unas cincuenta personas fueron detenidas.\n\n"
            "Al día siguiente, lunes, un juez ordenó que la policía presentara cargos contra los detenidos "
            "antes del mediodía del martes. Ese mismo lunes, en Mutare, la policía detuvo a unos ciento "
            "cuarenta simpatizantes de la oposición.")
    arrests = [e for e in of_type(text, "es", "arrest", published=date(2007, 3, 25))
               if "Ese mismo lunes" in e.evidence[0].sentence]
    assert [e.date for e in arrests] == ["2007-03-12"]


def test_that_weekday_after_a_day_told_in_the_sentence_is_that_day():
    text = ("The first shutdown, on March 12, came two days after two activists were shot dead in "
            "Mutare; that Monday police arrested forty opposition supporters in Mutare.")
    assert [e.date for e in of_type(text, "en", "arrest", published=date(2007, 3, 25))] == ["2007-03-12"]


def test_a_deadline_with_its_time_of_day_is_no_date_of_the_order():
    # the order came "the next day", Monday 12: Tuesday noon is the deadline it set
    text = ("El domingo 11 de marzo la policía detuvo a cincuenta personas en Harare.\n\n"
            "Al día siguiente, lunes, un juez ordenó que la policía presentara cargos contra los "
            "detenidos antes del mediodía del martes.")
    assert [e.date for e in of_type(text, "es", "legal_action", published=date(2007, 3, 25))] == ["2007-03-12"]


def test_shortly_before_midnight_is_the_time_it_happened():
    text = ("QUITO, Feb 22 - The president declared a state of emergency in Napo province shortly "
            "before midnight on Tuesday.")
    assert [e.date for e in of_type(text, "en", "state_of_emergency", published=date(2006, 2, 22))] == ["2006-02-21"]


def test_a_weekday_in_the_lead_of_a_years_on_story_is_the_weeks_news():
    # "Seven years on": the story's days are 2017's, but the lead's "On Wednesday" is the news
    text = ("For almost seven years the mothers have come to every hearing with the same photographs. "
            "On Wednesday a court in Guatemala City finally opened the trial of eight officials charged "
            "over the fire at the state shelter in San José Pinula.\n\n"
            "On the night of 7 March 2017 the girls protested inside the shelter, and police locked "
            "them in a classroom.")
    r = Report(doc_id="t", text=text, published=date(2024, 1, 11), lang="en",
               title="Seven years on, the shelter fire trial finally opens")
    legal = [e.date for e in extract_report(r).events if e.type == "legal_action"]
    assert legal == ["2024-01-10"]


@pytest.mark.parametrize("lang,text", [
    ("en", 'Trucks began taking the pigs away from the farm on Saturday.\n\n'
           'A neighbour watched from the roadside. "We will believe it when the last one goes," he said. '
           '"Two years ago they told us this farm would never open. Then the pigs came anyway."\n\n'
           'On October 9, a district judge granted a definitive suspension and ordered the farm halted.'),
    ("es", 'Los camiones empezaron el sábado a sacar los cerdos de la granja.\n\n'
           'Una vecina miraba desde la cuneta. "Hace dos años nos dijeron que esta granja nunca abriría. '
           'Y los cerdos llegaron igual", contó.\n\n'
           'El 9 de octubre, una jueza de distrito concedió la suspensión definitiva y ordenó frenar la granja.'),
])
def test_years_back_in_someones_words_do_not_move_the_story(lang, text):
    # a quote's "two years ago" is the speaker's aside: "On October 9" is this year's
    legal = [e for e in events_of(text, lang, published=date(2018, 12, 2)) if e.type == "legal_action"]
    assert [e.date for e in legal] == ["2018-10-09"]


@pytest.mark.parametrize("lang,text", [
    ("es", "Esta semana, su abogado volvió a pedir el traslado de su cliente.\n\n"
           "Aquel 30 de enero, varios cientos de simpatizantes del movimiento se concentraron en Saurimo. "
           "La Policía Nacional abrió fuego contra ellos."),
    ("en", "This week his lawyer again asked for his client to be moved.\n\n"
           "That January 30, several hundred supporters of the movement gathered in Saurimo. "
           "Police opened fire on them."),
])
def test_a_day_told_with_a_demonstrative_is_past_even_the_day_after_publication(lang, text):
    crackdowns = [e for e in events_of(text, lang, published=date(2022, 1, 29)) if e.type == "crackdown"]
    assert [e.date for e in crackdowns] == ["2021-01-30"]


@pytest.mark.parametrize("lang,text", [
    ("es", "El miércoles pasado, la Cámara anuló la elección. La tensión había empezado la noche de la votación. "
           "Al día siguiente, el lunes 24 de agosto, unas veinte mil personas se concentraron en la plaza Independencia. "
           "Pasadas las 22, la policía dispersó a la multitud con gases lacrimógenos."),
    ("en", "Last Wednesday the court annulled the election. Tension had begun on the night of the vote. "
           "The next day, Monday August 24, some twenty thousand people gathered in Independence Square. "
           "Shortly after 10 pm, police dispersed the crowd with tear gas."),
])
def test_a_step_counted_from_a_day_before_takes_the_full_date_told_beside_it(lang, text):
    got = {e.type: e.date for e in events_of(text, lang, published=date(2015, 9, 21))}
    assert got.get("protest") == "2015-08-24" and got.get("crackdown") == "2015-08-24", got


@pytest.mark.parametrize("lang,text", [
    ("en", "The strike ended late on Thursday, four days after it began, when union leaders signed a deal with the minister."),
])
def test_a_step_back_names_what_began_not_the_act_after_its_comma(lang, text):
    got = {e.type: e.date for e in events_of(text, lang, published=date(2023, 1, 13))}
    assert got.get("agreement") == "2023-01-12", got


def test_a_step_back_still_dates_the_event_it_names():
    text = "On Tuesday the governor ordered a curfew, a day after 17 people were killed in clashes with police."
    got = {e.type: e.date for e in events_of(text, "en", published=date(2023, 1, 13))}
    assert got.get("crackdown") == "2023-01-09", got


@pytest.mark.parametrize("lang,text", [
    ("es", "Un tribunal de Guayaquil condenó el lunes a 12 vecinos por su participación en los enfrentamientos "
           "con la policía que estallaron en marzo de 2019."),
    ("en", "A court in Guayaquil sentenced 12 residents on Monday over the clashes with police that broke out "
           "in March 2019."),
])
def test_clashes_that_broke_out_in_a_month_told_after_them_are_dated_then(lang, text):
    got = {e.type: e.date for e in events_of(text, lang, published=date(2021, 6, 9))}
    assert got.get("crackdown") == "2019-03" and got.get("legal_action") == "2021-06-07", got


@pytest.mark.parametrize("lang,text", [
    ("en", "In February 2016 the miners of Tkibuli, Georgia, went on strike. "
           "The strike ended with an agreement reached late on February 29."),
    ("es", "En febrero de 2016 los mineros de Tkibuli, en Georgia, fueron a la huelga. "
           "La huelga terminó con un acuerdo alcanzado en la noche del 29 de febrero."),
])
def test_a_leap_day_told_without_its_year_in_a_common_year_is_kept(lang, text):
    got = {e.type: e.date for e in events_of(text, lang, published=date(2019, 9, 25))}
    assert got.get("agreement") == "2016-02-29", got


@pytest.mark.parametrize("lang,text,value", [
    ("en", "It is six months since the crackdown in Shanyrak, on the edge of Almaty, Kazakhstan.", "2016-01"),
    ("es", "Han pasado seis meses desde los enfrentamientos de Shanyrak, en las afueras de Almaty, Kazajistán.", "2016-01"),
])
def test_an_event_named_as_the_yardstick_of_elapsed_time_lies_that_long_before(lang, text, value):
    got = {e.type: e.date for e in events_of(text, lang, published=date(2016, 7, 14))}
    assert got == {"crackdown": value}, got


def test_an_event_a_decade_back_told_only_to_the_year_is_no_event():
    # (SCHEMA: an event's date is told at least to the month)
    text = "A decade has passed since the confrontation in Shanyrak, on the edge of Almaty, Kazakhstan."
    assert events_of(text, "en", published=date(2016, 7, 14)) == []


@pytest.mark.parametrize("lang,text", [
    ("es", "En junio de 2007, miles de vecinos de Xiamen, en Fujian, China, marcharon contra una planta química. "
           "En agosto del año pasado, unas 12.000 personas marcharon en Dalian, en Liaoning. "
           "Y a comienzos de julio de este año, tras tres días de disturbios, el gobierno de Shifang, en Sichuan, "
           "renunció a una fundición."),
    ("en", "In June 2007 thousands of residents of Xiamen, Fujian, China, marched against a chemical plant. "
           "In August last year some 12,000 people marched in Dalian, Liaoning. "
           "In early July this year, after three days of riots, the government of Shifang, in Sichuan, "
           "scrapped a smelter."),
])
def test_last_year_and_this_year_are_counted_from_publication_not_from_the_year_in_focus(lang, text):
    got = sorted((e.type, e.date) for e in events_of(text, lang, published=date(2012, 8, 2)))
    assert ("protest", "2011-08") in got and ("riot", "2012-07") in got, got


@pytest.mark.parametrize("lang,text", [
    ("en", "The long summer at the sawmill\n\nTen years ago today, on a cold Thursday morning, the workers of the "
           "Lumbreras sawmill in Tarija walked out. The union had asked for a raise in January.\n\nOn March 9 the "
           "strikers blocked the road to the mill, and on March 16 police cleared them with tear gas in Tarija."),
    ("es", "El largo verano del aserradero\n\nHoy hace diez años, un jueves frío por la mañana, los obreros del "
           "aserradero Lumbreras de Tarija salieron en huelga. El sindicato había pedido un aumento en enero.\n\nEl 9 "
           "de marzo los huelguistas bloquearon el camino al aserradero, y el 16 de marzo la policía los desalojó con "
           "gases en Tarija."),
])
def test_a_day_counted_back_years_to_the_very_day_keeps_the_story_in_its_year(lang, text):
    # 2 March 2006 was a Thursday: the weekday beside "ten years ago today" is that day, not the last
    # Thursday before publication, and the days told after it without a year are of 2006
    days = {e.type: e.date for e in events_of(text, lang, published=date(2016, 3, 2))}
    assert days.get("strike") == "2006-03-02"
    assert days.get("blockade") == "2006-03-09" and days.get("crackdown") == "2006-03-16"


@pytest.mark.parametrize("lang,text", [
    ("en", "A court in Oruro on Tuesday sentenced a miner for his part in the clashes of August 2019 at the Huanuni "
           "mine. The first trial was annulled in May 2020 and the retrial opened on February 2. According to "
           "prosecutors, on that August 14 the miners blocked the road between Oruro and Huanuni with rocks and tyres."),
    ("es", "Un tribunal de Oruro condenó el martes a un minero por su papel en los enfrentamientos de agosto de 2019 "
           "en la mina de Huanuni. El primer juicio fue anulado en mayo de 2020 y el nuevo arrancó el 2 de febrero. "
           "Según la fiscalía, aquel 14 de agosto los mineros bloquearon la carretera entre Oruro y Huanuni con "
           "piedras y llantas."),
])
def test_a_day_pointed_back_to_with_that_is_in_the_month_and_year_told_before(lang, text):
    # "aquel 14 de agosto" points back to "agosto de 2019", though 2020 was told since
    assert [e.date for e in of_type(text, lang, "blockade", date(2021, 3, 10))] == ["2019-08-14"]


@pytest.mark.parametrize("lang,text", [
    ("en", "In March, the government declared a state of emergency in dozens of districts of Piura, Tumbes and "
           "Lambayeque.\n\nProtesters keep the bridge blocked in Tumbes."),
    ("es", "En marzo, el Gobierno declaró en estado de emergencia a decenas de distritos de Piura, Tumbes y "
           "Lambayeque.\n\nLos manifestantes mantienen cerrado el puente en Tumbes."),
])
def test_a_blockade_kept_up_now_is_of_the_publication_day_not_the_month_told_before(lang, text):
    assert [e.date for e in of_type(text, lang, "blockade", date(2023, 4, 19))] == ["2023-04-19"]


@pytest.mark.parametrize("lang,text", [
    ("en", "The unions announced a national march for November 13. In September, the government extended the state "
           "of emergency in Trujillo, La Libertad, for 30 days from Wednesday 11."),
    ("es", "Los gremios anunciaron una marcha nacional para el 13 de noviembre. En septiembre, el Ejecutivo prorrogó "
           "por 30 días, a partir del miércoles 11, el estado de emergencia en Trujillo, La Libertad."),
])
def test_a_day_still_ahead_gives_no_month_to_a_weekday_told_after_it(lang, text):
    # 11 November 2024 is a Monday: "Wednesday 11" after the planned 13 November is not 11 December
    # (a day ahead, so no event), but the last such day before publication, in September
    assert [e.date[:7] for e in of_type(text, lang, "state_of_emergency", date(2024, 10, 23))] == ["2024-09"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Two weeks after the riot, the police station of Nueva Cajamarca still smells of smoke."),
    ("es", "Dos semanas después de los disturbios, la comisaría de Nueva Cajamarca todavía huele a humo."),
    ("es", "Dos semanas después del motín, la comisaría de Nueva Cajamarca todavía huele a humo."),
])
def test_an_event_named_in_a_fronted_weeks_after_clause_of_an_undated_sentence_lies_that_long_back(lang, text):
    assert [e.date for e in of_type(text, lang, "riot", date(2008, 11, 12))] == ["2008-10-29"]


@pytest.mark.parametrize("lang,text", [
    ("en", "MENDI (Papua New Guinea) - Five days after rioters torched the courthouse, Mendi woke up this Tuesday "
           "with soldiers at the crossroads, in Southern Highlands."),
    ("es", "MENDI (Papúa Nueva Guinea).— Cinco días después de que una turba incendiara un avión de pasajeros en la "
           "pista, Mendi amaneció este martes con soldados en los cruces, en las Tierras Altas del Sur."),
])
def test_a_fronted_days_after_clause_after_a_dateline_counts_back_from_the_main_clause_day(lang, text):
    assert [e.date for e in of_type(text, lang, "riot", date(2018, 6, 19))] == ["2018-06-14"]


@pytest.mark.parametrize("lang,text", [
    ("en", "On 3 May, two days after the president said he would seek re-election in the November 20 vote, farmers "
           "in Ica answered the call of their guilds. By noon they had blocked the Panamericana Sur with tyres."),
    ("es", "El 3 de mayo, dos días después de que el presidente anunciara que buscaría la reelección en las elecciones "
           "del 20 de noviembre, los agricultores de Ica respondieron al llamado de sus gremios. Al mediodía "
           "habían bloqueado la Panamericana Sur con llantas."),
])
def test_a_day_that_names_an_election_is_not_the_day_the_story_is_on(lang, text):
    # the vote is still ahead in June 2021: read as last year's 20 November, it had dated the blockade
    assert [e.date for e in of_type(text, lang, "blockade", date(2021, 6, 10))] == ["2021-05-03"]


@pytest.mark.parametrize("lang,text", [
    ("es", "El sábado 2 de abril, cientos de vecinos marcharon en Huancavelica.\n\nAyer, tras la sesión del viernes "
           "del Consejo de Ministros en Lima, el ministro anunció que el Gobierno suspende el proyecto minero."),
    ("en", "On Saturday, April 2, hundreds of residents marched in Huancavelica.\n\nYesterday, after Friday's cabinet "
           "session in Lima, the minister announced that the government is suspending the mining project."),
])
def test_a_weekday_beside_yesterday_that_falls_on_it_is_yesterday(lang, text):
    # told on Saturday 30 April 2022: "viernes" is yesterday, not the Friday after 2 April
    assert [e.date for e in of_type(text, lang, "suspension", date(2022, 4, 30))] == ["2022-04-29"]


@pytest.mark.parametrize("lang,text", [
    ("es", "La huelga de marzo de 2022 dejó tres muertos en Puno. El domingo 21 de enero, miles de maestros marcharon "
           "en Lima contra la reforma."),
    ("en", "The strike of March 2022 left three dead in Puno. On Sunday, January 21, thousands of teachers marched in "
           "Lima against the reform."),
])
def test_a_weekday_and_day_that_fit_this_year_and_not_the_one_told_are_this_years(lang, text):
    # 21 January 2024 is a Sunday, 21 January 2022 a Friday: told in May 2024, the march is this year's
    assert [e.date for e in of_type(text, lang, "protest", date(2024, 5, 20))] == ["2024-01-21"]


@pytest.mark.parametrize("lang,text", [
    ("en", "LIMA — Every year on the ninth of June, the widow lights a candle.\n\nOn that Friday morning in 2000, "
           "hundreds of students marched to the Plaza San Martín in Lima."),
    ("es", "LIMA — Cada 9 de junio, la viuda enciende una vela.\n\nAquel viernes de 2000, cientos de estudiantes "
           "marcharon hasta la plaza San Martín, en Lima."),
])
def test_a_weekday_told_with_its_year_is_the_day_of_that_year_it_falls_on(lang, text):
    # 9 June 2000 was a Friday; without its year the Friday is the one before publication
    assert [e.date for e in of_type(text, lang, "protest", date(2020, 6, 9))] == ["2000-06-09"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Three weeks ago, on the morning of Saturday 28 October, tens of thousands of supporters rallied in Dhaka.\n\n"
           "Today the party's offices are padlocked.\n\nPolice fired tear gas at the crowd before noon."),
    ("es", "Hace tres semanas, en la mañana del sábado 28 de octubre, decenas de miles de simpatizantes se "
           "concentraron en Daca.\n\nHoy las oficinas del partido están cerradas con candado.\n\nLa policía lanzó "
           "gases lacrimógenos contra la multitud antes del mediodía."),
])
def test_today_in_a_sentence_that_tells_no_event_keeps_the_story_on_its_day(lang, text):
    assert [e.date for e in of_type(text, lang, "crackdown", date(2023, 11, 20))] == ["2023-10-28"]


@pytest.mark.parametrize("lang,text", [
    ("en", "On the morning of Saturday 28 October, tens of thousands of supporters rallied in Dhaka. On that Sunday "
           "morning, detectives arrested the party's secretary general at his home in Dhaka."),
    ("es", "En la mañana del sábado 28 de octubre, decenas de miles de simpatizantes se concentraron en Daca. Ese "
           "domingo por la mañana, los detectives arrestaron al secretario general del partido en su casa de Daca."),
])
def test_that_weekday_after_a_dated_day_is_the_first_such_day_from_it(lang, text):
    assert [e.date for e in of_type(text, lang, "arrest", date(2023, 11, 20))] == ["2023-10-29"]


@pytest.mark.parametrize("lang,text", [
    ("en", "The opposition then called a three-day blockade of roads and railways, which ran from dawn on Tuesday "
           "31 October until Thursday 2 November."),
    ("es", "La oposición convocó entonces un paro de transportistas, que paralizó Daca el martes 31 de octubre."),
])
def test_a_call_told_with_a_clause_that_it_ran_is_an_event(lang, text):
    events = [e for e in events_of(text, lang, date(2023, 11, 20)) if e.type in ("blockade", "strike")]
    assert [e.date for e in events] == ["2023-10-31"]


@pytest.mark.parametrize("lang,text", [
    ("en", "On Saturday, before leaving the stage in Dhaka, the party's leaders called a dawn-to-dusk hartal for the "
           "next day. It was only partly observed."),
])
def test_a_strike_called_for_the_next_day_then_told_as_observed_is_that_days(lang, text):
    assert [e.date for e in of_type(text, lang, "strike", date(2023, 10, 30))] == ["2023-10-29"]


@pytest.mark.parametrize("lang,text", [
    ("en", "On Saturday, before leaving the stage in Dhaka, the party's leaders called a dawn-to-dusk hartal for the "
           "next day."),
    ("es", "El sábado, antes de dejar el escenario en Daca, los dirigentes convocaron un paro para el día siguiente."),
])
def test_a_strike_called_for_the_next_day_is_no_strike_yet(lang, text):
    assert of_type(text, lang, "strike", date(2023, 10, 30)) == []


def test_a_prison_term_in_the_headline_counts_no_years_since():
    """'Tres años de cárcel para tres jóvenes': a sentence's length, not 'three years after' its story."""
    text = ("Tres años de cárcel para tres jóvenes de Imider\n\n"
            "La Audiencia endurece las penas contra los activistas del movimiento que acampa desde 2011 en el monte.\n\n"
            "OUARZAZATE, 9 de julio. — El tribunal de apelación de Uarzazat endureció el pasado lunes las condenas de "
            "tres jóvenes del pueblo de Imider.")
    legal = [e for e in events_of(text, "es", published=date(2014, 7, 9)) if e.type == "legal_action"]
    assert [e.date for e in legal] == ["2014-07-07"]


def test_a_date_in_a_relative_aside_between_dashes_is_the_asides():
    """'En la plaza Altamira —la misma donde ... en octubre de 2002— centenares de jóvenes se enfrentaron':
    October 2002 dates the aside, not the clash."""
    text = ("En la plaza Altamira —la misma donde un grupo de militares se declaró en rebeldía en octubre de 2002— "
            "centenares de jóvenes se enfrentaron cada noche a los guardias, que respondieron con bombas "
            "lacrimógenas.")
    clashes = [e for e in events_of(text, "es", published=date(2004, 3, 4)) if e.type == "crackdown"]
    assert clashes and all(not e.date.startswith("2002") for e in clashes)


def test_a_turn_to_the_recent_past_brings_days_back_to_the_publications_year():
    """'La segunda es el 16 de octubre de 2017 ... La tercera es más reciente. Desde el 28 de agosto': 2023."""
    text = ("Kirkuk\n\nLa segunda fecha es el 16 de octubre de 2017, cuando las fuerzas federales entraron en la ciudad.\n\n"
            "La tercera es más reciente. Desde el 28 de agosto, grupos de vecinos acamparon frente al edificio y "
            "cortaron la carretera que une Kirkuk con Erbil.")
    blockades = [e for e in events_of(text, "es", published=date(2023, 12, 20)) if e.type == "blockade"]
    assert [e.date for e in blockades] == ["2023-08-28"]


def test_a_day_set_ahead_is_not_moved_into_an_older_year():
    """'la próxima sesión, fijada para el 29 de septiembre' in a 2012 report about 2011: no 2011 act."""
    text = ("SANÁ, 10 sep. — El proceso contra los presuntos autores de la matanza volvió el sábado a una sala de "
            "audiencias de la capital.\n\nLos acusados están señalados por participar en el tiroteo del 18 de marzo de "
            "2011. El juez ordenó a la Fiscalía que garantice la presencia de todos ellos en la próxima sesión, fijada "
            "para el 29 de septiembre.")
    events = events_of(text, "es", published=date(2012, 9, 10))
    assert not any(e.date == "2011-09-29" for e in events)


def test_a_thing_dated_by_a_participle_moves_no_story():
    """'annul a public hearing held on March 7': the hearing's day, not the day of the blockade told next."""
    text = ("SECHURA, Peru, March 27 (Wire) - Police cleared a bridge in Sechura on Tuesday.\n\n"
            "Fishermen want the ministry to annul a public hearing held on March 7, at which the company presented "
            "its study.\n\nThe trouble began at about 6:30 a.m., when some 400 protesters blocked the bridge at the "
            "entrance to the town.")
    blockades = [e for e in events_of(text, "en", published=date(2012, 3, 27)) if e.type == "blockade"]
    assert [e.date for e in blockades] == ["2012-03-27"]


def test_a_retrospectives_weekday_after_a_day_of_the_story_is_the_next_such_day():
    """'Diez años del otoño caliente ... el lunes 18 de septiembre ... hasta la madrugada del martes ... el 23 de
    octubre': the story's days, so the October clash is of 2006, not of the publication's year."""
    text = ("Diez años del otoño caliente de Budapest\n\n"
            "Hace una década, la confesión grabada de un primer ministro desató las peores revueltas que había vivido "
            "Hungría desde 1956, y hoy volvemos a la plaza con quienes estuvieron allí aquellas noches.\n\n"
            "BUDAPEST.— El domingo 17 de septiembre de 2006 la radio pública emitió la grabación en la que el primer "
            "ministro admitía haber mentido. El lunes 18 de septiembre por la tarde, miles de personas se concentraron "
            "en la plaza Kossuth, frente al Parlamento, y un grupo asaltó la sede de la televisión, que no fue "
            "recuperada hasta la madrugada del martes.\n\n"
            "La noche siguiente, la del martes 19, cientos de radicales se enfrentaron a los antidisturbios en la plaza "
            "Blaha Lujza.\n\n"
            "El segundo estallido llegó el 23 de octubre. Por la tarde, miles de personas se enfrentaron a los "
            "antidisturbios, que dispararon balas de goma en las calles de Pest.")
    clashes = sorted(e.date for e in events_of(text, "es", published=date(2016, 10, 23)) if e.type == "crackdown")
    assert clashes == ["2006-09-19", "2006-10-23"]


@pytest.mark.parametrize("lang,text", [
    ("es", "Quince años de la marcha del puerto\n\n"
           "Hace hoy exactamente quince años, la ciudad de Bahía Blanca vivió su jornada más dura.\n\n"
           "Quien pase hoy por la avenida Alem difícilmente encuentre rastros de lo que ocurrió allí el martes 9 de "
           "mayo de 2006. Muchos de los estibadores que hoy trabajan en el muelle no habían nacido.\n\n"
           "Durante aquel día, el 9 de mayo, unos tres mil estibadores marcharon por el centro de Bahía Blanca. "
           "La policía los recibió con gases lacrimógenos frente a la prefectura."),
    ("en", "Fifteen years on from the port march\n\n"
           "Fifteen years ago today, the city of Bahía Blanca lived through its hardest day.\n\n"
           "Anyone walking down Alem avenue today would find no trace of what happened there on Tuesday, May 9, "
           "2006. Many of the dockers who work the quay today had not been born.\n\n"
           "On that day, May 9, some three thousand dockers marched through the centre of Bahía Blanca. "
           "Police met them with tear gas outside the coastguard office."),
])
def test_today_set_against_a_retrospectives_story_does_not_end_it(lang, text):
    """'los estibadores que hoy trabajan en el muelle': today, told in passing, leaves the story in its year;
    the day of the month told next is the story's, not the publication's."""
    days = {e.type: e.date for e in events_of(text, lang, published=date(2021, 5, 9))}
    assert days.get("crackdown") == "2006-05-09"
    assert days.get("protest") == "2006-05-09"


@pytest.mark.parametrize("lang,text", [
    ("en", "The villagers took their case to the High Court in London in March 2012. Last June, a judge in London "
           "ruled that the company could be held liable."),
    ("es", "Los vecinos demandaron a la empresa ante el Tribunal Superior de Londres en marzo de 2012. El pasado "
           "junio, un juez de Londres falló que la empresa podía ser declarada responsable."),
])
def test_last_june_is_the_last_one_before_publication(lang, text):
    """'Last June' in a report of January 2015 is June 2014, whatever year the story told before."""
    rulings = sorted(e.date for e in events_of(text, lang, published=date(2015, 1, 7)) if e.type == "legal_action")
    assert rulings[-1] == "2014-06"


def test_a_wire_dated_the_day_of_publication_is_not_moved_into_its_headlines_year():
    text = ("Oil firm to pay fishing villages over 2008 spills\n\n"
            "LAGOS, Jan 7 (Delta Wire) - The oil company has agreed to pay 55 million pounds to settle "
            "claims by fishing villages in the Niger Delta. On January 5, hundreds of villagers marched through "
            "Bodo to demand the money.")
    marches = [e.date for e in events_of(text, "en", published=date(2015, 1, 7)) if e.type == "protest"]
    assert marches == ["2015-01-05"]


@pytest.mark.parametrize("lang,text", [
    ("es", "TAMALE, 19 abr (Agencia).– El toque de queda nocturno que regía en Yendi desde marzo del año pasado "
           "quedó levantado el jueves."),
    ("en", "TAMALE, April 19 (Agency) - The night curfew that had been in force in Yendi since March last year was "
           "lifted on Thursday."),
])
def test_a_curfew_lifted_at_the_end_of_its_clause_is_lifted_that_day(lang, text):
    soe = [(e.action, e.date) for e in events_of(text, lang, published=date(2003, 4, 19)) if e.type == "state_of_emergency"]
    assert soe == [("lifted", "2003-04-17")]


def test_on_the_friday_morning_after_a_day_of_the_story_is_the_friday_told():
    """A feature a year on: 'On the afternoon of Thursday, June 23, 2016 ... On the Friday morning he scrapped
    the rule' is 24 June 2016, not the Friday of publication."""
    text = ("A year after the walkout\n\nOn the afternoon of Thursday, June 23, 2016, hundreds of flight attendants "
            "began a sit-in outside the airline's offices in Taipei. They walked out as the clock turned to Friday, "
            "June 24. On the Friday morning the new chairman scrapped the reporting rule that had started the "
            "dispute.")
    suspensions = [e.date for e in events_of(text, "en", published=date(2017, 6, 23)) if e.type == "suspension"]
    assert suspensions == ["2016-06-24"]


def test_a_weekday_followed_by_an_after_clause_is_not_the_one_after():
    """'late on Thursday night after a meeting' is the Thursday before publication, not the one after the
    last day told."""
    text = ("Friday, 16 August 2019\n\nThe drivers' union called off the fuel tanker strike late on Thursday night "
            "after a meeting with the hauliers at the ministry in Lisbon.")
    deals = [e.date for e in events_of(text, "en", published=date(2019, 8, 16)) if e.type == "agreement"]
    assert deals == ["2019-08-15"]


def test_a_day_of_last_february_is_the_last_one_before_publication():
    """'la octava, aprobada el 14 de febrero pasado' in a report of April 2003 that told 2002 before: February 2003."""
    text = ("ACCRA, 19 abr (Agencia).– El Parlamento aprobó el 4 de abril de 2002 la primera prórroga de la emergencia "
            "en Yendi. La octava, aprobada el 14 de febrero pasado, amplió la emergencia en Yendi un mes más.")
    soe = sorted(e.date for e in events_of(text, "es", published=date(2003, 4, 19)) if e.type == "state_of_emergency")
    assert soe[-1] == "2003-02-14"


def test_that_morning_after_a_day_named_years_before_is_that_day():
    """A feature of 2020 that names 'the events of January 18, 2017' and then tells 'What happened that
    morning': the shooting is of 18 January 2017, not of the week of publication."""
    text = ("When the prime minister turned to the cameras on Tuesday evening and apologised to the family, "
            "relatives in the Negev were watching on a phone propped against a coffee pot. \"He said sorry to us in "
            "the middle of a press conference about himself,\" said one of them.\n\nThe apology came a day after a "
            "television report published internal correspondence suggesting that senior officials had doubted the "
            "police version of the events of January 18, 2017, from early on, but closed the file anyway. The prime "
            "minister, who is on trial on corruption charges, used the report to attack the same prosecutors who "
            "indicted him, a link his critics called cynical.\n\nWhat happened that morning has been disputed ever "
            "since. Before dawn, hundreds of police officers drove into Umm al-Hiran to escort the bulldozers. "
            "Police opened fire on a car driven by a 47-year-old maths teacher; the car struck a group of officers, "
            "killing one of them.")
    crackdowns = [e.date for e in events_of(text, "en", published=date(2020, 9, 10)) if e.type == "crackdown"]
    assert crackdowns == ["2017-01-18"]


def test_a_bare_month_before_the_start_a_since_date_told_is_of_the_publication_year():
    """'in place since August 2012 ... In mid-January, protesters blockaded', in a report of April 2014: January
    2014 (a January of 2012 would come before the start told)."""
    text = ("Police restrictions on the roads stay in place.\n\nThe protest camp at Maules Creek has been in place "
            "since August 2012, when activists set up the Leard Blockade on a property near the forest. Dozens of "
            "people have been arrested in smaller actions since then. In mid-January, when the contractors began "
            "clearing for the mine, protesters blockaded the access road near Maules Creek.")
    blockades = sorted(e.date for e in events_of(text, "en", published=date(2014, 4, 1)) if e.type == "blockade")
    assert "2014-01" in blockades and "2012-01" not in blockades


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "On 15 June 2001 police detained 40 protesters in Gothenburg. A year later, the court convicted 52 "
           "people in Gothenburg.", "2002-06"),
    ("en", "On 15 June 2001 police detained 40 protesters in Gothenburg. Two months later, the court convicted "
           "52 people in Gothenburg.", "2001-08"),
    ("es", "El 15 de junio de 2001 la policía detuvo a 40 manifestantes en Gotemburgo. Un año después, el "
           "tribunal condenó a 52 personas en Gotemburgo.", "2002-06"),
    ("es", "El 15 de junio de 2001 la policía detuvo a 40 manifestantes en Gotemburgo. Tres meses más tarde, "
           "el tribunal condenó a 52 personas en Gotemburgo.", "2001-09"),
])
def test_months_or_years_later_count_from_the_date_just_told(lang, text, expected):
    evs = [e for e in events_of(text, lang, published=date(2011, 6, 14)) if e.type == "legal_action"]
    assert [e.date for e in evs] == [expected]


@pytest.mark.parametrize("lang,text,expected", [
    ("es", "La decisión responde a una acción civil que la Fiscalía presentó hace cuatro años. En febrero, el "
           "juez de Altamira suspendió la licencia de la minera.", "2017-02"),
    ("en", "The ruling answers a civil suit which prosecutors filed four years ago. In February, a judge in "
           "Altamira suspended the mine's licence.", "2017-02"),
    # guard: years back told as the sentence's own time move the story there
    ("es", "Hace cuatro años la Fiscalía presentó una acción civil. En febrero, el juez de Altamira suspendió "
           "la licencia de la minera.", "2013-02"),
])
def test_years_ago_in_a_clause_about_something_else_do_not_move_the_story(lang, text, expected):
    evs = [e for e in events_of(text, lang, published=date(2017, 12, 7)) if e.type == "legal_action"]
    assert [e.date for e in evs] == [expected]


def test_a_later_day_of_the_same_month_in_a_background_section_stays_in_its_year():
    """'What happened in December 2009 ... On Saturday 12 December ... [new paragraph] Two days later,
    on the night of 14 December', in a report of 17 December 2010: the chronology goes on in 2009 (14
    December 2010, three days before publication, is not the story's present)."""
    text = ("Copenhagen City Court ruled on Thursday that the mass arrests of the climate summit were unlawful.\n\n"
            "What happened in December 2009\n\n"
            "On Saturday 12 December, tens of thousands of people marched from Christiansborg to the conference "
            "centre in Copenhagen.\n\n"
            "Two days later, on the night of 14 December, police and groups of young people clashed on the "
            "streets around Christiania in Copenhagen.")
    evs = [e for e in events_of(text, "en", published=date(2010, 12, 17)) if e.type in ("protest", "crackdown")]
    assert sorted((e.type, e.date) for e in evs) == [("crackdown", "2009-12-14"), ("protest", "2009-12-12")]


@pytest.mark.parametrize("lang,text", [
    ("es", "En mayo de 2009 los vecinos marcharon por el agua. Al terminar, cinco mujeres decidieron quedarse "
           "a acampar el fin de semana en una parcela.\n"
           "En julio, granjeros y vecinos bloquearon las cuatro entradas de la obra de Tiny, en Ontario."),
    ("en", "In May 2009 residents marched for water. Afterwards five women camped on the plot over the weekend.\n"
           "In July, farmers and neighbours blocked the four gates of the site in Tiny, Ontario."),
    ("es", "En mayo de 2009 los vecinos marcharon por el agua. Aquel fin de semana duró 137 días.\n"
           "En julio, granjeros y vecinos bloquearon las cuatro entradas de la obra de Tiny, en Ontario."),
])
def test_a_weekend_told_bare_in_an_older_years_paragraph_keeps_the_story_in_that_year(lang, text):
    """A retrospective of September 2019: 'el fin de semana' / 'the weekend' / 'aquel fin de semana' after
    May 2009 is that story's weekend, not the one before publication; July is July 2009."""
    evs = of_type(text, lang, "blockade", published=date(2019, 9, 22))
    assert "2009-07" in [e.date for e in evs] and not [e for e in evs if e.date.startswith("2019")]


def test_a_weekend_of_the_week_of_publication_still_brings_the_story_back():
    text = ("Protests over the water plan began in May 2018.\n"
            "Over the weekend, thousands marched again in Lima.")
    assert [e.date for e in of_type(text, "en", "protest", published=date(2019, 9, 23))][-1] == "2019-09-21"


def test_a_weekday_with_its_day_after_the_story_s_last_day_may_fall_in_a_later_month():
    """A retrospective of July 2023: 'El 30 de julio [de 2021] recurrió ... Y el lunes 20, la jueza les dio la
    razón': the next Monday the 20th after 30 July 2021 is 20 September 2021 (not a Monday 20 of 2023)."""
    text = ("El 9 de julio de 2021 la empresa despidió por correo a los 422 obreros de la planta de Campi Bisenzio, "
            "en Florencia, Italia. El 30 de julio la Fiom-CGIL recurrió ante el juzgado de lo social de Florencia. "
            "Y el lunes 20, la jueza les dio la razón y anuló los despidos.")
    dates = [e.date for e in of_type(text, "es", "legal_action", published=date(2023, 7, 10))]
    assert "2021-09-20" in dates and not [d for d in dates if d.startswith("2023")]


def test_a_weekday_with_its_day_in_the_weeks_before_publication_stays_the_news():
    """'Cayó en abril del año pasado ... Lunes 20. La Asamblea declaró el paro', in a report of 5 March 2006:
    Monday 20 February 2006, not a Monday 20 of the year before."""
    text = ("El expresidente cayó en abril del año pasado y con él se esfumaron los millones prometidos.\n"
            "Lunes 20. La Asamblea Provincial declaró el paro indefinido en Tena, provincia de Napo.")
    assert [e.date for e in of_type(text, "es", "strike", published=date(2006, 3, 5))] == ["2006-02-20"]
