"""The store's read queries (shared by the CLI, the web UI and the report) answer exactly what one
plain SQL query over the whole tables answers: the kept lists and id lookups change speed, not rows."""

from __future__ import annotations

import threading
import time

import pytest
from test_web_corpus import FAMILY_ID, HOSTILE_SPEAKER, web_corpus

from refrain.entities.kinds import KINDS
from refrain.store import Store
from refrain.store import queries as store_queries
from refrain.store.lists import speaker_ranking
from refrain.store.queries import paging
from refrain.store.queries.filters import Filters
from refrain.store.queries.names import named
from refrain.store.queries.search import _like_pattern, matching_speakers
from refrain.web.db import ReadOnlyDatabase, close_all


def _ilike_speakers(store: Store, q: str) -> list[dict[str, object]]:
    """The search's speakers as one SQL query over every quote (what matching_speakers replaces)."""
    return store.query(
        "SELECT coalesce(e.name, q.speaker) AS speaker, count(*) AS quotes FROM quotes q "
        "LEFT JOIN entities e ON e.id = q.entity_id WHERE q.kind <> 'scare' AND "
        "(q.speaker ILIKE ? ESCAPE '\\' OR e.name ILIKE ? ESCAPE '\\') GROUP BY 1 ORDER BY quotes DESC, 1 LIMIT 20",
        [_like_pattern(q), _like_pattern(q)],
    )


# A speaker's kind: the one most of its quotes carry, ties to the first of KINDS (person ...); NULL when none.
_SPEAKER_KIND_SQL = (
    "kinds AS (SELECT speaker, arg_max(speaker_kind, n * 10 - list_position(?, speaker_kind)) AS kind FROM "
    "(SELECT coalesce(e.name, q.speaker) AS speaker, q.speaker_kind, count(*) AS n FROM quotes q "
    "LEFT JOIN entities e ON e.id = q.entity_id WHERE q.speaker IS NOT NULL AND q.kind <> 'scare' "
    "AND q.speaker_kind IS NOT NULL GROUP BY 1, 2) GROUP BY 1)"
)


def _speakers_in_one_query(store: Store, limit: int, offset: int) -> list[dict[str, object]]:
    """The speakers ranking as grouping SQL over every quote (what the kept lists replace): named
    speakers only (people, organisations, and those of no kind), as the lists show by default."""
    name = "coalesce(e.name, q.speaker)"
    return store.query(
        f"WITH {_SPEAKER_KIND_SQL}, "
        f"top AS (SELECT {name} AS speaker, k.kind, count(*) AS quotes FROM quotes q "
        f"LEFT JOIN entities e ON e.id = q.entity_id LEFT JOIN kinds k ON k.speaker = {name} "
        "WHERE q.speaker IS NOT NULL AND q.kind <> 'scare' GROUP BY 1, 2 "
        "HAVING k.kind IS NULL OR k.kind IN ('person', 'organisation') "
        "ORDER BY quotes DESC, 1 LIMIT ? OFFSET ?), "
        f"details AS (SELECT {name} AS speaker, min(q.entity_id) AS entity, count(DISTINCT q.doc_id) AS articles, "
        "array_to_string(list_sort(list(DISTINCT d.outlet)), ', ') AS outlets, min(d.date) AS first_date, "
        "max(d.date) AS last_date, array_to_string(list_sort(list(DISTINCT q.role)), '; ') AS roles "
        "FROM quotes q JOIN documents d ON d.id = q.doc_id LEFT JOIN entities e ON e.id = q.entity_id "
        "WHERE q.kind <> 'scare' GROUP BY 1) "
        "SELECT top.speaker, top.kind, top.quotes, d.entity, d.articles, d.outlets, d.first_date, d.last_date, "
        "d.roles FROM top LEFT JOIN details d ON d.speaker = top.speaker ORDER BY top.quotes DESC, top.speaker",
        [list(KINDS), limit, offset],
    )


@pytest.mark.parametrize(("limit", "offset"), [(50, 0), (3, 0), (3, 3), (2, 5), (50, 10_000)])
def test_top_speakers_match_one_sql_query(limit: int, offset: int) -> None:
    """One ranking serves `refrain speakers`, the web's list of speakers and the report."""
    with Store(web_corpus().path, read_only=True) as store:
        expected = _speakers_in_one_query(store, limit, offset)
        assert store_queries.top_speakers(store, limit=limit, offset=offset) == expected
    if offset == 0:
        assert expected, "the corpus needs speakers for this test"


