"""``finditer`` over a text without trying every position: a pattern whose every match
begins with one of a few literal strings is only tried where one of them occurs.

The trigger patterns of ``lang/<code>/triggers.yaml`` are a few hundred case-insensitive
regular expressions, each run over the whole report. Python's ``re`` finds no literal
prefix to skip ahead with in a pattern that opens with a look-behind (``(?<![\\w])``) or
that ignores case, so each of them tries a match at every character. Here the pattern is
read once (``re._parser``) for the literal strings its matches must start with
("protest(?:ed|ing)" -> "protest"; "(?:staged|held) a" -> "stag", "held"); the report is
searched for those strings (``str.find``) on a case-folded copy of the same length, and the
pattern is matched at those positions only. The matches are exactly those of
``rx.finditer(text)``: every match starts at one of the positions, and they are tried in
order, each from the end of the match before.

Case-insensitive matching follows ``re``'s own rule: two characters match when their simple
lower-case forms are equal or are listed together in ``re._casefix`` ("s" and "ſ", "k" and
the Kelvin sign). Where that table is not available, every pattern runs as ``finditer``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

try:
    from _sre import unicode_tolower as _tolower
    from re import _constants as _c
    from re import _parser
    from re._casefix import _EXTRA_CASES
except ImportError:        # another Python's internals: no prefilter, same matches
    _parser = None

_ENOUGH = 4            # characters of prefix that make a position rare enough
_MAX_ALTERNATIVES = 48
# a match may start with any decimal digit (``\d``, Unicode's too): a pseudo-prefix whose
# positions are those of ``\d`` in the text ("\d[\d,]* people", "[\d,]+ police")
DIGIT = "\x00d"
_DIGIT_RX = re.compile(r"\d")


class _Keys(dict):
    """code point -> the code point standing for its class of case-insensitive equivalents
    (the smallest simple lower-case form); one ``str.translate`` table, filled as met."""

    def __missing__(self, o: int) -> int:
        lo = _tolower(o)
        k = min((lo, *_EXTRA_CASES.get(lo, ())))
        self[o] = k
        return k


_KEYS = _Keys()


def fold(text: str) -> str:
    """``text`` with each character replaced by its case-insensitive class (same length)."""
    return text.translate(_KEYS)


def _chars(items, digits: bool = False) -> list[str] | None:
    """The characters of a ``[...]`` set of plain literals; None for ranges, classes, negation.
    With ``digits``, the class ``\\d`` in the set stands as the pseudo-prefix ``DIGIT``."""
    out = []
    for op, av in items:
        if digits and op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            out.append(DIGIT)
            continue
        if op is not _c.LITERAL:
            return None
        out.append(chr(_KEYS[av]))
    return out if len(out) <= 8 else None


def _extend(states: list[tuple[str, bool]], items) -> list[tuple[str, bool]] | None:
    """Each state is (prefix so far, open): an open prefix is everything matched so far and
    may grow with the next item; a closed one is only a prefix of what follows."""
    for op, av in items:
        if not any(o for _, o in states):
            break
        if op is _c.LITERAL:
            ch = chr(_KEYS[av])
            states = [(s + ch, True) if o else (s, o) for s, o in states]
        elif op is _c.IN:
            chars = _chars(av)
            if chars is None:
                # a digit class where nothing is matched yet ("\d[\d,]*", "[\d,]+"): the
                # digit pseudo-prefix and the set's other characters, each closed there
                lead = _chars(av, digits=True) if any(o and not s for s, o in states) else None
                states = [(s, False) for s, o in states if s or not o or lead is None] + \
                    [(ch, False) for ch in (lead or ())]
            else:
                states = [(s + ch, True) for s, o in states if o for ch in chars] + [x for x in states if not x[1]]
        elif op is _c.SUBPATTERN:
            states = _extend(states, av[3].data)
        elif op is _c.ATOMIC_GROUP:
            states = _extend(states, av.data)
        elif op is _c.BRANCH:
            merged: list[tuple[str, bool]] = []
            for alt in av[1]:
                got = _extend(states, alt.data)
                if got is None:
                    return None
                merged += got
            states = merged
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            once = _extend(states, sub.data)
            if once is None:
                return None
            if hi != 1:       # more repetitions may follow: what comes next is unknown
                once = [(s, False) for s, _ in once]
            states = once if lo else states + once
        elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue          # zero width: consumes nothing
        else:                 # any character, a category, a back-reference...
            states = [(s, False) for s, _ in states]
        if states is None:
            return None
        states = list(dict.fromkeys((s, o and len(s) < _ENOUGH) for s, o in states))
        if len(states) > _MAX_ALTERNATIVES:
            return None
    return states


def literal_prefixes(rx: re.Pattern) -> tuple[str, ...] | None:
    """Case-folded strings (``fold``) one of which every match of ``rx`` starts with; None
    when the pattern's start is not literal enough to tell (it then runs as ``finditer``)."""
    if _parser is None or not isinstance(rx.pattern, str):
        return None
    try:
        parsed = _parser.parse(rx.pattern, rx.flags)
    except re.error:
        return None
    states = _extend([("", True)], parsed.data)
    if not states or any(not s for s, _ in states):
        return None
    prefixes = {s for s, _ in states}
    # a prefix that starts with another makes no further position a candidate
    return tuple(sorted(p for p in prefixes if not any(q != p and p.startswith(q) for q in prefixes)))


