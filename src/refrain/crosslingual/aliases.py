"""The alias file of Persian and Latin names (``text/data/fa/latin_names.txt``): known Latin forms
of a Persian name, which a user can extend, read by :func:`refrain.crosslingual.names.same_person`."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from refrain.text import normalize

_FA_SPLIT = re.compile(r"[\s\u200c\-]+")


ALIAS_FILE = Path(__file__).resolve().parent.parent / "text" / "data" / "fa" / "latin_names.txt"


@lru_cache(maxsize=1)
def aliases() -> dict[str, frozenset[str]]:
    """The alias file: {Persian name (normalised): its known Latin forms (lower case)}.
    ``text/data/fa/latin_names.txt``: ``Persian name = Latin form | Latin form`` a line."""
    out: dict[str, set[str]] = {}
    for line in ALIAS_FILE.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if "=" not in line:
            continue
        fa, latin = line.split("=", 1)
        key = normalize(fa.strip(), "fa").text
        out.setdefault(key, set()).update(x.strip().lower() for x in latin.split("|") if x.strip())
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _aliases_unspaced() -> dict[str, frozenset[str]]:
    """The alias file keyed by the Persian name with its spaces taken out: Persian writes a
    compound surname joined, with a half-space or with a space («احمدی‌نژاد», «احمدی نژاد»)."""
    out: dict[str, set[str]] = {}
    for fa_name, forms in aliases().items():
        out.setdefault(fa_name.replace(" ", ""), set()).update(forms)
    return {k: frozenset(v) for k, v in out.items()}


def alias_forms(persian: str) -> frozenset[str]:
    """The known Latin forms (lower case) of a Persian name, however its words are spaced."""
    key = normalize(persian.strip(), "fa").text
    return aliases().get(key) or _aliases_unspaced().get(key.replace(" ", ""), frozenset())


@lru_cache(maxsize=1)
def _alias_surnames() -> dict[str, frozenset[str]]:
    """{one-word Latin form in the alias file: last words of the Persian names it stands for}."""
    out: dict[str, set[str]] = {}
    for fa_name, forms in aliases().items():
        for form in forms:
            if " " not in form:
                out.setdefault(form, set()).add(_FA_SPLIT.split(fa_name)[-1])
    return {k: frozenset(v) for k, v in out.items()}


def surname_of_another(persian: str, latin: str) -> bool:
    """The Latin surname is the alias-file form of a Persian surname other than this one
    ("Khamenei" is «خامنه‌ای», so not «خمینی», whose skeleton is the same)."""
    words = latin.strip().lower().split()
    known = _alias_surnames().get(words[-1]) if words else None
    fa_words = _FA_SPLIT.split(normalize(persian.strip(), "fa").text)
    # a surname written as two words («احمدی نژاد») is the alias file's one word as well
    joined = "".join(fa_words[-2:])
    return bool(known) and fa_words[-1] not in known and joined not in known  # type: ignore[operator]
