"""Corpus-wide links, recomputed from the stored documents and spans when the corpus changes.

Reuse passages and clusters, quote families (the same quotation in several articles), conflict
groups of figures and speaker entities all depend on the whole corpus, so they are computed
together and replaced in one transaction: readers see the old links or the new ones, never half.

The work runs in three steps: read what is needed from the store, compute with the store file
released (when `analyze` was given a path: reuse alignment over a large corpus takes minutes,
and a `refrain serve` must be able to read meanwhile), then write everything in one transaction.
Each ``*_rows(store)`` function is its reading step followed by its computing step.

Reuse keeps a memo in the store (:mod:`refrain.reuse.memo`: each document's shingles, each
candidate pair's passages, keyed by content): the next run tokenises and aligns only what the new
documents changed, and gives exactly what a run from scratch gives. The memo is written in the
same transaction as the links, trimmed to the keys the current corpus uses.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from refrain.errors import RefrainError
from refrain.store import Store, insert_rows

if TYPE_CHECKING:
    from refrain.pipeline import StoreAccess

Progress = Callable[[str, int, int], None]


def reuse_inputs(store: Store) -> list[Any]:
    from refrain.reuse import ReuseDoc

    return [
        ReuseDoc(name=d.id, text=d.text, date=d.date, outlet=d.outlet, order=i)
        for i, d in enumerate(store.documents())
    ]


def reuse_rows(
    store: Store, workers: int, *, memo: Any = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    return reuse_rows_of(reuse_inputs(store), workers, memo=memo)


def reuse_rows_of(
    docs: list[Any], workers: int, *, memo: Any = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Store rows of the reuse found in ``docs``; ``memo``: a ReuseMemo (see :func:`load_reuse_memo`)."""
    from refrain.reuse import align

    tables = reuse_result_rows(align(docs, workers=workers, memo=memo))
    return tables["passages"], tables["clusters"], tables["cluster_members"]


_MEMO_TABLES = (("reuse_memo_docs", "shingles"), ("reuse_memo_pairs", "passages"))


def load_reuse_memo(store: Store) -> Any:
    """The ReuseMemo the store keeps (empty when it has none). A row whose checksum does not
    match, or a table that cannot be read, is left out: that work is simply done again."""
    import duckdb

    from refrain.reuse import ReuseMemo
    from refrain.reuse.memo import blob_check, decode_passages, decode_shingles

    memo = ReuseMemo()
    for (table, column), into, decode in zip(
        _MEMO_TABLES, (memo.shingles, memo.pairs), (decode_shingles, decode_passages), strict=True
    ):
        try:
            found = store.con.execute(f"SELECT key, {column}, checksum FROM {table}").to_arrow_table()
        except duckdb.Error:  # an older store opened read-only: no memo tables
            continue
        for key, blob, checksum in zip(
            found.column(0).to_pylist(), found.column(1).to_pylist(), found.column(2).to_pylist(), strict=True
        ):
            if blob_check(blob) != checksum:
                continue
            try:
                into[key] = decode(blob)
            except ValueError:  # not a whole number of items
                continue
    return memo


def save_reuse_memo(con: Any, memo: Any) -> None:
    """Keep, in the store, exactly the memo entries the last run used: its additions are written,
    entries of documents and pairs no longer in the corpus (or from other settings) deleted."""
    import pyarrow as pa

    from refrain.reuse.memo import blob_check, encode_passages, encode_shingles

    for (table, column), live, added, encode in zip(
        _MEMO_TABLES,
        (memo.live_shingles, memo.live_pairs),
        (memo.added_shingles, memo.added_pairs),
        (encode_shingles, encode_passages),
        strict=True,
    ):
        # Rows being added are deleted too: one left unread (damaged) must not stay beside its redo.
        keep = pa.table({"key": pa.array([k for k in live if k not in added], pa.binary())})
        con.register("_memo_keep", keep)
        try:
            con.execute(f"DELETE FROM {table} WHERE key NOT IN (SELECT key FROM _memo_keep)")
        finally:
            con.unregister("_memo_keep")
        blobs = [(key, encode(value)) for key, value in added.items() if key in live]
        insert_rows(con, table, [{"key": k, column: b, "checksum": blob_check(b)} for k, b in blobs])


def reuse_result_rows(result: Any) -> dict[str, list[dict[str, Any]]]:
    """Store rows (passages, clusters, cluster_members) of a ReuseResult, from either engine."""
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
    return {"passages": passages, "clusters": clusters, "cluster_members": members}


