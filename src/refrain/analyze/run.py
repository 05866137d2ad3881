"""A run of `refrain analyze`: incremental, restartable, in batches, over worker processes.

Per-document analysers (quotes, claims) run only on documents not analysed yet; a batch's
findings and its "analysed" marks are written in one transaction (with those of the batches after
it that the workers finished meanwhile), so a crash loses at most the batches in flight (those
being written and those the workers analyse meanwhile) and a re-run picks up where it stopped. Corpus-wide results (reuse passages and
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
from concurrent.futures import Executor, Future, ProcessPoolExecutor
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
# Writing a batch costs the parent an opening, a transaction and a checkpoint of the file, which
# grow with the store (on the 33k Tehran Times store about as long as the workers take to analyse
# a batch): so every batch finished by then is written in the same opening, and enough are ahead
# that the workers still hold work while the parent writes several.
_AHEAD = 3

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


def _analyse_chunk(docs: list[Document], seconds: float) -> list[RowsOutcome]:
    return [analyse_to_rows(d, seconds) for d in docs]


@dataclass
class _InFlight:
    """A batch submitted: its first index in the run, its documents, and its outcomes to come
    (futures of a pool, one per chunk, or the lazy analysis in this process)."""

    first: int
    docs: list[Document]
    futures: list[Future[list[RowsOutcome]]] | None
    lazy: Iterator[RowsOutcome] | None = None

    def done(self) -> bool:
        """Whether its outcomes can be read without waiting (never, for the lazy analysis) and
        no worker died under it (a dead worker is said when the batch is the first in flight)."""
        return self.futures is not None and all(f.done() and f.exception() is None for f in self.futures)

    def outcomes(self) -> list[RowsOutcome]:
        """Its outcomes in the batch's order (waiting for them); a dead worker raises BrokenProcessPool."""
        if self.futures is None:
            return list(self.lazy or ())
        return [o for f in self.futures for o in f.result()]


def _submit(
    pool: Executor | None, first: int, docs: list[Document], seconds: float, workers: int
) -> _InFlight:
    """Start analysing a batch (in this process when no pool or a small batch: then the work
    happens as its outcomes are read)."""
    if pool is None or len(docs) < _MIN_POOL_BATCH:
        warm_worker()
        return _InFlight(first, docs, None, (analyse_to_rows(d, seconds) for d in docs))
    chunk = max(1, len(docs) // (workers * 4))
    try:
        futures = [
            pool.submit(_analyse_chunk, docs[i : i + chunk], seconds) for i in range(0, len(docs), chunk)
        ]
    except BrokenProcessPool as exc:  # a worker died under an earlier batch: said when this one is read
        failed: Future[list[RowsOutcome]] = Future()
        failed.set_exception(exc)
        futures = [failed]
    return _InFlight(first, docs, futures)


def _read_batches(
    store: Store, batches: list[list[str]], firsts: list[int]
) -> list[tuple[int, list[Document]]]:
    """The documents of several batches, read in one query: (first index, documents) per batch."""
    which = {doc_id: k for k, ids in enumerate(batches) for doc_id in ids}
    docs: list[list[Document]] = [[] for _ in batches]
    for doc in store.documents([doc_id for ids in batches for doc_id in ids]):
        docs[which[doc.id]].append(doc)
    return list(zip(firsts, docs, strict=True))


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
    Each opening of the file writes the findings of the first batch in flight, with those of the
    batches after it already finished, and reads as many later batches. With a pool, the workers
    always hold the next batches (``_AHEAD`` are submitted ahead), so they analyse while this
    process writes, reads and checkpoints the file: they are never idle waiting on the store.
    Batches are written in ingest order, so the store is the same as a run in one process.
    """
    access = target if isinstance(target, StoreAccess) else StoreAccess(target)
    if todo is None:
        with access.open() as store:
            todo = store.not_analysed(PER_DOCUMENT)
    batches = [todo[i : i + BATCH] for i in range(0, len(todo), BATCH)]
    seconds = limits.max_seconds_per_document
    pool = (
        ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(os.getpid(),))
        if workers > 1 and len(todo) >= _MIN_POOL_BATCH
        else None
    )
    ahead = _AHEAD if pool is not None else 0
    in_flight: deque[_InFlight] = deque()  # the batches submitted, in order
    submitted = 0  # batches read and submitted so far
    done = 0
    failures: list[DocumentFailure] = []
    try:
        if batches:
            submitted = min(ahead + 1, len(batches))
            with access.open() as store:
                read = _read_batches(store, batches[:submitted], [b * BATCH for b in range(submitted)])
            in_flight.extend(_submit(pool, first, docs, seconds, workers) for first, docs in read)
        while in_flight:
            # the first batch (waited for), and those after it the workers have finished meanwhile
            ready = [in_flight.popleft()]
            while in_flight and in_flight[0].done():
                ready.append(in_flight.popleft())
            outcomes = [(batch, _outcomes_of(batch, len(todo), done)) for batch in ready]
            more = list(range(submitted, min(submitted + len(ready), len(batches))))
            submitted += len(more)
            with access.open() as store:
                _write(store, [o for _, batch_outcomes in outcomes for o in batch_outcomes])
                read = _read_batches(store, [batches[b] for b in more], [b * BATCH for b in more])
            in_flight.extend(_submit(pool, first, docs, seconds, workers) for first, docs in read)
            for batch, batch_outcomes in outcomes:
                for f in batch_outcomes:
                    if isinstance(f, DocumentFailure):
                        failures.append(f)
                        if on_failure:
                            on_failure(f.name, f.reason)
                done += sum(not isinstance(o, DocumentFailure) for o in batch_outcomes)
                if progress:
                    progress("quotes and claims", batch.first + len(batch.docs), len(todo))
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return done, failures


def _outcomes_of(batch: _InFlight, total: int, done: int) -> list[RowsOutcome]:
    """A batch's outcomes (read with the file not held); a dead worker is one E301 error."""
    try:
        return batch.outcomes()
    except BrokenProcessPool as exc:
        raise RefrainError(
            Errors.E301, first=batch.first + 1, last=batch.first + len(batch.docs), total=total, done=done
        ) from exc


def _write(store: Store, outcomes: list[RowsOutcome]) -> None:
    """The findings of analysed documents and the failures, in one transaction."""
    results = [o for o in outcomes if not isinstance(o, DocumentFailure)]
    tables = {
        "quotes": [r for _, qs, _ in results for r in qs],
        "claims": [r for _, _, cs in results for r in cs],
    }
    failed = [(o.name, o.reason) for o in outcomes if isinstance(o, DocumentFailure)]
    store.write_findings(PER_DOCUMENT, [doc_id for doc_id, _, _ in results], tables, failed)


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
