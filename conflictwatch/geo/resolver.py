"""Find and resolve the places a report names (English and Spanish).

``Geocoder.default().country_focus(text)`` -> the report's main country (ISO2) or None;
``Geocoder.default().find_places(text, focus_country)`` -> ``PlaceMention``s.

How a span becomes a place:

1. Only capitalised name spans are looked up ("La Paz", "San Juan de Miraflores"; connectors
   such as "de", "del", "la" may sit inside a span). Case and accents are ignored in the
   lookup and a possessive "'s" is dropped ("Juliaca's airport" -> Juliaca). The longest
   span found in the gazetteer wins.
2. Spans in the stoplist (``data/stoplist.yaml``: "Police", "Paro", "Mayo", "Monday" ...) are
   not places unless a cue names them as one ("the town of Union").
3. Cues choose the level: "región Arequipa", "the Arequipa region", "departamento de Puno"
   ask for a first-level division; "la provincia de Islay", "Islay province" for a province
   (a second-level one, or a first-level one in countries whose regions are provinces).
   A cue's words are part of the mention's span.
4. Candidates are scored: the focus country first, then places of a first-level division the
   same text names (a town inside a named region beats a bigger namesake elsewhere), then the
   population (log scale). Small foreign towns and words in person-name position need more
   support before they are taken.
5. Typos: a capitalised word not in the gazetteer (or only as a hamlet) in a place-like
   context ("in Calamarca", "Arequpia's") is matched with rapidfuzz against the names of the
   focus country and of places already named in the text, with a population prior.
"""
from __future__ import annotations

import math
import bisect
import re
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process

from conflictwatch.geo.gazetteer import _ARTICLES, Entry, Gazetteer
from conflictwatch.geo.distance import km
from conflictwatch.geo.normalize import EXONYM_POPULATION, fold, other_name
from conflictwatch.records import Place
from conflictwatch.wordre import alternation

_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# The words read around names (connectors, cues, titles, prepositions, street words, diplomatic
# words) are language data: data/cues.yaml.
_CUES = yaml.safe_load((Path(__file__).parent / "data" / "cues.yaml").read_text(encoding="utf-8"))


def _words(key: str, table: dict = _CUES) -> list[str]:
    return [str(w) for w in table[key]]


_alt = alternation      # longest first: "Madre de Dios" beats "Madre"


# Lower-case words that may sit inside a multi-word name ("Madre de Dios", "Bocas del Toro").
_CONNECTORS = set(_words("connectors"))
# "El Triunfo de Santa Tecla": the words that put a place inside the one named next
_NEST_JOIN = re.compile(r"\s+(?:" + "|".join(_words("nesting_connectors")) + r")\s+", re.IGNORECASE)
_LOCATED_BY = re.compile(_CUES["located_by"], re.IGNORECASE)
_NEST_MIN_POPULATION = 10_000   # the outer place must be a town of note (or a division)
# Words naming a division, before ("región Arequipa") or after ("the Arequipa region") a name.
_ADMIN1_CUES = {fold(w) for w in _words("admin1_cues")}
_ADMIN2_CUES = {fold(w) for w in _words("admin2_cues")}
# a cue whose division the gazetteer names with a word after the name ("condado de Douglas": Douglas County)
_CUE_NAME_SUFFIX = {fold(k): fold(v) for k, v in (_CUES.get("cue_name_suffix") or {}).items()}
# Any other cue word ("ciudad", "town", "distrito": Peru's districts are towns) asks for a town.
_CUE_BEFORE = re.compile(
    rf"(?:^|[^\w])(?P<cue>{_alt(_words('cues_before'))})"
    rf"(?:[ \t]+(?:{_alt(_words('cue_joins'))}))?[ \t]+$", re.IGNORECASE)
_ADMIN_AFTER = frozenset(fold(w) for w in _words("cues_after") if w not in ("city", "town"))
_CUE_AFTER = re.compile(rf"^[ \t]+(?P<cue>{_alt(_words('cues_after'))})\b", re.IGNORECASE)
# Words after which a capitalised word is a person's name, not a place.
_TITLES = {fold(w) for w in _words("titles")}
# the articles before a building named again alone ("el Hotel Hermitage ... Adentro del Hermitage")
_SITE_ARTICLES = frozenset(fold(w) for w in _words("site_articles"))
# a name's lower-case "de la" / "of the" before a word ("Ángel de la Independencia")
_NAME_OF_ARTICLES = frozenset(_words("articles", _CUES["name_of_the"]))
_NAME_OF_JOINS = frozenset(_words("joins", _CUES["name_of_the"]))
_SURNAME_PARTICLES = frozenset(_words("particles", _CUES["surname_particle"]))
_SURNAME_ARTICLES = frozenset(_words("articles", _CUES["surname_particle"]))
_SAINTS = frozenset(_words("saints", _CUES["surname_particle"]))
_PLACE_HEADS = frozenset(_words("place_heads", _CUES["surname_particle"]))
_NOBLE_TITLES = frozenset(fold(w) for w in _words("noble_titles", _CUES["surname_particle"]))
# Words before a name that make it a place (for typo matching and for weak candidates).
_PLACE_PREPS = {fold(w) for w in _words("place_preps")}
# Features (mines, lakes: data/features.yaml) carry no population; they are few and named
# on purpose, so their name is a strong signal.
# A division's population is the sum of its towns', so it gets little on top.
# A name before or after these is a street's name, not a place ("Victoria Street", "Avenida Grau").
_STREET_AFTER = set(_words("street_after"))
_ROAD_WORDS = {"road"}
_GOVERNMENT_VERBS = {fold(w) for w in _words("government_verbs_after")}
_INSTITUTION_BEFORE = set(_words("institution_before"))
_NAMED_INSTITUTION_AFTER = set(_words("named_institution_after"))
_UNIVERSITY_BEFORE = set(_words("university_before"))
_FEATURE_HEADS = set(_words("feature_heads"))
_VALLEY_HEADS = set(_words("valley_heads"))
_SYMBOL_HEADS = set(_words("symbol_heads"))
_SYMBOL_JOINS = set(_words("cue_joins"))
_STREET_BEFORE = set(_words("street_before")) | _INSTITUTION_BEFORE
# a street's word, "del" and a name: the street's name ("el paseo del Prado", "la calle del
# Carmen"), not a town (a square "del" a town may be that town's: "la plaza del Callao")
_STREET_WITH_ARTICLE = set(_words("street_before")) - {"plaza", "plazoleta", "parque", "street"}
_SQUARE_WORDS = set(_words("square_words"))
_SQUARE_JOINS = set(_words("square_joins"))
_LEVEL_BONUS = {"country": 3.0, "admin1": 0.2, "admin2": 0.0, "town": 0.0, "feature": 3.0}
_FOCUS_WEIGHT = {"country": 3.0, "admin1": 2.0, "admin2": 1.5, "town": 1.0, "feature": 2.0}
_DATELINE_WEIGHT = 0.5        # a dateline's vote for the report's country
_UNPLACED_COUNTRY_WEIGHT = 0.5  # a country named with none of its towns or regions
_PROMINENCE_FLOOR = 0.3         # a village's vote for its country, against a city's 1.0
# A country's diplomatic mission or envoys ("the Brazilian embassy", "Brazil's foreign minister",
# "la embajada brasileña", "la embajada de Brasil") are that country's, elsewhere: no vote for
# where the story is.
_DIPLO = _CUES["diplomatic"]
_DIPLOMATIC_AFTER = re.compile(rf"(?:'s|’s)?\s+(?:{_alt(_words('after', _DIPLO))})\b", re.I)
_OWNERS_AFTER = re.compile(rf"(?:'s|’s)?(?:\s+|(?=-))(?:{_alt(_words('owners_after'))})\b", re.I)
# "Palestine Action", "Kenya Airways": a body named after a country (written with its capital)
_ORGANISATION_AFTER = re.compile(rf" (?:{_alt(_words('organisation_after'))})\b")
_OF_NAME = re.compile(r"\s+(?:de|of)\s+[A-ZÁÉÍÓÚÑ]")
_NAME_AFTER = re.compile(r" (?:[A-Z][\w-]+)(?: [A-Z][\w-]+)*(?! (?:de|del|of)\b)")
# A weekday abbreviation before a clock time is a live blog's stamp ("Mon 09:40", "Sun, 17:05").
_WEEKDAY_ABBR = frozenset(fold(w) for w in _words("weekday_abbreviations"))
_US_STATES: dict[str, str] = {str(k): str(v) for k, v in (_CUES.get("us_state_abbreviations") or {}).items()}
# a dateline city in capitals (with the line's start before it), a comma, the state's abbreviation and its full stop
_US_DATELINE = re.compile(r"(?m)^[ \t]*(?P<city>[A-Z][A-Z.'’ -]*[A-Z]),[ \t]+(?P<st>"
                          + "|".join(re.escape(k) for k in sorted(_US_STATES, key=len, reverse=True)) + r")\.(?=[,\s-])")
_CLOCK_AFTER = re.compile(r"\.?,?\s+[0-2]?\d[:.h][0-5]\d(?!\d)")
# Regions named by a direction ("Northeast", Iceland's; "the Northeast" of many countries).
_COMPASS = frozenset(fold(w) for w in _words("compass_regions"))
_PLACE_NOUN_BEFORE = re.compile(rf"\b(?:{_alt(_words('place_noun_before'))})\s+$", re.I)
_SEAT_BEFORE = re.compile(rf"\b(?:{_alt(_words('seat_before'))})\s+(?:(?:la|el|the)\s+)?"
                          rf"(?:(?:{_alt(_words('place_noun_before'))})\s+(?:\w+\s+)?(?:de|of)\s+)?$", re.I)
_ETHNIC_BEFORE = re.compile(rf"\b(?:{_alt(_words('ethnic_before'))})\s+$", re.I)
_OWNERS_BEFORE = re.compile(rf"\b(?:{_alt(_words('owners_before'))})\s+$", re.I)
_DIPLOMATIC_BEFORE = re.compile(rf"\b(?:{_alt(_words('before', _DIPLO))})\s+$", re.I)
_DIPLOMATIC_OF = re.compile(rf"\b(?:{_alt(_words('of', _DIPLO))})\s+(?:{_alt(_words('of_joins', _DIPLO))})"
                            rf"\s+(?:the\s+)?$", re.I)
