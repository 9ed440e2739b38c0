"""Actor normalisation: English and Spanish names -> groups, ACLED names, PLOVER sectors."""
from __future__ import annotations

import pytest

from conflictwatch.link.actors import government_period, groups, normalise_actor, patterns


@pytest.mark.parametrize("name,kind,group,sector", [
    ("Protesters", "community", "protesters", "CVL"),
    ("Manifestantes", "community", "protesters", "CVL"),
    ("riot police", "security_forces", "police", "COP"),
    ("la Policía Nacional del Perú", "security_forces", "police", "COP"),
    ("soldiers", "security_forces", "military", "MIL"),
    ("el Ejército", "security_forces", "military", "MIL"),
    ("coca growers", "community", "farmers", "AGR"),
    ("cocaleros", "community", "farmers", "AGR"),
    ("the teachers' union", "union", "teachers", "EDU"),
    ("sindicato de trabajadores mineros", "union", "miners", "LAB"),
    ("Congress", "government", "legislature", "LEG"),
    ("la Fiscalía", "judiciary", "judiciary", "JUD"),
])
def test_names_fall_in_groups_in_both_languages(name, kind, group, sector):
    a = normalise_actor(name, kind, "PE", "2023-01-10")
    assert (a.group, a.sector) == (group, sector)


def test_a_name_of_no_group_keeps_its_name_and_takes_its_kinds_sector():
    a = normalise_actor("Newmont", "company", "PE")
    assert (a.group, a.acled_name, a.sector, a.inter) == (None, "Newmont", "BUS", "external")


@pytest.mark.parametrize("when,period", [("2011-12-04", "2011-2016"), ("2022-12-06", "2021-2022"),
                                         ("2022-12-07", "2022-2025"), ("2023", "2022-2025"), ("2022", "2021-2022"), ("2010-01-01", "")])
def test_government_period_on_a_date(when, period):
    assert government_period("PE", when) == period


def test_a_country_without_periods_gets_plain_state_names():
    assert normalise_actor("policía", "security_forces", "BO", "2023-01-01").acled_name == "Police Forces of Bolivia"


def test_every_group_has_words_in_every_language():
    by_group: dict[str, int] = {}
    for group, _ in patterns():
        by_group[group] = by_group.get(group, 0) + 1
    assert set(by_group) == set(groups())
    assert set(by_group.values()) == {2}   # en and es
