"""Learned event decisions: keep or drop each rule candidate, with a calibrated confidence.

The rules (``events.py`` with ``lang/<code>/triggers.yaml``) generate candidate events with
high recall; this component decides which of them are events the report presents as having
happened. It is a logistic regression over general features of the candidate — its type,
the trigger's strength and words, tense and modality cues, quoted or reported speech, its
position in the report (headline, lead, later paragraphs), whether the sentence gives its
own date and place, how far its date lies before publication — trained on the annotated
development reports by ``scripts/train_decider.py`` (``make train``) and shipped as a small
JSON file (``data/decider.json``). Inference is a dot product: no library is needed at run
time, and nothing is downloaded.

After the kept candidates of one event are merged, the event's ``confidence`` is a
calibrated probability that it matches a real event (Platt scaling of the best candidate's
score, the number of candidates and the rule score, fitted on cross-validated predictions).

Who keeps or drops is a setting, ``CONFLICTWATCH_DECIDER``:
- ``hybrid`` (default): the rule thresholds of ``data/thresholds.yaml`` keep or drop, and the
  model gives each kept event its calibrated probability. On the annotated reports the
  learned keep/drop decisions score the same as the rules under grouped cross-validation
  and no better on our blind set (BENCHMARKS.md), so the rules keep deciding until more
  annotated reports make the model better than them;
- ``learned``: the model keeps or drops as well;
- ``rules``: no model at all; confidence is the rule score.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("data") / "decider.json"

# Cues read in the candidate's sentence. They are deliberately broad word families, not
# phrases from any report: the model learns how much each one counts for each type.
_QUOTE = re.compile(r"[\"“”«»]")
_REPORTING = re.compile(r"(?i)\b(?:said|says|told|according to|stated|claimed|announced|reported|"
                        r"dijo|dice|afirm[óa]|señal[óa]|según|declar[óa]|asegur[óa]|indic[óa]|"
                        r"inform[óa]|anunci[óa]|explic[óa])\b")
_HISTORY = re.compile(r"(?i)\b(?:years? ago|in (?:19|20)\d\d|since (?:19|20)\d\d|anniversary|history|"
                      r"previous(?:ly)?|earlier this year|last year|"
                      r"en (?:19|20)\d\d|hace \w+ años|desde (?:19|20)\d\d|aniversario|historia|"
                      r"anterior(?:es)?|el año pasado)\b")
_MODAL = re.compile(r"(?i)\b(?:will|would|could|might|may|plan(?:s|ned)?|threat(?:en(?:s|ed)?)?|"
                    r"call(?:s|ed)? for|demand(?:s|ed)?|warn(?:s|ed)?|if|unless|"
                    r"podría[n]?|podrá[n]?|amenaz\w*|convoc\w*|anunci\w*|exig\w*|pide[n]?|"
                    r"advirti\w*|si no|planea\w*|prevé[n]?)\b")
_NEGATION = re.compile(r"(?i)\b(?:not|no|never|without|nobody|none|n't|"
                       r"nunca|sin|ningún|ninguna|nadie|tampoco)\b")
_FUTURE_ES = re.compile(r"(?i)\b\w+(?:ará|erá|irá|arán|erán|irán)\b")
_WORD = re.compile(r"[\wáéíóúñü]+", re.I)


def _tokens(text: str) -> list[str]:
    """Lower-cased words, with names and numbers as their shape: the model may learn from
    "during the" or "fired on", never from "Nairobi" or "17" (which would only memorise the
    annotated reports)."""
    out = []
    for w in _WORD.findall(text):
        out.append("<num>" if w[0].isdigit() else "<name>" if w[0].isupper() else w.lower())
    return out


@dataclass(slots=True)
class Candidate:
    """One rule candidate: the event it would become and what the decider reads of it."""
    event: object                       # records.Event
    features: dict[str, float] = field(default_factory=dict)
    score: float = 0.0                  # the model's probability for this candidate
    new_day: bool = False               # told as a new one on a day of its own (merging)
    town_day: tuple | None = None       # (day, town, lat, lon) its own sentence gives it (merging)
    ongoing: bool = False               # "the strike": one already under way (merging)
    own_day: str | None = None          # the day that opens its clause (merging)
    soft_day: bool = False              # its sentence tells a night or a telling: its day may be off by one
    restates: bool = False              # a recap's or "the same clash": an event told before, named again
    since: bool = False                 # its date is the day it began ("desde el 6 de noviembre", "since Monday")
    told_after: bool = False            # named in an "after" phrase of a sentence dated by its main clause
    judged: bool = False                # what a trial or charge is over ("the trial over the riots"): told elsewhere


def _bucket_days(days: int | None) -> str:
    if days is None:
        return "nopub"
    if days < 0:
        return "future"
    for edge, name in ((0, "0"), (3, "1-3"), (14, "4-14"), (60, "15-60"), (365, "61-365")):
        if days <= edge:
            return name
    return ">365"


def features(*, etype: str, lang: str, strength: float, surface: str, sentence_text: str,
             before: str, after: str, paragraph: int, title_para: int, first_body_para: int,
             sentence_index: int, n_sentences: int, own_date: bool, own_place: bool,
             date_defaulted: bool, value_date: str | None, published: date | None,
             has_numbers: bool, nationwide: bool, n_in_sentence: int, n_same_type: int,
             has_admin1: bool, rule_confidence: float, rule_threshold: float = 0.6) -> dict[str, float]:
    """The decider's features of one candidate (names are strings, values numbers)."""
    f: dict[str, float] = {}

    def on(name: str, value: float = 1.0) -> None:
        f[name] = f.get(name, 0.0) + value

    t = etype
    on(f"t={t}")
    on(f"lang={lang}")
    on(f"t={t}|lang={lang}")
    on("strength", strength)
    on(f"t={t}|strength", strength)
    on("rule_conf", rule_confidence)
    # what the hand-set rule thresholds would decide: the model learns where to depart from it
    on("rule_keep" if rule_confidence >= rule_threshold else "rule_drop")
    on(f"t={t}|rule_margin", rule_confidence - rule_threshold)
    words = _tokens(surface)
    if words:
        on(f"trig={' '.join(words[:4])}")
        on(f"trig0={words[0][:6]}")          # a crude stem of the head word
    before_words = _tokens(before)[-3:]
    after_words = _tokens(after)[:2]
    for w in before_words:
        on(f"prev={w}")
    for w in after_words:
        on(f"next={w}")
    position = "title" if paragraph == title_para else "lead" if paragraph == first_body_para else \
        "para2" if paragraph == first_body_para + 1 else "later"
    on(f"pos={position}")
    on(f"t={t}|pos={position}")
    on("rel_position", sentence_index / max(1, n_sentences - 1))
    if own_date:
        on("own_date")
        on(f"t={t}|own_date")
    if date_defaulted:
        on("date_defaulted")
    if own_place:
        on("own_place")
        on(f"t={t}|own_place")
    if has_numbers:
        on("numbers")
    if nationwide:
        on("nationwide")
    if has_admin1:
        on("admin1")
    precision = "day" if value_date and len(value_date) == 10 else "month" if value_date and len(value_date) == 7 else "none"
    on(f"prec={precision}")
    days = None
    if published and value_date:
        try:
            d = date.fromisoformat(value_date if len(value_date) == 10 else value_date + "-01")
            days = (published - d).days
        except ValueError:
            days = None
    on(f"age={_bucket_days(days)}")
    on(f"t={t}|age={_bucket_days(days)}")
    if _QUOTE.search(sentence_text):
        on("quote")
    if _REPORTING.search(sentence_text):
        on("reporting")
    if _HISTORY.search(sentence_text):
        on("history")
    if _MODAL.search(before[-80:]):
        on("modal_before")
    if _NEGATION.search(before[-60:]):
        on("neg_before")
    if lang == "es" and _FUTURE_ES.search(before[-60:] + " " + surface):
        on("future_es")
    if "?" in sentence_text:
        on("question")
    n_words = len(sentence_text.split())
    on("short_sentence" if n_words <= 8 else "long_sentence" if n_words >= 40 else "mid_sentence")
    on("n_in_sentence", math.log1p(max(0, n_in_sentence - 1)))
    on("n_same_type", math.log1p(max(0, n_same_type - 1)))
    return f


