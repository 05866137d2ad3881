"""Solar Hijri (Jalali) dates: exact conversion to the Gregorian calendar, and the dates written in
Persian news ("۱۴۰۲/۰۵/۱۲", "15/7/1383", "۲۷ آذر ۱۳۹۷", "سال 87"), read as ISO dates, never as figures."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from refrain.claims.fa.lexicon import figure_words, lexicon
from refrain.claims.fa.numbers import entry_of


def _gregorian_leap(year: int) -> bool:
    return (year % 4 == 0 and year % 100 != 0) or year % 400 == 0


def jalali_to_gregorian(jy: int, jm: int, jd: int) -> date:
    """The Gregorian date of Solar Hijri ``jy/jm/jd`` (the 33-year arithmetic calendar, exact for 1178-1633).

    >>> jalali_to_gregorian(1402, 1, 1), jalali_to_gregorian(1357, 11, 22)
    (datetime.date(2023, 3, 21), datetime.date(1979, 2, 11))
    """
    if not (1 <= jm <= 12 and 1 <= jd <= (31 if jm <= 6 else 30)):
        raise ValueError(f"not a Solar Hijri date: {jy}/{jm}/{jd}")
    jy += 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + jd
    days += (jm - 1) * 31 if jm < 7 else (jm - 7) * 30 + 186
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    gd = days + 1
    lengths = (31, 29 if _gregorian_leap(gy) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    gm = 0
    while gm < 12 and gd > lengths[gm]:
        gd -= lengths[gm]
        gm += 1
    return date(gy, gm + 1, gd)


def jalali_year_of(day: date) -> int:
    """The Solar Hijri year ``day`` falls in."""
    year = day.year - 621
    return year if jalali_to_gregorian(year, 1, 1) <= day else year - 1


def full_year(year: int) -> int:
    """A two-digit Solar Hijri year as printed ("سال 87") in full: 1387."""
    return 1300 + year if year < 100 else year


def jalali_year_iso(year: int) -> str:
    """Solar Hijri year as the interval of Gregorian months it covers: 1402 -> "2023-03/2024-03"."""
    first = jalali_to_gregorian(year, 1, 1)
    last = jalali_to_gregorian(year + 1, 1, 1)
    return f"{first.year:04d}-{first.month:02d}/{last.year:04d}-{last.month:02d}"


def numeric_date_iso(parts: tuple[int, int, int]) -> str | None:
    """A date written with slashes, year first or last ("1402/5/12", "60/7/29", "15/7/1383"), as ISO."""
    a, b, c = parts
    if a > 31 or a >= 1000:
        y, m, d = a, b, c
    elif c > 31 or c >= 1000:
        y, m, d = c, b, a
    else:
        return None
    y = full_year(y)
    try:
        if y >= 1700:  # a Gregorian year
            return date(y, m, d).isoformat()
        return jalali_to_gregorian(y, m, d).isoformat()
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class DateRef:
    start: int
    end: int
    iso: str


_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,4})[/.](\d{1,2})[/.](\d{1,4})(?![\d/.])")


@cache
def _day_month() -> re.Pattern[str]:
    names = "|".join(sorted(map(re.escape, lexicon().months), key=len, reverse=True))
    return re.compile(
        rf"(?<![\d/.])(\d{{1,2}})\s*((?:{names})(?:\s?\u200c?ماه)?)(?![^\W\d_])"
        r"(?:\s+(?:سال\s+)?(\d{2}|\d{4})(?![\d/.]))?"
    )


_YEAR_WORDS = "|".join(sorted(map(re.escape, figure_words("figure_year_words")), key=len, reverse=True))
_YEAR = re.compile(rf"(?<![^\W\d_])(?:{_YEAR_WORDS})\s+(\d{{2}}|\d{{4}})(?![\d/.])")  # not "امسال ۳۴"


def _month(word: str) -> tuple[str, int] | None:
    return entry_of(lexicon().months, word, ("\u200cماه", " ماه", "ماه"))


def find_dates(folded: str, base: date | None = None) -> list[DateRef]:
    """Every date in ``folded`` text (see ``lexicon.fold``), as ISO where the calendar gives one.

    ``base`` (the article's date) gives the year of a day and month written without one.
    """
    found: list[DateRef] = []
    for m in _NUMERIC.finditer(folded):
        iso = numeric_date_iso((int(m.group(1)), int(m.group(2)), int(m.group(3))))
        if iso:
            found.append(DateRef(m.start(), m.end(), iso))
    for m in _day_month().finditer(folded):
        month = _month(m.group(2))
        if month is None or month[0] == "hijri":
            continue
        day = int(m.group(1))
        year = int(m.group(3)) if m.group(3) else None
        calendar, number = month
        iso = None
        try:
            if calendar == "jalali":
                year = full_year(year) if year else (jalali_year_of(base) if base else None)
                iso = jalali_to_gregorian(year, number, day).isoformat() if year else None
            else:
                year = year if year and year >= 1000 else (base.year if base else None)
                iso = date(year, number, day).isoformat() if year else None
        except ValueError:
            iso = None
        end = m.end() if m.group(3) else m.end(2)
        found.append(DateRef(m.start(), end, iso or ""))
    for m in _YEAR.finditer(folded):
        year = full_year(int(m.group(1)))
        iso = jalali_year_iso(year) if year < 1700 else str(year)
        found.append(DateRef(m.start(), m.end(), iso))
    return sorted(found, key=lambda d: d.start)
