"""The text around quotes: a masked copy (quoted words hidden), sentences, and word tokens.

Why mask: cue verbs and speaker names must be looked for *outside* quotations ("“They said no,”
Smith said": the first "said" is quoted speech, not a cue). The masked copy has the same length as
the text, so every offset found in it is an offset into the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import lexicon
from .marks import RawQuote

MASK = "\x00"
_WORD_RE = re.compile(
    r"[A-Za-z0-9\u00c0-\u024f](?:[\w\u00c0-\u024f]|[’'.\-](?=[\w\u00c0-\u024f]))*\.?|[^\w\s]"
)
_ABBREV = {
    "u.s",
    "u.k",
    "u.n",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "st",
    "no",
    "vs",
    "etc",
    "inc",
    "corp",
    "ltd",
    "jr",
    "sr",
    "co",
    "mt",
    "ft",
}


def mask_quotes(text: str, pieces: list[RawQuote]) -> str:
    chars = list(text)
    for q in pieces:
        for i in range(q.open_at, q.outer_end):
            chars[i] = MASK
    return "".join(chars)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()


def tokens(masked: str, lo: int, hi: int) -> list[Token]:
    """Word and punctuation tokens of ``masked[lo:hi]``; a run of masked characters is one token "\\x00"."""
    out: list[Token] = []
    i = lo
    while i < hi:
        ch = masked[i]
        if ch.isspace():
            i += 1
            continue
        if ch == MASK:
            j = i
            while j < hi and masked[j] == MASK:
                j += 1
            out.append(Token(MASK, i, j))
            i = j
            continue
        m = _WORD_RE.match(masked, i, hi)
        if m is None or m.end() == i:
            out.append(Token(ch, i, i + 1))
            i += 1
            continue
        word = m.group()
        end = m.end()
        # keep a final period only on abbreviations and initials ("Sen.", "J.", "U.S.")
        if word.endswith(".") and len(word) > 1:
            core = word[:-1].lower()
            if not (core in _ABBREV or core in lexicon().titles or len(core) == 1 or "." in core):
                word = word[:-1]
                end -= 1
        out.append(Token(word, i, end))
        i = end
    return out


def is_abbrev(word: str) -> bool:
    core = word.rstrip(".").lower()
    return core in _ABBREV or core in lexicon().titles or len(core) == 1 or "." in core


_BOUNDARY_RE = re.compile(r"[.!?…]+[)\]’'\"”]*\s+")


def sentence_starts(text: str, masked: str, lo: int, hi: int, pieces: list[RawQuote]) -> list[int]:
    """Offsets where sentences begin inside paragraph ``[lo, hi)`` (first is ``lo``)."""
    starts = [lo]
    for m in _BOUNDARY_RE.finditer(masked, lo, hi):
        nxt = m.end()
        if nxt >= hi:
            continue
        head = masked[nxt]
        if not (head.isupper() or head.isdigit() or head == MASK):
            continue
        # "Sen. Smith" is no boundary
        w = re.search(r"([\w.]+)[.]$", masked[max(lo, m.start() - 12) : m.start() + 1])
        if masked[m.start()] == "." and w and is_abbrev(w.group(1)):
            continue
        starts.append(nxt)
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