# "the highway to Bolivia", "la frontera con Chile": the country across counts as a hint only
_TOWARD = re.compile(rf"\b(?:{_alt(_words('nouns', _CUES['toward']))})(?:\s+[\w'’-]+){{0,2}}?"
                     rf"\s+(?:{_alt(_words('joins', _CUES['toward']))})\s+(?:[^,.;:()]{{0,30}}?\s+)?(?:the\s+|el\s+|la\s+)?$", re.I)
_TOWARD_WEIGHT = 0.5
_LONE_FOREIGN_POPULATION = 300_000   # a town abroad this big needs no other pointer to its country
_WORLD_CITY = 1_000_000


def _people_elsewhere(text: str, start: int, end: int) -> bool:
    """Whether a demonym names a country's people who say nothing of where the story is: its
    mission ("the Brazilian embassy", "la embajada brasileña") or an ethnic group across borders
    ("an ethnic Albanian speaker" in Skopje)."""
    return bool(_DIPLOMATIC_AFTER.match(text, end)
                or _DIPLOMATIC_BEFORE.search(text, max(0, start - 30), start)
                or _ETHNIC_BEFORE.search(text, max(0, start - 20), start))


# "el departamento guatemalteco de Santa Rosa", "la región chilena de Antofagasta", "the
# Guatemalan department of Santa Rosa", "the Chilean town of Calama": a division or town of the
# country the demonym names
_DIVISION_WORDS = _alt(_words("demonym_divisions"))
_DEMONYM_DIVISION = re.compile(
    rf"\b(?:{_DIVISION_WORDS})\s+(?P<es>[a-záéíóúñ]+)\s+(?:de|del)\s+$"
    rf"|\b(?P<en>[A-Z][a-z]+)\s+(?:{_DIVISION_WORDS})\s+of\s+$", re.I)


def _caps_line_name(text: str, toks, run_from: int, i: int) -> bool:
    """Whether token ``i`` is a word of a name in capitals that opens a line ("RIO DE
    JANEIRO -", "LA PAZ, 3 jul"): every token from the line's start to it, and the one after it
    if joined, is in capitals, and the run goes on to a longer word or ends at a comma or dash."""
    if not _at_line_start(text, toks[run_from][0]) or i - run_from > 4:
        return False
    if not all(t[2].isupper() for t in toks[run_from:i + 1]):
        return False
    j = i
    while j + 1 < len(toks) and j - run_from < 5 and _joined(text, toks[j][1], toks[j + 1][0]) \
            and toks[j + 1][2].isupper():
        j += 1
    if any(len(t[2]) > 3 for t in toks[run_from:j + 1]):
        return True
    return bool(re.match(r"\s*[,(–—-]", text[toks[j][1]:toks[j][1] + 4]))


def _at_line_start(text: str, pos: int) -> bool:
    """Whether only spaces stand between the last line break and ``pos`` (a dateline's place);
    read back at most 200 characters, so that a report of one long line stays linear."""
    before = text[max(0, pos - 200):pos]
    nl = before.rfind("\n")
    return (nl >= 0 or pos <= 200) and not before[nl + 1:].strip()


_PROJECT_NAME = re.compile(rf"\b(?:{_alt(_words('project_before'))})\s+(?:(?:de|del)\s+)?"
                           rf"(?:(?:{_alt(_words('project_heads'))})\s+)?$", re.I)
# a project's name: after "proyecto" with its adjectives ("el proyecto aurífero Cerro Azul"), before
# "project" or "mine" with its mineral ("the Cerro Azul gold project"): the project, not a town
_PROJECT_BEFORE_ADJ = re.compile(rf"\b(?:{_alt(_words('project_before'))})(?:\s+(?!(?:{_alt(_words('project_not_adjectives'))})\b)"
                                 r"(?-i:[a-záéíóúñ]+)){1,2}\s+$", re.I)
_PROJECT_TOWN_MAX = 10_000
_PROJECT_AFTER = re.compile(rf"\s+(?:(?:{_alt(_words('project_minerals'))})\s+)?(?:{_alt(_words('project_after'))})\b", re.I)
# a capitalised word that goes on with "de"/"of" and another name heads an organisation's
# name ("Cuerpo de Ingenieros", "Frente de Defensa"): no typo of a town
_OF_NAME_AFTER = re.compile(rf"\s+(?:{_alt(_words('name_joins'))})\s+[A-ZÁÉÍÓÚÑ]")
_PURPOSE_NAME_BEFORE = re.compile(rf"\b[A-ZÁÉÍÓÚÑ][\w'’-]+\s+(?:{_alt(_words('purpose_joins'))})\s+$")
_CITY_OF = tuple(w + " " for w in _words("city_of"))
_CITY_OF_KEYS = tuple(fold(w) + " " for w in _words("city_of"))
_INSTITUTION_AFTER = re.compile(rf" (?:{_alt(_words('institution_after'))})\b")
# ("on the western edge of": one adjective may come between the article and the noun)
_SUBLOCALITY_AFTER = re.compile(
    r",?\s+(?:" + "|".join(re.escape(w).replace(r"the\ ", r"the\ (?:[a-z-]+\ )?").replace(r"a\ ", r"a\ (?:[a-z-]+\ )?", 1)
                         for w in _words("sublocality_after")) + r")\s+[A-ZÁÉÍÓÚÑ]", re.I)
_BUILDING_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(re.escape(w) for w in _words("building_before")) + r")\s+(?:the\s+|la\s+|el\s+)?$")
_CAPS_MIN_POPULATION = 10_000   # a town named in a run of capitals outside a dateline
_ALTERNATE_PENALTY = 1.5      # matched through an alternate name, not the place's own name


class _AllBut:
    """A set less at most one member, without copying it (one mention's context)."""

    __slots__ = ("base", "gone")

    def __init__(self, base: set, gone):
        self.base, self.gone = base, gone

    def __contains__(self, x) -> bool:
        return x != self.gone and x in self.base

    def __iter__(self):
        return (x for x in self.base if x != self.gone)

    def __len__(self) -> int:
        return len(self.base) - (self.gone is not None and self.gone in self.base)

    def __bool__(self) -> bool:
        return len(self) > 0


@dataclass(slots=True, frozen=True)
class PlaceMention:
    """A place named in a text: character offsets into that text, the text, the place."""

    start: int
    end: int
    surface: str
    place: Place


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    key: str
    cands: list[Entry]
    cue: str | None = None           # "admin1" | "admin2" | "town"
    run_start: bool = True           # first name in its run of capitalised words
    after_title: bool = False
    sentence_start: bool = False
    place_context: bool = False      # after a preposition, a cue, or possessive
    prep_before: bool = False        # right after a preposition ("in", "hacia")
    person_named: bool = False       # a surname the report gives a person elsewhere ("Enrique Alfaro")
    surname_placed: bool = False     # that surname after a preposition ("sobreseyó a Montenegro")
    purpose_named: bool = False      # "Victoria" of "Frente para la Victoria": the end of a party's name
    multiword: bool = False
    in_name_run: bool = False        # a single word with a capitalised neighbour ("Víctor Pérez")
    fuzzy: bool = False              # not found exactly: typo candidate
    exact_weak: bool = False         # found, but only as a small place: typo candidate too
    head_of_longer: bool = False     # "San Juan" of "San Juan de Cedros": a longer, unknown name
    longer_key: str = ""             # that longer name, folded ("san salvador de jujy": a typo of it?)
    longer_end: int = 0
    tail_of_longer: bool = False     # "Inca" of "Cueva del Inca": the end of a longer name
    tail_of_named: bool = False      # "Independencia" of "Ángel de la Independencia"
    city_named: bool = False         # "Ciudad de Panamá": the city told as such, by the name after the words
    dateline: bool = False           # "SUCRE, 12 abr (Agencia) -": a wire's dateline names a city
    org_head: bool = False           # "Cuerpo" of "Cuerpo de Ingenieros": heads a name with "de"/"of"
    surname_after: bool = False      # a single word right before another capitalised word ("Victoria Villarruel")
    after_given: bool = False        # after given names in its run: a surname ("Juan Carlos Trujillo")
    institution: bool = False        # "La Guardia" of "la Guardia Nacional": a body's name
    sublocality: bool = False        # "Kangemi, on the western edge of Nairobi": a part of another place
    building: bool = False           # "el palacio de Cotroceni": a building, a square or a street's name
    demonym_cc: str | None = None    # "el departamento guatemalteco de Santa Rosa": that country's
    common_word: bool = False        # one word opening a sentence, written in lower case elsewhere
    name_goes_on: bool = False       # "San Ángel" of "San Ángel Zurumucapio": a longer name, unknown
    project_named: bool = False      # "el proyecto aurífero Cerro Azul", "the Cerro Azul gold project"
    surname_like: bool = False       # the text's surname of a person, or a typo of it ("Carlo Guiliani, 23")
    names_institution: bool = False  # "Columbia University": an institution's name


