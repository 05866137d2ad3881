"""Normalisation for comparison, with the map back to the stored text.

Analysers compare normalised text (a search term, a reused passage, a speech verb spelled with an
Arabic yeh) but report spans into the text as stored. :func:`normalize` returns both: the
normalised string and a map from its offsets to the stored ones.

What changes, by language:

- ``"fa"``: Arabic yeh and alef maksura (ي ى) -> Persian yeh (ی), Arabic kaf (ك) -> Persian kaf (ک),
  heh with yeh above (ۀ) -> heh (ه); Persian and Arabic-Indic digits -> ASCII digits; the Arabic decimal
  separator (٫) -> ``.`` and thousands separator (٬) -> ``,``; removed: harakat (U+064B–U+065F), the
  superscript alef (U+0670), tatweel (U+0640), ZWNJ, ZWJ and the other zero-width and bidi controls;
  Arabic presentation forms (letter shapes some pages store: "ﺑﯿﮋن") -> the letters.
- every other language (``"en"``, ``None``, ...): nothing; the normalised text *is* the stored text.

Every change is one character to one character, or a removal; so the map is the identity when
nothing was removed, and otherwise a short list of the places where characters were removed (no
per-character array).

>>> n = normalize("مي\u200cشود ۶٫۵", "fa")
>>> n.text
'میشود 6.5'
>>> n.span_to_stored(0, 5)
(0, 6)
>>> n.to_stored(6), n.stored[n.to_stored(6)]
(7, '۶')
>>> normalize("He said", "en").text
'He said'
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from .scripts import ARABIC_MARKS, INVISIBLE, TATWEEL


def _chars(ranges: str) -> str:
    """Every character of a regex class body such as ``"a-cx"`` (-> ``"abcx"``)."""
    out = []
    for m in re.finditer(r"(.)-(.)|(.)", ranges, re.S):
        if m.group(3) is not None:
            out.append(m.group(3))
        else:
            out.extend(chr(c) for c in range(ord(m.group(1)), ord(m.group(2)) + 1))
    return "".join(out)


_DIGITS = {ord(c): str(i) for s in ("۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩") for i, c in enumerate(s)}
_FA_REMOVED = f"{ARABIC_MARKS}{TATWEEL}{INVISIBLE}"
_FA_REMOVED_RE = re.compile(f"[{_FA_REMOVED}]+")
_FA_TABLE: dict[int, str | None] = {
    ord("ي"): "ی",
    ord("ى"): "ی",
    ord("ك"): "ک",
    ord("ۀ"): "ه",
    ord("٫"): ".",
    ord("٬"): ",",
    **_DIGITS,
}
_FA_TABLE.update({ord(c): None for c in _chars(_FA_REMOVED)})


def _presentation_forms() -> dict[int, str]:
    """Arabic presentation forms (initial, medial, final, isolated letter shapes that some pages
    store instead of the letters: "ﺑﯿﮋن" for "بیژن") -> the letter, then folded as above. Only
    one-letter forms: ligatures ("ﻻ", "ﷲ") would change lengths and stay as stored."""
    table: dict[int, str] = {}
    for cp in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFD)):
        letter = unicodedata.normalize("NFKC", chr(cp))
        if len(letter) != 1 or letter == chr(cp) or not letter.isalpha():
            continue
        folded = _FA_TABLE.get(ord(letter), letter)
        if folded:
            table[cp] = folded
    return table


_FA_FORMS = _presentation_forms()
_FA_FORMS_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")

# Languages with their own normalisation: (translation table, pattern of the removed runs).
_RULES: dict[str, tuple[dict[int, str | None], re.Pattern[str]]] = {"fa": (_FA_TABLE, _FA_REMOVED_RE)}
_REPLACEMENTS = {
    language: tuple((chr(k), v or "") for k, v in table.items()) for language, (table, _) in _RULES.items()
}
_SHORT = 200  # below this many characters str.translate is the faster way; above, str.replace


def _apply(text: str, language: str, table: dict[int, str | None]) -> str:
    """``text.translate(table)``, done as one ``str.replace`` per character that occurs (each a
    fast scan in C) on long texts: about 20 times faster than ``translate`` with a dict table."""
    if language == "fa" and _FA_FORMS_RE.search(text):
        text = text.translate(_FA_FORMS)  # rare: a page stored in presentation forms
    if len(text) < _SHORT:
        return text.translate(table)
    for old, new in _REPLACEMENTS[language]:
        if old in text:
            text = text.replace(old, new)
    return text


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised text and the way back to the text it came from.

    ``removed_at`` holds, for each run of removed characters, ``(stored offset, length)``, sorted;
    empty when the normalised text has the stored text's offsets.
    """

    text: str
    stored: str
    removed_at: tuple[tuple[int, int], ...] = ()
    _norm_pos: tuple[int, ...] = ()  # normalised offset at which each removed run sat
    _removed_before: tuple[int, ...] = ()  # characters removed before each run (cumulative)

    @property
    def changed_offsets(self) -> bool:
        """Whether offsets differ between the normalised and the stored text."""
        return bool(self.removed_at)

    def to_stored(self, i: int) -> int:
        """The stored offset of normalised offset ``i`` (``0 <= i <= len(text)``).

        A character's offset maps to that character's stored offset, past any removed characters
        before it; ``len(text)`` maps to ``len(stored)``.
        """
        if not self.removed_at:
            return i
        k = bisect_right(self._norm_pos, i) - 1
        if k < 0:
            return i
        return i + self._removed_before[k] + self.removed_at[k][1]

    def to_normalized(self, j: int) -> int:
        """The normalised offset of stored offset ``j``; inside a removed run, the next kept character."""
        if not self.removed_at:
            return j
        k = bisect_right(self.removed_at, (j, len(self.stored) + 1)) - 1
        if k < 0:
            return j
        start, length = self.removed_at[k]
        return j - self._removed_before[k] - min(length, j - start)

    def span_to_stored(self, start: int, end: int) -> tuple[int, int]:
        """The stored span of normalised span ``[start, end)``: from its first to its last character.

        Removed characters just outside the span (a ZWNJ or a bidi mark after the last letter)
        stay outside; removed characters inside it are inside.
        """
        if not self.removed_at:
            return start, end
        if end <= start:
            at = self.to_stored(start)
            return at, at
        return self.to_stored(start), self.to_stored(end - 1) + 1

    def span_to_normalized(self, start: int, end: int) -> tuple[int, int]:
        """The normalised span of stored span ``[start, end)``."""
        return self.to_normalized(start), self.to_normalized(end)


