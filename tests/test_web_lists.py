"""The families, speakers and conflicts lists narrowed by the same facets as the articles (outlet,
dates, language, speaker), sorted by a whitelisted column both ways, each as CSV of every row and
as JSON from the same query; search results as CSV."""

from __future__ import annotations

import csv
import importlib
import io
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from test_web_corpus import CONFLICT_ID, FAMILY_ID, HOSTILE_A, HOSTILE_B, web_corpus

from refrain.store import Store
from refrain.store.queries.filters import Filters
from refrain.web import create_app
from refrain.web.db import ReadOnlyDatabase

VALLEY = HOSTILE_B.outlet  # the outlet of one invented article only


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(str(web_corpus().path))) as c:
        yield c


def _sql(sql: str, params: list[object] | None = None) -> list[tuple]:
    with Store(str(web_corpus().path), read_only=True) as store:
        return store.con.execute(sql, params or []).fetchall()


def _every(client: TestClient, path: str, query: dict[str, str] | None = None) -> list[dict]:
    """Every row of a list, page after page of its JSON twin."""
    rows, page = [], 1
    while True:
        data = client.get(f"/api{path}", params={**(query or {}), "page": str(page)}).json()
        rows += data["rows"]
        if page >= data["pages"]:
            return rows
        page += 1


def _csv(client: TestClient, url: str) -> list[dict[str, str]]:
    r = client.get(url)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv"), (url, r.status_code)
    assert "attachment" in r.headers["content-disposition"]
    return list(csv.DictReader(io.StringIO(r.text)))


# -- families ---------------------------------------------------------------------------------------------
def test_families_by_outlet_keep_those_with_an_appearance_in_that_outlet(client: TestClient) -> None:
    kept = {r["id"] for r in _every(client, "/families", {"outlet": VALLEY})}
    expected = {
        r[0]
        for r in _sql(
            "SELECT DISTINCT q.family FROM quotes q JOIN documents d ON d.id = q.doc_id "
            "WHERE q.family IS NOT NULL AND d.outlet = ?",
            [VALLEY],
        )
    }
    assert kept == expected and FAMILY_ID in kept
    assert len(kept) < client.get("/api/families").json()["total"]  # the filter narrowed something


def test_families_by_a_part_of_the_speaker_and_by_language(client: TestClient) -> None:
    assert {r["id"] for r in _every(client, "/families", {"speaker": "VELL"})} == {FAMILY_ID}
    assert _every(client, "/families", {"language": "zz"}) == []


def test_families_sort_by_size_date_and_speaker_both_ways(client: TestClient) -> None:
    sizes = [r["size"] for r in _every(client, "/families", {"sort": "size"})]
    assert sizes == sorted(sizes)
    assert [r["size"] for r in _every(client, "/families")] == sorted(sizes, reverse=True)
    dates = [r["first_date"] for r in _every(client, "/families", {"sort": "date"}) if r["first_date"]]
    assert dates == sorted(dates)
    late = [r["first_date"] for r in _every(client, "/families", {"sort": "-date"}) if r["first_date"]]
    assert late == sorted(dates, reverse=True)
    names = [
        (r["speaker"] or "").lower() for r in _every(client, "/families", {"sort": "speaker"}) if r["speaker"]
    ]
    assert names == sorted(names)


def test_the_families_page_keeps_filters_in_its_sort_links_pager_and_downloads(client: TestClient) -> None:
    html = client.get("/families", params={"outlet": VALLEY, "sort": "date"}).text
    assert 'name="outlet" value="Valley Post"' in html
    assert 'href="/families?outlet=Valley+Post&amp;sort=-date"' in html  # the same column, the other way
    assert "/families?outlet=Valley+Post&amp;sort=date&amp;format=csv" in html


# -- speakers -------------------------------------------------------------------------------------------
def test_speakers_by_outlet_count_only_the_quotes_printed_there(client: TestClient) -> None:
    rows = _every(client, "/speakers", {"outlet": VALLEY})
    expected = _sql(
        "SELECT coalesce(e.name, q.speaker) AS name, count(*) FROM quotes q JOIN documents d ON d.id = q.doc_id "
        "LEFT JOIN entities e ON e.id = q.entity_id WHERE q.kind <> 'scare' AND q.speaker IS NOT NULL "
        "AND d.outlet = ? GROUP BY 1 ORDER BY 2 DESC, 1",
        [VALLEY],
    )
    assert [(r["speaker"], r["quotes"]) for r in rows] == [(name, n) for name, n in expected]
    assert all(r["outlets"] == VALLEY for r in rows)  # details counted over the kept articles too


