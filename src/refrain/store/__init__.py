"""The embedded DuckDB store: documents, errors and every finding as spans of documents.

>>> from refrain.document import Document
>>> store = Store(":memory:")
>>> store.add_documents([Document(text="A short article.", source="a.txt")])
1
>>> store.add_documents([Document(text="A short article.", source="a.txt")])  # same text: nothing new
0
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from refrain.document import Document
from refrain.errors import Errors, StoreError, WriteError
from refrain.store.connect import connect_with_retry, is_lock_error, writer_waiting_marker
from refrain.store.corpus import replace_table
from refrain.store.rows import DOCUMENT_COLUMNS, document_from_row, document_row, insert_rows
from refrain.store.schema import EXPORTABLE, SCHEMA_VERSION, TABLES, check_version
from refrain.writes import reason_of

DEFAULT_DB = "refrain.duckdb"

# Columns filled by the clock, left out of canonical digests (two equal runs differ only there).
_CLOCK_COLUMNS = frozenset({"ingested_at", "recorded_at"})


# Every exported quote row says its cross-language family (refrain.crosslingual), NULL when none.
_EXPORT_SELECT = {
    "quotes": "SELECT q.*, m.family AS crosslingual_family FROM quotes q "
    "LEFT JOIN crosslingual_members m ON m.quote_id = q.id ORDER BY q.rowid",
}


class Store:
    """A refrain store in one DuckDB file (``":memory:"`` for a throw-away one).

    Every write that belongs together runs in one transaction, so a crash leaves the store as it
    was before that write: never half a document, never findings without their "analysed" mark.
    Opening waits (bounded: ``lock_wait_s``) while another process holds the file.
    """

    def __init__(
        self, path: str | Path = DEFAULT_DB, *, read_only: bool = False, lock_wait_s: float | None = None
    ) -> None:
        self.path = str(path)
        self.read_only = read_only
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(Errors.E201, path=self.path)
        self.con = connect_with_retry(self.path, read_only=read_only, lock_wait_s=lock_wait_s)
        try:
            check_version(self.con, self.path, read_only=read_only)  # refuse, or migrate, an older store
        except BaseException:
            self.con.close()
            raise
        if not read_only:
            for ddl in TABLES.values():
                self.con.execute(ddl)
            self.con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])

    # -- plumbing ---------------------------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        try:
            self.con.execute("COMMIT")
        except (duckdb.IOException, duckdb.TransactionException, OSError) as exc:
            # A full disk or a file-size limit: the batch is not stored, the store keeps the last one.
            raise WriteError(Errors.E503, path=self.path, reason=reason_of(exc)) from None

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a parameterised query and return rows as dicts."""
        cur = self.con.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def count(self, table: str) -> int:
        if table not in TABLES:
            raise StoreError(Errors.E205, table=table)
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]

    # -- documents --------------------------------------------------------------------------------
    def add_documents(self, docs: Iterable[Document]) -> int:
        """Store documents not stored yet (by content id); return how many were new."""
        batch = list(docs)
        if not batch:
            return 0
        with self.transaction() as con:
            ids = [d.id for d in batch]
            known = {
                r[0]
                for r in con.execute(
                    "SELECT id FROM documents WHERE id IN (SELECT unnest(?))", [ids]
                ).fetchall()
            }
            seq = con.execute("SELECT coalesce(max(seq) + 1, 0) FROM documents").fetchone()[0]  # type: ignore[index]
            rows = []
            for doc in batch:
                if doc.id in known:
                    continue
                known.add(doc.id)
                rows.append(document_row(doc, seq))
                seq += 1
            insert_rows(con, "documents", rows)
        return len(rows)

    def add_error(self, path: str, reason: str) -> None:
        """Record a failure once: the same (path, reason) again adds nothing (re-runs stay idempotent)."""
        self.add_errors([(path, reason)])

    def add_errors(self, failures: Iterable[tuple[str, str]], *, con: Any = None) -> int:
        """Record failures not recorded yet, in one statement; return how many were new."""
        rows = list(dict.fromkeys(failures))
        if not rows:
            return 0
        c = con or self.con
        before = c.execute("SELECT count(*) FROM errors").fetchone()[0]
        c.execute(
            "INSERT INTO errors (path, reason) SELECT f.path, f.reason FROM "
            "(SELECT unnest(?) AS path, unnest(?) AS reason) f "
            "WHERE NOT EXISTS (SELECT 1 FROM errors e WHERE e.path = f.path AND e.reason = f.reason)",
            [[p for p, _ in rows], [r for _, r in rows]],
        )
        return c.execute("SELECT count(*) FROM errors").fetchone()[0] - before

    def documents(self, ids: Sequence[str] | None = None) -> Iterator[Document]:
        """Documents in ingest order (all of them, or those with the given ids)."""
        sql = f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM documents"
        params: list[Any] = []
        if ids is not None:
            sql += " WHERE id IN (SELECT unnest(?))"
            params.append(list(ids))
        cur = self.con.execute(sql + " ORDER BY seq", params)
        while rows := cur.fetchmany(1000):
            for row in rows:
                yield document_from_row(row)

    def document(self, doc_id: str) -> Document | None:
        row = self.con.execute(
            f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM documents WHERE id = ?", [doc_id]
        ).fetchone()
        return document_from_row(row) if row else None

    def seq_of(self) -> dict[str, int]:
        return dict(self.con.execute("SELECT id, seq FROM documents").fetchall())

    def not_analysed(self, analyser: str) -> list[str]:
        """Ids of documents the analyser has not seen yet, in ingest order."""
        return [
            r[0]
            for r in self.con.execute(
                "SELECT id FROM documents WHERE id NOT IN (SELECT doc_id FROM analysed WHERE analyser = ?) "
                "ORDER BY seq",
                [analyser],
            ).fetchall()
        ]

    # -- per-document findings ----------------------------------------------------------------------
    def write_document_findings(
        self, analyser: str, findings: dict[str, list[dict[str, Any]]], table: str
    ) -> None:
        """Replace ``table``'s rows for these documents and mark them analysed, in one transaction.

        ``findings`` maps a document id to its rows (dicts with the table's column names).
        """
        self.write_findings(
            analyser, list(findings), {table: [r for rows in findings.values() for r in rows]}
        )

    def write_findings(
        self,
        analyser: str,
        doc_ids: list[str],
        tables: dict[str, list[dict[str, Any]]],
        errors: Iterable[tuple[str, str]] = (),
    ) -> None:
        """In one transaction: replace the rows of ``doc_ids`` in each table of ``tables`` (its
        new rows), mark those documents analysed, and record ``errors`` (name, reason)."""
        for table in tables:
            if table not in TABLES:
                raise StoreError(Errors.E205, table=table)
        with self.transaction() as con:
            for table in tables:
                con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?))", [doc_ids])
            for table, rows in tables.items():
                insert_rows(con, table, rows)
            self.mark_analysed(analyser, doc_ids, con=con)
            self.add_errors(errors, con=con)

    def replace_table(self, table: str, rows: list[dict[str, Any]], *, con: Any = None) -> None:
        """Replace a corpus-wide table (passages, clusters, ...) as a whole."""
        replace_table(con or self.con, table, rows)

    def mark_analysed(self, analyser: str, doc_ids: Iterable[str], *, con: Any = None) -> None:
        ids = list(doc_ids)
        if ids:  # one statement (executemany runs one a row); nothing to do for a batch that all failed
            (con or self.con).execute(
                "INSERT OR IGNORE INTO analysed SELECT DISTINCT unnest(?), ?", [ids, analyser]
            )

    # -- meta ---------------------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self.con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str, *, con: Any = None) -> None:
        (con or self.con).execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])

    # -- export -------------------------------------------------------------------------------------
    def export(
        self,
        out_dir: str | Path,
        fmt: str = "jsonl",
        tables: Sequence[str] | None = None,
        *,
        force: bool = False,
        csv_safe: bool = True,
    ) -> list[Path]:
        """Write each table to ``out_dir/<table>.<fmt>`` (jsonl, csv or parquet); return the files.

        All files or none (written aside, renamed at the end); existing files are refused unless
        ``force``; CSV text cells that would run as formulas get a leading ``'`` unless not
        ``csv_safe`` (see :mod:`refrain.store.export`).
        """
        from refrain.store.export import write_tables

        if fmt not in {"jsonl", "csv", "parquet"}:
            raise StoreError(Errors.E206, fmt=fmt)
        out = Path(out_dir)
        selects: dict[Path, str] = {}
        for table in tables or EXPORTABLE:
            if table not in TABLES:
                raise StoreError(Errors.E205, table=table)
            select = f"SELECT * FROM {table}"
            if table in _EXPORT_SELECT and self._has_table("crosslingual_members"):
                select = _EXPORT_SELECT[table]
            selects[out / f"{table}.{fmt}"] = select
        return write_tables(self.con, selects, fmt, force=force, csv_safe=csv_safe)

    def _has_table(self, table: str) -> bool:
        """Whether the store has ``table`` (a store from before it was added, opened read-only, has not)."""
        return bool(
            self.con.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [table]
            ).fetchone()[0]
        )

    # -- integrity ----------------------------------------------------------------------------------
    def digest(self) -> dict[str, tuple[int, str]]:
        """``{table: (rows, sha256)}`` of every table's contents in a canonical order.

        Clock columns (``ingested_at``, ``recorded_at``) are left out: two runs over the same input
        have the same digest however they were interrupted and resumed.
        """
        out: dict[str, tuple[int, str]] = {}
        for table in TABLES:
            columns = [
                row[0]
                for row in self.con.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                    "ORDER BY ordinal_position",
                    [table],
                ).fetchall()
                if row[0] not in _CLOCK_COLUMNS
            ]
            if not columns:  # a table newer than a store opened read-only: as good as empty
                out[table] = (0, hashlib.sha256().hexdigest())
                continue
            listed = ", ".join(f'"{c}"' for c in columns)
            cur = self.con.execute(f"SELECT {listed} FROM {table} ORDER BY {listed}")
            h = hashlib.sha256()
            n = 0
            while rows := cur.fetchmany(2000):
                for row in rows:
                    h.update(
                        json.dumps(row, default=str, ensure_ascii=False).encode("utf-8", "surrogatepass")
                    )
                    h.update(b"\n")
                    n += 1
            out[table] = (n, h.hexdigest())
        return out


__all__ = [
    "DEFAULT_DB",
    "Store",
    "connect_with_retry",
    "insert_rows",
    "is_lock_error",
    "writer_waiting_marker",
]
