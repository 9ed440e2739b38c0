"""Dates and durations in text, resolved against the publication date.

``find_dates(text, lang, published)`` finds explicit dates ("4 de diciembre de 2011",
"Dec. 4", "04/12/2011", "mid-April", "in 2011") and relative ones ("yesterday", "el pasado
lunes", "three days ago", "la semana pasada"), and gives each an ISO value:

- ``YYYY-MM-DD`` for a day, ``YYYY-MM`` for a month or part of one ("early May"),
  ``YYYY`` for a year.
- Conventions, for relative expressions (all against ``published``):
  * a bare weekday ("on Sunday", "el domingo", "Friday night") is the latest such day on or
    before publication (the publication day itself when it matches);
  * "last Monday" / "el pasado lunes" / "el lunes pasado": the latest such day strictly
    before publication; "next Monday" / "el próximo lunes": the first one strictly after;
  * "this Thursday" / "este jueves": that day of the publication week (Monday to Sunday),
    even when it falls after the publication day;
  * "last night" / "anoche" = published - 1 day; "this morning" / "esta mañana" = published;
  * "last week" / "la semana pasada": value = Monday of the previous week, value_end = its
    Sunday ("this week", "next week" likewise); "last month" → YYYY-MM; "last year" → YYYY;
  * "last weekend" / "el fin de semana pasado": its Saturday (value_end the Sunday); "the
    weekend" / "el fin de semana" alone: the latest one begun by publication;
  * "on the 15th" / "el día 15" / "El 15, ...": that day of the publication month, or of the
    month before when it would fall after publication (the extractor then moves it to the
    month the story is in);
  * "el martes 20" / "Tuesday the 20th": the latest month, up to a year back, in which the
    20th is a Tuesday.
- A day or month written without a year takes the latest year that puts it on or before
  ``published`` + 7 days (a report of 2 January about "28 December" means last year); a
  span takes the year of its first day ("from January 5 to 19" in a report of 5 January),
  and a day just after a dated one in the same sentence follows it ("began on January 3 and
  ended January 19").
- Durations leave out ages ("a 61-year-old", "un comunero de 61 años") and steps between
  dates ("two days later", "seis días después").
  Without a publication date the latest day the text gives in full (with its year) stands
  in for it (a day without a year then takes the year nearest to it); a text without one
  has such mentions, and all relative ones, skipped.

Language data: ``lang/<code>/dates.yaml`` (and number words from ``numbers.yaml``).
``add_days(value, days)`` gives the last day of a span: start + days - 1 (a 60-day emergency
from 2011-12-04 ends 2012-02-01; a 1-day strike ends on its first day).
"""
from __future__ import annotations

import bisect
import calendar

import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from conflictwatch.extract import langdata
from conflictwatch.extract import numbers as _numbers
from conflictwatch.wordre import alternation, whole_words

_SLACK_DAYS = 7          # dates without a year may lie up to a week after publication
_UNIT_DAYS = {"days": 1, "weeks": 7, "months": 30, "years": 365}   # durations in days
_VAGUE_COUNT = 3      # "a few weeks ago": about three of the unit


@dataclass(slots=True)
class DateMention:
    start: int
    end: int
    surface: str
    value: str                    # YYYY-MM-DD | YYYY-MM | YYYY
    value_end: str | None = None  # last day / month of a range
    relative: bool = False        # resolved against the publication date
    prep: str | None = None       # "since", "hasta", "on", "el" ... right before the date


@dataclass(slots=True)
class Duration:
    start: int
    end: int
    surface: str
    days: int
    elapsed: bool = False         # "after 26 days of strike", "tras 26 días de paro"


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    y: int | None = None
    m: int | None = None
    d: int | None = None
    value: str | None = None      # already resolved (relative)
    value_end: str | None = None
    d0: int | None = None         # first day of a "4 to 7 December" range
    relative: bool = False
    year_inferred: bool = False
    prep: str | None = None
    bare_wd: int | None = None    # a weekday told alone ("on Tuesday"), resolved to the latest one
    past_week: bool = False       # "last week", "la semana pasada"
    weekend_k: int | None = None  # "the weekend" (0), "last weekend" (-1): which one, for a date to come
    ago: bool = False             # "a week ago", "hace tres días": counted back from publication


def _alt(words) -> str:
    return alternation(words, flexible_space=True)


def _comma_gap(words) -> re.Pattern:
    """A comma and, optionally, one of ``words`` after it: what sets a day beside another
    mention ("April 1, the Thursday before Easter", "a week ago, on Monday, August 13")."""
    return re.compile(r"\s*,\s*(?:" + _alt(words) + r"\s+)?", re.I) if words else re.compile(r"\s*,\s*")


def _wb(words) -> str:
    return whole_words(words, flexible_space=True)


