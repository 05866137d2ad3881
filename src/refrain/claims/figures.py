"""Finding figures in text and reading their values; telling them from years, dates, labels.

A figure is a number as written ("30,000", "thirty-one", "40 million", "70%", "$80,000"), with the
hedge before it ("more than") and the unit glued to it (currency, percent, measures).
"""

from __future__ import annotations

import re
from functools import cache

from number_parser import parse_number

from refrain.claims.lexicon import currency_pattern, lexicon
from refrain.claims.model import Figure
from refrain.claims.multipliers import (
    SPACED_DIGITS,
    half_pattern,
    half_value,
    leading_words,
    ratio_after,
    share_pattern,
    share_value,
    spaced_value,
    times_pattern,
    times_value,
)
from refrain.claims.not_figures import exclusion, fraction_after
from refrain.claims.patterns import word_alternation
from refrain.claims.written_ranges import join_ranges
from refrain.text import lexicon as lexicon_set


@cache
def _figure_pattern(gated: bool = True) -> re.Pattern[str]:
    """The pattern of a figure; ``gated=False`` leaves out the check of what a figure starts with
    (the same matches, slower: kept for the test that says so)."""
    lex = lexicon()
    # prefix trees, not plain alternations (the same matches: the longest word tried first): the
    # pattern is tried at every word of every article, and a tree fails a word on its first letters
    word = _word()
    word_number = rf"(?:an?\s+)?{word}(?:(?:-|\s+and\s+|\s+){word})*"
    digits = rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|{SPACED_DIGITS}|\d+(?:\.\d+)?"
    scales = word_alternation(s for s in lex.scale if len(s) > 1)
    fractions = [f for f in lex.fraction if not f.endswith("s")]
    multiplied = rf"{half_pattern(word, scales)}|{times_pattern(word)}|{share_pattern(fractions)}"
    scale = r"(?:[\s-]*(?:" + scales + r")\b|(?<=\d)(?:m|k|bn|b)\b)"  # "$1-billion", "$11b"
    # what every alternative of ``num`` starts with: a digit, "a"/"an", a number word or a word of
    # the multiplied patterns. Checked first, it fails at once the many places no figure starts at
    # (the scan took a tenth of the per-document time; the matches are the same)
    starts = rf"(?=\d|a|{leading_words()}|{word})" if gated else ""
    return re.compile(
        rf"(?:{_currency_gate() if gated else ''}(?P<cur>{currency_pattern()})\s?|\s?(?<![\w.,/\-+#@])){starts}(?P<num>{multiplied}|{digits}|\b{word_number}\b)(?P<scale>{scale})*"
        rf"(?P<pct>\s*%|[\s-]+per\s?cent\b)?",
        re.IGNORECASE,
    )


def _currency_gate() -> str:
    """A check of the first character of a currency written before a figure (``currency_pattern``:
    a symbol, or a code or word at a word's start): tried first, the currency's many alternatives
    are no longer tried one by one at every other place, two thirds of the scan (the same matches)."""
    lex = lexicon()
    firsts = {c[0] for c in lex.currency if not c.isalpha()} | {w[0] for w in lex.currency_before_cased}
    # a symbol or code led by a letter opens with a word boundary (``\b`` in currency_pattern)
    letters = "".join(sorted(c for c in firsts if c.isalpha()))
    others = "".join(sorted(c for c in firsts if not c.isalpha()))
    checks = ([rf"[{re.escape(others)}]"] if others else []) + ([rf"\b[{letters}]"] if letters else [])
    return rf"(?={'|'.join(checks)})" if checks else ""


@cache
def word_value(words: str) -> float | None:
    """Value of a number written in words: "thirty-one" -> 31, "a dozen" -> 12."""
    cleaned = re.sub(r"^an?\s+", "one ", words.lower().strip())
    dozens = cleaned.count("dozen")
    if dozens:
        rest = cleaned.replace("dozen", "").strip()
        base = word_value(rest) if rest else 1.0
        return None if base is None else base * 12
    value = parse_number(cleaned, language="en")
    return float(value) if value is not None else None


def _digits_value(text: str) -> float:
    return float(text.replace(",", ""))


def _spaced_or_digits(text: str, num: str, start: int) -> float | None:
    """The value of digits; of "12 500" 12500 unless its first group alone is no figure ("May 12
    500 people": a day, then a count)."""
    spaced = spaced_value(num)
    if spaced is None:
        return _digits_value(num)
    first = re.split(r"\D", num, maxsplit=1)[0]
    excluded = exclusion(text, start, start + len(first), first, False, float(first)) is not None
    return None if excluded else spaced


@cache
def _word() -> str:
    """Any number word ("one" among them), as a prefix tree: the figure pattern's and a ratio's."""
    return r"(?:" + word_alternation(lexicon().number_words) + r")"


