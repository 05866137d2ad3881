"""Speakers: the ranking (the CLI's `refrain speakers`, the web list, the report), a speaker's page."""

from __future__ import annotations

import json
from typing import Any

from refrain.settings import SETTINGS
from refrain.store import Store
from refrain.store.lists import lowered_speaker_names, memo, speaker_kinds, speaker_quotes, speaker_ranking
from refrain.store.queries.filters import NO_FILTERS, SPEAKER_SORTS, Filters, on_documents, speaker_kinds_kept
from refrain.store.queries.names import display_name, safe_url
from refrain.store.queries.paging import documents_by_id, page_of, page_size, page_start

TIMELINE_MAX_POINTS = SETTINGS.views.timeline_max_points
SPEAKER_MAX_QUOTES = SETTINGS.views.speaker_max_quotes


def top_speakers(
    store: Store, *, limit: int, offset: int = 0, kind: str | None = None
) -> list[dict[str, Any]]:
    """Speakers of one ``kind`` (see filters.speaker_kinds_kept: named ones unless told), most quoted
    first, with their kind, outlets, roles and dates.

    The page of names comes from the ranking; the details are gathered for those names only, from
    their quotes first and then only the documents those quotes are in.
    """
    return _with_details(store, ranking_of_kind(store, kind)[offset : offset + limit])


def ranking_of_kind(store: Store, kind: str | None) -> list[tuple[str, int]]:
    """The ranking's (speaker, quotes) whose kind the ``kind`` facet keeps (ValueError if none it knows)."""
    kept = speaker_kinds_kept(kind)

    def compute() -> list[tuple[str, int]]:
        kinds = speaker_kinds(store)
        return [(name, n) for name, n in speaker_ranking(store) if kinds.get(name) in kept]

    return memo(store, ("speaker ranking of kind", kept), compute)


def _with_details(
    store: Store, top: list[tuple[str, int]], kept_docs: frozenset[str] | None = None
) -> list[dict[str, Any]]:
    """The rows of ``top`` (speaker, quotes) with their articles, outlets, roles and dates, counted
    over the documents in ``kept_docs`` only when given."""
    if not top:
        return []
    names = [name for name, _ in top]
    # Their quotes from the kept list of every speaker's quotes, then the documents of those only;
    # the few rows are gathered here, not by a GROUP BY with DISTINCT lists (DuckDB spends far
    # more setting that up than on the rows).
    by_name = speaker_quotes(store).by_name
    quotes = [
        (name, q.entity_id, q.doc_id, q.role)
        for name in names
        for q in by_name.get(name, ())
        if kept_docs is None or q.doc_id in kept_docs
    ]
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
    kinds = speaker_kinds(store)
    rows = []
    for name, n in top:
        f = found.get(name)
        rows.append(
            {"speaker": name, "kind": kinds.get(name), "quotes": n,
             "entity": min(f["entity"]) if f and f["entity"] else None,
             "articles": len(f["docs"]) if f else None,
             "outlets": ", ".join(sorted(f["outlets"])) if f and f["outlets"] else None,
             "first_date": min(f["dates"]) if f and f["dates"] else None,
             "last_date": max(f["dates"]) if f and f["dates"] else None,
             "roles": "; ".join(sorted(f["roles"])) if f and f["roles"] else None}
        )  # fmt: skip
    return rows


def speaker_list(
    store: Store, filters: Filters = NO_FILTERS, sort: str | None = None
) -> list[tuple[str, int]]:
    """(speaker, quotes) in ``sort`` order (one of SPEAKER_SORTS; most quoted first by default),
    narrowed by ``filters``: outlet, dates and language count only the quotes printed in the
    articles they keep (a speaker with none there is left out); ``speaker`` is a part of the name
    (resolved or as printed), ignoring case; ``kind`` is the speaker's kind, not the quote's (named
    speakers unless set: see filters.speaker_kinds_kept; ValueError for a kind it does not know)."""
    sort = sort if sort in SPEAKER_SORTS else "-quotes"
    documents = on_documents(filters)
    of_kind = ranking_of_kind(store, filters.kind)
    if not documents.active and not filters.speaker and sort == "-quotes":
        return of_kind

    def compute() -> list[tuple[str, int]]:
        ranking = of_kind
        if filters.speaker:
            needle = filters.speaker.lower()
            names = {
                resolved
                for resolved, raw, resolved_lower, raw_lower, _ in lowered_speaker_names(store)
                if raw is not None and (needle in resolved_lower or needle in (raw_lower or ""))
            }
            ranking = [(name, n) for name, n in ranking if name in names]
        if documents.active:
            kept = documents.document_ids(store)
            by_name = speaker_quotes(store).by_name
            counted = (
                (name, sum(1 for q in by_name.get(name, ()) if q.printed is not None and q.doc_id in kept))
                for name, _ in ranking
            )
            ranking = [(name, n) for name, n in counted if n]
        key = {
            "-quotes": lambda item: (-item[1], item[0]),
            "quotes": lambda item: (item[1], item[0]),
            "speaker": lambda item: (item[0].lower(), item[0]),
            "-speaker": lambda item: (item[0].lower(), item[0]),
        }[sort]
        return sorted(ranking, key=key, reverse=sort == "-speaker")

    return memo(store, ("speaker list", filters.key(), sort), compute)


def speakers(
    store: Store, *, page: int, filters: Filters = NO_FILTERS, sort: str | None = None
) -> dict[str, Any]:
    """A page of the speakers list (see :func:`speaker_list`), each with its details."""
    ranking = speaker_list(store, filters, sort)
    documents = on_documents(filters)
    kept = documents.document_ids(store) if documents.active else None
    rows = _with_details(store, ranking[page_start(page) : page_start(page) + page_size()], kept)
    return {
        "filters": filters.params(),
        "sort": sort if sort in SPEAKER_SORTS else "-quotes",
        **page_of(rows, page=page, total=len(ranking)),
    }


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
    docs = documents_by_id(
        store, sorted({q["doc_id"] for q in found}), "id, title, date, seq, outlet, name, url"
    )
    matched = [
        {"id": q["id"], "doc_id": q["doc_id"], "text": q["text"], "kind": q["kind"], "role": q["role"],
         "cue": q["cue"], "family": q["family"], "speaker": q["speaker"], "title": d["title"], "date": d["date"],
         "order": d["seq"], "outlet": d["outlet"], "doc_name": d["name"], "_at": q["start_offset"],
         "label": display_name(d), "source_url": safe_url(d["url"])}
        for q in found if (d := docs.get(q["doc_id"]))
    ]  # fmt: skip
    matched.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["order"], r["_at"]))
    del matched[SPEAKER_MAX_QUOTES:]
    for r in matched:
        del r["_at"]
    if not matched:
        return None
    total = len(matched)
    start = page_start(page)
    rows = matched[start : start + page_size()]
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


def quote_timeline(store: Store, *, limit: int) -> list[dict[str, Any]]:
    """Attributed quotes (date, ingest order, speaker, article title) by article date, undated last."""
    return store.query(
        'SELECT d.date, d.seq AS "order", coalesce(e.name, q.speaker) AS speaker, d.title FROM quotes q '
        "JOIN documents d ON d.id = q.doc_id LEFT JOIN entities e ON e.id = q.entity_id "
        "WHERE q.kind <> 'scare' AND q.speaker IS NOT NULL ORDER BY d.date NULLS LAST, d.seq LIMIT ?",
        [limit],
    )
