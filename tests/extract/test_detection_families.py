"""Detection families of the second round (issue 9): what did not happen ("without
clashes", "sin enfrentamientos"), measures in force talked about ("defied the curfew",
"pese al toque de queda"), and phrasings of deployments, withdrawals and court acts.
Short hand-written sentences, one real-world phrasing each."""
from __future__ import annotations

import pytest

from .test_triggers import types_of

FOUND = [
    # a curfew lifted is told as "sin toque de queda" and stays an event
    ("state_of_emergency", "es", "Sin toque de queda: el Gobierno levantó el lunes el toque de queda en Cajamarca."),
]

NOT_FOUND = [
    # what did not happen
    ("crackdown", "en", "The strike in Cajamarca has gone on since Monday without clashes or arrests."),
    ("crackdown", "es", "Hasta ahora el paro en Cajamarca ha transcurrido sin bloqueos ni enfrentamientos."),
    ("crackdown", "es", "El lunes la marcha en Cajamarca terminó sin que se registraran enfrentamientos."),
    ("state_of_emergency", "es", "Los abogados dicen que el lunes sacaron a los militares en Cajamarca sin declarar el estado de emergencia."),
    # a curfew in force, defied: no new declaration
    ("state_of_emergency", "en", "On Monday thousands of people defied the curfew and marched in Cajamarca."),
    ("state_of_emergency", "es", "El lunes, pese al toque de queda, miles de personas marcharon en Cajamarca."),
    ("state_of_emergency", "es", "El lunes miles de personas desafiaron el toque de queda en Cajamarca."),
]


@pytest.mark.parametrize("etype,lang,text", FOUND)
def test_family_yields_its_event_type(etype, lang, text):
    assert etype in types_of(text, lang)


@pytest.mark.parametrize("etype,lang,text", NOT_FOUND)
def test_look_alike_yields_no_event_of_that_type(etype, lang, text):
    assert etype not in types_of(text, lang)
