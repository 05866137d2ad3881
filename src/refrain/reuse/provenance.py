"""Quote provenance: the same quotation printed in several articles, first appearance first.

Occurrences (found by the quotes package) are linked when their words match closely, verbatim or
lightly edited (a dropped word, a changed tense, different quote marks or case), or when one is a
cut of the other (an article quoting half the sentence). Linked occurrences form a family: its
first appearance (by date when every occurrence has one, else by ingest order), every appearance,
and the distinct wordings with their word-level differences from the first.

Candidates come from shared rare word 3-grams, so the work grows with the number of quotes, not
with its square.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from rapidfuzz.distance import Indel
from rapidfuzz.distance import Levenshtein as _Lev

from refrain.reuse.clusters import _UnionFind
from refrain.reuse.tokens import WORD_RE

SHINGLE = 3
MAX_SHINGLE_DF = 500
MIN_SIMILARITY = 0.8  # word-level similarity of two wordings of one quotation
MIN_CONTAINED_WORDS = 6  # a cut of a longer quotation must keep at least this many words
MIN_CUT_SHARE = 0.9  # ... and nearly all of them, in order


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
    return [w.lower() for w in WORD_RE.findall(text)]


def _display_words(text: str) -> list[str]:
    return WORD_RE.findall(text)


def _linked(w1: list[str], w2: list[str]) -> bool:
    """Same quotation: close as wholes, or the shorter a near-verbatim cut of the longer."""
    if not w1 or not w2:
        return False
    if Indel.normalized_similarity(w1, w2) >= MIN_SIMILARITY:
        return True
    short, long_ = (w1, w2) if len(w1) <= len(w2) else (w2, w1)
    if len(short) < MIN_CONTAINED_WORDS:
        return False
    # A cut: nearly all of the shorter one's words appear in order in the longer one.
    return _lcs_length(short, long_) >= MIN_CUT_SHARE * len(short)


def _lcs_length(x: list[str], y: list[str]) -> int:
    # Indel distance = len(x) + len(y) - 2 * LCS.
    return (len(x) + len(y) - Indel.distance(x, y)) // 2


def _candidate_pairs(word_lists: Sequence[list[str]]) -> set[tuple[int, int]]:
    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for idx, words in enumerate(word_lists):
        grams = {tuple(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
        for gram in grams:
            postings[gram].append(idx)
    pairs: set[tuple[int, int]] = set()
    for members in postings.values():
        if 2 <= len(members) <= MAX_SHINGLE_DF:
            for i, x in enumerate(members):
                for y in members[i + 1 :]:
                    pairs.add((x, y))
    return pairs


def _edits(first: str, variant: str) -> tuple[WordEdit, ...]:
    fw, vw = _display_words(first), _display_words(variant)
    ops = _Lev.opcodes([w.lower() for w in fw], [w.lower() for w in vw])
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
    uf = _UnionFind(len(occ))
    for x, y in sorted(_candidate_pairs(word_lists)):
        if uf.find(x) != uf.find(y) and _linked(word_lists[x], word_lists[y]):
            uf.union(x, y)
    groups: dict[int, list[int]] = defaultdict(list)
    for idx in range(len(occ)):
        groups[uf.find(idx)].append(idx)
    families = []
    for members in groups.values():
        if len(members) < 2:
            continue
        items = [occ[i] for i in members]
        if all(o.date for o in items):
            items.sort(key=lambda o: (o.date, o.order, o.doc, o.start))
            first_by = "date"
        else:
            items.sort(key=lambda o: (o.order, o.doc, o.start))
            first_by = "ingest order"
        first = items[0]
        by_wording: dict[tuple[str, ...], list[QuoteOccurrence]] = {}
        for o in items:
            by_wording.setdefault(tuple(_words(o.text)), []).append(o)
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
