"""A run of `refrain analyze`: incremental, restartable, in batches, over worker processes.

Per-document analysers (quotes, claims) run only on documents not analysed yet; each batch's
findings and its "analysed" marks are written in one transaction, so a crash loses at most the
batch in flight and a re-run picks up where it stopped. Corpus-wide results (reuse passages and
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
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from refrain.analyze.access import StoreAccess
from refrain.analyze.corpus import recompute_corpus_links
from refrain.analyze.document import DocumentFailure, Outcome, analyse_within, warm_worker
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

Progress = Callable[[str, int, int], None]  # (stage, done, total)
OnFailure = Callable[[str, str], None]  # (document name, reason)


@dataclass
class AnalyzeReport:
    documents: int = 0
    analysed_now: int = 0
    corpus_recomputed: bool = False
    failed: list[tuple[str, str]] = field(default_factory=list)  # (document name, reason)
    timings: dict[str, float] = field(default_factory=dict)
    search_index: str = "not asked"  # "rebuilt", "updated", "up to date" or "not built (why)"


def _analyse_batch(
    docs: list[Document], seconds: float, pool: Executor | None, workers: int
) -> list[Outcome]:
    if pool is None or len(docs) < _MIN_POOL_BATCH:
        warm_worker()
        return [analyse_within(d, seconds) for d in docs]
    chunk = max(1, len(docs) // (workers * 4))
    return list(pool.map(analyse_within, docs, [seconds] * len(docs), chunksize=chunk))


def _start_worker(parent: int) -> None:
    """A pool worker's first step: end with the parent (never orphaned), then warm the analysers."""
    die_with_parent(parent)
    warm_worker()


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
    Each opening of the file writes one batch's findings and reads the next batch.
    """
    access = target if isinstance(target, StoreAccess) else StoreAccess(target)
    docs: list[Document] = []
    if todo is None or todo:
        with access.open() as store:
            todo = store.not_analysed(PER_DOCUMENT) if todo is None else todo
            docs = list(store.documents(todo[:BATCH]))
    done = 0
    failures: list[DocumentFailure] = []
    seconds = limits.max_seconds_per_document
    pool = (
        ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(os.getpid(),))
        if workers > 1 and len(todo) >= _MIN_POOL_BATCH
        else None
    )
    try:
        for i in range(0, len(todo), BATCH):
            try:
                outcomes = _analyse_batch(docs, seconds, pool, workers)  # the file is not held here
            except BrokenProcessPool as exc:
                raise RefrainError(
                    Errors.E301, first=i + 1, last=i + len(docs), total=len(todo), done=done
                ) from exc
            results = [o for o in outcomes if not isinstance(o, DocumentFailure)]
            failed = [o for o in outcomes if isinstance(o, DocumentFailure)]
            tables = {
                "quotes": [r for doc_id, qs, _ in results for r in quote_rows(doc_id, qs)],
                "claims": [r for doc_id, _, cs in results for r in claim_rows(doc_id, cs)],
            }
            with access.open() as store:
                store.write_findings(
                    PER_DOCUMENT,
                    [doc_id for doc_id, _, _ in results],
                    tables,
                    [(f.name, f.reason) for f in failed],
                )
                next_ids = todo[i + BATCH : i + 2 * BATCH]  # read while the file is open anyway
                next_docs = list(store.documents(next_ids)) if next_ids else []
            for f in failed:
                failures.append(f)
                if on_failure:
                    on_failure(f.name, f.reason)
            done += len(results)
            if progress:
                progress("quotes and claims", i + len(docs), len(todo))
            docs = next_docs
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
