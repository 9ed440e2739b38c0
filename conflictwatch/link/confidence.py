"""The confidence of a merged event: a calibrated probability that it is a real event.

Each report's reading of an event comes with the extractor's calibrated probability
(``extract/decide.py``). Reports about one event are not independent evidence — wire copy
is reprinted, regional papers retell it — so multiplying their doubts (noisy-or) made
every event told twice look certain (0.99 shown for events that were 91% right on the dev
sets). Instead the merged confidence is a logistic function of the best reading's
probability and the number of distinct reports,

    confidence = sigmoid(a * logit(best) + b * log(reports) + c),

whose parameters are fitted by ``scripts/fit_merged_confidence.py`` on the merged output of
the annotated reports (labels from the scorer's merged matching) and shipped in
``data/confidence.json``. The script compares three forms under leave-one-set-out
cross-validation — the best reading alone (a=1, b=c=0), a weight for the number of reports
only, and all three parameters — and ships the one with the lowest held-out calibration
error (the figures are in BENCHMARKS.md; on 2026-12-04 the three-parameter form, ECE 0.020
against 0.043 for the noisy-or). Without the file the best reading's probability is used.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Iterable

PARAMS_PATH = Path(__file__).with_name("data") / "confidence.json"


@lru_cache(maxsize=1)
def _params() -> tuple[float, float, float] | None:
    try:
        d = json.loads(PARAMS_PATH.read_text(encoding="utf-8"))
        return float(d["a"]), float(d["b"]), float(d["c"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def features(confidences: Iterable[float | None], n_reports: int) -> tuple[float, float]:
    """(logit of the best reading's probability, log of the number of reports)."""
    best = max((min(max(float(c if c is not None else 0.5), 0.01), 0.99) for c in confidences), default=0.5)
    return math.log(best / (1 - best)), math.log(max(1, n_reports))


def merged_confidence(confidences: Iterable[float | None], n_reports: int,
                      params: tuple[float, float, float] | None = None) -> float:
    """The calibrated probability that a merged event with these readings is real."""
    x, n = features(list(confidences), n_reports)
    p = params or _params()
    if p is None:
        return round(1 / (1 + math.exp(-x)), 4)
    z = p[0] * x + p[1] * n + p[2]
    z = max(-40.0, min(40.0, z))
    return round(1 / (1 + math.exp(-z)), 4)
