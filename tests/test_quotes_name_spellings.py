"""Quote speakers whose name an article spells two ways, and names that are no person's (a holiday
after "the festival of"): invented text, each case a rule of refrain.quotes.entities."""

from __future__ import annotations

from quote_speakers import quoted_speakers


def test_a_surname_with_a_letter_doubled_is_the_person_named_before() -> None:
    text = (
        "Harbour spokesman Teodor Vasari on Monday condemned the blockade of the strait. The blockade "
        "began as the town marked the festival of Lumen Varda. Vassari urged calm on all sides. "
        "“The goal is to starve the port,” he said."
    )
    assert quoted_speakers(text) == ["Teodor Vasari"]


def test_a_surname_written_without_the_double_letter_is_the_same_person() -> None:
    text = (
        "Harbour spokesman Teodor Vassari spoke on Monday. Vasari urged calm on all sides. "
        "“The goal is to starve the port,” he said."
    )
    assert quoted_speakers(text) == ["Teodor Vassari"]


def test_a_holiday_after_the_festival_of_is_no_speaker() -> None:
    text = (
        "Crowds marked the feast of Orlan Kessi in the old port. “The goal is to starve the port,” he said."
    )
    assert quoted_speakers(text) == [None]


def test_short_names_are_not_folded_by_a_doubled_letter() -> None:
    # "Ali" and "Alli" are two names; a word under five letters keeps its spelling
    text = "Minister Ali Kamrani spoke on Monday. Alli said the port “will stay open”."
    assert quoted_speakers(text) != ["Ali Kamrani"]
