"""The text around quotes: a masked copy (quoted words hidden), sentences, and word tokens.

Why mask: cue verbs and speaker names must be looked for *outside* quotations ("“They said no,”
Smith said": the first "said" is quoted speech, not a cue). The masked copy has the same length as
the text, so every offset found in it is an offset into the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from refrain.text import MASK, OPENING_MARKS, Token, is_abbreviation, tokenize
from refrain.text import sentence_starts as _sentence_starts

from .marks import RawQuote

__all__ = ["MASK", "Token", "is_abbrev", "mask_quotes", "sentence_starts", "tokens"]


def mask_quotes(text: str, pieces: list[RawQuote]) -> str:
    chars = list(text)
    for q in pieces:
        for i in range(q.open_at, q.outer_end):
            chars[i] = MASK
    return "".join(chars)


_LOOKAHEAD = 3  # the most characters past a token's end the tokeniser reads to end it (".Sm")


def tokens(masked: str, lo: int, hi: int, language: str | None = None) -> list[Token]:
    """Word and punctuation tokens of ``masked[lo:hi]``; a run of masked characters is one token "\\x00".

    The text layer's tokeniser in its abbreviation view: "Sen.", "J." and "U.S." keep their period.

    Attribution asks for the tokens of many stretches of one article (each quote's sentence, what
    follows it to the paragraph's end): tokenising each stretch anew is quadratic on a long
    paragraph full of quotes. So the whole text is tokenised once and a stretch is cut out of it;
    only a token cut by ``hi`` is read again. The result is the same as tokenising the stretch
    alone: the tokeniser reads left to right, so from any place its scan passes through (not inside
    a token) it gives the same tokens, and a token that ends three characters before ``hi`` never looked past ``hi``.
    A stretch starting inside a token is tokenised alone.
    """
    if lo >= hi:
        return []
    whole = _whole(masked, language)
    k = bisect_right(whole.starts, lo) - 1
    if lo < 0 or (k >= 0 and whole.starts[k] < lo < whole.ends[k]):
        return _uncontracted(tokenize(masked, lo, hi, language, abbreviations=True))
    first = bisect_left(whole.starts, lo)
    # a token's end was decided looking up to two characters past it ("Smith.Sm…": the period is
    # no part of "Smith" only because "Sm" follows), so the last tokens before ``hi`` are read again
    trusted = hi if hi >= len(masked) else hi - _LOOKAHEAD
    stop = max(first, bisect_right(whole.ends, trusted))
    out = whole.toks[first:stop]
    tail_from = whole.ends[stop - 1] if stop > first else lo
    if tail_from < hi:
        out += _uncontracted(tokenize(masked, tail_from, hi, language, abbreviations=True))
    return out


class _Whole(NamedTuple):
    masked: str
    language: str | None
    toks: list[Token]
    starts: list[int]
    ends: list[int]


_last_whole: list[_Whole] = []  # the article last tokenised (one entry: quotes are found one text at a time)


def _whole(masked: str, language: str | None) -> _Whole:
    last = _last_whole[0] if _last_whole else None
    if last is not None and last.masked is masked and last.language == language:
        return last
    toks = _uncontracted(tokenize(masked, 0, len(masked), language, abbreviations=True))
    whole = _Whole(masked, language, toks, [t.start for t in toks], [t.end for t in toks])
    _last_whole[:] = [whole]
    return whole


# a personal pronoun with a contracted auxiliary: "they’ve", "he's", "I’m", "we’re", "she’d"
_CONTRACTED = re.compile(r"(?i)(i|you|he|she|we|they)[’'](?:m|s|re|ve|d|ll)")


def _uncontracted(toks: list[Token]) -> list[Token]:
    """The tokens with a contracted pronoun cut to the pronoun ("They’ve" -> "They"), so that it is
    read, named and resolved as the pronoun, not taken whole as a name ("they’ve admitted to “…”");
    the auxiliary is left out like a space (it never decides a speaker)."""
    out = toks
    for k, t in enumerate(toks):
        if "’" in t.text or "'" in t.text:
            m = _CONTRACTED.fullmatch(t.text)
            if m is not None:
                if out is toks:
                    out = list(toks)
                out[k] = Token(m.group(1), t.start, t.start + len(m.group(1)))
    return out


def is_abbrev(word: str, language: str | None = None) -> bool:
    return is_abbreviation(word, language)


def sentence_starts(
    text: str, masked: str, lo: int, hi: int, pieces: list[RawQuote], language: str | None = None
) -> list[int]:
    """Offsets where sentences begin inside paragraph ``[lo, hi)`` (first is ``lo``).

    ``pieces``: the article's quoted pieces sorted by ``open_at`` (as ``find_raw`` gives them); only
    the paragraph's are read (found by bisection: this runs once per paragraph).
    """
    starts = _sentence_starts(masked, lo, hi, language, masked=True)
    inside = pieces[bisect_left(pieces, lo, key=_opening) : bisect_left(pieces, hi, key=_opening)]
    # after a quotation whose words end a sentence: “… done.” He left.
    for q in inside:
        if q.close_at is None:
            continue
        inner = text[q.start : q.end].rstrip()
        if inner and inner[-1] in ".!?…":
            j = q.outer_end
            while j < hi and masked[j].isspace():
                j += 1
            # a capital, a hidden quotation, or an opening mark found at no quotation before one
            # ("… injured.” 'Talks were hard’ Ali Vaez said": a subheading run into the text)
            opening = masked[j : j + 1] in OPENING_MARKS and masked[j + 1 : j + 2].isupper()
            if j < hi and (masked[j].isupper() or masked[j] == MASK or opening):
                starts.append(j)
    return _cut_crowded(masked, hi, sorted(set(starts)), inside)


def _opening(q: RawQuote) -> int:
    return q.open_at


# More quotations than this in one sentence is no sentence anyone wrote (the most in the 33,724
# Tehran Times articles is 13): a run of marks glued to words. Attribution reads a quote's sentence
# up to the quote, once per quote: quadratic in such a "sentence". So it is cut after each of its
# quotations, and each quote is attributed from the words since the one before.
MAX_QUOTES_PER_SENTENCE = 40


def _cut_crowded(masked: str, hi: int, starts: list[int], pieces: list[RawQuote]) -> list[int]:
    """``starts`` with a sentence start added after each quotation of a sentence holding more than
    :data:`MAX_QUOTES_PER_SENTENCE` (``pieces``: the paragraph's, sorted by ``open_at``)."""
    if len(pieces) <= MAX_QUOTES_PER_SENTENCE:
        return starts
    opens = [q.open_at for q in pieces]
    bounds = [*starts, hi]
    added: list[int] = []
    for s, e in zip(bounds, bounds[1:], strict=False):
        first, stop = bisect_left(opens, s), bisect_left(opens, e)
        if stop - first <= MAX_QUOTES_PER_SENTENCE:
            continue
        for q in pieces[first:stop]:
            if q.outer_end < e:
                j = q.outer_end
                while j < e and masked[j].isspace():
                    j += 1
                added.append(j)
    return sorted(set(starts) | set(added)) if added else starts


def common_prefix(a: list[Token], b: list[Token]) -> int:
    """How many first tokens ``a`` and ``b`` share (slice comparisons: fast on shared token objects)."""
    m = min(len(a), len(b))
    if a[:m] == b[:m]:
        return m
    lo, hi = 0, m  # a[:lo] == b[:lo], a[:hi] != b[:hi]
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid
    return lo
