"""Figures written as multipliers, ratios, halves or thousands set apart by a space.

"twice", "thrice", "threefold", "1.5-fold", "3 fold", "doubled", "tripled" (a multiplier, unit
"times"); "halved", "fell by half" (a share, unit "fraction"); "one in five", "1 in
every 4", "two out of three" (a ratio, read as the share it gives, unit "fraction"); "half of the
wells", "a third of voters" (a share written as a word, unit "fraction"); "half a million",
"two and a half million", "three-and-a-half hours" (a half, and the multiplier after it); "12 500", "12 500" (a thousands
group set apart by a space or a thin space). :mod:`refrain.claims.figures` reads them with the
other figures; the patterns here are pieces of its figure pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# the multipliers written as one word, with their value
_TIMES_WORDS = {"twice": 2.0, "thrice": 3.0}
# a change written as a verb of multiplying: "prices doubled" (2 times), "exports halved" (a share,
# 0.5); only the past: "double" is also an adjective ("a double blow"), "doubling" mostly figurative
# ("doubling the doubts")
_CHANGE_STEMS = {"doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0, "halv": 0.5}
_CHANGE_VERB = (
    r"(?:doubl|tripl|quadrupl|halv)ed(?!\s+(?:down|up|back|as(?!\s+of))\b)"  # "doubled down", "doubled as"
)

# thousands groups set apart by a space, a no-break space or a thin space: "12 500", not "12 5000"
SPACED_DIGITS = r"\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d\w-]|[.,]\d)"
_SPACES = re.compile(r"[ \u00a0\u2009\u202f]")


def times_pattern(word: str) -> str:
    """The pattern of a multiplier written as one word ("twice", "threefold", "1.5-fold"), given
    the pattern of a number word."""
    return rf"\b(?:twice|thrice|{_CHANGE_VERB}|(?:{word}|\d+(?:\.\d+)?)[ -]?fold)\b"


def leading_words() -> str:
    """The words other than number words and "a"/"an" that a pattern here can start with (each of
    them starts with one of these, a number word, "a"/"an" or a digit): the figure pattern skips
    places where none of them starts before trying its alternatives one by one."""
    return "|".join(["half", *_TIMES_WORDS, *_CHANGE_STEMS])


def half_pattern(word: str, scale: str) -> str:
    """The pattern of a number and a half ("two and a half", before a multiplier or not: "three
    and a half to four million", "two and a half years") or of a half before a multiplier ("half
    a million", "a half million"), the multiplier left out (the figure pattern reads it after),
    given the patterns of a number word and of the multiplier words."""
    return rf"\b(?:(?:{word}|\d+)(?:\s+and\s+a\s+|-and-a-)half\b|(?:half\s+an?|an?\s+half)(?=[\s-]+(?:{scale})\b))"


# a share written as a word before what it is a share of: "half of the wells", "half the budget", "a
# third of voters" (an ordinal alone, "a third round", is none, so a fraction word needs "of")
_SHARE_OWNERS = r"of|the|its|their|his|her|our|all|these|those"


def share_pattern(fractions: list[str]) -> str:
    """The pattern of a share written as a word ("half of", "a quarter of"), given the singular
    fraction words ("third", "quarter"); what it is a share of is left out of the match."""
    words = "|".join(sorted(fractions, key=len, reverse=True))
    return rf"\b(?:half(?=\s+(?:{_SHARE_OWNERS})\b)|(?<=\bby\s)half\b(?![-\w]|\s+(?:past|an?\s+hour)\b)|an?\s+(?:{words})(?=\s+of\b))"


def share_value(num: str, text: str, start: int, fractions: dict[str, float]) -> float | None:
    """The share a word gives ("half" 0.5, "a third" 1/3), else None; None too for a half that
    names a part of a period or list ("the first half of 2020", "the other half of the team")."""
    m = re.fullmatch(r"(?:an?\s+)?([a-z]+)", num.lower())
    if m is None or m.group(1) not in fractions:
        return None
    if re.search(
        r"\b(?:first|second|latter|former|other|last|one|the|each|every)\s+$",
        text[max(0, start - 12) : start],
        re.IGNORECASE,
    ):
        return None
    return 1.0 / fractions[m.group(1)]


def times_value(num: str, number: Callable[[str], float | None]) -> float | None:
    """The value of a multiplier written as one word ("twice" 2, "fourfold" 4), else None."""
    lower = num.lower()
    if lower in _TIMES_WORDS:
        return _TIMES_WORDS[lower]
    stem = lower.removesuffix("ed")
    if stem in _CHANGE_STEMS and stem != lower:
        return _CHANGE_STEMS[stem]
    if not lower.endswith("fold"):
        return None
    head = lower.removesuffix("fold").rstrip("- ")
    return float(head) if head[:1].isdigit() else number(head)


def half_value(num: str, number: Callable[[str], float | None]) -> float | None:
    """The value of a half written before a multiplier ("two and a half" 2.5, "half a" 0.5), else None."""
    m = re.fullmatch(r"(?:(.+?)(?:\s+and\s+a\s+|-and-a-)half|half\s+an?|an?\s+half)", num, re.IGNORECASE)
    if m is None:
        return None
    whole = m.group(1)
    if whole is None:
        return 0.5
    base = float(whole) if whole[0].isdigit() else number(whole)
    return None if base is None else base + 0.5


def spaced_value(num: str) -> float | None:
    """The value of digits with their thousands set apart by a space ("12 500" 12500), else None."""
    return float(_SPACES.sub("", num)) if _SPACES.search(num) else None


def ratio_after(
    text: str, end: int, value: float, word: str, number: Callable[[str], float | None]
) -> tuple[float, int] | None:
    """The share a ratio gives and where it ends, when the number ending at ``end`` (of ``value``)
    is followed by "in five", "in every 4", "out of every three" ("one in five" 0.2; "one out of
    1,000" too); None when it is not a ratio: "28 out of 31 provinces" (a count of provinces, and their whole), a larger or
    equal second number ("3 in 2 attacks"), a year ("1 in 2019"), or a second number with a
    multiplier ("1 in 10 million" is a count of 10 million)."""
    m = re.match(
        rf"(?:\s+|-(?=in-))(?:in[\s-]+(?:every\s+)?|out\s+of\s+(every\s+)?)(\d{{1,3}}(?:,\d{{3}})+|\d+|(?i:{word}))\b(?![.,]?\d|-)",
        text[end : end + 40],
    )
    if m is None or re.match(r"[\s-]*(?:million|billion|thousand|trillion|percent|%)", text[end + m.end() :]):
        return None
    written = m.group(2)
    if written.isdigit() and len(written) == 4 and 1300 <= int(written) <= 2100:
        return None  # "1 in 2019"
    whole = float(written.replace(",", "")) if written[0].isdigit() else number(written)
    if whole is None or not 0 < value < whole:
        return None
    # "out of" without "every" gives a share when the whole is a small or a round base ("two out
    # of three", "9 out of 10", "one out of 1,000"); "28 out of 31 provinces" counts provinces
    if "out" in m.group(0) and m.group(1) is None and value != 1 and whole > 10 and not _power_of_ten(whole):
        return None
    return value / whole, end + m.end()


def _power_of_ten(value: float) -> bool:
    return value >= 10 and float(f"1e{len(str(int(value))) - 1}") == value
