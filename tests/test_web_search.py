"""Search ranking: the postings-based BM25 gives match_bm25's ranks and scores without its cost."""

from __future__ import annotations

import shutil
from functools import cache
from pathlib import Path

import pytest
from test_web_corpus import web_corpus

from refrain.store import Store
from refrain.store.queries.search import (
    INDEXES,
    _bm25_hits,
    _scare_docids,
    has_postings,
    load_fts,
    ranked_page,
)


@cache
def store_without_postings() -> Path:
    """The web corpus with an index built before ``postings`` existed (search counts from ``terms``)."""
    path = web_corpus().path.with_name("no-postings.duckdb")
    shutil.copyfile(web_corpus().path, path)
    with Store(path) as store:
        assert load_fts(store.con)
        for index in INDEXES:
            store.con.execute(f"DROP TABLE {index}.postings")
    return path


# Words of the example and invented articles: one word, several, a stemmed form, a title word,
# a stop word alone, words that are nowhere.
QUERIES = [
    "reservoir",
    "families moved",
    "reservoirs",
    "valley post",
    "the",
    "zzzq nowhereword",
    "water rose",
]


def _match_bm25(store: Store, index: str, table: str, q: str) -> list[tuple[str, float]]:
    rows = store.con.execute(
        f"SELECT id, score FROM (SELECT id, {index}.match_bm25(id, ?) AS score FROM {table}) "
        "WHERE score IS NOT NULL ORDER BY score DESC, id",
        [q],
    ).fetchall()
    return [(i, s) for i, s in rows]


def _postings(store: Store, index: str, q: str) -> list[tuple[str, float]]:
    sql = _bm25_hits(store, index, q)
    if sql is None:
        return []
    return [
        (i, s)
        for i, s in store.con.execute(f"SELECT id, score FROM ({sql}) ORDER BY score DESC, id").fetchall()
    ]


@pytest.mark.parametrize("postings", [True, False])
@pytest.mark.parametrize("q", QUERIES)
@pytest.mark.parametrize(
    ("index", "table"), [("fts_main_documents", "documents"), ("fts_main_quotes", "quotes")]
)
def test_postings_rank_like_match_bm25(index: str, table: str, q: str, postings: bool) -> None:
    path = web_corpus().path if postings else store_without_postings()
    with Store(path, read_only=True) as store:
        assert load_fts(store.con)
        assert has_postings(store, index) is postings
        expected = _match_bm25(store, index, table, q)
        got = _postings(store, index, q)
        assert [i for i, _ in got] == [i for i, _ in expected]
        assert [s for _, s in got] == pytest.approx([s for _, s in expected], rel=1e-9)


def test_the_queries_exercise_hits_and_misses() -> None:
    with Store(web_corpus().path, read_only=True) as store:
        assert load_fts(store.con)
        hits = {q: len(_postings(store, "fts_main_documents", q)) for q in QUERIES}
    assert hits["reservoir"] >= 1 and hits["reservoirs"] == hits["reservoir"]  # stemmed alike
    assert hits["families moved"] >= 1 and hits["valley post"] >= 1
    assert hits["the"] == 0 and hits["zzzq nowhereword"] == 0


def test_scare_quotes_are_left_out_of_quote_hits() -> None:
    with Store(web_corpus().path, read_only=True) as store:
        assert load_fts(store.con)
        scare = {r[0] for r in store.con.execute("SELECT id FROM quotes WHERE kind = 'scare'").fetchall()}
        words = store.con.execute("SELECT text FROM quotes WHERE kind = 'scare' LIMIT 1").fetchone()
        assert scare and words, "the corpus needs a scare quote for this test"
        sql = _bm25_hits(store, "fts_main_quotes", words[0], "SELECT id FROM quotes WHERE kind = 'scare'")
        every = _bm25_hits(store, "fts_main_quotes", words[0])
        assert sql and every
        kept = {r[0] for r in store.con.execute(sql).fetchall()}
        found = {r[0] for r in store.con.execute(every).fetchall()}
    assert found & scare and not kept & scare and kept == found - scare


@pytest.mark.parametrize("index", INDEXES)
def test_build_index_writes_postings_that_count_every_occurrence_sorted_by_term(index: str) -> None:
    with Store(web_corpus().path, read_only=True) as store:
        one = lambda sql: store.con.execute(sql).fetchone()[0]  # type: ignore[index]  # noqa: E731
        assert one(f"SELECT sum(tf) FROM {index}.postings") == one(f"SELECT count(*) FROM {index}.terms") > 0
        termids = [r[0] for r in store.con.execute(f"SELECT termid FROM {index}.postings").fetchall()]
        assert termids == sorted(termids)
        assert (
            one(
                f"SELECT count(*) FROM {index}.postings p JOIN {index}.docs d USING (docid) WHERE p.len <> d.len"
            )
            == 0
        )


@pytest.mark.parametrize("postings", [True, False])
@pytest.mark.parametrize("q", QUERIES)
def test_ranked_pages_are_the_pages_of_the_full_ranking(q: str, postings: bool) -> None:
    path = web_corpus().path if postings else store_without_postings()
    with Store(path, read_only=True) as store:
        assert load_fts(store.con)
        for index, table, where in (
            ("fts_main_documents", "documents", ""),
            ("fts_main_quotes", "quotes", "WHERE kind <> 'scare'"),
        ):
            full = [i for i, _ in _match_bm25(store, index, f"(SELECT * FROM {table} {where})", q)]
            leave_out = _scare_docids(store) if table == "quotes" else None
            for size in (1, 2, 50):
                for offset in range(0, len(full) + size, size):
                    total, page = ranked_page(store, index, q, size, offset, leave_out=leave_out)
                    assert (total, page) == (len(full), full[offset : offset + size]), (index, size, offset)


@pytest.mark.parametrize("page", [1, 2])
def test_the_apps_kept_dictionary_and_shared_words_search_as_a_plain_store_does(page: int) -> None:
    """The web app's store looks the query's words up in the index dictionary it keeps, and finds
    the words once for both indexes (they tokenize alike): the same results, page by page, as a
    plain store asking the index each time."""
    from refrain.store.queries.filters import Filters
    from refrain.store.queries.search import _same_tokenizer, search
    from refrain.web.db import ReadOnlyDatabase

    with (
        ReadOnlyDatabase(str(web_corpus().path)).store() as kept,
        Store(web_corpus().path, read_only=True) as plain,
    ):
        assert kept.memo is not None and _same_tokenizer(kept, INDEXES)
        for q in [*QUERIES, "Reservoir WATER", "آب"]:
            for filters in (Filters(), Filters(outlet="Valley Post")):
                a = search(kept, q, page=page, filters=filters)
                b = search(plain, q, page=page, filters=filters)
                for part in ("documents", "quotes"):
                    assert [r["id"] for r in a[part]["rows"]] == [r["id"] for r in b[part]["rows"]], (q, part)
                    assert a[part]["total"] == b[part]["total"], (q, part)
        assert any(search(kept, q, page=1)["documents"]["total"] for q in QUERIES)
