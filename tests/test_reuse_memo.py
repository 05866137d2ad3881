"""ReuseMemo: a reuse run handed the previous run's memo redoes only what new documents change,
and its result is exactly the result of a run from scratch.

All texts are invented: words drawn from a made-up list, plus a few paragraphs and tag lines
copied between documents on purpose.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from refrain.analyze import recompute_corpus_links
from refrain.document import Document
from refrain.reuse import ReuseDoc, ReuseMemo, ReuseParams, align
from refrain.reuse.candidates import argsort_stable, sort_stable
from refrain.store import Store
from refrain.store.reuse_memo import load_reuse_memo

WORDS = (
    "harbour lantern council meadow ledger orchard quarry ribbon saddle tannery velvet willow "
    "anchor bramble cobble drover ember falcon gable hamlet inkwell juniper kettle linnet mallow "
    "nettle oxbow pewter quill rafter sorrel thimble umber vestry wicket yarrow barley cinder "
    "dormer eddy fennel gorse heron isle jetty kiln loam mill"
).split()


def prose(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def corpus(seed: int, n: int) -> list[ReuseDoc]:
    """``n`` documents of three outlets: some reprint one of a few paragraphs (a word changed
    here and there), one outlet ends most of its articles with its tag line, some have dates."""
    rng = random.Random(seed)
    paragraphs = [prose(rng, 45) for _ in range(6)]
    tag = (
        "Read more from the Ember Ledger every morning at the harbour kiosk, on the ferry, "
        "in the vestry reading room and online wherever the tide allows."
    )
    docs = []
    for i in range(n):
        outlet = ["Ember Ledger", "Quay Gazette", None][i % 3]
        parts = [prose(rng, 30)]
        if rng.random() < 0.5:
            words = rng.choice(paragraphs).split()
            if rng.random() < 0.5:
                words[rng.randrange(len(words))] = "umbrella"
            parts.append(" ".join(words))
        parts.append(prose(rng, 25))
        if outlet == "Ember Ledger" and rng.random() < 0.8:
            parts.append(tag)
        date = f"2024-03-{1 + i % 28:02d}" if i % 4 else None
        docs.append(ReuseDoc(f"doc{i}", "\n\n".join(parts), date=date, outlet=outlet, order=i))
    return docs


def test_a_grown_corpus_gives_what_a_run_from_scratch_gives() -> None:
    docs = corpus(7, 60)
    memo = ReuseMemo()
    before = align(docs[:48], workers=1, memo=memo)
    assert before.passages == align(docs[:48], workers=1).passages
    assert memo.reused_pairs == 0 and memo.aligned_pairs > 0

    after = align(docs, workers=1, memo=memo)
    full = align(docs, workers=1)
    assert after.passages == full.passages
    assert after.clusters == full.clusters
    assert any(not p.boilerplate for p in full.passages) and any(p.boilerplate for p in full.passages)
    assert memo.reused_pairs > 0  # old pairs were not aligned again
    assert len(memo.added_shingles) == 12  # only the new documents were tokenised


def test_running_again_on_the_same_corpus_aligns_nothing_and_adds_nothing() -> None:
    docs = corpus(11, 45)
    memo = ReuseMemo()
    first = align(docs, workers=1, memo=memo)
    pairs = memo.aligned_pairs
    again = align(docs, workers=1, memo=memo)
    assert again.passages == first.passages and again.clusters == first.clusters
    assert memo.aligned_pairs == 0 and memo.reused_pairs == pairs
    assert memo.added_shingles == {} and memo.added_pairs == {}


def _tagged_pair_corpus(rng: random.Random, outlet: str, tag: str, n_outlet: int) -> list[ReuseDoc]:
    """Documents 0 and 1 share a paragraph followed by ``tag``; documents 2 and 3 (another outlet)
    share another paragraph; the rest of ``outlet``'s documents are unrelated text."""
    shared_a, shared_b = prose(rng, 40), prose(rng, 40)
    docs = [
        ReuseDoc("d0", f"{prose(rng, 20)} {shared_a} {tag} {prose(rng, 20)}", outlet=outlet, order=0),
        ReuseDoc("d1", f"{prose(rng, 25)} {shared_a} {tag} {prose(rng, 15)}", outlet=outlet, order=1),
        ReuseDoc("d2", f"{prose(rng, 20)} {shared_b} {prose(rng, 20)}", outlet="Fen Courier", order=2),
        ReuseDoc("d3", f"{prose(rng, 30)} {shared_b} {prose(rng, 10)}", outlet="Fen Courier", order=3),
    ]
    docs += [ReuseDoc(f"d{i}", prose(rng, 60), outlet=outlet, order=i) for i in range(4, 2 + n_outlet)]
    return docs


def _boiler_flags(result, a: str, b: str) -> list[bool]:
    return [p.boilerplate for p in result.passages if (p.a, p.b) == (a, b)]


