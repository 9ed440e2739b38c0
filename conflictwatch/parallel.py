"""Streaming, batched and parallel extraction: any corpus size in bounded memory.

    >>> from conflictwatch.parallel import iter_extract
    >>> for item in iter_extract(["archive/"], workers=2):
    ...     ...   # an ExtractionResult, or the ConflictWatchError of a skipped input

Reports are read lazily (``ingest.read_paths``), grouped into batches of ``batch_size``
and extracted one batch per task: in this process (``workers=1``), in a pool of worker
processes (``workers=N``), or on a Dask cluster (``engine="dask"``: a LocalCluster of
``workers`` processes, or the scheduler at ``scheduler``). At most ``2 x workers`` batches
are in flight, so memory holds a few batches whatever the corpus size, and results come
back in input order: the same records, in the same order, as one process gives. The caller
is the single writer (``Store.ingest_report``), so the database sees one connection.

Reading (and HTML cleaning) happens in the calling process; extraction, the costly part,
in the workers. Raw HTML is not sent to the workers (the extractor reads the cleaned text).
"""
from __future__ import annotations

import dataclasses
import functools
import os
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .errors import BadSetting, ConflictWatchError, ExtractionFailed
from .records import ExtractionResult, Report

ENGINES = ("local", "dask")
IN_FLIGHT_PER_WORKER = 2
DASK_CONNECT_TIMEOUT_S = 30


# --- the work done in a worker -------------------------------------------------------------

def warm_up() -> None:
    """Load the language data and the gazetteer once per worker process."""
    from .extract.events import get_extractor
    from .geo import Geocoder
    for lang in ("en", "es"):
        get_extractor(lang)
    Geocoder.default()


#: seconds between a worker's checks that the process that started it is still alive
PARENT_CHECK_S = 1.0


