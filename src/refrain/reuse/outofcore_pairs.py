"""Candidate pairs of the out-of-core engine, found from shingle partitions on disk.

The in-memory engine (:func:`refrain.reuse.candidates.candidates`) sorts every (shingle,
document) row of the corpus at once. Here the rows are first written to ``2**bits`` files by the
high bits of the shingle hash, so every row of one shingle is in one file; each file is then
sorted alone and read with the same functions (groups, boilerplate, the frequency limits). What
cannot be decided within one file is how many shingles a pair shares: each file writes its pair
keys (``a * n_docs + b``, with repeats) to partitions by the range of ``a``, and each of those is
counted alone afterwards (a disk-backed group-by). Reading the partitions in order gives the pairs
sorted, as the in-memory engine gives them.

Files are raw little-endian numpy arrays appended to, not a database: the reuse package does not
speak SQL (that is the store's), and these rows are read back whole, once.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from refrain.reuse.candidates import (
    boilerplate_shingles,
    group_pair_keys,
    group_sizes,
    in_sorted,
    outlet_keyed,
    sort_stable,
    star_keys,
)
from refrain.reuse.model import CutOffs
from refrain.reuse.params import ReuseParams

ROW_DTYPE = np.dtype([("hash", "<u8"), ("doc", "<i4")])
# Pair-key partitions (ranges of the first document): fine enough to be merged up to the bound.
PAIR_PARTS = 256


@dataclass
class ShinglePartitions:
    """The (shingle hash, document) rows of a corpus, in ``2**bits`` files by the hash's top bits."""

    folder: Path
    bits: int
    rows: int = 0

    def __post_init__(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)

    def path(self, bucket: int) -> Path:
        return self.folder / f"shingles-{bucket:05d}.bin"

    def add(self, doc_shingles: list[np.ndarray], first_doc: int) -> None:
        """Append the distinct shingles of documents ``first_doc, first_doc + 1, …``.

        Within a file rows stay in document order (batches come in order), which the stable sort
        of :meth:`read` keeps: the first row of a shingle is its earliest document, as in memory."""
        if not doc_shingles:
            return
        distinct = [np.unique(s) for s in doc_shingles]
        lengths = np.array([len(s) for s in distinct], dtype=np.int64)
        rows = np.empty(int(lengths.sum()), dtype=ROW_DTYPE)
        rows["hash"] = np.concatenate(distinct) if len(distinct) else np.zeros(0, np.uint64)
        rows["doc"] = np.repeat(np.arange(first_doc, first_doc + len(distinct), dtype=np.int32), lengths)
        buckets = (rows["hash"] >> np.uint64(64 - self.bits)).astype(np.int64) if self.bits else None
        if buckets is None:
            self._append(0, rows)
        else:
            order = np.argsort(buckets, kind="stable")
            rows, buckets = rows[order], buckets[order]
            starts, sizes = group_sizes(buckets)
            for start, size in zip(starts.tolist(), sizes.tolist(), strict=True):
                self._append(int(buckets[start]), rows[start : start + size])
        self.rows += len(rows)

    def _append(self, bucket: int, rows: np.ndarray) -> None:
        with self.path(bucket).open("ab") as fh:
            rows.tofile(fh)

    def read(self, bucket: int) -> tuple[np.ndarray, np.ndarray]:
        """``(hashes, docs)`` of one file, sorted by hash, documents ascending within a hash."""
        path = self.path(bucket)
        if not path.exists():
            return np.zeros(0, np.uint64), np.zeros(0, np.int32)
        rows = np.fromfile(path, dtype=ROW_DTYPE)
        order, hashes = sort_stable(np.ascontiguousarray(rows["hash"]))
        return hashes, np.ascontiguousarray(rows["doc"])[order]


