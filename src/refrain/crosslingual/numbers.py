"""The numbers a quotation states, in either language: what a translation keeps unchanged.

Persian digits, number words and multipliers are read with the Persian figure reader
(``refrain.claims.fa.numbers`` over ``refrain.text.number_tokens``: «۲ میلیون و ۵۰۰ هزار» -> 2500000,
«6/5» -> 6.5); English digits
("1,250", "25.5"), number words ("nine") and multipliers ("2.5 million") with a small reader
here. Years and other four-digit numbers count as numbers too: a quotation and its rendering
share them all the same.

>>> sorted(numbers_fa("در ۹ ماهه ۱۳۱ قلاده و ۲ میلیون و ۵۰۰ هزار تومان"))
[9.0, 131.0, 2500000.0]
>>> sorted(numbers_en("In nine months, 131 dogs and 2.5 million tomans; one of them"))
[9.0, 131.0, 2500000.0]
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from refrain.text import fold_fa_figures, number_tokens
from refrain.text.lexicon import lexicon_lines

_EN_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w])|\b([a-z]+)\b", re.I)
_EN_WORDS = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100,
}  # fmt: skip
_EN_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def numbers_en(text: str) -> frozenset[float]:
    """Numbers stated in English text ("one" alone is no number: "one of")."""
    out: set[float] = set()
    items = list(_EN_NUMBER.finditer(text))
    skip = -1
    for i, m in enumerate(items):
        if i <= skip:
            continue  # "hundred" read with the word before it
        if m.group(1):
            value = float(m.group(1).replace(",", ""))
        else:
            value = _EN_WORDS.get(m.group(2).lower())  # type: ignore[assignment]
            if value is None:
                continue
        at = i
        if _next_word(items, at) == "hundred" and value < 100:
            value, at = value * 100, at + 1  # "five hundred": 500
            skip = at
        scale = _EN_SCALES.get(_next_word(items, at))
        if scale:
            value *= scale
        out.add(float(value))
    for m in _EN_FOLD.finditer(text):  # "fivefold", "3-fold": «۵ برابر»
        word = m.group(1).lower()
        value = float(word) if word.isdigit() else _EN_WORDS.get(word)
        if value:
            out.add(float(value))
    return frozenset(out)


def _next_word(items: list[re.Match[str]], i: int) -> str:
    """The number word right after ``items[i]`` (one space between), lower case, else ""."""
    nxt = items[i + 1] if i + 1 < len(items) else None
    if nxt is None or not nxt.group(2) or nxt.start() - items[i].end() > 1:
        return ""
    return nxt.group(2).lower()


def implied_numbers_en(text: str) -> frozenset[float]:
    """Numbers English may say for a Persian word that is no number ("both sides" for «دو طرف»,
    "the two imams" for «امامین», "twice"): they may stand for a Persian number, but are not
    counted as numbers a rendering adds."""
    out = {_EN_IMPLIED[m.group(0).lower()] for m in _EN_IMPLIED_WORD.finditer(text)}
    # a number word in a hyphenated name or modifier ("the Ten-Day Dawn" «دهه فجر», "a two-state
    # solution"): the Persian may say it with no number
    out |= {
        float(_EN_WORDS[m.group(1).lower()])
        for m in _EN_HYPHENED.finditer(text)
        if m.group(1).lower() in _EN_WORDS
    }
    return frozenset(out)


# "two" too: a Persian dual («امامین», «طرفین») is "the two …" in English, with no number word
_EN_IMPLIED = {
    "both": 2.0,
    "twice": 2.0,
    "double": 2.0,
    "doubled": 2.0,
    "pair": 2.0,
    "thrice": 3.0,
    "two": 2.0,
}
_EN_HYPHENED = re.compile(r"\b([A-Za-z]+)-[A-Za-z]")
_EN_IMPLIED_WORD = re.compile(r"\b(?:" + "|".join(_EN_IMPLIED) + r")\b", re.I)
_EN_FOLD = re.compile(r"\b([a-z]+|\d+)-?fold\b", re.I)
# «نه» before these words is "not" («نه تنها», «نه از …»), never nine
_FA_NOT = re.compile(
    r"(?<![\w\u200c])نه(?=[\s\u200c]+(?:تنها|فقط|اینکه|آنکه|این|آن|در|به|از|با|برای|همه|هیچ|چندان|کم|زیاد|بیشتر|کمتر)(?!\w))"
)
# «نه» right after a verb is "not" too: "… است نه منافع …" ("… is, not the interests …"), "… کم
# می‌کند نه درمان …" ("… cuts, not the treatment …"): a copula or a present verb with «می»
_FA_NOT_AFTER = re.compile(
    r"((?<![\w\u200c])(?:است|بود|باشد|هستند|بودند|نیست|ن?م[یي][\s\u200c]\w+?ن?د)[\s\u200c]+)نه(?![\w\u200c])"
)
# «صددرصد»: "a hundred percent" written as one word
_FA_HUNDRED_PERCENT = re.compile(r"(?<![\w\u200c])صد(?=[\u200c]?درصد)")


def numbers_fa(text: str) -> frozenset[float]:
    """Numbers stated in Persian text: digits of every script and number words, with multipliers."""
    from refrain.claims.fa.numbers import read_number

    text = _FA_HUNDRED_PERCENT.sub("صد ", _FA_NOT_AFTER.sub(r"\1نـ", _FA_NOT.sub("نـ", text)))
    tokens = number_tokens(fold_fa_figures(text))
    out: set[float] = set()
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.kind in ("num", "word"):
            phrase = read_number(tokens, i) if tok.kind == "num" or _fa_starts(tok.text) else None
            if phrase is not None and tok.kind == "word" and _plural_after(tokens, phrase.last):
                i = phrase.last + 1  # «چهار راه‌های اصلی» ("the main crossroads"): a count takes no plural
                continue
            if phrase is not None and tok.kind == "num" and _ONE_DIGIT_SLASH.fullmatch(tok.text):
                # «7/1 درصد» may be 1.7 written in the other order around the slash (the text's
                # direction turned): both readings are the quotation's numbers
                written = float(f"{tok.text[0]}.{tok.text[2]}")
                scale = float(phrase.value) / written if written else 1.0  # «5/2 میلیارد»: 2.5 billion
                out.add(round(float(f"{tok.text[2]}.{tok.text[0]}") * scale, 6))
            if phrase is not None:
                value = float(phrase.value)
                if (
                    10 <= value < 100
                    and value == int(value)
                    and i > 0
                    and _YEAR_WORD.match(tokens[i - 1].text)
                ):
                    value += 1300  # "سال 82": the Jalali year 1382 written short
                if value != 1:
                    out.add(value)
                i = phrase.last + 1
                continue
        i += 1
    return frozenset(out) | frozenset(float(day) for day, _ in ordinal_days(text))


def _plural_after(tokens: list, last: int) -> bool:
    """Whether the word after a number word is plural («راه‌های», «شرکت‌ها»): a Persian count
    takes the singular («چهار راه»), so the number word is part of a compound («چهارراه»)."""
    return last + 1 < len(tokens) and _FA_PLURAL.search(tokens[last + 1].text) is not None


_ONE_DIGIT_SLASH = re.compile(r"\d/\d")
_FA_PLURAL = re.compile(r"\u200c?ها(?:ی|یی)?$")


def _fa_starts(word: str) -> bool:
    from refrain.claims.fa.numbers import is_number_word

    return is_number_word(word)


_YEAR_WORD = re.compile(r"سال(?:های|‌های)?$")


def persian_year(n: float) -> bool:
    """Whether a number reads as a Jalali year (1300-1450)."""
    return n == int(n) and 1300 <= n <= 1450


def gregorian_years(values: frozenset[float]) -> frozenset[float]:
    """The Gregorian years of the Jalali ones among ``values``: an English rendering writes «سال
    1382» as 2003 or 2004."""
    return frozenset(y + d for y in values if persian_year(y) for d in (621, 622))


def _with_calendars(values: frozenset[float]) -> frozenset[float]:
    """The values with each year in the other calendar too (Jalali to Gregorian and back)."""
    back = frozenset(y - d for y in values for d in (621, 622) if persian_year(y - d))
    return values | gregorian_years(values) | back


def agreement(a: frozenset[float], b: frozenset[float]) -> tuple[int, int]:
    """(numbers both state, numbers only the shorter list states): a rendering keeps the numbers
    of what it renders, and may cut the rest. A year counts in either calendar."""
    b_years = _with_calendars(b)
    shared = sum(1 for x in a if x in b_years)
    shorter = a if len(a) <= len(b) else b
    return shared, len(shorter) - shared


# the first days of the Jalali year a day's Gregorian date is counted from: Nowruz falls on 20 or
# 21 March, and Dey to Esfand cross a Gregorian leap day in some years (2003-04)
_NOWRUZ = (date(2001, 3, 20), date(2001, 3, 21), date(2003, 3, 21))


@cache
def _jalali_months() -> tuple[re.Pattern[str], dict[str, int]]:
    """A day and a Jalali month («11 فروردین»), and each month's number (figure_months.txt)."""
    rows = [line.split("\t") for line in lexicon_lines("fa", "figure_months")]
    number = {r[0]: int(r[2]) for r in rows if len(r) > 2 and r[1] == "jalali"}
    names = "|".join(map(re.escape, sorted(number, key=len, reverse=True)))
    return re.compile(rf"(?<!\d)(\d{{1,2}})[\s\u200c]*({names})(?![\w])"), number