def normalize(text: str, language: str | None = None) -> Normalized:
    """``text`` normalised for comparison in ``language``, with the map back (see the module doc).

    >>> n = normalize("كاظم جلالي", "fa")
    >>> n.text, n.changed_offsets
    ('کاظم جلالی', False)
    >>> normalize("كاظم", None).text == "كاظم"
    True
    """
    rules = _RULES.get(language or "")
    if rules is None:
        return Normalized(text, text)
    table, removed_re = rules
    normalised = _apply(text, language or "", table)
    if len(normalised) == len(text):
        return Normalized(normalised, text)
    runs: list[tuple[int, int]] = []
    norm_pos: list[int] = []
    before: list[int] = []
    removed = 0
    for m in removed_re.finditer(text):
        runs.append((m.start(), m.end() - m.start()))
        norm_pos.append(m.start() - removed)
        before.append(removed)
        removed += m.end() - m.start()
    return Normalized(normalised, text, tuple(runs), tuple(norm_pos), tuple(before))


def fold(text: str, language: str | None = None) -> str:
    """Only the normalised string (for keys and look-ups), without building the map.

    >>> fold("آمريكا", "fa") == fold("آمریکا", "fa")
    True
    """
    rules = _RULES.get(language or "")
    return text if rules is None else _apply(text, language or "", rules[0])


def has_rules(language: str | None) -> bool:
    """Whether ``language`` has a normalisation of its own (otherwise normalising changes nothing)."""
    return (language or "") in _RULES
