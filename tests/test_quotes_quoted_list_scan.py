"""The search for a list of quoted items before a quote (kinds._before_quoted_list) starts a run
of masks at its first mask only: the same result as the plain pattern, on invented texts."""

from __future__ import annotations

import random
import re

from refrain.quotes.context import MASK
from refrain.quotes.kinds import _before_quoted_list

_PLAIN = re.compile(rf"{MASK}+\s*(?:,\s*)?(?:(?:and|or|and/or)\s*(?:(?:the|a|an)\s*)?)?$")


def _plain_before_quoted_list(lead: str) -> str:
    """The function as it was written before, trying the pattern from every mask."""
    while True:
        m = _PLAIN.search(lead)
        if m is None or m.end() - m.start() == 0 or not lead[m.start() : m.end()].strip(MASK + " "):
            return lead
        lead = lead[: m.start()].rstrip()


def test_same_result_as_the_plain_pattern() -> None:
    rnd = random.Random(4)
    pieces = ["known as", "and", "or", "and/or", "the", "a", ",", "called", "Varga", " "]
    for _ in range(3000):
        lead = " ".join(
            MASK * rnd.randint(1, 6) if rnd.random() < 0.35 else rnd.choice(pieces)
            for _ in range(rnd.randint(0, 10))
        )
        assert _before_quoted_list(lead) == _plain_before_quoted_list(lead), repr(lead)


def test_list_of_quoted_items_and_a_long_masked_quote() -> None:
    assert _before_quoted_list(f"the plan dubbed {MASK * 4}, {MASK * 3} or the") == "the plan dubbed"
    assert _before_quoted_list(f"Lena Ortiz said {MASK * 5000} and") == "Lena Ortiz said"
