"""The articles: the overview of a store, the list of articles, one article with its findings, a quote."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from typing import Any

from refrain.settings import SETTINGS
from refrain.store import Store
from refrain.store.lists import article_order, memo
from refrain.store.queries.filters import ARTICLE_SORTS, NO_FILTERS, Filters, speaker_documents
from refrain.store.queries.findings import summary
from refrain.store.queries.names import file_label, named
from refrain.store.queries.paging import page_of, page_size, page_start
from refrain.store.queries.speakers import top_speakers
from refrain.store.search_index import has_index

_DOC_BRIEF = "d.id, d.name, d.title, d.date, d.outlet, d.url"


def outlet_counts(store: Store, *, limit: int) -> list[dict[str, Any]]:
    """Outlets with their number of articles and first and last dates, largest first."""
    return store.query(
        "SELECT coalesce(outlet, '(unknown)') AS outlet, count(*) AS articles, min(date) AS first_date, "
        "max(date) AS last_date FROM documents GROUP BY 1 ORDER BY articles DESC, outlet LIMIT ?",
        [limit],
    )


def volume(store: Store) -> dict[str, Any]:
    """Articles and attributed quotes per month of the article's date (per year past 60 months),
    and how many articles have no date (left out of the periods, said beside them)."""
    rows = store.query(
        "WITH qc AS (SELECT doc_id, count(*) AS n FROM quotes WHERE kind <> 'scare' GROUP BY doc_id) "
        "SELECT left(d.date, 7) AS period, count(*) AS articles, coalesce(sum(qc.n), 0) AS quotes "
        "FROM documents d LEFT JOIN qc ON qc.doc_id = d.id WHERE d.date IS NOT NULL GROUP BY 1 ORDER BY 1"
    )
    step = "month"
    if len(rows) > 60:
        years: dict[str, dict[str, Any]] = {}
        for r in rows:
            y = years.setdefault(r["period"][:4], {"period": r["period"][:4], "articles": 0, "quotes": 0})
            y["articles"] += r["articles"]
            y["quotes"] += r["quotes"]
        rows, step = list(years.values()), "year"
    undated = store.con.execute("SELECT count(*) FROM documents WHERE date IS NULL").fetchone()[0]  # type: ignore[index]
    return {"step": step, "rows": rows, "undated": int(undated)}


def overview(store: Store) -> dict[str, Any]:
    shown = SETTINGS.views
    outlets = outlet_counts(store, limit=shown.overview_outlets)
    families = store.query(
        "SELECT id, text, speaker, size FROM quote_families ORDER BY size DESC, id LIMIT ?",
        [shown.overview_families],
    )
    return {
        "summary": summary(store),
        "outlets": outlets,
        "top_speakers": top_speakers(store, limit=shown.overview_top_speakers),
        "top_families": families,
        "search_index": has_index(store.con),
        "volume": volume(store),
    }


def article_ids(store: Store, filters: Filters = NO_FILTERS, sort: str | None = None) -> list[str]:
    """The ids of the articles ``filters`` keep, in ``sort`` order (one of ARTICLE_SORTS; by date,
    undated last, by default). The plain list (or one outlet's) is the kept article order."""
    if sort in (None, "date") and not Filters(**{**filters.params(), "outlet": None}).active:
        return article_order(store, filters.outlet)
    if filters.speaker and not filters.kind and getattr(store, "memo", None) is not None:
        # The web app: the articles without the speaker facet, in this order (kept per sort and
        # other facets, few of them), narrowed to those quoting the speaker (kept speaker lists).
        quoting = speaker_documents(store, filters.speaker)
        return [i for i in article_ids(store, replace(filters, speaker=None), sort) if i in quoting]
    order = ARTICLE_SORTS[sort or "date"]

    def compute() -> list[str]:
        where, params = filters.where("d", store)
        sql = f"SELECT d.id FROM documents d WHERE {where} ORDER BY {order}"
        return [r[0] for r in store.con.execute(sql, params).fetchall()]

    return memo(store, ("article ids", filters.key(), sort), compute)


def articles(
    store: Store,
    *,
    page: int,
    outlet: str | None = None,
    filters: Filters = NO_FILTERS,
    sort: str | None = None,
) -> dict[str, Any]:
    if outlet:
        filters = replace(filters, outlet=outlet)
    order = article_ids(store, filters, sort)
    ids = order[page_start(page) : page_start(page) + page_size()]
    rows: list[dict[str, Any]] = []
    if ids:
        # The page's documents, then the quotes and claims of those 50 only (IN a list: the
        # cheapest filter by a list of ids in DuckDB, no join to build).
        found = {
            r["id"]: r
            for r in store.query(
                f"SELECT {_DOC_BRIEF}, length(d.text) AS length FROM documents d WHERE d.id IN (SELECT unnest(?))",
                [ids],
            )
        }
        quotes = Counter(
            r[0]
            for r in store.con.execute(
                "SELECT doc_id FROM quotes WHERE kind <> 'scare' AND doc_id IN (SELECT unnest(?))", [ids]
            ).fetchall()
        )
        claims = Counter(
            r[0]
            for r in store.con.execute(
                "SELECT doc_id FROM claims WHERE doc_id IN (SELECT unnest(?))", [ids]
            ).fetchall()
        )
        rows = [named({**found[i], "quotes": quotes[i], "claims": claims[i]}) for i in ids if i in found]
    return {
        "outlet": filters.outlet,
        "filters": filters.params(),
        "sort": sort or "date",
        **page_of(rows, page=page, total=len(order)),
    }


def article(store: Store, doc_id: str) -> dict[str, Any] | None:
    docs = store.query(
        "SELECT id, name, source, key, title, date, author, outlet, language, url, text FROM documents WHERE id = ?",
        [doc_id],
    )
    if not docs:
        return None
    quotes = store.query(
        'SELECT q.id, q.start_offset AS start, q.end_offset AS "end", q.pieces, q.text, q.kind, '
        "coalesce(e.name, q.speaker) AS speaker, q.mention_start, q.mention_end, q.role, q.organisation, "
        "q.cue, q.family FROM quotes q LEFT JOIN entities e ON e.id = q.entity_id "
        "WHERE q.doc_id = ? ORDER BY q.start_offset",
        [doc_id],
    )
    for q in quotes:
        q["pieces"] = _pieces(q["pieces"], q["start"], q["end"])
    claims = store.query(
        'SELECT c.id, c.start_offset AS start, c.end_offset AS "end", c.text, c.value, c.approx, c.unit, '
        "c.value_text, c.value_start, c.value_end, c.what, c.when_iso, c.when_text, c.where_text, c.claimant, "
        "c.conflict_group, g.agree AS conflict_agree FROM claims c "
        "LEFT JOIN conflict_groups g ON g.id = c.conflict_group WHERE c.doc_id = ? ORDER BY c.start_offset",
        [doc_id],
    )
    passages = reuse_of_document(store, doc_id)
    docs[0]["file"] = file_label(docs[0]["name"])  # never an absolute path on a page
    return {"document": named(docs[0]), "quotes": quotes, "claims": claims, "passages": passages}


def _pieces(raw: str | None, start: int, end: int) -> list[list[int]]:
    try:
        pieces = json.loads(raw) if raw else []
        out = [[int(s), int(e)] for s, e in pieces]
    except (ValueError, TypeError):
        out = []
    return out or [[start, end]]


def reuse_of_document(store: Store, doc_id: str) -> list[dict[str, Any]]:
    """This document's reused passages (not boilerplate, not templates), each seen from this document's side."""
    rows = store.query(
        "SELECT CASE WHEN p.a_doc = ? THEN p.a_start ELSE p.b_start END AS start, "
        'CASE WHEN p.a_doc = ? THEN p.a_end ELSE p.b_end END AS "end", '
        "CASE WHEN p.a_doc = ? THEN p.b_doc ELSE p.a_doc END AS twin, "
        "CASE WHEN p.a_doc = ? THEN p.b_start ELSE p.a_start END AS twin_start, "
        "CASE WHEN p.a_doc = ? THEN p.b_end ELSE p.a_end END AS twin_end, "
        "p.score, p.cluster, t.title AS twin_title, t.outlet AS twin_outlet, t.date AS twin_date, t.name AS twin_name, t.url AS twin_url "
        "FROM passages p JOIN documents t ON t.id = CASE WHEN p.a_doc = ? THEN p.b_doc ELSE p.a_doc END "
        "WHERE (p.a_doc = ? OR p.b_doc = ?) AND NOT coalesce(p.boilerplate, false) AND NOT coalesce(p.template, false) "
        "ORDER BY start, twin LIMIT 500",
        [doc_id] * 8,
    )
    return [named(r, "twin_") for r in rows]


def quote(store: Store, quote_id: str) -> dict[str, Any] | None:
    rows = store.query(
        'SELECT q.id, q.doc_id, q.start_offset AS start, q.end_offset AS "end", q.text, q.kind, '
        "coalesce(e.name, q.speaker) AS speaker, q.role, q.organisation, q.cue, q.stated_date, q.venue, q.family, "
        "d.title, d.date, d.outlet, d.name AS doc_name, d.url FROM quotes q JOIN documents d ON d.id = q.doc_id "
        "LEFT JOIN entities e ON e.id = q.entity_id WHERE q.id = ?",
        [quote_id],
    )
    return {"quote": named(rows[0])} if rows else None
