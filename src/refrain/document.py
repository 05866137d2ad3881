"""Document, Span and TextSpan: the shared types every part of refrain speaks.

A Document is one article: its text exactly as stored, plus metadata. Every
finding (quote, claim, reused passage) is a span of code-point offsets into
``Document.text``, half-open (``start`` inclusive, ``end`` exclusive).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import xxhash


def content_id(text: str, source_key: str = "") -> str:
    """Stable id of an article: a hash of its text (and, optionally, what tells apart identical texts).

    The same text ingested twice gets the same id, which is what makes re-ingest add nothing.

    >>> content_id("Hello") == content_id("Hello")
    True
    """
    h = xxhash.xxh3_128()
    h.update(text.encode("utf-8", "surrogatepass"))
    if source_key:
        h.update(b"\x00")
        h.update(source_key.encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range ``[start, end)`` of code points in a text, checked when made."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end):
            raise ValueError(f"Span offsets must satisfy 0 <= start <= end, got [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def text_of(self, text: str) -> str:
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A stretch of a text as written, with its half-open code-point offsets, checked when made:
    ``text == source[start:end]`` (a quote's speaker mention, a claim's figure or counted thing).

    >>> TextSpan("Rouhani", 10, 17)
    TextSpan(text='Rouhani', start=10, end=17)
    >>> TextSpan("Rouhani", 17, 10)
    Traceback (most recent call last):
    ValueError: TextSpan offsets must satisfy 0 <= start <= end, got [17, 10)
    """

    text: str
    start: int
    end: int

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end):
            raise ValueError(
                f"TextSpan offsets must satisfy 0 <= start <= end, got [{self.start}, {self.end})"
            )
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"TextSpan text of {len(self.text)} code points does not fit [{self.start}, {self.end})"
            )

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(slots=True)
class Document:
    """One article.

    ``source`` is the path (as given) or URL it came from, ``index`` its position within that
    source (an archive page or a JSONL file holds many). ``start``/``end`` are the article's
    offsets into the source's decoded text for plain-text inputs (None otherwise), so that
    ``source_text[start:end] == text``.
    ``key`` is the record id inside a multi-record container (JSONL/CSV id, WARC URI); the
    document's display ``name`` is ``source#key`` when there is one.
    """

    text: str
    source: str
    index: int = 0
    title: str | None = None
    date: str | None = None  # ISO 8601 date (YYYY-MM-DD) when known
    author: str | None = None
    outlet: str | None = None
    language: str | None = None
    url: str | None = None
    key: str | None = None
    start: int | None = None
    end: int | None = None
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text)
        if self.start is not None and self.end is not None and self.end - self.start != len(self.text):
            raise ValueError(
                f"Document {self.source}#{self.index}: start/end [{self.start}, {self.end}) "
                f"do not match a text of {len(self.text)} code points"
            )

    @property
    def name(self) -> str:
        """How the document is named in output: ``path`` or ``path#id`` inside containers."""
        return f"{self.source}#{self.key}" if self.key is not None else self.source

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
