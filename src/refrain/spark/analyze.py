"""`refrain analyze --engine spark`: every analyser over a corpus on Spark, written as Parquet.

Stages: read (files in tasks, or Parquet) → quotes and claims per document (a map stage running
:func:`refrain.analyze.analyse_document`, rows made by the store's own ``quote_rows`` and
``claim_rows``) → reuse (:func:`refrain.spark.reuse`, same results as the local engine).

The output folder holds one Parquet folder per store table, with the store's columns:
``documents/ quotes/ claims/ errors/ passages/ clusters/ cluster_members/ reuse_cutoffs/``.
:func:`refrain.spark.load_parquet` loads it into a DuckDB store, which then derives the remaining
corpus-wide links (quote families, entities, conflict groups) from the stored rows, as
``refrain analyze`` does.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from refrain.analyze.run import PER_DOCUMENT
from refrain.document import Document
from refrain.reuse.model import ReuseResult
from refrain.reuse.params import DEFAULT_PARAMS, ReuseParams
from refrain.settings import DEFAULT_LIMITS, Limits
from refrain.spark.session import DEFAULT_MASTER, spark_session
from refrain.spark.tables import arrow_schema, column_names, spark_ddl


def _struct(table: str) -> str:
    return ", ".join(
        f"{name}: {kind}"
        for name, kind in (c.split(" ") for c in spark_ddl(table).replace("`", "").split(", "))
    )


# Per-document findings leave the Python worker as one row per document with two nested lists.
FINDINGS_DDL = f"doc_id string, name string, failure string, quotes array<struct<{_struct('quotes')}>>, claims array<struct<{_struct('claims')}>>"


@dataclass
class SparkAnalyzeReport:
    """Where a Spark run wrote its tables, and the row counts of the reuse tables (made on the driver)."""

    out_dir: str
    counts: dict[str, int] = field(default_factory=dict)


def findings_rows(batches: Iterator[Any], seconds: float) -> Iterator[Any]:
    """Arrow batches of documents → one row per document with its quote and claim rows, or the
    reason it was skipped (over ``seconds``, or an analyser failed), as ``refrain analyze`` does."""
    import pyarrow as pa

    from refrain.analyze.document import DocumentFailure, analyse_within
    from refrain.store.rows import claim_rows, quote_rows

    schema = pa.schema(
        [
            ("doc_id", pa.string()),
            ("name", pa.string()),
            ("failure", pa.string()),
            ("quotes", pa.list_(pa.struct(list(arrow_schema("quotes"))))),
            ("claims", pa.list_(pa.struct(list(arrow_schema("claims"))))),
        ]
    )
    names = ("id", "text", "date", "outlet", "source", "name")
    for batch in batches:
        cols = {name: batch.column(name).to_pylist() for name in names}
        out: dict[str, list[Any]] = {"doc_id": [], "name": [], "failure": [], "quotes": [], "claims": []}
        for doc_id, text, date, outlet, source, name in zip(*(cols[n] for n in names), strict=True):
            doc = Document(text=text, source=source, date=date, outlet=outlet, id=doc_id)
            outcome = analyse_within(doc, seconds)
            out["doc_id"].append(doc_id)
            out["name"].append(name)
            if isinstance(outcome, DocumentFailure):
                out["failure"].append(outcome.reason)
                out["quotes"].append([])
                out["claims"].append([])
            else:
                out["failure"].append(None)
                out["quotes"].append(quote_rows(doc_id, outcome[1]))
                out["claims"].append(claim_rows(doc_id, outcome[2]))
        yield pa.RecordBatch.from_pydict(out, schema=schema)


def reuse_tables(result: ReuseResult) -> dict[str, list[dict[str, Any]]]:
    """Store rows of a reuse result, made exactly as the local engine's (one function serves both),
    with what its frequency limits left out (``reuse_cutoffs``, as ``refrain analyze`` records it)."""
    from refrain.store.rows import reuse_cutoff_rows, reuse_result_rows

    return {**reuse_result_rows(result), "reuse_cutoffs": reuse_cutoff_rows(result)}


def _write_rows(out: Path, table: str, rows: list[dict[str, Any]]) -> None:
    """Driver-side rows (reuse results) as ``out/table/part-00000.parquet``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = out / table
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.parquet"):
        old.unlink()
    pq.write_table(pa.Table.from_pylist(rows, schema=arrow_schema(table)), folder / "part-00000.parquet")


