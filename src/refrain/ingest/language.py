"""Cheap language identification without a model: script counts and stopword ratios.

English: at least a fifth of the words are common English function words. Arabic script is
Persian or Arabic by the evidence for each, which holds even for a title of two or three words:
for Persian, the letters Arabic lacks (پ چ ژ گ, and the Persian forms of yeh and kaf, ی ک), the
zero-width non-joiner Persian writes inside words (می‌شود), and words Arabic does not use (است،
را، این، می، های …, matched with ي/ك folded to ی/ک since Persian sites also print the Arabic
letters); for Arabic, teh marbuta (ة), Arabic function words (في، على، التي …) and words with the
article ال, which Arabic prose shows in almost every sentence and Persian only in a few borrowed
words. A tie (no evidence either way: a headline of plain nouns) is "fa" once there are
``_MIN_WORDS`` words, else unknown. Anything else is unknown (None) rather than a guess.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

_WORD_RE = re.compile(r"[^\W\d_]+")
_ARABIC_SCRIPT_RE = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
# Letters and the joiner only Persian (of the two) writes.
_PERSIAN_ONLY_RE = re.compile("[پچژگیک\u200c]")
_ARABIC_ONLY_RE = re.compile("[ة]")
_FOLD_YEH_KAF = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})
# The Arabic article on a word of at least two more letters (ال alone, or in الان, is no evidence).
_ARTICLE_RE = re.compile(r"(?:ال|وال|بال)\w{3,}")

# Persian words that begin with the letters of the Arabic article.
_PERSIAN_AL_WORDS = frozenset({"البته", "الزام", "الزاما", "الهام", "الگو", "الکترونیک"})

# How much text is enough to judge: the first few thousand characters.
_SAMPLE_CHARS = 2_000
_MIN_WORDS = 3
_EN_STOPWORD_SHARE = 0.2


@cache
def _words(name: str) -> frozenset[str]:
    text = resources.files("refrain.ingest").joinpath(f"data/{name}.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _stopwords(language: str) -> frozenset[str]:
    return _words(f"stopwords_{language}")


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text`` ("en", "fa", "ar") or None when unsure.

    >>> detect_language("The minister said that the talks were over.")
    'en'
    >>> detect_language("این یک متن کوتاه به زبان فارسی است که برای آزمون نوشته شده")
    'fa'
    >>> detect_language("افزايش صادرات گاز")
    'fa'
    >>> detect_language("12345") is None
    True
    """
    sample = text[:_SAMPLE_CHARS]
    words = _WORD_RE.findall(sample)
    if not words:
        return None
    arabic = sum(1 for word in words if _ARABIC_SCRIPT_RE.match(word))
    if arabic > len(words) / 2:
        return _persian_or_arabic(sample, words)
    if len(words) < _MIN_WORDS:
        return None
    english = _stopwords("en")
    if sum(map(english.__contains__, map(str.lower, words))) >= _EN_STOPWORD_SHARE * len(words):
        return "en"
    return None


def _persian_or_arabic(sample: str, words: list[str]) -> str | None:
    """ "fa" or "ar" for Arabic-script text, by which has more evidence; None for a short text with none."""
    persian_words = _words("persian_markers_fa") | _stopwords("fa")
    arabic_words = _stopwords("ar")
    persian = len(_PERSIAN_ONLY_RE.findall(sample))
    persian += sum(word.translate(_FOLD_YEH_KAF) in persian_words for word in words)
    arabic = len(_ARABIC_ONLY_RE.findall(sample)) + sum(map(arabic_words.__contains__, words))
    arabic += sum(
        1
        for word in words
        if _ARTICLE_RE.fullmatch(word) and word.translate(_FOLD_YEH_KAF) not in _PERSIAN_AL_WORDS
    )
    if persian > arabic:
        return "fa"
    if arabic > persian:
        return "ar"
    return "fa" if len(words) >= _MIN_WORDS else None
