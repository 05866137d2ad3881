"""Text reuse on Spark: the local engine's stages over partitions, with the same results.

The work inside tasks is in :mod:`refrain.spark.tasks`; here the driver wires it up:

1. shingles: each document tokenised once, its distinct shingle hashes packed per hash bucket
   and shuffled by bucket (one shuffle of a few binary rows per task, not a row per shingle);
2. candidates: every row of a hash is in one partition, so document frequencies, boilerplate
   (:func:`refrain.reuse.candidates.boilerplate_thresholds`) and pair counts are computed there
   with numpy; the boilerplate hashes and cut-off figures (small) come to the driver, which
   broadcasts the boilerplate set to the alignment;
3. pairs: partial pair counts shuffled by first document, summed, kept at ``min_shared``;
4. alignment: each task gets its pairs and, once each, the texts of the documents they touch,
   and runs the local engine's per-pair step;
5. clusters: the raw passages (not the corpus) are collected and clustered on the driver by the
   local engine's own code, so clusters, earliest sources and boilerplate flags are the same.

Documents are numbered in ingest order (``order``, then as given) and outlets numbered by first
appearance, exactly as the local engine does, because hashes and tie-breaks depend on both.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from refrain.reuse.candidates import boilerplate_thresholds
from refrain.reuse.clusters import RawPassage
from refrain.reuse.engine import build_result, prepare_docs  # the local engine's own post-processing
from refrain.reuse.model import CutOffs, ReuseDoc, ReuseResult
from refrain.reuse.params import DEFAULT_PARAMS, ReuseParams
from refrain.spark.session import ALIGN_PARTITIONS, DEFAULT_MASTER, spark_session
from refrain.spark.tasks import (
    BOILER_HASHES,
    COUNT_BLOB_SCHEMA,
    FREQUENT,
    PAIR_SCHEMA,
    RAW_SCHEMA,
    SHINGLE_BLOB_SCHEMA,
    align_partition,
    candidate_blobs,
    pair_rows,
    shingle_blobs,
)


def _murmur3_int(value: int, seed: int = 42) -> int:
    """Spark's ``hash()`` of an int column (Murmur3 x86 32-bit of one int, seed 42), signed."""
    mask = 0xFFFFFFFF

    def rotl(x: int, r: int) -> int:
        return ((x << r) | (x >> (32 - r))) & mask

    k1 = rotl((value & mask) * 0xCC9E2D51 & mask, 15) * 0x1B873593 & mask
    h1 = (rotl(seed ^ k1, 13) * 5 + 0xE6546B64) & mask
    h1 ^= 4
    h1 = ((h1 ^ (h1 >> 16)) * 0x85EBCA6B) & mask
    h1 = ((h1 ^ (h1 >> 13)) * 0xC2B2AE35) & mask
    h1 ^= h1 >> 16
    return h1 - (1 << 32) if h1 >= 1 << 31 else h1


def partition_labels(partitions: int) -> np.ndarray:
    """For each partition k, an int whose rows land in partition k under ``repartition(partitions,
    column)`` (Spark sends a row to ``pmod(hash(column), partitions)``: plain numbers 0..k-1 would
    leave some partitions empty and double others up). Any labels give the same results; these
    spread the work evenly."""
    labels = np.full(partitions, -1, dtype=np.int64)
    value = 0
    while (labels < 0).any() and value < 64 * partitions:
        k = _murmur3_int(value) % partitions
        if labels[k] < 0:
            labels[k] = value
        value += 1
    if (labels < 0).any():  # not expected with 64 tries per partition; plain numbers still work
        return np.arange(partitions, dtype=np.int32)
    return labels.astype(np.int32)


