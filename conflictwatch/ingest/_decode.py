"""Bytes to text: BOMs, UTF-8, legacy Western encodings, and binary detection."""
from __future__ import annotations

import codecs
import html
import re

from ..errors import BinaryInput

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# Encodings whose reading of an English or Spanish text we accept from the detector as is.
_WESTERN = {"ascii", "utf_8", "cp1252", "latin_1", "iso8859_15", "iso8859_1"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    return bool(sample) and len(_CONTROL.findall(sample)) > max(2, len(sample) // 100)


def decode_bytes(data: bytes, *, path: str | None = None) -> str:
    """Decode a text or HTML file; raise BinaryInput (E103) for binary data.

    UTF-8 is tried first. Otherwise charset-normalizer chooses, but for short texts it
    often guesses a Central-European or CJK code page for what is a Latin-1 / Windows-1252
    file in Spanish ("Año" read as Big5), so Windows-1252 is preferred whenever it
    decodes the bytes cleanly and the detector's choice is not a Western encoding.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                break
    binary = BinaryInput("this looks like a binary file (NUL or control bytes), not text or HTML. "
                         "Convert it to plain text (UTF-8) or HTML first.", path=path)
    if b"\x00" in data[:65536]:
        raise binary
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is None:
        from charset_normalizer import from_bytes
        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding in _WESTERN:
            text = data.decode(best.encoding, errors="replace")
        else:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                if best is None:
                    raise binary from None
                text = data.decode(best.encoding, errors="replace")
    if _looks_binary(text):
        raise binary
    return text.replace("\r\n", "\n").replace("\r", "\n")


# HTML character references left in plain text (copied out of a page or a feed: "&Aacute;lvaro
# Obreg&oacute;n", "&#8220;"): the characters they stand for, so that names and quotes read.
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,8}|#[0-9]{2,6}|#[xX][0-9a-fA-F]{2,5});")


def unescape_entities(text: str | None) -> str | None:
    """``text`` with its HTML character references decoded (unchanged when it holds none)."""
    return html.unescape(text) if text and _ENTITY.search(text) else text


# A whole web page, or a piece of one, by what opens it (comments may come first): a doctype,
# <html>, <head>, <body> or <article>. Scrapers often store the saved page in a JSON Lines
# record's "text"; stdin may be a page too.
_PAGE_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])",
                         re.IGNORECASE | re.DOTALL)


def looks_like_page(text: str) -> bool:
    """Whether ``text`` is HTML markup to be cleaned as a page, not prose."""
    return bool(_PAGE_START.match(text))
