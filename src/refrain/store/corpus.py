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
    "FROM quotes q JOIN documents d ON d.id = q.doc_id WHERE q.kind <> 'scare' ORDER BY d.seq, q.start_offset, q.id"
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

    return [
        ReuseDoc(name=d.id, text=d.text, date=d.date, outlet=d.outlet, order=i)
        for i, d in enumerate(store.documents())
    ]


def quote_occurrences(store: Store) -> list[tuple[str, Any]]:
    """(quote id, refrain.reuse.QuoteOccurrence) of every quotation (scare quotes left out)."""
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
        for r in store.query(_QUOTE_SQL)
    ]


def speaker_mentions(store: Store) -> list[tuple[str, str, str | None]]:
    """(quote id, speaker as resolved in its article, role) of every attributed quotation."""
    return [(r["id"], r["speaker"], r["role"]) for r in store.query(_MENTION_SQL)]


def stored_claims(store: Store) -> list[tuple[str, str, Any]]:
    """(claim id, document id, refrain.claims.Claim) of every claim."""
    return [(r["id"], r["doc_id"], claim_from_row(r)) for r in store.query(_CLAIM_SQL)]


def claim_sources(store: Store) -> dict[str, Any]:
    """{document id: refrain.claims.Source} (outlet, date, title, text) of every document with a
    claim: what tells two figures' sources and times apart."""
    from refrain.claims import Source

    return {
        r["id"]: Source(outlet=r["outlet"], date=r["date"], title=r["title"], text=r["text"])
        for r in store.query(
            "SELECT id, outlet, date, title, text FROM documents WHERE id IN (SELECT DISTINCT doc_id FROM claims)"
        )
    }


def replace_table(con: Any, table: str, rows: list[dict[str, Any]]) -> None:
    """Replace a corpus-wide table (passages, clusters, ...) as a whole."""
    if table not in TABLES:
        raise StoreError(Errors.E205, table=table)
    con.execute(f"DELETE FROM {table}")
    insert_rows(con, table, rows)


def write_derived_links(
    con: Any,
    families: tuple[list[dict[str, Any]], dict[str, int]],
    entities: tuple[list[dict[str, Any]], dict[str, str]],
    groups: tuple[list[dict[str, Any]], dict[str, int]],
) -> None:
    """Replace quote families, entities and conflict groups, and point quotes and claims at them.

    Each argument is (the table's rows, {quote or claim id: the family, entity or group id}).
    """
    replace_table(con, "quote_families", families[0])
    replace_table(con, "entities", entities[0])
    replace_table(con, "conflict_groups", groups[0])
    con.execute("UPDATE quotes SET family = NULL, entity_id = NULL")
    con.execute("UPDATE claims SET conflict_group = NULL")
    _set_column(con, "quotes", "family", families[1])
    _set_column(con, "quotes", "entity_id", entities[1])
    _set_column(con, "claims", "conflict_group", groups[1])


def _set_column(con: Any, table: str, column: str, values: dict[str, Any]) -> None:
    if not values:
        return
    import pyarrow as pa

    kind = pa.string() if column == "entity_id" else pa.int64()
    updates = pa.table(
        {"id": pa.array(list(values), pa.string()), "v": pa.array(list(values.values()), kind)}
    )
    con.register("_upd", updates)  # one scan, not a statement per row (executemany)
    try:
        con.execute(f"UPDATE {table} SET {column} = _upd.v FROM _upd WHERE {table}.id = _upd.id")
    finally:
        con.unregister("_upd")
