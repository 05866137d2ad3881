"""Reading the store from many requests without keeping a writer out for long.

DuckDB lets one process write a file or several read it, never both: while `refrain analyze`
holds the store, opening it fails (the pages answer 503), and while the server holds it open,
`analyze` cannot start. So the server opens the store read-only when a request needs it, gives
each request its own cursor (DuckDB connections are not thread-safe; cursors are separate
connections to one database), and closes the file once no request has used it for
``idle_close_s`` seconds, letting a writer in between bursts of reading.

While the file is open read-only nobody can change it, so answers are cached for exactly that
long (a bounded LRU, dropped when the file is closed): a page loaded twice in a burst is built once.
"""

from __future__ import annotations

import atexit
import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import duckdb

from refrain.errors import StoreError
from refrain.settings import SETTINGS
from refrain.store import Store, connect_with_retry, writer_waiting_marker

T = TypeVar("T")
# Defaults stated once, in refrain.settings.WebSettings (what each one is for is said there).
IDLE_CLOSE_S = SETTINGS.web.idle_close_s
CACHE_ENTRIES = SETTINGS.web.cache_entries
LOCK_WAIT_S = SETTINGS.web.lock_wait_s
WRITER_YIELD_S = SETTINGS.web.writer_yield_s


class StoreUnavailable(StoreError):
    """The store cannot be read right now: ``busy`` when a writer holds it, else missing or broken."""

    def __init__(self, message: str, *, busy: bool) -> None:
        super().__init__(message)
        self.busy = busy


Memo = Callable[[Hashable, Callable[[], Any]], Any]


class _CursorStore(Store):
    """A Store over one cursor of a shared read-only connection (closing it closes only the cursor).

    ``memo(key, compute)``: corpus-wide values that many pages read (the ranking of all speakers),
    computed once while the file stays open; None outside the web app.
    """

    def __init__(
        self, path: str, cursor: duckdb.DuckDBPyConnection, generation: int = 0, memo: Memo | None = None
    ) -> None:
        # No super().__init__: there is nothing to open.
        self.path = path
        self.read_only = True
        self.con = cursor
        self.generation = generation  # which opening of the file this cursor belongs to
        self.memo = memo


def _open(db_path: str, lock_wait_s: float = LOCK_WAIT_S) -> duckdb.DuckDBPyConnection:
    if not Path(db_path).exists():
        raise StoreUnavailable(f"no store at {Path(db_path).name} (run `refrain ingest` first)", busy=False)
    try:
        # A writer that lets go of the file between batches leaves room: wait a little for it.
        return connect_with_retry(db_path, read_only=True, lock_wait_s=lock_wait_s)
    except (duckdb.Error, StoreError) as exc:
        text = str(exc).lower()
        busy = "lock" in text or "busy" in text or "different configuration" in text
        reason = (
            "the store is being updated by another process (probably `refrain analyze`); "
            "try again when it has finished"
            if busy
            else "the store cannot be opened: " + str(exc).splitlines()[0]
        )
        raise StoreUnavailable(reason, busy=busy) from exc