def _watch_parent(parent_pid: int) -> None:
    """End this worker when ``parent_pid`` is gone (killed with SIGKILL, it could not stop
    its workers itself): Linux's parent-death signal, and a thread that polls."""
    import signal
    import threading
    import time
    try:                                   # Linux: SIGTERM when the parent thread dies
        import ctypes
        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGTERM))   # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    first_ppid = os.getppid()

    def alive() -> bool:
        try:
            os.kill(parent_pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True

    def poll() -> None:
        while True:
            time.sleep(PARENT_CHECK_S)
            if os.getppid() != first_ppid or not alive():
                os._exit(1)

    threading.Thread(target=poll, name="conflictwatch-parent-watch", daemon=True).start()


def worker_init(parent_pid: int) -> None:
    """Initializer of a pool worker: watch the parent, then load the data once."""
    import signal
    signal.signal(signal.SIGTERM, signal.SIG_DFL)     # not the parent's handler (forked)
    _watch_parent(parent_pid)
    warm_up()


def _finish_reading(report: Report) -> Report | ConflictWatchError:
    """The reading left to a worker: an archive page's HTML cleaning and language check."""
    from .config import get_settings
    from .ingest.langid import check_language
    from .ingest.warc import finish_page
    from .ingest._dates import check_report_date
    done = finish_page(report)
    if isinstance(done, ConflictWatchError):
        return done
    done = check_report_date(done)          # the page's own date, read here: E112 if absurd
    if isinstance(done, ConflictWatchError) or done.lang:
        return done
    try:
        return check_language(done, tuple(get_settings().languages))
    except ConflictWatchError as err:
        return err


def extract_batch(reports: list[Report], max_seconds: float | None = None
                  ) -> list[tuple[str, Any, Any, Any]]:
    """Extract a batch. Per report: ``("ok", lang, [Event], cleaned)`` (``cleaned``: the
    text, title and date of a page cleaned here, else None), ``("skip", code, message,
    (path, line))`` for a page that turned out unreadable, or ``("error", kind, message,
    None)`` when extraction raised.

    Plain tuples, not exceptions, go back to the caller: coded errors do not pickle with
    their path and line."""
    from .ingest.warc import PENDING
    from .limits import extract_limited
    out: list[tuple[str, Any, Any, Any]] = []
    for report in reports:
        cleaned = None
        if PENDING in report.meta:
            report = _finish_reading(report)
            if isinstance(report, ConflictWatchError):
                out.append(("skip", report.code, report.message, (report.path, report.line)))
                continue
            cleaned = (report.text, report.title, report.published)
        try:
            result = extract_limited(report, max_seconds)   # E115 past the time limit
        except ConflictWatchError as exc:
            out.append(("error", exc.code, exc.message, None))
        except Exception as exc:  # noqa: BLE001 - one report's failure must not stop the batch
            out.append(("error", type(exc).__name__, str(exc), None))
        else:
            out.append(("ok", result.report.lang, result.events, cleaned))
    return out


def extraction_failed(report: Report, kind: str, message: str) -> ExtractionFailed:
    """The E201 error for a report whose extraction raised ``kind: message``."""
    from .errors import ALL_ERRORS
    if kind == "E115":                       # too slow: kept as such (E115), retryable
        err = ALL_ERRORS[kind](message, path=report.path or report.doc_id, line=report.line)
        err.report = report
        return err
    if kind.startswith("E") and kind[1:].isdigit():
        text = f"{kind} during extraction: {message}"
    else:
        text = (f"extraction of report '{report.doc_id}' failed ({kind}: {message}); it was "
                "skipped. Please report this with the input.")
    err = ExtractionFailed(text, path=report.path or report.doc_id, line=report.line)
    err.report = report          # so that a store can keep the report as failed (retryable)
    return err


# --- executors: something with submit(fn, arg) -> future with .result() ----------------------

class _Done:
    """A finished future."""

    def __init__(self, value):
        self._value = value

    def result(self):
        return self._value


class _Lazy:
    """A future run when its result is asked for."""

    def __init__(self, fn, arg):
        self._fn, self._arg = fn, arg

    def result(self):
        return self._fn(self._arg)


class _InProcess:
    """workers=1: no pool, no pickling; the batch runs when its result is asked for."""

    workers = 1

    def submit(self, fn, arg):
        return _Lazy(fn, arg)

    def close(self):
        pass


class _ProcessPool:
    def __init__(self, workers: int):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        # fork shares the parent's loaded modules; forkserver where the parent has threads
        # (a web server, a Dask client) that fork would copy in a broken state.
        method = "fork" if _single_threaded() else "forkserver"
        self.workers = workers
        self._pool = ProcessPoolExecutor(max_workers=workers, initializer=worker_init,
                                         initargs=(os.getpid(),),
                                         mp_context=multiprocessing.get_context(method))
        self._previous_sigterm = _raise_on_sigterm(self._stop_workers)

    def submit(self, fn, arg):
        return self._pool.submit(fn, arg)

    def close(self, abort: bool = False):
        """Wait for the workers (normal end), or stop them now (``abort``: an error, Ctrl-C,
        SIGTERM): no worker outlives the run."""
        import signal
        if self._previous_sigterm is not None:
            signal.signal(signal.SIGTERM, self._previous_sigterm)
            self._previous_sigterm = None
        if abort:
            self._stop_workers()
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _stop_workers(self) -> None:
        for proc in list((getattr(self._pool, "_processes", None) or {}).values()):
            try:
                proc.terminate()
            except (OSError, ValueError):
                pass


class Terminated(SystemExit):
    """SIGTERM, raised in the main thread so that the run's cleanup (workers, transaction)
    happens; the exit status is 143 as for a plain SIGTERM."""


def _raise_on_sigterm(stop_workers):
    """While a pool runs, SIGTERM stops its workers and raises ``Terminated`` (main thread,
    default handler only); returns the handler to restore, or None."""
    import signal
    import threading
    if threading.current_thread() is not threading.main_thread():
        return None
    previous = signal.getsignal(signal.SIGTERM)
    if previous not in (signal.SIG_DFL, None):
        return None

    def on_term(signum, frame):
        stop_workers()                 # now, whatever the main thread was doing
        raise Terminated(128 + signum)

    signal.signal(signal.SIGTERM, on_term)
    return previous


def _single_threaded() -> bool:
    import threading
    return threading.active_count() == 1


class _Dask:
    def __init__(self, workers: int, scheduler: str | None, processes: bool, client=None):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:   # dask is the optional extra `dask`
            from .errors import MissingExtra
            raise MissingExtra("--engine dask needs Dask, which is not installed; "
                               "pip install 'conflictwatch[dask]'.") from None
        self._own_client = client is None
        self._cluster = None
        if client is not None:
            self.client = client
        elif scheduler:
            try:
                self.client = Client(scheduler, timeout=f"{DASK_CONNECT_TIMEOUT_S}s")
            except (OSError, TimeoutError) as err:
                raise BadSetting(f"cannot reach the Dask scheduler at {scheduler} ({err}); "
                                 "check --scheduler (e.g. tcp://host:8786) and that the "
                                 "scheduler runs.") from None
        else:
            self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1,
                                         processes=processes, dashboard_address=None,
                                         silence_logs=40)
            self.client = Client(self._cluster)
        n = len(self.client.scheduler_info().get("workers", {})) or workers
        self.workers = max(1, n)
        if self._cluster is not None and processes:
            self.client.run(warm_up)

    def submit(self, fn, arg):
        return self.client.submit(fn, arg, pure=False)

    def close(self):
        if self._own_client:
            self.client.close()
            if self._cluster is not None:
                self._cluster.close()


