"""Word lists as data files, one concept a file, one folder a language: ``data/<language>/<name>.txt``.

A file holds one entry a line; blank lines and lines starting with ``#`` are skipped. Entries are
kept as written (a list that wants lower case is written in lower case), then normalised for
comparison in their language (:func:`refrain.text.fold`: nothing for English; for Persian ي -> ی,
ك -> ک, ZWNJ removed ...), so look a word up as ``fold(word, language) in lexicon(language, name)``. A language or list that
does not exist yet is an empty list, so a new language starts with the lists it has.

>>> "sen" in lexicon("en", "honorifics")
True
>>> lexicon("xx", "honorifics")
frozenset()
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from .normalize import fold


@cache
def lexicon_lines(language: str, name: str) -> tuple[str, ...]:
    """The entries of ``data/<language>/<name>.txt`` in file order (for lists where order or the
    fields of a line matter, such as ``speech_verbs``: a lemma, then its forms)."""
    path = resources.files("refrain.text").joinpath("data", language, f"{name}.txt")
    if not path.is_file():
        return ()
    raw = path.read_text(encoding="utf-8")
    lines = (line.strip() for line in raw.splitlines())
    return tuple(fold(line, language) for line in lines if line and not line.startswith("#"))


@cache
def lexicon(language: str, name: str) -> frozenset[str]:
    """The entries of ``data/<language>/<name>.txt`` as a set."""
    return frozenset(lexicon_lines(language, name))


def lexicon_words(language: str, name: str) -> frozenset[str]:
    """Every whitespace-separated word of every entry (for files with several words a line).

    >>> "told" in lexicon_words("en", "speech_verbs")
    True
    """
    return frozenset(w for line in lexicon_lines(language, name) for w in line.split())
