"""refrain.quotes.find never fails on arbitrary text full of stray quotation marks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from refrain.quotes import find

PIECES = st.sampled_from(
    ['"', "“", "”", "‘", "’", "«", "»", "'", " ", "\n", "\n\n", ",", ".", ":", " said ", " he ", "Anna Berg",
     " the minister ", "word", "On Monday", "—", "x", "The"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES | st.text(max_size=4), max_size=60).map("".join))
def test_random_text_never_raises_and_offsets_are_sane(text: str) -> None:
    quotes = find(text, date="2020-02-29")
    last_end = -1
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert q.pieces, "a quote has at least one piece"
        for start, end in q.pieces:
            assert q.start <= start <= end <= q.end
            assert start >= last_end, "pieces are sorted and never overlap, within and across quotes"
            last_end = end
        if q.speaker_mention is not None:
            m = q.speaker_mention
            assert 0 <= m.start < m.end <= len(text) and text[m.start : m.end] == m.text
        if q.kind == "scare":
            assert q.speaker is None
