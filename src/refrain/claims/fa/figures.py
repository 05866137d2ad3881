"""Persian figures: number phrases read with their unit, hedge and range, told from dates, years,
times, ordinals, labels, codes and the indefinite "یک" ("a")."""

from __future__ import annotations

from dataclasses import dataclass

from refrain.claims.fa.dates import _month
from refrain.claims.fa.lexicon import Unit, figure_words, lexicon
from refrain.claims.fa.numbers import NumberPhrase, is_number_word, read_number
from refrain.claims.fa.units import people_tonne, sub_measure, unit_at
from refrain.text import NumberToken

_AMBIGUOUS = figure_words("figure_ambiguous")
_ADJECTIVE_AFTER = figure_words("figure_adjective_after")
_TIME_OF_DAY = figure_words("figure_time_of_day")
_RANGE_WORDS = figure_words("figure_range_words")
_ORDINAL_SUFFIXES = ("مین", "ام", "م")
_ORDINAL_WORDS = figure_words("figure_ordinal_words")
_DEMONSTRATIVES = figure_words("figure_demonstratives")
_STRICT_LABELS = figure_words("figure_strict_labels")
_VAGUE = figure_words("figure_vague")
_COORDINATORS = figure_words("figure_coordinators")
_BESIDE = 25  # characters between two listed counts
_LIST_MARKS = frozenset({".", "-", ")", "ـ", "_"})


@dataclass(frozen=True, slots=True)
class PersianFigure:
    start: int  # the number as written, multipliers included ("۲ میلیون و ۵۰۰ هزار")
    end: int
    value: float
    unit: Unit | None
    unit_start: int | None  # the unit or counted noun after the number
    unit_end: int | None
    approx: str | None  # canonical hedge ("about", "more than", "between")
    approx_start: int | None
    after: int  # token index right after the number and its unit
    weak: bool = False  # "یک" before a counted noun: "a" unless other counts stand beside it


def _is_ordinal_word(word: str) -> bool:
    if word in _ORDINAL_WORDS:
        return True
    numbers = lexicon().numbers
    return any(word.endswith(s) and word[: -len(s)] in numbers for s in _ORDINAL_SUFFIXES)


def _denominator(word: str) -> float | None:
    """ "سوم" -> 3, "چهارم" -> 4, "دهم" -> 10: the ordinal that makes a fraction ("سه چهارم" = 3/4)."""
    if word == "سوم":
        return 3.0
    value = lexicon().numbers.get(word[:-1]) if word.endswith("م") else None
    return value if value and value >= 2 else None


def _fraction(tokens: list[NumberToken], phrase: NumberPhrase) -> NumberPhrase:
    """ "دو سوم" (two thirds), "سه چهارم": the number with its ordinal read as one fraction."""
    j = phrase.last + 1
    if phrase.scale is None and phrase.value < 10 and j < len(tokens) and tokens[j].kind == "word":
        d = _denominator(tokens[j].text)
        if d is not None:
            return NumberPhrase(phrase.first, j, phrase.value / d, None, phrase.words_only)
    return phrase


def _pair_follows(tokens: list[NumberToken], k: int) -> bool:
    """Whether "و" or a range word and a number follow at ``k`` ("بین ۲۰۰ ریال و ۳۰۰ ریال")."""
    return (
        k + 1 < len(tokens)
        and tokens[k].text in _RANGE_WORDS | {"و"}
        and read_number(tokens, k + 1) is not None
    )


def _approx_before(tokens: list[NumberToken], i: int) -> tuple[str, int] | None:
    lex = lexicon()
    for n in range(lex.max_approx_words, 0, -1):
        if i - n < 0:
            continue
        key = tuple(t.text for t in tokens[i - n : i])
        if key in lex.approx:
            return lex.approx[key], tokens[i - n].start
    return None


def _glued(folded: str, tok: NumberToken, side: int) -> str:
    """The character right before (side -1) or after (side +1) a token, "" at the text's ends."""
    pos = tok.start - 1 if side < 0 else tok.end
    return folded[pos] if 0 <= pos < len(folded) else ""


