"""Numbers: digits in both conventions, number words, vague quantities, hedges and the kind
of each number (only ``count`` feeds participants, fatalities, injuries and arrests)."""
from __future__ import annotations

import time

import pytest

from conflictwatch.extract.numbers import find_numbers, parse_number


def counts(text, lang):
    return [(n.surface, n.value, n.vague) for n in find_numbers(text, lang) if n.kind == "count"]


def kinds(text, lang):
    return [(n.surface, n.kind) for n in find_numbers(text, lang)]


@pytest.mark.parametrize("lang,surface,value", [
    ("en", "5,000", 5000),
    ("en", "5000", 5000),
    ("en", "1,250,000", 1250000),
    ("en", "2.5 million", 2500000),
    ("en", "5 thousand", 5000),
    ("en", "two", 2),
    ("en", "twenty-one", 21),
    ("en", "a hundred", 100),
    ("en", "two hundred and fifty", 250),
    ("en", "three thousand", 3000),
    ("en", "dozens", None),
    ("es", "5.000", 5000),
    ("es", "5,000", 5000),            # Mexican and Peruvian outlets group with commas
    ("es", "1.500", 1500),
    ("es", "5 mil", 5000),
    ("es", "1,2 millones", 1200000),
    ("es", "2.500 millones", 2500000000),
    ("es", "veinte", 20),
    ("es", "veintiún", 21),
    ("es", "cuarenta y cinco", 45),
    ("es", "dos mil", 2000),
    ("es", "ciento cincuenta", 150),
    ("es", "dos mil trescientos", 2300),
    ("es", "mil millones", 1000000000),
    ("es", "un centenar", 100),
    ("es", "una veintena", 20),
    ("es", "miles", None),
    ("es", "nada", None),
])
def test_parse_number(lang, surface, value):
    assert parse_number(surface, lang) == value


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Some 400 farmers blocked the road.", [("Some 400", 400, False)]),
    ("en", "About 200 people marched.", [("About 200", 200, False)]),
    ("en", "At least 12 were arrested.", [("At least 12", 12, False)]),
    ("en", "Nearly 1,000 teachers struck.", [("Nearly 1,000", 1000, False)]),
    ("en", "More than 50 police officers were injured.", [("More than 50", 50, False)]),
    ("en", "Twenty-one protesters were detained.", [("Twenty-one", 21, False)]),
    ("en", "A hundred villagers gathered.", [("A hundred", 100, False)]),
    ("en", "Dozens were injured and thousands marched.", [("Dozens", None, True), ("thousands", None, True)]),
    ("en", "Several hundred people and a dozen officers.", [("Several hundred", None, True), ("a dozen", None, True)]),
    ("en", "Tens of thousands took to the streets.", [("Tens of thousands", None, True)]),
    ("en", "One protester died.", [("One", 1, False)]),
    ("es", "Unos 300 comuneros bloquearon la vía.", [("Unos 300", 300, False)]),
    ("es", "Alrededor de 500 personas marcharon.", [("Alrededor de 500", 500, False)]),
    ("es", "Más de 50 policías resultaron heridos.", [("Más de 50", 50, False)]),
    ("es", "Cerca de 1.000 maestros acataron el paro.", [("Cerca de 1.000", 1000, False)]),
    ("es", "Veintiún manifestantes fueron detenidos.", [("Veintiún", 21, False)]),
    ("es", "Un centenar de ronderos y una veintena de policías.", [("Un centenar", 100, True), ("una veintena", 20, True)]),
    ("es", "Decenas de heridos, cientos de detenidos y miles de manifestantes.",
     [("Decenas", None, True), ("cientos", None, True), ("miles", None, True)]),
    ("es", "Varios dirigentes fueron detenidos.", [("Varios", None, True)]),
    ("es", "Un policía murió.", [("Un", 1, False)]),
])
def test_counts_with_hedges_and_vague_words(lang, text, expected):
    assert counts(text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "One of the leaders was detained."),
    ("en", "No one was hurt."),
    ("es", "Uno de los dirigentes fue detenido."),
    ("es", "Ninguno resultó herido, dijo uno de ellos."),
])
def test_one_as_a_pronoun_is_not_a_count(lang, text):
    assert counts(text, lang) == []


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "On 4 December 2011 police arrived.", [("4", "date_part"), ("2011", "year")]),
    ("en", "Police arrived on December 4.", [("4", "date_part")]),
    ("en", "Police arrived on 04/12/2011.", [("04/12/2011", "date_part")]),
    ("en", "The march began at 8 p.m. and ended at 1:20 a.m.", [("8 p.m.", "time"), ("1:20 a.m.", "time")]),
    ("en", "The project costs $1.4 billion.", [("$1.4 billion", "money")]),
    ("en", "Fares rose 40% and then 5 percent.", [("40%", "percent"), ("5 percent", "percent")]),
    ("en", "It was the fourth day; the 1st brigade arrived.", [("fourth", "ordinal"), ("1st", "ordinal")]),
    ("en", "The mine moves 120,000 tonnes a day.", [("120,000 tonnes", "measure")]),
    ("en", "They marched 5 km under a 60-day emergency.", [("5 km", "measure"), ("60-day", "measure")]),
    ("en", "A 30-peso fare hike sparked protests.", [("30-peso", "measure")]),
    ("en", "In 2011, 3,000 people marched.", [("2011", "year"), ("3,000", "count")]),
    ("es", "El 4 de diciembre de 2011 llegó la policía.", [("4", "date_part"), ("2011", "year")]),
    ("es", "Del 4 al 7 de diciembre hubo paro.", [("4", "date_part"), ("7", "date_part")]),
    ("es", "La marcha empezó a las 20 horas.", [("20 horas", "time")]),
    ("es", "La marcha empezó a las 8 de la noche.", [("8 de la noche", "time")]),
    ("es", "El proyecto cuesta US$ 5 millones y S/ 500 por familia.", [("US$ 5 millones", "money"), ("S/ 500", "money")]),
    ("es", "Invertirán 4.800 millones de dólares.", [("4.800 millones de dólares", "money")]),
    ("es", "El precio subió 30% y luego 5 por ciento.", [("30%", "percent"), ("5 por ciento", "percent")]),
    ("es", "Era el cuarto día del paro.", [("cuarto", "ordinal")]),
    ("es", "Marcharon 5 km durante el paro de 48 horas.", [("5 km", "measure"), ("48 horas", "measure")]),
    ("es", "Las 300 familias afectadas marcharon.", [("300", "count")]),
    ("es", "Se declaró el 14/12 y hubo 8 fallecidos.", [("14/12", "date_part"), ("8", "count")]),
])
def test_numbers_that_are_not_counts_carry_their_kind(lang, text, expected):
    assert kinds(text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "Some 5,000 protesters, at least 12 of them injured, marched on 4 December."),
    ("es", "Unos 5.000 manifestantes, al menos 12 de ellos heridos, marcharon el 4 de diciembre."),
])
def test_offsets_point_at_the_surface(lang, text):
    found = find_numbers(text, lang)
    assert [n.kind for n in found] == ["count", "count", "date_part"]
    for n in found:
        assert text[n.start:n.end] == n.surface
    assert found[0].hedge in ("some", "unos") and found[0].value == 5000


