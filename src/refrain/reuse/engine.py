"""The local engine: tokenise, propose pairs, align them over worker processes, cluster.

Workers are forked, so they read the texts, token arrays and boilerplate table from the parent's
memory (copy-on-write) instead of receiving them pickled. Where fork is unavailable the work runs
in this process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from refrain.reuse.aligner import align_seeded, char_edges
from refrain.reuse.candidates import boilerplate_thresholds, candidate_pairs
from refrain.reuse.clusters import RawPassage, build_clusters, group_passages
from refrain.reuse.model import Passage, ReuseDoc, ReuseResult
from refrain.reuse.params import ReuseParams
from refrain.reuse.seeds import SeedTable, pair_seeds, seed_table, shared_seed_tables
from refrain.reuse.tokens import Tokens, shingles, tokenize_many

# Below these sizes a worker pool costs more than it saves.
_MIN_DOCS_FOR_POOL = 400
_MIN_PAIRS_FOR_POOL = 200
_CHUNKS_PER_WORKER = 8

# State shared with forked workers (set just before the pool starts, cleared after).
_shared: dict[str, Any] = {}


def _tokenize_range(bounds: tuple[int, int]) -> list[Tokens]:
    texts = _shared["texts"]
    return tokenize_many(texts[bounds[0] : bounds[1]])


def _align_rows(rows: np.ndarray) -> list[RawPassage]:
    """Align each pair ``(a, b)`` of ``rows``, reading the documents from ``_shared``: ``texts``,
    ``tokens``, ``shingles``, ``outlets`` and ``boiler`` (indexed by document number: lists or
    dicts), ``params``, and optionally ``seed_tables`` (else built here from ``shingles``)."""
    texts: Sequence[str] = _shared["texts"]
    tokens: Sequence[Tokens] = _shared["tokens"]
    outlets: np.ndarray = _shared["outlets"]
    boiler: np.ndarray = _shared["boiler"]
    params: ReuseParams = _shared["params"]
    tables = _shared.get("seed_tables")
    if tables is None:
        doc_shingles = _shared["shingles"]
        built: dict[int, SeedTable] = {}

        def table(d: int) -> SeedTable:
            if d not in built:
                built[d] = seed_table(doc_shingles[d], params.max_repeats, outlets[d], boiler)
            return built[d]
    else:
        table = tables.__getitem__
    out: list[RawPassage] = []
    for a, b in rows.tolist():
        ia, jb, flags = pair_seeds(table(a), table(b))
        if len(ia) == 0:
            continue
        ta, tb = tokens[a], tokens[b]
        for m in align_seeded(ta.hashes, tb.hashes, ia, jb, flags, params):
            a_start, a_end, b_start, b_end = char_edges(texts[a], ta, texts[b], tb, m)
            out.append(RawPassage(a, a_start, a_end, b, b_start, b_end, round(m.score, 4), m.boilerplate))
    return out


def _chunks(n: int, pieces: int) -> list[tuple[int, int]]:
    step = max(1, -(-n // pieces))
    return [(i, min(n, i + step)) for i in range(0, n, step)]


def _pool(workers: int):  # -> multiprocessing.pool.Pool
    return multiprocessing.get_context("fork").Pool(workers)


def resolve_workers(workers: int | None) -> int:
    """How many processes to use: ``None`` means one per core; fork-less platforms get one."""
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be at least 1 (or None for one per core), got {workers}")
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    if workers is None:
        workers = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return workers


def prepare_docs(docs: Iterable[ReuseDoc]) -> list[ReuseDoc]:
    """Documents in ingest order (``order``, then as given), with unique names checked."""
    listed = list(docs)
    seen: set[str] = set()
    for doc in listed:
        if not isinstance(doc, ReuseDoc):
            raise TypeError(f"align() takes ReuseDoc values, got {type(doc).__name__}")
        if doc.name in seen:
            raise ValueError(f"two documents are named {doc.name!r}: names must be unique")
        seen.add(doc.name)
    return [doc for _, doc in sorted(enumerate(listed), key=lambda item: (item[1].order, item[0]))]


def run(docs: Iterable[ReuseDoc], params: ReuseParams, workers: int | None) -> ReuseResult:
    ordered = prepare_docs(docs)
    n_workers = resolve_workers(workers)
    texts = [d.text for d in ordered]
    outlet_ids: dict[str | None, int] = {}
    outlets = np.array([outlet_ids.setdefault(d.outlet, len(outlet_ids)) for d in ordered], dtype=np.int64)
    thresholds = boilerplate_thresholds(outlets, params, outlet_ids.get(None))
    _shared.update(texts=texts, params=params, outlets=outlets)
    try:
        if n_workers > 1 and len(texts) >= _MIN_DOCS_FOR_POOL:
            with _pool(n_workers) as pool:
                parts = pool.map(_tokenize_range, _chunks(len(texts), n_workers * _CHUNKS_PER_WORKER))
            tokens = [t for part in parts for t in part]
        else:
            tokens = _tokenize_range((0, len(texts)))
        doc_shingles = [shingles(t.hashes, params.ngram) for t in tokens]
        pairs, boiler, shared = candidate_pairs(doc_shingles, outlets, thresholds, params)
        tables = shared_seed_tables(doc_shingles, shared, params.max_repeats, outlets, boiler)
        del shared
        _shared.update(tokens=tokens, shingles=doc_shingles, boiler=boiler, seed_tables=tables)
        if n_workers > 1 and len(pairs) >= _MIN_PAIRS_FOR_POOL:
            pieces = [pairs[s:e] for s, e in _chunks(len(pairs), n_workers * _CHUNKS_PER_WORKER)]
            with _pool(n_workers) as pool:
                raw = [p for part in pool.imap(_align_rows, pieces) for p in part]
        else:
            raw = _align_rows(pairs)
    finally:
        _shared.clear()
    outlet_thresholds = {name: int(thresholds[i]) for name, i in outlet_ids.items()}
    return _result(ordered, raw, params, outlet_thresholds)


def _result(
    docs: Sequence[ReuseDoc],
    raw: list[RawPassage],
    params: ReuseParams,
    outlet_thresholds: dict[str | None, int],
) -> ReuseResult:
    raw.sort(key=lambda p: (p.a, p.a_start, p.b, p.b_start))
    labels = group_passages(raw, params.cluster_overlap)
    clusters, relabel = build_clusters(docs, raw, labels, outlet_thresholds)
    boiler_cluster = {c.id for c in clusters if c.boilerplate}
    passages = []
    for p, label in zip(raw, labels, strict=True):
        cid = relabel[label]
        passages.append(
            Passage(
                a=docs[p.a].name,
                a_start=p.a_start,
                a_end=p.a_end,
                b=docs[p.b].name,
                b_start=p.b_start,
                b_end=p.b_end,
                score=p.score,
                cluster=cid,
                boilerplate=cid in boiler_cluster,
            )
        )
    return ReuseResult(passages=passages, clusters=clusters)
