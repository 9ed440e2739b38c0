"""Event extraction (triggers, modality, dates, numbers, actors) — and the library entry point.

``from conflictwatch import extract`` gives this package, which is callable so that a
notebook can write ``extract("text or path", published="2011-12-05")`` and get a list of
``ExtractionResult`` (see ``conflictwatch.pipeline.extract``). The package is made callable
because a subpackage named ``extract`` would otherwise shadow a function of that name.
"""
from __future__ import annotations

import sys
import types


class _CallableModule(types.ModuleType):
    def __call__(self, source, *, published=None, lang: str = "auto", doc_id: str | None = None):
        from ..pipeline import extract as _extract
        return _extract(source, published=published, lang=lang, doc_id=doc_id)


sys.modules[__name__].__class__ = _CallableModule
