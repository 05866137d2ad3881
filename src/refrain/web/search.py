"""Search results as pages show them: a window of each article's text around the words found,
the words marked (any spelling of them, as the search folds Persian spellings), all escaped.

The search itself is a store query (:func:`refrain.store.queries.search.search`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from markupsafe import Markup, escape

from refrain.store.search_index import fold_query, fold_table
from refrain.text.scripts import ARABIC_MARKS, INVISIBLE, TATWEEL

SNIPPET_CHARS = 110
_TERM = re.compile(r"\w+", re.UNICODE)


def _stem(term: str) -> str:
    """A crude stem so that a snippet finds "reservoir" for "reservoirs" (the index stems with Porter)."""
    for suffix in ("ing", "ed", "es", "s"):
        if term.endswith(suffix) and len(term) - len(suffix) >= 3:
            return term[: -len(suffix)]
    return term


@cache
def _spellings() -> dict[str, str]:
    """For each character folding produces, a regex class of every character folded to it."""
    source, target = fold_table()
    classes: dict[str, set[str]] = {}
    for ch, out in zip(source, target, strict=False):  # the removed characters have no image
        classes.setdefault(out, {out}).add(ch)
    return {k: "[" + "".join(re.escape(c) for c in sorted(v)) + "]" for k, v in classes.items()}


# Characters folding removes (ZWNJ, tatweel, harakat, bidi controls): allowed between any two letters.
_REMOVED_CLASS = f"[{ARABIC_MARKS}{TATWEEL}{INVISIBLE}]*"


def _term_pattern(term: str) -> str:
    """A regex for ``term`` (folded) as the text may spell it: any spelling of each letter, joiners
    and harakat between letters (ASCII-only terms are plain, as before)."""
    if term.isascii():
        return re.escape(term)
    spellings = _spellings()
    return _REMOVED_CLASS.join(spellings.get(ch, re.escape(ch)) for ch in term)


def snippet(text: str, q: str, width: int = SNIPPET_CHARS) -> Markup:
    """A window of ``text`` around the first query word found, the words marked, everything escaped."""
    q = fold_query(q)
    terms = [_stem(t) for t in _TERM.findall(q.lower()) if len(t) > 1] or [q.lower().strip()]
    pattern = re.compile("|".join(r"\b" + _term_pattern(t) + r"\w*" for t in terms if t), re.IGNORECASE)
    first = pattern.search(text)
    at = first.start() if first else 0
    start, end = max(0, at - width), min(len(text), at + width)
    # Cut at spaces, not inside words.
    if start > 0 and (space := text.rfind(" ", max(0, start - 20), start)) >= 0:
        start = space + 1
    if end < len(text) and (space := text.find(" ", end, end + 20)) >= 0:
        end = space
    window = text[start:end]
    out, last = [], 0
    for m in pattern.finditer(window):
        out.append(str(escape(window[last : m.start()])))
        out.append(f"<mark>{escape(m.group(0))}</mark>")
        last = m.end()
    out.append(str(escape(window[last:])))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return Markup(prefix + "".join(out) + suffix)


def with_snippets(result: dict[str, Any]) -> dict[str, Any]:
    """A search result (``refrain.store.queries.search.search``) with each document's text replaced
    by its snippet."""
    for d in result["documents"]["rows"]:
        d["snippet"] = snippet(d.pop("text"), result["query"])
    return result
