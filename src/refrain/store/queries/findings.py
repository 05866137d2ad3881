"""Findings as rows: the store's counts, and its quotes, claims and passages (the CLI's queries).

Each returns plain dicts, so that a CLI table, a JSON answer and a page come from one query.
All SQL is parameterised: names and ids come from users and article text.
"""

from __future__ import annotations

import json
from typing import Any

from refrain.store import Store


def _page(store: Store, sql: str, params: list[Any], limit: int | None, offset: int) -> list[dict[str, Any]]:
    """The rows of ``sql`` (``limit`` of them from ``offset``, or all), a span's offsets named
    ``start`` and ``end`` as everywhere refrain prints a finding."""
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = [*params, limit, offset]
    rows = store.query(sql, params)
    for r in rows:
        if "start_offset" in r:
            r["start"], r["end"] = r.pop("start_offset"), r.pop("end_offset")
    return rows


def summary(store: Store) -> dict[str, Any]:
    """Counts a user wants first: articles, outlets, date range, quotes, speakers, reuse, conflicts."""
    one = lambda sql: store.con.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "documents": one("SELECT count(*) FROM documents"),
        "outlets": one("SELECT count(DISTINCT outlet) FROM documents WHERE outlet IS NOT NULL"),
        "first_date": one("SELECT min(date) FROM documents"),
        "last_date": one("SELECT max(date) FROM documents"),
        "errors": one("SELECT count(*) FROM errors"),
        "quotes": one("SELECT count(*) FROM quotes WHERE kind <> 'scare'"),
        "speakers": one(
            "SELECT count(DISTINCT coalesce(entity_id, speaker)) FROM quotes WHERE speaker IS NOT NULL"
        ),
        "claims": one("SELECT count(*) FROM claims"),
        "conflicts": one("SELECT count(*) FROM conflict_groups WHERE NOT agree"),
        "reused_passages": one(
            "SELECT count(*) FROM passages WHERE NOT boilerplate AND NOT coalesce(template, false)"
        ),
        "clusters": one("SELECT count(*) FROM clusters"),
    }


def quotes(
    store: Store,
    *,
    speaker: str | None = None,
    doc_id: str | None = None,
    include_scare: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Quotes with their document; ``speaker`` matches the resolved name, an alias, the entity id or
    a whole word of the name (a surname alone)."""
    where, params = ["1=1"], []
    if not include_scare:
        where.append("q.kind <> 'scare'")
    if speaker:
        where.append(
            "(lower(q.speaker) = lower(?) OR q.entity_id = ? OR q.entity_id IN "
            "(SELECT id FROM entities WHERE lower(name) = lower(?) OR list_contains("
            "CAST(json_extract_string(aliases, '$[*]') AS VARCHAR[]), ?))"
            # a name's whole word: "Rabiei" finds "Ali Rabiei" (printed or resolved), not "Rabieian"
            " OR list_contains(string_split(lower(q.speaker), ' '), lower(?)) OR q.entity_id IN "
            "(SELECT id FROM entities WHERE list_contains(string_split(lower(name), ' '), lower(?))))"
        )
        params += [speaker, speaker, speaker, speaker, speaker, speaker]
    if doc_id:
        where.append("q.doc_id = ?")
        params.append(doc_id)
    sql = (
        f"SELECT d.name AS doc, d.idx AS article, d.title, d.date AS doc_date, d.outlet, q.* "
        f"FROM quotes q JOIN documents d ON d.id = q.doc_id WHERE {' AND '.join(where)} "
        f"ORDER BY d.seq, q.start_offset"
    )
    rows = _page(store, sql, params, limit, offset)
    for r in rows:
        r["pieces"] = json.loads(r["pieces"])
    return rows


def claims(
    store: Store,
    *,
    conflicts_only: bool = False,
    doc_id: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    where, params = ["1=1"], []
    if conflicts_only:
        where.append("c.conflict_group IN (SELECT id FROM conflict_groups WHERE NOT agree)")
    if doc_id:
        where.append("c.doc_id = ?")
        params.append(doc_id)
    sql = (
        f"SELECT d.name AS doc, d.idx AS article, d.title, d.date AS doc_date, d.outlet, c.* "
        f"FROM claims c JOIN documents d ON d.id = c.doc_id WHERE {' AND '.join(where)} "
        f"ORDER BY c.conflict_group NULLS LAST, d.seq, c.start_offset"
    )
    rows = _page(store, sql, params, limit, offset)
    for r in rows:
        r["when"] = r.get("when_iso") or r.get("when_text")
        r["where"] = r.get("where_text")
    return rows


def passages(
    store: Store,
    *,
    doc_id: str | None = None,
    include_boilerplate: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    where, params = ["1=1"], []
    if not include_boilerplate:  # and templates: neither is reuse
        where.append("NOT p.boilerplate AND NOT coalesce(p.template, false)")
    if doc_id:
        where.append("(p.a_doc = ? OR p.b_doc = ?)")
        params += [doc_id, doc_id]
    sql = (
        f"SELECT p.*, da.name AS a_name, db.name AS b_name FROM passages p "
        f"JOIN documents da ON da.id = p.a_doc JOIN documents db ON db.id = p.b_doc "
        f"WHERE {' AND '.join(where)} ORDER BY p.cluster NULLS LAST, da.seq, p.a_start"
    )
    return _page(store, sql, params, limit, offset)
