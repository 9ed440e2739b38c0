"""How many events (issue 9, SCHEMA rule 3): an event told again (a recap, "the same clash", a
toll update, a lead that sums up) is one event; several events of one type stay several."""
from __future__ import annotations

from datetime import date

import pytest

from conflictwatch.pipeline import extract_report
from conflictwatch.records import Report

PUB = date(2022, 6, 10)  # a Friday


def events_of(text: str, lang: str, published: date = PUB):
    return extract_report(Report(doc_id="t", text=text, published=published, lang=lang)).events


def of_type(evs, etype: str):
    return sorted((e.date, e.admin1) for e in evs if e.type == etype)


@pytest.mark.parametrize("lang,text", [
    ("en", "Farmers blocked the highway at Celendín on Monday.\n\n"
           "On Wednesday police cleared the road with tear gas in Celendín and detained six farmers.\n\n"
           "Recap: the Celendín blockade lasted three days; on Wednesday police fired tear gas on the road "
           "out of Cajabamba, in La Libertad; six farmers were detained."),
    ("es", "Los agricultores bloquearon el lunes la carretera en Celendín.\n\n"
           "El miércoles la policía despejó la vía con gases lacrimógenos en Celendín y detuvo a seis agricultores.\n\n"
           "En resumen: el bloqueo de Celendín duró tres días; el miércoles la policía lanzó gases lacrimógenos "
           "en la salida de Huamachuco, en La Libertad, y seis agricultores fueron detenidos."),
])
def test_a_recap_names_the_events_told_before_and_adds_none(lang, text):
    evs = events_of(text, lang)
    assert of_type(evs, "blockade") == [("2022-06-06", "Cajamarca")], [(e.type, e.date, e.location) for e in evs]
    assert of_type(evs, "crackdown") == [("2022-06-08", "Cajamarca")]
    assert of_type(evs, "arrest") == [("2022-06-08", "Cajamarca")]
    # the recap's sentence is evidence of the events it names
    arrest = next(e for e in evs if e.type == "arrest")
    assert any(x.sentence.startswith(("Recap", "En resumen")) for x in arrest.evidence)


@pytest.mark.parametrize("lang,text", [
    ("en", "Recap: farmers blocked the highway at Celendín on Monday."),
    ("es", "En resumen: los agricultores bloquearon el lunes la carretera en Celendín."),
])
def test_a_recap_of_an_event_told_nowhere_else_is_still_an_event(lang, text):
    assert of_type(events_of(text, lang), "blockade") == [("2022-06-06", "Cajamarca")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Police fired tear gas at miners in Celendín on Tuesday.\n\n"
           "On Thursday a young miner hurt in that same clash died in hospital in Cajamarca."),
    ("es", "La policía lanzó gases lacrimógenos contra los mineros en Celendín el martes.\n\n"
           "El jueves murió en el hospital de Cajamarca un joven minero herido en el mismo enfrentamiento."),
])
def test_the_same_clash_named_again_on_a_later_day_is_the_clash_told_before(lang, text):
    assert of_type(events_of(text, lang), "crackdown") == [("2022-06-07", "Cajamarca")]


@pytest.mark.parametrize("lang,text", [
    ("es", "El martes, la policía desalojó a los campesinos de la estancia y detuvo a 25 personas en Celendín.\n\n"
           "El jueves, el fiscal de la causa imputó a nueve de los detenidos por usurpación; los demás "
           "recuperaron la libertad."),
    ("es", "El martes, la policía desalojó a los campesinos de la estancia y detuvo a 25 personas en Celendín.\n\n"
           "Los 25 detenidos seguían el jueves en la comisaría de Cajamarca."),
])
def test_the_detained_named_again_are_the_arrest_told_before(lang, text):
    assert of_type(events_of(text, lang), "arrest") == [("2022-06-07", "Cajamarca")]


@pytest.mark.parametrize("lang,text", [
    ("en", "In March 2009 police attacked farmers near Celendín; a farmer hurt in that same clash died weeks later.\n\n"
           "On Tuesday police fired tear gas at miners in Celendín."),
    ("es", "En marzo de 2009 la policía atacó a los agricultores cerca de Celendín; de aquel enfrentamiento murió "
           "después un agricultor.\n\nEl martes la policía lanzó gases lacrimógenos contra los mineros en Celendín."),
])
def test_a_clash_named_again_in_its_own_background_sentence_keeps_its_own_date(lang, text):
    assert of_type(events_of(text, lang), "crackdown") == [("2009-03", "Cajamarca"), ("2022-06-07", "Cajamarca")]


