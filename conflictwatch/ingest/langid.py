"""Language identification with py3langid 0.4.0, restricted to the languages we read.

The model is loaded once. ``identify`` answers among the supported languages (en, es);
``check_language`` also asks the unrestricted model whether a report is clearly in some
other language (Portuguese, French, ...), and only judges that on enough text, so that a
short English or Spanish headline is never turned away.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..errors import UnsupportedLanguage
from ..records import SUPPORTED_LANGS

if TYPE_CHECKING:
    from ..records import Report

# Below this many characters the unrestricted model is not trusted to say "other language".
MIN_CHARS_FOR_OTHER = 200
# ... and it must be this sure of the other language.
MIN_PROB_FOR_OTHER = 0.9


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def rank(text: str) -> list[tuple[str, float]]:
    """Every language of the model, most likely first, with normalised probabilities."""
    return [(lang, float(p)) for lang, p in _identifier().rank(text)]


def _restricted(ranking: list[tuple[str, float]], languages) -> tuple[str, float]:
    # A softmax restricted to some classes is the full softmax renormalised over them.
    scores = {lang: p for lang, p in ranking if lang in languages}
    total = sum(scores.values())
    if not scores:
        return languages[0], 0.0
    best = max(scores, key=scores.get)
    return best, (scores[best] / total if total > 0 else 1.0 / len(scores))


def identify(text: str, languages=SUPPORTED_LANGS) -> tuple[str, float]:
    """The most likely of ``languages`` (default en/es) and its probability among them."""
    return _restricted(rank(text), tuple(languages))


def other_language(text: str, languages=SUPPORTED_LANGS) -> tuple[str, float] | None:
    """(lang, prob) when ``text`` is clearly in a language outside ``languages``, else None."""
    if len(text.strip()) < MIN_CHARS_FOR_OTHER:
        return None
    lang, prob = rank(text)[0]
    if lang not in languages and prob >= MIN_PROB_FOR_OTHER:
        return lang, prob
    return None


def check_language(report: "Report", languages=SUPPORTED_LANGS) -> "Report":
    """Set ``report.lang`` (if unset) or raise UnsupportedLanguage (E108)."""
    where = {"path": report.path or report.doc_id, "line": report.line}
    if report.lang:
        if report.lang not in languages:
            raise UnsupportedLanguage(
                f"report '{report.doc_id}' is marked as language '{report.lang}'; conflictwatch "
                f"reads {', '.join(languages)}. It was skipped.", **where)
        return report
    text = report.full_text
    other = other_language(text, languages)
    if other:
        raise UnsupportedLanguage(
            f"report '{report.doc_id}' is in language '{other[0]}' (probability {other[1]:.2f}); "
            f"conflictwatch reads {', '.join(languages)}. It was skipped; translate it first, "
            "or force a language with --lang if this is wrong.", **where)
    report.lang = identify(text, languages)[0]
    return report
