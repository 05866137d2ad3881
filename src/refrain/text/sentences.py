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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from .lexicon import lexicon
from .tokens import MASK, OPENING_MARKS, is_abbreviation

_WORD_BEFORE = re.compile(r"([\w.]+)$")
_INITIAL = re.compile(r"[A-Z]")
# Two sentences glued at a paragraph join of a scraped page, no space after the period: a word of
# two lowercase letters or more, then a capitalised word ("… floods.This is a village", "Sanders
# added.But he"). Initials, acronyms and domains ("U.S.", "ASP.NET", "iran.ir") are none.
_GLUED = r"(?<=[a-z]{2})\.[\"”’)\]]*(?=[A-Z][a-z])"


_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}")  # "U.S.", "U.K."
_NEXT_WORD = re.compile(r"\s*[\"“‘(\[]?([A-Za-z]+)\b")


@dataclass(frozen=True, slots=True)
class _Rules:
    boundary: re.Pattern[str]  # a candidate end of sentence (with trailing space when it consumes it)
    next_starts: Callable[[str], bool] | None  # whether the two characters after the space may start one
    abbreviation: Callable[[str], bool]  # whether the word before a period keeps it from ending one
    openers: frozenset[str] = frozenset()  # words that end a sentence on a dotted acronym before them


def _opens_after_acronym(text: str, word: str, at: int, openers: frozenset[str]) -> bool:
    """Whether a dotted acronym ends its sentence: the next word only opens one ("… by the U.S. The
    talks …"; not "U.S. President")."""
    if not openers or not _DOTTED.fullmatch(word):
        return False
    nxt = _NEXT_WORD.match(text, at)
    return nxt is not None and nxt.group(1) in openers


def _en_abbreviation(word: str) -> bool:
    return word.lower() in lexicon("en", "sentence_abbreviations") or _INITIAL.fullmatch(word) is not None


def _fa_abbreviation(word: str) -> bool:
    return (
        word.lower() in lexicon("fa", "abbreviations")
        or (len(word) == 1 and word.isalpha())
        or "." in word.strip(".")
    )


def _masked_en_abbreviation(word: str) -> bool:
    # a digit is no initial: "… to launch Star-1. On Friday, …" ends a sentence (a letter before
    # the period, "J. Smith", does not)
    return is_abbreviation(word) and not word.rstrip(".").isdigit()


def _starts_quote_sentence(head: str) -> bool:
    """Whether text starting ``head`` (two characters) may open a sentence after a masked copy's
    boundary: a capital, a digit, a hidden quotation, or one of them after an opening mark that
    no quotation was found at (a typed apostrophe: "'Talks were hard’ Ali Vaez said")."""
    if head[:1] in OPENING_MARKS:
        head = head[1:]
    ch = head[:1]
    return ch.isupper() or ch.isdigit() or ch == MASK


@cache
def _rules(language: str | None, masked: bool) -> _Rules:
    if language == "fa":
        if masked:
            return _Rules(re.compile(r"[.!?؟؛…]+[)\]’'\"”»]*\s+"), None, _fa_abbreviation)
        return _Rules(re.compile(r"[.!?؟؛…]+[\"”’)\]»]*(?=\s|\Z)|\n+"), None, _fa_abbreviation)
    openers = lexicon("en", "sentence_opening_words")
    if masked:
        return _Rules(
            re.compile(rf"[.!?…]+[)\]’'\"”]*\s+|{_GLUED}"),
            _starts_quote_sentence,
            _masked_en_abbreviation,
            openers,
        )
    return _Rules(
        re.compile(rf"[.!?…]+[\"”’)\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])|\n+|{_GLUED}"),
        None,
        _en_abbreviation,
        openers,
    )


def _breaks(text: str, lo: int, hi: int, rules: _Rules) -> Iterator[tuple[int, int]]:
    """(end of a sentence, start of the text after it) for every sentence boundary in ``[lo, hi)``."""
    for m in rules.boundary.finditer(text, lo, hi):
        found = m.group()
        if rules.next_starts is not None and (
            m.end() >= hi or not rules.next_starts(text[m.end() : m.end() + 2])
        ):
            continue
        if found[0] == ".":
            word = _WORD_BEFORE.search(text[max(lo, m.start() - 12) : m.start()])
            if (
                word is not None
                and rules.abbreviation(word.group(1))
                and not _opens_after_acronym(text, word.group(1) + ".", m.end(), rules.openers)
            ):
                continue
        yield m.start() + len(found.rstrip()), m.end()


def sentence_spans(
    text: str, language: str | None = None, *, start: int = 0, end: int | None = None, masked: bool = False
) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` as half-open spans into ``text``, each starting on a
    non-space character.

    ``masked=True`` reads a masked copy as the quote finder does (quoted words hidden by
    :data:`MASK`, one paragraph given by ``start`` and ``end``): a sentence may start at a hidden
    quotation or any capital or digit, and an abbreviation is what
    :func:`refrain.text.is_abbreviation` says (English output of the two historical splitters is
    kept this way; see :func:`sentence_starts`).

    >>> sentence_spans("One. Two")
    [(0, 4), (5, 8)]
    """
    hi = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    at = start
    for stop, nxt in _breaks(text, start, hi, _rules(language, masked)):
        if text[at:stop].strip():
            spans.append((at, stop))
        at = nxt
    if text[at:hi].strip():
        spans.append((at, hi))
    # trim leading whitespace so spans start on text
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in spans]


def sentence_starts(
    text: str, start: int = 0, end: int | None = None, language: str | None = None, *, masked: bool = False
) -> list[int]:
    """Offsets where sentences begin in ``text[start:end]``, the first being ``start``.

    >>> sentence_starts("He left. " + MASK * 3 + " Then", masked=True)
    [0, 9]
    """
    hi = len(text) if end is None else end
    return [start] + [nxt for _, nxt in _breaks(text, start, hi, _rules(language, masked))]


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
