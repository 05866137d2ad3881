"""Reuse: the pairs of articles sharing passages, one pair's passages, the network of the largest."""

from __future__ import annotations

from typing import Any

from refrain.store import Store
from refrain.store.lists import reuse_ranking
from refrain.store.queries.paging import documents_by_id, page_of, page_size, page_start


def reuse_pairs(store: Store, *, page: int) -> dict[str, Any]:
    ranking = reuse_ranking(store)
    pairs = ranking[page_start(page) : page_start(page) + page_size()]
    docs = documents_by_id(store, sorted({d for a, b, *_ in pairs for d in (a, b)}))
    rows = []
    for a, b, n, chars, score in pairs:
        da, db = docs.get(a, {}), docs.get(b, {})
        rows.append(
            {"a_doc": a, "b_doc": b, "passages": n, "chars": chars, "score": score,
             "a_title": da.get("title"), "a_outlet": da.get("outlet"), "a_date": da.get("date"),
             "b_title": db.get("title"), "b_outlet": db.get("outlet"), "b_date": db.get("date")}
        )  # fmt: skip
    return page_of(rows, page=page, total=len(ranking))


def reuse_pair(store: Store, a: str, b: str) -> dict[str, Any] | None:
    docs = {
        d["id"]: d
        for d in store.query(
            "SELECT id, name, title, date, outlet, url, text FROM documents WHERE id IN (?, ?)", [a, b]
        )
    }
    if a not in docs or b not in docs or a == b:
        return None
    rows = store.query(
        "SELECT CASE WHEN a_doc = ? THEN a_start ELSE b_start END AS a_start, "
        "CASE WHEN a_doc = ? THEN a_end ELSE b_end END AS a_end, "
        "CASE WHEN a_doc = ? THEN b_start ELSE a_start END AS b_start, "
        "CASE WHEN a_doc = ? THEN b_end ELSE a_end END AS b_end, score, cluster, boilerplate "
        "FROM passages WHERE (a_doc = ? AND b_doc = ?) OR (a_doc = ? AND b_doc = ?) ORDER BY 1 LIMIT 500",
        [a, a, a, a, a, b, b, a],
    )
    if not rows:
        return None
    ta, tb = docs[a]["text"], docs[b]["text"]
    for i, r in enumerate(rows, start=1):
        r["n"] = i
        r["a_text"] = ta[r["a_start"] : r["a_end"]]
        r["b_text"] = tb[r["b_start"] : r["b_end"]]
    return {"a": docs[a], "b": docs[b], "passages": rows}


def reuse_network(store: Store, *, edges: int) -> dict[str, Any]:
    """Documents linked by the passages they share (the ``edges`` pairs sharing most text), for
    the network picture: nodes in ingest order (a stable layout), edges as (node, node, characters)."""
    pairs = store.query(
        "SELECT a_doc, b_doc, sum(a_end - a_start) AS chars, count(*) AS passages FROM passages "
        "WHERE NOT coalesce(boilerplate, false) GROUP BY a_doc, b_doc ORDER BY chars DESC, a_doc, b_doc LIMIT ?",
        [edges],
    )
    ids = sorted({p["a_doc"] for p in pairs} | {p["b_doc"] for p in pairs})
    docs = {
        d["id"]: d
        for d in store.query(
            "SELECT id, seq, title, name, coalesce(outlet, '(unknown)') AS outlet, date FROM documents "
            "WHERE id IN (SELECT unnest(?))",
            [ids],
        )
    }
    ordered = sorted(docs.values(), key=lambda d: d["seq"])  # ingest order: a stable layout
    index = {d["id"]: i for i, d in enumerate(ordered)}
    nodes = [
        {"id": d["id"], "outlet": d["outlet"],
         "label": f"{d['title'] or d['name']} · {d['outlet']}" + (f" · {d['date']}" if d["date"] else "")}
        for d in ordered
    ]  # fmt: skip
    links = [(index[p["a_doc"]], index[p["b_doc"]], float(p["chars"])) for p in pairs if p["a_doc"] in index
             and p["b_doc"] in index]  # fmt: skip
    return {"nodes": nodes, "edges": links, "pairs": len(pairs)}
