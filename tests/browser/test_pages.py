"""Browser tests: what a person sees on each page type, and that hostile article text never runs.

The browser is driven by Playwright's Python package but is the system's /usr/bin/chromium
(`scripts/install-browser.sh` installs it); Playwright's own browser downloads are never used.
Without a browser the tests skip with the reason, except under CI=true, where they fail.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("REFRAIN_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
# Starting the server imports the whole app: on a loaded shared machine that takes more than 10 s.
START_TIMEOUT_S = 60.0
SCREENSHOTS = os.environ.get("REFRAIN_SCREENSHOTS")  # a folder: save one PNG per page type there


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def _unavailable(reason: str) -> None:
    if _in_ci():
        pytest.fail(f"CI=true but the browser tests cannot run: {reason}")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# test_lists_and_languages.py shares these session fixtures by importing them, which registers them
# a second time: the second registration must reuse the first's browser and server (a second
# sync_playwright() inside the first one's event loop fails).
_SHARED: dict[str, object] = {}


@pytest.fixture(scope="module", autouse=True)
def _browser_available() -> None:
    """Skip (fail under CI) before anything is built when there is no browser to drive."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _unavailable("the playwright package is not installed (.venv/bin/pip install playwright)")
    if not CHROMIUM.exists():
        _unavailable(f"no browser at {CHROMIUM} (run: bash scripts/install-browser.sh)")


@pytest.fixture(scope="session")
def server() -> Iterator[str]:
    """The web UI over the test corpus, served by uvicorn in its own process; yields the base URL."""
    if "server" in _SHARED:
        yield str(_SHARED["server"])
        return
    from test_web_corpus import web_corpus

    db = web_corpus().path
    port = _free_port()
    code = f"from refrain.web import run; run({str(db)!r}, host='127.0.0.1', port={port})"
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
                pytest.fail(f"the server exited early: {out[-2000:]}")
            try:
                with urllib.request.urlopen(base + "/static/style.css", timeout=1):
                    break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail(f"the server did not answer within {START_TIMEOUT_S:.0f} s")
        _SHARED["server"] = base
        yield base
    finally:
        _SHARED.pop("server", None)
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if "browser" in _SHARED:
        yield _SHARED["browser"]
        return
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed (.venv/bin/pip install playwright)")
    if not CHROMIUM.exists():
        _unavailable(f"no browser at {CHROMIUM} (run: bash scripts/install-browser.sh)")
    with sync_playwright() as pw:
        try:
            b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        except Exception as exc:  # noqa: BLE001 - any launch failure means: no usable browser here
            _unavailable(f"chromium at {CHROMIUM} would not start: {str(exc).splitlines()[0]}")
        _SHARED["browser"] = b
        try:
            yield b
        finally:
            _SHARED.pop("browser", None)
            b.close()


class Watched:
    """A page that records dialogs (alert/confirm), console errors and a tripwire flag set by payloads."""

    def __init__(self, page: object) -> None:
        self.page = page
        self.dialogs: list[str] = []
        self.console_errors: list[str] = []
        page.on("dialog", self._dialog)
        page.on("console", lambda msg: msg.type == "error" and self.console_errors.append(msg.text))
        page.on("pageerror", lambda exc: self.console_errors.append(str(exc)))
        # Any script that runs in the page (a payload) would call alert; make it also leave a flag.
        page.add_init_script(
            "window.__executed = false;"
            "const mark = () => { window.__executed = true; };"
            "for (const name of ['alert', 'confirm', 'prompt']) {"
            "  const original = window[name];"
            "  window[name] = (...args) => { mark(); return original.apply(window, args); };"
            "}"
        )

    def _dialog(self, dialog: object) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def executed(self) -> bool:
        return bool(self.dialogs) or bool(self.page.evaluate("window.__executed"))


@pytest.fixture
def page(browser: object) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=True)
    watched = Watched(context.new_page())
    yield watched
    context.close()


def screenshot(watched: Watched, name: str) -> None:
    """Save a full-page PNG when REFRAIN_SCREENSHOTS names a folder (run once, by hand, to refresh docs)."""
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        watched.page.screenshot(path=str(Path(SCREENSHOTS) / f"{name}.png"), full_page=True)


# -- the pages --------------------------------------------------------------------------------------------
from urllib.parse import quote  # noqa: E402

from test_web_corpus import FAMILY_ID, HOSTILE_SPEAKER, PAYLOAD_IMG, PAYLOAD_SCRIPT, web_corpus  # noqa: E402


def _open(page: Watched, url: str) -> None:
    response = page.page.goto(url, wait_until="load")
    assert response is not None and response.status == 200, f"{url}: HTTP {response and response.status}"


def _assert_nothing_ran(page: Watched) -> None:
    assert not page.executed(), f"a payload ran: dialogs {page.dialogs}"
    dom = page.page.evaluate(
        "() => ({scripts: document.scripts.length, imgs: document.querySelectorAll('img').length,"
        " handlers: [...document.querySelectorAll('*')].filter(e => [...e.attributes].some("
        "   a => a.name.startsWith('on'))).length,"
        " jsLinks: [...document.querySelectorAll('[href], [src]')].filter(e => /^\\s*javascript:/i.test("
        "   e.getAttribute('href') || e.getAttribute('src') || '')).length})"
    )
    assert dom == {"scripts": 0, "imgs": 0, "handlers": 0, "jsLinks": 0}


def test_overview_shows_the_counts_and_links_to_every_section(server: str, page: Watched) -> None:
    _open(page, server + "/")
    p = page.page
    assert p.locator("h1").inner_text() == "Corpus overview"
    assert "articles" in p.locator(".stats").inner_text()
    assert p.locator("table a", has_text="Ada Vell").count() >= 1
    screenshot(page, "overview")
    p.click("header nav >> text=Conflicts")
    assert p.url.endswith("/conflicts")
    assert page.console_errors == []


