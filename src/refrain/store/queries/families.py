"""Quote families: the same quotation printed by several articles, with its wordings.

The word-by-word comparison of each wording with the first one is added by the view (see
``refrain.web.textdiff``): these are the rows, not their presentation.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from refrain.store import Store
from refrain.store.lists import memo
from refrain.store.queries.filters import FAMILY_SORTS, NO_FILTERS, Filters, like_contains, on_documents
from refrain.store.queries.names import display_name, safe_url
from refrain.store.queries.paging import documents_by_id, page_of, page_size, page_start

SPREAD_MAX_POINTS = 500
_MEMBER_COLUMNS = ("id", "doc_id", "text", "speaker", "role", "title", "date", "outlet", "doc_name",
                   "label", "source_url", "position", "order_by")  # fmt: skip


def family_ids(store: Store, filters: Filters = NO_FILTERS, sort: str | None = None) -> list[int]:
    """The ids of the families ``filters`` keep, in ``sort`` order (one of FAMILY_SORTS; largest first
    by default). Outlet, dates and language keep a family with an appearance in an article they keep
    (of ``kind`` when given); ``speaker`` is a part of the family's speaker, or of a member's."""
    sort = sort if sort in FAMILY_SORTS else "-size"
    if filters.speaker and getattr(store, "memo", None) is not None:
        # The web app: the families without the speaker facet (one kept list per sort and other
        # facets), then those the speaker's name part keeps, from kept names (no scan of the quotes).
        kept = _speaker_families(store, filters.speaker)
        return [i for i in family_ids(store, replace(filters, speaker=None), sort) if i in kept]
    if not filters.active and sort == "-size":
        return memo(
            store,
            "family_order",
            lambda: [
                r[0]
                for r in store.con.execute("SELECT id FROM quote_families ORDER BY size DESC, id").fetchall()
            ],
        )
    clauses, params = ["true"], []
    documents = on_documents(filters)
    if documents.active or filters.kind:
        where, where_params = documents.where("d")
        if filters.kind:
            where, where_params = f"{where} AND q.kind = ?", [*where_params, filters.kind]
        clauses.append(
            "f.id IN (SELECT q.family FROM quotes q JOIN documents d ON d.id = q.doc_id "
            f"WHERE q.family IS NOT NULL AND {where})"
        )
        params += where_params
    if filters.speaker:
        clauses.append(
            "(f.speaker ILIKE ? ESCAPE '\\' OR f.id IN (SELECT q.family FROM quotes q LEFT JOIN entities e "
            "ON e.id = q.entity_id WHERE q.family IS NOT NULL AND coalesce(e.name, q.speaker) ILIKE ? ESCAPE '\\'))"
        )
        params += [like_contains(filters.speaker)] * 2
    sql = (
        "SELECT f.id FROM quote_families f LEFT JOIN documents d ON d.id = f.first_doc "
        f"WHERE {' AND '.join(clauses)} ORDER BY {FAMILY_SORTS[sort]}"
    )
    return memo(
        store,
        ("family ids", filters.key(), sort),
        lambda: [r[0] for r in store.con.execute(sql, params).fetchall()],
    )


def _speaker_families(store: Store, speaker: str) -> set[int]:
    """The families whose speaker, or a member's speaker (resolved name), contains ``speaker``
    ignoring case: the facet's SQL (``ILIKE '%speaker%'``) over the names of families kept while the
    file is open (each family with its distinct lower-cased names, both kinds)."""
    names: list[tuple[int, str]] = memo(
        store,
        "family speaker names",
        lambda: [(int(f), str(n)) for f, n in store.con.execute(
            "SELECT id, lower(speaker) FROM quote_families WHERE speaker IS NOT NULL UNION "
            "SELECT q.family, lower(coalesce(e.name, q.speaker)) FROM quotes q LEFT JOIN entities e "
            "ON e.id = q.entity_id WHERE q.family IS NOT NULL AND coalesce(e.name, q.speaker) IS NOT NULL"
        ).fetchall()],
    )  # fmt: skip
    needle = speaker.lower()
    return {family for family, name in names if needle in name}


def families(
    store: Store, *, page: int, filters: Filters = NO_FILTERS, sort: str | None = None
) -> dict[str, Any]:
    """Quote families, largest first (or in ``sort`` order, narrowed by ``filters``): the page's
    families first, then their first documents by id (a join with the documents table scans all of
    it for 50 rows)."""
    order = family_ids(store, filters, sort)
    ids = order[page_start(page) : page_start(page) + page_size()]
    found = {
        r["id"]: r
        for r in store.query(
            "SELECT id, text, speaker, size, first_doc, first_by FROM quote_families WHERE id IN (SELECT unnest(?))",
            [ids],
        )
    } if ids else {}  # fmt: skip
    docs = documents_by_id(store, sorted({f["first_doc"] for f in found.values() if f["first_doc"]}))
    rows = []
    for family_id in ids:
        f, d = found[family_id], docs.get(found[family_id]["first_doc"], {})
        rows.append(
            {**f, "first_title": d.get("title"), "first_date": d.get("date"), "first_outlet": d.get("outlet"),
             "first_label": display_name(d) if d else None, "first_source_url": safe_url(d.get("url"))}
        )  # fmt: skip
    return {
        "filters": filters.params(),
        "sort": sort if sort in FAMILY_SORTS else "-size",
        **page_of(rows, page=page, total=len(order)),
    }


def family(store: Store, family_id: int, *, page: int) -> dict[str, Any] | None:
    fam = store.query(
        "SELECT f.id, f.text, f.speaker, f.size, f.first_doc, f.first_by, f.variants, d.title AS first_title, "
        "d.date AS first_date, d.outlet AS first_outlet, d.name AS first_name, d.url AS first_url "
        "FROM quote_families f LEFT JOIN documents d ON d.id = f.first_doc WHERE f.id = ?",
        [family_id],
    )
    if not fam:
        return None
    fam[0]["first_label"] = display_name(fam[0], "first_") if fam[0]["first_doc"] else None
    fam[0]["first_source_url"] = safe_url(fam[0].pop("first_url"))
    fam[0].pop("first_name")
    # Every quote of the family in one scan (families are small), their documents by id, and the
    # page, the first wording and the distinct wordings cut from those rows here.
    quotes = store.query(
        "SELECT q.id, q.doc_id, q.text, coalesce(e.name, q.speaker) AS speaker, q.role, q.start_offset "
        "FROM quotes q LEFT JOIN entities e ON e.id = q.entity_id WHERE q.family = ?",
        [family_id],
    )
    docs = documents_by_id(
        store, sorted({q["doc_id"] for q in quotes}), "id, title, date, outlet, name, url, seq"
    )
    quotes = [q for q in quotes if q["doc_id"] in docs]
    for q in quotes:
        d = docs[q["doc_id"]]
        q.update(title=d["title"], date=d["date"], outlet=d["outlet"], doc_name=d["name"], _seq=d["seq"],
                 label=display_name(d), source_url=safe_url(d["url"]))  # fmt: skip
    quotes.sort(key=lambda q: (q["date"] is None, q["date"] or "", q["_seq"], q["start_offset"]))
    # Earlier/later: members in order of date, ingest order within a day or without a date (and said so).
    dated = any(q["date"] for q in quotes)
    for i, q in enumerate(quotes):
        q["position"] = "first" if i == 0 else "later"
        q["order_by"] = "date" if q["date"] and dated else "ingest order"
    first = fam[0]
    in_first = [q for q in quotes if q["doc_id"] == first["first_doc"]]
    reference = (
        (min(in_first, key=lambda q: q["start_offset"])["text"] if in_first else None) or first["text"] or ""
    )
    # The distinct wordings, each compared word by word with the first appearance.
    # The first appearance of a wording is one member (the earliest in the order above): its
    # outlet and its date together, never one member's outlet with another's date.
    by_text: dict[str, dict[str, Any]] = {}
    for q in quotes:
        w = by_text.get(q["text"])
        if w is None:
            by_text[q["text"]] = {"text": q["text"], "appearances": 1, "first_date": q["date"],
                                  "outlet": q["outlet"], "first_doc": q["doc_id"], "first_label": q["label"]}  # fmt: skip
        else:
            w["appearances"] += 1
    wordings = sorted(by_text.values(), key=lambda w: (-w["appearances"], w["text"]))[:50]
    total = len(quotes)
    rows = [
        {k: q[k] for k in _MEMBER_COLUMNS} for q in quotes[page_start(page) : page_start(page) + page_size()]
    ]
    variants = [{**w, "same": w["text"] == reference} for w in wordings]
    first.pop("variants", None)
    # The spread of the quotation: every member (up to a cap) by date and outlet, for the timeline.
    spread = [
        {"id": q["id"], "doc_id": q["doc_id"], "date": q["date"], "order": q["_seq"],
         "outlet": q["outlet"] or "(unknown)", "label": q["label"]}
        for q in quotes[:SPREAD_MAX_POINTS]
    ]  # fmt: skip
    return {
        "family": first,
        "spread": spread,
        "reference": reference,
        "variants": variants,
        **page_of(rows, page=page, total=total),
    }


def top_families(store: Store, *, limit: int) -> list[dict[str, Any]]:
    """The largest quote families with their first article's outlet, title and date."""
    rows = store.query(
        "SELECT f.id, f.text, f.speaker, f.size, f.first_by, d.outlet AS first_outlet, d.title AS first_title, "
        "d.date AS first_date, d.name AS first_name, d.url AS first_url, d.id AS first_id "
        "FROM quote_families f LEFT JOIN documents d ON d.id = f.first_doc ORDER BY f.size DESC, f.id LIMIT ?",
        [limit],
    )
    for r in rows:
        r["first_label"] = display_name(r, "first_") if r["first_id"] else None
        r["first_source_url"] = safe_url(r.pop("first_url"))
        r.pop("first_name")
    return rows
