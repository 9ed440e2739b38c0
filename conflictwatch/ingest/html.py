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
    block_heading: re.Pattern | None = None


@lru_cache(maxsize=1)
def boilerplate() -> Boilerplate:
    """The chrome lists of boilerplate.yaml, compiled once."""
    source = resources.files(__package__).joinpath("boilerplate.yaml")
    try:
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
        classes = tuple(str(c).lower() for c in data["prune_classes"])
        patterns = tuple(re.compile(p, re.IGNORECASE)
                         for lang_patterns in data["lines"].values() for p in lang_patterns)
        heads = [p for lang_patterns in (data.get("block_headings") or {}).values() for p in lang_patterns]
        heading = re.compile(r"\W*(?:" + "|".join(f"(?:{p})" for p in heads) + r")\W*",
                             re.IGNORECASE) if heads else None
    except (yaml.YAMLError, KeyError, TypeError, AttributeError, re.error) as exc:
        raise BadLanguageData(f"conflictwatch/ingest/boilerplate.yaml is malformed ({exc}); "
                              "fix the file or reinstall conflictwatch.") from None
    return Boilerplate(classes, patterns, heading)


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


_HEADING_TAGS = {"h2", "h3", "h4", "h5", "h6", "header", "strong", "b", "span", "div", "p", "th", "caption",
                 "legend", "summary"}
_FORM_TAGS = ("input", "button", "select", "textarea")
_BLOCKS = {"p", "div", "section", "aside", "ul", "ol", "li", "table", "tr", "td", "th", "figure", "h1", "h2",
           "h3", "h4", "h5", "h6", "blockquote", "article", "main", "header", "footer", "nav", "form", "dl"}


def _own_text(el) -> str:
    return re.sub(r"\s+", " ", "".join(el.itertext())).strip()


def _link_text_len(el) -> int:
    return sum(_text_len(a) for a in el.iter("a"))


def _holds_story(el) -> bool:
    return el.find(".//h1") is not None or el.find(".//article") is not None \
        or el.find(".//main") is not None


def _unwrap_layout_tables(tree, total: int) -> None:
    """An old table layout (menu cell, article cell, sidebar cell) is not data: its cells
    become blocks, so that the sidebar's teasers are judged as blocks, not glued into table
    rows with the story."""
    for table in list(tree.iter("table")):
        paras = sum(_text_len(p) for p in table.iter("p"))
        if table.find(".//h1") is None and not (total and paras > 0.3 * total):
            continue
        for el in table.iter("table", "tbody", "thead", "tfoot", "tr", "td", "th"):
            el.tag = "div"
            for attr in ("width", "valign", "colspan", "cellpadding"):
                el.attrib.pop(attr, None)


def _prune_structure(tree) -> None:
    """Remove blocks that are chrome by their structure, whatever their class names:
    blocks headed "Lo más leído" / "Related stories" / "3 comentarios" (boilerplate.yaml,
    block_headings), link lists and link tables (teasers, menus), boxes with form controls
    (newsletter sign-ups, polls), and paragraphs that are one link behind a short cue
    ("LEA TAMBIÉN: <a>...</a>", "ALSO READ: <a>...</a>"). Live-blog times are kept as a
    line before their entry."""
    body = tree.find(".//body")
    total = _text_len(body) if body is not None else _text_len(tree)
    _unwrap_layout_tables(tree, total)
    _live_times(tree)
    heading = boilerplate().block_heading

    def small(el) -> bool:
        return not _holds_story(el) and not (total and _text_len(el) > 0.4 * total)

    doomed = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in _KEEP_TAGS:
            continue
        text = _own_text(el)
        # a heading that names its block: the block goes (or the heading alone, in a big one)
        if heading is not None and el.tag in _HEADING_TAGS and 0 < len(text) <= 60 \
                and heading.fullmatch(text) and not any(c.tag in _BLOCKS for c in el.iterchildren()
                                                        if isinstance(c.tag, str) and c.tag not in ("div", "span", "a")):
            parent = el.getparent()
            first = next((c for c in parent.iterchildren() if isinstance(c.tag, str) and _text_len(c)), None) \
                if parent is not None else None
            if parent is not None and first is el and parent.tag not in _KEEP_TAGS and small(parent):
                doomed.append(parent)
            else:
                doomed.append(el)
            continue
        if not small(el):
            continue
        # link lists and link tables: menus, "most read", teaser rows with their dates
        if el.tag in ("ul", "ol", "table", "dl", "nav", "menu") or (el.tag in ("div", "section", "aside")):
            links = sum(1 for _ in el.iter("a"))
            if links >= 3 and len(text) and _link_text_len(el) >= 0.5 * len(text):
                doomed.append(el)
                continue
        # a box with form controls and little text: newsletter sign-up, poll, search
        if el.tag in ("div", "section", "aside", "form") and len(text) < 400 \
                and any(el.find(f".//{t}") is not None for t in _FORM_TAGS):
            doomed.append(el)
            continue
        # "LEA TAMBIÉN: <a>...</a>", "<a>Teaser headline</a>" standing as a paragraph
        if el.tag in ("p", "li") and el.find(".//a") is not None and len(text) < 300:
            link = _link_text_len(el)
            if link >= 0.6 * len(text) and len(text) - link <= 40:
                doomed.append(el)
    for el in doomed:
        if el.getparent() is not None and all(a not in doomed for a in el.iterancestors()):
            el.drop_tree()


