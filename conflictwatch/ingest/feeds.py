"""RSS and Atom feed reader (.rss, .atom, .xml files, and http(s) feed URLs).

feedparser 6 parses the feed. Each item becomes one report: its content (or, failing that,
its summary) HTML is cleaned like a web page (``ingest.html.clean_html``), its link is the
report's ``url``, its published (or updated) date the report's date, its title the title,
and the feed's title the ``source``. An item whose HTML holds no article text is yielded as
NoArticleText (E105); the other items are still read. A file or URL that is not a feed at
all is BadFeed (E110).

``read_feed_url`` fetches a feed over HTTP with a size limit and, for the watch loop,
conditional requests (ETag / Last-Modified): an unchanged feed costs one 304 response.
"""
from __future__ import annotations

import hashlib
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import feedparser

from .. import __version__
from ..errors import BadFeed, ConflictWatchError, EmptyInput, InputTooLarge
from ..records import Report
from .html import MIN_WORDS, clean_html
from .registry import register_reader

FETCH_TIMEOUT_S = 30
USER_AGENT = f"conflictwatch/{__version__} (+https://github.com/conflictwatch/conflictwatch)"
_TAG = re.compile(r"<[a-zA-Z/!]")


def is_url(source) -> bool:
    return isinstance(source, str) and source.lower().startswith(("http://", "https://"))


def _entry_date(entry) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = dict.get(entry, key)     # no feedparser fallback mapping (and warning)
        if parsed:
            try:
                return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except ValueError:
                continue
    return None


def _entry_html(entry) -> str:
    """The fullest text the item carries: content:encoded / atom:content, else the summary."""
    best = ""
    for part in entry.get("content") or []:
        value = part.get("value") or ""
        if len(value) > len(best):
            best = value
    summary = entry.get("summary") or ""
    return best if len(best) >= len(summary) else summary


def entry_key(entry) -> str:
    """A stable id for a feed item: its guid, else its link, else a hash of its text."""
    key = entry.get("id") or entry.get("link")
    if key:
        return str(key)
    body = f"{entry.get('title', '')}\n{_entry_html(entry)}"
    return "sha256:" + hashlib.sha256(body.encode("utf-8")).hexdigest()


def _doc_id(stem: str, entry, index: int) -> str:
    key = entry.get("id") or entry.get("link")
    if not key:
        return f"{stem}-{index}"
    return f"{stem}-{hashlib.sha1(str(key).encode('utf-8')).hexdigest()[:12]}"


def _item_report(entry, *, index: int, stem: str, where: str, source: str | None,
                 published: date | None) -> Report | ConflictWatchError:
    title = (entry.get("title") or "").strip() or None
    html = _entry_html(entry).strip()
    if not html:
        return EmptyInput("this feed item has no content or summary; nothing to read.",
                          path=where, line=index)
    if not _TAG.search(html):       # plain-text summaries are wrapped so they clean alike
        html = "".join(f"<p>{para}</p>" for para in html.split("\n") if para.strip())
    page = clean_html(f"<html><body><article>{html}</article></body></html>",
                      path=where, line=index)
    if len(page.text.split()) < MIN_WORDS:     # pragma: no cover - clean_html checks too
        return EmptyInput("this feed item's text is too short to read.", path=where, line=index)
    link = (entry.get("link") or "").strip() or None
    return Report(doc_id=_doc_id(stem, entry, index), text=page.text, title=title,
                  published=_entry_date(entry) or page.published or published,
                  source=source, url=link, path=where,
                  meta={"feed_item": entry_key(entry)})


