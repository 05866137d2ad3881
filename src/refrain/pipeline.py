"""`refrain analyze`: run every analyser over a store, incrementally and restartably.

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

import json
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from refrain.document import Document
from refrain.errors import RefrainError
from refrain.settings import DEFAULT_LIMITS, Limits
from refrain.store import Store, insert_rows

PER_DOCUMENT = "quotes+claims"
BATCH = 256
# Below this many documents a batch is analysed in this process (a pool costs more than it saves).
_MIN_POOL_BATCH = 32

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


@dataclass(frozen=True, slots=True)
class DocumentFailure:
    """A document the analysers could not finish: over its time limit, or an analyser raised."""

    doc_id: str
    name: str
    reason: str


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


class DocumentTimeout(Exception):
    """Raised by the SIGALRM handler inside the analysis of a document that ran over its limit."""


def _on_alarm(_signum: int, _frame: Any) -> None:
    raise DocumentTimeout


Outcome = tuple[str, list[Any], list[Any]] | DocumentFailure


def analyse_within(doc: Document, seconds: float) -> Outcome:
    """``analyse_document(doc)``, or a DocumentFailure when it runs over ``seconds`` or raises.

    The limit is a SIGALRM interval timer, so it works only in a process's main thread (worker
    processes, the CLI); elsewhere, and with ``seconds == 0``, the document runs unbounded.
    """
    timed = seconds > 0 and threading.current_thread() is threading.main_thread()
    previous: Any = None
    try:
        if timed:
            previous = signal.signal(signal.SIGALRM, _on_alarm)
            signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            return analyse_document(doc)
        finally:
            if timed:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
    except DocumentTimeout:
        return DocumentFailure(
            doc.id,
            doc.name,
            f"analysis took longer than {seconds:g} s (Limits.max_seconds_per_document, "
            "--max-seconds-per-document); skipped",
        )
    except Exception as exc:  # noqa: BLE001 - one document must never stop the run
        detail = (str(exc).strip().splitlines() or [""])[0][:200]
        return DocumentFailure(
            doc.id,
            doc.name,
            f"analysis failed ({type(exc).__name__}{f': {detail}' if detail else ''}); skipped",
        )


_WARM_UP = Document(
    text="“We will reopen the quay in March,” Ilse Marnet, the board chair, said on Tuesday. "
    "Officials said 40 workers were hired last year, about 12 percent more than in 2019.",
    source="<warm-up>",
    date="2024-03-01",
    outlet="Warm-up",
)
_warmed = False


def _warm_worker() -> None:
    """Import the analysers and fill their lazy caches before any document's timer starts."""
    global _warmed
    if not _warmed:
        _warmed = True
        try:
            analyse_document(_WARM_UP)  # word lists, patterns, number parsing: not a document's time
        except Exception:  # noqa: BLE001 - a warm-up must never break the pool; documents will say
            pass


def _analyse_batch(
    docs: list[Document], seconds: float, pool: Executor | None, workers: int
) -> list[Outcome]:
    if pool is None or len(docs) < _MIN_POOL_BATCH:
        _warm_worker()
        return [analyse_within(d, seconds) for d in docs]
    chunk = max(1, len(docs) // (workers * 4))
    return list(pool.map(analyse_within, docs, [seconds] * len(docs), chunksize=chunk))


class StoreAccess:
    """How `analyze` reaches the store: a Store held throughout, or a path opened per step.

    With a path, each step opens the file (waiting, bounded, for another process's lock) and
    closes it again, so readers get in while documents are being analysed.
    """

    def __init__(self, target: Store | str | Path, *, lock_wait_s: float | None = None) -> None:
        self.held = target if isinstance(target, Store) else None
        self.path = None if isinstance(target, Store) else str(target)
        self.lock_wait_s = lock_wait_s

    @contextmanager
    def open(self) -> Iterator[Store]:
        if self.held is not None:
            yield self.held
            return
        assert self.path is not None
        store = Store(self.path, lock_wait_s=self.lock_wait_s)
        try:
            yield store
        finally:
            store.close()


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
        ProcessPoolExecutor(max_workers=workers, initializer=_warm_worker)
        if workers > 1 and len(todo) >= _MIN_POOL_BATCH
        else None
    )
    try:
        for i in range(0, len(todo), BATCH):
            try:
                outcomes = _analyse_batch(docs, seconds, pool, workers)  # the file is not held here
            except BrokenProcessPool as exc:
                raise RefrainError(
                    f"a worker process died while analysing documents {i + 1}-{i + len(docs)} of "
                    f"{len(todo)} (out of memory?); {done} analysed documents are saved, run "
                    "`refrain analyze` again to go on (with --workers 1 to find the document)"
                ) from exc
            results = [o for o in outcomes if not isinstance(o, DocumentFailure)]
            failed = [o for o in outcomes if isinstance(o, DocumentFailure)]
            found_q = {doc_id: quote_rows(doc_id, qs) for doc_id, qs, _ in results}
            found_c = {doc_id: claim_rows(doc_id, cs) for doc_id, _, cs in results}
            with access.open() as store:
                with store.transaction() as con:
                    ids = list(found_q)
                    con.execute("DELETE FROM quotes WHERE doc_id IN (SELECT unnest(?))", [ids])
                    con.execute("DELETE FROM claims WHERE doc_id IN (SELECT unnest(?))", [ids])
                    _insert(con, "quotes", [r for rows in found_q.values() for r in rows])
                    _insert(con, "claims", [r for rows in found_c.values() for r in rows])
                    store.mark_analysed(PER_DOCUMENT, ids, con=con)
                    store.add_errors([(f.name, f.reason) for f in failed], con=con)
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


def _insert(con: Any, table: str, rows: list[dict[str, Any]]) -> None:
    insert_rows(con, table, rows)


def corpus_fingerprint(store: Store) -> str:
    n, mx = store.con.execute("SELECT count(*), coalesce(max(seq), -1) FROM documents").fetchone()  # type: ignore[misc]
    return f"{n}:{mx}"


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
    from refrain.corpus import recompute_corpus_links

    access = StoreAccess(store, lock_wait_s=lock_wait_s)
    workers = workers or os.cpu_count() or 1
    with access.open() as s:  # one opening for everything known before the analysis
        report = AnalyzeReport(documents=s.count("documents"))
        todo = s.not_analysed(PER_DOCUMENT)
        # analyze adds no documents, so the fingerprint of the documents is known now. (One
        # ingested meanwhile by another process is not analysed yet: the next run analyses it,
        # which recomputes the corpus links and the search index.)
        fingerprint = corpus_fingerprint(s) + f":{aliases or ''}"
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


def refresh_search_index(access: StoreAccess, fingerprint: str) -> str:
    """Bring the full-text index up to date when it was made for another corpus (or never).

    Says what happened: "up to date", "updated" (the rows added or changed since were indexed in
    place), "rebuilt", or "not built (why)". Its own fingerprint is written after the work, so an
    index interrupted half-way is brought up to date again by the next run.
    """
    from refrain.errors import StoreError
    from refrain.store.search_index import INDEX_FORMAT, update_index

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
