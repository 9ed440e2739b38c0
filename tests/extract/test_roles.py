"""Who did it (issue 9): the initiator of a protest, strike, blockade or riot whose sentence
names nobody is the civil actor named just before it in the paragraph; indigenous people
are a community, their federations civil society (SCHEMA kinds)."""
from __future__ import annotations

from conflictwatch import extract


def _initiators(text: str, lang: str, etype: str) -> set[tuple[str, str]]:
    out = set()
    for r in extract(text, published="2024-03-15", lang=lang):
        for e in r.events:
            if e.type == etype:
                out |= {(a.name, a.kind) for a in e.actors if a.role == "initiator"}
    return out


def test_blockade_takes_the_community_named_before_it() -> None:
    text = ("Comuneros de Huancuire llegaron el lunes a la zona de Chalhuahuacho, en Apurímac. "
            "El martes bloquearon la carretera de acceso a la mina.")
    assert any(kind == "community" for _, kind in _initiators(text, "es", "blockade"))


def test_riot_without_named_rioters_is_done_by_the_protesters_told_before() -> None:
    text = ("Thousands of students marched through Dhaka on Monday. "
            "That evening the state broadcaster's building in Dhaka was set on fire.")
    kinds = {kind for _, kind in _initiators(text, "en", "riot")}
    assert "civil_society" in kinds and "other" not in kinds


def test_no_earlier_actor_across_a_paragraph_break() -> None:
    text = ("Miners' unions met the minister in Lima on Friday.\n\n"
            "On Monday roads were blocked across Puno region.")
    kinds = {kind for _, kind in _initiators(text, "en", "blockade")}
    assert "union" not in kinds


def test_indigenous_people_are_a_community_and_their_federation_civil_society() -> None:
    people = _initiators("On Monday indigenous people blocked the highway in Bagua, Amazonas.", "en", "blockade")
    org = _initiators("On Monday AIDESEP blocked the highway in Bagua, Amazonas.", "en", "blockade")
    assert ("Indigenous communities", "community") in people
    assert ("Indigenous organisations", "civil_society") in org
    es = _initiators("El lunes los pueblos indígenas bloquearon la carretera en Bagua, Amazonas.", "es", "blockade")
    assert ("Comunidades indígenas", "community") in es
