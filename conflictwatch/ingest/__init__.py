"""Reading reports: files, folders and stdin in; ``Report`` (or the error that skipped it) out.

    >>> from conflictwatch.ingest import read_paths
    >>> for item in read_paths(["reports/"], published="2023-01-11"):
    ...     print(item)          # a Report, or a ConflictWatchError for a skipped input

Readers are registered by suffix in ``conflictwatch.ingest.registry``.
"""
from __future__ import annotations

import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

from ..config import Settings, get_settings
from ..errors import (BadDate, ConflictWatchError, EmptyInput, InputTooLarge, PathNotFound,
                      ReaderFailed, UnknownFileType, UnreadableFile, UnsupportedLanguage)
from ..records import Report
from ._dates import check_report_date, plausible_date
from ._decode import looks_like_page
from .registry import get_reader, reader_name_for, register_reader, supported_suffixes

__all__ = ["read_paths", "iter_files", "register_reader", "get_reader", "supported_suffixes"]

STDIN = "-"


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return plausible_date(value, what="--published")
    try:
        parsed = date.fromisoformat(str(value))
    except ValueError:
        raise BadDate(f"'{value}' is not a date; give the publication date as YYYY-MM-DD "
                      "(e.g. 2023-01-11).") from None
    return plausible_date(parsed, what="--published")


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | str | PathNotFound]:
    """The files named or found under the folders named (sorted, hidden ones skipped);
    ``"-"`` as is; a missing path as PathNotFound (E109)."""
    for raw in paths:
        if str(raw) == STDIN:
            yield STDIN
            continue
        if str(raw).lower().startswith(("http://", "https://")):    # a feed URL (ingest.feeds)
            yield str(raw)
            continue
        path = Path(raw)
        if path.is_dir():
            # every entry that is not a folder: a FIFO, socket or device gets E114 when read
            for found in sorted(p for p in path.rglob("*") if not _is_dir(p)):
                if not _hidden(found, path):
                    yield found
        elif path.exists():
            yield path
        else:
            yield PathNotFound("no such file or folder; check the path.", path=str(raw))


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def open_regular(path: Path) -> tuple[int, int]:
    """Open ``path`` for reading without blocking (a FIFO would wait for a writer forever)
    and return ``(fd, size)``; UnreadableFile (E114) unless it is a regular file we may read."""
    where = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as err:
        raise UnreadableFile(f"cannot open the file ({err.strerror or err}); check its "
                             "permissions. It was skipped.", path=where) from None
    try:
        st = os.fstat(fd)
    except OSError as err:
        os.close(fd)
        raise UnreadableFile(f"cannot read the file ({err.strerror or err}); it was skipped.",
                             path=where) from None
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        raise UnreadableFile("not a regular file (a FIFO, socket or device); only files are "
                             "read. It was skipped.", path=where)
    return fd, st.st_size


def _read_fd(fd: int, limit: int, where: str) -> bytes:
    """Up to ``limit + 1`` bytes (E114 when the system refuses, as /proc files may)."""
    try:
        with os.fdopen(fd, "rb") as fh:
            return fh.read(limit + 1)
    except OSError as err:
        raise UnreadableFile(f"reading the file failed ({err.strerror or err}); it was "
                             "skipped.", path=where) from None


def sniff_reader(data: bytes) -> str:
    """Reader name for unnamed input (stdin): jsonl, html or text."""
    head = data[:4096].decode("utf-8", errors="ignore").lstrip("\ufeff")
    if looks_like_page(head) or head.lstrip().lower().startswith("<?xml") \
            or re.search(r"<body[\s>]", head, re.IGNORECASE):
        return "html"
    # JSON Lines: every line is (or at least starts like) a JSON object and the first one
    # parses, so that one broken line in a batch is reported as E106, not read as prose.
    lines = [ln.strip() for ln in data.decode("utf-8", errors="replace").split("\n") if ln.strip()]
    if lines and all(ln.startswith("{") for ln in lines):
        try:
            if isinstance(json.loads(lines[0]), dict):
                return "jsonl"
        except (ValueError, RecursionError):
            pass
    return "text"


def _read_limited(stream: BinaryIO, limit: int) -> bytes:
    return stream.read(limit + 1)


