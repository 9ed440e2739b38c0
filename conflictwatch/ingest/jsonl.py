"""JSON Lines reader (.jsonl, .ndjson): the report format of SCHEMA.md, one report a line.

Fields: ``doc_id``, ``lang``, ``published``, ``source``, ``title``, ``url``, and ``text``
or ``html`` (an ``html`` field is cleaned like a web page). A bad line is yielded as its
error (E106, E107, E112, E105) and the other lines are still read.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import BadDate, BadJsonLine, BadReportRecord, ConflictWatchError, EmptyInput
from ..records import Report
from ._decode import decode_bytes, looks_like_page, unescape_entities
from .html import clean_html
from .registry import register_reader


def _str_or_none(value: Any) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def strip_title(text: str, title: str | None) -> str:
    """The body without a leading copy of the title (Report.full_text adds it back)."""
    text = text.strip()
    if title and text.startswith(title.strip()):
        rest = text[len(title.strip()):]
        if not rest or rest[0] in "\n\r":
            return rest.strip()
    return text


def record_to_report(record: dict[str, Any], *, doc_id: str, path: str | None = None,
                     line: int | None = None, published: date | None = None
                     ) -> Report | ConflictWatchError:
    """One SCHEMA.md report record as a Report, or the error that keeps it from being one."""
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        return BadReportRecord("the report has no 'text' or 'html' field (a string); "
                               "give the article text in 'text' or the page in 'html'.",
                               path=path, line=line)
    pub = published
    raw_pub = record.get("published")
    if raw_pub not in (None, ""):
        try:
            pub = date.fromisoformat(str(raw_pub)[:10])
        except ValueError:
            return BadDate(f"'published' is {raw_pub!r}, not a date; write it as YYYY-MM-DD.",
                           path=path, line=line)
    title = _str_or_none(record.get("title"))
    # (a whole page given as "text", as scrapers store it, is read as the page: its menus, tags
    # and comments are no prose; given in both fields, "html" is read)
    if isinstance(text, str) and looks_like_page(text):
        text, html = None, (html if isinstance(html, str) and html.strip() else text)
    if isinstance(text, str) and text.strip():
        title = unescape_entities(title)
        body = strip_title(unescape_entities(text), title)
        raw_html = html if isinstance(html, str) else None
    elif isinstance(html, str) and html.strip():
        try:
            page = clean_html(html, path=path, line=line)
        except ConflictWatchError as err:
            return err
        body, raw_html = page.text, html
        title = title or page.title
        if raw_pub in (None, "") and page.published:
            pub = page.published
        body = strip_title(body, title)
    else:
        return EmptyInput("the report's text is empty; nothing to read.", path=path, line=line)
    if not body:
        return EmptyInput("the report holds only a title and no text.", path=path, line=line)
    lang = _str_or_none(record.get("lang"))
    return Report(doc_id=_str_or_none(record.get("doc_id")) or doc_id, text=body, title=title,
                  published=pub, lang=lang.lower() if lang else None,
                  source=_str_or_none(record.get("source")), url=_str_or_none(record.get("url")),
                  path=path, line=line, html=raw_html)


def read_jsonl_text(text: str, *, path: str, stem: str, published: date | None = None
                    ) -> Iterator[Report | ConflictWatchError]:
    lines = text.split("\n")
    n_records = sum(1 for ln in lines if ln.strip())
    for lineno, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except ValueError as exc:
            yield BadJsonLine(f"this line is not JSON ({exc.msg} at column {exc.colno}); "
                              "each line must be one JSON object. The other lines were read.",
                              path=path, line=lineno)
            continue
        except RecursionError:
            yield BadJsonLine("this line nests arrays or objects too deeply to read; each line "
                              "must be one flat report object. The other lines were read.",
                              path=path, line=lineno)
            continue
        if not isinstance(record, dict):
            yield BadJsonLine(f"this line is a JSON {type(record).__name__}, not an object; "
                              "each line must be one report object.", path=path, line=lineno)
            continue
        doc_id = stem if n_records == 1 else f"{stem}-{lineno}"
        yield record_to_report(record, doc_id=doc_id, path=path, line=lineno, published=published)


@register_reader(".jsonl", ".ndjson")
def read_jsonl(path: Path, data: bytes, *, published: date | None = None,
               settings=None) -> Iterator[Report | ConflictWatchError]:
    text = decode_bytes(data, path=str(path))
    if text.startswith("\ufeff"):
        text = text[1:]
    yield from read_jsonl_text(text, path=str(path), stem=path.stem or "reports",
                               published=published)