_QUOTE_SQL = (
    "SELECT q.id, q.doc_id, q.start_offset, q.end_offset, q.text, q.speaker, d.date, d.seq "
    "FROM quotes q JOIN documents d ON d.id = q.doc_id WHERE q.kind <> 'scare' ORDER BY d.seq, q.start_offset, q.id"
)
_MENTION_SQL = (
    "SELECT q.id, q.speaker, q.role FROM quotes q JOIN documents d ON d.id = q.doc_id "
    "WHERE q.speaker IS NOT NULL AND q.kind <> 'scare' ORDER BY d.seq, q.start_offset, q.id"
)
_CLAIM_SQL = (
    "SELECT c.*, d.seq FROM claims c JOIN documents d ON d.id = c.doc_id ORDER BY d.seq, c.start_offset, c.id"
)


def quote_family_rows(store: Store) -> tuple[list[dict[str, Any]], dict[str, int]]:
    return quote_family_rows_of(store.query(_QUOTE_SQL))


def quote_family_rows_of(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, int]]:
    from refrain.reuse import QuoteOccurrence, quote_provenance

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
    return entity_rows_of(store.query(_MENTION_SQL), aliases)


def entity_rows_of(
    mentions: list[dict[str, Any]], aliases: str | None
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    from refrain.entities import load_aliases, merge, resolve

    try:
        alias_file = load_aliases(aliases) if aliases else None
    except ValueError as exc:  # AliasFileError: a user's file that does not parse
        raise RefrainError(str(exc)) from exc
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
    return conflict_rows_of(store.query(_CLAIM_SQL))


def conflict_rows_of(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, int]]:
    from refrain.claims import group

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
    store: Store | StoreAccess,
    *,
    workers: int,
    aliases: str | None = None,
    progress: Progress | None = None,
    fingerprint: str | None = None,
) -> None:
    """Recompute every corpus-wide link and replace them all in one transaction.

    ``store``: an open Store, or a StoreAccess (then the file is released while computing).
    """
    from refrain.pipeline import StoreAccess

    access = store if isinstance(store, StoreAccess) else StoreAccess(store)
    steps = 5
    say = progress or (lambda *_: None)
    say("corpus links", 0, steps)
    with access.open() as s:  # 1. read
        reuse_docs = reuse_inputs(s)
        reuse_memo = load_reuse_memo(s)
        quotes = s.query(_QUOTE_SQL)
        mentions = s.query(_MENTION_SQL)
        claims = s.query(_CLAIM_SQL)
    say("corpus links", 1, steps)
    # 2. compute, file released; the memo spares documents and pairs the last run already did
    passages, clusters, members = reuse_rows_of(reuse_docs, workers, memo=reuse_memo)
    del reuse_docs
    say("corpus links", 2, steps)
    families, family_of = quote_family_rows_of(quotes)
    say("corpus links", 3, steps)
    entities, entity_of = entity_rows_of(mentions, aliases)
    say("corpus links", 4, steps)
    groups, group_of = conflict_rows_of(claims)
    with access.open() as s, s.transaction() as con:  # 3. write, all or nothing
        s.replace_table("passages", passages, con=con)
        s.replace_table("clusters", clusters, con=con)
        s.replace_table("cluster_members", members, con=con)
        save_reuse_memo(con, reuse_memo)
        write_derived_links(s, con, (families, family_of), (entities, entity_of), (groups, group_of))
        if fingerprint is not None:
            s.set_meta("corpus_fingerprint", fingerprint, con=con)
    say("corpus links", steps, steps)


def write_derived_links(
    store: Store,
    con: Any,
    families: tuple[list[dict[str, Any]], dict[str, int]],
    entities: tuple[list[dict[str, Any]], dict[str, str]],
    groups: tuple[list[dict[str, Any]], dict[str, int]],
) -> None:
    """Replace quote families, entities and conflict groups, and point quotes and claims at them."""
    store.replace_table("quote_families", families[0], con=con)
    store.replace_table("entities", entities[0], con=con)
    store.replace_table("conflict_groups", groups[0], con=con)
    con.execute("UPDATE quotes SET family = NULL, entity_id = NULL")
    con.execute("UPDATE claims SET conflict_group = NULL")
    _set_column(con, "quotes", "family", families[1])
    _set_column(con, "quotes", "entity_id", entities[1])
    _set_column(con, "claims", "conflict_group", groups[1])


def _set_column(con: Any, table: str, column: str, values: dict[str, Any]) -> None:
    if not values:
        return
    import pyarrow as pa

    kind = pa.string() if column == "entity_id" else pa.int64()
    updates = pa.table(
        {"id": pa.array(list(values), pa.string()), "v": pa.array(list(values.values()), kind)}
    )
    con.register("_upd", updates)  # one scan, not a statement per row (executemany)
    try:
        con.execute(f"UPDATE {table} SET {column} = _upd.v FROM _upd WHERE {table}.id = _upd.id")
    finally:
        con.unregister("_upd")
