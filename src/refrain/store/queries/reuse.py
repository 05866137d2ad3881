"""Reuse: the pairs of articles sharing passages, one pair's passages, the network of the largest."""

from __future__ import annotations

from typing import Any

from refrain.store import Store
from refrain.store.lists import memo, reuse_ranking
from refrain.store.queries.filters import NO_FILTERS, REUSE_SORTS, Filters
from refrain.store.queries.names import display_name, named, safe_url
from refrain.store.queries.paging import documents_by_id, page_of, page_size, page_start

_BRIEF = "id, seq, title, outlet, date, name, url"


def earlier_first(a: dict[str, Any], b: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any], str]:
    """The two documents earlier first, and how that was decided: ``"date"`` when both are dated
    on different days, else ``"ingest order"`` (a date missing or the same day: said so, not guessed)."""
    if a.get("date") and b.get("date") and a["date"] != b["date"]:
        return (a, b, "date") if str(a["date"]) < str(b["date"]) else (b, a, "date")
    return (a, b, "ingest order") if (a.get("seq") or 0) <= (b.get("seq") or 0) else (b, a, "ingest order")


def reuse_pairs(
    store: Store, *, page: int, filters: Filters = NO_FILTERS, sort: str | None = None
) -> dict[str, Any]:
    """Pairs of articles sharing passages, most shared text first (or in ``sort`` order, one of
    REUSE_SORTS); with ``filters``, the pairs with at least one article the filters keep (the
    pairs an outlet printed first or later)."""
    sort = sort if sort in REUSE_SORTS else "-chars"
    ranking = reuse_ranking(store)
    if filters.active:
        keep = filters.document_ids(store)
        ranking = memo(
            store,
            ("reuse ranking", filters.key()),
            lambda: [p for p in reuse_ranking(store) if p[0] in keep or p[1] in keep],
        )
    if sort != "-chars":
        column = {"chars": 3, "passages": 2, "score": 4}[sort.lstrip("-")]
        unsorted = ranking
        ranking = memo(
            store,
            ("reuse ranking", filters.key(), sort),
            lambda: sorted(
                unsorted,
                key=lambda p: (p[column] or 0, p[0], p[1]),
                reverse=sort.startswith("-"),
            ),
        )
    pairs = ranking[page_start(page) : page_start(page) + page_size()]
    docs = documents_by_id(store, sorted({d for a, b, *_ in pairs for d in (a, b)}), _BRIEF)
    rows = []
    for a, b, n, chars, score in pairs:
        da, db = docs.get(a, {"id": a}), docs.get(b, {"id": b})
        first, later, order_by = earlier_first(da, db)
        row: dict[str, Any] = {
            "a_doc": first["id"],
            "b_doc": later["id"],
            "passages": n,
            "chars": chars,
            "score": score,
            "earlier": "a",
            "order_by": order_by,
        }
        for side, d in (("a", first), ("b", later)):
            row.update(
                {
                    f"{side}_title": d.get("title"),
                    f"{side}_outlet": d.get("outlet"),
                    f"{side}_date": d.get("date"),
                    f"{side}_label": display_name(d),
                    f"{side}_source_url": safe_url(d.get("url")),
                }
            )
        rows.append(row)  # fmt: skip
    return {"filters": filters.params(), "sort": sort, **page_of(rows, page=page, total=len(ranking))}


