"""The one mapping between refrain's objects and the store's rows, and the bulk insert of rows.

Every kind of thing the store holds is turned into a row here (a dict keyed by the table's
column names) and, where refrain reads it back as an object, turned back here too: documents,
quotes, claims, reuse passages and clusters, quote families, entities and conflict groups.
Nothing else writes a finding's columns by name.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from refrain.document import Document
from refrain.errors import Errors, StoreError
from refrain.store.schema import TABLES

DOCUMENT_COLUMNS = (
    "id",
    "seq",
    "name",
    "source",
    "idx",
    "key",
    "title",
    "date",
    "author",
    "outlet",
    "language",
    "url",
    "start_offset",
    "end_offset",
    "text",
)


def document_row(doc: Document, seq: int) -> dict[str, Any]:
    """The ``documents`` row of ``doc``, ``seq`` its place in ingest order."""
    values = (doc.id, seq, doc.name, doc.source, doc.index, doc.key, doc.title, doc.date, doc.author,
              doc.outlet, doc.language, doc.url, doc.start, doc.end, doc.text)  # fmt: skip
    return dict(zip(DOCUMENT_COLUMNS, values, strict=True))


def document_from_row(row: Sequence[Any]) -> Document:
    """The Document of a ``documents`` row read as ``SELECT <DOCUMENT_COLUMNS>``."""
    (doc_id, _seq, _name, source, idx, key, title, date, author, outlet, language, url, start, end, text) = (
        row
    )
    return Document(
        text=text,
        source=source,
        index=idx,
        title=title,
        date=date,
        author=author,
        outlet=outlet,
        language=language,
        url=url,
        key=key,
        start=start,
        end=end,
        id=doc_id,
    )


def quote_rows(doc_id: str, quotes: Iterable[Any]) -> list[dict[str, Any]]:
    """``quotes`` rows of a document's quotations (refrain.quotes.Quote), ids ``<doc>:q<n>``."""
    rows = []
    for i, q in enumerate(quotes):
        m = q.speaker_mention
        rows.append(
            {
                "id": f"{doc_id}:q{i}",
                "doc_id": doc_id,
                "start_offset": q.start,
                "end_offset": q.end,
                "pieces": json.dumps([list(p) for p in q.pieces]),
                "text": q.text,
                "kind": q.kind,
                "speaker": q.speaker,
                "mention_text": m.text if m else None,
                "mention_start": m.start if m else None,
                "mention_end": m.end if m else None,
                "role": q.role,
                "organisation": q.organisation,
                "cue": q.cue,
                "stated_date": q.date,
                "venue": q.venue,
                "entity_id": None,
                "family": None,
                "speaker_kind": q.speaker_kind,
            }
        )
    return rows


def _part(p: Any) -> tuple[str | None, int | None, int | None]:
    return (p.text, p.start, p.end) if p is not None else (None, None, None)


def claim_rows(doc_id: str, claims: Iterable[Any]) -> list[dict[str, Any]]:
    """``claims`` rows of a document's claims (refrain.claims.Claim), ids ``<doc>:c<n>``."""
    rows = []
    for i, c in enumerate(claims):
        vt, vs, ve = _part(c.value_text)
        wt, ws, we = _part(c.what)
        nt, ns, ne = _part(c.when)
        rt, rs, re_ = _part(c.where)
        rows.append(
            {
                "id": f"{doc_id}:c{i}",
                "doc_id": doc_id,
                "start_offset": c.start,
                "end_offset": c.end,
                "text": c.text,
                "value": c.value,
                "approx": c.approx,
                "unit": c.unit,
                "value_text": vt,
                "value_start": vs,
                "value_end": ve,
                "what": wt,
                "what_start": ws,
                "what_end": we,
                "what_key": c.what_key,
                "when_text": nt,
                "when_start": ns,
                "when_end": ne,
                "when_iso": c.when_iso,
                "where_text": rt,
                "where_start": rs,
                "where_end": re_,
                "claimant": c.claimant,
                "conflict_group": None,
                "value_high": c.value_high,
            }
        )
    return rows