def test_speakers_by_part_of_a_name_and_sorted_by_name(client: TestClient) -> None:
    found = [r["speaker"] for r in _every(client, "/speakers", {"speaker": "vell"})]
    assert found and all("vell" in name.lower() for name in found)
    by_name = [r["speaker"] for r in _every(client, "/speakers", {"sort": "speaker"})]
    assert [n.lower() for n in by_name] == sorted(n.lower() for n in by_name)
    backwards = [r["speaker"] for r in _every(client, "/speakers", {"sort": "-speaker"})]
    assert backwards == by_name[::-1]
    fewest = [r["quotes"] for r in _every(client, "/speakers", {"sort": "quotes"})]
    assert fewest == sorted(fewest)


# -- conflicts ------------------------------------------------------------------------------------------
# Invented groups added to a copy of the corpus (the examples' own groups change with the analysers):
# (id, claimant of each figure, figures, what, when); the first figure of each group is in Valley Post.
INVENTED_GROUPS = [
    (900_101, "Oskar Brennwald of the Water Board", [100.0, 400.0], "water|price", "2023"),
    (900_102, "the Lorn Orchard Guild", [10.0, 11.0, 12.0], "farm|count", "2022"),
]


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    import shutil

    path = tmp_path_factory.mktemp("figures") / "corpus.duckdb"
    shutil.copy(web_corpus().path, path)
    with Store(str(path)) as store:
        for group, claimant, values, what, when in INVENTED_GROUPS:
            store.con.execute(
                "INSERT INTO conflict_groups (id, what_key, when_iso, agree, size) VALUES (?, ?, ?, false, ?)",
                [group, what, when, len(values)],
            )
            for i, value in enumerate(values):
                doc = HOSTILE_B.id if i == 0 else HOSTILE_A.id
                store.con.execute(
                    "INSERT INTO claims (id, doc_id, start_offset, end_offset, text, value, value_text, what_key, "
                    "when_iso, claimant, conflict_group) VALUES (?, ?, 0, 4, 'Some', ?, ?, ?, ?, ?, ?)",
                    [f"{group}:{i}", doc, value, f"{value:g}", what, when, claimant, group],
                )
    with TestClient(create_app(str(path))) as c:
        yield c


def test_conflicts_by_outlet_and_by_source(figures: TestClient) -> None:
    every = [g["id"] for g in _every(figures, "/conflicts")]
    by_outlet = [g["id"] for g in _every(figures, "/conflicts", {"outlet": VALLEY})]
    assert sorted(by_outlet) == sorted([CONFLICT_ID, 900_101, 900_102]) and len(every) >= 3
    # a part of who gave the figure, in other capitals
    assert [g["id"] for g in _every(figures, "/conflicts", {"speaker": "BRENNWALD"})] == [900_101]
    assert [g["id"] for g in _every(figures, "/conflicts", {"speaker": "orchard"})] == [900_102]
    assert _every(figures, "/conflicts", {"speaker": "nobody-gives-this-figure"}) == []


def test_conflicts_sort_by_the_gap_between_their_figures(figures: TestClient) -> None:
    def gap(g: dict) -> float:
        return (g["high"] - g["low"]) / max(abs(g["high"]), abs(g["low"]))

    widest = _every(figures, "/conflicts", {"sort": "-spread"})
    gaps = [gap(g) for g in widest]
    assert len(gaps) >= 3 and gaps == sorted(gaps, reverse=True)
    assert [g["id"] for g in widest].index(900_101) < [g["id"] for g in widest].index(900_102)
    # fewest first: independent sources disagreeing, then figures
    sizes = [(g.get("sources") or 0, g["size"]) for g in _every(figures, "/conflicts", {"sort": "size"})]
    assert sizes == sorted(sizes)
    whats = [g["what_key"] for g in _every(figures, "/conflicts", {"sort": "what"})]
    assert whats == sorted(whats, key=str.casefold)
    html = figures.get("/conflicts", params={"outlet": VALLEY}).text
    assert 'href="/conflicts?outlet=Valley+Post&amp;sort=-spread"' in html


# -- CSV of every list, filters and order kept -------------------------------------------------------------
@pytest.mark.parametrize(
    ("path", "query", "key"),
    [
        ("/families", {"sort": "date"}, "id"),
        ("/families", {"outlet": VALLEY}, "id"),
        ("/speakers", {"speaker": "vell", "sort": "speaker"}, "speaker"),
        ("/conflicts", {"sort": "-spread"}, "id"),
        ("/conflicts", {"outlet": VALLEY}, "id"),
    ],
)
def test_each_list_as_csv_holds_every_row_of_its_json_in_the_same_order(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, path: str, query: dict[str, str], key: str
) -> None:
    from refrain.store.queries import paging

    monkeypatch.setattr(paging, "PAGE_SIZE", 2)  # several pages, each read on its own
    expected = [str(r[key]) for r in _every(client, path, query)]
    from urllib.parse import urlencode

    assert [r[key] for r in _csv(client, f"{path}?{urlencode({**query, 'format': 'csv'})}")] == expected


