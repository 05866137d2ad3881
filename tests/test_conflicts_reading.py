"""The word-list matching of refrain.claims.reading and .ranges: one compiled pattern per list gives
what matching each phrase on its own gave (invented strings)."""

from __future__ import annotations

import re

import pytest

from refrain.claims.lexicon import lexicon
from refrain.claims.ranges import _hedge_before
from refrain.claims.reading import _has_phrase

PHRASES = ("more", "the remaining", "of the", "rose to", "a further", "remain")
TEXTS = [
    "the remaining", "of the remaining", "xthe remaining", "20 more", "more than", "rose to",
    "it rose to  ", "remains", "remain unpaid", "of them", "a further 3", "of the 12", "", "  more",
]  # fmt: skip


def _one_by_one(text: str, phrases: tuple[str, ...], where: str) -> bool:
    for p in phrases:
        if where == "end" and re.search(r"(?:^|\W)" + re.escape(p) + r"\W*$", text):
            return True
        if where == "start" and re.match(r"\W*" + re.escape(p) + r"(?:\W|$)", text):
            return True
        if where == "any" and re.search(r"(?:^|\W)" + re.escape(p) + r"(?:\W|$)", text):
            return True
    return False


@pytest.mark.parametrize("where", ["end", "start", "any"])
def test_one_pattern_per_list_matches_as_each_phrase_alone(where: str) -> None:
    for text in TEXTS:
        got = _has_phrase(text, PHRASES, at_end=where == "end", at_start=where == "start")
        assert got == _one_by_one(text, PHRASES, where), (text, where)


def test_the_longest_hedge_ending_the_text_is_read() -> None:
    approx = lexicon().approx
    for before in ["The toll was more than ", "some ", "Nearly ", "at least", "the nearby ", "up to "]:
        tail = before.lower().rstrip()
        expected = next(
            (c for p, c in sorted(approx.items(), key=lambda kv: -len(kv[0])) if re.search(r"(?:^|\W)" + re.escape(p) + r"$", tail)),
            None,
        )  # fmt: skip
        assert _hedge_before(before) == expected, before


def test_a_figure_in_a_very_long_sentence_is_read_near_it_and_keeps_its_claim() -> None:
    from refrain.claims import find
    from refrain.claims.reading import read

    # A table run into one "sentence": a year far from the figure is not the figure's time, and
    # reading costs the same for each figure whatever the sentence's length (not quadratic).
    filler = ", ".join(f"{i + 10} sheep in pen {i}" for i in range(400))
    text = f"In 2011 the farm survey listed {filler}, and 57 people were killed in the flood."
    claims = find(text, date=None, outlet="Gazette", language="en")
    killed = next(c for c in claims if c.value == 57)
    figure = read("doc", killed)
    assert figure is not None and figure.claim == killed  # offsets of the whole sentence kept
    assert 2011 not in figure.years
    near = text[killed.value_text.start - 300 :]
    short = next(c for c in find(near, date=None, outlet="Gazette", language="en") if c.value == 57)
    short_figure = read("doc", short)
    assert (
        short_figure is not None and short_figure.event == figure.event and short_figure.unit == figure.unit
    )
