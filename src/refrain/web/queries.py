"""Read-only, paginated queries behind the web pages (and their JSON twins).

Every function takes a read-only Store and returns plain dicts: the HTML page and the JSON answer
are rendered from the same value. All SQL is parameterised; ids and names come from URLs.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from typing import Any

from refrain.store import Store
from refrain.web.lists import (
    article_order,
    conflict_groups,
    lowered_speaker_names,
    memo,
    reuse_ranking,
    speaker_quotes,
    speaker_ranking,
)

PAGE_SIZE = 50
TIMELINE_MAX_POINTS = 3000

_DOC_BRIEF = "d.id, d.name, d.title, d.date, d.outlet, d.url"


def page_of(
    rows: list[dict[str, Any]], *, page: int, total: int, page_size: int | None = None
) -> dict[str, Any]:
    page_size = page_size or PAGE_SIZE
    return {
        "page": page,
        "page_size": page_size,
        "total": total,
        "pages": max(1, math.ceil(total / page_size)),
        "rows": rows,
    }


def _size() -> int:
    return PAGE_SIZE  # read at call time, so a test can shrink it


def _offset(page: int) -> int:
    return (page - 1) * PAGE_SIZE


def _one(store: Store, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> Any:
    row = store.con.execute(sql, list(params)).fetchone()
    return row[0] if row else None


# -- overview ----------------------------------------------------------------------------------------
def overview(store: Store) -> dict[str, Any]:
    from refrain.store.search_index import has_index

    outlets = store.query(
        "SELECT coalesce(outlet, '(unknown)') AS outlet, count(*) AS articles, min(date) AS first_date, "
        "max(date) AS last_date FROM documents GROUP BY 1 ORDER BY articles DESC, outlet LIMIT 20"
    )
    families = store.query(
        "SELECT id, text, speaker, size FROM quote_families ORDER BY size DESC, id LIMIT 5"
    )
    return {
        "summary": store.summary(),
        "outlets": outlets,
        "top_speakers": top_speakers(store, limit=10),
        "top_families": families,
        "search_index": has_index(store.con),
    }


# -- articles ----------------------------------------------------------------------------------------
def articles(store: Store, *, page: int, outlet: str | None = None) -> dict[str, Any]:
    order = article_order(store, outlet)
    ids = order[_offset(page) : _offset(page) + _size()]
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
        rows = [{**found[i], "quotes": quotes[i], "claims": claims[i]} for i in ids if i in found]
    return {"outlet": outlet, **page_of(rows, page=page, total=len(order))}


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
    return {"document": docs[0], "quotes": quotes, "claims": claims, "passages": passages}


def _pieces(raw: str | None, start: int, end: int) -> list[list[int]]:
    try:
        pieces = json.loads(raw) if raw else []
        out = [[int(s), int(e)] for s, e in pieces]
    except (ValueError, TypeError):
        out = []
    return out or [[start, end]]


def reuse_of_document(store: Store, doc_id: str) -> list[dict[str, Any]]:
    """This document's reused passages (not boilerplate), each seen from this document's side."""
    rows = store.query(
        "SELECT CASE WHEN p.a_doc = ? THEN p.a_start ELSE p.b_start END AS start, "
        'CASE WHEN p.a_doc = ? THEN p.a_end ELSE p.b_end END AS "end", '
        "CASE WHEN p.a_doc = ? THEN p.b_doc ELSE p.a_doc END AS twin, "
        "CASE WHEN p.a_doc = ? THEN p.b_start ELSE p.a_start END AS twin_start, "
        "CASE WHEN p.a_doc = ? THEN p.b_end ELSE p.a_end END AS twin_end, "
        "p.score, p.cluster, t.title AS twin_title, t.outlet AS twin_outlet, t.date AS twin_date, t.name AS twin_name "
        "FROM passages p JOIN documents t ON t.id = CASE WHEN p.a_doc = ? THEN p.b_doc ELSE p.a_doc END "
        "WHERE (p.a_doc = ? OR p.b_doc = ?) AND NOT coalesce(p.boilerplate, false) "
        "ORDER BY start, twin LIMIT 500",
        [doc_id] * 8,
    )
    return rows


# -- speakers ----------------------------------------------------------------------------------------
def top_speakers(store: Store, *, limit: int, offset: int = 0) -> list[dict[str, Any]]:
    """Speakers, most quoted first, with their outlets, roles and dates (as ``refrain.queries.speakers``).

    The page of names comes from the ranking; the details are gathered for those names only, from
    their quotes first and then only the documents those quotes are in.
    """
    top = speaker_ranking(store)[offset : offset + limit]
    if not top:
        return []
    names = [name for name, _ in top]
    # Their quotes from the kept list of every speaker's quotes, then the documents of those only;
    # the few rows are gathered here, not by a GROUP BY with DISTINCT lists (DuckDB spends far
    # more setting that up than on the rows).
    by_name = speaker_quotes(store).by_name
    quotes = [(name, q.entity_id, q.doc_id, q.role) for name in names for q in by_name.get(name, ())]
    docs = documents_by_id(store, sorted({doc_id for _, _, doc_id, _ in quotes}), "id, outlet, date")
    found: dict[str, dict[str, set[Any]]] = {}
    for name, entity, doc_id, role in quotes:
        if doc_id not in docs:
            continue
        f = found.setdefault(
            name, {"entity": set(), "docs": set(), "outlets": set(), "dates": set(), "roles": set()}
        )
        f["docs"].add(doc_id)
        for key, value in (("entity", entity), ("outlets", docs[doc_id]["outlet"]),
                           ("dates", docs[doc_id]["date"]), ("roles", role)):  # fmt: skip
            if value is not None:
                f[key].add(value)
    rows = []
    for name, n in top:
        f = found.get(name)
        rows.append(
            {"speaker": name, "quotes": n,
             "entity": min(f["entity"]) if f and f["entity"] else None,
             "articles": len(f["docs"]) if f else None,
             "outlets": ", ".join(sorted(f["outlets"])) if f and f["outlets"] else None,
             "first_date": min(f["dates"]) if f and f["dates"] else None,
             "last_date": max(f["dates"]) if f and f["dates"] else None,
             "roles": "; ".join(sorted(f["roles"])) if f and f["roles"] else None}
        )  # fmt: skip
    return rows


def speakers(store: Store, *, page: int) -> dict[str, Any]:
    rows = top_speakers(store, limit=_size(), offset=_offset(page))
    return page_of(rows, page=page, total=len(speaker_ranking(store)))


SPEAKER_MAX_QUOTES = 20_000


def speaker(store: Store, name: str, *, page: int) -> dict[str, Any] | None:
    """Every quote of a person or organisation (by resolved name, raw name or entity id).

    The page, the timeline, the outlets and the roles are all cut from the same rows (at most
    SPEAKER_MAX_QUOTES of them), read by id after the kept lists of names and quotes said which.
    """
    lowered = store.con.execute("SELECT lower(?)", [name]).fetchone()[0]  # type: ignore[index]
    # The (resolved, printed) names that match, lower-cased as DuckDB does; then the quotes of those
    # names (or carrying the entity id) from the kept list, and only their rows from the table.
    pairs = {
        (resolved, raw) for resolved, raw, resolved_lower, raw_lower, _ in lowered_speaker_names(store)
        if lowered in (resolved_lower, raw_lower)
    }  # fmt: skip
    kept = speaker_quotes(store)
    candidates = {resolved for resolved, _ in pairs} | kept.by_entity.get(name, set())
    speaker_of = {
        q.id: resolved
        for resolved in sorted(candidates)
        for q in kept.by_name.get(resolved, ())
        if (resolved, q.printed) in pairs or q.entity_id == name
    }
    found = store.query(
        "SELECT id, doc_id, text, kind, role, cue, family, start_offset FROM quotes WHERE id IN (SELECT unnest(?))",
        [sorted(speaker_of)],
    ) if speaker_of else []  # fmt: skip
    for q in found:
        q["speaker"] = speaker_of[q["id"]]
    docs = documents_by_id(store, sorted({q["doc_id"] for q in found}), "id, title, date, seq, outlet, name")
    matched = [
        {"id": q["id"], "doc_id": q["doc_id"], "text": q["text"], "kind": q["kind"], "role": q["role"],
         "cue": q["cue"], "family": q["family"], "speaker": q["speaker"], "title": d["title"], "date": d["date"],
         "order": d["seq"], "outlet": d["outlet"], "doc_name": d["name"], "_at": q["start_offset"]}
        for q in found if (d := docs.get(q["doc_id"]))
    ]  # fmt: skip
    matched.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["order"], r["_at"]))
    del matched[SPEAKER_MAX_QUOTES:]
    for r in matched:
        del r["_at"]
    if not matched:
        return None
    total = len(matched)
    start = _offset(page)
    rows = matched[start : start + _size()]
    points = [
        {"id": r["id"], "doc_id": r["doc_id"], "date": r["date"], "order": r["order"],
         "outlet": r["outlet"] or "(unknown)", "title": r["title"]}
        for r in matched[:TIMELINE_MAX_POINTS]
    ]  # fmt: skip
    by_outlet: dict[str, dict[str, Any]] = {}
    roles: dict[str, int] = {}
    for r in matched:
        o = by_outlet.setdefault(r["outlet"] or "(unknown)", {"quotes": 0, "docs": set()})
        o["quotes"] += 1
        o["docs"].add(r["doc_id"])
        if r["role"]:
            roles[r["role"]] = roles.get(r["role"], 0) + 1
    outlets = sorted(
        ({"outlet": k, "quotes": v["quotes"], "articles": len(v["docs"])} for k, v in by_outlet.items()),
        key=lambda o: (-o["quotes"], o["outlet"]),
    )
    entity = store.query(
        "SELECT id, name, kind, aliases, roles FROM entities WHERE lower(name) = lower(?) OR id = ? LIMIT 1",
        [name, name],
    )
    return {
        "speaker": matched[0]["speaker"],
        "entity": _entity(entity[0]) if entity else None,
        "roles": sorted(roles, key=lambda k: (-roles[k], k))[:5],
        "outlets": outlets,
        "timeline": points,
        "undated": sum(1 for r in matched if r["date"] is None),
        **page_of(rows, page=page, total=total),
    }


def _entity(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    for key in ("aliases", "roles"):
        try:
            value = json.loads(out[key]) if out[key] else []
            out[key] = [str(v) for v in value] if isinstance(value, list) else []
        except ValueError:
            out[key] = []
    return out


# -- quotes and their provenance -----------------------------------------------------------------------
def quote(store: Store, quote_id: str) -> dict[str, Any] | None:
    rows = store.query(
        'SELECT q.id, q.doc_id, q.start_offset AS start, q.end_offset AS "end", q.text, q.kind, '
        "coalesce(e.name, q.speaker) AS speaker, q.role, q.organisation, q.cue, q.stated_date, q.venue, q.family, "
        "d.title, d.date, d.outlet, d.name AS doc_name FROM quotes q JOIN documents d ON d.id = q.doc_id "
        "LEFT JOIN entities e ON e.id = q.entity_id WHERE q.id = ?",
        [quote_id],
    )
    return {"quote": rows[0]} if rows else None


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
    ids = order[_offset(page) : _offset(page) + _size()]
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
    from refrain.web.textdiff import word_diff

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
        for q in quotes[_offset(page) : _offset(page) + _size()]
    ]
    variants = [
        {**w, "same": w["text"] == reference, "diff": word_diff(reference, w["text"])} for w in wordings
    ]
    first.pop("variants", None)
    return {
        "family": first,
        "reference": reference,
        "variants": variants,
        **page_of(rows, page=page, total=total),
    }


# -- reuse -------------------------------------------------------------------------------------------
def documents_by_id(
    store: Store, ids: list[str], columns: str = "id, title, outlet, date"
) -> dict[str, dict[str, Any]]:
    """Some columns of the documents with these ids.

    ``id IN (SELECT unnest(?))``, not ``list_contains(?, id)``: on 33,000 articles the first reads
    the text of the 50 rows asked for (3 ms), the second of every row (35 ms).
    """
    if not ids:
        return {}
    return {
        r["id"]: r
        for r in store.query(f"SELECT {columns} FROM documents WHERE id IN (SELECT unnest(?))", [ids])
    }


def reuse_pairs(store: Store, *, page: int) -> dict[str, Any]:
    ranking = reuse_ranking(store)
    pairs = ranking[_offset(page) : _offset(page) + _size()]
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
    from refrain.web.textdiff import word_diff

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
        r["diff"] = word_diff(r["a_text"], r["b_text"])
    return {"a": docs[a], "b": docs[b], "passages": rows}


# -- conflicts ---------------------------------------------------------------------------------------
_CLAIM_COLUMNS = (
    "c.id, c.doc_id, c.conflict_group, c.text, c.start_offset AS start, c.value, c.approx, c.unit, "
    "c.value_text, c.value_start, c.value_end, c.what, c.when_iso, c.when_text, c.where_text, c.claimant"
)


def conflicts(store: Store, *, page: int) -> dict[str, Any]:
    """Groups of figures that disagree, largest first, each with its claims.

    Cut from the kept list of those groups and their claims (15,700 claims in 2,068 groups for
    the Tehran Times articles): reading the claims of 50 groups from the table touches nearly
    every block of it, text included (50-70 ms a page).
    """
    kept = conflict_groups(store, _CLAIM_COLUMNS)
    groups = [dict(g) for g in kept.groups[_offset(page) : _offset(page) + _size()]]
    _attach_claims(store, groups, {g["id"]: [dict(c) for c in kept.claims.get(g["id"], ())] for g in groups})
    return page_of(groups, page=page, total=len(kept.groups))


def conflict(store: Store, group_id: int) -> dict[str, Any] | None:
    groups = store.query(
        "SELECT id, what_key, when_iso, agree, size FROM conflict_groups WHERE id = ?", [group_id]
    )
    if not groups:
        return None
    claims = store.query(f"SELECT {_CLAIM_COLUMNS} FROM claims c WHERE c.conflict_group = ?", [group_id])
    _attach_claims(store, groups, {group_id: claims})
    return {"group": groups[0]}


def _attach_claims(
    store: Store, groups: list[dict[str, Any]], claims_of: dict[int, list[dict[str, Any]]]
) -> None:
    claims = [c for g in groups for c in claims_of.get(g["id"], [])]
    docs = documents_by_id(store, sorted({c["doc_id"] for c in claims}), "id, title, date, outlet, name, seq")
    for c in claims:
        d = docs.get(c["doc_id"], {})
        c.update(title=d.get("title"), date=d.get("date"), outlet=d.get("outlet"), doc_name=d.get("name"))
    # By figure, then date (undated last), then ingest order and id: the order of the sources in a group.
    claims.sort(
        key=lambda c: (
            c["value"] is None, c["value"] or 0, c["date"] is None, c["date"] or "",
            docs.get(c["doc_id"], {}).get("seq", 0), c["id"],
        )
    )  # fmt: skip
    by_group: dict[int, list[dict[str, Any]]] = {g["id"]: [] for g in groups}
    for c in claims:
        # The claim's sentence with its figure marked: offsets are into the document, the sentence starts at `start`.
        vs, ve = c["value_start"], c["value_end"]
        if vs is not None and ve is not None and c["start"] <= vs <= ve <= c["start"] + len(c["text"]):
            c["value_span"] = [vs - c["start"], ve - c["start"]]
        else:
            c["value_span"] = None
        by_group[c["conflict_group"]].append(c)
    for g in groups:
        g["claims"] = by_group[g["id"]]
        values = [c["value"] for c in g["claims"] if c["value"] is not None]
        g["low"], g["high"] = (min(values), max(values)) if values else (None, None)
