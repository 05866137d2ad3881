"""The pre-filter of candidate pairs: rows whose shingle may occur more than once.

It may keep a few rows whose value occurs once (they form groups of one), but it must never drop
a repeated one, or a shared passage would go unseen. Checked above the size where the fast path
starts, with values built to collide in their high bits but not in full.
"""

from __future__ import annotations

import numpy as np
import pytest

from refrain.reuse.candidates import _MIN_PACKED_SORT, _maybe_repeated


def _truly_repeated(values: np.ndarray) -> np.ndarray:
    _, inverse, counts = np.unique(values, return_inverse=True, return_counts=True)
    return np.nonzero(counts[inverse] > 1)[0]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_every_repeated_row_is_kept_and_rows_stay_ascending(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = _MIN_PACKED_SORT * 4
    base = rng.integers(0, np.iinfo(np.uint64).max, n, dtype=np.uint64)
    # same high half, different low half: look repeated to a filter on the high bits only
    twins = base[: n // 20] ^ np.uint64(1)
    repeats = base[rng.integers(0, n, n // 10)]
    values = np.concatenate([base, twins, repeats])
    rng.shuffle(values)
    rows = _maybe_repeated(values)
    assert np.all(np.diff(rows) > 0)
    assert np.isin(_truly_repeated(values), rows).all()
    # a pre-filter that keeps everything would pass the line above: it must drop most singles
    assert len(rows) < 0.6 * len(values)


def test_a_strided_or_big_endian_array_gives_the_same_rows() -> None:
    rng = np.random.default_rng(7)
    values = rng.integers(0, 1 << 40, _MIN_PACKED_SORT * 2, dtype=np.uint64)  # many true repeats
    expected = _maybe_repeated(values)
    assert np.isin(_truly_repeated(values), expected).all()
    swapped = values.astype(">u8")
    assert np.array_equal(_maybe_repeated(swapped), expected)
    doubled = np.repeat(values, 2)[::2]  # the same values, not contiguous in memory
    assert np.array_equal(_maybe_repeated(doubled), expected)
