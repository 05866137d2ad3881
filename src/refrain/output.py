"""Writing rows of findings as JSON lines, CSV or a Rich table (the CLI's --format)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from typing import IO, Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from refrain.text.visible import json_visible, visible
from refrain.writes import safe_cell

FORMATS = ("jsonl", "table", "csv")


def _flat(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list | tuple):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def write_rows(
    rows: Iterable[dict[str, Any]],
    fmt: str,
    *,
    columns: Sequence[str] | None = None,
    out: IO[str] | None = None,
    max_cell: int = 80,
    csv_safe: bool = True,
) -> int:
    """Write rows in ``fmt``; ``columns`` picks and orders the table/CSV columns. Returns the row count.

    CSV text cells starting with ``= + - @``, tab or CR get a leading ``'`` unless not ``csv_safe``."""
    out = out or sys.stdout
    n = 0
    if fmt == "jsonl":
        for row in rows:
            # Exact data, but nothing a terminal obeys: C1 and bidi controls as \\u escapes too.
            out.write(json_visible(json.dumps(row, ensure_ascii=False, default=str)) + "\n")
            n += 1
        return n
    rows = list(rows)
    cols = list(columns or (rows[0].keys() if rows else []))
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(cols)
        for row in rows:
            # A table read on a terminal: controls and bidi overrides shown escaped, line breaks kept
            # (the CSV quoting holds them inside their cell).
            # Text a spreadsheet would run as a formula gets a leading ' (OWASP) unless not csv_safe.
            cells = [row.get(c) for c in cols]
            writer.writerow([visible(_flat(safe_cell(v) if csv_safe else v), keep="\n\r\t") for v in cells])
        return len(rows)
    if fmt == "table":
        table = Table(show_lines=False)
        for c in cols:
            table.add_column(c, overflow="fold")
        for row in rows:
            cells = []
            for c in cols:
                cell = visible(_flat(row.get(c)))
                cells.append(Text(cell if len(cell) <= max_cell else cell[: max_cell - 1] + "…"))
            table.add_row(*cells)
        # Cells are Text objects: article text must never be read as Rich markup.
        Console(file=out, width=200 if not out.isatty() else None).print(table)
        return len(rows)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