class _Lang:
    def __init__(self, lang: str):
        d = langdata.load(lang, "dates")
        r = lambda key, kind: langdata.require(d, key, kind, lang, "dates")  # noqa: E731
        low = lambda m: {str(k).lower(): v for k, v in m.items()}  # noqa: E731
        self.capitalised = bool(d.get("capitalised_names"))
        self.months = low(r("months", dict))
        self.month_abbr = low(r("month_abbreviations", dict))
        self.ambiguous = {str(w).lower() for w in r("ambiguous_months", list)}
        # months that are also given names ("Julio Ticona", "June Carter"): told bare, with a
        # capital, right before a capitalised word and after no word that sets a date, a person
        self.name_months = {str(w).lower() for w in (d.get("given_name_months") or [])}
        ctx = [str(w) for w in (d.get("given_name_not_after") or [])]
        self.name_month_ctx = re.compile(rf"(?<!\w){_alt(ctx)}\s+$", re.IGNORECASE) if ctx else None
        self.weekdays = low(r("weekdays", dict))
        self.weekday_abbr = low(r("weekday_abbreviations", dict))
        self.day_words = low(r("day_words", dict))
        self.relative_days = {re.sub(r"\s+", " ", k): int(v) for k, v in low(r("relative_days", dict)).items()}
        self.weekday_before = low(r("weekday_before", dict))
        self.weekday_after = low(r("weekday_after", dict))
        self.ago_units = low(r("ago_units", dict))
        self.ago_one = {str(w).lower() for w in r("ago_one", list)}
        # "hace unas semanas", "a few days ago": a vague count, told as the month it falls in
        self.ago_vague = {str(w).lower() for w in (d.get("ago_vague") or [])}
        self.periods = {re.sub(r"\s+", " ", k): v for k, v in low(r("periods", dict)).items()}
        self.duration_units = low(r("duration_units", dict))
        self.elapsed_markers = {str(w).lower() for w in r("elapsed_markers", list)}
        self.dom_needs_prep = bool(d.get("day_of_month_needs_prep"))
        # "April 1, the Thursday before Easter", "el 1 de abril, un jueves": the words between a day
        # and a weekday set beside it
        arts = [str(w) for w in (d.get("weekday_apposition_articles") or [])]
        self.apposed_day_gap = _comma_gap(arts)
        # "un jueves negro", "every Thursday", "cada jueves": a weekday told with these words
        # before it names no one day
        anyw = r("weekday_indefinite", list) if "weekday_indefinite" in d else []
        self.weekday_any = re.compile(r"(?<!\w)(?:" + _alt(anyw) + r")\s+$", re.I) if anyw else None
        # the words that open a relative clause ("whose", "cuyo", "que"): a week told inside one
        # frames no weekday outside it
        rel = r("relative_words", list) if "relative_words" in d else []
        self.relative_words = re.compile(r"(?<!\w)(?:" + _alt(rel) + r")(?!\w)", re.I) if rel else None
        # a day named by what happened on it ("el martes negro", "Bloody Sunday"): a name, no date
        named_after = r("weekday_named_after", list) if "weekday_named_after" in d else []
        self.weekday_named_after = re.compile(r"\s+(?:" + _alt(named_after) + r")(?!\w)", re.I) if named_after else None
        named_before = r("weekday_named_before", list) if "weekday_named_before" in d else []
        self.weekday_named_before = re.compile(r"(?<!\w)(?:" + _alt(named_before) + r")\s+$", re.I) if named_before else None
        # "a week ago, on Monday, August 13", "hace una semana, el lunes 13 de agosto": the words
        # between a count back from publication and the day it names
        self.ago_day_gap = _comma_gap(r("ago_apposition_preps", list) if "ago_apposition_preps" in d else [])
        # "el 28 del mes pasado", "the 3rd of this month": a day of a month told relative to
        # publication
        self.dom_rel = {re.sub(r"\s+", " ", str(k).lower()): int(v)
                        for k, v in (d.get("day_of_relative_month") or {}).items()}
        self.f_dom_rel = re.compile(
            rf"(?<!\w)(?P<day>[0-3]?\d)(?:st|nd|rd|th|º|°|\.º)?\s+(?:{_alt(d.get('day_of_relative_month_joins') or ['of'])})\s+"
            rf"(?P<rel>{_alt(sorted(self.dom_rel, key=len, reverse=True))})(?!\w)", re.IGNORECASE) if self.dom_rel else None
        self.future_preps = {str(w).lower() for w in r("future_preps", list)}
        # "al" ends a range only after its start ("del 4 al 7"); alone it is "a el" ("los hechos
        # se remontan al miércoles 9"): a date's day, not an end
        self.joins_only_in_range = {str(w).lower() for w in (d.get("joins_only_in_range") or [])}
        self.range_start_word = re.compile(rf"(?<!\w){_alt(d.get('range_starts') or ['from'])}\s", re.IGNORECASE) \
            if self.joins_only_in_range else None
        up_before, up_after = d.get("upcoming_before") or [], d.get("upcoming_after") or []
        self.upcoming_before = re.compile(rf"(?<!\w){_alt(up_before)}\s+(?:(?:el|the|on)\s+)?$", re.IGNORECASE) \
            if up_before else None
        self.upcoming_after = re.compile(rf"\s+{_alt(up_after)}(?!\w)", re.IGNORECASE) if up_after else None
        # (a weekday between: "el próximo jueves 5 de junio")
        self.weekday_tail = re.compile(rf"(?:{_alt(self.weekdays)})\s*,?\s*$", re.IGNORECASE)
        nouns = d.get("name_nouns") or []
        # "Avenida 9 de Julio", "Plaza 25 de Mayo": the noun right before a day (and its
        # prefixes and suffixes) or before "de" + month
        self.name_nouns_re = (re.compile(
            rf"(?:^|(?<=\W)){_alt(nouns)}\s+(?:[0-3]?\d\S{{0,3}}\s+)?(?:{_alt(r('day_month_joiners', list) or ['of'])}\s+)?$",
            re.IGNORECASE) if nouns else re.compile(r"(?!x)x"))
        # "October Square", "the February 20 Movement": a capitalised noun after the date
        after = d.get("name_nouns_after") or []
        self.name_after_re = re.compile(
            rf"(?:\s+[0-3]?\d)?(?:st|nd|rd|th)?\s+(?:[A-Z][\w'’-]*\s+){{0,2}}?{_alt(after)}(?!\w)") if after else None
        # "Plaza de Mayo", "Madres de Plaza de Mayo": a capitalised word, then "de"
        self.name_joint_re = re.compile(
            rf"(?<!\w)[A-ZÁÉÍÓÚÑ][\w.]*\s+{_alt(r('day_month_joiners', list) or ['of'])}\s+$")
        # "27 de febrero": a day with its month in lower case, the way this language writes it
        self.lower_day_month = re.compile(
            rf"(?<!\w)[0-3]?\d\s+{_alt(r('day_month_joiners', list) or ['of'])}\s+{_alt(self.months)}(?!\w)")
        N = _numbers._lang(lang)
        self.num = N

        I = re.IGNORECASE  # noqa: E741
        suf = _alt(r("day_suffixes", list))
        arts = _alt(r("articles", list))
        # (a day word, not the first part of a compound: "March second-quarter sales")
        dw = rf"(?:{_wb(self.day_words)})(?!-\w)" if self.day_words else r"(?!x)x"

        def day(name: str) -> str:
            return (rf"(?:(?<![\d.,:/])(?P<{name}>[0-3]?\d)(?:{suf})?(?![\w])(?!\.\d|,\d|:\d)"
                    rf"|(?P<{name}w>{dw}))")

        all_months = list(self.months) + list(self.month_abbr)
        mon = rf"(?P<mon>(?<!\w){_alt(all_months)}(?!\w))(?P<mdot>\.)?"
        year = r"(?P<year>(?:1[89]|20)\d{2})(?![\w])"
        wd_all = rf"(?<!\w){_alt(list(self.weekdays) + list(self.weekday_abbr))}(?!\w)"
        dparts = _alt(r("day_parts", list))
        dpre = _alt(r("day_prefixes", list))
        joins = _alt(r("range_joins", list))
        dmj = r("day_month_joiners", list)
        myj = r("month_year_joiners", list)
        dm_join = rf"(?:{_alt(dmj)}\s+)?" if dmj else ""
        my_join = rf"(?:{_alt(myj)}\s+)?" if myj else ""
        prefix = (rf"(?:(?P<dpart>(?<!\w){dparts})\s+)?"
                  rf"(?:(?P<wd>{wd_all})\.?,?\s+(?:{arts}\s+)?)?")
        dpre_opt = rf"(?:(?<!\w){dpre}\s+)?"
        self.f_dm = re.compile(
            rf"(?<!\w){prefix}{dpre_opt}(?:{day('d0')}\s*{joins}\s*(?:{arts}\s+)?{dpre_opt})?"
            rf"{day('day')}\s+{dm_join}{mon}(?:,?\s*{my_join}{year})?", I)
        self.f_md = re.compile(
            rf"(?<!\w){prefix}{mon}\s*{day('day')}(?:\s*{joins}\s*{day('d2')})?(?:,?\s+{year})?", I)
        self.f_my = re.compile(
            rf"(?<!\w)(?:(?P<part>(?<!\w){_alt(r('month_parts', list))})[\s-]*)?{mon}(?:,?\s+{my_join}{year})?", I)
        self.f_num = re.compile(
            r"(?<![\w.,/-])(?:(?P<nd>\d{1,2})(?P<sep>[/.-])(?P<nm>\d{1,2})(?P=sep)(?P<ny>\d{4}|\d{2})"
            r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))(?![\w/]|[.,-]\d)")
        # "14/12" (day/month without a year) only where the language data allows it: in
        # English "24/7" and "9/11" are not dates. The month must have two digits.
        self.f_dm_num = (re.compile(r"(?<![\w.,/-])(?P<d>[0-3]?\d)/(?P<m>[01]\d)(?![\w/]|[.,-]\d)")
                         if d.get("numeric_day_month") else None)
        self.f_year = re.compile(rf"(?P<ctx>{_wb(r('year_context', list))})\s+{year}", I)
        self.f_rel = re.compile(_wb(self.relative_days), I)
        wd_full = rf"(?P<wd>(?<!\w){_alt(self.weekdays)}(?!\w))"
        followers = _alt(r("weekday_day_followers", list))
        self.f_wd = re.compile(
            rf"(?:(?P<wmod>{_wb(self.weekday_before)})\s+)?{wd_full}"
            rf"(?:\s+(?P<wpost>{_wb(self.weekday_after)}))?"
            rf"(?:,?\s+(?:{arts}\s+)?(?P<wday>[0-3]?\d)(?P<wsuf>{suf})?(?![\w])(?![.,:/]\d)"
            # (not an opening quote: "murieron el jueves 26 \"criminales armados\"" is a count;
            # a day with its ordinal ending is a day whatever follows: "On Friday the 14th the
            # community closed the road")
            rf"(?(wsuf)|(?=\s*(?:$|[^\w\s\"“«‘']|{followers}(?!\w)))))?"
            rf"(?:\s+(?P<tod>{_wb(r('times_of_day', list))}))?", I)
        # a live blog's stamp: an abbreviated weekday before a clock time ("Sun 11:15", "Sat, 21:40")
        self.f_wd_stamp = re.compile(
            rf"(?<![\w:])(?P<wd>{_alt(list(self.weekday_abbr))})\.?,?\s+(?=[0-2]?\d[:.h][0-5]\d(?!\d))", I) \
            if self.weekday_abbr else None
        numpat = rf"(?:\d+|{N.wordnum_pattern}|{_wb(self.ago_one)}" + (rf"|{_wb(self.ago_vague)})" if self.ago_vague else ")")
        ago_units = _wb(self.ago_units)
        # "a year ago today", "hace hoy un año": that very day, years or months back
        today = rf"(?:{_alt(d['ago_today'])})" if d.get("ago_today") else None
        # "hace exactamente un año", "exactly a year ago": that very day too
        exact = rf"(?:{_alt(d['ago_exact'])})" if d.get("ago_exact") else None
        if d.get("ago_before"):
            before = "|".join(x for x in (today, exact) if x)
            self.f_ago = re.compile(
                # ("hoy hace diez años": the very day too, told first)
                (rf"(?<!\w)(?:(?P<today1>{today})\s+)?" if today else r"(?<!\w)")
                + rf"{_alt([d['ago_before']])}\s+" + (rf"(?:(?P<today0>{before})\s+)?" if before else "")
                + rf"(?P<n>{numpat})\s+(?P<unit>{ago_units})" + (rf"(?:\s+(?P<today>{today})(?!\w))?" if today else ""), I)
        else:
            self.f_ago = re.compile(
                (rf"(?<!\w)(?:(?P<today0>{exact})\s+)?" if exact else r"(?<!\w)")
                + rf"(?P<n>{numpat})\s+(?P<unit>{ago_units})\s+{_alt([d['ago_after']])}(?!\w)"
                + (rf"(?:\s+(?P<today>{today})(?!\w))?" if today else ""), I)
        self.f_period = re.compile(_wb(self.periods), I)
        # a weekend named as a kind of thing, no time: "the weekend curfew", "el toque de queda
        # de fin de semana"
        self.period_modifier_after = re.compile(d["period_modifier_after"], I) if d.get("period_modifier_after") else None
        self.period_modifier_before = re.compile(d["period_modifier_before"] + r"$", I) if d.get("period_modifier_before") else None
        dom_suf = rf"(?:{suf})" if d.get("day_of_month_needs_suffix") else rf"(?:{suf})?"
        self.f_dom = re.compile(
            rf"(?<!\w){_alt(r('day_of_month_prefixes', list))}\s+(?P<day>[0-3]?\d){dom_suf}(?![\w])(?![.,:/]\d)", I)
        # "El 21, la policía ...": a day number after an article, closed by a comma; its month
        # comes from the story (events.py)
        bare = d.get("bare_day_prefixes") or []
        self.f_bare_day = re.compile(
            rf"(?<!\w){_alt(bare)}\s+(?P<day>[0-3]?\d)(?![\w%])(?=\s*,(?!\d))", I) \
            if bare else None

        # "los días 5, 7 y 9": days listed without their month (not "los días 3 y 4 de mayo")
        days_list = d.get("days_list_prefixes") or []
        listed = _alt(d.get("list_joins") or ["y", "e"])
        self.f_days_list = re.compile(
            rf"(?<!\w){_alt(days_list)}\s+(?P<first>[0-3]?\d)(?:\s*,\s*[0-3]?\d)*\s+(?:{listed})\s+(?P<last>[0-3]?\d)"
            rf"(?![\w%])(?!(?:\s*(?:,|{listed})\s*[0-3]?\d)*\s+(?:de\s+)?(?:{_alt(all_months)})(?!\w))", I) \
            if days_list else None
        # cheap tests that skip whole families of patterns on most sentences
        self.any_month = re.compile(rf"(?<!\w){_alt(all_months)}(?!\w)", I)
        self.any_weekday = re.compile(wd_all, I)
        self.month_next = re.compile(rf"(?:{suf})?\s+{dm_join}(?<!\w){_alt(all_months)}(?!\w)", I)
        # "desde el pasado 6 de noviembre": a word between the article and the date
        fillers = rf"(?:{_alt(d['prep_fillers'])}\s+)?" if d.get("prep_fillers") else ""
        self.prep_before = re.compile(
            rf"(?:^|(?<=\W))(?P<p>{_alt(r('preps', list))})\s+(?:{arts}\s+)?{fillers}$", I)
        self.month_ctx_before = re.compile(
            rf"(?:^|(?<=\W)){_alt(r('month_context', list))}[\s-]+(?:{arts}\s+)?$", I)
        self.range_start_before = re.compile(
            rf"(?:^|(?<=\W)){_alt(r('range_starts', list))}\s+(?:{arts}\s+)?$", I)
        self.range_gap = re.compile(rf"^\s*{joins}\s*(?:{arts}\s+)?$", I)
        # joins that list days rather than close a span ("12 y 19 de julio")
        self.list_join = re.compile(rf"\s*{_alt(d.get('list_joins') or [])}\s*(?:{arts}\s+)?{dpre_opt}$", I)

        dmark = _alt(list(r("duration_markers", list)) + list(self.elapsed_markers))
        dunits = _wb(self.duration_units)
        ejoin = _wb(r("elapsed_joiners", list))
        self.f_dur = re.compile(
            rf"(?<!\w)(?:(?P<marker>(?<!\w){dmark})\s+)?(?P<n>(?<![\w.,])\d+(?:[.,]\d+)?|{N.wordnum_pattern}|{_wb(self.ago_one)})"
            rf"(?P<sep>\s*-\s*|\s+)(?P<unit>{dunits})"
            rf"(?:\s+(?P<join>{ejoin}))?", I)
        # "61-year-old", "aged 61", "un estudiante de 25 años": an age, not a span of time
        self.age_after = re.compile(rf"\s*{_alt(d.get('age_after') or [])}(?!\w)", I)
        self.age_before = re.compile(rf"(?:(?<!\w){_alt(d.get('age_nouns') or [])}|,)\s*$", I)
        self.age_markers = {str(w).lower() for w in d.get("age_markers") or []}
        aged = d.get("aged_nouns") or []
        self.aged_nouns = re.compile(rf"\s+(?:[\w'’-]+\s+)?{_alt(aged)}(?!\w)", I) if aged else None
        # "two days later", "seis días después": a step from another date, not a span
        self.later_after = re.compile(rf"\s+{_alt(d.get('later_after') or [])}(?!\w)", I)
        self.ago_before_re = (re.compile(rf"(?:^|(?<=\W)){_alt([d['ago_before']])}\s+$", I)
                              if d.get("ago_before") else None)
        self.ago_after_re = (re.compile(rf"^\s+{_alt([d['ago_after']])}(?!\w)", I)
                             if d.get("ago_after") else None)

    def name_ok(self, word: str) -> bool:
        """English capitalises month and weekday names; lower-case ones are other words."""
        return not self.capitalised or word[:1].isupper()

    def in_name(self, text: str, start: int, word: str, bare: bool) -> bool:
        """A month written with a capital in a language that writes months in lower case,
        inside a proper name: "Plaza de Mayo", "Avenida de Mayo" (a bare month after
        "de"/"of" and a capitalised word), "Avenida 9 de Julio", "el barrio 1° de Mayo" (after
        a noun that names streets, squares and groups: `name_nouns` in dates.yaml)."""
        if self.capitalised or not word[:1].isupper():
            return False
        before = text[max(0, start - 40):start]
        if self.name_nouns_re.search(before):
            return True
        return bare and self.name_joint_re.search(before) is not None

    def name_after(self, text: str, end: int) -> bool:
        """A month or day without a year that a capitalised noun of names follows ("October
        Square", "the April 6 Youth Movement"): part of the name, no date."""
        return self.name_after_re is not None and self.name_after_re.match(text, end) is not None

    def capital_in_lower(self, text: str, start: int, word: str, writes_small) -> bool:
        """A month with a capital inside a sentence, in a report that writes its dates with
        the month in lower case ("27 de febrero"): part of a name ("los bloques del 23 de Enero",
        a neighbourhood), not a date. ``writes_small()`` tells whether the report does (asked
        once per report, not per mention)."""
        if self.capitalised or not word[:1].isupper():
            return False
        if _SENTENCE_OPENS.search(text[max(0, start - 12):start]):
            return False
        return writes_small()