_YEAR_WORDS = figure_words("figure_year_words")


def _counted_after_label(prev: NumberToken, phrase: NumberPhrase, unit: tuple[Unit, int] | None) -> bool:
    """After a label word, a number with a multiplier or a unit is a figure all the same ("سالن ۶ هزار
    نفری"); after "سال" only one that cannot be a year ("سال ۶۶۸ پرونده", not "سال 87 نفر")."""
    if prev.text in _YEAR_WORDS:
        if unit is None or unit[0].kind not in ("count", "classifier"):
            return False
        value = phrase.value
        return not (value < 100 or 1300 <= value <= 1499 or 1900 <= value <= 2100)
    if phrase.scale is not None:
        return True
    kinds = ("money", "measure") if prev.text in _STRICT_LABELS else ("money", "measure", "classifier")
    return unit is not None and unit[0].kind in kinds  # "در منطقه ۵ نفر": five people


@dataclass(frozen=True, slots=True)
class _Around:
    """A number phrase and what stands right beside it, read once for :func:`_not_a_figure`."""

    folded: str
    tokens: list[NumberToken]
    phrase: NumberPhrase
    unit: tuple[Unit, int] | None
    first: NumberToken
    last: NumberToken
    prev: NumberToken | None
    nxt: NumberToken | None
    before: str  # the character glued before the phrase, or ""
    after: str  # the character glued after it, or ""

    @property
    def single(self) -> bool:
        return self.phrase.first == self.phrase.last


def _not_a_figure(
    folded: str, tokens: list[NumberToken], phrase: NumberPhrase, unit: tuple[Unit, int] | None
) -> bool:
    """Dates, years, clock times, ordinals, labels, codes, list marks and the indefinite "یک"."""
    first, last = tokens[phrase.first], tokens[phrase.last]
    a = _Around(
        folded, tokens, phrase, unit, first, last,
        prev=tokens[phrase.first - 1] if phrase.first > 0 else None,
        nxt=tokens[phrase.last + 1] if phrase.last + 1 < len(tokens) else None,
        before=_glued(folded, first, -1), after=_glued(folded, last, +1),
    )  # fmt: skip
    if _a_code_or_vague(a) or _a_date_or_time(a):
        return True
    counted_after = _counted_after(a)
    return _labelled(a, counted_after) or _lone(a, counted_after)


def _a_code_or_vague(a: _Around) -> bool:
    """Glued to letters or slashes ("ح40", "/86011/"), clock times ("۲۱:۳۰"), phone numbers, list
    item numbers, "tens of thousands" and ordinals written in digits ("۱۲مین")."""
    first, last, prev, nxt, tokens, phrase = a.first, a.last, a.prev, a.nxt, a.tokens, a.phrase
    before, after = a.before, a.after
    if first.kind == "num" and before in ("/", ":", "#") and before:
        return True
    short_code = prev is None or prev.kind == "latin" or len(prev.text) == 1
    short_code = short_code or (
        prev is not None and len(prev.text) == 2 and prev.text not in lexicon().function_words
    )
    if first.kind == "num" and before.isalpha() and short_code:
        return True  # "ح40", "ض1002", "F16": a code (a longer word glued on is a missing space)
    if last.kind == "num" and after in ("/", ":") and after:
        return True
    if last.kind == "num" and after == "-" and nxt is not None and phrase.last + 2 < len(tokens):
        if tokens[phrase.last + 2].kind == "word" and not is_number_word(tokens[phrase.last + 2].text):
            return True  # "... 9- بستان آباد 10- وزرقان": an item number in a list
    if last.kind == "num" and after == "ه" and nxt is not None and nxt.text.startswith("ها"):
        return True  # "۱۰ها هزار": tens of thousands, no figure
    if prev is not None and prev.text in _VAGUE:
        return True  # "صدها هزار", "هزاران میلیون": hundreds of thousands
    if (
        prev is not None
        and prev.text == "ها"
        and phrase.first >= 2
        and tokens[phrase.first - 2].end == prev.start
    ):
        return True  # the "هزار" of "۱۰ها هزار"
    if first.kind == "num" and len(first.text) >= 7 and first.text.startswith("0"):
        return True
    # "۱۲مین", "۳ام": an ordinal in digits
    return bool(last.kind == "num" and after and after.isalpha() and nxt and _is_ordinal_word("ی" + nxt.text))


