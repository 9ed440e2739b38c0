"""The ``conflictwatch`` command line: a thin layer over the library.

    conflictwatch extract reports/ --published 2023-01-11 > events.jsonl

Errors go to stderr, one line each (``E105: page.html: ...``); see docs/cli.md and
docs/errors.md.
"""
from __future__ import annotations

import json
import sys
from datetime import date

import click

from . import __version__
from .errors import BadDate, ConflictWatchError, ExtractionFailed
from .progress import scale_options as _scale_options   # --workers/--engine/--scheduler
from .records import SUPPORTED_LANGS, Report

PROGRESS_EVERY = 100   # reports between progress lines when stderr is not a terminal


def _parse_published(ctx, param, value):
    if value is None:
        return None
    from .ingest._dates import plausible_date
    try:
        return plausible_date(date.fromisoformat(value), what="--published")
    except ValueError:
        raise click.BadParameter(str(BadDate(f"'{value}' is not a date; give the publication "
                                             "date as YYYY-MM-DD (e.g. 2023-01-11)."))) from None
    except BadDate as err:
        raise click.BadParameter(str(err)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="conflictwatch")
def main():
    """conflictwatch: news reports in, coded social-conflict events out (English, Spanish).

    Shell completion (bash, zsh, fish): see docs/cli.md, e.g. for bash
    eval "$(_CONFLICTWATCH_COMPLETE=bash_source conflictwatch)" in ~/.bashrc.
    """


class _Progress:
    """Progress on stderr: a rich bar on a terminal, else a line every PROGRESS_EVERY reports."""

    def __init__(self, quiet: bool):
        self.quiet = quiet
        self.done = self.skipped = 0
        self._rich = None
        if not quiet and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
            self._rich = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                                  TimeElapsedColumn(), console=Console(stderr=True),
                                  transient=True)
            self._task = self._rich.add_task("reading")
            self._rich.start()

    def error(self, err: ConflictWatchError) -> None:
        self.skipped += 1
        line = str(err)
        if self._rich is not None:
            self._rich.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            click.echo(line, err=True)
        self._update()

    def report(self) -> None:
        self.done += 1
        self._update()

    def _update(self) -> None:
        if self.quiet:
            return
        msg = f"{self.done} reports extracted, {self.skipped} skipped"
        if self._rich is not None:
            self._rich.update(self._task, description=msg)
        elif self.done and self.done % PROGRESS_EVERY == 0 and (self.done + self.skipped) > 0:
            click.echo(f"conflictwatch: {msg}", err=True)

    def close(self) -> None:
        if self._rich is not None:
            self._rich.stop()


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", callback=_parse_published, metavar="YYYY-MM-DD",
              help="Publication date for reports that carry none of their own "
                   "(relative dates such as 'on Sunday' are resolved against it).")
@click.option("--lang", type=click.Choice(["auto", *SUPPORTED_LANGS]), default="auto",
              show_default=True, help="Language of the reports; 'auto' identifies each one.")
@click.option("--quiet", "-q", is_flag=True, help="No progress messages on stderr.")
@_scale_options
def extract(paths, published, lang, quiet, workers, engine, scheduler, batch_size):
    """Extract events from PATHS (files, folders, feed URLs, or - for stdin) as JSON Lines
    on stdout.

    One line per report: {"doc_id", "lang", "published", "title", "events": [...]}.
    Inputs that cannot be read are reported on stderr (E1xx) and skipped; the exit
    status is then 1. A summary ends the run on stderr.
    """
    from .parallel import RunSummary, iter_extract
    from .progress import RunProgress, estimate_total

    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler is for --engine dask; add --engine dask.")
    total = estimate_total(paths) if not quiet and sys.stderr.isatty() else None
    progress = RunProgress(quiet=quiet, total=total, every=PROGRESS_EVERY)
    summary = RunSummary()
    try:
        for item in iter_extract(paths, published=published, lang=lang, workers=workers,
                                 engine=engine, scheduler=scheduler, batch_size=batch_size):
            summary.add(item)
            if isinstance(item, ConflictWatchError):
                progress.error(item)
                continue
            click.echo(json.dumps(item.to_dict(), ensure_ascii=False))
            if item.report.published is None and not quiet:
                click.echo(f"warning: {item.report.path or item.report.doc_id}: no publication date; "
                           "events dated only relatively ('on Sunday') or without a year are left out. "
                           "Give --published YYYY-MM-DD.", err=True)
            progress.report()
    except ConflictWatchError as err:        # a bad argument found by the library
        progress.close()
        raise click.UsageError(str(err)) from None
    finally:
        progress.close()
    progress.summary(summary)
    sys.exit(1 if progress.skipped else 0)


def _extraction_failed(report: Report, exc: Exception) -> ExtractionFailed:
    if isinstance(exc, ConflictWatchError):
        message = f"{exc.code} during extraction: {exc.message}"
    else:
        message = (f"extraction of report '{report.doc_id}' failed ({type(exc).__name__}: "
                   f"{exc}); it was skipped. Please report this with the input.")
    return ExtractionFailed(message, path=report.path or report.doc_id, line=report.line)


# store commands: ingest, events, conflicts, show, export (conflictwatch/store/cli.py)
from .store.cli import register as _register_store_commands  # noqa: E402
_register_store_commands(main)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 exposes the observatory to the network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--db", "database_url", default=None,
              help="Database URL or SQLite file (default: settings.database_url, CONFLICTWATCH_DATABASE_URL). "
                   "A SQLite file that does not exist is refused (E305).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes answering requests (uvicorn workers).")
@click.option("--demo", is_flag=True,
              help="Serve the bundled sample corpus (ingested into --db, default ./conflictwatch-demo.db).")