# a capitalised word right after a month told bare: a surname ("Julio Ticona")
_PERSON_AFTER = re.compile(r" [A-ZÁÉÍÓÚÑ][a-záéíóúñ'’-]+(?![\w'’-]*\s+\d)")


# (the 12 characters before a mention: it opens a sentence or a line, perhaps after an article)
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:»\"”]\s+|\n\s*)(?:(?:el|del|al|the|on|in|en)\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _lang(lang: str) -> _Lang:
    return _Lang(lang)


# ---------------------------------------------------------------- resolution helpers

def _infer_year(m: int, d: int | None, published: date) -> int | None:
    # (a month told without a day has begun by publication: "in January", in a report of
    # 28 December, is the January past, not the one four days ahead)
    limit = published + timedelta(days=_SLACK_DAYS) if d is not None else published
    for y in (published.year + 1, published.year, published.year - 1):
        try:
            if date(y, m, d or 1) <= limit:
                return y
        except ValueError:      # 29 February in a common year
            continue
    if m == 2 and d == 29:
        # ("an agreement reached late on February 29", in a story of September 2019 about
        # 2016): the last leap year; the year the story is telling sets it right after
        y = published.year
        while not calendar.isleap(y):
            y -= 1
        return y
    return None


def _iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    try:
        if d is not None:
            return date(y, m, d).isoformat()
    except ValueError:
        return None
    if m is not None:
        return f"{y:04d}-{m:02d}" if 1 <= m <= 12 else None
    return f"{y:04d}"


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def _day_of_month(day: int, published: date) -> str | None:
    y, m = published.year, published.month
    for _ in range(2):
        try:
            cand = date(y, m, day)
        except ValueError:
            cand = None
        if cand is not None and cand <= published:
            return cand.isoformat()
        y, m = _shift_month(y, m, -1)
    return None


