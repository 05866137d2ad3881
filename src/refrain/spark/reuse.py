"""Text reuse on Spark: the local engine's stages as DataFrame operations, with the same results.

1. shingles: every document's distinct hashed word shingles, exploded to rows
   ``(hash, doc, outlet, keyed)`` by :func:`refrain.reuse.tokens.tokenize` in Arrow batches;
2. boilerplate: rows grouped by outlet-keyed hash; a group in at least its outlet's threshold of
   documents is boilerplate (:func:`refrain.reuse.candidates.boilerplate_thresholds`). The
   boilerplate hashes (a small set) are collected and broadcast;
3. candidates: rows grouped by hash; groups of 2..``max_df`` documents with no boilerplate row
   emit their document pairs; pairs sharing ``min_shared`` shingles are kept;
4. alignment: pairs joined to both texts, aligned in Arrow batches by
   :func:`refrain.reuse.aligner.align_tokens` and :func:`~refrain.reuse.aligner.char_edges`;
5. clusters: the raw passages (not the corpus) are collected and clustered on the driver by the
   local engine's own code, so clusters, earliest sources and boilerplate flags are the same.

Documents are numbered in ingest order (``order``, then as given) and outlets numbered by first
appearance, exactly as the local engine does, because hashes and tie-breaks depend on both.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from refrain.reuse import engine
from refrain.reuse.candidates import boilerplate_thresholds, outlet_keyed
from refrain.reuse.clusters import RawPassage
from refrain.reuse.engine import _result, prepare_docs  # the local engine's own post-processing
from refrain.reuse.model import CutOffs, ReuseDoc, ReuseResult
from refrain.reuse.params import DEFAULT_PARAMS, ReuseParams
from refrain.reuse.tokens import shingles, tokenize_many
from refrain.spark.session import DEFAULT_MASTER, spark_session

SHINGLE_SCHEMA = "hash long, doc int, outlet int, keyed long"
PAIR_SCHEMA = "a int, b int"
RAW_SCHEMA = "a int, a_start int, a_end int, b int, b_start int, b_end int, score double, boilerplate boolean, facts int"


# -- work done inside Spark tasks (pure functions of Arrow batches) --------------------------------------
def shingle_rows(batches: Iterator[Any], ngram: int) -> Iterator[Any]:
    """Arrow batches of ``(doc, text, outlet)`` → batches of distinct shingles per document."""
    import pyarrow as pa

    for batch in batches:
        docs = batch.column("doc").to_numpy(zero_copy_only=False)
        outlets = batch.column("outlet").to_numpy(zero_copy_only=False)
        texts = batch.column("text").to_pylist()
        per_doc = [np.unique(shingles(t.hashes, ngram)) for t in tokenize_many(texts)]
        lengths = np.array([len(s) for s in per_doc], dtype=np.int64)
        hashes = np.concatenate(per_doc) if per_doc else np.zeros(0, dtype=np.uint64)
        doc_col = np.repeat(docs.astype(np.int32), lengths)
        outlet_col = np.repeat(outlets.astype(np.int32), lengths)
        keyed = outlet_keyed(hashes, outlet_col.astype(np.int64))
        yield pa.RecordBatch.from_arrays(
            [
                pa.array(hashes.view(np.int64)),
                pa.array(doc_col),
                pa.array(outlet_col),
                pa.array(keyed.view(np.int64)),
            ],
            names=["hash", "doc", "outlet", "keyed"],
        )


def _shingle_groups(batch: Any, boiler: np.ndarray) -> tuple[np.ndarray, ...]:
    """A batch of shingle groups ``(hash, members: [doc, outlet])`` as arrays: member offsets,
    member docs, group sizes, and which groups hold a row that is boilerplate of its outlet."""
    hashes = batch.column("hash").to_numpy(zero_copy_only=False).view(np.uint64)
    members = batch.column("members")
    offsets = members.offsets.to_numpy()
    values = members.values
    docs = values.field("doc").to_numpy(zero_copy_only=False).astype(np.int64)
    outlets = values.field("outlet").to_numpy(zero_copy_only=False).astype(np.int64)
    sizes = np.diff(offsets)
    boiler_groups = np.zeros(len(hashes), dtype=bool)
    if len(boiler) and len(docs):
        row_is_boiler = np.isin(outlet_keyed(np.repeat(hashes, sizes), outlets), boiler)
        boiler_groups = np.logical_or.reduceat(row_is_boiler, offsets[:-1])
    return offsets, docs, sizes, boiler_groups


def pair_rows(batches: Iterator[Any], boiler: np.ndarray) -> Iterator[Any]:
    """Arrow batches of shingle groups ``(hash, members: [doc], outlets: [outlet])`` → document
    pairs ``a < b``, leaving out every group with a row that is boilerplate of its outlet."""
    import pyarrow as pa

    for batch in batches:
        offsets, docs, sizes, boiler_groups = _shingle_groups(batch, boiler)
        keep = ~boiler_groups
        lefts: list[np.ndarray] = []
        rights: list[np.ndarray] = []
        starts = offsets[:-1]
        for size in np.unique(sizes[keep]):
            group_starts = starts[keep & (sizes == size)]
            matrix = docs[group_starts[:, None] + np.arange(size)[None, :]]
            matrix.sort(axis=1)
            left, right = np.triu_indices(int(size), k=1)
            lefts.append(matrix[:, left].ravel())
            rights.append(matrix[:, right].ravel())
        a = np.concatenate(lefts) if lefts else np.zeros(0, dtype=np.int64)
        b = np.concatenate(rights) if rights else np.zeros(0, dtype=np.int64)
        yield pa.RecordBatch.from_arrays(
            [pa.array(a.astype(np.int32)), pa.array(b.astype(np.int32))], names=["a", "b"]
        )


def wide_pair_rows(batches: Iterator[Any], boiler: np.ndarray, max_df: int) -> Iterator[Any]:
    """Arrow batches of shingle groups ``(hash, members: [doc, outlet])`` → pairs ``(first, other)``
    of the groups the frequency limits leave out (over ``max_df`` documents, or with a boilerplate
    row): each document paired with the first holding the shingle, as
    :func:`refrain.reuse.candidates._wide_pairs` does."""
    import pyarrow as pa

    for batch in batches:
        offsets, docs, sizes, boiler_groups = _shingle_groups(batch, boiler)
        wide = (sizes > max_df) | boiler_groups
        a_parts, b_parts = [], []
        for g in np.nonzero(wide & (sizes >= 2))[0].tolist():
            group = docs[offsets[g] : offsets[g + 1]]
            first = group.min()
            a_parts.append(np.full(len(group) - 1, first))
            b_parts.append(group[group != first])
        a = np.concatenate(a_parts) if a_parts else np.zeros(0, dtype=np.int64)
        b = np.concatenate(b_parts) if b_parts else np.zeros(0, dtype=np.int64)
        yield pa.RecordBatch.from_arrays(
            [pa.array(a.astype(np.int32)), pa.array(b.astype(np.int32))], names=["a", "b"]
        )


def align_rows(batches: Iterator[Any], boiler: np.ndarray, params: ReuseParams) -> Iterator[Any]:
    """Arrow batches of pairs with both texts → raw passages.

    Each batch is handed to the local engine's own per-pair step (``engine._align_rows``), with
    the texts, tokens and outlets of the batch's documents in its shared table (keyed by document
    number, as it indexes them): the per-pair rules are the local engine's, not a copy of them.
    Rows arrive sorted by ``a``, so a document repeated in a batch is tokenised once.
    """
    import pyarrow as pa

    for batch in batches:
        cols = {name: batch.column(name).to_pylist() for name in batch.schema.names}
        texts: dict[int, str] = {}
        outlets: dict[int, int] = {}
        for side in ("a", "b"):
            for doc, text, outlet in zip(
                cols[side], cols[f"text_{side}"], cols[f"outlet_{side}"], strict=True
            ):
                texts[doc] = text
                outlets[doc] = outlet
        numbers = list(texts)
        tokens = dict(zip(numbers, tokenize_many([texts[d] for d in numbers]), strict=True))
        doc_shingles = {doc: shingles(t.hashes, params.ngram) for doc, t in tokens.items()}
        pairs = np.array(list(zip(cols["a"], cols["b"], strict=True)), dtype=np.int64).reshape(-1, 2)
        engine._shared.update(
            texts=texts, tokens=tokens, shingles=doc_shingles, outlets=outlets, boiler=boiler, params=params
        )
        try:
            found = engine._align_rows(pairs)
        finally:
            engine._shared.clear()
        out = {name: [getattr(p, name) for p in found] for name in RAW_NAMES}
        yield pa.RecordBatch.from_pydict(out, schema=_raw_arrow_schema())


RAW_NAMES = ("a", "a_start", "a_end", "b", "b_start", "b_end", "score", "boilerplate", "facts")


def _raw_arrow_schema() -> Any:
    import pyarrow as pa

    return pa.schema(
        [(name, pa.int32()) for name in RAW_NAMES[:6]]
        + [("score", pa.float64()), ("boilerplate", pa.bool_()), ("facts", pa.int32())]
    )


# -- the driver side ---------------------------------------------------------------------------------------
def raw_passages(
    spark: Any, docs_df: Any, outlet_thresholds: Sequence[int], params: ReuseParams
) -> tuple[list[RawPassage], CutOffs]:
    """Raw passages of a numbered corpus: ``docs_df`` has ``doc`` (ingest order, 0..n-1), ``text``
    and ``outlet`` (outlet number, by first appearance). Only the passages reach the driver, with
    what the frequency limits left out (counted as :func:`refrain.reuse.candidates.frequency_cutoffs`
    counts it)."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    ngram = params.ngram
    rows = docs_df.select("doc", "text", "outlet").mapInArrow(
        lambda it: shingle_rows(it, ngram), SHINGLE_SCHEMA
    )
    rows = rows.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        thresholds = F.element_at(
            F.array(*[F.lit(int(t)) for t in outlet_thresholds]), F.col("first.outlet") + 1
        )
        boiler_keys = (
            rows.groupBy("keyed")
            .agg(F.count(F.lit(1)).alias("n"), F.min(F.struct("doc", "outlet")).alias("first"))
            .where(F.col("n") >= thresholds)
            .select("keyed")
        )
        boiler_rows = boiler_keys.collect()
        boiler = np.sort(np.array([r[0] for r in boiler_rows], dtype=np.int64).view(np.uint64))
        boiler_bc = spark.sparkContext.broadcast(boiler)
        groups = (
            rows.groupBy("hash")
            .agg(F.count(F.lit(1)).alias("n"), F.collect_list(F.struct("doc", "outlet")).alias("members"))
            .where((F.col("n") >= 2) & (F.col("n") <= params.max_df))
            .select("hash", "members")
        )
        pairs = (
            groups.mapInArrow(lambda it: pair_rows(it, boiler_bc.value), PAIR_SCHEMA)
            .groupBy("a", "b")
            .count()
            .where(F.col("count") >= params.min_shared)
            .select("a", "b")
        )
        if params.wide_stories:
            every = (
                rows.groupBy("hash")
                .agg(F.count(F.lit(1)).alias("n"), F.collect_list(F.struct("doc", "outlet")).alias("members"))
                .where(F.col("n") >= 2)
                .select("hash", "members")
            )
            wide = (
                every.mapInArrow(lambda it: wide_pair_rows(it, boiler_bc.value, params.max_df), PAIR_SCHEMA)
                .groupBy("a", "b")
                .count()
                .where(F.col("count") >= params.min_shared)
                .select("a", "b")
            )
            pairs = pairs.unionByName(wide).distinct()
        side_a = docs_df.select(
            F.col("doc").alias("a"), F.col("text").alias("text_a"), F.col("outlet").alias("outlet_a")
        )
        side_b = docs_df.select(
            F.col("doc").alias("b"), F.col("text").alias("text_b"), F.col("outlet").alias("outlet_b")
        )
        joined = (
            pairs.join(side_a, "a")
            .join(side_b, "b")
            .repartition("a")
            .sortWithinPartitions("a", "b")
            .select("a", "b", "text_a", "text_b", "outlet_a", "outlet_b")
        )
        found = joined.mapInArrow(lambda it: align_rows(it, boiler_bc.value, params), RAW_SCHEMA).collect()
        cutoffs = _cutoffs(rows, boiler_keys, len(boiler), params)
    finally:
        rows.unpersist()
    raw = [RawPassage(*r) for r in found]
    raw.sort(key=lambda p: (p.a, p.b, p.a_start))
    return raw, cutoffs


