"""What a word character is and how case is folded, as tables for vectorised tokenisers.

One definition: a word character is one ``str.isalnum()`` holds for, or ``_`` (what ``re``'s
``\\w`` matches); its folded form is its lower case when that is one character. The reuse finder
tokenises whole corpora with numpy over these tables instead of a regex.

>>> is_word, fold = bmp_tables()
>>> bool(is_word[ord("a")]), bool(is_word[ord("-")]), chr(int(fold[ord("Q")]))
(True, False, 'q')
"""

from __future__ import annotations

from functools import cache

import numpy as np

BMP = 0x10000


def is_word_char(ch: str) -> bool:
    """Whether ``ch`` is part of a word for the vectorised tokenisers."""
    return ch.isalnum() or ch == "_"


def fold_char(ch: str) -> int:
    """The code point ``ch`` is folded to: its lower case when that is one character, else itself."""
    low = ch.lower()
    return ord(low) if len(low) == 1 else ord(ch)


@cache
def bmp_tables() -> tuple[np.ndarray, np.ndarray]:
    """Word-character flags (bool) and folded code points (uint64) for the Basic Multilingual Plane."""
    chars = [chr(i) for i in range(BMP)]
    is_word = np.array([is_word_char(c) for c in chars], dtype=bool)
    folded = np.array([fold_char(c) for c in chars], dtype=np.uint64)
    return is_word, folded
