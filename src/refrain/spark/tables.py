"""Columns of the store's tables, read from the store's own DDL, as Spark and Arrow types.

Parquet written by Spark carries exactly the store's columns (less defaults such as
``ingested_at``), so ``load_parquet`` is a plain ``INSERT … SELECT`` and cannot drift from the schema.
"""

from __future__ import annotations

import re
from typing import Any

from refrain.store.schema import TABLES

_COLUMN_RE = re.compile(r"^\s*([a-z_]+)\s+(VARCHAR|INTEGER|BIGINT|DOUBLE|BOOLEAN|TIMESTAMP)\b", re.MULTILINE)
_SPARK = {"VARCHAR": "string", "INTEGER": "int", "BIGINT": "long", "DOUBLE": "double", "BOOLEAN": "boolean"}

# Tables written by analyze_spark, in the order load_parquet reads them.
PER_DOCUMENT_TABLES = ("documents", "quotes", "claims", "errors")
REUSE_TABLES = ("passages", "clusters", "cluster_members")


def store_columns(table: str) -> list[tuple[str, str]]:
    """``(name, SQL type)`` of a store table, leaving out columns filled by a default (timestamps)."""
    ddl = TABLES[table]
    return [(name, kind) for name, kind in _COLUMN_RE.findall(ddl) if kind != "TIMESTAMP"]


def spark_ddl(table: str) -> str:
    """The table's columns as a Spark DDL schema string."""
    return ", ".join(f"`{name}` {_SPARK[kind]}" for name, kind in store_columns(table))


def arrow_schema(table: str) -> Any:
    import pyarrow as pa

    types = {
        "VARCHAR": pa.string(),
        "INTEGER": pa.int32(),
        "BIGINT": pa.int64(),
        "DOUBLE": pa.float64(),
        "BOOLEAN": pa.bool_(),
    }
    return pa.schema([(name, types[kind]) for name, kind in store_columns(table)])


def column_names(table: str) -> list[str]:
    return [name for name, _ in store_columns(table)]
