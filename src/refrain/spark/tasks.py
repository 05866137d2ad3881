"""The work inside the Spark reuse engine's tasks: pure functions of Arrow batches and numpy arrays.

Rows that cross a shuffle are few and large: a task packs its shingles (or pair counts) for one
destination bucket into binary columns, so Spark moves a handful of blobs per task instead of one
row per shingle, and every step on them is a numpy pass over a whole partition.

1. :func:`shingle_blobs`: documents → their distinct shingles, packed per hash bucket;
2. :func:`candidate_blobs`: one partition of hash buckets (every row of a hash lands in the same
   bucket, so document frequencies, boilerplate and pairs are all local) → pair counts packed per
   pair bucket, with this partition's boilerplate hashes and cut-off figures;
3. :func:`pair_rows`: one partition of pair buckets → the pairs whose summed count reaches
   ``min_shared``;
4. :func:`align_partition`: the pairs of one pair bucket and the texts of every document they
   touch → raw passages, each document tokenised once per task, aligned by the local engine's
   own per-pair step.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

import numpy as np

from refrain.reuse import engine
from refrain.reuse.candidates import boilerplate_shingles, group_sizes, in_sorted, outlet_keyed
from refrain.reuse.params import ReuseParams
from refrain.reuse.seeds import shared_seed_tables
from refrain.reuse.tokens import shingles, tokenize_many

SHINGLE_BLOB_SCHEMA = "bucket int, hashes binary, docs binary, outlets binary"
# kind: PAIRS / WIDE (keys and counts for pair bucket q), or one of the figures below (q = -1).
COUNT_BLOB_SCHEMA = "kind int, q int, keys binary, counts binary"
PAIRS, WIDE, BOILER_HASHES, FREQUENT, BOILER_DOCS = range(5)
PAIR_SCHEMA = "q int, a int, b int"
RAW_NAMES = ("a", "a_start", "a_end", "b", "b_start", "b_end", "score", "boilerplate", "facts")
RAW_SCHEMA = "a int, a_start int, a_end int, b int, b_start int, b_end int, score double, boilerplate boolean, facts int"


def _blob(values: np.ndarray) -> bytes:
    return np.ascontiguousarray(values).tobytes()


def _unblob(column: Any, dtype: Any) -> np.ndarray:
    """One numpy array of every blob in a binary Arrow column."""
    parts = [np.frombuffer(b, dtype=dtype) for b in column.to_pylist() if b is not None]
    return np.concatenate(parts) if parts else np.zeros(0, dtype=dtype)


# -- 1. shingles --------------------------------------------------------------------------------
def shingle_blobs(batches: Iterator[Any], ngram: int, labels: np.ndarray) -> Iterator[Any]:
    """Arrow batches of ``(doc, text, outlet)`` → one row per hash bucket holding, packed, every
    ``(shingle hash, document, outlet)`` of the batch whose hash falls in it (each once per
    document). Bucket k is labelled ``labels[k]``, the value Spark sends to partition k."""
    import pyarrow as pa

    buckets = len(labels)
    for batch in batches:
        docs = batch.column("doc").to_numpy(zero_copy_only=False).astype(np.int32)
        outlets = batch.column("outlet").to_numpy(zero_copy_only=False).astype(np.int32)
        per_doc = [
            np.unique(shingles(t.hashes, ngram)) for t in tokenize_many(batch.column("text").to_pylist())
        ]
        lengths = np.array([len(s) for s in per_doc], dtype=np.int64)
        hashes = np.concatenate(per_doc) if per_doc else np.zeros(0, dtype=np.uint64)
        bucket = (hashes % np.uint64(buckets)).astype(np.int32)
        order = np.argsort(bucket, kind="stable")
        bounds = np.searchsorted(bucket[order], np.arange(buckets + 1)).tolist()
        hashes, row_docs, row_outlets = (
            hashes[order],
            np.repeat(docs, lengths)[order],
            np.repeat(outlets, lengths)[order],
        )
        out: dict[str, list[Any]] = {"bucket": [], "hashes": [], "docs": [], "outlets": []}
        for k in range(buckets):
            lo, hi = bounds[k], bounds[k + 1]
            if hi > lo:
                out["bucket"].append(int(labels[k]))
                out["hashes"].append(_blob(hashes[lo:hi]))
                out["docs"].append(_blob(row_docs[lo:hi]))
                out["outlets"].append(_blob(row_outlets[lo:hi]))
        yield pa.RecordBatch.from_pydict(
            out,
            schema=pa.schema(
                [
                    ("bucket", pa.int32()),
                    ("hashes", pa.binary()),
                    ("docs", pa.binary()),
                    ("outlets", pa.binary()),
                ]
            ),
        )


# -- 2. candidates within a partition of hash buckets ---------------------------------------------
class BucketCandidates(NamedTuple):
    """What one partition of hashes proposes: pair keys ``a << 32 | b`` with how many of its
    shingles each pair shares (``pairs``, ``pair_counts``; ``wide``, ``wide_counts`` for the
    star pairs of the groups the frequency limits leave out), its boilerplate outlet-keyed
    hashes, and what those limits left out (shingle count, documents holding them)."""

    pairs: np.ndarray
    pair_counts: np.ndarray
    wide: np.ndarray
    wide_counts: np.ndarray
    boiler: np.ndarray
    frequent_shingles: int
    frequent_docs: np.ndarray
    boiler_docs: np.ndarray


def _counted(keys: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    if not keys:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.unique(np.concatenate(keys), return_counts=True)


def bucket_candidates(
    hashes: np.ndarray, docs: np.ndarray, outlets: np.ndarray, thresholds: np.ndarray, params: ReuseParams
) -> BucketCandidates:
    """The local engine's candidate rules (:func:`refrain.reuse.candidates.candidates`) on the
    rows ``(hash, document, outlet)`` of some hashes, every document of each hash present; the
    pair counts are partial (a pair's other shared shingles are in other partitions) and are
    summed and thresholded by :func:`pair_rows`."""
    order = np.lexsort((docs, hashes))  # by hash, then document: a group's first is its earliest
    hashes, docs, outlets = hashes[order], docs[order].astype(np.int64), outlets[order].astype(np.int64)
    starts, sizes = group_sizes(hashes)
    # Rows stand in for documents here: row i's outlet is outlets[i].
    boiler = boilerplate_shingles(hashes, np.arange(len(hashes)), starts, sizes, outlets, thresholds)
    row_is_boiler = in_sorted(outlet_keyed(hashes, outlets), boiler)
    boiler_groups = np.zeros(len(starts), dtype=bool)
    if len(boiler) and len(starts):
        boiler_groups = np.logical_or.reduceat(row_is_boiler, starts)
    keys: list[np.ndarray] = []
    useful = (sizes >= 2) & (sizes <= params.max_df) & ~boiler_groups
    for size in np.unique(sizes[useful]).tolist():
        members = docs[starts[useful & (sizes == size)][:, None] + np.arange(size)[None, :]]
        left, right = np.triu_indices(size, k=1)
        keys.append(((members[:, left] << 32) | members[:, right]).ravel())
    wide_keys: list[np.ndarray] = []
    left_out = ((sizes > params.max_df) | boiler_groups) & (sizes >= 2)
    if params.wide_stories and left_out.any():
        w_starts, w_others = starts[left_out], sizes[left_out] - 1
        anchors = np.repeat(docs[w_starts], w_others)
        within = np.arange(int(w_others.sum())) - np.repeat(np.cumsum(w_others) - w_others, w_others)
        wide_keys.append((anchors << 32) | docs[np.repeat(w_starts, w_others) + within + 1])
    frequent = sizes > params.max_df
    return BucketCandidates(
        *_counted(keys),
        *_counted(wide_keys),
        boiler=boiler,
        frequent_shingles=int(frequent.sum()),
        frequent_docs=np.unique(docs[np.repeat(frequent, sizes)]),
        boiler_docs=np.unique(docs[row_is_boiler]),
    )


def candidate_blobs(
    batches: Iterator[Any], thresholds: np.ndarray, params: ReuseParams, labels: np.ndarray, n_docs: int
) -> Iterator[Any]:
    """A partition of shingle blobs (whole hash buckets) → pair counts packed per pair bucket
    (``a`` modulo the number of ``labels``, labelled as in :func:`shingle_blobs`), and this partition's boilerplate hashes and cut-off figures (document
    sets as bitmaps of ``n_docs`` bits, so that the driver's share stays small)."""
    import pyarrow as pa

    listed = list(batches)
    if not listed:
        return
    table = pa.Table.from_batches(listed)
    found = bucket_candidates(
        _unblob(table.column("hashes"), np.uint64),
        _unblob(table.column("docs"), np.int32),
        _unblob(table.column("outlets"), np.int32),
        thresholds,
        params,
    )
    out: dict[str, list[Any]] = {"kind": [], "q": [], "keys": [], "counts": []}

    def add(kind: int, q: int, keys: np.ndarray, counts: np.ndarray) -> None:
        out["kind"].append(kind)
        out["q"].append(q)
        out["keys"].append(_blob(keys))
        out["counts"].append(_blob(counts))

    pair_buckets = len(labels)
    for kind, keys, counts in (
        (PAIRS, found.pairs, found.pair_counts),
        (WIDE, found.wide, found.wide_counts),
    ):
        q = (keys >> 32) % pair_buckets
        order = np.argsort(q, kind="stable")
        bounds = np.searchsorted(q[order], np.arange(pair_buckets + 1)).tolist()
        for k in range(pair_buckets):
            if bounds[k + 1] > bounds[k]:
                rows = order[bounds[k] : bounds[k + 1]]
                add(kind, int(labels[k]), keys[rows], counts[rows].astype(np.int32))
    add(BOILER_HASHES, -1, found.boiler, np.array([found.frequent_shingles], dtype=np.int32))
    for kind, held in ((FREQUENT, found.frequent_docs), (BOILER_DOCS, found.boiler_docs)):
        bitmap = np.zeros(n_docs, dtype=bool)
        bitmap[held] = True
        add(kind, -1, np.packbits(bitmap), np.zeros(0, dtype=np.int32))
    schema = pa.schema(
        [("kind", pa.int32()), ("q", pa.int32()), ("keys", pa.binary()), ("counts", pa.binary())]
    )
    yield pa.RecordBatch.from_pydict(out, schema=schema)


# -- 3. pairs --------------------------------------------------------------------------------------
def summed_pairs(keys: np.ndarray, counts: np.ndarray, min_shared: int) -> np.ndarray:
    """Pair keys whose counts, summed over every partition that counted them, reach ``min_shared``."""
    if len(keys) == 0:
        return keys
    order = np.argsort(keys, kind="stable")
    keys, counts = keys[order], counts[order].astype(np.int64)
    starts = np.concatenate(([0], np.nonzero(keys[1:] != keys[:-1])[0] + 1))
    return keys[starts][np.add.reduceat(counts, starts) >= min_shared]


def pair_rows(batches: Iterator[Any], min_shared: int, labels: np.ndarray) -> Iterator[Any]:
    """A partition of pair-count blobs (whole pair buckets) → rows ``(q, a, b)`` (``q``: the
    label of the alignment task of ``a``, from ``labels``, one per alignment task): the pairs of
    shared rare shingles and the star pairs of left-out ones, each thresholded on its own and
    then merged, as :func:`refrain.reuse.candidates.candidates` does."""
    import pyarrow as pa

    listed = list(batches)
    if not listed:
        return
    table = pa.Table.from_batches(listed)
    kinds = table.column("kind").to_numpy()
    chosen = []
    for kind in (PAIRS, WIDE):
        part = table.filter(pa.array(kinds == kind))
        chosen.append(
            summed_pairs(
                _unblob(part.column("keys"), np.int64), _unblob(part.column("counts"), np.int32), min_shared
            )
        )
    keys = np.union1d(*chosen)
    a, b = keys >> 32, keys & 0xFFFFFFFF
    yield pa.RecordBatch.from_arrays(
        [
            pa.array(labels[a % len(labels)].astype(np.int32)),
            pa.array(a.astype(np.int32)),
            pa.array(b.astype(np.int32)),
        ],
        names=["q", "a", "b"],
    )


# -- 4. alignment ---------------------------------------------------------------------------------
def align_partition(batches: Iterator[Any], boiler: np.ndarray, params: ReuseParams) -> Iterator[Any]:
    """A partition of rows ``(a, b, text, outlet)`` → raw passages. Rows with a text are the
    documents (``a``: its number) that the partition's pair rows (no text) need.

    The pairs are handed to the local engine's own per-pair step (``engine._align_rows``), with
    the texts, tokens and outlets in its shared table keyed by document number, as it indexes
    them: the per-pair rules are the local engine's, not a copy of them.
    """
    import pyarrow as pa

    listed = list(batches)
    if not listed:
        return
    table = pa.Table.from_batches(listed)
    is_doc = table.column("text").is_valid().to_numpy(zero_copy_only=False)
    doc_rows = table.filter(pa.array(is_doc))
    pair_rows_ = table.filter(pa.array(~is_doc))
    texts = dict(zip(doc_rows.column("a").to_pylist(), doc_rows.column("text").to_pylist(), strict=True))
    outlets = dict(zip(doc_rows.column("a").to_pylist(), doc_rows.column("outlet").to_pylist(), strict=True))
    numbers = list(texts)
    tokens = dict(zip(numbers, tokenize_many([texts[d] for d in numbers]), strict=True))
    per_doc = [shingles(tokens[d].hashes, params.ngram) for d in numbers]
    # Only shingles that another document of this task holds can seed one of its pairs: the seed
    # tables keep those, as the local engine keeps the corpus's shared ones (same seeds).
    tables = shared_seed_tables(
        per_doc, _held_twice(per_doc), params.max_repeats, np.array([outlets[d] for d in numbers]), boiler
    )
    pairs = np.stack(
        (
            pair_rows_.column("a").to_numpy().astype(np.int64),
            pair_rows_.column("b").to_numpy().astype(np.int64),
        ),
        axis=1,
    )
    pairs = pairs[np.lexsort((pairs[:, 1], pairs[:, 0]))]
    engine.worker_state.update(
        texts=texts,
        tokens=tokens,
        seed_tables=dict(zip(numbers, tables, strict=True)),
        outlets=outlets,
        boiler=boiler,
        params=params,
    )
    try:
        found = engine._align_rows(pairs)
    finally:
        engine.worker_state.clear()
    out = {name: [getattr(p, name) for p in found] for name in RAW_NAMES}
    yield pa.RecordBatch.from_pydict(out, schema=raw_arrow_schema())


def _held_twice(per_doc: list[np.ndarray]) -> np.ndarray:
    """For every shingle of the concatenated ``per_doc``: whether two of these documents hold it."""
    if not per_doc:
        return np.zeros(0, dtype=bool)
    values, counts = np.unique(np.concatenate([np.unique(s) for s in per_doc]), return_counts=True)
    return in_sorted(np.concatenate(per_doc), values[counts >= 2])


def raw_arrow_schema() -> Any:
    import pyarrow as pa

    return pa.schema(
        [(name, pa.int32()) for name in RAW_NAMES[:6]]
        + [("score", pa.float64()), ("boilerplate", pa.bool_()), ("facts", pa.int32())]
    )
