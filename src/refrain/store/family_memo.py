"""The quote-link index kept in the store, and the reads and writes of the incremental family stage.

Beside the quote-link memo (:mod:`refrain.store.quote_link_memo`: each linked quotation's group),
``quote_link_index`` keeps per quotation a hash of its text and its 3-grams' keys.
:mod:`refrain.analyze.family_stage` reads through these functions the old quotations a new one
may link to and the families their groups hold, and writes the families it remade back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from refrain.store.corpus import quote_occurrences

if TYPE_CHECKING:
    from refrain.store import Store


def index_usable(store: Store, fmt: str) -> bool:
    """Whether the memo and index were made with ``fmt`` and describe the stored quotations: each
    quotation of the memo indexed, still stored, and with the same text."""
    import duckdb

    from refrain.store.quote_link_memo import FORMAT_KEY

    try:
        if store.get_meta(FORMAT_KEY) != fmt:
            return False
        bad, memo, index = store.con.execute(
            "SELECT (SELECT count(*) FROM quote_link_memo m LEFT JOIN quote_link_index x ON x.quote_id = m.quote_id "
            "LEFT JOIN quotes q ON q.id = m.quote_id WHERE x.quote_id IS NULL OR q.id IS NULL OR q.kind = 'scare' "
            "OR x.text_md5 <> md5(q.text)), (SELECT count(*) FROM quote_link_memo), "
            "(SELECT count(*) FROM quote_link_index)"
        ).fetchone()  # type: ignore[misc]
    except duckdb.Error:  # an older store opened read-only: no index
        return False
    return bad == 0 and memo == index and memo > 0


def unlinked_quote_occurrences(store: Store) -> list[tuple[str, Any]]:
    """(quote id, QuoteOccurrence) of the quotations not in the memo (the new ones)."""
    return quote_occurrences(store, "q.id NOT IN (SELECT quote_id FROM quote_link_memo)", [])


def group_quote_occurrences(store: Store, labels: list[str]) -> list[tuple[str, Any]]:
    """(quote id, QuoteOccurrence) of the memo's quotations in the groups ``labels`` name, and of
    the quotations so named (an old quotation linked to none is its own label)."""
    return quote_occurrences(
        store,
        "q.id IN (SELECT quote_id FROM quote_link_memo WHERE grp IN (SELECT unnest(?::VARCHAR[])) "
        "OR quote_id IN (SELECT unnest(?::VARCHAR[])))",
        [labels, labels],
    )


def gram_holders(store: Store, grams: list[int]) -> list[tuple[int, str]]:
    """(gram key, quote id) of the indexed quotations holding one of ``grams``."""
    return store.con.execute(
        "SELECT g, quote_id FROM (SELECT quote_id, unnest(grams) AS g FROM quote_link_index) "
        "WHERE g IN (SELECT unnest(?::BIGINT[]))",
        [grams],
    ).fetchall()


def memo_quotes_with_words(store: Store, words: list[int]) -> list[tuple[str, int]]:
    """(quote id, words hash) of the memo's quotations whose words hash is one of ``words``."""
    return store.con.execute(
        "SELECT quote_id, words FROM quote_link_memo WHERE words IN (SELECT unnest(?::BIGINT[]))",
        [words],
    ).fetchall()


def quote_texts(store: Store, ids: list[str]) -> list[tuple[str, str]]:
    """(quote id, text) of the quotations ``ids``."""
    if not ids:
        return []
    return store.con.execute(
        "SELECT id, text FROM quotes WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]
    ).fetchall()


def memo_groups(store: Store, ids: list[str]) -> list[tuple[str, str | None]]:
    """(quote id, group) of the memo's rows for the quotations ``ids``."""
    if not ids:
        return []
    return store.con.execute(
        "SELECT quote_id, grp FROM quote_link_memo WHERE quote_id IN (SELECT unnest(?::VARCHAR[]))", [ids]
    ).fetchall()


def set_memo_groups(con: Any, grp_of: dict[str, str | None]) -> None:
    """Set the memo's group of the quotations in ``grp_of`` ({quote id: group})."""
    import pyarrow as pa

    con.register("_grp", pa.table({"id": list(grp_of), "grp": list(grp_of.values())}))
    try:
        con.execute(
            "UPDATE quote_link_memo SET grp = _grp.grp FROM _grp WHERE quote_link_memo.quote_id = _grp.id"
        )
    finally:
        con.unregister("_grp")


def write_index(con: Any, rows: list[dict[str, Any]], *, replace: bool) -> None:
    """Add ``rows`` (quote_id, grams) to the index, the text's md5 taken from the stored quote."""
    import pyarrow as pa

    if replace:
        con.execute("DELETE FROM quote_link_index")
    if not rows:
        return
    staged = pa.Table.from_pylist(
        rows, schema=pa.schema([("quote_id", pa.string()), ("grams", pa.list_(pa.int64()))])
    )
    con.register("_index_rows", staged)
    try:
        con.execute(
            "INSERT INTO quote_link_index SELECT r.quote_id, md5(q.text), r.grams FROM _index_rows r "
            "JOIN quotes q ON q.id = r.quote_id"
        )
    finally:
        con.unregister("_index_rows")


def ranked_family_ids(con: Any) -> dict[int, int]:
    """{stored id: the id a full run gives the family}: a full run numbers every linked group by
    its first occurrence (ingest order, document, offset), the groups printed by one article only
    (no family) included, so the ids are ranks among all the memo's groups."""
    # ranked by the database, which returns one row a family (not one a group and document)
    return dict(con.execute(_RANKED_FAMILIES_SQL).fetchall())


# A group's first occurrence: its (seq, document, first offset) in the family's first document,
# or in its only document when it has no family (printed by one article).
_RANKED_FAMILIES_SQL = """
WITH starts AS (
    SELECT m.grp, q.doc_id, d.seq, min(q.start_offset) AS start FROM quote_link_memo m
    JOIN quotes q ON q.id = m.quote_id JOIN documents d ON d.id = q.doc_id
    WHERE m.grp IS NOT NULL GROUP BY m.grp, q.doc_id, d.seq),
family_of AS (
    SELECT DISTINCT m.grp, q.family FROM quotes q JOIN quote_link_memo m ON m.quote_id = q.id
    WHERE q.family IS NOT NULL),
firsts AS (
    SELECT s.seq, s.doc_id, s.start, f.family FROM starts s LEFT JOIN family_of f ON f.grp = s.grp
    LEFT JOIN quote_families qf ON qf.id = f.family WHERE f.family IS NULL OR qf.first_doc = s.doc_id)
SELECT family, rank FROM (
    SELECT family, row_number() OVER (ORDER BY seq, doc_id, start) - 1 AS rank FROM firsts)
WHERE family IS NOT NULL
"""
