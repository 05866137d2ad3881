"""What a word character is and how case is folded, as tables for vectorised tokenisers.

One definition: a word character is one ``str.isalnum()`` holds for, or ``_`` (what ``re``'s
``\\w`` matches); its folded form is its lower case when that is one character. The reuse finder
tokenises whole corpora with numpy over these tables instead of a regex.

>>> is_word, fold = bmp_tables()
>>> bool(is_word[ord("a")]), bool(is_word[ord("-")]), chr(int(fold[ord("Q")]))
(True, False, 'q')
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np

from .normalize import fold

BMP = 0x10000
# The same words the vectorised tokenisers find, for code that wants them as strings.
WORD_RE = re.compile(r"\w+")


def is_word_char(ch: str) -> bool:
    """Whether ``ch`` is part of a word for the vectorised tokenisers."""
    return ch.isalnum() or ch == "_"


def fold_char(ch: str, language: str | None = None) -> int:
    """The code point ``ch`` is folded to: its lower case when that is one character, else itself;
    then the language's one-to-one normalisation (Persian: ي -> ی, ۶ -> 6 ...; see :func:`fold`).

    >>> chr(fold_char("K")), chr(fold_char("ك", "fa")), chr(fold_char("ك"))
    ('k', 'ک', 'ك')
    """
    low = ch.lower()
    code = ord(low) if len(low) == 1 else ord(ch)
    if language is None:
        return code
    out = fold(chr(code), language)
    return ord(out) if len(out) == 1 else code  # a removed character keeps its code point here


@cache
def bmp_tables(language: str | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Word-character flags (bool) and folded code points (uint64) for the Basic Multilingual Plane.

    ``language=None`` is the language-neutral folding (case only) English output is pinned to.
    """
    chars = [chr(i) for i in range(BMP)]
    is_word = np.array([is_word_char(c) for c in chars], dtype=bool)
    folded = np.array([fold_char(c, language) for c in chars], dtype=np.uint64)
    return is_word, folded
