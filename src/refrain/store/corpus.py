"""What the corpus stage of `analyze` reads from the store and writes back to it.

Reading: every document as a reuse input, every quotation as an occurrence for quote families,
every attributed quote as a speaker mention, every claim as a Claim; each in a full canonical
order (ingest order, then offset, then id), so that the links made from them never depend on
the order DuckDB happens to return rows in. Writing: the corpus-wide tables replaced as a whole,
and quotes and claims pointed at their family, entity and conflict group.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from refrain.errors import Errors, StoreError
from refrain.store.rows import claim_from_row, insert_rows
from refrain.store.schema import TABLES

if TYPE_CHECKING:
    from refrain.store import Store

_QUOTE_SQL = (
    "SELECT q.id, q.doc_id, q.start_offset, q.end_offset, q.text, q.speaker, d.date, d.seq "
    "FROM quotes q JOIN documents d ON d.id = q.doc_id WHERE q.kind <> 'scare' AND {where} "
    "ORDER BY d.seq, q.start_offset, q.id"
)
_MENTION_SQL = (
    "SELECT q.id, q.speaker, q.role FROM quotes q JOIN documents d ON d.id = q.doc_id "
    "WHERE q.speaker IS NOT NULL AND q.kind <> 'scare' ORDER BY d.seq, q.start_offset, q.id"
)
_CLAIM_SQL = (
    "SELECT c.*, d.seq FROM claims c JOIN documents d ON d.id = c.doc_id ORDER BY d.seq, c.start_offset, c.id"
)


def corpus_fingerprint(store: Store) -> str:
    """``"<documents>:<last seq>"``: changes whenever a document is added."""
    n, mx = store.con.execute("SELECT count(*), coalesce(max(seq), -1) FROM documents").fetchone()  # type: ignore[misc]
    return f"{n}:{mx}"


def reuse_inputs(store: Store) -> list[Any]:
    """Every document as a refrain.reuse.ReuseDoc named by its id, in ingest order."""
    from refrain.reuse import ReuseDoc

    # the four columns reuse reads, not whole Documents (33k of them built only to be taken apart)
    cur = store.con.execute("SELECT id, text, date, outlet FROM documents ORDER BY seq")
    return [
        ReuseDoc(name=doc_id, text=text, date=date, outlet=outlet, order=i)
        for i, (doc_id, text, date, outlet) in enumerate(cur.fetchall())
    ]


def quote_occurrences(
    store: Store, where: str = "TRUE", params: list[Any] | None = None
) -> list[tuple[str, Any]]:
    """(quote id, refrain.reuse.QuoteOccurrence) of every quotation (scare quotes left out), or of
    those an SQL condition ``where`` on ``q`` (quotes) and ``d`` (documents) keeps."""
    from refrain.reuse import QuoteOccurrence

    return [
        (
            r["id"],
            QuoteOccurrence(
                doc=r["doc_id"],
                start=r["start_offset"],
                end=r["end_offset"],
                text=r["text"],
                speaker=r["speaker"],
                date=r["date"],
                order=r["seq"],
            ),
        )
        for r in store.query(_QUOTE_SQL.format(where=where), params or [])
    ]


def stored_reuse_cutoffs(store: Store) -> list[dict[str, Any]]:
    """The stored ``reuse_cutoffs`` rows (one, after a corpus run that recorded it; else none)."""
    return store.query("SELECT * FROM reuse_cutoffs")


def persian_document_count(store: Store) -> int:
    """How many stored documents are in Persian (language ``fa``, any region)."""
    return store.con.execute("SELECT count(*) FROM documents WHERE language LIKE 'fa%'").fetchone()[0]  # type: ignore[index]


def speaker_mentions(store: Store) -> list[tuple[str, str, str | None]]:
    """(quote id, speaker as resolved in its article, role) of every attributed quotation."""
    return [(r["id"], r["speaker"], r["role"]) for r in store.query(_MENTION_SQL)]


def stored_claims(store: Store) -> list[tuple[str, str, Any]]:
    """(claim id, document id, refrain.claims.Claim) of every claim."""
    return [(r["id"], r["doc_id"], claim_from_row(r)) for r in store.query(_CLAIM_SQL)]


def claim_sources(store: Store, docs: list[str] | None = None) -> dict[str, Any]:
    """{document id: refrain.claims.Source} (outlet, date, title, text) of every document with a
    claim (or of ``docs``): what tells two figures' sources and times apart."""
    from refrain.claims import Source

    if docs is None:
        sql, params = (
            "SELECT id, outlet, date, title, text FROM documents WHERE id IN (SELECT DISTINCT doc_id FROM claims)",
            [],
        )
    else:
        sql = "SELECT id, outlet, date, title, text FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))"
        params = [docs]
    return {
        r["id"]: Source(outlet=r["outlet"], date=r["date"], title=r["title"], text=r["text"])
        for r in store.query(sql, params)
    }


