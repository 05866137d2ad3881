"""Which writing system a text is in, and the character classes the text layer is built from.

Script codes are ISO 15924 ("Latn", "Arab", "Cyrl", ...), decided by the letters alone (digits,
punctuation and spaces say nothing about the script).

>>> script_of("The minister said")
'Latn'
>>> script_of("وزیر گفت: «این دفاتر»")
'Arab'
>>> script_of("2024 — 17%") is None
True
"""

from __future__ import annotations

import re

# Letters of the Arabic script (Persian, Arabic, Urdu ...), with its combining marks.
ARABIC_LETTERS = "\u0620-\u063f\u0641-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06ee-\u06ef\u06fa-\u06fc\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc"
# Harakat (fatha, kasra, damma, tanwin, shadda, sukun, hamza above/below ...) and the superscript alef.
ARABIC_MARKS = "\u064b-\u065f\u0670"
TATWEEL = "\u0640"
ZWNJ = "\u200c"
ZWJ = "\u200d"
# Zero-width and bidirectional control characters: invisible, never part of what a word *is*.
INVISIBLE = "\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u061c"

_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Latn", re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")),
    ("Arab", re.compile(f"[{ARABIC_LETTERS}]")),
    ("Cyrl", re.compile(r"[\u0400-\u04ff]")),
    ("Grek", re.compile(r"[\u0370-\u03ff]")),
    ("Hebr", re.compile(r"[\u05d0-\u05ea]")),
)


def script_of(text: str, sample: int = 4000) -> str | None:
    """The script most letters of ``text`` are written in (its first ``sample`` characters), or None.

    >>> script_of("Rouhani گفت that talks continue")
    'Latn'
    """
    head = text[:sample]
    best, best_count = None, 0
    for code, pattern in _SCRIPTS:
        count = len(pattern.findall(head))
        if count > best_count:
            best, best_count = code, count
    return best


def is_arabic_script(text: str) -> bool:
    """Whether ``text`` holds any Arabic-script letter (cheap: stops at the first one).

    >>> is_arabic_script("ok"), is_arabic_script("ok گفت")
    (False, True)
    """
    return _ARABIC_RE.search(text) is not None


_ARABIC_RE = re.compile(f"[{ARABIC_LETTERS}]")
