"""Watch feeds and folders: poll them on a schedule and ingest only what is new.

    >>> from conflictwatch.store import Store
    >>> from conflictwatch.watch import Watcher
    >>> watcher = Watcher(["https://example.org/rss", "inbox/"], store=Store.open("cw.db"),
    ...                   state_path="cw.watch.sqlite")
    >>> watcher.run(interval=300)          # or watcher.poll() for one pass

What has been seen is kept in a small SQLite file (``state_path``), so a restarted watcher
goes on where it stopped:

- ``seen``: one key per report ingested: a feed item's guid (or link), else the report's
  URL, else the SHA-256 of its text (``store.content_hash``);
- ``files``: the size and modification time of each file read, so an unchanged file in a
  watched folder is not even opened again (a changed one is read, and its reports already
  seen are passed over);
- ``feeds``: each feed URL's ETag and Last-Modified, so an unchanged feed costs one
  ``304 Not Modified``.

A report is marked seen only after the store has it: a watcher killed mid-poll reads the
rest again on restart (and the store would skip a duplicate anyway).
"""
from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path

from .config import Settings, get_settings
from .errors import ConflictWatchError, DatabaseUnavailable, UnreadableFile, UnsupportedLanguage
from .parallel import RunSummary, extract_stream, ingest_results, read_for_workers
from .records import ExtractionResult, Report

WATCH_KEY = "watch_key"      # Report.meta entry: (key, source) of a report being watched

_SCHEMA = """
CREATE TABLE IF NOT EXISTS seen (key TEXT PRIMARY KEY, source TEXT, first_seen TEXT);
CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER);
CREATE TABLE IF NOT EXISTS feeds (url TEXT PRIMARY KEY, etag TEXT, modified TEXT);
"""


def default_state_path(database_url: str) -> Path:
    """``<db file>.watch.sqlite`` beside a SQLite database, else in the current folder."""
    if database_url.startswith("sqlite:///") and database_url != "sqlite:///:memory:":
        return Path(database_url[len("sqlite:///"):] + ".watch.sqlite")
    return Path("conflictwatch.watch.sqlite")


def report_key(report: Report) -> str:
    """What identifies a report across polls (see the module docstring)."""
    item = report.meta.get("feed_item") if report.meta else None
    if item:
        return f"item:{item}"
    if report.url:
        return f"url:{report.url}"
    from .store.store import content_hash
    return f"sha256:{content_hash(report)}"


class SeenState:
    """The watcher's memory: a SQLite file (see the module docstring)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path)
            self._db.executescript(_SCHEMA)
        except (sqlite3.Error, OSError) as err:
            raise DatabaseUnavailable(f"cannot open the watch state file {self.path} ({err}); "
                                      "give a writable --state path.") from None

    def close(self) -> None:
        self._db.close()

    def is_seen(self, key: str) -> bool:
        return self._db.execute("SELECT 1 FROM seen WHERE key = ?", (key,)).fetchone() is not None

    def mark_seen(self, key: str, source: str | None) -> None:
        with self._db:
            self._db.execute("INSERT OR IGNORE INTO seen VALUES (?, ?, ?)",
                             (key, source, datetime.now(timezone.utc).isoformat()))

    def n_seen(self) -> int:
        return self._db.execute("SELECT count(*) FROM seen").fetchone()[0]

    def file_unchanged(self, path: Path) -> bool:
        st = path.stat()
        row = self._db.execute("SELECT size, mtime_ns FROM files WHERE path = ?",
                               (str(path),)).fetchone()
        return row is not None and tuple(row) == (st.st_size, st.st_mtime_ns)

    def mark_file(self, path: Path, size: int, mtime_ns: int) -> None:
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?)",
                             (str(path), size, mtime_ns))

    def feed_state(self, url: str):
        from .ingest.feeds import FetchState
        row = self._db.execute("SELECT etag, modified FROM feeds WHERE url = ?", (url,)).fetchone()
        return FetchState(*row) if row else FetchState()

    def save_feed_state(self, url: str, state) -> None:
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO feeds VALUES (?, ?, ?)",
                             (url, state.etag, state.modified))


def is_feed_list(path: Path) -> bool:
    """A small text file (``feeds.txt``) whose every line (blank lines and ``#`` comments
    aside) is a feed URL or an existing path: a list of sources to watch, not a report."""
    if not path.is_file() or path.suffix.lower() not in (".txt", ".list", ".lst", "") \
            or path.stat().st_size > 1_000_000:
        return False
    try:
        lines = _list_lines(path)
    except (OSError, UnicodeDecodeError):
        return False
    from .ingest.feeds import is_url
    return bool(lines) and all(is_url(ln) or _listed_path(path, ln).exists() for ln in lines)


def _list_lines(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def _listed_path(list_file: Path, line: str) -> Path:
    """A path in a feed list, relative to the list's own folder."""
    p = Path(line).expanduser()
    return p if p.is_absolute() else list_file.parent / p


def expand_sources(sources: Iterable[str]) -> list[str]:
    """``sources`` with each feed list (``is_feed_list``) replaced by the sources it lists."""
    from .ingest.feeds import is_url
    out: list[str] = []
    for source in sources:
        path = Path(source) if not is_url(source) else None
        if path is not None and is_feed_list(path):
            out += [ln if is_url(ln) else str(_listed_path(path, ln)) for ln in _list_lines(path)]
        else:
            out.append(source)
    return out


