"""Meta-tests: the language data is complete and well-formed in every language."""
from __future__ import annotations

import re

import pytest

from conflictwatch.extract.langdata import LANG_DIR, load
from conflictwatch.records import EVENT_TYPES, ISSUES

LANGS = sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir())
FILES = sorted({p.stem for lang in LANGS for p in (LANG_DIR / lang).glob("*.yaml")})


@pytest.mark.parametrize("lang", LANGS)
def test_every_event_type_has_triggers_in_every_language(lang):
    triggers = load(lang, "triggers")
    assert set(triggers) == set(EVENT_TYPES)
    for etype, entries in triggers.items():
        assert entries, f"{lang}: no triggers for {etype}"
        for e in entries:
            re.compile(e["pattern"])
            assert 0 < float(e["strength"]) <= 1


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", FILES)
def test_every_language_has_every_data_file(lang, name):
    assert (LANG_DIR / lang / f"{name}.yaml").exists(), f"{lang} lacks {name}.yaml"


@pytest.mark.parametrize("lang", LANGS)
def test_issue_words_use_schema_issue_names(lang):
    assert set(load(lang, "issues")) <= set(ISSUES)


def test_every_cue_the_extractor_names_is_in_cues_yaml_and_compiles():
    from pathlib import Path

    from conflictwatch.extract import events
    source = Path(events.__file__).read_text(encoding="utf-8")
    named = set(re.findall(r'_cue\("([a-z_]+)"\)', source))
    data = events._cues()
    assert named and named <= set(data), f"missing from cues.yaml: {sorted(named - set(data))}"
    assert set(data) <= named, f"unused in events.py: {sorted(set(data) - named)}"
    for name in data:
        assert isinstance(events._cue(name), re.Pattern)


def test_a_broken_cue_is_a_coded_error(monkeypatch):
    from conflictwatch.errors import BadLanguageData
    from conflictwatch.extract import events
    monkeypatch.setattr(events, "_cues", lambda: {"street": {"pattern": "(unclosed"}})
    with pytest.raises(BadLanguageData, match="not a valid regular expression"):
        events._cue("street")
    with pytest.raises(BadLanguageData, match="missing"):
        events._cue("nowhere")


def _yaml_files():
    from conflictwatch.extract.langdata import LANG_DIR as lang_dir
    data = lang_dir.parent / "data"
    geo = lang_dir.parent.parent / "geo" / "data"
    return sorted([*lang_dir.glob("*/*.yaml"), *data.glob("*.yaml"), *geo.glob("*.yaml")])


@pytest.mark.parametrize("path", _yaml_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_language_data_file_names_a_key_twice(path):
    # (YAML keeps the last of two equal keys without a word: a cue written twice silently
    # replaced the first, which another part of the code relied on)
    import yaml

    class Strict(yaml.SafeLoader):
        pass

    def mapping(loader, node, deep=False):
        keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
        twice = sorted({str(k) for k in keys if keys.count(k) > 1})
        assert not twice, f"{path}: keys named twice: {twice}"
        return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    yaml.load(path.read_text(encoding="utf-8"), Loader=Strict)
