"""conflictwatch: news reports in, coded social-conflict events out.

    >>> from conflictwatch import extract
    >>> results = extract("Police fired tear gas at 300 protesters in Cajamarca on Sunday.",
    ...                   published="2011-12-05", lang="en")
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["extract", "__version__"]


from . import extract  # noqa: E402  (a callable package: see extract/__init__.py)
