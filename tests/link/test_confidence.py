"""The merged event's confidence (issue 9): calibrated, not a noisy-or of its readings."""
from __future__ import annotations

from conflictwatch.link.confidence import merged_confidence
from conflictwatch.link.merge import reconcile


def _mention(conf: float, report_id: int) -> dict:
    return {"type": "strike", "date": "2024-03-11", "country": "PE", "admin1": "Puno",
            "location": "Juliaca", "actors": [], "issues": [], "confidence": conf, "report_id": report_id}


def test_readings_retold_by_several_reports_never_reach_certainty() -> None:
    two = merged_confidence([0.9, 0.9], 2)
    five = merged_confidence([0.9] * 5, 5)
    # the old noisy-or said 0.99 for two readings of 0.9; reports retell each other
    assert two < 0.99 and five < 0.995
    assert merged_confidence([0.9, 0.6], 2) >= merged_confidence([0.6], 1)


def test_fitted_parameters_weigh_the_number_of_reports() -> None:
    params = (1.0, 1.0, 0.0)
    assert merged_confidence([0.8], 1, params) < merged_confidence([0.8, 0.8], 2, params) \
        < merged_confidence([0.8] * 4, 4, params) < 1.0


def test_a_weak_reading_stays_weak() -> None:
    assert merged_confidence([0.3], 1) < merged_confidence([0.8], 1)
    assert merged_confidence([0.3], 1) < 0.6


def test_two_readings_in_one_report_count_as_one_report(monkeypatch) -> None:
    from conflictwatch.link import confidence
    monkeypatch.setattr(confidence, "_params", lambda: (1.0, 1.0, 0.0))
    same = reconcile([_mention(0.8, 1), _mention(0.8, 1)])["confidence"]
    other = reconcile([_mention(0.8, 1), _mention(0.8, 2)])["confidence"]
    assert same == merged_confidence([0.8], 1)
    assert other > same


def test_without_fitted_parameters_the_best_reading_is_used(monkeypatch) -> None:
    from conflictwatch.link import confidence
    monkeypatch.setattr(confidence, "_params", lambda: None)
    assert abs(confidence.merged_confidence([0.4, 0.7], 2) - 0.7) < 1e-3
