"""Search in Persian: terms folded the same way at index time and at query time.

A word printed with the Arabic letters ي/ك or with no zero-width non-joiner is the same term as the
Persian spelling (ی/ک, می‌شود), so a search in either spelling finds the same articles; punctuation
(، « ») is never part of a term; Latin text is split exactly as the fts extension splits it.

All article and quotation text here is invented.
"""

from __future__ import annotations

import pytest

from refrain.document import Document
from refrain.store import Store, insert_rows
from refrain.store.queries.search import search
from refrain.store.search_index import _OPTIONS, build_index, fold_query, load_fts, update_index
from refrain.web.search import snippet

Z = "\u200c"  # zero-width non-joiner

# Five articles: the same words in the Persian spelling, in Arabic letters, without ZWNJ, with
# Persian punctuation glued on; one English article; one about something else.
ARTICLES = {
    "fa-persian": ("سفر هیئت آمریکا", f"هیئت آمریکا امروز وارد شد و گفت‌وگو فردا انجام می{Z}شود."),
    "fa-arabic-letters": ("سفر هيئت آمريكا", "هيئت آمريكا امروز وارد شد و گفت وگو فردا انجام مي\u200cشود."),
    "fa-no-zwnj": ("خبر کوتاه", "به گفته مقام‌ها نشست در تهران برگزار میشود و هیئت آمریکا هم می‌آید."),
    "fa-punctuation": ("ایران، «آمریكا» و اروپا", "نماینده ایران، گفت: «نشست آمریکا؛ فردا برگزار مي‌شود»؟"),
    "fa-other": ("بازار برنج", "قیمت برنج در بازار تهران ثابت ماند."),
    "en": ("Talks resume", "The delegation's talks will resume on Friday, officials said."),
}


def _store(with_index: bool = True) -> Store:
    store = Store(":memory:")
    if not load_fts(store.con):
        pytest.skip("the fts extension package is not installed")
    docs = [Document(text=text, source=f"{key}.txt", title=title) for key, (title, text) in ARTICLES.items()]
    store.add_documents(docs)
    if with_index:
        build_index(store)
    return store


def _found(store: Store, q: str) -> set[str]:
    result = search(store, q, page=1)
    names = {d["id"] for d in result["documents"]["rows"]}
    by_id = dict(store.con.execute("SELECT id, source FROM documents").fetchall())
    return {by_id[i].removesuffix(".txt") for i in names}


SPELLINGS = [
    ("آمریکا", "آمريكا", "آمریكا"),
    ("می\u200cشود", "میشود", "مي\u200cشود", "ميشود"),
    ("هیئت", "هيئت"),
    ("ایران", "ایران،", "«ایران»"),
]


@pytest.mark.parametrize("with_index", [True, False], ids=["fts", "substring"])
@pytest.mark.parametrize("spellings", SPELLINGS, ids=["America", "mishavad", "delegation", "Iran"])
def test_every_spelling_of_a_word_finds_the_same_articles(
    with_index: bool, spellings: tuple[str, ...]
) -> None:
    store = _store(with_index)
    results = [_found(store, q) for q in spellings]
    assert results[0], f"{spellings[0]} finds nothing"
    assert all(r == results[0] for r in results), dict(zip(spellings, results, strict=True))
    assert "fa-other" not in results[0] and "en" not in results[0]


def test_a_word_is_found_in_every_article_that_prints_it_in_any_spelling() -> None:
    store = _store()
    assert _found(store, "آمريكا") == {"fa-persian", "fa-arabic-letters", "fa-no-zwnj", "fa-punctuation"}
    assert _found(store, "میشود") == {"fa-persian", "fa-arabic-letters", "fa-no-zwnj", "fa-punctuation"}


def test_punctuation_is_never_part_of_a_term() -> None:
    store = _store()
    terms = {row[0] for row in store.con.execute("SELECT term FROM fts_main_documents.dict").fetchall()}
    assert "ایران" in terms and "امریکا" in terms and "میشود" in terms
    glued = [t for t in terms if set(t) & set("،؛؟«»:.")]
    assert glued == []


def test_an_index_updated_in_place_holds_the_folded_terms_of_a_fresh_build() -> None:
    updated, fresh = _store(with_index=False), _store(with_index=False)
    update_index(updated)
    later = Document(text=f"وزير خارجه گفت: سفر به آمريكا لغو مي{Z}شود.", source="later.txt", title="لغو سفر")
    for store in (updated, fresh):
        store.add_documents([later])
        insert_rows(store.con, "quotes", [_quote(store)])
    assert update_index(updated)["documents"].startswith("updated")
    build_index(fresh)
    for table in ("documents", "quotes"):
        sql = f"SELECT d.name, w.term FROM fts_main_{table}.terms t JOIN fts_main_{table}.docs d USING (docid) JOIN fts_main_{table}.dict w USING (termid)"
        assert sorted(updated.con.execute(sql).fetchall()) == sorted(fresh.con.execute(sql).fetchall())
    assert _found(updated, "آمریکا") == _found(fresh, "آمریکا")
    assert "later" in _found(updated, "میشود")


