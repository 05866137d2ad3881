"""Time expressions near a figure ("in 2018", "last year", "in November 2019"), resolved to ISO.

Resolved values are ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, or an interval ``START/END`` of those
("over the past year" said on 2019-04-24 -> ``2018-04/2019-04``). Relative expressions need the
article's date; without it they are found but not resolved (``when_iso`` None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from refrain.claims.not_figures import MONTH_NUMBER

_MONTH = r"(?:" + "|".join(sorted(MONTH_NUMBER, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?:1[3-9]\d\d|20\d\d)"
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "few": 3, "several": 3}  # fmt: skip


@dataclass(frozen=True, slots=True)
class TimeRef:
    start: int
    end: int
    iso: str | None


@cache
def _pattern(gated: bool = True) -> re.Pattern[str]:
    """Time expressions; ``gated=False`` leaves out the check of what one starts with (the same
    matches, slower: kept for the test that says so)."""
    day = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    month_first = rf"(?P<month>{_MONTH})(?:\s+{day})?(?:,?\s+(?P<year>{_YEAR}))?"
    day_first = (
        rf"(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_MONTH})(?:,?\s+(?P<year2>{_YEAR}))?"
    )
    year_range = rf"(?P<yfrom>{_YEAR})\s*[-–/]\s*(?P<yto>{_YEAR}|\d\d)\b"
    relative = (
        r"(?P<rel>(?:the\s+)?(?:last|past|previous|this|current|next|coming)\s+(?:persian\s+|calendar\s+|fiscal\s+)?"
        r"(?P<relunit>year|month|week)|yesterday|today)"
    )
    span = (
        r"(?:the\s+)?(?:last|past|previous)\s+(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|"
        r"twelve|few|several)\s+(?P<nunit>years|months|weeks|days)"
    )
    # what every alternative starts with (a digit, "the", a relative word, a month), checked first:
    # most words fail there at once instead of in each alternative (the same matches)
    relative_words = "the|last|past|previous|this|current|next|coming|yesterday|today"
    starts = rf"(?=\d|{relative_words}|{_MONTH})" if gated else ""
    return re.compile(
        rf"\b{starts}(?:{span}|{relative}|{day_first}|{month_first}|{year_range}|(?P<year3>{_YEAR})(?!\s*[-–]?\s*\d))\b",
        re.IGNORECASE,
    )


def _shift_months(d: date, months: int) -> str:
    total = d.year * 12 + (d.month - 1) - months
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


def _resolve(m: re.Match[str], base: date | None) -> str | None:
    g = m.groupdict()
    if g["yfrom"]:
        to = g["yto"] if len(g["yto"]) == 4 else g["yfrom"][:2] + g["yto"]
        return f"{g['yfrom']}/{to}"
    if g["year3"]:
        return g["year3"]
    month_word = g["month"] or g["month2"]
    if month_word:
        month = MONTH_NUMBER[month_word.lower().rstrip(".")]
        year = g["year"] or g["year2"]
        day = g["day"] or g["day2"]
        if year is None:
            if base is None:
                return None
            year = str(base.year if month <= base.month else base.year - 1)
        return f"{year}-{month:02d}-{int(day):02d}" if day and 1 <= int(day) <= 31 else f"{year}-{month:02d}"
    if base is None:
        return None
    if g["n"]:
        n = int(g["n"]) if g["n"].isdigit() else _NUMBER_WORDS[g["n"].lower()]
        unit = g["nunit"].lower()
        if unit == "years":
            return f"{base.year - n:04d}-{base.month:02d}/{base.year:04d}-{base.month:02d}"
        if unit == "months":
            return f"{_shift_months(base, n)}/{base.year:04d}-{base.month:02d}"
        days = n * (7 if unit == "weeks" else 1)
        return f"{(base - timedelta(days=days)).isoformat()}/{base.isoformat()}"
    rel = g["rel"].lower()
    if rel == "yesterday":
        return (base - timedelta(days=1)).isoformat()
    if rel == "today":
        return base.isoformat()
    unit = (g["relunit"] or "").lower()
    if "past" in rel:  # a rolling period ending now
        if unit == "year":
            return f"{base.year - 1:04d}-{base.month:02d}/{base.year:04d}-{base.month:02d}"
        if unit == "month":
            return f"{_shift_months(base, 1)}/{base.year:04d}-{base.month:02d}"
        return f"{(base - timedelta(days=7)).isoformat()}/{base.isoformat()}"
    step = -1 if ("last" in rel or "previous" in rel) else (1 if ("next" in rel or "coming" in rel) else 0)
    if "persian" in rel and unit == "year":
        # the Persian year starts around 21 March: "last Persian year" said in April 2019 is 2018-03..2019-03
        start_year = (base.year if (base.month, base.day) >= (3, 21) else base.year - 1) + step
        return f"{start_year:04d}-03/{start_year + 1:04d}-03"
    if unit == "year":
        return f"{base.year + step:04d}"
    if unit == "month":
        return _shift_months(base, -step)
    return (base + timedelta(days=7 * step)).isoformat()


def find_times(text: str, start: int, end: int, base: date | None) -> list[TimeRef]:
    """Time expressions inside ``text[start:end]``, resolved against ``base`` (the article's date)."""
    found: list[TimeRef] = []
    for m in _pattern().finditer(text, start, end):
        found.append(TimeRef(m.start(), m.end(), _resolve(m, base)))
    return found


def parse_date(value: str | None) -> date | None:
    """An article date (``YYYY-MM-DD``, or anything starting with it) as a date, else None."""
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def bounds(iso: str | None) -> tuple[str, str] | None:
    """The first and last day an ISO value or interval covers, as comparable strings."""
    if not iso:
        return None
    first, _, last = iso.partition("/")
    last = last or first

    def low(v: str) -> str:
        return v + "-01-01"[len(v) - 4 :] if len(v) < 10 else v

    def high(v: str) -> str:
        return v + "-12-31"[len(v) - 4 :] if len(v) < 10 else v

    return low(first), high(last)


def overlaps(a: str | None, b: str | None) -> bool:
    """Whether two resolved times can be the same period (unknown overlaps everything)."""
    ba, bb = bounds(a), bounds(b)
    if ba is None or bb is None:
        return True
    return ba[0] <= bb[1] and bb[0] <= ba[1]