def _cutoffs(rows: Any, boiler_keys: Any, boilerplate_shingles: int, params: ReuseParams) -> CutOffs:
    """What max_df and boilerplate_min_docs left out, from the shingle rows (one per shingle and
    document) and the boilerplate groups' outlet-keyed hashes."""
    from pyspark.sql import functions as F

    frequent = rows.groupBy("hash").count().where(F.col("count") > params.max_df).select("hash")
    frequent_shingles = frequent.count()
    frequent_documents = (
        rows.join(frequent, "hash").select("doc").distinct().count() if frequent_shingles else 0
    )
    boilerplate_documents = (
        rows.join(boiler_keys, "keyed").select("doc").distinct().count() if boilerplate_shingles else 0
    )
    return CutOffs(
        max_df=params.max_df,
        boilerplate_min_docs=params.boilerplate_min_docs,
        frequent_shingles=frequent_shingles,
        frequent_documents=frequent_documents,
        boilerplate_shingles=boilerplate_shingles,
        boilerplate_documents=boilerplate_documents,
        wide_stories=params.wide_stories,
    )


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
    raw, cutoffs = raw_passages(spark, docs_df, thresholds.tolist(), params)
    result = _result(ordered, raw, params, {name: int(thresholds[i]) for name, i in outlet_ids.items()})
    result.cutoffs = cutoffs
    return result


