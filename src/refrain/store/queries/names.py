"""One name for a document wherever it is shown, and its source URL when it is a plain web link.

A document is named by its title; without one, by a title read from its URL's slug
(``…/news/4711/water-minister-defends-dam`` → "Water minister defends dam"); without that, by its
file name as ingested, never as an absolute path (an absolute path is cut to its last two parts:
it names the machine it was ingested on, not the article); the content hash only as a last resort.
The web pages, their JSON twins, CSV exports and the report all read these two fields.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import unquote, urlsplit

# A slug segment worth reading: it holds a run of three letters (not "2024", "index.php", "a1b2c3").
_WORDY = re.compile(r"[^\W\d_]{3,}")
_SEPARATORS = re.compile(r"[-_+.\s]+")
_EXTENSIONS = re.compile(r"\.(?:s?html?|php|aspx?|jsp|cfm)$", re.IGNORECASE)
_HEXISH = re.compile(r"^[0-9a-f]{8,}$", re.IGNORECASE)


def safe_url(url: Any) -> str | None:
    """The URL if it is plain http(s) with a host, else None: stored URLs are never trusted as links.

    >>> safe_url("https://example.org/a b"), safe_url("javascript:alert(1)"), safe_url("//x")
    ('https://example.org/a b', None, None)
    """
    if not url or not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in {"http", "https"} and parts.netloc else None


def title_from_url(url: Any) -> str | None:
    """A readable title from the last wordy segment of a URL's path, or None.

    >>> title_from_url("https://news.example/news/4711/water-minister-defends-dam")
    'Water minister defends dam'
    >>> title_from_url("https://news.example/2024/03/11/index.html") is None
    True
    """
    good = safe_url(url)
    if not good:
        return None
    try:
        path = unquote(urlsplit(good).path)
    except ValueError:
        return None
    for segment in reversed([s for s in path.split("/") if s]):
        segment = _EXTENSIONS.sub("", segment)
        if segment.lower() in {"index", "default", "article", "news", "story"} or _HEXISH.match(segment):
            continue
        if _WORDY.search(segment):
            words = _SEPARATORS.sub(" ", segment).strip()
            if len(words.split()) < 2 and len(words) < 6:
                continue
            return words[:1].upper() + words[1:]
    return None


def file_label(name: Any) -> str | None:
    """The document's name as ingested, with an absolute path cut to its last two parts.

    >>> file_label("examples/harbor-daily/a.html"), file_label("/home/me/corpus/b.txt")
    ('examples/harbor-daily/a.html', 'corpus/b.txt')
    >>> file_label("/data/tt.jsonl#100937")
    'data/tt.jsonl#100937'
    """
    if not name or not isinstance(name, str):
        return None
    path, hash_, key = name.partition("#")
    for kind in (PurePosixPath, PureWindowsPath):
        p = kind(path)
        if p.is_absolute() or (kind is PureWindowsPath and p.drive):
            path = "/".join(p.parts[-2:]) if len(p.parts) > 2 else p.name
            break
    return path + hash_ + key


def display_name(row: dict[str, Any], prefix: str = "") -> str:
    """The one name of a document row (its ``title``, ``url``, ``name`` and ``id`` under ``prefix``)."""
    title = row.get(prefix + "title")
    if isinstance(title, str) and title.strip():
        return " ".join(title.split())
    return (
        title_from_url(row.get(prefix + "url"))
        or file_label(row.get(prefix + "name") or row.get(prefix + "doc_name"))
        or f"document {row.get(prefix + 'id') or row.get(prefix + 'doc') or row.get(prefix + 'doc_id') or ''}".strip()
    )


def named(row: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """``row`` with ``<prefix>label`` (its display name) and ``<prefix>source_url`` (a safe link or None)."""
    row[prefix + "label"] = display_name(row, prefix)
    row[prefix + "source_url"] = safe_url(row.get(prefix + "url"))
    return row