class Geocoder:
    """Place resolver over a ``Gazetteer``. ``Geocoder.default()`` loads the shipped one once."""

    _default: "Geocoder | None" = None
    _lock = threading.Lock()

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self._choices: dict[str, tuple[list[str], list[Entry]]] = {}

    @classmethod
    def default(cls) -> "Geocoder":
        if cls._default is None:
            with cls._lock:
                if cls._default is None:
                    cls._default = cls(Gazetteer.load())
        return cls._default

    # --- public API --------------------------------------------------------------------
    def lookup(self, name: str, country: str | None = None) -> list[Place]:
        """Places called ``name`` (case and accents ignored), most prominent first."""
        return [e.to_place() for e in self.gazetteer.lookup(name, country)]

    def _demonym_firsts(self) -> frozenset:
        """First words of the two-word demonyms ("south" of "south african")."""
        cached = getattr(self, "_firsts", None)
        if cached is None:
            cached = frozenset(k.split()[0] for k in self.gazetteer.demonyms if " " in k)
            self._firsts = cached
        return cached

    def country_focus(self, text: str, skip: tuple[int, int] = (0, 0)) -> str | None:
        """The report's main country (ISO2): country names, demonyms and places vote
        (those inside ``skip``, the start and end of a dateline, count a quarter: it names
        the wire's bureau, which is only a hint of the story's place)."""
        votes: dict[str, float] = defaultdict(float)
        placed_votes: dict[str, float] = defaultdict(float)   # words that count where a place of theirs is named
        a, b = skip
        demonyms = self.gazetteer.demonyms
        placed_only = self.gazetteer.placed_only
        firsts = self._demonym_firsts()
        toks = list(_TOKEN.finditer(text))
        skip_next = False
        for i, m in enumerate(toks):
            if skip_next:
                skip_next = False
                continue
            weight = _DATELINE_WEIGHT if a <= m.start() < b else 1.0
            # two-word demonyms first ("South African police", "Sri Lankan troops")
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is not None and m.group().lower() in firsts and text[m.end():nxt.start()] == " ":
                cc = demonyms.get(fold(m.group() + " " + _strip_possessive(nxt.group())[0]))
                if cc:
                    votes[cc] += 2.0 * weight
                    skip_next = True
                    continue
            word = _strip_possessive(m.group())[0]
            key = fold(word)
            cc = demonyms.get(key)
            if cc is None and key in placed_only:
                if not _people_elsewhere(text, m.start(), m.end()):
                    placed_votes[placed_only[key]] += 2.0 * weight
                continue
            if cc and word[:1].isupper() and any(e.level == "country" for e in self.gazetteer.lookup(word)):
                cc = None       # "China" is the country's name (voting below), not Spanish "china"
            if cc and not _people_elsewhere(text, m.start(), m.end()):
                # (a company's foreign owners, capital or staff: "the Chinese-owned smelter")
                if _PLACE_NOUN_BEFORE.search(text, max(0, m.start() - 20), m.start()) and _OF_NAME.match(text, m.end()):
                    continue    # ("la provincia china de Fujian": the place named next votes)
                # ("la litífera china", "la canadiense Neo Lithium": the company's origin too)
                owners = _OWNERS_AFTER.match(text, m.end()) or _OWNERS_BEFORE.search(text, max(0, m.start() - 30), m.start()) \
                    or (word[:1].islower() and _NAME_AFTER.match(text, m.end()))
                votes[cc] += (0.5 if owners else 2.0) * weight
        local: set[str] = set()   # countries some town or region of which the report names
        line_end = None           # where the dateline's run of names ("CUENCA, Ecuador,") ends
        seen_key: Counter = Counter()
        spans = self._spans(text)
        # a place named in full whose name is one country's only, then by its first words ("San
        # Juan de la Maguana ... San Juan province"): the short name votes for that country
        heads: dict[str, str | None] = {}
        for span in spans:
            if span.multiword and not span.fuzzy:
                ccs = {e.country for e in span.cands if fold(e.name) == span.key and e.level == "town"}
                if len(ccs) == 1:
                    cc = next(iter(ccs))
                    words = span.key.split()
                    for i in range(2, len(words)):
                        h = " ".join(words[:i])
                        heads[h] = cc if heads.get(h, cc) == cc else None
        for span in spans:
            if span.fuzzy:
                continue
            weight = 1.0
            if a <= span.start < b:
                if line_end is None:
                    weight = _DATELINE_WEIGHT     # the city: the wire's bureau
                elif re.fullmatch(r"\s*,\s*", text[line_end:span.start]) or (
                        re.fullmatch(r"\s*\(\s*", text[line_end:span.start])
                        and any(e.level in ("admin1", "country") and fold(e.name) == span.key
                                for e in span.cands)):
                    weight = 1.0    # a country or region named right after it ("CUENCA, Ecuador,",
                    # "SANTO TOMÁS, Cusco,", "GUALEGUAYCHÚ (Entre Ríos).-"): where the story is
                else:
                    continue        # the agency's name ("(Gulf of Guinea Desk)") is no place
                line_end = span.end if line_end is None or weight == 1.0 else line_end
            if (_DIPLOMATIC_AFTER.match(text, span.end) or _DIPLOMATIC_OF.search(text, max(0, span.start - 40), span.start)) \
                    and any(e.level == "country" for e in span.cands):
                continue        # "Brazil's embassy", "la embajada de Brasil": that country's mission elsewhere
            if _ORGANISATION_AFTER.match(text, span.end) and any(e.level == "country" for e in span.cands):
                continue        # "Palestine Action": a group's name, no vote
            # each country's best reading of the mention, scored as with no focus
            best: dict[str, tuple[float, Entry]] = {}
            for e in self._plausible(span, None, set()):
                sc = self._score(e, None, set(), set(), span.key, dateline=span.dateline)
                if e.country not in best or sc > best[e.country][0]:
                    best[e.country] = (sc, e)
            if heads.get(span.key) in best:
                best = {heads[span.key]: best[heads[span.key]]}
            if not best:
                # a small place whose name exists in one country only still points there
                # (by its own name: "San Francisco Xavier", an old name of Albuquerque, is
                # most often a saint's, a school's or a university's)
                countries = {e.country for e in span.cands if fold(e.name) == span.key or e.level == "country"}
                # a word that opens a sentence ("On Tuesday") is no hint unless placed
                if len(countries) == 1 and span.run_start and not span.after_title \
                        and not span.in_name_run and (span.place_context or not span.sentence_start):
                    votes[countries.pop()] += 0.5 * weight * max(
                        (_prominence(e) for e in span.cands if fold(e.name) == span.key or e.level == "country"),
                        default=1.0)
                continue
            top = max(sc for sc, _ in best.values())
            shares = {cc: math.exp(1.5 * (sc - top)) for cc, (sc, _) in best.items()}
            total = sum(shares.values())
            if any(e.level == "country" for e in span.cands) \
                    and _TOWARD.search(text, max(0, span.start - 40), span.start):
                weight *= _TOWARD_WEIGHT
            if _PROJECT_NAME.search(text, max(0, span.start - 40), span.start):
                continue        # "la mina Cerro Lajas": a project's name, no vote
            if _SEAT_BEFORE.search(text, max(0, span.start - 70), span.start):
                weight *= 0.25  # a company's seat: where the company is, not the story
            # (a name told again and again counts less each time: "Sucre", in a report from
            # Bolivia's Sucre, has a Venezuelan state's reading too; repeated, it must not outvote
            # every other place the report names)
            seen_key[span.key] += 1
            weight /= seen_key[span.key] if len(best) > 1 else 1
            for cc, share in shares.items():
                level_weight = 1.0 if span.dateline else _FOCUS_WEIGHT.get(best[cc][1].level, 1.0)
                votes[cc] += weight * level_weight * share / total * _prominence(best[cc][1])
                if best[cc][1].level != "country" and span.key not in _COMPASS:
                    local.add(cc)   # (a region named by a direction, "the Northeast", is too weak a sign)
        for cc, v in placed_votes.items():
            if cc in local:
                votes[cc] += v
        if not votes:
            return None
        # a country the report names only as a country (a lender, a market, an owner: "loans
        # from two United States government agencies"), with no town or region of its own,
        # counts half against one whose towns or regions the report names
        if local:
            for cc in votes:
                if cc not in local:
                    votes[cc] *= _UNPLACED_COUNTRY_WEIGHT
        return max(votes.items(), key=lambda kv: kv[1])[0]

    def find_places(self, text: str, focus_country: str | None = None) -> list[PlaceMention]:
        """Every place named in ``text``, resolved with the focus country and the context."""
        focus = focus_country.upper() if focus_country else None
        spans = self._spans(text)
        # (a word the text gives a person as a surname is no typo for a place, spelt as it
        # is there or nearly so: "Carlo Guiliani, 23, ... Giuliani's death" is no Giugliano)
        if any(sp.fuzzy or sp.exact_weak for sp in spans):
            surnames = self._surnames(text)
            if surnames:
                for sp in spans:
                    if (sp.fuzzy or sp.exact_weak) and not sp.multiword and (
                            sp.key in surnames or process.extractOne(sp.key, surnames, scorer=fuzz.ratio,
                                                                     score_cutoff=_SURNAME_TYPO) is not None):
                        sp.surname_like = True
        # Pass 1: resolve without context; the first-level divisions named give the context.
        first = [(s, self._resolve(s, focus, set(), set())) for s in spans]
        # the divisions the text names by the names it writes (a typo's guess is no evidence
        # of where the story is: "Nandigram", a West Bengal village the gazetteer lacks, is
        # not Nandigama of Andhra Pradesh when the text names West Bengal)
        solid = [e for sp, e in first if e is not None and e.admin1 and e.latitude is not None
                 and e.level != "country" and not _typo_fixed(sp, e)]
        counts: dict[tuple, int] = defaultdict(int)
        same_name: dict[tuple, int] = defaultdict(int)
        for sp, e in first:
            if e is not None and e.admin1:
                counts[(e.country, e.admin1)] += 1
                same_name[(sp.key, e.country, e.admin1)] += 1
        # what the mentions name, counted once (not rebuilt per mention: that was quadratic
        # in the number of mentions, minutes for a long event-dense text)
        times_named = Counter(e.index for _, e in first if e is not None)
        all_named = set(times_named)
        country_of = {i: self.gazetteer.entry(i).country for i in all_named}
        places_in = Counter(country_of.values())
        # per paragraph, the divisions its mentions name (and per name), counted once
        para_of = []
        para_counts: dict[int, Counter] = defaultdict(Counter)
        para_same: dict[tuple, int] = defaultdict(int)
        newlines = [m.start() for m in re.finditer("\n", text)]
        for sp, e in first:
            i = bisect.bisect_left(newlines, sp.start)
            pa = newlines[i - 1] + 1 if i else 0
            para_of.append(pa)
            if e is not None and e.admin1:
                para_counts[pa][(e.country, e.admin1)] += 1
                para_same[(pa, sp.key, e.country, e.admin1)] += 1
        # a place named in full, then by its first word ("Mahalla el-Kubra ... in Mahalla"):
        # the short name, unknown alone, is that place
        short: dict[str, Entry | None] = {}
        # ... and by its last word ("San Francisco Xochicuautla ... in Xochicuautla"): that place,
        # not a namesake elsewhere
        tails: dict[str, Entry | None] = {}
        for sp, e in first:
            if e is not None and sp.multiword and e.level == "town" and not sp.fuzzy:
                head = sp.key.split()[0]
                short[head] = e if short.get(head, e) is e else None     # (two such places: neither)
                tail = sp.key.split()[-1]
                if len(tail) >= 5 and fold(e.name) == sp.key:
                    tails[tail] = e if tails.get(tail, e) is e else None
        out: list[PlaceMention] = []
        for k, (span, own) in enumerate(first):
            if span.fuzzy and own is None and short.get(span.key) is not None:
                out.append(PlaceMention(span.start, span.end, text[span.start:span.end], short[span.key].to_place()))
                continue
            whole = tails.get(span.key) if not span.multiword and not span.in_name_run \
                and span.key not in self.gazetteer.given_names else None
            if whole is not None and own is not None and own.level == "town" and own.index != whole.index \
                    and own.population < _TAIL_NAMESAKE_MAX:
                out.append(PlaceMention(span.start, span.end, text[span.start:span.end], whole.to_place()))
                continue
            # the context is what the mentions of *other* names name (a name said twice
            # does not support its own first reading)
            context_admin1 = {key for key, n in counts.items() if n - same_name.get((span.key, *key), 0) > 0}
            gone = own.index if own is not None and times_named[own.index] == 1 else None
            named = _AllBut(all_named, gone)
            # the countries the other mentions are in count as a context too
            gone_cc = country_of[gone] if gone is not None else None
            context_admin1 |= {(cc, None) for cc, n in places_in.items() if n - (cc == gone_cc) > 0}
            # the divisions named in the same paragraph say more than those named elsewhere
            # (a report on two provinces, each with a town called Rawson)
            pa = para_of[k]
            nearby = {ca for ca, n in para_counts[pa].items() if n - para_same.get((pa, span.key, *ca), 0) > 0}
            e = self._resolve(span, focus, context_admin1, named, nearby, solid)
            if e is not None and span.names_institution and e.level in ("town", "admin2") \
                    and (e.country, e.admin1) not in nearby and e.index not in named \
                    and any(c.country == e.country and c.level == "town" and c.admin1 != e.admin1
                            for c in span.cands):
                # "Columbia University" in a report from New York: a name that towns of several
                # divisions share says where the institution is only when its paragraph points
                # there otherwise (not Columbia, South Carolina); one town's own name stays that
                # town ("the University of Dhaka")
                continue
            if e is not None and e.level == "town" and 0 < e.population < _HAMLET_POPULATION and e.index not in named \
                    and (e.country, e.admin1) not in nearby and any(c == e.country and a for c, a in nearby):
                # "el bosque de Hambach, en Renania del Norte-Westfalia": a hamlet of another
                # division than the one its paragraph names is a namesake of a place the
                # gazetteer lacks there
                continue
            if e is not None and e.level == "town" and e.index not in named \
                    and _NEIGHBOURHOODS_OF.search(text, max(0, span.start - 80), span.start) \
                    and any(c == e.country and a for c, a in context_admin1) \
                    and (e.country, e.admin1) not in context_admin1:
                # "deployed in the Kurdish neighbourhoods of Shorsh, Sarchinar and Rahimawa" (in a
                # report from Kirkuk): a neighbourhood of the report's town, not a namesake town of
                # another division the report never names
                continue
            if e is not None and span.key in _WEEKDAY_ABBR and _CLOCK_AFTER.match(text, span.end):
                continue        # "Mon 09:40": a live blog's stamp, not Myanmar's Mon State
            if e is not None:
                end = span.longer_end if span.longer_end and fold(e.name) != span.key \
                    and len(fold(e.name).split()) == len(span.longer_key.split()) else span.end
                out.append(PlaceMention(span.start, end, text[span.start:end], e.to_place()))
        out = self._with_us_dateline_state(out, text)
        return self._without_lone_foreign_towns(out, focus, text) if focus else out

    def _with_us_dateline_state(self, found: list[PlaceMention], text: str) -> list[PlaceMention]:
        """"CUMBERLAND, Ky., Aug. 1", "PORTLAND, Ore. -": a US dateline's state abbreviation (cues.yaml
        ``us_state_abbreviations``) names that state, and the dateline's city is that state's town of
        the name when the gazetteer has one (Cumberland, Kentucky, not Cumberland, Rhode Island)."""
        m = _US_DATELINE.search(text, 0, 400)
        if m is None:
            return found
        state = next((e for e in self.gazetteer.candidates(fold(_US_STATES[m.group("st")]))
                      if e.country == "US" and e.level == "admin1"), None)
        if state is None:
            return found
        out = [p for p in found if not (m.start("st") <= p.start < m.end("st"))]
        town = max((e for e in self.gazetteer.candidates(fold(m.group("city")))
                    if e.country == "US" and e.level == "town" and e.admin1 == state.admin1
                    and fold(e.name) == fold(m.group("city"))), key=lambda e: e.population, default=None)
        if town is not None:
            out = [p for p in out if not (m.start("city") <= p.start < m.end("city"))]
            out.append(PlaceMention(m.start("city"), m.end("city"), m.group("city"), town.to_place()))
        out.append(PlaceMention(m.start("st"), m.end("st") + 1, text[m.start("st"):m.end("st") + 1], state.to_place()))
        return sorted(out, key=lambda p: p.start)

    def _without_lone_foreign_towns(self, found: list[PlaceMention], focus: str, text: str) -> list[PlaceMention]:
        """A town abroad that nothing else in the report points to (no name of its country, no
        demonym, no other place there) is most often a local place the gazetteer lacks, read as
        a namesake abroad ("Batu", Ziway's other name, in a report from Ethiopia, is not the
        Indonesian city): dropped, unless it is a city of 300,000 people or more."""
        # (a city named by its name in the report's language, "Ginebra", "Londres", is that
        # city: a local place the gazetteer lacks is not written as another tongue's exonym)
        lone = [m for m in found if m.place.country != focus and m.place.level in ("town", "admin2")
                and m.place.population < _LONE_FOREIGN_POPULATION
                and not (m.place.population >= EXONYM_POPULATION and other_name(m.surface, m.place.name)
                         # (a short form of the name is no exonym: "Mirpur", a district of Dhaka,
                         # is not New Mirpur City of Azad Kashmir)
                         and not set(fold(m.surface).split()) <= set(fold(m.place.name).split()))]
        if not lone:
            return found
        support: dict[str, set] = defaultdict(set)     # country -> the names that point to it
        for m in found:
            support[m.place.country].add("" if m.place.level in ("country", "admin1") else fold(m.place.name))
        demonyms = self.gazetteer.demonyms
        for t in _TOKEN.finditer(text):
            cc = demonyms.get(fold(_strip_possessive(t.group())[0]))
            if cc:
                support[cc].add("")
        drop = {id(m) for m in lone if not (support[m.place.country] - {fold(m.place.name)})}
        return [m for m in found if id(m) not in drop]

    # --- spans ---------------------------------------------------------------------------
    def _spans(self, text: str) -> list[_Span]:
        # country_focus() and find_places() of one report read the same spans: keep the last
        cached = getattr(self, "_last_spans", None)
        if cached is not None and cached[0] is text:
            return cached[1]
        spans = self._compute_spans(text)
        self._last_spans = (text, spans)
        return spans

    def _compute_spans(self, text: str) -> list[_Span]:
        gaz = self.gazetteer
        toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        # the words the text writes in lower case: "Mineros" opening a sentence of a text that
        # says "mineros" elsewhere is that word, not the town of Santa Cruz
        lower = {w for _, _, w in toks if w.islower()}
        spans: list[_Span] = []
        i = 0
        run_from = 0                       # index of the first token of the current capitalised run
        given_upto = -1                    # the token right after a run of stoplisted given names
        site_names: set[str] = set()       # names told after a building's word ("Hotel Hermitage")
        while i < len(toks):
            s, e, w = toks[i]
            if i == 0 or not _joined(text, toks[i - 1][1], s) or not _is_cap(toks[i - 1][2]):
                run_from = i
            if not _is_cap(w) or (w.isupper() and 1 < len(w) <= 3 and not (
                    # acronyms (PNP, ONU), but not a word of a capitalised dateline's name
                    # ("SAN SALVADOR DE JUJUY", "EL ALTO, Bolivia", "RIO DE JANEIRO", "LA PAZ")
                    i + 1 < len(toks) and _joined(text, e, toks[i + 1][0]) and toks[i + 1][2].isupper()
                    and len(toks[i + 1][2]) > 3)
                    and not _caps_line_name(text, toks, run_from, i)):
                i += 1
                continue
            if i > 0 and toks[i - 1][2].islower() and _joined(text, toks[i - 1][1], s) \
                    and (fold(toks[i - 1][2]) in _STREET_BEFORE or fold(toks[i - 1][2]) in _FEATURE_HEADS):
                # a named site with its word in lower case ("la plaza Murillo"): the site, when
                # the gazetteer has it (the name alone may be a surname or another town)
                k = i
                while k + 1 < len(toks) and k - i < 3 and _joined(text, toks[k][1], toks[k + 1][0]) \
                        and _is_cap(toks[k + 1][2]):
                    k += 1
                site = None
                for j in range(k, i - 1, -1):
                    head_key = fold(text[toks[i - 1][0]:toks[j][1]])
                    sites = [e for e in gaz.candidates(head_key) if e.level == "feature"] if gaz.has(head_key) else []
                    if sites:
                        site = (j, head_key, sites)
                        break
                if site is not None:
                    j, head_key, sites = site
                    span = _Span(toks[i - 1][0], toks[j][1], head_key, sites, multiword=True)
                    self._annotate(span, text, toks, i - 1, j, run_from, False, lower)
                    spans.append(span)
                    i = j + 1
                    continue
            found = None
            stopped = False
            # longest span first: up to 6 tokens, joined by single spaces, ending capitalised
            last = i
            while last + 1 < len(toks) and last - i < 5 and _joined(text, toks[last][1], toks[last + 1][0]) \
                    and (_is_cap(toks[last + 1][2]) or toks[last + 1][2].lower() in _CONNECTORS):
                last += 1
            for j in range(last, i - 1, -1):
                if not _is_cap(toks[j][2]):
                    continue
                end = toks[j][1]
                surface, poss = _strip_possessive(text[s:end])
                key = fold(surface)
                if key in gaz.stoplist and surface.lower() not in gaz.accented_places:
                    cue = self._cue(text, s, s + len(surface))
                    if cue is not None and cue[1] < s and text[cue[1]].isupper() \
                            and re.fullmatch(r"\w+[ \t]+", text[cue[1]:s]):
                        cue = None      # ("the District Court": one name, not the district of a town Court)
                    if cue is None:
                        stopped = True
                        found = (j, None, None)
                        break
                if gaz.has(key):
                    found = (j, key, poss)
                    break
            if found is None:
                # a capitalised word not in the gazetteer: a typo candidate
                surface, poss = _strip_possessive(w)
                key = fold(surface)
                # (an acronym in capitals, outside a dateline, is an organisation's: "ASAJA, COAG y UPA")
                if len(key) >= 5 and key not in gaz.stoplist \
                        and not (surface.isupper() and len(surface) <= 8 and not _at_line_start(text, s)):
                    span = _Span(s, s + len(surface), key, [], fuzzy=True)
                    self._annotate(span, text, toks, i, i, run_from, poss, lower)
                    if span.place_context and span.run_start and not span.after_title:
                        spans.append(span)
                i += 1
                continue
            j, key, poss = found
            if stopped:
                # (a stoplisted given name restarts the run, but what follows it is a surname:
                # "Juan Carlos Trujillo")
                stop_key = fold(_strip_possessive(text[s:toks[j][1]])[0])
                # (and so does one after a capitalised word that opens no saint's or place's name:
                # "el ministro de Seguridad y Justicia Guillermo Montenegro")
                prev_key = fold(toks[i - 1][2]) if i > run_from else ""
                given_upto = j + 1 if stop_key in gaz.given_names and (
                    given_upto == i or i == run_from
                    or (prev_key not in _SAINTS and prev_key not in _FEATURE_HEADS
                        and prev_key not in _STREET_BEFORE and prev_key not in _PLACE_HEADS)) else -1
                i = j + 1
                run_from = i
                continue
            surface, _ = _strip_possessive(text[s:toks[j][1]])
            prev_w = fold(toks[i - 1][2]) if i > 0 else ""
            next_w = fold(toks[j + 1][2]) if j + 1 < len(toks) else ""
            # ("Piazza della Vittoria", "Praça da Sé": the square's word, a connector, the name)
            prev2_w = fold(toks[i - 2][2]) if i > 1 else ""
            # ("Liceo Confederación Suiza", "Hospital Carlos Monge Medrano": a name that an
            # institution's word opens, some words before, is that institution's)
            if (prev_w in _STREET_BEFORE and _joined(text, toks[i - 1][1], s)) or \
                    (prev_w in _FEATURE_HEADS and _joined(text, toks[i - 1][1], s)) or \
                    (prev_w in _SQUARE_JOINS and prev2_w in _FEATURE_HEADS and _joined(text, toks[i - 1][1], s)
                     and _joined(text, toks[i - 2][1], toks[i - 1][0])) or \
                    (prev_w in _SQUARE_JOINS and prev2_w in _VALLEY_HEADS and toks[i - 2][2][:1].isupper()
                     and _joined(text, toks[i - 1][1], s) and _joined(text, toks[i - 2][1], toks[i - 1][0])) or \
                    (prev_w in _SYMBOL_JOINS and prev2_w in _SYMBOL_HEADS and _joined(text, toks[i - 1][1], s)
                     and _joined(text, toks[i - 2][1], toks[i - 1][0])) or \
                    (run_from < i - 1 and fold(toks[run_from][2]) in _INSTITUTION_BEFORE) or \
                    (0 < run_from < i and fold(toks[run_from - 1][2]) in _INSTITUTION_BEFORE
                     and _joined(text, toks[run_from - 1][1], toks[run_from][0])) or \
                    (prev_w in _SQUARE_JOINS and prev2_w in _SQUARE_WORDS and _joined(text, toks[i - 1][1], s)
                     and _joined(text, toks[i - 2][1], toks[i - 1][0])) or \
                    (prev_w == "del" and prev2_w in _STREET_WITH_ARTICLE and _joined(text, toks[i - 1][1], s)
                     and _joined(text, toks[i - 2][1], toks[i - 1][0])) or \
                    (next_w in _STREET_AFTER and _joined(text, toks[j][1], toks[j + 1][0])
                     # ("the old Röszke road crossing": a road of the town, not one named after it)
                     and not (next_w in _ROAD_WORDS and toks[j + 1][2][:1].islower())):
                if (run_from < i - 1 and fold(toks[run_from][2]) in _INSTITUTION_BEFORE) or prev_w in _INSTITUTION_BEFORE:
                    site_names.add(key)
                i = j + 1
                continue
            if key in site_names and prev_w in _SITE_ARTICLES and _joined(text, toks[i - 1][1], s) \
                    and not any(e.level in ("admin1", "admin2", "country") for e in gaz.candidates(key)):
                # "el Hotel Hermitage ... Adentro del Hermitage": the building named before, told
                # again with its article, is that building (no town of the name; "la Policía del
                # Chubut" still names the province)
                i = j + 1
                continue
            if next_w in _GOVERNMENT_VERBS and prev_w not in _PLACE_PREPS and _joined(text, toks[j][1], toks[j + 1][0]) \
                    and any(e.level == "town" and e.population >= _GOVERNMENT_SEAT_POPULATION
                            for e in gaz.candidates(key)):
                # "a day after Budapest sealed the frontier": the government, not a place
                i = j + 1
                continue
            span = _Span(s, s + len(surface), key, gaz.candidates(key), multiword=j > i)
            if j > i and fold(toks[j][2]) in _ADMIN_AFTER:
                # "North-Western Province" is also "North-Western" with its division's word: the
                # divisions of the shorter name join the candidates (an alternate name that keeps
                # the word may be another country's: Sri Lanka's "North Western Province")
                short = fold(_strip_possessive(text[s:toks[j - 1][1]])[0])
                have = {e.index for e in span.cands}
                span.cands = span.cands + [e for e in gaz.candidates(short) if e.level in ("admin1", "admin2")
                                           and e.index not in have]
            # "Columbia University('s)", "Camden Yards", "la Universidad de Columbia": an institution's name
            span.names_institution = (
                (j + 1 < len(toks) and fold(_strip_possessive(toks[j + 1][2])[0]) in _NAMED_INSTITUTION_AFTER
                 and _joined(text, toks[j][1], toks[j + 1][0]))
                or (prev_w in _SYMBOL_JOINS and prev2_w in _UNIVERSITY_BEFORE
                    and _joined(text, toks[i - 1][1], s) and _joined(text, toks[i - 2][1], toks[i - 1][0])))
            if key.startswith(_CITY_OF_KEYS):
                # "Ciudad de Panamá", "City of Tshwane": the city of the name after the words
                if not span.cands:
                    span.cands = [e for e in gaz.candidates(key.split(" ", 2)[-1]) if e.level == "town"]
                span.city_named = any(e.level == "town" for e in span.cands)
            # "San Juan de Cedros" is not in the gazetteer but "San Juan" is: a name that goes on
            # with a connector and another capitalised word is a longer name of its own
            span.head_of_longer = not poss and j < last and toks[j + 1][2].lower() in _CONNECTORS \
                and any(_is_cap(toks[k][2]) for k in range(j + 2, last + 1)) \
                and fold(toks[j + 1][2]) not in ("y", "e", "and")
            if span.head_of_longer:
                k = max(k for k in range(j + 2, last + 1) if _is_cap(toks[k][2]))
                span.longer_end = toks[k][1]
                span.longer_key = fold(text[s:span.longer_end])
            self._annotate(span, text, toks, i, j, run_from, poss, lower)
            if given_upto == i and i > 0 and _joined(text, toks[i - 1][1], toks[i][0]):
                span.after_given = True
            if text[span.start:span.end].isupper() and not span.dateline:
                # words in capitals outside a dateline are a heading or a slogan ("PUEBLO QUE
                # LUCHA", read as "the town of Que"): only a place of note is named in them
                span.cands = [e for e in span.cands if e.level != "town" or e.population >= _CAPS_MIN_POPULATION]
                if j == i and len(text[span.start:span.end]) <= 5:
                    # a short word in capitals is an acronym ("el OEFA ordenó"), a place only by
                    # its own name ("PERU"), not by another language's name for it ("Oefa", Ufa)
                    span.cands = [e for e in span.cands if fold(e.name) == span.key]
                if not span.cands:
                    i = j + 1
                    continue
            spans.append(span)
            i = j + 1
        # one name, one sense in a report: a surname told after a given name or a title
        # ("Governor Enrique Alfaro") is that person where it stands alone again ("Alfaro
        # announced"), unless a preposition or a cue places it
        # (and a name told with an age: "said Salem, 58," is a man, not Jerusalem's old name)
        people = {sp.key for sp in spans if not sp.multiword
                  and (sp.after_given or (sp.after_title and sp.surname_after)
                       or (not sp.place_context and _AGE_AFTER.match(text, sp.end)))}
        for sp in spans:
            if sp.key in people and not sp.multiword:
                if sp.place_context:
                    sp.surname_placed = True
                else:
                    sp.person_named = True
        return self._nested(spans, text)

    @staticmethod
    def _nested(spans: list[_Span], text: str) -> list[_Span]:
        """"el cantón El Triunfo de Santa Tecla", "Buenos Aires de Puntarenas": a name, "de" and a
        town or division the gazetteer knows, the whole name unknown to it, is the first place
        inside the second: of the first, only the readings in the second's division stay (not a
        namesake abroad; none, when the gazetteer lacks it there); the second is a place of its
        own, no tail of a longer name."""
        drop: set[int] = set()
        for n, a in enumerate(spans):
            b = spans[n + 1] if n + 1 < len(spans) else None
            if b is None or not a.head_of_longer or b.fuzzy or b.end != a.longer_end \
                    or not _NEST_JOIN.fullmatch(text, a.end, b.start):
                continue
            outer = [o for o in b.cands if o.level in ("admin1", "admin2", "town")]
            if not outer:
                continue
            # (inside a division: in it; inside a town: in its province, not merely its region --
            # "San Juan de Cedros" is no San Juan elsewhere in Zacatecas)
            inner = [e for e in a.cands if e.level != "country" and any(
                e.country == o.country and e.admin1 == o.admin1 and (
                    o.level == "admin1" or (o.level == "admin2" and e.admin2 == o.name)
                    or (o.level == "town" and o.admin2 and e.admin2 == o.admin2))
                for o in outer)]
            if inner:
                a.cands, a.head_of_longer = inner, False
                b.cands = [o for o in outer if any(e.country == o.country and e.admin1 == o.admin1 for e in inner)]
            elif all(e.level in ("town", "admin2") and e.population < _NEST_MIN_POPULATION for e in a.cands) \
                    or (any(o.level != "town" or o.population >= _NEST_MIN_POPULATION for o in outer)
                        and not any(e.level == "country" or e.country in {o.country for o in outer} for e in a.cands)):
                drop.add(n)     # (the gazetteer lacks the inner place: its readings are namesakes elsewhere)
            else:
                continue
            b.tail_of_longer = False
        out = [sp for n, sp in enumerate(spans) if n not in drop]
        # "the Nikaia junction, outside Larissa": a name located by the next one is read in that
        # one's division when it has a reading there (Thessaly's Nikaia, not the Athens suburb)
        for a, b in zip(out, out[1:]):
            if b.fuzzy or len(a.cands) < 2 or not _LOCATED_BY.fullmatch(text, a.end, b.start):
                continue
            outer = {(o.country, o.admin1) for o in b.cands if o.level in ("admin1", "admin2", "town") and o.admin1}
            inner = [e for e in a.cands if (e.country, e.admin1) in outer]
            if inner and len(outer) == 1:
                # (and so is the name told again: "Nikaia ... quickly became the headquarters")
                for c in out:
                    if c.key == a.key and not c.fuzzy:
                        kept = [e for e in c.cands if (e.country, e.admin1) in outer]
                        c.cands = kept or c.cands
        return out

    def _annotate(self, span: _Span, text: str, toks, i: int, j: int, run_from: int,
                  poss: bool, lower=frozenset()) -> None:
        gaz = self.gazetteer
        dem = _DEMONYM_DIVISION.search(text, max(0, span.start - 60), span.start)
        if dem:
            span.demonym_cc = gaz.demonyms.get(fold(dem.group("es") or dem.group("en")))
        cue = self._cue(text, span.start, span.end)
        if cue:
            level, cs, ce = cue
            span.cue = level
            suffix = _CUE_NAME_SUFFIX.get(fold(text[cs:span.start].split()[0])) if cs < span.start else None
            if suffix and gaz.has(f"{span.key} {suffix}"):
                # "el condado de Douglas": the gazetteer's Douglas County
                span.cands = gaz.candidates(f"{span.key} {suffix}") + span.cands
            span.start, span.end = min(span.start, cs), max(span.end, ce)
        prev = toks[i - 1][2] if i > 0 else ""
        before = text[toks[i - 1][1]:toks[i][0]] if i > 0 else ""
        span.sentence_start = i == 0 or bool(re.search(r"[.!?\n\"“«]", before))
        span.common_word = span.sentence_start and i == j and toks[i][2].lower() in lower
        # the run of capitalised words restarts after stoplisted words and cues ("Lake", "Región")
        k = run_from
        # and after a capitalised preposition or article that opens a sentence ("En Tilcara")
        while k < i and (fold(toks[k][2]) in gaz.stoplist or fold(toks[k][2]) in _ADMIN1_CUES | _ADMIN2_CUES
                         or fold(toks[k][2]) in _PLACE_PREPS or fold(toks[k][2]) in _CONNECTORS):
            k += 1
        span.run_start = k == i
        cues = _ADMIN1_CUES | _ADMIN2_CUES
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        # another capitalised word right after the name: a surname after one word, a longer
        # name after several ("Victoria Villarruel", "San Ángel Zurumucapio")
        cap_after = not poss and nxt is not None and _is_cap(nxt[2]) \
            and _joined(text, toks[j][1], nxt[0]) and fold(nxt[2]) not in cues
        span.surname_after = i == j and cap_after
        span.in_name_run = i == j and (not span.run_start or span.surname_after)
        span.name_goes_on = j > i and cap_after
        span.after_given = run_from < i and all(fold(toks[x][2]) in gaz.given_names for x in range(run_from, i)) \
            and all(_joined(text, toks[x][1], toks[x + 1][0]) for x in range(run_from, i))
        particle = not span.after_given and i == j and _after_given_particle(text, toks, i, gaz.given_names)
        span.after_given = span.after_given or particle
        span.tail_of_longer = i > 1 and toks[i - 1][2].lower() in _CONNECTORS and _is_cap(toks[i - 2][2]) \
            and _joined(text, toks[i - 2][1], toks[i - 1][0]) and _joined(text, toks[i - 1][1], toks[i][0])
        # "Ángel de la Independencia", "Plaza de la Constitución", "Universidad de los Andes": a
        # capitalised name, a lower-case "de la" / "of the", then this word (a place's own article
        # is capitalised: "departamento de La Paz")
        span.tail_of_named = i > 2 and toks[i - 1][2] in _NAME_OF_ARTICLES and toks[i - 2][2] in _NAME_OF_JOINS \
            and _is_cap(toks[i - 3][2]) and fold(toks[i - 3][2]) not in _ADMIN1_CUES | _ADMIN2_CUES \
            and _joined(text, toks[i - 3][1], toks[i - 2][0]) and _joined(text, toks[i - 2][1], toks[i - 1][0]) \
            and _joined(text, toks[i - 1][1], toks[i][0])
        span.after_title = i > 0 and fold(prev) in _TITLES and _joined(text, toks[i - 1][1], toks[i][0])
        # (what stands before it on its line is read from the previous token on, not from the
        # text's start: a scan back per span would be quadratic in a report with few newlines)
        gap = text[toks[i - 1][1] if i > 0 else 0:span.start]
        span.dateline = text[span.start:span.end].isupper() and (i == 0 or "\n" in gap) \
            and not gap.rsplit("\n", 1)[-1].strip() \
            and bool(re.match(r"[ \t]*(?:,|\(|\.|\u2014|-)", text[span.end:span.end + 3]))
        span.org_head = bool(_OF_NAME_AFTER.match(text, span.end))
        span.purpose_named = i == j and bool(_PURPOSE_NAME_BEFORE.search(text, max(0, span.start - 40), span.start))
        span.project_named = bool(_PROJECT_BEFORE_ADJ.search(text, max(0, span.start - 40), span.start)
                                  or _PROJECT_AFTER.match(text, span.end))
        span.institution = bool(_INSTITUTION_AFTER.match(text, span.end))
        span.sublocality = bool(_SUBLOCALITY_AFTER.match(text, span.end))
        span.building = bool(_BUILDING_BEFORE.search(text, max(0, span.start - 24), span.start))
        # (a dateline names a place: "CURUGUATY, 15 jun" is the town by its usual name)
        span.prep_before = i > 0 and fold(prev) in _PLACE_PREPS
        span.place_context = bool(cue) or poss or span.dateline or span.prep_before \
            or (i > 0 and fold(prev) in _ADMIN1_CUES | _ADMIN2_CUES)
        if particle:
            span.place_context = bool(cue) or span.dateline     # (the "de" is the surname's)

    def _cue(self, text: str, start: int, end: int) -> tuple[str, int, int] | None:
        m = _CUE_BEFORE.search(text[max(0, start - 40):start])
        if m:
            return _cue_level(m.group("cue")), max(0, start - 40) + m.start("cue"), end
        m = _CUE_AFTER.match(text[end:end + 20])
        if m:
            return _cue_level(m.group("cue")), start, end + m.end("cue")
        return None

    # --- resolution ----------------------------------------------------------------------
    def _plausible(self, span: _Span, focus: str | None, context_admin1: set) -> list[Entry]:
        """The candidates that are believable for this span, before scoring."""
        cands = span.cands
        if span.fuzzy or not cands:
            return []
        if span.demonym_cc:
            cands = [e for e in cands if e.country == span.demonym_cc] or cands
        if span.cue:
            want = {"admin1": ("admin1", "admin2", "town"), "admin2": ("admin2", "admin1", "town"),
                    "town": ("town", "admin2", "admin1")}[span.cue]
            pool = [e for e in cands if e.country == focus] or cands
            common = span.key in self.gazetteer.stoplist and span.cue != "town"
            if common:
                # a common word let in only by a division's cue is that division or nothing:
                # "the Department of Justice" is a ministry, not a town called Justice
                want = want[:2]
            if span.cue == "admin2":
                # a "province" is a first-level division in the Dominican Republic or Argentina,
                # a second-level one in Peru or the Philippines: with no country named yet,
                # "San Juan province" is each country's division of that name, then scored
                divisions = [e for e in pool if e.level in ("admin2", "admin1")]
                seconds = {e.country for e in divisions if e.level == "admin2"}
                hit = [e for e in divisions if e.level == "admin2" or e.country not in seconds]
                if hit:
                    return hit
                want = want[2:]
            for level in want:
                hit = [e for e in pool if e.level == level]
                if hit:
                    return hit
            return [] if common else pool
        if span.institution:
            return [e for e in cands if e.level == "country"]
        if span.after_title and span.surname_after:
            return []       # "los diputados Ararat Mirzoyán", "Mayor Victoria Pérez": a person
        if (span.after_given or span.person_named) and not span.place_context:
            return []       # "el ejecutivo de la COB, Juan Carlos Trujillo": a person's surname
        if span.purpose_named and not span.cue:
            return []       # "el candidato del Frente para la Victoria": a party, not Australia's state
        if span.surname_placed and not span.cue:
            # a person's surname in this report after a preposition ("sobreseyó a Macri y a
            # Montenegro", "cerca de Montenegro"): a place only at home ("en Trujillo" where
            # "Juan Carlos Trujillo" speaks in a report from Peru), and no sign of the country
            cands = [e for e in cands if focus and e.country == focus and e.level != "country"]
            if not cands:
                return []
        strong = span.run_start and not span.after_title
        if span.city_named:
            return [e for e in cands if e.level == "town"]    # the words say it is a city, and which one
        out = []
        for e in cands:
            known = (e.country, e.admin1) in context_admin1
            alternate = fold(e.name) != span.key
            if span.tail_of_longer and focus and e.country != focus and not known and e.level != "country" \
                    and e.population < 1_000_000:
                continue                  # "Cueva del Inca" is not the Balearic town of Inca
            if span.tail_of_named and e.level != "country" and e.population < 1_000_000:
                continue                  # "el Ángel de la Independencia" is a monument, not a province
            if span.project_named and e.level in ("town", "admin2") \
                    and (e.population < _PROJECT_TOWN_MAX or (focus and e.country != focus)):
                continue                  # "el proyecto aurífero Cerro Azul", "the Cerro Azul gold project"
                # (not a town of note a project is named after: "el proyecto minero Base Toliara")
            if span.head_of_longer and e.level != "country" and e.population < 1_000_000:
                continue                  # "San Juan" of "San Juan de Cedros" is not San Juan
            if span.name_goes_on and alternate and e.level == "town":
                continue                  # "la caseta de San Ángel Zurumucapio" is not Mexico City's San Ángel
            if alternate and not span.place_context and not known and e.level == "town" \
                    and e.population < 100_000:
                continue                  # "la Casa de Piedra" is a building, not a town's old name
            if alternate and e.level in ("town", "admin2") and span.key in self.gazetteer.demonyms:
                continue                  # "a crowd of mainly Kazakh men": a people, not Petropavl's old name
            if alternate and not span.multiword and not span.place_context \
                    and e.population < 100_000 and e.level == "town":
                continue                  # "Añez" is an old name of a small Bolivian town
            if span.surname_after and not span.place_context and e.level != "country" \
                    and span.key in self.gazetteer.given_names:
                continue                  # "Victoria Villarruel", "Mercedes Sosa": a person
            if span.in_name_run:
                # one word of a longer capitalised name ("Lenín Moreno", "Cajamarca Regional
                # Government"): only prominent places, or places of the focus country, by
                # their own names ("Misr Spinning and Weaving" is a company, not Cairo, which
                # GeoNames also calls Misr)
                if alternate and e.level == "town":
                    continue
                if e.level in ("country", "feature") \
                        or (e.country == focus and (e.level != "town" or e.population >= 20_000)) \
                        or (known and e.population >= 20_000) or e.population >= 1_000_000:
                    out.append(e)
                continue
            if e.level != "town":
                # a province abroad named bare ("hospital Pablo Soria") is most often a name
                limit = 500_000 if e.level == "admin2" and not span.place_context else 20_000
                if e.level == "country" or e.country == focus or known \
                        or (strong and (e.population >= limit or e.level == "feature")) \
                        or (e.level == "admin1" and span.place_context and (e.country, None) in context_admin1):
                    # (a division abroad put in place by a preposition, in a report that names its
                    # country: "en la isla de Manus, en Papúa Nueva Guinea")
                    out.append(e)
                continue
            if e.country != focus and not known and alternate \
                    and e.population < (EXONYM_POPULATION if span.place_context else 500_000):
                continue                  # a foreign town known here only by another name
                # (a city put in place by a preposition may be a known one's exonym: "en Ginebra")
            if e.country != focus and not known and alternate and not span.place_context \
                    and e.population < 1_000_000 and not set(span.key.split()) & set(fold(e.name).split()):
                continue                  # "la San Francisco Xavier" (a university) is no old name of Albuquerque
            if e.country == focus or known:
                # a hamlet named bare ("dijo Pantoja") needs a preposition or a cue
                limit = (0 if (span.place_context or span.multiword or known) else 1_000) \
                    if strong else 100_000
            elif focus is None:
                limit = 5_000 if (span.multiword or span.place_context) else 20_000
            elif span.place_context and (e.country, None) in context_admin1:
                # a town abroad put in place by a preposition, in a report that names its country
                # elsewhere ("llevados a Lorengau", in a report on Manus, Papua New Guinea)
                limit = 5_000
            else:
                limit = 20_000 if (span.multiword or span.place_context) else 100_000
            if span.sentence_start and not span.multiword and not span.place_context:
                limit = max(limit, 100_000 if e.country != focus else 5_000)
                if span.common_word and not known:
                    continue
            if not strong:
                limit = max(limit, 100_000)
            if e.population >= limit:
                out.append(e)
        return out

    def _score(self, e: Entry, focus: str | None, context_admin1: set, named: set[int],
               key: str = "", nearby: set = frozenset(), weak_context: bool = False,
               dateline: bool = False) -> float:
        score = math.log10(e.population + 1) + _LEVEL_BONUS.get(e.level, 0.0)
        if key and fold(e.name) != key:
            score -= _ALTERNATE_PENALTY
            if e.level == "admin1" and key.startswith(_CITY_OF):
                # "Ciudad de México" is the city (Mexico City), not the State of Mexico that
                # GeoNames also lists under that name
                score -= _ALTERNATE_PENALTY
        if dateline and e.level == "town":
            score += 1.0          # a dateline names a city ("SUCRE, 12 abr"), not a namesake division
        if focus and e.country == focus:
            score += 10.0
        elif focus and e.level == "country":
            # a country's own name is that country, not a small town of the focus country that
            # bears it ("Volverá a España" in a report on the Philippines, which has an España)
            score += 10.0
        if e.level != "admin1" and (e.country, e.admin1) in context_admin1:
            score += 1.0 if weak_context else 4.0
            if (e.country, e.admin1) in nearby:
                score += 1.0 if weak_context else 4.0
        if (e.country, None) in context_admin1:     # another place of the text is in this country
            score += 2.0
        if e.index in named:
            score += 1.0
        return score

    def _resolve(self, span: _Span, focus: str | None, context_admin1: set, named: set[int],
                 nearby: set = frozenset(), solid: list | None = None) -> Entry | None:
        if span.head_of_longer and span.longer_key and focus and not span.cue:
            # "San Salvador de Jujy": the longer name, misspelt, of a place of the focus country
            guess = self._fuzzy(span.longer_key, focus, named, context_admin1, cutoff=90)
            if guess is not None and len(fold(guess[0].name).split()) == len(span.longer_key.split()):
                return self._seat(guess[0], fold(guess[0].name))
        cands = self._plausible(span, focus, context_admin1)
        best = None
        if cands:
            # the own name of a city is not read as the alternate name of a town ten
            # times smaller just because the village's region is named elsewhere ("Sao Paulo"
            # in a report that also names Salvador is not Caatiba, Bahia, "also São Paulo")
            own = max((e.population for e in cands if fold(e.name) == span.key and e.level in ("town", "admin2")),
                      default=0)
            weak = set() if span.cue else {e.index for e in cands if e.level in ("town", "admin2")
                                           and fold(e.name) != span.key and e.population * 10 < own}
            best = max(cands, key=lambda e: self._score(e, focus, context_admin1, named, span.key, nearby,
                                                        weak_context=e.index in weak, dateline=span.dateline))
            if best.level == "town" and best.country != focus and (best.country, best.admin1) not in context_admin1:
                # a country named somewhere in the text ("la ONU y Estados Unidos") does not make
                # "París" its small namesake there (Paris, Texas) rather than the city of millions
                big = [e for e in cands if e.level == "town" and e.population >= _WORLD_CITY
                       and e.population >= 50 * max(best.population, 1) and fold(e.name) == span.key]
                if big:
                    best = max(big, key=lambda e: e.population)
            if best.level == "admin1" and not span.cue:
                # a city that is a division of its own, bigger than the division named after it
                # around it: "Kiev" is Kyiv (Kyiv City), not Kiev Oblast, which GeoNames names so
                city = [e for e in cands if e.level == "town" and e.country == best.country
                        and e.admin1 != best.name and e.population > best.population]
                if city:
                    best = max(city, key=lambda e: e.population)
            if best.level == "town" and not span.cue:
                # "In Mpumalanga, shops were looted in Leslie and Embalenhle": a division whose
                # towns the paragraph names is that division, not its namesake town in a region
                # named nearby (Mpumalanga, KwaZulu-Natal)
                region = [e for e in cands if e.level == "admin1" and e.country == best.country
                          and fold(e.name) == span.key and best.admin1 != e.name
                          and (e.country, e.name) in nearby]
                if region:
                    best = region[0]
            if not span.cue and self._ambiguous(best, span, context_admin1, named):
                return None
            if not span.cue:
                best = self._seat(best, span.key)
        # typo tolerance: unknown word, or a known word that is only a hamlet here
        weak = best is None or (best.level == "town" and best.population < 2_000 and not span.multiword)
        # (not part of a longer name: "Cuerpo de Ingenieros" is no typo for Cuero, Texas, nor
        # "Frente de Pueblos" for Puebla, nor "Mohamed Bouazizi" for La Mohammedia)
        if weak and (span.fuzzy or (best is not None and span.place_context)) and span.run_start \
                and (len(span.key) >= _TYPO_MIN_LEN or span.prep_before or span.cue) \
                and not span.surname_like and not span.after_title and not span.head_of_longer and not span.tail_of_longer \
                and not span.in_name_run and not span.org_head and not span.sublocality and not span.building \
                and (focus or named):
            guess = self._fuzzy(span.key, focus, named, context_admin1, known=best is not None)
            if guess is not None and solid is not None and _far_namesake(guess[0], solid):
                # a guess in a division the text never names, far from every place the text
                # names in that country, is a namesake of a place the gazetteer lacks
                guess = None
            if guess is not None:
                e, sim = guess
                # a bigger namesake is no typo fix for a hamlet in a division the text names
                namesake_only = best is not None and (best.country, best.admin1) in context_admin1 \
                    and (fold(e.name) == span.key
                         # nor is a town elsewhere a typo fix for a hamlet spelt as the
                         # gazetteer spells it, in a division the text names ("the district of
                         # Chicla in Huarochiri province" is no Chiclayo)
                         or (fold(best.name) == span.key and (e.country, e.admin1) != (best.country, best.admin1)))
                if (best is None or e.population >= 100 * max(best.population, 1)) and not namesake_only:
                    return self._at_level(e, span.cue) if span.cue else self._seat(e, fold(e.name))
        if best is None and span.fuzzy:
            return None
        return best

    @staticmethod
    def _ambiguous(best: Entry, span: _Span, context_admin1: set, named: set[int]) -> bool:
        """A small town whose name other towns of its country share, in other divisions of
        about its size, with nothing in the text pointing to it ("San Juan" in Mexico): the
        text does not say which one, so it names no place."""
        if best.level != "town" or best.population >= 100_000 or best.index in named \
                or (best.country, best.admin1) in context_admin1:
            return False
        return any(e.country == best.country and e.level == "town" and e.admin1 != best.admin1
                   and 3 * e.population >= best.population for e in span.cands if e is not best)

    def _at_level(self, e: Entry, cue: str) -> Entry:
        """The namesake of ``e`` at the level a cue asks for ("Arequpia region" -> the region)."""
        want = {"admin1": ("admin1", "admin2"), "admin2": ("admin2", "admin1")}.get(cue, ("town",))
        same = [c for c in self.gazetteer.candidates(fold(e.name)) if c.country == e.country]
        for level in want:
            hit = [c for c in same if c.level == level]
            if hit:
                return max(hit, key=lambda c: c.population)
        return e

    def _seat(self, e: Entry, key: str) -> Entry:
        """A bare "Cajamarca" is the town that is the seat of the division of that name."""
        if e.level not in ("admin1", "admin2"):
            return e
        same = [t for t in self.gazetteer.candidates(key) if t.level == "town"
                and t.country == e.country and fold(t.name) == key]
        # the seat lies inside the division: a province's seat in the province's region
        # (San Pedro, Jujuy is not the seat of the province of San Pedro, Buenos Aires)
        seat = [t for t in same if t.population >= 5_000 and (
            t.admin1 == e.admin1 if e.level == "admin1" else (t.admin1 == e.admin1 and t.admin2 == e.name))]
        if not seat:
            # a capital that is a district of its own ("Buenos Aires" the city is in the
            # division "Buenos Aires F.D.", not in the province; "Washington" is in
            # "Washington, D.C.", not in the state): a city of half a million is meant
            seat = [t for t in same if t.population >= 500_000]
        return max(seat, key=lambda t: t.population) if seat else e

    def _surnames(self, text: str) -> list[str]:
        """Folded surnames of the people the text names: the capitalised word after a given
        name ("Carlos Mesa"), or the last of two before an age set off by commas or brackets
        ("Carlo Guiliani, 23,", "Ana Quispe (43)")."""
        out = {fold(m.group(2)) for m in _AGED_NAME.finditer(text)}
        given = self.gazetteer.given_names
        out |= {fold(m.group(2)) for m in _NAME_PAIR.finditer(text) if fold(m.group(1)) in given}
        return sorted(k for k in out if len(k) >= 4)

    def _fuzzy(self, key: str, focus: str | None, named: set[int],
               context_admin1: set, cutoff: int = 85, known: bool = False) -> tuple[Entry, float] | None:
        names: list[str] = []
        entries: list[Entry] = []
        if focus:
            n, es = self._country_choices(focus)
            names += n
            entries += es
        for i in named:
            e = self.gazetteer.entry(i)
            names.append(fold(e.name))
            entries.append(e)
        if not names:
            return None
        best, best_score = None, 0.0
        for name, sim, idx in process.extract(key, names, scorer=fuzz.ratio, score_cutoff=cutoff, limit=20):
            e = entries[idx]
            # (a name the gazetteer knows is a typo only of another place's own name, not of one
            # of its other names: "Hambach", a village, is no "Hamboarch", Hamburg in Low German)
            if known and name != fold(e.name):
                continue
            score = sim / 100 + 0.1 * math.log10(e.population + 1)
            if e.index in named or (e.country, e.admin1) in context_admin1:
                score += 0.3
            if score > best_score:
                best, best_score = (e, sim), score
        return best

    def _country_choices(self, cc: str) -> tuple[list[str], list[Entry]]:
        """Folded names of a country's divisions and towns of 1,000 people or more (cached)."""
        got = self._choices.get(cc)
        if got is None:
            best: dict[str, Entry] = {}
            for e in self.gazetteer.entries_in(cc):
                if e.level == "town" and e.population < 1_000:
                    continue
                k = fold(e.name)
                if k not in best or e.population > best[k].population:
                    best[k] = e
            # a town's other names too ("Curuguaty" for San Isidro de Curuguaty), so that a
            # typo of the name the press uses is found ("Curugauty")
            for k, e in self.gazetteer.alternates_in(cc, min_population=5_000):
                if k not in best or e.population > best[k].population:
                    best[k] = e
            got = (list(best), list(best.values()))
            self._choices[cc] = got
        return got


