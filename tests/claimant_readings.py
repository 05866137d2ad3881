"""The claimants refrain reads in invented text, as the claims tests compare them: (figure as
written, claimant) pairs, quotations found first, the outlet "Tehran Times"."""

from __future__ import annotations

from refrain import quotes
from refrain.claims import find


def claimants(text: str) -> list[tuple[str, str | None]]:
    found = quotes.find(text, language="en")
    return [
        (c.value_text.text, c.claimant)
        for c in find(text, outlet="Tehran Times", quotes=found, language="en")
    ]
