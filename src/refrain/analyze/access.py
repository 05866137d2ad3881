"""How `analyze` reaches the store: a Store held throughout, or a path opened per step."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from refrain.store import Store


class StoreAccess:
    """A Store held for the whole run, or a store path opened (and closed again) for each step.

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
