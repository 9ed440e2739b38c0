"""The learned event decider: features, scoring, calibration, and its place in extraction."""
from __future__ import annotations

import json
from datetime import date

import pytest

from conflictwatch.extract import decide as decide_mod
from conflictwatch.extract.decide import Model, default_model, features, model_from_dict
from conflictwatch.extract.events import EventExtractor, decide
from conflictwatch.pipeline import extract_report
from conflictwatch.records import Report

EVENT_TYPES = ("protest", "strike", "blockade", "riot", "state_of_emergency", "deployment",
               "crackdown", "arrest", "legal_action", "negotiation", "agreement", "suspension")


def _feats(**over):
    base = dict(etype="strike", lang="en", strength=0.8, surface="went on strike",
                sentence_text="Miners went on strike on Monday.", before="Miners ", after=" on Monday.",
                paragraph=1, title_para=0, first_body_para=1, sentence_index=1, n_sentences=5,
                own_date=True, own_place=False, date_defaulted=False, value_date="2011-12-05",
                published=date(2011, 12, 6), has_numbers=False, nationwide=False, n_in_sentence=1,
                n_same_type=1, has_admin1=True, rule_confidence=0.95)
    base.update(over)
    return features(**base)


def test_features_name_the_type_the_position_and_the_date_cues():
    f = _feats()
    assert f["t=strike"] == 1 and f["pos=lead"] == 1 and f["own_date"] == 1
    assert f["age=1-3"] == 1 and f["prec=day"] == 1
    assert "quote" not in f and "reporting" not in f


@pytest.mark.parametrize("sentence,before,cue", [
    ('"We went on strike because nobody listened," a leader said.', '"We ', "quote"),
    ("The union said miners went on strike.", "The union said miners ", "reporting"),
    ("El sindicato dijo que los mineros iniciaron un paro.", "El sindicato dijo que los mineros ", "reporting"),
    ("Miners could go on strike next week.", "Miners could ", "modal_before"),
    ("Los mineros podrían ir a la huelga.", "Los mineros podrían ", "modal_before"),
    ("No strike was called.", "No ", "neg_before"),
    ("In 2009 miners went on strike for a month.", "In 2009 miners ", "history"),
])
def test_features_read_speech_modality_negation_and_history_cues(sentence, before, cue):
    assert cue in _feats(sentence_text=sentence, before=before)


def test_features_place_the_headline_and_a_defaulted_date():
    f = _feats(paragraph=0, date_defaulted=True, own_date=False, value_date=None)
    assert f["pos=title"] == 1 and f["date_defaulted"] == 1 and f["prec=none"] == 1 and f["age=nopub"] == 1


def test_model_score_follows_its_weights_and_calibration_is_monotonic():
    m = Model(weights={"t=strike": 2.0, "quote": -3.0}, intercept=-1.0, threshold=0.5,
              calibration=(1.0, 0.5, 0.0, 1.0))
    assert m.score({"t=strike": 1}) > 0.7
    assert m.score({"t=strike": 1, "quote": 1}) < 0.2
    assert m.score({"unknown-feature": 1}) == pytest.approx(1 / (1 + 2.718281828 ** 1), rel=1e-3)
    probs = [m.calibrate(p, 1) for p in (0.1, 0.3, 0.5, 0.7, 0.9)]
    assert probs == sorted(probs) and all(0 < p < 1 for p in probs)
    assert m.calibrate(0.6, 3) > m.calibrate(0.6, 1)     # more mentions, more sure
    assert m.calibrate(0.6, 1, 0.9) > m.calibrate(0.6, 1, 0.5)


def test_shipped_model_loads_and_knows_every_event_type():
    model = default_model()
    assert model is not None, "conflictwatch/extract/data/decider.json is missing: run `make train`"
    raw = json.loads(decide_mod.MODEL_PATH.read_text(encoding="utf-8"))
    assert 0 < model.threshold < 1 and raw["cv_f1"] > 0 and len(model.calibration) == 4
    for t in EVENT_TYPES:
        assert f"t={t}" in model.weights, t


def test_a_broken_model_file_is_a_coded_error(tmp_path, monkeypatch):
    from conflictwatch.errors import BadLanguageData
    bad = tmp_path / "decider.json"
    bad.write_text("{not json")
    monkeypatch.setattr(decide_mod, "MODEL_PATH", bad)
    default_model.cache_clear()
    try:
        with pytest.raises(BadLanguageData) as err:
            default_model()
        assert "make train" in str(err.value)
    finally:
        monkeypatch.undo()
        default_model.cache_clear()


@pytest.mark.parametrize("mode", ["rules", "learned", "hybrid"])
def test_the_decider_setting_chooses_who_keeps_events(monkeypatch, mode):
    from conflictwatch.config import get_settings
    from conflictwatch.extract.decide import decider_mode
    monkeypatch.setenv("CONFLICTWATCH_DECIDER", mode)
    get_settings.cache_clear()
    try:
        assert decider_mode() == mode
        text, pub = REPORTS[0][1], date(2011, 12, 5)
        events = EventExtractor("en")(Report(doc_id="t", text=text, published=pub, lang="en"))
        assert any(e.type == "arrest" for e in events)
    finally:
        monkeypatch.delenv("CONFLICTWATCH_DECIDER")
        get_settings.cache_clear()


def test_an_unknown_decider_setting_is_a_coded_error(monkeypatch):
    from conflictwatch.config import load_settings
    from conflictwatch.errors import BadSetting
    monkeypatch.setenv("CONFLICTWATCH_DECIDER", "magic")
    with pytest.raises(BadSetting) as err:
        load_settings()
    assert "CONFLICTWATCH_DECIDER" in str(err.value)