def _too_large(where: str, size: int | None, limit: int) -> InputTooLarge:
    what = f"{size:,} bytes" if size is not None else "more than that"
    return InputTooLarge(f"the input is {what}, over the limit of {limit:,} bytes "
                         "(CONFLICTWATCH_MAX_FILE_BYTES). Split it, or raise the limit.",
                         path=where)


def _read_one(source: Path | str, *, published: date | None, settings: Settings,
              stdin: BinaryIO | None) -> Iterator[Report | ConflictWatchError]:
    limit = settings.max_file_bytes
    if isinstance(source, str) and source != STDIN:      # a feed URL (iter_files passed it)
        from .feeds import read_feed_url
        yield from read_feed_url(source, published=published, settings=settings)
        return
    if source == STDIN:
        where = "<stdin>"
        data = _read_limited(stdin if stdin is not None else sys.stdin.buffer, limit)
        if len(data) > limit:
            yield _too_large(where, None, limit)
            return
        name = sniff_reader(data)
        path = Path("stdin")
    else:
        path = Path(source)
        where = str(path)
        name = reader_name_for(path)
        if name is None:
            yield UnknownFileType(
                f"no reader for '{path.suffix or path.name}' files; conflictwatch reads "
                f"{', '.join(supported_suffixes())}. Convert PDF or DOCX files to text or HTML "
                "first.", path=where)
            return
        reader = get_reader(name)
        try:
            fd, size = open_regular(path)
        except UnreadableFile as err:
            yield err
            return
        if getattr(reader, "reads_path", False):   # streams the file itself (warc)
            os.close(fd)
            yield from _run_reader(reader, name, path, None, where, published, settings, False)
            return
        if size > limit:
            os.close(fd)
            yield _too_large(where, size, limit)
            return
        try:
            data = _read_fd(fd, limit, where)
        except UnreadableFile as err:
            yield err
            return
        if len(data) > limit:                       # grew, or a /proc file reporting size 0
            yield _too_large(where, None, limit)
            return
    if not data.strip():
        yield EmptyInput("the file is empty; nothing to read.", path=where)
        return
    yield from _run_reader(get_reader(name), name, path, data, where, published, settings,
                           source == STDIN)


def _run_reader(reader, name, path, data, where, published, settings, stdin
                ) -> Iterator[Report | ConflictWatchError]:
    try:
        for item in reader(path, data, published=published, settings=settings):
            if stdin:                   # readers saw the stand-in path "stdin"
                item.path = where
            yield item
    except ConflictWatchError as err:
        if not err.path:
            err.path = where
        yield err
    except Exception as exc:  # a reader bug must not stop the batch
        yield ReaderFailed(f"the {name} reader failed ({type(exc).__name__}: {exc}); the file "
                           "was skipped. Please report this with the file.", path=where)


def read_paths(paths: Iterable[str | Path], *, published=None, lang: str = "auto",
               settings: Settings | None = None, stdin: BinaryIO | None = None
               ) -> Iterator[Report | ConflictWatchError]:
    """Read files, folders (recursively) and ``"-"`` (stdin) into reports.

    Yields each ``Report`` (language identified, ``published`` filled in where the report
    has no date of its own) or the ``ConflictWatchError`` for an input that was skipped;
    reading goes on after an error. ``lang`` other than "auto" forces the language.
    Raises BadDate (E112) for a bad ``published`` and UnsupportedLanguage (E108) for a
    forced language that is not supported."""
    settings = settings or get_settings()
    default_pub = _as_date(published)
    languages = tuple(settings.languages)
    if lang != "auto" and lang not in languages:
        raise UnsupportedLanguage(f"--lang '{lang}' is not supported; choose auto or one of "
                                  f"{', '.join(languages)}.")
    from .langid import check_language
    for source in iter_files(paths):
        if isinstance(source, ConflictWatchError):
            yield source
            continue
        for item in _read_one(source, published=default_pub, settings=settings, stdin=stdin):
            if isinstance(item, Report):
                if item.published is None:
                    item.published = default_pub
                item = check_report_date(item)          # year 1 or 9999: E112, skipped
                if isinstance(item, Report):
                    from ..limits import check_report_size
                    item = check_report_size(item, settings.max_report_chars)   # E104
                if isinstance(item, ConflictWatchError):
                    yield item
                    continue
                if lang != "auto":
                    item.lang = lang
                else:
                    try:
                        check_language(item, languages)
                    except UnsupportedLanguage as err:
                        yield err
                        continue
            yield item
