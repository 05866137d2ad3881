"""Writing the store's tables to files: whole files or none, and CSV cells a spreadsheet will not run.

Each table goes to a temporary file beside its target; only when every table is written are they
renamed into place (:mod:`refrain.writes`), so a failure leaves no partial file. In CSV, a text
cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading ``'``
(OWASP's rule against formula injection); numbers stay numbers; ``csv_safe=False`` writes cells
as stored.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from refrain.writes import atomic_paths

_FORMULA_CLASS = "^[=+@\t\r-]"  # FORMULA_STARTS as a regex class


def safe_select(con: duckdb.DuckDBPyConnection, select: str) -> str:
    """``select`` with every text column's formula-looking cells prefixed by ``'``."""
    rel = con.sql(select)
    columns = []
    for name, kind in zip(rel.columns, rel.types, strict=True):
        quoted = '"' + name.replace('"', '""') + '"'
        if str(kind) == "VARCHAR":
            columns.append(
                f"CASE WHEN regexp_matches({quoted}, '{_FORMULA_CLASS}') THEN '''' || {quoted} "
                f"ELSE {quoted} END AS {quoted}"
            )
        else:
            columns.append(quoted)
    return f"SELECT {', '.join(columns)} FROM ({select})"


def write_tables(
    con: duckdb.DuckDBPyConnection,
    selects: dict[Path, str],
    fmt: str,
    *,
    force: bool = False,
    csv_safe: bool = True,
) -> list[Path]:
    """Write each ``{target: select}`` as ``fmt``; all renamed into place at the end, or none."""
    targets = list(selects)
    with atomic_paths(targets, force=force) as temporaries:
        for tmp, select in zip(temporaries, selects.values(), strict=True):
            if fmt == "parquet":
                con.sql(select).write_parquet(str(tmp))
            elif fmt == "csv":
                con.sql(safe_select(con, select) if csv_safe else select).write_csv(str(tmp))
            else:
                _write_jsonl(con, select, tmp)
    return targets


def _write_jsonl(con: duckdb.DuckDBPyConnection, select: str, path: Path) -> None:
    cur = con.execute(select)
    names = [d[0] for d in cur.description]
    with path.open("w", encoding="utf-8") as fh:
        while rows := cur.fetchmany(1000):
            for row in rows:
                fh.write(
                    json.dumps(dict(zip(names, row, strict=True)), ensure_ascii=False, default=str) + "\n"
                )