_CAP = r"[A-ZÁÉÍÓÚÑÜ][\w'’-]+"
_AGE_AFTER = re.compile(_CUES["age_after_name"])
# a town told by the last word of a longer name the report names is that place, unless the
# word is a town this big of its own
_TAIL_NAMESAKE_MAX = 100_000
_NEIGHBOURHOODS_OF = re.compile(_CUES["neighbourhoods_of"])
_AGED_NAME = re.compile(rf"(?<![\w'’-])({_CAP})\s+({_CAP})(?:{_CUES['age_after_name']})")
# (the second name in a lookahead, so that pairs overlap: "Juan Carlos Trujillo" gives Carlos, then Trujillo)
_NAME_PAIR = re.compile(rf"(?<![\w'’-])({_CAP})(?=\s+({_CAP}))")
_SURNAME_TYPO = 85
# letters a word needs to be read as a typo of a place without a preposition or a place word
# before it ("hacia Uchda" is Oujda; "Sogo & Seibu's store", a store's name, is no Sebu, Shōbu's
# other name)
_TYPO_MIN_LEN = 6
_TYPO_ABROAD_POPULATION = 100_000
_HAMLET_POPULATION = 1_000
_GOVERNMENT_SEAT_POPULATION = 100_000
_TYPO_FAR_KM = 300
_TYPO_FAR_BIG_KM = 800     # ... and for a city (a typo does not cross a subcontinent)