def _figures(rows: list[Any], n_docs: int, params: ReuseParams) -> tuple[np.ndarray, CutOffs]:
    """The boilerplate hashes (sorted) and the cut-off figures from every partition's share."""
    boiler_parts, frequent_shingles = [], 0
    frequent = np.zeros((n_docs + 7) // 8, dtype=np.uint8)
    boiler_docs = np.zeros_like(frequent)
    for r in rows:
        if r["kind"] == BOILER_HASHES:
            boiler_parts.append(np.frombuffer(r["keys"], dtype=np.uint64))
            frequent_shingles += int(np.frombuffer(r["counts"], dtype=np.int32)[0])
        else:
            held = frequent if r["kind"] == FREQUENT else boiler_docs
            held |= np.frombuffer(r["keys"], dtype=np.uint8)
    boiler = np.unique(np.concatenate(boiler_parts)) if boiler_parts else np.zeros(0, dtype=np.uint64)
    cutoffs = CutOffs(
        max_df=params.max_df,
        boilerplate_min_docs=params.boilerplate_min_docs,
        frequent_shingles=frequent_shingles,
        frequent_documents=int(np.unpackbits(frequent).sum()),
        boilerplate_shingles=len(boiler),
        boilerplate_documents=int(np.unpackbits(boiler_docs).sum()),
        wide_stories=params.wide_stories,
    )
    return boiler, cutoffs


# -- the driver side ---------------------------------------------------------------------------------------
def raw_passages(
    spark: Any, docs_df: Any, outlet_thresholds: Sequence[int], params: ReuseParams, n_docs: int
) -> tuple[list[RawPassage], CutOffs]:
    """Raw passages of a numbered corpus: ``docs_df`` has ``doc`` (ingest order, 0..n-1), ``text``
    and ``outlet`` (outlet number, by first appearance). Only the passages reach the driver, with
    the boilerplate hashes and what the frequency limits left out (as
    :func:`refrain.reuse.candidates.frequency_cutoffs` counts it). Three shuffles: shingles by
    hash, pair counts by first document, and the pairs with the texts they need."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    buckets = max(1, int(spark.conf.get("spark.sql.shuffle.partitions")))
    labels = partition_labels(buckets)
    aligners = max(1, int(spark.conf.get(ALIGN_PARTITIONS, str(buckets))))
    align_labels = labels if aligners == buckets else partition_labels(aligners)
    thresholds = np.asarray(outlet_thresholds, dtype=np.int64)
    ngram = params.ngram
    blobs = docs_df.select("doc", "text", "outlet").mapInArrow(
        lambda it: shingle_blobs(it, ngram, labels), SHINGLE_BLOB_SCHEMA
    )
    counted = blobs.repartition(buckets, "bucket").mapInArrow(
        lambda it: candidate_blobs(it, thresholds, params, labels, n_docs), COUNT_BLOB_SCHEMA
    )
    counted = counted.persist(StorageLevel.MEMORY_AND_DISK)
    pairs = None
    try:
        boiler, cutoffs = _figures(counted.where(F.col("kind") >= BOILER_HASHES).collect(), n_docs, params)
        boiler_bc = spark.sparkContext.broadcast(boiler)
        min_shared = params.min_shared
        pairs = counted.where(F.col("kind") < BOILER_HASHES).repartition(buckets, "q")
        pairs = pairs.mapInArrow(lambda it: pair_rows(it, min_shared, align_labels), PAIR_SCHEMA)
        pairs = pairs.persist(StorageLevel.MEMORY_AND_DISK)
        # Each document's text goes once to each alignment task that needs it, not once per pair.
        needs = pairs.select("q", F.col("a").alias("doc"))
        needs = needs.unionByName(pairs.select("q", F.col("b").alias("doc"))).distinct()
        texts = docs_df.join(needs, "doc").select(
            "q", F.col("doc").alias("a"), F.lit(None).cast("int").alias("b"), "text", "outlet"
        )
        none = (F.lit(None).cast("string").alias("text"), F.lit(None).cast("int").alias("outlet"))
        work = pairs.select("q", "a", "b", *none).unionByName(texts).repartition(aligners, "q")
        found = work.mapInArrow(lambda it: align_partition(it, boiler_bc.value, params), RAW_SCHEMA).collect()
    finally:
        counted.unpersist()
        if pairs is not None:
            pairs.unpersist()
    raw = [RawPassage(*r) for r in found]
    raw.sort(key=lambda p: (p.a, p.b, p.a_start))
    return raw, cutoffs


def _outlet_numbers(outlets: Sequence[str | None]) -> tuple[dict[str | None, int], np.ndarray]:
    ids: dict[str | None, int] = {}
    numbers = np.array([ids.setdefault(o, len(ids)) for o in outlets], dtype=np.int64)
    return ids, numbers


def align_spark(
    docs: Sequence[ReuseDoc] | Any,
    *,
    master: str = DEFAULT_MASTER,
    params: ReuseParams = DEFAULT_PARAMS,
) -> ReuseResult:
    """:func:`refrain.reuse.align` on Spark: the same passages, clusters and boilerplate flags.

    ``docs``: a list of :class:`ReuseDoc`, or a Spark DataFrame with columns ``name`` and ``text``
    and optionally ``date``, ``outlet``, ``order`` (ingest order; ties keep the DataFrame's order).
    """
    spark = spark_session(master)
    if isinstance(docs, list | tuple):
        return _align_listed(spark, list(docs), params)
    return _align_frame(spark, docs, params)


def _align_listed(spark: Any, docs: list[ReuseDoc], params: ReuseParams) -> ReuseResult:
    ordered = prepare_docs(docs)
    outlet_ids, outlets = _outlet_numbers([d.outlet for d in ordered])
    thresholds = boilerplate_thresholds(outlets, params, outlet_ids.get(None))
    docs_df = spark.createDataFrame(
        [(i, d.text, int(outlets[i])) for i, d in enumerate(ordered)], "doc int, text string, outlet int"
    )
    raw, cutoffs = raw_passages(spark, docs_df, thresholds.tolist(), params, len(ordered))
    result = build_result(ordered, raw, params, {name: int(thresholds[i]) for name, i in outlet_ids.items()})
    result.cutoffs = cutoffs
    return result


class _SomeDocs(dict):  # type: ignore[type-arg]
    """The documents the passages touch, by ingest number: all that clustering reads."""


# Up to this many documents, the (position, number) table is broadcast to the texts instead of
# shuffling every text to meet it (12 bytes a document).
_BROADCAST_NUMBERS = 4_000_000


def numbered_frame(
    spark: Any, frame: Any, *, prenumbered: bool = False
) -> tuple[Any, dict[str | None, int], dict[int, int]]:
    """``frame`` (name, text, [date, outlet, order]) with ``doc`` (ingest number) and ``outlet_id``;
    the outlet numbering (by first appearance in ingest order) and each outlet's document count.

    Names must be unique. ``prenumbered``: ``order`` is already 0..n-1 and names unique (a store's
    ``seq`` and ids), so neither is checked nor recomputed.
    """
    from pyspark import StorageLevel
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    for column, kind in (("date", "string"), ("outlet", "string"), ("order", "long")):
        if column not in frame.columns:
            frame = frame.withColumn(column, F.lit(None if column != "order" else 0).cast(kind))
    if prenumbered:
        frame = frame.withColumn("doc", F.col("order").cast("int")).withColumn("_pos", F.lit(0))
    else:
        # The position is made once and kept: monotonically_increasing_id must not be recomputed.
        frame = frame.withColumn("_pos", F.monotonically_increasing_id()).persist(
            StorageLevel.MEMORY_AND_DISK
        )
        doubled = frame.groupBy("name").count().where(F.col("count") > 1).limit(1).collect()
        if doubled:
            raise ValueError(f"two documents are named {doubled[0]['name']!r}: names must be unique")
    # An outlet's first appearance in ingest order is its smallest (order, position).
    first = F.min(F.struct("order", "_pos")).alias("first")
    stats = frame.groupBy("outlet").agg(first, F.count(F.lit(1)).alias("n")).collect()
    stats.sort(key=lambda r: tuple(r["first"]))
    if not prenumbered:
        # Numbered in the JVM (row_number over the global order): only the two key columns go
        # through the single ordered partition, and no row is handed to Python for it.
        in_order = Window.orderBy("order", "_pos")
        numbers = frame.select("_pos", (F.row_number().over(in_order) - 1).cast("int").alias("doc"))
        if sum(r["n"] for r in stats) <= _BROADCAST_NUMBERS:
            numbers = F.broadcast(numbers)
        frame = frame.join(numbers, "_pos")
    outlet_ids = {r["outlet"]: i for i, r in enumerate(stats)}
    sizes = {i: r["n"] for i, r in enumerate(stats)}
    mapping = spark.createDataFrame(
        [(name, i) for name, i in outlet_ids.items()], "outlet_name string, outlet_id int"
    )
    frame = frame.join(F.broadcast(mapping), frame["outlet"].eqNullSafe(mapping["outlet_name"]), "left")
    return frame.drop("outlet_name", "_pos"), outlet_ids, sizes


def _align_frame(spark: Any, frame: Any, params: ReuseParams, *, prenumbered: bool = False) -> ReuseResult:
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    frame, outlet_ids, sizes = numbered_frame(spark, frame, prenumbered=prenumbered)
    # Spread the documents over every core: the shingle and alignment stages are Python work, and
    # a corpus read from one large file (or coalesced by adaptive execution, which sizes
    # partitions by bytes, not by work) would otherwise run them in a single task.
    parallelism = max(2, spark.sparkContext.defaultParallelism)
    frame = frame.repartition(parallelism).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        outlets_of_docs = np.repeat(np.arange(len(outlet_ids)), [sizes[i] for i in range(len(outlet_ids))])
        thresholds = boilerplate_thresholds(outlets_of_docs, params, outlet_ids.get(None))
        docs_df = frame.select("doc", "text", F.col("outlet_id").alias("outlet"))
        raw, cutoffs = raw_passages(spark, docs_df, thresholds.tolist(), params, len(outlets_of_docs))
        outlet_thresholds = {name: int(thresholds[i]) for name, i in outlet_ids.items()}
        touched = sorted({p.a for p in raw} | {p.b for p in raw})
        meta = _fetch_docs(spark, frame, touched, with_text=False)
        # Clustering reads a text only for the snippet of each cluster's earliest document: cluster
        # once without texts, fetch those few texts, and cluster again (cheap next to alignment).
        first = build_result(meta, raw, params, outlet_thresholds)
        earliest = {c.earliest for c in first.clusters}
        wanted = [d for d, doc in meta.items() if doc.name in earliest]
        meta.update(_fetch_docs(spark, frame, wanted, with_text=True))
        result = build_result(meta, raw, params, outlet_thresholds)
        result.cutoffs = cutoffs
        return result
    finally:
        frame.unpersist()


def _fetch_docs(spark: Any, frame: Any, numbers: list[int], *, with_text: bool) -> _SomeDocs:
    from pyspark.sql import functions as F

    out = _SomeDocs()
    if not numbers:
        return out
    wanted = spark.createDataFrame([(n,) for n in numbers], "doc int")
    text = F.col("text") if with_text else F.lit("")
    rows = frame.join(F.broadcast(wanted), "doc").select(
        "doc", "name", text.alias("text"), "date", "outlet", "order"
    )
    for r in rows.collect():
        out[r["doc"]] = ReuseDoc(
            name=r["name"], text=r["text"], date=r["date"], outlet=r["outlet"], order=r["order"]
        )
    return out
