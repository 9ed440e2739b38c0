"""Helpers of the web pages (web/views.py)."""
from __future__ import annotations

from conflictwatch.web.views import actors_by_role


def test_actors_are_one_entry_across_languages_with_the_names_the_reports_used():
    actors = [
        {"name": "Protesters", "role": "target", "kind": "civil_society"},
        {"name": "Manifestantes", "role": "target", "kind": "civil_society"},
        {"name": "Policía Nacional del Perú", "role": "initiator", "kind": "security_forces"},
        {"name": "Police", "role": "initiator", "kind": "security_forces"},
        {"name": "Newmont", "role": "target", "kind": "company"},
    ]
    who = dict(actors_by_role(actors, "PE", "2023-01-09"))
    initiators = [(a["name"], a["also"]) for a in who["Who acted"]]
    assert initiators == [("Police", ["Policía Nacional del Perú"])]
    targets = {a["name"]: a["also"] for a in who["Against whom"]}
    assert targets == {"Protesters": ["Manifestantes"], "Newmont": []}


def test_initiators_come_first():
    who = actors_by_role([{"name": "Protesters", "role": "target", "kind": "civil_society"},
                          {"name": "Police", "role": "initiator", "kind": "security_forces"}])
    assert [title for title, _ in who] == ["Who acted", "Against whom"]
