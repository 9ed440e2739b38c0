"""Readers registered by file suffix and looked up by name.

A reader is a callable ``(path: Path, data: bytes, *, published, settings)`` that yields
``Report`` or ``ConflictWatchError`` (one bad record does not stop the others)::

    @register_reader(".html", ".htm")
    def read_html(path, data, *, published, settings): ...

Every public module of ``conflictwatch.ingest`` is imported once on first lookup, so a new
reader module (feeds, warc) only has to use the decorator. Packages outside conflictwatch can
add readers through the ``conflictwatch.readers`` entry-point group.
"""
from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ..config import Settings
    from ..errors import ConflictWatchError
    from ..records import Report


class Reader(Protocol):
    def __call__(self, path: Path, data: bytes, *, published: date | None,
                 settings: "Settings") -> Iterator["Report | ConflictWatchError"]: ...


_BY_NAME: dict[str, Reader] = {}
_BY_SUFFIX: dict[str, str] = {}
_loaded = False


def register_reader(*suffixes: str, name: str | None = None) -> Callable[[Reader], Reader]:
    """Register a reader for file suffixes (".html"); its name defaults to the module's last part."""
    if not suffixes:
        raise ValueError("register_reader needs at least one suffix, e.g. '.txt'")

    def decorate(func: Reader) -> Reader:
        reader_name = name or func.__module__.rsplit(".", 1)[-1]
        _BY_NAME[reader_name] = func
        for suffix in suffixes:
            suffix = suffix.lower()
            if not suffix.startswith("."):
                suffix = "." + suffix
            _BY_SUFFIX[suffix] = reader_name
        return func

    return decorate


def _load_readers() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    from . import __name__ as pkg_name, __path__ as pkg_path
    for info in pkgutil.iter_modules(pkg_path):
        if not info.name.startswith("_") and info.name not in ("registry", "langid"):
            importlib.import_module(f"{pkg_name}.{info.name}")
    from importlib.metadata import entry_points
    for ep in entry_points(group="conflictwatch.readers"):
        ep.load()


def get_reader(name: str) -> Reader:
    """The reader registered under ``name`` ("text", "html", "jsonl", ...)."""
    _load_readers()
    try:
        return _BY_NAME[name]
    except KeyError:
        raise KeyError(f"no reader named {name!r}; known: {', '.join(sorted(_BY_NAME))}") from None


def reader_name_for(path: Path | str) -> str | None:
    """Name of the reader for a file, from its suffix (case-insensitive), or None."""
    _load_readers()
    suffixes = [s.lower() for s in Path(path).suffixes]
    if len(suffixes) >= 2 and "".join(suffixes[-2:]) in _BY_SUFFIX:   # .warc.gz
        return _BY_SUFFIX["".join(suffixes[-2:])]
    return _BY_SUFFIX.get(Path(path).suffix.lower())


def reader_for(path: Path | str) -> Reader | None:
    name = reader_name_for(path)
    return _BY_NAME[name] if name else None


def supported_suffixes() -> list[str]:
    _load_readers()
    return sorted(_BY_SUFFIX)


def reader_names() -> list[str]:
    _load_readers()
    return sorted(_BY_NAME)
