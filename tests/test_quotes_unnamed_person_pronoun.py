"""Quote speakers on invented text: a sentence whose subject describes one unnamed person ("The
driver said that …") is the one a "he" after it goes on with, not the official quoted before it."""

from __future__ import annotations

from quote_speakers import speakers


def test_he_after_an_unnamed_person_subject_is_that_person() -> None:
    text = (
        "The driver was stopped at the depot gate, according to Colonel Omid Karan, the head of the "
        "harbour police. The driver “told us he had lost his way,” Colonel Karan added. The driver said "
        "that his only aim was to “reach his brother” in a talk with the island radio. He apparently "
        "believed that his brother was at the depot and added, “He must be let out to come home whenever "
        "he likes.” Asked whether that was the whole story, he answered, “Yes, it was all for my brother.”"
    )
    assert speakers(text) == ["Omid Karan", "driver", "driver", "driver"]


def test_a_named_speaker_after_the_description_is_still_the_one() -> None:
    text = (
        "The driver said that his aim was to “reach his brother” on the radio. Colonel Omid Karan "
        "spoke later. He added, “The inquiry will be closed within a week.”"
    )
    assert speakers(text)[-1] == "Omid Karan"
