"""Templates: a recurring sentence frame whose facts differ is not reuse.

Outlets print the same frame again and again with new facts: a monthly lead ("The value of X's
non-oil trade reached $N billion in the first K months of the year"), a weekly oil price, a sports
result. Two articles sharing such a frame share words, not news.

Between the two sides of a passage, a *changed fact* is a number, month or weekday replaced by
another of its kind with a different value ("10-month" → "11-month", "Mehr" → "Aban", "$6.26" →
"$6.571"). A fact added or dropped ("said on Monday" → "said") or written another way ("seven" →
"7", "on Thursday" → "in November") is an edit, not a new fact. A passage's facts differ
(:func:`template_facts` > 0) when at least one fact changed and the other edited words are few (at
most ``TEMPLATE_OTHER_EDITS_PER_FACT`` per changed fact): the words stay, the facts move.

Such a passage is a template (:func:`refrain.reuse.clusters.build_clusters`, with the settings of
:class:`refrain.reuse.params.ReuseParams`) when

- its frame recurs: its cluster's documents print at least ``template_min_versions`` versions of
  the facts (documents joined by a passage whose facts agree are one version: a report, its
  reprints and one correction are not a recurring frame) and at least ``template_share`` of the
  cluster's passages have facts that differ; or
- at least ``template_min_facts`` facts changed in it (two documents reporting other figures in
  the same words). One changed fact between two documents alone is read as an update or a
  correction of the same story ("at least 13 killed" → "15"), which is reuse.

Passages of a template cluster whose facts agree (two copies of the same month's report) stay
reuse: only the pairs whose facts differ are labelled. Labelled passages are kept
(``Passage.template``), like boilerplate, so a user can see them; they are not reuse.

What counts as a fact word is data, per language: ``refrain/text/data/<lang>/reuse_fact_words.txt``
(``word<TAB>kind<TAB>value``); any run of digits is a number.
"""

from __future__ import annotations

import difflib
import re
from functools import cache

import numpy as np

from refrain.text import fold
from refrain.text.lexicon import lexicon_lines

# Languages whose fact words are read (each text is folded the Persian way, as reuse compares
# words: English text is unchanged by it, so one table serves every text).
_LANGUAGES = ("en", "fa")
_FOLDING = "fa"

# A changed fact may come with this many other edited words (a word around it reworded) and the
# passage still reads as the same frame with other facts.
TEMPLATE_OTHER_EDITS_PER_FACT = 2

# Words of context kept around the stretch where two copies differ (a number the tokens split at
# its separators, "1,487,913", is read whole).
_CONTEXT_WORDS = 2

# Numbers as written: digits with their separators ("1,487,913", "17.08", "20/19"), else a word.
_WORD = re.compile(r"\d+(?:[.,٫٬/:]\d+)*|\w+")
_SEPARATORS = str.maketrans("", "", ",٬")
# A point before exactly three digits and no more digits groups thousands ("2.500" is "2,500").
_POINT_THOUSANDS = re.compile(r"\.(?=\d{3}(?!\d))")


@cache
def fact_words() -> dict[str, tuple[str, str]]:
    """{folded word: (kind, value)} of every language's ``reuse_fact_words`` list."""
    table: dict[str, tuple[str, str]] = {}
    for language in _LANGUAGES:
        for line in lexicon_lines(language, "reuse_fact_words"):
            parts = line.split("\t")
            if len(parts) == 3:
                table[parts[0].strip()] = (parts[1].strip(), parts[2].strip())
    return table


def _words(text: str) -> list[str]:
    folded = text if text.isascii() else fold(text, _FOLDING)  # the folding changes no ASCII
    return _WORD.findall(folded.lower())