def find_figures(text: str) -> list[Figure]:
    """Every figure in ``text`` that is not excluded, in order."""
    found: list[Figure] = []
    read_to = 0  # the end of the last figure read: a ratio's second number, a dash range's bound
    for m in _figure_pattern().finditer(text):
        if m.start("num") < read_to:
            continue
        figure = _read(text, m)
        if figure is None:
            continue
        found.append(figure)
        read_to = figure.end
        high = _dash_upper_bound(text, figure, m)
        if high is not None:
            found.append(high)
            read_to = high.end
    return join_ranges(text, _join_comma_spaced(text, found))


def _join_comma_spaced(text: str, figures: list[Figure]) -> list[Figure]:
    """ "96, 448 containers": thousands written with a space after the comma are one figure, when
    the first group has one to three digits and the next exactly three, and neither is part of a
    list ("2, 4, 6", "1, 500 and 600") nor the first a number referred back to ("of the 12, 500")."""
    out: list[Figure] = []
    for g in figures:
        f = out[-1] if out else None
        if f is not None and _comma_spaced(text, f, g):
            scale = g.scale
            value = (f.value * 1000 + g.value / scale) * scale
            out[-1] = Figure(f.start, g.end, value, g.unit or f.unit, f.approx, f.approx_start, scale=scale)
            continue
        out.append(g)
    return out


def _comma_spaced(text: str, f: Figure, g: Figure) -> bool:
    first = text[f.start : f.end]
    second = re.match(r"\d{3}(?![\d.,])", text[g.start : g.end])
    if not (re.fullmatch(r"[^\d\s]?\d{1,3}", first) and second and text[f.end : g.start] == ", "):
        return False
    if f.unit is not None and f.unit not in lexicon().currencies or f.value_high is not None:
        return False
    before = text[max(0, f.start - 12) : f.start]
    after = text[g.end : g.end + 12]
    in_list = re.search(r"\d\s*,\s*$", before) or re.match(r"\s*(?:,|and\b|or\b)\s*\d", after)
    referred = re.search(r"\b(?:the|these|those|of)\s+$", before, re.IGNORECASE)
    return not in_list and not referred


_DASH = re.compile(r"[-–](\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![-–/:]?\d)")


def _dash_upper_bound(text: str, low: Figure, m: re.Match[str]) -> Figure | None:
    """The upper bound of a range written with a dash, "50-100 cheetahs", "15-20 percent" (the
    figure pattern never starts a number right after a dash: "Su-35", "1-0"). A bound more than
    twenty times the lower one (a code, a phone number) or below it (a score) is not read."""
    if m.group("pct") or m.group("scale") or not m.group("num")[0].isdigit():
        return None
    dash = _DASH.match(text, m.end("num"))
    if dash is None:
        return None
    # read the upper bound as if the dash were a space, so its multiplier and unit come with it
    at = dash.start()
    spaced = text[:at] + " " + text[at + 1 : at + 80]
    m2 = _figure_pattern().match(spaced, at + 1)
    high = _read(spaced, m2) if m2 is not None else None
    if high is None or not low.value < high.value / high.scale <= 20 * low.value:
        return None
    return high