def test_hostile_article_renders_as_text_and_runs_nothing(server: str, page: Watched) -> None:
    corpus = web_corpus()
    _open(page, f"{server}/articles/{corpus.hostile_a}")
    p = page.page
    # The payloads are shown to the reader as the text they are.
    assert p.locator("h1").inner_text().startswith(PAYLOAD_SCRIPT)
    body = p.locator(".text").inner_text()
    assert PAYLOAD_IMG in body and "javascript:alert(1)" in body
    # The stored javascript: URL is not a link.
    assert p.locator("a[href^='javascript']").count() == 0
    _assert_nothing_ran(page)
    assert page.console_errors == []  # no CSP violations either


def test_article_marks_quotes_by_speaker_claims_and_reuse(server: str, page: Watched) -> None:
    corpus = web_corpus()
    _open(page, f"{server}/articles/{corpus.hostile_a}")
    p = page.page
    legend = p.locator(".legend").inner_text()
    assert "Ada Vell" in legend and HOSTILE_SPEAKER in legend
    colours = {p.locator(".legend .swatch").nth(i).get_attribute("class") for i in range(2)}
    assert len(colours) == 2  # one colour a speaker
    # The quote and the claim overlap: the overlapping words carry both marks.
    assert p.locator(".text .quote.claim").count() >= 1
    assert "".join(p.locator(".text .quote.claim").all_inner_texts()) == "We moved 300 families"
    assert p.locator(".text .quote.claim.figure").inner_text() == "300 families"
    assert p.locator(".text .claim.conflict").count() >= 1
    assert p.locator(".text .reuse").count() >= 1
    screenshot(page, "article")
    p.locator(".text a.marker", has_text="↔1").click()
    p.wait_for_url("**/reuse/**")
    assert p.locator(".pair.passage").count() == 1
    assert "Valley Post" in p.locator(".pair.head").inner_text()
    screenshot(page, "reuse")
    _assert_nothing_ran(page)


def test_speaker_page_plots_quotes_and_links_to_articles(server: str, page: Watched) -> None:
    _open(page, f"{server}/speakers/{quote('Ada Vell', safe='')}")
    p = page.page
    assert p.locator("h1").inner_text() == "Ada Vell"
    assert p.locator("svg.chart circle").count() == 2
    assert "Valley Post" in p.locator(".outlets").inner_text()
    screenshot(page, "speaker")
    p.locator("svg.chart a").first.click()
    p.wait_for_url("**/articles/**")
    assert p.locator(".text .quote").count() >= 1


def test_hostile_speaker_name_is_a_working_link_and_runs_nothing(server: str, page: Watched) -> None:
    _open(page, f"{server}/speakers/{quote(HOSTILE_SPEAKER, safe='')}")
    assert page.page.locator("h1").inner_text() == HOSTILE_SPEAKER
    _assert_nothing_ran(page)


def test_provenance_shows_first_appearance_and_word_differences(server: str, page: Watched) -> None:
    _open(page, f"{server}/families/{FAMILY_ID}")
    p = page.page
    assert p.locator("tr.first .badge", has_text="first").count() == 1
    assert p.locator(".variants ins").count() >= 1 and p.locator(".variants del").count() >= 1
    screenshot(page, "provenance")
    _assert_nothing_ran(page)


def test_conflicts_page_puts_the_disagreeing_figures_side_by_side(server: str, page: Watched) -> None:
    _open(page, f"{server}/conflicts")
    p = page.page
    values = (
        p.locator("section.conflict", has_text="family|moved").locator(".claimcard .value").all_inner_texts()
    )
    assert sorted(values) == ["300 families", "500 families", "900 families"]
    screenshot(page, "conflicts")
    _assert_nothing_ran(page)


def test_search_box_finds_articles_and_quotes(server: str, page: Watched) -> None:
    _open(page, server + "/")
    p = page.page
    p.fill("form.search input[name=q]", "reservoir")
    p.click("form.search button")
    p.wait_for_url("**/search?q=reservoir*")
    assert p.locator("ol.hits li").count() >= 1
    assert p.locator("ol.hits mark").first.inner_text().lower() == "reservoir"
    screenshot(page, "search")
    _assert_nothing_ran(page)


def test_filters_narrow_the_articles_list_and_stay_in_the_url(server: str, page: Watched) -> None:
    _open(page, server + "/articles")
    p = page.page
    p.fill("form.filters input[name=outlet]", "Valley Post")
    p.click("form.filters button")
    p.wait_for_url("**/articles?outlet=Valley+Post*")
    outlets = p.locator("table tbody tr td:nth-child(2)").all_inner_texts()
    assert outlets and set(outlets) == {"Valley Post"}
    assert p.locator("form.filters input[name=outlet]").input_value() == "Valley Post"
    p.click("th a:has-text('Date')")  # sorting keeps the filter
    assert "outlet=Valley+Post" in p.url and "sort=" in p.url
    assert (
        p.locator("a:has-text('CSV (all rows)')")
        .get_attribute("href")
        .startswith("/articles?outlet=Valley+Post")
    )
    _assert_nothing_ran(page)


def test_reuse_shows_who_copies_whom_and_marks_earlier_and_later(server: str, page: Watched) -> None:
    _open(page, server + "/reuse")
    p = page.page
    assert p.locator("#copying table tbody tr").count() >= 1
    assert (
        p.locator("span.badge:has-text('earlier')").count()
        == p.locator("span.badge:has-text('later')").count()
        >= 1
    )
    _assert_nothing_ran(page)
