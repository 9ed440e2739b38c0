"""Issue 9: a blockade told again as the object of its clearing is the blockade told before,
not a new one on the clearing day; a protest told of more places than the same-day clash of
its sentence is an event of its own (SCHEMA rule 4c is about the march met by force)."""
from __future__ import annotations

from datetime import date

from conflictwatch.pipeline import extract_report
from conflictwatch.records import Report


def _events(text: str, pub: date, lang: str = "en"):
    return [(e.type, e.date, e.admin1) for e in
            extract_report(Report(doc_id="t", text=text, published=pub, lang=lang)).events]


def test_cleared_blockade_told_before_is_that_blockade():
    evs = _events("Supporters of the former president have blocked roads in Cochabamba since Oct. 14.\n\n"
                  "On Thursday, police and soldiers cleared a blockade at Parotani, in Cochabamba.",
                  date(2024, 10, 25))
    assert [e for e in evs if e[0] == "blockade"] == [("blockade", "2024-10-14", "Cochabamba")]


def test_cleared_blockade_not_told_before_is_kept():
    evs = _events("On Thursday, police and soldiers cleared a blockade at Parotani, in Cochabamba.",
                  date(2024, 10, 25))
    assert ("blockade", "2024-10-24", "Cochabamba") in evs


def test_protest_wider_than_the_clash_is_kept():
    evs = _events("NAIROBI, June 26 (Wire) - Police fired tear gas at protesters in Nairobi on Tuesday "
                  "as demonstrations spread to more than 20 counties.", date(2024, 6, 26))
    assert ("protest", "2024-06-25", None) in evs
    assert any(e[0] == "crackdown" and e[2] for e in evs)


def test_marches_in_many_cities_one_met_by_force():
    evs = _events("LIMA, 8 mar (Agencia) - Los maestros marcharon el martes en 15 ciudades del país; en una "
                  "de ellas, Arequipa, la policía reprimió a los manifestantes con gases lacrimógenos.",
                  date(2024, 3, 8), "es")
    assert ("protest", "2024-03-05", None) in evs
    assert ("crackdown", "2024-03-05", "Arequipa") in evs


def test_march_met_by_force_is_still_the_clash():
    evs = _events("NAIROBI, June 26 (Wire) - Police fired tear gas at protesters marching in Nairobi on Tuesday.",
                  date(2024, 6, 26))
    assert not [e for e in evs if e[0] == "protest"]


def test_span_of_protests_told_later_is_the_protest_told_before():
    evs = _events("Protests erupted in Tbilisi on Thursday after the government suspended talks. The interior "
                  "ministry said on Monday that 293 people had been detained in four nights of protests.",
                  date(2024, 12, 3))
    assert [e for e in evs if e[0] == "protest"] == [("protest", "2024-11-28", "T'bilisi")]


def test_condemned_crackdown_is_the_one_told_before():
    evs = _events("El domingo, policías federales desalojaron el bloqueo que maestros mantenían en la carretera "
                  "Oaxaca-Puebla, en Oaxaca; ocho personas murieron.\n\nLa represión en Nochixtlán fue condenada "
                  "por organismos de derechos humanos.", date(2016, 6, 21), "es")
    assert [e for e in evs if e[0] == "crackdown"] == [("crackdown", "2016-06-19", "Oaxaca")]
    assert not [e for e in evs if e[0] == "legal_action"]


def test_blockade_told_with_its_length_is_the_one_begun_before():
    evs = _events("LIMA, Nov 25 (Wire) - The ministry on Wednesday suspended operations at the Inmaculada mine in "
                  "Ayacucho, after communities blocked access to the mine for a week.\n\nThe blockade began on Nov. 17.",
                  date(2021, 11, 25))
    assert [e for e in evs if e[0] == "blockade"] == [("blockade", "2021-11-17", "Ayacucho")]