def _read(text: str, m: re.Match[str]) -> Figure | None:
    """The figure of one match of the figure pattern, or None when it is no figure."""
    lex = lexicon()
    num = m.group("num")
    num_start = m.start("num")
    is_word = not num[0].isdigit()
    if is_word and num.lower() in lex.scale and re.search(r"\d[\s-]*$", text[:num_start][-8:]):
        return None  # "XY4.5 billion": the scale of digits glued to letters (not read), no figure alone
    times = times_value(num, word_value)
    if times is not None and re.search(
        r"\bth(?:ink|inking|inks|ought)\s+$", text[max(0, num_start - 12) : num_start]
    ):
        return None  # "think twice": an idiom
    if times is not None and _more_of_it(text, m.end("num")):
        return None  # "doubled their efforts": an idiom
    if re.fullmatch(r"(?:an?\s+)?[a-z]+", num, re.IGNORECASE) and num.lower().split()[-1] in lex.fraction:
        share = share_value(num, text, num_start, lex.fraction)  # "half of the wells": 0.5 of them
        if share is None:
            return None
        return Figure(num_start, m.end("num"), share, "fraction", *_hedge(text, num_start))
    if times is not None:  # "twice", "threefold": how many times another figure, nothing counted
        unit = "fraction" if times < 1 else "times"  # "halved": half of it, as "half of" reads
        return Figure(num_start, m.end("num"), times, unit, *_hedge(text, num_start))
    value = half_value(num, word_value) or (
        word_value(num) if is_word else _spaced_or_digits(text, num, num_start)
    )
    article = re.match(r"an?\s+", num, re.IGNORECASE) if is_word else None
    if value is None and article:  # "a two-day meeting": the article is not "one" here
        num, num_start = num[article.end() :], num_start + article.end()
        value = word_value(num)
    if value is None:
        return None
    ratio = (
        None
        if m.group("scale") or m.group("pct")
        else ratio_after(text, m.end("num"), value, _word(), word_value)
    )
    if ratio is not None:  # "one in five": the share, 0.2
        return Figure(num_start, ratio[1], ratio[0], "fraction", *_hedge(text, num_start))
    if exclusion(text, num_start, m.end("num"), num, is_word, value) is not None:
        return None
    fraction = fraction_after(text, m.end("num"), is_word)
    if fraction is not None:  # "two-thirds of voters": 2/3 of them, unit "fraction"
        approx, approx_start = _hedge(text, num_start)
        return Figure(num_start, fraction[1], value / fraction[0], "fraction", approx, approx_start)
    scale = 1.0
    if m.group("scale") and m.group("scale").lower() == "b" and not m.group("cur"):
        return None  # "11b" without a currency: a label ("Article 11b"), not billions
    if m.group("scale"):
        for s in re.findall(r"[a-z]+", m.group("scale").lower()):
            scale *= lex.scale.get(s, 1.0)
        value *= scale
    unit = None
    start = num_start
    if m.group("cur"):
        unit = lex.currency.get(m.group("cur").lower().rstrip("."))
        start = m.start("cur")
    end = m.end()
    if m.group("pct"):
        unit = "%"
    else:
        end = m.end("scale") if m.group("scale") else m.end("num")
        if unit is None:
            unit, end = _unit_after(text, end)
        duration = re.match(r"(\s+|\s*-\s*)([A-Za-z]+)\b", text[end : end + 20])
        if unit is None and duration and duration.group(2).lower() in lex.duration:
            unit = lex.duration[duration.group(2).lower()]  # "three days", "a 5-day workshop"
            end += duration.end()
        times = re.match(r"\s+times\b", text[end : end + 8])
        if unit is None and times:  # "three times as many", "2.5 times the figure": a multiplier
            unit, end = "times", end + times.end()
    approx, approx_start = _hedge(text, start)
    return Figure(start, end, value, unit, approx, approx_start, scale=scale)


_IDIOM_OBJECTS = lexicon_set("en", "figure_idiom_objects")


def _more_of_it(text: str, end: int) -> bool:
    """Whether a multiplier ending at ``end`` acts on something it only intensifies ("doubled
    their efforts", "doubled the pride"): no figure."""
    m = re.match(r"\s+(?:(?:their|its|his|her|our|my|your|the)\s+)?([A-Za-z]+)", text[end : end + 30])
    return m is not None and m.group(1).lower() in _IDIOM_OBJECTS


_DEMONYMS = lexicon_set("en", "demonyms")
_UNIT_TAIL = re.compile(r"(?:\s+|(?<=\d))([a-z][a-z ]{0,20})", re.IGNORECASE)  # "500 tons", "518km"


def _unit_after(text: str, end: int) -> tuple[str | None, int]:
    """The currency or measure written after a figure ending at ``end`` ("500 million dollars",
    "1,600 tons", "9 barrels a day", "2 million Bahraini dinars") and where it ends; else None."""
    lex = lexicon()
    tail = _UNIT_TAIL.match(text, end, end + 24)
    if not tail:
        return None, end
    words = tail.group(1).lower().split()
    if len(words) >= 2 and words[0] in _DEMONYMS and words[1] in lex.currency:
        words = words[1:]  # "2 million Bahraini dinars": the dinars
        tail = _UNIT_TAIL.match(text, tail.start(1) + len(tail.group(1).split()[0]), end + 48)
        if not tail:
            return None, end
    for width in (3, 2, 1):
        phrase = " ".join(words[:width])
        if len(words) >= width and (phrase in lex.currency or phrase in lex.measure):
            if lex.currency_as_written.get(phrase, written := tail.group(1)[: len(phrase)]) != written:
                continue  # "5 billion TRY" is lira, "5 try" not; "6 Afghani soldiers" no money
            return lex.currency.get(phrase) or lex.measure[phrase], tail.start(1) + len(
                " ".join(tail.group(1).split()[:width])
            )
    return None, end


def _hedge(text: str, start: int) -> tuple[str | None, int | None]:
    window = text[max(0, start - 30) : start].lower()
    best: tuple[str | None, int | None] = (None, None)
    for phrase, canonical in lexicon().approx.items():
        if window.endswith(phrase + " ") and (best[1] is None or start - len(phrase) - 1 < best[1]):
            best = (canonical, start - len(phrase) - 1)
    return best
