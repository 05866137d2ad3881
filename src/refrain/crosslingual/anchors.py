"""The anchors a quotation names, in either language: places, a few bodies and topics that a
translation keeps, like its numbers (``data/anchors.txt``: one anchor a line, its Persian and
English forms).

A Persian form matches a whole word, or one with a plural or adjective ending («آمریکاییها»), or
with a trailing ``*`` any word it starts; an English form matches at the start of a word
("American", "Iraqi") with its case as written ("US", not "us"). :func:`anchors_en` with
``in_names=False`` leaves out a form that starts a longer capitalised name ("British Petroleum",
"Washington Post"): such a name is transliterated, not translated.

>>> sorted(anchors_fa("ما با آمریکاییها و دولت عراق درباره تحریمها گفت‌وگو نمی‌کنیم"))
['آمریکا', 'تحریم', 'عراق']
>>> sorted(anchors_en("We will not talk to the Americans or to Baghdad about sanctions"))
['آمریکا', 'تحریم', 'عراق']
>>> sorted(anchors_en("British Airways will stay", in_names=False)), anchors_en("Let us talk")
([], frozenset())
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from refrain.text import normalize

ANCHORS_FILE = Path(__file__).resolve().parent / "data" / "anchors.txt"
# endings a Persian place word takes: plural, adjective, both (ZWNJ removed by normalize)
_FA_ENDINGS = "(?:ی|یی|ها|های|هایی|یها|یهای|ییها|ییهای|یان|ییان|ان)?"
# letters only: the block's punctuation («،» «؛» «؟»), digits and signs end a word
_FA_LETTER = "\u0620-\u065f\u066e-\u06d3\u06d5-\u06ef\u06fa-\u06ff"
# what follows an English form when it starts a longer name: letters of the same word, then a
# capitalised word ("British Petroleum", "US President")
_NAME_AFTER = re.compile(r"[A-Za-z.]*\s+[A-Z][a-z]")
# where an English form can start: a letter not preceded by one (what each pattern's lookbehind asks)
_EN_WORD_START = re.compile(r"(?<![A-Za-z])[A-Za-z]")

Patterns = list[tuple[str, re.Pattern[str]]]
EnPatterns = list[tuple[str, re.Pattern[str], tuple[str, ...]]]  # with the English forms


def _fa_pattern(forms: list[str]) -> re.Pattern[str]:
    parts = []
    for form in sorted(forms, key=len, reverse=True):
        if form.endswith("*"):
            parts.append(re.escape(form[:-1]) + f"[{_FA_LETTER}]*")
        else:
            parts.append(re.escape(form) + _FA_ENDINGS)
    return re.compile(f"(?<![{_FA_LETTER}])(?:{'|'.join(parts)})(?![{_FA_LETTER}])")


@lru_cache(maxsize=1)
def _patterns() -> tuple[Patterns, EnPatterns]:
    """(anchor key, Persian pattern) and (anchor key, English pattern, English forms) rows of the
    anchors file; the key of an anchor is its first Persian form (without ``*``)."""
    fa_rows, en_rows = [], []
    for line in ANCHORS_FILE.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if "=" not in line:
            continue
        fa_side, en_side = line.split("=", 1)
        fa_forms = [normalize(f.strip(), "fa").text for f in fa_side.split("|") if f.strip()]
        en_forms = [f.strip() for f in en_side.split("|") if f.strip()]
        if not fa_forms or not en_forms:
            continue
        key = fa_forms[0].rstrip("*")
        fa_rows.append((key, _fa_pattern([_fold_hamza(f) for f in fa_forms])))
        en_alt = "|".join(re.escape(f) for f in sorted(en_forms, key=len, reverse=True))
        en_rows.append((key, re.compile(f"(?<![A-Za-z])(?:{en_alt})"), tuple(en_forms)))
    return fa_rows, en_rows


@lru_cache(maxsize=1)
def _en_by_prefix() -> tuple[dict[str, list[tuple[str, re.Pattern[str]]]], list[tuple[str, re.Pattern[str]]]]:
    """({first two letters of an English form: the (key, pattern) rows holding it}, the rows with
    a form not starting with a letter, always tried): a text is searched only with the patterns
    whose forms can start at one of its word starts, as one finditer per anchor for every English
    quotation was the screening's largest cost."""
    by_prefix: dict[str, list[tuple[str, re.Pattern[str]]]] = defaultdict(list)
    always: list[tuple[str, re.Pattern[str]]] = []
    for key, pattern, forms in _patterns()[1]:
        for prefix in dict.fromkeys(f[:2] for f in forms):
            rows = by_prefix[prefix] if prefix[:1].isascii() and prefix[:1].isalpha() else always
            if (key, pattern) not in rows:
                rows.append((key, pattern))
    return dict(by_prefix), always


def anchors_fa(text: str) -> frozenset[str]:
    """The anchors a Persian text names (by key)."""
    folded = _fold_hamza(normalize(text, "fa").text)
    return frozenset(key for key, pattern in _patterns()[0] if pattern.search(folded))


def _fold_hamza(text: str) -> str:
    """«ئ» read as «ی»: Persian writes one word both ways («سوئیس», «سوییس»)."""
    return text.replace("ئ", "ی")


# a capitalised word right before a form ("National Security Council")
_CAP_WORD_BEFORE = re.compile(r"([A-Z][\w.]*)\s+$")


def _inside_longer_name(text: str, start: int, key: str) -> bool:
    """Whether a form of several words ends a longer capitalised name ("Supreme National Security
    Council"), the word before it being no form of the same anchor ("UN Security Council")."""
    before = _CAP_WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or before.group(1).lower() in {"the", "a", "an", "this", "that"}:
        return False  # "The White House said": the sentence's first word
    return key not in anchors_en(before.group(1))


def anchors_en(text: str, in_names: bool = True) -> frozenset[str]:
    """The anchors an English text names (by key); ``in_names=False``: not counting a form that
    starts a longer capitalised name, unless the next word is an anchor itself ("US Navy" is
    left out, "Saudi Arabia" is one form)."""
    by_prefix, always = _en_by_prefix()
    starts = {text[m.start() : m.start() + 2] for m in _EN_WORD_START.finditer(text)}
    # a one-letter form is found under its one letter (a word start at the text's end, too)
    starts |= {s[:1] for s in starts}
    rows = dict.fromkeys([row for s in starts for row in by_prefix.get(s, ())] + always)
    out = set()
    for key, pattern in rows:
        for match in pattern.finditer(text):
            if not in_names and _NAME_AFTER.match(text, match.end()):
                continue
            if " " in match.group(0).strip() and _inside_longer_name(text, match.start(), key):
                continue  # "the Supreme National Security Council": Iran's, not the UN's
            out.add(key)
            break
    return frozenset(out)
