"""Text reuse: passages shared across articles, with exact edges, clustered, with the earliest source.

Pure functions of a set of texts (no store, no CLI, no network)::

    result = align([ReuseDoc("a.txt", text_a, order=0), ReuseDoc("b.txt", text_b, order=1)])
    for p in result.reuse:
        print(p.a, text_a[p.a_start:p.a_end], "→", p.b)

Modules: ``tokens`` (words, hashes, shingles), ``candidates`` (rare shared shingles → pairs),
``aligner`` (seed-and-extend with exact edges; :func:`align_pair`), ``clusters``, ``engine``
(parallel local run), ``memo`` (what a run can hand the next one), ``provenance`` (the same
quotation across articles).
"""

from __future__ import annotations

from collections.abc import Iterable

from refrain.reuse.aligner import align_pair
from refrain.reuse.engine import run
from refrain.reuse.memo import ReuseMemo
from refrain.reuse.model import Cluster, Passage, ReuseDoc, ReuseResult
from refrain.reuse.params import DEFAULT_PARAMS, ReuseParams
from refrain.reuse.provenance import QuoteFamily, QuoteOccurrence, QuoteVariant, WordEdit, quote_provenance

__all__ = [
    "Cluster",
    "Passage",
    "QuoteFamily",
    "QuoteOccurrence",
    "QuoteVariant",
    "ReuseDoc",
    "ReuseMemo",
    "ReuseParams",
    "ReuseResult",
    "WordEdit",
    "align",
    "align_pair",
    "quote_provenance",
]


def align(
    docs: Iterable[ReuseDoc],
    *,
    params: ReuseParams = DEFAULT_PARAMS,
    workers: int | None = None,
    memo: ReuseMemo | None = None,
) -> ReuseResult:
    """Every passage shared between two of ``docs``, clustered, boilerplate flagged.

    ``workers``: processes to use (``None``: one per available core; 1: this process only).
    Document names must be unique. Passages name ``a`` before ``b`` in ingest order
    (``ReuseDoc.order``, then the order given); offsets are code points into each ``text``.

    ``memo``: what earlier runs computed (:class:`ReuseMemo`): documents and pairs it holds are not
    tokenised or aligned again, and what this run computes is added to it. The result is exactly
    the result without a memo.

    >>> t1 = "Opening line. The council voted on Tuesday to close the old bridge to lorries for two years while engineers repair it."
    >>> t2 = "Local news: the council voted on Tuesday to close the old bridge to lorries for two years while engineers repair it."
    >>> result = align([ReuseDoc("one", t1), ReuseDoc("two", t2, order=1)], workers=1)
    >>> p = result.passages[0]
    >>> t1[p.a_start:p.a_end]
    'The council voted on Tuesday to close the old bridge to lorries for two years while engineers repair it.'
    >>> result.clusters[0].earliest, result.clusters[0].earliest_by
    ('one', 'ingest order')
    """
    return run(docs, params, workers, memo)