def _day_list_month(tokens: list[NumberToken], k: int) -> bool:
    """Whether ``k`` opens "، ۱۲ و ۱۴ آوریل": a comma or "و", then days (numbers to 31) joined so,
    ending in a month."""
    joined = False
    while k + 1 < len(tokens) and tokens[k].text in ("،", ",", "و"):
        day = tokens[k + 1]
        if day.kind != "num" or not day.text.isdigit() or int(day.text) > 31:
            return False
        k, joined = k + 2, True
    return joined and k < len(tokens) and tokens[k].kind == "word" and _month(tokens[k].text) is not None


def _a_date_or_time(a: _Around) -> bool:
    """A day of a month ("۲۷ آذر"), a word that makes the number an adjective or a time of day,
    an ordinal in words ("بیست و هفتم")."""
    nxt, phrase, tokens = a.nxt, a.phrase, a.tokens
    if nxt is not None and nxt.text == "\u200c" and phrase.last + 2 < len(tokens):
        nxt = tokens[phrase.last + 2]  # "۱۳‌آبان‌ماه": a ZWNJ between the day and the month
    if phrase.scale is None and phrase.value <= 31 and _day_list_month(tokens, phrase.last + 1):
        return True  # "(۱۰، ۱۲ و ۱۴ آوریل)": days listed before one month
    if nxt is None or nxt.kind != "word":
        return False
    # "ربیع الاول" written apart: a month of two words
    two = f"{nxt.text} {tokens[phrase.last + 2].text}" if phrase.last + 2 < len(tokens) else ""
    if (_month(nxt.text) or (two and _month(two))) and phrase.scale is None and phrase.value <= 31:
        return True  # "۲۷ آذر", "18 اکتبر", "12 ربیع الاول"
    if nxt.text in _ADJECTIVE_AFTER or nxt.text in _TIME_OF_DAY:
        return True
    # "بیست و هفتم": an ordinal in words
    return (
        nxt.text == "و" and phrase.last + 2 < len(tokens) and _is_ordinal_word(tokens[phrase.last + 2].text)
    )


def _counted_after(a: _Around) -> bool:
    """Whether a counted noun follows: a content word, or the unit of the next number of a list
    ("۱۲ و ۱۵ خانه": counted with the next one)."""
    nxt, tokens = a.nxt, a.tokens
    counted_after = nxt is not None and nxt.kind == "word" and nxt.text not in lexicon().function_words
    if nxt is not None and nxt.text in _COORDINATORS and a.phrase.last + 2 < len(tokens):
        other = read_number(tokens, a.phrase.last + 2)
        counted_after = other is not None and unit_at(tokens, other.last + 1) is not None
    return counted_after


def _labelled(a: _Around, counted_after: bool) -> bool:
    """A label's number ("ماده 101", "ساعت: 19"), a year after a month, an age class, "both", a
    clock range ("از 9 صبح تا 7 شب")."""
    lex = lexicon()
    prev, nxt, phrase, tokens, unit = a.prev, a.nxt, a.phrase, a.tokens, a.unit
    if prev is not None and prev.text == ":" and phrase.first >= 2:
        if tokens[phrase.first - 2].text in lex.label_words and unit is None:
            return True  # "ساعت: 19", "شماره: 12"
    if prev is not None and prev.kind == "word":
        demonstrative = phrase.first >= 2 and tokens[phrase.first - 2].text in _DEMONSTRATIVES
        labelled = prev.text in lex.label_words and not (demonstrative and counted_after)
        if (labelled or _month(prev.text)) and not _counted_after_label(prev, phrase, unit):
            return True  # "ماده 101", "سال 87", "سپتامبر ۱۹۶۰"
        if prev.text == "زیر" and unit and unit[0].code == "year":
            return True  # "زیر 23 سال": an age class
        if prev.text == "هر" and phrase.words_only and not counted_after:
            return True  # "هر دو": both
    if nxt is not None and nxt.text == "شب" and prev is not None and prev.text in _RANGE_WORDS:
        if phrase.first >= 3 and tokens[phrase.first - 2].text in _TIME_OF_DAY:
            return True  # "از 9 صبح تا 7 شب"
    return False