@dataclass
class PairKeys:
    """Pair keys with repeats, in ``PAIR_PARTS`` files per kind by the range of the first document."""

    folder: Path
    n_docs: int
    parts: int = field(init=False)

    def __post_init__(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.parts = max(1, min(PAIR_PARTS, self.n_docs))

    def path(self, kind: str, part: int) -> Path:
        return self.folder / f"{kind}-{part:04d}.bin"

    def add(self, kind: str, keys: np.ndarray) -> None:
        if len(keys) == 0:
            return
        part = (keys // self.n_docs) * self.parts // self.n_docs
        order = np.argsort(part, kind="stable")
        keys, part = keys[order], part[order]
        starts, sizes = group_sizes(part)
        for start, size in zip(starts.tolist(), sizes.tolist(), strict=True):
            with self.path(kind, int(part[start])).open("ab") as fh:
                keys[start : start + size].astype("<i8").tofile(fh)

    def groups(self, budget_bytes: int) -> Iterator[list[int]]:
        """Runs of consecutive parts whose keys (read, sorted, counted: ~4 copies) fit the budget;
        a part larger than that alone is one run."""
        run: list[int] = []
        held = 0
        for part in range(self.parts):
            size = sum(
                self.path(k, part).stat().st_size for k in ("pairs", "wide") if self.path(k, part).exists()
            )
            if run and (held + size) * 4 > budget_bytes:
                yield run
                run, held = [], 0
            run.append(part)
            held += size
        if run:
            yield run

    def counted(self, parts: list[int], min_shared: int) -> np.ndarray:
        """The pairs (k x 2 int32, sorted) of ``parts``: keys repeated ``min_shared`` times, of each
        kind separately, then joined (as :func:`refrain.reuse.candidates.candidates` does)."""
        kept = []
        for kind in ("pairs", "wide"):
            files = [self.path(kind, p) for p in parts if self.path(kind, p).exists()]
            keys = (
                np.concatenate([np.fromfile(f, dtype="<i8") for f in files])
                if files
                else np.zeros(0, np.int64)
            )
            unique_keys, counts = np.unique(keys, return_counts=True)
            kept.append(unique_keys[counts >= min_shared])
        chosen = np.union1d(kept[0], kept[1])
        return np.stack((chosen // self.n_docs, chosen % self.n_docs), axis=1).astype(np.int32)


@dataclass
class BucketFacts:
    """What the shingle files say beyond pairs: the boilerplate set and the frequency cut-offs."""

    n_docs: int
    boiler_parts: list[np.ndarray] = field(default_factory=list)
    frequent_shingles: int = 0
    frequent_docs: np.ndarray = field(init=False)
    boiler_docs: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        self.frequent_docs = np.zeros(self.n_docs, dtype=bool)
        self.boiler_docs = np.zeros(self.n_docs, dtype=bool)

    def boiler(self) -> np.ndarray:
        parts = self.boiler_parts
        return np.unique(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.uint64)

    def cutoffs(self, params: ReuseParams) -> CutOffs:
        return CutOffs(
            max_df=params.max_df,
            boilerplate_min_docs=params.boilerplate_min_docs,
            frequent_shingles=self.frequent_shingles,
            frequent_documents=int(self.frequent_docs.sum()),
            boilerplate_shingles=int(sum(len(b) for b in self.boiler_parts)),
            boilerplate_documents=int(self.boiler_docs.sum()),
            wide_stories=params.wide_stories,
        )


def scan_bucket(
    hashes: np.ndarray,
    docs: np.ndarray,
    outlet_of_doc: np.ndarray,
    thresholds: np.ndarray,
    params: ReuseParams,
    facts: BucketFacts,
    keys: PairKeys,
) -> None:
    """One shingle file (sorted by hash): its boilerplate and cut-offs into ``facts``, its pair keys
    (rare shared shingles, and the wide-story stars) into ``keys``."""
    starts, sizes = group_sizes(hashes)
    boiler = boilerplate_shingles(hashes, docs, starts, sizes, outlet_of_doc, thresholds)
    frequent = sizes > params.max_df
    facts.frequent_shingles += int(frequent.sum())
    facts.frequent_docs[docs[np.repeat(frequent, sizes)]] = True
    row_is_boiler = np.zeros(len(hashes), dtype=bool)
    if len(boiler):
        facts.boiler_parts.append(boiler)
        row_is_boiler = in_sorted(outlet_keyed(hashes, outlet_of_doc[docs]), boiler)
        facts.boiler_docs[docs[row_is_boiler]] = True
    group_is_boiler = (
        np.logical_or.reduceat(row_is_boiler, starts) if len(boiler) else np.zeros(len(sizes), dtype=bool)
    )
    n_docs = keys.n_docs
    useful = (sizes >= 2) & (sizes <= params.max_df) & ~group_is_boiler
    keys.add("pairs", group_pair_keys(docs, starts[useful], sizes[useful], n_docs))
    if params.wide_stories:
        left_out = (sizes >= 2) & ((sizes > params.max_df) | group_is_boiler)
        keys.add("wide", star_keys(docs, starts[left_out], sizes[left_out], n_docs))
