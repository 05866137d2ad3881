"""The reuse memo kept in the store (see :mod:`refrain.reuse.memo`): read it, and write it back.

Each document's shingles and each candidate pair's passages, keyed by content, so that the next
`analyze` tokenises and aligns only what new documents changed. Every blob carries a checksum:
a damaged row is left out when reading, and that work is simply done again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from refrain.store.rows import insert_rows

if TYPE_CHECKING:
    from refrain.store import Store

_MEMO_TABLES = (("reuse_memo_docs", "shingles"), ("reuse_memo_pairs", "passages"))


def load_reuse_memo(store: Store) -> Any:
    """The ReuseMemo the store keeps (empty when it has none). A row whose checksum does not
    match, or a table that cannot be read, is left out: that work is simply done again."""
    import duckdb

    from refrain.reuse import ReuseMemo
    from refrain.reuse.memo import blob_check, decode_passages, decode_shingles

    memo = ReuseMemo()
    for (table, column), into, decode in zip(
        _MEMO_TABLES, (memo.shingles, memo.pairs), (decode_shingles, decode_passages), strict=True
    ):
        try:
            found = store.con.execute(f"SELECT key, {column}, checksum FROM {table}").to_arrow_table()
        except duckdb.Error:  # an older store opened read-only: no memo tables
            continue
        for key, blob, checksum in zip(
            found.column(0).to_pylist(), found.column(1).to_pylist(), found.column(2).to_pylist(), strict=True
        ):
            if blob_check(blob) != checksum:
                continue
            try:
                into[key] = decode(blob)
            except ValueError:  # not a whole number of items
                continue
    return memo


def save_reuse_memo(con: Any, memo: Any) -> None:
    """Keep, in the store, exactly the memo entries the last run used: its additions are written,
    entries of documents and pairs no longer in the corpus (or from other settings) deleted."""
    import pyarrow as pa

    from refrain.reuse.memo import blob_check, encode_passages, encode_shingles

    for (table, column), live, added, encode in zip(
        _MEMO_TABLES,
        (memo.live_shingles, memo.live_pairs),
        (memo.added_shingles, memo.added_pairs),
        (encode_shingles, encode_passages),
        strict=True,
    ):
        # Rows being added are deleted too: one left unread (damaged) must not stay beside its redo.
        keep = pa.table({"key": pa.array([k for k in live if k not in added], pa.binary())})
        con.register("_memo_keep", keep)
        try:
            con.execute(f"DELETE FROM {table} WHERE key NOT IN (SELECT key FROM _memo_keep)")
        finally:
            con.unregister("_memo_keep")
        blobs = [(key, encode(value)) for key, value in added.items() if key in live]
        insert_rows(con, table, [{"key": k, column: b, "checksum": blob_check(b)} for k, b in blobs])