def reuse_pair(store: Store, a: str, b: str) -> dict[str, Any] | None:
    docs = {
        d["id"]: d
        for d in store.query(
            "SELECT id, seq, name, title, date, outlet, url, text FROM documents WHERE id IN (?, ?)", [a, b]
        )
    }
    if a not in docs or b not in docs or a == b:
        return None
    rows = store.query(
        "SELECT CASE WHEN a_doc = ? THEN a_start ELSE b_start END AS a_start, "
        "CASE WHEN a_doc = ? THEN a_end ELSE b_end END AS a_end, "
        "CASE WHEN a_doc = ? THEN b_start ELSE a_start END AS b_start, "
        "CASE WHEN a_doc = ? THEN b_end ELSE a_end END AS b_end, score, cluster, boilerplate, template "
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
    first, _, order_by = earlier_first(docs[a], docs[b])
    return {"a": named(docs[a]), "b": named(docs[b]), "passages": rows,
            "earlier": "a" if first is docs[a] else "b", "order_by": order_by}  # fmt: skip


def reuse_network(store: Store, *, edges: int) -> dict[str, Any]:
    """Documents linked by the passages they share (the ``edges`` pairs sharing most text), for
    the network picture: nodes in ingest order (a stable layout), edges as (node, node, characters)."""
    pairs = store.query(
        "SELECT a_doc, b_doc, sum(a_end - a_start) AS chars, count(*) AS passages FROM passages "
        "WHERE NOT coalesce(boilerplate, false) AND NOT coalesce(template, false) "
        "GROUP BY a_doc, b_doc ORDER BY chars DESC, a_doc, b_doc LIMIT ?",
        [edges],
    )
    ids = sorted({p["a_doc"] for p in pairs} | {p["b_doc"] for p in pairs})
    docs = {
        d["id"]: d
        for d in store.query(
            "SELECT id, seq, title, name, url, coalesce(outlet, '(unknown)') AS outlet, date FROM documents "
            "WHERE id IN (SELECT unnest(?))",
            [ids],
        )
    }
    ordered = sorted(docs.values(), key=lambda d: d["seq"])  # ingest order: a stable layout
    index = {d["id"]: i for i, d in enumerate(ordered)}
    nodes = [
        {"id": d["id"], "outlet": d["outlet"],
         "label": f"{display_name(d)} · {d['outlet']}" + (f" · {d['date']}" if d["date"] else "")}
        for d in ordered
    ]  # fmt: skip
    links = [(index[p["a_doc"]], index[p["b_doc"]], float(p["chars"])) for p in pairs if p["a_doc"] in index
             and p["b_doc"] in index]  # fmt: skip
    return {"nodes": nodes, "edges": links, "pairs": len(pairs)}


def outlet_flows(store: Store, *, limit: int = 50) -> list[dict[str, Any]]:
    """Who copies whom: for every pair of articles sharing passages (boilerplate and templates left out), an edge
    from the earlier article's outlet to the later one's, summed by outlet pair, largest first.

    Earlier is by date when both are dated on different days, else by ingest order; ``by_order``
    counts the pairs decided by ingest order (so a reader knows how much rests on it). ``lag_days``
    is the median days between the two printings, over the dated pairs.
    """
    return memo(store, ("outlet flows", limit), lambda: _outlet_flows(store, limit))


def _outlet_flows(store: Store, limit: int) -> list[dict[str, Any]]:
    return store.query(
        "WITH pairs AS (SELECT a_doc, b_doc, sum(a_end - a_start) AS chars FROM passages "
        "WHERE NOT coalesce(boilerplate, false) AND NOT coalesce(template, false) GROUP BY a_doc, b_doc), "
        "sided AS (SELECT p.chars, coalesce(da.outlet, '(unknown)') AS a_outlet, coalesce(db.outlet, '(unknown)') AS b_outlet, "
        "da.date IS NOT NULL AND db.date IS NOT NULL AND da.date <> db.date AS by_date, "
        "CASE WHEN da.date IS NOT NULL AND db.date IS NOT NULL AND da.date <> db.date THEN da.date < db.date "
        "ELSE da.seq <= db.seq END AS a_first, "
        "abs(date_diff('day', try_cast(da.date AS DATE), try_cast(db.date AS DATE))) AS lag "
        "FROM pairs p JOIN documents da ON da.id = p.a_doc JOIN documents db ON db.id = p.b_doc) "
        "SELECT CASE WHEN a_first THEN a_outlet ELSE b_outlet END AS source, "
        "CASE WHEN a_first THEN b_outlet ELSE a_outlet END AS copier, count(*) AS pairs, sum(chars) AS chars, "
        "count(*) FILTER (WHERE NOT by_date) AS by_order, median(lag) FILTER (WHERE by_date) AS lag_days "
        "FROM sided GROUP BY 1, 2 ORDER BY pairs DESC, chars DESC, source, copier LIMIT ?",
        [limit],
    )
