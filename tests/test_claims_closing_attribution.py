"""The claimant named by an attribution that closes the sentence (invented text)."""

from __future__ import annotations

import pytest

from refrain import claims, quotes


def _claimants(text: str) -> list[str | None]:
    return [c.claimant for c in claims.find(text, outlet="The Daily Lark", quotes=quotes.find(text))]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Some 2,300 nurses joined the scheme, the official was quoted as saying.", "official"),
        ("Some 2,300 nurses joined the scheme, Varpress quoted the minister as saying.", "minister"),
        ("Some 2,300 nurses joined the scheme, the envoy was cited as saying.", "envoy"),
        ("Some 2,300 nurses joined the scheme, Tova Linn was quoted by Varpress as saying.", "Tova Linn"),
        (
            "Some 2,300 nurses joined the scheme, the head of the nursing board, Aldo Brenn, said.",
            "Aldo Brenn",
        ),
        (
            "Dorsk mills ground 40,000 tons, the head of the Varnian Millers Guild, Kamal Tavi, told Varpress.",
            "Kamal Tavi",
        ),
    ],
)
def test_closing_attribution_names_the_claimant(text: str, claimant: str) -> None:
    assert _claimants(text) == [claimant]