@pytest.mark.parametrize("lang,text", [
    ("es", "El Tribunal Constitucional admitió en marzo de 2020 una demanda de los comuneros de Celendín. "
           "En junio de 2020 la misma Corte dictó sentencia contra la minera."),
])
def test_the_same_court_is_no_event_named_again(lang, text):
    assert len([e for e in events_of(text, lang) if e.type == "legal_action"]) == 2


@pytest.mark.parametrize("lang,text", [
    ("en", "ESPINAR - The indefinite strike by the copper miners of the Tintaya pit in Espinar province entered "
           "its fourth day on Friday with no talks in sight.\n\n"
           "The miners downed tools on Tuesday after the company rejected their wage claim."),
    ("es", "ESPINAR.- La huelga indefinida de los mineros del tajo Tintaya en la provincia de Espinar cumple "
           "este viernes su cuarto día sin que haya una mesa de diálogo.\n\n"
           "Los mineros iniciaron la huelga el martes, después de que la empresa rechazara su pliego."),
])
def test_a_lead_telling_the_nth_day_of_a_strike_is_the_strike_begun_days_before(lang, text):
    strikes = [(e.date, e.date_end) for e in events_of(text, lang) if e.type == "strike"]
    assert strikes == [("2022-06-07", "2022-06-10")], strikes


@pytest.mark.parametrize("lang,text", [
    ("en", "CUSCO - The miners' strike entered its fourth day on Friday, while the government widened the state "
           "of emergency to Espinar province.\n\n"
           "On Thursday the government declared a state of emergency in Espinar province by a new decree."),
    ("es", "CUSCO.- El paro minero cumplió este viernes su cuarto día, mientras el Gobierno amplió el estado de "
           "emergencia a la provincia de Espinar.\n\n"
           "El jueves, el Gobierno declaró el estado de emergencia en la provincia de Espinar mediante un nuevo decreto."),
])
def test_a_decree_summed_up_in_the_lead_is_the_one_the_body_dates(lang, text):
    soe = [e.date for e in events_of(text, lang) if e.type == "state_of_emergency"]
    assert soe == ["2022-06-09"], soe


@pytest.mark.parametrize("lang,text", [
    ("en", "On Wednesday night hundreds of residents gathered outside the provincial legislature in Rawson.\n\n"
           "That same night about 3,000 people marched along the main avenue of Trelew."),
    ("es", "El miércoles por la noche cientos de vecinos se concentraron frente a la Legislatura en Rawson.\n\n"
           "Esa misma noche unas 3.000 personas marcharon por la avenida principal de Trelew."),
])
def test_protests_the_same_day_in_two_towns_are_two_events(lang, text):
    places = sorted((e.date, e.location) for e in events_of(text, lang) if e.type == "protest")
    assert places == [("2022-06-08", "Rawson"), ("2022-06-08", "Trelew")], places


@pytest.mark.parametrize("lang,text", [
    ("en", "CAJAMARCA - Two farmers have died after clashes with police in Celendín, hospital officials said on Friday.\n\n"
           "On Tuesday police fired tear gas at farmers who had blocked the road to the mine in Celendín."),
    ("es", "CAJAMARCA.- Dos campesinos murieron tras los enfrentamientos con la policía en Celendín, informó el "
           "viernes el hospital regional.\n\n"
           "El martes la policía lanzó gases lacrimógenos contra los campesinos que bloqueaban la vía a la mina en Celendín."),
])
def test_a_toll_told_on_a_later_day_is_the_clash_that_caused_it(lang, text):
    assert [e.date for e in events_of(text, lang) if e.type == "crackdown"] == ["2022-06-07"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Police fired tear gas at farmers who blocked the road in Celendín on Tuesday.\n\n"
           "The clashes went on into Wednesday, with youths throwing stones at the police."),
    ("es", "La policía lanzó gases lacrimógenos el martes contra los campesinos que bloqueaban la vía en Celendín.\n\n"
           "Los enfrentamientos siguieron durante todo el miércoles."),
])
def test_clashes_told_as_going_on_the_next_day_are_the_clashes_begun_before(lang, text):
    assert [e.date for e in events_of(text, lang) if e.type == "crackdown"] == ["2022-06-07"]