def _lone(a: _Around, counted_after: bool) -> bool:
    """A number standing alone: a part or footnote number, a list mark, a multiplier or "یک"
    without a number or unit, "نه ... نه", a year, a citation, a name's or label's number."""
    lex = lexicon()
    first, prev, nxt, phrase, unit, single = a.first, a.prev, a.nxt, a.phrase, a.unit, a.single
    if single and first.kind == "num" and unit is None and a.before in ("(", "[") and a.after in (")", "]"):
        return True  # "(3)", "[7]": a part or footnote number
    # a list mark at the start of a line: "1. ..." "2- ..."
    if (
        (prev is None or "\n" in a.folded[prev.end : first.start])
        and nxt is not None
        and nxt.text in _LIST_MARKS
    ):
        return True
    if single and first.kind == "word" and first.text not in lex.scales and first.text not in lex.numbers:
        return True  # "ثروت‌های میلیاردی": a multiplier as an adjective without a number is vague
    if single and first.kind == "word" and first.text in _AMBIGUOUS and unit is None:
        return True  # "یک" alone: "a", "one"
    if single and first.text == "نه" and unit is not None and unit[0].kind == "count":
        return True  # "نه کشور ... نه ...": neither ... nor
    if unit is None and phrase.scale is None and first.kind == "num" and single:
        whole = float(phrase.value).is_integer()
        if whole and (1300 <= phrase.value <= 1499 or 1900 <= phrase.value <= 2100):
            return True  # a year
        if prev is not None and (prev.text == "/" or prev.kind == "latin"):
            return True  # "(سوره/ 204)": a citation; "Archos 10": a model name
        if (
            prev is not None
            and prev.kind == "word"
            and prev.text not in lex.function_words
            and prev.text not in lex.approx_words
            and not counted_after
        ):
            if not (nxt is not None and nxt.text == "بر"):  # "3 بر صفر": a score
                return True  # "مدافعان حرم 3", "لاوتزی 19": a name or label
    return False