@cache
def _ordinal_dates() -> re.Pattern[str]:
    """A day written as an ordinal word before a month of either calendar («ششم ژانویه», «بیست و
    یکم فروردین»)."""
    names = [line.split("\t")[0] for line in lexicon_lines("fa", "figure_months")]
    alternatives = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    ordinal = r"(?:(بیست|سی)\s+و\s+)?([\u0600-\u06ff]+?)(?:\u200c?ام|م)"
    return re.compile(rf"(?<![\w\u200c])(?:{ordinal}|(اول))\s+({alternatives})(?![\w])")


_ORDINAL_STEMS = {"یک": 1, "دو": 2, "سو": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9,
                  "ده": 10, "یازده": 11, "دوازده": 12, "سیزده": 13, "چهارده": 14, "پانزده": 15,
                  "شانزده": 16, "هفده": 17, "هجده": 18, "هیجده": 18, "نوزده": 19, "بیست": 20, "سی": 30}  # fmt: skip


def ordinal_days(text: str) -> list[tuple[int, str]]:
    """(day, month name) of each date whose day is an ordinal word: «ششم ژانویه» is "January 6",
    a number a rendering keeps in digits.

    >>> ordinal_days("در جلسه ششم ژانویه و بیست و سوم فروردین")
    [(6, 'ژانویه'), (23, 'فروردین')]
    """
    out = []
    for m in _ordinal_dates().finditer(text.translate(_ARABIC_LETTERS)):
        tens = _ORDINAL_STEMS.get(m.group(1) or "", 0)  # the group holds only «بیست» or «سی»
        unit = 1 if m.group(3) else _ORDINAL_STEMS.get(m.group(2) or "", 0)
        day = tens + unit if tens and unit < 10 else unit
        if 1 <= day <= 31:
            out.append((day, m.group(4)))
    return out


def gregorian_days(text: str) -> frozenset[float]:
    """The Gregorian days of the month of Jalali dates in ``text``: an English rendering writes «11
    فروردین» (or «یازدهم فروردین») as "March 31" (or "March 30" in another year)."""
    pattern, number = _jalali_months()
    dates = [
        (int(m.group(1)), m.group(2))
        for m in pattern.finditer(fold_fa_figures(text).translate(_ARABIC_LETTERS))
    ]
    out: set[float] = set()
    for day, name in [*dates, *((d, n) for d, n in ordinal_days(text) if n in number)]:
        month = number[name]
        if 1 <= day <= 31:
            offset = (month - 1) * 31 + day - 1 if month <= 6 else 186 + (month - 7) * 30 + day - 1
            out |= {float((start + timedelta(days=offset)).day) for start in _NOWRUZ}
    return frozenset(out)


_ARABIC_LETTERS = str.maketrans("يك", "یک")
