"""Formatting shared by the web UI and the static report."""

from __future__ import annotations

from typing import Any


def number(value: Any) -> str:
    """A figure as people read it: thousands separated, no trailing zeros ("1,500", "2.5")."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def href(url: Any) -> str:
    """A link's address with spaces and other characters a URL cannot hold percent-encoded (the
    ones it can, and existing %XX escapes, left as they are); autoescaping then does the quotes.

    >>> href("https://example.org/a b/ü?q=x y#top")
    'https://example.org/a%20b/%C3%BC?q=x%20y#top'
    """
    from urllib.parse import quote

    return quote(str(url or ""), safe=":/?#[]@!$&'()*+,;=%~")


def plural(count: Any, one: str, many: str | None = None) -> str:
    """A count with its noun: "1 outlet", "2 outlets", "1,500 articles".

    >>> plural(1, "outlet"), plural(2, "outlet"), plural(1500, "family", "families")
    ('1 outlet', '2 outlets', '1,500 families')
    """
    return f"{number(count or 0)} {one if count == 1 else (many or one + 's')}"


def shorten(text: Any, limit: int = 240) -> str:
    """``text`` cut at a word boundary to about ``limit`` characters, with an ellipsis when cut.

    >>> shorten("one two three four", 9)
    'one two…'
    """
    text = " ".join(str(text or "").split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;:.") + "…"


def date_or_unknown(value: Any) -> str:
    """A date as shown, "unknown" when there is none (never "None")."""
    return str(value) if value else "unknown"
