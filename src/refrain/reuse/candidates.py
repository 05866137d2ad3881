"""Candidate pairs: documents that share rare word shingles.

Everything here is flat numpy arrays (a shingle hash and a document number per row), never Python
dicts of strings, so that 33k articles (14M shingles) fit in a few hundred MB.

A shingle found in more than ``max_df`` documents proposes no pairs of all its documents (a tag
line in 3,000 articles would otherwise propose 4.5 million pairs); a shingle found in
``boilerplate_min_docs`` documents of one outlet is remembered as boilerplate for that outlet and
proposes none either. Both only pair each of their documents with the first one holding them
(:func:`_wide_pairs`), so a story in 500 documents is still found.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

from refrain.reuse.model import CutOffs
from refrain.reuse.params import ReuseParams

_OUTLET_MIX = np.uint64(0x9E3779B97F4A7C15)


def outlet_keyed(shingle_hashes: np.ndarray, outlet_ids: np.ndarray | int) -> np.ndarray:
    """Shingle hashes made specific to an outlet (for per-outlet document frequencies)."""
    with np.errstate(over="ignore"):  # wrapping multiplication is the point
        return shingle_hashes ^ ((np.asarray(outlet_ids, dtype=np.uint64) + np.uint64(1)) * _OUTLET_MIX)


# Below this size numpy's own stable argsort is fast enough.
_MIN_PACKED_SORT = 1 << 16


def argsort_stable(values: np.ndarray) -> np.ndarray:
    """``np.argsort(values, kind="stable")`` for uint64 values, several times faster on large arrays."""
    return sort_stable(values)[0]


def sort_stable(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(order, values[order])`` with ``order = np.argsort(values, kind="stable")``, for uint64.

    numpy sorts plain integers with vectorised code but argsorts 64-bit ones with a merge sort:
    here each value's high bits and its index are packed into one word and the words sorted, which
    orders by (high bits, index); the few runs of equal high bits holding different values (hash
    prefixes that collide) are then put in exact (value, index) order.
    """
    n = len(values)
    if n < _MIN_PACKED_SORT:
        order = np.argsort(values, kind="stable")
        return order, values[order]
    bits = np.uint64(int(n - 1).bit_length())
    packed = values >> bits
    packed <<= bits
    packed |= np.arange(n, dtype=np.uint64)
    packed.sort()
    order = (packed & np.uint64((1 << int(bits)) - 1)).astype(np.int64)
    in_order = values[order]
    wrong = np.nonzero(in_order[1:] < in_order[:-1])[0]
    if len(wrong):
        high = packed >> bits
        run_of = np.cumsum(np.concatenate(([0], high[1:] != high[:-1])))
        broken = np.zeros(int(run_of[-1]) + 1, dtype=bool)
        broken[run_of[wrong]] = True
        pos = np.nonzero(broken[run_of])[0]
        sub = order[pos]
        order[pos] = sub[np.lexsort((sub, values[sub], run_of[pos]))]
        in_order[pos] = values[order[pos]]
    return order, in_order


