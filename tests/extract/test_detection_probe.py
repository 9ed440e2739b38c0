"""Event detection inside complex prose on the hand-written probe (issue 9): each report's
expected events are found with the right type (and action) and date within one day, and
near-miss reports (plans, threats, history with only a year, metaphors, prices, medicine,
sport, weather) yield no event (tests/extract/data/detection_probe.yaml, scored by
scripts/probe_detection.py). The reports still failing are xfail, each with what it is
about: all of them are date attachment, not detection, except where said."""
from __future__ import annotations

import pytest

from tests.probes import check_report, found_share, report_params, scorer

probe = scorer("probe_detection")

OPEN = {
    "es-cl-puentealto": "'detenidas durante esa jornada' takes the curfew's 'el sábado' of the same sentence",
    "es-co-cali-siloe": "'contabilizó 21 puntos de bloqueo' takes the strike's start date",
    "es-bo-tropico-bloqueo": "'en rechazo a la orden de aprehensión': an undated earlier order is kept as "
                             "legal_action (detection: a cause told without its time)",
    "es-co-segovia-asonada": "'saquearon oficinas' takes the date of the previous sentence's participle "
                             "'iniciado el 5 de junio'",
    "es-ec-dialogo-basilica": "'levantó el estado de excepción que regía desde el 17 de junio': one trigger "
                              "yields the lifting only, not the declaration it presupposes (detection)",
    "es-pe-machupicchu": "'obligó a PeruRail a cancelar sus servicios' (a second suspension, undated) takes "
                         "the strike's Saturday",
    "en-in-tractor-rally": "'broke through barricades' yields a blockade on the rally's day (detection)",
    "en-id-manokwari": "'over the weekend' is not resolved (the arrest is optional; the false one is its date)",
}


@pytest.mark.parametrize("rep", report_params(probe.load(), OPEN, strict=False))
def test_probe_report(rep):
    check_report(probe, rep, ("type", "action", "date"))


def test_probe_share_does_not_fall():
    assert found_share(probe, probe.load()) >= 0.88


def test_near_misses_stay_clean():
    for rep in probe.load():
        if rep.get("near_miss"):
            assert not probe.score_report(rep)[2], rep["id"]
