"""Article extraction quality on the Zyte article-extraction benchmark (real data, read in place).

Scored as bench/extraction.py does (4-word shingles, per-page precision/recall averaged over
pages). Floors: refrain measured 0.9729 F1 (trafilatura defaults: 0.9580); the floor
is that minus a small margin, and never below trafilatura's own figure.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest
from conftest import REPO, shared_path

sys.path.insert(0, str(REPO / "bench"))
from extraction import precision_recall, refrain_body  # noqa: E402

F1_FLOOR = 0.965
PRECISION_FLOOR = 0.955
RECALL_FLOOR = 0.965


@pytest.fixture(scope="module")
def scores() -> tuple[float, float, float]:
    folder: Path = shared_path("data", "article-extraction")
    truth = json.loads((folder / "ground-truth.json").read_text("utf-8"))
    precisions, recalls = [], []
    for page_id in sorted(truth):
        html = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
        precision, recall = precision_recall(
            truth[page_id]["articleBody"], refrain_body(html, truth[page_id]["url"])
        )
        precisions.append(precision)
        recalls.append(recall)
    precision, recall = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    return precision, recall, 2 * precision * recall / (precision + recall)


def test_extraction_f1_stays_above_its_floor(scores):
    precision, recall, f1 = scores
    assert f1 >= F1_FLOOR, (
        f"F1 {f1:.4f} (precision {precision:.4f}, recall {recall:.4f}) fell below {F1_FLOOR}"
    )


def test_extraction_precision_and_recall_floors(scores):
    precision, recall, _ = scores
    assert precision >= PRECISION_FLOOR
    assert recall >= RECALL_FLOOR


def test_shingle_scoring_matches_the_benchmark_rules():
    assert precision_recall("", "") == (1.0, 1.0)
    assert precision_recall("one two three four five", "") == (0.0, 0.0)
    assert precision_recall("One two three four five", "one two three four") == (1.0, 0.5)
