"""HTML reader (.html, .htm, .xhtml): the article body of a web page, its title and date.

trafilatura 2.3.1 finds the main text (comments excluded). Before it runs, elements whose
class or id names page chrome (cookie notices, share buttons, related links, comments,
donation and newsletter boxes, bylines) are pruned; after it, paragraphs that are
boilerplate ("Read more: ...", "Suscríbete ...") are dropped. Both lists are data:
``boilerplate.yaml`` beside this module.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

import lxml.html
import yaml
from lxml import etree

from ..errors import BadLanguageData, ConflictWatchError, InputTooLarge, NoArticleText
from ..records import Report
from ._decode import decode_bytes
from .registry import register_reader

MIN_WORDS = 5      # fewer words than this after cleaning: no article text (E105)
#: attributes one element may have: libxml2 checks each new attribute against the others
#: (quadratic), so 100,000 attributes on one tag took 134 s; real pages have a handful
MAX_ATTRIBUTES = 1000
_TAG = re.compile(r"<[A-Za-z][^<>]{%d,}>" % (2 * MAX_ATTRIBUTES))     # only long tags are counted
_ATTR = re.compile(r"""[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+))?""")
_KEEP_TAGS = {"html", "body", "main", "article"}
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_META_DATE_NAMES = (
    "article:published_time", "og:published_time", "date", "pubdate", "publishdate",
    "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.created",
    "datepublished", "sailthru.date", "parsely-pub-date", "original-publish-date",
)


@dataclass(frozen=True, slots=True)
class Boilerplate:
    prune_classes: tuple[str, ...]
    line_patterns: tuple[re.Pattern, ...]


@lru_cache(maxsize=1)
def boilerplate() -> Boilerplate:
    """The chrome lists of boilerplate.yaml, compiled once."""
    source = resources.files(__package__).joinpath("boilerplate.yaml")
    try:
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
        classes = tuple(str(c).lower() for c in data["prune_classes"])
        patterns = tuple(re.compile(p, re.IGNORECASE)
                         for lang_patterns in data["lines"].values() for p in lang_patterns)
    except (yaml.YAMLError, KeyError, TypeError, AttributeError, re.error) as exc:
        raise BadLanguageData(f"conflictwatch/ingest/boilerplate.yaml is malformed ({exc}); "
                              "fix the file or reinstall conflictwatch.") from None
    return Boilerplate(classes, patterns)


@dataclass(slots=True)
class CleanPage:
    title: str | None
    text: str
    published: date | None


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    m = _DATE.search(value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _text_len(el) -> int:
    return len("".join(el.itertext()).strip())


def _prune_chrome(tree) -> None:
    """Remove elements whose class or id names page chrome (see boilerplate.yaml)."""
    tokens = boilerplate().prune_classes
    body = tree.find(".//body")
    total = _text_len(body) if body is not None else _text_len(tree)
    doomed = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in _KEEP_TAGS:
            continue
        names = f"{el.get('class', '')} {el.get('id', '')}".lower()
        if not names.strip() or not any(t in names for t in tokens):
            continue
        if el.find(".//h1") is not None or el.find(".//article") is not None \
                or el.find(".//main") is not None:
            continue
        if total and _text_len(el) > 0.4 * total:
            continue
        doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()          # keeps the element's tail text


def _metadata_date(tree) -> date | None:
    """The publication date the page declares: meta tags, JSON-LD, then <time datetime>."""
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _META_DATE_NAMES:
            found = _parse_date(meta.get("content"))
            if found:
                return found
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            found = _jsonld_date(json.loads(script.text))
        except (ValueError, RecursionError):
            continue
        if found:
            return found
    not_comment = ("[not(ancestor::*[contains(@class, 'comment') or contains(@class, 'comentario')"
                   " or contains(@id, 'comment') or contains(@id, 'comentario')])]")
    for xpath in ("//article//time[@datetime]" + not_comment, "//time[@datetime]" + not_comment):
        for time_el in tree.xpath(xpath):
            found = _parse_date(time_el.get("datetime"))
            if found:
                return found
    return None


def _jsonld_date(obj) -> date | None:
    if isinstance(obj, list):
        for item in obj:
            found = _jsonld_date(item)
            if found:
                return found
    elif isinstance(obj, dict):
        if isinstance(obj.get("datePublished"), str):
            return _parse_date(obj["datePublished"])
        for key in ("@graph", "mainEntity"):
            if key in obj:
                found = _jsonld_date(obj[key])
                if found:
                    return found
    return None


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


def _clean_lines(text: str, title: str | None) -> str:
    lines = [ln.strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    if title:
        # The headline (and any kicker line above it, e.g. "ANALYSIS") is not body text.
        key = _norm(title)
        for i, ln in enumerate(lines[:4]):
            if _norm(ln) == key:
                lines = lines[i + 1:]
                break
    patterns = boilerplate().line_patterns
    kept = [ln for ln in lines if not any(p.search(ln) for p in patterns)]
    return "\n".join(kept).strip()


def _check_attributes(html: str, path: str | None, line: int | None) -> None:
    """E104 for an element with more than MAX_ATTRIBUTES attributes (in linear time, before
    the parser's quadratic attribute check sees it)."""
    for tag in _TAG.finditer(html):
        n = sum(1 for _ in _ATTR.finditer(tag.group(), 1, len(tag.group()) - 1))
        if n > MAX_ATTRIBUTES + 1:           # + the tag name itself
            raise InputTooLarge(f"an HTML element has {n - 1:,} attributes, over the limit of "
                                f"{MAX_ATTRIBUTES:,}: the page is broken or hostile. Save the "
                                "article text as .txt if it matters.", path=path, line=line)


def clean_html(html: str, *, path: str | None = None, line: int | None = None) -> CleanPage:
    """Article text (title excluded), title and declared date of one web page.

    Raises NoArticleText (E105) for a page without a body or without article text."""
    no_text = NoArticleText(
        "this HTML page has no article text (no <body>, or only menus and links). "
        "Check that the file is the article page itself, or save its text as .txt.",
        path=path, line=line)
    _check_attributes(html, path, line)
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        raise no_text from None
    body = tree.find(".//body")
    if body is None or not "".join(body.itertext()).strip():
        raise no_text
    declared = _metadata_date(tree)       # before pruning: a byline may hold the <time>
    _prune_chrome(tree)
    import trafilatura
    doc = trafilatura.bare_extraction(
        tree, include_comments=False, include_tables=True, with_metadata=True,
        favor_precision=True, date_extraction_params={"extensive_search": False,
                                                      "original_date": True})
    if doc is None or not (doc.text or "").strip():
        raise no_text
    title = (doc.title or "").strip() or None
    text = _clean_lines(doc.text, title)
    if len(text.split()) < MIN_WORDS:       # a few menu words are not an article
        raise no_text
    published = declared or _parse_date(doc.date)
    return CleanPage(title=title, text=text, published=published)


@register_reader(".html", ".htm", ".xhtml")
def read_html(path: Path, data: bytes, *, published: date | None = None,
              settings=None) -> Iterator[Report | ConflictWatchError]:
    html = decode_bytes(data, path=str(path))
    try:
        page = clean_html(html, path=str(path))
    except ConflictWatchError as err:
        yield err
        return
    yield Report(doc_id=path.stem or "page", text=page.text, title=page.title,
                 published=page.published or published, path=str(path), html=html)
