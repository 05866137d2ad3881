"""Settings: every limit in one frozen object, each default stated once, read by the modules that apply it."""

from __future__ import annotations

import importlib

import pytest

from refrain.settings import SETTINGS, BatchSettings, Settings, StoreSettings, ViewSettings, WebSettings


def test_the_modules_read_their_limits_from_the_settings() -> None:
    from refrain.analyze import run
    from refrain.report import (
        CONFLICT_GROUPS,
        CROSSLINGUAL_FAMILIES,
        FAMILIES,
        FLOWS,
        NETWORK_EDGES,
        OUTLETS,
        TIMELINE_POINTS,
        TOP_SPEAKERS,
    )
    from refrain.store import connect, search_index
    from refrain.store.queries import paging
    from refrain.web import db, params

    assert (run.BATCH, run._MIN_POOL_BATCH) == (SETTINGS.batches.analyze, SETTINGS.batches.min_pool)
    assert (connect._FIRST_RETRY_S, connect._MAX_RETRY_S) == (
        SETTINGS.store.first_retry_s,
        SETTINGS.store.max_retry_s,
    )
    assert search_index.REBUILD_SHARE == SETTINGS.store.index_rebuild_share
    assert (db.LOCK_WAIT_S, db.IDLE_CLOSE_S, db.WRITER_YIELD_S, db.CACHE_ENTRIES) == (
        SETTINGS.web.lock_wait_s,
        SETTINGS.web.idle_close_s,
        SETTINGS.web.writer_yield_s,
        SETTINGS.web.cache_entries,
    )
    views = SETTINGS.views
    speakers = importlib.import_module(
        "refrain.store.queries.speakers"
    )  # the package's `speakers` is a function
    assert (paging.PAGE_SIZE, params.MAX_PAGE) == (views.page_size, views.max_page)
    assert (speakers.TIMELINE_MAX_POINTS, speakers.SPEAKER_MAX_QUOTES) == (
        views.timeline_max_points,
        views.speaker_max_quotes,
    )
    assert (TOP_SPEAKERS, TIMELINE_POINTS, NETWORK_EDGES, CONFLICT_GROUPS) == (
        views.report_top_speakers,
        views.report_timeline_points,
        views.report_network_edges,
        views.report_conflict_groups,
    )
    assert (CROSSLINGUAL_FAMILIES, FAMILIES, FLOWS, OUTLETS) == (
        views.report_crosslingual_families,
        views.report_families,
        views.outlet_flows,
        views.report_outlets,
    )


def test_the_web_waits_less_than_a_command_on_purpose() -> None:
    # A page must answer (503 after a second), a command may queue behind another for 30 s.
    assert SETTINGS.web.lock_wait_s < SETTINGS.store.lock_wait_s


def test_the_reuse_parameters_are_carried_and_can_be_replaced() -> None:
    from refrain.reuse import DEFAULT_PARAMS, ReuseParams

    assert SETTINGS.reuse is DEFAULT_PARAMS
    own = Settings(reuse_params=ReuseParams(max_df=50))
    assert own.reuse.max_df == 50 and own.limits == SETTINGS.limits


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: BatchSettings(ingest=0), "BatchSettings.ingest must be positive, got 0"),
        (lambda: StoreSettings(max_retry_s=-1), "StoreSettings.max_retry_s must be positive"),
        (lambda: WebSettings(lock_wait_s=-0.5), "WebSettings.lock_wait_s must be 0 or more"),
        (lambda: ViewSettings(page_size=0), "ViewSettings.page_size must be positive"),
    ],
)
def test_a_wrong_setting_fails_when_made(make, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make()


def test_zero_waits_are_allowed() -> None:
    assert StoreSettings(lock_wait_s=0).lock_wait_s == 0
    assert WebSettings(lock_wait_s=0, idle_close_s=0).idle_close_s == 0
