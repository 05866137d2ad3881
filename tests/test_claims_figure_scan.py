"""The figure pattern's quick check of what a figure starts with changes no match (invented text)."""

from __future__ import annotations

import random

from refrain.claims.figures import _figure_pattern, find_figures

# every form the figure pattern reads, in invented sentences, in several cases and after several marks
_FORMS = [
    "30,000",
    "12 500",
    "4.5",
    "$1.7 billion",
    "US$5 million",
    "Rs 100 crore",
    "€40m",
    "£3bn",
    "₹900",
    "thirty-one",
    "a dozen",
    "an eighty",
    "two and a half million",
    "3-and-a-half",
    "half a million",
    "a half billion",
    "twice",
    "thrice",
    "threefold",
    "1.5-fold",
    "4 fold",
    "doubled",
    "tripled down",
    "halved",
    "quadrupled",
    "half of the wells",
    "by half",
    "a third of voters",
    "a quarter of its",
    "70%",
    "15 per cent",
    "eleven percent",
    "one in five",
    "nine out of ten",
    "50-100",
    "May 12 500",
    "hundred thousand",
    "Article 11b",
]
_WORDS = ["the", "Marvel", "quay", "and", "of", "said", "anchors", "Tovia", "ahead", "halfway"]
_MARKS = [" ", " ", " ", "(", "“", "-", ",", ".", "/", "\n\n", "'"]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(5, 30)):
            piece = rng.choice(_FORMS if rng.random() < 0.4 else _WORDS)
            piece = rng.choice([piece, piece.upper(), piece.capitalize()])
            parts.append(piece + rng.choice(_MARKS))
        out.append("".join(parts))
    return out


def _matches(pattern, text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_gate_changes_no_match():
    gated, plain = _figure_pattern(), _figure_pattern(gated=False)
    assert gated.pattern != plain.pattern
    for text in _texts(400, seed=17) + [" ".join(_FORMS), "Two ships; (three) more. Twenty-two."]:
        assert _matches(gated, text) == _matches(plain, text), text


def test_currency_gate_changes_no_match():
    """Every currency of the lexicon, before a figure glued or spaced, in each case, after each mark."""
    from refrain.claims.lexicon import lexicon

    lex = lexicon()
    gated, plain = _figure_pattern(), _figure_pattern(gated=False)
    currencies = sorted({c for c in lex.currency if not c.isalpha()} | set(lex.currency_before_cased))
    rng = random.Random(29)
    for currency in currencies:
        for form in (currency, currency.lower(), currency.upper()):
            for mark in _MARKS + ["x", "7", ""]:
                for figure in ("4.5 billion", " 300", ". 12", "two million", "s 8"):
                    text = f"Tovia paid{mark}{form}{figure} {rng.choice(_WORDS)}{form}{figure}"
                    assert _matches(gated, text) == _matches(plain, text), text


def test_figures_read_with_the_gate():
    found = find_figures("Tovia’s harbour took on twice as many hands, about 3,400, and half of the quays.")
    assert [(f.value, f.unit) for f in found] == [(2.0, "times"), (3400.0, None), (0.5, "fraction")]
