"""Name normalisation shared by merging, conflict grouping and the actors table."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.fuzz import ratio as _similarity

# Words that do not tell two place names apart ("Región Cajamarca" = "Cajamarca").
PLACE_NOISE = frozenset({
    "region", "department", "departamento", "province", "provincia", "state", "estado",
    "district", "distrito", "of", "de", "del", "la", "el", "the", "metropolitan",
    "metropolitana", "prov", "city", "ciudad", "town",
})
# Generic words of place descriptions ("the bridge at Huayllani", "mina Las Bambas"): two
# descriptions that share only these do not name the same place.
GENERIC_PLACE_WORDS = PLACE_NOISE | frozenset({
    "plaza", "square", "puente", "bridge", "road", "highway", "carretera", "via", "avenida", "avenue",
    "street", "calle", "mina", "mine", "sector", "centro", "center", "centre", "airport", "aeropuerto",
    "norte", "sur", "north", "south", "east", "west", "este", "oeste", "las", "los", "and", "y", "en",
    "near", "cerca", "outside", "acceso", "accesos", "access", "entrada", "salida", "exit", "km",
    "kilometre", "kilometro", "town", "pueblo", "community", "comunidad", "province", "provincia",
    "nacional", "national", "country", "pais", "todo", "whole", "nationwide", "several", "varias",
    "regions", "regiones", "provinces", "provincias", "alrededores", "around", "stretches", "tramos",
})
# Words that do not tell two actor names apart ("the Peruvian National Police" ~ "Peruvian National Police").
ACTOR_NOISE = frozenset({"the", "el", "la", "los", "las", "de", "del", "of"})


def fold(text) -> str:
    """Lower case, accents off, punctuation to spaces."""
    if text is None:
        return ""
    return _fold(str(text))


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def place_key(text) -> str:
    return _place_key(fold(text))


@lru_cache(maxsize=65536)
def _place_key(folded: str) -> str:
    return " ".join(t for t in folded.split() if t not in PLACE_NOISE)


def actor_key(name) -> str:
    """The normalised form under which aliases of one actor meet in the actors table."""
    return " ".join(t for t in fold(name).split() if t not in ACTOR_NOISE)


def names_agree(a, b, ratio: float = 0.85) -> bool:
    """Same place (or project) name up to accents, admin words, containment and small typos."""
    ka, kb = place_key(a), place_key(b)
    if not ka or not kb:
        return False
    if ka == kb or f" {ka} " in f" {kb} " or f" {kb} " in f" {ka} ":
        return True
    # rapidfuzz's ratio is difflib's SequenceMatcher.ratio (Indel similarity), in C
    return _similarity(ka, kb) >= ratio * 100


def place_tokens(text) -> set[str]:
    """The distinctive words of a place description (names, not generic words)."""
    return {t for t in fold(text).split() if len(t) >= 4 and t not in GENERIC_PLACE_WORDS and not t.isdigit()}


def places_overlap(a, b) -> bool:
    """Two place descriptions that name the same place: agreeing names, or a shared
    distinctive word ("Juliaca (aeropuerto)" ~ "Juliaca, salida a Cusco")."""
    return names_agree(a, b) or bool(place_tokens(a) & place_tokens(b))
