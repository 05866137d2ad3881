"""`refrain load-parquet`: put a Spark run's Parquet tables into a DuckDB store, idempotently.

Documents already stored (same content id) are kept as they are; new ones are appended in the
run's order. Quotes and claims of the run's documents replace what the store had for them, and
those documents are marked analysed. Reuse passages and clusters replace the store's (they are
corpus-wide); quote families, entities and conflict groups are then derived from the stored rows
by :mod:`refrain.analyze.corpus`, as ``refrain analyze`` does. Loading the same folder twice changes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from refrain.errors import Errors, StoreError
from refrain.spark.tables import column_names
from refrain.store import Store


def _parquet(folder: Path, table: str) -> str | None:
    """The glob DuckDB reads for a table, or None when the run wrote no file for it."""
    path = folder / table
    if path.is_file():
        return str(path)
    if path.is_dir() and any(path.glob("*.parquet")):
        return str(path / "*.parquet")
    return None


def _select(source: str, table: str) -> str:
    return f"SELECT {', '.join(column_names(table))} FROM read_parquet('{source}')"


def load_parquet(store: Store, directory: str | Path, *, aliases: str | None = None) -> dict[str, int]:
    """Load the tables :func:`refrain.spark.analyze_spark` wrote under ``directory`` into ``store``.

    ``aliases``: the TOML alias file for entities, as for ``refrain analyze``. Returns how many
    rows each table holds afterwards (documents: how many were new).
    """
    folder = Path(directory)
    docs = _parquet(folder, "documents")
    if docs is None:
        raise StoreError(Errors.E209, folder=folder)
    if "'" in str(folder):
        raise StoreError(Errors.E210, folder=folder)
    counts: dict[str, int] = {}
    with store.transaction() as con:
        before = con.execute("SELECT count(*) FROM documents").fetchone()[0]  # type: ignore[index]
        cols = [c for c in column_names("documents") if c != "seq"]
        con.execute(
            f"INSERT INTO documents (seq, {', '.join(cols)}) "
            f"SELECT (SELECT coalesce(max(seq) + 1, 0) FROM documents) + row_number() OVER (ORDER BY seq) - 1, "
            f"{', '.join(cols)} FROM read_parquet('{docs}') WHERE id NOT IN (SELECT id FROM documents)"
        )
        counts["documents"] = con.execute("SELECT count(*) FROM documents").fetchone()[0] - before  # type: ignore[index]
        run_ids = f"SELECT id FROM read_parquet('{docs}')"
        for table in ("quotes", "claims"):
            con.execute(f"DELETE FROM {table} WHERE doc_id IN ({run_ids})")
            source = _parquet(folder, table)
            if source:
                con.execute(
                    f"INSERT INTO {table} ({', '.join(column_names(table))}) {_select(source, table)}"
                )
        analysed = _parquet(folder, "analysed")
        if analysed:  # documents skipped (over time, or failing) stay unmarked, as after `analyze`
            con.execute(f"INSERT OR IGNORE INTO analysed {_select(analysed, 'analysed')}")
        errors = _parquet(folder, "errors")
        if errors:
            con.execute(
                f"INSERT INTO errors (path, reason) {_select(errors, 'errors')} EXCEPT SELECT path, reason FROM errors"
            )
        for table in ("passages", "clusters", "cluster_members", "reuse_cutoffs"):
            source = _parquet(folder, table)
            if source:
                con.execute(f"DELETE FROM {table}")
                con.execute(
                    f"INSERT INTO {table} ({', '.join(column_names(table))}) {_select(source, table)}"
                )
        _derive_links(store, con, run_ids, aliases)
    for table in ("quotes", "claims", "passages", "clusters", "cluster_members", "errors"):
        counts[table] = store.count(table)
    return counts


def _derive_links(store: Store, con: Any, run_ids: str, aliases: str | None) -> None:
    """Quote families, entities and conflict groups from the stored rows (as `analyze` does)."""
    from refrain.analyze import derived_links, links_fingerprint
    from refrain.store.corpus import write_derived_links

    write_derived_links(con, *derived_links(store, aliases))
    # The reuse links are complete only when the run saw every stored document; otherwise leave
    # the fingerprint stale so that the next `refrain analyze` recomputes them over the whole store.
    missing = con.execute(f"SELECT count(*) FROM documents WHERE id NOT IN ({run_ids})").fetchone()[0]
    if missing == 0:
        store.set_meta("corpus_fingerprint", links_fingerprint(store, aliases), con=con)