def make_executor(workers: int = 1, engine: str = "local", scheduler: str | None = None,
                  *, processes: bool = True, client=None):
    """The executor for ``workers``/``engine``/``scheduler`` (see iter_extract)."""
    if engine not in ENGINES:
        raise BadSetting(f"engine {engine!r} is not known; choose one of {', '.join(ENGINES)}.")
    if workers < 1:
        raise BadSetting(f"workers must be 1 or more, not {workers}.")
    if scheduler and engine != "dask":
        raise BadSetting("--scheduler is for --engine dask; add --engine dask or drop --scheduler.")
    if engine == "dask":
        return _Dask(workers, scheduler, processes, client)
    if workers == 1:
        return _InProcess()
    return _ProcessPool(workers)


# --- the stream --------------------------------------------------------------------------------

def _batches(items: Iterable[Report | ConflictWatchError], size: int
             ) -> Iterator[list[Report | ConflictWatchError]]:
    batch: list[Report | ConflictWatchError] = []
    n_reports = 0
    for item in items:
        batch.append(item)
        if isinstance(item, Report):
            n_reports += 1
        if n_reports >= size:
            yield batch
            batch, n_reports = [], 0
    if batch:
        yield batch


def _for_worker(report: Report) -> Report:
    """What is sent to a worker: no raw HTML, unless the worker is to clean it."""
    from .ingest.warc import PENDING
    if PENDING in report.meta:
        return dataclasses.replace(report, meta=dict(report.meta))
    return dataclasses.replace(report, html=None) if report.html else report


def _merge(batch: list[Report | ConflictWatchError], results: list[tuple[str, Any, Any, Any]]
           ) -> Iterator[ExtractionResult | ConflictWatchError]:
    from .errors import ALL_ERRORS, ConflictWatchError as Base
    from .ingest.warc import PENDING
    it = iter(results)
    for item in batch:
        if isinstance(item, ConflictWatchError):
            yield item
            continue
        status, a, b, c = next(it)
        item.meta.pop(PENDING, None)
        if status == "ok":
            if c is not None:
                item.text, item.title, item.published = c
            if a and not item.lang:
                item.lang = a
            for event in b:
                if event.doc_id is None:
                    event.doc_id = item.doc_id
            yield ExtractionResult(report=item, events=b)
        elif status == "skip":
            yield ALL_ERRORS.get(a, Base)(b, path=c[0], line=c[1])
        else:
            yield extraction_failed(item, a, b)


def _checked(items: Iterable[Report | ConflictWatchError]
             ) -> Iterator[Report | ConflictWatchError]:
    """Every report from any reader (files, feeds, archives) with a plausible date (else
    E112) and a text within settings.max_report_chars (else E104)."""
    from .config import get_settings
    from .ingest._dates import check_report_date
    from .limits import check_report_size
    max_chars = get_settings().max_report_chars
    for item in items:
        if isinstance(item, Report):
            item = check_report_date(item)
            if isinstance(item, Report):
                item = check_report_size(item, max_chars)
        yield item