def test_new_documents_that_make_an_old_line_boilerplate_realign_the_old_pair() -> None:
    rng = random.Random(3)
    tag = "Subscribe to the Quay Gazette for the tide tables and the weekly market prices in every parish."
    # 9 documents of the outlet: a text must recur in 3 of them to be its boilerplate.
    docs = _tagged_pair_corpus(rng, "Quay Gazette", tag, 9)
    memo = ReuseMemo()
    before = align(docs, workers=1, memo=memo)
    assert _boiler_flags(before, "d0", "d1") == [False]  # the tag is in two documents only

    third = ReuseDoc("d99", f"{prose(rng, 30)} {tag} {prose(rng, 30)}", outlet="Quay Gazette", order=99)
    after = align([*docs, third], workers=1, memo=memo)
    assert after.passages == align([*docs, third], workers=1).passages
    assert _boiler_flags(after, "d0", "d1") == [False, True]  # the tag is split off, flagged
    # Only the old pair whose boilerplate changed was aligned again; d2-d3 came from the memo. The
    # new document shares nothing but boilerplate: it is paired only with the first document
    # holding the tag (wide stories), and that passage is boilerplate.
    assert memo.aligned_pairs == 2
    assert memo.reused_pairs == 1
    assert _boiler_flags(after, "d0", "d99") == [True]


def test_a_changed_outlet_threshold_realigns_the_pairs_it_touches() -> None:
    rng = random.Random(5)
    tag = "The Gorse Herald is printed at the old mill by the jetty and sold in every hamlet on the isle."
    docs = _tagged_pair_corpus(rng, "Gorse Herald", tag, 9)
    # A third document with the tag: 3 of 9 documents, the outlet's threshold (3), so boilerplate.
    docs.append(ReuseDoc("d50", f"{prose(rng, 30)} {tag} {prose(rng, 30)}", outlet="Gorse Herald", order=50))
    memo = ReuseMemo()
    before = align(docs, workers=1, memo=memo)
    assert _boiler_flags(before, "d0", "d1") == [False, True]

    # Four more documents of the outlet: 14 documents, threshold ceil(0.25 * 14) = 4, so the tag
    # (3 documents) is no longer boilerplate, and it now proposes pairs of its own.
    more = [ReuseDoc(f"d{60 + i}", prose(rng, 60), outlet="Gorse Herald", order=60 + i) for i in range(4)]
    after = align([*docs, *more], workers=1, memo=memo)
    assert after.passages == align([*docs, *more], workers=1).passages
    assert after.clusters == align([*docs, *more], workers=1).clusters
    assert _boiler_flags(after, "d0", "d1") == [False]
    assert {(p.a, p.b) for p in after.passages} >= {("d0", "d50"), ("d1", "d50")}
    assert memo.aligned_pairs == 3  # d0-d1 again, and the two new pairs with d50
    assert memo.reused_pairs == 1  # d2-d3


def test_a_memo_from_other_parameters_is_not_used() -> None:
    docs = corpus(13, 30)
    memo = ReuseMemo()
    align(docs, workers=1, memo=memo)
    other = ReuseParams(min_words=20)
    result = align(docs, workers=1, params=other, memo=memo)
    assert result.passages == align(docs, workers=1, params=other).passages
    assert memo.reused_pairs == 0 and len(memo.added_shingles) == 0  # same tokens, new alignments


def test_prune_keeps_only_what_the_last_run_used() -> None:
    docs = corpus(17, 40)
    memo = ReuseMemo()
    align(docs, workers=1, memo=memo)
    align(docs[:20], workers=1, memo=memo)
    memo.prune()
    assert len(memo.shingles) == 20
    assert set(memo.pairs) == memo.live_pairs


