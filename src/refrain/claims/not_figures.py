"""Numbers that are not figures: years, dates, ages, times, labels, list and phone numbers, references.

:func:`exclusion` says why a number found by :mod:`refrain.claims.figures` is no claim; the month
names and the fraction words it needs live here too.

Size: about 420 lines, one concern (telling a number that states a quantity from one that names,
dates or counts off something); its checks share one reading of the words around the number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from number_parser import parse_number

from refrain.claims.lexicon import lexicon
from refrain.text import lexicon as lexicon_set

MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
MONTH_NUMBER = {m: (i % 12) + 1 for i, m in enumerate(MONTHS[:12])} | {
    m: n for m, n in zip(MONTHS[12:], (1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12), strict=True)
}
_DETERMINERS = lexicon_set("en", "figure_determiners")
_ONE_BEFORE = lexicon_set("en", "figure_one_before")
_REFERENCE_NOUNS = lexicon_set("en", "figure_reference_nouns")
_RESTATED_NOUNS = lexicon_set("en", "figure_restated_nouns")
_LABELS_AFTER = lexicon_set("en", "figure_labels_after")
_HYPHEN_LABELS = lexicon_set("en", "figure_hyphen_labels")
_RANGE_WORD = r"(?:to|-|–|or|and|through|till|until)"
_RATE_BASES = {100.0, 1_000.0, 10_000.0, 100_000.0, 1_000_000.0}
_AGE_RANGE_BEFORE = (
    r"(?i:\b(?:aged?|ages|aging|ageing)(?:\s+of)?\s+(?:between\s+)?[\w.]+(?:\s+years?)?\s*"
    rf"{_RANGE_WORD}\s*$)"
)
# an ordinal before a number makes the pair a name: "the 6th five-year plan", "its third 100-day push"
# ("the first four jets", "the first six months" count: "first" is left out)
_ORDINAL_BEFORE = re.compile(
    r"(?i:\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth)\s+$)"
)


@cache
def _number_word_pattern() -> str:
    words = sorted((w for w in lexicon().number_words if w not in {"one", "a", "an"}), key=len, reverse=True)
    return r"(?:" + "|".join(words) + r")\b"


def _word_before(text: str, pos: int) -> tuple[str, int]:
    """The word ending right before ``pos`` (spaces skipped), lower case, and where it starts."""
    m = re.search(r"([#\w][\w.'’-]*)\W{0,2}$", text[max(0, pos - 40) : pos])
    if not m:
        return "", pos
    return m.group(1).lower().rstrip("."), max(0, pos - 40) + m.start(1)


def _words_after(text: str, pos: int, n: int) -> list[str]:
    """The ``n`` words after ``pos``, lower case, within the clause."""
    clause = re.split(r"[,;.:!?()“”\"]", text[pos : pos + 80], maxsplit=1)[0]
    return re.findall(r"[\w'’-]+", clause.lower())[:n]


def _word_after(text: str, pos: int) -> str:
    m = re.match(r"\s*-?\s*([\w.'’]+)", text[pos : pos + 40])
    return m.group(1).lower().rstrip(".,") if m else ""


_PHONE = re.compile(
    r"(?:\+\d[\d\s().-]{6,}\d|\(\d{2,5}\)\s*\d[\d\s-]{4,}\d|\b\d{3,4}[-.]\d{3,4}[-.]\d{3,4}\b)"
)
_DIMENSION = re.compile(r"\d\s*[x×X]\s*\d")


def _time_word_after(text: str, end: int) -> tuple[str, str] | None:
    """The time word after a number or after the range it starts ("3 days", "three or four months",
    "a 5-day workshop"), lower case, with the word after it; None when there is none."""
    m = re.match(
        rf"(?:\s*{_RANGE_WORD}\s*[\w,.]+)?\s*-?\s*([A-Za-z][\w'’]*(?:\.[A-Z]\.?)?)(?:\.?\s+([\w'’]+))?",
        text[end : end + 60],
    )
    if not m or m.group(1).lower() not in lexicon().period:
        return None
    return m.group(1).lower(), (m.group(2) or "").lower()


@cache
def _month_pattern() -> str:
    names = sorted(set(MONTHS) | lexicon().other_months, key=len, reverse=True)
    return "|".join(re.escape(n) for n in names)


def _in_date_range(text: str, start: int, end: int) -> bool:
    """ "May 3 to 7", "July 10 and 11", "8-12 March": the day numbers of a span of dates."""
    months = _month_pattern()
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    before = rf"\b(?i:{months})\.?\s+{day}\s*{_RANGE_WORD}\s*$"
    after = rf"\s*{_RANGE_WORD}\s*{day}\s+(?i:{months})\b"
    return bool(re.search(before, text[max(0, start - 40) : start]) or re.match(after, text[end : end + 40]))


def _name_label_before(text: str, start: int) -> bool:
    """A number right after a capitalised word inside a sentence names a thing: "Lark 1", "the
    Group 24", "Russian MiG 29". Sentence openers ("Some 30 ...") and possessives ("Iran's 80
    million") are not labels."""
    m = re.search(r"([A-Z][\w'’-]*) $", text[max(0, start - 40) : start])
    if not m or m.group(1).endswith(("'s", "’s")) or m.group(1).lower() in lexicon().currency_before:
        return False  # "Rs 100 crore" is money
    prefix = text[: start - len(m.group(0))].rstrip(" \t")
    return bool(prefix) and prefix[-1] not in ".!?:;“\"‘'(\n–—-"


