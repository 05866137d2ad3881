"""Quote speakers on invented text: a well-known body named by a description ("the UN nuclear
watchdog", "the U.N. cultural body") is that body when the article names it, and stays the
description when it does not."""

from __future__ import annotations

from quote_speakers import speakers


def test_a_described_body_the_article_names_is_that_body() -> None:
    text = (
        "UNESCO listed the old mills of Varan last year. “The stone wheels show an early craft of the "
        "valley,” the U.N. cultural body says.\n\nThe International Atomic Energy Agency (IAEA) met on "
        "Monday in Esterby. “Inspectors saw every hall,” the UN nuclear watchdog reported."
    )
    assert speakers(text) == ["UNESCO", "International Atomic Energy Agency"]


def test_a_described_body_the_article_does_not_name_stays_the_description() -> None:
    text = (
        "Inspectors left Esterby on Monday. “Access was granted to every site,” the UN nuclear watchdog said."
    )
    assert speakers(text) == ["UN nuclear watchdog"]


def test_the_head_of_a_reserve_bank_unnamed_is_the_post_not_the_bank() -> None:
    text = (
        "The chairman of the Norland Federal Reserve promised an improvement, saying: “During the second "
        "half of this year, growth will increase.”"
    )
    assert speakers(text) == ["chairman of the Norland Federal Reserve"]