class _SomeDocs(dict):  # type: ignore[type-arg]
    """The documents the passages touch, by ingest number: all that clustering reads."""


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
        frame = frame.withColumn("doc", F.col("order").cast("int"))
    else:
        # The position is made once and kept: monotonically_increasing_id must not be recomputed.
        frame = frame.withColumn("_pos", F.monotonically_increasing_id()).persist(
            StorageLevel.MEMORY_AND_DISK
        )
        doubled = frame.groupBy("name").count().where(F.col("count") > 1).limit(1).collect()
        if doubled:
            raise ValueError(f"two documents are named {doubled[0]['name']!r}: names must be unique")
        # Numbered in the JVM (row_number over the global order): only the two key columns go
        # through the single ordered partition, and no row is handed to Python for it.
        in_order = Window.orderBy("order", "_pos")
        numbers = frame.select("_pos", (F.row_number().over(in_order) - 1).alias("doc"))
        frame = frame.join(numbers, "_pos").withColumn("doc", F.col("doc").cast("int")).drop("_pos")
    stats = frame.groupBy("outlet").agg(F.min("doc").alias("first"), F.count(F.lit(1)).alias("n")).collect()
    stats.sort(key=lambda r: r["first"])
    outlet_ids = {r["outlet"]: i for i, r in enumerate(stats)}
    sizes = {i: r["n"] for i, r in enumerate(stats)}
    mapping = spark.createDataFrame(
        [(name, i) for name, i in outlet_ids.items()], "outlet_name string, outlet_id int"
    )
    frame = frame.join(F.broadcast(mapping), frame["outlet"].eqNullSafe(mapping["outlet_name"]), "left").drop(
        "outlet_name"
    )
    return frame, outlet_ids, sizes


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
        raw, cutoffs = raw_passages(spark, docs_df, thresholds.tolist(), params)
        outlet_thresholds = {name: int(thresholds[i]) for name, i in outlet_ids.items()}
        touched = sorted({p.a for p in raw} | {p.b for p in raw})
        meta = _fetch_docs(spark, frame, touched, with_text=False)
        # Clustering reads a text only for the snippet of each cluster's earliest document: cluster
        # once without texts, fetch those few texts, and cluster again (cheap next to alignment).
        first = _result(meta, raw, params, outlet_thresholds)
        earliest = {c.earliest for c in first.clusters}
        wanted = [d for d, doc in meta.items() if doc.name in earliest]
        meta.update(_fetch_docs(spark, frame, wanted, with_text=True))
        result = _result(meta, raw, params, outlet_thresholds)
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
