"""Documents for Spark: files and folders read in tasks (extract as a map stage), or Parquet.

Files are listed on the driver in the order ``refrain ingest`` reads them; each task reads whole
files with :func:`refrain.ingest.iter_file`. Documents are numbered (``seq``) by (input, file,
position in file) and deduplicated by content id keeping the first, as the store does, so that a
Spark run and ``refrain ingest`` + ``refrain analyze`` see the same corpus in the same order.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from refrain.document import Document, content_id
from refrain.errors import Errors, IngestError
from refrain.settings import DEFAULT_LIMITS, Limits
from refrain.spark.tables import column_names, spark_ddl

# Documents with their sort key (input number, file number, position) ahead of the store columns.
_KEYED_DDL = "_g int, _f long, _k long, " + spark_ddl("documents")


def is_parquet(path: str) -> bool:
    """A ``.parquet`` file, or a folder of them (as Spark writes: ``part-*.parquet``)."""
    p = Path(path)
    if p.is_file():
        return p.suffix == ".parquet"
    return p.is_dir() and any(child.suffix == ".parquet" for child in p.iterdir())


def _doc_row(group: int, file_no: int, k: int, d: Document) -> tuple[Any, ...]:
    return (
        group,
        file_no,
        k,
        d.id,
        None,
        d.name,
        d.source,
        d.index,
        d.key,
        d.title,
        d.date,
        d.author,
        d.outlet,
        d.language,
        d.url,
        d.start,
        d.end,
        d.text,
    )


def _read_files(items: Iterator[tuple[int, int, str]], limits: Limits) -> Iterator[tuple[Any, ...]]:
    """(input, file number, path) → ("doc", row) and ("error", (path, reason)) items."""
    from refrain.ingest import iter_file

    for group, file_no, path in items:
        k = 0
        for item in iter_file(path, limits=limits):
            if isinstance(item, IngestError):
                yield ("error", (item.path, item.reason))
            else:
                yield ("doc", _doc_row(group, file_no, k, item))
                k += 1


def _parquet_frame(spark: Any, path: str, group: int) -> Any:
    """A Parquet corpus as keyed document rows: needs ``text``; other store columns are optional."""
    from pyspark.sql import functions as F

    frame = spark.read.parquet(path)
    if "text" not in frame.columns:
        raise IngestError(path, Errors.E140, columns=", ".join(frame.columns[:10]))
    position = F.monotonically_increasing_id()
    order = F.col("seq") if "seq" in frame.columns else position
    frame = (
        frame.withColumn("_g", F.lit(group)).withColumn("_f", F.lit(0).cast("long")).withColumn("_k", order)
    )
    if "id" not in frame.columns:
        frame = frame.withColumn("id", F.udf(lambda t: content_id(t), "string")(F.col("text")))
    if "source" not in frame.columns:
        frame = frame.withColumn("source", F.lit(path))
    if "idx" not in frame.columns:
        frame = frame.withColumn("idx", F.lit(0))
    if "name" not in frame.columns:
        key = F.col("key") if "key" in frame.columns else F.col("id")
        frame = frame.withColumn("name", F.concat_ws("#", F.col("source"), key))
    for name, kind in (part.split(" ") for part in _KEYED_DDL.split(", ")):
        bare = name.strip("`")
        if bare not in frame.columns:
            frame = frame.withColumn(bare, F.lit(None).cast(kind))
    return frame.select(
        *[F.col(part.split(" ")[0]).cast(part.split(" ")[1]) for part in _KEYED_DDL.split(", ")]
    )


def read_documents(spark: Any, inputs: Sequence[str], *, limits: Limits = DEFAULT_LIMITS) -> tuple[Any, Any]:
    """Documents (store columns, ``seq`` 0..n-1 in ingest order, unique ids) and errors (path, reason)."""
    from pyspark import StorageLevel
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    from refrain.ingest.loading import walk

    frames = []
    files: list[tuple[int, int, str]] = []
    errors: list[tuple[str, str]] = []
    for group, path in enumerate(inputs):
        if path != "-" and is_parquet(path):
            frames.append(_parquet_frame(spark, path, group))
            continue
        for item in walk([path]):
            if isinstance(item, IngestError):
                errors.append((item.path, item.reason))
            elif item == "-":
                errors.append(("-", "standard input cannot be read by Spark tasks: give files"))
            else:
                files.append((group, len(files), item))
    sc = spark.sparkContext
    if files:
        slices = max(1, min(len(files), sc.defaultParallelism * 4))
        items = sc.parallelize(files, slices).mapPartitions(lambda it: _read_files(it, limits))
        items = items.persist(StorageLevel.MEMORY_AND_DISK)
        frames.append(
            spark.createDataFrame(items.filter(lambda x: x[0] == "doc").map(lambda x: x[1]), _KEYED_DDL)
        )
        errors_frame = spark.createDataFrame(
            items.filter(lambda x: x[0] == "error").map(lambda x: x[1]), "path string, reason string"
        )
    else:
        errors_frame = spark.createDataFrame([], "path string, reason string")
    errors_frame = errors_frame.unionByName(spark.createDataFrame(errors, "path string, reason string"))
    if not frames:
        return spark.createDataFrame([], spark_ddl("documents")), errors_frame
    keyed = frames[0]
    for frame in frames[1:]:
        keyed = keyed.unionByName(frame)
    # The first copy of a text wins, as in the store.
    first = Window.partitionBy("id").orderBy("_g", "_f", "_k")
    keyed = keyed.withColumn("_n", F.row_number().over(first)).where(F.col("_n") == 1).drop("_n")
    keyed = keyed.persist(StorageLevel.MEMORY_AND_DISK)
    # Ingest order numbered in the JVM (row_number over the global order of the three keys, which
    # are unique): no row goes through Python for it.
    in_order = Window.orderBy("_g", "_f", "_k")
    order = keyed.select("_g", "_f", "_k", (F.row_number().over(in_order) - 1).cast("long").alias("_seq"))
    docs = keyed.join(order, ["_g", "_f", "_k"]).withColumn("seq", F.col("_seq"))
    return docs.select(*column_names("documents")), errors_frame
