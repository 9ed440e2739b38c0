"""Numbers in text: digits in both conventions, number words, vague quantities, hedges.

``find_numbers(text, lang)`` reports every number with a ``kind`` so that the event
extractor can keep only counts of people or things (``kind == "count"``) and skip numbers
that are part of a date, a time, an amount of money, a percentage, an ordinal, a year or a
measure ("120,000 tonnes", "60-day"), an age ("Huayna, 61,"), the day after a weekday ("el
jueves 15") or a list item's number ("1. ..."). Language data: ``lang/<code>/numbers.yaml``;
month and weekday names come from ``lang/<code>/dates.yaml``.

Digits: a group of exactly three digits after a separator is a thousands group whatever the
language ("5,000", "5.000", "2.500 millones" = 2.5 billion); any other group after the last
separator is a decimal part ("1,2 millones", "2.5 million").
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from conflictwatch.extract import langdata
from conflictwatch.wordre import alternation, whole_words

KINDS = ("count", "money", "percent", "year", "time", "ordinal", "measure", "date_part", "age")


@dataclass(slots=True)
class NumberMention:
    start: int
    end: int
    surface: str
    value: int | None
    vague: bool
    kind: str = "count"
    hedge: str | None = None   # "some", "más de" ... lower-cased, when one precedes the figure


_alt = alternation      # longest first: "mil millones" beats "mil"
_wb = whole_words


class _Lang:
    """Compiled patterns for one language."""

    def __init__(self, lang: str):
        d = langdata.load(lang, "numbers")
        dd = langdata.load(lang, "dates")
        r = lambda key, kind: langdata.require(d, key, kind, lang, "numbers")  # noqa: E731
        self.lang = lang
        self.units: dict[str, int] = {k.lower(): int(v) for k, v in r("units", dict).items()}
        self.multipliers: dict[str, int] = {k.lower(): int(v) for k, v in r("multipliers", dict).items()}
        self.scales: dict[str, int] = {k.lower(): int(v) for k, v in r("scales", dict).items()}
        self.vague: dict[str, int | None] = {k.lower(): (None if v is None else int(v))
                                             for k, v in r("vague", dict).items()}
        self.one_words = {w.lower() for w in r("one_words", list)}
        self.one_not_before = {str(w).lower() for w in r("one_not_before", list)}
        self.one_not_after = {str(w).lower() for w in r("one_not_after", list)}
        self.ordinal_words = [w.lower() for w in r("ordinal_words", list)]
        # "one"/"un"/"una" count only before one of these (a person or a casualty): "un
        # policía murió" is a count, "un grupo de vecinos" or "una marcha" is not
        self.one_nouns = {str(w).lower() for w in d.get("one_counts_before") or []}
        months = list(langdata.require(dd, "months", dict, lang, "dates")) + \
            list(langdata.require(dd, "month_abbreviations", dict, lang, "dates"))
        self.capitalised_months = bool(dd.get("capitalised_names"))
        joiner = r("joiner", str)
        joiner_after = r("joiner_after", list)
        indefinite = r("indefinite", list)

        words = list(self.units) + list(self.multipliers) + list(self.scales)
        w = _wb(words)
        join = r"(?:\s+|-)"
        if joiner and joiner_after:
            behind = "|".join(f"(?<={re.escape(a)})" for a in joiner_after)
            join = rf"(?:(?:{behind})\s+{re.escape(joiner)}\s+|\s+|-)"
        big = list(self.multipliers) + list(self.scales)
        indef = rf"(?:{_wb(indefinite)}\s+(?={_wb(big)}))?" if indefinite and big else ""
        wordnum = rf"{indef}{w}(?:{join}{w})*"
        self.wordnum_pattern = wordnum      # reused by dates.py ("three days ago")
        digits = r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w]|[.,]\d)"
        ordsuf = _alt(r("ordinal_suffixes", list))
        scales = _wb(self.scales)
        self.core = re.compile(
            rf"(?P<vague>{_wb(self.vague)}(?:\s+(?:of|de)\s+{_wb(self.vague)})?)"
            rf"|(?P<clock>(?<![\w.,:])\d{{1,2}}:\d{{2}}(?![\d:]))"
            rf"|(?P<dig>(?<![\w.,])\d+(?:[.,]\d+)*)(?P<ord>{ordsuf}(?![\w]))"
            rf"|(?P<num>{digits})(?:\s*(?P<dscale>{scales}))?"
            rf"|(?P<ordw>{_wb(self.ordinal_words)})"
            rf"|(?P<words>{wordnum})",
            re.IGNORECASE)
        self.hedge_before = re.compile(rf"(?:^|(?<=\W))(?P<h>{_alt(r('hedges', list))})\s+$", re.I)
        cur_b = _alt(r("currency_before", list))
        self.currency_before = re.compile(rf"(?:^|(?<=[\s(\[]))(?P<c>{cur_b})\s?$", re.I)
        cj = r("currency_joiners", list)
        cj_re = rf"(?:{_wb(cj)}\s+)?" if cj else ""
        self.currency_after = re.compile(rf"^\s+{cj_re}{_wb(r('currency_after', list))}", re.I)
        self.percent_after = re.compile(rf"^\s*(?:%|{_wb([p for p in r('percent_after', list) if p != '%'])})", re.I)
        self.time_after = re.compile(rf"^\s*{_alt(r('time_after', list))}(?![\w])", re.I)
        self.time_before = re.compile(rf"(?:^|(?<=\W)){_alt(r('time_before', list))}\s+$", re.I)
        self.time_before_weak = re.compile(rf"(?:^|(?<=\W)){_alt(r('time_before_weak', list))}\s+$", re.I)
        self.time_after_weak = re.compile(rf"^\s+{_wb(r('time_after_weak', list))}", re.I)
        self.measure_after = re.compile(
            rf"^(?:\s*-\s*[^\W\d_]|\s*{_alt(r('measure_units', list))}(?![\w]))", re.I)
        mon = _wb(months)
        self.month_after = re.compile(rf"^\s+(?:(?:of|de)\s+)?(?P<m>{mon})", re.I)
        self.month_before = re.compile(rf"(?P<m>{mon})\.?\s+$", re.I)
        self.range_to_month = re.compile(
            rf"^\s*(?:-|–|to|and|al|y|a|until|hasta)\s*(?:el\s+)?\d{{1,2}}(?:{ordsuf})?\s+"
            rf"(?:(?:of|de)\s+)?(?P<m>{mon})", re.I)
        self.day_word_before = re.compile(r"(?:^|(?<=\W))(?:día|dia)\s+$", re.I)
        short = r"|[0-3]?\d/[01]\d" if dd.get("numeric_day_month") else ""   # "14/12" (es)
        self.numeric_date = re.compile(
            r"(?<![\w.,/-])(?:\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}" + short +
            r")(?![\w/]|[.,-]\d)")
        year_ctx = [str(w) for w in langdata.require(dd, "year_context", list, lang, "dates")]
        self.year_before = re.compile(
            rf"(?:(?:^|(?<=\W)){_alt(year_ctx + ['the', 'los', 'las', 'el', 'año', 'year'])}\s+"
            rf"|{mon}\.?,?\s+|\d{{1,2}},\s+)$", re.I)
        # a weekday right before a day number: "el jueves 15", "Thursday 15" is a date
        weekdays = list(langdata.require(dd, "weekdays", dict, lang, "dates"))
        self.weekday_before = re.compile(rf"{_wb(weekdays)},?\s+(?:(?:the|el)\s+)?$", re.I)
        # ... when the clause ends after the number or a `weekday_day_followers` word follows
        # (as dates.py reads it): "el viernes 15 manifestantes" is fifteen protesters
        followers = [str(w) for w in dd.get("weekday_day_followers") or []]
        self.weekday_day_end = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:$|[^\w\s]|{_wb(followers)})", re.I)
        # an age after a name: "Victoriano Huayna, 61, a farmer"; "(61)"; "aged 61"
        self.age_after_name = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’-]+(?:,\s*|\s*\()$")
        self.age_after = re.compile(r"^\s*[,)]")
        # "de 20 y 21 años", "20 and 21 years old": the first figure is years too
        join_ = rf"\s*(?:,|{_alt(d.get('age_joiners') or [])})\s*"
        self.years_after = re.compile(
            rf"^{join_}\d{{1,3}}(?:{join_}\d{{1,3}})*[\s-]+{_alt(d.get('year_units') or [])}(?![\w])", re.I)
        self.age_word = re.compile(rf"(?<!\w){_alt(d.get('age_before') or [])}\s+"
                                   rf"(?:\d{{1,3}}\s*(?:,|{_alt(d.get('age_joiners') or [])})\s*)*$", re.I)
        self.word_after = re.compile(r"^\s+(?P<w>[^\W\d_]+)")
        self.word_before = re.compile(r"(?:^|(?<=\W))(?P<w>[^\W\d_]+)\s+$")

    def _month_ok(self, surface: str) -> bool:
        return not self.capitalised_months or surface[:1].isupper()


@lru_cache(maxsize=None)
def _lang(lang: str) -> _Lang:
    return _Lang(lang)


def _parse_digits(s: str) -> float:
    """'5,000' -> 5000, '5.000' -> 5000, '1,2' -> 1.2, '2.5' -> 2.5, '1.234,5' -> 1234.5."""
    parts = re.split(r"([.,])", s)
    nums, seps = parts[0::2], parts[1::2]
    if not seps:
        return float(s)
    last = nums[-1]
    if len(last) == 3 and all(len(n) == 3 for n in nums[1:]) and len(set(seps)) == 1:
        return float("".join(nums))
    # the last group is a decimal part; earlier groups are thousands
    return float("".join(nums[:-1]) + "." + last)


def _parse_words(L: _Lang, s: str) -> int | None:
    tokens = [t for t in re.split(r"[\s-]+", s.lower()) if t]
    total, current, seen = 0, 0, False
    last_scale = None
    for t in tokens:
        if t in L.units:
            current += L.units[t]
            seen = True
        elif t in L.multipliers:
            current = max(current, 1) * L.multipliers[t]
            seen = True
        elif t in L.scales:
            scale = L.scales[t]
            if current == 0 and total and last_scale is not None and scale > last_scale:
                total *= scale          # "mil millones" written as two words
            else:
                total += max(current, 1) * scale
            current, last_scale, seen = 0, scale, True
        # joiners ("and", "y") and the indefinite article add nothing
    if not seen:
        return None
    return total + current


def _scale_of(L: _Lang, s: str | None) -> int:
    if not s:
        return 1
    return L.scales.get(re.sub(r"\s+", " ", s.lower()), 1)


def _int(x: float) -> int | None:
    """``x`` as an int; None for a figure too long for a float (hundreds of digits: inf)."""
    return int(x) if math.isfinite(x) else None


def _value(L: _Lang, m: re.Match) -> tuple[int | None, bool]:
    """(value, vague) of a core match."""
    if m.group("vague") is not None:
        v = L.vague.get(re.sub(r"\s+", " ", m.group("vague").lower()))
        return v, True
    if m.group("clock") is not None:
        return int(m.group("clock").split(":")[0]), False
    if m.group("dig") is not None:
        return _int(_parse_digits(m.group("dig"))), False
    if m.group("num") is not None:
        value = _parse_digits(m.group("num")) * _scale_of(L, m.group("dscale"))
        return (_int(round(value)) if math.isfinite(value) else None), False
    if m.group("ordw") is not None:
        return None, False
    return _parse_words(L, m.group("words")), False


def parse_number(surface: str, lang: str) -> int | None:
    """The value of a number phrase: '5,000' 5000, '1,2 millones' 1200000, 'veintiún' 21,
    'a hundred' 100, 'un centenar' 100; None for vague words ('miles') or no number."""
    L = _lang(lang)
    m = L.core.search(surface)
    if m is None or m.group("ordw") is not None:
        return None
    return _value(L, m)[0]


def find_numbers(text: str, lang: str) -> list[NumberMention]:
    """Every number in ``text``, in order, each with its kind (see KINDS)."""
    L = _lang(lang)
    out: list[NumberMention] = []
    blocked = [(m.start(), m.end()) for m in L.numeric_date.finditer(text)]
    for s, e in blocked:
        out.append(NumberMention(s, e, text[s:e], None, False, "date_part"))
    for m in L.core.finditer(text):
        s, e = m.span()
        if any(bs <= s < be for bs, be in blocked):
            continue
        mention = _classify(L, text, m)
        if mention is not None:
            out.append(mention)
    out.sort(key=lambda n: (n.start, -(n.end - n.start)))
    # a hedge may swallow an earlier "un" ("un total de 50"): keep the longer mention
    kept: list[NumberMention] = []
    for n in out:
        if kept and n.start < kept[-1].end:
            if (n.end - n.start) > (kept[-1].end - kept[-1].start):
                kept[-1] = n
            continue
        kept.append(n)
    return kept


def _classify(L: _Lang, text: str, m: re.Match) -> NumberMention | None:
    s, e = m.span()
    core = m.group(0)
    value, vague = _value(L, m)
    before = text[max(0, s - 40):s]
    after = text[e:e + 40]

    def mk(kind, start=s, end=e, hedge=None):
        return NumberMention(start, end, text[start:end], value, vague, kind, hedge)

    if m.group("ordw") is not None or m.group("ord") is not None:
        mo = L.month_after.match(after)
        if m.group("ord") is not None and mo and L._month_ok(mo.group("m")):
            return mk("date_part")
        return mk("ordinal")
    if m.group("clock") is not None:
        ta = L.time_after.match(after)
        return mk("time", end=e + (ta.end() if ta else 0))
    if m.group("words") is not None and core.lower() in L.one_words:
        wa = L.word_after.match(after)
        wb = L.word_before.search(before)
        if (wa is None or wa.group("w").lower() in L.one_not_before
                or (wb is not None and wb.group("w").lower() in L.one_not_after)
                or (L.one_nouns and wa.group("w").lower() not in L.one_nouns)):
            return None
    is_digits = m.group("num") is not None and not m.group("dscale")
    if is_digits and value is not None and value <= 31 and L.weekday_before.search(before) \
            and L.weekday_day_end.match(after):
        return mk("date_part")       # "el jueves 15, cuando cientos ...": a day, not a crowd
    if is_digits and value is not None and value <= 120 and re.fullmatch(r"\d{1,3}", core) \
            and ((L.age_after_name.search(before) and L.age_after.match(after))
                 or L.age_word.search(before)):
        return mk("age")             # "Huayna, 61, was fatally wounded"
    if is_digits and value is not None and value <= 120 and L.years_after.match(after):
        return mk("measure")         # "dos jóvenes de 20 y 21 años"
    if is_digits and re.fullmatch(r"\d{1,2}", core) and re.search(r"(?:^|\n)[ \t]*$", before) \
            and re.match(r"[.)][ \t]", after):
        return mk("ordinal")         # "1. State of emergency": a numbered list, not a count
    # dates: "4 December", "December 4", "4 al 7 de diciembre", "el día 15"
    if is_digits and value is not None and 1 <= value <= 31 and re.fullmatch(r"\d{1,2}", core):
        ma = L.month_after.match(after) or L.range_to_month.match(after)
        if ma and L._month_ok(ma.group("m")):
            return mk("date_part")
        mb = L.month_before.search(before)
        if mb and L._month_ok(mb.group("m")):
            return mk("date_part")
        if L.day_word_before.search(before):
            return mk("date_part")
    # times
    ta = L.time_after.match(after)
    if ta and value is not None and value <= 24:
        return mk("time", end=e + ta.end())
    if is_digits and value is not None and value <= 24:
        if L.time_before.search(before):
            twa = L.time_after_weak.match(after)
            return mk("time", end=e + (twa.end() if twa else 0))
        if L.time_before_weak.search(before):
            twa = L.time_after_weak.match(after)
            if twa:
                return mk("time", end=e + twa.end())
    pa = L.percent_after.match(after)
    if pa:
        return mk("percent", end=e + pa.end())
    cb = L.currency_before.search(before)
    ca = L.currency_after.match(after)
    if cb or ca:
        start = s - (len(before) - cb.start("c")) if cb else s
        end = e + (ca.end() if ca else 0)
        return mk("money", start=start, end=end)
    ma = L.measure_after.match(after)
    if ma:
        end = e + ma.end()
        if after[:ma.end()].lstrip().startswith("-"):
            # "60-day", "30-peso": take the whole compound word
            end = e + re.match(r"^\s*-\s*[^\W\d_][\w-]*", after).end()
        return mk("measure", end=end)
    if is_digits and re.fullmatch(r"\d{4}", core) and 1900 <= value <= 2099:
        if L.year_before.search(before) or not L.word_after.match(after):
            return mk("year")
    hb = L.hedge_before.search(before)
    if hb:
        start = s - (len(before) - hb.start("h"))
        return mk("count", start=start, hedge=hb.group("h").lower())
    return mk("count")

