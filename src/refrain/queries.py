"""Read-only queries over a store, shared by the CLI, the web UI and the report.

Each returns plain dicts so that a page, a JSON response and a CLI table come from one query.
All SQL is parameterised: names and ids come from users and article text.
"""

from __future__ import annotations

import json
from typing import Any

from refrain.store import Store


def quotes(
    store: Store,
    *,
    speaker: str | None = None,
    doc_id: str | None = None,
    include_scare: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Quotes with their document; ``speaker`` matches the resolved name, an alias or the entity id."""
    where, params = ["1=1"], []
    if not include_scare:
        where.append("q.kind <> 'scare'")
    if speaker:
        where.append(
            "(lower(q.speaker) = lower(?) OR q.entity_id = ? OR q.entity_id IN "
            "(SELECT id FROM entities WHERE lower(name) = lower(?) OR list_contains("
            "CAST(json_extract_string(aliases, '$[*]') AS VARCHAR[]), ?)))"
        )
        params += [speaker, speaker, speaker, speaker]
    if doc_id:
        where.append("q.doc_id = ?")
        params.append(doc_id)
    sql = (
        f"SELECT d.name AS doc, d.idx AS article, d.title, d.date AS doc_date, d.outlet, q.* "
        f"FROM quotes q JOIN documents d ON d.id = q.doc_id WHERE {' AND '.join(where)} "
        f"ORDER BY d.seq, q.start_offset"
    )
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    rows = store.query(sql, params)
    for r in rows:
        r["start"], r["end"] = r.pop("start_offset"), r.pop("end_offset")
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
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    rows = store.query(sql, params)
    for r in rows:
        r["start"], r["end"] = r.pop("start_offset"), r.pop("end_offset")
        r["when"] = r.get("when_iso") or r.get("when_text")
        r["where"] = r.get("where_text")
    return rows


def speakers(store: Store, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Speakers (merged entities where known), most quoted first, with their outlets, roles and dates.

    The page of names is chosen from counts alone, then only those speakers' details are gathered,
    each list sorted so that two calls give the same answer.
    """
    name = "coalesce(e.name, q.speaker)"
    top = store.query(
        f"SELECT {name} AS speaker, count(*) AS quotes FROM quotes q LEFT JOIN entities e ON e.id = q.entity_id "
        "WHERE q.speaker IS NOT NULL AND q.kind <> 'scare' GROUP BY 1 ORDER BY quotes DESC, speaker LIMIT ? OFFSET ?",
        [limit, offset],
    )
    if not top:
        return []
    names = [t["speaker"] for t in top]
    details = {
        r["speaker"]: r
        for r in store.query(
            f"SELECT {name} AS speaker, min(q.entity_id) AS entity, count(DISTINCT q.doc_id) AS articles, "
            "array_to_string(list_sort(list(DISTINCT d.outlet)), ', ') AS outlets, min(d.date) AS first_date, "
            "max(d.date) AS last_date, array_to_string(list_sort(list(DISTINCT q.role)), '; ') AS roles "
            "FROM quotes q JOIN documents d ON d.id = q.doc_id LEFT JOIN entities e ON e.id = q.entity_id "
            "WHERE q.kind <> 'scare' AND (q.speaker IN (SELECT unnest(?)) OR e.name IN (SELECT unnest(?))) "
            "GROUP BY 1",
            [names, names],
        )
    }
    keys = ("entity", "articles", "outlets", "first_date", "last_date", "roles")
    return [
        {"speaker": t["speaker"], "quotes": t["quotes"], **{k: details[t["speaker"]][k] for k in keys}}
        for t in top
    ]


def passages(
    store: Store,
    *,
    doc_id: str | None = None,
    include_boilerplate: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    where, params = ["1=1"], []
    if not include_boilerplate:
        where.append("NOT p.boilerplate")
    if doc_id:
        where.append("(p.a_doc = ? OR p.b_doc = ?)")
        params += [doc_id, doc_id]
    sql = (
        f"SELECT p.*, da.name AS a_name, db.name AS b_name FROM passages p "
        f"JOIN documents da ON da.id = p.a_doc JOIN documents db ON db.id = p.b_doc "
        f"WHERE {' AND '.join(where)} ORDER BY p.cluster NULLS LAST, da.seq, p.a_start"
    )
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return store.query(sql, params)
