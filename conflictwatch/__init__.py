"""conflictwatch: news reports in, coded social-conflict events out.

    >>> from conflictwatch import extract, to_pandas
    >>> results = extract("Police fired tear gas at 300 protesters in Cajamarca on Sunday.",
    ...                   published="2011-12-05", lang="en")
    >>> df = to_pandas(results)          # needs the extra: pip install 'conflictwatch[pandas]'
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["extract", "to_pandas", "__version__"]


from . import extract  # noqa: E402  (a callable package: see extract/__init__.py)


def to_pandas(results):
    """Events of ``results`` as a pandas DataFrame (see ``conflictwatch.frames``)."""
    from .frames import to_pandas as _to_pandas
    return _to_pandas(results)
