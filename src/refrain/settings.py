"""Settings carried as one frozen object; each default is stated once, here.

:class:`Settings` gathers every limit refrain applies: what a file may hold (:class:`Limits`),
how long opening a store waits and how it retries (:class:`StoreSettings`), how many documents
go in one transaction (:class:`BatchSettings`), how the web UI shares the store with writers
(:class:`WebSettings`), how much a page shows (:class:`ViewSettings`) and the knobs of reuse detection (:class:`refrain.reuse.ReuseParams`,
stated in refrain.reuse.params and carried here). ``SETTINGS`` is the default one; modules read
their defaults from it rather than stating numbers of their own.

>>> SETTINGS.store.lock_wait_s, SETTINGS.web.lock_wait_s, SETTINGS.batches.ingest
(30.0, 1.0, 500)
>>> SETTINGS.reuse.max_df, SETTINGS.reuse.boilerplate_min_docs
(200, 10)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from refrain.errors import Errors, SettingsError

if TYPE_CHECKING:
    from refrain.reuse.params import ReuseParams


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


def _check_positive(settings: object, *, zero_allowed: tuple[str, ...] = ()) -> None:
    """Every field a positive number (or 0, for those named): a wrong setting fails when made."""
    for name, value in vars(settings).items():
        if value < 0 or (value == 0 and name not in zero_allowed):
            raise ValueError(
                f"{type(settings).__name__}.{name} must be {'0 or more' if name in zero_allowed else 'positive'}, "
                f"got {value}"
            )


@dataclass(frozen=True)
class StoreSettings:
    """Opening a store file another process holds (DuckDB allows one writer process, and no
    reader beside it): wait at most ``lock_wait_s`` (``$REFRAIN_LOCK_WAIT_S`` overrides it),
    retrying after ``first_retry_s``, doubling up to ``max_retry_s`` between tries.
    ``index_rebuild_share``: past this share of a table's rows changed, the search index is built
    afresh rather than updated (it costs less)."""

    lock_wait_s: float = 30.0
    first_retry_s: float = 0.02
    max_retry_s: float = 0.5
    index_rebuild_share: float = 0.25  # past this share of rows changed, the search index is rebuilt

    def __post_init__(self) -> None:
        _check_positive(self, zero_allowed=("lock_wait_s",))


@dataclass(frozen=True)
class BatchSettings:
    """How much work goes in one transaction.

    ``ingest``: documents `refrain ingest` writes per transaction. ``analyze``: documents
    `refrain analyze` reads, analyses and saves per opening of the store (a crash loses at most
    one batch). ``min_pool``: below this many documents a batch is analysed in this process (a
    process pool costs more than it saves).
    """

    ingest: int = 500
    analyze: int = 256
    min_pool: int = 32

    def __post_init__(self) -> None:
        _check_positive(self)


@dataclass(frozen=True)
class WebSettings:
    """The web UI reads the store between writers' batches, so its waits are short, on purpose.

    ``lock_wait_s``: how long one request waits for a writer to let go of the file before it
    answers 503 (not ``StoreSettings.lock_wait_s``: a page must answer, not queue for 30 s).
    ``idle_close_s``: the UI lets go of the file after this long without a request.
    ``writer_yield_s``: how long a request waits for a writer that announced itself to get the file.
    ``cache_entries``: query results kept between requests.
    """

    lock_wait_s: float = 1.0
    idle_close_s: float = 1.0
    writer_yield_s: float = 1.0
    cache_entries: int = 512

    def __post_init__(self) -> None:
        _check_positive(self, zero_allowed=("lock_wait_s", "idle_close_s", "writer_yield_s", "cache_entries"))


@dataclass(frozen=True)
class ViewSettings:
    """How much one page of the web UI, or the report, shows.

    ``page_size``: rows a list page shows; ``max_page``: the highest page number a request may ask
    for. ``timeline_max_points``/``speaker_max_quotes``: a speaker page's timeline and quotes are
    cut at these. ``overview_*``: the outlets, most quoted speakers and most repeated quotes the overview page lists. ``outlet_flows``:
    the outlet pairs the picture of who copies whom draws from (the reuse page and the report).
    ``report_*``: the report's top speakers, timeline points, network edges, conflict groups,
    outlets, repeated quotes and statements across languages shown in full.
    """

    page_size: int = 50
    max_page: int = 1_000_000
    timeline_max_points: int = 3000
    speaker_max_quotes: int = 20_000
    report_top_speakers: int = 20
    report_timeline_points: int = 4000
    report_network_edges: int = 150
    report_conflict_groups: int = 50
    overview_outlets: int = 20
    overview_top_speakers: int = 10
    overview_families: int = 5
    outlet_flows: int = 30
    report_outlets: int = 30
    report_families: int = 10
    report_crosslingual_families: int = 10

    def __post_init__(self) -> None:
        _check_positive(self)


@dataclass(frozen=True)
class Settings:
    """Every limit refrain applies, in one frozen object (see the module docstring).

    ``reuse_params``: None stands for refrain.reuse.params.DEFAULT_PARAMS, read through ``reuse``
    (reuse is a heavy package, imported only when asked for; settings is read everywhere).
    """

    limits: Limits = field(default_factory=Limits)
    store: StoreSettings = field(default_factory=StoreSettings)
    batches: BatchSettings = field(default_factory=BatchSettings)
    web: WebSettings = field(default_factory=WebSettings)
    views: ViewSettings = field(default_factory=ViewSettings)
    reuse_params: ReuseParams | None = None

    @property
    def reuse(self) -> ReuseParams:
        if self.reuse_params is not None:
            return self.reuse_params
        from refrain.reuse.params import DEFAULT_PARAMS

        return DEFAULT_PARAMS


SETTINGS = Settings()

# Shared default (Limits is frozen, so one instance serves every call).
DEFAULT_LIMITS = SETTINGS.limits

# REFRAIN_LOCK_WAIT_S overrides StoreSettings.lock_wait_s.
LOCK_WAIT_ENV = "REFRAIN_LOCK_WAIT_S"
DEFAULT_LOCK_WAIT_S = StoreSettings.lock_wait_s


def lock_wait_seconds() -> float:
    """Seconds to wait for a store held by another process: ``$REFRAIN_LOCK_WAIT_S`` or the default.

    Raises SettingsError (a ValueError) when the variable is not 0 or more seconds.
    """
    raw = os.environ.get(LOCK_WAIT_ENV, "").strip()
    if not raw:
        return DEFAULT_LOCK_WAIT_S
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(Errors.E002, env=LOCK_WAIT_ENV, raw=raw) from None
    if value < 0:
        raise SettingsError(Errors.E003, env=LOCK_WAIT_ENV, raw=raw)
    return value
