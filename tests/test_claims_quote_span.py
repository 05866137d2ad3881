"""The quotation holding a figure (claims.attribution._quote_span_at), read once per paragraph:
the same answer as scanning the paragraph's marks for each figure, on random mark soups."""

from __future__ import annotations

import random
import re

from refrain.claims.attribution import _quote_span_at


def scanned(text: str, pos: int) -> tuple[int, int] | None:
    """The plain reading: walk the paragraph's marks until ``pos`` is inside or passed."""
    para_start = text.rfind("\n", 0, pos) + 1
    para_end = text.find("\n", pos)
    para_end = len(text) if para_end < 0 else para_end
    opened: int | None = None
    for m in re.finditer(r"[“”\"]", text[para_start:para_end]):
        at = para_start + m.start()
        if m.group() == "“" or (m.group() == '"' and opened is None):
            opened = at
        elif opened is not None:
            if opened <= pos < at:
                return opened, at + 1
            opened = None
        if at > pos and opened is None:
            break
    if opened is not None and opened <= pos:
        return opened, para_end
    return None


def test_quote_span_matches_the_plain_scan_on_mark_soups() -> None:
    rng = random.Random(18)
    pieces = ["“", "”", '"', "\n", "a", " ", "7", "b c"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        for pos in range(len(text) + 1):
            assert _quote_span_at(text, pos) == scanned(text, pos), (text, pos)


def test_a_figure_inside_a_quotation_and_one_outside() -> None:
    text = "Officials said 40 people came.\n“We hired 12 workers,” she said, and 30 “more” later."
    inside, outside = text.index("12"), text.index("30")
    assert text[slice(*_quote_span_at(text, inside))] == "“We hired 12 workers,”"  # type: ignore[misc]
    assert _quote_span_at(text, outside) is None and _quote_span_at(text, text.index("40")) is None