@pytest.mark.parametrize("lang,text", [
    ("en", "On Sunday, some 5,000 farmers marched from Celendín to Cajamarca, where police fired "
           "tear gas, injuring at least 12; by 7 December, a 60-day state of emergency was declared."),
    ("es", "El domingo, unos 5.000 campesinos marcharon desde Celendín hasta Cajamarca, donde la "
           "policía lanzó gases e hirió a al menos 12; el 7 de diciembre se declaró la emergencia por 60 días."),
])
def test_a_sentence_takes_well_under_a_millisecond(lang, text):
    find_numbers(text, lang)
    n = 200
    t0 = time.perf_counter()
    for _ in range(n):
        find_numbers(text, lang)
    per_sentence = (time.perf_counter() - t0) / n
    assert per_sentence < 0.002, f"{per_sentence * 1000:.2f} ms per sentence"


# ------------------------------------------------------------------ issue 9: how many

@pytest.mark.parametrize("lang,text,surface,kind", [
    ("en", "Victoriano Huayna, 61, was fatally wounded.", "61", "age"),
    ("en", "Maria Quispe (34) and 12 others were injured.", "34", "age"),
    ("en", "A farmer aged 45 was injured.", "45", "age"),
    ("en", "Two young men, aged 20 and 21, were wounded.", "21", "age"),
    ("es", "Dos jóvenes de 20 y 21 años resultaron heridos.", "20", "measure"),
    ("en", "Two young men, 20 and 21 years old, were wounded.", "20", "measure"),
    ("es", "Juan Mamani, 61, resultó herido.", "61", "age"),
    ("es", "La comunera Rosa Ccori (34) murió.", "34", "age"),
    ("es", "La jornada del jueves 15, cuando cientos marcharon.", "15", "date_part"),
    ("en", "On Thursday 15, hundreds marched.", "15", "date_part"),
    ("en", "The demands:\n1. Repeal the decree.\n2. Free the detainees.", "1", "ordinal"),
    ("es", "Exigen:\n1) la derogación del decreto;\n2) la liberación de los detenidos.", "2", "ordinal"),
])
def test_ages_weekday_days_and_list_numbers_are_not_counts(lang, text, surface, kind):
    assert (surface, kind) in kinds(text, lang)
    assert all(s != surface for s, _, _ in counts(text, lang))


@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Un grupo de vecinos bloqueó la vía.", []),
    ("es", "Una marcha recorrió el centro.", []),
    ("es", "Un bote de gas cayó dentro de un minibús.", []),
    ("en", "One march reached the square.", []),
    ("es", "Un comunero murió y una mujer resultó herida.", [("Un", 1, False), ("una", 1, False)]),
    ("en", "One protester died.", [("One", 1, False)]),
    ("es", "Al menos 97 muertos en todo el país.", [("Al menos 97", 97, False)]),
    ("en", "At least 97 dead across the country.", [("At least 97", 97, False)]),
])
def test_one_is_a_count_only_before_a_person_or_casualty(lang, text, expected):
    assert counts(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("es", "El viernes 15 manifestantes fueron detenidos.", [("15", 15, False)]),
    ("en", "On Thursday 15 protesters were held.", [("15", 15, False)]),
])
def test_a_weekday_before_a_count_of_people_leaves_it_a_count(lang, text, expected):
    assert counts(text, lang) == expected


@pytest.mark.parametrize("text", ["A few hundred students marched out of the campus.",
                                  "A few thousand people gathered outside the ministry."])
def test_a_few_hundred_or_thousand_is_no_figure(text):
    counts = [n for n in find_numbers(text, "en") if n.kind == "count"]
    assert [(n.value, n.vague) for n in counts] == [(None, True)]