def _weekday_month(wd: int, day: int, published: date, months: int = 12,
                   days_back: int | None = None) -> str | None:
    """That day of the latest month (up to ``months`` back) in which it falls on that
    weekday, up to a week after publication and, with ``days_back``, no further back than
    that from publication; else None."""
    limit = published + timedelta(days=_SLACK_DAYS)
    y, m = published.year, published.month
    for _ in range(months):
        try:
            cand = date(y, m, day)
        except ValueError:
            cand = None
        if cand is not None and cand <= limit and cand.weekday() == wd \
                and (days_back is None or (published - cand).days <= days_back):
            return cand.isoformat()
        y, m = _shift_month(y, m, -1)
    return None


def _weekday_day(wd: int, day: int, published: date) -> str | None:
    """'el martes 20' / 'Tuesday the 20th': the latest month (up to a year back) in which
    that day falls on that weekday, up to a week after publication; else the day of the
    publication month (or the one before), as for a bare day number."""
    return _weekday_month(wd, day, published) or _day_of_month(day, published)


# (not before a plural noun: "el lunes 24 horas", "el jueves 26 criminales" are counts; a
# name after it is the sentence's subject: "El martes 13 Tsvangirai compareció")
_LOOSE_DAY = re.compile(r"\s+([0-3]?\d)(?!\d)(?![.,:/]\d)(?=\s+(?:[a-záéíóúñ]*[a-rt-záéíóúñ]\b|[A-ZÁÉÍÓÚÑ][a-záéíóúñ]))")


def _weekend(k: int, published: date) -> tuple[date, date]:
    """Saturday and Sunday of a weekend. k=0 ('the weekend', 'el fin de semana'): the latest
    one begun by publication; k=-1 ('last weekend'): the latest one over before the
    publication day; k=1 ('next weekend'): the first one after it."""
    if k >= 1:
        sat = published + timedelta(days=((5 - published.weekday()) % 7) or 7)
    elif k == 0:
        sat = published - timedelta(days=(published.weekday() - 5) % 7)
    else:
        sat = published - timedelta(days=2) - timedelta(days=(published.weekday() - 7) % 7)
    return sat, sat + timedelta(days=1)


def _weekday(wd: int, mode: str, published: date) -> date:
    pw = published.weekday()
    if mode == "past_strict":
        return published - timedelta(days=((pw - wd) % 7) or 7)
    if mode == "future":
        return published + timedelta(days=((wd - pw) % 7) or 7)
    if mode == "this_week":
        return published - timedelta(days=pw) + timedelta(days=wd)
    if mode == "last_week":     # "on Monday of last week": the calendar week before publication's
        return published - timedelta(days=pw + 7) + timedelta(days=wd)
    return published - timedelta(days=(pw - wd) % 7)      # past, the day itself included


