"""Word tokens, their hashes and their character offsets; hashed word shingles.

Reuse is found on words, not characters: punctuation, quote styles (curly or straight), case and
line wrapping vanish at this level, which is what lets a re-typeset copy still match word for word.
Every token keeps the code-point offsets it came from, so a word-level alignment maps back to
exact character edges in the original text.

Tokenising is vectorised (numpy over the text's code points, no per-word Python objects): a word
is a run of word characters and its hash is a polynomial hash of its folded code points, read off
prefix sums; what a word character is and how it folds is defined once, in
:mod:`refrain.text.chars` (``str.isalnum()`` or ``_``, lower-cased).

Persian is compared normalised, in the same tables (the Persian folding of :mod:`refrain.text`,
used for every text: it changes only Arabic-script letters and digits): ي/ى and ی, ك and ک, ۀ and
ه, Persian, Arabic-Indic and ASCII digits hash alike. The characters Persian writes inside a word
without changing it (ZWNJ as in می‌شود, tatweel, harakat, bidi controls) join the letters around
them into one word and add nothing to its hash, so «میشود» and «مي‌شود» are the same word; they
join only after an Arabic-script letter, so Latin text splits exactly as before and English hashes
do not move. Offsets stay those of the text as given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import numpy as np

from refrain.text import fold
from refrain.text.chars import BMP as _BMP
from refrain.text.chars import WORD_RE, bmp_tables, fold_char, is_word_char
from refrain.text.scripts import ARABIC_LETTERS

__all__ = ["MAX_NGRAM", "WORD_RE", "Tokens", "shingles", "tokenize", "tokenize_many"]

# Odd 64-bit multipliers for combining token hashes into shingle hashes (fixed: results must be
# the same in every process and every run).
_MULTIPLIERS = np.array(
    [
        0x9E3779B97F4A7C15,
        0xC2B2AE3D27D4EB4F,
        0x165667B19E3779F9,
        0xD6E8FEB86659FD93,
        0xFF51AFD7ED558CCD,
        0xC4CEB9FE1A85EC53,
        0x94D049BB133111EB,
        0xBF58476D1CE4E5B9,
        0x2545F4914F6CDD1D,
        0x9FB21C651E98DF25,
        0xA0761D6478BD642F,
        0xE7037ED1A0B428DB,
    ],
    dtype=np.uint64,
)
MAX_NGRAM = len(_MULTIPLIERS)

_BASE = 0x100000001B3  # odd, so it has an inverse modulo 2**64
_BASE_INV = pow(_BASE, -1, 2**64)


# The folding reuse compares words under (see the module doc).
_FOLDING = "fa"


@cache
def _tables() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """For the Basic Multilingual Plane: word-character flags, folded code points, the characters
    skipped inside a word (those the folding removes) and the Arabic-script letters they join after."""
    is_word, folded = bmp_tables(_FOLDING)
    skipped = np.array([fold(chr(i), _FOLDING) == "" for i in range(_BMP)], dtype=bool)
    is_word = is_word & ~skipped  # tatweel is alphanumeric to Python, but adds nothing to a word
    arabic = np.zeros(_BMP, dtype=bool)
    for m in re.finditer(r"(.)-(.)|(.)", ARABIC_LETTERS, re.S):
        low, high = (m.group(3), m.group(3)) if m.group(3) else (m.group(1), m.group(2))
        arabic[ord(low) : ord(high) + 1] = True
    return is_word, folded, skipped, arabic & is_word


@cache
def _powers(length: int) -> tuple[np.ndarray, np.ndarray]:
    """BASE**i and BASE**-i modulo 2**64 for i < length (length rounded up, so few are built)."""
    one = np.ones(1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        pw = np.concatenate((one, np.cumprod(np.full(length - 1, _BASE, dtype=np.uint64))))
        inv = np.concatenate((one, np.cumprod(np.full(length - 1, _BASE_INV, dtype=np.uint64))))
    return pw, inv


@dataclass(frozen=True, slots=True)
class Tokens:
    """The words of one text: hashes and half-open code-point offsets, as compact arrays."""

    hashes: np.ndarray  # uint64, one per word
    starts: np.ndarray  # int32
    ends: np.ndarray  # int32

    def __len__(self) -> int:
        return len(self.hashes)


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def tokenize(text: str) -> Tokens:
    """Words of ``text`` with their hashes and offsets.

    >>> t = tokenize("The People’s Party")
    >>> len(t), int(t.starts[1]), int(t.ends[1])
    (4, 4, 10)
    >>> bool(tokenize("PARTY").hashes[0] == tokenize("party").hashes[0])
    True
    """
    return _tokenize_joined(text)


def tokenize_many(texts: list[str], chunk_chars: int = 1 << 21) -> list[Tokens]:
    """``[tokenize(t) for t in texts]``, done a few megabytes at a time (far fewer numpy calls)."""
    out: list[Tokens] = []
    batch: list[str] = []
    size = 0
    for text in texts:
        batch.append(text)
        size += len(text) + 1
        if size >= chunk_chars:
            out.extend(_split(batch))
            batch, size = [], 0
    if batch:
        out.extend(_split(batch))
    return out


def _split(texts: list[str]) -> list[Tokens]:
    # Joined with a non-word character, so no word crosses from one text into the next.
    joined = _tokenize_joined("\n".join(texts))
    offsets = np.cumsum([0] + [len(t) + 1 for t in texts])
    cuts = np.searchsorted(joined.starts, offsets)
    out = []
    for k in range(len(texts)):
        lo, hi, base = cuts[k], cuts[k + 1], offsets[k]
        out.append(
            Tokens(
                hashes=joined.hashes[lo:hi].copy(),
                starts=(joined.starts[lo:hi] - base).astype(np.int32),
                ends=(joined.ends[lo:hi] - base).astype(np.int32),
            )
        )
    return out


def _tokenize_joined(text: str) -> Tokens:
    codes = _code_points(text)
    if len(codes) == 0:
        empty = np.zeros(0, dtype=np.int32)
        return Tokens(np.zeros(0, dtype=np.uint64), empty, empty)
    is_word_table, lower_table, skipped_table, arabic_table = _tables()
    in_bmp = codes < _BMP
    bmp_codes = np.where(in_bmp, codes, 0)
    is_word = is_word_table[bmp_codes]
    lowered = lower_table[bmp_codes]
    if not in_bmp.all():  # rare: characters outside the BMP, looked up one by one
        for pos in np.nonzero(~in_bmp)[0].tolist():
            ch = text[pos]
            is_word[pos] = is_word_char(ch)
            lowered[pos] = fold_char(ch)
    skipped = skipped_table[bmp_codes]
    joined = _joiners(skipped & in_bmp, is_word, arabic_table[bmp_codes] & in_bmp) if skipped.any() else None
    in_word = is_word if joined is None else is_word | joined
    edges = np.diff(np.concatenate(([False], in_word, [False])).astype(np.int8))
    starts = np.nonzero(edges == 1)[0]
    ends = np.nonzero(edges == -1)[0]
    if len(starts) == 0:
        empty = np.zeros(0, dtype=np.int32)
        return Tokens(np.zeros(0, dtype=np.uint64), empty, empty)
    size = 1 << int(len(codes)).bit_length()
    pw, inv = _powers(size)
    with np.errstate(over="ignore"):
        # prefix[i] = sum of (code + 1) * BASE**rank over the characters before i, where a
        # character's rank is its offset less the skipped characters before it (its offset when
        # none is: Latin text); a word's hash is its slice, shifted to rank 0.
        if joined is None:
            weighted = (lowered + np.uint64(1)) * pw[: len(codes)]
            first_ranks, lengths = starts, ends - starts
        else:
            rank = np.concatenate(([0], np.cumsum(~joined)))
            weighted = np.where(joined, np.uint64(0), (lowered + np.uint64(1)) * pw[rank[:-1]])
            first_ranks, lengths = rank[starts], rank[ends] - rank[starts]
        prefix = np.concatenate((np.zeros(1, dtype=np.uint64), np.cumsum(weighted, dtype=np.uint64)))
        hashes = (prefix[ends] - prefix[starts]) * inv[first_ranks]
        hashes ^= lengths.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)
        hashes *= np.uint64(0xBF58476D1CE4E5B9)
        hashes ^= hashes >> np.uint64(29)
    return Tokens(hashes=hashes, starts=starts.astype(np.int32), ends=ends.astype(np.int32))


def _joiners(skipped: np.ndarray, is_word: np.ndarray, arabic: np.ndarray) -> np.ndarray:
    """The skipped characters inside a word: in a run of them after an Arabic-script letter and
    before a word character (a ZWNJ between two letters, harakat on a letter, tatweel)."""
    n = len(skipped)
    at = np.arange(n)
    before = np.maximum.accumulate(np.where(skipped, -1, at))  # the last character not skipped, <= i
    after = np.minimum.accumulate(np.where(skipped, n, at)[::-1])[::-1]  # the first one, >= i
    joined = skipped & (before >= 0) & (after < n)
    inside = np.nonzero(joined)[0]
    joined[inside] = arabic[before[inside]] & is_word[after[inside]]
    return joined


def shingles(hashes: np.ndarray, n: int) -> np.ndarray:
    """Hash of every run of ``n`` consecutive words (position i covers words i..i+n-1).

    >>> h = np.arange(1, 8, dtype=np.uint64)
    >>> len(shingles(h, 3))
    5
    """
    if not 1 <= n <= MAX_NGRAM:
        raise ValueError(f"shingle size must be between 1 and {MAX_NGRAM}, got {n}")
    count = len(hashes) - n + 1
    if count <= 0:
        return np.zeros(0, dtype=np.uint64)
    with np.errstate(over="ignore"):
        out = hashes[:count] * _MULTIPLIERS[0]
        for k in range(1, n):
            out += hashes[k : k + count] * _MULTIPLIERS[k]
        # A final mix so that shingles differing in one word differ in all bits.
        out ^= out >> np.uint64(31)
    return out
