"""Seed tables: the shingles of one document that can start an alignment, sorted for intersecting.

Aligning two documents starts from the positions where they share a word shingle. Per pair, that
used to mean sorting both documents' shingles again; a document that takes part in a hundred
pairs was sorted a hundred times. A :class:`SeedTable` is built once per document instead, and
holds only what can ever seed:

- shingles repeated more than ``max_repeats`` times in the document are left out (a chorus or a
  table row would otherwise pair every repetition with every other);
- the engine also leaves out shingles found in no other document of the corpus (most of them),
  which changes no seed: a seed is a shingle two documents share.

Intersecting two tables is then a merge of two short sorted arrays.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from refrain.reuse.candidates import in_sorted, outlet_keyed

_EMPTY_POS = np.zeros(0, dtype=np.int32)
_EMPTY_FLAGS = np.zeros(0, dtype=bool)


@dataclass(frozen=True, slots=True)
class SeedTable:
    """Shingle hashes of one document, sorted (ties by position), the position of each, and
    whether each is boilerplate of the document's outlet."""

    hashes: np.ndarray  # uint64, ascending
    positions: np.ndarray  # int32 word position of each shingle
    boiler: np.ndarray  # bool

    def __len__(self) -> int:
        return len(self.hashes)


def seed_table(doc_shingles: np.ndarray, max_repeats: int, outlet: int, boiler: np.ndarray) -> SeedTable:
    """The seed table of one document from all its shingle hashes (position order), its outlet
    number and the sorted outlet-keyed boilerplate hashes (:mod:`refrain.reuse.candidates`)."""
    order = np.argsort(doc_shingles, kind="stable")
    hashes = doc_shingles[order]
    keep = _runs_at_most(hashes, max_repeats)
    hashes = hashes[keep]
    return SeedTable(hashes, order[keep].astype(np.int32), in_sorted(outlet_keyed(hashes, outlet), boiler))


def _runs_at_most(sorted_values: np.ndarray, limit: int) -> np.ndarray:
    """Mask of the elements of a sorted array whose value occurs at most ``limit`` times."""
    if len(sorted_values) == 0:
        return np.zeros(0, dtype=bool)
    starts = np.concatenate(([0], np.nonzero(sorted_values[1:] != sorted_values[:-1])[0] + 1))
    sizes = np.diff(np.concatenate((starts, [len(sorted_values)])))
    return np.repeat(sizes <= limit, sizes)


def shared_seed_tables(
    doc_shingles: Sequence[np.ndarray],
    shared: np.ndarray,
    max_repeats: int,
    outlet_of_doc: np.ndarray,
    boiler: np.ndarray,
) -> list[SeedTable]:
    """Seed tables of every document, keeping only shingles marked ``shared`` (found in at least
    two documents), built in a few passes over the whole corpus rather than one sort per document.

    ``shared``: one flag per shingle of the concatenated ``doc_shingles``.
    """
    lengths = np.array([len(s) for s in doc_shingles], dtype=np.int64)
    if len(lengths) == 0:
        return []
    offsets = np.concatenate(([0], np.cumsum(lengths)))
    rows = np.nonzero(shared)[0]
    hashes = np.concatenate(doc_shingles)[rows]
    docs = np.searchsorted(offsets, rows, "right") - 1
    positions = rows - offsets[docs]
    # Sort by (document, hash, position): rows are already by document then position.
    order = np.lexsort((hashes, docs))
    hashes, docs, positions = hashes[order], docs[order], positions[order]
    # Runs of one hash within one document longer than max_repeats are dropped.
    if len(hashes):
        new_run = np.concatenate(([True], (hashes[1:] != hashes[:-1]) | (docs[1:] != docs[:-1])))
        starts = np.nonzero(new_run)[0]
        sizes = np.diff(np.concatenate((starts, [len(hashes)])))
        keep = np.repeat(sizes <= max_repeats, sizes)
        hashes, docs, positions = hashes[keep], docs[keep], positions[keep]
    bounds = np.searchsorted(docs, np.arange(len(lengths) + 1)).tolist()
    positions = positions.astype(np.int32)
    flags = in_sorted(outlet_keyed(hashes, outlet_of_doc[docs]), boiler)
    return [
        SeedTable(hashes[lo:hi], positions[lo:hi], flags[lo:hi])
        for lo, hi in zip(bounds[:-1], bounds[1:], strict=True)
    ]


def pair_seeds(a: SeedTable, b: SeedTable) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every ``(i, j)`` where A's shingle at ``i`` equals B's at ``j``, and whether that shingle
    is boilerplate of A's or B's outlet (a reprint may carry the source's tag line)."""
    if len(a) == 0 or len(b) == 0:
        return _EMPTY_POS, _EMPTY_POS, _EMPTY_FLAGS
    lo = np.searchsorted(b.hashes, a.hashes, "left")
    count = np.searchsorted(b.hashes, a.hashes, "right") - lo
    hit = np.nonzero(count)[0]
    if len(hit) == 0:
        return _EMPTY_POS, _EMPTY_POS, _EMPTY_FLAGS
    counts = count[hit]
    firsts = lo[hit]
    flags = a.boiler[hit] | b.boiler[firsts]
    if (counts == 1).all():  # the usual case: no repeats in B
        return a.positions[hit], b.positions[firsts], flags
    within = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    return (
        np.repeat(a.positions[hit], counts),
        b.positions[np.repeat(firsts, counts) + within],
        np.repeat(flags, counts),
    )
