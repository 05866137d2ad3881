"""Quotes and claims check their own offsets when made (issue 12: findings built on checked spans)."""

from __future__ import annotations

import pytest

from refrain.claims.model import Claim
from refrain.document import TextSpan
from refrain.quotes.model import Quote

TEXT = "“We will open the port,” the harbour master said, and 40 ships waited."


def _quote(start: int, end: int, pieces: tuple[tuple[int, int], ...]) -> Quote:
    return Quote(start, end, pieces, TEXT[start:end], "direct", None, None, None, None, None, None, None)


def _claim(start: int, end: int) -> Claim:
    figure = TextSpan("40", TEXT.index("40"), TEXT.index("40") + 2)
    return Claim(start, end, TEXT[start:end], 40.0, None, figure, None, None, None, None, None, None, None)


def test_a_well_formed_quote_and_claim_are_made() -> None:
    quote = _quote(0, 24, ((1, 23),))
    assert TEXT[quote.pieces[0][0] : quote.pieces[0][1]] == "We will open the port,"
    assert _claim(0, len(TEXT)).value == 40.0


@pytest.mark.parametrize(
    ("start", "end", "pieces"),
    [(-1, 24, ((1, 23),)), (24, 0, ()), (0, 24, ((1, 30),)), (5, 24, ((1, 23),)), (0, 24, ((20, 10),))],
)
def test_a_quote_with_impossible_offsets_is_refused(
    start: int, end: int, pieces: tuple[tuple[int, int], ...]
) -> None:
    with pytest.raises(ValueError, match="Quote"):
        _quote(start, end, pieces)


@pytest.mark.parametrize(("start", "end"), [(-3, 10), (20, 10)])
def test_a_claim_with_impossible_offsets_is_refused(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="Claim offsets"):
        _claim(start, end)
