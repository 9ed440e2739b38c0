"""prefixes.finditer gives exactly the matches of re.finditer, trying fewer positions."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conflictwatch.extract import prefixes
from conflictwatch.extract.events import lexicon

SAMPLE = Path(__file__).resolve().parents[2] / "conflictwatch" / "demo" / "corpus" / "reports" / "sample.jsonl"

# case-insensitive look-alikes re treats as equal: long s, Kelvin sign, dotted capital I,
# dotless i; and letters whose lower case differs in length; and digits of other scripts
# (``\d`` matches them too: "٣٠٠ protesters", "१२ policemen")
ODD = ("PROTEſTS in the ſtreet; KILLED; İNDEFINITE strike; ındefinite STRIKES; "
       "Straße blockiert; MARCHED ON; ΣΑΣ; la HUELGA indefinida; Se MANIFESTARON miles; "
       "٣٠٠ protesters marched; १२ policemen were deployed; 2,000 people marched; ,500 police")


def _texts() -> list[str]:
    texts = [json.loads(line)["text"] for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts + [ODD, ODD.lower(), ODD.upper()]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_same_matches_as_finditer(lang):
    texts = _texts()
    for t in lexicon(lang).triggers:
        for text in texts:
            fast = [(m.start(), m.end()) for m in prefixes.finditer(t.regex, t.prefixes, text)]
            assert fast == [(m.start(), m.end()) for m in t.regex.finditer(text)], t.regex.pattern


def test_most_triggers_have_prefixes():
    for lang in ("en", "es"):
        triggers = lexicon(lang).triggers
        assert sum(t.prefixes is not None for t in triggers) >= 0.9 * len(triggers)


@pytest.mark.parametrize("pattern,expected", [
    (r"protest(?:ed|ing)\b", ("prot",)),
    (r"(?<![\w])(?:staged|held) a", ("held", "stag")),
    (r"organi[sz]ed", ("orga",)),
    (r"(?:a )?march", ("a ma", "marc")),
    (r"\w+ed", None),
    # a leading digit class: the digit pseudo-prefix and the set's other characters
    (r"(?:\d[\d,]*|some) people", (prefixes.DIGIT, "some")),
    (r"[\d,]+ police", (prefixes.DIGIT, ",")),
    (r"(?:about )?\d+ people", (prefixes.DIGIT, "abou")),
    (r"a\d", ("a",)),
    (r"x*", None),
])
def test_literal_prefixes(pattern, expected):
    assert prefixes.literal_prefixes(re.compile(pattern, re.I)) == expected


def test_fold_keeps_length_and_classes():
    text = "ſK İıΣς Straße"
    folded = prefixes.fold(text)
    assert len(folded) == len(text)
    assert folded[0] == "s" and folded[1] == "k"
    assert re.fullmatch("s", "ſ", re.I) and re.fullmatch("k", "\u212a", re.I)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_same_search_as_re(lang):
    lex = lexicon(lang)
    for text in _texts():
        bounds = [(0, len(text)), (5, 60), (len(text) // 3, len(text) // 2), (len(text) - 10, len(text))]
        for (rx, _, _), pre in zip(lex.actors, lex.actor_prefixes):
            for pos, endpos in bounds:
                got = prefixes.search(rx, pre, text, pos, endpos)
                want = rx.search(text, pos, endpos)
                assert (got and got.span()) == (want and want.span()), rx.pattern
        for k, rx in lex.issues.items():
            n = sum(1 for _ in prefixes.finditer(rx, lex.issue_prefixes[k], text))
            assert n == len(rx.findall(text)), rx.pattern
