"""Paragraph and sentence segmentation with character offsets (rule-based, no model).

Abbreviations that end in a full stop ("Corp.", "Dec.", "Sr.", "EE.UU.") do not end a
sentence; they live in ``lang/<code>/abbreviations.yaml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .langdata import load


@dataclass(slots=True, frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int   # index of the paragraph (0 = title when the report has one)
    index: int       # index of the sentence in the report


_PARA = re.compile(r"\n\s*\n|\n(?=[A-ZÁÉÍÓÚÑ¿¡\"“«(\-–—•*])")
_END = re.compile(r"[.!?…]+[\"”»')\]]*(?=\s+[\"“«(¿¡]?[A-ZÁÉÍÓÚÑ0-9])")


@lru_cache(maxsize=8)
def _abbreviations(lang: str) -> frozenset[str]:
    data = load(lang, "abbreviations") or {}
    return frozenset(a.lower() for a in data.get("abbreviations", []))


def split(text: str, lang: str = "en") -> list[Sentence]:
    abbrevs = _abbreviations(lang) | _abbreviations("en")
    out: list[Sentence] = []
    para_starts = [0] + [m.end() for m in _PARA.finditer(text)]
    para_ends = [m.start() for m in _PARA.finditer(text)] + [len(text)]
    for p_index, (ps, pe) in enumerate(zip(para_starts, para_ends)):
        start = ps
        for m in _END.finditer(text, ps, pe):
            cut = m.end()
            word = re.search(r"(\S+)$", text[start:m.start() + 1])
            token = word.group(1).lower() if word else ""
            token = token.lstrip("(\"“«¿¡")
            # "Corp." "Dec." "EE.UU." single capitals ("J.") are not sentence ends
            if token in abbrevs or re.fullmatch(r"(?:[a-záéíóúñ]\.){1,3}", token) \
                    or re.fullmatch(r"[a-z]\.", token):
                continue
            _add(out, text, start, cut, p_index)
            start = cut
        _add(out, text, start, pe, p_index)
    return out


def _add(out: list[Sentence], text: str, start: int, end: int, para: int) -> None:
    seg = text[start:end]
    lead = len(seg) - len(seg.lstrip())
    seg = seg.strip()
    if seg:
        s = start + lead
        out.append(Sentence(s, s + len(seg), seg, para, len(out)))
