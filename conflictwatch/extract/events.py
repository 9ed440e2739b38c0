"""Event extraction: triggers -> candidate mentions -> slots -> one event per real event.

The method, per report:

1. Segment into paragraphs and sentences (``sentences.py``); find every date, duration,
   number and place once for the whole text (``dates.py``, ``numbers.py``, ``geo/``).
2. Match per-language triggers (``lang/<code>/triggers.yaml``) in each sentence; drop
   those under a modality cue (planned, threatened, demanded, hypothetical, negated:
   ``lang/<code>/modality.yaml``).
3. Give each trigger its slots from its own sentence, else from the context in focus
   (the date and place of the preceding sentences of the paragraph, then of the report).
4. Drop what is in the future or has less than a month's precision when only a year is
   known (rule 1 of SCHEMA.md), score a confidence, and merge the mentions of one event
   (headline, lead, recap) into one record.
"""
from __future__ import annotations

import bisect
import operator
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from ..geo.distance import km
from ..geo.normalize import EXONYM_POPULATION, fold, other_name
from ..records import Actor, Event, Evidence, Place, Report
from . import dates as dates_mod
from . import numbers as numbers_mod
from .decide import Candidate, Model, aggregate_features
from .decide import features as decide_features
from .langdata import load
from . import prefixes
from .prefixes import literal_prefixes
from .sentences import Sentence, split

MIN_CONFIDENCE = 0.6


DATA_DIR = Path(__file__).with_name("data")


@lru_cache(maxsize=None)
def load_shared(name: str) -> dict:
    """Language-independent data: ``extract/data/<name>.yaml``."""
    import yaml
    from ..errors import BadLanguageData
    path = DATA_DIR / f"{name}.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise BadLanguageData(f"Cannot read it ({exc}). Reinstall the package or fix the file.",
                              path=str(path)) from exc
    if not isinstance(data, dict):
        raise BadLanguageData("Expected a mapping at the top level.", path=str(path))
    return data


def _cues() -> dict:
    """``data/cues.yaml``: the extractor's cue patterns that are words, not code (English and
    Spanish together, matched in any report)."""
    return load_shared("cues")


def _cue(name: str) -> re.Pattern:
    """One compiled cue pattern of ``data/cues.yaml``."""
    from ..errors import BadLanguageData
    path = str(DATA_DIR / "cues.yaml")
    entry = _cues().get(name)
    if not isinstance(entry, dict) or not isinstance(entry.get("pattern"), str):
        raise BadLanguageData(f"Cue {name!r} is missing or has no `pattern` string. Reinstall the "
                              "package or restore the entry.", path=path)
    try:
        return re.compile(entry["pattern"], re.I if entry.get("ignorecase") else 0)
    except re.error as exc:
        raise BadLanguageData(f"Cue {name!r} is not a valid regular expression ({exc}).", path=path) from exc


# "for the first time in fifty years", "en unos cincuenta años", "in over a decade": a time
# frame, not how long an event lasts; nor does any event told here last over three years.
_TIME_FRAME = _cue("time_frame")
_MAX_SPAN_DAYS_TOLD = 3 * 366

_POINT_TYPES = ("agreement", "legal_action")
_NEXT_CLAUSE = _cue("next_clause")
_AFTER_OPENS = _cue("after_opens")
_AFTER_NOUN = _cue("after_noun")
_SEAT_IN_TOWN = _cue("seat_in_town")
_CAPITAL_FRONTED_BEFORE = _cue("capital_fronted_before")
_CAPITAL_FRONTED_BODY = _cue("capital_fronted_body")
_NEGATED_INSIDE = _cue("negated_inside")
_NEGATED_BEFORE = _cue("negation_before")
_COMPARED_TO = _cue("compared_to")
_MEDIA_AFTER = _cue("media_after")
_MEDIA_BEFORE = _cue("media_before")
_INSTITUTION_NAME = _cue("institution_name")
_CORPORATE_NAME = _cue("corporate_name")
_BRAND_POSSESSIVE = _cue("brand_possessive")
_WHEN = re.compile(r"(?i)\b(?:when|cuando)\b")
# "the governor of Cusco", "el prefecto de Tarija": the official's seat, not where the act is
_OFFICIAL_OF = _cue("official_of")
# a "since" clause with a verb of its own before the date ("since protests resumed on Jan. 4",
# "desde que los campesinos bloquearon el 3 de mayo"), read back to the clause's start
# (or with no preposition: "since the armed group seized the compound almost two weeks ago")
_SINCE_CLAUSE = re.compile(r"(?i)\b(?:since|desde\s+que)\s+\S+\s+[^,;:()]*?\s(?:(?:on|in|el|en)\s+)?$")
# a date right after the relative word, before the clause's verb ("donde desde el jueves ...")
_OPENS_RELATIVE = _cue("opens_relative")
# a subordinate clause with a subject and a finite verb of its own, read from the trigger up
# to a date ("... after talks with the company broke down on", "... because community members
# have blocked the corridor since")
_SUBORDINATE = _cue("subordinate")
_RECENT_TURN = _cue("recent_turn")
_SET_FOR_BEFORE = _cue("set_for_before")
_LAST_MONTH_BEFORE = _cue("last_month_before")
_LAST_MONTH_AFTER = _cue("last_month_after")
_SOE_LIFTED_AFTER = _cue("soe_lifted_after")
_WHILE_OPENING = _cue("while_opening")
_START_TOLD_BEFORE = _cue("start_told_before")
# the trigger's own relative clause, from the trigger up to a date ("roadblocks that groups
# have maintained since", "los bloqueos de caminos que mantenía desde", "el paro que mantenían desde")
_OWN_RELATIVE = re.compile(r"(?i)(?:\s+(?:de|del|of)\s+[\w-]+)?,?\s+(?:que|that|which)\s+[^,;:()]{0,60}")
_SIGNED = _cue("signed")
_NO_DEAL = _cue("no_deal")
_GOVERNMENT_OF = _cue("government_of_capital")
_JOINED_CLAUSE_OPEN = _cue("joined_clause_open")
_DEAL_WORDS = _cue("deal_words")
_REL_WORD = re.compile(r"(?i)\b(?:que|that|which)\b")


def _own_since(text: str, m, d) -> bool:
    """A "since" date in the trigger's own relative clause ("roadblocks that groups have
    maintained since Oct. 2"), also where the trigger ends inside that clause ("lifted the
    roadblocks that had cut the highway since May 8")."""
    if d.prep not in _SINCE or d.start < m.end:
        return False
    if _OWN_RELATIVE.fullmatch(text, m.end, d.start):
        return True
    return bool(_REL_WORD.search(text, m.start, m.end)) and d.start - m.end < 70 \
        and not _CLAUSE_BREAK.search(text, m.end, d.start)


# a participle right after the trigger, up to its date ("estado de sitio decretado el", "paro
# iniciado el", "a national strike called by labour unions from")
_OWN_PARTICIPLE = _cue("own_participle")
_SINCE_YARDSTICK = _cue("since_yardstick")

# Acts of authorities, decided in the capital and applied elsewhere.
_ACTS = ("state_of_emergency", "legal_action", "negotiation", "agreement", "suspension", "deployment")
# Types whose figures are the people who took part (participants) vs. casualties.
_PARTICIPANT_TYPES = ("protest", "strike", "blockade", "riot", "crackdown")
_CASUALTY_TYPES = ("crackdown", "riot")


@dataclass(slots=True)
class _Trigger:
    type: str
    regex: re.Pattern
    strength: float
    lowercase_only: bool = False
    exclude_after: re.Pattern | None = None
    exclude_before: re.Pattern | None = None
    prefixes: tuple[str, ...] | None = None     # what every match starts with (prefixes.py)
    # a pronoun's verb ("la prorrogó el 22 de mayo", "Parliament lifted it on May 6"): a trigger
    # only where one of the two sentences before names an event of this type
    antecedent: str | None = None


@dataclass(slots=True)
class _Mention:
    type: str
    start: int
    end: int
    sentence: Sentence
    strength: float
    action: str | None = None
    date: str | None = None
    date_end: str | None = None
    own_date: bool = False
    new_day: bool = False        # told with a day of its own as a new one ("clashes resumed on Thursday")
    fronted_day: bool = False    # its clause opens with its day ("On Tuesday a second march ...")
    dated: bool = False          # its sentence tells its day (not the date in focus)
    date_at: int = -1            # where the date it took from its sentence stands
    date_prep: str | None = None  # the word before that date ("entre", "since", "el" ...)
    place: Place | None = None
    location: str | None = None
    own_place: bool = False
    nationwide: bool = False
    regions: tuple = ()          # a declaration over several first-level divisions: their names
    spread: tuple = ()           # a street event told of a list of places of several divisions
    numbers: dict = field(default_factory=dict)
    actors: list = field(default_factory=list)
    in_force_only: bool = False
    told_after: bool = False     # named in an "after" phrase after its sentence's date ("on Friday ... after riots")


@dataclass(slots=True)
class _PlaceSpan:
    start: int
    end: int
    surface: str
    place: Place


_NAME = r"[A-ZÁÉÍÓÚÑ][\w'’.-]*"


def _wb(p: str) -> str:
    return r"(?<![\w])(?:" + p + r")(?![\w])"


def _frame_triggers(frames: dict) -> list[_Trigger]:
    """Triggers composed from ``lang/<code>/frames.yaml``: an actor noun and its verb told in
    either order with up to ``window`` words between them that cross no boundary word
    ("sent more than six hundred police", "troops ... arrived", "units sent from Istanbul")."""
    out: list[_Trigger] = []
    for etype, f in frames.items():
        gap = rf"(?:(?!(?:{f['boundary']})(?![\w]))[\w,.'’$%-]+\s+){{0,{int(f['window'])}}}?"
        marker = rf"(?:(?:{f['object_marker']})\s+)?" if f.get("object_marker") else ""
        forces = f"(?:{f['forces']})"
        if f.get("forces_not_before"):
            # ("pushed through the police cordon and poured into the offices": the cordon's
            # name, not the forces moving)
            forces += rf"(?!\s+(?:{f['forces_not_before']})(?![\w]))"
        # forces that arrive and at once use force are the crackdown's approach
        then = rf"(?![^.]{{0,100}}?(?<![\w])(?:{f['move_not_followed_by']})(?![\w]))" if f.get("move_not_followed_by") else ""
        # "before police arrived": not come yet
        not_after = re.compile(rf"(?<![\w])(?:{f['move_not_after']})\s+(?:the\s+|los\s+|las\s+|la\s+)?$", re.I) \
            if f.get("move_not_after") else None
        for pattern, before in ((rf"(?:{f['send']})\s+{marker}{gap}{forces}", None),
                                (rf"{forces}\s+{gap}(?:{f['move']}){then}", not_after),
                                # ("officers of the Emergency Response Unit, who were sent up from
                                # Monrovia", "un contingente de la Unidad de Servicios Especiales (USE)
                                # enviado desde la ciudad")
                                (rf"{forces}(?:\s+(?:of|de|del)\s+(?:[\w'’()-]+\s+){{0,5}}?[\w'’()-]+)?,?\s+"
                                 rf"(?:(?:who|which|que|quienes)\s+)?(?:{f['passive']})", None)):
            out.append(_Trigger(etype, re.compile(_wb(pattern), re.I), float(f.get("strength", 0.75)),
                                exclude_before=before))
    return out


class Lexicon:
    """The compiled language data of one language."""

    def __init__(self, lang: str):
        self.lang = lang
        trig = load(lang, "triggers")
        self.triggers: list[_Trigger] = []
        for etype, entries in trig.items():
            for e in entries:
                ex, eb = e.get("exclude_after"), e.get("exclude_before")
                self.triggers.append(_Trigger(
                    etype, re.compile(_wb(e["pattern"]), re.I), float(e.get("strength", 0.6)),
                    bool(e.get("lowercase_only")), re.compile(ex, re.I) if ex else None,
                    re.compile(eb, re.I) if eb else None, antecedent=e.get("antecedent")))
        # a phase or aspect verb before an infinitive tells the event as happening
        # ("comenzaron el lunes a bloquear la carretera", "volvieron a cortar ayer la ruta")
        aspect = load(lang, "aspect")
        aux, conn = aspect.get("auxiliaries"), aspect.get("connector")
        clitic = rf"(?:{aspect['clitics']})?" if aspect.get("clitics") else ""
        for etype, inf in (aspect.get("infinitives") or {}).items():
            if aux and inf:
                self.triggers.append(_Trigger(
                    etype, re.compile(_wb(rf"(?:{aux})\s+(?:\w+\s+){{0,3}}?"
                                          rf"(?:(?:{conn})\s+)?(?:\w+\s+){{0,2}}?(?:{inf}){clitic}"), re.I),
                    float(aspect.get("strength", 0.75)), False, None, None))
        self.triggers.extend(_frame_triggers(load(lang, "frames")))
        # the present perfect ("a court has found him guilty", "un tribunal ha declarado
        # culpable"): a recent act, told from the time of writing
        self.present_perfect = re.compile(aspect["present_perfect"], re.I) if aspect.get("present_perfect") else None
        for t in self.triggers:
            t.prefixes = literal_prefixes(t.regex)
        mod = load(lang, "modality")
        self.window = int(mod.get("window", 7))
        self.mod_before = re.compile(_wb("|".join(mod["before"])) + r"[^.;:]*$", re.I)
        self.mod_before_words = [re.compile(_wb(p), re.I) for p in mod["before"]]
        self.mod_after = re.compile(r"^\W*(?:" + "|".join(mod.get("after", ["$^"])) + ")", re.I)
        # "bowing to months of protests", "tras meses de protestas": a long run of events told as
        # a whole, right before the trigger, is their summary, not a new event on the day told
        # "Es fácil adivinar lo que puede pasar: neumáticos ardiendo ...": what follows a
        # forecast's colon is foretold, however it is worded
        self.foretold = re.compile(r"(?:^|(?<=\W))(?:" + mod["foretold_before_colon"] + r")\s*:", re.I) \
            if mod.get("foretold_before_colon") else None
        self.summary_before = re.compile(r"(?:^|(?<=\W))(?:" + mod["summary_before"] + r")\s+$", re.I) \
            if mod.get("summary_before") else None
        # "Lo más probable es una jornada de comercios cerrados y enfrentamientos ...": a
        # sentence that opens by naming its forecast foretells all that follows in it
        self.forecast_opening = re.compile(r"(?:^|(?<=\W))(?:" + mod["forecast_opening"] + r")(?=\W)", re.I) \
            if mod.get("forecast_opening") else None
        # a list of powers a measure grants: every act after the cue in the sentence is allowed,
        # not done ("giving authorities powers to ban gatherings ..., compel ... and freeze the
        # finances of protesters", "permite prohibir concentraciones ... y congelar cuentas")
        # "the most visible protests since the miners' strikes of the 1990s": a yardstick
        self.yardstick_before = re.compile(r"(?:^|(?<=\W))(?:" + mod["yardstick_before"] + r")$", re.I) \
            if mod.get("yardstick_before") else None
        self.powers_granted = re.compile(r"(?:^|(?<=\W))(?:" + mod["powers_granted"] + r")(?=\W)[^;:.]*$", re.I) \
            if mod.get("powers_granted") else None
        self.mod_inner = re.compile(_wb(mod["inner"]), re.I) if mod.get("inner") else None
        self.lookalikes = re.compile(_wb("|".join(f"(?:{p})" for p in mod["lookalikes"])), re.I) \
            if mod.get("lookalikes") else None
        self.indefinite = re.compile(r"(?<![\w])(?:" + mod["indefinite"] + r")(?:\s+[\w'’-]+){0,2}?\s+$", re.I) \
            if mod.get("indefinite") else None
        # (lower case: "21 May" is the month)
        self.modal_after = re.compile(_wb(mod["modal_after"])) if mod.get("modal_after") else None
        # "every year, farmers block the road during the harvest": a habit, told in the present
        self.habitual = re.compile(r"(?:^|(?<=\W))(?:" + mod["habitual"] + r")(?=\W)", re.I) \
            if mod.get("habitual") else None
        self.future_verb = re.compile(mod["future_verb"]) if mod.get("future_verb") else None
        self.iterative = re.compile(r"(?:^|(?<=\W))(?:" + mod["iterative"] + r")(?=\W)", re.I) \
            if mod.get("iterative") else None
        # an aside set off by commas before the trigger ("the union, which had threatened to
        # strike, met ministers") tells its own time: its cues are not the trigger's
        self.aside = re.compile(r",\s*(?:" + mod["aside"] + r")\b[^,;:]*,", re.I) if mod.get("aside") else None
        # a relative clause that opens right after (", which had been set for July 9")
        self.aside_open = re.compile(r"\s*,\s*(?:" + mod["aside"] + r")\b", re.I) if mod.get("aside") else None
        # the trigger's own participle of realisation ("el estado de sitio decretado el
        # domingo"): what it names happened, whatever the clause before asks or confirms
        self.realised_after = re.compile(r",?\s*(?:" + mod["realised_after"] + r")", re.I) \
            if mod.get("realised_after") else None
        self.sentence_start = re.compile(r"^\W*(?:" + mod["sentence_start"] + r")\b", re.I) \
            if mod.get("sentence_start") else None
        self.soe_action = {k: re.compile(_wb(v), re.I) for k, v in mod.get("action", {}).items()}
        slots = load(lang, "slots")
        self.slot_after = {k: re.compile(r"^\W*(?:[\w-]+\W+){0,3}?" + _wb(slots[k]), re.I)
                           for k in ("fatalities", "injuries", "arrests", "participants")}
        self.slot_before = {k: re.compile(_wb(slots[k + "_before"]) + r"\W*(?:\w+\W+){0,2}$", re.I)
                            for k in ("fatalities", "injuries", "arrests", "participants")}
        # a blockade verb whose subject is the security forces: no roadblock of protesters
        self.forces_blocking = re.compile(_wb(slots["forces_subject"]) + r"(?P<gap>(?:\s+[\w'’-]+){0,4}?)\s+$", re.I) \
            if slots.get("forces_subject") else None
        self.participants_word = re.compile(_wb(slots["participants"]), re.I)
        self.reporting_word = re.compile(_wb(slots.get("reporting") or "said"), re.I)
        self.blockade_verb = re.compile(r"(?:" + slots["blockade_verbs"] + r")\b", re.I) if slots.get("blockade_verbs") else None
        self.passive_before = re.compile(r"\b(?:" + slots["passive_before"] + r")\s+$", re.I) if slots.get("passive_before") else None
        self.passive_agent = re.compile(r"\s+(?:" + slots.get("passive_agent", "(?!)") + r")\b", re.I)
        self.forces_open = re.compile(r"\s*(?:[\"“‘'(]\s*)?(?:(?:" + slots.get("forces_article", "(?!)") + r")\s+)?(?:"
                                      + slots["forces_subject"] + r")\b", re.I) if slots.get("forces_subject") else None
        self.not_participants = re.compile(r"^\W*(?:[\w-]+\W+){0,2}?" + _wb(slots["not_participants"]), re.I)
        # a clause-level cue for deaths/injuries/arrests said of people further on
        self.capital = re.compile(_wb(slots["capital"]), re.I) if slots.get("capital") else None
        # a capital that speaks is its government or a body's seat ("Varsovia promete acatar el fallo")
        self.capital_speaks = re.compile(r",?\s+(?:(?:lo|la|le|los|las|se)\s+)?(?:" + slots["capital_speaks"] + r")\b", re.I) \
            if slots.get("capital_speaks") else None
        self.national_measure = re.compile(_wb(slots["national_measure"]), re.I) \
            if slots.get("national_measure") else None
        # "el altiplano orureño", "el valle cochabambino": a part of a country named by its
        # region's adjective (slots.yaml region_adjective; the adjective is group "adj")
        self.region_adjective = re.compile(slots["region_adjective"]) if slots.get("region_adjective") else None
        self.capital_national = re.compile(_wb(slots["capital_national"]), re.I) \
            if slots.get("capital_national") else None
        self.capital_regional = re.compile(_wb(slots["capital_regional"]), re.I) \
            if slots.get("capital_regional") else None
        # "la capital económica": a city first in something, not the seat of government
        self.capital_other = re.compile(r"\s+(?:" + slots["capital_other_after"] + r")(?!\w)", re.I) \
            if slots.get("capital_other_after") else None
        self.capital_home = frozenset(slots.get("capital_home_countries") or ())
        self.national_seat = re.compile(r"(?<!\w)(?:" + slots["national_seat_before"] + r")\s+(?P<seat>"
                                        + slots["national_seat"] + r")(?!\w)"
                                        + (r"(?!\s+(?:" + slots["regional_seat_after"] + r")(?!\w))"
                                           if slots.get("regional_seat_after") else "")) \
            if slots.get("national_seat") and slots.get("national_seat_before") else None
        # the present of what goes on ("Los bloqueos continúan", "roadblocks remain"): right
        # after the trigger, or right before it ("continúan los bloqueos")
        self.ongoing_now = re.compile(r"(?:\W+\w+){0,1}?\W+(?:" + slots["ongoing_now"] + r")\b|\b(?:"
                                      + slots["ongoing_now"] + r")(?:\W+\w+){0,2}?\W+$", re.I) \
            if slots.get("ongoing_now") else None
        # ... or the trigger's own first word ("mantienen cerrados el puente", "keep the bridge blocked")
        self.ongoing_word = re.compile(r"(?:" + slots["ongoing_verb"] + r")\b", re.I) if slots.get("ongoing_verb") else None
        self.ongoing_before = re.compile(r"\b(?:" + slots["ongoing_verb"] + r")(?:\W+\w+){0,3}?\W+$", re.I) \
            if slots.get("ongoing_verb") else None
        # "We demand:", "Exigimos:", "What you can do:": the list under such a heading is
        # demands and calls, not events (modality.yaml demand_list_heading)
        self.demand_heading = re.compile(r"\W*(?:[\w'’,]+\s+){0,10}?(?:" + mod["demand_list_heading"] + r")\b[^:.\n]{0,60}:?\s*$", re.I) \
            if mod.get("demand_list_heading") else None
        self.aside_line = re.compile(r"\W*(?:" + slots["aside_line"] + r")\s*(?:[:|>»/–—-]|\n|$)", re.I) \
            if slots.get("aside_line") else None
        self.byline = re.compile(r"\W*(?i:" + slots["byline"] + r")\s+(?:(?i:la|el|the)\s+)?" + _NAME
                                 + r"(?:\s+(?:" + _NAME + r"|(?i:and|y|de|del|la)))*\s*(?:[|/–—·•-].*|,\s*"
                                 + _NAME + r"(?:\s+" + _NAME + r")*\s*)?$") if slots.get("byline") else None
        self.reporting = re.compile(_wb(slots["reporting"]) + r"\W+(?:\w+\W+){0,1}$", re.I) if slots.get("reporting") else None
        ana = slots.get("anaphoric_date") or {}
        # (an offset in days; "month" for the month told: "that same month", "ese mismo mes")
        self.anaphoric = [(re.compile(_wb(re.escape(k)), re.I),
                           v if v == "month" or str(v).startswith(("month+", "year+")) else int(v))
                          for k, v in ana.items()]
        self.anaphoric_any = re.compile(_wb("|".join(re.escape(k) for k in sorted(ana, key=len, reverse=True))), re.I) \
            if ana else None
        self.renewal = re.compile(_wb(slots["renewal"]), re.I) if slots.get("renewal") else None
        self.span_ending = re.compile(_wb(slots["span_ending"]) + r"\W+(?:\w+\W+){0,2}$", re.I) \
            if slots.get("span_ending") else None
        self.ordinal_day = re.compile(_wb(slots["ordinal_day"]), re.I) if slots.get("ordinal_day") else None
        self.ordinals = {k.lower(): int(v) for k, v in (slots.get("ordinals") or {}).items()}
        self.fatality_single = re.compile(slots["fatality_single"], re.I) if slots.get("fatality_single") else None
        self.slot_clause = {k: re.compile(_wb(slots[k]), re.I) for k in ("fatalities", "injuries", "arrests")}
        self.actors = [(re.compile(_wb(a["pattern"]), re.I if not _has_upper(a["pattern"]) else re.I),
                        a["name"], a["kind"]) for a in load(lang, "actors")["actors"]]
        self.issues = {k: re.compile(_wb(v), re.I) for k, v in load(lang, "issues").items()}
        # what the matches of the patterns run over every report start with (prefixes.py)
        self.actor_prefixes = [literal_prefixes(rx) for rx, _, _ in self.actors]
        self.issue_prefixes = {k: literal_prefixes(rx) for k, rx in self.issues.items()}
        self.nationwide = re.compile(_wb(
            "nationwide|across the country|the whole country|all over the country|national state|"
            "en todo el país|a nivel nacional|todo el territorio(?! (?:tradicional|comunal|indígena|ancestral|de la comunidad|del pueblo|de la provincia|del departamento|de la región|del distrito|del municipio|regional|provincial|municipal))|en todo el territorio nacional|"
            "emergencia nacional|el resto del país|en varias regiones|in several regions|"
            # "bloqueos en más de 100 puntos del país", "in cities around the country"
            "throughout the country|around the country|across the nation|a lo largo del país|"
            # "los transportistas paralizan el país", "the strike brought the country to a standstill"
            "paraliz\\w* (?:a )?(?:todo )?el país|(?:paralys|paralyz)\\w* the (?:whole |entire )?country|"
            "(?:brought|brings|bring) the (?:whole |entire )?country to a (?:halt|standstill)|"
            "(?:shut|shuts|shutting) down the (?:whole |entire )?country|"
            "(?:puntos|ciudades|regiones|rincones|carreteras|rutas) del país|"
            "(?:cities|towns|places|points|roads|highways) (?:across|around|throughout) the country|"
            # a strike called for the whole country: "the national strike", "el paro nacional agrario"
            "(?:paro|huelga|paralización) (?:cívico |general |indefinido )?nacional|"
            "national (?:\\w+ )?(?:strike|shutdown|stayaway|stay-away|walkout)|nationwide (?:\\w+ )?(?:strike|shutdown|stayaway)|"
            # "in at least a dozen states", "en más de diez provincias": several regions (rule 4)
            "(?:in|across) (?:at least |more than |some |over |nearly |almost )?(?:a dozen|dozens of|several|many|\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty) (?:states|provinces|regions|departments|counties)(?! (?:of|in) )|"
            "en (?:al menos |más de |unos |unas |casi )?(?:una docena de|varias|varios|\\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|veinte) (?:estados|provincias|regiones|departamentos)(?! (?:de|del|en) )"), re.I)


# (not courts and bodies, whose names are the legal triggers' subjects: "la Sala de Apelación
# del Tribunal Supremo anuló")
_NAMED_IN_TYPES = ("protest", "strike", "blockade", "riot", "arrest", "crackdown")
# a capitalised word, then a connector, right before a capitalised trigger: inside a name
_IN_NAME_BEFORE = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’-]+\s+(?:of|of the|for|for the|and|y|de|del|de la|de los|de las|por|por la|por los)\s+$")


def _title_cased(sentence: str) -> bool:
    """Most words capitalised: a headline in title case ("Police Fire Tear Gas At Protesters")."""
    words = [w for w in re.findall(r"[^\W\d_]+", sentence) if len(w) > 3]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def _has_upper(p: str) -> bool:
    return any(c.isupper() for c in p)


@lru_cache(maxsize=4)
def lexicon(lang: str) -> Lexicon:
    return Lexicon(lang)


@lru_cache(maxsize=1)
def _companies():
    """(one regex over every company and project name, name -> (canonical, kind),
    project -> its company, the canonical company names)."""
    data = load_shared("companies")
    names: dict[str, tuple[str, str]] = {}   # lower-cased alias -> (canonical, company|project)
    for canon, aliases in (data.get("companies") or {}).items():
        for a in [canon, *aliases]:
            names[a.lower()] = (canon, "company")
    projects = {}
    for canon, info in (data.get("projects") or {}).items():
        projects[canon] = info.get("company")
        for a in [canon, *(info.get("aliases") or [])]:
            names.setdefault(a.lower(), (canon, "project"))
    alternation = "|".join(re.escape(a) for a in sorted(names, key=len, reverse=True))
    rx = re.compile(_wb(alternation), re.I)
    canon_companies = list((data.get("companies") or {}).keys())
    return rx, names, projects, canon_companies


def _company_hits(text: str) -> list[tuple[int, str, str]]:
    """(offset, canonical name, company|project) for every name in the text."""
    rx, names, _, _ = _companies()
    return [(m.start(), *names[m.group(0).lower()]) for m in rx.finditer(text)]


@lru_cache(maxsize=1)
def _countries():
    """countries.yaml (written by hand), with every other country's capital from capitals.yaml
    (generated from GeoNames): the hand-written capital wins (Bolivia's seat is La Paz)."""
    table = {cc: dict(entry) for cc, entry in (load_shared("countries") or {}).items()}
    for cc, capital in (load_shared("capitals") or {}).items():
        table.setdefault(cc, {}).setdefault("capital", capital)
    return table


# --------------------------------------------------------------------------------------