def _day_value(mt: re.Match, name: str, L: _Lang) -> int | None:
    if mt.group(name):
        return int(mt.group(name))
    w = mt.group(name + "w")
    if w:
        return int(L.day_words[w.lower()])
    return None


def _year_of(s: str | None) -> int | None:
    return int(s) if s else None


# ---------------------------------------------------------------- find_dates

def _candidates(text: str, L: _Lang, published: date | None) -> list[_Cand]:
    out: list[_Cand] = []
    add = out.append
    has_month = L.any_month.search(text) is not None
    has_digit = any(ch.isdigit() for ch in text)
    small: list[bool] = []

    def writes_small() -> bool:
        if not small:
            small.append(L.lower_day_month.search(text) is not None)
        return small[0]

    for mt in (L.f_dm.finditer(text) if has_month else ()):
        if not L.name_ok(mt.group("mon")) or (mt.group("wd") and not L.name_ok(mt.group("wd"))):
            continue
        if not mt.group("year") and (L.in_name(text, mt.start(), mt.group("mon"), False)
                                     or L.name_after(text, mt.end())):
            continue      # "Avenida 9 de Julio"
        if not mt.group("year") and L.capital_in_lower(text, mt.start(), mt.group("mon"), writes_small):
            continue      # "ranchos del 23 de Enero" in a report that writes "27 de febrero": a name
        day_ = _day_value(mt, "day", L)
        mon = mt.group("mon").lower()
        if mon in L.month_abbr and mt.group("mdot") is None and mon in L.ambiguous:
            continue
        d0 = _day_value(mt, "d0", L)
        if d0 is not None and _two_days(L, text, mt.start(), mt.end("d0") if mt.group("d0") else mt.end("d0w"),
                                         mt.start("day") if mt.group("day") else mt.start("dayw"), d0, day_):
            day_, d0 = d0, None
        add(_Cand(mt.start(), _trim_dot(mt, L), _year_of(mt.group("year")), _month_num(L, mon), day_,
                  d0=d0))
    for mt in (L.f_md.finditer(text) if has_month and (has_digit or L.day_words) else ()):
        if not L.name_ok(mt.group("mon")) or (mt.group("wd") and not L.name_ok(mt.group("wd"))):
            continue
        if not mt.group("year") and L.name_after(text, mt.end()):
            continue      # "the February 20 Movement"
        mon = mt.group("mon").lower()
        d2 = _day_value(mt, "d2", L)
        day_ = _day_value(mt, "day", L)
        if d2 and _two_days(L, text, mt.start(), mt.end("day") if mt.group("day") else mt.end("dayw"),
                            mt.start("d2") if mt.group("d2") else mt.start("d2w"), day_, d2):
            d2 = None
        c = _Cand(mt.start(), mt.end(), _year_of(mt.group("year")), _month_num(L, mon),
                  d2 if d2 else day_, d0=day_ if d2 else None)
        add(c)
    for mt in (L.f_my.finditer(text) if has_month else ()):
        monw = mt.group("mon")
        mon = monw.lower()
        if not L.name_ok(monw):
            continue
        y = _year_of(mt.group("year"))
        if y is None and not mt.group("part") and (L.in_name(text, mt.start(), monw, True) or L.name_after(text, mt.end())
                                                   or L.capital_in_lower(text, mt.start(), monw, writes_small)):
            continue      # "Plaza de Mayo"; "el Marzo paraguayo" in a report that writes "en marzo"
        if y is None and not mt.group("part") and mon in L.name_months and monw[:1].isupper() \
                and mt.group(0).strip() == monw and _PERSON_AFTER.match(text, mt.end()) \
                and not (L.name_month_ctx is not None and L.name_month_ctx.search(text, max(0, mt.start() - 20), mt.start())):
            continue      # "tres muertos: Julio Ticona Medina, de 41 años": a man, no July
        if mon in L.month_abbr and mon not in L.months and y is None:
            continue      # "Mar", "ago" alone are not months
        if mon in L.ambiguous and y is None and not mt.group("part"):
            if not L.month_ctx_before.search(text[max(0, mt.start() - 30):mt.start()]):
                continue
        end = mt.end() if mt.group("mdot") is None or y else mt.end("mon")
        add(_Cand(mt.start(), end, y, _month_num(L, mon)))
    for mt in (L.f_num.finditer(text) if has_digit else ()):
        if mt.group("iy"):
            y, m, d = int(mt.group("iy")), int(mt.group("im")), int(mt.group("id"))
        else:
            y, m, d = int(mt.group("ny")), int(mt.group("nm")), int(mt.group("nd"))
            if y < 100:
                y += 2000 if y < 50 else 1900
        if _iso(y, m, d) is None:
            continue
        add(_Cand(mt.start(), mt.end(), y, m, d))
    if L.f_dm_num is not None and has_digit:
        for mt in L.f_dm_num.finditer(text):
            dd, mm = int(mt.group("d")), int(mt.group("m"))
            if 1 <= dd <= 31 and 1 <= mm <= 12:
                add(_Cand(mt.start(), mt.end(), None, mm, dd))
    for mt in (L.f_year.finditer(text) if has_digit else ()):
        c = _Cand(mt.start("year"), mt.end("year"), int(mt.group("year")))
        first = mt.group("ctx").split()[0].lower()
        c.prep = first if L.prep_before.search(first + " ") else None
        add(c)

    if published is None:
        return out

    for mt in L.f_rel.finditer(text):
        off = L.relative_days[re.sub(r"\s+", " ", mt.group(0).lower())]
        add(_Cand(mt.start(), mt.end(), value=(published + timedelta(days=off)).isoformat(),
                  relative=True))
    for mt in (L.f_wd.finditer(text) if L.any_weekday.search(text) else ()):
        if not L.name_ok(mt.group("wd")):
            continue
        if mt.group("wday") and L.month_next.match(text, mt.end("wday")):
            continue      # "el martes pasado, 3 de octubre": the day belongs to its month
        if mt.group("wday"):
            v = _weekday_day(int(L.weekdays[mt.group("wd").lower()]), int(mt.group("wday")), published)
            if v is None:
                continue
        else:
            # "El domingo 24 entró en vigor": a day number followed by a word the day pattern
            # does not expect is still the day when that day fell on that weekday lately
            # ("el jueves 26 criminales", in a January report, is a count)
            loose = _LOOSE_DAY.match(text, mt.end())
            if loose and not mt.group("tod"):
                v = _weekday_month(int(L.weekdays[mt.group("wd").lower()]), int(loose.group(1)), published,
                                   months=4, days_back=62)
                if v is not None:
                    add(_Cand(mt.start(), loose.end(1), value=v, relative=True))
                    continue
            if not mt.group("wmod") and L.weekday_any is not None \
                    and L.weekday_any.search(text, max(0, mt.start() - 20), mt.start()):
                continue      # "Un jueves negro", "every Thursday": no one day
            if not mt.group("wmod") and not mt.group("wday") and (
                    (L.weekday_named_after is not None and L.weekday_named_after.match(text, mt.end()))
                    or (L.weekday_named_before is not None
                        and L.weekday_named_before.search(text, max(0, mt.start() - 20), mt.start()))):
                continue      # "Diez años del martes negro", "Bloody Sunday": a day's name, no date
            mode = "past"
            if mt.group("wmod"):
                mode = L.weekday_before[re.sub(r"\s+", " ", mt.group("wmod").lower())]
            if mt.group("wpost"):
                mode = L.weekday_after[re.sub(r"\s+", " ", mt.group("wpost").lower())]
            v = _weekday(int(L.weekdays[mt.group("wd").lower()]), mode, published).isoformat()
            if mode == "past":
                add(_Cand(mt.start(), mt.end(), value=v, relative=True,
                          bare_wd=int(L.weekdays[mt.group("wd").lower()])))
                continue
        add(_Cand(mt.start(), mt.end(), value=v, relative=True))
    for mt in (L.f_wd_stamp.finditer(text) if L.f_wd_stamp is not None else ()):
        if not mt.group("wd")[:1].isupper():
            continue      # ("sun 11:15" in lower case is no stamp)
        wd = int(L.weekday_abbr[mt.group("wd").lower()])
        add(_Cand(mt.start(), mt.start() + len(mt.group("wd")), value=_weekday(wd, "past", published).isoformat(),
                  relative=True, bare_wd=wd))
    for mt in L.f_ago.finditer(text):
        nw = mt.group("n").lower()
        unit = L.ago_units[mt.group("unit").lower()]
        if re.sub(r"\s+", " ", nw) in L.ago_vague:
            if unit in ("days", "weeks"):
                # ("a few weeks ago": about three, no day to tell; the month it falls in)
                then = published - timedelta(days=_VAGUE_COUNT * _UNIT_DAYS[unit])
                add(_Cand(mt.start(), mt.end(), value=_iso(then.year, then.month), relative=True))
            continue
        n = 1 if nw in L.ago_one else _numbers.parse_number(nw, L.num.lang)
        if n is None:
            continue
        to_the_day = bool(mt.groupdict().get("today") or mt.groupdict().get("today0") or mt.groupdict().get("today1"))
        if unit in ("days", "weeks"):
            v = (published - timedelta(days=n * _UNIT_DAYS[unit])).isoformat()
        elif unit == "months":
            y, m = _shift_month(published.year, published.month, -n)
            v = _iso(y, m, min(published.day, calendar.monthrange(y, m)[1])) if to_the_day else _iso(y, m)
        else:
            y = published.year - n
            v = _iso(y, published.month, min(published.day, calendar.monthrange(y, published.month)[1])) \
                if to_the_day else _iso(y)
        add(_Cand(mt.start(), mt.end(), value=v, relative=True, ago=True))
    for mt in L.f_period.finditer(text):
        unit, k = L.periods[re.sub(r"\s+", " ", mt.group(0).lower())]
        if unit == "weekend" and (
                (L.period_modifier_after is not None and L.period_modifier_after.match(text, mt.end()))
                or (L.period_modifier_before is not None
                    and L.period_modifier_before.search(text, max(0, mt.start() - 12), mt.start()))):
            continue    # "the weekend curfew", "el toque de queda de fin de semana": a kind of curfew
        k = int(k)
        if unit == "week":
            monday = published - timedelta(days=published.weekday()) + timedelta(weeks=k)
            c = _Cand(mt.start(), mt.end(), value=monday.isoformat(),
                      value_end=(monday + timedelta(days=6)).isoformat(), relative=True, past_week=k == -1)
        elif unit == "weekend":
            sat, sun = _weekend(k, published)
            c = _Cand(mt.start(), mt.end(), value=sat.isoformat(), value_end=sun.isoformat(),
                      relative=True, weekend_k=k)
        elif unit == "month":
            y, m = _shift_month(published.year, published.month, k)
            c = _Cand(mt.start(), mt.end(), value=_iso(y, m), relative=True)
        else:
            c = _Cand(mt.start(), mt.end(), value=_iso(published.year + k), relative=True)
        add(c)
    for mt in (L.f_bare_day.finditer(text) if has_digit and L.f_bare_day is not None else ()):
        v = _day_of_month(int(mt.group("day")), published)
        if v is not None:
            add(_Cand(mt.start(), mt.end(), value=v, relative=True))
    for mt in (L.f_days_list.finditer(text) if has_digit and L.f_days_list is not None else ()):
        first, last = int(mt.group("first")), int(mt.group("last"))
        v, v_end = _day_of_month(first, published), _day_of_month(last, published)
        if v is not None and v_end is not None and first < last and v[:7] == v_end[:7]:
            add(_Cand(mt.start(), mt.end(), value=v, value_end=v_end, relative=True))
    for mt in (L.f_dom_rel.finditer(text) if has_digit and L.f_dom_rel is not None else ()):
        y, m = _shift_month(published.year, published.month, L.dom_rel[re.sub(r"\s+", " ", mt.group("rel").lower())])
        v = _iso(y, m, int(mt.group("day")))
        if v is not None:
            add(_Cand(mt.start(), mt.end(), value=v, relative=True))
    for mt in (L.f_dom.finditer(text) if has_digit else ()):
        if L.dom_needs_prep and not L.prep_before.search(text[max(0, mt.start() - 30):mt.start()]):
            continue
        v = _day_of_month(int(mt.group("day")), published)
        if v is not None:
            add(_Cand(mt.start(), mt.end(), value=v, relative=True))
    return out


