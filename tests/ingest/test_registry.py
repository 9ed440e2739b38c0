from pathlib import Path

import pytest

from conflictwatch.ingest import registry
from conflictwatch.ingest.registry import get_reader, reader_for, register_reader, supported_suffixes


def test_builtin_readers_are_registered_by_suffix():
    assert {".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson"} <= set(supported_suffixes())
    assert reader_for(Path("a/NOTE.TXT")) is get_reader("text")
    assert reader_for("page.htm") is get_reader("html")
    assert reader_for("x.pdf") is None


def test_a_new_reader_registers_through_the_decorator(monkeypatch):
    monkeypatch.setattr(registry, "_BY_NAME", dict(registry._BY_NAME))
    monkeypatch.setattr(registry, "_BY_SUFFIX", dict(registry._BY_SUFFIX))

    @register_reader("csv", name="csvnews")
    def read_csv(path, data, *, published, settings):
        yield from ()

    assert get_reader("csvnews") is read_csv
    assert reader_for("table.CSV") is read_csv
    assert ".csv" in supported_suffixes()


def test_unknown_reader_name_lists_the_known_ones():
    with pytest.raises(KeyError, match="html"):
        get_reader("pdf")