def test_speaker_count_is_the_number_of_distinct_speakers() -> None:
    with Store(web_corpus().path, read_only=True) as store:
        total = store.con.execute(
            "SELECT count(DISTINCT coalesce(e.name, q.speaker)) FROM quotes q LEFT JOIN entities e "
            "ON e.id = q.entity_id WHERE q.speaker IS NOT NULL AND q.kind <> 'scare'"
        ).fetchone()[0]  # type: ignore[index]
        assert store_queries.speakers(store, page=1, filters=Filters(kind="all"))["total"] == total
        named_total = store.con.execute(
            f"WITH {_SPEAKER_KIND_SQL} SELECT count(DISTINCT coalesce(e.name, q.speaker)) FROM quotes q "
            "LEFT JOIN entities e ON e.id = q.entity_id LEFT JOIN kinds k ON k.speaker = coalesce(e.name, q.speaker) "
            "WHERE q.speaker IS NOT NULL AND q.kind <> 'scare' AND (k.kind IS NULL OR k.kind IN ('person', 'organisation'))",
            [list(KINDS)],
        ).fetchone()[0]  # type: ignore[index]
        assert store_queries.speakers(store, page=1)["total"] == named_total


@pytest.mark.parametrize("q", ["a", "ADA", "vell", "<script>", "nobody-has-this-name", "%", "_"])
def test_search_speakers_match_the_ilike_query(q: str) -> None:
    with Store(web_corpus().path, read_only=True) as store:
        assert matching_speakers(store, q) == _ilike_speakers(store, q)


def test_the_speaker_ranking_is_computed_once_while_the_file_is_open() -> None:
    database = ReadOnlyDatabase(str(web_corpus().path), idle_close_s=60)
    try:
        with database.store() as store:
            first = speaker_ranking(store)
        with database.store() as store:
            assert speaker_ranking(store) is first  # the same object: not computed again
            assert HOSTILE_SPEAKER in [name for name, _ in first]
        database.close_if_idle()
        database.idle_close_s = 0
        assert database.close_if_idle() and not database.is_open
        with database.store() as store:  # opened again: computed again
            assert speaker_ranking(store) is not first
    finally:
        database.close()


def _articles_in_one_query(store: Store, page: int, size: int, outlet: str | None) -> list[dict[str, object]]:
    """The articles list as one SQL query (what article_order + list_contains replace)."""
    where, params = ("coalesce(d.outlet, '(unknown)') = ?", [outlet]) if outlet else ("true", [])
    return store.query(
        f"WITH page AS (SELECT d.id FROM documents d WHERE {where} ORDER BY d.date NULLS LAST, d.seq LIMIT ? OFFSET ?) "
        "SELECT d.id, d.name, d.title, d.date, d.outlet, d.url, length(d.text) AS length, "
        "(SELECT count(*) FROM quotes q WHERE q.doc_id = d.id AND q.kind <> 'scare') AS quotes, "
        "(SELECT count(*) FROM claims c WHERE c.doc_id = d.id) AS claims "
        "FROM page JOIN documents d ON d.id = page.id ORDER BY d.date NULLS LAST, d.seq",
        [*params, size, (page - 1) * size],
    )


@pytest.mark.parametrize("outlet", [None, "Valley Post", "(unknown)", "No Such Outlet"])
def test_article_pages_match_one_sql_query(outlet: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paging, "PAGE_SIZE", 4)
    with Store(web_corpus().path, read_only=True) as store:
        pages = store_queries.articles(store, page=1, outlet=outlet)["pages"]
        for page in range(1, pages + 2):
            got = store_queries.articles(store, page=page, outlet=outlet)
            assert got["rows"] == [named(r) for r in _articles_in_one_query(store, page, 4, outlet)]
            assert (
                got["total"]
                == store.con.execute(
                    "SELECT count(*) FROM documents WHERE coalesce(outlet, '(unknown)') = ? OR ? IS NULL",
                    [outlet, outlet],
                ).fetchone()[0]
            )  # type: ignore[index]
        if outlet != "No Such Outlet":
            assert got["total"] >= 1


def _reuse_pairs_in_one_query(store: Store, page: int, size: int) -> list[dict[str, object]]:
    base = "FROM passages p WHERE NOT coalesce(p.boilerplate, false)"
    return store.query(
        "SELECT x.*, da.title AS a_title, da.outlet AS a_outlet, da.date AS a_date, db.title AS b_title, "
        "db.outlet AS b_outlet, db.date AS b_date FROM ("
        f"SELECT p.a_doc, p.b_doc, count(*) AS passages, sum(p.a_end - p.a_start) AS chars, max(p.score) AS score {base} "
        "GROUP BY p.a_doc, p.b_doc) x JOIN documents da ON da.id = x.a_doc JOIN documents db ON db.id = x.b_doc "
        "ORDER BY x.chars DESC, x.a_doc, x.b_doc LIMIT ? OFFSET ?",
        [size, (page - 1) * size],
    )