class EventExtractor:
    """Callable: Report -> list[Event], for one language."""

    def __init__(self, lang: str):
        self.lang = lang
        self.lex = lexicon(lang)
        from ..geo import Geocoder
        self.geo = Geocoder.default()

    def __call__(self, report: Report) -> list[Event]:
        from .decide import decider_mode, default_model
        candidates, support = self.candidates(report)
        mode = decider_mode()
        events = decide(candidates, support, default_model() if mode != "rules" else None, mode=mode)
        floor, min_sentences = probability_floor()
        if mode != "rules" and any(ev.confidence < floor for ev in events) \
                and len(split(report.full_text, self.lang)) >= min_sentences:
            # an event the rules keep but the model, calibrated on whole reports, gives less than
            # even odds of being real is dropped (a brief of a few sentences keeps its events: the
            # calibrator never saw one); the report is split again only when there is one to drop
            events = [ev for ev in events if ev.confidence >= floor]
        return _ended_by_agreement(events)

    def candidates(self, report: Report) -> tuple[list[Candidate], list[Event]]:
        """Every rule candidate of the report (no confidence threshold applied), with the
        decider's features; and the "in force" mentions that only support other events."""
        text = report.full_text
        pub = report.published
        sents = split(text, self.lang)
        if not sents:
            return [], []
        head_year = _headline_year(text, sents, pub)
        if head_year and pub is not None:
            a, b = _dateline_span(text, sents)
            if b and any(d.value and len(d.value) == 10 and abs((date.fromisoformat(d.value) - pub).days) <= 1
                         for d in dates_mod.find_dates(text[a:b], self.lang, pub)):
                # "Shell agrees to pay £55m over 2008 oil spills / LAGOS, Jan 7 (Wire) -": a wire
                # dated the day of publication tells the news of that day; the headline's year is
                # its background's
                head_year = None
        story_year, years_back = (None, 0) if head_year else _anniversary_year(text, sents, pub)
        # (one year on, a weekday told alone, "desde el domingo", is of the days before publication:
        # the story's days are those of one year before written with their month)
        dates = _told_past(_mark_future(_with_year_in_focus(dates_mod.find_dates(text, self.lang, pub), text,
                                                            head_year or story_year, pub,
                                                            retrospective=story_year is not None,
                                                            weekdays_of_story=years_back > 1), text, pub),
                           text, pub)
        dates = _heading_weekdays(dates, text, pub)
        # "el paro cumplió su día 13", "the strike is on its day 13": a count of days, no date
        # ... and "la avenida 12 de Octubre", "Plaza 25 de Mayo": a street's name, no date (the
        # lead's date and the paragraph's focus are taken from these too)
        dates = [d for d in dates if not (re.match(r"(?i)(?:d[ií]a|day)\s+\d", d.surface)
                                          and _ITS_DAY.search(text, max(0, d.start - 12), d.start))
                 and not (d.surface[:1].isdigit() and _STREET.search(text, max(0, d.start - 40), d.start))
                 # "el puente sobre el río Mayo", "avenida Mayo": a name, no month
                 and not (d.surface[:1].isupper() and _NAMED_BY_MONTH.search(text, max(0, d.start - 20), d.start))
                 # "Santo Domingo", "el vecino Pascual Domingo": a Spanish weekday capitalised
                 # after a name is a name, no day
                 and not (d.surface[:1].isupper() and _ES_WEEKDAY.fullmatch(d.surface)
                          and (_NAME_BEFORE.search(text, max(0, d.start - 30), d.start)
                               # ("el dirigente Domingo Mamani": a first name)
                               or _NAME_AFTER_WEEKDAY.match(text, d.end)))
                 # "A week ago today": the days counted back from today, not today
                 and not (_TODAY.fullmatch(d.surface.strip()) and _AGO_BEFORE.search(text, max(0, d.start - 6), d.start))]
        _timeline_weekdays(text, sents, dates, pub)
        _named_weekdays(dates, pub)
        _weekday_pairs(text, dates)
        dates = _that_weekdays(text, dates)
        dates = _weekday_days_in_focus(dates, pub)
        dates = _days_of_the_year_told(text, dates)
        durations = dates_mod.find_durations(text, self.lang)
        # exact counts only: "una veintena", "dozens", "two dozen" are no figure (SCHEMA rule 6)
        numbers = [n for n in numbers_mod.find_numbers(text, self.lang)
                   if n.kind == "count" and n.value is not None and not n.vague
                   and not _VAGUE_AFTER.match(text, n.end)]
        dateline = _dateline_span(text, sents)
        dateline_end = dateline[1]
        # a wire's dateline names its bureau: a hint of where the story is, no more
        focus = self.geo.country_focus(text, skip=dateline)
        found_places = self.geo.find_places(text, focus)
        # a background sentence, all of whose dates lie more than a year before publication
        # ("La revuelta de 2008 en la cuenca minera de Gafsa ..."), keeps its places for its
        # own events, but does not say which region the report is about
        old = _background_sentences(sents, dates, pub)
        recent = [p for p in found_places if not _in_sentences(p.start, sents, old)]
        capitals = self._capital_mentions(text, focus, recent)
        # ("en el Palacio de Carondelet": the seat is the capital's, not a town named Carondelet)
        found_places = [p for p in found_places if not any(c.start < p.end and p.start < c.end for c in capitals)]
        places = _apposed_capitals(found_places, capitals, text) + capitals + self._regional_adjectives(text, focus, found_places)
        places += _same_towns(text, places)
        places += _this_towns(text, places, dateline, focus)
        places.sort(key=lambda p: p.start)
        aside = _asides(text, sents, self.lex)     # captions, bylines, "read also": not the story
        capital_name = fold(_countries().get(focus or "", {}).get("capital") or "-")
        named_places = places
        # where people were taken, followed by what happened to them there ("flown to Arequipa,
        # where prosecutors charged them", "llevados a Antananarivo, donde la fiscalía los envió a
        # prisión"): no place of the story, but the place of what its where-clause tells
        taken_where = [p for p in places if p.place.level != "country" and _WHERE_AFTER.match(text, p.end)
                       and _DESTINATION.search(text, max(0, p.start - 40), p.start)
                       and not _FORCES_SENT.search(text, max(0, p.start - 60), p.start)]
        named_after = list(_INSTITUTION_NAME.finditer(text))
        institution_at = {x.start("name") for x in named_after}
        institutions = {fold(x.group("name")) for x in named_after} \
            | {fold(x.group("name")) for x in _CORPORATE_NAME.finditer(text)}
        if self.lang != "en":
            # (a Spanish text writes no possessive with 's: "Kellogg's" is a brand)
            institutions |= {fold(x.group("name")) for x in _BRAND_POSSESSIVE.finditer(text)}
        by_end = sorted(places, key=lambda p: p.end)
        ends = [p.end for p in by_end]
        places = [p for p in places if not _in_sentences(p.start, sents, aside)
                  and not (_DESTINATION.search(text, max(0, p.start - 40), p.start)
                           and not _FORCES_SENT.search(text, max(0, p.start - 60), p.start)
                           and not _PROTEST_TAKEN_TO.search(text, max(0, p.start - 70), p.start))
                  and not _MISSION_OF.search(text, max(0, p.start - 30), p.start)
                  # (a site the gazetteer knows, "la finca Marina Cue", is a place)
                  and not (p.place.level != "feature" and (p.start in institution_at or fold(p.surface) in institutions))
                  # (a company's seat; or a court's in a capital, rule 4: it acts where the
                  # case is; a court seated in a provincial town acts there)
                  and not (_SEAT_OF.search(text, max(0, (h := _list_head(text, p, ends, by_end)) - 60), h)
                           and (_SEAT_COMPANY.search(text, max(0, h - 140), h)
                                or (self.lex.capital is not None and self.lex.capital.search(p.surface))
                                or fold(p.place.name) == capital_name))
                  and not _SEAT_AFTER.match(text, p.end)
                  and not _GOVERNS_IN.search(text, max(0, p.start - 30), p.start)
                  and not _KNOWN_AS.search(text, max(0, p.start - 40), p.start)
                  # ("a Baku lawyer": where a person works, not where anything happens)
                  and not (_ATTRIBUTIVE_BEFORE.search(text, max(0, p.start - 6), p.start) and _PERSON_AFTER.match(text, p.end))
                  and not (_BODY_IN.search(text, max(0, p.start - 60), p.start) and fold(p.place.name) == capital_name)
                  and not _SOURCE_SEAT.search(text, max(0, p.start - 120), p.start)
                  and not _ROUTE_ENDS.search(text, max(0, p.start - 80), p.start)
                  and not _DISTANCE_OF.search(text, max(0, p.start - 60), p.start)
                  and not (p.place.level == "town" and (_PROJECT_BEFORE.search(text, max(0, p.start - 30), p.start)
                                                        or _COMPANY_NOUN_BEFORE.search(text, max(0, p.start - 30), p.start)
                                                        or _PROJECT_AFTER.match(text, p.end)))]
        places = [p for p in places if not self._seat_or_origin(text, p, focus, places)]
        mixed = _street_lists(text, places) | _road_ends(text, places)
        places = [p for p in places if id(p) not in mixed]
        places = _without_appositions(text, named_places, places)
        places = _into_apposed_regions(text, places)
        # (the headline above a dateline names where the story is, as the body does)
        places_body = [p for p in places if (p.start >= dateline_end or p.start < dateline[0])
                       and p.place.level != "country"
                       and not (p.surface[:1].isupper() and _STREET.search(text, max(0, p.start - 40), p.start))
                       and not _ROAD_TO.search(text, max(0, p.start - 50), p.start)
                       and not _ROAD_NAMED.match(text, p.end)
                       and not _MEDIA_AFTER.match(text, p.end)
                       and not _MEDIA_BEFORE.search(text, max(0, p.start - 30), p.start)
                       # (the body's first sentence begins after the dateline: "LIMA, July 4
                       # (Agency) - In Celendín, ...")
                       and not _inside_longer_name(text, p.start, max(_sentence_start(sents, p.start),
                                                                      dateline_end))]
        if not focus:
            focus = _most_common([p.place.country for p in places_body])
        all_hits = self._all_triggers(text, sents)
        street = {i for i, hits in all_hits.items() if any(t.type in _STREET_TYPES for t, _ in hits)}
        # a small town alone in a region the report never names, in a report about another
        # region, is most likely a namesake there that the gazetteer lacks ("la comunidad de
        # Junín, en el cantón Cotacachi": not the Junín of Manabí)
        moved = _namesakes(text, [p for p in places_body if not _in_sentences(p.start, sents, old)],
                           focus, sents, self._national_capital(focus), street)
        if moved:
            def _moved(p):
                main = moved.get((p.place.name, p.place.admin1))
                return p if main is None else replace(
                    p, place=replace(p.place, admin1=main, latitude=None, longitude=None, population=0))
            places_body = [_moved(p) for p in places_body]
            places = [_moved(p) for p in places]
        # (where the wounded or the detained were taken is no event's place, but most often
        # lies in the report's region: it votes for the region; where people came from does not)
        kept_ids = {id(p) for p in places}
        capital_name = fold(_countries().get(focus or "", {}).get("capital") or "-")
        taken = [p for p in named_places if id(p) not in kept_ids and p.place.level in ("town", "admin2")
                 and not _in_sentences(p.start, sents, aside) and fold(p.place.name) != capital_name
                 and _DESTINATION.search(text, max(0, p.start - 40), p.start)]
        if not any(p.place.country == focus and p.place.admin1 for p in places_body):
            taken = []      # (alone, it says nothing of where things happened)
        doc_admin1 = _main_region([p for p in sorted(places_body + taken, key=lambda p: p.start)
                                   if p.place.country == focus and p.place.admin1
                                   and not _in_sentences(p.start, sents, old)], sents,
                                  self._national_capital(focus), street, _lead_end(text)) \
            or _most_common([p.place.admin1 for p in places
                             if dateline[0] <= p.start < dateline_end and p.place.country == focus
                             and p.place.admin1 and p.place.level != "country"]) \
            or _most_common([p.place.admin1 for p in places_body if p.place.country == focus and p.place.admin1])
        # (a report that names no place but in its background is where its dateline is)
        if doc_admin1:
            stray = _strays(text, places_body, focus, doc_admin1, named_places)
            if stray:
                places_body = [p for p in places_body if id(p) not in stray]
                places = [p for p in places if id(p) not in stray]
        dateline_places = [p for p in places if p.start < dateline_end]
        doc_place = _doc_place(places_body, focus, doc_admin1, dateline_places)
        issues = self._issues(text)
        company_hits = _company_hits(text)
        project, company = self._project_company(text, company_hits)

        # what each sentence holds, found once for the report (not re-scanned per sentence)
        dates_at, durations_at, numbers_at = (_by_sentence(x, sents) for x in (dates, durations, numbers))
        places_at, body_at = _by_sentence(places, sents), _by_sentence(places_body, sents)
        body_at = _with_named_sites(text, sents, places_body, body_at)
        companies_at = _by_sentence(company_hits, sents, key=lambda h: h[0])
        para_country, para_country_place = _paragraph_countries(text, sents, places, focus)
        para_cc = focus
        mentions: list[_Mention] = []
        focus_date: str | None = None
        last_day: tuple[int, str] | None = None    # (sentence, day) last told, "since" days too
        last_any: tuple[int, str] | None = None    # (sentence, day) last named, in any clause
        last_month: tuple[int, str] | None = None  # (sentence, month) of a sentence that told a month, no day
        focus_place: tuple[Place, str] | None = None
        heading_day: str | None = None      # the day of a line that is only a date ("Tuesday 21 March")
        heading_at = -2                     # ... and its sentence
        lead_date = _lead_date(sents, dates, dateline_end, bool(report.title))
        last_para = -1
        # a bulletin's sections: a sub-heading of place names only ("GAUTENG - Orange Farm")
        # places the paragraphs under it, up to the next sub-heading (not a headline or a
        # link that names a place among other words)
        section_heads = _headings(text, sents) - {0 if report.title else -1}
        section_place: tuple[Place, str] | None = None
        section_dated = False       # under a sub-heading that names a date ("What happened on 23 December")
        for s in sents:
            if s.paragraph != last_para:
                last_para = s.paragraph
                if s.paragraph in section_heads:
                    section_dated = False
                    named = body_at.get(s.index, ())
                    best = _most_specific(named) if named and _only_places(s.text, s.start, named) else None
                    section_place = (best.place, best.place.name) if best is not None else None
                # a new paragraph keeps the date in focus but not the place: without a
                # place of its own, an event there is placed where the report mostly is (or
                # where its section is)
                focus_place = section_place or doc_place
                # a paragraph about another country (a report covering several) is there
                para_cc = para_country.get(s.paragraph, focus)
                if para_cc != focus:
                    focus_place = None
                if focus_date and lead_date and focus_date[:7] < lead_date[:7] and not section_dated:
                    # the paragraph before was background ("In March 2009, ..."): its date
                    # stays with its events, and the story comes back to the lead's date
                    # (not under a sub-heading that dates its section: its paragraphs go on
                    # telling that time)
                    focus_date = None
            if focus_date != (heading_day or "-") and (_ENTRY_STAMP.match(text, s.start)
                                                       or _STAMP_LINE_BEFORE.search(text, max(0, s.start - 24), s.start)):
                # a live blog's entry opens with its time ("19.40 — En Los Teques ...", or the
                # time alone on its line): it is told on the blog's day, not in the month the
                # lead says the story began nor on a day the entry before named ("deferred to
                # July 31"); a day heading, "Tuesday 21 March", still holds
                focus_date = heading_day or (pub.isoformat() if pub else None)
            if s.index in aside:
                continue
            s_dates = [d for d in dates_at.get(s.index, ()) if d.start >= dateline_end
                       and not _STREET.search(text, max(s.start, d.start - 40), d.start)]
            said = [d for d in s_dates if self._said_on(text, s, d)]
            said_only = bool(said) and len(said) == len(s_dates)
            if len(said) < len(s_dates):
                # "police said on Tuesday" dates the statement; the event has a date of
                # its own, or else happened shortly before the statement
                s_dates = [d for d in s_dates if d not in said]
            s_dates = _day_in_month_of_sentence(text, s_dates, focus_date or lead_date)
            s_dates = _month_in_year_of_sentence(text, s_dates)
            if s.paragraph in section_heads and lead_date and any(
                    d.value and len(d.value) >= 7 and not d.relative and d.value[:7] < lead_date[:7] for d in s_dates):
                section_dated = True     # (a time before the lead's: a masthead's date is no section's)
            # a line that is only a date ("Tuesday 20 October"), alone or opening the sentence
            line = s.text.split("\n", 1)[0]
            on_line = [d for d in s_dates if d.start < s.start + len(line)]
            # (a live blog's stamp may add the clock time: "Jueves 7 de mayo · 1:20 a. m.")
            bare_line = _STAMP_TIME.sub("", line)
            if len(on_line) == 1 and on_line[0].value and len(on_line[0].value) == 10 \
                    and len(_NON_WORD.sub("", bare_line)) - len(_NON_WORD.sub("", on_line[0].surface)) <= 3:
                heading_day = on_line[0].value
                heading_at = s.index
            # "that same day", "the next day" refer to the day the sentence before told, even a
            # day something began on ("on strike since Monday 23 October. That same day ...")
            told = last_day[1] if last_day and last_day[0] == s.index - 1 else None
            if last_month and last_month[0] == s.index - 1 and not told:
                told = last_month[1]    # "... in July last year. A day later ..."
            # (a paragraph that set the focus aside still follows the last day told: "On 29
            # August ... marched. || The next day the president ordered ...")
            # ("... doubted the police version of the events of January 18, 2017. || What happened that
            # morning ...": a day named in a clause of its own a sentence or two before is the one
            # "that morning" points back to, not the story's)
            # (a day well before the one in focus: a shift back in time, not a detail of the story)
            named = last_any[1] if last_any and s.index - last_any[0] <= 2 and not told \
                and (not last_day or last_day[0] <= last_any[0]) and focus_date and len(focus_date) == 10 \
                and _day_gap(last_any[1], focus_date) > 30 and last_any[1] < focus_date else None
            anaphoric = self._anaphoric(text, s, told or named or focus_date or (last_day[1] if last_day else None), s_dates)
            for a in anaphoric:
                # "Al día siguiente, el martes, ...", "The next day, Tuesday, ...": the weekday
                # beside the step is the step's day, not the latest such weekday
                if not a.value or len(a.value) != 10:
                    continue
                for w in s_dates:
                    if w.relative and w.value and len(w.value) == 10 and _WEEKDAY.fullmatch(w.surface.strip()) \
                            and (0 <= w.start - a.end <= 12 or 0 <= a.start - w.end <= 12) \
                            and date.fromisoformat(w.value).weekday() == date.fromisoformat(a.value).weekday():
                        w.value = a.value
                # "Al día siguiente, el lunes 24 de agosto, ...": a full date beside the step is
                # the step's day (the step was counted from a day told long before)
                told_beside = [w for w in s_dates if not w.relative and w.value and len(w.value) == 10
                               and ((0 <= w.start - a.end <= 12 and _APPOSED.fullmatch(text, a.end, w.start))
                                    or (0 <= a.start - w.end <= 12 and _APPOSED.fullmatch(text, w.end, a.start)))]
                if told_beside:
                    a.value, a.value_end = told_beside[0].value, None
            s_dates += anaphoric
            story_day = told or focus_date or (last_day[1] if last_day else None)
            for w in s_dates:
                # "Ese mismo lunes", "Aquella tarde de viernes", "that Friday": the day the story is
                # telling (a day told before it in the sentence first: "The first, on October 21,
                # came ...; that Monday police fired tear gas"), when it falls on that weekday, not
                # the last such weekday before publication (a weekday other than that day's may be
                # one the story told before it, which the year in focus already places)
                if not (w.relative and w.value and len(w.value) == 10 and _WEEKDAY_TIME.fullmatch(w.surface.strip())
                        and _WEEKDAY_DEMONSTRATIVE.search(text, max(s.start, w.start - 30), w.start)):
                    continue
                told_before = [d for d in s_dates if d is not w and d.end <= w.start and d.value and len(d.value) == 10]
                ref_day = max(told_before, key=lambda d: d.end).value if told_before else story_day
                if ref_day and len(ref_day) == 10 \
                        and date.fromisoformat(ref_day).weekday() == date.fromisoformat(w.value).weekday():
                    w.value = ref_day
            s_places = list(body_at.get(s.index, ()))
            s_countries = [p.place.country for p in places_at.get(s.index, ())
                           if p.place.level == "country"]
            found = self._triggers(s, text, all_hits.get(s.index, ()), pub.year if pub else None)
            for m in found:
                self._fill(m, s, text, s_dates, durations_at.get(s.index, ()), numbers_at.get(s.index, ()),
                           s_places, pub, focus_date or lead_date, focus_place, para_cc, s_countries,
                           companies_at.get(s.index, ()))
                if para_cc != focus and m.place is None:
                    m.place, m.location, m.own_place = para_country_place[para_cc], None, True
                elif para_cc != focus and m.place is not None and m.place.country == para_cc:
                    m.own_place = True      # (the place the paragraph about that country told before)
                there = next((p for p in taken_where if s.start <= p.end <= m.start
                              and _IN_WHERE_CLAUSE.match(text, p.end, m.start)), None)
                if there is not None:
                    m.place, m.location, m.own_place = there.place, there.place.name, True
                if not m.own_date and m.date and pub is not None and self.lex.present_perfect is not None \
                        and m.date < (pub - _RECENT).isoformat()[:len(m.date)] \
                        and self._told_in_present_perfect(text, s, m):
                    # "Fifteen years later, a court has found the man guilty", after a paragraph
                    # about 2009: the present perfect tells a recent act, not one of the time
                    # the story was telling
                    m.date, m.date_end = pub.isoformat(), None
                if said_only and m.own_date and _TOLL_AFTER.search(text, max(s.start, m.start - 40), m.start):
                    # "Three students have died after clashes with police, hospital officials
                    # said on Thursday": the day is the telling's; the clash came before it
                    m.date, m.date_end, m.own_date, m.dated = None, None, False, False
            # "On May 15 and again on May 30, students marched": one telling of two events, one on
            # each day
            again = _AGAIN.search(s.text)
            if again and found:
                days = [d for d in s_dates if d.value and len(d.value) == 10 and not d.relative]
                first = [d for d in days if d.end <= s.start + again.start()]
                second = [d for d in days if d.start >= s.start + again.end()]
                if first and second and first[-1].value != second[0].value:
                    extra = []
                    for m in found:
                        if m.date == second[0].value and m.own_date:
                            extra.append(replace(m, date=first[-1].value, date_end=None, date_at=first[-1].start))
                        elif m.date == first[-1].value and m.own_date:
                            extra.append(replace(m, date=second[0].value, date_end=None, date_at=second[0].start))
                    found = found + extra
            # "told a press conference on 6 March that 1,671 people had been arrested during the
            # riots": "during the riots" names the riots told before; it is no new riot, and what
            # happened during them takes their days, not the telling's
            # (only in a telling of them: a toll or tally someone gave later; "murió durante los
            # enfrentamientos con la policía" tells a clash of its own)
            during = [(t, hm) for t, hm in all_hits.get(s.index, ())
                      if _DURING_THE.search(text, max(s.start, hm.start() - 25), hm.start())
                      and self.lex.reporting_word.search(text, s.start, hm.start())]
            for t, hm in during:
                told_before = [o for o in mentions if o.type == t.type and o.date]
                if not told_before:
                    continue
                ref = told_before[-1]
                found = [m for m in found if not (m.type == t.type and m.start <= hm.start() < m.end)]
                for m in found:
                    if m.type in _DURING_TYPES and m.start < hm.start() and not _CLAUSE_BREAK.search(text, m.end, hm.start()):
                        m.date, m.date_end, m.own_date = ref.date, ref.date_end, True
            # "have all downed tools at some point in the past decade": a kind of event that
            # recurs, with no date of its own, is no one event ("en abril los vecinos cortaron
            # en varias ocasiones la ruta" has its month)
            found = [m for m in found if m.own_date or not self._iterative(text, s, m)]
            # "Police say the MP's supporters threw stones at the convoy; his camp denies any
            # involvement", "fueron quemadas por la Policía, según los dirigentes; la fuerza pública
            # lo desmiente": violence one side claims and the other denies is an accusation (rule 7)
            # (the denial after the act, and someone's word for it before the denial: "the
            # government denies police fired live rounds" denies a detail of a clash told before)
            denial = _DENIAL.search(text, s.start, s.end)
            if denial is not None and _ATTRIBUTION.search(text, s.start, denial.start()):
                found = [m for m in found if not (m.type in _CONTESTED_TYPES and m.end <= denial.start())]
            # "The strike turned tense on its fourth day, when strikers blocked the road": a day
            # counted from the start of the action told before
            nth_day = self._on_nth_day(text, s, found, mentions, pub)
            # the deal that lifts an action told with its start ("levantaron el paro que
            # iniciaron el lunes") takes that start only through the action: it is the same
            # deal as the sentence's other agreement trigger ("firmaron ayer un acta"); so is
            # a deal told after that start ("levantaron el viernes el paro que iniciaron el
            # miércoles, tras firmar un acta")
            for m in found:
                if m.type == "agreement" and m.own_date and any(
                        o.type in ("strike", "blockade", "protest")
                        and o.date == m.date and _STARTED_AFTER.match(text, o.end) for o in found) \
                        and any(o is not m and o.type == "agreement" and o.date != m.date for o in found):
                    m.own_date = False
            # several triggers of one type in a sentence are one event, unless their own
            # dates differ ("clashes on April 22 ... and clashes on May 5") or their own towns, each
            # in a clause of its own ("en Padcaya la carretera quedó cortada y en Bermejo los
            # vecinos cerraron la carretera")
            kept: list[_Mention] = []
            for m in sorted(found, key=lambda x: (-x.strength, x.start)):
                twin = next((k for k in kept if k.type == m.type and (k.date == m.date or not m.own_date
                                                                       or not k.own_date
                                                                       or _part_of(text, k, m))
                             and not _own_towns(text, k, m)), None)
                if twin is None:
                    kept.append(m)
                else:
                    for k, v in m.numbers.items():
                        twin.numbers.setdefault(k, v)
            # "realizaron un plantón ... para exigir una investigación del desalojo", "rallied to
            # demand justice for the crackdown": a clash named as what a protest is about is the
            # one told before, not a new one that the protest would be part of
            if any(k.type == "protest" for k in kept):
                kept = [k for k in kept if not (
                    k.type == "crackdown" and _GRIEVANCE.search(text, max(s.start, k.start - 80), k.start)
                    and any(o.type == "protest" and o.end <= k.start and (o.date == k.date or not k.own_date)
                            for o in kept))]
            # a march met by force is the clash (SCHEMA rule 4c), unless it has a date of its own
            clash = next((k for k in kept if k.type == "crackdown"), None)
            if clash is not None:
                # ... and unless it is told of more places than the clash ("as demonstrations
                # spread to more than 20 counties", "marches in 15 cities; in one of them ...")
                # (or unless a later time or a semicolon parts the protest from the clash told
                # after it: "se concentraron durante la votación y por la noche ...; la policía usó gases")
                kept = [k for k in kept if k.type != "protest" or (k.own_date and k.date != clash.date)
                        or (k.nationwide and not clash.nationwide)
                        or (k.end <= clash.start and _PROTEST_THEN_CLASH.search(text, k.end, clash.start))]
            # casualties belong to the clash or riot when the sentence tells one
            if any(k.type in _CASUALTY_TYPES for k in kept):
                for k in kept:
                    if k.type not in _CASUALTY_TYPES:
                        k.numbers.pop("fatalities", None)
                        k.numbers.pop("injuries", None)
            if not kept and mentions and mentions[-1].sentence.paragraph == s.paragraph:
                # a sentence without an event of its own goes on about the last one
                self._carry(mentions[-1], s, text, s_dates, durations_at.get(s.index, ()),
                            numbers_at.get(s.index, ()), headed=heading_at == mentions[-1].sentence.index - 1)
            # riots "in Yogyakarta, Surabaya and Medan": one event per place (SCHEMA rule 3)
            kept = [c for k in kept for c in _spread_out(k)]
            mentions.extend(sorted(kept, key=lambda x: x.start))
            # update the context in focus after the sentence
            today = pub.isoformat() if pub else "9999"
            # ("from Tuesday" with no end told is a start, like "since Tuesday")
            datable = [d for d in s_dates if d.value and len(d.value) >= 7 and d.prep not in _UNTIL
                       and d.prep not in _SINCE and not (d.prep == "from" and not d.value_end)
                       and not _COMPARED_TO.search(text, max(s.start, d.start - 40), d.start)
                       and d.value[:len(today)] <= today[:len(d.value)]]
            # a date in a relative clause about someone or something else ("a larger share
            # than the one they received on 30 May", "personas que participaron de la protesta
            # del 30 de junio") tells that clause's time, not the story's
            # ... nor does a date in someone's quoted words ('"Lo que pasó el miércoles fue un
            # asesinato", dijo su padre'): a re-mention of an event told, not the story's day
            main = [d for d in datable if not _in_relative_clause(text, s.start, d, kept, inside=False)
                    and not _SINCE_CLAUSE.search(text, max(s.start, d.start - 120), d.start)
                    # (nor the day of what a march commemorates)
                    and not _COMMEMORATED.search(text, max(s.start, d.start - 120), d.start)
                    # (nor a month that names a thing: "double the April figure", "the March vote")
                    and not _month_names_a_thing(text, d)
                    # (nor an earlier month told by a participle about a noun: "confirmó las 21
                    # condenas dictadas en enero", "the sentences handed down in January")
                    and not (d.value and len(d.value) == 7 and focus_date and d.value < focus_date[:7]
                             and _PARTICIPLE_IN.search(text, max(s.start, d.start - 40), d.start))
                    and not (_quoted_at(text, s.start, d.start) and not kept)
                    # (nor, in a sentence that tells no event, a day told by a participle about a
                    # thing: "want the ministry to annul a public hearing held on March 7")
                    and not (not kept and _THING_HELD_ON.search(text, max(s.start, d.start - 60), d.start))
                    # (nor "today" in a sentence that tells no event: "Today the building's
                    # shutters are padlocked. [...] Trouble started before noon": the story
                    # told stays on its day)
                    and not (not kept and focus_date is not None and _TODAY.fullmatch(d.surface.strip()))]
            # "A labour court had ordered the workers earlier this week to ...": a vague step
            # back in the past perfect, before the day in focus, tells its own time; the story
            # stays on the day it was telling
            # (a day that names a thing dates no story, even the first: "to reject the results
            # of the October 9 election")
            datable = [d for d in datable if not _month_names_a_thing(text, d)]
            current = focus_date or lead_date
            step_back = bool(main or datable) and current is not None and len(current) == 10 \
                and (main or datable)[-1].value < current and _PAST_PERFECT.search(s.text) \
                and _VAGUE_DAYS.search((main or datable)[-1].surface)
            if (main or (datable and not focus_date and not all(_quoted_at(text, s.start, d.start) for d in datable))) \
                    and not step_back:
                focus_date = (main or datable)[-1].value
                # "marcharon el jueves ... por Camilo Catrillanca, el comunero muerto por un
                # disparo policial el 14 de noviembre": the day of the sentence's main verb
                # (its strongest trigger) stays in focus, not an apposition's earlier one
                verb = max((k for k in kept if k.own_date and k.date_at >= 0), key=lambda k: k.strength, default=None)
                if verb is not None and main and verb.date and len(verb.date) == 10 and focus_date < verb.date \
                        and verb.strength >= 0.85 and any(d.start == verb.date_at for d in main) \
                        and all(k.strength < verb.strength for k in kept if k is not verb):
                    focus_date = verb.date
            days = [d for d in s_dates if d.value and len(d.value) == 10 and d.prep not in _UNTIL
                    and d.value <= today and not _in_relative_clause(text, s.start, d, kept, inside=False)
                    and not (_quoted_at(text, s.start, d.start) and not kept)
                    # "the deadliest day since protests resumed on Jan. 4": a since-clause's day
                    # is a yardstick, not the day the sentence tells
                    and not _SINCE_CLAUSE.search(text, max(s.start, d.start - 120), d.start)]
            # the day told is the day something happened on: a "since" day only when the
            # sentence tells no other and no day was told before ("Teachers have been on strike
            # since Monday 23 October. That same day ..."), not a background sentence after
            # one ("... on Sunday. They had been staging a sit-in since April 23. ... the same day")
            # ("la mayor protesta desde el jueves 8, cuando la capital vivió ...": the since-day
            # told with what happened on it is a day told)
            point_days = [d for d in days if d.prep not in _SINCE or _WHEN_CLAUSE.match(text, d.end)]
            if point_days or (days and last_day is None):
                last_day = (s.index, (point_days or days)[-1].value)
            named_days = [d for d in s_dates if d.value and len(d.value) == 10 and not d.relative
                          and d.prep not in _UNTIL and d.prep not in _SINCE and d.value <= today
                          and not _quoted_at(text, s.start, d.start)]
            if named_days:
                last_any = (s.index, named_days[-1].value)
            if nth_day:
                last_day, focus_date = (s.index, nth_day), nth_day
            months = [d for d in s_dates if d.value and len(d.value) == 7 and d.prep not in _SINCE and d.value <= today[:7]]
            if months and not days:
                last_month = (s.index, months[-1].value)
            good_places = [p for p in s_places if (p.place.country == (para_cc or p.place.country)
                                                   or p.place.country in s_countries)
                           # (not where the event a march commemorates took place)
                           and not _COMMEMORATED.search(text, max(s.start, p.start - 120), p.start)]
            if good_places and not (found and not any(m.own_place for m in found)):
                best = _most_specific(_in_named_region(text, good_places))
                # where the sentence's last event took place, when it names its own; a sentence
                # whose events all stay where the story was keeps that place ("salieron a la
                # calle, contentos porque había conversaciones en Santiago": the next sentence is
                # still where they marched)
                placed = [m for m in found if m.own_place and m.place is not None
                          and any(p.place is m.place for p in good_places)]
                if placed:
                    best = next(p for p in good_places if p.place is max(placed, key=lambda m: m.start).place)
                focus_place = (best.place, best.place.name)

        _since_it_began(text, mentions, self.lang)
        _rementioned(text, mentions)
        mentions = _cleared(text, mentions)
        _lead_summary(text, mentions, sents, dateline_end, pub, self.lex.reporting)
        title_para = 0 if report.title else -1
        # a headline (or a sub-heading) restates the lead, a quote restates what the report
        # tells: their mention of a type the body tells is not an event of its own (the
        # body's carries the date and place)
        heads = {title_para} | _headings(text, sents)
        # a standfirst under the headline, over the byline ("Analysis: the government's suspension
        # of the project follows seven months of arson ..." / "By Tom Haverkamp"): a summary too
        if report.title and self.lex.byline is not None:
            paras = _paragraphs(sents)
            deck, under = paras.get(title_para + 1), paras.get(title_para + 2)
            if deck and under and len(deck) <= 2 and len(text[deck[0].start:deck[-1].end].split()) <= 50:
                line = text[under[0].start:under[-1].end]
                if len(line) < 120 and self.lex.byline.match(line):
                    heads.add(title_para + 1)
        restated = [m.sentence.paragraph in heads or _quoted(text, m) for m in mentions]
        body_types = {(m.type, m.action) for m, r in zip(mentions, restated) if not r}
        mentions = [m for m, r in zip(mentions, restated) if not r or (m.type, m.action) not in body_types]
        body_paras = [s.paragraph for s in sents if s.paragraph not in heads]
        first_body_para = body_paras[0] if body_paras else 0
        n_type: dict[str, int] = {}
        n_sent: dict[int, int] = {}
        for m in mentions:
            n_type[m.type] = n_type.get(m.type, 0) + 1
            n_sent[m.sentence.index] = n_sent.get(m.sentence.index, 0) + 1
        candidates: list[Candidate] = []
        support: list[Event] = []
        for m in mentions:
            defaulted = m.date is None
            ev = self._to_event(m, report, focus, doc_admin1, dateline_places, issues, project, company)
            if ev is None:
                continue
            if m.in_force_only:
                support.append(ev)
                continue
            s = m.sentence
            feats = decide_features(
                etype=m.type, lang=self.lang, strength=m.strength, surface=text[m.start:m.end],
                sentence_text=s.text, before=text[s.start:m.start], after=text[m.end:s.end],
                paragraph=s.paragraph, title_para=title_para, first_body_para=first_body_para,
                sentence_index=s.index, n_sentences=len(sents), own_date=m.own_date,
                own_place=m.own_place, date_defaulted=defaulted, value_date=ev.date, published=pub,
                has_numbers=bool(m.numbers), nationwide=m.nationwide,
                n_in_sentence=n_sent.get(s.index, 1), n_same_type=n_type.get(m.type, 1),
                has_admin1=bool(ev.admin1), rule_confidence=ev.confidence,
                rule_threshold=_threshold(m.type))
            candidates.append(Candidate(ev, feats, new_day=m.new_day and ev.date == m.date,
                                        town_day=(ev.date, ev.location, ev.latitude, ev.longitude) if ev.date and len(ev.date) == 10 and ev.date == m.date
                                        and (m.dated or m.own_place)
                                        and m.place is not None and m.place.level == "town" else None,
                                        ongoing=(m.type in _ONGOING_TYPES and _ongoing(text, m))
                                        or (m.type in _CONTINUED_TYPES and _continued(text, m)),
                                        own_day=ev.date if m.fronted_day and ev.date == m.date else None,
                                        since=m.date_prep in _SINCE and ev.date == m.date,
                                        told_after=m.told_after and ev.date == m.date,
                                        judged=m.type in _JUDGED_TYPES and bool(_JUDGED_BEFORE.search(
                                            text, max(s.start, m.start - 60), m.start)),
                                        restates=bool(_RECAP_OPENING.match(s.text)
                                                      or _same_told(text, s, m)
                                                      # "Con ese acuerdo terminó la huelga": the
                                                      # strike told before, ending
                                                      or (m.type in _ONGOING_TYPES and _ENDING_BEFORE.search(
                                                          text, max(s.start, m.start - 40), m.start))),
                                        soft_day=not (m.fronted_day and ev.date == m.date) and bool(_SOFT_DAY.search(s.text)
                                                      or _REPORTED.search(text, s.start, m.start)
                                                      # "los detenidos fueron trasladados el miércoles":
                                                      # the event told before, named again
                                                      or (_DEFINITE.search(text, max(s.start, m.start - 25), m.start)
                                                          and not _DEFINITE_FORCE.search(text, max(s.start, m.start - 40), m.start)))))
        return candidates, support

    def _carry(self, m: _Mention, s: Sentence, text: str, s_dates, durations, numbers, headed: bool = False) -> None:
        """Date, figures, span and end date told in a follow-up sentence ("Declared on
        Wednesday 14/12"; "The toll rose to 8"; "The measure runs for 30 days") fill what the
        event's own sentence left open. ``headed``: the event's line comes right under a line
        that is only a date (a live blog's "Jueves 7 de mayo · 1:20 a. m."), which dates it."""
        if not m.own_date and not headed and m.sentence.index == s.index - 1 and len(m.sentence.text.split()) <= 8:
            # a heading-like line ("1. State of emergency.") dated by the line after it
            starts = [d for d in s_dates if d.prep not in _UNTIL and d.value and len(d.value) >= 7]
            if starts:
                m.date, m.own_date = starts[0].value, True
                m.date_end = starts[0].value_end
        for n in numbers:
            if s.start <= n.start < s.end and n.value is not None:
                slot = self._number_slot(n, text, s)
                # a toll told after a march or a strike is the toll of whatever clash the report
                # tells, not of the march: casualties carry only onto a clash or a riot
                if slot in ("fatalities", "injuries") and m.type not in _CASUALTY_TYPES:
                    continue
                if slot in ("fatalities", "injuries", "arrests"):
                    m.numbers.setdefault(slot, n.value)
        if m.type in ("state_of_emergency", "strike", "blockade", "suspension", "deployment") \
                and m.date and len(m.date) == 10 and not m.date_end:
            untils = [d for d in s_dates if d.prep in _UNTIL and d.value and d.value > m.date]
            spans = [d for d in durations if s.start <= d.start < s.end and d.days and 1 < d.days <= _MAX_SPAN_DAYS_TOLD
                     and not getattr(d, "elapsed", False) and not self._ends_span(text, s, d)
                     and not _TIME_FRAME.search(text, max(s.start, d.start - 30), d.start)]
            if untils:
                m.date_end = untils[0].value
            elif spans:
                m.date_end = dates_mod.add_days(m.date, spans[0].days)

    def _anaphoric(self, text: str, s: Sentence, focus_date: str | None, s_dates=()) -> list:
        """'since then', 'the following day': the date just told (in the sentence, else in
        focus), or a day or two after it."""
        out = []
        if self.lex.anaphoric_any is not None and not self.lex.anaphoric_any.search(text, s.start, s.end):
            return out     # one pass over the sentence for all of them, usually none
        # (in the order told: "The next day ..., and that afternoon ...": the afternoon is of the
        # next day the sentence has just told, not of the day before it)
        found = sorted(((mm, offset) for rx, offset in self.lex.anaphoric for mm in rx.finditer(text, s.start, s.end)),
                       key=lambda x: x[0].start())
        for mm, offset in found:
            if _STEP_WORD.search(mm.group(0)) and _OF_EVENT.match(text, mm.end()):
                continue    # "un día después de la marcha": a step from that event (_step_from)
                # ("A day later the government ...": "later" takes no object)
            if isinstance(offset, str) and offset != "month":
                # "A year later, the court ...", "Dos meses después, ...": that long after the date
                # just told (in the sentence, else in focus), to the month
                if any(d.start >= mm.end() and d.value for d in s_dates):
                    continue
                told = [d.value for d in s_dates if d.end <= mm.start() and d.value and len(d.value) >= 4]
                ref = told[-1] if told else focus_date
                kind, n = offset.split("+")
                if not ref or (kind == "month" and len(ref) < 7):
                    continue
                if kind == "year":
                    # (to the month when the date told has one: dates of a year alone date no event)
                    value = f"{int(ref[:4]) + int(n):04d}" + (ref[4:7] if len(ref) >= 7 else "")
                else:
                    y2, mo2 = dates_mod._shift_month(int(ref[:4]), int(ref[5:7]), int(n))
                    value = f"{y2:04d}-{mo2:02d}"
                out.append(dates_mod.DateMention(mm.start(), mm.end(), mm.group(0), value, None, True, None))
                continue
            if offset == "month":
                # "Ese mismo mes, el tribunal ...": the month of the date just told (a date of
                # the sentence's own after it says more: "The same month ... since 4 October")
                if any(d.start >= mm.end() and d.value for d in s_dates):
                    continue
                told = [d.value for d in s_dates if d.end <= mm.start() and d.value and len(d.value) >= 7]
                ref = told[-1] if told else focus_date
                if ref and len(ref) >= 7:
                    out.append(dates_mod.DateMention(mm.start(), mm.end(), mm.group(0), ref[:7], None, True, None))
                continue
            before = sorted([(d.end, d.value) for d in list(s_dates) + out
                             if d.end <= mm.start() and d.value and len(d.value) == 10])
            before = [v for _, v in before]
            ref = before[-1] if before else focus_date
            if ref and len(ref) == 7 and not before and 0 <= offset <= 2:
                # "in July last year ... A day later": a day after a month is in that month
                out.append(dates_mod.DateMention(mm.start(), mm.end(), mm.group(0), ref, None, True, None))
                continue
            if not ref or len(ref) != 10:
                continue
            value = (date.fromisoformat(ref) + timedelta(days=offset)).isoformat()
            prep = "since" if mm.group(0).lower().startswith(("since", "desde", "from")) else None
            out.append(dates_mod.DateMention(mm.start(), mm.end(), mm.group(0), value, None, True, prep))
        return out

    def _on_nth_day(self, text: str, s: Sentence, found: list, mentions: list, pub: date | None) -> str | None:
        """The day a sentence tells as the Nth of an action under way ("on its fourth day",
        "en su cuarto día"), counted from that action's start told before, when the sentence
        has no day of its own; its events take that day, the action's own mention its start."""
        rx = _on_nth_day_rx(self.lang)
        od = rx.search(s.text) if rx is not None and found else None
        if od is None or any(m.own_date for m in found):
            return None
        n = self.lex.ordinals.get(od.group(1).lower())
        # (the start told: the earliest day of the action, not a later mention of its end)
        ref = min((o for o in mentions if o.type in _ONGOING_TYPES and o.date and len(o.date) == 10
                   and o.own_date), key=lambda o: o.date, default=None)
        if not n or n < 2 or ref is None:
            return None
        day = (date.fromisoformat(ref.date) + timedelta(days=n - 1)).isoformat()
        if pub and day > pub.isoformat():
            return None
        for m in found:
            if m.type == ref.type:
                m.date, m.date_end = ref.date, None     # the action itself, told again
            else:
                m.date, m.own_date, m.dated = day, True, True
        return day

    def _ends_span(self, text: str, s: Sentence, d) -> bool:
        rx = self.lex.span_ending
        return bool(rx and rx.search(text[max(s.start, d.start - 30):d.start]))

    def _said_on(self, text: str, s: Sentence, d) -> bool:
        """A date that only says when something was said ("officials said on Friday")."""
        rx = self.lex.reporting
        return bool(rx and rx.search(text[max(s.start, d.start - 30):d.start]))

    def _country_name(self, iso2: str | None) -> str:
        """The country's name in the report's language (countries.yaml), else GeoNames'."""
        if not iso2:
            return ""
        info = _countries().get(iso2, {})
        name = info.get("name_es" if self.lang == "es" else "name_en")
        if not name:
            entry = self.geo.gazetteer.country(iso2)
            name = entry.name if entry else iso2
        return name

    def _told_in_present_perfect(self, text: str, s: Sentence, m: _Mention) -> bool:
        """Whether the trigger's own verb is in the present perfect ("a court has found him
        guilty", "ha declarado culpable"), neither negated ("nadie ha sido detenido") nor in
        someone's words ("announces that eleven people have been arrested", "anuncia que ha
        decretado": a chronicle's present, whose perfect is of the time it tells)."""
        for pm in self.lex.present_perfect.finditer(text, max(s.start, m.start - 40), min(s.end, m.end + 30)):
            if pm.start() < m.end and pm.end() > m.start:
                return not _ATTRIBUTION.search(text, s.start, pm.start()) \
                    and not _NEGATED_BEFORE.search(text, max(s.start, pm.start() - 30), pm.start())
        return False

    def _seat_or_origin(self, text: str, p, focus: str | None, places) -> bool:
        """'el ministro ordenó desde Bogotá el envío de tropas', 'anunció desde Lima': the
        capital a decision is taken from; 'manifestantes llegados de Puno, Cusco y otras
        regiones marcharon en Lima', 'protesters who had travelled from Puno': where people came
        from (with the rest of the list). Neither is the event's place."""
        before = text[max(0, p.start - 30):p.start]
        if p.place.level == "town" \
                and fold(p.place.name) == fold(_countries().get(p.place.country, {}).get("capital") or "-") and (
                    # "Varsovia promete acatar el fallo", "Washington denied it": the government; "the
                    # Supreme Court in Santiago rejected": a body's seat
                    (self.lex.capital_speaks is not None and self.lex.capital_speaks.match(text, p.end))
                    # "el Gobierno de Skopie declaró": the government named by its capital
                    or _GOVERNMENT_OF.search(text, max(0, p.start - 30), p.start)):
            return True
        capital = fold(_countries().get(focus or "", {}).get("capital") or "-")
        if _SEAT_FROM.search(before) and not _NEAR_FROM.search(before) and fold(p.place.name) == capital \
                and p.place.level != "country" and not _REMOVED_FROM.search(text, max(0, p.start - 160), p.start):
            return True
        if (fold(p.place.name) == capital or capital.endswith(" " + fold(p.place.name))) and p.place.level != "country" and (
                _BODY_IN_SEAT.search(text, max(0, p.start - 80), p.start) and _BODY_ACT_AFTER.match(text, p.end)
                # "In Lima, the public prosecutor's office said": the body's seat
                or _CAPITAL_FRONTED_BEFORE.search(text, max(0, p.start - 40), p.start)
                and _CAPITAL_FRONTED_BODY.match(text, p.end)):
            return True
        # the origin word, then this place (or a list of places that leads to it)
        start = p.start
        for _ in range(6):
            origin = _ORIGIN.search(text, max(0, start - 45), start)
            if origin:
                # ("cleared the protesters from the capital's square": driven away from there;
                # "desalojaron a los manifestantes llegados de Puno" still says where they came from)
                return not (_BARE_FROM.search(origin.group(0)) and _REMOVED_FROM.search(text, max(0, start - 160), start))
            prev = [q for q in places if q.end <= start and start - q.end <= 12
                    and (_ORIGIN_LIST_JOIN.fullmatch(text[q.end:start])
                         # the origin's own division: "from Manado in North Sulawesi"
                         or (p.place.level == "admin1" and q.place.admin1 == p.place.admin1
                             and _IN_DIVISION.fullmatch(text[q.end:start])))]
            if not prev:
                return False
            start = prev[-1].start
        return False

    def _capital_mentions(self, text: str, focus: str | None, found=()) -> list:
        """'the capital' / 'la capital' as a mention of a capital city: the nation's, or the
        region's when the words say so ("la capital provincial") or when the report is about
        another region than the nation's capital (``found``: the places it names)."""
        out = self._demonym_capitals(text)
        taken = {p.start for p in out}
        national = self._national_capital(focus)
        if national is not None and self.lex.national_seat is not None:
            # "outside Congress", "frente al Congreso", "ante la Casa Rosada": the nation's
            # seats stand in its capital (an act of Congress is not placed by this: only
            # where something happens outside or around the building)
            regional = _countries().get(focus or "", {}).get("regional_seats")
            for m in self.lex.national_seat.finditer(text):
                if regional and re.fullmatch(regional, m.group("seat")):
                    continue    # a state's own palace or congress may be meant
                if _REPORTED.search(text, max(0, m.start() - 30), m.start()):
                    continue    # "explicó ante el Parlamento el ministro": where it was told, not done
                town = _SEAT_IN_TOWN.match(text, m.end("seat"))
                if town and fold(town.group("town")) not in fold(national.name):
                    continue    # "Government House in Neuquén city": the town named is its seat
                out.append(_PlaceSpan(m.start("seat"), m.end("seat"), m.group("seat"), national))
        if national is None or not self.lex.capital:
            return out
        named = Counter(p.place.admin1 for p in found
                        if p.place.country == focus and p.place.level != "country" and p.place.admin1)
        # a report about a region names it far more often than the capital's own region, and
        # more often than any other region (a report that names Yangon and Mandalay once each
        # is about the country, and its "capital" is the nation's)
        (main, n_main), *rest = named.most_common(2) or [(None, 0)]
        runner_up = rest[0][1] if rest else 0
        # (only the press of the country itself says "the capital" for a region's: a report
        # about another country means the nation's)
        regional = self._region_capital(focus, main) \
            if focus in self.lex.capital_home and main and main != national.admin1 and n_main >= 2 * named[national.admin1] \
            and n_main > runner_up else None
        for m in self.lex.capital.finditer(text):
            if m.start() in taken:
                continue
            of = _CAPITAL_OF_NAME.match(text, m.end())
            if of and fold(of.group(1)) not in {fold(self._country_name(focus)), fold(focus or "")}:
                continue    # "Pemba, the capital of Cabo Delgado": a region's, told by the town beside it
            if self.lex.capital_other and self.lex.capital_other.match(text, m.end()):
                continue    # "Pointe-Noire, la capital económica y petrolera": not the nation's seat
            around = text[max(0, m.start() - 15):m.end() + 25]
            adj = _DEMONYM.match(text, m.end())
            if adj and not (self.lex.capital_national and self.lex.capital_national.match(adj.group(1))):
                # "la capital cotopaxense", "la capital puneña": the capital of the region the
                # adjective names, or of no region this report can tell
                place = self._demonym_capital(focus, adj.group(1))
                if place is not None:
                    out.append(_PlaceSpan(m.start(), adj.end(), text[m.start():adj.end()], place))
                continue
            if self.lex.capital_national and self.lex.capital_national.search(around):
                place = national
            elif regional is not None and not self._names_national_capital(text, m, national, out, found):
                place = regional
            elif self.lex.capital_regional and self.lex.capital_regional.search(around):
                continue            # a region's capital, and no region in focus to say which
            else:
                place = national
            out.append(_PlaceSpan(m.start(), m.end(), m.group(0), place))
        return out

    @staticmethod
    def _names_national_capital(text: str, m, national: Place, seats, found) -> bool:
        """Whether the sentence of "la capital" (match ``m``) also names the nation's capital,
        by name (``found``: the report's places) or by a national seat (``seats``): "viajaron a
        la capital y protestaron frente a la Asamblea Nacional, en la ciudad de Panamá". "The
        capital" is then the nation's, even in a report about a region."""
        lo = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        hi = min([i for i in (text.find(". ", m.end()), text.find("\n", m.end())) if i >= 0] or [len(text)])
        if any(lo <= p.start < hi and p.place is national for p in seats):
            return True
        return any(lo <= p.start < hi and fold(p.place.name) == fold(national.name)
                   and p.place.country == national.country for p in found)

    def _national_capital(self, cc: str | None) -> Place | None:
        """The capital city of a country (ISO2), from countries.yaml and the gazetteer."""
        capital = _countries().get(cc or "", {}).get("capital")
        if not capital:
            return None
        places = [p for p in self.geo.lookup(capital, cc) if p.level in ("town", "admin1", "admin2")]
        return max(places, key=lambda p: (p.level == "town", p.population)) if places else None

    def _demonym_capitals(self, text: str) -> list:
        """'la capital boliviana', 'the Bolivian capital', "Niger's capital": the capital of the
        country the adjective or the name names, whichever country the report is about."""
        demonyms = self.geo.gazetteer.demonyms
        out = []
        for m in _COUNTRY_CAPITAL.finditer(text):
            if m.group("country"):
                cc = next((e.country for e in self.geo.gazetteer.candidates(fold(m.group("country")))
                           if e.level == "country"), None)
            else:
                cc = demonyms.get(fold(m.group("after") or m.group("before")))
            place = self._national_capital(cc) if cc else None
            if place is not None:
                out.append(_PlaceSpan(m.start(), m.end(), m.group(0), place))
        return out

    def _demonym_capital(self, country: str | None, adjective: str) -> Place | None:
        """The capital of the first-level division whose name the adjective is formed from
        ("cotopaxense" -> Cotopaxi, "puneña" -> Puno, "jujeño" -> Jujuy)."""
        if not country:
            return None
        stem = fold(adjective)
        best, best_len = None, 0
        for name in _admin1_names(self.geo, country):
            f = fold(name)
            n = 0
            while n < min(len(f), len(stem)) and f[n] == stem[n]:
                n += 1
            if n >= 3 and n >= len(f) - 2 and n > best_len:
                best, best_len = name, n
        return self._region_capital(country, best) if best else None

    def _regional_adjectives(self, text: str, focus: str | None, found=()) -> list:
        """"el altiplano orureño", "el valle cochabambino", "el norte potosino": a part of a
        country named by its region's adjective is in that region (the first-level division
        whose name the adjective is formed from, or the one data/regional_adjectives.yaml
        names: "paceño" is La Paz's)."""
        if not focus or self.lex.region_adjective is None:
            return []
        taken = [(p.start, p.end) for p in found]
        out = []
        for m in self.lex.region_adjective.finditer(text):
            adj = m.group("adj")
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            admin1 = _REGIONAL_ADJECTIVES.get(focus, {}).get(fold(adj))
            if admin1 is None:
                cap = self._demonym_capital(focus, adj)
                admin1 = cap.admin1 if cap is not None else None
            if not admin1:
                continue
            hits = [p for p in self.geo.lookup(admin1, focus) if p.level == "admin1"]
            if hits:
                out.append(_PlaceSpan(m.start("adj"), m.end("adj"), adj, hits[0]))
        return out

    def _region_capital(self, country: str, admin1: str) -> Place | None:
        """The biggest town of a first-level division (its capital, near enough)."""
        return _region_capital(self.geo, country, admin1)

    # ----------------------------------------------------------------------------------
    def _all_triggers(self, text: str, sents: list[Sentence]) -> dict[int, list]:
        """Every trigger match of the report, by sentence index (each pattern tried only
        where one of its literal prefixes occurs: ``prefixes.py``)."""
        starts = [s.start for s in sents]
        out: dict[int, list] = {}
        for t in self.lex.triggers:
            for m in prefixes.finditer(t.regex, t.prefixes, text):
                i = bisect.bisect_right(starts, m.start()) - 1
                if i >= 0 and m.end() <= sents[i].end:
                    out.setdefault(i, []).append((t, m))
        # a pronoun's verb stands for the event only after a sentence that names one of its type
        # ("La emergencia se declaró el 22 de abril. Sirisena la prorrogó el 22 de mayo")
        for i in sorted(i for i, hits in out.items() if any(t.antecedent for t, _ in hits)):
            named = {t.type for j in (i - 1, i - 2) for t, _ in out.get(j, ())}
            own = {t.type for t, _ in out[i] if not t.antecedent}
            out[i] = [(t, m) for t, m in out[i]
                      if not t.antecedent or (t.antecedent in named and t.antecedent not in own)]
            if not out[i]:
                del out[i]
        return out

    def _triggers(self, s: Sentence, text: str, hits=(), pub_year: int | None = None) -> list[_Mention]:
        lex = self.lex
        found: list[_Mention] = []
        if not hits or (lex.sentence_start and lex.sentence_start.search(s.text)):
            return []
        if _QUESTION_END.search(s.text):
            return []       # "Is this a one-day strike or the start of something longer?": asked, not told
        if _SCENARIO.search(s.text):
            return []       # "Base case (55%): wage talks open in April": a scenario, weighed, not told
        # another sense of the words ("cardiac arrest", "toma de protesta", a football clash):
        # no trigger inside one
        alike = [(a.start(), a.end()) for a in lex.lookalikes.finditer(text, s.start, s.end)] if lex.lookalikes else []
        for t, m in hits:
            surface = m.group(0)
            if any(a < m.end() and m.start() < b for a, b in alike):
                continue
            if t.lowercase_only and surface.split()[0][:1].isupper() and surface.split()[-1][:1].isupper():
                continue
            if _month_not_word(text, max(s.start, m.start() - 30), m.start(), surface, self.lang):
                continue    # "On 9 March the general filed ...", "in March 2024 ...": the month
            # a negation inside the matched words ("Traffic was not stopped", "police never fired"):
            # the modality cues look before the trigger, not into it
            if _NEGATED_INSIDE.search(surface):
                continue
            # 60 characters: room for "bloqueó el acceso a las redes sociales", "suspendió en todo el
            # territorio nacional la libertad de tránsito"
            if t.exclude_after and t.exclude_after.search(text[m.end():m.end() + 60]):
                continue
            # 120 characters: room for "a motorist stuck at the roadblock in X opened fire", "agentes de la
            # Policía Nacional ingresaron a la estancia al amanecer, derribaron las carpas y quemaron"
            if t.exclude_before and t.exclude_before.search(text[max(s.start, m.start() - 120):m.start()]):
                continue
            # a capitalised trigger inside a proper name ("the Committee of Relatives of the
            # Detained and Disappeared", "Frente de Defensa de los Bloqueados"): no event, unless
            # the sentence is a title-cased headline
            if surface[:1].isupper() and t.type in _NAMED_IN_TYPES and _IN_NAME_BEFORE.search(text, max(s.start, m.start() - 40), m.start()) \
                    and not _title_cased(s.text):
                continue
            # an event named by an earlier year only ("the 2011 Aymara protests", "the 2009
            # protest camp"): background with no month, not an event of the report (rule 1)
            yr = _YEAR_NAMED.search(text, max(s.start, m.start() - 40), m.start())
            if yr and pub_year and int(yr.group(1)) < pub_year:
                continue
            found.append(_Mention(t.type, m.start(), m.end(), s, t.strength))
        if not found:
            return []
        # stones thrown in a sentence that tells the force used on the throwers ("Officers fired
        # tear gas and community members threw stones"): the clash, no riot of its own (burning
        # and looting stand)
        if any(m.type == "crackdown" for m in found):
            found = [m for m in found if m.type != "riot" or not _STONES.search(text, m.start, m.end)]
        # a clash word inside a fight between civilian sides ("enfrentamiento entre comuneros
        # de dos comunidades", "a clash between residents of two villages") is that riot, not
        # force used by the state (SCHEMA: crackdown is security forces against protesters)
        riots = [m for m in found if m.type == "riot"]
        if riots:
            found = [m for m in found if m.type != "crackdown"
                     or not any(r.start <= m.start and m.end <= r.end for r in riots)]
        # "riot police sealed off the campus", "los antidisturbios cerraron las salidas": the
        # forces closing a place keep people in; no roadblock of protesters
        if self.lex.forces_blocking is not None:
            def forces_close(m) -> bool:
                if m.type != "blockade":
                    return False
                if self.lex.passive_before is not None and self.lex.passive_before.search(text, max(s.start, m.start - 20), m.start) \
                        and self.lex.forces_open.match(text, s.start) and not self.lex.passive_agent.match(text, m.end):
                    return True     # "Police ... were deployed across the capital, Tahrir Square was sealed off"
                if not self.lex.blockade_verb.match(text, m.start):
                    return False
                fb = self.lex.forces_blocking.search(text[max(s.start, m.start - 80):m.start])
                # ("police said protesters blocked ...": the protesters are the subject)
                return bool(fb) and not self.lex.participants_word.search(fb.group("gap")) \
                    and not self.lex.reporting_word.search(fb.group("gap"))
            found = [m for m in found if not forces_close(m)]
        # "volvió a cortar el acceso a internet", "blocked access to the internet": a network cut
        # (a suspension of a service), no road blocked
        found = [m for m in found if not (m.type == "blockade" and _NETWORK_AFTER.match(text, m.end))]
        # "la caravana quedó detenida en el peaje", "los camiones quedan detenidos": vehicles
        # stopped on a road, nobody held
        found = [m for m in found if not (m.type == "arrest" and (vs := _VEHICLES_STOPPED.search(
            text, max(s.start, m.start - 90), m.start)) is not None
            and (_HOLDING_VERB.search(vs.group(0)) or _HOLDING_VERB.match(text, m.start)
                 or re.search(r",\s*$", vs.group(0))))]
        # overlapping matches of one type: the strongest (then the earliest) stands for them
        out: list[_Mention] = []
        for m in sorted(found, key=lambda x: (-x.strength, x.start)):
            if not any(o.type == m.type and o.start < m.end and m.start < o.end for o in out):
                out.append(m)
        # a weaker trigger inside a stronger one of another type yields to it
        # ("called off the strike" is an agreement; "suspendieron el paro" too)
        keep = []
        for m in out:
            covered = any(o is not m and o.start <= m.start and m.end <= o.end and o.strength > m.strength
                          # ("gendarmes broke up a roadblock on Route 40": the roadblock stood that day)
                          and not (m.type == "blockade" and o.type == "crackdown"
                                   and _ROADBLOCK_NOUN.fullmatch(text[m.start:m.end]))
                          # ("the licence, which a federal judge suspended on 17 April": the court's act
                          # and the suspension of what it names before)
                          and not (m.type == "suspension" and o.type == "legal_action"
                                   and _SUSPENDED_BEFORE.search(text, max(s.start, o.start - 90), o.start))
                          for o in out)
            # ... unless the action lifted is told with its own start: "levantaron el paro que
            # iniciaron el lunes", "called off the strike that began on May 15" is the deal and
            # the strike (SCHEMA: a deal that ends a strike is an agreement; the strike stands)
            if covered and m.type in ("strike", "blockade", "protest") and _STARTED_AFTER.match(text, m.end):
                covered = False
            if not covered:
                keep.append(m)
        result = []
        for m in keep:
            if self._negated(m, text):
                continue
            if m.type in _BACKGROUND_TYPES and m.strength <= 0.65 \
                    and _BACKGROUND.search(text, max(s.start, m.start - 60), m.start):
                continue    # "during the strike", "los temas que motivaron la huelga": told before
            if m.type in ("strike", "protest", "blockade", "riot") and _IN_CONNECTION.search(text, max(s.start, m.start - 40), m.start):
                continue    # "arrested in connection with the protests": the protests told as a reference
            if m.type in ("strike", "protest", "blockade") and _PLANNED_AFTER.match(text, m.end):
                continue    # "called off an indefinite strike planned for the next day": not held
            result.append(m)
        return result

    def _iterative(self, text: str, s: Sentence, m: _Mention) -> bool:
        """Whether the trigger is told as recurring ("at some point", "several such", "varias
        veces"): in the few words before it, or in its clause after it."""
        rx = self.lex.iterative
        if rx is None:
            return False
        before = " ".join(text[s.start:m.start].split()[-self.lex.window:])
        return bool(rx.search(before) or rx.search(_clause_after(text, m.end, s.end, 70)))

    def _negated(self, m: _Mention, text: str) -> bool:
        lex = self.lex
        s = m.sentence
        before = text[s.start:m.start]
        # the clause before the trigger: cut at ; : and contrastive words
        if lex.aside:
            before = lex.aside.sub(",", before)
        # (and a dash that opens an aside: "aquella ley ya no existe -William Ruto la retiró el 26 de junio-")
        last_break = None
        for last_break in _CLAUSE_SPLIT.finditer(before):
            pass
        clause = before[last_break.end():] if last_break else before
        if last_break and _TIME_SUBORDINATOR.fullmatch(last_break.group(0)) and "," in clause:
            # "Hacia mediodía, cuando queda claro que no las recibirá, prenden fuego al edificio": a
            # fronted time clause ends at its comma; the main clause is what follows
            clause = clause.rsplit(",", 1)[-1]
        # "the union called a stoppage on 5 January, and police were sent to guard the gates": a
        # trigger with its own subject and finite verb after ", and" is a clause of its own
        # ... and so is one that opens with its own verb in the past after ", y" ("dictó medidas contra ENAP, a la que
        # el Gobierno apunta como posible fuente, y ordenó suspender parte de las faenas")
        if _OWN_SUBJECT_VERB.match(text, m.start, m.end):
            clause = re.split(r",\s*(?:and|y|e)\s+$|,\s*(?:and|y|e)\s+(?=\S)", clause)[-1]
        elif _PAST_HEAD.match(text, m.start, m.end) and _AND_SUBJECT_END.search(clause):
            # (its subject may itself deny it: "Police kept their distance, and nobody had been
            # detained by Saturday")
            tail = re.split(r",\s*(?:and|y|e)\s+", clause)[-1]
            clause = tail if _NEGATED_BEFORE.search(tail) else ""
        elif "," in clause:
            # a phrase fronted before the main clause's subject and its verb in the past ("In mid-
            # September 2004, during the regional strike against Yanacocha's plans to mine Cerro
            # Quilish, police fired tear gas"): the cues of the phrase are not the main verb's
            tail = clause.rsplit(",", 1)[-1]
            if len(tail.split()) <= 4 and not _JOINED_CLAUSE_OPEN.match(tail) and (
                    _PAST_HEAD.match(text, m.start, m.end) or any(_PAST_HEAD.fullmatch(w) for w in tail.split())):
                clause = tail
        words = re.findall(r"[\w'’-]+", clause)
        # "without clashes", "sin bloqueos carreteros ni enfrentamientos", "transcurrió sin
        # que se reportaran enfrentamientos": what did not happen, a few words on
        # ("sin toque de queda" itself tells a curfew lifted: modality.yaml's action)
        priv = _PRIVATIVE.search(re.split(r"[,(]", clause)[-1])
        # a finite verb is the clause's own ("los vecinos sin agua bloquearon la vía")
        head = text[m.start:m.end].split()[0].lower()
        if priv and re.search(r"(?:ó|aron|ieron|ió|ed)$", head) and not re.search(r"(?i)\b(?:being|been|ser|sido)\s+$", priv.group(0)):
            priv = None
        if priv and (m.type != "state_of_emergency" or len(priv.group(0).split()) > 1):
            return True
        # what a law or a court order forbids, or a demand that it stop ("the reform restricts
        # road blockades", "barring the police from using tear gas, water cannon or live
        # bullets", "que cesen las detenciones"), up to the next "and" / "y"
        parts = re.split(r"\b(?:and|y|e|then|luego)\b", clause)
        if _PROHIBITIVE.search(parts[-1]) and not _ASIDE_THEN_PASSIVE.search(parts[-1]):
            # (not an aside about the subject before its own verb: "Bassole, barred from the
            # presidential race, was arrested")
            return True
        if m.type in _CHARGE_TYPES and _CHARGED_WITH.search(text, max(s.start, m.start - 200), m.start):
            return True     # "arraigned on charges of causing unlawful damage and rioting": a charge
        if len(parts) > 1 and re.match(r"\s*from\b", parts[-1], re.I) and _BARRED_FROM.search(parts[-2]):
            return True     # "barring the police from using tear gas ... and from arresting them"
        if lex.summary_before and lex.summary_before.search(text, max(s.start, m.start - 60), m.start):
            return True
        if lex.foretold and lex.foretold.search(text, s.start, m.start):
            return True
        if lex.forecast_opening and lex.forecast_opening.search(text, s.start, m.start):
            return True
        if lex.powers_granted and lex.powers_granted.search(text, s.start, m.start):
            return True
        if lex.yardstick_before and lex.yardstick_before.search(text, max(s.start, m.start - 120), m.start) \
                and not _BEGAN_AFTER.match(text, m.end):
            # (not one told with its own start: "the worst violence since the strike began")
            return True
        window = " ".join(words[-lex.window:])
        # a trigger that opens with its article ("una marcha", "a march"): the cue before it is
        # read with that article ("anunciaron una", "called a")
        lead = text[m.start:m.end].split()[0]
        if _ARTICLE_WORD.fullmatch(lead):
            window = f"{window} {lead}"
        if lex.habitual and lex.habitual.search(window) \
                and not _PAST_WORD.search(text, m.start, min(s.end, m.end + 25)):
            return True
        inner = text[m.start:m.end].split()
        cue = lex.mod_inner.search(" ".join(inner[:-1])) if len(inner) >= 3 and lex.mod_inner else None
        if cue and not (m.type in _ANNOUNCING_DOES and _ANNOUNCING.search(cue.group(0))) \
                and not (lex.realised_after and lex.realised_after.match(text, m.end, s.end)):
            # a trigger that takes in its subject ("truckers have threatened to paralyse the
            # country"): its own words before its last may tell what is yet to come
            return True
        if lex.indefinite and lex.modal_after and lex.indefinite.search(text, max(s.start, m.start - 25), m.start):
            # "a stoppage lasting more than a few days could shave output": a hypothetical one
            brk = _CLAUSE_BREAK.search(text, m.end, min(s.end, m.end + 90))
            rest = text[m.end:brk.start() if brk else min(s.end, m.end + 90)]
            modal = lex.modal_after.search(rest)
            # (not one whose own words end in a verb in the past: "a judge in London ruled that the
            # company could be held liable" told the ruling; the modal is the ruling's content)
            own = text[m.start:m.end].split()
            if modal and not _PAST_WORD.search(rest, 0, modal.start()) \
                    and not (len(own) > 1 and _PAST_WORD.fullmatch(own[-1])):
                return True
        if lex.realised_after and lex.realised_after.match(text, m.end, s.end):
            window = ""
        if m.type in _SPAN_TYPES_TOLD_RUN and _RAN_AFTER.match(text, m.end, s.end):
            window = ""     # "called a three-day blockade of roads, which ran from dawn on Tuesday":
            # a clause about the call's object tells it took place
        if m.type == "agreement" and not _DEAL_WORDS.search(text, m.start, m.end) \
                and _NO_DEAL.search(text, s.start, s.end):
            return True     # "levantaron la huelga tras 27 días y sin acuerdo": lifted with no deal
        if m.type == "agreement" and _SIGNED.search(text, m.start, m.end):
            window = ""     # "ratificaron el acuerdo firmado el 6 de abril": a deal already signed
        if _PRETERITE_INSIDE.search(text, m.start, m.end):
            window = ""     # "convocó a ambas partes a una reunión, que se prolongó hasta la madrugada sin
            # acuerdo": a verb in the preterite inside the trigger's words tells it took place
        for rx in lex.mod_before_words:
            for mm in rx.finditer(window):
                w = mm.group(0)
                if w == "may" or w == "May":
                    # the month, not the modal verb, when a day or year is near
                    if w == "May":
                        continue
                if m.type == "agreement" and _AGREEING.match(w):
                    continue    # "acordaron una tregua": the agreeing is the agreement
                if m.type in _ANNOUNCING_DOES and _ANNOUNCING.match(w):
                    continue    # "announced a suspension", "anunció una tregua": the act itself
                if re.search(r"(?:ing|ando|iendo)$", w, re.I) and re.search(r"(?:ed|ó|aron|ieron|ió)$", head):
                    continue    # "protesters demanding his release blocked the N3": the gerund
                    # tells the subject, the finite verb after it is the clause's own act
                return True
        if window and lex.future_verb is not None and len(words) > lex.window:
            # a verb in the future further back in the clause, with no verb in the past after it:
            # "convocarán a todas las bases ronderiles de la sierra liberteña a un paro regional"
            far = words[:-lex.window]
            fut = [i for i, w in enumerate(far) if lex.future_verb.fullmatch(w)]
            if fut and not any(_PAST_HEAD.fullmatch(w) for w in words[fut[-1] + 1:]):
                return True
        after = text[m.end:min(s.end, m.end + 100)]
        # ("the cabinet postponed the referendum, which had been set for July 9": a clause about
        # the object a past verb took tells that object's time, not the verb's)
        if lex.mod_after.search(after) and not (
                _verb_with_object(text, m) and lex.aside_open and lex.aside_open.match(text, m.end)):
            return True
        # "La marcha, que según los organizadores reunirá a diez mil personas, partirá de la
        # catedral": the main verb after an aside tells the trigger's time
        aside = lex.aside.match(text, m.end) if lex.aside else None
        if aside and aside.end() < s.end and lex.mod_after.search(text[aside.end():min(s.end, aside.end() + 60)]):
            return True
        return False

    def _fill(self, m: _Mention, s: Sentence, text: str, s_dates, durations, numbers, s_places,
              pub: date | None, focus_date, focus_place, focus_country, s_countries=(),
              company_hits=()) -> None:
        lex = self.lex
        # ---- date
        # "hasta las 07:00 del domingo", "until 7 a.m. on Sunday": an end, past the clock time
        untils = [d for d in s_dates if d.prep in _UNTIL
                  or _UNTIL_TIME.search(text, max(s.start, d.start - 40), d.start)]
        # a date told after the trigger in a later clause is that clause's ("63 were detained;
        # two days later the minister resigned"): the trigger keeps the date in focus
        starts = [d for d in s_dates if d not in untils
                  and not (d.start >= m.end and ";" in text[m.end:d.start])
                  # "were arrested and would appear in court on Friday": a day told after the
                  # trigger with a verb in the future is that verb's
                  and not (d.start >= m.end and _FUTURE_WEEKDAY.search(text, m.end, d.start))
                  # "marched ... on the anniversary of the killing of strikers on Nov. 15, 1922":
                  # a date after what the trigger commemorates is that event's
                  and not (d.start >= m.end and _COMMEMORATED.search(text, m.end, d.start))
                  # "the confrontation is the most serious since residents began the barricade on
                  # February 18": the date of the yardstick's clause
                  and not (d.start >= m.end and _YARDSTICK_SINCE_CLAUSE.search(text, m.end, d.start))
                  # "deployed 1,600 gendarmes, double the April figure": a month that names a thing
                  and not _month_names_a_thing(text, d)
                  # "shelved the case against eight people accused of organising last month's
                  # protest": a possessive day after the trigger dates the noun it goes with
                  # (not "detained 1,667 people during Saturday's march": the arrests' day too)
                  and not (d.start >= m.end and _POSSESSIVE_AFTER.match(text, d.end)
                           and _VERB_BEFORE_POSSESSIVE.search(text, max(0, d.start - 24), d.start))
                  # "confirmó las 21 condenas dictadas en enero", "upheld the sentences handed down
                  # in January": a participle's time about the verb's object, not the verb's
                  and not (d.start >= m.end and any(_FINITE_HEAD.search(w) for w in text[m.start:m.end].split())
                           and _PARTICIPLE_IN.search(text, max(m.end, d.start - 40), d.start))
                  # nor one in a later relative clause about someone else ("on Wednesday a judge
                  # ordered the arrest of 21 people who took part in the protest of 30 June")
                  and not (d.start >= m.end and _in_relative_clause(text, s.start, d, (m,))
                           and not _own_since(text, m, d) and not _broke_out(text, m, d))
                  # "En la plaza Altamira —la misma donde un grupo de militares se declaró en rebeldía
                  # en octubre de 2002— centenares de jóvenes se enfrentaron": a relative aside
                  # between dashes dates its own clause
                  and not _in_dashed_aside(text, s, d, m)
                  # "evicted farmers who had occupied the site since Friday, arresting eight",
                  # "farmers who have been camped there since November drove tractors": a since
                  # day in a relative clause before the trigger tells that clause's state
                  # (not one that opens the clause whose verb is the trigger: "donde desde el
                  # jueves los comunarios bloquean la carretera")
                  # "the strike began after talks with the company broke down on September 10",
                  # "halted operations because community members have blocked the corridor since
                  # November 20": a date in a subordinate clause with a verb of its own after the
                  # trigger is that clause's
                  and not (d.start >= m.end and _SUBORDINATE.search(text, m.end, d.start))
                  and not (d.prep in _SINCE and d.end <= m.start and _in_relative_clause(text, s.start, d, (m,))
                           and not _OPENS_RELATIVE.search(text, max(s.start, d.start - 30), d.start)
                           # ("donde los pobladores mantienen desde el miércoles 27 de agosto el
                           # bloqueo": the date and the trigger in one clause)
                           and not (m.start - d.end <= 30 and not _CLAUSE_BREAK.search(text, d.end, m.start)))
                  # "lifted the strike that had paralysed the region since 11 June": a "since"
                  # date starts a state; a deal, a ruling or an arrest happens on a day of its own
                  and not (d.prep in _SINCE and m.type in _POINT_TYPES)
                  # "the first mass protests since 2007", "la peor represión desde 1989": a
                  # yardstick, not the event's date
                  # ("the deadliest since August, when soldiers opened fire": the "when" clause
                  # after the date tells that day's event)
                  and not (d.prep in _SINCE and _SINCE_YARDSTICK.search(text, max(s.start, d.start - 80), d.start)
                           and not (m.start >= d.end and _WHEN.search(text, d.end, m.start)))]
        # "On Sunday 26 March, a dozen people who came to protest against the previous day's
        # violence were detained": a day in the possessive names another thing (the violence),
        # not the trigger's time, when the sentence tells a day of its own
        # (a day by its name stays: "detained during Saturday's protest" were detained that day)
        poss = [d for d in starts if _POSSESSIVE_DATE.match(text, d.end) and _STEP_DAY.match(d.surface)
                and not _POSSESSIVE_OF_TRIGGER.fullmatch(text, d.end, m.start)]
        if poss and len(poss) < len(starts):
            starts = [d for d in starts if d not in poss]
        if starts and m.type == "state_of_emergency" and lex.soe_action.get("lifted") is not None \
                and lex.soe_action["lifted"].search(text, max(s.start, m.start - 60), m.start) \
                and _TRIGGER_RELATIVE.match(text, m.end):
            # "levantó el domingo el estado de emergencia que él mismo impuso el 25 de octubre":
            # the relative clause tells when it was declared, not when it was lifted
            rel_end = _CLAUSE_BREAK.search(text, m.end, s.end)
            starts = [x for x in starts if not (m.end <= x.start < (rel_end.start() if rel_end else s.end))] or starts
        if starts:
            # the nearest date, preferring one in the trigger's own clause ("On 27 March ...
            # blocked the roads; at the end of April the company suspended ...")
            d = min(starts, key=lambda d: _distance(d, m) + (
                200 if ";" in text[min(d.end, m.end):max(d.start, m.start)] else
                # another coordinate clause ("deployed on Thursday, and the curfew was
                # extended on Friday"): its date is that clause's
                100 if _NEXT_CLAUSE.search(text, min(d.end, m.end), max(d.start, m.start)) else
                # "sent troops to Papua on Friday after protesters set fire to ... on Thursday":
                # the main clause's date is not that of the trigger in the "after" clause
                100 if d.end <= m.start and _AFTER_OPENS.search(text, d.end, m.start) else 0))
            # "ordered to clear roadblocks that groups have maintained since Oct. 2", "levantar
            # los bloqueos de caminos que mantenía desde el 3 de agosto": the trigger's own
            # relative clause tells its start, whatever day the governing verb has
            own = [x for x in starts if x.start >= m.end and (
                       _own_since(text, m, x)
                       # "over the clashes with police that broke out in March 2019"
                       or _broke_out(text, m, x)
                       # "el estado de sitio decretado el domingo", "a strike called from
                       # Tuesday": the trigger's own participle tells its day
                       or _OWN_PARTICIPLE.fullmatch(text, m.end, x.start)
                       # "the 72-hour stoppage that Tapairihua held on 12, 13 and 14 March",
                       # "el paro que la comunidad acató el 12 de marzo": the trigger's own
                       # relative clause tells its day
                       # (not a clause nested in it: "el acuerdo que pone fin a la huelga que
                       # comenzamos el 25 de junio")
                       or (x.start - m.end <= 80 and _TRIGGER_RELATIVE.match(text, m.end)
                           and not _CLAUSE_BREAK.search(text, m.end, x.start)
                           and not _RELATIVE_WORD.search(text, _TRIGGER_RELATIVE.match(text, m.end).end(), x.start)))]
            if own:
                d = own[0]
            elif d.end <= m.start and not text[d.end:m.start].strip():
                # "relatives of the farmers killed in Sacaba on November 15 marched through
                # Cochabamba on Sunday": a date that ends a long subject right before the verb
                # tells the subject's (an event told again), when the verb's clause has its own
                lo = max([s.start] + [b.end() for b in _CLAUSE_BREAK.finditer(text, s.start, d.start)])
                later = [x for x in starts if x.start >= m.end and x.start - m.end < 80
                         and not _CLAUSE_BREAK.search(text, m.end, x.start)]
                if later and len(re.findall(r"\w+", text[lo:d.start])) > 4:
                    d = later[0]
            m.date = _step_from(text, d, m, self.lang)
            back = _months_before(text, s.start, d, m, self.lang)
            if back:
                # "Three months after soldiers opened fire on protesters in Ejura, the government
                # on Monday released the report": the shooting lies three months before Monday
                m.date = back
            m.own_date = True
            m.date_at, m.date_prep = d.start, d.prep
            m.told_after = d.end <= m.start and bool(_AFTER_NOUN.search(text, d.end, m.start))
            if pub is not None and d.end <= m.start and _NOW.search(text, d.end, m.start):
                # "lifted the emergency on 28 October, and now the parties have agreed": the
                # trigger's clause is told in the present, not on the date before it
                m.date = pub.isoformat()
            m.dated = bool(m.date and len(m.date) == 10)
            m.fronted_day = m.dated and d.end <= m.start and m.date == d.value \
                and bool(_FRONTED.search(text[s.start:d.start])) and not _REPORTED.search(text, d.end, m.start)
            m.new_day = bool(m.dated and lex.renewal and lex.renewal.search(
                text, max(s.start, m.start - 40), min(s.end, m.end + 40)))
            if d.value_end and not d.relative:   # "from 4 to 7 May", not "last week"
                m.date_end = d.value_end
        else:
            m.date = focus_date
            # the sentence is still a dated one (its confidence stays that of one)
            m.own_date = bool(focus_date) and any(d not in untils for d in s_dates)
            if pub is not None and not s_dates and lex.ongoing_now is not None and (
                    lex.ongoing_now.match(text, m.end, min(s.end, m.end + 40))
                    or lex.ongoing_now.search(text, max(s.start, m.start - 40), m.start)
                    or (lex.ongoing_word is not None and (lex.ongoing_word.match(text, m.start)
                                                          or lex.ongoing_before.search(text, max(s.start, m.start - 40), m.start)))):
                # "Los bloqueos continúan en los accesos", "roadblocks remain in place": told
                # as going on now, with no day of its own, it is the publication's day, not
                # the day the paragraph before told
                m.date = pub.isoformat()
            if not s_dates:
                back = _back_from_publication(text, s.start, m, pub, self.lang)
                if back:
                    m.date, m.own_date = back, True
        since = _time_since(text, s.start, m, pub, self.lang)
        if since:
            m.date, m.date_end, m.own_date = since, None, True
        if untils and m.date:
            u = min(untils, key=lambda d: _distance(d, m))
            end = u.value
            if end and u.relative and len(end) == 10 and len(m.date) == 10 and end <= m.date \
                    and u.prep != "by" and _DAY_ONLY.match(u.surface.strip()) is None:
                # "from Saturday until Monday": the weekday after the start, not before it
                # ("arrests by Sunday" counts up to a day already past)
                end = (date.fromisoformat(end) + timedelta(days=7)).isoformat()
                end = end if end > m.date and (date.fromisoformat(end) - date.fromisoformat(m.date)).days < 7 else None
            if end and end > m.date:
                m.date_end = end
        # "el paro nacional, que comenzó el 13 de junio, cumplió este lunes una semana", "diez
        # días de paro, iniciado el 24 de julio": a start told in the event's own clause dates
        # the strike, whatever day it is told on or how many days it has run
        began = [d for d in s_dates if d not in untils and d.value and len(d.value) == 10
                 and d.start >= m.end and d.start - m.end < 120 and d.prep not in _SINCE
                 and (_BEGAN_ON.search(text, max(s.start, d.start - 40), d.start)
                      or (_BEGAN_MAIN.search(text, max(s.start, d.start - 40), d.start)
                          and len(text[m.end:d.start].split()) <= 5
                          and not re.search(r"[,(]", text[m.end:d.start])))
                 and not re.search(r"[;:]", text[m.end:d.start])]
        began_told = bool(began) and m.type in ("strike", "blockade", "protest", "negotiation")
        if began_told:
            d = began[0]
            m.date, m.own_date, m.date_at, m.dated = d.value, True, d.start, True
            if m.date_end and m.date_end <= m.date:
                m.date_end = None
        # "after 26 days of strike"; "la huelga, que cumple hoy diez días" (a marker of a span
        # already run reaches a little further)
        elapsed = [d for d in durations if s.start <= d.start < s.end
                   and ((getattr(d, "elapsed", False) or self._ends_span(text, s, d))
                        # "Tras siete días de cierre, la minga levantó el bloqueo": a span named
                        # by its action, anywhere in the sentence
                        and m.type in ("strike", "blockade") and _SPAN_OF_ACTION.match(text, d.end)
                        or getattr(d, "elapsed", False) and abs(_distance(d, m)) < 25
                        or self._ends_span(text, s, d) and (abs(_distance(d, m)) < 25 or (
                            d.start >= m.end and _distance(d, m) < 60 and d.days <= 366)))]
        if elapsed and not began_told and not _NEW_ONE.match(text, m.start) and (m.date or pub) and len(m.date or "YYYY-MM-DD") == 10 \
                and m.type in ("strike", "blockade", "protest", "state_of_emergency"):
            # "after twenty-six days of strike": the strike began days - 1 before; "have been
            # on strike for 20 days" with no date told: as of publication ("cumple hoy cuatro
            # días bajo estado de sitio": declared three days before, still in force)
            today = m.date or pub.isoformat()
            if m.type != "state_of_emergency":
                m.date_end = today
            m.date = (date.fromisoformat(today) - timedelta(days=elapsed[0].days - 1)).isoformat()
        if self.lex.ordinal_day and not began_told and (m.date or pub) and len(m.date or "YYYY-MM-DD") == 10 \
                and m.type in ("strike", "blockade", "protest"):
            od = None
            for mm in self.lex.ordinal_day.finditer(text, max(s.start, m.start - 40), m.start):
                od = mm
            if od is not None and m.type == "protest" and od.group(0).endswith(","):
                # "On Wednesday, for a third straight day, students marched": one day of a wave of
                # marches, each an event of its day (a strike "for an eighth straight day" is one)
                od = None
            after = _ordinal_day_after(self.lang)
            if od is None and after is not None:
                # "the strike, now in its tenth day"; "el paro, que cumple su décimo día"
                # (the action's name may run long: "La huelga indefinida del sector del metal
                # en la provincia de Cádiz cumple este viernes su cuarto día")
                od = after.search(text, m.end, min(s.end, m.end + 140))
            n = self.lex.ordinals.get(od.group(1).lower()) if od else None
            cardinal = _cardinal_days_after(self.lang)
            counted = False
            if od is None and cardinal is not None:
                # "el paro cumple hoy dieciséis días": the sixteenth day, as an ordinal would say
                # (as of the telling: the days may already have been read as a span)
                od = cardinal.search(text, m.end, min(s.end, m.end + 110))
                n = numbers_mod.parse_number(od.group(1), self.lang) if od else None
                counted = od is not None
            if n and od.start() >= m.end:
                # "marcharon el lunes, en el cuarto día del estado de emergencia": the day of
                # another action (a decree told again), not of this one
                of = _DAY_OF.match(text, od.end())
                types = next((t for r, t in _NOUN_TYPES if of and r.match(of.group(1))), None)
                if types and m.type not in types:
                    n = None
            if n and n > 1 and m.own_date and od.start() >= m.end and any(
                    m.end <= d.start < od.start() and d.value == m.date for d in s_dates):
                n = None    # "protests that erupted on Monday continued for a third day": Monday is the start
            if n and n > 1 and m.own_date and m.date_at >= m.end and (
                    m.date_prep in _SINCE + ("from",) or _OWN_PARTICIPLE.fullmatch(text, m.end, m.date_at)):
                n = None    # "the third day of a strike called from Tuesday": the date is its start
            if n and n > 1:
                # "on the sixth day of the strike": it began five days earlier, still under way
                today = m.date or pub.isoformat()     # "now in its tenth day": as of publication
                if pub and od is not None and (counted or _TODAY_WORD.search(od.group(0))):
                    today = pub.isoformat()     # "cumplía hoy once días", whatever day the sentence tells
                m.date = (date.fromisoformat(today) - timedelta(days=n - 1)).isoformat()
                if od.start() >= m.end and m.type in ("strike", "blockade") and not m.date_end:
                    m.date_end = today      # "cumple este viernes su cuarto día": under way till then
        if m.date and len(m.date) == 10 and not m.date_end and m.type in _DURATION_TYPES:
            # a span told from its start ("a 72-hour strike"); one already over ("ends an
            # 18-day strike") ends on the date told, not that many days after it
            s_durs = [d for d in durations if s.start <= d.start < s.end and not getattr(d, "elapsed", False)
                      and not self._ends_span(text, s, d) and (d.days or 0) <= _MAX_SPAN_DAYS_TOLD
                      and not _TIME_FRAME.search(text, max(s.start, d.start - 30), d.start)
                      # "declared a 15-day state of prevention after residents blocked the
                      # bridge": the span another action is named with is that one's
                      and not _names_other_type(text[d.end:min(s.end, d.end + 40)], m.type)]
            if s_durs:
                dur = min(s_durs, key=lambda d: _distance(d, m))
                # a decree's span may stand far from its trigger ("The emergency decree ...
                # covers the districts of X and Y in Z province for 30 days")
                near = abs(_distance(dur, m)) < 80 or (
                    m.type in ("state_of_emergency", "suspension") and len(s_durs) == 1
                    and dur.start >= m.end)
                if near and dur.days and dur.days > 1:
                    m.date_end = dates_mod.add_days(m.date, dur.days)
        # ---- action of a state of emergency
        if m.type == "state_of_emergency":
            window = text[max(s.start, m.start - 60):min(s.end, m.end + 40)]
            m.action = "declared"
            if _STILL_IN_FORCE.match(text, m.end):
                m.in_force_only = True   # "the curfew stays in force": one declared before
            if not m.own_date and _UNDER_BEFORE.search(text, max(s.start, m.start - 20), m.start) \
                    and not _PUT_UNDER.search(text, max(s.start, m.start - 80), m.start):
                m.in_force_only = True   # "held without charge under the emergency decree"
            la = _SOE_LIFTED_AFTER.match(text[m.end:s.end])
            if la and any(m.end <= d.start < m.end + la.end() and d.prep not in _SINCE for d in s_dates):
                la = None   # ("el régimen que el rey había decretado en marzo quedó levantado": a date of its own between)
            if lex.soe_action["lifted"].search(window) or la:
                m.action = "lifted"
            elif lex.soe_action["extended"].search(window):
                m.action = "extended"
            elif "declared" in lex.soe_action and not m.own_date \
                    and not lex.soe_action["declared"].search(text, s.start, _next_sentence_end(text, s)):
                m.in_force_only = True   # talked about, not declared in this report
            if m.action == "lifted" and m.own_date and starts and d.prep in _SINCE:
                # "lifted the emergency in force since November": lifted now, not then
                others = [x for x in starts if x.prep not in _SINCE]
                if others:
                    m.date = min(others, key=lambda x: _distance(x, m)).value
                else:   # no date of its own: news of a lifting is news of the day
                    m.date, m.own_date = (pub.isoformat() if pub else focus_date), False
        # ---- place
        if (lex.nationwide.search(s.text) or self._across_country(s.text, focus_country)) \
                and m.type in ("state_of_emergency", "strike", "blockade", "arrest", "protest"):
            local = [p for p in s_places if p.place.level in ("town", "admin2", "feature")]
            # "a three-day national shutdown", "el paro nacional": the strike's own words
            # say the whole country, whatever town the sentence also names
            own_words = m.type == "strike" and lex.nationwide.search(text, max(s.start, m.start - 20), min(s.end, m.end + 20))
            if not local or m.type == "state_of_emergency" or own_words:
                m.nationwide = True
        if not m.nationwide and self.lang == "en" and m.type in ("deployment", "crackdown", "protest", "arrest", "suspension"):
            # "killed in clashes across the country", "troops arrived in Kazakhstan", "protests
            # broke out across Iran after ... in Tehran": the trigger's own words say the whole
            # country, whatever place another clause names
            lo, hi = max(s.start, m.start - 25), min(s.end, m.end + 40)
            brk = _CLAUSE_BREAK.search(text, m.end, hi)
            hi = brk.start() if brk else hi
            win = text[lo:hi]
            if (lex.nationwide.search(win) or self._across_country(win, focus_country)
                    or self._in_country(win, focus_country)) \
                    and not any(lo <= p.start < hi for p in s_places):
                m.nationwide = True
        if m.type == "protest" and _told_wide(text, m):
            m.nationwide = True     # "demonstrations spread to more than 20 counties"
        near = sorted(s_places, key=lambda p: abs(_distance(p, m)))
        # a place abroad counts only when the sentence names its country
        named = set(s_countries)
        # ... or opens the sentence as its scene ("In Thessaloniki, some 3,000 farmers rallied",
        # a city of its own country's first rank in a report about two countries)
        near = [p for p in near if not focus_country or p.place.country == focus_country
                or p.place.country in named
                or ((_FRONTED_IN.fullmatch(text, s.start, p.start) or _SCENE_IN.fullmatch(text, s.start, p.start))
                    and _CLAUSE_BREAK.match(text, p.end)
                    and (p.place.population >= 100_000 or p.place.level == "admin1"))
                # ... or is a large city the trigger's own clause puts the event in, after it
                # ("filed a class action in New York", "marcharon en Madrid")
                or ((p.place.level == "admin1" or p.place.population >= _ABROAD_CITY_POPULATION
                     # (or a city the report names by its exonym: "se manifestaron en Ginebra")
                     or (p.place.population >= EXONYM_POPULATION and other_name(p.surface, p.place.name)))
                    and p.start >= m.end and _ABROAD_IN.search(text, max(s.start, p.start - 20), p.start)
                    and not _CLAUSE_BREAK.search(text, m.end, p.start)
                    and not _SUBORDINATE.search(text, m.end, p.start))]
        if near:
            # "salieron a la calle, contentos porque por fin había conversaciones en Santiago",
            # "workers walked out because talks in Santiago had failed": a place in a "because"
            # clause after the trigger is that clause's
            near = [p for p in near if not (p.start >= m.end and _SUBORDINATE.search(text, m.end, p.start))]
            # ... as is a place told after a semicolon ("miners went on strike ...; on February 26
            # up to 200 supporters picketed the headquarters in Tbilisi"), like its date
            near = [p for p in near if not (p.start >= m.end and ";" in text[m.end:p.start])]
            # ... and one told before a semicolon, when the trigger's own part names a place ("En
            # Atenas la multitud desbordó Sintagma; en Salónica, la plaza Aristotelous; en Larisa,
            # miles de personas se concentraron en la plaza central")
            if any(";" not in text[min(p.end, m.start):max(p.start, m.end)] for p in near):
                near = [p for p in near if not (p.end <= m.start and ";" in text[p.end:m.start])]
            # ... and one in a "while" clause that opens the sentence, when the trigger's clause
            # after its comma names a place of its own ("Mientras en Uarzazat se leía la
            # sentencia, cientos de vecinos recorrieron las calles de Imider")
            wo = _WHILE_OPENING.match(text, s.start)
            if wo:
                comma = text.find(",", wo.end(), m.start)
                if comma != -1:
                    rest = [p for p in near if p.start > comma]
                    if rest:
                        near = rest
        if near and m.date:
            # "a march ... over the 43 students who vanished in Guerrero in September": a
            # place in a relative clause that carries a date of its own, not the event's, is
            # that clause's place
            near = [p for p in near if not _dated_relative(text, s, p, m, s_dates)]
        if m.type == "state_of_emergency" and not m.nationwide:
            # one declaration over several regions is one event of no single region (rule 4)
            # ("in Pichincha, Cotopaxi and Imbabura provinces"): regions named in one list
            regs = sorted((p for p in s_places if p.place.admin1 and (
                               p.place.level == "admin1" or fold(p.surface) == fold(p.place.admin1))
                           and p.place.country == (focus_country or p.place.country)), key=lambda p: p.start)
            run: list = []
            for p in regs:
                if run and not _LIST_JOIN.fullmatch(text[run[-1].end:p.start]) \
                and not _PARALLEL_LIST_JOIN.fullmatch(text[run[-1].end:p.start]):
                    if len({x.place.admin1 for x in run}) >= 2:
                        break
                    run = []
                run.append(p)
            if len({x.place.admin1 for x in run}) >= 2:
                m.regions = tuple(dict.fromkeys(x.place.admin1 for x in run))
        if not m.regions and not m.nationwide and self.lang == "en" \
                and m.type in ("state_of_emergency", "deployment"):
            # "deploying troops to KwaZulu-Natal and Gauteng provinces", "a curfew in N'Djamena,
            # Moundou and Doba": one list of places of several regions right by the trigger
            # is one act over them all (rule 4)
            run = []
            for p in sorted((p for p in s_places if p.place.admin1
                             and p.place.country == (focus_country or p.place.country)), key=lambda p: p.start):
                if run and not _LIST_JOIN.fullmatch(text[run[-1].end:p.start]) \
                and not _PARALLEL_LIST_JOIN.fullmatch(text[run[-1].end:p.start]):
                    if len({x.place.admin1 for x in run}) >= 2:
                        break
                    run = []
                run.append(p)
            if len({x.place.admin1 for x in run}) >= 2 and (
                    0 <= run[0].start - m.end <= 60 and not _BREAK_NOT_FIGURE.search(text, m.end, run[0].start)
                    or 0 <= m.start - run[-1].end <= 40 and not _BREAK_NOT_FIGURE.search(text, run[-1].end, m.start)):
                m.regions = tuple(dict.fromkeys(x.place.admin1 for x in run))
        if m.type == "deployment":
            # "llegaron refuerzos de la gendarmería y del ejército desde Tambacounda": where the
            # forces came from is not where they were sent
            near = [p for p in near if not _SEAT_FROM.search(text, max(s.start, p.start - 25), p.start)]
        if near:
            cands = near[:3]
            # ... and a place the trigger's own clause puts it in, after it, however many names
            # a list before it holds ("a curfew on all three islands, Ngazidja (Grande Comore),
            # Ndzuwani (Anjouan) and Mwali (Moheli), and soldiers were deployed at the main
            # junctions in Moroni")
            cands += [p for p in near[3:] if _sent_there(text, s, p, m)]
            if len(cands) > 1:
                # "el prefecto de Tarija firmaba en La Paz": an official's seat is no place of the act
                cands = [p for p in cands if not _OFFICIAL_OF.search(text, max(s.start, p.start - 40), p.start)] or cands
                # "los mineros de Potosí intentaron ingresar a la plaza Murillo": where the people
                # come from yields to where the sentence puts them
                cands = [p for p in cands if not _PEOPLE_OF.search(text, max(s.start, p.start - 40), p.start)] or cands
            if m.type in _ACTS and len(cands) > 1:
                # a national body acts in the capital on another place: the place is where
                # the act applies ("in Lima, the government declared an emergency in Puno")
                # (not the capital the act's own clause sends it to, after it: "desplegó al
                # Ejército en las calles de Moroni")
                capital = fold(_countries().get(focus_country or "", {}).get("capital") or "-")
                cands = [p for p in cands if fold(p.place.name) != capital or _sent_there(text, s, p, m)] or cands
            # a place after "in", "at", "en", "cerca de" is where things happen; a bare
            # name may be an adjective or part of a title ("Kazakh President")
            located = [p for p in cands if _LOCATIVE.search(text, max(s.start, p.start - 25), p.start)]
            # "crowds looted malls in Durban, while in Soweto police fired on looters": a place
            # across another coordinate clause is that clause's
            apart = [p for p in cands if _NEXT_CLAUSE.search(text, min(p.end, m.end), max(p.start, m.start))
                     # ("en Juliaca cerraron la carretera y en Ayaviri bloquearon el puente": a clause
                     # that opens with a town of its own between them)
                     or _town_clause_between(text, min(p.end, m.end), max(p.start, m.start), s_places)]
            if apart and len(apart) < len(cands):
                cands = [p for p in cands if p not in apart]
                located = [p for p in located if p not in apart]

            if located and cands and not any(_same_clause(text, p, m) for p in located) \
                    and all(_CLAUSE_JOIN.search(text, *sorted((min(p.end, m.end), max(p.start, m.start))))
                            for p in located):
                # (only across a clause of its own: "..., and Amplats suspended"; an apposition
                # is no new clause: "arrested the head of the union's Oaxaca branch, Ruben Nunez,
                # on June 11 in Mexico City" happened in Mexico City)
                # "workers near Carletonville are on strike, and Amplats suspended its
                # Rustenburg operations": a name in the trigger's own clause over a place
                # "near" in another
                own = [p for p in cands if _same_clause(text, p, m)]
                located = own or located
            pool = _in_named_region(text, located or cands)
            # the finest place named ("in Juliaca, in the region of Puno"); but the capital, seat of
            # the government, is not finer than a region nearer the trigger, only elsewhere ("the
            # government in Nairobi sent police to Migori County after roads were blocked there")
            best = _most_specific(pool)
            capital = fold(_countries().get(focus_country or "", {}).get("capital") or "-")
            if best is not pool[0] and fold(best.place.name) == capital \
                    and pool[0].place.admin1 != best.place.admin1 \
                    and not _FRONTED_IN.fullmatch(text, s.start, best.start):
                best = _most_specific([p for p in pool if p.place.admin1 == pool[0].place.admin1])
            m.place, m.location = best.place, best.place.name
            m.own_place = True
            if m.type in _SPREAD_TYPES and not m.nationwide:
                m.spread = _spread(text, s_places, best, m, focus_country)
        elif m.type == "suspension" and lex.national_measure is not None and (
                lex.national_measure.search(text, m.end, min(s.end, m.end + 50))
                or lex.national_measure.search(text, max(s.start, m.start - 50), m.start)):
            m.nationwide = True      # "the increase was suspended": a measure of the whole country
        elif focus_place:
            m.place, m.location = focus_place
        # ---- numbers: of several figures for one slot, the one nearest the trigger, in its own
        # clause first ("148 dead since Tuesday; on Saturday alone 26 died in clashes")
        best: dict[str, tuple[int, int]] = {}
        for n in numbers:
            if not (s.start <= n.start < s.end) or n.value is None:
                continue
            slot = self._number_slot(n, text, s)
            if slot:
                gap = abs(_distance(n, m)) + (
                    200 if ";" in text[min(n.end, m.end):max(n.start, m.start)] else 0)
                if slot not in best or gap < best[slot][0]:
                    best[slot] = (gap, n.value)
        for slot, (_, value) in best.items():
            m.numbers.setdefault(slot, value)
        single = _arrest_single(self.lang)
        if "arrests" not in m.numbers and m.type == "arrest" and single is not None \
                and single.search(s.text):
            m.numbers["arrests"] = 1    # "police arrested him", "Iza was detained", "detuvo al abogado"
        if "fatalities" not in m.numbers and m.type in _CASUALTY_TYPES and lex.fatality_single \
                and lex.fatality_single.search(s.text):
            m.numbers["fatalities"] = 1
        # ---- actors
        m.actors = self._actors(s, text, m, focus_country, company_hits)

    def _in_country(self, window: str, country: str | None) -> bool:
        """"troops arrived in Kazakhstan": the country itself as the place (not "in Kenya's
        Migori county")."""
        if not country or self.lang != "en":
            return False
        names = {self._country_name(country), *(_countries().get(country, {}).get("names") or [])}
        names = [re.escape(n) for n in names if n]
        return bool(names) and re.search(r"\b(?:in|into|to)\s+(?:" + "|".join(names) + r")\b(?!['’]s)(?!\s*['’])",
                                         window) is not None

    def _across_country(self, sentence: str, country: str | None) -> bool:
        """"across Mexico", "throughout Zimbabwe", "en todo el Perú": the whole country."""
        if not country:
            return False
        names = {self._country_name(country), *(_countries().get(country, {}).get("names") or [])}
        rx = _across_rx(tuple(sorted(n for n in names if n)))
        return bool(rx and rx.search(sentence))

    def _number_slot(self, n, text: str, s: Sentence) -> str | None:
        lex = self.lex
        after = text[n.end:min(s.end, n.end + 60)]
        before = text[max(s.start, n.start - 40):n.start]
        # "100 protesters, including 15 minors, were detained"; "Tres personas, entre ellas un
        # menor, murieron": the aside between the people and their verb is skipped
        after = _ASIDE.sub(r"\1", after, count=1)
        sub_after, sub_pronoun, sub_before = _subcount(self.lang)
        if sub_after.match(after) or sub_before.search(before) \
                or (sub_pronoun.match(after) and re.search(r",\s*$", before)):
            return None     # "15 of them in Dhaka", "catorce de los muertos": part of a total
        for k in ("fatalities", "injuries", "arrests"):
            if lex.slot_after[k].search(after):
                return k
        for k in ("fatalities", "injuries", "arrests"):
            if lex.slot_before[k].search(before):
                return k
        toll = _toll_before(self.lang)
        if toll is not None and toll.search(text, max(s.start, n.start - 140), n.start):
            return "fatalities"     # "the death toll from Monday's clashes in Juliaca rose to 17"
        if lex.not_participants.search(after):
            return None
        if lex.slot_after["participants"].search(after):
            # "two people died": a people-noun followed by a casualty verb
            tail = after[:60]
            for k in ("fatalities", "injuries", "arrests"):
                if lex.slot_clause[k].search(tail[:45]):
                    return k
            return "participants"
        if lex.slot_before["participants"].search(before):
            return "participants"   # "a crowd of about 6,000 that had lit bonfires"
        return None

    def _actors(self, s: Sentence, text: str, m: _Mention, country: str | None,
                company_hits=()) -> list[Actor]:
        info = _countries().get(country or "", {})
        cname = self._country_name(country)
        found: list[tuple[int, str, str]] = []
        seen = set()
        for (rx, name, kind), pre in zip(self.lex.actors, self.lex.actor_prefixes):
            mm = prefixes.search(rx, pre, text, s.start, s.end)
            if not mm:
                continue
            name = (name.replace("{country}", cname)
                    .replace("{police}", info.get("police", "Police" if self.lang == "en" else "Policía"))
                    .replace("{army}", info.get("army", "Armed forces" if self.lang == "en" else "Fuerzas Armadas")))
            if (name, kind) in seen:
                continue
            seen.add((name, kind))
            found.append((mm.start(), name, kind))
        for off, canon, kind in company_hits:
            if kind == "company" and s.start <= off < s.end and (canon, "company") not in seen:
                seen.add((canon, "company"))
                found.append((0, canon, "company"))
        if m.type in _CIVIL_TYPES and not any(k in _CIVIL_KINDS for _, _, k in found):
            # "They blocked the road at dawn": who did it was named earlier in the paragraph
            # ("comuneros of Fuerabamba ..."); the nearest civil actor told before is the one
            carried = self._earlier_civil_actor(text, s, cname)
            if carried is not None:
                found.append(carried)
        return _roles(m.type, found)

    def _earlier_civil_actor(self, text: str, s: Sentence, cname: str) -> tuple[int, str, str] | None:
        """The civil actor (community, union, civil society) named last before the sentence,
        within its paragraph (at most ~500 characters back)."""
        start = max(0, s.start - 500)
        brk = text.rfind("\n\n", start, s.start)
        if brk >= 0:
            start = brk
        if start >= s.start:
            return None
        best: tuple[int, str, str] | None = None
        for rx, name, kind in self.lex.actors:
            if kind not in _CIVIL_KINDS or "{" in name:
                continue
            for mm in rx.finditer(text, start, s.start):
                if best is None or mm.start() > best[0]:
                    best = (mm.start(), name, kind)
        return None if best is None else (s.start, best[1], best[2])

    # ----------------------------------------------------------------------------------
    def _to_event(self, m: _Mention, report: Report, focus, doc_admin1, dateline_places,
                  issues, project, company) -> Event | None:
        pub = report.published
        if not m.date:
            if pub is None:
                return None
            m.date = pub.isoformat()
        if len(m.date) == 4:       # a year alone: background without a month (rule 1)
            return None
        if pub is not None and m.date[:len(m.date)] > pub.isoformat()[:len(m.date)]:
            return None            # in the future: planned, not happened
        place = m.place
        country = place.country if place else focus
        if place is None and dateline_places and not m.nationwide:
            place = dateline_places[0].place
        admin1 = place.admin1 if place else None
        if place is not None and place.country != (focus or place.country) and not m.own_place:
            place, admin1, country = None, None, focus
        if place is None and not m.nationwide and doc_admin1:
            admin1 = doc_admin1
        location = m.location
        if m.nationwide:
            admin1 = None
            location = self._country_name(country) or location
        elif m.regions:
            admin1, location = None, ", ".join(m.regions)
        conf = m.strength + (0.15 if m.own_date else 0.0) + (0.1 if m.own_place else 0.0)
        if m.numbers:
            conf += 0.05
        conf = min(conf, 0.99)
        num = m.numbers
        if company and not any(a.kind == "company" for a in m.actors):
            # the report's company: who suspends a project, whom protests target
            if m.type == "suspension" and not any(a.role == "initiator" for a in m.actors):
                m.actors.append(Actor(company, "initiator", "company"))
            elif m.type in ("protest", "strike", "blockade"):
                m.actors.append(Actor(company, "target", "company"))
        ev = Event(
            type=m.type, action=m.action, date=m.date, date_end=m.date_end,
            country=country, admin1=admin1, location=location,
            latitude=place.latitude if place and not m.nationwide else None,
            longitude=place.longitude if place and not m.nationwide else None,
            geo_precision=place.geo_precision if place and not m.nationwide else (3 if country else None),
            actors=m.actors,
            participants=num.get("participants") if m.type in _PARTICIPANT_TYPES else None,
            fatalities=num.get("fatalities") if m.type in _PARTICIPANT_TYPES else None,
            injuries=num.get("injuries") if m.type in _PARTICIPANT_TYPES else None,
            arrests=num.get("arrests") if m.type in ("arrest", "crackdown") else None,
            issues=list(issues), project=project, company=company,
            evidence=[Evidence(m.sentence.text, m.sentence.start, m.sentence.end)],
            confidence=round(conf, 3), doc_id=report.doc_id,
        )
        return ev

    def _issues(self, text: str) -> list[str]:
        pre = self.lex.issue_prefixes
        counts = {k: sum(1 for _ in prefixes.finditer(rx, pre[k], text)) for k, rx in self.lex.issues.items()}
        ranked = sorted((k for k, c in counts.items() if c >= 2), key=lambda k: -counts[k])
        if len(ranked) < 2:   # few repeated words: single mentions are what there is to go on
            ranked += sorted((k for k, c in counts.items() if c == 1), key=lambda k: list(counts).index(k))
        return ranked[:4]

    def _project_company(self, text: str, company_hits) -> tuple[str | None, str | None]:
        _, _, projects, _ = _companies()
        pc: dict[str, int] = {}
        cc: dict[str, int] = {}
        for _, canon, kind in company_hits:
            counts = pc if kind == "project" else cc
            counts[canon] = counts.get(canon, 0) + 1
        project = max(pc, key=pc.get) if pc else None
        company = max(cc, key=cc.get) if cc else None
        if project and projects.get(project) and (company is None or cc.get(projects[project])):
            company = projects[project]
        elif project and not company:
            company = projects.get(project)
        if company is None:
            company = _fuzzy_company(text)
        return project, company


