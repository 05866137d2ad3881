"""Cheap language identification without a model: script counts and stopword ratios.

English: at least a fifth of the words are common English function words. Persian: mostly
Arabic-script letters, with Persian-only letters (پ چ ژ گ) or Persian function words. Other
Arabic-script text is "ar". Anything else is unknown (None) rather than a guess.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

_WORD_RE = re.compile(r"[^\W\d_]+")
_ARABIC_SCRIPT_RE = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_PERSIAN_ONLY_RE = re.compile(r"[پچژگ]")

# How much text is enough to judge: the first few thousand characters.
_SAMPLE_CHARS = 2_000
_MIN_WORDS = 3
_EN_STOPWORD_SHARE = 0.2
_FA_STOPWORD_SHARE = 0.08


@cache
def _stopwords(language: str) -> frozenset[str]:
    text = resources.files("refrain.ingest").joinpath(f"data/stopwords_{language}.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text`` ("en", "fa", "ar") or None when unsure.

    >>> detect_language("The minister said that the talks were over.")
    'en'
    >>> detect_language("این یک متن کوتاه به زبان فارسی است که برای آزمون نوشته شده")
    'fa'
    >>> detect_language("12345") is None
    True
    """
    sample = text[:_SAMPLE_CHARS]
    words = _WORD_RE.findall(sample)
    if len(words) < _MIN_WORDS:
        return None
    arabic = sum(1 for word in words if _ARABIC_SCRIPT_RE.match(word))
    if arabic > len(words) / 2:
        if _PERSIAN_ONLY_RE.search(sample):
            return "fa"
        persian = _stopwords("fa")
        if sum(map(persian.__contains__, words)) >= _FA_STOPWORD_SHARE * len(words):
            return "fa"
        return "ar"
    english = _stopwords("en")
    if sum(map(english.__contains__, map(str.lower, words))) >= _EN_STOPWORD_SHARE * len(words):
        return "en"
    return None
