"""Regular expressions built from word lists (the language data's lexicons, the gazetteer's
cues): one alternation helper for every stage, so that all of them escape, order and guard
their word lists the same way."""
from __future__ import annotations

import re
from collections.abc import Iterable

NEVER = r"(?!x)x"       # an alternation of no words matches nothing


def alternation(words: Iterable, *, flexible_space: bool = False) -> str:
    """A non-capturing regex alternation of literal words, longest first (so "mil millones"
    beats "mil"; "Madre de Dios" beats "Madre"), each word once. ``flexible_space``: a space
    in a word matches any run of white space ("15 de  junio" across a line break)."""
    unique = sorted({str(w) for w in words if w not in (None, "")}, key=len, reverse=True)
    if not unique:
        return NEVER
    parts = (re.escape(w) for w in unique)
    if flexible_space:
        parts = (p.replace(r"\ ", r"\s+") for p in parts)
    return "(?:" + "|".join(parts) + ")"


def whole_words(words: Iterable, *, flexible_space: bool = False) -> str:
    """``alternation`` that only matches whole words (no letter or digit continues it)."""
    return rf"(?<!\w){alternation(words, flexible_space=flexible_space)}(?!\w)"