# an entry's time stamp by its class: "entry-time", "live-time", "hora-entrada", "time",
# "timestamp", "post-time", "hora" (a whole class token, not "timeline" or "sometimes")
_TIME_CLASS = re.compile(r"(?i)(?:^|[\s_-])(?:time|timestamp|hora|hour|entry-time|live-time|hora-entrada)(?:$|[\s_-])")


def _live_times(tree) -> None:
    """Live-blog entries: a container holding two or more entries, each with its own <time>
    (or time-classed element) before its text. The time becomes a line of its own before the
    entry's first paragraph ("13:15" / "La Policía lanza ..."), which trafilatura keeps."""
    # every stamp and its entry, found before any is moved: a container holds live entries when
    # two or more of its children carry a stamp (counted once, not per stamp)
    stamps = [(el, el.getparent()) for el in tree.xpath("//time | //*[@class]")
              if el.tag == "time" or _TIME_CLASS.search(el.get("class") or "")]
    stamped: dict = {}
    for _, entry in stamps:
        if entry is not None and entry.getparent() is not None:
            stamped.setdefault(entry.getparent(), set()).add(entry)
    for time_el, entry in stamps:
        if entry is None or entry.getparent() is None or len(stamped.get(entry.getparent(), ())) < 2:
            continue
        stamp = _own_text(time_el)
        if not 0 < len(stamp) <= 40:
            continue
        para = next((p for p in entry.iter("p") if p is not time_el and _text_len(p)), None)
        if para is None:
            continue
        # the stamp goes into the paragraph, on a line of its own (glued to the text, "08:05 –"
        # reads as a dateline; a paragraph more would change which blocks the extractor keeps:
        # a timeline after the entries was dropped)
        br = etree.Element("br")
        br.tail = para.text
        para.text = stamp
        para.insert(0, br)
        time_el.drop_tree()


_LIST_ITEM_WORDS = 8     # a list whose every item is a sentence this long is text, not a menu


def _sentence_lists(tree) -> None:
    """A list whose items are all sentences without links ("Key points", "Claves", a timeline)
    becomes paragraphs, one "- item" each: the extractor, set for precision, drops such a list
    near the top of a page, and the events in it with it."""
    for lst in list(tree.iter("ul", "ol")):
        items = [li for li in lst if isinstance(li.tag, str) and li.tag == "li"]
        if not items or len(items) != sum(1 for c in lst if isinstance(c.tag, str)):
            continue
        if all(len(li.text_content().split()) >= _LIST_ITEM_WORDS and li.find(".//a") is None for li in items):
            lst.tag = "div"
            for li in items:
                li.tag = "p"
                li.text = "- " + (li.text or "")


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


_KICKER_WORDS = 6      # a line above the headline this short is a kicker ("ANALYSIS", "LIVE")


def _clean_lines(text: str, title: str | None) -> str:
    lines = [ln.strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    if title:
        # The headline (and any kicker line above it, e.g. "ANALYSIS") is not body text.
        # (text the extractor put above the headline, such as a live blog's first entry, stays:
        # only the short lines right above it go)
        key = _norm(title)
        for i, ln in enumerate(lines[:4]):
            if _norm(ln) == key:
                above = i
                while above > 0 and len(lines[above - 1].split()) <= _KICKER_WORDS:
                    above -= 1
                lines = lines[:above] + lines[i + 1:]
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
    _prune_structure(tree)
    _sentence_lists(tree)
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