_DAY_BEFORE_LIST = re.compile(r"(?<!\d)([0-3]?\d),\s*$")


def _two_days(L: _Lang, text: str, start: int, first_end: int, second_start: int,
              first: int, second: int) -> bool:
    """'12 y 19 de julio', 'July 12 and 19': two days, not the span between them, unless
    'entre' / 'between' opens the pair or the days follow each other ('5 y 6 de julio')."""
    if second - first <= 1:
        return False
    if not L.list_join.match(text[first_end:second_start]):
        return False
    return not L.range_start_before.search(text[max(0, start - 30):start])


def _trim_dot(mt: re.Match, L: _Lang) -> int:
    """End of the match without a sentence full stop after a full month name."""
    if mt.group("mdot") and mt.end("mdot") == mt.end() and mt.group("mon").lower() in L.months:
        return mt.end() - 1
    return mt.end()


def _month_num(L: _Lang, mon: str) -> int:
    return int(L.months.get(mon) or L.month_abbr[mon])


def _upcoming(text: str, c: _Cand, L: _Lang) -> bool:
    """A day-month told as one to come: "el próximo 5 de junio", "el 5 de junio próximo",
    "next June 5" (a weekday may stand between: "el próximo jueves 5 de junio")."""
    before = text[max(0, c.start - 40):c.start]
    if L.upcoming_before is not None:
        wd = L.weekday_tail.search(before)
        head = before[:wd.start()] if wd else before
        if L.upcoming_before.search(head):
            return True
    return L.upcoming_after is not None and bool(L.upcoming_after.match(text, c.end))


def _next_year(m: int, d: int | None, published: date) -> int | None:
    for y in (published.year, published.year + 1):
        try:
            if date(y, m, d or 28) >= published:
                return y
        except ValueError:      # 29 February in a common year
            continue
    return None


def _nearest_year(m: int, d: int | None, published: date) -> int | None:
    best = None
    for y in (published.year - 1, published.year, published.year + 1):
        try:
            gap = abs((date(y, m, d or 1) - published).days)
        except ValueError:
            continue
        if best is None or gap < best[0]:
            best = (gap, y)
    return best[1] if best else None


