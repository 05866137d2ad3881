"""The time-expression pattern's quick check of what an expression starts with changes no match
(random invented text over every form it reads)."""

from __future__ import annotations

import random

from refrain.claims.when import _pattern

_FORMS = ["last year", "the past three months", "previous 2 weeks", "the coming month", "this Persian year"]
_FORMS += ["12 March 2024", "3rd of May", "March 12, 2023", "Sept. 5", "jan 2020", "2019-2020", "1998–99"]
_FORMS += ["1400", "2024", "yesterday", "Today", "next fiscal year", "the last few days", "current week"]
_WORDS = ["the", "Tovia", "quay", "in", "on", "at", "since", "mayor", "Marchers", "theses", "12", "40-5"]
_MARKS = [" ", " ", ", ", ". ", "(", "\n", "-"]


def test_gate_changes_no_match():
    rng = random.Random(1719)
    gated, plain = _pattern(), _pattern(gated=False)
    assert gated.pattern != plain.pattern
    for _ in range(800):
        parts = [rng.choice(_FORMS if rng.random() < 0.4 else _WORDS) for _ in range(rng.randint(3, 25))]
        parts = [rng.choice([p, p.upper(), p.capitalize()]) + rng.choice(_MARKS) for p in parts]
        text = "".join(parts)
        found = [(m.span(), m.groupdict()) for m in gated.finditer(text)]
        assert found == [(m.span(), m.groupdict()) for m in plain.finditer(text)], text