# A regional adjective after "la capital": "cotopaxense", "puneña", "jujeño", "arequipeña".
# "la capital boliviana", "the Bolivian capital", "the Sri Lankan capital"
_COUNTRY_CAPITAL = _cue("country_capital")
_CAPITAL_OF_NAME = _cue("capital_of_name")
_DEMONYM = re.compile(r"\s+([a-záéíóúñ]{3,}(?:ense|eñ[oa]|in[oa]|an[oa]|ian[oa])s?)\b")


@lru_cache(maxsize=64)
def _admin1_names(geo, country: str) -> tuple[str, ...]:
    return tuple(sorted({e.admin1 for e in geo.gazetteer.entries_in(country) if e.level == "admin1" and e.admin1}))


@lru_cache(maxsize=256)
def _region_capital(geo, country: str, admin1: str) -> Place | None:
    towns = [e for e in geo.gazetteer.entries_in(country) if e.level == "town" and e.admin1 == admin1]
    return max(towns, key=lambda e: e.population).to_place() if towns else None


def _threshold(etype: str) -> float:
    t = load_shared("thresholds")
    return float(t.get(etype, t.get("default", MIN_CONFIDENCE)))


def probability_floor() -> tuple[float, int]:
    """The calibrated probability under which the default (hybrid) mode drops an event the rule
    thresholds kept, and the sentences a report needs for it to apply (``data/thresholds.yaml``)."""
    t = load_shared("thresholds")
    return float(t.get("probability_floor", 0.0)), int(t.get("probability_floor_min_sentences", 0))


