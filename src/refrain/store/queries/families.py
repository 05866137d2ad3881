"""Quote families: the same quotation printed by several articles, with its wordings.

The word-by-word comparison of each wording with the first one is added by the view (see
``refrain.web.textdiff``): these are the rows, not their presentation.
"""

from __future__ import annotations

from typing import Any

from refrain.store import Store
from refrain.store.lists import memo
from refrain.store.queries.paging import documents_by_id, page_of, page_size, page_start


def families(store: Store, *, page: int) -> dict[str, Any]:
    """Quote families, largest first: the page's families first, then their first documents by id
    (a join with the documents table scans all of it for 50 rows)."""
    order = memo(
        store,
        "family_order",
        lambda: [
            r[0] for r in store.con.execute("SELECT id FROM quote_families ORDER BY size DESC, id").fetchall()
        ],
    )
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
            {**f, "first_title": d.get("title"), "first_date": d.get("date"), "first_outlet": d.get("outlet")}
        )
    return page_of(rows, page=page, total=len(order))


def family(store: Store, family_id: int, *, page: int) -> dict[str, Any] | None:
    fam = store.query(
        "SELECT f.id, f.text, f.speaker, f.size, f.first_doc, f.first_by, f.variants, d.title AS first_title, "
        "d.date AS first_date, d.outlet AS first_outlet FROM quote_families f "
        "LEFT JOIN documents d ON d.id = f.first_doc WHERE f.id = ?",
        [family_id],
    )
    if not fam:
        return None
    # Every quote of the family in one scan (families are small), their documents by id, and the
    # page, the first wording and the distinct wordings cut from those rows here.
    quotes = store.query(
        "SELECT q.id, q.doc_id, q.text, coalesce(e.name, q.speaker) AS speaker, q.role, q.start_offset "
        "FROM quotes q LEFT JOIN entities e ON e.id = q.entity_id WHERE q.family = ?",
        [family_id],
    )
    docs = documents_by_id(store, sorted({q["doc_id"] for q in quotes}), "id, title, date, outlet, name, seq")
    quotes = [q for q in quotes if q["doc_id"] in docs]
    for q in quotes:
        d = docs[q["doc_id"]]
        q.update(title=d["title"], date=d["date"], outlet=d["outlet"], doc_name=d["name"], _seq=d["seq"])
    quotes.sort(key=lambda q: (q["date"] is None, q["date"] or "", q["_seq"], q["start_offset"]))
    first = fam[0]
    in_first = [q for q in quotes if q["doc_id"] == first["first_doc"]]
    reference = (
        (min(in_first, key=lambda q: q["start_offset"])["text"] if in_first else None) or first["text"] or ""
    )
    # The distinct wordings, each compared word by word with the first appearance.
    by_text: dict[str, dict[str, Any]] = {}
    for q in quotes:
        w = by_text.setdefault(
            q["text"], {"text": q["text"], "appearances": 0, "first_date": None, "_outlet": None}
        )
        w["appearances"] += 1
        if q["date"] is not None and (w["first_date"] is None or q["date"] < w["first_date"]):
            w["first_date"] = q["date"]
        if q["outlet"] is not None and (w["_outlet"] is None or q["_seq"] < w["_outlet"][0]):
            w["_outlet"] = (q["_seq"], q["outlet"])  # the outlet of the earliest ingested appearance
    wordings = sorted(by_text.values(), key=lambda w: (-w["appearances"], w["text"]))[:50]
    for w in wordings:
        earliest = w.pop("_outlet")
        w["outlet"] = earliest[1] if earliest else None
    total = len(quotes)
    rows = [
        {k: q[k] for k in ("id", "doc_id", "text", "speaker", "role", "title", "date", "outlet", "doc_name")}
        for q in quotes[page_start(page) : page_start(page) + page_size()]
    ]
    variants = [{**w, "same": w["text"] == reference} for w in wordings]
    first.pop("variants", None)
    return {
        "family": first,
        "reference": reference,
        "variants": variants,
        **page_of(rows, page=page, total=total),
    }


def top_families(store: Store, *, limit: int) -> list[dict[str, Any]]:
    """The largest quote families with their first article's outlet, title and date."""
    return store.query(
        "SELECT f.id, f.text, f.speaker, f.size, f.first_by, d.outlet AS first_outlet, d.title AS first_title, "
        "d.date AS first_date FROM quote_families f LEFT JOIN documents d ON d.id = f.first_doc "
        "ORDER BY f.size DESC, f.id LIMIT ?",
        [limit],
    )