def _resolve(c: _Cand, published: date | None, future_ok: bool = False) -> bool:
    """Fill c.value (and value_end) from y/m/d; False when it cannot be resolved.

    ``future_ok``: the date follows "until" / "hasta" and may lie well after publication,
    so a missing year is the one that puts it nearest to the publication date."""
    if c.value is not None:
        return True
    if c.y is None and c.m is not None:
        if published is None:
            return False
        # a span ("from January 5 to 19") takes the year that puts its first day on or
        # before publication: the span may run on after the report
        first = c.d0 if c.d0 is not None and c.d is not None and c.d0 <= c.d else c.d
        c.y = (_nearest_year if future_ok else _infer_year)(c.m, first, published)
        c.year_inferred = True
        if c.y is None:
            return False
    if c.y is None:
        return False
    c.value = _iso(c.y, c.m, c.d)
    if c.value is None:
        return False
    if c.d0 is not None and c.d is not None:
        first = _iso(c.y, c.m, c.d0)
        if first is None or c.d0 > c.d:
            return False
        c.value, c.value_end = first, c.value
    return True


def _follow_the_span(resolved: list[_Cand], text: str) -> None:
    """'a strike that began on January 3 and will end January 19' (report of 5 January): a
    day without a year that would fall back a year but lies within two months after the date
    just told, in the same sentence, belongs to that date's year."""
    for prev, c in zip(resolved, resolved[1:]):
        if not (c.year_inferred and c.m and c.d and c.value_end is None and len(prev.value) == 10
                and c.start - prev.end < 120 and not re.search(r"[.;\n]\s", text[prev.end:c.start])):
            continue
        try:
            later = date(int(prev.value[:4]), c.m, c.d)
            start = date.fromisoformat(prev.value)
        except ValueError:
            continue
        if c.y < later.year and 0 <= (later - start).days <= 62:
            _reyear(c, later.year - c.y)


def _reyear(c: _Cand, k: int) -> None:
    c.y += k
    c.value = _iso(c.y, c.m, c.d) or c.value
    if c.value_end is not None:
        c.value_end = _iso(c.y, c.m, c.d) or c.value_end
        c.value = _iso(c.y, c.m, c.d0) or c.value


# A publication date in the first or last two years of the calendar cannot anchor relative
# dates ("next year", "last Monday" would fall outside date.min..date.max): such a report is
# read as one without a publication date.
_ANCHOR_MIN, _ANCHOR_MAX = date(3, 1, 1), date(9997, 12, 31)


def _own_anchor(text: str, L: _Lang) -> date | None:
    """For a report without a publication date: the latest day it gives in full (day,
    month and year), which then stands in for the publication date."""
    best = None
    for c in _candidates(text, L, None):
        if c.y is None or c.m is None or c.d is None:
            continue
        try:
            day = date(c.y, c.m, c.d)
        except ValueError:
            continue
        if _ANCHOR_MIN <= day <= _ANCHOR_MAX and (best is None or day > best):
            best = day
    return best


def find_dates(text: str, lang: str, published: date | None) -> list[DateMention]:
    """Every date mention in ``text``, in order, resolved against ``published``."""
    L = _lang(lang)
    if published is not None and not _ANCHOR_MIN <= published <= _ANCHOR_MAX:
        published = None    # too near the calendar's ends to count days or years from
    anchored = published is None
    if anchored:
        published = _own_anchor(text, L)
    cands = [c for c in _candidates(text, L, published)
             if c.value is not None or c.y is not None or published is not None]
    # longest first; then earliest; drop anything that overlaps a kept mention
    cands.sort(key=lambda c: (-(c.end - c.start), c.start))
    kept: list[_Cand] = []
    starts: list[int] = []          # the kept mentions are disjoint: sorted by start, their
    ends: list[int] = []            # ends are sorted too, so one bisect finds an overlap
    for c in cands:
        i = bisect.bisect_left(starts, c.end)         # kept[:i] start before c ends
        if i and ends[i - 1] > c.start:               # the last of them reaches into c
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    grown = []
    for c in kept:
        # "12, 13 and 14 March", "los días 12, 13 y 14 de marzo": the days listed before a pair
        # of days that follow each other run on with it
        start = c.start
        while c.d0 is not None and c.d is not None and c.d - c.d0 >= 1:
            more = _DAY_BEFORE_LIST.search(text, max(0, c.start - 8), c.start)
            if not more or int(more.group(1)) != c.d0 - 1:
                break
            c.start, c.d0 = more.start(1), c.d0 - 1
        if c.start != start:
            grown.append((c, start))
    if grown:
        # (a mention the run now covers is part of it: "el 10" in "el 10, 11 y 12 de marzo")
        kept = [o for o in kept if not any(c is not o and o.start < old and o.end > c.start for c, old in grown)]
    resolved: list[_Cand] = []
    for c in kept:
        if c.prep is None:
            pm = L.prep_before.search(text[max(0, c.start - 30):c.start])
            c.prep = re.sub(r"\s+", " ", pm.group("p").lower()) if pm else None
            if c.weekend_k == 0 and c.prep in L.future_preps and published is not None:
                # "convocó concentraciones para el fin de semana", "called rallies for the
                # weekend": the coming one
                sat, sun = _weekend(1, published)
                c.value, c.value_end = sat.isoformat(), sun.isoformat()
            if c.prep in L.joins_only_in_range:
                lo = max(0, c.start - 60)     # (within the sentence: the last stop or line break)
                lo = max(lo, text.rfind(".", lo, c.start) + 1, text.rfind("\n", lo, c.start) + 1)
                if not L.range_start_word.search(text, lo, c.start):
                    c.prep = None
        # a stand-in anchor is only a lower bound of the publication date: a day without a
        # year takes the year nearest to it, on either side
        if c.y is None and c.m is not None and c.value is None and published is not None and not anchored \
                and _upcoming(text, c, L):
            # "el próximo 5 de junio": the next one on or after publication, a date to come
            c.y = _next_year(c.m, c.d, published)
            c.relative = True
        if _resolve(c, published, future_ok=anchored or c.prep in L.future_preps):
            resolved.append(c)
    _follow_the_span(resolved, text)
    resolved = _in_last_week(resolved, text, L.relative_words)
    # two-date ranges: "from 4 December to 2 January", "entre marzo y mayo"
    merged: list[_Cand] = []
    i = 0
    while i < len(resolved):
        c = resolved[i]
        nxt = resolved[i + 1] if i + 1 < len(resolved) else None
        if (nxt is not None and c.value_end is None
                and L.range_gap.match(text[c.end:nxt.start])
                and L.range_start_before.search(text[max(0, c.start - 30):c.start])
                and len(c.value) == len(nxt.value)
                # (not a weekday alone before a dated day, "entre el sábado y el lunes 14 de
                # diciembre": its week is the dated day's, set once that day has its year)
                and not (c.relative and not any(ch.isdigit() for ch in text[c.start:c.end])
                         and any(ch.isdigit() for ch in text[nxt.start:nxt.end]))):
            if c.year_inferred and not nxt.year_inferred and c.y is not None and nxt.y is not None \
                    and c.m is not None and nxt.m is not None:
                # "entre el 30 de julio y el 5 de agosto de 2002": the year told at the end of
                # the span is its first day's too (the year before when that day comes later)
                k = nxt.y - c.y - (1 if (c.m, c.d or 1) > (nxt.m, nxt.d or 1) else 0)
                if k:
                    _reyear(c, k)
            if nxt.year_inferred and (nxt.value_end or nxt.value) < c.value:
                _reyear(nxt, 1)
            if c.year_inferred and c.value > (nxt.value_end or nxt.value):
                _reyear(c, -1)
            end_value = nxt.value_end or nxt.value
            if c.value <= end_value:
                c.end, c.value_end = nxt.end, end_value
                c.relative = c.relative or nxt.relative
                i += 1
        merged.append(c)
        i += 1
    # "August last year", "en marzo del año pasado", "el 6 de abril de este año": one month (or
    # day) of the year the words name
    out: list[_Cand] = []
    for c in merged:
        prev = out[-1] if out else None
        if prev is not None and prev.ago and c.value and len(c.value) == 10 and c.value_end is None \
                and any(ch.isdigit() for ch in text[c.start:c.end]) \
                and L.ago_day_gap.fullmatch(text[prev.end:c.start]):
            # "arrested a week ago, on Monday, August 13": the day told beside the count back
            # is the day (a week before publication is only about it)
            out[-1] = c
            continue
        if prev is not None and c.relative and c.value and len(c.value) == 10 and prev.value \
                and len(prev.value) == 10 and not prev.relative and prev.value_end is None \
                and text[c.start:c.end].strip().lower() in L.weekdays \
                and L.apposed_day_gap.fullmatch(text[prev.end:c.start]):
            # "On April 1, the Thursday before Easter": the weekday names the day just told
            prev.end = c.end
            continue
        if prev is not None and c.weekend_k is not None and prev.value and prev.weekend_k is None \
                and len(prev.value) == 10 and L.apposed_day_gap.fullmatch(text[prev.end:c.start]):
            # "entre el viernes 25 y el domingo 27 de marzo, fin de semana de Pascua", "on 4 and
            # 5 May, the bank holiday weekend": the weekend names the days just told
            prev.end = c.end
            continue
        if prev is not None and c.relative and c.value and len(c.value) == 4 and prev.value \
                and len(prev.value) in (7, 10) and prev.value_end is None and not prev.relative \
                and _MONTH_YEAR_GAP.fullmatch(text[prev.end:c.start]):
            value = c.value + prev.value[4:]
            try:
                if len(value) == 10:
                    date.fromisoformat(value)      # (29 February of a common year: leave it)
            except ValueError:
                out.append(c)
                continue
            prev.relative = prev.relative or len(value) == 10    # (a day of "this year" is told from today)
            prev.value = value
            prev.end = c.end
            continue
        out.append(c)
    return [DateMention(c.start, c.end, text[c.start:c.end], c.value, c.value_end, c.relative, c.prep)
            for c in out]