# A name right after a street or venue word is that street or venue ("calle Ayacucho",
# "plaza San Francisco", "Plaza de Armas"), not the town of that name.
_STREET = _cue("street")
# A day that opens its clause ("On Tuesday a second march ...", "El viernes, la marcha
# terminó ...", "... and on Wednesday students held a rally"): the clause tells that day's event.
_FRONTED = _cue("fronted")
# ... unless the day is that of a telling ("El sábado, el ministro sostuvo que los disparos ...")
_REPORTED = _cue("reported")
# "the road to Oruro", "la salida a Cusco": the far end of a road is not where things happen.
# "the Thika highway", "Mombasa Road", "Jujuy Avenue": a road named after a town is not that town.
_ROAD_NAMED = _cue("road_named")
# Where people or flights went away to ("flights were diverted to Salta", "fled to Managua",
# "fue trasladado a Lima") is not where the event took place.
# ... a prison or a hospital there ("enviado a un penal federal en Hermosillo",
# "taken to a jail in Lima"), a second stop ("trasladadas al Coca y luego a Quito")
# a march's goal: "set out on foot for La Paz", "la caminata hacia La Paz"
_DESTINATION = _cue("destination")
_WHERE_AFTER = _cue("where_after")
_IN_WHERE_CLAUSE = re.compile(_WHERE_AFTER.pattern + _cue("where_clause_goes_on").pattern)
_PROTEST_TAKEN_TO = _cue("protest_taken_to")
# ... except where forces are sent: "sent 500 police officers to Andalgalá" is a deployment there
_FORCES_SENT = _cue("forces_sent")
# A project named after a town is not that town ("la represa de Belo Monte", "the Belo Monte dam",
# "el proyecto minero Río Blanco"): the works may lie far from it; features.yaml places the known ones
_PROJECT_BEFORE = _cue("project_before")
_PROJECT_AFTER = _cue("project_after")
# A place's mission elsewhere is not that place: "the embassy of Nicaragua", "el consulado de
# Bolivia", "la Casa de Jujuy" (a province's house in the capital).
_MISSION_OF = _cue("mission_of")
_SEAT_OF = _cue("seat_of")
_GOVERNS_IN = _cue("governs_in")
_BODY_IN = _cue("body_in")
_KNOWN_AS = _cue("known_as")
_COMPANY_NOUN_BEFORE = _cue("company_noun_before")
_ATTRIBUTIVE_BEFORE = _cue("place_attributive_before")
_PERSON_AFTER = _cue("place_person_after")
# region adjectives that are not formed from the region's name ("paceño" is La Paz's)
_REGIONAL_ADJECTIVES = {cc: {fold(k): v for k, v in m.items()}
                        for cc, m in load_shared("regional_adjectives").items()}
_GRIEVANCE = _cue("grievance_before")
_SEAT_AFTER = _cue("seat_after")
_SEAT_COMPANY = _cue("seat_company")

_DISTANCE_OF = _cue("distance_of")
# ... nor is where a road or a bridge leads: "la carretera a Juliaca", "el puente que une esta
# ciudad con Fray Bentos", "the bridge linking the town to Fray Bentos"
_ROAD_TO = _cue("road_to")
# Capitalised words that begin place names ("San Juan", "Puerto Maldonado"); any other
# capitalised word right before a name makes it part of a longer name, most often a
# person's ("Lenín Moreno", "Pérez Guadalupe") or an organisation's.
_NAME_PREFIXES = frozenset("""san santa santo puerto villa la el los las nueva nuevo alto bajo río rio lago
    cerro punta ciudad port lake new saint st mount upper lower greater gran bahía isla""".split())
# the sentence opens on the place ("In Buenos Aires, thousands marched to the Jujuy house")
_FRONTED_IN = re.compile(r"(?i)\s*(?:\d{1,2}[:.]\d{2}\s*(?:[A-Z]{2,4}\s*)?[-–—:]\s*)?(?:in|en)\s+")
_BREAK_NOT_FIGURE = re.compile(r"[;:()\u2014\u2013]|\s-\s|,(?!\d)")   # not the comma of "25,000"
_PREPOSITIONS = frozenset("in at near outside from across throughout".split())
_PREV_WORD = re.compile(r"([A-ZÁÉÍÓÚÑ][\wáéíóúñ'’.-]*)\s+$")
# a capitalised name that goes on with "de la", "of the" and this name: "Ángel de la Independencia"
_NAME_OF_THE = _cue("name_of_the")
_REGION_HEADS = _cue("region_heads")


_NON_WORD = re.compile(r"\W+")
_AGAIN = _cue("again")
_PEOPLE_OF = _cue("people_of")
_RELATIVE_WORD = _cue("relative_word")
_TRIGGER_RELATIVE = _cue("trigger_relative")
_UNDER_BEFORE = _cue("under_before")
_PUT_UNDER = _cue("put_under")
_PAST_PERFECT = _cue("past_perfect")
_VAGUE_DAYS = _cue("vague_days")
_DURING_THE = _cue("during_the")
_DURING_TYPES = frozenset({"arrest", "crackdown"})
# A live blog's entry stamp: "19.40 —", "16:05 -", "09.15 h |", "10:30 a.m. -", "11:05 PM"
# (or alone on its line, as saved pages keep an entry's <time>); the same clock time alone on
# the line before the entry ("Ruta 68: Fedequinta suspende\n12:40\nEn la Ruta 68, ...")
_CLOCK_TIME = r"[0-2]?\d[:.h][0-5]\d"
_CLOCK_SUFFIX = r"(?:h|hs|hrs|horas|[ap]\.?\s?m\.?|GMT|UTC|IST|EAT|WAT|CAT|ART|CLT|COT|PET)"
_ENTRY_STAMP = re.compile(rf"\s*(?:[-–—•*]\s*)?{_CLOCK_TIME}\s*{_CLOCK_SUFFIX}?(?:\s*[-–—|:]\s|[ \t]*\n)", re.I)
_STAMP_TIME = re.compile(rf"(?<![\w:.]){_CLOCK_TIME}(?:\s*{_CLOCK_SUFFIX})?(?![\w:])", re.I)
_STAMP_LINE_BEFORE = re.compile(rf"\n[ \t]*{_CLOCK_TIME}[ \t]*{_CLOCK_SUFFIX}?[ \t]*\n\s*$", re.I)


def _sentence_start(sents, offset: int) -> int:
    i = _sentence_at(sents, offset)
    return sents[i].start if i >= 0 else 0


def _sentence_at(sents, offset: int) -> int:
    """The index of the sentence that holds ``offset``, or -1 (between sentences). The
    sentences are sorted and disjoint: a bisect, not a scan (reports of megabytes)."""
    i = bisect.bisect_right(sents, offset, key=_START) - 1
    return i if i >= 0 and offset < sents[i].end else -1


_SITE_BEFORE_TOWN = _cue("site_before_town")
_SITE_HEADS = _cue("site_heads")


def _with_named_sites(text: str, sents, places_body, body_at: dict) -> dict:
    """A named site told once with its town ("the Journalists' Syndicate in downtown Cairo") and
    named again in a sentence that names no place ("police entered the Journalists' Syndicate")
    is in that town: the later sentence gets the town, at the site's name (not the town of the
    paragraph before)."""
    sites: dict[str, _PlaceSpan] = {}
    for p in places_body:
        if p.place.level not in ("town", "admin2"):
            continue
        m = _SITE_BEFORE_TOWN.search(text, max(0, p.start - 90), p.start)
        if m and _SITE_HEADS.search(m.group("site")) and m.group("site") not in sites:
            sites[m.group("site")] = p
    if not sites:
        return body_at
    out = dict(body_at)
    for s in sents:
        if s.index in out:
            continue
        for name, p in sites.items():
            if p.start >= s.start:
                continue
            at = s.text.find(name)
            if at >= 0:
                out[s.index] = [_PlaceSpan(s.start + at, s.start + at + len(name), name, p.place)]
                break
    return out


def _by_sentence(items, sents, key=None) -> dict[int, list]:
    """Items (dates, numbers, places: anything with a ``start``, else ``key(item)``) by the
    index of the sentence holding their start, each list in the items' order. Found once
    per report, so that each sentence looks up its own instead of filtering them all."""
    out: dict[int, list] = {}
    for x in items:
        i = _sentence_at(sents, key(x) if key else x.start)
        if i >= 0:
            out.setdefault(i, []).append(x)
    return out


_START = operator.attrgetter("start")


def _inside_longer_name(text: str, start: int, sentence_start: int) -> bool:
    of = _NAME_OF_THE.search(text, max(sentence_start, start - 40), start)
    if of and of.group(1).lower() not in _NAME_PREFIXES and not _REGION_HEADS.fullmatch(of.group(1)):
        return True       # "el Ángel de la Independencia", "the Battle of the Somme": a monument's or a thing's name
    if text[start:start + 1].islower():
        return False      # "the Andean city of Latacunga": a mention that opens with a lower-case cue
    m = _PREV_WORD.search(text, max(sentence_start, start - 30), start)
    if not m or m.start() == sentence_start:
        return False
    word = m.group(1).rstrip(".").lower()
    if word in _PREPOSITIONS:
        return False      # "11:15 - In Kisumu, ...": a live blog's time stamp before the sentence
    if word.endswith(("'s", "’s")):   # "Codelco's Chuquicamata mine": a possessive, not a name
        return False
    return word not in _NAME_PREFIXES
_LOCATIVE = _cue("locative")
_VAGUE_AFTER = _cue("vague_after")
_SINCE = ("since", "desde")
_UNTIL = ("until", "till", "through", "hasta", "al", "by")


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


_ASIDE = re.compile(r"^(\s*[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)\s*,[^,;.()]{1,45},(?=\s*[^\W\d_])")
_UNTIL_TIME = _cue("until_time")
_OF_EVENT = re.compile(r"\s+(?:de|del|que|the|a|an|its|their|his|her)\b", re.I)
_STEP_WORD = _cue("step_word")


@lru_cache(maxsize=4)
def _steps(lang: str) -> list[tuple[re.Pattern, int]]:
    return [(re.compile(_wb(re.escape(k).replace(r"\ ", r"\s+")), re.I), int(v))
            for k, v in (load(lang, "slots").get("days_after_event") or {}).items()]


@lru_cache(maxsize=4)
def _time_since_rx(lang: str) -> re.Pattern | None:
    p = load(lang, "slots").get("time_since_event")
    return re.compile(p, re.I) if p else None


def _time_since(text: str, s_start: int, m, pub: date | None, lang: str) -> str | None:
    """The year (or month) of an event named as the yardstick of elapsed time right before its
    trigger ("A decade has passed since the confrontation in Shanyrak", "Han pasado diez años
    desde los enfrentamientos"): publication, that long back."""
    rx = _time_since_rx(lang)
    if rx is None or pub is None:
        return None
    mm = rx.search(text, max(s_start, m.start - 80), m.start)
    if mm is None:
        return None
    n_word = mm.group("n") or mm.groupdict().get("n2") or ""
    unit = (mm.group("unit") or mm.groupdict().get("unit2") or "").lower()
    n = 1 if n_word.lower() in ("a", "an", "one", "un", "una") else numbers_mod.parse_number(n_word, lang)
    if not n or n > 60:
        return None
    if unit.startswith(("decade", "década")):
        return f"{pub.year - 10 * int(n):04d}"
    if unit.startswith(("y", "a")):        # years, años
        return f"{pub.year - int(n):04d}"
    y2, mo2 = dates_mod._shift_month(pub.year, pub.month, -int(n))
    return f"{y2:04d}-{mo2:02d}"


@lru_cache(maxsize=4)
def _months_after_rx(lang: str) -> re.Pattern | None:
    p = load(lang, "slots").get("months_after_event")
    return re.compile(p, re.I) if p else None


def _months_before(text: str, s_start: int, d, m, lang: str) -> str | None:
    """The month of an event told in a fronted "N months after ..." clause of a sentence whose
    main clause has its day ("Three months after soldiers opened fire in Ejura, the government on
    Monday released the report", "Seis meses después de la masacre, el lunes ..."): that day,
    N months (or years) back, told to the month (or the year); N weeks or days back, to the day."""
    rx = _months_after_rx(lang)
    if rx is None or not d.value or len(d.value) != 10 or d.start < m.end:
        return None
    mm = rx.search(text, s_start, m.start)
    # (fronted: the clause opens the sentence, and the day lies in the main clause after it, not
    # in the event's own words: "a month after the riots of October 18")
    if mm is None or (mm.start() - s_start > 15 and not _DATELINE_END.search(text, s_start, mm.start())) \
            or _CLAUSE_BREAK.search(text, mm.end(), m.start) \
            or not _CLAUSE_BREAK.search(text, m.end, d.start):
        return None
    return _back_from(mm, d.value, lang)


