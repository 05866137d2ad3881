"""A run of `refrain analyze`: incremental, restartable, in batches, over worker processes.

Per-document analysers (quotes, claims) run only on documents not analysed yet; each batch's
findings and its "analysed" marks are written in one transaction, so a crash loses at most the
batches in flight (the one being written and the one the workers analyse meanwhile) and a re-run
picks up where it stopped. Corpus-wide results (reuse passages and
clusters, quote families, conflict groups, entities) are recomputed from the stored spans when the
set of documents has changed, and replaced in one transaction.

Given a store *path*, ``analyze`` holds the file only while it reads a batch or writes one: the
analysis itself runs with the file released, so a `refrain serve` (or any read-only query) can
open it between batches. Opening retries with backoff while another process holds the file
(:func:`refrain.store.connect_with_retry`).

Each document gets at most ``Limits.max_seconds_per_document`` of analysis (a SIGALRM timer in
the process that analyses it); one that runs over, or that makes an analyser fail, is recorded in
the errors table, reported through ``on_failure`` and skipped (not marked analysed, so a re-run
with a higher limit tries it again); the run goes on.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from refrain.analyze.access import StoreAccess
from refrain.analyze.corpus import recompute_corpus_links, stored_cutoff_line
from refrain.analyze.document import DocumentFailure, analyse_within, warm_worker
from refrain.analyze.lifeline import die_with_parent
from refrain.document import Document
from refrain.errors import Errors, RefrainError, StoreError
from refrain.settings import DEFAULT_LIMITS, SETTINGS, Limits
from refrain.store import Store
from refrain.store.corpus import corpus_fingerprint
from refrain.store.rows import claim_rows, quote_rows

PER_DOCUMENT = "quotes+claims"
BATCH = SETTINGS.batches.analyze  # documents read, analysed and saved per opening of the store
# Below this many documents a batch is analysed in this process (a pool costs more than it saves).
_MIN_POOL_BATCH = SETTINGS.batches.min_pool

# Batches submitted to the pool beyond the one being written: the workers analyse them meanwhile.
_AHEAD = 1

Progress = Callable[[str, int, int], None]  # (stage, done, total)
# (document id, its quotes rows, its claims rows), or why it was skipped
RowsOutcome = tuple[str, list[dict[str, Any]], list[dict[str, Any]]] | DocumentFailure
OnFailure = Callable[[str, str], None]  # (document name, reason)


@dataclass
class AnalyzeReport:
    documents: int = 0
    analysed_now: int = 0
    corpus_recomputed: bool = False
    failed: list[tuple[str, str]] = field(default_factory=list)  # (document name, reason)
    timings: dict[str, float] = field(default_factory=dict)
    search_index: str = "not asked"  # "rebuilt", "updated", "up to date" or "not built (why)"
    reuse_cutoffs: str = ""  # what reuse's frequency limits left out, one line ('' when nothing)


def analyse_to_rows(doc: Document, seconds: float) -> RowsOutcome:
    """One document's ``quotes`` and ``claims`` rows (made where it was analysed, in a worker: the
    parent only writes them), or a DocumentFailure (over ``seconds``, or an analyser raised)."""
    outcome = analyse_within(doc, seconds)
    if isinstance(outcome, DocumentFailure):
        return outcome
    doc_id, found_quotes, found_claims = outcome
    return doc_id, quote_rows(doc_id, found_quotes), claim_rows(doc_id, found_claims)


def _start_worker(parent: int) -> None:
    """A pool worker's first step: end with the parent (never orphaned), then warm the analysers."""
    die_with_parent(parent)
    warm_worker()


def _submit(
    pool: Executor | None, docs: list[Document], seconds: float, workers: int
) -> Iterator[RowsOutcome]:
    """Start analysing a batch; its outcomes in the batch's order, lazily (in this process when no
    pool or a small batch: then the work happens as the iterator is read)."""
    if pool is None or len(docs) < _MIN_POOL_BATCH:
        warm_worker()
        return (analyse_to_rows(d, seconds) for d in docs)
    chunk = max(1, len(docs) // (workers * 4))
    try:
        return pool.map(analyse_to_rows, docs, [seconds] * len(docs), chunksize=chunk)
    except BrokenProcessPool as exc:  # a worker died under an earlier batch: said when this one is read
        return _raise(exc)


def _raise(exc: BaseException) -> Iterator[RowsOutcome]:
    raise exc
    yield  # a generator: raises when read, like the outcomes of a batch a dead worker held


def analyse_new_documents(
    target: Store | StoreAccess,
    *,
    workers: int,
    progress: Progress | None = None,
    limits: Limits = DEFAULT_LIMITS,
    on_failure: OnFailure | None = None,
    todo: list[str] | None = None,
) -> tuple[int, list[DocumentFailure]]:
    """Analyse every document not analysed yet; return how many were analysed and which failed.

    ``todo``: their ids in ingest order, when the caller has just read them (saves an opening).
    Each opening of the file writes one batch's findings and reads a later batch. With a pool,
    the workers always hold the next batch (``_AHEAD`` batches are submitted ahead), so they
    analyse while this process writes, reads and checkpoints the file: they are never idle
    waiting on the store. Batches are written in ingest order, so the store is the same as a
    run in one process.
    """
    access = target if isinstance(target, StoreAccess) else StoreAccess(target)
    if todo is None:
        with access.open() as store:
            todo = store.not_analysed(PER_DOCUMENT)
    batches = [todo[i : i + BATCH] for i in range(0, len(todo), BATCH)]
    done = 0
    failures: list[DocumentFailure] = []
    seconds = limits.max_seconds_per_document
    pool = (
        ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(os.getpid(),))
        if workers > 1 and len(todo) >= _MIN_POOL_BATCH
        else None
    )
    ahead = _AHEAD if pool is not None else 0
    # (first index, documents, their outcomes as they come) of the batches submitted, in order
    in_flight: deque[tuple[int, list[Document], Iterator[RowsOutcome]]] = deque()
    try:
        if batches:
            with access.open() as store:
                for b in range(min(ahead + 1, len(batches))):
                    docs = list(store.documents(batches[b]))
                    in_flight.append((b * BATCH, docs, _submit(pool, docs, seconds, workers)))
        for b in range(len(batches)):
            first, docs, pending = in_flight.popleft()
            try:
                outcomes = list(pending)  # the file is not held here
            except BrokenProcessPool as exc:
                raise RefrainError(
                    Errors.E301, first=first + 1, last=first + len(docs), total=len(todo), done=done
                ) from exc
            results = [o for o in outcomes if not isinstance(o, DocumentFailure)]
            failed = [o for o in outcomes if isinstance(o, DocumentFailure)]
            tables = {
                "quotes": [r for _, qs, _ in results for r in qs],
                "claims": [r for _, _, cs in results for r in cs],
            }
            later = b + ahead + 1  # the batch to read while the file is open anyway
            with access.open() as store:
                store.write_findings(
                    PER_DOCUMENT,
                    [doc_id for doc_id, _, _ in results],
                    tables,
                    [(f.name, f.reason) for f in failed],
                )
                later_docs = list(store.documents(batches[later])) if later < len(batches) else None
            if later_docs is not None:
                in_flight.append((later * BATCH, later_docs, _submit(pool, later_docs, seconds, workers)))
            for f in failed:
                failures.append(f)
                if on_failure:
                    on_failure(f.name, f.reason)
            done += len(results)
            if progress:
                progress("quotes and claims", first + len(docs), len(todo))
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return done, failures