def test_search_results_as_csv_articles_or_quotes_every_page(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from refrain.store.queries import paging

    monkeypatch.setattr(paging, "PAGE_SIZE", 2)
    found = client.get("/api/search", params={"q": "dam"}).json()
    articles = _csv(client, "/search?q=dam&format=csv&rows=articles")
    quotes = _csv(client, "/search?q=dam&format=csv&rows=quotes")
    assert len(articles) == found["documents"]["total"] > 2 and len(quotes) == found["quotes"]["total"]
    assert "text" not in articles[0] and {"label", "outlet", "date", "source_url"} <= set(articles[0])
    narrowed = _csv(client, f"/search?q=dam&format=csv&rows=articles&outlet={VALLEY.replace(' ', '+')}")
    assert {r["outlet"] for r in narrowed} <= {VALLEY}
    html = client.get("/search", params={"q": "dam", "outlet": VALLEY}).text
    assert "/search?outlet=Valley+Post&amp;q=dam&amp;format=csv&amp;rows=quotes" in html
    assert client.get("/search?q=&format=csv").status_code == 400


def test_a_speaker_a_family_and_a_cross_language_family_are_csv_too(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from refrain.store.queries import paging

    monkeypatch.setattr(paging, "PAGE_SIZE", 1)
    quotes = _csv(client, "/speakers/Ada%20Vell?format=csv")
    assert len(quotes) == client.get("/api/speakers/Ada%20Vell").json()["total"] >= 2
    assert {"text", "label", "outlet", "date"} <= set(quotes[0])
    members = _csv(client, f"/families/{FAMILY_ID}?format=csv")
    assert [m["id"] for m in members] == [r["id"] for r in _every(client, f"/families/{FAMILY_ID}")]
    assert 'href="/families/900001?format=csv"' in client.get(f"/families/{FAMILY_ID}").text
    assert client.get("/speakers/Nobody%20Zzq?format=csv").status_code == 404
    assert client.get("/families/424242?format=csv").status_code == 404


def test_reuse_pairs_sort_by_passages_or_characters_both_ways_keeping_filters(client: TestClient) -> None:
    fewest = [r["chars"] for r in _every(client, "/reuse", {"sort": "chars"})]
    assert len(fewest) > 2 and fewest == sorted(fewest)
    assert [r["chars"] for r in _every(client, "/reuse")] == sorted(fewest, reverse=True)
    most = [r["passages"] for r in _every(client, "/reuse", {"sort": "-passages"})]
    assert most == sorted(most, reverse=True)
    html = client.get("/reuse", params={"outlet": VALLEY, "sort": "passages"}).text
    assert 'href="/reuse?outlet=Valley+Post&amp;sort=-passages"' in html
    assert "/reuse?outlet=Valley+Post&amp;sort=passages&amp;format=csv" in html
    assert client.get("/reuse?sort=chars;drop").status_code == 400


# -- the speaker facet from the kept speaker lists ----------------------------------------------------------
def test_speaker_facet_from_the_kept_lists_keeps_the_same_documents_as_its_sql() -> None:
    """``speaker`` read from the kept names and quotes by name (``where(alias, store)`` on the web
    app's store) keeps exactly the documents of the facet's ILIKE over every quote: parts of resolved and
    printed names, any case, wildcard characters taken literally, and nobody."""
    with ReadOnlyDatabase(str(web_corpus().path)).store() as store:
        names = [r[0] for r in store.con.execute(
            "SELECT DISTINCT unnest([coalesce(e.name, q.speaker), q.speaker]) FROM quotes q "
            "LEFT JOIN entities e ON e.id = q.entity_id WHERE q.kind <> 'scare' AND q.speaker IS NOT NULL ORDER BY 1"
        ).fetchall()]  # fmt: skip
        # (a printed name's first word: one spelled otherwise than its resolved name in the corpus)
        needles = {n.split()[-1].upper() for n in names} | {n[:3].lower() for n in names}
        needles |= {n.split()[0] for n in names}
        needles |= {"a", "%", "_", "Nobody Zzq"}
        assert len(needles) > 5
        for needle in sorted(needles):
            facet = Filters(speaker=needle)
            by_sql = {r[0] for r in _sql(f"SELECT d.id FROM documents d WHERE {facet.where('d')[0]}",
                                         facet.where("d")[1])}  # fmt: skip
            where, params = facet.where("d", store)
            kept = {
                r[0]
                for r in store.con.execute(f"SELECT d.id FROM documents d WHERE {where}", params).fetchall()
            }
            assert kept == by_sql, needle
            assert facet.document_ids(store) == by_sql, needle
        assert Filters(speaker="Nobody Zzq").document_ids(store) == frozenset()


def test_a_large_conflict_group_lists_its_lowest_highest_and_evenly_spread_figures(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On the list a group shows up to LIST_FIGURES figures, lowest and highest kept, with the range
    and count of all of them and a link to its page, which shows every figure."""
    # (the module: the package's name ``conflicts`` is its function)
    conflict_queries = importlib.import_module("refrain.store.queries.conflicts")

    monkeypatch.setattr(conflict_queries, "LIST_FIGURES", 2)
    with TestClient(create_app(str(web_corpus().path))) as fresh:  # no answer cached at another size
        group = next(g for g in fresh.get("/api/conflicts").json()["rows"] if g["id"] == CONFLICT_ID)
        assert [c["value"] for c in group["claims"]] == [300, 900]
        assert (group["low"], group["high"], group["figures"]) == (300, 900, 3)
        html = fresh.get("/conflicts").text
        assert (
            f'2 of 3 figures shown, lowest to highest: <a href="/conflicts/{CONFLICT_ID}">all 3</a>' in html
        )
        alone = fresh.get(f"/api/conflicts/{CONFLICT_ID}").json()["group"]
        assert [c["value"] for c in alone["claims"]] == [300, 500, 900]
        assert "figures shown" not in fresh.get(f"/conflicts/{CONFLICT_ID}").text
    monkeypatch.setattr(conflict_queries, "LIST_FIGURES", 3)
    with Store(str(web_corpus().path), read_only=True) as store:
        listed = conflict_queries.conflicts(store, page=1)["rows"]
        assert [c["value"] for c in next(g for g in listed if g["id"] == CONFLICT_ID)["claims"]] == [
            300,
            500,
            900,
        ]


def test_families_by_speaker_from_the_kept_names_are_those_of_the_sql() -> None:
    """The app's families by a part of a speaker's name (kept names of each family) are the
    families, in the same order, that the facet's SQL keeps, with and without other facets."""
    from refrain.store.queries.families import family_ids

    with (
        ReadOnlyDatabase(str(web_corpus().path)).store() as kept,
        Store(web_corpus().path, read_only=True) as plain,
    ):
        names = [r[0] for r in plain.con.execute(
            "SELECT DISTINCT coalesce(e.name, q.speaker) FROM quotes q LEFT JOIN entities e ON e.id = q.entity_id "
            "WHERE q.family IS NOT NULL AND q.speaker IS NOT NULL ORDER BY 1"
        ).fetchall()]  # fmt: skip
        needles = sorted(
            {n.split()[-1].upper() for n in names} | {n[:2].lower() for n in names} | {"%", "Zzq"}
        )
        assert len(needles) > 3
        found = 0
        for needle in needles:
            for extra in ({}, {"outlet": VALLEY}, {"kind": "direct"}):
                for sort in (None, "date", "-speaker"):
                    facet = Filters(speaker=needle, **extra)
                    assert family_ids(kept, facet, sort) == family_ids(plain, facet, sort), (
                        needle,
                        extra,
                        sort,
                    )
                    found += bool(family_ids(kept, facet, sort))
        assert found


def test_articles_by_speaker_from_the_kept_orders_are_those_of_the_sql() -> None:
    """The app's articles by a part of a speaker's name (the kept order of each sort, narrowed by
    the kept speaker lists) are the articles, in the same order, that the facet's SQL gives."""
    from refrain.store.queries.articles import article_ids
    from refrain.store.queries.filters import ARTICLE_SORTS

    with (
        ReadOnlyDatabase(str(web_corpus().path)).store() as kept,
        Store(web_corpus().path, read_only=True) as plain,
    ):
        found = 0
        for needle in ("vell", "A", "ā", "Zzq", "%"):
            for extra in ({}, {"outlet": VALLEY}, {"kind": "direct"}):
                for sort in (None, *ARTICLE_SORTS):
                    facet = Filters(speaker=needle, **extra)
                    assert article_ids(kept, facet, sort) == article_ids(plain, facet, sort), (
                        needle,
                        extra,
                        sort,
                    )
                    found += bool(article_ids(kept, facet, sort))
        assert found
