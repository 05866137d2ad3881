"""Single quotation marks are found where the pattern that tested before the mark found them
(random invented text: line starts, spaces, brackets, dashes, apostrophes inside words)."""

from __future__ import annotations

import random
import re

from refrain.quotes.marks import _SINGLE_RE, find_raw

_OLD = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[—–-]))‘((?:[^‘’\n]|’(?=[A-Za-z])){1,200}?)’(?![A-Za-z])", re.MULTILINE
)
_PIECES = ["‘", "’", "‘Tovia’", "Ilse’s", "quay", " ", " ", "\n", "(", "[", "—", "–", "-", "x", "“", "”", "."]


def test_single_marks_found_as_before():
    rng = random.Random(1718)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40)))
        for lo in (0, len(text) // 2):
            got = [(m.span(), m.span(1)) for m in _SINGLE_RE.finditer(text, lo)]
            assert got == [(m.span(), m.span(1)) for m in _OLD.finditer(text, lo)], repr(text)


def test_single_quote_after_a_dash_and_at_a_line_start():
    text = "The board—‘a quiet harbour’—met.\n‘Open the quay’ was its word."
    assert [(q.start, q.end) for q in find_raw(text) if q.single] == [(11, 26), (34, 47)]