class ReadOnlyDatabase:
    """One read-only connection shared by the requests in flight, closed when idle."""

    def __init__(
        self, db_path: str, *, idle_close_s: float = IDLE_CLOSE_S, lock_wait_s: float = LOCK_WAIT_S
    ) -> None:
        self.path = str(db_path)
        self._marker = writer_waiting_marker(self.path)
        self.lock_wait_s = lock_wait_s
        self.idle_close_s = idle_close_s
        self._lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._active = 0
        self._last_used = 0.0
        self._stop = threading.Event()
        self._reaper: threading.Thread | None = None
        self._generation = 0
        self._cache: OrderedDict[Hashable, Any] = OrderedDict()
        self._memo: dict[Hashable, Any] = {}  # a few corpus-wide values, kept as long as the cache
        self._memo_locks: dict[Hashable, threading.Lock] = {}
        self._building: dict[Hashable, threading.Lock] = {}  # pages being built, by cache key
        self.cache_hits = self.cache_misses = 0
        _OPEN.add(self)

    @contextmanager
    def store(self) -> Iterator[Store]:
        """A Store for one request, over its own cursor."""
        self._yield_to_waiting_writer()
        with self._lock:
            if self._con is None:
                self._con = _open(self.path, self.lock_wait_s)
                self._generation += 1
                self._clear()
                self._start_reaper()
            self._active += 1
            cursor = self._con.cursor()
            generation = self._generation
        try:
            yield _CursorStore(
                self.path, cursor, generation, lambda key, compute: self.memo(generation, key, compute)
            )
        finally:
            cursor.close()
            with self._lock:
                self._active -= 1
                self._last_used = time.monotonic()
                if self._active == 0 and self._con is not None and self._marker.exists():
                    self._con.close()  # the last reader out lets a waiting writer in
                    self._con = None
                    self._clear()

    def cached(self, store: Store, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, or its answer from earlier while the file has stayed open.

        Requests for a page no one has built yet wait for the first of them to build it (twenty
        clients asking for the overview at once built it twenty times over, 17 s each on 33,694
        articles); the lock of a page lives only while it is being built.
        """
        generation = getattr(store, "generation", None)
        with self._lock:
            if (hit := self._hit(generation, key)) is not None:
                return hit[0]
            building = self._building.setdefault(key, threading.Lock())
        with building:
            try:
                with self._lock:
                    if (hit := self._hit(generation, key)) is not None:
                        return hit[0]
                value = compute()
                with self._lock:
                    self.cache_misses += 1
                    if generation == self._generation and self._con is not None:
                        self._cache[key] = value
                        while len(self._cache) > CACHE_ENTRIES:
                            self._cache.popitem(last=False)
                return value
            finally:
                with self._lock:
                    if self._building.get(key) is building:
                        del self._building[key]

    def _hit(self, generation: int | None, key: Hashable) -> tuple[Any] | None:
        """(the cached answer,) when there is one for this opening of the file (lock held)."""
        if generation == self._generation and key in self._cache:
            self._cache.move_to_end(key)
            self.cache_hits += 1
            return (self._cache[key],)
        return None

    def memo(self, generation: int, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()`` once per opening of the file (not evicted like the page cache: few keys, read often).

        Requests that need the same value at once wait for the first to compute it (at start-up,
        twenty requests for the speakers list would otherwise group every quote twenty times).
        """
        with self._lock:
            if generation == self._generation and key in self._memo:
                return self._memo[key]
            key_lock = self._memo_locks.setdefault(key, threading.Lock())
        with key_lock:
            with self._lock:
                if generation == self._generation and key in self._memo:
                    return self._memo[key]
            value = compute()
            with self._lock:
                if generation == self._generation and self._con is not None:
                    self._memo[key] = value
        return value

    def _clear(self) -> None:
        self._cache.clear()
        self._memo.clear()

    def _yield_to_waiting_writer(self) -> None:
        """While a writer waits for the file (it keeps a marker file), let go of it between requests.

        Without this, steady traffic would keep the read-only connection open for good and the
        writer (`refrain analyze`) would give up. The request then waits (bounded) for the writer's
        short batch write like any reader.
        """
        if not self._marker.exists():
            return
        with self._lock:
            if self._con is not None and self._active == 0:
                self._con.close()
                self._con = None
                self._clear()
        deadline = time.monotonic() + WRITER_YIELD_S
        while self._marker.exists() and time.monotonic() < deadline:
            time.sleep(0.02)

    def close_if_idle(self) -> bool:
        with self._lock:
            if (
                self._con is not None
                and self._active == 0
                and time.monotonic() - self._last_used >= self.idle_close_s
            ):
                self._con.close()
                self._con = None
                self._clear()
                return True
        return False

    @property
    def is_open(self) -> bool:
        return self._con is not None

    def _start_reaper(self) -> None:
        if self._reaper is None or not self._reaper.is_alive():
            self._reaper = threading.Thread(target=self._reap, name="refrain-store-reaper", daemon=True)
            self._reaper.start()

    def _reap(self) -> None:
        while not self._stop.wait(min(0.25, self.idle_close_s)):
            if self.close_if_idle():
                return

    def close(self) -> None:
        self._stop.set()
        reaper = self._reaper
        if reaper is not None and reaper is not threading.current_thread():
            reaper.join(timeout=5)  # its own close done before ours: none left running at exit
        with self._lock:
            self._clear()
            if self._con is not None:
                self._con.close()
                self._con = None


# Every database not yet collected. At interpreter exit each is closed and its reaper joined before
# daemon threads are stopped: a reaper stopped inside DuckDB's close aborts the whole process
# ("terminate called without an active exception", duckdb/duckdb#13904), after the work is done.
_OPEN: weakref.WeakSet[ReadOnlyDatabase] = weakref.WeakSet()


@atexit.register
def close_all() -> None:
    """Close every open read-only database and stop its reaper thread (run at exit)."""
    for db in list(_OPEN):
        db.close()


@contextmanager
def read_only_store(db_path: str) -> Iterator[Store]:
    """A read-only Store of its own (for one-off checks; the app shares a ReadOnlyDatabase)."""
    con = _open(db_path, lock_wait_s=0)
    try:
        yield _CursorStore(db_path, con)
    finally:
        con.close()
