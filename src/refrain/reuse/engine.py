"""The local engine: tokenise, propose pairs, align them over worker processes, cluster.

Workers are forked, so they read the texts, token arrays and boilerplate table from the parent's
memory (copy-on-write) instead of receiving them pickled. Where fork is unavailable the work runs
in this process.

Given a :class:`~refrain.reuse.memo.ReuseMemo`, a run takes the shingles of documents and the
passages of pairs it already holds, tokenises and aligns only the rest, and records what it added.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import numpy as np

from refrain.reuse.aligner import align_seeded, char_edges
from refrain.reuse.candidates import boilerplate_thresholds, candidates
from refrain.reuse.clusters import RawPassage, build_clusters, group_passages
from refrain.reuse.memo import PASSAGE_DTYPE, ReuseMemo, doc_key, flags_digest, pair_fingerprint, pair_side
from refrain.reuse.model import Passage, ReuseDoc, ReuseResult
from refrain.reuse.params import ReuseParams
from refrain.reuse.seeds import SeedTable, pair_seeds, seed_table, shared_seed_tables
from refrain.reuse.templates import differing_window, template_facts
from refrain.reuse.tokens import Tokens, shingles, tokenize_many

# Below these sizes a worker pool costs more than it saves.
_MIN_DOCS_FOR_POOL = 400
_MIN_PAIRS_FOR_POOL = 200
_CHUNKS_PER_WORKER = 8

# State shared with forked workers (set just before the pool starts, cleared after).
worker_state: dict[str, Any] = {}


def _tokenize_range(bounds: tuple[int, int]) -> list[Tokens]:
    texts = worker_state["texts"]
    return tokenize_many(texts[bounds[0] : bounds[1]])


def _align_rows(rows: np.ndarray) -> list[RawPassage]:
    """Align each pair ``(a, b)`` of ``rows``, reading the documents from ``worker_state``: ``texts``,
    ``tokens``, ``shingles``, ``outlets`` and ``boiler`` (indexed by document number: lists or
    dicts), ``params``, and optionally ``seed_tables`` (else built here from ``shingles``)."""
    texts: Sequence[str] = worker_state["texts"]
    tokens: Sequence[Tokens] = worker_state["tokens"]
    outlets: np.ndarray = worker_state["outlets"]
    boiler: np.ndarray = worker_state["boiler"]
    params: ReuseParams = worker_state["params"]
    tables = worker_state.get("seed_tables")
    if tables is None:
        doc_shingles = worker_state["shingles"]
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
            facts = 0
            # Only the stretch where the copies' words differ is read (most passages: none).
            ha, hb = ta.hashes[m.a0 : m.a1], tb.hashes[m.b0 : m.b1]
            window = None if np.array_equal(ha, hb) else differing_window(ha, hb)
            if window is not None:
                a0, a1, b0, b1 = m.a0 + window[0], m.a0 + window[1], m.b0 + window[2], m.b0 + window[3]
                facts = template_facts(
                    texts[a][int(ta.starts[a0]) : int(ta.ends[a1 - 1])],
                    texts[b][int(tb.starts[b0]) : int(tb.ends[b1 - 1])],
                )
            out.append(
                RawPassage(a, a_start, a_end, b, b_start, b_end, round(m.score, 4), m.boilerplate, facts)
            )
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


def checked_docs(docs: Iterable[ReuseDoc]) -> Iterator[ReuseDoc]:
    """``docs`` as given, each checked as it passes: a ReuseDoc, its name not seen before."""
    seen: set[str] = set()
    for doc in docs:
        if not isinstance(doc, ReuseDoc):
            raise TypeError(f"align() takes ReuseDoc values, got {type(doc).__name__}")
        if doc.name in seen:
            raise ValueError(f"two documents are named {doc.name!r}: names must be unique")
        seen.add(doc.name)
        yield doc


def prepare_docs(docs: Iterable[ReuseDoc]) -> list[ReuseDoc]:
    """Documents in ingest order (``order``, then as given), with unique names checked."""
    listed = list(checked_docs(docs))
    return [doc for _, doc in sorted(enumerate(listed), key=lambda item: (item[1].order, item[0]))]


def run(
    docs: Iterable[ReuseDoc], params: ReuseParams, workers: int | None, memo: ReuseMemo | None = None
) -> ReuseResult:
    ordered = prepare_docs(docs)
    n_workers = resolve_workers(workers)
    texts = [d.text for d in ordered]
    outlet_ids: dict[str | None, int] = {}
    outlets = np.array([outlet_ids.setdefault(d.outlet, len(outlet_ids)) for d in ordered], dtype=np.int64)
    thresholds = boilerplate_thresholds(outlets, params, outlet_ids.get(None))
    worker_state.update(texts=texts, params=params, outlets=outlets)
    try:
        if memo is None:
            raw = _run_all(texts, outlets, thresholds, params, n_workers)
        else:
            raw = _run_memo(texts, outlets, thresholds, params, n_workers, memo)
        cutoffs = worker_state.get("cutoffs")
    finally:
        worker_state.clear()
    outlet_thresholds = {name: int(thresholds[i]) for name, i in outlet_ids.items()}
    result = build_result(ordered, raw, params, outlet_thresholds)
    result.cutoffs = cutoffs
    return result


def tokenize_docs(texts: Sequence[str], n_workers: int) -> list[Tokens]:
    if n_workers > 1 and len(texts) >= _MIN_DOCS_FOR_POOL:
        held = worker_state.get("texts")
        worker_state["texts"] = texts  # what the forked workers read
        try:
            with _pool(n_workers) as pool:
                parts = pool.map(_tokenize_range, _chunks(len(texts), n_workers * _CHUNKS_PER_WORKER))
        finally:
            worker_state["texts"] = held
        return [t for part in parts for t in part]
    return tokenize_many(list(texts))


def align_all(pairs: np.ndarray, n_workers: int) -> list[RawPassage]:
    """Align ``pairs`` with what ``worker_state`` holds, over a pool when there are enough of them."""
    if n_workers > 1 and len(pairs) >= _MIN_PAIRS_FOR_POOL:
        pieces = [pairs[s:e] for s, e in _chunks(len(pairs), n_workers * _CHUNKS_PER_WORKER)]
        with _pool(n_workers) as pool:
            return [p for part in pool.imap(_align_rows, pieces) for p in part]
    return _align_rows(pairs)


def _run_all(
    texts: list[str], outlets: np.ndarray, thresholds: np.ndarray, params: ReuseParams, n_workers: int
) -> list[RawPassage]:
    tokens = tokenize_docs(texts, n_workers)
    doc_shingles = [shingles(t.hashes, params.ngram) for t in tokens]
    found = candidates(doc_shingles, outlets, thresholds, params, boiler_of_docs=False)
    pairs, boiler, shared = found.pairs, found.boiler, found.shared
    worker_state["cutoffs"] = found.cutoffs
    tables = shared_seed_tables(doc_shingles, shared, params.max_repeats, outlets, boiler)
    del shared
    worker_state.update(tokens=tokens, shingles=doc_shingles, boiler=boiler, seed_tables=tables)
    return align_all(pairs, n_workers)


def _run_memo(
    texts: list[str],
    outlets: np.ndarray,
    thresholds: np.ndarray,
    params: ReuseParams,
    n_workers: int,
    memo: ReuseMemo,
) -> list[RawPassage]:
    """The run with a memo: shingles and pair passages it holds are taken, the rest computed.

    The result is the same raw passages as :func:`_run_all` (see :mod:`refrain.reuse.memo` for
    why each key covers everything its entry depends on)."""
    memo.start_run()
    keys = [doc_key(t, params) for t in texts]
    memo.live_shingles.update(keys)
    known = memo.shingles
    doc_shingles: list[np.ndarray] = [known.get(k) for k in keys]  # type: ignore[misc]
    tokens: dict[int, Tokens] = {}
    _tokenize_into(tokens, [d for d, s in enumerate(doc_shingles) if s is None], texts, n_workers)
    for d, t in tokens.items():
        doc_shingles[d] = shingles(t.hashes, params.ngram)
        memo.added_shingles[keys[d]] = doc_shingles[d]
    # An empty memo (a first run) aligns every pair: whole-corpus seed tables are then cheaper.
    whole = not memo.pairs
    found = candidates(doc_shingles, outlets, thresholds, params, shared=whole)
    worker_state["cutoffs"] = found.cutoffs
    pairs, boiler = found.pairs, found.boiler
    # Each document's boilerplate shingles, digested: the corpus-wide part of a pair's key.
    flags: dict[int, bytes] = {}
    if len(found.boiler_docs):
        cuts = np.nonzero(np.diff(found.boiler_docs))[0] + 1
        bounds = np.concatenate(([0], cuts, [len(found.boiler_docs)])).tolist()
        for lo, hi in zip(bounds[:-1], bounds[1:], strict=True):
            flags[int(found.boiler_docs[lo])] = flags_digest(found.boiler_hashes[lo:hi])
    fingerprint = pair_fingerprint(params)
    sides = {d: pair_side(keys[d], flags.get(d, b""), fingerprint) for d in np.unique(pairs).tolist()}
    raw: list[RawPassage] = []
    todo: list[int] = []
    todo_keys: list[bytes] = []
    for row, (a, b) in enumerate(pairs.tolist()):
        key = sides[a] + sides[b]
        memo.live_pairs.add(key)
        held = memo.pairs.get(key)
        if held is None:
            todo.append(row)
            todo_keys.append(key)
            continue
        for a_start, a_end, b_start, b_end, score, boilerplate, facts in held.tolist():
            raw.append(RawPassage(a, a_start, a_end, b, b_start, b_end, score, boilerplate, facts))
    memo.reused_pairs = len(pairs) - len(todo)
    memo.aligned_pairs = len(todo)
    if not todo:
        return raw
    todo_pairs = pairs[todo]
    involved = np.unique(todo_pairs).tolist()
    _tokenize_into(tokens, [d for d in involved if d not in tokens], texts, n_workers)
    tables: Sequence[SeedTable] | dict[int, SeedTable]
    if whole:
        tables = shared_seed_tables(doc_shingles, found.shared, params.max_repeats, outlets, boiler)
    else:
        tables = {
            d: seed_table(doc_shingles[d], params.max_repeats, int(outlets[d]), boiler) for d in involved
        }
    worker_state.update(tokens=tokens, shingles=doc_shingles, boiler=boiler, seed_tables=tables)
    aligned = align_all(todo_pairs, n_workers)
    by_pair: dict[tuple[int, int], list[RawPassage]] = defaultdict(list)
    for p in aligned:
        by_pair[(p.a, p.b)].append(p)
    for (a, b), key in zip(todo_pairs.tolist(), todo_keys, strict=True):
        memo.added_pairs[key] = np.array(
            [
                (p.a_start, p.a_end, p.b_start, p.b_end, p.score, p.boilerplate, p.facts)
                for p in by_pair.get((a, b), ())
            ],
            dtype=PASSAGE_DTYPE,
        )
    raw.extend(aligned)
    return raw


def _tokenize_into(tokens: dict[int, Tokens], numbers: list[int], texts: list[str], n_workers: int) -> None:
    if numbers:
        tokens.update(zip(numbers, tokenize_docs([texts[d] for d in numbers], n_workers), strict=True))


def build_result(
    docs: Sequence[ReuseDoc],
    raw: list[RawPassage],
    params: ReuseParams,
    outlet_thresholds: dict[str | None, int],
) -> ReuseResult:
    raw.sort(key=lambda p: (p.a, p.a_start, p.b, p.b_start))
    labels = group_passages(raw, params.cluster_overlap)
    clusters, relabel = build_clusters(docs, raw, labels, outlet_thresholds, params)
    boiler_cluster = {c.id for c in clusters if c.boilerplate}
    template_cluster = {c.id for c in clusters if c.template}
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
                # Facts differ and the frame recurs, or several facts changed (templates module).
                template=p.facts > 0 and (cid in template_cluster or p.facts >= params.template_min_facts),
            )
        )
    return ReuseResult(passages=passages, clusters=clusters)
