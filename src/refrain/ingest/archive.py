"""Splitting a text page that holds many articles (an archive or listing page) into articles.

Signals, all general (the phrase lists live in ``data/``):

* a *tag line*: three or more short, capitalised, comma-separated items and nothing else;
* a *continue marker*: a line that is only "Continue Reading", "Read more", ...;
* a *header triple*: a picture's alt text, the headline, the alt text again (``A / H / A``);
* *furniture*: ad slot sizes, share buttons, "Exit mobile version", footers;
* *bylines*: "Staff Writer", "By Jane Doe", ...

Tag lines, markers and header triples cut the page into chunks; each chunk loses its leading and
trailing furniture; a chunk with at least one prose paragraph is an article. With two articles or
more, each slice starts after its headline block (the headline is returned as the title); a page
with one article gives one slice that keeps its headline and drops only furniture at its edges.
Slices never cut inside a line and never drop anything between their first and last line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from refrain.ingest.patterns import phrase_lines, whole_line_regex

Slice = tuple[int, int, str | None]

_MAX_TITLE_CHARS = 160
_MAX_TITLE_WORDS = 25
_MAX_TAG_WORDS = 6
_MIN_TAGS = 3
_PROSE_MIN_WORDS = 8
_SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’»)\]]*$")
_SENTENCE_INSIDE_RE = re.compile(r"[.!?…][\"'”’»)\]]*\s")
_MARKER_TRAILER = " \t.…»›>→-–—:"


class Kind(Enum):
    BLANK = "blank"
    TAGS = "tags"
    MARKER = "marker"
    FURNITURE = "furniture"
    BYLINE = "byline"
    PROSE = "prose"
    SHORT = "short"  # a short non-prose line: headline, subheading, caption


@dataclass(frozen=True, slots=True)
class Line:
    start: int  # offset of the first non-space character
    end: int  # offset after the last non-space character
    content: str
    kind: Kind


def split_archive(text: str) -> list[Slice]:
    """``(start, end, title)`` of each article in ``text``; one slice for a single article.

    ``text[start:end]`` is the article's text, exactly; the title is stored apart.

    >>> page = "Alpha,Beta,Gamma\\n\\nFirst Headline Here\\n\\nThe first story says a lot of things. It goes on.\\n\\n"
    >>> page += "Continue Reading\\n\\nSecond Headline Here\\n\\nThe second story also says a lot. It ends.\\n"
    >>> [(page[s:e], t) for s, e, t in split_archive(page)]  # doctest: +NORMALIZE_WHITESPACE
    [('The first story says a lot of things. It goes on.', 'First Headline Here'),
     ('The second story also says a lot. It ends.', 'Second Headline Here')]
    """
    lines = _classify(text)
    content = _confirm_tag_lines([line for line in lines if line.kind is not Kind.BLANK])
    if not content:
        return []
    chunks = [chunk for chunk in _chunks(content) if any(line.kind is Kind.PROSE for line in chunk)]
    if len(chunks) >= 2:
        articles = [_article(chunk) for chunk in chunks]
        return [article for article in articles if article is not None]
    return [_single_article(content)]


def _classify(text: str) -> list[Line]:
    lines: list[Line] = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        start = offset + lead
        lines.append(Line(start, start + len(stripped), stripped, _kind_of(stripped)))
        offset += len(raw)
    return lines


def _confirm_tag_lines(lines: list[Line]) -> list[Line]:
    """A tag line opens an article's header: one followed by prose is a list inside an article."""
    confirmed = list(lines)
    for i, line in enumerate(lines):
        if line.kind is Kind.TAGS and (i + 1 == len(lines) or lines[i + 1].kind is Kind.PROSE):
            confirmed[i] = Line(line.start, line.end, line.content, Kind.SHORT)
    return confirmed


def _kind_of(line: str) -> Kind:
    if not line:
        return Kind.BLANK
    if _is_marker(line):
        return Kind.MARKER
    if whole_line_regex("furniture").match(line):
        return Kind.FURNITURE
    if len(line) <= 80 and whole_line_regex("bylines").match(line):
        return Kind.BYLINE
    if _is_tag_line(line):
        return Kind.TAGS
    if _is_prose(line):
        return Kind.PROSE
    return Kind.SHORT


def _is_marker(line: str) -> bool:
    return line.rstrip(_MARKER_TRAILER).lower() in phrase_lines("archive_markers")