def replace_table(con: Any, table: str, rows: list[dict[str, Any]]) -> None:
    """Make a corpus-wide table (passages, clusters, ...) hold exactly ``rows``, writing only the
    difference: rows no longer given are deleted, rows not stored yet inserted (a table's rows
    are distinct: each has its id or key)."""
    if table not in TABLES:
        raise StoreError(Errors.E205, table=table)
    if not rows:
        con.execute(f"DELETE FROM {table}")
        return
    import pyarrow as pa

    cols = list(rows[0])
    try:
        batch = pa.Table.from_pydict({c: [row[c] for row in rows] for c in cols})
    except (pa.ArrowException, UnicodeError, OverflowError):  # text Arrow cannot hold
        con.execute(f"DELETE FROM {table}")
        insert_rows(con, table, rows)
        return
    listed = ", ".join(f'"{c}"' for c in cols)
    same = " AND ".join(f't."{c}" IS NOT DISTINCT FROM n."{c}"' for c in cols)
    con.register("_replace_rows", batch)
    try:
        con.execute(
            f"DELETE FROM {table} WHERE rowid IN "
            f"(SELECT t.rowid FROM {table} t ANTI JOIN _replace_rows n ON {same})"
        )
        con.execute(
            f"INSERT INTO {table} ({listed}) SELECT {listed} FROM _replace_rows n "
            f"WHERE NOT EXISTS (SELECT 1 FROM {table} t WHERE {same})"
        )
    finally:
        con.unregister("_replace_rows")


def write_derived_links(
    con: Any,
    families: tuple[list[dict[str, Any]], dict[str, int]],
    entities: tuple[list[dict[str, Any]], dict[str, str]],
    groups: tuple[list[dict[str, Any]], dict[str, int]],
) -> None:
    """Replace quote families, entities and conflict groups, and point quotes and claims at them.

    Each argument is (the table's rows, {quote or claim id: the family, entity or group id}).
    Links written here were not made through the stage's memos: the quote-link index and the
    conflict memo are emptied, so the next `analyze` links every quotation and groups every
    claim again.
    """
    con.execute("DELETE FROM quote_link_index")
    write_families(con, families)
    write_entities(con, entities)
    replace_table(con, "conflict_groups", groups[0])
    replace_column(con, "claims", "conflict_group", groups[1])
    con.execute("DELETE FROM conflict_memo")
    con.execute("DELETE FROM conflict_figures")


def write_families(con: Any, families: tuple[list[dict[str, Any]], dict[str, int]]) -> None:
    """Replace the quote families and point quotes at them."""
    replace_table(con, "quote_families", families[0])
    replace_column(con, "quotes", "family", families[1])


def write_entities(con: Any, entities: tuple[list[dict[str, Any]], dict[str, str]]) -> None:
    """Replace the entities and point quotes at them."""
    replace_table(con, "entities", entities[0])
    replace_column(con, "quotes", "entity_id", entities[1])


def _id_values(column: str, values: dict[str, Any]) -> Any:
    """``values`` ({row id: value of ``column``}) as an Arrow table (id, v) to update from."""
    import pyarrow as pa

    kind = pa.string() if column == "entity_id" else pa.int64()
    return pa.table({"id": pa.array(list(values), pa.string()), "v": pa.array(list(values.values()), kind)})


