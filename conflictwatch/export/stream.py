"""Exports as a stream of byte chunks (for the API's streamed downloads): the exporter
runs in a thread and writes into a bounded queue, so memory stays flat however many
events are written, and a client that goes away stops the export."""
from __future__ import annotations

import queue
import threading
from typing import Iterator

CHUNK = 64 * 1024
_DONE = object()


class _QueueWriter:
    """A text stream that hands UTF-8 chunks of about CHUNK bytes to a queue."""

    def __init__(self, q: queue.Queue, stop: threading.Event):
        self.q, self.stop = q, stop
        self.parts: list[str] = []
        self.size = 0

    def write(self, s: str) -> int:
        self.parts.append(s)
        self.size += len(s)
        if self.size >= CHUNK:
            self.flush()
        return len(s)

    def flush(self) -> None:
        if self.parts:
            data = "".join(self.parts).encode("utf-8")
            self.parts, self.size = [], 0
            while not self.stop.is_set():
                try:
                    self.q.put(data, timeout=0.5)
                    return
                except queue.Full:
                    continue
            raise _Stopped()


class _Stopped(Exception):
    pass


def stream_export(store, fmt: str, *, options: dict | None = None, **filters) -> Iterator[bytes]:
    """The export of ``store`` in ``fmt`` as an iterator of byte chunks (``export.export``'s
    arguments); the first chunk is read before returning, so an export that fails at once raises."""
    from . import export, get_exporter
    get_exporter(fmt)   # an unknown format fails here, before any byte is sent
    q: queue.Queue = queue.Queue(maxsize=8)
    stop = threading.Event()
    failure: list[BaseException] = []

    def run():
        out = _QueueWriter(q, stop)
        try:
            export(store, fmt, out, options=options, **filters)
            out.flush()
        except _Stopped:
            return
        except BaseException as err:   # handed to the reading side
            failure.append(err)
        finally:
            while not stop.is_set():
                try:
                    q.put(_DONE, timeout=0.5)
                    break
                except queue.Full:
                    continue

    worker = threading.Thread(target=run, name=f"export-{fmt}", daemon=True)
    worker.start()
    # the first chunk is read now, before the caller starts its answer: an export that fails
    # at once (a bad filter the database refuses) raises here, while a coded error can still
    # be sent; a failure after the first chunk can only cut the stream short
    try:
        first = q.get()
        if first is _DONE and failure:
            raise failure[0]
    except BaseException:
        stop.set()
        raise
    return _rest(first, q, stop, failure)


def _rest(first, q: queue.Queue, stop: threading.Event, failure: list) -> Iterator[bytes]:
    try:
        item = first
        while item is not _DONE:
            yield item
            item = q.get()
        if failure:
            raise failure[0]
    finally:
        stop.set()
