"""The conflict memo kept in the store: what conflict groups were last made from.

One row a claim (``conflict_memo``): an md5 of its columns, whether a figure was read from it, the
figure's unit, language and keys (what may tie it to another figure) and its cluster (the first
claim of the cluster it joined). The next `analyze` reads the figures of the new claims and of
the clusters they may join only (:mod:`refrain.analyze.conflict_stage`). The memo is used only
when it was made by the same grouping rules (``meta.conflict_memo_format``) and every claim in it
is still stored unchanged.

Beside it, ``conflict_figures`` keeps the figure read from each claim that gave one (the Figure's
fields less its claim, in a canonical JSON: sets sorted, so equal figures give equal bytes
whatever the process's hash seed): a run regroups old claims from these instead of reading them
again (``read`` costs about 1-2 ms a claim; decoding one a few microseconds). A claim the memo says
gave no figure is not read again either. They are used only with a usable memo (same rules, every
claim unchanged), so they are what ``read`` gives for those claims: the document a figure is read
with (its outlet, date, title and text) is the document the claim's id was made from.
"""

from __future__ import annotations

import dataclasses
import json
import zlib
from datetime import date
from typing import TYPE_CHECKING, Any

from refrain.store.rows import claim_from_row

if TYPE_CHECKING:
    from refrain.store import Store

FORMAT_KEY = "conflict_memo_format"

# every column of a claim but the link the stage writes: what the figure was read from
_CLAIM_COLUMNS_SQL = (
    "SELECT column_name FROM information_schema.columns WHERE table_name = 'claims' "
    "AND column_name <> 'conflict_group' ORDER BY ordinal_position"
)


def _claim_md5(con: Any) -> str:
    """The SQL of the md5 of claim ``c``'s columns."""
    columns = [r[0] for r in con.execute(_CLAIM_COLUMNS_SQL).fetchall()]
    parts = ", ".join(f"coalesce(CAST(c.\"{col}\" AS VARCHAR), '\\0')" for col in columns)
    return f"md5(concat_ws('\\x1f', {parts}))"


def memo_usable(store: Store, rules: str) -> bool:
    """Whether the memo was made by ``rules`` and every claim in it is stored unchanged. An
    emptied memo (``write_derived_links``, a from-scratch bench) is none: the stored groups were
    not made through it, and grouping every claim as new beside them would keep stale groups."""
    import duckdb

    try:
        if store.get_meta(FORMAT_KEY) != rules:
            return False
        held = store.con.execute("SELECT count(*) FROM conflict_memo").fetchone()[0]  # type: ignore[index]
        if held == 0 and store.count("claims"):
            return False
        stale = store.con.execute(
            f"SELECT count(*) FROM conflict_memo m LEFT JOIN (SELECT c.id, {_claim_md5(store.con)} AS h "
            "FROM claims c) c ON c.id = m.claim_id WHERE c.id IS NULL OR c.h <> m.claim_md5"
        ).fetchone()[0]  # type: ignore[index]
    except duckdb.Error:  # an older store opened read-only: no memo table
        return False
    return stale == 0


_NEW_CLAIMS_SQL = (
    "SELECT c.*, d.seq FROM claims c JOIN documents d ON d.id = c.doc_id "
    "WHERE c.id NOT IN (SELECT claim_id FROM conflict_memo) ORDER BY d.seq, c.start_offset, c.id"
)


def new_claims(store: Store) -> tuple[list[tuple[str, str, Any]], bool]:
    """(claim id, document id, Claim) of the claims not in the memo, in canonical order, and
    whether they all come after every claim in it (documents ingested later)."""
    rows = store.query(_NEW_CLAIMS_SQL)
    last_old = store.con.execute(
        "SELECT coalesce(max(d.seq), -1) FROM conflict_memo m JOIN claims c ON c.id = m.claim_id "
        "JOIN documents d ON d.id = c.doc_id"
    ).fetchone()[0]  # type: ignore[index]
    after = all(r["seq"] > last_old for r in rows)
    return [(r["id"], r["doc_id"], claim_from_row(r)) for r in rows], after


def key_counts(store: Store) -> tuple[dict[str, int], int]:
    """{word: how many figures of the memo hold it among their keys}, and how many figures."""
    counts = dict(
        store.con.execute(
            "SELECT w, count(*) FROM (SELECT unnest(keys) AS w FROM conflict_memo WHERE figure) GROUP BY w"
        ).fetchall()
    )
    figures = store.con.execute("SELECT count(*) FROM conflict_memo WHERE figure").fetchone()[0]  # type: ignore[index]
    return counts, figures


def clusters_holding(store: Store, postings: set[tuple[str | None, str, str]]) -> list[str]:
    """The clusters (sorted) of the memo's figures that hold one of ``postings``: (unit, language,
    key word) triples, a figure's unit and language with one of its keys. Matched in the store, so
    that only cluster ids come back, not every figure of a common word."""
    if not postings:
        return []
    units, languages, words = (list(column) for column in zip(*sorted(postings, key=str), strict=True))
    rows = store.con.execute(
        "WITH p AS (SELECT unnest(?::VARCHAR[]) AS unit, unnest(?::VARCHAR[]) AS language, "
        "unnest(?::VARCHAR[]) AS w) "
        "SELECT DISTINCT m.cluster FROM (SELECT cluster, unit, language, unnest(keys) AS w "
        "FROM conflict_memo WHERE figure) m JOIN p ON m.w = p.w "
        "AND m.language IS NOT DISTINCT FROM p.language AND m.unit IS NOT DISTINCT FROM p.unit",
        [units, languages, words],
    ).fetchall()
    return sorted(r[0] for r in rows)


