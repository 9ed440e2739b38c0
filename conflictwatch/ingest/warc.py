"""Web archive reader (.warc, .warc.gz, .arc, .arc.gz): the HTML pages inside.

warcio 1.8 iterates the records (ARC records are read as WARC). Every ``response`` record
(an ARC record is one) with HTTP status 200 and an HTML content type becomes one report:
its page is cleaned like any web page (``ingest.html.clean_html``), ``url`` is the record's
WARC-Target-URI, and the date is the page's own publication date, else the day of the
WARC-Date (when it was crawled), else ``published``. Requests, metadata, redirects,
robots.txt and images are passed over without a word: archives are mostly those. A page
with no article text is yielded as NoArticleText (E105); a damaged archive as BadArchive
(E111), after the records read before the damage.

The archive is streamed from its file (``reads_path``): a Common Crawl WARC of a gigabyte
is read one record at a time, and ``max_file_bytes`` limits each page, not the archive.
"""
from __future__ import annotations

import hashlib
import os
import re
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader
from warcio.exceptions import ArchiveLoadFailed

from ..errors import BadArchive, ConflictWatchError, InputTooLarge
from ..records import Report
from ._decode import decode_bytes
from .html import clean_html
from .registry import register_reader

HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.IGNORECASE)


def _warc_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _decode(payload: bytes, content_type: str, where: str) -> str:
    m = _CHARSET.search(content_type)
    if m:
        try:
            return payload.decode(m.group(1))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(payload, path=where)


_ARC_HEADER = re.compile(rb"^(filedesc|[a-z][a-z0-9+.-]*)://\S* \S+ \d{14} ")


def _looks_like_archive(stream: BinaryIO) -> bool:
    """Whether the stream starts like a WARC or ARC file (gzipped or not); rewinds it."""
    start = stream.tell()
    head = stream.read(4096)
    stream.seek(start)
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 512)
        except zlib.error:          # gzip magic, then no gzip stream: not an archive
            return False
    head = head.lstrip(b"\r\n")
    return head.startswith(b"WARC/") or bool(_ARC_HEADER.match(head))


#: decompressed bytes of record and HTTP header lines read in a row (without a payload read
#: between them): a gzip member can inflate a header line to gigabytes (a header bomb)
MAX_HEADER_BYTES = 1_000_000


class _BoundedReader(DecompressingBufferedReader):
    """warcio's reader, with header lines bounded (``readline`` is unbounded in warcio)."""

    _header_bytes = 0

    def readline(self, length=None):
        room = MAX_HEADER_BYTES - self._header_bytes
        if room <= 0:
            raise ValueError(f"record headers longer than {MAX_HEADER_BYTES:,} bytes "
                             "(a damaged or hostile archive)")
        line = super().readline(room if length is None or length > room else length)
        self._header_bytes += len(line)
        return line

    def read(self, length=None):
        self._header_bytes = 0
        return super().read(length)


def _bounded(records: ArchiveIterator) -> ArchiveIterator:
    records.reader.__class__ = _BoundedReader       # same state, bounded header lines
    return records


def _check_whole(record) -> None:
    """EOFError when a record was cut short (its declared length was not all there)."""
    if record is not None and getattr(record.raw_stream, "limit", 0) > 0:
        url = record.rec_headers.get_header("WARC-Target-URI") or "a record"
        raise EOFError(f"the record for {url} is cut short")


def _doc_id(stem: str, url: str | None, record_id: str | None, offset: int) -> str:
    key = record_id or url
    if not key:
        return f"{stem}-{offset}"
    return f"{stem}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}"


PENDING = "warc_page_pending"    # Report.meta key of a page not cleaned yet (defer_cleaning)


def finish_page(report: Report) -> Report | ConflictWatchError:
    """Clean a page read with ``defer_cleaning``: its text, title and date (in place)."""
    pending = report.meta.pop(PENDING)
    try:
        page = clean_html(report.html, path=report.path, line=report.meta.get("warc_offset"))
    except ConflictWatchError as err:
        err.message = f"{err.message} (record for {report.url})"
        return err
    report.text, report.title = page.text, page.title
    report.published = page.published or pending["crawled"] or pending["default"]
    return report


