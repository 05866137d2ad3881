"""Keys and tests on single names that the merge rules (refrain.entities.merge) compare by: which
names rule 1 takes for one, how a lone surname is spelled, which words never join by fame, the
name and id an entity is shown under, and the fuzzy pairs rules 4 and 5 start from."""

from __future__ import annotations

import re
from functools import cache

import numpy as np
from rapidfuzz import fuzz, process

from refrain.entities.matching import is_bare_person, is_role_only
from refrain.entities.names import ParsedName, acronym_key, ascii_fold, is_acronym
from refrain.text import is_arabic_script, lexicon

_ROWS = 256


def alike_pairs(keys: list[str], cutoff: float) -> list[tuple[int, int, float]]:
    """Pairs (x, y), x < y, with ``fuzz.ratio(keys[x], keys[y]) >= cutoff``, in (x, y) order."""
    pairs: list[tuple[int, int, float]] = []
    for start in range(0, len(keys) - 1, _ROWS):  # rows by blocks: memory stays _ROWS x len(keys)
        block = process.cdist(
            keys[start : start + _ROWS], keys, scorer=fuzz.ratio, score_cutoff=cutoff, dtype=np.float64
        )
        xs, ys = np.nonzero(block >= cutoff)
        pairs.extend(
            (start + int(x), int(y), float(block[x, y])) for x, y in zip(xs, ys, strict=True) if start + x < y
        )
    return pairs


def same_name_key(p: ParsedName) -> str:
    """What two names must share to be one by rule 1: the skeleton, but a lone surname's letters as
    written (Maleki and Maliki: nothing says they are one) and an acronym's letters (MEE is not
    MME: an acronym's letters are no transliteration)."""
    if is_acronym(p.core):
        return "acronym:" + acronym_key(p.core)
    if is_bare_person(p):
        return "bare:" + ascii_fold(p.core)
    return p.key


def surname_spelling(name: str) -> str:
    """A surname's letters as written, less what spelling leaves to chance: the article ("al-Malki"
    = "Malki"), apostrophes and hyphens ("A'sfari"), doubled letters ("Zonnour" = "Zonour"). Its
    vowels and consonants stay: "Money" is not "Moni", nor "Majid" "Majeed"."""
    last = re.sub(r"^(?:al|el)[-\s]", "", ascii_fold(name.split()[-1]))
    return re.sub(r"(.)\1", r"\1", re.sub(r"[\W_]", "", last))


@cache
def _calendar_words() -> frozenset[str]:
    return lexicon("en", "calendar_months") | lexicon("en", "weekdays")


def common_word(p: ParsedName) -> bool:
    """A lone word that names a time ("Ramadan", "Sunday") or is written with "the" ("The Fatah",
    "The Azeri"): a surname only with more said, never by fame alone."""
    return ascii_fold(p.core) in _calendar_words() or p.written.lower().startswith("the ")


def fullest(names: list[ParsedName], written: dict[str, int]) -> str:
    """The name an entity is shown under: the full name written most often ("Hassan Rouhani",
    not a one-off "Incumbent Hassan Rouhani"), then the longest."""
    candidates = [n for n in names if "/" not in n.core and not is_acronym(n.core)] or names
    full = [n for n in candidates if len(n.tokens) > 1 and not is_role_only(n)] or candidates
    best = max(
        full,
        key=lambda n: (not is_role_only(n), written.get(n.written, 0), len(n.tokens), len(n.core), n.core),
    )
    return best.core


def slug(text: str) -> str:
    """The readable part of an entity id: ASCII words, or for a name in Arabic script its folded
    Persian words (``person:کاوه-رستمی``, not ``person:unnamed``)."""
    readable = re.sub(r"[^a-z0-9]+", "-", ascii_fold(text)).strip("-")
    if not readable and is_arabic_script(text):
        readable = "-".join(re.findall(r"[^\W_]+", ascii_fold(text)))
    return readable or "unnamed"