def test_hybrid_keeps_what_the_rules_keep_with_the_model_confidence():
    text = REPORTS[0][1]
    report = Report(doc_id="t", text=text, published=date(2011, 12, 5), lang="en")
    cands, support = EventExtractor("en").candidates(report)
    rules = decide(cands, support, None, mode="rules")
    cands, support = EventExtractor("en").candidates(report)
    hybrid = decide(cands, support, default_model(), mode="hybrid")
    assert [(e.type, e.date, e.admin1) for e in rules] == [(e.type, e.date, e.admin1) for e in hybrid]
    assert all(0.0 < e.confidence < 1.0 for e in hybrid)


REPORTS = [
    ("en", "Police detained 12 protesters on Saturday in Celendín, in the Cajamarca region, "
           "after they blocked the road to the Conga mine.", "2011-12-05"),
    ("es", "La policía detuvo el sábado a 12 manifestantes en Celendín, en la región Cajamarca, "
           "después de que bloquearan la carretera hacia la mina Conga.", "2011-12-05"),
]


@pytest.mark.parametrize("lang,text,pub", REPORTS)
def test_learned_decisions_keep_a_plain_event_with_a_probability(lang, text, pub):
    report = Report(doc_id="t", text=text, published=date.fromisoformat(pub), lang=lang)
    events = EventExtractor(lang)(report)
    arrests = [e for e in events if e.type == "arrest"]
    assert arrests and arrests[0].date == "2011-12-03" and arrests[0].admin1 == "Cajamarca"
    assert all(0.0 < e.confidence < 1.0 for e in events)


@pytest.mark.parametrize("lang,text,pub", REPORTS)
def test_candidates_are_not_thresholded_and_decisions_can_drop_them(lang, text, pub):
    report = Report(doc_id="t", text=text, published=date.fromisoformat(pub), lang=lang)
    cands, support = EventExtractor(lang).candidates(report)
    assert cands and all(c.features for c in cands)
    # a model that wants nothing keeps nothing; one that wants everything keeps every type
    none = model_from_dict({"weights": {}, "intercept": -10.0, "threshold": 0.5})
    assert decide(cands, support, none, mode="learned") == []
    cands, support = EventExtractor(lang).candidates(report)
    every = model_from_dict({"weights": {}, "intercept": 10.0, "threshold": 0.5})
    kept = decide(cands, support, every, mode="learned")
    assert {e.type for e in kept} == {c.event.type for c in cands}


@pytest.mark.parametrize("lang,text,pub", REPORTS)
def test_an_event_level_model_decides_on_merged_events(lang, text, pub):
    report = Report(doc_id="t", text=text, published=date.fromisoformat(pub), lang=lang)
    cands, support = EventExtractor(lang).candidates(report)
    # weight only on arrests: every other merged event is dropped, the arrest kept once
    only_arrests = model_from_dict({"weights": {"t=arrest": 20.0}, "intercept": -10.0,
                                    "threshold": 0.5, "level": "event"})
    kept = decide(cands, support, only_arrests, mode="learned")
    assert [e.type for e in kept] == ["arrest"] and kept[0].confidence > 0.99


def test_aggregated_features_take_the_largest_value_and_count_mentions():
    from conflictwatch.extract.decide import aggregate_features
    agg = aggregate_features([{"strength": 0.5, "pos=lead": 1.0}, {"strength": 0.8, "quote": 1.0}])
    assert agg["strength"] == 0.8 and agg["pos=lead"] == 1.0 and agg["quote"] == 1.0
    assert agg["n_mentions"] > 0


def test_features_never_name_a_place_or_a_figure():
    f = _feats(surface="stormed the Enayetpur police station", before="A crowd in Rangpur ",
               after=" on 4 August.", sentence_text="A crowd in Rangpur stormed the Enayetpur police station on 4 August.")
    names = " ".join(f)
    assert "enayetpur" not in names.lower() and "rangpur" not in names.lower() and "4" not in names
    assert "prev=<name>" in f and "next=<num>" in f and "trig=stormed the <name> police" in f


def test_a_whole_report_emits_no_event_under_the_probability_floor():
    # in a report of several sentences the default mode drops what the calibrated model gives
    # less than the floor (data/thresholds.yaml), whatever the rules kept
    from conflictwatch.extract.events import probability_floor
    floor, min_sentences = probability_floor()
    text = ("CAJAMARCA, Nov 22 (Andean Wire) - Some 2,000 farmers in the province of Celendín went on an "
            "indefinite strike on Monday against the Cerro Azul gold project. Shops and schools stayed closed. "
            "Police cordoned off the block around the company's offices from the first day. The strike committee "
            "said talks could start next week. Leaders met the regional governor on Tuesday. Protests were also "
            "reported in the nearby town of Sorochuco, where a crowd gathered outside the municipality. "
            "The company said it would study the demands.")
    from conflictwatch.extract.sentences import split
    assert len(split(text, "en")) >= min_sentences > 0 and floor > 0
    evs = extract_report(Report(doc_id="f", text=text, lang="en", published=date(2022, 11, 22))).events
    assert evs and all(e.confidence >= floor for e in evs), [(e.type, e.confidence) for e in evs]


def test_a_one_sentence_brief_keeps_the_events_the_rules_keep():
    # the calibrator was fitted on whole reports: a brief's events are not held to its floor
    text = "Police cordoned off the block around the social security headquarters from the first day."
    evs = extract_report(Report(doc_id="b", text=text, lang="en", published=date(2022, 11, 22))).events
    assert "deployment" in {e.type for e in evs}
