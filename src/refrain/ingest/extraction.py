"""Article extraction from HTML pages (trafilatura, htmldate for the date) and HTML-to-text.

Tuned on the Zyte article-extraction benchmark (bench/extraction.py): comments are left out, the
headline is dropped from the body (it is stored as the title), and trafilatura's precision mode
is used unless it keeps less than half of what the balanced mode finds (then it lost the article).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from lxml import etree

from refrain.document import Document
from refrain.errors import Errors, IngestError
from refrain.ingest.language import detect_language
from refrain.settings import DEFAULT_LIMITS, Limits

_TAG_RE = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*?(/?)>")
# Elements that never hold children, or whose end tag HTML lets the parser infer.
_NO_DEPTH = frozenset(
    b"area base br col embed hr img input link meta source track wbr param keygen "
    b"p li dt dd tr td th option optgroup thead tbody tfoot colgroup rt rp".split()
)
_WORD_RE = re.compile(r"\w+")
_PRECISION_KEEP_SHARE = 0.5
_MIN_ARTICLE_WORDS = 5
_BLOCK_TAGS = (
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre table tr section article header footer "
    "figure figcaption dd dt hr".split()
)
_SPACES_RE = re.compile(r"[ \t\r\f\v\u00a0]+")
_NEWLINES_RE = re.compile(r"\n\s*\n\s*")


def html_depth_exceeds(html: str, limit: int) -> bool:
    """True when tags nest deeper than ``limit``: measured by a cheap scan, before any parser.

    >>> html_depth_exceeds("<div>" * 10, 5)
    True
    >>> html_depth_exceeds("<p>a<p>b<br><div>c</div>", 5)
    False
    """
    depth = 0
    data = html.encode("utf-8", "surrogatepass") if isinstance(html, str) else html
    if data.count(b"<") < limit:
        return False
    for match in _TAG_RE.finditer(data):
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if self_closing or name in _NO_DEPTH:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > limit:
                return True
    return False


# libxml2 (lxml) refuses a text node or attribute value longer than this without huge_tree: the
# page then parses without it, usually losing the article.
MAX_ATTRIBUTE_CHARS = 10_000_000


def longest_attribute_over(html: str, limit: int = MAX_ATTRIBUTE_CHARS) -> int | None:
    """The length of the longest quoted attribute value over ``limit`` characters, else None.

    One pass over the quote marks (linear), only for pages longer than the limit.

    >>> longest_attribute_over('<div a="' + "x" * 20 + '">', 10), longest_attribute_over('<p a="x">', 10)
    (20, None)
    """
    if len(html) <= limit:
        return None
    longest = 0
    for mark in "\"'":
        start = html.find(mark)
        while start != -1:
            end = html.find(mark, start + 1)
            if end == -1:
                break
            if end - start - 1 > limit and html[:start].rstrip().endswith("="):
                longest = max(longest, end - start - 1)
            start = html.find(mark, end + 1)
    return longest or None


def extract_html(
    html: str, *, url: str | None = None, source: str = "", limits: Limits = DEFAULT_LIMITS
) -> list[Document]:
    """The article of an HTML page as a Document (empty list when the page holds no article text).

    Title, date (ISO), author and outlet come from the page's metadata; outlet falls back to the
    URL's domain. Raises IngestError for HTML nested deeper than ``limits.max_html_depth``.
    """
    name = source or url or "<html>"
    if html_depth_exceeds(html, limits.max_html_depth):
        raise IngestError(name, Errors.E107, depth=limits.max_html_depth)
    huge = longest_attribute_over(html)
    if huge is not None:
        raise IngestError(name, Errors.E142, size=huge, limit=MAX_ATTRIBUTE_CHARS)
    try:
        balanced = _bare(html, url)
        if balanced is None or not balanced.text:
            return []
        text = _without_headline(balanced.text, balanced.title)
        precise = _bare(html, url, favor_precision=True)
        if precise is not None and precise.text:
            precise_text = _without_headline(precise.text, precise.title)
            if len(precise_text) >= _PRECISION_KEEP_SHARE * len(text):
                text = precise_text
    except RecursionError:
        raise IngestError(name, Errors.E108) from None
    except (ValueError, etree.LxmlError) as error:
        raise IngestError(name, Errors.E109, kind=type(error).__name__, error=error) from None
    text = text.strip()
    if len(_WORD_RE.findall(text)) < _MIN_ARTICLE_WORDS:
        return []  # a stray link or label, not an article
    url = url or balanced.url
    return [
        Document(
            text=text,
            source=source or url or "",
            title=balanced.title or None,
            date=_iso_date(balanced.date),
            author=balanced.author or None,
            outlet=balanced.sitename or _domain(url),
            language=detect_language(text) or _language_code(balanced.language),
            url=url or None,
        )
    ]


def _bare(html: str, url: str | None, **options: bool) -> trafilatura.settings.Document | None:
    return trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True, **options
    )


def _normalised(text: str | None) -> str:
    return " ".join(_WORD_RE.findall((text or "").lower()))


def _without_headline(text: str, title: str | None) -> str:
    """Drop leading lines that repeat the headline: the title is stored apart."""
    heading = _normalised(title)
    if not heading:
        return text
    lines = text.split("\n")
    while lines and (not lines[0].strip() or _normalised(lines[0]) == heading):
        lines.pop(0)
    return "\n".join(lines)


def _iso_date(value: str | None) -> str | None:
    if value and re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    return None


def _language_code(value: str | None) -> str | None:
    if value and re.match(r"^[a-zA-Z]{2}\b", value):
        return value[:2].lower()
    return None


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def html_to_text(html: str, *, limits: Limits = DEFAULT_LIMITS, name: str = "<html>") -> str:
    """Plain text of an HTML fragment (a feed entry, a JSONL field), paragraphs kept apart.

    >>> html_to_text("<p>One <b>two</b></p><p>Three&amp;four</p>")
    'One two\\n\\nThree&four'
    """
    if "<" not in html and "&" not in html:
        return html.strip()
    if html_depth_exceeds(html, limits.max_html_depth):
        raise IngestError(name, Errors.E107, depth=limits.max_html_depth)
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ValueError, etree.LxmlError):
        return html.strip()
    for element in list(root.iter("script", "style", "noscript")):
        element.drop_tree()
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n\n" + (element.tail or "")
    text = _SPACES_RE.sub(" ", root.text_content())
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _NEWLINES_RE.sub("\n\n", text).strip()
