"""A period after a digit ends a sentence when a capital follows ("… to launch Star-1. On Friday,
…"): a lone digit is no initial (as "J." is), so the next sentence's subject is read as one and
the "he" inside it is that subject. Invented text."""

from refrain.quotes import find
from refrain.text import sentence_starts


def test_period_after_digit_ends_a_sentence_in_the_masked_view() -> None:
    text = "The agency failed to launch Star-1. On Friday, Lena Moreau spoke."
    assert sentence_starts(text, masked=True) == [0, text.index("On Friday")]


def test_initial_still_keeps_its_sentence() -> None:
    text = "The plan of J. Smith was read. Then it ended."
    assert sentence_starts(text, masked=True) == [0, text.index("Then")]


def test_he_in_the_next_sentence_is_its_subject() -> None:
    text = (
        "Minister Tomas Verlund has published a photo of the Star-1 satellite. “All is well,” Verlund"
        " wrote on Saturday. It came after a failed launch of Star-1. On Friday, Ilsa Marden released"
        " a picture of what she called a “terrible accident at the launch pad”, saying Kelmar had no"
        " part in it. “Kelmar was not involved in the accident at the site,” she wrote."
    )
    quotes = [q for q in find(text) if q.kind != "scare"]
    assert [q.speaker for q in quotes] == ["Tomas Verlund", "Ilsa Marden", "Ilsa Marden"]
