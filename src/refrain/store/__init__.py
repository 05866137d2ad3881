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
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from refrain.document import Document
from refrain.errors import StoreError
from refrain.settings import lock_wait_seconds
from refrain.store.schema import EXPORTABLE, SCHEMA_VERSION, TABLES

DEFAULT_DB = "refrain.duckdb"

_DOC_COLUMNS = (
    "id",
    "seq",
    "name",
    "source",
    "idx",
    "key",
    "title",
    "date",
    "author",
    "outlet",
    "language",
    "url",
    "start_offset",
    "end_offset",
    "text",
)


def _row_to_document(row: Sequence[Any]) -> Document:
    (doc_id, _seq, _name, source, idx, key, title, date, author, outlet, language, url, start, end, text) = (
        row
    )
    return Document(
        text=text,
        source=source,
        index=idx,
        title=title,
        date=date,
        author=author,
        outlet=outlet,
        language=language,
        url=url,
        key=key,
        start=start,
        end=end,
        id=doc_id,
    )


# Columns filled by the clock, left out of canonical digests (two equal runs differ only there).
_CLOCK_COLUMNS = frozenset({"ingested_at", "recorded_at"})
_FIRST_RETRY_S = 0.02
_MAX_RETRY_S = 0.5


def is_lock_error(exc: BaseException) -> bool:
    """True when DuckDB refused a file because another process holds its lock."""
    return isinstance(exc, duckdb.Error) and "lock" in str(exc).lower()


def connect_with_retry(
    path: str, *, read_only: bool, lock_wait_s: float | None = None
) -> duckdb.DuckDBPyConnection:
    """Open a DuckDB file, retrying with backoff while another process holds its lock.

    DuckDB lets one process write a file, or several read it, never both; a writer that commits
    per batch and lets go of the file between batches leaves room for readers, and the other way
    round. Waits at most ``lock_wait_s`` seconds (default: ``$REFRAIN_LOCK_WAIT_S`` or 30), then
    raises StoreError saying who holds the file.
    """
    try:
        wait = lock_wait_seconds() if lock_wait_s is None else lock_wait_s
    except ValueError as exc:
        raise StoreError(str(exc)) from None
    deadline = time.monotonic() + wait
    delay = _FIRST_RETRY_S
    marker: Path | None = None
    try:
        while True:
            try:
                return duckdb.connect(path, read_only=read_only)
            except duckdb.Error as exc:
                first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                if not is_lock_error(exc):
                    raise StoreError(f"{path}: cannot open the store: {first_line}") from exc
                left = deadline - time.monotonic()
                if left <= 0:
                    raise StoreError(
                        f"{path}: the store is busy: another refrain process holds it "
                        f"(gave up after {wait:g} s; wait for it to finish, or set "
                        f"REFRAIN_LOCK_WAIT_S to wait longer)"
                    ) from exc
                if not read_only and marker is None:
                    marker = _announce_writer(path)
                time.sleep(min(delay, left))
                delay = min(delay * 2, _MAX_RETRY_S)
    finally:
        if marker is not None:
            marker.unlink(missing_ok=True)


def writer_waiting_marker(path: str) -> Path:
    """The file a writer keeps while it waits for the lock, so that readers that hold the file
    (the web UI) let go between requests instead of keeping it busy under steady traffic."""
    return Path(f"{path}.writer-waiting")


def _announce_writer(path: str) -> Path | None:
    marker = writer_waiting_marker(path)
    try:
        marker.touch()
    except OSError:  # a read-only folder: readers then fall back to closing when idle
        return None
    return marker