def _after_given_particle(text: str, toks, i: int, given_names) -> bool:
    """Whether the name at token ``i`` is a surname joined to a person's given name by its
    particle: "Enrique de la Madrid", "Francisco Barnés de Castro" (a given name, at most one
    more capitalised word, then "de", "de la", "da" ..., and a one-word name)."""
    k = i - 1
    if k >= 1 and toks[k][2] in _SURNAME_ARTICLES and toks[k - 1][2] in _SURNAME_PARTICLES:
        k -= 1
    if k < 1 or toks[k][2] not in _SURNAME_PARTICLES:
        return False
    if not all(_joined(text, toks[x][1], toks[x + 1][0]) for x in range(k - 1, i)):
        return False
    if not _is_cap(toks[k - 1][2]):
        return False
    if fold(toks[k - 1][2]) in _NOBLE_TITLES:
        return True     # "Marquês de Pombal", "el Duque de Alba": a title's name
    if re.fullmatch(r"[IVX]+", toks[k - 1][2]):
        return False    # "el hospital Hassan II de Agadir", "Mohammed V de Rabat": a king's name, then the place
    # a given name among the (at most two) capitalised words before the particle, not after a
    # saint's word ("Secretary Enrique de la Madrid", but "San Miguel de Tucumán")
    for x in range(k - 1, max(k - 3, -1), -1):
        if x < k - 1 and not (_is_cap(toks[x][2]) and _joined(text, toks[x][1], toks[x + 1][0])):
            return False
        if fold(toks[x][2]) in given_names:
            if x > 0 and fold(toks[x - 1][2]) in _SAINTS and _joined(text, toks[x - 1][1], toks[x][0]):
                return False
            # ("el hospital Pablo Soria de Salta": a building named after a person, then its town)
            return not _BUILDING_BEFORE.search(text, max(0, toks[x][0] - 24), toks[x][0])
    return False


