"""refrain on Apache Spark: the same analysers, partitioned over a cluster.

``align_spark`` is :func:`refrain.reuse.align` as DataFrame stages (same passages, clusters and
boilerplate flags); ``analyze_spark`` reads files, folders or Parquet, runs ingest, quotes and
claims as map stages and reuse as shuffles, and writes Parquet tables with the store's columns;
``load_parquet`` puts those tables into a DuckDB store. pyspark is optional: importing this
package does not import it; calling these functions without it raises :class:`SparkUnavailable`.
See docs/spark.md.
"""

from __future__ import annotations

from refrain.spark.analyze import analyze_spark, analyze_store_spark
from refrain.spark.load import load_parquet
from refrain.spark.reuse import align_spark
from refrain.spark.session import DEFAULT_MASTER, SparkUnavailable, check_spark, spark_session

__all__ = [
    "DEFAULT_MASTER",
    "SparkUnavailable",
    "align_spark",
    "analyze_spark",
    "analyze_store_spark",
    "check_spark",
    "load_parquet",
    "spark_session",
]
