"""English figures on the Tehran Times gold-dev articles (real data, read in place).

Scored as bench/claims_tehran.py does (its docstring says how each part is judged). Floors are a
little below what the bench measured (see docs/bench/claims-tehran.md); the claimant depends on the
quote finder's speakers too, so its floor leaves room for their changes.
"""

from __future__ import annotations

import sys

import pytest
from conftest import REPO, shared_path

sys.path.insert(0, str(REPO / "bench"))
from claims_tehran import Score, evaluate  # noqa: E402

FLOORS = {  # measured: 0.969, 0.990, 1.000, 0.990, 0.979, 0.653, 0.821, 0.737
    "precision": 0.95,
    "recall": 0.95,
    "value_right": 0.98,
    "value_right_of_gold": 0.97,
    "claimant_right": 0.94,
    "unit_right": 0.62,
    "what_right": 0.78,
    "when_right": 0.72,
}


@pytest.fixture(scope="module")
def score() -> Score:
    return evaluate(shared_path("data", "tehran-times", "gold-dev"))


def test_every_gold_figure_is_scored(score: Score) -> None:
    assert score.gold == 96


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figures_stay_above_their_floor(score: Score, name: str) -> None:
    measured = score.figures()[name]
    assert measured >= FLOORS[name], f"{name} {measured:.3f} < floor {FLOORS[name]}"
