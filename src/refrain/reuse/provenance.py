"""Quote provenance: the same quotation printed in several articles, first appearance first.

Occurrences (found by the quotes package) are linked when their words match closely, verbatim or
lightly edited (a dropped word, a changed tense, different quote marks or case), or when one is a
cut of the other (an article quoting half the sentence). Linked occurrences form a family: its
first appearance (by date when every occurrence has one, else by ingest order), every appearance,
and the distinct wordings with their word-level differences from the first.

Which occurrences are linked is ``refrain.reuse.quote_links``: two wordings are tested only when
they share a word 3-gram that is not common, and they are looked up through their rarest words,
so the work grows with the number of distinct wordings, not with its square.

Words are compared as the reuse finder compares them (``refrain.reuse.tokens``): Persian spellings
folded (ي/ك -> ی/ک, digits) and a word joined over the ZWNJ, tatweel or harakat inside it, so a
quotation reprinted with other letters is the same wording. Latin text is read as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from rapidfuzz.distance import Levenshtein as _Lev

from refrain.document import Span
from refrain.reuse.quote_links import linked_groups
from refrain.reuse.tokens import WORD_RE
from refrain.text import fold
from refrain.text.scripts import ARABIC_LETTERS, ARABIC_MARKS, INVISIBLE, TATWEEL

# A word as the reuse tokenizer reads it: letters and digits, joined over the characters Persian
# writes inside a word (ZWNJ, tatweel, harakat, bidi controls) when they follow an Arabic letter.
_ARABIC_RE = re.compile(f"[{ARABIC_LETTERS}]")
_JOINED_WORD_RE = re.compile(
    f"\\w+(?:(?<=[{ARABIC_LETTERS}{TATWEEL}])[{ARABIC_MARKS}{TATWEEL}{INVISIBLE}]+\\w+)*"
)


@dataclass(frozen=True, slots=True)
class QuoteOccurrence:
    """One quotation as printed in one article: ``[start, end)`` code points of ``doc``'s text."""

    doc: str
    start: int
    end: int
    text: str
    speaker: str | None = None
    date: str | None = None
    order: int = 0

    def __post_init__(self) -> None:  # offsets checked when made, as every finding's
        Span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class WordEdit:
    """One word-level difference of a variant from the first wording.

    ``op`` is ``"replace"``, ``"insert"`` (words only the variant has) or ``"delete"`` (words only
    the first wording has); ``first`` and ``variant`` are the words on each side.
    """

    op: str
    first: str
    variant: str


@dataclass(frozen=True, slots=True)
class QuoteVariant:
    """A distinct wording of the quotation, where it appears, and how it differs from the first."""

    text: str
    occurrences: tuple[QuoteOccurrence, ...]
    edits: tuple[WordEdit, ...]


@dataclass(frozen=True, slots=True)
class QuoteFamily:
    """The same quotation across articles.

    ``first`` is the first appearance (by ``first_by``: ``"date"`` or ``"ingest order"``),
    ``occurrences`` every appearance in that order, ``variants`` each distinct wording (the first
    wording first, with no edits), ``speakers`` the speakers named for it anywhere.
    """

    id: int
    first: QuoteOccurrence
    first_by: str
    occurrences: tuple[QuoteOccurrence, ...]
    variants: tuple[QuoteVariant, ...]
    speakers: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _words(text: str) -> list[str]:
    """The words of ``text`` as compared: lower case, Persian spellings folded.

    >>> _words("«مي\u200cشود» گفت") == _words("«میشود» گفت")
    True
    """
    if text.isascii() or _ARABIC_RE.search(text) is None:
        return [w.lower() for w in WORD_RE.findall(text)]
    return [w.lower() for w in WORD_RE.findall(fold(text, "fa"))]


def _display_words(text: str) -> list[str]:
    return WORD_RE.findall(text) if text.isascii() else _JOINED_WORD_RE.findall(text)


def _compared(word: str) -> str:
    # Persian folding maps no ASCII character, so an ASCII word skips it (most words of most
    # families: folding every word of every variant was a third of the families' time)
    return word.lower() if word.isascii() else fold(word, "fa").lower()


def _edits(first: str, variant: str) -> tuple[WordEdit, ...]:
    fw, vw = _display_words(first), _display_words(variant)
    ops = _Lev.opcodes([_compared(w) for w in fw], [_compared(w) for w in vw])
    out = []
    for op in ops:
        if op.tag == "equal":
            continue
        out.append(
            WordEdit(
                op.tag, " ".join(fw[op.src_start : op.src_end]), " ".join(vw[op.dest_start : op.dest_end])
            )
        )
    return tuple(out)


def quote_provenance(occurrences: Iterable[QuoteOccurrence]) -> list[QuoteFamily]:
    """Families of the same quotation across articles (only quotations seen at least twice).

    >>> a = QuoteOccurrence("a", 0, 40, "We will not accept any new conditions at all", "Minister", "2020-01-02", 0)
    >>> b = QuoteOccurrence("b", 5, 44, "We will not accept any new conditions", "Minister", "2020-01-01", 1)
    >>> c = QuoteOccurrence("c", 9, 50, "We will never accept any new conditions at all", None, "2020-01-03", 2)
    >>> [f.first.doc for f in quote_provenance([a, b, c])]
    ['b']
    """
    occ = list(occurrences)
    word_lists = [_words(o.text) for o in occ]
    return families_of_groups(occ, word_lists, linked_groups(word_lists))


def quote_words(text: str) -> list[str]:
    """A quotation's words as quote families compare them (lower case, Persian spellings folded)."""
    return _words(text)


def families_of_groups(
    occ: Sequence[QuoteOccurrence], word_lists: Sequence[Sequence[str]], groups: Iterable[list[int]]
) -> list[QuoteFamily]:
    """The families of ``groups`` (of indices into ``occ``, as ``linked_groups`` of ``word_lists``,
    the occurrences' ``quote_words``, gives them), numbered by first appearance."""
    families = []
    for members in groups:
        if all(occ[i].date for i in members):
            members.sort(key=lambda i: (occ[i].date, occ[i].order, occ[i].doc, occ[i].start))
            first_by = "date"
        else:
            members.sort(key=lambda i: (occ[i].order, occ[i].doc, occ[i].start))
            first_by = "ingest order"
        items = [occ[i] for i in members]
        first = items[0]
        by_wording: dict[tuple[str, ...], list[QuoteOccurrence]] = {}
        for i in members:  # the words already found for linking, not found again
            by_wording.setdefault(tuple(word_lists[i]), []).append(occ[i])
        variants = tuple(
            QuoteVariant(
                text=group[0].text, occurrences=tuple(group), edits=_edits(first.text, group[0].text)
            )
            for group in by_wording.values()
        )
        speakers = tuple(dict.fromkeys(o.speaker for o in items if o.speaker))
        families.append((first, first_by, tuple(items), variants, speakers))
    families.sort(key=lambda f: (f[0].order, f[0].doc, f[0].start))
    return [
        QuoteFamily(id=i, first=f[0], first_by=f[1], occurrences=f[2], variants=f[3], speakers=f[4])
        for i, f in enumerate(families)
    ]
