"""`refrain analyze`: run every analyser over a store, incrementally and restartably.

Per-document analysers (quotes, claims) run only on documents not analysed yet; each batch's
findings and its "analysed" marks are written in one transaction, so a crash loses at most the
batch in flight and a re-run picks up where it stopped. Corpus-wide results (reuse passages and
clusters, quote families, conflict groups, entities) are recomputed from the stored spans when the
set of documents has changed, and replaced in one transaction.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from refrain.document import Document
from refrain.store import Store

PER_DOCUMENT = "quotes+claims"
BATCH = 256

Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass
class AnalyzeReport:
    documents: int = 0
    analysed_now: int = 0
    corpus_recomputed: bool = False
    timings: dict[str, float] = field(default_factory=dict)


def quote_rows(doc_id: str, quotes: Iterable[Any]) -> list[dict[str, Any]]:
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
            }
        )
    return rows


def _part(p: Any) -> tuple[str | None, int | None, int | None]:
    return (p.text, p.start, p.end) if p is not None else (None, None, None)


def claim_rows(doc_id: str, claims: Iterable[Any]) -> list[dict[str, Any]]:
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
            }
        )
    return rows


def analyse_document(doc: Document) -> tuple[str, list[Any], list[Any]]:
    """The per-document analysers, as one pure function (runs in worker processes and Spark tasks)."""
    from refrain import claims, quotes

    found_quotes = quotes.find(doc.text, date=doc.date)
    found_claims = claims.find(doc.text, date=doc.date, outlet=doc.outlet, quotes=found_quotes)
    return doc.id, found_quotes, found_claims


def _map_documents(docs: list[Document], workers: int) -> list[tuple[str, list[Any], list[Any]]]:
    if workers <= 1 or len(docs) < 32:
        return [analyse_document(d) for d in docs]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(analyse_document, docs, chunksize=max(1, len(docs) // (workers * 4))))


def analyse_new_documents(store: Store, *, workers: int, progress: Progress | None = None) -> int:
    todo = store.not_analysed(PER_DOCUMENT)
    done = 0
    for i in range(0, len(todo), BATCH):
        docs = list(store.documents(todo[i : i + BATCH]))
        results = _map_documents(docs, workers)
        found_q = {doc_id: quote_rows(doc_id, qs) for doc_id, qs, _ in results}
        found_c = {doc_id: claim_rows(doc_id, cs) for doc_id, _, cs in results}
        with store.transaction() as con:
            ids = list(found_q)
            con.execute("DELETE FROM quotes WHERE doc_id IN (SELECT unnest(?))", [ids])
            con.execute("DELETE FROM claims WHERE doc_id IN (SELECT unnest(?))", [ids])
            _insert(con, "quotes", [r for rows in found_q.values() for r in rows])
            _insert(con, "claims", [r for rows in found_c.values() for r in rows])
            store.mark_analysed(PER_DOCUMENT, ids, con=con)
        done += len(docs)
        if progress:
            progress("quotes and claims", done, len(todo))
    return done


def _insert(con: Any, table: str, rows: list[dict[str, Any]]) -> None:
    if rows:
        cols = list(rows[0])
        con.executemany(
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [[r[c] for c in cols] for r in rows],
        )


def corpus_fingerprint(store: Store) -> str:
    n, mx = store.con.execute("SELECT count(*), coalesce(max(seq), -1) FROM documents").fetchone()  # type: ignore[misc]
    return f"{n}:{mx}"


def analyze(
    store: Store,
    *,
    workers: int | None = None,
    aliases: str | None = None,
    progress: Progress | None = None,
    force: bool = False,
) -> AnalyzeReport:
    """Analyse every document of the store not analysed yet, then refresh corpus-wide links."""
    import time

    from refrain.corpus import recompute_corpus_links

    workers = workers or os.cpu_count() or 1
    report = AnalyzeReport(documents=store.count("documents"))
    t0 = time.perf_counter()
    report.analysed_now = analyse_new_documents(store, workers=workers, progress=progress)
    report.timings["per_document"] = time.perf_counter() - t0
    fingerprint = corpus_fingerprint(store) + f":{aliases or ''}"
    if force or report.analysed_now or store.get_meta("corpus_fingerprint") != fingerprint:
        t1 = time.perf_counter()
        recompute_corpus_links(
            store, workers=workers, aliases=aliases, progress=progress, fingerprint=fingerprint
        )
        report.corpus_recomputed = True
        report.timings["corpus"] = time.perf_counter() - t1
    return report
