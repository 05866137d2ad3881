"""refrain.reuse against PAN-13 gold (text alignment, "no obfuscation" cases), scored with plagdet.

align() runs over all suspicious and source documents together; only detections between listed
(suspicious, source) pairs are scored, with the plagdet scorer of bench/reuse.py.

Floor: the gold lists 231 cases; 32 of refrain's 263 detections overlap none of them. They are
verbatim copies of 31-201 words (re-wrapped lines only), 20 of them in the 15 listed pairs that
have no gold case at all (negative pairs in this subset), the rest beside the gold case of their
pair; in length, rare-shingle density and match score they look like the gold cases (the
shortest gold case is 44 words), so no length or density threshold removes them without
losing cases (bench/reuse.py prints them). Each costs precision: precision sits at 0.874 and
plagdet at 0.931 although recall is 0.995 with granularity 1.0. The issue's targets (plagdet
0.95, precision 0.93) are not reached; the floors sit just below what is reached.
"""

from __future__ import annotations

import importlib.util
import sys

import pytest
from conftest import REPO, shared_path

from refrain.reuse import align


def _bench():
    spec = importlib.util.spec_from_file_location("bench_reuse", REPO / "bench" / "reuse.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_reuse"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def pan13_score():
    root = shared_path("data", "pan13")
    bench = _bench()
    docs, pairs, cases = bench.load_pan13(root)
    result = align(docs)
    return bench.plagdet(cases, bench.pan13_detections(result.passages, pairs))


def test_plagdet_on_pan13_no_obfuscation_stays_above_its_floor(pan13_score) -> None:
    assert pan13_score.plagdet >= 0.92
    assert pan13_score.precision >= 0.86


def test_every_copied_case_is_found_once_with_near_exact_edges(pan13_score) -> None:
    assert pan13_score.recall >= 0.99
    assert pan13_score.granularity == 1.0
    assert pan13_score.detected_cases == pan13_score.cases


def test_the_plagdet_scorer_matches_hand_worked_cases() -> None:
    bench = _bench()
    case = bench.Alignment("s", 0, 100, "r", 0, 100)
    # Exact detection: everything 1.
    exact = bench.plagdet([case], [case])
    assert (exact.precision, exact.recall, exact.granularity, exact.plagdet) == (1.0, 1.0, 1.0, 1.0)
    # Detection of the first half only: precision 1, recall 0.5.
    half = bench.plagdet([case], [bench.Alignment("s", 0, 50, "r", 0, 50)])
    assert (half.precision, half.recall) == (1.0, 0.5)
    # Two detections splitting the case: full recall, granularity 2, plagdet = 1 / log2(3).
    split = bench.plagdet(
        [case], [bench.Alignment("s", 0, 50, "r", 0, 50), bench.Alignment("s", 50, 100, "r", 50, 100)]
    )
    assert split.recall == 1.0 and split.granularity == 2.0
    assert split.plagdet == pytest.approx(1 / 1.584962500721156)
    # A detection in another pair detects nothing.
    assert bench.plagdet([case], [bench.Alignment("s", 0, 100, "other", 0, 100)]).plagdet == 0.0