def cluster_claims(store: Store, clusters: list[str]) -> list[tuple[str, str, Any]]:
    """(claim id, document id, Claim) of every claim in ``clusters``, in canonical order."""
    if not clusters:
        return []
    rows = store.query(
        "SELECT c.*, d.seq FROM claims c JOIN documents d ON d.id = c.doc_id JOIN conflict_memo m "
        "ON m.claim_id = c.id WHERE m.cluster IN (SELECT unnest(?::VARCHAR[])) "
        "ORDER BY d.seq, c.start_offset, c.id",
        [clusters],
    )
    return [(r["id"], r["doc_id"], claim_from_row(r)) for r in rows]


# A figure's fields not kept: the claim (the stored row is), and what grouping sets on it.
_NOT_KEPT = frozenset({"claim", "rare_names"})


def encode_figure(figure: Any) -> bytes:
    """A Figure (refrain.claims.reading) less its claim, as compressed canonical JSON."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(figure):
        if f.name in _NOT_KEPT:
            continue
        value = getattr(figure, f.name)
        if isinstance(value, frozenset):
            value = {"set": sorted(value)}
        elif isinstance(value, date):
            value = {"date": value.isoformat()}
        out[f.name] = value
    return zlib.compress(json.dumps(out, sort_keys=True, ensure_ascii=False).encode("utf-8"))


def decode_figure(blob: bytes, claim: Any) -> Any:
    """The Figure ``encode_figure`` wrote, for ``claim`` (the stored claim it was read from)."""
    from refrain.claims.reading import Figure

    fields = json.loads(zlib.decompress(blob))
    for name, value in fields.items():
        if isinstance(value, dict):
            fields[name] = frozenset(value["set"]) if "set" in value else date.fromisoformat(value["date"])
    return Figure(claim=claim, **fields)


def memo_figures(store: Store, claim_ids: list[str] | None = None) -> dict[str, bytes | None]:
    """{claim id: its encoded figure, or None when the memo says it gave none} of the memo's
    claims (or of ``claim_ids`` among them) whose figure is known; claims missing here are read."""
    where, params = (
        ("", []) if claim_ids is None else ("WHERE m.claim_id IN (SELECT unnest(?::VARCHAR[]))", [claim_ids])
    )
    rows = store.con.execute(
        f"SELECT m.claim_id, m.figure, f.figure FROM conflict_memo m "
        f"LEFT JOIN conflict_figures f ON f.claim_id = m.claim_id {where}",
        params,
    ).fetchall()
    return {claim_id: blob for claim_id, has, blob in rows if not has or blob is not None}


def save_conflict_memo(
    store: Store, con: Any, rows: list[dict[str, Any]], rules: str, *, replace: bool
) -> None:
    """Write memo ``rows`` (claim_id, figure, unit, language, keys, cluster, and ``read``: the
    figure encoded, or None; the md5 is taken from the stored claim), replacing the whole memo
    when ``replace``, else adding them."""
    if replace:
        con.execute("DELETE FROM conflict_memo")
        con.execute("DELETE FROM conflict_figures")
    if rows:
        import pyarrow as pa

        staged = pa.Table.from_pylist(
            rows,
            schema=pa.schema(
                [
                    ("claim_id", pa.string()),
                    ("figure", pa.bool_()),
                    ("unit", pa.string()),
                    ("language", pa.string()),
                    ("keys", pa.list_(pa.string())),
                    ("cluster", pa.string()),
                ]
            ),
        )
        read = pa.table(
            {
                "claim_id": pa.array([r["claim_id"] for r in rows if r.get("read")], pa.string()),
                "figure": pa.array([r["read"] for r in rows if r.get("read")], pa.binary()),
            }
        )
        con.register("_conflict_memo_rows", staged)
        con.register("_conflict_figure_rows", read)
        try:
            con.execute(
                f"INSERT INTO conflict_memo SELECT r.claim_id, {_claim_md5(con)}, r.figure, r.unit, "
                "r.language, r.keys, r.cluster FROM _conflict_memo_rows r JOIN claims c ON c.id = r.claim_id"
            )
            # a row replaced (none is, today: the memo adds new claims only) must not stay twice
            con.execute(
                "DELETE FROM conflict_figures WHERE claim_id IN (SELECT claim_id FROM _conflict_figure_rows)"
            )
            con.execute(
                "INSERT INTO conflict_figures SELECT r.claim_id, r.figure FROM _conflict_figure_rows r "
                "JOIN claims c ON c.id = r.claim_id"
            )
        finally:
            con.unregister("_conflict_memo_rows")
            con.unregister("_conflict_figure_rows")
    store.set_meta(FORMAT_KEY, rules, con=con)


def ranked_conflict_group_ids(con: Any) -> dict[int, int]:
    """{stored id: the id a full run gives the group}: conflicts ordered by sources disagreeing,
    size and what is counted (``group_figures``' sort), ties by first claim (cluster order)."""
    # each group's first claim, picked by the database: one row a group, not one a linked claim
    first = {
        group: (seq, start, claim_id)
        for group, seq, start, claim_id in con.execute(
            "SELECT c.conflict_group, d.seq, c.start_offset, c.id FROM claims c "
            "JOIN documents d ON d.id = c.doc_id WHERE c.conflict_group IS NOT NULL "
            "QUALIFY row_number() OVER (PARTITION BY c.conflict_group ORDER BY d.seq, c.start_offset, c.id) = 1"
        ).fetchall()
    }
    stored = con.execute("SELECT id, sources, size, what_key FROM conflict_groups").fetchall()
    stored.sort(key=lambda r: (-r[1], -r[2], r[3], first[r[0]]))
    return {row[0]: rank for rank, row in enumerate(stored, 1)}
