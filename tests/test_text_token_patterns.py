"""The English token patterns, written as runs of word characters between joiners, match exactly
as the per-character alternations they replace (random invented strings over the characters that
matter: joiners, slashes, capitals, accents, zero-width controls, masks, periods)."""

from __future__ import annotations

import random
import re

from refrain.text.scripts import INVISIBLE
from refrain.text.tokens import _EN_DOTTED_SCAN, _EN_WORD, MASK

# the patterns as first written: one alternative tried per character (a period joins unless a
# capitalised word follows: two sentences glued at a paragraph join)
_OLD_WORD = re.compile(r"[^\W_](?:[\w]|['’](?=\w)|-(?=\w)|/(?=[A-Z]))*|[^\w\s]")
_OLD_DOTTED_WORD = (
    r"[A-Za-z0-9\u00c0-\u024f](?:[\w\u00c0-\u024f]|[’'\-](?=[\w\u00c0-\u024f])"
    r"|\.(?=[\w\u00c0-\u024f])(?![A-Z][a-z])"
    f"|[{INVISIBLE}]+(?=[\\w\u00c0-\u024f]))*\\.?|[^\\w\\s]"
)
_OLD_DOTTED_SCAN = re.compile(f"({MASK}+)|([{INVISIBLE}])|({_OLD_DOTTED_WORD})|(\\S)")

_PIECES = ["Tovia", "quay", "b", "Z", "é", "Ōr", "7", "42", "_", "’", "'", "-", "/", ".", ","]
_PIECES += [" ", "  ", "\n"]
_PIECES += ["\u200b", "\u200d", "\u2066", "\ufeff", MASK, MASK * 3, "«", "“", "ß", "ǅ", "٣", "ا"]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40))) for _ in range(count)]


def _scan(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, int | None]]:
    return [(*m.span(), m.lastindex) for m in pattern.finditer(text)]


def test_word_pattern_matches_as_before():
    for text in _texts(3000, seed=171) + ["Sen. Smith’s PMOI/MEK team-mates' al-Varo"]:
        assert _scan(_EN_WORD, text) == _scan(_OLD_WORD, text), repr(text)


def test_abbreviation_view_scan_matches_as_before():
    for text in _texts(3000, seed=172) + ["U.S. Sen. J. Vo\u200bss’ co-op./x.y"]:
        assert _scan(_EN_DOTTED_SCAN, text) == _scan(_OLD_DOTTED_SCAN, text), repr(text)