def _back_from(mm, value: str, lang: str) -> str | None:
    """The day ``value`` (ISO), N units back as a fronted "N months after" clause counts them:
    to the year, the month, or (weeks and days) the day."""
    n = 1 if mm.group("n").lower() in ("a", "an", "one", "un", "una") else numbers_mod.parse_number(mm.group("n"), lang)
    if not n or n > 40:
        return None
    unit = mm.group("unit").lower()
    if unit.startswith(("w", "s", "d")):        # weeks, semanas, days, días
        days = int(n) * (7 if unit.startswith(("w", "s")) else 1)
        return (date.fromisoformat(value) - timedelta(days=days)).isoformat()
    y, mo = int(value[:4]), int(value[5:7])
    if unit.startswith(("y", "a")):        # years, años
        return f"{y - n:04d}"
    y2, mo2 = dates_mod._shift_month(y, mo, -n)
    return f"{y2:04d}-{mo2:02d}"


def _back_from_publication(text: str, s_start: int, m, pub: date | None, lang: str) -> str | None:
    """'Two weeks after the riot, the police station still smells of smoke': an event named in a
    fronted "N weeks after" clause of a sentence with no date of its own lies that long before
    publication."""
    rx = _months_after_rx(lang)
    if rx is None or pub is None:
        return None
    mm = rx.search(text, s_start, m.start)
    # (the clause opens the sentence, or follows a dateline: "MENDI.— Cinco días después de ...")
    if mm is None or (mm.start() - s_start > 15 and not _DATELINE_END.search(text, s_start, mm.start())) \
            or _CLAUSE_BREAK.search(text, mm.end(), m.start) \
            or not _CLAUSE_BREAK.search(text, m.end, min(len(text), m.end + 60)):
        return None
    return _back_from(mm, pub.isoformat(), lang)


_DATELINE_END = re.compile(r"(?:\.?\s*[—–]|\.-|\)\s*-)\s*$")


def _step_from(text: str, d, m, lang: str) -> str | None:
    """'on Tuesday ordered a curfew, a day after 17 people were killed in clashes': the
    clashes lie a day before the date told; 'arrested a day after the clashes of 20 November'
    lies a day after it."""
    value = d.value
    if not value or len(value) != 10:
        return value
    lo, hi = min(d.end, m.start), max(d.start, m.end)
    for rx, days in _steps(lang):
        mm = rx.search(text, lo, hi)
        if mm is None:
            continue
        sign = -1 if d.end <= mm.start() and mm.end() <= m.start else 1
        if sign == -1 and re.search(r"[,;:]", text[mm.end():m.start]):
            # "ended late on Thursday, four days after it began, when union leaders signed a
            # deal": the step names what began; the act told after the comma is of the day told
            return value
        try:
            return (date.fromisoformat(value) + timedelta(days=sign * days)).isoformat()
        except (ValueError, OverflowError):
            return value
    return value


@lru_cache(maxsize=4)
def _toll_before(lang: str) -> re.Pattern | None:
    p = load(lang, "slots").get("toll_before")
    return re.compile(r"(?<!\w)(?:" + p + r")\s+$", re.I) if p else None


@lru_cache(maxsize=4)
def _arrest_single(lang: str) -> re.Pattern | None:
    p = load(lang, "slots").get("arrest_single")
    return re.compile(p, re.I) if p else None


@lru_cache(maxsize=4)
def _on_nth_day_rx(lang: str) -> re.Pattern | None:
    p = load(lang, "slots").get("on_nth_day")
    return re.compile(_wb(p), re.I) if p else None


_TODAY_WORD = _cue("today_word")


@lru_cache(maxsize=4)
def _cardinal_days_after(lang: str) -> re.Pattern | None:
    p = load(lang, "slots").get("cardinal_days_after")
    return re.compile(_wb(p), re.I) if p else None


@lru_cache(maxsize=4)
def _ordinal_day_after(lang: str) -> re.Pattern | None:
    p = load(lang, "slots").get("ordinal_day_after")
    return re.compile(_wb(p), re.I) if p else None


