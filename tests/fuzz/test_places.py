"""Fuzzing the place resolver: any text, any focus country. No exception; every mention's
offsets give its surface and its place has a country code and coordinates on the globe."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictwatch.geo import Geocoder

from .strategies import FUZZ, any_text, prose

CAPITALISED = st.lists(st.sampled_from(["San", "Juan", "de", "La", "Paz", "Región", "Province", "of", "the",
                                        "Cusco", "Arequpia", "Ñuñoa", "O'Higgins", "Puerto", "Río", "Lima's",
                                        "Calamarca", "del", "Norte", "ÁÉÍ", "İstanbul", "ß", "Σ"]),
                       max_size=30).map(" ".join)


@pytest.fixture(scope="module")
def geocoder():
    return Geocoder.default()


@pytest.mark.parametrize("lang", ["en", "es"])
@FUZZ
@given(data=st.data(), focus=st.one_of(st.none(), st.sampled_from(["PE", "BO", "CL", "AR", "ES", "US", "ZZ", ""])))
def test_find_places_on_any_text(geocoder, lang, data, focus):
    text = data.draw(st.one_of(prose(lang), any_text, CAPITALISED))
    cc = geocoder.country_focus(text)
    assert cc is None or (isinstance(cc, str) and len(cc) == 2)
    for m in geocoder.find_places(text, focus_country=focus or None):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.surface
        assert len(m.place.country) == 2
        if m.place.latitude is not None:
            assert -90 <= m.place.latitude <= 90 and -180 <= m.place.longitude <= 180


@pytest.mark.parametrize("text", ["San " * 5000 + "Juan", "De La " * 3000, "A" * 100_000,
                                  ("Cusco, " * 3000), "Ñ" * 10_000 + " de Lima"])
def test_long_capitalised_runs_do_not_raise(geocoder, text):
    for m in geocoder.find_places(text, focus_country="PE"):
        assert text[m.start:m.end] == m.surface