def analyze(
    store: Store | str | Path,
    *,
    workers: int | None = None,
    aliases: str | None = None,
    progress: Progress | None = None,
    force: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    on_failure: OnFailure | None = None,
    lock_wait_s: float | None = None,
    search_index: bool = True,
) -> AnalyzeReport:
    """Analyse every document of the store not analysed yet, then refresh corpus-wide links.

    ``store``: an open Store (held for the whole run), or a path (opened per batch and released
    while documents are analysed, so readers can get in). ``on_failure(name, reason)`` hears of
    each document skipped for running over ``limits.max_seconds_per_document`` or failing.
    ``search_index``: (re)build the full-text index the web UI searches with, when the corpus changed.
    """
    access = StoreAccess(store, lock_wait_s=lock_wait_s)
    workers = workers or os.cpu_count() or 1
    with access.open() as s:  # one opening for everything known before the analysis
        report = AnalyzeReport(documents=s.count("documents"))
        todo = s.not_analysed(PER_DOCUMENT)
        # analyze adds no documents, so the fingerprint of the documents is known now. (One
        # ingested meanwhile by another process is not analysed yet: the next run analyses it,
        # which recomputes the corpus links and the search index.)
        fingerprint = links_fingerprint(s, aliases)
        stale = s.get_meta("corpus_fingerprint") != fingerprint
    t0 = time.perf_counter()
    report.analysed_now, failures = analyse_new_documents(
        access, workers=workers, progress=progress, limits=limits, on_failure=on_failure, todo=todo
    )
    report.failed = [(f.name, f.reason) for f in failures]
    report.timings["per_document"] = time.perf_counter() - t0
    if force or report.analysed_now or stale:
        t1 = time.perf_counter()
        recompute_corpus_links(
            access, workers=workers, aliases=aliases, progress=progress, fingerprint=fingerprint
        )
        report.corpus_recomputed = True
        report.timings["corpus"] = time.perf_counter() - t1
    with access.open() as s:  # stated on every run, recomputed or not: never silence
        report.reuse_cutoffs = stored_cutoff_line(s)
    if search_index:
        t2 = time.perf_counter()
        report.search_index = refresh_search_index(access, fingerprint)
        report.timings["search_index"] = time.perf_counter() - t2
    return report


def links_fingerprint(store: Store, aliases: str | None) -> str:
    """What the corpus links were made from: the documents and the alias file's name."""
    return corpus_fingerprint(store) + f":{aliases or ''}"


def refresh_search_index(access: Store | StoreAccess, fingerprint: str) -> str:
    """Bring the full-text index up to date when it was made for another corpus (or never).

    Says what happened: "up to date", "updated" (the rows added or changed since were indexed in
    place), "rebuilt", or "not built (why)". Its own fingerprint is written after the work, so an
    index interrupted half-way is brought up to date again by the next run.
    """
    from refrain.store.search_index import INDEX_FORMAT, update_index

    access = access if isinstance(access, StoreAccess) else StoreAccess(access)
    # The index's format is part of its fingerprint: one built by an older refrain is redone.
    index_fingerprint = f"{fingerprint}:index-format-{INDEX_FORMAT}"
    with access.open() as s:
        if s.get_meta("search_index_fingerprint") == index_fingerprint:
            return "up to date"
        try:
            done = update_index(s)
        except StoreError as exc:  # e.g. the fts extension package missing: search falls back to ILIKE
            return f"not built ({exc})"
        s.set_meta("search_index_fingerprint", index_fingerprint)
    if any(d in ("built", "rebuilt") for d in done.values()):
        return "rebuilt"
    return "updated" if any(d.startswith("updated") for d in done.values()) else "up to date"