def replace_column(con: Any, table: str, column: str, values: dict[str, Any]) -> None:
    """Make ``column`` of ``table`` hold ``values`` ({row id: value}) and NULL elsewhere, writing
    only the rows whose value changes."""
    con.register("_col", _id_values(column, values))
    try:
        con.execute(
            f"UPDATE {table} SET {column} = NULL WHERE {column} IS NOT NULL AND id NOT IN (SELECT id FROM _col)"
        )
        con.execute(
            f"UPDATE {table} SET {column} = _col.v FROM _col WHERE {table}.id = _col.id "
            f"AND {table}.{column} IS DISTINCT FROM _col.v"
        )
    finally:
        con.unregister("_col")


def set_column(con: Any, table: str, column: str, values: dict[str, Any]) -> None:
    """Set ``column`` of the rows of ``table`` named in ``values`` ({row id: value})."""
    if not values:
        return
    con.register("_upd", _id_values(column, values))  # one scan, not a statement per row (executemany)
    try:
        con.execute(f"UPDATE {table} SET {column} = _upd.v FROM _upd WHERE {table}.id = _upd.id")
    finally:
        con.unregister("_upd")


def move_ids(con: Any, table: str, ref_table: str, ref_column: str, new_id: dict[int, int]) -> None:
    """Give the rows of ``table`` the ids ``new_id`` says ({id: new id}), and the rows of
    ``ref_table`` pointing at them (``ref_column``) with them: only the rows whose id changes are
    written (deleted and inserted again: the id is the primary key)."""
    moved = {old: new for old, new in new_id.items() if old != new}
    if not moved:
        return
    import pyarrow as pa

    if table not in TABLES or ref_table not in TABLES:
        raise StoreError(Errors.E205, table=table if table not in TABLES else ref_table)
    con.register(
        "_ids",
        pa.table(
            {"old": pa.array(list(moved), pa.int64()), "new": pa.array(list(moved.values()), pa.int64())}
        ),
    )
    try:
        con.execute(
            f"CREATE TEMP TABLE _moved AS SELECT m.new AS new_id, t.* FROM {table} t JOIN _ids m ON t.id = m.old"
        )
        con.execute(f"DELETE FROM {table} WHERE id IN (SELECT old FROM _ids)")
        con.execute(f"INSERT INTO {table} BY NAME SELECT * EXCLUDE (id, new_id), new_id AS id FROM _moved")
        con.execute(
            f"UPDATE {ref_table} SET {ref_column} = _ids.new FROM _ids WHERE {ref_table}.{ref_column} = _ids.old"
        )
    finally:
        con.execute("DROP TABLE IF EXISTS _moved")
        con.unregister("_ids")


def linked_ids(con: Any, ref_table: str, ref_column: str, ids: list[str]) -> list[int]:
    """The distinct non-NULL values of ``ref_column`` (a link: family, conflict group) of the rows
    of ``ref_table`` named in ``ids``."""
    if ref_table not in TABLES:
        raise StoreError(Errors.E205, table=ref_table)
    return [
        r[0]
        for r in con.execute(
            f"SELECT DISTINCT {ref_column} FROM {ref_table} WHERE {ref_column} IS NOT NULL "
            "AND id IN (SELECT unnest(?::VARCHAR[]))",
            [ids],
        ).fetchall()
    ]


def drop_linked(con: Any, table: str, ref_table: str, ref_column: str, ids: list[int]) -> None:
    """Delete the rows ``ids`` of ``table`` and unlink the rows of ``ref_table`` pointing at them
    (``ref_column``), inside the caller's transaction."""
    if table not in TABLES or ref_table not in TABLES:
        raise StoreError(Errors.E205, table=table if table not in TABLES else ref_table)
    con.execute(f"DELETE FROM {table} WHERE id IN (SELECT unnest(?::INTEGER[]))", [ids])
    con.execute(
        f"UPDATE {ref_table} SET {ref_column} = NULL WHERE {ref_column} IN (SELECT unnest(?::INTEGER[]))",
        [ids],
    )