def serve(host, port, database_url, workers, demo):
    """Serve the REST API (/api/v1, docs at /api/v1/docs) and the web observatory."""
    if demo:
        database_url = _build_demo(database_url or DEMO_DB)
    _serve(host, port, database_url, workers)


def _serve(host: str, port: int, database_url: str | None, workers: int) -> None:
    import os

    import uvicorn

    from .store.store import Store, database_url as resolve_url
    url = resolve_url(database_url)
    try:
        Store.open(url, must_exist=True).close()     # E305 for a missing file; migrates once
    except ConflictWatchError as err:
        raise click.ClickException(str(err)) from None
    # the app (in each worker process) reads its database from the settings
    os.environ["CONFLICTWATCH_DATABASE_URL"] = url
    from .config import get_settings
    get_settings.cache_clear()
    try:
        get_settings()
    except ConflictWatchError as err:
        raise click.ClickException(str(err)) from None
    click.echo(f"conflictwatch: serving {Store._safe_url(url)} on http://{host}:{port}/ "
               f"({workers} process{'es' if workers > 1 else ''}); Ctrl-C stops.", err=True)
    uvicorn.run("conflictwatch.api.app:create_app", factory=True, host=host, port=port,
                workers=workers, log_level="info")


DEMO_DB = "conflictwatch-demo.db"


def _build_demo(db: str) -> str:
    """Ingest the bundled sample corpus into ``db`` (idempotent) and return its URL."""
    from .demo import ingest_demo
    from .store.store import database_url as resolve_url
    url = resolve_url(db)
    try:
        summary = ingest_demo(url)
    except ConflictWatchError as err:
        raise click.ClickException(str(err)) from None
    click.echo(f"conflictwatch: demo corpus in {db}: {summary.reports} reports "
               f"({summary.new} new, {summary.duplicates} already stored), "
               f"{summary.events_touched} events touched.", err=True)
    return url


@main.command()
@click.option("--db", "database_url", default=DEMO_DB, show_default=True,
              help="SQLite file (or database URL) to put the sample corpus in.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--no-serve", is_flag=True, help="Only build the demo database, do not serve it.")
@click.option("--corpus-dir", metavar="DIR", default=None,
              help="Only write the sample corpus into DIR (reports/, feeds/, feeds.txt) to ingest "
                   "and watch yourself; no database, no server.")
def demo(database_url, host, port, no_serve, corpus_dir):
    """Ingest the bundled sample corpus (English and Spanish reports of several conflicts,
    written for conflictwatch) and serve the observatory on it: the quickest first look.

    Running it again reuses the database (nothing doubles)."""
    if corpus_dir:
        from .demo import write_corpus
        for path in write_corpus(corpus_dir):
            click.echo(str(path))
        return
    url = _build_demo(database_url)
    if not no_serve:
        _serve(host, port, url, 1)


def _echo_problem(outcome) -> None:
    """One stderr line for an unreadable input or a report whose extraction failed."""
    if isinstance(outcome, ConflictWatchError):
        click.echo(str(outcome), err=True)
    elif getattr(outcome, "status", None) == "failed":
        error = outcome.error or {}
        click.echo(f"{error.get('code')}: {outcome.doc_id}: {error.get('message')}", err=True)


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--db", "database_url", default=None,
              help="Database URL or SQLite file (default: CONFLICTWATCH_DATABASE_URL).")
@click.option("--state", "state_path", default=None, metavar="FILE",
              help="SQLite file remembering what was seen [default: <db file>.watch.sqlite].")
@click.option("--interval", type=click.FloatRange(1), default=300, show_default=True,
              help="Seconds between polls.")
@click.option("--once", is_flag=True, help="Poll once and exit.")
@click.option("--published", callback=_parse_published, metavar="YYYY-MM-DD",
              help="Publication date for reports that carry none of their own.")
@click.option("--lang", type=click.Choice(["auto", *SUPPORTED_LANGS]), default="auto",
              show_default=True, help="Language of the reports; 'auto' identifies each one.")
@click.option("--quiet", "-q", is_flag=True, help="Only errors on stderr, no poll summaries.")
@_scale_options
def watch(sources, database_url, state_path, interval, once, published, lang, quiet, workers,
          engine, scheduler, batch_size):
    """Poll SOURCES (feed URLs, feed files, folders) and ingest only what is new.

    A text file whose every line is a feed URL or an existing path (feeds.txt; # starts a
    comment) is a list of sources: each is polled, the list is re-read every poll.

    What was seen is remembered in --state across restarts: feed items by guid or link,
    files by size and time, feeds by ETag. Each poll ends with a summary line on stderr.
    Stop with Ctrl-C.
    """
    from .store import Store
    from .watch import Watcher, default_state_path

    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler is for --engine dask; add --engine dask.")
    try:
        store = Store.open(database_url)
        state = state_path or default_state_path(store.url)
        watcher = Watcher(sources, store=store, state_path=state, published=published,
                          lang=lang, workers=workers, engine=engine, scheduler=scheduler,
                          batch_size=batch_size, on_item=_echo_problem)
    except ConflictWatchError as err:
        raise click.UsageError(str(err)) from None

    def report(summary):
        if not quiet:
            from datetime import datetime
            stamp = datetime.now().strftime("%Y-%m-%d %H:%M:%S")
            click.echo(f"[{stamp}] poll {watcher.polls}: " + " ".join(summary.lines(stored=True)),
                       err=True)

    try:
        watcher.run(interval, max_polls=1 if once else None, report=report)
    except KeyboardInterrupt:
        click.echo("conflictwatch: watch stopped.", err=True)
    except ConflictWatchError as err:
        raise click.UsageError(str(err)) from None
    finally:
        watcher.close()
        store.close()


if __name__ == "__main__":  # pragma: no cover
    main()