def _quote(store: Store) -> dict[str, object]:
    doc_id = store.con.execute("SELECT id FROM documents WHERE source = 'later.txt'").fetchone()[0]  # type: ignore[index]
    text = "سفر به آمريكا لغو مي\u200cشود"
    return {"id": f"{doc_id}:q0", "doc_id": doc_id, "start_offset": 0, "end_offset": len(text),
            "pieces": "[]", "text": text, "kind": "direct", "speaker": "وزير خارجه"}  # fmt: skip


def test_quotes_and_speakers_are_found_in_either_spelling() -> None:
    store = _store(with_index=False)
    store.add_documents([Document(text="وزير خارجه گفت: سفر به آمريكا لغو مي\u200cشود.", source="later.txt")])
    insert_rows(store.con, "quotes", [_quote(store)])
    build_index(store)
    for q in ("آمریکا", "آمريكا"):
        result = search(store, q, page=1)
        assert [r["speaker"] for r in result["quotes"]["rows"]] == ["وزير خارجه"]
    for q in ("وزیر", "وزير"):
        assert [s["speaker"] for s in search(store, q, page=1)["speakers"]] == ["وزير خارجه"]


def test_a_snippet_marks_the_word_in_the_spelling_the_text_uses() -> None:
    text = "گزارش تازه: هيئت آمريكا امروز وارد شد و نشست فردا برگزار مي\u200cشود."
    marked = str(snippet(text, "آمریکا میشود"))
    assert "<mark>آمريكا</mark>" in marked
    assert "<mark>مي\u200cشود</mark>" in marked
    assert str(snippet("The dams were full.", "dam")) == "The <mark>dams</mark> were full."


def test_latin_text_is_split_as_the_extension_splits_it() -> None:
    store = Store(":memory:")
    if not load_fts(store.con):
        pytest.skip("the fts extension package is not installed")
    text = "The minister’s “plan” costs £5 (2024), e-mail: a.b@c.d — naïve café/U.S. [draft] {x} ~y `z`"
    store.con.execute("CREATE TABLE t (id VARCHAR, x VARCHAR)")
    store.con.execute("INSERT INTO t VALUES ('a', ?)", [text])
    split = {}
    for name, options in (("default", ""), ("refrain", f", {_OPTIONS}")):
        store.con.execute(f"PRAGMA create_fts_index('t', 'id', 'x'{options})")
        split[name] = store.con.execute("SELECT fts_main_t.tokenize(x) FROM t").fetchone()[0]  # type: ignore[index]
    assert split["refrain"] == split["default"]
    assert fold_query(text) == text


def test_on_latin_text_the_index_is_the_extensions_own_build() -> None:
    """Terms, document lengths, statistics and BM25 scores as the fts extension's build makes them."""
    import random

    from test_store_search_index import add_quotes, invented_article

    ours, theirs = Store(":memory:"), Store(":memory:")
    if not load_fts(ours.con) or not load_fts(theirs.con):
        pytest.skip("the fts extension package is not installed")
    rng = random.Random(11)
    docs = [invented_article(rng, i) for i in range(40)]
    for store in (ours, theirs):
        store.add_documents(docs)
        for doc in docs:
            add_quotes(store, doc.id, random.Random(doc.id), 2)
    build_index(ours)
    found = 0
    for table, fields in (("documents", "'title', 'text'"), ("quotes", "'text', 'speaker'")):
        theirs.con.execute(f"PRAGMA create_fts_index('{table}', 'id', {fields}, {_OPTIONS})")
    for table in ("documents", "quotes"):
        fts = f"fts_main_{table}"
        for sql in (
            f"SELECT name, len FROM {fts}.docs",
            f"SELECT term, df FROM {fts}.dict",
            f"SELECT d.name, f.field, w.term FROM {fts}.terms t JOIN {fts}.docs d USING (docid) "
            f"JOIN {fts}.dict w USING (termid) JOIN {fts}.fields f USING (fieldid)",
            f"SELECT num_docs, round(avgdl, 9) FROM {fts}.stats",
        ):
            assert sorted(ours.con.execute(sql).fetchall()) == sorted(theirs.con.execute(sql).fetchall()), sql
        sql = f"SELECT id, {fts}.match_bm25(id, ?) FROM {table}"
        for q in ("ferry", "harbour toll", "running bridges", "Ilse Marnet"):
            got = {i: s for i, s in ours.con.execute(sql, [q]).fetchall() if s is not None}
            want = {i: s for i, s in theirs.con.execute(sql, [q]).fetchall() if s is not None}
            assert got == pytest.approx(want, rel=1e-12)
            found += len(got)
    assert found > 20
