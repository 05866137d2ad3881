"""Loading the text layer widens re's cache of compiled patterns, so the analysers' inline patterns
are compiled once a process rather than once a document."""

from __future__ import annotations

import re

import refrain.text  # noqa: F401 - the import is what is tested
from refrain.text.regex_cache import REGEX_CACHE_SIZE, widen_regex_cache


def test_cache_widened_on_import():
    assert getattr(re, "_MAXCACHE", REGEX_CACHE_SIZE) >= REGEX_CACHE_SIZE


def test_never_narrowed(monkeypatch):
    monkeypatch.setattr(re, "_MAXCACHE", 10 * REGEX_CACHE_SIZE, raising=False)
    widen_regex_cache()
    assert re._MAXCACHE == 10 * REGEX_CACHE_SIZE


def test_patterns_stay_compiled():
    re.purge()
    patterns = [rf"\bquay{i}\b" for i in range(1000)]  # more than re's default 512
    for p in patterns:
        re.search(p, "the quay7 of Tovia")
    cached = {key[1] for key in getattr(re, "_cache", {patterns[0]: None}) if isinstance(key, tuple)}
    assert patterns[0] in cached or not hasattr(re, "_cache")  # the first is still compiled
