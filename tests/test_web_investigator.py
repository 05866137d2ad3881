"""What an investigator needs across the web UI, its JSON and the report: one name for a document
with its source linked, earlier/later on every reuse pair and family member, who copies whom."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from test_web_corpus import FAMILY_ID, web_corpus

from refrain.report import render_report
from refrain.store import Store
from refrain.store import queries as store_queries
from refrain.store.queries.names import display_name, file_label, title_from_url
from refrain.store.queries.reuse import earlier_first
from refrain.web import create_app

HASH = re.compile(r"^[0-9a-f]{20}$")


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(str(web_corpus().path))) as c:
        yield c


# -- one name ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("row", "name"),
    [
        ({"title": "  Dam  opens ", "url": "https://x.example/a/other-words"}, "Dam opens"),
        ({"title": None, "url": "https://x.example/news/4711/dam-opens-in-spring"}, "Dam opens in spring"),
        ({"title": "", "url": "https://x.example/2024/03/11/index.html", "name": "/srv/in/notes.txt"}, "in/notes.txt"),
        ({"title": None, "url": "javascript:alert(1)//dam-opens-now", "name": "seeds/a.txt"}, "seeds/a.txt"),
        ({"title": None, "url": None, "name": None, "id": "a1f6d63fe768f54ec928"}, "document a1f6d63fe768f54ec928"),
    ],
)  # fmt: skip
def test_a_document_is_named_by_title_then_url_slug_then_relative_file(row: dict, name: str) -> None:
    assert display_name(row) == name


def test_slug_titles_skip_numbers_hashes_and_index_pages() -> None:
    assert (
        title_from_url("https://x.example/story/5f3a9c0d1e2b/water-rises%20again.html") == "Water rises again"
    )
    assert title_from_url("https://x.example/1234/5678") is None
    assert title_from_url("ftp://x.example/dam-opens-now") is None
    assert file_label("C:\\corpus\\in\\b.txt") == "in/b.txt"


def test_every_list_names_documents_by_label_never_by_hash_or_absolute_path(client: TestClient) -> None:
    for path in ("/api/articles", "/api/reuse", "/api/families", "/api/search?q=dam"):
        body = client.get(path).json()
        rows = body["rows"] if "rows" in body else body["documents"]["rows"]
        labels = [v for r in rows for k, v in r.items() if k.endswith("label") and v is not None]
        assert labels, path
        assert not any(HASH.match(v) or v.startswith("/") for v in labels), (path, labels)
    html = client.get("/articles").text
    assert "/work/" not in html and "/tmp/" not in html


def test_a_source_url_is_linked_encoded_and_only_when_http(client: TestClient) -> None:
    rows = client.get("/api/articles").json()["rows"]
    with_url = [r for r in rows if r["source_url"]]
    assert with_url and all(r["source_url"].startswith(("http://", "https://")) for r in with_url)
    html = client.get("/articles").text
    assert 'class="source" href="https://' in html
    assert not re.search(r'href="[^"]* [^"]*"', html), "an href holds a raw space"
    assert 'href="javascript:' not in html


# -- direction -----------------------------------------------------------------------------------------
def test_earlier_is_by_date_else_by_ingest_order_and_says_which() -> None:
    a = {"id": "a", "date": "2024-03-11", "seq": 1}
    b = {"id": "b", "date": "2024-03-10", "seq": 2}
    assert earlier_first(a, b)[:2] == (b, a) and earlier_first(a, b)[2] == "date"
    undated = {"id": "c", "date": None, "seq": 0}
    assert earlier_first(a, undated) == (undated, a, "ingest order")
    same_day = {"id": "d", "date": "2024-03-11", "seq": 0}
    assert earlier_first(a, same_day) == (same_day, a, "ingest order")


def test_reuse_pairs_put_the_earlier_article_first(client: TestClient) -> None:
    rows = client.get("/api/reuse").json()["rows"]
    assert rows
    for r in rows:
        assert r["order_by"] in {"date", "ingest order"}
        if r["order_by"] == "date":
            assert r["a_date"] < r["b_date"]
    html = client.get("/reuse").text
    assert "earlier" in html and "later" in html


def test_who_copies_whom_sums_pairs_by_outlet_from_earlier_to_later() -> None:
    with Store(web_corpus().path, read_only=True) as store:
        flows = store_queries.outlet_flows(store)
        pairs = store_queries.reuse_pairs(store, page=1)
    assert flows and sum(f["pairs"] for f in flows) == pairs["total"]
    for row in pairs["rows"]:
        source, copier = row["a_outlet"] or "(unknown)", row["b_outlet"] or "(unknown)"
        assert any(f["source"] == source and f["copier"] == copier for f in flows), row


def test_family_members_are_marked_first_and_later_and_each_wording_has_one_first_member(
    client: TestClient,
) -> None:
    body = client.get(f"/api/families/{FAMILY_ID}").json()
    positions = [r["position"] for r in body["rows"]]
    assert positions[0] == "first" and set(positions[1:]) <= {"later"}
    members = {(r["doc_id"], r["outlet"], r["date"]) for r in body["rows"]}
    for wording in body["variants"]:
        # the outlet and the date of a wording's first appearance are those of one member
        assert any(
            d == wording["first_doc"] and o == wording["outlet"] and dt == wording["first_date"]
            for d, o, dt in members
        )


# -- the report ----------------------------------------------------------------------------------------
def test_the_report_has_contents_linking_to_its_sections_and_who_copies_whom() -> None:
    with Store(web_corpus().path, read_only=True) as store:
        html = render_report(store)
    targets = re.findall(r'<a href="#([\w-]+)"', html)
    assert {"outlets", "copying", "conflicts"} <= set(targets)
    for target in targets:
        assert f'id="{target}"' in html
    assert "Printed first" in html and " outlets" in html
    assert "1 outlets" not in html


# -- filters, sorting, CSV -----------------------------------------------------------------------------
def _sql_ids(where: str, params: list[object], order: str = "d.date NULLS LAST, d.seq") -> list[str]:
    with Store(web_corpus().path, read_only=True) as store:
        return [r[0] for r in store.con.execute(f"SELECT d.id FROM documents d WHERE {where} ORDER BY {order}", params).fetchall()]  # fmt: skip


def _all_ids(client: TestClient, query: str) -> list[str]:
    first = client.get(f"/api/articles?{query}").json()
    ids = [r["id"] for r in first["rows"]]
    for page in range(2, first["pages"] + 1):
        ids += [r["id"] for r in client.get(f"/api/articles?{query}&page={page}").json()["rows"]]
    return ids


@pytest.mark.parametrize(
    ("query", "where", "params"),
    [
        ("outlet=Valley+Post", "d.outlet = ?", ["Valley Post"]),
        ("date_from=2024-03-05&date_to=2024-03", "d.date >= ? AND d.date <= ?", ["2024-03-05", "2024-03-31"]),
        ("language=en&date_to=2024", "d.language = ? AND d.date <= ?", ["en", "2024-12-31"]),
        ("speaker=vell", "d.id IN (SELECT doc_id FROM quotes WHERE lower(speaker) LIKE ? AND kind <> 'scare')", ["%vell%"]),
        ("kind=indirect", "d.id IN (SELECT doc_id FROM quotes WHERE kind = ?)", ["indirect"]),
        ("outlet=&date_from=&speaker=", "true", []),
    ],
)  # fmt: skip
def test_article_filters_keep_what_one_sql_query_keeps(
    client: TestClient, query: str, where: str, params: list[object]
) -> None:
    assert _all_ids(client, query) == _sql_ids(where, params)


def test_articles_sort_by_a_column_both_ways_and_keep_filters_in_links(client: TestClient) -> None:
    assert _all_ids(client, "sort=-date") == _sql_ids("true", [], "d.date DESC NULLS LAST, d.seq")
    assert _all_ids(client, "sort=title") == _sql_ids("true", [], "lower(d.title) NULLS LAST, d.seq")
    html = client.get("/articles?outlet=Valley+Post&sort=title").text
    assert 'href="/articles?outlet=Valley+Post&amp;sort=-title"' in html
    assert 'name="outlet" value="Valley Post"' in html
    assert client.get("/articles?sort=seq;drop").status_code == 400


def test_a_list_as_csv_streams_every_row_of_the_same_query(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    import csv
    import io

    from refrain.store.queries import paging

    monkeypatch.setattr(paging, "PAGE_SIZE", 2)  # several pages, each read on its own
    response = client.get("/articles?format=csv&outlet=Valley+Post")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["id"] for r in rows] == _sql_ids("d.outlet = ?", ["Valley Post"])
    assert {"label", "source_url", "outlet", "date", "quotes"} <= set(rows[0])
    for path in ("/reuse", "/families", "/speakers", "/conflicts"):
        listed = client.get(f"/api{path}").json()["total"]
        got = client.get(f"{path}?format=csv")
        assert got.status_code == 200 and len(list(csv.DictReader(io.StringIO(got.text)))) == listed, path


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised() -> None:
    from refrain.web.export import csv_rows

    class Opened:
        def __enter__(self) -> None:
            return None

        def __exit__(self, *_: object) -> None:
            return None

    text = "".join(csv_rows(Opened, lambda _s, _p: {"pages": 1, "rows": [{"a": "=1+1", "b": 5, "c": [1]}]}))
    assert text.splitlines() == ["a,b", "'=1+1,5"]


def test_reuse_filters_keep_pairs_with_an_article_of_the_outlet(client: TestClient) -> None:
    every = client.get("/api/reuse").json()["rows"]
    outlet = every[0]["a_outlet"]
    kept = client.get("/api/reuse", params={"outlet": outlet}).json()["rows"]
    assert kept and all(outlet in (r["a_outlet"], r["b_outlet"]) for r in kept)
    assert len(kept) == sum(outlet in (r["a_outlet"], r["b_outlet"]) for r in every)


def test_a_page_past_the_end_says_how_many_pages_there_are(client: TestClient) -> None:
    r = client.get("/articles?page=999")
    assert r.status_code == 404 and "page(s)" in r.text


def test_search_filters_keep_only_articles_and_quotes_of_the_kept_documents(client: TestClient) -> None:
    every = client.get("/api/search", params={"q": "dam"}).json()
    assert every["documents"]["rows"]
    outlet = every["documents"]["rows"][0]["outlet"]
    kept = client.get("/api/search", params={"q": "dam", "outlet": outlet}).json()
    assert kept["documents"]["rows"] and all(d["outlet"] == outlet for d in kept["documents"]["rows"])
    assert all(q["outlet"] == outlet for q in kept["quotes"]["rows"])
    assert kept["documents"]["total"] == sum(d["outlet"] == outlet for d in every["documents"]["rows"])
    html = client.get("/search", params={"q": "dam", "outlet": outlet}).text
    assert 'name="outlet" value="' in html


def test_an_empty_search_is_a_page_that_says_what_to_do(client: TestClient) -> None:
    for url in ("/search", "/search?q=", "/search?q=%20%20"):
        r = client.get(url)
        assert r.status_code == 200 and "Type a word" in r.text, url


# -- charts, each with its figures in words beside it ---------------------------------------------------
def test_the_overview_charts_articles_and_quotes_over_time_with_a_table(client: TestClient) -> None:
    vol = client.get("/api/").json()["volume"]
    with Store(web_corpus().path, read_only=True) as store:
        dated = store.con.execute("SELECT count(*) FROM documents WHERE date IS NOT NULL").fetchone()[0]
    assert vol["rows"] and sum(r["articles"] for r in vol["rows"]) == dated
    html = client.get("/").text
    assert '<svg class="chart"' in html and "Articles and quotes per month" in html
    for r in vol["rows"]:
        assert f"<td>{r['period']}</td>" in html


def test_a_family_page_draws_its_spread_and_marks_earlier_and_later(client: TestClient) -> None:
    html = client.get(f"/families/{FAMILY_ID}").text
    assert "Where and when the quotation was printed" in html and "<circle" in html
    assert ">earlier</span>" in html and ">later</span>" in html


def test_a_conflict_page_puts_the_figures_on_a_number_line_with_source_place_and_date(
    client: TestClient,
) -> None:
    with Store(web_corpus().path, read_only=True) as store:
        group = store.con.execute("SELECT min(id) FROM conflict_groups WHERE NOT agree").fetchone()[0]
        claims = store_queries.conflict(store, group)["group"]["claims"]
    html = client.get(f"/conflicts/{group}").text
    assert "The figures, smallest to largest" in html
    assert html.count("<circle") >= len([c for c in claims if c["value"] is not None])
    for c in claims:
        if c["where_text"]:
            assert "in " in html


def test_number_line_and_volume_escape_their_labels() -> None:
    from refrain.views.charts import number_line, volume

    svg = number_line([{"value": 3, "label": "<script>x</script>"}, {"value": 9, "label": "b"}], title="t<")
    assert "<script>" not in svg and "&lt;script&gt;" in svg and svg.count("<circle") == 2
    bars = volume([{"period": "2024-03", "a": 2}], series=("a",), title="<b>")
    assert "<b>" not in bars and "2024-03 · a: 2" in bars


# -- names found by a part ------------------------------------------------------------------------------
def test_a_speaker_page_for_part_of_one_name_leads_to_that_speaker(client: TestClient) -> None:
    r = client.get("/speakers/castell", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/speakers/Mira%20Castell"
    assert client.get("/speakers/castell").status_code == 200
    api = client.get("/api/speakers/castell", follow_redirects=False)
    assert api.headers["location"] == "/api/speakers/Mira%20Castell"
    # a part of several names: the search, which lists them all
    assert client.get("/speakers/vell", follow_redirects=False).headers["location"] == "/search?q=vell"
    assert client.get("/speakers/Nobody%20Ever").status_code == 404


def test_a_store_quote_query_finds_a_speaker_by_a_whole_word_of_the_name() -> None:
    with Store(web_corpus().path, read_only=True) as store:
        by_surname = store_queries.quotes(store, speaker="Castell")
        by_name = store_queries.quotes(store, speaker="Mira Castell")
        assert by_surname and [q["id"] for q in by_surname] == [q["id"] for q in by_name]
        assert store_queries.quotes(store, speaker="Castel") == []  # a whole word, not a piece of one


# -- file-mode flags that need a store are refused, not ignored -------------------------------------------
@pytest.mark.parametrize(
    ("args", "flag"),
    [(["quotes", "--speaker", "Lorn"], "--speaker"), (["quotes", "--family", "3"], "--family"),
     (["claims", "--conflicts"], "--conflicts")],
)  # fmt: skip
def test_store_only_flags_on_files_are_refused_with_a_clear_line(
    tmp_path: pytest.TempPathFactory, args: list[str], flag: str
) -> None:
    from helpers import refrain

    article = tmp_path / "a.txt"  # type: ignore[operator]
    article.write_text('Ana Lorn said: "The river rose two metres overnight."\n', encoding="utf-8")
    done = refrain(args[0], str(article), *args[1:])
    assert done.returncode == 2 and done.stdout == ""
    assert f"{flag} works on a store only" in " ".join(done.stderr.split())


def test_the_speakers_list_has_a_search_box_and_no_page_shows_none(client: TestClient) -> None:
    html = client.get("/speakers").text
    assert 'action="/search"' in html and 'name="q"' in html
    for path in (
        "/",
        "/speakers",
        "/families",
        f"/families/{FAMILY_ID}",
        "/articles",
        "/reuse",
        "/conflicts",
    ):
        text = client.get(path).text
        assert ">None<" not in text and " None<" not in text and "· None" not in text, path


# -- metadata for files that carry none -------------------------------------------------------------------
def test_ingest_gives_outlet_date_and_language_to_files_without_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from helpers import refrain

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "plain.txt").write_text(
        "Harbour fees rise by a tenth, the port board said.\n", encoding="utf-8"
    )
    db = str(tmp_path / "s.duckdb")
    done = refrain("ingest", str(tmp_path / "in"), "--db", db, "--outlet", "Harbor Daily", "--date", "2024-03-04",
                   "--language", "en")  # fmt: skip
    assert done.returncode == 0, done.stderr
    with Store(db, read_only=True) as store:
        assert store.query("SELECT outlet, date, language FROM documents") == [
            {"outlet": "Harbor Daily", "date": "2024-03-04", "language": "en"}
        ]
    bad = refrain("ingest", str(tmp_path / "in"), "--db", db, "--date", "March 4")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr


def test_what_a_file_says_is_never_replaced_by_the_ingest_defaults(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from conftest import EXAMPLES

    from refrain import api

    db = tmp_path / "s.duckdb"
    api.ingest(
        [str(EXAMPLES / "mpa-wire.jsonl")], db, fill=api.metadata_defaults(outlet="Other", date="1999-01-01")
    )
    with Store(db, read_only=True) as store:
        assert {r["outlet"] for r in store.query("SELECT outlet FROM documents")} == {"Marenia Press Agency"}