def analyze_spark(
    inputs: Sequence[str] | str,
    out_dir: str | Path,
    *,
    master: str = DEFAULT_MASTER,
    params: ReuseParams = DEFAULT_PARAMS,
    limits: Limits = DEFAULT_LIMITS,
) -> SparkAnalyzeReport:
    """Read ``inputs`` (files, folders, or Parquet with at least a ``text`` column), find quotes,
    claims and reuse on Spark, and write the store's tables as Parquet under ``out_dir``."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    from refrain.spark.inputs import read_documents
    from refrain.spark.reuse import _align_frame

    spark = spark_session(master)
    paths = [inputs] if isinstance(inputs, str | Path) else list(inputs)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    docs, errors = read_documents(spark, [str(p) for p in paths], limits=limits)
    docs = docs.persist(StorageLevel.MEMORY_AND_DISK)
    report = SparkAnalyzeReport(out_dir=str(out))
    try:
        docs.write.mode("overwrite").parquet(str(out / "documents"))
        seconds = limits.max_seconds_per_document
        findings = docs.select("id", "text", "date", "outlet", "source", "name").mapInArrow(
            lambda it: findings_rows(it, seconds), FINDINGS_DDL
        )
        findings = findings.persist(StorageLevel.MEMORY_AND_DISK)
        # A skipped document is an error row (name, reason) and stays "not analysed", as locally.
        failed = findings.where(F.col("failure").isNotNull())
        failed = failed.select(F.col("name").alias("path"), F.col("failure").alias("reason"))
        errors.unionByName(failed).write.mode("overwrite").parquet(str(out / "errors"))
        done = findings.where(F.col("failure").isNull())
        done = done.select("doc_id", F.lit(PER_DOCUMENT).alias("analyser"))
        done.write.mode("overwrite").parquet(str(out / "analysed"))
        for table in ("quotes", "claims"):
            rows = findings.select(F.explode(table).alias("row")).select("row.*")
            rows.select(*column_names(table)).write.mode("overwrite").parquet(str(out / table))
        findings.unpersist()
        corpus = docs.select(F.col("id").alias("name"), "text", "date", "outlet", F.col("seq").alias("order"))
        # seq is 0..n-1 and ids are unique: the corpus is numbered already.
        result = _align_frame(spark, corpus, params, prenumbered=True)
        for table, rows in reuse_tables(result).items():
            _write_rows(out, table, rows)
            report.counts[table] = len(rows)
    finally:
        docs.unpersist()
    return report


def analyze_store_spark(
    store: Any,
    *,
    master: str = DEFAULT_MASTER,
    aliases: str | None = None,
    work_dir: str | Path | None = None,
    params: ReuseParams = DEFAULT_PARAMS,
) -> dict[str, int]:
    """`refrain analyze --engine spark`: the store's documents through Spark and back.

    The documents are written to ``work_dir/documents.parquet`` (a temporary folder by default:
    on a cluster give a folder every executor can read), analysed by :func:`analyze_spark` into
    ``work_dir/out``, and loaded with :func:`refrain.spark.load_parquet`. Every document is
    analysed again (the Spark path is not incremental). Returns the loaded row counts.
    """
    import tempfile

    from refrain.spark.load import load_parquet
    from refrain.store.parquet import export_documents_parquet

    with tempfile.TemporaryDirectory(prefix="refrain-spark-") as tmp:
        base = Path(work_dir) if work_dir is not None else Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        corpus = base / "documents.parquet"
        export_documents_parquet(store.con, corpus, column_names("documents"))
        analyze_spark([str(corpus)], base / "out", master=master, params=params)
        return load_parquet(store, base / "out", aliases=aliases)