def _prominence(e: Entry) -> float:
    """How much a town's reading says of the report's country: a city of 100,000 fully, a
    village of a few hundred (often named like a common phrase: "El Bosque") a third. (A town
    GeoNames gives no population, as many in Indonesia, is not taken for a village.)"""
    if e.level != "town" or e.population <= 0:
        return 1.0
    return min(1.0, max(_PROMINENCE_FLOOR, (math.log10(e.population + 1) - 2.0) / 3.0))


def _far_namesake(e: Entry, solid: list) -> bool:
    """A typo's guess ``e`` that is a small place in a division no name of the text is in,
    over 300 km from every place the text names in its country ("Nandigram", in a report
    on West Bengal, is not Nandigama of Andhra Pradesh; "Puy-en-Velai", near the other
    French cities a report names, is Le Puy-en-Velay)."""
    if e.latitude is None:
        return False
    same = [x for x in solid if x.country == e.country]
    if not same or any(x.admin1 == e.admin1 for x in same):
        return False
    # (a city may be a typo's guess from afar, but not from across a subcontinent: "Bhangar", a
    # village of West Bengal the gazetteer lacks, is not Bhavnagar of Gujarat, 1,600 km from Kolkata)
    far = _TYPO_FAR_BIG_KM if e.population >= _TYPO_ABROAD_POPULATION else _TYPO_FAR_KM
    return all(km(e.latitude, e.longitude, x.latitude, x.longitude) > far for x in same)


