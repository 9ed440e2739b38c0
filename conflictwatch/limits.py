"""Per-report limits: time (E115) and size (E104), for the CLI, the workers and the server.

- ``time_limit(seconds)``: a SIGALRM timer around one report's extraction in the main
  thread of a process (the CLI, each ``--workers`` process). Python code is interrupted
  at the deadline; elsewhere (a thread, Windows) it does nothing, so the server runs
  extraction in a process of its own instead (``UploadExtractor``).
- ``check_report_size``: reports longer than ``settings.max_report_chars`` (5,000,000 by
  default) are refused before extraction. Extraction is linear in a report's length (issue
  #9: about 10 ms per KB, a 2 MB report in about 20 s); the limit is for absurd input.
- ``UploadExtractor``: the server's reading and extraction of uploads, off the event loop,
  in a small process pool with a deadline; a report past it has its worker killed (E115).
"""
from __future__ import annotations

import asyncio
import signal
import threading
from typing import Any

from .errors import ConflictWatchError, InputTooLarge, ReportTooSlow
from .records import Report


def _too_slow(seconds: float, what: str) -> ReportTooSlow:
    return ReportTooSlow(f"{what} took longer than {seconds:g} s (CONFLICTWATCH_MAX_REPORT_SECONDS) "
                         "and was stopped; split it into shorter reports, or raise the limit.")


class time_limit:
    """Raise ReportTooSlow (E115) in this ``with`` block after ``seconds`` (None or 0: no
    limit; no limit either outside the main thread or without ``setitimer``)."""

    def __init__(self, seconds: float | None, what: str = "the report"):
        self.seconds, self.what = seconds, what
        self.active = False
        self.previous = None

    def _on_alarm(self, signum, frame):
        if not self.active:
            return
        # again in 50 ms, until the block is left: a raise that lands in a finaliser (or
        # in any code that swallows it) must not let the report run on unbounded
        signal.setitimer(signal.ITIMER_REAL, 0.05)
        raise _too_slow(self.seconds, self.what)

    def __enter__(self):
        if (self.seconds and hasattr(signal, "setitimer")
                and threading.current_thread() is threading.main_thread()):
            self.previous = signal.signal(signal.SIGALRM, self._on_alarm)
            self.active = True
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def __exit__(self, *exc):
        while self.active:           # an alarm landing in this cleanup: clean up again
            try:
                self.active = False
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, self.previous)
            except ReportTooSlow:
                self.active = True
        return False


def check_report_size(report: Report, max_chars: int) -> Report | InputTooLarge:
    """The report, or E104 when its text is longer than ``max_chars``."""
    n = len(report.text or "") + len(report.title or "")
    if n > max_chars:
        return InputTooLarge(f"the report is {n:,} characters long, over the limit of "
                             f"{max_chars:,} (CONFLICTWATCH_MAX_REPORT_CHARS); split it into "
                             "shorter reports, or raise the limit.",
                             path=report.path or report.doc_id, line=report.line)
    return report


def extract_limited(report: Report, seconds: float | None = None):
    """``pipeline.extract_report`` under the per-report time limit (settings by default)."""
    from .pipeline import extract_report
    if seconds is None:
        from .config import get_settings
        seconds = get_settings().max_report_seconds
    with time_limit(seconds, f"report '{report.doc_id}'"):
        return extract_report(report)


# --- the server's extraction ------------------------------------------------------------------

def _call_in_worker(fn, arg, seconds: float) -> tuple[str, Any, Any]:
    """Runs in a worker process: ("ok", fn(arg), None) or ("error", code, message)."""
    try:
        with time_limit(seconds, "the report"):
            return "ok", fn(arg), None
    except ConflictWatchError as err:        # coded errors do not pickle with path and line
        return "error", err.code, err.message
    except Exception as exc:  # noqa: BLE001 - the extractor's own bugs become E201
        return "error", "E201", (f"Extraction failed ({type(exc).__name__}: {exc}); report the "
                                 "text that caused it.")


class UploadExtractor:
    """Extraction of uploaded reports in a pool of ``workers`` processes, so the event loop
    stays free; each report gets ``seconds`` (in the worker, then a grace period after
    which the worker is killed and the pool restarted)."""

    GRACE_S = 5.0

    def __init__(self, seconds: float, workers: int = 2):
        self.seconds, self.workers = seconds, workers
        self._pool = None
        self._lock = threading.Lock()

    def _get_pool(self):
        with self._lock:
            if self._pool is None:
                import multiprocessing
                from concurrent.futures import ProcessPoolExecutor

                import os

                from .parallel import worker_init
                # forkserver: the server has threads, which fork would copy in a broken state
                self._pool = ProcessPoolExecutor(
                    max_workers=self.workers, initializer=worker_init, initargs=(os.getpid(),),
                    mp_context=multiprocessing.get_context("forkserver"))
            return self._pool

    def _kill(self, pool) -> None:
        with self._lock:
            if self._pool is pool:
                self._pool = None
        for proc in list(getattr(pool, "_processes", {}).values()):
            proc.kill()
        pool.shutdown(wait=False, cancel_futures=True)

    async def run(self, fn, arg):
        """``fn(arg)`` in a worker (``fn`` a module-level function, ``arg`` picklable),
        under the time limit; its coded errors are raised here."""
        from .errors import ALL_ERRORS, ExtractionFailed
        pool = self._get_pool()
        future = pool.submit(_call_in_worker, fn, arg, self.seconds)
        limit = self.seconds + self.GRACE_S if self.seconds else None
        try:
            status, a, b = await asyncio.wait_for(asyncio.wrap_future(future), timeout=limit)
        except asyncio.TimeoutError:
            self._kill(pool)
            raise _too_slow(self.seconds, "the report") from None
        except Exception as exc:  # noqa: BLE001 - a worker that died (BrokenProcessPool)
            self._kill(pool)
            raise ExtractionFailed(f"The extraction worker stopped ({type(exc).__name__}); "
                                   "retry, and report the text if it happens again.") from None
        if status == "ok":
            return a
        raise ALL_ERRORS.get(a, ExtractionFailed)(b)

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
