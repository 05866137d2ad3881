"""English quotations and resolved speakers on the Tehran Times gold-dev articles (real data, read in place).

Scored as bench/quotes_tehran.py does (its docstring says how). Floors are a little below what the
bench measured (docs/bench/quotes-tehran.md): quote F1 0.974, speaker accuracy 0.956 over matched
quotes, none of the 21 gold scare quotes attributed.
"""

from __future__ import annotations

import sys

import pytest
from conftest import REPO, shared_path

sys.path.insert(0, str(REPO / "bench"))
from quotes_tehran import Score, evaluate, speaker_right, surname_right  # noqa: E402

QUOTE_F1_FLOOR = 0.96
SPEAKER_ACCURACY_FLOOR = 0.95
SURNAME_ACCURACY_FLOOR = 0.95
SCARE_ATTRIBUTED_CEILING = 0


@pytest.fixture(scope="module")
def score() -> Score:
    return evaluate(shared_path("data", "tehran-times", "gold-dev"))


def test_every_gold_quote_is_scored(score: Score) -> None:
    assert score.gold == 216 and score.scare_gold == 21


def test_quote_f1(score: Score) -> None:
    assert score.f1 >= QUOTE_F1_FLOOR, (score.precision, score.recall)


def test_resolved_speaker_accuracy(score: Score) -> None:
    assert score.speaker_accuracy >= SPEAKER_ACCURACY_FLOOR, [(m.doc, m.start, m.found) for m in score.wrong]


def test_surname_accuracy(score: Score) -> None:
    assert score.surname_accuracy >= SURNAME_ACCURACY_FLOOR


def test_scare_quotes_are_not_attributed(score: Score) -> None:
    assert score.scare_attributed <= SCARE_ATTRIBUTED_CEILING, score.scare_hits


def test_speaker_comparison_folds_case_space_and_articles() -> None:
    gold = {"speaker": "Mohammad Javad Zarif", "speaker_accept": ["Zarif", "the foreign minister"]}
    assert speaker_right("mohammad  javad ZARIF", gold)
    assert speaker_right("The Foreign Minister", gold)
    assert not speaker_right("Javad", gold) and not speaker_right(None, gold)
    assert surname_right("Ali Zarif", gold) and not surname_right("Zarif Ali", gold)