class Positions:
    """Where each literal prefix occurs in one text, found once on its folded copy and
    shared by every pattern run over that text."""

    def __init__(self, text: str):
        self.text = text
        self.folded = fold(text)
        self._at: dict[str, list[int]] = {}
        self._union: dict[tuple[str, ...], list[int]] = {}

    def of(self, prefix: str) -> list[int]:
        at = self._at.get(prefix)
        if at is None and prefix == DIGIT:
            at = self._at[prefix] = [m.start() for m in _DIGIT_RX.finditer(self.text)]
        if at is None:
            at = []
            find = self.folded.find
            i = find(prefix)
            while i >= 0:
                at.append(i)
                i = find(prefix, i + 1)
            self._at[prefix] = at
        return at

    def union(self, prefixes: tuple[str, ...]) -> list[int]:
        """The sorted positions where any of ``prefixes`` occurs."""
        if len(prefixes) == 1:
            return self.of(prefixes[0])
        at = self._union.get(prefixes)
        if at is None:
            at = sorted(set().union(*[self.of(p) for p in prefixes]))
            self._union[prefixes] = at
        return at


_last: Positions | None = None


def positions(text: str) -> Positions:
    """The ``Positions`` of ``text``; the last text's are kept, as the passes of one report
    (triggers, issues, actors) read the same text."""
    global _last
    cached = _last
    if cached is None or cached.text is not text:
        cached = _last = Positions(text)
    return cached


def finditer(rx: re.Pattern, prefixes: tuple[str, ...] | None, text: str) -> Iterator[re.Match]:
    """The matches of ``rx.finditer(text)``, trying ``rx`` only where a prefix occurs."""
    if prefixes is None:
        yield from rx.finditer(text)
        return
    pos = 0
    match = rx.match
    for i in positions(text).union(prefixes):
        if i < pos:
            continue
        m = match(text, i)
        if m is not None:
            yield m
            pos = m.end()     # prefixes are non-empty, so a match is never empty


def search(rx: re.Pattern, prefixes: tuple[str, ...] | None, text: str, pos: int,
           endpos: int) -> re.Match | None:
    """``rx.search(text, pos, endpos)``, trying ``rx`` only where a prefix occurs."""
    if prefixes is None:
        return rx.search(text, pos, endpos)
    at = positions(text).union(prefixes)
    for k in range(bisect_left(at, pos), len(at)):
        i = at[k]
        if i > endpos:
            break
        m = rx.match(text, i, endpos)
        if m is not None:
            return m
    return None