class Watcher:
    """Polls ``sources`` (feed URLs, feed files, folders, files, and lists of those:
    ``feeds.txt`` with one URL or path a line) into ``store``."""

    def __init__(self, sources: Iterable[str], *, store, state_path: str | Path,
                 published=None, lang: str = "auto", workers: int = 1, engine: str = "local",
                 scheduler: str | None = None, batch_size: int | None = None,
                 settings: Settings | None = None,
                 on_item: Callable[[object], None] | None = None):
        self.sources = [str(s) for s in sources]
        self.store = store
        self.state = SeenState(state_path)
        self.published = published
        self.lang = lang
        self.settings = settings or get_settings()
        self.extract_options = {"workers": workers, "engine": engine, "scheduler": scheduler,
                                "batch_size": batch_size or self.settings.batch_size}
        self.on_item = on_item
        self.polls = 0

    def close(self) -> None:
        self.state.close()

    # --- one pass -----------------------------------------------------------------------------

    def poll(self) -> RunSummary:
        """Read every source once; extract and store what was not seen before."""
        summary = RunSummary()
        started = time.perf_counter()
        files_read: list[tuple[Path, int, int]] = []
        fetched: list[tuple[str, object]] = []
        results = extract_stream(self._new_items(summary, files_read, fetched),
                                 **self.extract_options)
        current: list = [None]

        def tap(items):
            for item in items:
                current[0] = item
                yield item

        for _outcome in ingest_results(self.store, tap(results), summary, self.on_item):
            item = current[0]       # the item ingest_results has just written
            report = item.report if isinstance(item, ExtractionResult) else getattr(item, "report", None)
            if report is not None and WATCH_KEY in report.meta:
                self.state.mark_seen(*report.meta[WATCH_KEY])
        for path, size, mtime_ns in files_read:
            self.state.mark_file(path, size, mtime_ns)
        for url, fetch_state in fetched:
            self.state.save_feed_state(url, fetch_state)
        summary.seconds = time.perf_counter() - started
        self.polls += 1
        return summary

    def _new_items(self, summary: RunSummary, files_read, fetched
                   ) -> Iterator[Report | ConflictWatchError]:
        from .ingest import iter_files
        from .ingest.feeds import is_url
        from .ingest.langid import check_language
        batch_seen: set[str] = set()
        for source in expand_sources(self.sources):     # a feed list is re-read every poll
            if is_url(source):
                items = self._read_url(source, fetched)
            else:
                items = self._read_changed_files(source, files_read, iter_files)
            for item in items:
                if isinstance(item, ConflictWatchError):
                    yield item
                    continue
                if is_url(source):
                    if item.published is None:
                        item.published = self._published()
                    if self.lang != "auto":
                        item.lang = self.lang
                    else:
                        try:
                            check_language(item, tuple(self.settings.languages))
                        except UnsupportedLanguage as err:
                            yield err
                            continue
                key = report_key(item)
                if key in batch_seen or self.state.is_seen(key):
                    summary.seen_before += 1
                    continue
                batch_seen.add(key)
                item.meta[WATCH_KEY] = (key, source)
                yield item

    def _published(self):
        from .pipeline import _as_date
        return _as_date(self.published)

    def _read_url(self, url: str, fetched) -> Iterator[Report | ConflictWatchError]:
        from .ingest.feeds import read_feed_url
        state = self.state.feed_state(url)
        yield from read_feed_url(url, published=self._published(), settings=self.settings,
                                 state=state)
        fetched.append((url, state))

    def _read_changed_files(self, source: str, files_read, iter_files
                            ) -> Iterator[Report | ConflictWatchError]:
        for path in iter_files([source]):
            if isinstance(path, ConflictWatchError):
                yield path
                continue
            try:
                if self.state.file_unchanged(path):
                    continue
                st = path.stat()
            except OSError as err:              # vanished or unreadable since it was listed
                yield UnreadableFile(f"cannot read the file ({err.strerror or err}); it was "
                                     "skipped.", path=str(path))
                continue
            # read_for_workers: archive pages are cleaned in the extraction workers
            yield from read_for_workers([path], published=self._published(), lang=self.lang,
                                        settings=self.settings)
            files_read.append((path, st.st_size, st.st_mtime_ns))

    # --- the loop ------------------------------------------------------------------------------

    def run(self, interval: float, *, max_polls: int | None = None,
            report: Callable[[RunSummary], None] | None = None,
            sleep: Callable[[float], None] = time.sleep) -> None:
        """Poll every ``interval`` seconds (until interrupted, or ``max_polls`` polls)."""
        while True:
            started = time.monotonic()
            summary = self.poll()
            if report:
                report(summary)
            if max_polls is not None and self.polls >= max_polls:
                return
            sleep(max(0.0, interval - (time.monotonic() - started)))


def watch(sources: Iterable[str], *, store, state_path: str | Path, interval: float = 300,
          once: bool = False, **options) -> RunSummary | None:
    """Convenience: one poll (``once``) or the loop."""
    with closing(Watcher(sources, store=store, state_path=state_path, **options)) as watcher:
        if once:
            return watcher.poll()
        watcher.run(interval)
    return None