def _is_tag_line(line: str) -> bool:
    if len(line) > 400 or _SENTENCE_END_RE.search(line):  # length first: a search scans a whole huge line
        return False
    items = [item.strip() for item in line.split(",")]
    if len(items) < _MIN_TAGS or any(not item for item in items):
        return False
    for item in items:
        if len(item.split()) > _MAX_TAG_WORDS or item.lower().startswith(("and ", "or ")):
            return False
        if not (item[0].isupper() or item[0].isdigit() or item[0] in "#@"):
            return False
    return True


def _is_prose(line: str) -> bool:
    # maxsplit: enough words to decide, without a list of every word of a huge one-line file.
    words = len(line.split(maxsplit=3 * _PROSE_MIN_WORDS))
    if words >= 3 * _PROSE_MIN_WORDS:
        return True
    return words >= _PROSE_MIN_WORDS and bool(
        _SENTENCE_END_RE.search(line) or _SENTENCE_INSIDE_RE.search(line)
    )


def _looks_like_title(line: Line) -> bool:
    text = line.content
    if len(text) > _MAX_TITLE_CHARS or len(text.split()) > _MAX_TITLE_WORDS:
        return False
    if line.kind is not Kind.SHORT and not (line.kind is Kind.PROSE and not _SENTENCE_END_RE.search(text)):
        return False
    if text[-1] in ".,;:" or not (text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘'«"):
        return False
    return True


def _is_caption(line: Line) -> bool:
    """A picture caption: no sentence end, or a known caption prefix ("File photo", "Photo:")."""
    lowered = line.content.lower()
    if lowered.startswith(phrase_lines("caption_prefixes")):
        return True
    return line.kind in (Kind.SHORT, Kind.PROSE) and not _SENTENCE_END_RE.search(line.content)


def _triple_at(lines: list[Line], i: int) -> bool:
    """``A / H / A``: a picture's alt text around the headline."""
    if i + 2 >= len(lines):
        return False
    first, middle, last = lines[i], lines[i + 1], lines[i + 2]
    return first.content == last.content and first.content != middle.content and _looks_like_title(middle)


def _chunks(lines: list[Line]) -> list[list[Line]]:
    """Cut at tag lines, continue markers and header triples (a marker stays with the chunk it ends)."""
    chunks: list[list[Line]] = [[]]
    for i, line in enumerate(lines):
        opens = line.kind is Kind.TAGS or (_triple_at(lines, i) and not _after_tags(lines, i))
        if opens and chunks[-1]:
            chunks.append([])
        chunks[-1].append(line)
        if line.kind is Kind.MARKER:
            chunks.append([])
    return [chunk for chunk in chunks if chunk]


def _after_tags(lines: list[Line], i: int) -> bool:
    return i > 0 and lines[i - 1].kind is Kind.TAGS


_EDGE_FURNITURE = (Kind.TAGS, Kind.MARKER, Kind.FURNITURE, Kind.BYLINE)


def _article(chunk: list[Line]) -> Slice | None:
    """The body slice and headline of one chunk of an archive page."""
    i = 0
    while i < len(chunk) and chunk[i].kind in _EDGE_FURNITURE:
        i += 1
    title: str | None = None
    if _triple_at(chunk, i):
        title = chunk[i + 1].content
        i += 3
        if i < len(chunk) and _is_caption(chunk[i]):
            i += 1
    elif i < len(chunk) and _looks_like_title(chunk[i]):
        title = chunk[i].content
        i += 1
    while i < len(chunk) and (
        chunk[i].kind is Kind.BYLINE or chunk[i].content.lower().startswith(phrase_lines("caption_prefixes"))
    ):
        i += 1
    body = _trim_end(chunk[i:])
    if not body:
        return None
    return body[0].start, body[-1].end, title


def _trim_end(lines: list[Line]) -> list[Line]:
    end = len(lines)
    while end > 0 and lines[end - 1].kind in _EDGE_FURNITURE:
        end -= 1
    return lines[:end]


def _single_article(lines: list[Line]) -> Slice:
    """One article: drop furniture (and a breadcrumb ending in the headline) at its edges."""
    i = 0
    while i < len(lines) - 1 and (lines[i].kind in _EDGE_FURNITURE or _is_breadcrumb(lines[i], lines[i + 1])):
        i += 1
    body = _trim_end(lines[i:]) or lines[i:]
    first = body[0]
    title = first.content if _looks_like_title(first) and len(body) > 1 else None
    return first.start, body[-1].end, title


def _is_breadcrumb(line: Line, following: Line) -> bool:
    """ "Home News World Some Headline" followed by "Some Headline"."""
    return (
        line.content != following.content
        and line.content.endswith(following.content)
        and len(line.content) - len(following.content) <= 80
        and not _SENTENCE_END_RE.search(line.content)
    )
