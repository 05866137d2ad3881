"""Every list of the web UI as CSV (``?format=csv``), streamed page by page from the same query
as its HTML and JSON: a 30,000-row list is never held whole, and each page is read with its own
short-lived cursor while the response is written.

Cells a spreadsheet would run as a formula get a leading ``'`` (refrain.writes.safe_cell); nested
values (lists, dicts) are left out, as they are no column.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from typing import Any

from fastapi import Request
from fastapi.responses import StreamingResponse

from refrain.store import Store
from refrain.writes import safe_cell

PageOfRows = Callable[[Store, int], dict[str, Any]]  # (store, page) -> {"rows": [...], "pages": n}


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool)


def csv_rows(
    open_store: Callable[[], Any], page_of_rows: PageOfRows, leave_out: tuple[str, ...] = ()
) -> Iterator[str]:
    """The CSV text of every page in turn: a header from the first row's plain columns (but those in
    ``leave_out``), then rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    columns: list[str] | None = None
    page, pages = 1, 1
    while page <= pages:
        with open_store() as store:
            data = page_of_rows(store, page)
        pages = int(data.get("pages") or 1)
        rows = data.get("rows") or []
        if columns is None:
            columns = [
                k for k, v in rows[0].items() if _scalar(v) and not k.startswith("_") and k not in leave_out
            ] if rows else []  # fmt: skip
            writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if row.get(c) is None else safe_cell(row.get(c)) for c in columns])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        page += 1


def csv_response(
    request: Request, name: str, page_of_rows: PageOfRows, leave_out: tuple[str, ...] = ()
) -> StreamingResponse:
    """A streamed CSV download of a whole list (every page of ``page_of_rows``; columns in
    ``leave_out``, such as an article's whole text, left out)."""
    database = request.app.state.database
    return StreamingResponse(
        csv_rows(database.store, page_of_rows, leave_out),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
    )
