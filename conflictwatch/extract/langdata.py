"""Per-language data files under ``conflictwatch/extract/lang/<code>/<name>.yaml``.

``load("es", "dates")`` reads ``lang/es/dates.yaml`` once and caches it. The returned dict is
shared: treat it as read-only.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from conflictwatch.errors import BadLanguageData, UnsupportedLanguage

LANG_DIR = Path(__file__).with_name("lang")


def path_for(lang: str, name: str) -> Path:
    return LANG_DIR / lang / f"{name}.yaml"


@lru_cache(maxsize=None)
def load(lang: str, name: str) -> dict[str, Any]:
    """The mapping in ``lang/<lang>/<name>.yaml``.

    Raises UnsupportedLanguage (E108) when there is no such file and BadLanguageData (E202)
    when the file is not valid YAML or not a mapping at the top level.
    """
    path = path_for(lang, name)
    if not path.is_file():
        raise UnsupportedLanguage(
            f"No {name!r} language data for {lang!r}. Add {path.relative_to(LANG_DIR.parent)} "
            f"(copy the English file and translate it) or pick one of: "
            f"{', '.join(sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir()))}.",
            path=str(path))
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise BadLanguageData(
            f"Not valid YAML ({getattr(exc, 'problem', exc)}). Fix the file; "
            f"quote entries that contain ':' or start with a special character.",
            path=str(path), line=mark.line + 1 if mark is not None else None) from exc
    if not isinstance(data, dict):
        raise BadLanguageData(
            f"Expected a mapping of keys to word lists at the top level, found "
            f"{type(data).__name__}. Start the file with 'key: value' lines.", path=str(path))
    return data


def require(data: dict[str, Any], key: str, kind: type, lang: str, name: str) -> Any:
    """``data[key]`` checked to be of ``kind`` (None allowed when kind is not list/dict)."""
    if key not in data:
        raise BadLanguageData(f"Missing key {key!r}. Add it (see the English file for its shape).",
                              path=str(path_for(lang, name)))
    value = data[key]
    if value is None and kind in (list, dict):
        return kind()
    if value is not None and not isinstance(value, kind):
        raise BadLanguageData(
            f"Key {key!r} should be a {kind.__name__}, found {type(value).__name__}. Fix its value.",
            path=str(path_for(lang, name)))
    if isinstance(value, list):
        bad = [v for v in value if not isinstance(v, str)]
        if bad:
            raise BadLanguageData(
                f"Key {key!r} holds {bad[0]!r}, which is not a word: YAML reads bare on/off/yes/no "
                f"as booleans and bare digits as numbers. Quote it (\"on\").",
                path=str(path_for(lang, name)))
    return value
