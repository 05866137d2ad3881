"""Pages of a list: the page size, one page of rows with its counts, and documents read by id."""

from __future__ import annotations

import math
from typing import Any

from refrain.settings import SETTINGS
from refrain.store import Store

PAGE_SIZE = SETTINGS.views.page_size


def page_of(
    rows: list[dict[str, Any]], *, page: int, total: int, page_size: int | None = None
) -> dict[str, Any]:
    page_size = page_size or PAGE_SIZE
    return {
        "page": page,
        "page_size": page_size,
        "total": total,
        "pages": max(1, math.ceil(total / page_size)),
        "rows": rows,
    }


def page_size() -> int:
    """Rows a page holds: PAGE_SIZE, read at call time so that a test can shrink it."""
    return PAGE_SIZE


def page_start(page: int) -> int:
    """The offset of the first row of ``page`` (1-based)."""
    return (page - 1) * PAGE_SIZE


def documents_by_id(
    store: Store, ids: list[str], columns: str = "id, title, outlet, date, name, url"
) -> dict[str, dict[str, Any]]:
    """Some columns of the documents with these ids.

    ``id IN (SELECT unnest(?))``, not ``list_contains(?, id)``: on 33,000 articles the first reads
    the text of the 50 rows asked for (3 ms), the second of every row (35 ms).
    """
    if not ids:
        return {}
    return {
        r["id"]: r
        for r in store.query(f"SELECT {columns} FROM documents WHERE id IN (SELECT unnest(?))", [ids])
    }