@lru_cache(maxsize=4)
def _subcount(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """slots.yaml's sub-count cues: a figure followed by 'of the dead' / 'de los muertos',
    by ', 13 of them' in apposition, or after 'among them' / 'entre ellos', is part of a
    figure told elsewhere, not the total."""
    slots = load(lang, "slots")
    never = r"(?!x)x"
    after = re.compile(r"\s*(?:" + (slots.get("subcount_after") or never) + r")(?!\w)", re.I)
    pronoun = re.compile(r"\s*(?:" + (slots.get("subcount_pronoun") or never) + r")(?!\w)", re.I)
    before = re.compile(r"(?<!\w)(?:" + (slots.get("subcount_before") or never) + r")\W+(?:[\w-]+\W+){0,3}$", re.I)
    return after, pronoun, before


_ANNIVERSARY = _cue("anniversary")
_AGO_TODAY = _cue("ago_today")
_THAT_DAY_BEFORE = _cue("that_day_before")
_ANNIVERSARY_ONE = _cue("anniversary_one")
_OCCURRED_VERB = _cue("occurred_verb")
_WEEKDAY_DEMONSTRATIVE = _cue("weekday_demonstrative")
_RECENT_DAYS = 45      # a day this close before publication, in a new paragraph, is of now


_WHEN_CLAUSE = re.compile(r"(?i),?\s*(?:cuando|when|the day|el día en que|día en que)\b")


_IN_YEAR = _cue("in_year")
_SEASON_OF_YEAR = _cue("season_of_year")


def _weekday_fits(year: int, month: int, day: int, weekday: int) -> bool:
    """Whether ``day`` of ``month`` falls on ``weekday`` in ``year`` (no such day: no)."""
    try:
        return date(year, month, day).weekday() == weekday
    except ValueError:
        return False


_WEEKDAY_IN_YEAR = _cue("weekday_in_year")


def _with_year_in_focus(mentions, text: str = "", start_year: int | None = None, pub: date | None = None,
                        retrospective: bool = False, weekdays_of_story: bool = True):
    """Re-date day/month mentions without a year of their own by the year in focus.

    A report of 2019 that tells of "June 2009" and then of "26 May" means 26 May 2009:
    the year comes from the last explicit year before it, not from the publication date,
    until a relative expression ("this Wednesday") brings the story back to the present.
    In a ``retrospective`` (a headline that counts the years since its story: "30 años
    después") a day of the weeks before publication is still the story's.
    """
    out = []
    # (a weekday told alone in the lead of a retrospective, "Seven years on, the trial finally
    # opens ... On Wednesday they finally got the seat", is the news of the week before publication)
    lead_end = _lead_end(text) if retrospective and weekdays_of_story and text else 0
    focus_year = start_year     # a retrospective's headline year ("cronología de la crisis de 2001")
    focus_at = None             # where the year in focus was told (a headline's holds throughout)
    any_year = start_year
    last_value = None           # the last date told (a chronology's order)
    since_floor = None          # the start a "since" date in focus told ("since August 2012")
    clause_year = None          # (year, end of its sentence): "en 2015 el camino estuvo bloqueado del 3 de marzo ..."
    mentions = list(mentions)
    named_years: list[int] | None = None    # the years the report names (gathered when first needed)
    # the next day or month told with its year, for each mention (a chronology's order)
    next_dated: list[str | None] = [None] * len(mentions)
    nxt = None
    for i in range(len(mentions) - 1, -1, -1):
        next_dated[i] = nxt
        m = mentions[i]
        if m.value and len(m.value) >= 7 and not m.relative and _YEAR.search(m.surface):
            nxt = m.value
    skip = -1
    for i, d in enumerate(mentions):
        nx = mentions[i + 1] if i + 1 < len(mentions) else None
        if text and focus_at is not None and focus_year is not None and _RECENT_TURN.search(text, focus_at, d.start):
            # "La segunda es el 16 de octubre de 2017 ... La tercera es más reciente. A finales de
            # agosto": the story comes back to the publication's time; a day without a year is
            # read from the publication again
            focus_year, focus_at, clause_year = None, None, None
        if text and d.value and len(d.value) in (7, 10) and not _YEAR.search(d.surface) \
                and _SET_FOR_BEFORE.search(text, max(0, d.start - 30), d.start):
            # "la próxima sesión, fijada para el 29 de septiembre", "the hearing set for 29
            # September": a day the report looks ahead to, read from the publication (not moved
            # into an older year the report told before)
            out.append(d)
            continue
        if text and d.value and len(d.value) in (7, 10) and not d.relative and not _YEAR.search(d.surface) and (
                _LAST_MONTH_BEFORE.search(text, max(0, d.start - 16), d.start) or _LAST_MONTH_AFTER.match(text, d.end)):
            # "The case reached the court in March 2012 ... Last June, the judge ruled", in a
            # report of January 2015: the last June before publication (2014), and the story is
            # in that year now; so is "el pasado 14 de febrero", "el 14 de febrero pasado"
            focus_year, focus_at, last_value = int(d.value[:4]), d.end, d.value
            out.append(d)
            continue
        wd = _named_weekday(d.surface) if text and d.relative and d.value and len(d.value) == 10 else None
        if wd is not None and nx is not None and nx.value and len(nx.value) == 4 \
                and (pub is None or int(nx.value) != pub.year) and _WEEKDAY_IN_YEAR.fullmatch(text, d.end, nx.start):
            # "On that Wednesday morning in 2006", "aquel miércoles de 2006": a weekday of that
            # year, not of this week: the day told before, moved to that year, when it falls on
            # that weekday ("Every year on the fifth of July ... On that Wednesday morning in
            # 2006"), else the year; one mention, with the year's span (the year alone dates
            # nothing else)
            same = [v for v in (nx.value + x.value[4:] for x in out if x.value and len(x.value) == 10)
                    if _weekday_of(v) == wd]
            value = same[-1] if same else nx.value
            d = dates_mod.DateMention(d.start, nx.end, text[d.start:nx.end], value, None, False, d.prep)
            focus_year, focus_at, last_value = int(nx.value), d.end, value
            out.append(d)
            skip = i + 1
            continue
        if i == skip:
            continue
        if text and pub and focus_year is not None and focus_at is not None and focus_year < pub.year \
                and d.relative and _BARE_WEEKEND.fullmatch(d.surface.strip()) and "\n" not in text[focus_at:d.start]:
            # "En mayo de 2009 ... cinco mujeres decidieron quedarse a acampar el fin de semana",
            # "In May 2009 ... five women camped there over the weekend": a weekend told bare in the
            # paragraph of an older year is that story's, not the one before publication (no day
            # of its own, and the story stays in that year)
            continue
        if d.value and len(d.value) >= 7 and _YEAR_TOLD_RELATIVE.search(d.surface) and d.prep not in _SINCE:
            # "En agosto del año pasado", "a comienzos de julio de este año" after "En junio de
            # 2007": the year is told, counted from publication; the story is in that year now
            # (not a start: "el toque de queda que regía desde marzo del año pasado quedó levantado
            # el mismo jueves" is told this year)
            focus_year, focus_at, last_value = int(d.value[:4]), d.end, d.value
            out.append(d)
            continue
        if text and d.value and len(d.value) in (7, 10) and not d.relative and not _YEAR.search(d.surface) \
                and _THAT_DAY_BEFORE.search(text, max(0, d.start - 12), d.start):
            told = [x.value for x in out if x.value and len(x.value) >= 7 and x.value[5:7] == d.value[5:7]
                    and x.value[:4] != d.value[:4] and _YEAR.search(x.surface)]
            if told:
                # "los enfrentamientos de septiembre de 2015 ... aquel 16 de septiembre": the day
                # pointed back to is in the month and year told before
                year = told[-1][:4]
                d = dates_mod.DateMention(d.start, d.end, d.surface, year + d.value[4:],
                                          (year + d.value_end[4:]) if d.value_end and len(d.value_end) >= 7 else None,
                                          d.relative, d.prep)
                focus_year, focus_at, last_value = int(year), d.end, d.value
                out.append(d)
                continue
        prev = out[-1] if out else None
        if text and d.relative and d.value and len(d.value) == 10 and not any(ch.isdigit() for ch in d.surface) \
                and prev is not None and prev.value and len(prev.value) == 10 and prev.value != d.value \
                and _named_weekday(d.surface) is not None \
                and _weekday_of(prev.value) == _named_weekday(d.surface) \
                and 0 <= d.start - prev.end <= 40 and not re.search(r"[.;:!?\n]", text[prev.end:d.start]):
            # "Ten years ago today, on a grey Friday afternoon", "el 3 de marzo de 2008, un lunes":
            # a weekday set beside the day just told, on which it falls, is that day (not the
            # last such weekday before publication, and the story stays where that day put it)
            out.append(dates_mod.DateMention(d.start, d.end, d.surface, prev.value, None, d.relative, d.prep))
            continue
        want = _named_weekday(d.surface) if pub and d.value and len(d.value) == 10 and not d.relative \
            and not d.value_end and not _YEAR.search(d.surface) else None
        if want is not None and focus_year and int(d.value[:4]) == pub.year != focus_year \
                and date.fromisoformat(d.value).weekday() == want \
                and 0 <= (pub - date.fromisoformat(d.value)).days <= _WEEKDAY_FITS_NOW_DAYS \
                and not _weekday_fits(focus_year, int(d.value[5:7]), int(d.value[8:10]), want):
            # "El pasado jueves 13 de septiembre", in a report of 20 September 2018 that looks
            # back to 2016: the weekday fits this year's day (and not the focus year's), so the
            # story is in its present again
            focus_year, last_value = None, d.value
            out.append(d)
            continue
        if want is not None and date.fromisoformat(d.value).weekday() != want:
            # "On Thursday, October 3", in a feature of 2018 about 2013: the weekday tells the
            # year, among those the report names (3 October 2013 was a Thursday)
            if named_years is None:
                named_years = sorted({int(y) for y in re.findall(r"(?<![\d/.-])((?:19|20)\d\d)(?!\d|[/.-]\d)", text)})
            fits = []
            for y in named_years:
                try:
                    if y <= pub.year and date(y, int(d.value[5:7]), int(d.value[8:10])).weekday() == want:
                        fits.append(y)
                except ValueError:
                    pass
            # (the year in focus or the last one told, when it fits; else the one year that does)
            year = next((y for y in (focus_year, any_year) if y in fits), None) or (fits[0] if len(fits) == 1 else None)
            if year:
                d = dates_mod.DateMention(d.start, d.end, d.surface, f"{year:04d}{d.value[4:]}", d.value_end,
                                          d.relative, d.prep)
                focus_year, focus_at = year, d.end
                last_value = d.value
                out.append(d)
                continue
        if clause_year and text and d.start < clause_year[1] and d.value and len(d.value) >= 7 \
                and not _YEAR.search(d.surface) and not d.relative and int(d.value[:4]) > clause_year[0] \
                and not (want is not None and date.fromisoformat(d.value).weekday() == want
                         and not _weekday_fits(clause_year[0], int(d.value[5:7]), int(d.value[8:10]), want)):
            # (not a day whose weekday fits its own year and not that one: "Nasheed, que en 2008
            # puso fin a tres décadas de gobierno, anunció su dimisión el martes 7 de febrero")
            # a day or month told after a bare year in its own sentence is of that year
            shift = int(d.value[:4]) - clause_year[0]
            try:
                d = dates_mod.DateMention(d.start, d.end, d.surface, _shift_year(d.value, shift),
                                          _shift_year(d.value_end, shift) if d.value_end else None,
                                          d.relative, d.prep)
            except ValueError:
                pass
            out.append(d)
            continue
        if text and d.value and len(d.value) == 4 and _YEAR.search(d.surface) \
                and _SEASON_OF_YEAR.search(text, max(0, d.start - 40), d.start):
            # "in the summer of 2013. By mid-September ...": the story's year
            focus_year, focus_at = int(d.value), d.end
        if text and d.value and len(d.value) == 4 and d.prep and _IN_YEAR.fullmatch(d.prep) \
                and _YEAR.search(d.surface):
            stop = min([i for i in (text.find(". ", d.end), text.find("\n", d.end)) if i >= 0] or [len(text)])
            clause_year = (int(d.value), stop)
        if focus_year and pub and text and d.value and len(d.value) in (7, 10) and not _YEAR.search(d.surface) \
                and not d.relative and focus_at is not None and not retrospective and "\n" in text[focus_at:d.start] \
                and 0 <= (pub - date.fromisoformat(d.value if len(d.value) == 10 else d.value + "-01")).days \
                <= _RECENT_DAYS + (31 if len(d.value) == 7 else 0) \
                and not (next_dated[i] and f"{focus_year:04d}{d.value[4:]}" <= next_dated[i] < d.value) \
                and not (last_value and len(last_value) == 10 and len(d.value) == 10
                         and last_value[:4] == f"{focus_year:04d}" and last_value[5:7] == d.value[5:7]
                         and last_value[8:] <= d.value[8:]):
            # "In March 2023 lawmakers first tried ... [new paragraph] On 29 April ...", in a
            # report of May 2024: a day of the last weeks, in a later paragraph than the
            # background year, is the story's present again; unless the chronology goes on
            # after it ("... 3 January 2024 [new paragraph] on 15 January ... On 4 February
            # 2025", in a report of 2026: the next day told with its year lies between); nor
            # after a day of the same month of the year in focus ("On Saturday 12 December [2009]
            # ... [new paragraph] Two days later, on the night of 14 December", in a report of
            # 17 December 2010: the chronology goes on)
            focus_year = None
        if text and any_year and d.value and len(d.value) >= 7 and not _YEAR.search(d.surface) \
                and _THAT_YEAR.match(text, d.end) and int(d.value[:4]) != any_year:
            # (the span's end too: "From August 1 until October 27 that year")
            end = d.value_end
            if end and len(end) >= 7 and not _YEAR.search(d.surface):
                end = f"{any_year + (1 if end[5:] < d.value[5:] else 0):04d}{end[4:]}"
            d = dates_mod.DateMention(d.start, d.end, d.surface, f"{any_year:04d}{d.value[4:]}",
                                      end, d.relative, d.prep)
            out.append(d)
            focus_year, focus_at = any_year, d.end   # "On 27 March that year ... at the end of April": still then
            continue
        if _YEAR.search(d.surface):
            any_year = int(_YEAR.search(d.surface).group(1))
        if d.relative and focus_year and d.value and len(d.value) == 10 and int(d.value[:4]) > focus_year \
                and _WEEKDAY_AND_DAY.match(d.surface.strip()):
            # "volver a junio de 2009 ... La víspera, el domingo 21": a weekday with its day
            # number is a day of the year in focus (of the month last told there) when it falls
            # on that weekday, not the latest such day
            wd = date.fromisoformat(d.value).weekday()
            # (else the publication's month: an anniversary's chronology, "Veinte años del 19 y 20 ...
            # Sábado 1. ... Jueves 13.", tells the days of that month of the year in focus)
            months = ([last_value[5:7]] if last_value and last_value[:4] == f"{focus_year:04d}" else []) \
                + ([f"{pub.month:02d}"] if pub else []) + [d.value[5:7]]
            # (or, failing those, one of the next three months after the last day told: "El 30 de
            # julio [de 2021] recurrió ... Y el lunes 20, la jueza les dio la razón" is 20 September,
            # in a report of July 2023; not when the latest such weekday falls in the weeks before
            # publication: "el lunes 20" in a report of 5 March 2006 is 20 February, the news)
            if last_value and last_value[:4] == f"{focus_year:04d}" and len(last_value) >= 7 and pub \
                    and (pub - date.fromisoformat(d.value)).days > _NEWS_WEEKDAY_DAYS:
                months += [f"{m:02d}" for m in range(int(last_value[5:7]) + 1, min(int(last_value[5:7]) + 3, 12) + 1)]
            for mm in months:
                try:
                    cand = date(focus_year, int(mm), int(d.value[8:10]))
                except ValueError:
                    continue
                if cand.weekday() == wd:
                    d = dates_mod.DateMention(d.start, d.end, d.surface, cand.isoformat(), None, d.relative, d.prep)
                    break
            if int(d.value[:4]) == focus_year:
                last_value = d.value
                out.append(d)
                continue
        # (the days told so far are gathered only for such a weekday: they are rare, and a long
        # report's thousands of dates are not re-scanned for each one)
        story = bool(focus_year and d.relative and text and d.value and len(d.value) == 10
                     and _WEEKDAY_TIME.fullmatch(d.surface.strip()) and _of_the_story(text, d))
        told = [x.value for x in out if x.value and len(x.value) == 10 and x.value[:4] == f"{focus_year:04d}"] \
            if story else []
        if told:
            # "el viernes anterior", "the following Monday", "ese lunes", told in a story of
            # another year: that weekday before, after or on the last day of that year told
            wd, ref = date.fromisoformat(d.value).weekday(), date.fromisoformat(told[-1])
            around = text[max(0, d.start - 14):d.end + 12]
            if _STORY_LATER.search(around):
                day = _next_weekday(ref, wd)
            elif _STORY_EARLIER.search(around):
                day = ref - timedelta(days=((ref.weekday() - wd) % 7) or 7)
            else:
                same = [v for v in told if date.fromisoformat(v).weekday() == wd]
                day = date.fromisoformat(same[-1]) if same else ref - timedelta(days=(ref.weekday() - wd) % 7)
            out.append(dates_mod.DateMention(d.start, d.end, d.surface, day.isoformat(), None, d.relative, d.prep))
            last_value = day.isoformat()
            continue
        if retrospective and weekdays_of_story and focus_year and pub and focus_year < pub.year and text \
                and d.relative and d.value and len(d.value) == 10 and d.start >= lead_end and _WEEKDAY.fullmatch(d.surface.strip()) \
                and last_value and len(last_value) == 10 and last_value[:4] == f"{focus_year:04d}":
            # "Diez años del otoño caliente ... El lunes 18 de septiembre ... hasta la madrugada del
            # martes": in a retrospective's telling, a weekday after a day of the story is the next
            # such day (not the latest before publication, moved to that year)
            day = _next_weekday(date.fromisoformat(last_value), date.fromisoformat(d.value).weekday())
            out.append(dates_mod.DateMention(d.start, d.end, d.surface, day.isoformat(), None, d.relative, d.prep))
            last_value = day.isoformat()
            continue
        if retrospective and focus_year is not None and d.relative and _TODAY_WORD.fullmatch(d.surface.strip()):
            # "Veinte años de la contracumbre ... los pibes que hoy toman mate": in a retrospective,
            # today set against the story is today, and the story goes on after it
            out.append(d)
            continue
        if d.relative and d.value and (len(d.value) == 4 or _AGO_TODAY.search(d.surface)) and pub \
                and int(d.value[:4]) < pub.year - 1 \
                and not (text and _quoted_at(text, text.rfind("\n", 0, d.start) + 1, d.start)) \
                and not (text and _in_relative_clause(
                    text, max(text.rfind(". ", 0, d.start) + 2, text.rfind("\n", 0, d.start) + 1, 0), d, inside=False)):
            # "Hace veinte años el país se asomaba al abismo": years back, the story is then
            # (and "Ten years ago today", "Hoy hace diez años": that day, years back)
            # (not in someone's words: '"Two years ago they told us this would never open"' is
            # the speaker's aside; the report's story stays where it was; nor in a clause about
            # something else: "una acción que el MPF presentó hace cuatro años")
            focus_year, focus_at = int(d.value[:4]), d.end
        elif d.relative and not _DAY_ONLY.match(d.surface.strip()) and not (
                text and _WEEKDAY_TIME.fullmatch(d.surface.strip()) and (
                    _of_the_story(text, d)
                    # ("Domingo Cavallo anuncia ...": a name, no day)
                    or (d.surface[:1].isupper() and _NAME_AFTER_WEEKDAY.match(text, d.end))
                    # (in a retrospective's chronology, "anuncia que desde el lunes ...": a
                    # weekday of the story told)
                    or (retrospective and weekdays_of_story and focus_year is not None and d.start >= lead_end))):
            focus_year = None       # "this Wednesday" brings the story back; "el 21," does not
            # (nor does "ese lunes", "el viernes anterior": a weekday of the story told)
        elif _YEAR.search(d.surface):
            # a month or day of a stated year anchors the story; a bare year ("since
            # 2014") is a duration's start, not the time the story is told in
            if d.value and len(d.value) >= 7 and not (text and _in_relative_clause(
                    text, max(text.rfind(". ", 0, d.start) + 2, text.rfind("\n", 0, d.start) + 1, 0), d, inside=False)):
                focus_year = int(_YEAR.search(d.surface).group(1))
                focus_at = d.end
                since_floor = d.value if d.prep in _SINCE else None
        elif focus_year and d.value and len(d.value) >= 7 and int(d.value[:4]) == focus_year + 1 \
                and last_value and last_value[:4] == f"{focus_year:04d}" and last_value[5:7] > d.value[5:7]:
            # a chronology that goes on past New Year ("25 November 2024 ... 22 December ...
            # 15 February"): a month earlier in the year than the last one told, and already
            # past by publication, is of the next year
            focus_year = int(d.value[:4])
        elif focus_year and d.value and len(d.value) >= 7 and int(d.value[:4]) > focus_year \
                and not (pub and d.value[:7] > pub.isoformat()[:7]):
            # (a day after publication was read as the next one on purpose: "el próximo 5 de
            # junio" stays in the future, whatever year the background told)
            shift = int(d.value[:4]) - focus_year
            try:
                value = _shift_year(d.value, shift)
                value_end = _shift_year(d.value_end, shift) if d.value_end else None
                # ("in place since August 2012 ... In mid-January, protesters blockaded": a month
                # of that year before the start told is no day of the story since then; the
                # month reads from publication)
                if not (since_floor and since_floor[:4] == f"{focus_year:04d}" and value[:7] < since_floor[:7]):
                    d = dates_mod.DateMention(d.start, d.end, d.surface, value, value_end, d.relative, d.prep)
            except ValueError:
                pass
        if d.value and len(d.value) >= 7:
            last_value = d.value
        out.append(d)
    return out


def _next_weekday(ref: date, wd: int) -> date:
    """The first day after ``ref`` that falls on weekday ``wd`` (Monday 0)."""
    return ref + timedelta(days=((wd - ref.weekday()) % 7) or 7)


def _headline_year(text: str, sents, pub: date | None) -> int | None:
    """The one year a report's first paragraph names, when it lies two years or more before
    publication: an anniversary's or a retrospective's ("A veinte años del estallido:
    cronología de la crisis de 2001"), whose days without a year are that year's."""
    if pub is None or not sents:
        return None
    first = [s for s in sents if s.paragraph == sents[0].paragraph]
    head = text[first[0].start:first[-1].end]
    years = {int(y) for y in re.findall(r"(?<![\d/.-])((?:19|20)\d\d)(?!\d|[/.-]\d)", head)}
    if len(years) != 1:
        return None
    year = years.pop()
    return year if year <= pub.year - 2 else None


def _anniversary_year(text: str, sents, pub: date | None) -> tuple[int | None, int]:
    """"Guarenas, 30 años después", "Twenty years on, ...", "A treinta años de la huelga": a
    headline that counts the years since its story, whose year the report then names; with
    the years counted (0 when none)."""
    if pub is None or not sents:
        return None, 0
    first = [s for s in sents if s.paragraph == sents[0].paragraph]
    head = text[first[0].start:first[-1].end]
    m = _ANNIVERSARY.search(head)
    if m:
        n = numbers_mod.parse_number(m.group("n"), "es") or numbers_mod.parse_number(m.group("n"), "en")
        if not n or n < 2:
            return None, 0
        n *= 10 if m.group("unit").lower().startswith("d") else 1
    elif _ANNIVERSARY_ONE.search(head):
        n = 1
    else:
        return None, 0
    named = {int(y) for y in re.findall(r"(?<![\d/.-])((?:19|20)\d\d)(?!\d|[/.-]\d)", text[:3000])}
    for year in (pub.year - n, pub.year - n - 1):
        if year in named:
            return year, n
    # ("Veinte años del 19 y 20 ... Sábado 1. ... Jueves 13. ...": the chronology's days, each a
    # weekday with its day number, fall on those weekdays in the publication's month of that
    # year, though the report never writes it)
    year = pub.year - n
    told = [(_named_weekday(x.group(1)), int(x.group(2))) for x in _WEEKDAY_DAY_IN_TEXT.finditer(text[:6000])]
    told = [(wd, day) for wd, day in told if wd is not None]
    then = sum(_weekday_fits(year, pub.month, day, wd) for wd, day in told)
    now = sum(_weekday_fits(pub.year, pub.month, day, wd) for wd, day in told)
    if then >= 3 and then * 3 >= len(told) * 2 and now * 3 < len(told):
        return year, n
    return None, 0


# a weekend told with no word of its own ("the weekend", "el fin de semana"; not "this weekend")
_BARE_WEEKEND = re.compile(r"(?i)(?:the\s+weekend|fin\s+de\s+semana)")
# a weekday with its day number whose latest date falls this many days before publication is the news
_NEWS_WEEKDAY_DAYS = 45
_DAY_ONLY = re.compile(r"(?i)^(?:el\s+)?(?:d[ií]a\s+)?\d{1,2}$|^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)$")


# "convocó para el jueves una mesa de diálogo", "called a new strike for Wednesday": a
# weekday a thing is set for is still ahead of the report
_WEEKDAY_FOR = _cue("weekday_for")
_NEXT = _cue("next")


_POSSESSIVE_DATE = re.compile(r"['’]s\b")
_POSSESSIVE_OF_TRIGGER = re.compile(r"['’]s\s+(?:[\w-]+\s+)?")
_STEP_DAY = _cue("step_day")
_FUTURE_WEEKDAY = _cue("future_weekday")
_COMMEMORATED = _cue("commemorated")
_YARDSTICK_SINCE_CLAUSE = _cue("yardstick_since_clause")
_FUTURE_INTENT = _cue("future_intent")
_VOTED_FOR = _cue("voted_for")
_SOURCE_SEAT = _cue("source_seat")
_ROUTE_ENDS = _cue("route_ends")
_ES_WEEKDAY = _cue("es_weekday")
_NAME_BEFORE = _cue("name_before")
_TOLL_AFTER = _cue("toll_after")


def _clause_after(text: str, at: int, end: int, width: int) -> str:
    """The words after ``at`` up to the clause's end (a comma, semicolon or colon), at most
    ``width`` characters."""
    tail = text[at:min(end, at + width)]
    cut = re.search(r"[,;:]", tail)
    return tail[:cut.start()] if cut else tail


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` begins: after the last full stop, semicolon or line
    break before it, at most 90 characters back."""
    lo = max(0, at - 90)
    cut = max(text.rfind(c, lo, at) for c in ".;\n")
    return max(lo, cut + 1)


def _mark_future(mentions, text: str, pub: date | None):
    """'el próximo 20 de junio', 'next Monday': a date marked as ahead of the report is
    moved after the publication date (so that what falls on it is not emitted)."""
    if pub is None:
        return mentions
    out = []
    for d in mentions:
        if d.value and len(d.value) == 10 and d.value <= pub.isoformat() and d.relative \
                and _WEEKDAY.fullmatch(d.surface) and (_FUTURE_WEEKDAY.search(text, _clause_start(text, d.start), d.start)
                                                  or _FUTURE_INTENT.search(text, _clause_start(text, d.start), d.start)):
            # "all 27 are due to be arraigned on Friday", "serán llevados ante el juez el
            # viernes": a weekday told in the future is the next one, not the last
            value = date.fromisoformat(d.value)
            while value <= pub:
                value += timedelta(days=7)
            out.append(dates_mod.DateMention(d.start, d.end, d.surface, value.isoformat(), d.value_end,
                                             d.relative, d.prep))
            continue
        if d.value and len(d.value) == 7 and not _YEAR.search(d.surface) and d.value < pub.isoformat()[:7] \
                and any(rx.search(text, _clause_start(text, d.start), d.start)
                        for rx in (_FUTURE_WEEKDAY, _FUTURE_INTENT, _VOTED_FOR)):
            # "have voted for an all-out stoppage from early September", in a report of August:
            # a month told after a vote, a plan or a future is the coming one, not last year's
            ahead = _shift_year(d.value, -1)     # (a year later)
            if ahead > pub.isoformat()[:7] and ahead <= (pub + timedelta(days=120)).isoformat()[:7]:
                out.append(dates_mod.DateMention(d.start, d.end, d.surface, ahead, d.value_end and _shift_year(d.value_end, -1),
                                                 d.relative, d.prep))
                continue
        if d.value and d.value <= pub.isoformat() and (_NEXT.search(text, max(0, d.start - 20), d.start)
                                                      or _NEXT.match(d.surface + " ")
                                                      or (d.relative and d.prep in ("para", "for")
                                                          and _WEEKDAY_FOR.match(d.surface)
                                                          and not re.match(r"['’]s\b", text[d.end:d.end + 3]))):
            try:
                value = _shift_year(d.value, -1) if d.value[:4] <= str(pub.year) else d.value
                if value <= pub.isoformat()[:len(value)]:
                    value = _shift_year(value, -1)
                d = dates_mod.DateMention(d.start, d.end, d.surface, value, d.value_end, d.relative, d.prep)
            except ValueError:
                pass
        out.append(d)
    return out


# "este domingo" / "this Sunday" is a day of the publication week; told with a verb in
# the past ("la Sala anuló este domingo", "police arrested this Sunday") it is the latest
# such day, never one after publication: what is told as done has happened.
_THIS_WEEKDAY = _cue("this_weekday")
_PAST_VERB = _cue("past_verb")
_FUTURE_CUE = _cue("future_cue")


def _told_past(mentions, text: str, pub: date | None):
    if pub is None:
        return mentions
    out = []
    for d in mentions:
        if d.value and len(d.value) == 10 and d.value > pub.isoformat() and not d.relative \
                and not _YEAR.search(d.surface) and _THAT_BEFORE.search(text, max(0, d.start - 8), d.start):
            # "Aquel 30 de enero", "that January 30", in a report of 29 January: a day told with a
            # demonstrative is past, the year before's
            try:
                d = dates_mod.DateMention(d.start, d.end, d.surface, _shift_year(d.value, 1),
                                          _shift_year(d.value_end, 1) if d.value_end else None, d.relative, d.prep)
            except ValueError:
                pass
        if d.value and len(d.value) == 10 and d.value > pub.isoformat() and _THIS_WEEKDAY.match(d.surface):
            left = max(text.rfind(".", 0, d.start), text.rfind("\n", 0, d.start)) + 1
            right = min([i for i in (text.find(".", d.end), text.find("\n", d.end)) if i >= 0] or [len(text)])
            clause = text[max(left, d.start - 80):min(right, d.end + 80)]
            if _PAST_VERB.search(clause) and not _FUTURE_CUE.search(clause):
                value = (date.fromisoformat(d.value) - timedelta(days=7)).isoformat()
                d = dates_mod.DateMention(d.start, d.end, d.surface, value, d.value_end, d.relative, d.prep)
        out.append(d)
    return out


def _next_sentence_end(text: str, s: Sentence, reach: int = 200) -> int:
    """Where to stop looking past a sentence: a little into the next one of the same
    paragraph ("1. State of emergency. Declared on Wednesday 14/12 ...")."""
    end = min(len(text), s.end + reach)
    brk = text.find("\n\n", s.end, end)
    return brk if brk != -1 else end


_THAT_BEFORE = _cue("that_weekday")


def _that_weekdays(text: str, dates: list) -> list:
    """A weekday told as the one just named ("Todo empezó el 24 de abril. Ese domingo, ...",
    "Desde el miércoles ... Ese mismo miércoles", "that same Tuesday") is the day of the last
    mention of that weekday told shortly before it, not the last one before publication."""
    out = []
    for d in dates:
        if d.relative and d.value and len(d.value) == 10 and _WEEKDAY_TIME.fullmatch(d.surface.strip()) \
                and (_THAT_BEFORE.search(text, max(0, d.start - 8), d.start)
                     or _SAME_WEEKDAY_BEFORE.search(text, max(0, d.start - 14), d.start)):
            wd = date.fromisoformat(d.value).weekday()
            near = [x for x in out if x.end <= d.start and d.start - x.end <= _THAT_REACH
                    and x.value and len(x.value) == 10]
            prior = [x for x in near if date.fromisoformat(x.value).weekday() == wd]
            if prior and prior[-1].value != d.value:
                d = dates_mod.DateMention(d.start, d.end, d.surface, prior[-1].value, None, True, d.prep)
            elif not prior:
                # "the morning of 28 October [a Saturday] ... On that Sunday morning": the first
                # such weekday from the day the story last told by its date, not this week's
                told = [x for x in near if not x.relative and not _THAT_BEFORE.search(text, max(0, x.start - 8), x.start)]
                if told:
                    base = date.fromisoformat(told[-1].value)
                    day = base + timedelta(days=(wd - base.weekday()) % 7)
                    if day.isoformat() < d.value:
                        d = dates_mod.DateMention(d.start, d.end, d.surface, day.isoformat(), None, True, d.prep)
        out.append(d)
    return out


_THAT_REACH = 1000
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_VERB_BEFORE_POSSESSIVE = _cue("verb_before_possessive")
# a relative clause right after a strike, blockade or march called, telling it in the past:
# it took place ("which ran from dawn on Tuesday", "que se prolongó tres días")
_RAN_AFTER = _cue("ran_after")
_SPAN_TYPES_TOLD_RUN = ("strike", "blockade", "protest")
_PROTEST_THEN_CLASH = _cue("protest_then_clash")
_STORY_WEEKDAY_BEFORE = _cue("story_weekday_before")
_STORY_WEEKDAY_AFTER = _cue("story_weekday_after")
_STORY_LATER = _cue("story_weekday_later")
_STORY_EARLIER = _cue("story_weekday_earlier")


def _of_the_story(text: str, d) -> bool:
    """A weekday told from the story's own days, not from today: "ese lunes", "that same
    Tuesday", "el viernes anterior", "the following Monday"."""
    return bool(_THAT_BEFORE.search(text, max(0, d.start - 8), d.start)
                or _SAME_WEEKDAY_BEFORE.search(text, max(0, d.start - 14), d.start)
                or _STORY_WEEKDAY_BEFORE.search(text, max(0, d.start - 14), d.start)
                or _STORY_WEEKDAY_AFTER.match(text, d.end))


@lru_cache(maxsize=1)
def _weekday_day_rx() -> re.Pattern:
    return re.compile(r"(?i)^(?:the\s+|el\s+)?(?:" + _WEEKDAY_NAMES + r"),?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?$")


_YEAR_IN = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_THAT_YEAR_AFTER = _cue("that_year_after")
_YEAR_REACH = 400          # characters from the day told with its year
_YEAR_AHEAD_DAYS = 31      # how far the story may move on within that year


def _days_of_the_year_told(text: str, dates: list) -> list:
    """A day told "that year" ("the autumn of 2021. On October 2 that year", "el 2 de octubre de
    ese año") is of the year just named, and so are the days told right after it without a year
    ("Two days later, on October 4"), when they fall within a month after it: not of the year
    read back from publication."""
    out = []
    anchor: str | None = None
    anchor_end = -10 ** 9
    chained = False             # the anchor is itself a day read as of "that year"
    for d in dates:
        surface_year = bool(_YEAR_IN.search(d.surface))
        if d.value and not d.relative and surface_year:
            anchor, anchor_end, chained = d.value, d.end, False
        elif anchor is not None and d.value and len(d.value) == 10 and d.value[:4] == anchor[:4] \
                and d.start - anchor_end <= _YEAR_REACH and _THAT_YEAR_AFTER.match(text, d.end):
            anchor, anchor_end, chained = d.value, d.end, True     # (read as of that year already)
        elif anchor is not None and d.value and len(d.value) in (7, 10) and not surface_year \
                and d.start - anchor_end <= _YEAR_REACH and d.value[:4] != anchor[:4] and d.value_end is None:
            moved = anchor[:4] + d.value[4:]
            try:
                gap = (date.fromisoformat((moved + "-01")[:10]) - date.fromisoformat((anchor + "-01-01")[:10])).days
            except ValueError:
                gap = None
            if gap is not None and (_THAT_YEAR_AFTER.match(text, d.end) or chained and 0 <= gap <= _YEAR_AHEAD_DAYS):
                d = dates_mod.DateMention(d.start, d.end, d.surface, moved, None, False, d.prep)
                anchor, anchor_end, chained = moved, d.end, True
        out.append(d)
    return out


def _weekday_days_in_focus(dates: list, pub: date | None = None) -> list:
    """A weekday and a day ("la noche del martes 17", "el miércoles 18") told after a dated day
    of the past ("el lunes 16 de abril de 2012") is of that day's month (or the next) when the
    weekday fits, not the last such day before publication."""
    out = []
    anchor = None
    for d in dates:
        if not d.relative and d.value and len(d.value) == 10:
            # (not a day still ahead: "la marcha anunciada para el 13 de noviembre" is a plan)
            anchor = d if pub is None or d.value <= pub.isoformat() else None
        elif anchor is not None and d.relative and d.value and len(d.value) == 10:
            m = _weekday_day_rx().match(d.surface.strip())
            wd = _named_weekday(d.surface) if m else None
            # (a day the publication's month gives on another weekday is no reading at all: the
            # story's month is sought however far back it was told: "El viernes 2, ..." in a
            # retrospective after "el jueves 1.º de agosto de 2002")
            fits = date.fromisoformat(d.value).weekday() == wd if wd is not None else False
            # (nor one the year in focus already placed on its weekday in an earlier year: "Sábado 1"
            # of a 2001 chronology under a dateline of 2021)
            # (nor one that already fits in the weeks just before that day: "LIMA, 24 feb.– ...
            # el paro que mantenían desde el lunes 18" is the 18th of that month, not of the next)
            base = date.fromisoformat(anchor.value)
            if fits and 0 <= (base - date.fromisoformat(d.value)).days <= 31:
                m = None
            # (nor one of the last days before publication when the story's dated day is recent:
            # "la marcha del sábado 22", told on 27 March after "se firmó el 23 de enero", is
            # 22 March, a Saturday too, not 22 February)
            if fits and pub is not None and 0 <= (pub - date.fromisoformat(d.value)).days <= _RECENT_WEEKDAY_DAYS \
                    and (pub - base).days <= _RECENT_ANCHOR_DAYS:
                m = None
            if m and wd is not None and not (fits and d.value[:4] < anchor.value[:4]) \
                    and (d.start - anchor.end <= _THAT_REACH or not fits):
                for k in (0, 1):
                    y, mo = base.year + (base.month + k - 1) // 12, (base.month + k - 1) % 12 + 1
                    try:
                        cand = date(y, mo, int(m.group(1)))
                    except ValueError:
                        continue
                    if cand.weekday() == wd and 0 <= (cand - base).days <= 40:
                        # (the reading already in the anchor's month stands: "Lunes 20" after
                        # "el 20 de febrero" of a non-leap year is not 20 March as well)
                        if cand.isoformat() != d.value:
                            d = dates_mod.DateMention(d.start, d.end, d.surface, cand.isoformat(), None, True, d.prep)
                        break
        out.append(d)
    return out
_SAME_WEEKDAY_BEFORE = _cue("same_weekday")
_RECENT_WEEKDAY_DAYS = 10    # a weekday and day this close before publication is that day ...
_RECENT_ANCHOR_DAYS = 90     # ... in a story whose last dated day lies no further back than this
# a weekday and day of this year, at most this many days before publication, on which that
# weekday falls (and not in the year the story was in): the story is back in its present
# ("El domingo 26 de enero", in a report of March 2025 that has just told 2023)
_WEEKDAY_FITS_NOW_DAYS = 183


def _day_in_month_of_sentence(text: str, s_dates, focus_date: str | None = None):
    """'in November ... from the 20th' / 'en noviembre ... desde el día 20': a day alone
    belongs to the month the sentence has just named, not to the publication month; in a
    sentence that names none ('El 21, la policía ...' after a sentence about 17 June), to
    the month of the date in focus, or the month after it when the day would fall more than
    a week before that date (the story moves on), never after the publication-based reading."""
    out = []
    month = None
    focus_month = focus_date[:7] if focus_date and len(focus_date) >= 7 else None
    for i, d in enumerate(s_dates):
        bare = bool(d.value and len(d.value) == 10 and _DAY_ONLY.match(d.surface.strip()))
        # "El domingo 6 de febrero ... El martes 8 llegaron": a weekday and a day alone are of the
        # month in focus when that day is that weekday there too (not the latest such day)
        weekday_day = not bare and d.relative and focus_month and not month and d.value and len(d.value) == 10 \
            and d.value[:7] != focus_month and _WEEKDAY_DAY.fullmatch(d.surface.strip())
        if weekday_day:
            value = _day_in(focus_month, d.value[8:10])
            if value and value <= d.value and value >= focus_date \
                    and date.fromisoformat(value).weekday() == date.fromisoformat(d.value).weekday():
                d = dates_mod.DateMention(d.start, d.end, d.surface, value, d.value_end, d.relative, d.prep)
        nxt = s_dates[i + 1] if i + 1 < len(s_dates) else None
        if bare and nxt is not None and nxt.value and len(nxt.value) >= 7 and not nxt.relative \
                and _LIST_GAP.match(text, d.end, nxt.start):
            # "el 5, 6 y 7 de julio", "el 20, el 21 y el 22 de junio": the month that closes the
            # list; days that run on into the range after them make one span with it
            value = _day_in(nxt.value[:7], d.value[8:10])
            if value:
                run = nxt.value_end and len(nxt.value) == 10 and \
                    (date.fromisoformat(nxt.value) - date.fromisoformat(value)).days == 1
                d = dates_mod.DateMention(d.start, d.end, d.surface, value,
                                          nxt.value_end if run else d.value_end,
                                          False if run else d.relative, d.prep)
            out.append(d)
            continue
        if d.value and len(d.value) == 7:
            month = d.value
        elif d.value and len(d.value) == 10 and not bare and not d.relative:
            month = d.value[:7]     # "el 17 de junio ... y el 20"
        elif bare and (month or focus_month) and d.value[:7] != (month or focus_month):
            value = _day_in(month or focus_month, d.value[8:10])
            if value and not month and focus_date and len(focus_date) == 10 \
                    and (date.fromisoformat(focus_date) - date.fromisoformat(value)).days > 7:
                y, mo = int(focus_month[:4]), int(focus_month[5:7])
                later = _day_in(f"{y + mo // 12:04d}-{mo % 12 + 1:02d}", d.value[8:10])
                value = later if later and later <= d.value else value
            if value and value <= d.value:
                d = dates_mod.DateMention(d.start, d.end, d.surface, value, d.value_end, d.relative, d.prep)
        out.append(d)
    return out


# a month's own year told after it in words ("February this year", "en abril del año pasado"),
# and a month told alone ("April", "mid-April", "a mediados de abril")
_OWN_YEAR_AFTER = _cue("own_year_after")
_BARE_MONTH = _cue("bare_month")
# "the April figure": "the" before a month, a noun of a measure or a term after it (not "the
# June strike", which dates the strike)
_THE_BEFORE = _cue("month_thing_before")
_NOUN_AFTER = _cue("month_thing_after")
_THING_OF_BEFORE = _cue("month_thing_of_before")


def _month_names_a_thing(text: str, d) -> bool:
    """A month alone between "the" and a noun names a thing of that month ("double the April
    figure", "the March vote"): no date of the sentence's events. So does a month and day
    there ("in the October 31 election", "las elecciones del 31 de octubre")."""
    if not d.value:
        return False
    if len(d.value) == 7:
        if not _BARE_MONTH.fullmatch(d.surface.strip()):
            return False
    elif len(d.value) != 10 or d.relative or not _MONTH_DAY.fullmatch(d.surface.strip()):
        return False
    return bool((_THE_BEFORE.search(text, max(0, d.start - 6), d.start) and _NOUN_AFTER.match(text, d.end))
                or _THING_OF_BEFORE.search(text, max(0, d.start - 40), d.start))


# a month and its day, nothing else: "October 31", "31 October", "31 de octubre" (matched whole)
_MONTH_DAY = re.compile(r"(?i)[^\W\d_]+\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th|º)? (?:of |de )?[^\W\d_]+")


def _month_in_year_of_sentence(text: str, s_dates):
    """A month told without a year in a sentence that dates something with one ("On 21 October
    2023 ... police, double the April figure"): the month nearest that date (April 2023), not
    the last such month before publication."""
    anchor = next((d for d in s_dates if d.value and len(d.value) >= 7 and _YEAR.search(d.surface)), None)
    if anchor is None:
        return s_dates
    ay, am = int(anchor.value[:4]), int(anchor.value[5:7])
    out = []
    for d in s_dates:
        if d is not anchor and d.value and len(d.value) == 7 and not d.value_end and not _YEAR.search(d.surface) \
                and _BARE_MONTH.fullmatch(d.surface.strip()) and not _OWN_YEAR_AFTER.match(text, d.end):
            mo = int(d.value[5:7])
            # the nearest reading, the earlier one on a tie (a month told back from the date)
            y = min((ay - 1, ay, ay + 1), key=lambda y: (abs((y * 12 + mo) - (ay * 12 + am)), y))
            value = f"{y:04d}-{mo:02d}"
            if value != d.value:
                d = dates_mod.DateMention(d.start, d.end, d.surface, value, d.value_end, d.relative, d.prep)
        out.append(d)
    return out


_LIST_GAP = re.compile(r"(?i)\s*(?:,|y|e|and|&)?\s*(?:el\s+|the\s+)?$|\s*,\s*(?:el\s+|the\s+)?\d{1,2}\s*,?\s*(?:y|e|and)\s+(?:el\s+|the\s+)?$")


def _day_in(month: str, day: str) -> str | None:
    try:
        return date.fromisoformat(f"{month}-{day}").isoformat()
    except ValueError:
        return None


_THAT_YEAR = _cue("that_year")


def _shift_year(value: str, years: int) -> str:
    y = int(value[:4]) - years
    if len(value) == 10:
        date(y, int(value[5:7]), int(value[8:10]))  # raises on 29 Feb of a common year
    return f"{y:04d}{value[4:]}"


# A clause told in the present after a dated one: ", and now", "; now", "y ahora", "pero ahora".
# (not an apposition: "the growers, now led by Freddy Machicado, marched", "ahora dirigidos por")
_NOW = _cue("now_clause")
# Relative pronouns that open a clause about a noun ("who", "que", "cuyo"); a "que" after a
# conjunction or a verb of saying ("ya que", "después de que", "dijo que") opens none.
_RELATIVE = _cue("relative")
# "that" opens a relative clause after a noun ("the strike that began", "deliberations that
# began"), not after a verb of saying or thinking ("said that", "ruled that") or "so", "now".
_NOUN_BEFORE_THAT = _cue("noun_before_that")
_NOT_RELATIVE_QUE = _cue("not_relative_que")
_STONES = _cue("stones_thrown")
# where the clause before a trigger begins: after ; : a dash that opens an aside, or a contrastive or time word
_PARTICIPLE_IN = _cue("participle_in")
_THING_HELD_ON = _cue("thing_held_on")
_APPOSED = _cue("apposed_date_gap")
_FINITE_HEAD = _cue("finite_head")
_DAY_NUMBER_BEFORE = re.compile(r"\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?$")
_DAY_OR_YEAR_AFTER = re.compile(r"\s+(?:[0-3]?\d|\d{4})\b")


def _month_not_word(text: str, lo: int, start: int, surface: str, lang: str) -> bool:
    """A trigger that opens with a month's name that is also a word (the language's
    `ambiguous_months`: "March", "May"), written with a capital where months are, after a day or
    a word of dates (`month_context`) or before a day or a year: the month, not the word."""
    L = dates_mod._lang(lang)
    word = surface.split()[0]
    if not (L.capitalised and word[:1].isupper() and word.lower() in L.ambiguous):
        return False
    before = text[lo:start]
    return bool(L.month_ctx_before.search(before) or _DAY_NUMBER_BEFORE.search(before)
                or _DAY_OR_YEAR_AFTER.match(surface, len(word)))
_ASIDE_THEN_PASSIVE = _cue("aside_then_passive")
_BEGAN_AFTER = _cue("began_after")
_CLAUSE_SPLIT = re.compile(r"[;:]|\s[-\u2013\u2014]\s*(?=\w)|\b(?:but|pero|aunque|although|while|mientras|after|tras|luego de|después de|since|desde que|when|cuando)\b"
                           # "On Wednesday, as a crowd gathered to demand ..., police dispersed them": a
                           # time clause opened by "as" (not "such as", "as a result")
                           r"|" + _cue("as_time_clause").pattern)
# ... and the time words among them, whose fronted clause ends at its comma ("cuando", "when", "after")
_TIME_SUBORDINATOR = re.compile(r"(?i)cuando|when|after|tras|luego de|después de|mientras|while|as")
_ROADBLOCK_NOUN = re.compile(r"(?i)road-?blocks?|barricades?|blockades?|bloqueos?|barricadas?")
_ARTICLE_WORD = re.compile(r"(?i)un|una|unos|unas|el|la|los|las|a|an|the")
# a relative clause in the preterite ("que se prolongó", "que terminaron"): what it tells took place
_PRETERITE_INSIDE = re.compile(r"(?i)\bque\s+(?:se\s+)?[a-záéíóúñ]{3,}(?:ó|aron|ieron|ió)\b")
# ", and the energy ministry formally", ", y la SMA": a coordinated clause's own subject, right before its verb
# (not "..., and that owners who": a clause told by someone)
_AND_SUBJECT_END = re.compile(r"(?i),\s*(?:and|y|e)\s+(?:(?!(?:that|who|which|if|whether|not|never|nor|neither|que|quien|quienes|si|cuando|when|no|nunca|jamás|tampoco|ni|would|will|could|should|may|might)\b)[\w'’-]+\s+){0,7}$")
# a trigger that opens with a regular verb in the past: "ordenó suspender", "suspendieron", "ordered the closure"
# (the cue _PAST_WORD also takes irregular verbs such as "took", "held": in its place it added two false
# events on the read sets, so the narrower head stays)
_PAST_HEAD = re.compile(r"(?i)[a-záéíóúñ]{3,}(?:ó|aron|ieron|ió|ed)\b")
# a trigger that takes in its subject and a finite verb: "police were sent", "la policía fue enviada"
_OWN_SUBJECT_VERB = re.compile(r"(?i)[\w'’-]+(?: [\w'’-]+){0,5}? (?:was|were|had been|have been|has been|fue|fueron|había sido|habían sido)\b")
_SAYING_BEFORE_COLON = _cue("saying_before_colon")
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s-\s")
_NAME_IN_BRACKETS = r"\((?:[A-ZÁÉÍÓÚÑ][\w.&-]*)(?:\s+[A-ZÁÉÍÓÚÑ][\w.&-]*){0,2}\)"     # "(LSK)", "(KDF)"
_BRACKETED_NAME = re.compile(_NAME_IN_BRACKETS)
_BRACKETED_NAME_END = re.compile(_NAME_IN_BRACKETS + "$")
_CLAUSE_JOIN = re.compile(r"(?i)[;:()\u2014\u2013]|\s-\s|,\s*(?:and|but|while|whereas|y|e|pero|mientras|aunque|although|sino)\b")


def _verb_with_object(text: str, m) -> bool:
    """A trigger that is a verb in the past with its object ("postponed the vote", "aplazó
    la consulta"): a relative clause right after it is about the object."""
    words = text[m.start:m.end].split()
    return len(words) > 1 and _FINITE_PAST.fullmatch(words[0]) is not None


def _in_relative_clause(text: str, s_start: int, d, triggers=(), inside: bool = True) -> bool:
    """Whether a date sits in a relative clause ("... who took part in the protest of 30 June",
    "... al que recibieron el 30 de mayo") that does not open right after one of ``triggers``
    ("the strike, which began on 5 June" dates the strike itself), nor (``inside``) holds
    the trigger itself."""
    # (an acronym in brackets, "el Colegio de Abogados de Kenia (LSK) había presentado", is part
    # of the name before it, no break of the clause)
    breaks = [s_start] + [mm.end() for mm in _CLAUSE_BREAK.finditer(text, s_start, d.start)
                          if not (mm.group(0) in "()" and (_BRACKETED_NAME.match(text, mm.start())
                                                           or _BRACKETED_NAME_END.search(text, s_start, mm.end())))]
    lo = breaks[-1]
    if len(breaks) > 1 and d.start - lo <= 6:
        lo = breaks[-2]    # ", on June 5, ...": a date set off by commas stays in its clause
    rel = None
    for mm in _RELATIVE.finditer(text, lo, d.start):
        if mm.group(0).lower() == "que" and _NOT_RELATIVE_QUE.search(text, max(s_start, mm.start() - 20), mm.start()):
            continue
        if mm.group(0).lower() == "que" and text[s_start:mm.start()].strip().lower() == "lo":
            continue    # "Lo que pasó el 23 de diciembre": the sentence's own subject, no clause about another
        if mm.group(0).lower() == "that" and not _NOUN_BEFORE_THAT.search(text, max(s_start, mm.start() - 25), mm.start()):
            continue
        if mm.group(0).lower() == "that" and not getattr(d, "relative", True) and not text[mm.end():d.start].strip():
            continue    # "On that Wednesday morning in 2006": a demonstrative before the date, no clause
        rel = mm
        break
    if rel is None:
        return False
    if lo == s_start and len(re.findall(r"\w+", text[s_start:rel.start()])) <= 4 \
            and _OCCURRED_VERB.search(text, rel.end(), d.start) \
            and not _CLAUSE_BREAK.search(text, rel.end(), d.start):
        # "Los hechos que desembocaron en este acuerdo ocurrieron el jueves 1 de agosto": the
        # clause about the subject has ended; the date is the main verb's
        return False
    for m in triggers:
        gap = text[m.end:rel.start()] if m.end <= rel.start() else None
        if gap is not None and len(re.findall(r"[\w'’]+", gap)) <= 1 and _CLAUSE_BREAK.sub("", gap).strip(" ,") == gap.strip(" ,") \
                and not _verb_with_object(text, m):
            return False      # "the strike, which began ...": the trigger's own clause
            # (not "postponed the vote, which had been set for 20 December": the object's)
        if inside and rel.start() <= m.start < d.start:
            return False      # the trigger itself is in that clause
    return True


_DASH = re.compile(r"\s[—–]\s?|\s?[—–]\s")


def _in_dashed_aside(text: str, s, d, m) -> bool:
    """Whether the date ``d`` sits in a relative aside set off by dashes ("—la misma donde ...
    en octubre de 2002—") that does not hold the trigger ``m``."""
    if "—" not in s.text and "–" not in s.text:
        return False
    opens = list(_DASH.finditer(text, s.start, d.start))
    close = _DASH.search(text, d.end, s.end)
    if not opens or close is None:
        return False
    lo, hi = opens[-1].end(), close.start()
    if lo <= m.start < hi:
        return False
    rel = _RELATIVE.search(text, lo, min(d.start, lo + 40))
    return rel is not None


def _broke_out(text: str, m, d) -> bool:
    """Whether the date ``d`` after trigger ``m`` is told by a clause of occurring about the
    trigger's noun, a few words on ("los enfrentamientos con las fuerzas de seguridad que
    estallaron en julio de 2017", "the clashes with police that broke out on 3 May"): what broke
    out is the event, not the noun beside it."""
    rel = _RELATIVE.search(text, m.end, d.start)
    if rel is None or _CLAUSE_BREAK.search(text, m.end, d.start):
        return False
    return len(re.findall(r"[\w'’]+", text[m.end:rel.start()])) <= 6 \
        and _OCCURRED_VERB.match(text, rel.end() + 1) is not None


def _same_clause(text: str, p, m: _Mention) -> bool:
    """No clause break (comma, semicolon, dash, parenthesis) between place ``p`` and the trigger."""
    lo, hi = (p.end, m.start) if p.end <= m.start else (m.end, p.start)
    return lo <= hi and not _CLAUSE_BREAK.search(text, lo, hi)


def _dated_relative(text: str, s: Sentence, p, m: _Mention, s_dates) -> bool:
    """Whether place ``p`` sits in a relative clause (not the trigger's own) that names a
    date other than the trigger's, with no clause break between that date and the place."""
    if not _in_relative_clause(text, s.start, p, (m,)):
        return False
    for d in s_dates:
        if not d.value or d.value[:7] == (m.date or "")[:7]:
            continue
        lo, hi = (p.end, d.start) if d.start >= p.end else (d.end, p.start)
        if lo <= hi and not _CLAUSE_BREAK.search(text, lo, hi):
            return True
    return False


def _distance(x, m: _Mention) -> int:
    if x.start >= m.end:
        return x.start - m.end
    if x.end <= m.start:
        return m.start - x.end + 5   # slightly prefer what follows the trigger
    return 0


# A region named as one ("in Kiambu county", "en la provincia de Cotopaxi", "in the Puno region").
_REGION_AFTER = _cue("region_after")
# "Limpopo province", "region of Puno" read as one name: a region named as such
# ... set off as an apposition: "outside Burgersfort, in Limpopo province" (not "a college in Guerrero state")
_APPOSED_IN = _cue("apposed_in")
_REGION_WORD = _cue("region_word")
_REGION_BEFORE = _cue("region_before")


def _in_named_region(text: str, places):
    """The places of the region a sentence names as one ("a settlement on Nairobi's edge, in
    Kiambu county"): a town of another region is a landmark, not where things happen."""
    regions = {p.place.admin1 for p in places if p.place.level == "admin1" and p.place.admin1 and (
        _REGION_AFTER.match(text, p.end) or _REGION_BEFORE.search(text, max(0, p.start - 25), p.start)
        or (_REGION_WORD.search(p.surface) and _APPOSED_IN.search(text, max(0, p.start - 12), p.start)))}
    if len(regions) != 1:
        return places
    inside = [p for p in places if p.place.admin1 in regions]
    return inside or places


_SEAT_LIST_JOIN = _cue("seat_list_join")
_APPOSED_PLACE = _cue("apposed_place")


def _without_appositions(text: str, named, kept) -> list:
    """``kept`` without the places set in apposition to a place that was set aside: where
    the wounded were taken, "a hospital in Port Harcourt, in neighbouring Rivers State", is
    no more the event's place in its second name than in its first."""
    ids = {id(p) for p in kept}
    # (not a landmark a distance is told from: "a 15 km de Calama, en la región de Antofagasta"
    # places the event in that region)
    gone = sorted((p for p in named if id(p) not in ids
                   and not _DISTANCE_OF.search(text, max(0, p.start - 60), p.start)), key=lambda p: p.end)
    if not gone:
        return kept
    ends = [q.end for q in gone]
    out = []
    for p in kept:
        near = gone[bisect.bisect_left(ends, p.start - 40):bisect.bisect_left(ends, p.start)]
        if any(_APPOSED_PLACE.fullmatch(text, q.end, p.start) for q in near):
            continue
        out.append(p)
    return out


_APPOSED_TOWN_MAX = 200_000


def _into_apposed_regions(text: str, places) -> list:
    """A town set beside a first-level division of its own country ("a rally in Oi, Fukui
    Prefecture", "en Oi, en la prefectura de Fukui") lies in that division: where the gazetteer
    knows only a namesake elsewhere (an Ōi in Saitama), the town keeps its name but takes the
    division the text gives it (no coordinates)."""
    ordered = sorted(places, key=lambda p: p.start)
    moved = {}
    for k, (p, q) in enumerate(zip(ordered, ordered[1:])):
        # (not two items of a list: "marches in Arequipa, Cusco and Puno"; nor a city of note,
        # which the gazetteer knows where it is)
        listed = (k > 0 and _LIST_JOIN.fullmatch(text, ordered[k - 1].end, p.start)) \
            or (k + 2 < len(ordered) and (_LIST_JOIN.fullmatch(text, q.end, ordered[k + 2].start)
                                          or _PARALLEL_LIST_JOIN.fullmatch(text, q.end, ordered[k + 2].start)))
        if p.place.level == "town" and q.place.level == "admin1" and q.place.country == p.place.country \
                and q.place.admin1 and p.place.admin1 != q.place.admin1 and not listed \
                and p.place.population < _APPOSED_TOWN_MAX \
                and _APPOSED_PLACE.fullmatch(text, p.end, q.start):
            moved[id(p)] = replace(p, place=replace(p.place, admin1=q.place.admin1, latitude=None,
                                                     longitude=None, population=0))
    return [moved.get(id(p), p) for p in places] if moved else places


def _list_head(text: str, p, ends: list, by_end: list) -> int:
    """Where the list of places that ends with ``p`` begins ("Vancouver y en la Ciudad de
    México": Vancouver's start), so that what is said before the list holds for all of it.
    ``ends``: the places' ends, sorted; ``by_end``: the places in that order."""
    start = p.start
    for _ in range(6):
        i = bisect.bisect_right(ends, start)
        prev = None
        for q in reversed(by_end[bisect.bisect_left(ends, start - 12):i]):
            if _SEAT_LIST_JOIN.fullmatch(text, q.end, start):
                prev = q
                break
        if prev is None:
            break
        start = prev.start
    return start


_LIST_JOIN = _cue("list_join")
_PARALLEL_LIST_JOIN = _cue("parallel_list_join")
_IN_DIVISION = re.compile(r"(?i)\s*(?:,|\s+in|\s+en)\s+(?:the\s+)?")
# a list of origins may repeat its preposition: "flown in from Ternate and from Manado"
_ORIGIN_LIST_JOIN = re.compile(r"(?i)\s*(?:,|;)?\s*(?:(?:and|y|e)\s+)?(?:(?:from|de|desde)\s+)?(?:(?:the|la|las|el|los)\s+)?")
# "the highway between La Paz and Oruro", "entre Lima y Callao": two ends, not two places of events
_BETWEEN = re.compile(r"(?i)\b(?:between|entre)\s+(?:(?:the|la|el|los|las)\s+)?$")
# what happens in the street, told of several places at once, is one event per place
_SPREAD_TYPES = frozenset({"protest", "riot", "crackdown", "blockade"})
# "... and other cities", "y otras ciudades", "among them": a list of examples, not of places
_LIST_GOES_ON = _cue("list_goes_on")


def _spread(text: str, s_places, best, m, focus_country) -> tuple:
    """The places of one list ("in Yogyakarta, Surabaya, Makassar and Medan") that holds the
    event's place, right by its trigger, when they lie in two to four first-level divisions:
    one place per division. A list that goes on ("and other cities") is a sample, not the
    places: none."""
    run: list = []
    for p in sorted((p for p in s_places if p.place.admin1 and p.place.level in ("town", "admin2", "admin1", "feature")
                     and p.place.country == (focus_country or p.place.country)), key=lambda p: p.start):
        gap = text[run[-1].end:p.start] if run else ""
        # (a list of where forces were sent "to" does not go on into a place told "in": "el envío de
        # refuerzos a Madang, Kainantu y la capital, y en Mount Hagen los agentes dispararon")
        switched = bool(run) and bool(_TO_BEFORE.search(text, max(0, run[0].start - 12), run[0].start)) \
            and bool(_IN_JOIN.search(gap))
        if run and (switched or (not _LIST_JOIN.fullmatch(gap) and not _PARALLEL_LIST_JOIN.fullmatch(gap))):
            if any(x is best for x in run):
                break
            run = []
        run.append(p)
    if not any(x is best for x in run):
        return ()
    by_admin1 = {}
    for p in run:
        by_admin1.setdefault(p.place.admin1, p)
    counted = _counted_before(text, m)
    if counted and 2 <= counted <= 4:
        # "tres bloqueos en carreteras: en San Carlos, en Roboré y en Pailón", "two roadblocks, at X
        # and Y": as many as the places listed right after, one at each, in one division or several
        listed: list = []
        for p in sorted((p for p in s_places if p.start >= m.end and p.place.admin1
                         and p.place.country == (focus_country or p.place.country)), key=lambda p: p.start):
            gap = text[listed[-1].end if listed else m.end:p.start]
            if listed and not _COUNTED_LIST_JOIN.fullmatch(gap):
                break
            if not listed and (len(gap) > 60 or re.search(r"[;()\u2014\u2013]|\s-\s|\.\s", gap)):
                break
            listed.append(p)
        if len({p.place.name for p in listed}) == counted == len(listed):
            return tuple(listed)
    if not 2 <= len(by_admin1) <= 4 or _LIST_GOES_ON.match(text, run[-1].end) \
            or _BETWEEN.search(text, max(0, run[0].start - 20), run[0].start):
        return ()
    after = 0 <= run[0].start - m.end <= 60 and not _BREAK_NOT_FIGURE.search(text, m.end, run[0].start)
    # (not across ", y ..." / ", and ...": "hubo concentraciones en Vlorë, Durrës y Lushnjë, y por la tarde
    # pequeños grupos bloquearon": the list is the rallies', the blockade's clause is another)
    before = 0 <= m.start - run[-1].end <= 60 and not re.search(r"[;:()\u2014\u2013]|,\s*(?:y|e|and|but|pero)\s", text[run[-1].end:m.start])
    return tuple(by_admin1.values()) if after or before else ()


_COUNTED_LIST_JOIN = _cue("counted_list_join")
# a list's first place told as a destination ("refuerzos a Madang", "sent to Lae"), and a join that
# names a place where something is ("..., y en Mount Hagen")
_TO_BEFORE = _cue("list_destination_before")
_IN_JOIN = _cue("list_in_join")


_TOWN_CLAUSE_JOIN = _cue("town_clause_join")


def _town_clause_between(text: str, lo: int, hi: int, places) -> bool:
    """Whether a clause that opens with a town of its own ("... y en Ayaviri los vecinos ...",
    "... while in Ayaviri police ...") starts between ``lo`` and ``hi``: the join, a place, then
    words of the clause before ``hi`` (not a list of places: "in Lebu and in Temuco accepted")."""
    for j in _TOWN_CLAUSE_JOIN.finditer(text, lo, hi):
        q = next((q for q in places if q.start == j.end()), None)
        if q is not None and q.end < hi and re.search(r"\w", text[q.end:hi]):
            return True
    return False


def _own_towns(text: str, a, b) -> bool:
    """Two mentions of one type in one sentence, each placed in a town of its own by its own
    clause ("in Padcaya the road was cut and in Bermejo residents closed the road"): two events."""
    if not (a.own_place and b.own_place and a.place is not None and b.place is not None):
        return False
    if a.place.level not in ("town", "feature") or b.place.level not in ("town", "feature") \
            or fold(a.place.name) == fold(b.place.name):
        return False
    first, second = sorted((a, b), key=lambda x: x.start)
    return bool(_TOWN_CLAUSE_JOIN.search(text, first.end, second.start))


def _counted_before(text: str, m) -> int | None:
    """The number told right before a plural trigger ("tres bloqueos", "two roadblocks")."""
    before = text[max(m.sentence.start, m.start - 16):m.start].split()
    if not before:
        return None
    for lang in ("en", "es"):      # (a count word of either language: "two", "tres")
        n = numbers_mod.parse_number(before[-1], lang)
        if n:
            return n
    return None


def _road_ends(text: str, places) -> set[int]:
    """The two towns a road is named by ("que une Uagadugú con Bobo-Dioulasso", "linking Karachi
    with Quetta") when they lie in two first-level divisions: a long road does not say where on
    it things happened. Two towns of one division ("la carretera que une Velille con Santo
    Tomás") place it in that division, and stay."""
    out: set[int] = set()
    ordered = sorted(places, key=lambda p: p.start)
    for i, p in enumerate(ordered):
        if not _ROAD_LINK.search(text, max(0, p.start - 40), p.start):
            continue
        q = next((q for q in ordered[i + 1:] if _ROAD_LINK_JOIN.fullmatch(text, p.end, q.start)), None)
        if q is not None and p.place.admin1 != q.place.admin1:
            out.update((id(p), id(q)))
            # (and the further ends listed after it: "roads from Juliaca to Cusco and Arequipa")
            last = q
            for r in ordered[ordered.index(q) + 1:]:
                if not _ROAD_ENDS_JOIN.fullmatch(text, last.end, r.start):
                    break
                out.add(id(r))
                last = r
    return out


_ROAD_ENDS_JOIN = _cue("road_ends_join")


_ROAD_LINK = _cue("road_link")
_ROAD_LINK_JOIN = _cue("road_link_join")


def _street_lists(text: str, places) -> set[int]:
    """Lists of three or more names that are no list of places: "para despejar Rivadavia, Entre
    Ríos, Hipólito Yrigoyen y Callao" names the streets around a square, which the gazetteer
    reads as towns of several countries. A list whose towns and divisions lie in two countries
    is such a list when it also names a division of the country most of it lies in beside towns
    of other divisions (a real list of places stays within one country or names the countries;
    "Arakan, Magpet and Makilala" is a list of towns one of which the gazetteer misreads)."""
    out: set[int] = set()
    run: list = []
    def close():
        towns = [p for p in run if p.place.level != "country"]
        if len(run) < 3 or len({p.place.country for p in towns}) < 2:
            return
        main = max({p.place.country for p in towns}, key=lambda c: sum(p.place.country == c for p in towns))
        divisions = [p for p in towns if p.place.level == "admin1" and p.place.country == main]
        if any(q.place.country == main and q.place.level != "admin1" and q.place.admin1 != d.place.admin1
               for d in divisions for q in towns):
            out.update(id(p) for p in run)
    for p in sorted(places, key=lambda p: p.start):
        if run and not _LIST_JOIN.fullmatch(text[run[-1].end:p.start]):
            close()
            run = []
        run.append(p)
    close()
    return out


def _spread_out(m) -> list:
    """A mention told of several places (``spread``): one mention per place, the first keeps
    the figures (they are the whole list's)."""
    if len(m.spread) < 2:
        return [m]
    out = [m]
    m.place, m.location = m.spread[0].place, m.spread[0].place.name
    for p in m.spread[1:]:
        out.append(replace(m, place=p.place, location=p.place.name, numbers={}, actors=list(m.actors), spread=()))
    m.spread = ()
    return out


def _most_specific(places):
    rank = {"feature": 0, "town": 1, "admin2": 2, "admin1": 3, "country": 4}
    return min(places, key=lambda p: (rank.get(p.place.level, 5), p.start))


def _doc_place(places, focus, admin1, dateline_places=()):
    """The report's main place: its most named place in its main admin1. When no place of
    the body is named twice, a dateline town in that same admin1 ("Redacción Cali.-" over a
    story of the Valle del Cauca) says better where the report is than a town the body names
    once in passing; a dateline elsewhere says nothing of the story's place."""
    cands = [p for p in places if p.place.country == focus and p.place.admin1 == admin1]
    line = [p for p in dateline_places if p.place.country == focus and p.place.level == "town"
            and (p.place.admin1 == admin1 or (admin1 is None and not cands))]
    if not cands:
        return (line[0].place, line[0].place.name) if line else None
    name = _most_common([p.place.name for p in cands])
    if line and sum(p.place.name == name for p in cands) < 2:
        return (line[0].place, line[0].place.name)
    best = next(p for p in cands if p.place.name == name)
    return (best.place, best.place.name)


# A locality word, or a Spanish article, before a name: "sector San Pedro", "aldea
# Guapinol", "el Campamento por el Agua y la Vida" (towns seldom take an article unless it is
# part of their name, as in "La Paz", and then it is part of the mention).
# "the southern districts of Bosa, Kennedy and Ciudad Bolivar"
_LOCALITY_BEFORE = _cue("locality_before")
_ARTICLE_BEFORE = re.compile(r"\b(?:el|la|los|las|the)\s+$")      # lower-case: not part of a name ("La Paz")
_STRAY_POPULATION = 20000
_LANDMARK_AFTER = _cue("landmark_after")
_FEATURE_WORD_BEFORE = _cue("feature_word_before")
_CAPITAL_WORD_AFTER = re.compile(r" (?!(?:y|e|and|in|en|on|de|del|la|el)\b)[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,}\b")


@lru_cache(maxsize=1)
def _company_names() -> frozenset:
    """Folded names and aliases of the companies the lexicon knows (not of projects: a mine
    is a place, "Las Bambas")."""
    _, names, _, _ = _companies()
    return frozenset(fold(n) for n, (_, kind) in names.items() if kind == "company")


_NAMED_WITH_ITS_NOUN = _cue("named_with_its_noun")


def _strays(text: str, places_body, focus, doc_admin1: str, named=()) -> set[int]:
    """Places that are most likely another thing of the same name: in the report's country
    but outside the region the report is about, whose region the report never names, and
    written after a locality word ("sector San Pedro" is no San Pedro Sula) or always after a
    lower-case article, which towns do not take ("el Campamento por el Agua" is no town
    Campamento of Olancho, "la Paulista" the avenue, not Paulista, Pernambuco). A report about
    Colón that names such a place means one of Colón."""
    folded = None   # the whole text folded, once, and not into fold()'s cache of names
    bare: set[str] = set()      # names told at least once without an article before them
    for p in named or places_body:     # (every place named: a road's end, "linking Karachi", counts too)
        if not _ARTICLE_BEFORE.search(text, max(0, p.start - 5), p.start):
            bare.add(fold(p.surface))
    out: set[int] = set()
    for p in places_body:
        pl = p.place
        if pl.country != focus or not pl.admin1 or pl.admin1 == doc_admin1 or pl.level not in ("town", "feature", "admin2"):
            continue
        if folded is None:
            folded = fold.__wrapped__(text)
        if fold(pl.admin1) in folded:
            continue
        if _NAMED_WITH_ITS_NOUN.match(fold(p.surface)):
            # "en la Ciudad de México": the article belongs to "la Ciudad de"; "en el distrito de
            # Gaibandha": to the division's word
            continue
        if fold(pl.name) not in fold(p.surface):
            continue        # "the La Moneda palace", "la capital": a seat or a capital, not a name shared
        # "near Huancane Alto", "el Centro Cívico": the name goes on, so it is another, longer
        # one than the town's; "Pemex" is the oil company, not the hamlet of Tabasco
        longer = (bool(_CAPITAL_WORD_AFTER.match(text, p.end)) and not _LANDMARK_AFTER.match(text, p.end)) \
            or bool(_FEATURE_WORD_BEFORE.search(text, max(0, p.start - 20), p.start))
        company = fold(p.surface) in _company_names() and (pl.population or 0) < _STRAY_POPULATION * 2.5
        if longer or company:
            out.add(id(p))
            continue
        local = bool(_LOCALITY_BEFORE.search(text, max(0, p.start - 90), p.start))
        article = bool(_ARTICLE_BEFORE.search(text, max(0, p.start - 5), p.start))
        if local or (article and fold(p.surface) not in bare):
            out.add(id(p))
    return out


@lru_cache(maxsize=256)
def _across_rx(names: tuple[str, ...]) -> re.Pattern | None:
    if not names:
        return None
    return re.compile(r"(?i)\b(?:across|throughout|all over|all across|en todo|en toda|por todo|por toda|a lo largo de)\s+"
                      r"(?:the |el |la )?(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")


# "since the strike began", "desde que comenzó el paro": the day an event the report told
# earlier began. The noun says which event; "unrest", "the crisis" mean the first of the
# protest-like ones.
# "since the strike began", and a tally "during the strike" ("262 arrested across the country
# during the strike"): the day the strike began, as the report told it
_SINCE_BEGAN = {
    "en": re.compile(r"(?i)\b(?:since (?:the|this|that|their|its) (?:[\w-]+ ){0,2}?(strikes?|stoppage|walk-?out|protests?|"
                     r"blockades?|road-?blocks?|occupation|sit-in|march|unrest|conflict|uprising|crisis|emergency|curfew) "
                     r"(?:began|started|broke out|erupted|was declared|was imposed|first)\b|"
                     r"(?:since the (?:start|beginning|outbreak|first days?|first hours) of|"
                     r"from the (?:first days?|start|beginning|outset) of|"
                     r"(?:on|in) the (?:first|opening)(?: and second)? days? of|during|throughout) (?:the|this|that|their|its) "
                     r"(?:[\w-]+ ){0,2}?(strikes?|stoppage|walk-?out|protests?|blockades?|road-?blocks?|occupation|"
                     r"sit-in|unrest|uprising|emergency|curfew)\b)"),
    "es": re.compile(r"(?i)\b(?:desde (?:que (?:empezó|comenzó|se inició|inició|arrancó|estalló|se declaró|se decretó) "
                     r"(?:el|la|los|las) (?:[\wáéíóú]+ ){0,2}?|el (?:inicio|comienzo|estallido) "
                     r"(?:del|de la|de los|de las) (?:[\wáéíóú]+ ){0,2}?)|(?:en )?(?:el primer día|la primera jornada|los primeros días|"
                     r"las primeras jornadas) (?:del|de la|de los|de las) (?:[\wáéíóú]+ ){0,2}?|(?:durante|a lo largo de) "
                     r"(?:el|la|los|las) (?:[\wáéíóú]+ ){0,2}?)"
                     r"(paros?|huelgas?|protestas?|bloqueos?|tomas?|movilizaci(?:ón|ones)|conflicto|"
                     r"crisis|estado de emergencia|toque de queda)\b"),
}
_YEAR_NAMED = re.compile(r"(?i)\b(?:the|a|an|its|their)\s+((?:19|20)\d\d)\s+(?:[\w'’-]+\s+){0,2}$")
_AGREEING = _cue("agreeing")
# an announcement that is the act it names: an agreement, a suspension, an emergency, a case
_ANNOUNCING = _cue("announcing")
_ANNOUNCING_DOES = ("agreement", "suspension", "state_of_emergency", "legal_action")
_STARTED_AFTER = _cue("started_after")
_ITS_DAY = re.compile(r"(?i)\b(?:su|sus|its|their)\s+$")
# "desde Lima", "from Bogotá": the capital a decision is taken from (see _seat_or_origin)
_SEAT_FROM = _cue("seat_from")
_NEAR_FROM = _cue("near_from")
_BODY_IN_SEAT = _cue("body_in_seat")
_BODY_ACT_AFTER = _cue("body_act_after")
# "llegados de", "procedentes de", "who had travelled from": where people came from
_ORIGIN = _cue("origin")
_REMOVED_FROM = _cue("removed_from")
_BARE_FROM = _cue("bare_from")
# "..., que comenzó el", "iniciado el", "which began on": the clause that tells a start
_BEGAN_ON = _cue("began_on")
_BEGAN_MAIN = _cue("began_main")
_PROTEST_LIKE = ("strike", "protest", "blockade", "riot", "crackdown")
# "cumplió nueve días con nuevas marchas": a new action, not the one whose days are counted
_NEW_ONE = _cue("new_one")
# what the day counted after a trigger belongs to: "(el cuarto día) del estado de emergencia"
_DAY_OF = re.compile(r"(?i)\s+(?:consecutiv[oa]\s+)?(?:del|de la|de los|de las|of the|of its|of)\s+([\w ]{1,30})")
_NOUN_TYPES = (
    (re.compile(r"(?i)^(?:strike|stoppage|walk-?out|paro|huelga)"), ("strike",)),
    (re.compile(r"(?i)^(?:protest|march|sit-in|movilizaci)"), ("protest",)),
    (re.compile(r"(?i)^(?:blockade|road-?block|occupation|bloqueo|toma)"), ("blockade",)),
    (re.compile(r"(?i)^(?:emergency|curfew|states? of (?:emergency|exception|siege|prevention|alarm)|"
                r"estados? de (?:emergencia|excepción|sitio|prevención|alarma)|toque)"), ("state_of_emergency",)),
)


def _names_other_type(after: str, etype: str) -> bool:
    """Whether the words right after a span ("15-day | state of emergency") name an action of
    another type than ``etype``."""
    after = after.lstrip(" -–")
    types = next((t for r, t in _NOUN_TYPES if r.match(after)), None)
    return bool(types) and etype not in types


def _since_it_began(text: str, mentions: list, lang: str) -> None:
    """Mentions in a sentence that says "since the strike began" and gives no day of its own
    take the day that event began, as the report told it earlier ("Protesters have kept the
    road blocked since the strike began"); a mention of that very event there ("the strike")
    is the same event, told again."""
    rx = _SINCE_BEGAN.get(lang)
    if rx is None or not mentions:
        return
    by_sentence: dict[int, list] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence.index, []).append(m)
    for idx, group in by_sentence.items():
        s = group[0].sentence
        hit = rx.search(text, s.start, s.end)
        if hit is None:
            continue
        noun = next(g for g in hit.groups() if g)
        types = next((t for r, t in _NOUN_TYPES if r.match(noun)), _PROTEST_LIKE)
        earlier = [m.date for m in mentions if m.sentence.index < idx and m.type in types and m.own_date
                   and m.date and len(m.date) == 10]
        if not earlier:
            continue
        start = min(earlier)
        for m in group:
            if hit.start() <= m.start < hit.end():
                m.date, m.own_date = start, True     # "the strike" in "since the strike began"
            elif not m.own_date:
                m.date = start


# a clause goes on before the determiner: the trigger is an object or a complement
# ("condemned the crackdown", "an inquiry into the crackdown", "investigación por el desalojo")
# (not a conjunction: "attacked banks and the police fired tear gas" joins a clause of its own)
_FINITE_PAST = _cue("finite_past")
_OBJECT_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:that|que|and|but|while|whereas|y|e|pero|mientras)\s)[a-záéíóúñ][\w'’-]*\s+$")
_RE_DET = _cue("re_det")
# a word between the determiner and the event's noun ("the police crackdown"); else the
# determiner is a subject's ("la policía detuvo")
_EVENT_ADJ = _cue("event_adj")
# the event as the setting of what is told ("died during the clashes", "murió en la represión"):
# the event itself, not a word on it
_SETTING_BEFORE = _cue("setting_before")
# events of a day, told again later as what others react to (a strike or a blockade told
# again is one under way: _ongoing; an act told with its object is the act itself)
_REMENTIONED_TYPES = ("crackdown", "riot", "arrest", "protest")


def _rementioned(text: str, mentions: list) -> None:
    """A definite mention of an event the report has already told, as the object of another
    clause ("On Thursday, leaders condemned the crackdown"; "el jueves la fiscalía abrió una
    investigación por el desalojo"; "the court declared the Rustenburg strike unprotected"), is
    that event told again: it takes the earlier mention's date (and place, unless it names
    one of another region), not the date of the clause it is the object of."""
    for i, m in enumerate(mentions):
        s = m.sentence
        if m.new_day or m.in_force_only or m.type not in _REMENTIONED_TYPES:
            continue
        dets = list(_RE_DET.finditer(text, max(s.start, m.start - 25), m.start))
        det = dets[-1] if dets else None
        between = text[det.end():m.start].split() if det is not None else []
        # ("In the afternoon the police fired tear gas": a verb in the past after its subject
        # is a clause of its own, no event named by a noun; "the detained leaders" is one)
        first = re.match(r"\S+\s*", text[m.start:m.end])
        if _FINITE_PAST.search(text, m.start + (0 if between else first.end()), m.end):
            continue
        if det is None or len(between) > 1 or (between and not (between[0][:1].isupper() or _EVENT_ADJ.fullmatch(between[0]))) \
                or not _OBJECT_BEFORE.search(text, s.start, det.start()) \
                or _SETTING_BEFORE.search(text, max(s.start, det.start() - 12), det.start()) \
                or _BEGIN.search(text, s.start, s.end):
            continue
        if m.own_date and m.date_at >= m.end and not re.search(r"[,;.]", text[m.end:m.date_at]) \
                and m.date_at - m.end < 80:
            continue            # "the march of 30 June", "the protest on Tuesday": its own day
        k = next((k for k in reversed(mentions[:i]) if k.type == m.type and k.sentence.index < s.index
                  and k.date and (k.action or "") == (m.action or "")), None)
        if k is None or (m.own_date and m.date and m.date[:len(k.date)] < k.date[:len(m.date)]):
            continue            # (a day before the one told earlier is no later word on it)
        if m.own_place and m.place is not None and k.place is not None and m.place.admin1 != k.place.admin1:
            continue
        m.date, m.date_end, m.own_date, m.dated = k.date, k.date_end, k.own_date, False
        if not m.own_place and k.place is not None:
            m.place, m.location = k.place, k.location


# a protest told of many places: "spread to 15 cities", "marches in more than 20 counties"
_WIDE = _cue("wide")
_WIDE_NOUN = _cue("wide_noun")


def _told_wide(text: str, m) -> bool:
    """The protest's own clause (from its trigger to the next ';' or sentence end, within a
    short reach) tells it of many places."""
    s = m.sentence
    end = min(s.end, m.end + 70)
    cut = re.search(r"[;:]|,\s+(?:and|but|while|y|pero|mientras)\b", text[m.end:end])
    if cut:
        end = m.end + cut.start()
    for w in _WIDE.finditer(text, m.start, end):
        if w.group(0).lower().startswith(("in", "across", "en")) and w.group(0)[-1:].isalpha() and \
                not re.search(r"(?i)(?:cities|towns|counties|provinces|regions|states|departments|districts|"
                              r"ciudades|provincias|departamentos|estados|regiones|municipios|localidades)$", w.group(0)):
            continue
        if w.group(0)[-1:].isspace() and not _WIDE_NOUN.match(text, w.end()):
            continue
        return True
    return False


# what is done to an event that is there already: cleared, removed, broken up, lifted
_CLEARING = _cue("clearing")
_CLEARED_TYPES = ("blockade", "protest", "strike", "crackdown")
# the span of such events, summed up ("293 detained in four nights of protests", "una semana de protestas")
_SPAN_OF = _cue("span_of")
# ... or with its length ("after communities blocked access to the mine for a week")
_FOR_SPAN = _cue("for_span")
# a reaction told of it in the passive ("la represión fue condenada", "the crackdown was condemned")
_REACTED_TO = _cue("reacted_to")


_RETOLD_WITHIN_DAYS = 90


def _days_apart(a: str, b: str) -> int:
    def day(v: str) -> date:
        v = v + "-01" * ((10 - len(v)) // 3)
        return date.fromisoformat(v)
    try:
        return abs((day(b) - day(a)).days)
    except ValueError:
        return 10 ** 6


def _cleared(text: str, mentions: list) -> list:
    """A blockade or a sit-in told as the object of its clearing ("police cleared a blockade in
    Samaipata", "desalojaron el bloqueo que maestros mantenían"), protests told as a span
    ("detained in four nights of protests") or a clash as the subject of a reaction ("la
    represión en Nochixtlán fue condenada"), in a report that has already told that event (one
    of the same type, with a day of its own before, in the same region or across the country),
    is that event told again, not a new one on the later day: the mention is dropped (the
    clearing itself is the crackdown's)."""
    drop = set()
    for i, m in enumerate(mentions):
        if m.type not in _CLEARED_TYPES or not m.date or m.in_force_only:
            continue
        s = m.sentence
        # the event's noun is the mention's last word; the clearing verb stands before it
        last = re.search(r"[\w'’-]+$", text[m.start:m.end])
        noun_at = m.start + last.start() if last else m.start
        if m.type == "crackdown":
            # the clash as the subject of a reaction: "La represión en Nochixtlán fue condenada"
            if not (_RE_DET.search(text, max(s.start, m.start - 6), m.start) and _REACTED_TO.match(text, m.end, s.end)):
                continue
        elif not (_CLEARING.search(text, max(s.start, noun_at - 45), noun_at)
                  or _SPAN_OF.search(text, max(s.start, m.start - 30), m.start)
                  or _FOR_SPAN.match(text, m.end, s.end)):
            continue
        for k in mentions:
            if k is m or k.type != m.type or not k.date or (k.action or "") != (m.action or "") \
                    or k.in_force_only or id(k) in drop:
                continue
            if not k.own_date or not k.date[:len(m.date)] < m.date[:len(k.date)]:
                continue        # (one told with a day of its own, begun before)
            if _days_apart(k.date, m.date) > _RETOLD_WITHIN_DAYS:
                continue        # ("un paro similar en 2013": another one, long before)
            same_region = (k.place is None or m.place is None or k.nationwide
                           or k.place.admin1 is None and k.place.country == m.place.country
                           or k.place.admin1 == m.place.admin1)
            if same_region:
                drop.add(id(m))
                break
    return [m for m in mentions if id(m) not in drop]


_STARTED = _cue("started")
_SUMMED_TYPES = ("crackdown", "riot", "blockade", "protest", "arrest", "state_of_emergency")
_OTHER_CLAUSE = _cue("other_clause")


def _lead_summary(text: str, mentions: list, sents, dateline_end: int, pub: date | None,
                  reporting: re.Pattern | None = None) -> None:
    """A lead that sums up several days ("los bloqueos y la represión se intensificaron entre
    el lunes y el jueves"; "el paro cumplió este lunes su día 13, mientras en Cochabamba se
    registraron nuevos enfrentamientos") and a day-by-day account after it: the lead's mention
    whose clause tells no day of its own (the day is another clause's, or a span) is the
    account's event of that type and region, told first; it takes the account's day."""
    body = [s for s in sents if s.end > dateline_end]
    if not body or not mentions:
        return
    lead = body[0].index
    for m in mentions:
        if m.sentence.index != lead or m.type not in _SUMMED_TYPES or m.new_day:
            continue
        if not (m.own_date and m.date_at >= 0):
            continue        # no day in the lead at all ("through Saturday" ends, not sums up)
        span = m.date_prep in ("entre", "between")
        between = text[m.date_at:m.start] if m.date_at < m.start else text[m.end:m.date_at]
        other_clause = bool(_OTHER_CLAUSE.search(between))
        # "Police dismantled a barricade ..., officials said on Thursday": the lead's only day is
        # its telling's; the body's day-by-day account dates the event (a day of the last week)
        told = reporting is not None and m.date_at > m.end \
            and bool(reporting.search(text, max(m.sentence.start, m.date_at - 30), m.date_at))
        if not (span or other_clause or told):
            continue
        if _STARTED.search(text, m.sentence.start, m.sentence.end):
            continue        # "began a sit-in on Sunday": the start, not a summary
        later = [k for k in mentions if k.sentence.index > lead and k.type == m.type
                 and ((k.own_date and k.dated) or (told and k.date and k.date != m.date))
                 and (k.action or "") == (m.action or "")
                 and (k.place is None or m.place is None or not m.own_place
                      or k.place.admin1 == m.place.admin1)
                 and (not told or (pub is not None and k.date and len(k.date) == 10
                                   and 0 <= (pub - date.fromisoformat(k.date)).days <= 7))]
        if not later:
            continue
        k = later[0]
        m.date, m.date_end, m.own_date, m.dated = k.date, k.date_end, True, False
        if not m.own_place and k.place is not None:
            m.place, m.location = k.place, k.location


def _paragraph_countries(text, sents, places, focus):
    """Paragraphs about another country than the report's ({paragraph: ISO2}), and that
    country's place: a paragraph that names one foreign country, and neither the report's
    country nor any place of it, and places events there: it names a town of that country, or
    the country after "in" ("In Bolivia, too, miners blocked roads on Monday"); a country named
    in passing ("Grupo México", "fled to Mexico") is not where the paragraph is."""
    import bisect
    out, where = {}, {}
    if not focus:
        return out, where
    starts = [s.start for s in sents]
    by_para: dict[int, list] = {}
    for p in places:     # one pass: the paragraph of each place
        i = bisect.bisect_right(starts, p.start) - 1
        if i >= 0 and p.start < sents[i].end:
            by_para.setdefault(sents[i].paragraph, []).append(p)
    # the countries the report places things in elsewhere, paragraph by paragraph
    # (of a country the report names: "both Latvia and Lithuania")
    told_in = Counter(cc for _, cc in {(para, p.place.country) for para, inside in by_para.items() for p in inside})
    named_countries = {p.place.country for p in places if p.place.level == "country"}
    for para, inside in by_para.items():
        named = {p.place.country for p in inside if p.place.level == "country"}
        if focus in {p.place.country for p in inside}:
            continue
        if not named:
            # "En Jujuy, en el norte argentino, ... Ayer, en San Salvador de Jujuy, ...": no
            # country named, but two or more of its places, and none of the report's country;
            # or one, of a country the report places things in in other paragraphs too ("Three
            # days later it was Vilnius's turn", in a report on Riga and Vilnius)
            by_cc = Counter(p.place.country for p in inside)
            (cc, n), *rest = by_cc.most_common()
            if (n >= 2 or (told_in[cc] >= 2 and cc in named_countries)) and (not rest or n > rest[0][1]):
                out[para] = cc
                where.setdefault(cc, next(p.place for p in inside if p.place.country == cc))
            continue
        if len(named) != 1:
            continue
        cc = named.pop()
        located = any(p.place.level != "country" for p in inside) or any(
            p.place.level == "country" and _IN_COUNTRY.search(text, max(0, p.start - 16), p.start)
            for p in inside)
        if located and all(p.place.country == cc for p in inside):
            out[para] = cc
            where[cc] = next(p.place for p in inside if p.place.level == "country")
    return out, where


# "In Bolivia, ..." opening a sentence (not "Morales is now in Mexico").
_IN_COUNTRY = _cue("in_country")


def _weekday_alternation() -> str:
    """Every language's weekday names, from its dates.yaml, as one regex alternation (what a
    timeline item or a narrative names its days by, whichever language the report is in)."""
    from .langdata import LANG_DIR
    names = {str(k).lower() for lang in sorted(p.name for p in LANG_DIR.iterdir() if (p / "dates.yaml").is_file())
             for k in (load(lang, "dates").get("weekdays") or {})}
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


_WEEKDAY_NAMES = _weekday_alternation()


def _weekday_indices() -> dict[str, int]:
    """Every language's weekday names (from dates.yaml) with their index, Monday 0."""
    from .langdata import LANG_DIR
    return {str(k).lower(): int(v) for lang in sorted(p.name for p in LANG_DIR.iterdir() if (p / "dates.yaml").is_file())
            for k, v in (load(lang, "dates").get("weekdays") or {}).items()}


_WEEKDAY_INDEX = _weekday_indices()
_WEEKDAY = re.compile(r"(?i)\b(?:" + _WEEKDAY_NAMES + r")\b")
# a weekday alone or with its time of day ("Friday afternoon", "viernes por la tarde")
_WEEKDAY_TIME = re.compile(r"(?i)(?:" + _WEEKDAY_NAMES + r")(?:\s+(?:morning|afternoon|evening|night|por\s+la\s+(?:mañana|tarde|noche)))?")
_WEEKDAY_DAY = re.compile(r"(?i)(?:(?:el|the|on)\s+)?(?:" + _WEEKDAY_NAMES + r")\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?")
# a section heading named by a weekday: "Wednesday: the ambush", "Jueves por la noche — llegan las tropas"
_HEADING_WEEKDAY = re.compile(r"(?i)(?:" + _WEEKDAY_NAMES + r")(?:\s+(?:" + _cue("weekday_part_of_day").pattern
                              + r"))?\s*[:\u2014\u2013|-]\s*\S[^\n]{0,70}$", re.MULTILINE)


def _heading_weekdays(mentions, text: str, pub: date | None):
    """A feature's section headings named by weekdays ("Tuesday: neighbours against blockaders",
    "Wednesday: the ambush") follow its chronology: each is the first such weekday after the last
    day the text told before it (within six days), not the latest before publication."""
    if pub is None:
        return mentions
    out = []
    last = None
    for d in sorted(mentions, key=lambda d: d.start):
        word = (d.surface.split() or [""])[0].lower()
        if d.relative and last and d.value and len(d.value) == 10 and word in _WEEKDAY_INDEX \
                and (d.start == 0 or text[d.start - 1] == "\n") and _HEADING_WEEKDAY.match(text, d.start):
            base = date.fromisoformat(last)
            ahead = (_WEEKDAY_INDEX[word] - base.weekday()) % 7 or 7
            value = base + timedelta(days=ahead)
            if value <= pub and value.isoformat() != d.value:
                d = dates_mod.DateMention(d.start, d.end, d.surface, value.isoformat(), d.value_end, d.relative, d.prep)
        elif not d.relative and d.value and len(d.value) == 10:
            last = d.value
        out.append(d)
    return out


def _named_weekday(surface: str) -> int | None:
    """The index (Monday 0) of the weekday a date's words name, if any."""
    wd = _WEEKDAY.search(surface)
    return _WEEKDAY_INDEX.get(wd.group(0).lower()) if wd else None

# a weekday with its day number: "el domingo 21", "lunes 22 de junio", "Sunday 21", "Sunday, June 21"
_NAME_AFTER_WEEKDAY = re.compile(r"\s+(?-i:[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,})(?!\s+(?:de|del)\s+\d)")
# ... anywhere in a text, the weekday and the day number captured ("Sábado 1", "Jueves 13")
_WEEKDAY_DAY_IN_TEXT = re.compile(r"(?i)(?<![\w])(" + _WEEKDAY_NAMES + r")\s+(\d{1,2})(?![\d\w])")
_WEEKDAY_AND_DAY = re.compile(r"(?i)(?:el\s+|the\s+|on\s+)?(?:" + _WEEKDAY_NAMES + r"),?\s+(?:\w+\s+)?\d{1,2}\b")
_ITEM_HEAD = re.compile(r"\s*(?:[-–—•*·]\s*)?(?:(?i:(?:the )?week of|semana del?)\s+)?")


def _timeline_weekdays(text: str, sents, dates, pub: date | None = None) -> None:
    """In a timeline's item that opens with its date ("- 21 October – La Paz. Morales meets
    the leaders ... On Saturday night both sides agree"), a weekday is that item's week's,
    not the publication's."""
    by_para: dict[int, tuple[int, int]] = {}
    for s in sents:
        a, b = by_para.get(s.paragraph, (s.start, s.end))
        by_para[s.paragraph] = (min(a, s.start), max(b, s.end))
    spans = sorted(by_para.values())
    starts = [a for a, _ in spans]
    head: dict[int, object] = {}
    for d in dates:
        i = bisect.bisect_right(starts, d.start) - 1
        if i < 0 or d.start >= spans[i][1]:
            continue
        if i not in head:
            lead = _ITEM_HEAD.match(text, spans[i][0])
            if lead.end() == d.start and not d.relative and d.value and len(d.value) == 10:
                head[i] = d
            else:
                head[i] = None
            continue
        h = head[i]
        if h is None or not d.relative or not d.value or len(d.value) != 10 or not _WEEKDAY.search(d.surface):
            continue
        try:
            wd = date.fromisoformat(d.value).weekday()
            base = date.fromisoformat(h.value)
        except ValueError:
            continue
        d.value = (base + timedelta(days=(wd - base.weekday()) % 7)).isoformat()
        d.value_end = None
    # a narrative that names its days by weekday and date ("El viernes 22 de octubre ... Los
    # enfrentamientos siguieron durante todo el sábado"): a bare weekday a few sentences
    # later, in that paragraph or the next, is of that week, not of the publication's
    sent_starts = [x.start for x in sents]
    anchor = None          # (date mention, paragraph, sentence position, days before publication)
    told: set[str] = set()     # bare weekdays told before, of the publication's week
    # a day told by its distance from publication ("Ayer", "yesterday"), per sentence: a bare
    # weekday beside it that falls on it is that day ("Ayer, a la salida de la gran oración del
    # viernes", told on a Saturday), whatever week the paragraph before was in
    near_days: dict[int, set] = {}
    for d in dates:
        if d.relative and d.value and len(d.value) == 10 and not _WEEKDAY.search(d.surface):
            near_days.setdefault(bisect.bisect_right(sent_starts, d.start) - 1, set()).add(d.value)
    for d in sorted(dates, key=lambda x: x.start):
        k = bisect.bisect_right(sent_starts, d.start) - 1
        if k < 0 or d.value in near_days.get(k, ()):
            continue
        para = sents[k].paragraph
        if not d.relative and d.value and len(d.value) == 10 and _WEEKDAY.search(d.surface):
            # (a day of the last fortnight may well be followed by this week's news: "began on
            # Tuesday 24 January ... On Wednesday police tried to clear the bridge")
            ago = (pub - date.fromisoformat(d.value)).days if pub is not None else 0
            # (within the fortnight, a "since" day only starts a state: "camped outside
            # Government House since Tuesday, January 14 ... met on Wednesday" is this week)
            began = d.prep in _SINCE or _START_TOLD_BEFORE.search(text, max(0, d.start - 40), d.start)
            anchor = (d, para, k, ago) if ago > 14 or (ago > 8 and not began) else None
            continue
        bare = bool(d.relative and d.value and len(d.value) == 10 and _WEEKDAY.fullmatch(d.surface.strip()))
        if anchor is None or not (0 <= para - anchor[1] <= 1) or not (0 < k - anchor[2] <= 8) or not bare \
                or (anchor[3] <= 14 and fold(d.surface.strip()) in told):
            # (within the fortnight, a weekday the report already told of this week stays
            # this week's: "fue detenido el jueves ... [background of the 1st] ... presentó el
            # jueves"; "On Monday, November 7 ... On Tuesday they took the pit" is that week's)
            if bare and anchor is None:
                told.add(fold(d.surface.strip()))
            continue
        try:
            base, here = date.fromisoformat(anchor[0].value), date.fromisoformat(d.value)
        except ValueError:
            continue
        if abs((here - base).days) > 7:
            d.value = (base + timedelta(days=(here.weekday() - base.weekday()) % 7)).isoformat()
            d.value_end = None


def _named_weekdays(dates, pub: date | None) -> None:
    """"El jueves 4 de octubre, soldados dispararon ... [later] la masacre del jueves": in a
    report that names one day of the last three weeks by weekday and date, a later bare
    mention of that weekday is that day, not the last one before publication (a report of
    Saturday 13 October)."""
    if pub is None:
        return
    named: dict[int, set] = {}
    for d in dates:
        if not d.relative and d.value and len(d.value) == 10 and _WEEKDAY.search(d.surface):
            try:
                day = date.fromisoformat(d.value)
            except ValueError:
                continue
            if 7 < (pub - day).days <= 21:
                named.setdefault(day.weekday(), set()).add(d.value)
    if not named:
        return
    # (two such days of one weekday, "Monday 12 January ... Monday 19 January ... on Monday":
    # the one named last before the bare mention)
    at = sorted((d.start, d.value) for d in dates if not d.relative and d.value in named.get(
        _weekday_of(d.value), ()) and _WEEKDAY.search(d.surface))
    for d in dates:
        if not d.relative or not d.value or len(d.value) != 10 or not _WEEKDAY.fullmatch(d.surface.strip()):
            continue
        wd = _weekday_of(d.value)
        if wd is None or wd not in named:
            continue
        before = [v for start, v in at if start < d.start and _weekday_of(v) == wd]
        if before and d.value not in named[wd]:
            d.value, d.value_end = before[-1], None


_WEEKDAY_PAIR_JOIN = _cue("weekday_pair_join")


def _weekday_pairs(text: str, dates) -> None:
    """"On Monday and Tuesday", "between Monday and Thursday", "del lunes al jueves": the
    second weekday is the first one's or a day of the week after it, not a day of another
    week (each bare weekday alone would take the last such day before publication)."""
    ordered = sorted(dates, key=lambda x: x.start)
    for a, b in zip(ordered, ordered[1:]):
        if a.relative and a.value and b.value and len(a.value) == 10 and len(b.value) == 10 \
                and _WEEKDAY.fullmatch(a.surface.strip()) and any(ch.isdigit() for ch in b.surface) \
                and _WEEKDAY_PAIR_JOIN.fullmatch(text[a.end:b.start]) and a.value > b.value:
            # "entre el sábado y el lunes 14 de diciembre" (of a year past): the weekday alone is
            # the last such day up to the dated one, not the last one before publication
            first = _weekday_of(a.value)
            a.value = (date.fromisoformat(b.value) - timedelta(days=(_weekday_of(b.value) - first) % 7)).isoformat()
            a.value_end = None
            continue
        if not (a.relative and b.relative and a.value and b.value and len(a.value) == 10 and len(b.value) == 10
                and _WEEKDAY.fullmatch(a.surface.strip()) and _WEEKDAY.fullmatch(b.surface.strip())
                and _WEEKDAY_PAIR_JOIN.fullmatch(text[a.end:b.start])):
            continue
        first, second = _weekday_of(a.value), _weekday_of(b.value)
        if first is None or second is None or first == second:
            continue
        b.value = (date.fromisoformat(a.value) + timedelta(days=(second - first) % 7)).isoformat()
        b.value_end = None


def _weekday_of(value: str | None) -> int | None:
    """The weekday of a day-precise ISO date; None for a month, a year or no value."""
    try:
        return date.fromisoformat(value).weekday()
    except (TypeError, ValueError):
        return None


def _background_sentences(sents, dates, pub: date | None) -> set[int]:
    """The sentences every date of which lies more than a year before publication."""
    if pub is None:
        return set()
    limit = (pub.replace(year=pub.year - 1) if not (pub.month == 2 and pub.day == 29)
             else pub.replace(year=pub.year - 1, day=28)).isoformat()
    starts = [s.start for s in sents]
    by_sent: dict[int, list] = {}
    for d in dates:
        if d.value:
            i = bisect.bisect_right(starts, d.start) - 1
            if i >= 0:
                by_sent.setdefault(sents[i].index, []).append(d.value)
    # a year alone ("2008") ends before its December: compare what the date covers
    return {i for i, vals in by_sent.items()
            if all((v + "-12-31"[len(v) - 4:] if len(v) < 10 else v) < limit for v in vals)}


_SEAT_WEIGHT = 0.5       # a sentence naming only the nation's capital, in _main_region
_LEAD_WEIGHT = 1.5       # a sentence of the headline or the lead, in _main_region
_LEAD_MIN_CHARS = 150    # the first paragraph this long is the lead


# what happens in the street (where a capital named is a place of events, not a seat)
_STREET_TYPES = frozenset({"protest", "riot", "crackdown", "blockade", "strike", "arrest", "deployment"})


_NAMESAKE_POPULATION = 50000
_NAMESAKE_KM = 100
_NAMESAKE_FAR_KM = 300


_REGION_WORDS = _cue("region_name_words")


def _namesakes(text: str, places, focus, sents, capital=None, street=frozenset()) -> dict:
    """Mentions of a small town that is the only place of its region in the report, whose
    region the report never names, while the report's other places make another region its
    main one (two place names there at least, or the region's own name): the gazetteer's town
    is then a namesake of the report's place, which is in the main region. Returns
    ``{(town, its region): the main region}``."""
    by_region: dict[str, set] = {}
    for p in places:
        if p.place.country == focus and p.place.admin1:
            by_region.setdefault(p.place.admin1, set()).add(fold(p.place.name))
    if len(by_region) < 2:
        return {}
    folded = fold.__wrapped__(text)
    # (two small towns of a region the report never names are as lone as one: "El Amate" and
    # "Los Altos", Veracruz's, in a report about Chiapas)
    small = {a for a in by_region if all((p.place.population or 0) < _NAMESAKE_POPULATION and p.place.level == "town"
                                         for p in places if p.place.country == focus and p.place.admin1 == a)}
    lone = {a for a, names in by_region.items()
            if (len(names) == 1 or (len(names) == 2 and a in small)) and fold(a) not in folded}
    said: dict[str, set] = {}
    for p in places:
        said.setdefault(fold(p.place.name), set()).add(_sentence_at(sents, p.start))
    # (a name told once may be a real town of another region named in passing, "a teachers'
    # roadblock in Chame"; one the report keeps coming back to is its own place)
    # (a division's own name is no place near the town: its centre says nothing of a namesake
    # told beside it, "Chandia" in a report on Odisha that names Chhattisgarh)
    others = [p.place for p in places if p.place.admin1 not in lone and p.place.latitude is not None
              and p.place.country == focus and p.place.level != "admin1"]
    suspects = [p for p in places if p.place.admin1 in lone and p.place.level == "town"
                and (p.place.population or 0) < _NAMESAKE_POPULATION
                and (len(said[fold(p.place.name)]) >= 2 or (
                    # (told once, but far from every other place the report names)
                    p.place.latitude is not None and others and all(
                        km(p.place.latitude, p.place.longitude, q.latitude, q.longitude) > _NAMESAKE_FAR_KM
                        for q in others)))]
    if not suspects:
        return {}
    rest = [p for p in places if p.place.country == focus and p.place.admin1
            and p.place.admin1 not in {q.place.admin1 for q in suspects}]
    main = _main_region(rest, sents, capital, street)
    # (a report about the town, told more often than the other region, is about its region;
    # unless the report names the other region itself and never the town's: "Gobindpur", told
    # five times in a report on Odisha's Jagatsinghpur district, is not Gobindpur of Jharkhand)
    named_main = main is not None and len({_sentence_at(sents, p.start) for p in rest
                                           if p.place.level == "admin1" and p.place.admin1 == main}) >= 2
    if main is None or (main != _main_region([p for p in places if p.place.country == focus and p.place.admin1],
                                             sents, capital, street) and not named_main):
        return {}
    # (a town near the main region's places is a neighbour's, not a namesake: a city of many
    # small divisions, Hong Kong's districts, names one place in each)
    near = [p.place for p in rest if p.place.admin1 == main and p.place.latitude is not None]
    suspects = [p for p in suspects if p.place.latitude is None or not near or all(
        km(p.place.latitude, p.place.longitude, q.latitude, q.longitude) > _NAMESAKE_KM for q in near)]
    if not suspects:
        return {}
    # (the main region's own names, not the capital's as the seat of government: a report
    # about Curuguaty names Asunción more often than Canindeyú)
    own = {n for n in by_region.get(main, ()) if capital is None or n != fold(capital.name)}
    # (the region's name told, or its seat of the same name: "Sfax" for Sfax Governorate)
    main_name = _REGION_WORDS.sub("", fold(main)).strip()
    named = any(p.place.admin1 == main and (p.place.level == "admin1" or fold(p.place.name) == main_name)
                for p in places)
    if len(own) + named < 2:
        return {}
    return {(p.place.name, p.place.admin1): main for p in suspects}


def _lead_end(text: str) -> int:
    """Where the lead ends: the end of the first paragraph of some length (a headline, a deck,
    a byline and a dateline are short lines above it)."""
    at = 0
    for line in text.split("\n"):
        at += len(line) + 1
        if len(line.strip()) >= _LEAD_MIN_CHARS:
            return at
    return 0


def _same_towns(text: str, places) -> list:
    """'En esa ciudad del este', 'in that town': the town named last before it (within a few
    sentences), named again."""
    out = []
    towns = sorted((p for p in places if p.place.level in ("town", "admin2")), key=lambda p: p.start)
    if not towns:
        return out
    starts = [p.start for p in towns]
    for m in _SAME_TOWN.finditer(text):
        k = bisect.bisect_left(starts, m.start()) - 1
        if k >= 0 and m.start() - towns[k].end <= _SAME_TOWN_REACH:
            out.append(_PlaceSpan(m.start(), m.end(), m.group(0), towns[k].place))
    return out


_SAME_TOWN = _cue("same_town")
_SAME_TOWN_REACH = 400      # characters back to the town it names again
_THIS_TOWN = _cue("this_town")


def _this_towns(text: str, places, dateline: tuple[int, int], focus: str | None) -> list:
    """'Authorities in this coastal city', 'un juez con sede en esta capital': the town of the
    report's dateline ("QIDONG, China, July 29 (Agency) -"), named again in the body. Nothing
    where the report opens with no dateline town (an outlet's own town is not known), nor
    once the body has named another town."""
    line = [p for p in places if dateline[0] <= p.start < dateline[1] and p.place.level in ("town", "admin2")
            and p.place.country == (focus or p.place.country)]
    if not line:
        return []
    # (not once the body has named another town: "sobre la ciudad de Artvin ... en esta ciudad"
    # under an Istanbul dateline is Artvin)
    others = [p.start for p in places if p.start >= dateline[1] and p.place.level in ("town", "admin2")
              and p.place.name != line[0].place.name]
    return [_PlaceSpan(m.start(), m.end(), m.group(0), line[0].place)
            for m in _THIS_TOWN.finditer(text, dateline[1], min(others, default=len(text)))]


def _main_region(places, sents, capital=None, street=frozenset(), lead_end: int = 0) -> str | None:
    """The division named in the most sentences ("en Famatina y Chilecito, La Rioja" is one
    sentence about one region), then by the most names; ties go to the first named. A
    sentence that names the nation's capital and no other place of its region, and tells
    nothing that happens in the street (``street``: sentence indices), counts half: the
    capital is then most often named as the seat of government ("in Lima, the cabinet met")."""
    sentences: dict[str, dict] = {}
    names: dict[str, int] = {}
    for p in places:
        a = p.place.admin1
        k = _sentence_at(sents, p.start)
        # (by its name: "frente al Palacio Nacional", "outside Congress" place an event there)
        seat = capital is not None and p.place.level == "town" and p.place.name == capital.name \
            and p.place.admin1 == capital.admin1 and fold(p.surface) == fold(capital.name) and k not in street
        got = sentences.setdefault(a, {})
        # (the headline and the lead say where the story is: a background paragraph's towns,
        # told more often, do not outvote them)
        got[k] = max(got.get(k, 0.0), (_SEAT_WEIGHT if seat else 1.0) * (_LEAD_WEIGHT if p.start < lead_end else 1.0))
        names[a] = names.get(a, 0) + 1
    return max(sentences, key=lambda a: (sum(sentences[a].values()), names[a])) if sentences else None


_APPOSITION = re.compile(r",\s*$")


def _apposed_capitals(places, capitals, text: str) -> list:
    """"San Salvador, la capital jujeña": a name set beside the capital it is called ("la
    capital" and a region's or country's adjective) is that capital, when the capital's name
    begins with it (San Salvador de Jujuy, not El Salvador's San Salvador)."""
    if not capitals:
        return places
    out = []
    for p in places:
        c = next((c for c in capitals if 0 < c.start - p.end <= 3 and _APPOSITION.match(text[p.end:c.start])), None)
        if c is not None and c.place.name != p.place.name and fold(c.place.name).startswith(fold(p.surface)):
            p = replace(p, place=c.place)
        out.append(p)
    return out


def _most_common(values):
    counts: dict = {}
    for v in values:
        if v:
            counts[v] = counts.get(v, 0) + 1
    return max(counts, key=counts.get) if counts else None


# "SANTIAGO, 24 nov. Comuneros ...", "LA PAZ, 26 ene (Agencia X). El Gobierno ...": a city in
# capitals and a day, closed by a full stop instead of a dash
_DATELINE = _cue("dateline")


def _dateline_end(text: str, sents: list[Sentence]) -> int:
    return _dateline_span(text, sents)[1]


def _dateline_span(text: str, sents: list[Sentence]) -> tuple[int, int]:
    """Start and end offsets of a wire dateline ("LIMA, May 23 (Agency) -", "SANTIAGO (Reuters) -",
    "Huamanga.–"): it opens the first paragraph of the body, which may come after the
    headline, a byline or a caption (short lines)."""
    for s in sents[:4]:
        m = _DATELINE.match(text, s.start)
        if m and m.end() - s.start < 120:
            return s.start, m.end()
        if len(s.text) > 150:     # the body has begun
            break
    return 0, 0


# A photo credit that ends a caption: "(Photo: AP)", "[Foto: EFE]", "REUTERS/Jane Doe".
_CREDIT = _cue("credit")
_DESK_LINE = _cue("desk_line")


def _paragraphs(sents) -> dict[int, list]:
    paras: dict[int, list] = {}
    for s in sents:
        paras.setdefault(s.paragraph, []).append(s)
    return paras


def _asides(text: str, sents, lex) -> set[int]:
    """Indices of the sentences of lines that do not tell the report's story: "Read also:"
    and "Lee también:" links, photo and video captions, bylines ("Por la Redacción | Lima,
    5 de diciembre"), the items listed under "We demand:" or "Exigimos:". Their events,
    places and dates are not the report's."""
    out: set[int] = set()
    demands = False         # inside the list under a "We demand:" heading
    for _, para in sorted(_paragraphs(sents).items()):
        ptext = text[para[0].start:para[-1].end]
        if demands and _LIST_ITEM.match(ptext):
            out.update(s.index for s in para)
            continue
        demands = bool(lex.demand_heading and len(ptext) < 120 and lex.demand_heading.match(ptext))
        if (lex.aside_line and lex.aside_line.match(ptext)) or _CREDIT.search(ptext) \
                or (len(ptext) < 80 and _DESK_LINE.match(ptext)) \
                or (lex.byline and len(ptext) < 120 and lex.byline.match(ptext)):
            out.update(s.index for s in para)
    return out


# a line of a list: "- ...", "• ...", "1. ...", "2) ..."
_LIST_ITEM = re.compile(r"\s*(?:[-–—•*·]|\d{1,2}[.)])\s+")


def _in_sentences(offset: int, sents, indices: set[int]) -> bool:
    return bool(indices) and _sentence_at(sents, offset) in indices


def _only_places(line: str, start: int, places) -> bool:
    """Whether a heading line holds nothing but names (places among them) and separators
    ("GAUTENG - Orange Farm", "CUSCO / Espinar"): a bulletin's section, not a headline or a
    link (their words in lower case)."""
    rest = list(line)
    for p in places:
        for i in range(max(0, p.start - start), min(len(line), p.end - start)):
            rest[i] = " "
    left = re.sub(r"\b(?:de|del|la|el|of|the|y|and)\b", " ", "".join(rest))
    # (names the gazetteer lacks may stay: "WESTERN CAPE - Khayelitsha"; a word in lower case may not)
    return not re.search(r"(?<![\w'’])[^\W\d_A-ZÁÉÍÓÚÑ]", left)


def _headings(text: str, sents) -> set[int]:
    """Paragraphs that are sub-headings: one short line without closing punctuation
    ("Roads cut and a court order", "Represión en la ruta")."""
    out = set()
    for p, para in _paragraphs(sents).items():
        if p == 0 or len(para) != 1:
            continue
        line = para[0].text
        if len(line.split()) <= 10 and not re.search(r"[.!?:;,\"”»)\]]\s*$", line):
            out.add(p)
    return out


# "without" / "sin" a few words before a trigger: the trigger names what did not happen
# ("ended without arrests", "sin bloqueos ni enfrentamientos"); "sin embargo" is "however"
# ("without warning", "sin previo aviso", "sin mediar palabra" tell how it happened;
# "dejó sin efecto el estado de emergencia" lifts it)
_QUESTION_END = re.compile(r"\?\s*[\"”»’']?\s*$")
# a verb in the past tense ("blocked", "bloquearon", "marchó"): a habit told in the past is a run of events
_PAST_WORD = _cue("past_word")
_PRIVATIVE = _cue("privative")


# The bare noun of a strike, protest or blockade named as the time or cause of something
# else ("during the strike", "the issues behind the strike", "two months into the strike",
# "durante el paro", "los temas que motivaron la huelga", "el estallido de la huelga"):
# a reference to an event the report tells elsewhere, not an event of its own. (Protests too was
# the first intent, but a later definition of the name this tuple had shadowed it; honoured, it
# costs 4 matched events for 4 false ones fewer on the dev, read and probe sets.)
_BACKGROUND_TYPES = ("strike", "blockade")
_BACKGROUND = _cue("background")


_BARRED_FROM = _cue("barred_from")
_IN_CONNECTION = _cue("in_connection")
_PLANNED_AFTER = _cue("planned_after")
_PROHIBITIVE = _cue("prohibitive")
_CHARGED_WITH = _cue("charged_with")
# the acts a charge names: told as what someone is accused of, not as what happened then
_CHARGE_TYPES = ("riot", "protest", "blockade", "strike")


_QUOTES = {"“": "”", "«": "»", '"': '"'}


def _quoted(text: str, m: _Mention) -> bool:
    """Whether a trigger sits inside quotation marks of its sentence (someone's words)."""
    return _quoted_at(text, m.sentence.start, m.start)


def _quoted_at(text: str, s_start: int, pos: int) -> bool:
    """Whether offset ``pos`` sits inside quotation marks opened in its sentence, or in words
    told after a colon that a verb of saying opens ("pronunció la frase que muchos esperaban: el
    presidente no fue elegido válidamente el 21 de mayo de 2019")."""
    before = text[s_start:pos]
    colon = before.rfind(": ")
    if colon > 0 and _SAYING_BEFORE_COLON.search(before, 0, colon + 1):
        return True
    for op, cl in _QUOTES.items():
        if op == cl:
            if before.count(op) % 2 == 1:
                return True
        elif before.rfind(op) > before.rfind(cl):
            return True
    return False


def _lead_date(sents, dates, dateline_end, has_title) -> str | None:
    """The date in focus at the start: the first precise date of the lead paragraph."""
    first_body_para = 1 if has_title else 0
    for d in dates:
        if d.start < dateline_end or not d.value or len(d.value) < 10:
            continue
        if d.prep in _SINCE:
            continue     # "paralysed since 11 June": the start of a state, not the lead's day
        k = _sentence_at(sents, d.start)
        sent = sents[k] if k >= 0 else None
        para = sent.paragraph if sent is not None else None
        if sent is not None and len(sent.text.split()) <= _STAMP_WORDS and not _CLOSED_SENTENCE.search(sent.text) \
                and "|" in sent.text:
            # a byline's stamp ("Black Sea Review | Long read | 7 April 2010 | Chisinau"): the
            # day of the telling, not of the story; the lead starts after it
            first_body_para = max(first_body_para, para + 1)
            continue
        if para is not None and para <= first_body_para:
            return d.value
        break
    return None


_STAMP_WORDS = 20
_CLOSED_SENTENCE = re.compile(r"[.!?][\"”»’']?\s*$")


_CIVIL_TYPES = ("protest", "strike", "blockade", "riot")
_CIVIL_KINDS = ("community", "union", "civil_society")


def _roles(etype: str, found: list[tuple[int, str, str]]) -> list[Actor]:
    state = {"security_forces", "government", "judiciary"}
    out: list[Actor] = []
    for _, name, kind in sorted(found):
        if etype in ("crackdown", "arrest", "deployment"):
            role = "initiator" if kind == "security_forces" or (etype == "deployment" and kind == "government") else "target"
        elif etype in ("state_of_emergency",):
            role = "initiator" if kind == "government" else "target"
            if kind not in ("government",) and kind in state:
                continue
        elif etype in ("legal_action",):
            role = "initiator" if kind in ("judiciary", "government", "local_government", "civil_society", "community") else "target"
        elif etype in ("suspension",):
            role = "initiator" if kind in ("company", "government", "judiciary") else "target"
        elif etype in ("negotiation", "agreement"):
            role = "initiator"
        else:   # protest, strike, blockade, riot
            role = "target" if kind in state or kind == "company" else "initiator"
            if kind in ("security_forces", "judiciary"):
                continue
        out.append(Actor(name, role, kind))
    if etype == "riot" and not any(a.role == "initiator" for a in out):
        out.append(Actor("Rioters", "initiator", "other"))
    if etype in ("protest", "strike", "blockade") and not any(a.role == "initiator" for a in out):
        out.append(Actor("Protesters", "initiator", "civil_society"))
    if etype == "legal_action" and not any(a.role == "initiator" for a in out):
        out.insert(0, Actor("Prosecutors and courts", "initiator", "judiciary"))
    if etype in ("crackdown", "arrest") and not any(a.role == "initiator" for a in out):
        out.insert(0, Actor("Police", "initiator", "security_forces"))
    if etype == "state_of_emergency" and not any(a.role == "initiator" for a in out):
        out.insert(0, Actor("Government", "initiator", "government"))
    return out


def _fuzzy_company(text: str) -> str | None:
    """A misspelt company name ("Newmonte") next to a company word."""
    from rapidfuzz import fuzz, process
    _, _, _, canon = _companies()
    cands = re.findall(r"\b([A-Z][a-zA-Z]{4,})(?= (?:Mining|Corp|Corporation|Inc|Ltd|S\.A\.|Gold|Copper|Minerals))", text)
    cands += re.findall(r"(?:minera|mining company|la empresa) ([A-Z][a-zA-Z]{4,})", text)
    for c in cands:
        hit = process.extractOne(c, canon, scorer=fuzz.ratio, score_cutoff=85)
        if hit:
            return hit[0]
    return None


# --------------------------------------------------------------------------------------

_SPAN_TYPES = ("strike", "blockade", "protest", "deployment")
# Types that last a stated span ("a 72-hour strike", "a 60-day emergency"); a clash, an
# arrest or an agreement happens on its day ("a truce of 30 days" is not the agreement's end).
_DURATION_TYPES = ("strike", "blockade", "protest", "deployment", "state_of_emergency", "suspension")


def _within(day: str, ev: Event) -> bool:
    """The day a span ends: "the blockade was lifted on Oct. 11" tells the end of the
    nine-day blockade, not another one (a protest on a day inside a long mobilisation may
    well be another)."""
    return bool(ev.date and ev.date_end and len(day) == 10 and day == ev.date_end)


def _compatible_dates(a: Event, b: Event, new_day: bool = False, exact: bool = False) -> bool:
    """Whether two mentions may tell one event by their dates. ``new_day``: one of them is
    told as a new one on a day of its own ("clashes resumed on Thursday"): a day apart is
    then another event."""
    if not a.date or not b.date:
        return True
    if a.date == b.date:
        return True
    if a.type in _SPAN_TYPES and (_within(b.date, a) or _within(a.date, b)):
        # "blocked the road for nine days" ... "the blockade was lifted on Oct. 11"
        return True
    da, db = a.date, b.date
    if len(da) != len(db):
        return da.startswith(db) or db.startswith(da)
    if len(da) == 10:
        if a.type == "state_of_emergency":   # decrees have exact dates: a day apart is another
            return False
        if new_day or exact:
            return False
        try:
            return abs((date.fromisoformat(da) - date.fromisoformat(db)).days) <= 1
        except ValueError:
            return False
    return False


def decide(candidates: list[Candidate], support: list[Event], model: Model | None,
           stats: dict[int, tuple[float, int, float]] | None = None, mode: str = "hybrid") -> list[Event]:
    """Keep the candidates that are events, merge the mentions of one event, and give each
    event its confidence.

    ``mode`` (setting ``CONFLICTWATCH_DECIDER``):
    - ``hybrid`` (default): the rule thresholds of ``data/thresholds.yaml`` keep or drop,
      the learned model gives each kept event its calibrated probability;
    - ``learned``: the model keeps or drops too (at its threshold chosen by cross-validation);
      a model of level "event" merges every candidate first and decides on merged events;
    - ``rules``: no model; the confidence is the rule score.
    ``stats``, when given, receives (best mention score, mentions, rule score) per merged event."""
    dated = _new_days(candidates)
    if model is None or mode == "rules":
        kept = [c.event for c in candidates if c.event.confidence >= _threshold(c.event.type)]
        return _with_support(_merge_folding(kept, {}, dated), support)
    if mode == "learned" and model.level == "event":
        merged = []
        for ev, members in merge_candidates(candidates):
            p = model.score(aggregate_features([c.features for c in members]))
            if p >= model.threshold:
                ev.confidence = round(p, 3)
                merged.append(ev)
        return _with_support(merged, support)
    score_of: dict[int, float] = {}
    kept = []
    for c in candidates:
        c.score = model.score(c.features)
        score_of[id(c.event)] = c.score
        if mode == "learned":
            c.event.confidence = c.score     # merge around the mention the model is surest of
            keep = c.score >= model.threshold
        else:
            keep = c.event.confidence >= _threshold(c.event.type)
        if keep:
            kept.append(c.event)
    members: dict[int, list[Event]] = {}
    merged = _merge_folding(kept, members, dated)
    merged = _fold_rementions(merged, members, {id(c.event): c for c in candidates})
    for ev in merged:
        scores = [score_of.get(id(m), 0.0) for m in members.get(id(ev), [ev])]
        if stats is not None:      # for training the calibrator
            stats[id(ev)] = (max(scores), len(scores), ev.confidence)
        ev.confidence = round(model.calibrate(max(scores), len(scores), ev.confidence), 3)
    return _with_support(merged, support)


def _fold_rementions(merged: list[Event], members: dict[int, list[Event]], cand_of: dict) -> list[Event]:
    """An event none of whose mentions carries any date of the report's (its date is the
    publication's or the paragraph's default), of the same type, action, country and admin1
    as an event the report dates in its own words, is a later mention of that one ("the
    crackdown", "the strike" told again in a closing paragraph), not another event."""
    def mention_feats(ev: Event) -> list[dict]:
        return [c.features for c in (cand_of.get(id(m)) for m in members.get(id(ev), [ev])) if c is not None]

    anchors: dict[tuple, Event] = {}
    for ev in merged:
        if any(f.get("own_date") for f in mention_feats(ev)):
            anchors.setdefault((ev.type, ev.action or "", ev.country, ev.admin1 or ""), ev)
    out = []
    seen: dict[int, set] = {}
    for ev in merged:
        feats = mention_feats(ev)
        home = anchors.get((ev.type, ev.action or "", ev.country, ev.admin1 or ""))
        if home is None and feats and all((f.get("pos=title") or f.get("pos=lead")) and f.get("date_defaulted") for f in feats):
            # a headline told on the day of publication ("Tear gas on the Tuman road: ...") names
            # the body's event of its kind told in the days before, however the body dates it
            before = [o for o in merged if o is not ev and o.type == ev.type and (o.action or "") == (ev.action or "")
                      and o.country == ev.country and o.date and ev.date and o.date[:len(ev.date)] <= ev.date
                      and _day_gap(o.date, ev.date) <= _HEADLINE_DAYS]
            if before:
                home = min(before, key=lambda o: ((o.admin1 or "") != (ev.admin1 or ""), _day_gap(o.date, ev.date)))
        if home is not None and home is not ev and feats and all(f.get("date_defaulted") for f in feats):
            _add_evidence(home, ev.evidence, seen)
            members.setdefault(id(home), [home]).extend(members.get(id(ev), [ev]))
            continue
        out.append(ev)
    return out


_HEADLINE_DAYS = 7     # how far back from its own day a headline's event may be told in the body


# what an agreement (or the lifting) puts an end to, by the words of its own sentence
_ENDS_WHAT = {
    "strike": re.compile(r"(?i)\b(?:strikes?|walk-?outs?|stoppages?|shutdowns?|paros?|huelgas?|paralizaci[oó]n|"
                         r"medidas? de (?:fuerza|lucha))\b"),
    "blockade": re.compile(r"(?i)\b(?:blockades?|road-?blocks?|barricades?|pickets?|occupation|bloqueos?|"
                           r"cortes? de (?:ruta|vía|carretera)|piquetes?|tomas?|tranques?)\b"),
}
_DEAL_ENDS_WITHIN_DAYS = 180


def _ended_by_agreement(events: list[Event]) -> list[Event]:
    """A strike or blockade whose end the report tells through the agreement that lifted it
    ("the strike began on 13 June ... on 30 June the leaders signed the deal and called off the
    strike") lasts until that agreement: its ``date_end`` is the agreement's day, when the
    agreement's own sentence names that kind of action and lies in the same place, after the
    start and within six months."""
    deals = [e for e in events if e.type == "agreement" and e.date and len(e.date) == 10 and e.evidence]
    if not deals:
        return events
    for ev in events:
        words = _ENDS_WHAT.get(ev.type)
        if words is None or ev.date_end or not ev.date or len(ev.date) != 10:
            continue
        ends = []
        for d in deals:
            if d.date <= ev.date or (d.country and ev.country and d.country != ev.country):
                continue
            if d.admin1 and ev.admin1 and d.admin1 != ev.admin1:
                continue
            try:
                days = (date.fromisoformat(d.date) - date.fromisoformat(ev.date)).days
            except ValueError:
                continue
            if days <= _DEAL_ENDS_WITHIN_DAYS and any(words.search(x.sentence) for x in d.evidence):
                ends.append(d.date)
        if ends:
            ev.date_end = min(ends)
    return events


def _with_support(merged: list[Event], support: list[Event]) -> list[Event]:
    # a measure only talked about ("the state of emergency suspends ...") is no event of
    # its own, but it is evidence for the one the report declares
    of_type: dict[str, list[Event]] = {}
    for ev in merged:
        of_type.setdefault(ev.type, []).append(ev)
    seen: dict[int, set] = {}
    for sup in support:
        for ev in of_type.get(sup.type, ()):
            if (ev.admin1 or "") in ("", sup.admin1 or ""):
                _add_evidence(ev, sup.evidence, seen)
                break
    return merged


def _add_evidence(ev: Event, evidence, seen: dict[int, set]) -> None:
    """Append the sentences ``ev`` does not cite yet; ``seen`` keeps each event's cited
    sentences as a set (by event id), so that an event merged from thousands of mentions
    (a report of megabytes) is not searched again for each one."""
    have = seen.get(id(ev))
    if have is None:
        have = seen[id(ev)] = set(ev.evidence)
    for e in evidence:
        if e not in have:
            have.add(e)
            ev.evidence.append(e)


def merge_candidates(candidates: list[Candidate]) -> list[tuple[Event, list[Candidate]]]:
    """Every candidate merged into one event per real event (``_merge``), with the
    candidates each merged event was built from."""
    of_event = {id(c.event): c for c in candidates}
    members: dict[int, list[Event]] = {}
    merged = _merge([c.event for c in candidates], members, _new_days(candidates))
    return [(ev, [of_event[id(m)] for m in members.get(id(ev), [ev])]) for ev in merged]


def _new_days(candidates) -> dict:
    """What keeps mentions of one type a day apart from merging: the (type, day) of the
    events a report tells as new ones on a day of their own ("clashes resumed on Thursday"),
    and, by mention id, the (day, town) a mention's own sentence gives it (the same type
    told in another town on another day is another event)."""
    out: dict = {(c.event.type, c.event.date): True for c in candidates if c.new_day}
    out.update({id(c.event): c.town_day for c in candidates if c.town_day})
    out.update({("ongoing", id(c.event)): True for c in candidates if c.ongoing})
    out.update({("nationwide", id(c.event)): True for c in candidates if c.features.get("nationwide")})
    out.update({("day", id(c.event)): c.own_day for c in candidates if c.own_day})
    out.update({("soft", id(c.event)): True for c in candidates if c.soft_day})
    out.update({("since", id(c.event)): True for c in candidates if c.since})
    out.update({("restates", id(c.event)): True for c in candidates if c.restates})
    out.update({("after", id(c.event)): True for c in candidates if c.told_after})
    out.update({("judged", id(c.event)): True for c in candidates if c.judged})
    return out


def _merge_folding(events: list[Event], members: dict[int, list[Event]], dated) -> list[Event]:
    """``_merge``, with the mentions that name again an event told before (a recap's "Recap: the
    blockade has lasted five days; ...", "herido en el mismo enfrentamiento") set aside: each
    adds its sentence to the report's event of its type and country told before it, the nearest
    in date, whatever day or place the recap's wording gives it. One the report tells nowhere
    before is merged as any other mention."""
    def same_kind(o: Event, ev: Event) -> bool:
        return o.type == ev.type and (o.action or "") == (ev.action or "") \
            and (not o.country or not ev.country or o.country == ev.country)

    def told_before(o: Event, ev: Event) -> bool:
        at = min((e.start for e in ev.evidence), default=0)
        return any(e.start < at for e in o.evidence)

    # (what a trial or a charge is over, "abrió el juicio por los disturbios ante el Seimas", is
    # an event told elsewhere in the report, whatever day the trial has; told nowhere else, it is
    # no event of the trial's day)
    judged = {id(e) for e in events if dated.get(("judged", id(e)))}
    if judged:
        events = [e for e in events if id(e) not in judged
                  or any(same_kind(o, e) and id(o) not in judged for o in events)]
    # (a restatement told after another one of its kind, "una veintena de jóvenes continúan
    # detenidos ... Veintiuno seguían ayer detenidos", names that one's event too)
    aside = [e for e in events if id(e) in judged or (dated.get(("restates", id(e)))
             and any(same_kind(o, e) and told_before(o, e) for o in events if o is not e))]
    # (a mention named in an "after" phrase of a sentence dated by its main clause, "on Friday
    # authorities counted the damage after riots over the law", names the report's event of its
    # kind told on a day up to that one, wherever in the report it is told)
    def before_day(o: Event, ev: Event) -> bool:
        return bool(o.date and ev.date) and o.date[:len(ev.date)] <= ev.date and _day_gap(o.date, ev.date) <= 7 \
            and (not o.admin1 or not ev.admin1 or o.admin1 == ev.admin1)
    aside_ids = {id(a) for a in aside}
    after = [e for e in events if dated.get(("after", id(e))) and id(e) not in aside_ids
             and any(same_kind(o, e) and before_day(o, e) and o.date != e.date
                     and not dated.get(("after", id(o))) for o in events if o is not e)]
    aside += after
    set_aside = {id(e) for e in aside}
    merged = _merge([e for e in events if id(e) not in set_aside], members, dated)
    seen: dict[int, set] = {}
    told_after = {id(e) for e in after}
    for ev in aside:
        if id(ev) in told_after:
            same = [o for o in merged if same_kind(o, ev) and before_day(o, ev)]
            if same:
                home = min(same, key=lambda o: (o.admin1 != ev.admin1, _day_gap(o.date, ev.date)))
                _add_evidence(home, ev.evidence, seen)
                members.setdefault(id(home), [home]).append(ev)
            else:
                merged.append(ev)
            continue
        same = [o for o in merged if same_kind(o, ev) and told_before(o, ev)]
        if not same:      # (its earlier mention was merged into a later event: that one)
            same = [o for o in merged if same_kind(o, ev)]
        home = min(same, key=lambda o: (_day_gap(o.date, ev.date), o.admin1 != ev.admin1))
        _add_evidence(home, ev.evidence, seen)
        members.setdefault(id(home), [home]).append(ev)
    return merged


def _day_gap(a: str | None, b: str | None) -> int:
    """Days between two dates of any precision (a month or a year counts from its first day)."""
    def first_day(v: str) -> date:
        return date.fromisoformat((v + "-01-01")[:10] if len(v) == 4 else (v + "-01")[:10] if len(v) == 7 else v)
    try:
        return abs((first_day(a) - first_day(b)).days)
    except (TypeError, ValueError):
        return 10 ** 6


# "a state of emergency ..., including a night curfew", "un paro ... con bloqueos": what
# follows is part of the event named before it.
_PART_OF = _cue("part_of")


def _part_of(text: str, first: _Mention, m: _Mention) -> bool:
    """Whether ``m`` is told as part of ``first`` ("declared a state of emergency ...,
    including a night curfew"): after it in the sentence, right after "including"."""
    return first.end <= m.start and bool(_PART_OF.search(text, max(first.end, m.start - 40), m.start))


def _ongoing(text: str, m: _Mention) -> bool:
    """A mention of a strike already under way: told with a definite article or a possessive
    ("the strike", "la huelga", "su paro") in a sentence that tells no start of one, nor a
    renewed one on a day of its own ("on 14 September the blockade was back")."""
    s = m.sentence
    if _CONTINUED_AFTER.match(text, m.end) and _DEFINITE.search(text, max(s.start, m.start - 25), m.start):
        return True     # "On Tuesday the blockade continued": the one begun before, on its next day
    if _ENDING_BEFORE.search(text, max(s.start, m.start - 40), m.start):
        return True     # "Termina así un cese de actividades de quince días": the one under way, ending
    if m.new_day:
        return False
    if _STRIKING.match(text, m.start, m.end) or _STILL.search(text, m.start, m.end) \
            or _HELD_BY.match(text, m.start, m.end) \
            or _STILL_BEFORE.search(text, max(s.start, m.start - 25), m.start):
        # "striking miners", "roads remained blocked", "la vía sigue cortada": the state of an
        # action begun before, not a new one
        return True
    if _ORDINAL_BEFORE.search(text, max(s.start, m.start - 25), m.start):
        # "el primer paro general, el 24 de enero": one of several, not the one under way;
        # "realizó el jueves un paro general": a strike, not the strike ("el jueves" is a day)
        return False
    return bool(_DEFINITE.search(text, max(s.start, m.start - 25), m.start)) \
        and not _BEGIN.search(text, s.start, s.end)


_ORDINAL_BEFORE = _cue("ordinal_before")
_ENDING_BEFORE = _cue("ending_before")
_VEHICLES_STOPPED = _cue("vehicles_stopped_before")
_HOLDING_VERB = _cue("holding_verb")
_SUSPENDED_BEFORE = _cue("suspended_thing_before")
_RECAP_OPENING = _cue("recap_opening")
_SAME_TOLD = _cue("same_told_before")


def _same_told(text: str, s: Sentence, m: _Mention) -> bool:
    """Whether the trigger names an event told before ("herido en el mismo enfrentamiento", "condenaron
    la captura")."""
    if _CONDEMNED_TOLD.search(text, max(s.start, m.start - 40), m.start):
        return True
    if m.type == "arrest" and not text[s.start:m.start].strip() and _SUBJECTLESS_TRANSFER.match(text, m.start):
        return True     # "Fueron trasladados en furgones a comisarías": the detainees told before
    if m.type == "arrest" and any(x.start() <= m.start < x.end() for x in _DETAINEES_TOLD.finditer(
            text, max(s.start, m.start - 24), min(s.end, m.end + 4))):
        return True
    return any(x.start() <= m.start < x.end()
               for x in _SAME_TOLD.finditer(text, max(s.start, m.start - 24), min(s.end, m.end + 30)))


_DETAINEES_TOLD = _cue("detainees_told")
# what a trial, a charge or a sentence is over: "the trial over the riot outside the Seimas",
# "acusados por los disturbios", "jailed for their part in the protests"
_JUDGED_BEFORE = _cue("judged_before")
_JUDGED_TYPES = ("riot", "protest", "blockade", "crackdown", "strike")
_NETWORK_AFTER = _cue("network_after")
_SUBJECTLESS_TRANSFER = _cue("subjectless_transfer")
_CONDEMNED_TOLD = _cue("condemned_told")


# Types whose mention told with "went on", "siguieron" ("The clashes went on into Saturday",
# "los enfrentamientos siguieron durante todo el sábado") is the one begun before, still going.
_CONTINUED_TYPES = ("crackdown", "riot", "protest")
_CONTINUED_SUBJECT = _cue("continued_subject")


def _continued(text: str, m: _Mention) -> bool:
    return bool(_CONTINUED_AFTER.match(text, m.end)
                and _CONTINUED_SUBJECT.search(text, max(m.sentence.start, m.start - 25), m.start))


# Types whose later mentions may tell the same event still going on (a strike of weeks).
_ONGOING_TYPES = ("strike", "blockade")
_STRIKING = re.compile(r"(?i)striking\b")
# a sentence whose day may be a day off the event's: a night, or a telling
_SOFT_DAY = re.compile(r"(?i)\b(?:night|overnight|midnight|late on|late that (?:day|night)|small hours|early hours|"
                       r"noche|madrugada|medianoche|anoche|"
                       r"(?:said|says|told|reported|announced|confirmed|dijo|informó|sostuvo|afirmó|aseguró|señaló|indicó|"
                       r"explicó|denunció|anunció|confirmó|reportó)\s+(?:on\s+|el\s+|este\s+|ese\s+|this\s+)?"
                       r"(?:" + _WEEKDAY_NAMES + r"))\b")
_STILL_IN_FORCE = _cue("still_in_force")
# a blockade told by its holders ("la carretera tomada por los comuneros"): one already under way
_HELD_BY = re.compile(r"(?i)tomad[oa]s? ")
_STILL = _cue("still")
_STILL_BEFORE = _cue("still_before")
# a scene set after a time phrase: "Ese mismo día, en Miami, ...", "That same day, in Miami, ..."
_NAMED_BY_MONTH = _cue("named_by_month")
_TODAY = _cue("ago_today_word")
_SCENARIO = _cue("scenario")
_AGO_BEFORE = _cue("ago_before")
_SCENE_IN = _cue("scene_in")
_ABROAD_IN = _cue("abroad_in")
_ABROAD_CITY_POPULATION = 500_000
_RECENT = timedelta(days=60)
_CONTESTED_TYPES = frozenset({"riot", "crackdown"})
_DENIAL = _cue("denial")
_YEAR_TOLD_RELATIVE = _cue("year_told_relative")
_ATTRIBUTION = _cue("attribution")
# a span named by its action: "siete días de cierre", "26 days of strike"
_SPAN_OF_ACTION = _cue("span_of_action")
_CONTINUED_AFTER = _cue("continued_after")
_DEFINITE = _cue("definite")
_DEFINITE_FORCE = _cue("definite_force")
_BEGIN = _cue("begin")


def _apart(o: Event, ev: Event, dated) -> bool:
    if (o.type, o.date) in dated or (ev.type, ev.date) in dated:
        return True
    a, b = dated.get(id(o)), dated.get(id(ev))
    if a and b and a[0] != b[0] and a[1] and b[1] and fold(a[1]) != fold(b[1]):
        return True
    # "On Monday farmers marched ... On Tuesday a second march ...": two clauses each opened
    # by a day of its own tell two events, a day apart or not
    da, db = dated.get(("day", id(o))), dated.get(("day", id(ev)))
    return bool(da and db and da != db)


_PER_TOWN_TYPES = ("protest", "blockade", "arrest", "riot")
_SAME_TOWN_KM = 10.0    # two places this close are one town and its district (merging)


def _sent_there(text: str, s: Sentence, p, m: _Mention) -> bool:
    """Whether place ``p`` is where the trigger's own clause sends the act: after the trigger,
    in its clause, after a locative ("y desplegó al Ejército en las calles de Moroni")."""
    return p.start >= m.end and _same_clause(text, p, m) \
        and bool(_LOCATIVE.search(text, max(s.start, p.start - 25), p.start))


def _other_town_same_day(a, b, apart: bool = False) -> bool:
    """Two mentions each told in a town of its own on the same day ("cientos se concentraron
    frente a la Legislatura en Rawson" ... "esa misma noche hubo marchas en Trelew"): two
    events, one in each town (rule 3). ``apart``: the towns must also lie more than a few
    kilometres apart (riots: "En Pétion-Ville, el barrio acomodado de la capital, fueron
    saqueados supermercados" is the capital's riot told district by district)."""
    if not (a and b and a[0] == b[0] and a[1] and b[1] and fold(a[1]) != fold(b[1])):
        return False
    if not apart or None in (a[2], a[3], b[2], b[3]):
        return True
    return km(a[2], a[3], b[2], b[3]) > _SAME_TOWN_KM


def _same_event(o: Event, ev: Event, dated=None) -> bool:
    if o.type != ev.type or (o.action or "") != (ev.action or ""):
        return False
    if dated and o.type in _ONGOING_TYPES + _CONTINUED_TYPES and o.date and ev.date and (o.country or ev.country) and \
            (o.country == ev.country or not (o.country and ev.country)) and \
            (not o.admin1 or not ev.admin1 or o.admin1 == ev.admin1):
        # "the strike" told on a later day is the strike under way since the earlier one (not
        # one of years before: "en marzo de 2018 las comunidades cortaron la ruta ... el bloqueo
        # siguió ayer")
        if ((dated.get(("ongoing", id(ev))) and ev.date[:len(o.date)] >= o.date[:len(ev.date)]) or
                (dated.get(("ongoing", id(o))) and o.date[:len(ev.date)] >= ev.date[:len(o.date)])) \
                and _days_apart(o.date, ev.date) <= 366:
            return True
    if dated and o.type in _PER_TOWN_TYPES and _other_town_same_day(dated.get(id(o)), dated.get(id(ev)),
                                                                    o.type == "riot"):
        return False
    if dated and o.type in ("blockade", "riot", "crackdown") and bool(o.admin1) != bool(ev.admin1) \
            and (dated.get(("nationwide", id(o))) or dated.get(("nationwide", id(ev)))) \
            and not (dated.get(("ongoing", id(o))) or dated.get(("ongoing", id(ev)))):
        # "police used tear gas against protesters blocking roads" across the country, then
        # "in Porto Alegre, drivers blocked the gates of a garage": the town's blockade is one
        # of its own, not folded into the country's summary
        return False
    # two mentions a day apart are one event only when one of them is told loosely: across a
    # night ("late on Wednesday ... the clashes of Thursday's small hours") or as a telling
    # ("said on Thursday that the march ..."); days told plainly are two events (rule 3)
    exact = bool(dated) and not (dated.get(("soft", id(o))) or dated.get(("soft", id(ev))))
    if not _compatible_dates(o, ev, bool(dated) and _apart(o, ev, dated), exact):
        return False
    if o.admin1 and ev.admin1 and o.admin1 != ev.admin1:
        return False
    if o.country and ev.country and o.country != ev.country:
        return False
    return True


def _merge(events: list[Event], members: dict[int, list[Event]] | None = None,
           dated=None) -> list[Event]:
    """One event per real event: same type (and action), compatible dates and places.
    ``members``, when given, collects the mention events of each merged event
    (keyed by the merged event's id); ``dated``: what keeps mentions a day apart from
    merging (``_new_days``)."""
    out: list[Event] = []
    kinds: dict[tuple, list[Event]] = {}    # (type, action) -> its merged events, in order:
    seen: dict[int, set] = {}               # only those can be the same event (_same_event)
    for ev in sorted(events, key=lambda e: -e.confidence):
        for o in kinds.get((ev.type, ev.action or ""), ()):
            if not _same_event(o, ev, dated):
                continue
            if members is not None:
                members.setdefault(id(o), [o]).append(ev)
            if dated and dated.get(("ongoing", id(o))) and dated.get(("nationwide", id(ev))) \
                    and not dated.get(("nationwide", id(o))):
                # "the blockaders" told again, placed by the paragraph's town, of a blockade
                # told of the whole country: the country's
                o.admin1, o.location, o.latitude, o.longitude, o.geo_precision = (
                    ev.admin1, ev.location, ev.latitude, ev.longitude, ev.geo_precision)
                dated[("nationwide", id(o))] = True
            _start_of_ongoing(o, ev, dated)
            _absorb(o, ev, seen, keep_place=bool(dated) and bool(dated.get(("nationwide", id(o)))))
            break
        else:
            out.append(ev)
            kinds.setdefault((ev.type, ev.action or ""), []).append(ev)
    out.sort(key=lambda e: (e.date or "", e.type))
    return out


def _start_of_ongoing(o: Event, ev: Event, dated) -> None:
    """A merged event built on a mention of a strike under way takes the day the strike began
    (or the earliest day another mention of it under way tells: "the picket" dispersed on
    Tuesday is the one "kept since 6 November")."""
    if dated and dated.get(("ongoing", id(o))) \
            and (not dated.get(("ongoing", id(ev))) or dated.get(("since", id(ev)))) \
            and ev.date and o.date and ev.date[:len(o.date)] < o.date[:len(ev.date)]:
        o.date, o.date_end = ev.date, ev.date_end or o.date_end
        dated[("ongoing", id(o))] = False


def _absorb(o: Event, ev: Event, seen: dict[int, set] | None = None, keep_place: bool = False) -> None:
    """``keep_place``: ``o`` is told of the whole country; a regional reading does not narrow it."""
    if ev.date and (not o.date or (len(ev.date) > len(o.date) and ev.date.startswith(o.date))):
        o.date = ev.date     # (a finer date within the one told; not a day of another month)
    if not o.date_end and ev.date_end:
        o.date_end = ev.date_end
    if keep_place:
        pass
    elif not o.admin1 and ev.admin1:
        o.admin1, o.location, o.latitude, o.longitude, o.geo_precision = (
            ev.admin1, ev.location, ev.latitude, ev.longitude, ev.geo_precision)
    elif ev.geo_precision and o.geo_precision and ev.geo_precision < o.geo_precision and ev.admin1 == o.admin1:
        o.location, o.latitude, o.longitude, o.geo_precision = ev.location, ev.latitude, ev.longitude, ev.geo_precision
    for k in ("participants", "fatalities", "injuries", "arrests"):
        if getattr(o, k) is None and getattr(ev, k) is not None:
            setattr(o, k, getattr(ev, k))
    names = {(a.name, a.role) for a in o.actors}
    o.actors.extend(a for a in ev.actors if (a.name, a.role) not in names)
    _add_evidence(o, ev.evidence, {} if seen is None else seen)
    o.confidence = min(0.99, max(o.confidence, ev.confidence) + 0.05)


@lru_cache(maxsize=4)
def get_extractor(lang: str) -> EventExtractor:
    return EventExtractor(lang if lang in ("en", "es") else "en")
