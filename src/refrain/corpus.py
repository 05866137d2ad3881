"""Corpus-wide links, recomputed from the stored documents and spans when the corpus changes.

Reuse passages and clusters, quote families (the same quotation in several articles), conflict
groups of figures and speaker entities all depend on the whole corpus, so they are computed
together and replaced in one transaction: readers see the old links or the new ones, never half.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from refrain.errors import RefrainError
from refrain.store import Store

Progress = Callable[[str, int, int], None]


def reuse_rows(
    store: Store, workers: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    from refrain.reuse import ReuseDoc, align

    docs = [
        ReuseDoc(name=d.id, text=d.text, date=d.date, outlet=d.outlet, order=i)
        for i, d in enumerate(store.documents())
    ]
    result = align(docs, workers=workers)
    passages = [
        {
            "a_doc": p.a,
            "a_start": p.a_start,
            "a_end": p.a_end,
            "b_doc": p.b,
            "b_start": p.b_start,
            "b_end": p.b_end,
            "score": p.score,
            "cluster": p.cluster,
            "boilerplate": p.boilerplate,
        }
        for p in result.passages
    ]
    clusters = [
        {
            "id": c.id,
            "earliest_doc": c.earliest,
            "earliest_by": c.earliest_by,
            "size": len(c.documents),
            "snippet": c.snippet,
        }
        for c in result.clusters
    ]
    members = [
        {"cluster": c.id, "doc_id": name, "start_offset": s, "end_offset": e}
        for c in result.clusters
        for name, s, e in c.members
    ]
    return passages, clusters, members


def quote_family_rows(store: Store) -> tuple[list[dict[str, Any]], dict[str, int]]:
    from refrain.reuse import QuoteOccurrence, quote_provenance

    rows = store.query(
        "SELECT q.id, q.doc_id, q.start_offset, q.end_offset, q.text, q.speaker, d.date, d.seq "
        "FROM quotes q JOIN documents d ON d.id = q.doc_id WHERE q.kind <> 'scare' ORDER BY d.seq"
    )
    by_key = {(r["doc_id"], r["start_offset"], r["end_offset"]): r["id"] for r in rows}
    occurrences = [
        QuoteOccurrence(
            doc=r["doc_id"],
            start=r["start_offset"],
            end=r["end_offset"],
            text=r["text"],
            speaker=r["speaker"],
            date=r["date"],
            order=r["seq"],
        )
        for r in rows
    ]
    families, family_of = [], {}
    for fam in quote_provenance(occurrences):
        if len({o.doc for o in fam.occurrences}) < 2:
            continue  # a family is a quotation printed by more than one article
        families.append(
            {
                "id": fam.id,
                "text": fam.first.text,
                "speaker": fam.speakers[0] if fam.speakers else None,
                "first_doc": fam.first.doc,
                "first_by": fam.first_by,
                "size": len(fam.occurrences),
                "variants": json.dumps(
                    [
                        {
                            "text": v.text,
                            "docs": [o.doc for o in v.occurrences],
                            "edits": [[e.op, e.first, e.variant] for e in v.edits],
                        }
                        for v in fam.variants
                    ],
                    ensure_ascii=False,
                ),
            }
        )
        for o in fam.occurrences:
            family_of[by_key[(o.doc, o.start, o.end)]] = fam.id
    return families, family_of


def entity_rows(store: Store, aliases: str | None) -> tuple[list[dict[str, Any]], dict[str, str]]:
    from refrain.entities import load_aliases, merge, resolve

    try:
        alias_file = load_aliases(aliases) if aliases else None
    except ValueError as exc:  # AliasFileError: a user's file that does not parse
        raise RefrainError(str(exc)) from exc
    mentions = store.query(
        "SELECT id, speaker, role FROM quotes WHERE speaker IS NOT NULL AND kind <> 'scare'"
    )
    entities = merge(((m["speaker"], m["role"]) for m in mentions), aliases=alias_file)
    entity_of: dict[str, str] = {}
    cache: dict[str, str | None] = {}
    for m in mentions:
        name = m["speaker"]
        if name not in cache:
            e = resolve(name, entities, aliases=alias_file)
            cache[name] = e.id if e else None
        if cache[name]:
            entity_of[m["id"]] = cache[name]  # type: ignore[assignment]
    rows = [
        {
            "id": e.id,
            "name": e.name,
            "kind": e.kind,
            "aliases": json.dumps(sorted(e.aliases), ensure_ascii=False),
            "roles": json.dumps(sorted(e.roles), ensure_ascii=False),
        }
        for e in entities
    ]
    return rows, entity_of


def _claim_from_row(r: dict[str, Any]) -> Any:
    from refrain.claims import Claim, Part

    def part(prefix: str) -> Part | None:
        text = r[f"{prefix}_text"] if prefix != "what" else r["what"]
        return Part(text, r[f"{prefix}_start"], r[f"{prefix}_end"]) if text is not None else None

    return Claim(
        start=r["start_offset"],
        end=r["end_offset"],
        text=r["text"],
        value=r["value"],
        approx=r["approx"],
        value_text=part("value"),
        unit=r["unit"],
        what=part("what"),
        what_key=r["what_key"],
        when=part("when"),
        when_iso=r["when_iso"],
        where=part("where"),
        claimant=r["claimant"],
    )


def conflict_rows(store: Store) -> tuple[list[dict[str, Any]], dict[str, int]]:
    from refrain.claims import group

    rows = store.query(
        "SELECT c.*, d.seq FROM claims c JOIN documents d ON d.id = c.doc_id ORDER BY d.seq, c.start_offset"
    )
    by_obj = {}
    pairs = []
    for r in rows:
        claim = _claim_from_row(r)
        by_obj[id(claim)] = r["id"]
        pairs.append((r["doc_id"], claim))
    groups, group_of = [], {}
    for g in group(pairs):
        if len(g.claims) < 2:
            continue
        groups.append(
            {"id": g.id, "what_key": g.what_key, "when_iso": g.when, "agree": g.agree, "size": len(g.claims)}
        )
        for _doc, claim in g.claims:
            group_of[by_obj[id(claim)]] = g.id
    return groups, group_of


def recompute_corpus_links(
    store: Store,
    *,
    workers: int,
    aliases: str | None = None,
    progress: Progress | None = None,
    fingerprint: str | None = None,
) -> None:
    steps = 4
    say = progress or (lambda *_: None)
    say("corpus links", 0, steps)
    passages, clusters, members = reuse_rows(store, workers)
    say("corpus links", 1, steps)
    families, family_of = quote_family_rows(store)
    say("corpus links", 2, steps)
    entities, entity_of = entity_rows(store, aliases)
    say("corpus links", 3, steps)
    groups, group_of = conflict_rows(store)
    with store.transaction() as con:
        store.replace_table("passages", passages, con=con)
        store.replace_table("clusters", clusters, con=con)
        store.replace_table("cluster_members", members, con=con)
        store.replace_table("quote_families", families, con=con)
        store.replace_table("entities", entities, con=con)
        store.replace_table("conflict_groups", groups, con=con)
        con.execute("UPDATE quotes SET family = NULL, entity_id = NULL")
        con.execute("UPDATE claims SET conflict_group = NULL")
        _set_column(con, "quotes", "family", family_of)
        _set_column(con, "quotes", "entity_id", entity_of)
        _set_column(con, "claims", "conflict_group", group_of)
        if fingerprint is not None:
            store.set_meta("corpus_fingerprint", fingerprint, con=con)
    say("corpus links", 4, steps)


def _set_column(con: Any, table: str, column: str, values: dict[str, Any]) -> None:
    if not values:
        return
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE _upd (id VARCHAR, v {'INTEGER' if column != 'entity_id' else 'VARCHAR'})"
    )
    con.executemany("INSERT INTO _upd VALUES (?, ?)", list(values.items()))
    con.execute(f"UPDATE {table} SET {column} = _upd.v FROM _upd WHERE {table}.id = _upd.id")
    con.execute("DROP TABLE _upd")
