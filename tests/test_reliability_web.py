"""The web UI as an attack surface: payloads in every stored field, traversal, parameters, read-only.

Starts from the web tests' corpus (hostile title, text, outlet, URL and speaker) and adds payloads
to every other field a page shows (role, organisation, venue, what, where, claimant, entity
names, cluster snippets, error paths). Then it crawls every page reachable from the overview,
as HTML and as JSON, and checks each answer.
"""

from __future__ import annotations

import inspect
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from fastapi.testclient import TestClient
from helpers import refrain
from test_web_corpus import web_corpus

from refrain.store import Store
from refrain.web import create_app

PAYLOAD = "<svg/onload=alert(7)>"
ATTR_BREAK = '"><i>broken</i>'
RAW_MARKERS = ["<script>alert", "<img src=x onerror", "<svg/onload", "<i>broken</i>", 'href="javascript:']
MAX_PAGES = 250  # the lists link their sorts, filters and downloads: more pages to reach every kind


def _poison(db: Path) -> None:
    """Payloads in every remaining field a page can show."""
    bad = f"{PAYLOAD}{ATTR_BREAK}"
    with Store(db) as store:
        store.con.execute(
            "UPDATE quotes SET role = ?, organisation = ?, venue = ?, cue = ?, stated_date = ? ",
            [bad, bad, bad, bad, bad],
        )
        store.con.execute(
            "UPDATE claims SET what = ?, where_text = ?, claimant = ?, when_text = ?", [bad] * 4
        )
        store.con.execute("UPDATE documents SET author = ? ", [bad])
        store.con.execute("UPDATE clusters SET snippet = ?, earliest_by = ?", [bad, bad])
        store.con.execute("UPDATE quote_families SET text = ?, speaker = ?", [bad, bad])
        store.con.execute("UPDATE entities SET name = ?, aliases = ?", [bad, f'["{PAYLOAD}"]'])
        store.add_error(f"crawl/{PAYLOAD}.html", f"broken {ATTR_BREAK}")
        store.con.execute(
            "UPDATE quotes SET entity_id = (SELECT min(id) FROM entities) WHERE speaker IS NOT NULL"
        )


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = tmp_path_factory.mktemp("web") / "poisoned.duckdb"
    shutil.copyfile(web_corpus().path, db)
    _poison(db)
    with TestClient(create_app(str(db))) as c:
        yield c


_HREF_RE = re.compile(r'href="([^"]+)"')


def crawl(client: TestClient) -> dict[str, object]:
    """Every same-site page reachable from / (at most MAX_PAGES), with its response."""
    seen: dict[str, object] = {}
    queue = ["/", "/search?q=families", "/search?q=" + PAYLOAD]
    while queue and len(seen) < MAX_PAGES:
        url = queue.pop(0)
        if url in seen:
            continue
        response = client.get(url)
        seen[url] = response
        if "text/html" not in response.headers.get("content-type", ""):
            continue
        for href in _HREF_RE.findall(response.text):
            href = href.replace("&amp;", "&")
            target = urljoin("http://testserver" + url, href)
            parts = urlsplit(target)
            if parts.netloc == "testserver" and not parts.path.startswith("/static"):
                queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return seen


@pytest.fixture(scope="module")
def pages(client: TestClient) -> dict[str, object]:
    return crawl(client)


def test_the_crawl_reaches_every_kind_of_page(pages: dict[str, object]) -> None:
    kinds = {urlsplit(url).path.split("/")[1] for url in pages}
    assert {"", "articles", "speakers", "quotes", "families", "reuse", "conflicts", "search"} <= kinds, kinds


def test_no_payload_is_ever_served_unescaped(pages: dict[str, object]) -> None:
    html_pages = 0
    for url, response in pages.items():
        if "text/html" not in response.headers["content-type"]:  # type: ignore[attr-defined]
            # JSON and CSV carry the stored text as data; nosniff keeps a browser from reading it as HTML.
            content_type = response.headers["content-type"]  # type: ignore[attr-defined]
            assert content_type.startswith(("application/json", "text/csv")), url
            if content_type.startswith("text/csv"):  # a download, never shown inline
                assert response.headers["content-disposition"].startswith("attachment"), url  # type: ignore[attr-defined]
            continue
        html_pages += 1
        body = response.text  # type: ignore[attr-defined]
        for marker in RAW_MARKERS:
            assert marker not in body, f"{url} serves {marker!r} unescaped"
        assert not re.search(r"""(href|src|action)\s*=\s*["']?\s*javascript:""", body, re.I), url
    assert html_pages >= 20
    shown = [url for url, r in pages.items() if "&lt;svg/onload=alert(7)&gt;" in r.text]  # type: ignore[attr-defined]
    assert len(shown) >= 5, (
        "the payloads are shown (escaped) on the pages, so the check above means something"
    )


def test_every_answer_has_the_security_headers_and_no_server_error(pages: dict[str, object]) -> None:
    for url, response in pages.items():
        assert response.status_code < 500, url  # type: ignore[attr-defined]
        csp = response.headers["content-security-policy"]  # type: ignore[attr-defined]
        assert "script-src 'self'" in csp and "object-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert response.headers["x-content-type-options"] == "nosniff"  # type: ignore[attr-defined]