def iter_archive(stream: BinaryIO, *, where: str, stem: str, published: date | None = None,
                 max_page_bytes: int = 20_000_000, defer_cleaning: bool = False
                 ) -> Iterator[Report | ConflictWatchError]:
    """Reports of the HTML responses in an open WARC/ARC stream (gzipped or not).

    With ``defer_cleaning`` the pages come uncleaned (``text`` empty, ``meta[PENDING]``) for
    ``finish_page`` to clean elsewhere: ``conflictwatch.parallel`` does it in its workers,
    as HTML cleaning costs about as much as extraction."""
    if not _looks_like_archive(stream):
        yield BadArchive("this is not a WARC or ARC archive (it does not begin with a WARC/ "
                         "or ARC record header); check the file, or rename it if it is a page "
                         "(.html) or text (.txt).", path=where)
        return
    try:
        records = _bounded(ArchiveIterator(stream, arc2warc=True))
        previous = None
        for record in records:
            _check_whole(previous)          # the iterator has read the previous one to its end
            previous = record
            if record.rec_type != "response" or record.http_headers is None:
                continue
            status = record.http_headers.get_statuscode()
            content_type = (record.http_headers.get_header("Content-Type") or "").lower()
            if status != "200" or not content_type.startswith(HTML_TYPES):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            payload = record.content_stream().read(max_page_bytes + 1)
            if len(payload) <= max_page_bytes:
                _check_whole(record)
            offset = records.get_record_offset()    # after the read: it skips to the record's end
            if len(payload) > max_page_bytes:
                yield InputTooLarge(f"the page {url} is over {max_page_bytes:,} bytes "
                                    "(CONFLICTWATCH_MAX_FILE_BYTES); it was skipped.",
                                    path=where, line=offset)
                continue
            try:
                html = _decode(payload, content_type, where)
            except ConflictWatchError as err:
                err.message = f"{err.message} (record for {url})"
                yield err
                continue
            crawled = _warc_day(record.rec_headers.get_header("WARC-Date"))
            page = Report(doc_id=_doc_id(stem, url, record.rec_headers.get_header("WARC-Record-ID"),
                                         offset),
                          text="", url=url, path=where, html=html,
                          meta={"warc_date": record.rec_headers.get_header("WARC-Date"),
                                "warc_offset": offset,
                                PENDING: {"crawled": crawled, "default": published}})
            yield page if defer_cleaning else finish_page(page)
        if previous is not None:
            records.read_to_end(previous)
            _check_whole(previous)
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error,
            AttributeError, TypeError, KeyError, IndexError) as err:
        # warcio 1.8 raises the last four on some damaged headers (a response record with
        # no WARC-Target-URI: AttributeError), found by benchmarks/fuzz_readers.py
        yield BadArchive(f"the archive cannot be read past this point ({type(err).__name__}: "
                         f"{err}); the pages before it were read. Check that the file is a "
                         "whole WARC or ARC file (gzipped per record or not).", path=where)


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".warc.gz", ".arc.gz", ".warc", ".arc"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)] or "archive"
    return path.stem or "archive"


@register_reader(".warc", ".warc.gz", ".arc", ".arc.gz", name="warc")
def read_warc(path: Path, data: bytes | None, *, published: date | None = None,
              settings=None, defer_cleaning: bool = False) -> Iterator[Report | ConflictWatchError]:
    """Read an archive; ``data`` is None when read_paths streams the file (``reads_path``)."""
    from ..config import get_settings
    limit = (settings or get_settings()).max_file_bytes
    if data is not None:
        import io
        yield from iter_archive(io.BytesIO(data), where=str(path), stem=_stem(path),
                                published=published, max_page_bytes=limit,
                                defer_cleaning=defer_cleaning)
        return
    from . import open_regular          # E114 for a FIFO or an unreadable file: never blocks
    fd, _ = open_regular(path)
    with os.fdopen(fd, "rb") as fh:
        yield from iter_archive(fh, where=str(path), stem=_stem(path), published=published,
                                max_page_bytes=limit, defer_cleaning=defer_cleaning)


read_warc.reads_path = True   # read_paths hands over the path, not the archive's bytes
