"""refrain.store.search_index: the full-text index, updated in place as a fresh build would make it.

All article and quotation text here is invented.
"""

from __future__ import annotations

import random

import pytest

from refrain.document import Document
from refrain.store import Store, insert_rows
from refrain.store.search_index import build_index, has_index, load_fts, update_index

WORDS = (
    "harbour ferries ferry council councils tolls toll bridge bridges budget budgets running runs "
    "mayor mayors Ålesund café naïve the and of 2024 islands island quay quays strike strikes "
    "fishermen fisherman workers said says will not raise"
).split()
QUERIES = ["ferry", "harbour toll", "running bridges", "cafe", "naive mayor", "the", "quay strike 2024"]


def invented_article(rng: random.Random, i: int) -> Document:
    text = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(0, 40)))
    title = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(0, 5))) or None
    return Document(text=f"Article {i}. {text}", source=f"a{i}.txt", title=title)


def add_quotes(store: Store, doc_id: str, rng: random.Random, n: int) -> None:
    rows = []
    for k in range(n):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 12)))
        speaker = rng.choice([None, "Ilse Marnet", "the harbour master", "Mayor Lind"])
        rows.append(
            {
                "id": f"{doc_id}:q{k}",
                "doc_id": doc_id,
                "start_offset": 0,
                "end_offset": len(text),
                "pieces": "[]",
                "text": text,
                "kind": "direct",
                "speaker": speaker,
            }
        )
    insert_rows(store.con, "quotes", rows)


def index_contents(store: Store) -> dict[str, object]:
    """What a search reads, independent of the internal numbers (docid, termid) given to rows."""
    out: dict[str, object] = {}
    for table in ("documents", "quotes"):
        fts = f"fts_main_{table}"
        q = store.con.execute
        out[f"{table} docs"] = sorted(q(f"SELECT name, len FROM {fts}.docs").fetchall())
        out[f"{table} dict"] = sorted(q(f"SELECT term, df FROM {fts}.dict").fetchall())
        out[f"{table} terms"] = sorted(
            q(
                f"SELECT d.name, t.fieldid, w.term FROM {fts}.terms t JOIN {fts}.docs d USING (docid) "
                f"JOIN {fts}.dict w USING (termid)"
            ).fetchall()
        )
        out[f"{table} postings"] = sorted(
            q(
                f"SELECT w.term, d.name, p.tf, p.len FROM {fts}.postings p JOIN {fts}.docs d USING (docid) "
                f"JOIN {fts}.dict w USING (termid)"
            ).fetchall()
        )
        num_docs, avgdl = q(f"SELECT num_docs, avgdl FROM {fts}.stats").fetchone()  # type: ignore[misc]
        out[f"{table} stats"] = (num_docs, pytest.approx(avgdl, rel=1e-12))
    return out


def scores(store: Store) -> dict[tuple[str, str], float]:
    found = {}
    for table in ("documents", "quotes"):
        for query in QUERIES:
            for row_id, score in store.con.execute(
                f"SELECT id, fts_main_{table}.match_bm25(id, ?) FROM {table}", [query]
            ).fetchall():
                if score is not None:
                    found[(row_id, query)] = score
    return found


@pytest.fixture
def stores() -> tuple[Store, Store]:
    updated, fresh = Store(":memory:"), Store(":memory:")
    if not load_fts(updated.con):
        pytest.skip("the fts extension package is not installed")
    return updated, fresh


def test_an_index_updated_in_place_reads_as_a_fresh_build(stores: tuple[Store, Store]) -> None:
    updated, fresh = stores
    rng = random.Random(7)
    first = [invented_article(rng, i) for i in range(60)]
    later = [invented_article(rng, i) for i in range(60, 70)]
    quote_counts = {d.id: rng.randrange(0, 4) for d in first + later}

    updated.add_documents(first)
    for doc in first:
        add_quotes(updated, doc.id, random.Random(doc.id), quote_counts[doc.id])
    assert update_index(updated) == {"documents": "built", "quotes": "built"}
    assert update_index(updated) == {"documents": "up to date", "quotes": "up to date"}

    # Ten articles come in with their quotes; one quotation is re-worded, one is taken away.
    updated.add_documents(later)
    for doc in later:
        add_quotes(updated, doc.id, random.Random(doc.id), quote_counts[doc.id])
    reworded, removed = updated.con.execute("SELECT id FROM quotes ORDER BY id LIMIT 2").fetchall()
    updated.con.execute("UPDATE quotes SET text = 'the quay strike ended' WHERE id = ?", [reworded[0]])
    updated.con.execute("DELETE FROM quotes WHERE id = ?", [removed[0]])
    done = update_index(updated)
    assert done["documents"] == "updated (10 in, 0 out)"
    assert done["quotes"].startswith("updated (") and done["quotes"].endswith(", 2 out)")

    fresh.add_documents(first + later)
    insert_rows(fresh.con, "quotes", updated.query("SELECT * FROM quotes"))
    build_index(fresh)
    assert index_contents(updated) == index_contents(fresh)
    expected = scores(fresh)
    assert len(expected) > 50
    assert scores(updated) == pytest.approx(expected, rel=1e-12)


def test_many_changes_rebuild_and_an_index_built_elsewhere_is_rebuilt(stores: tuple[Store, Store]) -> None:
    store, _ = stores
    rng = random.Random(3)
    store.add_documents([invented_article(rng, i) for i in range(8)])
    assert update_index(store)["documents"] == "built"
    store.add_documents([invented_article(rng, i) for i in range(8, 16)])  # doubles the table
    assert update_index(store)["documents"] == "rebuilt"
    # The extension's own rebuild drops the digest kept beside the index: the next update
    # cannot tell what changed, so it builds afresh.
    store.con.execute(
        "PRAGMA create_fts_index('documents', 'id', 'title', 'text', stemmer='porter', "
        "stopwords='english', strip_accents=1, lower=1, overwrite=1)"
    )
    assert update_index(store)["documents"] == "built"
    assert has_index(store.con)


def test_analyze_redoes_an_index_of_an_older_format(tmp_path) -> None:
    from refrain.analyze import analyze

    db = tmp_path / "store.duckdb"
    rng = random.Random(5)
    with Store(db) as store:
        store.add_documents([invented_article(rng, i) for i in range(6)])
    first = analyze(str(db), workers=1)
    assert first.search_index in ("rebuilt", "updated")
    assert analyze(str(db), workers=1).search_index == "up to date"
    with Store(db) as store:
        if not load_fts(store.con):
            pytest.skip("the fts extension package is not installed")
        # What an older refrain left: an index without postings or digests, fingerprinted by
        # the corpus alone. Nothing in the corpus changed, yet the index must be redone.
        for table in ("documents", "quotes"):
            store.con.execute(f"DROP TABLE fts_main_{table}.postings")
            store.con.execute(f"DROP TABLE fts_main_{table}.refrain_digest")
        old = store.get_meta("search_index_fingerprint").rsplit(":index-format-", 1)[0]
        store.set_meta("search_index_fingerprint", old)
    assert analyze(str(db), workers=1).search_index == "rebuilt"
    with Store(db) as store:
        assert store.con.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'postings'"
        ).fetchone() == (2,)