def find_figures(folded: str, tokens: list[NumberToken]) -> list[PersianFigure]:
    """Every figure in folded text (``lexicon.fold``); offsets are offsets into the stored text too."""
    found: list[PersianFigure] = []
    excluded_last = -1  # last token of the last number read as a label, year or date
    i = 0
    pending_range: tuple[PersianFigure, NumberPhrase] | None = None
    while i < len(tokens):
        tok = tokens[i]
        number = tok.kind == "num" or (tok.kind == "word" and is_number_word(tok.text))
        phrase = read_number(tokens, i) if number else None
        if phrase is None:
            i += 1
            continue
        phrase = _fraction(tokens, phrase)
        j = phrase.last + 1
        unit = unit_at(tokens, j)
        # a range "۱۰ تا ۱۵ هزار نفر", "از ۱۲ هزار تا ۱۳ هزار": the low end takes the high end's unit
        range_high = None
        joins = _RANGE_WORDS | {"-"}
        if (_approx_before(tokens, i) or ("", 0))[0] == "between":
            joins = joins | {"و"}  # "بین ۱۰ و ۲۰ خانه"
        if j + 1 < len(tokens) and tokens[j].text in joins and unit is None:
            range_high = read_number(tokens, j + 1)
        if range_high is not None:
            high_unit = unit_at(tokens, range_high.last + 1)
            if _not_a_figure(folded, tokens, range_high, high_unit) and high_unit is None:
                i = range_high.last + 1  # "۴ تا ۱۱ مهرماه", "از 9 صبح تا 7 شب": both ends are dates/times
                continue
            unit = high_unit
        coordinated = i >= 2 and tokens[i - 1].text in _COORDINATORS and excluded_last == i - 2
        if _not_a_figure(folded, tokens, phrase, unit) or (coordinated and unit is None):
            excluded_last = phrase.last  # "سال‌های ۹۶ و ۹۷": the second is a year too
            i = phrase.last + 1
            continue
        value = phrase.value
        if range_high is not None and phrase.scale is None and range_high.scale and value < range_high.value:
            value *= range_high.scale
        hedge = _approx_before(tokens, i)
        if hedge and hedge[0] == "between" and range_high is None:
            if not _pair_follows(tokens, unit[1] + 1 if unit else j):
                hedge = None  # "بین دو کشور": the preposition "between", no range
        if range_high is not None or (pending_range and pending_range[1].last + 2 == i):
            hedge = ("between", hedge[1] if hedge else tok.start)
        elif i >= 2 and tokens[i - 1].text in _RANGE_WORDS and found and found[-1].approx == "between":
            hedge = ("between", tok.start)
        elif hedge is None and i >= 1 and tokens[i - 1].text == "تا":
            hedge = ("up to", tokens[i - 1].start)  # "تا ۲۰ هزار تومان"
        unit_span = (tokens[j].start, tokens[unit[1]].end) if unit and range_high is None else (None, None)
        after = unit[1] + 1 if unit and range_high is None else j
        last_token = phrase.last
        if unit and range_high is None:
            unit = people_tonne(tokens, phrase, unit)
            sub = sub_measure(tokens, unit)
            if sub is not None:  # "یک کیلو و ۴۰۰ گرم" = 1.4 kg
                value += sub[0]
                last_token, after = sub[1], sub[1] + 1
            if hedge is None and after + 1 < len(tokens) and tokens[after].text in _RANGE_WORDS:
                high = read_number(tokens, after + 1)  # "۲۰۰۰ ریال تا ۲۲۰۰ ریال"
                high_unit = unit_at(tokens, high.last + 1) if high else None
                if high_unit is not None and high_unit[0] == unit[0]:
                    hedge = ("between", tok.start)
        fig = PersianFigure(
            tokens[phrase.first].start,
            tokens[last_token].end,
            value,
            unit[0] if unit else None,
            unit_span[0],
            unit_span[1],
            hedge[0] if hedge else None,
            hedge[1] if hedge else None,
            after,
            weak=phrase.first == phrase.last and tok.text == "یک" and fig_unit_kind(unit) == "count",
        )
        found.append(fig)
        pending_range = (fig, phrase) if range_high is not None else None
        i = last_token + 1
    return [f for f in found if not f.weak or _counted_beside(f, found, folded)]


def fig_unit_kind(unit: tuple[Unit, int] | None) -> str | None:
    return unit[0].kind if unit else None


def _counted_beside(fig: PersianFigure, found: list[PersianFigure], folded: str) -> bool:
    """ "۳ پیروزی و یک باخت", "یک کشته و ۲۹ مجروح", "یک پرونده خودرو و یک پرونده ...": a "یک" before a
    counted noun is a count when it is listed with another count (joined by "و" or "،", at most
    ``_BESIDE`` characters apart, no sentence end between); alone it is the article "a"."""
    for other in found:
        if other is fig or other.unit is None or other.unit.kind not in ("count", "classifier"):
            continue
        if other.weak and other.unit != fig.unit:
            continue
        gap = folded[other.end : fig.start] if other.end <= fig.start else folded[fig.end : other.start]
        joined = "و" in gap.split() or (not other.weak and "،" in gap)  # two "a X"s only with "و"
        if len(gap) <= _BESIDE and joined and not any(c in gap for c in ".!?؟؛\n"):
            return True
    return False
