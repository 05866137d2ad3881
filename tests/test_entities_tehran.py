"""Speaker entities on the Tehran Times gold-dev quotations: floors under the pairwise figures
(bench/entities_tehran.py prints them in full and says how the gold identity is built).

The end-to-end figures also carry speaker resolution's errors (a quote given to the wrong
person); the "merging only" figures are over the quotations whose found speaker is right, so
they measure the merge rules alone."""

from __future__ import annotations

import sys

import pytest
from conftest import REPO, shared_path

sys.path.insert(0, str(REPO / "bench"))
from entities_tehran import evaluate  # noqa: E402

# measured 2026-12-03 on gold-dev (identity with run-together spellings): end to end P 0.967
# R 0.862 (speaker resolution's errors included, so left some room); merging only P 1.000 R 1.000
END_TO_END_PRECISION = 0.90
END_TO_END_RECALL = 0.78
MERGING_PRECISION = 0.98
MERGING_RECALL = 0.95


@pytest.fixture(scope="module")
def result():
    gold = shared_path("data", "tehran-times", "gold-dev")
    return evaluate(gold)[0]


def test_pairwise_end_to_end_floors(result) -> None:
    assert result.pairs_true > 100  # the gold identities were built (not an empty comparison)
    assert result.precision >= END_TO_END_PRECISION
    assert result.recall >= END_TO_END_RECALL


def test_pairwise_merging_floors(result) -> None:
    merging = result.merging
    assert merging is not None and merging.pairs_true > 100
    assert merging.precision >= MERGING_PRECISION
    assert merging.recall >= MERGING_RECALL