def aggregate_features(members: list[dict[str, float]]) -> dict[str, float]:
    """The features of a merged event: each feature's largest value over its mentions
    ("any mention in the lead", "the strongest trigger"), and how many mentions it has."""
    out: dict[str, float] = {}
    for f in members:
        for k, v in f.items():
            if k not in out or v > out[k]:
                out[k] = v
    out["n_mentions"] = math.log(len(members)) if members else 0.0
    return out


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    intercept: float
    threshold: float
    # sigmoid(a*logit(p_max) + b*log(n) + c + d*rule_score)
    calibration: tuple[float, float, float, float] = (1.0, 0.0, 0.0, 0.0)
    level: str = "mention"        # "mention": decide, then merge; "event": merge, then decide

    def score(self, feats: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return _sigmoid(z)

    def calibrate(self, p_max: float, n: int, rule_score: float = 0.0) -> float:
        """The probability that a merged event is real, from its best mention's model score,
        its number of mentions and its rule score (Platt scaling fitted out of fold)."""
        a, b, c, d = self.calibration
        p = min(max(p_max, 1e-6), 1 - 1e-6)
        return _sigmoid(a * math.log(p / (1 - p)) + b * math.log(max(1, n)) + c + d * rule_score)


def _sigmoid(z: float) -> float:
    if z < -40:
        return 0.0
    if z > 40:
        return 1.0
    return 1.0 / (1.0 + math.exp(-z))


def model_from_dict(d: dict) -> Model:
    cal = list(d.get("calibration") or [1.0, 0.0, 0.0]) + [0.0] * 4
    return Model(weights={k: float(v) for k, v in d["weights"].items()}, intercept=float(d["intercept"]),
                 threshold=float(d.get("threshold", 0.5)), calibration=(float(cal[0]), float(cal[1]), float(cal[2]), float(cal[3])),
                 level=str(d.get("level", "mention")))


MODES = ("hybrid", "learned", "rules")


def decider_mode() -> str:
    """``CONFLICTWATCH_DECIDER`` (read through the settings object); E501 when unknown."""
    from ..config import get_settings
    return get_settings().decider


@lru_cache(maxsize=1)
def default_model() -> Model | None:
    """The shipped model, or None when there is no model file."""
    if not MODEL_PATH.exists():
        return None
    from ..errors import BadLanguageData
    try:
        return model_from_dict(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BadLanguageData(f"Cannot read the decision model ({exc}). Reinstall the package or "
                              "run `make train` to rebuild it.", path=str(MODEL_PATH)) from exc