def test_json_twins_carry_the_payload_as_data_not_markup(
    client: TestClient, pages: dict[str, object]
) -> None:
    for url in [u for u in pages if "?" not in u][:40]:
        r = client.get(url, params={"format": "json"})
        assert r.status_code < 500 and r.headers["content-type"].startswith("application/json"), url
        assert "content-security-policy" in r.headers


TRAVERSALS = [
    "/static/../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd", "/static/..%2f..%2fetc%2fpasswd",
    "/static/%252e%252e%252f%252e%252e%252fetc%252fpasswd", "/static/....//....//etc/passwd",
    "/static/..%5c..%5cetc%5cpasswd", "/static/%c0%ae%c0%ae/etc/passwd", "/static//etc/passwd",
    "/static/style.css/../../../etc/passwd", "/articles/..%2f..%2f..%2fetc%2fpasswd",
    "/speakers/../../../etc/passwd", "/speakers/..%2f..%2f..%2fetc%2fpasswd",
    "/quotes/..%2f..%2fetc%2fpasswd", "/reuse/..%2f..%2fetc/passwd", "/api/articles/..%2f..%2fetc%2fpasswd",
    "/%2e%2e/%2e%2e/etc/passwd", "/static/%00../../etc/passwd",
]  # fmt: skip


@pytest.mark.parametrize("url", TRAVERSALS)
def test_no_route_reads_files_outside_the_package(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code in (400, 404), (url, r.status_code)
    assert "root:" not in r.text and "import " not in r.text
    assert "content-security-policy" in r.headers


@pytest.mark.parametrize(
    "url",
    ["/families/abc", "/families/99999999999999999999999", "/conflicts/-1x", "/articles?page=0",
     "/articles?page=-5", "/articles?page=1e9", "/search?q=" + "x" * 5000,
     "/articles?sort=seq%3Bdrop", "/articles?date_from=2024'--", "/articles?date_to=%3Cx%3E",
     "/articles?language=en%27%20OR%201", "/articles?kind=%3Cscript%3E", "/reuse?date_from=yesterday",
     "/articles?outlet=" + "x" * 400, "/search?q=dam&speaker=" + "x" * 400, "/articles?format=csv%0a",
     "/articles?format=xml", "/articles/" + "a" * 5000, "/speakers/%00", "/quotes/%ff%fe",
     "/families?sort=size%3Bdrop", "/speakers?sort=quotes--", "/conflicts?sort=%3Cx%3E",
     "/families?date_to=soon", "/search?q=dam&format=csv&rows=all", "/search?q=&format=csv",
     "/reuse?sort=%3Cx%3E", "/crosslingual/abc", "/crosslingual/99999999999999999999999", "/crosslingual?page=0"],
)  # fmt: skip
def test_bad_path_and_query_parameters_are_client_errors(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert 400 <= r.status_code < 500, (url, r.status_code)
    assert "Traceback" not in r.text


@pytest.mark.parametrize(
    "url",
    ["/articles?outlet={p}", "/articles?speaker={p}", "/articles?outlet={p}&sort=title", "/reuse?outlet={p}",
     "/search?q=dam&outlet={p}&speaker={p}", "/articles?speaker={p}&format=csv",
     "/families?outlet={p}&speaker={p}&sort=date", "/speakers?outlet={p}&speaker={p}", "/conflicts?speaker={p}",
     "/families?speaker={p}&format=csv", "/search?q=dam&speaker={p}&format=csv&rows=articles"],
)  # fmt: skip
def test_hostile_filter_values_are_data_in_queries_and_escaped_in_pages(client: TestClient, url: str) -> None:
    from urllib.parse import quote

    r = client.get(url.format(p=quote(PAYLOAD + ATTR_BREAK + "'; DROP TABLE documents; --%_")))
    assert r.status_code == 200, (url, r.status_code)
    assert not any(marker in r.text for marker in RAW_MARKERS), url
    assert client.get("/api/articles").json()["total"] > 0  # nothing was run as SQL


def test_the_app_opens_the_store_read_only(client: TestClient) -> None:
    database = client.app.state.database  # type: ignore[attr-defined]
    with database.store() as store:
        assert store.read_only
        with pytest.raises(Exception, match="(?i)read.only"):
            store.con.execute("DELETE FROM documents")
        assert store.count("documents") > 0


def test_only_get_is_answered(client: TestClient) -> None:
    for method in ("post", "put", "delete", "patch"):
        r = getattr(client, method)("/articles")
        assert r.status_code == 405


def test_serve_listens_on_localhost_by_default() -> None:
    from refrain import cli
    from refrain.web import app as web_app

    assert inspect.signature(cli.serve).parameters["host"].default == "127.0.0.1"
    assert inspect.signature(web_app.run).parameters["host"].default == "127.0.0.1"
    help_text = refrain("serve", "--help", timeout=60).stdout
    assert "127.0.0.1" in help_text
