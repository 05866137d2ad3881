"""Word tokens, their hashes and their character offsets; hashed word shingles.

Reuse is found on words, not characters: punctuation, quote styles (curly or straight), case and
line wrapping vanish at this level, which is what lets a re-typeset copy still match word for word.
Every token keeps the code-point offsets it came from, so a word-level alignment maps back to
exact character edges in the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import xxhash

# A word is a run of letters/digits (Unicode aware). Apostrophes and hyphens split words, which
# makes "People’s" and "People's" the same two tokens.
WORD_RE = re.compile(r"\w+")

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

# Per-process cache of word hashes: the vocabulary is small next to the token count.
_word_hash_cache: dict[str, int] = {}


def word_hash(word: str) -> int:
    """Stable 64-bit hash of a lower-cased word (the same in every process)."""
    h = _word_hash_cache.get(word)
    if h is None:
        h = xxhash.xxh64_intdigest(word.encode("utf-8", "surrogatepass"))
        if len(_word_hash_cache) < 2_000_000:
            _word_hash_cache[word] = h
    return h


@dataclass(frozen=True, slots=True)
class Tokens:
    """The words of one text: hashes and half-open code-point offsets, as compact arrays."""

    hashes: np.ndarray  # uint64, one per word
    starts: np.ndarray  # int32
    ends: np.ndarray  # int32

    def __len__(self) -> int:
        return len(self.hashes)


def tokenize(text: str) -> Tokens:
    """Words of ``text`` with their hashes and offsets.

    >>> t = tokenize("The People’s Party")
    >>> len(t), int(t.starts[1]), int(t.ends[1])
    (4, 4, 10)
    """
    starts: list[int] = []
    ends: list[int] = []
    hashes: list[int] = []
    for match in WORD_RE.finditer(text):
        starts.append(match.start())
        ends.append(match.end())
        hashes.append(word_hash(match.group().lower()))
    return Tokens(
        hashes=np.array(hashes, dtype=np.uint64),
        starts=np.array(starts, dtype=np.int32),
        ends=np.array(ends, dtype=np.int32),
    )


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
    out = hashes[:count] * _MULTIPLIERS[0]
    for k in range(1, n):
        out += hashes[k : k + count] * _MULTIPLIERS[k]
    # A final mix so that shingles differing in one word differ in all bits.
    out ^= out >> np.uint64(31)
    return out
