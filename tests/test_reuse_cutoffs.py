"""The frequency limits' counts (CutOffs) that the candidate stage gives with its pairs equal a
plain count over every shingle (the stage counts them from its sorted arrays, not by sorting again)."""

from __future__ import annotations

from collections import defaultdict

import numpy as np
import pytest

from refrain.reuse.candidates import boilerplate_thresholds, candidates, frequency_cutoffs
from refrain.reuse.params import ReuseParams


def _plain_count(per_doc: list[np.ndarray], outlets: np.ndarray, thresholds: np.ndarray, params: ReuseParams):
    holders: dict[int, set[int]] = defaultdict(set)
    for d, hashes in enumerate(per_doc):
        for h in hashes.tolist():
            holders[h].add(d)
    frequent = [h for h, ds in holders.items() if len(ds) > params.max_df]
    boiler: set[tuple[int, int]] = set()  # (hash, outlet)
    for h, ds in holders.items():
        per_outlet: dict[int, int] = defaultdict(int)
        for d in ds:
            per_outlet[int(outlets[d])] += 1
        boiler |= {(h, o) for o, n in per_outlet.items() if n >= thresholds[o]}
    boiler_docs = {d for h, ds in holders.items() for d in ds if (h, int(outlets[d])) in boiler}
    frequent_docs = {d for h in frequent for d in holders[h]}
    return len(frequent), len(frequent_docs), len(boiler), len(boiler_docs)


@pytest.mark.parametrize("size", [300, 70_000])  # below and past the packed sort's threshold
def test_candidates_count_the_cutoffs_as_a_plain_count_does(size: int) -> None:
    rng = np.random.default_rng(11)
    pool = rng.integers(0, 2**64, size // 4, dtype=np.uint64)
    tags = rng.integers(0, 2**64, 12, dtype=np.uint64)  # printed by many documents: over max_df
    rows = np.concatenate((rng.choice(pool, size), rng.choice(tags, 800)))
    rng.shuffle(rows)
    per_doc = np.array_split(rows, 60)
    outlets = rng.integers(0, 3, len(per_doc))
    params = ReuseParams(min_shared=2, max_df=12)
    thresholds = boilerplate_thresholds(outlets, params)
    found = candidates(per_doc, outlets, thresholds, params)
    cut = found.cutoffs
    assert cut is not None and cut.frequent_shingles > 0 and cut.boilerplate_shingles > 0
    got = (cut.frequent_shingles, cut.frequent_documents, cut.boilerplate_shingles, cut.boilerplate_documents)
    assert got == _plain_count(per_doc, outlets, thresholds, params)
    assert cut == frequency_cutoffs(per_doc, outlets, thresholds, params)
    assert candidates(per_doc, outlets, thresholds, params, boiler_of_docs=False).cutoffs == cut