def _fact(word: str, table: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    if word[0].isdigit():
        return ("number", _POINT_THOUSANDS.sub("", word.translate(_SEPARATORS)))
    return table.get(word)


def _facts(words: list[str], table: dict[str, tuple[str, str]]) -> list[tuple[str, str]]:
    return [
        ("number", _POINT_THOUSANDS.sub("", w.translate(_SEPARATORS))) if w[0].isdigit() else table[w]
        for w in words
        if w[0].isdigit() or w in table
    ]


def fact_changes(a_text: str, b_text: str) -> tuple[int, int]:
    """``(changed facts, other edited words)`` between two copies of a passage.

    A changed fact is a replaced stretch holding, on both sides, facts of one kind whose values
    differ. Every other inserted, dropped or replaced word is an other edit.

    >>> fact_changes("Exports rose 12 percent in October.", "Exports rose 9 percent in November.")
    (2, 0)
    >>> fact_changes("there are seven lines, he said on Monday", "there are 7 lines, he said")
    (0, 2)
    """
    return _fact_changes(_words(a_text), _words(b_text))


def _fact_changes(wa: list[str], wb: list[str]) -> tuple[int, int]:
    if wa == wb:
        return 0, 0
    table = fact_words()
    changed = other = 0
    matcher = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        left, right = wa[i1:i2], wb[j1:j2]
        facts_a = [f for f in (_fact(w, table) for w in left) if f]
        facts_b = [f for f in (_fact(w, table) for w in right) if f]
        kinds = {k for k, _ in facts_a} & {k for k, _ in facts_b}
        moved = op == "replace" and any(
            sorted(v for k, v in facts_a if k == kind) != sorted(v for k, v in facts_b if k == kind)
            for kind in kinds
        )
        if moved:
            changed += 1
            other += len(left) - len(facts_a) + len(right) - len(facts_b)
        elif kinds:
            # The same facts written another way ("seven" / "7"): only the other words are edits.
            other += len(left) - len(facts_a) + len(right) - len(facts_b) + abs(len(facts_a) - len(facts_b))
        else:
            other += len(left) + len(right)  # words (facts among them) added, dropped or reworded
    return changed, other


def template_facts(a_text: str, b_text: str) -> int:
    """How many facts changed between two copies of a passage whose other words stay (0 when none
    did, or when other edits outnumber ``TEMPLATE_OTHER_EDITS_PER_FACT`` per changed fact).

    >>> template_facts("Oil sold at $46.31 a barrel in the week to June 24.", "Oil sold at $47.02 a barrel in the week to July 1.")
    2
    >>> template_facts("The council met on Tuesday to vote.", "The council met to vote.")
    0
    >>> template_facts("At least 13 people were killed in the flood.", "The flood has killed at least 15 people, officials said.")
    0
    """
    wa, wb = _words(a_text), _words(b_text)
    if wa == wb:
        return 0
    # Most copies that differ are reworded, with no fact moved: the same facts on both sides (in
    # another order or another writing) need no word diff.
    table = fact_words()
    if sorted(_facts(wa, table)) == sorted(_facts(wb, table)):
        return 0
    changed, other = _fact_changes(wa, wb)
    return changed if changed and other <= TEMPLATE_OTHER_EDITS_PER_FACT * changed else 0


def differing_window(ha: np.ndarray, hb: np.ndarray) -> tuple[int, int, int, int] | None:
    """The word ranges ``(a0, a1, b0, b1)`` of two copies' word hashes that hold every difference
    (the common start and end cut off, a little context kept); None when the words are the same or
    one side only adds words (no fact can be replaced then).

    >>> differing_window(np.array([1, 2, 3, 4, 5, 6, 7]), np.array([1, 2, 3, 9, 5, 6, 7]))
    (1, 6, 1, 6)
    """
    n = min(len(ha), len(hb))
    same = ha[:n] == hb[:n]
    head = n if same.all() else int(np.argmin(same))
    tail_same = ha[len(ha) - n :][::-1] == hb[len(hb) - n :][::-1]
    tail = n if tail_same.all() else int(np.argmin(tail_same))
    tail = min(tail, n - head)  # the common end may not overlap the common start
    if head + tail >= min(len(ha), len(hb)):
        return None  # the same words, or words only added on one side
    a0, b0 = max(0, head - _CONTEXT_WORDS), max(0, head - _CONTEXT_WORDS)
    a1, b1 = min(len(ha), len(ha) - tail + _CONTEXT_WORDS), min(len(hb), len(hb) - tail + _CONTEXT_WORDS)
    return a0, a1, b0, b1
