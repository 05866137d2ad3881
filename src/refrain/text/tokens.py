"""Word and punctuation tokens with their offsets: the one tokeniser every analyser uses.

A token is a word (letters and digits, with the joiners a language allows inside a word) or one
punctuation character; whitespace is never a token. Offsets are half-open code-point offsets into
the text given, whatever the language.

- English: a word may hold an apostrophe or a hyphen before a letter ("People’s", "al-Sadr") and a
  slash before a capital ("PMOI/MEK").
- Persian (and any Arabic-script text under ``"fa"``): a word may hold ZWNJ ("می‌شود" is one token),
  harakat and tatweel; the Arabic decimal and thousands separators join digits ("۶٫۵"); Persian
  punctuation (، ؛ ؟ « ») is never part of a word; zero-width and bidi controls are skipped.

``abbreviations=True`` is the quote finder's view (kept for identical English output): words may
hold internal periods and keep a final one when they are abbreviations or initials ("U.S.", "Sen.",
"J."), English words start only on Latin letters or digits, and a run of :data:`MASK` characters
(quoted words hidden) is one token.

>>> [t.text for t in tokenize("Sen. Smith’s PMOI/MEK team.")]
['Sen', '.', 'Smith’s', 'PMOI/MEK', 'team', '.']
>>> [t.text for t in tokenize("Sen. Smith’s U.S. team.", abbreviations=True)]
['Sen.', 'Smith’s', 'U.S.', 'team', '.']
>>> [t.text for t in tokenize("وی افزود: «این می\u200cشود ۶٫۵ درصد»؟", language="fa")]
['وی', 'افزود', ':', '«', 'این', 'می\u200cشود', '۶٫۵', 'درصد', '»', '؟']
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from .lexicon import lexicon
from .scripts import ARABIC_MARKS, INVISIBLE, TATWEEL

_ARTICLE_NAME = re.compile(r"(?:al|el|ad|as|ash|ar|az|at)[-‐‑][A-Z]")
MASK = "\x00"  # stands for a hidden (quoted) character; a run of them is one token
# marks that may open a quotation where no quotation was found ("… matter. 'Talks were hard’ …")
OPENING_MARKS = frozenset({"'", "‘", '"', "“"})

# A word: word characters, joined by an apostrophe or a hyphen before one, or a slash before a
# capital. Written as runs of word characters (one repeat of a set, which the engine runs fast)
# between joiners, rather than a repeat of alternatives per character: the same matches.
_EN_WORD = re.compile(r"[^\W_]\w*(?:(?:['’\-]\w|/[A-Z])\w*)*|[^\w\s]")
# Zero-width and bidi controls inside a word are part of it ("Jo<ZWJ>hn" is one name); alone they are
# skipped (see _dotted): kept in the stored text, never a token between a speech verb and a name.
_EN_LETTER = "\\w\u00c0-\u024f"
# A period joins ("U.S", "Ph.D", "tehrantimes.com") unless a capitalised word follows it: pages
# glued at a paragraph join run two sentences together ("Sanders added.But he noted …"), and a
# name after the period ("Mr.Smith") is a word of its own either way.
_EN_DOTTED_WORD = re.compile(
    f"[A-Za-z0-9\u00c0-\u024f][{_EN_LETTER}]*"
    f"(?:(?:[’'\\-]|\\.(?![A-Z][a-z])|[{INVISIBLE}]+)[{_EN_LETTER}]+)*\\.?|[^\\w\\s]"
)
_FA_INNER = f"[\\w{ARABIC_MARKS}{TATWEEL}]"
_FA_WORD = re.compile(
    f"[^\\W_]{_FA_INNER}*(?:(?:[\u200c\u200d]+|['’\\-]|(?<=\\d)[٫٬](?=\\d)){_FA_INNER}+)*"
    f"|[^\\w\\s{INVISIBLE}{ARABIC_MARKS}]"
)


class Token(NamedTuple):
    """One token: its text and half-open offsets into the text it was read from.

    A named tuple, not a dataclass: every analyser makes hundreds per article, and a tuple is made
    several times faster than a frozen dataclass (same fields, repr, hash and immutability).
    """

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def low(self) -> str:
        """Lower case with the typographic apostrophe made straight (``People’s`` -> ``people's``)."""
        return self.text.lower().replace("’", "'")

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_cap(self) -> bool:
        # an Arabic article joined to a name is the name's ("al-Khater", "el-Sisi"), not a common word
        return self.text[0].isupper() or _ARTICLE_NAME.match(self.text) is not None


def tokenize(
    text: str,
    start: int = 0,
    end: int | None = None,
    language: str | None = None,
    *,
    abbreviations: bool = False,
) -> list[Token]:
    """Tokens of ``text[start:end]`` (offsets into ``text``), read by the rules of ``language``.

    >>> [(t.text, t.start) for t in tokenize("a, b", 1)]
    [(',', 1), ('b', 3)]
    """
    hi = len(text) if end is None else end
    if abbreviations:
        return _dotted(text, start, hi, language)
    pattern = _FA_WORD if language == "fa" else _EN_WORD
    return [Token(m.group(), m.start(), m.end()) for m in pattern.finditer(text, start, hi)]


# One scan of the abbreviation view (a regex pass, not a loop per character): a run of masked
# characters (group 1), a character never a token (group 2: a lone bidi control or zero-width
# character in English; in Persian a lone ZWNJ, bidi mark or haraka between words), a word
# (group 3), else any other non-space character alone (group 4). The alternatives are tried in
# that order at each place, as the per-character loop this replaces did; whitespace is skipped.
_EN_DOTTED_SCAN = re.compile(f"({MASK}+)|([{INVISIBLE}])|({_EN_DOTTED_WORD.pattern})|(\\S)")
_FA_DOTTED_SCAN = re.compile(f"({MASK}+)|({_FA_WORD.pattern})|([{INVISIBLE}{ARABIC_MARKS}{TATWEEL}])|(\\S)")


def _dotted(masked: str, lo: int, hi: int, language: str | None) -> list[Token]:
    fa = language == "fa"
    word_group, skip_group = (2, 3) if fa else (3, 2)
    out: list[Token] = []
    append = out.append
    for m in (_FA_DOTTED_SCAN if fa else _EN_DOTTED_SCAN).finditer(masked, lo, hi):
        group = m.lastindex
        if group == word_group:
            word = m.group()
            start, stop = m.span()
            # keep a final period only on abbreviations and initials ("Sen.", "J.", "U.S.")
            if word[-1] == "." and len(word) > 1 and not is_abbreviation(word, language):
                append(Token(word[:-1], start, stop - 1))
                append(Token(".", stop - 1, stop))  # the period, a token of its own
            else:
                append(Token(word, start, stop))
        elif group != skip_group:
            start, stop = m.span()
            append(Token(m.group() if group != 1 else MASK, start, stop))
    return out


@cache
def _abbreviations(language: str) -> frozenset[str]:
    # English titles written short ("Sen.", "Pres.") are in abbreviations.txt; the whole words of
    # honorifics.txt ("President", "Minister") end a sentence like any word ("… vice president. He")
    words = lexicon(language, "abbreviations") | (
        lexicon(language, "honorifics") if language != "en" else set()
    )
    return frozenset(w.lower() for w in words)


def is_abbreviation(word: str, language: str | None = None) -> bool:
    """Whether ``word`` (with or without its final period) is an abbreviation, an initial or dotted.

    >>> is_abbreviation("Sen."), is_abbreviation("J."), is_abbreviation("U.S"), is_abbreviation("team.")
    (True, True, True, False)
    """
    core = word.rstrip(".").lower()
    return core in _abbreviations(language or "en") or len(core) == 1 or "." in core
