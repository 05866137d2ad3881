"""Sentence spans: the one sentence splitter.

English needs case: a period is a boundary when the next sentence starts with a capital or a
digit (perhaps after an opening quote or bracket) and the word before it is no abbreviation
("Sen. Smith", "J. Smith"). Persian has no case: a boundary is ``. ! ? ؟ ؛ …`` followed by space
(so "6.5", "6/5" and "۶٫۵" never are), unless the word before the period is an abbreviation or a
single letter. In every language a line break ends a sentence (headlines, captions, paragraphs).

>>> text = "Sen. Smith spoke. Prices rose 6.5 percent.\\nNew line"
>>> [text[s:e] for s, e in sentence_spans(text)]
['Sen. Smith spoke.', 'Prices rose 6.5 percent.', 'New line']
>>> fa = "قیمت‌ها ۶٫۵ درصد بالا رفت. وی افزود؛ این کافی نیست؟ بله"
>>> [fa[s:e] for s, e in sentence_spans(fa, "fa")]
['قیمت‌ها ۶٫۵ درصد بالا رفت.', 'وی افزود؛', 'این کافی نیست؟', 'بله']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from .lexicon import lexicon

_EN_BOUNDARY = re.compile(r"[.!?…]+[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|\n+")
_FA_BOUNDARY = re.compile(r"[.!?؟؛…]+[\"”’)\]»]*(?=\s|\Z)|\n+")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_INITIAL = re.compile(r"[A-Z]")


@dataclass(frozen=True, slots=True)
class _Rules:
    boundary: re.Pattern[str]
    abbreviations: frozenset[str]
    dotted_is_abbreviation: bool  # "ه.ش." : a word with a period inside is an abbreviation
    any_single_letter: bool  # a lone letter before a period is an initial, whatever its case


@cache
def _rules(language: str | None) -> _Rules:
    if language == "fa":
        return _Rules(_FA_BOUNDARY, lexicon("fa", "abbreviations"), True, True)
    return _Rules(_EN_BOUNDARY, lexicon("en", "sentence_abbreviations"), False, False)


def _abbreviation_before(text: str, at: int, rules: _Rules) -> bool:
    word = _WORD_BEFORE.search(text[max(0, at - 12) : at])
    if word is None:
        return False
    w = word.group(1)
    if w.lower() in rules.abbreviations:
        return True
    if rules.any_single_letter:
        return len(w) == 1 and w.isalpha() or (rules.dotted_is_abbreviation and "." in w.strip("."))
    return _INITIAL.fullmatch(w) is not None


def sentence_spans(text: str, language: str | None = None) -> list[tuple[int, int]]:
    """Sentences of ``text`` as half-open spans, each starting on a non-space character.

    >>> sentence_spans("One. Two")
    [(0, 4), (5, 8)]
    """
    rules = _rules(language)
    spans: list[tuple[int, int]] = []
    start = 0
    for m in rules.boundary.finditer(text):
        newline = m.group().startswith("\n")
        if not newline and m.group().startswith(".") and _abbreviation_before(text, m.start(), rules):
            continue
        end = m.start() if newline else m.end()
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    # trim leading whitespace so spans start on text
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in spans]


class Sentences:
    """Sentence lookup by offset.

    >>> s = Sentences("One. Two")
    >>> s.at(6)
    (5, 8)
    """

    def __init__(self, text: str, language: str | None = None) -> None:
        self.spans = sentence_spans(text, language)
        self.starts = [s for s, _ in self.spans]

    def index_at(self, pos: int) -> int:
        return max(0, bisect_right(self.starts, pos) - 1)

    def at(self, pos: int) -> tuple[int, int]:
        return self.spans[self.index_at(pos)] if self.spans else (0, 0)
