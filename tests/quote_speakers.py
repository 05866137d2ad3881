"""The resolved speaker of each quotation refrain finds in an English text: what the quote-speaker
tests on invented text compare (one helper, so each test file reads the text the same way)."""

from __future__ import annotations

from refrain import quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes.find(text, language="en")]


def quoted_speakers(text: str) -> list[str | None]:
    """The speakers of the quotations that are not scare quotes (a scare quote has none)."""
    return [q.speaker for q in quotes.find(text, language="en") if q.kind != "scare"]
