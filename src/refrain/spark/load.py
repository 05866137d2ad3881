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
from refrain.store.parquet import (
    CORPUS_WIDE_TABLES,
    documents_outside_run,
    load_parquet_tables,
    parquet_source,
)

# Every table a run may write, with the columns load_parquet_tables reads from it.
_LOADED_TABLES = ("documents", "quotes", "claims", "analysed", "errors", *CORPUS_WIDE_TABLES)


def load_parquet(store: Store, directory: str | Path, *, aliases: str | None = None) -> dict[str, int]:
    """Load the tables :func:`refrain.spark.analyze_spark` wrote under ``directory`` into ``store``.

    ``aliases``: the TOML alias file for entities, as for ``refrain analyze``. Returns how many
    rows each table holds afterwards (documents: how many were new).
    """
    folder = Path(directory)
    docs = parquet_source(folder, "documents")
    if docs is None:
        raise StoreError(Errors.E209, folder=folder)
    if "'" in str(folder):
        raise StoreError(Errors.E210, folder=folder)
    counts: dict[str, int] = {}
    columns = {table: column_names(table) for table in _LOADED_TABLES}
    with store.transaction() as con:
        counts["documents"] = load_parquet_tables(con, folder, docs, columns)
        _derive_links(store, con, docs, aliases)
    for table in ("quotes", "claims", "passages", "clusters", "cluster_members", "errors"):
        counts[table] = store.count(table)
    return counts


def _derive_links(store: Store, con: Any, docs: str, aliases: str | None) -> None:
    """Quote families, entities and conflict groups from the stored rows (as `analyze` does)."""
    from refrain.analyze import derived_links, links_fingerprint
    from refrain.store.corpus import write_derived_links

    write_derived_links(con, *derived_links(store, aliases))
    # The reuse links are complete only when the run saw every stored document; otherwise leave
    # the fingerprint stale so that the next `refrain analyze` recomputes them over the whole store.
    if documents_outside_run(con, docs) == 0:
        store.set_meta("corpus_fingerprint", links_fingerprint(store, aliases), con=con)
