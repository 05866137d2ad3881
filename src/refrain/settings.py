"""Settings carried as one frozen object; each default is stated once, here."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Guards against inputs that would exhaust memory or time.

    ``max_file_bytes``: a file larger than this on disk is refused.
    ``max_html_depth``: HTML nested deeper than this is refused before it reaches lxml.
    ``max_decompressed_bytes``: a gzip stream that inflates past this is refused (zip-bomb guard).
    ``max_records``: at most this many records (JSONL lines, CSV rows, feed entries, WARC records)
    are read from one file.
    ``max_field_bytes``: CSV fields longer than this are refused (the csv module's own guard).
    ``max_seconds_per_document``: `refrain analyze` stops analysing one document after this many
    seconds, records it in the errors table and goes on (0 turns the guard off).
    """

    max_file_bytes: int = 50_000_000
    max_html_depth: int = 5_000
    max_decompressed_bytes: int = 200_000_000
    max_records: int = 10_000_000
    max_field_bytes: int = 20_000_000
    max_seconds_per_document: float = 60.0

    def __post_init__(self) -> None:
        for name in ("max_file_bytes", "max_html_depth", "max_decompressed_bytes", "max_records"):
            if getattr(self, name) <= 0:
                raise ValueError(f"Limits.{name} must be positive, got {getattr(self, name)}")
        if self.max_seconds_per_document < 0:
            raise ValueError(
                f"Limits.max_seconds_per_document must be 0 (off) or positive, got {self.max_seconds_per_document}"
            )


# Shared default (Limits is frozen, so one instance serves every call).
DEFAULT_LIMITS = Limits()

# How long opening a store waits for another process's lock to go (DuckDB allows one writer
# process, and no reader beside it), retrying with backoff; REFRAIN_LOCK_WAIT_S overrides it.
LOCK_WAIT_ENV = "REFRAIN_LOCK_WAIT_S"
DEFAULT_LOCK_WAIT_S = 30.0


def lock_wait_seconds() -> float:
    """Seconds to wait for a store held by another process: ``$REFRAIN_LOCK_WAIT_S`` or the default."""
    raw = os.environ.get(LOCK_WAIT_ENV, "").strip()
    if not raw:
        return DEFAULT_LOCK_WAIT_S
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"{LOCK_WAIT_ENV}={raw!r} is not a number of seconds") from None
    if value < 0:
        raise ValueError(f"{LOCK_WAIT_ENV} must be 0 or more seconds, got {raw}")
    return value
