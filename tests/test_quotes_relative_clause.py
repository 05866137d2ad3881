"""A relative clause without commas between a speaker and the verb ("Lena Holm who heads the fair
said") does not give the speaker to the phrase ending the clause (invented text)."""

from __future__ import annotations

import pytest

from refrain.quotes import find


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Visitors rose a lot,” Lena Holm who is secretary of the fair said in May.", "Lena Holm"),
        ("Lena Holm who heads the Varnel fair said: “We will open in June.”", "Lena Holm"),
        (
            "Port Minister Kamal Tavi who was in Norland for trade talks said the offer was “a step back.”",
            "Kamal Tavi",
        ),
        ("The man who met Piet Vos said: “We will open in June.”", "man"),
        # with commas, as before
        ("“We will open,” Lena Holm, who is secretary of the fair, said.", "Lena Holm"),
        ("An official who spoke to reporters said: “We will open in June.”", "official"),
    ],
)
def test_speaker_before_a_relative_clause(text: str, speaker: str) -> None:
    quotes = find(text)
    assert quotes, text
    assert quotes[0].speaker == speaker