def test_reuse_pages_match_one_sql_query(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paging, "PAGE_SIZE", 2)
    with Store(web_corpus().path, read_only=True) as store:
        first = store_queries.reuse_pairs(store, page=1)
        assert first["rows"], "the corpus needs shared passages for this test"
        for page in range(1, first["pages"] + 2):
            # Each pair is shown earlier article first (see test_reuse_pairs_put_the_earlier_article_first).
            keys = ("passages", "chars", "score")
            got = store_queries.reuse_pairs(store, page=page)["rows"]
            assert [({r["a_doc"], r["b_doc"]}, *(r[k] for k in keys)) for r in got] == [
                ({r["a_doc"], r["b_doc"]}, *(r[k] for k in keys))
                for r in _reuse_pairs_in_one_query(store, page, 2)
            ]


def test_conflict_groups_list_their_claims_in_the_order_of_one_sql_query() -> None:
    with Store(web_corpus().path, read_only=True) as store:
        groups = [g["id"] for g in store.query("SELECT id FROM conflict_groups ORDER BY id")]
        assert groups, "the corpus needs conflict groups for this test"
        for group_id in groups:
            expected = store.query(
                "SELECT c.id, d.title, d.date, d.outlet, d.name AS doc_name FROM claims c "
                "JOIN documents d ON d.id = c.doc_id WHERE c.conflict_group = ? "
                "ORDER BY c.value NULLS LAST, d.date NULLS LAST, d.seq, c.id",
                [group_id],
            )
            claims = store_queries.conflict(store, group_id)["group"]["claims"]  # type: ignore[index]
            assert [
                {k: c[k] for k in ("id", "title", "date", "outlet", "doc_name")} for c in claims
            ] == expected


def test_requests_needing_a_kept_list_at_once_compute_it_once() -> None:
    database = ReadOnlyDatabase(str(web_corpus().path), idle_close_s=60)
    calls: list[int] = []

    def slow() -> list[int]:
        calls.append(1)
        time.sleep(0.2)
        return [1, 2, 3]

    def ask(out: list[object]) -> None:
        with database.store() as store:
            out.append(store.memo("a list", slow))  # type: ignore[attr-defined]

    try:
        answers: list[object] = []
        threads = [threading.Thread(target=ask, args=(answers,)) for _ in range(5)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=10)
        assert calls == [1] and answers == [[1, 2, 3]] * 5
    finally:
        database.close()


def _speaker_quotes_in_one_query(store: Store, name: str) -> list[dict[str, object]]:
    """A speaker's quotes as one SQL query over every quote (what the kept names replace)."""
    return store.query(
        "WITH m AS (SELECT q.id, q.doc_id, q.text, q.kind, q.role, q.cue, q.family, q.start_offset, "
        "coalesce(e.name, q.speaker) AS speaker FROM quotes q LEFT JOIN entities e ON e.id = q.entity_id "
        "WHERE q.kind <> 'scare' AND (lower(coalesce(e.name, q.speaker)) = lower(?) OR lower(q.speaker) = lower(?) "
        "OR q.entity_id = ?)) "
        "SELECT m.id, m.doc_id, m.text, m.kind, m.role, m.cue, m.family, m.speaker, d.title, d.date, "
        'd.seq AS "order", d.outlet, d.name AS doc_name FROM m JOIN documents d ON d.id = m.doc_id '
        "ORDER BY d.date NULLS LAST, d.seq, m.start_offset",
        [name, name, name],
    )


def _speaker_probes(store: Store) -> list[str]:
    names = [
        r[0]
        for r in store.con.execute("SELECT DISTINCT speaker FROM quotes WHERE speaker IS NOT NULL").fetchall()
    ]
    entities = [r[0] for r in store.con.execute("SELECT id FROM entities ORDER BY id LIMIT 3").fetchall()]
    resolved = [r[0] for r in store.con.execute("SELECT name FROM entities ORDER BY id LIMIT 3").fetchall()]
    return sorted(set(names + entities + resolved + [n.upper() for n in names[:3]] + ["nobody at all"]))


