"""One person's name spelled two ways in one article: an apostrophe inside or not ("Eje’i" /
"Ejei"), a letter doubled or not ("Moussavi" / "Mousavi"). Transliterations of Persian and Arabic
names differ by both. Split from :mod:`refrain.quotes.entities` (which asks when a name word
matches no entity as written)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

from refrain.entities.names import names_apart_by_vowel

if TYPE_CHECKING:
    from .entities import ArticleEntity

_APOSTROPHES = re.compile(r"(?<=[A-Za-z])[’'](?=[a-z])")
_DOUBLED = re.compile(r"([a-z])\1+")  # a letter written twice in a row (one transliteration's habit)


@lru_cache(maxsize=65536)
def spelling_key(token: str) -> str:
    """A name word without inner apostrophes, lower case, doubled letters single (in words of five
    letters or more: short ones like "Ali"/"Alli" are told apart by them)."""
    plain = _APOSTROPHES.sub("", token).lower()
    return _DOUBLED.sub(r"\1", plain) if len(plain) >= 5 else plain


def same_but_spelling(
    entities: list[ArticleEntity], word: str, kind: str | None = "person"
) -> ArticleEntity | None:
    """The one entity (of ``kind``) whose name holds ``word`` written with or without an apostrophe
    inside, or whose surname is ``word`` with a letter doubled or not; else None.

    >>> from refrain.quotes.entities import ArticleEntity
    >>> people = [ArticleEntity("Abbas Mousavi", "person", tokens=("Abbas", "Mousavi"))]
    >>> same_but_spelling(people, "Moussavi").name, same_but_spelling(people, "Mosavi")
    ('Abbas Mousavi', None)
    """
    plain = _APOSTROPHES.sub("", word).lower()
    if len(plain) < 3:
        return None
    # no apostrophe on either side: the exact match has already failed
    apostrophes = plain != word.lower() or any(_APOSTROPHES.search(t) for e in entities for t in e.tokens)
    key = spelling_key(word)
    # a letter doubled is matched on the surname only ("Bennet" of "Naftali Bennet", not of a name
    # run into the next one)
    found = [
        e
        for e in entities
        if (not kind or e.kind == kind)
        and (
            (apostrophes and any(_APOSTROPHES.sub("", t).lower() == plain for t in e.tokens))
            or (e.tokens[-1].lower() != word.lower() and spelling_key(e.tokens[-1]) == key)
        )
    ]
    return found[0] if len(found) == 1 else None


def with_middle_name(entities: list[ArticleEntity], name: str) -> ArticleEntity | None:
    """The one person named with the same first and last word as ``name`` and more words between
    ("Amir Abdollahian" after "Amir Hossein Abdollahian")."""
    words = name.split()
    if len(words) < 2:
        return None
    same = [
        e
        for e in entities
        if e.kind == "person"
        and len(e.tokens) > len(words)
        and (e.tokens[0], e.tokens[-1]) == (words[0], words[-1])
        and all(w in e.tokens[1:-1] for w in words[1:-1])
    ]
    return same[0] if len(same) == 1 else None


def same_spelled(entities: list[ArticleEntity], name: str) -> ArticleEntity | None:
    """The person named before as ``name`` with one letter of the given name spelled otherwise
    ("Berham"/"Barham Salih": a typo, a transliteration); not "Hamed"/"Hamid" (kept apart)."""
    first, *rest = name.lower().split()
    if not rest or len(first) < 4 or first in (apart := names_apart_by_vowel()):
        return None
    same = [
        e
        for e in entities
        if e.kind == "person"
        and [t.lower() for t in e.tokens][1:] == rest
        and Levenshtein.distance(e.tokens[0].lower(), first) == 1
        and e.tokens[0].lower() not in apart
    ]
    return same[0] if len(same) == 1 else None
