"""Persian figures: numbers in every script and in words, multipliers, decimals, ranges, units and the
counted thing, with Solar Hijri dates read as dates (ISO), not figures.

>>> from refrain.claims.fa import find_persian
>>> [(c.value, c.unit) for c in find_persian("قیمت هر کیلو ۱۷۰۰ تومان و رشد آن ۶/۵ درصد بود.")]
[(1700.0, 'IRT'), (6.5, '%')]
"""

import re

from refrain.claims.fa.dates import jalali_to_gregorian
from refrain.claims.fa.find import find_persian

_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufeff]")


def mostly_arabic_script(text: str) -> bool:
    """More letters of ``text`` in Arabic script than in any other (the Persian path of ``claims.find``)."""
    head = text[:2000]
    if _ARABIC_SCRIPT.search(head) is None:
        return False  # no Arabic-script character at all (most English text): no count needed
    arabic = other = 0
    for ch in head:
        if ch.isalpha():
            if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufeff":
                arabic += 1
            else:
                other += 1
    return arabic > other


__all__ = ["find_persian", "jalali_to_gregorian", "mostly_arabic_script"]