def extract_stream(items: Iterable[Report | ConflictWatchError], *, workers: int = 1,
                   engine: str = "local", scheduler: str | None = None,
                   batch_size: int | None = None, processes: bool = True, client=None
                   ) -> Iterator[ExtractionResult | ConflictWatchError]:
    """Extract a stream of reports (errors pass through in place), in input order.

    See the module docstring; ``processes=False`` runs a Dask LocalCluster's workers as
    threads (quick to start, for tests), ``client`` uses an existing Dask client."""
    from .config import get_settings
    if batch_size is None:
        batch_size = get_settings().batch_size
    if batch_size < 1:
        raise BadSetting(f"batch size must be 1 or more, not {batch_size}.")
    items = _checked(items)
    # the caller's time limit, not a worker's own environment (a forkserver's may be older)
    run_batch = functools.partial(extract_batch, max_seconds=get_settings().max_report_seconds)
    executor = make_executor(workers, engine, scheduler, processes=processes, client=client)
    max_in_flight = max(1, IN_FLIGHT_PER_WORKER * executor.workers)
    pending: deque[tuple[list, Any]] = deque()
    finished = False
    try:
        for batch in _batches(items, batch_size):
            reports = [_for_worker(i) for i in batch if isinstance(i, Report)]
            pending.append((batch, executor.submit(run_batch, reports) if reports
                            else _Done([])))
            while len(pending) >= max_in_flight:
                done_batch, future = pending.popleft()
                yield from _merge(done_batch, future.result())
        while pending:
            done_batch, future = pending.popleft()
            yield from _merge(done_batch, future.result())
        finished = True
    finally:
        pending.clear()
        if finished or not isinstance(executor, _ProcessPool):
            executor.close()
        else:                       # stopped early (error, Ctrl-C, SIGTERM): stop the workers
            executor.close(abort=True)


def read_for_workers(paths: Iterable[str | os.PathLike], *, published=None, lang: str = "auto",
                     settings=None) -> Iterator[Report | ConflictWatchError]:
    """``ingest.read_paths``, except that web archive pages come uncleaned: their HTML
    cleaning and language check are left to the workers (``extract_batch``), since they
    cost about as much as extraction and would otherwise all run in the calling process."""
    import functools
    from pathlib import Path

    from .config import get_settings
    from .ingest import _run_reader, iter_files, read_paths
    from .ingest.registry import get_reader, reader_name_for
    from .pipeline import _as_date
    settings = settings or get_settings()
    pub = _as_date(published)
    list(read_paths([], published=pub, lang=lang, settings=settings))   # checks lang (E108)
    for source in iter_files(paths):
        if isinstance(source, ConflictWatchError):
            yield source
        elif isinstance(source, Path) and reader_name_for(source) == "warc":
            reader = functools.partial(get_reader("warc"), defer_cleaning=True)
            for item in _run_reader(reader, "warc", source, None, str(source), pub, settings,
                                    False):
                if isinstance(item, Report) and lang != "auto":
                    item.lang = lang
                yield item
        else:
            yield from read_paths([source], published=pub, lang=lang, settings=settings)


def iter_extract(paths: Iterable[str | os.PathLike], *, published=None, lang: str = "auto",
                 workers: int = 1, engine: str = "local", scheduler: str | None = None,
                 batch_size: int | None = None, settings=None, processes: bool = True,
                 client=None) -> Iterator[ExtractionResult | ConflictWatchError]:
    """Read and extract every report under ``paths`` (files, folders, feed URLs, ``-``).

    Yields an ``ExtractionResult`` per report and the ``ConflictWatchError`` of each input
    that was skipped (unreadable E1xx, or extraction failed E201), in input order, whatever
    ``workers`` and ``engine``. Memory stays bounded: see the module docstring."""
    if settings is not None and batch_size is None:
        batch_size = settings.batch_size
    items = read_for_workers(paths, published=published, lang=lang, settings=settings)
    yield from extract_stream(items, workers=workers, engine=engine, scheduler=scheduler,
                              batch_size=batch_size, processes=processes, client=client)


# --- the single writer ---------------------------------------------------------------------------

