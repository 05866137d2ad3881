"""Browser tests of the families, speakers and conflicts lists with filters and sorting applied, of
who copies whom drawn on the reuse page, and of a cross-language family side by side (Persian laid
out right to left beside English). Same browser and rules as test_pages.py."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import test_pages
from test_pages import Watched, _assert_nothing_ran, _free_port, _open, screenshot

# The fixtures of test_pages.py, shared by name (the same browser, page and server).
_browser_available = test_pages._browser_available
browser, page, server = test_pages.browser, test_pages.page, test_pages.server


def test_families_filtered_by_outlet_and_sorted_keep_both_in_the_url(server: str, page: Watched) -> None:
    _open(page, server + "/families")
    p = page.page
    every = p.locator("table tbody tr").count()
    p.fill("form.filters input[name=outlet]", "Valley Post")
    p.click("form.filters button")
    p.wait_for_url("**/families?outlet=Valley+Post*")
    kept = p.locator("table tbody tr").count()
    assert 1 <= kept < every
    p.click("th a:has-text('First printed')")
    assert "outlet=Valley+Post" in p.url and "sort=date" in p.url
    assert p.locator("form.filters input[name=outlet]").input_value() == "Valley Post"
    csv = p.locator("a:has-text('CSV (all rows)')").get_attribute("href")
    assert "outlet=Valley+Post" in csv and "sort=date" in csv and "format=csv" in csv
    screenshot(page, "families-filtered")
    _assert_nothing_ran(page)


def test_speakers_narrowed_to_a_part_of_a_name_and_sorted_by_name(server: str, page: Watched) -> None:
    _open(page, server + "/speakers")
    p = page.page
    p.fill("form.filters input[name=speaker]", "vell")
    p.click("form.filters button:has-text('Filter')")
    p.wait_for_url("**/speakers?*speaker=vell*")
    names = p.locator("table tbody tr td:first-child").all_inner_texts()
    assert names and all("vell" in n.lower() for n in names)
    p.click("th a:has-text('Speaker')")
    assert "speaker=vell" in p.url and "sort=speaker" in p.url
    sorted_names = p.locator("table tbody tr td:first-child").all_inner_texts()
    assert [n.lower() for n in sorted_names] == sorted(n.lower() for n in sorted_names)
    screenshot(page, "speakers-filtered")
    _assert_nothing_ran(page)


def test_conflicts_ordered_by_the_widest_gap_keep_the_outlet_filter(server: str, page: Watched) -> None:
    _open(page, server + "/conflicts?outlet=Valley+Post")
    p = page.page
    assert p.locator("section.conflict").count() >= 1
    p.click("p.sorts a:has-text('widest gap')")
    assert "outlet=Valley+Post" in p.url and "sort=-spread" in p.url
    assert p.locator("p.sorts strong").inner_text() == "widest gap"
    assert p.locator("section.conflict").count() >= 1
    _assert_nothing_ran(page)


def test_the_reuse_page_draws_who_copies_whom_with_arrows(server: str, page: Watched) -> None:
    _open(page, server + "/reuse")
    p = page.page
    chart = p.locator("#copying svg")
    assert chart.count() == 1 and chart.bounding_box()["height"] > 200
    assert p.locator("#copying svg path[marker-end]").count() >= 1
    assert p.locator("#copying svg circle").count() >= 2
    screenshot(page, "reuse-list")
    _assert_nothing_ran(page)


@pytest.fixture(scope="module")
def crosslingual_server() -> Iterator[str]:
    """The web UI over the invented cross-language store of tests/test_web_crosslingual.py."""
    from test_web_crosslingual import build_store

    db = build_store(Path(tempfile.mkdtemp()) / "xl.duckdb")
    port = _free_port()
    code = f"from refrain.web import run; run({str(db)!r}, host='127.0.0.1', port={port})"
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + test_pages.START_TIMEOUT_S
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(base + "/static/style.css", timeout=1):
                    break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("the server did not answer in time")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=5)


def test_a_cross_language_family_shows_persian_right_to_left_beside_english(
    crosslingual_server: str, page: Watched
) -> None:
    from test_web_crosslingual import FAMILY

    _open(page, f"{crosslingual_server}/crosslingual/{FAMILY}")
    p = page.page
    columns = p.locator(".languages section.language")
    assert columns.count() == 2
    persian, english = columns.nth(0), columns.nth(1)
    direction = "e => getComputedStyle(e).direction"
    assert persian.locator("blockquote").first.evaluate(direction) == "rtl"
    assert english.locator("blockquote").first.evaluate(direction) == "ltr"
    # side by side: the Persian column on the left half, the English one beside it
    left, right = persian.bounding_box(), english.bounding_box()
    assert left["x"] + left["width"] <= right["x"] + 1 and abs(left["y"] - right["y"]) < 5
    assert persian.locator(".shared-number").count() == 2 and english.locator(".shared-number").count() == 4
    assert p.locator("span.badge:has-text('first')").first.is_visible()
    screenshot(page, "crosslingual")
    _assert_nothing_ran(page)


def test_search_narrowed_to_an_outlet_keeps_the_query_and_the_filter(server: str, page: Watched) -> None:
    _open(page, server + "/search?q=water")
    p = page.page
    every = p.locator("ol.hits li").count()
    p.fill("form.filters input[name=outlet]", "Valley Post")
    p.click("form.filters button:has-text('Filter')")
    p.wait_for_url("**/search?*outlet=Valley+Post*")
    assert "q=water" in p.url
    hits = p.locator("ol.hits li").all_inner_texts()
    assert 1 <= len(hits) < every and all("Valley Post" in h for h in hits)
    assert p.locator("ol.hits mark").first.inner_text().lower() == "water"
    assert p.locator("form.filters input[name=outlet]").input_value() == "Valley Post"
    csv = p.locator("a:has-text('CSV of the articles found')").get_attribute("href")
    assert "outlet=Valley+Post" in csv and "q=water" in csv and "format=csv" in csv
    screenshot(page, "search-filtered")
    _assert_nothing_ran(page)


def test_shared_passages_narrowed_to_an_outlet_keep_the_filter_in_the_sorts(
    server: str, page: Watched
) -> None:
    _open(page, server + "/reuse")
    p = page.page
    pairs = "table:has(th:has-text('Earlier article')) tbody"
    every = p.locator(pairs + " tr").count()
    p.fill("form.filters input[name=outlet]", "Valley Post")
    p.click("form.filters button:has-text('Filter')")
    p.wait_for_url("**/reuse?*outlet=Valley+Post*")
    rows = p.locator(pairs + " tr").all_inner_texts()
    assert 1 <= len(rows) < every and all("Valley Post" in r for r in rows)
    p.click("th a:has-text('Passages')")
    assert "outlet=Valley+Post" in p.url and "sort=" in p.url
    _assert_nothing_ran(page)
