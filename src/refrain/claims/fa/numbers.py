"""Persian numbers as written: number phrases in the tokens of folded text (``refrain.text.number_tokens``)
read to their value.

Digits in any script (folded to ASCII first), "," thousands separators, "/" "." and "٫" decimals
("6/5" = 6.5), number words with "و" compounds ("بیست و پنج" = 25), multipliers ("دو میلیون و ۵۰۰ هزار"
= 2,500,000; "۱۰۰ هزار میلیارد" = 1e14, "یک و نیم میلیون" = 1,500,000), and a multiplier with a trailing adjective "ی" ("۷۰ میلیونی").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from refrain.claims.fa.lexicon import lexicon
from refrain.text import FA_FIGURE_LETTERS, NumberToken

T = TypeVar("T")


@cache
def number_like() -> re.Pattern[str]:
    """A digit, or a number word or multiplier at a word start."""
    lex = lexicon()
    words = sorted({*lex.numbers, *lex.scales}, key=len, reverse=True)
    return re.compile(rf"\d|(?<![{FA_FIGURE_LETTERS}])(?:{'|'.join(map(re.escape, words))})")


def has_number(folded: str, start: int, end: int) -> bool:
    """Whether a digit or a number word (perhaps with a suffix) stands in ``folded[start:end]``."""
    return number_like().search(folded, start, end) is not None


@cache
def is_number_word(word: str) -> bool:
    """A word a number phrase can start with: a number word or a multiplier."""
    return word in lexicon().numbers or scale_of(word) is not None


def digits_value(text: str) -> float:
    """ "1,250" -> 1250, "6/5" -> 6.5, "27.2" -> 27.2."""
    return float(text.replace(",", "").replace("/", "."))


def entry_of(table: Mapping[str, T], word: str, suffixes: tuple[str, ...]) -> T | None:
    """``table``'s entry for ``word``, or for ``word`` without the first of ``suffixes`` it ends in
    that leaves a word of the table ("میلیونی" -> "میلیون", "آذرماه" -> "آذر")."""
    if word in table:
        return table[word]
    for suffix in suffixes:
        if word.endswith(suffix) and word[: -len(suffix)] in table:
            return table[word[: -len(suffix)]]
    return None


def scale_of(word: str) -> float | None:
    """The multiplier a word stands for: "میلیارد" and the adjective "میلیونی" / "هزاری" alike."""
    return entry_of(lexicon().scales, word, ("\u200cای", "\u200cی", "ی"))


def word_value(word: str) -> float | None:
    return lexicon().numbers.get(word)


def _atom(tok: NumberToken) -> float | None:
    if tok.kind == "num":
        return digits_value(tok.text)
    if tok.kind == "word":
        return word_value(tok.text)
    return None


def _lowest_place(value: float) -> float:
    """The place of the lowest non-zero digit: 20 -> 10, 300 -> 100, 125 -> 1."""
    n, place = int(value), 1.0
    while n and n % 10 == 0:
        n //= 10
        place *= 10
    return place


@dataclass(frozen=True, slots=True)
class NumberPhrase:
    first: int  # token index of the first token
    last: int  # token index of the last token (inclusive)
    value: float
    scale: float | None  # the last multiplier applied ("۱۵ هزار" -> 1e3), None without one
    words_only: bool  # written without any digit ("پنج", "دو میلیون")


def _group_value(tokens: list[NumberToken], i: int) -> float | None:
    """Value of the atom at ``i`` times the multipliers right after it ("۵۰۰ هزار" -> 500,000)."""
    value = _atom(tokens[i])
    if value is None:
        return None
    j = i + 1
    while j < len(tokens) and tokens[j].kind == "word" and (s := scale_of(tokens[j].text)):
        value *= s
        j += 1
    return value


def _regrouped(
    tokens: list[NumberToken], k: int, so_far: float, last_scale: float | None
) -> tuple[float, int] | None:
    """ "یک هزار و ۸۳۰ میلیارد": a thousands number whose larger multiplier comes at its end, read as
    (1,000 + 830) billion; the value and the last token, or None when the text is not written so."""
    if last_scale is None or last_scale >= 1e6 or so_far >= 1e6:
        return None
    atom = _atom(tokens[k])
    if atom is None or atom >= 1000 or k + 1 >= len(tokens) or tokens[k + 1].kind != "word":
        return None
    big = scale_of(tokens[k + 1].text)
    if big is None or big < 1e6:
        return None
    return (so_far + atom) * big, k + 1


def _regrouped_scaled(
    tokens: list[NumberToken], k: int, so_far: float, last_scale: float | None
) -> tuple[float, int] | None:
    """ "۵ میلیون و ۹۰۴ هزار میلیارد": millions and thousands whose larger multiplier comes at the
    end, read as (5,000,000 + 904,000) billion; the value and the last token, or None."""
    if last_scale is None or k + 2 >= len(tokens):
        return None
    atom = _atom(tokens[k])
    small = scale_of(tokens[k + 1].text) if tokens[k + 1].kind == "word" else None
    big = scale_of(tokens[k + 2].text) if tokens[k + 2].kind == "word" else None
    if (
        atom is None
        or atom >= 1000
        or small is None
        or small >= last_scale
        or big is None
        or big <= last_scale
    ):
        return None
    return (so_far + atom * small) * big, k + 2


def read_number(tokens: list[NumberToken], i: int) -> NumberPhrase | None:
    """The number phrase starting at token ``i``, or None when none starts there.

    A "و" joins only what is written as one number: a smaller part after a multiplier ("۸ هزار و ۴۶۷")
    or a smaller word after a word ("صد و بیست"); "۹۶ و ۹۷" stays two numbers.
    """
    total = current = 0.0
    last_kind: str | None = None
    last_scale: float | None = None
    words_only = True
    j = i
    while j < len(tokens):
        tok = tokens[j]
        atom = _atom(tok)
        scale = scale_of(tok.text) if tok.kind == "word" else None
        glued_and = False
        if scale is None and tok.kind == "word" and tok.text.endswith("و"):
            scale = scale_of(tok.text[:-1])  # "۲ هزارو ۵۰۰": the "و" glued to the multiplier
            glued_and = scale is not None and j + 1 < len(tokens) and _atom(tokens[j + 1]) is not None
        if atom is not None and last_kind in (None, "and"):
            current += atom
            words_only = words_only and tok.kind == "word"
            last_kind = tok.kind
        elif scale is not None and last_kind in (None, "num", "word", "scale", "half"):
            if last_kind == "scale" and current == 0 and last_scale and scale > last_scale:
                total *= scale  # "۱۰۰ هزار میلیارد"
            else:
                total += (current or 1.0) * scale
                current = 0.0
            last_scale = scale if last_scale is None or last_kind != "scale" else max(scale, last_scale)
            last_kind = "scale"
            if glued_and:
                following = _group_value(tokens, j + 1)
                if following is None or following >= scale:
                    j += 1
                    break
                last_kind = "and"
            elif scale_of(tok.text) is None:
                j += 1
                break
        elif (
            tok.text == "و"
            and last_kind in ("num", "word")
            and j + 1 < len(tokens)
            and tokens[j + 1].text == "نیم"
        ):
            current += 0.5  # "یک و نیم میلیون": one and a half million
            last_kind = "half"
            j += 1
        elif tok.text == "و" and last_kind in ("scale", "word") and j + 1 < len(tokens):
            following = _group_value(tokens, j + 1)
            if following is None:
                break
            if last_kind == "scale":
                regroup = _regrouped(tokens, j + 1, total + current, last_scale) or _regrouped_scaled(
                    tokens, j + 1, total + current, last_scale
                )
                if regroup is not None:  # "یک هزار و ۸۳۰ میلیارد" = 1,830 billion
                    value, last = regroup
                    return NumberPhrase(i, last, value, scale_of(tokens[last].text), False)
                if not (last_scale and following < last_scale):
                    break
            elif tokens[j + 1].kind != "word" or (_atom(tokens[j + 1]) or 0) >= _lowest_place(current):
                break
            last_kind = "and"
        else:
            break
        j += 1
    if last_kind in (None, "and"):
        j -= 1 if last_kind == "and" else 0
    if j == i:
        return None
    return NumberPhrase(i, j - 1, total + current, last_scale, words_only)