def _doc_shingles(
    per_doc: Sequence[np.ndarray], with_shared: bool = True
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Shingles of every document found more than once, flattened and sorted by hash, each
    (shingle, document) once (a few found once may be among them: they form groups of one); and,
    for every shingle of the concatenated ``per_doc``, whether another document has it too
    (``with_shared``; else an empty array)."""
    lengths = np.array([len(s) for s in per_doc], dtype=np.int64)
    hashes = np.concatenate(per_doc) if len(per_doc) else np.zeros(0, dtype=np.uint64)
    rows = _maybe_repeated(hashes)
    docs = np.repeat(np.arange(len(lengths), dtype=np.int32), lengths)[rows]
    # Stable sort: within one hash, rows stay in document order, so repeats sit side by side.
    order, sub = sort_stable(hashes[rows])
    docs = docs[order]
    shared = np.zeros(len(hashes) if with_shared else 0, dtype=bool)
    if len(sub):
        new_hash = np.concatenate(([True], sub[1:] != sub[:-1]))
        first = new_hash | np.concatenate(([True], docs[1:] != docs[:-1]))
        if with_shared:
            # Distinct documents per hash: the (hash, document) firsts in each run of one hash.
            starts = np.nonzero(new_hash)[0]
            distinct = np.add.reduceat(first.astype(np.int32), starts)
            sizes = np.diff(np.concatenate((starts, [len(sub)])))
            shared[rows[order]] = np.repeat(distinct >= 2, sizes)
        sub, docs = sub[first], docs[first]
    return sub, docs, shared


def _maybe_repeated(hashes: np.ndarray) -> np.ndarray:
    """Indices (ascending) of every element whose value occurs more than once, and of a few others.

    Most shingles of a corpus occur once and can propose nothing. Sorting the values' high 32
    bits (fast: half the bytes, no index) finds the repeated ones, with the few that only share
    those bits; a bitmap of their top bits then picks their rows, with a few percent of other rows
    that share those bits (harmless: they are groups of one)."""
    n = len(hashes)
    if n < _MIN_PACKED_SORT:
        return np.arange(n)
    high = _high_words(hashes)
    ordered = np.sort(high)
    repeated = ordered[1:][ordered[1:] == ordered[:-1]]
    del ordered
    bits = min(32, max(16, int(len(repeated)).bit_length() + 4))  # ~16 slots per repeated value
    shift = np.uint32(32 - bits)
    bitmap = np.zeros(1 << bits, dtype=bool)
    bitmap[repeated >> shift] = True
    return np.nonzero(bitmap[high >> shift])[0]


def _high_words(hashes: np.ndarray) -> np.ndarray:
    """The high 32 bits of each uint64: a view where memory is little-endian (no copy)."""
    if np.little_endian and hashes.dtype == np.dtype("<u8") and hashes.flags.c_contiguous:
        return hashes.view(np.uint32)[1::2]
    return (hashes >> np.uint64(32)).astype(np.uint32)


def in_sorted(values: np.ndarray, sorted_set: np.ndarray) -> np.ndarray:
    """``np.isin(values, sorted_set)`` for an already sorted set (no re-sorting per call)."""
    if len(sorted_set) == 0:
        return np.zeros(len(values), dtype=bool)
    idx = np.minimum(np.searchsorted(sorted_set, values), len(sorted_set) - 1)
    return sorted_set[idx] == values


def group_sizes(sorted_keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start index and size of each run of equal values in a sorted array."""
    if len(sorted_keys) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    starts = np.concatenate(([0], np.nonzero(sorted_keys[1:] != sorted_keys[:-1])[0] + 1))
    sizes = np.diff(np.concatenate((starts, [len(sorted_keys)])))
    return starts, sizes


def boilerplate_thresholds(
    outlet_of_doc: np.ndarray, params: ReuseParams, unknown_outlet: int | None = None
) -> np.ndarray:
    """Per outlet: in how many of its documents a text must recur to count as its boilerplate.

    ``boilerplate_min_docs``, or less for a small named outlet: ``boilerplate_share`` of its
    documents, but never fewer than 3 (two articles sharing a passage is reuse, not boilerplate).
    Documents of unknown outlet (``unknown_outlet``) only get the absolute threshold: they may
    come from anywhere, so a share of them says nothing about a house style.
    """
    outlet_sizes = np.bincount(outlet_of_doc) if len(outlet_of_doc) else np.zeros(0, dtype=np.int64)
    by_share = np.maximum(3, np.ceil(params.boilerplate_share * outlet_sizes)).astype(np.int64)
    thresholds = np.minimum(params.boilerplate_min_docs, by_share)
    if unknown_outlet is not None and unknown_outlet < len(thresholds):
        thresholds[unknown_outlet] = params.boilerplate_min_docs
    return thresholds


def boilerplate_shingles(
    hashes: np.ndarray,
    docs: np.ndarray,
    starts: np.ndarray,
    sizes: np.ndarray,
    outlet_of_doc: np.ndarray,
    thresholds: np.ndarray,
) -> np.ndarray:
    """Sorted outlet-keyed hashes of shingles that recur in enough documents of one outlet.

    ``hashes``/``docs`` are sorted by hash with groups ``starts``/``sizes``; only groups large
    enough to reach the lowest threshold are looked at.
    """
    if len(thresholds) == 0:
        return np.zeros(0, dtype=np.uint64)
    rows = np.repeat(sizes >= thresholds.min(), sizes)
    outlets = outlet_of_doc[docs[rows]]
    keyed = outlet_keyed(hashes[rows], outlets)
    order = np.argsort(keyed, kind="stable")
    keyed = keyed[order]
    k_starts, k_sizes = group_sizes(keyed)
    return keyed[k_starts[k_sizes >= thresholds[outlets[order[k_starts]]]]]


class Candidates(NamedTuple):
    """What the candidate stage finds (see :func:`candidate_pairs`), plus, for every document,
    which of its shingles are boilerplate of its outlet: rows ``(boiler_docs[k], boiler_hashes[k])``
    sorted by document then hash, each once."""

    pairs: np.ndarray
    boiler: np.ndarray
    shared: np.ndarray
    boiler_docs: np.ndarray
    boiler_hashes: np.ndarray
    cutoffs: CutOffs | None = None  # what the frequency limits left out (:func:`frequency_cutoffs`)


def candidate_pairs(
    doc_shingles: Sequence[np.ndarray],
    outlet_of_doc: np.ndarray,
    thresholds: np.ndarray,
    params: ReuseParams,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs of documents worth aligning, the boilerplate shingles of each outlet, and which
    shingles occur in more than one document.

    ``doc_shingles``: each document's ``params.ngram``-shingle hashes.
    Returns ``pairs`` (k x 2 int32, first < second, sorted), the sorted outlet-keyed
    boilerplate shingle hashes (see :func:`outlet_keyed`), and one flag per shingle of the
    concatenated ``doc_shingles``: found in another document too (only those can seed).
    """
    found = candidates(doc_shingles, outlet_of_doc, thresholds, params, boiler_of_docs=False)
    return found.pairs, found.boiler, found.shared


def candidates(
    doc_shingles: Sequence[np.ndarray],
    outlet_of_doc: np.ndarray,
    thresholds: np.ndarray,
    params: ReuseParams,
    *,
    shared: bool = True,
    boiler_of_docs: bool = True,
) -> Candidates:
    """:func:`candidate_pairs`, with each document's boilerplate shingles as well (unless not
    ``boiler_of_docs``), and, unless not ``shared``, the per-shingle flags (only whole-corpus
    seed tables need them)."""
    hashes, docs, shared_flags = _doc_shingles(doc_shingles, shared)
    starts, sizes = group_sizes(hashes)
    boiler = boilerplate_shingles(hashes, docs, starts, sizes, outlet_of_doc, thresholds)
    n_docs = len(doc_shingles)
    wide = _wide_pairs(hashes, docs, starts, sizes, outlet_of_doc, boiler, params, n_docs)
    boiler_docs, boiler_hashes = (
        _boilerplate_of_docs(hashes, docs, sizes, outlet_of_doc, thresholds, boiler)
        if boiler_of_docs
        else (np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.uint64))
    )
    # counted here, from the arrays already sorted, rather than by sorting every shingle again
    cutoffs = _cutoffs(hashes, docs, sizes, outlet_of_doc, thresholds, boiler, params)
    # Shingles that propose pairs: shared, not too common, and not boilerplate of an outlet.
    useful = (sizes >= 2) & (sizes <= params.max_df)
    rows = np.repeat(useful, sizes)  # most shingles occur once: keep only the shared ones
    hashes, docs, sizes = hashes[rows], docs[rows], sizes[useful]
    starts = np.cumsum(sizes) - sizes
    if len(boiler) and len(hashes):
        row_is_boiler = in_sorted(outlet_keyed(hashes, outlet_of_doc[docs]), boiler)
        not_boiler = ~np.logical_or.reduceat(row_is_boiler, starts)
        starts, sizes = starts[not_boiler], sizes[not_boiler]
    del hashes
    chosen = wide
    if len(sizes):
        unique_keys, counts = np.unique(group_pair_keys(docs, starts, sizes, n_docs), return_counts=True)
        chosen = np.union1d(unique_keys[counts >= params.min_shared], wide)
    pairs = np.stack((chosen // n_docs, chosen % n_docs), axis=1).astype(np.int32)
    return Candidates(pairs, boiler, shared_flags, boiler_docs, boiler_hashes, cutoffs)


def _wide_pairs(
    hashes: np.ndarray,
    docs: np.ndarray,
    starts: np.ndarray,
    sizes: np.ndarray,
    outlet_of_doc: np.ndarray,
    boiler: np.ndarray,
    params: ReuseParams,
    n_docs: int,
) -> np.ndarray:
    """Pair keys (``a * n_docs + b``) of the text the frequency limits leave out of pairing.

    A shingle in more than ``max_df`` documents, or boilerplate of an outlet, proposes no pair of
    its documents (that would be quadratic). Each of its documents is paired with the first one
    holding it instead (a star: linear), kept when they share ``min_shared`` such shingles; so a
    story in 500 documents is still aligned, 499 times, and its passages form one cluster (flagged
    boilerplate where an outlet repeats it) instead of nothing. Off with ``params.wide_stories``.
    """
    empty = np.zeros(0, dtype=np.int64)
    if not params.wide_stories or len(hashes) == 0:
        return empty
    left_out = sizes > params.max_df
    if len(boiler):
        row_is_boiler = in_sorted(outlet_keyed(hashes, outlet_of_doc[docs]), boiler)
        left_out |= np.logical_or.reduceat(row_is_boiler, starts)
    left_out &= sizes >= 2
    if not left_out.any():
        return empty
    keys = star_keys(docs, starts[left_out], sizes[left_out], n_docs)
    unique_keys, counts = np.unique(keys, return_counts=True)
    return unique_keys[counts >= params.min_shared]


def group_pair_keys(docs: np.ndarray, starts: np.ndarray, sizes: np.ndarray, n_docs: int) -> np.ndarray:
    """Every pair of documents of every group (``docs[start : start + size]``), as keys
    ``a * n_docs + b`` (``a < b``), with repeats: a pair's count is the groups it shares."""
    keys: list[np.ndarray] = []
    for size in np.unique(sizes).tolist():
        group_starts = starts[sizes == size]
        members = docs[group_starts[:, None] + np.arange(size)[None, :]]  # groups x size
        members.sort(axis=1)
        left, right = np.triu_indices(size, k=1)
        keys.append((members[:, left].astype(np.int64) * n_docs + members[:, right]).ravel())
    return np.concatenate(keys) if keys else np.zeros(0, dtype=np.int64)


def star_keys(docs: np.ndarray, starts: np.ndarray, sizes: np.ndarray, n_docs: int) -> np.ndarray:
    """Each document of each group paired with the group's first one, as keys, with repeats.

    Rows of one hash are in document order: the first is the earliest document holding it."""
    others = sizes - 1
    if len(starts) == 0:
        return np.zeros(0, dtype=np.int64)
    anchors = np.repeat(docs[starts].astype(np.int64), others)
    within = np.arange(int(others.sum())) - np.repeat(np.cumsum(others) - others, others)
    rest = docs[np.repeat(starts, others) + within + 1].astype(np.int64)
    return anchors * n_docs + rest


def _boilerplate_of_docs(
    hashes: np.ndarray,
    docs: np.ndarray,
    sizes: np.ndarray,
    outlet_of_doc: np.ndarray,
    thresholds: np.ndarray,
    boiler: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """``(document, hash)`` rows where the shingle is boilerplate of the document's outlet, sorted.

    ``hashes``/``docs``: each (shingle, document) once, sorted by hash, in groups of ``sizes``.
    """
    if len(boiler) == 0 or len(thresholds) == 0:
        return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.uint64)
    rows = _boiler_rows(hashes, docs, sizes, outlet_of_doc, thresholds, boiler)
    found_docs, found_hashes = docs[rows], hashes[rows]
    order = np.lexsort((found_hashes, found_docs))
    return found_docs[order], found_hashes[order]


def _boiler_rows(
    hashes: np.ndarray,
    docs: np.ndarray,
    sizes: np.ndarray,
    outlet_of_doc: np.ndarray,
    thresholds: np.ndarray,
    boiler: np.ndarray,
) -> np.ndarray:
    """Indices (ascending) of the rows whose shingle is boilerplate of the document's outlet.

    A boilerplate shingle recurs in at least the lowest threshold of documents: only the rows of
    such groups can be one (as in :func:`boilerplate_shingles`)."""
    rows = np.nonzero(np.repeat(sizes >= thresholds.min(), sizes))[0]
    return rows[in_sorted(outlet_keyed(hashes[rows], outlet_of_doc[docs[rows]]), boiler)]


def frequency_cutoffs(
    doc_shingles: Sequence[np.ndarray], outlet_of_doc: np.ndarray, thresholds: np.ndarray, params: ReuseParams
) -> CutOffs:
    """How many shingles (and documents holding them) the frequency limits leave out of pairing:
    found in more than ``max_df`` documents, or boilerplate of an outlet (see :func:`candidates`)."""
    hashes, docs, _ = _doc_shingles(doc_shingles, False)
    starts, sizes = group_sizes(hashes)
    boiler = boilerplate_shingles(hashes, docs, starts, sizes, outlet_of_doc, thresholds)
    return _cutoffs(hashes, docs, sizes, outlet_of_doc, thresholds, boiler, params)


def _cutoffs(
    hashes: np.ndarray,
    docs: np.ndarray,
    sizes: np.ndarray,
    outlet_of_doc: np.ndarray,
    thresholds: np.ndarray,
    boiler: np.ndarray,
    params: ReuseParams,
) -> CutOffs:
    """:func:`frequency_cutoffs` of the sorted (shingle, document) rows ``hashes``/``docs`` (in
    groups of ``sizes``) and the outlets' boilerplate shingles ``boiler``."""
    frequent = sizes > params.max_df
    frequent_docs = np.unique(docs[np.repeat(frequent, sizes)])
    boiler_docs = np.zeros(0, dtype=np.int32)
    if len(boiler) and len(hashes):
        boiler_docs = np.unique(docs[_boiler_rows(hashes, docs, sizes, outlet_of_doc, thresholds, boiler)])
    return CutOffs(
        max_df=params.max_df,
        boilerplate_min_docs=params.boilerplate_min_docs,
        frequent_shingles=int(frequent.sum()),
        frequent_documents=len(frequent_docs),
        boilerplate_shingles=len(boiler),
        boilerplate_documents=len(boiler_docs),
        wide_stories=params.wide_stories,
    )
