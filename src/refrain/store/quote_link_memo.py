"""The quote-link memo kept in the store: which quotations quote families were last made from.

One row a quotation: its id, a hash of the words it was linked by, and its linked group (the id
of the group's first quotation; NULL when it was linked to none). The next `analyze` links only
the quotations not in it (:func:`refrain.reuse.quote_links.linked_groups_after`) and gets the
families a run from scratch gets. The memo is used only when it was made with the same linking
settings (``meta.quote_link_memo_format``) and every quotation in it is still stored with the same
words; otherwise quote families are made from scratch and the memo replaced.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from refrain.store.rows import insert_rows

if TYPE_CHECKING:
    from refrain.store import Store

FORMAT_KEY = "quote_link_memo_format"

# quote id -> (hash of its words, its group's first quote id or None)
QuoteLinkMemo = dict[str, tuple[int, str | None]]


def load_quote_link_memo(store: Store, link_format: str) -> QuoteLinkMemo:
    """The memo the store keeps, or an empty one when it has none or it was made with other
    linking settings than ``link_format``."""
    import duckdb

    try:
        if store.get_meta(FORMAT_KEY) != link_format:
            return {}
        found = store.con.execute("SELECT quote_id, words, grp FROM quote_link_memo").fetchall()
    except duckdb.Error:  # an older store opened read-only: no memo table
        return {}
    return {quote_id: (words, grp) for quote_id, words, grp in found}


def save_quote_link_memo(
    store: Store, con: Any, rows: list[tuple[str, int, str | None]], link_format: str
) -> None:
    """Replace the memo with ``rows`` (quote id, words hash, group), made with ``link_format``."""
    con.execute("DELETE FROM quote_link_memo")
    insert_rows(con, "quote_link_memo", [{"quote_id": q, "words": w, "grp": g} for q, w, g in rows])
    store.set_meta(FORMAT_KEY, link_format, con=con)
