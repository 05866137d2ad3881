"""Quote finding and speaker attribution against PolNeAR gold (dev split, 84 articles).

Definitions of "direct quote", "found", "correct speaker" and the precision rule are in
refrain.quotes.polnear. Full figures for train and dev: bench/quotes.py → docs/bench/quotes.md.
"""

from __future__ import annotations

import pytest
from conftest import shared_path

from refrain.quotes import find
from refrain.quotes.polnear import Score, evaluate, load

# Floors on dev: the targets (rules reach F1 0.937, speaker accuracy 0.952: docs/bench/quotes.md).
QUOTE_F1_FLOOR = 0.92
SPEAKER_ACCURACY_FLOOR = 0.94


@pytest.fixture(scope="module")
def dev_score() -> Score:
    articles = list(load(shared_path("data", "polnear"), "dev"))
    assert len(articles) == 84
    return evaluate(articles, lambda text, date: find(text, date=date))


def test_dev_has_direct_quotes_to_score(dev_score: Score) -> None:
    assert dev_score.gold > 200


def test_quote_f1_on_dev(dev_score: Score) -> None:
    assert dev_score.f1 >= QUOTE_F1_FLOOR, (dev_score.precision, dev_score.recall)


def test_speaker_accuracy_on_dev(dev_score: Score) -> None:
    assert dev_score.speaker_accuracy >= SPEAKER_ACCURACY_FLOOR