def _label_word(word: str) -> bool:
    """A word that makes the number after it a label, singular or plural ("line 6", "lines 6
    and 7", "phases 22 and 24")."""
    labels = lexicon().excluded_before
    low = word.lower()
    return low in labels or (
        low.endswith("s") and (low[:-1] in labels or (low.endswith("es") and low[:-2] in labels))
    )


def _ends_label(text: str, end: int) -> bool:
    """Whether a number after a plural label word ends there as a label of a list ("lines 6 and
    7", "phases 22, 23 of"), not as a count with its noun ("the two lines 70 kilometers long")."""
    return bool(re.match(r"\s*(?:,|and\b|or\b|&|of\b|\)|[.;:!?]|$)", text[end : end + 8]))


def _label_listed_before(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows a label joined to it by "and", "or" or "&"
    ("Boeing 707 and 747", "Lark 1, 2 and 3", "lines 6 and 7"): a label of the same list (not
    "May 12 and 300")."""
    m = re.search(
        r"\b([A-Za-z][\w'’-]*) (\d+)(?:, \d+)*(,|,? (?:and|or|&)) $", text[max(0, start - 40) : start]
    )
    if not m or m.group(1).lower() in MONTH_NUMBER or m.group(1).lower() in lexicon().other_months:
        return False
    if _label_word(m.group(1)):
        return True
    if m.group(3) == ",":
        return False  # "By 2050, 2 billion people": a list goes on with a comma only after a label word
    return m.group(1)[0].isupper() and _name_label_before(text, max(0, start - 40) + m.start(2))


@dataclass(frozen=True, slots=True)
class _Around:
    """A number and what is written around it, read once for every exclusion check."""

    text: str
    start: int
    end: int
    num_text: str
    is_word: bool
    value: float
    before: str  # the word before, lower case
    before_at: int
    after: str  # the word after, lower case
    left: str  # three characters before
    right: str  # three characters after
    time_word: tuple[str, str] | None
    tail: str  # 25 characters after, lower case


def exclusion(text: str, start: int, end: int, num_text: str, is_word: bool, value: float) -> str | None:
    """Why the number at ``[start, end)`` is not a claim (year, date, age, time, label, ...), or None."""
    if fraction_after(text, end, is_word) is not None:
        return None  # "two-thirds", "one quarter", "1/3"
    if not is_word and re.match(r"/\d", text[end : end + 2]):
        return "identifier"  # "24/7", "9/11", "35/45": not a fraction
    before, before_at = _word_before(text, start)
    at = _Around(
        text,
        start,
        end,
        num_text,
        is_word,
        value,
        before,
        before_at,
        _word_after(text, end),
        text[max(0, start - 3) : start],
        text[end : end + 3],
        _time_word_after(text, end),
        text[end : end + 25].lower(),
    )
    for check in (_one, _written_form, _date_or_age, _label_or_time, _list_phone_or_url, _reference):
        reason = check(at)
        if reason is not None:
            return reason
    return None


def _one(at: _Around) -> str | None:
    """ "one" that is an idiom or an article, not a count ("one day", "one of them")."""
    if not (at.is_word and at.num_text.lower() in {"one", "a", "an"}):
        return None
    text, end, time_word = at.text, at.end, at.time_word
    alternative = re.match(r"\s+(?:or|to)\s+(?:two|three|2|3)\b", text[end : end + 12], re.IGNORECASE)
    # "one week", "for one day" are lengths of time; "one day" alone is the idiom (some day)
    timed = time_word is not None and time_word[0] in lexicon().duration
    # "two bronze coins and four copper ones": a count beside another count of the clause
    words = r"(?:[a-z][\w'’-]*\s+){1,3}"
    counted = re.match(rf"\s+(?!of\b){words}and\s+(?:\d|{_number_word_pattern()})", text[end : end + 60])
    if (
        not alternative
        and not counted
        and not (timed and (time_word[0] != "day" or at.before in _ONE_BEFORE))
    ):
        return "one"
    return None


def _written_form(at: _Around) -> str | None:
    """What the digits' form says: an ordinal, a time or code, a dimension, an identifier, a year."""
    lex = lexicon()
    text, start, end, num_text, is_word, right = at.text, at.start, at.end, at.num_text, at.is_word, at.right
    if re.match(r"(?:st|nd|rd|th|s)\b", text[end : end + 3], re.IGNORECASE) and not is_word:
        return "ordinal"  # 21st, 1980s
    if re.match(r"[:.]\d", right) or re.search(r"\d[:.]$", at.left):
        return "time or code"
    if _DIMENSION.search(text[max(0, start - 4) : end + 4]):
        return "dimension"
    glued = re.match(r"[A-Za-z]+\b", text[end : end + 12])
    if (
        not is_word
        and glued
        and not re.match(r"(?:m|k|bn|b)\b", right)
        and glued.group().lower() not in lex.measure
        and glued.group().lower() not in lex.scale  # "41million": a multiplier written without a space
    ):
        return "identifier"  # 5G, 10am, MH17-style codes; "518km" is a distance
    if not is_word and "," not in num_text and "." not in num_text and len(num_text) == 4:
        if 1300 <= at.value <= 2100 and at.after not in lex.people and at.after not in lex.measure:
            if at.after not in lex.duration:
                return "year"
    return None


def _date_or_age(at: _Around) -> str | None:
    """A day of a month ("October 9", "2-October 9"), or an age ("aged 40", "Lena Holm, 40,")."""
    lex = lexicon()
    text, start, end, before, after, value = at.text, at.start, at.end, at.before, at.after, at.value
    before_part = re.split(r"[-–]", before)[-1]  # "2-October 9": the word before is "October"
    if (
        before_part in MONTH_NUMBER
        or after in MONTH_NUMBER
        or before_part in lex.other_months
        or after in lex.other_months
        or (after == "of" and _word_after(text, end + 3) in MONTH_NUMBER)
        or _in_date_range(text, start, end)
    ):
        if value <= 31 and value == int(value):
            return "date"
    if re.match(r"\s*(?:-|\s)?\s*(?:years?|yrs?)[\s-]+old\b|-year-old|\s*years?\s+of\s+age\b", at.tail):
        return "age"
    if before in {"aged", "age", "ages", "aging", "ageing"} or re.search(
        r"\b(?:ages? of|(?:aged?|ages|aging|ageing)\s+between)\s*$", text[max(0, start - 20) : start].lower()
    ):
        return "age"  # "aged 40", "the age of 40", "aged between 20 and 59"
    if re.search(_AGE_RANGE_BEFORE, text[max(0, start - 60) : start]):
        return "age"  # "aged 5 to 18 years", "between the ages of 30 and 69": the range's upper age
    if re.search(r"[A-Z][a-z]+,\s*$", text[max(0, start - 30) : start]) and re.match(
        r"\s*,", text[end : end + 2]
    ):
        if 10 <= value <= 110:
            return "age"
    return None


def _label_or_time(at: _Around) -> str | None:
    """A label ("a two-state solution", "Article 5", "Five-Year Plan") or a time ("5 pm", "two
    years ago")."""
    lex = lexicon()
    text, start, end, before, is_word = at.text, at.start, at.end, at.before, at.is_word
    hyphened = re.match(r"-([A-Za-z]+)", text[end : end + 20])
    if hyphened and is_word and hyphened.group(1).lower() not in lex.duration:
        if before in _DETERMINERS or before in {"a", "an"}:
            return "label"  # "a two-state solution", "the three-party talks": a kind of thing
    if hyphened and (hyphened.group(1).lower() == "second" or hyphened.group(1)[0].isupper()):
        return "label"  # "forty-second" is an ordinal; "Five-Year Plan" a name
    if _ORDINAL_BEFORE.search(text, max(0, start - 20), start):
        return "label"
    if is_word and at.num_text[:1].isupper() and _name_label_before(text, start):
        return "label"  # "World War Two", "Gate Three"
    if hyphened and hyphened.group(1).lower() in _HYPHEN_LABELS:
        return "label"  # "Varnia's four-point plan", "a three-way race": a kind of thing
    if at.time_word is not None:
        if at.time_word[0] not in lex.duration:
            return "time"  # "5 pm", "75 AH"
        if at.time_word[1] in lex.time_after:
            return "time reference"  # "two years ago" dates something; "two years" is a length
    if re.match(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|hrs\b|o'clock)", at.tail):
        return "time"
    restated = before == "number" and re.search(
        r"\b(?:this|that|the|total|same)\s+number\W{0,2}$", text[max(0, start - 25) : start], re.IGNORECASE
    )
    # "Article 5", "No. 3"; but "Of this number 2,757 died" counts, and "… a week, 150 tons" is no "Week 150"
    label = before in lex.excluded_before or before == "#" or (_label_word(before) and _ends_label(text, end))
    if label and not restated and "," not in text[at.before_at : start]:
        return "label"
    if not is_word and "," not in at.num_text and _name_label_before(text, start):
        return "label"
    if not is_word and "," not in at.num_text and _label_listed_before(text, start):
        return "label"  # "Boeing 707 and 747 cargo planes": the second model of a list
    if not is_word and "," not in at.num_text and at.after in _LABELS_AFTER:
        return "label"  # "the 2231 resolution"
    return None


def _list_phone_or_url(at: _Around) -> str | None:
    """A list or footnote number ("(1) …", "2. …" at a line's start, "[3]"), a name ("Group of
    20"), part of a phone number or of a URL."""
    text, start, end, num_text = at.text, at.start, at.end, at.num_text
    if text[start - 1 : start] == "[" and text[end : end + 1] == "]" and not at.is_word:
        return "footnote number"  # "the 2015 deal [3]"
    if re.search(r"\bGroup of\s*$", text[max(0, start - 10) : start]):
        return "label"  # "the Group of 20": a name
    line_start = text.rfind("\n", 0, start) + 1
    if re.fullmatch(r"\s*\(?", text[line_start:start]) and re.match(r"\s*[.)]\s", text[end : end + 3]):
        return "list number"
    if (
        not at.is_word
        and at.value <= 50
        and re.search(r"[.?!”\"]\s{1,3}$", text[max(0, start - 4) : start])
        and re.match(r"\.\s*[A-Z]", text[end : end + 3])
    ):
        return "list number"  # "… enslavement.  3. What do you believe …": a numbered question run in
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")" and at.value <= 50:
        # "(1) Major General …; (2) …": a list number inside a line
        if re.match(r"\)\s+[A-Z]", text[end : end + 4]) or re.search(
            r"[:;]\s*\($", text[max(0, start - 4) : start]
        ):
            return "list number"
    if (
        not at.is_word
        and at.value <= 50
        and re.match(r"\)\s+[A-Za-z]", text[end : end + 3])
        and re.search(r"(?:^|[\s,;:])$", text[max(0, start - 1) : start])
        and "(" not in text[max(0, start - 40) : start]
    ):
        return "list number"  # "four levels: 1) cultural, 2) economic": numbered in the line
    offset = max(0, start - 25)
    for phone in _PHONE.finditer(text[offset : end + 25]):
        if phone.start() + offset <= start and end <= phone.end() + offset and "," not in num_text:
            return "phone number"
    if re.search(r"(?:https?://|www\.|@)\S*$", text[max(0, start - 60) : start]):
        return "url"
    return None


def _counted_before(text: str, before: int, num_text: str) -> bool:
    """Whether the number written ``num_text`` (a word: "three") is written before ``before``, as
    a word or in digits."""
    value = parse_number(num_text.lower(), language="en")
    digits = rf"|\b{int(value)}\b" if value is not None else ""
    return re.search(rf"\b{re.escape(num_text)}\b{digits}", text[:before], re.IGNORECASE) is not None


def _reference(at: _Around) -> str | None:
    """A number that refers back ("the two countries", "the other two"), or an identifier ("P5+1")."""
    text, start, end, is_word, value = at.text, at.start, at.end, at.is_word, at.value
    if (
        is_word
        and value <= 10
        and at.before in _DETERMINERS
        and at.before_at < start
        and text[end : end + 1] != "-"
    ):
        # "the two countries", "the three countries" name things the article names; "the three
        # men" and "the five permanent members" refer back only when the article counted them
        # before ("three men were held … the three men"), else they count them
        nouns = set(_words_after(text, end, 3))
        restated = _RESTATED_NOUNS & nouns and _counted_before(text, at.before_at, at.num_text)
        if value == 2 or (_REFERENCE_NOUNS - _RESTATED_NOUNS) & nouns or restated:
            return "reference"
    if (
        is_word
        and value <= 10
        and re.search(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+other\s+$", text[max(0, start - 16) : start])
        and re.match(r"\s*[,:(–—]", text[end : end + 3])
    ):
        return (
            "reference"  # "the other two, Norway and Chile": named next; "the other three were freed" counts
        )
    if is_word and re.search(
        r"\b(?:mother|father|parent)s?\s+of\s+$", text[max(0, start - 16) : start], re.IGNORECASE
    ):
        return "phrase"  # "a mother of two" describes a person
    if is_word and value == 2 and re.match(r"\s+sides\b", text[end : end + 7], re.IGNORECASE):
        return "phrase"  # "the two sides agreed", "two sides of the same coin": parties, not a count
    if re.match(r"\s*\+\s*\d", at.right):
        return "identifier"  # P5+1
    if at.before == "per" and at.value in _RATE_BASES:
        return "rate base"  # "35 donors per million", "9 deaths per 100,000": the rate's divisor
    if not is_word and re.search(
        r"(?i:\b(?:era|dynasty|period|reign|empire|kingdom|rule)\s*\(\s*(?:\d{1,4}\s*[-–]\s*)?$)",
        text[max(0, start - 30) : start],
    ):
        return "year"  # "the Sassanid era (224–651)": the years of an age, not a count
    return None


def fraction_after(text: str, end: int, is_word: bool) -> tuple[float, int] | None:
    """The denominator of a fraction written after a number and where it ends: "two-thirds" (3),
    "one quarter" (4); in digits "1/3" (3), only a small proper fraction ("24/7" is none)."""
    if is_word:
        m = re.match(r"[-\s]([A-Za-z]+)\b", text[end : end + 12])
        if m and m.group(1).lower() in lexicon().fraction:
            return lexicon().fraction[m.group(1).lower()], end + m.end()
        return None
    m = re.match(r"/(\d{1,2})(?![\d/])", text[end : end + 4])
    numerator = re.search(r"(\d+)$", text[max(0, end - 3) : end])
    if m and numerator and int(numerator.group(1)) < int(m.group(1)) <= 10:
        return float(m.group(1)), end + m.end()
    return None
