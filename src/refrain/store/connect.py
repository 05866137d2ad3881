"""Opening a store file: retrying with backoff while another process holds DuckDB's lock.

DuckDB lets one process write a file, or several read it, never both. A writer that waits for
the lock leaves a marker file beside the store so that readers holding it (the web UI) let go.
"""

from __future__ import annotations

import time
from pathlib import Path

import duckdb

from refrain.errors import Errors, StoreError
from refrain.settings import SETTINGS, lock_wait_seconds

_FIRST_RETRY_S = SETTINGS.store.first_retry_s
_MAX_RETRY_S = SETTINGS.store.max_retry_s


def is_lock_error(exc: BaseException) -> bool:
    """True when DuckDB refused a file because another process holds its lock."""
    return isinstance(exc, duckdb.Error) and "lock" in str(exc).lower()


def connect_with_retry(
    path: str, *, read_only: bool, lock_wait_s: float | None = None
) -> duckdb.DuckDBPyConnection:
    """Open a DuckDB file, retrying with backoff while another process holds its lock.

    DuckDB lets one process write a file, or several read it, never both; a writer that commits
    per batch and lets go of the file between batches leaves room for readers, and the other way
    round. Waits at most ``lock_wait_s`` seconds (default: ``$REFRAIN_LOCK_WAIT_S`` or 30), then
    raises StoreError saying who holds the file.
    """
    try:
        wait = lock_wait_seconds() if lock_wait_s is None else lock_wait_s
    except ValueError as exc:
        raise StoreError.from_error(exc) from None
    deadline = time.monotonic() + wait
    delay = _FIRST_RETRY_S
    marker: Path | None = None
    try:
        while True:
            try:
                return duckdb.connect(path, read_only=read_only)
            except duckdb.Error as exc:
                first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                if not is_lock_error(exc):
                    raise StoreError(Errors.E202, path=path, detail=first_line) from exc
                left = deadline - time.monotonic()
                if left <= 0:
                    raise StoreError(Errors.E203, path=path, wait=wait) from exc
                if not read_only and marker is None:
                    marker = _announce_writer(path)
                time.sleep(min(delay, left))
                delay = min(delay * 2, _MAX_RETRY_S)
    finally:
        if marker is not None:
            marker.unlink(missing_ok=True)


def writer_waiting_marker(path: str) -> Path:
    """The file a writer keeps while it waits for the lock, so that readers that hold the file
    (the web UI) let go between requests instead of keeping it busy under steady traffic."""
    return Path(f"{path}.writer-waiting")


def _announce_writer(path: str) -> Path | None:
    marker = writer_waiting_marker(path)
    try:
        marker.touch()
    except OSError:  # a read-only folder: readers then fall back to closing when idle
        return None
    return marker