@pytest.mark.parametrize("lang,text", [
    ("es", "El miércoles por la tarde, agentes antimotines intentaron abrir paso a una columna de volquetas con "
           "gases lacrimógenos y toletes en Huancayo.\n\n"
           "En Huancayo, unas 25 personas, entre familiares de los detenidos, realizaron este jueves un plantón "
           "frente a la fiscalía para exigir la liberación de los cinco hombres y una investigación del desalojo."),
    ("en", "On Wednesday afternoon riot police tried to force a way for a convoy of trucks with tear gas and "
           "batons in Huancayo.\n\n"
           "In Huancayo, about 25 relatives of the detained held a vigil outside the prosecutor's office this "
           "Thursday to demand the release of the five men and an inquiry into the eviction."),
])
def test_a_clash_named_as_what_a_protest_demands_is_the_one_told_before(lang, text):
    evs = events_of(text, lang)
    assert of_type(evs, "crackdown") == [("2022-06-08", "Junín")], [(e.type, e.date) for e in evs]
    assert of_type(evs, "protest") == [("2022-06-09", "Junín")]


@pytest.mark.parametrize("lang,text", [
    ("en", "HUARAZ — Police cleared a roadblock that villagers had kept on the mine road for three weeks, "
           "injuring six people and arresting three, officials said on Thursday.\n\n"
           "The roadblock had been manned since May 10 by farmers of Huari province.\n\n"
           "On Tuesday morning about 200 officers moved in to let fuel tankers through. Residents said "
           "officers pushed them off the road with shields and batons. Three men were arrested."),
    ("es", "HUARAZ — La policía desalojó un bloqueo que los comuneros mantenían en la vía a la mina desde hacía "
           "tres semanas, con seis heridos y tres detenidos, informaron el jueves las autoridades.\n\n"
           "El bloqueo se mantenía desde el 10 de mayo en la provincia de Huari.\n\n"
           "El martes por la mañana, unos 200 policías llegaron para abrir paso a las cisternas. Los "
           "comuneros dijeron que los agentes los dispersaron con gases lacrimógenos. Tres hombres fueron detenidos."),
])
def test_a_lead_dated_only_by_its_telling_is_the_bodys_event(lang, text):
    evs = events_of(text, lang)
    assert of_type(evs, "crackdown") == [("2022-06-07", "Ancash")], [(e.type, e.date) for e in evs]
    assert of_type(evs, "arrest") == [("2022-06-07", "Ancash")]


def test_detainees_still_held_told_twice_are_one_arrest():
    """"una veintena de jóvenes continúan detenidos ... Veintiuno seguían ayer detenidos, y varios han sido
    trasladados a Tambacounda": the same detainees named again, not a second arrest elsewhere."""
    text = ("La ciudad sigue tomada por el ejército tres días después de la revuelta del martes en Kédougou; una "
            "veintena de jóvenes continúan detenidos.\n\nVeintiuno seguían ayer detenidos, y sus familias aseguran "
            "que varios han sido trasladados a Tambacounda.")
    evs = extract_report(Report(doc_id="t", text=text, published=date(2008, 12, 26), lang="es")).events
    assert len([e for e in evs if e.type == "arrest"]) == 1


@pytest.mark.parametrize("lang,text", [
    ("en", "HUANTA, Peru, March 9 - An indefinite strike over the price of potatoes kept the markets and roads of the "
           "province of Huanta closed for a sixth straight day on Wednesday, local officials said."),
    ("en", "HUANTA, Peru, March 9 - For a sixth straight day, the growers' strike kept Huanta's markets shut on "
           "Wednesday."),
    ("es", "HUANTA, 9 mar. - El paro indefinido de los productores de papa mantuvo cerrados los mercados de la "
           "provincia de Huanta por sexto día consecutivo este miércoles."),
    ("es", "HUANTA, 9 mar. - Por sexto día consecutivo, el paro de los productores de papa mantuvo cerrados este "
           "miércoles los mercados de Huanta."),
])
def test_a_strike_on_its_nth_straight_day_began_n_minus_one_days_before(lang, text):
    strikes = [e.date for e in events_of(text, lang, published=date(2022, 3, 9)) if e.type == "strike"]
    assert strikes == ["2022-03-04"], strikes


def test_a_march_for_a_third_straight_day_is_that_days_march():
    # a wave of marches: each day its own event (a strike "for a sixth straight day" is one strike)
    text = "On Wednesday, for a third straight day, students marched from the campuses to the ministry in Lima."
    marches = [e.date for e in events_of(text, "en", published=date(2022, 3, 10)) if e.type == "protest"]
    assert marches == ["2022-03-09"], marches
