"""conflictwatch: news reports in, coded social-conflict events out.

    >>> from conflictwatch import extract
    >>> results = extract("Police fired tear gas at 300 protesters in Cajamarca on Sunday.",
    ...                   published="2011-12-05", lang="en")
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["extract", "__version__"]


def extract(source, *, published=None, lang="auto", doc_id=None):
    """Extract events. ``source`` is a text string, a Report, or a path.

    Returns a list of ``ExtractionResult`` (one per report)."""
    from .pipeline import extract as _extract
    return _extract(source, published=published, lang=lang, doc_id=doc_id)
