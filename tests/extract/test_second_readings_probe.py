"""Second readings on the hand-written probe (issue 9): reports that tell new events and
mention earlier ones again (a tally, a quote, an anniversary, "a week after", "the protests,
which began on ...", "las protestas que estallaron el lunes continuaron", "el acuerdo firmado
el 6 de abril fue ratificado") must give the earlier events once, on their own day, and the
genuinely new ones ("clashes resumed on Thursday", "un segundo paro") too
(tests/extract/data/second_readings_probe.yaml, scored by scripts/probe_attachment.py).
The reports still failing are xfail (strict: a fix must drop its entry), each with what it is about."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.probes import check_report, report_params, scorer

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "extract" / "data" / "second_readings_probe.yaml"
probe = scorer("probe_attachment")

OPEN = {
    "en09-cusco-second-strike": "'a first 48-hour stoppage on September 21 and 22' read as a span ending on the day told "
                                "(both strikes a day early)",
    "en17-ica-resumed": "'Congress repealed the old law' (a national act) placed in the report's region",
    "es12-antamina-serie": "'tomaron el mineroducto' is read as a protest, and the first road blockade is missed",
    "es15-el-estor-nuevo-bloqueo": "'desalojara el primero, instalado el 4 de octubre': the first blockade told by a "
                                   "pronoun is not found; the eviction takes its day",
}


@pytest.mark.parametrize("rep", report_params(probe.load(DATA), OPEN))
def test_probe_report(rep):
    check_report(probe, rep)
