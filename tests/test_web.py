"""The web UI, through FastAPI's TestClient: every page type, its JSON twin, errors and safety."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from test_web_corpus import (
    CONFLICT_ID,
    FAMILY_ID,
    HOSTILE_SPEAKER,
    PAYLOAD_IMG,
    PAYLOAD_SCRIPT,
    web_corpus,
)

from refrain.store import queries as store_queries
from refrain.store.queries import paging
from refrain.web import create_app


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(str(web_corpus().path))) as c:
        yield c


def _u(value: str) -> str:
    return quote(value, safe="")


# -- every page type, as HTML and as JSON ------------------------------------------------------------------
def _page_urls() -> list[str]:
    c = web_corpus()
    return [
        "/",
        "/articles",
        f"/articles/{c.hostile_a}",
        "/speakers",
        f"/speakers/{_u('Ada Vell')}",
        f"/quotes/{_u(c.hostile_a + ':hq0')}",
        "/families",
        f"/families/{FAMILY_ID}",
        "/reuse",
        f"/reuse/{c.hostile_a}/{c.hostile_b}",
        "/conflicts",
        f"/conflicts/{CONFLICT_ID}",
        "/search?q=reservoir",
    ]


@pytest.mark.parametrize("url", _page_urls())
def test_every_page_answers_html_with_strict_security_headers(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "<script" not in r.text.lower()  # the UI needs no script at all
    assert " style=" not in r.text  # nor inline styles (the CSP forbids them)


@pytest.mark.parametrize("url", _page_urls())
def test_every_page_is_also_json_from_the_same_query(client: TestClient, url: str) -> None:
    sep = "&" if "?" in url else "?"
    by_param = client.get(f"{url}{sep}format=json")
    by_path = client.get("/api" + (url if url != "/" else ""))
    assert by_param.status_code == by_path.status_code == 200
    assert by_param.headers["content-type"] == "application/json"
    assert by_param.json() == by_path.json()


def test_overview_counts_what_the_store_summary_counts(client: TestClient) -> None:
    data = client.get("/api").json()
    assert data["summary"]["documents"] >= 6 and data["summary"]["conflicts"] >= 1
    assert data["search_index"] is True
    assert any(sp["speaker"] == "Ada Vell" for sp in data["top_speakers"])


# -- article page: hostile text, highlights built from offsets --------------------------------------------------
def test_hostile_article_is_escaped_everywhere(client: TestClient) -> None:
    html = client.get(f"/articles/{web_corpus().hostile_a}").text
    assert PAYLOAD_SCRIPT not in html and PAYLOAD_IMG not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert 'href="javascript' not in html.lower()
    assert "<script>alert(2)" not in html  # the outlet name
    assert "<script>alert(3)" not in html  # the speaker name, in text, titles and links


def test_article_marks_quotes_by_speaker_with_a_legend(client: TestClient) -> None:
    c = web_corpus()
    r = client.get(f"/articles/{c.hostile_a}")
    html = r.text
    assert f'href="/speakers/{_u("Ada Vell")}"' in html
    assert f'href="/speakers/{_u(HOSTILE_SPEAKER)}"' in html
    assert 'class="quote sp-0 claim conflict"' in html  # the quote overlapping a figure in conflict
    assert f'id="q-{c.hostile_a}:hq0"' in html
    assert f'href="/quotes/{_u(c.hostile_a + ":hq0")}"' in html
    assert f'href="/conflicts/{CONFLICT_ID}"' in html
    assert f'href="/reuse/{c.hostile_a}/{c.hostile_b}"' in html
    assert html.count('class="swatch') == 2


def test_article_json_carries_the_spans_not_html(client: TestClient) -> None:
    data = client.get(f"/api/articles/{web_corpus().hostile_a}").json()
    assert data["document"]["title"].startswith(PAYLOAD_SCRIPT)  # raw data in JSON; the page escapes it
    text = data["document"]["text"]
    assert all(text[q["start"] : q["end"]].startswith("\u201c") for q in data["quotes"])
    assert {p["twin"] for p in data["passages"]} == {web_corpus().hostile_b}
    assert "html" not in data


# -- speakers, provenance, reuse, conflicts, search ----------------------------------------------------------------
def test_speaker_page_lists_every_quote_with_outlets_and_a_timeline(client: TestClient) -> None:
    r = client.get(f"/speakers/{_u('Ada Vell')}")
    assert r.text.count("<circle") == 2
    data = client.get(f"/api/speakers/{_u('Ada Vell')}").json()
    assert data["total"] == 2 and len(data["timeline"]) == 2
    assert {o["outlet"] for o in data["outlets"]} == {
        "Valley Post",
        'Lorn Courier"><script>alert(2)</script>',
    }


def test_a_speaker_name_with_a_slash_still_has_its_page(client: TestClient) -> None:
    data = client.get(f"/api/speakers/{_u(HOSTILE_SPEAKER)}").json()
    assert data["speaker"] == HOSTILE_SPEAKER and data["total"] == 1


def test_provenance_shows_first_appearance_and_word_level_variants(client: TestClient) -> None:
    data = client.get(f"/api/families/{FAMILY_ID}").json()
    assert data["family"]["first_doc"] == web_corpus().hostile_a
    assert [r["doc_id"] for r in data["rows"]] == [web_corpus().hostile_a, web_corpus().hostile_b]
    changed = next(v for v in data["variants"] if not v["same"])
    ops = {op for op, _ in changed["diff"]}
    assert ops == {"same", "added", "removed"}
    assert ["added", "rising "] in changed["diff"]


def test_reuse_pair_aligns_the_shared_passage_from_either_side(client: TestClient) -> None:
    c = web_corpus()
    forward = client.get(f"/api/reuse/{c.hostile_a}/{c.hostile_b}").json()
    backward = client.get(f"/api/reuse/{c.hostile_b}/{c.hostile_a}").json()
    assert forward["passages"][0]["a_text"] == forward["passages"][0]["b_text"]
    assert backward["a"]["id"] == c.hostile_b
    assert backward["passages"][0]["a_start"] == forward["passages"][0]["b_start"]


def test_conflicts_list_only_disagreeing_groups_with_their_sources(client: TestClient) -> None:
    data = client.get("/api/conflicts").json()
    group = next(g for g in data["rows"] if g["id"] == CONFLICT_ID)
    assert [c["value"] for c in group["claims"]] == [300, 500, 900]
    assert (group["low"], group["high"]) == (300, 900)
    assert all(c["title"] for c in group["claims"])


def test_search_ranks_with_the_full_text_index(client: TestClient) -> None:
    data = client.get("/api/search?q=reservoirs").json()  # stemmed: matches "reservoir"
    assert data["mode"] == "fts"
    assert web_corpus().hostile_a in [d["id"] for d in data["documents"]["rows"]]
    assert "<mark>reservoir</mark>" in data["documents"]["rows"][0]["snippet"]


def test_search_falls_back_to_substring_match_without_an_index() -> None:
    with TestClient(create_app(str(web_corpus().path_without_index))) as c:
        data = c.get("/api/search", params={"q": "100% _moved_"}).json()
        assert data["mode"] == "substring" and data["documents"]["total"] == 0  # % and _ are literal
        data = c.get("/api/search", params={"q": "Nobody asked"}).json()
        assert [q["speaker"] for q in data["quotes"]["rows"]] == [HOSTILE_SPEAKER]


def test_search_snippets_escape_the_text(client: TestClient) -> None:
    html = client.get("/search", params={"q": "alert"}).text
    assert "<mark>alert</mark>" in html and PAYLOAD_SCRIPT not in html


# -- pagination --------------------------------------------------------------------------------------------------
def test_pages_have_a_fixed_size_and_links_to_the_next(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paging, "PAGE_SIZE", 4)
    first = client.get("/api/articles").json()
    second = client.get("/api/articles?page=2").json()
    assert len(first["rows"]) == 4 and first["pages"] == -(-first["total"] // 4)
    assert not {r["id"] for r in first["rows"]} & {r["id"] for r in second["rows"]}
    assert 'href="/articles?page=2"' in client.get("/articles").text
    # A page past the end says how many there are (not "page 999 of 2" over an empty table).
    past = client.get(f"/articles?page={first['pages'] + 1}")
    assert past.status_code == 404 and f"{first['pages']} page(s)" in past.text


# -- errors: never a traceback ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/articles/no-such-article", 404),
        ("/speakers/Nobody%20Ever", 404),
        ("/quotes/nope", 404),
        ("/families/123456789", 404),
        ("/reuse/a/b", 404),
        ("/conflicts/987654", 404),
        ("/no/such/page", 404),
        ("/articles?page=0", 400),
        ("/articles?page=abc", 400),
        ("/articles?page=99999999999999999999", 400),
        ("/families/not-a-number", 400),
        # ("/search" and "/search?q=%20" are the search page: see test_web_investigator.py)
        ("/articles?page=999", 404),
        ("/articles?date_from=last-week", 400),
        ("/search?q=" + "x" * 201, 400),
        ("/?format=xml", 400),
    ],
)
def test_bad_requests_get_a_clear_error_page(client: TestClient, url: str, status: int) -> None:
    r = client.get(url)
    assert r.status_code == status
    assert "Traceback" not in r.text and "<h1>" in r.text
    assert r.headers["content-security-policy"]
    api = client.get("/api" + url)
    assert api.status_code == status and api.json()["error"]["status"] == status


@pytest.mark.parametrize(
    "url",
    ["/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py", "/static/%2e%2e%2fdb.py",
     "/static//etc/passwd", "/static/..%5capp.py"],
)  # fmt: skip
def test_static_files_come_only_from_the_package_folder(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 404
    assert "import" not in r.text and "root:" not in r.text


def test_stylesheet_is_served(client: TestClient) -> None:
    r = client.get("/static/style.css")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/css")


# -- a writer holding the store ------------------------------------------------------------------------------------
_HOLD_WRITER = """
import sys
from refrain.store import Store
store = Store(sys.argv[1])
print("locked", flush=True)
sys.stdin.read()
store.close()
"""


def test_a_store_locked_by_a_writer_gives_503_then_pages_come_back(tmp_path: Path) -> None:
    db = tmp_path / "busy.duckdb"
    shutil.copyfile(web_corpus().path, db)
    app = create_app(str(db), idle_close_s=0.05, lock_wait_s=0.2)
    with TestClient(app) as c:
        assert c.get("/").status_code == 200
        deadline = time.monotonic() + 5
        while app.state.database.is_open and time.monotonic() < deadline:  # the idle store is let go
            time.sleep(0.05)
        assert not app.state.database.is_open
        writer = subprocess.Popen([sys.executable, "-c", _HOLD_WRITER, str(db)], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, text=True)  # fmt: skip
        try:
            assert writer.stdout is not None and writer.stdout.readline().strip() == "locked"
            r = c.get("/articles")
            assert r.status_code == 503 and r.headers["retry-after"] == "5"
            assert "being updated by another process" in r.text and "Traceback" not in r.text
            assert c.get("/api/articles").json()["error"]["status"] == 503
        finally:
            writer.communicate("", timeout=10)
        assert c.get("/articles").status_code == 200


def test_a_missing_store_is_a_503_page_not_a_crash(tmp_path: Path) -> None:
    with TestClient(create_app(str(tmp_path / "absent.duckdb"))) as c:
        r = c.get("/")
        assert r.status_code == 503 and "no store at absent.duckdb" in r.text


def test_an_unexpected_error_is_a_500_page_without_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(store: object) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(store_queries, "overview", broken)
    with TestClient(create_app(str(web_corpus().path)), raise_server_exceptions=False) as c:
        r = c.get("/")
        assert r.status_code == 500
        assert "secret internals" not in r.text and "Traceback" not in r.text
        assert "Something went wrong" in r.text and r.headers["content-security-policy"]


def test_answers_are_cached_only_while_the_file_stays_open(tmp_path: Path) -> None:
    from refrain.document import Document
    from refrain.store import Store

    db = tmp_path / "cache.duckdb"
    shutil.copyfile(web_corpus().path, db)
    app = create_app(str(db), idle_close_s=0.05)
    database = app.state.database
    with TestClient(app) as c:
        before = c.get("/api/articles").json()["total"]
        hits = database.cache_hits
        assert c.get("/api/articles").json()["total"] == before
        assert database.cache_hits == hits + 1  # built once while the file stayed open
        deadline = time.monotonic() + 5
        while database.is_open and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not database.is_open
        with Store(db) as writer:  # a writer gets in while the UI is idle
            writer.add_documents(
                [Document(text="A new invented article about the harbour.", source="new.txt")]
            )
        assert c.get("/api/articles").json()["total"] == before + 1  # nothing stale


def test_requests_for_a_page_being_built_wait_for_it_instead_of_building_it_again() -> None:
    import threading

    from refrain.web.db import ReadOnlyDatabase

    database = ReadOnlyDatabase(str(web_corpus().path), idle_close_s=60)
    builds: list[int] = []
    started = threading.Event()

    def build() -> dict[str, int]:
        builds.append(1)
        started.set()
        time.sleep(0.3)  # (a page that takes a while: the others arrive meanwhile)
        return {"answer": 42}

    answers: list[dict[str, int]] = []

    def request() -> None:
        with database.store() as store:
            answers.append(database.cached(store, ("a page",), build))

    first = threading.Thread(target=request)
    first.start()
    assert started.wait(10)
    others = [threading.Thread(target=request) for _ in range(5)]
    for t in others:
        t.start()
    for t in [first, *others]:
        t.join(10)
    assert answers == [{"answer": 42}] * 6 and len(builds) == 1
    assert not database._building  # no lock left behind
    with database.store() as store:  # another page is built on its own
        assert database.cached(store, ("another page",), lambda: {"answer": 7}) == {"answer": 7}
    database.close()