def parse_feed(data: bytes, *, where: str, stem: str, published: date | None = None
               ) -> Iterator[Report | ConflictWatchError]:
    """Reports (or per-item errors) of a feed document; BadFeed (E110) if it is not a feed."""
    try:
        parsed = feedparser.parse(_safe_charrefs(data))
    except (ValueError, RecursionError, MemoryError) as err:   # feedparser's own failures
        yield BadFeed(f"this feed cannot be parsed ({type(err).__name__}: {err}); check the file "
                      "or URL.", path=where)
        return
    if not parsed.entries:
        if not parsed.get("version"):
            reason = parsed.get("bozo_exception")
            detail = f" ({type(reason).__name__}: {reason})" if reason else ""
            yield BadFeed(f"this is not an RSS or Atom feed{detail}; check the file or URL. "
                          "Web pages go to the html reader (.html).", path=where)
        return
    source = (parsed.feed.get("title") or "").strip() or None
    for index, entry in enumerate(parsed.entries, start=1):
        try:
            yield _item_report(entry, index=index, stem=stem, where=where, source=source,
                               published=published)
        except ConflictWatchError as err:
            yield err


_CHARREF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,64})|([0-9]{1,64}));")


def _safe_charrefs(data: bytes) -> bytes:
    """Numeric character references past U+10FFFF or in the surrogate range as U+FFFD:
    feedparser 6 calls ``chr()`` on them and raises (``&#x110000;`` in an item)."""
    def fix(m: re.Match) -> bytes:
        cp = int(m.group(1), 16) if m.group(1) else int(m.group(2))
        return m.group(0) if cp <= 0x10FFFF and not 0xD800 <= cp <= 0xDFFF else b"&#xFFFD;"
    return _CHARREF.sub(fix, data)


@register_reader(".rss", ".atom", ".xml", name="feeds")
def read_feed(path: Path, data: bytes, *, published: date | None = None,
              settings=None) -> Iterator[Report | ConflictWatchError]:
    yield from parse_feed(data, where=str(path), stem=path.stem or "feed", published=published)


@dataclass(slots=True)
class FetchState:
    """What the last fetch of a feed URL returned, for conditional requests."""

    etag: str | None = None
    modified: str | None = None
    extra: dict = field(default_factory=dict)


def fetch(url: str, *, max_bytes: int, state: FetchState | None = None,
          timeout: float = FETCH_TIMEOUT_S) -> bytes | None:
    """The body at ``url`` (None when the server says it has not changed since ``state``).

    Raises BadFeed (E110) when the URL cannot be fetched and InputTooLarge (E104) when the
    body is over ``max_bytes``. ``state`` is updated with the response's validators."""
    headers = {"User-Agent": USER_AGENT,
               "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"}
    if state is not None:
        if state.etag:
            headers["If-None-Match"] = state.etag
        if state.modified:
            headers["If-Modified-Since"] = state.modified
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - http(s) only
            body = response.read(max_bytes + 1)
            if state is not None:
                state.etag = response.headers.get("ETag") or state.etag
                state.modified = response.headers.get("Last-Modified") or state.modified
    except urllib.error.HTTPError as err:
        if err.code == 304:
            return None
        raise BadFeed(f"the server answered HTTP {err.code} ({err.reason}); check the feed URL.",
                      path=url) from None
    except (urllib.error.URLError, OSError, ValueError) as err:
        reason = getattr(err, "reason", err)
        raise BadFeed(f"cannot fetch the feed ({reason}); check the URL and the network.",
                      path=url) from None
    if len(body) > max_bytes:
        raise InputTooLarge(f"the feed is over the limit of {max_bytes:,} bytes "
                            "(CONFLICTWATCH_MAX_FILE_BYTES); raise the limit.", path=url)
    return body


def read_feed_url(url: str, *, published: date | None = None, settings=None,
                  state: FetchState | None = None) -> Iterator[Report | ConflictWatchError]:
    """Fetch a feed URL and read its items (nothing when it is unchanged since ``state``)."""
    from ..config import get_settings
    settings = settings or get_settings()
    try:
        body = fetch(url, max_bytes=settings.max_file_bytes, state=state)
    except ConflictWatchError as err:
        yield err
        return
    if body is None:
        return
    stem = re.sub(r"[^A-Za-z0-9]+", "-", url.split("://", 1)[-1]).strip("-")[:60] or "feed"
    yield from parse_feed(body, where=url, stem=stem, published=published)