def ingest_results(store, items: Iterable[ExtractionResult | ConflictWatchError],
                   summary: "RunSummary", on_item=None) -> Iterator[Any]:
    """Write extraction results into ``store`` (the one writer), counting into ``summary``.

    A report whose extraction failed (E201) is stored as failed (``ingest --retry-failed``
    takes it up again); an unreadable input is only counted. Yields each report's
    IngestOutcome as it is written, and the error of each unreadable input. ``summary.merges`` is the number of
    extracted events that joined an event already stored."""
    events_before = _count_events(store)
    mentions = 0
    for item in items:
        summary.add(item)
        if isinstance(item, ConflictWatchError):
            report = getattr(item, "report", None)
            result = item
            if report is not None:          # extraction failed: stored as failed, retryable
                result = _store_failure(store, report, item)
                summary.duplicates += getattr(result, "status", None) == "duplicate"
            if on_item:
                on_item(result)
            yield result
            continue
        try:
            outcome = store.ingest_report(item.report, item.events)
        except Exception as exc:  # noqa: BLE001 - one report must not lose the rest of the batch
            err = exc if isinstance(exc, ConflictWatchError) and exc.code.startswith("E2") else \
                extraction_failed(item.report, type(exc).__name__, f"storing it failed: {exc}")
            err.report = item.report
            summary.skipped[err.code] += 1
            summary.extracted -= 1
            summary.events -= len(item.events)
            result = _store_failure(store, item.report, err)
            if on_item:
                on_item(result)
            yield result
            continue
        if outcome.status == "duplicate":
            summary.duplicates += 1
        else:
            summary.new += 1
            mentions += len(item.events)
        if on_item:
            on_item(outcome)
        yield outcome
    summary.merges += max(0, mentions - (_count_events(store) - events_before))
    if hasattr(store, "recount_conflicts"):
        store.recount_conflicts()


def _store_failure(store, report: Report, err: ConflictWatchError):
    """Keep ``report`` as failed with ``err`` (retryable); if even that cannot be stored,
    the error itself is the outcome and the batch goes on."""
    try:
        return store.ingest_report(report, None, error=err)
    except Exception as exc:  # noqa: BLE001
        return extraction_failed(report, type(exc).__name__,
                                 f"it could not be stored even as failed: {exc}")


def _count_events(store) -> int:
    from sqlalchemy import func, select

    from .store.models import Event as EventRow
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(EventRow)) or 0


def _what(code: str) -> str:
    """" an HTML page with no article text" for E105 (the error class's docstring)."""
    from .errors import ALL_ERRORS
    doc = (ALL_ERRORS[code].__doc__ or "") if code in ALL_ERRORS else ""
    doc = doc.strip().rstrip(".")
    return f" {doc[:1].lower()}{doc[1:]}" if doc else ""


# --- what a run did ----------------------------------------------------------------------------

@dataclass
class RunSummary:
    """Counts of a long run, printed at its end: reports read, skipped (by error code),
    extracted, events; for ``ingest``/``watch`` also new, duplicate and merged."""

    read: int = 0
    extracted: int = 0
    events: int = 0
    skipped: Counter = field(default_factory=Counter)
    new: int = 0
    duplicates: int = 0
    merges: int = 0
    seen_before: int = 0
    seconds: float = 0.0

    def add(self, item: ExtractionResult | ConflictWatchError) -> None:
        if isinstance(item, ConflictWatchError):
            self.skipped[item.code] += 1
            if item.code.startswith("E2"):
                self.read += 1
            return
        self.read += 1
        self.extracted += 1
        self.events += len(item.events)

    @property
    def n_skipped(self) -> int:
        return sum(self.skipped.values())

    def to_dict(self) -> dict:
        return {"read": self.read, "extracted": self.extracted, "events": self.events,
                "skipped": dict(self.skipped), "new": self.new, "duplicates": self.duplicates,
                "merges": self.merges, "seen_before": self.seen_before,
                "seconds": round(self.seconds, 2)}

    def lines(self, *, stored: bool = False) -> list[str]:
        """The summary as short lines of text."""
        rate = f" in {self.seconds:.1f}s ({self.read / self.seconds:.1f} reports/s)" \
            if self.seconds > 0 and self.read else ""
        out = [f"Summary: {self.read} reports read{rate}, {self.extracted} extracted, "
               f"{self.events} events, {self.n_skipped} skipped."]
        if stored:
            out.append(f"Stored: {self.new} new reports, {self.duplicates} already stored, "
                       f"{self.merges} events merged into existing ones.")
        if self.seen_before:
            out.append(f"Seen before (not read again): {self.seen_before}.")
        if self.skipped:
            why = ", ".join(f"{code}{_what(code)}: {n}" for code, n in sorted(self.skipped.items()))
            out.append(f"Skipped: {why}.")
        return out


__all__ = ["iter_extract", "extract_stream", "extract_batch", "make_executor", "RunSummary",
           "ENGINES"]
