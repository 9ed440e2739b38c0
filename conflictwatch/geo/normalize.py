"""Name folding shared by the gazetteer builder and the resolver.

``fold("Apurímac") == fold("APURIMAC") == "apurimac"``; hyphens, apostrophes and dots
become spaces, so ``fold("Ngäbe-Buglé") == "ngabe bugle"`` and ``fold("O'Higgins") == "o higgins"``.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SEP = re.compile(r"[\s\-‐‑–'’`´.,]+")
# Letters that NFKD does not decompose into a base letter plus a mark, case kept (``fold``
# lower-cases after; ``ascii_name`` writes GeoNames' ASCII form: "İsmayıllı" -> "Ismayilli").
_EXTRA = str.maketrans({"ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L",
                        "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i",
                        # Icelandic eth and thorn, as GeoNames' ASCII names write them
                        # ("Egilsstaðir" -> "Egilsstadir", "Þorlákshöfn" -> "Thorlakshofn")
                        "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
                        # the Azerbaijani schwa, and the turned e GeoNames writes for it ("Gǝdǝbǝy")
                        "ə": "a", "Ə": "A", "ǝ": "a", "Ǝ": "A"})


@lru_cache(maxsize=4096)
def ascii_name(name: str) -> str:
    """A name with a letter that loses itself when accents are stripped (Azerbaijani and
    Turkish dotless i, Polish l, Danish o) in GeoNames' ASCII form ("İsmayıllı" ->
    "Ismayilli", "Kırıkkale" -> "Kirikkale"); other names as they are ("Cusco", "Apurímac").
    ``fold`` gives both forms the same key."""
    if not any(ord(ch) in _EXTRA for ch in name):
        return name
    s = unicodedata.normalize("NFKD", name.translate(_EXTRA))
    return unicodedata.normalize("NFC", s.translate(_marks()))


@lru_cache(maxsize=1)
def _marks() -> dict[int, None]:
    """A ``str.translate`` table that drops every combining mark (as ``unicodedata.combining``
    tells them): one pass in C over a whole report instead of a test per character."""
    return {cp: None for cp in range(0x110000) if unicodedata.combining(chr(cp))}


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Lower-case, accent-free, separator-normalised form of a place name (the index key)."""
    if name.isascii():      # nothing to decompose or drop
        return _SEP.sub(" ", name.lower()).strip()
    s = unicodedata.normalize("NFKD", name.translate(_EXTRA)).translate(_marks())
    return _SEP.sub(" ", s.casefold()).strip()


def is_latin(name: str) -> bool:
    """True when every letter of ``name`` is Latin script (alternate names are kept only then)."""
    for ch in name:
        if ch.isalpha() and not (ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF):
            return False
    return True


_NOT_LETTER = re.compile(r"[^a-z0-9]")
# A city abroad this big that a text names by another name than its own ("Ginebra", "Londres") is
# that city: a local place the gazetteer lacks is not written as another tongue's exonym (the
# resolver keeps it without other pointers to its country; extraction lets a trigger's clause put
# the event there)
EXONYM_POPULATION = 100_000


def other_name(surface: str, name: str) -> bool:
    """Whether ``surface`` names a place by another name than its own, not by a spelling of
    it: an exonym ("Ginebra", "Londres" for Geneva, London) or an old name, where "Nuku'alofa",
    "BOGOTA" and "Tel-Aviv" are the places' own names."""
    return _NOT_LETTER.sub("", fold(surface)) != _NOT_LETTER.sub("", fold(name))
