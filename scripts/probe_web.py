"""Score the whole web pipeline (HTML -> text -> events) on the web-page probe (issue 9).

    PYTHONPATH=. .venv/bin/python scripts/probe_web.py [--show] [--data DIR]

Reads every page of tests/ingest/data/web_probe/ through the real HTML reader, extracts its
events and compares them with the events of the page's STORY (expectations.yaml). Prints, per
language: story events found (same type, and action for state_of_emergency; date within one
day, or inside the gold month; same admin1 where the gold names one, case and accents
ignored), false events from the chrome (their evidence sentence is not in the story's own
text: a teaser, caption, comment, tag list..., or a story sentence glued to one), and false events from the story. The
"story only" line runs the same extractor on the story's own text, to tell what the HTML
side loses from what the extractor misses anyway. Optional gold events are neither required
nor held against a prediction that matches them.
"""
from __future__ import annotations

import argparse
import re
import unicodedata
from datetime import date
from pathlib import Path

import sys

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "ingest" / "data" / "web_probe"


sys.path.insert(0, str(Path(__file__).resolve().parent))
from probe_common import align, load as _load, same_type, within_a_day  # noqa: E402


def load(data: Path = DATA) -> list[dict]:
    return _load(data / "expectations.yaml", "pages")


def _fold(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    return re.sub(r"\W+", " ", "".join(c for c in s if not unicodedata.combining(c))).strip().lower()


def matches(g: dict, p) -> bool:
    if g.get("admin1") and _fold(g["admin1"]) != _fold(p.admin1):
        return False
    return same_type(g, p) and within_a_day(g["date"], p.date)


def page_report(page: dict, data: Path = DATA):
    from conflictwatch.ingest.html import read_html
    path = data / f"{page['id']}.html"
    (item,) = list(read_html(path, path.read_bytes(), published=date.fromisoformat(str(page["published"]))))
    item.lang = page["lang"]
    return item


def story_report(page: dict):
    from conflictwatch.records import Report
    story = page["story"]
    return Report(doc_id=page["id"], title=story[0], text="\n\n".join(story[1:]),
                  published=date.fromisoformat(str(page["published"])), lang=page["lang"])


def score_page(page: dict, report) -> dict:
    """found / missed gold events and false predictions ('chrome' or 'story') of one page."""
    from conflictwatch.pipeline import extract_report
    if isinstance(report, Exception):
        preds = []
    else:
        preds = extract_report(report).events
    found, missed, unmatched = align(page["events"], preds, matches)
    story = _fold(" ".join(page["story"]))
    false = []
    for p in unmatched:
        sent = _fold(p.evidence[0].sentence) if p.evidence else ""
        # a sentence glued to chrome ("READ: <teaser> The workers had blocked ...") is chrome's doing
        where = "story" if sent and sent in story else "chrome"
        false.append((where, p))
    return {"found": found, "missed": missed, "false": false}


def run(pages: list[dict], *, story_only: bool = False, show: bool = False, data: Path = DATA) -> dict:
    out: dict[str, dict] = {}
    for page in pages:
        rep = story_report(page) if story_only else page_report(page, data)
        r = score_page(page, rep)
        t = out.setdefault(page["lang"], {"gold": 0, "found": 0, "chrome": 0, "story": 0, "pages": {}})
        t["gold"] += len(r["found"]) + len(r["missed"])
        t["found"] += len(r["found"])
        t["chrome"] += sum(1 for w, _ in r["false"] if w == "chrome")
        t["story"] += sum(1 for w, _ in r["false"] if w == "story")
        t["pages"][page["id"]] = r
        if show and (r["missed"] or r["false"]):
            print(f"--- {page['id']} ({page['layout']})")
            for g in r["missed"]:
                print(f"  MISSED {g['type']} {g['date']} {g.get('admin1')}")
            for w, p in r["false"]:
                ev = p.evidence[0].sentence[:110] if p.evidence else ""
                print(f"  FALSE/{w} {p.type} {p.action or ''} {p.date} {p.admin1} | {ev}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", action="store_true", help="list missed and false events")
    ap.add_argument("--data", default=str(DATA))
    args = ap.parse_args()
    data = Path(args.data)
    pages = load(data)
    full = run(pages, show=args.show, data=data)
    alone = run(pages, story_only=True)
    print("| lang | pages | story events found | false from chrome | false from story | story only: found / false |")
    print("|---|---|---|---|---|---|")
    for lang in sorted(full):
        t, s = full[lang], alone[lang]
        print(f"| {lang} | {len(t['pages'])} | {t['found']}/{t['gold']} ({t['found'] / max(t['gold'], 1):.2f}) | "
              f"{t['chrome']} | {t['story']} | {s['found']}/{s['gold']} / {s['chrome'] + s['story']} |")


if __name__ == "__main__":
    main()
