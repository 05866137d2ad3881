"""Opening the store for one request, read-only, and telling a busy store from a missing one.

DuckDB lets one process write a file or several read it, never both: while `refrain analyze`
holds the store, opening it fails. Each request opens its own read-only connection (and closes it
when the response is built), so the server never blocks a writer for longer than one request and
never shares a connection between threads.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from refrain.errors import StoreError
from refrain.store import Store


class StoreUnavailable(StoreError):
    """The store cannot be read right now: ``busy`` when a writer holds it, else missing or broken."""

    def __init__(self, message: str, *, busy: bool) -> None:
        super().__init__(message)
        self.busy = busy


@contextmanager
def read_only_store(db_path: str) -> Iterator[Store]:
    """A read-only Store for the span of one request."""
    if not Path(db_path).exists():
        raise StoreUnavailable(f"no store at {Path(db_path).name} (run `refrain ingest` first)", busy=False)
    try:
        store = Store(db_path, read_only=True)
    except StoreError as exc:
        text = str(exc).lower()
        busy = "lock" in text
        reason = (
            "the store is being updated by another process (probably `refrain analyze`); "
            "try again when it has finished"
            if busy
            else "the store cannot be opened"
        )
        raise StoreUnavailable(reason, busy=busy) from exc
    try:
        yield store
    finally:
        store.close()
