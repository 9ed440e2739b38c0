"""Plain-text reader (.txt, .text, .md): one file, one report."""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from ..errors import ConflictWatchError, EmptyInput
from ..records import Report
from ._decode import decode_bytes, unescape_entities
from .registry import register_reader

_MD_TITLE = re.compile(r"^#\s+(.+?)\s*#*\s*$")


def split_title(text: str) -> tuple[str | None, str]:
    """A leading headline and the body.

    A Markdown ``# Title`` line is a title; so is a short first line with no final full
    stop followed by a blank line (the way news texts are usually saved)."""
    first, sep, rest = text.partition("\n")
    m = _MD_TITLE.match(first)
    if m:
        return m.group(1).strip(), rest.strip()
    if sep and rest.startswith("\n") and len(first) <= 200 and rest.strip() \
            and not first.rstrip().endswith((".", ":", ";", ",")):
        return first.strip(), rest.strip()
    return None, text.strip()


@register_reader(".txt", ".text", ".md")
def read_text(path: Path, data: bytes, *, published: date | None = None,
              settings=None) -> Iterator[Report | ConflictWatchError]:
    text = unescape_entities(decode_bytes(data, path=str(path))).strip()
    if not text:
        yield EmptyInput("the file holds no text; nothing to read.", path=str(path))
        return
    title, body = split_title(text)
    if not body:
        title, body = None, text
    yield Report(doc_id=path.stem or "text", text=body, title=title, published=published,
                 path=str(path))
