"""Invisible characters do not steer attribution: bidi controls and zero-width characters are kept
in the stored text but ignored by the quote finder's tokens, so a name is read whole and credited.
"""

from __future__ import annotations

import pytest

from refrain.quotes import find
from refrain.text import tokenize

EARLIER = "“We will wait,” said Mira Holt. "


@pytest.mark.parametrize("invisible", ["\u202e", "\u2066", "\u200b", "\u200e", "\ufeff"])
def test_a_control_before_the_name_does_not_hide_the_speaker(invisible: str) -> None:
    text = f"{EARLIER}“Pay us now,” said {invisible}John Smith."
    last = find(text)[-1]
    assert last.speaker is not None and last.speaker.replace(invisible, "") == "John Smith"
    assert text[last.start : last.end].startswith("“Pay us now")


@pytest.mark.parametrize("joiner", ["\u200d", "\u200c", "\u2060", "\u200b"])
def test_a_zero_width_character_inside_a_name_does_not_cut_it(joiner: str) -> None:
    text = f"“Pay us now,” said Jo{joiner}hn Smi{joiner}th."
    (quote,) = find(text)
    assert quote.speaker == f"Jo{joiner}hn Smi{joiner}th"  # the stored text, whole


def test_tokens_skip_lone_controls_and_keep_joined_words() -> None:
    text = "said \u202eJohn Jo\u200dhn"
    assert [t.text for t in tokenize(text, abbreviations=True)] == ["said", "John", "Jo\u200dhn"]


def test_plain_english_tokens_are_unchanged() -> None:
    text = "Sen. Smith’s U.S. team, “quoted” — 12.5% (ok)."
    assert [t.text for t in tokenize(text, abbreviations=True)] == [
        "Sen.", "Smith’s", "U.S.", "team", ",", "“", "quoted", "”", "—", "12.5", "%", "(", "ok", ")", "."
    ]  # fmt: skip