def test_argsort_stable_orders_exactly_like_numpy_on_colliding_prefixes() -> None:
    rng = np.random.default_rng(1)
    n = 1 << 17
    values = rng.integers(0, 2**64, n, dtype=np.uint64)
    values[: n // 3] = values[rng.integers(0, n, n // 3)]  # exact repeats
    # Values that differ only in their low bits: their packed prefixes collide.
    values[-n // 4 :] = (values[-n // 4 :] >> np.uint64(50)) << np.uint64(50) | rng.integers(
        0, 1 << 20, n // 4, dtype=np.uint64
    )
    expected = np.argsort(values, kind="stable")
    assert np.array_equal(argsort_stable(values), expected)
    order, in_order = sort_stable(values)
    assert np.array_equal(order, expected) and np.array_equal(in_order, values[expected])


# -- the memo kept in a store ---------------------------------------------------------------------


def _store(docs: list[ReuseDoc]) -> Store:
    store = Store(":memory:")
    store.add_documents(
        Document(text=d.text, source=f"{d.name}.txt", outlet=d.outlet, date=d.date) for d in docs
    )
    return store


def _links(store: Store) -> tuple[list, list, list]:
    return (
        store.query("SELECT * FROM passages ORDER BY a_doc, a_start, b_doc, b_start"),
        store.query("SELECT * FROM clusters ORDER BY id"),
        store.query("SELECT * FROM cluster_members ORDER BY cluster, doc_id, start_offset"),
    )


@pytest.fixture(scope="module")
def grown_store() -> tuple[Store, list[ReuseDoc]]:
    docs = corpus(23, 60)
    store = _store(docs[:50])
    recompute_corpus_links(store, workers=1)
    store.add_documents(
        Document(text=d.text, source=f"{d.name}.txt", outlet=d.outlet, date=d.date) for d in docs[50:]
    )
    recompute_corpus_links(store, workers=1)
    return store, docs


def test_analyze_with_the_stored_memo_gives_the_links_of_a_fresh_store(grown_store) -> None:
    store, docs = grown_store
    fresh = _store(docs)
    recompute_corpus_links(fresh, workers=1)
    assert _links(store) == _links(fresh)
    assert store.count("passages") > 0
    assert store.count("reuse_memo_docs") == 60
    assert store.count("reuse_memo_pairs") == fresh.count("reuse_memo_pairs") > 0


def test_the_stored_memo_serves_the_next_run_whole(grown_store) -> None:
    store, _ = grown_store
    memo = load_reuse_memo(store)
    from refrain.store.corpus import reuse_inputs

    align(reuse_inputs(store), workers=1, memo=memo)
    assert memo.aligned_pairs == 0 and memo.reused_pairs == store.count("reuse_memo_pairs")
    assert memo.added_shingles == {} and memo.added_pairs == {}


def test_a_damaged_memo_row_is_recomputed_not_read() -> None:
    docs = corpus(29, 40)
    store = _store(docs)
    recompute_corpus_links(store, workers=1)
    links = _links(store)
    rows = store.count("reuse_memo_pairs")
    store.con.execute("UPDATE reuse_memo_pairs SET passages = '\\x00'::BLOB")
    store.con.execute("UPDATE reuse_memo_docs SET checksum = checksum + 1 WHERE rowid % 2 = 0")
    assert load_reuse_memo(store).pairs == {}
    store.con.execute("DELETE FROM passages")
    recompute_corpus_links(store, workers=1)
    assert _links(store) == links
    assert store.count("reuse_memo_pairs") == rows  # rewritten once each, not doubled
    assert store.count("reuse_memo_docs") == 40
    assert len(load_reuse_memo(store).pairs) == rows


def test_documents_gone_from_the_store_leave_the_memo_too() -> None:
    docs = corpus(31, 40)
    store = _store(docs)
    recompute_corpus_links(store, workers=1)
    gone = [r["id"] for r in store.query("SELECT id FROM documents ORDER BY seq LIMIT 10")]
    store.con.execute("DELETE FROM documents WHERE id IN (SELECT unnest(?))", [gone])
    recompute_corpus_links(store, workers=1)
    fresh = _store(docs[10:])
    recompute_corpus_links(fresh, workers=1)
    assert _links(store) == _links(fresh)
    assert store.count("reuse_memo_docs") == 30
    assert store.count("reuse_memo_pairs") == fresh.count("reuse_memo_pairs")


def test_candidates_on_a_large_corpus_match_the_plain_numpy_path(monkeypatch) -> None:
    """Past 65,536 shingles the candidate stage sorts packed words and skips shingles found once;
    it must find exactly what numpy's own stable argsort over every row finds."""
    from refrain.reuse import candidates as stage

    rng = np.random.default_rng(3)
    pool = rng.integers(0, 2**64, 40_000, dtype=np.uint64)  # drawn from often: many repeats
    lone = rng.integers(0, 2**64, 90_000, dtype=np.uint64)
    # Values that differ from pooled ones only in their high bits: same bitmap slot, not repeated.
    lone[:5000] = (pool[:5000] & np.uint64(0xFFFFFF)) | (lone[:5000] & ~np.uint64(0xFFFFFF))
    tags = rng.integers(0, 2**64, 30, dtype=np.uint64)  # in a hundred documents each: boilerplate
    rows = np.concatenate((rng.choice(pool, 60_000), rng.choice(tags, 3000), lone))
    rng.shuffle(rows)
    per_doc = np.split(rows, np.arange(500, len(rows), 500))
    outlets = rng.integers(0, 3, len(per_doc))
    params = ReuseParams(min_shared=2, max_df=40)
    thresholds = stage.boilerplate_thresholds(outlets, params)
    fast = stage.candidates(per_doc, outlets, thresholds, params)
    monkeypatch.setattr(stage, "_MIN_PACKED_SORT", 1 << 40)
    plain = stage.candidates(per_doc, outlets, thresholds, params)
    assert len(plain.pairs) > 100 and len(plain.boiler) > 0 and plain.shared.any()
    for name in plain._fields:
        assert np.array_equal(getattr(fast, name), getattr(plain, name)), name