def insert_rows(con: Any, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """Insert dict rows (same keys in each) in one statement through an Arrow table.

    DuckDB's ``executemany`` runs one statement a row (seconds per thousand rows); an Arrow table
    goes in as one scan. Text Arrow cannot hold (lone surrogates) falls back to ``executemany``.
    """
    if not rows:
        return
    if table not in TABLES:
        raise StoreError(f"unknown table {table!r}")
    import pyarrow as pa

    cols = list(rows[0])
    listed = ", ".join(f'"{c}"' for c in cols)
    try:
        batch = pa.Table.from_pydict({c: [row[c] for row in rows] for c in cols})
    except (pa.ArrowException, UnicodeError, OverflowError):
        con.executemany(
            f"INSERT INTO {table} ({listed}) VALUES ({', '.join('?' * len(cols))})",
            [[row[c] for c in cols] for row in rows],
        )
        return
    name = f"_rows_{table}"
    con.register(name, batch)
    try:
        con.execute(f"INSERT INTO {table} ({listed}) SELECT {listed} FROM {name}")
    finally:
        con.unregister(name)


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
            raise StoreError(f"{self.path}: no such store (run `refrain ingest` first)")
        self.con = connect_with_retry(self.path, read_only=read_only, lock_wait_s=lock_wait_s)
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
        self.con.execute("COMMIT")

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a parameterised query and return rows as dicts."""
        cur = self.con.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def count(self, table: str) -> int:
        if table not in TABLES:
            raise StoreError(f"unknown table {table!r}")
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
                rows.append(
                    (
                        doc.id,
                        seq,
                        doc.name,
                        doc.source,
                        doc.index,
                        doc.key,
                        doc.title,
                        doc.date,
                        doc.author,
                        doc.outlet,
                        doc.language,
                        doc.url,
                        doc.start,
                        doc.end,
                        doc.text,
                    )
                )
                seq += 1
            insert_rows(con, "documents", [dict(zip(_DOC_COLUMNS, row, strict=True)) for row in rows])
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
        sql = f"SELECT {', '.join(_DOC_COLUMNS)} FROM documents"
        params: list[Any] = []
        if ids is not None:
            sql += " WHERE id IN (SELECT unnest(?))"
            params.append(list(ids))
        cur = self.con.execute(sql + " ORDER BY seq", params)
        while rows := cur.fetchmany(1000):
            for row in rows:
                yield _row_to_document(row)

    def document(self, doc_id: str) -> Document | None:
        row = self.con.execute(
            f"SELECT {', '.join(_DOC_COLUMNS)} FROM documents WHERE id = ?", [doc_id]
        ).fetchone()
        return _row_to_document(row) if row else None

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
        if table not in TABLES:
            raise StoreError(f"unknown table {table!r}")
        with self.transaction() as con:
            doc_ids = list(findings)
            con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?))", [doc_ids])
            insert_rows(con, table, [row for doc_rows in findings.values() for row in doc_rows])
            self.mark_analysed(analyser, doc_ids, con=con)

    def replace_table(self, table: str, rows: list[dict[str, Any]], *, con: Any = None) -> None:
        """Replace a corpus-wide table (passages, clusters, ...) as a whole."""
        if table not in TABLES:
            raise StoreError(f"unknown table {table!r}")
        c = con or self.con
        c.execute(f"DELETE FROM {table}")
        insert_rows(c, table, rows)

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
        self, out_dir: str | Path, fmt: str = "jsonl", tables: Sequence[str] | None = None
    ) -> list[Path]:
        """Write each table to ``out_dir/<table>.<fmt>`` (jsonl, csv or parquet); return the files."""
        if fmt not in {"jsonl", "csv", "parquet"}:
            raise StoreError(f"unknown export format {fmt!r} (use jsonl, csv or parquet)")
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for table in tables or EXPORTABLE:
            if table not in TABLES:
                raise StoreError(f"unknown table {table!r}")
            path = out / f"{table}.{fmt}"
            rel = self.con.sql(f"SELECT * FROM {table}")
            if fmt == "parquet":
                rel.write_parquet(str(path))
            elif fmt == "csv":
                rel.write_csv(str(path))
            else:
                cur = self.con.execute(f"SELECT * FROM {table}")
                names = [d[0] for d in cur.description]
                with path.open("w", encoding="utf-8") as fh:
                    while rows := cur.fetchmany(1000):
                        for row in rows:
                            fh.write(
                                json.dumps(
                                    dict(zip(names, row, strict=True)), ensure_ascii=False, default=str
                                )
                                + "\n"
                            )
            written.append(path)
        return written

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

    # -- summaries ------------------------------------------------------------------------------------
    def summary(self) -> dict[str, Any]:
        """Counts a user wants first: articles, outlets, date range, quotes, speakers, reuse, conflicts."""
        one = lambda sql: self.con.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "documents": one("SELECT count(*) FROM documents"),
            "outlets": one("SELECT count(DISTINCT outlet) FROM documents WHERE outlet IS NOT NULL"),
            "first_date": one("SELECT min(date) FROM documents"),
            "last_date": one("SELECT max(date) FROM documents"),
            "errors": one("SELECT count(*) FROM errors"),
            "quotes": one("SELECT count(*) FROM quotes WHERE kind <> 'scare'"),
            "speakers": one(
                "SELECT count(DISTINCT coalesce(entity_id, speaker)) FROM quotes WHERE speaker IS NOT NULL"
            ),
            "claims": one("SELECT count(*) FROM claims"),
            "conflicts": one("SELECT count(*) FROM conflict_groups WHERE NOT agree"),
            "reused_passages": one("SELECT count(*) FROM passages WHERE NOT boilerplate"),
            "clusters": one("SELECT count(*) FROM clusters"),
        }


__all__ = ["DEFAULT_DB", "Store", "connect_with_retry", "insert_rows", "is_lock_error"]
