"""Persian text as the figure finder reads it: a fold that keeps every offset, and number-aware tokens.

:func:`fold_fa_figures` differs from :func:`refrain.text.normalize` with ``"fa"`` on purpose: it
removes nothing (harakat, tatweel and ZWNJ stay; left-to-right and right-to-left marks become spaces)
and also spells ة as ه, so the folded text has the stored text's length and every offset in it is an
offset in the stored text. :func:`number_tokens` splits folded text into numbers (with their decimal
and thousands signs), dates d/m/y, words (ZWNJ inside a word), Latin runs and marks.

>>> folded = fold_fa_figures("۶٫۵ درصد در ۱۴۰۲/۰۱/۱۵")
>>> folded
'6.5 درصد در 1402/01/15'
>>> [(t.text, t.kind) for t in number_tokens(folded)]
[('6.5', 'num'), ('درصد', 'word'), ('در', 'word'), ('1402/01/15', 'date')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# One code point for one: Arabic-letter spellings to Persian, Persian and Arabic-Indic digits to ASCII,
# the Arabic decimal and thousands signs to "." and ",", direction marks to spaces. Nothing is removed,
# so offsets do not move.
_FIGURE_FOLD = str.maketrans(
    {
        "\u064a": "\u06cc",  # ي -> ی
        "\u0649": "\u06cc",  # ى -> ی
        "\u0643": "\u06a9",  # ك -> ک
        "\u06c0": "\u0647",  # ۀ -> ه
        "\u0629": "\u0647",  # ة -> ه
        "\u066b": ".",  # ٫ Arabic decimal separator
        "\u066c": ",",  # ٬ Arabic thousands separator
        "\u200e": " ",  # left-to-right and right-to-left marks: spaces ("یک\u200eهزار")
        "\u200f": " ",
    }
    | {chr(0x06F0 + d): str(d) for d in range(10)}
    | {chr(0x0660 + d): str(d) for d in range(10)}
)

# The letters of a Persian word for the figure finder (with tatweel), as a regex class body.
FA_FIGURE_LETTERS = "\u0621-\u063a\u0641-\u065f\u0670-\u06d3\u06d5\u06fa-\u06ff\u0640"

_NUMBER_TOKEN = re.compile(
    r"(?P<date>\d{1,4}[/.]\d{1,2}[/.]\d{1,4}(?![\d/.]))"
    r"|(?P<num>\d{1,3}(?:,\d{3})+(?:[./]\d+)?(?![\d,])|\d+(?:[./]\d+)?)"
    rf"|(?P<word>[{FA_FIGURE_LETTERS}]+(?:\u200c+[{FA_FIGURE_LETTERS}]+)*)"
    r"|(?P<latin>[A-Za-z]+)"
    r"|(?P<punct>\S)"
)


def fold_fa_figures(text: str) -> str:
    """``text`` with ي/ك spelled ی/ک and every digit in ASCII, the same length (offsets unchanged).

    >>> fold_fa_figures("۱۲ هزار و ٣٠ ريال")
    '12 هزار و 30 ریال'
    """
    return text.translate(_FIGURE_FOLD)


@dataclass(frozen=True, slots=True)
class NumberToken:
    text: str  # folded
    start: int
    end: int
    kind: str  # date | num | word | latin | punct


def number_tokens(folded: str, start: int = 0, end: int | None = None) -> list[NumberToken]:
    """Tokens of folded text (or of ``folded[start:end]``, offsets still into ``folded``): numbers
    with their decimal/thousands signs, dates d/m/y, words, marks."""
    end = len(folded) if end is None else end
    return [
        NumberToken(m.group(), m.start(), m.end(), m.lastgroup or "punct")
        for m in _NUMBER_TOKEN.finditer(folded, start, end)
    ]
