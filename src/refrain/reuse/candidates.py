"""Candidate pairs: documents that share rare word shingles.

Everything here is flat numpy arrays (a shingle hash and a document number per row), never Python
dicts of strings, so that 33k articles (14M shingles) fit in a few hundred MB.

A shingle found in more than ``max_df`` documents proposes no pairs (a tag line in 3,000
articles would otherwise propose 4.5 million pairs); a shingle found in ``boilerplate_min_docs``
documents of one outlet is remembered as boilerplate for that outlet.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from refrain.reuse.params import ReuseParams
from refrain.reuse.tokens import shingles

_OUTLET_MIX = np.uint64(0x9E3779B97F4A7C15)


def outlet_keyed(shingle_hashes: np.ndarray, outlet_ids: np.ndarray | int) -> np.ndarray:
    """Shingle hashes made specific to an outlet (for per-outlet document frequencies)."""
    return shingle_hashes ^ ((np.asarray(outlet_ids, dtype=np.uint64) + np.uint64(1)) * _OUTLET_MIX)


def _doc_shingles(token_hashes: Sequence[np.ndarray], n: int) -> tuple[np.ndarray, np.ndarray]:
    """Distinct shingles of every document, flattened: (hashes, document numbers)."""
    per_doc = [np.unique(shingles(h, n)) for h in token_hashes]
    lengths = np.array([len(s) for s in per_doc], dtype=np.int64)
    hashes = np.concatenate(per_doc) if per_doc else np.zeros(0, dtype=np.uint64)
    docs = np.repeat(np.arange(len(per_doc), dtype=np.int32), lengths)
    return hashes, docs


def _group_sizes(sorted_keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start index and size of each run of equal values in a sorted array."""
    if len(sorted_keys) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    starts = np.concatenate(([0], np.nonzero(sorted_keys[1:] != sorted_keys[:-1])[0] + 1))
    sizes = np.diff(np.concatenate((starts, [len(sorted_keys)])))
    return starts, sizes


def boilerplate_shingles(
    hashes: np.ndarray, docs: np.ndarray, outlet_of_doc: np.ndarray, min_docs: int
) -> np.ndarray:
    """Sorted outlet-keyed hashes of shingles found in ``min_docs`` or more documents of one outlet."""
    keyed = outlet_keyed(hashes, outlet_of_doc[docs])
    keyed.sort()
    starts, sizes = _group_sizes(keyed)
    return keyed[starts[sizes >= min_docs]]


def candidate_pairs(
    token_hashes: Sequence[np.ndarray],
    outlet_of_doc: np.ndarray,
    params: ReuseParams,
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of documents worth aligning, and the boilerplate shingles of each outlet.

    Returns ``pairs`` (k x 2 int32, first < second, sorted) and the sorted outlet-keyed
    boilerplate shingle hashes (see :func:`outlet_keyed`).
    """
    hashes, docs = _doc_shingles(token_hashes, params.ngram)
    boiler = boilerplate_shingles(hashes, docs, outlet_of_doc, params.boilerplate_min_docs)
    order = np.argsort(hashes, kind="stable")
    hashes, docs = hashes[order], docs[order]
    del order
    starts, sizes = _group_sizes(hashes)
    # Shingles that propose pairs: shared, not too common, and not boilerplate of an outlet.
    useful = (sizes >= 2) & (sizes <= params.max_df)
    if len(boiler):
        row_is_boiler = np.isin(outlet_keyed(hashes, outlet_of_doc[docs]), boiler)
        useful &= ~np.logical_or.reduceat(row_is_boiler, starts)
    starts, sizes = starts[useful], sizes[useful]
    del hashes
    n_docs = len(token_hashes)
    keys: list[np.ndarray] = []
    for size in np.unique(sizes):
        group_starts = starts[sizes == size]
        members = docs[group_starts[:, None] + np.arange(size)[None, :]]  # groups x size
        members.sort(axis=1)
        left, right = np.triu_indices(int(size), k=1)
        pair_keys = members[:, left].astype(np.int64) * n_docs + members[:, right]
        keys.append(pair_keys.ravel())
    if not keys:
        return np.zeros((0, 2), dtype=np.int32), boiler
    all_keys = np.concatenate(keys)
    del keys
    unique_keys, counts = np.unique(all_keys, return_counts=True)
    chosen = unique_keys[counts >= params.min_shared]
    pairs = np.stack((chosen // n_docs, chosen % n_docs), axis=1).astype(np.int32)
    return pairs, boiler
