"""The values a figure allows: its hedge ("about", "more than"), range and rounding as written."""

from __future__ import annotations

import math
import re
from functools import cache

from refrain.claims.lexicon import lexicon
from refrain.claims.model import Claim

INFINITY = math.inf
ABOUT = 0.15  # "about N": within 15 % of N (a round N)
ABOUT_PRECISE = 0.01  # "about N" for N written to four digits or more: within 1 %
PERSIAN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_DIGITS = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _rounding(written: str, value: float) -> float:
    """Half the step the figure is written to: "4 million" +-0.5 million, "2.4 billion" +-0.05
    billion, "800" +-50 (at most a tenth of the value); a plain count or share is exact."""
    m = _DIGITS.search(written.translate(PERSIAN_DIGITS))
    if m is None:  # a number word: "four million", "twelve"
        step = 10 ** math.floor(math.log10(value)) if value >= 100 else 1.0
        return min(step / 2, value / 10)
    literal = m.group(0).replace(",", "")
    try:
        number = float(literal)
    except ValueError:
        return 0.0
    scale = value / number if number else 1.0
    if m.group(1):
        return 0.5 * 10 ** -len(m.group(1)) * scale
    whole = literal.split(".")[0]
    zeros = len(whole) - len(whole.rstrip("0")) if number >= 100 else 0
    step = 10**zeros * scale
    return min(step / 2, value / 10) if zeros or scale > 1 else 0.0


def _about_width(written: str) -> float:
    """How far "about" reaches, as a share of the figure: ABOUT for a round figure ("about 4
    million", "some 17,000"), less for one written to more digits, whose writer claims the
    precision ("some 15,932": within 1 %, so "some 15,532" is another count): ABOUT over ten
    for each digit past two, at least 1 %."""
    m = _DIGITS.search(written.translate(PERSIAN_DIGITS))
    if m is None:
        return ABOUT  # a number word: "about four million"
    whole, _, decimals = m.group(0).replace(",", "").partition(".")
    digits = (whole + decimals).lstrip("0") if decimals else whole.strip("0")  # "15,932", "4.15"
    return ABOUT if len(digits) <= 2 else max(ABOUT / 10 ** (len(digits) - 2), ABOUT_PRECISE)


def value_range(claim: Claim, before: str = "") -> tuple[float, float]:
    """The values a figure allows, given its hedge, range and rounding."""
    value = claim.value
    written = claim.value_text.text if claim.value_text else str(value)
    tol = _rounding(written, abs(value)) if value else 0.0
    high = getattr(claim, "value_high", None)
    if high is not None and high >= value:
        return value - tol, high + _rounding(written, abs(high))
    approx = claim.approx or _hedge_before(before)
    about = _about_width(written)
    if approx == "about":
        return value * (1 - about) - tol, value * (1 + about) + tol
    if approx == "nearly":
        return value * (1 - about), value + tol
    if approx in ("more than", "at least", "between"):
        return value - tol, INFINITY
    if approx in ("up to", "less than"):
        return 0.0, value + tol
    return value - tol, value + tol


def _hedge_before(before: str) -> str | None:
    """The hedge ending ``before`` ("more than"), as its canonical form; the longest one written."""
    m = _hedge_pattern().search(before.lower().rstrip())
    return lexicon().approx[m.group(1)] if m else None


@cache
def _hedge_pattern() -> re.Pattern[str]:
    # longest first; of phrases ending the text, the longest also starts first, so search finds it
    phrases = sorted(lexicon().approx, key=len, reverse=True)
    return re.compile(r"(?:^|\W)(" + "|".join(map(re.escape, phrases)) + r")$")