def claim_from_row(r: dict[str, Any]) -> Any:
    """The refrain.claims.Claim of a ``claims`` row (the inverse of :func:`claim_rows`)."""
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
        value_high=r.get("value_high"),
    )


def reuse_result_rows(result: Any) -> dict[str, list[dict[str, Any]]]:
    """Rows (passages, clusters, cluster_members) of a refrain.reuse.ReuseResult, from either engine."""
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
            "template": p.template,
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
            "boilerplate": c.boilerplate,
            "template": c.template,
        }
        for c in result.clusters
    ]
    members = [
        {"cluster": c.id, "doc_id": name, "start_offset": s, "end_offset": e}
        for c in result.clusters
        for name, s, e in c.members
    ]
    return {"passages": passages, "clusters": clusters, "cluster_members": members}


def reuse_cutoff_rows(result: Any) -> list[dict[str, Any]]:
    """The ``reuse_cutoffs`` row of a refrain.reuse.ReuseResult: what its frequency limits left out
    (none when the engine does not count it)."""
    cutoffs = result.cutoffs
    if cutoffs is None:
        return []
    return [
        {
            "max_df": cutoffs.max_df,
            "boilerplate_min_docs": cutoffs.boilerplate_min_docs,
            "frequent_shingles": cutoffs.frequent_shingles,
            "frequent_documents": cutoffs.frequent_documents,
            "boilerplate_shingles": cutoffs.boilerplate_shingles,
            "boilerplate_documents": cutoffs.boilerplate_documents,
        }
    ]


def quote_family_row(family: Any) -> dict[str, Any]:
    """The ``quote_families`` row of a refrain.reuse quote family (its wordings as JSON)."""
    return {
        "id": family.id,
        "text": family.first.text,
        "speaker": family.speakers[0] if family.speakers else None,
        "first_doc": family.first.doc,
        "first_by": family.first_by,
        "size": len(family.occurrences),
        "variants": json.dumps(
            [
                {
                    "text": v.text,
                    "docs": [o.doc for o in v.occurrences],
                    "edits": [[e.op, e.first, e.variant] for e in v.edits],
                }
                for v in family.variants
            ],
            ensure_ascii=False,
        ),
    }


def entity_row(entity: Any) -> dict[str, Any]:
    """The ``entities`` row of a refrain.entities Entity (aliases and roles as sorted JSON lists)."""
    return {
        "id": entity.id,
        "name": entity.name,
        "kind": entity.kind,
        "aliases": json.dumps(sorted(entity.aliases), ensure_ascii=False),
        "roles": json.dumps(sorted(entity.roles), ensure_ascii=False),
    }


def conflict_group_row(group: Any) -> dict[str, Any]:
    """The ``conflict_groups`` row of a refrain.claims ConflictGroup."""
    return {
        "id": group.id,
        "what_key": group.what_key,
        "when_iso": group.when,
        "agree": group.agree,
        "size": len(group.claims),
        "sources": group.sources,
        "topic": group.topic,
        "where_text": group.where,
    }


def insert_rows(con: Any, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """Insert dict rows (same keys in each) in one statement through an Arrow table.

    DuckDB's ``executemany`` runs one statement a row (seconds per thousand rows); an Arrow table
    goes in as one scan. Text Arrow cannot hold (lone surrogates) falls back to ``executemany``.
    """
    if not rows:
        return
    if table not in TABLES:
        raise StoreError(Errors.E205, table=table)
    import pyarrow as pa

    cols = list(rows[0])
    listed = ", ".join(f'"{c}"' for c in cols)
    try:
        batch = pa.Table.from_pydict({c: [row[c] for row in rows] for c in cols})
    except (pa.ArrowException, UnicodeError, OverflowError):
        con.executemany(
            f"INSERT INTO {table} ({listed}) VALUES ({', '.join('?' * len(cols))})",
            [[row[c] for c in cols] for row in rows],
        )
        return
    name = f"_rows_{table}"
    con.register(name, batch)
    try:
        con.execute(f"INSERT INTO {table} ({listed}) SELECT {listed} FROM {name}")
    finally:
        con.unregister(name)
