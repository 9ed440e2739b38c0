"""Why events are missed or false, counted by cause (no texts printed, so it can be run on
a blind set without reading its misses).

    .venv/bin/python benchmarks/miss_causes.py --sets DIR [--sets DIR ...]

For every gold event the extractor's output does not match (score.py's own matching),
the first cause that explains it:
  place      a predicted event of the same type and dates, another country/admin1
  date       same type and place, incompatible dates
  action     same type, place and dates, another state-of-emergency action
  collapsed  a predicted event that matched another gold event of the type fits this one too
  dropped    a rule candidate (no threshold) would have matched; the decision dropped it
  type       an event or candidate of another type on compatible dates and place
  slot       the type was read, but not on compatible dates and place (and no better cause)
  none       no candidate of the type at all (the lexicon or the reading never saw it)
and for every false predicted event: place / date / action / type (near a gold event of
another type) / dup (a second reading of a matched gold event) / spurious.
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from conflictwatch.extract.events import get_extractor  # noqa: E402
from train_decider import load_sets, load_score  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", action="append", required=True, help="a set folder (reports.jsonl, gold.jsonl)")
    ap.add_argument("--eval-dir", default=str(ROOT.parent / "shared" / "eval"))
    args = ap.parse_args()
    score = load_score(Path(args.eval_dir))
    docs = load_sets([Path(s) for s in args.sets])
    miss = collections.Counter()
    false = collections.Counter()
    by_lang = collections.defaultdict(collections.Counter)
    n_gold = n_pred = 0
    for doc_id, _, lang, report, golds in docs:
        ex = get_extractor(lang)
        preds = [e.to_dict() for e in ex(report)]
        cands = [c.event.to_dict() for c in ex.candidates(report)[0]]
        n_gold += sum(not g.get("optional") for g in golds)
        n_pred += len(preds)
        pairs = score.match(golds, preds)
        mg = {g for g, _ in pairs}
        mp = {p for _, p in pairs}

        def same_place(g, p):
            if score.fold(g.get("country")) != score.fold(p.get("country")):
                return False
            return not g.get("admin1") or score.names_agree(g["admin1"], p.get("admin1"))

        for gi, g in enumerate(golds):
            if gi in mg or g.get("optional"):
                continue
            free = [p for pi, p in enumerate(preds) if pi not in mp and p["type"] == g["type"]]
            taken = [p for pi, p in enumerate(preds) if pi in mp and p["type"] == g["type"]]
            if any(score.dates_agree(g, p) and not same_place(g, p) for p in free):
                cause = "place"
            elif any(same_place(g, p) and not score.dates_agree(g, p) for p in free):
                cause = "date"
            elif any(same_place(g, p) and score.dates_agree(g, p) for p in free):
                cause = "action"
            elif any(same_place(g, p) and score.dates_agree(g, p) for p in taken):
                cause = "collapsed"      # one predicted event stands for this and another gold event
            elif any(score.compatible(g, c) for c in cands):
                cause = "dropped"
            elif any(c["type"] != g["type"] and same_place(g, c) and score.dates_agree(g, c)
                     for c in preds + cands):
                cause = "type"
            elif any(c["type"] == g["type"] for c in preds + cands):
                cause = "slot"           # the type was read, but not with these dates or place
            else:
                cause = "none"
            miss[cause] += 1
            by_lang[lang]["miss:" + cause] += 1
        for pi, p in enumerate(preds):
            if pi in mp:
                continue
            same_t = [g for g in golds if g["type"] == p["type"]]
            matched_same = [golds[gi] for gi, qi in pairs if golds[gi]["type"] == p["type"]]
            if any(score.compatible(g, p) for g in matched_same):
                cause = "dup"
            elif any(score.dates_agree(g, p) and not same_place(g, p) for g in same_t):
                cause = "place"
            elif any(same_place(g, p) and not score.dates_agree(g, p) for g in same_t):
                cause = "date"
            elif same_t and any(same_place(g, p) and score.dates_agree(g, p) for g in same_t):
                cause = "action"
            elif any(g["type"] != p["type"] and same_place(g, p) and score.dates_agree(g, p) for g in golds):
                cause = "type"
            else:
                cause = "spurious"
            false[cause] += 1
            by_lang[lang]["false:" + cause] += 1
    print(f"gold {n_gold}, predicted {n_pred}")
    print("missed gold events by cause:", dict(miss.most_common()), "total", sum(miss.values()))
    print("false events by cause:      ", dict(false.most_common()), "total", sum(false.values()))
    for lang in sorted(by_lang):
        print(f"  {lang}:", dict(sorted(by_lang[lang].items())))


if __name__ == "__main__":
    main()
