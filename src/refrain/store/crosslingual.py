"""The reads and writes of the cross-language stage (:mod:`refrain.crosslingual.stage`).

The stage reads the quotations it may link and the window vectors kept from earlier runs
(``quote_embeddings``, one row a quotation and model), and writes the families it made
(``crosslingual_members``) inside the corpus stage's transaction. Rows go in and out as plain
data: the stage builds its own types from them. The web and report queries over the same table
are in :mod:`refrain.store.queries.crosslingual`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from refrain.store import Store

# the quotations the stage links: spoken ones with a speaker, in reading order
QUOTES_SQL = (
    "SELECT q.id, q.doc_id, q.text, q.speaker, q.family, d.language, d.date, d.outlet, d.seq, q.role "
    "FROM quotes q JOIN documents d ON d.id = q.doc_id "
    "WHERE q.kind <> 'scare' AND q.speaker IS NOT NULL ORDER BY d.seq, q.start_offset, q.id"
)


def crosslingual_quote_rows(store: Store) -> list[dict[str, Any]]:
    """Rows of :data:`QUOTES_SQL`: id, doc_id, text, speaker, family, language, date, outlet, seq, role."""
    return store.query(QUOTES_SQL)


def stored_vector_blobs(store: Store, model: str) -> dict[str, bytes]:
    """{quote id: its window vectors as stored} of the vectors made with ``model``."""
    return {
        r["quote_id"]: r["vectors"]
        for r in store.query("SELECT quote_id, vectors FROM quote_embeddings WHERE model = ?", [model])
    }


def write_crosslingual(
    con: Any,
    model: str,
    mode: str | None,
    vector_rows: list[list[Any]],
    members: list[dict[str, Any]],
) -> None:
    """Replace the families, add the new vectors (rows of quote id, model, blob), drop vectors of
    quotations no longer stored (inside the corpus stage's transaction). ``mode`` None: the stage
    had nothing to link, so the families are only dropped."""
    con.execute("DELETE FROM crosslingual_members")
    if mode is None:
        return
    # says how the links were made: "model", or names and numbers alone without the extra
    con.execute("INSERT OR REPLACE INTO meta VALUES ('crosslingual_mode', ?)", [mode])
    if vector_rows:
        con.executemany("INSERT OR REPLACE INTO quote_embeddings VALUES (?, ?, ?)", vector_rows)
    # vectors of quotations no longer stored, or of another model or window scheme
    con.execute(
        "DELETE FROM quote_embeddings WHERE model <> ? OR quote_id NOT IN (SELECT id FROM quotes)",
        [model],
    )
    if members:
        columns = list(members[0])
        con.executemany(
            f"INSERT INTO crosslingual_members ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [[row[c] for c in columns] for row in members],
        )


def family_rows(store: Store, family: int) -> list[dict[str, Any]]:
    """The members of one cross-language family, earliest first, with their article and text."""
    return store.query(
        "SELECT m.family, m.position, m.language, m.outlet, m.date, m.ordered_by, d.name AS doc, "
        'q.start_offset AS start, q.end_offset AS "end", q.speaker, q.text, m.linked_to, m.cosine, m.evidence '
        "FROM crosslingual_members m JOIN quotes q ON q.id = m.quote_id JOIN documents d ON d.id = m.doc_id "
        "WHERE m.family = ? ORDER BY m.position",
        [family],
    )


def stored_family(db: str | Path, family: int) -> list[dict[str, Any]]:
    """:func:`family_rows` of the store at path ``db`` (empty for a store without the table)."""
    with Store(db, read_only=True) as store:
        if not store._has_table("crosslingual_members"):
            return []
        return family_rows(store, family)
