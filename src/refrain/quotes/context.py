"""The text around quotes: a masked copy (quoted words hidden), sentences, and word tokens.

Why mask: cue verbs and speaker names must be looked for *outside* quotations ("“They said no,”
Smith said": the first "said" is quoted speech, not a cue). The masked copy has the same length as
the text, so every offset found in it is an offset into the text.
"""

from __future__ import annotations

from refrain.text import MASK, Token, is_abbreviation, tokenize
from refrain.text import sentence_starts as _sentence_starts

from .marks import RawQuote

__all__ = ["MASK", "Token", "is_abbrev", "mask_quotes", "sentence_starts", "tokens"]


def mask_quotes(text: str, pieces: list[RawQuote]) -> str:
    chars = list(text)
    for q in pieces:
        for i in range(q.open_at, q.outer_end):
            chars[i] = MASK
    return "".join(chars)


def tokens(masked: str, lo: int, hi: int, language: str | None = None) -> list[Token]:
    """Word and punctuation tokens of ``masked[lo:hi]``; a run of masked characters is one token "\\x00".

    The text layer's tokeniser in its abbreviation view: "Sen.", "J." and "U.S." keep their period.
    """
    return tokenize(masked, lo, hi, language, abbreviations=True)


def is_abbrev(word: str, language: str | None = None) -> bool:
    return is_abbreviation(word, language)


def sentence_starts(
    text: str, masked: str, lo: int, hi: int, pieces: list[RawQuote], language: str | None = None
) -> list[int]:
    """Offsets where sentences begin inside paragraph ``[lo, hi)`` (first is ``lo``)."""
    starts = _sentence_starts(masked, lo, hi, language, masked=True)
    # after a quotation whose words end a sentence: “… done.” He left.
    for q in pieces:
        if q.close_at is None or not (lo <= q.open_at < hi):
            continue
        inner = text[q.start : q.end].rstrip()
        if inner and inner[-1] in ".!?…":
            j = q.outer_end
            while j < hi and masked[j].isspace():
                j += 1
            if j < hi and (masked[j].isupper() or masked[j] == MASK):
                starts.append(j)
    return sorted(set(starts))
