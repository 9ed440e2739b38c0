"""Train the learned event decider (``conflictwatch/extract/data/decider.json``): ``make train``.

    .venv/bin/python scripts/train_decider.py [--eval-dir ../shared/eval] [--sets DIR ...]
                                              [--out conflictwatch/extract/data/decider.json]
                                              [--report benchmarks/out/decider-cv.md] [--dry-run]

1. Runs the rule candidate generator (``EventExtractor.candidates``) over every annotated
   report of the sets (default: EVAL_DIR/dev/*), with no confidence threshold.
2. Labels each candidate with the scorer's own matching (``score.compatible``): a
   candidate is positive when it would match a gold event of its report (type, action,
   country, admin1, compatible date).
3. Chooses the regularisation and the keep threshold by grouped 5-fold cross-validation
   over whole reports (a report is never split), scoring the merged, held-out predictions
   with ``score.py`` exactly as the benchmark does.
4. Reports grouped k-fold and leave-one-set-out figures per language beside the
   in-sample ones, and the expected calibration error (ECE) of the event confidence under
   cross-validation (the calibrator, too, is fitted on other folds only).
5. Fits the final model on all reports and writes the weights (a JSON file of a few
   hundred numbers; inference needs no library).

Needs scikit-learn (``pip install -e '.[train]'``); deterministic (liblinear, fixed folds).
"""
from __future__ import annotations

import argparse
import copy
import importlib.util
import json
import math
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from conflictwatch.extract.decide import MODEL_PATH, aggregate_features, model_from_dict  # noqa: E402
from conflictwatch.extract.events import decide, get_extractor, merge_candidates  # noqa: E402
from conflictwatch.ingest import read_paths  # noqa: E402
from conflictwatch.records import Report  # noqa: E402

