"""Co-occurring types on the blind probe (issue 9): one passage that tells two or three events of different types on one day and place (protest and blockade, crackdown and arrest, strike and blockade ...), plus near misses
(tests/extract/data/cooccurrence_probe.yaml, written blind; scored by scripts/probe_attachment.py). The
reports still failing are xfail (strict: a fix must drop its entry), each with what it misses
or reads falsely when the entry was written."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.probes import check_report, report_params, scorer

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "extract" / "data" / "cooccurrence_probe.yaml"
probe = scorer("probe_attachment")

OPEN = {
    'en01-espinar-march-then-road': 'false suspension 2022-06-13 Cusco',
    'es02-jujuy-columna-ruta9': 'misses protest 2023-06-20 Jujuy, blockade 2023-06-20 Jujuy; false blockade 2023-06-20 Chiriquí, protest 2023-06-20 Chiriquí',
    'en04-medellin-transport-strike': 'misses blockade 2024-05-16 Antioquia',
    'es05-cotabambas-paro-toma-corredor': 'misses blockade 2023-09-13 Apurímac',
    'es18-potosi-once-horas-acta': 'misses negotiation 2019-05-28 Potosí',
    'es20-huancuire-levantan-bloqueo': 'misses blockade 2022-04-11 Apurímac',
    'es21-anelo-cortes-levantados': 'misses blockade 2021-04-17 Neuquén, agreement 2021-04-19 Neuquén',
}


@pytest.mark.parametrize("rep", report_params(probe.load(DATA), OPEN))
def test_probe_report(rep):
    check_report(probe, rep)
