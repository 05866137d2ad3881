"""Conflicts: groups of figures about the same thing that cannot all be true at once."""

from __future__ import annotations

from typing import Any

from refrain.store import Store
from refrain.store.lists import conflict_groups, memo
from refrain.store.queries.filters import CONFLICT_SORTS, NO_FILTERS, Filters, on_documents
from refrain.store.queries.names import display_name, safe_url
from refrain.store.queries.paging import documents_by_id, page_of, page_size, page_start

_CLAIM_COLUMNS = (
    "c.id, c.doc_id, c.conflict_group, c.text, c.start_offset AS start, c.value, c.approx, c.unit, "
    "c.value_text, c.value_start, c.value_end, c.what, c.when_iso, c.when_text, c.where_text, c.claimant"
)


def _spread(claims: list[dict[str, Any]]) -> float:
    """How far a group's figures are apart: (largest - smallest) / largest magnitude (0 to 2)."""
    values = [c["value"] for c in claims if c["value"] is not None]
    if not values:
        return 0.0
    scale = max(abs(v) for v in values)
    return (max(values) - min(values)) / scale if scale else 0.0


# Figures a group shows in the list (its page shows them all): evenly spread from the lowest to the
# highest, so that a group of hundreds of figures does not make a page of megabytes.
LIST_FIGURES = 12


def _shown_in_list(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Up to LIST_FIGURES of a group's claims, evenly spaced in value order (lowest and highest kept)."""
    if len(claims) <= LIST_FIGURES:
        return claims
    ordered = sorted(claims, key=lambda c: (c["value"] is None, c["value"] or 0, c["id"]))
    last = len(ordered) - 1
    picks = sorted({round(i * last / (LIST_FIGURES - 1)) for i in range(LIST_FIGURES)})
    return [ordered[i] for i in picks]


def conflict_list(
    store: Store, filters: Filters = NO_FILTERS, sort: str | None = None
) -> list[dict[str, Any]]:
    """The disagreeing groups ``filters`` keep, in ``sort`` order (one of CONFLICT_SORTS; largest
    first by default). Outlet, dates and language keep a group with a figure from an article they
    keep; ``speaker`` is a part of a figure's claimant (who gave it). Quote kind is no facet here."""
    sort = sort if sort in CONFLICT_SORTS else "-size"
    kept = conflict_groups(store, _CLAIM_COLUMNS)
    documents = on_documents(filters)
    if not documents.active and not filters.speaker and sort == "-size":
        return kept.groups

    def compute() -> list[dict[str, Any]]:
        groups = kept.groups
        if documents.active:
            docs = documents.document_ids(store)
            groups = [g for g in groups if any(c["doc_id"] in docs for c in kept.claims.get(g["id"], ()))]
        if filters.speaker:
            needle = filters.speaker.casefold()
            groups = [
                g for g in groups
                if any(needle in (c["claimant"] or "").casefold() for c in kept.claims.get(g["id"], ()))
            ]  # fmt: skip
        keys = {
            # most independent sources disagreeing, then most figures (the kept list's order)
            "size": lambda g: (g.get("sources") or 0, g["size"], -g["id"]),
            "spread": lambda g: (_spread(kept.claims.get(g["id"], [])), g["id"]),
            "what": lambda g: ((g["what_key"] or "").casefold(), g["id"]),
            "when": lambda g: (g["when_iso"] is None, g["when_iso"] or "", g["id"]),
        }
        ordered = sorted(groups, key=keys[sort.lstrip("-")])
        if sort.startswith("-"):
            ordered.reverse()  # (ties then largest id first, but for size: still one fixed order)
        return ordered

    return memo(store, ("conflict list", filters.key(), sort), compute)


def conflicts(
    store: Store, *, page: int, filters: Filters = NO_FILTERS, sort: str | None = None
) -> dict[str, Any]:
    """Groups of figures that disagree, largest first (or in ``sort`` order, narrowed by
    ``filters``), each with its claims.

    Cut from the kept list of those groups and their claims (15,700 claims in 2,068 groups for
    the Tehran Times articles): reading the claims of 50 groups from the table touches nearly
    every block of it, text included (50-70 ms a page). A group lists up to LIST_FIGURES of its
    figures (``figures``: how many it has; ``low``, ``high``: the range of all of them).
    """
    kept = conflict_groups(store, _CLAIM_COLUMNS)
    listed = conflict_list(store, filters, sort)
    groups = [dict(g) for g in listed[page_start(page) : page_start(page) + page_size()]]
    every = {g["id"]: list(kept.claims.get(g["id"], ())) for g in groups}
    _attach_claims(store, groups, {i: [dict(c) for c in _shown_in_list(cs)] for i, cs in every.items()})
    for g in groups:  # the range and count of all the group's figures, shown or not
        values = [c["value"] for c in every[g["id"]] if c["value"] is not None]
        g["low"], g["high"] = (min(values), max(values)) if values else (None, None)
        g["figures"] = len(every[g["id"]])
    return {
        "filters": filters.params(),
        "sort": sort if sort in CONFLICT_SORTS else "-size",
        **page_of(groups, page=page, total=len(listed)),
    }


def conflict(store: Store, group_id: int) -> dict[str, Any] | None:
    groups = store.query(
        "SELECT id, what_key, when_iso, agree, size, sources, topic, where_text FROM conflict_groups WHERE id = ?",
        [group_id],
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
    docs = documents_by_id(
        store, sorted({c["doc_id"] for c in claims}), "id, title, date, outlet, name, url, seq"
    )
    labels = {i: (display_name(d), safe_url(d.get("url"))) for i, d in docs.items()}  # once a document
    for c in claims:
        d = docs.get(c["doc_id"], {"id": c["doc_id"]})
        label, source_url = labels.get(c["doc_id"]) or (display_name(d), None)
        c.update(title=d.get("title"), date=d.get("date"), outlet=d.get("outlet"), doc_name=d.get("name"),
                 label=label, source_url=source_url)  # fmt: skip
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


def disagreeing_groups(store: Store, *, limit: int) -> list[dict[str, Any]]:
    """The groups whose figures disagree, the most independent sources disagreeing first, each with
    its claims (value, claimant, sentence, article) by figure, then date (undated last), then
    ingest order."""
    groups = store.query(
        "SELECT id, what_key, when_iso, size, sources, topic, where_text FROM conflict_groups WHERE NOT agree "
        "ORDER BY sources DESC NULLS LAST, size DESC, id LIMIT ?",
        [limit],
    )
    claims = store.query(
        "SELECT c.conflict_group, c.value, c.value_text, c.unit, c.claimant, c.text, c.where_text, c.when_iso, "
        "c.when_text, c.doc_id, d.id, d.title, d.outlet, d.date, d.name, d.url "
        "FROM claims c JOIN documents d ON d.id = c.doc_id WHERE c.conflict_group IN (SELECT unnest(?)) "
        "ORDER BY c.value NULLS LAST, d.date NULLS LAST, d.seq, c.id",
        [[g["id"] for g in groups]],
    )
    for c in claims:
        c["label"], c["source_url"] = display_name(c), safe_url(c["url"])
    for g in groups:
        g["claims"] = [c for c in claims if c["conflict_group"] == g["id"]]
    return groups
