"""refrain.reuse against PAN-13 gold (text alignment, "no obfuscation" cases), scored with plagdet.

align() runs over all suspicious and source documents together; only detections between listed
(suspicious, source) pairs are scored, with the plagdet scorer of bench/reuse.py (the same rules
as PAN's own measures script: checked here on hand-worked cases).

Floor: every one of the 231 gold cases is found, once, but 32 of refrain's 263 detections overlap
no gold case of their pair, and each of them scores precision 0. They are copies, not aligner
errors: 19 have the same word sequence on both sides and the rest differ by a word or two, like
the detections that do match the gold; they are 41-193 words of prose, product lists and page
headers that the suspicious essay really shares with that source, 20 of them in the 15 listed
pairs that have no gold case at all, none under a gold case of another source (the gold simply
does not list them). No rule that keeps the gold cases removes them (the shortest gold case is 44
words), so precision sits at 0.874 and plagdet at 0.931; the issue's targets (0.93 and 0.95) are
not reached. Edges cost another 0.004 of precision: 60 detection edges reach past the gold edge,
all over words that are the same in both texts (the gold edge stops short of the copy).
The floors sit just below what is reached.
"""

from __future__ import annotations

import difflib
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
def pan13_run():
    root = shared_path("data", "pan13")
    bench = _bench()
    docs, pairs, cases = bench.load_pan13(root)
    detections = bench.pan13_detections(align(docs).passages, pairs)
    return bench, docs, cases, detections


@pytest.fixture(scope="module")
def pan13_score(pan13_run):
    bench, _, cases, detections = pan13_run
    return bench.plagdet(cases, detections)


def test_plagdet_on_pan13_no_obfuscation_stays_above_its_floor(pan13_score) -> None:
    assert pan13_score.plagdet >= 0.925
    assert pan13_score.precision >= 0.87


def test_every_copied_case_is_found_once_with_near_exact_edges(pan13_score) -> None:
    assert pan13_score.recall >= 0.99
    assert pan13_score.granularity == 1.0
    assert pan13_score.detected_cases == pan13_score.cases


def test_detections_outside_the_gold_are_copies_not_loose_alignments(pan13_run) -> None:
    bench, docs, cases, detections = pan13_run
    text = {d.name: d.text for d in docs}
    diag = bench.pan13_diagnostics(docs, cases, detections)
    assert len(diag.unmatched) <= 32
    for d in diag.unmatched:
        susp = bench._words(text[f"susp/{d.susp}"][d.susp_start : d.susp_end])
        src = bench._words(text[f"src/{d.src}"][d.src_start : d.src_end])
        assert len(susp) >= 30
        assert difflib.SequenceMatcher(None, susp, src, autojunk=False).ratio() >= 0.9, d


def test_edges_past_the_gold_only_take_in_words_both_texts_share(pan13_run) -> None:
    bench, docs, cases, detections = pan13_run
    diag = bench.pan13_diagnostics(docs, cases, detections)
    assert diag.edge_loss < 0.01
    assert diag.overshoots_same_words == diag.overshoots


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


def test_the_plagdet_scorer_follows_pans_rules_on_negatives_overlaps_and_repeats() -> None:
    bench = _bench()
    case = bench.Alignment("s", 0, 100, "r", 0, 100)
    # A detection in a pair without any case counts, with precision 0: precision (1 + 0) / 2.
    negative = bench.plagdet([case], [case, bench.Alignment("s", 0, 100, "unrelated", 0, 100)])
    assert (negative.precision, negative.recall) == (0.5, 1.0)
    # Overlapping detections: recall takes their union (not 1.5), precision and granularity count
    # each one. The second reaches 100 characters past the case on both sides: precision 1/2.
    overlapping = bench.plagdet([case], [case, bench.Alignment("s", 50, 200, "r", 50, 200)])
    assert overlapping.recall == 1.0
    assert overlapping.precision == pytest.approx((1.0 + 100 / 300) / 2)
    assert overlapping.granularity == 2.0
    # The same detection reported twice is one detection.
    repeated = bench.plagdet([case], [case, case])
    assert (repeated.detections, repeated.granularity, repeated.plagdet) == (1, 1.0, 1.0)
    # Nothing to find and nothing found is a perfect score.
    assert bench.plagdet([], []).plagdet == 1.0