def _in_last_week(resolved: list[_Cand], text: str, relative_words: re.Pattern | None = None) -> list[_Cand]:
    """"Last week, protesters blocked the highway from Tuesday to Thursday": a weekday told
    alone in a sentence that opens on last week is that week's day, and the week, a frame,
    gives way to it."""
    weeks = [c for c in resolved if c.past_week]
    if not weeks:
        return resolved
    drop: set[int] = set()
    for w in weeks:
        # (not a week told in a relative clause the weekday is outside of: "Farid, whose
        # disappearance last week set off three days of rioting, were charged on Monday" is this
        # week's Monday)
        sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, w.start - 300), w.start)), default=0)
        lo = max(text.rfind(",", 0, w.start), sentence_start)
        in_relative = bool(relative_words is not None and relative_words.search(text, lo, w.start))
        monday = date.fromisoformat(w.value)
        for c in resolved:
            if c.bare_wd is None or c.start < w.end or _SENTENCE_END.search(text, w.end, c.start):
                continue
            if in_relative and "," in text[w.end:c.start]:
                continue
            c.value = (monday + timedelta(days=c.bare_wd)).isoformat()
            drop.add(id(w))
    return [c for c in resolved if id(c) not in drop]


_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_MONTH_YEAR_GAP = re.compile(r"(?i)\s*(?:of|de|del)?\s*")


# ---------------------------------------------------------------- durations

def find_durations(text: str, lang: str) -> list[Duration]:
    """Spans of time: "60-day", "for two months" (60), "de 48 horas" (2), "tras 26 días de paro"
    (elapsed). Months count 30 days, years 365, hours are rounded up to whole days.
    "three days ago" / "hace tres días" are dates, not durations, and are left out."""
    L = _lang(lang)
    out: list[Duration] = []
    for mt in L.f_dur.finditer(text):
        nw = mt.group("n")
        marker = mt.group("marker")
        if nw.lower() in L.ago_one:
            if not marker:
                continue           # "un día después" is not a duration; "por un día" is
            n: float | None = 1
        elif nw[0].isdigit():
            n = float(nw.replace(",", "."))
        else:
            n = _numbers.parse_number(nw, lang)
        if not n:
            continue
        start = mt.start()
        num_start = mt.start("n")
        if L.ago_before_re and L.ago_before_re.search(text[max(0, num_start - 10):num_start]):
            continue
        if L.ago_after_re and L.ago_after_re.match(text[mt.end("unit"):mt.end("unit") + 10]):
            continue
        before = text[max(0, num_start - 20):num_start]
        if L.num.time_before.search(before) or L.num.time_before_weak.search(before):
            continue               # "a las 20 horas" is a time
        unit = L.duration_units[mt.group("unit").lower()]
        aged = L.age_after.match(text, mt.end("unit"))
        if aged and L.aged_nouns is not None and L.aged_nouns.match(text, aged.end()):
            continue               # the age of a government or a child: "Bolsonaro's five-month-old government"
        if unit == "years" and (L.age_after.match(text, mt.end("unit")) or (
                (marker or "").lower() in L.age_markers
                and L.age_before.search(text[max(0, start - 30):start]))):
            continue               # an age: "a 61-year-old farmer", "un comunero de 61 años"
        if not marker and L.later_after.match(text, mt.end("unit")):
            continue               # "two days later", "seis días después": a date, not a span
        days = math.ceil(n / 24) if unit == "hours" else int(round(n * _UNIT_DAYS[unit]))
        elapsed = bool(mt.group("join")) or (marker is not None and
                                             re.sub(r"\s+", " ", marker.lower()) in L.elapsed_markers)
        end = mt.end("unit")
        out.append(Duration(start, end, text[start:end], days, elapsed))
    return out


def add_days(value: str, days: int) -> str:
    """The last day of a span of ``days`` days starting at ``value`` (start + days - 1).

    ``value`` may be YYYY-MM-DD, YYYY-MM (starts on the 1st) or YYYY (starts on 1 January).
    A span of 0 or fewer days ends on its start; one past 9999-12-31 ends there."""
    parts = [int(p) for p in value.split("-")]
    start = date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    try:
        return (start + timedelta(days=max(days, 1) - 1)).isoformat()
    except OverflowError:
        return date.max.isoformat()


__all__ = ["DateMention", "Duration", "find_dates", "find_durations", "add_days"]
