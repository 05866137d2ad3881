"""A larger cache of compiled regular expressions for the analysers (set when refrain.text loads).

The analysers write most patterns inline (``re.search(rf"...{words}...", ...)``), built from word
lists, and count on the ``re`` module's cache of compiled patterns. Together they use more than
the 512 patterns that cache holds, so on every document the patterns evicted by the previous one
were compiled again: about 7% of the per-document CPU time on Tehran Times articles. Holding a few
thousand keeps them compiled (a few MB); what any pattern matches is unchanged.
"""

from __future__ import annotations

import re

REGEX_CACHE_SIZE = 4096


def widen_regex_cache(size: int = REGEX_CACHE_SIZE) -> None:
    """Let ``re`` keep at least ``size`` compiled patterns (a private setting of CPython's ``re``,
    read on every compile: left alone where it does not exist or is already larger)."""
    current = getattr(re, "_MAXCACHE", None)
    if isinstance(current, int) and current < size:
        re._MAXCACHE = size  # type: ignore[attr-defined]
