"""Settings carried as one frozen object; each default is stated once, here."""

from __future__ import annotations

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
    """

    max_file_bytes: int = 50_000_000
    max_html_depth: int = 5_000
    max_decompressed_bytes: int = 200_000_000
    max_records: int = 10_000_000
    max_field_bytes: int = 20_000_000

    def __post_init__(self) -> None:
        for name in ("max_file_bytes", "max_html_depth", "max_decompressed_bytes", "max_records"):
            if getattr(self, name) <= 0:
                raise ValueError(f"Limits.{name} must be positive, got {getattr(self, name)}")


# Shared default (Limits is frozen, so one instance serves every call).
DEFAULT_LIMITS = Limits()