PMAX: dict[int, tuple[float, int, float]] = {}   # id(event) -> (best mention score, mentions, rule score)
C_GRID = (0.03, 0.1, 0.3, 1.0)
T_GRID = (0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
K = 5
DEV_HELDOUT = ("newa", "newb", "newc", "newg", "newh",  # annotated blind, then read while improving extraction
               "newk", "newl", "newm", "newn", "newo", "newp", "newq", "newr", "news", "newt", "newu", "newv",
               # the eighth session's probe sets (no-event, place, date and type traps), read after their first look
               "quiet", "quiet2", "quiet3", "where1", "where2", "where3", "where4", "when1", "when2",
               "type1", "type2", "type3", "quiet4",
               # the ninth session's probe sets, read after their first look
               "merge1", "merge2", "where5", "where6", "type4", "type5", "quiet5",
               # the tenth session's: site2 (small places) read after its first look; merge3 read
               "site2", "merge3",
               # the eleventh session's realistic sets, read after their first look
               "newba", "newbc", "newbd",
               # the twelfth session's, read after their first look
               "newbm", "newbp", "newbq", "newbs", "newbu",
               # the thirteenth session's, read after their first look
               "newbx", "newcb", "newbz", "newcf", "newce",
               # the fourteenth session's, read after their first look
               "newcl", "newcg", "newci", "newcm", "newcp",
               # the fifteenth session's, read after their first look
               "newcu", "newcs", "newcv",
               # the sixteenth session's, read after their first look
               "newcy", "newcz", "newdd",
               # the seventeenth session's, read after their first look
               "newdg", "newdj", "newdf", "newdl", "newdn",
               # the eighteenth session's, read after their first look
               "newdq", "newds", "newdp", "newdw", "newdv",
               # the nineteenth session's read sets
               "neweb", "newec", "newed", "newea",
               # the twentieth session's read sets
               "newel", "newen", "neweg", "newei",
               # the twenty-first session's read sets
               "neweq", "newes", "neweo", "newev",
               # the twenty-second session's read sets
               "newfa", "newfb", "newez", "newey",
               # the twenty-third session's read sets
               "newfe", "newfi", "newfl", "newff",
               # the twenty-fourth session's read sets
               "newfq", "newfn", "newfr", "newfm",
               # the twenty-fifth session's read sets
               "newgb", "newga", "newfx", "newfw",
               # the twenty-sixth session's read sets
               "newge", "newgg", "newgh", "newgj",
               # the twenty-seventh session's read sets
               "newgo", "newgk", "newgp", "newgl",
               # the twenty-eighth session's read sets
               "newgz", "newgs", "newgt", "newgw",
               # the twenty-ninth session's read sets
               "newha", "newhe", "newhd", "newhh",
               # the thirtieth session's read sets
               "newhj", "newhn", "newhl", "newhp",
               # the thirty-first session's read sets
               "newht", "newhv", "newhr", "newhw",
               # the thirty-second session's read sets
               "newif", "newid", "newib", "newhy",
               # the thirty-third session's read sets
               "newil", "newij", "newin", "newii",
               # the thirty-fourth session's read sets (two waves)
               "newio", "newip", "newiq", "newir", "newja", "newiw", "newix", "newjb",
               # the thirty-fifth session's read sets (two waves)
               "newjj", "newjk", "newjf", "newji", "newjq", "newju", "newjm", "newjs",
               # the thirty-sixth session's read sets (two waves)
               "newjv", "newjz", "newkc", "newka", "newkk", "newki", "newkf", "newkj",
               # the thirty-seventh session's read sets (two waves)
               "newkp", "newkv", "newkt", "newkr", "newld", "newkw", "newkx", "newlg",
               # the thirty-eighth session's read sets (two waves)
               "newlm", "newll", "newlj", "newlo", "newlv", "newlu", "newls", "newly",
               # the thirty-ninth session's read sets (two waves)
               "newmc", "newmh", "newmg", "newmf", "newms", "newmt", "newmv", "newmp")


def load_score(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("cw_score", eval_dir / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load_sets(set_dirs: list[Path]):
    docs = []          # (doc_id, set, lang, Report, golds)
    for sd in set_dirs:
        golds = {}
        for line in (sd / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                golds[g["doc_id"]] = g["events"]
        for item in read_paths([str(sd / "reports.jsonl")]):
            if isinstance(item, Report):
                docs.append((item.doc_id, sd.name, item.lang, item, golds.get(item.doc_id, [])))
    return docs


LEVEL = "mention"
LABEL = "detection"
CAL_INPUTS = "all"


def is_positive(score, golds, p) -> int:
    """The training label of a candidate: "detection" asks whether the report tells an event
    of that type (and action) on compatible dates, whatever place the candidate was given
    (the decider learns what is an event; the place is the resolver's job); "match" asks for
    the scorer's full match (place included)."""
    if LABEL == "match":
        return int(any(score.compatible(g, p) for g in golds))
    return int(any(g["type"] == p["type"] and (g.get("action") or None) == (p.get("action") or None)
                   and score.dates_agree(g, p) for g in golds))
EVENT_ROWS: dict[str, list] = {}   # doc_id -> [(aggregated features, label)] for merged events


def candidates_of(docs, score):
    """Per report: (candidates, support, labels); and, for event-level models, the merged
    events' aggregated features and labels (EVENT_ROWS)."""
    out = {}
    for doc_id, _, lang, report, golds in docs:
        cands, support = get_extractor(lang).candidates(report)
        labels = []
        for c in cands:
            p = c.event.to_dict()
            labels.append(is_positive(score, golds, p))
        out[doc_id] = (cands, support, labels)
        rows = []
        for ev, members in merge_candidates(copy.deepcopy(cands)):
            p = ev.to_dict()
            rows.append((aggregate_features([c.features for c in members]), is_positive(score, golds, p)))
        EVENT_ROWS[doc_id] = rows
    return out


def fit(rows, C: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    X_dicts = [f for f, _ in rows]
    y = [lab for _, lab in rows]
    vec = DictVectorizer(sparse=False)
    X = vec.fit_transform(X_dicts)
    clf = LogisticRegression(C=C, solver="liblinear", max_iter=5000)
    clf.fit(X, y)
    weights = {name: float(w) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0]) if abs(w) > 1e-6}
    return {"weights": weights, "intercept": float(clf.intercept_[0])}


def rows_of(cands_by_doc, doc_ids):
    if LEVEL == "event":
        return [row for d in doc_ids for row in EVENT_ROWS[d]]
    return [(c.features, lab) for d in doc_ids for c, lab in zip(cands_by_doc[d][0], cands_by_doc[d][2])]


def predict_docs(cands_by_doc, doc_ids, model_dict, threshold, calibration=(1.0, 0.0, 0.0, 0.0), mode="learned"):
    """Merged predictions per held-out report, with (p_max, n) per event for calibration."""
    md = dict(model_dict, threshold=threshold, calibration=list(calibration), level=LEVEL)
    model = model_from_dict(md)
    preds = {}
    for d in doc_ids:
        cands, support, _ = copy.deepcopy(cands_by_doc[d])
        events = decide(cands, support, model, PMAX, mode=mode)
        preds[d] = events
    return preds


def tally(score, docs, preds, keep=lambda doc: True):
    t = score.Tally()
    for doc_id, _, lang, _, golds in docs:
        if keep((doc_id, lang)):
            t.add(golds, [e.to_dict() for e in preds.get(doc_id, [])], doc_id)
    tp, fp, fn = t.tp, t.fp, t.fn
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"P": p, "R": r, "F1": f1, "tp": tp, "fp": fp, "fn": fn, "by_type": t.by_type}


def matched_flags(score, docs, preds):
    """(confidence, matched?) for every predicted event."""
    out = []
    for doc_id, _, _, _, golds in docs:
        ps = [e.to_dict() for e in preds.get(doc_id, [])]
        pairs = score.match(golds, ps)
        hit = {pi for _, pi in pairs}
        for pi, e in enumerate(preds.get(doc_id, [])):
            out.append((e, int(pi in hit)))
    return out


def ece(pairs, bins: int = 10) -> float:
    if not pairs:
        return 0.0
    total, err = len(pairs), 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inb = [(c, y) for c, y in pairs if lo <= c < hi or (b == bins - 1 and c == 1.0)]
        if inb:
            conf = sum(c for c, _ in inb) / len(inb)
            acc = sum(y for _, y in inb) / len(inb)
            err += abs(acc - conf) * len(inb) / total
    return err


def auc(pairs) -> float:
    """Area under the ROC curve of confidence for matched vs. false events (0.5 = no ranking)."""
    from sklearn.metrics import roc_auc_score
    ys = [y for _, y in pairs]
    return float(roc_auc_score(ys, [c for c, _ in pairs])) if len(set(ys)) == 2 else float("nan")


def fit_calibrator(events_flags):
    """Platt scaling on (logit of the best mention's score, log of the mention count)."""
    from sklearn.linear_model import LogisticRegression
    X, y = [], []
    for ev, flag in events_flags:
        p_max, n, rule = PMAX[id(ev)]
        p = min(max(p_max, 1e-6), 1 - 1e-6)
        X.append([math.log(p / (1 - p)), math.log(n), rule])
        y.append(flag)
    if len(set(y)) < 2:
        return (1.0, 0.0, 0.0, 0.0)
    if CAL_INPUTS == "rule":       # the model's score left out: Platt scaling of the rule score
        X = [[x[1], x[2]] for x in X]
        clf = LogisticRegression(C=10.0, solver="liblinear").fit(X, y)
        return (0.0, float(clf.coef_[0][0]), float(clf.intercept_[0]), float(clf.coef_[0][1]))
    clf = LogisticRegression(C=10.0, solver="liblinear").fit(X, y)
    return (float(clf.coef_[0][0]), float(clf.coef_[0][1]), float(clf.intercept_[0]), float(clf.coef_[0][2]))


def folds_by(docs, key, k):
    """Deterministic grouped folds: reports sorted by id, dealt round-robin per group key."""
    groups = sorted({key(d) for d in docs})
    if k is None:   # one fold per group
        return [[d[0] for d in docs if key(d) == g] for g in groups]
    out = [[] for _ in range(k)]
    for i, g in enumerate(groups):
        out[i % k].extend(d[0] for d in docs if key(d) == g)
    return out


def cross_validate(score, docs, cands_by_doc, folds, C, threshold, calibrate=True, mode="learned"):
    """Out-of-fold merged predictions for every report, with calibrated confidences (the
    calibrator fitted on the other folds' out-of-fold events)."""
    all_ids = [d[0] for d in docs]
    oof = {}
    for fold in folds:
        train = [d for d in all_ids if d not in set(fold)]
        md = fit(rows_of(cands_by_doc, train), C)
        preds = predict_docs(cands_by_doc, fold, md, threshold, mode=mode)
        oof.update(preds)
    if calibrate and (LEVEL == "mention" or mode == "hybrid"):
        flags = matched_flags(score, docs, oof)
        fold_of = {d: i for i, f in enumerate(folds) for d in f}
        for i, fold in enumerate(folds):
            others = [(e, y) for e, y in flags if fold_of.get(e.doc_id) != i]
            a, b, c, dd = fit_calibrator(others)
            for d in fold:
                for e in oof.get(d, []):
                    p_max, n, rule = PMAX[id(e)]
                    p = min(max(p_max, 1e-6), 1 - 1e-6)
                    z = a * math.log(p / (1 - p)) + b * math.log(n) + c + dd * rule
                    e.confidence = 1 / (1 + math.exp(-z))
    return oof


def figures(score, docs, preds):
    langs = sorted({d[2] for d in docs})
    sets = sorted({d[1] for d in docs})
    set_of = {d[0]: d[1] for d in docs}
    out = {"all": tally(score, docs, preds)}
    for lang in langs:
        out[f"lang={lang}"] = tally(score, docs, preds, lambda x, L=lang: x[1] == L)
    for s in sets:
        out[f"set={s}"] = tally(score, docs, preds, lambda x, S=s: set_of[x[0]] == S)
    return out


def table(name_figs: list[tuple[str, dict]], keys: list[str]) -> str:
    head = "| subset | " + " | ".join(n for n, _ in name_figs) + " |\n|---|" + "---|" * len(name_figs) + "\n"
    rows = []
    for k in keys:
        cells = []
        for _, figs in name_figs:
            f = figs.get(k)
            cells.append(f"{f['F1']:.3f} (P {f['P']:.2f} R {f['R']:.2f})" if f else "")
        rows.append(f"| {k} | " + " | ".join(cells) + " |")
    return head + "\n".join(rows) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--eval-dir", default=str(ROOT.parent / "shared" / "eval"))
    ap.add_argument("--sets", nargs="*", help="set folders (default: EVAL_DIR/dev/*)")
    ap.add_argument("--out", default=str(MODEL_PATH))
    ap.add_argument("--report", default=str(ROOT / "out" / "decider-cv.md"))
    ap.add_argument("--level", choices=("event", "mention"), default="mention",
                    help="decide on each mention before merging (default) or on merged events")
    ap.add_argument("--label", choices=("detection", "match"), default="detection",
                    help="train on detection (type, action and dates agree; default) or the full match")
    ap.add_argument("--calibrate-on", choices=("all", "rule"), default="all",
                    help="calibrator inputs: the model's score, mention count and rule score (all), "
                         "or the mention count and rule score only (rule)")
    ap.add_argument("--dry-run", action="store_true", help="cross-validate only; do not write the model")
    args = ap.parse_args()
    eval_dir = Path(args.eval_dir)
    global LEVEL, LABEL, CAL_INPUTS
    LEVEL, LABEL, CAL_INPUTS = args.level, args.label, args.calibrate_on
    if not (eval_dir / "score.py").exists():
        sys.exit(f"E: {eval_dir}/score.py not found; give --eval-dir (the evaluation kit's folder).")
    score = load_score(eval_dir)
    # the shared dev sets and our own annotated sets that are no longer blind (never
    # benchmarks/heldout/blind nor newd: they stay held out)
    set_dirs = [Path(s) for s in args.sets] if args.sets else \
        sorted(p for p in (eval_dir / "dev").iterdir() if (p / "gold.jsonl").exists()) + \
        [ROOT / "benchmarks" / "heldout" / n for n in DEV_HELDOUT if (ROOT / "benchmarks" / "heldout" / n / "gold.jsonl").exists()]
    t0 = time.perf_counter()
    docs = load_sets(set_dirs)
    cands_by_doc = candidates_of(docs, score)
    n_c = sum(len(v[0]) for v in cands_by_doc.values())
    n_pos = sum(sum(v[2]) for v in cands_by_doc.values())
    print(f"{len(docs)} reports, {n_c} candidates, {n_pos} positive", file=sys.stderr)

    # rule baseline (no learning: its figures are the same in and out of sample)
    rule_preds = {}
    for d in cands_by_doc:
        cands, support, _ = copy.deepcopy(cands_by_doc[d])
        rule_preds[d] = decide(cands, support, None)
    rule_figs = figures(score, docs, rule_preds)
    rule_ece = ece([(e.confidence, y) for e, y in matched_flags(score, docs, rule_preds)])

    kfolds = folds_by(docs, key=lambda d: d[0], k=K)
    best = None
    for C in C_GRID:
        for t in T_GRID:
            oof = cross_validate(score, docs, cands_by_doc, kfolds, C, t, calibrate=False)
            f = tally(score, docs, oof)["F1"]
            langs = [tally(score, docs, oof, lambda x, L=L: x[1] == L)["F1"] for L in ("en", "es")]
            key = (min(langs) + f, f)
            print(f"C={C} t={t}: cv F1 {f:.3f} en {langs[0]:.3f} es {langs[1]:.3f}", file=sys.stderr)
            if best is None or key > best[0]:
                best = (key, C, t)
    _, C, t = best
    oof = cross_validate(score, docs, cands_by_doc, kfolds, C, t)
    cv_figs = figures(score, docs, oof)
    cv_ece = ece([(e.confidence, y) for e, y in matched_flags(score, docs, oof)])
    conf_hit = [e.confidence for e, y in matched_flags(score, docs, oof) if y]
    conf_miss = [e.confidence for e, y in matched_flags(score, docs, oof) if not y]
    sfolds = folds_by(docs, key=lambda d: d[1], k=None)
    loso = cross_validate(score, docs, cands_by_doc, sfolds, C, t)
    loso_figs = figures(score, docs, loso)
    # the default mode: rule thresholds keep or drop, the model's calibrated probability is
    # the confidence (calibrator fitted on the other folds' events)
    hyb = cross_validate(score, docs, cands_by_doc, kfolds, C, t, mode="hybrid")
    hyb_flags = matched_flags(score, docs, hyb)
    hyb_ece = ece([(e.confidence, y) for e, y in hyb_flags])
    hyb_hit = [e.confidence for e, y in hyb_flags if y]
    hyb_miss = [e.confidence for e, y in hyb_flags if not y]

    # final model: all reports; calibrator from the k-fold out-of-fold events
    md = fit(rows_of(cands_by_doc, [d[0] for d in docs]), C)
    # calibrator for the default (hybrid) mode, from its out-of-fold events
    cal = fit_calibrator(matched_flags(score, docs, cross_validate(score, docs, cands_by_doc, kfolds, C, t,
                                                                   calibrate=False, mode="hybrid")))
    ins = predict_docs(cands_by_doc, [d[0] for d in docs], md, t, cal)
    ins_figs = figures(score, docs, ins)
    elapsed = time.perf_counter() - t0

    keys = list(cv_figs)
    md_out = [f"Decider trained {date.today().isoformat()} on {len(docs)} reports "
              f"({', '.join(p.name for p in set_dirs)}): {n_c} candidates, {n_pos} positive; "
              f"C={C}, keep threshold {t} (chosen by grouped {K}-fold CV); {elapsed:.0f} s.\n",
              "Event F1 (P, R) per report, scored by score.py:\n",
              table([("rules (no model)", rule_figs), ("learned, in-sample", ins_figs),
                     (f"learned, grouped {K}-fold CV", cv_figs), ("learned, leave-one-set-out", loso_figs)], keys),
              f"\nCalibration (10-bin ECE of event confidence vs. matched): rule scores {rule_ece:.3f}; "
              f"hybrid (default: rules keep, model's calibrated probability) under {K}-fold CV {hyb_ece:.3f}, "
              f"mean confidence of matched events {sum(hyb_hit) / max(1, len(hyb_hit)):.2f} and of false events "
              f"{sum(hyb_miss) / max(1, len(hyb_miss)):.2f}, ROC AUC {auc([(e.confidence, y) for e, y in hyb_flags]):.2f} "
              f"(rule scores: {auc([(e.confidence, y) for e, y in matched_flags(score, docs, rule_preds)]):.2f}); "
              f"learned keep/drop under CV {cv_ece:.3f} (matched {sum(conf_hit) / max(1, len(conf_hit)):.2f}, "
              f"false {sum(conf_miss) / max(1, len(conf_miss)):.2f}).\n"]
    types = sorted(cv_figs["all"]["by_type"])
    md_out.append("\n| type | rules F1 | CV F1 (tp/fp/fn) |\n|---|---|---|\n")
    for ty in types:
        def f1(bt):
            tp, fp, fn = bt.get(ty, [0, 0, 0])
            return (2 * tp / (2 * tp + fp + fn) if tp else 0.0), (tp, fp, fn)
        r, _ = f1(rule_figs["all"]["by_type"])
        c, (tp, fp, fn) = f1(cv_figs["all"]["by_type"])
        md_out.append(f"| {ty} | {r:.3f} | {c:.3f} ({tp}/{fp}/{fn}) |\n")
    report = "".join(md_out)
    print(report)
    Path(args.report).parent.mkdir(parents=True, exist_ok=True)
    Path(args.report).write_text(report, encoding="utf-8")
    if not args.dry_run:
        payload = {
            "version": 1,
            "trained": date.today().isoformat(),
            "reports": len(docs), "candidates": n_c, "positives": n_pos,
            "C": C, "threshold": t, "calibration": list(cal), "level": LEVEL, "label": LABEL,
            "cv_f1": round(cv_figs["all"]["F1"], 4), "cv_ece_learned": round(cv_ece, 4),
            "cv_ece_hybrid": round(hyb_ece, 4), "rules_f1": round(rule_figs["all"]["F1"], 4),
            "intercept": md["intercept"],
            "weights": {k: round(v, 5) for k, v in sorted(md["weights"].items())},
        }
        Path(args.out).write_text(json.dumps(payload, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {args.out} ({len(payload['weights'])} weights)", file=sys.stderr)


if __name__ == "__main__":
    main()