def test_speaker_pages_have_the_quotes_of_one_sql_query(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paging, "PAGE_SIZE", 10_000)
    with Store(web_corpus().path, read_only=True) as store:
        probes = _speaker_probes(store)
        assert HOSTILE_SPEAKER in probes and len(probes) > 5
        for name in probes:
            expected = _speaker_quotes_in_one_query(store, name)
            got = store_queries.speaker(store, name, page=1)
            if not expected:
                assert got is None, name
                continue
            assert got is not None and [{k: r[k] for k in expected[0]} for r in got["rows"]] == expected, name
            assert all(r["label"] and "source_url" in r for r in got["rows"])
            assert got["total"] == len(expected)


def _family_in_sql(
    store: Store, family_id: int
) -> tuple[list[dict[str, object]], str, list[dict[str, object]]]:
    """A family's quotes, first wording and distinct wordings as SQL queries (what one scan replaces)."""
    rows = store.query(
        "SELECT q.id, q.doc_id, q.text, coalesce(e.name, q.speaker) AS speaker, q.role, d.title, d.date, d.outlet, "
        "d.name AS doc_name FROM quotes q JOIN documents d ON d.id = q.doc_id LEFT JOIN entities e ON "
        "e.id = q.entity_id WHERE q.family = ? ORDER BY d.date NULLS LAST, d.seq, q.start_offset",
        [family_id],
    )
    first = store.query("SELECT first_doc, text FROM quote_families WHERE id = ?", [family_id])[0]
    reference = store.con.execute(
        "SELECT q.text FROM quotes q WHERE q.family = ? AND q.doc_id = ? ORDER BY q.start_offset LIMIT 1",
        [family_id, first["first_doc"]],
    ).fetchone()
    wordings = store.query(
        "SELECT q.text, count(*) AS appearances, "
        # the first appearance is one member: its date and its outlet (date, undated last, then ingest order)
        "arg_min(d.date, (d.date IS NULL, coalesce(d.date, ''), d.seq, q.start_offset)) AS first_date, "
        "arg_min(d.outlet, (d.date IS NULL, coalesce(d.date, ''), d.seq, q.start_offset)) AS outlet "
        "FROM quotes q JOIN documents d ON d.id = q.doc_id WHERE q.family = ? GROUP BY q.text "
        "ORDER BY appearances DESC, q.text LIMIT 50",
        [family_id],
    )
    return rows, (reference[0] if reference else None) or first["text"] or "", wordings


def test_family_pages_match_the_sql_queries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paging, "PAGE_SIZE", 10_000)
    with Store(web_corpus().path, read_only=True) as store:
        families = [r[0] for r in store.con.execute("SELECT id FROM quote_families ORDER BY id").fetchall()]
        assert FAMILY_ID in families
        for family_id in families:
            rows, reference, wordings = _family_in_sql(store, family_id)
            got = store_queries.family(store, family_id, page=1)
            assert got is not None
            assert [{k: r[k] for k in rows[0]} for r in got["rows"]] == rows
            assert got["total"] == len(rows) and got["reference"] == reference
            keys = ("text", "appearances", "first_date", "outlet")
            assert [{k: v[k] for k in keys} for v in got["variants"]] == wordings


def test_conflicts_list_pages_show_each_group_as_its_own_page_does(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paging, "PAGE_SIZE", 2)
    with Store(web_corpus().path, read_only=True) as store:
        order = store.query(
            "SELECT id FROM conflict_groups WHERE NOT agree ORDER BY sources DESC NULLS LAST, size DESC, id"
        )
        assert order, "the corpus needs a disagreeing group for this test"
        shown = []
        for page in range(1, store_queries.conflicts(store, page=1)["pages"] + 1):
            for group in store_queries.conflicts(store, page=page)["rows"]:
                alone = store_queries.conflict(store, group["id"])["group"]  # type: ignore[index]
                assert group["claims"] == alone["claims"] and (group["low"], group["high"]) == (
                    alone["low"],
                    alone["high"],
                )
                shown.append({"id": group["id"]})
        assert shown == order


def test_every_open_database_is_closed_and_its_reaper_stopped_at_exit() -> None:
    # a reaper thread left inside DuckDB's close while the interpreter exits aborts the process
    # (duckdb/duckdb#13904): the atexit hook closes every database and joins its reaper first
    databases = [ReadOnlyDatabase(str(web_corpus().path), idle_close_s=60) for _ in range(2)]
    for database in databases:
        with database.store() as store:
            assert store is not None
    assert all(d.is_open and d._reaper is not None and d._reaper.is_alive() for d in databases)
    close_all()
    assert not any(d.is_open for d in databases)
    assert not any(d._reaper is not None and d._reaper.is_alive() for d in databases)
