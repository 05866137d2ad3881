"""Figures given for a quantity named before them rather than after: "put the figure at 6
million", "aid groups put it at about 300", "Officials put the toll at 120", "the number of dead
stood at 45". :mod:`refrain.claims.context` builds the counted thing from what is found here.
"""

from __future__ import annotations

from refrain.claims.keys import singular
from refrain.claims.lexicon import lexicon
from refrain.text import Token
from refrain.text import lexicon as lexicon_set

_TOLL_NOUNS = lexicon_set("en", "toll_nouns")
_TOLL_WIDTH = max(len(n.split()) for n in _TOLL_NOUNS)
_TOLL_LINKS = lexicon_set("en", "toll_link_words")
_TOLL_REACH = 8  # tokens back from the figure a toll noun is looked for in
_PUT_VERBS = lexicon_set("en", "figure_put_verbs")
# the single words of a hedge before a figure ("about", "at least"): skipped when looking back
_HEDGE_ONLY = frozenset(
    w
    for h in lexicon_set("en", "hedge_words")
    for w in h.split()
    if w not in {"at", "to", "as", "of", "by", "the", "a", "an", "him", "her", "them", "total"}
)


def _before_hedge(before: list[Token]) -> int:
    """The index of the last token before the figure's hedge ("put it at about 300": "at")."""
    k = len(before) - 1
    while k >= 0 and before[k].low in _HEDGE_ONLY:
        k -= 1
    return k


def restating_word(before: list[Token]) -> Token | None:
    """The word by which a figure restates the quantity counted before it in the sentence: "the
    figure" in "... while the union put the figure at 6 million", "it" in "... aid groups put it at
    about 300" (only after a verb of estimating: "saw it as" restates nothing); else None."""
    k = _before_hedge(before)
    if k < 1 or before[k].low not in {"at", "to", "as"}:
        return None
    word = before[k - 1]
    figure_words = lexicon().figure_words
    if word.low in figure_words or singular(word.low) in figure_words:
        return word
    if word.low == "it" and k >= 2 and before[k - 2].low in _PUT_VERBS:
        return word
    return None


def toll_before(before: list[Token], after: Token | None) -> tuple[int, int] | None:
    """Where a noun naming a count of the dead ends the words before a bare figure ("put the toll
    at 120", "the number of dead stood at 45", "a death toll of 30"), as a span; else None. None
    too when the last word of the noun phrase ``after`` the figure names what it counts ("a toll of
    30 soldiers" says more); a word that names nothing ("at 28 late on Sunday") is passed over."""
    if after is not None and _names_a_thing(after):
        return None
    k = _before_hedge(before)
    # the link ("stood at") and a place between ("the death toll in Lumen stood at 38")
    while (
        k >= 0 and len(before) - k <= _TOLL_REACH and (before[k].low in _TOLL_LINKS or _place_word(before, k))
    ):
        k -= 1
    for width in range(min(_TOLL_WIDTH, k + 1), 0, -1):
        words = before[k - width + 1 : k + 1]
        if " ".join(t.low for t in words) in _TOLL_NOUNS:
            return words[0].start, words[-1].end
    return None


def _place_word(before: list[Token], k: int) -> bool:
    """Whether ``before[k]`` is a word of a name after "in" ("in South Varnia")."""
    if not before[k].text[:1].isupper():
        return False
    j = k
    while j >= 0 and before[j].text[:1].isupper() and k - j < 3:
        j -= 1
    return j >= 0 and before[j].low == "in"


def _names_a_thing(word: Token) -> bool:
    """Whether a word after a figure names what it counts: a plural, people, a known head, a name."""
    lex = lexicon()
    plural = word.low.endswith("s") and not word.low.endswith("ss")
    return plural or word.text[:1].isupper() or word.low in lex.people or word.low in lex.heads
