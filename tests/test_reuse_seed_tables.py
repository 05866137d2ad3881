"""refrain.reuse.seeds: per-document seed tables give exactly the seeds a pair shares.

The tables are an optimisation (built once per document, not once per pair, and cut down to
shingles another document has): these tests hold them to the plain definition of a seed.
All texts here are invented.
"""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from refrain.reuse import ReuseParams
from refrain.reuse import engine as reuse_engine
from refrain.reuse.candidates import boilerplate_thresholds, candidate_pairs, outlet_keyed
from refrain.reuse.seeds import pair_seeds, seed_table, shared_seed_tables
from refrain.reuse.tokens import shingles, tokenize_many

NO_BOILER = np.zeros(0, dtype=np.uint64)
hash_lists = st.lists(st.integers(1, 6), max_size=40).map(lambda xs: np.array(xs, dtype=np.uint64))


def _plain_seeds(sa: np.ndarray, sb: np.ndarray, max_repeats: int) -> set[tuple[int, int]]:
    """Every (i, j) with equal shingles, leaving out shingles repeated too often in either text."""
    count_a = {h: int((sa == h).sum()) for h in set(sa.tolist())}
    count_b = {h: int((sb == h).sum()) for h in set(sb.tolist())}
    return {
        (i, j)
        for i, x in enumerate(sa.tolist())
        for j, y in enumerate(sb.tolist())
        if x == y and count_a[x] <= max_repeats and count_b[y] <= max_repeats
    }


@settings(max_examples=150, deadline=None)
@given(sa=hash_lists, sb=hash_lists, max_repeats=st.integers(1, 4))
def test_pair_seeds_are_every_shared_shingle_position(
    sa: np.ndarray, sb: np.ndarray, max_repeats: int
) -> None:
    ia, jb, flags = pair_seeds(
        seed_table(sa, max_repeats, 0, NO_BOILER), seed_table(sb, max_repeats, 0, NO_BOILER)
    )
    found = list(zip(ia.tolist(), jb.tolist(), strict=True))
    assert len(found) == len(set(found))
    assert set(found) == _plain_seeds(sa, sb, max_repeats)
    assert not flags.any()


def test_a_seed_is_boilerplate_when_it_is_so_for_either_documents_outlet() -> None:
    sa = np.array([1, 2, 3], dtype=np.uint64)
    sb = np.array([3, 2, 1], dtype=np.uint64)
    # Shingle 2 is boilerplate of outlet 0 (A's), shingle 3 of outlet 1 (B's).
    boiler = np.sort(np.concatenate((outlet_keyed(sa[1:2], 0), outlet_keyed(sa[2:3], 1))))
    ia, jb, flags = pair_seeds(seed_table(sa, 8, 0, boiler), seed_table(sb, 8, 1, boiler))
    assert {(i, j): f for i, j, f in zip(ia.tolist(), jb.tolist(), flags.tolist(), strict=True)} == {
        (0, 2): False,
        (1, 1): True,
        (2, 0): True,
    }


@settings(max_examples=60, deadline=None)
@given(docs=st.lists(hash_lists, min_size=1, max_size=6), max_repeats=st.integers(1, 4))
def test_corpus_tables_are_the_per_document_tables_cut_to_shared_shingles(
    docs: list[np.ndarray], max_repeats: int
) -> None:
    flat = np.concatenate(docs)
    owners = np.repeat(np.arange(len(docs)), [len(d) for d in docs])
    shared = np.array([len(set(owners[flat == h].tolist())) >= 2 for h in flat.tolist()], dtype=bool)
    outlets = np.arange(len(docs)) % 2
    boiler = np.sort(outlet_keyed(np.array([2, 5], dtype=np.uint64), 1))
    tables = shared_seed_tables(docs, shared, max_repeats, outlets, boiler)
    for d, doc in enumerate(docs):
        alone = seed_table(doc, max_repeats, int(outlets[d]), boiler)
        keep = np.isin(alone.hashes, flat[shared])
        assert tables[d].hashes.tolist() == alone.hashes[keep].tolist()
        assert tables[d].positions.tolist() == alone.positions[keep].tolist()
        assert tables[d].boiler.tolist() == alone.boiler[keep].tolist()


def test_tables_built_per_pair_give_what_corpus_tables_give() -> None:
    """The Spark engine hands pairs to the local per-pair step without corpus-wide tables (it
    has only a batch of documents): that path must find the same passages."""
    story = (
        "The river authority said on Friday that the old weir would be rebuilt over two summers "
        "so that salmon can pass it again, and that the towpath would stay open throughout."
    )
    tag = "Read the Valley Courier every morning for news from the river towns and the hills beyond."
    texts = [
        f"{story} {tag}",
        f"Weather: cold. {story.replace('two summers', 'three summers')} {tag}",
        f"Markets were calm. {tag}",
        f"A choir sang in the square. {tag}",
        f"Reprinted: {story}",
    ]
    params = ReuseParams(boilerplate_min_docs=3)
    outlets = np.array([0, 0, 0, 0, 1])
    thresholds = boilerplate_thresholds(outlets, params)
    tokens = tokenize_many(texts)
    doc_shingles = [shingles(t.hashes, params.ngram) for t in tokens]
    pairs, boiler, shared = candidate_pairs(doc_shingles, outlets, thresholds, params)
    common = {"texts": texts, "tokens": tokens, "outlets": outlets, "boiler": boiler, "params": params}
    tables = shared_seed_tables(doc_shingles, shared, params.max_repeats, outlets, boiler)
    try:
        reuse_engine.worker_state.update(common, shingles=doc_shingles, seed_tables=tables)
        with_tables = reuse_engine._align_rows(pairs)
        reuse_engine.worker_state.clear()
        # As Spark passes them: dicts keyed by document number, no corpus-wide tables.
        as_dicts = {k: dict(enumerate(v)) for k, v in common.items() if k in ("texts", "tokens", "outlets")}
        reuse_engine.worker_state.update(common, **as_dicts, shingles=dict(enumerate(doc_shingles)))
        per_pair = reuse_engine._align_rows(pairs)
    finally:
        reuse_engine.worker_state.clear()
    assert len(pairs) >= 2 and len(with_tables) >= 2
    assert per_pair == with_tables
    assert any(p.boilerplate for p in with_tables) and any(not p.boilerplate for p in with_tables)
