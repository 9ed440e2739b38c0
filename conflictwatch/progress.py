"""Progress of long CLI runs on stderr, and the summary that ends them.

On a terminal: a rich progress bar with the count, the rate (reports/s) and, when the
number of reports can be known beforehand (text, HTML and JSON Lines inputs), the ETA.
Otherwise (a log file, a pipe): one line every ``every`` reports. Skipped inputs are printed
as their coded error line as they happen; ``RunSummary`` lines close the run.
"""
from __future__ import annotations

import sys
import time
from collections.abc import Iterable

import click

from .errors import ConflictWatchError
from .parallel import RunSummary

_COUNT_CHUNK = 1 << 20


def estimate_total(paths: Iterable[str]) -> int | None:
    """How many reports ``paths`` hold, when that is cheap to know: one per text or HTML
    file, one per non-empty line of JSON Lines. None when an input is a feed, an archive,
    a URL or stdin (their number of items shows only as they are read)."""
    from .ingest import iter_files
    from .ingest.registry import reader_name_for
    total = 0
    for source in iter_files(paths):
        if isinstance(source, ConflictWatchError):
            continue
        if isinstance(source, str):             # stdin or a URL
            return None
        name = reader_name_for(source)
        if name in ("feeds", "warc"):
            return None
        if name == "jsonl":
            total += _count_lines(source)
        elif name is not None:
            total += 1
    return total


def _count_lines(path) -> int:
    n, last = 0, b"\n"
    with open(path, "rb") as fh:
        while chunk := fh.read(_COUNT_CHUNK):
            n += chunk.count(b"\n{")
            if last == b"\n" and chunk.startswith(b"{"):
                n += 1
            last = chunk[-1:]
    return n


class RunProgress:
    """Counts reports and skipped inputs and shows them (see the module docstring)."""

    def __init__(self, *, quiet: bool = False, total: int | None = None, every: int = 100,
                 verb: str = "extracted"):
        self.quiet = quiet
        self.every = every
        self.verb = verb
        self.done = self.skipped = 0
        self.started = time.perf_counter()
        self._rich = None
        if not quiet and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn,
                                       SpinnerColumn, TextColumn, TimeElapsedColumn,
                                       TimeRemainingColumn)
            from rich.text import Text

            class RateColumn(ProgressColumn):
                def render(self, task):
                    return Text(f"{task.speed or 0:.1f} reports/s")

            columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                       MofNCompleteColumn() if total else TextColumn("{task.completed}"),
                       RateColumn(), TimeElapsedColumn()]
            if total:
                columns.append(TimeRemainingColumn())
            self._rich = Progress(*columns, console=Console(stderr=True), transient=True)
            self._task = self._rich.add_task(verb, total=total)
            self._rich.start()

    def error(self, err: ConflictWatchError) -> None:
        self.skipped += 1
        line = str(err)             # printed even when quiet: it is not progress
        if self._rich is not None:
            self._rich.console.print(line, markup=False, highlight=False)
        else:
            click.echo(line, err=True)
        self._update(advance=1 if err.code.startswith("E2") else 0)

    def report(self) -> None:
        self.done += 1
        self._update(advance=1)

    def _update(self, advance: int = 0) -> None:
        if self.quiet:
            return
        if self._rich is not None:
            self._rich.update(self._task, advance=advance,
                              description=f"{self.verb} ({self.skipped} skipped)")
        elif advance and self.done and self.done % self.every == 0:
            click.echo(f"conflictwatch: {self.done} reports {self.verb}, {self.skipped} skipped",
                       err=True)

    def close(self) -> None:
        if self._rich is not None:
            self._rich.stop()
            self._rich = None

    def summary(self, summary: RunSummary, *, stored: bool = False) -> None:
        """Stop the bar and print the run's summary (unless quiet)."""
        self.close()
        summary.seconds = time.perf_counter() - self.started
        if not self.quiet:
            for line in summary.lines(stored=stored):
                click.echo(line, err=True)


def scale_options(func):
    """--workers / --engine / --scheduler / --batch-size (conflictwatch.parallel)."""
    func = click.option("--batch-size", type=click.IntRange(1), default=None, metavar="N",
                        help="Reports per batch sent to a worker [default: "
                             "CONFLICTWATCH_BATCH_SIZE, 200].")(func)
    func = click.option("--scheduler", metavar="ADDRESS", default=None,
                        help="Dask scheduler to use with --engine dask (e.g. tcp://host:8786); "
                             "default: a LocalCluster of --workers processes.")(func)
    func = click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
                        show_default=True,
                        help="local: this machine's processes; dask: a Dask cluster.")(func)
    func = click.option("--workers", "-w", type=click.IntRange(1), default=1, show_default=True,
                        help="Worker processes extracting in parallel (results keep input "
                             "order).")(func)
    return func