def _typo_fixed(span: _Span, e: Entry) -> bool:
    """Whether ``e`` is a typo's guess for ``span``: no name the span's words have (nor the
    seat of one of them, "Cajamarca" the region -> Cajamarca the town)."""
    if span.fuzzy or not span.cands:
        return True
    return all(c.index != e.index and fold(c.name) != fold(e.name) for c in span.cands)


def _cue_level(cue: str) -> str:
    c = fold(cue).split()[0]
    if c in _ADMIN1_CUES:
        return "admin1"
    if c in _ADMIN2_CUES:
        return "admin2"
    return "town"


def _is_cap(word: str) -> bool:
    # (an Arabic article before a capitalised name goes on the name: "Mahalla el-Kubra")
    if word[:1].islower() and "-" in word[:4]:
        head, _, rest = word.partition("-")
        return head.lower() in _AR_ARTICLES and rest[:1].isupper()
    return word[:1].isupper()


_AR_ARTICLES = frozenset(_ARTICLES)


def _joined(text: str, end: int, start: int) -> bool:
    """Two tokens are part of one name when only spaces separate them."""
    gap = text[end:start]
    return 0 < len(gap) <= 2 and gap.strip(" ") == ""


def _strip_possessive(surface: str) -> tuple[str, bool]:
    if len(surface) > 3 and surface[-2:] in ("'s", "’s"):
        return surface[:-2], True
    return surface, False
