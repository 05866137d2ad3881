"""The store's side of the Spark path: Parquet tables read into the store, documents written out.

:mod:`refrain.spark.load` (``refrain load-parquet``) reads a Spark run's tables through
:func:`load_parquet_tables` inside one transaction it holds; :mod:`refrain.spark.analyze` writes
the stored documents for Spark with :func:`export_documents_parquet`. The column lists come from
the caller (:func:`refrain.spark.tables.column_names`), so that the store does not import spark.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

# Tables a Spark run may write that replace the store's whole table (they are corpus-wide).
CORPUS_WIDE_TABLES = ("passages", "clusters", "cluster_members", "reuse_cutoffs")


def parquet_source(folder: Path, table: str) -> str | None:
    """The glob DuckDB reads for a table, or None when the run wrote no file for it."""
    path = folder / table
    if path.is_file():
        return str(path)
    if path.is_dir() and any(path.glob("*.parquet")):
        return str(path / "*.parquet")
    return None


def _select(source: str, columns: Sequence[str]) -> str:
    return f"SELECT {', '.join(columns)} FROM read_parquet('{source}')"


def _run_ids(docs: str) -> str:
    return f"SELECT id FROM read_parquet('{docs}')"


def load_parquet_tables(con: Any, folder: Path, docs: str, columns: Mapping[str, Sequence[str]]) -> int:
    """Put the run's tables under ``folder`` into the store through ``con`` (a transaction the
    caller holds); ``docs`` is the run's documents source. Returns how many documents were new.

    New documents are appended in the run's order; the quotes and claims of the run's documents
    replace the stored ones; analysed marks and errors are added; corpus-wide tables are replaced.
    """
    before = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    cols = [c for c in columns["documents"] if c != "seq"]
    con.execute(
        f"INSERT INTO documents (seq, {', '.join(cols)}) "
        f"SELECT (SELECT coalesce(max(seq) + 1, 0) FROM documents) + row_number() OVER (ORDER BY seq) - 1, "
        f"{', '.join(cols)} FROM read_parquet('{docs}') WHERE id NOT IN (SELECT id FROM documents)"
    )
    new_documents: int = con.execute("SELECT count(*) FROM documents").fetchone()[0] - before
    run_ids = _run_ids(docs)
    for table in ("quotes", "claims"):
        con.execute(f"DELETE FROM {table} WHERE doc_id IN ({run_ids})")
        source = parquet_source(folder, table)
        if source:
            con.execute(
                f"INSERT INTO {table} ({', '.join(columns[table])}) {_select(source, columns[table])}"
            )
    analysed = parquet_source(folder, "analysed")
    if analysed:  # documents skipped (over time, or failing) stay unmarked, as after `analyze`
        con.execute(f"INSERT OR IGNORE INTO analysed {_select(analysed, columns['analysed'])}")
    errors = parquet_source(folder, "errors")
    if errors:
        con.execute(
            f"INSERT INTO errors (path, reason) {_select(errors, columns['errors'])} "
            "EXCEPT SELECT path, reason FROM errors"
        )
    for table in CORPUS_WIDE_TABLES:
        source = parquet_source(folder, table)
        if source:
            con.execute(f"DELETE FROM {table}")
            con.execute(
                f"INSERT INTO {table} ({', '.join(columns[table])}) {_select(source, columns[table])}"
            )
    return new_documents


def documents_outside_run(con: Any, docs: str) -> int:
    """How many stored documents the run (documents source ``docs``) did not see."""
    return con.execute(f"SELECT count(*) FROM documents WHERE id NOT IN ({_run_ids(docs)})").fetchone()[0]  # type: ignore[no-any-return]


def export_documents_parquet(con: Any, corpus: Path, columns: Sequence[str]) -> None:
    """Write the stored documents, in store order, to the Parquet file ``corpus``."""
    if "'" in str(corpus):
        raise ValueError(f"{corpus.parent}: a folder name with a quote mark cannot be written")
    con.execute(
        f"COPY (SELECT {', '.join(columns)} FROM documents ORDER BY seq) TO '{corpus}' (FORMAT parquet)"
    )
